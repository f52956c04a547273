# ruff: noqa: E501
"""Generate heldout76: the seventy-sixth hand-written alert set (report only, blind).

Standard library only, fixed seed, deterministic. Run: python make_heldout76.py
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

SEED = 20261115
LIMIT = datetime(2026, 11, 25, tzinfo=UTC)
LANGS = ["es", "de", "en", "fr", "it", "pt"]
LANG_W = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "es": ["ES"],
    "de": ["DE", "DE", "DE", "AT", "CH"],
    "en": ["UK", "UK", "IE"],
    "fr": ["FR", "FR", "BE", "CH", "LU"],
    "it": ["IT", "IT", "IT", "CH"],
    "pt": ["PT"],
}
CURRENCY = {"UK": "GBP", "CH": "CHF"}
FX = {"EUR": 1.0, "GBP": 0.86, "CHF": 0.94}
PHONES: dict[str, tuple[str, list[str], int]] = {
    "ES": ("+34", ["6", "7"], 9),
    "DE": ("+49", ["151", "152", "160", "162", "170", "171", "176"], 11),
    "AT": ("+43", ["664", "676", "681", "699"], 10),
    "CH": ("+41", ["76", "77", "78", "79"], 9),
    "UK": ("+44", ["7"], 10),
    "IE": ("+353", ["83", "85", "86", "87", "89"], 9),
    "FR": ("+33", ["6", "7"], 9),
    "BE": ("+32", ["47", "48", "49"], 9),
    "LU": ("+352", ["621", "661", "691"], 9),
    "IT": ("+39", ["32", "33", "34", "38"], 10),
    "PT": ("+351", ["91", "92", "93", "96"], 9),
}
FIRST = {
    "es": [
        "Lucía",
        "Carmen",
        "Javier",
        "Marta",
        "Andrés",
        "Pilar",
        "Raúl",
        "Elena",
        "Sergio",
        "Nuria",
        "Alberto",
        "Rocío",
        "Iván",
        "Beatriz",
        "Óscar",
        "Inés",
        "Jorge",
        "Silvia",
        "Pablo",
        "Mercedes",
        "Teresa",
        "Gonzalo",
        "Amparo",
        "Rubén",
    ],
    "de": [
        "Sabine",
        "Thomas",
        "Katrin",
        "Jürgen",
        "Anja",
        "Markus",
        "Birgit",
        "Stefan",
        "Claudia",
        "Uwe",
        "Heike",
        "Michael",
        "Petra",
        "Jens",
        "Monika",
        "Frank",
        "Susanne",
        "Torsten",
        "Ines",
        "Dirk",
        "Gabi",
        "Ralf",
        "Ute",
        "Holger",
    ],
    "en": [
        "Sarah",
        "James",
        "Claire",
        "Gareth",
        "Fiona",
        "Mark",
        "Siobhan",
        "Paul",
        "Rachel",
        "Declan",
        "Emma",
        "Niall",
        "Joanne",
        "Craig",
    ],
    "fr": [
        "Sophie",
        "Laurent",
        "Nathalie",
        "Olivier",
        "Isabelle",
        "Julien",
        "Valérie",
        "Thierry",
        "Céline",
        "Benoît",
        "Agnès",
        "Mathieu",
        "Sandrine",
        "Didier",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Paola",
        "Stefano",
        "Chiara",
        "Davide",
        "Elisa",
        "Roberto",
        "Silvia",
        "Matteo",
        "Lorena",
        "Fabio",
    ],
    "pt": [
        "Ana",
        "João",
        "Rita",
        "Pedro",
        "Catarina",
        "Rui",
        "Sofia",
        "Nuno",
        "Inês",
        "Tiago",
        "Marta",
        "Hugo",
        "Filipa",
        "Bruno",
    ],
}
LAST = {
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Romero",
        "Navarro",
        "Molina",
        "Ortega",
        "Delgado",
        "Castro",
        "Rubio",
        "Serrano",
        "Iglesias",
        "Medina",
        "Garrido",
        "Cortés",
        "Prieto",
        "Vidal",
        "Soler",
        "Pascual",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Becker",
        "Hoffmann",
        "Schulz",
        "Koch",
        "Richter",
        "Wolf",
        "Neumann",
        "Schwarz",
        "Krüger",
        "Hartmann",
        "Lange",
        "Werner",
        "Krause",
        "Lehmann",
        "Köhler",
        "Brandt",
        "Vogel",
        "Seidel",
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Hughes",
        "Bennett",
        "Doyle",
        "Carter",
        "Kelly",
        "Price",
        "Byrne",
        "Lewis",
        "Farrell",
        "Shaw",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Mercier",
        "Lambert",
        "Rousseau",
        "Chevalier",
        "Perrin",
    ],
    "it": [
        "Rossi",
        "Bianchi",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "Costa",
        "Mancini",
        "Lombardi",
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
        "Gomes",
        "Lopes",
    ],
}
TOWNS = {
    "ES": [
        "Valladolid",
        "Murcia",
        "Zaragoza",
        "Córdoba",
        "Vigo",
        "Gijón",
        "Alicante",
        "Burgos",
        "Huesca",
        "Cáceres",
        "Logroño",
        "Jaén",
    ],
    "DE": [
        "Kassel",
        "Bielefeld",
        "Magdeburg",
        "Regensburg",
        "Osnabrück",
        "Würzburg",
        "Göttingen",
        "Erfurt",
        "Paderborn",
        "Koblenz",
    ],
    "AT": ["Graz", "Linz", "Salzburg", "Klagenfurt", "Villach", "Wels"],
    "CH": ["Bern", "Winterthur", "Luzern", "St. Gallen", "Lausanne", "Lugano"],
    "UK": ["Leeds", "Norwich", "Swansea", "Derby", "Exeter", "Stoke-on-Trent"],
    "IE": ["Cork", "Galway", "Limerick", "Athlone"],
    "FR": ["Tours", "Nancy", "Limoges", "Angers", "Dijon", "Perpignan"],
    "BE": ["Liège", "Namur", "Charleroi"],
    "LU": ["Esch-sur-Alzette", "Differdange"],
    "IT": ["Bergamo", "Verona", "Perugia", "Lecce", "Modena", "Trento", "Pescara"],
    "PT": ["Braga", "Coimbra", "Aveiro", "Viseu", "Setúbal", "Faro"],
}
JOBS = [
    "nurse",
    "teacher",
    "bus driver",
    "accountant",
    "shop owner",
    "retired",
    "pharmacist",
    "electrician",
    "civil servant",
    "cook",
    "hairdresser",
    "engineer",
    "care worker",
    "lawyer",
    "farmer",
    "postal worker",
    "taxi driver",
    "social worker",
    "baker",
    "IT support",
]
AGENTS = {
    "es": ["Lucía", "Rubén", "Marisa"],
    "de": ["Jana", "Tobias", "Nicole"],
    "en": ["Holly", "Sean"],
    "fr": ["Élodie", "Yann"],
    "it": ["Sara", "Paolo"],
    "pt": ["Joana", "Diogo"],
}
DOMAINS = [
    "correo.example",
    "post.example",
    "mailbox.example",
    "web.example",
    "inbox.example",
    "netz.example",
]
LOW_WORDS = {
    "es": ["", "", "fatal"],
    "de": ["", "", "schlecht"],
    "en": ["", "poor"],
    "fr": ["", "nul"],
    "it": ["", "pessimo"],
    "pt": ["", "péssimo"],
}
CALL_SUBJECT = {
    "es": "Tu llamada",
    "de": "Ihr Anruf",
    "en": "Your call",
    "fr": "Votre appel",
    "it": "La sua chiamata",
    "pt": "A sua chamada",
}
SOURCES = {
    "email": "stufaro-mail",
    "phone": "stufaro-voice",
    "social": "stufaro-social",
    "community": "stufaro-forum",
    "chat": "stufaro-chat",
    "web": "stufaro-web",
    "survey": "stufaro-survey",
}

T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_GRUMPY = ["repeat_contact", "silence"]
T_SIL = ["silence"]
T_SPIKE_REP = ["sentiment_drop", "silence"]
T_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: dict[str, set[str]] = {
    "cid": set(),
    "email": set(),
    "phone": set(),
    "handle": set(),
    "case": set(),
    "account": set(),
}


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_id(s: str) -> str:
    s = (
        s.replace("ß", "ss")
        .replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "ae")
        .replace("Ö", "oe")
        .replace("Ü", "ue")
    )
    n = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in n if ch.isascii() and ch.isalnum()).lower()


def strip_accents(s: str) -> str:
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    out = []
    for ch in s:
        if ch in table:
            out.append(table[ch])
        elif ch in "ßñÑ€£":
            out.append(ch)
        else:
            d = unicodedata.normalize("NFKD", ch)
            base = "".join(c for c in d if not unicodedata.combining(c))
            out.append(base if base else ch)
    return "".join(out)


def fmt(text: str, **kw: str) -> str:
    values = {"brand": W.BRAND, "plan": W.PLAN, "pro": B.PRO}
    values.update(kw)
    return text.format(**values)


def money(eur: float, market: str, lang: str, spoken: bool = False) -> str:
    if market == "UK":
        n = round(eur * FX["GBP"])
        return f"{n} pounds" if spoken else f"£{n}"
    if market == "CH":
        n = round(eur * FX["CHF"])
        if spoken:
            return f"{n} " + {"de": "Franken", "fr": "francs", "it": "franchi"}.get(lang, "francs")
        return f"CHF {n}"
    n = round(eur)
    if spoken:
        return f"{n} " + {"de": "Euro", "it": "euro"}.get(lang, "euros")
    return f"{n} €"


KEEP_WORDS = {W.BRAND, W.PLAN, "Stufaro", "Care", *W.COMPETITORS}


def transcribe(text: str, lang: str) -> str:
    words = []
    for raw in text.replace("\n", " ").split():
        w = raw.strip(".,!?;:()\"¿¡…'")
        if not w or w in {"-", "—"}:
            continue
        keep = any(ch.isdigit() for ch in w) or w in KEEP_WORDS or w.startswith("SF-")
        german_noun = lang == "de" and w[0].isupper() and not w.isupper()
        words.append(w if keep or german_noun else w.lower())
    return " ".join(words)


@dataclass
class Cust:
    key: str
    persona: str
    habit: str
    lang: str
    country: str
    segment: str
    first: str
    last: str
    job: str
    town: str
    cid: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def ids(self) -> dict[str, str | None]:
        return {
            "customer_id": self.cid,
            "email": self.email,
            "phone": self.phone,
            "handle": self.handle,
            "account_id": self.account,
        }


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    planted: dict[str, int]
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    custs: list[Cust] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        return self.start + timedelta(days=day, minutes=minutes)


def uniq(kind: str, make: Any) -> str:
    for _ in range(200):
        v = str(make())
        if v not in USED[kind]:
            USED[kind].add(v)
            return v
    raise RuntimeError(f"no unique {kind}")


def new_cust(
    f: Fam,
    persona: str,
    habit: str,
    lang: str | None = None,
    country: str | None = None,
    segment: str = "consumer",
    account: str | None = None,
    domain: str | None = None,
    first: str | None = None,
) -> Cust:
    r = f.rng
    lang = lang or r.choices(LANGS, LANG_W)[0]
    country = country or r.choice(MARKETS[lang])
    fn = first or r.choice(FIRST[lang])
    ln = r.choice(LAST[lang])
    cid = uniq("cid", lambda: f"SF{f.code}{r.randint(1000, 9999)}")
    a, b = ascii_id(fn), ascii_id(ln)
    if domain:
        email = uniq(
            "email",
            lambda: (
                f"{a}.{b}@{domain}" if r.random() < 0.7 else f"{a[0]}{b}{r.randint(1, 9)}@{domain}"
            ),
        )
    else:
        email = uniq(
            "email",
            lambda: (
                r.choice(
                    [
                        f"{a}.{b}{r.randint(1, 99)}",
                        f"{a}{b[0]}{r.randint(10, 99)}",
                        f"{b}.{a}",
                        f"{a}_{b}{r.randint(1, 9)}",
                    ]
                )
                + "@"
                + r.choice(DOMAINS)
            ),
        )
    cc, starts, length = PHONES[country]

    def mk_phone() -> str:
        s = r.choice(starts)
        return cc + s + "".join(str(r.randint(0, 9)) for _ in range(length - len(s)))

    phone = uniq("phone", mk_phone)
    handle: str | None = None
    if segment == "consumer":
        handle = uniq(
            "handle",
            lambda: (
                "@"
                + r.choice(
                    [
                        f"{b}_{a}{r.randint(1, 9)}",
                        f"{a}{b}{r.randint(10, 99)}",
                        f"{b}{a[0]}",
                        f"{a}_{b}",
                        f"{a}.{b[:4]}{r.randint(1, 99)}",
                    ]
                )
            ),
        )
    c = Cust(
        f"{cid}",
        persona,
        habit,
        lang,
        country,
        segment,
        fn,
        ln,
        r.choice(JOBS),
        r.choice(TOWNS[country]),
        cid,
        email,
        phone,
        handle,
        account,
    )
    f.custs.append(c)
    return c


def roughen(f: Fam, text: str) -> str:
    r = f.rr
    if r.random() < 0.10:
        text = strip_accents(text)
    if r.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
        text = text[0].lower() + text[1:]
    if r.random() < 1 / 7:
        words = text.split(" ")
        cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if cands:
            i = r.choice(cands)
            w = words[i]
            j = r.randint(1, len(w) - 3)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def add(
    f: Fam,
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
    f.counter += 1
    eid = f"sf76-{f.code.lower()}-{f.counter:05d}"
    if text is not None and not out and channel not in ("phone", "survey"):
        text = roughen(f, text)
    if text is not None and c.segment == "consumer" and not out:
        if channel == "social":
            if "@" + W.BRAND not in text:
                pos = text.rfind(W.BRAND)
                text = text[:pos] + "@" + text[pos:] if pos >= 0 else "@" + W.BRAND + " " + text
        else:
            text = text.replace("@" + W.BRAND + " ", "").replace("@" + W.BRAND, W.BRAND)
    a = {"market": c.country}
    if c.segment == "b2b":
        a["segment"] = "b2b"
    if out and channel in ("chat", "email"):
        a["agent"] = f.rng.choice(AGENTS[c.lang])
    if attrs:
        a.update(attrs)
    sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
    if scores:
        sc.update(scores)
    f.rows.append(
        {
            "event_id": eid,
            "t": t,
            "cust": c,
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": sc,
            "source": SOURCES[channel],
            "attributes": a,
        }
    )
    return eid


def morning(f: Fam, t: datetime) -> datetime:
    """Move a time out of 22:00-07:00 UTC to 08:00-09:00 the next morning."""
    if t.hour >= 22:
        d = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        return d + timedelta(minutes=f.rng.randint(0, 59))
    if t.hour < 7:
        return t.replace(hour=8, minute=f.rng.randint(0, 59), second=0)
    return t


def office(f: Fam, t: datetime, end_h: int = 17) -> datetime:
    """Weekdays 08-end_h UTC: later times move to the next working morning."""
    for _ in range(10):
        if t.weekday() < 5 and 8 <= t.hour < end_h:
            return t
        if t.weekday() < 5 and t.hour < 8:
            t = t.replace(hour=8, minute=f.rng.randint(0, 50))
            continue
        t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 50), second=0)
    raise RuntimeError("no office time")


def new_case() -> str:
    r = random.Random(len(USED["case"]) * 7919 + SEED)
    return uniq("case", lambda: f"SF-{r.randint(100000, 999999)}")


def buy(f: Fam, c: Cust, t: datetime, products: list[tuple[str, float, str]] | None = None) -> None:
    name, eur, page = f.rng.choice(products or W.PRODUCTS)
    cur = CURRENCY.get(c.country, "EUR")
    add(f, c, t, "web", "page_view", attrs={"page": page})
    add(
        f,
        c,
        t + timedelta(minutes=f.rng.randint(5, 30)),
        "web",
        "purchase",
        attrs={
            "order_value": f"{eur * FX[cur]:.2f}",
            "currency": cur,
            "product": name,
            "page": page,
        },
    )


def survey_happy(f: Fam, c: Cust, t: datetime) -> None:
    kind = f.rng.choice(["nps", "csat", "ces"])
    val = {"nps": f.rng.randint(9, 10), "csat": f.rng.randint(4, 5), "ces": f.rng.randint(6, 7)}[
        kind
    ]
    words = W.SURVEY_WORDS[c.lang] if c.segment == "consumer" else B.B2B_SURVEY_WORDS
    text = f.rng.choice(words) or None
    add(f, c, t, "survey", "survey_response", text, scores={kind: val}, attrs={"survey": kind})


def praise(
    f: Fam, c: Cust, t: datetime, table: dict[str, list[str]] | None = None, lang: str | None = None
) -> str:
    lang = lang or c.lang
    text = fmt(f.rng.choice((table or W.PRAISE)[lang]))
    if f.rng.random() < 0.55:
        return add(f, c, t, "social", "mention", text)
    return add(f, c, t, "community", "post", text)


def chat_q(
    f: Fam,
    c: Cust,
    t: datetime,
    table: dict[str, list[tuple[str, str, str]]],
    lang: str | None = None,
) -> None:
    lang = lang or c.lang
    q, a, th = f.rng.choice(table[lang])
    add(f, c, t, "chat", "chat", fmt(q))
    t2 = t + timedelta(minutes=f.rng.randint(1, 6))
    add(f, c, t2, "chat", "chat", fmt(a), out=True)
    if th and f.rng.random() < 0.7:
        add(f, c, t2 + timedelta(minutes=f.rng.randint(1, 4)), "chat", "chat", th)


def happy_act(f: Fam, c: Cust, t: datetime, kinds: list[str], lang: str | None = None) -> None:
    lang = lang or c.lang
    k = f.rng.choice(kinds)
    r = f.rng
    if k == "praise":
        praise(f, c, t, lang=lang)
    elif k == "again":
        praise(f, c, t, W.AGAIN, lang)
    elif k == "gripe":
        praise(f, c, t, W.GRIPE, lang)
    elif k == "chat":
        chat_q(f, c, t, W.CHAT_Q, lang)
    elif k == "email":
        subj, q, a = r.choice(W.EMAIL_Q[lang])
        add(f, c, t, "email", "message", fmt(q), subject=subj)
        t2 = morning(f, t + timedelta(minutes=r.randint(60, 300)))
        add(f, c, t2, "email", "message", fmt(a), subject="RE: " + subj, out=True)
    elif k == "phone":
        q, a = r.choice(W.PHONE_Q[lang])
        add(f, c, t, "phone", "call", q)
        add(
            f,
            c,
            t + timedelta(minutes=r.randint(20, 60)),
            "email",
            "message",
            fmt(a),
            subject=CALL_SUBJECT[lang],
            out=True,
        )
    elif k == "purchase":
        buy(f, c, t)
    elif k == "page":
        add(f, c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
    elif k == "review":
        rating, text = r.choice(W.REVIEWS[lang])
        add(
            f,
            c,
            t,
            "web",
            "review",
            text,
            attrs={"rating": str(rating), "page": r.choice(W.PAGES[:4])},
        )
    elif k == "survey":
        survey_happy(f, c, t)
    else:
        raise ValueError(k)


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
]


def happy_days(
    f: Fam, c: Cust, days: list[int], h0: float = 7, h1: float = 19, kinds: list[str] | None = None
) -> None:
    for d in days:
        happy_act(f, c, f.at(d, h0, h1), kinds or HAPPY_KINDS)


def pick_days(f: Fam, pool: list[int], n: int) -> list[int]:
    return sorted(f.rng.sample(pool, min(n, len(pool))))


def complaint_text(
    f: Fam, c: Cust, problem: str, channel: str, lang: str | None = None, long: bool = False
) -> str:
    lang = lang or c.lang
    amt_eur = W.AMOUNTS.get(problem, 0.0)
    if channel == "phone":
        base = fmt(
            f.rng.choice(W.COMPLAINT[problem][lang]),
            amt=money(amt_eur, c.country, lang, spoken=True),
        )
        opening: str = W.SPOKEN_START[lang]
        closing: str = W.SPOKEN_END[lang]
        return opening + transcribe(base, lang) + closing
    text = fmt(f.rng.choice(W.COMPLAINT[problem][lang]), amt=money(amt_eur, c.country, lang))
    if long:
        text = fmt(
            f.rng.choice(W.LONG_FRAME[lang]),
            complaint=text[0].lower() + text[1:],
            name=f"{c.first} {c.last}",
        )
    return text


def topic(problem: str, lang: str) -> str:
    name: str = W.TOPIC[problem][lang]
    return name


def case_opened(
    f: Fam, c: Cust, t: datetime, case: str, problem: str, lang: str | None = None
) -> str:
    lang = lang or c.lang
    s, x = W.CASE_OPENED[lang]
    return add(
        f,
        c,
        t,
        "email",
        "message",
        fmt(x, case=case, topic=topic(problem, lang)),
        subject=fmt(s, case=case),
        out=True,
    )


def first_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    channel: str,
    case: str,
    lang: str | None = None,
    long: bool = False,
    reply: bool = True,
) -> str:
    """The first complaint and its reply; returns the complaint's event id."""
    lang = lang or c.lang
    subj = fmt(W.COMPLAINT_SUBJECT[lang], topic=topic(problem, lang))
    text = complaint_text(f, c, problem, channel, lang, long)
    if channel == "email":
        eid = add(f, c, t, "email", "message", text, subject=subj)
    elif channel == "web":
        eid = add(f, c, t, "web", "ticket", text, subject=subj, attrs={"page": "/help/contact"})
    elif channel == "chat":
        eid = add(f, c, t, "chat", "chat", text)
        if reply:
            add(
                f,
                c,
                t + timedelta(minutes=f.rng.randint(1, 4)),
                "chat",
                "chat",
                fmt(W.CHAT_CASE[lang], case=case),
                out=True,
            )
        return eid
    elif channel == "phone":
        eid = add(f, c, t, "phone", "call", text)
    elif channel == "social":
        return add(f, c, t, "social", "mention", text)
    else:
        raise ValueError(channel)
    if reply:
        case_opened(
            f, c, morning(f, t + timedelta(minutes=f.rng.randint(10, 40))), case, problem, lang
        )
    return eid


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    n: int,
    problem: str,
    channel: str,
    case: str,
    comp: str | None,
    lang: str | None = None,
) -> str:
    lang = lang or c.lang
    table = {2: W.LATER2, 3: W.LATER3, 4: W.LATER4}[n]
    text = fmt(f.rng.choice(table[lang]), case=case, topic=topic(problem, lang), comp=comp or "")
    subj = fmt(W.CONFIRM_SUBJECT[lang], case=case)
    if channel == "email":
        return add(f, c, t, "email", "message", text, subject=subj)
    if channel == "web":
        return add(f, c, t, "web", "ticket", text, subject=subj, attrs={"page": "/help/contact"})
    if channel == "chat":
        eid = add(f, c, t, "chat", "chat", text)
        add(
            f,
            c,
            t + timedelta(minutes=f.rng.randint(1, 5)),
            "chat",
            "chat",
            fmt(W.CHAT_URGENT[lang], case=case),
            out=True,
        )
        return eid
    if channel == "phone":
        return add(f, c, t, "phone", "call", W.SPOKEN_START[lang] + transcribe(text, lang))
    if channel == "social":
        return add(f, c, t, "social", "mention", text)
    raise ValueError(channel)


def good_news(f: Fam, c: Cust, t: datetime, case: str, lang: str | None = None) -> str:
    lang = lang or c.lang
    s, x = W.GOOD_NEWS[lang]
    return add(f, c, t, "email", "message", fmt(x, case=case), subject=fmt(s, case=case), out=True)


def confirm(f: Fam, c: Cust, t: datetime, case: str, channel: str, lang: str | None = None) -> str:
    lang = lang or c.lang
    text = fmt(W.CONFIRM[lang], case=case)
    if channel == "email":
        return add(
            f, c, t, "email", "message", text, subject=fmt(W.CONFIRM_SUBJECT[lang], case=case)
        )
    return add(f, c, t, "chat", "chat", text)


def base_truth(c: Cust) -> dict[str, Any]:
    d: dict[str, Any] = {
        "identifiers": {
            "customer_id": c.cid,
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
        "country": c.country,
        "segment": c.segment,
        "name": f"{c.first} {c.last}",
        "job": c.job,
        "town": c.town,
    }
    d.update(c.extra)
    return d


# --- families ---------------------------------------------------------------


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers only: day writers, night writers, survey answerers",
        {},
    )
    for _ in range(16):
        c = new_cust(f, "happy", "day writer")
        happy_days(
            f,
            c,
            pick_days(f, list(range(10)), f.rng.randint(5, 8)),
            7,
            19,
            [*HAPPY_KINDS, "survey"],
        )
    for _ in range(5):
        c = new_cust(f, "happy", "night writer")
        nights = pick_days(f, list(range(9)), f.rng.randint(2, 4))
        for d in nights:
            t = (
                f.start
                + timedelta(days=d, hours=22, minutes=12)
                + timedelta(minutes=f.rng.randint(0, 377))
            )
            if f.rng.random() < 0.5:
                text = fmt(f.rng.choice(W.NIGHT_POST[c.lang]))
                add(
                    f,
                    c,
                    t,
                    f.rng.choice(["social", "community"]),
                    "post" if f.rng.random() < 0.5 else "mention",
                    text,
                )
            else:
                chat_q(f, c, t, W.NIGHT_CHAT)
        days = [d for d in range(10) if d not in nights]
        happy_days(
            f,
            c,
            pick_days(f, days, f.rng.randint(2, 3)),
            9,
            18,
            ["praise", "purchase", "page", "review"],
        )
    for _ in range(5):
        c = new_cust(f, "happy", "answers surveys")
        for d in pick_days(f, list(range(10)), f.rng.randint(3, 6)):
            survey_happy(f, c, f.at(d, 8, 20))
    # social posts from night writers are mentions or posts; normalise kind by channel
    for row in f.rows:
        if row["channel"] == "social" and row["kind"] == "post":
            row["kind"] = "mention"
        if row["channel"] == "community" and row["kind"] == "mention":
            row["kind"] = "post"
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry message on one day",
        {"detractor": 6},
    )
    r = f.rng
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(problems)
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    long_langs = ["es", "es", "de", "de"]
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    r.shuffle(with_case)
    nps_idx = set(with_case[:6])
    csat_idx = set(with_case[6:11])
    good_idx = sorted(with_case[4:16])
    apol_idx = set(good_idx[:5])
    for i, ch in enumerate(channels):
        lang = long_langs.pop() if ch == "long" else None
        persona = "bad_day_detractor" if i in nps_idx else "happy_one_bad_day"
        c = new_cust(
            f,
            persona,
            "one bad day",
            lang=lang,
            country="ES" if lang == "es" else ("DE" if lang == "de" else None),
        )
        c.tolerated = list(T_SIL)
        if i in nps_idx:
            c.expected = ["detractor"]
        problem = problems[i]
        bad_day = r.randint(2, 9)
        t = f.at(bad_day, 8, 20)
        case = new_case() if ch != "social" else None
        channel = "email" if ch == "long" else ch
        eid = first_contact(
            f, c, t, problem, channel, case or "", long=ch == "long", reply=case is not None
        )
        x: dict[str, Any] = {
            "problem": problem,
            "channel": channel,
            "booking": case,
            "long_email": ch == "long",
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(t),
            "problem_event_ids": [eid],
            "nps_given": False,
            "csat_given": False,
            "agent_fixed": False,
            "apologised": False,
        }
        if i in nps_idx:
            st = t + timedelta(minutes=r.randint(100, 140))
            x["survey_event_id"] = add(
                f,
                c,
                st,
                "survey",
                "survey_response",
                r.choice(LOW_WORDS[c.lang]) or None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            x["nps_given"] = True
            x["nps"] = f.rows[-1]["scores"]["nps"]
        elif i in csat_idx:
            st = t + timedelta(minutes=r.randint(40, 80))
            x["survey_event_id"] = add(
                f,
                c,
                st,
                "survey",
                "survey_response",
                r.choice(["", "", "👎"]) or None,
                scores={"csat": r.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            x["csat_given"] = True
            x["csat"] = f.rows[-1]["scores"]["csat"]
        if i in good_idx and case:
            good_news(f, c, morning(f, t + timedelta(minutes=r.randint(60, 240))), case)
            x["agent_fixed"] = True
            if i in apol_idx:
                at = morning(f, t + timedelta(minutes=r.randint(16 * 60, 24 * 60)))
                text = r.choice(W.APOLOGY[c.lang])
                if r.random() < 0.5:
                    x["apology_event_id"] = add(f, c, at, "chat", "chat", text)
                else:
                    x["apology_event_id"] = add(
                        f,
                        c,
                        at,
                        "email",
                        "message",
                        text,
                        subject=fmt(W.CONFIRM_SUBJECT[c.lang], case=case),
                    )
                x["apologised"] = True
                x["apology_at"] = iso(at)
        c.extra = x
        pool = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        happy_days(f, c, pick_days(f, pool, r.randint(1, 5)), 7, 20)
    for _ in range(8):
        c = new_cust(f, "happy", "control")
        happy_days(f, c, pick_days(f, list(range(12)), r.randint(4, 7)), 7, 20)
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    problem: str,
    first_t: datetime,
    contacts: int,
    first_channel: str,
    quality: bool,
    comp: str,
    lang_of: Any = None,
) -> None:
    r = f.rng
    case = new_case()
    lang0 = lang_of(0) if lang_of else c.lang
    eid = first_contact(
        f,
        c,
        first_t,
        problem,
        first_channel,
        case,
        lang0,
        reply=not quality or first_channel == "chat",
    )
    if quality:
        s, x = W.QUALITY_LEAD[lang0]
        add(
            f,
            c,
            morning(f, first_t + timedelta(minutes=r.randint(90, 150))),
            "email",
            "message",
            fmt(x, case=case),
            subject=fmt(s, case=case),
            out=True,
        )
    ids = [eid]
    used = {first_channel}
    t = first_t
    for n in range(2, contacts + 1):
        t = morning(f, t + timedelta(minutes=r.randint(4 * 60, 40 * 60)))
        ch = r.choice([x for x in ["email", "chat", "phone", "web", "social"] if x not in used])
        used.add(ch)
        lang = lang_of(n - 1) if lang_of else c.lang
        ids.append(later_contact(f, c, t, n, problem, ch, case, comp if n == 3 else None, lang))
    c.extra.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": contacts,
            "channel": first_channel,
            "channels": sorted(used),
            "agent_passed_on": quality,
            "problem_event_ids": ids,
            "repeat_event_id": ids[1],
            "competitor": comp if contacts >= 3 else None,
            "trouble_starts_at": iso(first_t),
        }
    )


def fixed_case(
    f: Fam,
    c: Cust,
    problem: str,
    t: datetime,
    channel: str,
    confirm_channel: str,
    lang: str | None = None,
    confirm_lang: str | None = None,
) -> dict[str, Any]:
    r = f.rng
    case = new_case()
    eid = first_contact(f, c, t, problem, channel, case, lang)
    ft = morning(f, t + timedelta(minutes=r.randint(3 * 60, 20 * 60)))
    good_news(f, c, ft, case, confirm_lang or lang)
    ct = morning(f, ft + timedelta(minutes=r.randint(8 * 60, 30 * 60)))
    cid = confirm(f, c, ct, case, confirm_channel, confirm_lang or lang)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(ft),
        "confirmed_at": iso(ct),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": confirm_channel,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "one open problem raised again and again, fixed cases, frequent writers",
        {"repeat_contact": 12},
    )
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    quality = [True] * 6 + [False] * 6
    r.shuffle(quality)
    for i in range(12):
        c = new_cust(f, "repeat_contact", "repeats")
        c.expected, c.tolerated = ["repeat_contact"], list(T_REPEAT)
        happy_days(f, c, [0] * r.randint(1, 3), 7, 12)
        repeat_run(
            f,
            c,
            r.choice(W.PROBLEMS),
            f.at(r.randint(1, 4), 8, 19),
            counts[i],
            firsts[i],
            quality[i],
            r.choice(W.COMPETITORS),
        )
    for _ in range(5):
        c = new_cust(f, "resolved_between_contacts", "fixed")
        c.tolerated = list(T_SIL)
        happy_days(f, c, [0], 8, 18)
        case = fixed_case(
            f,
            c,
            r.choice(W.PROBLEMS),
            f.at(r.randint(1, 5), 8, 19),
            r.choice(["web", "email", "chat", "phone"]),
            r.choice(["email", "chat"]),
        )
        c.extra = {
            "problems": [case],
            "trouble_starts_at": case["raised_at"],
            "booking": case["booking"],
        }
    for _ in range(3):
        c = new_cust(f, "different_problems", "two problems")
        c.tolerated = list(T_SIL)
        p1, p2 = r.sample(list(W.PROBLEMS), 2)
        d1 = r.randint(0, 2)
        a = fixed_case(f, c, p1, f.at(d1, 8, 18), r.choice(["web", "email", "chat"]), "email")
        b = fixed_case(
            f, c, p2, f.at(d1 + r.randint(4, 5), 8, 18), r.choice(["web", "email", "chat"]), "chat"
        )
        c.extra = {"problems": [a, b], "trouble_starts_at": a["raised_at"]}
    for _ in range(7):
        c = new_cust(f, "happy", "frequent writer")
        happy_days(
            f,
            c,
            pick_days(f, list(range(10)), r.randint(5, 8)),
            7,
            19,
            ["chat", "chat", "email", "phone", "phone", "purchase", "praise"],
        )
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str] | None = None) -> None:
    r = f.rng
    offs = sorted(r.uniform(0, span) for _ in range(6))
    offs[0] = 0.0
    t_prev: datetime | None = None
    ids = []
    comp = r.choice(W.COMPETITORS)
    for i in range(6):
        t = f.start + timedelta(days=start_day + offs[i], hours=0)
        t = t.replace(hour=r.randint(8, 20), minute=r.randint(0, 59), second=0)
        if t_prev is not None and t < t_prev + timedelta(hours=1):
            t = t_prev + timedelta(minutes=r.randint(60, 180))
        t = morning(f, t)
        lang = langs[i % 2] if langs else c.lang
        text = fmt(W.SLIDE[lang][i], comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            eid = add(
                f,
                c,
                t,
                "web",
                "review",
                text,
                attrs={"rating": str(W.SLIDE_RATINGS[i]), "page": r.choice(W.PAGES[:4])},
            )
        else:
            eid = add(f, c, t, ch, "mention" if ch == "social" else "post", text)
        ids.append(eid)
        t_prev = t
        if i == 3 and "detractor" in c.expected:
            st = morning(f, t + timedelta(minutes=r.randint(150, 210)))
            c.extra["survey_event_id"] = add(
                f,
                c,
                st,
                "survey",
                "survey_response",
                None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.extra["nps_given"] = True
            c.extra["nps"] = f.rows[-1]["scores"]["nps"]
            t_prev = max(t_prev, st)
    c.extra.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(
                f.rows[[row["event_id"] for row in f.rows].index(ids[0])]["t"]
            ),
        }
    )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "sustained slides, leavers, steady, steadily grumpy and sarcastic customers",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    for i in range(10):
        c = new_cust(f, "slow_churner", "slides")
        c.expected = ["sentiment_drop", "detractor"] if i < 5 else ["sentiment_drop"]
        c.tolerated = list(T_SLIDE)
        days = pick_days(f, list(range(11)), r.randint(6, 9))
        np_ = r.randint(4, 5)
        for j, d in enumerate(days):
            if j < np_:
                praise(f, c, f.at(d, 8, 20))
            else:
                happy_act(f, c, f.at(d, 8, 20), ["chat", "purchase", "page", "email"])
        c.extra = {"nps_given": False}
        slide(f, c, r.randint(12, 16), spans[i])
    for _ in range(5):
        c = new_cust(f, "slow_churner", "asks to cancel")
        c.expected, c.tolerated = ["churn_intent"], list(T_LEAVE)
        happy_days(f, c, pick_days(f, list(range(16)), r.randint(4, 6)), 8, 19)
        t = f.at(r.randint(17, 23), 8, 19)
        eid = add(
            f,
            c,
            t,
            "email",
            "message",
            fmt(r.choice(W.LEAVE[c.lang])),
            subject=fmt(W.LEAVE_SUBJECT[c.lang]),
        )
        s, x = W.SORRY_GO[c.lang]
        add(
            f,
            c,
            morning(f, t + timedelta(minutes=r.randint(60, 300))),
            "email",
            "message",
            fmt(x),
            subject=fmt(s),
            out=True,
        )
        ct = morning(f, t + timedelta(minutes=r.randint(20 * 60, 30 * 60)))
        cid = add(
            f,
            c,
            ct,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/plan/cancel", "product": W.PLAN},
        )
        c.extra = {
            "churn_intent_event_id": eid,
            "cancellation_event_id": cid,
            "churn_at": iso(ct),
            "trouble_starts_at": iso(t),
        }
    for _ in range(6):
        c = new_cust(f, "happy", "steady")
        happy_days(f, c, pick_days(f, list(range(32)), r.randint(6, 10)), 8, 20)
    for _ in range(5):
        c = new_cust(f, "steadily_grumpy", "grumbles")
        c.tolerated = list(T_GRUMPY)
        gday = r.randint(0, 4)
        ids = []
        grumbles = r.sample(W.GRUMBLES[c.lang], min(len(W.GRUMBLES[c.lang]), r.randint(5, 7)))
        for g in grumbles:
            t = f.at(gday, 8, 21)
            ch = r.choice(["social", "community", "web", "review"])
            if ch == "review":
                ids.append(
                    add(
                        f,
                        c,
                        t,
                        "web",
                        "review",
                        g,
                        attrs={"rating": "3", "page": r.choice(W.PAGES[:4])},
                    )
                )
            elif ch == "web":
                ids.append(add(f, c, t, "web", "ticket", g, attrs={"page": "/help/contact"}))
            else:
                ids.append(add(f, c, t, ch, "mention" if ch == "social" else "post", g))
            gday += r.randint(1, 3)
        for _ in range(r.randint(0, 2)):
            buy(f, c, f.at(r.randint(0, 25), 9, 19))
        c.extra = {
            "grumble_event_ids": ids,
            "trouble_starts_at": iso(f.rows[[x["event_id"] for x in f.rows].index(ids[0])]["t"]),
        }
    for _ in range(5):
        c = new_cust(f, "happy_one_sarcastic_remark", "happy")
        c.tolerated = list(T_SIL)
        happy_days(f, c, pick_days(f, list(range(17)), r.randint(3, 6)), 8, 20)
        t = f.at(r.randint(17, 28), 9, 20)
        eid = add(
            f, c, t, r.choice(["social", "community"]), "post", fmt(r.choice(W.SARCASM[c.lang]))
        )
        if f.rows[-1]["channel"] == "social":
            f.rows[-1]["kind"] = "mention"
        c.extra = {"sarcasm_event_id": eid}
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in bursts",
        {},
    )
    r = f.rng
    for _ in range(16):
        c = new_cust(f, "happy", "day writer")
        happy_days(f, c, pick_days(f, [0, 1, 2], r.randint(1, 3)), 7, 17.5)
    for i in range(4):
        c = new_cust(
            f,
            "grumbles_once",
            "grumbles once",
            lang=r.choice(["es", "de", "es", "de", "en", "fr", "it", "pt"]),
        )
        c.tolerated = list(T_SIL)
        t = f.at(r.randint(0, 2), 8, 17)
        if r.random() < 0.5:
            buy(f, c, t)
        else:
            add(f, c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        t2 = f.rows[-1]["t"] + timedelta(minutes=r.randint(20, 30))
        q, a = r.choice(W.MILD[c.lang])
        if i < 2:
            eid = add(f, c, t2, "chat", "chat", q)
            add(f, c, t2 + timedelta(minutes=r.randint(1, 5)), "chat", "chat", a, out=True)
        else:
            eid = add(f, c, t2, "web", "ticket", q, attrs={"page": "/help/contact"})
            s, x = W.FORM_ACK[c.lang]
            add(
                f,
                c,
                t2 + timedelta(minutes=r.randint(30, 120)),
                "email",
                "message",
                x,
                subject=s,
                out=True,
            )
        c.extra = {"grumble_event_id": eid, "trouble_starts_at": iso(t2)}
    owl = 0
    for night in range(3):
        first = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        starts = [
            first,
            first + timedelta(minutes=r.randint(28, 33)),
            first + timedelta(minutes=r.randint(55, 65)),
        ]
        for m, bs in enumerate(starts):
            for _ in range(4):
                owl += 1
                c = new_cust(f, "night_owl", f"night {night + 1}, burst {m + 1}")
                t = bs + timedelta(minutes=r.randint(0, 9))
                if r.random() < 0.5:
                    chat_q(f, c, t, W.NIGHT_CHAT)
                else:
                    ch = r.choice(["social", "community"])
                    add(
                        f,
                        c,
                        t,
                        ch,
                        "mention" if ch == "social" else "post",
                        fmt(r.choice(W.NIGHT_POST[c.lang])),
                    )
                c.extra = {
                    "burst_at": iso(bs),
                    "night_event_id": f.rows[-1]["event_id"]
                    if f.rows[-1]["direction"] == "inbound"
                    else None,
                }
                if c.extra["night_event_id"] is None:
                    c.extra["night_event_id"] = next(
                        x["event_id"]
                        for x in reversed(f.rows)
                        if x["cust"] is c and x["direction"] == "inbound"
                    )
                if owl % 2 == 0:
                    happy_act(
                        f,
                        c,
                        f.at(r.randint(0, 2), 9, 17.5),
                        ["praise", "purchase", "page", "review"],
                    )
    return f


PAIRS = (
    [("es", "de")] * 4
    + [("de", "es")] * 4
    + [("es", "en")] * 2
    + [("en", "es")] * 2
    + [("de", "en")] * 2
    + [
        ("de", "fr"),
        ("fr", "de"),
        ("es", "pt"),
        ("pt", "es"),
        ("es", "it"),
        ("it", "es"),
        ("de", "it"),
        ("en", "de"),
        ("fr", "es"),
        ("it", "de"),
        ("pt", "de"),
        ("es", "fr"),
        ("de", "pt"),
    ]
)
PAIR_MARKET = {
    "es": ["ES"],
    "de": ["DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE", "LU", "CH"],
    "it": ["IT", "CH"],
    "pt": ["PT"],
}
SECOND_WHY = [
    "works for a firm across the border",
    "partner's family language",
    "studied abroad",
    "grew up in both",
    "parent lives in the other country",
    "works in a hospital with many foreign patients",
    "writes for a neighbour",
    "lived abroad twenty years",
]


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages",
        {"repeat_contact": 5, "sentiment_drop": 5},
    )
    r = f.rng
    pairs = list(PAIRS)
    r.shuffle(pairs)
    long_i = next(i for i, p in enumerate(pairs) if p[1] == "de")
    pairs.insert(0, pairs.pop(long_i))
    roles = [
        "bad_long",
        "bad_email",
        "bad_chat",
        *(["happy"] * 12),
        *(["repeat"] * 5),
        *(["slide"] * 5),
        "fixed",
        "fixed",
    ]
    rep_counts = [2, 2, 3, 3, 4]
    for i, role in enumerate(roles):
        l1, l2 = pairs[i]
        mk = r.choice(PAIR_MARKET[l1] + PAIR_MARKET[l2])
        langs = [l1, l2]
        extra: dict[str, Any] = {"languages": langs, "job_second_language": r.choice(SECOND_WHY)}
        if role == "happy":
            c = new_cust(f, "happy", "alternates languages", lang=l1, country=mk)
            for j, d in enumerate(pick_days(f, list(range(14)), r.randint(5, 8))):
                happy_act(f, c, f.at(d, 7, 20), HAPPY_KINDS, langs[j % 2])
        elif role == "repeat":
            c = new_cust(f, "repeat_contact", "repeats", lang=l1, country=mk)
            c.expected, c.tolerated = ["repeat_contact"], list(T_REPEAT)
            for d in sorted(r.choice([0, 1]) for _ in range(r.randint(1, 3))):
                happy_act(f, c, f.at(d, 8, 18), HAPPY_KINDS, l1)
            n = rep_counts.pop()
            c.extra = {}
            repeat_run(
                f,
                c,
                r.choice(W.PROBLEMS),
                f.at(r.randint(2, 5), 8, 19),
                n,
                r.choice(["web", "email", "chat"]),
                n >= 3,
                r.choice(W.COMPETITORS),
                lambda k, a=l2, b=l1: [a, b][k % 2],
            )
            extra.update(c.extra)
        elif role == "slide":
            c = new_cust(f, "slow_churner", "slides", lang=l1, country=mk)
            c.expected, c.tolerated = ["sentiment_drop"], list(T_SLIDE)
            days = pick_days(f, list(range(6)), 6)
            for j in range(5):
                praise(f, c, f.at(days[j], 8, 20), lang=langs[j % 2])
            for _ in range(r.randint(1, 3)):
                happy_act(
                    f,
                    c,
                    f.at(r.randint(0, 5), 8, 20),
                    ["chat", "purchase", "page"],
                    r.choice(langs),
                )
            c.extra = {}
            slide(f, c, r.randint(7, 8), r.randint(3, 5), langs)
            extra.update(c.extra)
        elif role.startswith("bad"):
            c = new_cust(f, "happy_one_bad_day", "one bad day", lang=l1, country=mk)
            c.tolerated = list(T_SIL)
            bd = r.randint(5, 9)
            for j, d in enumerate(
                pick_days(f, [d for d in range(14) if d <= bd - 2 or d >= bd + 3], r.randint(3, 5))
            ):
                happy_act(f, c, f.at(d, 8, 20), HAPPY_KINDS, langs[j % 2])
            t = f.at(bd, 9, 19)
            case = new_case()
            ch = "chat" if role == "bad_chat" else "email"
            eid = first_contact(
                f, c, t, r.choice(W.PROBLEMS), ch, case, l2, long=role == "bad_long"
            )
            extra.update(
                {
                    "bad_day_at": iso(t),
                    "bad_day_event_id": eid,
                    "bad_day_language": l2,
                    "booking": case,
                    "long_email": role == "bad_long",
                    "trouble_starts_at": iso(t),
                    "agent_fixed": False,
                    "apologised": False,
                }
            )
            if ch == "email":
                good_news(f, c, morning(f, t + timedelta(minutes=r.randint(60, 240))), case, l2)
                extra["agent_fixed"] = True
            if role == "bad_email":
                at = morning(f, t + timedelta(minutes=r.randint(18 * 60, 24 * 60)))
                extra["apology_event_id"] = add(f, c, at, "chat", "chat", r.choice(W.APOLOGY[l2]))
                extra["apology_at"] = iso(at)
                extra["apologised"] = True
        else:
            c = new_cust(f, "resolved_between_contacts", "fixed", lang=l1, country=mk)
            c.tolerated = list(T_SIL)
            happy_act(f, c, f.at(r.randint(0, 2), 8, 18), HAPPY_KINDS, l1)
            case_d = fixed_case(
                f,
                c,
                r.choice(W.PROBLEMS),
                f.at(r.randint(3, 7), 8, 19),
                "web",
                r.choice(["email", "chat"]),
                l1,
                l2,
            )
            extra.update(
                {
                    "problems": [case_d],
                    "confirm_language": l2,
                    "trouble_starts_at": case_d["raised_at"],
                    "booking": case_d["booking"],
                }
            )
        c.extra = extra
    return f


COMPANIES = [
    # (name, domain, site, market, lang, kind, problem, contacts, complainers)
    (
        "Residencia Los Almendros",
        "losalmendros.example",
        "care home",
        "ES",
        "es",
        "at_risk",
        "invoice",
        5,
        4,
    ),
    (
        "Pflegeheim Am Lindenhof",
        "lindenhof-pflege.example",
        "care home",
        "DE",
        "de",
        "at_risk",
        "portal",
        5,
        3,
    ),
    (
        "Stadt Neuhagen Bürgerdienste",
        "neuhagen-stadt.example",
        "town hall",
        "DE",
        "de",
        "at_risk",
        "overbilled",
        6,
        4,
    ),
    (
        "Hotel Mirador del Tajo",
        "miradortajo.example",
        "hotel",
        "ES",
        "es",
        "at_risk",
        "invoice",
        4,
        3,
    ),
    (
        "Privatklinik Seeblick",
        "klinik-seeblick.example",
        "clinic",
        "AT",
        "de",
        "at_risk",
        "service_blocked",
        5,
        3,
    ),
    (
        "Colegio San Fermín",
        "colegiosanfermin.example",
        "school",
        "ES",
        "es",
        "one_unhappy",
        "overbilled",
        3,
        1,
    ),
    (
        "Wohnbau Elbterrassen eG",
        "elbterrassen.example",
        "housing association",
        "DE",
        "de",
        "one_unhappy",
        "portal",
        3,
        1,
    ),
    (
        "EHPAD Les Glycines",
        "lesglycines.example",
        "care home",
        "FR",
        "fr",
        "one_unhappy",
        "service_blocked",
        3,
        1,
    ),
    (
        "Lar Quinta da Ribeira",
        "quintaribeira.example",
        "care home",
        "PT",
        "pt",
        "one_unhappy",
        "invoice",
        3,
        1,
    ),
    (
        "Museo Civico di Sant'Orso",
        "museosantorso.example",
        "museum",
        "IT",
        "it",
        "mild",
        None,
        4,
        0,
    ),
    ("Stadtbibliothek Altmühl", "bib-altmuehl.example", "library", "DE", "de", "mild", None, 4, 0),
    ("Centro Deportivo Ría", "cdria.example", "sports centre", "ES", "es", "mild", None, 3, 0),
    ("Harbourview Guest House", "harbourview.example", "hotel", "UK", "en", "happy", None, 4, 0),
    ("Kurhaus Bad Tannried", "kurhaus-tannried.example", "clinic", "DE", "de", "happy", None, 4, 0),
    (
        "Résidence Le Belvédère",
        "belvedere-residence.example",
        "care home",
        "CH",
        "fr",
        "happy",
        None,
        3,
        0,
    ),
]


def b2b_routine(f: Fam, c: Cust, t: datetime, happy: bool) -> None:
    r = f.rng
    k = r.choice(
        ["chat", "chat", "hire", "page", "praise", "survey"] if happy else ["chat", "hire", "page"]
    )
    if k == "chat":
        chat_q(f, c, t, B.B2B_CHAT)
    elif k == "hire":
        buy(f, c, t, B.B2B_PRODUCTS)
    elif k == "page":
        add(f, c, t, "web", "page_view", attrs={"page": r.choice(B.B2B_PAGES)})
    elif k == "praise":
        add(f, c, t, "community", "post", fmt(r.choice(B.B2B_PRAISE[c.lang])))
    else:
        survey_happy(f, c, t)


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "organisations on account: at-risk accounts, one unhappy contact, mild suggestions, happy accounts",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    )
    r = f.rng
    last_channels = ["email", "phone", "phone", "phone", "phone"]
    r.shuffle(last_channels)
    risk_i = 0
    for name, domain, site, market, lang, kind, problem, n, nc in COMPANIES:
        acc = uniq("account", lambda m=market: f"SFP-{m}-{r.randint(1000, 9999)}")
        firsts = r.sample(FIRST[lang], n)
        contacts = []
        for j in range(n):
            c = new_cust(
                f,
                "b2b_happy",
                "contact",
                lang=lang,
                country=market,
                segment="b2b",
                account=acc,
                domain=domain,
                first=firsts[j],
            )
            c.job = B.JOBS[(j + len(name)) % len(B.JOBS)]
            c.extra = {"company": name, "role": "contact", "job_title": c.job}
            contacts.append(c)
        unhappy = contacts[:nc]
        mild = contacts[:2] if kind == "mild" else []
        acct: dict[str, Any] = {
            "company": name,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": nc,
            "unhappy_contact_keys": [c.key for c in unhappy],
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
            if c in unhappy or c in mild:
                for _ in range(r.randint(0, 2)):
                    b2b_routine(f, c, f.at(r.randint(0, 1), 8, 16.5), happy=False)
            else:
                for d in pick_days(f, [0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(2, 5)):
                    b2b_routine(f, c, f.at(d, 8, 16.5), happy=True)
        if kind == "at_risk":
            assert problem is not None
            case = new_case()
            t = f.at(2, 8.5, 12)
            acct["trouble_starts_at"] = iso(t)
            first_name = unhappy[0].first
            for j, c in enumerate(unhappy):
                c.persona, c.habit = "b2b_unhappy", "complainer"
                c.extra["role"] = "complainer"
                c.tolerated = list(T_B2B_RISK)
                tp = B.B2B_TOPIC[problem][lang]
                if j == 0:
                    text = fmt(B.B2B_FIRST[problem][lang])
                else:
                    wd = B.WEEKDAY[lang][(f.start + timedelta(days=2)).weekday()]
                    text = fmt(B.B2B_LATER[lang], case=case, first=first_name, weekday=wd, topic=tp)
                subj = fmt(W.COMPLAINT_SUBJECT[lang], topic=tp[:60])
                eid = add(
                    f,
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=subj if j == 0 else fmt(W.CONFIRM_SUBJECT[lang], case=case),
                )
                ids = [eid]
                if j == 0:
                    s, x = B.B2B_ACK[lang]
                    add(
                        f,
                        c,
                        office(f, t + timedelta(minutes=r.randint(20, 90))),
                        "email",
                        "message",
                        fmt(x, case=case),
                        subject=fmt(s, case=case),
                        out=True,
                    )
                c.extra.update({"booking": case, "problem": problem, "trouble_starts_at": iso(t)})
                if j < nc - 1:
                    c.expected = ["detractor"]
                    st = office(f, t + timedelta(minutes=r.randint(60, 180)), 18)
                    c.extra["survey_event_id"] = add(
                        f,
                        c,
                        st,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": r.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.extra["nps_given"] = True
                    c.extra["nps"] = f.rows[-1]["scores"]["nps"]
                else:
                    c.expected = ["repeat_contact"]
                    lt = office(f, t + timedelta(minutes=r.randint(18 * 60, 40 * 60)))
                    ch = last_channels[risk_i]
                    comp = r.choice(W.COMPETITORS)
                    if ch == "email":
                        ids.append(
                            add(
                                f,
                                c,
                                lt,
                                "email",
                                "message",
                                fmt(B.B2B_LAST_EMAIL[lang], case=case, comp=comp),
                                subject=fmt(W.CONFIRM_SUBJECT[lang], case=case),
                            )
                        )
                        c.extra["competitor"] = comp
                    else:
                        ids.append(
                            add(f, c, lt, "phone", "call", fmt(B.B2B_LAST_CALL[lang], case=case))
                        )
                        c.extra["competitor"] = None
                    c.extra["repeat_event_id"] = ids[-1]
                c.extra["complaint_event_ids"] = ids
                t = office(f, t + timedelta(minutes=r.randint(8 * 60, 28 * 60)))
            risk_i += 1
        elif kind == "one_unhappy":
            assert problem is not None
            c = unhappy[0]
            c.persona, c.habit = "b2b_one_unhappy", "complainer"
            c.extra["role"] = "complainer"
            c.expected, c.tolerated = ["detractor"], list(T_B2B_ONE)
            t = f.at(r.choice([3, 4, 7]), 8.5, 15)
            case = new_case()
            tp = B.B2B_TOPIC[problem][lang]
            eid = add(
                f,
                c,
                t,
                "email",
                "message",
                fmt(B.B2B_FIRST[problem][lang]),
                subject=fmt(W.COMPLAINT_SUBJECT[lang], topic=tp[:60]),
            )
            s, x = B.B2B_ACK[lang]
            add(
                f,
                c,
                office(f, t + timedelta(minutes=r.randint(20, 90))),
                "email",
                "message",
                fmt(x, case=case),
                subject=fmt(s, case=case),
                out=True,
            )
            st = office(f, t + timedelta(minutes=r.randint(60, 180)), 18)
            sid = add(
                f,
                c,
                st,
                "survey",
                "survey_response",
                None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.extra.update(
                {
                    "booking": case,
                    "problem": problem,
                    "complaint_event_ids": [eid],
                    "survey_event_id": sid,
                    "nps_given": True,
                    "nps": f.rows[-1]["scores"]["nps"],
                    "trouble_starts_at": iso(t),
                }
            )
        elif kind == "mild":
            for j, c in enumerate(mild):
                c.persona, c.habit = "b2b_mild", "suggests"
                c.extra["role"] = "suggests"
                c.tolerated = list(T_SIL)
                t = f.at(r.choice([2, 3, 4, 7, 8]), 8, 16)
                eid = add(
                    f,
                    c,
                    t,
                    "web",
                    "ticket",
                    B.B2B_MILD[lang][j],
                    attrs={"page": "/pro/portal/feedback"},
                )
                s, x = B.B2B_MILD_ACK[lang]
                add(
                    f,
                    c,
                    office(f, t + timedelta(minutes=r.randint(30, 180))),
                    "email",
                    "message",
                    fmt(x),
                    subject=s,
                    out=True,
                )
                c.extra.update({"mild_event_id": eid, "trouble_starts_at": iso(t)})
        f.accounts[acc] = acct
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week, then the planted incident on Sunday morning",
        {"topic_spike": 1, "repeat_contact": 6},
    )
    r = f.rng
    for _ in range(40):
        c = new_cust(f, "happy", "day writer")
        for d in pick_days(f, list(range(7)), r.randint(1, 4)):
            happy_act(f, c, f.at(d, 12, 19) if d >= 5 else f.at(d, 7, 19), [*HAPPY_KINDS, "survey"])
    for lang in ("es", "de"):
        c = new_cust(
            f, "grumbles_once", "grumbles once", lang=lang, country="ES" if lang == "es" else "DE"
        )
        c.tolerated = list(T_SIL)
        q, a = W.WEEK_GRUMBLE[lang]
        t = f.at(0, 9, 17)
        eid = add(f, c, t, "chat", "chat", q)
        add(f, c, t + timedelta(minutes=r.randint(1, 5)), "chat", "chat", a, out=True)
        c.extra = {"grumble_event_id": eid, "trouble_starts_at": iso(t)}
    for lang, hm in (("es", (9, 40)), ("de", (16, 5))):
        c = new_cust(
            f, "grumbles_once", "lone question", lang=lang, country="ES" if lang == "es" else "AT"
        )
        c.tolerated = list(T_SIL)
        q, a = W.LONE_Q[lang]
        t = f.start + timedelta(days=5, hours=hm[0], minutes=hm[1])
        eid = add(f, c, t, "chat", "chat", q)
        add(f, c, t + timedelta(minutes=r.randint(2, 6)), "chat", "chat", a, out=True)
        c.extra = {"lone_report_event_id": eid, "trouble_starts_at": iso(t)}
    langs = ["es"] * 6 + ["de"] * 6 + ["en"] * 2 + ["fr"] * 2 + ["it"] * 2 + ["pt"] * 2
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(channels)
    s0 = datetime(2026, 11, 15, 7, 35, tzinfo=UTC)
    mins = sorted([0, 45, *r.sample(range(1, 45), 18)])
    regular = [True] * 12 + [False] * 8
    r.shuffle(regular)
    early = [i for i in range(20) if mins[i] <= 25]
    repeaters = set(r.sample(early, 6))
    others = [i for i in range(20) if i not in repeaters]
    fixed = set(r.sample(others, 6))
    rep_order = sorted(repeaters)
    rep_channels: dict[int, str] = {}
    for _ in range(200):
        chs = ["email", "email", "chat", "chat", "community", "community"]
        r.shuffle(chs)
        if all(chs[k] != channels[i] for k, i in enumerate(rep_order)):
            rep_channels = {i: chs[k] for k, i in enumerate(rep_order)}
            break
    if not rep_channels:
        raise SystemExit("no repeat channels")
    keys, eids, reps = [], [], []
    report_pool = {k: r.sample(v, len(v)) for k, v in W.SPIKE_REPORT.items()}
    for i in range(20):
        lang = langs[i]
        c = new_cust(
            f,
            "spike_repeater" if i in repeaters else "spike_reporter",
            "regular" if regular[i] else "new",
            lang=lang,
        )
        c.tolerated = list(T_SPIKE_REP) if i in repeaters else list(T_SIL)
        if i in repeaters:
            c.expected = ["repeat_contact"]
        if regular[i]:
            for d in pick_days(f, [2, 3, 4, 5], r.randint(1, 3)):
                happy_act(f, c, f.at(d, 8, 17.5), HAPPY_KINDS)
        t = s0 + timedelta(minutes=mins[i])
        text = fmt(report_pool[lang].pop())
        ch = channels[i]
        if ch == "social":
            eid = add(f, c, t, "social", "mention", text)
        elif ch == "community":
            eid = add(f, c, t, "community", "post", text)
        elif ch == "chat":
            eid = add(f, c, t, "chat", "chat", text)
            add(
                f,
                c,
                t + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[lang],
                out=True,
            )
        elif ch == "email":
            eid = add(
                f,
                c,
                t,
                "email",
                "message",
                text,
                subject={
                    "es": "URGENTE averías",
                    "de": "DRINGEND Störung",
                    "en": "URGENT breakdown line",
                    "fr": "URGENT dépannage",
                    "it": "URGENTE guasti",
                    "pt": "URGENTE avarias",
                }[lang],
            )
        else:
            eid = add(f, c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        keys.append(c.key)
        eids.append(eid)
        x: dict[str, Any] = {
            "in_spike": True,
            "regular": regular[i],
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
            "agent_fixed": False,
        }
        if i in repeaters:
            rch = rep_channels[i]
            t2 = t + timedelta(minutes=r.randint(15, 50))
            rtext = r.choice(W.SPIKE_REPEAT[lang])
            if rch == "email":
                rid = add(f, c, t2, "email", "message", rtext, subject="RE: L9-44B")
            elif rch == "chat":
                rid = add(f, c, t2, "chat", "chat", rtext)
                add(
                    f,
                    c,
                    t2 + timedelta(minutes=r.randint(1, 4)),
                    "chat",
                    "chat",
                    W.SPIKE_CHAT_ANSWER[lang],
                    out=True,
                )
            else:
                rid = add(f, c, t2, "community", "post", rtext)
            reps.append(rid)
            x["repeat_event_id"] = rid
        if i in fixed:
            local = "10:05" if c.country in ("UK", "IE", "PT") else "11:05"
            s, body = W.SPIKE_FIXED[lang]
            amt = money(20.0, c.country, lang)
            add(
                f,
                c,
                datetime(2026, 11, 15, 10, r.randint(12, 21), tzinfo=UTC),
                "email",
                "message",
                fmt(body, time=local, amt=amt),
                subject=s,
                out=True,
            )
            x["agent_fixed"] = True
        c.extra = x
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "Sunday 15 November 2026, 07:35-08:20 UTC, six languages, five channels",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": sorted(reps),
    }
    return f


# --- output -----------------------------------------------------------------


def finalise(f: Fam) -> tuple[str, str]:
    rows = sorted(f.rows, key=lambda x: (x["t"], x["event_id"]))
    seen: set[str] = set()
    lines = []
    last = f.start
    for row in rows:
        c: Cust = row["cust"]
        t: datetime = row["t"]
        if t < f.start or t >= LIMIT or t.year != 2026:
            raise SystemExit(f"{f.name}: touchpoint {row['event_id']} at {t} outside the window")
        last = max(last, t)
        ids: dict[str, str | None]
        if row["direction"] == "outbound" or c.key not in seen:
            ids = c.ids()
            if row["direction"] == "inbound":
                seen.add(c.key)
        else:
            ch = row["channel"]
            if ch == "phone":
                ph = c.phone
                if f.rr.random() < 0.5:
                    cc = PHONES[c.country][0]
                    ph = cc + " " + ph[len(cc) :]
                ids = {"phone": ph}
            elif ch in ("social", "community"):
                if c.handle:
                    ids = {"handle": c.handle if f.rr.random() < 0.8 else c.handle.lstrip("@")}
                else:
                    ids = {"email": c.email}
            elif ch == "email":
                ids = {"email": c.email.upper() if f.rr.random() < 1 / 12 else c.email}
            else:
                ids = {"customer_id": c.cid}
            if c.account:
                ids["account_id"] = c.account
        cust: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": None,
        }
        cust.update(ids)
        out = {
            "event_id": row["event_id"],
            "occurred_at": iso(t),
            "channel": row["channel"],
            "kind": row["kind"],
            "direction": row["direction"],
            "customer": cust,
            "text": row["text"],
            "subject": row["subject"],
            "scores": row["scores"],
            "source": row["source"],
            "attributes": row["attributes"],
        }
        lines.append(json.dumps(out, ensure_ascii=False, sort_keys=False))
    for c in f.custs:
        if c.key not in seen:
            raise SystemExit(f"{f.name}: {c.key} has no inbound touchpoint")
        if set(c.expected) & set(c.tolerated):
            raise SystemExit(f"{f.name}: {c.key} expects and tolerates a rule")
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    if end >= LIMIT:
        raise SystemExit(f"{f.name}: end {end} too late")
    counted: dict[str, int] = {}
    for c in f.custs:
        for rule in c.expected:
            counted[rule] = counted.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            counted[rule] = counted.get(rule, 0) + 1
    if f.spike:
        counted["topic_spike"] = counted.get("topic_spike", 0) + 1
    if counted != f.planted:
        raise SystemExit(f"{f.name}: expected counts {counted} differ from planted {f.planted}")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Stufaro: stairlifts sold, rented and serviced by app and web, with Stufaro Pro for organisations on account",
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": "heldout76, by hand, blind",
            "expected": dict(sorted(counted.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {c.key: base_truth(c) for c in f.custs},
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
        jsonl, truth = finalise(f)
        (HERE / f"{f.name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{f.name}.truth.json").write_text(truth, encoding="utf-8")
        print(
            f"{f.name}: {len(f.custs)} customers, {len(f.rows)} touchpoints, {sum(1 for x in f.rows if x['direction'] == 'outbound')} replies"
        )


if __name__ == "__main__":
    main()
