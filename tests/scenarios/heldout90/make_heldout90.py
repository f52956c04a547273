# ruff: noqa: E501
"""Build tests/scenarios/heldout90/ (report only, written blind): Pendivo, mountain-sports gear hire.

Standalone and deterministic (standard library only): ``python make_heldout90.py`` from anywhere.
Each customer's persona decides every act; the wording modules beside this file give the words.
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

SEED = 20261114
WRITTEN = "2026-12-04"
BUSINESS = (
    "Pendivo: mountain-sports gear hire by app and web (skis, snowboards, boots, helmets, touring kits "
    "in winter; e-MTBs, via-ferrata kits, hiking gear in summer), picked up at shops at the foot of the "
    "lifts or delivered to the hotel or chalet, with a virtual queue in the app, Protect breakage cover, "
    "a weather guarantee and season rental; business arm Pendivo Groups (ski schools, school trips, "
    "hotels, clubs, municipalities on account with a group portal). Competitors (invented): Slalomix, Neigeroc."
)
LIMIT = datetime(2026, 11, 17, tzinfo=UTC)

FIRST = {
    "it": [
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Chiara",
        "Alessandro",
        "Sara",
        "Matteo",
        "Elena",
        "Davide",
        "Silvia",
        "Andrea",
        "Federica",
        "Simone",
        "Martina",
        "Paolo",
        "Valentina",
        "Stefano",
        "Roberta",
        "Giorgio",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Élodie",
        "Thomas",
        "Manon",
        "Nicolas",
        "Léa",
        "Mathieu",
        "Sophie",
        "Antoine",
        "Chloé",
        "Guillaume",
        "Aurélie",
        "Maxime",
        "Pauline",
        "Sébastien",
        "Claire",
        "Romain",
        "Inès",
        "Benoît",
    ],
    "en": [
        "Emma",
        "James",
        "Sarah",
        "Daniel",
        "Laura",
        "Ciarán",
        "Hannah",
        "Tom",
        "Niamh",
        "Oliver",
    ],
    "de": [
        "Lena",
        "Jonas",
        "Katrin",
        "Florian",
        "Anna",
        "Matthias",
        "Sabine",
        "Lukas",
        "Julia",
        "Stefan",
    ],
    "pt": [
        "Inês",
        "Rui",
        "Beatriz",
        "João",
        "Mariana",
        "Tiago",
        "Catarina",
        "Pedro",
        "Sofia",
        "Nuno",
    ],
    "es": [
        "Lucía",
        "Pablo",
        "Marta",
        "Javier",
        "Irene",
        "Álvaro",
        "Carmen",
        "Sergio",
        "Nuria",
        "Diego",
    ],
}
FEMALE = {
    "Giulia",
    "Francesca",
    "Chiara",
    "Sara",
    "Elena",
    "Silvia",
    "Federica",
    "Martina",
    "Valentina",
    "Roberta",
    "Camille",
    "Élodie",
    "Manon",
    "Léa",
    "Sophie",
    "Chloé",
    "Aurélie",
    "Pauline",
    "Claire",
    "Inès",
}
DE_NOT_NOUNS = {
    "Am",
    "Ich",
    "Sie",
    "Das",
    "Per",
    "Die",
    "Der",
    "Nach",
    "Auf",
    "Um",
    "Heute",
    "Bei",
    "Zum",
    "Immer",
    "Mein",
    "Wir",
}
LAST = {
    "it": [
        "Rossi",
        "Bianchi",
        "Ferrari",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
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
        "Lefèvre",
        "Michel",
        "Garcia",
        "Fournier",
        "Girard",
        "Bonnet",
        "Dupont",
        "Lambert",
        "Fontaine",
        "Rousseau",
        "Vincent",
        "Mercier",
    ],
    "en": [
        "Smith",
        "Murphy",
        "Taylor",
        "Walsh",
        "Brown",
        "O'Brien",
        "Wilson",
        "Byrne",
        "Evans",
        "Kelly",
        "Hughes",
        "Ryan",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Huber",
        "Wagner",
        "Becker",
        "Gruber",
        "Hoffmann",
        "Bauer",
        "Schäfer",
        "Koch",
        "Steiner",
        "Weber",
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
        "Martín",
        "Jiménez",
        "Ruiz",
        "Hernández",
        "Moreno",
    ],
}
JOBS = {
    "it": [
        "infermiera",
        "insegnante",
        "geometra",
        "commessa",
        "ingegnere",
        "impiegato",
        "fisioterapista",
        "cuoco",
        "farmacista",
        "architetta",
    ],
    "fr": [
        "infirmière",
        "professeur",
        "boulanger",
        "comptable",
        "kiné",
        "ingénieure",
        "vendeur",
        "aide-soignante",
        "électricien",
        "pharmacienne",
    ],
    "en": ["nurse", "teacher", "electrician", "accountant", "paramedic", "software developer"],
    "de": ["Krankenpflegerin", "Lehrer", "Elektriker", "Buchhalterin", "Ingenieur", "Apothekerin"],
    "pt": ["enfermeira", "professor", "engenheiro", "contabilista", "cozinheiro", "farmacêutica"],
    "es": ["enfermera", "profesor", "ingeniero", "contable", "fisioterapeuta", "farmacéutica"],
}
TOWNS = {
    "IT": ["Milano", "Torino", "Bergamo", "Brescia", "Como", "Sondrio", "Trento", "Verona"],
    "CH": ["Lausanne", "Genève", "Sion", "Lugano", "Zürich", "Bern", "Bellinzona"],
    "FR": ["Lyon", "Grenoble", "Annecy", "Chambéry", "Paris", "Lille", "Marseille"],
    "BE": ["Bruxelles", "Liège", "Namur", "Charleroi"],
    "LU": ["Luxembourg", "Esch-sur-Alzette", "Differdange"],
    "UK": ["London", "Manchester", "Bristol", "Leeds", "Edinburgh"],
    "IE": ["Dublin", "Cork", "Galway"],
    "DE": ["München", "Stuttgart", "Augsburg", "Frankfurt"],
    "AT": ["Innsbruck", "Wien", "Salzburg", "Linz"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra"],
    "ES": ["Madrid", "Barcelona", "Zaragoza", "Lleida", "Granada"],
    "AD": ["Andorra la Vella", "Escaldes-Engordany"],
}
MARKETS = {
    "it": [("IT", 8), ("CH", 2)],
    "fr": [("FR", 6), ("CH", 2), ("BE", 2), ("LU", 1)],
    "en": [("UK", 3), ("IE", 1)],
    "de": [("DE", 3), ("AT", 2), ("CH", 1)],
    "pt": [("PT", 3), ("LU", 1), ("CH", 1), ("FR", 1)],
    "es": [("ES", 4), ("AD", 1)],
}
LANG_WEIGHTS = [("it", 30), ("fr", 30), ("en", 10), ("de", 10), ("pt", 10), ("es", 10)]
# country code, national number length, mobile prefixes
PHONES = {
    "IT": ("39", 10, ["320", "328", "333", "338", "340", "347", "349", "366", "393"]),
    "CH": ("41", 9, ["76", "77", "78", "79"]),
    "FR": ("33", 9, ["6", "7"]),
    "BE": ("32", 9, ["470", "472", "475", "477", "486", "495"]),
    "LU": ("352", 9, ["621", "661", "691"]),
    "UK": ("44", 10, ["7700", "7712", "7745", "7788", "7911"]),
    "IE": ("353", 9, ["83", "85", "86", "87"]),
    "DE": ("49", 11, ["151", "152", "160", "170", "176"]),
    "AT": ("43", 11, ["650", "660", "664", "676", "699"]),
    "PT": ("351", 9, ["91", "92", "93", "96"]),
    "ES": ("34", 9, ["6", "7"]),
    "AD": ("376", 6, ["3", "6"]),
}
MAIL_DOMAINS = [
    "posta.example",
    "mailbox.example",
    "correo.example",
    "courriel.example",
    "netmail.example",
    "webpost.example",
    "inbox.example",
]
SOURCES = {
    "email": "pendivo-mail",
    "phone": "pendivo-voice",
    "social": "pendivo-social",
    "community": "pendivo-forum",
    "chat": "pendivo-chat",
    "web": "pendivo-web",
    "survey": "pendivo-survey",
}
CET_MARKETS = {"IT", "CH", "FR", "BE", "LU", "DE", "AT", "ES", "AD"}
ALL_RULES = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)

USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("'", "")
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)
    ).lower()


def strip_accents(s: str) -> str:
    s = (
        s.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    out = []
    for ch in s:
        if ch in "ñÑß":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def unique(make: Any) -> str:
    for _ in range(1000):
        v = str(make())
        if v.lower() not in USED:
            USED.add(v.lower())
            return v
    raise RuntimeError("no unique value")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    cc: str
    national: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]

    @property
    def phone(self) -> str:
        return "+" + self.cc + self.national


@dataclass
class Row:
    t: datetime
    seq: int
    cust: Cust
    tp: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    season: str
    about: str
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    custs: list[Cust] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float = 0.0, minute: float = 0.0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def rt(self, day: int, h0: float, h1: float) -> datetime:
        return self.at(day) + timedelta(minutes=self.rng.randint(int(h0 * 60), int(h1 * 60)))


# --------------------------------------------------------------------------- people


def pick_lang(rng: random.Random) -> str:
    return rng.choices([x for x, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]


def pick_market(rng: random.Random, lang: str) -> str:
    return rng.choices([m for m, _ in MARKETS[lang]], [w for _, w in MARKETS[lang]])[0]


def new_phone(rng: random.Random, market: str) -> tuple[str, str]:
    cc, length, prefixes = PHONES[market]

    def make() -> str:
        p = rng.choice(prefixes)
        return p + "".join(str(rng.randint(0, 9)) for _ in range(length - len(p)))

    national = unique(lambda: cc + "|" + make()).split("|")[1]
    return cc, national


def person(
    fam: Fam,
    persona: str,
    habit: str,
    lang: str | None = None,
    market: str | None = None,
    expected: tuple[str, ...] = (),
    tolerated: tuple[str, ...] = (),
    company: dict[str, Any] | None = None,
    first: str | None = None,
) -> Cust:
    rng = fam.rng
    lang = lang or pick_lang(rng)
    market = market or pick_market(rng, lang)
    first = first or rng.choice(FIRST[lang])
    last = rng.choice(LAST[lang])
    key = unique(lambda: f"PV{fam.code}{rng.randint(10000, 99999)}")
    f, la = ascii_fold(first).replace(" ", ""), ascii_fold(last).replace(" ", "")
    if company is not None:
        email = unique(lambda: f"{f}.{la}@{company['domain']}")
        handle = None
        account: str | None = company["id"]
    else:
        shapes = [
            lambda: f"{f}.{la}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS)}",
            lambda: f"{f[0]}{la}{rng.randint(60, 99)}@{rng.choice(MAIL_DOMAINS)}",
            lambda: f"{la}.{f}@{rng.choice(MAIL_DOMAINS)}",
            lambda: f"{f}_{la}{rng.randint(1, 9)}@{rng.choice(MAIL_DOMAINS)}",
        ]
        email = unique(lambda: rng.choice(shapes)())
        hshapes = [
            lambda: f"@{la}_{f}{rng.randint(1, 9)}",
            lambda: f"@{f}{la}{rng.randint(70, 99)}",
            lambda: f"@{f}{la[0]}{rng.randint(1, 999)}",
            lambda: f"@{f}_{la}",
            lambda: f"@{la}{f[0]}",
        ]
        handle = unique(lambda: rng.choice(hshapes)())
        account = None
    cc, national = new_phone(rng, market)
    truth: dict[str, Any] = {
        "identifiers": {
            "customer_id": key,
            "email": email.lower(),
            "phone": "+" + cc + national,
            "handle": handle,
            "account_id": account,
        },
        "expected_rules": sorted(expected),
        "tolerated_rules": sorted(tolerated),
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": market,
        "segment": "b2b" if company is not None else "consumer",
        "name": f"{first} {last}",
        "job": rng.choice(JOBS[lang]) if company is None else None,
        "town": rng.choice(TOWNS[market]),
    }
    c = Cust(key, lang, market, first, last, email, cc, national, handle, account, truth)
    fam.custs.append(c)
    return c


# --------------------------------------------------------------------------- rows


def roughen(fam: Fam, text: str) -> str:
    rr = fam.rr
    if rr.random() < 0.10:
        text = strip_accents(text)
    if rr.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
        text = text[0].lower() + text[1:]
    if rr.random() < 1 / 7:
        words = text.split(" ")
        spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if spots:
            i = rr.choice(spots)
            w = words[i]
            j = rr.randint(1, len(w) - 3)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def mention(text: str) -> str:
    i = text.rfind("Pendivo")
    if i >= 0 and (i == 0 or text[i - 1] != "@"):
        return text[:i] + "@" + text[i:]
    if i >= 0:
        return text
    return "@Pendivo " + text


def add(
    fam: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    subject: str | None = None,
    direction: str = "inbound",
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
    rough: bool = True,
) -> str:
    if t < fam.start or t >= LIMIT or t.year != 2026:
        raise ValueError(f"{fam.name}: time out of range {t}")
    fam.counter += 1
    eid = f"pv90-{fam.code.lower()}-{fam.counter:05d}"
    if text is not None:
        if "{" in text or "}" in text:
            raise ValueError(f"placeholder left: {text}")
        if channel == "social" and direction == "inbound" and c.account is None:
            text = mention(text)
        if rough and direction == "inbound" and channel not in ("phone", "survey"):
            text = roughen(fam, text)
    a: dict[str, str] = {"market": c.market}
    if c.account is not None:
        a["segment"] = "b2b"
    if attrs:
        a.update(attrs)
    base_scores: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
    base_scores.update(scores or {})
    tp: dict[str, Any] = {
        "event_id": eid,
        "occurred_at": iso(t),
        "channel": channel,
        "kind": kind,
        "direction": direction,
        "customer": {},
        "text": text,
        "subject": subject,
        "scores": base_scores,
        "source": SOURCES[channel],
        "attributes": a,
    }
    fam.rows.append(Row(t, fam.counter, c, tp))
    return eid


def daytime(t: datetime, h0: int = 7, h1: int = 22) -> datetime:
    """Move a time out of the night (to 08:00-09:00)."""
    if t.hour >= h1:
        nxt = (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 60, second=0)
        return nxt
    if t.hour < h0:
        return t.replace(hour=8, minute=t.minute % 60, second=0)
    return t


def office(t: datetime) -> datetime:
    """Move a time into office hours (weekdays 08-17 UTC)."""
    while True:
        if t.weekday() >= 5:
            t = (t + timedelta(days=7 - t.weekday())).replace(hour=8, minute=t.minute % 50 + 5)
            continue
        if t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 50 + 5)
            continue
        if t.hour < 8:
            t = t.replace(hour=8, minute=t.minute % 50 + 5)
            continue
        return t


def agent(fam: Fam, lang: str) -> str:
    return str(fam.rng.choice(W.AGENTS[lang]))


def money(c: Cust, eur: float, spoken: bool = False) -> str:
    if c.market == "UK":
        v = round(eur * 0.86)
        return f"{v} pounds" if spoken else f"£{v}"
    if c.market == "CH":
        v = round(eur * 0.94)
        if spoken:
            return {"it": f"{v} franchi", "fr": f"{v} francs", "de": f"{v} Franken"}.get(
                c.lang, f"{v} francs"
            )
        return f"CHF {v}"
    v = round(eur)
    if spoken:
        return {
            "it": f"{v} euro",
            "fr": f"{v} euros",
            "de": f"{v} Euro",
            "pt": f"{v} euros",
            "es": f"{v} euros",
        }.get(c.lang, f"{v} euros")
    return f"€{v}" if c.lang == "en" else f"{v} €"


def currency(c: Cust, eur: float) -> tuple[str, str]:
    if c.market == "UK":
        return f"{eur * 0.86:.2f}", "GBP"
    if c.market == "CH":
        return f"{eur * 0.94:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


def shop(fam: Fam, c: Cust) -> str:
    return str(fam.rng.choice(W.SHOPS[c.market]))


def item(fam: Fam, lang: str) -> str:
    return str(W.ITEM[fam.season][lang])


def transcript(text: str, lang: str) -> str:
    out = []
    names = {s for v in W.SHOPS.values() for s in v} | {"Pendivo", "Protect"}
    for sentence in text.replace("!", ".").replace("?", ".").split(". "):
        words = sentence.split()
        for i, w in enumerate(words):
            w = w.strip(".,;:()'\"")
            if not w:
                continue
            if w.isupper() and w.isalpha() and len(w) > 1:
                w = w.lower()
            elif (
                i == 0
                and lang != "de"
                and w not in names
                and (not w.isupper() or (len(w) == 1 and w != "I"))
            ):
                w = w[0].lower() + w[1:]
            elif i == 0 and lang == "de" and w in DE_NOT_NOUNS:
                w = w.lower()
            out.append(w)
    return " ".join(out)


# --------------------------------------------------------------------------- happy acts


def purchase(
    fam: Fam, c: Cust, t: datetime, products: list[tuple[str, float, str]] | None = None
) -> str:
    prods = products or W.PRODUCTS[fam.season]
    label, price, page = fam.rng.choice(prods)
    add(fam, c, t, "web", "page_view", attrs={"page": page})
    value, cur = currency(c, price)
    return add(
        fam,
        c,
        t + timedelta(minutes=fam.rng.randint(2, 15)),
        "web",
        "purchase",
        attrs={"order_value": value, "currency": cur, "product": label, "page": page},
    )


def survey(fam: Fam, c: Cust, t: datetime, words: dict[str, list[str]] | None = None) -> str:
    """A happy survey answer: NPS 9-10, CSAT 4-5 or CES 6-7."""
    kind = fam.rng.choice(["nps", "csat", "ces"])
    score = {
        "nps": fam.rng.randint(9, 10),
        "csat": fam.rng.randint(4, 5),
        "ces": fam.rng.randint(6, 7),
    }[kind]
    return score_survey(fam, c, t, kind, score, fam.rng.choice((words or W.SURVEY_WORDS)[c.lang]))


def score_survey(fam: Fam, c: Cust, t: datetime, kind: str, score: int, words: str) -> str:
    """A survey answer: one score and a word, an emoji or nothing."""
    return add(
        fam,
        c,
        t,
        "survey",
        "survey_response",
        text=words or None,
        scores={kind: score},
        attrs={"survey": kind},
    )


def praise_post(
    fam: Fam,
    c: Cust,
    t: datetime,
    table: dict[str, list[str]] | None = None,
    channel: str | None = None,
) -> str:
    base = W.PRAISE_SUMMER if fam.season == "summer" else W.PRAISE
    text = fam.rng.choice((table or base)[c.lang]).format(shop=shop(fam, c), item=item(fam, c.lang))
    ch = channel or fam.rng.choice(["community", "social"])
    return add(fam, c, t, ch, "post" if ch == "community" else "mention", text=text)


def chat_q(
    fam: Fam,
    c: Cust,
    t: datetime,
    table: dict[str, list[tuple[str, str]]] | None = None,
    thanks: float = 0.6,
) -> str:
    q, a = fam.rng.choice(
        (table or (W.CHAT_Q_SUMMER if fam.season == "summer" else W.CHAT_Q))[c.lang]
    )
    s = shop(fam, c)
    eid = add(fam, c, t, "chat", "chat", text=q.format(shop=s))
    t2 = t + timedelta(minutes=fam.rng.randint(1, 4))
    add(
        fam,
        c,
        t2,
        "chat",
        "chat",
        text=a.format(shop=s),
        direction="outbound",
        attrs={"agent": agent(fam, c.lang)},
    )
    if fam.rng.random() < thanks:
        add(
            fam,
            c,
            t2 + timedelta(minutes=fam.rng.randint(1, 3)),
            "chat",
            "chat",
            text=fam.rng.choice(W.THANKS[c.lang]),
        )
    return eid


def email_q(fam: Fam, c: Cust, t: datetime) -> str:
    subj, q, a = fam.rng.choice(W.EMAIL_Q[c.lang])
    s = shop(fam, c)
    eid = add(fam, c, t, "email", "message", text=q.format(name=c.first, shop=s), subject=subj)
    ag = agent(fam, c.lang)
    add(
        fam,
        c,
        daytime(t + timedelta(minutes=fam.rng.randint(30, 180))),
        "email",
        "message",
        text=a.format(name=c.first, agent=ag, shop=s),
        subject="Re: " + subj,
        direction="outbound",
        attrs={"agent": ag},
    )
    return eid


def phone_q(fam: Fam, c: Cust, t: datetime) -> str:
    q, a = fam.rng.choice(W.PHONE_Q[c.lang])
    s = shop(fam, c)
    eid = add(fam, c, t, "phone", "call", text=q.format(shop=s))
    ag = agent(fam, c.lang)
    add(
        fam,
        c,
        t + timedelta(minutes=fam.rng.randint(5, 20)),
        "email",
        "message",
        text=a.format(name=c.first, agent=ag),
        subject="Pendivo",
        direction="outbound",
        attrs={"agent": ag},
    )
    return eid


def review(fam: Fam, c: Cust, t: datetime) -> str:
    rating, text = fam.rng.choice((W.REVIEW_SUMMER if fam.season == "summer" else W.REVIEW)[c.lang])
    return add(
        fam,
        c,
        t,
        "web",
        "review",
        text=text.format(shop=shop(fam, c)),
        attrs={"rating": rating, "page": "/reviews"},
    )


def page_view(fam: Fam, c: Cust, t: datetime) -> str:
    return add(fam, c, t, "web", "page_view", attrs={"page": fam.rng.choice(W.PAGES)})


HAPPY_KINDS = [
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
    "page",
    "review",
    "survey",
]


def happy_act(fam: Fam, c: Cust, t: datetime, kinds: list[str] | None = None) -> str:
    k = fam.rng.choice(kinds or HAPPY_KINDS)
    if k == "praise":
        return praise_post(fam, c, t)
    if k == "again":
        return praise_post(fam, c, t, W.AGAIN)
    if k == "gripe":
        return praise_post(fam, c, t, W.GRIPE)
    if k == "chat":
        return chat_q(fam, c, t)
    if k == "email":
        return email_q(fam, c, t)
    if k == "phone":
        return phone_q(fam, c, t)
    if k == "purchase":
        return purchase(fam, c, t)
    if k == "review":
        return review(fam, c, t)
    if k == "survey":
        return survey(fam, c, t)
    return page_view(fam, c, t)


NO_SURVEY = [k for k in HAPPY_KINDS if k != "survey"]


def happy_days(
    fam: Fam,
    c: Cust,
    days: list[int],
    h0: float = 7,
    h1: float = 19,
    kinds: list[str] | None = None,
) -> list[str]:
    return [happy_act(fam, c, fam.rt(d, h0, h1), kinds) for d in sorted(days)]


# --------------------------------------------------------------------------- trouble


def case_ref() -> str:
    r = random.Random(len(USED) * 7919 + SEED)
    return unique(lambda: f"R26-{r.randint(10000, 99999)}")


def core(
    fam: Fam,
    c: Cust,
    problem: str,
    lang: str | None = None,
    spoken: bool = False,
    variant: int | None = None,
) -> str:
    lang = lang or c.lang
    opts = W.CORE[problem][lang]
    text = opts[variant % len(opts)] if variant is not None else fam.rng.choice(opts)
    detail = (
        W.FAULTY_DETAIL[fam.season][lang]
        if problem == "faulty"
        else W.SIZE_DETAIL[fam.season][lang]
    )
    return str(
        text.format(shop=shop(fam, c), amount=money(c, W.AMOUNT[problem], spoken), detail=detail)
    )


def topic(problem: str, lang: str) -> str:
    return str(W.TOPIC[problem][lang])


def complaint(
    fam: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    channel: str,
    lang: str | None = None,
    letter: int | None = None,
) -> str:
    """The first complaint about a problem, by channel; returns its event id."""
    lang = lang or c.lang
    subj = W.SUBJECT_COMPLAINT[lang].format(topic=topic(problem, lang))
    if channel == "long_email":
        opening, closing = W.LETTER[lang][letter if letter is not None else 0]
        text = (
            opening
            + "\n\n"
            + core(fam, c, problem, lang, variant=0)
            + " "
            + fam.rng.choice(W.DEMAND[lang])
            + "\n\n"
            + closing.format(name=c.first)
        )
        return add(fam, c, t, "email", "message", text=text, subject=subj)
    if channel == "email":
        text = (
            fam.rng.choice(W.GREET[lang])
            + "\n"
            + core(fam, c, problem, lang)
            + " "
            + fam.rng.choice(W.DEMAND[lang])
            + "\n"
            + W.SIGN[lang].format(name=c.first)
        )
        return add(fam, c, t, "email", "message", text=text, subject=subj)
    if channel == "chat":
        return add(
            fam,
            c,
            t,
            "chat",
            "chat",
            text=core(fam, c, problem, lang) + " " + fam.rng.choice(W.CHAT_TAIL[lang]),
        )
    if channel == "social":
        return add(
            fam,
            c,
            t,
            "social",
            "mention",
            text=core(fam, c, problem, lang, variant=-1)
            + " "
            + fam.rng.choice(W.SOCIAL_TAIL[lang]),
        )
    if channel == "web":
        return add(
            fam,
            c,
            t,
            "web",
            "ticket",
            text=core(fam, c, problem, lang) + " " + W.FORM_TAIL[lang],
            subject=topic(problem, lang),
            attrs={"page": "/help/contact"},
        )
    if channel == "phone":
        text = (
            fam.rng.choice(W.PHONE_OPEN[lang])
            + " "
            + transcript(core(fam, c, problem, lang, spoken=True), lang)
            + " "
            + fam.rng.choice(W.PHONE_CLOSE[lang])
        )
        return add(fam, c, t, "phone", "call", text=text)
    raise ValueError(channel)


def ack_case(fam: Fam, c: Cust, t: datetime, case: str, chat: bool, lang: str | None = None) -> str:
    lang = lang or c.lang
    ag = agent(fam, lang)
    if chat:
        return add(
            fam,
            c,
            t + timedelta(minutes=fam.rng.randint(1, 3)),
            "chat",
            "chat",
            text=W.AGENT_CHAT_CASE[lang].format(case=case),
            direction="outbound",
            attrs={"agent": ag},
        )
    return add(
        fam,
        c,
        daytime(t + timedelta(minutes=fam.rng.randint(10, 40))),
        "email",
        "message",
        text=W.AGENT_CASE[lang].format(name=c.first, case=case, agent=ag),
        subject=W.CASE_SUBJECT[lang].format(case=case),
        direction="outbound",
        attrs={"agent": ag},
    )


def good_news(fam: Fam, c: Cust, t: datetime, case: str, lang: str | None = None) -> str:
    lang = lang or c.lang
    ag = agent(fam, lang)
    return add(
        fam,
        c,
        t,
        "email",
        "message",
        text=W.AGENT_GOOD_NEWS[lang].format(name=c.first, case=case, agent=ag),
        subject=W.CASE_SUBJECT[lang].format(case=case),
        direction="outbound",
        attrs={"agent": ag},
    )


def confirm(
    fam: Fam, c: Cust, t: datetime, case: str, channel: str, lang: str | None = None
) -> str:
    lang = lang or c.lang
    text = fam.rng.choice(W.CONFIRM[lang]).format(case=case)
    if channel == "email":
        return add(
            fam,
            c,
            t,
            "email",
            "message",
            text=text,
            subject=W.CONFIRM_SUBJECT[lang].format(case=case),
        )
    return add(fam, c, t, "chat", "chat", text=text)


# --------------------------------------------------------------------------- families


def happy_writers() -> Fam:
    fam = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "winter",
        "happy customers writing often: day writers, night writers and survey answerers; nothing to warn about",
    )
    rng = fam.rng
    for _ in range(16):
        c = person(fam, "happy", "day writer")
        happy_days(fam, c, rng.sample(range(10), rng.randint(5, 8)))
    for _ in range(5):
        c = person(fam, "happy", "night writer")
        nights = rng.sample(range(9), rng.randint(2, 4))
        for d in nights:
            t = fam.at(d, 22, 12) + timedelta(minutes=rng.randint(0, 378))
            if rng.random() < 0.5:
                praise_post(fam, c, t, W.NIGHT_POST)
            else:
                chat_q(fam, c, t, W.NIGHT_CHAT, thanks=1.0)
        day_pool = [d for d in range(10) if d not in nights]
        happy_days(
            fam,
            c,
            rng.sample(day_pool, rng.randint(2, 3)),
            9,
            18,
            ["praise", "purchase", "page", "review"],
        )
    for _ in range(5):
        c = person(fam, "happy", "answers surveys")
        for d in sorted(rng.sample(range(10), rng.randint(3, 6))):
            survey(fam, c, fam.rt(d, 8, 20))
    return fam


def one_bad_day() -> Fam:
    fam = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "winter",
        "happy customers with one angry day about one problem; some give a low NPS or CSAT, some are put right and apologise",
    )
    rng = fam.rng
    channels = ["long_email", "email", "chat", "social", "web", "phone"]
    plan = [(channels[i // 4], W.PROBLEMS[i % 6]) for i in range(24)]
    with_case = [i for i, (ch, _) in enumerate(plan) if ch != "social"]
    detractors = set(rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in detractors]
    csat_low = set(rng.sample(rest, 5))
    news = set(rng.sample(with_case, 12))
    apologisers = set(rng.sample(sorted(news), 5))
    long_langs = ["it", "it", "fr", "fr"]
    for i, (channel, problem) in enumerate(plan):
        lang = long_langs[i] if channel == "long_email" else None
        det = i in detractors
        first = None
        if channel == "long_email":
            # the French letters and the second Italian one are written by a woman and a man
            want_female = lang == "fr" or i % 2 == 0
            first = rng.choice([f for f in FIRST[lang or "it"] if (f in FEMALE) == want_female])
        c = person(
            fam,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=("detractor",) if det else (),
            tolerated=("silence",),
            first=first,
        )
        bad_day = rng.randint(2, 9)
        t = fam.rt(bad_day, 8, 20)
        letter = i % 2 if channel == "long_email" else None
        eid = complaint(fam, c, t, problem, channel, letter=letter)
        pool = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        happy_days(fam, c, rng.sample(pool, min(len(pool), rng.randint(1, 5))), kinds=NO_SURVEY)
        case = None if channel == "social" else case_ref()
        tr = c.truth
        tr.update(
            {
                "problem": problem,
                "channel": "email" if channel == "long_email" else channel,
                "long_email": channel == "long_email",
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "problem_event_ids": [eid],
                "nps_given": det,
                "csat_given": i in csat_low,
                "agent_fixed": False,
                "apologised": False,
            }
        )
        if case is None:
            continue
        ack_case(fam, c, t, case, channel == "chat")
        if det:
            tr["nps"] = rng.randint(1, 5)
            tr["survey_event_id"] = score_survey(
                fam,
                c,
                t + timedelta(minutes=rng.randint(100, 140)),
                "nps",
                tr["nps"],
                rng.choice(W.LOW_NPS_WORDS[c.lang]),
            )
        elif i in csat_low:
            tr["csat"] = rng.randint(1, 2)
            tr["survey_event_id"] = score_survey(
                fam,
                c,
                t + timedelta(minutes=rng.randint(40, 80)),
                "csat",
                tr["csat"],
                rng.choice(W.LOW_CSAT_WORDS[c.lang]),
            )
        if i in news:
            good_news(fam, c, daytime(t + timedelta(minutes=rng.randint(60, 240))), case)
            tr["agent_fixed"] = True
            if i in apologisers:
                ta = daytime(t + timedelta(minutes=rng.randint(16 * 60, 24 * 60)))
                ch = rng.choice(["chat", "email"])
                text = rng.choice(W.APOLOGY[c.lang])
                if ch == "chat":
                    aid = add(fam, c, ta, "chat", "chat", text=text)
                else:
                    aid = add(
                        fam,
                        c,
                        ta,
                        "email",
                        "message",
                        text=text,
                        subject=W.CONFIRM_SUBJECT[c.lang].format(case=case),
                    )
                tr.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(8):
        c = person(fam, "happy", "control")
        happy_days(fam, c, rng.sample(range(12), rng.randint(4, 7)), kinds=NO_SURVEY)
    return fam


REPEAT_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def later_contact(
    fam: Fam, c: Cust, t: datetime, n: int, case: str, problem: str, channel: str, lang: str
) -> str:
    """The n-th contact (2, 3 or 4) about an open case."""
    tp = topic(problem, lang)
    comp = c.truth.get("competitor") or W.COMPETITORS[0]
    if n == 2:
        text = fam.rng.choice(W.REPEAT_SECOND[lang]).format(case=case, topic=tp)
    elif n == 3:
        text = fam.rng.choice(W.REPEAT_THIRD[lang]).format(case=case, topic=tp, competitor=comp)
    else:
        text = fam.rng.choice(W.REPEAT_FOURTH[lang]).format(case=case, topic=tp[0].upper() + tp[1:])
    if channel == "phone":
        line = W.REPEAT_PHONE[lang].format(case=case, topic=tp)
        if n == 3:
            line += " " + transcript(
                W.REPEAT_THIRD[lang][0]
                .format(case=case, topic=tp, competitor=comp)
                .split(". ", 1)[1],
                lang,
            )
        return add(fam, c, t, "phone", "call", text=line)
    if channel == "email":
        return add(
            fam,
            c,
            t,
            "email",
            "message",
            text=text + "\n" + W.SIGN[lang].format(name=c.first),
            subject=W.CONFIRM_SUBJECT[lang].format(case=case),
        )
    if channel == "chat":
        eid = add(fam, c, t, "chat", "chat", text=text)
        ag = agent(fam, lang)
        add(
            fam,
            c,
            t + timedelta(minutes=fam.rng.randint(1, 4)),
            "chat",
            "chat",
            text=W.AGENT_URGENT[lang].format(case=case),
            direction="outbound",
            attrs={"agent": ag},
        )
        return eid
    if channel == "web":
        return add(
            fam, c, t, "web", "ticket", text=text, subject=case, attrs={"page": "/help/contact"}
        )
    return add(fam, c, t, "social", "mention", text=text)


def repeat_run(
    fam: Fam,
    c: Cust,
    first_day: int,
    contacts: int,
    first_channel: str,
    quality: bool,
    langs: list[str],
    day_range: tuple[int, int] = (8, 19),
) -> None:
    rng = fam.rng
    problem = rng.choice(W.PROBLEMS)
    case = case_ref()
    if contacts >= 3:
        c.truth["competitor"] = rng.choice(W.COMPETITORS)
    else:
        c.truth["competitor"] = None
    t = fam.rt(first_day, *day_range)
    ids = [complaint(fam, c, t, problem, first_channel, lang=langs[0])]
    ack_case(fam, c, t, case, first_channel == "chat", lang=langs[0])
    if quality:
        ag = agent(fam, langs[0])
        add(
            fam,
            c,
            daytime(t + timedelta(minutes=rng.randint(90, 150))),
            "email",
            "message",
            text=W.AGENT_QUALITY[langs[0]].format(name=c.first, case=case, agent=ag),
            subject=W.CASE_SUBJECT[langs[0]].format(case=case),
            direction="outbound",
            attrs={"agent": ag},
        )
    pool = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    rng.shuffle(pool)
    first_at = t
    for n in range(2, contacts + 1):
        t = t + timedelta(hours=rng.uniform(4, 40))
        if t.hour >= 22 or t.hour < 7:
            base = t if t.hour < 7 else t + timedelta(days=1)
            t = base.replace(hour=8, minute=rng.randint(0, 59))
        ids.append(
            later_contact(fam, c, t, n, case, problem, pool[n - 2], langs[(n - 1) % len(langs)])
        )
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": contacts,
            "channels": [first_channel, *pool[: contacts - 1]],
            "problem_event_ids": ids,
            "trouble_starts_at": iso(first_at),
            "agent_passed_on": quality,
        }
    )


def fixed_case(
    fam: Fam, c: Cust, t: datetime, problem: str, channel: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    rng = fam.rng
    case = case_ref()
    eid = complaint(fam, c, t, problem, channel, lang=lang)
    ack_case(fam, c, t, case, channel == "chat", lang=lang)
    fixed = daytime(t + timedelta(hours=rng.uniform(3, 20)))
    good_news(fam, c, fixed, case, lang=confirm_lang)
    conf_ch = rng.choice(["email", "chat"])
    conf = daytime(fixed + timedelta(hours=rng.uniform(8, 30)))
    cid = confirm(fam, c, conf, case, conf_ch, lang=confirm_lang)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(conf),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": conf_ch,
    }


def repeat_contacts() -> Fam:
    fam = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "summer",
        "customers raising one open problem two to four times; fixed cases, two different problems and frequent writers as controls",
    )
    rng = fam.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    counts = [2] * 4 + [3] * 4 + [4] * 4
    for i in range(12):
        n = counts[i]
        c = person(
            fam, "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=REPEAT_TOL
        )
        happy_days(fam, c, [0] * rng.randint(1, 3), 7, 12, kinds=NO_SURVEY)
        repeat_run(
            fam,
            c,
            rng.randint(1, 4),
            n,
            firsts[i],
            quality=n == 4 or (n == 3 and i % 2 == 0),
            langs=[c.lang],
        )
    for _ in range(5):
        c = person(fam, "resolved_between_contacts", "fixed", tolerated=("silence",))
        happy_days(fam, c, rng.sample([0, 1, 8, 9], rng.randint(1, 2)), kinds=NO_SURVEY)
        t = fam.rt(rng.randint(1, 5), 8, 19)
        f = fixed_case(
            fam, c, t, rng.choice(W.PROBLEMS), rng.choice(["web", "email", "chat"]), c.lang, c.lang
        )
        c.truth.update(
            {
                "problems": [f],
                "booking": f["booking"],
                "trouble_starts_at": f["raised_at"],
                "problem_event_ids": f["problem_event_ids"],
            }
        )
    for _ in range(3):
        c = person(fam, "different_problems", "two problems", tolerated=("silence",))
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        d1 = rng.randint(0, 3)
        f1 = fixed_case(
            fam, c, fam.rt(d1, 8, 18), p1, rng.choice(["web", "email", "chat"]), c.lang, c.lang
        )
        f2 = fixed_case(
            fam,
            c,
            fam.rt(d1 + rng.randint(4, 5), 8, 18),
            p2,
            rng.choice(["web", "email", "chat"]),
            c.lang,
            c.lang,
        )
        c.truth.update({"problems": [f1, f2], "trouble_starts_at": f1["raised_at"]})
    for _ in range(7):
        c = person(fam, "happy", "frequent writer")
        happy_days(
            fam,
            c,
            rng.sample(range(10), rng.randint(5, 8)),
            kinds=["chat", "chat", "email", "phone", "purchase", "praise"],
        )
    return fam


def slide(fam: Fam, c: Cust, start_day: int, span: int, langs: list[str], detractor: bool) -> None:
    rng = fam.rng
    variant = rng.randrange(len(W.SLIDE[langs[0]]))
    comp = rng.choice(W.COMPETITORS)
    ids: list[str] = []
    prev: datetime | None = None
    s = shop(fam, c)
    ratings = ["3", "3", "2", "2", "1", "1"]
    for i in range(6):
        lang = langs[i % len(langs)]
        steps = W.SLIDE[lang][variant % len(W.SLIDE[lang])]
        t = fam.rt(start_day + round(i * span / 5), 8, 20)
        if prev is not None and t < prev + timedelta(hours=1):
            t = prev + timedelta(hours=1, minutes=rng.randint(5, 50))
        t = daytime(t, 7, 21)
        text = steps[i].format(shop=s, competitor=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            eid = add(
                fam,
                c,
                t,
                "web",
                "review",
                text=text,
                attrs={"rating": ratings[i], "page": "/reviews"},
            )
        else:
            eid = add(fam, c, t, ch, "mention" if ch == "social" else "post", text=text)
        ids.append(eid)
        prev = t
        if i == 3 and detractor:
            c.truth["nps"] = rng.randint(1, 5)
            ts = daytime(t + timedelta(minutes=rng.randint(150, 210)))
            c.truth["survey_event_id"] = score_survey(
                fam, c, ts, "nps", c.truth["nps"], rng.choice(W.LOW_NPS_WORDS[lang])
            )
    c.truth.update(
        {"slide_event_ids": ids, "slide_days": span, "competitor": comp, "nps_given": detractor}
    )
    first = next(r for r in fam.rows if r.tp["event_id"] == ids[0])
    c.truth["trouble_starts_at"] = iso(first.t)


def slow_churners() -> Fam:
    fam = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "summer",
        "happy customers sliding over days into naming a competitor, leavers who ask to cancel and do, steady, steadily grumpy and once-sarcastic customers",
    )
    rng = fam.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    detr = set(rng.sample(range(10), 5))
    for i in range(10):
        d = i in detr
        c = person(
            fam,
            "slow_churner",
            "slides",
            expected=("sentiment_drop", "detractor") if d else ("sentiment_drop",),
            tolerated=(
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        days = sorted(rng.sample(range(11), rng.randint(4, 5)))
        for dd in days:
            praise_post(fam, c, fam.rt(dd, 8, 19), rng.choice([None, None, W.AGAIN]))
        happy_days(
            fam,
            c,
            rng.sample(range(11), rng.randint(2, 4)),
            kinds=["chat", "purchase", "page", "email"],
        )
        slide(fam, c, rng.randint(12, 16), spans[i], [c.lang], d)
    for _ in range(5):
        c = person(
            fam,
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        happy_days(fam, c, rng.sample(range(16), rng.randint(4, 6)), kinds=NO_SURVEY)
        t = fam.rt(rng.randint(17, 23), 8, 20)
        subj, text = rng.choice(W.LEAVE[c.lang])
        eid = add(fam, c, t, "email", "message", text=text.format(name=c.first), subject=subj)
        ag = agent(fam, c.lang)
        add(
            fam,
            c,
            daytime(t + timedelta(minutes=rng.randint(60, 300))),
            "email",
            "message",
            text=W.AGENT_SORRY_GO[c.lang].format(name=c.first, agent=ag),
            subject="Re: " + subj,
            direction="outbound",
            attrs={"agent": ag},
        )
        tc = daytime(t + timedelta(minutes=rng.randint(20 * 60, 30 * 60)))
        cid = add(
            fam,
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/plan", "product": "Season rental / Noleggio stagionale"},
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
        c = person(fam, "happy", "steady")
        happy_days(fam, c, rng.sample(range(32), rng.randint(6, 10)))
    for _ in range(5):
        c = person(
            fam,
            "steadily_grumpy",
            "grumbles",
            lang=rng.choice(["it", "fr"]),
            tolerated=("repeat_contact", "silence"),
        )
        day = rng.randint(0, 4)
        gids: list[str] = []
        grumbles = list(W.GRUMBLES[c.lang])
        rng.shuffle(grumbles)
        for k in range(rng.randint(5, 7)):
            t = fam.rt(day, 8, 21)
            text = grumbles[k % len(grumbles)].format(shop=shop(fam, c))
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                gids.append(
                    add(
                        fam,
                        c,
                        t,
                        "web",
                        "review",
                        text=text,
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            elif ch == "web":
                gids.append(
                    add(
                        fam,
                        c,
                        t,
                        "web",
                        "ticket",
                        text=text,
                        subject=text.split(" ")[0] + "...",
                        attrs={"page": "/help/contact"},
                    )
                )
            else:
                gids.append(add(fam, c, t, ch, "mention" if ch == "social" else "post", text=text))
            day += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            purchase(fam, c, fam.rt(rng.randint(0, 25), 8, 20))
        c.truth.update(
            {
                "grumble_event_ids": gids,
                "trouble_starts_at": iso(min(r.t for r in fam.rows if r.tp["event_id"] in gids)),
            }
        )
    for _ in range(5):
        c = person(fam, "happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        sd = rng.randint(17, 28)
        happy_days(
            fam,
            c,
            rng.sample([d for d in range(32) if abs(d - sd) > 1], rng.randint(4, 6)),
            kinds=NO_SURVEY,
        )
        t = fam.rt(sd, 9, 20)
        ch = rng.choice(["social", "community"])
        sid = add(
            fam,
            c,
            t,
            ch,
            "mention" if ch == "social" else "post",
            text=rng.choice(W.SARCASM[c.lang]),
        )
        c.truth.update({"sarcasm_event_id": sid, "trouble_starts_at": iso(t)})
    return fam


def quiet_hours() -> Fam:
    fam = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        "summer",
        "a calm summer weekend: day customers, four mild one-off grumbles and nightly bursts of night owls; no spike",
    )
    rng = fam.rng
    for _ in range(16):
        c = person(fam, "happy", "day writer")
        happy_days(
            fam,
            c,
            rng.sample(range(3), rng.randint(1, 3)),
            7,
            17.5,
            kinds=["praise", "chat", "purchase", "page", "review", "again", "gripe"],
        )
    for k in range(4):
        c = person(fam, "grumbles_once", "grumbles once", tolerated=("silence",))
        t = fam.rt(rng.randint(0, 2), 8, 16)
        if rng.random() < 0.5:
            purchase(fam, c, t)
        else:
            page_view(fam, c, t)
        q, a = rng.choice(W.GRUMBLE_ONCE[c.lang])
        tg = t + timedelta(minutes=rng.randint(20, 30))
        ag = agent(fam, c.lang)
        if k < 2:
            gid = add(fam, c, tg, "chat", "chat", text=q)
            add(
                fam,
                c,
                tg + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                text=a,
                direction="outbound",
                attrs={"agent": ag},
            )
        else:
            gid = add(
                fam, c, tg, "web", "ticket", text=q, subject="App", attrs={"page": "/help/contact"}
            )
            add(
                fam,
                c,
                tg + timedelta(minutes=rng.randint(20, 90)),
                "email",
                "message",
                text=W.FORM_ACK[c.lang].format(name=c.first, agent=ag),
                subject="Re: App",
                direction="outbound",
                attrs={"agent": ag},
            )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(tg)})
    for night in range(3):
        first = fam.at(night + 1, 0, rng.randint(40, 65))
        starts = [
            first,
            first + timedelta(minutes=rng.randint(28, 33)),
            first + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = person(fam, "night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                if rng.random() < 0.5:
                    nid = chat_q(fam, c, t, W.NIGHT_CHAT, thanks=1.0)
                else:
                    nid = praise_post(fam, c, t, W.NIGHT_POST)
                c.truth.update(
                    {"burst_at": iso(bs), "night_event_id": nid, "day_act_event_id": None}
                )
    owls = [x for x in fam.custs if x.truth["persona"] == "night_owl"]
    for c in rng.sample(owls, 18):
        c.truth["day_act_event_id"] = happy_act(
            fam, c, fam.rt(rng.randint(0, 2), 9, 17.5), ["praise", "purchase", "page", "review"]
        )
    return fam


BILINGUAL_PAIRS = [
    ("it", "fr"),
    ("fr", "it"),
    ("it", "fr"),
    ("fr", "it"),
    ("fr", "de"),
    ("de", "fr"),
    ("it", "de"),
    ("fr", "en"),
    ("it", "en"),
    ("fr", "pt"),
    ("pt", "fr"),
    ("fr", "es"),
    ("es", "fr"),
    ("it", "es"),
    ("en", "it"),
    ("de", "it"),
    ("it", "pt"),
    ("fr", "it"),
    ("it", "fr"),
    ("pt", "fr"),
    ("fr", "de"),
    ("en", "fr"),
    ("it", "de"),
    ("fr", "en"),
    ("es", "it"),
    ("de", "fr"),
    ("it", "fr"),
]
PAIR_MARKETS = {
    frozenset({"it", "fr"}): ["CH", "IT", "FR"],
    frozenset({"fr", "de"}): ["CH", "LU", "BE"],
    frozenset({"it", "de"}): ["CH", "IT"],
    frozenset({"fr", "en"}): ["UK", "FR", "BE"],
    frozenset({"it", "en"}): ["IE", "IT"],
    frozenset({"fr", "pt"}): ["LU", "FR", "CH"],
    frozenset({"fr", "es"}): ["AD", "FR", "ES"],
    frozenset({"it", "es"}): ["ES", "IT"],
    frozenset({"it", "pt"}): ["PT", "IT"],
}
SECOND_WHY = {
    "fr": "works in a French-speaking office",
    "it": "grew up with an Italian parent",
    "de": "works across the German-speaking border",
    "en": "works for an English-speaking firm",
    "pt": "Portuguese family at home",
    "es": "Spanish partner",
}


def bilingual() -> Fam:
    fam = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "summer",
        "customers who write in two languages: happy alternators, repeat contacts and sliders alternating language, a bad day and fixed cases in the second language",
    )
    rng = fam.rng
    pairs = list(BILINGUAL_PAIRS)
    rng.shuffle(pairs)

    def bperson(
        persona: str,
        habit: str,
        idx: int,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
    ) -> tuple[Cust, list[str]]:
        l1, l2 = pairs[idx]
        market = rng.choice(PAIR_MARKETS.get(frozenset({l1, l2}), ["CH"]))
        c = person(
            fam, persona, habit, lang=l1, market=market, expected=expected, tolerated=tolerated
        )
        c.truth.update({"languages": [l1, l2], "job_second_language": SECOND_WHY[l2]})
        return c, [l1, l2]

    def alt_act(c: Cust, t: datetime, lang: str, kinds: list[str]) -> str:
        saved = c.lang
        c.lang = lang
        try:
            return happy_act(fam, c, t, kinds)
        finally:
            c.lang = saved

    idx = 0
    for _ in range(12):
        c, langs = bperson("happy", "alternates languages", idx)
        idx += 1
        for k, d in enumerate(sorted(rng.sample(range(14), rng.randint(5, 8)))):
            alt_act(c, fam.rt(d, 7, 19), langs[k % 2], NO_SURVEY)
    counts = [2, 2, 3, 3, 4]
    for n in counts:
        c, langs = bperson(
            "repeat_contact", "repeats", idx, expected=("repeat_contact",), tolerated=REPEAT_TOL
        )
        idx += 1
        for d in sorted(rng.sample([0, 1], rng.randint(1, 2))):
            alt_act(c, fam.rt(d, 7, 12), langs[0], NO_SURVEY)
        repeat_run(
            fam,
            c,
            rng.randint(2, 5),
            n,
            rng.choice(["web", "email", "chat"]),
            quality=n >= 3,
            langs=langs,
        )
    for _ in range(5):
        c, langs = bperson(
            "slow_churner",
            "slides",
            idx,
            expected=("sentiment_drop",),
            tolerated=(
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        idx += 1
        for k, d in enumerate(sorted(rng.sample(range(6), 5))):
            saved = c.lang
            c.lang = langs[k % 2]
            praise_post(fam, c, fam.rt(d, 8, 19))
            c.lang = saved
        for k, d in enumerate(sorted(rng.sample(range(6), rng.randint(1, 3)))):
            alt_act(c, fam.rt(d, 8, 19), langs[(k + 1) % 2], ["chat", "purchase", "page"])
        slide(fam, c, rng.randint(7, 8), rng.randint(3, 5), langs, False)
    bad = [("long_email", "faulty"), ("email", "overcharged"), ("chat", "not_ready")]
    for channel, problem in bad:
        c, langs = bperson("happy_one_bad_day", "one bad day", idx, tolerated=("silence",))
        idx += 1
        if channel == "long_email" and langs[1] not in W.LETTER:
            langs = [c.lang, "fr"] if c.lang != "fr" else [c.lang, "it"]
            c.truth["job_second_language"] = SECOND_WHY[langs[1]]
        bd = rng.randint(4, 9)
        t = fam.rt(bd, 8, 19)
        eid = complaint(
            fam, c, t, problem, channel, lang=langs[1], letter=2 if langs[1] == "fr" else 0
        )
        case = case_ref()
        ack_case(fam, c, t, case, channel == "chat", lang=langs[1])
        for j, d in enumerate(
            sorted(rng.sample([d for d in range(14) if abs(d - bd) > 2], rng.randint(3, 5)))
        ):
            alt_act(c, fam.rt(d, 8, 19), langs[j % 2], NO_SURVEY)
        c.truth.update(
            {
                "problem": problem,
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": langs[1],
                "trouble_starts_at": iso(t),
                "long_email": channel == "long_email",
                "channel": "email" if channel == "long_email" else channel,
                "languages": langs,
                "agent_fixed": channel != "chat",
                "apologised": False,
            }
        )
        if channel != "chat":
            good_news(
                fam, c, daytime(t + timedelta(minutes=rng.randint(60, 240))), case, lang=langs[1]
            )
        if channel == "email":
            ta = daytime(t + timedelta(minutes=rng.randint(18 * 60, 24 * 60)))
            aid = add(fam, c, ta, "chat", "chat", text=rng.choice(W.APOLOGY[langs[1]]))
            c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(2):
        c, langs = bperson("resolved_between_contacts", "fixed", idx, tolerated=("silence",))
        idx += 1
        f = fixed_case(
            fam,
            c,
            fam.rt(rng.randint(2, 8), 8, 18),
            rng.choice(W.PROBLEMS),
            "web",
            langs[0],
            langs[1],
        )
        for j, d in enumerate(sorted(rng.sample([0, 1, 11, 12, 13], rng.randint(2, 3)))):
            alt_act(c, fam.rt(d, 8, 19), langs[j % 2], NO_SURVEY)
        c.truth.update(
            {
                "problems": [f],
                "booking": f["booking"],
                "confirm_language": langs[1],
                "trouble_starts_at": f["raised_at"],
                "problem_event_ids": f["problem_event_ids"],
            }
        )
    return fam


ACCOUNTS = [
    # (kind, lang, market, site, company, domain, contacts, complainers, problem, last channel)
    (
        "at_risk",
        "it",
        "IT",
        "ski_school",
        "Scuola Sci Cime Bianche",
        "scuolascicimebianche.example",
        5,
        3,
        "fleet_short",
        "phone",
    ),
    (
        "at_risk",
        "it",
        "IT",
        "school",
        "Istituto Comprensivo Alta Valle",
        "icaltavalle.example",
        5,
        4,
        "invoice",
        "email",
    ),
    (
        "at_risk",
        "fr",
        "FR",
        "hotel",
        "Hôtel Les Balcons du Glacier",
        "balconsduglacier.example",
        4,
        3,
        "overbilled",
        "phone",
    ),
    (
        "at_risk",
        "fr",
        "FR",
        "municipality",
        "Mairie de Saint-Aubert-en-Oisans",
        "saintaubert-oisans.example",
        6,
        4,
        "roster",
        "phone",
    ),
    (
        "at_risk",
        "fr",
        "CH",
        "club",
        "Ski-Club Les Esserts",
        "skiclub-esserts.example",
        5,
        3,
        "invoice",
        "phone",
    ),
    (
        "one_unhappy",
        "it",
        "IT",
        "hotel",
        "Hotel Stella di Neve",
        "hotelstelladineve.example",
        3,
        1,
        "overbilled",
        None,
    ),
    (
        "one_unhappy",
        "fr",
        "FR",
        "tour_operator",
        "Neige et Compagnie Voyages",
        "neigeetcie.example",
        3,
        1,
        "roster",
        None,
    ),
    (
        "one_unhappy",
        "de",
        "AT",
        "ski_school",
        "Skischule Gletscherblick",
        "gletscherblick-skischule.example",
        3,
        1,
        "fleet_short",
        None,
    ),
    (
        "one_unhappy",
        "fr",
        "BE",
        "school",
        "Institut Sainte-Gudule de Verlaine",
        "isgverlaine.example",
        3,
        1,
        "invoice",
        None,
    ),
    (
        "mild",
        "it",
        "IT",
        "club",
        "Sci Club Pian delle Betulle",
        "scpiandellebetulle.example",
        4,
        0,
        None,
        None,
    ),
    (
        "mild",
        "fr",
        "FR",
        "guides",
        "Bureau des Guides du Grand Roc",
        "guidesgrandroc.example",
        3,
        0,
        None,
        None,
    ),
    (
        "mild",
        "es",
        "ES",
        "school",
        "Colegio Montealba",
        "colegiomontealba.example",
        4,
        0,
        None,
        None,
    ),
    (
        "happy",
        "de",
        "CH",
        "hotel",
        "Berghotel Edelweisshang",
        "edelweisshang.example",
        4,
        0,
        None,
        None,
    ),
    (
        "happy",
        "en",
        "UK",
        "tour_operator",
        "Snowline School Journeys",
        "snowlinejourneys.example",
        3,
        0,
        None,
        None,
    ),
    (
        "happy",
        "it",
        "IT",
        "municipality",
        "Comune di Valfiorita",
        "comune-valfiorita.example",
        4,
        0,
        None,
        None,
    ),
]


def b2b_routine(fam: Fam, c: Cust, t: datetime, high_scores: bool = True) -> str:
    rng = fam.rng
    kinds = (
        ["chat", "chat", "hire", "portal", "portal", "praise", "survey"]
        if high_scores
        else ["chat", "hire", "portal"]
    )
    k = rng.choice(kinds)
    if k == "chat":
        q, a = rng.choice(B.ROUTINE_CHAT[c.lang])
        eid = add(fam, c, t, "chat", "chat", text=q)
        t2 = t + timedelta(minutes=rng.randint(1, 6))
        add(
            fam,
            c,
            t2,
            "chat",
            "chat",
            text=a,
            direction="outbound",
            attrs={"agent": rng.choice(B.B2B_AGENTS[c.lang])},
        )
        if rng.random() < 0.6:
            add(
                fam,
                c,
                t2 + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                "chat",
                text=rng.choice(B.B2B_THANKS[c.lang]),
            )
        return eid
    if k == "hire":
        return purchase(fam, c, t, B.B2B_PRODUCTS)
    if k == "portal":
        return add(fam, c, t, "web", "page_view", attrs={"page": rng.choice(B.PORTAL_PAGES)})
    if k == "praise":
        return add(fam, c, t, "community", "post", text=rng.choice(B.B2B_PRAISE[c.lang]))
    return survey(fam, c, t, B.B2B_SURVEY_WORDS)


def weekday_time(fam: Fam, rng: random.Random, days: range) -> datetime:
    d = rng.choice([d for d in days if fam.at(d).weekday() < 5])
    return fam.rt(d, 8, 16.5)


def b2b_case_ack(fam: Fam, c: Cust, t: datetime, case: str, company: str) -> str:
    subj, text = B.B2B_CASE[c.lang]
    ag = fam.rng.choice(B.B2B_AGENTS[c.lang])
    return add(
        fam,
        c,
        t + timedelta(minutes=fam.rng.randint(15, 60)),
        "email",
        "message",
        text=text.format(name=c.first, case=case, company=company, agent=ag),
        subject=subj.format(case=case),
        direction="outbound",
        attrs={"agent": ag},
    )


def b2b_nps(fam: Fam, c: Cust, t: datetime) -> str:
    c.truth["nps"] = fam.rng.randint(1, 5)
    c.truth["nps_given"] = True
    eid = score_survey(
        fam,
        c,
        t + timedelta(minutes=fam.rng.randint(60, 180)),
        "nps",
        c.truth["nps"],
        fam.rng.choice(B.B2B_NPS_WORDS[c.lang]),
    )
    c.truth["survey_event_id"] = eid
    return eid


def b2b_accounts() -> Fam:
    fam = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "winter",
        "Pendivo Groups accounts: at-risk accounts where several contacts complain about one open problem, accounts with one unhappy contact or mild suggestions, and happy accounts",
    )
    rng = fam.rng
    for (
        kind,
        lang,
        market,
        site,
        company,
        domain,
        ncontacts,
        ncompl,
        problem,
        last_channel,
    ) in ACCOUNTS:
        acc_id = unique(lambda m=market: f"PVG-{m}-{rng.randint(1000, 9999)}")
        info = {"id": acc_id, "domain": domain}
        firsts = rng.sample(FIRST[lang], ncontacts)
        titles = list(B.JOB_TITLES[site])
        rng.shuffle(titles)
        contacts: list[Cust] = []
        n_mild = 2 if kind == "mild" else 0
        for j in range(ncontacts):
            title = titles[j % len(titles)]
            if j < ncompl and kind == "at_risk":
                last = j == ncompl - 1
                exp: tuple[str, ...] = ("repeat_contact",) if last else ("detractor",)
                tol = (
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                )
                c = person(
                    fam,
                    "b2b_unhappy",
                    "complainer",
                    lang,
                    market,
                    exp,
                    tol,
                    company=info,
                    first=firsts[j],
                )
                c.truth["role"] = "complainer"
            elif j < ncompl:
                c = person(
                    fam,
                    "b2b_one_unhappy",
                    "complainer",
                    lang,
                    market,
                    ("detractor",),
                    ("sentiment_drop", "high_value_at_risk", "silence"),
                    company=info,
                    first=firsts[j],
                )
                c.truth["role"] = "complainer"
            elif j < n_mild:
                c = person(
                    fam,
                    "b2b_mild",
                    "suggests",
                    lang,
                    market,
                    (),
                    ("silence",),
                    company=info,
                    first=firsts[j],
                )
                c.truth["role"] = "suggests"
            else:
                c = person(fam, "b2b_happy", "contact", lang, market, company=info, first=firsts[j])
                c.truth["role"] = "contact"
            c.truth.update({"company": company, "job_title": title, "job": title})
            contacts.append(c)
        acc: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": ncontacts,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": ncompl,
            "unhappy_contact_keys": [c.key for c in contacts[:ncompl]],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        for c in contacts:
            if c.truth["role"] == "contact":
                for _ in range(rng.randint(2, 5)):
                    b2b_routine(fam, c, weekday_time(fam, rng, range(14)))
            else:
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(fam, c, fam.rt(rng.randint(0, 1), 8, 16.5), high_scores=False)
        if kind == "at_risk":
            assert problem is not None
            case = case_ref()
            t = fam.rt(2, 8, 15)
            first_c = contacts[0]
            prev = t
            for j in range(ncompl):
                c = contacts[j]
                if j == 0:
                    subj, text = B.COMPLAINT_FIRST[problem][lang]
                    eid = add(
                        fam,
                        c,
                        t,
                        "email",
                        "message",
                        text=text.format(name=c.first, company=company),
                        subject=subj,
                    )
                    b2b_case_ack(fam, c, t, case, company)
                    tj = t
                else:
                    tj = office(prev + timedelta(hours=rng.uniform(8, 28)))
                    same = tj.date() == t.date()
                    day = (
                        B.TODAY[lang]
                        if same
                        else B.DAY_PREFIX[lang].format(day=W.WEEKDAYS[lang][t.weekday()])
                    )
                    subj, text = rng.choice(B.COMPLAINT_LATER[lang])
                    eid = add(
                        fam,
                        c,
                        tj,
                        "email",
                        "message",
                        text=text.format(
                            name=c.first,
                            company=company,
                            case=case,
                            first=first_c.first,
                            day=day,
                            line=B.PROBLEM_LINE[problem][lang],
                        ),
                        subject=subj.format(case=case),
                    )
                c.truth.update(
                    {
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(tj),
                        "booking": case,
                        "problem": problem,
                    }
                )
                if j < ncompl - 1:
                    b2b_nps(fam, c, tj)
                else:
                    t2 = office(tj + timedelta(hours=rng.uniform(18, 40)))
                    line = B.PROBLEM_LINE[problem][lang]
                    if last_channel == "email":
                        comp = rng.choice(W.COMPETITORS)
                        subj, text = B.LAST_EMAIL[lang]
                        e2 = add(
                            fam,
                            c,
                            t2,
                            "email",
                            "message",
                            text=text.format(
                                name=c.first, company=company, case=case, line=line, competitor=comp
                            ),
                            subject=subj.format(case=case),
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = add(
                            fam,
                            c,
                            t2,
                            "phone",
                            "call",
                            text=B.LAST_CALL[lang].format(case=case, line=line),
                        )
                        c.truth["competitor"] = None
                    c.truth["complaint_event_ids"].append(e2)
                    c.truth["repeat_event_id"] = e2
                prev = tj
            acc["trouble_starts_at"] = iso(t)
        elif kind == "one_unhappy":
            assert problem is not None
            c = contacts[0]
            case = case_ref()
            t = office(fam.rt(rng.randint(3, 7), 8, 16))
            subj, text = B.COMPLAINT_FIRST[problem][lang]
            eid = add(
                fam,
                c,
                t,
                "email",
                "message",
                text=text.format(name=c.first, company=company),
                subject=subj,
            )
            b2b_case_ack(fam, c, t, case, company)
            b2b_nps(fam, c, t)
            c.truth.update(
                {
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "booking": case,
                    "problem": problem,
                }
            )
        elif kind == "mild":
            for j in range(2):
                c = contacts[j]
                t = office(fam.rt(rng.randint(2, 9), 8, 16))
                text = B.MILD[lang][j % len(B.MILD[lang])]
                eid = add(
                    fam,
                    c,
                    t,
                    "web",
                    "ticket",
                    text=text,
                    subject="Suggerimento"
                    if lang == "it"
                    else ("Sugerencia" if lang == "es" else "Suggestion"),
                    attrs={"page": "/groups/portal/feedback"},
                )
                ag = rng.choice(B.B2B_AGENTS[lang])
                add(
                    fam,
                    c,
                    t + timedelta(minutes=rng.randint(30, 180)),
                    "email",
                    "message",
                    text=B.MILD_ACK[lang].format(name=c.first, agent=ag),
                    subject="Re: Pendivo",
                    direction="outbound",
                    attrs={"agent": ag},
                )
                c.truth.update({"mild_event_id": eid, "trouble_starts_at": iso(t)})
        fam.accounts[acc_id] = acc
    return fam


def topic_spike() -> Fam:
    fam = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "winter",
        "a calm week and, on Saturday 14 November 2026 in the morning, a planted spike: the app's virtual queue gives everyone ticket A001, error Q7/31",
    )
    rng = fam.rng
    for _ in range(40):
        c = person(fam, "happy", "day writer")
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            happy_act(fam, c, fam.rt(d, 12, 19) if d == 5 else fam.rt(d, 7, 19))
    for lang in ("it", "fr"):
        c = person(fam, "grumbles_once", "grumbles once", lang=lang, tolerated=("silence",))
        q, a = W.TS_GRUMBLE[lang]
        t = fam.rt(0, 9, 17)
        gid = add(fam, c, t, "chat", "chat", text=q)
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(1, 5)),
            "chat",
            "chat",
            text=a,
            direction="outbound",
            attrs={"agent": agent(fam, lang)},
        )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hm in (("it", (9, 40)), ("fr", (16, 5))):
        c = person(fam, "grumbles_once", "lone question", lang=lang, tolerated=("silence",))
        q, a = W.LONE_Q[lang]
        t = fam.at(4, hm[0], hm[1])
        lid = add(fam, c, t, "chat", "chat", text=q)
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(2, 5)),
            "chat",
            "chat",
            text=a,
            direction="outbound",
            attrs={"agent": agent(fam, lang)},
        )
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["it"] * 6 + ["fr"] * 6 + ["en", "en", "de", "de", "pt", "pt", "es", "es"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(channels)
    minutes = sorted(rng.sample(range(0, 46), 20))
    minutes[0], minutes[-1] = 0, 45
    spike_start = fam.at(5, 7, 40)
    regular = set(rng.sample(range(20), 12))
    early = [i for i in range(20) if minutes[i] <= 25]
    repeaters = set(rng.sample(early, 6))
    fixed_pool = [i for i in range(20) if i not in repeaters]
    fixed = set(rng.sample(fixed_pool, 6))
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    rep_channels = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(rep_channels)
    counters: dict[str, int] = {}
    for i in range(20):
        lang = langs[i]
        rep = i in repeaters
        reg = i in regular
        c = person(
            fam,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if reg else "new",
            lang=lang,
            expected=("repeat_contact",) if rep else (),
            tolerated=("sentiment_drop", "silence") if rep else ("silence",),
        )
        if reg:
            for d in sorted(rng.sample([2, 3, 4], rng.randint(1, 3))):
                happy_act(
                    fam,
                    c,
                    fam.rt(d, 8, 17.5),
                    ["praise", "chat", "purchase", "page", "email", "again"],
                )
        n = counters.get(lang, 0)
        counters[lang] = n + 1
        s = W.GLACIER_SHOPS[lang][n % len(W.GLACIER_SHOPS[lang])]
        text = W.SPIKE_REPORT[lang][n % len(W.SPIKE_REPORT[lang])].format(shop=s)
        t = spike_start + timedelta(
            minutes=minutes[i], seconds=rng.randint(0, 40) if 0 < i < 19 else 0
        )
        ch = channels[i]
        if ch == "social":
            eid = add(fam, c, t, "social", "mention", text=text)
        elif ch == "community":
            eid = add(fam, c, t, "community", "post", text=text)
        elif ch == "email":
            eid = add(
                fam,
                c,
                t,
                "email",
                "message",
                text=text + "\n" + c.first,
                subject=W.SPIKE_SUBJECT[lang],
            )
        elif ch == "web":
            eid = add(
                fam,
                c,
                t,
                "web",
                "ticket",
                text=text,
                subject=W.SPIKE_SUBJECT[lang],
                attrs={"page": "/help/contact"},
            )
        else:
            eid = add(fam, c, t, "chat", "chat", text=text)
            add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                "chat",
                text=W.SPIKE_CHAT_ANSWER[lang],
                direction="outbound",
                attrs={"agent": agent(fam, lang)},
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            {
                "in_spike": True,
                "regular": reg,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
            }
        )
        if rep:
            rch = rep_channels.pop()
            if rch == ch:
                rch = "email" if ch != "email" else "community"
            t2 = t + timedelta(minutes=rng.randint(15, 50))
            rn = counters.get("r" + lang, 0)
            counters["r" + lang] = rn + 1
            rtext = W.SPIKE_REPEAT[lang][rn % len(W.SPIKE_REPEAT[lang])]
            if rch == "email":
                rid = add(
                    fam,
                    c,
                    t2,
                    "email",
                    "message",
                    text=rtext,
                    subject="Re: " + W.SPIKE_SUBJECT[lang],
                )
            elif rch == "chat":
                rid = add(fam, c, t2, "chat", "chat", text=rtext)
                add(
                    fam,
                    c,
                    t2 + timedelta(minutes=rng.randint(1, 3)),
                    "chat",
                    "chat",
                    text=W.SPIKE_CHAT_ANSWER[lang],
                    direction="outbound",
                    attrs={"agent": agent(fam, lang)},
                )
            else:
                rid = add(fam, c, t2, "community", "post", text=rtext)
            reps.append(rid)
            c.truth["repeat_event_id"] = rid
        if i in fixed:
            local = "11:20" if c.market in CET_MARKETS else "10:20"
            credit = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "10 €" if lang != "en" else "€10")
            ag = agent(fam, lang)
            add(
                fam,
                c,
                fam.at(5, 10, rng.randint(25, 35)),
                "email",
                "message",
                text=W.SPIKE_FIXED[lang].format(name=c.first, local=local, credit=credit, agent=ag),
                subject=W.SPIKE_FIXED_SUBJECT[lang],
                direction="outbound",
                attrs={"agent": ag},
            )
            c.truth["agent_fixed"] = True
    fam.spike = {
        "topic": "mountain-gear hire app's virtual shop queue gives every customer the same ticket A001 and refuses new tickets with error Q7/31, so shops cannot call anyone",
        "about": "Saturday 14 November 2026, glacier resorts' opening weekend: reports from 20 customers in six languages on five channels within 45 minutes",
        "channel": None,
        "start": iso(spike_start),
        "end": iso(spike_start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return fam


# --------------------------------------------------------------------------- output


def identifiers(fam: Fam) -> None:
    rr = fam.rr
    by: dict[str, list[Row]] = {}
    for r in fam.rows:
        by.setdefault(r.cust.key, []).append(r)
    for key, rows in by.items():
        rows.sort(key=lambda r: (r.t, r.seq))
        c = rows[0].cust
        inbound = [r for r in rows if r.tp["direction"] == "inbound"]
        if not inbound:
            raise ValueError(f"{key} has no inbound touchpoint")
        first = inbound[0]
        full = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        for r in rows:
            ch = r.tp["channel"]
            if r is first or r.tp["direction"] == "outbound":
                ids: dict[str, Any] = dict(full)
            elif ch == "phone":
                ids = {"phone": ("+" + c.cc + " " + c.national) if rr.random() < 0.5 else c.phone}
            elif ch in ("social", "community"):
                if c.handle is None:
                    ids = {"email": c.email}
                else:
                    ids = {"handle": c.handle if rr.random() >= 0.2 else c.handle.lstrip("@")}
            elif ch == "email":
                ids = {"email": c.email.upper() if rr.random() < 1 / 12 else c.email}
            else:
                ids = {"customer_id": c.key}
            ids["account_id"] = c.account
            r.tp["customer"] = {
                k: ids.get(k) for k in ("customer_id", "email", "phone", "handle", "account_id")
            }


def expected_counts(fam: Fam) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in fam.custs:
        for rule in c.truth["expected_rules"]:
            out[rule] = out.get(rule, 0) + 1
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise ValueError(f"{c.key} expects and tolerates a rule")
    for a in fam.accounts.values():
        for rule in a["expected_rules"]:
            out[rule] = out.get(rule, 0) + 1
    if fam.spike:
        out["topic_spike"] = 1
    return dict(sorted(out.items()))


PLANTED = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"churn_intent": 5, "detractor": 5, "sentiment_drop": 10},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"repeat_contact": 6, "topic_spike": 1},
}


def write(fam: Fam) -> tuple[int, int, int]:
    identifiers(fam)
    fam.rows.sort(key=lambda r: (r.t, r.seq))
    counts = expected_counts(fam)
    if counts != PLANTED[fam.name]:
        raise ValueError(f"{fam.name}: expected {counts} != planted {PLANTED[fam.name]}")
    last = max(r.t for r in fam.rows)
    end = max(fam.start + timedelta(days=fam.days), last + timedelta(hours=1))
    if end >= LIMIT:
        raise ValueError(f"{fam.name}: end {end} too late")
    with (HERE / f"{fam.name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for r in fam.rows:
            fh.write(json.dumps(r.tp, ensure_ascii=False) + "\n")
    customers = {}
    for c in fam.custs:
        tr = dict(c.truth)
        customers[c.key] = tr
    truth = {
        "config": {
            "family": fam.name,
            "about": fam.about,
            "business": BUSINESS,
            "days": fam.days,
            "seed": SEED * 100 + fam.n,
            "written": WRITTEN,
            "expected": counts,
        },
        "start": iso(fam.start),
        "end": iso(end),
        "customers": customers,
        "accounts": fam.accounts,
        "spike": fam.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{fam.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    replies = sum(1 for r in fam.rows if r.tp["direction"] == "outbound")
    return len(fam.custs), len(fam.rows), replies


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
        n = write(build())
        print(build.__name__, *n)
        total = [a + b for a, b in zip(total, n, strict=True)]
    print("total", *total)


if __name__ == "__main__":
    main()
