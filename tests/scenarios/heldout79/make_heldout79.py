# ruff: noqa: E501
"""Generate heldout79: the seventy-ninth hand-written alert scenarios (report only, blind).

Standard library only, fixed seed, deterministic. Run ``python make_heldout79.py`` from anywhere.
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
WRITTEN = "2026-12-03"
BUSINESS = "Olfavia: personalised perfume and home fragrance by app and web, with a Club refill plan; Olfavia Pro scents hotels, shops, practices and offices on account"
LIMIT = datetime(2026, 11, 25, tzinfo=UTC)
LANGS = ["de", "pt", "en", "fr", "it", "es"]
LANG_WEIGHTS = [30, 30, 10, 10, 10, 10]
LANG_MARKETS = {
    "de": ["DE", "DE", "AT", "CH"],
    "pt": ["PT", "PT", "PT", "LU"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE", "CH"],
    "it": ["IT", "IT", "CH"],
    "es": ["ES"],
}
CURRENCY = {"UK": "GBP", "CH": "CHF"}
SOURCES = {
    "email": "olfavia-mail",
    "phone": "olfavia-voice",
    "social": "olfavia-social",
    "community": "olfavia-forum",
    "chat": "olfavia-chat",
    "web": "olfavia-web",
    "survey": "olfavia-survey",
}
AGENTS = ["Marta", "Jonas", "Inês", "Chloé", "Luca", "Sofia", "Tiago", "Hannah", "Oliver", "Nuria"]

FIRST_NAMES = {
    "de": [
        "Anna",
        "Lena",
        "Katrin",
        "Jonas",
        "Matthias",
        "Sabine",
        "Felix",
        "Julia",
        "Tobias",
        "Miriam",
        "Stefan",
        "Carina",
        "Lukas",
        "Heike",
        "Florian",
        "Nadine",
        "Sven",
        "Birgit",
        "Moritz",
        "Ulrike",
    ],
    "pt": [
        "Ana",
        "Inês",
        "Joana",
        "Tiago",
        "Rui",
        "Marta",
        "Catarina",
        "Pedro",
        "Sofia",
        "Beatriz",
        "Hugo",
        "Rita",
        "Nuno",
        "Filipa",
        "Carla",
        "Diogo",
        "Teresa",
        "Bruno",
        "Mariana",
        "Helena",
    ],
    "en": [
        "Emma",
        "Olivia",
        "James",
        "Sophie",
        "Niamh",
        "Ciara",
        "Tom",
        "Grace",
        "Aoife",
        "Daniel",
    ],
    "fr": [
        "Camille",
        "Léa",
        "Julien",
        "Manon",
        "Claire",
        "Hugo",
        "Élodie",
        "Thomas",
        "Inès",
        "Margaux",
    ],
    "it": [
        "Giulia",
        "Chiara",
        "Marco",
        "Francesca",
        "Luca",
        "Sara",
        "Paolo",
        "Elena",
        "Valentina",
        "Davide",
    ],
    "es": [
        "Lucía",
        "Carmen",
        "Irene",
        "Javier",
        "Marta",
        "Pablo",
        "Nuria",
        "Álvaro",
        "Elena",
        "Sergio",
    ],
}
SURNAMES = {
    "de": [
        "Brandt",
        "Zimmermann",
        "Hoffmann",
        "Krüger",
        "Schäfer",
        "Becker",
        "Wagner",
        "Lehmann",
        "Vogel",
        "Haas",
        "Neumann",
        "Fuchs",
        "Keller",
        "Roth",
        "Winkler",
        "Berger",
        "Hartmann",
        "Lorenz",
        "Huber",
        "Gruber",
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
        "Gomes",
        "Lopes",
        "Marques",
        "Almeida",
        "Ribeiro",
        "Pinto",
        "Carvalho",
        "Teixeira",
        "Moreira",
        "Correia",
        "Mendes",
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Taylor",
        "Brown",
        "Kelly",
        "Evans",
        "Byrne",
        "Clarke",
        "Hughes",
        "Doyle",
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
    ],
    "es": [
        "García",
        "Torres",
        "Fuentes",
        "López",
        "Martín",
        "Sánchez",
        "Romero",
        "Navarro",
        "Gil",
        "Ortega",
    ],
}
TOWNS = {
    "DE": ["Leipzig", "Köln", "Freiburg", "Kassel", "Münster", "Rostock"],
    "AT": ["Linz", "Graz", "Salzburg"],
    "CH": ["Bern", "Luzern", "Lausanne", "Lugano"],
    "PT": ["Porto", "Braga", "Coimbra", "Faro", "Setúbal", "Aveiro"],
    "LU": ["Esch-sur-Alzette", "Differdange"],
    "UK": ["Bristol", "Leeds", "York"],
    "IE": ["Cork", "Galway"],
    "FR": ["Lyon", "Nantes", "Lille"],
    "BE": ["Liège", "Namur"],
    "IT": ["Bologna", "Torino", "Bari"],
    "ES": ["Zaragoza", "Valencia", "Murcia"],
}
JOBS = [
    "nurse",
    "teacher",
    "bakery worker",
    "bus driver",
    "accountant",
    "pharmacist",
    "hairdresser",
    "software tester",
    "civil servant",
    "student",
    "retired",
    "warehouse clerk",
    "physiotherapist",
    "architect",
    "shop assistant",
    "cook",
]
DOMAINS = [
    "mail.example",
    "post.example",
    "webmail.example",
    "correio.example",
    "posteo.example",
    "inbox.example",
]
PHONE = {
    "DE": ("+49", ["151", "160", "172", "176"], 8),
    "AT": ("+43", ["664", "676", "699"], 7),
    "CH": ("+41", ["76", "78", "79"], 7),
    "PT": ("+351", ["91", "93", "96"], 7),
    "LU": ("+352", ["621", "661", "691"], 6),
    "UK": ("+44", ["7700", "7911", "7824"], 6),
    "IE": ("+353", ["83", "85", "87"], 7),
    "FR": ("+33", ["6", "7"], 8),
    "BE": ("+32", ["470", "478", "495"], 6),
    "IT": ("+39", ["320", "347", "389"], 7),
    "ES": ("+34", ["6", "7"], 8),
}

HAPPY_TOL: list[str] = []
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
B2B_UNHAPPY_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: set[str] = set()


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
    truth: dict[str, Any] = field(default_factory=dict)


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    planned: dict[str, int]
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


def ascii_fold(s: str) -> str:
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
        if ch in "ßñÑ":
            out.append(ch)
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append("".join(x for x in d if unicodedata.category(x) != "Mn"))
    return "".join(out)


def slug(s: str) -> str:
    return "".join(
        ch for ch in ascii_fold(s).lower().replace("ß", "ss").replace("ñ", "n") if ch.isalnum()
    )


def unique(make: Any, rng: random.Random) -> str:
    for _ in range(200):
        v = str(make(rng))
        if v.lower() not in USED:
            USED.add(v.lower())
            return v
    raise SystemExit("could not find a unique identifier")


def pick_lang(rng: random.Random) -> str:
    return rng.choices(LANGS, weights=LANG_WEIGHTS)[0]


def new_cust(
    f: Fam,
    lang: str,
    persona: str,
    habit: str,
    expected: list[str] | None = None,
    tolerated: list[str] | None = None,
    market: str | None = None,
    account: str | None = None,
    domain: str | None = None,
    first: str | None = None,
) -> Cust:
    rng = f.rng
    market = market or rng.choice(LANG_MARKETS[lang])
    fn = first or rng.choice(FIRST_NAMES[lang])
    ln = rng.choice(SURNAMES[lang])
    key = unique(lambda r: f"OV{f.code}{r.randint(1000, 9999)}", rng)
    if domain:
        email = unique(
            lambda r: (
                f"{slug(fn)}.{slug(ln)}@{domain}"
                if r.random() < 0.7
                else f"{slug(fn)[0]}{slug(ln)}{r.randint(1, 9)}@{domain}"
            ),
            rng,
        )
    else:
        email = unique(
            lambda r: (
                r.choice(
                    [
                        f"{slug(fn)}.{slug(ln)}{r.randint(1, 99)}",
                        f"{slug(ln)}{slug(fn)[0]}",
                        f"{slug(fn)}{r.randint(70, 99)}",
                    ]
                )
                + "@"
                + r.choice(DOMAINS)
            ),
            rng,
        )
    cc, pre, k = PHONE[market]
    phone = unique(
        lambda r: cc + r.choice(pre) + "".join(str(r.randint(0, 9)) for _ in range(k)), rng
    )
    handle = None
    if account is None:
        handle = unique(
            lambda r: (
                "@"
                + r.choice(
                    [
                        f"{slug(ln)}_{slug(fn)}{r.randint(1, 9)}",
                        f"{slug(fn)}{slug(ln)}{r.randint(10, 99)}",
                        f"{slug(fn)}_{slug(ln)}",
                        f"{slug(ln)}{slug(fn)[0]}",
                    ]
                )
            ),
            rng,
        )
    c = Cust(
        key, lang, market, fn, ln, email, phone, handle, account, "b2b" if account else "consumer"
    )
    c.truth = {
        "persona": persona,
        "habit": habit,
        "expected_rules": sorted(expected or []),
        "tolerated_rules": sorted(tolerated or []),
        "language": lang,
        "country": market,
        "segment": c.segment,
        "name": f"{fn} {ln}",
        "job": rng.choice(JOBS),
        "town": rng.choice(TOWNS[market]),
    }
    f.custs[key] = c
    return c


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def at(f: Fam, day: float, h0: float, h1: float) -> datetime:
    m = f.rng.uniform(h0 * 60, h1 * 60)
    return f.start + timedelta(days=day, minutes=int(m), seconds=f.rng.randint(0, 59))


def out_of_night(f: Fam, t: datetime) -> datetime:
    if t.hour >= 22:
        t = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0) + timedelta(
            minutes=f.rng.randint(0, 59)
        )
    elif t.hour < 7:
        t = t.replace(hour=8, minute=0, second=0) + timedelta(minutes=f.rng.randint(0, 59))
    return t


def office(f: Fam, t: datetime, end_h: int = 17) -> datetime:
    for _ in range(10):
        if t.weekday() >= 5 or t.hour >= end_h:
            t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 50), second=0)
        elif t.hour < 8:
            t = t.replace(hour=8, minute=f.rng.randint(0, 50), second=0)
        else:
            return t
    raise SystemExit("office hours not found")


def money(eur: float, market: str, lang: str, spoken: bool = False) -> str:
    cur = CURRENCY.get(market, "EUR")
    v = round(eur * (0.86 if cur == "GBP" else 0.94 if cur == "CHF" else 1.0))
    if spoken:
        word = {
            "EUR": {"de": "Euro", "it": "euro"}.get(lang, "euros"),
            "GBP": "pounds",
            "CHF": {"de": "Franken", "it": "franchi", "fr": "francs"}.get(lang, "francs"),
        }[cur]
        return f"{v} {word}"
    if cur == "GBP":
        return f"£{v}"
    if cur == "CHF":
        return f"CHF {v}"
    return f"€{v}" if lang == "en" else f"{v} €"


def roughen(f: Fam, text: str) -> str:
    r = f.rr
    if r.random() < 0.10:
        text = ascii_fold(text)
    if r.random() < 1 / 8 and text[:1].isupper() and not text.startswith(("Olfavia", "OV-")):
        text = text[0].lower() + text[1:]
    if r.random() < 1 / 7:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if idx:
            i = r.choice(idx)
            w = words[i]
            j = r.randint(1, len(w) - 3)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def mention(text: str) -> str:
    pos = text.rfind("Olfavia")
    if pos >= 0:
        return text[:pos] + "@" + text[pos:]
    return "@Olfavia " + text


def spoken(text: str, lang: str, keep: tuple[str, ...] = ()) -> str:
    out = []
    for w in text.replace("\n", " ").split():
        w = w.strip('.,!?;:()¿¡"')
        if not w:
            continue
        if (
            lang != "de"
            and not any(ch.isdigit() for ch in w)
            and w not in keep
            and w != "Olfavia"
            and not w.isupper()
        ):
            w = w.lower()
        out.append(w)
    return " ".join(out)


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
    rough: bool = True,
) -> str:
    f.count += 1
    eid = f"ov79-{f.code.lower()}-{f.count:05d}"
    if text is not None and not out:
        if channel == "social":
            text = mention(text)
        if rough and channel not in ("phone", "survey"):
            text = roughen(f, text)
    a: dict[str, str] = {"market": c.market}
    if c.segment == "b2b":
        a["segment"] = "b2b"
    if out and channel in ("chat", "email"):
        a["agent"] = f.rng.choice(AGENTS)
    if attrs:
        a.update(attrs)
    sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
    if scores:
        sc.update(scores)
    f.rows.append(
        {
            "_c": c,
            "_t": t,
            "event_id": eid,
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


def fill(s: str, c: Cust, **kw: str) -> str:
    d = {"name": c.first}
    d.update(kw)
    return s.format_map(d)


# ---------------------------------------------------------------- happy acts
HAPPY_KINDS = {
    "praise": 3,
    "again": 2,
    "gripe": 1,
    "chat": 2,
    "email": 1,
    "phone": 1,
    "buy": 2,
    "view": 1,
    "review": 1,
    "survey": 1,
}


def buy(f: Fam, c: Cust, t: datetime, b2b: bool = False) -> list[str]:
    label, price, page = f.rng.choice(B.B2B_PRODUCTS if b2b else W.PRODUCTS)
    cur = CURRENCY.get(c.market, "EUR")
    val = price * (0.86 if cur == "GBP" else 0.94 if cur == "CHF" else 1.0)
    e1 = add(f, c, t, "web", "page_view", attrs={"page": page})
    e2 = add(
        f,
        c,
        t + timedelta(minutes=f.rng.randint(3, 15)),
        "web",
        "purchase",
        attrs={"order_value": f"{val:.2f}", "currency": cur, "product": label, "page": page},
    )
    return [e1, e2]


def happy_act(
    f: Fam, c: Cust, t: datetime, kinds: dict[str, int] | None = None, lang: str | None = None
) -> list[str]:
    rng = f.rng
    lg = lang or c.lang
    ks = kinds or HAPPY_KINDS
    k = rng.choices(list(ks), weights=list(ks.values()))[0]
    if k in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[k][lg]
        text = rng.choice(table)
        if k == "gripe" and rng.random() < 0.4:
            return [
                add(
                    f,
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": "4", "page": rng.choice(W.PRODUCTS)[2]},
                )
            ]
        if rng.random() < 0.5:
            return [add(f, c, t, "social", "mention", text)]
        return [add(f, c, t, "community", "post", text)]
    if k == "chat":
        q, a, th = rng.choice(W.CHAT_Q[lg])
        e = [add(f, c, t, "chat", "chat", q)]
        t2 = t + timedelta(minutes=rng.randint(1, 6))
        e.append(add(f, c, t2, "chat", "chat", fill(a, c), out=True))
        if rng.random() < 0.7:
            e.append(add(f, c, t2 + timedelta(minutes=rng.randint(1, 3)), "chat", "chat", th))
        return e
    if k == "email":
        subj, body, ans = rng.choice(W.EMAIL_Q[lg])
        e = [add(f, c, t, "email", "message", fill(body, c), subject=subj)]
        t2 = out_of_night(f, t + timedelta(minutes=rng.randint(60, 300)))
        e.append(add(f, c, t2, "email", "message", fill(ans, c), subject="Re: " + subj, out=True))
        return e
    if k == "phone":
        q, a = rng.choice(W.PHONE_Q[lg])
        e = [add(f, c, t, "phone", "call", q)]
        e.append(
            add(
                f,
                c,
                t + timedelta(minutes=rng.randint(10, 40)),
                "email",
                "message",
                fill(a, c),
                subject="Olfavia",
                out=True,
            )
        )
        return e
    if k == "buy":
        return buy(f, c, t)
    if k == "view":
        return [add(f, c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})]
    if k == "review":
        label, _, page = rng.choice(W.PRODUCTS)
        return [
            add(
                f,
                c,
                t,
                "web",
                "review",
                rng.choice(W.REVIEW[lg]),
                attrs={"rating": rng.choice(["5", "5", "4"]), "page": page, "product": label},
            )
        ]
    return [happy_survey(f, c, t, lg)]


def happy_survey(f: Fam, c: Cust, t: datetime, lang: str) -> str:
    rng = f.rng
    s = rng.choice(["nps", "csat", "ces"])
    v = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[s]
    word = rng.choice(W.SURVEY_WORDS[lang]) or None
    return add(f, c, t, "survey", "survey_response", word, scores={s: v}, attrs={"survey": s})


NO_SURVEY = {k: v for k, v in HAPPY_KINDS.items() if k != "survey"}


def happy_days(
    f: Fam,
    c: Cust,
    n: int,
    days: list[int],
    h0: float = 7,
    h1: float = 19,
    kinds: dict[str, int] | None = None,
) -> None:
    for d in sorted(f.rng.sample(days, min(n, len(days)))):
        happy_act(f, c, at(f, d, h0, h1), kinds)


def case_ref(f: Fam) -> str:
    return unique(lambda r: f"OV-{r.randint(100000, 999999)}", f.rng)


# ---------------------------------------------------------------- complaints
def complaint(
    f: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    channel: str,
    lang: str | None = None,
    long_mail: bool = False,
) -> str:
    lg = lang or c.lang
    rng = f.rng
    amount = money(AMOUNTS[problem], c.market, lg)
    core = fill(rng.choice(W.CORE[problem][lg]), c, amount=amount)
    ask = rng.choice(W.ASK[lg])
    subj = W.COMPLAINT_SUBJ[lg].format(topic=W.TOPIC[problem][lg])
    if channel == "phone":
        return add(
            f,
            c,
            t,
            "phone",
            "call",
            fill(W.CALL[problem][lg], c, amount=money(AMOUNTS[problem], c.market, lg, spoken=True)),
        )
    if channel == "email":
        tpl = rng.choice(W.LONG_MAIL[lg]) if long_mail else W.SHORT_MAIL[lg]
        return add(f, c, t, "email", "message", fill(tpl, c, core=core, ask=ask), subject=subj)
    if channel == "chat":
        return add(f, c, t, "chat", "chat", W.CHAT_ANGRY[lg].format(core=core))
    if channel == "social":
        return add(f, c, t, "social", "mention", core)
    return add(
        f, c, t, "web", "ticket", core + " " + ask, subject=subj, attrs={"page": "/help/contact"}
    )


AMOUNTS = {
    "no_show": 69.0,
    "double_charge": 79.0,
    "damage": 69.0,
    "refund": 79.0,
    "wrong_price": 14.0,
    "wrong_blend": 79.0,
}


def acknowledge(
    f: Fam, c: Cust, t: datetime, channel: str, case: str, lang: str | None = None
) -> str:
    lg = lang or c.lang
    if channel == "chat":
        return add(
            f,
            c,
            t + timedelta(minutes=f.rng.randint(1, 6)),
            "chat",
            "chat",
            fill(W.CHAT_CASE[lg], c, case=case),
            out=True,
        )
    tpl = W.FORM_ACK if channel == "web" else W.CASE_OPENED
    t2 = out_of_night(f, t + timedelta(minutes=f.rng.randint(10, 40)))
    return add(
        f,
        c,
        t2,
        "email",
        "message",
        fill(tpl[lg], c, case=case),
        subject=W.CASE_SUBJ[lg].format(case=case),
        out=True,
    )


def good_news(f: Fam, c: Cust, t: datetime, case: str, lang: str | None = None) -> str:
    lg = lang or c.lang
    return add(
        f,
        c,
        out_of_night(f, t),
        "email",
        "message",
        fill(W.GOOD_NEWS[lg], c, case=case),
        subject=W.CASE_SUBJ[lg].format(case=case),
        out=True,
    )


def confirm(f: Fam, c: Cust, t: datetime, case: str, channel: str, lang: str | None = None) -> str:
    lg = lang or c.lang
    t = out_of_night(f, t)
    text = fill(W.CONFIRM[lg], c, case=case)
    if channel == "chat":
        return add(f, c, t, "chat", "chat", text)
    return add(f, c, t, "email", "message", text, subject=W.CASE_SUBJ[lg].format(case=case))


def fixed_case(
    f: Fam,
    c: Cust,
    problem: str,
    t: datetime,
    ch: str,
    lang1: str | None = None,
    lang2: str | None = None,
) -> dict[str, Any]:
    case = case_ref(f)
    e1 = complaint(f, c, t, problem, ch, lang1)
    acknowledge(f, c, t, ch, case, lang1)
    tg = out_of_night(f, t + timedelta(hours=f.rng.uniform(3, 20)))
    good_news(f, c, tg, case, lang2 or lang1)
    cch = f.rng.choice(["email", "chat"])
    tc = out_of_night(f, tg + timedelta(hours=f.rng.uniform(8, 30)))
    e2 = confirm(f, c, tc, case, cch, lang2 or lang1)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tg),
        "confirmed_at": iso(tc),
        "problem_event_ids": [e1],
        "confirm_event_id": e2,
        "channel": ch,
        "confirm_channel": cch,
    }


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    nth: int,
    problem: str,
    case: str,
    channel: str,
    first_t: datetime,
    lang: str | None = None,
) -> tuple[str, str | None]:
    lg = lang or c.lang
    rng = f.rng
    comp = None
    day = W.WEEKDAY[lg][first_t.weekday()]
    if nth == 2:
        text = fill(
            rng.choice(W.STILL_OPEN[lg]),
            c,
            case=case,
            core_short=W.TOPIC[problem][lg].capitalize() + ".",
            day=day,
        )
    elif nth == 3:
        comp = rng.choice(W.COMPETITORS)
        text = (
            fill(rng.choice(W.THIRD[lg]), c, case=case, comp=comp)
            + " "
            + W.TOPIC[problem][lg].capitalize()
            + "."
        )
    else:
        text = fill(W.FOURTH[lg], c, case=case)
    if channel == "phone":
        if nth == 2:
            text = fill(
                W.CALL_STILL[lg],
                c,
                case=case,
                core_call=fill(
                    W.CALL[problem][lg],
                    c,
                    amount=money(AMOUNTS[problem], c.market, lg, spoken=True),
                ),
            )
        else:
            text = spoken(text, lg, keep=(case, *W.COMPETITORS))
        return add(f, c, t, "phone", "call", text), comp
    if channel == "email":
        return add(
            f,
            c,
            t,
            "email",
            "message",
            text + "\n" + c.first,
            subject=W.CASE_SUBJ[lg].format(case=case),
        ), comp
    if channel == "chat":
        e = add(f, c, t, "chat", "chat", text)
        add(
            f,
            c,
            t + timedelta(minutes=rng.randint(1, 5)),
            "chat",
            "chat",
            fill(W.URGENT[lg], c, case=case),
            out=True,
        )
        return e, comp
    if channel == "social":
        return add(f, c, t, "social", "mention", text), comp
    return add(
        f,
        c,
        t,
        "web",
        "ticket",
        text,
        subject=W.CASE_SUBJ[lg].format(case=case),
        attrs={"page": "/help/contact"},
    ), comp


def repeat_run(
    f: Fam,
    c: Cust,
    problem: str,
    first_ch: str,
    t: datetime,
    n: int,
    quality: bool,
    langs: list[str] | None = None,
) -> None:
    rng = f.rng
    case = case_ref(f)
    lg0 = langs[0] if langs else c.lang
    ids = [complaint(f, c, t, problem, first_ch, lg0)]
    if first_ch == "chat":
        acknowledge(f, c, t, "chat", case, lg0)
    if quality:
        t2 = out_of_night(f, t + timedelta(minutes=rng.randint(90, 150)))
        add(
            f,
            c,
            t2,
            "email",
            "message",
            fill(W.QUALITY_LEAD[lg0], c, case=case),
            subject=W.CASE_SUBJ[lg0].format(case=case),
            out=True,
        )
    elif first_ch != "chat":
        acknowledge(f, c, t, first_ch, case, lg0)
    chans = rng.sample(
        [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch], n - 1
    )
    tt = t
    comp = None
    for i, ch in enumerate(chans):
        tt = tt + timedelta(hours=rng.uniform(4, 40))
        if tt.hour >= 22 or tt.hour < 7:
            tt = out_of_night(f, tt)
        lg = langs[(i + 1) % 2] if langs else c.lang
        e, cp = later_contact(f, c, tt, i + 2, problem, case, ch, t, lg)
        ids.append(e)
        comp = comp or cp
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": n,
            "channels": [first_ch, *chans],
            "channel": first_ch,
            "problem_event_ids": ids,
            "trouble_starts_at": iso(t),
            "competitor": comp,
            "agent_passed_on": quality,
        }
    )


# ---------------------------------------------------------------- families
def happy_writers(f: Fam) -> None:
    rng = f.rng
    for _ in range(16):
        c = new_cust(f, pick_lang(rng), "happy", "day writer")
        happy_days(f, c, rng.randint(5, 8), list(range(f.days)))
    for _ in range(5):
        c = new_cust(f, pick_lang(rng), "happy", "night writer")
        for d in sorted(rng.sample(range(f.days - 1), rng.randint(2, 4))):
            t = at(f, d, 22.2, 28.5)
            if rng.random() < 0.5:
                add(
                    f,
                    c,
                    t,
                    rng.choice(["social", "community"]),
                    "post" if rng.random() < 0.5 else "mention",
                    rng.choice(W.NIGHT_POST[c.lang]),
                )
            else:
                q, a, th = rng.choice(W.NIGHT_CHAT[c.lang])
                add(f, c, t, "chat", "chat", q)
                add(
                    f,
                    c,
                    t + timedelta(minutes=rng.randint(1, 4)),
                    "chat",
                    "chat",
                    fill(a, c),
                    out=True,
                )
                add(f, c, t + timedelta(minutes=rng.randint(5, 8)), "chat", "chat", th)
        happy_days(
            f,
            c,
            rng.randint(2, 3),
            list(range(f.days)),
            9,
            18,
            {"praise": 2, "buy": 2, "view": 1, "review": 1},
        )
    for _ in range(5):
        c = new_cust(f, pick_lang(rng), "happy", "answers surveys")
        for d in sorted(rng.sample(range(f.days), rng.randint(3, 6))):
            happy_survey(f, c, at(f, d, 8, 20), c.lang)


def fix_mentions(f: Fam) -> None:
    # night posts drawn as "post" may sit on social: social posts are mentions, community posts are posts
    for r in f.rows:
        if r["channel"] == "social" and r["kind"] == "post":
            r["kind"] = "mention"
            if r["text"] and "@Olfavia" not in r["text"]:
                r["text"] = mention(r["text"])
        if r["channel"] == "community" and r["kind"] == "mention":
            r["kind"] = "post"


def one_bad_day(f: Fam) -> None:
    rng = f.rng
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = [p for p in W.PROBLEMS for _ in range(4)]
    rng.shuffle(probs)
    long_langs = ["pt", "pt", "de", "de"]
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    detr = set(rng.sample(with_case, 6))
    csat = set(rng.sample([i for i in with_case if i not in detr], 5))
    news = rng.sample(with_case, 12)
    sorry = set(rng.sample(news, 5))
    for i, (ch, p) in enumerate(zip(chans, probs, strict=True)):
        lang = long_langs.pop(0) if ch == "long" else pick_lang(rng)
        is_d = i in detr
        c = new_cust(
            f,
            lang,
            "bad_day_detractor" if is_d else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if is_d else [],
            ["silence"],
        )
        d = rng.randint(2, 9)
        t = at(f, d, 8, 20)
        channel = "email" if ch == "long" else ch
        e = complaint(f, c, t, p, channel, long_mail=ch == "long")
        case = None
        if ch != "social":
            case = case_ref(f)
            acknowledge(f, c, t, channel, case)
        tr: dict[str, Any] = {
            "problem": p,
            "booking": case,
            "channel": channel,
            "long_email": ch == "long",
            "bad_day_at": iso(t),
            "bad_day_event_id": e,
            "problem_event_ids": [e],
            "trouble_starts_at": iso(t),
            "nps_given": is_d,
            "csat_given": i in csat,
            "agent_fixed": i in news,
            "apologised": i in sorry,
        }
        if is_d:
            v = rng.randint(1, 5)
            tr["nps"] = v
            tr["survey_event_id"] = add(
                f,
                c,
                t + timedelta(minutes=rng.randint(100, 140)),
                "survey",
                "survey_response",
                rng.choice(
                    [
                        None,
                        None,
                        {
                            "de": "Enttäuscht",
                            "pt": "Péssimo",
                            "en": "Poor",
                            "fr": "Décevant",
                            "it": "Pessimo",
                            "es": "Fatal",
                        }[lang],
                    ]
                ),
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
        if i in csat:
            v = rng.randint(1, 2)
            tr["csat"] = v
            tr["survey_event_id"] = add(
                f,
                c,
                t + timedelta(minutes=rng.randint(40, 80)),
                "survey",
                "survey_response",
                rng.choice(
                    [
                        None,
                        {
                            "de": "schlecht",
                            "pt": "mau",
                            "en": "bad",
                            "fr": "nul",
                            "it": "male",
                            "es": "mal",
                        }[lang],
                    ]
                ),
                scores={"csat": v},
                attrs={"survey": "csat"},
            )
        if i in news and case:
            good_news(f, c, t + timedelta(hours=rng.uniform(1, 4)), case)
        if i in sorry:
            ta = out_of_night(f, t + timedelta(hours=rng.uniform(16, 24)))
            sch = rng.choice(["chat", "email"])
            ea = add(
                f,
                c,
                ta,
                sch,
                "chat" if sch == "chat" else "message",
                rng.choice(W.APOLOGY[lang]),
                subject=W.CASE_SUBJ[lang].format(case=case) if sch == "email" else None,
            )
            tr.update({"apology_at": iso(ta), "apology_event_id": ea})
        c.truth.update(tr)
        days = [x for x in range(f.days) if x <= d - 2 or x >= d + 3]
        happy_days(f, c, rng.randint(1, 5), days, kinds=NO_SURVEY)
    for _ in range(8):
        c = new_cust(f, pick_lang(rng), "happy", "control")
        happy_days(f, c, rng.randint(4, 7), list(range(f.days)))


def repeat_contacts(f: Fam) -> None:
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    quality = set(rng.sample(range(12), 6))
    for i in range(12):
        c = new_cust(f, pick_lang(rng), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(rng.randint(1, 3)):
            happy_act(f, c, at(f, 0, 7, 12), NO_SURVEY)
        repeat_run(
            f,
            c,
            rng.choice(W.PROBLEMS),
            firsts[i],
            at(f, rng.randint(1, 4), 8, 19),
            counts[i],
            i in quality,
        )
    for _ in range(5):
        c = new_cust(f, pick_lang(rng), "resolved_between_contacts", "fixed", [], ["silence"])
        happy_act(f, c, at(f, 0, 8, 18), NO_SURVEY)
        fc = fixed_case(
            f,
            c,
            rng.choice(W.PROBLEMS),
            at(f, rng.randint(1, 5), 8, 19),
            rng.choice(["web", "email", "chat"]),
        )
        c.truth.update(
            {"problems": [fc], "booking": fc["booking"], "trouble_starts_at": fc["raised_at"]}
        )
    for _ in range(3):
        c = new_cust(f, pick_lang(rng), "different_problems", "two problems", [], ["silence"])
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        d1 = rng.randint(0, 1)
        fc1 = fixed_case(f, c, p1, at(f, d1, 9, 18), rng.choice(["web", "email", "chat"]))
        fc2 = fixed_case(
            f, c, p2, at(f, d1 + rng.randint(4, 5), 9, 18), rng.choice(["web", "email", "chat"])
        )
        c.truth.update({"problems": [fc1, fc2], "trouble_starts_at": fc1["raised_at"]})
    for _ in range(7):
        c = new_cust(f, pick_lang(rng), "happy", "frequent writer")
        happy_days(
            f,
            c,
            rng.randint(5, 8),
            list(range(f.days)),
            kinds={"chat": 4, "email": 3, "phone": 2, "praise": 1, "buy": 1},
        )


def slide(
    f: Fam, c: Cust, start: datetime, span: float, langs: list[str] | None = None
) -> list[str]:
    rng = f.rng
    comp = rng.choice(W.COMPETITORS)
    ids = []
    prev = start - timedelta(hours=2)
    ratings = ["3", "3", "2", "2", "1", "1"]
    for i in range(6):
        lg = langs[i % 2] if langs else c.lang
        t = start + timedelta(days=span * i / 5, minutes=rng.randint(0, 180))
        t = max(t, prev + timedelta(hours=1, minutes=rng.randint(0, 30)))
        if t.hour >= 21 or t.hour < 7:
            t = out_of_night(f, t)
        prev = t
        text = W.SLIDE[lg][i].format(comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                add(
                    f,
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": ratings[i], "page": rng.choice(W.PRODUCTS)[2]},
                )
            )
        else:
            ids.append(add(f, c, t, ch, "mention" if ch == "social" else "post", text))
    first_t = next(r["_t"] for r in f.rows if r["event_id"] == ids[0])
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(first_t),
        }
    )
    return ids


def slow_churners(f: Fam) -> None:
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps = set(rng.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop", "detractor"] if i in nps else ["sentiment_drop"]
        c = new_cust(f, pick_lang(rng), "slow_churner", "slides", exp, SLIDE_TOL)
        acts = ["praise"] * rng.randint(4, 5) + ["other"] * rng.randint(2, 4)
        rng.shuffle(acts)
        for a, d in zip(acts, sorted(rng.sample(range(11), len(acts))), strict=True):
            happy_act(f, c, at(f, d, 8, 20), {"praise": 1} if a == "praise" else NO_SURVEY)
        start = at(f, rng.randint(12, 16), 8, 12)
        ids = slide(f, c, start, spans[i])
        if i in nps:
            step4 = next(r["_t"] for r in f.rows if r["event_id"] == ids[3])
            v = rng.randint(1, 5)
            c.truth.update(
                {
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": add(
                        f,
                        c,
                        out_of_night(f, step4 + timedelta(minutes=rng.randint(150, 210))),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": v},
                        attrs={"survey": "nps"},
                    ),
                }
            )
    for _ in range(5):
        c = new_cust(
            f, pick_lang(rng), "slow_churner", "asks to cancel", ["churn_intent"], LEAVE_TOL
        )
        happy_days(f, c, rng.randint(4, 6), list(range(16)), kinds=NO_SURVEY)
        t = at(f, rng.randint(17, 23), 8, 20)
        subj, body = rng.choice(W.LEAVE[c.lang])
        e = add(f, c, t, "email", "message", fill(body, c), subject=subj)
        add(
            f,
            c,
            out_of_night(f, t + timedelta(minutes=rng.randint(60, 300))),
            "email",
            "message",
            fill(W.SORRY_GO[c.lang], c),
            subject="Re: " + subj,
            out=True,
        )
        tc = out_of_night(f, t + timedelta(hours=rng.uniform(20, 30)))
        ec = add(
            f,
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/club/cancel", "product": "Olfavia Club"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": ec,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = new_cust(f, pick_lang(rng), "happy", "steady")
        happy_days(f, c, rng.randint(6, 10), list(range(f.days)))
    for _ in range(5):
        c = new_cust(
            f, pick_lang(rng), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"]
        )
        d = rng.randint(0, 4)
        gr = rng.sample(W.GRUMBLES[c.lang], min(len(W.GRUMBLES[c.lang]), rng.randint(5, 7)))
        ids = []
        for g in gr:
            t = at(f, d, 8, 21)
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "web":
                ids.append(add(f, c, t, "web", "ticket", g, attrs={"page": "/help/contact"}))
            elif ch == "review":
                ids.append(
                    add(
                        f,
                        c,
                        t,
                        "web",
                        "review",
                        g,
                        attrs={"rating": "3", "page": rng.choice(W.PRODUCTS)[2]},
                    )
                )
            else:
                ids.append(add(f, c, t, ch, "mention" if ch == "social" else "post", g))
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            buy(f, c, at(f, rng.randint(0, 25), 9, 19))
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": next(iso(r["_t"]) for r in f.rows if r["event_id"] == ids[0]),
            }
        )
    for _ in range(5):
        c = new_cust(f, pick_lang(rng), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy_days(f, c, rng.randint(3, 6), list(range(16)), kinds=NO_SURVEY)
        t = at(f, rng.randint(17, 28), 9, 20)
        e = add(f, c, t, "social", "mention", rng.choice(W.SARCASM[c.lang]))
        c.truth.update({"sarcasm_event_id": e, "trouble_starts_at": iso(t)})


def quiet_hours(f: Fam) -> None:
    rng = f.rng
    for _ in range(16):
        c = new_cust(f, pick_lang(rng), "happy", "day writer")
        for d in sorted(rng.sample(range(3), rng.randint(1, 3))):
            happy_act(f, c, at(f, d, 7, 17.5))
    for i in range(4):
        c = new_cust(f, pick_lang(rng), "grumbles_once", "grumbles once", [], ["silence"])
        t = at(f, rng.randint(0, 2), 9, 17)
        if rng.random() < 0.5:
            buy(f, c, t)
        else:
            add(f, c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        t2 = t + timedelta(minutes=rng.randint(20, 30))
        q, a = rng.choice(W.MILD[c.lang])
        if i < 2:
            e = add(f, c, t2, "chat", "chat", q)
            add(
                f,
                c,
                t2 + timedelta(minutes=rng.randint(1, 5)),
                "chat",
                "chat",
                fill(a, c),
                out=True,
            )
        else:
            e = add(f, c, t2, "web", "ticket", q, attrs={"page": "/help/contact"})
            add(
                f,
                c,
                t2 + timedelta(minutes=rng.randint(30, 120)),
                "email",
                "message",
                fill(a, c),
                subject="Olfavia",
                out=True,
            )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t2)})
    owls = 0
    for night in (1, 2, 3):
        b1 = f.start + timedelta(days=night, minutes=rng.randint(40, 65))
        b2 = b1 + timedelta(minutes=rng.randint(28, 33))
        b3 = b1 + timedelta(minutes=rng.randint(55, 65))
        for bn, b in enumerate((b1, b2, b3), start=1):
            for _ in range(4):
                c = new_cust(f, pick_lang(rng), "night_owl", f"night {night}, burst {bn}")
                t = b + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                if rng.random() < 0.5:
                    q, a, th = rng.choice(W.NIGHT_CHAT[c.lang])
                    e = add(f, c, t, "chat", "chat", q)
                    add(
                        f,
                        c,
                        t + timedelta(minutes=rng.randint(1, 4)),
                        "chat",
                        "chat",
                        fill(a, c),
                        out=True,
                    )
                    add(f, c, t + timedelta(minutes=rng.randint(5, 8)), "chat", "chat", th)
                else:
                    ch = rng.choice(["social", "community"])
                    e = add(
                        f,
                        c,
                        t,
                        ch,
                        "mention" if ch == "social" else "post",
                        rng.choice(W.NIGHT_POST[c.lang]),
                    )
                c.truth.update({"burst_at": iso(b), "night_event_id": e})
                if owls % 2 == 0:
                    happy_act(
                        f,
                        c,
                        at(f, rng.randint(0, 2), 9, 17.5),
                        {"praise": 1, "buy": 1, "view": 1, "review": 1},
                    )
                owls += 1


BILINGUAL_PAIRS = (
    [("de", "pt")] * 4
    + [("pt", "de")] * 4
    + [("de", "en")] * 2
    + [("en", "de")] * 2
    + [("pt", "en")] * 2
    + [
        ("en", "pt"),
        ("es", "pt"),
        ("de", "fr"),
        ("fr", "de"),
        ("pt", "fr"),
        ("fr", "pt"),
        ("de", "it"),
        ("it", "de"),
        ("it", "pt"),
        ("de", "es"),
        ("es", "de"),
    ]
    + [("pt", "es")] * 2
)
WHY = {
    "de": "grew up in Germany",
    "pt": "Portuguese family",
    "en": "works for an English-speaking firm",
    "fr": "studied in Lyon",
    "it": "Italian partner",
    "es": "lived in Spain for years",
}


def bilingual(f: Fam) -> None:
    rng = f.rng
    pairs = list(BILINGUAL_PAIRS)
    pairs.remove(("pt", "de"))
    rng.shuffle(pairs)
    roles = (
        ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad_short", "bad_chat"] + ["fixed"] * 2
    )
    rep_counts = [2, 2, 3, 3, 4]
    rng.shuffle(rep_counts)
    all_roles = [("bad_long", ("pt", "de")), *zip(roles, pairs, strict=True)]
    for role, (l1, l2) in all_roles:
        market = rng.choice(sorted(set(LANG_MARKETS[l1]) | set(LANG_MARKETS[l2])))
        langs = [l1, l2]
        if role == "happy":
            c = new_cust(f, l1, "happy", "alternates languages", market=market)
            for j, d in enumerate(sorted(rng.sample(range(f.days), rng.randint(5, 8)))):
                happy_act(f, c, at(f, d, 7, 20), lang=langs[j % 2])
        elif role == "repeat":
            c = new_cust(
                f, l1, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL, market=market
            )
            for _ in range(rng.randint(1, 3)):
                happy_act(f, c, at(f, rng.randint(0, 1), 8, 19), NO_SURVEY)
            n = rep_counts.pop()
            repeat_run(
                f,
                c,
                rng.choice(W.PROBLEMS),
                rng.choice(["web", "email", "chat"]),
                at(f, rng.randint(2, 5), 8, 19),
                n,
                n >= 3,
                langs,
            )
        elif role == "slide":
            c = new_cust(
                f, l1, "slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL, market=market
            )
            for j, d in enumerate(sorted(rng.sample(range(6), 5))):
                happy_act(f, c, at(f, d, 8, 13), {"praise": 1}, lang=langs[j % 2])
            for _ in range(rng.randint(1, 3)):
                happy_act(f, c, at(f, rng.randint(0, 5), 14, 20), NO_SURVEY, lang=rng.choice(langs))
            slide(f, c, at(f, rng.randint(7, 8), 8, 12), rng.randint(3, 5), langs)
        elif role.startswith("bad"):
            c = new_cust(f, l1, "happy_one_bad_day", "one bad day", [], ["silence"], market=market)
            d = rng.randint(4, 10)
            t = at(f, d, 9, 19)
            ch = "chat" if role == "bad_chat" else "email"
            p = rng.choice(W.PROBLEMS)
            e = complaint(f, c, t, p, ch, l2, long_mail=role == "bad_long")
            case = case_ref(f)
            acknowledge(f, c, t, ch, case, l2)
            tr: dict[str, Any] = {
                "problem": p,
                "booking": case,
                "channel": ch,
                "long_email": role == "bad_long",
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "bad_day_language": l2,
                "trouble_starts_at": iso(t),
                "apologised": role == "bad_short",
            }
            if ch == "email":
                good_news(f, c, t + timedelta(hours=rng.uniform(1, 4)), case, l2)
            if role == "bad_short":
                ta = out_of_night(f, t + timedelta(hours=rng.uniform(18, 24)))
                tr.update(
                    {
                        "apology_at": iso(ta),
                        "apology_event_id": add(
                            f, c, ta, "chat", "chat", rng.choice(W.APOLOGY[l2])
                        ),
                    }
                )
            c.truth.update(tr)
            days = [x for x in range(f.days) if x <= d - 2 or x >= d + 3]
            for j, dd in enumerate(sorted(rng.sample(days, rng.randint(2, 5)))):
                happy_act(f, c, at(f, dd, 8, 20), NO_SURVEY, lang=langs[j % 2])
        else:
            c = new_cust(
                f, l1, "resolved_between_contacts", "fixed", [], ["silence"], market=market
            )
            happy_act(f, c, at(f, 0, 9, 18), NO_SURVEY)
            fc = fixed_case(
                f, c, rng.choice(W.PROBLEMS), at(f, rng.randint(2, 8), 9, 18), "web", l1, l2
            )
            c.truth.update(
                {
                    "problems": [fc],
                    "booking": fc["booking"],
                    "trouble_starts_at": fc["raised_at"],
                    "confirm_language": l2,
                }
            )
        c.truth.update({"languages": langs, "job_second_language": WHY[l2]})


ACCOUNTS = [
    ("DE", "de", "hotel", "Hotel Lindenhof Leipzig", "at_risk", "portal", 5, 3),
    ("PT", "pt", "dental", "Clínicas Sorrisal", "at_risk", "invoice", 4, 3),
    ("FR", "fr", "retail", "Maison Verlaine Boutiques", "at_risk", "service_blocked", 5, 3),
    ("DE", "de", "municipality", "Stadtverwaltung Neustrelitz", "at_risk", "invoice", 6, 4),
    ("PT", "pt", "car_dealer", "Auto Ribeira Concessionários", "at_risk", "overbilled", 6, 4),
    ("AT", "de", "spa", "Therme Almblick", "one_unhappy", "service_blocked", 3, 1),
    ("UK", "en", "office", "Harcourt & Pryce Solicitors", "one_unhappy", "overbilled", 3, 1),
    ("PT", "pt", "hotel", "Hotel Mira Douro", "one_unhappy", "portal", 3, 1),
    ("IT", "it", "retail", "Profumeria Del Corso", "one_unhappy", "invoice", 3, 1),
    ("DE", "de", "office", "Kessler Versicherungsmakler", "mild", None, 4, 0),
    ("ES", "es", "hotel", "Hostal Las Adelfas", "mild", None, 3, 0),
    ("CH", "de", "clinic", "Praxisgemeinschaft Aarepark", "mild", None, 3, 0),
    ("DE", "de", "showroom", "Autohaus Brenner", "happy", None, 4, 0),
    ("IE", "en", "hotel", "The Quayside Hotel", "happy", None, 4, 0),
    ("PT", "pt", "gym", "Ginásio Vértice", "happy", None, 3, 0),
]
TITLES = [
    "Facilities manager",
    "Office manager",
    "Store manager",
    "Procurement lead",
    "Accounts payable clerk",
    "General manager",
    "Practice manager",
    "Operations manager",
    "Front office manager",
    "Assistant manager",
]


def b2b_routine(f: Fam, c: Cust, t: datetime, high_ok: bool = True) -> None:
    rng = f.rng
    k = rng.choice(
        ["chat", "buy", "view", "praise", "survey"] if high_ok else ["chat", "buy", "view"]
    )
    if k == "chat":
        q, a, th = rng.choice(B.CHAT_Q[c.lang])
        add(f, c, t, "chat", "chat", q)
        t2 = t + timedelta(minutes=rng.randint(1, 6))
        add(f, c, t2, "chat", "chat", fill(a, c), out=True)
        if rng.random() < 0.7:
            add(f, c, t2 + timedelta(minutes=rng.randint(1, 3)), "chat", "chat", th)
    elif k == "buy":
        buy(f, c, t, b2b=True)
    elif k == "view":
        add(f, c, t, "web", "page_view", attrs={"page": rng.choice(B.PORTAL_PAGES)})
    elif k == "praise":
        add(f, c, t, "community", "post", rng.choice(B.PRAISE[c.lang]))
    else:
        happy_survey(f, c, t, c.lang)


def weekday_at(f: Fam, days: list[int], h0: float = 8, h1: float = 16.5) -> datetime:
    d = f.rng.choice([x for x in days if (f.start + timedelta(days=x)).weekday() < 5])
    return at(f, d, h0, h1)


def b2b_accounts(f: Fam) -> None:
    rng = f.rng
    for market, lang, site, company, kind, problem, n, nc in ACCOUNTS:
        acc = unique(lambda r, m=market: f"OVP-{m}-{r.randint(1000, 9999)}", rng)
        domain = slug(company)[:18] + ".example"
        firsts = rng.sample(FIRST_NAMES[lang], n)
        cs: list[Cust] = []
        roles: list[str] = []
        for j in range(n):
            if kind == "at_risk" and j < nc:
                role, persona = "complainer", "b2b_unhappy"
            elif kind == "one_unhappy" and j == 0:
                role, persona = "complainer", "b2b_one_unhappy"
            elif kind == "mild" and j < 2:
                role, persona = "suggests", "b2b_mild"
            else:
                role, persona = "contact", "b2b_happy"
            tol = (
                B2B_UNHAPPY_TOL
                if persona == "b2b_unhappy"
                else B2B_ONE_TOL
                if persona == "b2b_one_unhappy"
                else ["silence"]
                if persona == "b2b_mild"
                else []
            )
            exp = ["detractor"] if persona == "b2b_one_unhappy" else []
            c = new_cust(
                f,
                lang,
                persona,
                role,
                exp,
                tol,
                market=market,
                account=acc,
                domain=domain,
                first=firsts[j],
            )
            title = TITLES[(j + len(cs)) % len(TITLES)] if j else rng.choice(TITLES[:3])
            c.truth.update({"company": company, "role": role, "job_title": title, "job": title})
            cs.append(c)
            roles.append(role)
        for c, role in zip(cs, roles, strict=True):
            if role == "contact":
                for _ in range(rng.randint(2, 5)):
                    b2b_routine(f, c, weekday_at(f, list(range(f.days))))
            else:
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(f, c, weekday_at(f, [0, 1]), high_ok=False)
        rec: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in cs],
            "unhappy_contacts": nc,
            "unhappy_contact_keys": [
                c.key for c, r in zip(cs, roles, strict=True) if r == "complainer"
            ],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk":
            assert problem is not None
            case = case_ref(f)
            t = at(f, 2, 8, 15)
            rec["trouble_starts_at"] = iso(t)
            first_t = t
            comp_list = cs[:nc]
            for j, c in enumerate(comp_list):
                if j == 0:
                    e = add(
                        f,
                        c,
                        t,
                        "email",
                        "message",
                        fill(B.FIRST[problem][lang], c),
                        subject=B.COMPLAINT_SUBJ[lang].format(topic=B.TOPIC[problem][lang]),
                    )
                    add(
                        f,
                        c,
                        office(f, t + timedelta(minutes=rng.randint(20, 90))),
                        "email",
                        "message",
                        fill(B.ACK[lang], c, case=case),
                        subject=B.CASE_SUBJ[lang].format(case=case),
                        out=True,
                    )
                else:
                    t = office(f, t + timedelta(hours=rng.uniform(8, 28)))
                    e = add(
                        f,
                        c,
                        t,
                        "email",
                        "message",
                        fill(
                            B.LATER[lang],
                            c,
                            first=cs[0].first,
                            day=W.WEEKDAY[lang][first_t.weekday()],
                            case=case,
                            topic=B.TOPIC[problem][lang],
                        ),
                        subject=B.CASE_SUBJ[lang].format(case=case),
                    )
                c.truth.update(
                    {
                        "complaint_event_ids": [e],
                        "trouble_starts_at": iso(t),
                        "booking": case,
                        "problem": problem,
                    }
                )
                if j < nc - 1:
                    v = rng.randint(1, 5)
                    c.truth["expected_rules"] = ["detractor"]
                    c.truth.update(
                        {
                            "nps_given": True,
                            "nps": v,
                            "survey_event_id": add(
                                f,
                                c,
                                t + timedelta(minutes=rng.randint(60, 180)),
                                "survey",
                                "survey_response",
                                None,
                                scores={"nps": v},
                                attrs={"survey": "nps"},
                            ),
                        }
                    )
            last = comp_list[-1]
            tl = office(f, t + timedelta(hours=rng.uniform(18, 40)))
            if len(f.accounts) == 0:
                comp = rng.choice(W.COMPETITORS)
                e2 = add(
                    f,
                    last,
                    tl,
                    "email",
                    "message",
                    fill(B.LAST_MAIL[lang], last, case=case, comp=comp),
                    subject=B.CASE_SUBJ[lang].format(case=case),
                )
                last.truth["competitor"] = comp
            else:
                e2 = add(f, last, tl, "phone", "call", fill(B.LAST_CALL[lang], last, case=case))
                last.truth["competitor"] = None
            last.truth["expected_rules"] = ["repeat_contact"]
            last.truth["complaint_event_ids"].append(e2)
            last.truth["repeat_event_id"] = e2
        elif kind == "one_unhappy":
            assert problem is not None
            c = cs[0]
            case = case_ref(f)
            t = office(f, at(f, rng.randint(3, 7), 8, 16))
            e = add(
                f,
                c,
                t,
                "email",
                "message",
                fill(B.FIRST[problem][lang], c),
                subject=B.COMPLAINT_SUBJ[lang].format(topic=B.TOPIC[problem][lang]),
            )
            add(
                f,
                c,
                office(f, t + timedelta(minutes=rng.randint(20, 90))),
                "email",
                "message",
                fill(B.ACK[lang], c, case=case),
                subject=B.CASE_SUBJ[lang].format(case=case),
                out=True,
            )
            v = rng.randint(1, 5)
            c.truth.update(
                {
                    "complaint_event_ids": [e],
                    "trouble_starts_at": iso(t),
                    "booking": case,
                    "problem": problem,
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": add(
                        f,
                        c,
                        t + timedelta(minutes=rng.randint(60, 180)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": v},
                        attrs={"survey": "nps"},
                    ),
                }
            )
        elif kind == "mild":
            for j, c in enumerate(cs[:2]):
                q, a = B.MILD[lang][j % len(B.MILD[lang])]
                t = office(f, at(f, rng.randint(2, 10), 8, 16), 16)
                e = add(
                    f,
                    c,
                    t,
                    "web",
                    "ticket",
                    q,
                    subject=B.MILD_SUBJ[lang],
                    attrs={"page": "/pro/portal/contact"},
                )
                add(
                    f,
                    c,
                    office(f, t + timedelta(minutes=rng.randint(60, 240))),
                    "email",
                    "message",
                    fill(a, c),
                    subject="Re: " + B.MILD_SUBJ[lang],
                    out=True,
                )
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(t)})
        f.accounts[acc] = rec


def topic_spike(f: Fam) -> None:
    rng = f.rng
    for _ in range(40):
        c = new_cust(f, pick_lang(rng), "happy", "day writer")
        for d in sorted(rng.sample(range(7), rng.randint(1, 4))):
            happy_act(f, c, at(f, d, 9, 16) if d == 6 else at(f, d, 7, 21))
    for lang in ("de", "pt"):
        c = new_cust(f, lang, "grumbles_once", "grumbles once", [], ["silence"])
        q, a = W.SLOW_PAGE[lang]
        t = at(f, 0, 9, 17)
        e = add(f, c, t, "chat", "chat", q)
        add(f, c, t + timedelta(minutes=rng.randint(1, 5)), "chat", "chat", fill(a, c), out=True)
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    for lang, hh, mm in (("pt", 10, 15), ("de", 15, 40)):
        c = new_cust(f, lang, "grumbles_once", "lone question", [], ["silence"])
        q, a = W.LONE_Q[lang]
        t = f.start + timedelta(days=5, hours=hh, minutes=mm)
        e = add(f, c, t, "chat", "chat", q)
        add(f, c, t + timedelta(minutes=rng.randint(2, 5)), "chat", "chat", fill(a, c), out=True)
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    langs = ["de"] * 6 + ["pt"] * 6 + ["en", "en", "fr", "fr", "it", "it", "es", "es"]
    rng.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(chans)
    s0 = f.start + timedelta(days=6, hours=18, minutes=20)
    offs = sorted([0, 45] + [rng.randint(0, 45) for _ in range(18)])
    regular = set(rng.sample(range(20), 12))
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        lang = langs[i]
        c = new_cust(
            f, lang, "spike_reporter", "regular" if i in regular else "new", [], ["silence"]
        )
        if i in regular:
            for _ in range(rng.randint(1, 3)):
                happy_act(f, c, at(f, 2, 8, 17.5), NO_SURVEY)
        t = s0 + timedelta(minutes=offs[i], seconds=rng.randint(0, 59) if 0 < offs[i] < 45 else 0)
        ch = chans[i]
        text = rng.choice(W.SPIKE[lang])
        if ch == "email":
            e = add(f, c, t, "email", "message", text + "\n" + c.first, subject=W.SPIKE_SUBJ[lang])
        elif ch == "web":
            e = add(
                f, c, t, "web", "ticket", text, subject=W.SPIKE_SUBJ[lang], attrs={"page": "/quiz"}
            )
        elif ch == "chat":
            e = add(f, c, t, "chat", "chat", text)
            add(
                f,
                c,
                t + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                fill(W.SPIKE_CHAT_ANSWER[lang], c),
                out=True,
            )
        else:
            e = add(f, c, t, ch, "mention" if ch == "social" else "post", text)
        c.truth.update(
            {
                "in_spike": True,
                "regular": i in regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        reporters.append((c, t, ch, e))
    early = [r for r in reporters if r[1] <= s0 + timedelta(minutes=25)]
    rep = rng.sample(early, 6)
    rep_ch = ["email", "email", "chat", "chat", "community", "community"]
    for _ in range(100):
        rng.shuffle(rep_ch)
        if all(ch != r[2] for ch, r in zip(rep_ch, rep, strict=True)):
            break
    else:
        raise SystemExit("no channel order for the repeaters")
    rep_ids = []
    for (c, t, _, _), ch in zip(rep, rep_ch, strict=True):
        t2 = t + timedelta(minutes=rng.randint(15, 50))
        text = rng.choice(W.SPIKE_AGAIN[c.lang])
        if ch == "email":
            e = add(
                f,
                c,
                t2,
                "email",
                "message",
                text + "\n" + c.first,
                subject="Re: " + W.SPIKE_SUBJ[c.lang],
            )
        elif ch == "chat":
            e = add(f, c, t2, "chat", "chat", text)
            add(
                f,
                c,
                t2 + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                fill(W.SPIKE_CHAT_ANSWER[c.lang], c),
                out=True,
            )
        else:
            e = add(f, c, t2, "community", "post", text)
        rep_ids.append(e)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["sentiment_drop", "silence"],
                "repeat_event_id": e,
            }
        )
    others = [r for r in reporters if r not in rep]
    for c, _, _, _ in rng.sample(others, 6):
        local = "20:10" if c.market in ("UK", "IE", "PT") else "21:10"
        cur = CURRENCY.get(c.market, "EUR")
        credit = {"GBP": "£9", "CHF": "CHF 9"}.get(cur, "€10" if c.lang == "en" else "10 €")
        t3 = f.start + timedelta(days=6, hours=20, minutes=rng.randint(25, 34))
        add(
            f,
            c,
            t3,
            "email",
            "message",
            fill(W.SPIKE_FIXED[c.lang], c, local=local, credit=credit),
            subject=W.SPIKE_SUBJ[c.lang],
            out=True,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"perfume app's scent quiz loops back to question 1 after the last question, so no blend can be created or re-tuned before the refill cut-off, error {W.SPIKE_CODE}",
        "about": "the Sunday-evening refill cut-off: Club members re-tune their blend in the quiz",
        "channel": None,
        "start": iso(reporters[0][1]),
        "end": iso(max(r[1] for r in reporters)),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[3] for r in reporters],
        "repeat_event_ids": rep_ids,
    }


# ---------------------------------------------------------------- output
def finalize(f: Fam) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    rows = sorted(f.rows, key=lambda r: (r["_t"], r["event_id"]))
    seen: set[str] = set()
    out = []
    for r in rows:
        c: Cust = r["_c"]
        full = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        if r["direction"] == "outbound" or c.key not in seen:
            ref = dict(full)
            if r["direction"] == "inbound":
                seen.add(c.key)
        else:
            ch = r["channel"]
            ref = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if ch == "phone":
                ref["phone"] = (
                    c.phone
                    if f.rr.random() < 0.5
                    else c.phone[: len(PHONE[c.market][0])]
                    + " "
                    + c.phone[len(PHONE[c.market][0]) :]
                )
            elif ch in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if f.rr.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif ch == "email":
                ref["email"] = c.email.upper() if f.rr.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
        row = {k: v for k, v in r.items() if not k.startswith("_")}
        row = {
            "event_id": row["event_id"],
            "occurred_at": iso(r["_t"]),
            **{k: v for k, v in row.items() if k != "event_id"},
            "customer": ref,
        }
        out.append(row)
    last = max(r["_t"] for r in rows)
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    customers = {}
    for c in f.custs.values():
        d = dict(c.truth)
        d["identifiers"] = {
            "customer_id": c.key,
            "email": c.email.lower(),
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        customers[c.key] = d
    expected: dict[str, int] = {}
    for d in customers.values():
        for rule in d["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = expected.get("topic_spike", 0) + 1
    if expected != f.planned:
        raise SystemExit(
            f"{f.name}: expected counts {expected} differ from the planted {f.planned}"
        )
    for k, d in customers.items():
        if set(d["expected_rules"]) & set(d["tolerated_rules"]):
            raise SystemExit(f"{f.name}: {k} both expects and tolerates a rule")
    inbound = {r["_c"].key for r in rows if r["direction"] == "inbound"}
    if set(customers) - inbound:
        raise SystemExit(f"{f.name}: customers without an inbound touchpoint")
    if rows[0]["_t"] < f.start or end >= LIMIT or rows[0]["_t"].year != 2026:
        raise SystemExit(f"{f.name}: a touchpoint outside the family's time")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": BUSINESS,
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": WRITTEN,
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": customers,
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    return out, truth


FAMILIES = [
    (
        "happy_writers",
        "HW",
        happy_writers,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers by day and night and survey-only ones",
        {},
    ),
    (
        "one_bad_day",
        "BD",
        one_bad_day,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry message on one day",
        {"detractor": 6},
    ),
    (
        "repeat_contacts",
        "RC",
        repeat_contacts,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "one problem raised again and again while open; fixed cases; frequent writers",
        {"repeat_contact": 12},
    ),
    (
        "slow_churners",
        "SC",
        slow_churners,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "slow slides, leavers, steady, steadily grumpy and sarcastic customers",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    ),
    (
        "quiet_hours",
        "QH",
        quiet_hours,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm late-summer weekend with night-owl bursts",
        {},
    ),
    (
        "bilingual",
        "BL",
        bilingual,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages",
        {"repeat_contact": 5, "sentiment_drop": 5},
    ),
    (
        "b2b_accounts",
        "BB",
        b2b_accounts,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Olfavia Pro accounts: at risk, one unhappy contact, mild remarks, happy",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    ),
    (
        "topic_spike",
        "TS",
        topic_spike,
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week and one planted Sunday-evening spike",
        {"topic_spike": 1, "repeat_contact": 6},
    ),
]


def main() -> None:
    for n, (name, code, build, start, days, about, planned) in enumerate(FAMILIES, start=1):
        f = Fam(name, code, n, start, days, about, planned)
        build(f)
        fix_mentions(f)
        rows, truth = finalize(f)
        with (HERE / f"{name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        (HERE / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(
            f"{name}: {len(truth['customers'])} customers, {len(rows)} touchpoints, {sum(r['direction'] == 'outbound' for r in rows)} agents' replies"
        )


if __name__ == "__main__":
    main()
