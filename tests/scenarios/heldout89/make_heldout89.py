# ruff: noqa: E501
"""Write tests/scenarios/heldout89/ (report only, written blind): eight families.

Velarno: made-to-measure blinds, shutters, awnings, insect screens and curtains by
app and web, with a Velarno Care plan for households and Velarno Pro on account for
firms. Standard library only; deterministic (one ``random.Random`` per family for
the stories and one more for the roughening and identifier variants). Run it as
``python make_heldout89.py`` from anywhere.
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
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261114
BUSINESS = "Velarno: made-to-measure blinds, shutters, awnings, insect screens and curtains by app and web (measuring visit, fitting at home, Velarno Care plan); Velarno Pro on account for firms"
WRITTEN = "2026-12-04, blind, by a helper session (report only)"
COMPS = ("Jalousix", "Ombrada")
CUTOFF = datetime(2026, 11, 17, tzinfo=UTC)

LANG_WEIGHTS = [("de", 30), ("pt", 30), ("en", 10), ("fr", 10), ("it", 10), ("es", 10)]
MARKETS: dict[str, list[tuple[str, int]]] = {
    "de": [("DE", 60), ("AT", 20), ("CH", 20)],
    "pt": [("PT", 70), ("LU", 15), ("CH", 10), ("FR", 5)],
    "en": [("UK", 60), ("IE", 40)],
    "fr": [("FR", 60), ("BE", 25), ("CH", 10), ("LU", 5)],
    "it": [("IT", 85), ("CH", 15)],
    "es": [("ES", 100)],
}

FIRST: dict[str, list[str]] = {
    "de": [
        "Anna",
        "Lukas",
        "Sabine",
        "Jonas",
        "Katrin",
        "Felix",
        "Miriam",
        "Tobias",
        "Julia",
        "Stefan",
        "Lena",
        "Matthias",
        "Petra",
        "Florian",
        "Svenja",
        "Markus",
        "Ute",
        "Daniel",
        "Nina",
        "Jan",
        "Birgit",
        "Moritz",
        "Claudia",
        "Simon",
        "Heike",
        "Tim",
        "Franziska",
        "Ralf",
        "Carina",
        "Jörg",
    ],
    "pt": [
        "Ana",
        "João",
        "Mariana",
        "Tiago",
        "Inês",
        "Rui",
        "Catarina",
        "Pedro",
        "Sofia",
        "Miguel",
        "Beatriz",
        "Nuno",
        "Joana",
        "Ricardo",
        "Carla",
        "Hugo",
        "Sara",
        "Bruno",
        "Rita",
        "André",
        "Filipa",
        "Diogo",
        "Marta",
        "Paulo",
        "Teresa",
        "Gonçalo",
        "Helena",
        "Vasco",
        "Cláudia",
        "Luís",
    ],
    "en": [
        "Emma",
        "James",
        "Sophie",
        "Liam",
        "Chloe",
        "Aidan",
        "Hannah",
        "Conor",
        "Grace",
        "Oliver",
        "Niamh",
        "Tom",
        "Lucy",
        "Ciarán",
        "Megan",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Léa",
        "Mathieu",
        "Chloé",
        "Nicolas",
        "Manon",
        "Antoine",
        "Pauline",
        "Hugo",
        "Élodie",
        "Thomas",
        "Sarah",
        "Maxime",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Andrea",
        "Sara",
        "Matteo",
        "Elena",
        "Davide",
        "Valentina",
        "Simone",
        "Martina",
        "Federico",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Álvaro",
        "Carmen",
        "Pablo",
        "Irene",
        "Sergio",
        "Elena",
        "Diego",
        "Nuria",
        "Raúl",
        "Laura",
        "Iván",
    ],
}
LAST: dict[str, list[str]] = {
    "de": [
        "Müller",
        "Schmitt",
        "Hoffmann",
        "Becker",
        "Wagner",
        "Krüger",
        "Zimmermann",
        "Hartmann",
        "Lehmann",
        "Schreiber",
        "Brandt",
        "Vogel",
        "Engel",
        "Fuchs",
        "Kaiser",
        "Lorenz",
        "Seidel",
        "Winkler",
        "Pohl",
        "Huber",
        "Gruber",
        "Steiner",
        "Moser",
        "Keller",
        "Frei",
        "Baumann",
        "Roth",
        "Arnold",
        "Sommer",
        "Dietrich",
        "Jäger",
        "Schuster",
        "Franke",
        "Kuhn",
        "Haas",
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
        "Cunha",
        "Pires",
        "Ramos",
        "Matos",
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Byrne",
        "Taylor",
        "Davies",
        "Evans",
        "Kelly",
        "Hughes",
        "O'Brien",
        "Clarke",
        "Doyle",
        "Wright",
        "Harris",
        "Brennan",
        "Lynch",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Lambert",
        "Fontaine",
        "Rousseau",
        "Mercier",
        "Blanc",
        "Guérin",
        "Peeters",
        "Dumont",
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
    ],
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Domínguez",
        "Gil",
        "Vázquez",
        "Serrano",
        "Molina",
        "Ortega",
        "Delgado",
    ],
}
TOWNS: dict[str, list[str]] = {
    "DE": [
        "Leipzig",
        "Bremen",
        "Freiburg",
        "Münster",
        "Kassel",
        "Regensburg",
        "Bochum",
        "Erfurt",
        "Mainz",
        "Lübeck",
    ],
    "AT": ["Graz", "Linz", "Salzburg", "Innsbruck", "Wien"],
    "CH": ["Bern", "Luzern", "Winterthur", "St. Gallen", "Lausanne", "Lugano"],
    "PT": ["Porto", "Braga", "Coimbra", "Aveiro", "Lisboa", "Setúbal", "Faro", "Viseu", "Leiria"],
    "LU": ["Esch-sur-Alzette", "Luxembourg", "Differdange", "Ettelbruck"],
    "UK": ["Leeds", "Bristol", "Norwich", "York", "Cardiff"],
    "IE": ["Cork", "Galway", "Limerick", "Dublin"],
    "FR": ["Lyon", "Nantes", "Lille", "Rennes", "Metz"],
    "BE": ["Liège", "Namur", "Bruxelles", "Charleroi"],
    "IT": ["Bologna", "Torino", "Verona", "Bari", "Padova"],
    "ES": ["Valencia", "Zaragoza", "Bilbao", "Málaga", "Valladolid"],
}
JOBS = [
    "nurse",
    "teacher",
    "software developer",
    "bus driver",
    "pharmacist",
    "architect",
    "accountant",
    "physiotherapist",
    "electrician",
    "shop owner",
    "student",
    "retired",
    "police officer",
    "translator",
    "chef",
    "dentist",
    "graphic designer",
    "lawyer",
    "social worker",
    "journalist",
    "engineer",
    "hairdresser",
    "civil servant",
    "sales rep",
]
NIGHT_JOBS = [
    "night nurse",
    "petrol station night shift",
    "baker",
    "hospital porter",
    "air traffic controller",
    "security guard",
    "insomniac writer",
]
B2B_TITLES = [
    "Facility Manager",
    "Office Manager",
    "Accounts Payable Clerk",
    "Head of Procurement",
    "Site Manager",
    "Operations Manager",
    "Finance Assistant",
    "Buyer",
    "Housekeeping Lead",
    "Caretaker",
    "Practice Manager",
    "Property Manager",
]
AGENTS: dict[str, list[str]] = {
    "de": ["Jana", "Tobias", "Mehmet", "Sophie"],
    "pt": ["Inês", "Rafael", "Joana"],
    "en": ["Kate", "Owen"],
    "fr": ["Claire", "Yann"],
    "it": ["Serena", "Paolo"],
    "es": ["Marina", "Hugo"],
}
DOMAINS: dict[str, list[str]] = {
    "DE": ["gmx.example", "web.example", "posteo.example", "t-online.example"],
    "AT": ["aon.example", "gmx.example"],
    "CH": ["bluewin.example", "gmx.example"],
    "PT": ["sapo.example", "gmail.example", "clix.example"],
    "LU": ["post.example", "internet.example"],
    "UK": ["btinternet.example", "gmail.example"],
    "IE": ["eircom.example", "gmail.example"],
    "FR": ["orange.example", "free.example", "laposte.example"],
    "BE": ["skynet.example", "telenet.example"],
    "IT": ["libero.example", "tiscali.example", "gmail.example"],
    "ES": ["telefonica.example", "gmail.example"],
}
# country code, mobile prefixes, digits after the prefix
PHONES: dict[str, tuple[str, list[str], int]] = {
    "DE": ("49", ["151", "152", "157", "160", "162", "170", "171", "172", "176", "178"], 8),
    "AT": ("43", ["650", "660", "664", "676", "699"], 7),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "UK": ("44", ["74", "75", "77", "78", "79"], 8),
    "IE": ("353", ["83", "85", "86", "87", "89"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": (
        "32",
        [
            "470",
            "472",
            "475",
            "476",
            "477",
            "478",
            "479",
            "484",
            "486",
            "488",
            "491",
            "495",
            "496",
            "497",
            "499",
        ],
        6,
    ),
    "IT": (
        "39",
        ["320", "328", "329", "333", "338", "340", "347", "348", "349", "366", "388", "393"],
        7,
    ),
    "ES": ("34", ["6", "7"], 8),
}
SOURCES = {
    "email": "velarno-mail",
    "phone": "velarno-voice",
    "social": "velarno-social",
    "community": "velarno-forum",
    "chat": "velarno-chat",
    "web": "velarno-web",
    "survey": "velarno-survey",
}
TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_SLIDER = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_LEAVER = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_GRUMPY = ["repeat_contact", "silence"]
TOL_COMPANY = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]
REASONS: dict[str, list[str]] = {
    "de": [
        "works for a German logistics firm",
        "studied in Aachen",
        "German partner",
        "German at work in Luxembourg",
    ],
    "pt": [
        "Portuguese mother",
        "grew up in Porto",
        "works with a Portuguese team",
        "Portuguese family in Luxembourg",
    ],
    "en": ["works in an English-speaking team", "studied in Dublin"],
    "fr": ["French at work in Luxembourg", "French partner"],
    "it": ["Italian father", "works in Ticino"],
    "es": ["Spanish partner", "studied in Salamanca"],
}

UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
USED: set[str] = set()


def fold(text: str) -> str:
    out = []
    for ch in text.replace("ß", "ss"):
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        out.append(base)
    return "".join(out).lower().replace("'", "").replace(" ", "")


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in UMLAUT:
            out.append(UMLAUT[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            base = "".join(
                c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)
            )
            out.append(base or ch)
    return "".join(out)


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def wchoice(rng: random.Random, pairs: list[tuple[str, int]]) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def group(n: int, lang: str) -> str:
    s = f"{n:,}"
    if lang == "en":
        return s
    if lang == "fr":
        return s.replace(",", " ")
    return s.replace(",", ".")


def money(eur: int, market: str, lang: str, spoken: bool = False) -> str:
    if market == "UK":
        n = round(eur * 0.86)
        return f"{n} pounds" if spoken else f"£{group(n, 'en')}"
    if market == "CH":
        n = round(eur * 0.94)
        if spoken:
            return {"de": f"{n} Franken", "fr": f"{n} francs", "it": f"{n} franchi"}.get(
                lang, f"{n} francos"
            )
        return f"CHF {group(n, lang)}"
    if spoken:
        return {"de": f"{eur} Euro", "it": f"{eur} euro"}.get(lang, f"{eur} euros")
    if lang == "en":
        return f"€{group(eur, 'en')}"
    return f"{group(eur, lang)} €"


def currency(eur: float, market: str) -> tuple[str, str]:
    if market == "UK":
        return f"{eur * 0.86:.2f}", "GBP"
    if market == "CH":
        return f"{eur * 0.94:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


@dataclass
class Cust:
    key: str
    persona: str
    habit: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    job: str
    town: str
    segment: str = "consumer"
    account: str | None = None
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)


@dataclass
class Row:
    when: datetime
    seq: int
    cust: Cust
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]
    event_id: str


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name = name
        self.code = code
        self.seed = SEED * 100 + n
        self.rng = random.Random(self.seed)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.start = start
        self.days = days
        self.about = about
        self.custs: list[Cust] = []
        self.rows: list[Row] = []
        self.seq = 0
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.texts_used: set[str] = set()

    # ------------------------------------------------------------ people
    def unique(self, make: Any) -> str:
        for _ in range(1000):
            value = str(make())
            if value.lower() not in USED:
                USED.add(value.lower())
                return value
        raise RuntimeError("no unique value")

    def person(
        self,
        persona: str,
        habit: str,
        *,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        night: bool = False,
        domain: str | None = None,
        account: str | None = None,
        avoid_first: set[str] | None = None,
    ) -> Cust:
        rng = self.rng
        lang = lang or wchoice(rng, LANG_WEIGHTS)
        market = market or wchoice(rng, MARKETS[lang])
        names = [n for n in FIRST[lang] if not avoid_first or n not in avoid_first]
        first = rng.choice(names)
        last = rng.choice(LAST[lang])
        key = self.unique(lambda: f"VL{self.code}{rng.randint(1000, 9999)}")
        f, la = fold(first), fold(last)
        if domain:
            email = self.unique(
                lambda: (
                    f"{f}.{la}@{domain}"
                    if rng.random() < 0.8
                    else f"{f[0]}.{la}{rng.randint(1, 9)}@{domain}"
                )
            )
            handle = None
        else:
            doms = DOMAINS[market]
            pats = [
                lambda: f"{f}.{la}@{rng.choice(doms)}",
                lambda: f"{f}{la}{rng.randint(10, 99)}@{rng.choice(doms)}",
                lambda: f"{f[0]}.{la}@{rng.choice(doms)}",
                lambda: f"{la}.{f}{rng.randint(1, 9)}@{rng.choice(doms)}",
            ]
            email = self.unique(lambda: rng.choice(pats)())
            hpats = [
                lambda: f"@{la}_{f}{rng.randint(1, 9)}",
                lambda: f"@{f}{la}{rng.randint(10, 99)}",
                lambda: f"@{la}{f[0]}",
                lambda: f"@{f}_{la}",
                lambda: f"@{f[:3]}.{la}{rng.randint(1, 99)}",
            ]
            handle = self.unique(lambda: rng.choice(hpats)())
        cc, prefixes, digits = PHONES[market]
        phone = self.unique(
            lambda: (
                "+"
                + cc
                + rng.choice(prefixes)
                + "".join(str(rng.randint(0, 9)) for _ in range(digits))
            )
        )
        job = rng.choice(NIGHT_JOBS if night else JOBS)
        c = Cust(
            key=key,
            persona=persona,
            habit=habit,
            lang=lang,
            market=market,
            first=first,
            last=last,
            email=email,
            phone=phone,
            handle=handle,
            job=job,
            town=rng.choice(TOWNS[market]),
            segment="b2b" if domain else "consumer",
            account=account,
            expected=list(expected or []),
            tolerated=list(tolerated or []),
        )
        self.custs.append(c)
        return c

    def new_ref(self) -> str:
        return self.unique(lambda: f"VLN-{self.rng.randint(100000, 999999)}")

    def pick(self, c: Cust, items: list[Any]) -> Any:
        fresh = [it for it in items if repr(it) not in c.used]
        item = self.rng.choice(fresh or items)
        c.used.add(repr(item))
        return item

    def pick_fresh(self, items: list[str]) -> str:
        """A text no one else in the family has used yet, where there is one."""
        fresh = [x for x in items if x not in self.texts_used]
        text = self.rng.choice(fresh or items)
        self.texts_used.add(text)
        return text

    def agent(self, lang: str) -> str:
        return self.rng.choice(AGENTS[lang])

    # ------------------------------------------------------------ time
    def at(self, day: int, hour: float) -> datetime:
        return self.start + timedelta(days=day, minutes=round(hour * 60))

    def rand_time(self, day: int, h0: float, h1: float) -> datetime:
        return self.start + timedelta(
            days=day, minutes=self.rng.randint(round(h0 * 60), round(h1 * 60) - 1)
        )

    def daytime(self, t: datetime) -> datetime:
        """Out of 22:00-07:00: to 08:00-09:00 the next (or same) morning."""
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
            return base + timedelta(minutes=self.rng.randint(0, 59))
        if t.hour < 7:
            return t.replace(hour=8, minute=0, second=0) + timedelta(
                minutes=self.rng.randint(0, 59)
            )
        return t

    def office(self, t: datetime) -> datetime:
        """Into office hours, weekdays 08:00-17:00."""
        if t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50), second=0)
        elif t.hour < 8:
            t = t.replace(hour=8, minute=self.rng.randint(0, 50), second=0)
        while t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50), second=0)
        return t

    def mins(self, a: int, b: int) -> timedelta:
        return timedelta(minutes=self.rng.randint(a, b))

    # ------------------------------------------------------------ touchpoints
    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 1 / 8 and text[:1].isupper() and not text.startswith(("I ", "VL")):
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            cands = [
                i
                for i, w in enumerate(words)
                if len(w) >= 5 and w.isalpha() and w.islower() and "velarno" not in w
            ]
            if cands:
                i = r.choice(cands)
                w = words[i]
                j = r.randint(1, len(w) - 2)
                if w[j] != w[j + 1]:
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
        if when < self.start or when >= CUTOFF or when.year != 2026:
            raise ValueError(f"{self.name}: time out of range {when}")
        self.seq += 1
        eid = f"vl89-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not out:
            if channel == "social" and c.segment == "consumer" and "@Velarno" not in text:
                k = text.rfind("Velarno")
                text = text[:k] + "@" + text[k:] if k >= 0 else "@Velarno " + text
            if rough and channel not in ("phone", "survey"):
                text = self.roughen(text)
        a: dict[str, str] = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        if agent:
            a["agent"] = agent
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        if scores:
            sc.update(scores)
        self.rows.append(Row(when, self.seq, c, channel, kind, out, text, subject, sc, a, eid))
        return eid

    def mail_body(self, lang: str, c: Cust, body: str, agent: str) -> str:
        if lang != "de":
            body = body[0].upper() + body[1:]
        hello = W.HELLO[lang].format(first=c.first)
        sign = W.MAIL_SIGN[lang].format(agent=agent)
        return f"{hello}\n\n{body}\n\n{sign}"

    def reply_mail(self, c: Cust, t: datetime, lang: str, subject: str, body: str) -> str:
        ag = self.agent(lang)
        return self.add(
            c, t, "email", "message", self.mail_body(lang, c, body, ag), subject, out=True, agent=ag
        )

    def reply_chat(self, c: Cust, t: datetime, lang: str, text: str) -> str:
        return self.add(c, t, "chat", "chat", text, out=True, agent=self.agent(lang))

    def purchase(self, c: Cust, t: datetime, product: tuple[str, int, str]) -> str:
        label, eur, page = product
        self.add(c, t, "web", "page_view", attrs={"page": page})
        value, cur = currency(eur, c.market)
        return self.add(
            c,
            t + self.mins(5, 40),
            "web",
            "purchase",
            attrs={"order_value": value, "currency": cur, "product": label, "page": page},
        )

    def survey_happy(self, c: Cust, t: datetime, lang: str, words: list[str] | None = None) -> str:
        r = self.rng.random()
        scores: dict[str, int | None]
        if r < 0.45:
            scores, kind = {"nps": self.rng.choice([9, 10, 10])}, "nps"
        elif r < 0.75:
            scores, kind = {"csat": self.rng.choice([4, 5, 5])}, "csat"
        else:
            scores, kind = {"ces": self.rng.choice([6, 7])}, "ces"
        text = self.rng.choice(words or W.SURVEY_WORD[lang]) if self.rng.random() < 0.6 else None
        return self.add(
            c, t, "survey", "survey_response", text or None, scores=scores, attrs={"survey": kind}
        )

    def happy(self, c: Cust, t: datetime, kind: str, lang: str | None = None) -> str:
        """One happy act (with the agent's answer and thanks where there is one)."""
        rng = self.rng
        L = lang or c.lang
        if kind in ("praise", "again"):
            ch = rng.choice(["social", "community"])
            table = W.PRAISE if kind == "praise" else W.AGAIN
            return self.add(
                c, t, ch, "mention" if ch == "social" else "post", self.pick(c, table[L])
            )
        if kind == "gripe":
            text = self.pick(c, W.GRIPE[L])
            if rng.random() < 0.5:
                prod = rng.choice(W.PRODUCTS[:10])
                return self.add(c, t, "web", "review", text, attrs={"rating": "4", "page": prod[2]})
            return self.add(c, t, "community", "post", text)
        if kind == "review":
            prod = rng.choice(W.PRODUCTS[:10])
            return self.add(
                c,
                t,
                "web",
                "review",
                self.pick(c, W.REVIEW[L]),
                attrs={"rating": "5", "page": prod[2]},
            )
        if kind == "chat":
            q, a, th = self.pick(c, W.CHAT_Q[L])
            eid = self.add(c, t, "chat", "chat", q)
            ta = t + self.mins(1, 6)
            self.reply_chat(c, ta, L, a)
            if rng.random() < 0.6:
                self.add(c, ta + self.mins(1, 4), "chat", "chat", th)
            return eid
        if kind == "mail":
            subj, q, a = self.pick(c, W.MAIL_Q[L])
            eid = self.add(c, t, "email", "message", q, subj)
            tr = self.daytime(t + self.mins(60, 300))
            self.reply_mail(c, tr, L, W.RE[L] + subj, a)
            if rng.random() < 0.5:
                self.add(
                    c,
                    self.daytime(tr + self.mins(30, 360)),
                    "email",
                    "message",
                    self.pick(c, W.THANKS[L]),
                    W.RE[L] + W.RE[L] + subj,
                )
            return eid
        if kind == "phone":
            tr, fs, ft = self.pick(c, W.PHONE_Q[L])
            eid = self.add(c, t, "phone", "call", tr.format(first=c.first, last=c.last))
            self.reply_mail(c, self.daytime(t + self.mins(20, 90)), L, fs, ft)
            return eid
        if kind == "purchase":
            return self.purchase(c, t, rng.choice(W.PRODUCTS))
        if kind == "view":
            page = rng.choice(W.PAGES + [p[2] for p in W.PRODUCTS[:10]])
            return self.add(c, t, "web", "page_view", attrs={"page": page})
        if kind == "survey":
            return self.survey_happy(c, t, L)
        raise ValueError(kind)

    def night_act(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        L = lang or c.lang
        if self.rng.random() < 0.5:
            ch = self.rng.choice(["social", "community"])
            return self.add(
                c, t, ch, "mention" if ch == "social" else "post", self.pick(c, W.NIGHT_POST[L])
            )
        q, a, th = self.pick(c, W.NIGHT_CHAT[L])
        eid = self.add(c, t, "chat", "chat", q)
        ta = t + self.mins(1, 3)
        self.reply_chat(c, ta, L, a)
        self.add(c, ta + self.mins(1, 3), "chat", "chat", th)
        return eid

    def kinds(self, table: list[tuple[str, int]]) -> str:
        return wchoice(self.rng, table)

    # ------------------------------------------------------------ complaints
    def amount(self, c: Cust, problem: str) -> int:
        rng_ = W.PROBLEM_EUROS[problem]
        if rng_ is None:
            return 0
        if "euros" not in c.extra:
            c.extra["euros"] = self.rng.randint(*rng_)
        return int(c.extra["euros"])

    def complaint(
        self, c: Cust, t: datetime, ch: str, problem: str, lang: str, long: bool = False
    ) -> str:
        eur = self.amount(c, problem)
        amt = money(eur, c.market, lang) if eur else ""
        topic = W.TOPIC[problem][lang]
        subj = W.COMPLAINT_SUBJECT[lang].format(topic=topic)
        if ch == "phone":
            spoken = money(eur, c.market, lang, spoken=True) if eur else ""
            return self.add(
                c,
                t,
                "phone",
                "call",
                W.PROB_PHONE[problem][lang].format(first=c.first, last=c.last, amount=spoken),
            )
        text = self.pick(c, W.PROB[problem][lang]).format(amount=amt)
        if long:
            frame = self.pick(c, W.LONG_FRAME[lang])
            return self.add(
                c, t, "email", "message", frame.format(core=text, first=c.first, last=c.last), subj
            )
        if ch == "email":
            return self.add(c, t, "email", "message", text, subj)
        if ch == "form":
            return self.add(c, t, "web", "ticket", text, subj, attrs={"page": "/contact"})
        if ch == "chat":
            return self.add(c, t, "chat", "chat", text)
        if ch == "social":
            return self.add(c, t, "social", "mention", text)
        raise ValueError(ch)

    def case_reply(self, c: Cust, t: datetime, ch: str, problem: str, ref: str, lang: str) -> str:
        """Chat: the case in the chat answer; otherwise a case-opened e-mail 10-40 minutes later."""
        if ch == "chat":
            return self.reply_chat(c, t + self.mins(1, 4), lang, W.CASE_CHAT[lang].format(ref=ref))
        subj, body = W.CASE_MAIL[lang]
        return self.reply_mail(
            c,
            self.daytime(t + self.mins(10, 40)),
            lang,
            subj.format(ref=ref),
            body.format(ref=ref, topic=W.TOPIC[problem][lang]),
        )

    def good_news(self, c: Cust, t: datetime, problem: str, ref: str, lang: str) -> str:
        body = W.GOOD_BODY[lang].format(ref=ref, fix=W.FIX[problem][lang])
        return self.reply_mail(c, t, lang, W.GOOD_SUBJECT[lang].format(ref=ref), body)

    def later_contact(
        self, c: Cust, t: datetime, ch: str, k: int, problem: str, ref: str, lang: str, comp: str
    ) -> str:
        topic = W.TOPIC[problem][lang]
        kw = {"ref": ref, "topic": topic, "comp": comp, "first": c.first, "last": c.last}
        if ch == "phone":
            tpl = {1: W.PHONE_STILL, 2: W.PHONE_THIRD}.get(k, W.PHONE_FOURTH)[lang]
            return self.add(c, t, "phone", "call", tpl.format(**kw))
        table = {1: W.STILL, 2: W.THIRD}.get(k, W.FOURTH)[lang]
        text = self.pick(c, table).format(**kw)
        case_subject = W.CASE_MAIL[lang][0].format(ref=ref)
        if ch == "email":
            return self.add(c, t, "email", "message", text, W.RE[lang] + case_subject)
        if ch == "form":
            return self.add(c, t, "web", "ticket", text, case_subject, attrs={"page": "/contact"})
        if ch == "social":
            return self.add(c, t, "social", "mention", text)
        if ch == "chat":
            eid = self.add(c, t, "chat", "chat", text)
            self.reply_chat(c, t + self.mins(1, 5), lang, W.URGENT_CHAT[lang].format(ref=ref))
            return eid
        raise ValueError(ch)

    def repeat_run(
        self,
        c: Cust,
        t: datetime,
        count: int,
        first_ch: str,
        qlead: bool,
        problem: str,
        langs: list[str],
        comp: str,
    ) -> tuple[str, list[str], list[str]]:
        ref = self.new_ref()
        L = langs[0]
        ids = [self.complaint(c, t, first_ch, problem, L)]
        chans = [first_ch]
        if first_ch == "chat":
            self.reply_chat(c, t + self.mins(1, 4), L, W.CASE_CHAT[L].format(ref=ref))
        if qlead:
            self.reply_mail(
                c,
                self.daytime(t + self.mins(90, 150)),
                L,
                W.CASE_MAIL[L][0].format(ref=ref),
                W.QLEAD_MAIL[L].format(ref=ref),
            )
        elif first_ch != "chat":
            self.case_reply(c, t, first_ch, problem, ref, L)
        pool = [ch for ch in ("email", "chat", "phone", "form", "social") if ch != first_ch]
        prev = t
        for k in range(1, count):
            L = langs[k % len(langs)]
            ch = self.rng.choice(pool)
            pool.remove(ch)
            tk = self.daytime(prev + self.mins(4 * 60, 40 * 60))
            ids.append(self.later_contact(c, tk, ch, k, problem, ref, L, comp))
            chans.append(ch)
            prev = tk
        return ref, ids, chans

    def fixed_case(
        self, c: Cust, t: datetime, problem: str, ch: str, lang_raise: str, lang_fix: str
    ) -> dict[str, Any]:
        ref = self.new_ref()
        eid = self.complaint(c, t, ch, problem, lang_raise)
        self.case_reply(c, t, ch, problem, ref, lang_raise)
        tf = self.daytime(t + self.mins(3 * 60, 20 * 60))
        self.good_news(c, tf, problem, ref, lang_fix)
        tc = self.daytime(tf + self.mins(8 * 60, 30 * 60))
        text = self.pick(c, W.CONFIRM[lang_fix]).format(ref=ref)
        if self.rng.random() < 0.5:
            conf_ch = "email"
            cid = self.add(
                c,
                tc,
                "email",
                "message",
                text,
                W.RE[lang_fix] + W.GOOD_SUBJECT[lang_fix].format(ref=ref),
            )
        else:
            conf_ch = "chat"
            cid = self.add(c, tc, "chat", "chat", text)
            self.reply_chat(
                c,
                tc + self.mins(1, 4),
                lang_fix,
                {
                    "de": "Danke für die Rückmeldung, dann schließen wir den Vorgang.",
                    "pt": "Obrigado pela confirmação, vamos fechar o processo.",
                    "en": "Thanks for confirming, we'll close the case.",
                    "fr": "Merci de la confirmation, nous clôturons la demande.",
                    "it": "Grazie della conferma, chiudiamo la segnalazione.",
                    "es": "Gracias por confirmar, cerramos la incidencia.",
                }[lang_fix],
            )
        return {
            "problem": problem,
            "booking": ref,
            "raised_at": iso(t),
            "fixed_at": iso(tf),
            "confirmed_at": iso(tc),
            "problem_event_ids": [eid],
            "confirm_event_id": cid,
            "channel": ch,
            "confirm_channel": conf_ch,
        }

    def slide(
        self, c: Cust, t0: datetime, span: int, langs: list[str], comp: str
    ) -> tuple[list[str], list[datetime]]:
        offs = sorted([0.0, span * 24.0] + [self.rng.uniform(2, span * 24 - 2) for _ in range(4)])
        ids: list[str] = []
        times: list[datetime] = []
        variant = self.rng.randint(0, 1)
        prev: datetime | None = None
        for k, off in enumerate(offs):
            t = t0 + timedelta(minutes=round(off * 60))
            if t.hour >= 22 or t.hour < 7:
                day = t + timedelta(days=1) if t.hour >= 22 else t
                t = day.replace(hour=8, minute=0, second=0) + self.mins(0, 12 * 60)
            if prev is not None and t < prev + timedelta(hours=1):
                t = self.daytime(prev + self.mins(60, 150))
            L = langs[k % len(langs)]
            steps = W.SLIDE[L][min(variant, len(W.SLIDE[L]) - 1)]
            text = steps[k].format(comp=comp)
            ch = self.rng.choice(["social", "community", "review"])
            if ch == "review":
                page = self.rng.choice(W.PRODUCTS[:10])[2]
                eid = self.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": page},
                )
            else:
                eid = self.add(c, t, ch, "mention" if ch == "social" else "post", text)
            ids.append(eid)
            times.append(t)
            prev = t
        return ids, times

    def low_nps(
        self, c: Cust, t: datetime, lang: str, words: list[str] | None = None
    ) -> tuple[str, int]:
        nps = self.rng.randint(1, 5)
        word = self.rng.choice(words or W.LOW_WORD[lang])
        eid = self.add(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={"nps": nps},
            attrs={"survey": "nps"},
        )
        return eid, nps

    # ------------------------------------------------------------ output
    def partial(self, c: Cust, channel: str) -> dict[str, str | None]:
        r = self.rough
        ref: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if channel == "phone":
            cc = PHONES[c.market][0]
            ref["phone"] = c.phone if r.random() < 0.5 else f"+{cc} {c.phone[len(cc) + 1 :]}"
        elif channel in ("social", "community"):
            if c.handle:
                ref["handle"] = c.handle if r.random() < 0.8 else c.handle.lstrip("@")
            else:
                ref["email"] = c.email
        elif channel == "email":
            ref["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
        else:
            ref["customer_id"] = c.key
        return ref

    def full(self, c: Cust) -> dict[str, str | None]:
        return {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }

    def finish(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r.when, r.seq))
        firsts: set[str] = set()
        lines = []
        for r in self.rows:
            c = r.cust
            if r.out:
                cust = self.full(c)
            elif c.key not in firsts:
                firsts.add(c.key)
                cust = self.full(c)
            else:
                cust = self.partial(c, r.channel)
            obj = {
                "event_id": r.event_id,
                "occurred_at": iso(r.when),
                "channel": r.channel,
                "kind": r.kind,
                "direction": "outbound" if r.out else "inbound",
                "customer": cust,
                "text": r.text,
                "subject": r.subject,
                "scores": r.scores,
                "source": SOURCES[r.channel],
                "attributes": r.attrs,
            }
            lines.append(json.dumps(obj, ensure_ascii=False))
        for c in self.custs:
            if c.key not in firsts:
                raise ValueError(f"{self.name}: {c.key} has no inbound touchpoint")
            if set(c.expected) & set(c.tolerated):
                raise ValueError(f"{self.name}: {c.key} expects and tolerates a rule")
        got: dict[str, int] = {}
        for c in self.custs:
            for rule in c.expected:
                got[rule] = got.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = got.get("topic_spike", 0) + 1
        if got != expected:
            raise ValueError(f"{self.name}: expected {expected}, planted {got}")
        last = self.rows[-1].when
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= CUTOFF:
            raise ValueError(f"{self.name}: end {end}")
        customers: dict[str, dict[str, Any]] = {}
        for c in self.custs:
            extra = {k: v for k, v in c.extra.items() if k != "euros"}
            customers[c.key] = {
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
                **extra,
            }
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "competitors": list(COMPS),
                "days": self.days,
                "seed": self.seed,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
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


DAY_KINDS = [
    ("praise", 3),
    ("again", 2),
    ("gripe", 1),
    ("chat", 3),
    ("mail", 2),
    ("phone", 1),
    ("purchase", 2),
    ("view", 2),
    ("review", 1),
    ("survey", 1),
]
NO_SURVEY = [(k, w) for k, w in DAY_KINDS if k != "survey"]
LIGHT = [("praise", 3), ("again", 1), ("chat", 2), ("purchase", 2), ("view", 2), ("review", 1)]


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ---------------------------------------------------------------- families
def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d0(2026, 3, 23),
        10,
        "happy customers: daytime writers, night writers, survey-only",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(10), rng.randint(5, 8))):
            f.happy(c, f.rand_time(d, 7, 19), f.kinds(DAY_KINDS))
    for _ in range(5):
        c = f.person("happy", "night writer", night=True)
        for d in sorted(rng.sample(range(9), rng.randint(2, 4))):
            f.night_act(c, f.at(d, 22.2) + f.mins(0, 378))
        for d in sorted(rng.sample(range(10), rng.randint(2, 3))):
            f.happy(
                c,
                f.rand_time(d, 9, 18),
                f.kinds([("praise", 2), ("purchase", 1), ("view", 1), ("review", 1)]),
            )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(rng.sample(range(10), rng.randint(3, 6))):
            f.survey_happy(c, f.rand_time(d, 8, 20), c.lang)
    f.finish({})


def one_bad_day() -> None:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        d0(2026, 4, 20),
        12,
        "happy customers with one angry day about one problem; 6 give a detractor NPS",
    )
    rng = f.rng
    forms = ["long", "email", "chat", "social", "form", "phone"]
    cased = [i for i in range(24) if forms[i // 4] != "social"]
    order = cased[:]
    rng.shuffle(order)
    nps_set, csat_set = set(order[:6]), set(order[6:11])
    good_set = set(rng.sample(cased, 12))
    apol_set = set(rng.sample(sorted(good_set), 5))
    for i in range(24):
        problem = W.PROBLEMS[i % 6]
        form = forms[i // 4]
        lang = ["de", "de", "pt", "pt"][i % 4] if form == "long" else None
        detr = i in nps_set
        c = f.person(
            "bad_day_detractor" if detr else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if detr else [],
            tolerated=["silence"],
        )
        L = c.lang
        d = rng.randint(2, 9)
        t = f.rand_time(d, 8, 20)
        allowed = [x for x in range(12) if x <= d - 2 or x >= d + 3]
        for hd in sorted(rng.sample(allowed, min(len(allowed), rng.randint(1, 5)))):
            f.happy(c, f.rand_time(hd, 7, 20), f.kinds(NO_SURVEY))
        ch = "email" if form == "long" else form
        eid = f.complaint(c, t, ch, problem, L, long=form == "long")
        ref = None
        if form != "social":
            ref = f.new_ref()
            f.case_reply(c, t, ch, problem, ref, L)
        x: dict[str, Any] = {
            "problem": problem,
            "booking": ref,
            "channel": {"form": "web"}.get(ch, ch),
            "long_email": form == "long",
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "problem_event_ids": [eid],
            "trouble_starts_at": iso(t),
            "agent_fixed": False,
            "apologised": False,
            "apology_at": None,
            "apology_event_id": None,
            "nps_given": False,
            "nps": None,
            "csat_given": False,
            "csat": None,
            "survey_event_id": None,
        }
        if i in nps_set:
            sid, nps = f.low_nps(c, f.daytime(t + f.mins(100, 140)), L)
            x.update(nps_given=True, nps=nps, survey_event_id=sid)
        elif i in csat_set:
            csat = rng.randint(1, 2)
            word = rng.choice(W.LOW_WORD[L])
            sid = f.add(
                c,
                f.daytime(t + f.mins(40, 80)),
                "survey",
                "survey_response",
                word or None,
                scores={"csat": csat},
                attrs={"survey": "csat"},
            )
            x.update(csat_given=True, csat=csat, survey_event_id=sid)
        if ref and i in good_set:
            f.good_news(c, f.daytime(t + f.mins(60, 240)), problem, ref, L)
            x["agent_fixed"] = True
            if i in apol_set:
                ta = f.daytime(t + f.mins(16 * 60, 24 * 60))
                text = f.pick(c, W.APOLOGY[L]).format(ref=ref)
                if rng.random() < 0.5:
                    aid = f.add(c, ta, "chat", "chat", text)
                else:
                    aid = f.add(
                        c, ta, "email", "message", text, W.RE[L] + W.GOOD_SUBJECT[L].format(ref=ref)
                    )
                x.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
        c.extra.update(x)
    for _ in range(8):
        c = f.person("happy", "control")
        for d in sorted(rng.sample(range(12), rng.randint(4, 7))):
            f.happy(c, f.rand_time(d, 7, 20), f.kinds(NO_SURVEY))
    f.finish({"detractor": 6})


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d0(2026, 6, 1),
        10,
        "one problem raised again and again while open, against fixed cases, two problems and frequent writers",
    )
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    firsts = ["form"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    qlead = set(rng.sample(range(12), 6))
    problems = list(W.PROBLEMS) * 2
    rng.shuffle(problems)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=TOL_REPEAT)
        for _ in range(rng.randint(1, 3)):
            f.happy(c, f.rand_time(0, 7, 12), f.kinds(LIGHT))
        t = f.rand_time(rng.randint(1, 4), 8, 19)
        comp = COMPS[i % 2]
        ref, ids, chans = f.repeat_run(
            c, t, counts[i], firsts[i], i in qlead, problems[i], [c.lang], comp
        )
        c.extra.update(
            problem=problems[i],
            booking=ref,
            contacts=counts[i],
            channels=[{"form": "web"}.get(x, x) for x in chans],
            channel={"form": "web"}.get(firsts[i], firsts[i]),
            agent_passed_on=i in qlead,
            problem_event_ids=ids,
            trouble_starts_at=iso(t),
            competitor=comp if counts[i] >= 3 else None,
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        for d in sorted(rng.sample(range(2), rng.randint(1, 2))):
            f.happy(c, f.rand_time(d, 7, 12), f.kinds(LIGHT))
        t = f.rand_time(rng.randint(2, 5), 8, 18)
        case = f.fixed_case(
            c, t, rng.choice(W.PROBLEMS), rng.choice(["form", "email", "chat"]), c.lang, c.lang
        )
        c.extra.update(
            problems=[case], trouble_starts_at=case["raised_at"], booking=case["booking"]
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        t1 = f.rand_time(rng.randint(0, 2), 9, 18)
        case1 = f.fixed_case(c, t1, p1, rng.choice(["form", "email", "chat"]), c.lang, c.lang)
        c.extra.pop("euros", None)
        t2 = f.rand_time((t1 - f.start).days + rng.randint(4, 5), 9, 18)
        case2 = f.fixed_case(c, t2, p2, rng.choice(["form", "email", "chat"]), c.lang, c.lang)
        c.extra.update(problems=[case1, case2], trouble_starts_at=case1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in sorted(rng.sample(range(10), rng.randint(5, 8))):
            f.happy(
                c,
                f.rand_time(d, 7, 19),
                f.kinds([("chat", 4), ("mail", 3), ("phone", 2), ("praise", 1), ("purchase", 1)]),
            )
    f.finish({"repeat_contact": 12})


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d0(2026, 7, 6),
        32,
        "sliding churners, leavers who cancel, steady, steadily grumpy and sarcastic customers",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_set = set(rng.sample(range(10), 5))
    for i in range(10):
        detr = i in nps_set
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop", "detractor"] if detr else ["sentiment_drop"],
            tolerated=TOL_SLIDER,
        )
        for d in sorted(rng.sample(range(11), rng.randint(4, 5))):
            f.happy(c, f.rand_time(d, 8, 20), "praise")
        for d in sorted(rng.sample(range(11), rng.randint(2, 4))):
            f.happy(
                c,
                f.rand_time(d, 8, 20),
                f.kinds([("chat", 2), ("mail", 1), ("purchase", 2), ("view", 1), ("review", 1)]),
            )
        t0 = f.rand_time(rng.randint(12, 16), 9, 19)
        comp = COMPS[i % 2]
        ids, times = f.slide(c, t0, spans[i], [c.lang], comp)
        x: dict[str, Any] = {
            "slide_event_ids": ids,
            "slide_days": spans[i],
            "competitor": comp,
            "trouble_starts_at": iso(times[0]),
            "nps_given": False,
            "nps": None,
            "survey_event_id": None,
        }
        if detr:
            sid, nps = f.low_nps(c, f.daytime(times[3] + f.mins(150, 210)), c.lang)
            x.update(nps_given=True, nps=nps, survey_event_id=sid)
        c.extra.update(x)
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=TOL_LEAVER
        )
        for d in sorted(rng.sample(range(17), rng.randint(4, 6))):
            f.happy(c, f.rand_time(d, 8, 20), f.kinds(NO_SURVEY))
        t = f.rand_time(rng.randint(17, 23), 8, 20)
        subj, text = f.pick(c, W.LEAVE[c.lang])
        eid = f.add(c, t, "email", "message", text.format(first=c.first, last=c.last), subj)
        f.reply_mail(c, f.daytime(t + f.mins(60, 300)), c.lang, W.RE[c.lang] + subj, W.BYE[c.lang])
        tc = f.daytime(t + f.mins(20 * 60, 30 * 60))
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/care-plan/cancel", "product": W.CARE_PRODUCT},
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
            f.happy(c, f.rand_time(d, 7, 20), f.kinds(DAY_KINDS))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=TOL_GRUMPY)
        n = min(rng.randint(5, 7), len(W.GRUMPY[c.lang]))
        d = rng.randint(0, 4)
        gids: list[str] = []
        first_t: datetime | None = None
        for _k in range(n):
            t = f.rand_time(d, 8, 21)
            first_t = first_t or t
            text = f.pick(c, W.GRUMPY[c.lang])
            ch = rng.choice(["social", "community", "form", "review"])
            if ch == "form":
                gids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/contact"}))
            elif ch == "review":
                gids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": rng.choice(W.PRODUCTS[:10])[2]},
                    )
                )
            else:
                gids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            d += rng.randint(1, 3)
        for _k in range(rng.randint(0, 2)):
            f.purchase(c, f.rand_time(rng.randint(0, 31), 9, 20), rng.choice(W.PRODUCTS))
        assert first_t is not None
        c.extra.update(grumble_event_ids=gids, trouble_starts_at=iso(first_t))
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        for d in sorted(rng.sample(range(17), rng.randint(3, 6))):
            f.happy(c, f.rand_time(d, 8, 20), f.kinds(NO_SURVEY))
        t = f.rand_time(rng.randint(17, 28), 9, 21)
        ch = rng.choice(["social", "community"])
        sid = f.add(c, t, ch, "mention" if ch == "social" else "post", f.pick(c, W.SARCASM[c.lang]))
        c.extra.update(sarcasm_event_id=sid)
    f.finish({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        d0(2026, 8, 28),
        3,
        "a calm summer weekend, mild grumbles and night owls in bursts; no spike",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(3), rng.randint(1, 3))):
            f.happy(
                c,
                f.rand_time(d, 7, 17.5),
                f.kinds(
                    [
                        ("praise", 3),
                        ("again", 1),
                        ("chat", 3),
                        ("purchase", 2),
                        ("view", 2),
                        ("review", 1),
                        ("mail", 1),
                    ]
                ),
            )
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.rand_time(rng.randint(0, 2), 9, 17)
        if rng.random() < 0.5:
            f.purchase(c, t, rng.choice(W.PRODUCTS))
        else:
            f.add(c, t, "web", "page_view", attrs={"page": "/showrooms"})
        tg = f.rows[-1].when + f.mins(20, 30)
        text, answer = f.pick(c, W.MILD[c.lang])
        if i < 2:
            gid = f.add(c, tg, "chat", "chat", text)
            f.reply_chat(c, tg + f.mins(1, 5), c.lang, answer)
        else:
            gid = f.add(c, tg, "web", "ticket", text, attrs={"page": "/contact"})
            f.reply_mail(c, f.daytime(tg + f.mins(10, 60)), c.lang, W.ACK_SUBJECT[c.lang], answer)
        c.extra.update(grumble_event_id=gid, trouble_starts_at=iso(tg))
    owls: list[Cust] = []
    for k in range(3):
        base = f.start + timedelta(days=k + 1, minutes=rng.randint(40, 65))
        b1 = base + f.mins(28, 33)
        b2 = base + f.mins(55, 65)
        for b, bt in enumerate([base, b1, b2]):
            for _ in range(4):
                c = f.person("night_owl", f"night {k + 1}, burst {b + 1}", night=True)
                nid = f.night_act(c, bt + f.mins(0, 9))
                c.extra.update(burst_at=iso(bt), night_event_id=nid)
                owls.append(c)
    for c in rng.sample(owls, 18):
        f.happy(
            c,
            f.rand_time(rng.randint(0, 2), 9, 17.5),
            f.kinds([("praise", 2), ("purchase", 1), ("view", 1), ("review", 1), ("chat", 1)]),
        )
    f.finish({})


PAIRS: list[tuple[str, str, list[str]]] = (
    [("de", "pt", ["LU", "CH", "DE"])] * 4
    + [("pt", "de", ["LU", "CH", "PT", "DE"])] * 4
    + [("de", "en", ["DE", "AT"])] * 2
    + [("pt", "en", ["PT"])] * 2
    + [("en", "de", ["UK", "IE"])] * 2
    + [("pt", "fr", ["LU", "FR", "CH"])] * 2
    + [
        ("de", "fr", ["CH", "LU"]),
        ("fr", "de", ["CH", "BE", "LU"]),
        ("pt", "es", ["PT", "ES"]),
        ("es", "pt", ["ES", "PT"]),
        ("de", "it", ["CH"]),
        ("it", "de", ["IT", "CH"]),
        ("en", "pt", ["IE", "UK"]),
        ("fr", "pt", ["LU", "FR"]),
        ("de", "es", ["DE", "ES"]),
        ("it", "pt", ["IT"]),
        ("es", "de", ["ES", "DE"]),
    ]
)


def bilingual() -> None:
    f = Fam(
        "bilingual",
        "BL",
        6,
        d0(2026, 9, 21),
        14,
        "customers who write in two languages: happy, repeat contacts, sliders, one bad day, fixed cases",
    )
    rng = f.rng
    idx = list(range(len(PAIRS)))
    long_i = next(i for i in idx if PAIRS[i][:2] == ("pt", "de"))
    rest = [i for i in idx if i != long_i]
    rng.shuffle(rest)
    roles = (
        ["bad_long"]
        + ["happy"] * 12
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["bad_mail", "bad_chat"]
        + ["fixed"] * 2
    )
    order = [long_i, *rest]
    counts = [2, 2, 3, 3, 4]
    rng.shuffle(counts)
    r_i = 0
    s_i = 0
    for role, pi in zip(roles, order, strict=True):
        l1, l2, markets = PAIRS[pi]
        langs = [l1, l2]
        market = rng.choice(markets)
        common: dict[str, Any] = {
            "languages": langs,
            "job_second_language": rng.choice(REASONS[l2]),
        }
        if role == "happy":
            c = f.person("happy", "alternates languages", lang=l1, market=market)
            for n, d in enumerate(sorted(rng.sample(range(14), rng.randint(5, 8)))):
                f.happy(c, f.rand_time(d, 7, 20), f.kinds(DAY_KINDS), langs[n % 2])
        elif role == "repeat":
            c = f.person(
                "repeat_contact",
                "repeats",
                lang=l1,
                market=market,
                expected=["repeat_contact"],
                tolerated=TOL_REPEAT,
            )
            for n in range(rng.randint(1, 3)):
                f.happy(c, f.rand_time(rng.randint(0, 1), 7, 19), f.kinds(LIGHT), langs[n % 2])
            t = f.rand_time(rng.randint(2, 5), 8, 19)
            cnt = counts[r_i]
            comp = COMPS[r_i % 2]
            r_i += 1
            problem = rng.choice(W.PROBLEMS)
            first_ch = rng.choice(["form", "email", "chat"])
            ref, ids, chans = f.repeat_run(c, t, cnt, first_ch, cnt >= 3, problem, langs, comp)
            common.update(
                problem=problem,
                booking=ref,
                contacts=cnt,
                channels=[{"form": "web"}.get(x, x) for x in chans],
                channel={"form": "web"}.get(first_ch, first_ch),
                agent_passed_on=cnt >= 3,
                problem_event_ids=ids,
                trouble_starts_at=iso(t),
                competitor=comp if cnt >= 3 else None,
            )
        elif role == "slide":
            c = f.person(
                "slow_churner",
                "slides",
                lang=l1,
                market=market,
                expected=["sentiment_drop"],
                tolerated=TOL_SLIDER,
            )
            for n, d in enumerate(sorted(rng.sample(range(6), 5))):
                f.happy(c, f.rand_time(d, 8, 20), "praise", langs[n % 2])
            for n in range(rng.randint(1, 3)):
                f.happy(
                    c,
                    f.rand_time(rng.randint(0, 5), 8, 20),
                    f.kinds([("chat", 2), ("purchase", 2), ("view", 1), ("review", 1)]),
                    langs[(n + 1) % 2],
                )
            span = rng.randint(3, 5)
            comp = COMPS[s_i % 2]
            s_i += 1
            ids, times = f.slide(c, f.rand_time(rng.randint(7, 8), 9, 19), span, langs, comp)
            common.update(
                slide_event_ids=ids,
                slide_days=span,
                competitor=comp,
                trouble_starts_at=iso(times[0]),
            )
        elif role.startswith("bad"):
            c = f.person(
                "happy_one_bad_day", "one bad day", lang=l1, market=market, tolerated=["silence"]
            )
            d = rng.randint(4, 9)
            t = f.rand_time(d, 8, 20)
            allowed = [x for x in range(14) if x <= d - 2 or x >= d + 3]
            for n, hd in enumerate(sorted(rng.sample(allowed, rng.randint(2, 4)))):
                f.happy(c, f.rand_time(hd, 7, 20), f.kinds(NO_SURVEY), langs[n % 2])
            problem = rng.choice(W.PROBLEMS)
            ch = "chat" if role == "bad_chat" else "email"
            eid = f.complaint(c, t, ch, problem, l2, long=role == "bad_long")
            ref = f.new_ref()
            f.case_reply(c, t, ch, problem, ref, l2)
            x: dict[str, Any] = {
                "problem": problem,
                "booking": ref,
                "channel": ch,
                "long_email": role == "bad_long",
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": l2,
                "problem_event_ids": [eid],
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
                "apologised": False,
                "apology_at": None,
                "apology_event_id": None,
            }
            if ch == "email":
                f.good_news(c, f.daytime(t + f.mins(60, 240)), problem, ref, l2)
                x["agent_fixed"] = True
            if role == "bad_mail":
                ta = f.daytime(t + f.mins(18 * 60, 24 * 60))
                aid = f.add(c, ta, "chat", "chat", f.pick(c, W.APOLOGY[l2]).format(ref=ref))
                x.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
            common.update(x)
        else:
            c = f.person(
                "resolved_between_contacts", "fixed", lang=l1, market=market, tolerated=["silence"]
            )
            for n in range(rng.randint(1, 2)):
                f.happy(c, f.rand_time(n, 8, 18), f.kinds(LIGHT), langs[n % 2])
            t = f.rand_time(rng.randint(3, 8), 8, 18)
            case = f.fixed_case(c, t, rng.choice(W.PROBLEMS), "form", l1, l2)
            common.update(
                problems=[case],
                trouble_starts_at=case["raised_at"],
                booking=case["booking"],
                confirm_language=l2,
            )
        c.extra.update(common)
    f.finish({"repeat_contact": 5, "sentiment_drop": 5})


# kind, market, language, company, domain, site, problem, contacts, complainers, last channel
ACCOUNTS: list[tuple[str, str, str, str, str, str, str | None, int, int, str]] = [
    (
        "at_risk",
        "DE",
        "de",
        "Hotel Kranichhof GmbH",
        "kranichhof.example",
        "hotel",
        "portal",
        5,
        3,
        "phone",
    ),
    (
        "at_risk",
        "PT",
        "pt",
        "Colégio Monte Verde",
        "colegiomonteverde.example",
        "school",
        "invoice",
        4,
        3,
        "email",
    ),
    (
        "at_risk",
        "AT",
        "de",
        "Privatklinik Ennstal",
        "klinik-ennstal.example",
        "clinic",
        "service_blocked",
        5,
        3,
        "phone",
    ),
    (
        "at_risk",
        "DE",
        "de",
        "Stadt Falkenau",
        "falkenau.example",
        "municipality",
        "invoice",
        6,
        4,
        "phone",
    ),
    (
        "at_risk",
        "PT",
        "pt",
        "Atlântico Contabilidade, Lda.",
        "atlantico-conta.example",
        "office",
        "overbilled",
        5,
        4,
        "phone",
    ),
    (
        "one_unhappy",
        "DE",
        "de",
        "Hochschule Nordheide",
        "hs-nordheide.example",
        "university",
        "service_blocked",
        3,
        1,
        "",
    ),
    (
        "one_unhappy",
        "CH",
        "de",
        "Hotel Alpenrose Lenzerheide AG",
        "alpenrose-lenzerheide.example",
        "hotel",
        "overbilled",
        3,
        1,
        "",
    ),
    (
        "one_unhappy",
        "LU",
        "pt",
        "Limpeza Kirchberg S.à r.l.",
        "limpeza-kirchberg.example",
        "cleaning",
        "portal",
        3,
        1,
        "",
    ),
    (
        "one_unhappy",
        "FR",
        "fr",
        "Résidence Les Tilleuls",
        "residence-tilleuls.example",
        "care home",
        "invoice",
        3,
        1,
        "",
    ),
    (
        "mild",
        "DE",
        "de",
        "Kanzlei Wendt & Partner",
        "kanzlei-wendt.example",
        "law firm",
        None,
        4,
        0,
        "",
    ),
    (
        "mild",
        "UK",
        "en",
        "Harrowgate Lettings Ltd",
        "harrowgate-lettings.example",
        "property management",
        None,
        3,
        0,
        "",
    ),
    ("mild", "IT", "it", "Trattoria Il Glicine", "ilglicine.example", "restaurant", None, 4, 0, ""),
    (
        "happy",
        "PT",
        "pt",
        "Porto Riverside Hostel",
        "portoriverside.example",
        "hostel",
        None,
        4,
        0,
        "",
    ),
    (
        "happy",
        "ES",
        "es",
        "Clínica Dental Albaicín",
        "dental-albaicin.example",
        "dental practice",
        None,
        4,
        0,
        "",
    ),
    ("happy", "DE", "de", "Modehaus Lindner", "modehaus-lindner.example", "retail", None, 3, 0, ""),
]
WEEKDAYS = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]


def b2b_routine(f: Fam, c: Cust, days: list[int], kinds: list[tuple[str, int]]) -> None:
    L = c.lang
    for d in days:
        t = f.rand_time(d, 8, 16.5)
        k = wchoice(f.rng, kinds)
        if k == "chat":
            q, a, th = f.pick(c, B.B2B_CHAT[L])
            f.add(c, t, "chat", "chat", q)
            ta = t + f.mins(1, 6)
            f.reply_chat(c, ta, L, a)
            if f.rng.random() < 0.6:
                f.add(c, ta + f.mins(1, 4), "chat", "chat", th)
        elif k == "purchase":
            f.purchase(c, t, f.rng.choice(B.B2B_PRODUCTS))
        elif k == "view":
            f.add(c, t, "web", "page_view", attrs={"page": f.rng.choice(B.B2B_PAGES)})
        elif k == "praise":
            f.add(c, t, "community", "post", f.pick(c, B.B2B_PRAISE[L]))
        else:
            f.survey_happy(c, t, L, B.B2B_SURVEY_WORD[L])


def b2b_accounts() -> None:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d0(2026, 10, 12),
        14,
        "Velarno Pro accounts: at-risk accounts, one unhappy contact, mild suggestions, happy accounts",
    )
    rng = f.rng
    happy_kinds = [("chat", 3), ("purchase", 2), ("view", 2), ("praise", 1), ("survey", 1)]
    before_kinds = [("chat", 1), ("purchase", 1), ("view", 1)]
    for kind, market, L, company, domain, site, problem, n, k, last_ch in ACCOUNTS:
        aid = f.unique(lambda market=market: f"VLP-{market}-{rng.randint(1000, 9999)}")
        contacts: list[Cust] = []
        firsts: set[str] = set()
        titles = rng.sample(B2B_TITLES, n)
        for j in range(n):
            c = f.person(
                "b2b_happy",
                "contact",
                lang=L,
                market=market,
                domain=domain,
                account=aid,
                avoid_first=firsts,
            )
            firsts.add(c.first)
            c.job = titles[j]
            c.extra.update(company=company, role="contact", job_title=titles[j])
            contacts.append(c)
        unhappy: list[Cust] = []
        trouble: str | None = None
        if kind == "at_risk":
            assert problem is not None
            unhappy = contacts[:k]
            topic = B.C_TOPIC[problem][L]
            ref = f.new_ref()
            t = f.office(f.rand_time(2, 8, 16))
            first_t = t
            trouble = iso(t)
            for j, c in enumerate(unhappy):
                b2b_routine(f, c, sorted(rng.sample([0, 1], rng.randint(0, 2))), before_kinds)
                if j > 0:
                    t = f.office(t + f.mins(8 * 60, 28 * 60))
                kw = {
                    "first": c.first,
                    "last": c.last,
                    "job_title": c.job,
                    "company": company,
                    "ref": ref,
                    "topic": topic,
                    "detail": B.C_DETAIL[problem][L],
                    "firstc": unhappy[0].first,
                }
                if j == 0:
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        B.C_FIRST[L].format(**kw),
                        W.COMPLAINT_SUBJECT[L].format(topic=topic),
                    )
                    subj, body = B.C_ACK[L]
                    f.reply_mail(
                        c,
                        f.office(t + f.mins(20, 90)),
                        L,
                        subj.format(ref=ref),
                        body.format(ref=ref, topic=topic),
                    )
                else:
                    when = (
                        B.THIS_MORNING[L]
                        if t.date() == first_t.date()
                        else B.ON_DAY[L][first_t.weekday()]
                    )
                    kw["when"] = when
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.pick_fresh(B.C_LATER[L]).format(**kw),
                        W.COMPLAINT_SUBJECT[L].format(topic=topic) + f" ({ref})",
                    )
                x: dict[str, Any] = {
                    "role": "complainer",
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "booking": ref,
                    "problem": problem,
                    "nps_given": False,
                    "nps": None,
                    "survey_event_id": None,
                    "competitor": None,
                }
                c.persona, c.habit = "b2b_unhappy", "complainer"
                if j < k - 1:
                    sid, nps = f.low_nps(c, t + f.mins(60, 180), L, B.C_LOW_WORD[L])
                    x.update(nps_given=True, nps=nps, survey_event_id=sid)
                    c.expected = ["detractor"]
                else:
                    t2 = f.office(t + f.mins(18 * 60, 40 * 60))
                    kw["comp"] = COMPS[len(f.accounts) % 2]
                    if last_ch == "email":
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            B.C_LAST_MAIL[L].format(**kw),
                            W.RE[L] + B.C_ACK[L][0].format(ref=ref),
                        )
                        x["competitor"] = kw["comp"]
                    else:
                        e2 = f.add(c, t2, "phone", "call", B.C_LAST_PHONE[L].format(**kw))
                    x["complaint_event_ids"] = [eid, e2]
                    c.expected = ["repeat_contact"]
                c.tolerated = [r for r in TOL_COMPANY if r not in c.expected]
                c.extra.update(x)
        elif kind == "one_unhappy":
            assert problem is not None
            c = contacts[0]
            unhappy = [c]
            topic = B.C_TOPIC[problem][L]
            ref = f.new_ref()
            b2b_routine(f, c, sorted(rng.sample([0, 1], rng.randint(0, 2))), before_kinds)
            t = f.office(f.rand_time(rng.choice([3, 4, 7]), 8, 16))
            kw = {
                "first": c.first,
                "last": c.last,
                "job_title": c.job,
                "company": company,
                "detail": B.C_DETAIL[problem][L],
            }
            eid = f.add(
                c,
                t,
                "email",
                "message",
                B.C_FIRST[L].format(**kw),
                W.COMPLAINT_SUBJECT[L].format(topic=topic),
            )
            subj, body = B.C_ACK[L]
            f.reply_mail(
                c,
                f.office(t + f.mins(20, 90)),
                L,
                subj.format(ref=ref),
                body.format(ref=ref, topic=topic),
            )
            sid, nps = f.low_nps(c, t + f.mins(60, 180), L, B.C_LOW_WORD[L])
            c.persona, c.habit = "b2b_one_unhappy", "complainer"
            c.expected, c.tolerated = ["detractor"], list(TOL_ONE)
            c.extra.update(
                role="complainer",
                complaint_event_ids=[eid],
                trouble_starts_at=iso(t),
                booking=ref,
                problem=problem,
                nps_given=True,
                nps=nps,
                survey_event_id=sid,
            )
        elif kind == "mild":
            for c in contacts[:2]:
                b2b_routine(f, c, sorted(rng.sample([0, 1], rng.randint(0, 2))), before_kinds)
                t = f.rand_time(rng.choice(WEEKDAYS[2:]), 8, 16)
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.pick(c, B.MILD_SUGGEST[L]),
                    attrs={"page": "/pro/portal/contact"},
                )
                subj, body = B.MILD_ACK[L]
                f.reply_mail(c, f.office(t + f.mins(30, 180)), L, subj, body)
                c.persona, c.habit = "b2b_mild", "suggests"
                c.tolerated = ["silence"]
                c.extra.update(role="suggests", mild_event_id=mid, trouble_starts_at=iso(t))
        for c in contacts:
            if c.persona == "b2b_happy":
                b2b_routine(f, c, sorted(rng.sample(WEEKDAYS, rng.randint(2, 5))), happy_kinds)
            c.habit = c.extra["role"] if c.persona != "b2b_happy" else "contact"
        f.accounts[aid] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": L,
            "country": market,
        }
    f.finish({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        d0(2026, 11, 9),
        7,
        "a calm week and one planted spike: quote PDFs asking for a password nobody has (QP-7741-K)",
    )
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            if d == 5:
                f.happy(c, f.rand_time(d, 12, 19), f.kinds(LIGHT))
            elif d == 4:
                f.happy(c, f.rand_time(d, 7, 17), f.kinds([*LIGHT, ("survey", 1)]))
            else:
                f.happy(c, f.rand_time(d, 7, 19), f.kinds(DAY_KINDS))
    for L in ("de", "pt"):
        c = f.person("grumbles_once", "grumbles once", lang=L, tolerated=["silence"])
        t = f.rand_time(0, 10, 16)
        q, a = W.SPIKE_GRUMBLE[L]
        gid = f.add(c, t, "chat", "chat", q)
        f.reply_chat(c, t + f.mins(2, 6), L, a)
        c.extra.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for L, hour in (("de", 9 + 40 / 60), ("pt", 16 + 5 / 60)):
        c = f.person("grumbles_once", "lone question", lang=L, tolerated=["silence"])
        t = f.at(4, hour)
        q, a = W.LONE_Q[L]
        lid = f.add(c, t, "chat", "chat", q)
        f.reply_chat(c, t + f.mins(3, 6), L, a)
        c.extra.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    langs = ["de"] * 6 + ["pt"] * 6 + ["en", "en", "fr", "fr", "it", "it", "es", "es"]
    rng.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["form"] * 2
    rng.shuffle(chans)
    base = f.at(5, 8)
    while True:
        mids = sorted(rng.randint(6, 49) for _ in range(18))
        offs = [5, *mids, 50]
        if sum(1 for o in offs if o <= 30) >= 9:
            break
    order = list(range(20))
    rng.shuffle(order)
    reporters: list[tuple[Cust, datetime, str, str, str]] = []
    for n, i in enumerate(order):
        L, ch = langs[i], chans[i]
        t = base + timedelta(minutes=offs[i], seconds=rng.randint(0, 59) if 0 < i < 19 else 0)
        regular = n < 12
        c = f.person(
            "spike_reporter", "regular" if regular else "new", lang=L, tolerated=["silence"]
        )
        if regular:
            for d in sorted(rng.sample([2, 3, 4], rng.randint(1, 3))):
                kinds = [
                    ("praise", 2),
                    ("chat", 2),
                    ("purchase", 2),
                    ("view", 2),
                    ("review", 1),
                ] + ([("mail", 1)] if d < 4 else [])
                f.happy(c, f.rand_time(d, 8, 17.5), f.kinds(kinds))
        eid = spike_report(f, c, t, ch, L, first=True)
        reporters.append((c, t, ch, L, eid))
        c.extra.update(
            in_spike=True,
            regular=regular,
            spike_event_id=eid,
            spike_channel={"form": "web"}.get(ch, ch),
            trouble_starts_at=iso(t),
            repeat_event_id=None,
            agent_fixed=False,
        )
    early = [r for r in reporters if r[1] <= base + timedelta(minutes=30)]
    repeaters = rng.sample(early, 6)
    rep_keys = {r[0].key for r in repeaters}
    repeat_ids: list[str] = []
    for c, t, ch, L, _eid in sorted(repeaters, key=lambda r: r[1]):
        ch2 = rng.choice([x for x in ("email", "chat", "community", "social", "form") if x != ch])
        rid = spike_report(f, c, t + f.mins(15, 50), ch2, L, first=False)
        repeat_ids.append(rid)
        c.persona = "spike_repeater"
        c.expected = ["repeat_contact"]
        c.tolerated = ["sentiment_drop", "silence"]
        c.extra.update(repeat_event_id=rid)
    others = [r for r in reporters if r[0].key not in rep_keys]
    for c, _t, _ch, L, _eid in rng.sample(others, 6):
        local = "10:40" if c.market in ("UK", "IE", "PT") else "11:40"
        credit = {"UK": "£13", "CH": "CHF 14"}.get(c.market, "€15" if L == "en" else "15 €")
        subj, body = W.SPIKE_FIX[L]
        f.reply_mail(
            c, f.at(5, 11 + 8 / 60) + f.mins(0, 9), L, subj, body.format(local=local, credit=credit)
        )
        c.extra.update(agent_fixed=True)
    ordered = sorted(reporters, key=lambda r: r[1])
    f.spike = {
        "topic": "made-to-measure blinds shop: quote PDFs (e-mail and app) suddenly ask for a password nobody has, so quotes cannot be read before the autumn offer ends; error QP-7741-K",
        "about": "Saturday 14 November 2026, morning UTC: 20 customers in six languages on five channels report that every quote PDF asks for a password, error QP-7741-K; 6 write again within the hour",
        "channel": None,
        "start": iso(ordered[0][1]),
        "end": iso(ordered[-1][1]),
        "customers": 20,
        "customer_keys": [r[0].key for r in ordered],
        "event_ids": [r[4] for r in ordered],
        "repeat_event_ids": repeat_ids,
    }
    f.finish({"topic_spike": 1, "repeat_contact": 6})


def spike_report(f: Fam, c: Cust, t: datetime, ch: str, L: str, first: bool) -> str:
    if first:
        text = f.pick_fresh(W.SPIKE[L][{"form": "web"}.get(ch, ch)]).format(
            first=c.first, last=c.last
        )
    else:
        text = f.pick_fresh(W.SPIKE_REPEAT[L])
    if ch == "email":
        subj = W.SPIKE_SUBJECT[L] if first else W.RE[L] + W.SPIKE_SUBJECT[L]
        return f.add(c, t, "email", "message", text, subj)
    if ch == "form":
        return f.add(
            c, t, "web", "ticket", text, W.SPIKE_SUBJECT[L], attrs={"page": "/account/quotes"}
        )
    if ch == "chat":
        eid = f.add(c, t, "chat", "chat", text)
        f.reply_chat(c, t + f.mins(1, 4), L, W.SPIKE_CHAT_ANSWER[L])
        return eid
    if ch == "social":
        return f.add(c, t, "social", "mention", text)
    return f.add(c, t, "community", "post", text)


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
    USED.clear()
    for build in FAMILIES:
        build()


if __name__ == "__main__":
    main()
