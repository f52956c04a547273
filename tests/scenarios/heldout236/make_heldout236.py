# ruff: noqa: E501
"""Build heldout236 (Smaltino): every <family>.jsonl and <family>.truth.json, from wording.py.

Standard library only, fixed seed, one random.Random per family; two runs give the same bytes.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as w  # noqa: E402

SEED = 20261031
END_LIMIT = datetime(2026, 11, 15, tzinfo=UTC)

FIRST: dict[str, list[str]] = {
    "fr": [
        "Camille",
        "Léa",
        "Manon",
        "Chloé",
        "Julie",
        "Sarah",
        "Inès",
        "Élodie",
        "Claire",
        "Aurélie",
        "Margaux",
        "Nadia",
        "Sophie",
        "Lucie",
        "Hugo",
        "Thomas",
    ],
    "en": [
        "Emma",
        "Olivia",
        "Grace",
        "Chloe",
        "Hannah",
        "Aoife",
        "Niamh",
        "Sophie",
        "Lucy",
        "Megan",
        "Jess",
        "Priya",
        "Ruth",
        "Holly",
        "Tom",
        "James",
    ],
    "de": ["Anna", "Lena", "Julia", "Sabine", "Katrin", "Miriam", "Nina", "Jonas"],
    "it": ["Giulia", "Chiara", "Francesca", "Sara", "Martina", "Elena", "Luca"],
    "pt": ["Ana", "Inês", "Mariana", "Beatriz", "Joana", "Sofia", "Rui"],
    "es": ["Lucía", "Marta", "Paula", "Elena", "Carmen", "Laura", "Pablo"],
}
LAST: dict[str, list[str]] = {
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Rousseau",
        "Lambert",
        "Mercier",
        "Peeters",
        "Weber",
    ],
    "en": [
        "Smith",
        "Walsh",
        "Murphy",
        "Taylor",
        "Brown",
        "Kelly",
        "Evans",
        "Hughes",
        "Byrne",
        "Patel",
        "Wright",
        "Clarke",
    ],
    "de": ["Müller", "Schmidt", "Wagner", "Becker", "Hofmann", "Koch", "Huber", "Gruber"],
    "it": ["Rossi", "Bianchi", "Ferrari", "Romano", "Greco", "Conti", "Galli"],
    "pt": ["Silva", "Santos", "Ferreira", "Costa", "Oliveira", "Sousa", "Pereira"],
    "es": ["García", "López", "Martín", "Ruiz", "Navarro", "Torres", "Gil"],
}
MARKETS: dict[str, list[str]] = {
    "fr": ["FR", "FR", "FR", "BE", "CH", "LU"],
    "en": ["UK", "UK", "UK", "IE"],
    "de": ["DE", "DE", "AT", "CH"],
    "it": ["IT", "IT", "CH"],
    "pt": ["PT"],
    "es": ["ES"],
}
PHONE: dict[str, tuple[str, int]] = {
    "FR": ("+33 6", 8),
    "BE": ("+32 47", 7),
    "CH": ("+41 79", 7),
    "LU": ("+352 621", 6),
    "UK": ("+44 7", 9),
    "IE": ("+353 8", 8),
    "DE": ("+49 15", 9),
    "AT": ("+43 664", 7),
    "IT": ("+39 3", 9),
    "PT": ("+351 9", 8),
    "ES": ("+34 6", 8),
}
LANG_WEIGHTS = [("fr", 30), ("en", 30), ("de", 10), ("it", 10), ("pt", 10), ("es", 10)]
SOURCE = {
    "email": "smaltino-mail",
    "phone": "smaltino-voice",
    "social": "smaltino-social",
    "community": "smaltino-forum",
    "chat": "smaltino-chat",
    "web": "smaltino-web",
    "survey": "smaltino-survey",
}
PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]
B2B_PROBLEMS = ["invoice", "service_blocked", "portal", "overbilled"]
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
LEAVE_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return "".join(
        ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
    )


def transcript(text: str) -> str:
    """A phone call as speech-to-text: lower case, no punctuation (case references kept)."""
    refs = re.findall(r"SM-\d{6}", text)
    out = re.sub(r"[.,!?;:()'\"💅😡👏😂]", "", text.replace("\n", " ")).lower()
    for ref in refs:
        out = out.replace(ref.lower(), ref)
    return re.sub(r"\s+", " ", out).strip()


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
    account: str | None
    truth: dict[str, Any]


@dataclass
class Row:
    t: datetime
    seq: int
    eid: str
    channel: str
    kind: str
    direction: str
    cust: Cust
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]


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
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    # ---------------------------------------------------------------- people --
    def lang(self) -> str:
        langs = [lang for lang, _ in LANG_WEIGHTS]
        return self.rng.choices(langs, weights=[wt for _, wt in LANG_WEIGHTS])[0]

    def unique(self, make: Any) -> str:
        for _ in range(1000):
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value
        raise RuntimeError("no unique value")

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        market: str | None = None,
        domain: str | None = None,
        avoid: set[str] | None = None,
    ) -> Cust:
        lg = lang or self.lang()
        mk = market or self.rng.choice(MARKETS[lg])
        rng = self.rng
        first = rng.choice(FIRST[lg])
        last = rng.choice(LAST[lg])
        key = self.unique(lambda: f"SM{self.code}{rng.randrange(1000, 10000)}")
        plain = strip_accents(f"{first}.{last}".lower()).replace(" ", "")
        if domain:
            for _ in range(500):
                first = rng.choice(FIRST[lg])
                last = rng.choice(LAST[lg])
                plain = strip_accents(f"{first}.{last}".lower()).replace(" ", "")
                email = f"{plain}@{domain}"
                if email not in USED and first not in (avoid or set()):
                    break
            USED.add(email)
        else:
            dom = rng.choice(["mailbox", "post", "inbox", "webmail"])
            email = self.unique(lambda: f"{plain}{rng.randrange(1, 99)}@{dom}.example")
        prefix, digits = PHONE[mk]
        phone = self.unique(lambda: prefix + "".join(str(rng.randrange(10)) for _ in range(digits)))
        handle = None
        if account is None:
            stem = plain.replace(".", "_")
            handle = self.unique(lambda: f"@{stem}{rng.randrange(1, 90)}")
        exp = sorted(expected or [])
        tol = sorted(tolerated or [])
        if set(exp) & set(tol):
            raise ValueError("a rule both expected and tolerated")
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": exp,
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lg, mk, first, f"{first} {last}", email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    def case(self) -> str:
        return self.unique(lambda: f"SM-{self.rng.randrange(100000, 1000000)}")

    # ---------------------------------------------------------------- rows --
    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text.startswith(("SM", "NLC")):
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, wd in enumerate(text.split(" "))
                if wd.isalpha() and wd.islower() and len(wd) > 4
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                wd = parts[i]
                j = r.randrange(1, len(wd) - 2)
                parts[i] = wd[:j] + wd[j + 1] + wd[j] + wd[j + 2 :]
                text = " ".join(parts)
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.counter += 1
        eid = f"h236-{self.code.lower()}-{self.counter:05d}"
        if text is not None:
            text = text.format(brand=w.BRAND)
            if direction == "inbound" and channel == "phone":
                text = transcript(text)
            elif direction == "inbound" and channel not in ("survey",):
                text = self.roughen(text)
        if (
            channel == "social"
            and text is not None
            and direction == "inbound"
            and "@" + w.BRAND not in text
        ):
            idx = text.rfind(w.BRAND)
            text = text[:idx] + "@" + text[idx:] if idx >= 0 else f"@{w.BRAND} {text}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        self.rows.append(
            Row(t, self.counter, eid, channel, kind, direction, c, text, subject, scores or {}, a)
        )
        return eid

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def at(self, day: float, h0: float, h1: float) -> datetime:
        hour = h0 + self.rng.random() * (h1 - h0)
        return self.start + timedelta(days=day, hours=hour)

    def mins(self, t: datetime, lo: float, hi: float) -> datetime:
        return t + timedelta(minutes=lo + self.rng.random() * (hi - lo))

    def daytime(self, t: datetime) -> datetime:
        """Moved out of the night: 22:00-07:00 UTC goes to 08:00-09:00 the next morning."""
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        elif t.hour < 7:
            base = t.replace(hour=8, minute=0, second=0)
        else:
            return t
        return base + timedelta(minutes=self.rng.randrange(0, 60))

    # ---------------------------------------------------------------- acts --
    def happy_act(self, c: Cust, t: datetime, kinds: list[str] | None = None) -> None:
        lg = c.lang
        kind = self.rng.choice(
            kinds
            or ["post", "again", "gripe", "chat", "phone", "buy", "review", "survey", "mention"]
        )
        if kind in ("post", "again", "gripe", "mention"):
            table = w.PRAISE["post" if kind == "mention" else kind]
            ch = "social" if kind == "mention" or self.rng.random() < 0.5 else "community"
            self.add(c, t, ch, "mention" if ch == "social" else "post", self.pick(table, lg))
        elif kind == "chat":
            self.add(c, t, "chat", "chat", self.pick(w.QUESTIONS, lg))
            t2 = self.mins(t, 1, 6)
            self.add(
                c,
                t2,
                "chat",
                "chat",
                self.pick(w.ANSWERS, lg),
                direction="outbound",
                attrs={"agent": "support"},
            )
            if self.rng.random() < 0.6:
                self.add(c, self.mins(t2, 1, 4), "chat", "chat", self.pick(w.THANKS, lg))
        elif kind == "phone":
            self.add(c, t, "phone", "call", self.pick(w.PHONE_Q, lg))
            self.add(
                c,
                self.daytime(self.mins(t, 10, 40)),
                "email",
                "message",
                self.pick(w.PHONE_FOLLOW, lg),
                direction="outbound",
                attrs={"agent": "support"},
            )
        elif kind == "buy":
            product, value = self.rng.choice(w.PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": "/book"})
            cur, val = (
                ("GBP", f"{float(value) * 0.86:.2f}")
                if c.market in ("UK",)
                else ("CHF", f"{float(value) * 0.94:.2f}")
                if c.market == "CH"
                else ("EUR", value)
            )
            self.add(
                c,
                self.mins(t, 2, 12),
                "web",
                "purchase",
                attrs={
                    "order_value": val,
                    "currency": cur,
                    "product": product,
                    "page": "/checkout",
                },
            )
        elif kind == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(w.PRAISE["review"], lg),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.survey_happy(c, t)

    def survey_happy(self, c: Cust, t: datetime) -> None:
        which = self.rng.choice(["nps", "csat", "ces"])
        score = {
            "nps": self.rng.choice([9, 10]),
            "csat": self.rng.choice([4, 5]),
            "ces": self.rng.choice([6, 7]),
        }[which]
        word = self.pick(w.PRAISE["survey"], c.lang)
        self.add(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={which: score},
            attrs={"survey": which},
        )

    def happy_days(
        self,
        c: Cust,
        days: list[int],
        h0: float = 7,
        h1: float = 19,
        kinds: list[str] | None = None,
    ) -> None:
        for d in days:
            self.happy_act(c, self.at(d, h0, h1), kinds)

    def fmt(self, text: str, c: Cust, **kw: str) -> str:
        ctx = {
            "brand": "{brand}",
            "first": c.first,
            "name": c.name,
            "case": "",
            "comp": "",
            "core": "",
            "topic": "",
            "other": "",
            "day": "",
            "job": "",
        }
        ctx.update(kw)
        return text.format(**ctx)

    def agent_mail(self, c: Cust, t: datetime, table: dict[str, list[str]], case: str) -> str:
        text = self.fmt(self.pick(table, c.lang), c, case=case)
        subj = self.fmt(self.pick(w.CASE_SUBJECT, c.lang), c, case=case)
        return self.add(
            c,
            self.daytime(t),
            "email",
            "message",
            text,
            direction="outbound",
            subject=subj,
            attrs={"agent": "support"},
        )

    # -------------------------------------------------------------- output --
    def write(self, expected: dict[str, int], end_days: int | None = None) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r.t, r.seq))
        seen: set[str] = set()
        lines: list[str] = []
        for r in self.rows:
            c = r.cust
            full = r.direction == "outbound" or c.key not in seen
            if r.direction == "inbound":
                seen.add(c.key)
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif r.channel == "phone":
                ref["phone"] = c.phone
            elif r.channel in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif r.channel == "email":
                ref["email"] = c.email.upper() if self.rough.random() < 0.08 else c.email
            else:
                ref["customer_id"] = c.key
            if r.t >= END_LIMIT or r.t < self.start:
                raise ValueError(f"{self.name}: touchpoint out of range {r.t}")
            rec = {
                "event_id": r.eid,
                "occurred_at": iso(r.t),
                "channel": r.channel,
                "kind": r.kind,
                "direction": r.direction,
                "customer": ref,
                "text": r.text,
                "subject": r.subject,
                "scores": {
                    "nps": r.scores.get("nps"),
                    "csat": r.scores.get("csat"),
                    "ces": r.scores.get("ces"),
                },
                "source": SOURCE[r.channel],
                "attributes": r.attrs,
            }
            lines.append(json.dumps(rec, ensure_ascii=False))
        for c in self.custs.values():
            if c.key not in seen:
                raise ValueError(f"{c.key} has no inbound touchpoint")
        counted: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        if self.spike:
            counted["topic_spike"] = 1
        if counted != expected:
            raise ValueError(f"{self.name}: expected {expected}, planted {counted}")
        end = self.start + timedelta(days=end_days or self.days)
        last = self.rows[-1].t + timedelta(hours=1)
        end = max(end, last)
        if end >= END_LIMIT:
            raise ValueError("end past the limit")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Smaltino (nail studios and at-home manicure, Smaltino Club membership, Smaltino Pro on account)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-07, blind (heldout236)",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: self.custs[k].truth for k in sorted(self.custs)},
            "accounts": {k: self.accounts[k] for k in sorted(self.accounts)},
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        replies = sum(1 for r in self.rows if r.direction == "outbound")
        return len(self.custs), len(self.rows), replies


def day0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ------------------------------------------------------------------ families --
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        day0(2026, 3, 9),
        10,
        1,
        "happy customers writing by day and by night, and survey answerers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, sorted(f.rng.sample(range(10), f.rng.randint(5, 8))))
    for _ in range(5):
        c = f.person("happy", "night writer")
        nights = sorted(f.rng.sample(range(9), f.rng.randint(2, 4)))
        for d in nights:
            t = f.at(d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "mention", f.pick(w.NIGHT_POST, c.lang))
            else:
                f.add(c, t, "chat", "chat", f.pick(w.NIGHT_CHAT, c.lang))
                t2 = f.mins(t, 2, 6)
                f.add(
                    c,
                    t2,
                    "chat",
                    "chat",
                    f.pick(w.ANSWERS, c.lang),
                    direction="outbound",
                    attrs={"agent": "night support"},
                )
                f.add(c, f.mins(t2, 1, 3), "chat", "chat", f.pick(w.THANKS, c.lang))
        days = [d for d in range(10) if d not in nights and d - 1 not in nights]
        f.happy_days(
            c,
            sorted(f.rng.sample(days, min(len(days), f.rng.randint(2, 3)))),
            9,
            18,
            ["post", "buy", "review", "again"],
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.survey_happy(c, f.at(d, 8, 20))
    return f


def bad_moment(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, long_email: bool
) -> tuple[str, str | None]:
    core = f.pick(w.PROBLEM[problem], c.lang)
    topic = f.pick(w.TOPIC_WORD[problem], c.lang)
    subj = f.fmt(f.pick(w.COMPLAINT_SUBJECT, c.lang), c, topic=topic)
    case = None if channel == "social" else f.case()
    if long_email:
        eid = f.add(
            c,
            t,
            "email",
            "message",
            f.fmt(f.pick(w.LONG_EMAIL, c.lang), c, core=core),
            subject=subj,
        )
    elif channel == "email":
        eid = f.add(
            c,
            t,
            "email",
            "message",
            f.fmt(f.pick(w.ANGRY["email"], c.lang), c, core=core[0].upper() + core[1:]),
            subject=subj,
        )
    elif channel == "chat":
        eid = f.add(c, t, "chat", "chat", f.fmt(f.pick(w.ANGRY["chat"], c.lang), c, core=core))
    elif channel == "social":
        eid = f.add(
            c, t, "social", "mention", f.fmt(f.pick(w.ANGRY["social"], c.lang), c, core=core)
        )
    elif channel == "web":
        eid = f.add(
            c,
            t,
            "web",
            "ticket",
            f.fmt(f.pick(w.ANGRY["web"], c.lang), c, core=core[0].upper() + core[1:]),
            attrs={"page": "/help/contact"},
        )
    else:
        eid = f.add(c, t, "phone", "call", core)
    if case is not None:
        if channel == "chat":
            f.add(
                c,
                f.mins(t, 2, 6),
                "chat",
                "chat",
                f.fmt(f.pick(w.CASE_OPENED, c.lang), c, case=case),
                direction="outbound",
                attrs={"agent": "support"},
            )
        else:
            f.agent_mail(c, f.mins(t, 10, 40), w.CASE_OPENED, case)
    return eid, case


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", day0(2026, 4, 20), 12, 2, "happy customers with one angry moment")
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = PROBLEMS * 4
    f.rng.shuffle(problems)
    with_case: list[tuple[Cust, datetime, str]] = []
    for i, ch in enumerate(channels):
        lang = f.rng.choice(["fr", "en"]) if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang=lang, tolerated=["silence"])
        bad_day = f.rng.randint(2, 9)
        t = f.at(bad_day, 8, 20)
        eid, case = bad_moment(f, c, t, problems[i], "email" if ch == "long" else ch, ch == "long")
        c.truth.update(
            problem=problems[i],
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            booking=case,
            trouble_starts_at=iso(t),
        )
        days = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        f.happy_days(
            c,
            sorted(f.rng.sample(days, min(len(days), f.rng.randint(1, 5)))),
            kinds=["post", "again", "gripe", "chat", "phone", "buy", "review", "mention"],
        )
        if case:
            with_case.append((c, t, case))
    f.rng.shuffle(with_case)
    for j, (c, t, _case) in enumerate(with_case):
        if j < 6:
            nps = f.rng.randint(1, 5)
            eid = f.add(
                c,
                f.mins(t, 100, 140),
                "survey",
                "survey_response",
                f.pick(w.LOW_CSAT, c.lang) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                persona="bad_day_detractor",
                expected_rules=["detractor"],
                nps_given=True,
                nps=nps,
                survey_event_id=eid,
            )
        elif j < 11:
            csat = f.rng.randint(1, 2)
            eid = f.add(
                c,
                f.mins(t, 40, 80),
                "survey",
                "survey_response",
                f.pick(w.LOW_CSAT, c.lang) or None,
                scores={"csat": csat},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, csat=csat, survey_event_id=eid)
    fixed = with_case[:12]
    for j, (c, t, case) in enumerate(fixed):
        gt = f.daytime(f.mins(t, 60, 240))
        f.agent_mail(c, gt, w.GOOD_NEWS, case)
        c.truth["agent_fixed"] = True
        if j % 2 == 0 and j < 10:
            at = f.daytime(f.mins(t, 16 * 60, 24 * 60))
            ch = "chat" if j % 4 == 0 else "email"
            eid = f.add(c, at, ch, "chat" if ch == "chat" else "message", f.pick(w.APOLOGY, c.lang))
            c.truth.update(apologised=True, apology_at=iso(at), apology_event_id=eid)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(
            c,
            sorted(f.rng.sample(range(12), f.rng.randint(4, 7))),
            kinds=["post", "again", "gripe", "chat", "phone", "buy", "review", "mention"],
        )
    return f


LATER_CHANNELS = ["email", "chat", "phone", "web", "social"]


def contact(f: Fam, c: Cust, t: datetime, ch: str, text: str, case: str) -> str:
    kind = {
        "email": "message",
        "chat": "chat",
        "phone": "call",
        "web": "ticket",
        "social": "mention",
    }[ch]
    subj = f.fmt(f.pick(w.CASE_SUBJECT, c.lang), c, case=case) if ch == "email" else None
    attrs = {"page": "/help/contact"} if ch == "web" else None
    eid = f.add(c, t, ch, kind, text, subject=subj, attrs=attrs)
    if ch == "chat":
        f.add(
            c,
            f.mins(t, 2, 6),
            "chat",
            "chat",
            f.fmt(f.pick(w.URGENT, c.lang), c, case=case),
            direction="outbound",
            attrs={"agent": "support"},
        )
    return eid


def repeat_run(f: Fam, c: Cust, t: datetime, times: int, lang2: str | None = None) -> None:
    problem = f.rng.choice(PROBLEMS)
    first_ch = f.rng.choice(["web", "web", "email", "chat", "phone"])
    eid, case = bad_moment(f, c, t, problem, first_ch, False)
    assert case is not None
    if times >= 3:
        f.agent_mail(c, f.mins(t, 90, 150), w.QUALITY_LEAD, case)
    ids = [eid]
    chans = [first_ch]
    comp = f.rng.choice(w.COMPETITORS) if times >= 3 else None
    lt = t
    for k in range(2, times + 1):
        lang = lang2 if lang2 and k % 2 == 0 else c.lang
        lt = f.daytime(lt + timedelta(hours=4 + f.rng.random() * 36))
        ch = f.rng.choice([x for x in LATER_CHANNELS if x not in chans])
        chans.append(ch)
        core = f.pick(w.PROBLEM[problem], lang)
        text = f.fmt(f.pick(w.STILL_OPEN, lang), c, case=case, core=core)
        if k == 3 and comp:
            text += " " + f.fmt(f.pick(w.THIRD_LINE, lang), c, comp=comp)
        if k == 4:
            text += " " + f.pick(w.FOURTH_LINE, lang)
        ids.append(contact(f, c, lt, ch, text, case))
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=times,
        channels=chans,
        problem_event_ids=ids,
        competitor=comp,
        agent_passed_on=times >= 3,
        trouble_starts_at=iso(t),
    )


def fixed_case(
    f: Fam, c: Cust, t: datetime, first_lang: str | None = None, second_lang: str | None = None
) -> dict[str, Any]:
    problem = f.rng.choice(PROBLEMS)
    orig = c.lang
    if first_lang:
        c.lang = first_lang
    ch = f.rng.choice(["web", "email", "chat"]) if not first_lang else "web"
    eid, case = bad_moment(f, c, t, problem, ch, False)
    assert case is not None
    gt = f.daytime(f.mins(t, 3 * 60, 20 * 60))
    f.agent_mail(c, gt, w.GOOD_NEWS, case)
    if second_lang:
        c.lang = second_lang
    ct = f.daytime(f.mins(gt, 8 * 60, 30 * 60))
    cch = f.rng.choice(["email", "chat"])
    text = f.fmt(f.pick(w.CONFIRMED, c.lang), c, case=case)
    subj = f.fmt(f.pick(w.CASE_SUBJECT, c.lang), c, case=case) if cch == "email" else None
    ceid = f.add(c, ct, cch, "message" if cch == "email" else "chat", text, subject=subj)
    c.lang = orig
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(gt),
        "confirmed_at": iso(ct),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        day0(2026, 6, 1),
        10,
        3,
        "problems raised again while still open, fixed cases, frequent writers",
    )
    for times in [2] * 4 + [3] * 4 + [4] * 4:
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        f.happy_days(c, [0], 7, 12, ["post", "chat", "buy", "review"])
        repeat_run(f, c, f.at(f.rng.randint(1, 4), 8, 19), times)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy_days(c, [0], 7, 12, ["post", "chat", "buy"])
        p = fixed_case(f, c, f.at(f.rng.randint(1, 5), 8, 18))
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        d = f.rng.randint(0, 2)
        p1 = fixed_case(f, c, f.at(d, 8, 18))
        p2 = fixed_case(f, c, f.at(d + f.rng.randint(4, 5), 8, 18))
        c.truth.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(
            c,
            sorted(f.rng.sample(range(10), f.rng.randint(5, 8))),
            kinds=["chat", "chat", "phone", "post", "buy"],
        )
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str]) -> list[str]:
    comp = f.rng.choice(w.COMPETITORS)
    ids: list[str] = []
    t = f.at(start_day, 8, 18)
    step_gap = span * 24 / 5
    for k in range(6):
        lang = langs[k % len(langs)]
        text = f.fmt(w.SLIDE[lang][k], c, comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
        if k == 3:
            c.truth["_step4"] = t
        t = f.daytime(t + timedelta(hours=max(1.0, step_gap * (0.7 + 0.6 * f.rng.random()))))
    c.truth.update(slide_event_ids=ids, slide_days=span, competitor=comp)
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        day0(2026, 7, 6),
        32,
        4,
        "sustained slides, leavers, steady, steadily grumpy and sarcastic customers",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = f.person("slow_churner", "slides", expected=["sentiment_drop"], tolerated=SLIDE_TOL)
        days = sorted(f.rng.sample(range(11), 7))
        for d in days[:5]:
            f.happy_act(c, f.at(d, 8, 19), ["post", "again", "mention"])
        for d in days[5:]:
            f.happy_act(c, f.at(d, 8, 19), ["chat", "buy", "review"])
        sd = f.rng.randint(12, 16)
        ids = slide(f, c, sd, spans[i], [c.lang])
        t4: datetime = c.truth.pop("_step4")
        c.truth["trouble_starts_at"] = f.rows[[r.eid for r in f.rows].index(ids[0])].t.strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        )
        if i % 2 == 0:
            nps = f.rng.randint(1, 5)
            eid = f.add(
                c,
                f.daytime(t4 + timedelta(hours=2.5 + f.rng.random())),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                expected_rules=["detractor", "sentiment_drop"],
                nps_given=True,
                nps=nps,
                survey_event_id=eid,
            )
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVE_TOL
        )
        f.happy_days(c, sorted(f.rng.sample(range(14), f.rng.randint(4, 6))))
        t = f.at(f.rng.randint(17, 23), 8, 19)
        eid = f.add(c, t, "email", "message", f.fmt(f.pick(w.LEAVE, c.lang), c), subject="Club")
        f.add(
            c,
            f.daytime(f.mins(t, 60, 300)),
            "email",
            "message",
            f.fmt(f.pick(w.SORRY_GO, c.lang), c),
            direction="outbound",
            subject="Re: Club",
            attrs={"agent": "support"},
        )
        ct = f.daytime(f.mins(t, 20 * 60, 30 * 60))
        ceid = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/club/cancel", "product": "Smaltino Club"},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=ceid,
            churn_at=iso(ct),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, sorted(f.rng.sample(range(30), f.rng.randint(6, 10))))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web", "review"])
            text = f.pick(w.GRUMBLE, c.lang)
            if ch == "review":
                ids.append(
                    f.add(
                        c,
                        f.at(d, 8, 20),
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            elif ch == "web":
                ids.append(
                    f.add(c, f.at(d, 8, 20), "web", "ticket", text, attrs={"page": "/help/contact"})
                )
            else:
                ids.append(
                    f.add(c, f.at(d, 8, 20), ch, "mention" if ch == "social" else "post", text)
                )
            d += f.rng.randint(1, 3)
        c.truth.update(grumble_event_ids=ids)
        c.truth["trouble_starts_at"] = iso(min(r.t for r in f.rows if r.eid in ids))
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, sorted(f.rng.sample(range(16), f.rng.randint(4, 6))))
        eid = f.add(
            c, f.at(f.rng.randint(17, 28), 9, 19), "social", "mention", f.pick(w.SARCASM, c.lang)
        )
        c.truth["sarcasm_event_id"] = eid
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        day0(2026, 8, 28),
        3,
        5,
        "a calm weekend, with night owls in small bursts",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(
            c,
            sorted(f.rng.sample(range(3), f.rng.randint(1, 3))),
            7,
            17.5,
            ["post", "chat", "buy", "review", "again"],
        )
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(f.rng.randint(0, 2), 8, 16)
        f.add(c, t, "web", "page_view", attrs={"page": "/studios"})
        gt = f.mins(t, 20, 30)
        if i < 2:
            eid = f.add(c, gt, "chat", "chat", f.pick(w.MILD, c.lang))
            f.add(
                c,
                f.mins(gt, 2, 6),
                "chat",
                "chat",
                f.pick(w.ANSWERS, c.lang),
                direction="outbound",
                attrs={"agent": "support"},
            )
        else:
            eid = f.add(
                c, gt, "web", "ticket", f.pick(w.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            case = f.case()
            f.agent_mail(c, f.mins(gt, 10, 40), w.CASE_OPENED, case)
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(gt))
    for night in range(3):
        first = f.start + timedelta(days=night + 1, minutes=40 + f.rng.random() * 25)
        starts = [
            first,
            first + timedelta(minutes=f.rng.uniform(28, 33)),
            first + timedelta(minutes=f.rng.uniform(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=f.rng.random() * 10)
                if f.rng.random() < 0.5:
                    eid = f.add(c, t, "social", "mention", f.pick(w.NIGHT_POST, c.lang))
                else:
                    eid = f.add(c, t, "chat", "chat", f.pick(w.NIGHT_CHAT, c.lang))
                    t2 = f.mins(t, 2, 6)
                    f.add(
                        c,
                        t2,
                        "chat",
                        "chat",
                        f.pick(w.ANSWERS, c.lang),
                        direction="outbound",
                        attrs={"agent": "night support"},
                    )
                    f.add(c, f.mins(t2, 1, 3), "chat", "chat", f.pick(w.THANKS, c.lang))
                c.truth.update(burst_at=iso(bs), night_event_id=eid)
                if f.rng.random() < 0.5:
                    d = f.rng.randint(0, 2)
                    f.happy_act(c, f.at(d, 9, 17.5), ["post", "buy", "review"])
    return f


PAIRS = [("fr", "en"), ("en", "fr")] * 3 + [
    ("fr", "de"),
    ("de", "fr"),
    ("en", "es"),
    ("es", "en"),
    ("fr", "it"),
    ("it", "fr"),
    ("en", "pt"),
    ("pt", "fr"),
    ("fr", "es"),
    ("en", "de"),
    ("de", "en"),
    ("it", "en"),
    ("pt", "en"),
    ("es", "fr"),
    ("fr", "pt"),
    ("en", "it"),
    ("fr", "en"),
    ("en", "fr"),
    ("de", "it"),
    ("it", "de"),
    ("es", "pt"),
]
PAIR_MARKET = {
    frozenset({"fr", "en"}): ["BE", "LU", "UK", "FR", "IE", "CH"],
    frozenset({"fr", "de"}): ["CH", "LU", "BE"],
    frozenset({"en", "es"}): ["ES", "UK"],
    frozenset({"fr", "it"}): ["CH", "IT"],
    frozenset({"en", "pt"}): ["PT", "UK"],
    frozenset({"fr", "pt"}): ["LU", "FR"],
    frozenset({"fr", "es"}): ["ES", "FR"],
    frozenset({"en", "de"}): ["DE", "AT"],
    frozenset({"en", "it"}): ["IT"],
    frozenset({"de", "it"}): ["CH"],
    frozenset({"es", "pt"}): ["ES", "PT"],
}


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", day0(2026, 9, 14), 14, 6, "customers writing in two languages")
    pairs = list(PAIRS)
    f.rng.shuffle(pairs)

    def mk(persona: str, habit: str, **kw: Any) -> tuple[Cust, str, str]:
        a, b = pairs.pop()
        c = f.person(
            persona, habit, lang=a, market=f.rng.choice(PAIR_MARKET[frozenset({a, b})]), **kw
        )
        c.truth.update(
            languages=[a, b],
            job_second_language=f.rng.choice(
                [
                    "works across the border",
                    "partner's language",
                    "grew up with both",
                    "studies abroad",
                ]
            ),
        )
        return c, a, b

    for _ in range(12):
        c, a, b = mk("happy", "alternates languages")
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = a if k % 2 == 0 else b
            f.happy_act(c, f.at(d, 8, 19))
        c.lang = a
    for times in [2, 2, 3, 3, 4]:
        c, a, b = mk("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        c.lang = b
        f.happy_days(c, [f.rng.randint(0, 1)], 8, 18, ["post", "chat", "buy"])
        c.lang = a
        repeat_run(f, c, f.at(f.rng.randint(2, 5), 8, 18), times, lang2=b)
    for _ in range(5):
        c, a, b = mk("slow_churner", "slides", expected=["sentiment_drop"], tolerated=SLIDE_TOL)
        days = sorted(f.rng.sample(range(6), 5))
        for k, d in enumerate(days):
            c.lang = a if k % 2 == 0 else b
            f.happy_act(c, f.at(d, 8, 19), ["post", "again", "mention"])
        for d in f.rng.sample(range(6), f.rng.randint(1, 3)):
            f.happy_act(c, f.at(d, 8, 19), ["chat", "buy"])
        c.lang = a
        ids = slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), [a, b])
        c.truth.pop("_step4")
        c.truth["trouble_starts_at"] = iso(next(r.t for r in f.rows if r.eid == ids[0]))
    for k in range(3):
        c, a, b = mk("happy_one_bad_day", "one bad day", tolerated=["silence"])
        f.happy_days(c, sorted(f.rng.sample(range(5), 3)), 8, 18, ["post", "buy", "chat"])
        c.lang = b
        t = f.at(f.rng.randint(7, 10), 9, 18)
        problem = f.rng.choice(PROBLEMS)
        eid, case = bad_moment(f, c, t, problem, "email" if k < 2 else "chat", False)
        assert case is not None
        c.truth.update(
            problem=problem,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=b,
            booking=case,
            trouble_starts_at=iso(t),
        )
        if k < 2:
            f.agent_mail(c, f.mins(t, 90, 200), w.GOOD_NEWS, case)
            c.truth["agent_fixed"] = True
        if k == 1:
            at = f.daytime(f.mins(t, 18 * 60, 24 * 60))
            aeid = f.add(c, at, "chat", "chat", f.pick(w.APOLOGY, c.lang))
            c.truth.update(apologised=True, apology_at=iso(at), apology_event_id=aeid)
        c.lang = a
    for _ in range(2):
        c, a, b = mk("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy_days(c, [f.rng.randint(0, 2)], 8, 18, ["post", "buy"])
        p = fixed_case(f, c, f.at(f.rng.randint(4, 8), 9, 17), first_lang=a, second_lang=b)
        c.truth.update(problems=[p], confirm_language=b, trouble_starts_at=p["raised_at"])
    return f


ACCOUNTS = [
    # kind, site, language, market, contacts, problem, complainers
    ("at_risk", "facilities", "fr", "FR", 5, "portal", 3),
    ("at_risk", "law firm", "en", "UK", 4, "invoice", 3),
    ("at_risk", "bank", "fr", "BE", 6, "service_blocked", 3),
    ("at_risk", "hotel", "en", "IE", 5, "invoice", 4),
    ("at_risk", "insurance", "de", "DE", 6, "overbilled", 4),
    ("one_unhappy", "agency", "fr", "FR", 3, "invoice", 1),
    ("one_unhappy", "retail", "en", "UK", 3, "overbilled", 1),
    ("one_unhappy", "software", "it", "IT", 3, "portal", 1),
    ("one_unhappy", "airline", "pt", "PT", 3, "service_blocked", 1),
    ("mild", "consulting", "fr", "CH", 4, "", 2),
    ("mild", "school", "es", "ES", 3, "", 2),
    ("mild", "university", "en", "UK", 4, "", 2),
    ("happy", "hospital", "fr", "LU", 3, "", 0),
    ("happy", "publisher", "de", "AT", 4, "", 0),
    ("happy", "telecom", "en", "IE", 3, "", 0),
]
COMPANY = [
    "Altura",
    "Brevine",
    "Corvent",
    "Delmare",
    "Estrano",
    "Fiorel",
    "Galvane",
    "Hostera",
    "Ilvento",
    "Jovara",
    "Kestrel",
    "Lunaris",
    "Marlowe",
    "Norvale",
    "Ostrava",
]
JOBS = [
    "HR manager",
    "office manager",
    "finance assistant",
    "people & culture lead",
    "facilities coordinator",
    "accounts payable clerk",
]


def b2b_office(f: Fam, t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randrange(0, 50))
    return t


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", day0(2026, 10, 12), 14, 7, "company accounts of Smaltino Pro")
    for i, (kind, site, lang, market, n, problem, unhappy) in enumerate(ACCOUNTS):
        acc = f.unique(lambda market=market: f"SMP-{market}-{f.rng.randrange(1000, 10000)}")
        company = COMPANY[i]
        domain = f"{company.lower()}-{site.replace(' ', '')}.example"
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for k in range(n):
            c = f.person(
                "b2b_happy",
                "contact",
                lang=lang,
                account=acc,
                market=market,
                domain=domain,
                avoid=firsts,
            )
            firsts.add(c.first)
            job = JOBS[k % len(JOBS)]
            c.truth.update(company=company, role="contact", job_title=job, job=job, town=None)
            contacts.append(c)
        unhappy_keys: list[str] = []
        acc_exp: list[str] = []
        trouble = None
        case = f.case() if problem else ""
        if kind == "at_risk":
            acc_exp = ["account_risk"]
            core = w.B2B_PROBLEM[problem][lang][0]
            t = f.start + timedelta(days=2, hours=8 + f.rng.random() * 3)
            trouble = iso(t)
            comp = f.rng.choice(w.COMPETITORS)
            for k in range(unhappy):
                c = contacts[k]
                last = k == unhappy - 1
                c.truth.update(
                    persona="b2b_unhappy",
                    habit="complainer",
                    role="complainer",
                    expected_rules=["repeat_contact"] if last else ["detractor"],
                    tolerated_rules=sorted(set(B2B_RISK_TOL)),
                    problem=problem,
                    booking=case,
                    trouble_starts_at=iso(t),
                )
                if k == 0:
                    text = f.fmt(
                        w.B2B_FIRST[lang][0], c, core=core[0].upper() + core[1:], job=c.truth["job"]
                    )
                else:
                    dayword = (
                        w.WEEKDAY[lang][5]
                        if t.date() == (f.start + timedelta(days=2)).date() and k == 1
                        else w.WEEKDAY[lang][2]
                    )
                    text = f.fmt(
                        w.B2B_LATER[lang][0],
                        c,
                        other=contacts[0].first,
                        day=dayword,
                        case=case,
                        core=core,
                    )
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=f.fmt(w.COMPLAINT_SUBJECT[lang][0], c, topic=problem.replace("_", " ")),
                )
                ids = [eid]
                if k == 0:
                    f.add(
                        c,
                        f.mins(t, 20, 60),
                        "email",
                        "message",
                        f.fmt(w.B2B_ACK[lang][0], c, case=case),
                        direction="outbound",
                        subject=f.fmt(w.CASE_SUBJECT[lang][0], c, case=case),
                        attrs={"agent": "pro desk"},
                    )
                if not last:
                    nps = f.rng.randint(1, 5)
                    seid = f.add(
                        c,
                        b2b_office(f, f.mins(t, 60, 180)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(nps_given=True, nps=nps, survey_event_id=seid)
                else:
                    lt = b2b_office(f, t + timedelta(hours=18 + f.rng.random() * 22))
                    if i == 0:
                        ids.append(
                            f.add(
                                c,
                                lt,
                                "email",
                                "message",
                                f.fmt(w.B2B_LAST_EMAIL[lang][0], c, case=case, comp=comp),
                                subject=f.fmt(w.CASE_SUBJECT[lang][0], c, case=case),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(
                                c,
                                lt,
                                "phone",
                                "call",
                                f.fmt(w.B2B_LAST_CALL[lang][0], c, case=case),
                            )
                        )
                c.truth["complaint_event_ids"] = ids
                unhappy_keys.append(c.key)
                t = b2b_office(f, t + timedelta(hours=8 + f.rng.random() * 20))
        elif kind == "one_unhappy":
            c = contacts[0]
            t = b2b_office(f, f.at(f.rng.randint(3, 7), 8, 16))
            core = w.B2B_PROBLEM[problem][lang][0]
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f.fmt(w.B2B_FIRST[lang][0], c, core=core[0].upper() + core[1:], job=c.truth["job"]),
                subject=f.fmt(w.COMPLAINT_SUBJECT[lang][0], c, topic=problem.replace("_", " ")),
            )
            f.add(
                c,
                f.mins(t, 20, 60),
                "email",
                "message",
                f.fmt(w.B2B_ACK[lang][0], c, case=case),
                direction="outbound",
                subject=f.fmt(w.CASE_SUBJECT[lang][0], c, case=case),
                attrs={"agent": "pro desk"},
            )
            nps = f.rng.randint(1, 5)
            seid = f.add(
                c,
                b2b_office(f, f.mins(t, 60, 180)),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                persona="b2b_one_unhappy",
                habit="complainer",
                role="complainer",
                expected_rules=["detractor"],
                tolerated_rules=["high_value_at_risk", "sentiment_drop", "silence"],
                problem=problem,
                booking=case,
                complaint_event_ids=[eid],
                nps_given=True,
                nps=nps,
                survey_event_id=seid,
                trouble_starts_at=iso(t),
            )
            unhappy_keys.append(c.key)
        elif kind == "mild":
            for k in range(unhappy):
                c = contacts[k]
                t = b2b_office(f, f.at(f.rng.randint(2, 9), 8, 16))
                eid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    w.B2B_SUGGEST[lang][k % len(w.B2B_SUGGEST[lang])],
                    attrs={"page": "/pro/feedback"},
                )
                ref = f.case()
                f.add(
                    c,
                    f.mins(t, 30, 90),
                    "email",
                    "message",
                    f.fmt(w.B2B_ACK[lang][0], c, case=ref),
                    direction="outbound",
                    attrs={"agent": "pro desk"},
                )
                c.truth.update(
                    persona="b2b_mild",
                    habit="suggests",
                    role="suggests",
                    tolerated_rules=["silence"],
                    mild_event_id=eid,
                    trouble_starts_at=iso(t),
                )
        for c in contacts:
            if c.truth["persona"] == "b2b_happy":
                for d in sorted(
                    f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4))
                ):
                    b2b_routine(f, c, f.at(d, 8, 16.5), happy=True)
            else:
                for _ in range(f.rng.randint(0, 2)):
                    b2b_routine(f, c, f.at(f.rng.randint(0, 1), 8, 16.5), happy=False)
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": acc_exp,
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }
    return f


def b2b_routine(f: Fam, c: Cust, t: datetime, happy: bool) -> None:
    lang = c.lang
    kind = f.rng.choice(
        ["chat", "buy", "view", "praise", "survey"] if happy else ["chat", "buy", "view"]
    )
    if kind == "chat":
        f.add(c, t, "chat", "chat", w.B2B_Q[lang][0])
        t2 = f.mins(t, 1, 6)
        f.add(
            c,
            t2,
            "chat",
            "chat",
            f.pick(w.ANSWERS, lang),
            direction="outbound",
            attrs={"agent": "pro desk"},
        )
        if f.rng.random() < 0.6:
            f.add(c, f.mins(t2, 1, 4), "chat", "chat", f.pick(w.THANKS, lang))
    elif kind == "buy":
        f.add(c, t, "web", "page_view", attrs={"page": "/pro/wellness-days"})
        f.add(
            c,
            f.mins(t, 3, 15),
            "web",
            "purchase",
            attrs={
                "order_value": "890.00",
                "currency": "GBP" if c.market == "UK" else "CHF" if c.market == "CH" else "EUR",
                "product": "Office wellness day / Journée bien-être",
                "page": "/pro/checkout",
            },
        )
    elif kind == "view":
        f.add(c, t, "web", "page_view", attrs={"page": "/pro/portal"})
    elif kind == "praise":
        f.add(c, t, "community", "post", w.B2B_PRAISE[lang][0])
    else:
        f.survey_happy(c, t)


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", day0(2026, 10, 26), 7, 8, "a calm week and one planted incident")
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            f.happy_act(c, f.at(d, 12, 19) if d == 5 else f.at(d, 7, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, 9, 16)
        eid = f.add(c, t, "chat", "chat", f.pick(w.GRUMBLE, c.lang))
        f.add(
            c,
            f.mins(t, 2, 6),
            "chat",
            "chat",
            f.pick(w.ANSWERS, c.lang),
            direction="outbound",
            attrs={"agent": "support"},
        )
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(t))
    for lang, hour in (("fr", 9.66), ("de", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = f.start + timedelta(days=4, hours=hour)
        eid = f.add(c, t, "chat", "chat", w.LONE_Q[lang][0])
        f.add(
            c,
            f.mins(t, 2, 5),
            "chat",
            "chat",
            w.LONE_A[lang][0],
            direction="outbound",
            attrs={"agent": "support"},
        )
        c.truth.update(lone_report_event_id=eid, trouble_starts_at=iso(t))
    langs = ["fr"] * 6 + ["en"] * 6 + ["de", "de", "it", "it", "pt", "es", "es", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    s0 = datetime(2026, 10, 31, 9, 5, tzinfo=UTC)
    offsets = sorted([0, 45] + [f.rng.uniform(1, 44) for _ in range(18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    fixed_n = 0
    for i, (lang, ch, off) in enumerate(zip(langs, chans, offsets, strict=True)):
        regular = i % 5 < 3
        c = f.person(
            "spike_reporter", "regular" if regular else "new", lang=lang, tolerated=["silence"]
        )
        if regular:
            f.happy_act(c, f.at(2, 8, 17.5), ["post", "buy", "chat", "review"])
        t = s0 + timedelta(minutes=off)
        text = f.pick(w.SPIKE_REPORT, lang)
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
            subject="App" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                f.mins(t, 1, 4),
                "chat",
                "chat",
                w.SPIKE_CHAT_ANSWER[lang][0],
                direction="outbound",
                attrs={"agent": "support"},
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        if len(reps) < 6 and off <= 30 and i % 2 == 0:
            ch2 = {
                "social": "chat",
                "chat": "email",
                "community": "chat",
                "email": "community",
                "web": "email",
            }[ch]
            t2 = f.mins(t, 10, 60)
            k2 = {"chat": "chat", "email": "message", "community": "post"}[ch2]
            reid = f.add(
                c, t2, ch2, k2, w.SPIKE_AGAIN[lang][0], subject="App" if ch2 == "email" else None
            )
            reps.append(reid)
            c.truth.update(
                persona="spike_repeater",
                expected_rules=["repeat_contact"],
                tolerated_rules=["sentiment_drop", "silence"],
                repeat_event_id=reid,
            )
        elif fixed_n < 6 and ch in ("email", "web", "chat", "community"):
            fixed_n += 1
            ft = datetime(2026, 10, 31, 11, 48, tzinfo=UTC) + timedelta(minutes=f.rng.uniform(0, 9))
            f.add(
                c,
                ft,
                "email",
                "message",
                f.fmt(w.SPIKE_FIXED[lang][0], c),
                direction="outbound",
                subject="App",
                attrs={"agent": "support"},
            )
            c.truth["agent_fixed"] = True
    if len(reps) != 6:
        raise ValueError(f"spike repeats: {len(reps)}")
    f.spike = {
        "topic": "nail-studio app sends false appointment-cancellation notices; the rebook link fails with an error code",
        "about": "the planted incident of heldout236 (see README)",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


FAMILIES: list[tuple[Any, dict[str, int]]] = [
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
    total = [0, 0, 0]
    for build, expected in FAMILIES:
        fam = build()
        counts = fam.write(expected)
        print(fam.name, *counts)
        total = [a + b for a, b in zip(total, counts, strict=True)]
    print("total", *total)


if __name__ == "__main__":
    main()
