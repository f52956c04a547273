# ruff: noqa: E501
"""Generate heldout133 (report only, written blind): python make_heldout133.py."""

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

SEED = 20261107
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
COMPS = ["Galoppa", "Hufiora"]
AGENTS = ["Maeve", "Léa", "Jonas", "Nuria", "Chiara", "Tiago", "Oliver", "Camille"]
LANG_W = {"en": 30, "fr": 30, "de": 10, "es": 10, "it": 10, "pt": 10}
MARKETS = {
    "en": ["UK", "UK", "IE"],
    "fr": ["FR", "FR", "BE", "CH", "LU"],
    "de": ["DE", "AT", "CH"],
    "es": ["ES"],
    "it": ["IT", "CH"],
    "pt": ["PT"],
}
PREFIX = {
    "UK": "+44 7",
    "IE": "+353 8",
    "FR": "+33 6",
    "BE": "+32 47",
    "CH": "+41 7",
    "LU": "+352 6",
    "DE": "+49 15",
    "AT": "+43 66",
    "ES": "+34 6",
    "IT": "+39 3",
    "PT": "+351 9",
}
FIRST = {
    "en": [
        "Emma",
        "Oliver",
        "Siobhan",
        "Harry",
        "Grace",
        "Liam",
        "Chloe",
        "Aoife",
        "Jack",
        "Megan",
        "Tom",
        "Niamh",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Manon",
        "Thomas",
        "Léa",
        "Hugo",
        "Chloé",
        "Nicolas",
        "Inès",
        "Mathieu",
        "Claire",
        "Sophie",
    ],
    "de": ["Anna", "Lukas", "Jana", "Felix", "Lea", "Tobias"],
    "es": ["Lucía", "Pablo", "Marta", "Javier", "Elena", "Raúl"],
    "it": ["Giulia", "Marco", "Sara", "Luca", "Chiara", "Paolo"],
    "pt": ["Inês", "João", "Beatriz", "Rui", "Marta", "Tiago"],
}
LAST = {
    "en": ["Walsh", "Hughes", "Byrne", "Carter", "Doyle", "Price", "Kelly", "Morgan"],
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fontaine"],
    "de": ["Becker", "Wagner", "Krüger", "Hofmann", "Schäfer"],
    "es": ["García", "Ruiz", "Navarro", "Ortega", "Molina"],
    "it": ["Rossi", "Ferri", "Galli", "Conti", "Marino"],
    "pt": ["Silva", "Costa", "Sousa", "Rocha", "Lopes"],
}
SOURCES = {
    "email": "sellaro-mail",
    "phone": "sellaro-voice",
    "social": "sellaro-social",
    "community": "sellaro-forum",
    "chat": "sellaro-chat",
    "web": "sellaro-web",
    "survey": "sellaro-survey",
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
TOL_CANCEL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_B2B_UNHAPPY = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
PERSONA_PRODUCTS = [
    ("Private lesson 45 min", "45.00"),
    ("Group lesson, 10 weeks", "240.00"),
    ("Forest hack 2 h", "55.00"),
    ("Pony club holiday week", "185.00"),
    ("Gift voucher, hack", "60.00"),
]
USED_IDS: set[str] = set()


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    email: str
    phone: str
    handle: str
    account: str | None
    truth: dict[str, Any]


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
    rows: list[tuple[datetime, int, dict[str, Any], str]] = field(default_factory=list)
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    count: int = 0
    cases: int = 0
    raw: dict[str, dict[str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table.get(lang) or table["en"]).replace("{agent}", "§A§")

    def case(self) -> str:
        self.cases += 1
        ref = f"SL-{self.n}{self.cases:04d}{self.rng.randrange(10)}"
        assert ref not in USED_IDS
        USED_IDS.add(ref)
        return ref

    def lang(self) -> str:
        return self.rng.choices(list(LANG_W), weights=list(LANG_W.values()))[0]

    def day(self, d: float, h0: float = 8, h1: float = 19) -> datetime:
        h = self.rng.uniform(h0, h1)
        return self.start + timedelta(days=int(d), hours=h)


def person(
    f: Fam,
    lang: str,
    persona: str,
    habit: str,
    expected: list[str],
    tolerated: list[str],
    account: str | None = None,
    market: str | None = None,
    domain: str | None = None,
    **extra: Any,
) -> Cust:
    idx = len(f.customers) + 1
    key = f"SL{f.code}{1000 + idx * 7 + f.n:04d}"
    mk = market or f.rng.choice(MARKETS[lang])
    first = f.rng.choice(FIRST[lang])
    last = f.rng.choice(LAST[lang])
    base = strip_accents(f"{first}.{last}").lower()
    email = f"{base}{idx}@{domain or f.rng.choice(['mail.example', 'post.example', 'web.example'])}"
    digits = "".join(str(f.rng.randrange(10)) for _ in range(8))
    phone = f"{PREFIX[mk]}{f.n}{idx:03d}{digits[:4]}"
    handle = (
        ""
        if account
        else f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{f.code.lower()}{idx}"
    )
    for ident in (key, email, phone, handle):
        if ident:
            assert ident not in USED_IDS, ident
            USED_IDS.add(ident)
    if set(expected) & set(tolerated):
        raise SystemExit(f"{key}: rule both expected and tolerated")
    truth: dict[str, Any] = {
        "identifiers": {
            "customer_id": key,
            "email": email,
            "phone": "+" + "".join(c for c in phone if c.isdigit()),
            "handle": handle or None,
            "account_id": account,
        },
        "expected_rules": sorted(expected),
        "tolerated_rules": sorted(tolerated),
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": mk,
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
    }
    truth.update(extra)
    f.customers[key] = truth
    f.raw[key] = (
        {"customer_id": key, "email": email, "phone": phone}
        | ({"handle": handle} if handle else {})
        | ({"account_id": account} if account else {})
    )
    return Cust(key, lang, mk, f"{first} {last}", email, phone, handle, account, truth)


def roughen(f: Fam, text: str, lang: str) -> str:
    r = f.rough
    if r.random() < 0.1 and lang != "en":
        text = strip_accents(text)
    if r.random() < 0.12 and text[:1].isupper() and not text.startswith("@"):
        text = text[0].lower() + text[1:]
    if r.random() < 0.14:
        words = [
            i for i, w in enumerate(text.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
        ]
        if words:
            parts = text.split(" ")
            i = r.choice(words)
            w = parts[i]
            j = r.randrange(1, len(w) - 2)
            parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(parts)
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
    if t >= LIMIT or t < f.start:
        raise SystemExit(f"{f.name}: time out of window {t}")
    f.count += 1
    eid = f"sl133-{f.code.lower()}-{f.count:05d}"
    if text is not None and not out and channel not in ("phone", "survey"):
        text = roughen(f, text, c.lang)
    if text and channel == "social" and not out and "@Sellaro" not in text:
        text = text.replace("Sellaro", "@Sellaro", 1) if "Sellaro" in text else "@Sellaro " + text
    cust: dict[str, Any] = {"customer_id": c.key}
    if channel == "phone" and not out:
        cust = {"phone": c.phone}
    elif channel in ("social", "community") and c.handle and not out:
        cust = {"handle": c.handle if f.rough.random() > 0.2 else c.handle.lstrip("@")}
    elif channel == "email" and not out:
        cust = {"email": c.email.upper() if f.rough.random() < 0.08 else c.email}
    if out:
        cust = dict(f.raw[c.key])
    if c.account:
        cust["account_id"] = c.account
    a = {"market": c.market}
    if c.account:
        a["segment"] = "b2b"
    if out:
        a["agent"] = f.rng.choice(AGENTS)
        if text:
            text = text.replace("§A§", a["agent"])
    a.update(attrs or {})
    row = {
        "event_id": eid,
        "occurred_at": iso(t),
        "channel": channel,
        "kind": kind,
        "direction": "outbound" if out else "inbound",
        "customer": cust,
        "text": text,
        "subject": subject,
        "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
        "source": SOURCES[channel],
        "attributes": a,
    }
    f.rows.append((t, f.count, row, c.key))
    return eid


def night_safe(t: datetime) -> datetime:
    if t.hour >= 22:
        return t.replace(hour=8, minute=t.minute % 60) + timedelta(days=1)
    if t.hour < 7:
        return t.replace(hour=8, minute=t.minute % 60)
    return t


def happy_act(f: Fam, c: Cust, t: datetime) -> None:
    r = f.rng.random()
    horse = f.rng.choice(W.HORSES)
    if r < 0.22:
        add(
            f,
            c,
            t,
            f.rng.choice(["social", "community"]),
            "post" if f.rng.random() < 0.5 else "mention",
            f.pick(W.PRAISE, c.lang).format(horse=horse),
        )
    elif r < 0.32:
        add(f, c, t, "community", "post", f.pick(W.AGAIN, c.lang).format(horse=horse))
    elif r < 0.40:
        add(
            f,
            c,
            t,
            "web",
            "review",
            f.pick(W.GRIPE, c.lang).format(horse=horse),
            attrs={"rating": "4", "page": "/reviews"},
        )
    elif r < 0.58:
        add(f, c, t, "chat", "chat", f.pick(W.QUESTION, c.lang))
        add(
            f,
            c,
            t + timedelta(minutes=f.rng.randint(1, 6)),
            "chat",
            "chat",
            f.pick(W.ANSWER, c.lang),
            out=True,
        )
        if f.rng.random() < 0.6:
            add(
                f,
                c,
                t + timedelta(minutes=f.rng.randint(7, 12)),
                "chat",
                "chat",
                f.pick(W.THANKS, c.lang),
            )
    elif r < 0.66:
        add(f, c, t, "phone", "call", f.pick(W.CALL, c.lang).format(horse=horse))
        add(
            f,
            c,
            t + timedelta(minutes=f.rng.randint(15, 50)),
            "email",
            "message",
            f.pick(W.FOLLOWUP, c.lang),
            subject="Sellaro",
            out=True,
        )
    elif r < 0.84:
        prod, price = f.rng.choice(PERSONA_PRODUCTS)
        add(f, c, t, "web", "page_view", attrs={"page": "/lessons"})
        add(
            f,
            c,
            t + timedelta(minutes=f.rng.randint(2, 15)),
            "web",
            "purchase",
            attrs={
                "order_value": price,
                "currency": "GBP" if c.market in ("UK",) else "CHF" if c.market == "CH" else "EUR",
                "product": prod,
                "page": "/checkout",
            },
        )
    else:
        add(
            f,
            c,
            t,
            "web",
            "review",
            f.pick(W.REVIEW, c.lang),
            attrs={"rating": "5", "page": "/reviews"},
        )


def happy_days(
    f: Fam,
    c: Cust,
    n: int,
    d0: int,
    d1: int,
    h0: float = 7,
    h1: float = 19,
    avoid: set[int] | None = None,
) -> None:
    pool = [d for d in range(d0, d1) if not avoid or d not in avoid]
    for d in sorted(f.rng.sample(pool, min(n, len(pool)))):
        happy_act(f, c, f.day(d, h0, h1))


def survey(
    f: Fam,
    c: Cust,
    t: datetime,
    nps: int | None = None,
    csat: int | None = None,
    ces: int | None = None,
) -> str:
    sc = {k: v for k, v in (("nps", nps), ("csat", csat), ("ces", ces)) if v is not None}
    word = (
        f.pick(W.SURVEY_WORD, c.lang)
        if (nps or 0) >= 9 or (csat or 0) >= 4 or (ces or 0) >= 6
        else ""
    )
    return add(
        f,
        c,
        t,
        "survey",
        "survey_response",
        word or None,
        scores=sc,
        attrs={"survey": next(iter(sc))},
    )


def complaint(
    f: Fam, c: Cust, t: datetime, channel: str, problem: str, long: bool = False
) -> tuple[str, str | None]:
    text = f.pick(W.COMPLAINT[problem], c.lang)
    if long:
        text = f.pick(W.LONG, c.lang).format(complaint=text)
    if channel == "phone":
        text = text.lower().replace(".", "").replace(",", "").replace("!", "").replace("?", "")
    kind = {
        "email": "message",
        "chat": "chat",
        "social": "mention",
        "web": "ticket",
        "phone": "call",
        "community": "post",
    }[channel]
    subj = f.pick(W.SUBJECT, c.lang) if channel == "email" else None
    eid = add(
        f,
        c,
        t,
        channel,
        kind,
        text,
        subject=subj,
        attrs={"page": "/contact"} if channel == "web" else None,
    )
    if channel == "social":
        return eid, None
    ref = f.case()
    ans_t = t + timedelta(
        minutes=f.rng.randint(2, 6) if channel == "chat" else f.rng.randint(10, 40)
    )
    add(
        f,
        c,
        night_safe(ans_t) if channel != "chat" else ans_t,
        "chat" if channel == "chat" else "email",
        "chat" if channel == "chat" else "message",
        f.pick(W.CASE_OPENED, c.lang).format(case=ref),
        subject=None if channel == "chat" else f"Re: {ref}",
        out=True,
    )
    return eid, ref


def expect_counts(f: Fam, want: dict[str, int]) -> dict[str, int]:
    got: dict[str, int] = {}
    for cu in f.customers.values():
        for r in cu["expected_rules"]:
            got[r] = got.get(r, 0) + 1
    for a in f.accounts.values():
        for r in a["expected_rules"]:
            got[r] = got.get(r, 0) + 1
    if f.spike:
        got["topic_spike"] = 1
    if got != want:
        raise SystemExit(f"{f.name}: expected {want}, planted {got}")
    for cu in f.customers.values():
        if set(cu["expected_rules"]) & set(cu["tolerated_rules"]):
            raise SystemExit(f"{f.name}: a rule both expected and tolerated")
    return got


def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, datetime(2026, 3, 16, tzinfo=UTC), 10, "happy customers only")
    for _ in range(16):
        c = person(f, f.lang(), "happy", "day writer", [], [])
        happy_days(f, c, f.rng.randint(5, 8), 0, 10)
    for _ in range(5):
        c = person(f, f.lang(), "happy", "night writer", [], [])
        for d in sorted(f.rng.sample(range(0, 9), f.rng.randint(2, 4))):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 59 + 60 * 6 - 90))
            if f.rng.random() < 0.5:
                add(
                    f,
                    c,
                    t,
                    f.rng.choice(["social", "community"]),
                    "post",
                    f.pick(W.NIGHT_POST, c.lang).format(horse=f.rng.choice(W.HORSES)),
                )
            else:
                add(
                    f,
                    c,
                    t,
                    "chat",
                    "chat",
                    f.pick(W.NIGHT_Q, c.lang).format(horse=f.rng.choice(W.HORSES)),
                )
                add(
                    f,
                    c,
                    t + timedelta(minutes=4),
                    "chat",
                    "chat",
                    f.pick(W.ANSWER, c.lang),
                    out=True,
                )
                add(f, c, t + timedelta(minutes=9), "chat", "chat", f.pick(W.THANKS, c.lang))
        happy_days(f, c, f.rng.randint(2, 3), 0, 10, 9, 18)
    for _ in range(5):
        c = person(f, f.lang(), "happy", "answers surveys", [], [])
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            k = f.rng.choice(["nps", "csat", "ces"])
            survey(
                f,
                c,
                f.day(d, 8, 19),
                **{
                    k: {
                        "nps": f.rng.randint(9, 10),
                        "csat": f.rng.randint(4, 5),
                        "ces": f.rng.randint(6, 7),
                    }[k]
                },
            )
    expect_counts(f, {})
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "happy customers with one bad day",
    )
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    f.rng.shuffle(chans)
    probs = [p for p in W.PROBLEMS for _ in range(4)]
    f.rng.shuffle(probs)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(f.rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in det]
    low_csat = set(rest[:5])
    good = set(f.rng.sample(with_case, 12))
    for i, ch in enumerate(chans):
        lang = "en" if ch == "long" and i % 2 else "fr" if ch == "long" else f.lang()
        persona = "bad_day_detractor" if i in det else "happy_one_bad_day"
        c = person(
            f,
            lang,
            persona,
            "one bad day",
            ["detractor"] if i in det else [],
            ["silence"],
            problem=probs[i],
            long_email=ch == "long",
        )
        bd = f.rng.randint(2, 9)
        happy_days(f, c, f.rng.randint(1, 5), 0, 12, avoid={bd - 1, bd, bd + 1, bd + 2})
        t = f.day(bd, 8, 20)
        eid, ref = complaint(f, c, t, "email" if ch == "long" else ch, probs[i], long=ch == "long")
        c.truth.update(
            bad_day_at=iso(t), bad_day_event_id=eid, booking=ref, trouble_starts_at=iso(t)
        )
        if i in det:
            n = f.rng.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=n,
                survey_event_id=survey(f, c, t + timedelta(minutes=f.rng.randint(100, 140)), nps=n),
            )
        elif i in low_csat:
            n = f.rng.randint(1, 2)
            c.truth.update(
                csat_given=True,
                csat=n,
                survey_event_id=survey(f, c, t + timedelta(minutes=f.rng.randint(40, 80)), csat=n),
            )
        if i in good and ref:
            add(
                f,
                c,
                night_safe(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                "message",
                f.pick(W.GOOD_NEWS, c.lang).format(case=ref),
                subject=f"Re: {ref}",
                out=True,
            )
            c.truth["agent_fixed"] = True
            if sum(1 for x in f.customers.values() if x.get("apologised")) < 5:
                at = night_safe(t + timedelta(hours=f.rng.uniform(16, 24)))
                c.truth.update(
                    apologised=True,
                    apology_at=iso(at),
                    apology_event_id=add(f, c, at, "chat", "chat", f.pick(W.APOLOGY, c.lang)),
                )
    for _ in range(8):
        c = person(f, f.lang(), "happy", "control", [], [])
        happy_days(f, c, f.rng.randint(4, 7), 0, 12)
    expect_counts(f, {"detractor": 6})
    return f


def repeat_run(
    f: Fam, c: Cust, first_t: datetime, first_ch: str, times: int, problem: str, passed_on: bool
) -> None:
    eid, ref = complaint(f, c, first_t, first_ch, problem)
    assert ref
    ids = [eid]
    if passed_on:
        add(
            f,
            c,
            night_safe(first_t + timedelta(hours=f.rng.uniform(1.5, 2.5))),
            "email",
            "message",
            f.pick(W.QUALITY, c.lang).format(case=ref),
            subject=f"Re: {ref}",
            out=True,
        )
    chans = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    f.rng.shuffle(chans)
    t = first_t
    comp = None
    for k in range(1, times):
        t = night_safe(t + timedelta(hours=f.rng.uniform(4, 40)))
        ch = chans[k - 1]
        if k == 2:
            comp = f.rng.choice(COMPS)
            text = f.pick(W.THIRD, c.lang).format(case=ref, comp=comp)
        elif k == 3:
            text = f.pick(W.FOURTH, c.lang).format(case=ref)
        else:
            text = f.pick(W.STILL, c.lang).format(case=ref)
        if ch == "phone":
            text = text.lower().replace(".", "").replace(",", "").replace("?", "")
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
        }[ch]
        ids.append(add(f, c, t, ch, kind, text, subject=f"Re: {ref}" if ch == "email" else None))
        if ch == "chat":
            add(
                f,
                c,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                f.pick(W.URGENT, c.lang).format(case=ref),
                out=True,
            )
    c.truth.update(
        problem=problem,
        booking=ref,
        contacts=times,
        problem_event_ids=ids,
        trouble_starts_at=iso(first_t),
        competitor=comp,
        agent_passed_on=passed_on,
        channel=first_ch,
    )


def fixed_case(
    f: Fam, c: Cust, t: datetime, ch: str, problem: str, confirm_lang: str | None = None
) -> dict[str, Any]:
    eid, ref = complaint(f, c, t, ch, problem)
    assert ref
    ft = night_safe(t + timedelta(hours=f.rng.uniform(3, 20)))
    add(
        f,
        c,
        ft,
        "email",
        "message",
        f.pick(W.GOOD_NEWS, c.lang).format(case=ref),
        subject=f"Re: {ref}",
        out=True,
    )
    ct = night_safe(ft + timedelta(hours=f.rng.uniform(8, 30)))
    cl = confirm_lang or c.lang
    cch = f.rng.choice(["email", "chat"])
    cid = add(
        f,
        c,
        ct,
        cch,
        "message" if cch == "email" else "chat",
        f.pick(W.CONFIRM, cl).format(case=ref),
        subject=f"Re: {ref}" if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(ft),
        "confirmed_at": iso(ct),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        "repeat contacts, fixed cases, two problems",
    )
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    times = [2] * 4 + [3] * 4 + [4] * 4
    f.rng.shuffle(times)
    for i in range(12):
        c = person(f, f.lang(), "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        happy_days(f, c, f.rng.randint(1, 3), 0, 1, 7, 12)
        repeat_run(
            f,
            c,
            f.day(f.rng.randint(1, 4), 8, 19),
            firsts[i],
            times[i],
            f.rng.choice(W.PROBLEMS),
            i % 2 == 0,
        )
    for _ in range(5):
        c = person(f, f.lang(), "resolved_between_contacts", "fixed", [], ["silence"])
        happy_days(f, c, 1, 0, 1, 7, 12)
        pr = fixed_case(
            f,
            c,
            f.day(f.rng.randint(1, 4)),
            f.rng.choice(["email", "web", "chat"]),
            f.rng.choice(W.PROBLEMS),
        )
        c.truth.update(problems=[pr], trouble_starts_at=pr["raised_at"])
    for _ in range(3):
        c = person(f, f.lang(), "different_problems", "two problems", [], ["silence"])
        p1, p2 = f.rng.sample(W.PROBLEMS, 2)
        d = f.rng.randint(0, 2)
        a = fixed_case(f, c, f.day(d), "email", p1)
        b = fixed_case(f, c, f.day(d + f.rng.randint(4, 5)), "web", p2)
        c.truth.update(problems=[a, b], trouble_starts_at=a["raised_at"])
    for _ in range(7):
        c = person(f, f.lang(), "happy", "frequent writer", [], [])
        happy_days(f, c, f.rng.randint(5, 8), 0, 10)
    expect_counts(f, {"repeat_contact": 12})
    return f


def slide(f: Fam, c: Cust, d0: int, span: int, lang_of: list[str] | None = None) -> list[str]:
    ids = []
    comp = f.rng.choice(COMPS)
    horse = f.rng.choice(W.HORSES)
    t = f.day(d0, 8, 12)
    gaps = sorted(f.rng.uniform(0, span) for _ in range(5))
    for k in range(6):
        if k:
            t = night_safe(
                max(
                    t + timedelta(hours=1),
                    f.start + timedelta(days=d0 + gaps[k - 1], hours=f.rng.uniform(8, 19)),
                )
            )
        lang = lang_of[k % len(lang_of)] if lang_of else c.lang
        text = W.SLIDE[lang][k].format(horse=horse, comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
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
        else:
            ids.append(add(f, c, t, ch, "post", text))
    c.truth.update(slide_event_ids=ids, slide_days=span, competitor=comp)
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        "slow slides, leavers, grumpy, sarcastic",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        det = i < 5
        c = person(
            f,
            f.lang(),
            "slow_churner",
            "slides",
            ["sentiment_drop", *(["detractor"] if det else [])],
            TOL_SLIDE,
        )
        for d in sorted(f.rng.sample(range(11), f.rng.randint(4, 5))):
            add(
                f,
                c,
                f.day(d, 8, 20),
                f.rng.choice(["social", "community"]),
                "post",
                f.pick(W.PRAISE, c.lang).format(horse=f.rng.choice(W.HORSES)),
            )
        happy_days(f, c, f.rng.randint(2, 4), 0, 11)
        d0 = f.rng.randint(12, 16)
        ids = slide(f, c, d0, spans[i])
        c.truth["trouble_starts_at"] = f.rows[[r[2]["event_id"] for r in f.rows].index(ids[0])][2][
            "occurred_at"
        ]
        if det:
            t4 = datetime.fromisoformat(
                f.rows[[r[2]["event_id"] for r in f.rows].index(ids[3])][2]["occurred_at"].replace(
                    "Z", "+00:00"
                )
            )
            n = f.rng.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=n,
                survey_event_id=survey(
                    f, c, night_safe(t4 + timedelta(hours=f.rng.uniform(2.5, 3.5))), nps=n
                ),
            )
    for _ in range(5):
        c = person(f, f.lang(), "slow_churner", "asks to cancel", ["churn_intent"], TOL_CANCEL)
        happy_days(f, c, f.rng.randint(4, 6), 0, 16)
        t = f.day(f.rng.randint(17, 23), 8, 19)
        eid = add(f, c, t, "email", "message", f.pick(W.CANCEL, c.lang), subject="Sellaro Club")
        add(
            f,
            c,
            night_safe(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            f.pick(W.SORRY_GO, c.lang),
            subject="Re: Sellaro Club",
            out=True,
        )
        ct = night_safe(t + timedelta(hours=f.rng.uniform(20, 30)))
        cid = add(
            f,
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/membership", "product": "Sellaro Club"},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(ct),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = person(f, f.lang(), "happy", "steady", [], [])
        happy_days(f, c, f.rng.randint(6, 10), 0, 32)
    for _ in range(5):
        c = person(f, f.lang(), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        ids = []
        d = f.rng.randint(0, 4)
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web", "review"])
            text = f.pick(W.GRUMBLE, c.lang)
            if ch == "review":
                ids.append(
                    add(
                        f,
                        c,
                        f.day(d),
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            elif ch == "web":
                ids.append(add(f, c, f.day(d), "web", "ticket", text, attrs={"page": "/contact"}))
            else:
                ids.append(add(f, c, f.day(d), ch, "post", text))
            d += f.rng.randint(1, 3)
        c.truth.update(grumble_event_ids=ids)
    for _ in range(5):
        c = person(f, f.lang(), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy_days(f, c, f.rng.randint(4, 6), 0, 17)
        c.truth["sarcasm_event_id"] = add(
            f, c, f.day(f.rng.randint(17, 28)), "social", "post", f.pick(W.SARCASM, c.lang)
        )
    expect_counts(f, {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours", "QH", 5, datetime(2026, 8, 21, tzinfo=UTC), 3, "calm weekend with night owls"
    )
    for _ in range(16):
        c = person(f, f.lang(), "happy", "day writer", [], [])
        happy_days(f, c, f.rng.randint(1, 3), 0, 3, 7, 17.5)
    for i in range(4):
        c = person(f, f.lang(), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.day(f.rng.randint(0, 2), 9, 17)
        add(f, c, t, "web", "page_view", attrs={"page": "/lessons"})
        gt = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            c.truth["grumble_event_id"] = add(f, c, gt, "chat", "chat", f.pick(W.MILD, c.lang))
            add(f, c, gt + timedelta(minutes=4), "chat", "chat", f.pick(W.ACK, c.lang), out=True)
        else:
            c.truth["grumble_event_id"] = add(
                f, c, gt, "web", "ticket", f.pick(W.MILD, c.lang), attrs={"page": "/contact"}
            )
            add(
                f,
                c,
                gt + timedelta(minutes=30),
                "email",
                "message",
                f.pick(W.ACK, c.lang),
                subject="Sellaro",
                out=True,
            )
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = person(f, f.lang(), "night_owl", f"night {night + 1}, burst {b + 1}", [], [])
                t = bs + timedelta(minutes=f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    eid = add(
                        f,
                        c,
                        t,
                        "chat",
                        "chat",
                        f.pick(W.NIGHT_Q, c.lang).format(horse=f.rng.choice(W.HORSES)),
                    )
                    add(
                        f,
                        c,
                        t + timedelta(minutes=4),
                        "chat",
                        "chat",
                        f.pick(W.ANSWER, c.lang),
                        out=True,
                    )
                    add(f, c, t + timedelta(minutes=8), "chat", "chat", f.pick(W.THANKS, c.lang))
                else:
                    eid = add(
                        f,
                        c,
                        t,
                        f.rng.choice(["social", "community"]),
                        "post",
                        f.pick(W.NIGHT_POST, c.lang).format(horse=f.rng.choice(W.HORSES)),
                    )
                c.truth.update(burst_at=iso(bs), night_event_id=eid)
                if f.rng.random() < 0.5:
                    happy_act(f, c, f.day(f.rng.randint(0, 2), 9, 17.5))
    expect_counts(f, {})
    return f


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers writing in two languages",
    )
    pairs = [
        ("en", "fr"),
        ("fr", "en"),
        ("fr", "de"),
        ("de", "fr"),
        ("en", "es"),
        ("fr", "it"),
        ("it", "fr"),
        ("en", "pt"),
        ("pt", "fr"),
        ("fr", "es"),
        ("es", "en"),
        ("en", "de"),
    ]
    mk = {"en": "IE", "fr": "BE", "de": "CH", "es": "ES", "it": "CH", "pt": "LU"}

    def mk_person(
        i: int, persona: str, habit: str, exp: list[str], tol: list[str]
    ) -> tuple[Cust, list[str]]:
        a, b = pairs[i % len(pairs)]
        c = person(
            f,
            a,
            persona,
            habit,
            exp,
            tol,
            market=mk[a] if f.rng.random() < 0.5 else mk[b],
            languages=[a, b],
            job_second_language="partner's family / work across the border",
        )
        return c, [a, b]

    for i in range(12):
        c, ls = mk_person(i, "happy", "alternates languages", [], [])
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = ls[k % 2]
            happy_act(f, c, f.day(d))
        c.lang = ls[0]
    for i in range(5):
        c, ls = mk_person(i + 3, "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        happy_days(f, c, f.rng.randint(1, 3), 0, 2)
        times = [2, 2, 3, 3, 4][i]
        start_t = f.day(f.rng.randint(2, 5))
        c.lang = ls[0]
        eid, ref = complaint(f, c, start_t, "web", f.rng.choice(W.PROBLEMS))
        assert ref
        if times >= 3:
            add(
                f,
                c,
                night_safe(start_t + timedelta(hours=2)),
                "email",
                "message",
                f.pick(W.QUALITY, c.lang).format(case=ref),
                subject=f"Re: {ref}",
                out=True,
            )
        ids, t = [eid], start_t
        comp = None
        for k in range(1, times):
            t = night_safe(t + timedelta(hours=f.rng.uniform(4, 40)))
            c.lang = ls[k % 2]
            if k == 2:
                comp = f.rng.choice(COMPS)
                text = f.pick(W.THIRD, c.lang).format(case=ref, comp=comp)
            elif k == 3:
                text = f.pick(W.FOURTH, c.lang).format(case=ref)
            else:
                text = f.pick(W.STILL, c.lang).format(case=ref)
            ch = ["email", "chat", "social"][k - 1]
            ids.append(
                add(
                    f,
                    c,
                    t,
                    ch,
                    {"email": "message", "chat": "chat", "social": "mention"}[ch],
                    text,
                    subject=f"Re: {ref}" if ch == "email" else None,
                )
            )
        c.lang = ls[0]
        c.truth.update(
            booking=ref,
            contacts=times,
            problem_event_ids=ids,
            trouble_starts_at=iso(start_t),
            competitor=comp,
            agent_passed_on=times >= 3,
        )
    for i in range(5):
        c, ls = mk_person(i + 6, "slow_churner", "slides", ["sentiment_drop"], TOL_SLIDE)
        for k, d in enumerate(range(0, 6)):
            c.lang = ls[k % 2]
            add(
                f,
                c,
                f.day(d),
                f.rng.choice(["social", "community"]),
                "post",
                f.pick(W.PRAISE, c.lang).format(horse=f.rng.choice(W.HORSES)),
            )
        c.lang = ls[0]
        happy_days(f, c, f.rng.randint(1, 3), 0, 6)
        ids = slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), lang_of=ls)
        c.truth["trouble_starts_at"] = next(
            r[2]["occurred_at"] for r in f.rows if r[2]["event_id"] == ids[0]
        )
    for i in range(3):
        c, ls = mk_person(i, "happy_one_bad_day", "one bad day", [], ["silence"])
        happy_days(f, c, f.rng.randint(2, 4), 0, 5)
        c.lang = ls[1] if i else "fr"
        t = f.day(f.rng.randint(7, 11))
        eid, ref = complaint(
            f, c, t, ["email", "email", "chat"][i], f.rng.choice(W.PROBLEMS), long=i == 0
        )
        if i < 2 and ref:
            add(
                f,
                c,
                night_safe(t + timedelta(hours=2)),
                "email",
                "message",
                f.pick(W.GOOD_NEWS, c.lang).format(case=ref),
                subject=f"Re: {ref}",
                out=True,
            )
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=c.lang,
            booking=ref,
            trouble_starts_at=iso(t),
        )
        c.lang = ls[0]
    for i in range(2):
        c, ls = mk_person(i + 9, "resolved_between_contacts", "fixed", [], ["silence"])
        pr = fixed_case(
            f, c, f.day(f.rng.randint(2, 8)), "web", f.rng.choice(W.PROBLEMS), confirm_lang=ls[1]
        )
        c.truth.update(problems=[pr], trouble_starts_at=pr["raised_at"], confirm_language=ls[1])
    expect_counts(f, {"repeat_contact": 5, "sentiment_drop": 5})
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts", "BB", 7, datetime(2026, 10, 5, tzinfo=UTC), 14, "Sellaro Pro group accounts"
    )
    kinds: list[tuple[str, str | None, int, int]] = [
        ("at_risk", "invoice", 3, 5),
        ("at_risk", "portal", 3, 4),
        ("at_risk", "service_blocked", 3, 5),
        ("at_risk", "overbilled", 4, 6),
        ("at_risk", "invoice", 4, 5),
    ]
    kinds += (
        [("one_unhappy", p, 1, 3) for p in W.B2B_PROBLEMS]
        + [("mild", None, 2, 3), ("mild", None, 2, 4), ("mild", None, 2, 3)]
        + [("happy", None, 0, 3)] * 3
    )
    langs = [
        "fr",
        "en",
        "fr",
        "de",
        "en",
        "fr",
        "en",
        "es",
        "it",
        "pt",
        "fr",
        "en",
        "de",
        "fr",
        "en",
    ]
    sites = [
        "clinic",
        "school",
        "hotel",
        "company",
        "council",
        "camp",
        "university",
        "charity",
        "company",
        "school",
        "clinic",
        "hotel",
        "company",
        "school",
        "camp",
    ]
    days_fr = {
        "en": "Wednesday",
        "fr": "mercredi",
        "de": "Mittwoch",
        "es": "miércoles",
        "it": "mercoledì",
        "pt": "quarta",
    }
    for ai, (kind, prob, unhappy, n) in enumerate(kinds):
        lang = langs[ai]
        market = MARKETS[lang][ai % len(MARKETS[lang])]
        acc = f"SLP-{market}-{4100 + ai * 13}"
        company = f"{['Haras', 'Clinique', 'Ecole', 'Group', 'Centre'][ai % 5]} {LAST[lang][ai % len(LAST[lang])]} {ai + 1}"
        domain = strip_accents(company).lower().replace(" ", "-") + ".example"
        contacts: list[Cust] = []
        for k in range(n):
            comp_role = k < unhappy
            if kind == "at_risk" and comp_role:
                persona, exp, tol = (
                    "b2b_unhappy",
                    (["repeat_contact"] if k == unhappy - 1 else ["detractor"]),
                    TOL_B2B_UNHAPPY,
                )
            elif kind == "one_unhappy" and comp_role:
                persona, exp, tol = (
                    "b2b_one_unhappy",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif kind == "mild" and comp_role:
                persona, exp, tol = "b2b_mild", [], ["silence"]
            else:
                persona, exp, tol = "b2b_happy", [], []
            role = (
                "complainer"
                if comp_role and kind in ("at_risk", "one_unhappy")
                else "suggests"
                if comp_role
                else "contact"
            )
            c = person(
                f,
                lang,
                persona,
                role,
                exp,
                tol,
                account=acc,
                market=market,
                domain=domain,
                company=company,
                role=role,
                job_title=[
                    "Office manager",
                    "HR lead",
                    "Activities coordinator",
                    "Head teacher",
                    "Facilities lead",
                    "Finance assistant",
                ][k % 6],
            )
            contacts.append(c)
            if role == "contact":
                for d in sorted(
                    f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4))
                ):
                    t = f.day(d, 8, 16.5)
                    r = f.rng.random()
                    if r < 0.45:
                        add(f, c, t, "chat", "chat", f.pick(W.B2B_Q, lang))
                        add(
                            f,
                            c,
                            t + timedelta(minutes=f.rng.randint(1, 6)),
                            "chat",
                            "chat",
                            f.pick(W.ANSWER, lang),
                            out=True,
                        )
                        if f.rng.random() < 0.6:
                            add(
                                f,
                                c,
                                t + timedelta(minutes=9),
                                "chat",
                                "chat",
                                f.pick(W.THANKS, lang),
                            )
                    elif r < 0.65:
                        add(f, c, t, "community", "post", f.pick(W.B2B_PRAISE, lang))
                    elif r < 0.85:
                        add(f, c, t, "web", "page_view", attrs={"page": "/pro/portal"})
                        add(
                            f,
                            c,
                            t + timedelta(minutes=6),
                            "web",
                            "purchase",
                            attrs={
                                "order_value": "420.00",
                                "currency": "GBP" if market == "UK" else "EUR",
                                "product": "Group session, 12 riders",
                                "page": "/pro/checkout",
                            },
                        )
                    else:
                        survey(f, c, t, nps=f.rng.randint(9, 10))
            else:
                for d in f.rng.sample([0, 1], f.rng.randint(0, 2)):
                    add(f, c, f.day(d, 8, 16.5), "web", "page_view", attrs={"page": "/pro/portal"})
        acct: dict[str, Any] = {
            "company": company,
            "site": sites[ai],
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "kind": kind,
            "language": lang,
            "country": market,
            "tolerated_rules": [],
        }
        comps = contacts[:unhappy]
        if kind == "at_risk":
            t = f.start + timedelta(days=2, hours=f.rng.uniform(8, 11))
            ref = ""
            first = comps[0]
            for k, c in enumerate(comps):
                if k:
                    t = t + timedelta(hours=f.rng.uniform(8, 28))
                    while t.hour < 8 or t.hour >= 17 or t.weekday() >= 5:
                        t = t.replace(hour=8, minute=f.rng.randint(0, 50)) + (
                            timedelta(days=1) if t.hour >= 17 or t.weekday() >= 5 else timedelta()
                        )
                    text = f.pick(W.B2B_LATER, lang).format(
                        first=first.name.split()[0],
                        day=days_fr[lang],
                        case=ref,
                        problem=f.pick(W.B2B_COMPLAINT[str(prob)], lang),
                    )
                    eid = add(f, c, t, "email", "message", text, subject=f"Re: {ref}")
                else:
                    eid = add(
                        f,
                        c,
                        t,
                        "email",
                        "message",
                        f.pick(W.B2B_COMPLAINT[str(prob)], lang),
                        subject=f.pick(W.SUBJECT, lang),
                    )
                    ref = f.case()
                    add(
                        f,
                        c,
                        t + timedelta(minutes=f.rng.randint(15, 40)),
                        "email",
                        "message",
                        f.pick(W.CASE_OPENED, lang).format(case=ref),
                        subject=f"Re: {ref}",
                        out=True,
                    )
                ids = [eid]
                c.truth.update(
                    problem=prob, booking=ref, trouble_starts_at=iso(t), complaint_event_ids=ids
                )
                if k < len(comps) - 1:
                    nps = f.rng.randint(1, 5)
                    c.truth.update(
                        nps_given=True,
                        nps=nps,
                        survey_event_id=survey(
                            f, c, t + timedelta(hours=f.rng.uniform(1, 3)), nps=nps
                        ),
                    )
                else:
                    lt = t + timedelta(hours=f.rng.uniform(18, 40))
                    while lt.hour < 8 or lt.hour >= 17 or lt.weekday() >= 5:
                        lt = lt + timedelta(hours=1)
                    if ai == 0:
                        comp = f.rng.choice(COMPS)
                        ids.append(
                            add(
                                f,
                                c,
                                lt,
                                "email",
                                "message",
                                f.pick(W.B2B_LAST_MAIL, lang).format(case=ref, comp=comp),
                                subject=f"Re: {ref}",
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            add(
                                f,
                                c,
                                lt,
                                "phone",
                                "call",
                                f.pick(W.B2B_LAST_CALL, lang).format(case=ref),
                            )
                        )
            acct.update(
                unhappy_contacts=unhappy,
                unhappy_contact_keys=[c.key for c in comps],
                at_risk=True,
                expected_rules=["account_risk"],
                same_problem=prob,
                trouble_starts_at=comps[0].truth["trouble_starts_at"],
            )
        elif kind == "one_unhappy":
            c = comps[0]
            t = f.day(f.rng.randint(3, 4) if f.rng.random() < 0.5 else f.rng.randint(7, 9), 8, 16)
            eid = add(
                f,
                c,
                t,
                "email",
                "message",
                f.pick(W.B2B_COMPLAINT[str(prob)], lang),
                subject=f.pick(W.SUBJECT, lang),
            )
            ref = f.case()
            add(
                f,
                c,
                t + timedelta(minutes=30),
                "email",
                "message",
                f.pick(W.CASE_OPENED, lang).format(case=ref),
                subject=f"Re: {ref}",
                out=True,
            )
            nps = f.rng.randint(1, 5)
            c.truth.update(
                problem=prob,
                booking=ref,
                trouble_starts_at=iso(t),
                complaint_event_ids=[eid],
                nps_given=True,
                nps=nps,
                survey_event_id=survey(f, c, t + timedelta(hours=2), nps=nps),
            )
            acct.update(
                unhappy_contacts=1,
                unhappy_contact_keys=[c.key],
                at_risk=False,
                expected_rules=[],
                same_problem=None,
                trouble_starts_at=None,
            )
        else:
            for c in comps:
                t = f.day(f.rng.choice([2, 3, 4, 7, 8]), 8, 16)
                c.truth.update(
                    mild_event_id=add(
                        f,
                        c,
                        t,
                        "web",
                        "ticket",
                        f.pick(W.B2B_MILD, lang),
                        attrs={"page": "/pro/contact"},
                    ),
                    trouble_starts_at=iso(t),
                )
                add(
                    f,
                    c,
                    t + timedelta(minutes=40),
                    "email",
                    "message",
                    f.pick(W.ACK, lang),
                    subject="Sellaro Pro",
                    out=True,
                )
            acct.update(
                unhappy_contacts=0,
                unhappy_contact_keys=[],
                at_risk=False,
                expected_rules=[],
                same_problem=None,
                trouble_starts_at=None,
            )
        f.accounts[acc] = acct
    expect_counts(f, {"account_risk": 5, "detractor": 16, "repeat_contact": 5})
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "calm week with one planted spike",
    )
    for _ in range(40):
        c = person(f, f.lang(), "happy", "day writer", [], [])
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            happy_act(f, c, f.day(d, 12, 19) if d == 5 else f.day(d))
    for i in range(2):
        c = person(f, ["en", "fr"][i], "grumbles_once", "grumbles once", [], ["silence"])
        t = f.day(0, 9, 16)
        c.truth.update(
            grumble_event_id=add(f, c, t, "chat", "chat", f.pick(W.SPIKE_GRUMBLE, c.lang)),
            trouble_starts_at=iso(t),
        )
        add(f, c, t + timedelta(minutes=4), "chat", "chat", f.pick(W.ACK, c.lang), out=True)
    for i, (lang, hm) in enumerate([("en", (9, 40)), ("fr", (16, 5))]):
        c = person(f, lang, "grumbles_once", "lone question", [], ["silence"])
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        c.truth.update(
            lone_report_event_id=add(f, c, t, "chat", "chat", f.pick(W.LONE_Q, lang)),
            trouble_starts_at=iso(t),
        )
        add(f, c, t + timedelta(minutes=3 + i), "chat", "chat", f.pick(W.LONE_A, lang), out=True)
    s0 = datetime(2026, 11, 7, 8, 15, tzinfo=UTC)
    langs = ["en"] * 6 + ["fr"] * 6 + ["de", "de", "es", "es", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    ids, keys, rep_ids = [], [], []
    early = [i for i, o in enumerate(offs) if o <= 20]
    repeaters = set(f.rng.sample(early, 6))
    fixed = set(f.rng.sample([i for i in range(20) if i not in repeaters], 6))
    for i in range(20):
        rep = i in repeaters
        regular = i < 12
        c = person(
            f,
            langs[i],
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
            in_spike=True,
            regular=regular,
        )
        if regular:
            happy_act(f, c, f.day(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i], seconds=f.rng.randint(0, 50) if 0 < offs[i] < 45 else 0)
        ch = chans[i]
        text = f.pick(W.SPIKE, c.lang)
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
            text,
            subject="W/LIM-311" if ch == "email" else None,
            attrs={"page": "/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            add(
                f,
                c,
                t + timedelta(minutes=2),
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_ANSWER, c.lang),
                out=True,
            )
        ids.append(eid)
        keys.append(c.key)
        c.truth.update(spike_event_id=eid, spike_channel=ch, trouble_starts_at=iso(t))
        if rep:
            rch = f.rng.choice([x for x in ["email", "chat", "community"] if x != ch])
            rt = t + timedelta(minutes=f.rng.randint(15, 45))
            rid = add(
                f,
                c,
                rt,
                rch,
                {"email": "message", "chat": "chat", "community": "post"}[rch],
                f.pick(W.SPIKE_AGAIN, c.lang),
                subject="Re: W/LIM-311" if rch == "email" else None,
            )
            rep_ids.append(rid)
            c.truth["repeat_event_id"] = rid
        if i in fixed:
            add(
                f,
                c,
                datetime(2026, 11, 7, 11, 8, tzinfo=UTC) + timedelta(minutes=i % 9),
                "email",
                "message",
                f.pick(W.SPIKE_FIXED, c.lang),
                subject="W/LIM-311",
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "planted incident",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rep_ids,
    }
    expect_counts(f, {"topic_spike": 1, "repeat_contact": 6})
    return f


FAMILIES = [
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    bilingual,
    b2b_accounts,
    topic_spike,
]


def write(f: Fam) -> None:
    rows = sorted(f.rows, key=lambda r: (r[0], r[1]))
    seen: set[str] = set()
    for _t, _n, row, owner in rows:
        if row["direction"] == "inbound" and owner not in seen:
            row["customer"] = dict(f.raw[owner])
            seen.add(owner)
    last = rows[-1][0]
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    if end >= LIMIT:
        end = LIMIT - timedelta(minutes=1)
    expected = expect_counts(f, _count(f))
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Sellaro (riding school and stables; Sellaro Pro for groups)",
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": "2026-12-05, blind",
            "expected": expected,
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": f.customers,
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.jsonl").write_text(
        "".join(json.dumps(r[2], ensure_ascii=False) + "\n" for r in rows), "utf-8"
    )
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
    )


def _count(f: Fam) -> dict[str, int]:
    got: dict[str, int] = {}
    for cu in f.customers.values():
        for r in cu["expected_rules"]:
            got[r] = got.get(r, 0) + 1
    for a in f.accounts.values():
        for r in a["expected_rules"]:
            got[r] = got.get(r, 0) + 1
    if f.spike:
        got["topic_spike"] = 1
    return got


def main() -> None:
    for make in FAMILIES:
        write(make())


if __name__ == "__main__":
    main()
