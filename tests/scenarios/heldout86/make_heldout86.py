# ruff: noqa: E501
"""Write tests/scenarios/heldout86/ (blind, report only): Cestivo, farm veg boxes.

Standard library only; deterministic (two runs give the same bytes). Run from anywhere.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261114
LANG_MARKETS = {
    "it": ["IT", "IT", "IT", "CH"],
    "pt": ["PT"],
    "en": ["UK", "UK", "IE"],
    "fr": ["FR", "FR", "BE"],
    "de": ["DE", "AT", "CH"],
    "es": ["ES"],
}
PHONES = {
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "7", 8),
    "ES": ("+34", "6", 8),
}
FIRST = {
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Paolo",
        "Elena",
        "Davide",
        "Sara",
        "Matteo",
    ],
    "pt": [
        "Inês",
        "João",
        "Mariana",
        "Tiago",
        "Beatriz",
        "Rui",
        "Catarina",
        "Pedro",
        "Sofia",
        "Nuno",
    ],
    "en": ["Emma", "James", "Chloe", "Liam", "Sophie", "Tom"],
    "fr": ["Camille", "Julien", "Léa", "Thomas", "Manon", "Hugo"],
    "de": ["Anna", "Jonas", "Lea", "Felix", "Miriam", "Katrin", "Stefan"],
    "es": ["Lucía", "Javier", "Marta", "Pablo", "Irene", "Sergio"],
}
LAST = {
    "it": [
        "Rossi",
        "Bianchi",
        "Greco",
        "Colombo",
        "Ricci",
        "Marino",
        "Gallo",
        "Conti",
        "Fontana",
        "Moretti",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Costa",
        "Oliveira",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Lopes",
    ],
    "en": ["Walsh", "Hughes", "Bennett", "Murphy", "Clarke", "Foster"],
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau"],
    "de": ["Becker", "Wagner", "Hoffmann", "Schulz", "Keller"],
    "es": ["García", "Torres", "Navarro", "Romero", "Ortega"],
}
TOWNS = {
    "IT": "Bologna",
    "PT": "Porto",
    "UK": "Bristol",
    "IE": "Cork",
    "FR": "Lyon",
    "BE": "Liège",
    "DE": "Köln",
    "AT": "Graz",
    "CH": "Lugano",
    "ES": "Valencia",
}
SOURCES = {
    "email": "cestivo-mail",
    "phone": "cestivo-voice",
    "social": "cestivo-social",
    "community": "cestivo-forum",
    "chat": "cestivo-chat",
    "web": "cestivo-web",
    "survey": "cestivo-survey",
}
AGENTS = ["Alessia", "Rita", "Owen", "Nadia"]
HAPPY_T: list[str] = []
REPEAT_T = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
SLIDE_T = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
CANCEL_T = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_T = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    text = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in base if unicodedata.category(c) != "Mn") or ch)
    return "".join(out)


def unique(make: Any) -> str:
    for _ in range(1000):
        value = str(make())
        if value not in USED:
            USED.add(value)
            return value
    raise RuntimeError("no unique value")


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


@dataclass
class Row:
    at: datetime
    seq: int
    cust: Cust
    tp: dict[str, Any]
    inbound: bool


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
    rows: list[Row] = field(default_factory=list)
    customers: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    # -- time helpers
    def at(self, day: int, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=day, minutes=minutes)

    def mins(self, t: datetime, m0: int, m1: int) -> datetime:
        return t + timedelta(minutes=self.rng.randint(m0, m1), seconds=self.rng.randint(0, 59))

    @staticmethod
    def morning(t: datetime, rng: random.Random) -> datetime:
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
            return base + timedelta(minutes=rng.randint(0, 59))
        if t.hour < 7:
            return t.replace(hour=8, minute=rng.randint(0, 59), second=0)
        return t

    # -- people
    def person(
        self,
        persona: str,
        habit: str,
        lang: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        first: str | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        market = market or rng.choice(LANG_MARKETS[lang])
        fn = first or rng.choice(FIRST[lang])
        ln = rng.choice(LAST[lang])
        key = unique(lambda: f"CV{self.code}{rng.randint(1000, 9999)}")
        plain = strip_accents(f"{fn}.{ln}").lower().replace(" ", "")
        if domain:
            email = unique(lambda: f"{strip_accents(fn).lower()}@{domain}")
        else:
            email = unique(
                lambda: (
                    f"{plain}{rng.randint(1, 99)}@{rng.choice(['posta', 'mail', 'correio', 'inbox'])}.example"
                )
            )
        cc, prefix, ndig = PHONES[market]
        phone = unique(
            lambda: (
                cc + prefix + "".join(str(rng.randint(0, 9)) for _ in range(ndig - len(prefix) + 1))
            )
        )
        handle = (
            None
            if account
            else unique(
                lambda: (
                    "@"
                    + rng.choice(
                        [
                            f"{plain.replace('.', '_')}{rng.randint(1, 9)}",
                            f"{strip_accents(fn).lower()}{strip_accents(ln).lower()}{rng.randint(10, 99)}",
                            f"{strip_accents(ln).lower()}_{strip_accents(fn)[0].lower()}{rng.randint(1, 99)}",
                        ]
                    )
                )
            )
        )
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
            "name": f"{fn} {ln}",
            "town": TOWNS[market],
        }
        truth.update(extra)
        c = Cust(key, lang, market, email, phone, handle, account, truth)
        self.customers[key] = c
        return c

    def ref(self) -> str:
        return unique(lambda: f"CV-{self.rng.randint(100000, 999999)}")

    # -- touchpoints
    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        subject: str | None = None,
        outbound: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"cv86-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not outbound and channel not in ("phone", "survey"):
            text = self.roughen(text)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if outbound:
            a["agent"] = self.rough.choice(AGENTS)
        a.update(attrs or {})
        tp: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if outbound else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(Row(t, self.seq, c, tp, not outbound))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if len(w) > 4 and w.isalpha() and w.islower()
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randint(1, len(w) - 3)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    # -- happy acts
    def happy(self, c: Cust, t: datetime, kinds: list[str] | None = None) -> None:
        rng, lang = self.rng, c.lang
        kind = rng.choice(
            kinds
            or [
                "praise",
                "praise",
                "again",
                "gripe",
                "chat_q",
                "email_q",
                "call_q",
                "purchase",
                "page",
                "review",
            ]
        )
        if kind == "praise":
            ch = rng.choice(["social", "community"])
            self.add(
                c,
                t,
                ch,
                "post" if ch == "community" else rng.choice(["post", "mention"]),
                W.pick(rng, W.PRAISE, lang, item=rng.choice(W.ITEMS[lang])),
            )
        elif kind == "again":
            self.add(c, t, "community", "post", W.pick(rng, W.AGAIN, lang))
        elif kind == "gripe":
            self.add(c, t, "social", "post", W.pick(rng, W.GRIPE, lang))
        elif kind == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                W.pick(rng, W.PRAISE, lang, item=rng.choice(W.ITEMS[lang])),
                attrs={"rating": rng.choice(["5", "5", "4"]), "page": "/reviews"},
            )
        elif kind in ("chat_q", "email_q"):
            ch = "chat" if kind == "chat_q" else "email"
            self.add(c, t, ch, "chat" if ch == "chat" else "message", W.pick(rng, W.QUESTION, lang))
            ans = self.mins(t, 1, 6) if ch == "chat" else self.morning(self.mins(t, 30, 180), rng)
            self.add(
                c,
                ans,
                ch,
                "chat" if ch == "chat" else "message",
                W.pick(rng, W.ANSWER, lang),
                outbound=True,
            )
            if rng.random() < 0.6:
                self.add(
                    c,
                    self.mins(ans, 1, 20),
                    ch,
                    "chat" if ch == "chat" else "message",
                    W.pick(rng, W.THANKS, lang),
                )
        elif kind == "call_q":
            self.add(c, t, "phone", "call", W.pick(rng, W.CALL_Q, lang))
            self.add(
                c,
                self.morning(self.mins(t, 10, 60), rng),
                "email",
                "message",
                W.pick(rng, W.FOLLOWUP, lang),
                outbound=True,
            )
        elif kind == "purchase":
            name, price = rng.choice(W.PRODUCTS)
            page = rng.choice(W.PAGES)
            self.add(c, t, "web", "page_view", None, attrs={"page": page})
            self.purchase(c, self.mins(t, 2, 15), name, price, page)
        else:
            self.add(c, t, "web", "page_view", None, attrs={"page": rng.choice(W.PAGES)})

    def purchase(self, c: Cust, t: datetime, name: str, price: str, page: str) -> None:
        cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
        value = float(price) * (0.86 if cur == "GBP" else 0.94 if cur == "CHF" else 1.0)
        self.add(
            c,
            t,
            "web",
            "purchase",
            None,
            attrs={"order_value": f"{value:.2f}", "currency": cur, "product": name, "page": page},
        )

    def survey(self, c: Cust, t: datetime, kind: str, value: int, words: str | None) -> str:
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            words or None,
            scores={kind: value},
            attrs={"survey": kind},
        )

    def happy_days(self, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 19) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(c, self.at(d, h0, h1))

    # -- output
    def finish(self, expected: dict[str, int]) -> tuple[str, str]:
        counts: dict[str, int] = {}
        for c in self.customers.values():
            for r in c.truth["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{c.key}: expected and tolerated")
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        if counts != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {counts}")
        self.rows.sort(key=lambda r: (r.at, r.seq))
        seen: set[str] = set()
        lines = []
        end = self.start + timedelta(days=self.days)
        for row in self.rows:
            c, tp = row.cust, row.tp
            if (
                row.at.year != 2026
                or row.at < self.start
                or row.at >= datetime(2026, 11, 15, tzinfo=UTC)
            ):
                raise SystemExit(f"{tp['event_id']} out of range")
            full = not row.inbound or c.key not in seen
            if row.inbound:
                seen.add(c.key)
            ident: dict[str, Any] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            ch = tp["channel"]
            if full:
                ident.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif ch == "phone":
                cc = PHONES[c.market][0]
                ident["phone"] = (
                    c.phone if self.rough.random() < 0.5 else cc + " " + c.phone[len(cc) :]
                )
            elif ch in ("social", "community"):
                if c.handle:
                    ident["handle"] = (
                        c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
                    )
                else:
                    ident["email"] = c.email
            elif ch == "email":
                ident["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
            else:
                ident["customer_id"] = c.key
            tp["customer"] = ident
            if ch == "social" and row.inbound and tp["text"]:
                text = tp["text"]
                i = text.rfind(W.BRAND)
                tp["text"] = text[:i] + "@" + text[i:] if i >= 0 else "@" + W.BRAND + " " + text
            lines.append(json.dumps(tp, ensure_ascii=False))
            end = max(end, row.at + timedelta(hours=1))
        for c in self.customers.values():
            if c.key not in seen:
                raise SystemExit(f"{c.key} has no inbound touchpoint")
        if end >= datetime(2026, 11, 15, tzinfo=UTC):
            raise SystemExit("end too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Cestivo (farm veg boxes; Cestivo Ufficio on account)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "blind, 2026-12-04",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.customers.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return "\n".join(lines) + "\n", json.dumps(
            truth, ensure_ascii=False, indent=1, sort_keys=True
        ) + "\n"


def langs(rng: random.Random, n: int) -> list[str]:
    return rng.choices(["it", "pt", "en", "fr", "de", "es"], weights=[30, 30, 10, 10, 10, 10], k=n)


def amount(c: Cust) -> str:
    return {"UK": "£26", "CH": "28 CHF"}.get(c.market, "29,90 €")


def desc(f: Fam, c: Cust, problem: str) -> str:
    return str(W.pick(f.rng, W.PROBLEM[problem], c.lang, amount=amount(c)))


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 16, tzinfo=UTC),
        10,
        "happy day writers, night writers and survey answerers",
    )
    for lang in langs(f.rng, 16):
        c = f.person("happy", "day writer", lang)
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    for lang in langs(f.rng, 5):
        c = f.person("happy", "night writer", lang)
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.at(d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", W.pick(f.rng, W.NIGHT_POST, lang))
            else:
                f.add(c, t, "chat", "chat", W.pick(f.rng, W.NIGHT_Q, lang))
                a = f.mins(t, 1, 5)
                f.add(c, a, "chat", "chat", W.pick(f.rng, W.NIGHT_A, lang), outbound=True)
                f.add(c, f.mins(a, 1, 4), "chat", "chat", W.pick(f.rng, W.THANKS, lang))
        for d in f.rng.sample(range(10), f.rng.randint(2, 3)):
            f.happy(c, f.at(d, 9, 18), ["praise", "purchase", "page", "review"])
    for lang in langs(f.rng, 5):
        c = f.person("happy", "answers surveys", lang)
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            kind = f.rng.choice(["nps", "csat", "ces"])
            value = {
                "nps": f.rng.randint(9, 10),
                "csat": f.rng.randint(4, 5),
                "ces": f.rng.randint(6, 7),
            }[kind]
            f.survey(c, f.at(d, 8, 20), kind, value, f.rng.choice(W.SURVEY_WORDS[lang]))
    return f


def case_reply(
    f: Fam, c: Cust, t: datetime, ch: str, ref: str, table: W.Table = W.CASE_OPENED
) -> datetime:
    if ch == "chat":
        a = f.mins(t, 1, 6)
        f.add(c, a, "chat", "chat", W.pick(f.rng, table, c.lang, ref=ref), outbound=True)
        return a
    a = f.morning(f.mins(t, 10, 40), f.rng)
    f.add(
        c,
        a,
        "email",
        "message",
        W.pick(f.rng, table, c.lang, ref=ref),
        subject=W.RE[c.lang] + ref,
        outbound=True,
    )
    return a


def complaint(f: Fam, c: Cust, t: datetime, ch: str, problem: str, long_email: bool = False) -> str:
    d = desc(f, c, problem)
    subj = W.COMPLAINT_SUBJECT[c.lang] + W.SUBJECT_TOPIC[problem]
    if long_email:
        return f.add(
            c, t, "email", "message", W.pick(f.rng, W.LONG_EMAIL, c.lang, desc=d), subject=subj
        )
    if ch == "phone":
        return f.add(c, t, "phone", "call", W.pick(f.rng, W.CALL_COMPLAINT, c.lang, desc=d))
    text = W.pick(f.rng, W.COMPLAINT, c.lang, desc=d)
    if ch == "email":
        return f.add(c, t, "email", "message", text, subject=subj)
    if ch == "chat":
        return f.add(c, t, "chat", "chat", text)
    if ch == "social":
        return f.add(c, t, "social", "mention", text)
    return f.add(c, t, "web", "ticket", text, subject=subj, attrs={"page": "/help/contact"})


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "happy customers with one angry moment",
    )
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = W.PROBLEMS * 4
    f.rng.shuffle(probs)
    cased = [i for i, ch in enumerate(chans) if ch != "social"]
    nps_idx = set(f.rng.sample(cased, 6))
    csat_idx = set(f.rng.sample([i for i in cased if i not in nps_idx], 5))
    fixed_idx = set(f.rng.sample(cased, 12))
    apology_idx = set(f.rng.sample(sorted(fixed_idx), 5))
    long_langs = ["it", "it", "pt", "pt"]
    for i, ch in enumerate(chans):
        lang = long_langs.pop() if ch == "long" else langs(f.rng, 1)[0]
        det = i in nps_idx
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang,
            ["detractor"] if det else [],
            ["silence"],
            problem=probs[i],
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
        )
        d = f.rng.randint(2, 9)
        t = f.at(d, 8, 20)
        eid = complaint(f, c, t, "email" if ch == "long" else ch, probs[i], ch == "long")
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            booking=None,
            nps_given=det,
            csat_given=i in csat_idx,
            agent_fixed=i in fixed_idx,
            apologised=i in apology_idx,
        )
        others = [x for x in range(12) if x <= d - 2 or x >= d + 3]
        f.happy_days(c, f.rng.randint(1, 5), others)
        if ch == "social":
            continue
        ref = f.ref()
        c.truth["booking"] = ref
        case_reply(f, c, t, "chat" if ch == "chat" else "email", ref)
        if det:
            nps = f.rng.randint(1, 5)
            c.truth.update(
                nps=nps, survey_event_id=f.survey(c, f.mins(t, 100, 140), "nps", nps, None)
            )
        elif i in csat_idx:
            csat = f.rng.randint(1, 2)
            c.truth.update(
                csat=csat,
                survey_event_id=f.survey(
                    c,
                    f.mins(t, 40, 80),
                    "csat",
                    csat,
                    f.rng.choice(["", "pessimo", "péssimo", "bad"]),
                ),
            )
        if i in fixed_idx:
            g = f.morning(f.mins(t, 60, 240), f.rng)
            f.add(
                c,
                g,
                "email",
                "message",
                W.pick(f.rng, W.GOOD_NEWS, lang, ref=ref),
                subject=W.RE[lang] + ref,
                outbound=True,
            )
            if i in apology_idx:
                ap = f.morning(f.mins(t, 16 * 60, 24 * 60), f.rng)
                ch2 = f.rng.choice(["chat", "email"])
                c.truth.update(
                    apology_at=iso(ap),
                    apology_event_id=f.add(
                        c,
                        ap,
                        ch2,
                        "chat" if ch2 == "chat" else "message",
                        W.pick(f.rng, W.APOLOGY, lang),
                    ),
                )
    for lang in langs(f.rng, 8):
        c = f.person("happy", "control", lang)
        f.happy_days(c, f.rng.randint(4, 7), list(range(12)))
    return f


def repeat_run(
    f: Fam, c: Cust, first_day: int, times: int, passed_on: bool, first_ch: str, comp: str | None
) -> None:
    problem = f.rng.choice(W.PROBLEMS)
    t = f.at(first_day, 8, 19)
    ref = f.ref()
    ids = [complaint(f, c, t, first_ch, problem)]
    case_reply(f, c, t, first_ch, ref)
    if passed_on:
        a = f.mins(t, 90, 150)
        f.add(
            c,
            a,
            "email",
            "message",
            W.pick(f.rng, W.QUALITY_LEAD, c.lang, ref=ref),
            subject=W.RE[c.lang] + ref,
            outbound=True,
        )
    pool = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    f.rng.shuffle(pool)
    chans = [first_ch]
    for k in range(2, times + 1):
        t = f.morning(f.mins(t, 4 * 60, 40 * 60), f.rng)
        ch = pool.pop()
        chans.append(ch)
        d = desc(f, c, problem)
        if k == 3 and comp:
            text = (
                W.pick(f.rng, W.THIRD, c.lang, ref=ref, comp=comp)
                + " "
                + W.pick(f.rng, W.STILL_OPEN, c.lang, ref=ref, desc=d)
            )
        elif k == 4:
            text = W.pick(f.rng, W.FOURTH, c.lang, ref=ref)
        else:
            text = W.pick(f.rng, W.STILL_OPEN, c.lang, ref=ref, desc=d)
        if ch == "phone":
            text = (
                text.lower()
                .replace(ref.lower(), ref)
                .replace(".", "")
                .replace(",", "")
                .replace(":", "")
                .replace("!", "")
                .replace("?", "")
            )
            ids.append(f.add(c, t, "phone", "call", text))
        elif ch == "email":
            ids.append(f.add(c, t, "email", "message", text, subject=W.RE[c.lang] + ref))
        elif ch == "chat":
            ids.append(f.add(c, t, "chat", "chat", text))
            f.add(
                c,
                f.mins(t, 1, 6),
                "chat",
                "chat",
                W.pick(f.rng, W.URGENT, c.lang, ref=ref),
                outbound=True,
            )
        elif ch == "web":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    text,
                    subject=W.RE[c.lang] + ref,
                    attrs={"page": "/help/contact"},
                )
            )
        else:
            ids.append(f.add(c, t, "social", "mention", text))
    c.truth.update(
        problem=problem,
        booking=ref,
        contacts=times,
        channels=chans,
        agent_passed_on=passed_on,
        problem_event_ids=ids,
        competitor=comp if times >= 3 else None,
    )


def fixed_run(
    f: Fam, c: Cust, day: int, ch: str, confirm_lang: str | None = None
) -> dict[str, Any]:
    problem = f.rng.choice(W.PROBLEMS)
    t = f.at(day, 8, 19)
    ref = f.ref()
    eid = complaint(f, c, t, ch, problem)
    case_reply(f, c, t, ch, ref)
    lang = confirm_lang or c.lang
    g = f.morning(f.mins(t, 180, 1200), f.rng)
    f.add(
        c,
        g,
        "email",
        "message",
        W.pick(f.rng, W.GOOD_NEWS, lang, ref=ref),
        subject=W.RE[lang] + ref,
        outbound=True,
    )
    k = f.morning(f.mins(g, 480, 1800), f.rng)
    cch = f.rng.choice(["email", "chat"])
    cid = f.add(
        c,
        k,
        cch,
        "chat" if cch == "chat" else "message",
        W.pick(f.rng, W.CONFIRM, lang, ref=ref),
        subject=W.RE[lang] + ref if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(k),
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
        "open problems raised again, fixed problems, frequent writers",
    )
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    times = [2, 3, 4] * 4
    for i, lang in enumerate(langs(f.rng, 12)):
        c = f.person("repeat_contact", "repeats", lang, ["repeat_contact"], REPEAT_T)
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12))
        repeat_run(f, c, f.rng.randint(1, 4), times[i], i % 2 == 0, firsts[i], W.COMPETITORS[i % 2])
        c.truth["trouble_starts_at"] = f.rows[
            [r.tp["event_id"] for r in f.rows].index(c.truth["problem_event_ids"][0])
        ].tp["occurred_at"]
    for lang in langs(f.rng, 5):
        c = f.person("resolved_between_contacts", "fixed", lang, [], ["silence"])
        p = fixed_run(f, c, f.rng.randint(0, 5), f.rng.choice(["web", "email", "chat"]))
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for lang in langs(f.rng, 3):
        c = f.person("different_problems", "two problems", lang, [], ["silence"])
        d = f.rng.randint(0, 1)
        p1 = fixed_run(f, c, d, "email")
        p2 = fixed_run(f, c, d + f.rng.randint(4, 5), "chat")
        c.truth.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for lang in langs(f.rng, 7):
        c = f.person("happy", "frequent writer", lang)
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    return f


def slide(
    f: Fam, c: Cust, first: int, span: int, comp: str, lang_of: Callable[[int], str] | None = None
) -> list[str]:
    ids: list[str] = []
    prev: datetime | None = None
    for i in range(6):
        lang = lang_of(i) if lang_of else c.lang
        t = f.at(first + round(i * span / 5), 8, 21)
        if prev is not None and t < prev + timedelta(hours=1):
            t = f.morning(prev + timedelta(minutes=f.rng.randint(61, 180)), f.rng)
        prev = t
        text = W.SLIDE[lang][i].format(comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
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
        else:
            ids.append(f.add(c, t, ch, "post", text))
    return ids


def ts_of(f: Fam, eid: str) -> datetime:
    return next(r.at for r in f.rows if r.tp["event_id"] == eid)


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        "slow slides, leavers, steady, grumpy and sarcastic customers",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i, lang in enumerate(langs(f.rng, 10)):
        nps = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            lang,
            ["sentiment_drop"] + (["detractor"] if nps else []),
            SLIDE_T,
        )
        for d in sorted(f.rng.sample(range(11), f.rng.randint(4, 5))):
            f.happy(c, f.at(d, 8, 20), ["praise"])
        f.happy_days(c, f.rng.randint(2, 4), list(range(11)))
        comp = W.COMPETITORS[i % 2]
        ids = slide(f, c, f.rng.randint(12, 16), spans[i], comp)
        c.truth.update(
            slide_event_ids=ids,
            slide_days=spans[i],
            competitor=comp,
            trouble_starts_at=iso(ts_of(f, ids[0])),
            nps_given=nps,
        )
        if nps:
            v = f.rng.randint(1, 5)
            t = f.morning(f.mins(ts_of(f, ids[3]), 150, 210), f.rng)
            c.truth.update(nps=v, survey_event_id=f.survey(c, t, "nps", v, None))
    for lang in langs(f.rng, 5):
        c = f.person("slow_churner", "asks to cancel", lang, ["churn_intent"], CANCEL_T)
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)))
        t = f.at(f.rng.randint(17, 23), 8, 19)
        eid = f.add(c, t, "email", "message", W.pick(f.rng, W.CANCEL, lang), subject="Cestivo Plus")
        f.add(
            c,
            f.morning(f.mins(t, 60, 300), f.rng),
            "email",
            "message",
            W.pick(f.rng, W.SORRY_GO, lang),
            outbound=True,
        )
        k = f.morning(f.mins(t, 1200, 1800), f.rng)
        cid = f.add(
            c,
            k,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/cancel", "product": "Cestivo Plus"},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(k),
            trouble_starts_at=iso(t),
        )
    for lang in langs(f.rng, 6):
        c = f.person("happy", "steady", lang)
        f.happy_days(c, f.rng.randint(6, 10), list(range(32)))
    for lang in langs(f.rng, 5):
        c = f.person("steadily_grumpy", "grumbles", lang, [], ["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids = []
        for _ in range(f.rng.randint(5, 7)):
            text = W.pick(f.rng, W.GRUMBLE, lang)
            ch = f.rng.choice(["social", "community", "web", "review"])
            t = f.at(d, 8, 21)
            if ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(f.add(c, t, ch, "post", text))
            d += f.rng.randint(1, 3)
        for _ in range(f.rng.randint(0, 2)):
            name, price = f.rng.choice(W.PRODUCTS)
            f.purchase(c, f.at(f.rng.randint(0, 20), 8, 20), name, price, "/box/this-week")
        c.truth.update(grumble_event_ids=ids, trouble_starts_at=iso(ts_of(f, ids[0])))
    for lang in langs(f.rng, 5):
        c = f.person("happy_one_sarcastic_remark", "happy", lang, [], ["silence"])
        f.happy_days(c, f.rng.randint(3, 6), list(range(17)))
        t = f.at(f.rng.randint(17, 28), 9, 21)
        c.truth["sarcasm_event_id"] = f.add(c, t, "social", "post", W.pick(f.rng, W.SARCASM, lang))
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        "a calm weekend with night-owl bursts",
    )
    for lang in langs(f.rng, 16):
        c = f.person("happy", "day writer", lang)
        for d in sorted(f.rng.sample(range(3), f.rng.randint(1, 3))):
            f.happy(
                c, f.at(d, 7, 17.5), ["praise", "purchase", "page", "review", "chat_q", "again"]
            )
    for i, lang in enumerate(langs(f.rng, 4)):
        c = f.person("grumbles_once", "grumbles once", lang, [], ["silence"])
        t = f.at(f.rng.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", None, attrs={"page": "/delivery-slots"})
        g = f.mins(t, 20, 30)
        text = W.pick(f.rng, W.MILD, lang)
        if i < 2:
            eid = f.add(c, g, "chat", "chat", text)
            f.add(
                c, f.mins(g, 1, 6), "chat", "chat", W.pick(f.rng, W.MILD_ACK, lang), outbound=True
            )
        else:
            eid = f.add(c, g, "web", "ticket", text, attrs={"page": "/help/contact"})
            f.add(
                c,
                f.mins(g, 20, 60),
                "email",
                "message",
                W.pick(f.rng, W.MILD_ACK, lang),
                outbound=True,
            )
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(g))
    owls = langs(f.rng, 36)
    k = 0
    for night in (1, 2, 3):
        b1 = f.at(night, 0.67, 1.08)
        bursts = [
            b1,
            b1 + timedelta(minutes=f.rng.randint(28, 33)),
            b1 + timedelta(minutes=f.rng.randint(55, 65)),
        ]
        for b in bursts:
            for _ in range(4):
                lang = owls[k]
                k += 1
                c = f.person("night_owl", "night 1, burst 1", lang)
                c.truth["habit"] = f"night {night}, burst {bursts.index(b) + 1}"
                t = f.mins(b, 0, 9)
                if f.rng.random() < 0.5:
                    eid = f.add(c, t, "chat", "chat", W.pick(f.rng, W.NIGHT_Q, lang))
                    a = f.mins(t, 1, 4)
                    f.add(c, a, "chat", "chat", W.pick(f.rng, W.NIGHT_A, lang), outbound=True)
                    f.add(c, f.mins(a, 1, 4), "chat", "chat", W.pick(f.rng, W.THANKS, lang))
                else:
                    eid = f.add(c, t, "social", "post", W.pick(f.rng, W.NIGHT_POST, lang))
                c.truth.update(burst_at=iso(b), night_event_id=eid)
                if k % 2 == 0:
                    f.happy(c, f.at(f.rng.randint(0, 2), 9, 17.5), ["praise", "purchase", "page"])
    return f


PAIRS = [("it", "pt"), ("pt", "it")] * 4 + [
    ("it", "en"),
    ("pt", "en"),
    ("it", "fr"),
    ("pt", "fr"),
    ("it", "de"),
    ("pt", "es"),
    ("en", "it"),
    ("fr", "pt"),
    ("de", "it"),
    ("es", "pt"),
    ("it", "es"),
    ("pt", "de"),
    ("en", "pt"),
    ("fr", "it"),
    ("es", "it"),
    ("de", "pt"),
    ("pt", "en"),
    ("it", "pt"),
    ("pt", "it"),
]
PAIR_MARKET = {"it": "IT", "pt": "PT", "en": "UK", "fr": "FR", "de": "CH", "es": "ES"}


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    pairs = list(PAIRS)
    f.rng.shuffle(pairs)

    def mk(persona: str, habit: str, exp: list[str], tol: list[str]) -> Cust:
        a, b = pairs.pop()
        market = f.rng.choice([PAIR_MARKET[a], PAIR_MARKET[b]])
        c = f.person(
            persona,
            habit,
            a,
            exp,
            tol,
            market=market,
            languages=[a, b],
            job_second_language=f.rng.choice(
                ["partner's language", "grew up abroad", "works across the border", "second home"]
            ),
        )
        c.truth["second"] = b
        return c

    def alt(c: Cust, i: int) -> str:
        return str(c.truth["languages"][i % 2])

    for _ in range(12):
        c = mk("happy", "alternates languages", [], [])
        for i, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = alt(c, i)
            f.happy(c, f.at(d, 7, 20))
        c.lang = c.truth["language"]
    for times in (2, 2, 3, 3, 4):
        c = mk("repeat_contact", "repeats", ["repeat_contact"], REPEAT_T)
        for d in sorted(f.rng.sample([0, 1], f.rng.randint(1, 2))):
            f.happy(c, f.at(d, 8, 18))
        c.lang = c.truth["second"]
        repeat_run(
            f,
            c,
            f.rng.randint(2, 5),
            times,
            times >= 3,
            f.rng.choice(["web", "email", "chat"]),
            f.rng.choice(W.COMPETITORS),
        )
        c.lang = c.truth["language"]
        c.truth["trouble_starts_at"] = iso(ts_of(f, c.truth["problem_event_ids"][0]))
    for _ in range(5):
        c = mk("slow_churner", "slides", ["sentiment_drop"], SLIDE_T)
        for i, d in enumerate(range(6)):
            if i < 5:
                c.lang = alt(c, i)
                f.happy(c, f.at(d, 8, 20), ["praise"])
        c.lang = c.truth["language"]
        f.happy_days(c, f.rng.randint(1, 3), list(range(6)))
        comp = f.rng.choice(W.COMPETITORS)
        ids = slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), comp, partial(alt, c))
        c.truth.update(
            slide_event_ids=ids, competitor=comp, trouble_starts_at=iso(ts_of(f, ids[0]))
        )
    for ch in ("long", "email", "chat"):
        c = mk("happy_one_bad_day", "one bad day", [], ["silence"])
        f.happy_days(c, f.rng.randint(2, 4), [0, 1, 2, 3, 9, 10, 11, 12])
        second = c.truth["second"]
        if ch == "long" and second not in W.LONG_EMAIL:
            c.truth["languages"] = [c.lang, "it"]
            second = "it"
        c.lang = second
        t = f.at(f.rng.randint(5, 7), 9, 19)
        problem = f.rng.choice(W.PROBLEMS)
        eid = complaint(f, c, t, "email" if ch == "long" else ch, problem, ch == "long")
        ref = f.ref()
        case_reply(f, c, t, "chat" if ch == "chat" else "email", ref)
        c.truth.update(
            problem=problem,
            booking=ref,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=second,
            long_email=ch == "long",
            trouble_starts_at=iso(t),
        )
        if ch != "chat":
            f.add(
                c,
                f.morning(f.mins(t, 60, 240), f.rng),
                "email",
                "message",
                W.pick(f.rng, W.GOOD_NEWS, second, ref=ref),
                subject=W.RE[second] + ref,
                outbound=True,
            )
        if ch == "email":
            ap = f.morning(f.mins(t, 18 * 60, 24 * 60), f.rng)
            c.truth.update(
                apologised=True,
                apology_event_id=f.add(c, ap, "chat", "chat", W.pick(f.rng, W.APOLOGY, second)),
            )
        c.lang = c.truth["language"]
    for _ in range(2):
        c = mk("resolved_between_contacts", "fixed", [], ["silence"])
        p = fixed_run(f, c, f.rng.randint(2, 8), "web", c.truth["second"])
        c.truth.update(
            problems=[p], trouble_starts_at=p["raised_at"], confirm_language=c.truth["second"]
        )
    for c in f.customers.values():
        c.truth.pop("second", None)
    return f


def office(f: Fam, day: int) -> datetime:
    t = f.at(day, 8, 17)
    while t.weekday() >= 5:
        t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 50))
    if t.hour >= 17:
        t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 50))
        while t.weekday() >= 5:
            t += timedelta(days=1)
    return t


ACCOUNTS = [
    ("at_risk", "IT", "it", "canteen", "Mensa Felsinea", 5, 3, "invoice"),
    ("at_risk", "PT", "pt", "restaurant", "Tasca do Largo", 4, 3, "service_blocked"),
    ("at_risk", "IT", "it", "school", "Istituto Aldini", 6, 3, "portal"),
    ("at_risk", "PT", "pt", "office", "Ribeira Consultores", 5, 4, "overbilled"),
    ("at_risk", "DE", "de", "hospital", "Klinikum Südpark", 6, 4, "invoice"),
    ("one_unhappy", "IT", "it", "office", "Studio Legale Vinci", 3, 1, "overbilled"),
    ("one_unhappy", "PT", "pt", "hotel", "Hotel Miradouro", 3, 1, "service_blocked"),
    ("one_unhappy", "FR", "fr", "canteen", "Cantine Bellecour", 3, 1, "portal"),
    ("one_unhappy", "UK", "en", "office", "Harbourside Design", 3, 1, "invoice"),
    ("mild", "IT", "it", "restaurant", "Trattoria del Ponte", 4, 0, ""),
    ("mild", "ES", "es", "office", "Estudio Albufera", 4, 0, ""),
    ("mild", "FR", "fr", "school", "Lycée Jean Moulin", 3, 0, ""),
    ("happy", "PT", "pt", "office", "Azulejo Tech", 3, 0, ""),
    ("happy", "UK", "en", "office", "Northgate Lettings", 4, 0, ""),
    ("happy", "IT", "it", "hotel", "Albergo Ai Colli", 3, 0, ""),
]


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        "Cestivo Ufficio accounts: offices, canteens, restaurants",
    )
    comp_i = 0
    for kind, market, lang, site, company, ncontacts, nunhappy, problem in ACCOUNTS:
        acc = unique(lambda m=market: f"CVU-{m}-{f.rng.randint(1000, 9999)}")
        domain = strip_accents(company).lower().replace(" ", "").replace("'", "") + ".example"
        firsts = f.rng.sample(FIRST[lang], ncontacts)
        contacts: list[Cust] = []
        for j in range(ncontacts):
            role = (
                "complainer"
                if j < nunhappy
                else ("suggests" if kind == "mild" and j < 2 else "contact")
            )
            if kind == "at_risk" and role == "complainer":
                exp = ["detractor"] if j < nunhappy - 1 else ["repeat_contact"]
                c = f.person(
                    "b2b_unhappy",
                    role,
                    lang,
                    exp,
                    B2B_T,
                    market=market,
                    account=acc,
                    domain=domain,
                    first=firsts[j],
                )
            elif kind == "one_unhappy" and role == "complainer":
                c = f.person(
                    "b2b_one_unhappy",
                    role,
                    lang,
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    market=market,
                    account=acc,
                    domain=domain,
                    first=firsts[j],
                )
            elif role == "suggests":
                c = f.person(
                    "b2b_mild",
                    role,
                    lang,
                    [],
                    ["silence"],
                    market=market,
                    account=acc,
                    domain=domain,
                    first=firsts[j],
                )
            else:
                c = f.person(
                    "b2b_happy",
                    role,
                    lang,
                    [],
                    [],
                    market=market,
                    account=acc,
                    domain=domain,
                    first=firsts[j],
                )
            c.truth.update(
                company=company,
                role=role,
                job_title=f.rng.choice(
                    [
                        "Office manager",
                        "Head chef",
                        "Facilities lead",
                        "Purchasing",
                        "Admin assistant",
                    ]
                ),
            )
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in sorted(
                    f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 5))
                ):
                    business_act(f, c, d, allow_survey=True)
            else:
                for _ in range(f.rng.randint(0, 2)):
                    business_act(f, c, f.rng.randint(0, 1), allow_survey=False)
        unhappy_keys: list[str] = []
        trouble = None
        if kind == "at_risk":
            ref = f.ref()
            t = office(f, 2)
            trouble = t
            first_name = contacts[0].truth["name"].split(" ")[0]
            for j in range(nunhappy):
                c = contacts[j]
                d = f.rng.choice(B.PROBLEM[problem][lang])
                if j == 0:
                    text = f.rng.choice(B.FIRST[lang]).format(
                        company=company, desc=d, name=c.truth["name"]
                    )
                else:
                    t = t + timedelta(hours=f.rng.randint(8, 28))
                    t = office_shift(f, t)
                    when = (
                        B.WHEN[lang][5]
                        if t.date() == trouble.date()
                        else B.WHEN[lang][trouble.weekday()]
                    )
                    text = f.rng.choice(B.LATER[lang]).format(
                        first=first_name, when=when, ref=ref, desc=d, name=c.truth["name"]
                    )
                eid = f.add(
                    c, t, "email", "message", text, subject=W.COMPLAINT_SUBJECT[lang] + company
                )
                if j == 0:
                    f.add(
                        c,
                        f.mins(t, 20, 90),
                        "email",
                        "message",
                        f.rng.choice(B.ACK[lang]).format(ref=ref, company=company),
                        subject=W.RE[lang] + ref,
                        outbound=True,
                    )
                ids = [eid]
                c.truth.update(
                    problem=problem, same_problem=problem, booking=ref, trouble_starts_at=iso(t)
                )
                if j < nunhappy - 1:
                    v = f.rng.randint(1, 5)
                    c.truth.update(
                        nps=v, survey_event_id=f.survey(c, f.mins(t, 60, 180), "nps", v, None)
                    )
                else:
                    t2 = office_shift(f, t + timedelta(hours=f.rng.randint(18, 40)))
                    if comp_i == 0:
                        comp = W.COMPETITORS[0]
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                f.rng.choice(B.LAST_EMAIL[lang]).format(ref=ref, comp=comp),
                                subject=W.RE[lang] + ref,
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "phone",
                                "call",
                                f.rng.choice(B.LAST_CALL[lang]).format(ref=ref),
                            )
                        )
                    comp_i += 1
                c.truth["complaint_event_ids"] = ids
                unhappy_keys.append(c.key)
        elif kind == "one_unhappy":
            c = contacts[0]
            ref = f.ref()
            t = office(f, f.rng.randint(3, 7))
            d = f.rng.choice(B.PROBLEM[problem][lang])
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f.rng.choice(B.FIRST[lang]).format(company=company, desc=d, name=c.truth["name"]),
                subject=W.COMPLAINT_SUBJECT[lang] + company,
            )
            f.add(
                c,
                f.mins(t, 20, 90),
                "email",
                "message",
                f.rng.choice(B.ACK[lang]).format(ref=ref, company=company),
                subject=W.RE[lang] + ref,
                outbound=True,
            )
            v = f.rng.randint(1, 5)
            c.truth.update(
                problem=problem,
                booking=ref,
                complaint_event_ids=[eid],
                trouble_starts_at=iso(t),
                nps=v,
                survey_event_id=f.survey(c, f.mins(t, 60, 180), "nps", v, None),
            )
            unhappy_keys.append(c.key)
        elif kind == "mild":
            for c in contacts[:2]:
                t = office(f, f.rng.randint(2, 9))
                t = t.replace(hour=min(t.hour, 15))
                eid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.rng.choice(B.SUGGEST[lang]),
                    attrs={"page": "/ufficio/feedback"},
                )
                f.add(
                    c,
                    f.mins(t, 30, 120),
                    "email",
                    "message",
                    f.rng.choice(B.SUGGEST_ACK[lang]),
                    outbound=True,
                )
                c.truth.update(mild_event_id=eid, trouble_starts_at=iso(t))
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": ncontacts,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": iso(trouble) if trouble else None,
            "language": lang,
            "country": market,
        }
    return f


def office_shift(f: Fam, t: datetime) -> datetime:
    if t.hour >= 17:
        t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 50))
    elif t.hour < 8:
        t = t.replace(hour=8, minute=f.rng.randint(0, 50))
    while t.weekday() >= 5:
        t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 50))
    return t


def business_act(f: Fam, c: Cust, day: int, allow_survey: bool) -> None:
    t = f.at(day, 8, 16.5)
    lang = c.lang
    kinds = ["chat", "purchase", "page", "praise"] + (["survey"] if allow_survey else [])
    if not allow_survey:
        kinds = ["chat", "purchase", "page"]
    k = f.rng.choice(kinds)
    if k == "chat":
        f.add(c, t, "chat", "chat", f.rng.choice(B.ROUTINE_Q[lang]))
        a = f.mins(t, 1, 6)
        f.add(c, a, "chat", "chat", f.rng.choice(B.ROUTINE_A[lang]), outbound=True)
        if f.rng.random() < 0.6:
            f.add(c, f.mins(a, 1, 10), "chat", "chat", f.rng.choice(B.THANKS[lang]))
    elif k == "purchase":
        name, price = f.rng.choice(B.PRODUCTS)
        page = f.rng.choice(B.PAGES)
        f.add(c, t, "web", "page_view", None, attrs={"page": page})
        f.purchase(c, f.mins(t, 2, 15), name, price, page)
    elif k == "page":
        f.add(c, t, "web", "page_view", None, attrs={"page": f.rng.choice(B.PAGES)})
    elif k == "praise":
        f.add(c, t, "community", "post", f.rng.choice(B.PRAISE[lang]))
    else:
        kind = f.rng.choice(["nps", "csat", "ces"])
        value = {
            "nps": f.rng.randint(9, 10),
            "csat": f.rng.randint(4, 5),
            "ces": f.rng.randint(6, 7),
        }[kind]
        f.survey(c, t, kind, value, None)


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 9, tzinfo=UTC),
        5,
        "a calm week and one planted spike on Saturday 14 November",
    )
    for lang in langs(f.rng, 40):
        c = f.person("happy", "day writer", lang)
        for d in sorted(f.rng.sample(range(6), f.rng.randint(2, 5))):
            f.happy(c, f.at(d, 12, 19) if d == 5 else f.at(d, 7, 19))
    for lang in ("it", "pt"):
        c = f.person("grumbles_once", "grumbles once", lang, [], ["silence"])
        t = f.at(0, 9, 17)
        eid = f.add(c, t, "chat", "chat", W.pick(f.rng, W.SPIKE_GRUMBLE, lang))
        f.add(c, f.mins(t, 1, 6), "chat", "chat", W.pick(f.rng, W.SLOW_ANSWER, lang), outbound=True)
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(t))
    for lang, hm in (("it", (9, 40)), ("pt", (16, 5))):
        c = f.person("grumbles_once", "lone question", lang, [], ["silence"])
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        eid = f.add(c, t, "chat", "chat", W.pick(f.rng, W.LONE_Q, lang))
        f.add(c, f.mins(t, 1, 6), "chat", "chat", W.pick(f.rng, W.LONE_A, lang), outbound=True)
        c.truth.update(lone_report_event_id=eid, trouble_starts_at=iso(t))
    spike_langs = ["it"] * 6 + ["pt"] * 6 + ["en", "en", "fr", "fr", "de", "de", "es", "es"]
    f.rng.shuffle(spike_langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    base = datetime(2026, 11, 14, 7, 40, tzinfo=UTC)
    offsets = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    reps: list[tuple[Cust, datetime, str]] = []
    event_ids = []
    for i in range(20):
        lang = spike_langs[i]
        regular = i % 5 < 3
        c = f.person(
            "spike_reporter",
            "regular" if regular else "new",
            lang,
            [],
            ["silence"],
            in_spike=True,
            regular=regular,
        )
        if regular:
            f.happy(c, f.at(2, 8, 17.5), ["praise", "purchase", "chat_q", "page", "email_q"])
        t = base + timedelta(minutes=offsets[i], seconds=f.rng.randint(0, 59))
        ch = chans[i]
        text = W.pick(f.rng, W.SPIKE, lang)
        if ch == "social":
            eid = f.add(c, t, "social", "mention", text)
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                f.mins(t, 1, 4),
                "chat",
                "chat",
                W.pick(f.rng, W.SPIKE_ANSWER, lang),
                outbound=True,
            )
        elif ch == "community":
            eid = f.add(c, t, "community", "post", text)
        elif ch == "email":
            eid = f.add(c, t, "email", "message", text, subject="K7Q/03")
        else:
            eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        event_ids.append(eid)
        c.truth.update(spike_event_id=eid, spike_channel=ch, trouble_starts_at=iso(t))
        reps.append((c, t, ch))
    early = [r for r in reps if r[1] <= base + timedelta(minutes=25)]
    repeaters = f.rng.sample(early, 6)
    repeat_ids = []
    for c, t, ch in repeaters:
        c.truth.update(
            persona="spike_repeater",
            expected_rules=["repeat_contact"],
            tolerated_rules=["sentiment_drop", "silence"],
        )
        ch2 = f.rng.choice([x for x in ("email", "chat", "community") if x != ch])
        t2 = f.mins(t, 15, 50)
        text = W.pick(f.rng, W.SPIKE_REPEAT, c.lang)
        if ch2 == "email":
            rid = f.add(c, t2, "email", "message", text, subject="K7Q/03")
        elif ch2 == "chat":
            rid = f.add(c, t2, "chat", "chat", text)
        else:
            rid = f.add(c, t2, "community", "post", text)
        c.truth["repeat_event_id"] = rid
        repeat_ids.append(rid)
    others = [r for r in reps if r not in repeaters]
    for c, _t, _ch in f.rng.sample(others, 6):
        t = datetime(2026, 11, 14, 10, 38, tzinfo=UTC) + timedelta(minutes=f.rng.randint(0, 9))
        credit = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "10 €")
        f.add(
            c,
            t,
            "email",
            "message",
            W.pick(f.rng, W.WORKS_AGAIN, c.lang, credit=credit),
            subject="K7Q/03",
            outbound=True,
        )
        c.truth["agent_fixed"] = True
    times = sorted(r[1] for r in reps)
    f.spike = {
        "topic": "veg-box Saturday morning deliveries: every item of the box substituted by onions, packing slip shows substitution code K7Q/03 on every line",
        "about": "packing-line substitution fault, Saturday 14 November 2026",
        "channel": None,
        "start": iso(times[0]),
        "end": iso(times[-1]),
        "customers": 20,
        "customer_keys": sorted(r[0].key for r in reps),
        "event_ids": event_ids,
        "repeat_event_ids": repeat_ids,
    }
    return f


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
    for build, expected in FAMILIES:
        fam = build()
        jsonl, truth = fam.finish(expected)
        (HERE / f"{fam.name}.jsonl").write_text(jsonl, "utf-8")
        (HERE / f"{fam.name}.truth.json").write_text(truth, "utf-8")


if __name__ == "__main__":
    main()
