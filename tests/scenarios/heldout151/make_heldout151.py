# ruff: noqa: E501
"""Generate heldout151 (Levarina sourdough boxes; Levarina Gastro for firms). Standard library only."""

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
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
COMPS = ["Krustelo", "Fornalba"]
LANGS = ["de", "pt", "en", "fr", "it", "es"]
LWEIGHTS = [30, 30, 10, 10, 10, 10]
MARKET = {
    "de": ["DE", "AT", "CH"],
    "pt": ["PT"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "it": ["IT"],
    "es": ["ES"],
}
PREFIX = {
    "DE": "+49 15",
    "AT": "+43 66",
    "CH": "+41 7",
    "PT": "+351 9",
    "UK": "+44 7",
    "IE": "+353 8",
    "FR": "+33 6",
    "BE": "+32 47",
    "IT": "+39 3",
    "ES": "+34 6",
}
FIRST = {
    "de": [
        "Jana",
        "Lukas",
        "Greta",
        "Henrik",
        "Miriam",
        "Tobias",
        "Ilse",
        "Florian",
        "Nele",
        "Matthias",
    ],
    "pt": [
        "Inês",
        "Tiago",
        "Beatriz",
        "Rui",
        "Joana",
        "Duarte",
        "Marta",
        "Nuno",
        "Leonor",
        "Bruno",
    ],
    "en": ["Siobhan", "Callum", "Hannah", "Owen"],
    "fr": ["Camille", "Baptiste", "Élodie"],
    "it": ["Chiara", "Matteo", "Giulia"],
    "es": ["Lucía", "Álvaro", "Nerea"],
}
LAST = {
    "de": ["Albrecht", "Voigt", "Kessler", "Brandauer", "Hollmann", "Riedl"],
    "pt": ["Carvalho", "Antunes", "Pereira", "Moura", "Teixeira", "Lobo"],
    "en": ["Doyle", "Harper", "Quinn"],
    "fr": ["Lemaire", "Roussel"],
    "it": ["Bassi", "Greco"],
    "es": ["Ortega", "Navarro"],
}
AGENTS = ["Anke", "Sofia", "Dirk", "Carla"]
SRC = {
    "email": "levarina-mail",
    "phone": "levarina-voice",
    "social": "levarina-social",
    "community": "levarina-forum",
    "chat": "levarina-chat",
    "web": "levarina-web",
    "survey": "levarina-survey",
}
USED: set[str] = set()


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def pick(rng: random.Random, table: dict[str, list[str]], lang: str, **kw: str) -> str:
    return rng.choice(table.get(lang) or table["en"]).format(**kw)


def uniq(value: str) -> str:
    if value in USED:
        raise SystemExit(f"identifier reused: {value}")
    USED.add(value)
    return value


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[tuple[datetime, int, dict[str, Any]]] = field(default_factory=list)
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0
    cases: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=self.rng.randint(0, 59))

    def case(self) -> str:
        self.cases += 1
        return uniq(f"LV-{self.n}{self.cases:02d}{self.rng.randint(100, 999)}")


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
    truth: dict[str, Any]


def strip_accents(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def roughen(fam: Fam, text: str, channel: str) -> str:
    if channel in ("phone", "survey") or not text:
        return text
    r = fam.rough
    if r.random() < 0.1:
        text = strip_accents(text)
    if r.random() < 0.125:
        text = text[0].lower() + text[1:]
    if r.random() < 0.14:
        words = [
            i for i, w in enumerate(text.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
        ]
        if words:
            parts = text.split(" ")
            i = r.choice(words)
            w = parts[i]
            j = r.randint(1, len(w) - 3)
            parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(parts)
    return text


def person(
    fam: Fam,
    persona: str,
    habit: str,
    lang: str | None = None,
    expected: tuple[str, ...] = (),
    tolerated: tuple[str, ...] = (),
    account: str | None = None,
    market: str | None = None,
    **extra: Any,
) -> Cust:
    rng = fam.rng
    lang = lang or rng.choices(LANGS, LWEIGHTS)[0]
    market = market or rng.choice(MARKET[lang])
    idx = len(fam.customers) + 1
    key = uniq(f"LV{fam.code}{1000 + idx * 7 + fam.n}")
    first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
    base = strip_accents(f"{first}.{last}".lower())
    email = uniq(f"{base}{idx}{fam.n}@{'firma' if account else 'mail'}{fam.n}.example")
    phone = uniq(f"{PREFIX[market]}{fam.n}{idx:03d}{rng.randint(1000, 9999)}")
    handle = None if account else uniq(f"@{base.replace('.', '_')}{fam.n}{idx}")
    if set(expected) & set(tolerated):
        raise SystemExit(f"{key}: rule both expected and tolerated")
    truth: dict[str, Any] = {
        "identifiers": {
            "customer_id": key,
            "email": email,
            "phone": "+" + "".join(c for c in phone if c.isdigit()),
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
    }
    truth.update(extra)
    fam.customers[key] = truth
    return Cust(key, lang, market, f"{first} {last}", email, phone, handle, account, truth)


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
    text: str,
    *,
    kind: str | None = None,
    outbound: bool = False,
    subject: str | None = None,
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
) -> str:
    if not (fam.start <= t < LIMIT):
        raise SystemExit(f"{fam.name}: time out of window {t}")
    fam.seq += 1
    eid = f"lv151-{fam.code.lower()}-{fam.seq:05d}"
    cust: dict[str, Any] = {"customer_id": c.key}
    if outbound or channel == "email":
        cust["email"] = c.email
    if outbound or channel == "phone":
        cust["phone"] = c.phone
    if c.handle and (outbound or channel in ("social", "community")):
        cust["handle"] = c.handle
    if c.account:
        cust["account_id"] = c.account
    if not outbound:
        text = roughen(fam, text, channel)
        if channel == "social" and c.handle and "@Levarina" not in text:
            text = "@Levarina " + text
    a = {"market": c.market} | (attrs or {})
    if c.account:
        a["segment"] = "b2b"
    if outbound:
        a["agent"] = fam.rng.choice(AGENTS)
    row: dict[str, Any] = {
        "event_id": eid,
        "occurred_at": fmt(t),
        "channel": channel,
        "kind": kind or KIND[channel],
        "direction": "outbound" if outbound else "inbound",
        "customer": cust,
        "text": text or None,
        "subject": subject,
        "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
        "source": SRC[channel],
        "attributes": a,
    }
    fam.rows.append((t, fam.seq, row))
    return eid


def reply(
    fam: Fam, c: Cust, t: datetime, channel: str, table: dict[str, list[str]], **kw: str
) -> str:
    if channel == "email" and (t.hour >= 21 or t.hour < 7):
        t = (t + timedelta(days=1 if t.hour >= 21 else 0)).replace(
            hour=8, minute=fam.rng.randint(0, 40)
        )
    return add(
        fam,
        c,
        t,
        channel,
        pick(fam.rng, table, c.lang, agent=fam.rng.choice(AGENTS), **kw),
        outbound=True,
    )


def day_hour(fam: Fam) -> float:
    return fam.rng.uniform(7, 19)


def happy_act(fam: Fam, c: Cust, day: float, hour: float | None = None) -> None:
    rng = fam.rng
    t = fam.at(day, hour if hour is not None else day_hour(fam))
    k = rng.randrange(7)
    if k == 0:
        add(fam, c, t, rng.choice(["social", "community"]), pick(rng, W.PRAISE, c.lang))
    elif k == 1:
        qt = add(fam, c, t, "chat", pick(rng, W.QUESTION, c.lang))
        a = t + timedelta(minutes=rng.randint(1, 6))
        reply(fam, c, a, "chat", W.ANSWER)
        _ = qt
        if rng.random() < 0.6:
            add(
                fam,
                c,
                a + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                pick(rng, W.THANKS, c.lang),
            )
    elif k == 2:
        add(fam, c, t, "phone", pick(rng, W.PHONE_Q, c.lang))
        reply(fam, c, t + timedelta(minutes=rng.randint(10, 50)), "email", W.ANSWER)
    elif k == 3:
        add(fam, c, t, "web", "", kind="page_view", attrs={"page": "/boxes"})
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(2, 15)),
            "web",
            "",
            kind="purchase",
            attrs={
                "page": "/boxes",
                "product": "Sourdough box / Caixa de pão",
                "order_value": f"{rng.choice([19.9, 24.5, 27.0]):.2f}",
                "currency": "GBP" if c.market == "UK" else ("CHF" if c.market == "CH" else "EUR"),
            },
        )
    elif k == 4:
        add(
            fam,
            c,
            t,
            "web",
            pick(rng, W.REVIEW, c.lang),
            kind="review",
            attrs={"rating": "5", "page": "/reviews"},
        )
    elif k == 5:
        add(fam, c, t, rng.choice(["social", "community"]), pick(rng, W.GRIPE_PRAISE, c.lang))
    else:
        add(fam, c, t, "web", "", kind="page_view", attrs={"page": "/recipes"})


def survey(
    fam: Fam,
    c: Cust,
    t: datetime,
    *,
    nps: int | None = None,
    csat: int | None = None,
    ces: int | None = None,
    low: bool = False,
) -> str:
    sc = {k: v for k, v in (("nps", nps), ("csat", csat), ("ces", ces)) if v is not None}
    word = pick(fam.rng, W.LOW_CSAT_WORD if low else W.SURVEY_WORD, c.lang)
    return add(fam, c, t, "survey", word, scores=sc, attrs={"survey": next(iter(sc))})


def happy_writers(fam: Fam) -> None:
    for _ in range(16):
        c = person(fam, "happy", "day writer")
        for d in fam.rng.sample(range(fam.days), fam.rng.randint(5, 8)):
            happy_act(fam, c, d)
    for _ in range(5):
        c = person(fam, "happy", "night writer")
        for d in fam.rng.sample(range(fam.days - 1), fam.rng.randint(2, 4)):
            t = fam.at(d, fam.rng.choice([22, 23, 25, 26, 27]))
            if fam.rng.random() < 0.5:
                add(fam, c, t, "community", pick(fam.rng, W.NIGHT_POST, c.lang))
            else:
                add(fam, c, t, "chat", pick(fam.rng, W.NIGHT_Q, c.lang))
                reply(fam, c, t + timedelta(minutes=3), "chat", W.NIGHT_A)
                add(fam, c, t + timedelta(minutes=6), "chat", pick(fam.rng, W.THANKS, c.lang))
        for d in fam.rng.sample(range(fam.days), 2):
            happy_act(fam, c, d, fam.rng.uniform(9, 18))
    for _ in range(5):
        c = person(fam, "happy", "answers surveys")
        for d in fam.rng.sample(range(fam.days), fam.rng.randint(3, 6)):
            k = fam.rng.randrange(3)
            survey(
                fam,
                c,
                fam.at(d, day_hour(fam)),
                nps=fam.rng.choice([9, 10]) if k == 0 else None,
                csat=fam.rng.choice([4, 5]) if k == 1 else None,
                ces=fam.rng.choice([6, 7]) if k == 2 else None,
            )


def one_bad_day(fam: Fam) -> None:
    channels = ["long", "email", "chat", "social", "web", "phone"]
    slots = [(p, ch) for p in W.PROBLEMS for ch in channels][:24]
    fam.rng.shuffle(slots)
    with_case = [i for i, s in enumerate(slots) if s[1] != "social"]
    detr = set(fam.rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in detr]
    csat = set(fam.rng.sample(rest, 5))
    good = set(fam.rng.sample(with_case, 12))
    apol = set(fam.rng.sample(sorted(good), 5))
    for i, (prob, ch) in enumerate(slots):
        lang = fam.rng.choice(["de", "pt"]) if ch == "long" else None
        c = person(
            fam,
            "bad_day_detractor" if i in detr else "happy_one_bad_day",
            "one bad day",
            lang,
            expected=("detractor",) if i in detr else (),
            tolerated=("silence",),
            problem=prob,
            long_email=ch == "long",
        )
        bd = fam.rng.randint(2, 9)
        for d in fam.rng.sample(
            [d for d in range(fam.days) if d <= bd - 2 or d >= bd + 3], fam.rng.randint(1, 4)
        ):
            happy_act(fam, c, d)
        t = fam.at(bd, fam.rng.uniform(8, 19))
        text = pick(fam.rng, W.COMPLAINT[prob], c.lang)
        if ch == "long":
            text = pick(fam.rng, W.LONG_MAIL, c.lang, complaint=text, name=c.name)
        real = "email" if ch == "long" else ch
        eid = add(
            fam,
            c,
            t,
            real,
            text,
            subject="Beschwerde" if c.lang == "de" and real == "email" else None,
        )
        c.truth.update(bad_day_at=fmt(t), bad_day_event_id=eid, trouble_starts_at=fmt(t))
        if ch != "social":
            case = fam.case()
            c.truth["booking"] = case
            reply(
                fam,
                c,
                t + timedelta(minutes=fam.rng.randint(2, 40)),
                "chat" if ch == "chat" else "email",
                W.CASE_OPENED,
                case=case,
            )
            if i in detr:
                n = fam.rng.randint(1, 5)
                c.truth.update(
                    nps_given=True,
                    nps=n,
                    survey_event_id=survey(
                        fam, c, t + timedelta(minutes=fam.rng.randint(100, 140)), nps=n, low=True
                    ),
                )
            elif i in csat:
                s = fam.rng.randint(1, 2)
                c.truth.update(
                    csat_given=True,
                    csat=s,
                    survey_event_id=survey(
                        fam, c, t + timedelta(minutes=fam.rng.randint(40, 80)), csat=s, low=True
                    ),
                )
            if i in good:
                reply(
                    fam,
                    c,
                    t + timedelta(hours=fam.rng.uniform(1, 4)),
                    "email",
                    W.GOOD_NEWS,
                    case=case,
                )
                c.truth["agent_fixed"] = True
                if i in apol:
                    at = t + timedelta(hours=fam.rng.uniform(16, 24))
                    if at.hour < 7 or at.hour >= 22:
                        at = at.replace(hour=8)
                    c.truth.update(
                        apologised=True,
                        apology_at=fmt(at),
                        apology_event_id=add(fam, c, at, "chat", pick(fam.rng, W.APOLOGY, c.lang)),
                    )
    for _ in range(8):
        c = person(fam, "happy", "control")
        for d in fam.rng.sample(range(fam.days), fam.rng.randint(4, 7)):
            happy_act(fam, c, d)


def daytime(t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def repeat_run(
    fam: Fam, c: Cust, first_day: int, times: int, langs: list[str] | None = None
) -> None:
    rng = fam.rng
    prob = rng.choice(W.PROBLEMS)
    chans = ["web", "email", "chat", "phone", "social"]
    rng.shuffle(chans)
    t = fam.at(first_day, rng.uniform(8, 18))
    case = fam.case()
    comp = rng.choice(COMPS) if times >= 3 else None
    lang0 = langs[0] if langs else c.lang
    t0 = t
    ids = [add(fam, c, t, chans[0], pick(rng, W.COMPLAINT[prob], lang0))]
    reply(
        fam,
        c,
        t + timedelta(minutes=rng.randint(5, 40)),
        "chat" if chans[0] == "chat" else "email",
        W.CASE_OPENED if times < 3 else W.PASSED_ON,
        case=case,
    )
    for k in range(1, times):
        t = daytime(t + timedelta(hours=rng.uniform(4, 40)))
        lg = langs[k % 2] if langs else c.lang
        comp_text = pick(rng, W.COMPLAINT[prob], lg)
        text = (
            pick(rng, W.THIRD, lg, case=case, comp=comp or "")
            if k == 2
            else (
                pick(rng, W.FOURTH, lg, case=case)
                if k == 3
                else pick(rng, W.STILL_OPEN, lg, case=case, complaint=comp_text)
            )
        )
        ids.append(add(fam, c, t, chans[k], text))
        if chans[k] == "chat":
            reply(fam, c, t + timedelta(minutes=3), "chat", W.URGENT, case=case)
    c.truth.update(
        problem=prob,
        booking=case,
        contacts=times,
        problem_event_ids=ids,
        trouble_starts_at=fmt(t0),
        competitor=comp,
        agent_passed_on=times >= 3,
    )


def fixed_run(fam: Fam, c: Cust, day: int, lang2: str | None = None) -> dict[str, Any]:
    rng = fam.rng
    prob = rng.choice(W.PROBLEMS)
    t = fam.at(day, rng.uniform(8, 17))
    case = fam.case()
    e1 = add(fam, c, t, "web", pick(rng, W.COMPLAINT[prob], c.lang))
    reply(fam, c, t + timedelta(minutes=20), "email", W.CASE_OPENED, case=case)
    g = t + timedelta(hours=rng.uniform(3, 20))
    reply(fam, c, g, "email", W.GOOD_NEWS, case=case)
    ct = daytime(g + timedelta(hours=rng.uniform(8, 30)))
    e2 = add(
        fam, c, ct, rng.choice(["email", "chat"]), pick(rng, W.CONFIRM, lang2 or c.lang, case=case)
    )
    return {
        "problem": prob,
        "booking": case,
        "raised_at": fmt(t),
        "fixed_at": fmt(g),
        "confirmed_at": fmt(ct),
        "problem_event_ids": [e1],
        "confirm_event_id": e2,
    }


REPEAT_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def repeat_contacts(fam: Fam) -> None:
    for times in [2] * 4 + [3] * 4 + [4] * 4:
        c = person(
            fam, "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=REPEAT_TOL
        )
        for _ in range(fam.rng.randint(1, 3)):
            happy_act(fam, c, 0, fam.rng.uniform(7, 11))
        repeat_run(fam, c, fam.rng.randint(1, 4), times)
    for _ in range(5):
        c = person(fam, "resolved_between_contacts", "fixed", tolerated=("silence",))
        happy_act(fam, c, 0)
        c.truth["problems"] = [fixed_run(fam, c, fam.rng.randint(1, 4))]
    for _ in range(3):
        c = person(fam, "different_problems", "two problems", tolerated=("silence",))
        d = fam.rng.randint(1, 3)
        c.truth["problems"] = [fixed_run(fam, c, d), fixed_run(fam, c, d + 5)]
    for _ in range(7):
        c = person(fam, "happy", "frequent writer")
        for d in fam.rng.sample(range(fam.days), fam.rng.randint(5, 8)):
            happy_act(fam, c, d)


SLIDE_TOL = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def slide(
    fam: Fam, c: Cust, d0: int, span: int, langs: list[str] | None = None, nps: bool = False
) -> None:
    rng = fam.rng
    comp = rng.choice(COMPS)
    ids: list[str] = []
    t = fam.at(d0, rng.uniform(9, 12))
    t0 = t
    for k in range(6):
        lg = langs[k % 2] if langs else c.lang
        text = W.SLIDE.get(lg, W.SLIDE["en"])[k].format(comp=comp)
        ch = rng.choice(["social", "community", "review"])
        ids.append(
            add(
                fam,
                c,
                t,
                "web" if ch == "review" else ch,
                text,
                kind="review" if ch == "review" else None,
                attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"}
                if ch == "review"
                else None,
            )
        )
        if k == 3 and nps:
            n = rng.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=n,
                survey_event_id=survey(
                    fam, c, daytime(t + timedelta(hours=rng.uniform(2.5, 3.5))), nps=n, low=True
                ),
            )
        t = daytime(t + timedelta(hours=max(1.0, span * 24 / 6 + rng.uniform(-3, 3))))
    c.truth.update(slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=fmt(t0))


def slow_churners(fam: Fam) -> None:
    for i in range(10):
        nps = i < 5
        c = person(
            fam,
            "slow_churner",
            "slides",
            expected=("sentiment_drop", "detractor") if nps else ("sentiment_drop",),
            tolerated=SLIDE_TOL,
        )
        for d in fam.rng.sample(range(11), 5):
            add(
                fam,
                c,
                fam.at(d, day_hour(fam)),
                fam.rng.choice(["social", "community"]),
                pick(fam.rng, W.PRAISE, c.lang),
            )
        for d in fam.rng.sample(range(11), fam.rng.randint(2, 4)):
            happy_act(fam, c, d)
        slide(fam, c, 12 + i % 5, [3, 5, 9][i % 3], nps=nps)
    for _ in range(5):
        c = person(
            fam,
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        for d in fam.rng.sample(range(15), fam.rng.randint(4, 6)):
            happy_act(fam, c, d)
        t = fam.at(fam.rng.randint(17, 23), fam.rng.uniform(8, 18))
        e = add(fam, c, t, "email", pick(fam.rng, W.CANCEL, c.lang))
        reply(fam, c, t + timedelta(hours=fam.rng.uniform(1, 5)), "email", W.SORRY_GO)
        ct = daytime(t + timedelta(hours=fam.rng.uniform(20, 30)))
        x = add(
            fam,
            c,
            ct,
            "web",
            "",
            kind="cancellation",
            attrs={"page": "/subscription/cancel", "product": "Levarina Plus"},
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=x,
            churn_at=fmt(ct),
            trouble_starts_at=fmt(t),
        )
    for _ in range(6):
        c = person(fam, "happy", "steady")
        for d in fam.rng.sample(range(fam.days), fam.rng.randint(6, 10)):
            happy_act(fam, c, d)
    for _ in range(5):
        c = person(fam, "steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        d = fam.rng.randint(0, 4)
        ids: list[str] = []
        for _k in range(fam.rng.randint(5, 7)):
            ids.append(
                add(
                    fam,
                    c,
                    fam.at(d, day_hour(fam)),
                    fam.rng.choice(["social", "community", "web"]),
                    pick(fam.rng, W.GRUMBLE, c.lang),
                )
            )
            d += fam.rng.randint(1, 3)
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=next(
                r[2]["occurred_at"] for r in fam.rows if r[2]["event_id"] == ids[0]
            ),
        )
    for _ in range(5):
        c = person(fam, "happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        for d in fam.rng.sample(range(16), fam.rng.randint(3, 6)):
            happy_act(fam, c, d)
        c.truth["sarcasm_event_id"] = add(
            fam,
            c,
            fam.at(fam.rng.randint(17, 28), day_hour(fam)),
            "social",
            pick(fam.rng, W.SARCASM, c.lang),
        )


def quiet_hours(fam: Fam) -> None:
    for _ in range(16):
        c = person(fam, "happy", "day writer")
        for d in fam.rng.sample(range(3), fam.rng.randint(1, 3)):
            happy_act(fam, c, d, fam.rng.uniform(7, 17.5))
    for i in range(4):
        c = person(fam, "grumbles_once", "grumbles once", tolerated=("silence",))
        t = fam.at(fam.rng.randint(0, 2), fam.rng.uniform(9, 17))
        add(fam, c, t, "web", "", kind="page_view", attrs={"page": "/shops"})
        g = t + timedelta(minutes=fam.rng.randint(20, 30))
        if i < 2:
            e = add(fam, c, g, "chat", pick(fam.rng, W.MILD, c.lang))
            reply(fam, c, g + timedelta(minutes=4), "chat", W.MILD_ACK)
        else:
            e = add(fam, c, g, "web", pick(fam.rng, W.MILD, c.lang))
            reply(fam, c, g + timedelta(minutes=30), "email", W.MILD_ACK)
        c.truth.update(grumble_event_id=e, trouble_starts_at=fmt(g))
    for night in range(3):
        b0 = fam.start + timedelta(days=night + 1, minutes=fam.rng.randint(40, 65))
        for burst, off in enumerate([0, fam.rng.randint(28, 33), fam.rng.randint(55, 65)]):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = person(
                    fam, "night_owl", f"night {night + 1}, burst {burst + 1}", burst_at=fmt(bs)
                )
                t = bs + timedelta(minutes=fam.rng.randint(0, 9))
                if fam.rng.random() < 0.5:
                    e = add(fam, c, t, "chat", pick(fam.rng, W.NIGHT_Q, c.lang))
                    reply(fam, c, t + timedelta(minutes=2), "chat", W.NIGHT_A)
                    add(fam, c, t + timedelta(minutes=5), "chat", pick(fam.rng, W.THANKS, c.lang))
                else:
                    e = add(fam, c, t, "community", pick(fam.rng, W.NIGHT_POST, c.lang))
                c.truth["night_event_id"] = e
                if fam.rng.random() < 0.5:
                    happy_act(fam, c, fam.rng.randint(0, 2), fam.rng.uniform(9, 17.5))


PAIRS = [
    ("de", "pt"),
    ("pt", "de"),
    ("de", "en"),
    ("pt", "es"),
    ("pt", "fr"),
    ("de", "it"),
    ("en", "de"),
    ("es", "pt"),
]


def bilingual(fam: Fam) -> None:
    def pair(i: int) -> tuple[str, str]:
        return PAIRS[i % len(PAIRS)]

    for i in range(12):
        a, b = pair(i)
        c = person(fam, "happy", "alternates languages", a, languages=[a, b])
        for k, d in enumerate(sorted(fam.rng.sample(range(fam.days), fam.rng.randint(5, 8)))):
            c.lang = [a, b][k % 2]
            happy_act(fam, c, d)
    for i, times in enumerate([2, 2, 3, 3, 4]):
        a, b = pair(i + 1)
        c = person(
            fam,
            "repeat_contact",
            "repeats",
            a,
            expected=("repeat_contact",),
            tolerated=REPEAT_TOL,
            languages=[a, b],
        )
        happy_act(fam, c, 0)
        repeat_run(fam, c, fam.rng.randint(2, 5), times, [a, b])
    for i in range(5):
        a, b = pair(i + 2)
        c = person(
            fam,
            "slow_churner",
            "slides",
            a,
            expected=("sentiment_drop",),
            tolerated=SLIDE_TOL,
            languages=[a, b],
        )
        for k, d in enumerate(range(5)):
            add(
                fam,
                c,
                fam.at(d, day_hour(fam)),
                "community",
                pick(fam.rng, W.PRAISE, [a, b][k % 2]),
            )
        happy_act(fam, c, 5)
        slide(fam, c, 7 + i % 2, 3 + i % 3, [a, b])
    for i in range(3):
        a, b = pair(i + 3)
        c = person(
            fam,
            "happy_one_bad_day",
            "one bad day",
            a,
            tolerated=("silence",),
            languages=[a, b],
            bad_day_language=b,
        )
        happy_act(fam, c, 1)
        happy_act(fam, c, 12)
        t = fam.at(6, fam.rng.uniform(9, 17))
        e = add(fam, c, t, "email", pick(fam.rng, W.COMPLAINT[fam.rng.choice(W.PROBLEMS)], b))
        c.truth.update(bad_day_at=fmt(t), bad_day_event_id=e, trouble_starts_at=fmt(t))
    for i in range(2):
        a, b = pair(i + 4)
        c = person(
            fam,
            "resolved_between_contacts",
            "fixed",
            a,
            tolerated=("silence",),
            languages=[a, b],
            confirm_language=b,
        )
        c.truth["problems"] = [fixed_run(fam, c, fam.rng.randint(2, 8), b)]


def b2b_accounts(fam: Fam) -> None:
    plan = (
        [
            ("at_risk", 4, 3),
            ("at_risk", 5, 3),
            ("at_risk", 6, 3),
            ("at_risk", 5, 4),
            ("at_risk", 6, 4),
        ]
        + [("one_unhappy", 3, 1)] * 4
        + [("mild", 4, 0)] * 3
        + [("happy", 3, 0)] * 3
    )
    sites = ["hotel", "cafe", "canteen", "hospital", "school", "office", "restaurant", "deli"]
    for n, (kind, size, unhappy) in enumerate(plan):
        lang = fam.rng.choices(LANGS, LWEIGHTS)[0]
        market = fam.rng.choice(MARKET[lang])
        acc = uniq(f"LVG-{market}-{4000 + n * 13}")
        company = f"{fam.rng.choice(['Hotel', 'Café', 'Kantine', 'Casa', 'Bistro'])} {fam.rng.choice(LAST[lang])} {n + 1}"
        prob = B.B2B_PROBLEMS[n % 4] if kind in ("at_risk", "one_unhappy") else None
        contacts = []
        for k in range(size):
            if kind == "at_risk" and k < unhappy:
                last = k == unhappy - 1
                exp = ("repeat_contact",) if last else ("detractor",)
                c = person(
                    fam,
                    "b2b_unhappy",
                    "complainer",
                    lang,
                    exp,
                    (
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ),
                    acc,
                    market,
                    company=company,
                    role="complainer",
                )
            elif kind == "one_unhappy" and k == 0:
                c = person(
                    fam,
                    "b2b_one_unhappy",
                    "complainer",
                    lang,
                    ("detractor",),
                    ("sentiment_drop", "high_value_at_risk", "silence"),
                    acc,
                    market,
                    company=company,
                    role="complainer",
                )
            elif kind == "mild" and k < 2:
                c = person(
                    fam,
                    "b2b_mild",
                    "suggests",
                    lang,
                    (),
                    ("silence",),
                    acc,
                    market,
                    company=company,
                    role="suggests",
                )
            else:
                c = person(
                    fam,
                    "b2b_happy",
                    "contact",
                    lang,
                    (),
                    (),
                    acc,
                    market,
                    company=company,
                    role="contact",
                )
            contacts.append(c)
        case = fam.case() if prob else ""
        first = contacts[0].name.split()[0]
        t = (
            fam.start + timedelta(days=2, hours=8, minutes=fam.rng.randint(0, 90))
            if kind == "at_risk"
            else fam.start + timedelta(days=fam.rng.randint(3, 7), hours=fam.rng.uniform(8, 15))
        )
        if t.weekday() >= 5:
            t += timedelta(days=7 - t.weekday())
        trouble = fmt(t)
        for k, c in enumerate(contacts):
            role = c.truth["role"]
            if role == "contact":
                for d in fam.rng.sample([0, 1, 2, 3, 4, 7, 8, 9], fam.rng.randint(2, 4)):
                    st = fam.at(d, fam.rng.uniform(8, 16))
                    if fam.rng.random() < 0.5:
                        add(fam, c, st, "chat", pick(fam.rng, B.B2B_Q, lang))
                        reply(fam, c, st + timedelta(minutes=3), "chat", B.B2B_A)
                    elif fam.rng.random() < 0.5:
                        add(fam, c, st, "community", pick(fam.rng, B.B2B_PRAISE, lang))
                    else:
                        survey(fam, c, st, nps=fam.rng.choice([9, 10]))
            elif role == "suggests":
                st = fam.at(fam.rng.randint(2, 8), fam.rng.uniform(8, 15))
                c.truth["mild_event_id"] = add(fam, c, st, "web", pick(fam.rng, B.B2B_MILD, lang))
                reply(
                    fam,
                    c,
                    st + timedelta(minutes=40),
                    "email",
                    B.B2B_ACK,
                    case=fam.case(),
                    company=company,
                )
                c.truth["trouble_starts_at"] = fmt(st)
            else:
                add(fam, c, fam.at(0, fam.rng.uniform(8, 16)), "chat", pick(fam.rng, B.B2B_Q, lang))
                assert prob is not None
                text = pick(fam.rng, B.B2B_COMPLAINT[prob], lang, company=company)
                if k > 0:
                    text = (
                        pick(
                            fam.rng,
                            B.B2B_LATER,
                            lang,
                            first=first,
                            weekday=B.WEEKDAY.get(lang, B.WEEKDAY["en"])[2],
                            case=case,
                        )
                        + text
                    )
                ids = [add(fam, c, t, "email", text, subject=case)]
                c.truth.update(trouble_starts_at=fmt(t), booking=case, problem=prob)
                if k == 0:
                    reply(
                        fam,
                        c,
                        t + timedelta(minutes=30),
                        "email",
                        B.B2B_ACK,
                        case=case,
                        company=company,
                    )
                last = c.truth["expected_rules"] == ["repeat_contact"]
                if not last:
                    n = fam.rng.randint(1, 5)
                    c.truth.update(
                        nps_given=True,
                        nps=n,
                        survey_event_id=survey(
                            fam, c, t + timedelta(hours=fam.rng.uniform(1, 3)), nps=n, low=True
                        ),
                    )
                else:
                    lt = t + timedelta(hours=fam.rng.uniform(20, 30))
                    lt = lt.replace(hour=max(8, min(lt.hour, 16)))
                    if fam.rng.random() < 0.3:
                        comp = fam.rng.choice(COMPS)
                        c.truth["competitor"] = comp
                        ids.append(
                            add(
                                fam,
                                c,
                                lt,
                                "email",
                                pick(fam.rng, B.B2B_LAST_MAIL, lang, case=case, comp=comp),
                            )
                        )
                    else:
                        ids.append(
                            add(
                                fam, c, lt, "phone", pick(fam.rng, B.B2B_LAST_CALL, lang, case=case)
                            )
                        )
                c.truth["complaint_event_ids"] = ids
                t = t + timedelta(hours=fam.rng.uniform(8, 28))
                t = t.replace(hour=max(8, min(t.hour, 16)))
                if t.weekday() >= 5:
                    t += timedelta(days=7 - t.weekday())
        keys = [c.key for c in contacts]
        unhappy_keys = [c.key for c in contacts if c.truth["role"] == "complainer"]
        fam.accounts[acc] = {
            "company": company,
            "site": sites[n % len(sites)],
            "contacts": len(keys),
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": trouble if kind == "at_risk" else None,
            "language": lang,
            "country": market,
        }


def topic_spike(fam: Fam) -> None:
    for _ in range(40):
        c = person(fam, "happy", "day writer")
        for d in fam.rng.sample(range(6), fam.rng.randint(1, 4)):
            happy_act(fam, c, d, fam.rng.uniform(12, 19) if d == 5 else None)
    for _ in range(2):
        c = person(fam, "grumbles_once", "grumbles once", tolerated=("silence",))
        t = fam.at(0, fam.rng.uniform(9, 16))
        e = add(fam, c, t, "chat", pick(fam.rng, W.MILD, c.lang))
        reply(fam, c, t + timedelta(minutes=3), "chat", W.MILD_ACK)
        c.truth.update(grumble_event_id=e, trouble_starts_at=fmt(t))
    for lang, hour in (("de", 9.5), ("pt", 16.0)):
        c = person(fam, "grumbles_once", "lone question", lang, tolerated=("silence",))
        t = fam.start + timedelta(days=4, hours=hour)
        e = add(fam, c, t, "chat", pick(fam.rng, B.LONE_Q, lang))
        reply(fam, c, t + timedelta(minutes=4), "chat", B.LONE_A)
        c.truth.update(lone_report_event_id=e, trouble_starts_at=fmt(t))
    s0 = fam.start + timedelta(days=5, hours=8, minutes=20)
    langs = ["de", "pt"] * 7 + ["en", "en", "fr", "fr", "it", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    fam.rng.shuffle(chans)
    offsets = sorted([0, 45, *fam.rng.sample(range(1, 45), 18)])
    keys, eids, reps = [], [], []
    repeaters = set(fam.rng.sample([i for i, o in enumerate(offsets) if o <= 25], 6))
    fixed = set(fam.rng.sample([i for i in range(20) if i not in repeaters], 6))
    for i in range(20):
        rep = i in repeaters
        regular = i < 12
        c = person(
            fam,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            langs[i],
            expected=("repeat_contact",) if rep else (),
            tolerated=("silence", "sentiment_drop") if rep else ("silence",),
            in_spike=True,
            regular=regular,
        )
        if regular:
            happy_act(fam, c, 2, fam.rng.uniform(8, 17.5))
        t = s0 + timedelta(minutes=offsets[i])
        e = add(fam, c, t, chans[i], pick(fam.rng, B.SPIKE, c.lang))
        if chans[i] == "chat":
            reply(fam, c, t + timedelta(minutes=2), "chat", B.SPIKE_CHAT_A)
        keys.append(c.key)
        eids.append(e)
        c.truth.update(spike_event_id=e, spike_channel=chans[i], trouble_starts_at=fmt(t))
        if rep:
            other = [x for x in ("email", "chat", "community") if x != chans[i]]
            r = add(
                fam,
                c,
                t + timedelta(minutes=fam.rng.randint(15, 30)),
                fam.rng.choice(other),
                pick(fam.rng, B.SPIKE_AGAIN, c.lang),
            )
            reps.append(r)
            c.truth["repeat_event_id"] = r
        if i in fixed:
            reply(fam, c, s0 + timedelta(hours=2, minutes=50 + i % 9), "email", B.SPIKE_FIXED)
            c.truth["agent_fixed"] = True
    fam.spike = {
        "topic": "bread-box app shows every subscription paused until 1 January 2027 and refuses to resume it, error "
        + B.SPIKE_CODE,
        "about": "subscription status / resume",
        "channel": None,
        "start": fmt(s0),
        "end": fmt(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 2, tzinfo=UTC),
        10,
        happy_writers,
        "happy customers only",
        {},
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 6, tzinfo=UTC),
        12,
        one_bad_day,
        "happy customers with one bad day",
        {"detractor": 6},
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 11, tzinfo=UTC),
        12,
        repeat_contacts,
        "open problems raised again",
        {"repeat_contact": 12},
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 6, 1, tzinfo=UTC),
        32,
        slow_churners,
        "slides and leavers",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        quiet_hours,
        "calm weekend with night owls",
        {},
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 7, tzinfo=UTC),
        16,
        bilingual,
        "customers writing in two languages",
        {"repeat_contact": 5, "sentiment_drop": 5},
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        b2b_accounts,
        "Levarina Gastro accounts",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        topic_spike,
        "a calm week and one incident",
        {"topic_spike": 1, "repeat_contact": 6},
    ),
]


def main() -> None:
    for n, (name, code, start, days, build, about, expected) in enumerate(FAMILIES, 1):
        fam = Fam(name, code, n, start, days, about)
        build(fam)
        got: dict[str, int] = {}
        for cu in fam.customers.values():
            for r in cu["expected_rules"]:
                got[r] = got.get(r, 0) + 1
            if not any(
                row[2]["customer"]["customer_id"] == cu["identifiers"]["customer_id"]
                and row[2]["direction"] == "inbound"
                for row in fam.rows
            ):
                raise SystemExit(f"{name}: customer without inbound touchpoint")
        for a in fam.accounts.values():
            for r in a["expected_rules"]:
                got[r] = got.get(r, 0) + 1
        if fam.spike:
            got["topic_spike"] = 1
        if got != expected:
            raise SystemExit(f"{name}: expected {expected}, planted {got}")
        fam.rows.sort(key=lambda r: (r[0], r[1]))
        last = fam.rows[-1][0]
        end = max(start + timedelta(days=days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{name}: end out of window")
        truth = {
            "config": {
                "family": name,
                "about": about,
                "business": "Levarina (sourdough bread boxes; Levarina Gastro for cafés, hotels, canteens)",
                "days": days,
                "seed": SEED * 100 + n,
                "written": "blind, heldout151",
                "expected": expected,
            },
            "start": fmt(start),
            "end": fmt(end),
            "customers": fam.customers,
            "accounts": fam.accounts,
            "spike": fam.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{name}.jsonl").write_text(
            "".join(json.dumps(r[2], ensure_ascii=False) + "\n" for r in fam.rows), "utf-8"
        )
        (HERE / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        print(name, len(fam.customers), len(fam.rows))


if __name__ == "__main__":
    main()
