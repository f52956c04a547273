# ruff: noqa: E501
"""Writes tests/scenarios/heldout112/: hand-written alert scenarios, report only, written blind.

The business is Anzelo (angling day tickets, carp sessions, boat and kit hire at
managed lakes, an Anzelo Club membership) and its business arm Anzelo Pro (group,
team and school fishing on account). Each customer's persona decides every act first;
the words come from wording.py and wording_b2b.py beside this file. Standard library
only; deterministic: two runs give the same bytes. Run: python make_heldout112.py
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

if TYPE_CHECKING:
    from tests.scenarios.heldout112 import wording as W
    from tests.scenarios.heldout112 import wording_b2b as B
else:
    import wording as W
    import wording_b2b as B

SEED = 20261114
LIMIT = datetime(2026, 11, 17, tzinfo=UTC)
WRITTEN = "2026-12-05, blind, by a helper session"

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
LEAVER_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

LANG_WEIGHTS = [("fr", 30), ("pt", 30), ("en", 10), ("de", 10), ("es", 10), ("it", 10)]
MARKETS: dict[str, list[tuple[str, int]]] = {
    "fr": [("FR", 70), ("BE", 15), ("CH", 10), ("LU", 5)],
    "pt": [("PT", 94), ("LU", 6)],
    "en": [("UK", 60), ("IE", 40)],
    "de": [("DE", 60), ("AT", 25), ("CH", 15)],
    "es": [("ES", 100)],
    "it": [("IT", 85), ("CH", 15)],
}
#: country code, mobile prefixes, digits after the prefix
PHONES: dict[str, tuple[str, list[str], int]] = {
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["470", "475", "478", "486", "494"], 6),
    "CH": ("41", ["75", "76", "77", "78", "79"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "UK": ("44", ["7"], 9),
    "IE": ("353", ["83", "85", "86", "87", "89"], 7),
    "DE": ("49", ["151", "160", "170", "176"], 8),
    "AT": ("43", ["650", "664", "676", "699"], 7),
    "ES": ("34", ["6"], 8),
    "IT": ("39", ["320", "333", "347", "392"], 7),
}
UTC_OFFSET_NOV = {"PT": 0, "UK": 0, "IE": 0}
LANG_NAMES = {
    "fr": "French",
    "pt": "Portuguese",
    "en": "English",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
}
MAIL_DOMAINS = [
    "mail.example",
    "correio.example",
    "courrier.example",
    "post.example",
    "inbox.example",
    "webmail.example",
    "net.example",
]
SOURCES = {
    "email": "anzelo-mail",
    "phone": "anzelo-voice",
    "social": "anzelo-social",
    "community": "anzelo-forum",
    "chat": "anzelo-chat",
    "web": "anzelo-web",
    "survey": "anzelo-survey",
}
ROUGH_CHANNELS = {"email", "chat", "social", "community", "web"}

USED: set[str] = set()
T = TypeVar("T")


def unique(rng: random.Random, make: Any) -> str:
    for _ in range(1000):
        value = str(make(rng))
        if value not in USED:
            USED.add(value)
            return value
    raise RuntimeError("no unique value")


def ascii_lower(text: str) -> str:
    plain = unicodedata.normalize("NFD", text.replace("ß", "ss"))
    return "".join(ch for ch in plain if ch.isascii() and (ch.isalnum() or ch in "-.")).lower()


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    cc: str
    national: str
    handle: str | None
    account: str | None
    persona: str
    habit: str
    expected: list[str]
    tolerated: list[str]
    segment: str
    job: str
    town: str
    lake: str
    plan: str
    langs: list[str]
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def phone(self) -> str:
        return f"+{self.cc}{self.national}"


@dataclass
class Row:
    when: datetime
    seq: int
    cust: Cust
    tp: dict[str, Any]


class Fam:
    def __init__(
        self, n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.n = n
        self.name = name
        self.code = code
        self.start = start
        self.days = days
        self.about = about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.counter = 0
        self.used: dict[str, set[str]] = {}

    # -- time ------------------------------------------------------------
    def at(self, day: int, hour: int, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def between(self, day: int, lo_h: float, hi_h: float) -> datetime:
        lo = int(lo_h * 60)
        hi = int(hi_h * 60)
        return self.start + timedelta(
            days=day, minutes=self.rng.randint(lo, hi), seconds=self.rng.randint(0, 59)
        )

    def mins(self, t: datetime, lo: int, hi: int) -> datetime:
        return t + timedelta(minutes=self.rng.randint(lo, hi), seconds=self.rng.randint(0, 59))

    def out_of_night(self, t: datetime) -> datetime:
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
            return base + timedelta(minutes=self.rng.randint(0, 59))
        if t.hour < 7:
            return t.replace(hour=8, minute=0, second=0) + timedelta(
                minutes=self.rng.randint(0, 59)
            )
        return t

    # -- people ----------------------------------------------------------
    def lang(self) -> str:
        return self.rng.choices([lg for lg, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]

    def market(self, lang: str) -> str:
        options = MARKETS[lang]
        return self.rng.choices([m for m, _ in options], [w for _, w in options])[0]

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        lang: str | None = None,
        market: str | None = None,
        langs: list[str] | None = None,
        plan: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        first: str | None = None,
        job: str | None = None,
    ) -> Cust:
        rng = self.rng
        lg = lang or self.lang()
        mk = market or self.market(lg)
        fn = first or rng.choice(W.FIRST_NAMES[lg])
        ln = rng.choice(W.LAST_NAMES[lg])
        key = unique(rng, lambda r: f"AZ{self.code}{r.randint(1000, 9999)}")
        a, b = ascii_lower(fn), ascii_lower(ln)
        if domain is not None:
            email = unique(
                rng, lambda r: f"{a}.{b}@{domain}" if r.random() < 0.7 else f"{a[0]}.{b}@{domain}"
            )
            handle = None
        else:
            email = unique(
                rng,
                lambda r: (
                    r.choice(
                        [
                            f"{a}.{b}",
                            f"{a}{b}{r.randint(1, 99)}",
                            f"{a[0]}{b}",
                            f"{b}.{a}{r.randint(60, 99)}",
                            f"{a}_{b}",
                        ]
                    )
                    + "@"
                    + r.choice(MAIL_DOMAINS)
                ),
            )
            handle = unique(
                rng,
                lambda r: (
                    "@"
                    + r.choice(
                        [
                            f"{a}_{b}",
                            f"{b}{a}{r.randint(1, 9)}",
                            f"{a}{b[0]}",
                            f"{a}.pesca" if lg == "pt" else f"{a}_{b}{r.randint(1, 9)}",
                            f"{b}_{a}{r.randint(10, 99)}",
                            f"carpe_{a}" if lg == "fr" else f"{a}fishes",
                        ]
                    )
                ),
            )
        cc, prefixes, rest = PHONES[mk]
        national = unique(
            rng, lambda r: r.choice(prefixes) + "".join(str(r.randint(0, 9)) for _ in range(rest))
        )
        town_key = f"CH-{lg}" if mk == "CH" else mk
        town = rng.choice(W.TOWNS[town_key])
        lake = rng.choice(W.LAKES[mk])
        exp = list(expected or [])
        tol = list(tolerated or [])
        segment = "b2b" if account else "consumer"
        c = Cust(
            key=key,
            lang=lg,
            market=mk,
            first=fn,
            last=ln,
            email=email,
            cc=cc,
            national=national,
            handle=handle,
            account=account,
            persona=persona,
            habit=habit,
            expected=exp,
            tolerated=tol,
            segment=segment,
            job=job or rng.choice(W.JOBS[lg]),
            town=town,
            lake=lake,
            plan=plan
            or (
                "pro account" if account else rng.choice(["club", "pay as you go", "pay as you go"])
            ),
            langs=langs or [lg],
        )
        self.custs[key] = c
        return c

    def ref(self) -> str:
        return unique(self.rng, lambda r: f"AZ-{r.randint(100, 999)}-{r.randint(100, 999)}")

    # -- touchpoints -----------------------------------------------------
    def add(
        self,
        c: Cust,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        *,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        lang: str | None = None,
        rough: bool = True,
    ) -> str:
        self.counter += 1
        eid = f"az112-{self.code.lower()}-{self.counter:05d}"
        lg = lang or c.lang
        if text is not None and not out and rough and channel in ROUGH_CHANNELS:
            text = self.roughen(text, lg)
        if text is not None and not out and channel == "social" and c.segment == "consumer":
            idx = text.rfind(W.BRAND)
            text = text[:idx] + "@" + text[idx:] if idx >= 0 else f"@{W.BRAND} {text}"
        attributes: dict[str, str] = {"market": c.market}
        if c.segment == "b2b":
            attributes["segment"] = "b2b"
        if out:
            attributes["agent"] = self.rng.choice(W.AGENTS[lg])
        attributes.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        tp: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text if text else None,
            "subject": subject,
            "scores": sc,
            "source": SOURCES[channel],
            "attributes": attributes,
        }
        self.rows.append(Row(when, self.counter, c, tp))
        return eid

    def roughen(self, text: str, lang: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = W.strip_accents(text, lang)
        if (
            r.random() < 0.125
            and text[:1].isalpha()
            and text[:1].isupper()
            and not text.startswith(W.BRAND)
        ):
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            text = W.swap_letters(r, text)
        return text

    # -- output ----------------------------------------------------------
    def finish(self, planted: dict[str, int]) -> tuple[str, str]:
        rows = sorted(self.rows, key=lambda row: (row.when, row.seq))
        seen_full: set[str] = set()
        r = self.rough
        for row in rows:
            c = row.cust
            tp = row.tp
            full = tp["direction"] == "outbound" or c.key not in seen_full
            if tp["direction"] == "inbound":
                seen_full.add(c.key)
            ref: dict[str, Any] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif tp["channel"] == "phone":
                ref["phone"] = f"+{c.cc} {c.national}" if r.random() < 0.5 else c.phone
            elif tp["channel"] in ("social", "community"):
                if c.handle is None:
                    ref["email"] = c.email
                else:
                    ref["handle"] = c.handle if r.random() < 0.8 else c.handle.lstrip("@")
            elif tp["channel"] == "email":
                ref["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
            tp["customer"] = ref
        # checks
        inbound = {row.cust.key for row in rows if row.tp["direction"] == "inbound"}
        for key, c in self.custs.items():
            if key not in inbound:
                raise RuntimeError(f"{key} has no inbound touchpoint")
            if set(c.expected) & set(c.tolerated):
                raise RuntimeError(f"{key} both expects and tolerates")
        for row in rows:
            if not (self.start <= row.when < LIMIT and row.when.year == 2026):
                raise RuntimeError(f"{row.tp['event_id']} out of range")
        counts: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.expected:
                counts[rule] = counts.get(rule, 0) + 1
        for acct in self.accounts.values():
            for rule in acct["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = counts.get("topic_spike", 0) + 1
        if counts != planted:
            raise RuntimeError(f"{self.name}: expected {counts} != planted {planted}")
        end = self.start + timedelta(days=self.days)
        last = rows[-1].when + timedelta(hours=1)
        if last > end:
            end = last
        if end > LIMIT:
            raise RuntimeError("end after limit")
        customers: dict[str, Any] = {}
        for key in sorted(self.custs):
            c = self.custs[key]
            rec: dict[str, Any] = {
                "identifiers": {
                    "customer_id": c.key,
                    "email": c.email,
                    "phone": c.phone,
                    "handle": c.handle,
                    "account_id": c.account,
                },
                "expected_rules": sorted(c.expected),
                "tolerated_rules": sorted(c.tolerated),
                "persona": c.persona,
                "habit": c.habit,
                "language": c.lang,
                "country": c.market,
                "segment": c.segment,
                "plan": c.plan,
                "name": c.name,
                "job": c.job,
                "town": c.town,
            }
            rec.update(c.extra)
            customers[key] = rec
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Anzelo: angling day tickets, carp sessions, boat and kit hire at managed lakes, Anzelo Club membership; Anzelo Pro: group, team and school fishing on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(counts.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        lines = "".join(json.dumps(row.tp, ensure_ascii=False) + "\n" for row in rows)
        return lines, json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# --- acts ---------------------------------------------------------------------


def price(eur: float, market: str) -> tuple[str, str]:
    if market == "UK":
        return f"{eur * 0.87:.2f}", "GBP"
    if market == "CH":
        return f"{eur * 0.95:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


def lake_page(lake: str) -> str:
    return "/lakes/" + ascii_lower(lake.replace(" ", "-")).replace("'", "")


def answer_time(fam: Fam, t: datetime, lo: int, hi: int) -> datetime:
    return fam.out_of_night(fam.mins(t, lo, hi))


def purchase(
    fam: Fam, c: Cust, t: datetime, product: tuple[str, float, str] | None = None
) -> list[str]:
    label, eur, page = product or fam.rng.choice(W.PRODUCTS)
    value, cur = price(eur, c.market)
    a = fam.add(c, t, "web", "page_view", attrs={"page": page})
    b = fam.add(
        c,
        fam.mins(t, 2, 9),
        "web",
        "purchase",
        attrs={"product": label, "order_value": value, "currency": cur, "page": page},
    )
    return [a, b]


def answer_survey(
    fam: Fam, c: Cust, t: datetime, kind: str, score: int, word: str, lang: str
) -> str:
    """One survey answer: a score of one kind (nps, csat, ces) and a word or nothing."""
    scores = {kind: score}
    attrs = {"survey": kind}
    return fam.add(
        c, t, "survey", "survey_response", word or None, scores=scores, attrs=attrs, lang=lang
    )


def happy_score(rng: random.Random) -> tuple[str, int]:
    kind = rng.choice(["nps", "csat", "ces"])
    score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[kind]
    return kind, score


def happy_survey(fam: Fam, c: Cust, t: datetime, lang: str | None = None) -> str:
    lg = lang or c.lang
    kind, score = happy_score(fam.rng)
    word = fam.rng.choice(W.SURVEY_WORDS[lg])
    return answer_survey(fam, c, t, kind, score, word, lg)


DAY_ACTS = (
    ["praise_social"] * 3
    + ["praise_community"] * 2
    + ["again"] * 2
    + ["gripe"] * 2
    + ["chat_q"] * 2
    + ["email_q", "phone_q"]
    + ["purchase"] * 3
    + ["page_view"] * 2
    + ["review", "survey"]
)
CALM_ACTS = [a for a in DAY_ACTS if a != "survey"]


def fresh(fam: Fam, c: Cust, options: list[T], key: Callable[[T], str]) -> T | None:
    """One option this customer has not used yet (no one writes the same words twice)."""
    used = fam.used.setdefault(c.key, set())
    free = [o for o in options if key(o) not in used]
    if not free:
        return None
    choice = fam.rng.choice(free)
    used.add(key(choice))
    return choice


def same(x: str) -> str:
    return x


def happy_act(
    fam: Fam, c: Cust, t: datetime, act: str | None = None, lang: str | None = None
) -> list[str]:
    rng = fam.rng
    lg = lang or c.lang
    act = act or rng.choice(DAY_ACTS)
    lake = c.lake
    if act in ("praise_social", "praise_community", "again", "gripe"):
        table = {
            "praise_social": W.PRAISE,
            "praise_community": W.PRAISE,
            "again": W.AGAIN,
            "gripe": W.GRIPE,
        }[act]
        raw = fresh(fam, c, table[lg], same)
        if raw is None:
            return purchase(fam, c, t)
        text = raw.format(lake=lake)
        if act == "gripe" and rng.random() < 0.4:
            review_attrs = {"rating": "4", "page": lake_page(lake)}
            return [fam.add(c, t, "web", "review", text, attrs=review_attrs, lang=lg)]
        channel = (
            "social"
            if act == "praise_social" or (act != "praise_community" and rng.random() < 0.5)
            else "community"
        )
        return [fam.add(c, t, channel, "mention" if channel == "social" else "post", text, lang=lg)]
    if act == "chat_q":
        qa = fresh(fam, c, W.CHAT_QA[lg], lambda x: x[0])
        if qa is None:
            return purchase(fam, c, t)
        q, a = qa
        ids = [fam.add(c, t, "chat", "chat", q.format(lake=lake), lang=lg)]
        t2 = fam.mins(t, 1, 6)
        ids.append(fam.add(c, t2, "chat", "chat", a.format(lake=lake), out=True, lang=lg))
        if rng.random() < 0.7:
            thanks = W.pick(rng, W.THANKS, lg)
            ids.append(fam.add(c, fam.mins(t2, 1, 5), "chat", "chat", thanks, lang=lg))
        return ids
    if act == "email_q":
        mail = fresh(fam, c, W.EMAIL_QA[lg], lambda x: x[1])
        if mail is None:
            return [fam.add(c, t, "web", "page_view", attrs={"page": lake_page(lake)})]
        subj, q, a = mail
        ids = [fam.add(c, t, "email", "message", q.format(first=c.first), subj, lang=lg)]
        answer = a.format(first=c.first)
        ta = answer_time(fam, t, 40, 180)
        ids.append(fam.add(c, ta, "email", "message", answer, "RE: " + subj, out=True, lang=lg))
        return ids
    if act == "phone_q":
        call = fresh(fam, c, W.PHONE_QA[lg], lambda x: x[0])
        if call is None:
            return [fam.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})]
        q, subj, a = call
        ids = [fam.add(c, t, "phone", "call", q.format(lake=lake), lang=lg)]
        follow = a.format(first=c.first, lake=lake)
        tf = answer_time(fam, t, 10, 40)
        ids.append(fam.add(c, tf, "email", "message", follow, subj, out=True, lang=lg))
        return ids
    if act == "purchase":
        return purchase(fam, c, t)
    if act == "page_view":
        page = rng.choice([*W.PAGES, lake_page(lake)])
        return [fam.add(c, t, "web", "page_view", attrs={"page": page})]
    if act == "review":
        review = fresh(fam, c, W.REVIEW_GOOD[lg], same)
        if review is None:
            return purchase(fam, c, t)
        rating = rng.choice(["5", "5", "4"])
        attrs = {"rating": rating, "page": lake_page(lake)}
        return [fam.add(c, t, "web", "review", review, attrs=attrs, lang=lg)]
    if act == "survey":
        return [happy_survey(fam, c, t, lg)]
    raise ValueError(act)


def night_act(fam: Fam, c: Cust, t: datetime, lang: str | None = None) -> list[str]:
    rng = fam.rng
    lg = lang or c.lang
    post = fresh(fam, c, W.NIGHT_POSTS[lg], same) if rng.random() < 0.5 else None
    qa = None if post is not None else fresh(fam, c, W.NIGHT_QA[lg], lambda x: x[0])
    if qa is None and post is None:
        post = rng.choice(W.NIGHT_POSTS[lg])
    if post is not None:
        ch = rng.choice(["social", "community"])
        text = post.format(lake=c.lake)
        return [fam.add(c, t, ch, "mention" if ch == "social" else "post", text, lang=lg)]
    assert qa is not None
    q, a = qa
    ids = [fam.add(c, t, "chat", "chat", q.format(lake=c.lake), lang=lg)]
    t2 = fam.mins(t, 1, 4)
    ids.append(fam.add(c, t2, "chat", "chat", a.format(lake=c.lake), out=True, lang=lg))
    thanks = W.pick(rng, W.NIGHT_THANKS, lg)
    ids.append(fam.add(c, fam.mins(t2, 1, 3), "chat", "chat", thanks, lang=lg))
    return ids


def amount(c: Cust, problem: str, lang: str, spoken: bool = False) -> str:
    eur = W.PROBLEM_EUR[problem]
    return W.spoken_money(eur, c.market, lang) if spoken else W.money(eur, c.market, lang)


def core(fam: Fam, c: Cust, problem: str, lang: str, spoken: bool = False) -> str:
    text = W.pick(
        fam.rng,
        W.CORE[problem],
        lang,
        lake=c.lake,
        amt=amount(c, problem, lang, spoken),
        peg=str(fam.rng.randint(2, 24)),
    )
    return text


def keep_words(c: Cust, *extra: str) -> set[str]:
    words = (
        set(c.lake.replace("-", " ").split())
        | set(c.lake.split())
        | {c.lake, W.BRAND, "Club", c.first, c.last, *W.COMPETITORS, *extra}
    )
    return words


def complaint(
    fam: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    channel: str,
    lang: str | None = None,
    long_variant: int | None = None,
) -> str:
    """One angry first message about a problem, on a channel; returns its event id."""
    rng = fam.rng
    lg = lang or c.lang
    topic = W.pick(rng, W.TOPIC[problem], lg)
    if channel == "long_email":
        body = W.LONG_EMAIL[lg][long_variant if long_variant is not None else 0].format(
            core=core(fam, c, problem, lg), name=c.name
        )
        subj = W.pick(rng, W.SUBJECT_COMPLAINT, lg, topic=topic)
        return fam.add(c, t, "email", "message", body, subj, lang=lg)
    if channel == "email":
        body = W.pick(
            rng, W.SHORT_EMAIL, lg, core=core(fam, c, problem, lg), first=c.first, name=c.name
        )
        return fam.add(
            c,
            t,
            "email",
            "message",
            body,
            W.pick(rng, W.SUBJECT_COMPLAINT, lg, topic=topic),
            lang=lg,
        )
    if channel in ("chat", "social", "web"):
        kind, frames = {
            "chat": ("chat", W.CHAT_COMPLAINT),
            "social": ("mention", W.SOCIAL_COMPLAINT),
            "web": ("ticket", W.WEB_COMPLAINT),
        }[channel]
        text = W.pick(rng, frames, lg, core=core(fam, c, problem, lg), topic=topic)
        attrs = {"page": "/help/contact"} if channel == "web" else None
        return fam.add(c, t, channel, kind, text, attrs=attrs, lang=lg)
    if channel == "phone":
        spoken = W.speechify(core(fam, c, problem, lg, spoken=True), lg, keep_words(c))
        return fam.add(
            c, t, "phone", "call", W.pick(rng, W.PHONE_COMPLAINT, lg, core=spoken), lang=lg
        )
    raise ValueError(channel)


def case_reply(
    fam: Fam, c: Cust, t: datetime, channel: str, ref: str, lang: str | None = None
) -> tuple[str, datetime]:
    """The agent's answer opening a case: in chat for chats, else by e-mail."""
    lg = lang or c.lang
    if channel == "chat":
        t2 = fam.mins(t, 1, 4)
        return fam.add(
            c, t2, "chat", "chat", W.pick(fam.rng, W.CHAT_CASE, lg, ref=ref), out=True, lang=lg
        ), t2
    t2 = answer_time(fam, t, 10, 40)
    body = W.pick(fam.rng, W.CASE_OPENED, lg, first=c.first, ref=ref)
    return fam.add(
        c,
        t2,
        "email",
        "message",
        body,
        W.pick(fam.rng, W.CASE_SUBJECT, lg, ref=ref),
        out=True,
        lang=lg,
    ), t2


def good_news(
    fam: Fam, c: Cust, t: datetime, problem: str, ref: str, lang: str | None = None
) -> str:
    lg = lang or c.lang
    fix = W.pick(fam.rng, W.FIX[problem], lg)
    body = W.pick(fam.rng, W.GOOD_NEWS, lg, first=c.first, ref=ref, fix=fix)
    return fam.add(
        c,
        t,
        "email",
        "message",
        body,
        W.pick(fam.rng, W.RE_SUBJECT, lg, ref=ref),
        out=True,
        lang=lg,
    )


def confirm(fam: Fam, c: Cust, t: datetime, ref: str, channel: str, lang: str | None = None) -> str:
    lg = lang or c.lang
    text = W.pick(fam.rng, W.CONFIRM, lg, ref=ref)
    if channel == "chat":
        return fam.add(c, t, "chat", "chat", text, lang=lg)
    return fam.add(
        c, t, "email", "message", text, W.pick(fam.rng, W.CONFIRM_SUBJECT, lg, ref=ref), lang=lg
    )


def low_survey(
    fam: Fam, c: Cust, t: datetime, kind: str, lang: str | None = None
) -> tuple[str, int]:
    lg = lang or c.lang
    if kind == "nps":
        score = fam.rng.randint(1, 5)
        word = fam.rng.choice(W.LOW_NPS[lg])
    else:
        score = fam.rng.randint(1, 2)
        word = fam.rng.choice(W.LOW_CSAT[lg])
    return answer_survey(fam, c, t, kind, score, word, lg), score


def later_contact(
    fam: Fam,
    c: Cust,
    t: datetime,
    k: int,
    channel: str,
    ref: str,
    problem: str,
    comp: str | None,
    lang: str | None = None,
) -> str:
    """The k-th contact (2, 3 or 4) about an open case."""
    rng = fam.rng
    lg = lang or c.lang
    topic = W.pick(rng, W.TOPIC[problem], lg)
    table = {2: W.SECOND, 3: W.THIRD, 4: W.FOURTH}[k]
    text = W.pick(rng, table, lg, ref=ref, topic=topic, comp=comp or "")
    if channel == "email":
        return fam.add(
            c, t, "email", "message", text, W.pick(rng, W.RE_SUBJECT, lg, ref=ref), lang=lg
        )
    if channel == "chat":
        eid = fam.add(c, t, "chat", "chat", text, lang=lg)
        fam.add(
            c,
            fam.mins(t, 1, 4),
            "chat",
            "chat",
            W.pick(rng, W.URGENT_CHAT, lg, ref=ref),
            out=True,
            lang=lg,
        )
        return eid
    if channel == "phone":
        spoken = W.speechify(text, lg, keep_words(c, ref))
        return fam.add(c, t, "phone", "call", W.pick(rng, W.PHONE_LATER, lg, core=spoken), lang=lg)
    if channel == "web":
        return fam.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}, lang=lg)
    if channel == "social":
        return fam.add(c, t, "social", "mention", text, lang=lg)
    raise ValueError(channel)


def spread_days(fam: Fam, pool: list[int], k: int) -> list[int]:
    k = min(k, len(pool))
    return sorted(fam.rng.sample(pool, k))


# --- families -------------------------------------------------------------------


def happy_writers() -> Fam:
    fam = Fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers only: day writers, night writers, survey answerers",
    )
    rng = fam.rng
    for _ in range(16):
        c = fam.person("happy", "day writer")
        for d in spread_days(fam, list(range(10)), rng.randint(5, 8)):
            happy_act(fam, c, fam.between(d, 7, 19))
    for _ in range(5):
        c = fam.person("happy", "night writer")
        nights = spread_days(fam, list(range(9)), rng.randint(2, 4))
        for d in nights:
            happy_act_t = fam.start + timedelta(
                days=d, minutes=rng.randint(22 * 60 + 12, 28 * 60 + 30)
            )
            night_act(fam, c, happy_act_t)
        for d in spread_days(fam, list(range(10)), rng.randint(2, 3)):
            happy_act(
                fam,
                c,
                fam.between(d, 9, 18),
                rng.choice(["praise_social", "purchase", "page_view", "review"]),
            )
    for _ in range(5):
        c = fam.person("happy", "answers surveys")
        for d in spread_days(fam, list(range(10)), rng.randint(3, 6)):
            happy_survey(fam, c, fam.between(d, 7, 21))
    return fam


def one_bad_day() -> Fam:
    fam = Fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry day each, and controls",
    )
    rng = fam.rng
    channels = ["long_email", "email", "chat", "social", "web", "phone"]
    plan: list[tuple[str, str]] = [
        (p, channels[(i + j) % 6]) for i, p in enumerate(W.PROBLEMS) for j in range(4)
    ]
    rng.shuffle(plan)
    long_langs = ["fr", "fr", "pt", "pt"]
    long_count = {"fr": 0, "pt": 0}
    with_case = [i for i, (_, ch) in enumerate(plan) if ch != "social"]
    nps_ix = set(rng.sample(with_case, 6))
    csat_ix = set(rng.sample([i for i in with_case if i not in nps_ix], 5))
    news_ix = set(rng.sample(with_case, 12))
    apology_ix = set(rng.sample(sorted(news_ix), 5))
    for i, (problem, channel) in enumerate(plan):
        lang = long_langs.pop(0) if channel == "long_email" else None
        detractor = i in nps_ix
        c = fam.person(
            "bad_day_detractor" if detractor else "happy_one_bad_day",
            "one bad day",
            expected=["detractor"] if detractor else [],
            tolerated=["silence"],
            lang=lang,
            plan="club" if problem == "wrong_price" else None,
        )
        bad_day = rng.randint(2, 9)
        t = fam.between(bad_day, 8, 20)
        ok_days = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        for d in spread_days(fam, ok_days, rng.randint(1, 5)):
            happy_act(fam, c, fam.between(d, 7, 21), rng.choice(CALM_ACTS))
        long_variant = None
        if channel == "long_email":
            long_variant = long_count[c.lang]
            long_count[c.lang] += 1
            if long_variant == 1:
                c.job = {"fr": "boulangère", "pt": "enfermeira"}[c.lang]
        eid = complaint(fam, c, t, problem, channel, long_variant=long_variant)
        ex: dict[str, Any] = {
            "problem": problem,
            "channel": "email" if channel == "long_email" else channel,
            "long_email": channel == "long_email",
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "problem_event_ids": [eid],
            "trouble_starts_at": iso(t),
            "booking": None,
            "agent_fixed": False,
            "apologised": False,
            "nps_given": False,
            "csat_given": False,
        }
        c.extra = ex
        if channel != "social":
            ref = fam.ref()
            ex["booking"] = ref
            case_reply(fam, c, t, "chat" if channel == "chat" else "email", ref)
            if detractor:
                sid, score = low_survey(fam, c, fam.mins(t, 100, 140), "nps")
                ex.update(nps_given=True, nps=score, survey_event_id=sid)
            elif i in csat_ix:
                sid, score = low_survey(fam, c, fam.mins(t, 40, 80), "csat")
                ex.update(csat_given=True, csat=score, survey_event_id=sid)
            if i in news_ix:
                good_news(fam, c, answer_time(fam, t, 60, 240), problem, ref)
                ex["agent_fixed"] = True
                if i in apology_ix:
                    ta = fam.out_of_night(fam.mins(t, 16 * 60, 24 * 60))
                    ch = rng.choice(["chat", "email"])
                    text = W.pick(rng, W.APOLOGY, c.lang)
                    aid = fam.add(
                        c,
                        ta,
                        ch,
                        "chat" if ch == "chat" else "message",
                        text,
                        None if ch == "chat" else W.pick(rng, W.RE_SUBJECT, c.lang, ref=ref),
                    )
                    ex.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
    for _ in range(8):
        c = fam.person("happy", "control")
        for d in spread_days(fam, list(range(12)), rng.randint(4, 7)):
            happy_act(fam, c, fam.between(d, 7, 21), rng.choice(CALM_ACTS))
    return fam


def fixed_case(
    fam: Fam,
    c: Cust,
    day: int,
    problem: str,
    first_lang: str | None = None,
    second_lang: str | None = None,
    channel: str | None = None,
) -> dict[str, Any]:
    rng = fam.rng
    l1 = first_lang or c.lang
    l2 = second_lang or l1
    ch = channel or rng.choice(["web", "email", "chat"])
    t = fam.between(day, 8, 19)
    eid = complaint(fam, c, t, problem, ch, lang=l1)
    ref = fam.ref()
    case_reply(fam, c, t, "chat" if ch == "chat" else "email", ref, lang=l1)
    tf = answer_time(fam, t, 3 * 60, 20 * 60)
    good_news(fam, c, tf, problem, ref, lang=l1)
    tc = fam.out_of_night(fam.mins(tf, 8 * 60, 30 * 60))
    cch = rng.choice(["email", "chat"])
    cid = confirm(fam, c, tc, ref, cch, lang=l2)
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_run(
    fam: Fam,
    c: Cust,
    first_day: int,
    n: int,
    first_channel: str,
    quality: bool,
    problem: str,
    langs: list[str] | None = None,
    last_day: int = 9,
) -> None:
    """A problem raised n times, still open, each on another channel."""
    rng = fam.rng
    seq = langs or [c.lang]
    t = fam.between(first_day, 8, 19)
    t0 = t
    ref = fam.ref()
    lg0 = seq[0]
    eid = complaint(fam, c, t, problem, first_channel, lang=lg0)
    if first_channel == "chat":
        case_reply(fam, c, t, "chat", ref, lang=lg0)
    if quality:
        tq = fam.out_of_night(fam.mins(t, 90, 150))
        fam.add(
            c,
            tq,
            "email",
            "message",
            W.pick(rng, W.QUALITY_LEAD, lg0, first=c.first, ref=ref),
            W.pick(rng, W.CASE_SUBJECT, lg0, ref=ref),
            out=True,
            lang=lg0,
        )
    elif first_channel != "chat":
        case_reply(fam, c, t, "email", ref, lang=lg0)
    later = rng.sample(
        [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel], n - 1
    )
    comp = rng.choice(W.COMPETITORS) if n >= 3 else None
    ids = [eid]
    for k in range(2, n + 1):
        room = (fam.start + timedelta(days=last_day, hours=20) - t).total_seconds() / 3600
        hi = max(4, min(40, int(room / (n - k + 1))))
        t = t + timedelta(hours=rng.randint(4, hi), minutes=rng.randint(0, 59))
        if t.hour >= 22 or t.hour < 7:
            base = t if t.hour < 7 else t + timedelta(days=1)
            t = base.replace(hour=8, minute=rng.randint(0, 59))
        lg = seq[(k - 1) % len(seq)]
        ids.append(
            later_contact(
                fam, c, t, k, later[k - 2], ref, problem, comp if k == 3 else None, lang=lg
            )
        )
    c.extra.update(
        problem=problem,
        booking=ref,
        contacts=n,
        channel=first_channel,
        channels=[first_channel, *later],
        agent_passed_on=quality,
        problem_event_ids=ids,
        repeat_event_ids=ids[1:],
        competitor=comp,
        trouble_starts_at=iso(t0),
    )


def repeat_contacts() -> Fam:
    fam = Fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "the same open problem raised again, against fixed cases and frequent writers",
    )
    rng = fam.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(firsts)
    rng.shuffle(counts)
    quality = set(rng.sample(range(12), 6))
    for i in range(12):
        problem = W.PROBLEMS[i % 6]
        c = fam.person(
            "repeat_contact",
            "repeats",
            ["repeat_contact"],
            REPEAT_TOL,
            plan="club" if problem == "wrong_price" else None,
        )
        for _ in range(rng.randint(1, 3)):
            happy_act(fam, c, fam.between(0, 7, 12), rng.choice(CALM_ACTS))
        repeat_run(fam, c, rng.randint(1, 4), counts[i], firsts[i], i in quality, problem)
    for i in range(5):
        problem = W.PROBLEMS[(i + 2) % 6]
        c = fam.person(
            "resolved_between_contacts",
            "fixed",
            tolerated=["silence"],
            plan="club" if problem == "wrong_price" else None,
        )
        for _ in range(rng.randint(1, 3)):
            happy_act(fam, c, fam.between(0, 7, 20), rng.choice(CALM_ACTS))
        case = fixed_case(fam, c, rng.randint(1, 4), problem)
        c.extra.update(
            problems=[case], trouble_starts_at=case["raised_at"], booking=case["booking"]
        )
    for _ in range(3):
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        c = fam.person(
            "different_problems",
            "two problems",
            tolerated=["silence"],
            plan="club" if "wrong_price" in (p1, p2) else None,
        )
        happy_act(fam, c, fam.between(0, 7, 20), rng.choice(CALM_ACTS))
        d1 = rng.randint(1, 2)
        case1 = fixed_case(fam, c, d1, p1)
        case2 = fixed_case(fam, c, d1 + rng.randint(4, 5), p2)
        c.extra.update(problems=[case1, case2], trouble_starts_at=case1["raised_at"])
    for _ in range(7):
        c = fam.person("happy", "frequent writer")
        for d in spread_days(fam, list(range(10)), rng.randint(5, 8)):
            happy_act(
                fam,
                c,
                fam.between(d, 7, 20),
                rng.choice(["chat_q", "chat_q", "email_q", "phone_q", "purchase", "praise_social"]),
            )
    return fam


def public_post(fam: Fam, c: Cust, t: datetime, ch: str, text: str, rating: str, lang: str) -> str:
    """A review (with its rating), a web form, a social mention or a community post."""
    if ch == "review":
        attrs = {"rating": rating, "page": lake_page(c.lake)}
        return fam.add(c, t, "web", "review", text, attrs=attrs, lang=lang)
    if ch == "web":
        return fam.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}, lang=lang)
    return fam.add(c, t, ch, "mention" if ch == "social" else "post", text, lang=lang)


def slide(
    fam: Fam, c: Cust, start_day: int, span: int, langs: list[str] | None = None
) -> list[str]:
    rng = fam.rng
    seq = langs or [c.lang]
    variants = {lg: rng.randrange(len(W.SLIDE[lg])) for lg in seq}
    comp = rng.choice(W.COMPETITORS)
    t0 = fam.between(start_day, 8, 18)
    total = span * 24 * 60
    marks = sorted(rng.sample(range(0, total, 30), 5))
    times = [t0] + [t0 + timedelta(minutes=m + 60) for m in marks]
    ids: list[str] = []
    last: datetime | None = None
    ratings = ["3", "3", "2", "2", "1", "1"]
    for k, t in enumerate(times):
        t = fam.out_of_night(t)
        if last is not None and t < last + timedelta(hours=1):
            t = fam.out_of_night(last + timedelta(hours=1, minutes=rng.randint(0, 90)))
        last = t
        lg = seq[k % len(seq)]
        text = W.SLIDE[lg][variants[lg]][k].format(lake=c.lake, comp=comp)
        ch = rng.choice(["social", "community", "review"])
        ids.append(public_post(fam, c, t, ch, text, ratings[k], lg))
    first = next(r.when for r in fam.rows if r.tp["event_id"] == ids[0])
    c.extra.update(
        slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=iso(first)
    )
    return ids


def slow_churners() -> Fam:
    fam = Fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "sliding customers, leavers, steady, steadily grumpy and sarcastic customers",
    )
    rng = fam.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_ix = set(rng.sample(range(10), 5))
    for i in range(10):
        det = i in nps_ix
        c = fam.person(
            "slow_churner",
            "slides",
            ["sentiment_drop", "detractor"] if det else ["sentiment_drop"],
            SLIDE_TOL,
        )
        n_praise = rng.randint(4, 5)
        days = spread_days(fam, list(range(11)), n_praise + rng.randint(2, 4))
        kinds = [True] * n_praise + [False] * (len(days) - n_praise)
        rng.shuffle(kinds)
        for praise, d in zip(kinds, days, strict=True):
            act = (
                rng.choice(["praise_social", "praise_community", "again"])
                if praise
                else rng.choice(["chat_q", "purchase", "page_view", "review", "email_q"])
            )
            happy_act(fam, c, fam.between(d, 7, 20), act)
        ids = slide(fam, c, rng.randint(12, 16), spans[i])
        if det:
            fourth = next(r.when for r in fam.rows if r.tp["event_id"] == ids[3])
            sid, score = low_survey(fam, c, fam.out_of_night(fam.mins(fourth, 150, 210)), "nps")
            c.extra.update(nps_given=True, nps=score, survey_event_id=sid)
        else:
            c.extra.update(nps_given=False)
    for _ in range(5):
        c = fam.person("slow_churner", "asks to cancel", ["churn_intent"], LEAVER_TOL, plan="club")
        for d in spread_days(fam, list(range(17)), rng.randint(4, 6)):
            happy_act(fam, c, fam.between(d, 7, 20), rng.choice(CALM_ACTS))
        t = fam.between(rng.randint(17, 23), 8, 20)
        cid = fam.add(
            c,
            t,
            "email",
            "message",
            W.pick(rng, W.LEAVE, c.lang, name=c.name),
            W.pick(rng, W.LEAVE_SUBJECT, c.lang),
        )
        fam.add(
            c,
            answer_time(fam, t, 60, 300),
            "email",
            "message",
            W.pick(rng, W.SORRY_TO_GO, c.lang, first=c.first),
            "RE: " + W.pick(rng, W.LEAVE_SUBJECT, c.lang),
            out=True,
        )
        tc = fam.out_of_night(fam.mins(t, 20 * 60, 30 * 60))
        label = W.CLUB[0]
        xid = fam.add(
            c, tc, "web", "cancellation", attrs={"product": label, "page": "/account/subscription"}
        )
        c.extra.update(
            churn_intent_event_id=cid,
            cancellation_event_id=xid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = fam.person("happy", "steady")
        for d in spread_days(fam, list(range(32)), rng.randint(6, 10)):
            happy_act(fam, c, fam.between(d, 7, 21))
    for _ in range(5):
        c = fam.person(
            "steadily_grumpy",
            "grumbles",
            tolerated=["repeat_contact", "silence"],
            lang=rng.choice(["fr", "pt"]),
        )
        n = rng.randint(5, 7)
        texts = rng.sample(W.GRUMBLES[c.lang], n)
        d = rng.randint(0, 4)
        ids = []
        for text in texts:
            t = fam.between(d, 8, 21)
            ch = rng.choice(["social", "community", "web", "review"])
            text = text.format(lake=c.lake)
            ids.append(public_post(fam, c, t, ch, text, "3", c.lang))
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            purchase(fam, c, fam.between(rng.randint(0, 30), 9, 19))
        first = next(r.when for r in fam.rows if r.tp["event_id"] == ids[0])
        c.extra.update(grumble_event_ids=ids, trouble_starts_at=iso(first))
    for _ in range(5):
        c = fam.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        for d in spread_days(fam, [*range(0, 17), *range(29, 32)], rng.randint(3, 6)):
            happy_act(fam, c, fam.between(d, 7, 21), rng.choice(CALM_ACTS))
        t = fam.between(rng.randint(17, 28), 9, 20)
        ch = rng.choice(["social", "community"])
        sid = fam.add(
            c, t, ch, "mention" if ch == "social" else "post", W.pick(rng, W.SARCASM, c.lang)
        )
        c.extra.update(sarcasm_event_id=sid)
    return fam


def quiet_hours() -> Fam:
    fam = Fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in three bursts a night; no spike",
    )
    rng = fam.rng
    for _ in range(16):
        c = fam.person("happy", "day writer")
        for d in spread_days(fam, [0, 1, 2], rng.randint(1, 3)):
            happy_act(fam, c, fam.between(d, 7, 17.5), rng.choice(CALM_ACTS))
    kinds = ["chat", "chat", "web", "web"]
    for i in range(4):
        c = fam.person("grumbles_once", "grumbles once", tolerated=["silence"])
        d = rng.randint(0, 2)
        t = fam.between(d, 8, 17)
        if rng.random() < 0.5:
            purchase(fam, c, t)
        else:
            fam.add(c, t, "web", "page_view", attrs={"page": "/lakes/map"})
        tg = fam.mins(t, 20, 30)
        q, a = W.MILD[c.lang][i % len(W.MILD[c.lang])]
        if kinds[i] == "chat":
            gid = fam.add(c, tg, "chat", "chat", q)
            fam.add(c, fam.mins(tg, 1, 5), "chat", "chat", a, out=True)
        else:
            gid = fam.add(c, tg, "web", "ticket", q, attrs={"page": "/help/contact"})
            fam.add(
                c,
                fam.mins(tg, 20, 60),
                "email",
                "message",
                W.pick(rng, W.MILD_ACK, c.lang, first=c.first),
                W.pick(rng, W.CASE_SUBJECT, c.lang, ref=fam.ref()),
                out=True,
            )
        c.extra.update(grumble_event_id=gid, trouble_starts_at=iso(tg))
    owls: list[Cust] = []
    for night in range(1, 4):
        b1 = fam.start + timedelta(days=night, minutes=rng.randint(40, 65))
        bursts = [
            b1,
            b1 + timedelta(minutes=rng.randint(28, 33)),
            b1 + timedelta(minutes=rng.randint(55, 65)),
        ]
        for m, b in enumerate(bursts, start=1):
            for _ in range(4):
                c = fam.person("night_owl", f"night {night}, burst {m}")
                t = b + timedelta(minutes=rng.randint(0, 9))
                ids = night_act(fam, c, t)
                c.extra.update(burst_at=iso(b), night_event_id=ids[0])
                owls.append(c)
    for c in rng.sample(owls, 18):
        happy_act(
            fam,
            c,
            fam.between(rng.randint(0, 2), 9, 17.5),
            rng.choice(["praise_social", "purchase", "page_view", "chat_q", "praise_community"]),
        )
    return fam


BILINGUAL_PAIRS: list[tuple[str, str, str]] = [
    ("fr", "pt", "FR"), ("pt", "fr", "FR"), ("fr", "pt", "LU"), ("pt", "fr", "LU"), ("pt", "fr", "FR"), ("fr", "pt", "PT"), ("pt", "fr", "CH"), ("fr", "pt", "BE"),
    ("fr", "en", "UK"), ("en", "fr", "FR"), ("pt", "en", "UK"), ("en", "pt", "PT"), ("fr", "de", "CH"), ("de", "fr", "LU"), ("pt", "es", "ES"), ("es", "pt", "PT"),
    ("fr", "it", "CH"), ("it", "fr", "FR"), ("pt", "de", "DE"), ("de", "pt", "PT"), ("fr", "es", "ES"), ("es", "fr", "FR"), ("pt", "it", "IT"), ("it", "pt", "PT"),
    ("fr", "en", "IE"), ("pt", "fr", "BE"), ("fr", "pt", "CH"),
]  # fmt: skip

REASONS = [
    "grew up speaking {l1} at home, works in {l2}",
    "moved from a {l1}-speaking country years ago, writes {l2} for anything official",
    "married into a family that speaks {l2}, switches by mood",
    "studied in {l2} and never stopped using it",
    "works for a {l2}-speaking firm across the border, texts friends in {l1}",
]


def bilingual() -> Fam:
    fam = Fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages: happy, repeat contacts, sliders, one bad day, fixed cases",
    )
    rng = fam.rng
    pairs = list(BILINGUAL_PAIRS)
    rng.shuffle(pairs)
    long_pair = next(p for p in pairs if p[0] == "pt" and p[1] == "fr")
    pairs.remove(long_pair)
    roles = (
        ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["short_email", "chat"] + ["fixed"] * 2
    )
    repeat_counts = [2, 2, 3, 3, 4]
    rng.shuffle(repeat_counts)

    def mk(
        persona: str,
        habit: str,
        pair: tuple[str, str, str],
        exp: list[str] | None = None,
        tol: list[str] | None = None,
    ) -> Cust:
        l1, l2, market = pair
        c = fam.person(persona, habit, exp, tol, lang=l1, market=market, langs=[l1, l2])
        c.extra.update(
            languages=[l1, l2],
            job_second_language=rng.choice(REASONS).format(l1=LANG_NAMES[l1], l2=LANG_NAMES[l2]),
        )
        return c

    for role, pair in zip(roles, pairs, strict=True):
        l1, l2, _ = pair
        if role == "happy":
            c = mk("happy", "alternates languages", pair)
            for k, d in enumerate(spread_days(fam, list(range(14)), rng.randint(5, 8))):
                happy_act(
                    fam, c, fam.between(d, 7, 21), rng.choice(CALM_ACTS), lang=[l1, l2][k % 2]
                )
        elif role == "repeat":
            c = mk("repeat_contact", "repeats", pair, ["repeat_contact"], REPEAT_TOL)
            for k in range(rng.randint(1, 3)):
                happy_act(
                    fam,
                    c,
                    fam.between(rng.randint(0, 1), 7, 20),
                    rng.choice(CALM_ACTS),
                    lang=[l1, l2][k % 2],
                )
            n = repeat_counts.pop()
            repeat_run(
                fam,
                c,
                rng.randint(2, 5),
                n,
                rng.choice(["web", "email", "chat"]),
                n >= 3,
                rng.choice(list(W.PROBLEMS)),
                langs=[l1, l2],
                last_day=13,
            )
        elif role == "slide":
            c = mk("slow_churner", "slides", pair, ["sentiment_drop"], SLIDE_TOL)
            days = spread_days(fam, list(range(6)), 5)
            for k, d in enumerate(days):
                happy_act(
                    fam,
                    c,
                    fam.between(d, 7, 20),
                    rng.choice(["praise_social", "praise_community"]),
                    lang=[l1, l2][k % 2],
                )
            for k in range(rng.randint(1, 3)):
                happy_act(
                    fam,
                    c,
                    fam.between(rng.randint(0, 6), 7, 20),
                    rng.choice(["chat_q", "purchase", "page_view"]),
                    lang=[l2, l1][k % 2],
                )
            slide(fam, c, rng.randint(7, 8), rng.randint(3, 5), langs=[l1, l2])
        elif role in ("short_email", "chat"):
            bad_day_role(
                fam, mk("happy_one_bad_day", "one bad day", pair, None, ["silence"]), role, l1, l2
            )
        else:
            c = mk("resolved_between_contacts", "fixed", pair, None, ["silence"])
            for k in range(rng.randint(1, 3)):
                happy_act(
                    fam,
                    c,
                    fam.between(rng.randint(0, 1), 7, 20),
                    rng.choice(CALM_ACTS),
                    lang=[l1, l2][k % 2],
                )
            case = fixed_case(
                fam,
                c,
                rng.randint(2, 8),
                rng.choice(list(W.PROBLEMS)),
                first_lang=l1,
                second_lang=l2,
                channel="web",
            )
            c.extra.update(
                problems=[case],
                trouble_starts_at=case["raised_at"],
                booking=case["booking"],
                confirm_language=l2,
            )
    c = mk("happy_one_bad_day", "one bad day", long_pair, None, ["silence"])
    bad_day_role(fam, c, "long_email", long_pair[0], long_pair[1])
    return fam


def bad_day_role(fam: Fam, c: Cust, role: str, l1: str, l2: str) -> None:
    rng = fam.rng
    bad = rng.randint(4, 9)
    ok_days = [d for d in range(14) if d <= bad - 2 or d >= bad + 3]
    for k, d in enumerate(spread_days(fam, ok_days, rng.randint(3, 5))):
        happy_act(fam, c, fam.between(d, 7, 21), rng.choice(CALM_ACTS), lang=[l1, l2][k % 2])
    problem = rng.choice(list(W.PROBLEMS))
    t = fam.between(bad, 8, 20)
    channel = "email" if role == "short_email" else role
    eid = complaint(
        fam, c, t, problem, channel, lang=l2, long_variant=2 if role == "long_email" else None
    )
    ref = fam.ref()
    case_reply(fam, c, t, "chat" if role == "chat" else "email", ref, lang=l2)
    ex: dict[str, Any] = {
        "problem": problem,
        "channel": "chat" if role == "chat" else "email",
        "long_email": role == "long_email",
        "bad_day_at": iso(t),
        "bad_day_event_id": eid,
        "bad_day_language": l2,
        "problem_event_ids": [eid],
        "trouble_starts_at": iso(t),
        "booking": ref,
        "agent_fixed": role != "chat",
        "apologised": False,
        "nps_given": False,
        "csat_given": False,
    }
    if role != "chat":
        good_news(fam, c, answer_time(fam, t, 60, 240), problem, ref, lang=l2)
    if role == "short_email":
        ta = fam.out_of_night(fam.mins(t, 18 * 60, 24 * 60))
        aid = fam.add(c, ta, "chat", "chat", W.pick(rng, W.APOLOGY, l2), lang=l2)
        ex.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
    c.extra.update(ex)


def b2b_time(fam: Fam, t: datetime, lo_h: int = 8, hi_h: int = 17) -> datetime:
    """Moves a time into office hours (weekdays), to the next working morning if needed."""
    while t.weekday() >= 5 or t.hour >= hi_h or t.hour < lo_h:
        if t.weekday() >= 5 or t.hour >= hi_h:
            t = (t + timedelta(days=1)).replace(hour=lo_h, minute=fam.rng.randint(0, 50))
        else:
            t = t.replace(hour=lo_h, minute=fam.rng.randint(0, 50))
    return t


def b2b_routine(
    fam: Fam, c: Cust, t: datetime, allow_survey: bool = True, allow_praise: bool = True
) -> None:
    rng = fam.rng
    acts = (
        ["chat", "hire", "portal"]
        + (["praise"] if allow_praise else [])
        + (["survey"] if allow_survey else [])
    )
    act = rng.choice(acts)
    lg = c.lang
    if act == "chat":
        qa = fresh(fam, c, B.CHAT_QA[lg], lambda x: x[0])
        if qa is None:
            fam.add(c, t, "web", "page_view", attrs={"page": rng.choice(B.PORTAL_PAGES)})
            return
        q, a = qa
        fam.add(c, t, "chat", "chat", q)
        t2 = fam.mins(t, 1, 6)
        fam.add(c, t2, "chat", "chat", a, out=True)
        if rng.random() < 0.6:
            fam.add(c, fam.mins(t2, 1, 4), "chat", "chat", W.pick(rng, W.THANKS, lg))
    elif act == "hire":
        purchase(fam, c, t, rng.choice(B.PRODUCTS))
    elif act == "portal":
        fam.add(c, t, "web", "page_view", attrs={"page": rng.choice(B.PORTAL_PAGES)})
    elif act == "praise":
        fam.add(c, t, "community", "post", W.pick(rng, B.PRAISE, lg, lake=c.lake))
    else:
        kind, score = happy_score(rng)
        answer_survey(fam, c, t, kind, score, rng.choice(B.HAPPY_WORDS[lg]), lg)


WORKDAYS = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]


def warm_up(fam: Fam, c: Cust) -> None:
    """A complaining or suggesting contact's 0-2 routine acts, on Monday or Tuesday."""
    for _ in range(fam.rng.randint(0, 2)):
        t = fam.between(fam.rng.randint(0, 1), 8, 16.5)
        b2b_routine(fam, c, t, allow_survey=False, allow_praise=False)


def first_b2b_complaint(
    fam: Fam, c: Cust, t: datetime, spec: B.AccountSpec, acct: str, ref: str
) -> str:
    """A company's first complaint e-mail about its problem, acknowledged with a case."""
    rng = fam.rng
    assert spec.problem is not None
    core = W.pick(rng, B.CORE[spec.problem], spec.lang, lake=spec.lake, oldname=spec.oldname)
    body = W.pick(
        rng, B.FIRST_COMPLAINT, spec.lang, core=core, name=c.name, title=c.job, company=spec.company
    )
    subj = B.TOPIC[spec.problem][spec.lang][0] + f" – {acct}"
    eid = fam.add(c, t, "email", "message", body, subj)
    ack = W.pick(rng, B.ACK, spec.lang, first=c.first, ref=ref, company=spec.company)
    ack_subject = W.pick(rng, B.ACK_SUBJECT, spec.lang, ref=ref)
    fam.add(c, b2b_time(fam, fam.mins(t, 20, 90)), "email", "message", ack, ack_subject, out=True)
    return eid


def when_word(lang: str, first: datetime, now: datetime) -> str:
    words = B.WHEN[lang]
    if first.date() == now.date():
        return words["this_morning"] if first.hour < 12 else words["earlier"]
    if (now.date() - first.date()).days == 1:
        return words["yesterday"]
    return words[["mon", "tue", "wed", "thu", "fri", "sat", "sun"][first.weekday()]]


def b2b_accounts() -> Fam:
    fam = Fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "company accounts: at risk, one unhappy contact, mild remarks, happy",
    )
    rng = fam.rng
    last_channels = ["email", "phone", "phone", "phone", "phone"]
    rng.shuffle(last_channels)
    at_risk_i = 0
    for spec in B.ACCOUNTS:
        acct = unique(rng, lambda r, m=spec.market: f"AZP-{m}-{r.randint(1000, 9999)}")
        firsts = rng.sample(W.FIRST_NAMES[spec.lang], spec.contacts)
        titles = [rng.choice(B.TITLES[spec.lang]) for _ in range(spec.contacts)]
        n_unhappy = spec.complainers
        n_suggest = 2 if spec.kind == "mild" else 0
        contacts: list[Cust] = []
        for k in range(spec.contacts):
            if k < n_unhappy:
                if spec.kind == "at_risk":
                    last = k == n_unhappy - 1
                    persona, habit, exp, tol = (
                        "b2b_unhappy",
                        "complainer",
                        ["repeat_contact"] if last else ["detractor"],
                        B2B_RISK_TOL,
                    )
                else:
                    persona, habit, exp, tol = (
                        "b2b_one_unhappy",
                        "complainer",
                        ["detractor"],
                        B2B_ONE_TOL,
                    )
            elif k < n_suggest:
                persona, habit, exp, tol = "b2b_mild", "suggests", [], ["silence"]
            else:
                persona, habit, exp, tol = "b2b_happy", "contact", [], []
            c = fam.person(
                persona,
                habit,
                exp,
                tol,
                lang=spec.lang,
                market=spec.market,
                account=acct,
                domain=spec.domain,
                first=firsts[k],
                job=titles[k],
            )
            c.lake = spec.lake
            c.extra.update(company=spec.company, role=habit, job_title=titles[k])
            contacts.append(c)
        trouble: str | None = None
        unhappy_keys: list[str] = []
        if spec.kind == "at_risk":
            assert spec.problem is not None
            complainers = contacts[:n_unhappy]
            t = fam.between(2, 8, 11)
            ref = fam.ref()
            first_c = complainers[0]
            first_t = t
            last_t = t
            for k, c in enumerate(complainers):
                warm_up(fam, c)
                if k == 0:
                    eid = first_b2b_complaint(fam, c, t, spec, acct, ref)
                    trouble = iso(t)
                else:
                    t = b2b_time(
                        fam, t + timedelta(hours=rng.randint(8, 28), minutes=rng.randint(0, 59))
                    )
                    variants = B.LATER[spec.problem][spec.lang]
                    body = variants[(k - 1) % len(variants)].format(
                        firstc=first_c.first,
                        when=when_word(spec.lang, first_t, t),
                        ref=ref,
                        oldname=spec.oldname,
                        name=c.name,
                        title=c.job,
                        company=spec.company,
                    )
                    eid = fam.add(
                        c,
                        t,
                        "email",
                        "message",
                        body,
                        W.pick(rng, W.RE_SUBJECT, spec.lang, ref=ref),
                    )
                last_t = t
                ids = [eid]
                if k < n_unhappy - 1:
                    sid, score = low_survey_b2b(fam, c, fam.mins(t, 60, 180))
                    c.extra.update(nps_given=True, nps=score, survey_event_id=sid)
                else:
                    t2 = b2b_time(
                        fam,
                        last_t + timedelta(hours=rng.randint(18, 40), minutes=rng.randint(0, 59)),
                    )
                    comp = rng.choice(W.COMPETITORS)
                    if last_channels[at_risk_i] == "email":
                        rid = fam.add(
                            c,
                            t2,
                            "email",
                            "message",
                            W.pick(
                                rng,
                                B.LAST_EMAIL,
                                spec.lang,
                                ref=ref,
                                comp=comp,
                                name=c.name,
                                title=c.job,
                                company=spec.company,
                            ),
                            W.pick(rng, W.RE_SUBJECT, spec.lang, ref=ref),
                        )
                        c.extra.update(competitor=comp)
                    else:
                        spoken = W.pick(
                            rng, B.LAST_PHONE, spec.lang, name=c.name, company=spec.company, ref=ref
                        )
                        rid = fam.add(c, t2, "phone", "call", spoken)
                        c.extra.update(competitor=None)
                    ids.append(rid)
                    c.extra.update(repeat_event_id=rid, nps_given=False)
                c.extra.update(
                    complaint_event_ids=ids,
                    problem=spec.problem,
                    booking=ref,
                    trouble_starts_at=iso(t),
                )
                unhappy_keys.append(c.key)
            at_risk_i += 1
        elif spec.kind == "one_unhappy":
            assert spec.problem is not None
            c = contacts[0]
            warm_up(fam, c)
            t = b2b_time(fam, fam.between(rng.randint(3, 7), 8, 17))
            ref = fam.ref()
            eid = first_b2b_complaint(fam, c, t, spec, acct, ref)
            sid, score = low_survey_b2b(fam, c, fam.mins(t, 60, 180))
            c.extra.update(
                complaint_event_ids=[eid],
                problem=spec.problem,
                booking=ref,
                nps_given=True,
                nps=score,
                survey_event_id=sid,
                trouble_starts_at=iso(t),
            )
            unhappy_keys.append(c.key)
        elif spec.kind == "mild":
            texts = list(B.SUGGEST[spec.lang])
            for k in range(2):
                c = contacts[k]
                warm_up(fam, c)
                t = b2b_time(fam, fam.between(rng.randint(2, 9), 8, 16), 8, 16)
                mid = fam.add(c, t, "web", "ticket", texts[k], attrs={"page": "/pro/contact"})
                fam.add(
                    c,
                    b2b_time(fam, fam.mins(t, 30, 180)),
                    "email",
                    "message",
                    W.pick(rng, B.SUGGEST_ACK, spec.lang, first=c.first),
                    W.pick(rng, B.SUGGEST_SUBJECT, spec.lang),
                    out=True,
                )
                c.extra.update(mild_event_id=mid, trouble_starts_at=iso(t))
        for c in contacts:
            if c.persona == "b2b_happy":
                for d in spread_days(fam, WORKDAYS, rng.randint(2, 5)):
                    b2b_routine(fam, c, fam.between(d, 8, 16.5))
        fam.accounts[acct] = {
            "company": spec.company,
            "site": spec.site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": spec.kind == "at_risk",
            "expected_rules": ["account_risk"] if spec.kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": spec.kind,
            "same_problem": spec.problem if spec.kind == "at_risk" else None,
            "trouble_starts_at": trouble if spec.kind == "at_risk" else None,
            "language": spec.lang,
            "country": spec.market,
        }
    return fam


def low_survey_b2b(fam: Fam, c: Cust, t: datetime) -> tuple[str, int]:
    score = fam.rng.randint(1, 5)
    word = fam.rng.choice(B.LOW_NPS[c.lang])
    return answer_survey(fam, c, t, "nps", score, word, c.lang), score


def local_hhmm(t: datetime, market: str, lang: str) -> str:
    local = t + timedelta(hours=UTC_OFFSET_NOV.get(market, 1))
    h, m = local.hour, local.minute
    if lang in ("fr", "pt"):
        return f"{h}h{m:02d}"
    return f"{h}:{m:02d}"


def topic_spike() -> Fam:
    fam = Fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week, then wardens' scanners issue penalty notices for valid tickets on Saturday morning",
    )
    rng = fam.rng
    for _ in range(40):
        c = fam.person("happy", "day writer")
        for d in spread_days(fam, list(range(6)), rng.randint(1, 4)):
            t = fam.between(d, 12, 19) if d == 5 else fam.between(d, 7, 18.5)
            happy_act(fam, c, t, rng.choice(CALM_ACTS))
    for lg in ("fr", "pt"):
        c = fam.person("grumbles_once", "grumbles once", tolerated=["silence"], lang=lg)
        q, a = W.MAP_SLOW[lg][0].split("|")
        t = fam.between(0, 8, 18)
        gid = fam.add(c, t, "chat", "chat", q)
        fam.add(c, fam.mins(t, 1, 5), "chat", "chat", a, out=True)
        c.extra.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lg, hour, minute in (("pt", 9, 40), ("fr", 16, 5)):
        c = fam.person("grumbles_once", "lone question", tolerated=["silence"], lang=lg)
        q, a = W.LONE_QA[lg]
        t = fam.at(4, hour, minute)
        lid = fam.add(c, t, "chat", "chat", q.format(lake=c.lake))
        fam.add(c, fam.mins(t, 2, 5), "chat", "chat", a, out=True)
        c.extra.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    # the spike
    langs = ["fr"] * 6 + ["pt"] * 6 + ["en", "en", "de", "de", "es", "es", "it", "it"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(channels)
    s0 = fam.at(5, 7, 25)
    offsets = sorted([0, 45, *(rng.randint(1, 44) for _ in range(18))])
    regular = set(rng.sample(range(20), 12))
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        lg = langs[i]
        reg = i in regular
        c = fam.person(
            "spike_reporter", "regular" if reg else "new", tolerated=["silence"], lang=lg
        )
        if reg:
            for d in spread_days(fam, [1, 2, 3], rng.randint(1, 3)):
                happy_act(fam, c, fam.between(d, 8, 17.5), rng.choice(CALM_ACTS))
        t = s0 + timedelta(minutes=offsets[i])
        ch = channels[i]
        amt = W.money(W.SPIKE_EUR, c.market, lg)
        core = W.pick(
            rng,
            W.SPIKE_CORE,
            lg,
            lake=c.lake,
            hhmm=local_hhmm(fam.mins(t, -6, -2), c.market, lg),
            amt=amt,
            code=W.SPIKE_CODE,
        )
        text = W.pick(
            rng,
            W.SPIKE_FRAME[ch],
            lg,
            core=core,
            Core=core[0].upper() + core[1:],
            name=c.name,
            code=W.SPIKE_CODE,
        )
        if ch == "email":
            sid = fam.add(
                c, t, "email", "message", text, W.pick(rng, W.SPIKE_SUBJECT, lg, code=W.SPIKE_CODE)
            )
        elif ch == "web":
            sid = fam.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        else:
            sid = fam.add(
                c, t, ch, {"social": "mention", "chat": "chat", "community": "post"}[ch], text
            )
        if ch == "chat":
            fam.add(
                c, fam.mins(t, 1, 4), "chat", "chat", W.pick(rng, W.SPIKE_CHAT_ANSWER, lg), out=True
            )
        c.extra.update(
            in_spike=True,
            regular=reg,
            spike_event_id=sid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=False,
        )
        reporters.append((c, t, ch, sid))
    early = [i for i, (_, t, _, _) in enumerate(reporters) if t <= fam.at(5, 7, 50)]
    rep_ix = rng.sample(early, 6)
    rep_channels = ["email", "email", "chat", "chat", "community", "community"]
    repeat_ids: list[str] = []
    # pair each repeater with a channel other than its first
    for _ in range(200):
        rng.shuffle(rep_channels)
        if all(rep_channels[k] != reporters[i][2] for k, i in enumerate(rep_ix)):
            break
    for k, i in enumerate(rep_ix):
        c, t, ch, _ = reporters[i]
        ch2 = rep_channels[k]
        t2 = fam.mins(t, 15, 50)
        text = W.pick(rng, W.SPIKE_REPEAT, c.lang, code=W.SPIKE_CODE)
        if ch2 == "email":
            rid = fam.add(
                c,
                t2,
                "email",
                "message",
                text,
                "RE: " + W.pick(rng, W.SPIKE_SUBJECT, c.lang, code=W.SPIKE_CODE),
            )
        elif ch2 == "chat":
            rid = fam.add(c, t2, "chat", "chat", text)
            fam.add(
                c,
                fam.mins(t2, 1, 4),
                "chat",
                "chat",
                W.pick(rng, W.SPIKE_CHAT_ANSWER, c.lang),
                out=True,
            )
        else:
            rid = fam.add(c, t2, "community", "post", text)
        c.persona = "spike_repeater"
        c.expected = ["repeat_contact"]
        c.tolerated = ["sentiment_drop", "silence"]
        c.extra.update(repeat_event_id=rid, repeat_channel=ch2)
        repeat_ids.append(rid)
    others = [i for i in range(20) if i not in rep_ix]
    fixed_at = fam.at(5, 9, 50)
    for i in rng.sample(others, 6):
        c = reporters[i][0]
        t = fam.at(5, 10, rng.randint(8, 17))
        credit = W.money(10.0, c.market, c.lang)
        body = W.pick(
            rng,
            W.SPIKE_FIXED,
            c.lang,
            first=c.first,
            code=W.SPIKE_CODE,
            hhmm=local_hhmm(fixed_at, c.market, c.lang),
            credit=credit,
        )
        fam.add(
            c,
            t,
            "email",
            "message",
            body,
            W.pick(rng, W.SPIKE_FIXED_SUBJECT, c.lang, code=W.SPIKE_CODE),
            out=True,
        )
        c.extra.update(agent_fixed=True)
    fam.spike = {
        "topic": "angling app: wardens' ticket scanners send 'fishing without a valid ticket' penalty notices to anglers whose valid tickets they just scanned, code R7/418",
        "about": "penalty notices issued for valid day tickets after a warden's scan, every lake, Saturday morning",
        "channel": None,
        "start": iso(reporters[0][1]),
        "end": iso(reporters[-1][1]),
        "customers": 20,
        "customer_keys": [c.key for c, _, _, _ in reporters],
        "event_ids": [sid for _, _, _, sid in reporters],
        "repeat_event_ids": repeat_ids,
    }
    return fam


FAMILIES = [
    (happy_writers, {}),
    (one_bad_day, {"detractor": 6}),
    (repeat_contacts, {"repeat_contact": 12}),
    (slow_churners, {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}),
    (quiet_hours, {}),
    (bilingual, {"repeat_contact": 5, "sentiment_drop": 5}),
    (b2b_accounts, {"account_risk": 5, "detractor": 16, "repeat_contact": 5}),
    (topic_spike, {"topic_spike": 1, "repeat_contact": 6}),
]


def main() -> None:
    USED.clear()
    for build, planted in FAMILIES:
        fam = build()
        lines, truth = fam.finish(planted)
        (HERE / f"{fam.name}.jsonl").write_text(lines, encoding="utf-8")
        (HERE / f"{fam.name}.truth.json").write_text(truth, encoding="utf-8")
        print(f"{fam.name}: {len(fam.custs)} customers, {len(fam.rows)} touchpoints")


if __name__ == "__main__":
    main()
