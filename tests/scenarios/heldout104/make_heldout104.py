# ruff: noqa: E501
"""Write tests/scenarios/heldout104/: eight hand-written alert scenario families (report only).

Standalone and deterministic (standard library only): ``python make_heldout104.py`` from
anywhere writes ``<family>.jsonl`` and ``<family>.truth.json`` beside this file. The
business is Clavento (locksmiths by app and web) and its business arm Clavento Pro.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import wording as w  # noqa: E402
import wording_b2b as wb  # noqa: E402

SEED = 20261114
LIMIT = datetime(2026, 11, 16, tzinfo=UTC)
LANGS = ("en", "pt", "fr", "es", "de", "it")
LANG_WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("UK", 3), ("IE", 1)),
    "pt": (("PT", 4), ("LU", 1)),
    "fr": (("FR", 3), ("BE", 1), ("CH", 1)),
    "es": (("ES", 1),),
    "de": (("DE", 3), ("AT", 1), ("CH", 1)),
    "it": (("IT", 3), ("CH", 1)),
}
CC = {
    "UK": "44",
    "IE": "353",
    "PT": "351",
    "LU": "352",
    "FR": "33",
    "BE": "32",
    "CH": "41",
    "ES": "34",
    "DE": "49",
    "AT": "43",
    "IT": "39",
}
SOURCES = {
    "email": "clavento-mail",
    "phone": "clavento-voice",
    "social": "clavento-social",
    "community": "clavento-forum",
    "chat": "clavento-chat",
    "web": "clavento-web",
    "survey": "clavento-survey",
}
DOMAINS = [
    "mailbox.example",
    "correio.example",
    "webpost.example",
    "inbox.example",
    "post.example",
    "mail.example",
]
RE = {"en": "Re: ", "pt": "RE: ", "fr": "RE : ", "es": "RE: ", "de": "AW: ", "it": "R: "}

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
TOL_B2B_UNHAPPY = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]
SILENCE = ["silence"]

USED: set[str] = set()
T = TypeVar("T")


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def fold(s: str) -> str:
    s = s.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("ß", "ss")
    s = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum()).lower()


UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def strip_accents(s: str) -> str:
    out = []
    for ch in s:
        if ch in UMLAUTS:
            out.append(UMLAUTS[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            base = unicodedata.normalize("NFD", ch)
            out.append("".join(x for x in base if not unicodedata.combining(x)))
    return "".join(out)


def money(market: str, eur: float) -> tuple[float, str]:
    if market == "UK":
        return eur * 0.86, "GBP"
    if market == "CH":
        return eur * 0.94, "CHF"
    return float(eur), "EUR"


def written(lang: str, market: str, eur: float) -> str:
    value, cur = money(market, eur)
    n = round(value)
    if cur == "GBP":
        return f"£{n}"
    if cur == "CHF":
        return f"CHF {n}"
    return f"€{n}" if lang == "en" else f"{n} €"


SPOKEN = {
    "en": {"EUR": "euros", "GBP": "pounds", "CHF": "francs"},
    "pt": {"EUR": "euros", "GBP": "libras", "CHF": "francos"},
    "fr": {"EUR": "euros", "GBP": "livres", "CHF": "francs"},
    "es": {"EUR": "euros", "GBP": "libras", "CHF": "francos"},
    "de": {"EUR": "Euro", "GBP": "Pfund", "CHF": "Franken"},
    "it": {"EUR": "euro", "GBP": "sterline", "CHF": "franchi"},
}


def spoken(lang: str, market: str, eur: float) -> str:
    value, cur = money(market, eur)
    return f"{round(value)} {SPOKEN[lang][cur]}"


def phone_number(rng: random.Random, market: str) -> str:
    def d(n: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(n))

    rest = {
        "UK": lambda: "7" + rng.choice("4589") + d(8),
        "IE": lambda: "8" + rng.choice("35679") + d(7),
        "PT": lambda: "9" + rng.choice("1236") + d(7),
        "LU": lambda: "6" + rng.choice("269") + "1" + d(6),
        "FR": lambda: rng.choice("67") + d(8),
        "BE": lambda: "4" + rng.choice("789") + d(7),
        "CH": lambda: "7" + rng.choice("5689") + d(7),
        "ES": lambda: rng.choice("67") + d(8),
        "DE": lambda: "1" + rng.choice(["51", "52", "60", "62", "70", "76"]) + d(8),
        "AT": lambda: "6" + rng.choice(["60", "64", "76", "99"]) + d(7),
        "IT": lambda: "3" + rng.choice(["20", "31", "38", "40", "47", "88"]) + d(7),
    }[market]()
    return "+" + CC[market] + rest


def weighted(rng: random.Random, pairs: Sequence[tuple[str, int]]) -> str:
    return rng.choices([p for p, _ in pairs], weights=[wt for _, wt in pairs])[0]


@dataclass
class Cust:
    key: str
    lang: str
    country: str
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]
    used: set[str] = field(default_factory=set)


@dataclass
class Row:
    t: datetime
    n: int
    eid: str
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
    n: int
    name: str
    code: str
    start: datetime
    days: int
    about: str
    planned: dict[str, int]
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    count: int = 0
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    # --- time -------------------------------------------------------------
    def at(self, day: float, hours: float = 0.0) -> datetime:
        return self.start + timedelta(days=day, hours=hours)

    def rand_at(self, day: int, h0: float, h1: float) -> datetime:
        return self.start + timedelta(
            days=day, minutes=self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        )

    def mins(self, a: int, b: int) -> timedelta:
        return timedelta(minutes=self.rng.randint(a, b))

    def morning(self, t: datetime) -> datetime:
        """Out of the night (22:00-07:00 UTC): to 08:00-09:00 that morning."""
        if t.hour >= 22:
            return t.replace(hour=8, minute=0) + timedelta(days=1) + self.mins(0, 59)
        if t.hour < 7:
            return t.replace(hour=8, minute=0) + self.mins(0, 59)
        return t

    def office(self, t: datetime) -> datetime:
        if t.hour >= 17:
            t = t.replace(hour=8, minute=0) + timedelta(days=1) + self.mins(0, 50)
        elif t.hour < 8:
            t = t.replace(hour=8, minute=0) + self.mins(0, 50)
        while t.weekday() >= 5:
            t += timedelta(days=1)
        return t

    # --- people -------------------------------------------------------------
    def uniq(self, make: Callable[[], str]) -> str:
        for _ in range(1000):
            value = make()
            if value.lower() not in USED:
                USED.add(value.lower())
                return value
        raise RuntimeError("no unique value")

    def person(
        self,
        persona: str,
        habit: str,
        *,
        expected: Sequence[str] = (),
        tolerated: Sequence[str] = (),
        lang: str | None = None,
        country: str | None = None,
        company: tuple[str, str, str, str, str] | None = None,
        account: str | None = None,
        taken_first: set[str] | None = None,
    ) -> Cust:
        r = self.rng
        lg = lang or r.choices(LANGS, weights=LANG_WEIGHTS)[0]
        market = country or weighted(r, MARKETS[lg])
        female = r.random() < 0.55
        first = r.choice((w.FIRST_F if female else w.FIRST_M)[lg])
        if taken_first is not None:
            while first in taken_first:
                first = r.choice((w.FIRST_F if r.random() < 0.55 else w.FIRST_M)[lg])
            taken_first.add(first)
        last = r.choice(w.SURNAMES[lg])
        key = self.uniq_num(f"CV{self.code}", 1000, 9999)
        f1, l1 = fold(first), fold(last)
        handle: str | None
        if company is not None:
            domain = company[4]
            email = self.uniq(
                lambda: (
                    f"{f1}.{l1}@{domain}"
                    if r.random() < 0.8
                    else f"{f1[0]}{l1}{r.randint(1, 9)}@{domain}"
                )
            )
            handle = None
        else:
            dom = r.choice(DOMAINS)
            email = self.uniq(
                lambda: r.choice(
                    [
                        f"{f1}.{l1}{r.randint(1, 99)}@{dom}",
                        f"{f1[0]}{l1}{r.randint(1, 999)}@{dom}",
                        f"{l1}.{f1}@{dom}",
                        f"{f1}{l1}@{dom}",
                    ]
                )
            )
            handle = self.uniq(
                lambda: r.choice(
                    [
                        f"{l1}_{f1}{r.randint(1, 9)}",
                        f"{f1}{l1}{r.randint(10, 99)}",
                        f"{l1}{f1[0]}",
                        f"{f1}_{l1}",
                        f"{f1[:3]}{l1[:4]}{r.randint(1, 99)}",
                    ]
                )
            )
        phone = self.uniq(lambda: phone_number(r, market))
        town_key = (
            f"CH-{lg}"
            if market == "CH" and f"CH-{lg}" in w.TOWNS
            else ("CH-de" if market == "CH" else market)
        )
        if company is not None:
            job = r.choice(wb.TITLES)
        else:
            job = r.choice(w.JOBS)
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": f"@{handle}" if handle else None,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": market,
            "segment": "b2b" if company else "consumer",
            "name": f"{first} {last}",
            "job": job,
            "town": r.choice(w.TOWNS[town_key]),
        }
        if company is not None:
            truth.update({"company": company[0], "job_title": job})
        c = Cust(key, lg, market, first, last, email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    # --- touchpoints --------------------------------------------------------
    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text.startswith(w.BRAND):
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            tokens = text.split(" ")
            spots = [
                i
                for i, tok in enumerate(tokens)
                if len(tok) >= 5 and tok.isalpha() and tok.islower()
            ]
            if spots:
                i = r.choice(spots)
                tok = tokens[i]
                j = r.randint(1, len(tok) - 2)
                if tok[j] != tok[j + 1]:
                    tokens[i] = tok[:j] + tok[j + 1] + tok[j] + tok[j + 2 :]
                text = " ".join(tokens)
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        *,
        out: bool = False,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        agent: str | None = None,
    ) -> str:
        self.count += 1
        eid = f"cv104-{self.code.lower()}-{self.count:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
            if channel == "social" and c.account is None and "@" + w.BRAND not in text:
                i = text.rfind(w.BRAND)
                text = text[:i] + "@" + text[i:] if i >= 0 else f"@{w.BRAND} {text}"
        a = {"market": c.country}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        if agent:
            a["agent"] = agent
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(Row(t, self.count, eid, c, channel, kind, out, text, subject, sc, a))
        return eid

    def agent(self, lang: str) -> str:
        names: list[str] = w.AGENTS[lang]
        return self.rng.choice(names)

    def uniq_num(self, prefix: str, lo: int, hi: int) -> str:
        return self.uniq(lambda: f"{prefix}{self.rng.randint(lo, hi)}")

    def case(self) -> str:
        return self.uniq_num("CV-", 100000, 999999)

    def fmt(self, template: str, c: Cust, lang: str, **kw: Any) -> str:
        eur = kw.pop("eur", 89)
        values: dict[str, Any] = {
            "first": c.first,
            "last": c.last,
            "amt": written(lang, c.country, eur),
            "samt": spoken(lang, c.country, eur),
        }
        values.update(kw)
        return template.format(**values)

    # --- output -------------------------------------------------------------
    def ref(self, c: Cust, channel: str, full: bool) -> dict[str, str | None]:
        r = self.rough
        cc = CC[c.country]
        phone = c.phone if r.random() < 0.5 else f"+{cc} {c.phone[len(cc) + 1 :]}"
        handle = None
        if c.handle:
            handle = c.handle if r.random() < 0.2 else f"@{c.handle}"
        d: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            d.update({"customer_id": c.key, "email": c.email, "phone": phone, "handle": handle})
        elif channel == "phone":
            d["phone"] = phone
        elif channel in ("social", "community"):
            if handle:
                d["handle"] = handle
            else:
                d["email"] = c.email
        elif channel == "email":
            d["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
        else:
            d["customer_id"] = c.key
        return d

    def write(self) -> tuple[int, int]:
        rows = sorted(self.rows, key=lambda r: (r.t, r.n))
        seen: set[str] = set()
        lines = []
        for row in rows:
            if row.t.year != 2026 or row.t < self.start or row.t >= LIMIT:
                raise SystemExit(f"{self.name}: {row.eid} at {iso(row.t)} out of range")
            full = row.out or row.cust.key not in seen
            if not row.out:
                seen.add(row.cust.key)
            rec = {
                "event_id": row.eid,
                "occurred_at": iso(row.t),
                "channel": row.channel,
                "kind": row.kind,
                "direction": "outbound" if row.out else "inbound",
                "customer": self.ref(row.cust, row.channel, full),
                "text": row.text,
                "subject": row.subject,
                "scores": row.scores,
                "source": SOURCES[row.channel],
                "attributes": row.attrs,
            }
            lines.append(json.dumps(rec, ensure_ascii=False))
        missing = [k for k in self.custs if k not in seen]
        if missing:
            raise SystemExit(f"{self.name}: customers without an inbound touchpoint: {missing}")
        expected: Counter[str] = Counter()
        for c in self.custs.values():
            both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            if both:
                raise SystemExit(f"{self.name}: {c.key} expects and tolerates {both}")
            expected.update(c.truth["expected_rules"])
        for acc in self.accounts.values():
            expected.update(acc["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
        if dict(expected) != self.planned:
            raise SystemExit(f"{self.name}: expected {dict(expected)} != planned {self.planned}")
        last = rows[-1].t + timedelta(hours=1)
        end = max(self.at(self.days), last)
        if end > LIMIT:
            raise SystemExit(f"{self.name}: end {iso(end)} out of range")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Clavento: locksmiths by app and web (households, Clavento Plus) and Clavento Pro (landlords, property managers, hotels, schools on account)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "by hand (a generator and wording modules written for this set), blind, for report only",
                "expected": dict(sorted(self.planned.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in self.custs.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(lines)


# --- acts ---------------------------------------------------------------------


def pick(f: Fam, c: Cust, options: Sequence[T]) -> T:
    """A text this customer has not written yet, when there is one left."""
    fresh = [o for o in options if repr(o) not in c.used] or list(options)
    choice = f.rng.choice(fresh)
    c.used.add(repr(choice))
    return choice


HAPPY_KINDS = [
    "praise",
    "praise",
    "praise",
    "again",
    "gripe",
    "chat",
    "chat",
    "email",
    "phone",
    "buy",
    "buy",
    "view",
    "review",
    "survey",
]
NO_SURVEY = [k for k in HAPPY_KINDS if k != "survey"]


def happy(f: Fam, c: Cust, t: datetime, kind: str, lang: str | None = None) -> list[str]:
    """One happy act (with the agent's answer and the thanks where they belong); inbound ids."""
    lg = lang or c.lang
    r = f.rng
    ids: list[str] = []
    if kind in ("praise", "again", "gripe"):
        table = {"praise": w.PRAISE, "again": w.AGAIN, "gripe": w.GRIPE}[kind]
        text = pick(f, c, table[lg])
        if kind == "gripe" and r.random() < 0.4:
            ids.append(
                f.add(c, t, "web", "review", text, attrs={"rating": "4", "page": "/reviews"})
            )
        elif c.handle and r.random() < 0.5:
            ids.append(f.add(c, t, "social", "mention", text))
        else:
            ids.append(f.add(c, t, "community", "post", text))
    elif kind == "chat":
        q, a = pick(f, c, w.CHAT_QA[lg])
        ids.append(f.add(c, t, "chat", "chat", q))
        t2 = t + f.mins(1, 6)
        f.add(c, t2, "chat", "chat", a, out=True, agent=f.agent(lg))
        if r.random() < 0.6:
            ids.append(f.add(c, t2 + f.mins(1, 4), "chat", "chat", r.choice(w.THANKS[lg])))
    elif kind == "email":
        subj, q, a = pick(f, c, w.EMAIL_QA[lg])
        ids.append(f.add(c, t, "email", "message", f.fmt(q, c, lg), subj))
        ag = f.agent(lg)
        f.add(
            c,
            f.morning(t + f.mins(60, 300)),
            "email",
            "message",
            f.fmt(a, c, lg, agent=ag),
            RE[lg] + subj,
            out=True,
            agent=ag,
        )
    elif kind == "phone":
        q, a = pick(f, c, w.PHONE_QA[lg])
        ids.append(f.add(c, t, "phone", "call", q))
        ag = f.agent(lg)
        f.add(
            c,
            t + f.mins(10, 60),
            "email",
            "message",
            f.fmt(a, c, lg, agent=ag),
            w.CALL_SUBJECT[lg],
            out=True,
            agent=ag,
        )
    elif kind in ("buy", "view"):
        label, eur = r.choice(w.PRODUCTS)
        page = r.choice(w.PAGES[:8])
        ids.append(f.add(c, t, "web", "page_view", attrs={"page": page}))
        if kind == "buy":
            value, cur = money(c.country, eur)
            ids.append(
                f.add(
                    c,
                    t + f.mins(3, 15),
                    "web",
                    "purchase",
                    attrs={
                        "order_value": f"{value:.2f}",
                        "currency": cur,
                        "product": label,
                        "page": "/checkout",
                    },
                )
            )
    elif kind == "review":
        rating, text = pick(f, c, w.REVIEWS[lg])
        ids.append(
            f.add(c, t, "web", "review", text, attrs={"rating": str(rating), "page": "/reviews"})
        )
    elif kind == "survey":
        ids.append(happy_survey(f, c, t, lg, w.SURVEY_WORDS))
    else:
        raise ValueError(kind)
    return ids


def happy_survey(f: Fam, c: Cust, t: datetime, lg: str, words: dict[str, list[str]]) -> str:
    r = f.rng
    which = r.choice(["nps", "csat", "ces"])
    score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
    word = r.choice(words[lg])
    return f.add(
        c,
        t,
        "survey",
        "survey_response",
        word or None,
        scores={which: score},
        attrs={"survey": which},
    )


def acts_on_days(
    f: Fam,
    c: Cust,
    days: Sequence[int],
    kinds: Sequence[str],
    h0: float = 7,
    h1: float = 21,
    lang_of: Callable[[int], str] | None = None,
) -> list[str]:
    ids: list[str] = []
    for i, day in enumerate(sorted(days)):
        ids += happy(
            f, c, f.rand_at(day, h0, h1), f.rng.choice(kinds), lang_of(i) if lang_of else None
        )
    return ids


def problem_message(
    f: Fam, c: Cust, t: datetime, channel: str, problem: str, lg: str, long_email: bool = False
) -> str:
    r = f.rng
    eur = w.PROBLEM_EUR[problem]
    cores = w.CORE[lg][problem]
    core = f.fmt(r.choice(cores), c, lg, eur=eur)
    topic = w.TOPIC[lg][problem]
    if channel == "email":
        subject = w.COMPLAINT[lg] + topic
        if long_email:
            body = f.fmt(r.choice(w.LONG_EMAIL[lg]), c, lg, core=core)
        else:
            body = f"{r.choice(w.HELLO[lg])}\n\n{core}\n\n{r.choice(w.DEMAND[lg])}\n\n{c.first} {c.last}"
        return f.add(c, t, "email", "message", body, subject)
    if channel == "chat":
        return f.add(
            c,
            t,
            "chat",
            "chat",
            w.CHAT_OPEN[lg] + core[0].lower() + core[1:] if r.random() < 0.5 else core,
        )
    if channel == "web":
        return f.add(
            c,
            t,
            "web",
            "ticket",
            f"{core} {w.FORM_ASK[lg]}",
            topic[0].upper() + topic[1:],
            attrs={"page": "/help/contact"},
        )
    if channel == "social":
        return f.add(
            c, t, "social", "mention", f.fmt(r.choice(w.SOCIAL[lg][problem]), c, lg, eur=eur)
        )
    if channel == "phone":
        return f.add(c, t, "phone", "call", f.fmt(w.PHONE[lg][problem], c, lg, eur=eur))
    raise ValueError(channel)


def acknowledge(f: Fam, c: Cust, t: datetime, channel: str, case: str, lg: str) -> datetime:
    """The case-opened answer: in chat 1-4 minutes later, else by e-mail 10-40 minutes later."""
    ag = f.agent(lg)
    if channel == "chat":
        t2 = t + f.mins(1, 4)
        f.add(c, t2, "chat", "chat", w.CHAT_CASE[lg].format(case=case), out=True, agent=ag)
        return t2
    t2 = f.morning(t + f.mins(10, 40))
    f.add(
        c,
        t2,
        "email",
        "message",
        f.fmt(w.CASE_OPENED[lg], c, lg, case=case, agent=ag),
        w.CASE_SUBJECT[lg].format(case=case),
        out=True,
        agent=ag,
    )
    return t2


def good_news(f: Fam, c: Cust, t: datetime, case: str, problem: str, lg: str) -> str:
    ag = f.agent(lg)
    fix = f.fmt(w.FIX[lg][problem], c, lg, eur=w.PROBLEM_EUR[problem])
    return f.add(
        c,
        t,
        "email",
        "message",
        f.fmt(w.GOOD_NEWS[lg], c, lg, case=case, fix=fix, agent=ag),
        w.RE_CASE[lg].format(case=case),
        out=True,
        agent=ag,
    )


def low_survey(
    f: Fam, c: Cust, t: datetime, lg: str, which: str, words: dict[str, list[str]]
) -> str:
    score = f.rng.randint(1, 5) if which == "nps" else f.rng.randint(1, 2)
    word = f.rng.choice(words[lg])
    return f.add(
        c,
        t,
        "survey",
        "survey_response",
        word or None,
        scores={which: score},
        attrs={"survey": which},
    )


def repeat_run(
    f: Fam,
    c: Cust,
    t0: datetime,
    times: int,
    first_channel: str,
    quality: bool,
    lang_of: Callable[[int], str],
) -> None:
    """A problem raised, then raised again (still open) times-1 more times on other channels."""
    r = f.rng
    problem = r.choice(w.PROBLEMS)
    case = f.case()
    eur = w.PROBLEM_EUR[problem]
    lg0 = lang_of(0)
    ids = [problem_message(f, c, t0, first_channel, problem, lg0)]
    if quality:
        if first_channel == "chat":
            acknowledge(f, c, t0, "chat", case, lg0)
        ag = f.agent(lg0)
        f.add(
            c,
            f.morning(t0 + f.mins(90, 150)),
            "email",
            "message",
            f.fmt(w.QUALITY_LEAD[lg0], c, lg0, case=case, agent=ag),
            w.CASE_SUBJECT[lg0].format(case=case),
            out=True,
            agent=ag,
        )
    else:
        acknowledge(f, c, t0, first_channel, case, lg0)
    others = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    r.shuffle(others)
    comp = r.choice(w.COMPETITORS)
    t = t0
    for k in range(2, times + 1):
        lg = lang_of(k - 1)
        t = t + f.mins(4 * 60, 40 * 60)
        if t.hour >= 22 or t.hour < 7:
            t = f.morning(t)
        ch = others[k - 2]
        if ch == "phone":
            text = w.PHONE_STILL[lg].format(
                case=case,
                short=f.fmt(w.SHORT[lg][problem], c, lg, eur=eur, amt=spoken(lg, c.country, eur)),
            )
            if k == 3:
                text += " " + w.PHONE_THIRD[lg].format(comp=comp)
            if k == 4:
                text += " " + w.PHONE_FOURTH[lg]
            ids.append(f.add(c, t, "phone", "call", text))
            continue
        short = f.fmt(w.SHORT[lg][problem], c, lg, eur=eur)
        text = r.choice(w.STILL[lg]).format(
            case=case, short=short[0].upper() + short[1:] if r.random() < 0.5 else short
        )
        if k == 3:
            text += " " + r.choice(w.THIRD[lg]).format(comp=comp)
        if k == 4:
            text += " " + w.FOURTH[lg].format(case=case)
        if ch == "email":
            ids.append(
                f.add(
                    c,
                    t,
                    "email",
                    "message",
                    f"{text}\n\n{c.first}",
                    w.RE_CASE[lg].format(case=case),
                )
            )
        elif ch == "chat":
            ids.append(f.add(c, t, "chat", "chat", text))
            f.add(
                c,
                t + f.mins(1, 4),
                "chat",
                "chat",
                w.CHAT_URGENT[lg].format(case=case),
                out=True,
                agent=f.agent(lg),
            )
        elif ch == "web":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    text,
                    f"{case} - {w.TOPIC[lg][problem]}",
                    attrs={"page": "/help/contact"},
                )
            )
        else:
            ids.append(f.add(c, t, "social", "mention", text))
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "channels": [first_channel, *others[: times - 1]],
            "agent_passed_on": quality,
            "problem_event_ids": ids,
            "competitor": comp if times >= 3 else None,
            "trouble_starts_at": iso(t0),
        }
    )


def fixed_case(
    f: Fam, c: Cust, t0: datetime, channel: str, lg_raise: str, lg_confirm: str
) -> dict[str, Any]:
    r = f.rng
    problem = r.choice(w.PROBLEMS)
    case = f.case()
    pid = problem_message(f, c, t0, channel, problem, lg_raise)
    t1 = acknowledge(f, c, t0, channel, case, lg_raise)
    t2 = f.morning(t1 + f.mins(3 * 60, 20 * 60))
    good_news(f, c, t2, case, problem, lg_raise)
    t3 = f.morning(t2 + f.mins(8 * 60, 30 * 60))
    confirm_channel = r.choice(["email", "chat"])
    text = r.choice(w.CONFIRM[lg_confirm]).format(case=case)
    if confirm_channel == "email":
        cid = f.add(c, t3, "email", "message", text, w.RE_CASE[lg_confirm].format(case=case))
    else:
        cid = f.add(c, t3, "chat", "chat", text)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t0),
        "fixed_at": iso(t2),
        "confirmed_at": iso(t3),
        "problem_event_ids": [pid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": confirm_channel,
    }


def slide(
    f: Fam, c: Cust, day: int, span: int, lang_of: Callable[[int], str]
) -> tuple[list[str], list[datetime]]:
    r = f.rng
    comp = r.choice(w.COMPETITORS)
    c.truth["competitor"] = comp
    t = f.rand_at(day, 8, 12)
    ids: list[str] = []
    times: list[datetime] = []
    gap = span * 24 * 60 // 5
    for i in range(6):
        if i:
            t = f.morning(max(t + timedelta(hours=1), t + f.mins(gap - 120, gap + 120)))
        lg = lang_of(i)
        text = w.SLIDE[lg][i].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"},
                )
            )
        elif ch == "social":
            ids.append(f.add(c, t, "social", "mention", text))
        else:
            ids.append(f.add(c, t, "community", "post", text))
        times.append(t)
    return ids, times


# --- families -----------------------------------------------------------------


def same(lang: str) -> Callable[[int], str]:
    return lambda _k: lang


def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers: daytime writers, night writers and survey-only answerers",
        {},
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        acts_on_days(f, c, r.sample(range(10), r.randint(5, 8)), HAPPY_KINDS, 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for night in r.sample(range(9), r.randint(2, 4)):
            t = f.at(night) + timedelta(hours=22, minutes=12) + f.mins(0, 378)
            lg = c.lang
            if r.random() < 0.5:
                ch = "social" if r.random() < 0.5 else "community"
                f.add(
                    c, t, ch, "mention" if ch == "social" else "post", pick(f, c, w.NIGHT_POSTS[lg])
                )
            else:
                q, a = pick(f, c, w.NIGHT_QA[lg])
                f.add(c, t, "chat", "chat", q)
                t2 = t + f.mins(1, 5)
                f.add(c, t2, "chat", "chat", a, out=True, agent=f.agent(lg))
                f.add(c, t2 + f.mins(1, 4), "chat", "chat", r.choice(w.THANKS[lg]))
        acts_on_days(
            f, c, r.sample(range(10), r.randint(2, 3)), ["praise", "buy", "view", "review"], 9, 18
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for day in r.sample(range(10), r.randint(3, 6)):
            happy_survey(f, c, f.rand_at(day, 8, 20), c.lang, w.SURVEY_WORDS)
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "happy customers with one angry message on one day; 6 give a detractor NPS",
        {"detractor": 6},
    )
    r = f.rng
    kinds = ["long", "email", "chat", "social", "web", "phone"]
    long_langs = ["en", "en", "pt", "pt"]
    plan = [(kinds[i % 6], w.PROBLEMS[(i % 6 + i // 6) % 6]) for i in range(24)]
    with_case = [i for i, (k, _) in enumerate(plan) if k != "social"]
    nps_who = set(r.sample(with_case, 6))
    csat_who = set(r.sample([i for i in with_case if i not in nps_who], 5))
    news_who = set(r.sample(with_case, 12))
    sorry_who = set(r.sample(sorted(news_who), 5))
    for i, (kind, problem) in enumerate(plan):
        detractor = i in nps_who
        lang = long_langs.pop(0) if kind == "long" else None
        c = f.person(
            "bad_day_detractor" if detractor else "happy_one_bad_day",
            "one bad day",
            expected=["detractor"] if detractor else [],
            tolerated=SILENCE,
            lang=lang,
        )
        lg = c.lang
        bad = r.randint(2, 9)
        t = f.rand_at(bad, 8, 20)
        channel = "email" if kind == "long" else kind
        eid = problem_message(f, c, t, channel, problem, lg, long_email=kind == "long")
        free = [d for d in range(12) if d <= bad - 2 or d >= bad + 3]
        acts_on_days(f, c, r.sample(free, min(len(free), r.randint(1, 5))), NO_SURVEY)
        info: dict[str, Any] = {
            "problem": problem,
            "channel": channel,
            "long_email": kind == "long",
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(t),
            "booking": None,
            "agent_fixed": False,
            "apologised": False,
            "nps_given": False,
            "csat_given": False,
        }
        if kind != "social":
            case = f.case()
            info["booking"] = case
            acknowledge(f, c, t, channel, case, lg)
            if detractor:
                sid = low_survey(f, c, t + f.mins(100, 140), lg, "nps", w.LOW_NPS)
                info.update({"nps_given": True, "survey_event_id": sid})
            if i in csat_who:
                sid = low_survey(f, c, t + f.mins(40, 80), lg, "csat", w.LOW_CSAT)
                info.update({"csat_given": True, "survey_event_id": sid})
            if i in news_who:
                good_news(f, c, f.morning(t + f.mins(60, 240)), case, problem, lg)
                info["agent_fixed"] = True
                if i in sorry_who:
                    ta = f.morning(t + f.mins(16 * 60, 24 * 60))
                    text = r.choice(w.APOLOGY[lg]).format(case=case)
                    if r.random() < 0.5:
                        aid = f.add(c, ta, "chat", "chat", text)
                    else:
                        aid = f.add(
                            c, ta, "email", "message", text, w.RE_CASE[lg].format(case=case)
                        )
                    info.update(
                        {"apologised": True, "apology_at": iso(ta), "apology_event_id": aid}
                    )
        c.truth.update(info)
    for _ in range(8):
        c = f.person("happy", "control")
        acts_on_days(f, c, r.sample(range(12), r.randint(4, 7)), NO_SURVEY)
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        "repeat contacts about one open problem, fixed cases, two different problems, frequent writers",
        {"repeat_contact": 12},
    )
    r = f.rng
    times = [2, 3, 4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    quality = [True] * 6 + [False] * 6
    r.shuffle(quality)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=TOL_REPEAT)
        acts_on_days(f, c, [0] * r.randint(1, 3), NO_SURVEY, 7, 12)
        lg = c.lang
        repeat_run(
            f, c, f.rand_at(r.randint(1, 4), 8, 19), times[i], firsts[i], quality[i], same(lg)
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=SILENCE)
        acts_on_days(f, c, [0], NO_SURVEY, 7, 12)
        case = fixed_case(
            f,
            c,
            f.rand_at(r.randint(1, 4), 8, 19),
            r.choice(["email", "web", "chat"]),
            c.lang,
            c.lang,
        )
        c.truth.update(
            {"problems": [case], "booking": case["booking"], "trouble_starts_at": case["raised_at"]}
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=SILENCE)
        acts_on_days(f, c, [0], NO_SURVEY, 7, 12)
        d1 = r.randint(1, 2)
        one = fixed_case(
            f, c, f.rand_at(d1, 8, 19), r.choice(["email", "web", "chat"]), c.lang, c.lang
        )
        two = fixed_case(
            f,
            c,
            f.rand_at(d1 + r.randint(4, 5), 8, 19),
            r.choice(["email", "web", "chat"]),
            c.lang,
            c.lang,
        )
        c.truth.update({"problems": [one, two], "trouble_starts_at": one["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        acts_on_days(
            f,
            c,
            r.sample(range(10), r.randint(5, 8)),
            ["chat", "chat", "email", "email", "phone", "praise", "buy"],
        )
    return f


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 6, 22, tzinfo=UTC),
        32,
        "sliding churners, leavers, steady, steadily grumpy and sarcastic customers",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    nps = set(r.sample(range(10), 5))
    for i in range(10):
        expected = ["sentiment_drop", "detractor"] if i in nps else ["sentiment_drop"]
        c = f.person("slow_churner", "slides", expected=expected, tolerated=TOL_SLIDE)
        days = r.sample(range(11), r.randint(4, 5) + r.randint(2, 4))
        praise_n = r.randint(4, 5)
        for j, day in enumerate(sorted(days)):
            happy(
                f,
                c,
                f.rand_at(day, 7, 21),
                "praise"
                if j < praise_n
                else r.choice(["again", "chat", "buy", "view", "review", "email"]),
            )
        lg = c.lang
        ids, times = slide(f, c, r.randint(12, 16), spans[i], same(lg))
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": spans[i],
                "trouble_starts_at": iso(times[0]),
                "nps_given": i in nps,
            }
        )
        if i in nps:
            sid = low_survey(f, c, f.morning(times[3] + f.mins(150, 210)), lg, "nps", w.LOW_NPS)
            c.truth.update({"survey_event_id": sid})
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=TOL_LEAVE
        )
        acts_on_days(f, c, r.sample(range(16), r.randint(4, 6)), NO_SURVEY)
        lg = c.lang
        t = f.rand_at(r.randint(17, 23), 8, 20)
        cid = f.add(
            c, t, "email", "message", f.fmt(r.choice(w.LEAVE[lg]), c, lg), w.LEAVE_SUBJECT[lg]
        )
        ag = f.agent(lg)
        f.add(
            c,
            f.morning(t + f.mins(60, 300)),
            "email",
            "message",
            f.fmt(w.LEAVE_REPLY[lg], c, lg, agent=ag),
            RE[lg] + w.LEAVE_SUBJECT[lg],
            out=True,
            agent=ag,
        )
        tc = f.morning(t + f.mins(20 * 60, 30 * 60))
        xid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/plus/cancel", "product": w.PRODUCTS[-1][0]},
        )
        c.truth.update(
            {
                "churn_intent_event_id": cid,
                "cancellation_event_id": xid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        acts_on_days(f, c, r.sample(range(32), r.randint(6, 10)), HAPPY_KINDS)
    for _ in range(5):
        c = f.person(
            "steadily_grumpy",
            "grumbles",
            tolerated=["repeat_contact", "silence"],
            lang=r.choice(["en", "pt"]),
        )
        lg = c.lang
        day = r.randint(0, 4)
        grumbles = r.sample(w.GRUMBLES[lg], r.randint(5, 7))
        gids: list[str] = []
        first_at = f.rand_at(day, 8, 21)
        for text in grumbles:
            t = f.rand_at(day, 8, 21) if gids else first_at
            ch = r.choice(["social", "community", "web", "review"])
            if ch == "web":
                gids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            elif ch == "review":
                gids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            else:
                gids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            day += r.randint(1, 3)
        for _ in range(r.randint(0, 2)):
            happy(f, c, f.rand_at(r.randint(0, 30), 8, 20), "buy")
        c.truth.update({"grumble_event_ids": gids, "trouble_starts_at": iso(first_at)})
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=SILENCE)
        acts_on_days(f, c, r.sample(range(17), r.randint(3, 6)), NO_SURVEY)
        t = f.rand_at(r.randint(17, 28), 9, 21)
        ch = "social" if r.random() < 0.6 else "community"
        sid = f.add(c, t, ch, "mention" if ch == "social" else "post", r.choice(w.SARCASM[c.lang]))
        c.truth.update({"sarcasm_event_id": sid})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in bursts (no spike)",
        {},
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        acts_on_days(f, c, r.sample(range(3), r.randint(1, 3)), HAPPY_KINDS, 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=SILENCE)
        lg = c.lang
        t = f.rand_at(r.randint(0, 2), 8, 16)
        happy(f, c, t, r.choice(["buy", "view"]))
        tg = t + f.mins(20, 30)
        q, a = r.choice(w.MILD_QA[lg])
        if i < 2:
            gid = f.add(c, tg, "chat", "chat", q)
            f.add(c, tg + f.mins(1, 5), "chat", "chat", a, out=True, agent=f.agent(lg))
        else:
            gid = f.add(
                c, tg, "web", "ticket", q[0].upper() + q[1:], attrs={"page": "/help/contact"}
            )
            ag = f.agent(lg)
            f.add(
                c,
                tg + f.mins(60, 180),
                "email",
                "message",
                f.fmt(w.FEEDBACK_ACK[lg], c, lg, agent=ag),
                w.FEEDBACK_SUBJECT[lg],
                out=True,
                agent=ag,
            )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(tg)})
    owls = 0
    for night in (1, 2, 3):
        first = f.at(night) + timedelta(minutes=r.randint(40, 65))
        starts = [first, first + f.mins(28, 33), first + f.mins(55, 65)]
        for b, start in enumerate(starts, 1):
            for _ in range(4):
                c = f.person("night_owl", f"night {night}, burst {b}")
                lg = c.lang
                t = start + f.mins(0, 9)
                if r.random() < 0.5:
                    q, a = pick(f, c, w.NIGHT_QA[lg])
                    nid = f.add(c, t, "chat", "chat", q)
                    t2 = t + f.mins(1, 4)
                    f.add(c, t2, "chat", "chat", a, out=True, agent=f.agent(lg))
                    f.add(c, t2 + f.mins(1, 3), "chat", "chat", r.choice(w.THANKS[lg]))
                else:
                    ch = "social" if r.random() < 0.5 else "community"
                    nid = f.add(
                        c,
                        t,
                        ch,
                        "mention" if ch == "social" else "post",
                        pick(f, c, w.NIGHT_POSTS[lg]),
                    )
                if owls % 2 == 0:
                    happy(
                        f,
                        c,
                        f.rand_at(r.randint(0, 2), 9, 17.5),
                        r.choice(["praise", "buy", "view", "review"]),
                    )
                owls += 1
                c.truth.update({"burst_at": iso(start), "night_event_id": nid})
    return f


BILINGUAL_PAIRS = (
    [("en", "pt")] * 4
    + [("pt", "en")] * 4
    + [
        ("en", "fr"),
        ("en", "fr"),
        ("pt", "fr"),
        ("pt", "fr"),
        ("en", "es"),
        ("pt", "es"),
        ("en", "de"),
        ("pt", "de"),
        ("fr", "en"),
        ("es", "pt"),
        ("de", "en"),
        ("it", "en"),
        ("en", "it"),
        ("pt", "it"),
        ("es", "en"),
        ("fr", "pt"),
        ("de", "pt"),
        ("it", "pt"),
        ("fr", "es"),
    ]
)
PAIR_MARKETS = {
    "en": ["UK", "IE"],
    "pt": ["PT", "LU"],
    "fr": ["FR", "BE", "CH", "LU"],
    "es": ["ES"],
    "de": ["DE", "AT", "CH", "LU"],
    "it": ["IT", "CH"],
}
SECOND_WHY = {
    "en": "works for an English-speaking firm and writes English on a phone set to English",
    "pt": "grew up in a Portuguese-speaking family and writes Portuguese to family and services",
    "fr": "lived in France for years and often switches to French",
    "es": "has a Spanish partner and speaks Spanish at home",
    "de": "studied in Germany and writes German at work",
    "it": "has Italian parents and writes Italian with family",
}


def bilingual() -> Fam:
    f = Fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "customers who write in two languages: happy, repeat contacts, sliders, one bad day, fixed",
        {"repeat_contact": 5, "sentiment_drop": 5},
    )
    r = f.rng
    pairs = list(BILINGUAL_PAIRS)
    r.shuffle(pairs)
    # the bad-day customers write their bad day in their second language: the long e-mail in English or Portuguese
    bad_pairs = [("fr", "pt"), ("pt", "en"), ("en", "pt")]
    for p in bad_pairs:
        pairs.remove(p)

    def make(persona: str, habit: str, pair: tuple[str, str], **kw: Any) -> Cust:
        market = r.choice(PAIR_MARKETS[pair[0]] + PAIR_MARKETS[pair[1]])
        c = f.person(persona, habit, lang=pair[0], country=market, **kw)
        c.truth.update({"languages": list(pair), "job_second_language": SECOND_WHY[pair[1]]})
        return c

    def alt(pair: tuple[str, str]) -> Callable[[int], str]:
        return lambda k: pair[k % 2]

    for _ in range(12):
        pair = pairs.pop()
        c = make("happy", "alternates languages", pair)
        acts_on_days(f, c, r.sample(range(14), r.randint(5, 8)), NO_SURVEY, lang_of=alt(pair))
    for times in (2, 2, 3, 3, 4):
        pair = pairs.pop()
        c = make(
            "repeat_contact", "repeats", pair, expected=["repeat_contact"], tolerated=TOL_REPEAT
        )
        acts_on_days(
            f,
            c,
            [r.randint(0, 1) for _ in range(r.randint(1, 3))],
            NO_SURVEY,
            7,
            19,
            lang_of=alt(pair),
        )
        repeat_run(
            f,
            c,
            f.rand_at(r.randint(2, 5), 8, 19),
            times,
            r.choice(["web", "email", "chat"]),
            times >= 3,
            alt(pair),
        )
    for _ in range(5):
        pair = pairs.pop()
        c = make("slow_churner", "slides", pair, expected=["sentiment_drop"], tolerated=TOL_SLIDE)
        for j, day in enumerate(sorted(r.sample(range(6), 5))):
            happy(f, c, f.rand_at(day, 7, 21), "praise", pair[j % 2])
        acts_on_days(
            f,
            c,
            [r.randint(0, 5) for _ in range(r.randint(1, 3))],
            ["chat", "buy", "view", "review"],
            lang_of=alt(pair),
        )
        ids, times_ = slide(f, c, r.randint(7, 8), r.randint(3, 5), alt(pair))
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": (times_[-1] - times_[0]).days + 1,
                "trouble_starts_at": iso(times_[0]),
            }
        )
    for i, pair in enumerate(bad_pairs):
        c = make("happy_one_bad_day", "one bad day", pair, tolerated=SILENCE)
        bad = r.randint(4, 9)
        acts_on_days(
            f,
            c,
            r.sample([d for d in range(14) if d <= bad - 2 or d >= bad + 3], r.randint(3, 5)),
            NO_SURVEY,
            lang_of=alt(pair),
        )
        lg = pair[1]
        t = f.rand_at(bad, 8, 20)
        problem = r.choice(w.PROBLEMS)
        channel = "chat" if i == 2 else "email"
        eid = problem_message(f, c, t, channel, problem, lg, long_email=i == 0)
        case = f.case()
        acknowledge(f, c, t, channel, case, lg)
        info: dict[str, Any] = {
            "problem": problem,
            "channel": channel,
            "long_email": i == 0,
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "bad_day_language": lg,
            "booking": case,
            "trouble_starts_at": iso(t),
            "agent_fixed": channel == "email",
            "apologised": False,
        }
        if channel == "email":
            good_news(f, c, f.morning(t + f.mins(60, 240)), case, problem, lg)
        if i == 1:
            ta = f.morning(t + f.mins(18 * 60, 24 * 60))
            aid = f.add(c, ta, "chat", "chat", r.choice(w.APOLOGY[lg]).format(case=case))
            info.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
        c.truth.update(info)
    for _ in range(2):
        pair = pairs.pop()
        c = make("resolved_between_contacts", "fixed", pair, tolerated=SILENCE)
        acts_on_days(f, c, r.sample(range(3), 2), NO_SURVEY, lang_of=alt(pair))
        case_ = fixed_case(f, c, f.rand_at(r.randint(3, 8), 8, 19), "web", pair[0], pair[1])
        acts_on_days(f, c, [12, 13], NO_SURVEY, lang_of=alt(pair))
        c.truth.update(
            {
                "problems": [case_],
                "booking": case_["booking"],
                "confirm_language": pair[1],
                "trouble_starts_at": case_["raised_at"],
            }
        )
    if pairs:
        raise SystemExit(f"bilingual: {len(pairs)} pairs left")
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Clavento Pro accounts: at risk, one unhappy contact, mild remarks, happy",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    )
    r = f.rng
    plans: list[tuple[str, int, int, str | None]] = [
        ("at_risk", 6, 4, "invoice"),
        ("at_risk", 5, 4, "overbilled"),
        ("at_risk", 5, 3, "portal"),
        ("at_risk", 4, 3, "service_blocked"),
        ("at_risk", 4, 3, "invoice"),
        ("one_unhappy", 3, 1, "service_blocked"),
        ("one_unhappy", 3, 1, "overbilled"),
        ("one_unhappy", 3, 1, "portal"),
        ("one_unhappy", 3, 1, "invoice"),
        ("mild", 4, 0, None),
        ("mild", 4, 0, None),
        ("mild", 3, 0, None),
        ("happy", 4, 0, None),
        ("happy", 4, 0, None),
        ("happy", 4, 0, None),
    ]
    last_by_phone = [False, True, True, True, True]
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]

    def routine(c: Cust, days: Sequence[int], allow_survey: bool) -> None:
        lg = c.lang
        for day in days:
            t = f.rand_at(day, 8, 16.5)
            kind = r.choice(
                ["chat", "chat", "buy", "view"] + (["praise", "survey"] if allow_survey else [])
            )
            if kind == "chat":
                q, a = pick(f, c, wb.CHAT_QA[lg])
                f.add(c, t, "chat", "chat", q)
                t2 = t + f.mins(1, 6)
                f.add(c, t2, "chat", "chat", a, out=True, agent=f.agent(lg))
                if r.random() < 0.6:
                    f.add(c, t2 + f.mins(1, 4), "chat", "chat", r.choice(w.THANKS[lg]))
            elif kind in ("buy", "view"):
                f.add(c, t, "web", "page_view", attrs={"page": r.choice(wb.PORTAL)})
                if kind == "buy":
                    label, eur = r.choice(wb.JOBS)
                    value, cur = money(c.country, eur)
                    f.add(
                        c,
                        t + f.mins(3, 15),
                        "web",
                        "purchase",
                        attrs={
                            "order_value": f"{value:.2f}",
                            "currency": cur,
                            "product": label,
                            "page": "/pro/portal/jobs/new",
                        },
                    )
            elif kind == "praise":
                f.add(c, t, "community", "post", pick(f, c, wb.PRAISE[lg]))
            else:
                happy_survey(f, c, t, lg, wb.SURVEY_WORDS)

    def complaint(
        c: Cust,
        t: datetime,
        problem: str,
        company: str,
        case: str | None,
        first: Cust | None,
        first_at: datetime | None,
    ) -> str:
        lg = c.lang
        core = wb.CORE[lg][problem].format(diff=written(lg, c.country, 800))
        title = c.truth["job_title"]
        if first is None or case is None or first_at is None:
            body = wb.FIRST.format(
                hello=wb.HELLO[lg],
                core=core,
                ask=wb.ASK[lg],
                name=f"{c.first} {c.last}",
                title=title,
                company=company,
            )
            subject = wb.COMPLAINT[lg] + wb.TOPIC[lg][problem]
        else:
            if first_at.date() == t.date():
                day = (
                    wb.THIS_MORNING[lg]
                    if first_at.hour < 12
                    else wb.ON_WEEKDAY[lg][first_at.weekday()]
                )
            elif (t.date() - first_at.date()).days == 1:
                day = wb.YESTERDAY[lg]
            else:
                day = wb.ON_WEEKDAY[lg][first_at.weekday()]
            body = wb.LATER[lg].format(
                hello=wb.HELLO[lg],
                fname=first.first,
                art="A" if first.first in w.FIRST_F[lg] else "O",
                day=day,
                case=case,
                core=core,
                ask=wb.ASK[lg],
                name=f"{c.first} {c.last}",
                title=title,
                company=company,
            )
            subject = f"{wb.COMPLAINT[lg]}{wb.TOPIC[lg][problem]} ({wb.CASE_WORD[lg]} {case})"
        return f.add(c, t, "email", "message", body, subject)

    def ack(c: Cust, t: datetime, case: str, company: str) -> None:
        lg = c.lang
        ag = f.agent(lg)
        f.add(
            c,
            f.office(t + f.mins(20, 60)),
            "email",
            "message",
            wb.ACK[lg].format(first=c.first, case=case, company=company, agent=ag),
            wb.ACK_SUBJECT[lg].format(case=case, company=company),
            out=True,
            agent=ag,
        )

    at_risk_i = 0
    for (name, site, market, lang, domain), (kind, n_contacts, n_unhappy, problem) in zip(
        wb.COMPANIES, plans, strict=True
    ):
        company = (name, site, market, lang, domain)
        account = f.uniq_num(f"CVP-{market}-", 1000, 9999)
        taken: set[str] = set()
        contacts: list[Cust] = []
        unhappy: list[Cust] = []
        for j in range(n_contacts):
            if j < n_unhappy:
                if kind == "at_risk":
                    last = j == n_unhappy - 1
                    c = f.person(
                        "b2b_unhappy",
                        "complainer",
                        expected=["repeat_contact"] if last else ["detractor"],
                        tolerated=TOL_B2B_UNHAPPY,
                        lang=lang,
                        country=market,
                        company=company,
                        account=account,
                        taken_first=taken,
                    )
                else:
                    c = f.person(
                        "b2b_one_unhappy",
                        "complainer",
                        expected=["detractor"],
                        tolerated=TOL_B2B_ONE,
                        lang=lang,
                        country=market,
                        company=company,
                        account=account,
                        taken_first=taken,
                    )
                c.truth["role"] = "complainer"
                unhappy.append(c)
            elif kind == "mild" and j < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    tolerated=SILENCE,
                    lang=lang,
                    country=market,
                    company=company,
                    account=account,
                    taken_first=taken,
                )
                c.truth["role"] = "suggests"
            else:
                c = f.person(
                    "b2b_happy",
                    "contact",
                    lang=lang,
                    country=market,
                    company=company,
                    account=account,
                    taken_first=taken,
                )
                c.truth["role"] = "contact"
            contacts.append(c)
        acc: dict[str, Any] = {
            "company": name,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        for c in contacts:
            role = c.truth["role"]
            if role == "contact":
                routine(c, r.sample(weekdays, r.randint(2, 6)), True)
            else:
                routine(c, r.sample([0, 1], r.randint(0, 2)), False)
        if kind == "at_risk" and problem is not None:
            case = f.case()
            t = f.rand_at(2, 8.5, 11)
            first_at = t
            acc["trouble_starts_at"] = iso(t)
            for j, c in enumerate(unhappy):
                if j:
                    t = f.office(t + f.mins(8 * 60, 28 * 60))
                eid = complaint(
                    c,
                    t,
                    problem,
                    name,
                    case if j else None,
                    unhappy[0] if j else None,
                    first_at if j else None,
                )
                c.truth.update(
                    {
                        "complaint_event_ids": [eid],
                        "problem": problem,
                        "booking": case,
                        "trouble_starts_at": iso(t),
                    }
                )
                if j == 0:
                    ack(c, t, case, name)
                if j < len(unhappy) - 1:
                    sid = low_survey(f, c, t + f.mins(60, 180), c.lang, "nps", wb.LOW_NPS)
                    c.truth.update({"nps_given": True, "survey_event_id": sid})
                else:
                    t2 = f.office(t + f.mins(18 * 60, 40 * 60))
                    lg = c.lang
                    if last_by_phone[at_risk_i]:
                        rid = f.add(
                            c,
                            t2,
                            "phone",
                            "call",
                            wb.STILL_PHONE[lg].format(
                                first=c.first,
                                company=name,
                                case=case,
                                art="a" if c.first in w.FIRST_F[lg] else "o",
                            ),
                        )
                        c.truth["competitor"] = None
                    else:
                        comp = r.choice(w.COMPETITORS)
                        rid = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            wb.STILL_EMAIL[lg].format(
                                case=case,
                                comp=comp,
                                name=f"{c.first} {c.last}",
                                title=c.truth["job_title"],
                                company=name,
                            ),
                            wb.STILL_SUBJECT[lg].format(case=case),
                        )
                        c.truth["competitor"] = comp
                    c.truth.update({"repeat_event_id": rid, "nps_given": False})
            at_risk_i += 1
        elif kind == "one_unhappy" and problem is not None:
            c = unhappy[0]
            case = f.case()
            t = f.office(f.rand_at(r.randint(3, 7), 8.5, 15))
            eid = complaint(c, t, problem, name, None, None, None)
            ack(c, t, case, name)
            sid = low_survey(f, c, t + f.mins(60, 180), c.lang, "nps", wb.LOW_NPS)
            c.truth.update(
                {
                    "complaint_event_ids": [eid],
                    "problem": problem,
                    "booking": case,
                    "trouble_starts_at": iso(t),
                    "nps_given": True,
                    "survey_event_id": sid,
                }
            )
        elif kind == "mild":
            for c in contacts[:2]:
                lg = c.lang
                t = f.rand_at(r.choice([d for d in weekdays if 1 <= d <= 9]), 8, 16)
                subj, text = r.choice(wb.MILD[lg])
                mid = f.add(
                    c, t, "web", "ticket", text, subj, attrs={"page": "/pro/portal/feedback"}
                )
                ag = f.agent(lg)
                f.add(
                    c,
                    f.office(t + f.mins(60, 240)),
                    "email",
                    "message",
                    wb.MILD_ACK[lg].format(first=c.first, agent=ag),
                    wb.MILD_SUBJECT[lg],
                    out=True,
                    agent=ag,
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        f.accounts[account] = acc
    return f


def topic_spike() -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week and a planted spike: false break-in texts to emergency contacts, Saturday 14 November 2026",
        {"topic_spike": 1, "repeat_contact": 6},
    )
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for day in r.sample(range(6), r.randint(1, 4)):
            t = f.rand_at(day, 12, 19) if day == 5 else f.rand_at(day, 7, 21)
            happy(f, c, t, r.choice(HAPPY_KINDS))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=SILENCE)
        lg = c.lang
        t = f.rand_at(0, 8, 18)
        q, a = r.choice(w.TS_GRUMBLE[lg])
        gid = f.add(c, t, "chat", "chat", q)
        f.add(c, t + f.mins(1, 5), "chat", "chat", a, out=True, agent=f.agent(lg))
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for (lg, q, a), (h, m) in zip(w.LONE_QA, [(9, 40), (16, 5)], strict=True):
        c = f.person(
            "grumbles_once",
            "lone question",
            tolerated=SILENCE,
            lang=lg,
            country="PT" if lg == "pt" else "UK",
        )
        t = f.at(4, h + m / 60)
        lid = f.add(c, t, "chat", "chat", q)
        f.add(c, t + f.mins(2, 5), "chat", "chat", a, out=True, agent=f.agent(lg))
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    plan = [("en", ch) for ch in ["social", "social", "chat", "community", "email", "web"]]
    plan += [("pt", ch) for ch in ["social", "social", "chat", "community", "email", "web"]]
    plan += [
        ("fr", "chat"),
        ("fr", "community"),
        ("es", "social"),
        ("es", "email"),
        ("de", "social"),
        ("de", "chat"),
        ("it", "chat"),
        ("it", "community"),
    ]
    r.shuffle(plan)
    minutes = sorted([5, 50] + [r.randint(6, 49) for _ in range(18)])
    regular = set(r.sample(range(20), 12))
    early = [i for i in range(20) if minutes[i] <= 30]
    repeaters = set(r.sample(early, 6))
    fixed = set(r.sample([i for i in range(20) if i not in repeaters], 6))
    rep_order = sorted(repeaters)
    repeat_pool = ["email", "email", "chat", "chat", "community", "community"]
    r.shuffle(repeat_pool)
    while any(plan[i][1] == ch for i, ch in zip(rep_order, repeat_pool, strict=True)):
        r.shuffle(repeat_pool)
    second = dict(zip(rep_order, repeat_pool, strict=True))
    keys: list[str] = []
    events: list[str] = []
    repeats: list[str] = []
    used_text: set[tuple[str, str, int]] = set()
    for i, (lg, ch) in enumerate(plan):
        rep = i in repeaters
        country = "PT" if lg == "pt" else None
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i in regular else "new",
            expected=["repeat_contact"] if rep else [],
            tolerated=["sentiment_drop", "silence"] if rep else SILENCE,
            lang=lg,
            country=country,
        )
        if i in regular:
            for _ in range(r.randint(1, 3)):
                happy(f, c, f.rand_at(2, 8, 17.5), r.choice(NO_SURVEY))
        t = f.at(5, 8) + timedelta(minutes=minutes[i])
        options = w.SPIKE[lg][ch]
        k = next((k for k in range(len(options)) if (lg, ch, k) not in used_text), 0)
        used_text.add((lg, ch, k))
        subj, text = options[k]
        text = f.fmt(text, c, lg)
        if ch == "email":
            eid = f.add(c, t, "email", "message", text, subj)
        elif ch == "web":
            eid = f.add(c, t, "web", "ticket", text, subj, attrs={"page": "/help/contact"})
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + f.mins(1, 3),
                "chat",
                "chat",
                w.SPIKE_CHAT_ANSWER[lg],
                out=True,
                agent=f.agent(lg),
            )
        elif ch == "social":
            eid = f.add(c, t, "social", "mention", text)
        else:
            eid = f.add(c, t, "community", "post", text)
        keys.append(c.key)
        events.append(eid)
        info: dict[str, Any] = {
            "in_spike": True,
            "regular": i in regular,
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
            "agent_fixed": False,
        }
        if rep:
            ch2 = second[i]
            t2 = t + f.mins(15, 50)
            text2 = r.choice(w.SPIKE_REPEAT[lg])
            if ch2 == "email":
                rid = f.add(
                    c, t2, "email", "message", f"{text2}\n\n{c.first}", w.SPIKE_REPEAT_SUBJECT[lg]
                )
            elif ch2 == "chat":
                rid = f.add(c, t2, "chat", "chat", text2)
                f.add(
                    c,
                    t2 + f.mins(1, 3),
                    "chat",
                    "chat",
                    w.SPIKE_CHAT_ANSWER[lg],
                    out=True,
                    agent=f.agent(lg),
                )
            else:
                rid = f.add(c, t2, "community", "post", text2)
            repeats.append(rid)
            info["repeat_event_id"] = rid
        if i in fixed:
            ag = f.agent(lg)
            local = "11:00" if c.country in ("UK", "IE", "PT") else "12:00"
            body = f.fmt(
                w.SPIKE_FIXED[lg], c, lg, local=local, credit=written(lg, c.country, 15), agent=ag
            )
            f.add(
                c,
                f.at(5, 11) + f.mins(5, 20),
                "email",
                "message",
                body,
                w.SPIKE_FIXED_SUBJECT[lg],
                out=True,
                agent=ag,
            )
            info["agent_fixed"] = True
        c.truth.update(info)
    f.spike = {
        "topic": "locksmith app sent false 'break-in reported, locksmith on the way' texts to customers' emergency contacts for every job booked that day, ref ICE-509/B",
        "about": "Saturday 14 November 2026 from 08:00 UTC: customers with a job booked that day (lock changes, key pick-ups, window locks) report that their mothers, partners, landlords and neighbours got a false break-in text from Clavento quoting ICE-509/B; stopped at 11:00 UTC",
        "channel": None,
        "start": iso(f.at(5, 8) + timedelta(minutes=5)),
        "end": iso(f.at(5, 8) + timedelta(minutes=50)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": events,
        "repeat_event_ids": repeats,
    }
    return f


FAMILIES: list[Callable[[], Fam]] = [
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
    total_c = total_t = 0
    for build in FAMILIES:
        fam = build()
        n_c, n_t = fam.write()
        total_c += n_c
        total_t += n_t
        print(f"{fam.name}: {n_c} customers, {n_t} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
