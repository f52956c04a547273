"""Generate heldout146: hand-written alert scenarios for Ombrisa (report only, blind).

Standard library only, seeded and deterministic. Run: ``python make_heldout146.py``.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261205
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
LANG_WEIGHTS = (("es", 30), ("en", 30), ("fr", 10), ("de", 10), ("it", 10), ("pt", 10))
MARKETS = {
    "es": ("ES",),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE"),
    "de": ("DE", "AT"),
    "it": ("IT",),
    "pt": ("PT",),
}
PHONE = {
    "ES": "+346",
    "UK": "+447",
    "IE": "+3538",
    "FR": "+336",
    "BE": "+324",
    "DE": "+4915",
    "AT": "+43664",
    "IT": "+393",
    "PT": "+3519",
}
FIRST = {
    "es": (
        "Lucia",
        "Javier",
        "Marta",
        "Sergio",
        "Nuria",
        "Pablo",
        "Elena",
        "Ruben",
        "Ines",
        "Alvaro",
    ),
    "en": (
        "Emma",
        "Oliver",
        "Sophie",
        "Liam",
        "Grace",
        "Callum",
        "Niamh",
        "Harry",
        "Chloe",
        "Rory",
    ),
    "fr": ("Camille", "Julien", "Manon", "Hugo"),
    "de": ("Lena", "Jonas", "Anna", "Felix"),
    "it": ("Giulia", "Marco", "Chiara", "Luca"),
    "pt": ("Beatriz", "Tiago", "Ana", "Rui"),
}
LAST = {
    "es": ("Garcia", "Moreno", "Navarro", "Ruiz", "Ortega", "Serrano", "Castro", "Delgado"),
    "en": ("Walsh", "Patel", "Hughes", "Byrne", "Carter", "Doyle", "Reid", "Murphy"),
    "fr": ("Martin", "Bernard", "Lefevre", "Girard"),
    "de": ("Weber", "Becker", "Hoffmann", "Krause"),
    "it": ("Russo", "Bianchi", "Greco", "Conti"),
    "pt": ("Silva", "Costa", "Ferreira", "Sousa"),
}
AGENTS = ("Carmen", "Tom", "Ines", "Sam", "Pilar", "Ruth")
CHANNEL_SOURCE = {
    "email": "ombrisa-mail",
    "phone": "ombrisa-voice",
    "social": "ombrisa-social",
    "community": "ombrisa-forum",
    "chat": "ombrisa-chat",
    "web": "ombrisa-web",
    "survey": "ombrisa-survey",
}
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
TOL_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]


def z(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    seen: bool = False


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    n: int
    rng: random.Random = field(init=False)
    rows: list[tuple[datetime, int, dict[str, Any]]] = field(default_factory=list)
    truth: dict[str, dict[str, Any]] = field(default_factory=dict)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)


USED: set[str] = set()


def unique(value: str) -> str:
    if value in USED:
        raise SystemExit(f"identifier reused: {value}")
    USED.add(value)
    return value


def pick(rng: random.Random, table: dict[str, tuple[str, ...]], lang: str) -> str:
    return rng.choice(table.get(lang) or table["en"])


def one(table: dict[str, str], lang: str) -> str:
    return table.get(lang) or table["en"]


def fill(text: str, **kw: str) -> str:
    base = {"brand": W.BRAND, "plan": W.PLAN, "code": W.CODE}
    base.update(kw)
    return text.format(**base)


def rough(rng: random.Random, text: str) -> str:
    if rng.random() < 0.12 and text[:1].isupper():
        text = text[0].lower() + text[1:]
    return text


def person(
    fam: Fam,
    persona: str,
    habit: str,
    lang: str | None = None,
    account: str | None = None,
    market: str | None = None,
    expected: list[str] | None = None,
    tolerated: list[str] | None = None,
    **extra: Any,
) -> Cust:
    rng = fam.rng
    if lang is None:
        lang = rng.choices([lw[0] for lw in LANG_WEIGHTS], [lw[1] for lw in LANG_WEIGHTS])[0]
    mkt = market or rng.choice(MARKETS[lang])
    first = rng.choice(FIRST[lang])
    last = rng.choice(LAST[lang])
    idx = len(USED)
    key = unique(f"OM{fam.code}{1000 + idx * 7 % 9000 + idx:04d}")
    domain = (
        f"{account.lower()}.example"
        if account
        else rng.choice(("correo.example", "mail.example", "post.example"))
    )
    email = unique(f"{first.lower()}.{last.lower()}{idx}@{domain}")
    phone = unique(f"{PHONE[mkt]}{rng.randrange(10**7, 10**8)}{idx % 10}")
    handle = None if account else unique(f"@{last.lower()}_{first.lower()}{idx}")
    c = Cust(key, lang, mkt, f"{first} {last}", email, phone, handle, account)
    exp = sorted(expected or [])
    tol = sorted(tolerated or [])
    if set(exp) & set(tol):
        raise SystemExit(f"{key}: a rule both expected and tolerated")
    fam.custs[key] = c
    fam.truth[key] = {
        "identifiers": {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        },
        "expected_rules": exp,
        "tolerated_rules": tol,
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": mkt,
        "segment": "b2b" if account else "consumer",
        "name": c.name,
        **extra,
    }
    return c


KIND = {
    "email": "message",
    "phone": "call",
    "social": "mention",
    "community": "post",
    "chat": "chat",
    "web": "ticket",
    "survey": "survey_response",
}


def add(
    fam: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    text: str | None,
    kind: str | None = None,
    outbound: bool = False,
    subject: str | None = None,
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
) -> str:
    if t.year != 2026 or t >= LIMIT or t < fam.start:
        raise SystemExit(f"{fam.name}: time out of window {t}")
    fam.counter += 1
    eid = unique(f"om146-{fam.code.lower()}-{fam.counter:05d}")
    ids: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if outbound or not c.seen:
        ids.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
    elif channel == "phone":
        ids["phone"] = c.phone
    elif channel in ("social", "community"):
        if c.handle:
            ids["handle"] = c.handle
        else:
            ids["email"] = c.email
    elif channel == "email":
        ids["email"] = c.email
    else:
        ids["customer_id"] = c.key
    if not outbound:
        c.seen = True
    a = {"market": c.market}
    if c.account:
        a["segment"] = "b2b"
    if outbound:
        a["agent"] = fam.rng.choice(AGENTS)
    a.update(attrs or {})
    if text is not None and not outbound and channel not in ("phone", "survey"):
        text = rough(fam.rng, text)
    row = {
        "event_id": eid,
        "occurred_at": z(t),
        "channel": channel,
        "kind": kind or KIND[channel],
        "direction": "outbound" if outbound else "inbound",
        "customer": ids,
        "text": text,
        "subject": subject,
        "scores": {"nps": None, "csat": None, "ces": None, **(scores or {})},
        "source": CHANNEL_SOURCE[channel],
        "attributes": a,
    }
    fam.rows.append((t, fam.counter, row))
    return eid


def at(fam: Fam, day: int, h0: float, h1: float) -> datetime:
    return fam.start + timedelta(days=day, minutes=fam.rng.randrange(int(h0 * 60), int(h1 * 60)))


def agent(fam: Fam) -> str:
    return fam.rng.choice(AGENTS)


def happy_act(fam: Fam, c: Cust, t: datetime, surveys: bool = True) -> None:
    rng = fam.rng
    r = rng.random()
    lang = c.lang
    if r < 0.3:
        ch = rng.choice(("social", "community"))
        text = fill(pick(rng, W.PRAISE, lang))
        if ch == "social" and "@" not in text:
            text = "@" + W.BRAND + " " + text
        add(fam, c, t, ch, text)
    elif r < 0.55:
        add(fam, c, t, "chat", pick(rng, W.QUESTION, lang))
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(1, 6)),
            "chat",
            fill(one(W.ANSWER, lang), agent=agent(fam)),
            outbound=True,
        )
        if rng.random() < 0.6:
            add(
                fam, c, t + timedelta(minutes=rng.randint(7, 12)), "chat", pick(rng, W.THANKS, lang)
            )
    elif r < 0.8:
        page = rng.choice(W.PAGES)
        add(fam, c, t, "web", None, kind="page_view", attrs={"page": page})
        value = f"{rng.randint(89, 2400)}.{rng.choice(('00', '90', '50'))}"
        cur = "GBP" if c.market == "UK" else "EUR"
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(3, 20)),
            "web",
            None,
            kind="purchase",
            attrs={
                "page": page,
                "order_value": value,
                "currency": cur,
                "product": rng.choice(W.PRODUCTS),
            },
        )
    elif r < 0.9 or not surveys:
        add(
            fam,
            c,
            t,
            "web",
            fill(pick(rng, W.PRAISE, lang)),
            kind="review",
            attrs={"rating": "5", "page": rng.choice(W.PAGES)},
        )
    else:
        survey(fam, c, t)


def survey(fam: Fam, c: Cust, t: datetime) -> None:
    rng = fam.rng
    kind = rng.choice(("nps", "csat", "ces"))
    val = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[kind]
    add(
        fam,
        c,
        t,
        "survey",
        rng.choice(W.SURVEY_WORDS) or None,
        scores={kind: val},
        attrs={"survey": kind},
    )


def happy(fam: Fam, c: Cust, days: list[int], surveys: bool = True) -> None:
    for d in days:
        happy_act(fam, c, at(fam, d, 7, 19.5), surveys)


def case_ref(fam: Fam) -> str:
    return unique(f"OMB-{fam.rng.randrange(100000, 999999)}")


def complaint(
    fam: Fam, c: Cust, t: datetime, channel: str, problem: str, long_email: bool = False
) -> str:
    lang = c.lang
    p = W.PROBLEMS[problem][lang]
    if long_email:
        return add(
            fam,
            c,
            t,
            "email",
            one(W.LONG_EMAIL, lang).format(p=p),
            subject="Reclamación" if lang == "es" else "Complaint",
        )
    text = fill(pick(fam.rng, W.BAD_DAY, lang), p=p)
    if channel == "phone":
        text = one(W.CALL_PREFIX, lang) + p
    if channel == "social":
        text = "@" + W.BRAND + " " + text if "@" not in text else text
        text = text.replace(" " + W.BRAND, " @" + W.BRAND) if "@" + W.BRAND not in text else text
    subj = ("Reclamación" if lang == "es" else "Complaint") if channel == "email" else None
    return add(fam, c, t, channel, text, subject=subj)


PROBS = ("no_show", "wrong_fabric", "motor", "refund", "wrong_price", "cancel_fee")


def nightfix(t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 60)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


# ---------------------------------------------------------------- families


def happy_writers(fam: Fam) -> None:
    for _ in range(16):
        c = person(fam, "happy", "day writer")
        happy(fam, c, fam.rng.sample(range(fam.days), fam.rng.randint(5, 8)))
    for _ in range(5):
        c = person(fam, "happy", "night writer")
        for d in fam.rng.sample(range(fam.days - 1), fam.rng.randint(2, 4)):
            t = fam.start + timedelta(days=d, hours=22, minutes=fam.rng.randrange(10, 360))
            add(
                fam,
                c,
                t,
                fam.rng.choice(("community", "social")),
                fill(pick(fam.rng, W.NIGHT, c.lang)) if c.handle else None,
            )
        happy(fam, c, fam.rng.sample(range(fam.days), 2), surveys=False)
    for _ in range(5):
        c = person(fam, "happy", "answers surveys")
        for d in fam.rng.sample(range(fam.days), fam.rng.randint(3, 6)):
            survey(fam, c, at(fam, d, 8, 20))


def one_bad_day(fam: Fam) -> None:
    rng = fam.rng
    chans = (
        ["long_email"] * 4
        + ["email"] * 4
        + ["chat"] * 4
        + ["social"] * 4
        + ["web"] * 4
        + ["phone"] * 4
    )
    det = 0
    csat_n = 0
    fixed = 0
    apol = 0
    for i, ch in enumerate(chans):
        problem = PROBS[i % 6]
        lang = ("es", "en")[i % 2] if ch == "long_email" else None
        bad = 2 + i % 8
        with_case = ch != "social"
        gives_nps = with_case and det < 6 and i % 3 == 0
        persona = "bad_day_detractor" if gives_nps else "happy_one_bad_day"
        c = person(
            fam,
            persona,
            "one bad day",
            lang=lang,
            expected=["detractor"] if gives_nps else [],
            tolerated=["silence"],
            problem=problem,
            long_email=ch == "long_email",
        )
        days = [d for d in range(fam.days) if d < bad - 1 or d > bad + 2]
        happy(fam, c, rng.sample(days, rng.randint(1, 5)), surveys=False)
        t = at(fam, bad, 8, 20)
        eid = complaint(
            fam, c, t, "email" if ch == "long_email" else ch, problem, long_email=ch == "long_email"
        )
        tr = fam.truth[c.key]
        tr.update(
            bad_day_at=z(t), bad_day_event_id=eid, trouble_starts_at=z(t), nps_given=gives_nps
        )
        if with_case:
            case = case_ref(fam)
            tr["booking"] = case
            rch = "chat" if ch == "chat" else "email"
            add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(10, 40) if rch == "email" else 3),
                rch,
                fill(
                    one(W.CASE_OPENED, c.lang), name=c.name.split()[0], case=case, agent=agent(fam)
                ),
                outbound=True,
            )
            if gives_nps:
                det += 1
                nps = rng.randint(1, 5)
                tr.update(
                    nps=nps,
                    survey_event_id=add(
                        fam,
                        c,
                        t + timedelta(minutes=rng.randint(100, 140)),
                        "survey",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    ),
                )
            elif csat_n < 5:
                csat_n += 1
                add(
                    fam,
                    c,
                    t + timedelta(minutes=rng.randint(40, 80)),
                    "survey",
                    rng.choice(("", "mal", "bad")) or None,
                    scores={"csat": rng.randint(1, 2)},
                    attrs={"survey": "csat"},
                )
            if fixed < 12 and i % 5 != 4:
                fixed += 1
                add(
                    fam,
                    c,
                    nightfix(t + timedelta(hours=rng.randint(1, 4))),
                    "email",
                    fill(one(W.GOOD_NEWS, c.lang), case=case, agent=agent(fam)),
                    outbound=True,
                    subject=case,
                )
                if apol < 5 and i % 2 == 1:
                    apol += 1
                    ta = nightfix(t + timedelta(hours=rng.randint(16, 24)))
                    tr.update(
                        apologised=True,
                        apology_at=z(ta),
                        apology_event_id=add(fam, c, ta, "chat", one(W.APOLOGY, c.lang)),
                    )
    for _ in range(8):
        c = person(fam, "happy", "control")
        happy(fam, c, rng.sample(range(fam.days), rng.randint(4, 7)), surveys=False)


def repeat_run(
    fam: Fam,
    c: Cust,
    first_day: int,
    times: int,
    quality: bool,
    channels: list[str],
    lang_seq: list[str] | None = None,
) -> None:
    rng = fam.rng
    tr = fam.truth[c.key]
    problem = rng.choice(PROBS)
    case = case_ref(fam)
    t = at(fam, first_day, 8, 19)
    ids = []
    langs = lang_seq or [c.lang] * times
    base_lang = c.lang
    c.lang = langs[0]
    ids.append(complaint(fam, c, t, channels[0], problem))
    if channels[0] == "chat":
        add(
            fam,
            c,
            t + timedelta(minutes=3),
            "chat",
            fill(one(W.CASE_OPENED, c.lang), name=c.name.split()[0], case=case, agent=agent(fam)),
            outbound=True,
        )
    if quality:
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(90, 150)),
            "email",
            fill(one(W.QUALITY_LEAD, c.lang), name=c.name.split()[0], case=case, agent=agent(fam)),
            outbound=True,
            subject=case,
        )
    elif channels[0] != "chat":
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(10, 40)),
            "email",
            fill(one(W.CASE_OPENED, c.lang), name=c.name.split()[0], case=case, agent=agent(fam)),
            outbound=True,
            subject=case,
        )
    comp = rng.choice(W.COMPETITORS)
    said_comp = None
    for k in range(1, times):
        t = nightfix(t + timedelta(hours=rng.randint(4, 40)))
        c.lang = langs[k]
        tmpl = W.REPEAT.get(c.lang, W.REPEAT["en"])[min(k - 1, 2)]
        if k == 2:
            said_comp = comp
        text = tmpl.format(case=case, p=W.PROBLEMS[problem][c.lang], comp=comp)
        ch = channels[k]
        if ch == "phone":
            text = one(W.CALL_PREFIX, c.lang) + text.lower()
        if ch == "social":
            text = "@" + W.BRAND + " " + text
        ids.append(add(fam, c, t, ch, text, subject=case if ch == "email" else None))
        if ch == "chat":
            add(
                fam,
                c,
                t + timedelta(minutes=2),
                "chat",
                fill(one(W.URGENT, c.lang), agent=agent(fam)),
                outbound=True,
            )
    c.lang = base_lang
    tr.update(
        problem=problem,
        booking=case,
        problem_event_ids=ids,
        contacts=times,
        channels=channels[:times],
        competitor=said_comp,
        agent_passed_on=quality,
    )
    tr["trouble_starts_at"] = next(
        r[2]["occurred_at"] for r in fam.rows if r[2]["event_id"] == ids[0]
    )


def fixed_case(
    fam: Fam,
    c: Cust,
    day: int,
    problem: str,
    lang: str | None = None,
    confirm_lang: str | None = None,
) -> dict[str, Any]:
    rng = fam.rng
    base = c.lang
    c.lang = lang or base
    t = at(fam, day, 8, 18)
    pe = complaint(fam, c, t, "web", problem)
    case = case_ref(fam)
    add(
        fam,
        c,
        t + timedelta(minutes=rng.randint(10, 40)),
        "email",
        fill(one(W.CASE_OPENED, c.lang), name=c.name.split()[0], case=case, agent=agent(fam)),
        outbound=True,
        subject=case,
    )
    tf = nightfix(t + timedelta(hours=rng.randint(3, 20)))
    add(
        fam,
        c,
        tf,
        "email",
        fill(one(W.GOOD_NEWS, c.lang), case=case, agent=agent(fam)),
        outbound=True,
        subject=case,
    )
    c.lang = confirm_lang or c.lang
    tc = nightfix(tf + timedelta(hours=rng.randint(8, 30)))
    ch = rng.choice(("email", "chat"))
    ce = add(
        fam,
        c,
        tc,
        ch,
        one(W.CONFIRM, c.lang).format(case=case),
        subject=case if ch == "email" else None,
    )
    c.lang = base
    return {
        "problem": problem,
        "booking": case,
        "raised_at": z(t),
        "fixed_at": z(tf),
        "confirmed_at": z(tc),
        "problem_event_ids": [pe],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts(fam: Fam) -> None:
    rng = fam.rng
    for i in range(12):
        c = person(
            fam, "repeat_contact", "repeats", expected=["repeat_contact"], tolerated=TOL_REPEAT
        )
        happy(fam, c, [0] * rng.randint(1, 3), surveys=False)
        times = 2 + i % 3
        chans = rng.sample(["email", "chat", "phone", "web", "social"], 5)
        repeat_run(fam, c, 1 + i % 4, times, quality=i % 2 == 0, channels=chans)
    for _ in range(5):
        c = person(fam, "resolved_between_contacts", "fixed", tolerated=["silence"])
        happy(fam, c, [0], surveys=False)
        p = fixed_case(fam, c, rng.randint(1, 5), rng.choice(PROBS))
        fam.truth[c.key].update(problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        c = person(fam, "different_problems", "two problems", tolerated=["silence"])
        a, b = rng.sample(PROBS, 2)
        p1 = fixed_case(fam, c, 1, a)
        p2 = fixed_case(fam, c, 6, b)
        fam.truth[c.key].update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = person(fam, "happy", "frequent writer")
        happy(fam, c, rng.sample(range(fam.days), rng.randint(5, 8)))


def slide(
    fam: Fam, c: Cust, day0: int, span: int, langs: list[str] | None = None, nps: bool = False
) -> None:
    rng = fam.rng
    tr = fam.truth[c.key]
    comp = rng.choice(W.COMPETITORS)
    ids = []
    t = at(fam, day0, 9, 12)
    for k in range(6):
        lang = langs[k % len(langs)] if langs else c.lang
        text = fill(W.SLIDE.get(lang, W.SLIDE["en"])[k], comp=comp)
        ch = rng.choice(("social", "community", "review"))
        if ch == "review":
            ids.append(
                add(
                    fam,
                    c,
                    t,
                    "web",
                    text,
                    kind="review",
                    attrs={"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/toldos"},
                )
            )
        else:
            if ch == "social":
                text = "@" + W.BRAND + " " + text
            ids.append(add(fam, c, t, ch, text))
        if k == 3 and nps:
            v = rng.randint(1, 5)
            tr.update(
                nps_given=True,
                nps=v,
                survey_event_id=add(
                    fam,
                    c,
                    nightfix(t + timedelta(minutes=rng.randint(150, 210))),
                    "survey",
                    None,
                    scores={"nps": v},
                    attrs={"survey": "nps"},
                ),
            )
        t = nightfix(t + timedelta(hours=max(1, span * 24 // 6) + rng.randint(0, 3)))
    tr.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=fam.rows[[r[2]["event_id"] for r in fam.rows].index(ids[0])][2][
            "occurred_at"
        ],
    )


def slow_churners(fam: Fam) -> None:
    rng = fam.rng
    for i in range(10):
        nps = i < 5
        c = person(
            fam,
            "slow_churner",
            "slides",
            expected=["sentiment_drop", *(["detractor"] if nps else [])],
            tolerated=TOL_SLIDE,
        )
        for d in rng.sample(range(11), rng.randint(4, 5)):
            add(fam, c, at(fam, d, 8, 19), "community", fill(pick(rng, W.PRAISE, c.lang)))
        happy(fam, c, rng.sample(range(11), rng.randint(2, 4)), surveys=False)
        slide(fam, c, 12 + i % 5, (3, 5, 9)[i % 3], nps=nps)
    for i in range(5):
        c = person(
            fam, "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=TOL_LEAVE
        )
        happy(fam, c, rng.sample(range(15), rng.randint(4, 6)), surveys=False)
        t = at(fam, 17 + i, 9, 17)
        ce = add(
            fam,
            c,
            t,
            "email",
            fill(one(W.LEAVE, c.lang)),
            subject="Baja" if c.lang == "es" else "Cancel",
        )
        add(
            fam,
            c,
            t + timedelta(hours=rng.randint(1, 5)),
            "email",
            fill(one(W.SORRY_GO, c.lang), name=c.name.split()[0], agent=agent(fam)),
            outbound=True,
        )
        tc = t + timedelta(hours=rng.randint(20, 30))
        xe = add(
            fam,
            c,
            tc,
            "web",
            None,
            kind="cancellation",
            attrs={"page": "/care/cancel", "product": W.PLAN},
        )
        fam.truth[c.key].update(
            churn_intent_event_id=ce,
            cancellation_event_id=xe,
            churn_at=z(tc),
            trouble_starts_at=z(t),
        )
    for _ in range(6):
        c = person(fam, "happy", "steady")
        happy(fam, c, rng.sample(range(fam.days), rng.randint(6, 10)))
    for _ in range(5):
        c = person(fam, "steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = rng.randint(0, 4)
        ids = []
        for _k in range(rng.randint(5, 7)):
            ch = rng.choice(("social", "community", "web"))
            text = pick(rng, W.GRUMPY, c.lang)
            if ch == "social":
                text = "@" + W.BRAND + " " + text
            ids.append(
                add(
                    fam,
                    c,
                    at(fam, d, 9, 20),
                    ch,
                    text,
                    kind="ticket" if ch == "web" else None,
                    attrs={"page": "/app"} if ch == "web" else None,
                )
            )
            d += rng.randint(1, 3)
        fam.truth[c.key].update(
            grumble_event_ids=ids,
            trouble_starts_at=next(
                r[2]["occurred_at"] for r in fam.rows if r[2]["event_id"] == ids[0]
            ),
        )
    for _ in range(5):
        c = person(fam, "happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        happy(fam, c, rng.sample(range(16), rng.randint(3, 5)), surveys=False)
        t = at(fam, rng.randint(17, 28), 10, 20)
        fam.truth[c.key].update(
            sarcasm_event_id=add(
                fam, c, t, "social", "@" + W.BRAND + " " + pick(rng, W.SARCASM, c.lang)
            )
        )


def quiet_hours(fam: Fam) -> None:
    rng = fam.rng
    for _ in range(16):
        c = person(fam, "happy", "day writer")
        for d in rng.sample(range(3), rng.randint(1, 3)):
            happy_act(fam, c, at(fam, d, 7, 17.5))
    for i in range(4):
        c = person(fam, "grumbles_once", "grumbles once", tolerated=["silence"])
        t = at(fam, i % 3, 9, 16)
        add(fam, c, t, "web", None, kind="page_view", attrs={"page": "/tejidos"})
        t2 = t + timedelta(minutes=rng.randint(20, 30))
        ch = "chat" if i < 2 else "web"
        g = add(
            fam, c, t2, ch, one(W.MILD, c.lang), attrs={"page": "/tejidos"} if ch == "web" else None
        )
        add(
            fam,
            c,
            t2 + timedelta(minutes=4),
            "chat" if ch == "chat" else "email",
            fill(one(W.NOTED, c.lang), agent=agent(fam)),
            outbound=True,
        )
        fam.truth[c.key].update(grumble_event_id=g, trouble_starts_at=z(t2))
    for night in range(3):
        b0 = fam.start + timedelta(days=night + 1, minutes=rng.randint(40, 65))
        for b, off in enumerate((0, rng.randint(28, 33), rng.randint(55, 65))):
            for _ in range(4):
                c = person(fam, "night_owl", f"night {night}, burst {b}")
                t = b0 + timedelta(minutes=off + rng.randint(0, 9))
                if rng.random() < 0.5:
                    e = add(fam, c, t, "chat", pick(rng, W.QUESTION, c.lang))
                    add(
                        fam,
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        fill(one(W.ANSWER, c.lang), agent=agent(fam)),
                        outbound=True,
                    )
                    add(fam, c, t + timedelta(minutes=8), "chat", pick(rng, W.THANKS, c.lang))
                else:
                    e = add(fam, c, t, "community", fill(pick(rng, W.NIGHT, c.lang)))
                fam.truth[c.key].update(burst_at=z(b0 + timedelta(minutes=off)), night_event_id=e)
                if rng.random() < 0.5:
                    happy_act(fam, c, at(fam, rng.randint(0, 2), 9, 17.5))


PAIRS = [
    ("es", "en"),
    ("en", "es"),
    ("es", "fr"),
    ("fr", "es"),
    ("es", "de"),
    ("de", "en"),
    ("en", "it"),
    ("it", "es"),
    ("pt", "es"),
    ("es", "pt"),
    ("en", "fr"),
    ("de", "es"),
]


def bilingual(fam: Fam) -> None:
    rng = fam.rng
    k = 0

    def pair() -> tuple[str, str]:
        nonlocal k
        k += 1
        return PAIRS[k % len(PAIRS)]

    for _ in range(12):
        a, b = pair()
        c = person(
            fam,
            "happy",
            "alternates languages",
            lang=a,
            languages=[a, b],
            job_second_language="works abroad",
        )
        for j, d in enumerate(rng.sample(range(fam.days), rng.randint(5, 8))):
            c.lang = (a, b)[j % 2]
            happy_act(fam, c, at(fam, d, 8, 19))
        c.lang = a
    for i in range(5):
        a, b = pair()
        c = person(
            fam,
            "repeat_contact",
            "repeats",
            lang=a,
            expected=["repeat_contact"],
            tolerated=TOL_REPEAT,
            languages=[a, b],
            job_second_language="partner's language",
        )
        happy(fam, c, [0, 1][: rng.randint(1, 2)], surveys=False)
        times = (2, 2, 3, 3, 4)[i]
        repeat_run(
            fam,
            c,
            2 + i % 4,
            times,
            quality=times > 2,
            channels=rng.sample(["email", "chat", "phone", "web", "social"], 5),
            lang_seq=[(a, b)[j % 2] for j in range(times)],
        )
    for _ in range(5):
        a, b = pair()
        c = person(
            fam,
            "slow_churner",
            "slides",
            lang=a,
            expected=["sentiment_drop"],
            tolerated=TOL_SLIDE,
            languages=[a, b],
            job_second_language="studied abroad",
        )
        for j, d in enumerate(rng.sample(range(6), 5)):
            c.lang = (a, b)[j % 2]
            add(fam, c, at(fam, d, 8, 19), "community", fill(pick(rng, W.PRAISE, c.lang)))
        c.lang = a
        happy(fam, c, rng.sample(range(6), rng.randint(1, 3)), surveys=False)
        slide(fam, c, rng.randint(7, 8), rng.randint(3, 5), langs=[a, b])
    for i in range(3):
        a, b = ("de", "es") if i == 0 else pair()
        c = person(
            fam,
            "happy_one_bad_day",
            "one bad day",
            lang=a,
            tolerated=["silence"],
            languages=[a, b],
            job_second_language="family",
        )
        happy(fam, c, rng.sample([0, 1, 2, 10, 11, 12], 3), surveys=False)
        c.lang = b if i else "en"
        t = at(fam, 6, 9, 18)
        e = complaint(
            fam, c, t, "chat" if i == 2 else "email", rng.choice(PROBS), long_email=i == 0
        )
        case = case_ref(fam)
        add(
            fam,
            c,
            t + timedelta(minutes=20),
            "chat" if i == 2 else "email",
            fill(one(W.CASE_OPENED, c.lang), name=c.name.split()[0], case=case, agent=agent(fam)),
            outbound=True,
        )
        fam.truth[c.key].update(
            bad_day_at=z(t),
            bad_day_event_id=e,
            bad_day_language=c.lang,
            booking=case,
            trouble_starts_at=z(t),
        )
        c.lang = a
    for _ in range(2):
        a, b = pair()
        c = person(
            fam,
            "resolved_between_contacts",
            "fixed",
            lang=a,
            tolerated=["silence"],
            languages=[a, b],
            job_second_language="neighbours",
        )
        happy(fam, c, [0], surveys=False)
        p = fixed_case(fam, c, 3, rng.choice(PROBS), lang=a, confirm_lang=b)
        fam.truth[c.key].update(problems=[p], trouble_starts_at=p["raised_at"], confirm_language=b)


SITES = (
    "restaurant",
    "hotel",
    "cafe",
    "school",
    "beach club",
    "clinic",
    "office park",
    "hotel",
    "restaurant",
    "campsite",
    "golf club",
    "municipality",
    "hostel",
    "bakery",
    "hotel",
)


def b2b_accounts(fam: Fam) -> None:
    rng = fam.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    probs = ("invoice", "service_blocked", "portal", "overbilled", "invoice")
    for i, kind in enumerate(kinds):
        lang = ("es", "en")[i % 2]
        mkt = rng.choice(MARKETS[lang])
        acc = unique(f"OMT-{mkt}-{rng.randrange(1000, 9999)}")
        company = f"{rng.choice(LAST[lang])} {SITES[i].title()}"
        n = rng.randint(4, 6) if kind == "at_risk" else rng.randint(3, 4)
        unhappy_n = (3 + i % 2) if kind == "at_risk" else (1 if kind == "one_unhappy" else 0)
        keys: list[str] = []
        ukeys: list[str] = []
        for j in range(n):
            role = "contact"
            exp: list[str] = []
            tol: list[str] = []
            persona = "b2b_happy"
            if kind == "at_risk" and j < unhappy_n:
                role, persona, tol = "complainer", "b2b_unhappy", TOL_B2B_RISK
                exp = ["repeat_contact"] if j == unhappy_n - 1 else ["detractor"]
            elif kind == "one_unhappy" and j == 0:
                role, persona, exp, tol = (
                    "complainer",
                    "b2b_one_unhappy",
                    ["detractor"],
                    TOL_B2B_ONE,
                )
            elif kind == "mild" and j < 2:
                role, persona, tol = "suggests", "b2b_mild", ["silence"]
            c = person(
                fam,
                persona,
                role,
                lang=lang,
                account=acc,
                market=mkt,
                expected=exp,
                tolerated=tol,
                company=company,
                role=role,
                job_title=(
                    "Facilities manager",
                    "Owner",
                    "Operations",
                    "Accounts",
                    "Head chef",
                    "Reception lead",
                )[j],
            )
            keys.append(c.key)
            if persona in ("b2b_unhappy", "b2b_one_unhappy"):
                ukeys.append(c.key)
            if persona == "b2b_happy":
                for d in rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], rng.randint(2, 4)):
                    happy_act(fam, c, at(fam, d, 8, 16.5))
            else:
                for _ in range(rng.randint(0, 2)):
                    t = at(fam, rng.randint(0, 1), 8, 16.5)
                    add(fam, c, t, "web", None, kind="page_view", attrs={"page": "/portal"})
        fam.accounts[acc] = {
            "company": company,
            "site": SITES[i],
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": len(ukeys),
            "unhappy_contact_keys": ukeys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": probs[i] if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": mkt,
        }
        if kind == "at_risk":
            p = W.B2B_PROBLEMS[probs[i]][lang]
            t = at(fam, 2, 8, 12)
            case = case_ref(fam)
            firstname = fam.custs[ukeys[0]].name.split()[0]
            day = t.strftime("%A")
            for j, k in enumerate(ukeys):
                c = fam.custs[k]
                tr = fam.truth[k]
                if j == 0:
                    e = add(
                        fam,
                        c,
                        t,
                        "email",
                        one(W.B2B_FIRST, lang).format(company=company, p=p),
                        subject="Reclamación" if lang == "es" else "Complaint",
                    )
                    add(
                        fam,
                        c,
                        t + timedelta(minutes=30),
                        "email",
                        fill(one(W.CASE_OPENED, lang), name=firstname, case=case, agent=agent(fam)),
                        outbound=True,
                        subject=case,
                    )
                    fam.accounts[acc]["trouble_starts_at"] = z(t)
                else:
                    t = t + timedelta(hours=rng.randint(8, 28))
                    while t.weekday() >= 5 or not 8 <= t.hour < 17:
                        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 59))
                    e = add(
                        fam,
                        c,
                        t,
                        "email",
                        one(W.B2B_LATER, lang).format(first=firstname, day=day, case=case, p=p),
                        subject=case,
                    )
                ids = [e]
                tr.update(
                    booking=case,
                    trouble_starts_at=next(
                        r[2]["occurred_at"] for r in fam.rows if r[2]["event_id"] == e
                    ),
                )
                if j < len(ukeys) - 1:
                    v = rng.randint(1, 5)
                    tr.update(
                        nps_given=True,
                        nps=v,
                        survey_event_id=add(
                            fam,
                            c,
                            t + timedelta(hours=rng.randint(1, 3)),
                            "survey",
                            None,
                            scores={"nps": v},
                            attrs={"survey": "nps"},
                        ),
                    )
                else:
                    t2 = t + timedelta(hours=rng.randint(18, 40))
                    while t2.weekday() >= 5 or not 8 <= t2.hour < 17:
                        t2 = (t2 + timedelta(days=1)).replace(hour=9, minute=rng.randint(0, 59))
                    comp = rng.choice(W.COMPETITORS)
                    ch = "phone" if i % 2 else "email"
                    txt = one(W.B2B_LAST, lang).format(case=case, comp=comp)
                    if ch == "phone":
                        txt = one(W.CALL_PREFIX, lang) + txt
                    ids.append(add(fam, c, t2, ch, txt, subject=case if ch == "email" else None))
                    tr["competitor"] = comp
                tr["complaint_event_ids"] = ids
        elif kind == "one_unhappy":
            c = fam.custs[ukeys[0]]
            t = at(fam, 3 + i % 5, 8, 15)
            while t.weekday() >= 5:
                t += timedelta(days=1)
            e = add(
                fam,
                c,
                t,
                "email",
                one(W.B2B_FIRST, lang).format(
                    company=company, p=W.B2B_PROBLEMS[probs[i % 4]][lang]
                ),
                subject="Reclamación" if lang == "es" else "Complaint",
            )
            case = case_ref(fam)
            add(
                fam,
                c,
                t + timedelta(minutes=40),
                "email",
                fill(one(W.CASE_OPENED, lang), name=c.name.split()[0], case=case, agent=agent(fam)),
                outbound=True,
                subject=case,
            )
            v = rng.randint(1, 5)
            fam.truth[c.key].update(
                booking=case,
                complaint_event_ids=[e],
                trouble_starts_at=z(t),
                nps_given=True,
                nps=v,
                survey_event_id=add(
                    fam,
                    c,
                    t + timedelta(hours=2),
                    "survey",
                    None,
                    scores={"nps": v},
                    attrs={"survey": "nps"},
                ),
            )
        elif kind == "mild":
            for k in keys[:2]:
                c = fam.custs[k]
                t = at(fam, rng.choice((3, 4, 8)), 8, 16)
                e = add(fam, c, t, "web", one(W.B2B_MILD, lang), attrs={"page": "/portal"})
                add(
                    fam,
                    c,
                    t + timedelta(minutes=50),
                    "email",
                    fill(one(W.NOTED, lang), agent=agent(fam)),
                    outbound=True,
                )
                fam.truth[k].update(mild_event_id=e, trouble_starts_at=z(t))


def topic_spike(fam: Fam) -> None:
    rng = fam.rng
    for _ in range(40):
        c = person(fam, "happy", "day writer")
        for d in rng.sample(range(6), rng.randint(1, 4)):
            happy_act(fam, c, at(fam, d, 12, 19) if d == 5 else at(fam, d, 7, 19))
    for _ in range(2):
        c = person(fam, "grumbles_once", "grumbles once", tolerated=["silence"])
        t = at(fam, 0, 9, 17)
        g = add(fam, c, t, "chat", one(W.MILD, c.lang))
        add(
            fam,
            c,
            t + timedelta(minutes=3),
            "chat",
            fill(one(W.NOTED, c.lang), agent=agent(fam)),
            outbound=True,
        )
        fam.truth[c.key].update(grumble_event_id=g, trouble_starts_at=z(t))
    for lang, hh in (("es", 10.5), ("en", 17.2)):
        c = person(fam, "grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = fam.start + timedelta(days=4, hours=hh)
        e = add(fam, c, t, "chat", one(W.LONE_Q, lang))
        add(
            fam,
            c,
            t + timedelta(minutes=4),
            "chat",
            fill(one(W.LONE_A, lang), agent=agent(fam)),
            outbound=True,
        )
        fam.truth[c.key].update(lone_report_event_id=e, trouble_starts_at=z(t))
    s0 = fam.start + timedelta(days=5, hours=9, minutes=20)
    langs = ["es"] * 7 + ["en"] * 5 + ["fr", "fr", "de", "de", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(chans)
    offs = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    fixed = 0
    for i in range(20):
        t = s0 + timedelta(minutes=offs[i])
        repeater = len(reps) < 6 and offs[i] <= 25 and i % 2 == 0
        regular = i < 12
        c = person(
            fam,
            "spike_repeater" if repeater else "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            expected=["repeat_contact"] if repeater else [],
            tolerated=["sentiment_drop", "silence"] if repeater else ["silence"],
            in_spike=True,
            regular=regular,
        )
        if regular:
            happy_act(fam, c, at(fam, 2, 8, 17.5), surveys=False)
        ch = chans[i]
        text = fill(pick(rng, W.SPIKE, c.lang))
        if ch != "social":
            text = text.replace("@" + W.BRAND + " ", "")
        elif "@" not in text:
            text = "@" + W.BRAND + " " + text
        e = add(
            fam,
            c,
            t,
            ch,
            text,
            subject=W.CODE if ch == "email" else None,
            attrs={"page": "/app"} if ch == "web" else None,
        )
        if ch == "chat":
            add(
                fam,
                c,
                t + timedelta(minutes=2),
                "chat",
                fill(one(W.SPIKE_CHAT, c.lang), agent=agent(fam)),
                outbound=True,
            )
        keys.append(c.key)
        eids.append(e)
        tr = fam.truth[c.key]
        tr.update(spike_event_id=e, spike_channel=ch, trouble_starts_at=z(t))
        if repeater:
            ch2 = next(x for x in ("email", "chat", "community") if x != ch)
            r = add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(15, 50)),
                ch2,
                fill(one(W.SPIKE_AGAIN, c.lang)),
            )
            reps.append(r)
            tr["repeat_event_id"] = r
        elif fixed < 6 and ch in ("email", "web", "chat", "community"):
            fixed += 1
            add(
                fam,
                c,
                s0 + timedelta(hours=2, minutes=rng.randint(0, 9)),
                "email",
                fill(one(W.SPIKE_FIXED, c.lang), agent=agent(fam)),
                outbound=True,
            )
            tr["agent_fixed"] = True
    fam.spike = {
        "topic": "motorised awnings opened overnight by the app's sun schedule and cannot be retracted: error "
        + W.CODE,
        "about": "awnings out in the rain",
        "channel": None,
        "start": z(s0),
        "end": z(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


FAMILIES = [
    ("happy_writers", "HW", datetime(2026, 3, 9, tzinfo=UTC), 10, happy_writers, {}),
    ("one_bad_day", "BD", datetime(2026, 4, 20, tzinfo=UTC), 12, one_bad_day, {"detractor": 6}),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        repeat_contacts,
        {"repeat_contact": 12},
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        slow_churners,
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    ),
    ("quiet_hours", "QH", datetime(2026, 8, 28, tzinfo=UTC), 3, quiet_hours, {}),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        bilingual,
        {"repeat_contact": 5, "sentiment_drop": 5},
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        b2b_accounts,
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        topic_spike,
        {"topic_spike": 1, "repeat_contact": 6},
    ),
]


def main() -> None:
    for n, (name, code, start, days, build, expected) in enumerate(FAMILIES, 1):
        fam = Fam(name, code, start, days, n)
        build(fam)
        counts: dict[str, int] = {}
        for c in fam.truth.values():
            for r in c["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
        for a in fam.accounts.values():
            for r in a["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
        if fam.spike:
            counts["topic_spike"] = 1
        if counts != expected:
            raise SystemExit(f"{name}: expected {expected}, planted {counts}")
        fam.rows.sort(key=lambda r: (r[0], r[1]))
        last = fam.rows[-1][0]
        end = max(start + timedelta(days=days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{name}: end out of window")
        truth = {
            "config": {
                "family": name,
                "about": f"heldout146 {name}",
                "business": W.BRAND,
                "days": days,
                "seed": SEED * 100 + n,
                "written": "2026-12-05",
                "expected": expected,
            },
            "start": z(start),
            "end": z(end),
            "customers": fam.truth,
            "accounts": fam.accounts,
            "spike": fam.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8", newline="\n") as fh:
            for _t, _i, row in fam.rows:
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        (HERE / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
