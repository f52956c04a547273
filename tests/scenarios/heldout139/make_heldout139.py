"""Generate heldout139: hand-written alert scenarios for Pattinova (report only, blind).

Standard library only, seeded and deterministic. Run:
``python tests/scenarios/heldout139/make_heldout139.py``.
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

SEED = 139_2026
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
BUSINESS = (
    "Pattinova: ice rinks with skate hire, lessons, self-service sharpening and the "
    "Pattinova Plus membership; business arm Pattinova Empresas (company events, "
    "clubs' and schools' ice-time accounts); competitors Glaciora and Frostello"
)
LANG_WEIGHTS = {"es": 30, "fr": 30, "en": 10, "de": 10, "it": 10, "pt": 10}
MARKETS = {
    "es": ["ES"],
    "fr": ["FR", "FR", "BE", "CH"],
    "en": ["UK", "IE"],
    "de": ["DE", "AT", "CH"],
    "it": ["IT"],
    "pt": ["PT"],
}
CURRENCY = {"UK": "GBP", "CH": "CHF"}
FIRST = {
    "es": ["Lucía", "Javier", "Marta", "Iker", "Nerea", "Pablo", "Ainhoa", "Rocío", "Sergio"],
    "fr": ["Camille", "Théo", "Manon", "Louis", "Inès", "Hugo", "Chloé", "Maël", "Zoé"],
    "en": ["Siobhan", "Tom", "Priya", "Callum", "Megan"],
    "de": ["Lena", "Jonas", "Anja", "Felix", "Greta"],
    "it": ["Giulia", "Marco", "Chiara", "Davide"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui"],
}
LAST = {
    "es": ["Etxeberria", "Gómez", "Villalba", "Soler", "Ferrándiz", "Quintana"],
    "fr": ["Lefèvre", "Dumont", "Marchal", "Girard", "Besson", "Roux"],
    "en": ["Byrne", "Holloway", "Shah", "Doyle"],
    "de": ["Krüger", "Hofmann", "Brandl", "Vogt"],
    "it": ["Ferraro", "Colombo", "Rinaldi"],
    "pt": ["Azevedo", "Moura", "Correia"],
}
AGENTS = ["Noelia", "Bastien", "Ruth", "Karim", "Sofía", "Élodie"]
SPIKE_CODE = "SHX-0h/19"
HAPPY_TOL: list[str] = []
ONE_SILENCE = ["silence"]
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
CANCEL_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_RISK_TOL = [*REPEAT_TOL, "account_risk"]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


@dataclass
class Cust:
    key: str
    lang: str
    country: str
    name: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Fam:
    name: str
    short: str
    start: datetime
    days: int
    about: str
    rng: random.Random
    rows: list[dict[str, Any]] = field(default_factory=list)
    customers: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def day(self, d: int, hour: float) -> datetime:
        return self.start + timedelta(days=d, minutes=int(hour * 60))


USED: set[str] = set()


class Gen:
    def __init__(self) -> None:
        self.n = 0

    def person(
        self,
        fam: Fam,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        lang: str | None = None,
        account: str | None = None,
        **extra: Any,
    ) -> Cust:
        rng = fam.rng
        self.n += 1
        if lang is None:
            lang = rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]
        country = rng.choice(MARKETS[lang])
        first = rng.choice(FIRST[lang])
        last = rng.choice(LAST[lang])
        key = f"pv-{self.n:04d}"
        local = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        email = f"{local}{self.n}@{'empresa' if account else 'correo'}.example"
        phone = f"+{30 + self.n % 60}{6_000_000 + self.n * 137:09d}"
        handle = f"@{strip_accents(first).lower()}_{self.n}" if rng.random() < 0.6 else None
        for ident in (key, email, phone, handle or key):
            if ident != key and ident in USED:
                raise ValueError(f"identifier reused: {ident}")
            USED.add(ident)
        if set(expected) & set(tolerated):
            raise ValueError(f"{key}: rule both expected and tolerated")
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": country,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        truth.update(extra)
        c = Cust(key, lang, country, f"{first} {last}", email, phone, handle, account, truth)
        fam.customers[key] = c
        return c


def pick(rng: random.Random, table: dict[str, list[str]], lang: str) -> str:
    options = table.get(lang) or table.get("en") or next(iter(table.values()))
    return rng.choice(options)


def roughen(rng: random.Random, text: str) -> str:
    r = rng.random()
    if r < 0.12:
        return strip_accents(text)
    if r < 0.2 and text[:1].isupper():
        return text[:1].lower() + text[1:]
    return text


def fill(rng: random.Random, text: str, c: Cust, **kw: str) -> str:
    rink = rng.choice(W.RINKS[c.lang])
    values = {
        "rink": rink,
        "first": c.name.split()[0],
        "name": c.name,
        "agent": rng.choice(AGENTS),
        "comp": rng.choice(W.COMPETITORS),
        "case": kw.get("case", ""),
        "code": SPIKE_CODE,
    }
    values.update(kw)
    return text.format(**values)


def add(
    fam: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    *,
    out: bool = False,
    subject: str | None = None,
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
) -> str:
    if not fam.start <= t < LIMIT:
        raise ValueError(f"time out of window: {t}")
    fam.counter += 1
    eid = f"h139-{fam.short}-{fam.counter:05d}"
    if eid in USED:
        raise ValueError(f"event id reused: {eid}")
    USED.add(eid)
    ref: dict[str, Any] = {"customer_id": c.key}
    if channel == "email":
        ref = {"customer_id": c.key, "email": c.email}
    elif channel == "phone":
        ref = {"phone": c.phone, "customer_id": c.key}
    elif channel == "social" and c.handle:
        ref = {"handle": c.handle}
    if c.account:
        ref["account_id"] = c.account
    a = {"market": c.country}
    if c.account:
        a["segment"] = "b2b"
    if out:
        a["agent"] = fam.rng.choice(AGENTS)
    a.update(attrs or {})
    fam.rows.append(
        {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": ref,
            "text": text,
            "subject": subject,
            "scores": scores or {"nps": None, "csat": None, "ces": None},
            "source": {"email": "zendesk", "chat": "intercom", "phone": "aircall"}.get(
                channel, "pattinova"
            ),
            "attributes": a,
        }
    )
    return eid


def say(fam: Fam, c: Cust, table: dict[str, list[str]], **kw: str) -> str:
    return roughen(fam.rng, fill(fam.rng, pick(fam.rng, table, c.lang), c, **kw))


def agent(fam: Fam, c: Cust, table: dict[str, list[str]], **kw: str) -> str:
    return fill(fam.rng, pick(fam.rng, table, c.lang), c, **kw)


def happy_act(fam: Fam, c: Cust, t: datetime, surveys: bool = True) -> None:
    rng = fam.rng
    kinds = ["praise", "again", "gripe", "question", "call", "purchase", "page", "review"]
    if surveys:
        kinds.append("survey")
    k = rng.choice(kinds)
    if k == "praise":
        add(fam, c, t, rng.choice(["community", "social"]), "post", say(fam, c, W.PRAISE))
    elif k == "again":
        add(fam, c, t, "community", "post", say(fam, c, W.AGAIN))
    elif k == "gripe":
        add(fam, c, t, "social", "mention", say(fam, c, W.GRIPE))
    elif k == "question":
        add(fam, c, t, "chat", "chat", say(fam, c, W.QUESTION))
        add(fam, c, t + timedelta(minutes=3), "chat", "chat", agent(fam, c, W.ANSWER), out=True)
        if rng.random() < 0.6:
            add(fam, c, t + timedelta(minutes=5), "chat", "chat", say(fam, c, W.THANKS))
    elif k == "call":
        add(fam, c, t, "phone", "call", pick(rng, W.CALL_Q, c.lang))
        add(
            fam,
            c,
            t + timedelta(minutes=25),
            "email",
            "message",
            agent(fam, c, W.CALL_FOLLOWUP),
            out=True,
            subject="Pattinova",
        )
    elif k == "purchase":
        prod, price = rng.choice(W.PRODUCTS)
        page = rng.choice(W.PAGES)
        add(fam, c, t, "web", "page_view", attrs={"page": page})
        add(
            fam,
            c,
            t + timedelta(minutes=4),
            "web",
            "purchase",
            attrs={
                "order_value": price,
                "currency": CURRENCY.get(c.country, "EUR"),
                "product": prod,
                "page": page,
            },
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
            say(fam, c, W.REVIEW),
            attrs={"rating": str(rng.choice([4, 5, 5])), "page": "/reviews"},
        )
    else:
        survey = rng.choice(["nps", "csat", "ces"])
        score = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}
        add(
            fam,
            c,
            t,
            "survey",
            "survey_response",
            pick(rng, W.SURVEY_WORD, c.lang) or None,
            scores={survey: score[survey]},
            attrs={"survey": survey},
        )


def happy_days(fam: Fam, c: Cust, n: int, days: list[int], surveys: bool = True) -> None:
    rng = fam.rng
    for d in sorted(rng.sample(days, min(n, len(days)))):
        happy_act(fam, c, fam.day(d, rng.uniform(8, 19)), surveys)


def case_ref(fam: Fam) -> str:
    return f"PTV-{fam.rng.randint(10000, 99999)}"


# ----------------------------------------------------------------------------- families


def happy_writers(g: Gen, fam: Fam) -> None:
    rng = fam.rng
    for _ in range(20):
        c = g.person(fam, "happy", "day writer", [], HAPPY_TOL)
        happy_days(fam, c, rng.randint(5, 8), list(range(fam.days)))
    for _ in range(5):
        c = g.person(fam, "happy", "night writer", [], HAPPY_TOL)
        for d in rng.sample(range(fam.days - 1), rng.randint(2, 4)):
            t = fam.day(d, rng.uniform(22.2, 28.4))
            if rng.random() < 0.5:
                add(fam, c, t, "community", "post", say(fam, c, W.NIGHT))
            else:
                add(fam, c, t, "chat", "chat", say(fam, c, W.NIGHT_Q))
                add(
                    fam,
                    c,
                    t + timedelta(minutes=2),
                    "chat",
                    "chat",
                    agent(fam, c, W.NIGHT_A),
                    out=True,
                )
                add(fam, c, t + timedelta(minutes=4), "chat", "chat", say(fam, c, W.THANKS))
        happy_days(fam, c, rng.randint(2, 3), list(range(fam.days)), surveys=False)
    for _ in range(5):
        c = g.person(fam, "happy", "answers surveys", [], HAPPY_TOL)
        for d in rng.sample(range(fam.days), rng.randint(3, 6)):
            s = rng.choice(["nps", "csat", "ces"])
            v = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}[
                s
            ]
            txt = pick(rng, W.SURVEY_WORD, c.lang) or None
            add(
                fam,
                c,
                fam.day(d, rng.uniform(8, 20)),
                "survey",
                "survey_response",
                txt,
                scores={s: v},
                attrs={"survey": s},
            )


PROBLEMS = [
    "wrong_size",
    "pass_inactive",
    "locker_lost",
    "lesson_cancelled",
    "refund",
    "wrong_price",
]


def one_bad_day(g: Gen, fam: Fam) -> None:
    rng = fam.rng
    channels = ["long", "email", "chat", "social", "web", "phone"] * 4
    detractors = set(rng.sample([i for i, ch in enumerate(channels) if ch != "social"], 6))
    for i, ch in enumerate(channels):
        problem = PROBLEMS[i % 6]
        bad_day = 2 + i % 8
        det = i in detractors
        lang = rng.choice(["es", "fr", "de"]) if ch == "long" else None
        c = g.person(
            fam,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ONE_SILENCE,
            lang=lang,
            problem=problem,
        )
        other = [d for d in range(fam.days) if d < bad_day - 1 or d > bad_day + 2]
        happy_days(fam, c, rng.randint(2, 6), other, surveys=False)
        t = fam.day(bad_day, rng.uniform(8, 20))
        text = fill(rng, pick(rng, W.PROBLEM[problem], c.lang), c)
        if ch == "long":
            text = fill(rng, pick(rng, W.LONG_EMAIL, c.lang), c, problem=text.rstrip("."))
            eid = add(fam, c, t, "email", "message", text, subject=W.PROBLEM_SUBJECT[problem])
        elif ch == "email":
            eid = add(
                fam,
                c,
                t,
                "email",
                "message",
                roughen(rng, text),
                subject=W.PROBLEM_SUBJECT[problem],
            )
        elif ch == "chat":
            eid = add(fam, c, t, "chat", "chat", roughen(rng, text))
        elif ch == "social":
            eid = add(fam, c, t, "social", "mention", roughen(rng, text))
        elif ch == "web":
            eid = add(fam, c, t, "web", "ticket", roughen(rng, text), attrs={"page": "/contact"})
        else:
            eid = add(
                fam,
                c,
                t,
                "phone",
                "call",
                strip_accents(text).replace(",", "").replace(".", "").lower(),
            )
        c.truth.update(
            bad_day_at=iso(t), bad_day_event_id=eid, trouble_starts_at=iso(t), booking=None
        )
        if ch == "social":
            continue
        case = case_ref(fam)
        c.truth["booking"] = case
        rch = "chat" if ch == "chat" else "email"
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(10, 40)),
            rch,
            "chat" if rch == "chat" else "message",
            agent(fam, c, W.CASE_OPENED, case=case),
            out=True,
        )
        if det:
            sid = add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(survey_event_id=sid, nps_given=True)
        elif rng.random() < 0.3:
            add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(40, 80)),
                "survey",
                "survey_response",
                None,
                scores={"csat": rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
        if rng.random() < 0.6:
            gn = t + timedelta(hours=rng.uniform(1, 4))
            add(
                fam,
                c,
                gn,
                "email",
                "message",
                agent(fam, c, W.GOOD_NEWS, case=case),
                out=True,
                subject=case,
            )
            if rng.random() < 0.4:
                ap = t + timedelta(hours=rng.uniform(16, 24))
                if ap.hour < 8:
                    ap += timedelta(hours=8 - ap.hour)
                aid = add(fam, c, ap, "chat", "chat", say(fam, c, W.APOLOGY))
                c.truth.update(apologised=True, apology_event_id=aid)
    for _ in range(8):
        c = g.person(fam, "happy", "control", [], HAPPY_TOL)
        happy_days(fam, c, rng.randint(4, 7), list(range(fam.days)), surveys=False)


def daytime(fam: Fam, t: datetime) -> datetime:
    if t.hour < 8:
        return t.replace(hour=8, minute=fam.rng.randint(0, 59))
    if t.hour >= 21:
        return (t + timedelta(days=1)).replace(hour=8, minute=fam.rng.randint(0, 59))
    return t


def repeat_run(
    g: Gen, fam: Fam, c: Cust, start: datetime, times: int, lead: bool, alt: Cust | None = None
) -> None:
    rng = fam.rng
    problem = c.truth["problem"]
    case = case_ref(fam)
    chans = ["web", "email", "chat", "phone", "social"]
    rng.shuffle(chans)
    first = add(
        fam,
        c,
        start,
        chans[0],
        {"web": "ticket", "email": "message", "chat": "chat", "phone": "call", "social": "mention"}[
            chans[0]
        ],
        say(fam, c, W.PROBLEM[problem]),
    )
    reply = agent(fam, c, W.QUALITY_LEAD if lead else W.CASE_OPENED, case=case)
    add(
        fam,
        c,
        start + timedelta(minutes=rng.randint(100, 150) if lead else rng.randint(10, 40)),
        "email",
        "message",
        reply,
        out=True,
        subject=case,
    )
    ids = [first]
    t = start
    comp = None
    for n in range(1, times):
        t = daytime(fam, t + timedelta(hours=rng.uniform(4, 40)))
        if n == 2:
            comp = rng.choice(W.COMPETITORS)
            text = say(fam, c, W.THIRD, case=case, comp=comp)
        elif n == 3:
            text = say(fam, c, W.FOURTH, case=case)
        else:
            text = say(fam, c, W.LATER, case=case)
        if alt is not None and n % 2 == 1:
            text = say(fam, alt, W.LATER if n != 2 else W.THIRD, case=case, comp=comp or "")
        ch = chans[n]
        if ch == "phone":
            text = strip_accents(text).replace(",", "").replace(".", "").replace(":", "").lower()
        kind = {
            "web": "ticket",
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "social": "mention",
        }[ch]
        ids.append(add(fam, c, t, ch, kind, text))
        if ch == "chat":
            add(
                fam,
                c,
                t + timedelta(minutes=4),
                "chat",
                "chat",
                agent(fam, c, W.ADDED, case=case),
                out=True,
            )
    c.truth.update(
        booking=case,
        problem_event_ids=ids,
        trouble_starts_at=iso(start),
        contacts=times,
        competitor=comp,
        agent_passed_on=lead,
    )


def repeat_contacts(g: Gen, fam: Fam) -> None:
    rng = fam.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    for i, n in enumerate(counts):
        c = g.person(
            fam,
            "repeat_contact",
            "repeats",
            ["repeat_contact"],
            REPEAT_TOL,
            problem=PROBLEMS[i % 6],
        )
        happy_act(fam, c, fam.day(0, rng.uniform(7, 12)), surveys=False)
        repeat_run(g, fam, c, fam.day(1 + i % 4, rng.uniform(8, 19)), n, lead=i % 2 == 0)
    for i in range(5):
        c = g.person(
            fam, "resolved_between_contacts", "fixed", [], ONE_SILENCE, problem=PROBLEMS[i]
        )
        t = fam.day(1 + i % 3, rng.uniform(9, 17))
        case = case_ref(fam)
        pid = add(
            fam,
            c,
            t,
            "web",
            "ticket",
            say(fam, c, W.PROBLEM[PROBLEMS[i]]),
            attrs={"page": "/contact"},
        )
        add(
            fam,
            c,
            t + timedelta(minutes=20),
            "email",
            "message",
            agent(fam, c, W.CASE_OPENED, case=case),
            out=True,
            subject=case,
        )
        fx = daytime(fam, t + timedelta(hours=rng.uniform(3, 20)))
        add(
            fam,
            c,
            fx,
            "email",
            "message",
            agent(fam, c, W.GOOD_NEWS, case=case),
            out=True,
            subject=case,
        )
        cf = daytime(fam, fx + timedelta(hours=rng.uniform(8, 30)))
        cid = add(fam, c, cf, "email", "message", say(fam, c, W.CONFIRM, case=case), subject=case)
        c.truth.update(
            booking=case, problem_event_ids=[pid], confirm_event_id=cid, trouble_starts_at=iso(t)
        )
    for i in range(3):
        c = g.person(fam, "different_problems", "two problems", [], ONE_SILENCE)
        probs = []
        for j, p in enumerate(rng.sample(PROBLEMS, 2)):
            t = fam.day(1 + j * 4 + i % 2, rng.uniform(9, 16))
            case = case_ref(fam)
            pid = add(fam, c, t, "chat", "chat", say(fam, c, W.PROBLEM[p]))
            add(
                fam,
                c,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                agent(fam, c, W.CASE_OPENED, case=case),
                out=True,
            )
            fx = t + timedelta(hours=5)
            add(
                fam,
                c,
                fx,
                "email",
                "message",
                agent(fam, c, W.GOOD_NEWS, case=case),
                out=True,
                subject=case,
            )
            cid = add(
                fam,
                c,
                daytime(fam, fx + timedelta(hours=14)),
                "email",
                "message",
                say(fam, c, W.CONFIRM, case=case),
                subject=case,
            )
            probs.append(
                {
                    "problem": p,
                    "booking": case,
                    "problem_event_ids": [pid],
                    "confirm_event_id": cid,
                    "raised_at": iso(t),
                }
            )
        c.truth.update(problems=probs, trouble_starts_at=probs[0]["raised_at"])
    for _ in range(7):
        c = g.person(fam, "happy", "frequent writer", [], HAPPY_TOL)
        happy_days(fam, c, rng.randint(6, 10), list(range(fam.days)))


def slide(fam: Fam, c: Cust, d0: int, span: int) -> list[str]:
    rng = fam.rng
    ids = []
    t = fam.day(d0, rng.uniform(9, 12))
    for step in range(6):
        if step:
            t = daytime(fam, t + timedelta(hours=max(1.0, span * 24 / 5 * rng.uniform(0.6, 1.2))))
        ch = rng.choice(["social", "community", "review"])
        comp = rng.choice(W.COMPETITORS)
        text = say(fam, c, W.SLIDE[step], comp=comp)
        if ch == "review":
            ids.append(
                add(
                    fam,
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][step]), "page": "/reviews"},
                )
            )
        else:
            ids.append(add(fam, c, t, ch, "post" if ch == "community" else "mention", text))
        if step == 5:
            c.truth["competitor"] = comp
    return ids


def slow_churners(g: Gen, fam: Fam) -> None:
    rng = fam.rng
    for i in range(10):
        det = i < 5
        c = g.person(
            fam,
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if det else []),
            SLIDE_TOL,
        )
        for d in sorted(rng.sample(range(11), rng.randint(4, 5))):
            add(fam, c, fam.day(d, rng.uniform(9, 19)), "community", "post", say(fam, c, W.PRAISE))
        happy_days(fam, c, rng.randint(2, 4), list(range(11)), surveys=False)
        span = [3, 5, 5, 5, 5, 5, 9, 9, 9, 9][i]
        ids = slide(fam, c, 12 + i % 5, span)
        c.truth.update(
            slide_event_ids=ids, slide_days=span, trouble_starts_at=fam.rows[-6]["occurred_at"]
        )
        if det:
            st = datetime.strptime(
                next(r["occurred_at"] for r in fam.rows if r["event_id"] == ids[3]),
                "%Y-%m-%dT%H:%M:%SZ",
            ).replace(tzinfo=UTC)
            sid = add(
                fam,
                c,
                daytime(fam, st + timedelta(hours=rng.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                scores={"nps": rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(survey_event_id=sid, nps_given=True)
    for i in range(5):
        c = g.person(fam, "slow_churner", "asks to cancel", ["churn_intent"], CANCEL_TOL)
        happy_days(fam, c, rng.randint(4, 6), list(range(16)), surveys=False)
        t = fam.day(17 + i, rng.uniform(9, 18))
        rid = add(
            fam, c, t, "email", "message", say(fam, c, W.CANCEL_REQ), subject="Cancelar / résilier"
        )
        rt = daytime(fam, t + timedelta(hours=rng.uniform(1, 5)))
        add(
            fam,
            c,
            rt,
            "email",
            "message",
            agent(fam, c, W.SORRY_GO),
            out=True,
            subject="Pattinova Plus",
        )
        ct = rt + timedelta(hours=rng.uniform(1, 20))
        cid = add(
            fam,
            c,
            daytime(fam, ct),
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Pattinova Plus"},
        )
        c.truth.update(
            churn_intent_event_id=rid,
            cancellation_event_id=cid,
            churn_at=iso(daytime(fam, ct)),
            trouble_starts_at=iso(t),
        )
    for _ in range(3):
        c = g.person(fam, "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        ids = [
            add(
                fam,
                c,
                fam.day(d, rng.uniform(9, 20)),
                "community",
                "post",
                say(fam, c, W.STEADY_GRUMP),
            )
            for d in sorted(rng.sample(range(fam.days), 5))
        ]
        c.truth.update(grumble_event_ids=ids, trouble_starts_at=fam.rows[-5]["occurred_at"])
    for _ in range(3):
        c = g.person(fam, "happy_one_sarcastic_remark", "happy", [], ONE_SILENCE)
        happy_days(fam, c, rng.randint(4, 7), list(range(fam.days)), surveys=False)
        sid = add(
            fam,
            c,
            fam.day(rng.randint(5, 25), rng.uniform(10, 18)),
            "social",
            "mention",
            say(fam, c, W.SARCASM),
        )
        c.truth.update(sarcasm_event_id=sid)
    for _ in range(2):
        c = g.person(fam, "grumbles_once", "grumbles once", [], ONE_SILENCE)
        happy_days(fam, c, rng.randint(3, 5), list(range(fam.days)), surveys=False)
        t = fam.day(rng.randint(3, 28), rng.uniform(10, 18))
        gid = add(fam, c, t, "chat", "chat", say(fam, c, W.GRUMBLE))
        add(fam, c, t + timedelta(minutes=4), "chat", "chat", agent(fam, c, W.GRUMBLE_A), out=True)
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for _ in range(8):
        c = g.person(fam, "happy", "steady", [], HAPPY_TOL)
        happy_days(fam, c, rng.randint(6, 10), list(range(fam.days)))


def quiet_hours(g: Gen, fam: Fam) -> None:
    rng = fam.rng
    for _ in range(18):
        c = g.person(fam, "happy", "day writer", [], HAPPY_TOL)
        for d in rng.sample(range(fam.days), rng.randint(1, 3)):
            happy_act(fam, c, fam.day(d, rng.uniform(7, 17.5)))
    for _ in range(4):
        c = g.person(fam, "grumbles_once", "grumbles once", [], ONE_SILENCE)
        t = fam.day(rng.randint(0, 2), rng.uniform(9, 17))
        add(fam, c, t, "web", "page_view", attrs={"page": "/timetable"})
        gt = t + timedelta(minutes=rng.randint(20, 30))
        gid = add(fam, c, gt, "chat", "chat", say(fam, c, W.GRUMBLE))
        add(fam, c, gt + timedelta(minutes=5), "chat", "chat", agent(fam, c, W.GRUMBLE_A), out=True)
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(gt))
    for night in range(fam.days - 1):
        first = fam.day(night + 1, rng.uniform(0.67, 1.08))
        for b, off in enumerate([0, rng.uniform(28, 33), rng.uniform(55, 65)]):
            bt = first + timedelta(minutes=off)
            for _ in range(4):
                c = g.person(fam, "night_owl", f"night {night + 1}, burst {b + 1}", [], HAPPY_TOL)
                t = bt + timedelta(minutes=rng.uniform(0, 10))
                if rng.random() < 0.5:
                    nid = add(fam, c, t, "community", "post", say(fam, c, W.NIGHT))
                else:
                    nid = add(fam, c, t, "chat", "chat", say(fam, c, W.NIGHT_Q))
                    add(
                        fam,
                        c,
                        t + timedelta(minutes=2),
                        "chat",
                        "chat",
                        agent(fam, c, W.NIGHT_A),
                        out=True,
                    )
                    add(fam, c, t + timedelta(minutes=4), "chat", "chat", say(fam, c, W.THANKS))
                c.truth.update(night_event_id=nid, burst_at=iso(bt))
                if rng.random() < 0.5:
                    happy_act(fam, c, fam.day(rng.randint(0, 2), rng.uniform(9, 17.5)))


PAIRS = [
    ("es", "fr"),
    ("fr", "es"),
    ("es", "en"),
    ("fr", "en"),
    ("es", "pt"),
    ("fr", "de"),
    ("es", "it"),
    ("fr", "it"),
    ("de", "fr"),
    ("pt", "es"),
    ("en", "fr"),
    ("it", "es"),
]


def bilingual(g: Gen, fam: Fam) -> None:
    rng = fam.rng

    def two(
        persona: str, habit: str, exp: list[str], tol: list[str], i: int, **kw: Any
    ) -> tuple[Cust, Cust]:
        a, b = PAIRS[i % len(PAIRS)]
        c = g.person(
            fam,
            persona,
            habit,
            exp,
            tol,
            lang=a,
            languages=[a, b],
            job_second_language="works or studies in the other language",
            **kw,
        )
        alt = Cust(c.key, b, c.country, c.name, c.email, c.phone, c.handle, None, c.truth)
        return c, alt

    for i in range(12):
        c, alt = two("happy", "alternates languages", [], HAPPY_TOL, i)
        for j, d in enumerate(sorted(rng.sample(range(fam.days), rng.randint(5, 8)))):
            happy_act(fam, c if j % 2 == 0 else alt, fam.day(d, rng.uniform(8, 19)))
    for i in range(5):
        c, alt = two(
            "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL, i + 3, problem=PROBLEMS[i]
        )
        happy_act(fam, c, fam.day(0, rng.uniform(8, 12)), surveys=False)
        repeat_run(
            g,
            fam,
            c,
            fam.day(2 + i % 3, rng.uniform(9, 17)),
            [2, 2, 3, 3, 4][i],
            lead=i >= 2,
            alt=alt,
        )
    for i in range(5):
        c, alt = two("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL, i + 5)
        for j, d in enumerate(range(5)):
            add(
                fam,
                c if j % 2 == 0 else alt,
                fam.day(d, rng.uniform(9, 19)),
                "community",
                "post",
                say(fam, c if j % 2 == 0 else alt, W.PRAISE),
            )
        happy_act(fam, alt, fam.day(5, rng.uniform(9, 18)), surveys=False)
        ids = slide(fam, c if i % 2 else alt, 7 + i % 2, 3 + i % 3)
        c.truth.update(
            slide_event_ids=ids, slide_days=3 + i % 3, trouble_starts_at=fam.rows[-6]["occurred_at"]
        )
    for i in range(3):
        c, alt = two(
            "happy_one_bad_day", "one bad day", [], ONE_SILENCE, i + 1, problem=PROBLEMS[i + 2]
        )
        happy_days(fam, c, 3, [0, 1, 2, 3], surveys=False)
        t = fam.day(7, rng.uniform(9, 18))
        bid = add(
            fam,
            alt,
            t,
            "email",
            "message",
            say(fam, alt, W.PROBLEM[PROBLEMS[i + 2]]),
            subject=W.PROBLEM_SUBJECT[PROBLEMS[i + 2]],
        )
        case = case_ref(fam)
        add(
            fam,
            alt,
            t + timedelta(minutes=30),
            "email",
            "message",
            agent(fam, alt, W.CASE_OPENED, case=case),
            out=True,
            subject=case,
        )
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=bid,
            bad_day_language=alt.lang,
            booking=case,
            trouble_starts_at=iso(t),
        )
    for i in range(2):
        c, alt = two(
            "resolved_between_contacts", "fixed", [], ONE_SILENCE, i + 7, problem=PROBLEMS[i]
        )
        t = fam.day(3 + i, rng.uniform(9, 16))
        case = case_ref(fam)
        pid = add(
            fam,
            c,
            t,
            "web",
            "ticket",
            say(fam, c, W.PROBLEM[PROBLEMS[i]]),
            attrs={"page": "/contact"},
        )
        add(
            fam,
            c,
            t + timedelta(minutes=25),
            "email",
            "message",
            agent(fam, c, W.CASE_OPENED, case=case),
            out=True,
            subject=case,
        )
        add(
            fam,
            alt,
            t + timedelta(hours=6),
            "email",
            "message",
            agent(fam, alt, W.GOOD_NEWS, case=case),
            out=True,
            subject=case,
        )
        cid = add(
            fam,
            alt,
            daytime(fam, t + timedelta(hours=22)),
            "email",
            "message",
            say(fam, alt, W.CONFIRM, case=case),
            subject=case,
        )
        c.truth.update(
            booking=case,
            problem_event_ids=[pid],
            confirm_event_id=cid,
            confirm_language=alt.lang,
            trouble_starts_at=iso(t),
        )


def b2b_accounts(g: Gen, fam: Fam) -> None:
    rng = fam.rng
    plan = [
        ("at_risk", "invoice", 3, 5, "es"),
        ("at_risk", "ice_time", 4, 6, "fr"),
        ("at_risk", "overbilled", 3, 4, "de"),
        ("at_risk", "invoice", 4, 5, "fr"),
        ("at_risk", "ice_time", 3, 4, "es"),
        ("one_unhappy", "overbilled", 1, 3, "es"),
        ("one_unhappy", "invoice", 1, 3, "en"),
        ("one_unhappy", "ice_time", 1, 3, "fr"),
        ("one_unhappy", "overbilled", 1, 3, "de"),
        ("mild", None, 0, 3, "fr"),
        ("mild", None, 0, 4, "es"),
        ("mild", None, 0, 3, "de"),
        ("happy", None, 0, 4, "es"),
        ("happy", None, 0, 3, "fr"),
        ("happy", None, 0, 4, "en"),
    ]
    firms = [
        "Hockey Club",
        "Colegio",
        "Eventos",
        "Ayuntamiento",
        "Universidad",
        "Cabinet",
        "Hotel",
        "Stadtwerke",
    ]
    for n, (kind, problem, unhappy, size, lang) in enumerate(plan):
        acc = f"acc-{n + 1:03d}"
        company = f"{firms[n % len(firms)]} {rng.choice(LAST[lang])}"
        contacts: list[Cust] = []
        for j in range(size):
            if kind == "at_risk" and j < unhappy:
                role, persona, exp, tol = (
                    "complainer",
                    "b2b_unhappy",
                    ["detractor"] if j < unhappy - 1 else ["repeat_contact"],
                    B2B_RISK_TOL,
                )
            elif kind == "one_unhappy" and j == 0:
                role, persona, exp, tol = (
                    "complainer",
                    "b2b_one_unhappy",
                    ["detractor"],
                    B2B_ONE_TOL,
                )
            elif kind == "mild" and j < 2:
                role, persona, exp, tol = "suggests", "b2b_mild", [], ONE_SILENCE
            else:
                role, persona, exp, tol = "contact", "b2b_happy", [], HAPPY_TOL
            contacts.append(
                g.person(
                    fam, persona, role, exp, tol, lang=lang, account=acc, company=company, role=role
                )
            )
        for c in contacts:
            if c.truth["role"] == "contact":
                happy_days(
                    fam,
                    c,
                    rng.randint(3, 6),
                    [d for d in range(fam.days) if (fam.start + timedelta(days=d)).weekday() < 5],
                )
        trouble = None
        if kind in ("at_risk", "one_unhappy") and problem:
            case = case_ref(fam)
            t = fam.day(2 if kind == "at_risk" else 3 + n % 5, rng.uniform(8, 11))
            trouble = iso(t)
            first_name = contacts[0].name
            for j in range(unhappy):
                c = contacts[j]
                c.truth.update(problem=problem, booking=case, trouble_starts_at=iso(t))
                ptxt = pick(rng, B.B2B_PROBLEM[problem], lang)
                text = (
                    ptxt
                    if j == 0
                    else fill(
                        rng,
                        pick(rng, B.B2B_LATER, lang),
                        c,
                        other=first_name,
                        day=t.strftime("%d/%m"),
                        case=case,
                        problem=ptxt,
                    )
                )
                eid = add(fam, c, t, "email", "message", text, subject=f"{company}: {problem}")
                if j == 0:
                    add(
                        fam,
                        c,
                        t + timedelta(minutes=45),
                        "email",
                        "message",
                        agent(fam, c, B.B2B_ACK, case=case),
                        out=True,
                        subject=case,
                    )
                c.truth["complaint_event_ids"] = [eid]
                if "detractor" in c.truth["expected_rules"]:
                    sid = add(
                        fam,
                        c,
                        t + timedelta(hours=rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(survey_event_id=sid, nps_given=True)
                if kind == "at_risk" and j == unhappy - 1:
                    lt = daytime(fam, t + timedelta(hours=rng.uniform(18, 40)))
                    lid = add(
                        fam, c, lt, "phone", "call", pick(rng, B.B2B_LAST, lang).format(case=case)
                    )
                    c.truth["complaint_event_ids"].append(lid)
                    c.truth["repeat_event_id"] = lid
                t = daytime(fam, t + timedelta(hours=rng.uniform(8, 28)))
                if t.weekday() >= 5:
                    t += timedelta(days=7 - t.weekday())
        if kind == "mild":
            for c in contacts[:2]:
                t = fam.day(rng.randint(3, 9), rng.uniform(9, 16))
                mid = add(
                    fam,
                    c,
                    t,
                    "web",
                    "ticket",
                    pick(rng, B.B2B_MILD, lang),
                    attrs={"page": "/business/contact"},
                )
                add(
                    fam,
                    c,
                    t + timedelta(minutes=50),
                    "email",
                    "message",
                    agent(fam, c, B.B2B_ACK, case=case_ref(fam)),
                    out=True,
                    subject=company,
                )
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
        if kind == "happy":
            c = contacts[0]
            add(
                fam,
                c,
                fam.day(rng.randint(1, 9), rng.uniform(9, 17)),
                "community",
                "post",
                pick(rng, B.B2B_HAPPY, lang),
            )
        fam.accounts[acc] = {
            "company": company,
            "contacts": size,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": [c.key for c in contacts[:unhappy]],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble if kind == "at_risk" else None,
            "language": lang,
            "country": contacts[0].country,
        }


def topic_spike(g: Gen, fam: Fam) -> None:
    rng = fam.rng
    for _ in range(42):
        c = g.person(fam, "happy", "day writer", [], HAPPY_TOL)
        for d in sorted(rng.sample(range(6), rng.randint(2, 5))):
            happy_act(fam, c, fam.day(d, rng.uniform(13, 19) if d == 5 else rng.uniform(8, 19)))
    for lang, d, h in [("es", 4, 10.5), ("de", 4, 15.2)]:
        c = g.person(fam, "grumbles_once", "lone question", [], ONE_SILENCE, lang=lang)
        t = fam.day(d, h)
        lid = add(fam, c, t, "chat", "chat", say(fam, c, B.LONE_Q))
        add(fam, c, t + timedelta(minutes=6), "chat", "chat", agent(fam, c, B.LONE_A), out=True)
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    langs = ["es"] * 6 + ["fr"] * 6 + ["en", "en", "de", "de", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(chans)
    s0 = fam.day(5, 9 + 20 / 60)
    offsets = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    reps, fixed, ids, rep_ids, keys = 0, 0, [], [], []
    for i, (lang, ch, off) in enumerate(zip(langs, chans, offsets, strict=True)):
        regular = i % 5 < 3
        repeat = i < 12 and i % 2 == 0
        c = g.person(
            fam,
            "spike_repeater" if repeat else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if repeat else [],
            ["sentiment_drop", "silence"] if repeat else ["silence"],
            lang=lang,
            in_spike=True,
            regular=regular,
        )
        if regular:
            happy_act(fam, c, fam.day(2, rng.uniform(8, 17.5)), surveys=False)
        t = s0 + timedelta(minutes=off)
        text = say(fam, c, B.SPIKE)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = add(fam, c, t, ch, kind, text)
        ids.append(eid)
        keys.append(c.key)
        c.truth.update(spike_event_id=eid, spike_channel=ch, trouble_starts_at=iso(t))
        if ch == "chat":
            add(
                fam,
                c,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                agent(fam, c, B.SPIKE_CHAT_A),
                out=True,
            )
        if repeat:
            reps += 1
            ch2 = "email" if ch != "email" else "community"
            rt = t + timedelta(minutes=rng.randint(15, 40))
            rid = add(
                fam,
                c,
                rt,
                ch2,
                "message" if ch2 == "email" else "post",
                say(fam, c, B.SPIKE_REPEAT),
            )
            rep_ids.append(rid)
            c.truth["repeat_event_id"] = rid
        elif fixed < 6 and not regular:
            fixed += 1
            add(
                fam,
                c,
                fam.day(5, 13 + rng.uniform(0.1, 0.4)),
                "email",
                "message",
                agent(fam, c, B.SPIKE_FIXED),
                out=True,
                subject=SPIKE_CODE,
            )
            c.truth["agent_fixed"] = True
    if reps != 6:
        raise ValueError(f"expected 6 spike repeaters, got {reps}")
    fam.spike = {
        "topic": (
            "self-service skate sharpeners grinding blades flat at several rinks, "
            f"error {SPIKE_CODE}"
        ),
        "about": "sharpening kiosks return skates with no hollow or edge",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rep_ids,
    }


FAMILIES = [
    ("happy_writers", "hw", datetime(2026, 3, 9), 10, happy_writers, {}),
    ("one_bad_day", "ob", datetime(2026, 4, 6), 12, one_bad_day, {"detractor": 6}),
    ("repeat_contacts", "rc", datetime(2026, 5, 18), 10, repeat_contacts, {"repeat_contact": 12}),
    (
        "slow_churners",
        "sc",
        datetime(2026, 6, 22),
        32,
        slow_churners,
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    ),
    ("quiet_hours", "qh", datetime(2026, 8, 14), 3, quiet_hours, {}),
    (
        "bilingual",
        "bl",
        datetime(2026, 9, 7),
        14,
        bilingual,
        {"repeat_contact": 5, "sentiment_drop": 5},
    ),
    (
        "b2b_accounts",
        "bb",
        datetime(2026, 10, 5),
        14,
        b2b_accounts,
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    ),
    (
        "topic_spike",
        "ts",
        datetime(2026, 11, 2),
        7,
        topic_spike,
        {"topic_spike": 1, "repeat_contact": 6},
    ),
]


def build(
    g: Gen, name: str, short: str, start: datetime, days: int, fn: Any, expected: dict[str, int]
) -> Fam:
    fam = Fam(name, short, start.replace(tzinfo=UTC), days, name, random.Random(f"{SEED}-{name}"))
    fn(g, fam)
    counts: dict[str, int] = {}
    for c in fam.customers.values():
        for r in c.truth["expected_rules"]:
            counts[r] = counts.get(r, 0) + 1
    for a in fam.accounts.values():
        for r in a["expected_rules"]:
            counts[r] = counts.get(r, 0) + 1
    if fam.spike:
        counts["topic_spike"] = 1
    if counts != expected:
        raise ValueError(f"{name}: expected counts {counts} != {expected}")
    return fam


def write(fam: Fam, expected: dict[str, int]) -> None:
    fam.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
    last = datetime.strptime(fam.rows[-1]["occurred_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    end = max(fam.start + timedelta(days=fam.days), last + timedelta(hours=1))
    if end >= LIMIT:
        raise ValueError(f"{fam.name}: end {end} past the limit")
    truth = {
        "config": {
            "family": fam.name,
            "about": fam.about,
            "business": BUSINESS,
            "days": fam.days,
            "seed": SEED,
            "written": "blind, heldout139",
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(fam.start),
        "end": iso(end),
        "customers": {k: c.truth for k, c in sorted(fam.customers.items())},
        "accounts": fam.accounts,
        "spike": fam.spike,
        "journey": {},
        "expectations": {},
    }
    lines = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in fam.rows)
    (HERE / f"{fam.name}.jsonl").write_text(lines, "utf-8")
    (HERE / f"{fam.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
    )


def main() -> None:
    g = Gen()
    for name, short, start, days, fn, expected in FAMILIES:
        write(build(g, name, short, start, days, fn, expected), expected)


if __name__ == "__main__":
    main()
