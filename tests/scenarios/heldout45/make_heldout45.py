# ruff: noqa: E501
"""Write the heldout45 families (report only, never tune on them).

Standard library only; deterministic. Run: python make_heldout45.py (from anywhere).
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

SEED = 20261015
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
BUSINESS = "Ouvela: hearing tests, hearing aids and a battery/care plan by app, post and high-street centres; Ouvela Work: workplace hearing screening and custom ear protection for firms on account"

LANG_WEIGHTS = {"en": 30, "pt": 30, "fr": 10, "es": 10, "de": 10, "it": 10}
LANG_MARKETS = {
    "en": [("UK", 7), ("IE", 3)],
    "pt": [("PT", 7), ("LU", 2), ("CH", 1)],
    "fr": [("FR", 5), ("BE", 3), ("CH", 1), ("LU", 1)],
    "es": [("ES", 1)],
    "de": [("DE", 5), ("AT", 3), ("CH", 2)],
    "it": [("IT", 5), ("CH", 1)],
}
# country code, mobile prefixes, digits after the prefix
PHONES = {
    "UK": ("44", ["74", "75", "77", "78", "79"], 8),
    "IE": ("353", ["83", "85", "86", "87", "89"], 7),
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["470", "475", "485", "496"], 6),
    "ES": ("34", ["6", "7"], 8),
    "DE": ("49", ["151", "160", "170", "176"], 8),
    "AT": ("43", ["660", "664", "676", "699"], 7),
    "IT": ("39", ["320", "333", "347", "349"], 7),
}
TOWNS = {
    "UK": ["Leeds", "Bristol", "Norwich", "Swansea", "Preston", "Exeter", "York"],
    "IE": ["Cork", "Galway", "Limerick", "Dundalk"],
    "PT": ["Almada", "Braga", "Setúbal", "Coimbra", "Aveiro", "Faro", "Viseu", "Porto"],
    "LU": ["Esch-sur-Alzette", "Differdange", "Luxembourg"],
    "CH": ["Lausanne", "Bern", "Lugano", "Fribourg"],
    "FR": ["Nantes", "Tours", "Dijon", "Rouen"],
    "BE": ["Liège", "Namur", "Charleroi"],
    "ES": ["Zaragoza", "Murcia", "Gijón", "Córdoba"],
    "DE": ["Kassel", "Bielefeld", "Regensburg", "Kiel"],
    "AT": ["Graz", "Linz", "Salzburg"],
    "IT": ["Bergamo", "Padova", "Lecce", "Parma"],
}
FIRST = {
    "en": [
        "Margaret",
        "Colin",
        "Shirley",
        "Derek",
        "Aoife",
        "Niall",
        "Brenda",
        "Keith",
        "Sinead",
        "Trevor",
        "Pauline",
        "Gordon",
        "Maureen",
        "Declan",
        "Janet",
        "Stuart",
        "Eileen",
        "Clive",
        "Orla",
        "Barry",
        "Lynne",
        "Neil",
        "Hazel",
        "Ciaran",
    ],
    "pt": [
        "Fernanda",
        "Joaquim",
        "Lurdes",
        "Armando",
        "Graça",
        "Rogério",
        "Fátima",
        "Custódio",
        "Idalina",
        "Manuel",
        "Conceição",
        "Albano",
        "Rosário",
        "Eduardo",
        "Otília",
        "Américo",
        "Teresa",
        "Luís",
        "Helena",
        "Vítor",
        "Natália",
        "Sérgio",
        "Ermelinda",
        "Fausto",
    ],
    "fr": [
        "Monique",
        "Gérard",
        "Josiane",
        "Bernard",
        "Yvette",
        "Alain",
        "Chantal",
        "Patrice",
        "Odile",
        "Thierry",
    ],
    "es": [
        "Remedios",
        "Ginés",
        "Amparo",
        "Eusebio",
        "Pilar",
        "Anselmo",
        "Mercedes",
        "Fermín",
        "Rosario",
        "Tomás",
    ],
    "de": [
        "Gisela",
        "Helmut",
        "Ingrid",
        "Reinhard",
        "Waltraud",
        "Dieter",
        "Roswitha",
        "Klaus",
        "Hannelore",
        "Uwe",
    ],
    "it": [
        "Graziella",
        "Ottavio",
        "Loredana",
        "Sergio",
        "Rosanna",
        "Ercole",
        "Fiorella",
        "Aldo",
        "Nives",
        "Bruno",
    ],
}
LAST = {
    "en": [
        "Hartley",
        "Brennan",
        "Oakes",
        "Pritchard",
        "Gallagher",
        "Whitlock",
        "Donnelly",
        "Ashworth",
        "Kearney",
        "Lomax",
        "Fitzgerald",
        "Howarth",
        "Madden",
        "Pemberton",
        "Quigley",
        "Rowntree",
    ],
    "pt": [
        "Azevedo",
        "Quintela",
        "Barros",
        "Medeiros",
        "Sequeira",
        "Valente",
        "Fontes",
        "Brandão",
        "Lobo",
        "Teixeira",
        "Carvalhais",
        "Monteiro",
        "Simões",
        "Loureiro",
        "Ventura",
        "Bastos",
    ],
    "fr": ["Lemaire", "Carpentier", "Fabre", "Gauthier", "Roussel", "Vasseur", "Perrin", "Boucher"],
    "es": [
        "Cifuentes",
        "Arroyo",
        "Villalba",
        "Salcedo",
        "Quesada",
        "Iglesias",
        "Montero",
        "Pastor",
    ],
    "de": ["Brückner", "Hoffmeister", "Lindner", "Scholz", "Kessler", "Vogt", "Ziegler", "Haas"],
    "it": [
        "Pellegrini",
        "Galli",
        "Cattaneo",
        "Ferraro",
        "Bellini",
        "Marchetti",
        "Sartori",
        "Rinaldi",
    ],
}
JOBS = [
    "retired teacher",
    "retired postman",
    "nurse",
    "bus driver",
    "bookkeeper",
    "carpenter",
    "shop owner",
    "retired engineer",
    "cook",
    "pharmacist",
    "farmer",
    "cleaner",
    "taxi driver",
    "hairdresser",
    "retired nurse",
    "warehouse worker",
    "sound engineer",
    "librarian",
]
NIGHT_JOBS = [
    "night nurse",
    "baker",
    "night porter",
    "sorting office worker",
    "security guard",
    "hospital cleaner",
]
DOMAINS = [
    "mail.example",
    "correio.example",
    "post.example",
    "inbox.example",
    "web.example",
    "net.example",
]
SOURCES = {
    "email": "ouvela-mail",
    "phone": "ouvela-voice",
    "social": "ouvela-social",
    "community": "ouvela-forum",
    "chat": "ouvela-chat",
    "web": "ouvela-web",
    "survey": "ouvela-survey",
}
SECOND_WHY = {
    "en": "works in an English-speaking team",
    "pt": "grew up with Portuguese at home",
    "fr": "lived twenty years in France",
    "es": "married into a Spanish family",
    "de": "works across the border in Germany",
    "it": "writes for a daughter-in-law who reads Italian",
}

USED: set[str] = set()


def unique(value: str) -> bool:
    if value in USED:
        return False
    USED.add(value)
    return True


def ascii_of(text: str) -> str:
    text = text.replace("ß", "ss")
    return (
        "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
        .lower()
        .replace(" ", "")
    )


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    first: str
    last: str
    lang: str
    market: str
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
    info: dict[str, Any] = field(default_factory=dict)


@dataclass
class Row:
    seq: int
    eid: str
    t: datetime
    cust: Cust
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name = name
        self.code = code
        self.n = n
        self.start = start
        self.days = days
        self.about = about
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0
        self.planted: dict[str, int] = {}
        self.used: dict[str, set[str]] = {}

    # -- people -------------------------------------------------------------
    def lang(self, weights: dict[str, int] | None = None) -> str:
        w = weights or LANG_WEIGHTS
        return self.rng.choices(list(w), weights=list(w.values()))[0]

    def market(self, lang: str) -> str:
        opts = LANG_MARKETS[lang]
        return self.rng.choices([m for m, _ in opts], weights=[w for _, w in opts])[0]

    def phone(self, market: str) -> str:
        cc, prefixes, n = PHONES[market]
        while True:
            num = (
                "+"
                + cc
                + self.rng.choice(prefixes)
                + "".join(str(self.rng.randrange(10)) for _ in range(n))
            )
            if unique("p" + num):
                return num

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        first: str | None = None,
        job: str | None = None,
    ) -> Cust:
        market = market or self.market(lang)
        first = first or self.rng.choice(FIRST[lang])
        last = self.rng.choice(LAST[lang])
        while True:
            key = f"OV{self.code}{self.rng.randrange(1000, 10000)}"
            if unique("k" + key):
                break
        fa, la = ascii_of(first), ascii_of(last)
        if domain:
            email = f"{fa}.{la}@{domain}"
            unique("e" + email)
            handle = None
        else:
            while True:
                style = self.rng.randrange(4)
                if style == 0:
                    email = f"{fa}.{la}@{self.rng.choice(DOMAINS)}"
                elif style == 1:
                    email = f"{fa[0]}{la}{self.rng.randrange(10, 99)}@{self.rng.choice(DOMAINS)}"
                elif style == 2:
                    email = f"{la}.{fa}{self.rng.randrange(1950, 1990)}@{self.rng.choice(DOMAINS)}"
                else:
                    email = f"{fa}{la[:3]}@{self.rng.choice(DOMAINS)}"
                if unique("e" + email):
                    break
            while True:
                style = self.rng.randrange(4)
                if style == 0:
                    handle = f"@{la}_{fa}{self.rng.randrange(1, 10)}"
                elif style == 1:
                    handle = f"@{fa}{la}{self.rng.randrange(40, 80)}"
                elif style == 2:
                    handle = f"@{fa}{la[0]}"
                else:
                    handle = f"@{fa}_{la}"
                if unique("h" + handle):
                    break
        c = Cust(
            key=key,
            first=first,
            last=last,
            lang=lang,
            market=market,
            email=email,
            phone=self.phone(market),
            handle=handle,
            account=account,
            segment="b2b" if account else "consumer",
            persona=persona,
            habit=habit,
            expected=list(expected or []),
            tolerated=list(tolerated or []),
            job=job or self.rng.choice(JOBS),
            town=self.rng.choice(TOWNS[market]),
        )
        self.custs[key] = c
        for r in c.expected:
            self.planted[r] = self.planted.get(r, 0) + 1
        return c

    def case(self) -> str:
        while True:
            ref = f"OV-{self.rng.randrange(100000, 1000000)}"
            if unique("c" + ref):
                return ref

    # -- words ----------------------------------------------------------------
    def pick(self, table: dict[str, list[Any]], lang: str, c: Cust | None = None) -> Any:
        """A variant; for a customer, one they have not used yet while any is left."""
        options = table[lang]
        if c is not None:
            used = self.used.setdefault(c.key, set())
            fresh = [o for o in options if repr(o) not in used]
            choice = self.rng.choice(fresh or options)
            used.add(repr(choice))
            return choice
        return self.rng.choice(options)

    def fill(self, text: str, c: Cust, **kw: Any) -> str:
        return text.format(
            brand=W.BRAND, plan=W.PLAN, arm=B.ARM, code=W.SPIKE_CODE, first=c.first, **kw
        )

    def agent(self, lang: str) -> str:
        return str(self.rng.choice(W.AGENTS[lang]))

    def roughen(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    # -- rows -----------------------------------------------------------------
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
        agent: str | None = None,
    ) -> str:
        self.count += 1
        eid = f"ov45-{self.code.lower()}-{self.count:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text is not None and not out and channel == "social" and c.segment == "consumer":
            pos = text.rfind(W.BRAND)
            text = text[:pos] + "@" + text[pos:] if pos >= 0 else f"@{W.BRAND} " + text
        a = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        if agent:
            a["agent"] = agent
        a.update(attrs or {})
        self.rows.append(
            Row(
                self.count,
                eid,
                t.replace(second=self.rng.randrange(60)) if t.second == 0 else t,
                c,
                channel,
                kind,
                out,
                text,
                subject,
                dict(scores or {}),
                a,
            )
        )
        return eid

    # -- time helpers ----------------------------------------------------------
    def at(self, day: float, h0: float, h1: float) -> datetime:
        base = self.start + timedelta(days=int(day))
        minutes = self.rng.randrange(int(h0 * 60), int(h1 * 60))
        return base + timedelta(minutes=minutes)

    def mins(self, t: datetime, a: int, b: int) -> datetime:
        return t + timedelta(minutes=self.rng.randrange(a, b + 1))

    def morning(self, t: datetime) -> datetime:
        if t.hour >= 22:
            d = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
            return d + timedelta(minutes=self.rng.randrange(60))
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randrange(60), second=0)
        return t

    def office(self, t: datetime) -> datetime:
        while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
            if t.hour >= 17 or t.weekday() >= 5:
                t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randrange(50), second=0)
            else:
                t = t.replace(hour=8, minute=self.rng.randrange(50), second=0)
        return t

    def money(self, c: Cust, eur: float, spoken: bool = False) -> str:
        if c.market == "UK":
            n = round(eur * 0.86)
            return f"{n} pounds" if spoken else f"£{n}"
        if c.market == "CH":
            n = round(eur * 0.94)
            word = {"de": "Franken", "it": "franchi"}.get(c.lang, "francs")
            return f"{n} {word}" if spoken else f"CHF {n}"
        if spoken:
            word = {"de": "Euro", "it": "euro"}.get(c.lang, "euros")
            return f"{round(eur)} {word}"
        if c.lang == "en":
            return f"€{eur:.2f}"
        return f"{eur:.2f}".replace(".", ",") + " €"

    def price(self, c: Cust, eur: float) -> tuple[str, str]:
        if c.market == "UK":
            return f"{eur * 0.86:.2f}", "GBP"
        if c.market == "CH":
            return f"{eur * 0.94:.2f}", "CHF"
        return f"{eur:.2f}", "EUR"

    # -- acts ------------------------------------------------------------------
    def answer_mail(self, c: Cust, t: datetime, subject: str, text: str) -> datetime:
        t2 = self.morning(self.mins(t, 30, 180))
        self.add(c, t2, "email", "message", text, subject, out=True, agent=self.agent(c.lang))
        return t2

    def chat(self, c: Cust, t: datetime, q: str, a: str, thanks: float = 0.6) -> datetime:
        self.add(c, t, "chat", "chat", self.fill(q, c))
        t2 = self.mins(t, 1, 6)
        self.add(c, t2, "chat", "chat", self.fill(a, c), out=True, agent=self.agent(c.lang))
        if self.rng.random() < thanks:
            t2 = self.mins(t2, 1, 3)
            self.add(c, t2, "chat", "chat", self.pick(W.THANKS, c.lang))
        return t2

    def buy(
        self, c: Cust, t: datetime, products: list[tuple[str, str, float]] | None = None
    ) -> datetime:
        prod, page, eur = self.rng.choice(products or W.PRODUCTS)
        self.add(c, t, "web", "page_view", attrs={"page": page})
        t2 = self.mins(t, 2, 15)
        value, cur = self.price(c, eur)
        self.add(
            c,
            t2,
            "web",
            "purchase",
            attrs={"order_value": value, "currency": cur, "product": prod, "page": page},
        )
        return t2

    def survey(self, c: Cust, t: datetime) -> datetime:
        kind = self.rng.choice(["nps", "csat", "ces"])
        score = {
            "nps": self.rng.choice([9, 10]),
            "csat": self.rng.choice([4, 5]),
            "ces": self.rng.choice([6, 7]),
        }[kind]
        word = self.pick(W.SURVEY_WORDS, c.lang) or None
        self.add(
            c, t, "survey", "survey_response", word, scores={kind: score}, attrs={"survey": kind}
        )
        return t

    def post(self, c: Cust, t: datetime, text: str) -> datetime:
        if self.rng.random() < 0.5:
            self.add(c, t, "social", "mention", self.fill(text, c))
        else:
            self.add(c, t, "community", "post", self.fill(text, c))
        return t

    def happy(
        self, c: Cust, t: datetime, kinds: list[str] | None = None, survey: bool = True
    ) -> datetime:
        options = kinds or [
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
        ] + (["survey"] if survey else [])
        k = self.rng.choice(options)
        lang = c.lang
        if k == "praise":
            return self.post(c, t, self.pick(W.PRAISE, lang, c))
        if k == "again":
            return self.post(c, t, self.pick(W.AGAIN, lang, c))
        if k == "gripe":
            if self.rng.random() < 0.3:
                self.add(
                    c,
                    t,
                    "web",
                    "review",
                    self.fill(self.pick(W.GRIPE, lang, c), c),
                    attrs={"rating": "4", "page": "/reviews"},
                )
                return t
            return self.post(c, t, self.pick(W.GRIPE, lang, c))
        if k == "chat":
            q, a = self.pick(W.CHAT_Q, lang, c)
            return self.chat(c, t, q, a)
        if k == "email":
            subj, q, a = self.pick(W.EMAIL_Q, lang, c)
            self.add(c, t, "email", "message", self.fill(q, c), subj)
            ag = self.agent(lang)
            return self.answer_mail(c, t, "Re: " + subj, a.format(first=c.first, agent=ag))
        if k == "phone":
            q, a = self.pick(W.PHONE_Q, lang, c)
            self.add(c, t, "phone", "call", q)
            t2 = self.mins(t, 10, 40)
            self.add(
                c,
                t2,
                "email",
                "message",
                a.format(agent=self.agent(lang)),
                self.fill("{brand}", c),
                out=True,
                agent=self.agent(lang),
            )
            return t2
        if k == "buy":
            return self.buy(c, t)
        if k == "view":
            self.add(c, t, "web", "page_view", attrs={"page": self.rng.choice(W.PAGES)})
            return t
        if k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.fill(self.pick(W.REVIEW, lang, c), c),
                attrs={"rating": self.rng.choice(["5", "5", "4"]), "page": "/reviews"},
            )
            return t
        return self.survey(c, t)

    def acts_on_days(
        self,
        c: Cust,
        days: list[int],
        h0: float = 7,
        h1: float = 19,
        survey: bool = True,
        kinds: list[str] | None = None,
    ) -> None:
        for d in days:
            self.happy(c, self.at(d, h0, h1), kinds=kinds, survey=survey)

    # -- complaints -----------------------------------------------------------
    def complaint(
        self, c: Cust, t: datetime, problem: str, channel: str, case: str | None
    ) -> tuple[str, datetime]:
        """The first contact about a problem; returns its event id and the time its answer lands."""
        lang = c.lang
        amt = self.money(c, W.PROBLEM_AMOUNT[problem])
        subj = W.PROBLEM_SUBJECT[lang][problem]
        core = self.fill(self.rng.choice(W.PROBLEM_SHORT[lang][problem]), c, amt=amt)
        if channel == "long":
            letter = self.rng.choice(W.LONG_EMAIL[lang])
            eid = self.add(c, t, "email", "message", self.fill(letter, c, core=core), subj)
        elif channel == "email":
            eid = self.add(c, t, "email", "message", core, subj)
        elif channel == "web":
            eid = self.add(c, t, "web", "ticket", core, subj, attrs={"page": "/help/contact"})
        elif channel == "chat":
            eid = self.add(c, t, "chat", "chat", core)
            t2 = self.mins(t, 1, 5)
            self.add(
                c,
                t2,
                "chat",
                "chat",
                W.CHAT_CASE[lang].format(case=case),
                out=True,
                agent=self.agent(lang),
            )
            return eid, t2
        elif channel == "social":
            text = self.fill(W.PROBLEM_SOCIAL[lang][problem], c, amt=amt)
            eid = self.add(c, t, "social", "mention", text)
            return eid, t
        else:
            text = self.fill(
                W.PROBLEM_CALL[lang][problem],
                c,
                amt=self.money(c, W.PROBLEM_AMOUNT[problem], spoken=True),
            )
            eid = self.add(c, t, "phone", "call", text)
        t2 = self.morning(self.mins(t, 10, 40))
        s, body = W.CASE_OPENED[lang]
        ag = self.agent(lang)
        self.add(
            c,
            t2,
            "email",
            "message",
            body.format(first=c.first, case=case, agent=ag),
            s.format(case=case),
            out=True,
            agent=ag,
        )
        return eid, t2

    def good_news(self, c: Cust, t: datetime, case: str) -> datetime:
        s, body = W.GOOD_NEWS[c.lang]
        ag = self.agent(c.lang)
        self.add(
            c,
            t,
            "email",
            "message",
            body.format(first=c.first, case=case, agent=ag),
            s.format(case=case),
            out=True,
            agent=ag,
        )
        return t

    def confirm(self, c: Cust, t: datetime, case: str, channel: str) -> str:
        if channel == "chat":
            return self.add(c, t, "chat", "chat", W.CONFIRM_CHAT[c.lang].format(case=case))
        s, body = W.CONFIRM[c.lang]
        return self.add(c, t, "email", "message", body.format(case=case), s.format(case=case))


def speech(text: str) -> str:
    words = []
    for w in text.replace("\n", " ").split():
        w = w.strip(".,!?;:()'\"")
        if not w:
            continue
        if w.isupper() and w.isalpha() and len(w) > 2:
            w = w.lower()
        words.append(w)
    out = " ".join(words)
    return out[:1].lower() + out[1:]


def rule_lists() -> dict[str, list[str]]:
    return {
        "repeat": [
            "sentiment_drop",
            "churn_intent",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ],
        "slider": [
            "repeat_contact",
            "churn_intent",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ],
        "leaver": ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        "grumpy": ["repeat_contact", "silence"],
        "silence": ["silence"],
        "spike_repeat": ["sentiment_drop", "silence"],
        "b2b_at_risk": [
            "sentiment_drop",
            "churn_intent",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
            "account_risk",
        ],
        "b2b_one": ["sentiment_drop", "high_value_at_risk", "silence"],
    }


TOL = rule_lists()
PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]


# =============================================================================
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 2, 2, tzinfo=UTC),
        10,
        "happy customers writing by day and night, and survey-only customers",
    )
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        days = sorted(f.rng.sample(range(10), f.rng.randint(5, 8)))
        f.acts_on_days(c, days, 7, 19)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer", job=f.rng.choice(NIGHT_JOBS))
        nights = sorted(f.rng.sample(range(9), f.rng.randint(2, 4)))
        for d in nights:
            t = f.at(d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.post(c, t, f.pick(W.NIGHT_POST, c.lang))
            else:
                q, a = f.pick(W.NIGHT_CHAT, c.lang)
                f.chat(c, t, q, a, thanks=0.9)
        days = f.rng.sample([d for d in range(10) if d not in nights], f.rng.randint(2, 3))
        f.acts_on_days(c, sorted(days), 9, 18, kinds=["praise", "buy", "view", "review"])
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.survey(c, f.at(d, 8, 20))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 3, 9, tzinfo=UTC),
        12,
        "happy customers with one angry day, some of them detractors",
    )
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = PROBLEMS * 4
    f.rng.shuffle(problems)
    long_langs = ["en", "en", "pt", "pt"]
    plans = []
    for i, ch in enumerate(channels):
        lang = long_langs[i] if ch == "long" else f.lang()
        plans.append((lang, ch, problems[i]))
    with_case = [i for i, p in enumerate(plans) if p[1] != "social"]
    f.rng.shuffle(with_case)
    nps_set = set(with_case[:6])
    csat_set = set(with_case[6:11])
    good = with_case[:]
    f.rng.shuffle(good)
    good_set = set(good[:12])
    apol = set(sorted(good_set, key=lambda i: (i * 7) % 24)[:5])
    for i, (lang, ch, problem) in enumerate(plans):
        detractor = i in nps_set
        c = f.person(
            lang,
            "bad_day_detractor" if detractor else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if detractor else [],
            TOL["silence"],
        )
        bad_day = f.rng.randint(2, 9)
        t = f.at(bad_day, 8, 20)
        case = f.case() if ch != "social" else None
        eid, _ = f.complaint(c, t, problem, ch, case)
        info: dict[str, Any] = {
            "problem": problem,
            "channel": "email" if ch == "long" else ch,
            "booking": case,
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "long_email": ch == "long",
            "trouble_starts_at": iso(t),
            "nps_given": detractor,
            "csat_given": i in csat_set,
            "agent_fixed": i in good_set,
            "apologised": i in apol,
        }
        if detractor:
            ts = f.mins(t, 100, 140)
            n = f.rng.randint(1, 5)
            info["nps"] = n
            info["survey_event_id"] = f.add(
                c,
                ts,
                "survey",
                "survey_response",
                f.pick(W.LOW_NPS_WORD, lang) or None,
                scores={"nps": n},
                attrs={"survey": "nps"},
            )
        elif i in csat_set:
            ts = f.mins(t, 40, 80)
            n = f.rng.randint(1, 2)
            info["csat"] = n
            info["survey_event_id"] = f.add(
                c,
                ts,
                "survey",
                "survey_response",
                f.pick(W.LOW_CSAT_WORD, lang) or None,
                scores={"csat": n},
                attrs={"survey": "csat"},
            )
        if i in good_set:
            tg = f.morning(f.mins(t, 60, 240))
            f.good_news(c, tg, case or "")
        if i in apol:
            ta = f.morning(f.mins(t, 16 * 60, 24 * 60))
            ch2 = f.rng.choice(["chat", "email"])
            if ch2 == "chat":
                info["apology_event_id"] = f.add(c, ta, "chat", "chat", f.pick(W.APOLOGY, lang))
            else:
                info["apology_event_id"] = f.add(
                    c,
                    ta,
                    "email",
                    "message",
                    f.pick(W.APOLOGY, lang),
                    "Re: " + W.CASE_OPENED[lang][0].format(case=case),
                )
            info["apology_at"] = iso(ta)
        ok_days = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        days = sorted(f.rng.sample(ok_days, min(len(ok_days), f.rng.randint(1, 5))))
        f.acts_on_days(c, days, 8, 20, survey=False)
        c.info.update(info)
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control")
        f.acts_on_days(c, sorted(f.rng.sample(range(12), f.rng.randint(4, 7))), 8, 20)
    return f


def repeat_run(
    f: Fam, c: Cust, first_day: int, problem: str, contacts: int, quality: bool, comp: str | None
) -> None:
    lang = c.lang
    case = f.case()
    t = f.at(first_day, 8, 19)
    first_ch = f.rng.choice(["web", "web", "email", "chat", "phone"])
    eid, _ = f.complaint(c, t, problem, first_ch, case)
    ids = [eid]
    chans = [first_ch]
    if quality:
        tq = f.morning(f.mins(t, 90, 150))
        s, body = W.QUALITY_LEAD[lang]
        ag = f.agent(lang)
        f.add(
            c,
            tq,
            "email",
            "message",
            body.format(first=c.first, case=case, agent=ag),
            s.format(case=case),
            out=True,
            agent=ag,
        )
    prev = t
    pool = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    f.rng.shuffle(pool)
    weekday = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][
        t.weekday()
    ]
    day_word = {
        "en": f"on {weekday}",
        "pt": "no outro dia",
        "fr": "l'autre jour",
        "es": "el otro día",
        "de": "neulich",
        "it": "l'altro giorno",
    }[lang]
    for k in range(2, contacts + 1):
        tk = f.morning(f.mins(prev, 4 * 60, 40 * 60))
        ch = pool.pop()
        if k == 2:
            text = f.rng.choice(W.REPEAT_2[lang]).format(case=case, day=day_word)
        elif k == 3:
            text = f.rng.choice(W.REPEAT_3[lang]).format(case=case, comp=comp)
        else:
            text = f.rng.choice(W.REPEAT_4[lang]).format(case=case)
        subj = W.REPEAT_SUBJECT[lang].format(case=case)
        if ch == "email":
            ids.append(f.add(c, tk, "email", "message", text, subj))
        elif ch == "chat":
            ids.append(f.add(c, tk, "chat", "chat", text))
            f.add(
                c,
                f.mins(tk, 1, 5),
                "chat",
                "chat",
                W.CHAT_ADDED[lang].format(case=case),
                out=True,
                agent=f.agent(lang),
            )
        elif ch == "phone":
            ids.append(f.add(c, tk, "phone", "call", speech(text)))
        elif ch == "web":
            ids.append(f.add(c, tk, "web", "ticket", text, subj, attrs={"page": "/help/contact"}))
        else:
            ids.append(f.add(c, tk, "social", "mention", text))
        chans.append(ch)
        prev = tk
    c.info.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": contacts,
            "channels": chans,
            "channel": first_ch,
            "problem_event_ids": ids,
            "agent_passed_on": quality,
            "competitor": comp,
            "trouble_starts_at": iso(t),
        }
    )


def fixed_case(
    f: Fam, c: Cust, t: datetime, problem: str, first_ch: str, confirm_lang: str | None = None
) -> dict[str, Any]:
    case = f.case()
    eid, t_ans = f.complaint(c, t, problem, first_ch, case)
    tf = f.morning(f.mins(t_ans, 3 * 60, 20 * 60))
    orig = c.lang
    if confirm_lang:
        c.lang = confirm_lang
    f.good_news(c, tf, case)
    tc = f.morning(f.mins(tf, 8 * 60, 30 * 60))
    cch = f.rng.choice(["email", "chat"])
    ceid = f.confirm(c, tc, case, cch)
    c.lang = orig
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": first_ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 4, 20, tzinfo=UTC),
        10,
        "customers whose one problem stays open over 2-4 contacts, fixed cases, two problems, frequent writers",
    )
    counts = [2] * 4 + [3] * 4 + [4] * 4
    quality = [True, False] * 6
    for i, n in enumerate(counts):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], TOL["repeat"])
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12), survey=False)
        comp = W.COMPETITORS[i % 2] if n >= 3 else None
        repeat_run(f, c, f.rng.randint(1, 4), PROBLEMS[i % 6], n, quality[i], comp)
    for i in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", [], TOL["silence"])
        f.happy(c, f.at(0, 8, 12), survey=False)
        p = fixed_case(
            f,
            c,
            f.at(f.rng.randint(1, 4), 8, 18),
            PROBLEMS[(i + 2) % 6],
            f.rng.choice(["web", "email", "chat"]),
        )
        c.info.update(
            {
                "problems": [p],
                "trouble_starts_at": p["raised_at"],
                "booking": p["booking"],
                "problem": p["problem"],
            }
        )
    for i in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", [], TOL["silence"])
        d1 = f.rng.randint(0, 2)
        p1 = fixed_case(f, c, f.at(d1, 8, 18), PROBLEMS[i], f.rng.choice(["web", "email"]))
        p2 = fixed_case(
            f,
            c,
            f.at(d1 + f.rng.randint(4, 5), 8, 18),
            PROBLEMS[i + 3],
            f.rng.choice(["chat", "email", "phone"]),
        )
        c.info.update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer")
        f.acts_on_days(
            c,
            sorted(f.rng.sample(range(10), f.rng.randint(5, 8))),
            8,
            19,
            kinds=["chat", "chat", "email", "phone", "buy"],
        )
    return f


def slide(
    f: Fam, c: Cust, start_day: int, span: int, comp: str, nps: bool, langs: list[str] | None = None
) -> None:
    t = f.at(start_day, 8, 20)
    ids = []
    ratings = ["3", "3", "2", "2", "1", "1"]
    first = t
    t4 = t
    for k in range(6):
        if k:
            t = f.morning(
                max(
                    first
                    + timedelta(hours=span * 24 * k / 5)
                    + timedelta(minutes=f.rng.randrange(-90, 90)),
                    t + timedelta(hours=1),
                )
            )
        lang = langs[k % 2] if langs else c.lang
        text = f.fill(W.SLIDE[lang][k], c, comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "social":
            ids.append(f.add(c, t, "social", "mention", text))
        elif ch == "community":
            ids.append(f.add(c, t, "community", "post", text))
        else:
            ids.append(
                f.add(c, t, "web", "review", text, attrs={"rating": ratings[k], "page": "/reviews"})
            )
        if k == 3:
            t4 = t
    c.info.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(first),
            "nps_given": nps,
        }
    )
    if nps:
        ts = f.morning(f.mins(t4, 150, 210))
        n = f.rng.randint(1, 5)
        c.info["nps"] = n
        c.info["survey_event_id"] = f.add(
            c,
            ts,
            "survey",
            "survey_response",
            f.pick(W.LOW_NPS_WORD, c.lang) or None,
            scores={"nps": n},
            attrs={"survey": "nps"},
        )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 1, tzinfo=UTC),
        32,
        "sliding customers, leavers, steady, steadily grumpy and sarcastic customers",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        nps = i % 2 == 0
        c = f.person(
            f.lang(),
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if nps else []),
            TOL["slider"],
        )
        days = sorted(f.rng.sample(range(11), f.rng.randint(6, 9)))
        for j, d in enumerate(days):
            f.happy(
                c,
                f.at(d, 8, 20),
                kinds=["praise", "again"]
                if j % 2 == 0 or j < 4
                else ["chat", "buy", "view", "review", "email"],
                survey=False,
            )
        slide(f, c, f.rng.randint(12, 16), spans[i], W.COMPETITORS[i % 2], nps)
    for _ in range(5):
        c = f.person(f.lang(), "slow_churner", "asks to cancel", ["churn_intent"], TOL["leaver"])
        f.acts_on_days(c, sorted(f.rng.sample(range(16), f.rng.randint(4, 6))), 8, 20, survey=False)
        t = f.at(f.rng.randint(17, 23), 8, 20)
        subj, body = f.pick(W.LEAVE, c.lang)
        eid = f.add(c, t, "email", "message", f.fill(body, c), subj)
        s, a = W.SORRY_GO[c.lang]
        ag = f.agent(c.lang)
        f.add(
            c,
            f.morning(f.mins(t, 60, 300)),
            "email",
            "message",
            a.format(first=c.first, agent=ag),
            s,
            out=True,
            agent=ag,
        )
        tc = f.mins(t, 20 * 60, 30 * 60)
        cid = f.add(
            c, tc, "web", "cancellation", attrs={"page": "/care/plan/cancel", "product": W.PLAN}
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
        c = f.person(f.lang(), "happy", "steady")
        f.acts_on_days(c, sorted(f.rng.sample(range(32), f.rng.randint(6, 10))), 8, 20)
    for _ in range(5):
        c = f.person(f.lang(), "steadily_grumpy", "grumbles", [], TOL["grumpy"])
        d = f.rng.randint(0, 4)
        ids = []
        first = None
        lines = list(W.GRUMPY[c.lang])
        f.rng.shuffle(lines)
        for k in range(f.rng.randint(5, 7)):
            t = f.at(d, 8, 21)
            first = first or t
            text = f.fill(lines[k % len(lines)], c)
            ch = f.rng.choice(["social", "community", "web", "review"])
            if ch == "social":
                ids.append(f.add(c, t, "social", "mention", text))
            elif ch == "community":
                ids.append(f.add(c, t, "community", "post", text))
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            d += f.rng.randint(1, 3)
        for _ in range(f.rng.randint(0, 2)):
            f.buy(c, f.at(f.rng.randint(0, 30), 9, 19))
        c.info.update(
            {"grumble_event_ids": ids, "trouble_starts_at": iso(first) if first else None}
        )
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", [], TOL["silence"])
        f.acts_on_days(c, sorted(f.rng.sample(range(17), f.rng.randint(3, 6))), 8, 20)
        t = f.at(f.rng.randint(17, 28), 9, 21)
        c.info["sarcasm_event_id"] = f.add(
            c, t, "social", "mention", f.fill(f.pick(W.SARCASM, c.lang), c)
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 7, 10, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in bursts",
    )
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        f.acts_on_days(c, sorted(f.rng.sample(range(3), f.rng.randint(1, 3))), 7, 17.5)
    for i in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], TOL["silence"])
        t = f.at(f.rng.randint(0, 2), 8, 17)
        if i % 2:
            t = f.buy(c, t)
        else:
            f.add(c, t, "web", "page_view", attrs={"page": "/book/centre"})
        tg = f.mins(t, 20, 30)
        q, a = f.pick(W.MILD, c.lang)
        if i < 2:
            c.info["grumble_event_id"] = f.add(c, tg, "chat", "chat", q)
            f.add(c, f.mins(tg, 1, 5), "chat", "chat", a, out=True, agent=f.agent(c.lang))
        else:
            c.info["grumble_event_id"] = f.add(
                c, tg, "web", "ticket", q, attrs={"page": "/help/contact"}
            )
            s, body = W.FORM_ACK[c.lang]
            ag = f.agent(c.lang)
            f.add(
                c,
                f.mins(tg, 20, 60),
                "email",
                "message",
                body.format(first=c.first, agent=ag),
                s,
                out=True,
                agent=ag,
            )
        c.info["trouble_starts_at"] = iso(tg)
    n = 0
    for night in range(1, 4):
        base = f.start + timedelta(days=night) + timedelta(minutes=f.rng.randrange(40, 66))
        starts = [
            base,
            base + timedelta(minutes=f.rng.randint(28, 33)),
            base + timedelta(minutes=f.rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                n += 1
                c = f.person(
                    f.lang(),
                    "night_owl",
                    f"night {night}, burst {b + 1}",
                    job=f.rng.choice(NIGHT_JOBS),
                )
                t = f.mins(bs, 0, 9)
                if f.rng.random() < 0.5:
                    q, a = f.pick(W.NIGHT_CHAT, c.lang)
                    f.chat(c, t, q, a, thanks=1.0)
                    eid = next(r.eid for r in f.rows if r.cust is c and not r.out)
                else:
                    f.post(c, t, f.pick(W.NIGHT_POST, c.lang))
                    eid = f.rows[-1].eid
                c.info.update({"burst_at": iso(bs), "night_event_id": eid})
                if n % 2 == 0:
                    d = f.rng.choice([x for x in range(3) if x != night - 1] or [0])
                    f.happy(c, f.at(d, 9, 17.5), kinds=["praise", "buy", "view", "review"])
    return f


BILINGUAL_PAIRS = (
    [("en", "pt")] * 5
    + [("pt", "en")] * 5
    + [("pt", "fr")] * 2
    + [("fr", "pt")] * 2
    + [
        ("en", "es"),
        ("en", "de"),
        ("pt", "es"),
        ("es", "pt"),
        ("en", "fr"),
        ("de", "en"),
        ("it", "en"),
        ("pt", "it"),
        ("fr", "en"),
        ("en", "it"),
        ("pt", "de"),
        ("de", "pt"),
        ("es", "en"),
    ]
)


def pair_market(f: Fam, a: str, b: str) -> str:
    ma = {m for m, _ in LANG_MARKETS[a]}
    mb = {m for m, _ in LANG_MARKETS[b]}
    both = sorted(ma & mb)
    return f.rng.choice(both) if both else f.rng.choice(sorted(ma | mb))


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 8, 3, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    pairs = list(BILINGUAL_PAIRS)
    f.rng.shuffle(pairs)
    # bad day as a long e-mail needs an en/pt second language: put one such pair at index 22
    idx = next(i for i, p in enumerate(pairs) if p[1] in ("en", "pt") and i < 22)
    pairs[idx], pairs[22] = pairs[22], pairs[idx]

    def mk(i: int, persona: str, habit: str, exp: list[str], tol: list[str]) -> Cust:
        a, b = pairs[i]
        c = f.person(a, persona, habit, exp, tol, market=pair_market(f, a, b))
        c.info.update({"languages": [a, b], "job_second_language": SECOND_WHY[b]})
        return c

    def alt(c: Cust, days: list[int], kinds: list[str] | None = None) -> None:
        a, b = c.info["languages"]
        for j, d in enumerate(days):
            c.lang = a if j % 2 == 0 else b
            f.happy(c, f.at(d, 8, 20), kinds=kinds)
        c.lang = a

    for i in range(12):
        c = mk(i, "happy", "alternates languages", [], [])
        alt(c, sorted(f.rng.sample(range(14), f.rng.randint(5, 8))))
    counts = [2, 2, 3, 3, 4]
    for k, i in enumerate(range(12, 17)):
        c = mk(i, "repeat_contact", "repeats", ["repeat_contact"], TOL["repeat"])
        alt(
            c,
            sorted(f.rng.sample(range(2), f.rng.randint(1, 2))),
            kinds=["praise", "buy", "chat", "view"],
        )
        a, b = c.info["languages"]
        # contacts alternate language: run each contact in its own language
        case = f.case()
        t = f.at(f.rng.randint(2, 5), 8, 19)
        prob = PROBLEMS[k]
        first_ch = f.rng.choice(["web", "email"])
        eid, _ = f.complaint(c, t, prob, first_ch, case)
        if counts[k] >= 3:
            s, body = W.QUALITY_LEAD[a]
            ag = f.agent(a)
            f.add(
                c,
                f.morning(f.mins(t, 90, 150)),
                "email",
                "message",
                body.format(first=c.first, case=case, agent=ag),
                s.format(case=case),
                out=True,
                agent=ag,
            )
        ids, chans, prev = [eid], [first_ch], t
        pool = ["chat", "phone", "social", "email" if first_ch == "web" else "web"]
        comp = W.COMPETITORS[k % 2] if counts[k] >= 3 else None
        for n in range(2, counts[k] + 1):
            lang = b if n % 2 == 0 else a
            tk = f.morning(f.mins(prev, 4 * 60, 40 * 60))
            ch = pool[n - 2]
            tbl = W.REPEAT_2 if n == 2 else W.REPEAT_3 if n == 3 else W.REPEAT_4
            text = f.rng.choice(tbl[lang]).format(
                case=case,
                comp=comp,
                day={
                    "en": "last week",
                    "pt": "na semana passada",
                    "fr": "la semaine dernière",
                    "es": "la semana pasada",
                    "de": "letzte Woche",
                    "it": "la settimana scorsa",
                }[lang],
            )
            if ch == "chat":
                ids.append(f.add(c, tk, "chat", "chat", text))
                f.add(
                    c,
                    f.mins(tk, 1, 5),
                    "chat",
                    "chat",
                    W.CHAT_ADDED[lang].format(case=case),
                    out=True,
                    agent=f.agent(lang),
                )
            elif ch == "phone":
                ids.append(f.add(c, tk, "phone", "call", speech(text)))
            elif ch == "social":
                ids.append(f.add(c, tk, "social", "mention", text))
            elif ch == "email":
                ids.append(
                    f.add(c, tk, "email", "message", text, W.REPEAT_SUBJECT[lang].format(case=case))
                )
            else:
                ids.append(
                    f.add(
                        c,
                        tk,
                        "web",
                        "ticket",
                        text,
                        W.REPEAT_SUBJECT[lang].format(case=case),
                        attrs={"page": "/help/contact"},
                    )
                )
            chans.append(ch)
            prev = tk
        c.info.update(
            {
                "problem": prob,
                "booking": case,
                "contacts": counts[k],
                "channels": chans,
                "channel": first_ch,
                "problem_event_ids": ids,
                "agent_passed_on": counts[k] >= 3,
                "competitor": comp,
                "trouble_starts_at": iso(t),
            }
        )
    for k, i in enumerate(range(17, 22)):
        c = mk(i, "slow_churner", "slides", ["sentiment_drop"], TOL["slider"])
        a, b = c.info["languages"]
        days = sorted(f.rng.sample(range(6), 5))
        for j, d in enumerate(days):
            c.lang = a if j % 2 == 0 else b
            f.happy(c, f.at(d, 8, 20), kinds=["praise", "again"])
        c.lang = a
        alt(c, sorted(f.rng.sample(range(6), f.rng.randint(1, 3))), kinds=["buy", "view", "chat"])
        slide(
            f,
            c,
            f.rng.randint(7, 8),
            f.rng.choice([3, 4, 5]),
            W.COMPETITORS[k % 2],
            False,
            langs=[a, b],
        )
    for k, i in enumerate(range(22, 25)):
        c = mk(i, "happy_one_bad_day", "one bad day", [], TOL["silence"])
        a, b = c.info["languages"]
        alt(c, [0, 1, 11, 13][: f.rng.randint(2, 4)])
        c.lang = b
        t = f.at(f.rng.randint(4, 8), 8, 20)
        ch = ["long", "email", "chat"][k]
        if ch == "long" and b not in W.LONG_EMAIL:
            ch = "email"
        case = f.case()
        eid, _ = f.complaint(c, t, PROBLEMS[k + 1], ch, case)
        c.info.update(
            {
                "problem": PROBLEMS[k + 1],
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": b,
                "long_email": ch == "long",
                "trouble_starts_at": iso(t),
                "channel": "email" if ch == "long" else ch,
            }
        )
        if ch in ("long", "email"):
            f.good_news(c, f.morning(f.mins(t, 60, 240)), case)
        if ch == "email":
            ta = f.morning(f.mins(t, 18 * 60, 24 * 60))
            c.info["apology_event_id"] = f.add(c, ta, "chat", "chat", f.pick(W.APOLOGY, b))
            c.info["apology_at"] = iso(ta)
        c.lang = a
    for k, i in enumerate(range(25, 27)):
        c = mk(i, "resolved_between_contacts", "fixed", [], TOL["silence"])
        a, b = c.info["languages"]
        alt(c, [0, 2], kinds=["praise", "buy"])
        p = fixed_case(
            f, c, f.at(f.rng.randint(4, 8), 8, 18), PROBLEMS[k + 4], "web", confirm_lang=b
        )
        c.info.update({"problems": [p], "trouble_starts_at": p["raised_at"], "confirm_language": b})
    return f


B2B_COMPANIES = {
    "en": [
        ("Harrowgate Joinery Ltd", "joinery"),
        ("Tyneside Bottling Co", "bottling"),
        ("Pennant Print Works", "printing"),
        ("Kilbride Quarries", "quarry"),
        ("Marlow Airside Services", "airport"),
        ("Caldew Sawmills", "sawmill"),
    ],
    "pt": [
        ("Metalúrgica do Vale, Lda", "foundry"),
        ("Cortiças Ribeiro SA", "cork"),
        ("Transportes Albufeira", "logistics"),
        ("Estaleiros do Sado", "shipyard"),
        ("Têxteis Mondego", "textile"),
        ("Câmara Municipal de Ourém", "municipality"),
    ],
    "fr": [("Menuiserie Lacombe", "joinery")],
    "es": [("Talleres Beltrán SL", "metalwork")],
    "de": [("Stanzwerk Kohler GmbH", "pressing")],
    "it": [("Officine Moretti srl", "engineering")],
}
B2B_TITLES = [
    "Health and Safety Manager",
    "HR Officer",
    "Site Manager",
    "Plant Manager",
    "Purchasing Lead",
    "Finance Clerk",
    "Office Manager",
    "Production Supervisor",
]


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "Ouvela Work company accounts: at risk, one unhappy contact, mild remarks, happy",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = [
        "en",
        "pt",
        "en",
        "pt",
        "fr",
        "pt",
        "en",
        "es",
        "de",
        "en",
        "pt",
        "it",
        "en",
        "pt",
        "pt",
    ]
    at_risk_problem = ["portal", "invoice", "service_blocked", "invoice", "overbilled"]
    at_risk_n = [3, 3, 3, 4, 4]
    one_problem = ["service_blocked", "overbilled", "portal", "invoice"]
    used_co: dict[str, int] = {}
    for ai, kind in enumerate(kinds):
        lang = langs[ai]
        market = f.market(lang)
        j = used_co.get(lang, 0)
        used_co[lang] = j + 1
        company, site = B2B_COMPANIES[lang][j]
        while True:
            acc = f"OVW-{market}-{f.rng.randrange(1000, 10000)}"
            if unique("a" + acc):
                break
        domain = ascii_of(company.split(",")[0].split(" ")[0] + company.split(" ")[1]) + ".example"
        n_contacts = {
            "at_risk": f.rng.randint(4, 6),
            "one_unhappy": 3,
            "mild": f.rng.randint(3, 4),
            "happy": f.rng.randint(3, 4),
        }[kind]
        n_contacts = max(n_contacts, at_risk_n[ai] + 1) if kind == "at_risk" else n_contacts
        firsts = f.rng.sample(FIRST[lang], n_contacts)
        contacts: list[Cust] = []
        unhappy: list[Cust] = []
        for ci in range(n_contacts):
            role = "contact"
            persona, exp, tol = "b2b_happy", [], []
            if kind == "at_risk" and ci < at_risk_n[ai]:
                role, persona = "complainer", "b2b_unhappy"
                exp = ["repeat_contact"] if ci == at_risk_n[ai] - 1 else ["detractor"]
                tol = TOL["b2b_at_risk"]
            elif kind == "one_unhappy" and ci == 0:
                role, persona, exp, tol = (
                    "complainer",
                    "b2b_one_unhappy",
                    ["detractor"],
                    TOL["b2b_one"],
                )
            elif kind == "mild" and ci < 2:
                role, persona = "suggests", "b2b_mild"
            title = f.rng.choice(B2B_TITLES)
            c = f.person(
                lang,
                persona,
                role,
                exp,
                tol,
                market=market,
                account=acc,
                domain=domain,
                first=firsts[ci],
                job=title,
            )
            c.info.update({"company": company, "role": role, "job_title": title})
            contacts.append(c)
            if role == "complainer":
                unhappy.append(c)
        # routine acts
        for c in contacts:
            if c.info["role"] == "contact":
                for d in sorted(
                    f.rng.sample(
                        [x for x in range(14) if (f.start + timedelta(days=x)).weekday() < 5],
                        f.rng.randint(2, 5),
                    )
                ):
                    b2b_happy(f, c, f.at(d, 8, 16.5), survey=True)
            else:
                for d in sorted(f.rng.sample([0, 1], f.rng.randint(0, 2))):
                    b2b_happy(f, c, f.at(d, 8, 16.5), survey=False)
        trouble = None
        same = None
        if kind == "at_risk":
            same = at_risk_problem[ai]
            case = f.case()
            t = f.at(2, 8, 12)
            trouble = iso(t)
            prev = t
            first_name = unhappy[0].first
            for ui, c in enumerate(unhappy):
                if ui == 0:
                    tk = t
                    text = B.B2B_COMPLAINT[lang][same].format(arm=B.ARM)
                else:
                    tk = f.office(f.mins(prev, 8 * 60, 28 * 60))
                    wd = (
                        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][t.weekday()]
                        if tk.date() != t.date()
                        else "today"
                    )
                    text = B.B2B_LATER[lang].format(
                        colleague=first_name,
                        day=B.B2B_DAY[lang][wd],
                        case=case,
                        core_short=B.B2B_CORE_SHORT[lang][same],
                    )
                eid = f.add(
                    c,
                    tk,
                    "email",
                    "message",
                    text,
                    B.B2B_SUBJECT[lang][same] + (f" ({case})" if ui else ""),
                )
                ids = [eid]
                if ui == 0:
                    s, body = W.CASE_OPENED[lang]
                    ag = f.agent(lang)
                    f.add(
                        c,
                        f.mins(tk, 20, 60),
                        "email",
                        "message",
                        body.format(first=c.first, case=case, agent=ag),
                        s.format(case=case),
                        out=True,
                        agent=ag,
                    )
                if ui < len(unhappy) - 1:
                    ts = f.mins(tk, 60, 180)
                    n = f.rng.randint(1, 5)
                    c.info.update(
                        {
                            "nps": n,
                            "nps_given": True,
                            "survey_event_id": f.add(
                                c,
                                ts,
                                "survey",
                                "survey_response",
                                None,
                                scores={"nps": n},
                                attrs={"survey": "nps"},
                            ),
                        }
                    )
                else:
                    tl = f.office(f.mins(tk, 18 * 60, 40 * 60))
                    comp = W.COMPETITORS[ai % 2]
                    if ai == 0:
                        ids.append(
                            f.add(
                                c,
                                tl,
                                "email",
                                "message",
                                B.B2B_LAST_EMAIL[lang].format(case=case, comp=comp),
                                W.REPEAT_SUBJECT[lang].format(case=case),
                            )
                        )
                        c.info["competitor"] = comp
                    else:
                        ids.append(
                            f.add(c, tl, "phone", "call", B.B2B_LAST_CALL[lang].format(case=case))
                        )
                        c.info["competitor"] = None
                c.info.update(
                    {
                        "complaint_event_ids": ids,
                        "booking": case,
                        "problem": same,
                        "trouble_starts_at": iso(tk),
                    }
                )
                prev = tk
        elif kind == "one_unhappy":
            c = unhappy[0]
            prob = one_problem[ai - 5]
            case = f.case()
            t = f.office(f.at(f.rng.randint(3, 7), 8, 16))
            eid = f.add(
                c,
                t,
                "email",
                "message",
                B.B2B_COMPLAINT[lang][prob].format(arm=B.ARM),
                B.B2B_SUBJECT[lang][prob],
            )
            s, body = W.CASE_OPENED[lang]
            ag = f.agent(lang)
            f.add(
                c,
                f.mins(t, 20, 60),
                "email",
                "message",
                body.format(first=c.first, case=case, agent=ag),
                s.format(case=case),
                out=True,
                agent=ag,
            )
            n = f.rng.randint(1, 5)
            c.info.update(
                {
                    "complaint_event_ids": [eid],
                    "booking": case,
                    "problem": prob,
                    "trouble_starts_at": iso(t),
                    "nps": n,
                    "nps_given": True,
                    "survey_event_id": f.add(
                        c,
                        f.mins(t, 60, 180),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": n},
                        attrs={"survey": "nps"},
                    ),
                }
            )
        elif kind == "mild":
            for k, c in enumerate(contacts[:2]):
                t = f.office(f.at(f.rng.randint(2, 11), 8, 16))
                text = B.B2B_MILD[lang][k % len(B.B2B_MILD[lang])]
                eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/work/portal/feedback"})
                s, body = W.FORM_ACK[lang]
                ag = f.agent(lang)
                f.add(
                    c,
                    f.mins(t, 30, 120),
                    "email",
                    "message",
                    body.format(first=c.first, agent=ag),
                    s,
                    out=True,
                    agent=ag,
                )
                c.info.update({"mild_event_id": eid, "trouble_starts_at": iso(t)})
        f.accounts[acc] = {
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
            "same_problem": same,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk":
            f.planted["account_risk"] = f.planted.get("account_risk", 0) + 1
    return f


def b2b_happy(f: Fam, c: Cust, t: datetime, survey: bool) -> None:
    opts = ["chat", "chat", "buy", "view", "view", "praise"] + (["survey"] if survey else [])
    k = f.rng.choice(opts)
    if k == "chat":
        q, a = f.pick(B.B2B_CHAT_Q, c.lang)
        f.chat(c, t, q, a, thanks=0.5)
    elif k == "buy":
        f.buy(c, t, B.B2B_PRODUCTS)
    elif k == "view":
        f.add(c, t, "web", "page_view", attrs={"page": f.rng.choice(B.B2B_PAGES)})
    elif k == "praise":
        f.add(c, t, "community", "post", f.fill(f.pick(B.B2B_PRAISE, c.lang), c))
    else:
        f.survey(c, t)


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 10, 12, tzinfo=UTC),
        7,
        "a calm week and one planted spike of app connection failures",
    )
    spike_day = 3
    s0 = f.start + timedelta(days=spike_day, hours=18, minutes=40)
    s1 = s0 + timedelta(minutes=45)
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            f.happy(c, f.at(d, 8, 16) if d == spike_day else f.at(d, 8, 20))
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], TOL["silence"])
        q, a = W.SLOW_GRUMBLE[c.lang]
        t = f.at(0, 9, 17)
        c.info.update(
            {"grumble_event_id": f.add(c, t, "chat", "chat", q), "trouble_starts_at": iso(t)}
        )
        f.add(c, f.mins(t, 1, 5), "chat", "chat", a, out=True, agent=f.agent(c.lang))
    for lang, h in (("pt", 10.5), ("en", 15.2)):
        c = f.person(lang, "grumbles_once", "lone question", [], TOL["silence"])
        q, a = W.LONE_Q[lang]
        t = f.start + timedelta(days=2, hours=h)
        c.info.update(
            {"lone_report_event_id": f.add(c, t, "chat", "chat", q), "trouble_starts_at": iso(t)}
        )
        f.add(c, f.mins(t, 1, 5), "chat", "chat", a, out=True, agent=f.agent(lang))
    langs = ["en"] * 6 + ["pt"] * 6 + ["fr", "fr", "es", "es", "de", "de", "it", "it"]
    f.rng.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    times = sorted([s0, s1] + [s0 + timedelta(minutes=f.rng.randint(1, 44)) for _ in range(18)])
    keys, eids, rep_ids = [], [], []
    repeat_slots = [i for i, t in enumerate(times) if t <= s0 + timedelta(minutes=25)][:6]
    others = [i for i in range(20) if i not in repeat_slots]
    f.rng.shuffle(others)
    fixed_slots = set(others[:6])
    for i, t in enumerate(times):
        lang = langs[i]
        regular = i % 5 < 3
        rep = i in repeat_slots
        c = f.person(
            lang,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if rep else [],
            TOL["spike_repeat"] if rep else TOL["silence"],
        )
        if regular:
            for _ in range(f.rng.randint(1, 2)):
                f.happy(c, f.at(1, 8, 17.5), kinds=["praise", "buy", "view", "chat", "email"])
        text = f.fill(f.rng.choice(W.SPIKE[lang]), c)
        ch = chans[i]
        if ch == "social":
            eid = f.add(c, t, "social", "mention", text)
        elif ch == "community":
            eid = f.add(c, t, "community", "post", text)
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                f.mins(t, 1, 4),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[lang],
                out=True,
                agent=f.agent(lang),
            )
        elif ch == "email":
            eid = f.add(
                c, t, "email", "message", text, W.SPIKE_SUBJECT[lang].format(code=W.SPIKE_CODE)
            )
        else:
            eid = f.add(
                c,
                t,
                "web",
                "ticket",
                text,
                W.SPIKE_SUBJECT[lang].format(code=W.SPIKE_CODE),
                attrs={"page": "/help/contact"},
            )
        keys.append(c.key)
        eids.append(eid)
        c.info.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": i in fixed_slots,
            }
        )
        if rep:
            t2 = f.mins(t, 15, 50)
            ch2 = [x for x in ["email", "chat", "community"] if x != ch][repeat_slots.index(i) % 2]
            rtext = f.fill(f.rng.choice(W.SPIKE_REPEAT[lang]), c)
            if ch2 == "email":
                rid = f.add(
                    c,
                    t2,
                    "email",
                    "message",
                    rtext,
                    "Re: " + W.SPIKE_SUBJECT[lang].format(code=W.SPIKE_CODE),
                )
            elif ch2 == "chat":
                rid = f.add(c, t2, "chat", "chat", rtext)
                f.add(
                    c,
                    f.mins(t2, 1, 4),
                    "chat",
                    "chat",
                    W.SPIKE_CHAT_ANSWER[lang],
                    out=True,
                    agent=f.agent(lang),
                )
            else:
                rid = f.add(c, t2, "community", "post", rtext)
            rep_ids.append(rid)
            c.info["repeat_event_id"] = rid
        if i in fixed_slots:
            tf = s0.replace(hour=21, minute=f.rng.randint(30, 40))
            local = "22:10" if c.market in ("UK", "IE", "PT") else "23:10"
            credit = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "€10" if lang == "en" else "10 €")
            s, body = W.SPIKE_FIXED[lang]
            ag = f.agent(lang)
            f.add(
                c,
                tf,
                "email",
                "message",
                body.format(first=c.first, local=local, credit=credit, agent=ag),
                s,
                out=True,
                agent=ag,
            )
    if len(repeat_slots) != 6:
        raise SystemExit("topic_spike: fewer than six early reports")
    firsts = sorted(r.t for r in f.rows if r.eid in set(eids))
    f.spike = {
        "topic": f"hearing-aid app cannot connect to the aids after an update: no volume or program changes, error {W.SPIKE_CODE}",
        "about": "app connection failure after an update",
        "channel": None,
        "start": iso(firsts[0]),
        "end": iso(firsts[-1]),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": rep_ids,
    }
    f.planted["topic_spike"] = 1
    return f


# =============================================================================
def render(f: Fam) -> tuple[str, str]:
    rows = sorted(f.rows, key=lambda r: (r.t, r.seq))
    seen: set[str] = set()
    lines = []
    for r in rows:
        c = r.cust
        if r.t.year != 2026 or r.t < f.start or r.t >= LIMIT:
            raise SystemExit(f"{f.name}: time out of range {r.eid} {r.t}")
        full = r.out or c.key not in seen
        if not r.out:
            seen.add(c.key)
        ref: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
        elif r.channel == "phone":
            cc = PHONES[c.market][0]
            ref["phone"] = f"+{cc} {c.phone[len(cc) + 1 :]}" if f.rr.random() < 0.5 else c.phone
        elif r.channel in ("social", "community"):
            if c.handle:
                ref["handle"] = c.handle if f.rr.random() >= 0.2 else c.handle.lstrip("@")
            else:
                ref["email"] = c.email
        elif r.channel == "email":
            ref["email"] = c.email.upper() if f.rr.random() < 1 / 12 else c.email
        else:
            ref["customer_id"] = c.key
        scores = {
            "nps": r.scores.get("nps"),
            "csat": r.scores.get("csat"),
            "ces": r.scores.get("ces"),
        }
        obj = {
            "event_id": r.eid,
            "occurred_at": iso(r.t),
            "channel": r.channel,
            "kind": r.kind,
            "direction": "outbound" if r.out else "inbound",
            "customer": ref,
            "text": r.text,
            "subject": r.subject,
            "scores": scores,
            "source": SOURCES[r.channel],
            "attributes": r.attrs,
        }
        lines.append(json.dumps(obj, ensure_ascii=False))
    # truth
    counts: dict[str, int] = {}
    customers: dict[str, Any] = {}
    for c in f.custs.values():
        if c.key not in seen:
            raise SystemExit(f"{f.name}: {c.key} has no inbound touchpoint")
        if set(c.expected) & set(c.tolerated):
            raise SystemExit(f"{f.name}: {c.key} expects and tolerates a rule")
        for rule in c.expected:
            counts[rule] = counts.get(rule, 0) + 1
        entry = {
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
        entry.update(c.info)
        customers[c.key] = entry
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            counts[rule] = counts.get(rule, 0) + 1
    if f.spike:
        counts["topic_spike"] = 1
    if counts != f.planted:
        raise SystemExit(f"{f.name}: expected {counts} != planted {f.planted}")
    end = max(f.start + timedelta(days=f.days), rows[-1].t + timedelta(hours=1))
    if end >= LIMIT:
        raise SystemExit(f"{f.name}: end out of range")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": BUSINESS,
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": "2026-12-02, by hand, blind",
            "expected": dict(sorted(counts.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": customers,
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    return "\n".join(lines) + "\n", json.dumps(
        truth, ensure_ascii=False, indent=1, sort_keys=True
    ) + "\n"


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
        jsonl, truth = render(f)
        (HERE / f"{f.name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{f.name}.truth.json").write_text(truth, encoding="utf-8")
        print(f"{f.name}: {len(f.custs)} customers, {len(f.rows)} touchpoints")


if __name__ == "__main__":
    main()
