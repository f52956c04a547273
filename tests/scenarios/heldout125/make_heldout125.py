# ruff: noqa: E501
"""Generate tests/scenarios/heldout125/ (report only, written blind). Standard library only.

Run as ``python make_heldout125.py`` from anywhere; two runs give the same bytes.
"""

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

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261114
WRITTEN = "2026-12-05"
BRAND: str = str(W.BRAND)
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)

FIRST = {
    "de": [
        "Jonas",
        "Katrin",
        "Uwe",
        "Sabine",
        "Tobias",
        "Anke",
        "Florian",
        "Heike",
        "Lukas",
        "Birgit",
        "Matthias",
        "Claudia",
        "Stefan",
        "Nicole",
        "Dirk",
        "Petra",
        "Jan",
        "Miriam",
        "Ralf",
        "Vanessa",
    ],
    "it": [
        "Luca",
        "Francesca",
        "Matteo",
        "Elena",
        "Davide",
        "Silvia",
        "Andrea",
        "Paola",
        "Stefano",
        "Chiara",
        "Giorgio",
        "Valentina",
        "Roberto",
        "Federica",
        "Simone",
        "Laura",
        "Paolo",
        "Martina",
        "Fabio",
        "Ilaria",
    ],
    "en": ["Gareth", "Siobhan", "Neil", "Emma", "Callum", "Aoife", "Dean", "Harriet"],
    "fr": ["Julien", "Camille", "Thierry", "Élodie", "Mathieu", "Aurélie", "Benoît", "Nadia"],
    "es": ["Álvaro", "Nuria", "Sergio", "Marta", "Iker", "Lorena", "Rubén", "Ainhoa"],
    "pt": ["Tiago", "Inês", "Rui", "Catarina", "Nuno", "Joana", "Hugo", "Beatriz"],
}
LAST = {
    "de": [
        "Krüger",
        "Hoffmann",
        "Wendt",
        "Brandl",
        "Scholz",
        "Oberhuber",
        "Kessler",
        "Lindner",
        "Vogt",
        "Haas",
        "Pfeiffer",
        "Ziegler",
        "Brunner",
        "Seidel",
        "Graf",
        "Lorenz",
    ],
    "it": [
        "Bianchi",
        "Ferrara",
        "Colombo",
        "Rinaldi",
        "Galli",
        "Moretti",
        "Barbieri",
        "Fontana",
        "Marchetti",
        "Caruso",
        "Lombardi",
        "Testa",
        "Pellegrini",
        "Sala",
        "Greco",
        "Villa",
    ],
    "en": ["Hughes", "Byrne", "Walsh", "Pritchard", "Doyle", "Foster", "Kearney", "Marsh"],
    "fr": ["Lefèvre", "Moreau", "Girard", "Roux", "Fontaine", "Chevalier", "Dumont", "Perrin"],
    "es": ["Navarro", "Iglesias", "Castro", "Ortega", "Serrano", "Molina", "Rubio", "Vidal"],
    "pt": ["Ferreira", "Carvalho", "Pinto", "Teixeira", "Correia", "Lopes", "Sousa", "Mendes"],
}
MARKETS = {
    "de": ["DE", "DE", "AT", "CH"],
    "it": ["IT", "IT", "IT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "pt": ["PT"],
}
TOWNS = {
    "DE": ["Freiburg", "Ulm", "Kassel", "Rosenheim", "Bamberg"],
    "AT": ["Linz", "Graz", "Wels"],
    "CH": ["Lugano", "Winterthur", "Bellinzona", "Fribourg"],
    "IT": ["Bergamo", "Verona", "Bari", "Lecce", "Treviso"],
    "UK": ["Leicester", "Bristol", "Leeds"],
    "IE": ["Cork", "Galway"],
    "FR": ["Lyon", "Nantes", "Dijon"],
    "BE": ["Namur", "Liège"],
    "ES": ["Valencia", "Murcia", "Lugo"],
    "PT": ["Braga", "Évora", "Faro"],
}
PHONE = {
    "DE": ("+49", ["151", "160", "170", "176"], 8),
    "AT": ("+43", ["664", "660", "676"], 7),
    "CH": ("+41", ["76", "78", "79"], 7),
    "IT": ("+39", ["333", "347", "320", "389"], 7),
    "UK": ("+44", ["77", "78", "74"], 8),
    "IE": ("+353", ["83", "85", "87"], 7),
    "FR": ("+33", ["6", "7"], 8),
    "BE": ("+32", ["470", "475", "486"], 6),
    "ES": ("+34", ["6", "7"], 8),
    "PT": ("+351", ["91", "92", "93", "96"], 7),
}
DOMAINS = [
    "mailbox.example",
    "posteo-mail.example",
    "libero-post.example",
    "webpost.example",
    "inbox.example",
    "correo.example",
]
JOBS = [
    "nurse",
    "teacher",
    "electrician",
    "accountant",
    "retired",
    "bus driver",
    "architect",
    "baker",
    "pharmacist",
    "farmer",
    "IT support",
    "shop owner",
]
SOURCES = {
    "email": "raggiolo-mail",
    "phone": "raggiolo-voice",
    "social": "raggiolo-social",
    "community": "raggiolo-forum",
    "chat": "raggiolo-chat",
    "web": "raggiolo-web",
    "survey": "raggiolo-survey",
}

USED: set[str] = set()


def unique(make: Any) -> str:
    for _ in range(1000):
        value = str(make())
        if value.lower() not in USED:
            USED.add(value.lower())
            return value
    raise RuntimeError("no unique value")


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class _Keep(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, **kw: str) -> str:
    return template.format_map(_Keep({"brand": BRAND, **kw}))


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
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn")
        )
    return "".join(out)


def roughen(rng: random.Random, text: str) -> str:
    if rng.random() < 0.10:
        text = strip_accents(text)
    if rng.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
        text = text[0].lower() + text[1:]
    if rng.random() < 1 / 7:
        words = text.split(" ")
        options = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
        if options:
            i = rng.choice(options)
            w = words[i]
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def mention(text: str) -> str:
    at = text.rfind(BRAND)
    if at >= 0:
        return text[:at] + "@" + text[at:]
    return "@" + BRAND + " " + text


def spoken(text: str, lang: str) -> str:
    text = re.sub(r"(\d+),00 €", r"\1 " + ("Euro" if lang == "de" else "euro"), text)
    text = re.sub(
        r"CHF (\d+)",
        r"\1 " + ("Franken" if lang == "de" else "franchi" if lang == "it" else "francs"),
        text,
    )
    text = re.sub(r"£(\d+)", r"\1 pounds", text)
    text = re.sub(r"[?!.,:;()](?=\s|$)|['(]", " ", text)
    words = []
    for w in text.split():
        if w.isupper() and len(w) > 1 and not any(ch.isdigit() for ch in w):
            w = w.lower() if lang != "de" else w.capitalize()
        words.append(w)
    line = " ".join(words)
    return (
        line[0].lower() + line[1:]
        if lang != "de" and line[:1].isupper() and not line[:2].isupper()
        else line
    )


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, str | None]
    truth: dict[str, Any]


@dataclass
class Row:
    t: datetime
    cust: Cust
    data: dict[str, Any]
    out: bool


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float = 0.0) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return str(self.rng.choice(table[lang]))

    def agent(self) -> str:
        return str(self.rng.choice(W.AGENTS))


def amount(market: str, eur: float) -> str:
    if market == "UK":
        return f"£{round(eur * 0.86)}"
    if market == "CH":
        return f"CHF {round(eur * 0.94)}"
    return f"{eur:.2f} €".replace(".", ",")


def currency(market: str, eur: str) -> tuple[str, str]:
    value = float(eur)
    if market == "UK":
        return f"{value * 0.86:.2f}", "GBP"
    if market == "CH":
        return f"{value * 0.94:.2f}", "CHF"
    return f"{value:.2f}", "EUR"


def phone_for(rng: random.Random, market: str) -> str:
    cc, prefixes, rest = PHONE[market]
    return unique(
        lambda: cc + rng.choice(prefixes) + "".join(rng.choice("0123456789") for _ in range(rest))
    )


def simple(text: str) -> str:
    return strip_accents(text).lower().replace(" ", "").replace("'", "")


def person(
    f: Fam,
    lang: str,
    persona: str,
    habit: str,
    expected: list[str] | None = None,
    tolerated: list[str] | None = None,
    market: str | None = None,
    firm: dict[str, Any] | None = None,
    **extra: Any,
) -> Cust:
    rng = f.rng
    market = market or rng.choice(MARKETS[lang])
    first = rng.choice(FIRST[lang])
    last = rng.choice(LAST[lang])
    if firm is not None:
        used_first = firm["firsts"]
        while first in used_first:
            first = rng.choice(FIRST[lang])
        used_first.add(first)
    cid = unique(lambda: f"RG{f.code}{rng.randrange(1000, 10000)}")
    if firm is not None:
        email = unique(lambda: f"{simple(first)}.{simple(last)}@{firm['domain']}")
        handle = None
        account = firm["id"]
    else:
        email = unique(
            lambda: (
                rng.choice(
                    [
                        f"{simple(first)}.{simple(last)}",
                        f"{simple(first)[0]}{simple(last)}{rng.randrange(10, 99)}",
                        f"{simple(last)}.{simple(first)}{rng.randrange(1, 9)}",
                    ]
                )
                + "@"
                + rng.choice(DOMAINS)
            )
        )
        handle = unique(
            lambda: (
                "@"
                + rng.choice(
                    [
                        f"{simple(last)}_{simple(first)}{rng.randrange(1, 9)}",
                        f"{simple(first)}{simple(last)}{rng.randrange(10, 99)}",
                        f"{simple(first)}_{simple(last)}",
                        f"{simple(last)}{simple(first)[0]}",
                    ]
                )
            )
        )
        account = None
    ids: dict[str, str | None] = {
        "customer_id": cid,
        "email": email,
        "phone": phone_for(rng, market),
        "handle": handle,
        "account_id": account,
    }
    expected = expected or []
    tolerated = tolerated or []
    truth: dict[str, Any] = {
        "identifiers": dict(ids),
        "expected_rules": sorted(expected),
        "tolerated_rules": sorted(tolerated),
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": market,
        "segment": "b2b" if firm else "consumer",
        "name": f"{first} {last}",
        "job": extra.pop("job", rng.choice(JOBS)),
        "town": rng.choice(TOWNS[market]),
    }
    truth.update(extra)
    c = Cust(cid, lang, market, ids, truth)
    f.custs[cid] = c
    return c


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
    f.seq += 1
    eid = f"rg125-{f.code.lower()}-{f.seq:05d}"
    if text is not None and not out and channel not in ("phone", "survey"):
        text = roughen(f.rr, text)
    a = {"market": c.market}
    if c.ids["account_id"]:
        a["segment"] = "b2b"
    a.update(attrs or {})
    data: dict[str, Any] = {
        "event_id": eid,
        "occurred_at": fmt(t),
        "channel": channel,
        "kind": kind,
        "direction": "outbound" if out else "inbound",
        "text": text,
        "subject": subject,
        "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
        "source": SOURCES[channel],
        "attributes": a,
    }
    f.rows.append(Row(t, c, data, out))
    return eid


def reply(
    f: Fam, c: Cust, t: datetime, channel: str, template: str, subject: str | None = None, **kw: str
) -> str:
    """An agent's answer (outbound), signed by one of the agents."""
    ag = f.agent()
    kind = "chat" if channel == "chat" else "message"
    return add(
        f,
        c,
        t,
        channel,
        kind,
        fill(template, agent=ag, **kw),
        subject=subject,
        out=True,
        attrs={"agent": ag},
    )


def daytime(f: Fam, t: datetime, lo: int = 7, hi: int = 21) -> datetime:
    if t.hour >= hi:
        return t.replace(hour=8, minute=f.rng.randrange(0, 60)) + timedelta(days=1)
    if t.hour < lo:
        return t.replace(hour=8, minute=f.rng.randrange(0, 60))
    return t


def mins(f: Fam, lo: float, hi: float) -> timedelta:
    return timedelta(minutes=f.rng.uniform(lo, hi))


def case_ref(f: Fam) -> str:
    return unique(lambda: f"RGL-{f.rng.randrange(100000, 1000000)}")


# --- happy acts --------------------------------------------------------------


def happy_act(
    f: Fam, c: Cust, t: datetime, kinds: list[str] | None = None, lang: str | None = None
) -> None:
    lang = lang or c.lang
    rng = f.rng
    kind = rng.choice(
        kinds
        or ["praise", "praise", "gripe", "chat", "mail", "phone", "buy", "view", "review", "survey"]
    )
    ag = f.agent()
    if kind == "praise":
        text = fill(f.pick(W.PRAISE, lang))
        if rng.random() < 0.5:
            add(f, c, t, "social", "mention", mention(text))
        else:
            add(f, c, t, "community", "post", text)
    elif kind == "gripe":
        if rng.random() < 0.5:
            add(f, c, t, "community", "post", f.pick(W.GRIPE, lang))
        else:
            add(
                f,
                c,
                t,
                "web",
                "review",
                f.pick(W.GRIPE, lang),
                attrs={"rating": "4", "page": "/reviews"},
            )
    elif kind == "chat":
        add(f, c, t, "chat", "chat", f.pick(W.QUESTION, lang))
        t2 = t + mins(f, 1, 6)
        add(
            f,
            c,
            t2,
            "chat",
            "chat",
            fill(f.pick(W.ANSWER, lang), agent=ag),
            out=True,
            attrs={"agent": ag},
        )
        if rng.random() < 0.7:
            add(f, c, t2 + mins(f, 1, 3), "chat", "chat", f.pick(W.THANKS, lang))
    elif kind == "mail":
        add(
            f,
            c,
            t,
            "email",
            "message",
            f.pick(W.QUESTION, lang),
            subject="?"
            if rng.random() < 0.2
            else {
                "de": "Frage",
                "it": "Domanda",
                "en": "Quick question",
                "fr": "Question",
                "es": "Consulta",
                "pt": "Pergunta",
            }[lang],
        )
        add(
            f,
            c,
            daytime(f, t + mins(f, 30, 180)),
            "email",
            "message",
            fill(f.pick(W.ANSWER, lang), agent=ag),
            out=True,
            attrs={"agent": ag},
        )
    elif kind == "phone":
        add(f, c, t, "phone", "call", f.pick(W.PHONE_Q, lang))
        add(
            f,
            c,
            daytime(f, t + mins(f, 20, 90)),
            "email",
            "message",
            fill(f.pick(W.PHONE_FOLLOW, lang), agent=ag),
            out=True,
            attrs={"agent": ag},
        )
    elif kind == "buy":
        name, price, page = rng.choice(W.PRODUCTS)
        value, cur = currency(c.market, price)
        add(f, c, t, "web", "page_view", attrs={"page": page})
        add(
            f,
            c,
            t + mins(f, 3, 15),
            "web",
            "purchase",
            attrs={"order_value": value, "currency": cur, "product": name, "page": page},
        )
    elif kind == "view":
        add(f, c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
    elif kind == "review":
        add(
            f,
            c,
            t,
            "web",
            "review",
            f.pick(W.REVIEW, lang),
            attrs={"rating": "5", "page": "/reviews"},
        )
    else:
        survey(f, c, t, lang)


def survey(f: Fam, c: Cust, t: datetime, lang: str | None = None) -> None:
    lang = lang or c.lang
    which = f.rng.choice(["nps", "csat", "ces"])
    score = {
        "nps": f.rng.choice([9, 10]),
        "csat": f.rng.choice([4, 5]),
        "ces": f.rng.choice([6, 7]),
    }[which]
    word = f.pick(W.SURVEY_WORD, lang)
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


def days_apart(f: Fam, lo: int, hi: int, n: int) -> list[int]:
    pool = list(range(lo, hi + 1))
    return sorted(f.rng.sample(pool, min(n, len(pool))))


def day_acts(
    f: Fam,
    c: Cust,
    n: int,
    lo: int,
    hi: int,
    h0: float = 7,
    h1: float = 19,
    kinds: list[str] | None = None,
) -> None:
    for d in days_apart(f, lo, hi, n):
        happy_act(f, c, f.at(d, f.rng.uniform(h0, h1)), kinds)


def lang_draw(f: Fam) -> str:
    return f.rng.choices(["de", "it", "en", "fr", "es", "pt"], weights=[30, 30, 8, 10, 11, 11])[0]


NO_SURVEY = ["praise", "praise", "gripe", "chat", "mail", "phone", "buy", "view", "review"]

# --- families ----------------------------------------------------------------


def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = person(f, lang_draw(f), "happy", "day writer")
        day_acts(f, c, f.rng.randint(5, 8), 0, 9)
    for _ in range(5):
        c = person(f, lang_draw(f), "happy", "night writer")
        for d in days_apart(f, 0, 8, f.rng.randint(2, 4)):
            t = f.at(d, 22.2 + f.rng.uniform(0, 6.3))
            if f.rng.random() < 0.5:
                add(f, c, t, "community", "post", fill(f.pick(W.NIGHT_POST, c.lang)))
            else:
                ag = f.agent()
                add(f, c, t, "chat", "chat", f.pick(W.NIGHT_Q, c.lang))
                add(
                    f,
                    c,
                    t + mins(f, 2, 6),
                    "chat",
                    "chat",
                    fill(f.pick(W.NIGHT_A, c.lang), agent=ag),
                    out=True,
                    attrs={"agent": ag},
                )
                add(f, c, t + mins(f, 7, 10), "chat", "chat", f.pick(W.THANKS, c.lang))
        day_acts(f, c, f.rng.randint(2, 3), 0, 9, 9, 18, ["praise", "buy", "view", "review"])
    for _ in range(5):
        c = person(f, lang_draw(f), "happy", "answers surveys")
        for d in days_apart(f, 0, 9, f.rng.randint(3, 6)):
            survey(f, c, f.at(d, f.rng.uniform(8, 20)))


def problem_core(f: Fam, c: Cust, problem: str, lang: str) -> str:
    eur = {
        "no_show": 139,
        "double_charge": 139,
        "damage": 0,
        "refund": 199,
        "wrong_price": 159,
        "cancel_fee": 49,
    }[problem]
    return fill(f.pick(W.PROBLEM[problem], lang), amt=amount(c.market, eur))


def complain(
    f: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    channel: str,
    lang: str,
    case: str | None,
    long_mail: bool = False,
) -> str:
    core = problem_core(f, c, problem, lang)
    tail = f.pick(W.SHORT_TAIL, lang)
    subj = W.COMPLAINT_SUBJECT[lang] + W.TOPIC[problem][lang]
    if channel == "email":
        text = fill(f.pick(W.LONG_EMAIL, lang), core=core) if long_mail else f"{core}. {tail}"
        return add(f, c, t, "email", "message", text, subject=subj)
    if channel == "chat":
        return add(f, c, t, "chat", "chat", f"{core}. {tail}")
    if channel == "social":
        return add(f, c, t, "social", "mention", mention(f"{core}. {tail}"))
    if channel == "web":
        return add(
            f,
            c,
            t,
            "web",
            "ticket",
            f"{core}. {tail}",
            subject=subj,
            attrs={"page": "/help/contact"},
        )
    return add(
        f, c, t, "phone", "call", fill(f.pick(W.PHONE_PROBLEM, lang), core_lc=spoken(core, lang))
    )


def acknowledge(f: Fam, c: Cust, t: datetime, channel: str, lang: str, case: str) -> None:
    ag = f.agent()
    if channel == "chat":
        add(
            f,
            c,
            t + mins(f, 1, 5),
            "chat",
            "chat",
            fill(f.pick(W.CHAT_CASE, lang), case=case, agent=ag),
            out=True,
            attrs={"agent": ag},
        )
    elif channel != "social":
        add(
            f,
            c,
            daytime(f, t + mins(f, 10, 40)),
            "email",
            "message",
            fill(f.pick(W.CASE_OPENED, lang), case=case, agent=ag),
            subject=fill(W.CASE_SUBJECT[lang], case=case),
            out=True,
            attrs={"agent": ag},
        )


PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]


def one_bad_day(f: Fam) -> None:
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = PROBLEMS * 4
    f.rng.shuffle(problems)
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    nps_idx = set(f.rng.sample(with_case, 6))
    csat_idx = set(f.rng.sample([i for i in with_case if i not in nps_idx], 5))
    good_idx = set(f.rng.sample(with_case, 12))
    apol_idx = set(f.rng.sample(sorted(good_idx), 5))
    long_langs = ["de", "de", "it", "it"]
    for i, ch in enumerate(channels):
        lang = long_langs.pop() if ch == "long" else lang_draw(f)
        bad_day = f.rng.randint(2, 9)
        exp = ["detractor"] if i in nps_idx else []
        c = person(
            f,
            lang,
            "bad_day_detractor" if exp else "happy_one_bad_day",
            "one bad day",
            exp,
            ["silence"],
            problem=problems[i],
        )
        good = [d for d in range(0, 12) if d <= bad_day - 2 or d >= bad_day + 3]
        for d in sorted(f.rng.sample(good, f.rng.randint(1, min(5, len(good))))):
            happy_act(f, c, f.at(d, f.rng.uniform(7, 19)), NO_SURVEY)
        t = f.at(bad_day, f.rng.uniform(8, 20))
        channel = "email" if ch == "long" else ch
        case = None if channel == "social" else case_ref(f)
        eid = complain(f, c, t, problems[i], channel, lang, case, long_mail=ch == "long")
        c.truth.update(
            bad_day_at=fmt(t),
            bad_day_event_id=eid,
            booking=case,
            channel=channel,
            long_email=ch == "long",
            trouble_starts_at=fmt(t),
        )
        if case:
            acknowledge(f, c, t, channel, lang, case)
        if i in nps_idx:
            sid = add(
                f,
                c,
                t + mins(f, 100, 140),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, survey_event_id=sid)
        if i in csat_idx:
            sid = add(
                f,
                c,
                t + mins(f, 40, 80),
                "survey",
                "survey_response",
                f.rng.choice(
                    [
                        None,
                        {
                            "de": "schlecht",
                            "it": "pessimo",
                            "en": "poor",
                            "fr": "nul",
                            "es": "fatal",
                            "pt": "mau",
                        }[lang],
                    ]
                ),
                scores={"csat": f.rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, survey_event_id=sid)
        if i in good_idx and case:
            reply(
                f,
                c,
                daytime(f, t + mins(f, 60, 240)),
                "email",
                f.pick(W.GOOD_NEWS, lang),
                subject=fill(W.CASE_SUBJECT[lang], case=case),
                case=case,
            )
            c.truth["agent_fixed"] = True
            if i in apol_idx:
                at = daytime(f, t + mins(f, 16 * 60, 24 * 60))
                ach = f.rng.choice(["chat", "email"])
                aid = add(
                    f, c, at, ach, "chat" if ach == "chat" else "message", f.pick(W.APOLOGY, lang)
                )
                c.truth.update(apologised=True, apology_at=fmt(at), apology_event_id=aid)
    for _ in range(8):
        c = person(f, lang_draw(f), "happy", "control")
        day_acts(f, c, f.rng.randint(4, 7), 0, 11)


LATER_CHANNELS = ["email", "chat", "phone", "web", "social"]


def later_contact(
    f: Fam, c: Cust, t: datetime, channel: str, lang: str, case: str, problem: str, nth: int
) -> str:
    core = problem_core(f, c, problem, lang)
    text = fill(f.pick(W.STILL_OPEN, lang), case=case, core=core)
    if nth == 3:
        comp = f.rng.choice(W.COMPETITORS)
        text += " " + fill(f.pick(W.THIRD, lang), comp=comp)
        c.truth["competitor"] = comp
    if nth == 4:
        text += " " + f.pick(W.FOURTH, lang)
    if channel == "email":
        return add(f, c, t, "email", "message", text, subject=fill(W.CASE_SUBJECT[lang], case=case))
    if channel == "chat":
        eid = add(f, c, t, "chat", "chat", text)
        reply(f, c, t + mins(f, 1, 5), "chat", f.pick(W.URGENT, lang), case=case)
        return eid
    if channel == "phone":
        return add(f, c, t, "phone", "call", spoken(text, lang))
    if channel == "web":
        return add(f, c, t, "web", "ticket", text, subject=case, attrs={"page": "/help/contact"})
    return add(f, c, t, "social", "mention", mention(text))


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: float,
    times: int,
    langs: list[str],
    first_channel: str,
    quality: bool,
) -> None:
    problem = c.truth["problem"]
    case = case_ref(f)
    t = daytime(f, f.at(first_day, f.rng.uniform(8, 19)))
    lang = langs[0]
    ids = [complain(f, c, t, problem, first_channel, lang, case)]
    acknowledge(f, c, t, first_channel, lang, case)
    if quality:
        reply(
            f, c, daytime(f, t + mins(f, 90, 150)), "email", f.pick(W.QUALITY_LEAD, lang), case=case
        )
    first_t = t
    used = {first_channel}
    for k in range(2, times + 1):
        t = t + timedelta(hours=f.rng.uniform(4, 40))
        if t.hour >= 22 or t.hour < 7:
            t = (t + timedelta(days=1 if t.hour >= 22 else 0)).replace(
                hour=8, minute=f.rng.randrange(60)
            )
        ch = f.rng.choice([x for x in LATER_CHANNELS if x not in used])
        used.add(ch)
        ids.append(later_contact(f, c, t, ch, langs[(k - 1) % len(langs)], case, problem, k))
    c.truth.update(
        booking=case,
        contacts=times,
        problem_event_ids=ids,
        trouble_starts_at=fmt(first_t),
        agent_passed_on=quality,
        channel=first_channel,
    )
    c.truth.setdefault("competitor", None)


def fixed_case(
    f: Fam, c: Cust, t: datetime, problem: str, lang: str, confirm_lang: str, channel: str
) -> dict[str, Any]:
    case = case_ref(f)
    eid = complain(f, c, t, problem, channel, lang, case)
    acknowledge(f, c, t, channel, lang, case)
    ag = f.agent()
    fixed = daytime(f, t + timedelta(hours=f.rng.uniform(3, 20)))
    add(
        f,
        c,
        fixed,
        "email",
        "message",
        fill(f.pick(W.GOOD_NEWS, confirm_lang), case=case, agent=ag),
        subject=fill(W.CASE_SUBJECT[confirm_lang], case=case),
        out=True,
        attrs={"agent": ag},
    )
    conf = daytime(f, fixed + timedelta(hours=f.rng.uniform(8, 30)))
    cch = f.rng.choice(["email", "chat"])
    cid = add(
        f,
        c,
        conf,
        cch,
        "message" if cch == "email" else "chat",
        fill(f.pick(W.CONFIRM, confirm_lang), case=case),
        subject=fill(W.CASE_SUBJECT[confirm_lang], case=case) if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": fmt(t),
        "fixed_at": fmt(fixed),
        "confirmed_at": fmt(conf),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": cch,
    }


REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def repeat_contacts(f: Fam) -> None:
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    quality = set(f.rng.sample(range(12), 6))
    for i, n in enumerate(counts):
        c = person(
            f,
            lang_draw(f),
            "repeat_contact",
            "repeats",
            ["repeat_contact"],
            REPEAT_TOL,
            problem=f.rng.choice(PROBLEMS),
        )
        for _k in range(f.rng.randint(1, 3)):
            happy_act(f, c, f.at(0, f.rng.uniform(7, 12)), NO_SURVEY)
        repeat_run(f, c, f.rng.randint(1, 4), n, [c.lang], firsts[i], i in quality)
    for _ in range(5):
        c = person(f, lang_draw(f), "resolved_between_contacts", "fixed", [], ["silence"])
        day_acts(f, c, f.rng.randint(1, 2), 0, 1, 7, 12, NO_SURVEY)
        case = fixed_case(
            f,
            c,
            f.at(f.rng.randint(2, 4), f.rng.uniform(8, 18)),
            f.rng.choice(PROBLEMS),
            c.lang,
            c.lang,
            f.rng.choice(["web", "email", "chat"]),
        )
        c.truth.update(
            problems=[case], problem=case["problem"], trouble_starts_at=case["raised_at"]
        )
    for _ in range(3):
        c = person(f, lang_draw(f), "different_problems", "two problems", [], ["silence"])
        p1, p2 = f.rng.sample(PROBLEMS, 2)
        d1 = f.rng.randint(1, 3)
        cases = [
            fixed_case(
                f,
                c,
                f.at(d, f.rng.uniform(8, 18)),
                p,
                c.lang,
                c.lang,
                f.rng.choice(["web", "email"]),
            )
            for d, p in ((d1, p1), (d1 + f.rng.randint(4, 5), p2))
        ]
        c.truth.update(problems=cases, trouble_starts_at=cases[0]["raised_at"])
    for _ in range(7):
        c = person(f, lang_draw(f), "happy", "frequent writer")
        day_acts(f, c, f.rng.randint(5, 8), 0, 9, 7, 19, ["chat", "chat", "mail", "phone", "buy"])


SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def slide(f: Fam, c: Cust, first: datetime, span: int, langs: list[str], nps: bool) -> None:
    ids = []
    t = first
    comp = f.rng.choice(W.COMPETITORS)
    gaps = sorted(f.rng.uniform(0, span * 24) for _ in range(5))
    times = [first] + [first + timedelta(hours=g) for g in gaps]
    last = first
    for k, t0 in enumerate(times):
        t = daytime(f, max(t0, last + timedelta(hours=1) if k else t0))
        last = t
        lang = langs[k % len(langs)]
        text = fill(W.SLIDE[lang][k], comp=comp)
        r = f.rng.random()
        if r < 0.4:
            ids.append(add(f, c, t, "social", "mention", mention(text)))
        elif r < 0.7:
            ids.append(add(f, c, t, "community", "post", text))
        else:
            ids.append(
                add(
                    f,
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        if k == 3 and nps:
            sid = add(
                f,
                c,
                daytime(f, t + mins(f, 150, 210)),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, survey_event_id=sid)
            last = max(last, t)
    c.truth.update(
        slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=fmt(first)
    )


def slow_churners(f: Fam) -> None:
    spans = [3] + [5] * 5 + [9] * 4
    nps_idx = set(f.rng.sample(range(10), 5))
    for i, span in enumerate(spans):
        exp = ["sentiment_drop"] + (["detractor"] if i in nps_idx else [])
        c = person(f, lang_draw(f), "slow_churner", "slides", exp, SLIDE_TOL)
        for d in days_apart(f, 0, 10, f.rng.randint(4, 5)):
            happy_act(f, c, f.at(d, f.rng.uniform(7, 19)), ["praise"])
        for d in days_apart(f, 0, 10, f.rng.randint(2, 4)):
            happy_act(f, c, f.at(d, f.rng.uniform(7, 19)), ["buy", "view", "chat", "review"])
        slide(f, c, f.at(f.rng.randint(12, 16), f.rng.uniform(8, 18)), span, [c.lang], i in nps_idx)
    for _ in range(5):
        c = person(
            f,
            lang_draw(f),
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        day_acts(f, c, f.rng.randint(4, 6), 0, 15, 7, 19, NO_SURVEY)
        t = f.at(f.rng.randint(17, 23), f.rng.uniform(8, 18))
        subj = {
            "de": "Kündigung",
            "it": "Disdetta",
            "en": "Cancel my account",
            "fr": "Résiliation",
            "es": "Baja",
            "pt": "Cancelamento",
        }[c.lang]
        eid = add(f, c, t, "email", "message", f.pick(W.LEAVE, c.lang), subject=subj)
        reply(f, c, daytime(f, t + mins(f, 60, 300)), "email", f.pick(W.SORRY_GO, c.lang))
        ct = daytime(f, t + timedelta(hours=f.rng.uniform(20, 30)))
        cid = add(
            f,
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/close", "product": "Raggiolo Care plan"},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=fmt(ct),
            trouble_starts_at=fmt(t),
        )
    for _ in range(6):
        c = person(f, lang_draw(f), "happy", "steady")
        day_acts(f, c, f.rng.randint(6, 10), 0, 31)
    for _ in range(5):
        c = person(
            f, lang_draw(f), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"]
        )
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            t = f.at(d, f.rng.uniform(8, 20))
            text = f.pick(W.GRUMBLE, c.lang)
            ch = f.rng.choice(["social", "community", "web", "review"])
            if ch == "social":
                ids.append(add(f, c, t, "social", "mention", mention(text)))
            elif ch == "community":
                ids.append(add(f, c, t, "community", "post", text))
            elif ch == "web":
                ids.append(add(f, c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    add(f, c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            d += f.rng.randint(1, 3)
        for _k in range(f.rng.randint(0, 2)):
            happy_act(f, c, f.at(f.rng.randint(0, 25), f.rng.uniform(9, 18)), ["buy"])
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=f.rows[[r.data["event_id"] for r in f.rows].index(ids[0])].data[
                "occurred_at"
            ],
        )
    for _ in range(5):
        c = person(f, lang_draw(f), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        day_acts(f, c, f.rng.randint(3, 6), 0, 16, 7, 19, NO_SURVEY)
        t = f.at(f.rng.randint(17, 28), f.rng.uniform(9, 20))
        sid = add(f, c, t, "social", "mention", mention(f.pick(W.SARCASM, c.lang)))
        c.truth.update(sarcasm_event_id=sid)


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = person(f, lang_draw(f), "happy", "day writer")
        for d in days_apart(f, 0, 2, f.rng.randint(1, 3)):
            happy_act(f, c, f.at(d, f.rng.uniform(7, 17.5)), NO_SURVEY)
    for _ in range(4):
        c = person(f, lang_draw(f), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(f.rng.randint(0, 2), f.rng.uniform(8, 17))
        add(f, c, t, "web", "page_view", attrs={"page": f.rng.choice(W.PAGES)})
        t2 = t + mins(f, 20, 30)
        ag = f.agent()
        if len([x for x in f.custs.values() if x.truth["persona"] == "grumbles_once"]) <= 2:
            gid = add(f, c, t2, "chat", "chat", f.pick(W.MILD, c.lang))
            add(
                f,
                c,
                t2 + mins(f, 1, 5),
                "chat",
                "chat",
                fill(f.pick(W.MILD_ANSWER, c.lang), agent=ag),
                out=True,
                attrs={"agent": ag},
            )
        else:
            gid = add(
                f, c, t2, "web", "ticket", f.pick(W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            add(
                f,
                c,
                t2 + mins(f, 10, 40),
                "email",
                "message",
                fill(f.pick(W.MILD_ANSWER, c.lang), agent=ag),
                out=True,
                attrs={"agent": ag},
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=fmt(t2))
    for night in range(3):
        base = f.at(night + 1, 0) + timedelta(minutes=f.rng.uniform(40, 65))
        starts = [base, base + mins(f, 28, 33), base + mins(f, 55, 65)]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = person(f, lang_draw(f), "night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + mins(f, 0, 10)
                if f.rng.random() < 0.5:
                    nid = add(f, c, t, "community", "post", fill(f.pick(W.NIGHT_POST, c.lang)))
                else:
                    ag = f.agent()
                    nid = add(f, c, t, "chat", "chat", f.pick(W.NIGHT_Q, c.lang))
                    add(
                        f,
                        c,
                        t + mins(f, 2, 6),
                        "chat",
                        "chat",
                        fill(f.pick(W.NIGHT_A, c.lang), agent=ag),
                        out=True,
                        attrs={"agent": ag},
                    )
                    add(f, c, t + mins(f, 7, 12), "chat", "chat", f.pick(W.THANKS, c.lang))
                c.truth.update(burst_at=fmt(bs), night_event_id=nid)
                if f.rng.random() < 0.5:
                    happy_act(
                        f,
                        c,
                        f.at(f.rng.randint(0, 2), f.rng.uniform(9, 17.5)),
                        ["praise", "buy", "view"],
                    )


PAIRS = [
    ("de", "it"),
    ("it", "de"),
    ("de", "it"),
    ("it", "de"),
    ("de", "en"),
    ("it", "en"),
    ("de", "fr"),
    ("it", "fr"),
    ("fr", "de"),
    ("es", "it"),
    ("it", "es"),
    ("pt", "de"),
    ("de", "pt"),
    ("en", "it"),
    ("de", "es"),
    ("it", "pt"),
    ("fr", "it"),
    ("de", "it"),
    ("it", "de"),
    ("es", "de"),
    ("en", "de"),
    ("pt", "it"),
    ("de", "it"),
    ("it", "en"),
    ("fr", "de"),
    ("de", "en"),
    ("it", "de"),
]
PAIR_MARKET = {
    "de": ["DE", "AT", "CH"],
    "it": ["IT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "pt": ["PT"],
}
SECOND_WHY = [
    "works for a company whose office language is the second",
    "partner's family speaks it at home",
    "studied in that country",
    "neighbours and the roofer speak it",
    "grew up bilingual",
]


def bilingual(f: Fam) -> None:
    pairs = list(PAIRS)
    f.rng.shuffle(pairs)

    def mk(persona: str, habit: str, exp: list[str], tol: list[str], **extra: Any) -> Cust:
        a, b = pairs.pop()
        market = f.rng.choice(PAIR_MARKET[a] + PAIR_MARKET[b])
        return person(
            f,
            a,
            persona,
            habit,
            exp,
            tol,
            market=market,
            languages=[a, b],
            job_second_language=f.rng.choice(SECOND_WHY),
            **extra,
        )

    for _ in range(12):
        c = mk("happy", "alternates languages", [], [])
        for k, d in enumerate(days_apart(f, 0, 13, f.rng.randint(5, 8))):
            happy_act(f, c, f.at(d, f.rng.uniform(7, 19)), NO_SURVEY, c.truth["languages"][k % 2])
    for n in [2, 2, 3, 3, 4]:
        c = mk(
            "repeat_contact",
            "repeats",
            ["repeat_contact"],
            REPEAT_TOL,
            problem=f.rng.choice(PROBLEMS),
        )
        for k, d in enumerate(days_apart(f, 0, 1, f.rng.randint(1, 2))):
            happy_act(f, c, f.at(d, f.rng.uniform(7, 12)), NO_SURVEY, c.truth["languages"][k % 2])
        repeat_run(
            f,
            c,
            f.rng.randint(2, 5),
            n,
            c.truth["languages"],
            f.rng.choice(["web", "email", "chat"]),
            n >= 3,
        )
    for _ in range(5):
        c = mk("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        langs = c.truth["languages"]
        for k, d in enumerate(days_apart(f, 0, 5, 5)):
            happy_act(f, c, f.at(d, f.rng.uniform(7, 19)), ["praise"], langs[k % 2])
        for k, d in enumerate(days_apart(f, 0, 5, f.rng.randint(1, 3))):
            happy_act(f, c, f.at(d, f.rng.uniform(7, 19)), ["buy", "view"], langs[k % 2])
        slide(
            f, c, f.at(f.rng.randint(7, 8), f.rng.uniform(8, 18)), f.rng.randint(3, 5), langs, False
        )
    bad = [("email", True), ("email", False), ("chat", False)]
    for ch, long_mail in bad:
        c = mk("happy_one_bad_day", "one bad day", [], ["silence"], problem=f.rng.choice(PROBLEMS))
        if long_mail:
            c.truth["languages"] = [c.lang, "de"] if c.lang != "de" else [c.lang, "it"]
        lang2 = c.truth["languages"][1]
        for k, d in enumerate(days_apart(f, 0, 4, f.rng.randint(2, 4))):
            happy_act(f, c, f.at(d, f.rng.uniform(7, 19)), NO_SURVEY, c.truth["languages"][k % 2])
        t = f.at(f.rng.randint(7, 10), f.rng.uniform(8, 18))
        case = case_ref(f)
        eid = complain(f, c, t, c.truth["problem"], ch, lang2, case, long_mail=long_mail)
        acknowledge(f, c, t, ch, lang2, case)
        c.truth.update(
            bad_day_at=fmt(t),
            bad_day_event_id=eid,
            bad_day_language=lang2,
            booking=case,
            channel=ch,
            long_email=long_mail,
            trouble_starts_at=fmt(t),
        )
        if ch == "email":
            reply(
                f,
                c,
                daytime(f, t + mins(f, 60, 240)),
                "email",
                f.pick(W.GOOD_NEWS, lang2),
                case=case,
            )
            c.truth["agent_fixed"] = True
            if not long_mail:
                at = daytime(f, t + mins(f, 18 * 60, 24 * 60))
                aid = add(f, c, at, "chat", "chat", f.pick(W.APOLOGY, lang2))
                c.truth.update(apologised=True, apology_at=fmt(at), apology_event_id=aid)
    for _ in range(2):
        c = mk("resolved_between_contacts", "fixed", [], ["silence"])
        a, b = c.truth["languages"]
        day_acts(f, c, 2, 0, 3, 7, 19, ["praise", "buy", "view"])
        fixed = fixed_case(
            f,
            c,
            f.at(f.rng.randint(4, 8), f.rng.uniform(8, 18)),
            f.rng.choice(PROBLEMS),
            a,
            b,
            "web",
        )
        c.truth.update(
            problems=[fixed],
            problem=fixed["problem"],
            confirm_language=b,
            trouble_starts_at=fixed["raised_at"],
        )


def office(f: Fam, day: int) -> datetime:
    t = f.at(day, f.rng.uniform(8, 16.5))
    while t.weekday() >= 5:
        t += timedelta(days=1)
    return t


ACCOUNT_PLAN = [
    ("at_risk", 5, 3, "portal", "de", "DE", "warehouse"),
    ("at_risk", 4, 3, "invoice", "it", "IT", "municipality"),
    ("at_risk", 4, 3, "service_blocked", "de", "AT", "hotel"),
    ("at_risk", 6, 4, "invoice", "it", "IT", "farm"),
    ("at_risk", 5, 4, "overbilled", "fr", "FR", "supermarket"),
    ("one_unhappy", 3, 1, "service_blocked", "de", "DE", "logistics"),
    ("one_unhappy", 3, 1, "overbilled", "it", "CH", "winery"),
    ("one_unhappy", 3, 1, "portal", "es", "ES", "school"),
    ("one_unhappy", 3, 1, "invoice", "en", "UK", "housing"),
    ("mild", 4, 0, "", "de", "DE", "factory"),
    ("mild", 3, 0, "", "it", "IT", "hospital"),
    ("mild", 4, 0, "", "pt", "PT", "sports"),
    ("happy", 4, 0, "", "de", "CH", "farm"),
    ("happy", 4, 0, "", "it", "IT", "hotel"),
    ("happy", 4, 0, "", "en", "IE", "logistics"),
]
COMPANY = [
    "Lagerhaus Brenner",
    "Comune di Valmora",
    "Hotel Alpenrose",
    "Cascina Ferri",
    "Marché Dufresne",
    "Spedition Kloss",
    "Cantina Monteluce",
    "Colegio San Fermín",
    "Riverside Homes",
    "Metallbau Riegler",
    "Ospedale San Carlo",
    "Clube Atlântico",
    "Hof Zumstein",
    "Albergo Lido",
    "Shannon Freight",
]


def b2b_accounts(f: Fam) -> None:
    for n, (kind, ncontacts, nunhappy, problem, lang, market, site) in enumerate(ACCOUNT_PLAN):
        name = COMPANY[n]
        acc_id = unique(lambda market=market: f"RGI-{market}-{f.rng.randrange(1000, 10000)}")
        domain = simple(name).replace("à", "a") + ".example"
        comp = {"id": acc_id, "domain": domain, "firsts": set()}
        contacts: list[Cust] = []
        unhappy: list[Cust] = []
        mild_n = 2 if kind == "mild" else 0
        acc_exp = ["account_risk"] if kind == "at_risk" else []
        for k in range(ncontacts):
            title = f.rng.choice(B.TITLES)
            if k < nunhappy:
                last = kind == "at_risk" and k == nunhappy - 1
                if kind == "at_risk":
                    exp = ["repeat_contact"] if last else ["detractor"]
                    c = person(
                        f,
                        lang,
                        "b2b_unhappy",
                        "complainer",
                        exp,
                        [
                            "sentiment_drop",
                            "churn_intent",
                            "competitor_mention",
                            "high_value_at_risk",
                            "silence",
                            "account_risk",
                        ],
                        market=market,
                        firm=comp,
                        job=title,
                        job_title=title,
                        company=name,
                        role="complainer",
                    )
                else:
                    c = person(
                        f,
                        lang,
                        "b2b_one_unhappy",
                        "complainer",
                        ["detractor"],
                        ["sentiment_drop", "high_value_at_risk", "silence"],
                        market=market,
                        firm=comp,
                        job=title,
                        job_title=title,
                        company=name,
                        role="complainer",
                    )
                unhappy.append(c)
            elif k < nunhappy + mild_n:
                c = person(
                    f,
                    lang,
                    "b2b_mild",
                    "suggests",
                    [],
                    ["silence"],
                    market=market,
                    firm=comp,
                    job=title,
                    job_title=title,
                    company=name,
                    role="suggests",
                )
            else:
                c = person(
                    f,
                    lang,
                    "b2b_happy",
                    "contact",
                    [],
                    [],
                    market=market,
                    firm=comp,
                    job=title,
                    job_title=title,
                    company=name,
                    role="contact",
                )
            contacts.append(c)
        # routine acts
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in days_apart(f, 0, 13, f.rng.randint(2, 5)):
                    b2b_routine(f, c, office(f, d), True)
            else:
                for _ in range(f.rng.randint(0, 2)):
                    b2b_routine(f, c, office(f, f.rng.randint(0, 1)), False)
        trouble = None
        if kind == "at_risk":
            case = case_ref(f)
            t = f.at(2, f.rng.uniform(8, 11))
            first_name = unhappy[0].truth["name"].split()[0]
            first_day = B.WEEKDAY[lang][t.weekday()]
            trouble = fmt(t)
            for k, c in enumerate(unhappy):
                core = B.B2B_PROBLEM[problem][lang]
                if k == 0:
                    text = fill(
                        B.FIRST[lang],
                        core=core[0].upper() + core[1:],
                        name=c.truth["name"],
                        title=c.truth["job_title"],
                        company=name,
                    )
                else:
                    t = t + timedelta(hours=f.rng.uniform(8, 28))
                    while t.hour >= 17 or t.hour < 8 or t.weekday() >= 5:
                        t = (
                            t + timedelta(days=1 if t.hour >= 17 or t.weekday() >= 5 else 0)
                        ).replace(hour=8, minute=f.rng.randrange(60))
                    text = fill(
                        B.LATER[lang],
                        first=first_name,
                        day=first_day,
                        case=case,
                        core=core,
                        name=c.truth["name"],
                        title=c.truth["job_title"],
                        company=name,
                    )
                eid = add(
                    f, c, t, "email", "message", text, subject=W.COMPLAINT_SUBJECT[lang] + case
                )
                ids = [eid]
                if k == 0:
                    reply(
                        f,
                        c,
                        t + mins(f, 20, 60),
                        "email",
                        B.ACK[lang],
                        subject=fill(W.CASE_SUBJECT[lang], case=case),
                        case=case,
                    )
                if k < len(unhappy) - 1:
                    sid = add(
                        f,
                        c,
                        t + mins(f, 60, 180),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(nps_given=True, survey_event_id=sid)
                else:
                    t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                    while t2.hour >= 17 or t2.hour < 8 or t2.weekday() >= 5:
                        t2 = (
                            t2 + timedelta(days=1 if t2.hour >= 17 or t2.weekday() >= 5 else 0)
                        ).replace(hour=9, minute=f.rng.randrange(60))
                    if n == 0:
                        comp_name = f.rng.choice(W.COMPETITORS)
                        ids.append(
                            add(
                                f,
                                c,
                                t2,
                                "email",
                                "message",
                                fill(B.LAST_MAIL[lang], case=case, comp=comp_name),
                                subject=fill(W.CASE_SUBJECT[lang], case=case),
                            )
                        )
                        c.truth["competitor"] = comp_name
                    else:
                        ids.append(
                            add(f, c, t2, "phone", "call", fill(B.LAST_CALL[lang], case=case))
                        )
                c.truth.update(
                    complaint_event_ids=ids, trouble_starts_at=fmt(t), booking=case, problem=problem
                )
        elif kind == "one_unhappy":
            c = unhappy[0]
            case = case_ref(f)
            t = office(f, f.rng.randint(3, 7))
            core = B.B2B_PROBLEM[problem][lang]
            eid = add(
                f,
                c,
                t,
                "email",
                "message",
                fill(
                    B.FIRST[lang],
                    core=core[0].upper() + core[1:],
                    name=c.truth["name"],
                    title=c.truth["job_title"],
                    company=name,
                ),
                subject=W.COMPLAINT_SUBJECT[lang] + name,
            )
            reply(
                f,
                c,
                t + mins(f, 20, 60),
                "email",
                B.ACK[lang],
                subject=fill(W.CASE_SUBJECT[lang], case=case),
                case=case,
            )
            sid = add(
                f,
                c,
                t + mins(f, 60, 180),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                complaint_event_ids=[eid],
                nps_given=True,
                survey_event_id=sid,
                trouble_starts_at=fmt(t),
                booking=case,
                problem=problem,
            )
        elif kind == "mild":
            for c in contacts:
                if c.truth["role"] == "suggests":
                    t = office(f, f.rng.randint(2, 10))
                    t = t.replace(hour=min(t.hour, 15))
                    mid = add(
                        f,
                        c,
                        t,
                        "web",
                        "ticket",
                        f.pick(B.SUGGEST, lang),
                        attrs={"page": "/pro/feedback"},
                    )
                    reply(f, c, t + mins(f, 30, 90), "email", B.SUGGEST_ACK[lang])
                    c.truth.update(mild_event_id=mid, trouble_starts_at=fmt(t))
        f.accounts[acc_id] = {
            "company": name,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": acc_exp,
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }


def b2b_routine(f: Fam, c: Cust, t: datetime, happy: bool) -> None:
    lang = c.lang
    k = f.rng.choice(
        ["chat", "buy", "view", "praise", "survey"] if happy else ["chat", "buy", "view"]
    )
    ag = f.agent()
    if k == "chat":
        add(f, c, t, "chat", "chat", f.pick(B.B2B_QUESTION, lang))
        add(
            f,
            c,
            t + mins(f, 1, 6),
            "chat",
            "chat",
            fill(f.pick(B.B2B_ANSWER, lang), agent=ag),
            out=True,
            attrs={"agent": ag},
        )
        if f.rng.random() < 0.6:
            add(f, c, t + mins(f, 7, 10), "chat", "chat", f.pick(B.B2B_THANKS, lang))
    elif k == "buy":
        name, price, page = f.rng.choice(B.B2B_PRODUCTS)
        value, cur = currency(c.market, price)
        add(f, c, t, "web", "page_view", attrs={"page": page})
        add(
            f,
            c,
            t + mins(f, 3, 15),
            "web",
            "purchase",
            attrs={"order_value": value, "currency": cur, "product": name, "page": page},
        )
    elif k == "view":
        add(f, c, t, "web", "page_view", attrs={"page": f.rng.choice(B.B2B_PAGES)})
    elif k == "praise":
        add(f, c, t, "community", "post", f.pick(B.B2B_PRAISE, lang))
    else:
        survey(f, c, t)


SPIKE_START = datetime(2026, 11, 14, 8, 10, tzinfo=UTC)
SPIKE_END = datetime(2026, 11, 14, 8, 55, tzinfo=UTC)


def topic_spike(f: Fam) -> None:
    langs = ["de"] * 6 + ["it"] * 6 + ["en", "en", "fr", "fr", "es", "es", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    offsets = sorted([0.0, 45.0] + [f.rng.uniform(0, 45) for _ in range(18)])
    early = [i for i, o in enumerate(offsets) if o <= 25]
    rep_idx = set(f.rng.sample(early, 6))
    fixed_idx = set(f.rng.sample([i for i in range(20) if i not in rep_idx], 6))
    regular = set(f.rng.sample(range(20), 12))
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    f.rng.shuffle(rep_chans)
    keys: list[str] = []
    eids: list[str] = []
    reids: list[str] = []
    for i in range(20):
        lang = langs[i]
        is_rep = i in rep_idx
        c = person(
            f,
            lang,
            "spike_repeater" if is_rep else "spike_reporter",
            "regular" if i in regular else "new",
            ["repeat_contact"] if is_rep else [],
            ["sentiment_drop", "silence"] if is_rep else ["silence"],
            in_spike=True,
            regular=i in regular,
        )
        if i in regular:
            for d in days_apart(f, 2, 4, f.rng.randint(1, 3)):
                happy_act(f, c, f.at(d, f.rng.uniform(8, 17.5)), NO_SURVEY)
        t = SPIKE_START + timedelta(minutes=offsets[i])
        text = fill(f.pick(W.SPIKE, lang), code=W.SPIKE_CODE)
        ch = chans[i]
        if ch == "social":
            eid = add(f, c, t, "social", "mention", mention(text))
        elif ch == "chat":
            eid = add(f, c, t, "chat", "chat", text)
            reply(f, c, t + mins(f, 1, 4), "chat", f.pick(W.SPIKE_CHAT_A, lang))
        elif ch == "community":
            eid = add(f, c, t, "community", "post", text)
        elif ch == "email":
            eid = add(
                f,
                c,
                t,
                "email",
                "message",
                text,
                subject={
                    "de": "Reinigungsmodus von selbst an",
                    "it": "Modalità pulizia attiva da sola",
                    "en": "Cleaning mode stuck on",
                    "fr": "Mode nettoyage bloqué",
                    "es": "Modo limpieza activado solo",
                    "pt": "Modo limpeza ligado sozinho",
                }[lang],
            )
        else:
            eid = add(f, c, t, "web", "ticket", text, attrs={"page": "/help/cleaning-mode"})
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(spike_event_id=eid, spike_channel=ch, trouble_starts_at=fmt(t))
        if is_rep:
            rch = rep_chans.pop()
            if rch == ch:
                rch = "email" if ch != "email" else "community"
            t2 = t + mins(f, 15, 50)
            text2 = fill(f.pick(W.SPIKE_AGAIN, lang), code=W.SPIKE_CODE)
            if rch == "chat":
                rid = add(f, c, t2, "chat", "chat", text2)
            elif rch == "community":
                rid = add(f, c, t2, "community", "post", text2)
            else:
                rid = add(f, c, t2, "email", "message", text2, subject="Re: " + W.SPIKE_CODE)
            reids.append(rid)
            c.truth["repeat_event_id"] = rid
        if i in fixed_idx:
            ag = f.agent()
            local = "11:40" if c.market in ("UK", "IE", "PT") else "12:40"
            amt = {"UK": "£9", "CH": "CHF 9"}.get(
                c.market, "10 €" if lang in ("de", "fr", "it", "es", "pt") else "€10"
            )
            add(
                f,
                c,
                datetime(2026, 11, 14, 11, 8, tzinfo=UTC) + mins(f, 0, 9),
                "email",
                "message",
                fill(f.pick(W.SPIKE_FIXED, lang), time=local, amt=amt, agent=ag),
                out=True,
                attrs={"agent": ag},
            )
            c.truth["agent_fixed"] = True
    for _ in range(40):
        c = person(f, lang_draw(f), "happy", "day writer")
        for d in days_apart(f, 0, 5, f.rng.randint(1, 4)):
            happy_act(f, c, f.at(d, f.rng.uniform(12, 19) if d == 5 else f.rng.uniform(7, 19)))
    for lang in ("de", "it"):
        c = person(f, lang, "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(0, f.rng.uniform(9, 16))
        gid = add(f, c, t, "chat", "chat", f.pick(W.SPIKE_GRUMBLE, lang))
        reply(f, c, t + mins(f, 1, 5), "chat", f.pick(W.MILD_ANSWER, lang))
        c.truth.update(grumble_event_id=gid, trouble_starts_at=fmt(t))
    for lang, hour in (("it", 9 + 40 / 60), ("de", 16 + 5 / 60)):
        c = person(f, lang, "grumbles_once", "lone question", [], ["silence"])
        t = f.at(4, hour)
        lid = add(f, c, t, "chat", "chat", f.pick(W.LONE_Q, lang))
        reply(f, c, t + mins(f, 2, 6), "chat", f.pick(W.LONE_A, lang))
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=fmt(t))
    f.spike = {
        "topic": f"solar-care app switched linked inverters into cleaning mode by itself: systems off, no yield, mode cannot be ended, error {W.SPIKE_CODE}",
        "about": "Saturday-morning reports in six languages on five channels",
        "channel": None,
        "start": fmt(SPIKE_START),
        "end": fmt(SPIKE_END),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
    }


# --- writing -----------------------------------------------------------------


def finalize(f: Fam) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    first_in: dict[str, datetime] = {}
    for r in f.rows:
        if not r.out:
            k = r.cust.key
            if k not in first_in or r.t < first_in[k]:
                first_in[k] = r.t
    out: list[dict[str, Any]] = []
    rr = f.rr
    for r in sorted(f.rows, key=lambda x: (x.t, x.data["event_id"])):
        ids = r.cust.ids
        full = {k: v for k, v in ids.items()}
        ch = r.data["channel"]
        if r.out or r.t == first_in[r.cust.key]:
            cust = full
        elif ch == "phone":
            ph = ids["phone"] or ""
            if rr.random() < 0.5:
                cc = max((p[0] for p in PHONE.values() if ph.startswith(p[0])), key=len)
                ph = cc + " " + ph[len(cc) :]
            cust = {"phone": ph}
        elif ch in ("social", "community"):
            h = ids["handle"]
            if h is None:
                cust = {"email": ids["email"]}
            else:
                cust = {"handle": h if rr.random() >= 0.2 else h.lstrip("@")}
        elif ch == "email":
            e = ids["email"] or ""
            cust = {"email": e.upper() if rr.random() < 1 / 12 else e}
        else:
            cust = {"customer_id": ids["customer_id"]}
        if ids["account_id"]:
            cust["account_id"] = ids["account_id"]
        d = dict(r.data)
        d["customer"] = {
            k: cust.get(k) for k in ("customer_id", "email", "phone", "handle", "account_id")
        }
        out.append(d)
    times = [r.t for r in f.rows]
    end = max(f.at(f.days), max(times) + timedelta(hours=1))
    expected: dict[str, int] = {}
    for c in f.custs.values():
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Raggiolo: rooftop solar-panel cleaning and care by app and web, Raggiolo Care plan; Raggiolo Impresa for roof arrays on account",
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": WRITTEN,
            "expected": dict(sorted(expected.items())),
        },
        "start": fmt(f.start),
        "end": fmt(end),
        "customers": {k: c.truth for k, c in sorted(f.custs.items())},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    return out, truth


PLANNED = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"churn_intent": 5, "detractor": 5, "sentiment_drop": 10},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"repeat_contact": 6, "topic_spike": 1},
}


def check(f: Fam, rows: list[dict[str, Any]], truth: dict[str, Any]) -> None:
    if truth["config"]["expected"] != PLANNED[f.name]:
        raise SystemExit(f"{f.name}: expected {truth['config']['expected']} != {PLANNED[f.name]}")
    inbound = {r.cust.key for r in f.rows if not r.out}
    for k, c in truth["customers"].items():
        if set(c["expected_rules"]) & set(c["tolerated_rules"]):
            raise SystemExit(f"{k}: rule both expected and tolerated")
        if k not in inbound:
            raise SystemExit(f"{k}: no inbound touchpoint")
    for r in f.rows:
        if r.t < f.start or r.t >= LIMIT or r.t.year != 2026:
            raise SystemExit(f"{r.data['event_id']}: out of range {r.t}")
    if datetime.fromisoformat(truth["end"]) >= LIMIT + timedelta(seconds=1):
        raise SystemExit(f"{f.name}: end too late")


FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 23, tzinfo=UTC),
        10,
        "happy customers writing by day, by night or answering surveys",
        happy_writers,
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry day",
        one_bad_day,
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "one open problem raised again and again, against fixed ones and frequent writers",
        repeat_contacts,
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "slides from a happy baseline, leavers, steady, grumpy and sarcastic customers",
        slow_churners,
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with bursts of night owls",
        quiet_hours,
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages",
        bilingual,
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "business accounts with at-risk, one-unhappy, mild and happy contacts",
        b2b_accounts,
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 9, tzinfo=UTC),
        6,
        "a calm week and one Saturday-morning spike",
        topic_spike,
    ),
]


def main() -> None:
    USED.clear()
    for n, (name, code, start, days, about, build) in enumerate(FAMILIES, start=1):
        f = Fam(name, code, n, start, days, about)
        build(f)
        rows, truth = finalize(f)
        check(f, rows, truth)
        with (HERE / f"{name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
        (HERE / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(
            f"{name}: {len(truth['customers'])} customers, {len(rows)} touchpoints, {sum(1 for r in rows if r['direction'] == 'outbound')} replies"
        )


if __name__ == "__main__":
    main()
