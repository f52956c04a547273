"""Build heldout221/ (Cavallora, riding lessons and trail rides): report only, written blind.

Run as ``python make_heldout221.py`` from anywhere; standard library only, fixed seed.
"""

# ruff: noqa: E501

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

SEED = 20261206
LANG_W = {"fr": 30, "it": 30, "en": 10, "de": 10, "pt": 10, "es": 10}
HAPPY_TOL: list[str] = []
SOURCES = {
    "email": "cavallora-mail",
    "phone": "cavallora-voice",
    "social": "cavallora-social",
    "community": "cavallora-forum",
    "chat": "cavallora-chat",
    "web": "cavallora-web",
    "survey": "cavallora-survey",
}
USED: set[str] = set()


def fill(text: str, **kw: str) -> str:
    base = {"b": W.BRAND, "club": W.CLUB, "pro": W.PRO, "code": W.SPIKE_CODE}
    base.update(kw)
    return text.format(**base)


def iso(ts: datetime) -> str:
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def transcript(text: str) -> str:
    words = []
    for word in text.split():
        word = word.strip(".,!?;:«»'\"")
        words.append(word.upper() if any(ch.isdigit() for ch in word) else word.lower())
    return " ".join(w for w in words if w)


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Row:
    eid: str
    ts: datetime
    cust: Cust
    channel: str
    kind: str
    direction: str
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
    n: int
    about: str
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    count: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def lang(self) -> str:
        return self.rng.choices(list(LANG_W), weights=list(LANG_W.values()))[0]

    def at(self, day: int, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(h0, h1))

    def unique(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        *,
        market: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        domain: str | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        market = market or rng.choice(W.MARKETS[lang])
        first = rng.choice(W.FIRST[lang])
        last = rng.choice(W.LAST[lang])
        key = self.unique(lambda: f"CV{self.code}{rng.randint(1000, 9999)}")
        slug_f = strip_accents(first.lower())
        slug_l = strip_accents(last.lower()).replace(" ", "")
        if domain:
            email = self.unique(lambda: f"{slug_f}.{slug_l}{rng.randint(1, 99)}@{domain}")
            handle = None
        else:
            email = self.unique(
                lambda: f"{slug_f}.{slug_l}{rng.randint(1, 999)}@{rng.choice(W.MAILS)}"
            )
            handle = self.unique(
                lambda: (
                    "@"
                    + rng.choice(
                        [
                            f"{slug_f}_{slug_l}{rng.randint(1, 99)}",
                            f"{slug_l}{slug_f[0]}{rng.randint(1, 999)}",
                            f"{slug_f}.{slug_l[:3]}{rng.randint(1, 99)}",
                        ]
                    )
                )
            )
        cc, prefix, digits = W.PHONE[market]
        phone = self.unique(
            lambda: cc + prefix + "".join(str(rng.randint(0, 9)) for _ in range(digits))
        )
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        truth.update(extra)
        c = Cust(key, lang, market, first, email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        kind: str,
        text: str | None,
        *,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        self.count += 1
        eid = f"h221-{self.code.lower()}-{self.count:05d}"
        if text is not None and not out and rough and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if (
            channel == "social"
            and not out
            and text is not None
            and c.account is None
            and "@" + W.BRAND not in text
        ):
            idx = text.rfind(W.BRAND)
            text = text[:idx] + "@" + text[idx:] if idx >= 0 else f"@{W.BRAND} {text}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            Row(
                eid,
                ts.replace(microsecond=0),
                c,
                channel,
                kind,
                "outbound" if out else "inbound",
                text,
                subject,
                sc,
                a,
            )
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 1 / 7:
            words = text.split(" ")
            cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if cands:
                i = r.choice(cands)
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        if r.random() < 1 / 8 and text[:1].isupper() and text[1:2].islower():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 10:
            text = strip_accents(text)
        return text

    def case(self) -> str:
        return self.unique(lambda: f"CV-{self.rng.randint(100000, 999999)}")


def morning(
    ts: datetime, h0: float = 8.0, h1: float = 9.0, rng: random.Random | None = None
) -> datetime:
    """Move a time out of 22:00-07:00 UTC to the next (or same) morning."""
    if ts.hour >= 22 or ts.hour < 7:
        base = ts if ts.hour < 7 else ts + timedelta(days=1)
        minutes = (rng or random.Random(0)).uniform(h0, h1) * 60
        return base.replace(hour=0, minute=0, second=0) + timedelta(minutes=minutes)
    return ts


# ------------------------------------------------------------------ acts --
def happy_act(f: Fam, c: Cust, ts: datetime, *, surveys: bool = True) -> None:
    L = c.lang
    r = f.rng
    kinds = ["praise", "again", "gripe", "chat", "call", "buy", "view", "review"] + (
        ["survey"] if surveys else []
    )
    k = r.choice(kinds)
    if k in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.PRAISE_GRIPE}[k]
        ch = "social" if c.account is None and r.random() < 0.5 else "community"
        f.add(c, ts, ch, "mention" if ch == "social" else "post", fill(f.pick(table, L)))
    elif k == "chat":
        qi = r.randrange(len(W.QUESTION[L]))
        f.add(c, ts, "chat", "chat", fill(W.QUESTION[L][qi]))
        f.add(
            c,
            ts + timedelta(minutes=r.randint(1, 6)),
            "chat",
            "chat",
            fill(W.ANSWER[L][qi]),
            out=True,
            attrs={"agent": "Margaux"},
        )
        if r.random() < 0.6:
            f.add(c, ts + timedelta(minutes=r.randint(7, 10)), "chat", "chat", f.pick(W.THANKS, L))
    elif k == "call":
        f.add(c, ts, "phone", "call", transcript(f.pick(W.CALL_Q, L)))
        f.add(
            c,
            ts + timedelta(minutes=r.randint(10, 40)),
            "email",
            "message",
            fill(f.pick(W.CALL_FOLLOW, L)),
            out=True,
            attrs={"agent": "Elio"},
        )
    elif k == "buy":
        prod, price = r.choice(W.PRODUCTS)
        f.add(c, ts, "web", "page_view", None, attrs={"page": r.choice(W.PAGES)})
        cur, val = (
            ("GBP", f"{float(price) * 0.86:.2f}")
            if c.market in ("UK",)
            else (("CHF", f"{float(price) * 0.94:.2f}") if c.market == "CH" else ("EUR", price))
        )
        f.add(
            c,
            ts + timedelta(minutes=r.randint(2, 9)),
            "web",
            "purchase",
            None,
            attrs={"product": prod, "order_value": val, "currency": cur, "page": "/checkout"},
        )
    elif k == "view":
        f.add(c, ts, "web", "page_view", None, attrs={"page": r.choice(W.PAGES)})
    elif k == "review":
        f.add(
            c,
            ts,
            "web",
            "review",
            fill(f.pick(W.REVIEW, L)),
            attrs={"rating": "5", "page": "/reviews"},
        )
    else:
        happy_survey(f, c, ts)


def happy_survey(f: Fam, c: Cust, ts: datetime) -> None:
    r = f.rng
    which = r.choice(["nps", "csat", "ces"])
    val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
    word = f.pick(W.SURVEY_WORD, c.lang)
    f.add(
        c,
        ts,
        "survey",
        "survey_response",
        word or None,
        scores={which: val},
        attrs={"survey": which},
        rough=False,
    )


def low_nps(f: Fam, c: Cust, ts: datetime) -> None:
    v = f.rng.randint(1, 5)
    eid = f.add(
        c, ts, "survey", "survey_response", None, scores={"nps": v}, attrs={"survey": "nps"}
    )
    c.truth.update({"nps_given": True, "nps": v, "survey_event_id": eid})


def mild_grumble(f: Fam, c: Cust, t: datetime, *, chat: bool) -> None:
    text = fill(f.pick(W.MILD, c.lang))
    answer = fill(f.pick(W.MILD_ANSWER, c.lang))
    r = f.rng
    if chat:
        e = f.add(c, t, "chat", "chat", text)
        f.add(
            c,
            t + timedelta(minutes=r.randint(1, 5)),
            "chat",
            "chat",
            answer,
            out=True,
            attrs={"agent": "Elio"},
        )
    else:
        e = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        f.add(
            c,
            t + timedelta(minutes=r.randint(10, 40)),
            "email",
            "message",
            answer,
            out=True,
            attrs={"agent": "Elio"},
        )
    c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})


def happy_days(
    f: Fam,
    c: Cust,
    n: int,
    days: list[int],
    h0: float = 7.0,
    h1: float = 19.0,
    surveys: bool = True,
) -> None:
    for d in sorted(f.rng.sample(days, min(n, len(days)))):
        happy_act(f, c, f.at(d, h0, h1), surveys=surveys)


def complaint_text(f: Fam, c: Cust, problem: str) -> str:
    return fill(f.pick(W.COMPLAINT[problem], c.lang))


def raise_problem(
    f: Fam,
    c: Cust,
    ts: datetime,
    problem: str,
    channel: str,
    case: str | None,
    *,
    long: bool = False,
) -> str:
    """One complaint on a channel; returns its event id (replies added by callers)."""
    L = c.lang
    subj = f"{W.SUBJ_COMPLAINT[L]}: {W.SUBJ_TOPIC[problem][L]}"
    if channel == "email":
        text = complaint_text(f, c, problem)
        if long:
            text = fill(f.pick(W.LONG_EMAIL, L), complaint=text, name=c.first)
        return f.add(c, ts, "email", "message", text, subject=subj)
    if channel == "phone":
        return f.add(
            c,
            ts,
            "phone",
            "call",
            transcript(fill(f.pick(W.CALL_COMPLAINT, L), topic=W.CALL_TOPIC[problem][L])),
        )
    if channel == "social":
        return f.add(c, ts, "social", "mention", complaint_text(f, c, problem))
    if channel == "web":
        return f.add(
            c, ts, "web", "ticket", complaint_text(f, c, problem), attrs={"page": "/help/contact"}
        )
    return f.add(c, ts, "chat", "chat", complaint_text(f, c, problem))


def ack(
    f: Fam,
    c: Cust,
    ts: datetime,
    channel: str,
    case: str,
    table: dict[str, list[str]] | None = None,
) -> str:
    table = table or W.CASE_OPENED
    ch = "chat" if channel == "chat" else "email"
    kind = "chat" if ch == "chat" else "message"
    subj = None if ch == "chat" else (f"{W.SUBJ_CASE[c.lang]} {case}" if case else W.BRAND)
    return f.add(
        c,
        ts,
        ch,
        kind,
        fill(f.pick(table, c.lang), case=case),
        out=True,
        subject=subj,
        attrs={"agent": f.rng.choice(["Margaux", "Elio", "Sabine", "Nuno"])},
    )


def later_contact(
    f: Fam, c: Cust, ts: datetime, channel: str, case: str, nth: int, comp: str
) -> str:
    L = c.lang
    table = W.STILL_OPEN if nth == 2 else (W.THIRD if nth == 3 else W.FOURTH)
    text = fill(f.pick(table, L), case=case, comp=comp)
    if channel == "phone":
        return f.add(c, ts, "phone", "call", transcript(text))
    if channel == "email":
        return f.add(c, ts, "email", "message", text, subject=f"{W.SUBJ_CASE[L]} {case}")
    if channel == "social":
        return f.add(c, ts, "social", "mention", text)
    if channel == "web":
        return f.add(c, ts, "web", "ticket", text, attrs={"page": "/help/contact"})
    eid = f.add(c, ts, "chat", "chat", text)
    f.add(
        c,
        ts + timedelta(minutes=f.rng.randint(1, 5)),
        "chat",
        "chat",
        fill(f.pick(W.URGENT, L), case=case),
        out=True,
        attrs={"agent": "Sabine"},
    )
    return eid


def repeat_run(f: Fam, c: Cust, day0: int, contacts: int, langs: list[str] | None = None) -> None:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    first_ch = r.choice(["web", "email", "chat", "phone", "web"])
    case = f.case()
    comp = r.choice(W.COMPETITORS)
    t = f.at(day0, 8, 19)
    if langs:
        c.lang = langs[0]
    ids = [raise_problem(f, c, t, problem, first_ch, case)]
    passed = contacts >= 3 if langs else r.random() < 0.5
    if passed:
        ack(f, c, t + timedelta(minutes=r.randint(90, 150)), "email", case, W.PASSED_ON)
    if first_ch == "chat" or not passed:
        ack(
            f,
            c,
            t + timedelta(minutes=r.randint(10, 40) if first_ch != "chat" else r.randint(1, 5)),
            first_ch,
            case,
        )
    chans = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    r.shuffle(chans)
    for nth in range(2, contacts + 1):
        t = morning(t + timedelta(hours=r.uniform(4, 40)), rng=r)
        if langs:
            c.lang = langs[(nth - 1) % len(langs)]
        ids.append(later_contact(f, c, t, chans[nth - 2], case, nth, comp))
    if langs:
        c.lang = langs[0]
    c.truth.update(
        {
            "problem": problem,
            "problem_topic": W.PROBLEM_TOPIC[problem],
            "booking": case,
            "contacts": contacts,
            "channel": first_ch,
            "agent_passed_on": passed,
            "problem_event_ids": ids,
            "competitor": comp if contacts >= 3 else None,
            "trouble_starts_at": iso(_ts_of(f, ids[0])),
        }
    )


def _ts_of(f: Fam, eid: str) -> datetime:
    return next(row.ts for row in f.rows if row.eid == eid)


def fixed_case(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, lang2: str | None = None
) -> dict[str, Any]:
    r = f.rng
    case = f.case()
    e1 = raise_problem(f, c, t, problem, channel, case)
    ack(f, c, t + timedelta(minutes=r.randint(10, 40)), channel, case)
    fixed = morning(t + timedelta(hours=r.uniform(3, 20)), rng=r)
    ack(f, c, fixed, "email", case, W.GOOD_NEWS)
    conf_t = morning(fixed + timedelta(hours=r.uniform(8, 30)), rng=r)
    if lang2:
        c.lang, keep = lang2, c.lang
    ch = r.choice(["email", "chat"])
    text = fill(f.pick(W.CONFIRM, c.lang), case=case)
    e2 = f.add(
        c,
        conf_t,
        ch,
        "message" if ch == "email" else "chat",
        text,
        subject=f"{W.SUBJ_CASE[c.lang]} {case}" if ch == "email" else None,
    )
    if lang2:
        c.lang = keep
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(conf_t),
        "problem_event_ids": [e1],
        "confirm_event_id": e2,
        "channel": channel,
        "confirm_channel": ch,
    }


def slide(
    f: Fam, c: Cust, day0: int, span: int, *, langs: list[str] | None = None, nps: bool = False
) -> None:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    t = f.at(day0, 8, 20)
    ids: list[str] = []
    ratings = ["3", "3", "2", "2", "1", "1"]
    for step in range(6):
        if step:
            t = morning(
                t + max(timedelta(hours=1), timedelta(days=span / 5) * r.uniform(0.8, 1.2)), rng=r
            )
        if langs:
            c.lang = langs[step % 2]
        text = fill(W.SLIDE[c.lang][step], comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c, t, "web", "review", text, attrs={"rating": ratings[step], "page": "/reviews"}
                )
            )
        else:
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
        if step == 3 and nps:
            st = morning(t + timedelta(hours=r.uniform(2.5, 3.5)), rng=r)
            c.truth["survey_event_id"] = f.add(
                c,
                st,
                "survey",
                "survey_response",
                None,
                scores={"nps": (v := r.randint(1, 5))},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": v})
    if langs:
        c.lang = langs[0]
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(_ts_of(f, ids[0])),
        }
    )


# -------------------------------------------------------------- families --
REP_TOL = ("sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence")
SLIDE_TOL = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        happy_days(f, c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            t = f.at(d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "mention", fill(f.pick(W.NIGHT_POST, c.lang)))
            else:
                f.add(c, t, "chat", "chat", fill(f.pick(W.NIGHT_CHAT, c.lang)))
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(1, 5)),
                    "chat",
                    "chat",
                    fill(f.pick(W.NIGHT_ANSWER, c.lang)),
                    out=True,
                    attrs={"agent": "Nuno"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(6, 9)),
                    "chat",
                    "chat",
                    f.pick(W.THANKS, c.lang),
                )
        happy_days(f, c, f.rng.randint(2, 3), list(range(10)), 9, 18, surveys=False)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            happy_survey(f, c, f.at(d, 8, 19))


def one_bad_day(f: Fam) -> None:
    r = f.rng
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(problems)
    long_langs = ["fr", "fr", "it", "it"]
    with_case: list[Cust] = []
    for i, ch in enumerate(chans):
        lang = long_langs.pop() if ch == "long" else f.lang()
        c = f.person(lang, "happy_one_bad_day", "one bad day", tolerated=("silence",))
        day = r.randint(2, 9)
        t = f.at(day, 8, 20)
        happy_days(
            f,
            c,
            r.randint(1, 5),
            [d for d in range(12) if d <= day - 2 or d >= day + 3],
            surveys=False,
        )
        channel = "email" if ch == "long" else ch
        case = None if ch == "social" else f.case()
        e = raise_problem(f, c, t, problems[i], channel, case, long=ch == "long")
        c.truth.update(
            {
                "problem": problems[i],
                "problem_topic": W.PROBLEM_TOPIC[problems[i]],
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "booking": case,
                "channel": channel,
                "long_email": ch == "long",
                "trouble_starts_at": iso(t),
            }
        )
        if case:
            ack(
                f,
                c,
                t + timedelta(minutes=r.randint(1, 5) if ch == "chat" else r.randint(10, 40)),
                channel,
                case,
            )
            with_case.append(c)
    r.shuffle(with_case)
    for j, c in enumerate(with_case):
        t = datetime.fromisoformat(c.truth["bad_day_at"])
        case = str(c.truth["booking"])
        if j < 6:
            c.truth["persona"] = "bad_day_detractor"
            c.truth["expected_rules"] = ["detractor"]
            low_nps(f, c, t + timedelta(minutes=r.randint(100, 140)))
        elif j < 11:
            v = r.randint(1, 2)
            c.truth.update(
                {
                    "csat_given": True,
                    "csat": v,
                    "survey_event_id": f.add(
                        c,
                        t + timedelta(minutes=r.randint(40, 80)),
                        "survey",
                        "survey_response",
                        r.choice(["", "bof", "nah"]) or None,
                        scores={"csat": v},
                        attrs={"survey": "csat"},
                        rough=False,
                    ),
                }
            )
        if j < 12:
            g = morning(t + timedelta(hours=r.uniform(1, 4)), rng=r)
            ack(f, c, g, "email", case, W.GOOD_NEWS)
            c.truth["agent_fixed"] = True
            if j % 2 == 0 and j < 10:
                at = morning(t + timedelta(hours=r.uniform(16, 24)), rng=r)
                ch = r.choice(["chat", "email"])
                c.truth.update(
                    {
                        "apologised": True,
                        "apology_at": iso(at),
                        "apology_event_id": f.add(
                            c,
                            at,
                            ch,
                            "chat" if ch == "chat" else "message",
                            fill(f.pick(W.APOLOGY, c.lang)),
                        ),
                    }
                )
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control")
        happy_days(f, c, r.randint(4, 7), list(range(12)))


def repeat_contacts(f: Fam) -> None:
    r = f.rng
    for n in [2] * 4 + [3] * 4 + [4] * 4:
        c = f.person(
            f.lang(), "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=REP_TOL
        )
        happy_days(f, c, r.randint(1, 3), [0], 7, 12, surveys=False)
        repeat_run(f, c, r.randint(1, 4), n)
    for _ in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", tolerated=("silence",))
        p = fixed_case(
            f,
            c,
            f.at(r.randint(1, 5), 8, 19),
            r.choice(W.PROBLEMS),
            r.choice(["web", "email", "chat"]),
        )
        c.truth.update({"problems": [p], "trouble_starts_at": p["raised_at"]})
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", tolerated=("silence",))
        a, b = r.sample(W.PROBLEMS, 2)
        d0 = r.randint(0, 3)
        p1 = fixed_case(f, c, f.at(d0, 8, 19), a, "web")
        p2 = fixed_case(f, c, f.at(d0 + r.randint(4, 5), 8, 19), b, "email")
        c.truth.update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer")
        happy_days(f, c, r.randint(5, 8), list(range(10)))


def slow_churners(f: Fam) -> None:
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i, span in enumerate(spans):
        nps = i % 2 == 1
        exp = ("sentiment_drop", "detractor") if nps else ("sentiment_drop",)
        c = f.person(f.lang(), "slow_churner", "slides", expected=exp, tolerated=SLIDE_TOL)
        for d in sorted(r.sample(range(11), r.randint(4, 5))):
            f.add(
                c,
                f.at(d, 8, 20),
                r.choice(["social", "community"]),
                "post",
                fill(f.pick(W.PRAISE, c.lang)),
            )
        happy_days(f, c, r.randint(2, 4), list(range(11)), surveys=False)
        slide(f, c, r.randint(12, 16), span, nps=nps)
    for _ in range(5):
        c = f.person(
            f.lang(),
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        happy_days(f, c, r.randint(4, 6), list(range(16)), surveys=False)
        t = f.at(r.randint(17, 23), 8, 19)
        e = f.add(c, t, "email", "message", fill(f.pick(W.CANCEL_ASK, c.lang)), subject=W.CLUB)
        ack(f, c, morning(t + timedelta(hours=r.uniform(1, 5)), rng=r), "email", "", W.CANCEL_REPLY)
        ct = morning(t + timedelta(hours=r.uniform(20, 30)), rng=r)
        x = f.add(
            c, ct, "web", "cancellation", None, attrs={"page": "/account/club", "product": W.CLUB}
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady")
        happy_days(f, c, r.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person(
            f.lang(), "steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence")
        )
        d = r.randint(0, 4)
        ids = []
        for _k in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web", "review"])
            text = fill(f.pick(W.GRUMBLE, c.lang))
            t = f.at(d, 8, 20)
            if ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            elif ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            else:
                ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            d += r.randint(1, 3)
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": iso(_ts_of(f, ids[0]))})
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        happy_days(f, c, r.randint(3, 6), list(range(17)), surveys=False)
        c.truth["sarcasm_event_id"] = f.add(
            c, f.at(r.randint(17, 28), 9, 20), "social", "mention", fill(f.pick(W.SARCASM, c.lang))
        )


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        happy_days(f, c, r.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.at(r.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", None, attrs={"page": "/yards"})
        t2 = t + timedelta(minutes=r.randint(20, 30))
        mild_grumble(f, c, t2, chat=i < 2)
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        for burst, off in enumerate([0, r.randint(28, 33), r.randint(55, 65)]):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person(f.lang(), "night_owl", f"night {night + 1}, burst {burst + 1}")
                t = bt + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    e = f.add(c, t, "social", "mention", fill(f.pick(W.NIGHT_POST, c.lang)))
                else:
                    e = f.add(c, t, "chat", "chat", fill(f.pick(W.NIGHT_CHAT, c.lang)))
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(1, 4)),
                        "chat",
                        "chat",
                        fill(f.pick(W.NIGHT_ANSWER, c.lang)),
                        out=True,
                        attrs={"agent": "Nuno"},
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(5, 8)),
                        "chat",
                        "chat",
                        f.pick(W.THANKS, c.lang),
                    )
                c.truth.update({"burst_at": iso(bt), "night_event_id": e})
                if r.random() < 0.5:
                    happy_act(f, c, f.at(r.randint(0, 2), 9, 17.5), surveys=False)


PAIRS = [
    ("fr", "it"),
    ("it", "fr"),
    ("fr", "en"),
    ("it", "en"),
    ("fr", "de"),
    ("it", "de"),
    ("fr", "pt"),
    ("it", "es"),
    ("fr", "es"),
    ("de", "fr"),
    ("en", "it"),
    ("pt", "fr"),
    ("es", "it"),
]
PAIR_MARKET = {"fr": "CH", "it": "CH", "de": "CH", "en": "IE", "pt": "LU", "es": "BE"}


def bilingual(f: Fam) -> None:
    r = f.rng

    count = [0]

    def who(
        persona: str, habit: str, expected: tuple[str, ...], tolerated: tuple[str, ...]
    ) -> tuple[Cust, str, str]:
        a, b = PAIRS[count[0] % len(PAIRS)]
        count[0] += 1
        c = f.person(
            a,
            persona,
            habit,
            market=PAIR_MARKET[a],
            expected=expected,
            tolerated=tolerated,
            languages=[a, b],
        )
        return c, a, b

    for _ in range(12):
        c, a, b = who("happy", "alternates languages", (), ())
        for k, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            c.lang = (a, b)[k % 2]
            happy_act(f, c, f.at(d, 7, 19))
        c.lang = a
    for n in [2, 2, 3, 3, 4]:
        c, a, b = who("repeat_contact", "repeats", ("repeat_contact",), REP_TOL)
        happy_days(f, c, r.randint(1, 3), [0, 1], surveys=False)
        repeat_run(f, c, r.randint(2, 5), n, langs=[a, b])
    for _ in range(5):
        c, a, b = who("slow_churner", "slides", ("sentiment_drop",), SLIDE_TOL)
        for k, d in enumerate(sorted(r.sample(range(6), 5))):
            c.lang = (a, b)[k % 2]
            f.add(
                c,
                f.at(d, 8, 20),
                r.choice(["social", "community"]),
                "post",
                fill(f.pick(W.PRAISE, c.lang)),
            )
        c.lang = a
        happy_days(f, c, r.randint(1, 3), list(range(6)), surveys=False)
        slide(f, c, r.randint(7, 8), r.randint(3, 5), langs=[a, b])
    for k in range(3):
        c, a, b = who("happy_one_bad_day", "one bad day", (), ("silence",))
        day = r.randint(4, 9)
        happy_days(
            f,
            c,
            r.randint(2, 4),
            [d for d in range(14) if d <= day - 2 or d >= day + 3],
            surveys=False,
        )
        c.lang = b
        t = f.at(day, 9, 18)
        problem = r.choice(W.PROBLEMS)
        case = f.case()
        ch = "chat" if k == 2 else "email"
        e = raise_problem(f, c, t, problem, ch, case, long=k == 0)
        ack(f, c, t + timedelta(minutes=r.randint(2, 30)), ch, case)
        if k < 2:
            ack(
                f,
                c,
                morning(t + timedelta(hours=r.uniform(1, 4)), rng=r),
                "email",
                case,
                W.GOOD_NEWS,
            )
        if k == 1:
            at = morning(t + timedelta(hours=r.uniform(18, 24)), rng=r)
            c.truth.update(
                {
                    "apologised": True,
                    "apology_event_id": f.add(
                        c, at, "chat", "chat", fill(f.pick(W.APOLOGY, c.lang))
                    ),
                }
            )
        c.lang = a
        c.truth.update(
            {
                "problem": problem,
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "bad_day_language": b,
                "booking": case,
                "long_email": k == 0,
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(2):
        c, a, b = who("resolved_between_contacts", "fixed", (), ("silence",))
        p = fixed_case(f, c, f.at(r.randint(2, 8), 9, 18), r.choice(W.PROBLEMS), "web", lang2=b)
        c.truth.update(
            {"problems": [p], "confirm_language": b, "trouble_starts_at": p["raised_at"]}
        )


COMPANY = {
    "fr": ["Groupe Belvent", "Lycée Saint-Aubin", "Mairie de Villers", "Atelier Cordel"],
    "it": ["Studio Ferrante", "Liceo Manzoni", "Comune di Pieve", "Hotel Lariano"],
    "en": ["Harrow Events", "Kilbride School"],
    "de": ["Lindtal GmbH", "Stadtwerke Oberau"],
    "pt": ["Hotel Atlântida"],
    "es": ["Colegio Olivar"],
}
OFFICE = {"fr": "FR", "it": "IT", "en": "UK", "de": "DE", "pt": "PT", "es": "ES"}


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    plan = [
        ("at_risk", 5, 3, "fr"),
        ("at_risk", 4, 3, "it"),
        ("at_risk", 6, 4, "fr"),
        ("at_risk", 5, 4, "it"),
        ("at_risk", 5, 3, "de"),
    ]
    plan += [("one_unhappy", 3, 1, lang) for lang in ("fr", "it", "en", "es")]
    plan += [("mild", 4, 0, "fr"), ("mild", 3, 0, "it"), ("mild", 4, 0, "pt")]
    plan += [("happy", 4, 0, "it"), ("happy", 3, 0, "fr"), ("happy", 4, 0, "en")]
    used: set[str] = set()
    for kind, size, unhappy, lang in plan:
        company = r.choice([x for x in COMPANY[lang] if x not in used] or COMPANY[lang])
        used.add(company)
        market = OFFICE[lang]
        acc = f.unique(lambda m=market: f"CVP-{m}-{r.randint(1000, 9999)}")
        domain = (
            strip_accents(company.lower()).replace(" ", "").replace("'", "").replace("-", "")
            + ".example"
        )
        contacts: list[Cust] = []
        names: set[str] = set()
        for k in range(size):
            role = (
                "complainer"
                if k < unhappy
                else ("suggests" if kind == "mild" and k < 2 else "contact")
            )
            persona = (
                {"at_risk": "b2b_unhappy", "one_unhappy": "b2b_one_unhappy"}.get(kind, "b2b_mild")
                if role != "contact"
                else "b2b_happy"
            )
            while True:
                c = f.person(
                    lang,
                    persona,
                    role,
                    market=market,
                    account=acc,
                    domain=domain,
                    company=company,
                    role=role,
                    job_title=r.choice(
                        [
                            "Office manager",
                            "HR lead",
                            "Head teacher",
                            "Events coordinator",
                            "Finance officer",
                        ]
                    ),
                )
                if c.first not in names:
                    break
                del f.custs[c.key]
            names.add(c.first)
            contacts.append(c)
        problem = r.choice(W.B2B_PROBLEMS)
        case = f.case()
        unhappy_keys = [c.key for c in contacts[:unhappy]]
        for c in contacts:
            role = c.truth["role"]
            routine = r.randint(0, 2) if role != "contact" else r.randint(2, 5)
            days = (
                [0, 1]
                if role != "contact"
                else [d for d in range(12) if (f.start + timedelta(days=d)).weekday() < 5]
            )
            for d in sorted(r.sample(days, min(routine, len(days)))):
                t = f.at(d, 8, 16.5)
                act = r.choice(
                    ["chat", "buy", "view", "praise", "survey"]
                    if role == "contact"
                    else ["chat", "buy", "view"]
                )
                if act == "chat":
                    f.add(c, t, "chat", "chat", fill(f.pick(W.B2B_QUESTION, c.lang)))
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(1, 6)),
                        "chat",
                        "chat",
                        fill(f.pick(W.B2B_ANSWER, c.lang)),
                        out=True,
                        attrs={"agent": "Sabine"},
                    )
                    if r.random() < 0.5:
                        f.add(
                            c,
                            t + timedelta(minutes=r.randint(7, 9)),
                            "chat",
                            "chat",
                            f.pick(W.THANKS, c.lang),
                        )
                elif act == "praise":
                    f.add(c, t, "community", "post", fill(f.pick(W.B2B_PRAISE, c.lang)))
                elif act == "survey":
                    happy_survey(f, c, t)
                elif act == "buy":
                    f.add(c, t, "web", "page_view", None, attrs={"page": "/pro/sessions"})
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(2, 8)),
                        "web",
                        "purchase",
                        None,
                        attrs={
                            "product": "Team session 2 h / Séance d'équipe 2 h",
                            "order_value": "640.00",
                            "currency": "GBP" if market == "UK" else "EUR",
                            "page": "/pro/checkout",
                        },
                    )
                else:
                    f.add(c, t, "web", "page_view", None, attrs={"page": "/pro/portal"})
        if kind == "at_risk":
            t = f.start + timedelta(days=2, hours=r.uniform(8.5, 11))
            first = contacts[0]
            for k, c in enumerate(contacts[:unhappy]):
                comp_text = fill(f.pick(W.B2B_COMPLAINT[problem], c.lang))
                if k == 0:
                    text = comp_text
                else:
                    t = t + timedelta(hours=r.uniform(8, 28))
                    t = _office(t, r)
                    text = fill(
                        f.pick(W.B2B_LATER, c.lang),
                        n=first.first,
                        day=W.WEEKDAY[c.lang][2],
                        case=case,
                        complaint=comp_text,
                    )
                e = f.add(
                    c, t, "email", "message", text, subject=f"{W.SUBJ_COMPLAINT[c.lang]}: {W.PRO}"
                )
                ack(f, c, t + timedelta(minutes=r.randint(15, 50)), "email", case, W.B2B_ACK)
                c.truth.update(
                    {
                        "complaint_event_ids": [e],
                        "problem": problem,
                        "booking": case,
                        "trouble_starts_at": iso(t),
                    }
                )
                exp = ["detractor"] if k < unhappy - 1 else ["repeat_contact"]
                c.truth["expected_rules"] = exp
                c.truth["tolerated_rules"] = [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                ]
                if k < unhappy - 1:
                    low_nps(f, c, t + timedelta(hours=r.uniform(1, 3)))
                else:
                    t2 = _office(t + timedelta(hours=r.uniform(18, 40)), r)
                    comp = r.choice(W.COMPETITORS)
                    if r.random() < 0.4:
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            fill(f.pick(W.B2B_LAST_MAIL, c.lang), case=case, comp=comp),
                            subject=f"{W.SUBJ_CASE[c.lang]} {case}",
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(
                            c,
                            t2,
                            "phone",
                            "call",
                            transcript(fill(f.pick(W.B2B_LAST_CALL, c.lang), case=case)),
                        )
                    c.truth["complaint_event_ids"].append(e2)
            f.accounts[acc] = {
                "trouble_starts_at": iso(_ts_of(f, contacts[0].truth["complaint_event_ids"][0]))
            }
        elif kind == "one_unhappy":
            c = contacts[0]
            t = _office(f.start + timedelta(days=r.randint(3, 7), hours=r.uniform(8.5, 15)), r)
            e = f.add(
                c,
                t,
                "email",
                "message",
                fill(f.pick(W.B2B_COMPLAINT[problem], c.lang)),
                subject=f"{W.SUBJ_COMPLAINT[c.lang]}: {W.PRO}",
            )
            ack(f, c, t + timedelta(minutes=r.randint(15, 50)), "email", case, W.B2B_ACK)
            v = r.randint(1, 5)
            c.truth.update(
                {
                    "expected_rules": ["detractor"],
                    "tolerated_rules": ["sentiment_drop", "high_value_at_risk", "silence"],
                    "complaint_event_ids": [e],
                    "problem": problem,
                    "booking": case,
                    "trouble_starts_at": iso(t),
                    "nps_given": True,
                    "nps": v,
                }
            )
            c.truth["survey_event_id"] = f.add(
                c,
                t + timedelta(hours=r.uniform(1, 3)),
                "survey",
                "survey_response",
                None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = _office(
                    f.start + timedelta(days=r.randint(2, 9), hours=r.uniform(8.5, 15.5)), r
                )
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    fill(f.pick(W.B2B_SUGGEST, c.lang)),
                    attrs={"page": "/pro/feedback"},
                )
                ack(f, c, t + timedelta(minutes=r.randint(20, 90)), "email", "", W.B2B_SUGGEST_ACK)
                c.truth.update(
                    {
                        "mild_event_id": e,
                        "tolerated_rules": ["silence"],
                        "trouble_starts_at": iso(t),
                    }
                )
        acct = f.accounts.setdefault(acc, {"trouble_starts_at": None})
        acct.update(
            {
                "company": company,
                "contacts": size,
                "contact_keys": [c.key for c in contacts],
                "unhappy_contacts": unhappy,
                "unhappy_contact_keys": unhappy_keys,
                "at_risk": kind == "at_risk",
                "expected_rules": ["account_risk"] if kind == "at_risk" else [],
                "tolerated_rules": [],
                "kind": kind,
                "same_problem": problem if kind == "at_risk" else None,
                "language": lang,
                "country": market,
            }
        )


def _office(t: datetime, r: random.Random) -> datetime:
    while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
        if t.hour >= 17 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=r.randint(5, 55))
        else:
            t = t.replace(hour=8, minute=r.randint(5, 55))
    return t


def topic_spike(f: Fam) -> None:
    r = f.rng
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer")
        for d in sorted(r.sample(range(6), r.randint(2, 5))):
            happy_act(f, c, f.at(d, 12, 19) if d == 5 else f.at(d, 7, 19))
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.at(0, 9, 17)
        mild_grumble(f, c, t, chat=True)
    for lang, hh in (("it", 9.6), ("fr", 16.1)):
        c = f.person(lang, "grumbles_once", "lone question", tolerated=("silence",))
        t = f.start + timedelta(days=4, hours=hh)
        e = f.add(c, t, "chat", "chat", fill(f.pick(W.LONE_Q, lang)))
        f.add(
            c,
            t + timedelta(minutes=3),
            "chat",
            "chat",
            fill(f.pick(W.LONE_A, lang)),
            out=True,
            attrs={"agent": "Nuno"},
        )
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    s0 = f.start + timedelta(days=5, hours=9, minutes=5)
    langs = ["fr"] * 6 + ["it"] * 6 + ["en", "en", "de", "de", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    offs = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    fixed_n = 0
    rep_idx = set(r.sample([i for i in range(20) if offs[i] <= 28], 6))
    for i, lang in enumerate(r.sample(langs, len(langs))):
        regular = i % 5 < 3
        c = f.person(
            lang,
            "spike_reporter",
            "regular" if regular else "new",
            tolerated=("silence",),
            in_spike=True,
            regular=regular,
        )
        if regular:
            happy_act(f, c, f.at(2, 8, 17.5), surveys=False)
        t = s0 + timedelta(minutes=offs[i], seconds=r.randint(0, 50))
        ch = chans[i]
        text = fill(r.choice(W.SPIKE_REPORT[lang]))
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            c,
            t,
            ch,
            kind,
            text,
            subject="App" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 3)),
                "chat",
                "chat",
                fill(f.pick(W.SPIKE_CHAT_ANSWER, lang)),
                out=True,
                attrs={"agent": "Margaux"},
            )
        keys.append(c.key)
        eids.append(e)
        c.truth.update({"spike_event_id": e, "spike_channel": ch, "trouble_starts_at": iso(t)})
        if i in rep_idx:
            ch2 = r.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + timedelta(minutes=r.randint(12, 50))
            kind2 = {"chat": "chat", "community": "post", "email": "message"}[ch2]
            e2 = f.add(
                c,
                t2,
                ch2,
                kind2,
                fill(f.pick(W.SPIKE_AGAIN, lang)),
                subject="App" if ch2 == "email" else None,
            )
            reps.append(e2)
            c.truth.update(
                {
                    "persona": "spike_repeater",
                    "expected_rules": ["repeat_contact"],
                    "tolerated_rules": ["silence", "sentiment_drop"],
                    "repeat_event_id": e2,
                }
            )
        elif fixed_n < 6 and ch != "chat":
            fixed_n += 1
            ack(
                f,
                c,
                f.start + timedelta(days=5, hours=11, minutes=r.randint(5, 15)),
                "email",
                "",
                W.SPIKE_FIXED,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "riding-lesson app shows every Saturday lesson as cancelled though yards are open; no rebooking possible",
        "about": "the planted incident: app bookings wrongly marked cancelled, with an error code in some reports",
        "channel": None,
        "start": iso(min(_ts_of(f, e) for e in eids)),
        "end": iso(max(_ts_of(f, e) for e in eids)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


FAMILIES: list[tuple[str, str, datetime, int, str, Any]] = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 2, tzinfo=UTC),
        10,
        "happy day and night writers and survey answerers",
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
        "problems raised again while still open",
        repeat_contacts,
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 6, 8, tzinfo=UTC),
        32,
        "slides, leavers, steady, grumpy, sarcastic",
        slow_churners,
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        "a calm weekend with night-owl bursts",
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
        datetime(2026, 9, 28, tzinfo=UTC),
        14,
        "Cavallora Pro company accounts",
        b2b_accounts,
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 10, 19, tzinfo=UTC),
        7,
        "a calm week and the planted incident",
        topic_spike,
    ),
]


def write(f: Fam) -> tuple[int, int, int]:
    rows = sorted(f.rows, key=lambda row: (row.ts, row.eid))
    first: dict[str, str] = {}
    for row in rows:
        if row.direction == "inbound" and row.cust.key not in first:
            first[row.cust.key] = row.eid
    lines = []
    for row in rows:
        c = row.cust
        full = row.direction == "outbound" or first.get(c.key) == row.eid
        ref: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        phone = c.phone
        if full:
            ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
        elif row.channel == "phone":
            cc = W.PHONE[c.market][0]
            ref["phone"] = cc + " " + phone[len(cc) :] if f.rough.random() < 0.5 else phone
        elif row.channel in ("social", "community"):
            if c.handle:
                ref["handle"] = c.handle if f.rough.random() < 0.8 else c.handle.lstrip("@")
            else:
                ref["email"] = c.email
        elif row.channel == "email":
            ref["email"] = c.email.upper() if f.rough.random() < 1 / 12 else c.email
        else:
            ref["customer_id"] = c.key
        obj = {
            "event_id": row.eid,
            "occurred_at": iso(row.ts),
            "channel": row.channel,
            "kind": row.kind,
            "direction": row.direction,
            "customer": ref,
            "text": row.text,
            "subject": row.subject,
            "scores": row.scores,
            "source": SOURCES[row.channel],
            "attributes": row.attrs,
        }
        lines.append(json.dumps(obj, ensure_ascii=False))
    (HERE / f"{f.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected: dict[str, int] = {}
    for c in f.custs.values():
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{c.key} both expects and tolerates a rule")
        if c.key not in first:
            raise SystemExit(f"{c.key} has no inbound touchpoint")
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    end = max(f.start + timedelta(days=f.days), rows[-1].ts + timedelta(hours=1))
    if rows[-1].ts >= datetime(2026, 11, 15, tzinfo=UTC) or rows[0].ts < f.start:
        raise SystemExit(f"{f.name}: touchpoint outside the family's window")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Cavallora, riding lessons and trail rides (app and web, Cavallora Club), Cavallora Pro for companies and schools",
            "days": f.days,
            "seed": SEED,
            "written": "2026-12-06",
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {c.key: c.truth for c in f.custs.values()},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    return len(f.custs), len(rows), sum(1 for row in rows if row.direction == "outbound")


def main() -> None:
    totals = [0, 0, 0]
    for n, (name, code, start, days, about, build) in enumerate(FAMILIES, start=1):
        want = 4 if name == "quiet_hours" else 0
        if start.weekday() != want:
            raise SystemExit(f"{name} does not start on the right weekday")
        f = Fam(name, code, start, days, n, about)
        build(f)
        counts = write(f)
        print(name, *counts)
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
    print("total", *totals)


if __name__ == "__main__":
    main()
