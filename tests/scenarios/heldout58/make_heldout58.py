# ruff: noqa: E501
"""Build the heldout58 scenario families (report only, written blind).

Run from anywhere: ``python make_heldout58.py``. Standard library only;
deterministic (one random.Random per family, seeded from SEED).
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

SEED = 20261020
LIMIT = datetime(2026, 11, 25, tzinfo=UTC)
SOURCES = {
    "email": "cadelia-mail",
    "phone": "cadelia-voice",
    "social": "cadelia-social",
    "community": "cadelia-community",
    "chat": "cadelia-chat",
    "web": "cadelia-web",
    "survey": "cadelia-survey",
}

FIRST: dict[str, list[str]] = {
    "fr": [
        "Camille",
        "Julien",
        "Manon",
        "Thomas",
        "Léa",
        "Nicolas",
        "Chloé",
        "Antoine",
        "Sarah",
        "Maxime",
        "Émilie",
        "Romain",
        "Pauline",
        "Hugo",
        "Inès",
        "Mathieu",
        "Élodie",
        "Baptiste",
        "Margaux",
        "Sébastien",
        "Aurélie",
        "Quentin",
        "Justine",
        "Florent",
    ],
    "en": [
        "Emma",
        "James",
        "Sophie",
        "Daniel",
        "Chloe",
        "Ryan",
        "Hannah",
        "Liam",
        "Megan",
        "Owen",
        "Aoife",
        "Ciaran",
        "Rachel",
        "Tom",
        "Niamh",
        "Jack",
        "Lucy",
        "Sean",
        "Grace",
        "Callum",
        "Amy",
        "Declan",
        "Zoe",
        "Harry",
    ],
    "de": [
        "Anna",
        "Lukas",
        "Lea",
        "Felix",
        "Julia",
        "Jonas",
        "Laura",
        "Tobias",
        "Katrin",
        "Stefan",
        "Miriam",
        "Florian",
        "Sabine",
        "Matthias",
        "Nina",
        "Andreas",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Paula",
        "Álvaro",
        "Elena",
        "Pablo",
        "Nuria",
        "Diego",
        "Cristina",
        "Raúl",
        "Irene",
        "Adrián",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Chiara",
        "Davide",
        "Sara",
        "Matteo",
        "Elisa",
        "Andrea",
        "Valentina",
        "Simone",
        "Federica",
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
        "Miguel",
        "Rita",
        "Nuno",
        "Joana",
        "Diogo",
    ],
}
LAST: dict[str, list[str]] = {
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Roux",
        "Fournier",
        "Mercier",
        "Blanchard",
        "Garnier",
        "Chevalier",
        "Lambert",
        "Faure",
        "Rousseau",
        "Perrin",
        "Marchand",
        "Gauthier",
        "Dupuis",
        "Renaud",
        "Peeters",
        "Janssens",
        "Muller",
        "Favre",
    ],
    "en": [
        "Smith",
        "Walsh",
        "Taylor",
        "Murphy",
        "Evans",
        "Byrne",
        "Hughes",
        "Kelly",
        "Clarke",
        "Doyle",
        "Wright",
        "Ryan",
        "Turner",
        "Nolan",
        "Bennett",
        "Quinn",
        "Cooper",
        "Brennan",
        "Harris",
        "Fitzgerald",
        "Ward",
        "Lynch",
        "Morgan",
        "Kavanagh",
    ],
    "de": [
        "Müller",
        "Schneider",
        "Fischer",
        "Weber",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Richter",
        "Wolf",
        "Huber",
        "Gruber",
        "Bauer",
        "Keller",
        "Meier",
        "Frank",
    ],
    "es": [
        "García",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Gil",
        "Ruiz",
        "Moreno",
        "Ortega",
        "Castro",
        "Iglesias",
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
        "Costa",
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
        "Gomes",
        "Lopes",
        "Marques",
    ],
}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "fr": [("FR", 7), ("BE", 2), ("CH", 1), ("LU", 1)],
    "en": [("UK", 3), ("IE", 1)],
    "de": [("DE", 5), ("AT", 2), ("CH", 2)],
    "es": [("ES", 1)],
    "it": [("IT", 4), ("CH", 1)],
    "pt": [("PT", 1)],
}
MARKET_LANGS: dict[str, list[str]] = {
    "FR": ["fr"],
    "BE": ["fr"],
    "LU": ["fr", "de"],
    "CH": ["fr", "de", "it"],
    "UK": ["en"],
    "IE": ["en"],
    "DE": ["de"],
    "AT": ["de"],
    "ES": ["es"],
    "IT": ["it"],
    "PT": ["pt"],
}
TOWNS: dict[str, list[str]] = {
    "FR": ["Lyon", "Nantes", "Lille", "Rennes", "Toulouse", "Bordeaux", "Montpellier", "Dijon"],
    "BE": ["Liège", "Namur", "Bruxelles", "Charleroi"],
    "CH": ["Lausanne", "Genève", "Zürich", "Bern", "Lugano"],
    "LU": ["Luxembourg", "Esch-sur-Alzette"],
    "UK": ["Leeds", "Bristol", "Manchester", "Norwich", "Cardiff", "Glasgow"],
    "IE": ["Dublin", "Cork", "Galway"],
    "DE": ["Köln", "Leipzig", "Hamburg", "Freiburg", "Nürnberg"],
    "AT": ["Wien", "Graz", "Linz"],
    "ES": ["Valencia", "Zaragoza", "Sevilla", "Bilbao"],
    "IT": ["Bologna", "Torino", "Verona", "Bari"],
    "PT": ["Porto", "Braga", "Coimbra", "Lisboa"],
}
# country code, mobile prefixes, digits after the prefix
PHONES: dict[str, tuple[str, list[str], int]] = {
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["470", "475", "486", "496"], 6),
    "CH": ("41", ["76", "78", "79"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "UK": ("44", ["7"], 9),
    "IE": ("353", ["83", "85", "86", "87"], 7),
    "DE": ("49", ["151", "160", "170", "176"], 8),
    "AT": ("43", ["664", "676", "699"], 7),
    "ES": ("34", ["6", "7"], 8),
    "IT": ("39", ["328", "333", "347", "349"], 7),
    "PT": ("351", ["91", "92", "93", "96"], 7),
}
JOBS = [
    "teacher",
    "nurse",
    "accountant",
    "electrician",
    "pharmacist",
    "shop manager",
    "engineer",
    "chef",
    "bus driver",
    "civil servant",
    "designer",
    "physiotherapist",
    "student",
    "retired",
    "sales rep",
    "lab technician",
]
AGENTS: dict[str, list[str]] = {
    "fr": ["Clémence", "Yanis", "Alice"],
    "en": ["Bethany", "Marcus", "Orla"],
    "de": ["Svenja", "Jan"],
    "es": ["Carmen", "Hugo"],
    "it": ["Alessia", "Giorgio"],
    "pt": ["Leonor", "André"],
}
LEADS: dict[str, str] = {
    "fr": "Nathalie Berthier",
    "en": "Joanne Pryce",
    "de": "Heike Lorenz",
    "es": "Rocío Varela",
    "it": "Silvia Monti",
    "pt": "Helena Amaral",
}
CURRENCY: dict[str, tuple[str, float]] = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}

USED: set[str] = set()


def strip_accents(text: str) -> str:
    text = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in base if unicodedata.category(c) != "Mn"))
    return "".join(out)


def ascii_name(text: str) -> str:
    return strip_accents(text).lower().replace(" ", "").replace("'", "")


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def money(lang: str, market: str, eur: float, spoken: bool = False) -> str:
    code, factor = CURRENCY.get(market, ("EUR", 1.0))
    value = eur * factor
    if code == "GBP":
        n = round(value)
        return f"{n} pounds" if spoken else f"£{n}"
    if code == "CHF":
        n = round(value)
        word = {"de": "Franken", "it": "franchi"}.get(lang, "francs")
        return f"{n} {word}" if spoken else f"{n} CHF"
    if spoken:
        word = {"en": "euros", "de": "Euro", "es": "euros", "it": "euro", "pt": "euros"}.get(
            lang, "euros"
        )
        return f"{round(value)} {word}"
    text = f"{value:.2f}"
    if lang == "en":
        return f"€{text}"
    return text.replace(".", ",") + " €"


def spoken(text: str, lang: str) -> str:
    """A speech-to-text transcript: no punctuation, lower case but for codes and German nouns."""
    for ch in '.,!?;:«»"()\n':
        text = text.replace(ch, " ")
    words = text.split()
    if lang != "de":
        words = [
            w if any(c.isdigit() for c in w) or w in W.COMPETITORS or w == W.BRAND else w.lower()
            for w in words
        ]
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
    info: dict[str, Any] = field(default_factory=dict)
    langs: list[str] = field(default_factory=list)


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name = name
        self.code = code
        self.start = start
        self.days = days
        self.about = about
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0
        self.planned: dict[str, int] = {}

    # ---------------------------------------------------------- people
    def unique(self, make: Any) -> str:
        for _ in range(1000):
            value = str(make())
            if value.lower() not in USED:
                USED.add(value.lower())
                return value
        raise RuntimeError("no unique value")

    def pick_lang(self, weights: dict[str, int] | None = None) -> str:
        w = weights or {"fr": 30, "en": 30, "de": 10, "es": 10, "it": 10, "pt": 10}
        langs = sorted(w)
        return self.rng.choices(langs, [w[x] for x in langs])[0]

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        r = self.rng
        if market is None:
            ms = MARKETS[lang]
            market = r.choices([m for m, _ in ms], [w for _, w in ms])[0]
        first = r.choice(FIRST[lang])
        last = r.choice(LAST[lang])
        fa, la = ascii_name(first), ascii_name(last)
        key = self.unique(lambda: f"cdl-{self.code}-{r.randint(10000, 99999)}")
        if domain:
            email = self.unique(
                lambda: r.choice(
                    [
                        f"{fa}.{la}@{domain}",
                        f"{fa[0]}{la}@{domain}",
                        f"{fa}.{la}{r.randint(2, 9)}@{domain}",
                    ]
                )
            )
            handle = None
        else:
            dom = r.choice(
                [
                    "mailbox.example",
                    "post.example",
                    "inbox.example",
                    "webmail.example",
                    "courriel.example",
                    "net.example",
                ]
            )
            email = self.unique(
                lambda: r.choice(
                    [
                        f"{fa}.{la}@{dom}",
                        f"{fa}{la[0]}{r.randint(10, 99)}@{dom}",
                        f"{la}.{fa}{r.randint(1, 9)}@{dom}",
                        f"{fa[0]}.{la}{r.randint(70, 99)}@{dom}",
                    ]
                )
            )
            handle = (
                None
                if r.random() < 0.08
                else self.unique(
                    lambda: r.choice(
                        [
                            f"@{fa}{la[0]}{r.randint(1, 99)}",
                            f"@{la}_{fa}",
                            f"@{fa}.{la}{r.randint(1, 9)}",
                            f"@{fa[:3]}{la}",
                            f"@the_{fa}{r.randint(80, 99)}",
                        ]
                    )
                )
            )
        cc, prefixes, rest = PHONES[market]
        phone = self.unique(
            lambda: f"+{cc}{r.choice(prefixes)}{''.join(str(r.randint(0, 9)) for _ in range(rest))}"
        )
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
            list(expected),
            list(tolerated),
        )
        c.langs = [lang]
        c.info = {"job": r.choice(JOBS), "town": r.choice(TOWNS[market])}
        self.custs[key] = c
        return c

    # ---------------------------------------------------------- touchpoints
    def roughen(self, text: str) -> str:
        r = self.rr
        if r.random() < 1 / 9:
            text = strip_accents(text)
        if r.random() < 1 / 8:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        if r.random() < 1 / 10 and text[:1].isupper() and text[1:2].islower():
            text = text[0].lower() + text[1:]
        return text

    def add(
        self,
        c: Cust,
        when: datetime,
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
        if when < self.start or when >= LIMIT or when.year != 2026:
            raise ValueError(f"{self.name}: time out of range {when}")
        self.count += 1
        eid = f"h58-{self.code}-{self.count:05d}"
        if text is not None and not out and rough and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text is not None and channel == "social" and not out and c.segment == "consumer":
            pos = text.rfind(W.BRAND)
            if pos >= 0 and text[pos - 1 : pos] != "@":
                text = text[:pos] + "@" + text[pos:]
            elif "@" + W.BRAND not in text:
                text = "@" + W.BRAND + " " + text
        a: dict[str, str] = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        if agent:
            a["agent"] = agent
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": when,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "_cust": c.key,
                "text": text,
                "subject": subject,
                "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
                "source": SOURCES[channel],
                "attributes": a,
            }
        )
        return eid

    # ---------------------------------------------------------- time
    def at(self, day: float, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=day, minutes=minutes, seconds=self.rng.randint(0, 59))

    def later(self, when: datetime, m0: float, m1: float) -> datetime:
        return when + timedelta(minutes=self.rng.uniform(m0, m1))

    def wake(self, when: datetime) -> datetime:
        """Moved out of the night (22:00-07:00 UTC) to the next morning 08:00-09:00."""
        if when.hour >= 22:
            base = (when + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        elif when.hour < 7:
            base = when.replace(hour=8, minute=0, second=0)
        else:
            return when
        return base + timedelta(minutes=self.rng.randint(0, 59), seconds=self.rng.randint(0, 59))

    def office(self, when: datetime, h0: int = 8, h1: int = 17) -> datetime:
        """Moved into office hours (weekdays h0-h1 UTC), to the next working morning."""
        if when.weekday() < 5 and h0 <= when.hour < h1:
            return when
        base = when if when.hour < h0 else when + timedelta(days=1)
        while base.weekday() >= 5:
            base += timedelta(days=1)
        return base.replace(hour=h0, minute=self.rng.randint(0, 50), second=self.rng.randint(0, 59))

    # ---------------------------------------------------------- words
    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def box(self, lang: str) -> tuple[str, float, str]:
        key, price, names = self.rng.choice(W.PRODUCTS)
        return key, price, names[lang]

    def agent(self, lang: str) -> str:
        return self.rng.choice(AGENTS[lang])

    def ref(self, prefix: str = "CD") -> str:
        return self.unique(lambda: f"{prefix}{self.rng.randint(1000000, 9999999)}")

    # ---------------------------------------------------------- happy acts
    def happy(
        self,
        c: Cust,
        when: datetime,
        lang: str | None = None,
        kinds: tuple[str, ...] | None = None,
        night: bool = False,
    ) -> str:
        lang = lang or c.lang
        r = self.rng
        options = kinds or (
            "praise",
            "praise",
            "again",
            "gripe",
            "chat",
            "chat",
            "email",
            "phone",
            "buy",
            "buy",
            "view",
            "review",
            "survey",
        )
        k = r.choice(options)
        _, price, boxname = self.box(lang)
        if k == "praise":
            text = self.pick(W.NIGHT_POST if night else W.PRAISE, lang).format(box=boxname)
            if r.random() < 0.5:
                return self.add(c, when, "social", "mention", text)
            return self.add(c, when, "community", "post", text)
        if k in ("again", "gripe"):
            text = self.pick(W.AGAIN if k == "again" else W.GRIPE, lang).format(box=boxname)
            return self.add(c, when, "community", "post", text)
        if k == "chat":
            q, a = r.choice(W.NIGHT_CHAT[lang] if night else W.CHAT_Q[lang])
            eid = self.add(c, when, "chat", "chat", q)
            t = self.later(when, 1, 5)
            self.add(c, t, "chat", "chat", a, out=True, agent=self.agent(lang))
            if r.random() < 0.7:
                self.add(c, self.later(t, 0.5, 3), "chat", "chat", self.pick(W.THANKS, lang))
            return eid
        if k == "email":
            subj, q, a = r.choice(W.EMAIL_Q[lang])
            eid = self.add(
                c, when, "email", "message", q + c.first if q.endswith(", ") else q, subject=subj
            )
            self.add(
                c,
                self.wake(self.later(when, 30, 240)),
                "email",
                "message",
                a,
                subject=f"RE: {subj}",
                out=True,
                agent=self.agent(lang),
            )
            return eid
        if k == "phone":
            q, a = r.choice(W.PHONE_Q[lang])
            eid = self.add(c, when, "phone", "call", q)
            self.add(
                c,
                self.later(when, 8, 30),
                "email",
                "message",
                a,
                subject="Cadelia",
                out=True,
                agent=self.agent(lang),
            )
            return eid
        if k == "buy":
            key, price, boxname = self.box(lang)
            page = f"/boxes/{key}"
            self.add(c, when, "web", "page_view", attrs={"page": page})
            code, factor = CURRENCY.get(c.market, ("EUR", 1.0))
            return self.add(
                c,
                self.later(when, 2, 12),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{price * factor:.2f}",
                    "currency": code,
                    "product": boxname,
                    "page": page + "/checkout",
                },
            )
        if k == "view":
            return self.add(c, when, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        if k == "review":
            return self.add(
                c,
                when,
                "web",
                "review",
                self.pick(W.REVIEW, lang).format(box=boxname),
                attrs={"rating": str(r.choice([4, 5, 5])), "page": "/avis"},
            )
        return self.survey_happy(c, when, lang)

    def survey_happy(self, c: Cust, when: datetime, lang: str) -> str:
        r = self.rng
        kind = r.choice(["nps", "csat", "ces"])
        value = {
            "nps": r.choice([9, 10, 10]),
            "csat": r.choice([4, 5, 5]),
            "ces": r.choice([6, 7]),
        }[kind]
        word = self.pick(W.SURVEY_WORDS, lang)
        return self.add(
            c,
            when,
            "survey",
            "survey_response",
            word or None,
            scores={kind: value},
            attrs={"survey": kind},
        )

    def days_spread(self, n: int, lo: int, hi: int, avoid: set[int] | None = None) -> list[int]:
        pool = [d for d in range(lo, hi + 1) if not avoid or d not in avoid]
        return sorted(self.rng.sample(pool, min(n, len(pool))))

    # ---------------------------------------------------------- problems
    def complaint(
        self, c: Cust, when: datetime, problem: str, how: str, lang: str | None = None
    ) -> tuple[str, str | None, str]:
        """One complaint; returns (event id, case ref or None, channel)."""
        lang = lang or c.lang
        r = self.rng
        _key, price, boxname = self.box(lang)
        amt_eur = {
            "double_charge": price,
            "refund": price,
            "extension_fee": 19.0,
            "wrong_box": r.choice([40.0, 50.0, 60.0]),
        }.get(problem, price)
        full, short, call = W.PROBLEM_TEXT[problem][lang]
        fmt = {"box": boxname, "amt": money(lang, c.market, amt_eur)}
        subj = W.PROBLEM_SUBJECT[problem][lang]
        ref: str | None = self.ref()
        ag = self.agent(lang)
        if how == "long":
            opening, closing = r.choice(W.LONG_LETTER[lang])
            text = opening + full.format(**fmt) + closing + c.first
            eid = self.add(c, when, "email", "message", text, subject=subj[0].upper() + subj[1:])
            self.add(
                c,
                self.wake(self.later(when, 10, 40)),
                "email",
                "message",
                W.AGENT_CASE[lang].format(first=c.first, ref=ref, agent=ag),
                subject=f"RE: {subj}",
                out=True,
                agent=ag,
            )
            return eid, ref, "email"
        if how == "email":
            text = (
                self.pick(W.EMAIL_OPEN, lang)
                + full.format(**fmt)
                + self.pick(W.EMAIL_ASK, lang)
                + "\n"
                + c.first
            )
            eid = self.add(c, when, "email", "message", text, subject=subj[0].upper() + subj[1:])
            self.add(
                c,
                self.wake(self.later(when, 10, 40)),
                "email",
                "message",
                W.AGENT_CASE[lang].format(first=c.first, ref=ref, agent=ag),
                subject=f"RE: {subj}",
                out=True,
                agent=ag,
            )
            return eid, ref, "email"
        if how == "chat":
            eid = self.add(c, when, "chat", "chat", full.format(**fmt))
            self.add(
                c,
                self.later(when, 1, 4),
                "chat",
                "chat",
                W.AGENT_CHAT_CASE[lang].format(ref=ref),
                out=True,
                agent=ag,
            )
            return eid, ref, "chat"
        if how == "social":
            return self.add(c, when, "social", "mention", short.format(**fmt)), None, "social"
        if how == "form":
            eid = self.add(
                c,
                when,
                "web",
                "ticket",
                full.format(**fmt),
                subject=subj[0].upper() + subj[1:],
                attrs={"page": "/aide/contact"},
            )
            self.add(
                c,
                self.wake(self.later(when, 10, 40)),
                "email",
                "message",
                W.AGENT_CASE[lang].format(first=c.first, ref=ref, agent=ag),
                subject=f"RE: {subj}",
                out=True,
                agent=ag,
            )
            return eid, ref, "web"
        fmt["amt"] = money(lang, c.market, amt_eur, spoken=True)
        eid = self.add(c, when, "phone", "call", spoken(call.format(**fmt), lang))
        self.add(
            c,
            self.later(when, 10, 40),
            "email",
            "message",
            W.AGENT_CASE[lang].format(first=c.first, ref=ref, agent=ag),
            subject=f"{ref}",
            out=True,
            agent=ag,
        )
        return eid, ref, "phone"

    def fixed(
        self, c: Cust, when: datetime, problem: str, ref: str, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        ag = self.agent(lang)
        text = W.AGENT_FIXED[lang].format(
            first=c.first, ref=ref, fix=W.FIX_WHAT[problem][lang], agent=ag
        )
        return self.add(c, when, "email", "message", text, subject=f"{ref}", out=True, agent=ag)

    def confirm(
        self, c: Cust, when: datetime, ref: str, channel: str, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        text = self.pick(W.CONFIRM, lang).format(ref=ref)
        if channel == "chat":
            return self.add(c, when, "chat", "chat", text)
        return self.add(c, when, "email", "message", text, subject=f"RE: {ref}")

    def low_survey(self, c: Cust, when: datetime, kind: str) -> tuple[str, int]:
        r = self.rng
        value = r.randint(1, 5) if kind == "nps" else r.randint(1, 2)
        words = {
            "fr": ["", "nul", "déçue"],
            "en": ["", "poor", "not impressed"],
            "de": ["", "schlecht"],
            "es": ["", "fatal"],
            "it": ["", "pessimo"],
            "pt": ["", "mau"],
        }
        word = r.choice(words[c.lang])
        return self.add(
            c,
            when,
            "survey",
            "survey_response",
            word or None,
            scores={kind: value},
            attrs={"survey": kind},
        ), value

    # ---------------------------------------------------------- output
    def finish(self) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        rows = sorted(self.rows, key=lambda x: (x["occurred_at"], x["event_id"]))
        seen: set[str] = set()
        out: list[dict[str, Any]] = []
        rr = self.rr
        for row in rows:
            c = self.custs[row["_cust"]]
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            ref: dict[str, Any] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if row["direction"] == "outbound" or c.key not in seen:
                ref = dict(full)
                if row["direction"] == "inbound":
                    seen.add(c.key)
            elif row["channel"] == "phone":
                cc = PHONES[c.market][0]
                ref["phone"] = c.phone if rr.random() < 0.5 else f"+{cc} {c.phone[len(cc) + 1 :]}"
            elif row["channel"] in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if rr.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif row["channel"] == "email":
                ref["email"] = c.email.upper() if rr.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
            item = {k: v for k, v in row.items() if k != "_cust"}
            item["occurred_at"] = iso(row["occurred_at"])
            item["customer"] = ref
            out.append(
                {
                    k: item[k]
                    for k in (
                        "event_id",
                        "occurred_at",
                        "channel",
                        "kind",
                        "direction",
                        "customer",
                        "text",
                        "subject",
                        "scores",
                        "source",
                        "attributes",
                    )
                }
            )
        # checks
        inbound = {r["_cust"] for r in self.rows if r["direction"] == "inbound"}
        expected: dict[str, int] = {}
        customers: dict[str, Any] = {}
        for c in self.custs.values():
            if c.key not in inbound:
                raise ValueError(f"{self.name}: {c.key} has no inbound touchpoint")
            if set(c.expected) & set(c.tolerated):
                raise ValueError(f"{self.name}: {c.key} expects and tolerates")
            for rule in c.expected:
                expected[rule] = expected.get(rule, 0) + 1
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
                "languages": c.langs,
                "country": c.market,
                "segment": c.segment,
                "name": f"{c.first} {c.last}",
            }
            d.update(c.info)
            customers[c.key] = d
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        if expected != self.planned:
            raise ValueError(f"{self.name}: expected {expected} != planned {self.planned}")
        start = self.start
        end = max(start + timedelta(days=self.days), rows[-1]["occurred_at"] + timedelta(hours=1))
        if end >= LIMIT:
            raise ValueError(f"{self.name}: end {end}")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Cadelia (gift experiences; Cadelia Business on account)",
                "days": self.days,
                "seed": SEED,
                "written": "by hand, blind, heldout58",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(start),
            "end": iso(end),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return out, truth


REPEAT_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
SLIDE_TOL = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
LEAVE_TOL = ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence")


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ====================================================================== families
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "hw",
        1,
        d0(2026, 2, 4),
        10,
        "happy customers writing by day, at night, or only answering surveys",
    )
    f.planned = {}
    for _ in range(16):
        c = f.person(f.pick_lang(), "happy", "day writer")
        for day in f.days_spread(f.rng.randint(5, 8), 0, 9):
            f.happy(c, f.at(day, 7, 19))
    for _ in range(5):
        c = f.person(f.pick_lang(), "happy", "night writer")
        nights = f.days_spread(f.rng.randint(2, 4), 0, 8)
        for day in nights:
            t = f.at(day, 22.2, 28.5) if f.rng.random() < 0.6 else f.at(day + 1, 0, 4.5)
            f.happy(c, t, kinds=("praise", "chat"), night=True)
        for day in f.days_spread(f.rng.randint(2, 3), 0, 9):
            f.happy(c, f.at(day, 9, 18), kinds=("praise", "buy", "view", "review"))
    for _ in range(5):
        c = f.person(f.pick_lang(), "happy", "answers surveys")
        for day in f.days_spread(f.rng.randint(3, 6), 0, 9):
            f.survey_happy(c, f.at(day, 8, 20), c.lang)
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "bd",
        2,
        d0(2026, 3, 5),
        12,
        "happy customers with one angry message on one day",
    )
    f.planned = {"detractor": 6}
    r = f.rng
    hows = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["form"] * 4 + ["phone"] * 4
    )
    problems = list(W.PROBLEMS) * 4
    r.shuffle(problems)
    long_langs = ["fr", "fr", "en", "en"]
    people = []
    for i, how in enumerate(hows):
        lang = long_langs[i] if how == "long" else f.pick_lang()
        c = f.person(lang, "happy_one_bad_day", "one bad day", tolerated=("silence",))
        day = r.randint(2, 9)
        when = f.at(day, 8, 20)
        eid, ref, chan = f.complaint(c, when, problems[i], how)
        c.info.update(
            {
                "problem": problems[i],
                "booking": ref,
                "bad_day_at": iso(when),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(when),
                "long_email": how == "long",
                "channel": chan,
            }
        )
        for hd in f.days_spread(r.randint(1, 5), 0, 11, avoid={day - 1, day, day + 1, day + 2}):
            f.happy(
                c,
                f.at(hd, 7, 20),
                kinds=("praise", "again", "gripe", "chat", "buy", "view", "review"),
            )
        people.append((c, when, ref, chan))
    with_case = [p for p in people if p[2] is not None]
    r.shuffle(with_case)
    for c, when, _ref, _ in with_case[:6]:
        eid, v = f.low_survey(c, f.later(when, 100, 140), "nps")
        c.persona = "bad_day_detractor"
        c.expected = ["detractor"]
        c.info.update({"nps_given": True, "nps": v, "survey_event_id": eid})
    for c, when, _ref, _ in with_case[6:11]:
        eid, v = f.low_survey(c, f.later(when, 40, 80), "csat")
        c.info.update({"csat_given": True, "csat": v, "survey_event_id": eid})
    fixed_ones = sorted(with_case, key=lambda p: p[0].key)
    r.shuffle(fixed_ones)
    for n, (c, when, ref, _) in enumerate(fixed_ones[:12]):
        assert ref is not None
        f.fixed(c, f.wake(f.later(when, 60, 240)), c.info["problem"], ref)
        c.info["agent_fixed"] = True
        if n < 5:
            t = f.wake(f.later(when, 16 * 60, 24 * 60))
            text = f.pick(W.APOLOGY, c.lang)
            aid = (
                f.add(c, t, "chat", "chat", text)
                if r.random() < 0.5
                else f.add(c, t, "email", "message", text, subject=f"RE: {ref}")
            )
            c.info.update({"apologised": True, "apology_at": iso(t), "apology_event_id": aid})
    for _ in range(8):
        c = f.person(f.pick_lang(), "happy", "control")
        for day in f.days_spread(r.randint(4, 7), 0, 11):
            f.happy(c, f.at(day, 7, 20))
    return f


def repeat_run(
    f: Fam, c: Cust, first_day: int, times: int, first_how: str, supervisor: bool, langs: list[str]
) -> None:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    when = f.at(first_day, 8, 19)
    eid, ref, chan = f.complaint(c, when, problem, first_how, lang=langs[0])
    assert ref is not None
    ids = [eid]
    if supervisor:
        lang = langs[0]
        f.add(
            c,
            f.wake(f.later(when, 90, 150)),
            "email",
            "message",
            W.AGENT_SUPERVISOR[lang].format(first=c.first, ref=ref, agent=LEADS[lang]),
            subject=f"{ref}",
            out=True,
            agent=LEADS[lang],
        )
    used = {chan}
    t = when
    for n in range(2, times + 1):
        lang = langs[(n - 1) % len(langs)]
        t = f.wake(f.later(t, 4 * 60, 40 * 60))
        if t >= f.start + timedelta(days=f.days):
            raise ValueError("repeat beyond family end")
        chans = [x for x in ("email", "chat", "phone", "web", "social") if x not in used]
        ch = r.choice(chans)
        used.add(ch)
        _full, short, call = W.PROBLEM_TEXT[problem][lang]
        _, price, boxname = f.box(lang)
        if n == 2:
            line = f.pick(W.STILL_OPEN, lang).format(ref=ref)
        elif n == 3:
            line = f.pick(W.THIRD_CONTACT, lang).format(
                ref=ref, comp=c.info.setdefault("competitor", r.choice(W.COMPETITORS))
            )
        else:
            line = f.pick(W.FOURTH_CONTACT, lang).format(ref=ref)
        restate = short.format(box=boxname, amt=money(lang, c.market, price))
        if ch == "phone":
            ids.append(
                f.add(
                    c,
                    t,
                    "phone",
                    "call",
                    spoken(
                        line
                        + " "
                        + call.format(box=boxname, amt=money(lang, c.market, price, spoken=True)),
                        lang,
                    ),
                )
            )
        elif ch == "chat":
            ids.append(f.add(c, t, "chat", "chat", line + " " + restate))
            f.add(
                c,
                f.later(t, 1, 4),
                "chat",
                "chat",
                W.AGENT_CHAT_URGENT[lang].format(ref=ref),
                out=True,
                agent=f.agent(lang),
            )
        elif ch == "email":
            ids.append(
                f.add(
                    c,
                    t,
                    "email",
                    "message",
                    f.pick(W.EMAIL_OPEN, lang) + line + "\n" + restate + "\n" + c.first,
                    subject=f"RE: {ref}",
                )
            )
        elif ch == "web":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    line + " " + restate,
                    subject=ref,
                    attrs={"page": "/aide/contact"},
                )
            )
        else:
            ids.append(f.add(c, t, "social", "mention", line + " " + restate))
    c.info.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": times,
            "problem_event_ids": ids,
            "trouble_starts_at": iso(when),
            "repeat_event_id": ids[1],
            "agent_passed_on": supervisor,
            "channel": chan,
        }
    )
    c.info.setdefault("competitor", None)


def fixed_case(
    f: Fam, c: Cust, day: int, how: str, lang_raise: str, lang_fix: str, avoid: str = ""
) -> dict[str, Any]:
    r = f.rng
    problem = r.choice([p for p in W.PROBLEMS if p != avoid])
    when = f.at(day, 8, 18)
    eid, ref, chan = f.complaint(c, when, problem, how, lang=lang_raise)
    assert ref is not None
    tf = f.wake(f.later(when, 3 * 60, 20 * 60))
    f.fixed(c, tf, problem, ref, lang=lang_fix)
    tc = f.wake(f.later(tf, 8 * 60, 30 * 60))
    cch = r.choice(["email", "chat"])
    cid = f.confirm(c, tc, ref, cch, lang=lang_fix)
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(when),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": chan,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "rc",
        3,
        d0(2026, 4, 14),
        10,
        "the same open problem raised again, against fixed cases and frequent writers",
    )
    f.planned = {"repeat_contact": 12}
    r = f.rng
    times_list = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["form"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    sup = [True] * 6 + [False] * 6
    r.shuffle(sup)
    for i in range(12):
        c = f.person(
            f.pick_lang(),
            "repeat_contact",
            "repeats",
            expected=("repeat_contact",),
            tolerated=REPEAT_TOL,
        )
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12), kinds=("praise", "buy", "view", "chat"))
        repeat_run(
            f,
            c,
            r.randint(1, 4) if times_list[i] < 4 else r.randint(1, 2),
            times_list[i],
            firsts[i],
            sup[i],
            [c.lang],
        )
    for _ in range(5):
        c = f.person(f.pick_lang(), "resolved_between_contacts", "fixed", tolerated=("silence",))
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12), kinds=("praise", "buy", "view"))
        case = fixed_case(
            f, c, r.randint(1, 4), r.choice(["form", "email", "chat"]), c.lang, c.lang
        )
        c.info.update(
            {"problems": [case], "trouble_starts_at": case["raised_at"], "booking": case["booking"]}
        )
    for _ in range(3):
        c = f.person(f.pick_lang(), "different_problems", "two problems", tolerated=("silence",))
        d1 = r.randint(0, 2)
        a = fixed_case(f, c, d1, r.choice(["form", "email"]), c.lang, c.lang)
        b = fixed_case(
            f,
            c,
            d1 + r.randint(4, 5),
            r.choice(["form", "email", "chat"]),
            c.lang,
            c.lang,
            avoid=a["problem"],
        )
        c.info.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = f.person(f.pick_lang(), "happy", "frequent writer")
        for day in f.days_spread(r.randint(5, 8), 0, 9):
            f.happy(c, f.at(day, 8, 19), kinds=("chat", "chat", "email", "phone", "buy"))
    return f


def slide(f: Fam, c: Cust, first_day: int, span: int, langs: list[str]) -> list[str]:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    c.info["competitor"] = comp
    starts = [first_day + span * k / 5 for k in range(6)]
    ids: list[str] = []
    last: datetime | None = None
    ratings = ["3", "3", "2", "2", "1", "1"]
    for k in range(6):
        lang = langs[k % len(langs)]
        t = f.at(starts[k], 8, 20)
        if last is not None and t < last + timedelta(hours=1):
            t = last + timedelta(hours=1, minutes=r.randint(0, 50))
        t = f.wake(t)
        _, _, boxname = f.box(lang)
        text = W.SLIDE[lang][k].format(box=boxname, comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "social":
            ids.append(f.add(c, t, "social", "mention", text))
        elif ch == "community":
            ids.append(f.add(c, t, "community", "post", text))
        else:
            ids.append(
                f.add(c, t, "web", "review", text, attrs={"rating": ratings[k], "page": "/avis"})
            )
        last = t
    first_t = next(row["occurred_at"] for row in f.rows if row["event_id"] == ids[0])
    c.info.update({"slide_event_ids": ids, "slide_days": span, "trouble_starts_at": iso(first_t)})
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "sc",
        4,
        d0(2026, 5, 11),
        32,
        "a slow slide from a happy baseline, leavers, steady, grumpy and sarcastic customers",
    )
    f.planned = {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = f.person(
            f.pick_lang(),
            "slow_churner",
            "slides",
            expected=("sentiment_drop",),
            tolerated=SLIDE_TOL,
        )
        for day in f.days_spread(r.randint(4, 5), 0, 10):
            f.happy(c, f.at(day, 8, 20), kinds=("praise", "again"))
        for day in f.days_spread(r.randint(2, 4), 0, 10):
            f.happy(c, f.at(day, 8, 20), kinds=("buy", "view", "chat", "review"))
        ids = slide(f, c, r.randint(12, 16), spans[i], [c.lang])
        if i % 2 == 0:
            step4 = next(row["occurred_at"] for row in f.rows if row["event_id"] == ids[3])
            eid, v = f.low_survey(c, f.wake(f.later(step4, 150, 210)), "nps")
            c.expected.append("detractor")
            c.info.update({"nps_given": True, "nps": v, "survey_event_id": eid})
    for _ in range(5):
        c = f.person(
            f.pick_lang(),
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=LEAVE_TOL,
        )
        for day in f.days_spread(r.randint(4, 6), 0, 15):
            f.happy(c, f.at(day, 8, 20))
        t = f.at(r.randint(17, 23), 8, 19)
        subj, body = r.choice(W.LEAVE[c.lang])
        eid = f.add(c, t, "email", "message", body + "\n" + c.first, subject=subj)
        ag = f.agent(c.lang)
        f.add(
            c,
            f.wake(f.later(t, 60, 300)),
            "email",
            "message",
            W.AGENT_LEAVE[c.lang].format(first=c.first, agent=ag),
            subject=f"RE: {subj}",
            out=True,
            agent=ag,
        )
        tc = f.wake(f.later(t, 20 * 60, 30 * 60))
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/compte/club/resilier", "product": "Cadelia Club"},
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
        c = f.person(f.pick_lang(), "happy", "steady")
        for day in f.days_spread(r.randint(6, 10), 0, 31):
            f.happy(c, f.at(day, 8, 20))
    for _ in range(5):
        c = f.person(
            f.pick_lang(), "steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence")
        )
        day = r.randint(0, 4)
        ids = []
        lines = list(W.GRUMBLES[c.lang])
        r.shuffle(lines)
        for k in range(r.randint(5, 7)):
            t = f.at(day, 8, 21)
            text = lines[k % len(lines)]
            ch = r.choice(["social", "community", "form", "review"])
            if ch == "social":
                ids.append(f.add(c, t, "social", "mention", text))
            elif ch == "community":
                ids.append(f.add(c, t, "community", "post", text))
            elif ch == "form":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/aide/contact"}))
            else:
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/avis"})
                )
            day += r.randint(1, 3)
        for _ in range(r.randint(0, 2)):
            f.happy(c, f.at(r.randint(0, 28), 8, 20), kinds=("buy",))
        c.info.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": iso(
                    next(row["occurred_at"] for row in f.rows if row["event_id"] == ids[0])
                ),
            }
        )
    for _ in range(5):
        c = f.person(f.pick_lang(), "happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        sday = r.randint(17, 28)
        for day in f.days_spread(r.randint(3, 6), 0, 31, avoid={sday}):
            f.happy(c, f.at(day, 8, 20), kinds=("praise", "buy", "view", "review", "chat"))
        sid = f.add(
            c,
            f.at(sday, 9, 21),
            r.choice(["social", "community"]),
            "post",
            f.pick(W.SARCASM, c.lang),
        )
        c.info.update({"sarcasm_event_id": sid})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "qh",
        5,
        d0(2026, 7, 10),
        3,
        "a calm summer weekend with night owls in bursts",
    )
    f.planned = {}
    r = f.rng
    for _ in range(16):
        c = f.person(f.pick_lang(), "happy", "day writer")
        for day in f.days_spread(r.randint(1, 3), 0, 2):
            f.happy(c, f.at(day, 7, 17.5), kinds=("praise", "buy", "view", "chat", "review"))
    for _ in range(4):
        c = f.person(f.pick_lang(), "grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.at(r.randint(0, 2), 9, 17)
        f.happy(c, t, kinds=("view", "buy"))
        tg = f.later(t, 20, 30)
        q, a = r.choice(W.QUIET_GRUMBLE[c.lang])
        if r.random() < 0.5:
            gid = f.add(c, tg, "chat", "chat", q)
            f.add(c, f.later(tg, 1, 4), "chat", "chat", a, out=True, agent=f.agent(c.lang))
        else:
            gid = f.add(c, tg, "web", "ticket", q, attrs={"page": "/aide/contact"})
            f.add(
                c,
                f.later(tg, 20, 60),
                "email",
                "message",
                W.AGENT_FORM_ACK[c.lang].format(first=c.first),
                subject="Cadelia",
                out=True,
                agent=f.agent(c.lang),
            )
        c.info.update({"grumble_event_id": gid, "trouble_starts_at": iso(tg)})
    for night in range(3):
        first = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        bursts = [
            first,
            first + timedelta(minutes=r.randint(28, 33)),
            first + timedelta(minutes=r.randint(55, 65)),
        ]
        for b, bstart in enumerate(bursts):
            for _ in range(4):
                c = f.person(f.pick_lang(), "night_owl", f"night {night + 1}, burst {b + 1}")
                t = bstart + timedelta(minutes=r.uniform(0, 9.5))
                nid = f.happy(c, t, kinds=("praise", "chat"), night=True)
                c.info.update({"burst_at": iso(bstart), "night_event_id": nid})
                if r.random() < 0.5:
                    f.happy(c, f.at(r.randint(0, 2), 9, 17.5), kinds=("buy", "view", "praise"))
    return f


PAIRS = (
    [("fr", "en")] * 5
    + [("en", "fr")] * 5
    + [("fr", "de")] * 2
    + [("de", "fr")] * 2
    + [
        ("en", "es"),
        ("es", "en"),
        ("fr", "it"),
        ("it", "fr"),
        ("en", "pt"),
        ("pt", "en"),
        ("fr", "es"),
        ("es", "fr"),
        ("en", "de"),
        ("de", "en"),
        ("fr", "pt"),
        ("pt", "fr"),
        ("it", "de"),
    ]
)


def pair_market(r: random.Random, a: str, b: str) -> str:
    """A market where the first (mostly) or the second language is spoken."""
    lang = a if r.random() < 0.7 else b
    ms = MARKETS[lang]
    return r.choices([m for m, _ in ms], [w for _, w in ms])[0]


def bilingual() -> Fam:
    f = Fam("bilingual", "bl", 6, d0(2026, 8, 5), 14, "customers who write in two languages")
    f.planned = {"repeat_contact": 5, "sentiment_drop": 5}
    r = f.rng
    pairs = list(PAIRS)
    r.shuffle(pairs)
    jobs2 = [
        "partner's family",
        "works across the border",
        "grew up abroad",
        "colleagues' language",
        "studied abroad",
        "children's school",
    ]

    def make(
        persona: str, habit: str, exp: tuple[str, ...], tol: tuple[str, ...], pair: tuple[str, str]
    ) -> Cust:
        c = f.person(pair[0], persona, habit, exp, tol, market=pair_market(r, *pair))
        c.langs = list(pair)
        c.info["job_second_language"] = r.choice(jobs2)
        return c

    k = 0
    for _ in range(12):
        c = make("happy", "alternates languages", (), (), pairs[k])
        k += 1
        for n, day in enumerate(f.days_spread(r.randint(5, 8), 0, 13)):
            f.happy(c, f.at(day, 8, 20), lang=c.langs[n % 2])
    times = [2, 2, 3, 3, 4]
    for i in range(5):
        c = make("repeat_contact", "repeats", ("repeat_contact",), REPEAT_TOL, pairs[k])
        k += 1
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(r.randint(0, 1), 8, 12), kinds=("praise", "buy", "view"))
        repeat_run(
            f,
            c,
            r.randint(2, 5),
            times[i],
            r.choice(["form", "email", "chat"]),
            times[i] >= 3,
            c.langs,
        )
    for _ in range(5):
        c = make("slow_churner", "slides", ("sentiment_drop",), SLIDE_TOL, pairs[k])
        k += 1
        for n, day in enumerate(f.days_spread(5, 0, 5)):
            f.happy(c, f.at(day, 8, 20), lang=c.langs[n % 2], kinds=("praise", "again"))
        for n in range(r.randint(1, 3)):
            f.happy(
                c,
                f.at(r.randint(0, 5), 8, 20),
                lang=c.langs[(n + 1) % 2],
                kinds=("buy", "view", "chat"),
            )
        slide(f, c, r.randint(7, 8), r.randint(3, 5), c.langs)
    bad_hows = ["long", "email", "chat"]
    for how in bad_hows:
        pair = pairs[k]
        if how == "long":
            pair = next(p for p in pairs[k:] if p[1] in ("fr", "en"))
            pairs.remove(pair)
            pairs.insert(k, pair)
        k += 1
        c = make("happy_one_bad_day", "one bad day", (), ("silence",), pair)
        day = r.randint(4, 10)
        when = f.at(day, 8, 20)
        problem = r.choice(W.PROBLEMS)
        eid, ref, chan = f.complaint(c, when, problem, how, lang=pair[1])
        c.info.update(
            {
                "problem": problem,
                "booking": ref,
                "bad_day_at": iso(when),
                "bad_day_event_id": eid,
                "bad_day_language": pair[1],
                "channel": chan,
                "trouble_starts_at": iso(when),
                "long_email": how == "long",
            }
        )
        for n, hd in enumerate(
            f.days_spread(r.randint(2, 4), 0, 13, avoid={day - 1, day, day + 1, day + 2})
        ):
            f.happy(c, f.at(hd, 8, 20), lang=pair[n % 2], kinds=("praise", "buy", "view", "review"))
        if how != "chat" and ref:
            f.fixed(c, f.wake(f.later(when, 60, 240)), problem, ref, lang=pair[1])
            c.info["agent_fixed"] = True
        if how == "email":
            t = f.wake(f.later(when, 18 * 60, 24 * 60))
            aid = f.add(c, t, "chat", "chat", f.pick(W.APOLOGY, pair[1]))
            c.info.update({"apologised": True, "apology_at": iso(t), "apology_event_id": aid})
    for _ in range(2):
        c = make("resolved_between_contacts", "fixed", (), ("silence",), pairs[k])
        k += 1
        f.happy(c, f.at(0, 8, 12), kinds=("buy", "praise"))
        case = fixed_case(f, c, r.randint(2, 6), "form", c.langs[0], c.langs[1])
        c.info.update(
            {
                "problems": [case],
                "trouble_starts_at": case["raised_at"],
                "booking": case["booking"],
                "confirm_language": c.langs[1],
            }
        )
    return f


COMPANY_KINDS = {
    "bank": ("Banque", "Bank"),
    "law": ("Cabinet", "Law"),
    "hospital": ("Clinique", "Hospital"),
    "consulting": ("Conseil", "Consulting"),
    "software": ("Tech", "Software"),
    "retail": ("Retail", "Retail"),
    "school": ("École", "School"),
    "municipality": ("Ville", "Town council"),
    "insurer": ("Assurances", "Insurance"),
    "engineering": ("Ingénierie", "Engineering"),
    "pharma": ("Labo", "Pharma"),
    "logistics": ("Logistique", "Logistics"),
    "hotel": ("Hôtel", "Hotel"),
}
JOB_TITLES = [
    "HR manager",
    "office manager",
    "internal comms lead",
    "accounts payable clerk",
    "executive assistant",
    "procurement officer",
    "HR assistant",
    "finance controller",
    "CSR coordinator",
    "payroll officer",
]


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "bb",
        7,
        d0(2026, 9, 7),
        14,
        "Cadelia Business: organisations buying gift vouchers on account",
    )
    f.planned = {"account_risk": 5, "detractor": 16, "repeat_contact": 5}
    r = f.rng
    plan = [
        ("at_risk", "fr", "FR", "bank", 5, "portal", 3),
        ("at_risk", "en", "UK", "law", 6, "invoice", 4),
        ("at_risk", "fr", "BE", "hospital", 4, "codes_inactive", 3),
        ("at_risk", "en", "IE", "software", 6, "overbilled", 4),
        ("at_risk", "de", "DE", "insurer", 5, "invoice", 3),
        ("one_unhappy", "fr", "FR", "retail", 3, "codes_inactive", 1),
        ("one_unhappy", "en", "UK", "engineering", 3, "invoice", 1),
        ("one_unhappy", "es", "ES", "logistics", 3, "portal", 1),
        ("one_unhappy", "it", "IT", "pharma", 3, "overbilled", 1),
        ("mild", "fr", "CH", "consulting", 4, "", 0),
        ("mild", "pt", "PT", "hotel", 3, "", 0),
        ("mild", "en", "UK", "school", 4, "", 0),
        ("happy", "fr", "LU", "municipality", 4, "", 0),
        ("happy", "de", "AT", "engineering", 3, "", 0),
        ("happy", "en", "IE", "hospital", 3, "", 0),
    ]
    names = [
        "Arvelle",
        "Brindor",
        "Calvane",
        "Dorsey & Lowe",
        "Estrane",
        "Falcourt",
        "Gennaro",
        "Hollis Reed",
        "Isola",
        "Jorvik",
        "Kestrel",
        "Lumen",
        "Morland",
        "Norvane",
        "Orsay",
    ]
    last_email_done = False
    last_day = f.start + timedelta(days=f.days)
    for idx, (kind, lang, market, site, ncontacts, problem, nunhappy) in enumerate(plan):
        acc_id = f.unique(lambda m=market: f"CBZ-{m}-{r.randint(1000, 9999)}")
        label = COMPANY_KINDS[site][1 if lang == "en" else 0]
        company = f"{names[idx]} {label}"
        domain = ascii_name(names[idx]).replace("&", "") + ".example"
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for n in range(ncontacts):
            for _ in range(50):
                c = f.person(
                    lang, "b2b_happy", "contact", market=market, account=acc_id, domain=domain
                )
                if c.first not in firsts:
                    break
                del f.custs[c.key]
            firsts.add(c.first)
            title = JOB_TITLES[(idx + n) % len(JOB_TITLES)]
            c.info.update({"company": company, "role": "contact", "job_title": title, "job": title})
            contacts.append(c)
        unhappy: list[Cust] = []
        trouble: str | None = None
        if kind == "at_risk":
            unhappy = contacts[:nunhappy]
            t = f.office(f.at(2, 8, 16))
            ref = f.ref("CB")
            first_name = unhappy[0].first
            first_day = t.weekday()
            trouble = iso(t)
            for n, c in enumerate(unhappy):
                c.persona = "b2b_unhappy"
                c.habit = "complainer"
                c.info["role"] = "complainer"
                c.tolerated = [*REPEAT_TOL, "account_risk"]
                if n > 0:
                    t = f.office(f.later(t, 8 * 60, 28 * 60))
                for _ in range(r.randint(0, 2)):
                    happy_b2b(f, c, f.office(f.at(r.randint(0, 1), 8, 16.5)), routine_only=True)
                if n == 0:
                    subj, body = B.B2B_COMPLAINT[problem][lang]
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        body.format(n=r.choice([40, 60, 85, 120])),
                        subject=subj,
                    )
                    ag = f.agent(lang)
                    f.add(
                        c,
                        f.office(f.later(t, 10, 40)),
                        "email",
                        "message",
                        B.B2B_ACK[lang].format(ref=ref, agent=ag),
                        subject=f"RE: {subj} [{ref}]",
                        out=True,
                        agent=ag,
                    )
                else:
                    same_day = (
                        t.date() == datetime.fromisoformat(trouble.replace("Z", "+00:00")).date()
                    )
                    day_word = (
                        {
                            "fr": "ce matin",
                            "en": "this morning",
                            "de": "heute Morgen",
                            "es": "esta mañana",
                            "it": "stamattina",
                            "pt": "esta manhã",
                        }[lang]
                        if same_day
                        else B.WEEKDAYS[lang][first_day]
                    )
                    body = B.B2B_FOLLOW[lang].format(
                        first=first_name, day=day_word, ref=ref, issue=B.B2B_ISSUE[problem][lang]
                    )
                    if same_day:
                        for prep in (" on ", " am ", " el ", " na "):
                            body = body.replace(prep + day_word, " " + day_word)
                    eid = f.add(c, t, "email", "message", body, subject=f"{ref}")
                c.info.update(
                    {
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(t),
                        "booking": ref,
                        "problem": problem,
                    }
                )
                if n < len(unhappy) - 1:
                    sid, v = f.low_survey(c, f.later(t, 60, 180), "nps")
                    c.expected = ["detractor"]
                    c.info.update({"nps_given": True, "nps": v, "survey_event_id": sid})
                else:
                    t2 = f.office(f.later(t, 18 * 60, 40 * 60))
                    if t2 >= last_day:
                        raise ValueError("b2b last message after the end")
                    if not last_email_done:
                        comp = r.choice(W.COMPETITORS)
                        rid = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            B.B2B_LAST_EMAIL[lang].format(ref=ref, comp=comp),
                            subject=f"RE: {ref}",
                        )
                        c.info["competitor"] = comp
                        last_email_done = True
                    else:
                        rid = f.add(c, t2, "phone", "call", B.B2B_LAST_CALL[lang].format(ref=ref))
                    c.expected = ["repeat_contact"]
                    c.tolerated = [x for x in c.tolerated if x != "repeat_contact"]
                    c.info.update({"repeat_event_id": rid, "complaint_event_ids": [eid, rid]})
        elif kind == "one_unhappy":
            c = contacts[0]
            unhappy = [c]
            c.persona = "b2b_one_unhappy"
            c.habit = "complainer"
            c.info["role"] = "complainer"
            c.tolerated = ["high_value_at_risk", "sentiment_drop", "silence"]
            t = f.office(f.at(r.randint(3, 7), 8, 16))
            for _ in range(r.randint(0, 2)):
                happy_b2b(f, c, f.office(f.at(r.randint(0, 1), 8, 16.5)), routine_only=True)
            ref = f.ref("CB")
            subj, body = B.B2B_COMPLAINT[problem][lang]
            eid = f.add(
                c, t, "email", "message", body.format(n=r.choice([30, 45, 70])), subject=subj
            )
            ag = f.agent(lang)
            f.add(
                c,
                f.office(f.later(t, 10, 40)),
                "email",
                "message",
                B.B2B_ACK[lang].format(ref=ref, agent=ag),
                subject=f"RE: {subj} [{ref}]",
                out=True,
                agent=ag,
            )
            sid, v = f.low_survey(c, f.later(t, 60, 180), "nps")
            c.expected = ["detractor"]
            c.info.update(
                {
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "booking": ref,
                    "problem": problem,
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": sid,
                }
            )
        elif kind == "mild":
            for n, c in enumerate(contacts[:2]):
                c.persona = "b2b_mild"
                c.habit = "suggests"
                c.info["role"] = "suggests"
                c.tolerated = ["silence"]
                for _ in range(r.randint(0, 2)):
                    happy_b2b(f, c, f.office(f.at(r.randint(0, 1), 8, 15)), routine_only=True)
                t = f.office(f.at(r.randint(2, 9), 8, 15.5), 8, 16)
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    B.B2B_SUGGEST[lang][n % len(B.B2B_SUGGEST[lang])],
                    attrs={"page": "/business/contact"},
                )
                ag = f.agent(lang)
                f.add(
                    c,
                    f.office(f.later(t, 30, 120)),
                    "email",
                    "message",
                    B.B2B_SUGGEST_ACK[lang].format(agent=ag),
                    subject="Cadelia Business",
                    out=True,
                    agent=ag,
                )
                c.info.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        for c in contacts:
            if c.persona == "b2b_happy":
                for day in f.days_spread(r.randint(2, 5), 0, 11):
                    happy_b2b(f, c, f.office(f.at(day, 8, 16.5)))
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
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }
    return f


def happy_b2b(self: Fam, c: Cust, when: datetime, routine_only: bool = False) -> str:
    r = self.rng
    lang = c.lang
    options = (
        ["chat", "buy", "view"] if routine_only else ["chat", "buy", "view", "praise", "survey"]
    )
    k = r.choice(options)
    if k == "chat":
        q, a = r.choice(B.B2B_CHAT[lang])
        eid = self.add(c, when, "chat", "chat", q)
        t = self.later(when, 1, 6)
        self.add(c, t, "chat", "chat", a, out=True, agent=self.agent(lang))
        if r.random() < 0.6:
            self.add(c, self.later(t, 0.5, 3), "chat", "chat", r.choice(B.B2B_THANKS[lang]))
        return eid
    if k == "buy":
        name, eur = r.choice(B.B2B_PRODUCTS)
        self.add(c, when, "web", "page_view", attrs={"page": "/business/catalogue"})
        code, factor = CURRENCY.get(c.market, ("EUR", 1.0))
        return self.add(
            c,
            self.later(when, 3, 15),
            "web",
            "purchase",
            attrs={
                "order_value": f"{eur * factor:.2f}",
                "currency": code,
                "product": name,
                "page": "/business/orders/new",
            },
        )
    if k == "view":
        return self.add(c, when, "web", "page_view", attrs={"page": r.choice(B.B2B_PAGES)})
    if k == "praise":
        return self.add(c, when, "community", "post", r.choice(B.B2B_PRAISE[lang]))
    return self.survey_happy(c, when, lang)


def topic_spike() -> Fam:
    f = Fam("topic_spike", "ts", 8, d0(2026, 10, 15), 8, "a calm week with one planted incident")
    f.planned = {"repeat_contact": 6, "topic_spike": 1}
    r = f.rng
    s_start = datetime(2026, 10, 20, 19, 30, tzinfo=UTC)
    s_end = datetime(2026, 10, 20, 20, 15, tzinfo=UTC)
    calm_until = s_start - timedelta(hours=1)

    def calm(day: int) -> datetime:
        for _ in range(50):
            t = f.at(day, 7, 21)
            if not (calm_until <= t <= s_end + timedelta(hours=2)):
                return t
        raise ValueError("no calm time")

    for _ in range(40):
        c = f.person(f.pick_lang(), "happy", "day writer")
        for day in f.days_spread(r.randint(1, 4), 0, 7):
            f.happy(c, calm(day))
    for _ in range(2):
        lang = r.choice(["fr", "en"])
        c = f.person(lang, "grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.at(4, 8, 11)
        q, a = W.SPIKE_CALM_GRUMBLE[lang][0]
        gid = f.add(c, t, "chat", "chat", q)
        f.add(c, f.later(t, 1, 4), "chat", "chat", a, out=True, agent=f.agent(lang))
        c.info.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hm in (("fr", (18, 10)), ("en", (20, 40))):
        c = f.person(lang, "grumbles_once", "lone question", tolerated=("silence",))
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        q, a = W.LONE_Q[lang]
        lid = f.add(c, t, "chat", "chat", q)
        f.add(c, f.later(t, 1, 4), "chat", "chat", a, out=True, agent=f.agent(lang))
        c.info.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["fr"] * 6 + ["en"] * 6 + ["de", "de", "es", "es", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    offsets = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    regular = [True] * 12 + [False] * 8
    r.shuffle(regular)
    keys: list[str] = []
    eids: list[str] = []
    rep_ids: list[str] = []
    reporters: list[tuple[Cust, datetime, str]] = []
    for i in range(20):
        lang = langs[i]
        c = f.person(
            lang, "spike_reporter", "regular" if regular[i] else "new", tolerated=("silence",)
        )
        if regular[i]:
            for day in f.days_spread(r.randint(1, 3), 1, 4):
                f.happy(c, calm(day), kinds=("buy", "view", "praise", "chat", "review"))
        t = s_start + timedelta(
            minutes=offsets[i], seconds=0 if offsets[i] in (0, 45) else r.randint(0, 59)
        )
        ch = chans[i]
        text = f.pick(W.SPIKE_REPORT, lang)
        if ch == "social":
            eid = f.add(c, t, "social", "mention", text)
        elif ch == "community":
            eid = f.add(c, t, "community", "post", text.replace("@Cadelia ", ""))
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text.replace("@Cadelia ", ""))
            f.add(
                c,
                f.later(t, 1, 3),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[lang],
                out=True,
                agent=f.agent(lang),
            )
        elif ch == "email":
            eid = f.add(
                c,
                t,
                "email",
                "message",
                text.replace("@Cadelia ", "") + "\n" + c.first,
                subject=W.SPIKE_SUBJECT[lang],
            )
        else:
            eid = f.add(
                c,
                t,
                "web",
                "ticket",
                text.replace("@Cadelia ", ""),
                subject=W.SPIKE_SUBJECT[lang],
                attrs={"page": "/aide/contact"},
            )
        c.info.update(
            {
                "in_spike": True,
                "regular": regular[i],
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        keys.append(c.key)
        eids.append(eid)
        reporters.append((c, t, ch))
    early = [p for p in reporters if p[1] <= s_start + timedelta(minutes=25)]
    r.shuffle(early)
    again_chans = ["email", "email", "chat", "chat", "community", "community"]
    repeaters = early[:6]
    for (c, t, ch), ach in zip(repeaters, again_chans, strict=True):
        if ach == ch:
            ach = "email" if ch != "email" else "chat"
        t2 = f.later(t, 15, 50)
        text = f.pick(W.SPIKE_AGAIN, c.lang)
        if ach == "email":
            rid = f.add(
                c,
                t2,
                "email",
                "message",
                text + "\n" + c.first,
                subject="RE: " + W.SPIKE_SUBJECT[c.lang],
            )
        elif ach == "chat":
            rid = f.add(c, t2, "chat", "chat", text)
            f.add(
                c,
                f.later(t2, 1, 3),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[c.lang],
                out=True,
                agent=f.agent(c.lang),
            )
        else:
            rid = f.add(c, t2, "community", "post", text)
        c.persona = "spike_repeater"
        c.expected = ["repeat_contact"]
        c.tolerated = ["sentiment_drop", "silence"]
        c.info["repeat_event_id"] = rid
        rep_ids.append(rid)
    others = sorted(
        [p for p in reporters if p[0].persona == "spike_reporter"], key=lambda p: p[0].key
    )
    r.shuffle(others)
    for c, _t, _ch in others[:6]:
        ag = f.agent(c.lang)
        local = "21:40" if c.market in ("UK", "IE", "PT") else "22:40"
        f.add(
            c,
            datetime(2026, 10, 20, 20, 55, tzinfo=UTC) + timedelta(minutes=r.randint(0, 10)),
            "email",
            "message",
            W.SPIKE_FIXED[c.lang].format(first=c.first, time=local, agent=ag),
            subject=W.SPIKE_SUBJECT[c.lang],
            out=True,
            agent=ag,
        )
        c.info["agent_fixed"] = True
    f.spike = {
        "topic": "gift-voucher app and website: the 'My Gifts' wallet fails to load and shows no vouchers, error 5127-W",
        "about": "customers fear their vouchers are lost; app and web",
        "channel": None,
        "start": iso(s_start),
        "end": iso(s_end),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": rep_ids,
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
        fam = build()
        rows, truth = fam.finish()
        with open(HERE / f"{fam.name}.jsonl", "w", encoding="utf-8", newline="\n") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
        (HERE / f"{fam.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(f"{fam.name}: {len(truth['customers'])} customers, {len(rows)} touchpoints")


if __name__ == "__main__":
    main()
