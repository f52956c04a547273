# ruff: noqa: E501
"""Build tests/scenarios/heldout69/: the sixty-ninth hand-written alert set (report only, blind).

Standard library only, fixed seed, deterministic. Run as ``python make_heldout69.py`` from anywhere.
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

SEED = 20261169
WRITTEN = "2026-12-03"
BUSINESS = (
    "Pescadra: fishing permits by app and web (day, holiday, annual, youth, night-carp, boat and fly-only permits "
    "for rivers, lakes and reservoirs run with partner angling associations, a water map with levels and closures, "
    "a catch log, Pescadra Plus yearly membership); Pescadra Pro sells guest-permit packs, club cards, competition "
    "stretches and school programmes to clubs, guides, campsites, hotels, schools and municipalities on account. "
    "Competitors (invented): Rivoka, Anglomat."
)
LANG_WEIGHTS = {"fr": 30, "pt": 30, "it": 10, "de": 10, "es": 10, "en": 10}
MARKETS = {
    "fr": ["FR", "FR", "FR", "BE", "CH", "LU"],
    "pt": ["PT"],
    "it": ["IT", "IT", "CH"],
    "de": ["DE", "DE", "AT", "CH"],
    "es": ["ES"],
    "en": ["UK", "UK", "IE"],
}
SPOKEN_BY = {
    "FR": {"fr"},
    "BE": {"fr", "de"},
    "CH": {"fr", "de", "it"},
    "LU": {"fr", "de", "pt"},
    "PT": {"pt"},
    "IT": {"it"},
    "DE": {"de"},
    "AT": {"de"},
    "ES": {"es"},
    "UK": {"en"},
    "IE": {"en"},
}
UTC_PLUS_0 = {"PT", "UK", "IE"}

FIRST = {
    "fr": [
        "Camille",
        "Julien",
        "Nathalie",
        "Thierry",
        "Élodie",
        "Pascal",
        "Aurélie",
        "Mathieu",
        "Sylvie",
        "Benoît",
        "Manon",
        "Rémi",
        "Chloé",
        "Laurent",
        "Océane",
        "Yannick",
        "Hélène",
        "Damien",
        "Justine",
        "Gérard",
        "Margaux",
        "Fabrice",
        "Léa",
        "Sébastien",
    ],
    "pt": [
        "João",
        "Ana",
        "Rui",
        "Marta",
        "Tiago",
        "Inês",
        "Nuno",
        "Catarina",
        "Pedro",
        "Sofia",
        "Hugo",
        "Beatriz",
        "Duarte",
        "Rita",
        "Miguel",
        "Joana",
        "Ricardo",
        "Patrícia",
        "Gonçalo",
        "Filipa",
        "Vasco",
        "Leonor",
        "Bruno",
        "Carla",
    ],
    "it": [
        "Luca",
        "Giulia",
        "Marco",
        "Francesca",
        "Andrea",
        "Chiara",
        "Paolo",
        "Elena",
        "Davide",
        "Sara",
        "Stefano",
        "Valentina",
    ],
    "de": [
        "Jonas",
        "Katrin",
        "Markus",
        "Sabine",
        "Florian",
        "Julia",
        "Stefan",
        "Anja",
        "Tobias",
        "Nicole",
        "Uwe",
        "Lena",
    ],
    "es": [
        "Javier",
        "Lucía",
        "Sergio",
        "Marta",
        "Pablo",
        "Elena",
        "Raúl",
        "Irene",
        "Diego",
        "Nuria",
        "Óscar",
        "Carmen",
    ],
    "en": [
        "Gareth",
        "Emma",
        "Tom",
        "Sophie",
        "Liam",
        "Megan",
        "Craig",
        "Aoife",
        "Ben",
        "Rachel",
        "Niall",
        "Hannah",
    ],
}
LAST = {
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Rousseau",
        "Chevalier",
        "Garnier",
        "Faure",
        "Perrin",
        "Morel",
        "Lambert",
        "Bonnet",
        "Mercier",
        "Blanc",
        "Guérin",
        "Boyer",
        "Roux",
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
        "Almeida",
        "Ribeiro",
        "Pinto",
        "Carvalho",
        "Teixeira",
        "Moreira",
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
    ],
    "es": [
        "García",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Martín",
        "Jiménez",
        "Ruiz",
        "Díaz",
        "Moreno",
    ],
    "en": [
        "Jones",
        "Evans",
        "Murphy",
        "Walsh",
        "Taylor",
        "Davies",
        "Byrne",
        "Hughes",
        "Kelly",
        "Wilson",
        "Roberts",
        "Doyle",
    ],
}
TOWNS = {
    "FR": ["Limoges", "Tours", "Besançon", "Vichy", "Annecy", "Périgueux"],
    "BE": ["Namur", "Dinant", "Liège"],
    "CH": ["Fribourg", "Bienne", "Lugano", "Thoune"],
    "LU": ["Ettelbruck", "Diekirch"],
    "PT": ["Viseu", "Castelo Branco", "Ponte de Lima", "Arouca", "Tomar", "Coimbra"],
    "IT": ["Vercelli", "Novara", "Trento", "Belluno"],
    "DE": ["Kempten", "Passau", "Kassel", "Freiburg"],
    "AT": ["Villach", "Steyr"],
    "ES": ["Salamanca", "León", "Cangas de Onís", "Ávila"],
    "UK": ["Hereford", "Kendal", "Monmouth"],
    "IE": ["Galway", "Westport"],
}
JOBS = [
    "electrician",
    "nurse",
    "retired teacher",
    "bus driver",
    "baker",
    "IT technician",
    "farmer",
    "postwoman",
    "plumber",
    "accountant",
    "firefighter",
    "shop owner",
    "student",
    "carpenter",
    "pharmacist",
    "lorry driver",
]
DOMAINS = [
    "mail.example",
    "correio.example",
    "courriel.example",
    "posta.example",
    "inbox.example",
    "webpost.example",
    "net.example",
]
SOURCES = {
    "email": "pescadra-mail",
    "phone": "pescadra-voice",
    "social": "pescadra-social",
    "community": "pescadra-forum",
    "chat": "pescadra-chat",
    "web": "pescadra-web",
    "survey": "pescadra-survey",
}

CUSTOMER_RULES_ALL = (
    "detractor",
    "sentiment_drop",
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_SLIDE = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_CANCEL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_B2B_UNHAPPY = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

PLANTED: dict[str, dict[str, int]] = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 6},
}
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)

USED: dict[str, set[str]] = {
    "id": set(),
    "email": set(),
    "phone": set(),
    "handle": set(),
    "ref": set(),
    "account": set(),
}


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def unique(kind: str, make: Any) -> str:
    while True:
        v = str(make())
        if v not in USED[kind]:
            USED[kind].add(v)
            return v


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


def roughen(text: str, rng: random.Random) -> str:
    if rng.random() < 0.10:
        text = strip_accents(text)
    if rng.random() < 0.125 and text[:1].isupper() and not text.startswith("Pescadra"):
        text = text[0].lower() + text[1:]
    if rng.random() < 1 / 7:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if idx:
            i = rng.choice(idx)
            w = words[i]
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def money(eur: float, market: str, lang: str, spoken: bool = False) -> str:
    if market == "UK":
        v = round(eur * 0.86)
        return f"{v} pounds" if spoken else f"£{v}"
    if market == "CH":
        v = round(eur * 0.94)
        if spoken:
            return f"{v} " + {"de": "Franken", "it": "franchi"}.get(lang, "francs")
        return f"{v} CHF"
    v = round(eur)
    if spoken:
        return f"{v} " + {"it": "euro", "de": "Euro"}.get(lang, "euros")
    return f"€{v}" if lang == "en" else f"{v} €"


def phone_for(market: str, rng: random.Random) -> str:
    def d(n: int) -> str:
        return "".join(str(rng.randrange(10)) for _ in range(n))

    pre = {
        "FR": lambda: "+33" + rng.choice("67") + d(8),
        "BE": lambda: (
            "+324"
            + rng.choice(
                [
                    "70",
                    "75",
                    "76",
                    "77",
                    "78",
                    "79",
                    "85",
                    "86",
                    "87",
                    "88",
                    "89",
                    "94",
                    "95",
                    "96",
                    "97",
                    "98",
                ]
            )
            + d(6)
        ),
        "CH": lambda: "+417" + rng.choice("5689") + d(7),
        "LU": lambda: "+3526" + rng.choice(["21", "28", "61", "91"]) + d(6),
        "PT": lambda: "+3519" + rng.choice("1236") + d(7),
        "IT": lambda: (
            "+393" + rng.choice(["20", "28", "33", "38", "40", "47", "49", "66", "88", "93"]) + d(7)
        ),
        "DE": lambda: (
            "+491" + rng.choice(["51", "52", "57", "60", "62", "70", "71", "72", "76", "79"]) + d(8)
        ),
        "AT": lambda: "+436" + rng.choice(["50", "60", "64", "76", "99"]) + d(7),
        "ES": lambda: "+34" + rng.choice("67") + d(8),
        "UK": lambda: "+447" + rng.choice("45789") + d(8),
        "IE": lambda: "+3538" + rng.choice("35679") + d(7),
    }[market]
    return unique("phone", pre)


def cc_len(market: str) -> int:
    return {
        "FR": 2,
        "BE": 2,
        "CH": 2,
        "LU": 3,
        "PT": 3,
        "IT": 2,
        "DE": 2,
        "AT": 2,
        "ES": 2,
        "UK": 2,
        "IE": 3,
    }[market]


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
    persona: str
    habit: str
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    job: str = ""
    town: str = ""
    langs: list[str] = field(default_factory=list)


@dataclass
class Row:
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


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    # ------------------------------------------------------------ people
    def lang(self) -> str:
        return self.rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        market = market or rng.choice(MARKETS[lang])
        first = rng.choice(FIRST[lang])
        last = rng.choice(LAST[lang])
        key = unique("id", lambda: f"PD{self.code}{rng.randrange(1000, 10000)}")
        fa = strip_accents(first).lower().replace(" ", "")
        la = strip_accents(last).lower().replace(" ", "").replace("ß", "ss").replace("ñ", "n")
        if domain:
            email = unique(
                "email",
                lambda: (
                    f"{fa}.{la}@{domain}"
                    if rng.random() < 0.8
                    else f"{fa[0]}{la}{rng.randrange(2, 9)}@{domain}"
                ),
            )
            handle = None
        else:
            email = unique(
                "email",
                lambda: (
                    rng.choice(
                        [
                            f"{fa}.{la}{rng.randrange(1, 99)}",
                            f"{fa}{la[:3]}{rng.randrange(10, 99)}",
                            f"{la}.{fa[0]}{rng.randrange(1, 9)}",
                        ]
                    )
                    + "@"
                    + rng.choice(DOMAINS)
                ),
            )
            handle = unique(
                "handle",
                lambda: (
                    "@"
                    + rng.choice(
                        [
                            f"{la}_{fa}{rng.randrange(1, 9)}",
                            f"{fa}{la}{rng.randrange(10, 99)}",
                            f"{fa}_{la[:5]}",
                            f"peche_{fa}{rng.randrange(1, 99)}"
                            if lang == "fr"
                            else f"{fa}{la[0]}_{rng.randrange(1, 99)}",
                        ]
                    )
                ),
            )
        c = Cust(
            key,
            lang,
            market,
            first,
            last,
            email,
            phone_for(market, rng),
            handle,
            account,
            persona,
            habit,
            job=rng.choice(JOBS),
            town=rng.choice(TOWNS[market]),
            langs=[lang],
        )
        self.custs.append(c)
        return c

    # ------------------------------------------------------------ rows
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
    ) -> str:
        self.counter += 1
        eid = f"pd69-{self.code.lower()}-{self.counter:05d}"
        if (
            text is not None
            and not out
            and kind in ("message", "chat", "post", "mention", "ticket", "review")
        ):
            text = roughen(text, self.rough)
        if text is not None and not out and channel == "social" and c.account is None:
            if "Pescadra" in text:
                i = text.rfind("Pescadra")
                if text[i - 1 : i] != "@":
                    text = text[:i] + "@" + text[i:]
            else:
                text = "@Pescadra " + text
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        self.rows.append(Row(eid, t, c, channel, kind, out, text, subject, dict(scores or {}), a))
        return eid

    def agent(self, lang: str) -> str:
        return str(self.rng.choice(W.AGENTS[lang]))

    def sign(self, lang: str, agent: str) -> str:
        return str(W.SIGN[lang].format(agent=agent))

    def reply(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        text: str,
        subject: str | None = None,
        lang: str | None = None,
        agent: str | None = None,
        kind: str | None = None,
    ) -> str:
        lang = lang or c.lang
        ag = agent or self.agent(lang)
        body = text.replace("{sign}", self.sign(lang, ag))
        return self.add(
            c,
            t,
            channel,
            kind or ("chat" if channel == "chat" else "message"),
            body,
            subject,
            out=True,
            attrs={"agent": ag},
        )

    def ref(self) -> str:
        return unique("ref", lambda: f"PD-{self.rng.randrange(100000, 1000000)}")

    # ------------------------------------------------------------ time
    def at(self, day: int, h: int, m: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=h, minutes=m)

    def daytime(self, day: int, lo: float = 7, hi: float = 21) -> datetime:
        mins = self.rng.randrange(int(lo * 60), int(hi * 60))
        return self.start + timedelta(days=day, minutes=mins, seconds=self.rng.randrange(60))

    def denight(self, t: datetime) -> datetime:
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
            return base + timedelta(minutes=self.rng.randrange(60))
        if t.hour < 7:
            return t.replace(hour=8, minute=0, second=0) + timedelta(minutes=self.rng.randrange(60))
        return t

    def office(self, t: datetime) -> datetime:
        if t.weekday() < 5 and 8 <= t.hour < 17:
            return t
        nxt = t if t.hour < 8 else t + timedelta(days=1)
        nxt = nxt.replace(hour=8, minute=0, second=0)
        while nxt.weekday() >= 5:
            nxt += timedelta(days=1)
        return nxt + timedelta(minutes=self.rng.randrange(5, 50))

    def mins(self, lo: float, hi: float) -> timedelta:
        return timedelta(seconds=self.rng.randrange(int(lo * 60), int(hi * 60)))

    # ------------------------------------------------------------ acts
    def happy(
        self,
        c: Cust,
        t: datetime,
        lang: str | None = None,
        allow: tuple[str, ...] = (
            "praise",
            "gripe",
            "chat",
            "mail",
            "call",
            "buy",
            "view",
            "review",
            "survey",
        ),
    ) -> list[str]:
        rng = self.rng
        lang = lang or c.lang
        kind = rng.choice(allow)
        ids: list[str] = []
        if kind == "praise":
            ch = rng.choice(["community", "social"])
            ids.append(
                self.add(
                    c, t, ch, "post" if ch == "community" else "mention", rng.choice(W.PRAISE[lang])
                )
            )
        elif kind == "gripe":
            ch = rng.choice(["community", "social"])
            ids.append(
                self.add(
                    c, t, ch, "post" if ch == "community" else "mention", rng.choice(W.GRIPE[lang])
                )
            )
        elif kind == "chat":
            q, a = rng.choice(W.CHAT_Q[lang])
            ids.append(self.add(c, t, "chat", "chat", q))
            t2 = t + self.mins(1, 6)
            self.reply(c, t2, "chat", a, lang=lang)
            if rng.random() < 0.6:
                ids.append(
                    self.add(c, t2 + self.mins(1, 4), "chat", "chat", rng.choice(W.THANKS[lang]))
                )
        elif kind == "mail":
            s, q, a = rng.choice(W.MAIL_Q[lang])
            ids.append(
                self.add(c, t, "email", "message", q.format(sign="{sign}", first=c.first), s)
            )
            self.reply(
                c,
                self.denight(t + self.mins(60, 300)),
                "email",
                a.replace("{first}", c.first),
                "RE: " + s,
                lang=lang,
            )
        elif kind == "call":
            q, a = rng.choice(W.CALL_Q[lang])
            ids.append(self.add(c, t, "phone", "call", q))
            self.reply(c, t + self.mins(10, 40), "email", a.replace("{first}", c.first), lang=lang)
        elif kind == "buy":
            label, price, page = rng.choice(W.PRODUCTS)
            ids.append(self.add(c, t, "web", "page_view", attrs={"page": page}))
            ids.append(self.buy(c, t + self.mins(2, 10), label, price, page))
        elif kind == "view":
            ids.append(self.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)}))
        elif kind == "review":
            r, txt = rng.choice(W.REVIEW[lang])
            ids.append(
                self.add(c, t, "web", "review", txt, attrs={"rating": str(r), "page": "/reviews"})
            )
        else:
            ids.append(self.happy_survey(c, t, lang))
        return ids

    def buy(self, c: Cust, t: datetime, label: str, price: float, page: str) -> str:
        cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
        v = price * {"GBP": 0.86, "CHF": 0.94}.get(cur, 1.0)
        return self.add(
            c,
            t,
            "web",
            "purchase",
            attrs={"order_value": f"{v:.2f}", "currency": cur, "product": label, "page": page},
        )

    def happy_survey(self, c: Cust, t: datetime, lang: str) -> str:
        rng = self.rng
        s = rng.choice(["nps", "csat", "ces"])
        val = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}[s]
        word = rng.choice(W.SURVEY_WORD[lang])
        return self.add(
            c, t, "survey", "survey_response", word or None, scores={s: val}, attrs={"survey": s}
        )

    def happy_days(
        self,
        c: Cust,
        days: list[int],
        lo: float = 7,
        hi: float = 19,
        allow: tuple[str, ...] | None = None,
        alt: bool = False,
    ) -> None:
        for i, d in enumerate(days):
            lang = c.langs[i % len(c.langs)] if alt else c.lang
            if allow:
                self.happy(c, self.daytime(d, lo, hi), lang, allow)
            else:
                self.happy(c, self.daytime(d, lo, hi), lang)

    def pick_days(self, lo: int, hi: int, n: int, avoid: set[int] | None = None) -> list[int]:
        pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
        return sorted(self.rng.sample(pool, min(n, len(pool))))

    # ------------------------------------------------------------ output
    def ident(self, r: Row, full: bool) -> dict[str, Any]:
        c = r.cust
        rng = self.rough
        cid: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            cid.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
        elif r.channel == "phone":
            n = cc_len(c.market) + 1
            cid["phone"] = c.phone[:n] + " " + c.phone[n:] if rng.random() < 0.5 else c.phone
        elif r.channel in ("social", "community"):
            if c.handle:
                cid["handle"] = c.handle if rng.random() >= 0.2 else c.handle.lstrip("@")
            else:
                cid["email"] = c.email
        elif r.channel == "email":
            cid["email"] = c.email.upper() if rng.random() < 1 / 12 else c.email
        else:
            cid["customer_id"] = c.key
        return cid

    def finish(self) -> tuple[str, str]:
        self.rows.sort(key=lambda r: (r.t, r.eid))
        seen: set[str] = set()
        lines = []
        for r in self.rows:
            if r.t.year != 2026 or r.t < self.start or r.t >= LIMIT:
                raise SystemExit(f"{self.name}: touchpoint out of range {r.eid} {r.t}")
            full = r.out or (r.cust.key not in seen)
            if not r.out:
                seen.add(r.cust.key)
            d: dict[str, Any] = {
                "event_id": r.eid,
                "occurred_at": iso(r.t),
                "channel": r.channel,
                "kind": r.kind,
                "direction": "outbound" if r.out else "inbound",
                "customer": self.ident(r, full),
                "text": r.text,
                "subject": r.subject,
                "scores": {
                    "nps": r.scores.get("nps"),
                    "csat": r.scores.get("csat"),
                    "ces": r.scores.get("ces"),
                },
                "source": SOURCES[r.channel],
                "attributes": r.attrs,
            }
            lines.append(json.dumps(d, ensure_ascii=False))
        for c in self.custs:
            if c.key not in seen:
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
            if set(c.expected) & set(c.tolerated):
                raise SystemExit(f"{self.name}: {c.key} both expects and tolerates")
        expected: dict[str, int] = {}
        for c in self.custs:
            for rule in c.expected:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = expected.get("topic_spike", 0) + 1
        if expected != PLANTED[self.name]:
            raise SystemExit(f"{self.name}: expected {expected} but planted {PLANTED[self.name]}")
        end = self.start + timedelta(days=self.days)
        last = self.rows[-1].t + timedelta(hours=1)
        end = max(end, last)
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end {end} too late")
        customers: dict[str, Any] = {}
        for c in self.custs:
            entry: dict[str, Any] = {
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
                "segment": "b2b" if c.account else "consumer",
                "name": f"{c.first} {c.last}",
                "job": c.job,
                "town": c.town,
            }
            entry.update(c.extra)
            customers[c.key] = entry
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
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return "\n".join(lines) + "\n", json.dumps(
            truth, ensure_ascii=False, indent=1, sort_keys=True
        ) + "\n"


def desc(c: Cust, problem: str, lang: str, rng: random.Random, spoken: bool = False) -> str:
    a, b = W.AMOUNTS[problem]
    if spoken:
        return str(
            W.SPOKEN[lang][problem].format(
                a=money(a, c.market, lang, True), b=money(b, c.market, lang, True)
            )
        )
    return str(rng.choice(W.DESC[lang][problem])).format(
        a=money(a, c.market, lang), b=money(b, c.market, lang)
    )


def complaint(f: Fam, c: Cust, t: datetime, problem: str, how: str, lang: str) -> tuple[str, str]:
    """One angry first contact; returns (event id, channel)."""
    rng = f.rng
    d = desc(c, problem, lang, rng)
    topic = W.TOPIC[lang][problem]
    if how == "long":
        body = rng.choice(W.LONG_MAIL[lang]).format(desc=d, first=c.first)
        return f.add(c, t, "email", "message", body, W.COMPLAINT[lang].format(topic=topic)), "email"
    if how == "email":
        body = f"{W.HELLO[lang]}\n{d} {rng.choice(W.ANGER[lang])}\n" + W.CLOSE_SIMPLE[lang].format(
            sign="{sign}", first=c.first
        )
        return f.add(c, t, "email", "message", body, W.COMPLAINT[lang].format(topic=topic)), "email"
    if how == "chat":
        return f.add(c, t, "chat", "chat", d), "chat"
    if how == "social":
        return f.add(c, t, "social", "mention", f"{d} {rng.choice(W.ANGER[lang])}"), "social"
    if how == "web":
        return f.add(
            c,
            t,
            "web",
            "ticket",
            f"{d} {rng.choice(W.ANGER[lang])}",
            topic,
            attrs={"page": "/help/contact"},
        ), "web"
    return f.add(c, t, "phone", "call", desc(c, problem, lang, rng, spoken=True)), "phone"


def open_case(f: Fam, c: Cust, t: datetime, channel: str, ref: str, lang: str) -> datetime:
    """The agent's first answer with the case; returns its time."""
    if channel == "chat":
        t2 = t + f.mins(1, 4)
        f.reply(c, t2, "chat", W.AG_CASE_CHAT[lang].format(ref=ref), lang=lang)
        return t2
    t2 = f.denight(t + f.mins(10, 40))
    f.reply(
        c,
        t2,
        "email",
        W.AG_CASE_MAIL[lang].format(sign="{sign}", first=c.first, ref=ref),
        W.RE_CASE[lang].format(ref=ref),
        lang=lang,
    )
    return t2


def fix_and_confirm(
    f: Fam, c: Cust, problem: str, t: datetime, how: str, lang1: str, lang2: str, conf_channel: str
) -> dict[str, Any]:
    ref = f.ref()
    eid, ch = complaint(f, c, t, problem, how, lang1)
    open_case(f, c, t, ch, ref, lang1)
    fixed = f.denight(t + f.mins(180, 1200))
    f.reply(
        c,
        fixed,
        "email",
        W.AG_GOOD_NEWS[lang2].format(sign="{sign}", first=c.first, ref=ref),
        W.RE_CASE[lang2].format(ref=ref),
        lang=lang2,
    )
    conf = f.denight(fixed + f.mins(480, 1800))
    text = f.rng.choice(W.CONFIRM[lang2]).format(ref=ref)
    if conf_channel == "email":
        cid = f.add(c, conf, "email", "message", text, W.RE_CASE[lang2].format(ref=ref))
    else:
        cid = f.add(c, conf, "chat", "chat", text)
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(conf),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": conf_channel,
    }


# ================================================================ families
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy writers only: daytime, night writers and survey answerers; nothing to warn about",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.pick_days(0, 9, rng.randint(5, 8)), 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.pick_days(0, 8, rng.randint(2, 4)):
            t = f.at(d, 22, 12) + f.mins(0, 378)
            if rng.random() < 0.5:
                f.add(
                    c,
                    t,
                    rng.choice(["social", "community"]),
                    "post" if rng.random() < 0.5 else "mention",
                    rng.choice(W.NIGHT_POST[c.lang]),
                )
            else:
                q, a = rng.choice(W.NIGHT_CHAT[c.lang])
                f.add(c, t, "chat", "chat", q)
                t2 = t + f.mins(1, 5)
                f.reply(c, t2, "chat", a)
                f.add(c, t2 + f.mins(1, 3), "chat", "chat", rng.choice(W.THANKS[c.lang]))
        f.happy_days(
            c, f.pick_days(0, 9, rng.randint(2, 3)), 9, 18, ("praise", "buy", "view", "review")
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.pick_days(0, 9, rng.randint(3, 6)):
            f.happy_survey(c, f.daytime(d, 8, 20), c.lang)
    for c in f.custs:
        if c.habit == "night writer":
            for r in f.rows:
                if r.cust is c and r.kind == "mention" and r.channel != "social":
                    r.kind = "post"
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one bad day each, some giving a low score; 8 happy controls",
    )
    rng = f.rng
    hows = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = [p for p in W.PROBLEMS for _ in range(4)]
    rng.shuffle(probs)
    long_langs = ["fr", "fr", "pt", "pt"]
    plan = list(zip(hows, probs, strict=True))
    cased = [i for i, (h, _) in enumerate(plan) if h != "social"]
    rng.shuffle(cased)
    nps_set = set(cased[:6])
    csat_set = set(cased[6:11])
    good = cased[:]
    rng.shuffle(good)
    good_set = set(good[:12])
    apolog = set([i for i in good if i in good_set][:5])
    for i, (how, prob) in enumerate(plan):
        lang = long_langs.pop(0) if how == "long" else None
        persona = "bad_day_detractor" if i in nps_set else "happy_one_bad_day"
        c = f.person(persona, "one bad day", lang)
        c.tolerated = ["silence"]
        if i in nps_set:
            c.expected = ["detractor"]
        bd = rng.randint(2, 9)
        t = f.daytime(bd, 8, 20)
        days = [d for d in range(0, 12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(
            c,
            sorted(rng.sample(days, rng.randint(1, 5))),
            7,
            19,
            ("praise", "gripe", "chat", "mail", "buy", "view", "review"),
        )
        eid, ch = complaint(f, c, t, prob, how, c.lang)
        ex: dict[str, Any] = {
            "problem": prob,
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(t),
            "channel": ch,
            "long_email": how == "long",
            "booking": None,
            "agent_fixed": False,
            "apologised": False,
            "nps_given": False,
            "csat_given": False,
        }
        if how != "social":
            ref = f.ref()
            ex["booking"] = ref
            open_case(f, c, t, ch, ref, c.lang)
            if i in nps_set:
                v = rng.randint(1, 5)
                sid = f.add(
                    c,
                    t + f.mins(100, 140),
                    "survey",
                    "survey_response",
                    rng.choice(W.LOW_NPS_WORD[c.lang]) or None,
                    scores={"nps": v},
                    attrs={"survey": "nps"},
                )
                ex.update(nps_given=True, nps=v, survey_event_id=sid)
            elif i in csat_set:
                v = rng.randint(1, 2)
                sid = f.add(
                    c,
                    t + f.mins(40, 80),
                    "survey",
                    "survey_response",
                    rng.choice(W.LOW_CSAT_WORD[c.lang]) or None,
                    scores={"csat": v},
                    attrs={"survey": "csat"},
                )
                ex.update(csat_given=True, csat=v, survey_event_id=sid)
            if i in good_set:
                f.reply(
                    c,
                    f.denight(t + f.mins(60, 240)),
                    "email",
                    W.AG_GOOD_NEWS[c.lang].format(sign="{sign}", first=c.first, ref=ref),
                    W.RE_CASE[c.lang].format(ref=ref),
                )
                ex["agent_fixed"] = True
                if i in apolog:
                    ta = f.denight(t + f.mins(960, 1440))
                    ach = rng.choice(["chat", "email"])
                    aid = f.add(
                        c,
                        ta,
                        ach,
                        "chat" if ach == "chat" else "message",
                        W.APOLOGY[c.lang],
                        None if ach == "chat" else W.RE_CASE[c.lang].format(ref=ref),
                    )
                    ex.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
        c.extra = ex
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.pick_days(0, 11, rng.randint(4, 7)), 7, 19)
    return f


def repeat_run(
    f: Fam, c: Cust, first_day: int, count: int, first_channel: str, quality: bool, langs: list[str]
) -> None:
    rng = f.rng
    prob = rng.choice(W.PROBLEMS)
    ref = f.ref()
    t = f.daytime(first_day, 8, 19)
    how = {"web": "web", "email": "email", "chat": "chat", "phone": "phone"}[first_channel]
    eid, ch = complaint(f, c, t, prob, how, langs[0])
    open_case(f, c, t, ch, ref, langs[0])
    if quality:
        f.reply(
            c,
            f.denight(t + f.mins(90, 150)),
            "email",
            W.AG_QUALITY[langs[0]].format(sign="{sign}", first=c.first, ref=ref),
            W.RE_CASE[langs[0]].format(ref=ref),
            lang=langs[0],
        )
    ids = [eid]
    used = {ch}
    channels = [x for x in ["email", "chat", "phone", "web", "social"] if x not in used]
    rng.shuffle(channels)
    comp = rng.choice(W.COMPETITORS) if count >= 3 else None
    tt = t
    for n in range(2, count + 1):
        lang = langs[(n - 1) % len(langs)]
        tt = f.denight(tt + f.mins(240, 2400))
        ch2 = channels.pop()
        d = desc(c, prob, lang, rng)
        if n == 4:
            text = W.FOURTH[lang].format(ref=ref) + " " + d
        else:
            text = rng.choice(W.AGAIN[lang]).format(
                ref=ref, desc=d, nth=W.NTH.get(lang, {}).get(n, str(n))
            )
        if n == 3 and comp:
            text += " " + rng.choice(W.THIRD[lang]).format(comp=comp)
        if ch2 == "phone":
            spoken = W.CALL_AGAIN[lang].format(ref=ref)
            if n == 3 and comp:
                spoken += " " + rng.choice(W.THIRD[lang]).format(comp=comp).rstrip(".").lower()
            if n == 4:
                spoken += (
                    " "
                    + {
                        "fr": "c'est la quatrième fois",
                        "pt": "é a quarta vez",
                        "it": "è la quarta volta",
                        "de": "das ist das vierte Mal",
                        "es": "es la cuarta vez",
                        "en": "this is the fourth time",
                    }[lang]
                )
            ids.append(f.add(c, tt, "phone", "call", spoken))
        elif ch2 == "chat":
            ids.append(f.add(c, tt, "chat", "chat", text))
            f.reply(c, tt + f.mins(1, 5), "chat", W.AG_URGENT[lang].format(ref=ref), lang=lang)
        elif ch2 == "email":
            ids.append(f.add(c, tt, "email", "message", text, W.RE_CASE[lang].format(ref=ref)))
        elif ch2 == "web":
            ids.append(f.add(c, tt, "web", "ticket", text, ref, attrs={"page": "/help/contact"}))
        else:
            ids.append(f.add(c, tt, "social", "mention", text))
    c.expected = ["repeat_contact"]
    c.tolerated = list(TOL_REPEAT)
    c.extra = {
        "problem": prob,
        "booking": ref,
        "contacts": count,
        "channels": [first_channel, *[r.channel for r in f.rows if r.eid in ids[1:]]],
        "channel": first_channel,
        "problem_event_ids": ids,
        "agent_passed_on": quality,
        "competitor": comp,
        "trouble_starts_at": iso(t),
        "languages": langs,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "repeat contacts about one open problem, fixed problems, two different problems, frequent writers",
    )
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    quality = [True] * 6 + [False] * 6
    rng.shuffle(quality)
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        f.happy_days(c, [0] * rng.randint(1, 3), 7, 12, ("praise", "chat", "buy", "view"))
        repeat_run(f, c, rng.randint(1, 4), counts[i], firsts[i], quality[i], [c.lang])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        c.tolerated = ["silence"]
        f.happy_days(c, f.pick_days(0, 1, 1), 7, 19, ("praise", "buy", "view"))
        p = fix_and_confirm(
            f,
            c,
            rng.choice(W.PROBLEMS),
            f.daytime(rng.randint(1, 4), 8, 19),
            rng.choice(["web", "email", "chat"]),
            c.lang,
            c.lang,
            rng.choice(["email", "chat"]),
        )
        c.extra = {"problems": [p], "booking": p["booking"], "trouble_starts_at": p["raised_at"]}
    for _ in range(3):
        c = f.person("different_problems", "two problems")
        c.tolerated = ["silence"]
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        d1 = rng.randint(1, 2)
        a = fix_and_confirm(
            f, c, p1, f.daytime(d1, 8, 19), rng.choice(["web", "email"]), c.lang, c.lang, "email"
        )
        b = fix_and_confirm(
            f,
            c,
            p2,
            f.daytime(d1 + rng.randint(4, 5), 8, 19),
            rng.choice(["chat", "email"]),
            c.lang,
            c.lang,
            "chat",
        )
        c.extra = {"problems": [a, b], "trouble_starts_at": a["raised_at"]}
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(
            c,
            f.pick_days(0, 9, rng.randint(5, 8)),
            7,
            19,
            ("chat", "chat", "mail", "mail", "call", "buy", "praise"),
        )
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str], nps: bool) -> None:
    rng = f.rng
    comp = rng.choice(W.COMPETITORS)
    ratings = [3, 3, 2, 2, 1, 1]
    ids: list[str] = []
    t = f.daytime(start_day, 8, 19)
    step = span * 24 * 60 / 5
    for i in range(6):
        lang = langs[i % len(langs)]
        if i:
            t = f.denight(
                max(
                    t + timedelta(hours=1),
                    f.start
                    + timedelta(days=start_day, hours=9)
                    + timedelta(minutes=step * i + rng.randrange(-60, 60)),
                )
            )
        text = W.SLIDE[lang][i].format(comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
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
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
        if i == 3 and nps:
            v = rng.randint(1, 5)
            sid = f.add(
                c,
                f.denight(t + f.mins(150, 210)),
                "survey",
                "survey_response",
                rng.choice(W.LOW_NPS_WORD[lang]) or None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.extra.update(nps_given=True, nps=v, survey_event_id=sid)
    c.extra.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=f"{iso(f.rows[[r.eid for r in f.rows].index(ids[0])].t)}",
    )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "slow slides from a happy baseline, customers who cancel, steady, steadily grumpy and sarcastic customers",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    npsers = set(rng.sample(range(10), 5))
    for i in range(10):
        c = f.person("slow_churner", "slides")
        c.expected = ["sentiment_drop"] + (["detractor"] if i in npsers else [])
        c.tolerated = list(TOL_SLIDE)
        c.extra = {"nps_given": False}
        days = f.pick_days(0, 10, rng.randint(6, 9))
        npraise = rng.randint(4, 5)
        for j, d in enumerate(days):
            f.happy(
                c,
                f.daytime(d, 7, 19),
                c.lang,
                ("praise",) if j < npraise else ("chat", "buy", "view", "review"),
            )
        slide(f, c, rng.randint(12, 16), spans[i], [c.lang], i in npsers)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        c.expected = ["churn_intent"]
        c.tolerated = list(TOL_CANCEL)
        f.happy_days(
            c,
            f.pick_days(0, 15, rng.randint(4, 6)),
            7,
            19,
            ("praise", "chat", "buy", "view", "review"),
        )
        t = f.daytime(rng.randint(17, 23), 8, 19)
        s, body = rng.choice(W.CANCEL[c.lang])
        eid = f.add(c, t, "email", "message", body.format(sign="{sign}", first=c.first), s)
        f.reply(
            c,
            f.denight(t + f.mins(60, 300)),
            "email",
            W.AG_SORRY_GO[c.lang].format(sign="{sign}", first=c.first),
            "RE: " + s,
        )
        tc = f.denight(t + f.mins(1200, 1800))
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": W.PRODUCTS[-1][0]},
        )
        c.extra = {
            "churn_intent_event_id": eid,
            "cancellation_event_id": cid,
            "churn_at": iso(tc),
            "trouble_starts_at": iso(t),
        }
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.pick_days(0, 31, rng.randint(6, 10)), 7, 19)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        c.tolerated = ["repeat_contact", "silence"]
        d = rng.randint(0, 4)
        gids = []
        grumbles = list(W.GRUMBLE[c.lang])
        for k in range(rng.randint(5, 7)):
            t = f.daytime(d, 8, 20)
            text = grumbles[k % len(grumbles)]
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                gids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                gids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                gids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            label, price, page = rng.choice(W.PRODUCTS[:8])
            f.buy(c, f.daytime(rng.randint(0, 30), 8, 19), label, price, page)
        first_t = min(r.t for r in f.rows if r.eid in gids)
        c.extra = {"grumble_event_ids": gids, "trouble_starts_at": iso(first_t)}
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        c.tolerated = ["silence"]
        sd = rng.randint(17, 28)
        f.happy_days(
            c,
            f.pick_days(0, 31, rng.randint(4, 6), {sd}),
            7,
            19,
            ("praise", "chat", "buy", "view", "review"),
        )
        t = f.daytime(sd, 9, 20)
        sid = f.add(
            c, t, rng.choice(["social", "community"]), "post", rng.choice(W.SARCASM[c.lang])
        )
        c.extra = {"sarcasm_event_id": sid, "trouble_starts_at": iso(t)}
    for r in f.rows:
        if r.channel == "social" and r.kind == "post":
            r.kind = "mention"
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with night-owl bursts; no spike",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(
            c,
            f.pick_days(0, 2, rng.randint(1, 3)),
            7,
            17.5,
            ("praise", "gripe", "chat", "buy", "view", "review", "survey"),
        )
    for k in range(4):
        c = f.person("grumbles_once", "grumbles once")
        c.tolerated = ["silence"]
        t = f.daytime(rng.randint(0, 2), 8, 17)
        _label, _price, page = rng.choice(W.PRODUCTS)
        f.add(c, t, "web", "page_view", attrs={"page": page})
        tg = t + f.mins(20, 30)
        q, a = rng.choice(W.GRUMBLE_ONCE[c.lang])
        if k < 2:
            gid = f.add(c, tg, "chat", "chat", q)
            f.reply(c, tg + f.mins(1, 5), "chat", a)
        else:
            gid = f.add(c, tg, "web", "ticket", q, attrs={"page": "/help/contact"})
            f.reply(
                c,
                tg + f.mins(30, 120),
                "email",
                W.FORM_ACK[c.lang].format(sign="{sign}", first=c.first),
            )
        c.extra = {"grumble_event_id": gid, "trouble_starts_at": iso(tg)}
    n_owl = 0
    for night in range(1, 4):
        b1 = f.at(night, 0, 40) + f.mins(0, 25)
        starts = [b1, b1 + f.mins(28, 33), b1 + f.mins(55, 65)]
        for bi, bs in enumerate(starts):
            for _ in range(4):
                n_owl += 1
                c = f.person("night_owl", f"night {night}, burst {bi + 1}")
                t = bs + f.mins(0, 9.9)
                if rng.random() < 0.5:
                    q, a = rng.choice(W.NIGHT_CHAT[c.lang])
                    nid = f.add(c, t, "chat", "chat", q)
                    t2 = t + f.mins(1, 4)
                    f.reply(c, t2, "chat", a)
                    f.add(c, t2 + f.mins(1, 3), "chat", "chat", rng.choice(W.THANKS[c.lang]))
                else:
                    ch = rng.choice(["social", "community"])
                    nid = f.add(
                        c,
                        t,
                        ch,
                        "mention" if ch == "social" else "post",
                        rng.choice(W.NIGHT_POST[c.lang]),
                    )
                if n_owl % 2 == 0:
                    f.happy(
                        c, f.daytime(rng.randint(0, 2), 9, 17.5), c.lang, ("praise", "buy", "view")
                    )
                c.extra = {"burst_at": iso(bs), "night_event_id": nid}
    return f


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages: happy, repeat contacts, slides, one bad day, fixed between contacts",
    )
    rng = f.rng
    pairs = [
        ("fr", "pt"),
        ("pt", "fr"),
        ("fr", "pt"),
        ("pt", "fr"),
        ("fr", "de"),
        ("de", "fr"),
        ("pt", "en"),
        ("en", "pt"),
        ("fr", "it"),
        ("it", "fr"),
        ("pt", "es"),
        ("es", "pt"),
        ("fr", "en"),
        ("pt", "de"),
        ("fr", "es"),
        ("de", "it"),
        ("pt", "fr"),
        ("fr", "pt"),
        ("it", "de"),
        ("es", "fr"),
        ("en", "fr"),
        ("pt", "en"),
        ("fr", "de"),
        ("pt", "es"),
        ("de", "pt"),
        ("fr", "pt"),
        ("pt", "fr"),
    ]

    def who(persona: str, habit: str, pair: tuple[str, str]) -> Cust:
        l1, l2 = pair
        markets = [
            m for m in (MARKETS[l1] + MARKETS[l2]) if l1 in SPOKEN_BY[m] or l2 in SPOKEN_BY[m]
        ]
        if "LU" in SPOKEN_BY and {l1, l2} <= SPOKEN_BY["LU"]:
            markets.append("LU")
        c = f.person(persona, habit, l1, rng.choice(markets))
        c.langs = [l1, l2]
        c.extra["languages"] = [l1, l2]
        reasons = [
            "grew up between the two countries",
            "partner's family language",
            "works across the border",
            "moved abroad for work",
            "parents' language at home",
        ]
        c.extra["job_second_language"] = rng.choice(reasons)
        return c

    it = iter(pairs)
    for _ in range(12):
        c = who("happy", "alternates languages", next(it))
        f.happy_days(
            c,
            f.pick_days(0, 13, rng.randint(5, 8)),
            7,
            19,
            ("praise", "gripe", "chat", "mail", "buy", "view", "review"),
            alt=True,
        )
    for k, n in enumerate([2, 2, 3, 3, 4]):
        c = who("repeat_contact", "repeats", next(it))
        f.happy_days(
            c,
            [rng.randint(0, 1)] * rng.randint(1, 3),
            7,
            19,
            ("praise", "chat", "buy", "view"),
            alt=True,
        )
        repeat_run(
            f, c, rng.randint(2, 5), n, rng.choice(["web", "email", "chat"]), n >= 3, c.langs
        )
        c.extra["languages"] = c.langs
        del k
    for _ in range(5):
        c = who("slow_churner", "slides", next(it))
        c.expected = ["sentiment_drop"]
        c.tolerated = list(TOL_SLIDE)
        for j, d in enumerate(sorted(rng.sample(range(0, 6), 5))):
            f.happy(c, f.daytime(d, 7, 19), c.langs[j % 2], ("praise",))
        f.happy_days(
            c, f.pick_days(0, 6, rng.randint(1, 3)), 7, 19, ("chat", "buy", "view"), alt=True
        )
        slide(f, c, rng.randint(7, 8), rng.randint(3, 5), c.langs, False)
    for how in ["long", "email", "chat"]:
        pair = next(it)
        if how == "long" and pair[1] not in W.LONG_MAIL:
            pair = ("de", "fr")
        c = who("happy_one_bad_day", "one bad day", pair)
        c.tolerated = ["silence"]
        l2 = c.langs[1]
        bd = rng.randint(4, 9)
        days = [d for d in range(0, 14) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(
            c,
            sorted(rng.sample(days, rng.randint(3, 5))),
            7,
            19,
            ("praise", "chat", "buy", "view"),
            alt=True,
        )
        t = f.daytime(bd, 8, 20)
        prob = rng.choice(W.PROBLEMS)
        eid, ch = complaint(f, c, t, prob, how, l2)
        ref = f.ref()
        open_case(f, c, t, ch, ref, l2)
        ex: dict[str, Any] = {
            "problem": prob,
            "booking": ref,
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "bad_day_language": l2,
            "channel": ch,
            "long_email": how == "long",
            "trouble_starts_at": iso(t),
            "agent_fixed": False,
            "apologised": False,
        }
        if how != "chat":
            f.reply(
                c,
                f.denight(t + f.mins(60, 240)),
                "email",
                W.AG_GOOD_NEWS[l2].format(sign="{sign}", first=c.first, ref=ref),
                W.RE_CASE[l2].format(ref=ref),
                lang=l2,
            )
            ex["agent_fixed"] = True
        if how == "email":
            ta = f.denight(t + f.mins(1080, 1440))
            aid = f.add(c, ta, "chat", "chat", W.APOLOGY[l2])
            ex.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
        c.extra.update(ex)
    for _ in range(2):
        c = who("resolved_between_contacts", "fixed", next(it))
        c.tolerated = ["silence"]
        f.happy_days(c, f.pick_days(0, 2, 1), 7, 19, ("praise", "buy"))
        p = fix_and_confirm(
            f,
            c,
            rng.choice(W.PROBLEMS),
            f.daytime(rng.randint(3, 8), 8, 19),
            "web",
            c.langs[0],
            c.langs[1],
            "email",
        )
        c.extra.update(
            problems=[p],
            booking=p["booking"],
            trouble_starts_at=p["raised_at"],
            confirm_language=c.langs[1],
        )
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Pescadra Pro accounts: five at risk, four with one unhappy contact, three with mild suggestions, three happy",
    )
    rng = f.rng
    # (kind, market, lang, site, contacts, unhappy, problem)
    plan = [
        ("at_risk", "FR", "fr", "club", 4, 3, "portal"),
        ("at_risk", "FR", "fr", "campsite", 5, 3, "service_blocked"),
        ("at_risk", "PT", "pt", "club", 5, 3, "invoice"),
        ("at_risk", "PT", "pt", "school", 6, 4, "overbilled"),
        ("at_risk", "IT", "it", "municipality", 6, 4, "invoice"),
        ("one_unhappy", "DE", "de", "guide", 3, 1, "overbilled"),
        ("one_unhappy", "ES", "es", "hotel", 3, 1, "service_blocked"),
        ("one_unhappy", "UK", "en", "club", 3, 1, "portal"),
        ("one_unhappy", "BE", "fr", "school", 3, 1, "invoice"),
        ("mild", "PT", "pt", "campsite", 3, 0, ""),
        ("mild", "CH", "fr", "guide", 4, 0, ""),
        ("mild", "AT", "de", "club", 3, 0, ""),
        ("happy", "PT", "pt", "club", 4, 0, ""),
        ("happy", "FR", "fr", "municipality", 4, 0, ""),
        ("happy", "IT", "it", "campsite", 3, 0, ""),
    ]
    names = {
        "club": {
            "fr": "AAPPMA {t}",
            "pt": "Clube de Pesca de {t}",
            "it": "ASD Pescatori {t}",
            "de": "Angelverein {t} e.V.",
            "es": "Sociedad de Pescadores de {t}",
            "en": "{t} Angling Club",
        },
        "campsite": {
            "fr": "Camping des Berges, {t}",
            "pt": "Parque de Campismo do Rio, {t}",
            "it": "Camping Il Fiume, {t}",
        },
        "school": {
            "fr": "Collège Jean-Rostand, {t}",
            "pt": "Agrupamento de Escolas de {t}",
            "de": "Realschule {t}",
        },
        "municipality": {
            "fr": "Mairie de {t}",
            "pt": "Câmara Municipal de {t}",
            "it": "Comune di {t}",
        },
        "guide": {"de": "Fluss & Fliege Guiding, {t}", "fr": "Guide Pêche Léman, {t}"},
        "hotel": {"es": "Hotel Río Sella, {t}"},
    }
    titles = {
        "club": [
            "Club secretary",
            "Treasurer",
            "Chair",
            "Youth officer",
            "Competition officer",
            "Committee member",
        ],
        "campsite": [
            "Campsite manager",
            "Reception manager",
            "Owner",
            "Activities coordinator",
            "Bookkeeper",
        ],
        "school": [
            "Head teacher",
            "PE teacher",
            "School bursar",
            "Outdoor-education lead",
            "Administrator",
            "Deputy head",
        ],
        "municipality": [
            "Sports officer",
            "Finance officer",
            "Tourism officer",
            "Events officer",
            "Procurement officer",
            "Councillor for leisure",
        ],
        "guide": ["Owner and guide", "Guide", "Office manager", "Bookkeeper"],
        "hotel": ["Hotel manager", "Front-desk manager", "Owner"],
    }
    for kind, market, lang, site, ncont, nunh, prob in plan:
        town = rng.choice(TOWNS[market])
        company = names[site].get(lang, names[site][next(iter(names[site]))]).format(t=town)
        slug = (
            strip_accents(company.split(",")[0])
            .lower()
            .replace(" ", "")
            .replace("'", "")
            .replace("&", "")
            .replace(".", "")
            .replace("-", "")[:18]
        )
        acc = unique("account", lambda m=market: f"PDP-{m}-{rng.randrange(1000, 10000)}")
        contacts: list[Cust] = []
        used_first: set[str] = set()
        for k in range(ncont):
            while True:
                c = f.person("b2b_happy", "contact", lang, market, acc, f"{slug}.example")
                if c.first not in used_first:
                    break
                f.custs.pop()
                USED["email"].discard(c.email)
            used_first.add(c.first)
            c.job = titles[site][k % len(titles[site])]
            c.town = town
            c.extra = {"company": company, "role": "contact", "job_title": c.job}
            contacts.append(c)
        complainers = contacts[:nunh] if kind in ("at_risk", "one_unhappy") else []
        suggesters = contacts[:2] if kind == "mild" else []
        # routine acts
        for c in contacts:
            if c in complainers or c in suggesters:
                for _ in range(rng.randint(0, 2)):
                    t = f.office(f.daytime(rng.randint(0, 1), 8, 16.5))
                    b2b_routine(f, c, t, lang, allow_survey=False)
            else:
                for d in f.pick_days(0, 13, rng.randint(3, 6)):
                    t = f.daytime(d, 8, 16.5)
                    if t.weekday() >= 5:
                        continue
                    b2b_routine(f, c, t, lang, allow_survey=True)
                if not any(r.cust is c for r in f.rows):
                    b2b_routine(f, c, f.daytime(2, 9, 16), lang, allow_survey=False)
        account: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": ncont,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(complainers),
            "unhappy_contact_keys": [c.key for c in complainers],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk":
            ref = f.ref()
            t = f.office(f.daytime(2, 8, 16))
            first_c = complainers[0]
            first_t = t
            for j, c in enumerate(complainers):
                c.persona = "b2b_unhappy"
                c.habit = "complainer"
                c.extra["role"] = "complainer"
                c.tolerated = list(TOL_B2B_UNHAPPY)
                prob_text = B.PROBLEM_TEXT[lang][prob]
                if j == 0:
                    body = B.FIRST_MAIL[lang].format(
                        problem=prob_text, first=c.first, last=c.last, title=c.job, company=company
                    )
                    eid = f.add(c, t, "email", "message", body, B.SUBJECT[lang][prob])
                    f.reply(
                        c,
                        t + f.mins(20, 90),
                        "email",
                        B.AG_ACK[lang].format(
                            sign="{sign}", first=c.first, ref=ref, company=company
                        ),
                        W.RE_CASE[lang].format(ref=ref),
                        lang=lang,
                    )
                else:
                    t = f.office(t + f.mins(480, 1680))
                    when = (
                        B.WHEN[lang]["today"]
                        if t.date() == first_t.date()
                        else B.WHEN[lang][first_t.weekday()]
                    )
                    body = B.LATER_MAIL[lang].format(
                        ref=ref,
                        firstc=first_c.first,
                        when=when,
                        problem=prob_text,
                        first=c.first,
                        last=c.last,
                        company=company,
                    )
                    eid = f.add(c, t, "email", "message", body, W.RE_CASE[lang].format(ref=ref))
                ids = [eid]
                if j < len(complainers) - 1:
                    c.expected = ["detractor"]
                    v = rng.randint(1, 5)
                    sid = f.add(
                        c,
                        t + f.mins(60, 180),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": v},
                        attrs={"survey": "nps"},
                    )
                    c.extra.update(nps_given=True, nps=v, survey_event_id=sid)
                else:
                    c.expected = ["repeat_contact"]
                    t2 = f.office(t + f.mins(1080, 2400))
                    comp = rng.choice(W.COMPETITORS)
                    if plan.index((kind, market, lang, site, ncont, nunh, prob)) == 0:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                B.LAST_MAIL[lang].format(
                                    ref=ref, comp=comp, first=c.first, last=c.last, company=company
                                ),
                                W.RE_CASE[lang].format(ref=ref),
                            )
                        )
                        c.extra["competitor"] = comp
                    else:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "phone",
                                "call",
                                B.LAST_CALL[lang].format(
                                    ref=ref, first=c.first, last=c.last, company=company
                                ),
                            )
                        )
                        c.extra["competitor"] = None
                c.extra.update(
                    complaint_event_ids=ids,
                    booking=ref,
                    problem=prob,
                    trouble_starts_at=iso(f.rows[[r.eid for r in f.rows].index(eid)].t),
                )
            account["trouble_starts_at"] = iso(first_t)
        elif kind == "one_unhappy":
            c = complainers[0]
            c.persona = "b2b_one_unhappy"
            c.habit = "complainer"
            c.extra["role"] = "complainer"
            c.expected = ["detractor"]
            c.tolerated = list(TOL_B2B_ONE)
            ref = f.ref()
            t = f.office(f.daytime(rng.randint(3, 7), 8, 16))
            body = B.FIRST_MAIL[lang].format(
                problem=B.PROBLEM_TEXT[lang][prob],
                first=c.first,
                last=c.last,
                title=c.job,
                company=company,
            )
            eid = f.add(c, t, "email", "message", body, B.SUBJECT[lang][prob])
            f.reply(
                c,
                t + f.mins(20, 90),
                "email",
                B.AG_ACK[lang].format(sign="{sign}", first=c.first, ref=ref, company=company),
                W.RE_CASE[lang].format(ref=ref),
                lang=lang,
            )
            v = rng.randint(1, 5)
            sid = f.add(
                c,
                t + f.mins(60, 180),
                "survey",
                "survey_response",
                None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.extra.update(
                complaint_event_ids=[eid],
                booking=ref,
                problem=prob,
                nps_given=True,
                nps=v,
                survey_event_id=sid,
                trouble_starts_at=iso(t),
            )
        elif kind == "mild":
            for k, c in enumerate(suggesters):
                c.persona = "b2b_mild"
                c.habit = "suggests"
                c.extra["role"] = "suggests"
                c.tolerated = ["silence"]
                t = f.office(f.daytime(rng.randint(2, 9), 8, 16))
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    B.MILD[lang][k % len(B.MILD[lang])],
                    attrs={"page": "/pro/feedback"},
                )
                f.reply(
                    c,
                    f.office(t + f.mins(60, 240)),
                    "email",
                    B.MILD_ACK[lang].format(sign="{sign}", first=c.first),
                )
                c.extra.update(mild_event_id=mid, trouble_starts_at=iso(t))
        for c in contacts:
            if c.habit == "contact":
                c.habit = "contact"
        f.accounts[acc] = account
    return f


def b2b_routine(f: Fam, c: Cust, t: datetime, lang: str, allow_survey: bool) -> None:
    rng = f.rng
    opts = ["chat", "buy", "view"] + (["praise", "survey"] if allow_survey else [])
    k = rng.choice(opts)
    if k == "chat":
        q, a = rng.choice(B.B2B_CHAT[lang])
        f.add(c, t, "chat", "chat", q)
        t2 = t + f.mins(1, 6)
        f.reply(c, t2, "chat", a, lang=lang)
        if rng.random() < 0.6:
            f.add(c, t2 + f.mins(1, 4), "chat", "chat", rng.choice(W.THANKS[lang]))
    elif k == "buy":
        label, price, page = rng.choice(B.PRO_PRODUCTS)
        f.add(c, t, "web", "page_view", attrs={"page": page})
        f.buy(c, t + f.mins(2, 10), label, price, page)
    elif k == "view":
        f.add(c, t, "web", "page_view", attrs={"page": rng.choice(B.PRO_PAGES)})
    elif k == "praise":
        f.add(c, t, "community", "post", rng.choice(B.B2B_PRAISE[lang]))
    else:
        f.happy_survey(c, t, lang)


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and one planted spike: permits hidden as outside their zone, error ZN/27",
    )
    rng = f.rng
    s0 = datetime(2026, 11, 7, 7, 5, tzinfo=UTC)
    s1 = datetime(2026, 11, 7, 7, 50, tzinfo=UTC)
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.pick_days(0, 5, rng.randint(1, 4)):
            t = f.daytime(d, 12, 19) if d == 5 else f.daytime(d, 7, 19)
            f.happy(
                c, t, c.lang, ("praise", "gripe", "chat", "mail", "buy", "view", "review", "survey")
            )
    for lang in ["fr", "pt"]:
        c = f.person("grumbles_once", "grumbles once", lang)
        c.tolerated = ["silence"]
        t = f.daytime(0, 8, 17)
        q, a = W.SPIKE_GRUMBLE[lang]
        gid = f.add(c, t, "chat", "chat", q)
        f.reply(c, t + f.mins(1, 5), "chat", a)
        c.extra = {"grumble_event_id": gid, "trouble_starts_at": iso(t)}
    for lang, t in [("pt", f.at(4, 9, 40)), ("fr", f.at(4, 16, 5))]:
        c = f.person("grumbles_once", "lone question", lang)
        c.tolerated = ["silence"]
        q, a = W.LONE_Q[lang]
        lid = f.add(c, t, "chat", "chat", q)
        f.reply(c, t + f.mins(2, 6), "chat", a)
        c.extra = {"lone_report_event_id": lid, "trouble_starts_at": iso(t)}
    langs = ["fr"] * 6 + ["pt"] * 6 + ["it", "it", "de", "de", "es", "es", "en", "en"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    span = int((s1 - s0).total_seconds())
    times = sorted(
        [s0, s1] + [s0 + timedelta(seconds=rng.randrange(60, span - 60)) for _ in range(18)]
    )
    reporters: list[tuple[Cust, datetime, str, str]] = []
    ids = []
    for i in range(20):
        lang = langs[i]
        c = f.person("spike_reporter", "regular" if regular[i] else "new", lang)
        c.tolerated = ["silence"]
        if regular[i]:
            for d in f.pick_days(2, 4, rng.randint(1, 3)):
                f.happy(c, f.daytime(d, 8, 17.5), lang, ("praise", "chat", "buy", "view", "review"))
        t = times[i]
        ch = chans[i]
        text = rng.choice(W.SPIKE[lang])
        if ch == "email":
            eid = f.add(c, t, "email", "message", text, W.SPIKE_SUBJECT[lang])
        elif ch == "web":
            eid = f.add(
                c, t, "web", "ticket", text, W.SPIKE_SUBJECT[lang], attrs={"page": "/help/contact"}
            )
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.reply(c, t + f.mins(1, 4), "chat", W.SPIKE_CHAT_ANSWER[lang])
        else:
            eid = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
        ids.append(eid)
        reporters.append((c, t, ch, eid))
        c.extra = {
            "in_spike": True,
            "regular": regular[i],
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
            "agent_fixed": False,
        }
    early = [
        k
        for k, (_, t, _, _) in enumerate(reporters)
        if t <= datetime(2026, 11, 7, 7, 30, tzinfo=UTC)
    ]
    rep = rng.sample(early, 6)
    again_ch = ["email", "email", "chat", "chat", "community", "community"]
    rep_ids = []
    for k, idx in enumerate(rep):
        c, t, ch, _ = reporters[idx]
        ch2 = again_ch[k]
        if ch2 == ch:
            ch2 = {"email": "community", "chat": "email", "community": "chat"}[ch2]
        t2 = t + f.mins(15, 50)
        text = rng.choice(W.SPIKE_AGAIN[c.lang])
        if ch2 == "email":
            rid = f.add(c, t2, "email", "message", text, "RE: " + W.SPIKE_SUBJECT[c.lang])
        elif ch2 == "chat":
            rid = f.add(c, t2, "chat", "chat", text)
            f.reply(c, t2 + f.mins(1, 4), "chat", W.SPIKE_CHAT_ANSWER[c.lang])
        else:
            rid = f.add(c, t2, "community", "post", text)
        rep_ids.append(rid)
        c.persona = "spike_repeater"
        c.expected = ["repeat_contact"]
        c.tolerated = ["sentiment_drop", "silence"]
        c.extra.update(repeat_event_id=rid)
    others = [k for k in range(20) if k not in rep]
    for idx in rng.sample(others, 6):
        c = reporters[idx][0]
        local = "09:40" if c.market in UTC_PLUS_0 else "10:40"
        s, body = W.SPIKE_FIXED[c.lang]
        f.reply(
            c,
            datetime(2026, 11, 7, 10, 8, tzinfo=UTC) + f.mins(0, 9),
            "email",
            body.format(sign="{sign}", first=c.first, time=local, a=money(12, c.market, c.lang)),
            s,
        )
        c.extra["agent_fixed"] = True
    f.spike = {
        "topic": "fishing-permit app hides permits as outside their zone while anglers stand on the right water: permit cannot be shown to wardens, error ZN/27",
        "about": "Saturday 7 November 2026 07:05-07:50 UTC, twenty customers in six languages on five channels",
        "channel": None,
        "start": iso(s0),
        "end": iso(s1),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": ids,
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
        jsonl, truth = fam.finish()
        (HERE / f"{fam.name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{fam.name}.truth.json").write_text(truth, encoding="utf-8")
        print(
            f"{fam.name}: {len(fam.custs)} customers, {len(fam.rows)} touchpoints, {sum(r.out for r in fam.rows)} replies"
        )


if __name__ == "__main__":
    main()
