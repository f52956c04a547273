# ruff: noqa: E501
"""Build tests/scenarios/heldout60/: eight hand-written alert scenario families, written blind.

REPORT ONLY: never tune on these files. Standard library only; two runs give the same
bytes. Run ``python make_heldout60.py`` from anywhere: it imports its two wording modules
from its own directory and writes ``<family>.jsonl`` and ``<family>.truth.json`` beside
itself. It refuses to write a family whose expected counts differ from the planted ones,
a customer who both expects and tolerates a rule, a customer without an inbound
touchpoint, or a touchpoint outside 2026, before the family's start or from 2026-11-25 on.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import words_companies as wc  # noqa: E402
import words_parents as wp  # noqa: E402

SEED = 20261203
WRITTEN = "2026-12-03, blind, for a later report (report only, never tune on it)"
BUSINESS = (
    "Trepalo: children's holiday camps and after-school clubs booked and followed in an app "
    "(timetable, photos of the day, messages to the group leader, authorised adults, sign-in and "
    "sign-out notices), a yearly family membership, in Portugal, France, Belgium, Luxembourg, "
    "Switzerland, Germany, Austria, Spain, Italy, the UK and Ireland; Trepalo Corporate sells camp "
    "and club places to organisations on account (portal, invoices, contract rate). Competitors: "
    "Brincalia, Kalimbo."
)
LIMIT = datetime(2026, 11, 25, tzinfo=UTC)
YEAR_START = datetime(2026, 1, 1, tzinfo=UTC)

LANG_WEIGHTS = {"pt": 30, "fr": 30, "de": 10, "en": 10, "es": 10, "it": 10}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "pt": [("PT", 1)],
    "fr": [("FR", 6), ("BE", 2), ("CH", 1), ("LU", 1)],
    "de": [("DE", 6), ("AT", 2), ("CH", 2)],
    "en": [("UK", 7), ("IE", 3)],
    "es": [("ES", 1)],
    "it": [("IT", 8), ("CH", 2)],
}
# Market -> (country code, mobile prefixes, digits after the prefix, grouping of the national part).
PHONES: dict[str, tuple[str, list[str], int]] = {
    "PT": ("+351", ["91", "92", "93", "96"], 7),
    "FR": ("+33", ["6", "7"], 8),
    "BE": (
        "+32",
        ["470", "471", "472", "475", "477", "478", "479", "485", "486", "493", "494", "495", "496"],
        6,
    ),
    "LU": ("+352", ["621", "661", "691"], 6),
    "CH": ("+41", ["76", "77", "78", "79"], 7),
    "DE": (
        "+49",
        [
            "151",
            "152",
            "157",
            "160",
            "162",
            "170",
            "171",
            "172",
            "173",
            "175",
            "176",
            "177",
            "178",
            "179",
        ],
        8,
    ),
    "AT": ("+43", ["650", "660", "664", "676", "677", "680", "699"], 7),
    "UK": ("+44", ["73", "74", "75", "77", "78", "79"], 8),
    "IE": ("+353", ["83", "85", "86", "87", "89"], 7),
    "ES": ("+34", ["6", "7"], 8),
    "IT": ("+39", ["320", "328", "333", "338", "340", "347", "349", "366", "388", "392"], 7),
}
MAIL_DOMAINS = {
    "PT": ["correio.example", "mailpt.example", "netcabo-mail.example"],
    "FR": ["courriel.example", "boitemail.example", "webmail-fr.example"],
    "BE": ["skynet-mail.example", "courriel.example"],
    "LU": ["post-mail.example", "courriel.example"],
    "CH": ["bluemail.example", "postfach.example"],
    "DE": ["postfach.example", "webpost.example", "mailbox-de.example"],
    "AT": ["aon-post.example", "postfach.example"],
    "UK": ["mailbox-uk.example", "inbox.example"],
    "IE": ["eircom-mail.example", "inbox.example"],
    "ES": ["correo.example", "buzon.example"],
    "IT": ["posta.example", "libero-mail.example"],
}
SOURCES = {
    ("email", "message"): "helpdesk-email",
    ("phone", "call"): "call-transcripts",
    ("social", "mention"): "social-listening",
    ("community", "post"): "parents-forum",
    ("chat", "chat"): "livechat",
    ("web", "ticket"): "web-forms",
    ("web", "page_view"): "web-analytics",
    ("web", "purchase"): "shop",
    ("web", "cancellation"): "shop",
    ("web", "review"): "reviews",
    ("survey", "survey_response"): "survey-tool",
}
T = TypeVar("T")


# ---------------------------------------------------------------- model


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    gender: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    town: str
    child: str
    cg: str
    picks: tuple[int, int, int]
    truth: dict[str, Any]
    segment: str = "consumer"
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class Row:
    seq: int
    when: datetime
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]
    event_id: str


@dataclass
class Fam:
    n: int
    name: str
    code: str
    start: datetime
    days: int
    about: str
    rng: random.Random
    rr: random.Random
    custs: list[Cust] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    planted: dict[str, int] = field(default_factory=dict)


USED: set[str] = set()


def unique(make: Callable[[], str]) -> str:
    for _ in range(10_000):
        value = make()
        if value not in USED:
            USED.add(value)
            return value
    raise RuntimeError("could not find a unique value")


def pick(rng: random.Random, items: Sequence[T]) -> T:
    return items[rng.randrange(len(items))]


def weighted(rng: random.Random, table: dict[str, int]) -> str:
    keys = sorted(table)
    return rng.choices(keys, weights=[table[k] for k in keys])[0]


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_of(text: str) -> str:
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    plain = unicodedata.normalize("NFD", text)
    return (
        "".join(ch for ch in plain if unicodedata.category(ch) != "Mn")
        .lower()
        .replace(" ", "")
        .replace("'", "")
    )


# ---------------------------------------------------------------- text helpers

UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def strip_accents(text: str) -> str:
    out: list[str] = []
    for ch in text:
        if ch in UMLAUTS:
            out.append(UMLAUTS[ch])
        elif ch in "ñÑß":
            out.append(ch)
        else:
            plain = unicodedata.normalize("NFD", ch)
            out.append("".join(x for x in plain if unicodedata.category(x) != "Mn") or ch)
    return "".join(out)


WORD = re.compile(r"\b[a-zà-ÿ]{5,}\b")


def roughen(rr: random.Random, text: str) -> str:
    """Real people's typing: lost accents, a lower-case start, two letters swapped."""
    if rr.random() < 1 / 11:
        text = strip_accents(text)
    if rr.random() < 1 / 9 and text[:1].isupper() and text[1:2].islower():
        text = text[0].lower() + text[1:]
    if rr.random() < 1 / 8:
        words = list(WORD.finditer(text))
        if words:
            m = words[rr.randrange(len(words))]
            w = m.group(0)
            i = rr.randrange(1, len(w) - 2)
            if w[i] != w[i + 1]:
                w2 = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
                text = text[: m.start()] + w2 + text[m.end() :]
    return text


def as_speech(text: str, lang: str, keep: Sequence[str] = ()) -> str:
    """A written line as a speech-to-text transcript: no punctuation, lower case (German keeps its nouns)."""
    text = re.sub(r"[.,!?;:«»“”\"()]", "", text)
    if lang == "de":
        return " ".join(text.split())
    words = [w if (w in keep or any(ch.isdigit() for ch in w)) else w.lower() for w in text.split()]
    return " ".join(words)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def ctx_for(c: Cust, lang: str) -> dict[str, str]:
    """Everything a template of that language may name about this customer."""
    f = c.gender == "f"
    club_i, camp_i, leader_i = c.picks
    ctx = child_ctx(lang, c.child, c.cg)
    ctx.update(
        {
            "name": c.first,
            "full": f"{c.first} {c.last}",
            "a": "a" if f else "o",
            "e": "e" if f else "",
            "obg": "Obrigada" if f else "Obrigado",
            "obg_low": "obrigada" if f else "obrigado",
            "club": wp.CLUBS[lang][club_i],
            "camp": wp.CAMPS[lang][camp_i],
            "leader": wp.LEADERS[lang][leader_i],
            "town": c.town,
            "plan": wp.PLAN[lang],
            "brand": wp.BRAND,
            "late_fee": money(wp.LATE_FEE_EUR, c, lang),
            "kit_price": money(18, c, lang),
        }
    )
    if "_eur" in c.extra:
        eur = float(c.extra["_eur"])
        ctx["amount"] = money(eur, c, lang)
        ctx["amount_said"] = money_said(eur, c, lang)
    ctx.update({k: v for k, v in c.extra.items() if not k.startswith("_")})
    problem = c.extra.get("_problem")
    if problem:
        d = wp.P[problem][lang]
        for key in ("what", "topic", "fix"):
            ctx[key] = d[key].format(**ctx)
    return ctx


def fill(template: str, c: Cust, lang: str | None = None, **extra: str) -> str:
    values = ctx_for(c, lang or c.lang)
    values.update(extra)
    return template.format(**values)


# ---------------------------------------------------------------- money

CURRENCY = {"UK": "GBP", "CH": "CHF"}
RATE = {"EUR": 1.0, "GBP": 0.87, "CHF": 1.05}
MONEY_WORD = {
    "EUR": {"pt": "euros", "fr": "euros", "de": "Euro", "en": "euro", "es": "euros", "it": "euro"},
    "GBP": {
        "pt": "libras",
        "fr": "livres",
        "de": "Pfund",
        "en": "pounds",
        "es": "libras",
        "it": "sterline",
    },
    "CHF": {
        "pt": "francos",
        "fr": "francs",
        "de": "Franken",
        "en": "francs",
        "es": "francos",
        "it": "franchi",
    },
}


def currency(market: str) -> str:
    return CURRENCY.get(market, "EUR")


def money(eur: float, c: Cust, lang: str | None = None) -> str:
    lang = lang or c.lang
    cur = currency(c.market)
    v = round(eur * RATE[cur])
    if cur == "GBP":
        return f"£{v}"
    if cur == "CHF":
        return f"CHF {v}" if lang in ("de", "it", "en") else f"{v} CHF"
    return f"€{v}" if lang == "en" else f"{v} €"


def money_said(eur: float, c: Cust, lang: str | None = None) -> str:
    cur = currency(c.market)
    return f"{round(eur * RATE[cur])} {MONEY_WORD[cur][lang or c.lang]}"


def price(eur: float, market: str) -> str:
    return f"{eur * RATE[currency(market)]:.2f}"


# ---------------------------------------------------------------- time


def at(fam: Fam, day: float, hour: float) -> datetime:
    return fam.start + timedelta(days=day, seconds=round(hour * 3600))


def rand_at(fam: Fam, day: int, h0: float, h1: float) -> datetime:
    return at(fam, day, fam.rng.uniform(h0, h1))


def plus(fam: Fam, t: datetime, m0: float, m1: float) -> datetime:
    return t + timedelta(seconds=round(fam.rng.uniform(m0, m1) * 60))


def daylight(fam: Fam, t: datetime, first: int = 7, last: int = 22) -> datetime:
    """Moved out of the night: to 08:00-09:00 the same or the next morning."""
    if t.hour >= last:
        base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        return base + timedelta(seconds=fam.rng.randrange(3600))
    if t.hour < first:
        base = t.replace(hour=8, minute=0, second=0)
        return base + timedelta(seconds=fam.rng.randrange(3600))
    return t


def office(fam: Fam, t: datetime, last: int = 17) -> datetime:
    """Moved into office hours (weekdays 08-17 UTC): to the next working morning."""
    if t.weekday() < 5 and 8 <= t.hour < last:
        return t
    day = t if t.hour < 8 else t + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day.replace(hour=8, minute=0, second=0) + timedelta(seconds=fam.rng.randrange(60, 3600))


def distinct_days(fam: Fam, lo: int, hi: int, k: int) -> list[int]:
    pool = list(range(lo, hi + 1))
    k = min(k, len(pool))
    return sorted(fam.rng.sample(pool, k))


# ---------------------------------------------------------------- people

CHILD_FORMS: dict[str, dict[str, tuple[str, str]]] = {
    "pt": {
        "kid": ("o meu filho", "a minha filha"),
        "he": ("ele", "ela"),
        "menin": ("um menino", "uma menina"),
    },
    "fr": {"kid": ("mon fils", "ma fille"), "he": ("il", "elle")},
    "de": {"kid": ("mein Sohn", "meine Tochter"), "he": ("er", "sie")},
    "en": {"kid": ("my son", "my daughter"), "he": ("he", "she")},
    "es": {"kid": ("mi hijo", "mi hija"), "he": ("él", "ella")},
    "it": {"kid": ("mio figlio", "mia figlia"), "he": ("lui", "lei")},
}


def child_ctx(lang: str, name: str, g: str) -> dict[str, str]:
    f = g == "f"
    forms = CHILD_FORMS[lang]
    kid = forms["kid"][1 if f else 0]
    he = forms["he"][1 if f else 0]
    art = "a" if f else "o"
    ctx = {
        "child": name,
        "Child": name,
        "o_child": f"{art} {name}" if lang == "pt" else name,
        "O_child": f"{art.upper()} {name}" if lang == "pt" else name,
        "do_child": f"d{art} {name}",
        "ao_child": f"à {name}" if f else f"ao {name}",
        "x": art,
        "ex": "e" if f else "",
        "ora": "a" if f else "",
        "rse": "se" if f else "r",
        "dele": "dela" if f else "dele",
        "kid": kid,
        "Kid": cap(kid),
        "he": he,
        "he_pt": "ela" if f else "ele",
        "il": "elle" if f else "il",
        "Il": "Elle" if f else "Il",
        "him": "her" if f else "him",
        "his": "her" if f else "his",
        "le": "la" if f else "le",
        "lo": "la" if f else "lo",
        "LO": "LA" if f else "LO",
        "lo_pt": "a" if f else "o",
        "menin": forms.get("menin", ("", ""))[1 if f else 0],
    }
    return ctx


def choose_market(fam: Fam, lang: str) -> str:
    table = MARKETS[lang]
    return fam.rng.choices([m for m, _ in table], weights=[w for _, w in table])[0]


def town_of(fam: Fam, market: str, lang: str) -> str:
    towns: list[str] = (
        wp.CH_TOWNS.get(lang, wp.CH_TOWNS["fr"]) if market == "CH" else wp.TOWNS[market]
    )
    return pick(fam.rng, towns)


def make_phone(fam: Fam, market: str) -> str:
    cc, prefixes, rest = PHONES[market]
    return unique(
        lambda: (
            cc + pick(fam.rng, prefixes) + "".join(str(fam.rng.randrange(10)) for _ in range(rest))
        )
    )


def make_email(fam: Fam, first: str, last: str, market: str) -> str:
    f, s = ascii_of(first), ascii_of(last)

    def one() -> str:
        style = fam.rng.randrange(6)
        local = [
            f"{f}.{s}",
            f"{f}{s}",
            f"{f[0]}.{s}",
            f"{s}.{f}",
            f"{f}.{s}{fam.rng.randrange(2, 99)}",
            f"{f}_{s[:4]}{fam.rng.randrange(70, 99)}",
        ][style]
        return f"{local}@{pick(fam.rng, MAIL_DOMAINS[market])}"

    return unique(one)


def make_handle(fam: Fam, first: str, last: str) -> str:
    f, s = ascii_of(first), ascii_of(last)

    def one() -> str:
        style = fam.rng.randrange(5)
        return (
            "@"
            + [
                f"{f}{s}",
                f"{f}_{s}{fam.rng.randrange(1, 30)}",
                f"{s}.{f[0]}",
                f"{f}{fam.rng.randrange(80, 99)}",
                f"mae_de_{f}" if fam.rng.random() < 0.3 else f"{f}.{s[:3]}",
            ][style]
        )

    return unique(one)


def person(
    fam: Fam,
    lang: str,
    persona: str,
    habit: str,
    *,
    market: str | None = None,
    segment: str = "consumer",
    account: str | None = None,
    domain: str | None = None,
    avoid_first: set[str] | None = None,
) -> Cust:
    rng = fam.rng
    market = market or choose_market(fam, lang)
    for _ in range(1000):
        gender = "f" if rng.random() < 0.6 else "m"
        first = pick(rng, (wp.PARENTS_F if gender == "f" else wp.PARENTS_M)[lang])
        last = pick(rng, wp.SURNAMES[lang])
        if avoid_first and first in avoid_first:
            continue
        if f"name:{first} {last}" not in USED:
            USED.add(f"name:{first} {last}")
            break
    else:
        raise RuntimeError("names exhausted")
    cg = "f" if rng.random() < 0.5 else "m"
    child = pick(rng, (wp.CHILDREN_F if cg == "f" else wp.CHILDREN_M)[lang])
    town = town_of(fam, market, lang)
    key = unique(lambda: f"TR{rng.randrange(1_000_000, 9_999_999)}")
    if segment == "b2b":
        email = unique(lambda: f"{ascii_of(first)}.{ascii_of(last)}@{domain}.example")
        handle = None
    else:
        email = make_email(fam, first, last, market)
        handle = make_handle(fam, first, last)
    phone = make_phone(fam, market)
    picks = (
        rng.randrange(len(wp.CLUBS[lang])),
        rng.randrange(len(wp.CAMPS[lang])),
        rng.randrange(len(wp.LEADERS[lang])),
    )
    c = Cust(
        key,
        lang,
        market,
        first,
        last,
        gender,
        email,
        phone,
        handle,
        account,
        town,
        child,
        cg,
        picks,
        {},
        segment,
    )
    c.truth = {
        "identifiers": {
            "customer_id": key,
            "email": email.lower(),
            "phone": phone,
            "handle": handle,
            "account_id": account,
        },
        "expected_rules": [],
        "tolerated_rules": [],
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": market,
        "segment": segment,
        "name": f"{first} {last}",
        "job": pick(rng, wp.JOBS) if segment == "consumer" else "",
        "town": town,
    }
    if segment == "consumer":
        c.truth["child"] = child
    fam.custs.append(c)
    return c


def new_ref(fam: Fam) -> str:
    return unique(lambda: f"{fam.rng.randrange(10000, 99999)}/26")


def agent_of(fam: Fam, lang: str, corp: bool = False) -> str:
    agents: list[str] = (wc.AGENTS if corp else wp.AGENTS)[lang]
    return pick(fam.rng, agents)


def signature(lang: str, agent: str, corp: bool = False) -> str:
    template: str = (wc.SIGNATURE if corp else wp.SIGNATURE)[lang]
    return template.format(agent=agent.split()[0])


# ---------------------------------------------------------------- touchpoints


def add(
    fam: Fam,
    c: Cust,
    when: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    subject: str | None = None,
    *,
    out: bool = False,
    agent: str | None = None,
    nps: int | None = None,
    csat: int | None = None,
    ces: int | None = None,
    attrs: dict[str, str] | None = None,
) -> str:
    event_id = f"h60-{fam.code.lower()}-{len(fam.rows) + 1:05d}"
    if text is not None and not out:
        if channel == "social" and "@Trepalo" not in text:
            if "Trepalo" in text:
                i = text.rfind("Trepalo")
                text = text[:i] + "@" + text[i:]
            else:
                text = text + " @Trepalo"
        if channel not in ("phone", "survey"):
            text = roughen(fam.rr, text)
    a: dict[str, str] = {"market": c.market}
    if c.segment == "b2b":
        a["segment"] = "b2b"
    if agent:
        a["agent"] = agent
    a.update(attrs or {})
    fam.rows.append(
        Row(
            len(fam.rows),
            when,
            c,
            channel,
            kind,
            "outbound" if out else "inbound",
            text,
            subject,
            {"nps": nps, "csat": csat, "ces": ces},
            a,
            event_id,
        )
    )
    return event_id


def reply_mail(
    fam: Fam,
    c: Cust,
    when: datetime,
    subject: str,
    body: str,
    *,
    corp: bool = False,
    lang: str | None = None,
    **extra: str,
) -> str:
    lang = lang or c.lang
    agent = agent_of(fam, lang, corp)
    text = fill(body, c, lang, sig=signature(lang, agent, corp), **extra)
    return add(
        fam,
        c,
        when,
        "email",
        "message",
        text,
        fill(subject, c, lang, **extra),
        out=True,
        agent=agent,
    )


def reply_chat(
    fam: Fam,
    c: Cust,
    when: datetime,
    body: str,
    *,
    corp: bool = False,
    lang: str | None = None,
    **extra: str,
) -> str:
    lang = lang or c.lang
    agent = agent_of(fam, lang, corp)
    return add(fam, c, when, "chat", "chat", fill(body, c, lang, **extra), out=True, agent=agent)


# ---------------------------------------------------------------- happy acts

DAY_ACTS = {
    "praise": 3,
    "again": 1,
    "gripe": 1,
    "chat": 3,
    "mail": 2,
    "phone": 1,
    "buy": 3,
    "page": 2,
    "review": 1,
    "survey": 1,
}
NO_SURVEY = {k: v for k, v in DAY_ACTS.items() if k != "survey"}
# A chat answer's own greeting, dropped when the answer goes by e-mail under "Hello <name>".
GREETING = re.compile(
    r"^¡?(?:Bom dia|Boa tarde|Boa noite|Olá|Oi|Bonjour|Bonsoir|Hallo|Guten Morgen|Guten Abend|Hi|Hola|Buenas|Ciao|Buongiorno|Buonasera|Morning)\s*[!,]\s*"
)
QUESTIONS = {"chat": 5, "mail": 4, "phone": 2, "buy": 1, "page": 1}


def act_praise(
    fam: Fam,
    c: Cust,
    t: datetime,
    style: str = "praise",
    channel: str | None = None,
    lang: str | None = None,
) -> str:
    lang = lang or c.lang
    table = {"praise": wp.PRAISE, "again": wp.AGAIN, "gripe": wp.GRIPE}[style]
    ch = channel or pick(fam.rng, ["community", "social"])
    return add(
        fam,
        c,
        t,
        ch,
        "post" if ch == "community" else "mention",
        fill(pick(fam.rng, table[lang]), c, lang),
    )


def act_chat(fam: Fam, c: Cust, t: datetime, lang: str | None = None, thanks: float = 0.6) -> str:
    lang = lang or c.lang
    q, a = pick(fam.rng, wp.QA[lang])
    eid = add(fam, c, t, "chat", "chat", fill(q, c, lang))
    t2 = plus(fam, t, 1, 5)
    reply_chat(fam, c, t2, a, lang=lang)
    if fam.rng.random() < thanks:
        add(
            fam,
            c,
            plus(fam, t2, 1, 4),
            "chat",
            "chat",
            fill(pick(fam.rng, wp.THANKS[lang]), c, lang),
        )
    return eid


def act_mail(fam: Fam, c: Cust, t: datetime, lang: str | None = None) -> str:
    lang = lang or c.lang
    q, a = pick(fam.rng, wp.QA[lang])
    subject = pick(fam.rng, wp.QA_SUBJECT[lang])
    eid = add(fam, c, t, "email", "message", fill(q, c, lang), subject)
    body = wp.HELLO[lang] + "\n\n" + cap(GREETING.sub("", a, count=1)) + "\n\n{sig}"
    reply_mail(
        fam,
        c,
        daylight(fam, plus(fam, t, 25, 200)),
        wp.REPLY_SUBJECT[lang].format(subject=subject),
        body,
        lang=lang,
    )
    return eid


def act_phone(fam: Fam, c: Cust, t: datetime, lang: str | None = None) -> str:
    lang = lang or c.lang
    said, mail = pick(fam.rng, wp.PHONE_QA[lang])
    eid = add(fam, c, t, "phone", "call", fill(said, c, lang))
    reply_mail(fam, c, daylight(fam, plus(fam, t, 10, 60)), wp.CALL_SUBJECT[lang], mail, lang=lang)
    return eid


def act_buy(fam: Fam, c: Cust, t: datetime) -> str:
    name, eur, page = pick(fam.rng, wp.PRODUCTS)
    add(fam, c, t, "web", "page_view", attrs={"page": page})
    return add(
        fam,
        c,
        plus(fam, t, 2, 25),
        "web",
        "purchase",
        attrs={
            "order_value": price(eur, c.market),
            "currency": currency(c.market),
            "product": name,
            "page": page,
        },
    )


def act_page(fam: Fam, c: Cust, t: datetime) -> str:
    return add(fam, c, t, "web", "page_view", attrs={"page": pick(fam.rng, wp.PAGES)})


def act_review(fam: Fam, c: Cust, t: datetime, lang: str | None = None) -> str:
    lang = lang or c.lang
    rating, text = pick(fam.rng, wp.REVIEWS[lang])
    return add(
        fam,
        c,
        t,
        "web",
        "review",
        fill(text, c, lang),
        attrs={"rating": str(rating), "page": "/reviews"},
    )


def act_survey(fam: Fam, c: Cust, t: datetime, lang: str | None = None) -> str:
    lang = lang or c.lang
    which = pick(fam.rng, ["nps", "nps", "csat", "ces"])
    roll = fam.rng.random()
    word: str | None = (
        pick(fam.rng, wp.SURVEY_WORDS[lang])
        if roll < 0.5
        else (pick(fam.rng, ["🙂", "👍", "❤️"]) if roll < 0.65 else None)
    )
    scores = {
        "nps": fam.rng.choice([9, 10, 10]) if which == "nps" else None,
        "csat": fam.rng.choice([4, 5, 5]) if which == "csat" else None,
        "ces": fam.rng.choice([6, 7]) if which == "ces" else None,
    }
    return add(
        fam,
        c,
        t,
        "survey",
        "survey_response",
        word,
        nps=scores["nps"],
        csat=scores["csat"],
        ces=scores["ces"],
        attrs={"survey": which},
    )


def happy_act(
    fam: Fam, c: Cust, t: datetime, table: dict[str, int], lang: str | None = None
) -> str:
    kind = weighted(fam.rng, table)
    if kind in ("praise", "again", "gripe"):
        return act_praise(fam, c, t, kind, lang=lang)
    if kind == "chat":
        return act_chat(fam, c, t, lang)
    if kind == "mail":
        return act_mail(fam, c, t, lang)
    if kind == "phone":
        return act_phone(fam, c, t, lang)
    if kind == "buy":
        return act_buy(fam, c, t)
    if kind == "page":
        return act_page(fam, c, t)
    if kind == "review":
        return act_review(fam, c, t, lang)
    return act_survey(fam, c, t, lang)


def happy_on_days(
    fam: Fam,
    c: Cust,
    days: Sequence[int],
    table: dict[str, int] = DAY_ACTS,
    h0: float = 7,
    h1: float = 20,
) -> list[str]:
    return [happy_act(fam, c, rand_at(fam, d, h0, h1), table) for d in days]


# ---------------------------------------------------------------- problems


def set_problem(fam: Fam, c: Cust, problem: str) -> None:
    kind = wp.PROBLEM_AMOUNT[problem]
    c.extra.pop("_eur", None)
    if kind:
        week = wp.PRODUCTS[pick(fam.rng, wp.CAMP_WEEKS)][1]
        eur = {"week": week, "sibling": round(week * 0.25), "fee": round(week * 0.3)}[kind]
        c.extra["_eur"] = str(eur)
    c.extra["_problem"] = problem
    c.truth["problem"] = problem


def complaint(
    fam: Fam, c: Cust, problem: str, how: str, t: datetime, lang: str | None = None
) -> str:
    """One complaint about the problem: long, email, form, chat, social or phone."""
    lang = lang or c.lang
    d = wp.P[problem][lang]
    subject = cap(fill(pick(fam.rng, wp.COMPLAINT_SUBJECT[lang]), c, lang))
    if how == "long":
        text = "\n\n".join(
            [
                pick(fam.rng, wp.LONG_OPEN[lang]),
                fill(d["body"], c, lang),
                pick(fam.rng, wp.LONG_MIDDLE[lang]),
                fill(pick(fam.rng, wp.LONG_CLOSE[lang]), c, lang),
            ]
        )
        return add(fam, c, t, "email", "message", text, subject)
    if how == "email":
        return add(fam, c, t, "email", "message", fill(d["body"], c, lang), subject)
    if how == "form":
        return add(
            fam,
            c,
            t,
            "web",
            "ticket",
            fill(d["body"], c, lang),
            subject,
            attrs={"page": "/help/contact"},
        )
    if how == "chat":
        return add(fam, c, t, "chat", "chat", fill(d["chat"], c, lang))
    if how == "social":
        return add(fam, c, t, "social", "mention", fill(d["social"], c, lang))
    return add(fam, c, t, "phone", "call", fill(d["phone"], c, lang))


def acknowledge(
    fam: Fam,
    c: Cust,
    how: str,
    t: datetime,
    ref: str,
    lang: str | None = None,
    escalate: bool = False,
) -> str | None:
    """The agent's answer to a first complaint: in chat, or an e-mail (a case number, or passed on to the area manager)."""
    lang = lang or c.lang
    what = ctx_for(c, lang)["what"]
    if how == "social":
        return None
    if how == "chat":
        eid = reply_chat(fam, c, plus(fam, t, 1, 4), wp.CHAT_CASE[lang], lang=lang, ref=ref)
        if not escalate:
            return eid
    if escalate:
        subject, body = wp.ESCALATED[lang]
        return reply_mail(
            fam,
            c,
            daylight(fam, plus(fam, t, 90, 150)),
            subject,
            body,
            lang=lang,
            ref=ref,
            what=what,
        )
    subject, body = wp.CASE_OPENED[lang]
    return reply_mail(
        fam, c, daylight(fam, plus(fam, t, 10, 40)), subject, body, lang=lang, ref=ref, what=what
    )


def good_news(fam: Fam, c: Cust, t: datetime, ref: str, lang: str | None = None) -> str:
    lang = lang or c.lang
    subject, body = wp.GOOD_NEWS[lang]
    return reply_mail(fam, c, daylight(fam, t), subject, body, lang=lang, ref=ref)


def confirm(fam: Fam, c: Cust, t: datetime, ref: str, channel: str, lang: str | None = None) -> str:
    lang = lang or c.lang
    text = fill(pick(fam.rng, wp.CONFIRM[lang]), c, lang, ref=ref)
    if channel == "chat":
        return add(fam, c, t, "chat", "chat", text)
    return add(fam, c, t, "email", "message", text, wp.CONFIRM_SUBJECT[lang].format(ref=ref))


def low_word(fam: Fam, c: Cust, lang: str | None = None) -> str | None:
    lang = lang or c.lang
    word = fill(pick(fam.rng, wp.LOW_WORDS[lang]), c, lang)
    return word or None


def tolerate(c: Cust, *rules: str) -> None:
    c.truth["tolerated_rules"] = sorted(set(c.truth["tolerated_rules"]) | set(rules))


def expect(c: Cust, *rules: str) -> None:
    c.truth["expected_rules"] = sorted(set(c.truth["expected_rules"]) | set(rules))


def lang_draw(fam: Fam) -> str:
    return weighted(fam.rng, LANG_WEIGHTS)


REPEAT_TOLERATES = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
SLIDER_TOLERATES = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
LEAVER_TOLERATES = ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence")


# ---------------------------------------------------------------- 1 happy_writers


def happy_writers(fam: Fam) -> None:
    for _ in range(16):
        c = person(fam, lang_draw(fam), "happy", "day writer")
        days = distinct_days(fam, 0, fam.days - 1, fam.rng.randint(5, 8))
        happy_on_days(fam, c, days, DAY_ACTS, 7, 19)
    for _ in range(5):
        c = person(fam, lang_draw(fam), "happy", "night writer")
        nights = distinct_days(fam, 0, fam.days - 2, fam.rng.randint(2, 4))
        night_ids = []
        for d in nights:
            t = at(fam, d, fam.rng.uniform(22.2, 28.5))
            if fam.rng.random() < 0.55:
                ch = pick(fam.rng, ["community", "social"])
                night_ids.append(
                    add(
                        fam,
                        c,
                        t,
                        ch,
                        "post" if ch == "community" else "mention",
                        fill(pick(fam.rng, wp.NIGHT_POST[c.lang]), c),
                    )
                )
            else:
                night_ids.append(act_mail(fam, c, t))
        free = [d for d in range(fam.days) if d not in nights and d - 1 not in nights]
        for d in sorted(fam.rng.sample(free, fam.rng.randint(2, 3))):
            happy_act(
                fam, c, rand_at(fam, d, 9, 18), {"praise": 2, "buy": 2, "page": 1, "review": 1}
            )
        c.truth["night_event_ids"] = night_ids
    for _ in range(5):
        c = person(fam, lang_draw(fam), "happy", "answers surveys")
        for d in distinct_days(fam, 0, fam.days - 1, fam.rng.randint(3, 6)):
            act_survey(fam, c, rand_at(fam, d, 8, 20))
    fam.planted = {}


# ---------------------------------------------------------------- 2 one_bad_day


def one_bad_day(fam: Fam) -> None:
    problems = [p for p in wp.PROBLEMS for _ in range(4)]
    hows = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["form"] * 4 + ["phone"] * 4
    )
    fam.rng.shuffle(problems)
    with_case = [i for i, h in enumerate(hows) if h != "social"]
    detractors = set(fam.rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in detractors]
    low_csat = set(fam.rng.sample(rest, 5))
    fixed = set(fam.rng.sample(with_case, 12))
    apologise = set(fam.rng.sample(sorted(fixed), 5))
    long_langs = ["pt", "pt", "fr", "fr"]
    for i, (problem, how) in enumerate(zip(problems, hows, strict=True)):
        lang = long_langs.pop() if how == "long" else lang_draw(fam)
        persona = "bad_day_detractor" if i in detractors else "happy_one_bad_day"
        c = person(fam, lang, persona, "one bad day")
        set_problem(fam, c, problem)
        bad_day = fam.rng.randint(2, 9)
        t = rand_at(fam, bad_day, 8, 20)
        ok_days = [d for d in range(fam.days) if d <= bad_day - 2 or d >= bad_day + 3]
        for d in sorted(fam.rng.sample(ok_days, fam.rng.randint(1, 5))):
            happy_act(fam, c, rand_at(fam, d, 7, 20), NO_SURVEY)
        c.truth.update(
            {
                "problem": problem,
                "channel": "email" if how == "long" else ("web" if how == "form" else how),
                "long_email": how == "long",
            }
        )
        eid = complaint(fam, c, problem, how, t)
        c.truth.update({"bad_day_at": iso(t), "bad_day_event_id": eid, "trouble_starts_at": iso(t)})
        ref = new_ref(fam) if how != "social" else None
        c.truth["booking"] = ref
        tolerate(c, "silence")
        if ref is None:
            continue
        acknowledge(fam, c, how, t, ref)
        if i in detractors:
            nps = fam.rng.randint(1, 5)
            sid = add(
                fam,
                c,
                plus(fam, t, 100, 140),
                "survey",
                "survey_response",
                low_word(fam, c),
                nps=nps,
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
            expect(c, "detractor")
        elif i in low_csat:
            csat = fam.rng.randint(1, 2)
            sid = add(
                fam,
                c,
                plus(fam, t, 40, 80),
                "survey",
                "survey_response",
                low_word(fam, c),
                csat=csat,
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": csat, "survey_event_id": sid})
        if i in fixed:
            good_news(fam, c, plus(fam, t, 60, 240), ref)
            c.truth["agent_fixed"] = True
            if i in apologise:
                ta = daylight(fam, plus(fam, t, 16 * 60, 24 * 60))
                text = fill(pick(fam.rng, wp.APOLOGY[c.lang]), c)
                if fam.rng.random() < 0.5:
                    aid = add(fam, c, ta, "chat", "chat", text)
                else:
                    aid = add(
                        fam,
                        c,
                        ta,
                        "email",
                        "message",
                        text,
                        wp.CONFIRM_SUBJECT[c.lang].format(ref=ref),
                    )
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(8):
        c = person(fam, lang_draw(fam), "happy", "control")
        happy_on_days(fam, c, distinct_days(fam, 0, fam.days - 1, fam.rng.randint(4, 7)), NO_SURVEY)
    fam.planted = {"detractor": 6}


# ---------------------------------------------------------------- 3 repeat_contacts


def later_contact(
    fam: Fam, c: Cust, t: datetime, channel: str, ref: str, nth: int, lang: str | None = None
) -> str:
    """A later contact about the same open problem, naming the case; third names a rival, fourth counts."""
    lang = lang or c.lang
    f = wp.FOLLOW[lang]
    comp = c.truth.get("competitor") or ""
    extra = []
    if nth == 3:
        extra.append(fill(pick(fam.rng, wp.THIRD[lang]), c, lang, comp=comp))
    if nth == 4:
        extra.append(wp.FOURTH[lang])
    if channel == "phone":
        text = fill(pick(fam.rng, f["phone"]), c, lang, ref=ref)
        if extra:
            text += " " + " ".join(as_speech(e, lang, keep=(comp, *wp.RIVALS)) for e in extra)
        return add(fam, c, t, "phone", "call", text)
    if channel == "social":
        text = fill(pick(fam.rng, f["social"]), c, lang, ref=ref)
        if extra:
            text = text.replace(" @Trepalo", "") + " " + " ".join(extra) + " @Trepalo"
        return add(fam, c, t, "social", "mention", text)
    text = " ".join([fill(pick(fam.rng, f["text"]), c, lang, ref=ref), *extra])
    if channel == "chat":
        eid = add(fam, c, t, "chat", "chat", text)
        reply_chat(fam, c, plus(fam, t, 1, 4), wp.CHAT_ADDED[lang], lang=lang, ref=ref)
        return eid
    if channel == "web":
        return add(
            fam,
            c,
            t,
            "web",
            "ticket",
            text,
            wp.FOLLOW_SUBJECT[lang].format(ref=ref),
            attrs={"page": "/help/contact"},
        )
    return add(fam, c, t, "email", "message", text, wp.FOLLOW_SUBJECT[lang].format(ref=ref))


HOW_TO_CHANNEL = {
    "form": "web",
    "email": "email",
    "chat": "chat",
    "phone": "phone",
    "social": "social",
    "long": "email",
}
CHANNEL_TO_HOW = {
    "web": "form",
    "email": "email",
    "chat": "chat",
    "phone": "phone",
    "social": "social",
}


def repeat_run(
    fam: Fam,
    c: Cust,
    problem: str,
    first_how: str,
    first_t: datetime,
    contacts: int,
    escalate: bool,
    langs: Sequence[str] | None = None,
) -> None:
    langs = langs or [c.lang]
    set_problem(fam, c, problem)
    ref = new_ref(fam)
    first_channel = HOW_TO_CHANNEL[first_how]
    others = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    fam.rng.shuffle(others)
    if contacts >= 3:
        c.truth["competitor"] = pick(fam.rng, wp.RIVALS)
    else:
        c.truth["competitor"] = None
    ids = [complaint(fam, c, problem, first_how, first_t, langs[0])]
    acknowledge(fam, c, first_how, first_t, ref, langs[0], escalate)
    channels = [first_channel]
    t = first_t
    for nth in range(2, contacts + 1):
        t = daylight(fam, plus(fam, t, 4 * 60, 40 * 60), 7, 22)
        ch = others.pop()
        channels.append(ch)
        ids.append(later_contact(fam, c, t, ch, ref, nth, langs[(nth - 1) % len(langs)]))
    c.truth.update(
        {
            "booking": ref,
            "contacts": contacts,
            "channels": channels,
            "channel": first_channel,
            "problem_event_ids": ids,
            "trouble_starts_at": iso(first_t),
            "agent_passed_on": escalate,
        }
    )
    expect(c, "repeat_contact")
    tolerate(c, *REPEAT_TOLERATES)


def fixed_case(
    fam: Fam, c: Cust, problem: str, how: str, t: datetime, lang: str, confirm_lang: str
) -> dict[str, Any]:
    set_problem(fam, c, problem)
    ref = new_ref(fam)
    eid = complaint(fam, c, problem, how, t, lang)
    acknowledge(fam, c, how, t, ref, lang)
    tg = daylight(fam, plus(fam, t, 3 * 60, 20 * 60))
    good_news(fam, c, tg, ref, confirm_lang)
    tc = daylight(fam, plus(fam, tg, 8 * 60, 30 * 60))
    ch = pick(fam.rng, ["email", "chat"])
    cid = confirm(fam, c, tc, ref, ch, confirm_lang)
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(tg),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": HOW_TO_CHANNEL[how],
        "confirm_channel": ch,
    }


def repeat_contacts(fam: Fam) -> None:
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["form"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    fam.rng.shuffle(firsts)
    escalated = (
        set(fam.rng.sample(range(0, 4), 2))
        | set(fam.rng.sample(range(4, 8), 2))
        | set(fam.rng.sample(range(8, 12), 2))
    )
    for i, n in enumerate(counts):
        c = person(fam, lang_draw(fam), "repeat_contact", "repeats")
        happy_on_days(fam, c, [0] * fam.rng.randint(1, 3), NO_SURVEY, 7, 12)
        t = rand_at(fam, fam.rng.randint(1, 4), 8, 19)
        repeat_run(fam, c, pick(fam.rng, wp.PROBLEMS), firsts[i], t, n, i in escalated)
    for _ in range(5):
        c = person(fam, lang_draw(fam), "resolved_between_contacts", "fixed")
        happy_on_days(fam, c, [0] * fam.rng.randint(1, 2), NO_SURVEY, 7, 12)
        case = fixed_case(
            fam,
            c,
            pick(fam.rng, wp.PROBLEMS),
            pick(fam.rng, ["form", "email", "chat"]),
            rand_at(fam, fam.rng.randint(1, 4), 8, 19),
            c.lang,
            c.lang,
        )
        c.truth.update(
            {"problems": [case], "booking": case["booking"], "trouble_starts_at": case["raised_at"]}
        )
        tolerate(c, "silence")
    for _ in range(3):
        c = person(fam, lang_draw(fam), "different_problems", "two problems")
        p1, p2 = fam.rng.sample(list(wp.PROBLEMS), 2)
        d1 = fam.rng.randint(1, 2)
        case1 = fixed_case(
            fam,
            c,
            p1,
            pick(fam.rng, ["form", "email", "chat"]),
            rand_at(fam, d1, 8, 19),
            c.lang,
            c.lang,
        )
        case2 = fixed_case(
            fam,
            c,
            p2,
            pick(fam.rng, ["form", "email", "chat"]),
            rand_at(fam, d1 + fam.rng.randint(4, 5), 8, 19),
            c.lang,
            c.lang,
        )
        c.truth.update(
            {"problems": [case1, case2], "problem": None, "trouble_starts_at": case1["raised_at"]}
        )
        tolerate(c, "silence")
    for _ in range(7):
        c = person(fam, lang_draw(fam), "happy", "frequent writer")
        happy_on_days(
            fam, c, distinct_days(fam, 0, fam.days - 1, fam.rng.randint(5, 8)), QUESTIONS, 7, 19
        )
    fam.planted = {"repeat_contact": 12}


# ---------------------------------------------------------------- 4 slow_churners


def slide(
    fam: Fam, c: Cust, first_day: int, span_days: int, langs: Sequence[str]
) -> list[datetime]:
    comp = pick(fam.rng, wp.RIVALS)
    c.truth["competitor"] = comp
    step_times: list[datetime] = []
    base = rand_at(fam, first_day, 8, 19)
    for k in range(6):
        t = base + timedelta(hours=span_days * 24 * k / 5 + fam.rng.uniform(-2, 2)) if k else base
        t = daylight(fam, t, 7, 22)
        if step_times and t < step_times[-1] + timedelta(hours=1):
            t = daylight(fam, step_times[-1] + timedelta(minutes=fam.rng.randint(60, 150)), 7, 22)
        step_times.append(t)
    ids = []
    for k, t in enumerate(step_times):
        lang = langs[k % len(langs)]
        text = fill(wp.SLIDE[lang][k], c, lang, comp=comp)
        ch = pick(fam.rng, ["social", "community", "review"])
        if ch == "review":
            ids.append(
                add(
                    fam,
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str(wp.SLIDE_RATINGS[k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(add(fam, c, t, ch, "post" if ch == "community" else "mention", text))
    c.truth.update(
        {"slide_event_ids": ids, "slide_days": span_days, "trouble_starts_at": iso(step_times[0])}
    )
    expect(c, "sentiment_drop")
    tolerate(c, *SLIDER_TOLERATES)
    return step_times


def slow_churners(fam: Fam) -> None:
    spans = [3] + [5] * 5 + [9] * 4
    fam.rng.shuffle(spans)
    nps_idx = set(fam.rng.sample(range(10), 5))
    for i in range(10):
        c = person(fam, lang_draw(fam), "slow_churner", "slides")
        days = distinct_days(fam, 0, 10, fam.rng.randint(6, 9))
        n_praise = fam.rng.randint(4, 5)
        fam.rng.shuffle(days)
        for k, d in enumerate(days):
            t = rand_at(fam, d, 7, 20)
            if k < n_praise:
                act_praise(fam, c, t, pick(fam.rng, ["praise", "praise", "again"]))
            else:
                happy_act(fam, c, t, {"chat": 2, "buy": 3, "page": 2, "mail": 1})
        steps = slide(fam, c, fam.rng.randint(12, 16), spans[i], [c.lang])
        if i in nps_idx:
            t4 = steps[3]
            nps = fam.rng.randint(1, 5)
            sid = add(
                fam,
                c,
                daylight(fam, plus(fam, t4, 150, 210)),
                "survey",
                "survey_response",
                low_word(fam, c),
                nps=nps,
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
            expect(c, "detractor")
    for _ in range(5):
        c = person(fam, lang_draw(fam), "slow_churner", "asks to cancel")
        happy_on_days(fam, c, distinct_days(fam, 0, 15, fam.rng.randint(4, 6)), NO_SURVEY)
        t = rand_at(fam, fam.rng.randint(17, 23), 8, 20)
        subject, text = pick(fam.rng, wp.CANCEL_REQUEST[c.lang])
        rid = add(fam, c, t, "email", "message", fill(text, c), fill(subject, c))
        reply_mail(
            fam,
            c,
            daylight(fam, plus(fam, t, 60, 300)),
            wp.REPLY_SUBJECT[c.lang].format(subject=fill(subject, c)),
            wp.GOODBYE[c.lang],
        )
        tc = daylight(fam, plus(fam, t, 20 * 60, 30 * 60))
        cid = add(
            fam,
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/close", "product": wp.PLAN[c.lang]},
        )
        c.truth.update(
            {
                "churn_intent_event_id": rid,
                "cancellation_event_id": cid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
        expect(c, "churn_intent")
        tolerate(c, *LEAVER_TOLERATES)
    for _ in range(6):
        c = person(fam, lang_draw(fam), "happy", "steady")
        happy_on_days(fam, c, distinct_days(fam, 0, fam.days - 1, fam.rng.randint(6, 10)), DAY_ACTS)
    for _ in range(5):
        c = person(fam, lang_draw(fam), "steadily_grumpy", "grumbles")
        day = fam.rng.randint(0, 4)
        ids = []
        times: list[datetime] = []
        grumbles = list(wp.GRUMBLES[c.lang])
        fam.rng.shuffle(grumbles)
        for k in range(fam.rng.randint(5, 7)):
            if day >= fam.days:
                break
            t = rand_at(fam, day, 7, 21)
            times.append(t)
            text = fill(grumbles[k % len(grumbles)], c)
            ch = pick(fam.rng, ["social", "community", "form", "review"])
            if ch == "review":
                ids.append(
                    add(fam, c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "form":
                ids.append(add(fam, c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(add(fam, c, t, ch, "post" if ch == "community" else "mention", text))
            day += fam.rng.randint(1, 3)
        for d in fam.rng.sample(range(fam.days), fam.rng.randint(0, 2)):
            act_buy(fam, c, rand_at(fam, d, 8, 20))
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": iso(times[0])})
        tolerate(c, "repeat_contact", "silence")
    for _ in range(5):
        c = person(fam, lang_draw(fam), "happy_one_sarcastic_remark", "happy")
        sd = fam.rng.randint(17, 28)
        days = [d for d in distinct_days(fam, 0, fam.days - 1, fam.rng.randint(3, 6)) if d != sd]
        happy_on_days(fam, c, days, NO_SURVEY)
        t = rand_at(fam, sd, 8, 20)
        ch = pick(fam.rng, ["social", "community"])
        sid = add(
            fam,
            c,
            t,
            ch,
            "post" if ch == "community" else "mention",
            fill(pick(fam.rng, wp.SARCASM[c.lang]), c),
        )
        c.truth["sarcasm_event_id"] = sid
        tolerate(c, "silence")
    fam.planted = {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}


# ---------------------------------------------------------------- 5 quiet_hours


def quiet_hours(fam: Fam) -> None:
    for _ in range(16):
        c = person(fam, lang_draw(fam), "happy", "day writer")
        happy_on_days(fam, c, distinct_days(fam, 0, 2, fam.rng.randint(1, 3)), DAY_ACTS, 7, 17.5)
    for k in range(4):
        c = person(fam, lang_draw(fam), "grumbles_once", "grumbles once")
        t = rand_at(fam, fam.rng.randint(0, 2), 8, 17)
        if fam.rng.random() < 0.5:
            act_buy(fam, c, t)
        else:
            act_page(fam, c, t)
        q, a = pick(fam.rng, wp.MILD[c.lang])
        tg = plus(fam, t, 20, 30)
        if k < 2:
            gid = add(fam, c, tg, "chat", "chat", fill(q, c))
            reply_chat(fam, c, plus(fam, tg, 1, 5), a)
        else:
            gid = add(fam, c, tg, "web", "ticket", fill(q, c), attrs={"page": "/help/contact"})
            subject, body = wp.FORM_ACK[c.lang]
            reply_mail(fam, c, daylight(fam, plus(fam, tg, 30, 120)), subject, body)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(tg)})
        tolerate(c, "silence")
    owls: list[Cust] = []
    for night in range(3):
        first = at(fam, night + 1, fam.rng.uniform(0 + 40 / 60, 1 + 5 / 60))
        starts = [
            first,
            first + timedelta(minutes=fam.rng.randint(28, 33)),
            first + timedelta(minutes=fam.rng.randint(55, 65)),
        ]
        for b, bstart in enumerate(starts):
            for _ in range(4):
                c = person(fam, lang_draw(fam), "night_owl", f"night {night + 1}, burst {b + 1}")
                t = bstart + timedelta(seconds=fam.rng.randrange(0, 600))
                if fam.rng.random() < 0.55:
                    q, a = pick(fam.rng, wp.NIGHT_QA[c.lang])
                    nid = add(fam, c, t, "chat", "chat", fill(q, c))
                    t2 = plus(fam, t, 1, 4)
                    reply_chat(fam, c, t2, a)
                    if fam.rng.random() < 0.6:
                        add(
                            fam,
                            c,
                            plus(fam, t2, 1, 3),
                            "chat",
                            "chat",
                            fill(pick(fam.rng, wp.THANKS[c.lang]), c),
                        )
                else:
                    ch = pick(fam.rng, ["community", "social"])
                    nid = add(
                        fam,
                        c,
                        t,
                        ch,
                        "post" if ch == "community" else "mention",
                        fill(pick(fam.rng, wp.NIGHT_POST[c.lang]), c),
                    )
                c.truth.update({"burst_at": iso(bstart), "night_event_id": nid})
                owls.append(c)
    for c in fam.rng.sample(owls, 18):
        happy_act(
            fam,
            c,
            rand_at(fam, fam.rng.randint(0, 2), 9, 17.5),
            {"praise": 2, "buy": 2, "page": 2, "review": 1},
        )
    fam.planted = {}


# ---------------------------------------------------------------- 6 bilingual

PAIRS = (
    [("pt", "fr")] * 5
    + [("fr", "pt")] * 6
    + [("pt", "en")] * 2
    + [("en", "pt")]
    + [("fr", "de")] * 2
    + [("de", "fr")]
    + [("fr", "en"), ("en", "fr")]
    + [("pt", "es")] * 2
    + [("es", "pt"), ("fr", "it"), ("it", "fr"), ("de", "en"), ("it", "de"), ("es", "fr")]
)
PAIR_MARKETS: dict[tuple[str, str], list[str]] = {
    ("pt", "fr"): ["FR", "FR", "LU", "CH", "BE"],
    ("fr", "pt"): ["FR", "LU", "PT", "CH"],
    ("pt", "en"): ["IE", "UK"],
    ("en", "pt"): ["PT"],
    ("fr", "de"): ["CH", "LU"],
    ("de", "fr"): ["CH"],
    ("fr", "en"): ["BE", "IE"],
    ("en", "fr"): ["FR"],
    ("pt", "es"): ["ES"],
    ("es", "pt"): ["PT"],
    ("fr", "it"): ["CH"],
    ("it", "fr"): ["CH"],
    ("de", "en"): ["IE"],
    ("it", "de"): ["CH"],
    ("es", "fr"): ["FR"],
}


def bilingual(fam: Fam) -> None:
    pairs = list(PAIRS)
    fam.rng.shuffle(pairs)
    # the long e-mail of a bad day is written in French or Portuguese: its writer's second language
    long_i = next(i for i, p in enumerate(pairs) if p[1] in ("pt", "fr"))
    pairs.insert(0, pairs.pop(long_i))
    roles = (
        ["bad_long", "bad_email", "bad_chat"]
        + ["happy"] * 12
        + ["repeat"] * 5
        + ["slider"] * 5
        + ["fixed"] * 2
    )
    repeat_counts = [2, 2, 3, 3, 4]
    for pair, role in zip(pairs, roles, strict=True):
        l1, l2 = pair
        market = pick(fam.rng, PAIR_MARKETS[pair])
        persona = {
            "happy": "happy",
            "repeat": "repeat_contact",
            "slider": "slow_churner",
            "fixed": "resolved_between_contacts",
        }.get(role, "happy_one_bad_day")
        habit = {
            "happy": "alternates languages",
            "repeat": "repeats",
            "slider": "slides",
            "fixed": "fixed",
        }.get(role, "one bad day")
        c = person(fam, l1, persona, habit, market=market)
        if market == "CH":
            c.town = town_of(fam, market, l1 if l1 in wp.CH_TOWNS else l2)
            c.truth["town"] = c.town
        c.truth.update(
            {
                "languages": [l1, l2],
                "job_second_language": pick(fam.rng, wp.SECOND_LANGUAGE_WHY[pair]),
            }
        )
        langs = [l1, l2]
        if role == "happy":
            days = distinct_days(fam, 0, fam.days - 1, fam.rng.randint(5, 8))
            for k, d in enumerate(days):
                happy_act(fam, c, rand_at(fam, d, 7, 20), NO_SURVEY, langs[k % 2])
        elif role == "repeat":
            for k, d in enumerate([0, 1][: fam.rng.randint(1, 2)] + [0] * fam.rng.randint(0, 1)):
                happy_act(fam, c, rand_at(fam, d, 7, 12), NO_SURVEY, langs[k % 2])
            n = repeat_counts.pop()
            t = rand_at(fam, fam.rng.randint(2, 5), 8, 19)
            repeat_run(
                fam,
                c,
                pick(fam.rng, wp.PROBLEMS),
                pick(fam.rng, ["form", "email", "chat"]),
                t,
                n,
                n >= 3,
                langs,
            )
        elif role == "slider":
            days = distinct_days(fam, 0, 5, 6)
            others = fam.rng.randint(1, 3)
            k = 0
            for d in days[:5]:
                act_praise(fam, c, rand_at(fam, d, 7, 20), "praise", lang=langs[k % 2])
                k += 1
            for d in fam.rng.sample(range(0, 6), others):
                happy_act(
                    fam, c, rand_at(fam, d, 7, 20), {"chat": 2, "buy": 2, "page": 1}, langs[k % 2]
                )
                k += 1
            slide(fam, c, fam.rng.randint(7, 8), fam.rng.randint(3, 5), langs)
        elif role == "fixed":
            happy_act(fam, c, rand_at(fam, 0, 8, 18), NO_SURVEY, l1)
            case = fixed_case(
                fam,
                c,
                pick(fam.rng, wp.PROBLEMS),
                "form",
                rand_at(fam, fam.rng.randint(2, 6), 8, 19),
                l1,
                l2,
            )
            c.truth.update(
                {
                    "problems": [case],
                    "booking": case["booking"],
                    "trouble_starts_at": case["raised_at"],
                    "confirm_language": l2,
                }
            )
            tolerate(c, "silence")
        else:
            how = {"bad_long": "long", "bad_email": "email", "bad_chat": "chat"}[role]
            problem = pick(fam.rng, wp.PROBLEMS)
            set_problem(fam, c, problem)
            bad_day = fam.rng.randint(3, 10)
            ok_days = [d for d in range(fam.days) if d <= bad_day - 2 or d >= bad_day + 3]
            for k, d in enumerate(sorted(fam.rng.sample(ok_days, fam.rng.randint(3, 5)))):
                happy_act(fam, c, rand_at(fam, d, 7, 20), NO_SURVEY, langs[k % 2])
            t = rand_at(fam, bad_day, 8, 20)
            eid = complaint(fam, c, problem, how, t, l2)
            ref = new_ref(fam)
            acknowledge(fam, c, how, t, ref, l2)
            c.truth.update(
                {
                    "bad_day_at": iso(t),
                    "bad_day_event_id": eid,
                    "bad_day_language": l2,
                    "booking": ref,
                    "long_email": how == "long",
                    "trouble_starts_at": iso(t),
                    "channel": "chat" if how == "chat" else "email",
                }
            )
            if how != "chat":
                good_news(fam, c, plus(fam, t, 60, 240), ref, l2)
                c.truth["agent_fixed"] = True
            if how == "email":
                ta = daylight(fam, plus(fam, t, 18 * 60, 24 * 60))
                aid = add(fam, c, ta, "chat", "chat", fill(pick(fam.rng, wp.APOLOGY[l2]), c, l2))
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
            tolerate(c, "silence")
    fam.planted = {"repeat_contact": 5, "sentiment_drop": 5}


# ---------------------------------------------------------------- 7 b2b_accounts

CORP_LANG = {
    "PT": "pt",
    "FR": "fr",
    "BE": "fr",
    "LU": "fr",
    "CH": "fr",
    "DE": "de",
    "ES": "es",
    "IT": "it",
    "IE": "en",
}
# domain -> (market, kind, account kind, problem, contacts, complainers, last contact's channel)
ACCOUNT_PLAN: list[tuple[str, str, str, str, str | None, int, int, str | None]] = [
    ("hvsado", "PT", "hospital", "at_risk", "portal", 5, 4, "phone"),
    ("atlantida-banco", "PT", "bank", "at_risk", "invoice", 4, 3, "email"),
    ("mairie-villeneuve", "FR", "municipality", "at_risk", "overbilled", 6, 4, "phone"),
    ("aeroport-rhonesud", "FR", "airport", "at_risk", "service_blocked", 4, 3, "phone"),
    ("mosella-assurances", "LU", "insurer", "at_risk", "invoice", 5, 3, "phone"),
    ("clinique-tilleuls", "FR", "hospital", "one_unhappy", "service_blocked", 3, 1, None),
    ("stadtwerke-ostalb", "DE", "public utility", "one_unhappy", "overbilled", 3, 1, None),
    ("almenara-retail", "ES", "retail chain", "one_unhappy", "portal", 3, 1, None),
    ("lusotrilho", "PT", "public transport", "one_unhappy", "invoice", 3, 1, None),
    ("unamursud", "BE", "university", "mild", None, 3, 0, None),
    ("officine-brenta", "IT", "factory", "mild", None, 4, 0, None),
    ("farolseguros", "PT", "insurer", "mild", None, 3, 0, None),
    ("labo-verlaine", "FR", "laboratory", "happy", None, 4, 0, None),
    ("hotels-leman", "CH", "hotel group", "happy", None, 5, 0, None),
    ("liffeysoft", "IE", "software", "happy", None, 4, 0, None),
]
COMPLAINER_TOLERATES = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
)


def company_name(domain: str, market: str) -> str:
    names: list[tuple[str, str]] = wc.COMPANY_NAMES[market]
    return next(n for n, d in names if d == domain)


def routine(fam: Fam, c: Cust, t: datetime, table: dict[str, int]) -> str:
    kind = weighted(fam.rng, table)
    lang = c.lang
    if kind == "chat":
        q, a = pick(fam.rng, wc.ROUTINE_QA[lang])
        eid = add(fam, c, t, "chat", "chat", q)
        t2 = plus(fam, t, 1, 6)
        reply_chat(fam, c, t2, a, corp=True)
        if fam.rng.random() < 0.6:
            add(fam, c, plus(fam, t2, 1, 4), "chat", "chat", pick(fam.rng, wc.THANKS[lang]))
        return eid
    if kind == "buy":
        name, eur = pick(fam.rng, wc.CORP_PRODUCTS)
        add(fam, c, t, "web", "page_view", attrs={"page": "/corporate/catalogue"})
        return add(
            fam,
            c,
            plus(fam, t, 3, 20),
            "web",
            "purchase",
            attrs={
                "order_value": price(eur, c.market),
                "currency": currency(c.market),
                "product": name,
                "page": "/corporate/catalogue",
            },
        )
    if kind == "page":
        return add(fam, c, t, "web", "page_view", attrs={"page": pick(fam.rng, wc.CORP_PAGES)})
    if kind == "praise":
        return add(fam, c, t, "community", "post", pick(fam.rng, wc.PRAISE[lang]))
    which = pick(fam.rng, ["nps", "csat", "ces"])
    word = pick(fam.rng, wc.SURVEY_WORDS[lang]) or None
    return add(
        fam,
        c,
        t,
        "survey",
        "survey_response",
        word,
        nps=fam.rng.choice([9, 10]) if which == "nps" else None,
        csat=fam.rng.choice([4, 5]) if which == "csat" else None,
        ces=fam.rng.choice([6, 7]) if which == "ces" else None,
        attrs={"survey": which},
    )


def weekday_at(fam: Fam, days: Sequence[int], h0: float = 8, h1: float = 16.5) -> datetime:
    return rand_at(
        fam,
        pick(fam.rng, [d for d in days if (fam.start + timedelta(days=d)).weekday() < 5]),
        h0,
        h1,
    )


def b2b_accounts(fam: Fam) -> None:
    detractors = 0
    repeaters = 0
    at_risk = 0
    for domain, market, site, kind, problem, n_contacts, n_complain, last_channel in ACCOUNT_PLAN:
        lang = CORP_LANG[market]
        company = company_name(domain, market)
        account = make_account(fam, market)
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for k in range(n_contacts):
            role = "contact"
            if k < n_complain:
                role = "complainer"
            elif kind == "mild" and k < 2:
                role = "suggests"
            persona = {
                "contact": "b2b_happy",
                "suggests": "b2b_mild",
                "complainer": "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy",
            }[role]
            c = person(
                fam,
                lang,
                persona,
                role,
                market=market,
                segment="b2b",
                account=account,
                domain=domain,
                avoid_first=firsts,
            )
            firsts.add(c.first)
            r = (2 * k + n_contacts) % len(wc.ROLES) if k else 0
            title = wc.ROLES[r]
            c.truth.update({"company": company, "role": role, "job_title": title, "job": title})
            c.extra.update(
                {
                    "company": company,
                    "old_company": wc.OLD_NAME.get(domain, company),
                    "role": wc.DEPARTMENT[lang][r],
                    "de_company": of_company(domain, company, lang),
                }
            )
            contacts.append(c)
        # routine acts: happy contacts across the fortnight; others before any complaint
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in distinct_days(fam, 0, fam.days - 1, fam.rng.randint(2, 5)):
                    if (fam.start + timedelta(days=d)).weekday() < 5:
                        routine(
                            fam,
                            c,
                            rand_at(fam, d, 8, 16.5),
                            {"chat": 3, "buy": 2, "page": 3, "praise": 1, "survey": 2},
                        )
            else:
                for _ in range(fam.rng.randint(0, 2)):
                    routine(
                        fam, c, weekday_at(fam, [0, 1], 8, 16.5), {"chat": 2, "buy": 1, "page": 3}
                    )
        unhappy = [c for c in contacts if c.truth["role"] == "complainer"]
        if kind == "at_risk" and problem is not None:
            at_risk += 1
            ref = new_ref(fam)
            t = rand_at(fam, 2, 8, 12)
            first_t = t
            first = unhappy[0]
            topic = wc.TOPIC[problem][lang]
            ids_by: dict[str, list[str]] = {}
            for j, c in enumerate(unhappy):
                if j == 0:
                    text = fill(wc.COMPLAINT[problem][lang], c, **overbill(c))
                    eid = add(
                        fam,
                        c,
                        t,
                        "email",
                        "message",
                        text,
                        wc.COMPLAINT_SUBJECT[lang].format(topic=topic),
                    )
                    subject, body = wc.ACK[lang]
                    reply_mail(
                        fam,
                        c,
                        office(fam, plus(fam, t, 20, 90)),
                        subject,
                        body,
                        corp=True,
                        ref=ref,
                        topic=topic,
                    )
                else:
                    t = office(fam, plus(fam, t, 8 * 60, 28 * 60))
                    same_day = t.date() == first_t.date()
                    when_first = (
                        wc.TODAY[lang]
                        if same_day
                        else wc.ON_DAY[lang].format(d=wc.WEEKDAY[lang][first_t.weekday()])
                    )
                    restate = fill(wc.RESTATE[problem][lang], c)
                    a_first = ("a " if first.gender == "f" else "o ") + first.first
                    text = fill(
                        wc.LATER[lang],
                        c,
                        ref=ref,
                        first=first.first,
                        a_first=a_first,
                        when_first=when_first,
                        restate=restate,
                    )
                    eid = add(
                        fam, c, t, "email", "message", text, wc.LATER_SUBJECT[lang].format(ref=ref)
                    )
                ids_by[c.key] = [eid]
                c.truth.update(
                    {
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(t),
                        "booking": ref,
                        "problem": problem,
                    }
                )
                tolerate(c, *COMPLAINER_TOLERATES)
                if j < len(unhappy) - 1:
                    nps = fam.rng.randint(1, 5)
                    sid = add(
                        fam,
                        c,
                        plus(fam, t, 60, 180),
                        "survey",
                        "survey_response",
                        None,
                        nps=nps,
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
                    expect(c, "detractor")
                    detractors += 1
            last = unhappy[-1]
            t2 = office(fam, plus(fam, t, 18 * 60, 40 * 60))
            comp = pick(fam.rng, wp.RIVALS)
            if last_channel == "email":
                subject, body = wc.LAST_EMAIL[lang]
                rid = add(
                    fam,
                    last,
                    t2,
                    "email",
                    "message",
                    fill(body, last, ref=ref, n=str(len(unhappy)), comp=comp),
                    subject.format(ref=ref),
                )
                last.truth["competitor"] = comp
            else:
                rid = add(fam, last, t2, "phone", "call", fill(wc.LAST_CALL[lang], last, ref=ref))
                last.truth["competitor"] = None
            last.truth["complaint_event_ids"] = [*ids_by[last.key], rid]
            last.truth["repeat_event_id"] = rid
            expect(last, "repeat_contact")
            repeaters += 1
            fam.accounts[account] = account_truth(
                company, site, contacts, unhappy, kind, problem, iso(first_t), lang, market
            )
        elif kind == "one_unhappy" and problem is not None:
            c = unhappy[0]
            ref = new_ref(fam)
            t = rand_at(fam, pick(fam.rng, [3, 4, 7, 8]), 8, 16)
            topic = wc.TOPIC[problem][lang]
            eid = add(
                fam,
                c,
                t,
                "email",
                "message",
                fill(wc.COMPLAINT[problem][lang], c, **overbill(c)),
                wc.COMPLAINT_SUBJECT[lang].format(topic=topic),
            )
            subject, body = wc.ACK[lang]
            reply_mail(
                fam,
                c,
                office(fam, plus(fam, t, 20, 120)),
                subject,
                body,
                corp=True,
                ref=ref,
                topic=topic,
            )
            nps = fam.rng.randint(1, 5)
            sid = add(
                fam,
                c,
                plus(fam, t, 60, 180),
                "survey",
                "survey_response",
                None,
                nps=nps,
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "booking": ref,
                    "problem": problem,
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                }
            )
            expect(c, "detractor")
            tolerate(c, "sentiment_drop", "high_value_at_risk", "silence")
            detractors += 1
            fam.accounts[account] = account_truth(
                company, site, contacts, unhappy, kind, None, None, lang, market
            )
        else:
            suggesters = [c for c in contacts if c.truth["role"] == "suggests"]
            ideas = list(wc.MILD[lang])
            for c, idea in zip(suggesters, ideas, strict=False):
                t = weekday_at(fam, range(2, 10), 8, 16)
                mid = add(fam, c, t, "web", "ticket", idea, attrs={"page": "/corporate/contact"})
                subject, body = wc.MILD_ACK[lang]
                reply_mail(fam, c, office(fam, plus(fam, t, 60, 24 * 60)), subject, body, corp=True)
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
                tolerate(c, "silence")
            fam.accounts[account] = account_truth(
                company, site, contacts, [], kind, None, None, lang, market
            )
    fam.planted = {"account_risk": at_risk, "detractor": detractors, "repeat_contact": repeaters}


def of_company(domain: str, company: str, lang: str) -> str:
    """ "of the company" as a caller would say it: with its article in Portuguese and French."""
    if lang == "pt":
        return f"{wc.PT_OF.get(domain, 'da')} {company}"
    if lang == "fr":
        art = wc.FR_OF.get(domain, "de")
        return f"{art}{company}" if art.endswith("'") else f"{art} {company}"
    return f"de {company}"


def make_account(fam: Fam, market: str) -> str:
    return unique(lambda: f"TC-{market}-{fam.rng.randrange(1000, 9999)}")


def overbill(c: Cust) -> dict[str, str]:
    weeks = 14
    return {
        "public": money(189, c),
        "contract": money(142, c),
        "diff": money((189 - 142) * weeks, c),
    }


def account_truth(
    company: str,
    site: str,
    contacts: list[Cust],
    unhappy: list[Cust],
    kind: str,
    problem: str | None,
    starts: str | None,
    lang: str,
    market: str,
) -> dict[str, Any]:
    return {
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
        "same_problem": problem,
        "trouble_starts_at": starts,
        "language": lang,
        "country": market,
    }


# ---------------------------------------------------------------- 8 topic_spike

CET_MARKETS = {"FR", "BE", "LU", "CH", "DE", "AT", "ES", "IT"}


def local(t: datetime, market: str) -> datetime:
    return t + timedelta(hours=1 if market in CET_MARKETS else 0)


def topic_spike(fam: Fam) -> None:
    for _ in range(40):
        c = person(fam, lang_draw(fam), "happy", "day writer")
        happy_on_days(
            fam, c, distinct_days(fam, 0, fam.days - 1, fam.rng.randint(1, 4)), DAY_ACTS, 7, 20
        )
    for lang in ("pt", "fr"):
        c = person(fam, lang, "grumbles_once", "grumbles once")
        q, a = wp.CALM_GRUMBLE[lang]
        t = rand_at(fam, 0, 9, 17)
        gid = add(fam, c, t, "chat", "chat", fill(q, c))
        reply_chat(fam, c, plus(fam, t, 1, 5), a)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
        tolerate(c, "silence")
    for lang, hour in (("pt", 10.25), ("fr", 17.8)):
        c = person(fam, lang, "grumbles_once", "lone question")
        q, a = wp.LONE_Q[lang]
        t = at(fam, 1, hour + fam.rng.uniform(0, 0.2))
        lid = add(fam, c, t, "chat", "chat", fill(q, c))
        reply_chat(fam, c, plus(fam, t, 1, 5), a)
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
        tolerate(c, "silence")
    langs = ["pt"] * 6 + ["fr"] * 6 + ["de", "de", "en", "en", "es", "es", "it", "it"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    fam.rng.shuffle(langs)
    fam.rng.shuffle(channels)
    window0 = at(fam, 2, 14 + 20 / 60)
    offsets = sorted([0.0, 45.0] + [fam.rng.uniform(0.5, 44.5) for _ in range(18)])
    regular = set(fam.rng.sample(range(20), 12))
    reporters: list[tuple[Cust, datetime, str, str]] = []
    fixed_utc = at(fam, 2, 15 + 40 / 60)
    for i in range(20):
        lang = langs[i]
        c = person(fam, lang, "spike_reporter", "regular" if i in regular else "new")
        if i in regular:
            happy_on_days(
                fam, c, sorted(fam.rng.sample([0, 1], fam.rng.randint(1, 2))), DAY_ACTS, 8, 19
            )
        t = window0 + timedelta(seconds=round(offsets[i] * 60))
        notified = local(t - timedelta(minutes=fam.rng.randint(1, 6)), c.market)
        c.extra["t"] = notified.strftime("%H:%M")
        c.extra["fixed"] = local(fixed_utc, c.market).strftime("%H:%M")
        text = fill(pick(fam.rng, wp.SPIKE_REPORT[lang]), c)
        ch = channels[i]
        if ch == "email":
            eid = add(fam, c, t, "email", "message", text, wp.SPIKE_SUBJECT[lang])
        elif ch == "web":
            eid = add(
                fam,
                c,
                t,
                "web",
                "ticket",
                text,
                wp.SPIKE_SUBJECT[lang],
                attrs={"page": "/help/contact"},
            )
        elif ch == "chat":
            eid = add(fam, c, t, "chat", "chat", text)
            reply_chat(fam, c, plus(fam, t, 1, 3), wp.SPIKE_CHAT_ANSWER[lang])
        else:
            eid = add(fam, c, t, ch, "post" if ch == "community" else "mention", text)
        c.truth.update(
            {
                "in_spike": True,
                "regular": i in regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        tolerate(c, "silence")
        reporters.append((c, t, eid, ch))
    early = [r for r in reporters if r[1] <= window0 + timedelta(minutes=25)]
    repeaters = fam.rng.sample(early, 6)
    again_channels = ["email", "email", "chat", "chat", "community", "community"]
    repeat_ids: list[str] = []
    for (c, t, _eid, ch), ch2 in zip(
        sorted(repeaters, key=lambda r: r[1]), again_channels, strict=True
    ):
        if ch2 == ch:
            ch2 = "social" if ch != "social" else "web"
        t2 = plus(fam, t, 15, 50)
        text = fill(pick(fam.rng, wp.SPIKE_AGAIN[c.lang]), c)
        if ch2 == "email":
            rid = add(fam, c, t2, "email", "message", text, "RE: " + wp.SPIKE_SUBJECT[c.lang])
        elif ch2 == "web":
            rid = add(
                fam,
                c,
                t2,
                "web",
                "ticket",
                text,
                wp.SPIKE_SUBJECT[c.lang],
                attrs={"page": "/help/contact"},
            )
        elif ch2 == "chat":
            rid = add(fam, c, t2, "chat", "chat", text)
            reply_chat(fam, c, plus(fam, t2, 1, 3), wp.SPIKE_CHAT_ANSWER[c.lang])
        else:
            rid = add(fam, c, t2, ch2, "post" if ch2 == "community" else "mention", text)
        c.truth.update({"persona": "spike_repeater", "repeat_event_id": rid})
        expect(c, "repeat_contact")
        tolerate(c, "silence", "sentiment_drop")
        repeat_ids.append(rid)
    rest = [r for r in reporters if r not in repeaters]
    for c, _t, _eid, _ch in fam.rng.sample(rest, 6):
        subject, body = wp.SPIKE_FIXED[c.lang]
        reply_mail(fam, c, at(fam, 2, 16 + fam.rng.uniform(5, 20) / 60), subject, body)
        c.truth["agent_fixed"] = True
    fam.spike = {
        "topic": wp.SPIKE_ABOUT,
        "about": "a calm week, then one planted incident: parents report a false 'child collected' notification and error 5417-B on the attendance screen, in six languages and five channels, within 45 minutes",
        "channel": None,
        "start": iso(min(r[1] for r in reporters)),
        "end": iso(max(r[1] for r in reporters)),
        "customers": len(reporters),
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[2] for r in reporters],
        "repeat_event_ids": repeat_ids,
    }
    fam.planted = {"topic_spike": 1, "repeat_contact": 6}


# ---------------------------------------------------------------- output

FAMILIES: list[tuple[str, str, datetime, int, str, Callable[[Fam], None]]] = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 2, tzinfo=UTC),
        10,
        "happy customers writing by day and by night, and survey-only customers: nothing to warn about",
        happy_writers,
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry message on one day, some with a low score; happy controls",
        one_bad_day,
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 8, tzinfo=UTC),
        10,
        "one open problem raised two to four times; problems fixed between contacts; two different problems; frequent happy writers",
        repeat_contacts,
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "a summer of camps: happy customers sliding over days, leavers asking to cancel, steady, steadily grumpy and sarcastic customers",
        slow_churners,
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm late-summer weekend with bursts of night owls and four mild grumbles; no spike",
        quiet_hours,
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers writing in two languages: happy, repeat contacts, sliders, one bad day, fixed between contacts",
        bilingual,
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Trepalo Corporate accounts: at risk, one unhappy contact, mild suggestions, happy",
        b2b_accounts,
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and one planted incident of about 45 minutes",
        topic_spike,
    ),
]


def customer_ref(fam: Fam, row: Row, first: bool) -> dict[str, str | None]:
    c = row.cust
    rr = fam.rr
    phone = c.phone
    if rr.random() < 0.5:
        cc = PHONES[c.market][0]
        rest = phone[len(cc) :]
        phone = cc + " " + " ".join(rest[i : i + 3] for i in range(0, len(rest), 3))
    email = c.email
    if rr.random() < 1 / 10:
        email = email[:1].upper() + email[1:]
    handle = c.handle
    if handle and rr.random() < 1 / 5:
        handle = handle.lstrip("@")
    ref: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if first or row.direction == "outbound":
        ref.update({"customer_id": c.key, "email": email, "phone": phone, "handle": handle})
    elif row.channel == "phone":
        ref["phone"] = phone
    elif row.channel in ("social", "community"):
        if handle:
            ref["handle"] = handle
        else:
            ref["email"] = email
    elif row.channel == "email":
        ref["email"] = email
    else:
        ref["customer_id"] = c.key
    return ref


def check_family(fam: Fam) -> None:
    problems: list[str] = []
    counted: Counter[str] = Counter()
    inbound = {r.cust.key for r in fam.rows if r.direction == "inbound"}
    for c in fam.custs:
        both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
        if both:
            problems.append(f"{c.key} expects and tolerates {sorted(both)}")
        if c.key not in inbound:
            problems.append(f"{c.key} has no inbound touchpoint")
        counted.update(c.truth["expected_rules"])
    for a in fam.accounts.values():
        counted.update(a["expected_rules"])
    if fam.spike:
        counted["topic_spike"] += 1
    if dict(counted) != {k: v for k, v in fam.planted.items() if v}:
        problems.append(f"expected {dict(counted)} but planted {fam.planted}")
    for r in fam.rows:
        if not (YEAR_START <= r.when < LIMIT) or r.when < fam.start:
            problems.append(f"{r.event_id} at {iso(r.when)} outside the allowed dates")
    if problems:
        raise SystemExit(f"{fam.name}: refusing to write:\n  " + "\n  ".join(problems))


def write_family(fam: Fam) -> tuple[int, int, int]:
    check_family(fam)
    rows = sorted(fam.rows, key=lambda r: (r.when, r.seq))
    seen: set[str] = set()
    lines = []
    for r in rows:
        first = r.direction == "inbound" and r.cust.key not in seen
        if first:
            seen.add(r.cust.key)
        tp = {
            "event_id": r.event_id,
            "occurred_at": iso(r.when),
            "channel": r.channel,
            "kind": r.kind,
            "direction": r.direction,
            "customer": customer_ref(fam, r, first),
            "text": r.text,
            "subject": r.subject,
            "scores": r.scores,
            "source": SOURCES[(r.channel, r.kind)],
            "attributes": r.attrs,
        }
        lines.append(json.dumps(tp, ensure_ascii=False))
    end = max(fam.start + timedelta(days=fam.days), rows[-1].when + timedelta(hours=1))
    truth = {
        "config": {
            "family": fam.name,
            "about": fam.about,
            "business": BUSINESS,
            "days": fam.days,
            "seed": SEED * 100 + fam.n,
            "written": WRITTEN,
            "expected": dict(sorted(fam.planted.items())),
        },
        "start": iso(fam.start),
        "end": iso(end),
        "customers": {c.key: c.truth for c in fam.custs},
        "accounts": fam.accounts,
        "spike": fam.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{fam.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{fam.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    replies = sum(1 for r in rows if r.direction == "outbound")
    return len(fam.custs), len(rows), replies


def main() -> None:
    USED.clear()
    total = [0, 0, 0]
    for n, (name, code, start, days, about, build) in enumerate(FAMILIES, start=1):
        fam = Fam(
            n,
            name,
            code,
            start,
            days,
            about,
            random.Random(SEED * 100 + n),
            random.Random(SEED * 100 + 50 + n),
        )
        build(fam)
        counts = write_family(fam)
        total = [a + b for a, b in zip(total, counts, strict=True)]
        print(
            f"{name}: {counts[0]} customers, {counts[1]} touchpoints, {counts[2]} agents' replies"
        )
    print(f"total: {total[0]} customers, {total[1]} touchpoints, {total[2]} agents' replies")


if __name__ == "__main__":
    main()
