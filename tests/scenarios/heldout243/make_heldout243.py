# ruff: noqa: E501
"""Build heldout243/ (Gelunda, artisan gelato by app and web): report only, never tune on it.

Standard library only; fixed seed, one ``random.Random`` per family (and one more
per family for roughening). Run ``python make_heldout243.py`` from anywhere.
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

SEED = 20261205
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
SOURCES = {
    "email": "gelunda-mail",
    "phone": "gelunda-voice",
    "social": "gelunda-social",
    "community": "gelunda-forum",
    "chat": "gelunda-chat",
    "web": "gelunda-web",
    "survey": "gelunda-survey",
}
AGENTS = ["Marta", "Yann", "Sam", "Birgit", "Paolo", "Rocío"]
PHONE = {
    "PT": ("+351", "9", 8),
    "LU": ("+352", "6", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "CH": ("+41", "7", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "DE": ("+49", "1", 10),
    "AT": ("+43", "6", 9),
    "IT": ("+39", "3", 9),
    "ES": ("+34", "6", 8),
}
NOTHING: list[str] = []
SILENCE = ["silence"]
REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDER_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVER_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
AT_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
ONE_UNHAPPY_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: set[str] = set()


def unique(rng: random.Random, make: Any) -> str:
    while True:
        value = str(make(rng))
        if value not in USED:
            USED.add(value)
            return value


def ascii_lower(text: str) -> str:
    flat = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in flat if ch.isascii() and ch.isalnum()).lower()


def iso(t: datetime) -> str:
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
    truth: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    n: int
    about: str
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    custs: list[Cust] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def t(self, day: float, h0: float, h1: float) -> datetime:
        minutes = self.rng.uniform(h0 * 60, h1 * 60)
        return self.start + timedelta(days=day, minutes=round(minutes))

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        market: str | None = None,
        handle: bool = True,
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        rng = self.rng
        first = rng.choice(W.FIRST[lang])
        last = rng.choice(W.LAST[lang])
        mk = market or rng.choice(W.MARKETS[lang])
        key = unique(rng, lambda r: f"GL{self.code}{r.randint(1000, 9999)}")
        dom = (
            domain or rng.choice(["correio", "mailbox", "posteo", "netmail", "inbox"]) + ".example"
        )
        email = unique(
            rng, lambda r: f"{ascii_lower(first)}.{ascii_lower(last)}{r.randint(1, 99)}@{dom}"
        )
        cc, lead, rest = PHONE[mk]
        phone = unique(
            rng, lambda r: cc + lead + "".join(str(r.randint(0, 9)) for _ in range(rest))
        )
        hd = None
        if handle and account is None:
            hd = unique(
                rng,
                lambda r: (
                    "@"
                    + r.choice(
                        [
                            f"{ascii_lower(last)}_{ascii_lower(first)}{r.randint(1, 9)}",
                            f"{ascii_lower(first)}{ascii_lower(last)}{r.randint(10, 99)}",
                            f"{ascii_lower(first)}_{ascii_lower(last)[:4]}",
                        ]
                    )
                ),
            )
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": hd,
                "account_id": account,
            },
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lang, mk, f"{first} {last}", email, phone, hd, account, truth)
        self.custs.append(c)
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        lang: str | None = None,
    ) -> str:
        eid = f"h243-{self.code.lower()}-{len(self.rows) + 1:05d}"
        a: dict[str, str] = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        sc = {"nps": None, "csat": None, "ces": None} | (scores or {})
        self.rows.append(
            {
                "_t": t,
                "_c": c,
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "text": text,
                "subject": subject,
                "scores": sc,
                "source": SOURCES.get(channel, "gelunda-web"),
                "attributes": a,
            }
        )
        return eid


def pick(rng: random.Random, table: dict[str, list[str]], lang: str, **kw: str) -> str:
    return rng.choice(table[lang]).format(**kw)


def spoken(text: str) -> str:
    words = []
    for w in text.replace("\n", " ").split():
        w = w.strip(".,!?;:()'\"¿¡>…")
        if not w or not any(ch.isalnum() for ch in w):
            continue
        words.append(w if any(ch.isdigit() for ch in w) else w.lower())
    return " ".join(words)


def unnight(rng: random.Random, t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 59))
    if t.hour < 7:
        return t.replace(hour=8, minute=rng.randint(0, 59))
    return t


def office(rng: random.Random, t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        if (t.hour >= 8 and t.weekday() < 5 and t.hour >= 17) or t.weekday() >= 5 or t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 50))
        else:
            t = t.replace(hour=8, minute=rng.randint(0, 50))
    return t


def case_ref(rng: random.Random) -> str:
    return unique(rng, lambda r: f"GL-{r.randint(100000, 999999)}")


def money(c: Cust, eur: int) -> tuple[str, str]:
    if c.market == "UK":
        return f"{eur * 0.86:.2f}", "GBP"
    if c.market == "CH":
        return f"{eur * 0.94:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


# ----------------------------------------------------------------- happy acts --
def happy(
    f: Fam, c: Cust, t: datetime, lang: str | None = None, allow_survey: bool = False
) -> None:
    rng = f.rng
    lg = lang or c.lang
    kinds = ["praise", "again", "gripe", "chat", "phone", "buy", "view", "review"] + (
        ["survey"] if allow_survey else []
    )
    k = rng.choice(kinds)
    if k in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN_PRAISE, "gripe": W.PRAISE_GRIPE}[k]
        ch = rng.choice(["social", "community"])
        f.add(c, t, ch, "mention" if ch == "social" else "post", pick(rng, table, lg), lang=lg)
    elif k == "chat":
        f.add(c, t, "chat", "chat", pick(rng, W.QUESTION, lg), lang=lg)
        f.add(
            c,
            t + timedelta(minutes=rng.randint(1, 6)),
            "chat",
            "chat",
            pick(rng, W.ANSWER, lg),
            out=True,
        )
        if rng.random() < 0.6:
            f.add(
                c,
                t + timedelta(minutes=rng.randint(7, 12)),
                "chat",
                "chat",
                pick(rng, W.THANKS, lg),
                lang=lg,
            )
    elif k == "phone":
        f.add(c, t, "phone", "call", pick(rng, W.PHONE_Q, lg))
        f.add(
            c,
            t + timedelta(minutes=rng.randint(15, 60)),
            "email",
            "message",
            pick(rng, W.FOLLOWUP, lg),
            out=True,
        )
    elif k == "buy":
        prod, eur = rng.choice(W.PRODUCTS)
        f.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        val, cur = money(c, eur)
        f.add(
            c,
            t + timedelta(minutes=rng.randint(3, 15)),
            "web",
            "purchase",
            attrs={"order_value": val, "currency": cur, "product": prod, "page": "/checkout"},
        )
    elif k == "view":
        f.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
    elif k == "review":
        f.add(
            c,
            t,
            "web",
            "review",
            pick(rng, W.REVIEW, lg),
            attrs={"rating": str(rng.choice([4, 5, 5])), "page": "/avaliacoes"},
            lang=lg,
        )
    else:
        survey(f, c, t, lg)


def survey(f: Fam, c: Cust, t: datetime, lg: str) -> None:
    rng = f.rng
    s = rng.choice(["nps", "csat", "ces"])
    val = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[s]
    word = rng.choice(W.SURVEY_WORD[lg])
    f.add(c, t, "survey", "survey_response", word or None, scores={s: val}, attrs={"survey": s})


def happy_days(
    f: Fam, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 19, lang: str | None = None
) -> None:
    for d in sorted(f.rng.sample(days, min(n, len(days)))):
        happy(f, c, f.t(d, h0, h1), lang)


def channel_kind(ch: str) -> str:
    return {
        "email": "message",
        "phone": "call",
        "chat": "chat",
        "web": "ticket",
        "social": "mention",
        "community": "post",
    }[ch]


def complain(
    f: Fam,
    c: Cust,
    t: datetime,
    ch: str,
    problem: str,
    lang: str | None = None,
    long_mail: bool = False,
) -> str:
    rng = f.rng
    lg = lang or c.lang
    topic = W.TOPIC[lg][problem]
    body = rng.choice(W.COMPLAINT[lg][problem])
    if ch == "phone":
        return f.add(c, t, "phone", "call", spoken(pick(rng, W.ANGRY_CALL, lg, topic=topic)))
    if long_mail:
        text = rng.choice(W.LONG_EMAIL[lg]).format(problem=body, name=c.name.split()[0])
        return f.add(
            c,
            t,
            "email",
            "message",
            text,
            subject=W.SUBJ_COMPLAINT[lg].format(topic=topic),
            lang=lg,
        )
    subject = W.SUBJ_COMPLAINT[lg].format(topic=topic) if ch == "email" else None
    attrs = {"page": "/ajuda/contacto"} if ch == "web" else None
    return f.add(c, t, ch, channel_kind(ch), body, subject=subject, attrs=attrs, lang=lg)


def reply_case(f: Fam, c: Cust, t: datetime, ch: str, case: str, lang: str | None = None) -> str:
    lg = lang or c.lang
    if ch == "chat":
        return f.add(
            c,
            t + timedelta(minutes=f.rng.randint(2, 5)),
            "chat",
            "chat",
            pick(f.rng, W.CASE_OPENED, lg, case=case),
            out=True,
        )
    when = unnight(f.rng, t + timedelta(minutes=f.rng.randint(10, 40)))
    return f.add(
        c,
        when,
        "email",
        "message",
        pick(f.rng, W.CASE_OPENED, lg, case=case),
        out=True,
        subject=W.SUBJ_CASE[lg].format(case=case),
    )


def fixed_case(
    f: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    first_ch: str,
    confirm_lang: str | None = None,
    lang: str | None = None,
) -> dict[str, Any]:
    rng = f.rng
    lg = lang or c.lang
    case = case_ref(rng)
    e1 = complain(f, c, t, first_ch, problem, lg)
    reply_case(f, c, t, first_ch, case, lg)
    good = unnight(rng, t + timedelta(hours=rng.uniform(3, 20)))
    f.add(
        c,
        good,
        "email",
        "message",
        pick(rng, W.GOOD_NEWS, lg, case=case),
        out=True,
        subject=W.SUBJ_CASE[lg].format(case=case),
    )
    cl = confirm_lang or lg
    cch = rng.choice(["email", "chat"])
    ct = unnight(rng, good + timedelta(hours=rng.uniform(8, 30)))
    e2 = f.add(
        c,
        ct,
        cch,
        channel_kind(cch),
        pick(rng, W.CONFIRM, cl, case=case),
        subject=W.SUBJ_CASE[cl].format(case=case) if cch == "email" else None,
        lang=cl,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(good),
        "confirmed_at": iso(ct),
        "problem_event_ids": [e1],
        "confirm_event_id": e2,
        "channel": first_ch,
        "confirm_channel": cch,
    }


def repeat_run(
    f: Fam,
    c: Cust,
    t: datetime,
    contacts: int,
    problem: str,
    first_ch: str,
    passed_on: bool,
    langs: list[str] | None = None,
) -> None:
    rng = f.rng
    lgs = langs or [c.lang]
    case = case_ref(rng)
    ids = [complain(f, c, t, first_ch, problem, lgs[0])]
    if passed_on:
        if first_ch == "chat":
            reply_case(f, c, t, "chat", case, lgs[0])
        f.add(
            c,
            t + timedelta(minutes=rng.randint(90, 150)),
            "email",
            "message",
            pick(rng, W.QUALITY_LEAD, lgs[0], case=case),
            out=True,
            subject=W.SUBJ_CASE[lgs[0]].format(case=case),
        )
    else:
        reply_case(f, c, t, first_ch, case, lgs[0])
    chans = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    rng.shuffle(chans)
    comp = rng.choice(W.COMPETITORS) if contacts >= 3 else None
    cur = t
    for i in range(1, contacts):
        lg = lgs[i % len(lgs)]
        cur = unnight(rng, cur + timedelta(hours=rng.uniform(4, 40)))
        ch = chans[i - 1]
        text = pick(rng, W.STILL_OPEN, lg, case=case, topic=W.TOPIC[lg][problem])
        if i == 2 and comp:
            text += " " + pick(rng, W.THIRD, lg, comp=comp)
        if i == 3:
            text += " " + pick(rng, W.FOURTH, lg)
        if ch == "phone":
            ids.append(f.add(c, cur, "phone", "call", spoken(text)))
        else:
            subj = W.SUBJ_CASE[lg].format(case=case) if ch == "email" else None
            ids.append(
                f.add(
                    c,
                    cur,
                    ch,
                    channel_kind(ch),
                    text,
                    subject=subj,
                    attrs={"page": "/ajuda/contacto"} if ch == "web" else None,
                    lang=lg,
                )
            )
        if ch == "chat":
            f.add(
                c,
                cur + timedelta(minutes=rng.randint(2, 5)),
                "chat",
                "chat",
                pick(rng, W.URGENT, lg, case=case),
                out=True,
            )
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": contacts,
            "channels": [first_ch, *chans[: contacts - 1]],
            "channel": first_ch,
            "agent_passed_on": passed_on,
            "problem_event_ids": ids,
            "competitor": comp,
            "trouble_starts_at": iso(t),
        }
    )


def slide(
    f: Fam, c: Cust, start: datetime, span: float, langs: list[str] | None = None
) -> list[str]:
    rng = f.rng
    lgs = langs or [c.lang]
    comp = rng.choice(W.COMPETITORS)
    offsets = sorted(rng.uniform(0, span * 24) for _ in range(4))
    times = [start]
    for h in [*offsets, span * 24]:
        nxt = unnight(rng, start + timedelta(hours=h))
        times.append(max(nxt, times[-1] + timedelta(hours=1, minutes=rng.randint(0, 40))))
    ids = []
    for i, when in enumerate(times):
        lg = lgs[i % len(lgs)]
        text = W.SLIDE[lg][i].format(comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    when,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/avaliacoes"},
                    lang=lg,
                )
            )
        else:
            ids.append(f.add(c, when, ch, channel_kind(ch), text, lang=lg))
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(start),
        }
    )
    c.truth["_fourth"] = iso(times[3])
    return ids


def low_nps(f: Fam, c: Cust, t: datetime) -> None:
    eid = f.add(
        c,
        t,
        "survey",
        "survey_response",
        None,
        scores={"nps": f.rng.randint(1, 5)},
        attrs={"survey": "nps"},
    )
    c.truth.update({"nps_given": True, "nps": f.rows[-1]["scores"]["nps"], "survey_event_id": eid})
    c.truth["expected_rules"].append("detractor")


# --------------------------------------------------------------- families --
def langs_weighted(rng: random.Random, n: int) -> list[str]:
    pool = ["pt"] * 30 + ["fr"] * 28 + ["en"] * 10 + ["de"] * 11 + ["it"] * 11 + ["es"] * 10
    return [rng.choice(pool) for _ in range(n)]


def happy_writers(f: Fam) -> None:
    rng = f.rng
    days = list(range(f.days))
    for lg in langs_weighted(rng, 16):
        c = f.person(lg, "happy", "day writer", NOTHING, NOTHING)
        happy_days(f, c, rng.randint(5, 8), days)
    for lg in langs_weighted(rng, 5):
        c = f.person(lg, "happy", "night writer", NOTHING, NOTHING)
        nights = sorted(rng.sample(range(f.days - 1), rng.randint(2, 4)))
        for d in nights:
            t = f.t(d, 22.2, 28.5)
            if rng.random() < 0.5:
                f.add(
                    c, t, rng.choice(["social", "community"]), "post", pick(rng, W.NIGHT_POST, lg)
                )
            else:
                f.add(c, t, "chat", "chat", pick(rng, W.NIGHT_Q, lg))
                f.add(
                    c,
                    t + timedelta(minutes=rng.randint(1, 5)),
                    "chat",
                    "chat",
                    pick(rng, W.NIGHT_A, lg),
                    out=True,
                )
                f.add(
                    c,
                    t + timedelta(minutes=rng.randint(6, 10)),
                    "chat",
                    "chat",
                    pick(rng, W.THANKS, lg),
                )
        happy_days(f, c, rng.randint(2, 3), [d for d in days if d not in nights], 9, 18)
    for lg in langs_weighted(rng, 5):
        c = f.person(lg, "happy", "answers surveys", NOTHING, NOTHING)
        for d in sorted(rng.sample(days, rng.randint(3, 6))):
            survey(f, c, f.t(d, 8, 20), lg)


def one_bad_day(f: Fam) -> None:
    rng = f.rng
    modes = ["long", "email", "chat", "social", "web", "phone"] * 4
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    langs = ["pt", "fr", "pt", "fr", *langs_weighted(rng, 20)]
    with_case: list[Cust] = []
    for i, mode in enumerate(modes):
        lg = langs[i]
        if mode == "long" and lg not in ("pt", "fr"):
            lg = ["pt", "fr"][i % 2]
        c = f.person(lg, "happy_one_bad_day", "one bad day", NOTHING, SILENCE)
        bd = rng.randint(2, 9)
        t = f.t(bd, 8, 20)
        happy_days(
            f, c, rng.randint(1, 5), [d for d in range(f.days) if d <= bd - 2 or d >= bd + 3]
        )
        ch = "email" if mode == "long" else mode
        eid = complain(f, c, t, ch, problems[i], long_mail=mode == "long")
        case = None
        if ch != "social":
            case = case_ref(rng)
            reply_case(f, c, t, ch, case)
            with_case.append(c)
        c.truth.update(
            {
                "problem": problems[i],
                "booking": case,
                "channel": ch,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "long_email": mode == "long",
                "trouble_starts_at": iso(t),
                "_t": t,
            }
        )
    rng.shuffle(with_case)
    for j, c in enumerate(with_case):
        t = c.truth.pop("_t")
        if j < 6:
            c.truth["persona"] = "bad_day_detractor"
            low_nps(f, c, t + timedelta(minutes=rng.randint(100, 140)))
        elif j < 11:
            eid = f.add(
                c,
                t + timedelta(minutes=rng.randint(40, 80)),
                "survey",
                "survey_response",
                None,
                scores={"csat": rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.truth.update(
                {"csat_given": True, "csat": f.rows[-1]["scores"]["csat"], "survey_event_id": eid}
            )
    order = list(with_case)
    rng.shuffle(order)
    for j, c in enumerate(order[:12]):
        t = datetime.fromisoformat(c.truth["bad_day_at"].replace("Z", "+00:00"))
        case = c.truth["booking"]
        f.add(
            c,
            unnight(rng, t + timedelta(hours=rng.uniform(1, 4))),
            "email",
            "message",
            pick(rng, W.GOOD_NEWS, c.lang, case=case),
            out=True,
            subject=W.SUBJ_CASE[c.lang].format(case=case),
        )
        c.truth["agent_fixed"] = True
        if j < 5:
            at = unnight(rng, t + timedelta(hours=rng.uniform(16, 24)))
            ch = rng.choice(["chat", "email"])
            eid = f.add(c, at, ch, channel_kind(ch), pick(rng, W.APOLOGY, c.lang))
            c.truth.update({"apologised": True, "apology_at": iso(at), "apology_event_id": eid})
    for c in f.custs:
        c.truth.pop("_t", None)
    for lg in langs_weighted(rng, 8):
        c = f.person(lg, "happy", "control", NOTHING, NOTHING)
        happy_days(f, c, rng.randint(4, 7), list(range(f.days)))


def repeat_contacts(f: Fam) -> None:
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    for i, n in enumerate(counts):
        lg = ["pt", "fr"][i % 2] if i < 8 else rng.choice(["en", "de", "it", "es"])
        c = f.person(lg, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(rng.randint(1, 3)):
            happy(f, c, f.t(0, 7, 12))
        repeat_run(
            f,
            c,
            f.t(rng.randint(1, 4), 8, 19),
            n,
            rng.choice(W.PROBLEMS),
            firsts[i],
            passed_on=i % 2 == 0,
        )
    for lg in langs_weighted(rng, 5):
        c = f.person(lg, "resolved_between_contacts", "fixed", NOTHING, SILENCE)
        happy(f, c, f.t(0, 8, 18))
        case = fixed_case(
            f,
            c,
            f.t(rng.randint(1, 5), 8, 19),
            rng.choice(W.PROBLEMS),
            rng.choice(["web", "email", "chat"]),
        )
        c.truth.update(
            {"problems": [case], "booking": case["booking"], "trouble_starts_at": case["raised_at"]}
        )
    for lg in langs_weighted(rng, 3):
        c = f.person(lg, "different_problems", "two problems", NOTHING, SILENCE)
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        d1 = rng.randint(0, 1)
        a = fixed_case(f, c, f.t(d1, 9, 15), p1, rng.choice(["web", "email"]))
        b = fixed_case(
            f, c, f.t(d1 + rng.randint(4, 5), 9, 15), p2, rng.choice(["web", "email", "chat"])
        )
        c.truth.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for lg in langs_weighted(rng, 7):
        c = f.person(lg, "happy", "frequent writer", NOTHING, NOTHING)
        for d in sorted(rng.sample(range(f.days), rng.randint(5, 8))):
            t = f.t(d, 8, 19)
            if rng.random() < 0.7:
                ch = rng.choice(["chat", "chat", "email"])
                f.add(c, t, ch, channel_kind(ch), pick(rng, W.QUESTION, lg))
                f.add(
                    c,
                    t + timedelta(minutes=rng.randint(2, 50)),
                    ch,
                    channel_kind(ch),
                    pick(rng, W.ANSWER, lg),
                    out=True,
                )
            else:
                happy(f, c, t)


def slow_churners(f: Fam) -> None:
    rng = f.rng
    spans = [3.0] + [5.0] * 5 + [9.0] * 4
    for i, span in enumerate(spans):
        lg = ["pt", "fr", "pt", "fr", "pt", "fr", "en", "de", "it", "es"][i]
        c = f.person(lg, "slow_churner", "slides", ["sentiment_drop"], SLIDER_TOL)
        early = sorted(rng.sample(range(11), rng.randint(4, 5) + rng.randint(2, 4)))
        for j, d in enumerate(early):
            t = f.t(d, 8, 20)
            if j % 2 == 0 or j < 4:
                ch = rng.choice(["social", "community"])
                f.add(
                    c,
                    t,
                    ch,
                    channel_kind(ch),
                    pick(rng, rng.choice([W.PRAISE, W.AGAIN_PRAISE]), lg),
                )
            else:
                happy(f, c, t)
        slide(f, c, f.t(rng.randint(12, 16), 9, 19), span)
        fourth = datetime.fromisoformat(c.truth.pop("_fourth").replace("Z", "+00:00"))
        if i % 2 == 1:
            low_nps(f, c, unnight(rng, fourth + timedelta(minutes=rng.randint(150, 210))))
    for i in range(5):
        lg = ["pt", "fr", "pt", "fr", "de"][i]
        c = f.person(lg, "slow_churner", "asks to cancel", ["churn_intent"], LEAVER_TOL)
        happy_days(f, c, rng.randint(4, 6), list(range(16)))
        t = f.t(rng.randint(17, 23), 8, 19)
        e1 = f.add(c, t, "email", "message", pick(rng, W.CANCEL, lg), subject="Gelunda Plus")
        f.add(
            c,
            unnight(rng, t + timedelta(hours=rng.uniform(1, 5))),
            "email",
            "message",
            pick(rng, W.SORRY_GO, lg),
            out=True,
            subject="RE: Gelunda Plus",
        )
        ct = unnight(rng, t + timedelta(hours=rng.uniform(20, 30)))
        e2 = f.add(
            c,
            ct,
            "web",
            "cancellation",
            None,
            attrs={"page": "/conta/plus", "product": "Gelunda Plus"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e1,
                "cancellation_event_id": e2,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
            }
        )
    for lg in langs_weighted(rng, 6):
        c = f.person(lg, "happy", "steady", NOTHING, NOTHING)
        happy_days(f, c, rng.randint(6, 10), list(range(f.days)))
    for lg in ["pt", "fr", "fr", "pt", "it"]:
        c = f.person(lg, "steadily_grumpy", "grumbles", NOTHING, ["repeat_contact", "silence"])
        d = rng.randint(0, 4)
        ids = []
        for _ in range(rng.randint(5, 7)):
            t = f.t(d, 8, 20)
            ch = rng.choice(["social", "community", "web", "review"])
            text = pick(rng, W.GRUMBLE, lg)
            if ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/avaliacoes"})
                )
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/ajuda/contacto"}))
            else:
                ids.append(f.add(c, t, ch, channel_kind(ch), text))
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            prod, eur = rng.choice(W.PRODUCTS)
            val, cur = money(c, eur)
            f.add(
                c,
                f.t(rng.randint(0, 25), 9, 19),
                "web",
                "purchase",
                attrs={"order_value": val, "currency": cur, "product": prod, "page": "/checkout"},
            )
        c.truth["grumble_event_ids"] = ids
        c.truth["trouble_starts_at"] = next(
            r["occurred_at"] for r in f.rows if r["event_id"] == ids[0]
        )
    for lg in langs_weighted(rng, 5):
        c = f.person(lg, "happy_one_sarcastic_remark", "happy", NOTHING, SILENCE)
        happy_days(f, c, rng.randint(4, 6), list(range(16)))
        eid = f.add(
            c,
            f.t(rng.randint(17, 28), 9, 20),
            rng.choice(["social", "community"]),
            "post",
            pick(rng, W.SARCASM, lg),
        )
        c.truth["sarcasm_event_id"] = eid


def quiet_hours(f: Fam) -> None:
    rng = f.rng
    for lg in langs_weighted(rng, 16):
        c = f.person(lg, "happy", "day writer", NOTHING, NOTHING)
        happy_days(f, c, rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i, lg in enumerate(["pt", "fr", "pt", "fr"]):
        c = f.person(lg, "grumbles_once", "grumbles once", NOTHING, SILENCE)
        t = f.t(rng.randint(0, 2), 9, 16)
        f.add(c, t, "web", "page_view", attrs={"page": "/pontos-recolha"})
        gt = t + timedelta(minutes=rng.randint(20, 30))
        if i < 2:
            eid = f.add(c, gt, "chat", "chat", pick(rng, W.MILD, lg))
            f.add(
                c,
                gt + timedelta(minutes=rng.randint(2, 6)),
                "chat",
                "chat",
                pick(rng, W.MILD_ANSWER, lg),
                out=True,
            )
        else:
            eid = f.add(
                c, gt, "web", "ticket", pick(rng, W.MILD, lg), attrs={"page": "/ajuda/contacto"}
            )
            f.add(
                c,
                gt + timedelta(minutes=rng.randint(10, 40)),
                "email",
                "message",
                pick(rng, W.MILD_ANSWER, lg),
                out=True,
            )
        c.truth.update({"grumble_event_id": eid, "trouble_starts_at": iso(gt)})
    owls = langs_weighted(rng, 36)
    k = 0
    for night in (1, 2, 3):
        b1 = f.start + timedelta(days=night, minutes=rng.randint(40, 65))
        for burst, off in enumerate([0, rng.randint(28, 33), rng.randint(55, 65)], start=1):
            bs = b1 + timedelta(minutes=off)
            for _ in range(4):
                lg = owls[k]
                k += 1
                c = f.person(lg, "night_owl", f"night {night}, burst {burst}", NOTHING, NOTHING)
                t = bs + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                if rng.random() < 0.5:
                    eid = f.add(c, t, "chat", "chat", pick(rng, W.NIGHT_Q, lg))
                    f.add(
                        c,
                        t + timedelta(minutes=rng.randint(1, 4)),
                        "chat",
                        "chat",
                        pick(rng, W.NIGHT_A, lg),
                        out=True,
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=rng.randint(5, 9)),
                        "chat",
                        "chat",
                        pick(rng, W.THANKS, lg),
                    )
                else:
                    ch = rng.choice(["social", "community"])
                    eid = f.add(c, t, ch, "post", pick(rng, W.NIGHT_POST, lg))
                if k % 2 == 0:
                    happy(f, c, f.t(rng.randint(0, 2), 9, 17.5))
                c.truth.update({"burst_at": iso(bs), "night_event_id": eid})


def bilingual(f: Fam) -> None:
    rng = f.rng
    pairs = (
        [("pt", "fr")] * 4
        + [("fr", "pt")] * 4
        + [("pt", "en")] * 2
        + [("fr", "en")] * 2
        + [("fr", "de")] * 2
        + [("pt", "es")] * 2
        + [("fr", "it")] * 2
        + [
            ("en", "fr"),
            ("de", "fr"),
            ("es", "pt"),
            ("it", "fr"),
            ("pt", "de"),
            ("fr", "es"),
            ("en", "pt"),
            ("de", "pt"),
            ("it", "pt"),
        ]
    )
    rng.shuffle(pairs)
    why = {
        "pt": "Portuguese at home",
        "fr": "French at work",
        "en": "English at work",
        "de": "German at work",
        "it": "Italian family",
        "es": "Spanish partner",
    }

    def market(a: str, b: str) -> str:
        s = {a, b}
        if s == {"fr", "de"} or s == {"fr", "it"}:
            return "CH"
        if s == {"pt", "fr"}:
            return rng.choice(["LU", "FR", "PT"])
        return rng.choice(W.MARKETS[a])

    def make(
        i: int, persona: str, habit: str, exp: list[str], tol: list[str]
    ) -> tuple[Cust, list[str]]:
        a, b = pairs[i]
        c = f.person(a, persona, habit, exp, tol, market=market(a, b))
        c.truth.update({"languages": [a, b], "job_second_language": why[b]})
        return c, [a, b]

    i = 0
    for _ in range(12):
        c, lgs = make(i, "happy", "alternates languages", NOTHING, NOTHING)
        i += 1
        for j, d in enumerate(sorted(rng.sample(range(f.days), rng.randint(5, 8)))):
            happy(f, c, f.t(d, 8, 19), lgs[j % 2])
    for n in [2, 2, 3, 3, 4]:
        c, lgs = make(i, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        i += 1
        for _ in range(rng.randint(1, 3)):
            happy(f, c, f.t(rng.randint(0, 1), 8, 12))
        repeat_run(
            f,
            c,
            f.t(rng.randint(2, 5), 8, 18),
            n,
            rng.choice(W.PROBLEMS),
            rng.choice(["web", "email", "chat"]),
            passed_on=n >= 3,
            langs=lgs,
        )
    for _ in range(5):
        c, lgs = make(i, "slow_churner", "slides", ["sentiment_drop"], SLIDER_TOL)
        i += 1
        for j, d in enumerate(sorted(rng.sample(range(6), 5))):
            ch = rng.choice(["social", "community"])
            f.add(c, f.t(d, 8, 20), ch, channel_kind(ch), pick(rng, W.PRAISE, lgs[j % 2]))
        for _ in range(rng.randint(1, 3)):
            happy(f, c, f.t(rng.randint(0, 5), 8, 20), lgs[1])
        slide(f, c, f.t(rng.randint(7, 8), 9, 18), float(rng.randint(3, 5)), langs=lgs)
        c.truth.pop("_fourth")
    for mode in ["long", "email", "chat"]:
        c, lgs = make(i, "happy_one_bad_day", "one bad day", NOTHING, SILENCE)
        i += 1
        lg2 = lgs[1]
        if mode == "long" and lg2 not in W.LONG_EMAIL:
            lg2 = "fr"
        bd = rng.randint(5, 8)
        happy_days(
            f,
            c,
            rng.randint(3, 5),
            [d for d in range(f.days) if d <= bd - 2 or d >= bd + 3],
            lang=lgs[0],
        )
        t = f.t(bd, 9, 18)
        ch = "chat" if mode == "chat" else "email"
        eid = complain(f, c, t, ch, rng.choice(W.PROBLEMS), lg2, long_mail=mode == "long")
        case = case_ref(rng)
        reply_case(f, c, t, ch, case, lg2)
        c.truth.update(
            {
                "booking": case,
                "channel": ch,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": lg2,
                "long_email": mode == "long",
                "trouble_starts_at": iso(t),
            }
        )
        if mode != "chat":
            f.add(
                c,
                unnight(rng, t + timedelta(hours=rng.uniform(1, 4))),
                "email",
                "message",
                pick(rng, W.GOOD_NEWS, lg2, case=case),
                out=True,
                subject=W.SUBJ_CASE[lg2].format(case=case),
            )
            c.truth["agent_fixed"] = True
        if mode == "email":
            at = unnight(rng, t + timedelta(hours=rng.uniform(18, 24)))
            c.truth.update(
                {
                    "apologised": True,
                    "apology_at": iso(at),
                    "apology_event_id": f.add(c, at, "chat", "chat", pick(rng, W.APOLOGY, lg2)),
                }
            )
    for _ in range(2):
        c, lgs = make(i, "resolved_between_contacts", "fixed", NOTHING, SILENCE)
        i += 1
        happy(f, c, f.t(0, 9, 18), lgs[0])
        case_d = fixed_case(
            f,
            c,
            f.t(rng.randint(2, 8), 9, 17),
            rng.choice(W.PROBLEMS),
            "web",
            confirm_lang=lgs[1],
            lang=lgs[0],
        )
        c.truth.update(
            {
                "problems": [case_d],
                "booking": case_d["booking"],
                "confirm_language": lgs[1],
                "trouble_starts_at": case_d["raised_at"],
            }
        )


def b2b_accounts(f: Fam) -> None:
    rng = f.rng
    plans: list[tuple[str, str, int, list[str], str]] = [
        ("at_risk", "pt", 4, ["portal"] * 3, "hotel"),
        ("at_risk", "fr", 5, ["invoice"] * 4, "restaurant"),
        ("at_risk", "fr", 6, ["service_blocked"] * 3, "catering"),
        ("at_risk", "pt", 4, ["overbilled"] * 4, "school"),
        ("at_risk", "de", 5, ["invoice"] * 3, "office"),
        ("one_unhappy", "pt", 3, ["service_blocked"], "cafe"),
        ("one_unhappy", "fr", 3, ["overbilled"], "hotel"),
        ("one_unhappy", "it", 3, ["portal"], "office"),
        ("one_unhappy", "en", 3, ["invoice"], "cinema"),
        ("mild", "fr", 3, [], "university"),
        ("mild", "pt", 4, [], "hospital"),
        ("mild", "es", 4, [], "gym"),
        ("happy", "de", 4, [], "cafe"),
        ("happy", "en", 4, [], "office"),
        ("happy", "it", 4, [], "restaurant"),
    ]
    companies = [
        "Solar da Ribeira",
        "Brasserie Vauban",
        "Traiteur Lumière",
        "Colégio Atlântico",
        "Kanzlei Berger",
        "Café Marés",
        "Hôtel des Tilleuls",
        "Studio Navigli",
        "Kestrel Cinemas",
        "Université Libre du Lac",
        "Clínica Bela Vista",
        "Gimnasio Alameda",
        "Café Lindenhof",
        "Harbourside Offices",
        "Trattoria Il Pozzo",
    ]
    for k, (kind, lg, n, probs, site) in enumerate(plans):
        mk = rng.choice(W.MARKETS[lg])
        acc = unique(rng, lambda r, m=mk: f"GLP-{m}-{r.randint(1000, 9999)}")
        company = companies[k]
        dom = ascii_lower(company) + ".example"
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for j in range(n):
            if kind == "at_risk" and j < len(probs):
                exp: list[str]
                persona, exp, tol, role = "b2b_unhappy", [], AT_RISK_TOL, "complainer"
            elif kind == "one_unhappy" and j == 0:
                persona, exp, tol, role = "b2b_one_unhappy", [], ONE_UNHAPPY_TOL, "complainer"
            elif kind == "mild" and j < 2:
                persona, exp, tol, role = "b2b_mild", [], SILENCE, "suggests"
            else:
                persona, exp, tol, role = "b2b_happy", [], NOTHING, "contact"
            while True:
                c = f.person(lg, persona, role, exp, tol, market=mk, account=acc, domain=dom)
                if c.name.split()[0] not in firsts:
                    break
                f.custs.pop()
            firsts.add(c.name.split()[0])
            job = rng.choice(
                [
                    "Operations manager",
                    "Head chef",
                    "Office manager",
                    "Accounts payable",
                    "Purchasing lead",
                    "Front office",
                ]
            )
            c.truth.update({"company": company, "role": role, "job_title": job, "job": job})
            contacts.append(c)
        unhappy = [c for c in contacts if c.truth["role"] == "complainer"]
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in sorted(rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], rng.randint(2, 5))):
                    t = f.t(d, 8, 16.5)
                    r = rng.random()
                    if r < 0.4:
                        f.add(c, t, "chat", "chat", pick(rng, W.B2B_Q, lg))
                        f.add(
                            c,
                            t + timedelta(minutes=rng.randint(1, 6)),
                            "chat",
                            "chat",
                            pick(rng, W.B2B_A, lg),
                            out=True,
                        )
                        if rng.random() < 0.6:
                            f.add(
                                c,
                                t + timedelta(minutes=rng.randint(7, 12)),
                                "chat",
                                "chat",
                                pick(rng, W.THANKS, lg),
                            )
                    elif r < 0.6:
                        f.add(c, t, "web", "page_view", attrs={"page": "/pro/encomendas"})
                        val, cur = money(c, rng.randint(180, 900))
                        f.add(
                            c,
                            t + timedelta(minutes=rng.randint(3, 15)),
                            "web",
                            "purchase",
                            attrs={
                                "order_value": val,
                                "currency": cur,
                                "product": "Pro tub 5 L x12 / Balde Pro 5 L x12",
                                "page": "/pro/checkout",
                            },
                        )
                    elif r < 0.75:
                        f.add(c, t, "web", "page_view", attrs={"page": "/pro/portal"})
                    elif r < 0.88:
                        f.add(c, t, "community", "post", pick(rng, W.B2B_PRAISE, lg))
                    else:
                        survey(f, c, t, lg)
            else:
                for _ in range(rng.randint(0, 2)):
                    t = f.t(rng.randint(0, 1), 8, 16.5)
                    if rng.random() < 0.5:
                        f.add(c, t, "chat", "chat", pick(rng, W.B2B_Q, lg))
                        f.add(
                            c,
                            t + timedelta(minutes=rng.randint(1, 6)),
                            "chat",
                            "chat",
                            pick(rng, W.B2B_A, lg),
                            out=True,
                        )
                    else:
                        f.add(c, t, "web", "page_view", attrs={"page": "/pro/portal"})
        truth_acc: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": probs[0] if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lg,
            "country": mk,
        }
        if kind == "at_risk":
            case = case_ref(rng)
            t = f.t(2, 8.5, 12)
            truth_acc["trouble_starts_at"] = iso(t)
            first_name = unhappy[0].name.split()[0]
            topic = W.B2B_TOPIC[lg][probs[0]]
            last_t = t
            for j, c in enumerate(unhappy):
                if j == 0:
                    text = pick(rng, W.B2B_FIRST, lg, topic=topic)
                else:
                    t = office(rng, t + timedelta(hours=rng.uniform(8, 28)))
                    dw = (
                        W.DAY_WORD[lg][0]
                        if (t - last_t).days < 1 and t.date() != last_t.date()
                        else W.DAY_WORD[lg][2 if t.date() == last_t.date() else 1]
                    )
                    text = pick(
                        rng, W.B2B_AGAIN, lg, first=first_name, day=dw, case=case, topic=topic
                    )
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=W.SUBJ_COMPLAINT[lg].format(topic=topic)
                    if j == 0
                    else W.SUBJ_CASE[lg].format(case=case),
                )
                if j == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=rng.randint(20, 90)),
                        "email",
                        "message",
                        pick(rng, W.B2B_ACK, lg, case=case),
                        out=True,
                        subject=W.SUBJ_CASE[lg].format(case=case),
                    )
                c.truth.update(
                    {
                        "problem": probs[0],
                        "booking": case,
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(t),
                    }
                )
                if j < len(unhappy) - 1:
                    low_nps(f, c, t + timedelta(minutes=rng.randint(60, 180)))
                else:
                    lt = office(rng, t + timedelta(hours=rng.uniform(18, 40)))
                    comp = rng.choice(W.COMPETITORS)
                    if k == 1:
                        e2 = f.add(
                            c,
                            lt,
                            "email",
                            "message",
                            pick(rng, W.B2B_LAST_MAIL, lg, case=case, comp=comp),
                            subject=W.SUBJ_CASE[lg].format(case=case),
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(
                            c,
                            lt,
                            "phone",
                            "call",
                            spoken(pick(rng, W.B2B_LAST_CALL, lg, case=case)),
                        )
                    c.truth["complaint_event_ids"].append(e2)
                    c.truth["expected_rules"].append("repeat_contact")
                    c.truth["tolerated_rules"] = [r for r in AT_RISK_TOL if r != "repeat_contact"]
                last_t = t
        elif kind == "one_unhappy":
            c = unhappy[0]
            case = case_ref(rng)
            t = office(rng, f.t(rng.randint(3, 7), 8, 17))
            topic = W.B2B_TOPIC[lg][probs[0]]
            eid = f.add(
                c,
                t,
                "email",
                "message",
                pick(rng, W.B2B_FIRST, lg, topic=topic),
                subject=W.SUBJ_COMPLAINT[lg].format(topic=topic),
            )
            f.add(
                c,
                t + timedelta(minutes=rng.randint(20, 90)),
                "email",
                "message",
                pick(rng, W.B2B_ACK, lg, case=case),
                out=True,
                subject=W.SUBJ_CASE[lg].format(case=case),
            )
            c.truth.update(
                {
                    "problem": probs[0],
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                }
            )
            low_nps(f, c, t + timedelta(minutes=rng.randint(60, 180)))
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.t(rng.randint(2, 10), 8, 16)
                t = office(rng, t)
                eid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    pick(rng, W.B2B_SUGGEST, lg),
                    attrs={"page": "/pro/sugestoes"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=rng.randint(20, 120)),
                    "email",
                    "message",
                    pick(rng, W.B2B_SUGGEST_ACK, lg),
                    out=True,
                )
                c.truth.update({"mild_event_id": eid, "trouble_starts_at": iso(t)})
        f.accounts[acc] = truth_acc


def topic_spike(f: Fam) -> None:
    rng = f.rng
    s0 = f.start + timedelta(days=3, hours=14, minutes=20)
    langs = ["pt"] * 6 + ["fr"] * 6 + ["en", "en", "de", "de", "it", "it", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    offs = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        regular = i % 5 < 3
        lg = langs[i]
        c = f.person(lg, "spike_reporter", "regular" if regular else "new", NOTHING, SILENCE)
        if regular:
            for _ in range(rng.randint(1, 2)):
                happy(f, c, f.t(1, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i], seconds=rng.randint(0, 59) if 0 < offs[i] < 45 else 0)
        ch = chans[i]
        text = pick(rng, W.SPIKE, lg, code=W.SPIKE_CODE)
        if ch == "email":
            eid = f.add(
                c,
                t,
                "email",
                "message",
                text,
                subject=W.SUBJ_COMPLAINT[lg].format(topic=W.SPIKE_CODE),
            )
        elif ch == "web":
            eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/ajuda/contacto"})
        else:
            eid = f.add(c, t, ch, channel_kind(ch), text)
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                pick(rng, W.SPIKE_CHAT_A, lg),
                out=True,
            )
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        reporters.append((c, t, ch, eid))
    early = [r for r in reporters if r[1] <= s0 + timedelta(minutes=25)]
    rng.shuffle(early)
    repeat_ids: list[str] = []
    again_ch = ["email", "email", "chat", "chat", "community", "community"]
    for j, (c, t, ch, _) in enumerate(early[:6]):
        nch = again_ch[j] if again_ch[j] != ch else "web"
        at = t + timedelta(minutes=rng.randint(10, 60))
        text = pick(rng, W.SPIKE_AGAIN, c.lang, code=W.SPIKE_CODE)
        if nch == "email":
            eid = f.add(
                c,
                at,
                "email",
                "message",
                text,
                subject=W.SUBJ_COMPLAINT[c.lang].format(topic=W.SPIKE_CODE),
            )
        elif nch == "web":
            eid = f.add(c, at, "web", "ticket", text, attrs={"page": "/ajuda/contacto"})
        else:
            eid = f.add(c, at, nch, channel_kind(nch), text)
        if nch == "chat":
            f.add(
                c,
                at + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                pick(rng, W.SPIKE_CHAT_A, c.lang),
                out=True,
            )
        repeat_ids.append(eid)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "repeat_event_id": eid,
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["sentiment_drop", "silence"],
            }
        )
    others = [r for r in reporters if "repeat_event_id" not in r[0].truth]
    for c, _, _, _ in others[:6]:
        local = "17:40" if c.market in ("PT", "UK", "IE") else "18:40"
        f.add(
            c,
            s0 + timedelta(hours=2, minutes=rng.randint(48, 57)),
            "email",
            "message",
            pick(rng, W.SPIKE_FIXED, c.lang, time=local),
            out=True,
            subject=W.SUBJ_COMPLAINT[c.lang].format(topic=W.SPIKE_CODE),
        )
        c.truth["agent_fixed"] = True
    for lg in langs_weighted(rng, 40):
        c = f.person(lg, "happy", "day writer", NOTHING, NOTHING)
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            happy(f, c, f.t(d, 12, 19) if d == 5 else f.t(d, 8, 19))
    for lg in ["pt", "fr"]:
        c = f.person(lg, "grumbles_once", "grumbles once", NOTHING, SILENCE)
        t = f.t(0, 9, 17)
        eid = f.add(c, t, "chat", "chat", pick(rng, W.GRUMBLE, lg))
        f.add(
            c,
            t + timedelta(minutes=rng.randint(2, 6)),
            "chat",
            "chat",
            pick(rng, W.MILD_ANSWER, lg),
            out=True,
        )
        c.truth.update({"grumble_event_id": eid, "trouble_starts_at": iso(t)})
    for lg, hh, mm in [("fr", 9, 40), ("pt", 16, 5)]:
        c = f.person(lg, "grumbles_once", "lone question", NOTHING, SILENCE)
        t = f.start + timedelta(days=2, hours=hh, minutes=mm)
        eid = f.add(c, t, "chat", "chat", pick(rng, W.LONE_Q, lg))
        f.add(
            c,
            t + timedelta(minutes=rng.randint(2, 6)),
            "chat",
            "chat",
            pick(rng, W.LONE_A, lg),
            out=True,
        )
        c.truth.update({"lone_report_event_id": eid, "trouble_starts_at": iso(t)})
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "the planted incident of heldout243 (see README)",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[3] for r in reporters],
        "repeat_event_ids": repeat_ids,
    }


# ---------------------------------------------------------------- writing --
def roughen(rng: random.Random, text: str) -> str:
    if rng.random() < 0.1:
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
            text = text.replace(a, b)
        text = "".join(
            ch
            for ch in unicodedata.normalize("NFD", text)
            if unicodedata.category(ch) != "Mn" or ch == "\u0303"
        )
        text = unicodedata.normalize("NFC", text)
    if rng.random() < 1 / 8 and text[:1].isupper() and text[1:2].islower():
        text = text[0].lower() + text[1:]
    if rng.random() < 1 / 7:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if idx:
            i = rng.choice(idx)
            w = words[i]
            p = rng.randint(1, len(w) - 2)
            words[i] = w[:p] + w[p + 1] + w[p] + w[p + 2 :]
            text = " ".join(words)
    return text


def finish(f: Fam) -> tuple[list[str], str]:
    f.rows.sort(key=lambda r: (r["_t"], r["event_id"]))
    seen: set[str] = set()
    lines = []
    for r in f.rows:
        c: Cust = r["_c"]
        full = r["direction"] == "outbound" or c.key not in seen
        if r["direction"] == "inbound":
            seen.add(c.key)
        ch = r["channel"]
        ref: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
        elif ch == "phone":
            ref["phone"] = c.phone if f.rough.random() < 0.5 else c.phone[:3] + " " + c.phone[3:]
        elif ch in ("social", "community"):
            if c.handle:
                ref["handle"] = c.handle if f.rough.random() < 0.8 else c.handle.lstrip("@")
            else:
                ref["email"] = c.email
        elif ch == "email":
            ref["email"] = c.email.upper() if f.rough.random() < 1 / 12 else c.email
        else:
            ref["customer_id"] = c.key
        if r["direction"] == "inbound" and r["text"] and ch not in ("phone", "survey"):
            r["text"] = roughen(f.rough, r["text"])
        out = {k: v for k, v in r.items() if not k.startswith("_")}
        out["customer"] = ref
        lines.append(json.dumps(out, ensure_ascii=False))
    last = max(r["_t"] for r in f.rows)
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    if end >= LIMIT or min(r["_t"] for r in f.rows) < f.start:
        raise SystemExit(f"{f.name}: outside its window")
    return lines, iso(end)


def write(f: Fam) -> None:
    lines, end = finish(f)
    expected: dict[str, int] = {}
    for c in f.custs:
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{c.key}: expects and tolerates a rule")
        if not any(r["_c"] is c and r["direction"] == "inbound" for r in f.rows):
            raise SystemExit(f"{c.key}: no inbound touchpoint")
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
            "business": "Gelunda (artisan gelato by app and web, Gelunda Plus; Gelunda Pro on account)",
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": "2026-12-07",
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(f.start),
        "end": end,
        "customers": {c.key: c.truth for c in f.custs},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 2, tzinfo=UTC),
        10,
        "happy customers writing by day and night",
        happy_writers,
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "happy customers with one bad day",
        one_bad_day,
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        "open problems raised again",
        repeat_contacts,
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 6, 22, tzinfo=UTC),
        32,
        "slides, leavers, grumpy and steady",
        slow_churners,
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        "a calm weekend with night owls",
        quiet_hours,
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "customers writing in two languages",
        bilingual,
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        "Gelunda Pro accounts",
        b2b_accounts,
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and the planted incident",
        topic_spike,
    ),
]


def main() -> None:
    for n, (name, code, start, days, about, build) in enumerate(FAMILIES, start=1):
        f = Fam(name, code, start, days, n, about)
        build(f)
        write(f)


if __name__ == "__main__":
    main()
