# ruff: noqa: E501
"""Generate heldout149 (Nevado, mountain-gear hire). Standard library only, seeded, deterministic."""

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
BRAND = "Nevado"
COMPS = ("Pistalo", "Schneeflux")
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
LANG_W = [("es", 30), ("de", 30), ("en", 10), ("fr", 10), ("it", 10), ("pt", 10)]
MARKETS: dict[str, list[tuple[str, int]]] = {
    "es": [("ES", 1)],
    "de": [("DE", 6), ("AT", 3), ("CH", 2)],
    "en": [("UK", 3), ("IE", 1)],
    "fr": [("FR", 3), ("BE", 1), ("CH", 1)],
    "it": [("IT", 3), ("CH", 1)],
    "pt": [("PT", 1)],
}
PHONES = {
    "ES": ("+34", "6", 9),
    "DE": ("+49", "15", 11),
    "AT": ("+43", "66", 10),
    "CH": ("+41", "7", 9),
    "UK": ("+44", "7", 10),
    "IE": ("+353", "8", 9),
    "FR": ("+33", "6", 9),
    "BE": ("+32", "4", 9),
    "IT": ("+39", "3", 10),
    "PT": ("+351", "9", 9),
}
SOURCES = {
    "email": "nevado-mail",
    "phone": "nevado-voice",
    "social": "nevado-social",
    "community": "nevado-forum",
    "chat": "nevado-chat",
    "web": "nevado-web",
    "survey": "nevado-survey",
}
SILENCE = ["silence"]
T_REPEAT = ["churn_intent", "competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
T_SLIDE = ["churn_intent", "competitor_mention", "high_value_at_risk", "repeat_contact", "silence"]
T_LEAVE = ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
T_B2B = [
    "account_risk",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
USED: set[str] = set()


def uniq(make: Any) -> str:
    for _ in range(1000):
        v = str(make())
        if v not in USED:
            USED.add(v)
            return v
    raise SystemExit("could not make a unique identifier")


def slug(s: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", s.lower()) if ch.isascii() and ch.isalnum()
    )


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]
    langs: tuple[str, ...] = ()

    @property
    def first(self) -> str:
        return str(self.truth["name"]).split()[0]


@dataclass
class Row:
    seq: int
    eid: str
    t: datetime
    ckey: str
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
    start: datetime
    days: int
    about: str
    expected: dict[str, int]
    n: int
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)


def fmt(s: str, **kw: Any) -> str:
    return s.format(brand=BRAND, **kw)


def weighted(r: random.Random, items: list[tuple[str, int]]) -> str:
    return r.choices([a for a, _ in items], [w for _, w in items])[0]


def at(f: Fam, day: float, hour: float) -> datetime:
    return f.start + timedelta(days=day, hours=hour)


def rand_at(f: Fam, day: int, lo: float, hi: float) -> datetime:
    return at(f, day, 0) + timedelta(minutes=f.rng.randint(int(lo * 60), int(hi * 60) - 1))


def unnight(f: Fam, t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 59))
    if t.hour < 7:
        return t.replace(hour=8, minute=f.rng.randint(0, 59))
    return t


def office(f: Fam, t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
        if t.hour >= 17 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 50))
        else:
            t = t.replace(hour=8, minute=f.rng.randint(0, 50))
    return t


def money(c: Cust, eur: int) -> str:
    if c.market == "CH":
        return f"CHF {round(eur * 0.94)}"
    if c.market == "UK":
        return f"£{round(eur * 0.86)}"
    return f"€{eur}" if c.lang == "en" else f"{eur} €"


def spoken(c: Cust, eur: int) -> str:
    if c.market == "CH":
        return f"{round(eur * 0.94)} Franken" if c.lang == "de" else f"{round(eur * 0.94)} francs"
    if c.market == "UK":
        return f"{round(eur * 0.86)} pounds"
    return f"{eur} euros"


def case_ref(f: Fam) -> str:
    return uniq(lambda: f"NV-{f.rng.randint(100000, 999999)}")


def product(f: Fam) -> tuple[dict[str, str], int]:
    season = "winter" if f.start.month in (1, 2, 3, 4, 10, 11, 12) else "summer"
    items = [(p, e) for p, e, s in W.PRODUCTS if s in (season, "any")]
    return f.rng.choice(items)


def roughen(r: random.Random, text: str) -> str:
    if r.random() < 0.1:
        text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
        text = "".join(ch if ch in "ßñÑ" else unicodedata.normalize("NFKD", ch)[0] for ch in text)
    if r.random() < 0.125 and text[:1].isupper() and text[1:2].islower():
        text = text[0].lower() + text[1:]
    if r.random() < 1 / 7:
        words = text.split(" ")
        cand = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if cand:
            i = r.choice(cand)
            w = words[i]
            j = r.randint(1, len(w) - 3)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def transcript(text: str) -> str:
    out = "".join(ch for ch in text if ch not in ",.!?¡¿;:()'")
    out = " ".join(out.split())
    return out[:1].lower() + out[1:]


def add(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    kind: str,
    text: str | None,
    *,
    subject: str | None = None,
    out: bool = False,
    scores: dict[str, int | None] | None = None,
    attrs: dict[str, str] | None = None,
    agent: str | None = None,
) -> str:
    if t < f.start or t >= LIMIT or t.year != 2026:
        raise SystemExit(f"{f.name}: time out of window {t}")
    if text is not None:
        text = text.replace("{brand}", BRAND)
    if text is not None and not out and channel not in ("phone", "survey"):
        text = roughen(f.rough, text)
    if text is not None and channel == "social" and c.account is None and not out:
        text = (
            text[::-1].replace(BRAND[::-1], ("@" + BRAND)[::-1], 1)[::-1]
            if BRAND in text
            else f"@{BRAND} {text}"
        )
    a = {"market": c.market}
    if c.account:
        a["segment"] = "b2b"
    a.update(attrs or {})
    if agent:
        a["agent"] = agent
    seq = len(f.rows) + 1
    eid = f"nv149-{f.code.lower()}-{seq:05d}"
    f.rows.append(Row(seq, eid, t, c.key, channel, kind, out, text, subject, scores or {}, a))
    return eid


def person(
    f: Fam,
    persona: str,
    habit: str,
    expected: list[str] | None = None,
    tolerated: list[str] | None = None,
    lang: str | None = None,
    account: str | None = None,
    domain: str | None = None,
    market: str | None = None,
) -> Cust:
    r = f.rng
    lang = lang or weighted(r, LANG_W)
    market = market or weighted(r, MARKETS[lang])
    first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
    key = uniq(lambda: f"NV{f.code}{r.randint(1000, 9999)}")
    if domain:
        email = uniq(lambda: f"{slug(r.choice(W.FIRST[lang]))}.{slug(last)}@{domain}")
        first = email.split(".")[0].capitalize()
    else:
        email = uniq(
            lambda: (
                f"{slug(first)}.{slug(last)}{r.randint(1, 99)}@{r.choice(['correo', 'mailbox', 'posteo', 'webmail'])}.example"
            )
        )
    cc, pre, n = PHONES[market]
    phone = uniq(lambda: cc + pre + "".join(r.choice("0123456789") for _ in range(n - len(pre))))
    handle = (
        None
        if account
        else uniq(
            lambda: r.choice(
                [
                    f"@{slug(last)}_{slug(first)}{r.randint(1, 99)}",
                    f"@{slug(first)}{slug(last)}{r.randint(1, 99)}",
                    f"@{slug(first)}_{slug(last)}",
                ]
            )
        )
    )
    exp, tol = sorted(expected or []), sorted(tolerated or [])
    truth: dict[str, Any] = {
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
        "country": market,
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
        "job": r.choice(W.JOBS[lang]),
        "town": r.choice(W.TOWNS[market]),
    }
    c = Cust(key, lang, market, email, phone, handle, account, truth)
    f.custs[key] = c
    return c


def agent(f: Fam) -> str:
    return str(f.rng.choice(W.AGENTS))


def chat_pair(f: Fam, c: Cust, t: datetime, q: str, a: str, thanks: bool = True) -> datetime:
    add(f, c, t, "chat", "chat", q)
    t2 = t + timedelta(minutes=f.rng.randint(1, 6))
    add(f, c, t2, "chat", "chat", a, out=True, agent=agent(f))
    if thanks and f.rng.random() < 0.6:
        t2 += timedelta(minutes=f.rng.randint(1, 5))
        add(f, c, t2, "chat", "chat", f.rng.choice(W.THANKS[c.lang]))
    return t2


HAPPY = ("praise", "again", "gripe", "chat", "email", "phone", "purchase", "view", "review")


def happy_act(f: Fam, c: Cust, t: datetime, kinds: tuple[str, ...] = HAPPY) -> None:
    r, L = f.rng, c.lang
    k = r.choice(kinds)
    p, eur = product(f)
    if k in ("praise", "again"):
        ch = r.choice(["social", "community"])
        add(
            f,
            c,
            t,
            ch,
            "mention" if ch == "social" else "post",
            fmt(r.choice(W.PRAISE[L] if k == "praise" else W.AGAIN[L]), prod=p[L]),
        )
    elif k == "gripe":
        add(
            f,
            c,
            t,
            "web",
            "review",
            fmt(r.choice(W.GRIPE[L]), prod=p[L]),
            attrs={"rating": "4", "page": "/reviews"},
        )
    elif k == "review":
        add(
            f,
            c,
            t,
            "web",
            "review",
            r.choice(W.REVIEW[L]),
            attrs={"rating": "5", "page": "/reviews"},
        )
    elif k == "chat":
        q, a = r.choice(W.CHAT_Q[L])
        chat_pair(f, c, t, fmt(q, prod=p[L]), a)
    elif k == "email":
        s, q, a = r.choice(W.EMAIL_Q[L])
        add(f, c, t, "email", "message", q, subject=s)
        add(
            f,
            c,
            unnight(f, t + timedelta(minutes=r.randint(60, 240))),
            "email",
            "message",
            fmt(a, agent=agent(f)),
            subject="RE: " + s,
            out=True,
        )
    elif k == "phone":
        q, a = r.choice(W.PHONE_Q[L])
        add(f, c, t, "phone", "call", fmt(q, prod=p[L]))
        add(
            f,
            c,
            t + timedelta(minutes=r.randint(10, 40)),
            "email",
            "message",
            fmt(a, agent=agent(f)),
            out=True,
        )
    elif k == "purchase":
        add(f, c, t, "web", "page_view", None, attrs={"page": "/app/hire"})
        cur, val = (
            ("GBP", eur * 0.86)
            if c.market == "UK"
            else ("CHF", eur * 0.94)
            if c.market == "CH"
            else ("EUR", float(eur))
        )
        add(
            f,
            c,
            t + timedelta(minutes=r.randint(3, 15)),
            "web",
            "purchase",
            None,
            attrs={
                "order_value": f"{val:.2f}",
                "currency": cur,
                "product": f"{p['en']} / {p['es']}",
                "page": "/app/hire",
            },
        )
    else:
        add(f, c, t, "web", "page_view", None, attrs={"page": r.choice(W.PAGES)})


def happy_days(
    f: Fam,
    c: Cust,
    n: int,
    days: list[int],
    lo: float = 7,
    hi: float = 19,
    kinds: tuple[str, ...] = HAPPY,
) -> None:
    for d in sorted(f.rng.sample(days, min(n, len(days)))):
        happy_act(f, c, rand_at(f, d, lo, hi), kinds)


def survey(
    f: Fam,
    c: Cust,
    t: datetime,
    nps: int | None = None,
    csat: int | None = None,
    ces: int | None = None,
    word: bool = True,
) -> str:
    text = f.rng.choice(W.SURVEY_WORDS[c.lang]) if word and f.rng.random() < 0.6 else None
    return add(
        f,
        c,
        t,
        "survey",
        "survey_response",
        text,
        scores={"nps": nps, "csat": csat, "ces": ces},
        attrs={"survey": "nps" if nps is not None else "csat" if csat is not None else "ces"},
    )


def core(c: Cust, problem: str, spoken_: bool = False) -> str:
    amt = spoken(c, 120) if spoken_ else money(c, 120)
    return str(W.PROBLEM[problem][c.lang][1]).format(amt=amt)


def complaint(f: Fam, c: Cust, t: datetime, problem: str, mode: str) -> tuple[str, str | None]:
    """One complaint; returns (event id, case reference or None)."""
    r, L = f.rng, c.lang
    topic = W.PROBLEM[problem][L][0]
    subj = W.SUBJECT_COMPLAINT[L].format(topic=topic)
    ref: str | None = case_ref(f)
    if mode == "long":
        eid = add(
            f,
            c,
            t,
            "email",
            "message",
            r.choice(W.LONG[L]).format(core=core(c, problem), name=c.truth["name"]),
            subject=subj,
        )
    elif mode == "email":
        eid = add(
            f,
            c,
            t,
            "email",
            "message",
            r.choice(W.SHORT[L]).format(core=core(c, problem)),
            subject=subj,
        )
    elif mode == "web":
        eid = add(
            f,
            c,
            t,
            "web",
            "ticket",
            r.choice(W.SHORT[L]).format(core=core(c, problem)),
            subject=subj,
            attrs={"page": "/help/contact"},
        )
    elif mode == "phone":
        eid = add(f, c, t, "phone", "call", transcript(core(c, problem, True)))
    elif mode == "chat":
        eid = add(f, c, t, "chat", "chat", core(c, problem))
        add(
            f,
            c,
            t + timedelta(minutes=r.randint(1, 4)),
            "chat",
            "chat",
            W.CHAT_CASE[L].format(case=ref),
            out=True,
            agent=agent(f),
        )
        return eid, ref
    else:
        eid = add(
            f, c, t, "social", "mention", fmt(r.choice(W.SOCIAL_ANGRY[L]), core=core(c, problem))
        )
        return eid, None
    add(
        f,
        c,
        t + timedelta(minutes=r.randint(10, 40)),
        "email",
        "message",
        W.CASE_OPENED[L].format(first=c.first, case=ref, agent=agent(f)),
        subject=W.SUBJECT_CASE[L].format(case=ref),
        out=True,
    )
    return eid, ref


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- families


def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = person(f, "happy", "day writer")
        happy_days(f, c, f.rng.randint(5, 8), list(range(f.days)))
    for _ in range(5):
        c = person(f, "happy", "night writer")
        nights = f.rng.sample(range(f.days - 1), f.rng.randint(2, 4))
        for d in nights:
            t = at(f, d, 22.2) + timedelta(minutes=f.rng.randint(0, 6 * 60 + 15))
            if f.rng.random() < 0.5:
                add(f, c, t, "social", "post", f.rng.choice(W.NIGHT_POST[c.lang]))
            else:
                q, a = f.rng.choice(W.NIGHT_Q[c.lang])
                chat_pair(f, c, t, q, a)
        happy_days(
            f,
            c,
            f.rng.randint(2, 3),
            [d for d in range(f.days) if d not in nights],
            9,
            18,
            ("praise", "purchase", "view", "review"),
        )
    for _ in range(5):
        c = person(f, "happy", "answers surveys")
        for d in sorted(f.rng.sample(range(f.days), f.rng.randint(3, 6))):
            kind = f.rng.choice(["nps", "csat", "ces"])
            t = rand_at(f, d, 8, 20)
            survey(
                f,
                c,
                t,
                nps=f.rng.randint(9, 10) if kind == "nps" else None,
                csat=f.rng.randint(4, 5) if kind == "csat" else None,
                ces=f.rng.randint(6, 7) if kind == "ces" else None,
            )


def one_bad_day(f: Fam) -> None:
    modes = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    f.rng.shuffle(problems)
    with_case = [i for i, m in enumerate(modes) if m != "social"]
    nps_i = set(f.rng.sample(with_case, 6))
    csat_i = set(f.rng.sample([i for i in with_case if i not in nps_i], 5))
    good_i = f.rng.sample(with_case, 12)
    apol_i = set(good_i[:5])
    for i, mode in enumerate(modes):
        lang = ("es" if i < 2 else "de") if mode == "long" else None
        det = i in nps_i
        c = person(
            f,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            SILENCE,
            lang=lang,
        )
        d = f.rng.randint(2, 9)
        t = rand_at(f, d, 8, 20)
        eid, ref = complaint(f, c, t, problems[i], mode)
        c.truth.update(
            {
                "problem": problems[i],
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "booking": ref,
                "channel": mode,
                "long_email": mode == "long",
                "agent_fixed": i in good_i,
                "apologised": i in apol_i,
                "nps_given": det,
                "csat_given": i in csat_i,
            }
        )
        if det:
            n = f.rng.randint(1, 5)
            c.truth.update(
                {
                    "nps": n,
                    "survey_event_id": survey(
                        f, c, t + timedelta(minutes=f.rng.randint(100, 140)), nps=n, word=False
                    ),
                }
            )
        elif i in csat_i:
            n = f.rng.randint(1, 2)
            c.truth.update(
                {
                    "csat": n,
                    "survey_event_id": survey(
                        f, c, t + timedelta(minutes=f.rng.randint(40, 80)), csat=n, word=False
                    ),
                }
            )
        if i in good_i:
            tg = unnight(f, t + timedelta(minutes=f.rng.randint(60, 240)))
            add(
                f,
                c,
                tg,
                "email",
                "message",
                W.GOOD_NEWS[c.lang].format(first=c.first, case=ref, agent=agent(f)),
                subject=W.SUBJECT_CASE[c.lang].format(case=ref),
                out=True,
            )
            if i in apol_i:
                ta = unnight(f, t + timedelta(hours=f.rng.randint(16, 24)))
                ta = max(ta, tg + timedelta(hours=1))
                ch = f.rng.choice(["chat", "email"])
                c.truth.update(
                    {
                        "apology_at": iso(ta),
                        "apology_event_id": add(
                            f,
                            c,
                            ta,
                            ch,
                            "chat" if ch == "chat" else "message",
                            f.rng.choice(W.APOLOGY[c.lang]),
                        ),
                    }
                )
        days = [x for x in range(f.days) if x <= d - 2 or x >= d + 3]
        happy_days(
            f,
            c,
            f.rng.randint(1, 5),
            days,
            kinds=("praise", "again", "chat", "purchase", "view", "review", "gripe"),
        )
    for _ in range(8):
        c = person(f, "happy", "control")
        happy_days(f, c, f.rng.randint(4, 7), list(range(f.days)))


LATER_CH = ["email", "chat", "phone", "web", "social"]


def contact(f: Fam, c: Cust, t: datetime, ch: str, text: str, ref: str) -> str:
    L = c.lang
    if ch == "chat":
        eid = add(f, c, t, "chat", "chat", text)
        add(
            f,
            c,
            t + timedelta(minutes=f.rng.randint(1, 5)),
            "chat",
            "chat",
            W.URGENT[L].format(case=ref),
            out=True,
            agent=agent(f),
        )
        return eid
    if ch == "phone":
        return add(f, c, t, "phone", "call", transcript(text))
    if ch == "email":
        return add(f, c, t, "email", "message", text, subject=W.SUBJECT_CASE[L].format(case=ref))
    if ch == "web":
        return add(
            f,
            c,
            t,
            "web",
            "ticket",
            text,
            subject=W.SUBJECT_CASE[L].format(case=ref),
            attrs={"page": "/help/contact"},
        )
    return add(f, c, t, "social", "mention", text)


def repeat_run(f: Fam, c: Cust, first_day: int, times: int, first_ch: str, passed_on: bool) -> None:
    r, L = f.rng, c.lang
    problem = r.choice(W.PROBLEMS)
    t = rand_at(f, first_day, 8, 19)
    mode = {"web": "web", "email": "email", "chat": "chat", "phone": "phone"}[first_ch]
    eid, ref0 = complaint(f, c, t, problem, mode)
    ref = ref0 or case_ref(f)
    ids = [eid]
    if passed_on:
        add(
            f,
            c,
            t + timedelta(minutes=r.randint(90, 150)),
            "email",
            "message",
            W.QUALITY[L].format(first=c.first, case=ref, agent=agent(f)),
            subject=W.SUBJECT_CASE[L].format(case=ref),
            out=True,
        )
    chans = [x for x in LATER_CH if x != first_ch]
    r.shuffle(chans)
    comp = r.choice(COMPS) if times >= 3 else None
    for k in range(1, times):
        t = unnight(f, t + timedelta(hours=r.randint(4, 40)))
        if k == 2:
            text = W.THIRD[L].format(case=ref, comp=comp)
        elif k == 3:
            text = W.FOURTH[L].format(case=ref)
        else:
            text = r.choice(W.STILL[L]).format(case=ref, core=core(c, problem))
        ids.append(contact(f, c, t, chans[k - 1], text, ref))
    c.truth.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": times,
            "channels": [first_ch, *chans[: times - 1]],
            "agent_passed_on": passed_on,
            "problem_event_ids": ids,
            "competitor": comp,
            "trouble_starts_at": f.rows[[x.eid for x in f.rows].index(ids[0])].t.strftime(
                "%Y-%m-%dT%H:%M:%SZ"
            ),
        }
    )


def fixed_case(
    f: Fam, c: Cust, t: datetime, problem: str, ch: str, confirm_lang: str | None = None
) -> dict[str, Any]:
    eid, ref0 = complaint(f, c, t, problem, ch)
    ref = ref0 or case_ref(f)
    tg = unnight(f, t + timedelta(hours=f.rng.randint(3, 20)))
    L = c.lang
    if confirm_lang:
        c.lang = confirm_lang
    add(
        f,
        c,
        tg,
        "email",
        "message",
        W.GOOD_NEWS[c.lang].format(first=c.first, case=ref, agent=agent(f)),
        subject=W.SUBJECT_CASE[c.lang].format(case=ref),
        out=True,
    )
    tc = unnight(f, tg + timedelta(hours=f.rng.randint(8, 30)))
    cch = f.rng.choice(["email", "chat"])
    cid = add(
        f, c, tc, cch, "message" if cch == "email" else "chat", W.CONFIRM[c.lang].format(case=ref)
    )
    c.lang = L
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(tg),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts(f: Fam) -> None:
    times = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    for i in range(12):
        c = person(f, "repeat_contact", "repeats", ["repeat_contact"], T_REPEAT)
        happy_days(f, c, 1, [0], 7, 12, ("praise", "purchase", "view"))
        repeat_run(f, c, f.rng.randint(1, 4), times[i], firsts[i], i % 2 == 0)
    for _ in range(5):
        c = person(f, "resolved_between_contacts", "fixed", [], SILENCE)
        happy_days(f, c, 1, [0], 7, 12, ("praise", "view"))
        pr = fixed_case(
            f,
            c,
            rand_at(f, f.rng.randint(1, 4), 8, 18),
            f.rng.choice(W.PROBLEMS),
            f.rng.choice(["email", "web", "chat"]),
        )
        c.truth.update({"problems": [pr], "trouble_starts_at": pr["raised_at"]})
    for _ in range(3):
        c = person(f, "different_problems", "two problems", [], SILENCE)
        a, b = f.rng.sample(W.PROBLEMS, 2)
        p1 = fixed_case(f, c, rand_at(f, 1, 8, 18), a, "email")
        p2 = fixed_case(f, c, rand_at(f, f.rng.randint(5, 6), 8, 18), b, "web")
        c.truth.update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
    for _ in range(7):
        c = person(f, "happy", "frequent writer")
        happy_days(
            f,
            c,
            f.rng.randint(5, 8),
            list(range(f.days)),
            kinds=("chat", "chat", "email", "phone", "praise"),
        )


def slide(
    f: Fam, c: Cust, start_day: int, span: int, nps: bool, langs: tuple[str, ...] = ()
) -> None:
    r = f.rng
    comp = r.choice(COMPS)
    t = rand_at(f, start_day, 8, 12)
    ids = []
    step_days = (
        sorted(r.sample(range(span + 1), 6))
        if span >= 5
        else sorted([r.randint(0, span) for _ in range(6)])
    )
    prev = t
    L0 = c.lang
    for k in range(6):
        if langs:
            c.lang = langs[k % 2]
        tk = unnight(
            f, at(f, start_day + step_days[k], 0) + timedelta(minutes=r.randint(8 * 60, 20 * 60))
        )
        tk = max(tk, prev + timedelta(hours=1))
        tk = unnight(f, tk)
        prev = tk
        ch = r.choice(["social", "community", "review"])
        text = fmt(W.SLIDE[c.lang][k], comp=comp)
        if ch == "review":
            ids.append(
                add(
                    f,
                    c,
                    tk,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(add(f, c, tk, ch, "mention" if ch == "social" else "post", text))
        if k == 3 and nps:
            n = r.randint(1, 5)
            c.truth.update(
                {
                    "nps": n,
                    "nps_given": True,
                    "survey_event_id": survey(
                        f,
                        c,
                        unnight(f, tk + timedelta(minutes=r.randint(150, 210))),
                        nps=n,
                        word=False,
                    ),
                }
            )
            prev = max(prev, tk + timedelta(minutes=211))
    c.lang = L0
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(f.rows[[x.eid for x in f.rows].index(ids[0])].t),
        }
    )


def slow_churners(f: Fam) -> None:
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        nps = i < 5
        c = person(
            f,
            "slow_churner",
            "slides",
            ["sentiment_drop", *(["detractor"] if nps else [])],
            T_SLIDE,
        )
        happy_days(f, c, f.rng.randint(4, 5), list(range(11)), kinds=("praise", "again"))
        happy_days(
            f, c, f.rng.randint(2, 4), list(range(11)), kinds=("chat", "purchase", "view", "review")
        )
        slide(f, c, f.rng.randint(12, 16), spans[i], nps)
    for _ in range(5):
        c = person(f, "slow_churner", "asks to cancel", ["churn_intent"], T_LEAVE)
        happy_days(f, c, f.rng.randint(4, 6), list(range(16)))
        t = rand_at(f, f.rng.randint(17, 23), 8, 18)
        s, text = f.rng.choice(W.LEAVE[c.lang])
        eid = add(f, c, t, "email", "message", fmt(text), subject=s)
        add(
            f,
            c,
            unnight(f, t + timedelta(hours=f.rng.randint(1, 5))),
            "email",
            "message",
            W.SORRY_GO[c.lang].format(first=c.first, agent=agent(f)),
            subject="RE: " + s,
            out=True,
        )
        tc = t + timedelta(hours=f.rng.randint(20, 30))
        cid = add(
            f,
            c,
            unnight(f, tc),
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/season", "product": "Nevado Season"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(unnight(f, tc)),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = person(f, "happy", "steady")
        happy_days(f, c, f.rng.randint(6, 10), list(range(f.days)))
    for _ in range(5):
        c = person(f, "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d, ids = f.rng.randint(0, 4), []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web", "review"])
            t = rand_at(f, d, 8, 20)
            text = f.rng.choice(W.GRUMBLES[c.lang])
            if ch == "review":
                ids.append(
                    add(f, c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(add(f, c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(add(f, c, t, ch, "post", text))
            d += f.rng.randint(1, 3)
        happy_days(f, c, f.rng.randint(0, 2), list(range(f.days)), kinds=("purchase",))
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": iso(f.rows[[x.eid for x in f.rows].index(ids[0])].t),
            }
        )
    for _ in range(5):
        c = person(f, "happy_one_sarcastic_remark", "happy", [], SILENCE)
        d = f.rng.randint(17, 28)
        happy_days(f, c, f.rng.randint(4, 6), [x for x in range(f.days) if x != d])
        c.truth["sarcasm_event_id"] = add(
            f, c, rand_at(f, d, 9, 20), "social", "mention", fmt(f.rng.choice(W.SARCASM[c.lang]))
        )


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = person(f, "happy", "day writer")
        happy_days(
            f,
            c,
            f.rng.randint(1, 3),
            [0, 1, 2],
            7,
            17.5,
            ("praise", "again", "chat", "purchase", "view", "review"),
        )
    for i in range(4):
        c = person(f, "grumbles_once", "grumbles once", [], SILENCE)
        t = rand_at(f, f.rng.randint(0, 2), 9, 16)
        add(f, c, t, "web", "page_view", None, attrs={"page": "/stores"})
        q, a = f.rng.choice(W.MILD[c.lang])
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            c.truth["grumble_event_id"] = add(f, c, t2, "chat", "chat", q)
            add(f, c, t2 + timedelta(minutes=3), "chat", "chat", a, out=True, agent=agent(f))
        else:
            c.truth["grumble_event_id"] = add(
                f, c, t2, "web", "ticket", q, attrs={"page": "/help/contact"}
            )
            add(f, c, t2 + timedelta(minutes=25), "email", "message", a, out=True, agent=agent(f))
        c.truth["trouble_starts_at"] = iso(t2)
    for night in (1, 2, 3):
        b0 = at(f, night, 0) + timedelta(minutes=f.rng.randint(40, 65))
        for b, off in enumerate((0, f.rng.randint(28, 33), f.rng.randint(55, 65))):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = person(f, "night_owl", f"night {night}, burst {b + 1}")
                t = bs + timedelta(minutes=f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    q, a = f.rng.choice(W.NIGHT_Q[c.lang])
                    add(f, c, t, "chat", "chat", q)
                    nid = f.rows[-1].eid
                    add(f, c, t + timedelta(minutes=2), "chat", "chat", a, out=True, agent=agent(f))
                    add(
                        f,
                        c,
                        t + timedelta(minutes=4),
                        "chat",
                        "chat",
                        f.rng.choice(W.THANKS[c.lang]),
                    )
                else:
                    nid = add(f, c, t, "social", "post", f.rng.choice(W.NIGHT_POST[c.lang]))
                c.truth.update({"burst_at": iso(bs), "night_event_id": nid})
                if f.rng.random() < 0.5:
                    happy_act(
                        f,
                        c,
                        rand_at(f, f.rng.randint(0, 2), 9, 17.5),
                        ("praise", "purchase", "view"),
                    )


PAIRS = (
    [("es", "de")] * 4
    + [("de", "es")] * 4
    + [
        ("es", "en"),
        ("es", "en"),
        ("en", "es"),
        ("en", "es"),
        ("de", "en"),
        ("de", "en"),
        ("de", "fr"),
        ("fr", "de"),
        ("es", "pt"),
        ("pt", "es"),
        ("es", "it"),
        ("it", "es"),
        ("de", "it"),
        ("en", "de"),
        ("fr", "es"),
        ("it", "de"),
        ("pt", "de"),
        ("es", "fr"),
        ("de", "pt"),
    ]
)


def bilingual(f: Fam) -> None:
    pairs = list(PAIRS)
    f.rng.shuffle(pairs)
    plan = ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 2
    rep_times = [2, 2, 3, 3, 4]
    bad_modes = ["long", "email", "chat"]
    for i, kind in enumerate(plan):
        a, b = pairs[i]
        if kind == "bad" and bad_modes[0] == "long":
            a, b = ("es", "de")
        mk = {
            "es": "ES",
            "de": f.rng.choice(["DE", "AT", "CH"]),
            "en": f.rng.choice(["UK", "IE"]),
            "fr": f.rng.choice(["FR", "BE"]),
            "it": "IT",
            "pt": "PT",
        }[a]
        if kind == "happy":
            c = person(f, "happy", "alternates languages", lang=a, market=mk)
            for k, d in enumerate(sorted(f.rng.sample(range(f.days), f.rng.randint(5, 8)))):
                c.lang = (a, b)[k % 2]
                happy_act(f, c, rand_at(f, d, 7, 19))
        elif kind == "repeat":
            c = person(
                f, "repeat_contact", "repeats", ["repeat_contact"], T_REPEAT, lang=a, market=mk
            )
            happy_days(f, c, f.rng.randint(1, 2), [0, 1], kinds=("praise", "view"))
            n = rep_times.pop(0)
            c.lang = b
            repeat_run(f, c, f.rng.randint(2, 5), n, f.rng.choice(["email", "web", "chat"]), n >= 3)
        elif kind == "slide":
            c = person(f, "slow_churner", "slides", ["sentiment_drop"], T_SLIDE, lang=a, market=mk)
            for k, d in enumerate(range(6)[:5]):
                c.lang = (a, b)[k % 2]
                happy_act(f, c, rand_at(f, d, 8, 19), ("praise",))
            c.lang = a
            happy_days(
                f, c, f.rng.randint(1, 3), list(range(6)), kinds=("purchase", "view", "chat")
            )
            slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), False, (a, b))
        elif kind == "bad":
            mode = bad_modes.pop(0)
            c = person(f, "happy_one_bad_day", "one bad day", [], SILENCE, lang=a, market=mk)
            happy_days(f, c, 3, [0, 1, 2, 3], kinds=("praise", "view", "purchase"))
            c.lang = b
            t = rand_at(f, f.rng.randint(7, 10), 9, 18)
            eid, ref = complaint(f, c, t, f.rng.choice(W.PROBLEMS), mode)
            if mode != "chat":
                add(
                    f,
                    c,
                    unnight(f, t + timedelta(hours=f.rng.randint(1, 4))),
                    "email",
                    "message",
                    W.GOOD_NEWS[b].format(first=c.first, case=ref, agent=agent(f)),
                    out=True,
                )
            if mode == "email":
                ta = unnight(f, t + timedelta(hours=f.rng.randint(18, 24)))
                c.truth.update(
                    {
                        "apologised": True,
                        "apology_event_id": add(
                            f, c, ta, "chat", "chat", f.rng.choice(W.APOLOGY[b])
                        ),
                    }
                )
            c.lang = a
            c.truth.update(
                {
                    "bad_day_at": iso(t),
                    "bad_day_event_id": eid,
                    "bad_day_language": b,
                    "booking": ref,
                    "trouble_starts_at": iso(t),
                    "long_email": mode == "long",
                }
            )
        else:
            c = person(f, "resolved_between_contacts", "fixed", [], SILENCE, lang=a, market=mk)
            pr = fixed_case(
                f, c, rand_at(f, f.rng.randint(3, 6), 9, 17), f.rng.choice(W.PROBLEMS), "web", b
            )
            c.truth.update(
                {"problems": [pr], "trouble_starts_at": pr["raised_at"], "confirm_language": b}
            )
        c.lang = a
        c.truth["languages"] = [a, b]
        c.truth["job_second_language"] = f.rng.choice(
            ["works across the border", "partner's language", "grew up abroad", "studied abroad"]
        )


ACCOUNTS = [
    ("at_risk", 5, 3, "portal", "DE", "de", "school"),
    ("at_risk", 4, 3, "invoice", "DE", "de", "ski club"),
    ("at_risk", 5, 4, "invoice", "ES", "es", "hotel"),
    ("at_risk", 6, 4, "overbilled", "ES", "es", "school"),
    ("at_risk", 4, 3, "service_blocked", "FR", "fr", "outdoor centre"),
    ("one_unhappy", 3, 1, "service_blocked", "DE", "de", "hotel"),
    ("one_unhappy", 3, 1, "overbilled", "PT", "pt", "school"),
    ("one_unhappy", 3, 1, "portal", "IT", "it", "ski club"),
    ("one_unhappy", 3, 1, "invoice", "UK", "en", "travel agency"),
    ("mild", 4, 0, "", "DE", "de", "school"),
    ("mild", 3, 0, "", "ES", "es", "hotel"),
    ("mild", 4, 0, "", "PT", "pt", "mountain guides"),
    ("happy", 4, 0, "", "AT", "de", "ski club"),
    ("happy", 4, 0, "", "ES", "es", "school"),
    ("happy", 4, 0, "", "IE", "en", "travel agency"),
]
COMPANIES = [
    "Colegio Valle Alto",
    "Skiclub Alpspitze",
    "Gymnasium Lechfeld",
    "Hotel Peñas Blancas",
    "Club des Cimes",
    "Hotel Wetterstein",
    "Escola da Serra",
    "Sci Club Valfurva",
    "Summit Trips Ltd",
    "Realschule Isartal",
    "Hostal Collado",
    "Guias do Norte",
    "SC Stubai",
    "IES Pirineo",
    "Peak Tours Dublin",
]


def b2b_routine(f: Fam, c: Cust, t: datetime, high: bool) -> None:
    r, L = f.rng, c.lang
    k = r.choice(["chat", "hire", "view", "praise", "survey"] if high else ["chat", "hire", "view"])
    if k == "chat":
        q, a = r.choice(B.CHAT[L])
        add(f, c, t, "chat", "chat", q)
        add(
            f,
            c,
            t + timedelta(minutes=r.randint(1, 6)),
            "chat",
            "chat",
            a,
            out=True,
            agent=agent(f),
        )
        if r.random() < 0.6:
            add(f, c, t + timedelta(minutes=8), "chat", "chat", B.THANKS[L])
    elif k == "hire":
        add(f, c, t, "web", "page_view", None, attrs={"page": "/grupos/portal"})
        add(
            f,
            c,
            t + timedelta(minutes=r.randint(3, 12)),
            "web",
            "purchase",
            None,
            attrs={
                "order_value": f"{r.randint(6, 30) * 100}.00",
                "currency": "GBP" if c.market == "UK" else "EUR",
                "product": "Group ski week kit / Material semana blanca",
                "page": "/grupos/portal",
            },
        )
    elif k == "view":
        add(f, c, t, "web", "page_view", None, attrs={"page": "/grupos/portal"})
    elif k == "praise":
        add(f, c, t, "community", "post", fmt(B.PRAISE[L]))
    else:
        kind = r.choice(["nps", "csat", "ces"])
        survey(
            f,
            c,
            t,
            nps=r.randint(9, 10) if kind == "nps" else None,
            csat=r.randint(4, 5) if kind == "csat" else None,
            ces=r.randint(6, 7) if kind == "ces" else None,
        )


def b2b_accounts(f: Fam) -> None:
    for i, (kind, n, unhappy, problem, market, lang, site) in enumerate(ACCOUNTS):
        acc = uniq(lambda m=market: f"NVG-{m}-{f.rng.randint(1000, 9999)}")
        domain = slug(COMPANIES[i]) + ".example"
        contacts: list[Cust] = []
        for j in range(n):
            if kind == "at_risk" and j < unhappy:
                last = j == unhappy - 1
                c = person(
                    f,
                    "b2b_unhappy",
                    "complainer",
                    ["repeat_contact"] if last else ["detractor"],
                    T_B2B,
                    lang=lang,
                    account=acc,
                    domain=domain,
                    market=market,
                )
                c.truth["role"] = "complainer"
            elif kind == "one_unhappy" and j == 0:
                c = person(
                    f,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["high_value_at_risk", "sentiment_drop", "silence"],
                    lang=lang,
                    account=acc,
                    domain=domain,
                    market=market,
                )
                c.truth["role"] = "complainer"
            elif kind == "mild" and j < 2:
                c = person(
                    f,
                    "b2b_mild",
                    "suggests",
                    [],
                    SILENCE,
                    lang=lang,
                    account=acc,
                    domain=domain,
                    market=market,
                )
                c.truth["role"] = "suggests"
            else:
                c = person(
                    f, "b2b_happy", "contact", lang=lang, account=acc, domain=domain, market=market
                )
                c.truth["role"] = "contact"
            c.truth.update({"company": COMPANIES[i], "job_title": f.rng.choice(B.TITLES)})
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
        unhappy_keys: list[str] = []
        trouble = None
        for c in contacts:
            role = c.truth["role"]
            if role == "contact":
                for d in sorted(
                    f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4))
                ):
                    b2b_routine(f, c, rand_at(f, d, 8, 16.5), True)
            else:
                for d in f.rng.sample([0, 1], f.rng.randint(0, 2)):
                    b2b_routine(f, c, rand_at(f, d, 8, 16.5), False)
        if kind == "at_risk":
            t = rand_at(f, 2, 8, 11)
            ref = case_ref(f)
            first_name = contacts[0].first
            ids_all = []
            for j in range(unhappy):
                c = contacts[j]
                body = B.CORE[problem][lang]
                if j == 0:
                    text = B.FIRST[lang].format(
                        core=body[:1].upper() + body[1:],
                        name=c.truth["name"],
                        title=c.truth["job_title"],
                    )
                else:
                    t = office(f, t + timedelta(hours=f.rng.randint(8, 28)))
                    text = B.LATER[lang].format(
                        other=first_name,
                        day={
                            "de": "am Mittwoch",
                            "es": "el miércoles",
                            "fr": "mercredi",
                            "en": "on Wednesday",
                            "it": "mercoledì",
                            "pt": "na quarta",
                        }[lang],
                        case=ref,
                        core=body,
                        name=c.truth["name"],
                    )
                t = office(f, t)
                eid = add(
                    f,
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=W.SUBJECT_COMPLAINT[lang].format(topic=problem.replace("_", " ")),
                )
                ids_all.append(eid)
                if j == 0:
                    trouble = iso(t)
                    add(
                        f,
                        c,
                        t + timedelta(minutes=f.rng.randint(20, 60)),
                        "email",
                        "message",
                        B.ACK[lang].format(case=ref, agent=agent(f)),
                        subject=W.SUBJECT_CASE[lang].format(case=ref),
                        out=True,
                    )
                c.truth.update(
                    {
                        "complaint_event_ids": [eid],
                        "booking": ref,
                        "problem": problem,
                        "trouble_starts_at": iso(t),
                    }
                )
                unhappy_keys.append(c.key)
                if j < unhappy - 1:
                    n_ = f.rng.randint(1, 5)
                    c.truth.update(
                        {
                            "nps": n_,
                            "nps_given": True,
                            "survey_event_id": survey(
                                f,
                                c,
                                t + timedelta(minutes=f.rng.randint(60, 180)),
                                nps=n_,
                                word=False,
                            ),
                        }
                    )
                else:
                    t2 = office(f, t + timedelta(hours=f.rng.randint(18, 40)))
                    if i == 0:
                        comp = f.rng.choice(COMPS)
                        e2 = add(
                            f,
                            c,
                            t2,
                            "email",
                            "message",
                            B.LAST_EMAIL[lang].format(case=ref, comp=comp),
                            subject=W.SUBJECT_CASE[lang].format(case=ref),
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = add(f, c, t2, "phone", "call", B.LAST_CALL[lang].format(case=ref))
                    c.truth["complaint_event_ids"].append(e2)
        elif kind == "one_unhappy":
            c = contacts[0]
            t = office(f, rand_at(f, f.rng.choice([3, 4, 7]), 8, 16))
            ref = case_ref(f)
            body = B.CORE[problem][lang]
            eid = add(
                f,
                c,
                t,
                "email",
                "message",
                B.FIRST[lang].format(
                    core=body[:1].upper() + body[1:],
                    name=c.truth["name"],
                    title=c.truth["job_title"],
                ),
                subject=W.SUBJECT_COMPLAINT[lang].format(topic=problem.replace("_", " ")),
            )
            add(
                f,
                c,
                t + timedelta(minutes=30),
                "email",
                "message",
                B.ACK[lang].format(case=ref, agent=agent(f)),
                subject=W.SUBJECT_CASE[lang].format(case=ref),
                out=True,
            )
            n_ = f.rng.randint(1, 5)
            c.truth.update(
                {
                    "complaint_event_ids": [eid],
                    "booking": ref,
                    "problem": problem,
                    "trouble_starts_at": iso(t),
                    "nps": n_,
                    "nps_given": True,
                    "survey_event_id": survey(
                        f, c, t + timedelta(minutes=f.rng.randint(60, 180)), nps=n_, word=False
                    ),
                }
            )
            unhappy_keys.append(c.key)
        elif kind == "mild":
            for c in contacts[:2]:
                t = office(f, rand_at(f, f.rng.choice([3, 4, 7, 8]), 9, 16))
                mid = add(
                    f,
                    c,
                    t,
                    "web",
                    "ticket",
                    f.rng.choice(B.SUGGEST[lang]),
                    attrs={"page": "/grupos/contact"},
                )
                add(
                    f,
                    c,
                    t + timedelta(minutes=40),
                    "email",
                    "message",
                    B.SUGGEST_ACK[lang].format(agent=agent(f)),
                    out=True,
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        f.accounts[acc] = {
            "company": COMPANIES[i],
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }


def topic_spike(f: Fam) -> None:
    r = f.rng
    for _ in range(40):
        c = person(f, "happy", "day writer")
        for d in sorted(r.sample(range(6), r.randint(1, 4))):
            happy_act(f, c, rand_at(f, d, 12, 19) if d == 5 else rand_at(f, d, 7, 19))
    for _ in range(2):
        c = person(f, "grumbles_once", "grumbles once", [], SILENCE)
        q, a = r.choice(W.MILD[c.lang])
        t = rand_at(f, 0, 9, 17)
        c.truth.update(
            {"grumble_event_id": add(f, c, t, "chat", "chat", q), "trouble_starts_at": iso(t)}
        )
        add(f, c, t + timedelta(minutes=3), "chat", "chat", a, out=True, agent=agent(f))
    for lang, hh in (("es", 9 + 40 / 60), ("de", 16 + 5 / 60)):
        c = person(f, "grumbles_once", "lone question", [], SILENCE, lang=lang)
        q, a = W.LONE[lang]
        t = at(f, 4, hh)
        c.truth.update(
            {"lone_report_event_id": add(f, c, t, "chat", "chat", q), "trouble_starts_at": iso(t)}
        )
        add(f, c, t + timedelta(minutes=4), "chat", "chat", a, out=True, agent=agent(f))
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    s0 = at(f, 5, 8.25)
    mins = sorted([0, 45, *r.sample(range(1, 45), 18)])
    early = [i for i, m in enumerate(mins) if m <= 20]
    rep = set(r.sample(early, 6))
    fixed = set(r.sample([i for i in range(20) if i not in rep], 6))
    again_ch = ["email", "email", "chat", "chat", "community", "community"]
    keys, eids, reids = [], [], []
    for i in range(20):
        regular = i < 12
        c = person(
            f,
            "spike_repeater" if i in rep else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if i in rep else [],
            ["sentiment_drop", "silence"] if i in rep else SILENCE,
            lang=langs[i],
        )
        if regular:
            happy_act(f, c, rand_at(f, 2, 8, 17.5))
        t = s0 + timedelta(minutes=mins[i])
        ch, L = chans[i], c.lang
        text = fmt(r.choice(W.SPIKE[L]))
        if ch == "chat":
            eid = add(f, c, t, "chat", "chat", text)
            add(
                f,
                c,
                t + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_A[L],
                out=True,
                agent=agent(f),
            )
        elif ch == "email":
            eid = add(f, c, t, "email", "message", text, subject=W.SPIKE_SUBJECT[L])
        elif ch == "web":
            eid = add(
                f,
                c,
                t,
                "web",
                "ticket",
                text,
                subject=W.SPIKE_SUBJECT[L],
                attrs={"page": "/help/contact"},
            )
        else:
            eid = add(f, c, t, ch, "mention" if ch == "social" else "post", text)
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if i in rep:
            ach = again_ch.pop(0)
            if ach == ch:
                ach = "community" if ch != "community" else "email"
            t2 = t + timedelta(minutes=r.randint(15, 50))
            if ach == "chat":
                e2 = add(f, c, t2, "chat", "chat", W.SPIKE_AGAIN[L])
            elif ach == "email":
                e2 = add(
                    f,
                    c,
                    t2,
                    "email",
                    "message",
                    W.SPIKE_AGAIN[L],
                    subject="RE: " + W.SPIKE_SUBJECT[L],
                )
            else:
                e2 = add(f, c, t2, "community", "post", W.SPIKE_AGAIN[L])
            reids.append(e2)
            c.truth["repeat_event_id"] = e2
        if i in fixed:
            local = "10:40" if c.market in ("UK", "IE", "PT") else "11:40"
            add(
                f,
                c,
                at(f, 5, 11) + timedelta(minutes=r.randint(8, 17)),
                "email",
                "message",
                W.SPIKE_FIXED[L].format(first=c.first, t=local, amt=money(c, 10), agent=agent(f)),
                subject=W.SPIKE_SUBJECT[L],
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "rented avalanche beacons switched to search mode by the app's pre-tour check, send cannot be restored",
        "about": "app beacon check (avalanche transceiver), error code",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
    }


FAMILIES: list[tuple[str, str, datetime, int, str, dict[str, int], Any]] = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers by day, by night and by survey",
        {},
        happy_writers,
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 6, tzinfo=UTC),
        12,
        "happy customers with one angry day",
        {"detractor": 6},
        one_bad_day,
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        "one problem raised again and again",
        {"repeat_contact": 12},
        repeat_contacts,
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 6, 22, tzinfo=UTC),
        32,
        "slides, leavers, grumpy, sarcastic",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
        slow_churners,
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        "a calm weekend with night owls",
        {},
        quiet_hours,
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "customers writing in two languages",
        {"repeat_contact": 5, "sentiment_drop": 5},
        bilingual,
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 9, 28, tzinfo=UTC),
        14,
        "Nevado Grupos accounts",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
        b2b_accounts,
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and one planted spike",
        {"topic_spike": 1, "repeat_contact": 6},
        topic_spike,
    ),
]


def ref_for(c: Cust, row: Row, first: bool) -> dict[str, str | None]:
    full = {
        "customer_id": c.key,
        "email": c.email,
        "phone": c.phone,
        "handle": c.handle,
        "account_id": c.account,
    }
    if row.out or first:
        return full
    out: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    h = row.seq
    if row.channel == "phone":
        cc = next(
            p[0]
            for p in PHONES.values()
            if c.phone.startswith(p[0]) and PHONES[c.market][0] == p[0]
        )
        out["phone"] = cc + " " + c.phone[len(cc) :] if h % 2 else c.phone
    elif row.channel in ("social", "community"):
        if c.handle:
            out["handle"] = c.handle if h % 5 else c.handle.lstrip("@")
        else:
            out["email"] = c.email
    elif row.channel == "email":
        out["email"] = c.email.upper() if h % 12 == 0 else c.email
    else:
        out["customer_id"] = c.key
    return out


def build(
    spec: tuple[str, str, datetime, int, str, dict[str, int], Any], n: int
) -> tuple[str, str]:
    name, code, start, days, about, expected, fn = spec
    f = Fam(name, code, start, days, about, expected, n)
    fn(f)
    f.rows.sort(key=lambda x: (x.t, x.seq))
    seen: set[str] = set()
    lines = []
    for row in f.rows:
        c = f.custs[row.ckey]
        first = not row.out and c.key not in seen
        if first:
            seen.add(c.key)
        rec = {
            "event_id": row.eid,
            "occurred_at": iso(row.t),
            "channel": row.channel,
            "kind": row.kind,
            "direction": "outbound" if row.out else "inbound",
            "customer": ref_for(c, row, first),
            "text": row.text,
            "subject": row.subject,
            "scores": {
                "nps": row.scores.get("nps"),
                "csat": row.scores.get("csat"),
                "ces": row.scores.get("ces"),
            },
            "source": SOURCES[row.channel],
            "attributes": row.attrs,
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    # refuse inconsistent truth
    got: dict[str, int] = {}
    for c in f.custs.values():
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{name}: {c.key} both expects and tolerates a rule")
        if c.key not in seen:
            raise SystemExit(f"{name}: {c.key} has no inbound touchpoint")
        for rule in c.truth["expected_rules"]:
            got[rule] = got.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            got[rule] = got.get(rule, 0) + 1
    if f.spike:
        got["topic_spike"] = 1
    if got != expected:
        raise SystemExit(f"{name}: expected {expected}, planted {got}")
    last = f.rows[-1].t + timedelta(hours=1)
    end = max(at(f, days, 0), last)
    if end >= LIMIT:
        raise SystemExit(f"{name}: end {end} out of window")
    truth = {
        "config": {
            "family": name,
            "about": about,
            "business": "Nevado: mountain-gear hire (skis, boards, touring kit, summer climbing kit), Nevado Season membership; Nevado Grupos for schools, clubs, hotels",
            "days": days,
            "seed": SEED * 100 + n,
            "written": "heldout149, blind",
            "expected": expected,
        },
        "start": iso(start),
        "end": iso(end),
        "customers": {k: c.truth for k, c in f.custs.items()},
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
    for n, spec in enumerate(FAMILIES, start=1):
        jsonl, truth = build(spec, n)
        (HERE / f"{spec[0]}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{spec[0]}.truth.json").write_text(truth, encoding="utf-8")


if __name__ == "__main__":
    main()
