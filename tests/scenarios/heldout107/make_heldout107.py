"""Write tests/scenarios/heldout107/: the hundred-and-seventh hand-written alert scenarios.

Report only, written blind. Run as ``python make_heldout107.py`` from anywhere (standard
library only; it imports its wording modules from its own directory). Two runs give the
same bytes. The stories decide every act; the wording modules give the words.
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
import wording_b2b as B  # noqa: E402

SEED = 20261114
WRITTEN = "2026-12-05"
BUSINESS = "Ciclanto: mobile bike repair and servicing at home by app and web (tune-ups, full services, e-bike and cargo-bike services, brakes, punctures, a Plus annual plan covering labour), with Ciclanto Flotas servicing delivery, hotel, municipal and campus bike fleets on account"
LIMIT = datetime(2026, 11, 17, tzinfo=UTC)

LANG_WEIGHTS = [("es", 30), ("pt", 30), ("en", 10), ("fr", 10), ("de", 10), ("it", 10)]

SOURCES = {
    "email": "ciclanto-mail",
    "phone": "ciclanto-voice",
    "social": "ciclanto-social",
    "community": "ciclanto-forum",
    "chat": "ciclanto-chat",
    "web": "ciclanto-web",
    "survey": "ciclanto-survey",
}

PHONES: dict[str, tuple[str, list[str], int]] = {
    "ES": ("34", ["6", "7"], 8),
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "UK": ("44", ["7"], 9),
    "IE": ("353", ["83", "85", "86", "87", "89"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["45", "46", "47", "48", "49"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "CH": ("41", ["75", "76", "77", "78", "79"], 7),
    "DE": ("49", ["151", "157", "160", "170", "172", "176"], 7),
    "AT": ("43", ["650", "660", "664", "676", "699"], 7),
    "IT": ("39", ["320", "328", "333", "340", "347", "349", "366", "393"], 7),
}

#: Local hour of 11:00 UTC in November (withdrawal time of the spike's notice).
WET_MARKETS = {"UK", "IE", "PT"}

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

USED: set[str] = set()


def iso(at: datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    norm = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in norm if not unicodedata.combining(ch))


def slug(text: str) -> str:
    return "".join(ch for ch in ascii_fold(text).lower() if ch.isalnum())


def strip_accents(text: str) -> str:
    """Accents lost as on a phone without them: umlauts as ae/oe/ue, ß and ñ kept."""
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    out = []
    for ch in text:
        if ch in table:
            out.append(table[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            out.append(
                "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            )
    return "".join(out)


def spoken(text: str) -> str:
    """A sentence as a speech-to-text transcript: no punctuation, shouting in lower case."""
    parts = text.split(" ")
    text = " ".join(
        w[:1].lower() + w[1:] if i == 0 or parts[i - 1][-1:] in ".!?" else w
        for i, w in enumerate(parts)
    )
    for ch in '.,!?;:«»"“”„()¿¡–':
        text = text.replace(ch, " ")
    words = []
    for w in text.split():
        w = w.strip("'")
        if not w:
            continue
        if len(w) > 1 and w.isalpha() and w.isupper():
            w = w.lower()
        words.append(w)
    s = " ".join(words)
    return s[:1].lower() + s[1:]


def money(eur: int, market: str, lang: str) -> str:
    if market == "UK":
        return f"£{round(eur * 0.86)}"
    if market == "CH":
        return f"CHF {round(eur * 0.94)}"
    return f"€{eur}" if lang == "en" else f"{eur} €"


def money_spoken(eur: int, market: str, lang: str) -> str:
    if market == "UK":
        return f"{round(eur * 0.86)} pounds"
    if market == "CH":
        word = {"de": "Franken", "fr": "francs", "it": "franchi"}.get(lang, "francs")
        return f"{round(eur * 0.94)} {word}"
    word = {"de": "Euro", "it": "euro"}.get(lang, "euros")
    return f"{eur} {word}"


def currency(market: str) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(market, "EUR")


def price(eur: int, market: str) -> str:
    factor = {"UK": 0.86, "CH": 0.94}.get(market, 1.0)
    return f"{eur * factor:.2f}"


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone: str
    cc: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]
    used: set[str] = field(default_factory=set)


def pick(rng: random.Random, c: Cust, options: list[str]) -> str:
    """A text this customer has not written yet, if there is one left."""
    fresh = [o for o in options if o not in c.used] or options
    choice = rng.choice(fresh)
    c.used.add(choice)
    return choice


@dataclass
class Row:
    at: datetime
    seq: int
    cust: Cust
    event_id: str
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
    planned: dict[str, int]
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    # ------------------------------------------------------------ time

    def t(self, day: int, hour: int, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def day_at(self, day: int, lo: float, hi: float) -> datetime:
        """A time on a day between two hours (UTC), to the minute."""
        minutes = self.rng.randint(int(lo * 60), int(hi * 60) - 1)
        return self.start + timedelta(days=day, minutes=minutes)

    def daytime(self, at: datetime) -> datetime:
        """Moves a household's message out of 22:00-07:00 to 08:00-09:00 the next morning."""
        if at.hour >= 22:
            nxt = at + timedelta(days=1)
            return nxt.replace(hour=8, minute=self.rng.randint(0, 59))
        if at.hour < 7:
            return at.replace(hour=8, minute=self.rng.randint(0, 59))
        return at

    def office(self, at: datetime) -> datetime:
        """Moves a company's message into weekday office hours (08-17 UTC)."""
        while True:
            if at.weekday() >= 5 or at.hour >= 17:
                at = (at + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
                continue
            if at.hour < 8:
                at = at.replace(hour=8, minute=self.rng.randint(0, 59))
            return at

    # ------------------------------------------------------------ people

    def pick_lang(self) -> str:
        return self.rng.choices([lang for lang, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]

    def pick_market(self, lang: str) -> str:
        options = W.MARKETS[lang]
        market: str = self.rng.choices([m for m, _ in options], [w for _, w in options])[0]
        return market

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        taken: set[str] | None = None,
    ) -> Cust:
        rng = self.rng
        market = market or self.pick_market(lang)
        first = rng.choice(W.FIRST[lang])
        while taken is not None and first in taken:
            first = rng.choice(W.FIRST[lang])
        if taken is not None:
            taken.add(first)
        last = rng.choice(W.LAST[lang])
        f, la = slug(first), slug(last)
        while True:
            key = f"CI{self.code}{rng.randint(1000, 9999)}"
            if key not in USED:
                break
        USED.add(key)
        while True:
            if domain:
                email = rng.choice([f"{f}.{la}@{domain}", f"{f[0]}.{la}@{domain}", f"{f}@{domain}"])
            else:
                dom = rng.choice(W.MAIL_DOMAINS[lang])
                nn = rng.randint(1, 99)
                email = rng.choice(
                    [
                        f"{f}.{la}@{dom}",
                        f"{f}{la}{nn}@{dom}",
                        f"{f[0]}{la}@{dom}",
                        f"{la}.{f}{nn % 10}@{dom}",
                    ]
                )
            if email not in USED:
                break
        USED.add(email)
        cc, prefixes, rest = PHONES[market]
        while True:
            local = rng.choice(prefixes) + "".join(str(rng.randint(0, 9)) for _ in range(rest))
            phone = f"+{cc}{local}"
            if phone not in USED:
                break
        USED.add(phone)
        handle: str | None = None
        if account is None:
            while True:
                nn = rng.randint(1, 99)
                handle = "@" + rng.choice(
                    [
                        f"{la}_{f}{nn % 10}",
                        f"{f}{la}{nn}",
                        f"{la}{f[0]}",
                        f"{f}_{la}",
                        f"{f[0]}{la}{nn}",
                    ]
                )
                if handle not in USED:
                    break
            USED.add(handle)
        town_key = f"CH-{lang}" if market == "CH" else market
        if town_key not in W.TOWNS:
            town_key = "CH-de"
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": rng.choice(W.JOBS[lang]) if account is None else "",
            "town": rng.choice(W.TOWNS[town_key]),
        }
        c = Cust(key, lang, market, first, last, email, phone, cc, handle, account, truth)
        self.custs[key] = c
        return c

    def case_ref(self) -> str:
        while True:
            ref = f"CN-{self.rng.randint(100000, 999999)}"
            if ref not in USED:
                USED.add(ref)
                return ref

    # ------------------------------------------------------------ touchpoints

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[:1].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                if w[j] != w[j + 1]:
                    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                    text = " ".join(words)
        return text

    def add(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        *,
        out: bool = False,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        agent: str | None = None,
        rough: bool = True,
    ) -> str:
        if text is not None and not out:
            if rough and channel not in ("phone", "survey"):
                text = self.roughen(text)
            if channel == "social" and c.account is None and "@" + W.BRAND not in text:
                pos = text.rfind(W.BRAND)
                text = text[:pos] + "@" + text[pos:] if pos >= 0 else f"@{W.BRAND} {text}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        if agent:
            a["agent"] = agent
        eid = f"ci107-{self.code.lower()}-{len(self.rows) + 1:05d}"
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        if scores:
            sc.update(scores)
        self.rows.append(Row(at, len(self.rows), c, eid, channel, kind, out, text, subject, sc, a))
        return eid

    def agent(self, lang: str) -> str:
        name: str = self.rng.choice(W.AGENTS[lang])
        return name

    # ------------------------------------------------------------ output

    def ids_for(self, c: Cust, channel: str, full: bool) -> dict[str, str | None]:
        r = self.rough
        ids: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            ids.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            return ids
        if channel == "phone":
            ids["phone"] = c.phone if r.random() < 0.5 else f"+{c.cc} {c.phone[len(c.cc) + 1 :]}"
        elif channel in ("social", "community"):
            if c.handle is None:
                ids["email"] = c.email
            else:
                ids["handle"] = c.handle if r.random() >= 0.2 else c.handle[1:]
        elif channel == "email":
            ids["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
        else:
            ids["customer_id"] = c.key
        return ids

    def write(self) -> tuple[int, int, int]:
        rows = sorted(self.rows, key=lambda r: (r.at, r.seq))
        seen: set[str] = set()
        lines = []
        for r in rows:
            full = r.out or (r.cust.key not in seen)
            if not r.out:
                seen.add(r.cust.key)
            rec = {
                "event_id": r.event_id,
                "occurred_at": iso(r.at),
                "channel": r.channel,
                "kind": r.kind,
                "direction": "outbound" if r.out else "inbound",
                "customer": self.ids_for(r.cust, r.channel, full),
                "text": r.text,
                "subject": r.subject,
                "scores": r.scores,
                "source": SOURCES[r.channel],
                "attributes": r.attrs,
            }
            lines.append(json.dumps(rec, ensure_ascii=False))
        for c in self.custs.values():
            if c.key not in seen:
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
        for r in rows:
            if r.at.year != 2026 or r.at < self.start or r.at >= LIMIT:
                raise SystemExit(f"{self.name}: {r.event_id} at {r.at} out of range")
        end = max(self.start + timedelta(days=self.days), rows[-1].at + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end {end} out of range")
        expected: dict[str, int] = {}
        for c in self.custs.values():
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{self.name}: {c.key} expects and tolerates a rule")
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = expected.get("topic_spike", 0) + 1
        if expected != self.planned:
            raise SystemExit(f"{self.name}: expected {expected} != planned {self.planned}")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(rows), sum(1 for r in rows if r.out)


# ---------------------------------------------------------------- shared acts

HAPPY_KINDS = [
    "praise",
    "again",
    "gripe",
    "chat",
    "email",
    "phone",
    "buy",
    "buy",
    "page",
    "review",
    "survey",
]


def survey(f: Fam, c: Cust, at: datetime, kind: str, value: int, words: str) -> str:
    return f.add(
        c,
        at,
        "survey",
        "survey_response",
        words or None,
        scores={kind: value},
        attrs={"survey": kind},
        rough=False,
    )


def happy(f: Fam, c: Cust, at: datetime, kind: str) -> None:
    """One happy act (with its answers) by a household."""
    rng, lang = f.rng, c.lang
    if kind == "praise":
        if rng.random() < 0.5:
            f.add(c, at, "social", "mention", pick(rng, c, W.PRAISE[lang]))
        else:
            f.add(c, at, "community", "post", pick(rng, c, W.PRAISE[lang]))
    elif kind == "again":
        ch = rng.choice(["social", "community"])
        f.add(c, at, ch, "mention" if ch == "social" else "post", pick(rng, c, W.AGAIN[lang]))
    elif kind == "gripe":
        if rng.random() < 0.5:
            f.add(c, at, "community", "post", pick(rng, c, W.GRIPE[lang]))
        else:
            f.add(
                c,
                at,
                "web",
                "review",
                pick(rng, c, W.GRIPE[lang]),
                attrs={"rating": "4", "page": "/reviews"},
            )
    elif kind == "chat":
        q, a = rng.choice(W.CHAT_QA[lang])
        f.add(c, at, "chat", "chat", q)
        t2 = at + timedelta(minutes=rng.randint(1, 6))
        f.add(c, t2, "chat", "chat", a, out=True, agent=f.agent(lang))
        if rng.random() < 0.6:
            f.add(
                c,
                t2 + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                rng.choice(W.THANKS[lang]),
            )
    elif kind == "email":
        subj, q, a = rng.choice(W.EMAIL_QA[lang])
        f.add(c, at, "email", "message", q.format(first=c.first, last=c.last), subj)
        t2 = f.daytime(at + timedelta(minutes=rng.randint(30, 180)))
        ag = f.agent(lang)
        f.add(
            c,
            t2,
            "email",
            "message",
            a.format(first=c.first, agent=ag),
            "RE: " + subj,
            out=True,
            agent=ag,
        )
        if rng.random() < 0.4:
            f.add(
                c,
                f.daytime(t2 + timedelta(minutes=rng.randint(20, 120))),
                "email",
                "message",
                rng.choice(W.THANKS[lang]),
                "RE: " + subj,
            )
    elif kind == "phone":
        q, a = rng.choice(W.PHONE_Q[lang])
        f.add(c, at, "phone", "call", q)
        ag = f.agent(lang)
        f.add(
            c,
            f.daytime(at + timedelta(minutes=rng.randint(20, 60))),
            "email",
            "message",
            a.format(first=c.first, agent=ag),
            "Ciclanto",
            out=True,
            agent=ag,
        )
    elif kind == "buy":
        page = rng.choice(["/book/home-visit", "/services/e-bike", "/services/cargo", "/prices"])
        f.add(c, at, "web", "page_view", attrs={"page": page})
        label, eur = rng.choice(W.PRODUCTS)
        f.add(
            c,
            at + timedelta(minutes=rng.randint(3, 15)),
            "web",
            "purchase",
            attrs={
                "order_value": price(eur, c.market),
                "currency": currency(c.market),
                "product": label,
                "page": "/book/home-visit",
            },
        )
    elif kind == "page":
        f.add(c, at, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
    elif kind == "review":
        f.add(
            c,
            at,
            "web",
            "review",
            pick(rng, c, W.REVIEW[lang]),
            attrs={"rating": "5", "page": "/reviews"},
        )
    elif kind == "survey":
        which = rng.choice(["nps", "csat", "ces"])
        value = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            which
        ]
        survey(f, c, at, which, value, rng.choice(W.SURVEY_WORDS[lang]))
    else:
        raise ValueError(kind)


def happy_days(
    f: Fam, c: Cust, days: list[int], kinds: list[str], lo: float = 7, hi: float = 19
) -> None:
    for d in days:
        happy(f, c, f.day_at(d, lo, hi), f.rng.choice(kinds))


def complaint(
    f: Fam, c: Cust, at: datetime, problem: str, channel: str, lang: str | None = None
) -> tuple[str, str | None, datetime]:
    """An angry first message about a problem; returns (event id, case ref or None, last reply time)."""
    rng = f.rng
    lang = lang or c.lang
    eur = W.PROBLEM_EUR[problem]
    desc = rng.choice(W.DESC[lang][problem])
    demand = rng.choice(W.DEMAND[lang])
    topic = W.TOPIC[lang][problem]
    subj = f"{W.COMPLAINT_PREFIX[lang]}: {topic}"
    fill = {"first": c.first, "last": c.last, "town": c.truth["town"], "demand": demand}
    case: str | None = f.case_ref()
    if channel == "long":
        text = rng.choice(W.LONG_FRAME[lang]).format(
            desc=desc.format(amount=money(eur, c.market, lang)), **fill
        )
        eid = f.add(c, at, "email", "message", text, subj)
    elif channel == "email":
        text = rng.choice(W.EMAIL_FRAME[lang]).format(
            desc=desc.format(amount=money(eur, c.market, lang)), **fill
        )
        eid = f.add(c, at, "email", "message", text, subj)
    elif channel == "chat":
        text = rng.choice(W.CHAT_FRAME[lang]).format(
            desc=desc.format(amount=money(eur, c.market, lang)), demand=demand
        )
        eid = f.add(c, at, "chat", "chat", text)
    elif channel == "social":
        text = rng.choice(W.SOCIAL_FRAME[lang]).format(
            desc=desc.format(amount=money(eur, c.market, lang)), demand=demand
        )
        eid = f.add(c, at, "social", "mention", text)
        case = None
    elif channel == "web":
        text = rng.choice(W.FORM_FRAME[lang]).format(
            desc=desc.format(amount=money(eur, c.market, lang)), demand=demand
        )
        eid = f.add(c, at, "web", "ticket", text, subj, attrs={"page": "/help/contact"})
    elif channel == "phone":
        d = spoken(desc.format(amount=money_spoken(eur, c.market, lang)))
        text = rng.choice(W.PHONE_FRAME[lang]).format(desc=d)
        eid = f.add(c, at, "phone", "call", text)
    else:
        raise ValueError(channel)
    last = at
    if case is not None:
        ag = f.agent(lang)
        if channel == "chat":
            last = at + timedelta(minutes=rng.randint(1, 5))
            f.add(c, last, "chat", "chat", W.CHAT_CASE[lang].format(case=case), out=True, agent=ag)
        else:
            last = f.daytime(at + timedelta(minutes=rng.randint(10, 40)))
            s, b = W.CASE_OPENED[lang]
            f.add(
                c,
                last,
                "email",
                "message",
                b.format(case=case, first=c.first, agent=ag),
                s.format(case=case),
                out=True,
                agent=ag,
            )
    return eid, case, last


def good_news(f: Fam, c: Cust, at: datetime, case: str, lang: str | None = None) -> str:
    lang = lang or c.lang
    ag = f.agent(lang)
    s, b = W.GOOD_NEWS[lang]
    return f.add(
        c,
        at,
        "email",
        "message",
        b.format(case=case, first=c.first, agent=ag),
        s.format(case=case),
        out=True,
        agent=ag,
    )


def confirm(f: Fam, c: Cust, at: datetime, case: str, channel: str, lang: str | None = None) -> str:
    lang = lang or c.lang
    text = f.rng.choice(W.CONFIRM[lang]).format(case=case)
    if channel == "email":
        return f.add(c, at, "email", "message", text, W.CASE_SUBJECT[lang].format(case=case))
    return f.add(c, at, "chat", "chat", text)


def later_contact(
    f: Fam,
    c: Cust,
    at: datetime,
    case: str,
    problem: str,
    channel: str,
    nth: int,
    comp: str | None,
    lang: str | None = None,
) -> str:
    """The 2nd, 3rd or 4th contact about the same open case."""
    rng = f.rng
    lang = lang or c.lang
    text = rng.choice(W.LATER[lang]).format(case=case, topic=W.TOPIC[lang][problem])
    text = text[:1].upper() + text[1:]
    if nth == 3 and comp:
        text += " " + rng.choice(W.COMP_LINE[lang]).format(comp=comp)
    if nth == 4:
        text += " " + W.FOURTH_LINE[lang]
    if channel == "email":
        return f.add(c, at, "email", "message", text, W.CASE_SUBJECT[lang].format(case=case))
    if channel == "chat":
        eid = f.add(c, at, "chat", "chat", text)
        f.add(
            c,
            at + timedelta(minutes=rng.randint(1, 5)),
            "chat",
            "chat",
            W.CHAT_URGENT[lang].format(case=case),
            out=True,
            agent=f.agent(lang),
        )
        return eid
    if channel == "phone":
        call = rng.choice(W.PHONE_LATER[lang]).format(case=case, topic=W.TOPIC[lang][problem])
        if nth == 3 and comp:
            call += " " + rng.choice(W.COMP_LINE[lang]).format(comp=comp)
        if nth == 4:
            call += " " + W.FOURTH_LINE[lang]
        return f.add(c, at, "phone", "call", spoken(call))
    if channel == "web":
        return f.add(
            c,
            at,
            "web",
            "ticket",
            text,
            W.CASE_SUBJECT[lang].format(case=case),
            attrs={"page": "/help/contact"},
        )
    if channel == "social":
        return f.add(c, at, "social", "mention", text)
    raise ValueError(channel)


def repeat_run(
    f: Fam,
    c: Cust,
    first_at: datetime,
    problem: str,
    first_channel: str,
    contacts: int,
    quality: bool,
    langs: list[str] | None = None,
) -> None:
    """A problem raised ``contacts`` times, still open, each time on another channel."""
    rng = f.rng
    langs = langs or [c.lang]
    eid, case, _ = complaint(f, c, first_at, problem, first_channel, langs[0])
    assert case is not None
    ids = [eid]
    if quality:
        lang = langs[0]
        ag = f.agent(lang)
        s, b = W.QUALITY_LEAD[lang]
        f.add(
            c,
            f.daytime(first_at + timedelta(minutes=rng.randint(90, 150))),
            "email",
            "message",
            b.format(case=case, first=c.first, agent=ag),
            s.format(case=case),
            out=True,
            agent=ag,
        )
    pool = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    rng.shuffle(pool)
    comp = rng.choice(W.COMPETITORS) if contacts >= 3 else None
    at = first_at
    for nth in range(2, contacts + 1):
        at = f.daytime(at + timedelta(minutes=rng.randint(4 * 60, 40 * 60)))
        lang = langs[(nth - 1) % len(langs)]
        ids.append(later_contact(f, c, at, case, problem, pool[nth - 2], nth, comp, lang))
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=contacts,
        channels=[first_channel, *pool[: contacts - 1]],
        problem_event_ids=ids,
        trouble_starts_at=iso(first_at),
        competitor=comp,
        agent_passed_on=quality,
    )


def fixed_case(
    f: Fam, c: Cust, at: datetime, problem: str, channel: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    rng = f.rng
    eid, case, last = complaint(f, c, at, problem, channel, lang)
    assert case is not None
    fixed = f.daytime(last + timedelta(minutes=rng.randint(3 * 60, 20 * 60)))
    good_news(f, c, fixed, case, confirm_lang)
    cch = rng.choice(["email", "chat"])
    cat = f.daytime(fixed + timedelta(minutes=rng.randint(8 * 60, 30 * 60)))
    ceid = confirm(f, c, cat, case, cch, confirm_lang)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(at),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(cat),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": "email" if channel == "long" else channel,
        "confirm_channel": cch,
    }


def slide(
    f: Fam, c: Cust, start_at: datetime, span_days: int, langs: list[str] | None = None
) -> list[str]:
    """Six steps down from a happy baseline over ``span_days`` days."""
    rng = f.rng
    langs = langs or [c.lang]
    sets = {lang: rng.choice(W.SLIDE[lang]) for lang in langs}
    comp = rng.choice(W.COMPETITORS)
    ids: list[str] = []
    ratings = ["3", "3", "2", "2", "1", "1"]
    at = start_at
    gap = span_days * 24 * 60 // 5
    for i in range(6):
        if i:
            at = f.daytime(at + timedelta(minutes=max(60, gap + rng.randint(-180, 180))))
        lang = langs[i % len(langs)]
        text = sets[lang][i].format(
            amount=money(35, "UK" if lang == "en" else "ES", lang), comp=comp
        )
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c, at, "web", "review", text, attrs={"rating": ratings[i], "page": "/reviews"}
                )
            )
        elif ch == "social":
            ids.append(f.add(c, at, "social", "mention", text))
        else:
            ids.append(f.add(c, at, "community", "post", text))
        if i == 3:
            c.truth["fourth_step_at"] = iso(at)
    c.truth.update(
        slide_event_ids=ids, slide_days=span_days, competitor=comp, trouble_starts_at=iso(start_at)
    )
    return ids


def low_nps(f: Fam, c: Cust, at: datetime, lang: str | None = None) -> str:
    lang = lang or c.lang
    v = f.rng.randint(1, 5)
    eid = survey(f, c, at, "nps", v, f.rng.choice(W.LOW_NPS_WORDS[lang]))
    c.truth.update(nps_given=True, nps=v, survey_event_id=eid)
    return eid


# ---------------------------------------------------------------- families


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers only: daytime writers, night writers, survey answerers",
        {},
    )
    rng = f.rng
    for _ in range(16):
        c = f.person(f.pick_lang(), "happy", "day writer")
        happy_days(f, c, sorted(rng.sample(range(10), rng.randint(5, 8))), HAPPY_KINDS)
    for _ in range(5):
        c = f.person(f.pick_lang(), "happy", "night writer")
        nights = sorted(rng.sample(range(9), rng.randint(2, 4)))
        for d in nights:
            at = f.t(d, 22, 12) + timedelta(minutes=rng.randint(0, 6 * 60 + 18))
            if rng.random() < 0.5:
                ch = rng.choice(["social", "community"])
                f.add(
                    c,
                    at,
                    ch,
                    "mention" if ch == "social" else "post",
                    pick(rng, c, W.NIGHT_POST[c.lang]),
                )
            else:
                q, a = rng.choice(W.NIGHT_QA[c.lang])
                f.add(c, at, "chat", "chat", q)
                t2 = at + timedelta(minutes=rng.randint(1, 5))
                f.add(c, t2, "chat", "chat", a, out=True, agent=f.agent(c.lang))
                f.add(
                    c,
                    t2 + timedelta(minutes=rng.randint(1, 3)),
                    "chat",
                    "chat",
                    rng.choice(W.THANKS[c.lang]),
                )
        days = [d for d in range(10) if d not in nights]
        happy_days(
            f,
            c,
            sorted(rng.sample(days, rng.randint(2, 3))),
            ["praise", "buy", "page", "review"],
            9,
            18,
        )
    for _ in range(5):
        c = f.person(f.pick_lang(), "happy", "answers surveys")
        for d in sorted(rng.sample(range(10), rng.randint(3, 6))):
            happy(f, c, f.day_at(d, 8, 20), "survey")
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry day each, some with a detractor NPS, and happy controls",
        {"detractor": 6},
    )
    rng = f.rng
    channels = ["long", "email", "chat", "social", "web", "phone"]
    plan = [(W.PROBLEMS[i % 6], channels[(i // 6 + i % 6) % 6]) for i in range(24)]
    long_langs = ["es", "es", "pt", "pt"]
    with_case = [i for i, (_, ch) in enumerate(plan) if ch != "social"]
    nps_set = set(rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in nps_set]
    csat_set = set(rng.sample(rest, 5))
    good_set = set(rng.sample(with_case, 12))
    apol_set = set(rng.sample(sorted(good_set), 5))
    no_survey = [k for k in HAPPY_KINDS if k != "survey"]
    for i, (problem, channel) in enumerate(plan):
        lang = long_langs.pop(0) if channel == "long" else f.pick_lang()
        det = i in nps_set
        c = f.person(
            lang,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
        )
        d = rng.randint(2, 9)
        days = [x for x in range(12) if x <= d - 2 or x >= d + 3]
        happy_days(f, c, sorted(rng.sample(days, rng.randint(1, 5))), no_survey, 7, 20)
        at = f.day_at(d, 8, 20)
        eid, case, _ = complaint(f, c, at, problem, channel)
        c.truth.update(
            problem=problem,
            channel="email" if channel == "long" else channel,
            long_email=channel == "long",
            booking=case,
            bad_day_at=iso(at),
            bad_day_event_id=eid,
            trouble_starts_at=iso(at),
            nps_given=False,
            csat_given=False,
            agent_fixed=False,
            apologised=False,
        )
        if det:
            low_nps(f, c, at + timedelta(minutes=rng.randint(100, 140)))
        elif i in csat_set:
            v = rng.randint(1, 2)
            sid = survey(
                f,
                c,
                at + timedelta(minutes=rng.randint(40, 80)),
                "csat",
                v,
                rng.choice(W.LOW_CSAT_WORDS[lang]),
            )
            c.truth.update(csat_given=True, csat=v, survey_event_id=sid)
        if i in good_set:
            assert case is not None
            g = f.daytime(at + timedelta(minutes=rng.randint(60, 240)))
            good_news(f, c, g, case)
            c.truth["agent_fixed"] = True
            if i in apol_set:
                ap = f.daytime(at + timedelta(minutes=rng.randint(16 * 60, 24 * 60)))
                if ap <= g:
                    ap = g + timedelta(hours=2)
                ch = rng.choice(["chat", "email"])
                text = rng.choice(W.APOLOGY[lang])
                if ch == "chat":
                    aid = f.add(c, ap, "chat", "chat", text)
                else:
                    aid = f.add(
                        c, ap, "email", "message", text, W.CASE_SUBJECT[lang].format(case=case)
                    )
                c.truth.update(apologised=True, apology_at=iso(ap), apology_event_id=aid)
    for _ in range(8):
        c = f.person(f.pick_lang(), "happy", "control")
        happy_days(f, c, sorted(rng.sample(range(12), rng.randint(4, 7))), HAPPY_KINDS)
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "customers raising one open problem two to four times, fixed cases, two different problems, frequent writers",
        {"repeat_contact": 12},
    )
    rng = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    quality = [True] * 6 + [False] * 6
    rng.shuffle(quality)
    for i in range(12):
        c = f.person(f.pick_lang(), "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        for _ in range(rng.randint(1, 3)):
            happy(f, c, f.day_at(0, 7, 12), rng.choice(["praise", "buy", "page", "chat", "review"]))
        at = f.day_at(rng.randint(1, 4), 8, 19)
        repeat_run(f, c, at, W.PROBLEMS[i % 6], firsts[i], counts[i], quality[i])
    for i in range(5):
        c = f.person(f.pick_lang(), "resolved_between_contacts", "fixed", [], ["silence"])
        happy_days(f, c, [0], ["praise", "buy", "page"])
        at = f.day_at(rng.randint(1, 5), 8, 19)
        case = fixed_case(
            f,
            c,
            at,
            W.PROBLEMS[(i + 2) % 6],
            rng.choice(["email", "web", "chat", "phone"]),
            c.lang,
            c.lang,
        )
        c.truth.update(
            problems=[case],
            trouble_starts_at=case["raised_at"],
            booking=case["booking"],
            problem=case["problem"],
        )
    for i in range(3):
        c = f.person(f.pick_lang(), "different_problems", "two problems", [], ["silence"])
        d1 = rng.randint(0, 2)
        p1, p2 = W.PROBLEMS[i], W.PROBLEMS[i + 3]
        a = fixed_case(
            f, c, f.day_at(d1, 8, 18), p1, rng.choice(["email", "web", "chat"]), c.lang, c.lang
        )
        b = fixed_case(
            f,
            c,
            f.day_at(d1 + rng.randint(4, 5), 8, 18),
            p2,
            rng.choice(["email", "web", "phone"]),
            c.lang,
            c.lang,
        )
        c.truth.update(problems=[a, b], trouble_starts_at=a["raised_at"])
    for _ in range(7):
        c = f.person(f.pick_lang(), "happy", "frequent writer")
        happy_days(
            f,
            c,
            sorted(rng.sample(range(10), rng.randint(5, 8))),
            ["chat", "chat", "email", "email", "phone", "buy", "praise"],
        )
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "slow slides from a happy baseline, leavers who cancel, steady, steadily grumpy and sarcastic customers",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    )
    rng = f.rng
    no_survey = [k for k in HAPPY_KINDS if k != "survey"]
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    det = set(rng.sample(range(10), 5))
    for i in range(10):
        c = f.person(
            f.pick_lang(),
            "slow_churner",
            "slides",
            ["sentiment_drop", "detractor"] if i in det else ["sentiment_drop"],
            TOL_SLIDE,
        )
        days = sorted(rng.sample(range(11), 8))
        n_praise = rng.randint(4, 5)
        for d in days[:n_praise]:
            happy(f, c, f.day_at(d, 8, 20), rng.choice(["praise", "praise", "again"]))
        for d in days[n_praise : n_praise + rng.randint(2, 4)]:
            happy(
                f,
                c,
                f.day_at(d, 8, 20),
                rng.choice([k for k in no_survey if k not in ("praise", "again")]),
            )
        slide(f, c, f.day_at(rng.randint(12, 16), 8, 20), spans[i])
        if i in det:
            fourth = datetime.fromisoformat(c.truth["fourth_step_at"].replace("Z", "+00:00"))
            low_nps(f, c, f.daytime(fourth + timedelta(minutes=rng.randint(150, 210))))
    for _ in range(5):
        c = f.person(f.pick_lang(), "slow_churner", "asks to cancel", ["churn_intent"], TOL_LEAVE)
        happy_days(f, c, sorted(rng.sample(range(16), rng.randint(4, 6))), HAPPY_KINDS)
        at = f.day_at(rng.randint(17, 23), 8, 20)
        subj, body = rng.choice(W.LEAVE[c.lang])
        eid = f.add(c, at, "email", "message", body.format(first=c.first, last=c.last), subj)
        ag = f.agent(c.lang)
        s, b = W.SORRY_GO[c.lang]
        f.add(
            c,
            f.daytime(at + timedelta(minutes=rng.randint(60, 300))),
            "email",
            "message",
            b.format(first=c.first, agent=ag),
            s,
            out=True,
            agent=ag,
        )
        cat = f.daytime(at + timedelta(minutes=rng.randint(20 * 60, 30 * 60)))
        cid = f.add(
            c,
            cat,
            "web",
            "cancellation",
            attrs={"page": "/account/plus/cancel", "product": W.PLUS_PRODUCT[0]},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(cat),
            trouble_starts_at=iso(at),
        )
    for _ in range(6):
        c = f.person(f.pick_lang(), "happy", "steady")
        happy_days(f, c, sorted(rng.sample(range(32), rng.randint(6, 10))), HAPPY_KINDS)
    for _ in range(5):
        c = f.person(
            f.pick_lang(), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"]
        )
        d = rng.randint(0, 4)
        ids = []
        grumbles = rng.sample(W.GRUMBLES[c.lang], rng.randint(5, 7))
        first_at = None
        for g in grumbles:
            at = f.day_at(d, 8, 21)
            first_at = first_at or at
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "social":
                ids.append(f.add(c, at, "social", "mention", g))
            elif ch == "community":
                ids.append(f.add(c, at, "community", "post", g))
            elif ch == "web":
                ids.append(f.add(c, at, "web", "ticket", g, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    f.add(c, at, "web", "review", g, attrs={"rating": "3", "page": "/reviews"})
                )
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            happy(f, c, f.day_at(rng.randint(0, 30), 9, 19), "buy")
        assert first_at is not None
        c.truth.update(grumble_event_ids=ids, trouble_starts_at=iso(first_at))
    for _ in range(5):
        c = f.person(f.pick_lang(), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy_days(f, c, sorted(rng.sample(range(16), rng.randint(3, 6))), HAPPY_KINDS)
        at = f.day_at(rng.randint(17, 28), 9, 21)
        ch = rng.choice(["social", "community"])
        sid = f.add(
            c, at, ch, "mention" if ch == "social" else "post", rng.choice(W.SARCASM[c.lang])
        )
        c.truth.update(sarcasm_event_id=sid, trouble_starts_at=iso(at))
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm late-summer weekend with night owls in bursts after midnight; no spike",
        {},
    )
    rng = f.rng
    for _ in range(16):
        c = f.person(f.pick_lang(), "happy", "day writer")
        for d in sorted(rng.sample(range(3), rng.randint(1, 3))):
            happy(f, c, f.day_at(d, 7, 17.5), rng.choice(HAPPY_KINDS))
    for i in range(4):
        lang = ["es", "pt", "es", "pt"][i] if i < 2 else f.pick_lang()
        c = f.person(lang, "grumbles_once", "grumbles once", [], ["silence"])
        at = f.day_at(rng.randint(0, 2), 9, 17)
        act = rng.choice(["buy", "page"])
        happy(f, c, at, act)
        g_at = at + timedelta(minutes=rng.randint(20, 30) + (15 if act == "buy" else 0))
        text, answer = rng.choice(W.MILD[lang])
        if i % 2 == 0:
            gid = f.add(c, g_at, "chat", "chat", text)
            f.add(
                c,
                g_at + timedelta(minutes=rng.randint(1, 5)),
                "chat",
                "chat",
                answer,
                out=True,
                agent=f.agent(lang),
            )
        else:
            gid = f.add(c, g_at, "web", "ticket", text, attrs={"page": "/help/contact"})
            ag = f.agent(lang)
            f.add(
                c,
                g_at + timedelta(minutes=rng.randint(20, 60)),
                "email",
                "message",
                answer,
                "Ciclanto",
                out=True,
                agent=ag,
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(g_at))
    owl = 0
    for night in range(3):
        first = f.t(night + 1, 0, 40) + timedelta(minutes=rng.randint(0, 25))
        starts = [
            first,
            first + timedelta(minutes=rng.randint(28, 33)),
            first + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, bstart in enumerate(starts):
            for _ in range(4):
                owl += 1
                c = f.person(f.pick_lang(), "night_owl", f"night {night + 1}, burst {b + 1}")
                at = bstart + timedelta(minutes=rng.randint(0, 9))
                if rng.random() < 0.5:
                    q, a = rng.choice(W.NIGHT_QA[c.lang])
                    nid = f.add(c, at, "chat", "chat", q)
                    t2 = at + timedelta(minutes=rng.randint(1, 4))
                    f.add(c, t2, "chat", "chat", a, out=True, agent=f.agent(c.lang))
                    f.add(
                        c,
                        t2 + timedelta(minutes=rng.randint(1, 3)),
                        "chat",
                        "chat",
                        rng.choice(W.THANKS[c.lang]),
                    )
                else:
                    ch = rng.choice(["social", "community"])
                    nid = f.add(
                        c,
                        at,
                        ch,
                        "mention" if ch == "social" else "post",
                        pick(rng, c, W.NIGHT_POST[c.lang]),
                    )
                c.truth.update(burst_at=iso(bstart), night_event_id=nid)
                if owl % 2 == 0:
                    happy(
                        f,
                        c,
                        f.day_at(rng.randint(0, 2), 9, 17.5),
                        rng.choice(["praise", "buy", "page", "review"]),
                    )
    return f


BL_PAIRS: dict[str, list[tuple[str, str]]] = {
    "happy": [
        ("es", "pt"),
        ("pt", "es"),
        ("es", "en"),
        ("pt", "en"),
        ("en", "es"),
        ("fr", "es"),
        ("de", "es"),
        ("it", "pt"),
        ("es", "it"),
        ("pt", "fr"),
        ("es", "pt"),
        ("pt", "es"),
    ],
    "repeat": [("es", "pt"), ("pt", "es"), ("en", "pt"), ("es", "de"), ("fr", "pt")],
    "slide": [("pt", "es"), ("es", "pt"), ("pt", "de"), ("it", "es"), ("de", "pt")],
    "bad": [("de", "es"), ("pt", "en"), ("es", "fr")],
    "fixed": [("en", "es"), ("pt", "it")],
}

WHY_SECOND: dict[str, str] = {
    "es": "a Spanish partner; talks Spanish at home",
    "pt": "grew up in Porto; writes Portuguese when in a hurry",
    "en": "works for an English-speaking company",
    "fr": "studied in Lyon; French colleagues",
    "de": "German mother; uses German with family",
    "it": "Italian partner; speaks Italian at home",
}


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages: happy, repeat contacts, slides, one bad day, fixed cases",
        {"repeat_contact": 5, "sentiment_drop": 5},
    )
    rng = f.rng

    def bl_person(
        pair: tuple[str, str], persona: str, habit: str, exp: list[str], tol: list[str]
    ) -> Cust:
        market = f.pick_market(pair[0] if rng.random() < 0.5 else pair[1])
        c = f.person(pair[0], persona, habit, exp, tol, market=market)
        c.truth.update(languages=list(pair), job_second_language=WHY_SECOND[pair[1]])
        return c

    def alt_happy(c: Cust, at: datetime, kind: str, lang: str) -> None:
        c.lang = lang
        happy(f, c, at, kind)
        c.lang = c.truth["language"]

    for pair in BL_PAIRS["happy"]:
        c = bl_person(pair, "happy", "alternates languages", [], [])
        for k, d in enumerate(sorted(rng.sample(range(14), rng.randint(5, 8)))):
            alt_happy(c, f.day_at(d, 7, 20), rng.choice(HAPPY_KINDS), pair[k % 2])
    counts = [2, 2, 3, 3, 4]
    for i, pair in enumerate(BL_PAIRS["repeat"]):
        c = bl_person(pair, "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        for _ in range(rng.randint(1, 3)):
            alt_happy(
                c,
                f.day_at(rng.randint(0, 1), 8, 19),
                rng.choice(["praise", "buy", "page", "chat"]),
                rng.choice(pair),
            )
        repeat_run(
            f,
            c,
            f.day_at(rng.randint(2, 5), 8, 19),
            W.PROBLEMS[(i + 1) % 6],
            rng.choice(["email", "web", "chat"]),
            counts[i],
            counts[i] >= 3,
            list(pair),
        )
    for pair in BL_PAIRS["slide"]:
        c = bl_person(pair, "slow_churner", "slides", ["sentiment_drop"], TOL_SLIDE)
        days = sorted(rng.sample(range(6), 5))
        for k, d in enumerate(days):
            alt_happy(c, f.day_at(d, 8, 20), "praise", pair[k % 2])
        for _ in range(rng.randint(1, 3)):
            alt_happy(
                c,
                f.day_at(rng.randint(0, 5), 8, 20),
                rng.choice(["buy", "page", "chat"]),
                rng.choice(pair),
            )
        slide(f, c, f.day_at(rng.randint(7, 8), 8, 20), rng.randint(3, 5), list(pair))
    for k, pair in enumerate(BL_PAIRS["bad"]):
        c = bl_person(pair, "happy_one_bad_day", "one bad day", [], ["silence"])
        d = rng.randint(5, 9)
        days = [x for x in range(14) if x <= d - 2 or x >= d + 3]
        for j, dd in enumerate(sorted(rng.sample(days, rng.randint(3, 5)))):
            alt_happy(
                c, f.day_at(dd, 8, 20), rng.choice(["praise", "buy", "page", "review"]), pair[j % 2]
            )
        channel = ["long", "email", "chat"][k]
        at = f.day_at(d, 8, 20)
        eid, case, _ = complaint(f, c, at, W.PROBLEMS[k + 2], channel, pair[1])
        c.truth.update(
            problem=W.PROBLEMS[k + 2],
            channel="email" if channel == "long" else channel,
            long_email=channel == "long",
            booking=case,
            bad_day_at=iso(at),
            bad_day_event_id=eid,
            bad_day_language=pair[1],
            trouble_starts_at=iso(at),
            agent_fixed=False,
            apologised=False,
        )
        if channel in ("long", "email"):
            assert case is not None
            good_news(f, c, f.daytime(at + timedelta(minutes=rng.randint(60, 240))), case, pair[1])
            c.truth["agent_fixed"] = True
        if channel == "email":
            ap = f.daytime(at + timedelta(minutes=rng.randint(18 * 60, 24 * 60)))
            aid = f.add(c, ap, "chat", "chat", rng.choice(W.APOLOGY[pair[1]]))
            c.truth.update(apologised=True, apology_at=iso(ap), apology_event_id=aid)
    for k, pair in enumerate(BL_PAIRS["fixed"]):
        c = bl_person(pair, "resolved_between_contacts", "fixed", [], ["silence"])
        for j, dd in enumerate(sorted(rng.sample(range(4), 2))):
            alt_happy(c, f.day_at(dd, 8, 20), rng.choice(["praise", "buy", "page"]), pair[j % 2])
        fixed = fixed_case(
            f, c, f.day_at(rng.randint(5, 8), 8, 18), W.PROBLEMS[k * 3], "web", pair[0], pair[1]
        )
        c.truth.update(
            problems=[fixed],
            trouble_starts_at=fixed["raised_at"],
            booking=fixed["booking"],
            problem=fixed["problem"],
            confirm_language=pair[1],
        )
    return f


def b2b_routine(f: Fam, c: Cust, at: datetime, allow_scores: bool) -> None:
    rng, lang = f.rng, c.lang
    kinds = ["chat", "hire", "page", "praise"] + (["survey"] if allow_scores else [])
    kind = rng.choice(kinds) if allow_scores else rng.choice(["chat", "hire", "page"])
    if kind == "chat":
        q, a = rng.choice(B.CHAT_QA[lang])
        f.add(c, at, "chat", "chat", q)
        t2 = at + timedelta(minutes=rng.randint(1, 6))
        f.add(c, t2, "chat", "chat", a, out=True, agent=f.agent(lang))
        if rng.random() < 0.5:
            f.add(c, t2 + timedelta(minutes=rng.randint(1, 4)), "chat", "chat", B.THANKS[lang])
    elif kind == "hire":
        f.add(c, at, "web", "page_view", attrs={"page": "/fleet/book"})
        label, eur = rng.choice(B.PRODUCTS)
        f.add(
            c,
            at + timedelta(minutes=rng.randint(3, 15)),
            "web",
            "purchase",
            attrs={
                "order_value": price(eur, c.market),
                "currency": currency(c.market),
                "product": label,
                "page": "/fleet/book",
            },
        )
    elif kind == "page":
        f.add(c, at, "web", "page_view", attrs={"page": rng.choice(B.PAGES)})
    elif kind == "praise":
        f.add(c, at, "community", "post", rng.choice(B.PRAISE[lang]))
    else:
        which = rng.choice(["nps", "csat", "ces"])
        value = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            which
        ]
        survey(f, c, at, which, value, "")


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "company accounts of Ciclanto Flotas: at risk (several contacts, one problem), one unhappy contact, mild suggestions, happy",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    )
    rng = f.rng
    weekdays = [d for d in range(12) if (f.start + timedelta(days=d)).weekday() < 5]
    last_email_done = False
    for lang, market, company, domain, site, kind, problem, n_contacts, n_unhappy in B.ACCOUNTS:
        while True:
            acc = f"CIF-{market}-{rng.randint(1000, 9999)}"
            if acc not in USED:
                USED.add(acc)
                break
        taken: set[str] = set()
        contacts: list[Cust] = []
        for k in range(n_contacts):
            if kind == "at_risk" and k < n_unhappy:
                persona, habit = "b2b_unhappy", "complainer"
            elif kind == "one_unhappy" and k == 0:
                persona, habit = "b2b_one_unhappy", "complainer"
            elif kind == "mild" and k < 2:
                persona, habit = "b2b_mild", "suggests"
            else:
                persona, habit = "b2b_happy", "contact"
            c = f.person(
                lang, persona, habit, market=market, account=acc, domain=domain, taken=taken
            )
            title = B.JOB_TITLES[(k + len(f.custs)) % len(B.JOB_TITLES)]
            c.truth.update(company=company, role=habit, job_title=title, job=title)
            contacts.append(c)
        unhappy_keys: list[str] = []
        trouble: str | None = None
        if kind == "at_risk":
            case = f.case_ref()
            first_c = contacts[0]
            at = f.day_at(2, 8, 11)
            prev = at
            for k, c in enumerate(contacts[:n_unhappy]):
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(f, c, f.day_at(rng.randint(0, 1), 8, 16.5), False)
                if k == 0:
                    s, b = B.FIRST[lang][problem]
                    eid = f.add(
                        c,
                        at,
                        "email",
                        "message",
                        b.format(first=c.first, title=c.truth["job_title"], company=company),
                        s,
                    )
                    ag = f.agent(lang)
                    s2, b2 = B.ACK[lang]
                    f.add(
                        c,
                        f.office(at + timedelta(minutes=rng.randint(15, 60))),
                        "email",
                        "message",
                        b2.format(case=case, first=c.first, company=company, agent=ag),
                        s2.format(case=case),
                        out=True,
                        agent=ag,
                    )
                    cur = at
                    trouble = iso(at)
                else:
                    cur = f.office(prev + timedelta(minutes=rng.randint(8 * 60, 28 * 60)))
                    same_day = cur.date() == at.date()
                    weekday = B.THIS_MORNING[lang] if same_day else B.WEEKDAYS[lang][at.weekday()]
                    s, b = rng.choice(B.LATER[lang])
                    eid = f.add(
                        c,
                        cur,
                        "email",
                        "message",
                        b.format(
                            first_complainer=first_c.first,
                            weekday=weekday,
                            case=case,
                            restate=B.RESTATE[lang][problem],
                            first=c.first,
                            title=c.truth["job_title"],
                            company=company,
                        ),
                        s.format(case=case),
                    )
                ids = [eid]
                last = k == n_unhappy - 1
                if not last:
                    low_nps(f, c, cur + timedelta(minutes=rng.randint(60, 180)))
                    c.truth.update(expected_rules=["detractor"])
                else:
                    again = f.office(cur + timedelta(minutes=rng.randint(18 * 60, 40 * 60)))
                    if not last_email_done:
                        s, b = B.LAST_EMAIL[lang]
                        comp = rng.choice(W.COMPETITORS)
                        ids.append(
                            f.add(
                                c,
                                again,
                                "email",
                                "message",
                                b.format(
                                    case=case,
                                    restate=B.RESTATE[lang][problem],
                                    comp=comp,
                                    first=c.first,
                                    title=c.truth["job_title"],
                                    company=company,
                                ),
                                s.format(case=case),
                            )
                        )
                        c.truth["competitor"] = comp
                        last_email_done = True
                    else:
                        ids.append(
                            f.add(
                                c,
                                again,
                                "phone",
                                "call",
                                B.LAST_CALL[lang].format(
                                    company=company, case=case, restate=B.RESTATE[lang][problem]
                                ),
                            )
                        )
                        c.truth["competitor"] = None
                    c.truth.update(expected_rules=["repeat_contact"], repeat_event_id=ids[-1])
                c.truth.update(
                    tolerated_rules=sorted(TOL_B2B_RISK),
                    problem=problem,
                    booking=case,
                    complaint_event_ids=ids,
                    trouble_starts_at=iso(cur),
                )
                unhappy_keys.append(c.key)
                prev = cur
        elif kind == "one_unhappy":
            c = contacts[0]
            for _ in range(rng.randint(0, 2)):
                b2b_routine(f, c, f.day_at(rng.randint(0, 1), 8, 16.5), False)
            d = rng.choice([x for x in weekdays if 3 <= x <= 7])
            at = f.day_at(d, 8, 16)
            s, b = B.FIRST[lang][problem]
            eid = f.add(
                c,
                at,
                "email",
                "message",
                b.format(first=c.first, title=c.truth["job_title"], company=company),
                s,
            )
            case = f.case_ref()
            ag = f.agent(lang)
            s2, b2 = B.ACK[lang]
            f.add(
                c,
                f.office(at + timedelta(minutes=rng.randint(15, 60))),
                "email",
                "message",
                b2.format(case=case, first=c.first, company=company, agent=ag),
                s2.format(case=case),
                out=True,
                agent=ag,
            )
            low_nps(f, c, at + timedelta(minutes=rng.randint(60, 180)))
            c.truth.update(
                expected_rules=["detractor"],
                tolerated_rules=sorted(TOL_B2B_ONE),
                problem=problem,
                booking=case,
                complaint_event_ids=[eid],
                trouble_starts_at=iso(at),
            )
            unhappy_keys.append(c.key)
        elif kind == "mild":
            for k, c in enumerate(contacts[:2]):
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(f, c, f.day_at(rng.randint(0, 1), 8, 16.5), False)
                at = f.day_at(rng.choice([x for x in weekdays if x >= 2]), 8, 16)
                text, ack = B.MILD[lang][k]
                mid = f.add(c, at, "web", "ticket", text, attrs={"page": "/fleet/feedback"})
                ag = f.agent(lang)
                f.add(
                    c,
                    f.office(at + timedelta(minutes=rng.randint(30, 120))),
                    "email",
                    "message",
                    ack.format(first=c.first),
                    "Ciclanto Flotas",
                    out=True,
                    agent=ag,
                )
                c.truth.update(
                    tolerated_rules=["silence"], mild_event_id=mid, trouble_starts_at=iso(at)
                )
        for c in contacts:
            if c.truth["persona"] == "b2b_happy":
                for d in sorted(rng.sample(weekdays, rng.randint(2, 5))):
                    b2b_routine(f, c, f.day_at(d, 8, 16.5), True)
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
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
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week and one planted spike: e-bike warranty wrongly shown as void, Saturday 14 November 2026 morning",
        {"topic_spike": 1, "repeat_contact": 6},
    )
    rng = f.rng
    for _ in range(40):
        c = f.person(f.pick_lang(), "happy", "day writer")
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            at = f.day_at(d, 12, 19) if d == 5 else f.day_at(d, 7, 19)
            happy(f, c, at, rng.choice(HAPPY_KINDS))
    for lang in ("es", "pt"):
        c = f.person(lang, "grumbles_once", "grumbles once", [], ["silence"])
        text, answer = W.TS_GRUMBLE[lang]
        at = f.day_at(0, 9, 17)
        gid = f.add(c, at, "chat", "chat", text)
        f.add(
            c,
            at + timedelta(minutes=rng.randint(1, 5)),
            "chat",
            "chat",
            answer,
            out=True,
            agent=f.agent(lang),
        )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(at))
    for lang, at in (("es", f.t(4, 9, 40)), ("pt", f.t(4, 16, 5))):
        c = f.person(lang, "grumbles_once", "lone question", [], ["silence"])
        q, a = W.LONE_Q[lang]
        lid = f.add(c, at, "chat", "chat", q)
        f.add(
            c,
            at + timedelta(minutes=rng.randint(2, 6)),
            "chat",
            "chat",
            a,
            out=True,
            agent=f.agent(lang),
        )
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(at))
    langs = ["es"] * 6 + ["pt"] * 6 + ["en", "en", "fr", "fr", "de", "de", "it", "it"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(channels)
    base = f.t(5, 8, 5)
    offsets = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    regular = set(rng.sample(range(20), 12))
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        lang = langs[i]
        c = f.person(lang, "spike_reporter", "regular" if i in regular else "new", [], ["silence"])
        if i in regular:
            for _ in range(rng.randint(1, 2)):
                happy(
                    f,
                    c,
                    f.day_at(2, 8, 17.5),
                    rng.choice(["praise", "buy", "page", "chat", "email", "review"]),
                )
        at = base + timedelta(minutes=offsets[i])
        ch = channels[i]
        text = rng.choice(W.SPIKE[lang])
        if ch == "social":
            eid = f.add(c, at, "social", "mention", text)
        elif ch == "community":
            eid = f.add(c, at, "community", "post", text)
        elif ch == "chat":
            eid = f.add(c, at, "chat", "chat", text)
            f.add(
                c,
                at + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[lang],
                out=True,
                agent=f.agent(lang),
            )
        elif ch == "email":
            eid = f.add(c, at, "email", "message", text, W.SPIKE_SUBJECT[lang])
        else:
            eid = f.add(
                c,
                at,
                "web",
                "ticket",
                text,
                W.SPIKE_SUBJECT[lang],
                attrs={"page": "/help/warranty"},
            )
        c.truth.update(
            in_spike=True,
            regular=i in regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(at),
            agent_fixed=False,
        )
        reporters.append((c, at, ch, eid))
    early = [i for i, (_, at, _, _) in enumerate(reporters) if at <= base + timedelta(minutes=25)]
    rep_idx = rng.sample(early, 6)
    second = ["email", "email", "chat", "chat", "community", "community"]
    order = sorted(rep_idx)
    while True:
        rng.shuffle(second)
        if all(second[k] != reporters[i][2] for k, i in enumerate(order)):
            break
    repeat_ids: list[str] = []
    for k, i in enumerate(order):
        c, at, ch, _ = reporters[i]
        ch2 = second[k]
        at2 = at + timedelta(minutes=rng.randint(15, 50))
        text = rng.choice(W.SPIKE_REPEAT[c.lang])
        if ch2 == "email":
            rid = f.add(c, at2, "email", "message", text, "RE: " + W.SPIKE_SUBJECT[c.lang])
        elif ch2 == "chat":
            rid = f.add(c, at2, "chat", "chat", text)
            f.add(
                c,
                at2 + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[c.lang],
                out=True,
                agent=f.agent(c.lang),
            )
        else:
            rid = f.add(c, at2, "community", "post", text)
        c.truth.update(
            persona="spike_repeater",
            expected_rules=["repeat_contact"],
            tolerated_rules=["sentiment_drop", "silence"],
            repeat_event_id=rid,
            repeat_channel=ch2,
        )
        repeat_ids.append(rid)
    others = [i for i in range(20) if i not in rep_idx]
    for i in sorted(rng.sample(others, 6)):
        c = reporters[i][0]
        local = "11:00" if c.market in WET_MARKETS else "12:00"
        credit = money(15, c.market, c.lang)
        ag = f.agent(c.lang)
        s, b = W.SPIKE_FIXED[c.lang]
        f.add(
            c,
            f.t(5, 11, 8) + timedelta(minutes=rng.randint(0, 9)),
            "email",
            "message",
            b.format(first=c.first, time=local, credit=credit, agent=ag),
            s,
            out=True,
            agent=ag,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "warranty, e-bike, app, notice, error G-4407-V: the author's words, chosen without seeing the pipeline's topic ids; score the spike by its window and event ids if it is named otherwise",
        "channel": None,
        "start": iso(reporters[0][1]),
        "end": iso(max(at for _, at, _, _ in reporters)),
        "customers": 20,
        "customer_keys": [c.key for c, _, _, _ in reporters],
        "event_ids": [eid for _, _, _, eid in reporters],
        "repeat_event_ids": repeat_ids,
    }
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


def main() -> None:
    USED.clear()
    total = [0, 0, 0]
    for build in FAMILIES:
        fam = build()
        n = fam.write()
        total = [a + b for a, b in zip(total, n, strict=True)]
        print(f"{fam.name}: {n[0]} customers, {n[1]} touchpoints, {n[2]} agents' replies")
    print(f"total: {total[0]} customers, {total[1]} touchpoints, {total[2]} agents' replies")


if __name__ == "__main__":
    main()
