# ruff: noqa: E501
"""Build the heldout48 hand-written alert scenarios (standard library only).

Run ``python make_heldout48.py`` from anywhere; it writes ``<family>.jsonl`` and
``<family>.truth.json`` next to itself. Deterministic: same bytes every run.
Report only: never tune on these files.
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
import wording_b2b as WB  # noqa: E402

SEED = 20261022
BRAND = "Arpeggo"
COMPS = ("Tonaris", "Cordevo")
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
WRITTEN = "2026-12-02"
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
SOURCES = {
    "email": "arpeggo-mail",
    "phone": "arpeggo-voice",
    "social": "arpeggo-social",
    "community": "arpeggo-forum",
    "chat": "arpeggo-chat",
    "web": "arpeggo-web",
    "survey": "arpeggo-survey",
}
CURRENCY = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
PHONE = {
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "UK": ("44", ["74", "75", "77", "78", "79"], 8),
    "IE": ("353", ["83", "85", "86", "87"], 7),
    "DE": ("49", ["151", "160", "170", "176"], 8),
    "AT": ("43", ["650", "664", "676", "699"], 7),
    "CH": ("41", ["76", "78", "79"], 7),
    "IT": ("39", ["328", "333", "347", "389"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["470", "475", "486", "496"], 6),
    "LU": ("352", ["621", "661", "691"], 6),
    "ES": ("34", ["6", "7"], 8),
}
MAILDOMAINS = ["mail.example", "correio.example", "post.example", "inbox.example", "web.example"]

USED: set[str] = set()


def uniq(value: str) -> bool:
    if value.lower() in USED:
        return False
    USED.add(value.lower())
    return True


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def plain(s: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)
    ).lower()


def spoken(text: str) -> str:
    """A speech-to-text line: no punctuation, first letter lower case (names and codes kept)."""
    for ch in '.,!?():;"':
        text = text.replace(ch, "")
    text = " ".join(text.split())
    return text[:1].lower() + text[1:]


def fill(text: str, **kw: str) -> str:
    for k, v in kw.items():
        text = text.replace(f"<{k}>", v)
    return text.replace("<B>", BRAND).replace("<code>", W.SPIKE_CODE)


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    name: str
    email: str
    phone: str
    handle: str | None
    account_id: str | None
    segment: str
    persona: str
    habit: str
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    job: str = ""
    town: str = ""


@dataclass
class Ev:
    eid: str
    n: int
    t: datetime
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.seed = SEED * 100 + n
        self.custs: list[Cust] = []
        self.events: list[Ev] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0
        self.long_used: dict[str, int] = {}

    # ------------------------------------------------------------ people
    def lang(self, weights: dict[str, int] | None = None) -> str:
        w = weights or {"pt": 30, "en": 30, "de": 10, "it": 10, "fr": 10, "es": 10}
        return self.rng.choices(list(w), weights=list(w.values()))[0]

    def market(self, lang: str) -> str:
        opts = W.MARKETS[lang]
        return self.rng.choices([m for m, _ in opts], weights=[w for _, w in opts])[0]

    def phone(self, market: str) -> str:
        cc, prefixes, rest = PHONE[market]
        while True:
            num = (
                cc
                + self.rng.choice(prefixes)
                + "".join(str(self.rng.randint(0, 9)) for _ in range(rest))
            )
            if uniq("+" + num):
                return "+" + num

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        first_avoid: set[str] | None = None,
    ) -> Cust:
        lang = lang or self.lang()
        market = market or self.market(lang)
        while True:
            key = f"AR{self.code}{self.rng.randint(1000, 9999)}"
            if uniq(key):
                break
        while True:
            first, _g = self.rng.choice(W.FIRST[lang])
            if not first_avoid or first not in first_avoid:
                break
        sur = self.rng.choice(W.SURNAMES[lang])
        if first_avoid is not None:
            first_avoid.add(first)
        f, s = plain(first).replace(" ", ""), plain(sur).replace(" ", "")
        while True:
            if domain:
                email = f"{f}.{s}@{domain}" if self.rng.random() < 0.6 else f"{f[0]}{s}@{domain}"
            else:
                style = self.rng.randint(0, 3)
                local = [
                    f"{f}.{s}",
                    f"{f}{s[:3]}{self.rng.randint(1, 99)}",
                    f"{f[0]}{s}{self.rng.randint(70, 99)}",
                    f"{s}.{f}",
                ][style]
                email = f"{local}@{self.rng.choice(MAILDOMAINS)}"
            if uniq(email):
                break
            domain_suffix = self.rng.randint(2, 9)
            f = f"{f}{domain_suffix}" if domain else f
        handle = None
        if account is None:
            while True:
                style = self.rng.randint(0, 4)
                h = [
                    "@" + f"{s}_{f}{self.rng.randint(1, 9)}",
                    "@" + f"{f}_{s}",
                    "@" + f"{f}{s}{self.rng.randint(10, 99)}",
                    "@" + f"{s}{f[0]}",
                    "@" + f"{f[:4]}.{s[:5]}",
                ][style]
                if uniq(h):
                    handle = h
                    break
        c = Cust(
            key,
            lang,
            market,
            first,
            f"{first} {sur}",
            email,
            self.phone(market),
            handle,
            account,
            "b2b" if account else "consumer",
            persona,
            habit,
            list(expected or []),
            list(tolerated or []),
        )
        c.job = self.rng.choice(W.JOBS[lang])
        c.town = self.rng.choice(W.TOWNS[market])
        self.custs.append(c)
        return c

    # ------------------------------------------------------------ times
    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(
            days=day, minutes=self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        )

    def mins(self, t: datetime, a: float, b: float) -> datetime:
        return t + timedelta(minutes=self.rng.randint(int(a), int(b)))

    def morning(self, t: datetime, h0: int = 8) -> datetime:
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=h0, minute=0, second=0)
        elif t.hour < 7:
            base = t.replace(hour=h0, minute=0, second=0)
        else:
            return t
        return base + timedelta(minutes=self.rng.randint(0, 59))

    def office(self, t: datetime) -> datetime:
        while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
            if t.weekday() >= 5 or t.hour >= 17:
                t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
            else:
                t = t.replace(hour=8, minute=self.rng.randint(0, 50))
        return t

    # ------------------------------------------------------------ events
    def add(
        self,
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
        self.count += 1
        eid = f"ar48-{self.code.lower()}-{self.count:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if (
            text is not None
            and not out
            and channel == "social"
            and c.segment == "consumer"
            and "@" + BRAND not in text
        ):
            i = text.rfind(BRAND)
            text = text[:i] + "@" + text[i:] if i >= 0 else f"@{BRAND} " + text
        a = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.events.append(
            Ev(
                eid,
                self.count,
                t,
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
        r = self.rr.random()
        if r < 0.10:
            text = (
                text.replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("Ä", "Ae")
                .replace("Ö", "Oe")
                .replace("Ü", "Ue")
            )
            text = "".join(
                ch if ch in "ñÑß" else unicodedata.normalize("NFKD", ch)[0] for ch in text
            )
        if (
            self.rr.random() < 0.125
            and text[:1].isalpha()
            and text[:1].isupper()
            and text[1:2].islower()
        ):
            text = text[0].lower() + text[1:]
        if self.rr.random() < 0.14:
            words = text.split(" ")
            cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if cands:
                i = self.rr.choice(cands)
                w = words[i]
                j = self.rr.randint(1, len(w) - 3)
                if w[j] != w[j + 1]:
                    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                    text = " ".join(words)
        return text

    def agent(self) -> str:
        return self.rng.choice(W.AGENTS)

    def money(self, c: Cust, eur: float, spoken: bool = False) -> str:
        cur, rate = CURRENCY.get(c.market, ("EUR", 1.0))
        v = round(eur * rate) if cur != "EUR" else eur
        if spoken:
            word = {
                "GBP": "pounds",
                "CHF": {"de": "Franken", "it": "franchi", "fr": "francs"}.get(c.lang, "francos"),
            }.get(cur)
            if cur == "EUR":
                word = {"en": "euro", "de": "Euro"}.get(c.lang, "euros")
            return f"{round(v)} {word}"
        if cur == "GBP":
            return f"£{v}"
        if cur == "CHF":
            return f"CHF {v}"
        if c.lang == "en":
            return f"€{v:.2f}"
        return f"{v:.2f} €".replace(".", ",")

    def pick(self, table: dict[str, Any], lang: str) -> Any:
        return self.rng.choice(table[lang])

    # ------------------------------------------------------------ happy acts
    def happy(
        self,
        c: Cust,
        t: datetime,
        kinds: list[str] | None = None,
        lang: str | None = None,
        b2b: bool = False,
    ) -> list[str]:
        lg = lang or c.lang
        kinds = kinds or [
            "praise",
            "again",
            "gripe",
            "chat",
            "mail",
            "call",
            "buy",
            "view",
            "review",
        ]
        k = self.rng.choice(kinds)
        ids: list[str] = []
        if k in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.PRAISE_AGAIN, "gripe": W.PRAISE_GRIPE}[k]
            ch = self.rng.choice(["social", "community"])
            ids.append(
                self.add(
                    c,
                    t,
                    ch,
                    "mention" if ch == "social" and self.rng.random() < 0.5 else "post",
                    fill(self.pick(table, lg)),
                )
            )
        elif k == "chat":
            q, a, th = self.pick(W.CHAT_Q, lg)
            ids.append(self.add(c, t, "chat", "chat", q))
            t2 = self.mins(t, 1, 6)
            self.add(c, t2, "chat", "chat", a, out=True, attrs={"agent": self.agent()})
            if self.rng.random() < 0.7:
                ids.append(self.add(c, self.mins(t2, 1, 4), "chat", "chat", th))
        elif k == "mail":
            s, q, a = self.pick(W.MAIL_Q, lg)
            ids.append(self.add(c, t, "email", "message", q, subject=s))
            ag = self.agent()
            self.add(
                c,
                self.morning(self.mins(t, 60, 300), 7),
                "email",
                "message",
                fill(a, agent=ag),
                subject="RE: " + s,
                out=True,
                attrs={"agent": ag},
            )
        elif k == "call":
            q, a = self.pick(W.CALL_Q, lg)
            ids.append(self.add(c, t, "phone", "call", q))
            ag = self.agent()
            self.add(
                c,
                self.mins(t, 20, 60),
                "email",
                "message",
                fill(a, agent=ag),
                subject=BRAND,
                out=True,
                attrs={"agent": ag},
            )
        elif k in ("buy", "view"):
            prod, price, page = self.rng.choice(W.PRODUCTS)
            ids.append(self.add(c, t, "web", "page_view", attrs={"page": page}))
            if k == "buy":
                cur, rate = CURRENCY.get(c.market, ("EUR", 1.0))
                ids.append(
                    self.add(
                        c,
                        self.mins(t, 2, 10),
                        "web",
                        "purchase",
                        attrs={
                            "order_value": f"{price * rate:.2f}",
                            "currency": cur,
                            "product": prod,
                            "page": page,
                        },
                    )
                )
        elif k == "review":
            rating, text = self.pick(W.REVIEWS, lg)
            ids.append(
                self.add(
                    c, t, "web", "review", text, attrs={"rating": str(rating), "page": "/reviews"}
                )
            )
        elif k == "survey":
            ids.append(self.survey_happy(c, t, lg))
        return ids

    def survey_happy(self, c: Cust, t: datetime, lg: str) -> str:
        kind = self.rng.choice(["nps", "csat", "ces"])
        val = {
            "nps": self.rng.choice([9, 10]),
            "csat": self.rng.choice([4, 5]),
            "ces": self.rng.choice([6, 7]),
        }[kind]
        word = self.pick(W.SURVEY_WORDS, lg)
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={kind: val},
            attrs={"survey": kind},
        )

    def spread(
        self,
        c: Cust,
        n: int,
        days: list[int],
        h0: float,
        h1: float,
        kinds: list[str] | None = None,
        lang_of: Any = None,
    ) -> list[str]:
        ids: list[str] = []
        for i, d in enumerate(sorted(self.rng.sample(days, min(n, len(days))))):
            ids += self.happy(c, self.at(d, h0, h1), kinds, lang=lang_of(i) if lang_of else None)
        return ids

    def new_case(self) -> str:
        while True:
            ref = f"AR-{self.rng.randint(100000, 999999)}"
            if uniq(ref):
                return ref

    # ------------------------------------------------------------ output
    def render(self) -> tuple[str, dict[str, Any]]:
        evs = sorted(self.events, key=lambda e: (e.t, e.n))
        firsts: dict[str, str] = {}
        for e in evs:
            if e.direction == "inbound" and e.cust.key not in firsts:
                firsts[e.cust.key] = e.eid
        lines = []
        for e in evs:
            c = e.cust
            cust: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account_id,
            }
            full = e.direction == "outbound" or firsts.get(c.key) == e.eid
            if full:
                cust.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif e.channel == "phone":
                cc = PHONE[c.market][0]
                cust["phone"] = (
                    f"+{cc} {c.phone[len(cc) + 1 :]}" if self.rr.random() < 0.5 else c.phone
                )
            elif e.channel in ("social", "community"):
                if c.handle:
                    cust["handle"] = c.handle[1:] if self.rr.random() < 0.2 else c.handle
                else:
                    cust["email"] = c.email
            elif e.channel == "email":
                cust["email"] = c.email.upper() if self.rr.random() < 1 / 12 else c.email
            else:
                cust["customer_id"] = c.key
            lines.append(
                json.dumps(
                    {
                        "event_id": e.eid,
                        "occurred_at": iso(e.t),
                        "channel": e.channel,
                        "kind": e.kind,
                        "direction": e.direction,
                        "customer": cust,
                        "text": e.text,
                        "subject": e.subject,
                        "scores": e.scores,
                        "source": SOURCES[e.channel],
                        "attributes": e.attrs,
                    },
                    ensure_ascii=False,
                )
            )
        # truth
        last = max(e.t for e in evs)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        customers: dict[str, Any] = {}
        expected: dict[str, int] = {}
        for c in self.custs:
            assert not set(c.expected) & set(c.tolerated), c.key
            assert any(e.cust is c and e.direction == "inbound" for e in self.events), c.key
            for r in c.expected:
                expected[r] = expected.get(r, 0) + 1
            d: dict[str, Any] = {
                "identifiers": {
                    "customer_id": c.key,
                    "email": c.email,
                    "phone": c.phone,
                    "handle": c.handle,
                    "account_id": c.account_id,
                },
                "expected_rules": sorted(c.expected),
                "tolerated_rules": sorted(c.tolerated),
                "persona": c.persona,
                "habit": c.habit,
                "language": c.lang,
                "country": c.market,
                "segment": c.segment,
                "name": c.name,
                "job": c.job,
                "town": c.town,
            }
            d.update(c.extra)
            customers[c.key] = d
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        for e in evs:
            assert self.start <= e.t < LIMIT and e.t.year == 2026, e.eid
        assert end < LIMIT
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Arpeggo: musical-instrument rental (consumers) with a business arm, Arpeggo Stage",
                "days": self.days,
                "seed": self.seed,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return "\n".join(lines) + "\n", truth


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ================================================================ families
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d0(2026, 2, 23),
        10,
        "happy customers only: day writers, night writers, survey-only",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.spread(
            c,
            f.rng.randint(5, 8),
            list(range(10)),
            7,
            19,
            ["praise", "again", "gripe", "chat", "mail", "call", "buy", "view", "review", "survey"],
        )
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            t = (
                f.start
                + timedelta(days=d, hours=22, minutes=12)
                + timedelta(minutes=f.rng.randint(0, 378))
            )
            if f.rng.random() < 0.5:
                f.add(
                    c,
                    t,
                    f.rng.choice(["social", "community"]),
                    "post",
                    fill(f.pick(W.NIGHT_POSTS, c.lang)),
                )
            else:
                q, a, th = f.pick(W.NIGHT_CHAT, c.lang)
                f.add(c, t, "chat", "chat", q)
                t2 = f.mins(t, 1, 5)
                f.add(c, t2, "chat", "chat", a, out=True, attrs={"agent": f.agent()})
                f.add(c, f.mins(t2, 1, 3), "chat", "chat", th)
        f.spread(
            c, f.rng.randint(2, 3), list(range(10)), 9, 18, ["praise", "buy", "view", "review"]
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.survey_happy(c, f.at(d, 8, 20), c.lang)
    return f


def complain(
    f: Fam,
    c: Cust,
    t: datetime,
    prob: str,
    channel: str,
    lang: str,
    case: str | None,
    long: bool = False,
    later: int = 0,
    comp: str | None = None,
) -> str:
    """One complaint (first contact when later == 0, else the n-th contact)."""
    topic = W.TOPIC[prob][lang]
    price = {"double_charge": 39.0, "refund": 150.0, "wrong_price": 12.0, "cancel_fee": 25.0}.get(
        prob, 39.0
    )
    amt = f.money(c, price, spoken=channel == "phone")
    if later:
        if channel == "phone":
            text = fill(W.CALL_LATER[lang], case=case or "", topic=topic)
            if later == 3:
                text += " " + spoken(
                    fill(f.pick(W.THIRD, lang), case=case or "", topic=topic, comp=comp or "")
                )
            elif later >= 4:
                text = spoken(fill(W.FOURTH[lang], case=case or "", topic=topic)) + " " + text
        else:
            base = {2: f.pick(W.LATER, lang), 3: f.pick(W.THIRD, lang), 4: W.FOURTH[lang]}[
                min(later, 4)
            ]
            text = fill(base, case=case or "", topic=topic, comp=comp or "")
        subj = fill(W.SUBJ_CASE[lang], case=case or "") if channel == "email" else None
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[channel]
        attrs = {"page": "/help/contact"} if channel == "web" else {}
        return f.add(c, t, channel, kind, text, subject=subj, attrs=attrs)
    if channel == "phone":
        return f.add(c, t, "phone", "call", fill(W.CALL[prob][lang], amt=amt))
    if channel == "social":
        return f.add(c, t, "social", "mention", fill(W.SOCIAL[prob][lang]))
    short = fill(f.pick(W.SHORT[prob], lang), amt=amt)
    if long:
        instr = W.INSTR[lang][{"refund": 2, "double_charge": 2, "cancel_fee": 1}.get(prob, 0)]
        f.long_used[lang] = f.long_used.get(lang, -1) + 1
        text = fill(
            W.LONG[lang][f.long_used[lang] % len(W.LONG[lang])],
            short=short,
            prob=topic,
            instr=instr,
            town=c.town,
            name=c.first,
        )
        return f.add(
            c, t, "email", "message", text, subject=fill(W.SUBJ_COMPLAINT[lang], topic=topic)
        )
    if channel == "email":
        return f.add(
            c, t, "email", "message", short, subject=fill(W.SUBJ_COMPLAINT[lang], topic=topic)
        )
    if channel == "chat":
        return f.add(c, t, "chat", "chat", short)
    return f.add(c, t, "web", "ticket", short, subject=topic, attrs={"page": "/help/contact"})


def acknowledge(f: Fam, c: Cust, t: datetime, channel: str, lang: str, case: str) -> datetime:
    ag = f.agent()
    if channel == "chat":
        t2 = f.mins(t, 1, 4)
        f.add(
            c, t2, "chat", "chat", fill(W.CHAT_CASE[lang], case=case), out=True, attrs={"agent": ag}
        )
        return t2
    t2 = f.morning(f.mins(t, 10, 40), 7)
    f.add(
        c,
        t2,
        "email",
        "message",
        fill(W.CASE_OPENED[lang], case=case, name=c.first, agent=ag),
        subject=fill(W.SUBJ_CASE[lang], case=case),
        out=True,
        attrs={"agent": ag},
    )
    return t2


def good_news(f: Fam, c: Cust, t: datetime, lang: str, case: str) -> str:
    ag = f.agent()
    return f.add(
        c,
        t,
        "email",
        "message",
        fill(W.GOOD_NEWS[lang], case=case, name=c.first, agent=ag),
        subject=fill(W.SUBJ_CASE[lang], case=case),
        out=True,
        attrs={"agent": ag},
    )


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        d0(2026, 4, 20),
        12,
        "happy customers with one bad day; a few give a low NPS",
    )
    probs = [p for p in W.PROBLEMS for _ in range(4)]
    f.rng.shuffle(probs)
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    long_langs = ["pt", "pt", "en", "en"]
    rows = []
    for i, (prob, ch) in enumerate(zip(probs, chans, strict=True)):
        lang = long_langs[i] if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang=lang, tolerated=["silence"])
        bd = f.rng.randint(2, 9)
        t = f.at(bd, 8, 20)
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.spread(c, f.rng.randint(1, 5), days, 7, 20)
        channel = "email" if ch == "long" else ch
        case = None if ch == "social" else f.new_case()
        eid = complain(f, c, t, prob, channel, c.lang, case, long=ch == "long")
        c.extra.update(
            problem=prob,
            channel=channel,
            long_email=ch == "long",
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            booking=case,
            nps_given=False,
            csat_given=False,
            agent_fixed=False,
            apologised=False,
        )
        if case:
            acknowledge(f, c, t, channel, c.lang, case)
            rows.append((c, t, case, channel))
    f.rng.shuffle(rows)
    for j, (c, t, _case, _ch) in enumerate(rows):
        if j < 6:
            nps = f.rng.randint(1, 5)
            eid = f.add(
                c,
                f.mins(t, 100, 140),
                "survey",
                "survey_response",
                f.pick(W.LOW_NPS, c.lang) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.persona, c.expected = "bad_day_detractor", ["detractor"]
            c.extra.update(nps_given=True, nps=nps, survey_event_id=eid)
        elif j < 11:
            cs = f.rng.randint(1, 2)
            eid = f.add(
                c,
                f.mins(t, 40, 80),
                "survey",
                "survey_response",
                f.pick(W.LOW_CSAT, c.lang) or None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            c.extra.update(csat_given=True, csat=cs, survey_event_id=eid)
    f.rng.shuffle(rows)
    for j, (c, t, case, _ch) in enumerate(rows[:12]):
        good_news(f, c, f.morning(f.mins(t, 60, 240), 7), c.lang, case)
        c.extra["agent_fixed"] = True
        if j < 5:
            ta = f.morning(f.mins(t, 16 * 60, 24 * 60))
            ch = f.rng.choice(["chat", "email"])
            eid = f.add(
                c,
                ta,
                ch,
                "chat" if ch == "chat" else "message",
                f.pick(W.APOLOGY, c.lang),
                subject=fill(W.SUBJ_CASE[c.lang], case=case) if ch == "email" else None,
            )
            c.extra.update(apologised=True, apology_at=iso(ta), apology_event_id=eid)
    for _ in range(8):
        c = f.person("happy", "control")
        f.spread(c, f.rng.randint(4, 7), list(range(12)), 7, 20)
    return f


def repeat_run(
    f: Fam, c: Cust, start_day: float, n: int, chans: list[str], langs: list[str], quality: bool
) -> None:
    prob = f.rng.choice(W.PROBLEMS)
    case = f.new_case()
    comp = f.rng.choice(COMPS) if n >= 3 else None
    t = f.at(start_day, 8, 19)
    ids = [complain(f, c, t, prob, chans[0], langs[0], case)]
    first_t = t
    acknowledge(f, c, t, chans[0], langs[0], case)
    if quality:
        ag = f.agent()
        f.add(
            c,
            f.morning(f.mins(t, 90, 150), 7),
            "email",
            "message",
            fill(W.QUALITY_LEAD[langs[0]], case=case, name=c.first, agent=ag),
            subject=fill(W.SUBJ_CASE[langs[0]], case=case),
            out=True,
            attrs={"agent": ag},
        )
    for k in range(1, n):
        t = f.morning(f.mins(t, 4 * 60, 40 * 60))
        ids.append(complain(f, c, t, prob, chans[k], langs[k], case, later=k + 1, comp=comp))
        if chans[k] == "chat":
            f.add(
                c,
                f.mins(t, 1, 4),
                "chat",
                "chat",
                fill(W.CHAT_URGENT[langs[k]], case=case),
                out=True,
                attrs={"agent": f.agent()},
            )
    c.extra.update(
        problem=prob,
        booking=case,
        contacts=n,
        channels=chans[:n],
        competitor=comp,
        agent_passed_on=quality,
        problem_event_ids=ids,
        trouble_starts_at=iso(first_t),
    )


def fixed_case(
    f: Fam, c: Cust, t: datetime, ch: str, lang: str, confirm_lang: str, avoid: str | None = None
) -> dict[str, Any]:
    prob = f.rng.choice([p for p in W.PROBLEMS if p != avoid])
    case = f.new_case()
    eid = complain(f, c, t, prob, ch, lang, case)
    acknowledge(f, c, t, ch, lang, case)
    tf = f.morning(f.mins(t, 3 * 60, 20 * 60), 7)
    good_news(f, c, tf, confirm_lang, case)
    tc = f.morning(f.mins(tf, 8 * 60, 30 * 60))
    cch = f.rng.choice(["email", "chat"])
    ce = f.add(
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        fill(f.pick(W.CONFIRM, confirm_lang), case=case),
        subject=fill(W.SUBJ_CASE[confirm_lang], case=case) if cch == "email" else None,
    )
    return {
        "problem": prob,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d0(2026, 6, 8),
        10,
        "the same open problem raised 2-4 times; fixed cases and frequent writers as controls",
    )
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    counts = [2] * 4 + [3] * 4 + [4] * 4
    f.rng.shuffle(counts)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        f.spread(c, f.rng.randint(1, 3), [0], 7, 12)
        for _ in range(f.rng.randint(0, 2)):
            f.happy(c, f.at(0, 7, 12))
        others = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != firsts[i]]
        f.rng.shuffle(others)
        repeat_run(
            f,
            c,
            f.rng.randint(1, 4),
            counts[i],
            [firsts[i], *others],
            [c.lang] * 4,
            quality=i % 2 == 0,
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.spread(c, f.rng.randint(1, 3), [0, 1], 7, 18)
        t = f.at(f.rng.randint(2, 5), 8, 19)
        p = fixed_case(f, c, t, f.rng.choice(["web", "email", "chat"]), c.lang, c.lang)
        c.extra.update(problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        t1 = f.at(f.rng.randint(1, 2), 8, 18)
        p1 = fixed_case(f, c, t1, f.rng.choice(["web", "email"]), c.lang, c.lang)
        t2 = f.at(f.rng.randint(6, 7), 8, 18)
        p2 = fixed_case(
            f, c, t2, f.rng.choice(["chat", "email"]), c.lang, c.lang, avoid=p1["problem"]
        )
        c.extra.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.spread(
            c, f.rng.randint(5, 8), list(range(10)), 7, 20, ["chat", "chat", "mail", "call", "buy"]
        )
    return f


def slide(f: Fam, c: Cust, start: datetime, span: int, langs: list[str], nps: bool) -> None:
    comp = f.rng.choice(COMPS)
    ids: list[str] = []
    t = start
    step_gap = span * 24 * 60 / 6
    ratings = [3, 3, 2, 2, 1, 1]
    fourth = start
    for k in range(6):
        if k:
            t = f.morning(t + timedelta(minutes=max(60, int(step_gap * f.rng.uniform(0.7, 1.1)))))
        text = fill(W.SLIDE[langs[k]][k], comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str(ratings[k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "post", text))
        if k == 3:
            fourth = t
    c.extra.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=iso(start),
        nps_given=False,
    )
    if nps:
        v = f.rng.randint(1, 5)
        eid = f.add(
            c,
            f.morning(f.mins(fourth, 150, 210)),
            "survey",
            "survey_response",
            f.pick(W.LOW_NPS, langs[3]) or None,
            scores={"nps": v},
            attrs={"survey": "nps"},
        )
        c.expected.append("detractor")
        c.extra.update(nps_given=True, nps=v, survey_event_id=eid)


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d0(2026, 7, 6),
        32,
        "slow slides from a happy baseline, leavers, steady, grumpy and sarcastic customers",
    )
    spans = [3] + [5] * 5 + [9] * 4
    f.rng.shuffle(spans)
    for i in range(10):
        c = f.person("slow_churner", "slides", expected=["sentiment_drop"], tolerated=SLIDE_TOL)
        days = sorted(f.rng.sample(range(11), f.rng.randint(4, 5)))
        for d in days:
            f.happy(c, f.at(d, 8, 20), ["praise", "again", "gripe"])
        f.spread(
            c,
            f.rng.randint(2, 4),
            [d for d in range(11) if d not in days],
            8,
            20,
            ["chat", "buy", "view", "mail"],
        )
        slide(f, c, f.at(f.rng.randint(12, 16), 8, 20), spans[i], [c.lang] * 6, nps=i < 5)
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVER_TOL
        )
        f.spread(c, f.rng.randint(4, 6), list(range(16)), 8, 20)
        t = f.at(f.rng.randint(17, 23), 8, 20)
        eid = f.add(
            c,
            t,
            "email",
            "message",
            fill(f.pick(W.CANCEL_REQ, c.lang), name=c.first),
            subject="Arpeggo Care",
        )
        ag = f.agent()
        f.add(
            c,
            f.morning(f.mins(t, 60, 300), 7),
            "email",
            "message",
            fill(W.SORRY_GO[c.lang], name=c.first, agent=ag),
            subject="RE: Arpeggo Care",
            out=True,
            attrs={"agent": ag},
        )
        tc = f.morning(f.mins(t, 20 * 60, 30 * 60))
        ce = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/plan/cancel", "product": "Arpeggo Care"},
        )
        c.extra.update(
            churn_intent_event_id=eid,
            cancellation_event_id=ce,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.spread(c, f.rng.randint(6, 10), list(range(30)), 8, 20)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            t = f.at(d, 8, 21)
            text = f.pick(W.GRUMBLES, c.lang)
            ch = f.rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(f.add(c, t, ch, "post", text))
            d += f.rng.randint(1, 3)
        for _k in range(f.rng.randint(0, 2)):
            f.happy(c, f.at(f.rng.randint(0, 20), 9, 18), ["buy"])
        c.extra.update(
            grumble_event_ids=ids,
            trouble_starts_at=f.events[[e.eid for e in f.events].index(ids[0])].t.strftime(
                "%Y-%m-%dT%H:%M:%SZ"
            ),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.spread(c, f.rng.randint(3, 6), list(range(16)), 8, 20)
        t = f.at(f.rng.randint(17, 28), 9, 21)
        eid = f.add(c, t, "social", "post", fill(W.SARCASM[c.lang]))
        c.extra.update(sarcasm_event_id=eid)
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        d0(2026, 9, 4),
        3,
        "a calm weekend with night owls in bursts; no spike",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.spread(
            c,
            f.rng.randint(1, 3),
            [0, 1, 2],
            7,
            17.5,
            ["praise", "chat", "buy", "view", "review", "again"],
        )
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(f.rng.randint(0, 2), 8, 16)
        f.happy(c, t, ["view"])
        tg = f.mins(t, 20, 30)
        text = f.pick(W.MILD, c.lang)
        if i < 2:
            eid = f.add(c, tg, "chat", "chat", text)
            f.add(
                c,
                f.mins(tg, 1, 5),
                "chat",
                "chat",
                W.MILD_ANSWER[c.lang],
                out=True,
                attrs={"agent": f.agent()},
            )
        else:
            eid = f.add(c, tg, "web", "ticket", text, attrs={"page": "/help/contact"})
            ag = f.agent()
            f.add(
                c,
                f.mins(tg, 30, 90),
                "email",
                "message",
                fill(W.FORM_ACK[c.lang], name=c.first, agent=ag),
                subject=BRAND,
                out=True,
                attrs={"agent": ag},
            )
        c.extra.update(grumble_event_id=eid, trouble_starts_at=iso(tg))
    for night in range(1, 4):
        b0 = f.start + timedelta(days=night, minutes=f.rng.randint(40, 65))
        bursts = [
            b0,
            b0 + timedelta(minutes=f.rng.randint(28, 33)),
            b0 + timedelta(minutes=f.rng.randint(55, 65)),
        ]
        for m, b in enumerate(bursts, 1):
            for _ in range(4):
                c = f.person("night_owl", f"night {night}, burst {m}")
                t = f.mins(b, 0, 9)
                if f.rng.random() < 0.5:
                    q, a, th = f.pick(W.NIGHT_CHAT, c.lang)
                    eid = f.add(c, t, "chat", "chat", q)
                    t2 = f.mins(t, 1, 4)
                    f.add(c, t2, "chat", "chat", a, out=True, attrs={"agent": f.agent()})
                    f.add(c, f.mins(t2, 1, 3), "chat", "chat", th)
                else:
                    eid = f.add(
                        c,
                        t,
                        f.rng.choice(["social", "community"]),
                        "post",
                        fill(f.pick(W.NIGHT_POSTS, c.lang)),
                    )
                c.extra.update(burst_at=iso(b), night_event_id=eid)
                if f.rng.random() < 0.5:
                    f.happy(
                        c,
                        f.at(
                            f.rng.choice([d for d in (0, 1, 2) if d != night])
                            if night < 3
                            else f.rng.randint(0, 2),
                            9,
                            17.5,
                        ),
                        ["praise", "buy", "view"],
                    )
    return f


PAIRS = (
    [("pt", "en")] * 4
    + [("en", "pt")] * 4
    + [
        ("pt", "fr"),
        ("en", "de"),
        ("pt", "es"),
        ("en", "it"),
        ("de", "en"),
        ("fr", "pt"),
        ("it", "en"),
        ("es", "pt"),
        ("pt", "de"),
        ("en", "fr"),
        ("fr", "en"),
        ("pt", "it"),
        ("en", "es"),
        ("de", "pt"),
        ("es", "en"),
        ("pt", "en"),
        ("en", "pt"),
        ("it", "pt"),
        ("en", "de"),
    ]
)
PAIR_MARKETS = {
    "pt": ["PT", "LU", "CH"],
    "en": ["UK", "IE"],
    "de": ["DE", "AT", "CH"],
    "it": ["IT", "CH"],
    "fr": ["FR", "BE", "LU", "CH"],
    "es": ["ES"],
}
SECOND_JOB = {
    "en": "works for an English-speaking company",
    "pt": "Portuguese family",
    "de": "studied in Germany",
    "it": "Italian partner",
    "fr": "works across the border",
    "es": "grew up in Spain",
}


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d0(2026, 9, 21), 14, "customers who write in two languages")
    pairs = list(PAIRS)
    f.rng.shuffle(pairs)

    def bi(
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
    ) -> tuple[Cust, str, str]:
        a, b = pairs.pop()
        mk = [m for m in PAIR_MARKETS[a] if m in PAIR_MARKETS[b]] or PAIR_MARKETS[a]
        c = f.person(
            persona, habit, lang=a, market=f.rng.choice(mk), expected=expected, tolerated=tolerated
        )
        c.extra.update(languages=[a, b], job_second_language=SECOND_JOB[b])
        return c, a, b

    for _ in range(12):
        c, a, b = bi("happy", "alternates languages")
        f.spread(
            c,
            f.rng.randint(5, 8),
            list(range(14)),
            7,
            20,
            ["praise", "again", "gripe", "chat", "mail", "review"],
            lang_of=lambda i, a=a, b=b: (a, b)[i % 2],
        )
    for n in [2, 2, 3, 3, 4]:
        c, a, b = bi("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        f.spread(c, f.rng.randint(1, 3), [0, 1], 7, 18, ["praise", "chat", "buy"])
        ch = ["email", "chat", "phone", "web"]
        f.rng.shuffle(ch)
        repeat_run(f, c, f.rng.randint(2, 5), n, ch, [a, b, a, b], quality=n >= 3)
    for _ in range(5):
        c, a, b = bi("slow_churner", "slides", expected=["sentiment_drop"], tolerated=SLIDE_TOL)
        for i, d in enumerate(range(6)):
            f.happy(c, f.at(d, 8, 20), ["praise", "again"], lang=(a, b)[i % 2])
        f.spread(
            c,
            f.rng.randint(1, 3),
            [0, 2, 4],
            8,
            20,
            ["chat", "buy", "view"],
            lang_of=lambda i, a=a, b=b: (b, a)[i % 2],
        )
        slide(
            f,
            c,
            f.at(f.rng.randint(7, 8), 8, 20),
            f.rng.randint(3, 5),
            [a, b, a, b, a, b],
            nps=False,
        )
    for kind in ["long", "email", "chat"]:
        c, a, b = bi("happy_one_bad_day", "one bad day", tolerated=["silence"])
        if kind == "long":
            b = "en"
            c.extra["languages"] = [a, b] if a != "en" else ["pt", "en"]
        bd = f.rng.randint(4, 9)
        t = f.at(bd, 9, 19)
        f.spread(
            c,
            f.rng.randint(2, 4),
            [d for d in range(14) if d <= bd - 2 or d >= bd + 3],
            8,
            20,
            lang_of=lambda i, a=a: a,
        )
        case = f.new_case()
        prob = f.rng.choice(W.PROBLEMS)
        eid = complain(
            f, c, t, prob, "email" if kind == "long" else kind, b, case, long=kind == "long"
        )
        acknowledge(f, c, t, "email" if kind == "long" else kind, b, case)
        c.extra.update(
            problem=prob,
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=b,
            trouble_starts_at=iso(t),
            long_email=kind == "long",
            agent_fixed=kind != "chat",
            apologised=kind == "email",
        )
        if kind != "chat":
            good_news(f, c, f.morning(f.mins(t, 60, 240), 7), b, case)
        if kind == "email":
            ta = f.morning(f.mins(t, 18 * 60, 24 * 60))
            ae = f.add(c, ta, "chat", "chat", f.pick(W.APOLOGY, b))
            c.extra.update(apology_at=iso(ta), apology_event_id=ae)
    for _ in range(2):
        c, a, b = bi("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.spread(c, 2, [0, 1, 2], 8, 20, lang_of=lambda i, a=a, b=b: (a, b)[i % 2])
        p = fixed_case(f, c, f.at(f.rng.randint(4, 7), 9, 18), "web", a, b)
        c.extra.update(problems=[p], confirm_language=b, trouble_starts_at=p["raised_at"])
    return f


def b2b_complaint(
    f: Fam, c: Cust, t: datetime, prob: str, lg: str, old: str, company: str, case: str
) -> str:
    """A company contact's complaint e-mail and the agent's acknowledgement with the case."""
    text = fill(WB.COMPLAINT[prob][lg], old=old, name=c.first, title=c.job, company=company)
    eid = f.add(
        c, t, "email", "message", text, subject=fill(W.SUBJ_COMPLAINT[lg], topic=WB.TOPIC[prob][lg])
    )
    ag = f.agent()
    f.add(
        c,
        f.mins(t, 30, 120),
        "email",
        "message",
        fill(WB.ACK[lg], name=c.first, case=case, company=company, agent=ag),
        subject=fill(W.SUBJ_CASE[lg], case=case),
        out=True,
        attrs={"agent": ag},
    )
    return eid


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d0(2026, 10, 12),
        14,
        "business accounts: at risk, one unhappy contact, mild suggestions, happy",
    )
    sites = list(WB.SITES)
    f.rng.shuffle(sites)
    kinds = [
        ("at_risk", 3, "invoice"),
        ("at_risk", 3, "portal"),
        ("at_risk", 3, "service_blocked"),
        ("at_risk", 4, "invoice"),
        ("at_risk", 4, "overbilled"),
    ]
    kinds += [("one_unhappy", 1, p) for p in ("service_blocked", "overbilled", "portal", "invoice")]
    kinds += [("mild", 2, None)] * 3 + [("happy", 0, None)] * 3
    acct_langs = [
        "pt",
        "pt",
        "en",
        "en",
        "pt",
        "en",
        "de",
        "it",
        "fr",
        "es",
        "pt",
        "en",
        "de",
        "pt",
        "en",
    ]
    f.rng.shuffle(acct_langs)
    last_channels = ["email", "phone", "phone", "phone", "phone"]
    mon, tue = 0, 1

    def routine(c: Cust, days: list[int], high: bool = True) -> None:
        lg = c.lang
        for d in days:
            t = f.office(f.at(d, 8, 16.5))
            k = f.rng.choice(
                ["chat", "buy", "view", "praise", "survey"] if high else ["chat", "buy", "view"]
            )
            if k == "chat":
                q, a, th = f.pick(WB.B2B_CHAT, lg)
                f.add(c, t, "chat", "chat", q)
                t2 = f.mins(t, 1, 6)
                f.add(c, t2, "chat", "chat", a, out=True, attrs={"agent": f.agent()})
                if f.rng.random() < 0.7:
                    f.add(c, f.mins(t2, 1, 4), "chat", "chat", th)
            elif k in ("buy", "view"):
                prod, price, page = f.rng.choice(WB.B2B_PRODUCTS)
                f.add(
                    c,
                    t,
                    "web",
                    "page_view",
                    attrs={"page": f.rng.choice(WB.B2B_PAGES) if k == "view" else page},
                )
                if k == "buy":
                    cur, rate = CURRENCY.get(c.market, ("EUR", 1.0))
                    f.add(
                        c,
                        f.mins(t, 2, 10),
                        "web",
                        "purchase",
                        attrs={
                            "order_value": f"{price * rate:.2f}",
                            "currency": cur,
                            "product": prod,
                            "page": page,
                        },
                    )
            elif k == "praise":
                f.add(c, t, "community", "post", WB.B2B_PRAISE[lg])
            else:
                f.survey_happy(c, t, lg)

    for i, (kind, unhappy, prob) in enumerate(kinds):
        lg = acct_langs[i]
        market = f.market(lg)
        site = sites[i]
        word = WB.COMPANY_WORDS[site][WB.LANG_INDEX[lg]]
        town = f.rng.choice(W.TOWNS[market])
        company = f"{word} {town}" if i % 2 else f"{word} {f.rng.choice(W.SURNAMES[lg])}"
        while True:
            acc = f"ARS-{market}-{f.rng.randint(1000, 9999)}"
            if uniq(acc):
                break
        domain = plain(company).replace(" ", "-").replace("'", "") + ".example"
        ncont = {
            "at_risk": f.rng.randint(max(4, unhappy + 1), 6),
            "one_unhappy": 3,
            "mild": f.rng.randint(3, 4),
            "happy": f.rng.randint(3, 5),
        }[kind]
        names: set[str] = set()
        contacts: list[Cust] = []
        for j in range(ncont):
            if kind == "at_risk" and j < unhappy:
                persona, role, exp, tol = "b2b_unhappy", "complainer", [], list(B2B_RISK_TOL)
            elif kind == "one_unhappy" and j == 0:
                persona, role, exp, tol = (
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif kind == "mild" and j < 2:
                persona, role, exp, tol = "b2b_mild", "suggests", [], ["silence"]
            else:
                persona, role, exp, tol = "b2b_happy", "contact", [], []
            c = f.person(
                persona,
                role,
                lang=lg,
                market=market,
                expected=exp,
                tolerated=tol,
                account=acc,
                domain=domain,
                first_avoid=names,
            )
            title = WB.JOB_TITLES[(i + j) % len(WB.JOB_TITLES)]
            c.job = title
            c.town = town
            c.extra.update(company=company, role=role, job_title=title)
            contacts.append(c)
        unhappy_keys: list[str] = []
        case = f.new_case()
        old = (
            company.split(" ")[0]
            + " "
            + f.rng.choice(["& Filhos", "Lda", "Ltd", "GmbH", "Srl", "SARL", "SL"])
        )
        trouble = None
        if kind == "at_risk":
            assert prob is not None
            t = f.office(d0(2026, 10, 14) + timedelta(minutes=f.rng.randint(8 * 60, 16 * 60)))
            trouble = iso(t)
            first_name = contacts[0].first
            for j in range(unhappy):
                c = contacts[j]
                if j:
                    t = f.office(f.mins(t, 8 * 60, 28 * 60))
                    when = WB.WHEN[lg][5] if t.date() == d0(2026, 10, 14).date() else WB.WHEN[lg][2]
                    text = fill(
                        WB.LATER[lg],
                        first=first_name,
                        when=when,
                        case=case,
                        topic=WB.TOPIC[prob][lg],
                        name=c.first,
                        title=c.job,
                        company=company,
                    )
                    eid = f.add(
                        c, t, "email", "message", text, subject=fill(W.SUBJ_CASE[lg], case=case)
                    )
                else:
                    eid = b2b_complaint(f, c, t, prob, lg, old, company, case)
                ids = [eid]
                c.extra.update(
                    problem=prob, booking=case, trouble_starts_at=iso(t), nps_given=False
                )
                if j < unhappy - 1:
                    v = f.rng.randint(1, 5)
                    se = f.add(
                        c,
                        f.mins(t, 60, 180),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": v},
                        attrs={"survey": "nps"},
                    )
                    c.expected.append("detractor")
                    c.extra.update(nps_given=True, nps=v, survey_event_id=se)
                else:
                    t2 = f.office(f.mins(t, 18 * 60, 40 * 60))
                    ch = last_channels.pop()
                    comp = f.rng.choice(COMPS)
                    if ch == "email":
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                fill(
                                    WB.LAST_MAIL[lg],
                                    case=case,
                                    comp=comp,
                                    name=c.first,
                                    title=c.job,
                                    company=company,
                                ),
                                subject=fill(W.SUBJ_CASE[lg], case=case),
                            )
                        )
                        c.extra["competitor"] = comp
                    else:
                        ids.append(f.add(c, t2, "phone", "call", fill(WB.LAST_CALL[lg], case=case)))
                        c.extra["competitor"] = None
                    c.expected.append("repeat_contact")
                    c.extra.update(contacts=2, channels=["email", ch])
                c.extra["complaint_event_ids"] = ids
                unhappy_keys.append(c.key)
                routine(c, f.rng.sample([mon, tue], f.rng.randint(0, 2)), high=False)
        elif kind == "one_unhappy":
            assert prob is not None
            c = contacts[0]
            t = f.office(f.at(f.rng.choice([3, 4, 7, 8]), 8, 16))
            eid = b2b_complaint(f, c, t, prob, lg, old, company, case)
            v = f.rng.randint(1, 5)
            se = f.add(
                c,
                f.mins(t, 60, 180),
                "survey",
                "survey_response",
                None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.extra.update(
                problem=prob,
                booking=case,
                complaint_event_ids=[eid],
                trouble_starts_at=iso(t),
                nps_given=True,
                nps=v,
                survey_event_id=se,
            )
            unhappy_keys.append(c.key)
            routine(c, f.rng.sample([mon, tue], f.rng.randint(0, 2)), high=False)
        elif kind == "mild":
            for j in range(2):
                c = contacts[j]
                t = f.office(f.at(f.rng.randint(2, 9), 8, 16))
                eid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    WB.SUGGEST[lg][j],
                    attrs={"page": "/stage/portal/feedback"},
                )
                ag = f.agent()
                f.add(
                    c,
                    f.mins(t, 40, 150),
                    "email",
                    "message",
                    fill(WB.SUGGEST_ACK[lg], name=c.first, agent=ag),
                    subject="Arpeggo Stage",
                    out=True,
                    attrs={"agent": ag},
                )
                c.extra.update(mild_event_id=eid, trouble_starts_at=iso(t))
                routine(c, f.rng.sample([mon, tue], f.rng.randint(0, 2)), high=False)
        for c in contacts:
            if c.persona == "b2b_happy":
                routine(
                    c, sorted(f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 5)))
                )
            if not any(e.cust is c and e.direction == "inbound" for e in f.events):
                routine(c, [mon])
        at_risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if at_risk else None,
            "trouble_starts_at": trouble,
            "language": lg,
            "country": market,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        d0(2026, 10, 19),
        7,
        "a calm week and one planted spike of reports of the same fault",
    )
    s0 = d0(2026, 10, 22) + timedelta(hours=13, minutes=20)
    s1 = s0 + timedelta(minutes=45)

    def calm_time(d: int) -> datetime:
        while True:
            t = f.at(d, 7, 20)
            if not (s0 - timedelta(hours=1) <= t <= s1 + timedelta(hours=3)):
                return t

    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            f.happy(c, calm_time(d))
    for lg in ("pt", "en"):
        c = f.person("grumbles_once", "grumbles once", lang=lg, tolerated=["silence"])
        q, a = W.CALM_GRUMBLE[lg]
        t = f.at(0, 9, 17)
        eid = f.add(c, t, "chat", "chat", q)
        f.add(c, f.mins(t, 1, 5), "chat", "chat", a, out=True, attrs={"agent": f.agent()})
        c.extra.update(grumble_event_id=eid, trouble_starts_at=iso(t))
    for lg, hm in (("pt", (10, 5)), ("en", (17, 40))):
        c = f.person("grumbles_once", "lone question", lang=lg, tolerated=["silence"])
        q, a = W.LONE_Q[lg]
        t = d0(2026, 10, 21) + timedelta(hours=hm[0], minutes=hm[1])
        eid = f.add(c, t, "chat", "chat", q)
        f.add(c, f.mins(t, 2, 6), "chat", "chat", a, out=True, attrs={"agent": f.agent()})
        c.extra.update(lone_report_event_id=eid, trouble_starts_at=iso(t))
    langs = ["pt"] * 6 + ["en"] * 6 + ["de", "de", "it", "it", "fr", "fr"] + ["es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    reporters: list[tuple[Cust, datetime, str, str]] = []
    keys: list[str] = []
    eids: list[str] = []
    for i in range(20):
        regular = i < 12
        c = f.person(
            "spike_reporter", "regular" if regular else "new", lang=langs[i], tolerated=["silence"]
        )
        if regular:
            for _ in range(f.rng.randint(1, 3)):
                f.happy(c, f.at(1, 8, 17.5), ["praise", "chat", "buy", "view", "mail"])
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = fill(f.pick(W.SPIKE, c.lang))
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = f.add(
            c,
            t,
            ch,
            kind,
            text,
            subject=W.SPIKE_SUBJ[c.lang] if ch in ("email", "web") else None,
            attrs={"page": "/account/payments"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                f.mins(t, 1, 3),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[c.lang],
                out=True,
                attrs={"agent": f.agent()},
            )
        c.extra.update(
            in_spike=True,
            regular=regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=False,
        )
        reporters.append((c, t, ch, eid))
        keys.append(c.key)
        eids.append(eid)
    order = list(range(20))
    f.rng.shuffle(order)
    early = [i for i in order if reporters[i][1] <= s0 + timedelta(minutes=25)]
    again_chans = ["email", "email", "chat", "chat", "community", "community"]
    rep_ids: list[str] = []
    repeaters = set()
    for i in early:
        c, t, ch, _eid = reporters[i]
        opts = [x for x in again_chans if x != ch]
        if not opts or len(repeaters) == 6:
            continue
        ch2 = opts[0]
        again_chans.remove(ch2)
        t2 = f.mins(t, 15, 50)
        kind = {"chat": "chat", "community": "post", "email": "message"}[ch2]
        e2 = f.add(
            c,
            t2,
            ch2,
            kind,
            fill(W.SPIKE_AGAIN[c.lang]),
            subject=("RE: " + W.SPIKE_SUBJ[c.lang]) if ch2 == "email" else None,
        )
        if ch2 == "chat":
            f.add(
                c,
                f.mins(t2, 1, 3),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[c.lang],
                out=True,
                attrs={"agent": f.agent()},
            )
        c.persona, c.expected, c.tolerated = (
            "spike_repeater",
            ["repeat_contact"],
            ["sentiment_drop", "silence"],
        )
        c.extra["repeat_event_id"] = e2
        rep_ids.append(e2)
        repeaters.add(i)
    assert len(repeaters) == 6, len(repeaters)
    fixed_at = s1 + timedelta(minutes=35)
    n = 0
    for i in order:
        if i in repeaters or n == 6:
            continue
        c = reporters[i][0]
        local = fixed_at + timedelta(hours=1 if c.market in ("PT", "UK", "IE") else 2)
        cur, _rate = CURRENCY.get(c.market, ("EUR", 1.0))
        credit = {"GBP": "£9", "CHF": "CHF 9"}.get(cur, "€10" if c.lang == "en" else "10 €")
        ag = f.agent()
        f.add(
            c,
            s1 + timedelta(minutes=f.rng.randint(63, 72)),
            "email",
            "message",
            fill(
                W.SPIKE_FIXED[c.lang],
                name=c.first,
                time=local.strftime("%H:%M"),
                credit=credit,
                agent=ag,
            ),
            subject="RE: " + W.SPIKE_SUBJ[c.lang],
            out=True,
            attrs={"agent": ag},
        )
        c.extra["agent_fixed"] = True
        n += 1
    f.spike = {
        "topic": f"instrument-rental app and website: rent payments fail with error {W.SPIKE_CODE} and rentals show as suspended",
        "about": "payments refused in app and on the website, several channels and languages",
        "channel": None,
        "start": iso(s0),
        "end": iso(s1),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": rep_ids,
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
PLANTED = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 6},
}


def main() -> None:
    USED.clear()
    for build in FAMILIES:
        fam = build()
        jsonl, truth = fam.render()
        if truth["config"]["expected"] != dict(sorted(PLANTED[fam.name].items())):
            raise SystemExit(
                f"{fam.name}: expected {truth['config']['expected']} != planted {PLANTED[fam.name]}"
            )
        (HERE / f"{fam.name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{fam.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
