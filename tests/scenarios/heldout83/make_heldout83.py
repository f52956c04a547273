# ruff: noqa: E501
"""Build tests/scenarios/heldout83/ (Clorello, pool and hot-tub care), blind.

Standalone and deterministic: standard library only, one ``random.Random`` per
family for the stories and one more for the roughening and identifier
variants. Run ``python make_heldout83.py`` from anywhere.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable, Sequence
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
WRITTEN = "2026-12-04"
BUSINESS = (
    "Clorello: pool and hot-tub care by app and web for households (service visits, "
    "water tests, chemicals delivered, season opening and winterising, repairs, "
    "emergency call-outs, Care Plus membership) and Clorello Pro for hotels, campsites, "
    "gyms, schools and housing blocks on account"
)
LIMIT = datetime(2026, 11, 21, tzinfo=UTC)
LANG_WEIGHTS = {"en": 30, "it": 30, "fr": 10, "de": 10, "pt": 10, "es": 10}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "en": [("UK", 3), ("IE", 1)],
    "it": [("IT", 4), ("CH", 1)],
    "fr": [("FR", 3), ("BE", 1), ("CH", 1)],
    "de": [("DE", 3), ("AT", 1), ("CH", 1)],
    "pt": [("PT", 1)],
    "es": [("ES", 1)],
}
PHONES: dict[str, tuple[str, list[str], int]] = {
    "UK": ("44", ["74", "75", "77", "78", "79"], 8),
    "IE": ("353", ["83", "85", "86", "87"], 7),
    "IT": ("39", ["320", "328", "333", "347", "349", "366", "380"], 7),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["470", "471", "475", "477", "486", "494"], 6),
    "DE": ("49", ["151", "152", "160", "170", "171", "176"], 8),
    "AT": ("43", ["650", "660", "664", "676", "699"], 7),
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "ES": ("34", ["6", "7"], 8),
}
TOWNS: dict[str, list[str]] = {
    "UK": ["Guildford", "Harrogate", "Exeter", "Chelmsford", "Bath", "Truro", "Sevenoaks"],
    "IE": ["Kinsale", "Malahide", "Galway", "Wexford"],
    "IT": [
        "Forte dei Marmi",
        "Pesaro",
        "Verona",
        "Lecce",
        "Cagliari",
        "Bergamo",
        "Rimini",
        "Anzio",
    ],
    "CH": ["Lugano", "Locarno", "Geneva", "Zug"],
    "FR": ["Nîmes", "Antibes", "Arcachon", "Aix-en-Provence"],
    "BE": ["Waterloo", "Namur"],
    "DE": ["Freiburg", "Potsdam", "Regensburg", "Starnberg"],
    "AT": ["Klagenfurt", "Baden"],
    "PT": ["Cascais", "Faro", "Braga", "Setúbal"],
    "ES": ["Marbella", "Dénia", "Sitges", "Murcia"],
}
FIRSTS: dict[str, list[str]] = {
    "en": [
        "Olivia",
        "James",
        "Hannah",
        "Rory",
        "Megan",
        "Tom",
        "Aisling",
        "Callum",
        "Fiona",
        "Ben",
        "Grace",
        "Declan",
        "Holly",
        "Nathan",
        "Siobhan",
        "Lewis",
        "Ruth",
        "Owen",
        "Emma",
        "Patrick",
        "Chloe",
        "Gareth",
        "Niamh",
        "Sam",
    ],
    "it": [
        "Chiara",
        "Luca",
        "Francesca",
        "Matteo",
        "Giorgia",
        "Davide",
        "Silvia",
        "Andrea",
        "Valentina",
        "Paolo",
        "Federica",
        "Simone",
        "Martina",
        "Stefano",
        "Ilaria",
        "Riccardo",
        "Sara",
        "Lorenzo",
        "Alessia",
        "Fabio",
        "Beatrice",
        "Enrico",
        "Laura",
        "Nicola",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Manon",
        "Thomas",
        "Léa",
        "Nicolas",
        "Chloé",
        "Antoine",
        "Inès",
        "Pierre",
    ],
    "de": [
        "Anna",
        "Jonas",
        "Lea",
        "Felix",
        "Katrin",
        "Tobias",
        "Miriam",
        "Stefan",
        "Julia",
        "Markus",
    ],
    "pt": [
        "Mariana",
        "João",
        "Beatriz",
        "Rui",
        "Catarina",
        "Pedro",
        "Sofia",
        "Miguel",
        "Rita",
        "Tiago",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Diego",
        "Elena",
        "Sergio",
        "Carmen",
        "Álvaro",
        "Nuria",
        "Pablo",
    ],
}
SURNAMES: dict[str, list[str]] = {
    "en": [
        "Walsh",
        "Pritchard",
        "Hughes",
        "O'Neill",
        "Barker",
        "Kennedy",
        "Lloyd",
        "Fraser",
        "Doyle",
        "Marsh",
        "Bennett",
        "Quinn",
        "Harper",
        "Byrne",
        "Cole",
        "Dawson",
    ],
    "it": [
        "Ferraro",
        "Colombo",
        "Ricci",
        "Marchetti",
        "Gallo",
        "Conti",
        "De Luca",
        "Bruno",
        "Moretti",
        "Lombardi",
        "Barbieri",
        "Fontana",
        "Santoro",
        "Mariani",
        "Rinaldi",
        "Caruso",
    ],
    "fr": ["Moreau", "Laurent", "Girard", "Fournier", "Rousseau", "Blanc", "Garnier", "Chevalier"],
    "de": ["Hoffmann", "Schäfer", "Krüger", "Wagner", "Becker", "Vogel", "Lang", "Brandt"],
    "pt": ["Ferreira", "Carvalho", "Lopes", "Pinto", "Sousa", "Teixeira", "Correia", "Mendes"],
    "es": ["García", "Navarro", "Romero", "Ortega", "Castillo", "Molina", "Serrano", "Vidal"],
}
JOBS = [
    "teacher",
    "nurse",
    "accountant",
    "electrician",
    "pharmacist",
    "architect",
    "shop owner",
    "police officer",
    "software developer",
    "dentist",
    "chef",
    "retired engineer",
    "estate agent",
    "physiotherapist",
    "journalist",
    "bus driver",
    "lawyer",
    "farmer",
    "vet",
    "graphic designer",
]
AGENTS = {
    "en": ["Sophie", "Callum", "Priya"],
    "it": ["Giulia", "Marco", "Elena"],
    "fr": ["Camille", "Hugo"],
    "de": ["Jana", "Lukas"],
    "pt": ["Inês", "Tiago"],
    "es": ["Lucía", "Pablo"],
}
DOMAINS = [
    "mailbox.example",
    "posta.example",
    "inbox.example",
    "webmail.example",
    "casa.example",
    "home.example",
]
SOURCES = {
    "email": "clorello-mail",
    "phone": "clorello-voice",
    "social": "clorello-social",
    "community": "clorello-forum",
    "chat": "clorello-chat",
    "web": "clorello-web",
    "survey": "clorello-survey",
}
SECOND_LANG_WHY = {
    "en": "works for a British-owned holiday-let company",
    "it": "grew up with an Italian mother",
    "fr": "studied in Lyon and keeps French for letters",
    "de": "works for a German engineering firm",
    "pt": "married into a Portuguese family",
    "es": "spent ten years in Valencia",
}

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
GRUMPY_TOL = ["repeat_contact", "silence"]
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone: str
    cc: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Row:
    t: datetime
    seq: int
    cust: str
    tp: dict[str, Any]
    first_ids: bool = False


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    rng: random.Random
    rr: random.Random
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    planted: dict[str, int] = field(default_factory=dict)

    def at(self, day: float, hour: int = 0, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def day_time(self, day: int, lo: float = 7.0, hi: float = 21.0) -> datetime:
        minutes = self.rng.randint(int(lo * 60), int(hi * 60))
        return self.at(day) + timedelta(minutes=minutes)


def unique(make: Callable[[], str]) -> str:
    for _ in range(1000):
        value = make()
        if value.lower() not in USED:
            USED.add(value.lower())
            return value
    raise RuntimeError("no unique value")


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def roughen(f: Fam, text: str) -> str:
    if f.rr.random() < 0.10:
        text = strip_accents(text)
    if f.rr.random() < 0.125 and text[:1].isupper() and not text.startswith("E7"):
        text = text[0].lower() + text[1:]
    if f.rr.random() < 1 / 7:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if idx:
            i = f.rr.choice(idx)
            w = words[i]
            j = f.rr.randint(1, len(w) - 3)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def mention(text: str) -> str:
    pos = text.rfind("Clorello")
    if pos >= 0:
        return text[:pos] + "@" + text[pos:]
    return "@Clorello " + text


def pick_lang(f: Fam) -> str:
    langs = list(LANG_WEIGHTS)
    return f.rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]


def pick_market(f: Fam, lang: str) -> str:
    opts = MARKETS[lang]
    return f.rng.choices([m for m, _ in opts], weights=[w for _, w in opts])[0]


def ascii_slug(text: str) -> str:
    return "".join(c for c in strip_accents(text).lower() if c.isalnum())


def person(
    f: Fam,
    persona: str,
    habit: str,
    lang: str | None = None,
    market: str | None = None,
    expected: Sequence[str] = (),
    tolerated: Sequence[str] = (),
    account: str | None = None,
    company_domain: str | None = None,
    **extra: Any,
) -> Cust:
    lang = lang or pick_lang(f)
    market = market or pick_market(f, lang)
    first = f.rng.choice(FIRSTS[lang])
    last = f.rng.choice(SURNAMES[lang])
    key = unique(lambda: f"CL{f.code}{f.rng.randint(1000, 9999)}")
    fs, ls = ascii_slug(first), ascii_slug(last)
    if company_domain:
        email = unique(
            lambda: (
                f"{fs}.{ls}@{company_domain}"
                if f.rng.random() < 0.7
                else f"{fs[0]}{ls}{f.rng.randint(1, 9)}@{company_domain}"
            )
        )
        handle = None
    else:
        email = unique(
            lambda: (
                f.rng.choice(
                    [
                        f"{fs}.{ls}",
                        f"{fs}{ls}{f.rng.randint(1, 99)}",
                        f"{fs[0]}{ls}",
                        f"{ls}.{fs}{f.rng.randint(1, 9)}",
                    ]
                )
                + "@"
                + f.rng.choice(DOMAINS)
            )
        )
        handle = unique(
            lambda: (
                "@"
                + f.rng.choice(
                    [
                        f"{ls}_{fs}{f.rng.randint(1, 9)}",
                        f"{fs}{ls}{f.rng.randint(10, 99)}",
                        f"{fs}_{ls}",
                        f"{ls}{fs[0]}",
                        f"{fs}.pool{f.rng.randint(1, 99)}",
                    ]
                )
            )
        )
    cc, prefixes, rest = PHONES[market]
    phone = unique(
        lambda: (
            "+"
            + cc
            + f.rng.choice(prefixes)
            + "".join(str(f.rng.randint(0, 9)) for _ in range(rest))
        )
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
        "job": extra.pop("job", f.rng.choice(JOBS)),
        "town": f.rng.choice(TOWNS[market]),
    }
    truth.update(extra)
    c = Cust(key, lang, market, first, last, email, phone, cc, handle, account, truth)
    f.custs[key] = c
    return c


def money(c: Cust, eur: int, spoken: bool = False, lang: str | None = None) -> str:
    lang = lang or c.lang
    if c.market == "UK":
        v = round(eur * 0.86)
        if spoken:
            return f"{v} " + {"en": "pounds", "it": "sterline"}.get(lang, "pounds")
        return f"£{v}"
    if c.market == "CH":
        v = round(eur * 0.94)
        if spoken:
            return f"{v} " + {"de": "Franken", "it": "franchi"}.get(lang, "francs")
        return f"CHF {v}"
    if spoken:
        return f"{eur} " + {"en": "euros", "it": "euro", "de": "Euro"}.get(lang, "euros")
    return f"€{eur}" if lang == "en" else f"{eur} €"


def currency(c: Cust) -> tuple[str, float]:
    if c.market == "UK":
        return "GBP", 0.86
    if c.market == "CH":
        return "CHF", 0.94
    return "EUR", 1.0


SEQ = [0]


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
    raw: bool = False,
    lang: str | None = None,
) -> str:
    SEQ[0] += 1
    eid = f"cl83-{f.code.lower()}-{SEQ[0]:05d}"
    attributes: dict[str, str] = {"market": c.market}
    if c.account:
        attributes["segment"] = "b2b"
    if attrs:
        attributes.update(attrs)
    if out:
        attributes["agent"] = f.rng.choice(AGENTS[lang or c.lang])
        if text is not None:
            text = text.replace("{agent}", attributes["agent"])
    if text is not None and not out:
        if channel == "social" and not c.account:
            text = mention(text)
        if not raw:
            text = roughen(f, text)
    tp: dict[str, Any] = {
        "event_id": eid,
        "occurred_at": iso(t),
        "channel": channel,
        "kind": kind,
        "direction": "outbound" if out else "inbound",
        "customer": {},
        "text": text,
        "subject": subject,
        "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
        "source": SOURCES[channel],
        "attributes": attributes,
    }
    f.rows.append(Row(t, SEQ[0], c.key, tp))
    return eid


def fill(template: str, c: Cust, **kw: Any) -> str:
    values: dict[str, Any] = {
        "first": c.first,
        "agent": "{agent}",
        "case": "",
        "amt": "",
        "comp": "",
        "topic": "",
        "product": "",
        "when": "",
        "name": c.first,
        "company": "",
        "day": "",
    }
    values.update(kw)
    return template.format(**values)


def morning(t: datetime, lo: int = 7, hi: int = 22, f: Fam | None = None) -> datetime:
    """Move a time out of the night (hi:00-lo:00) to the next morning 08:00-08:59."""
    extra = f.rng.randint(0, 59) if f else 0
    if t.hour >= hi:
        return (t + timedelta(days=1)).replace(hour=8, minute=extra, second=0)
    if t.hour < lo:
        return t.replace(hour=8, minute=extra, second=0)
    return t


def case_ref(f: Fam) -> str:
    return unique(lambda: f"CL-26-{f.rng.randint(10000, 99999)}")


# --- acts ------------------------------------------------------------------------


def happy_act(
    f: Fam, c: Cust, t: datetime, kinds: Sequence[str] | None = None, lang: str | None = None
) -> str:
    lang = lang or c.lang
    kinds = kinds or [
        "praise",
        "praise",
        "again",
        "gripe",
        "chat",
        "chat",
        "mail",
        "call",
        "purchase",
        "purchase",
        "page",
        "review",
        "survey",
    ]
    k = f.rng.choice(list(kinds))
    rng = f.rng
    if k == "praise":
        ch = rng.choice(["community", "social"])
        return add(
            f,
            c,
            t,
            ch,
            "post" if ch == "community" else "mention",
            rng.choice(W.PRAISE[lang]),
            lang=lang,
        )
    if k == "again":
        return add(f, c, t, "community", "post", rng.choice(W.AGAIN[lang]), lang=lang)
    if k == "gripe":
        if rng.random() < 0.5:
            return add(
                f,
                c,
                t,
                "web",
                "review",
                rng.choice(W.GRIPE[lang]),
                attrs={"rating": "4", "page": "/reviews"},
                lang=lang,
            )
        return add(f, c, t, "community", "post", rng.choice(W.GRIPE[lang]), lang=lang)
    if k == "chat":
        q, a, th = rng.choice(W.CHAT_Q[lang])
        eid = add(f, c, t, "chat", "chat", q, lang=lang)
        t2 = t + timedelta(minutes=rng.randint(1, 6))
        add(f, c, t2, "chat", "chat", fill(a, c), out=True, lang=lang)
        if rng.random() < 0.7:
            add(f, c, t2 + timedelta(minutes=rng.randint(1, 3)), "chat", "chat", th, lang=lang)
        return eid
    if k == "mail":
        s, q, a = rng.choice(W.MAIL_Q[lang])
        eid = add(f, c, t, "email", "message", fill(q, c), subject=s, lang=lang)
        t2 = morning(t + timedelta(minutes=rng.randint(20, 150)), f=f)
        add(f, c, t2, "email", "message", fill(a, c), subject="Re: " + s, out=True, lang=lang)
        return eid
    if k == "call":
        q, a = rng.choice(W.CALL_Q[lang])
        eid = add(f, c, t, "phone", "call", q, raw=True, lang=lang)
        add(
            f,
            c,
            t + timedelta(minutes=rng.randint(10, 30)),
            "email",
            "message",
            fill(a, c),
            subject="Clorello",
            out=True,
            lang=lang,
        )
        return eid
    if k == "purchase":
        label, eur, page = rng.choice(W.PRODUCTS)
        cur, rate = currency(c)
        add(f, c, t, "web", "page_view", attrs={"page": page}, lang=lang)
        return add(
            f,
            c,
            t + timedelta(minutes=rng.randint(3, 15)),
            "web",
            "purchase",
            attrs={
                "order_value": f"{eur * rate:.2f}",
                "currency": cur,
                "product": label,
                "page": page,
            },
            lang=lang,
        )
    if k == "page":
        return add(f, c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)}, lang=lang)
    if k == "review":
        return add(
            f,
            c,
            t,
            "web",
            "review",
            rng.choice(W.REVIEW[lang]),
            attrs={"rating": rng.choice(["4", "5", "5"]), "page": "/reviews"},
            lang=lang,
        )
    return survey_happy(f, c, t, lang)


def survey_happy(f: Fam, c: Cust, t: datetime, lang: str | None = None) -> str:
    lang = lang or c.lang
    which = f.rng.choice(["nps", "csat", "ces"])
    score = {"nps": f.rng.randint(9, 10), "csat": f.rng.randint(4, 5), "ces": f.rng.randint(6, 7)}[
        which
    ]
    word = f.rng.choice(W.SURVEY_HAPPY[lang]) or None
    return add(
        f,
        c,
        t,
        "survey",
        "survey_response",
        word,
        scores={which: score},
        attrs={"survey": which},
        raw=True,
        lang=lang,
    )


def night_act(f: Fam, c: Cust, t: datetime) -> str:
    if f.rng.random() < 0.5:
        ch = f.rng.choice(["community", "social"])
        return add(
            f,
            c,
            t,
            ch,
            "post" if ch == "community" else "mention",
            f.rng.choice(W.NIGHT_POST[c.lang]),
        )
    q, a, th = f.rng.choice(W.NIGHT_CHAT[c.lang])
    eid = add(f, c, t, "chat", "chat", q)
    t2 = t + timedelta(minutes=f.rng.randint(1, 5))
    add(f, c, t2, "chat", "chat", fill(a, c), out=True)
    add(f, c, t2 + timedelta(minutes=f.rng.randint(1, 3)), "chat", "chat", th)
    return eid


def days_apart(f: Fam, n: int, lo: int, hi: int) -> list[int]:
    pool = list(range(lo, hi + 1))
    return sorted(f.rng.sample(pool, min(n, len(pool))))


def problem_text(f: Fam, c: Cust, problem: str, lang: str, call: bool = False) -> str:
    eur = W.AMOUNTS[problem]
    if call:
        return fill(W.CALL[problem][lang], c, amt=money(c, eur, spoken=True, lang=lang))
    return fill(f.rng.choice(W.SHORT[problem][lang]), c, amt=money(c, eur, lang=lang))


def complain(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, lang: str, long_email: bool = False
) -> str:
    topic = W.TOPIC[problem][lang]
    if channel == "phone":
        return add(
            f,
            c,
            t,
            "phone",
            "call",
            problem_text(f, c, problem, lang, call=True),
            raw=True,
            lang=lang,
        )
    text = problem_text(f, c, problem, lang)
    if long_email:
        text = fill(f.rng.choice(W.LONG_EMAIL[lang]), c, complaint=text)
    if channel == "email":
        return add(
            f,
            c,
            t,
            "email",
            "message",
            text,
            subject=W.COMPLAINT_SUBJECT[lang].format(topic=topic),
            lang=lang,
        )
    if channel == "chat":
        return add(f, c, t, "chat", "chat", text, lang=lang)
    if channel == "web":
        return add(
            f,
            c,
            t,
            "web",
            "ticket",
            text,
            subject=W.COMPLAINT_SUBJECT[lang].format(topic=topic),
            attrs={"page": "/help/contact"},
            lang=lang,
        )
    return add(f, c, t, "social", "mention", text, lang=lang)


def case_reply(f: Fam, c: Cust, t: datetime, channel: str, case: str, lang: str) -> datetime:
    if channel == "chat":
        t2 = t + timedelta(minutes=f.rng.randint(1, 4))
        add(
            f,
            c,
            t2,
            "chat",
            "chat",
            fill(f.rng.choice(W.AGENT_CASE_CHAT[lang]), c, case=case),
            out=True,
            lang=lang,
        )
        return t2
    t2 = morning(t + timedelta(minutes=f.rng.randint(10, 40)), f=f)
    add(
        f,
        c,
        t2,
        "email",
        "message",
        fill(f.rng.choice(W.AGENT_CASE_MAIL[lang]), c, case=case),
        subject=W.CASE_SUBJECT[lang].format(case=case),
        out=True,
        lang=lang,
    )
    return t2


def good_news(f: Fam, c: Cust, t: datetime, case: str, lang: str) -> str:
    return add(
        f,
        c,
        t,
        "email",
        "message",
        fill(f.rng.choice(W.AGENT_GOOD_NEWS[lang]), c, case=case),
        subject=W.CASE_SUBJECT[lang].format(case=case),
        out=True,
        lang=lang,
    )


def confirm(f: Fam, c: Cust, t: datetime, case: str, lang: str, channel: str) -> str:
    text = fill(f.rng.choice(W.CONFIRM[lang]), c, case=case)
    if channel == "chat":
        return add(f, c, t, "chat", "chat", text, lang=lang)
    return add(
        f, c, t, "email", "message", text, subject=W.RE_SUBJECT[lang].format(case=case), lang=lang
    )


# --- families ---------------------------------------------------------------------


def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = person(f, "happy", "day writer")
        for d in days_apart(f, f.rng.randint(5, 8), 0, f.days - 1):
            happy_act(f, c, f.day_time(d, 7, 19))
    for _ in range(5):
        c = person(f, "happy", "night writer")
        for d in days_apart(f, f.rng.randint(2, 4), 0, f.days - 2):
            minute = f.rng.randint(22 * 60 + 12, 28 * 60 + 30)
            night_act(f, c, f.at(d, 0, minute))
        for d in days_apart(f, f.rng.randint(2, 3), 0, f.days - 1):
            happy_act(f, c, f.day_time(d, 9, 18), kinds=["praise", "purchase", "page", "review"])
    for _ in range(5):
        c = person(f, "happy", "answers surveys")
        for d in days_apart(f, f.rng.randint(3, 6), 0, f.days - 1):
            survey_happy(f, c, f.day_time(d, 8, 20))


def happy_around(f: Fam, c: Cust, n: int, bad_day: int, lang: str | None = None) -> None:
    ok = [d for d in range(f.days) if d <= bad_day - 2 or d >= bad_day + 3]
    for d in sorted(f.rng.sample(ok, min(n, len(ok)))):
        happy_act(
            f,
            c,
            f.day_time(d, 8, 20),
            kinds=["praise", "again", "gripe", "chat", "purchase", "page", "review"],
            lang=lang,
        )


def one_bad_day(f: Fam) -> None:
    channels = ["long", "email", "chat", "social", "web", "phone"]
    plan = [(W.PROBLEMS[i % 6], channels[i // 4]) for i in range(24)]
    f.rng.shuffle(plan)
    with_case = [i for i, (_, ch) in enumerate(plan) if ch != "social"]
    nps_set = set(f.rng.sample(with_case, 6))
    csat_set = set(f.rng.sample([i for i in with_case if i not in nps_set], 5))
    good_set = set(f.rng.sample(with_case, 12))
    apology_set = set(f.rng.sample(sorted(good_set), 5))
    long_langs = ["en", "en", "it", "it"]
    for i, (problem, ch) in enumerate(plan):
        lang = long_langs.pop() if ch == "long" else None
        det = i in nps_set
        c = person(
            f,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if det else [],
            tolerated=["silence"],
            problem=problem,
            long_email=ch == "long",
        )
        bd = f.rng.randint(2, 9)
        t = f.day_time(bd, 8, 20)
        channel = "email" if ch == "long" else ch
        eid = complain(f, c, t, problem, channel, c.lang, long_email=ch == "long")
        tr = c.truth
        tr.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "channel": channel,
                "booking": None,
                "agent_fixed": False,
                "apologised": False,
                "nps_given": False,
                "csat_given": False,
            }
        )
        if ch != "social":
            case = case_ref(f)
            tr["booking"] = case
            case_reply(f, c, t, channel, case, c.lang)
            if det:
                score = f.rng.randint(1, 5)
                sid = add(
                    f,
                    c,
                    t + timedelta(minutes=f.rng.randint(100, 140)),
                    "survey",
                    "survey_response",
                    f.rng.choice(W.NPS_LOW[c.lang]) or None,
                    scores={"nps": score},
                    attrs={"survey": "nps"},
                    raw=True,
                )
                tr.update({"nps_given": True, "nps": score, "survey_event_id": sid})
            if i in csat_set:
                score = f.rng.randint(1, 2)
                sid = add(
                    f,
                    c,
                    t + timedelta(minutes=f.rng.randint(40, 80)),
                    "survey",
                    "survey_response",
                    f.rng.choice(W.CSAT_LOW[c.lang]) or None,
                    scores={"csat": score},
                    attrs={"survey": "csat"},
                    raw=True,
                )
                tr.update({"csat_given": True, "csat": score, "survey_event_id": sid})
            if i in good_set:
                good_news(
                    f, c, morning(t + timedelta(minutes=f.rng.randint(60, 240)), f=f), case, c.lang
                )
                tr["agent_fixed"] = True
                if i in apology_set:
                    ta = morning(t + timedelta(minutes=f.rng.randint(16 * 60, 24 * 60)), f=f)
                    aid = (
                        add(f, c, ta, "chat", "chat", f.rng.choice(W.APOLOGY[c.lang]))
                        if f.rng.random() < 0.5
                        else add(
                            f,
                            c,
                            ta,
                            "email",
                            "message",
                            f.rng.choice(W.APOLOGY[c.lang]),
                            subject=W.RE_SUBJECT[c.lang].format(case=case),
                        )
                    )
                    tr.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
        happy_around(f, c, f.rng.randint(1, 5), bd)
    for _ in range(8):
        c = person(f, "happy", "control")
        for d in days_apart(f, f.rng.randint(4, 7), 0, f.days - 1):
            happy_act(f, c, f.day_time(d, 8, 20))


def later_channel(f: Fam, used: list[str]) -> str:
    opts = [x for x in ["email", "chat", "phone", "web", "social"] if x not in used]
    return f.rng.choice(opts)


def repeat_run(
    f: Fam,
    c: Cust,
    problem: str,
    first_t: datetime,
    first_ch: str,
    n: int,
    quality: bool,
    langs: Sequence[str],
) -> None:
    """A problem raised n times, still open; langs alternate contact by contact."""
    case = case_ref(f)
    lang0 = langs[0]
    eids = [complain(f, c, first_t, problem, first_ch, lang0)]
    if first_ch == "chat" or not quality:
        case_reply(f, c, first_t, first_ch, case, lang0)
    if quality:
        tq = morning(first_t + timedelta(minutes=f.rng.randint(90, 150)), f=f)
        add(
            f,
            c,
            tq,
            "email",
            "message",
            fill(W.AGENT_QUALITY[lang0][0], c, case=case),
            subject=W.CASE_SUBJECT[lang0].format(case=case),
            out=True,
            lang=lang0,
        )
    used = [first_ch]
    t = first_t
    comp = None
    for k in range(1, n):
        lang = langs[k % len(langs)]
        t = morning(t + timedelta(minutes=f.rng.randint(4 * 60, 40 * 60)), f=f)
        ch = later_channel(f, used)
        used.append(ch)
        topic = W.TOPIC[problem][lang]
        kw: dict[str, Any] = {"case": case, "topic": topic}
        if k == 2:
            comp = f.rng.choice(W.COMPETITORS)
            kw["comp"] = comp
        if ch == "phone":
            text = fill(W.REPEAT_CALL[lang][0], c, **kw)
            if k == 2:
                text += " " + fill(W.CALL_COMP[lang][0], c, **kw)
            if k == 3:
                text = W.CALL_FOURTH[lang][0] + " " + text
            eids.append(add(f, c, t, "phone", "call", text, raw=True, lang=lang))
            continue
        table = W.REPEAT2 if k == 1 else W.REPEAT3 if k == 2 else W.REPEAT4
        text = fill(f.rng.choice(table[lang]), c, **kw)
        if ch == "email":
            eids.append(
                add(
                    f,
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=W.RE_SUBJECT[lang].format(case=case),
                    lang=lang,
                )
            )
        elif ch == "web":
            eids.append(
                add(
                    f,
                    c,
                    t,
                    "web",
                    "ticket",
                    text,
                    subject=W.RE_SUBJECT[lang].format(case=case),
                    attrs={"page": "/help/contact"},
                    lang=lang,
                )
            )
        elif ch == "social":
            eids.append(add(f, c, t, "social", "mention", text, lang=lang))
        else:
            eids.append(add(f, c, t, "chat", "chat", text, lang=lang))
            add(
                f,
                c,
                t + timedelta(minutes=f.rng.randint(1, 4)),
                "chat",
                "chat",
                fill(W.AGENT_URGENT[lang][0], c, case=case),
                out=True,
                lang=lang,
            )
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": n,
            "channels": used,
            "channel": first_ch,
            "agent_passed_on": quality,
            "problem_event_ids": eids,
            "trouble_starts_at": iso(first_t),
            "competitor": comp,
        }
    )


def fixed_case(
    f: Fam, c: Cust, problem: str, t: datetime, ch: str, lang: str, lang2: str
) -> dict[str, Any]:
    case = case_ref(f)
    eid = complain(f, c, t, problem, ch, lang)
    case_reply(f, c, t, ch, case, lang)
    tg = morning(t + timedelta(minutes=f.rng.randint(3 * 60, 20 * 60)), f=f)
    good_news(f, c, tg, case, lang2)
    tc = morning(tg + timedelta(minutes=f.rng.randint(8 * 60, 30 * 60)), f=f)
    cch = f.rng.choice(["email", "chat"])
    cid = confirm(f, c, tc, case, lang2, cch)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tg),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts(f: Fam) -> None:
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    quality = {4, 5, 8, 9, 10, 11}
    for i, n in enumerate(counts):
        c = person(
            f, "repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL
        )
        for _ in range(f.rng.randint(1, 3)):
            happy_act(f, c, f.day_time(0, 7, 12), kinds=["praise", "chat", "purchase", "page"])
        t = f.day_time(f.rng.randint(1, 4), 8, 19)
        repeat_run(f, c, f.rng.choice(W.PROBLEMS), t, firsts[i], n, i in quality, [c.lang])
    for _ in range(5):
        c = person(f, "resolved_between_contacts", "fixed", tolerated=["silence"])
        for d in days_apart(f, f.rng.randint(1, 3), 0, 0):
            happy_act(f, c, f.day_time(d, 7, 12), kinds=["praise", "purchase", "page"])
        t = f.day_time(f.rng.randint(1, 4), 8, 19)
        fx = fixed_case(
            f,
            c,
            f.rng.choice(W.PROBLEMS),
            t,
            f.rng.choice(["web", "email", "chat"]),
            c.lang,
            c.lang,
        )
        c.truth.update(
            {
                "problems": [fx],
                "trouble_starts_at": fx["raised_at"],
                "booking": fx["booking"],
                "problem": fx["problem"],
            }
        )
    for _ in range(3):
        c = person(f, "different_problems", "two problems", tolerated=["silence"])
        p1, p2 = f.rng.sample(list(W.PROBLEMS), 2)
        d1 = f.rng.randint(0, 2)
        fx1 = fixed_case(
            f, c, p1, f.day_time(d1, 8, 18), f.rng.choice(["web", "email"]), c.lang, c.lang
        )
        fx2 = fixed_case(
            f,
            c,
            p2,
            f.day_time(d1 + f.rng.randint(4, 5), 8, 18),
            f.rng.choice(["chat", "email"]),
            c.lang,
            c.lang,
        )
        c.truth.update({"problems": [fx1, fx2], "trouble_starts_at": fx1["raised_at"]})
    for _ in range(7):
        c = person(f, "happy", "frequent writer")
        for d in days_apart(f, f.rng.randint(5, 8), 0, f.days - 1):
            happy_act(
                f,
                c,
                f.day_time(d, 8, 19),
                kinds=["chat", "chat", "mail", "call", "praise", "purchase"],
            )


def slide(
    f: Fam, c: Cust, start_day: int, span: int, langs: Sequence[str], nps_after_fourth: bool = False
) -> None:
    comp = f.rng.choice(W.COMPETITORS)
    t_prev: datetime | None = None
    eids: list[str] = []
    ratings = ["3", "3", "2", "2", "1", "1"]
    for k in range(6):
        lang = langs[k % len(langs)]
        day = start_day + round(span * k / 5)
        t = f.day_time(day, 8, 20)
        if t_prev and t < t_prev + timedelta(hours=1):
            t = morning(t_prev + timedelta(minutes=f.rng.randint(60, 150)), f=f)
        t_prev = t
        text = fill(W.SLIDE[lang][k], c, comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            eids.append(
                add(
                    f,
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": ratings[k], "page": "/reviews"},
                    lang=lang,
                )
            )
        else:
            eids.append(add(f, c, t, ch, "mention" if ch == "social" else "post", text, lang=lang))
        if k == 3 and nps_after_fourth:
            score = f.rng.randint(1, 5)
            sid = add(
                f,
                c,
                morning(t + timedelta(minutes=f.rng.randint(150, 210)), f=f),
                "survey",
                "survey_response",
                f.rng.choice(W.NPS_LOW[lang]) or None,
                scores={"nps": score},
                attrs={"survey": "nps"},
                raw=True,
                lang=lang,
            )
            c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
    c.truth.update({"slide_event_ids": eids, "slide_days": span, "competitor": comp})
    first = min((r for r in f.rows if r.tp["event_id"] in eids), key=lambda r: r.t)
    c.truth["trouble_starts_at"] = iso(first.t)


def slow_churners(f: Fam) -> None:
    spans = [3] + [5] * 5 + [9] * 4
    f.rng.shuffle(spans)
    nps_idx = set(f.rng.sample(range(10), 5))
    for i, span in enumerate(spans):
        exp = ["sentiment_drop"] + (["detractor"] if i in nps_idx else [])
        c = person(f, "slow_churner", "slides", expected=exp, tolerated=SLIDE_TOL, nps_given=False)
        praise_days = days_apart(f, f.rng.randint(4, 5), 0, 10)
        for d in praise_days:
            happy_act(f, c, f.day_time(d, 8, 20), kinds=["praise", "again"])
        for d in days_apart(f, f.rng.randint(2, 4), 0, 10):
            happy_act(f, c, f.day_time(d, 8, 20), kinds=["chat", "purchase", "page", "review"])
        slide(f, c, f.rng.randint(12, 16), span, [c.lang], nps_after_fourth=i in nps_idx)
    for _ in range(5):
        c = person(
            f, "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVE_TOL
        )
        for d in days_apart(f, f.rng.randint(4, 6), 0, 15):
            happy_act(
                f, c, f.day_time(d, 8, 20), kinds=["praise", "chat", "purchase", "page", "review"]
            )
        t = f.day_time(f.rng.randint(17, 23), 8, 19)
        s, body = f.rng.choice(W.LEAVE[c.lang])
        cid = add(f, c, t, "email", "message", fill(body, c), subject=s)
        add(
            f,
            c,
            morning(t + timedelta(minutes=f.rng.randint(60, 300)), f=f),
            "email",
            "message",
            fill(W.AGENT_SORRY_GO[c.lang][0], c),
            subject="Re: " + s,
            out=True,
        )
        tc = morning(t + timedelta(minutes=f.rng.randint(20 * 60, 30 * 60)), f=f)
        xid = add(
            f,
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/plans/care-plus/cancel", "product": "Care Plus"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": cid,
                "cancellation_event_id": xid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = person(f, "happy", "steady")
        for d in days_apart(f, f.rng.randint(6, 10), 0, f.days - 1):
            happy_act(f, c, f.day_time(d, 8, 20))
    for _ in range(5):
        c = person(f, "steadily_grumpy", "grumbles", tolerated=GRUMPY_TOL)
        d = f.rng.randint(0, 4)
        gids: list[str] = []
        texts = f.rng.sample(W.GRUMBLES[c.lang], min(len(W.GRUMBLES[c.lang]), f.rng.randint(5, 7)))
        for text in texts:
            t = f.day_time(d, 8, 20)
            ch = f.rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                gids.append(
                    add(f, c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                gids.append(add(f, c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                gids.append(add(f, c, t, ch, "mention" if ch == "social" else "post", text))
            d += f.rng.randint(1, 3)
        for _ in range(f.rng.randint(0, 2)):
            happy_act(f, c, f.day_time(f.rng.randint(0, 25), 8, 20), kinds=["purchase"])
        c.truth.update(
            {
                "grumble_event_ids": gids,
                "trouble_starts_at": min(
                    r.tp["occurred_at"] for r in f.rows if r.tp["event_id"] in gids
                ),
            }
        )
    for _ in range(5):
        c = person(f, "happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        for d in days_apart(f, f.rng.randint(3, 6), 0, 16):
            happy_act(
                f,
                c,
                f.day_time(d, 8, 20),
                kinds=["praise", "again", "chat", "purchase", "page", "review"],
            )
        t = f.day_time(f.rng.randint(17, 28), 9, 20)
        sch = f.rng.choice(["social", "community"])
        sid = add(
            f, c, t, sch, "mention" if sch == "social" else "post", f.rng.choice(W.SARCASM[c.lang])
        )
        c.truth.update({"sarcasm_event_id": sid})


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = person(f, "happy", "day writer")
        for d in days_apart(f, f.rng.randint(1, 3), 0, 2):
            happy_act(f, c, f.day_time(d, 7, 17.5))
    for i in range(4):
        c = person(f, "grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.day_time(f.rng.randint(0, 2), 8, 17)
        happy_act(f, c, t, kinds=["page", "purchase"])
        tg = t + timedelta(minutes=f.rng.randint(20, 30))
        q, a = f.rng.choice(W.MILD[c.lang])
        if i < 2:
            gid = add(f, c, tg, "chat", "chat", q)
            add(
                f,
                c,
                tg + timedelta(minutes=f.rng.randint(1, 5)),
                "chat",
                "chat",
                fill(a, c),
                out=True,
            )
        else:
            gid = add(f, c, tg, "web", "ticket", q, attrs={"page": "/help/contact"})
            add(
                f,
                c,
                tg + timedelta(minutes=f.rng.randint(15, 60)),
                "email",
                "message",
                fill(W.MILD_FORM_ACK[c.lang][0], c),
                subject="Clorello",
                out=True,
            )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(tg)})
    owls = 0
    for night in range(1, 4):
        b1 = f.at(night, 0, f.rng.randint(40, 65))
        starts = [
            b1,
            b1 + timedelta(minutes=f.rng.randint(28, 33)),
            b1 + timedelta(minutes=f.rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts, 1):
            for _ in range(4):
                c = person(f, "night_owl", f"night {night}, burst {b}")
                t = bs + timedelta(minutes=f.rng.randint(0, 9), seconds=f.rng.randint(0, 59))
                nid = night_act(f, c, t)
                c.truth.update({"burst_at": iso(bs), "night_event_id": nid})
                owls += 1
                if owls % 2 == 0:
                    happy_act(
                        f,
                        c,
                        f.day_time(f.rng.randint(0, 2), 9, 17.5),
                        kinds=["praise", "purchase", "page", "review"],
                    )


BL_PAIRS = (
    [("en", "it")] * 4
    + [("it", "en")] * 4
    + [("it", "fr")] * 2
    + [("it", "de")] * 2
    + [
        ("en", "fr"),
        ("fr", "it"),
        ("de", "it"),
        ("en", "es"),
        ("es", "en"),
        ("it", "pt"),
        ("pt", "it"),
        ("en", "de"),
        ("de", "en"),
        ("it", "es"),
        ("es", "it"),
        ("en", "pt"),
        ("fr", "en"),
        ("pt", "en"),
        ("fr", "de"),
    ]
)


def bl_market(f: Fam, a: str, b: str) -> str:
    if {a, b} <= {"it", "fr", "de"} and f.rng.random() < 0.4:
        return "CH"
    lang = a if f.rng.random() < 0.6 else b
    return pick_market(f, lang)


def bilingual(f: Fam) -> None:
    pairs = list(BL_PAIRS)
    f.rng.shuffle(pairs)
    # the long-e-mail bad day needs English or Italian as the second language
    li = next(i for i, p in enumerate(pairs) if p[1] in ("en", "it"))
    pairs.insert(0, pairs.pop(li))
    roles = (
        ["bad_long", "bad_mail", "bad_chat"]
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["fixed"] * 2
        + ["happy"] * 12
    )
    rep_counts = [2, 2, 3, 3, 4]
    for (a, b), role in zip(pairs, roles, strict=True):
        market = bl_market(f, a, b)
        common: dict[str, Any] = {"languages": [a, b], "job_second_language": SECOND_LANG_WHY[b]}
        if role == "happy":
            c = person(f, "happy", "alternates languages", lang=a, market=market, **common)
            for k, d in enumerate(days_apart(f, f.rng.randint(5, 8), 0, f.days - 1)):
                happy_act(f, c, f.day_time(d, 8, 20), lang=(a, b)[k % 2])
        elif role == "repeat":
            n = rep_counts.pop(0)
            c = person(
                f,
                "repeat_contact",
                "repeats",
                lang=a,
                market=market,
                expected=["repeat_contact"],
                tolerated=REPEAT_TOL,
                **common,
            )
            for d in days_apart(f, f.rng.randint(1, 3), 0, 1):
                happy_act(f, c, f.day_time(d, 8, 20), kinds=["praise", "chat", "purchase"])
            repeat_run(
                f,
                c,
                f.rng.choice(W.PROBLEMS),
                f.day_time(f.rng.randint(2, 5), 8, 18),
                f.rng.choice(["web", "email", "chat"]),
                n,
                n >= 3,
                [a, b],
            )
        elif role == "slide":
            c = person(
                f,
                "slow_churner",
                "slides",
                lang=a,
                market=market,
                expected=["sentiment_drop"],
                tolerated=SLIDE_TOL,
                **common,
            )
            for k, d in enumerate(days_apart(f, 5, 0, 5)):
                happy_act(f, c, f.day_time(d, 8, 20), kinds=["praise"], lang=(a, b)[k % 2])
            for k in range(f.rng.randint(1, 3)):
                happy_act(
                    f,
                    c,
                    f.day_time(f.rng.randint(0, 5), 8, 20),
                    kinds=["chat", "purchase", "page"],
                    lang=(b, a)[k % 2],
                )
            slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), [a, b])
        elif role == "fixed":
            c = person(
                f,
                "resolved_between_contacts",
                "fixed",
                lang=a,
                market=market,
                tolerated=["silence"],
                **common,
            )
            happy_act(f, c, f.day_time(0, 8, 20), kinds=["praise", "purchase"])
            fx = fixed_case(
                f, c, f.rng.choice(W.PROBLEMS), f.day_time(f.rng.randint(2, 6), 8, 18), "web", a, b
            )
            c.truth.update(
                {"problems": [fx], "trouble_starts_at": fx["raised_at"], "confirm_language": b}
            )
        else:
            c = person(
                f,
                "happy_one_bad_day",
                "one bad day",
                lang=a,
                market=market,
                tolerated=["silence"],
                **common,
            )
            bd = f.rng.randint(4, 9)
            t = f.day_time(bd, 8, 20)
            problem = f.rng.choice(W.PROBLEMS)
            ch = "chat" if role == "bad_chat" else "email"
            eid = complain(f, c, t, problem, ch, b, long_email=role == "bad_long")
            case = case_ref(f)
            case_reply(f, c, t, ch, case, b)
            c.truth.update(
                {
                    "problem": problem,
                    "bad_day_at": iso(t),
                    "bad_day_event_id": eid,
                    "bad_day_language": b,
                    "booking": case,
                    "long_email": role == "bad_long",
                    "trouble_starts_at": iso(t),
                    "agent_fixed": ch == "email",
                    "apologised": False,
                }
            )
            if ch == "email":
                good_news(
                    f, c, morning(t + timedelta(minutes=f.rng.randint(60, 240)), f=f), case, b
                )
            if role == "bad_mail":
                ta = morning(t + timedelta(minutes=f.rng.randint(18 * 60, 24 * 60)), f=f)
                aid = add(f, c, ta, "chat", "chat", f.rng.choice(W.APOLOGY[b]), lang=b)
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
            ok = [d for d in range(f.days) if d <= bd - 2 or d >= bd + 3]
            for k, d in enumerate(sorted(f.rng.sample(ok, f.rng.randint(2, 4)))):
                happy_act(
                    f,
                    c,
                    f.day_time(d, 8, 20),
                    kinds=["praise", "chat", "purchase", "page"],
                    lang=(a, b)[k % 2],
                )


ACCOUNTS = [
    # market, lang, site, company, kind, contacts, unhappy, problem
    ("IT", "it", "hotel", "Hotel Lido Azzurro", "at_risk", 4, 3, "portal"),
    ("UK", "en", "municipality", "Marlow Vale District Council", "at_risk", 5, 4, "invoice"),
    ("IT", "it", "campsite", "Camping Pineta Serena", "at_risk", 6, 3, "service_blocked"),
    ("DE", "de", "gym", "Aquafit Studios GmbH", "at_risk", 4, 3, "invoice"),
    ("ES", "es", "hotel", "Hoteles Brisamar", "at_risk", 5, 4, "overbilled"),
    (
        "UK",
        "en",
        "school",
        "St Aldric's Preparatory School",
        "one_unhappy",
        3,
        1,
        "service_blocked",
    ),
    ("IT", "it", "condominium", "Condominio Le Magnolie", "one_unhappy", 3, 1, "overbilled"),
    ("FR", "fr", "holiday_park", "Domaine des Cigales", "one_unhappy", 3, 1, "portal"),
    ("PT", "pt", "hotel", "Hotel Mar da Arrábida", "one_unhappy", 3, 1, "invoice"),
    ("IE", "en", "spa", "Seaview Spa Kinsale", "mild", 3, 0, None),
    ("IT", "it", "swim_school", "Scuola Nuoto Delfini", "mild", 4, 0, None),
    ("DE", "de", "university", "Hochschulsport Nordstadt", "mild", 3, 0, None),
    ("UK", "en", "hotel", "The Harbour Rooms Hotel", "happy", 4, 0, None),
    ("IT", "it", "gym", "Palestra Forma Viva", "happy", 4, 0, None),
    ("ES", "es", "campsite", "Camping Cala Dorada", "happy", 5, 0, None),
]
TITLES = [
    "facilities manager",
    "general manager",
    "finance officer",
    "pool supervisor",
    "operations lead",
    "procurement officer",
    "site manager",
    "maintenance lead",
]


def office(f: Fam, t: datetime) -> datetime:
    """Move a time into office hours (weekdays 08-17 UTC)."""
    while True:
        if t.weekday() >= 5:
            t = (t + timedelta(days=7 - t.weekday())).replace(
                hour=8, minute=f.rng.randint(0, 50), second=0
            )
            continue
        if t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 50), second=0)
            continue
        if t.hour < 8:
            t = t.replace(hour=8, minute=f.rng.randint(0, 50), second=0)
            continue
        return t


def b2b_routine(f: Fam, c: Cust, t: datetime, scores_ok: bool) -> None:
    kinds = ["chat", "purchase", "page"] + (["praise", "survey", "page"] if scores_ok else [])
    k = f.rng.choice(kinds)
    lang = c.lang
    if k == "chat":
        q, a, th = f.rng.choice(B.CHAT[lang])
        add(f, c, t, "chat", "chat", q)
        t2 = t + timedelta(minutes=f.rng.randint(1, 6))
        add(f, c, t2, "chat", "chat", a, out=True)
        if f.rng.random() < 0.7:
            add(f, c, t2 + timedelta(minutes=f.rng.randint(1, 3)), "chat", "chat", th)
    elif k == "purchase":
        label, eur, page = f.rng.choice(B.PRODUCTS)
        cur, rate = currency(c)
        add(f, c, t, "web", "page_view", attrs={"page": page})
        add(
            f,
            c,
            t + timedelta(minutes=f.rng.randint(3, 15)),
            "web",
            "purchase",
            attrs={
                "order_value": f"{eur * rate:.2f}",
                "currency": cur,
                "product": label,
                "page": page,
            },
        )
    elif k == "page":
        add(f, c, t, "web", "page_view", attrs={"page": f.rng.choice(B.PAGES)})
    elif k == "praise":
        add(f, c, t, "community", "post", f.rng.choice(B.PRAISE[lang]))
    else:
        survey_happy(f, c, t)


def account_id(f: Fam, market: str) -> str:
    return unique(lambda: f"CLB-{market}-{f.rng.randint(1000, 9999)}")


def b2b_accounts(f: Fam) -> None:
    weekdays = [d for d in range(f.days) if f.at(d).weekday() < 5]
    for market, lang, site, company, kind, n, unhappy, problem in ACCOUNTS:
        acc = account_id(f, market)
        domain = ascii_slug(company)[:18] + ".example"
        contacts: list[Cust] = []
        names: set[str] = set()
        for j in range(n):
            role = "contact"
            if kind in ("at_risk", "one_unhappy") and j < unhappy:
                role = "complainer"
            elif kind == "mild" and j < 2:
                role = "suggests"
            persona = {
                "contact": "b2b_happy",
                "complainer": "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy",
                "suggests": "b2b_mild",
            }[role]
            title = TITLES[(j + len(company)) % len(TITLES)]
            while True:
                c = person(
                    f,
                    persona,
                    role,
                    lang=lang,
                    market=market,
                    account=acc,
                    company_domain=domain,
                    job=title,
                    company=company,
                    role=role,
                    job_title=title,
                )
                if c.first not in names:
                    break
                del f.custs[c.key]
            names.add(c.first)
            contacts.append(c)
        unhappy_keys = [c.key for c in contacts if c.truth["role"] == "complainer"]
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy,
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
        for c in contacts:
            role = c.truth["role"]
            if role == "contact":
                for d in f.rng.sample(weekdays, f.rng.randint(2, 5)):
                    b2b_routine(f, c, f.day_time(d, 8, 16.5), True)
            else:
                for _ in range(f.rng.randint(0, 2)):
                    b2b_routine(f, c, f.day_time(f.rng.randint(0, 1), 8, 16.5), False)
        if kind == "mild":
            for c in contacts[:2]:
                t = f.day_time(f.rng.choice([d for d in weekdays if d >= 2]), 8, 16)
                mid = add(
                    f,
                    c,
                    t,
                    "web",
                    "ticket",
                    fill(f.rng.choice(B.MILD[lang]), c, name=c.first),
                    subject="Suggestion",
                    attrs={"page": "/pro/feedback"},
                )
                add(
                    f,
                    c,
                    office(f, t + timedelta(minutes=f.rng.randint(30, 180))),
                    "email",
                    "message",
                    fill(B.MILD_ACK[lang][0], c, name=c.first),
                    subject="Re: Suggestion",
                    out=True,
                )
                c.truth.update(
                    {
                        "mild_event_id": mid,
                        "trouble_starts_at": iso(t),
                        "expected_rules": [],
                        "tolerated_rules": ["silence"],
                    }
                )
        if kind == "one_unhappy" and problem:
            c = contacts[0]
            t = office(f, f.day_time(f.rng.randint(3, 7), 8, 16))
            topic = B.TOPIC[problem][lang]
            eid = add(
                f,
                c,
                t,
                "email",
                "message",
                fill(f.rng.choice(B.FIRST[problem][lang]), c, name=c.first, company=company),
                subject=B.SUBJ[lang].format(topic=topic),
            )
            case = case_ref(f)
            add(
                f,
                c,
                office(f, t + timedelta(minutes=f.rng.randint(10, 40))),
                "email",
                "message",
                fill(B.ACK[lang][0], c, name=c.first, company=company, case=case),
                subject=B.CASE_SUBJ[lang].format(case=case),
                out=True,
            )
            score = f.rng.randint(1, 5)
            sid = add(
                f,
                c,
                t + timedelta(minutes=f.rng.randint(60, 180)),
                "survey",
                "survey_response",
                None,
                scores={"nps": score},
                attrs={"survey": "nps"},
                raw=True,
            )
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": sid,
                    "trouble_starts_at": iso(t),
                    "expected_rules": ["detractor"],
                    "tolerated_rules": B2B_ONE_TOL,
                }
            )
        if kind == "at_risk" and problem:
            topic = B.TOPIC[problem][lang]
            comps = [c for c in contacts if c.truth["role"] == "complainer"]
            case = case_ref(f)
            t = f.at(2, 8, f.rng.randint(0, 240))
            first_name = comps[0].first
            f.accounts[acc]["trouble_starts_at"] = iso(t)
            for j, c in enumerate(comps):
                if j == 0:
                    eid = add(
                        f,
                        c,
                        t,
                        "email",
                        "message",
                        fill(
                            f.rng.choice(B.FIRST[problem][lang]), c, name=c.first, company=company
                        ),
                        subject=B.SUBJ[lang].format(topic=topic),
                    )
                    add(
                        f,
                        c,
                        office(f, t + timedelta(minutes=f.rng.randint(10, 40))),
                        "email",
                        "message",
                        fill(B.ACK[lang][0], c, name=c.first, company=company, case=case),
                        subject=B.CASE_SUBJ[lang].format(case=case),
                        out=True,
                    )
                else:
                    t = office(f, t + timedelta(minutes=f.rng.randint(8 * 60, 28 * 60)))
                    first_t = datetime.fromisoformat(
                        f.accounts[acc]["trouble_starts_at"].replace("Z", "+00:00")
                    )
                    dayword = (
                        B.DAY_WORD[lang][5]
                        if t.date() == first_t.date()
                        else B.DAY_WORD[lang][first_t.weekday()]
                    )
                    eid = add(
                        f,
                        c,
                        t,
                        "email",
                        "message",
                        fill(
                            f.rng.choice(B.LATER[lang]),
                            c,
                            name=c.first,
                            first=first_name,
                            day=dayword,
                            case=case,
                            topic=topic,
                        ),
                        subject=B.CASE_SUBJ[lang].format(case=case),
                    )
                tr = c.truth
                tr.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(t),
                        "tolerated_rules": B2B_RISK_TOL,
                    }
                )
                if j < len(comps) - 1:
                    score = f.rng.randint(1, 5)
                    sid = add(
                        f,
                        c,
                        t + timedelta(minutes=f.rng.randint(60, 180)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": score},
                        attrs={"survey": "nps"},
                        raw=True,
                    )
                    tr.update(
                        {
                            "nps_given": True,
                            "nps": score,
                            "survey_event_id": sid,
                            "expected_rules": ["detractor"],
                            "competitor": None,
                        }
                    )
                else:
                    t2 = office(f, t + timedelta(minutes=f.rng.randint(18 * 60, 40 * 60)))
                    by_mail = acc == next(iter(f.accounts))
                    if by_mail:
                        comp = f.rng.choice(W.COMPETITORS)
                        rid = add(
                            f,
                            c,
                            t2,
                            "email",
                            "message",
                            fill(
                                B.LAST_MAIL[lang][0],
                                c,
                                name=c.first,
                                case=case,
                                topic=topic,
                                comp=comp,
                            ),
                            subject=B.CASE_SUBJ[lang].format(case=case),
                        )
                        tr["competitor"] = comp
                    else:
                        rid = add(
                            f,
                            c,
                            t2,
                            "phone",
                            "call",
                            fill(B.LAST_CALL[lang][0], c, case=case, topic=topic),
                            raw=True,
                        )
                        tr["competitor"] = None
                    tr.update(
                        {
                            "complaint_event_ids": [eid, rid],
                            "repeat_event_id": rid,
                            "nps_given": False,
                            "expected_rules": ["repeat_contact"],
                        }
                    )


def topic_spike(f: Fam) -> None:
    spike_day = 5
    langs = ["en"] * 6 + ["it"] * 6 + ["fr", "fr", "de", "de", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    mins = sorted([10, 55] + [f.rng.randint(11, 54) for _ in range(18)])
    regular = set(f.rng.sample(range(20), 12))
    early = [i for i in range(20) if mins[i] <= 35]
    repeaters = set(f.rng.sample(early, 6))
    rest = [i for i in range(20) if i not in repeaters]
    credited = set(f.rng.sample(rest, 6))
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    f.rng.shuffle(rep_chans)
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    for i in range(20):
        is_rep = i in repeaters
        c = person(
            f,
            "spike_repeater" if is_rep else "spike_reporter",
            "regular" if i in regular else "new",
            lang=langs[i],
            expected=["repeat_contact"] if is_rep else [],
            tolerated=["silence", "sentiment_drop"] if is_rep else ["silence"],
            in_spike=True,
            regular=i in regular,
        )
        if i in regular:
            for _ in range(f.rng.randint(1, 3)):
                happy_act(
                    f,
                    c,
                    f.day_time(2, 8, 17.5),
                    kinds=["praise", "chat", "purchase", "page", "review"],
                )
        t = f.at(spike_day, 8, mins[i]) + timedelta(
            seconds=f.rng.randint(0, 59) if mins[i] not in (10, 55) else 0
        )
        ch = chans[i]
        lang = c.lang
        if ch in ("social", "community"):
            eid = add(
                f,
                c,
                t,
                ch,
                "mention" if ch == "social" else "post",
                f.rng.choice(W.SPIKE["post"][lang]),
            )
        elif ch == "chat":
            eid = add(f, c, t, "chat", "chat", f.rng.choice(W.SPIKE["chat"][lang]))
            add(
                f,
                c,
                t + timedelta(minutes=f.rng.randint(1, 4)),
                "chat",
                "chat",
                W.AGENT_SPIKE_CHAT[lang][0],
                out=True,
            )
        elif ch == "email":
            s, body = f.rng.choice(W.SPIKE["mail"][lang]).split("|", 1)
            eid = add(f, c, t, "email", "message", fill(body, c), subject=s)
        else:
            eid = add(
                f,
                c,
                t,
                "web",
                "ticket",
                f.rng.choice(W.SPIKE["form"][lang]),
                subject=W.SPIKE_SUBJECT_FORM[lang],
                attrs={"page": "/app/emergency"},
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            {
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
            }
        )
        if is_rep:
            fits = [x for x in rep_chans if x != ch] or rep_chans
            rc = fits[0]
            rep_chans.remove(rc)
            t2 = t + timedelta(minutes=f.rng.randint(15, 50))
            text = f.rng.choice(W.SPIKE_REPEAT[lang])
            if rc == "email":
                rid = add(f, c, t2, "email", "message", text, subject="Re: E7.OOA")
            elif rc == "chat":
                rid = add(f, c, t2, "chat", "chat", text)
                add(
                    f,
                    c,
                    t2 + timedelta(minutes=f.rng.randint(1, 4)),
                    "chat",
                    "chat",
                    W.AGENT_SPIKE_CHAT[lang][0],
                    out=True,
                )
            else:
                rid = add(f, c, t2, "community", "post", text)
            reps.append(rid)
            c.truth["repeat_event_id"] = rid
        if i in credited:
            local = "10:25" if c.market in ("UK", "IE", "PT") else "11:25"
            tw = f.at(spike_day, 10, f.rng.randint(52, 64))
            add(
                f,
                c,
                tw,
                "email",
                "message",
                fill(W.AGENT_WORKS_AGAIN[lang][0], c, when=local, amt=money(c, 15)),
                subject=W.WORKS_SUBJECT[lang],
                out=True,
            )
            c.truth["agent_fixed"] = True
    for _ in range(40):
        c = person(f, "happy", "day writer")
        for d in days_apart(f, f.rng.randint(1, 4), 0, 5):
            happy_act(f, c, f.day_time(d, 12, 19) if d == spike_day else f.day_time(d, 7, 20))
    for _ in range(2):
        c = person(f, "grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.day_time(0, 9, 17)
        q, a = f.rng.choice(W.MILD[c.lang])
        gid = add(f, c, t, "chat", "chat", q)
        add(f, c, t + timedelta(minutes=f.rng.randint(1, 5)), "chat", "chat", fill(a, c), out=True)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, h, m in (("it", 9, 40), ("en", 16, 5)):
        c = person(f, "grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = f.at(4, h, m)
        lid = add(f, c, t, "chat", "chat", W.LONE_Q[lang][0])
        add(
            f,
            c,
            t + timedelta(minutes=f.rng.randint(2, 5)),
            "chat",
            "chat",
            W.AGENT_LONE_A[lang][0],
            out=True,
        )
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    f.spike = {
        "topic": "pool and hot-tub care app: emergency call-outs refused for every address as 'outside our service area', error E7.OOA",
        "about": "Saturday-morning emergency call-out requests (hot tubs not heating before a frost, pool covers sagging under storm water) refused by app, website and forms for customers' own long-served addresses",
        "channel": None,
        "start": iso(f.at(spike_day, 8, 10)),
        "end": iso(f.at(spike_day, 8, 55)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


# --- output -----------------------------------------------------------------------

FAMILIES: list[tuple[str, str, datetime, int, str, Callable[[Fam], None], dict[str, int]]] = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 16, tzinfo=UTC),
        10,
        "happy day writers, night writers and survey answerers",
        happy_writers,
        {},
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "happy customers with one angry message",
        one_bad_day,
        {"detractor": 6},
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        "problems raised again while open, fixed cases, two problems, frequent writers",
        repeat_contacts,
        {"repeat_contact": 12},
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        "slides, leavers, steady, steadily grumpy, one sarcastic post",
        slow_churners,
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        "a calm summer weekend with night-owl bursts, no spike",
        quiet_hours,
        {},
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers writing in two languages",
        bilingual,
        {"repeat_contact": 5, "sentiment_drop": 5},
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        "Clorello Pro accounts: at risk, one unhappy, mild, happy",
        b2b_accounts,
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week and a planted spike on Saturday 14 November",
        topic_spike,
        {"topic_spike": 1, "repeat_contact": 6},
    ),
]


def ids_for(c: Cust, channel: str, f: Fam) -> dict[str, Any]:
    ref: dict[str, Any] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if channel == "phone":
        ref["phone"] = (
            ("+" + c.cc + " " + c.phone[1 + len(c.cc) :]) if f.rr.random() < 0.5 else c.phone
        )
    elif channel in ("social", "community"):
        if c.handle:
            ref["handle"] = c.handle if f.rr.random() < 0.8 else c.handle.lstrip("@")
        else:
            ref["email"] = c.email
    elif channel == "email":
        ref["email"] = c.email.upper() if f.rr.random() < 1 / 12 else c.email
    else:
        ref["customer_id"] = c.key
    return ref


def build(
    n: int, spec: tuple[str, str, datetime, int, str, Callable[[Fam], None], dict[str, int]]
) -> tuple[str, str]:
    name, code, start, days, about, fn, planted = spec
    f = Fam(
        name,
        code,
        start,
        days,
        about,
        random.Random(SEED * 100 + n),
        random.Random(SEED * 100 + 50 + n),
        planted=planted,
    )
    fn(f)
    f.rows.sort(key=lambda r: (r.t, r.seq))
    seen: set[str] = set()
    for r in f.rows:
        c = f.custs[r.cust]
        full = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        if r.tp["direction"] == "outbound":
            r.tp["customer"] = full
        elif c.key not in seen:
            seen.add(c.key)
            r.tp["customer"] = full
        else:
            r.tp["customer"] = ids_for(c, r.tp["channel"], f)
    # checks before writing
    counts: dict[str, int] = {}
    for c in f.custs.values():
        if c.key not in seen:
            raise SystemExit(f"{name}: {c.key} has no inbound touchpoint")
        both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
        if both:
            raise SystemExit(f"{name}: {c.key} expects and tolerates {both}")
        for rule in c.truth["expected_rules"]:
            counts[rule] = counts.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            counts[rule] = counts.get(rule, 0) + 1
    if f.spike:
        counts["topic_spike"] = 1
    if counts != planted:
        raise SystemExit(f"{name}: expected {counts} != planted {planted}")
    for r in f.rows:
        if not (datetime(2026, 1, 1, tzinfo=UTC) <= r.t < LIMIT) or r.t < start:
            raise SystemExit(f"{name}: {r.tp['event_id']} at {r.t} out of range")
    end = max(start + timedelta(days=days), f.rows[-1].t + timedelta(hours=1))
    if end >= LIMIT:
        raise SystemExit(f"{name}: end {end} out of range")
    truth = {
        "config": {
            "family": name,
            "about": about,
            "business": BUSINESS,
            "days": days,
            "seed": SEED * 100 + n,
            "written": WRITTEN,
            "expected": dict(sorted(planted.items())),
        },
        "start": iso(start),
        "end": iso(end),
        "customers": {c.key: c.truth for c in f.custs.values()},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    jsonl = "".join(json.dumps(r.tp, ensure_ascii=False) + "\n" for r in f.rows)
    return jsonl, json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> None:
    USED.clear()
    SEQ[0] = 0
    for n, spec in enumerate(FAMILIES, 1):
        jsonl, truth = build(n, spec)
        (HERE / f"{spec[0]}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{spec[0]}.truth.json").write_text(truth, encoding="utf-8")


if __name__ == "__main__":
    main()
