# ruff: noqa: E501
"""Build tests/scenarios/heldout126/ (Flamora, bottled gas at home): deterministic, stdlib only."""

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

import wording as w  # noqa: E402
import wording_b2b as b  # noqa: E402

SEED = 20261114
BRAND = "Flamora"
COMPS = ["Gasquito", "Flaschgas"]
WRITTEN = "2026-12-05, blind"
ABOUT_BUSINESS = "Flamora: butane and propane cylinders delivered at home by app and web, a Club stamp card; Flamora Pro for firms on account"
MARKETS = {
    "es": ["ES"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT", "CH"],
    "it": ["IT"],
    "pt": ["PT"],
}
PHONE = {
    "ES": ("+34", "6", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "7", 8),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
FIRST = {
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Carmen",
        "Álvaro",
        "Nuria",
        "Raúl",
        "Pilar",
        "Iñigo",
        "Rocío",
        "Andrés",
    ],
    "en": [
        "Emma",
        "Callum",
        "Sophie",
        "Liam",
        "Hannah",
        "Owen",
        "Grace",
        "Ciarán",
        "Megan",
        "Jack",
    ],
    "fr": ["Camille", "Julien", "Élodie", "Mathieu", "Chloé"],
    "de": ["Jonas", "Katrin", "Lukas", "Sabine", "Jürgen", "Miriam"],
    "it": ["Giulia", "Marco", "Chiara", "Davide"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui"],
}
LAST = {
    "es": [
        "García",
        "Moreno",
        "Navarro",
        "Ibáñez",
        "Ortega",
        "Castro",
        "Rubio",
        "Serrano",
        "Vidal",
        "Peña",
    ],
    "en": ["Walsh", "Hughes", "Patel", "Murphy", "Bennett", "Doyle", "Clarke"],
    "fr": ["Lefèvre", "Moreau", "Girard", "Faure"],
    "de": ["Schneider", "Köhler", "Brandt", "Vogel", "Krämer"],
    "it": ["Ferri", "Galli", "Conti", "Marino"],
    "pt": ["Sousa", "Ferreira", "Lopes", "Pinto"],
}
TOWNS = {
    "ES": "Valencia",
    "UK": "Leeds",
    "IE": "Cork",
    "FR": "Lyon",
    "BE": "Liège",
    "DE": "Kassel",
    "AT": "Graz",
    "CH": "Bern",
    "IT": "Bologna",
    "PT": "Braga",
}
JOBS = [
    "nurse",
    "teacher",
    "electrician",
    "shop owner",
    "retired",
    "accountant",
    "chef",
    "student",
    "driver",
    "architect",
]
AGENTS = ["Noelia", "Pablo", "Ruth", "Tom", "Anke", "Sara"]
SOURCES = {
    "email": "flamora-mail",
    "phone": "flamora-voice",
    "social": "flamora-social",
    "community": "flamora-forum",
    "chat": "flamora-chat",
    "web": "flamora-web",
    "survey": "flamora-survey",
}
LANG_W = [("es", 30), ("en", 30), ("fr", 10), ("de", 10), ("it", 10), ("pt", 10)]

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
TOL_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_AT_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    out = []
    for ch in s:
        if ch in "ñÑß":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


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
    rng: random.Random
    rough: random.Random
    custs: list[Cust] = field(default_factory=list)
    rows: list[tuple[datetime, int, Cust, dict[str, Any]]] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0


USED: set[str] = set()


def unique(make: Any) -> str:
    while True:
        v = str(make())
        if v not in USED:
            USED.add(v)
            return v


def case_ref(f: Fam) -> str:
    return unique(lambda: f"FLC-{f.rng.randint(100000, 999999)}")


def pick_lang(f: Fam) -> str:
    return f.rng.choices([x for x, _ in LANG_W], [n for _, n in LANG_W])[0]


def person(
    f: Fam,
    persona: str,
    habit: str,
    lang: str | None = None,
    account: str | None = None,
    market: str | None = None,
    domain: str | None = None,
) -> Cust:
    lang = lang or pick_lang(f)
    market = market or f.rng.choice(MARKETS[lang])
    first, last = f.rng.choice(FIRST[lang]), f.rng.choice(LAST[lang])
    key = unique(lambda: f"FL{f.code}{f.rng.randint(1000, 9999)}")
    base = strip_accents(f"{first}.{last}").lower().replace(" ", "")
    email = unique(
        lambda: (
            f"{base}{f.rng.randint(1, 99)}@{domain or f.rng.choice(['correo', 'mailbox', 'post', 'webmail'])}.example"
        )
    )
    cc, pre, ln = PHONE[market]
    phone = unique(
        lambda: cc + pre + "".join(str(f.rng.randint(0, 9)) for _ in range(ln - len(pre) + 1))
    )
    handle = (
        None
        if account
        else unique(
            lambda: (
                f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{f.rng.randint(1, 99)}"
            )
        )
    )
    truth: dict[str, Any] = {
        "identifiers": {
            "customer_id": key,
            "email": email,
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
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
        "job": f.rng.choice(JOBS),
        "town": TOWNS[market],
    }
    c = Cust(key, lang, market, first, last, email, phone, handle, account, truth)
    f.custs.append(c)
    return c


def roughen(f: Fam, text: str) -> str:
    r = f.rough
    if r.random() < 0.1:
        text = strip_accents(text)
    if r.random() < 0.125 and text[:1].isupper():
        text = text[0].lower() + text[1:]
    if r.random() < 1 / 7:
        words = text.split(" ")
        idx = [i for i, x in enumerate(words) if x.isalpha() and x.islower() and len(x) > 4]
        if idx:
            i = r.choice(idx)
            x = words[i]
            j = r.randint(1, len(x) - 3)
            words[i] = x[:j] + x[j + 1] + x[j] + x[j + 2 :]
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
    eid = f"fl126-{f.code.lower()}-{f.counter:05d}"
    if text and not out and channel not in ("phone", "survey"):
        text = roughen(f, text)
    if text and channel == "social" and not out and c.account is None:
        text = text.replace(BRAND, "@" + BRAND, 1) if BRAND in text else f"@{BRAND} {text}"
    a = {"market": c.market}
    if c.account:
        a["segment"] = "b2b"
    a.update(attrs or {})
    row: dict[str, Any] = {
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
        "attributes": a,
    }
    f.rows.append((t, f.counter, c, row))
    return eid


def at(f: Fam, day: float, lo: float, hi: float) -> datetime:
    return f.start + timedelta(days=int(day), minutes=f.rng.randint(int(lo * 60), int(hi * 60)))


def mins(a: int, bb: int, r: random.Random) -> timedelta:
    return timedelta(minutes=r.randint(a, bb))


def morning(t: datetime) -> datetime:
    """Move a time out of 22:00-07:00 UTC to 08:00-09:00."""
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 60)
    if t.hour < 7:
        return t.replace(hour=8, minute=t.minute % 60)
    return t


def say(f: Fam, table: dict[str, list[str]], lang: str, **kw: str) -> str:
    opts = table.get(lang) or table["en"]
    return f.rng.choice(opts).format(**kw)


def agent(f: Fam) -> str:
    return f.rng.choice(AGENTS)


def money(c: Cust, eur: int) -> tuple[str, str]:
    if c.market == "UK":
        return f"£{round(eur * 0.86)}", "GBP"
    if c.market == "CH":
        return f"{round(eur * 0.94)} CHF", "CHF"
    return f"{eur} €", "EUR"


def happy_act(f: Fam, c: Cust, t: datetime, lang: str | None = None, surveys: bool = True) -> None:
    lang = lang or c.lang
    r = f.rng
    kinds = ["praise", "praise", "question", "purchase", "purchase", "review", "call"] + (
        ["survey"] if surveys else []
    )
    k = r.choice(kinds)
    if k == "praise":
        ch = r.choice(["social", "community"])
        add(f, c, t, ch, "mention" if ch == "social" else "post", say(f, w.PRAISE, lang))
    elif k == "question":
        add(f, c, t, "chat", "chat", say(f, w.QUESTION, lang))
        add(
            f,
            c,
            t + mins(1, 6, r),
            "chat",
            "chat",
            say(f, w.ANSWER, lang, agent=agent(f)),
            out=True,
            attrs={"agent": agent(f)},
        )
        if r.random() < 0.6:
            add(f, c, t + mins(7, 12, r), "chat", "chat", say(f, w.THANKS, lang))
    elif k == "purchase":
        p = r.choice(w.PAGES)
        add(f, c, t, "web", "page_view", attrs={"page": p})
        val, cur = money(c, r.randint(18, 60))
        add(
            f,
            c,
            t + mins(2, 9, r),
            "web",
            "purchase",
            attrs={
                "order_value": val.strip("£€ CHF"),
                "currency": cur,
                "product": r.choice(w.PRODUCTS),
                "page": "/pedido",
            },
        )
    elif k == "review":
        add(
            f,
            c,
            t,
            "web",
            "review",
            say(f, w.PRAISE, lang),
            attrs={"rating": str(r.choice([4, 5, 5])), "page": "/opiniones"},
        )
    elif k == "call":
        add(f, c, t, "phone", "call", say(f, w.CALL_HAPPY, lang))
    else:
        s = r.choice(
            [{"nps": r.randint(9, 10)}, {"csat": r.randint(4, 5)}, {"ces": r.randint(6, 7)}]
        )
        add(
            f,
            c,
            t,
            "survey",
            "survey_response",
            say(f, w.SURVEY_WORD, lang) or None,
            scores=s,
            attrs={"survey": next(iter(s))},
        )


def happy_days(
    f: Fam, c: Cust, days: list[int], lo: float = 7, hi: float = 19, surveys: bool = True
) -> None:
    for d in days:
        happy_act(f, c, at(f, d, lo, hi), surveys=surveys)


def complain(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    case: str,
    lang: str | None = None,
    long_mail: bool = False,
) -> str:
    lang = lang or c.lang
    val, _ = money(c, f.rng.choice([32, 45, 58]))
    text = say(f, w.COMPLAINT[problem], lang, case=case, amt=val)
    if not case and text.endswith(" "):
        text = text.rstrip().rsplit(" ", 1)[0]
    if long_mail:
        text = say(f, w.LONG_MAIL, lang, complaint=text, name=f"{c.first} {c.last}")
    kind = {
        "email": "message",
        "chat": "chat",
        "social": "mention",
        "web": "ticket",
        "phone": "call",
        "community": "post",
    }[channel]
    if channel == "phone":
        text = (
            strip_accents(text)
            .lower()
            .replace(",", "")
            .replace(".", "")
            .replace("!", "")
            .replace(case.lower(), case)
        )
    subj = say(f, w.SUBJECT, lang, case=case) if channel == "email" else None
    return add(
        f, c, t, channel, kind, text, subj, attrs={"page": "/ayuda"} if channel == "web" else None
    )


def reply(
    f: Fam,
    c: Cust,
    t: datetime,
    table: dict[str, list[str]],
    case: str,
    lang: str | None = None,
    channel: str = "email",
) -> str:
    lang = lang or c.lang
    ag = agent(f)
    kind = "chat" if channel == "chat" else "message"
    subj = (
        w.RE_SUBJECT.get(lang, w.RE_SUBJECT["en"]).format(case=case) if channel == "email" else None
    )
    return add(
        f,
        c,
        t,
        channel,
        kind,
        say(f, table, lang, case=case, first=c.first, agent=ag),
        subj,
        out=True,
        attrs={"agent": ag},
    )


# --- families ---------------------------------------------------------------


def happy_writers(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = person(f, "happy", "day writer")
        happy_days(f, c, sorted(r.sample(range(f.days), r.randint(5, 8))))
    for _ in range(5):
        c = person(f, "happy", "night writer")
        for d in sorted(r.sample(range(f.days - 1), r.randint(2, 4))):
            t = f.start + timedelta(days=d, hours=22, minutes=r.randint(12, 390))
            if r.random() < 0.5:
                add(f, c, t, r.choice(["social", "community"]), "post", say(f, w.NIGHT, c.lang))
            else:
                add(f, c, t, "chat", "chat", say(f, w.QUESTION, c.lang))
                add(
                    f,
                    c,
                    t + mins(2, 6, r),
                    "chat",
                    "chat",
                    say(f, w.ANSWER, c.lang, agent=agent(f)),
                    out=True,
                )
                add(f, c, t + mins(8, 12, r), "chat", "chat", say(f, w.THANKS, c.lang))
        happy_days(f, c, r.sample(range(f.days), r.randint(2, 3)), 9, 18, surveys=False)
    for _ in range(5):
        c = person(f, "happy", "answers surveys")
        for d in sorted(r.sample(range(f.days), r.randint(3, 6))):
            s = r.choice(
                [{"nps": r.randint(9, 10)}, {"csat": r.randint(4, 5)}, {"ces": r.randint(6, 7)}]
            )
            add(
                f,
                c,
                at(f, d, 8, 20),
                "survey",
                "survey_response",
                say(f, w.SURVEY_WORD, c.lang) or None,
                scores=s,
                attrs={"survey": next(iter(s))},
            )


def one_bad_day(f: Fam) -> None:
    r = f.rng
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = [p for p in w.PROBLEMS for _ in range(4)]
    r.shuffle(probs)
    with_case = []
    for i, ch in enumerate(chans):
        lang = ("es" if i < 2 else "de") if ch == "long" else None
        c = person(f, "happy_one_bad_day", "one bad day", lang=lang)
        bad = r.randint(2, 9)
        t = at(f, bad, 8, 20)
        case = case_ref(f) if ch != "social" else ""
        channel = "email" if ch == "long" else ch
        eid = complain(f, c, t, channel, probs[i], case or "", long_mail=ch == "long")
        c.truth.update(
            {
                "problem": probs[i],
                "channel": channel,
                "booking": case or None,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "long_email": ch == "long",
                "tolerated_rules": ["silence"],
            }
        )
        if ch == "chat":
            reply(f, c, t + mins(2, 6, r), w.CASE_OPENED, case, channel="chat")
        elif ch != "social":
            reply(f, c, morning(t + mins(10, 40, r)), w.CASE_OPENED, case)
        if case:
            with_case.append((c, t, case))
        others = [d for d in range(f.days) if d <= bad - 2 or d >= bad + 3]
        happy_days(f, c, r.sample(others, min(len(others), r.randint(1, 5))), surveys=False)
    r.shuffle(with_case)
    for j, (c, t, case) in enumerate(with_case):
        if j < 6:
            n = r.randint(1, 5)
            sid = add(
                f,
                c,
                t + mins(100, 140, r),
                "survey",
                "survey_response",
                say(f, w.LOW_WORD, c.lang) or None,
                scores={"nps": n},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "bad_day_detractor",
                    "nps_given": True,
                    "nps": n,
                    "survey_event_id": sid,
                    "expected_rules": ["detractor"],
                }
            )
        elif j < 11:
            n = r.randint(1, 2)
            sid = add(
                f,
                c,
                t + mins(40, 80, r),
                "survey",
                "survey_response",
                say(f, w.LOW_WORD, c.lang) or None,
                scores={"csat": n},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": n, "survey_event_id": sid})
        if j % 20 < 12:
            reply(f, c, morning(t + mins(60, 240, r)), w.GOOD_NEWS, case)
            c.truth["agent_fixed"] = True
            if j % 20 in (1, 4, 7, 9, 12):
                at2 = morning(t + mins(16 * 60, 24 * 60, r))
                aid = add(f, c, at2, "chat", "chat", say(f, w.APOLOGY, c.lang))
                c.truth.update(
                    {"apologised": True, "apology_at": iso(at2), "apology_event_id": aid}
                )
    for _ in range(8):
        c = person(f, "happy", "control")
        happy_days(f, c, sorted(r.sample(range(f.days), r.randint(4, 7))))


def repeat_run(f: Fam, c: Cust, first: datetime, times: int, langs: list[str]) -> None:
    r = f.rng
    case = case_ref(f)
    problem = r.choice(w.PROBLEMS)
    chans = ["email", "chat", "phone", "web", "social"]
    ch0 = r.choice(["web", "email", "chat"])
    ids = [complain(f, c, first, ch0, problem, case, lang=langs[0])]
    quality = times >= 3 if len(langs) > 1 else r.random() < 0.5
    if ch0 == "chat":
        reply(f, c, first + mins(2, 6, r), w.CASE_OPENED, case, lang=langs[0], channel="chat")
    reply(
        f,
        c,
        morning(first + mins(90, 150, r) if quality else first + mins(10, 40, r)),
        w.QUALITY_LEAD if quality else w.CASE_OPENED,
        case,
        lang=langs[0],
    )
    t = first
    comp = r.choice(COMPS)
    left = [x for x in chans if x != ch0]
    r.shuffle(left)
    for k in range(1, times):
        t = morning(t + mins(4 * 60, 40 * 60, r))
        lang = langs[k % len(langs)]
        table = w.THIRD if k == 2 else w.FOURTH if k == 3 else w.STILL_OPEN
        text = say(f, table, lang, case=case, comp=comp)
        ch = left[k - 1]
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        if ch == "phone":
            text = (
                strip_accents(text)
                .lower()
                .replace(",", "")
                .replace(".", "")
                .replace(case.lower(), case)
                .replace(comp.lower(), comp)
            )
        subj = (
            w.RE_SUBJECT.get(lang, w.RE_SUBJECT["en"]).format(case=case) if ch == "email" else None
        )
        ids.append(
            add(f, c, t, ch, kind, text, subj, attrs={"page": "/ayuda"} if ch == "web" else None)
        )
        if ch == "chat":
            reply(f, c, t + mins(2, 6, r), w.URGENT, case, lang=lang, channel="chat")
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "channels": [ch0, *left[: times - 1]],
            "agent_passed_on": quality,
            "problem_event_ids": ids,
            "trouble_starts_at": iso(first),
            "competitor": comp if times >= 3 else None,
            "expected_rules": ["repeat_contact"],
            "tolerated_rules": TOL_REPEAT,
        }
    )


def fixed_case(f: Fam, c: Cust, t: datetime, lang: str, lang2: str, ch: str) -> dict[str, Any]:
    r = f.rng
    case = case_ref(f)
    problem = r.choice(w.PROBLEMS)
    eid = complain(f, c, t, ch, problem, case, lang=lang)
    reply(f, c, morning(t + mins(10, 40, r)), w.CASE_OPENED, case, lang=lang)
    fx = morning(t + mins(3 * 60, 20 * 60, r))
    reply(f, c, fx, w.GOOD_NEWS, case, lang=lang2)
    cf = morning(fx + mins(8 * 60, 30 * 60, r))
    cch = r.choice(["email", "chat"])
    subj = w.RE_SUBJECT.get(lang2, w.RE_SUBJECT["en"]).format(case=case) if cch == "email" else None
    cid = add(
        f,
        c,
        cf,
        cch,
        "message" if cch == "email" else "chat",
        say(f, w.CONFIRM, lang2, case=case),
        subj,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(fx),
        "confirmed_at": iso(cf),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts(f: Fam) -> None:
    r = f.rng
    for times in [2] * 4 + [3] * 4 + [4] * 4:
        c = person(f, "repeat_contact", "repeats")
        happy_days(f, c, [0] * r.randint(1, 3), 7, 12, surveys=False)
        repeat_run(f, c, at(f, r.randint(1, 4), 8, 19), times, [c.lang])
    for _ in range(5):
        c = person(f, "resolved_between_contacts", "fixed")
        happy_days(f, c, [0], surveys=False)
        p = fixed_case(
            f, c, at(f, r.randint(1, 4), 8, 19), c.lang, c.lang, r.choice(["web", "email", "chat"])
        )
        c.truth.update(
            {"problems": [p], "trouble_starts_at": p["raised_at"], "tolerated_rules": ["silence"]}
        )
    for _ in range(3):
        c = person(f, "different_problems", "two problems")
        d = r.randint(0, 2)
        p1 = fixed_case(f, c, at(f, d, 8, 17), c.lang, c.lang, "email")
        p2 = fixed_case(f, c, at(f, d + r.randint(4, 5), 8, 17), c.lang, c.lang, "web")
        while p2["problem"] == p1["problem"]:
            p2["problem"] = r.choice(w.PROBLEMS)
        c.truth.update(
            {
                "problems": [p1, p2],
                "trouble_starts_at": p1["raised_at"],
                "tolerated_rules": ["silence"],
            }
        )
    for _ in range(7):
        c = person(f, "happy", "frequent writer")
        for d in sorted(r.sample(range(f.days), r.randint(5, 8))):
            t = at(f, d, 8, 19)
            add(f, c, t, "chat", "chat", say(f, w.QUESTION, c.lang))
            add(
                f,
                c,
                t + mins(1, 6, r),
                "chat",
                "chat",
                say(f, w.ANSWER, c.lang, agent=agent(f)),
                out=True,
            )
            if r.random() < 0.5:
                add(f, c, t + mins(7, 12, r), "chat", "chat", say(f, w.THANKS, c.lang))


def slide(f: Fam, c: Cust, d0: int, span: int, langs: list[str], nps: bool) -> None:
    r = f.rng
    comp = r.choice(COMPS)
    t = at(f, d0, 8, 18)
    first_t = t
    ids = []
    step_gap = span * 24 * 60 // 6
    for k in range(6):
        lang = langs[k % len(langs)]
        text = w.SLIDE[lang][k].format(comp=comp)
        ch = r.choice(["social", "community", "web"])
        if ch == "web":
            ids.append(
                add(
                    f,
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/opiniones"},
                )
            )
        else:
            ids.append(add(f, c, t, ch, "mention" if ch == "social" else "post", text))
        if k == 3 and nps:
            n = r.randint(1, 5)
            sid = add(
                f,
                c,
                morning(t + mins(150, 210, r)),
                "survey",
                "survey_response",
                say(f, w.LOW_WORD, lang) or None,
                scores={"nps": n},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": n, "survey_event_id": sid})
        t = morning(t + timedelta(minutes=max(61, step_gap + r.randint(-60, 60))))
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(first_t),
            "expected_rules": ["sentiment_drop", *(["detractor"] if nps else [])],
            "tolerated_rules": TOL_SLIDE,
        }
    )


def slow_churners(f: Fam) -> None:
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = person(f, "slow_churner", "slides")
        for d in sorted(r.sample(range(11), r.randint(4, 5))):
            add(
                f,
                c,
                at(f, d, 8, 20),
                r.choice(["social", "community"]),
                "post",
                say(f, w.PRAISE, c.lang),
            )
        happy_days(f, c, r.sample(range(11), r.randint(2, 4)), surveys=False)
        slide(f, c, r.randint(12, 16), spans[i], [c.lang], nps=i % 2 == 0)
    for _ in range(5):
        c = person(f, "slow_churner", "asks to cancel")
        happy_days(f, c, r.sample(range(15), r.randint(4, 6)), surveys=False)
        t = at(f, r.randint(17, 23), 8, 19)
        eid = add(
            f,
            c,
            t,
            "email",
            "message",
            say(f, w.LEAVE, c.lang),
            {"es": "Baja", "en": "Cancel my account"}.get(c.lang, "Club"),
        )
        reply(f, c, morning(t + mins(60, 300, r)), w.SORRY_GO, "")
        ct = t + mins(20 * 60, 30 * 60, r)
        cid = add(
            f,
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/mi-cuenta/baja", "product": "Flamora Club"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
                "expected_rules": ["churn_intent"],
                "tolerated_rules": TOL_LEAVE,
            }
        )
    for _ in range(6):
        c = person(f, "happy", "steady")
        happy_days(f, c, sorted(r.sample(range(f.days), r.randint(6, 10))))
    for _ in range(5):
        c = person(f, "steadily_grumpy", "grumbles")
        d = r.randint(0, 4)
        ids = []
        for _k in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web"])
            t = at(f, d, 8, 20)
            if ch == "web":
                ids.append(
                    add(
                        f,
                        c,
                        t,
                        "web",
                        "review",
                        say(f, w.GRUMBLE, c.lang),
                        attrs={"rating": "3", "page": "/opiniones"},
                    )
                )
            else:
                ids.append(
                    add(
                        f,
                        c,
                        t,
                        ch,
                        "post" if ch == "community" else "mention",
                        say(f, w.GRUMBLE, c.lang),
                    )
                )
            d += r.randint(1, 3)
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": f.rows[-len(ids)][3]["occurred_at"],
                "tolerated_rules": ["repeat_contact", "silence"],
            }
        )
    for _ in range(5):
        c = person(f, "happy_one_sarcastic_remark", "happy")
        happy_days(f, c, r.sample(range(16), r.randint(3, 5)), surveys=False)
        sid = add(
            f, c, at(f, r.randint(17, 28), 9, 20), "social", "mention", say(f, w.SARCASM, c.lang)
        )
        c.truth.update({"sarcasm_event_id": sid, "tolerated_rules": ["silence"]})


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = person(f, "happy", "day writer")
        happy_days(f, c, sorted(r.sample(range(3), r.randint(1, 3))), 7, 17.5)
    for i in range(4):
        c = person(f, "grumbles_once", "grumbles once")
        t = at(f, r.randint(0, 2), 9, 17)
        add(f, c, t, "web", "page_view", attrs={"page": "/zonas"})
        g = t + mins(20, 30, r)
        if i < 2:
            gid = add(f, c, g, "chat", "chat", say(f, w.MILD, c.lang))
            add(
                f,
                c,
                g + mins(2, 6, r),
                "chat",
                "chat",
                say(f, w.MILD_ANSWER, c.lang, agent=agent(f)),
                out=True,
            )
        else:
            gid = add(f, c, g, "web", "ticket", say(f, w.MILD, c.lang), attrs={"page": "/ayuda"})
            add(
                f,
                c,
                g + mins(20, 60, r),
                "email",
                "message",
                say(f, w.MILD_ANSWER, c.lang, agent=agent(f)),
                out=True,
            )
        c.truth.update(
            {"grumble_event_id": gid, "trouble_starts_at": iso(g), "tolerated_rules": ["silence"]}
        )
    for night in range(3):
        base = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        for off in (0, r.randint(28, 33), r.randint(55, 65)):
            bs = base + timedelta(minutes=off)
            for _ in range(4):
                c = person(f, "night_owl", f"night {night + 1}, burst {off}")
                t = bs + mins(0, 10, r)
                if r.random() < 0.5:
                    nid = add(f, c, t, "chat", "chat", say(f, w.QUESTION, c.lang))
                    add(
                        f,
                        c,
                        t + mins(2, 5, r),
                        "chat",
                        "chat",
                        say(f, w.ANSWER, c.lang, agent=agent(f)),
                        out=True,
                    )
                    add(f, c, t + mins(6, 9, r), "chat", "chat", say(f, w.THANKS, c.lang))
                else:
                    nid = add(
                        f, c, t, r.choice(["social", "community"]), "post", say(f, w.NIGHT, c.lang)
                    )
                c.truth.update({"burst_at": iso(bs), "night_event_id": nid})
                if r.random() < 0.5:
                    happy_act(f, c, at(f, r.randint(0, 2), 9, 17.5), surveys=False)


PAIRS = (
    [("es", "en")] * 4
    + [("en", "es")] * 4
    + [
        ("es", "fr"),
        ("fr", "es"),
        ("es", "pt"),
        ("pt", "es"),
        ("en", "de"),
        ("de", "en"),
        ("es", "it"),
        ("it", "en"),
        ("en", "fr"),
        ("pt", "en"),
        ("es", "de"),
        ("de", "es"),
        ("en", "it"),
        ("fr", "en"),
        ("es", "en"),
        ("en", "es"),
        ("it", "es"),
        ("pt", "fr"),
        ("en", "pt"),
    ]
)
PAIR_MARKET = {"es": "ES", "en": "IE", "fr": "BE", "de": "CH", "it": "IT", "pt": "PT"}


def bilingual(f: Fam) -> None:
    r = f.rng
    pairs = list(PAIRS)
    r.shuffle(pairs)
    it = iter(pairs)

    def bi(persona: str, habit: str) -> tuple[Cust, list[str]]:
        a, bb = next(it)
        c = person(f, persona, habit, lang=a, market=PAIR_MARKET[r.choice([a, bb])])
        c.truth.update(
            {
                "languages": [a, bb],
                "job_second_language": r.choice(
                    [
                        "works for a company in the other language",
                        "partner's language at home",
                        "studied abroad",
                    ]
                ),
            }
        )
        return c, [a, bb]

    for _ in range(12):
        c, ls = bi("happy", "alternates languages")
        for k, d in enumerate(sorted(r.sample(range(f.days), r.randint(5, 8)))):
            happy_act(f, c, at(f, d, 7, 20), lang=ls[k % 2])
    for times in (2, 2, 3, 3, 4):
        c, ls = bi("repeat_contact", "repeats")
        for d in range(r.randint(1, 3)):
            happy_act(f, c, at(f, d % 2, 8, 12), lang=ls[d % 2], surveys=False)
        repeat_run(f, c, at(f, r.randint(2, 5), 8, 18), times, ls)
    for _ in range(5):
        c, ls = bi("slow_churner", "slides")
        for k, d in enumerate(sorted(r.sample(range(6), 5))):
            add(
                f,
                c,
                at(f, d, 8, 20),
                r.choice(["social", "community"]),
                "post",
                say(f, w.PRAISE, ls[k % 2]),
            )
        for d in r.sample(range(6), r.randint(1, 3)):
            happy_act(f, c, at(f, d, 8, 20), lang=ls[1], surveys=False)
        slide(f, c, r.randint(7, 8), r.randint(3, 5), ls, nps=False)
    for i, ch in enumerate(["long", "email", "chat"]):
        c, ls = bi("happy_one_bad_day", "one bad day")
        if ch == "long":
            ls[1] = "de"
            c.truth["languages"] = ls
        bad = r.randint(4, 9)
        for d in [x for x in range(f.days) if x <= bad - 2 or x >= bad + 3][:4]:
            happy_act(f, c, at(f, d, 8, 19), lang=ls[0], surveys=False)
        t = at(f, bad, 9, 18)
        case = case_ref(f)
        eid = complain(
            f,
            c,
            t,
            "chat" if ch == "chat" else "email",
            r.choice(w.PROBLEMS),
            case,
            lang=ls[1],
            long_mail=ch == "long",
        )
        reply(
            f,
            c,
            t + mins(2, 6, r) if ch == "chat" else morning(t + mins(10, 40, r)),
            w.CASE_OPENED,
            case,
            lang=ls[1],
            channel="chat" if ch == "chat" else "email",
        )
        c.truth.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": ls[1],
                "booking": case,
                "trouble_starts_at": iso(t),
                "long_email": ch == "long",
                "tolerated_rules": ["silence"],
            }
        )
        if ch != "chat":
            reply(f, c, morning(t + mins(60, 240, r)), w.GOOD_NEWS, case, lang=ls[1])
            c.truth["agent_fixed"] = True
        if i == 1:
            at2 = morning(t + mins(18 * 60, 24 * 60, r))
            c.truth.update(
                {
                    "apologised": True,
                    "apology_at": iso(at2),
                    "apology_event_id": add(f, c, at2, "chat", "chat", say(f, w.APOLOGY, ls[1])),
                }
            )
    for _ in range(2):
        c, ls = bi("resolved_between_contacts", "fixed")
        happy_act(f, c, at(f, 0, 9, 18), lang=ls[0], surveys=False)
        p = fixed_case(f, c, at(f, r.randint(2, 6), 8, 18), ls[0], ls[1], "web")
        c.truth.update(
            {
                "problems": [p],
                "confirm_language": ls[1],
                "trouble_starts_at": p["raised_at"],
                "tolerated_rules": ["silence"],
            }
        )


def office(f: Fam, day: int, lo: float = 8, hi: float = 16.5) -> datetime:
    t = at(f, day, lo, hi)
    while t.weekday() >= 5:
        t += timedelta(days=1)
    return t


def workhour(t: datetime, r: random.Random) -> datetime:
    """Move a time into office hours (weekdays 08-17 UTC)."""
    if t.hour >= 17:
        t = (t + timedelta(days=1)).replace(hour=8, minute=r.randint(0, 50))
    elif t.hour < 8:
        t = t.replace(hour=8, minute=r.randint(0, 50))
    while t.weekday() >= 5:
        t += timedelta(days=1)
    return t


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    plan = [
        ("at_risk", 4, 3, "portal", "DE", "facilities", "de"),
        ("at_risk", 5, 3, "invoice", "ES", "restaurant", "es"),
        ("at_risk", 5, 3, "service_blocked", "UK", "construction", "en"),
        ("at_risk", 6, 4, "invoice", "DE", "hotel", "de"),
        ("at_risk", 6, 4, "overbilled", "ES", "school", "es"),
        ("one_unhappy", 3, 1, "service_blocked", "ES", "food truck", "es"),
        ("one_unhappy", 3, 1, "overbilled", "DE", "bakery", "de"),
        ("one_unhappy", 3, 1, "portal", "IE", "campsite", "en"),
        ("one_unhappy", 3, 1, "invoice", "ES", "roofing", "es"),
        ("mild", 3, 0, "", "DE", "events", "de"),
        ("mild", 4, 0, "", "ES", "catering", "es"),
        ("mild", 4, 0, "", "UK", "plumbing", "en"),
        ("happy", 3, 0, "", "ES", "hotel", "es"),
        ("happy", 3, 0, "", "DE", "construction", "de"),
        ("happy", 4, 0, "", "UK", "university", "en"),
    ]
    names = [
        "Grupo Alborán",
        "Hausdienst Weber",
        "Carrick Build",
        "Hotel Seeblick",
        "Colegio Santa Ana",
        "Tacos Rodantes",
        "Bäckerei Lindner",
        "Lough Camping",
        "Tejados Ruiz",
        "Eventa Nord",
        "Catering Mistral",
        "Dunmore Plumbing",
        "Hotel Las Dunas",
        "Bau Kessler",
        "Northgate University",
    ]
    for (kind, n, unhappy, problem, mkt, site, lang), company in zip(plan, names, strict=True):
        acc = unique(lambda mkt=mkt: f"FLP-{mkt}-{r.randint(1000, 9999)}")
        dom = strip_accents(company).lower().replace(" ", "-") + ".example"
        cs: list[Cust] = []
        for _ in range(n):
            c = person(f, "b2b_happy", "contact", lang=lang, account=acc, market=mkt, domain=dom)
            while any(o.first == c.first for o in cs):
                c.first = r.choice(FIRST[lang])
                c.truth["name"] = f"{c.first} {c.last}"
            c.truth.update(
                {
                    "company": company,
                    "role": "contact",
                    "job_title": r.choice(
                        ["office manager", "site manager", "head chef", "facilities lead", "buyer"]
                    ),
                }
            )
            c.truth["job"] = c.truth["job_title"]
            cs.append(c)
        bad = cs[:unhappy]
        mild = cs[:2] if kind == "mild" else []
        for c in cs:
            if c in bad or c in mild:
                for _ in range(r.randint(0, 2)):
                    t = office(f, r.randint(0, 1))
                    add(f, c, t, "web", "page_view", attrs={"page": "/pro/portal"})
                continue
            for d in sorted(r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(2, 5))):
                t = office(f, d)
                k = r.choice(["q", "buy", "view", "praise", "survey"])
                if k == "q":
                    add(f, c, t, "chat", "chat", say(f, b.B2B_QUESTION, lang))
                    add(
                        f,
                        c,
                        t + mins(1, 6, r),
                        "chat",
                        "chat",
                        say(f, b.B2B_ANSWER, lang, agent=agent(f)),
                        out=True,
                    )
                    if r.random() < 0.6:
                        add(f, c, t + mins(7, 12, r), "chat", "chat", say(f, w.THANKS, lang))
                elif k == "buy":
                    add(f, c, t, "web", "page_view", attrs={"page": "/pro/pedido"})
                    val, cur = money(c, r.randint(120, 900))
                    add(
                        f,
                        c,
                        t + mins(2, 9, r),
                        "web",
                        "purchase",
                        attrs={
                            "order_value": val.strip("£€ CHF"),
                            "currency": cur,
                            "product": r.choice(b.B2B_PRODUCTS),
                            "page": "/pro/pedido",
                        },
                    )
                elif k == "view":
                    add(f, c, t, "web", "page_view", attrs={"page": "/pro/portal"})
                elif k == "praise":
                    add(f, c, t, "community", "post", say(f, b.B2B_PRAISE, lang))
                else:
                    s = r.choice(
                        [
                            {"nps": r.randint(9, 10)},
                            {"csat": r.randint(4, 5)},
                            {"ces": r.randint(6, 7)},
                        ]
                    )
                    add(
                        f,
                        c,
                        t,
                        "survey",
                        "survey_response",
                        None,
                        scores=s,
                        attrs={"survey": next(iter(s))},
                    )
        info: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in cs],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": [c.key for c in bad],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": mkt,
        }
        if kind == "at_risk":
            case = case_ref(f)
            t = office(f, 2, 8, 12)
            comp = r.choice(COMPS)
            for i, c in enumerate(bad):
                text = say(f, b.B2B_COMPLAINT[problem], lang)
                if i:
                    day = {"es": "miércoles", "de": "Mittwoch", "en": "Wednesday"}[lang]
                    text = say(
                        f, b.B2B_FOLLOW, lang, prev=bad[0].first, day=day, case=case, complaint=text
                    )
                eid = add(
                    f,
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    w.SUBJECT[lang][0].format(case=case)
                    if i
                    else {
                        "es": "Reclamación cuenta",
                        "de": "Beschwerde Konto",
                        "en": "Complaint: account",
                    }[lang],
                )
                if i == 0:
                    reply(f, c, t + mins(30, 90, r), b.B2B_ACK, case)
                    info["trouble_starts_at"] = iso(t)
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "habit": "complainer",
                        "role": "complainer",
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(t),
                        "tolerated_rules": TOL_AT_RISK,
                        "expected_rules": [],
                    }
                )
                if i < len(bad) - 1:
                    n_ = r.randint(1, 5)
                    sid = add(
                        f,
                        c,
                        t + mins(60, 180, r),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": n_},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(
                        {
                            "nps_given": True,
                            "nps": n_,
                            "survey_event_id": sid,
                            "expected_rules": ["detractor"],
                        }
                    )
                else:
                    t2 = workhour(t + mins(18 * 60, 40 * 60, r), r)
                    if kind == "at_risk" and problem == "portal":
                        eid2 = add(
                            f,
                            c,
                            t2,
                            "email",
                            "message",
                            say(f, b.B2B_LAST_MAIL, lang, case=case, comp=comp),
                            w.RE_SUBJECT[lang].format(case=case),
                        )
                        c.truth["competitor"] = comp
                    else:
                        eid2 = add(
                            f, c, t2, "phone", "call", say(f, b.B2B_LAST_CALL, lang, case=case)
                        )
                    c.truth["complaint_event_ids"].append(eid2)
                    c.truth["expected_rules"] = ["repeat_contact"]
                    c.truth["tolerated_rules"] = [x for x in TOL_AT_RISK]
                c.truth["habit"] = "complainer"
                t = t + mins(8 * 60, 28 * 60, r)
                t = (
                    t
                    if 8 <= t.hour < 17 and t.weekday() < 5
                    else (t + timedelta(days=1 if t.hour >= 17 else 0)).replace(
                        hour=8, minute=r.randint(0, 50)
                    )
                )
                while t.weekday() >= 5:
                    t += timedelta(days=1)
        elif kind == "one_unhappy":
            c = bad[0]
            case = case_ref(f)
            t = office(f, r.randint(3, 7), 8, 16)
            eid = add(
                f,
                c,
                t,
                "email",
                "message",
                say(f, b.B2B_COMPLAINT[problem], lang),
                {"es": "Reclamación cuenta", "de": "Beschwerde Konto", "en": "Complaint: account"}[
                    lang
                ],
            )
            reply(f, c, t + mins(30, 90, r), b.B2B_ACK, case)
            n_ = r.randint(1, 5)
            sid = add(
                f,
                c,
                t + mins(60, 180, r),
                "survey",
                "survey_response",
                None,
                scores={"nps": n_},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "nps_given": True,
                    "nps": n_,
                    "survey_event_id": sid,
                    "expected_rules": ["detractor"],
                    "tolerated_rules": ["sentiment_drop", "high_value_at_risk", "silence"],
                }
            )
        for j, c in enumerate(mild):
            t = office(f, r.randint(2, 9), 8, 16)
            mid = add(f, c, t, "web", "ticket", b.B2B_MILD[lang][j], attrs={"page": "/pro/ayuda"})
            add(
                f,
                c,
                t + mins(30, 120, r),
                "email",
                "message",
                say(f, b.B2B_MILD_ACK, lang, agent=agent(f)),
                out=True,
            )
            c.truth.update(
                {
                    "persona": "b2b_mild",
                    "habit": "suggests",
                    "role": "suggests",
                    "mild_event_id": mid,
                    "trouble_starts_at": iso(t),
                    "tolerated_rules": ["silence"],
                }
            )
        f.accounts[acc] = info


def topic_spike(f: Fam) -> None:
    r = f.rng
    for _ in range(40):
        c = person(f, "happy", "day writer")
        for d in sorted(r.sample(range(6), r.randint(1, 4))):
            happy_act(f, c, at(f, d, 12, 19) if d == 5 else at(f, d, 7, 19))
    for _ in range(2):
        c = person(f, "grumbles_once", "grumbles once")
        t = at(f, 0, 9, 17)
        gid = add(f, c, t, "chat", "chat", say(f, w.MILD, c.lang))
        add(
            f,
            c,
            t + mins(2, 6, r),
            "chat",
            "chat",
            say(f, w.MILD_ANSWER, c.lang, agent=agent(f)),
            out=True,
        )
        c.truth.update(
            {"grumble_event_id": gid, "trouble_starts_at": iso(t), "tolerated_rules": ["silence"]}
        )
    for lang, hh in (("es", 9.7), ("de", 16.1)):
        c = person(f, "grumbles_once", "lone question", lang=lang)
        t = f.start + timedelta(days=4, hours=hh)
        lid = add(f, c, t, "chat", "chat", w.LONE_Q[lang][0])
        add(
            f,
            c,
            t + mins(2, 6, r),
            "chat",
            "chat",
            say(f, w.LONE_A, lang, agent=agent(f)),
            out=True,
        )
        c.truth.update(
            {
                "lone_report_event_id": lid,
                "trouble_starts_at": iso(t),
                "tolerated_rules": ["silence"],
            }
        )
    langs = ["es"] * 7 + ["en"] * 5 + ["fr", "fr", "de", "de", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    sat = f.start + timedelta(days=5)
    starts = sorted(sat + timedelta(hours=8, minutes=20 + r.randint(0, 45)) for _ in range(20))
    starts[0] = sat + timedelta(hours=8, minutes=20)
    starts[-1] = sat + timedelta(hours=9, minutes=5)
    keys, eids, reps = [], [], []
    repeaters = 0
    fixed = 0
    for i in range(20):
        regular = i % 5 < 3
        c = person(f, "spike_reporter", "regular" if regular else "new", lang=langs[i])
        if regular:
            for _ in range(r.randint(1, 2)):
                happy_act(f, c, at(f, 2, 8, 17.5), surveys=False)
        t, ch = starts[i], chans[i]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = add(
            f,
            c,
            t,
            ch,
            kind,
            say(f, w.SPIKE, c.lang),
            "Club LY58-Z" if ch == "email" else None,
            attrs={"page": "/club"} if ch == "web" else None,
        )
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "tolerated_rules": ["silence"],
            }
        )
        if ch == "chat":
            add(
                f,
                c,
                t + mins(2, 5, r),
                "chat",
                "chat",
                say(f, w.SPIKE_CHAT, c.lang, agent=agent(f)),
                out=True,
            )
        if repeaters < 6 and t <= sat + timedelta(hours=8, minutes=45) and i % 2 == 0:
            repeaters += 1
            ch2 = ["email", "chat", "community"][repeaters % 3]
            rid = add(
                f,
                c,
                t + mins(15, 50, r),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                say(f, w.SPIKE_AGAIN, c.lang),
                "RE: Club LY58-Z" if ch2 == "email" else None,
            )
            reps.append(rid)
            c.truth.update(
                {
                    "persona": "spike_repeater",
                    "repeat_event_id": rid,
                    "expected_rules": ["repeat_contact"],
                    "tolerated_rules": ["sentiment_drop", "silence"],
                }
            )
        elif fixed < 6 and i % 2 == 1:
            fixed += 1
            local = "12:30" if c.market not in ("UK", "IE", "PT") else "11:30"
            add(
                f,
                c,
                sat + timedelta(hours=11, minutes=r.randint(35, 45)),
                "email",
                "message",
                say(f, w.SPIKE_FIXED, c.lang, first=c.first, local=local, agent=agent(f)),
                "Flamora Club",
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "bottled-gas app: Club stamp cards wiped to zero and free-cylinder vouchers gone, error LY58-Z",
        "about": "Flamora Club loyalty stamp card",
        "channel": None,
        "start": iso(starts[0]),
        "end": iso(starts[-1]),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


FAMILIES = [
    ("happy_writers", "HW", "2026-03-09", 10, happy_writers, "happy customers only"),
    ("one_bad_day", "BD", "2026-04-06", 12, one_bad_day, "happy customers with one bad day"),
    (
        "repeat_contacts",
        "RC",
        "2026-05-18",
        10,
        repeat_contacts,
        "one problem raised again and again",
    ),
    (
        "slow_churners",
        "SC",
        "2026-06-22",
        32,
        slow_churners,
        "slow slides, leavers, grumpy and sarcastic",
    ),
    ("quiet_hours", "QH", "2026-08-14", 3, quiet_hours, "a calm weekend with night-owl bursts"),
    ("bilingual", "BL", "2026-09-07", 14, bilingual, "customers writing in two languages"),
    ("b2b_accounts", "BB", "2026-10-05", 14, b2b_accounts, "Flamora Pro accounts"),
    ("topic_spike", "TS", "2026-11-09", 7, topic_spike, "a calm week and one planted spike"),
]


def finish(f: Fam) -> tuple[str, str]:
    f.rows.sort(key=lambda x: (x[0], x[1]))
    seen: set[str] = set()
    lines = []
    for _, _, c, row in f.rows:
        ids: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        full = row["direction"] == "outbound" or c.key not in seen
        if row["direction"] == "inbound":
            seen.add(c.key)
        ch = row["channel"]
        if full:
            ids.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
        elif ch == "phone":
            ids["phone"] = c.phone if f.rough.random() < 0.5 else c.phone[:3] + " " + c.phone[3:]
        elif ch in ("social", "community"):
            if c.handle:
                ids["handle"] = c.handle if f.rough.random() < 0.8 else c.handle.lstrip("@")
            else:
                ids["email"] = c.email
        elif ch == "email":
            ids["email"] = c.email.upper() if f.rough.random() < 1 / 12 else c.email
        else:
            ids["customer_id"] = c.key
        row["customer"] = ids
        lines.append(json.dumps(row, ensure_ascii=False))
    expected: dict[str, int] = {}
    for c in f.custs:
        assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        assert c.key in seen, c.key
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    last = f.rows[-1][0]
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    truth = {
        "config": {
            "family": f.name,
            "about": dict((x[0], x[5]) for x in FAMILIES)[f.name],
            "business": ABOUT_BUSINESS,
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": WRITTEN,
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {c.key: c.truth for c in f.custs},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    return "\n".join(lines) + "\n", json.dumps(
        truth, ensure_ascii=False, indent=1, sort_keys=True
    ) + "\n"


def main() -> None:
    USED.clear()
    for n, (name, code, day, days, build, _about) in enumerate(FAMILIES, start=1):
        f = Fam(
            name,
            code,
            n,
            datetime.fromisoformat(day + "T00:00:00+00:00"),
            days,
            random.Random(SEED * 100 + n),
            random.Random(SEED * 100 + 50 + n),
        )
        build(f)
        jl, tr = finish(f)
        (HERE / f"{name}.jsonl").write_text(jl, "utf-8")
        (HERE / f"{name}.truth.json").write_text(tr, "utf-8")
        print(name, len(f.custs), len(f.rows))


if __name__ == "__main__":
    main()
