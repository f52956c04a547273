"""Build heldout200/ (Cantavo, private karaoke booths): every family's JSONL and truth.

Standard library only; fixed seed, one random.Random per family (and one more for the
roughening and identifier variants); two runs give the same bytes. Run from anywhere.
Never tune on these files: they are for one report.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261206
BUSINESS = "Cantavo: private karaoke booths booked by app and web, Cantavo Club membership, Cantavo Pro team nights on account for companies"
COMPS = ("Vozzara", "Lirikon")
AGENTS = ("Amélie", "Rafael", "Sónia", "Olivier", "Kate", "Jana", "Marco", "Lola")
END_LIMIT = datetime(2026, 11, 15, tzinfo=UTC)

T_SILENCE = ["silence"]
T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDER = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVER = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_GRUMPY = ["repeat_contact", "silence"]
T_SPIKE_REPEAT = ["sentiment_drop", "silence"]
T_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

PHONES = {
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["47", "48", "49"], 7),
    "CH": ("41", ["76", "78", "79"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "UK": ("44", ["7"], 9),
    "IE": ("353", ["83", "85", "87"], 7),
    "DE": ("49", ["151", "160", "176"], 8),
    "AT": ("43", ["664", "676", "699"], 7),
    "IT": ("39", ["3"], 9),
    "ES": ("34", ["6"], 8),
}
DOMAINS = ("mail.example", "correio.example", "post.example", "inbox.example", "web.example")
SOURCES = {
    "email": "cantavo-mail",
    "phone": "cantavo-voice",
    "social": "cantavo-social",
    "community": "cantavo-forum",
    "chat": "cantavo-chat",
    "web": "cantavo-web",
    "survey": "cantavo-survey",
}
UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
USED: set[str] = set()


def ascii_of(text: str) -> str:
    for k, v in UMLAUT.items():
        text = text.replace(k, v)
    keep = {"ß": "\0", "ñ": "\1"}
    for k, v in keep.items():
        text = text.replace(k, v)
    out = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return out.replace("\0", "ß").replace("\1", "ñ")


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def unique(rng: random.Random, make: Any) -> str:
    while True:
        value = str(make(rng))
        if value not in USED:
            USED.add(value)
            return value


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
    town: str
    truth: dict[str, Any]


@dataclass
class Row:
    eid: str
    t: datetime
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
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    customers: list[Cust] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    account_expected: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        t = self.start + timedelta(days=day, hours=hour)
        return t.replace(second=self.rng.randrange(60), microsecond=0)

    # ---------------------------------------------------------------- people --
    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        market: str | None = None,
        account: str | None = None,
        company: str | None = None,
    ) -> Cust:
        rng = self.rng
        market = market or rng.choice(W.MARKETS[lang])
        first = rng.choice(W.FIRST[lang])
        last = rng.choice(W.LAST[lang])
        key = unique(rng, lambda r: f"CV{self.code}{r.randrange(1000, 10000)}")
        a_first, a_last = (
            ascii_of(first).lower().replace("ß", "ss"),
            ascii_of(last).lower().replace("ß", "ss").replace("ñ", "n"),
        )
        if company:
            dom = (
                ascii_of(company).lower().replace(" ", "-").replace("&", "and").replace("'", "")
                + ".example"
            )
            email = unique(
                rng,
                lambda r: (
                    f"{a_first}.{a_last}@{dom}"
                    if f"{a_first}.{a_last}@{dom}" not in USED
                    else f"{a_first}.{a_last}{r.randrange(2, 99)}@{dom}"
                ),
            )
            handle = None
        else:
            email = unique(
                rng,
                lambda r: (
                    f"{r.choice([a_first + '.' + a_last, a_first + a_last[0], a_first[0] + a_last])}{r.randrange(1, 99)}@{r.choice(DOMAINS)}"
                ),
            )
            handle = unique(
                rng,
                lambda r: (
                    "@"
                    + r.choice(
                        [
                            f"{a_last}_{a_first}{r.randrange(1, 9)}",
                            f"{a_first}{a_last}{r.randrange(10, 99)}",
                            f"{a_first[:4]}_{a_last}",
                            f"{a_first}.{a_last[:3]}{r.randrange(1, 9)}",
                        ]
                    )
                ),
            )
        cc, prefixes, rest = PHONES[market]
        phone = unique(
            rng,
            lambda r: (
                "+" + cc + r.choice(prefixes) + "".join(str(r.randrange(10)) for _ in range(rest))
            ),
        )
        town = rng.choice(W.TOWNS[market])
        truth: dict[str, Any] = {
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
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": rng.choice(W.JOBS[lang]),
            "town": town,
        }
        c = Cust(key, lang, market, first, last, email, phone, handle, account, town, truth)
        self.customers.append(c)
        return c

    # ------------------------------------------------------------------- rows --
    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        lang: str | None = None,
    ) -> str:
        if t >= END_LIMIT or t.year != 2026 or t < self.start:
            raise SystemExit(f"{self.name}: {iso(t)} outside the family's time")
        eid = f"h200-{self.code.lower()}-{len(self.rows) + 1:05d}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(Row(eid, t, c, channel, kind, out, text, subject, sc, a))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = ascii_of(text)
        if r.random() < 0.125 and text[:1].isupper() and not text.startswith("@"):
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if spots:
                i = r.choice(spots)
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def pick(self, table: dict[str, list[str]], lang: str, **fill: str) -> str:
        text = self.rng.choice(table[lang])
        fill.setdefault("town", "")
        return text.format(**fill)

    def case(self) -> str:
        return unique(self.rng, lambda r: f"CV-{r.randrange(100000, 1000000)}")

    def amount(self, c: Cust, base: int) -> str:
        if c.market == "UK":
            return f"£{round(base * 0.86)}"
        if c.market == "CH":
            return f"{round(base * 0.94)} CHF"
        return f"{base} €"


# ------------------------------------------------------------------ helpers --
def night_safe(t: datetime, rng: random.Random) -> datetime:
    """Move a customer's later message out of 22:00-07:00 UTC (to 08:00-09:00)."""
    if t.hour >= 22:
        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randrange(60))
    elif t.hour < 7:
        t = t.replace(hour=8, minute=rng.randrange(60))
    return t


def office(t: datetime, rng: random.Random) -> datetime:
    """Weekdays 08-17 UTC; otherwise the next working morning."""
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        if t.hour >= 17 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randrange(5, 55))
        else:
            t = t.replace(hour=8, minute=rng.randrange(5, 55))
    return t


def social_text(text: str) -> str:
    if "@Cantavo" in text:
        return text
    if "Cantavo" in text:
        i = text.rfind("Cantavo")
        return text[:i] + "@" + text[i:]
    return "@Cantavo " + text


def plain(text: str) -> str:
    return text.replace("@Cantavo ", "").replace("@Cantavo", "Cantavo")


def call_text(text: str) -> str:
    out = "".join(ch for ch in text if ch.isalnum() or ch in " -'€£")
    return " ".join(out.lower().split())


def purchase(f: Fam, c: Cust, t: datetime) -> None:
    label, base = f.rng.choice(W.PRODUCTS)
    page = "/booking/new" if "Booth" in label or "pack" in label else "/club"
    f.add(c, t, "web", "page_view", attrs={"page": page})
    cur = W.CURRENCY.get(c.market, "EUR")
    value = base * (0.86 if cur == "GBP" else 0.94 if cur == "CHF" else 1.0)
    f.add(
        c,
        t + timedelta(minutes=f.rng.randrange(2, 15)),
        "web",
        "purchase",
        attrs={"order_value": f"{value:.2f}", "currency": cur, "product": label, "page": page},
    )


def happy_act(
    f: Fam,
    c: Cust,
    t: datetime,
    lang: str | None = None,
    surveys: bool = True,
    kinds: list[str] | None = None,
) -> None:
    rng = f.rng
    lang = lang or c.lang
    options = kinds or [
        "praise",
        "again",
        "gripe",
        "joke",
        "chat",
        "call",
        "buy",
        "buy",
        "view",
        "review",
        "email",
    ] + (["survey"] if surveys else [])
    kind = rng.choice(options)

    def m(a: int, b: int) -> timedelta:
        return timedelta(minutes=rng.randrange(a, b))

    if kind in ("praise", "again", "gripe", "joke"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE_PRAISE, "joke": W.JOKES}[
            kind
        ]
        text = f.pick(table, lang, town=c.town)
        if rng.random() < 0.5:
            f.add(c, t, "social", "mention", social_text(text))
        else:
            f.add(c, t, "community", "post", text)
    elif kind == "chat":
        f.add(c, t, "chat", "chat", f.pick(W.CHAT_Q, lang))
        f.add(c, t + m(1, 6), "chat", "chat", f.pick(W.CHAT_A, lang), out=True)
        if rng.random() < 0.6:
            f.add(c, t + m(7, 12), "chat", "chat", f.pick(W.THANKS, lang))
    elif kind == "email":
        q = f.pick(W.CHAT_Q, lang)
        f.add(c, t, "email", "message", q, subject=q.split(",")[0][:40])
        a = t + m(40, 240)
        f.add(c, night_safe(a, rng), "email", "message", f.pick(W.CHAT_A, lang), out=True)
    elif kind == "call":
        f.add(c, t, "phone", "call", f.pick(W.CALL_Q, lang, town=c.town))
        f.add(c, t + m(10, 40), "email", "message", f.pick(W.CALL_FOLLOW, lang), out=True)
    elif kind == "buy":
        purchase(f, c, t)
    elif kind == "view":
        f.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
    elif kind == "review":
        f.add(
            c, t, "web", "review", f.pick(W.REVIEW, lang), attrs={"rating": "5", "page": "/venues"}
        )
    else:
        survey = rng.choice(["nps", "csat", "ces"])
        score = {
            "nps": rng.randrange(9, 11),
            "csat": rng.randrange(4, 6),
            "ces": rng.randrange(6, 8),
        }[survey]
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            f.pick(W.SURVEY_WORDS, lang) or None,
            scores={survey: score},
            attrs={"survey": survey},
        )


def day_hours(f: Fam, lo: float = 7.0, hi: float = 19.0) -> float:
    return f.rng.uniform(lo, hi)


def happy_days(
    f: Fam,
    c: Cust,
    n: int,
    days: list[int],
    lo: float = 7.0,
    hi: float = 19.0,
    lang_cycle: list[str] | None = None,
    surveys: bool = True,
    kinds: list[str] | None = None,
) -> None:
    chosen = sorted(f.rng.sample(days, min(n, len(days))))
    for i, d in enumerate(chosen):
        lang = lang_cycle[i % len(lang_cycle)] if lang_cycle else None
        happy_act(f, c, f.at(d, day_hours(f, lo, hi)), lang, surveys, kinds)


def pick_lang(f: Fam, weights: dict[str, int] | None = None) -> str:
    w = weights or {"fr": 30, "pt": 30, "en": 10, "de": 10, "it": 10, "es": 10}
    return f.rng.choices(list(w), weights=list(w.values()))[0]


def problem_text(f: Fam, c: Cust, problem: str, lang: str | None = None) -> str:
    lang = lang or c.lang
    return f.pick(W.PROBLEM[problem], lang, amount=f.amount(c, f.rng.choice([44, 69, 96, 119])))


def expect(c: Cust, expected: list[str], tolerated: list[str]) -> None:
    c.truth["expected_rules"] = sorted(set(c.truth["expected_rules"]) | set(expected))
    c.truth["tolerated_rules"] = sorted(set(tolerated) - set(c.truth["expected_rules"]))


# ----------------------------------------------------------------- families --
def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.person(pick_lang(f), "happy", "day writer")
        happy_days(f, c, f.rng.randrange(5, 9), list(range(f.days)))
    for _ in range(5):
        c = f.person(pick_lang(f), "happy", "night writer")
        nights = sorted(f.rng.sample(range(f.days - 1), f.rng.randrange(2, 5)))
        for d in nights:
            t = f.at(d, f.rng.uniform(22.2, 28.5))
            if f.rng.random() < 0.5:
                text = f.pick(W.NIGHT_POST, c.lang, town=c.town)
                if f.rng.random() < 0.5:
                    f.add(c, t, "social", "post", social_text(text))
                else:
                    f.add(c, t, "community", "post", text)
            else:
                f.add(c, t, "chat", "chat", f.pick(W.NIGHT_Q, c.lang, town=c.town))
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randrange(1, 5)),
                    "chat",
                    "chat",
                    f.pick(W.NIGHT_A, c.lang),
                    out=True,
                )
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randrange(6, 10)),
                    "chat",
                    "chat",
                    f.pick(W.THANKS, c.lang),
                )
        happy_days(
            f,
            c,
            f.rng.randrange(2, 4),
            list(range(f.days)),
            9,
            18,
            kinds=["praise", "buy", "view", "review"],
        )
    for _ in range(5):
        c = f.person(pick_lang(f), "happy", "answers surveys")
        happy_days(f, c, f.rng.randrange(3, 7), list(range(f.days)), kinds=["survey"])


def bad_moment(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, long: bool, lang: str | None = None
) -> tuple[str, str | None]:
    """One angry message; returns (event id, case reference or None)."""
    lang = lang or c.lang
    ptxt = problem_text(f, c, problem, lang)
    topic = W.TOPIC_WORD[problem][lang]
    subj = W.COMPLAINT_SUBJ[lang].format(topic=topic)

    def m(a: int, b: int) -> timedelta:
        return timedelta(minutes=f.rng.randrange(a, b))

    case: str | None = f.case()
    if channel == "email" and long:
        body = f.pick(
            W.LONG_EMAIL,
            lang,
            town=c.town,
            problem_lc=ptxt[0].lower() + ptxt[1:],
            name=f"{c.first} {c.last}",
        )
        eid = f.add(c, t, "email", "message", body, subject=subj)
    elif channel == "email":
        eid = f.add(c, t, "email", "message", f.pick(W.ANGRY, lang, problem=ptxt), subject=subj)
    elif channel == "chat":
        eid = f.add(c, t, "chat", "chat", f.pick(W.ANGRY, lang, problem=ptxt))
        f.add(c, t + m(1, 5), "chat", "chat", f.pick(W.CHAT_CASE, lang, case=str(case)), out=True)
        return eid, case
    elif channel == "social":
        eid = f.add(c, t, "social", "mention", f.pick(W.SOCIAL_ANGRY, lang, problem=ptxt))
        return eid, None
    elif channel == "web":
        eid = f.add(
            c,
            t,
            "web",
            "ticket",
            f.pick(W.ANGRY, lang, problem=ptxt),
            subject=subj,
            attrs={"page": "/help/contact"},
        )
    else:
        eid = f.add(c, t, "phone", "call", call_text(f.pick(W.CALL_FIRST, lang, problem=ptxt)))
    f.add(
        c,
        t + m(10, 40),
        "email",
        "message",
        f.pick(W.CASE_OPENED, lang, first=c.first, case=str(case)),
        subject=f"Re: {subj}" if channel != "phone" else str(case),
        out=True,
    )
    return eid, case


PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]


def one_bad_day(f: Fam) -> None:
    rng = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = PROBLEMS * 4
    rng.shuffle(problems)
    langs = ["fr", "pt", "fr", "pt"] + [pick_lang(f) for _ in range(20)]
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    nps_ones = set(rng.sample(with_case, 6))
    csat_ones = set(rng.sample([i for i in with_case if i not in nps_ones], 5))
    good = set(rng.sample(with_case, 12))
    apol = set(rng.sample(sorted(good), 5))
    for i in range(24):
        persona = "bad_day_detractor" if i in nps_ones else "happy_one_bad_day"
        c = f.person(langs[i], persona, "one bad day")
        bd = rng.randrange(2, 10)
        t = f.at(bd, rng.uniform(8, 20))
        ch = channels[i]
        eid, case = bad_moment(f, c, t, problems[i], "email" if ch == "long" else ch, ch == "long")
        ok_days = [d for d in range(f.days) if d <= bd - 2 or d >= bd + 3]
        happy_days(f, c, rng.randrange(1, 6), ok_days, surveys=False)
        c.truth.update(
            {
                "problem": problems[i],
                "channel": "email" if ch == "long" else ch,
                "long_email": ch == "long",
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "nps_given": False,
                "csat_given": False,
                "agent_fixed": False,
                "apologised": False,
            }
        )
        if i in nps_ones:
            nps = rng.randrange(1, 6)
            sid = f.add(
                c,
                t + timedelta(minutes=rng.randrange(100, 141)),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
            expect(c, ["detractor"], T_SILENCE)
        else:
            expect(c, [], T_SILENCE)
        if i in csat_ones:
            cs = rng.randrange(1, 3)
            sid = f.add(
                c,
                t + timedelta(minutes=rng.randrange(40, 81)),
                "survey",
                "survey_response",
                f.pick(W.LOW_CSAT, c.lang) or None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": cs, "survey_event_id": sid})
        if i in good and case:
            g = night_safe(t + timedelta(minutes=rng.randrange(60, 241)), rng)
            f.add(
                c,
                g,
                "email",
                "message",
                f.pick(W.GOOD_NEWS, c.lang, first=c.first, case=case),
                subject=case,
                out=True,
            )
            c.truth["agent_fixed"] = True
            if i in apol:
                a = night_safe(t + timedelta(hours=rng.uniform(16, 24)), rng)
                a = max(a, g + timedelta(minutes=30))
                ch2 = rng.choice(["chat", "email"])
                aid = f.add(
                    c,
                    a,
                    ch2,
                    "chat" if ch2 == "chat" else "message",
                    f.pick(W.APOLOGY, c.lang, case=case),
                    subject=f"Re: {case}" if ch2 == "email" else None,
                )
                c.truth.update({"apologised": True, "apology_at": iso(a), "apology_event_id": aid})
    for _ in range(8):
        c = f.person(pick_lang(f), "happy", "control")
        happy_days(f, c, rng.randrange(4, 8), list(range(f.days)), surveys=False)


def repeat_run(
    f: Fam,
    c: Cust,
    d0: int,
    first_channel: str,
    times: int,
    escalate: bool,
    problem: str,
    langs: list[str] | None = None,
) -> None:
    """A problem raised `times` times, still open; the later contacts name the case."""
    rng = f.rng
    langs = langs or [c.lang]
    t = f.at(d0, rng.uniform(8, 19))
    eid, case = bad_moment(f, c, t, problem, first_channel, False, langs[0])
    assert case
    ids = [eid]
    if escalate:
        f.add(
            c,
            t + timedelta(minutes=rng.randrange(90, 151)),
            "email",
            "message",
            f.pick(W.ESCALATED, langs[0], first=c.first, case=case),
            subject=case,
            out=True,
        )
    used = {first_channel}
    comp = rng.choice(COMPS) if times >= 3 else None
    for k in range(2, times + 1):
        t = night_safe(t + timedelta(hours=rng.uniform(4, 40)), rng)
        lang = langs[(k - 1) % len(langs)]
        ch = rng.choice([x for x in ["email", "chat", "phone", "web", "social"] if x not in used])
        used.add(ch)
        ptxt = problem_text(f, c, problem, lang)
        if k == 3:
            text = f.pick(W.THIRD, lang, case=case, comp=str(comp))
        elif k == 4:
            text = f.pick(W.FOURTH, lang, case=case)
        else:
            text = f.pick(W.STILL_OPEN, lang, case=case, problem=ptxt)
        subj = f"{W.COMPLAINT_SUBJ[lang].format(topic=W.TOPIC_WORD[problem][lang])} ({case})"
        if ch == "email":
            eid = f.add(c, t, "email", "message", text, subject=subj)
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=rng.randrange(1, 5)),
                "chat",
                "chat",
                f.pick(W.URGENT, lang, case=case),
                out=True,
            )
        elif ch == "phone":
            eid = f.add(
                c,
                t,
                "phone",
                "call",
                call_text(f.pick(W.CALL_FRAME, lang, case=case, problem=ptxt if k == 2 else text)),
            )
        elif ch == "web":
            eid = f.add(c, t, "web", "ticket", text, subject=subj, attrs={"page": "/help/contact"})
        else:
            eid = f.add(c, t, "social", "mention", social_text(text))
        ids.append(eid)
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "channels": sorted(used),
            "channel": first_channel,
            "agent_passed_on": escalate,
            "problem_event_ids": ids,
            "competitor": comp,
        }
    )


def fixed_case(
    f: Fam, c: Cust, d0: int, problem: str, lang: str, confirm_lang: str, channel: str = "web"
) -> dict[str, Any]:
    rng = f.rng
    t = f.at(d0, rng.uniform(8, 18))
    eid, case = bad_moment(f, c, t, problem, channel, False, lang)
    assert case
    g = night_safe(t + timedelta(hours=rng.uniform(3, 20)), rng)
    f.add(
        c,
        g,
        "email",
        "message",
        f.pick(W.GOOD_NEWS, confirm_lang, first=c.first, case=case),
        subject=case,
        out=True,
    )
    k = night_safe(g + timedelta(hours=rng.uniform(8, 30)), rng)
    ch = rng.choice(["email", "chat"])
    cid = f.add(
        c,
        k,
        ch,
        "message" if ch == "email" else "chat",
        f.pick(W.CONFIRM, confirm_lang, case=case),
        subject=f"Re: {case}" if ch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(k),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": ch,
    }


def repeat_contacts(f: Fam) -> None:
    rng = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    times = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(firsts)
    esc = [True] * 6 + [False] * 6
    rng.shuffle(esc)
    for i in range(12):
        c = f.person(["fr", "pt"][i % 2] if i < 6 else pick_lang(f), "repeat_contact", "repeats")
        happy_days(f, c, rng.randrange(1, 4), [0], 7, 12)
        d0 = rng.randrange(1, 5)
        repeat_run(f, c, d0, firsts[i], times[i], esc[i], rng.choice(PROBLEMS))
        c.truth["trouble_starts_at"] = next(
            iso(r.t) for r in f.rows if r.eid == c.truth["problem_event_ids"][0]
        )
        expect(c, ["repeat_contact"], T_REPEAT)
    for _ in range(5):
        c = f.person(pick_lang(f), "resolved_between_contacts", "fixed")
        happy_days(f, c, rng.randrange(1, 3), [0, 1], surveys=False)
        p = fixed_case(
            f,
            c,
            rng.randrange(2, 5),
            rng.choice(PROBLEMS),
            c.lang,
            c.lang,
            rng.choice(["web", "email", "chat"]),
        )
        c.truth.update({"problems": [p], "trouble_starts_at": p["raised_at"]})
        expect(c, [], T_SILENCE)
    for _ in range(3):
        c = f.person(pick_lang(f), "different_problems", "two problems")
        a, b = rng.sample(PROBLEMS, 2)
        d = rng.randrange(1, 3)
        p1 = fixed_case(f, c, d, a, c.lang, c.lang, "email")
        p2 = fixed_case(f, c, d + rng.randrange(4, 6), b, c.lang, c.lang, "chat")
        c.truth.update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
        expect(c, [], T_SILENCE)
    for _ in range(7):
        c = f.person(pick_lang(f), "happy", "frequent writer")
        happy_days(
            f,
            c,
            rng.randrange(5, 9),
            list(range(f.days)),
            kinds=["chat", "chat", "email", "call", "buy", "praise"],
        )


def slide(f: Fam, c: Cust, d0: int, span: int, langs: list[str], comp: str) -> list[str]:
    rng = f.rng
    variant = rng.randrange(len(W.SLIDE[langs[0]]))
    ids: list[str] = []
    last = f.at(d0, rng.uniform(9, 19))
    gaps = sorted(rng.uniform(0, span) for _ in range(5))
    ratings = ["3", "3", "2", "2", "1", "1"]
    for k in range(6):
        lang = langs[k % len(langs)]
        steps = W.SLIDE[lang][min(variant, len(W.SLIDE[lang]) - 1)]
        t = f.at(d0, rng.uniform(9, 19)) if k == 0 else f.at(d0 + gaps[k - 1], 0)
        t = night_safe(max(t, last + timedelta(hours=1, minutes=rng.randrange(0, 50))), rng)
        text = steps[k].format(amount=f.amount(c, 35), comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "social":
            eid = f.add(c, t, "social", "mention", social_text(text))
        elif ch == "community":
            eid = f.add(c, t, "community", "post", text)
        else:
            eid = f.add(
                c, t, "web", "review", text, attrs={"rating": ratings[k], "page": "/venues"}
            )
        ids.append(eid)
        last = t
    return ids


def slow_churners(f: Fam) -> None:
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    nps_ones = set(rng.sample(range(10), 5))
    for i in range(10):
        c = f.person(["fr", "pt"][i % 2] if i < 6 else pick_lang(f), "slow_churner", "slides")
        praise_days = rng.sample(range(11), rng.randrange(4, 6))
        for d in praise_days:
            happy_act(f, c, f.at(d, rng.uniform(8, 20)), kinds=["praise", "again"])
        happy_days(
            f,
            c,
            rng.randrange(2, 5),
            list(range(11)),
            surveys=False,
            kinds=["buy", "chat", "view", "review"],
        )
        comp = rng.choice(COMPS)
        d0 = rng.randrange(12, 17)
        ids = slide(f, c, d0, spans[i], [c.lang], comp)
        first_t = next(r.t for r in f.rows if r.eid == ids[0])
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": spans[i],
                "competitor": comp,
                "trouble_starts_at": iso(first_t),
            }
        )
        if i in nps_ones:
            fourth = next(r.t for r in f.rows if r.eid == ids[3])
            nps = rng.randrange(1, 6)
            sid = f.add(
                c,
                night_safe(fourth + timedelta(hours=rng.uniform(2.5, 3.5)), rng),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
            expect(c, ["sentiment_drop", "detractor"], T_SLIDER)
        else:
            expect(c, ["sentiment_drop"], T_SLIDER)
    for i in range(5):
        c = f.person(
            ["fr", "pt"][i % 2] if i < 2 else pick_lang(f), "slow_churner", "asks to cancel"
        )
        happy_days(f, c, rng.randrange(4, 7), list(range(16)), surveys=False)
        t = f.at(rng.randrange(17, 24), rng.uniform(8, 19))
        subj = {
            "fr": "Résiliation Club",
            "pt": "Cancelamento Club",
            "en": "Cancel Club",
            "de": "Kündigung Club",
            "it": "Disdetta Club",
            "es": "Baja Club",
        }[c.lang]
        cid = f.add(c, t, "email", "message", f.pick(W.LEAVE, c.lang), subject=subj)
        f.add(
            c,
            night_safe(t + timedelta(hours=rng.uniform(1, 5)), rng),
            "email",
            "message",
            f.pick(W.SORRY_GO, c.lang, first=c.first),
            subject=f"Re: {subj}",
            out=True,
        )
        k = night_safe(t + timedelta(hours=rng.uniform(20, 30)), rng)
        xid = f.add(
            c,
            k,
            "web",
            "cancellation",
            attrs={"page": "/club/cancel", "product": "Cantavo Club, monthly"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": cid,
                "cancellation_event_id": xid,
                "churn_at": iso(k),
                "trouble_starts_at": iso(t),
            }
        )
        expect(c, ["churn_intent"], T_LEAVER)
    for _ in range(6):
        c = f.person(pick_lang(f), "happy", "steady")
        happy_days(f, c, rng.randrange(6, 11), list(range(f.days)))
    for _ in range(5):
        c = f.person(pick_lang(f), "steadily_grumpy", "grumbles")
        d = rng.randrange(0, 5)
        ids = []
        for _k in range(rng.randrange(5, 8)):
            t = f.at(d, rng.uniform(8, 20))
            text = f.pick(W.GRUMBLES, c.lang, town=c.town)
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "social":
                ids.append(f.add(c, t, "social", "mention", social_text(text)))
            elif ch == "community":
                ids.append(f.add(c, t, "community", "post", text))
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/venues"})
                )
            d += rng.randrange(1, 4)
        for _k in range(rng.randrange(0, 3)):
            purchase(f, c, f.at(rng.randrange(0, 25), rng.uniform(9, 19)))
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": next(iso(r.t) for r in f.rows if r.eid == ids[0]),
            }
        )
        expect(c, [], T_GRUMPY)
    for _ in range(5):
        c = f.person(pick_lang(f), "happy_one_sarcastic_remark", "happy")
        happy_days(f, c, rng.randrange(3, 6), list(range(17)), surveys=False)
        t = f.at(rng.randrange(17, 29), rng.uniform(9, 20))
        sid = f.add(c, t, "social", "mention", social_text(f.pick(W.SARCASM, c.lang)))
        c.truth.update({"sarcasm_event_id": sid})
        expect(c, [], T_SILENCE)


def quiet_hours(f: Fam) -> None:
    rng = f.rng
    for _ in range(16):
        c = f.person(pick_lang(f), "happy", "day writer")
        happy_days(f, c, rng.randrange(1, 4), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person(pick_lang(f), "grumbles_once", "grumbles once")
        t = f.at(rng.randrange(0, 3), rng.uniform(9, 16))
        purchase(f, c, t) if i % 2 else f.add(c, t, "web", "page_view", attrs={"page": "/venues"})
        g = t + timedelta(minutes=rng.randrange(20, 31))
        if i < 2:
            gid = f.add(c, g, "chat", "chat", f.pick(W.MILD, c.lang))
            f.add(
                c,
                g + timedelta(minutes=rng.randrange(1, 5)),
                "chat",
                "chat",
                f.pick(W.MILD_A, c.lang),
                out=True,
            )
        else:
            gid = f.add(
                c, g, "web", "ticket", f.pick(W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.add(
                c,
                g + timedelta(minutes=rng.randrange(20, 60)),
                "email",
                "message",
                f.pick(W.MILD_A, c.lang),
                out=True,
            )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(g)})
        expect(c, [], T_SILENCE)
    owls = 0
    for night in range(3):
        b0 = f.at(night + 1, rng.uniform(0.67, 1.08))
        starts = [
            b0,
            b0 + timedelta(minutes=rng.randrange(28, 34)),
            b0 + timedelta(minutes=rng.randrange(55, 66)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person(pick_lang(f), "night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=rng.uniform(0, 10))
                if rng.random() < 0.5:
                    nid = f.add(c, t, "chat", "chat", f.pick(W.NIGHT_Q, c.lang, town=c.town))
                    f.add(
                        c,
                        t + timedelta(minutes=rng.randrange(1, 4)),
                        "chat",
                        "chat",
                        f.pick(W.NIGHT_A, c.lang),
                        out=True,
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=rng.randrange(5, 9)),
                        "chat",
                        "chat",
                        f.pick(W.THANKS, c.lang),
                    )
                else:
                    text = f.pick(W.NIGHT_POST, c.lang, town=c.town)
                    nid = (
                        f.add(c, t, "social", "post", social_text(text))
                        if rng.random() < 0.5
                        else f.add(c, t, "community", "post", text)
                    )
                c.truth.update({"burst_at": iso(bs), "night_event_id": nid})
                if owls % 2 == 0:
                    happy_act(f, c, f.at(rng.randrange(0, 3), rng.uniform(9, 17.5)))
                owls += 1


PAIRS = [
    ("fr", "pt"),
    ("pt", "fr"),
    ("fr", "en"),
    ("pt", "en"),
    ("fr", "de"),
    ("pt", "es"),
    ("fr", "it"),
    ("pt", "de"),
    ("en", "fr"),
    ("de", "fr"),
    ("es", "pt"),
    ("it", "fr"),
    ("fr", "es"),
    ("pt", "it"),
]
PAIR_MARKET = {"fr": "FR", "pt": "PT", "en": "UK", "de": "DE", "it": "IT", "es": "ES"}


def bilingual(f: Fam) -> None:
    rng = f.rng

    def who(persona: str, habit: str, i: int) -> tuple[Cust, list[str]]:
        a, b = PAIRS[i % len(PAIRS)]
        market = (
            rng.choice(["LU", "CH", "BE"])
            if {a, b} <= {"fr", "pt", "de", "it"} and rng.random() < 0.4
            else PAIR_MARKET[rng.choice([a, b])]
        )
        c = f.person(a, persona, habit, market=market)
        c.truth.update({"languages": [a, b], "job_second_language": W.BILINGUAL_WHY[b]})
        return c, [a, b]

    n = 0
    for _ in range(12):
        c, ls = who("happy", "alternates languages", n)
        n += 1
        happy_days(f, c, rng.randrange(5, 9), list(range(f.days)), lang_cycle=ls)
    for times in (2, 2, 3, 3, 4):
        c, ls = who("repeat_contact", "repeats", n)
        n += 1
        happy_days(f, c, rng.randrange(1, 4), [0, 1], lang_cycle=ls, surveys=False)
        repeat_run(
            f,
            c,
            rng.randrange(2, 6),
            rng.choice(["web", "email", "chat"]),
            times,
            times >= 3,
            rng.choice(PROBLEMS),
            ls,
        )
        c.truth["trouble_starts_at"] = next(
            iso(r.t) for r in f.rows if r.eid == c.truth["problem_event_ids"][0]
        )
        expect(c, ["repeat_contact"], T_REPEAT)
    for _ in range(5):
        c, ls = who("slow_churner", "slides", n)
        n += 1
        for k, d in enumerate(sorted(rng.sample(range(6), 5))):
            happy_act(f, c, f.at(d, rng.uniform(8, 20)), ls[k % 2], kinds=["praise", "again"])
        happy_days(
            f,
            c,
            rng.randrange(1, 4),
            list(range(6)),
            lang_cycle=ls,
            surveys=False,
            kinds=["buy", "view", "chat"],
        )
        comp = rng.choice(COMPS)
        span = rng.randrange(3, 6)
        ids = slide(f, c, rng.randrange(7, 9), span, ls, comp)
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": span,
                "competitor": comp,
                "trouble_starts_at": next(iso(r.t) for r in f.rows if r.eid == ids[0]),
            }
        )
        expect(c, ["sentiment_drop"], T_SLIDER)
    for kind in ("long", "email", "chat"):
        c, ls = who("happy_one_bad_day", "one bad day", n)
        n += 1
        bd = rng.randrange(4, 9)
        t = f.at(bd, rng.uniform(9, 19))
        eid, case = bad_moment(
            f,
            c,
            t,
            rng.choice(PROBLEMS),
            "email" if kind == "long" else kind,
            kind == "long",
            ls[1],
        )
        happy_days(
            f,
            c,
            rng.randrange(3, 6),
            [d for d in range(f.days) if d <= bd - 2 or d >= bd + 3],
            lang_cycle=ls,
            surveys=False,
        )
        c.truth.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": ls[1],
                "booking": case,
                "long_email": kind == "long",
                "trouble_starts_at": iso(t),
            }
        )
        if kind != "chat" and case:
            f.add(
                c,
                night_safe(t + timedelta(hours=rng.uniform(1, 4)), rng),
                "email",
                "message",
                f.pick(W.GOOD_NEWS, ls[1], first=c.first, case=case),
                subject=case,
                out=True,
            )
            c.truth["agent_fixed"] = True
        if kind == "email" and case:
            aid = f.add(
                c,
                night_safe(t + timedelta(hours=rng.uniform(18, 24)), rng),
                "chat",
                "chat",
                f.pick(W.APOLOGY, ls[1], case=case),
            )
            c.truth.update({"apologised": True, "apology_event_id": aid})
        expect(c, [], T_SILENCE)
    for _ in range(2):
        c, ls = who("resolved_between_contacts", "fixed", n)
        n += 1
        happy_days(f, c, rng.randrange(1, 3), [0, 1], lang_cycle=ls, surveys=False)
        p = fixed_case(f, c, rng.randrange(3, 7), rng.choice(PROBLEMS), ls[0], ls[1], "web")
        c.truth.update(
            {"problems": [p], "trouble_starts_at": p["raised_at"], "confirm_language": ls[1]}
        )
        expect(c, [], T_SILENCE)


COMPANIES = {
    "fr": ["Lumière Conseil", "Atelier Brunel", "Groupe Vernet"],
    "pt": ["Tejo Digital", "Azulejo Seguros", "Douro Logística"],
    "en": ["Harbour & Finch"],
    "de": ["Nordlicht Software"],
    "it": ["Studio Ferrante"],
    "es": ["Brisa Consultores"],
}


def b2b_accounts(f: Fam) -> None:
    rng = f.rng
    plan = [
        ("at_risk", "fr", 5, 3, "portal"),
        ("at_risk", "pt", 5, 3, "invoice"),
        ("at_risk", "fr", 4, 3, "service_blocked"),
        ("at_risk", "pt", 6, 4, "invoice"),
        ("at_risk", "de", 6, 4, "overbilled"),
        ("one_unhappy", "fr", 3, 1, "service_blocked"),
        ("one_unhappy", "pt", 3, 1, "overbilled"),
        ("one_unhappy", "en", 3, 1, "portal"),
        ("one_unhappy", "es", 3, 1, "invoice"),
        ("mild", "pt", 3, 0, ""),
        ("mild", "fr", 4, 0, ""),
        ("mild", "it", 4, 0, ""),
        ("happy", "fr", 3, 0, ""),
        ("happy", "pt", 3, 0, ""),
        ("happy", "de", 4, 0, ""),
    ]
    names = {lang: list(v) for lang, v in COMPANIES.items()}
    extra = {
        "fr": ["Maison Dorel", "Cabinet Ferrand", "Boréal Assurances"],
        "pt": ["Mondego Engenharia", "Lusofarma", "Atlântico Media"],
        "de": ["Elbwerk Logistik"],
        "it": ["Ferro & Vetro"],
    }
    for kind, lang, size, unhappy, problem in plan:
        company = names[lang].pop(0) if names[lang] else extra[lang].pop(0)
        market = rng.choice(W.MARKETS[lang])
        acc = unique(rng, lambda r: f"CVP-{market}-{r.randrange(1000, 10000)}")  # noqa: B023
        firsts: set[str] = set()
        contacts: list[Cust] = []
        for k in range(size):
            role = (
                "complainer"
                if k < unhappy
                else ("suggests" if kind == "mild" and k < 2 else "contact")
            )
            persona = {
                "complainer": "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy",
                "suggests": "b2b_mild",
                "contact": "b2b_happy",
            }[role]
            c = f.person(lang, persona, role, market=market, account=acc, company=company)
            while c.first in firsts:
                c.first = rng.choice(W.FIRST[lang])
                c.truth["name"] = f"{c.first} {c.last}"
            firsts.add(c.first)
            title = rng.choice(W.JOB_TITLES)
            c.truth.update({"company": company, "role": role, "job_title": title, "job": title})
            contacts.append(c)
        complainers = contacts[:unhappy]
        case = f.case() if unhappy else None
        comp = rng.choice(COMPS)
        t = f.at(2, rng.uniform(8.5, 11))
        prev: Cust | None = None
        prev_t = t
        start_t: datetime | None = None
        for k, c in enumerate(complainers):
            if kind == "one_unhappy":
                t = office(f.at(rng.randrange(3, 8), rng.uniform(8.5, 15)), rng)
            elif k:
                t = office(t + timedelta(hours=rng.uniform(8, 28)), rng)
            start_t = start_t or t
            subj = W.B2B_SUBJ[lang].format(account=acc, topic=W.B2B_TOPIC[problem][lang])
            ptxt = W.B2B_PROBLEM[problem][lang]
            if k == 0:
                body = f.pick(
                    W.B2B_FIRST,
                    lang,
                    problem=ptxt,
                    name=f"{c.first} {c.last}",
                    title=c.truth["job_title"],
                    company=company,
                )
            else:
                assert prev is not None
                when = W.WHEN_WORD[lang]["today" if prev_t.date() == t.date() else prev_t.weekday()]
                body = f.pick(
                    W.B2B_LATER,
                    lang,
                    prev=prev.first,
                    when=when,
                    case=str(case),
                    problem=ptxt,
                    name=f"{c.first} {c.last}",
                    title=c.truth["job_title"],
                )
            eid = f.add(c, t, "email", "message", body, subject=subj)
            ids = [eid]
            if k == 0:
                f.add(
                    c,
                    t + timedelta(minutes=rng.randrange(20, 90)),
                    "email",
                    "message",
                    f.pick(W.B2B_ACK, lang, first=c.first, case=str(case)),
                    subject=f"Re: {subj}",
                    out=True,
                )
            last = kind == "at_risk" and k == len(complainers) - 1
            if not last:
                nps = rng.randrange(1, 6)
                sid = f.add(
                    c,
                    t + timedelta(hours=rng.uniform(1, 3)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": nps},
                    attrs={"survey": "nps"},
                )
                c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
                expect(c, ["detractor"], T_B2B_RISK if kind == "at_risk" else T_B2B_ONE)
            else:
                t2 = office(t + timedelta(hours=rng.uniform(18, 40)), rng)
                if lang == "pt":
                    ids.append(
                        f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            f.pick(
                                W.B2B_LAST_EMAIL,
                                lang,
                                case=str(case),
                                comp=comp,
                                name=f"{c.first} {c.last}",
                                title=c.truth["job_title"],
                            ),
                            subject=f"Re: {subj}",
                        )
                    )
                    c.truth["competitor"] = comp
                else:
                    ids.append(
                        f.add(c, t2, "phone", "call", f.pick(W.B2B_LAST_CALL, lang, case=str(case)))
                    )
                expect(c, ["repeat_contact"], T_B2B_RISK)
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": ids,
                    "trouble_starts_at": iso(t),
                }
            )
            prev, prev_t = c, t
        for c in contacts:
            role = c.truth["role"]
            n_acts = rng.randrange(3, 7) if role == "contact" else rng.randrange(0, 3)
            first_bad = start_t or f.at(14, 0)
            for _ in range(n_acts):
                d = rng.randrange(0, 12) if role == "contact" else rng.randrange(0, 2)
                tt = f.at(d, rng.uniform(8, 16.5))
                while tt.weekday() >= 5:
                    tt += timedelta(days=1)
                if role != "contact" and tt >= first_bad:
                    continue
                b2b_act(f, c, tt, happy=role == "contact")
            if role == "suggests":
                tt = office(f.at(rng.randrange(2, 10), rng.uniform(8, 16)), rng)
                mid = f.add(
                    c,
                    tt,
                    "web",
                    "ticket",
                    f.pick(W.B2B_SUGGEST, lang),
                    attrs={"page": "/pro/feedback"},
                )
                f.add(
                    c,
                    tt + timedelta(minutes=rng.randrange(30, 120)),
                    "email",
                    "message",
                    f.pick(W.B2B_ACK, lang, first=c.first, case=f.case()),
                    out=True,
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(tt)})
                expect(c, [], T_SILENCE)
        f.accounts[acc] = {
            "company": company,
            "site": rng.choice(W.COMPANY_KIND),
            "contacts": size,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": [c.key for c in complainers],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": iso(start_t) if kind == "at_risk" and start_t else None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk":
            f.account_expected["account_risk"] += 1


def b2b_act(f: Fam, c: Cust, t: datetime, happy: bool) -> None:
    rng = f.rng
    kind = rng.choice(
        ["chat", "buy", "view", "praise", "survey"] if happy else ["chat", "buy", "view"]
    )
    if kind == "chat":
        f.add(c, t, "chat", "chat", f.pick(W.B2B_Q, c.lang))
        f.add(
            c,
            t + timedelta(minutes=rng.randrange(1, 7)),
            "chat",
            "chat",
            f.pick(W.B2B_A, c.lang),
            out=True,
        )
        if rng.random() < 0.6:
            f.add(
                c,
                t + timedelta(minutes=rng.randrange(8, 14)),
                "chat",
                "chat",
                f.pick(W.THANKS, c.lang),
            )
    elif kind == "buy":
        purchase(f, c, t)
    elif kind == "view":
        f.add(c, t, "web", "page_view", attrs={"page": "/pro/portal"})
    elif kind == "praise":
        f.add(c, t, "community", "post", f.pick(W.B2B_PRAISE, c.lang))
    else:
        survey = rng.choice(["nps", "csat", "ces"])
        score = {
            "nps": rng.randrange(9, 11),
            "csat": rng.randrange(4, 6),
            "ces": rng.randrange(6, 8),
        }[survey]
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            None,
            scores={survey: score},
            attrs={"survey": survey},
        )


SPIKE_AT = datetime(2026, 11, 7, 19, 35, tzinfo=UTC)
LOCAL_PLUS_ONE = {"FR", "BE", "CH", "LU", "DE", "AT", "IT", "ES"}


def topic_spike(f: Fam) -> None:
    rng = f.rng
    for _ in range(40):
        c = f.person(pick_lang(f), "happy", "day writer")
        for _k in range(rng.randrange(1, 5)):
            d = rng.randrange(0, 6)
            happy_act(f, c, f.at(d, rng.uniform(9, 17) if d == 5 else rng.uniform(7, 21)))
    for _ in range(2):
        c = f.person(pick_lang(f), "grumbles_once", "grumbles once")
        t = f.at(0, rng.uniform(9, 18))
        gid = f.add(c, t, "chat", "chat", f.pick(W.CHAT_GRUMBLE, c.lang))
        f.add(
            c,
            t + timedelta(minutes=rng.randrange(1, 5)),
            "chat",
            "chat",
            f.pick(W.MILD_A, c.lang),
            out=True,
        )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
        expect(c, [], T_SILENCE)
    for lang, hour in (("fr", 9.67), ("pt", 16.08)):
        c = f.person(lang, "grumbles_once", "lone question")
        t = f.at(4, hour)
        lid = f.add(c, t, "chat", "chat", f.pick(W.LONE_Q, lang))
        f.add(
            c,
            t + timedelta(minutes=rng.randrange(2, 6)),
            "chat",
            "chat",
            f.pick(W.LONE_A, lang),
            out=True,
        )
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
        expect(c, [], T_SILENCE)
    langs = ["fr"] * 6 + ["pt"] * 6 + ["en", "en", "de", "de", "it", "it", "es", "es"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(channels)
    offsets = sorted([0, 45] + [rng.randrange(1, 45) for _ in range(18)])
    regular = set(rng.sample(range(20), 12))
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        c = f.person(langs[i], "spike_reporter", "regular" if i in regular else "new")
        if i in regular:
            for _k in range(rng.randrange(1, 3)):
                happy_act(
                    f,
                    c,
                    f.at(2, rng.uniform(8, 17.5)),
                    kinds=["buy", "view", "chat", "praise", "email"],
                )
        t = SPIKE_AT + timedelta(
            minutes=offsets[i], seconds=rng.randrange(0, 50) if 0 < i < 19 else 0
        )
        ch = channels[i]
        variants = W.SPIKE[c.lang]
        text = rng.choice(variants).format(town=c.town)
        if ch == "social":
            eid = f.add(c, t, "social", "mention", social_text(text))
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", plain(text))
            f.add(
                c,
                t + timedelta(minutes=rng.randrange(1, 4)),
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_A, c.lang),
                out=True,
            )
        elif ch == "community":
            eid = f.add(c, t, "community", "post", plain(text))
        elif ch == "email":
            eid = f.add(
                c,
                t,
                "email",
                "message",
                plain(text),
                subject={
                    "fr": "Bug file de chansons",
                    "pt": "Erro na fila de músicas",
                    "en": "Song queue broken",
                    "de": "Songliste kaputt",
                    "it": "Coda canzoni rotta",
                    "es": "Cola de canciones rota",
                }[c.lang],
            )
        else:
            eid = f.add(c, t, "web", "ticket", plain(text), attrs={"page": "/help/contact"})
        c.truth.update(
            {
                "in_spike": True,
                "regular": i in regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
            }
        )
        expect(c, [], T_SILENCE)
        reporters.append((c, t, ch, eid))
    early = [r for r in reporters if r[1] <= SPIKE_AT + timedelta(minutes=25)]
    repeaters = rng.sample(early, 6)
    again_channels = ["email", "email", "chat", "chat", "community", "community"]
    rep_ids: list[str] = []
    for (c, t, ch, _eid), ch2 in zip(repeaters, again_channels, strict=True):
        if ch2 == ch:
            ch2 = "social" if ch != "social" else "web"
        t2 = t + timedelta(minutes=rng.randrange(10, 61))
        text = rng.choice(W.SPIKE_AGAIN[c.lang])
        if ch2 == "email":
            rid = f.add(
                c,
                t2,
                "email",
                "message",
                text,
                subject={
                    "fr": "Toujours le bug",
                    "pt": "Continua o erro",
                    "en": "Still broken",
                    "de": "Immer noch kaputt",
                    "it": "Ancora rotto",
                    "es": "Sigue roto",
                }[c.lang],
            )
        elif ch2 == "chat":
            rid = f.add(c, t2, "chat", "chat", text)
            f.add(
                c,
                t2 + timedelta(minutes=rng.randrange(1, 4)),
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_A, c.lang),
                out=True,
            )
        elif ch2 == "social":
            rid = f.add(c, t2, "social", "mention", social_text(text))
        elif ch2 == "web":
            rid = f.add(c, t2, "web", "ticket", text, attrs={"page": "/help/contact"})
        else:
            rid = f.add(c, t2, "community", "post", text)
        rep_ids.append(rid)
        c.truth.update({"persona": "spike_repeater", "repeat_event_id": rid})
        expect(c, ["repeat_contact"], T_SPIKE_REPEAT)
    others = [r for r in reporters if r not in repeaters]
    for c, _t, _ch, _eid in rng.sample(others, 6):
        local = "22:40" if c.market in LOCAL_PLUS_ONE else "21:40"
        credit = {"UK": "£9", "CH": "9 CHF"}.get(c.market, "10 €")
        f.add(
            c,
            datetime(2026, 11, 7, 21, rng.randrange(50, 59), tzinfo=UTC),
            "email",
            "message",
            f.pick(W.SPIKE_FIXED, c.lang, first=c.first, local=local, credit=credit),
            out=True,
        )
        c.truth["agent_fixed"] = True
    reporters.sort(key=lambda r: r[1])
    f.spike = {
        "topic": "karaoke app song queue sent to the wrong booth: songs queued from the phone play in another booth or not at all, with an app error code",
        "about": "the planted incident of heldout200 (Saturday evening, every venue)",
        "channel": None,
        "start": iso(reporters[0][1]),
        "end": iso(reporters[-1][1]),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[3] for r in reporters],
        "repeat_event_ids": rep_ids,
    }


# ------------------------------------------------------------------- output --
def identifiers(f: Fam, row: Row, first_in: dict[str, str]) -> dict[str, str | None]:
    c = row.cust
    r = f.rough
    full: dict[str, str | None] = {
        "customer_id": c.key,
        "email": c.email,
        "phone": c.phone,
        "handle": c.handle,
        "account_id": c.account,
    }
    if row.out or first_in.get(c.key) == row.eid:
        return full
    ids: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if row.channel == "phone":
        cc = PHONES[c.market][0]
        ids["phone"] = (
            c.phone[: len(cc) + 1] + " " + c.phone[len(cc) + 1 :] if r.random() < 0.5 else c.phone
        )
    elif row.channel in ("social", "community"):
        if c.handle:
            ids["handle"] = c.handle if r.random() >= 0.2 else c.handle.lstrip("@")
        else:
            ids["email"] = c.email
    elif row.channel == "email":
        ids["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
    else:
        ids["customer_id"] = c.key
    return ids


def write(f: Fam) -> tuple[int, int, int]:
    rows = sorted(f.rows, key=lambda x: (x.t, x.eid))
    first_in: dict[str, str] = {}
    for row in rows:
        if not row.out and row.cust.key not in first_in:
            first_in[row.cust.key] = row.eid
    for c in f.customers:
        if c.key not in first_in:
            raise SystemExit(f"{f.name}: {c.key} has no inbound touchpoint")
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{f.name}: {c.key} both expects and tolerates")
    lines = []
    for row in rows:
        rec: dict[str, Any] = {
            "event_id": row.eid,
            "occurred_at": iso(row.t),
            "channel": row.channel,
            "kind": row.kind,
            "direction": "outbound" if row.out else "inbound",
            "customer": identifiers(f, row, first_in),
            "text": row.text,
            "subject": row.subject,
            "scores": row.scores,
            "source": SOURCES[row.channel],
            "attributes": row.attrs,
        }
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    (HERE / f"{f.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected: Counter[str] = Counter()
    for c in f.customers:
        expected.update(c.truth["expected_rules"])
    expected.update(f.account_expected)
    if f.spike:
        expected["topic_spike"] += 1
    end = max(f.start + timedelta(days=f.days), rows[-1].t + timedelta(hours=1))
    if end >= END_LIMIT:
        raise SystemExit(f"{f.name}: end {iso(end)} too late")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": BUSINESS,
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": "2026-12-06",
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {c.key: c.truth for c in f.customers},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    return len(f.customers), len(rows), sum(1 for r in rows if r.out)


FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 16, tzinfo=UTC),
        10,
        happy_writers,
        "happy customers: day writers, night writers, survey answerers",
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        one_bad_day,
        "happy customers with one bad day each, some low scores",
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        repeat_contacts,
        "open problems raised again, fixed ones, frequent writers",
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        slow_churners,
        "slides from praise, leavers, steady, grumpy, sarcastic",
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        quiet_hours,
        "a calm weekend with night-owl bursts",
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        bilingual,
        "customers writing in two languages",
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        b2b_accounts,
        "company accounts on Cantavo Pro",
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        topic_spike,
        "a calm week and the planted incident",
    ),
]


def main() -> None:
    total = [0, 0, 0]
    for n, (name, code, start, days, build, about) in enumerate(FAMILIES, start=1):
        f = Fam(name, code, n, start, days, about)
        build(f)
        counts = write(f)
        total = [a + b for a, b in zip(total, counts, strict=True)]
        print(name, *counts)
    print("total", *total)


if __name__ == "__main__":
    main()
