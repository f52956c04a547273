# ruff: noqa: E501
"""Write the heldout150 families (Pneuvo: tyre hotel, swaps, mobile fitting; Pneuvo Flotte).

Standard library only, seeded, deterministic. Run as ``python make_heldout150.py``.
Refuses inconsistent truth: expected counts that differ from the plan, a rule both
expected and tolerated, reused identifiers, times out of the family's window.
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

SEED = 20261107
CUTOFF = datetime(2026, 11, 15, tzinfo=UTC)
LANG_WEIGHTS = {"it": 30, "en": 30, "fr": 10, "de": 10, "pt": 10, "es": 10}
MARKETS = {
    "it": ["IT", "IT", "IT", "CH"],
    "en": ["UK", "UK", "UK", "IE"],
    "fr": ["FR", "FR", "BE"],
    "de": ["DE", "DE", "AT", "CH"],
    "pt": ["PT"],
    "es": ["ES"],
}
UTC_OFFSET = {"UK": 0, "IE": 0, "PT": 0}
COMPETITORS = ("Gommaro", "Reifelo")
FIRST = {
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Davide",
        "Elena",
        "Matteo",
        "Sara",
        "Alessandro",
        "Valentina",
        "Simone",
        "Martina",
        "Paolo",
        "Federica",
        "Stefano",
        "Ilaria",
        "Andrea",
        "Roberta",
        "Giorgio",
    ],
    "en": [
        "Emma",
        "James",
        "Sophie",
        "Tom",
        "Hannah",
        "Ryan",
        "Chloe",
        "Daniel",
        "Megan",
        "Liam",
        "Grace",
        "Owen",
        "Aoife",
        "Ciaran",
        "Lucy",
        "Ben",
        "Niamh",
        "Jack",
        "Holly",
        "Sam",
    ],
    "fr": ["Camille", "Julien", "Léa", "Nicolas", "Manon", "Thomas", "Chloé", "Antoine"],
    "de": ["Lena", "Jonas", "Anna", "Lukas", "Sophie", "Felix", "Marie", "Tobias"],
    "pt": ["Inês", "João", "Beatriz", "Tiago", "Mariana", "Rui", "Sofia", "Pedro"],
    "es": ["Lucía", "Javier", "Carmen", "Pablo", "Marta", "Álvaro", "Elena", "Sergio"],
}
LAST = {
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
        "Mancini",
        "Costa",
        "Fontana",
        "Moretti",
        "Barbieri",
        "Lombardi",
        "Rinaldi",
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Clarke",
        "Hughes",
        "Patel",
        "Evans",
        "Byrne",
        "Turner",
        "Kelly",
        "Shaw",
        "Price",
        "Doyle",
        "Lawson",
        "Fletcher",
        "Quinn",
        "Harper",
    ],
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard"],
    "de": ["Müller", "Schmidt", "Weber", "Becker", "Hoffmann", "Krüger"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Carvalho"],
    "es": ["García", "López", "Martín", "Sánchez", "Romero", "Navarro"],
}
TOWNS = {
    "IT": ["Bergamo", "Padova", "Torino", "Bologna", "Verona", "Brescia"],
    "CH": ["Lugano", "Bellinzona", "Zürich", "Basel"],
    "UK": ["Leeds", "Bristol", "Reading", "Norwich", "Derby"],
    "IE": ["Cork", "Galway", "Limerick"],
    "FR": ["Lyon", "Nantes", "Lille"],
    "BE": ["Liège", "Namur"],
    "DE": ["Köln", "Leipzig", "Kassel"],
    "AT": ["Graz", "Linz"],
    "PT": ["Porto", "Braga", "Coimbra"],
    "ES": ["Zaragoza", "Valencia", "Burgos"],
}
AGENTS = {
    "it": ["Marta", "Luigi", "Silvia"],
    "en": ["Kate", "Aidan", "Priya"],
    "fr": ["Claire"],
    "de": ["Jana"],
    "pt": ["Rita"],
    "es": ["Nuria"],
}
SOURCES = {
    "email": "pneuvo-mail",
    "phone": "pneuvo-voice",
    "social": "pneuvo-social",
    "community": "pneuvo-forum",
    "chat": "pneuvo-chat",
    "web": "pneuvo-web",
    "survey": "pneuvo-survey",
}
UMLAUT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)

USED_IDS: set[str] = set()


def strip_accents(text: str) -> str:
    return "".join(
        ch
        for ch in unicodedata.normalize("NFKD", text.translate(UMLAUT))
        if not unicodedata.combining(ch)
    )


def phone_number(rng: random.Random, market: str) -> str:
    def d(n: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(n))

    sp = " " if rng.random() < 0.5 else ""
    if market == "IT":
        return f"+39{sp}3{rng.choice('234679')}{d(1)} {d(7)}"
    if market == "CH":
        return f"+41{sp}7{rng.choice('6789')} {d(3)} {d(2)} {d(2)}"
    if market == "UK":
        return f"+44{sp}7{rng.choice('4579')}{d(2)} {d(6)}"
    if market == "IE":
        return f"+353{sp}8{rng.choice('3567')} {d(3)} {d(4)}"
    if market == "FR":
        return f"+33{sp}{rng.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}"
    if market == "BE":
        return f"+32{sp}4{rng.choice('789')}{d(1)} {d(2)} {d(2)} {d(2)}"
    if market == "DE":
        return f"+49{sp}1{rng.choice('567')}{d(1)} {d(7)}"
    if market == "AT":
        return f"+43{sp}6{rng.choice('6789')}{d(1)} {d(7)}"
    if market == "PT":
        return f"+351{sp}9{rng.choice('1236')} {d(3)} {d(4)}"
    return f"+34{sp}6{d(2)} {d(3)} {d(3)}"


def norm_phone(p: str) -> str:
    return "+" + "".join(ch for ch in p if ch.isdigit())


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    town: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Row:
    when: datetime
    seq: int
    eid: str
    cust: Cust
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


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
    rough: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: int, minute: int = 0) -> datetime:
        return self.start + timedelta(days=int(day), hours=hour, minutes=minute)

    def day_time(self, day: int, lo: int = 7, hi: int = 20) -> datetime:
        return self.at(day, self.rng.randint(lo, hi), self.rng.randint(0, 59))


def pick_lang(rng: random.Random) -> str:
    return rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]


def unique(value: str) -> None:
    if value in USED_IDS:
        raise SystemExit(f"identifier reused: {value}")
    USED_IDS.add(value)


def person(
    f: Fam,
    lang: str,
    persona: str,
    habit: str,
    *,
    expected: list[str] | None = None,
    tolerated: list[str] | None = None,
    account: str | None = None,
    market: str | None = None,
    **extra: Any,
) -> Cust:
    rng = f.rng
    key = f"PV{f.code}{rng.randint(1000, 9999)}"
    while key in USED_IDS:
        key = f"PV{f.code}{rng.randint(1000, 9999)}"
    unique(key)
    market = market or rng.choice(MARKETS[lang])
    for _ in range(200):
        first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
        a, b = strip_accents(first).lower(), strip_accents(last).lower()
        if account:
            email = f"{a}.{b}@{account.lower().replace('-', '')}.example"
        else:
            email = rng.choice(
                [
                    f"{a}.{b}{rng.randint(1, 99)}@mail.example",
                    f"{a[0]}{b}{rng.randint(1, 999)}@posta.example",
                    f"{b}.{a}{rng.randint(1, 99)}@web.example",
                ]
            )
        handle = (
            None
            if account
            else rng.choice(
                [
                    f"@{b}_{a}{rng.randint(1, 9)}",
                    f"@{a}{b}{rng.randint(10, 99)}",
                    f"@{a}_{b[:3]}{rng.randint(1, 99)}",
                ]
            )
        )
        if email not in USED_IDS and (handle is None or handle.lower() not in USED_IDS):
            break
    unique(email)
    if handle:
        unique(handle.lower())
    ph = phone_number(rng, market)
    while norm_phone(ph) in USED_IDS:
        ph = phone_number(rng, market)
    unique(norm_phone(ph))
    town = rng.choice(TOWNS[market])
    truth: dict[str, Any] = {
        "identifiers": {
            "customer_id": key,
            "email": email,
            "phone": norm_phone(ph),
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
        "town": town,
    }
    truth.update(extra)
    c = Cust(key, lang, market, f"{first} {last}", town, email, ph, handle, account, truth)
    f.custs.append(c)
    return c


def fmt(text: str, c: Cust, **kw: str) -> str:
    values = {
        "town": c.town,
        "case": "",
        "comp": "",
        "agent": "",
        "hhmm": "",
        "prod": "",
        "day": "",
    }
    values.update(kw)
    return text.format(**values)


def roughen(f: Fam, text: str, channel: str) -> str:
    r = f.rough
    if channel in ("social", "community", "chat"):
        if r.random() < 0.3 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 0.2:
            text = strip_accents(text)
        if r.random() < 0.2 and len(text) > 20:
            i = r.randint(5, len(text) - 3)
            if text[i].isalpha() and text[i + 1].isalpha():
                text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


def stt(text: str) -> str:
    return " ".join("".join(ch for ch in text.lower() if ch not in '.,!?;:()"¿¡').split())


def add(
    f: Fam,
    c: Cust,
    when: datetime,
    channel: str,
    kind: str,
    text: str | None,
    *,
    subject: str | None = None,
    out: bool = False,
    nps: int | None = None,
    csat: int | None = None,
    ces: int | None = None,
    attrs: dict[str, str] | None = None,
) -> str:
    f.counter += 1
    eid = f"pv150-{f.code.lower()}-{f.counter:05d}"
    if text is not None and not out:
        text = stt(text) if channel == "phone" else roughen(f, text, channel)
    a = {"market": c.market}
    if c.account:
        a["segment"] = "b2b"
    a.update(attrs or {})
    f.rows.append(
        Row(
            when,
            f.counter,
            eid,
            c,
            channel,
            kind,
            out,
            text,
            subject,
            {"nps": nps, "csat": csat, "ces": ces},
            a,
        )
    )
    return eid


def agent(c: Cust, rng: random.Random) -> str:
    return rng.choice(AGENTS[c.lang])


def morning_if_night(t: datetime) -> datetime:
    if t.hour >= 21 or t.hour < 7:
        d = t if t.hour < 7 else t + timedelta(days=1)
        return d.replace(hour=8, minute=t.minute % 50 + 5)
    return t


def reply(
    f: Fam, c: Cust, after: datetime, channel: str, text: str, lo: int = 1, hi: int = 6
) -> tuple[str, datetime]:
    t = after + timedelta(minutes=f.rng.randint(lo, hi))
    if channel == "email":
        t = morning_if_night(after + timedelta(minutes=f.rng.randint(40, 180)))
    kind = {
        "chat": "chat",
        "email": "message",
        "phone": "call",
        "social": "post",
        "community": "post",
        "web": "message",
    }[channel]
    return add(
        f,
        c,
        t,
        channel if channel != "web" else "email",
        kind if channel != "web" else "message",
        fmt(text, c, agent=agent(c, f.rng)),
        out=True,
        attrs={"agent": agent(c, f.rng)},
    ), t


def happy(
    f: Fam, c: Cust, days: list[int], *, surveys: bool = False, lo: int = 7, hi: int = 20
) -> None:
    rng, L = f.rng, c.lang
    kinds = ["praise", "again", "gripe", "question", "review", "purchase", "call", "page"] + (
        ["survey"] if surveys else []
    )
    for day in days:
        t = f.day_time(day, lo, hi)
        k = rng.choice(kinds)
        if k in ("praise", "again"):
            ch = rng.choice(["social", "community"])
            text = fmt(rng.choice((W.PRAISE if k == "praise" else W.AGAIN)[L]), c)
            if ch == "social" and rng.random() < 0.5 and "@Pneuvo" not in text:
                text += " @Pneuvo"
            add(
                f,
                c,
                t,
                ch,
                "mention" if ch == "social" else "post",
                text if ch == "social" else text.replace(" @Pneuvo", ""),
            )
        elif k == "gripe":
            add(
                f,
                c,
                t,
                "web",
                "review",
                fmt(rng.choice(W.GRIPE[L]), c),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif k == "review":
            add(
                f,
                c,
                t,
                "web",
                "review",
                fmt(rng.choice(W.REVIEW[L]), c),
                attrs={"rating": "5", "page": "/reviews"},
            )
        elif k == "question":
            ch = rng.choice(["chat", "chat", "email"])
            add(
                f,
                c,
                t,
                ch,
                "chat" if ch == "chat" else "message",
                fmt(rng.choice(W.QUESTION[L]), c),
            )
            _, t2 = reply(f, c, t, ch, rng.choice(W.ANSWER[L]))
            if rng.random() < 0.7:
                add(
                    f,
                    c,
                    t2 + timedelta(minutes=rng.randint(1, 4)),
                    ch,
                    "chat" if ch == "chat" else "message",
                    rng.choice(W.THANKS[L]),
                )
        elif k == "purchase":
            prod, value = rng.choice(W.PRODUCTS)
            add(
                f,
                c,
                t,
                "web",
                "purchase",
                None,
                attrs={
                    "order_value": value,
                    "currency": "CHF"
                    if c.market == "CH"
                    else ("GBP" if c.market == "UK" else "EUR"),
                    "product": prod,
                    "page": "/checkout",
                },
            )
        elif k == "call":
            add(f, c, t, "phone", "call", rng.choice(W.CALL_HAPPY[L]))
        elif k == "page":
            add(f, c, t, "web", "page_view", None, attrs={"page": rng.choice(W.PAGES)})
        else:
            add(
                f,
                c,
                t,
                "survey",
                "survey_response",
                rng.choice(W.SURVEY_HAPPY[L]),
                nps=rng.choice([9, 10]),
                csat=5,
                ces=rng.choice([6, 7]),
                attrs={"survey": "after_swap"},
            )


def case_ref(f: Fam) -> str:
    ref = f"PV-{f.rng.randint(100000, 999999)}"
    while ref in USED_IDS:
        ref = f"PV-{f.rng.randint(100000, 999999)}"
    unique(ref)
    return ref


def out_of_night(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        d = t if t.hour < 7 else t + timedelta(days=1)
        return d.replace(hour=8, minute=t.minute % 60)
    return t


def problem_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    lang: str,
    *,
    long_email: bool = False,
    prefix: str = "",
) -> tuple[str, str]:
    rng = f.rng
    text = W.PROBLEM_FIRST[problem][lang]
    if long_email:
        ch = "email"
        text = W.LONG_EMAIL[lang].format(problem=text)
    else:
        ch = rng.choice(["web", "email", "chat", "phone"])
    kind = {"web": "ticket", "email": "message", "chat": "chat", "phone": "call"}[ch]
    eid = add(
        f,
        c,
        t,
        ch,
        kind,
        prefix + fmt(text, c),
        subject="Pneuvo" if ch == "email" else None,
        attrs={"page": "/help"} if ch == "web" else None,
    )
    return eid, ch


LATER_CH = ["email", "chat", "phone", "social"]


def repeat_run(
    f: Fam, c: Cust, first_day: int, lang2: str | None = None, contacts: int | None = None
) -> None:
    rng, L = f.rng, c.lang
    problem = rng.choice(W.PROBLEMS)
    case = case_ref(f)
    t = f.day_time(first_day, 8, 19)
    e1, ch = problem_contact(f, c, t, problem, L, long_email=rng.random() < 0.25)
    reply(
        f, c, t, "email" if ch in ("web", "email") else ch, W.CASE_OPENED[L].replace("{case}", case)
    )
    n = contacts or rng.choice([2, 3, 3, 4])
    ids = [e1]
    comp = None
    for i in range(2, n + 1):
        t = out_of_night(t + timedelta(hours=rng.randint(20, 44)))
        lg = lang2 if (lang2 and i % 2 == 0) else L
        table = W.STILL_OPEN if i == 2 else (W.THIRD if i == 3 else W.FOURTH)
        ch2 = rng.choice(LATER_CH)
        comp = rng.choice(COMPETITORS) if i == 3 else comp
        text = fmt(rng.choice(table[lg]), c, case=case, comp=comp or "")
        kind = {"email": "message", "chat": "chat", "phone": "call", "social": "mention"}[ch2]
        ids.append(add(f, c, t, ch2, kind, text + (" @Pneuvo" if ch2 == "social" else "")))
        if i == 2:
            reply(f, c, t, "email", W.ESCALATED[lg].replace("{case}", case))
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": n,
            "problem_event_ids": ids,
            "trouble_starts_at": iso(ids_time(f, e1)),
            "competitor": comp,
            "agent_passed_on": True,
        }
    )


def ids_time(f: Fam, eid: str) -> datetime:
    return next(r.when for r in f.rows if r.eid == eid)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def fixed_case(f: Fam, c: Cust, day: int, problem: str, prefix: str = "") -> dict[str, Any]:
    rng, L = f.rng, c.lang
    case = case_ref(f)
    t = f.day_time(day, 8, 18)
    e1, ch = problem_contact(f, c, t, problem, L, prefix=prefix.replace("{case}", ""))
    _, t2 = reply(f, c, t, "email", W.CASE_OPENED[L].replace("{case}", case))
    t3 = out_of_night(t2 + timedelta(hours=rng.randint(18, 30)))
    add(
        f,
        c,
        t3,
        "email",
        "message",
        fmt(W.FIXED_ASK[L], c, case=case, agent=agent(c, rng)),
        out=True,
        attrs={"agent": agent(c, rng)},
    )
    t4 = out_of_night(t3 + timedelta(hours=rng.randint(1, 5)))
    ch4 = rng.choice(["email", "chat"])
    e4 = add(
        f,
        c,
        t4,
        ch4,
        "message" if ch4 == "email" else "chat",
        fmt(rng.choice(W.CONFIRM[L]), c, case=case),
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(t3),
        "confirmed_at": iso(t4),
        "problem_event_ids": [e1],
        "confirm_event_id": e4,
        "channel": ch,
        "confirm_channel": ch4,
    }


REPEAT_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
SLIDE_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
]
CANCEL_TOL = ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
UNHAPPY_B2B_TOL = [
    "account_risk",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]


def slide(f: Fam, c: Cust, start_day: int, langs: list[str], detractor: bool) -> None:
    rng = f.rng
    comp = rng.choice(COMPETITORS)
    day = start_day
    ids, days = [], []
    for step in range(6):
        lg = langs[step % len(langs)]
        t = f.day_time(day, 8, 20)
        ch = rng.choice(["social", "community", "chat", "email"])
        kind = {"social": "mention", "community": "post", "chat": "chat", "email": "message"}[ch]
        ids.append(add(f, c, t, ch, kind, fmt(W.SLIDE[lg][step], c, comp=comp)))
        days.append(day)
        if step == 4 and detractor:
            nps = rng.randint(2, 5)
            s = add(
                f,
                c,
                t + timedelta(hours=rng.randint(2, 6)),
                "survey",
                "survey_response",
                rng.choice(W.SURVEY_LOW[lg]),
                nps=nps,
                csat=2,
                attrs={"survey": "nps_quarterly"},
            )
            c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": s})
        day += rng.randint(2, 3)
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": days,
            "competitor": comp,
            "trouble_starts_at": iso(ids_time(f, ids[0])),
        }
    )


# ---------------------------------------------------------------- families


def happy_writers(f: Fam) -> None:
    rng = f.rng
    for _ in range(16):
        c = person(f, pick_lang(rng), "happy", "day writer")
        happy(f, c, sorted(rng.sample(range(f.days), rng.randint(6, 9))))
    for _ in range(6):
        c = person(f, pick_lang(rng), "happy", "night writer")
        for day in sorted(rng.sample(range(f.days - 1), rng.randint(3, 5))):
            t = f.at(day, 22, 12) + timedelta(minutes=rng.randint(0, 378))
            ch = rng.choice(["social", "community", "web"])
            if ch == "web":
                prod, value = rng.choice(W.PRODUCTS)
                add(
                    f,
                    c,
                    t,
                    "web",
                    "purchase",
                    None,
                    attrs={
                        "order_value": value,
                        "currency": "CHF"
                        if c.market == "CH"
                        else ("GBP" if c.market == "UK" else "EUR"),
                        "product": prod,
                        "page": "/checkout",
                    },
                )
            else:
                add(f, c, t, ch, "post", fmt(rng.choice(W.NIGHT_POST[c.lang]), c))
    for _ in range(4):
        c = person(f, pick_lang(rng), "happy", "answers surveys")
        happy(f, c, sorted(rng.sample(range(f.days), rng.randint(2, 3))), surveys=True)
        add(
            f,
            c,
            f.day_time(f.days - 1, 9, 18),
            "survey",
            "survey_response",
            rng.choice(W.SURVEY_HAPPY[c.lang]),
            nps=10,
            csat=5,
            ces=7,
            attrs={"survey": "after_swap"},
        )


def one_bad_day(f: Fam) -> None:
    rng = f.rng
    for i in range(24):
        detr = i < 6
        c = person(
            f,
            pick_lang(rng),
            "bad_day_detractor" if detr else "happy_one_bad_day",
            "one bad day",
            expected=["detractor"] if detr else [],
            tolerated=["silence"],
        )
        bad = rng.randint(2, 9)
        ok_days = [d for d in range(f.days) if d <= bad - 2 or d >= bad + 3]
        happy(f, c, sorted(rng.sample(ok_days, rng.randint(2, 6))))
        t = f.day_time(bad, 8, 19)
        ch = rng.choice(["social", "chat", "email", "phone"])
        kind = {"social": "mention", "chat": "chat", "email": "message", "phone": "call"}[ch]
        e = add(f, c, t, ch, kind, fmt(rng.choice(W.BAD_DAY[c.lang]), c))
        c.truth.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "trouble_starts_at": iso(t),
                "channel": ch,
            }
        )
        if ch != "social":
            reply(
                f,
                c,
                t,
                "email" if ch == "phone" else ch,
                W.CASE_OPENED[c.lang].replace("{case}", case_ref(f)),
            )
        if detr:
            nps = rng.randint(1, 5)
            s = add(
                f,
                c,
                t + timedelta(hours=rng.randint(2, 5)),
                "survey",
                "survey_response",
                None,
                nps=nps,
                csat=rng.choice([1, 2]),
                attrs={"survey": "after_swap"},
            )
            c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": s})
        if rng.random() < 0.6:
            ta = f.day_time(bad + 1, 8, 12)
            ea = add(
                f,
                c,
                ta,
                ch if ch != "phone" else "email",
                kind if ch != "phone" else "message",
                fmt(rng.choice(W.APOLOGY[c.lang]), c),
            )
            c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": ea})
    for _ in range(4):
        c = person(f, pick_lang(rng), "happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        happy(f, c, sorted(rng.sample(range(f.days), rng.randint(3, 5))))
        e = add(
            f,
            c,
            f.day_time(rng.randint(3, 9), 9, 19),
            "social",
            "mention",
            fmt(rng.choice(W.SARCASM[c.lang]), c),
        )
        c.truth["sarcasm_event_id"] = e
    for _ in range(4):
        c = person(f, pick_lang(rng), "happy", "control")
        happy(f, c, sorted(rng.sample(range(f.days), rng.randint(3, 6))), surveys=True)


def repeat_contacts(f: Fam) -> None:
    rng = f.rng
    for _ in range(12):
        c = person(
            f,
            pick_lang(rng),
            "repeat_contact",
            "repeats",
            expected=["repeat_contact"],
            tolerated=REPEAT_TOL,
        )
        happy(f, c, [0] * rng.randint(1, 3), lo=7, hi=12)
        repeat_run(f, c, rng.randint(1, 4))
    for _ in range(5):
        c = person(f, pick_lang(rng), "resolved_between_contacts", "fixed", tolerated=["silence"])
        happy(f, c, [0], lo=7, hi=12)
        c.truth["problems"] = [fixed_case(f, c, rng.randint(1, 4), rng.choice(W.PROBLEMS))]
        happy(f, c, [rng.randint(7, 9)])
    for _ in range(5):
        c = person(f, pick_lang(rng), "different_problems", "two problems", tolerated=["silence"])
        p1, p2 = rng.sample(W.PROBLEMS, 2)
        first = fixed_case(f, c, rng.randint(1, 2), p1)
        second = fixed_case(
            f,
            c,
            rng.randint(5, 7),
            p2,
            prefix=W.SECOND_PROBLEM_NOTE[c.lang].replace("{case}", first["booking"]),
        )
        c.truth["problems"] = [first, second]
    for _ in range(5):
        c = person(f, pick_lang(rng), "happy", "frequent writer")
        happy(f, c, sorted(rng.choices(range(f.days), k=rng.randint(6, 9))))


def slow_churners(f: Fam) -> None:
    rng = f.rng
    for i in range(10):
        detr = i < 5
        c = person(
            f,
            pick_lang(rng),
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if detr else []),
            tolerated=SLIDE_TOL,
        )
        for day in sorted(rng.sample(range(11), rng.randint(4, 5))):
            add(
                f,
                c,
                f.day_time(day),
                rng.choice(["social", "community"]),
                "post",
                fmt(rng.choice(W.PRAISE[c.lang]), c),
            )
        happy(f, c, sorted(rng.sample(range(11), rng.randint(2, 4))))
        slide(f, c, rng.randint(12, 16), [c.lang], detr)
    for _ in range(5):
        c = person(
            f,
            pick_lang(rng),
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=CANCEL_TOL,
        )
        happy(f, c, sorted(rng.sample(range(12), rng.randint(2, 4))))
        day = rng.randint(14, 25)
        t = f.day_time(day, 8, 19)
        e = add(
            f, c, t, "email", "message", fmt(rng.choice(W.CANCEL[c.lang]), c), subject="Pneuvo Club"
        )
        reply(f, c, t, "email", W.GOODBYE[c.lang])
        tc = f.day_time(day + 1, 9, 19)
        ec = add(
            f,
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/club", "product": W.PRODUCTS[5][0]},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": ec,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(10):
        c = person(f, pick_lang(rng), "happy", "steady")
        happy(f, c, sorted(rng.sample(range(f.days), rng.randint(5, 8))), surveys=True)
    for _ in range(6):
        c = person(
            f,
            pick_lang(rng),
            "steadily_grumpy",
            "grumbles",
            tolerated=["repeat_contact", "silence"],
        )
        ids = []
        for day in sorted(rng.sample(range(f.days), rng.randint(4, 6))):
            ids.append(
                add(
                    f,
                    c,
                    f.day_time(day),
                    rng.choice(["social", "community"]),
                    "post",
                    fmt(rng.choice(W.GRUMBLE[c.lang]), c),
                )
            )
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": iso(ids_time(f, ids[0]))})


def quiet_hours(f: Fam) -> None:
    rng = f.rng
    for _ in range(20):
        c = person(f, pick_lang(rng), "happy", "day writer")
        happy(f, c, sorted(rng.sample(range(3), rng.randint(1, 3))), lo=7, hi=16)
    bursts = [f.at(1, 0, 52), f.at(2, 1, 3), f.at(3, 0, 58)]
    for m, b in enumerate(bursts, 1):
        for n in range(12):
            c = person(f, pick_lang(rng), "night_owl", f"night {m}, burst {m}", burst_at=iso(b))
            t = b + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
            ch = rng.choice(["social", "community"])
            e = add(f, c, t, ch, "post", fmt(rng.choice(W.NIGHT_OWL[c.lang]), c))
            c.truth["night_event_id"] = e
            if n % 3 == 0:
                add(
                    f,
                    c,
                    b.replace(hour=8) + timedelta(minutes=rng.randint(0, 50)),
                    ch,
                    "post",
                    fmt(rng.choice(W.ANSWER[c.lang]), c, agent=agent(c, rng)),
                    out=True,
                    attrs={"agent": agent(c, rng)},
                )


PAIRS = [
    ("it", "en"),
    ("en", "it"),
    ("it", "en"),
    ("en", "it"),
    ("it", "fr"),
    ("fr", "it"),
    ("de", "en"),
    ("en", "de"),
    ("pt", "es"),
    ("es", "pt"),
    ("it", "de"),
    ("en", "es"),
]


def bilingual(f: Fam) -> None:
    rng = f.rng
    why = [
        "works for a company in the other country",
        "partner's language at home",
        "studied abroad",
        "cross-border commuter",
    ]
    for i in range(27):
        l1, l2 = PAIRS[i % len(PAIRS)]
        extra: dict[str, Any] = {"languages": [l1, l2], "job_second_language": rng.choice(why)}
        if i < 5:
            c = person(
                f,
                l1,
                "repeat_contact",
                "repeats",
                expected=["repeat_contact"],
                tolerated=REPEAT_TOL,
                **extra,
            )
            happy(f, c, [0, 1])
            repeat_run(f, c, rng.randint(3, 6), lang2=l2, contacts=rng.choice([2, 3]))
        elif i < 10:
            c = person(
                f,
                l1,
                "slow_churner",
                "slides",
                expected=["sentiment_drop"],
                tolerated=SLIDE_TOL,
                **extra,
            )
            for day in sorted(rng.sample(range(5), 5)):
                add(
                    f,
                    c,
                    f.day_time(day),
                    "community",
                    "post",
                    fmt(rng.choice(W.PRAISE[rng.choice([l1, l2])]), c),
                )
            happy(f, c, sorted(rng.sample(range(5), rng.randint(1, 3))))
            slide(f, c, 5, [l1, l2], False)
        else:
            c = person(f, l1, "happy", "alternates languages", **extra)
            for j, day in enumerate(sorted(rng.sample(range(f.days), rng.randint(4, 7)))):
                c.lang = [l1, l2][j % 2]
                happy(f, c, [day])
            c.lang = l1


def b2b_accounts(f: Fam) -> None:
    rng = f.rng
    sizes = (
        [
            ("at_risk", 5, 4),
            ("at_risk", 4, 3),
            ("at_risk", 5, 3),
            ("at_risk", 4, 3),
            ("at_risk", 4, 3),
        ]
        + [("one_unhappy", 4, 1)] * 3
        + [("mild", 4, 0)] * 3
        + [("happy", 4, 0), ("happy", 3, 0), ("happy", 3, 0), ("happy", 3, 0)]
    )
    langs = [
        "it",
        "en",
        "it",
        "en",
        "fr",
        "it",
        "en",
        "de",
        "it",
        "en",
        "pt",
        "it",
        "en",
        "es",
        "en",
    ]
    companies: dict[str, list[str]] = {k: list(v) for k, v in B.COMPANY_WORDS.items()}
    for a, ((kind, n, unhappy), lang) in enumerate(zip(sizes, langs, strict=True)):
        market = MARKETS[lang][a % len(MARKETS[lang])]
        acc = f"PVF-{market}-{rng.randint(1000, 9999)}"
        unique(acc)
        company = companies[lang].pop(0)
        problem = B.B2B_PROBLEMS[a % 4] if kind == "at_risk" else None
        keys, bad_keys = [], []
        comp = rng.choice(COMPETITORS)
        first_complaint: datetime | None = None
        for k in range(n):
            title = B.JOB_TITLES[k % len(B.JOB_TITLES)]
            common = {"company": company, "job_title": title, "job": title}
            if kind == "at_risk" and k < unhappy:
                last = k == unhappy - 1
                c = person(
                    f,
                    lang,
                    "b2b_unhappy",
                    "complainer",
                    expected=["detractor"] + (["repeat_contact"] if last else []),
                    tolerated=UNHAPPY_B2B_TOL,
                    account=acc,
                    market=market,
                    role="complainer",
                    problem=problem,
                    **common,
                )
                bad_keys.append(c.key)
            elif kind == "one_unhappy" and k == 0:
                c = person(
                    f,
                    lang,
                    "b2b_one_unhappy",
                    "complainer",
                    tolerated=["high_value_at_risk", "sentiment_drop", "silence"],
                    account=acc,
                    market=market,
                    role="complainer",
                    **common,
                )
                bad_keys.append(c.key)
            elif kind == "mild" and k == 0:
                c = person(
                    f,
                    lang,
                    "b2b_mild",
                    "suggests",
                    tolerated=["silence"],
                    account=acc,
                    market=market,
                    role="suggests",
                    **common,
                )
            else:
                c = person(
                    f,
                    lang,
                    "b2b_happy",
                    "contact",
                    account=acc,
                    market=market,
                    role="contact",
                    **common,
                )
            keys.append(c.key)
            for day in sorted(rng.sample([0, 1, 2, 3, 4], rng.randint(1, 2))):
                t = f.at(day, rng.randint(8, 15), rng.randint(0, 59))
                ch = rng.choice(["chat", "email"])
                add(
                    f,
                    c,
                    t,
                    ch,
                    "chat" if ch == "chat" else "message",
                    rng.choice(B.B2B_ROUTINE[lang]),
                )
                _, t2 = reply(f, c, t, "chat", B.B2B_ROUTINE_ANSWER[lang])
                add(f, c, t2 + timedelta(minutes=2), "chat", "chat", B.B2B_THANKS[lang])
            if c.truth["persona"] == "b2b_unhappy":
                assert problem is not None
                day = 9 + (k % 2)  # Wednesday 7 / Thursday 8 October
                t = f.at(day, rng.randint(8, 16), rng.randint(0, 59))
                first_complaint = (
                    t if first_complaint is None or t < first_complaint else first_complaint
                )
                ch = rng.choice(["email", "phone"])
                e = add(
                    f,
                    c,
                    t,
                    ch,
                    "message" if ch == "email" else "call",
                    fmt(B.B2B_FIRST[problem][lang][0 if k == 0 else -1], c),
                    subject=company if ch == "email" else None,
                )
                case = case_ref(f)
                reply(f, c, t, "email", B.B2B_AGENT[lang].replace("{case}", case))
                nps = rng.randint(1, 5)
                s = add(
                    f,
                    c,
                    t + timedelta(hours=rng.randint(1, 3)),
                    "survey",
                    "survey_response",
                    None,
                    nps=nps,
                    csat=rng.choice([1, 2]),
                    attrs={"survey": "fleet_quarterly"},
                )
                ids = [e]
                if k == unhappy - 1:
                    t3 = f.at(11, rng.randint(8, 16), rng.randint(0, 59))  # Friday 9 October
                    ids.append(
                        add(
                            f,
                            c,
                            t3,
                            "email",
                            "message",
                            fmt(B.B2B_AGAIN[lang], c, case=case, comp=comp),
                            subject=company,
                        )
                    )
                    c.truth["competitor"] = comp
                c.truth.update(
                    {
                        "complaint_event_ids": ids,
                        "survey_event_id": s,
                        "nps_given": True,
                        "nps": nps,
                        "booking": case,
                        "trouble_starts_at": iso(t),
                    }
                )
            elif c.truth["persona"] == "b2b_one_unhappy":
                t = f.at(rng.choice([7, 8, 10]), rng.randint(8, 16), rng.randint(0, 59))
                e = add(
                    f,
                    c,
                    t,
                    "email",
                    "message",
                    fmt(rng.choice(B.B2B_ONE_UNHAPPY[lang]), c),
                    subject=company,
                )
                c.truth.update({"complaint_event_ids": [e], "trouble_starts_at": iso(t)})
            elif c.truth["persona"] == "b2b_mild":
                t = f.at(rng.choice([7, 8, 9]), rng.randint(8, 15), rng.randint(0, 59))
                e = add(
                    f,
                    c,
                    t,
                    "web",
                    "ticket",
                    rng.choice(B.B2B_MILD[lang]),
                    attrs={"page": "/flotte/feedback"},
                )
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(t)})
            elif rng.random() < 0.6:
                add(
                    f,
                    c,
                    f.at(rng.choice([7, 8, 9, 10]), rng.randint(8, 15), rng.randint(0, 59)),
                    "email",
                    "message",
                    rng.choice(B.B2B_PRAISE[lang]),
                    subject=company,
                )
        f.accounts[acc] = {
            "company": company,
            "site": B.SITES[a],
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": unhappy if kind != "mild" else 0,
            "unhappy_contact_keys": bad_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem,
            "trouble_starts_at": iso(first_complaint)
            if kind == "at_risk" and first_complaint
            else None,
            "language": lang,
            "country": market,
        }


def topic_spike(f: Fam) -> None:
    rng = f.rng
    for _ in range(40):
        c = person(f, pick_lang(rng), "happy", "day writer")
        days = sorted(rng.sample(range(6), rng.randint(2, 5)))
        for d in days:
            happy(f, c, [d], lo=12 if d == 5 else 7, hi=19)
    for _ in range(2):
        c = person(f, pick_lang(rng), "grumbles_once", "grumbles once", tolerated=["silence"])
        happy(f, c, [rng.randint(0, 2)])
        e = add(
            f,
            c,
            f.day_time(rng.randint(1, 3), 9, 18),
            "community",
            "post",
            fmt(rng.choice(W.MILD[c.lang]), c),
        )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(ids_time(f, e))})
    for _ in range(2):
        c = person(f, pick_lang(rng), "grumbles_once", "lone question", tolerated=["silence"])
        e = add(f, c, f.day_time(4, 10, 17), "chat", "chat", rng.choice(W.LONE_QUESTION[c.lang]))
        reply(f, c, ids_time(f, e), "chat", W.ANSWER[c.lang][0])
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(ids_time(f, e))})
    start = f.at(5, 9, 40)
    minutes = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    firsts: list[str] = []
    repeats: list[str] = []
    keys: list[str] = []
    langs = ["it"] * 7 + ["en"] * 6 + ["fr", "de", "pt", "es", "it", "en", "it"]
    for i, m in enumerate(minutes):
        rep = i % 3 == 1 and len(repeats) < 6
        regular = rng.random() < 0.6
        c = person(
            f,
            langs[i],
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            expected=["repeat_contact"] if rep else [],
            tolerated=["sentiment_drop", "silence"] if rep else ["silence"],
            in_spike=True,
            regular=regular,
        )
        keys.append(c.key)
        if regular:
            happy(f, c, sorted(rng.sample(range(4), rng.randint(1, 2))))
        t = start + timedelta(minutes=m, seconds=rng.randint(0, 50) if 0 < m < 45 else 0)
        ch = rng.choice(["social", "community", "phone", "chat", "email"])
        kind = {
            "social": "mention",
            "community": "post",
            "phone": "call",
            "chat": "chat",
            "email": "message",
        }[ch]
        e = add(f, c, t, ch, kind, fmt(rng.choice(W.SPIKE_FIRST[c.lang]), c))
        firsts.append(e)
        c.truth.update({"spike_event_id": e, "spike_channel": ch, "trouble_starts_at": iso(t)})
        if rep:
            r = add(
                f,
                c,
                t + timedelta(minutes=rng.randint(15, 40)),
                "social",
                "mention",
                rng.choice(W.SPIKE_REPEAT[c.lang]) + " @Pneuvo",
            )
            repeats.append(r)
            c.truth["repeat_event_id"] = r
        if i % 2 == 0:
            fixed = f.at(5, 10, 50)
            hhmm = (fixed + timedelta(hours=UTC_OFFSET.get(c.market, 1))).strftime("%H:%M")
            add(
                f,
                c,
                f.at(5, 11, rng.randint(5, 55)),
                "email",
                "message",
                fmt(W.SPIKE_FIXED[c.lang], c, hhmm=hhmm, agent=agent(c, rng)),
                out=True,
                attrs={"agent": agent(c, rng)},
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "tyre-swap centres' exit barriers stay shut after the swap: the app reports the job still open and cars cannot leave the yard, error "
        + W.SPIKE_CODE,
        "about": "exit barrier, yard, job still open, app error",
        "channel": None,
        "start": iso(start),
        "end": iso(start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": firsts,
        "repeat_event_ids": repeats,
    }


# ---------------------------------------------------------------- writing


def cref(c: Cust, ch: str, first: bool, out: bool, rng: random.Random) -> dict[str, str | None]:
    ref: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if first or out:
        ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
    elif ch == "phone":
        ref["phone"] = c.phone
    elif ch in ("social", "community"):
        if c.handle:
            ref["handle"] = c.handle if rng.random() > 0.2 else c.handle.lstrip("@")
        else:
            ref["email"] = c.email
    elif ch == "email":
        ref["email"] = c.email.upper() if rng.random() < 0.08 else c.email
    else:
        ref["customer_id"] = c.key
    return ref


def write(f: Fam) -> tuple[int, int, int]:
    rows = sorted(f.rows, key=lambda r: (r.when, r.seq))
    end = max(f.start + timedelta(days=f.days), rows[-1].when + timedelta(hours=1))
    for r in rows:
        if not (f.start <= r.when < CUTOFF) or r.when.year != 2026:
            raise SystemExit(f"{f.name}: {r.eid} out of window at {r.when}")
    if end >= CUTOFF:
        raise SystemExit(f"{f.name}: end {end} out of window")
    seen: set[str] = set()
    lines = []
    idrng = random.Random(SEED * 100 + 90 + f.n)
    for r in rows:
        first = not r.out and r.cust.key not in seen
        if first:
            seen.add(r.cust.key)
        rec: dict[str, Any] = {
            "event_id": r.eid,
            "occurred_at": iso(r.when),
            "channel": r.channel,
            "kind": r.kind,
            "direction": "outbound" if r.out else "inbound",
            "customer": cref(r.cust, r.channel, first, r.out, idrng),
            "text": r.text,
            "subject": r.subject,
            "scores": r.scores,
            "source": SOURCES[r.channel],
            "attributes": r.attrs,
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    customers = {}
    for c in f.custs:
        if c.key not in seen:
            raise SystemExit(f"{f.name}: {c.key} has no inbound touchpoint")
        both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
        if both:
            raise SystemExit(f"{f.name}: {c.key} expects and tolerates {both}")
        customers[c.key] = c.truth
    counts: dict[str, int] = {}
    for t in customers.values():
        for rule in t["expected_rules"]:
            counts[rule] = counts.get(rule, 0) + 1
    for acc in f.accounts.values():
        for rule in acc["expected_rules"]:
            counts[rule] = counts.get(rule, 0) + 1
    if f.spike:
        counts["topic_spike"] = 1
    if counts != f.planned:
        raise SystemExit(f"{f.name}: expected {counts} but planned {f.planned}")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Pneuvo (tyre hotel, swaps, mobile fitting) and Pneuvo Flotte (fleets on account)",
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": "2026-12-05",
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
    (HERE / f"{f.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    return len(customers), len(rows), sum(1 for r in rows if r.out)


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


FAMILIES = [
    ("happy_writers", "HW", d(2026, 3, 9), 10, "happy writers, day and night", {}, happy_writers),
    (
        "one_bad_day",
        "BD",
        d(2026, 4, 20),
        12,
        "happy customers with one bad day",
        {"detractor": 6},
        one_bad_day,
    ),
    (
        "repeat_contacts",
        "RC",
        d(2026, 5, 18),
        10,
        "the same open problem raised again",
        {"repeat_contact": 12},
        repeat_contacts,
    ),
    (
        "slow_churners",
        "SC",
        d(2026, 6, 22),
        32,
        "slow slides, leavers, steady and grumpy customers",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
        slow_churners,
    ),
    (
        "quiet_hours",
        "QH",
        d(2026, 8, 14),
        3,
        "a quiet summer weekend with night bursts",
        {},
        quiet_hours,
    ),
    (
        "bilingual",
        "BL",
        d(2026, 9, 7),
        14,
        "customers writing in two languages",
        {"repeat_contact": 5, "sentiment_drop": 5},
        bilingual,
    ),
    (
        "b2b_accounts",
        "BB",
        d(2026, 9, 28),
        14,
        "Pneuvo Flotte accounts",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
        b2b_accounts,
    ),
    (
        "topic_spike",
        "TS",
        d(2026, 11, 2),
        7,
        "a calm week and one Saturday-morning incident",
        {"topic_spike": 1, "repeat_contact": 6},
        topic_spike,
    ),
]


def main() -> None:
    USED_IDS.clear()
    total = [0, 0, 0]
    for n, (name, code, start, days, about, planned, build) in enumerate(FAMILIES, 1):
        f = Fam(name, code, n, start, days, about, planned)
        build(f)
        counts = write(f)
        total = [a + b for a, b in zip(total, counts, strict=True)]
        print(name, *counts)
    print("total", *total)


if __name__ == "__main__":
    main()
