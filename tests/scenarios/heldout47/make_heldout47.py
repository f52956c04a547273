"""Write heldout47's eight families (hand-written, blind; report only, never tune on them).

Standard library only and deterministic: ``python make_heldout47.py`` from anywhere
writes ``<family>.jsonl`` and ``<family>.truth.json`` next to this file.
"""

# ruff: noqa: E501

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

import wording as w  # noqa: E402
import wording_b2b as wb  # noqa: E402

SEED = 20261024
WRITTEN = "2026-12-02"
BUSINESS = "Nidolo: baby and toddler gear hire by app and web (strollers, travel cots, car seats, high chairs, carriers, breast pumps), delivered to homes, hotels and holiday flats, card deposit, Nidolo Plus membership; business arm Nidolo Hotel for hotels, holiday lets and campsites on account"
LANGS = [("it", 30), ("es", 30), ("en", 10), ("fr", 10), ("de", 10), ("pt", 10)]
MARKETS = {
    "it": [("IT", 6), ("CH", 1)],
    "es": [("ES", 1)],
    "en": [("UK", 3), ("IE", 1)],
    "fr": [("FR", 3), ("BE", 1), ("CH", 1)],
    "de": [("DE", 3), ("AT", 1), ("CH", 1)],
    "pt": [("PT", 1)],
}
MARKET_LANGS = {
    "IT": ["it"],
    "ES": ["es"],
    "UK": ["en"],
    "IE": ["en"],
    "FR": ["fr"],
    "BE": ["fr"],
    "CH": ["de", "fr", "it"],
    "DE": ["de"],
    "AT": ["de"],
    "PT": ["pt"],
}
PHONES = {
    "IT": ("+39", ["320", "328", "333", "347", "349", "366", "380"], 7),
    "ES": ("+34", ["6", "7"], 8),
    "UK": ("+44", ["74", "75", "77", "78", "79"], 8),
    "IE": ("+353", ["83", "85", "86", "87"], 7),
    "FR": ("+33", ["6", "7"], 8),
    "BE": ("+32", ["470", "472", "475", "486", "495"], 6),
    "CH": ("+41", ["76", "77", "78", "79"], 7),
    "DE": ("+49", ["151", "152", "157", "160", "170", "176"], 8),
    "AT": ("+43", ["650", "660", "664", "676", "699"], 7),
    "PT": ("+351", ["91", "92", "93", "96"], 7),
}
TOWNS = {
    "IT": ["Bologna", "Torino", "Bari", "Verona", "Padova", "Lecce", "Parma", "Firenze", "Brescia"],
    "ES": [
        "Valencia",
        "Zaragoza",
        "Málaga",
        "Bilbao",
        "Murcia",
        "Gijón",
        "Córdoba",
        "Vigo",
        "Cádiz",
    ],
    "UK": ["Leeds", "Bristol", "Norwich", "York", "Brighton"],
    "IE": ["Cork", "Galway", "Limerick"],
    "FR": ["Lille", "Nantes", "Rennes", "Dijon"],
    "BE": ["Namur", "Liège"],
    "CH": ["Lugano", "Bern", "Lausanne", "Zürich"],
    "DE": ["Bonn", "Kassel", "Freiburg", "Münster"],
    "AT": ["Graz", "Linz"],
    "PT": ["Braga", "Coimbra", "Aveiro", "Faro"],
}
FIRST = {
    "it": [
        "Giulia",
        "Francesca",
        "Chiara",
        "Sara",
        "Elena",
        "Martina",
        "Valentina",
        "Federica",
        "Silvia",
        "Alessia",
        "Marco",
        "Luca",
        "Andrea",
        "Davide",
        "Simone",
        "Paolo",
        "Roberta",
        "Ilaria",
        "Serena",
        "Stefano",
        "Beatrice",
        "Noemi",
        "Lorenzo",
        "Greta",
    ],
    "es": [
        "Lucía",
        "Marta",
        "Laura",
        "Paula",
        "Cristina",
        "Nuria",
        "Elena",
        "Irene",
        "Raquel",
        "Patricia",
        "Carlos",
        "Javier",
        "Sergio",
        "Pablo",
        "Rubén",
        "Alba",
        "Noelia",
        "Andrea",
        "Miriam",
        "Jorge",
        "Sonia",
        "Rocío",
        "Iker",
        "Ainhoa",
    ],
    "en": [
        "Emma",
        "Sophie",
        "Laura",
        "Rachel",
        "Katie",
        "Aoife",
        "Niamh",
        "Tom",
        "James",
        "Ciarán",
        "Hannah",
        "Lucy",
    ],
    "fr": [
        "Camille",
        "Manon",
        "Claire",
        "Julie",
        "Pauline",
        "Élodie",
        "Thomas",
        "Nicolas",
        "Léa",
        "Chloé",
    ],
    "de": [
        "Anna",
        "Lena",
        "Julia",
        "Sarah",
        "Katharina",
        "Miriam",
        "Jonas",
        "Tobias",
        "Lea",
        "Sophie",
    ],
    "pt": [
        "Inês",
        "Ana",
        "Catarina",
        "Mariana",
        "Joana",
        "Rita",
        "Tiago",
        "Rui",
        "Beatriz",
        "Sofia",
    ],
}
LAST = {
    "it": [
        "Rossi",
        "Bianchi",
        "Ferrari",
        "Esposito",
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
        "Longo",
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
        "Domínguez",
        "Vázquez",
        "Ramos",
        "Gil",
        "Serrano",
        "Molina",
        "Blanco",
        "Castro",
        "Ortega",
        "Rubio",
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Kelly",
        "Taylor",
        "Brown",
        "Wilson",
        "Evans",
        "Byrne",
        "Thompson",
        "Clarke",
        "Hughes",
        "Ryan",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Moreau",
        "Laurent",
        "Lefebvre",
        "Garnier",
        "Roux",
        "Fournier",
        "Girard",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Weber",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Richter",
        "Klein",
        "Wolf",
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
    ],
}
JOBS = [
    "nurse",
    "teacher",
    "accountant",
    "shop owner",
    "engineer",
    "pharmacist",
    "bus driver",
    "architect",
    "midwife",
    "chef",
    "police officer",
    "software developer",
    "physiotherapist",
    "hairdresser",
    "lawyer",
    "warehouse worker",
]
SOURCES = {
    "email": "nidolo-mail",
    "phone": "nidolo-voice",
    "social": "nidolo-social",
    "community": "nidolo-forum",
    "chat": "nidolo-chat",
    "web": "nidolo-web",
    "survey": "nidolo-survey",
}
CLOSE = {
    "it": "Grazie",
    "es": "Gracias",
    "en": "Thanks",
    "fr": "Merci",
    "de": "Danke",
    "pt": "Obrigada",
}

USED: set[str] = set()
HAPPY_KINDS = [
    "praise",
    "praise",
    "community",
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
]


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def unique(make: Any) -> str:
    for _ in range(1000):
        value = make()
        if value.lower() not in USED:
            USED.add(value.lower())
            return str(value)
    raise RuntimeError("no unique value")


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
        out.append("".join(b for b in base if not unicodedata.combining(b)) or ch)
    return "".join(out)


def spoken(text: str, names: tuple[str, ...] = ()) -> str:
    words = []
    text = re.sub(r"£(\d+)", r"\1 pounds", text.replace(" €", " euros"))
    for word in text.replace("\n", " ").split():
        word = word.strip('.,!?:;"()')
        if not word:
            continue
        if (
            any(ch.isdigit() for ch in word)
            or word in names
            or word in ("Nidolo", "Plus", "Hotel", *w.COMPETITORS)
        ):
            words.append(word)
        else:
            words.append(word.lower())
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
    truth: dict[str, Any]


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
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    count: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float, minute: float = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)


def pick_lang(f: Fam) -> str:
    return f.rng.choices([lg for lg, _ in LANGS], [wt for _, wt in LANGS])[0]


def pick_market(f: Fam, lang: str) -> str:
    ms = MARKETS[lang]
    return f.rng.choices([m for m, _ in ms], [wt for _, wt in ms])[0]


def person(
    f: Fam,
    lang: str,
    persona: str,
    habit: str,
    expected: tuple[str, ...] = (),
    tolerated: tuple[str, ...] = (),
    market: str | None = None,
    account: str | None = None,
    company: str | None = None,
    **extra: Any,
) -> Cust:
    rng = f.rng
    market = market or pick_market(f, lang)
    first = rng.choice(FIRST[lang])
    last = rng.choice(LAST[lang])
    key = unique(lambda: f"ND{f.code}{rng.randint(1000, 9999)}")
    plain_first = strip_accents(first).lower()
    plain_last = strip_accents(last).lower().replace(" ", "")
    if company:
        email = unique(
            lambda: (
                f"{plain_first}.{plain_last}{rng.choice(['', str(rng.randint(1, 9))])}@{company}.example"
            )
        )
        handle = None
    else:
        email = unique(
            lambda: (
                rng.choice(
                    [
                        f"{plain_first}.{plain_last}{rng.randint(1, 99)}",
                        f"{plain_first[0]}{plain_last}{rng.randint(70, 99)}",
                        f"{plain_last}.{plain_first}{rng.randint(1, 9)}",
                    ]
                )
                + "@"
                + rng.choice(["posta", "correo", "mail", "webmail", "inbox"])
                + ".example"
            )
        )
        handle = unique(
            lambda: (
                "@"
                + rng.choice(
                    [
                        f"{plain_last}_{plain_first}{rng.randint(1, 9)}",
                        f"{plain_first}{plain_last}{rng.randint(10, 99)}",
                        f"{plain_first}_{plain_last}",
                        f"{plain_first[:4]}{plain_last[:4]}",
                    ]
                )
            )
        )
    cc, prefixes, rest = PHONES[market]
    phone = unique(
        lambda: cc + rng.choice(prefixes) + "".join(str(rng.randint(0, 9)) for _ in range(rest))
    )
    truth: dict[str, Any] = {
        "identifiers": {
            "customer_id": key,
            "email": email.lower(),
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
        "job": extra.pop("job", rng.choice(JOBS)),
        "town": rng.choice(TOWNS[market]),
    }
    truth.update(extra)
    c = Cust(key, lang, market, first, last, email, phone, handle, account, truth)
    f.custs[key] = c
    return c


def money(c: Cust, eur: float) -> str:
    if c.market == "UK":
        return f"£{round(eur * 0.86)}"
    if c.market == "CH":
        return f"{round(eur * 0.94)} Franken" if c.lang == "de" else f"CHF {round(eur * 0.94)}"
    if c.lang == "en":
        return f"€{round(eur)}"
    return f"{round(eur)} €"


def roughen(f: Fam, text: str) -> str:
    rr = f.rr
    if rr.random() < 0.10:
        text = strip_accents(text)
    if rr.random() < 0.125 and text[:1].isupper() and not text.startswith("@"):
        text = text[0].lower() + text[1:]
    if rr.random() < 0.14:
        words = text.split(" ")
        idx = [i for i, wd in enumerate(words) if len(wd) >= 5 and wd.isalpha() and wd.islower()]
        if idx:
            i = rr.choice(idx)
            wd = words[i]
            j = rr.randint(1, len(wd) - 3)
            words[i] = wd[:j] + wd[j + 1] + wd[j] + wd[j + 2 :]
            text = " ".join(words)
    return text


def social_text(text: str) -> str:
    if "@Nidolo" in text:
        return text
    pos = text.rfind("Nidolo")
    if pos >= 0:
        return text[:pos] + "@" + text[pos:]
    return "@Nidolo " + text


def plain_text(text: str) -> str:
    return text.replace("@Nidolo ", "").replace("@Nidolo", "Nidolo")


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
    agent: str | None = None,
    rough: bool = True,
) -> str:
    f.count += 1
    eid = f"nd47-{f.code.lower()}-{f.count:05d}"
    if text is not None and not out:
        text = social_text(text) if channel == "social" else plain_text(text)
        if rough and channel not in ("phone", "survey"):
            text = roughen(f, text)
            if channel == "social" and "@Nidolo" not in text:
                text = social_text(text)
    a = {"market": c.market}
    if c.account:
        a["segment"] = "b2b"
    if attrs:
        a.update(attrs)
    if agent:
        a["agent"] = agent
    row: dict[str, Any] = {
        "event_id": eid,
        "occurred_at": iso(t),
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
    f.rows.append(row)
    return eid


def agent(f: Fam, c: Cust) -> str:
    return f.rng.choice(w.AGENTS[c.lang])


def morning(f: Fam, t: datetime, office: bool = False) -> datetime:
    """Move a time out of the night (22-07) to 08-09 the next morning; office: weekdays 08-17."""
    if t.hour >= 22:
        t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 59))
    elif t.hour < 7 or (office and t.hour < 8):
        t = t.replace(hour=8, minute=f.rng.randint(0, 59))
    if office:
        if t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 59))
        while t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 59))
    return t


def fill(c: Cust, text: str, **kw: Any) -> str:
    return text.format(name=c.first, **kw)


def product(f: Fam, c: Cust) -> tuple[str, str, str]:
    en, it, eur, slug = f.rng.choice(w.PRODUCTS)
    label = f"{en} / {it}"
    if c.market == "UK":
        cur, val = "GBP", eur * 0.86
    elif c.market == "CH":
        cur, val = "CHF", eur * 0.94
    else:
        cur, val = "EUR", eur
    return label, f"{val:.2f}", cur + "|" + slug


def happy_act(
    f: Fam, c: Cust, t: datetime, kind: str | None = None, lang: str | None = None
) -> datetime:
    rng = f.rng
    lg = lang or c.lang
    tw = w.W[lg]
    kind = kind or rng.choice(HAPPY_KINDS)
    if kind == "praise":
        add(f, c, t, "social", "mention", rng.choice(tw["praise_social"]))
    elif kind == "community":
        add(f, c, t, "community", "post", rng.choice(tw["praise_community"]))
    elif kind == "again":
        add(f, c, t, rng.choice(["social", "community"]), "post", rng.choice(tw["praise_again"]))
    elif kind == "gripe":
        if rng.random() < 0.5:
            add(
                f,
                c,
                t,
                "web",
                "review",
                rng.choice(tw["praise_gripe"]),
                attrs={"rating": "4", "page": rng.choice(w.PAGES[:2] + w.PAGES[5:6])},
            )
        else:
            add(f, c, t, "community", "post", rng.choice(tw["praise_gripe"]))
    elif kind == "chat":
        q, a, th = rng.choice(tw["chat_q"]).split("|")
        add(f, c, t, "chat", "chat", q)
        t2 = t + timedelta(minutes=rng.randint(1, 6))
        add(f, c, t2, "chat", "chat", a, out=True, agent=rng.choice(w.AGENTS[lg]))
        if rng.random() < 0.7:
            add(f, c, t2 + timedelta(minutes=rng.randint(1, 4)), "chat", "chat", th)
    elif kind == "email":
        s, q, a = rng.choice(tw["email_q"]).split("|")
        add(f, c, t, "email", "message", fill(c, q), subject=s)
        ag = rng.choice(w.AGENTS[lg])
        add(
            f,
            c,
            morning(f, t + timedelta(minutes=rng.randint(30, 180))),
            "email",
            "message",
            fill(c, a, agent=ag),
            subject="Re: " + s,
            out=True,
            agent=ag,
        )
    elif kind == "phone":
        q, a = rng.choice(tw["phone_q"]).split("|")
        add(f, c, t, "phone", "call", q)
        ag = rng.choice(w.AGENTS[lg])
        add(
            f,
            c,
            t + timedelta(minutes=rng.randint(10, 30)),
            "email",
            "message",
            fill(c, a, agent=ag),
            subject="Nidolo",
            out=True,
            agent=ag,
        )
    elif kind in ("buy", "view"):
        label, val, rest = product(f, c)
        cur, slug = rest.split("|")
        add(f, c, t, "web", "page_view", attrs={"page": "/rent/" + slug})
        if kind == "buy":
            add(
                f,
                c,
                t + timedelta(minutes=rng.randint(2, 10)),
                "web",
                "purchase",
                attrs={"order_value": val, "currency": cur, "product": label, "page": "/checkout"},
            )
    elif kind == "review":
        add(
            f,
            c,
            t,
            "web",
            "review",
            rng.choice(tw["review"]),
            attrs={"rating": "5", "page": rng.choice(w.PAGES[:2])},
        )
    elif kind == "survey":
        happy_survey(f, c, t, lg)
    return t


def happy_survey(f: Fam, c: Cust, t: datetime, lang: str | None = None) -> None:
    rng = f.rng
    which = rng.choice(["nps", "csat", "ces"])
    score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[which]
    word = rng.choice(w.W[lang or c.lang]["survey_words"])
    add(
        f,
        c,
        t,
        "survey",
        "survey_response",
        word or None,
        scores={which: score},
        attrs={"survey": which},
    )


def day_hour(f: Fam, lo: float = 7, hi: float = 21) -> float:
    return f.rng.uniform(lo, hi)


def happy_days(
    f: Fam,
    c: Cust,
    days: list[int],
    kinds: list[str] | None = None,
    lo: float = 7,
    hi: float = 20,
    lang_cycle: list[str] | None = None,
) -> None:
    for i, d in enumerate(days):
        k = f.rng.choice(kinds) if kinds else None
        lg = lang_cycle[i % len(lang_cycle)] if lang_cycle else None
        happy_act(f, c, f.at(d, day_hour(f, lo, hi)), k, lg)


def some_days(f: Fam, lo: int, hi: int, n: int, avoid: set[int] | None = None) -> list[int]:
    pool = [d for d in range(lo, hi + 1) if not avoid or d not in avoid]
    return sorted(f.rng.sample(pool, min(n, len(pool))))


def new_ref() -> str:
    return unique(lambda: f"ND-{random.Random(len(USED) * 7919 + 13).randint(100000, 999999)}")


# ---------------------------------------------------------------- consumer problems


def complaint(
    f: Fam,
    c: Cust,
    t: datetime,
    how: str,
    problem: str,
    lang: str | None = None,
    ref: str | None = None,
    variant: int = 0,
) -> str:
    lg = lang or c.lang
    fr = w.FRAMES[lg]
    topic, story, call = w.PROBLEMS[lg][problem]
    amt = money(c, f.rng.choice([35, 48, 60, 79]))
    story = story.format(amt=amt)
    if how == "email":
        return add(
            f,
            c,
            t,
            "email",
            "message",
            fill(c, fr["email"], story=story[0].lower() + story[1:]),
            subject=fr["subj"].format(topic=topic),
        )
    if how == "long":
        body = fr["long2" if variant and "long2" in fr else "long"]
        return add(
            f,
            c,
            t,
            "email",
            "message",
            fill(c, body, story=story),
            subject=fr["subj"].format(topic=topic),
        )
    if how == "chat":
        return add(f, c, t, "chat", "chat", fr["chat"].format(story=story))
    if how == "social":
        return add(f, c, t, "social", "mention", fr["social"].format(story=story))
    if how == "form":
        return add(
            f,
            c,
            t,
            "web",
            "ticket",
            fr["form"].format(story=story),
            subject=topic,
            attrs={"page": "/help/contact"},
        )
    if how == "phone":
        return add(f, c, t, "phone", "call", fr["call"].format(call=call))
    raise ValueError(how)


def reply_case(
    f: Fam, c: Cust, t: datetime, how: str, ref: str, lang: str | None = None, kind: str = "opened"
) -> datetime:
    lg = lang or c.lang
    fr = w.FRAMES[lg]
    ag = f.rng.choice(w.AGENTS[lg])
    if how == "chat" and kind != "lead":
        t2 = t + timedelta(minutes=f.rng.randint(1, 5))
        add(f, c, t2, "chat", "chat", fr["chat_case"].format(ref=ref), out=True, agent=ag)
        return t2
    t2 = morning(
        f,
        t
        + timedelta(minutes=f.rng.randint(10, 40) if kind == "opened" else f.rng.randint(90, 150)),
    )
    add(
        f,
        c,
        t2,
        "email",
        "message",
        fill(c, fr[kind], ref=ref, agent=ag),
        subject=fr["re"].format(ref=ref),
        out=True,
        agent=ag,
    )
    return t2


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    how: str,
    nth: int,
    ref: str,
    problem: str,
    comp: str | None,
    lang: str | None = None,
) -> str:
    lg = lang or c.lang
    fr = w.FRAMES[lg]
    story = w.PROBLEMS[lg][problem][1].format(amt=money(c, 48))
    key = {2: "again2", 3: "again3"}.get(nth, "again4")
    text = fr[key].format(ref=ref, comp=comp or "", story=story)
    if how == "email":
        return add(
            f, c, t, "email", "message", text + "\n" + c.first, subject=fr["re"].format(ref=ref)
        )
    if how == "chat":
        eid = add(f, c, t, "chat", "chat", text)
        add(
            f,
            c,
            t + timedelta(minutes=f.rng.randint(1, 5)),
            "chat",
            "chat",
            fr["urgent"].format(ref=ref),
            out=True,
            agent=f.rng.choice(w.AGENTS[lg]),
        )
        return eid
    if how == "phone":
        return add(f, c, t, "phone", "call", spoken(text, (ref,)))
    if how == "form":
        return add(f, c, t, "web", "ticket", text, subject=ref, attrs={"page": "/help/contact"})
    if how == "social":
        return add(f, c, t, "social", "mention", "@Nidolo " + text)
    raise ValueError(how)


def good_news(f: Fam, c: Cust, t: datetime, ref: str, lang: str | None = None) -> datetime:
    lg = lang or c.lang
    fr = w.FRAMES[lg]
    ag = f.rng.choice(w.AGENTS[lg])
    add(
        f,
        c,
        t,
        "email",
        "message",
        fill(c, fr["good_news"], ref=ref, agent=ag),
        subject=fr["re"].format(ref=ref),
        out=True,
        agent=ag,
    )
    return t


def confirm(f: Fam, c: Cust, t: datetime, ref: str, how: str, lang: str | None = None) -> str:
    lg = lang or c.lang
    text = w.FRAMES[lg]["confirm"].format(ref=ref)
    if how == "chat":
        return add(f, c, t, "chat", "chat", text)
    return add(f, c, t, "email", "message", text, subject=w.FRAMES[lg]["re"].format(ref=ref))


PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]
T_REPEAT = ("sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence")
T_SLIDE = ("repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence")
T_LEAVE = ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence")


# ---------------------------------------------------------------- families


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 2, 9, tzinfo=UTC),
        10,
        "happy customers: day writers, night writers and survey answerers",
        {},
    )
    for _ in range(16):
        c = person(f, pick_lang(f), "happy", "day writer")
        happy_days(f, c, some_days(f, 0, 9, f.rng.randint(5, 8)), lo=7, hi=19)
    for _ in range(5):
        c = person(f, pick_lang(f), "happy", "night writer")
        nights = some_days(f, 0, 8, f.rng.randint(2, 4))
        for d in nights:
            t = f.at(d, 22, f.rng.randint(12, 390))
            if f.rng.random() < 0.5:
                add(
                    f,
                    c,
                    t,
                    f.rng.choice(["social", "community"]),
                    "post",
                    f.rng.choice(w.W[c.lang]["night_post"]),
                )
            else:
                q, a, th = f.rng.choice(w.W[c.lang]["night_chat"]).split("|")
                add(f, c, t, "chat", "chat", q)
                add(
                    f,
                    c,
                    t + timedelta(minutes=f.rng.randint(1, 5)),
                    "chat",
                    "chat",
                    a,
                    out=True,
                    agent=agent(f, c),
                )
                add(f, c, t + timedelta(minutes=f.rng.randint(6, 9)), "chat", "chat", th)
        happy_days(
            f,
            c,
            some_days(f, 0, 9, f.rng.randint(2, 3)),
            ["praise", "buy", "view", "review"],
            lo=9,
            hi=18,
        )
    for _ in range(5):
        c = person(f, pick_lang(f), "happy", "answers surveys")
        for d in some_days(f, 0, 9, f.rng.randint(3, 6)):
            happy_survey(f, c, f.at(d, day_hour(f, 8, 20)))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 3, 9, tzinfo=UTC),
        12,
        "happy customers with one angry day each (six problems, six channels), some detractor NPS, fixes and apologies; controls",
        {"detractor": 6},
    )
    hows = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["form"] * 4 + ["phone"] * 4
    )
    probs = [PROBLEMS[i % 6] for i in range(24)]
    f.rng.shuffle(probs)
    cased = [i for i, h in enumerate(hows) if h != "social"]
    nps_idx = set(f.rng.sample(cased, 6))
    rest = [i for i in cased if i not in nps_idx]
    csat_idx = set(f.rng.sample(rest, 5))
    good_idx = set(f.rng.sample(cased, 12))
    apol_idx = set(f.rng.sample(sorted(good_idx), 5))
    for i, how in enumerate(hows):
        lang = ["it", "es", "it", "es"][i] if how == "long" else pick_lang(f)
        det = i in nps_idx
        c = person(
            f,
            lang,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ("detractor",) if det else (),
            ("silence",),
            problem=probs[i],
            channel=how if how != "long" else "email",
            long_email=how == "long",
        )
        bd = f.rng.randint(2, 9)
        t = f.at(bd, day_hour(f, 8, 20))
        eid = complaint(f, c, t, how, probs[i], variant=i % 2)
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            booking=None,
            nps_given=det,
            csat_given=i in csat_idx,
            agent_fixed=i in good_idx,
            apologised=i in apol_idx,
        )
        if how != "social":
            ref = new_ref()
            c.truth["booking"] = ref
            reply_case(f, c, t, "chat" if how == "chat" else "email", ref)
            if det:
                n = f.rng.randint(1, 5)
                sid = add(
                    f,
                    c,
                    t + timedelta(minutes=f.rng.randint(100, 140)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                )
                c.truth.update(nps=n, survey_event_id=sid)
            if i in csat_idx:
                n = f.rng.randint(1, 2)
                word = f.rng.choice(
                    ["", "male", "pessimo"]
                    if c.lang == "it"
                    else ["", "mal", "fatal"]
                    if c.lang == "es"
                    else ["", ":("]
                )
                sid = add(
                    f,
                    c,
                    t + timedelta(minutes=f.rng.randint(40, 80)),
                    "survey",
                    "survey_response",
                    word or None,
                    scores={"csat": n},
                    attrs={"survey": "csat"},
                )
                c.truth.update(csat=n, survey_event_id=sid)
            if i in good_idx:
                good_news(f, c, morning(f, t + timedelta(minutes=f.rng.randint(60, 240))), ref)
            if i in apol_idx:
                ta = morning(f, t + timedelta(hours=f.rng.uniform(16, 24)))
                text = f.rng.choice(w.W[c.lang]["apology"]).format(ref=ref)
                if f.rng.random() < 0.5:
                    aid = add(f, c, ta, "chat", "chat", text)
                else:
                    aid = add(
                        f,
                        c,
                        ta,
                        "email",
                        "message",
                        text,
                        subject=w.FRAMES[c.lang]["re"].format(ref=ref),
                    )
                c.truth.update(apology_at=iso(ta), apology_event_id=aid)
        avoid = set(range(bd - 1, bd + 3))
        happy_days(
            f,
            c,
            some_days(f, 0, 11, f.rng.randint(1, 5), avoid),
            [k for k in HAPPY_KINDS if k != "survey"],
            hi=19,
        )
    for _ in range(8):
        c = person(f, pick_lang(f), "happy", "control")
        happy_days(f, c, some_days(f, 0, 11, f.rng.randint(4, 7)), hi=19)
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    problem: str,
    first_t: datetime,
    first_how: str,
    n: int,
    lead: bool,
    langs: list[str] | None = None,
) -> None:
    langs = langs or [c.lang]
    ref = new_ref()
    comp = f.rng.choice(w.COMPETITORS) if n >= 3 else None
    eid = complaint(f, c, first_t, first_how, problem, lang=langs[0])
    if first_how == "chat":
        reply_case(f, c, first_t, "chat", ref, lang=langs[0])
    if lead:
        reply_case(f, c, first_t, "email", ref, lang=langs[0], kind="lead")
    elif first_how != "chat":
        reply_case(f, c, first_t, "email", ref, lang=langs[0])
    ids = [eid]
    chans = [first_how]
    t = first_t
    pool = [h for h in ["email", "chat", "phone", "form", "social"] if h != first_how]
    f.rng.shuffle(pool)
    for k in range(2, n + 1):
        t = morning(f, t + timedelta(hours=f.rng.uniform(4, 40)))
        how = pool[k - 2]
        chans.append(how)
        ids.append(
            later_contact(f, c, t, how, k, ref, problem, comp, lang=langs[(k - 1) % len(langs)])
        )
    c.truth.update(
        problem=problem,
        booking=ref,
        contacts=n,
        channels=chans,
        channel=first_how,
        agent_passed_on=lead,
        problem_event_ids=ids,
        competitor=comp,
        trouble_starts_at=iso(first_t),
        repeat_event_id=ids[1],
    )


def fixed_case(
    f: Fam,
    c: Cust,
    problem: str,
    t: datetime,
    how: str,
    lang: str | None = None,
    confirm_lang: str | None = None,
) -> dict[str, Any]:
    ref = new_ref()
    eid = complaint(f, c, t, how, problem, lang=lang)
    reply_case(f, c, t, "chat" if how == "chat" else "email", ref, lang=lang)
    tf = morning(f, t + timedelta(hours=f.rng.uniform(3, 20)))
    good_news(f, c, tf, ref, lang=confirm_lang or lang)
    tc = morning(f, tf + timedelta(hours=f.rng.uniform(8, 30)))
    chow = f.rng.choice(["email", "chat"])
    cid = confirm(f, c, tc, ref, chow, lang=confirm_lang or lang)
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": how,
        "confirm_channel": chow,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 4, 20, tzinfo=UTC),
        10,
        "repeat contacts about one open problem; fixed cases; two different problems; frequent writers",
        {"repeat_contact": 12},
    )
    firsts = ["form"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2] * 4 + [3] * 4 + [4] * 4
    f.rng.shuffle(firsts)
    leads = [True] * 6 + [False] * 6
    f.rng.shuffle(leads)
    for i in range(12):
        c = person(f, pick_lang(f), "repeat_contact", "repeats", ("repeat_contact",), T_REPEAT)
        happy_days(
            f, c, [0] * f.rng.randint(1, 3), [k for k in HAPPY_KINDS if k != "survey"], lo=7, hi=12
        )
        repeat_run(
            f,
            c,
            PROBLEMS[i % 6],
            f.at(f.rng.randint(1, 4), day_hour(f, 8, 19)),
            firsts[i],
            counts[i],
            leads[i],
        )
    for i in range(5):
        c = person(f, pick_lang(f), "resolved_between_contacts", "fixed", (), ("silence",))
        happy_days(f, c, some_days(f, 0, 1, 1), hi=19)
        p = fixed_case(
            f,
            c,
            PROBLEMS[(i + 2) % 6],
            f.at(f.rng.randint(1, 5), day_hour(f, 8, 19)),
            ["form", "email", "chat"][i % 3],
        )
        c.truth.update(
            problems=[p],
            problem=p["problem"],
            booking=p["booking"],
            trouble_starts_at=p["raised_at"],
        )
    for i in range(3):
        c = person(f, pick_lang(f), "different_problems", "two problems", (), ("silence",))
        d1 = f.rng.randint(1, 2)
        p1 = fixed_case(f, c, PROBLEMS[i], f.at(d1, day_hour(f, 8, 18)), "email")
        p2 = fixed_case(
            f, c, PROBLEMS[i + 3], f.at(d1 + f.rng.randint(4, 5), day_hour(f, 8, 18)), "chat"
        )
        c.truth.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = person(f, pick_lang(f), "happy", "frequent writer")
        happy_days(
            f,
            c,
            some_days(f, 0, 9, f.rng.randint(5, 8)),
            ["chat", "chat", "email", "phone", "buy"],
            hi=19,
        )
    return f


def slide(
    f: Fam, c: Cust, d0: int, span: int, langs: list[str] | None = None, nps: bool = False
) -> None:
    langs = langs or [c.lang]
    comp = f.rng.choice(w.COMPETITORS)
    offsets = sorted(f.rng.sample(range(1, span), 4)) if span > 5 else [0.5, 1, 1.5, 2]
    days = [0.0, *offsets, float(span)]
    ids = []
    t_prev = None
    ratings = ["3", "3", "2", "2", "1", "1"]
    for k in range(6):
        lg = langs[k % len(langs)]
        t = morning(f, f.at(d0 + days[k], day_hour(f, 8, 20)))
        if t_prev and t < t_prev + timedelta(hours=1):
            t = morning(f, t_prev + timedelta(hours=f.rng.uniform(1, 3)))
        text = w.SLIDE[lg][k].format(amt=money(c, 35), comp=comp)
        where = f.rng.choice(["social", "community", "review"])
        if where == "review":
            ids.append(
                add(
                    f,
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": ratings[k], "page": f.rng.choice(w.PAGES[:2])},
                )
            )
        else:
            ids.append(add(f, c, t, where, "mention" if where == "social" else "post", text))
        if k == 3 and nps:
            n = f.rng.randint(1, 5)
            sid = add(
                f,
                c,
                morning(f, t + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                scores={"nps": n},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps=n, nps_given=True, survey_event_id=sid)
        t_prev = t
    c.truth.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=f.rows[[r["event_id"] for r in f.rows].index(ids[0])]["occurred_at"],
    )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 1, tzinfo=UTC),
        32,
        "sliding churners, leavers, steady, steadily grumpy and sarcastic customers",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    )
    spans = [3] + [5] * 5 + [9] * 4
    f.rng.shuffle(spans)
    for i in range(10):
        nps = i < 5
        c = person(
            f,
            pick_lang(f),
            "slow_churner",
            "slides",
            ("sentiment_drop", "detractor") if nps else ("sentiment_drop",),
            T_SLIDE,
        )
        kinds = ["praise"] * f.rng.randint(4, 5) + [
            f.rng.choice(["community", "buy", "chat", "view", "review"])
            for _ in range(f.rng.randint(2, 4))
        ]
        f.rng.shuffle(kinds)
        for d, k in zip(some_days(f, 0, 10, len(kinds)), kinds, strict=True):
            happy_act(f, c, f.at(d, day_hour(f, 8, 19)), k)
        slide(f, c, f.rng.randint(12, 16), spans[i], nps=nps)
    for i in range(5):
        c = person(f, pick_lang(f), "slow_churner", "asks to cancel", ("churn_intent",), T_LEAVE)
        happy_days(
            f,
            c,
            some_days(f, 0, 15, f.rng.randint(4, 6)),
            [k for k in HAPPY_KINDS if k != "survey"],
            hi=19,
        )
        fr = w.FRAMES[c.lang]
        t = f.at(f.rng.randint(17, 23), day_hour(f, 8, 19))
        cid = add(
            f,
            c,
            t,
            "email",
            "message",
            fill(c, fr["leave"], why=fr["why1" if i % 2 else "why2"]),
            subject="Nidolo Plus",
        )
        ag = agent(f, c)
        add(
            f,
            c,
            morning(f, t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            fill(c, fr["sorry_go"], agent=ag),
            subject="Re: Nidolo Plus",
            out=True,
            agent=ag,
        )
        tc = morning(f, t + timedelta(hours=f.rng.uniform(20, 30)))
        xid = add(
            f,
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/membership/cancel", "product": "Nidolo Plus"},
        )
        c.truth.update(
            churn_intent_event_id=cid,
            cancellation_event_id=xid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = person(f, pick_lang(f), "happy", "steady")
        happy_days(f, c, some_days(f, 0, 31, f.rng.randint(6, 10)), hi=19)
    for _ in range(5):
        c = person(
            f, pick_lang(f), "steadily_grumpy", "grumbles", (), ("repeat_contact", "silence")
        )
        d = f.rng.randint(0, 4)
        ids = []
        gr = list(w.W[c.lang]["grumbles"])
        f.rng.shuffle(gr)
        for k in range(f.rng.randint(5, 7)):
            t = f.at(d, day_hour(f, 8, 20))
            where = f.rng.choice(["social", "community", "form", "review"])
            text = gr[k % len(gr)]
            if where == "review":
                ids.append(
                    add(
                        f,
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": f.rng.choice(w.PAGES[:2])},
                    )
                )
            elif where == "form":
                ids.append(add(f, c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(add(f, c, t, where, "mention" if where == "social" else "post", text))
            d += f.rng.randint(1, 3)
        for dd in some_days(f, 0, 31, f.rng.randint(0, 2)):
            happy_act(f, c, f.at(dd, day_hour(f, 9, 19)), "buy")
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=f.rows[[r["event_id"] for r in f.rows].index(ids[0])]["occurred_at"],
        )
    for _ in range(5):
        c = person(f, pick_lang(f), "happy_one_sarcastic_remark", "happy", (), ("silence",))
        ds = f.rng.randint(17, 28)
        happy_days(
            f,
            c,
            some_days(f, 0, 31, f.rng.randint(3, 6), {ds}),
            [k for k in HAPPY_KINDS if k != "survey"],
            hi=19,
        )
        t = f.at(ds, day_hour(f, 9, 20))
        sid = add(
            f,
            c,
            t,
            f.rng.choice(["social", "community"]),
            "post",
            f.rng.choice(w.W[c.lang]["sarcasm"]),
        )
        c.truth.update(sarcasm_event_id=sid, trouble_starts_at=iso(t))
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 7, 10, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in bursts; no spike",
        {},
    )
    for _ in range(16):
        c = person(f, pick_lang(f), "happy", "day writer")
        for d in some_days(f, 0, 2, f.rng.randint(1, 3)):
            happy_act(
                f,
                c,
                f.at(d, day_hour(f, 7, 17.5)),
                f.rng.choice([k for k in HAPPY_KINDS if k not in ("email",)]),
            )
    for i in range(4):
        c = person(f, pick_lang(f), "grumbles_once", "grumbles once", (), ("silence",))
        t = happy_act(
            f, c, f.at(f.rng.randint(0, 2), day_hour(f, 8, 17)), f.rng.choice(["buy", "view"])
        )
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        text = f.rng.choice(w.W[c.lang]["mild_grumble"])
        if i < 2:
            gid = add(f, c, t2, "chat", "chat", text)
            add(
                f,
                c,
                t2 + timedelta(minutes=f.rng.randint(1, 5)),
                "chat",
                "chat",
                w.FRAMES[c.lang]["ack_form"].format(agent=agent(f, c)).split(" - ")[0],
                out=True,
                agent=agent(f, c),
            )
        else:
            gid = add(f, c, t2, "web", "ticket", text, attrs={"page": "/help/contact"})
            ag = agent(f, c)
            add(
                f,
                c,
                t2 + timedelta(minutes=f.rng.randint(10, 40)),
                "email",
                "message",
                w.FRAMES[c.lang]["ack_form"].format(agent=ag),
                subject="Nidolo",
                out=True,
                agent=ag,
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t2))
    for night in range(3):
        b0 = f.at(night + 1, 0, f.rng.randint(40, 65))
        starts = [
            b0,
            b0 + timedelta(minutes=f.rng.randint(28, 33)),
            b0 + timedelta(minutes=f.rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = person(f, pick_lang(f), "night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    nid = add(
                        f,
                        c,
                        t,
                        f.rng.choice(["social", "community"]),
                        "post",
                        f.rng.choice(w.W[c.lang]["night_post"]),
                    )
                else:
                    q, a, th = f.rng.choice(w.W[c.lang]["night_chat"]).split("|")
                    nid = add(f, c, t, "chat", "chat", q)
                    add(
                        f,
                        c,
                        t + timedelta(minutes=f.rng.randint(1, 4)),
                        "chat",
                        "chat",
                        a,
                        out=True,
                        agent=agent(f, c),
                    )
                    add(f, c, t + timedelta(minutes=f.rng.randint(5, 8)), "chat", "chat", th)
                c.truth.update(burst_at=iso(bs), night_event_id=nid)
                if f.rng.random() < 0.5:
                    happy_act(
                        f,
                        c,
                        f.at(f.rng.randint(0, 2), day_hour(f, 9, 17.5)),
                        f.rng.choice(["praise", "buy", "view", "review"]),
                    )
    return f


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "customers who write in two languages: happy, repeat contacts, sliders, one bad day, fixed cases",
        {"repeat_contact": 5, "sentiment_drop": 5},
    )
    pairs = (
        [("es", "it")] * 4
        + [("it", "es")] * 4
        + [("it", "en")] * 2
        + [("es", "en")] * 2
        + [
            ("it", "fr"),
            ("fr", "it"),
            ("es", "pt"),
            ("pt", "es"),
            ("de", "it"),
            ("it", "de"),
            ("en", "es"),
            ("es", "fr"),
            ("de", "es"),
            ("it", "pt"),
            ("fr", "es"),
            ("en", "it"),
            ("pt", "it"),
            ("es", "de"),
            ("de", "fr"),
        ]
    )
    f.rng.shuffle(pairs)
    why = [
        "works for a company in the other country",
        "partner's family language",
        "grew up in the other country",
        "studied abroad",
        "writes to the in-laws' account",
    ]
    roles = ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 2
    # the long bad-day e-mail needs a second language with a letter frame
    bad_long = next(i for i in range(len(pairs)) if roles[i] == "bad")
    for i, p in enumerate(pairs):
        if roles[i] == "bad" and i == bad_long and p[1] not in ("it", "es", "de", "en"):
            j = next(
                j for j in range(len(pairs)) if roles[j] == "happy" and pairs[j][1] in ("it", "es")
            )
            pairs[i], pairs[j] = pairs[j], pairs[i]
    counts = [2, 2, 3, 3, 4]
    spans = [3, 4, 4, 5, 5]
    nrep = nsl = nbad = 0
    for i, (l1, l2) in enumerate(pairs):
        market = f.rng.choice([m for m, _ in MARKETS[l1] + MARKETS[l2]])
        role = roles[i]
        extra = {"languages": [l1, l2], "job_second_language": f.rng.choice(why)}
        cyc = [l1, l2]
        if role == "happy":
            c = person(f, l1, "happy", "alternates languages", market=market, **extra)
            happy_days(f, c, some_days(f, 0, 13, f.rng.randint(5, 8)), hi=19, lang_cycle=cyc)
        elif role == "repeat":
            n = counts[nrep]
            nrep += 1
            c = person(
                f,
                l1,
                "repeat_contact",
                "repeats",
                ("repeat_contact",),
                T_REPEAT,
                market=market,
                **extra,
            )
            happy_days(
                f,
                c,
                some_days(f, 0, 1, f.rng.randint(1, 2)),
                [k for k in HAPPY_KINDS if k != "survey"],
                hi=19,
                lang_cycle=cyc,
            )
            repeat_run(
                f,
                c,
                PROBLEMS[nrep],
                f.at(f.rng.randint(2, 5), day_hour(f, 8, 18)),
                f.rng.choice(["email", "form", "chat"]),
                n,
                n >= 3,
                langs=cyc,
            )
        elif role == "slide":
            c = person(
                f,
                l1,
                "slow_churner",
                "slides",
                ("sentiment_drop",),
                T_SLIDE,
                market=market,
                **extra,
            )
            for j, d in enumerate(some_days(f, 0, 5, 5)):
                happy_act(f, c, f.at(d, day_hour(f, 8, 19)), "praise", cyc[j % 2])
            happy_days(
                f,
                c,
                some_days(f, 0, 5, f.rng.randint(1, 3)),
                ["buy", "chat", "view"],
                hi=19,
                lang_cycle=cyc,
            )
            slide(f, c, f.rng.randint(7, 8), spans[nsl], langs=cyc)
            nsl += 1
        elif role == "bad":
            how = ["long", "email", "chat"][nbad]
            nbad += 1
            c = person(
                f,
                l1,
                "happy_one_bad_day",
                "one bad day",
                (),
                ("silence",),
                market=market,
                problem=PROBLEMS[nbad + 1],
                bad_day_language=l2,
                long_email=how == "long",
                **extra,
            )
            bd = f.rng.randint(5, 9)
            t = f.at(bd, day_hour(f, 9, 18))
            eid = complaint(f, c, t, how, PROBLEMS[nbad + 1], lang=l2)
            ref = new_ref()
            reply_case(f, c, t, "chat" if how == "chat" else "email", ref, lang=l2)
            c.truth.update(
                bad_day_at=iso(t),
                bad_day_event_id=eid,
                booking=ref,
                channel="email" if how == "long" else how,
                trouble_starts_at=iso(t),
                agent_fixed=how != "chat",
                apologised=how == "email",
            )
            if how != "chat":
                good_news(f, c, morning(f, t + timedelta(hours=f.rng.uniform(1, 4))), ref, lang=l2)
            if how == "email":
                ta = morning(f, t + timedelta(hours=f.rng.uniform(18, 24)))
                aid = add(f, c, ta, "chat", "chat", w.W[l2]["apology"][0].format(ref=ref))
                c.truth.update(apology_at=iso(ta), apology_event_id=aid)
            happy_days(
                f,
                c,
                some_days(f, 0, 13, f.rng.randint(3, 5), set(range(bd - 1, bd + 3))),
                [k for k in HAPPY_KINDS if k != "survey"],
                hi=19,
                lang_cycle=cyc,
            )
        else:
            c = person(
                f,
                l1,
                "resolved_between_contacts",
                "fixed",
                (),
                ("silence",),
                market=market,
                confirm_language=l2,
                **extra,
            )
            happy_days(f, c, some_days(f, 0, 2, 2), hi=19, lang_cycle=cyc)
            p = fixed_case(
                f,
                c,
                PROBLEMS[i % 6],
                f.at(f.rng.randint(3, 8), day_hour(f, 9, 18)),
                "form",
                lang=l1,
                confirm_lang=l2,
            )
            c.truth.update(
                problems=[p],
                problem=p["problem"],
                booking=p["booking"],
                trouble_starts_at=p["raised_at"],
            )
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 9, 28, tzinfo=UTC),
        14,
        "Nidolo Hotel accounts: at risk, one unhappy contact, mild suggestions, happy",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    )
    plan = [
        ("at_risk", "IT", "it", "hotel", "portal", 3, 5),
        ("at_risk", "ES", "es", "holiday_lets", "invoice", 3, 4),
        ("at_risk", "DE", "de", "resort", "service_blocked", 3, 4),
        ("at_risk", "IT", "it", "campsite", "invoice", 4, 6),
        ("at_risk", "ES", "es", "aparthotel", "overbilled", 4, 5),
        ("one_unhappy", "PT", "pt", "hotel", "service_blocked", 1, 3),
        ("one_unhappy", "IT", "it", "agriturismo", "overbilled", 1, 3),
        ("one_unhappy", "ES", "es", "b_and_b", "portal", 1, 3),
        ("one_unhappy", "UK", "en", "hotel", "invoice", 1, 3),
        ("mild", "ES", "es", "hotel", None, 0, 3),
        ("mild", "FR", "fr", "campsite", None, 0, 4),
        ("mild", "IT", "it", "resort", None, 0, 3),
        ("happy", "IT", "it", "hotel", None, 0, 4),
        ("happy", "ES", "es", "holiday_lets", None, 0, 3),
        ("happy", "CH", "de", "aparthotel", None, 0, 4),
    ]
    names = {
        "it": [
            "Albergo Miramonti",
            "Camping Le Dune",
            "Hotel Belvedere",
            "Agriturismo Il Gelso",
            "Resort Torre Saracena",
        ],
        "es": [
            "Apartamentos Brisa",
            "Hotel Alameda",
            "Casa Rural El Olivo",
            "Aparthotel Mirador",
            "Hostal La Parra",
        ],
        "de": ["Ferienresort Seeblick", "Aparthotel Alpenrose"],
        "pt": ["Hotel Ribeira"],
        "en": ["Harbour View Hotel"],
        "fr": ["Camping Les Pins"],
    }
    used_names: dict[str, int] = {}
    at_risk_no = 0
    for kind, market, lang, site, problem, unhappy, ncont in plan:
        k = used_names.get(lang, 0)
        used_names[lang] = k + 1
        company = names[lang][k % len(names[lang])]
        domain = strip_accents(company).lower().replace(" ", "-")
        acc = unique(lambda market=market: f"NDH-{market}-{f.rng.randint(1000, 9999)}")
        keys: list[str] = []
        unhappy_keys: list[str] = []
        firsts: set[str] = set()
        contacts: list[Cust] = []
        for j in range(ncont):
            if kind == "at_risk" and j < unhappy:
                last = j == unhappy - 1
                persona, exp, tol, role = (
                    "b2b_unhappy",
                    ("repeat_contact",) if last else ("detractor",),
                    (
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ),
                    "complainer",
                )
            elif kind == "one_unhappy" and j == 0:
                persona, exp, tol, role = (
                    "b2b_one_unhappy",
                    ("detractor",),
                    ("sentiment_drop", "high_value_at_risk", "silence"),
                    "complainer",
                )
            elif kind == "mild" and j < 2:
                persona, exp, tol, role = "b2b_mild", (), ("silence",), "suggests"
            else:
                persona, exp, tol, role = "b2b_happy", (), (), "contact"
            title = f.rng.choice(wb.TITLES)
            for _ in range(50):
                c = person(
                    f,
                    lang,
                    persona,
                    role,
                    exp,
                    tol,
                    market=market,
                    account=acc,
                    company=domain,
                    job=title,
                    company_name=company,
                    role=role,
                    job_title=title,
                )
                if c.first not in firsts:
                    break
                del f.custs[c.key]
            firsts.add(c.first)
            keys.append(c.key)
            contacts.append(c)
            if role == "complainer":
                unhappy_keys.append(c.key)
        acct: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": ncont,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        f.accounts[acc] = acct
        tb = wb.B2B[lang]
        for c in contacts:
            role = c.truth["role"]
            if role == "contact":
                weekdays = [d for d in range(14) if f.at(d, 0).weekday() < 5]
                for d in sorted(f.rng.sample(weekdays, f.rng.randint(2, 5))):
                    b2b_routine(f, c, f.at(d, f.rng.uniform(8, 16.5)), high=True)
            else:
                for _ in range(f.rng.randint(0, 2)):
                    b2b_routine(f, c, f.at(f.rng.randint(0, 1), f.rng.uniform(8, 16.5)), high=False)
        if kind == "at_risk":
            at_risk_no += 1
            ref = new_ref()
            comps = [c for c in contacts if c.truth["role"] == "complainer"]
            t = f.at(2, f.rng.uniform(8.5, 11))
            first_name = comps[0].first
            first_day = t.weekday()
            compl = wb.B2B_PROBLEMS[problem][lang]
            amt = money(comps[0], 600)
            for j, c in enumerate(comps):
                text = compl[1].format(amt=amt)
                if j == 0:
                    eid = add(
                        f,
                        c,
                        t,
                        "email",
                        "message",
                        tb["first"].format(
                            company=company,
                            complaint=text,
                            name=c.first,
                            title=c.truth["job_title"],
                        ),
                        subject=compl[0],
                    )
                    ag = agent(f, c)
                    add(
                        f,
                        c,
                        t + timedelta(minutes=f.rng.randint(20, 60)),
                        "email",
                        "message",
                        tb["ack"].format(name=c.first, ref=ref, company=company, agent=ag),
                        subject=f"{ref} - {compl[0]}",
                        out=True,
                        agent=ag,
                    )
                    acct["trouble_starts_at"] = iso(t)
                else:
                    t = morning(f, t + timedelta(hours=f.rng.uniform(8, 28)), office=True)
                    when = wb.WHEN[lang][
                        "today" if t.date() == f.at(2, 0).date() else str(first_day)
                    ]
                    eid = add(
                        f,
                        c,
                        t,
                        "email",
                        "message",
                        tb["later"].format(
                            company=company,
                            ref=ref,
                            first=first_name,
                            when=when,
                            complaint=text,
                            name=c.first,
                        ),
                        subject=f"{ref} - {compl[0]}",
                    )
                ids = [eid]
                c.truth.update(
                    problem=problem, booking=ref, trouble_starts_at=iso(t), complaint_event_ids=ids
                )
                if j < len(comps) - 1:
                    n = f.rng.randint(1, 5)
                    sid = add(
                        f,
                        c,
                        t + timedelta(minutes=f.rng.randint(60, 180)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": n},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(nps=n, nps_given=True, survey_event_id=sid)
                else:
                    t2 = morning(f, t + timedelta(hours=f.rng.uniform(18, 40)), office=True)
                    if at_risk_no == 4:
                        comp = f.rng.choice(w.COMPETITORS)
                        rid = add(
                            f,
                            c,
                            t2,
                            "email",
                            "message",
                            tb["last_email"].format(ref=ref, comp=comp, name=c.first),
                            subject=f"{ref} - {compl[0]}",
                        )
                        c.truth["competitor"] = comp
                    else:
                        rid = add(
                            f,
                            c,
                            t2,
                            "phone",
                            "call",
                            tb["last_call"].format(ref=ref, name=c.first, company=company),
                        )
                    ids.append(rid)
                    c.truth.update(repeat_event_id=rid, contacts=2)
        elif kind == "one_unhappy":
            c = contacts[0]
            ref = new_ref()
            compl = wb.B2B_PROBLEMS[problem][lang]
            t = morning(f, f.at(f.rng.randint(3, 7), f.rng.uniform(8.5, 16)), office=True)
            eid = add(
                f,
                c,
                t,
                "email",
                "message",
                tb["one"].format(
                    complaint=compl[1].format(amt=money(c, 400)), name=c.first, company=company
                ),
                subject=compl[0],
            )
            ag = agent(f, c)
            add(
                f,
                c,
                t + timedelta(minutes=f.rng.randint(20, 60)),
                "email",
                "message",
                tb["ack"].format(name=c.first, ref=ref, company=company, agent=ag),
                subject=f"{ref} - {compl[0]}",
                out=True,
                agent=ag,
            )
            n = f.rng.randint(1, 5)
            sid = add(
                f,
                c,
                t + timedelta(minutes=f.rng.randint(90, 180)),
                "survey",
                "survey_response",
                None,
                scores={"nps": n},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                problem=problem,
                booking=ref,
                trouble_starts_at=iso(t),
                complaint_event_ids=[eid],
                nps=n,
                nps_given=True,
                survey_event_id=sid,
            )
        elif kind == "mild":
            for j, c in enumerate(contacts[:2]):
                t = morning(f, f.at(f.rng.randint(2, 10), f.rng.uniform(8, 16)), office=True)
                mid = add(
                    f,
                    c,
                    t,
                    "web",
                    "ticket",
                    tb["mild1" if j == 0 else "mild2"],
                    attrs={"page": "/pro/portal/feedback"},
                )
                ag = agent(f, c)
                add(
                    f,
                    c,
                    t + timedelta(minutes=f.rng.randint(30, 90)),
                    "email",
                    "message",
                    tb["ack_mild"].format(name=c.first, agent=ag),
                    subject="Nidolo Hotel",
                    out=True,
                    agent=ag,
                )
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
    for c in f.custs.values():
        c.truth["company"] = c.truth.pop("company_name")
    return f


def b2b_routine(f: Fam, c: Cust, t: datetime, high: bool) -> None:
    rng = f.rng
    tb = wb.B2B[c.lang]
    kinds = ["chat", "buy", "view"] + (["praise", "survey"] if high else [])
    kind = rng.choice(kinds)
    if kind == "chat":
        q, a, th = tb["q"].split("|")
        add(f, c, t, "chat", "chat", q)
        t2 = t + timedelta(minutes=rng.randint(1, 6))
        add(f, c, t2, "chat", "chat", a, out=True, agent=agent(f, c))
        if rng.random() < 0.6:
            add(f, c, t2 + timedelta(minutes=rng.randint(1, 4)), "chat", "chat", th)
    elif kind in ("buy", "view"):
        en, it, eur, slug = rng.choice(wb.B2B_PRODUCTS)
        add(f, c, t, "web", "page_view", attrs={"page": "/" + slug})
        if kind == "buy":
            cur, val = (
                ("GBP", eur * 0.86)
                if c.market == "UK"
                else ("CHF", eur * 0.94)
                if c.market == "CH"
                else ("EUR", eur)
            )
            add(
                f,
                c,
                t + timedelta(minutes=rng.randint(2, 9)),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{val:.2f}",
                    "currency": cur,
                    "product": f"{en} / {it}",
                    "page": "/pro/checkout",
                },
            )
    elif kind == "praise":
        add(f, c, t, "community", "post", tb["praise"])
    else:
        happy_survey(f, c, t)


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 10, 19, tzinfo=UTC),
        7,
        "a calm week and one planted spike of app booking failures",
        {"topic_spike": 1, "repeat_contact": 6},
    )
    for _ in range(40):
        c = person(f, pick_lang(f), "happy", "day writer")
        for d in some_days(f, 0, 5, f.rng.randint(1, 4)):
            lo, hi = (12, 19) if d == 5 else (7, 20)
            happy_act(f, c, f.at(d, day_hour(f, lo, hi)))
    for _ in range(2):
        c = person(
            f, f.rng.choice(["it", "es"]), "grumbles_once", "grumbles once", (), ("silence",)
        )
        t = f.at(0, day_hour(f, 9, 17))
        gid = add(f, c, t, "chat", "chat", f.rng.choice(w.W[c.lang]["mild_grumble"]))
        add(
            f,
            c,
            t + timedelta(minutes=f.rng.randint(1, 5)),
            "chat",
            "chat",
            w.FRAMES[c.lang]["ack_form"].format(agent="").split(" - ")[0],
            out=True,
            agent=agent(f, c),
        )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lang, hh, mm in (("es", 10, 15), ("it", 17, 20)):
        c = person(f, lang, "grumbles_once", "lone question", (), ("silence",))
        q, a = w.LONE_Q[lang]
        t = f.at(4, hh, mm)
        lid = add(f, c, t, "chat", "chat", q)
        add(f, c, t + timedelta(minutes=3), "chat", "chat", a, out=True, agent=agent(f, c))
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    langs = ["it"] * 6 + ["es"] * 6 + ["en", "en", "fr", "fr", "de", "de", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["form"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    s0 = datetime(2026, 10, 24, 9, 25, tzinfo=UTC)
    mins = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    regular = [True] * 12 + [False] * 8
    f.rng.shuffle(regular)
    early = [i for i in range(20) if mins[i] <= 25]
    repeaters = set(f.rng.sample(early, 6))
    fixed_pool = [i for i in range(20) if i not in repeaters]
    fixed = set(f.rng.sample(fixed_pool, 6))
    subj = {
        "it": "App: errore al pagamento",
        "es": "App: error al pagar",
        "en": "App payment error",
        "fr": "Erreur de paiement appli",
        "de": "Fehler beim Bezahlen in der App",
        "pt": "Erro no pagamento da app",
    }
    event_ids, keys, rep_ids = [], [], []
    again_chans = ["email", "email", "chat", "chat", "community", "community"]
    f.rng.shuffle(again_chans)
    for i in range(20):
        lang = langs[i]
        rep = i in repeaters
        c = person(
            f,
            lang,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular[i] else "new",
            ("repeat_contact",) if rep else (),
            ("sentiment_drop", "silence") if rep else ("silence",),
        )
        if regular[i]:
            for _ in range(f.rng.randint(1, 3)):
                happy_act(
                    f,
                    c,
                    f.at(2, f.rng.uniform(8, 17.5)),
                    f.rng.choice([k for k in HAPPY_KINDS if k != "survey"]),
                )
        t = s0 + timedelta(minutes=mins[i], seconds=0)
        text = f.rng.choice(w.SPIKE[lang])
        ch = chans[i]
        if ch == "social":
            eid = add(f, c, t, "social", "mention", text)
        elif ch == "community":
            eid = add(f, c, t, "community", "post", text)
        elif ch == "chat":
            eid = add(f, c, t, "chat", "chat", text)
            add(
                f,
                c,
                t + timedelta(minutes=f.rng.randint(1, 4)),
                "chat",
                "chat",
                w.SPIKE_CHAT_ANSWER[lang],
                out=True,
                agent=agent(f, c),
            )
        elif ch == "email":
            eid = add(
                f, c, t, "email", "message", plain_text(text) + "\n" + c.first, subject=subj[lang]
            )
        else:
            eid = add(
                f, c, t, "web", "ticket", text, subject=subj[lang], attrs={"page": "/help/contact"}
            )
        event_ids.append(eid)
        keys.append(c.key)
        c.truth.update(
            in_spike=True,
            regular=regular[i],
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=i in fixed,
        )
        if rep:
            ach = again_chans.pop()
            if ach == ch:
                ach = "email" if ch != "email" else "chat"
            t2 = t + timedelta(minutes=f.rng.randint(15, 50))
            again = w.SPIKE_AGAIN[lang]
            if ach == "email":
                rid = add(
                    f,
                    c,
                    t2,
                    "email",
                    "message",
                    again + "\n" + c.first,
                    subject="Re: " + subj[lang],
                )
            elif ach == "chat":
                rid = add(f, c, t2, "chat", "chat", again)
                add(
                    f,
                    c,
                    t2 + timedelta(minutes=2),
                    "chat",
                    "chat",
                    w.SPIKE_CHAT_ANSWER[lang],
                    out=True,
                    agent=agent(f, c),
                )
            else:
                rid = add(f, c, t2, "community", "post", again)
            rep_ids.append(rid)
            c.truth.update(repeat_event_id=rid)
        if i in fixed:
            local = "12:50" if c.market in ("UK", "IE", "PT") else "13:50"
            credit = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "€10" if lang == "en" else "10 €")
            ag = agent(f, c)
            add(
                f,
                c,
                datetime(2026, 10, 24, 12, f.rng.randint(8, 17), tzinfo=UTC),
                "email",
                "message",
                w.SPIKE_FIXED[lang].format(name=c.first, local=local, credit=credit, agent=ag),
                subject="Nidolo",
                out=True,
                agent=ag,
            )
    f.spike = {
        "topic": f"baby-gear hire app: payment step fails in app and website, no booking can be made, error {w.SPIKE_CODE}",
        "about": "planted spike of app booking failures at the payment step",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": event_ids,
        "repeat_event_ids": rep_ids,
    }
    return f


# ---------------------------------------------------------------- output


def finish(f: Fam) -> None:
    f.rows.sort(key=lambda r: r["occurred_at"])
    seen: set[str] = set()
    for r in f.rows:
        c = f.custs[r.pop("_cust")]
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
        if r["direction"] == "outbound" or (r["direction"] == "inbound" and c.key not in seen):
            ref.update(full)
            if r["direction"] == "inbound":
                seen.add(c.key)
        elif r["channel"] == "phone":
            cc = len(PHONES[c.market][0])
            ref["phone"] = c.phone[:cc] + " " + c.phone[cc:] if f.rr.random() < 0.5 else c.phone
        elif r["channel"] in ("social", "community"):
            if c.handle:
                ref["handle"] = c.handle.lstrip("@") if f.rr.random() < 0.2 else c.handle
            else:
                ref["email"] = c.email
        elif r["channel"] == "email":
            ref["email"] = c.email.upper() if f.rr.random() < 1 / 12 else c.email
        else:
            ref["customer_id"] = c.key
        r["customer"] = ref
    ordered = []
    for r in f.rows:
        ordered.append(
            {
                k: r[k]
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
    expected: dict[str, int] = {}
    for c in f.custs.values():
        t = c.truth
        if set(t["expected_rules"]) & set(t["tolerated_rules"]):
            raise SystemExit(f"{c.key} expects and tolerates a rule")
        if not any(
            r["direction"] == "inbound" and r["customer"]["customer_id"] == c.key for r in ordered
        ):
            raise SystemExit(f"{c.key} has no inbound touchpoint")
        for rule in t["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    if expected != f.planted:
        raise SystemExit(f"{f.name}: expected {expected} != planted {f.planted}")
    last = max(r["occurred_at"] for r in ordered)
    end = f.start + timedelta(days=f.days)
    last_t = datetime.strptime(last, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC) + timedelta(hours=1)
    end = max(end, last_t)
    limit = datetime(2026, 11, 15, tzinfo=UTC)
    for r in ordered:
        if not (iso(f.start) <= r["occurred_at"] < iso(limit)):
            raise SystemExit(f"{r['event_id']} out of range")
    if end >= limit:
        raise SystemExit("end out of range")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": BUSINESS,
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": WRITTEN,
            "expected": f.planted,
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {c.key: c.truth for c in f.custs.values()},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    with open(HERE / f"{f.name}.jsonl", "w", encoding="utf-8", newline="\n") as out:
        for r in ordered:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


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
        finish(build())


if __name__ == "__main__":
    main()
