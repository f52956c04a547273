# ruff: noqa: E501
"""Build tests/scenarios/heldout114/ (Requiva, grave care by app and web), written blind.

Standalone and deterministic: ``python make_heldout114.py`` from anywhere writes the
eight families' ``.jsonl`` and ``.truth.json`` beside this file. Standard library only.
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
BUSINESS = "Requiva"
COMPETITORS = ("Lapidello", "Grabfein")
WRITTEN = "2026-12-05"

MARKETS: dict[str, list[tuple[str, int]]] = {
    "de": [("DE", 6), ("AT", 2), ("CH", 2)],
    "fr": [("FR", 6), ("BE", 2), ("CH", 1), ("LU", 1)],
    "en": [("UK", 3), ("IE", 1)],
    "es": [("ES", 1)],
    "it": [("IT", 4), ("CH", 1)],
    "pt": [("PT", 1)],
}
LANG_WEIGHTS = [("de", 30), ("fr", 30), ("en", 10), ("es", 10), ("it", 10), ("pt", 10)]

FIRST: dict[str, list[str]] = {
    "de": [
        "Sabine",
        "Jürgen",
        "Monika",
        "Andreas",
        "Petra",
        "Thomas",
        "Claudia",
        "Stefan",
        "Ute",
        "Wolfgang",
        "Birgit",
        "Klaus",
        "Heike",
        "Ralf",
        "Anja",
        "Dieter",
        "Katrin",
        "Uwe",
        "Silke",
        "Bernd",
        "Jana",
        "Tobias",
        "Doris",
        "Markus",
    ],
    "fr": [
        "Isabelle",
        "Philippe",
        "Nathalie",
        "Laurent",
        "Sylvie",
        "Christophe",
        "Valérie",
        "Pascal",
        "Sandrine",
        "Thierry",
        "Véronique",
        "Olivier",
        "Catherine",
        "Didier",
        "Hélène",
        "Éric",
        "Chantal",
        "Bruno",
        "Martine",
        "Gilles",
        "Agnès",
        "Yves",
    ],
    "en": [
        "Karen",
        "Paul",
        "Siobhan",
        "Gareth",
        "Helen",
        "Declan",
        "Tracy",
        "Neil",
        "Aoife",
        "Graham",
    ],
    "es": ["Carmen", "Javier", "Pilar", "Manuel", "Rocío", "Alberto", "Begoña", "Ignacio"],
    "it": ["Giovanna", "Massimo", "Lucia", "Roberto", "Franca", "Paolo", "Silvia", "Enzo"],
    "pt": ["Fernanda", "Rui", "Teresa", "Nuno", "Graça", "Paulo", "Helena", "Vítor"],
}
LAST: dict[str, list[str]] = {
    "de": [
        "Krüger",
        "Hofmann",
        "Schäfer",
        "Wagner",
        "Bauer",
        "Lehmann",
        "Köhler",
        "Zimmermann",
        "Brandt",
        "Vogel",
        "Hartmann",
        "Seidel",
        "Kuhn",
        "Frank",
        "Berger",
        "Haas",
        "Roth",
        "Lorenz",
        "Winkler",
        "Sommer",
    ],
    "fr": [
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Chevalier",
        "Rousseau",
        "Mercier",
        "Blanchard",
        "Dupuis",
        "Gauthier",
        "Perrin",
        "Lemaire",
        "Renard",
        "Barbier",
        "Picard",
        "Marchand",
        "Colin",
        "Arnaud",
    ],
    "en": [
        "Holloway",
        "Brennan",
        "Fletcher",
        "Doyle",
        "Pritchard",
        "Kavanagh",
        "Whitfield",
        "Ashworth",
    ],
    "es": ["Navarro", "Ibáñez", "Serrano", "Crespo", "Vidal", "Lozano", "Castaño", "Prieto"],
    "it": ["Marchetti", "Galli", "Fabbri", "Rinaldi", "Barbieri", "Testa", "Ferri", "Caruso"],
    "pt": ["Carvalho", "Moura", "Teixeira", "Pinto", "Correia", "Lopes", "Antunes", "Matos"],
}
TOWNS: dict[str, list[str]] = {
    "DE": ["Kassel", "Bamberg", "Bielefeld", "Gotha", "Leverkusen", "Ulm"],
    "AT": ["Graz", "Linz", "Wels"],
    "CH": ["Winterthur", "Fribourg", "Lugano"],
    "FR": ["Angers", "Limoges", "Reims", "Besançon", "Pau", "Nancy"],
    "BE": ["Namur", "Liège"],
    "LU": ["Esch-sur-Alzette"],
    "UK": ["Wigan", "Swindon", "Derby"],
    "IE": ["Cork", "Galway"],
    "ES": ["Burgos", "León", "Cáceres"],
    "IT": ["Cremona", "Rieti", "Ferrara"],
    "PT": ["Viseu", "Guarda", "Leiria"],
}
PHONE: dict[str, tuple[str, list[str], int]] = {
    "DE": ("+49", ["151", "160", "176", "171"], 8),
    "AT": ("+43", ["664", "676", "699"], 7),
    "CH": ("+41", ["76", "78", "79"], 7),
    "FR": ("+33", ["6", "7"], 8),
    "BE": ("+32", ["470", "475", "486"], 6),
    "LU": ("+352", ["621", "691"], 6),
    "UK": ("+44", ["7700", "7911"], 6),
    "IE": ("+353", ["85", "87"], 7),
    "ES": ("+34", ["6", "7"], 8),
    "IT": ("+39", ["333", "347"], 7),
    "PT": ("+351", ["91", "93", "96"], 7),
}
JOBS = [
    "nurse",
    "teacher",
    "retired",
    "bus driver",
    "pharmacist",
    "accountant",
    "shop owner",
    "engineer",
    "care worker",
    "civil servant",
    "baker",
    "architect",
]
DOMAINS = ["mailbox", "webpost", "inbox", "netmail", "posteo"]
AGENTS = ["Lena", "Marc", "Sofia", "Jonas", "Claire", "Tiago", "Giulia", "Owen"]
SOURCES = {
    "email": "requiva-mail",
    "phone": "requiva-voice",
    "social": "requiva-social",
    "community": "requiva-forum",
    "chat": "requiva-chat",
    "web": "requiva-web",
    "survey": "requiva-survey",
}

USED: dict[str, set[str]] = {
    "id": set(),
    "email": set(),
    "phone": set(),
    "handle": set(),
    "case": set(),
    "acct": set(),
}


def money(market: str, value: float) -> tuple[str, str]:
    if market == "UK":
        return f"{value * 0.86:.2f}", "GBP"
    if market == "CH":
        return f"{value * 0.94:.2f}", "CHF"
    return f"{value:.2f}", "EUR"


def amount_text(lang: str, market: str, value: float) -> str:
    if market == "UK":
        return f"£{round(value * 0.86)}"
    if market == "CH":
        return f"CHF {round(value * 0.94)}"
    if lang == "en":
        return f"€{value:.2f}"
    return f"{value:.2f} €".replace(".", ",")


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
        if ch in "ßñÑ":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in base if unicodedata.category(c) != "Mn"))
    return "".join(out)


def roughen(rng: random.Random, text: str) -> str:
    if rng.random() < 0.10:
        text = strip_accents(text)
    if rng.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
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
    town: str
    truth: dict[str, Any]


@dataclass
class Row:
    at: datetime
    seq: int
    cust: Cust
    data: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    r2: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    eid: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.r2 = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float = 0.0) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def when(self, day: int, lo: float, hi: float) -> datetime:
        return self.at(day, self.rng.uniform(lo, hi)).replace(second=0, microsecond=0)


def unique(kind: str, make: Any) -> str:
    for _ in range(1000):
        value: str = make()
        if value.lower() not in USED[kind]:
            USED[kind].add(value.lower())
            return value
    raise RuntimeError(kind)


def pick_lang(rng: random.Random) -> str:
    return rng.choices([lang for lang, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]


def pick_market(rng: random.Random, lang: str) -> str:
    options = MARKETS[lang]
    return rng.choices([m for m, _ in options], [w for _, w in options])[0]


def new_case(rng: random.Random) -> str:
    return unique("case", lambda: f"RQ-{rng.randrange(100000, 999999)}")


def person(
    fam: Fam,
    persona: str,
    habit: str,
    lang: str | None = None,
    market: str | None = None,
    expected: list[str] | None = None,
    tolerated: list[str] | None = None,
    account: str | None = None,
    company_domain: str | None = None,
    **extra: Any,
) -> Cust:
    rng = fam.rng
    lang = lang or pick_lang(rng)
    market = market or pick_market(rng, lang)
    first = rng.choice(FIRST[lang])
    last = rng.choice(LAST[lang])
    key = unique("id", lambda: f"RQ{fam.code}{rng.randrange(1000, 9999)}")
    plain = strip_accents(f"{first}.{last}").lower().replace(" ", "")
    if company_domain:
        names = [
            f
            for f in FIRST[lang]
            if f"{strip_accents(f).lower()}@{company_domain}" not in USED["email"]
        ]
        first = rng.choice(names)
        email = unique("email", lambda: f"{strip_accents(first).lower()}@{company_domain}")
    else:
        email = unique(
            "email", lambda: f"{plain}{rng.randrange(1, 99)}@{rng.choice(DOMAINS)}.example"
        )
    cc, prefixes, digits = PHONE[market]
    phone = unique(
        "phone",
        lambda: cc + rng.choice(prefixes) + "".join(str(rng.randrange(10)) for _ in range(digits)),
    )
    handle: str | None = None
    if not company_domain:
        h = (
            strip_accents(f"{last}_{first}").lower()
            if rng.random() < 0.5
            else strip_accents(f"{first}{last[:1]}").lower()
        )
        handle = unique("handle", lambda: "@" + h + str(rng.randrange(1, 90)))
    town = rng.choice(TOWNS[market])
    truth: dict[str, Any] = {
        "identifiers": {
            "customer_id": key,
            "email": email.lower(),
            "phone": phone,
            "handle": handle,
            "account_id": account,
        },
        "expected_rules": sorted(expected or []),
        "tolerated_rules": sorted(tolerated or []),
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": market,
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
        "job": rng.choice(JOBS),
        "town": town,
    }
    truth.update(extra)
    c = Cust(key, lang, market, first, last, email, phone, handle, account, town, truth)
    fam.custs[key] = c
    return c


def add(
    fam: Fam,
    c: Cust,
    at: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    subject: str | None = None,
    out: bool = False,
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
    rough: bool = True,
) -> str:
    fam.eid += 1
    eid = f"rq114-{fam.code.lower()}-{fam.eid:05d}"
    if text is not None and not out:
        if rough and channel not in ("phone", "survey"):
            text = roughen(fam.r2, text)
        if channel == "social" and not c.account:
            pos = text.rfind(BUSINESS)
            text = text[:pos] + "@" + text[pos:] if pos >= 0 else f"@{BUSINESS} " + text
    a = {"market": c.market}
    if c.account:
        a["segment"] = "b2b"
    if out:
        a["agent"] = fam.rng.choice(AGENTS)
    a.update(attrs or {})
    data: dict[str, Any] = {
        "event_id": eid,
        "occurred_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "channel": channel,
        "kind": kind,
        "direction": "outbound" if out else "inbound",
        "customer": {},
        "text": text,
        "subject": subject,
        "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
        "source": SOURCES[channel],
        "attributes": a,
    }
    fam.rows.append(Row(at, fam.eid, c, data))
    return eid


def fill(text: str, c: Cust, **kw: str) -> str:
    return text.format(first=c.first, town=c.town, **kw)


def night_safe(fam: Fam, t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=fam.rng.randrange(0, 60))
    if t.hour < 7:
        return t.replace(hour=8, minute=fam.rng.randrange(0, 60))
    return t


# ---------------------------------------------------------------- happy acts


def happy_act(
    fam: Fam, c: Cust, t: datetime, survey: bool = True, kinds: list[str] | None = None
) -> None:
    rng, lang = fam.rng, c.lang
    options = kinds or [
        "praise",
        "praise",
        "chat",
        "chat",
        "purchase",
        "page",
        "review",
        "phone",
    ] + (["survey"] if survey else [])
    k = rng.choice(options)
    if k == "praise":
        ch = rng.choice(["social", "community"])
        add(
            fam,
            c,
            t,
            ch,
            "mention" if ch == "social" else "post",
            fill(rng.choice(W.PRAISE[lang]), c),
        )
    elif k == "chat":
        q, a = rng.choice(W.QUESTIONS[lang])
        add(fam, c, t, "chat", "chat", q)
        t2 = t + timedelta(minutes=rng.randint(1, 6))
        add(fam, c, t2, "chat", "chat", fill(a, c), out=True)
        if rng.random() < 0.6:
            add(
                fam,
                c,
                t2 + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                rng.choice(W.THANKS[lang]),
            )
    elif k == "purchase":
        name, price = rng.choice(W.PRODUCTS)
        page = rng.choice(W.PAGES[2:7])
        add(fam, c, t, "web", "page_view", attrs={"page": page})
        v, cur = money(c.market, price)
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(2, 15)),
            "web",
            "purchase",
            attrs={"order_value": v, "currency": cur, "product": name, "page": page},
        )
    elif k == "page":
        add(fam, c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
    elif k == "review":
        add(
            fam,
            c,
            t,
            "web",
            "review",
            rng.choice(W.REVIEWS[lang]),
            attrs={"rating": rng.choice(["4", "5", "5"]), "page": "/reviews"},
        )
    elif k == "phone":
        q, a = rng.choice(W.PHONE_Q[lang])
        add(fam, c, t, "phone", "call", fill(q, c))
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(10, 40)),
            "email",
            "message",
            fill(a, c),
            subject="Requiva",
            out=True,
        )
    else:
        which = rng.choice(["nps", "csat", "ces"])
        score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            which
        ]
        word = rng.choice(W.SURVEY_WORDS[lang]) or None
        add(
            fam,
            c,
            t,
            "survey",
            "survey_response",
            word,
            scores={which: score},
            attrs={"survey": which},
        )


def happy_days(
    fam: Fam,
    c: Cust,
    days: list[int],
    lo: float = 7.0,
    hi: float = 19.0,
    survey: bool = True,
    kinds: list[str] | None = None,
) -> None:
    for d in days:
        happy_act(fam, c, fam.when(d, lo, hi), survey, kinds)


def some_days(rng: random.Random, lo: int, hi: int, k: int) -> list[int]:
    pool = list(range(lo, hi + 1))
    return sorted(rng.sample(pool, min(k, len(pool))))


# ---------------------------------------------------------------- problems


def problem_text(c: Cust, problem: str, rng: random.Random) -> str:
    value = rng.choice([289.0, 74.0, 95.0, 58.0])
    return str(rng.choice(W.PROBLEM_TEXT[c.lang][problem])).format(
        amount=amount_text(c.lang, c.market, value)
    )


def call_text(c: Cust, problem: str) -> str:
    return str(W.CALL_PROBLEM[c.lang][problem]).format(
        first=c.first, amount=amount_text(c.lang, c.market, 289.0)
    )


def complain(
    fam: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    long_mail: bool = False,
    case: str | None = None,
) -> str:
    rng, lang = fam.rng, c.lang
    subj = W.COMPLAINT_SUBJECT[lang].format(topic=W.PROBLEM_SUBJECT[lang][problem])
    if case:
        subj = W.CASE_SUBJECT[lang].format(case=case)
    if channel == "phone":
        return add(fam, c, t, "phone", "call", call_text(c, problem))
    text = problem_text(c, problem, rng)
    if long_mail:
        text = fill(rng.choice(W.LONG_EMAIL[lang]), c, complaint=text)
    if channel == "email":
        return add(fam, c, t, "email", "message", text, subject=subj)
    if channel == "chat":
        return add(fam, c, t, "chat", "chat", text)
    if channel == "web":
        return add(fam, c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
    if channel == "social":
        return add(fam, c, t, "social", "mention", text)
    return add(fam, c, t, "community", "post", text)


def ack(fam: Fam, c: Cust, t: datetime, channel: str, case: str) -> str:
    text = fill(W.CASE_OPENED[c.lang], c, case=case)
    if channel == "chat":
        return add(fam, c, t, "chat", "chat", text, out=True)
    return add(
        fam,
        c,
        night_safe(fam, t),
        "email",
        "message",
        text,
        subject=W.CASE_SUBJECT[c.lang].format(case=case),
        out=True,
    )


# ---------------------------------------------------------------- families


def happy_writers(fam: Fam) -> None:
    rng = fam.rng
    for _ in range(16):
        c = person(fam, "happy", "day writer")
        happy_days(fam, c, some_days(rng, 0, 9, rng.randint(5, 8)))
    for _ in range(5):
        c = person(fam, "happy", "night writer")
        for d in some_days(rng, 0, 8, rng.randint(2, 4)):
            t = fam.at(d, rng.uniform(22.2, 28.5)).replace(second=0, microsecond=0)
            if rng.random() < 0.5:
                ch = rng.choice(["social", "community"])
                add(
                    fam,
                    c,
                    t,
                    ch,
                    "mention" if ch == "social" else "post",
                    rng.choice(W.NIGHT_POSTS[c.lang]),
                )
            else:
                q, a = rng.choice(W.NIGHT_Q[c.lang])
                add(fam, c, t, "chat", "chat", q)
                add(fam, c, t + timedelta(minutes=rng.randint(2, 6)), "chat", "chat", a, out=True)
                add(
                    fam,
                    c,
                    t + timedelta(minutes=rng.randint(7, 10)),
                    "chat",
                    "chat",
                    rng.choice(W.THANKS[c.lang]),
                )
        happy_days(
            fam,
            c,
            some_days(rng, 0, 9, rng.randint(2, 3)),
            9,
            18,
            survey=False,
            kinds=["praise", "purchase", "page", "review"],
        )
    for _ in range(5):
        c = person(fam, "happy", "answers surveys")
        happy_days(fam, c, some_days(rng, 0, 9, rng.randint(3, 6)), 8, 19, kinds=["survey"])


def one_bad_day(fam: Fam) -> None:
    rng = fam.rng
    channels = (
        ["long_email"] * 4
        + ["email"] * 4
        + ["chat"] * 4
        + ["social"] * 4
        + ["web"] * 4
        + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    detractors = set(rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in detractors]
    csat = set(rng.sample(rest, 5))
    good_news = set(rng.sample(with_case, 12))
    apologise = set(rng.sample(sorted(good_news), 5))
    for i, ch in enumerate(channels):
        lang = rng.choice(["de", "de", "fr", "fr"]) if ch == "long_email" else None
        det = i in detractors
        c = person(
            fam,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if det else [],
            tolerated=["silence"],
        )
        day = rng.randint(2, 9)
        bad = fam.when(day, 8, 20)
        before = [d for d in range(0, 12) if d <= day - 2 or d >= day + 3]
        happy_days(
            fam, c, sorted(rng.sample(before, rng.randint(1, min(5, len(before))))), survey=False
        )
        problem = problems[i]
        channel = "email" if ch == "long_email" else ch
        eid = complain(fam, c, bad, channel, problem, long_mail=ch == "long_email")
        case = None if ch == "social" else new_case(rng)
        c.truth.update(
            problem=problem,
            channel=channel,
            booking=case,
            bad_day_at=iso(bad),
            bad_day_event_id=eid,
            trouble_starts_at=iso(bad),
            long_email=ch == "long_email",
            problem_event_ids=[eid],
        )
        if case:
            ack(
                fam,
                c,
                bad + timedelta(minutes=rng.randint(1, 5) if ch == "chat" else rng.randint(10, 40)),
                channel,
                case,
            )
        if det:
            t = bad + timedelta(minutes=rng.randint(100, 140))
            s = add(
                fam,
                c,
                t,
                "survey",
                "survey_response",
                None,
                scores={"nps": rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, nps=data_score(fam, s), survey_event_id=s)
        if i in csat:
            t = bad + timedelta(minutes=rng.randint(40, 80))
            word = rng.choice(
                [
                    "",
                    {
                        "de": "schlecht",
                        "fr": "nul",
                        "en": "poor",
                        "es": "fatal",
                        "it": "pessimo",
                        "pt": "péssimo",
                    }[c.lang],
                ]
            )
            s = add(
                fam,
                c,
                t,
                "survey",
                "survey_response",
                word or None,
                scores={"csat": rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, survey_event_id=s)
        if case and i in good_news:
            t = night_safe(fam, bad + timedelta(hours=rng.uniform(1, 4)))
            add(
                fam,
                c,
                t,
                "email",
                "message",
                fill(W.GOOD_NEWS[c.lang], c, case=case),
                subject=W.CASE_SUBJECT[c.lang].format(case=case),
                out=True,
            )
            c.truth["agent_fixed"] = True
            if i in apologise:
                t2 = night_safe(fam, bad + timedelta(hours=rng.uniform(16, 24)))
                if rng.random() < 0.5:
                    a = add(fam, c, t2, "chat", "chat", rng.choice(W.APOLOGY[c.lang]))
                else:
                    a = add(
                        fam,
                        c,
                        t2,
                        "email",
                        "message",
                        rng.choice(W.APOLOGY[c.lang]),
                        subject=W.CASE_SUBJECT[c.lang].format(case=case),
                    )
                c.truth.update(apologised=True, apology_at=iso(t2), apology_event_id=a)
    for _ in range(8):
        c = person(fam, "happy", "control")
        happy_days(fam, c, some_days(rng, 0, 11, rng.randint(4, 7)))


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def data_score(fam: Fam, eid: str) -> int:
    for r in fam.rows:
        if r.data["event_id"] == eid:
            return int(r.data["scores"]["nps"])
    raise KeyError(eid)


LATER = ["email", "chat", "phone", "web", "social"]


def repeat_run(
    fam: Fam, c: Cust, first_day: int, times: int, quality: bool, alt_langs: list[str] | None = None
) -> None:
    rng = fam.rng
    problem = rng.choice(W.PROBLEMS)
    first_ch = rng.choice(["web", "email", "chat", "phone"])
    t = fam.when(first_day, 8, 19)
    first_at = iso(t)
    case = new_case(rng)
    ids = [complain(fam, c, t, first_ch, problem)]
    if first_ch == "chat":
        ack(fam, c, t + timedelta(minutes=rng.randint(1, 5)), "chat", case)
    if quality:
        add(
            fam,
            c,
            night_safe(fam, t + timedelta(hours=rng.uniform(1.5, 2.5))),
            "email",
            "message",
            fill(W.QUALITY_LEAD[c.lang], c, case=case),
            subject=W.CASE_SUBJECT[c.lang].format(case=case),
            out=True,
        )
    elif first_ch != "chat":
        ack(fam, c, t + timedelta(minutes=rng.randint(10, 40)), "email", case)
    comp = rng.choice(COMPETITORS) if times >= 3 else None
    channels = [ch for ch in LATER if ch != first_ch]
    rng.shuffle(channels)
    orig_lang = c.lang
    for n in range(2, times + 1):
        t = night_safe(fam, t + timedelta(hours=rng.uniform(4, 40)))
        if alt_langs:
            c.lang = alt_langs[(n - 1) % 2]
        ch = channels[n - 2]
        short = rng.choice(W.PROBLEM_TEXT[c.lang][problem]).format(
            amount=amount_text(c.lang, c.market, 289.0)
        )
        text = rng.choice(W.STILL_OPEN[c.lang]).format(case=case, problem=short)
        if n == 3 and comp:
            text = W.THIRD[c.lang].format(case=case, comp=comp) + " " + short
        if n == 4:
            text = W.FOURTH[c.lang].format(case=case) + " " + short
        if ch == "phone":
            text = (
                text.replace(".", "")
                .replace(",", "")
                .replace(":", "")
                .replace("?", "")
                .replace("!", "")
            )
            text = text[0].lower() + text[1:]
            e = add(fam, c, t, "phone", "call", text)
        elif ch == "email":
            e = add(
                fam,
                c,
                t,
                "email",
                "message",
                text,
                subject=W.CASE_SUBJECT[c.lang].format(case=case),
            )
        elif ch == "chat":
            e = add(fam, c, t, "chat", "chat", text)
            add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(1, 5)),
                "chat",
                "chat",
                W.URGENT[c.lang].format(case=case),
                out=True,
            )
        elif ch == "web":
            e = add(fam, c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        else:
            e = add(fam, c, t, "social", "mention", text)
        ids.append(e)
    c.lang = orig_lang
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=times,
        channel=first_ch,
        channels=[first_ch, *channels[: times - 1]],
        problem_event_ids=ids,
        trouble_starts_at=first_at,
        competitor=comp,
        agent_passed_on=quality,
    )


REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def fixed_case(
    fam: Fam,
    c: Cust,
    day: int,
    first_lang: str | None = None,
    second_lang: str | None = None,
    avoid: str = "",
) -> dict[str, Any]:
    rng = fam.rng
    problem = rng.choice([p for p in W.PROBLEMS if p != avoid])
    channel = rng.choice(["web", "email", "chat"]) if first_lang is None else "web"
    t = fam.when(day, 8, 18)
    case = new_case(rng)
    if first_lang:
        c.lang = first_lang
    e = complain(fam, c, t, channel, problem)
    ack(
        fam,
        c,
        t + timedelta(minutes=rng.randint(1, 5) if channel == "chat" else rng.randint(10, 40)),
        channel,
        case,
    )
    t2 = night_safe(fam, t + timedelta(hours=rng.uniform(3, 20)))
    if second_lang:
        c.lang = second_lang
    add(
        fam,
        c,
        t2,
        "email",
        "message",
        fill(W.GOOD_NEWS[c.lang], c, case=case),
        subject=W.CASE_SUBJECT[c.lang].format(case=case),
        out=True,
    )
    t3 = night_safe(fam, t2 + timedelta(hours=rng.uniform(8, 30)))
    cch = rng.choice(["email", "chat"])
    text = rng.choice(W.CONFIRM[c.lang]).format(case=case)
    k = add(
        fam,
        c,
        t3,
        cch,
        "message" if cch == "email" else "chat",
        text,
        subject=W.CASE_SUBJECT[c.lang].format(case=case) if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(t2),
        "confirmed_at": iso(t3),
        "problem_event_ids": [e],
        "confirm_event_id": k,
        "channel": channel,
        "confirm_channel": cch,
    }


def repeat_contacts(fam: Fam) -> None:
    rng = fam.rng
    times = [2] * 4 + [3] * 4 + [4] * 4
    quality = [True] * 6 + [False] * 6
    rng.shuffle(quality)
    for i, n in enumerate(times):
        c = person(
            fam, "repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL
        )
        happy_days(fam, c, [0] * rng.randint(1, 3), 7, 12, survey=False)
        repeat_run(fam, c, rng.randint(1, 4), n, quality[i])
    for _ in range(5):
        c = person(fam, "resolved_between_contacts", "fixed", tolerated=["silence"])
        happy_days(fam, c, [0], 7, 12, survey=False)
        case = fixed_case(fam, c, rng.randint(1, 4))
        c.truth.update(problems=[case], trouble_starts_at=case["raised_at"])
    for _ in range(3):
        c = person(fam, "different_problems", "two problems", tolerated=["silence"])
        d = rng.randint(1, 3)
        a = fixed_case(fam, c, d)
        b = fixed_case(fam, c, d + rng.randint(4, 5), avoid=a["problem"])
        c.truth.update(problems=[a, b], trouble_starts_at=a["raised_at"])
    for _ in range(7):
        c = person(fam, "happy", "frequent writer")
        happy_days(
            fam,
            c,
            some_days(rng, 0, 9, rng.randint(5, 8)),
            kinds=["chat", "chat", "phone", "chat", "purchase", "survey"],
        )


SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def slide(
    fam: Fam, c: Cust, start_day: int, span: int, langs: list[str] | None = None, nps: bool = False
) -> None:
    rng = fam.rng
    ids: list[str] = []
    comp = rng.choice(COMPETITORS)
    t = fam.when(start_day, 8, 18)
    offsets = sorted(rng.uniform(0, span) for _ in range(4))
    times = [t] + [t + timedelta(days=o) for o in offsets] + [t + timedelta(days=span)]
    prev = times[0]
    orig = c.lang
    for n in range(6):
        tt = night_safe(
            fam, max(times[n], prev + timedelta(hours=1)).replace(second=0, microsecond=0)
        )
        prev = tt
        if langs:
            c.lang = langs[n % 2]
        text = W.SLIDE[c.lang][n].format(comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            e = add(
                fam,
                c,
                tt,
                "web",
                "review",
                text,
                attrs={"rating": W.SLIDE_RATINGS[n], "page": "/reviews"},
            )
        else:
            e = add(fam, c, tt, ch, "mention" if ch == "social" else "post", text)
        ids.append(e)
        if n == 3 and nps:
            ts = night_safe(fam, tt + timedelta(hours=rng.uniform(2.5, 3.5)))
            s = add(
                fam,
                c,
                ts,
                "survey",
                "survey_response",
                None,
                scores={"nps": rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, nps=data_score(fam, s), survey_event_id=s)
    c.lang = orig
    c.truth.update(
        slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=iso(times[0])
    )


def slow_churners(fam: Fam) -> None:
    rng = fam.rng
    spans = [3] + [5] * 5 + [9] * 4
    nps_ones = set(rng.sample(range(10), 5))
    for i, span in enumerate(spans):
        exp = ["sentiment_drop"] + (["detractor"] if i in nps_ones else [])
        c = person(fam, "slow_churner", "slides", expected=exp, tolerated=SLIDE_TOL)
        days = some_days(rng, 0, 10, rng.randint(6, 9))
        for d in days[: rng.randint(4, 5)]:
            happy_act(fam, c, fam.when(d, 8, 20), kinds=["praise"])
        happy_days(
            fam,
            c,
            days[5:] or [rng.randint(0, 10)],
            survey=False,
            kinds=["chat", "purchase", "page", "review"],
        )
        slide(fam, c, rng.randint(12, 16), span, nps=i in nps_ones)
    for _ in range(5):
        c = person(
            fam,
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        happy_days(fam, c, some_days(rng, 0, 14, rng.randint(4, 6)), survey=False)
        t = fam.when(rng.randint(17, 23), 8, 19)
        e = add(
            fam,
            c,
            t,
            "email",
            "message",
            rng.choice(W.LEAVE[c.lang]),
            subject={"de": "Kündigung", "fr": "Résiliation"}.get(c.lang, "Cancel / Cancelar"),
        )
        add(
            fam,
            c,
            night_safe(fam, t + timedelta(hours=rng.uniform(1, 5))),
            "email",
            "message",
            fill(W.SORRY_GO[c.lang], c),
            subject="Requiva",
            out=True,
        )
        t2 = night_safe(fam, t + timedelta(hours=rng.uniform(20, 30)))
        k = add(
            fam,
            c,
            t2,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": W.PRODUCTS[0][0]},
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=k,
            churn_at=iso(t2),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = person(fam, "happy", "steady")
        happy_days(fam, c, some_days(rng, 0, 31, rng.randint(6, 10)))
    for _ in range(5):
        c = person(fam, "steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = rng.randint(0, 4)
        ids = []
        for _k in range(rng.randint(5, 7)):
            t = fam.when(d, 8, 20)
            ch = rng.choice(["social", "community", "web", "review"])
            g = rng.choice(W.GRUMPY[c.lang])
            if ch == "review":
                ids.append(
                    add(fam, c, t, "web", "review", g, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(add(fam, c, t, "web", "ticket", g, attrs={"page": "/help/contact"}))
            else:
                ids.append(add(fam, c, t, ch, "mention" if ch == "social" else "post", g))
            d += rng.randint(1, 3)
        happy_days(fam, c, some_days(rng, 0, 31, rng.randint(0, 2)), kinds=["purchase"])
        c.truth["grumble_event_ids"] = ids
        c.truth["trouble_starts_at"] = min(
            r.data["occurred_at"] for r in fam.rows if r.data["event_id"] in ids
        )
    for _ in range(5):
        c = person(fam, "happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        happy_days(fam, c, some_days(rng, 0, 16, rng.randint(4, 6)), survey=False)
        t = fam.when(rng.randint(17, 28), 9, 20)
        ch = rng.choice(["social", "community"])
        s = add(
            fam, c, t, ch, "mention" if ch == "social" else "post", rng.choice(W.SARCASM[c.lang])
        )
        c.truth.update(sarcasm_event_id=s, trouble_starts_at=iso(t))


def quiet_hours(fam: Fam) -> None:
    rng = fam.rng
    for _ in range(16):
        c = person(fam, "happy", "day writer")
        for d in some_days(rng, 0, 2, rng.randint(1, 3)):
            happy_act(
                fam,
                c,
                fam.when(d, 7, 17.5),
                kinds=["praise", "chat", "purchase", "page", "review", "survey"],
            )
    for _ in range(4):
        c = person(fam, "grumbles_once", "grumbles once", tolerated=["silence"])
        d = rng.randint(0, 2)
        t = fam.when(d, 9, 17)
        add(fam, c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        text, answer = rng.choice(W.MILD[c.lang])
        t2 = t + timedelta(minutes=rng.randint(20, 30))
        if rng.random() < 0.5:
            g = add(fam, c, t2, "chat", "chat", text)
            add(fam, c, t2 + timedelta(minutes=rng.randint(2, 6)), "chat", "chat", answer, out=True)
        else:
            g = add(fam, c, t2, "web", "ticket", text, attrs={"page": "/help/contact"})
            add(
                fam,
                c,
                t2 + timedelta(minutes=rng.randint(20, 60)),
                "email",
                "message",
                answer,
                subject="Requiva",
                out=True,
            )
        c.truth.update(grumble_event_id=g, trouble_starts_at=iso(t2))
    owl = 0
    for night in range(3):
        first = fam.at(night + 1, rng.uniform(0.67, 1.08)).replace(second=0, microsecond=0)
        starts = [
            first,
            first + timedelta(minutes=rng.randint(28, 33)),
            first + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                owl += 1
                c = person(fam, "night_owl", f"night {night + 1}, burst {b + 1}", burst_at=iso(bs))
                t = bs + timedelta(minutes=rng.randint(0, 9))
                if rng.random() < 0.5:
                    q, a = rng.choice(W.NIGHT_Q[c.lang])
                    e = add(fam, c, t, "chat", "chat", q)
                    add(
                        fam,
                        c,
                        t + timedelta(minutes=rng.randint(2, 5)),
                        "chat",
                        "chat",
                        a,
                        out=True,
                    )
                    add(
                        fam,
                        c,
                        t + timedelta(minutes=rng.randint(6, 9)),
                        "chat",
                        "chat",
                        rng.choice(W.THANKS[c.lang]),
                    )
                else:
                    ch = rng.choice(["social", "community"])
                    e = add(
                        fam,
                        c,
                        t,
                        ch,
                        "mention" if ch == "social" else "post",
                        rng.choice(W.NIGHT_POSTS[c.lang]),
                    )
                c.truth["night_event_id"] = e
                if owl % 2 == 0:
                    happy_act(
                        fam,
                        c,
                        fam.when(rng.randint(0, 2), 9, 17.5),
                        survey=False,
                        kinds=["praise", "purchase", "page"],
                    )


PAIRS = (
    [("de", "fr")] * 5
    + [("fr", "de")] * 5
    + [
        ("de", "en"),
        ("en", "fr"),
        ("de", "en"),
        ("fr", "en"),
        ("en", "fr"),
        ("de", "it"),
        ("it", "de"),
        ("fr", "es"),
        ("es", "fr"),
        ("fr", "pt"),
        ("pt", "fr"),
        ("de", "es"),
        ("fr", "it"),
        ("en", "de"),
        ("de", "pt"),
        ("it", "fr"),
        ("es", "de"),
    ]
)
PAIR_MARKET = {
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "LU", "CH"],
    "en": ["UK", "IE"],
    "es": ["ES"],
    "it": ["IT", "CH"],
    "pt": ["PT"],
}
SECOND_WHY = [
    "works across the border",
    "partner's family language",
    "grew up in the other country",
    "the grave is in the other country",
    "studied there",
]


def bilingual(fam: Fam) -> None:
    rng = fam.rng
    pairs = PAIRS[:]
    rng.shuffle(pairs)

    def bi(
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
    ) -> tuple[Cust, list[str]]:
        a, b = pairs.pop()
        market = rng.choice(PAIR_MARKET[a] + PAIR_MARKET[b])
        c = person(
            fam,
            persona,
            habit,
            lang=a,
            market=market,
            expected=expected,
            tolerated=tolerated,
            languages=[a, b],
            job_second_language=rng.choice(SECOND_WHY),
        )
        return c, [a, b]

    for _ in range(12):
        c, langs = bi("happy", "alternates languages")
        for n, d in enumerate(some_days(rng, 0, 13, rng.randint(5, 8))):
            c.lang = langs[n % 2]
            happy_act(fam, c, fam.when(d, 7, 19))
        c.lang = langs[0]
    for n in [2, 2, 3, 3, 4]:
        c, langs = bi("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        happy_days(fam, c, some_days(rng, 0, 1, rng.randint(1, 2)), survey=False)
        repeat_run(fam, c, rng.randint(2, 5), n, n >= 3, alt_langs=langs)
    for _ in range(5):
        c, langs = bi("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        days = some_days(rng, 0, 5, 5)
        for n, d in enumerate(days):
            c.lang = langs[n % 2]
            happy_act(fam, c, fam.when(d, 8, 20), kinds=["praise"])
        c.lang = langs[0]
        happy_days(
            fam,
            c,
            some_days(rng, 0, 5, rng.randint(1, 3)),
            survey=False,
            kinds=["chat", "purchase", "page"],
        )
        slide(fam, c, rng.randint(7, 8), rng.randint(3, 5), langs=langs)
    for kind in ["long_email", "email", "chat"]:
        a, b = pairs.pop()
        if kind == "long_email":
            a, b = "fr", "de"
        market = rng.choice(PAIR_MARKET[a] + PAIR_MARKET[b])
        c = person(
            fam,
            "happy_one_bad_day",
            "one bad day",
            lang=a,
            market=market,
            tolerated=["silence"],
            languages=[a, b],
            job_second_language=rng.choice(SECOND_WHY),
        )
        happy_days(fam, c, some_days(rng, 0, 4, rng.randint(2, 4)), survey=False)
        day = rng.randint(7, 10)
        bad = fam.when(day, 9, 19)
        c.lang = b
        problem = rng.choice(W.PROBLEMS)
        ch = "chat" if kind == "chat" else "email"
        e = complain(fam, c, bad, ch, problem, long_mail=kind == "long_email")
        case = new_case(rng)
        ack(
            fam,
            c,
            bad + timedelta(minutes=rng.randint(1, 5) if ch == "chat" else rng.randint(10, 40)),
            ch,
            case,
        )
        if ch == "email":
            add(
                fam,
                c,
                night_safe(fam, bad + timedelta(hours=rng.uniform(1, 4))),
                "email",
                "message",
                fill(W.GOOD_NEWS[c.lang], c, case=case),
                subject=W.CASE_SUBJECT[c.lang].format(case=case),
                out=True,
            )
        if kind == "email":
            t2 = night_safe(fam, bad + timedelta(hours=rng.uniform(18, 24)))
            ap = add(fam, c, t2, "chat", "chat", rng.choice(W.APOLOGY[c.lang]))
            c.truth.update(apologised=True, apology_event_id=ap, apology_at=iso(t2))
        c.lang = a
        c.truth.update(
            problem=problem,
            booking=case,
            bad_day_at=iso(bad),
            bad_day_event_id=e,
            bad_day_language=b,
            trouble_starts_at=iso(bad),
            long_email=kind == "long_email",
        )
        happy_days(fam, c, [day + 3], survey=False, kinds=["praise", "purchase"])
    for _ in range(2):
        c, langs = bi("resolved_between_contacts", "fixed", tolerated=["silence"])
        happy_days(fam, c, [0], survey=False)
        fixed = fixed_case(fam, c, rng.randint(2, 6), first_lang=langs[0], second_lang=langs[1])
        c.lang = langs[0]
        c.truth.update(
            problems=[fixed], trouble_starts_at=fixed["raised_at"], confirm_language=langs[1]
        )


def office(fam: Fam, day: int, lo: float = 8.0, hi: float = 16.5) -> datetime:
    t = fam.when(day, lo, hi)
    while t.weekday() >= 5:
        t += timedelta(days=1)
    return t


def next_office(fam: Fam, t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        if t.hour >= 17 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=fam.rng.randrange(0, 50))
        else:
            t = t.replace(hour=8, minute=fam.rng.randrange(0, 50))
    return t


ACCOUNTS = [
    # (market, lang, site, kind, contacts, complainers, problem)
    ("DE", "de", "cemetery office", "at_risk", 5, 3, "portal"),
    ("DE", "de", "funeral home", "at_risk", 4, 3, "invoice"),
    ("FR", "fr", "parish", "at_risk", 6, 3, "service_blocked"),
    ("FR", "fr", "funeral home", "at_risk", 5, 4, "invoice"),
    ("AT", "de", "stonemason", "at_risk", 4, 4, "overbilled"),
    ("DE", "de", "hospice", "one_unhappy", 3, 1, "service_blocked"),
    ("BE", "fr", "funeral home", "one_unhappy", 3, 1, "overbilled"),
    ("UK", "en", "church council", "one_unhappy", 3, 1, "portal"),
    ("ES", "es", "funeral home", "one_unhappy", 3, 1, "invoice"),
    ("CH", "de", "municipality", "mild", 4, 0, ""),
    ("IT", "it", "funeral home", "mild", 3, 0, ""),
    ("LU", "fr", "municipality", "mild", 4, 0, ""),
    ("DE", "de", "funeral home", "happy", 4, 0, ""),
    ("FR", "fr", "monastery", "happy", 4, 0, ""),
    ("PT", "pt", "funeral home", "happy", 4, 0, ""),
]
COMPANY = [
    "Bestattungen Lindner",
    "Friedhofsverwaltung Nordstadt",
    "Paroisse Saint-Martin",
    "Pompes Funèbres Vallée",
    "Steinmetz Aigner",
    "Hospiz am Park",
    "PF Delvaux",
    "St Mary's PCC",
    "Funeraria Robles",
    "Gemeinde Oberrieden",
    "Onoranze Bellini",
    "Commune de Mersch",
    "Pietät Hahn",
    "Abbaye de Léoncel",
    "Agência Funerária Sá",
]
TITLES = [
    "office manager",
    "funeral director",
    "accounts clerk",
    "cemetery administrator",
    "operations lead",
    "purchasing officer",
]


def routine(fam: Fam, c: Cust, t: datetime, high: bool = True) -> None:
    rng = fam.rng
    k = rng.choice(
        ["chat", "purchase", "page", "praise", "survey"] if high else ["chat", "purchase", "page"]
    )
    lang = c.lang
    if k == "chat":
        q, a = rng.choice(B.B2B_QUESTIONS[lang])
        add(fam, c, t, "chat", "chat", q)
        add(fam, c, t + timedelta(minutes=rng.randint(1, 6)), "chat", "chat", a, out=True)
        if rng.random() < 0.6:
            add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(7, 10)),
                "chat",
                "chat",
                rng.choice(W.THANKS[lang]),
            )
    elif k == "purchase":
        name, price = rng.choice(B.B2B_PRODUCTS)
        add(fam, c, t, "web", "page_view", attrs={"page": "/pro/catalogue"})
        v, cur = money(c.market, price)
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(3, 12)),
            "web",
            "purchase",
            attrs={"order_value": v, "currency": cur, "product": name, "page": "/pro/catalogue"},
        )
    elif k == "page":
        add(fam, c, t, "web", "page_view", attrs={"page": rng.choice(B.B2B_PAGES)})
    elif k == "praise":
        add(fam, c, t, "community", "post", B.B2B_PRAISE[lang])
    else:
        which = rng.choice(["nps", "csat", "ces"])
        score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            which
        ]
        add(
            fam,
            c,
            t,
            "survey",
            "survey_response",
            None,
            scores={which: score},
            attrs={"survey": which},
        )


def b2b_accounts(fam: Fam) -> None:
    rng = fam.rng
    for idx, (market, lang, site, kind, n, k, problem) in enumerate(ACCOUNTS):
        acct = unique("acct", lambda m=market: f"RQP-{m}-{rng.randrange(1000, 9999)}")
        company = COMPANY[idx]
        domain = (
            strip_accents(company).lower().replace(" ", "").replace("'", "").replace("-", "")[:18]
            + ".example"
        )
        contacts: list[Cust] = []
        for j in range(n):
            role = (
                "complainer" if j < k else ("suggests" if kind == "mild" and j < 2 else "contact")
            )
            if kind == "at_risk" and role == "complainer":
                last = j == k - 1
                persona, exp = "b2b_unhappy", (["repeat_contact"] if last else ["detractor"])
                tol = [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                ]
            elif role == "complainer":
                persona, exp, tol = (
                    "b2b_one_unhappy",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", [], ["silence"]
            else:
                persona, exp, tol = "b2b_happy", [], []
            title = rng.choice(TITLES)
            c = person(
                fam,
                persona,
                role,
                lang=lang,
                market=market,
                expected=exp,
                tolerated=tol,
                account=acct,
                company_domain=domain,
                company=company,
                role=role,
                job_title=title,
            )
            c.truth["job"] = title
            contacts.append(c)
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in some_days(rng, 0, 13, rng.randint(3, 6)):
                    t = office(fam, d)
                    routine(fam, c, t)
            else:
                for _ in range(rng.randint(0, 2)):
                    routine(fam, c, office(fam, rng.randint(0, 1)), high=False)
        unhappy = [c for c in contacts if c.truth["role"] == "complainer"]
        trouble = None
        if kind == "at_risk":
            case = new_case(rng)
            comp = rng.choice(COMPETITORS)
            t = fam.at(2, rng.uniform(8, 11)).replace(second=0, microsecond=0)
            trouble = iso(t)
            first_c = unhappy[0]
            for j, c in enumerate(unhappy):
                if j > 0:
                    t = next_office(fam, t + timedelta(hours=rng.uniform(8, 28)))
                body = B.B2B_COMPLAINT[lang][problem]
                if j == 0:
                    text = body
                else:
                    dayword = (
                        B.DAYS[lang][5]
                        if first_c.truth["first_at"][:10] == iso(t)[:10]
                        else B.DAYS[lang][
                            datetime.fromisoformat(first_c.truth["first_at"][:-1]).weekday()
                        ]
                    )
                    text = B.B2B_FOLLOW[lang].format(
                        firstc=first_c.first, case=case, day=dayword, complaint=body
                    )
                e = add(
                    fam,
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=f"{B.B2B_SUBJECT[lang][problem]} ({case})"
                    if j
                    else B.B2B_SUBJECT[lang][problem],
                )
                c.truth.update(
                    first_at=iso(t),
                    complaint_event_ids=[e],
                    problem=problem,
                    booking=case,
                    trouble_starts_at=iso(t),
                )
                if j == 0:
                    add(
                        fam,
                        c,
                        t + timedelta(minutes=rng.randint(20, 60)),
                        "email",
                        "message",
                        B.B2B_ACK[lang].format(first=c.first, case=case),
                        subject=f"RE: {case}",
                        out=True,
                    )
                if j < len(unhappy) - 1:
                    s = add(
                        fam,
                        c,
                        t + timedelta(hours=rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(nps_given=True, nps=data_score(fam, s), survey_event_id=s)
                else:
                    t2 = next_office(fam, t + timedelta(hours=rng.uniform(18, 40)))
                    if idx == 1:
                        e2 = add(
                            fam,
                            c,
                            t2,
                            "email",
                            "message",
                            B.B2B_LAST_MAIL[lang].format(case=case, comp=comp),
                            subject=f"RE: {case}",
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = add(
                            fam,
                            c,
                            t2,
                            "phone",
                            "call",
                            B.B2B_LAST_CALL[lang].format(first=c.first, case=case),
                        )
                    c.truth.update(complaint_event_ids=[e, e2], repeat_event_id=e2)
            for c in unhappy:
                c.truth.pop("first_at", None)
        elif kind == "one_unhappy":
            c = unhappy[0]
            t = office(fam, rng.choice([3, 4, 7, 8]), 8, 16)
            case = new_case(rng)
            e = add(
                fam,
                c,
                t,
                "email",
                "message",
                B.B2B_COMPLAINT[lang][problem],
                subject=B.B2B_SUBJECT[lang][problem],
            )
            add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(20, 60)),
                "email",
                "message",
                B.B2B_ACK[lang].format(first=c.first, case=case),
                subject=f"RE: {case}",
                out=True,
            )
            s = add(
                fam,
                c,
                t + timedelta(hours=rng.uniform(1, 3)),
                "survey",
                "survey_response",
                None,
                scores={"nps": rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                complaint_event_ids=[e],
                problem=problem,
                booking=case,
                nps_given=True,
                nps=data_score(fam, s),
                survey_event_id=s,
                trouble_starts_at=iso(t),
            )
        elif kind == "mild":
            for j, c in enumerate([c for c in contacts if c.truth["role"] == "suggests"]):
                t = office(fam, rng.randint(2, 11), 8, 16)
                m = add(
                    fam, c, t, "web", "ticket", B.B2B_MILD[lang][j], attrs={"page": "/pro/feedback"}
                )
                add(
                    fam,
                    c,
                    t + timedelta(minutes=rng.randint(30, 120)),
                    "email",
                    "message",
                    B.B2B_MILD_ACK[lang].format(first=c.first),
                    subject="Requiva Pro",
                    out=True,
                )
                c.truth.update(mild_event_id=m, trouble_starts_at=iso(t))
        fam.accounts[acct] = {
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
            "language": lang,
            "country": market,
        }


SPIKE_START = datetime(2026, 11, 14, 8, 5, tzinfo=UTC)


def spike_message(fam: Fam, c: Cust, t: datetime, ch: str, text: str) -> str:
    """A spike report or a repeat on its channel; chats get the agent's answer."""
    if ch == "chat":
        e = add(fam, c, t, "chat", "chat", text)
        answer_at = t + timedelta(minutes=fam.rng.randint(1, 4))
        add(fam, c, answer_at, "chat", "chat", W.SPIKE_CHAT_ANSWER[c.lang], out=True)
        return e
    if ch == "email":
        return add(fam, c, t, "email", "message", text, subject="RVF-38/2")
    if ch == "web":
        return add(fam, c, t, "web", "ticket", text, attrs={"page": "/app/visits/reports"})
    return add(fam, c, t, ch, "mention" if ch == "social" else "post", text)


def topic_spike(fam: Fam) -> None:
    rng = fam.rng
    langs = ["de"] * 6 + ["fr"] * 6 + ["en", "en", "es", "es", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    offsets = sorted([0, 45] + [rng.randint(1, 44) for _ in range(18)])
    reporters: list[tuple[Cust, datetime, str]] = []
    for i in range(20):
        regular = i < 12
        c = person(
            fam,
            "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            tolerated=["silence"],
            in_spike=True,
            regular=regular,
        )
        if regular:
            for _ in range(rng.randint(1, 2)):
                happy_act(
                    fam,
                    c,
                    fam.when(2, 8, 17.5),
                    survey=False,
                    kinds=["praise", "purchase", "page", "chat"],
                )
        t = SPIKE_START + timedelta(minutes=offsets[i])
        ch = chans[i]
        text = rng.choice(W.SPIKE_REPORT[c.lang])
        e = spike_message(fam, c, t, ch, text)
        c.truth.update(spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t))
        reporters.append((c, t, ch))
    early = [r for r in reporters if r[1] <= SPIKE_START + timedelta(minutes=25)]
    repeaters = rng.sample(early, 6)
    second = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(second)
    rep_ids = []
    for (c, t, ch), ch2 in zip(repeaters, second, strict=True):
        if ch2 == ch:
            ch2 = "email" if ch != "email" else "community"
        t2 = t + timedelta(minutes=rng.randint(15, 50))
        text = rng.choice(W.SPIKE_REPEAT[c.lang])
        e = spike_message(fam, c, t2, ch2, text)
        rep_ids.append(e)
        c.truth.update(
            persona="spike_repeater",
            expected_rules=["repeat_contact"],
            tolerated_rules=["sentiment_drop", "silence"],
            repeat_event_id=e,
        )
    others = [r for r in reporters if r not in repeaters]
    for c, _t, _ch in rng.sample(others, 6):
        local = "10:40" if c.market in ("UK", "IE", "PT") else "11:40"
        credit = {"UK": "£4", "CH": "CHF 5"}.get(c.market, "€4.90" if c.lang == "en" else "4,90 €")
        tt = datetime(2026, 11, 14, 11, rng.randint(5, 15), tzinfo=UTC)
        add(
            fam,
            c,
            tt,
            "email",
            "message",
            fill(W.WORKS_AGAIN[c.lang], c, local=local, credit=credit),
            subject="RVF-38/2",
            out=True,
        )
        c.truth["agent_fixed"] = True
    for _ in range(40):
        c = person(fam, "happy", "day writer")
        for d in some_days(rng, 0, 5, rng.randint(1, 4)):
            lo, hi = (12.0, 19.0) if d == 5 else (7.0, 19.0)
            happy_act(fam, c, fam.when(d, lo, hi))
    for _ in range(2):
        c = person(fam, "grumbles_once", "grumbles once", tolerated=["silence"])
        t = fam.when(0, 9, 17)
        text = {
            "de": "Die Friedhofssuche lädt heute ewig",
            "fr": "La recherche de cimetière met une éternité à charger",
        }.get(c.lang, "Cemetery search is really slow today")
        g = add(fam, c, t, "chat", "chat", text)
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(2, 6)),
            "chat",
            "chat",
            {"de": "Danke, wir schauen uns das an.", "fr": "Merci, nous regardons."}.get(
                c.lang, "Thanks, we're looking into it."
            ),
            out=True,
        )
        c.truth.update(grumble_event_id=g, trouble_starts_at=iso(t))
    for lang, hour in (("de", 9 + 40 / 60), ("fr", 16 + 5 / 60)):
        c = person(fam, "grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = fam.at(4, hour).replace(second=0, microsecond=0)
        q, a = W.LONE_Q[lang]
        e = add(fam, c, t, "chat", "chat", q)
        add(fam, c, t + timedelta(minutes=3), "chat", "chat", a, out=True)
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    keys = [r[0].key for r in reporters]
    fam.spike = {
        "topic": "grave-care app visit-report photos all blurred (whole headstone unreadable), error RVF-38/2",
        "about": "Requiva's new photo pipeline blurs every visit-report photo, old and new, so customers cannot see the care was done",
        "channel": None,
        "start": iso(min(r[1] for r in reporters)),
        "end": iso(max(r[1] for r in reporters)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": [r[0].truth["spike_event_id"] for r in reporters],
        "repeat_event_ids": rep_ids,
    }


# ---------------------------------------------------------------- output


def finish(fam: Fam, expected_counts: dict[str, int]) -> None:
    fam.rows.sort(key=lambda r: (r.at, r.seq))
    seen: set[str] = set()
    rng = fam.r2
    for r in fam.rows:
        c, d = r.cust, r.data
        full = d["direction"] == "outbound" or c.key not in seen
        if d["direction"] == "inbound":
            seen.add(c.key)
        ref: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
        elif d["channel"] == "phone":
            cc = PHONE[c.market][0]
            ref["phone"] = c.phone.replace(cc, cc + " ", 1) if rng.random() < 0.5 else c.phone
        elif d["channel"] in ("social", "community"):
            if c.handle:
                ref["handle"] = c.handle if rng.random() >= 0.2 else c.handle.lstrip("@")
            else:
                ref["email"] = c.email
        elif d["channel"] == "email":
            ref["email"] = c.email.upper() if rng.random() < 1 / 12 else c.email
        else:
            ref["customer_id"] = c.key
        d["customer"] = ref
    got: dict[str, int] = {}
    for c in fam.custs.values():
        for rule in c.truth["expected_rules"]:
            got[rule] = got.get(rule, 0) + 1
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{c.key} expects and tolerates a rule")
        if c.key not in seen:
            raise SystemExit(f"{c.key} has no inbound touchpoint")
    for a in fam.accounts.values():
        for rule in a["expected_rules"]:
            got[rule] = got.get(rule, 0) + 1
    if fam.spike:
        got["topic_spike"] = 1
    if got != expected_counts:
        raise SystemExit(f"{fam.name}: expected {expected_counts}, planted {got}")
    last = fam.rows[-1].at
    end = max(fam.at(fam.days), last + timedelta(hours=1))
    for r in fam.rows:
        if r.at.year != 2026 or r.at < fam.start:
            raise SystemExit(f"{r.data['event_id']} out of range")
    truth = {
        "config": {
            "family": fam.name,
            "about": fam.about,
            "business": BUSINESS,
            "competitors": list(COMPETITORS),
            "days": fam.days,
            "seed": SEED * 100 + fam.n,
            "written": WRITTEN,
            "expected": dict(sorted(expected_counts.items())),
        },
        "start": iso(fam.start),
        "end": iso(end),
        "customers": {k: fam.custs[k].truth for k in sorted(fam.custs)},
        "accounts": fam.accounts,
        "spike": fam.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{fam.name}.jsonl").write_text(
        "".join(json.dumps(r.data, ensure_ascii=False) + "\n" for r in fam.rows), "utf-8"
    )
    (HERE / f"{fam.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
    )


FAMILIES: list[tuple[str, str, datetime, int, str, Any, dict[str, int]]] = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers by day and night, and survey-only ones",
        happy_writers,
        {},
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry day",
        one_bad_day,
        {"detractor": 6},
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "one open problem raised again and again",
        repeat_contacts,
        {"repeat_contact": 12},
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "slides, leavers, grumpy and sarcastic customers",
        slow_churners,
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm weekend with night-owl bursts",
        quiet_hours,
        {},
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages",
        bilingual,
        {"repeat_contact": 5, "sentiment_drop": 5},
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Requiva Pro accounts: funeral homes, parishes, cemetery offices",
        b2b_accounts,
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week and blurred visit-report photos on Saturday morning",
        topic_spike,
        {"topic_spike": 1, "repeat_contact": 6},
    ),
]


def main() -> None:
    for n, (name, code, start, days, about, build, expected) in enumerate(FAMILIES, start=1):
        fam = Fam(name, code, n, start, days, about)
        build(fam)
        finish(fam, expected)
        print(f"{name}: {len(fam.custs)} customers, {len(fam.rows)} touchpoints")


if __name__ == "__main__":
    main()
