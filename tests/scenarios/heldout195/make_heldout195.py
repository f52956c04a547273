# ruff: noqa: E501
"""Build heldout195/ (Suolava, shoe and leather repair): report only, never tune on it.

Standard library only; fixed seed, one random.Random per family; two runs give the
same bytes. Run as `python make_heldout195.py` from anywhere.
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

import wording as w  # noqa: E402

SEED = 20261206
BRAND = "Suolava"
COMPS = ("Tacchetto", "Calzoria")
CODE = "ORD-C582"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)

FIRST = {
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Matteo",
        "Sara",
        "Davide",
        "Elena",
        "Paolo",
        "Martina",
        "Simone",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Pablo",
        "Carmen",
        "Sergio",
        "Elena",
        "Álvaro",
        "Irene",
        "Diego",
        "Nuria",
        "Raúl",
    ],
    "en": ["Emma", "Oliver", "Sophie", "Jack", "Chloe", "Harry", "Aoife", "Liam"],
    "fr": ["Camille", "Julien", "Léa", "Thomas", "Manon", "Hugo", "Chloé", "Nicolas"],
    "de": ["Anna", "Jonas", "Lena", "Felix", "Laura", "Lukas", "Marie", "Tobias"],
    "pt": ["Inês", "João", "Beatriz", "Tiago", "Mariana", "Rui", "Catarina", "Pedro"],
}
LAST = {
    "it": [
        "Rossi",
        "Bianchi",
        "Ferrari",
        "Esposito",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
    ],
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Ruiz",
        "Díaz",
        "Moreno",
        "Álvarez",
        "Romero",
        "Navarro",
    ],
    "en": ["Smith", "Jones", "Taylor", "Brown", "Walsh", "Murphy", "Evans", "Wilson"],
    "fr": ["Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent", "Simon"],
    "de": ["Müller", "Schmidt", "Weber", "Fischer", "Wagner", "Becker", "Hoffmann", "Koch"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Costa", "Oliveira", "Martins", "Sousa"],
}
MARKETS = {
    "it": ["IT", "IT", "IT", "CH"],
    "es": ["ES"],
    "en": ["UK", "UK", "IE"],
    "fr": ["FR", "FR", "BE"],
    "de": ["DE", "DE", "AT", "CH"],
    "pt": ["PT"],
}
PHONE = {
    "IT": ("+39 3", 9),
    "ES": ("+34 6", 8),
    "UK": ("+44 7", 9),
    "IE": ("+353 8", 8),
    "FR": ("+33 6", 8),
    "BE": ("+32 4", 8),
    "DE": ("+49 15", 9),
    "AT": ("+43 6", 9),
    "CH": ("+41 7", 8),
    "PT": ("+351 9", 8),
}
LANG_W = (("it", 30), ("es", 30), ("en", 10), ("fr", 10), ("de", 10), ("pt", 10))
SOURCE = {
    "email": "suolava-mail",
    "phone": "suolava-voice",
    "social": "suolava-social",
    "community": "suolava-forum",
    "chat": "suolava-chat",
    "web": "suolava-web",
    "survey": "suolava-survey",
}
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

USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    out = []
    for ch in s:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in d if unicodedata.category(c) != "Mn"))
    return "".join(out)


def unique(rng: random.Random, make: str, digits: int) -> str:
    while True:
        v = make + "".join(str(rng.randrange(10)) for _ in range(digits))
        if v not in USED:
            USED.add(v)
            return v


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
    lang2: str = ""


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    n: int
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_W], [p for _, p in LANG_W])[0]

    def cust(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        lg = lang or self.lang()
        mk = market or self.rng.choice(MARKETS[lg])
        first, last = self.rng.choice(FIRST[lg]), self.rng.choice(LAST[lg])
        key = unique(self.rng, "SV" + self.code, 4)
        base = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        email = (
            unique(self.rng, f"{base}", 2)
            + "@"
            + (
                domain
                or self.rng.choice(
                    ["posta.example", "correo.example", "mail.example", "web.example"]
                )
            )
        )
        pre, nd = PHONE[mk]
        phone = unique(self.rng, pre, nd)
        handle = (
            None if account else "@" + unique(self.rng, strip_accents(f"{last}_{first}").lower(), 2)
        )
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lg, mk, first, email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 1 / 10:
            text = strip_accents(text)
        if r.random() < 1 / 8 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, x in enumerate(text.split(" "))
                if x.isalpha() and x.islower() and len(x) > 4
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
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        if not (self.start <= t < LIMIT):
            raise SystemExit(f"{self.name}: time out of range {t}")
        self.counter += 1
        eid = f"h195-{self.code.lower()}-{self.counter:05d}"
        if text is not None:
            text = text.replace("{b}", BRAND)
            if "{" in text or "}" in text:
                raise SystemExit(f"placeholder left: {text}")
            if (
                not out
                and channel not in ("phone", "survey")
                and kind not in ("purchase", "page_view")
            ):
                text = self.roughen(text)
            if channel == "social" and not out and not c.account and "@" + BRAND not in text:
                text = text.replace(BRAND, "@" + BRAND) if BRAND in text else f"@{BRAND} {text}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Sofia", "Andrea", "Noemi", "Iker", "Ruth", "Bruno"])
        a.update(attrs or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "customer": {},
                "text": text or None,
                "subject": subject,
                "scores": scores or {"nps": None, "csat": None, "ces": None},
                "source": SOURCE[channel],
                "attributes": a,
                "_c": c.key,
                "_t": t,
            }
        )
        return eid

    # ------------------------------------------------------------ acts --
    def pick(self, table: dict[str, list[str]], c: Cust, lang: str | None = None) -> str:
        return self.rng.choice(table[lang or c.lang])

    def happy(self, c: Cust, t: datetime, lang: str | None = None, surveys: bool = True) -> None:
        lg = lang or c.lang
        kinds = ["praise", "again", "gripe", "question", "purchase", "view", "review", "call"]
        if surveys:
            kinds.append("survey")
        k = self.rng.choice(kinds)
        if k in ("praise", "again"):
            ch = self.rng.choice(["social", "community"])
            self.add(c, t, ch, "post" if ch == "community" else "mention", self.pick(w.W[k], c, lg))
        elif k in ("gripe", "review"):
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(w.W["gripe_praise" if k == "gripe" else "review"], c, lg),
                attrs={"rating": "4" if k == "gripe" else "5", "page": "/reviews"},
            )
        elif k == "question":
            ch = self.rng.choice(["chat", "email"])
            self.add(
                c, t, ch, "chat" if ch == "chat" else "message", self.pick(w.W["question"], c, lg)
            )
            t2 = t + timedelta(
                minutes=self.rng.randint(2, 6) if ch == "chat" else self.rng.randint(30, 120)
            )
            self.add(
                c,
                t2,
                ch,
                "chat" if ch == "chat" else "message",
                self.pick(w.W["answer"], c, lg),
                out=True,
            )
            if self.rng.random() < 0.6:
                self.add(
                    c,
                    t2 + timedelta(minutes=self.rng.randint(1, 20)),
                    ch,
                    "chat" if ch == "chat" else "message",
                    self.pick(w.W["thanks"], c, lg),
                )
        elif k == "purchase":
            item = self.rng.choice(w.ITEMS)
            self.add(c, t, "web", "page_view", attrs={"page": "/services"})
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(3, 15)),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{self.rng.randint(18, 95)}.00",
                    "currency": "GBP"
                    if c.market in ("UK",)
                    else ("CHF" if c.market == "CH" else "EUR"),
                    "product": item,
                    "page": "/checkout",
                },
            )
        elif k == "view":
            self.add(
                c,
                t,
                "web",
                "page_view",
                attrs={"page": self.rng.choice(["/services", "/lockers", "/club", "/track"])},
            )
        elif k == "call":
            self.add(
                c,
                t,
                "phone",
                "call",
                strip_accents(self.pick(w.W["question"], c, lg))
                .lower()
                .replace("?", "")
                .replace(",", ""),
            )
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(20, 60)),
                "email",
                "message",
                self.pick(w.W["answer"], c, lg),
                out=True,
            )
        else:
            s = self.rng.choice(
                [
                    {"nps": self.rng.randint(9, 10)},
                    {"csat": self.rng.randint(4, 5)},
                    {"ces": self.rng.randint(6, 7)},
                ]
            )
            full: dict[str, int | None] = {k2: s.get(k2) for k2 in ("nps", "csat", "ces")}
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                self.pick(w.W["survey_word"], c, lg),
                scores=full,
                attrs={"survey": next(iter(s))},
            )

    def days_acts(
        self,
        c: Cust,
        n: int,
        d0: int,
        d1: int,
        h0: float = 7.0,
        h1: float = 19.0,
        lang: str | None = None,
        surveys: bool = True,
    ) -> None:
        days = self.rng.sample(range(d0, d1 + 1), min(n, d1 - d0 + 1))
        for d in sorted(days):
            self.happy(c, self.at(d, self.rng.uniform(h0, h1)), lang, surveys)

    def case(self) -> str:
        return unique(self.rng, "SV-", 6)

    def tol(self, c: Cust, rules: list[str], expected: list[str] | None = None) -> None:
        c.truth["tolerated_rules"] = sorted(rules)
        c.truth["expected_rules"] = sorted(expected or [])

    # --------------------------------------------------------- finish --
    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r["_t"], r["event_id"]))
        first: set[str] = set()
        for r in self.rows:
            c = self.custs[r["_c"]]
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            ch = r["channel"]
            if r["direction"] == "outbound" or (r["direction"] == "inbound" and c.key not in first):
                ref = full
                if r["direction"] == "inbound":
                    first.add(c.key)
            elif ch == "phone":
                ref = {"phone": c.phone}
            elif ch in ("social", "community"):
                ref = {"handle": c.handle} if c.handle else {"email": c.email}
            elif ch == "email":
                ref = {"email": c.email.upper() if self.rough.random() < 1 / 12 else c.email}
            else:
                ref = {"customer_id": c.key}
            ref = {k: ref.get(k) for k in ("customer_id", "email", "phone", "handle")} | {
                "account_id": c.account
            }
            r["customer"] = ref
        for k in self.custs:
            if k not in first:
                raise SystemExit(f"{self.name}: {k} has no inbound touchpoint")
        got: dict[str, int] = {}
        for c in self.custs.values():
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{c.key} expects and tolerates")
            for rule in c.truth["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        if got != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {got}")
        last = self.rows[-1]["_t"] + timedelta(hours=1)
        end = max(self.start + timedelta(days=self.days), last)
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end {end}")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": f"{BRAND}: shoe and leather repair by post and lockers",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-06",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as fh:
            for r in self.rows:
                row = {k: v for k, v in r.items() if not k.startswith("_")}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def night(f: Fam, t: datetime) -> datetime:
    """Moved out of 22:00-07:00 UTC to 08:00-09:00 the next morning."""
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour < 7 else t + timedelta(days=1)
        return base.replace(hour=8, minute=f.rng.randint(0, 59))
    return t


def office(f: Fam, t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        t = (
            (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 50))
            if t.hour >= 8 or t.weekday() >= 5
            else t.replace(hour=8, minute=f.rng.randint(0, 50))
        )
    return t


def topic(c: Cust, problem: str, lang: str | None = None) -> str:
    return w.TOPIC[problem][lang or c.lang]


def bad_moment(
    f: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    channel: str,
    long_mail: bool = False,
    lang: str | None = None,
) -> tuple[str, str | None]:
    """One angry message; returns (event id, case or None)."""
    lg = lang or c.lang
    subj = f"{w.SUBJ_COMPLAINT[lg]}: {topic(c, problem, lg)}"
    case = None if channel == "social" else f.case()
    if long_mail:
        eid = f.add(
            c,
            t,
            "email",
            "message",
            w.LONG_EMAIL[lg].format(topic=topic(c, problem, lg), name=c.name, b=BRAND),
            subject=subj,
        )
    elif channel == "phone":
        eid = f.add(c, t, "phone", "call", w.CALL[lg].format(topic=topic(c, problem, lg)))
    elif channel == "social":
        eid = f.add(c, t, "social", "mention", f.rng.choice(w.COMPLAINT[problem][lg]))
    elif channel == "web":
        eid = f.add(
            c,
            t,
            "web",
            "ticket",
            f.rng.choice(w.COMPLAINT[problem][lg]),
            subject=subj,
            attrs={"page": "/help/form"},
        )
    elif channel == "chat":
        eid = f.add(c, t, "chat", "chat", f.rng.choice(w.COMPLAINT[problem][lg]))
    else:
        eid = f.add(c, t, "email", "message", f.rng.choice(w.COMPLAINT[problem][lg]), subject=subj)
    if case:
        if channel == "chat":
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(2, 6)),
                "chat",
                "chat",
                w.CASE_OPENED[lg].format(name=c.name, case=case),
                out=True,
            )
        else:
            f.add(
                c,
                night(f, t + timedelta(minutes=f.rng.randint(10, 40))),
                "email",
                "message",
                w.CASE_OPENED[lg].format(name=c.name, case=case),
                out=True,
                subject=f"{w.SUBJ_CASE[lg]} {case}",
            )
    return eid, case


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        datetime(2026, 3, 2, tzinfo=UTC),
        10,
        "people who only write happily",
        1,
    )
    for _ in range(16):
        c = f.cust("happy", "day writer")
        f.days_acts(c, f.rng.randint(5, 8), 0, 9)
    for _ in range(5):
        c = f.cust("happy", "night writer")
        for d in sorted(f.rng.sample(range(0, 9), f.rng.randint(2, 4))):
            t = f.at(d, f.rng.uniform(22.2, 28.5))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "mention", f.pick(w.W["night_post"], c))
            else:
                f.add(c, t, "chat", "chat", f.pick(w.W["night_q"], c))
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(2, 6)),
                    "chat",
                    "chat",
                    f.pick(w.W["night_a"], c),
                    out=True,
                )
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(7, 12)),
                    "chat",
                    "chat",
                    f.pick(w.W["thanks"], c),
                )
        f.days_acts(c, f.rng.randint(2, 3), 0, 9, 9, 18, surveys=False)
    for _ in range(5):
        c = f.cust("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            s = f.rng.choice(
                [
                    {"nps": f.rng.randint(9, 10), "csat": None, "ces": None},
                    {"nps": None, "csat": f.rng.randint(4, 5), "ces": None},
                    {"nps": None, "csat": None, "ces": f.rng.randint(6, 7)},
                ]
            )
            f.add(
                c,
                f.at(d, f.rng.uniform(8, 20)),
                "survey",
                "survey_response",
                f.pick(w.W["survey_word"], c),
                scores=s,
                attrs={"survey": next(k for k, v in s.items() if v)},
            )
    f.write({})
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        datetime(2026, 3, 30, tzinfo=UTC),
        12,
        "happy customers with one bad day",
        2,
    )
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = [p for p in w.PROBLEMS for _ in range(4)]
    f.rng.shuffle(probs)
    with_case = []
    for i, ch in enumerate(chans):
        lang = ("it" if i < 2 else "es") if ch == "long" else None
        c = f.cust("happy_one_bad_day", "one bad day", lang=lang)
        d = f.rng.randint(2, 9)
        t = f.at(d, f.rng.uniform(8, 20))
        before = [x for x in range(0, 12) if x <= d - 2 or x >= d + 3]
        for x in sorted(f.rng.sample(before, min(len(before), f.rng.randint(1, 5)))):
            f.happy(c, f.at(x, f.rng.uniform(7, 19)), surveys=False)
        eid, case = bad_moment(
            f, c, t, probs[i], "email" if ch == "long" else ch, long_mail=ch == "long"
        )
        c.truth.update(
            {
                "problem": probs[i],
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "booking": case,
                "long_email": ch == "long",
                "channel": "email" if ch == "long" else ch,
                "trouble_starts_at": iso(t),
            }
        )
        f.tol(c, ["silence"])
        if case:
            with_case.append((c, t, case))
    f.rng.shuffle(with_case)
    for j, (c, t, case) in enumerate(with_case):
        if j < 6:
            nps = f.rng.randint(1, 5)
            e = f.add(
                c,
                night(f, t + timedelta(minutes=f.rng.randint(100, 140))),
                "survey",
                "survey_response",
                f.pick(w.W["low_word"], c),
                scores={"nps": nps, "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "bad_day_detractor",
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": e,
                }
            )
            f.tol(c, ["silence"], ["detractor"])
        elif j < 11:
            cs = f.rng.randint(1, 2)
            e = f.add(
                c,
                night(f, t + timedelta(minutes=f.rng.randint(40, 80))),
                "survey",
                "survey_response",
                f.pick(w.W["low_word"], c),
                scores={"nps": None, "csat": cs, "ces": None},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": cs, "survey_event_id": e})
        if j % 2 == 0 or j < 2:
            tg = night(f, t + timedelta(hours=f.rng.uniform(1, 4)))
            f.add(
                c,
                tg,
                "email",
                "message",
                w.GOOD_NEWS[c.lang].format(name=c.name, case=case),
                out=True,
                subject=f"{w.SUBJ_CASE[c.lang]} {case}",
            )
            c.truth["agent_fixed"] = True
            if j % 4 == 0 and j < 20:
                ta = night(f, t + timedelta(hours=f.rng.uniform(16, 24)))
                ch = f.rng.choice(["chat", "email"])
                e = f.add(c, ta, ch, "chat" if ch == "chat" else "message", f.pick(w.APOLOGY, c))
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": e})
    for _ in range(8):
        c = f.cust("happy", "control")
        f.days_acts(c, f.rng.randint(4, 7), 0, 11)
    f.write({"detractor": 6})
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    t0: datetime,
    problem: str,
    times: int,
    first_ch: str,
    langs: list[str] | None = None,
) -> None:
    lg0 = langs[0] if langs else c.lang
    eid, case = bad_moment(f, c, t0, problem, first_ch, lang=lg0)
    assert case
    ids = [eid]
    used = {first_ch}
    t = t0
    comp = f.rng.choice(COMPS)
    if times >= 3:
        f.add(
            c,
            night(f, t0 + timedelta(hours=f.rng.uniform(1.5, 2.5))),
            "email",
            "message",
            w.PASSED_ON[lg0].format(name=c.name, case=case),
            out=True,
            subject=f"{w.SUBJ_CASE[lg0]} {case}",
        )
    for k in range(2, times + 1):
        lg = langs[(k - 1) % len(langs)] if langs else c.lang
        t = night(f, t + timedelta(hours=f.rng.uniform(4, 40)))
        ch = f.rng.choice([x for x in ("email", "chat", "phone", "web", "social") if x not in used])
        used.add(ch)
        if ch == "phone":
            text = w.CALL[lg].format(topic=topic(c, problem, lg)) + f" {case}"
        else:
            text = f.rng.choice(w.STILL_OPEN[lg]).format(
                case=case, topic=topic(c, problem, lg).capitalize()
            )
            if k == 3:
                text += " " + w.THIRD[lg].format(comp=comp)
            if k == 4:
                text += " " + w.FOURTH[lg]
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        ids.append(
            f.add(
                c,
                t,
                ch,
                kind,
                text,
                subject=f"{w.SUBJ_CASE[lg]} {case}" if ch in ("email", "web") else None,
                attrs={"page": "/help/form"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(2, 5)),
                "chat",
                "chat",
                w.URGENT[lg].format(case=case),
                out=True,
            )
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "problem_event_ids": ids,
            "channel": first_ch,
            "trouble_starts_at": iso(t0),
            "competitor": comp if times >= 3 else None,
            "agent_passed_on": times >= 3,
        }
    )
    f.tol(c, REPEAT_TOL, ["repeat_contact"])


def fixed_run(
    f: Fam, c: Cust, t0: datetime, problem: str, ch: str, lang2: str | None = None
) -> dict[str, Any]:
    eid, case = bad_moment(f, c, t0, problem, ch)
    assert case
    lg = lang2 or c.lang
    tg = night(f, t0 + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(
        c,
        tg,
        "email",
        "message",
        w.GOOD_NEWS[lg].format(name=c.name, case=case),
        out=True,
        subject=f"{w.SUBJ_CASE[lg]} {case}",
    )
    tc = night(f, tg + timedelta(hours=f.rng.uniform(8, 30)))
    cch = f.rng.choice(["email", "chat"])
    ce = f.add(
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        f.rng.choice(w.CONFIRM[lg]).format(case=case),
        subject=f"{w.SUBJ_CASE[lg]} {case}" if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t0),
        "fixed_at": iso(tg),
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
        datetime(2026, 5, 4, tzinfo=UTC),
        10,
        "the same open problem raised again",
        3,
    )
    times = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    for i in range(12):
        c = f.cust("repeat_contact", "repeats")
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.at(0, f.rng.uniform(7, 12)), surveys=False)
        repeat_run(
            f,
            c,
            f.at(f.rng.randint(1, 4), f.rng.uniform(8, 19)),
            f.rng.choice(w.PROBLEMS),
            times[i],
            firsts[i],
        )
    for _ in range(5):
        c = f.cust("resolved_between_contacts", "fixed")
        f.happy(c, f.at(0, f.rng.uniform(8, 12)), surveys=False)
        p = fixed_run(
            f,
            c,
            f.at(f.rng.randint(1, 5), f.rng.uniform(8, 18)),
            f.rng.choice(w.PROBLEMS),
            f.rng.choice(["web", "email", "chat"]),
        )
        c.truth.update({"problems": [p], "trouble_starts_at": p["raised_at"]})
        f.tol(c, ["silence"])
    for _ in range(3):
        c = f.cust("different_problems", "two problems")
        d = f.rng.randint(0, 3)
        a, b = f.rng.sample(list(w.PROBLEMS), 2)
        p1 = fixed_run(f, c, f.at(d, f.rng.uniform(8, 12)), a, "web")
        p2 = fixed_run(f, c, f.at(d + f.rng.randint(4, 5), f.rng.uniform(8, 12)), b, "email")
        c.truth.update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
        f.tol(c, ["silence"])
    for _ in range(7):
        c = f.cust("happy", "frequent writer")
        f.days_acts(c, f.rng.randint(5, 8), 0, 9)
    f.write({"repeat_contact": 12})
    return f


def slide(f: Fam, c: Cust, d0: int, span: int, langs: list[str] | None = None) -> list[str]:
    ids = []
    comp = f.rng.choice(COMPS)
    t = f.at(d0, f.rng.uniform(8, 12))
    step = span * 24 / 6
    for k in range(6):
        lg = langs[k % len(langs)] if langs else c.lang
        if k:
            t = night(f, t + timedelta(hours=max(1.0, f.rng.uniform(step * 0.6, step * 1.2))))
        text = w.SLIDE[lg][k].format(comp=comp)
        ch = f.rng.choice(["social", "community", "web"])
        if ch == "web":
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
            ids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
        if k == 3:
            c.truth["_t4"] = t
    c.truth.update({"slide_event_ids": ids, "slide_days": span, "competitor": comp})
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        datetime(2026, 6, 1, tzinfo=UTC),
        32,
        "slow slides, leavers and steady customers",
        4,
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = f.cust("slow_churner", "slides")
        for d in sorted(f.rng.sample(range(0, 11), f.rng.randint(4, 5))):
            ch = f.rng.choice(["social", "community"])
            f.add(
                c,
                f.at(d, f.rng.uniform(8, 19)),
                ch,
                "post" if ch == "community" else "mention",
                f.pick(w.W["praise"], c),
            )
        for d in sorted(f.rng.sample(range(0, 11), f.rng.randint(2, 4))):
            f.happy(c, f.at(d, f.rng.uniform(8, 19)), surveys=False)
        d0 = f.rng.randint(12, 16)
        ids = slide(f, c, d0, spans[i])
        first = next(r for r in f.rows if r["event_id"] == ids[0])
        c.truth["trouble_starts_at"] = first["occurred_at"]
        t4: datetime = c.truth.pop("_t4")
        exp = ["sentiment_drop"]
        if i % 2 == 0:
            nps = f.rng.randint(1, 5)
            e = f.add(
                c,
                night(f, t4 + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                f.pick(w.W["low_word"], c),
                scores={"nps": nps, "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": e})
            exp.append("detractor")
        f.tol(c, SLIDE_TOL, exp)
    for _ in range(5):
        c = f.cust("slow_churner", "asks to cancel")
        f.days_acts(c, f.rng.randint(4, 6), 0, 15, surveys=False)
        t = f.at(f.rng.randint(17, 23), f.rng.uniform(8, 18))
        e = f.add(c, t, "email", "message", f.pick(w.CANCEL_ASK, c), subject="Club")
        f.add(
            c,
            night(f, t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            w.SORRY_GO[c.lang].format(name=c.name),
            out=True,
            subject="Re: Club",
        )
        tc = night(f, t + timedelta(hours=f.rng.uniform(20, 30)))
        ce = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/profile/club/cancel", "product": "Suolava Club"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": ce,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
        f.tol(
            c,
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
            ["churn_intent"],
        )
    for _ in range(6):
        c = f.cust("happy", "steady")
        f.days_acts(c, f.rng.randint(6, 10), 0, 31)
    for _ in range(5):
        c = f.cust("steadily_grumpy", "grumbles")
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web", "review"])
            t = f.at(d, f.rng.uniform(8, 20))
            g = f.pick(w.GRUMBLE, c)
            if ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", g, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", g, attrs={"page": "/help/form"}))
            else:
                ids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", g))
            d += f.rng.randint(1, 3)
        c.truth.update(
            {"grumble_event_ids": ids, "trouble_starts_at": f.rows[-len(ids)]["occurred_at"]}
        )
        f.tol(c, ["repeat_contact", "silence"])
    for _ in range(5):
        c = f.cust("happy_one_sarcastic_remark", "happy")
        f.days_acts(c, f.rng.randint(4, 7), 0, 16)
        e = f.add(
            c,
            f.at(f.rng.randint(17, 28), f.rng.uniform(9, 20)),
            "social",
            "mention",
            f.pick(w.SARCASM, c),
        )
        c.truth["sarcasm_event_id"] = e
        f.tol(c, ["silence"])
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        datetime(2026, 8, 7, tzinfo=UTC),
        3,
        "a calm weekend with night owls",
        5,
    )
    for _ in range(16):
        c = f.cust("happy", "day writer")
        for d in sorted(f.rng.sample(range(3), f.rng.randint(1, 3))):
            f.happy(c, f.at(d, f.rng.uniform(7, 17.5)))
    for i in range(4):
        c = f.cust("grumbles_once", "grumbles once")
        t = f.at(f.rng.randint(0, 2), f.rng.uniform(9, 17))
        f.add(c, t, "web", "page_view", attrs={"page": "/lockers"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            e = f.add(c, t2, "chat", "chat", w.MILD[c.lang])
            f.add(c, t2 + timedelta(minutes=3), "chat", "chat", w.MILD_A[c.lang], out=True)
        else:
            e = f.add(c, t2, "web", "ticket", w.MILD[c.lang], attrs={"page": "/help/form"})
            f.add(c, t2 + timedelta(minutes=25), "email", "message", w.MILD_A[c.lang], out=True)
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t2)})
        f.tol(c, ["silence"])
    for n in range(3):
        b0 = f.at(n + 1, f.rng.uniform(0.67, 1.08))
        for m, off in enumerate((0, f.rng.randint(28, 33), f.rng.randint(55, 65))):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.cust("night_owl", f"night {n + 1}, burst {m + 1}")
                t = bs + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", f.pick(w.W["night_q"], c))
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(2, 5)),
                        "chat",
                        "chat",
                        f.pick(w.W["night_a"], c),
                        out=True,
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(6, 9)),
                        "chat",
                        "chat",
                        f.pick(w.W["thanks"], c),
                    )
                else:
                    e = f.add(c, t, "social", "mention", f.pick(w.W["night_post"], c))
                c.truth.update({"burst_at": iso(bs), "night_event_id": e})
                if f.rng.random() < 0.5:
                    f.happy(c, f.at(n if n < 3 else 2, f.rng.uniform(9, 17.5)), surveys=False)
    f.write({})
    return f


PAIRS = [
    ("it", "es"),
    ("es", "it"),
    ("it", "en"),
    ("es", "en"),
    ("it", "fr"),
    ("es", "pt"),
    ("it", "de"),
    ("es", "fr"),
    ("en", "it"),
    ("fr", "es"),
    ("de", "it"),
    ("pt", "es"),
]
PAIR_MARKET = {"it": "IT", "es": "ES", "en": "IE", "fr": "FR", "de": "CH", "pt": "PT"}


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "customers writing in two languages",
        6,
    )

    def bil(persona: str, habit: str) -> tuple[Cust, list[str]]:
        a, b = f.rng.choice(PAIRS)
        mk = "CH" if {a, b} <= {"it", "de", "fr"} else PAIR_MARKET[f.rng.choice([a, b])]
        c = f.cust(persona, habit, lang=a, market=mk)
        c.truth["languages"] = [a, b]
        c.truth["job_second_language"] = f.rng.choice(
            ["partner's language", "works across the border", "grew up there"]
        )
        return c, [a, b]

    for _ in range(12):
        c, ls = bil("happy", "alternates languages")
        for i, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            f.happy(c, f.at(d, f.rng.uniform(7, 19)), lang=ls[i % 2])
    for times in (2, 2, 3, 3, 4):
        c, ls = bil("repeat_contact", "repeats")
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.at(f.rng.randint(0, 1), f.rng.uniform(7, 12)), surveys=False)
        repeat_run(
            f,
            c,
            f.at(f.rng.randint(2, 5), f.rng.uniform(8, 18)),
            f.rng.choice(w.PROBLEMS),
            times,
            f.rng.choice(["web", "email", "chat"]),
            langs=ls,
        )
    for _ in range(5):
        c, ls = bil("slow_churner", "slides")
        for i, d in enumerate(sorted(f.rng.sample(range(0, 6), 5))):
            ch = f.rng.choice(["social", "community"])
            f.add(
                c,
                f.at(d, f.rng.uniform(8, 19)),
                ch,
                "post" if ch == "community" else "mention",
                f.pick(w.W["praise"], c, ls[i % 2]),
            )
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.at(f.rng.randint(0, 5), f.rng.uniform(8, 19)), surveys=False)
        ids = slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), langs=ls)
        c.truth.pop("_t4")
        c.truth["trouble_starts_at"] = next(r for r in f.rows if r["event_id"] == ids[0])[
            "occurred_at"
        ]
        f.tol(c, SLIDE_TOL, ["sentiment_drop"])
    for kind in ("long", "email", "chat"):
        c, ls = bil("happy_one_bad_day", "one bad day")
        if kind == "long":
            ls = [ls[0], "es" if ls[0] != "es" else "it"]
            c.truth["languages"] = ls
        for i, d in enumerate(sorted(f.rng.sample([0, 1, 2, 9, 10, 11, 12], 3))):
            f.happy(c, f.at(d, f.rng.uniform(8, 19)), lang=ls[i % 2], surveys=False)
        t = f.at(5, f.rng.uniform(9, 18))
        p = f.rng.choice(w.PROBLEMS)
        eid, case = bad_moment(
            f, c, t, p, "chat" if kind == "chat" else "email", long_mail=kind == "long", lang=ls[1]
        )
        c.truth.update(
            {
                "problem": p,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": ls[1],
                "booking": case,
                "trouble_starts_at": iso(t),
                "long_email": kind == "long",
            }
        )
        if kind != "chat":
            f.add(
                c,
                night(f, t + timedelta(hours=2)),
                "email",
                "message",
                w.GOOD_NEWS[ls[1]].format(name=c.name, case=case),
                out=True,
                subject=f"{w.SUBJ_CASE[ls[1]]} {case}",
            )
        if kind == "email":
            ta = night(f, t + timedelta(hours=f.rng.uniform(18, 24)))
            c.truth.update(
                {
                    "apologised": True,
                    "apology_at": iso(ta),
                    "apology_event_id": f.add(c, ta, "chat", "chat", f.pick(w.APOLOGY, c, ls[1])),
                }
            )
        f.tol(c, ["silence"])
    for _ in range(2):
        c, ls = bil("resolved_between_contacts", "fixed")
        fx = fixed_run(
            f,
            c,
            f.at(f.rng.randint(2, 8), f.rng.uniform(8, 17)),
            f.rng.choice(w.PROBLEMS),
            "web",
            lang2=ls[1],
        )
        c.truth.update(
            {"problems": [fx], "trouble_starts_at": fx["raised_at"], "confirm_language": ls[1]}
        )
        f.tol(c, ["silence"])
    f.write({"repeat_contact": 5, "sentiment_drop": 5})
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", datetime(2026, 10, 5, tzinfo=UTC), 14, "companies on account", 7)
    plan = [
        ("at_risk", 5, 3),
        ("at_risk", 5, 3),
        ("at_risk", 4, 3),
        ("at_risk", 6, 4),
        ("at_risk", 5, 4),
    ]
    plan += (
        [("one_unhappy", 3, 1)] * 4
        + [("mild", 3, 0), ("mild", 4, 0), ("mild", 4, 0)]
        + [("happy", 4, 0), ("happy", 4, 0), ("happy", 3, 0)]
    )
    sites = [
        "hotel",
        "hospital",
        "security",
        "airline",
        "cleaning",
        "restaurant",
        "school",
        "municipality",
        "retail",
        "events",
        "factory",
        "logistics",
        "museum",
        "theatre",
        "clinic",
    ]
    probs = ["invoice", "portal", "blocked", "overbilled", "invoice"]
    for i, (kind, n, unhappy) in enumerate(plan):
        lg = f.rng.choices(["it", "es", "en", "fr", "de", "pt"], [30, 30, 10, 10, 10, 10])[0]
        mk = MARKETS[lg][0]
        acc = unique(f.rng, f"SVL-{mk}-", 4)
        company = f"{f.rng.choice(LAST[lg])} {sites[i].capitalize()}"
        dom = strip_accents(company).lower().replace(" ", "-") + ".example"
        contacts = []
        firsts: set[str] = set()
        for k in range(n):
            c = f.cust("b2b_happy", "contact", lang=lg, market=mk, account=acc, domain=dom)
            while c.name in firsts:
                c.name = f.rng.choice(FIRST[lg])
            firsts.add(c.name)
            c.truth.update(
                {
                    "company": company,
                    "role": "contact",
                    "job_title": f.rng.choice(
                        [
                            "Facilities manager",
                            "HR assistant",
                            "Operations lead",
                            "Purchasing officer",
                        ]
                    ),
                }
            )
            contacts.append(c)
            for _ in range(
                f.rng.randint(1, 2) if k < unhappy or kind == "mild" else f.rng.randint(2, 5)
            ):
                d = (
                    f.rng.randint(0, 1)
                    if k < unhappy or kind == "mild"
                    else f.rng.choice([0, 1, 2, 3, 4, 7, 8, 9, 10, 11])
                )
                t = f.at(d, f.rng.uniform(8, 16.5))
                r = f.rng.random()
                if r < 0.4:
                    f.add(c, t, "chat", "chat", w.B2B_Q[lg])
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(1, 6)),
                        "chat",
                        "chat",
                        w.B2B_A[lg],
                        out=True,
                    )
                    if f.rng.random() < 0.5:
                        f.add(
                            c,
                            t + timedelta(minutes=f.rng.randint(7, 12)),
                            "chat",
                            "chat",
                            f.pick(w.W["thanks"], c),
                        )
                elif r < 0.6:
                    f.add(c, t, "web", "page_view", attrs={"page": "/business/portal"})
                    f.add(
                        c,
                        t + timedelta(minutes=5),
                        "web",
                        "purchase",
                        attrs={
                            "order_value": f"{f.rng.randint(180, 900)}.00",
                            "currency": "CHF" if mk == "CH" else ("GBP" if mk == "UK" else "EUR"),
                            "product": "Lotto calzature / Footwear batch",
                            "page": "/business/order",
                        },
                    )
                elif r < 0.8 or k < unhappy or kind == "mild":
                    f.add(c, t, "web", "page_view", attrs={"page": "/business/invoices"})
                elif r < 0.9:
                    f.add(c, t, "community", "post", w.B2B_PRAISE[lg])
                else:
                    f.add(
                        c,
                        t,
                        "survey",
                        "survey_response",
                        f.pick(w.W["survey_word"], c),
                        scores={"nps": f.rng.randint(9, 10), "csat": None, "ces": None},
                        attrs={"survey": "nps"},
                    )
        acct: dict[str, Any] = {
            "company": company,
            "site": sites[i],
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": [c.key for c in contacts[:unhappy]],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lg,
            "country": mk,
        }
        f.accounts[acc] = acct
        if kind == "at_risk":
            p = probs[i]
            acct["same_problem"] = p
            case = f.case()
            t = f.at(2, f.rng.uniform(8.5, 11))
            acct["trouble_starts_at"] = iso(t)
            first_name = contacts[0].name
            for k in range(unhappy):
                c = contacts[k]
                if k == 0:
                    text = w.B2B_COMPLAINT[p][lg]
                else:
                    t = office(f, t + timedelta(hours=f.rng.uniform(8, 28)))
                    text = w.B2B_LATER[lg].format(
                        name=first_name, when=w.WHEN[lg], case=case, problem=w.B2B_COMPLAINT[p][lg]
                    )
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=f"{w.SUBJ_COMPLAINT[lg]}: {case}" if k else w.SUBJ_COMPLAINT[lg],
                )
                if k == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(20, 50)),
                        "email",
                        "message",
                        w.B2B_ACK[lg].format(name=c.name, case=case),
                        out=True,
                        subject=f"{w.SUBJ_CASE[lg]} {case}",
                    )
                ids = [e]
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "habit": "complainer",
                        "role": "complainer",
                        "problem": p,
                        "booking": case,
                        "trouble_starts_at": iso(t),
                    }
                )
                if k < unhappy - 1:
                    nps = f.rng.randint(1, 5)
                    se = f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        f.pick(w.W["low_word"], c),
                        scores={"nps": nps, "csat": None, "ces": None},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": se})
                    f.tol(
                        c,
                        [
                            "sentiment_drop",
                            "churn_intent",
                            "competitor_mention",
                            "high_value_at_risk",
                            "silence",
                            "account_risk",
                            "repeat_contact",
                        ],
                        ["detractor"],
                    )
                else:
                    t2 = office(f, t + timedelta(hours=f.rng.uniform(18, 40)))
                    if i == 0:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                w.B2B_LAST_MAIL[lg].format(case=case, comp=f.rng.choice(COMPS)),
                                subject=f"{w.SUBJ_CASE[lg]} {case}",
                            )
                        )
                    else:
                        ids.append(f.add(c, t2, "phone", "call", w.B2B_LAST[lg].format(case=case)))
                    f.tol(
                        c,
                        [
                            "sentiment_drop",
                            "churn_intent",
                            "competitor_mention",
                            "high_value_at_risk",
                            "silence",
                            "account_risk",
                            "detractor",
                        ],
                        ["repeat_contact"],
                    )
                c.truth["complaint_event_ids"] = ids
        elif kind == "one_unhappy":
            c = contacts[0]
            p = f.rng.choice(w.B2B_PROBLEMS)
            case = f.case()
            t = office(f, f.at(f.rng.choice([3, 4, 7, 8, 9]), f.rng.uniform(8.5, 15)))
            e = f.add(
                c, t, "email", "message", w.B2B_COMPLAINT[p][lg], subject=w.SUBJ_COMPLAINT[lg]
            )
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(20, 50)),
                "email",
                "message",
                w.B2B_ACK[lg].format(name=c.name, case=case),
                out=True,
                subject=f"{w.SUBJ_CASE[lg]} {case}",
            )
            nps = f.rng.randint(1, 5)
            se = f.add(
                c,
                t + timedelta(hours=f.rng.uniform(1, 3)),
                "survey",
                "survey_response",
                f.pick(w.W["low_word"], c),
                scores={"nps": nps, "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "problem": p,
                    "booking": case,
                    "trouble_starts_at": iso(t),
                    "complaint_event_ids": [e],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": se,
                }
            )
            f.tol(c, ["sentiment_drop", "high_value_at_risk", "silence"], ["detractor"])
        elif kind == "mild":
            for c in contacts[:2]:
                t = office(f, f.at(f.rng.randint(2, 9), f.rng.uniform(8.5, 16)))
                e = f.add(
                    c, t, "web", "ticket", w.B2B_SUGGEST[lg], attrs={"page": "/business/feedback"}
                )
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(30, 90)),
                    "email",
                    "message",
                    w.MILD_A[lg],
                    out=True,
                )
                c.truth.update(
                    {
                        "persona": "b2b_mild",
                        "habit": "suggests",
                        "role": "suggests",
                        "mild_event_id": e,
                        "trouble_starts_at": iso(t),
                    }
                )
                f.tol(c, ["silence"])
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and one planted incident",
        8,
    )
    for _ in range(40):
        c = f.cust("happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            f.happy(c, f.at(d, f.rng.uniform(12, 19) if d == 5 else f.rng.uniform(7, 19)))
    for _ in range(2):
        c = f.cust("grumbles_once", "grumbles once")
        t = f.at(0, f.rng.uniform(9, 16))
        e = f.add(c, t, "chat", "chat", w.MILD[c.lang])
        f.add(c, t + timedelta(minutes=4), "chat", "chat", w.MILD_A[c.lang], out=True)
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
        f.tol(c, ["silence"])
    for lg, h in (("it", 9.6), ("es", 16.1)):
        c = f.cust("grumbles_once", "lone question", lang=lg)
        t = f.at(4, h)
        e = f.add(c, t, "chat", "chat", w.LONE_Q[lg])
        f.add(c, t + timedelta(minutes=3), "chat", "chat", w.LONE_A[lg], out=True)
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
        f.tol(c, ["silence"])
    langs = ["it"] * 6 + ["es"] * 6 + ["en", "en", "fr", "fr", "de", "de", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    s0 = f.at(5, 9 + 5 / 60)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    keys, eids, reps = [], [], []
    rep_idx = set(f.rng.sample([i for i in range(20) if offs[i] <= 30], 6))
    for i in range(20):
        regular = i < 12
        c = f.cust("spike_reporter", "regular" if regular else "new", lang=langs[i])
        if regular:
            f.happy(c, f.at(2, f.rng.uniform(8, 17.5)))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = (
            f.pick(w.SPIKE, c).format(code=CODE, b=BRAND)
            if f.rng.random() < 0.7
            else f.rng.choice(
                [x for x in w.SPIKE[c.lang] if "{code}" not in x] or w.SPIKE[c.lang]
            ).format(code=CODE, b=BRAND)
        )
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(c, t, ch, kind, text, attrs={"page": "/help/form"} if ch == "web" else None)
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(2, 4)),
                "chat",
                "chat",
                w.SPIKE_A[c.lang],
                out=True,
            )
        keys.append(c.key)
        eids.append(e)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        f.tol(c, ["silence"])
        if i in rep_idx:
            t2 = t + timedelta(minutes=f.rng.randint(10, 50))
            ch2 = f.rng.choice([x for x in ("email", "chat", "community") if x != ch])
            r = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                w.SPIKE_AGAIN[c.lang].format(code=CODE),
            )
            reps.append(r)
            c.truth.update({"persona": "spike_repeater", "repeat_event_id": r})
            f.tol(c, ["silence", "sentiment_drop"], ["repeat_contact"])
        elif len(eids) % 3 == 0:
            f.add(
                c,
                s0 + timedelta(hours=3, minutes=f.rng.randint(0, 9)),
                "email",
                "message",
                w.SPIKE_FIXED[c.lang].format(name=c.name),
                out=True,
            )
            c.truth["agent_fixed"] = True
    if len(reps) != 6:
        raise SystemExit(f"spike repeaters: {len(reps)}")
    f.spike = {
        "topic": "the planted incident (see README): orders shown and mailed as cancelled though running, error code in the text",
        "about": "shoe-repair orders falsely shown as cancelled",
        "channel": None,
        "start": iso(s0 + timedelta(minutes=offs[0])),
        "end": iso(s0 + timedelta(minutes=offs[-1])),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})
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
    for build in FAMILIES:
        f = build()
        print(
            f"{f.name}: {len(f.custs)} customers, {len(f.rows)} touchpoints, {sum(r['direction'] == 'outbound' for r in f.rows)} replies"
        )


if __name__ == "__main__":
    main()
