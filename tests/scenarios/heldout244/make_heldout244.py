"""Build heldout244 (Guidora, driving lessons): every <family>.jsonl and .truth.json."""

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

SEED = 20261207
COMPS = ("Volantix", "Patentea")
FIRST = {
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Sara",
        "Matteo",
        "Elena",
        "Davide",
        "Francesca",
        "Simone",
        "Alessia",
        "Paolo",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Carmen",
        "Diego",
        "Marta",
        "Pablo",
        "Irene",
        "Sergio",
        "Nuria",
        "Álvaro",
        "Elena",
        "Raúl",
    ],
    "en": ["Emma", "Jack", "Chloe", "Liam", "Sophie", "Ryan"],
    "fr": ["Camille", "Hugo", "Léa", "Théo", "Manon", "Lucas"],
    "de": ["Lena", "Jonas", "Mia", "Felix", "Hannah", "Paul"],
    "pt": ["Inês", "João", "Beatriz", "Tiago", "Mariana", "Rui"],
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
        "Muñoz",
    ],
    "en": ["Smith", "Jones", "Taylor", "Brown", "Walsh", "Murphy"],
    "fr": ["Martin", "Bernard", "Dubois", "Leroy", "Moreau", "Girard"],
    "de": ["Müller", "Schmidt", "Weber", "Wagner", "Becker", "Hoffmann"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Costa", "Rodrigues"],
}
MARKETS = {
    "it": ["IT", "IT", "CH"],
    "es": ["ES", "ES", "ES"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE", "CH"],
    "de": ["DE", "AT", "CH"],
    "pt": ["PT"],
}
PHONE = {
    "IT": ("+39 3", 9),
    "CH": ("+41 7", 8),
    "ES": ("+34 6", 8),
    "UK": ("+44 7", 9),
    "IE": ("+353 8", 8),
    "FR": ("+33 6", 8),
    "BE": ("+32 4", 8),
    "DE": ("+49 15", 9),
    "AT": ("+43 66", 8),
    "PT": ("+351 9", 8),
}
LANG_W = ["it"] * 30 + ["es"] * 30 + ["en"] * 10 + ["fr"] * 10 + ["de"] * 10 + ["pt"] * 10
NO_TOL: list[str] = []
NO_SCORES: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
TOL_SIL = ["silence"]
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
TOL_GRUMPY = ["repeat_contact", "silence"]
TOL_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]
SOURCE = {
    "email": "guidora-mail",
    "phone": "guidora-voice",
    "social": "guidora-social",
    "community": "guidora-forum",
    "chat": "guidora-chat",
    "web": "guidora-web",
    "survey": "guidora-survey",
}
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


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
    persona: str
    habit: str
    expected: list[str]
    tolerated: list[str]
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Row:
    t: datetime
    c: Cust
    channel: str
    kind: str
    text: str | None
    direction: str
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]
    eid: str


class Fam:
    def __init__(self, name: str, code: str, n: int, start: datetime, days: int) -> None:
        self.name = name
        self.code = code
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.start = start
        self.days = days
        self.custs: list[Cust] = []
        self.rows: list[Row] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    def unique(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in USED:
                USED.add(v)
                return v

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        lang: str | None = None,
        account: str | None = None,
        country: str | None = None,
    ) -> Cust:
        r = self.rng
        lg = lang or r.choice(LANG_W)
        ctry = country or r.choice(MARKETS[lg])
        first, last = r.choice(FIRST[lg]), r.choice(LAST[lg])
        key = self.unique(lambda: f"GD{self.code}{r.randint(1000, 9999)}")
        base = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        if account:
            dom = self.accounts[account]["domain"]
            email = self.unique(lambda: f"{base}@{dom}")
            handle = None
        else:
            email = self.unique(
                lambda: (
                    f"{base}{r.randint(1, 99)}@{r.choice(['posta', 'correo', 'mail', 'web'])}.example"
                )
            )
            handle = self.unique(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{strip_accents(last).lower()}_{strip_accents(first).lower()}{r.randint(1, 9)}",
                            f"{strip_accents(first).lower()}{strip_accents(last).lower()[:3]}{r.randint(10, 99)}",
                        ]
                    )
                )
            )
        pre, n = PHONE[ctry]
        phone = self.unique(lambda: pre + "".join(str(r.randint(0, 9)) for _ in range(n)))
        c = Cust(
            key,
            lg,
            ctry,
            first,
            last,
            email,
            phone,
            handle,
            account,
            persona,
            habit,
            expected,
            tolerated,
        )
        self.custs.append(c)
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"h244-{self.code.lower()}-{self.seq:05d}"
        if text and direction == "inbound" and channel not in ("phone", "survey"):
            text = self.roughen(text)
        a = {"market": c.country}
        if c.account:
            a["segment"] = "b2b"
        if direction == "outbound":
            a["agent"] = self.rng.choice(["Marta", "Luca", "Sofia", "Pedro", "Anna"])
        a.update(attrs or {})
        self.rows.append(
            Row(
                t,
                c,
                channel,
                kind,
                text,
                direction,
                subject,
                NO_SCORES | (scores or {}),
                a,
                eid,
            )
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                ws = text.split(" ")
                i = r.choice(words)
                w = ws[i]
                j = r.randint(1, len(w) - 3)
                ws[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(ws)
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 1 / 8 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        return text

    def at(self, day: float, h0: float = 7.0, h1: float = 20.0) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(h0, h1))

    def case(self) -> str:
        return self.unique(lambda: f"GD-{self.rng.randint(100000, 999999)}")

    def pick(self, c: Cust, table: str) -> str:
        return str(self.rng.choice(W.T[c.lang][table]))

    def mention(self, text: str) -> str:
        i = text.rfind("Guidora")
        return text[:i] + "@" + text[i:] if i >= 0 else "@Guidora " + text

    def happy_act(self, c: Cust, t: datetime) -> None:
        r = self.rng
        k = r.choice(
            [
                "praise",
                "praise",
                "again",
                "gripe",
                "question",
                "call",
                "purchase",
                "view",
                "review",
                "survey",
            ]
        )
        if c.account:
            k = r.choice(["question", "purchase", "view", "praise", "survey"])
        if k in ("praise", "again", "gripe"):
            txt = r.choice(W.B2B[c.lang]["praise"]) if c.account else self.pick(c, k)
            ch = "community" if c.account or r.random() < 0.4 else "social"
            self.add(
                c,
                t,
                ch,
                "post" if ch == "community" else "mention",
                self.mention(txt) if ch == "social" else txt,
            )
        elif k == "question":
            src = W.B2B[c.lang] if c.account else W.T[c.lang]
            i = r.randrange(len(src["question"]))
            self.add(c, t, "chat", "chat", src["question"][i])
            self.add(
                c,
                t + timedelta(minutes=r.randint(1, 6)),
                "chat",
                "chat",
                src["answer"][min(i, len(src["answer"]) - 1)],
                "outbound",
            )
            if r.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(8, 12)),
                    "chat",
                    "chat",
                    r.choice(src["thanks"]),
                )
        elif k == "call":
            self.add(c, t, "phone", "call", r.choice(W.CALL_Q[c.lang]))
            self.add(
                c,
                t + timedelta(minutes=r.randint(20, 50)),
                "email",
                "message",
                W.CALL_FOLLOW[c.lang].format(first=c.first),
                "outbound",
            )
        elif k in ("purchase", "view"):
            prod, val = r.choice(W.PRODUCTS)
            self.add(
                c,
                t,
                "web",
                "page_view",
                attrs={"page": "/lezioni" if c.lang == "it" else "/lessons"},
            )
            if k == "purchase":
                cur, v = (
                    ("GBP", float(val) * 0.86)
                    if c.country in ("UK",)
                    else ("CHF", float(val) * 0.94)
                    if c.country == "CH"
                    else ("EUR", float(val))
                )
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(3, 15)),
                    "web",
                    "purchase",
                    attrs={
                        "order_value": f"{v:.2f}",
                        "currency": cur,
                        "product": prod,
                        "page": "/checkout",
                    },
                )
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(c, "review"),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.survey_good(c, t)

    def survey_good(self, c: Cust, t: datetime) -> None:
        r = self.rng
        s = r.choice(["nps", "csat", "ces"])
        val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[s]
        word = r.choice(W.T[c.lang]["survey"])
        self.add(
            c, t, "survey", "survey_response", word or None, scores={s: val}, attrs={"survey": s}
        )

    def happy(self, c: Cust, days: list[int], n: int) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy_act(c, self.at(d))

    def complain(
        self, c: Cust, t: datetime, prob: str, channel: str, case: str | None, long: bool = False
    ) -> str:
        r = self.rng
        p = r.choice(W.PROB[c.lang][prob])
        if channel == "phone":
            return self.add(
                c,
                t,
                "phone",
                "call",
                r.choice(W.CALL[c.lang]).format(
                    prob=strip_accents(p).lower() if c.lang != "de" else p.lower()
                ),
            )
        if long:
            body = (
                self.pick(c, "long_open")
                + p[0].upper()
                + p[1:]
                + ". "
                + self.pick(c, "long_close").format(name=f"{c.first} {c.last}")
            )
            return self.add(
                c, t, "email", "message", body, subject=self.pick(c, "subject_complaint")
            )
        txt = self.pick(c, "complaint").format(prob=p)
        if channel == "email":
            return self.add(
                c, t, "email", "message", txt, subject=self.pick(c, "subject_complaint")
            )
        if channel == "web":
            return self.add(c, t, "web", "ticket", txt, attrs={"page": "/help/contact"})
        if channel == "social":
            return self.add(c, t, "social", "mention", self.mention(txt))
        return self.add(c, t, channel, "chat" if channel == "chat" else "post", txt)

    def reply_case(
        self, c: Cust, t: datetime, channel: str, case: str, table: str = "case_opened"
    ) -> str:
        if channel == "chat" and table == "case_opened":
            return self.add(
                c,
                t + timedelta(minutes=self.rng.randint(2, 6)),
                "chat",
                "chat",
                self.pick(c, "chat_case").format(case=case),
                "outbound",
            )
        return self.add(
            c,
            morning(t + timedelta(minutes=self.rng.randint(10, 40))),
            "email",
            "message",
            self.pick(c, table).format(first=c.first, case=case),
            "outbound",
            subject=self.pick(c, "subject_case").format(case=case),
        )

    def truth_customer(self, c: Cust) -> dict[str, Any]:
        return {
            "identifiers": {
                "customer_id": c.key,
                "email": c.email.lower(),
                "phone": "+" + "".join(ch for ch in c.phone if ch.isdigit()),
                "handle": c.handle,
                "account_id": c.account,
            },
            "expected_rules": sorted(c.expected),
            "tolerated_rules": sorted(c.tolerated),
            "persona": c.persona,
            "habit": c.habit,
            "language": c.lang,
            "country": c.country,
            "segment": "b2b" if c.account else "consumer",
            "name": f"{c.first} {c.last}",
        } | c.extra

    def ids_for(self, row: Row, first_inbound: bool) -> dict[str, str | None]:
        c = row.c
        full = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        if first_inbound or row.direction == "outbound":
            return full
        out: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if row.channel == "phone":
            out["phone"] = c.phone
        elif row.channel in ("social", "community"):
            if c.handle:
                out["handle"] = c.handle if self.rough.random() > 0.2 else c.handle.lstrip("@")
            else:
                out["email"] = c.email
        elif row.channel == "email":
            out["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
        else:
            out["customer_id"] = c.key
        return out

    def write(self, about: str) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r.t, r.eid))
        limit = datetime(2026, 11, 15, tzinfo=UTC)
        seen: set[str] = set()
        lines = []
        for row in self.rows:
            assert row.t < limit and row.t >= self.start, (self.name, row.eid, row.t)
            fi = row.direction == "inbound" and row.c.key not in seen
            if row.direction == "inbound":
                seen.add(row.c.key)
            d: dict[str, Any] = {
                "event_id": row.eid,
                "occurred_at": iso(row.t),
                "channel": row.channel,
                "kind": row.kind,
                "direction": row.direction,
                "customer": self.ids_for(row, fi),
                "text": row.text,
                "subject": row.subject,
                "scores": row.scores,
                "source": SOURCE[row.channel],
                "attributes": row.attrs,
            }
            lines.append(json.dumps(d, ensure_ascii=False))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        expected: dict[str, int] = {}
        for c in self.custs:
            assert not set(c.expected) & set(c.tolerated), c.key
            assert c.key in seen, c.key
            for rule in c.expected:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        end = max(self.start + timedelta(days=self.days), self.rows[-1].t + timedelta(hours=1))
        assert end < limit
        accounts = {
            k: {kk: vv for kk, vv in v.items() if kk != "domain"} for k, v in self.accounts.items()
        }
        truth = {
            "config": {
                "family": self.name,
                "about": about,
                "business": "Guidora (driving lessons by app and web; Guidora Fleet for companies)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: self.truth_customer(c) for c in self.custs},
            "accounts": accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return (
            len(self.custs),
            len(self.rows),
            sum(1 for r in self.rows if r.direction == "outbound"),
        )


def morning(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        d = t if t.hour < 7 else t + timedelta(days=1)
        return d.replace(hour=8, minute=t.minute % 50, second=0)
    return t


def office(t: datetime) -> datetime:
    t = morning(t)
    while t.weekday() >= 5 or t.hour >= 17:
        t = (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 50)
    return t


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, d0(2026, 3, 9), 10)
    for _ in range(16):
        c = f.person("happy", "day writer", [], NO_TOL)
        f.happy(c, list(range(10)), f.rng.randint(5, 8))
    for _ in range(5):
        c = f.person("happy", "night writer", [], NO_TOL)
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 59))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "mention", f.mention(f.pick(c, "night")))
            else:
                f.add(c, t, "chat", "chat", f.pick(c, "night_chat"))
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    f.pick(c, "night_answer"),
                    "outbound",
                )
                f.add(c, t + timedelta(minutes=9), "chat", "chat", f.pick(c, "thanks"))
        for d in f.rng.sample(range(9), f.rng.randint(2, 3)):
            f.happy_act(c, f.at(d, 9, 18))
    for _ in range(5):
        c = f.person("happy", "answers surveys", [], NO_TOL)
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.survey_good(c, f.at(d))
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, d0(2026, 4, 20), 12)
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    probs = [p for p in W.PROBLEMS for _ in range(4)]
    f.rng.shuffle(probs)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    nps_i = set(f.rng.sample(with_case, 6))
    csat_i = set(f.rng.sample([i for i in with_case if i not in nps_i], 5))
    good_i = set(f.rng.sample(with_case, 12))
    apol_i = set(f.rng.sample(sorted(good_i), 5))
    for i, ch in enumerate(chans):
        lang = f.rng.choice(["it", "es"]) if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", [], TOL_SIL, lang=lang)
        bd = f.rng.randint(2, 9)
        t = f.at(bd, 8, 20)
        long = ch == "long"
        chan = "email" if long else ch
        case = None if chan == "social" else f.case()
        eid = f.complain(c, t, probs[i], chan, case, long)
        c.extra.update(
            {
                "problem": probs[i],
                "channel": chan,
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "long_email": long,
                "trouble_starts_at": iso(t),
            }
        )
        if case:
            f.reply_case(c, t, chan, case)
        if i in nps_i:
            c.persona, c.expected = "bad_day_detractor", ["detractor"]
            sid = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.extra.update({"nps_given": True, "survey_event_id": sid})
        if i in csat_i:
            sid = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                None,
                scores={"csat": f.rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.extra.update({"csat_given": True, "survey_event_id": sid})
        if i in good_i and case:
            f.reply_case(c, t + timedelta(hours=f.rng.uniform(1, 4)), "email", case, "good_news")
            c.extra["agent_fixed"] = True
        if i in apol_i:
            at = morning(t + timedelta(hours=f.rng.uniform(16, 24)))
            aid = f.add(c, at, f.rng.choice(["chat", "email"]), "chat", f.pick(c, "apology"))
            if f.rows[-1].channel == "email":
                f.rows[-1].kind = "message"
            c.extra.update({"apologised": True, "apology_at": iso(at), "apology_event_id": aid})
        days = [d for d in range(12) if d < bd - 1 or d > bd + 2]
        for d in f.rng.sample(days, f.rng.randint(1, 5)):
            f.happy_act(c, f.at(d))
    for _ in range(8):
        c = f.person("happy", "control", [], NO_TOL)
        f.happy(c, list(range(12)), f.rng.randint(4, 7))
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    t0: datetime,
    prob: str,
    times: int,
    first_ch: str,
    passed_on: bool,
    lang_cycle: list[str] | None = None,
) -> None:
    r = f.rng
    case = f.case()
    langs = lang_cycle or [c.lang]
    eids = [f.complain(c, t0, prob, first_ch, case)]
    f.reply_case(c, t0, first_ch, case)
    if passed_on:
        f.reply_case(c, t0 + timedelta(hours=r.uniform(1.2, 2.2)), "email", case, "quality")
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    r.shuffle(chans)
    t = t0
    comp = None
    for k in range(1, times):
        t = morning(t + timedelta(hours=r.uniform(4, 40)))
        ch = chans[k - 1]
        lg = langs[k % len(langs)]
        p = r.choice(W.PROB[lg][prob])
        if k == 2:
            comp = r.choice(COMPS)
            txt = r.choice(W.T[lg]["third"]).format(case=case, comp=comp) + ". " + p
        elif k == 3:
            txt = r.choice(W.T[lg]["fourth"]).format(case=case) + " " + p
        else:
            txt = r.choice(W.T[lg]["still"]).format(case=case, prob=p)
        if ch == "phone":
            eids.append(
                f.add(
                    c,
                    t,
                    "phone",
                    "call",
                    strip_accents(txt)
                    .lower()
                    .replace(".", "")
                    .replace(",", "")
                    .replace(":", "")
                    .replace("!", ""),
                )
            )
        elif ch == "email":
            eids.append(
                f.add(
                    c,
                    t,
                    "email",
                    "message",
                    txt,
                    subject=W.T[lg]["subject_case"][0].format(case=case),
                )
            )
        elif ch == "web":
            eids.append(f.add(c, t, "web", "ticket", txt, attrs={"page": "/help/contact"}))
        elif ch == "social":
            eids.append(f.add(c, t, "social", "mention", f.mention(txt)))
        else:
            eids.append(f.add(c, t, "chat", "chat", txt))
            f.add(
                c,
                t + timedelta(minutes=r.randint(2, 5)),
                "chat",
                "chat",
                r.choice(W.T[lg]["chat_urgent"]).format(case=case),
                "outbound",
            )
    c.extra.update(
        {
            "problem": prob,
            "booking": case,
            "contacts": times,
            "channels": [first_ch, *chans[: times - 1]],
            "agent_passed_on": passed_on,
            "problem_event_ids": eids,
            "competitor": comp,
            "trouble_starts_at": iso(t0),
        }
    )


def fixed_run(
    f: Fam, c: Cust, t0: datetime, prob: str, ch: str, conf_lang: str | None = None
) -> dict[str, Any]:
    r = f.rng
    case = f.case()
    e1 = f.complain(c, t0, prob, ch, case)
    f.reply_case(c, t0, ch, case)
    tf = morning(t0 + timedelta(hours=r.uniform(3, 20)))
    f.reply_case(c, tf, "email", case, "good_news")
    tc = morning(tf + timedelta(hours=r.uniform(8, 30)))
    cch = r.choice(["email", "chat"])
    lg = conf_lang or c.lang
    cid = f.add(
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        r.choice(W.T[lg]["confirm"]).format(case=case),
    )
    return {
        "problem": prob,
        "booking": case,
        "raised_at": iso(t0),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [e1],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam("repeat_contacts", "RC", 3, d0(2026, 5, 18), 10)
    times = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    for i, n in enumerate(times):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        f.happy(c, [0], 1)
        repeat_run(
            f,
            c,
            f.at(f.rng.randint(1, 4), 8, 19),
            f.rng.choice(W.PROBLEMS),
            n,
            firsts[i],
            i % 2 == 0,
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], TOL_SIL)
        p = fixed_run(
            f,
            c,
            f.at(f.rng.randint(1, 6), 8, 19),
            f.rng.choice(W.PROBLEMS),
            f.rng.choice(["web", "email", "chat"]),
        )
        c.extra.update({"problems": [p], "trouble_starts_at": p["raised_at"]})
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], TOL_SIL)
        p1, p2 = f.rng.sample(W.PROBLEMS, 2)
        a = fixed_run(f, c, f.at(1, 8, 19), p1, "web")
        b = fixed_run(f, c, f.at(f.rng.randint(5, 6), 8, 19), p2, "email")
        c.extra.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer", [], NO_TOL)
        f.happy(c, list(range(10)), f.rng.randint(5, 8))
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str] | None = None) -> list[str]:
    r = f.rng
    eids = []
    t = f.at(start_day, 8, 18)
    comp = r.choice(COMPS)
    gaps = sorted(r.uniform(0, span) for _ in range(5))
    ratings = ["3", "3", "2", "2", "1", "1"]
    for k in range(6):
        tk = (
            max(
                f.start + timedelta(days=start_day + gaps[k - 1], hours=r.uniform(8, 19)),
                t + timedelta(hours=1),
            )
            if k
            else t
        )
        tk = morning(tk)
        t = tk
        lg = (langs or [c.lang])[k % len(langs or [c.lang])]
        txt = W.T[lg]["slide"][k].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            eids.append(
                f.add(c, tk, "web", "review", txt, attrs={"rating": ratings[k], "page": "/reviews"})
            )
        elif ch == "social":
            eids.append(f.add(c, tk, "social", "mention", f.mention(txt)))
        else:
            eids.append(f.add(c, tk, "community", "post", txt))
    c.extra.update({"slide_event_ids": eids, "slide_days": span, "competitor": comp})
    return eids


def slow_churners() -> Fam:
    f = Fam("slow_churners", "SC", 4, d0(2026, 6, 22), 32)
    spans = [3] + [5] * 5 + [9] * 4
    nps_i = set(f.rng.sample(range(10), 5))
    for i in range(10):
        c = f.person("slow_churner", "slides", ["sentiment_drop"], TOL_SLIDE)
        for d in sorted(f.rng.sample(range(11), f.rng.randint(4, 5))):
            txt = f.pick(c, "praise")
            f.add(
                c, f.at(d), "social", "mention", f.mention(txt)
            ) if f.rng.random() < 0.5 else f.add(c, f.at(d), "community", "post", txt)
        for d in f.rng.sample(range(11), f.rng.randint(2, 4)):
            f.happy_act(c, f.at(d))
        sd = f.rng.randint(12, 16)
        eids = slide(f, c, sd, spans[i])
        c.extra["trouble_starts_at"] = next(iso(r.t) for r in f.rows if r.eid == eids[0])
        if i in nps_i:
            t4 = next(r.t for r in f.rows if r.eid == eids[3])
            sid = f.add(
                c,
                morning(t4 + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.expected = ["detractor", "sentiment_drop"]
            c.extra.update({"nps_given": True, "survey_event_id": sid})
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", ["churn_intent"], TOL_LEAVE)
        f.happy(c, list(range(16)), f.rng.randint(4, 6))
        t = f.at(f.rng.randint(17, 23), 8, 18)
        eid = f.add(c, t, "email", "message", f.pick(c, "cancel"), subject="Guidora Plus")
        f.add(
            c,
            morning(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            f.pick(c, "sorry_go").format(first=c.first),
            "outbound",
        )
        tc = morning(t + timedelta(hours=f.rng.uniform(20, 30)))
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/profile/membership", "product": "Guidora Plus"},
        )
        c.extra.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady", [], NO_TOL)
        f.happy(c, list(range(32)), f.rng.randint(6, 10))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], TOL_GRUMPY)
        d = f.rng.randint(0, 4)
        gids = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web", "review"])
            txt = f.pick(c, "grumble")
            t = f.at(d, 8, 20)
            if ch == "social":
                gids.append(f.add(c, t, "social", "mention", f.mention(txt)))
            elif ch == "community":
                gids.append(f.add(c, t, "community", "post", txt))
            elif ch == "web":
                gids.append(f.add(c, t, "web", "ticket", txt, attrs={"page": "/help/contact"}))
            else:
                gids.append(
                    f.add(c, t, "web", "review", txt, attrs={"rating": "3", "page": "/reviews"})
                )
            d += f.rng.randint(1, 3)
        c.extra.update(
            {
                "grumble_event_ids": gids,
                "trouble_starts_at": next(iso(r.t) for r in f.rows if r.eid == gids[0]),
            }
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], TOL_SIL)
        f.happy(c, list(range(17)), f.rng.randint(3, 6))
        sid = f.add(
            c, f.at(f.rng.randint(17, 28)), "social", "mention", f.mention(f.pick(c, "sarcasm"))
        )
        c.extra["sarcasm_event_id"] = sid
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, d0(2026, 8, 14), 3)
    for _ in range(16):
        c = f.person("happy", "day writer", [], NO_TOL)
        for d in sorted(f.rng.sample(range(3), f.rng.randint(1, 3))):
            f.happy_act(c, f.at(d, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", [], TOL_SIL)
        t = f.at(f.rng.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/sedi"})
        tg = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            gid = f.add(c, tg, "chat", "chat", f.pick(c, "mild"))
            f.add(c, tg + timedelta(minutes=3), "chat", "chat", f.pick(c, "mild_ack"), "outbound")
        else:
            gid = f.add(c, tg, "web", "ticket", f.pick(c, "mild"), attrs={"page": "/help/contact"})
            f.add(
                c, tg + timedelta(minutes=25), "email", "message", f.pick(c, "mild_ack"), "outbound"
            )
        c.extra.update({"grumble_event_id": gid, "trouble_starts_at": iso(tg)})
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}", [], NO_TOL)
                t = bt + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    nid = f.add(c, t, "chat", "chat", f.pick(c, "night_chat"))
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        f.pick(c, "night_answer"),
                        "outbound",
                    )
                    f.add(c, t + timedelta(minutes=8), "chat", "chat", f.pick(c, "thanks"))
                else:
                    nid = f.add(c, t, "social", "mention", f.mention(f.pick(c, "night")))
                c.extra.update({"burst_at": iso(bt), "night_event_id": nid})
                if f.rng.random() < 0.5 and night < 2:
                    f.happy_act(c, f.at(night + 1, 9, 17.5))
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d0(2026, 9, 7), 14)
    pairs = [
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
    pairs = pairs + pairs + pairs[:3]
    f.rng.shuffle(pairs)
    it = iter(pairs)

    def mk(persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, list[str]]:
        a, b = next(it)
        c = f.person(persona, habit, exp, tol, lang=a)
        c.extra.update(
            {
                "languages": [a, b],
                "job_second_language": f.rng.choice(
                    ["works abroad", "partner's language", "grew up with both", "studies abroad"]
                ),
            }
        )
        return c, [a, b]

    for _ in range(12):
        c, ls = mk("happy", "alternates languages", [], NO_TOL)
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = ls[k % 2]
            f.happy_act(c, f.at(d))
        c.lang = ls[0]
    for n in [2, 2, 3, 3, 4]:
        c, ls = mk("repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        f.happy(c, [0, 1], 1)
        repeat_run(
            f, c, f.at(f.rng.randint(2, 5), 8, 19), f.rng.choice(W.PROBLEMS), n, "web", n >= 3, ls
        )
    for _ in range(5):
        c, ls = mk("slow_churner", "slides", ["sentiment_drop"], TOL_SLIDE)
        for k, d in enumerate(range(6)):
            c.lang = ls[k % 2]
            txt = f.pick(c, "praise")
            f.add(c, f.at(d), "community", "post", txt) if k % 2 else f.add(
                c, f.at(d), "social", "mention", f.mention(txt)
            )
        c.lang = ls[0]
        for d in f.rng.sample(range(6), f.rng.randint(1, 3)):
            f.happy_act(c, f.at(d))
        eids = slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), ls)
        c.extra["trouble_starts_at"] = next(iso(r.t) for r in f.rows if r.eid == eids[0])
    for k in range(3):
        c, ls = mk("happy_one_bad_day", "one bad day", [], TOL_SIL)
        f.happy(c, [0, 1, 2, 9, 10, 11, 12], f.rng.randint(2, 4))
        c.lang = ls[1]
        t = f.at(f.rng.randint(4, 7), 8, 19)
        ch = ["email", "email", "chat"][k]
        case = f.case()
        eid = f.complain(
            c, t, f.rng.choice(W.PROBLEMS), ch, case, long=k == 0 and c.lang in ("it", "es")
        )
        f.reply_case(c, t, ch, case)
        if ch == "email":
            f.reply_case(c, t + timedelta(hours=2), "email", case, "good_news")
        if k == 1:
            at = morning(t + timedelta(hours=f.rng.uniform(18, 24)))
            aid = f.add(c, at, "chat", "chat", f.pick(c, "apology"))
            c.extra.update({"apologised": True, "apology_event_id": aid, "apology_at": iso(at)})
        c.extra.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": c.lang,
                "booking": case,
                "trouble_starts_at": iso(t),
            }
        )
        c.lang = ls[0]
    for _ in range(2):
        c, ls = mk("resolved_between_contacts", "fixed", [], TOL_SIL)
        p = fixed_run(
            f, c, f.at(f.rng.randint(2, 8), 8, 19), f.rng.choice(W.PROBLEMS), "web", ls[1]
        )
        c.extra.update(
            {"problems": [p], "trouble_starts_at": p["raised_at"], "confirm_language": ls[1]}
        )
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, d0(2026, 10, 5), 14)
    plan = [
        ("at_risk", 5, 3, "invoice", "it"),
        ("at_risk", 5, 3, "portal", "es"),
        ("at_risk", 4, 3, "service_blocked", "it"),
        ("at_risk", 6, 4, "overbilled", "es"),
        ("at_risk", 5, 4, "invoice", "de"),
        ("one_unhappy", 3, 1, "portal", "it"),
        ("one_unhappy", 3, 1, "overbilled", "es"),
        ("one_unhappy", 3, 1, "invoice", "fr"),
        ("one_unhappy", 3, 1, "service_blocked", "pt"),
        ("mild", 3, 0, "", "es"),
        ("mild", 4, 0, "", "it"),
        ("mild", 4, 0, "", "en"),
        ("happy", 4, 0, "", "it"),
        ("happy", 4, 0, "", "es"),
        ("happy", 3, 0, "", "pt"),
    ]
    names = {
        "it": [
            "Trasporti Lombardi",
            "Edil Padana",
            "Farmacie Riunite",
            "Logistica Adriatica",
            "Cooperativa Sole",
        ],
        "es": [
            "Reparto Levante",
            "Construcciones Ebro",
            "Limpiezas Sur",
            "Taxis Ría",
            "Mudanzas Norte",
        ],
        "de": ["Kurierdienst Falke"],
        "fr": ["Livraisons Rhône"],
        "pt": ["Entregas Tejo", "Frota Douro"],
        "en": ["Harbour Vans"],
    }
    ctry = {"it": "IT", "es": "ES", "de": "DE", "fr": "FR", "pt": "PT", "en": "UK"}
    wd = [0, 1]
    for kind, n, unhappy, prob, lang in plan:
        company = names[lang].pop(0)
        acc = f.unique(lambda ctry_=ctry[lang]: f"GDF-{ctry_}-{f.rng.randint(1000, 9999)}")
        dom = strip_accents(company).lower().replace(" ", "-") + ".example"
        f.accounts[acc] = {
            "company": company,
            "domain": dom,
            "contacts": n,
            "contact_keys": [],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": ctry[lang],
            "site": f.rng.choice(
                ["logistics", "construction", "pharmacy", "cleaning", "taxi", "removals", "courier"]
            ),
        }
        firsts: set[str] = set()
        case = f.case() if unhappy else None
        prev = ""
        t = (
            office(f.start + timedelta(days=2, hours=f.rng.uniform(8, 11)))
            if kind == "at_risk"
            else office(f.start + timedelta(days=f.rng.randint(3, 7), hours=f.rng.uniform(8, 15)))
        )
        mild_left = 2 if kind == "mild" else 0
        for j in range(n):
            c = f.person(
                "b2b_happy", "contact", [], NO_TOL, lang=lang, account=acc, country=ctry[lang]
            )
            while c.first in firsts:
                c.first = f.rng.choice(FIRST[lang])
            firsts.add(c.first)
            c.extra.update(
                {
                    "company": company,
                    "role": "contact",
                    "job_title": f.rng.choice(
                        [
                            "Fleet manager",
                            "Office manager",
                            "HR lead",
                            "Accounts payable",
                            "Safety officer",
                        ]
                    ),
                }
            )
            c.extra["job"] = c.extra["job_title"]
            f.accounts[acc]["contact_keys"].append(c.key)
            if j < unhappy:
                c.persona, c.habit = (
                    ("b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy"),
                    "complainer",
                )
                c.extra["role"] = "complainer"
                f.accounts[acc]["unhappy_contact_keys"].append(c.key)
                for d in f.rng.sample(wd, f.rng.randint(0, 2)):
                    f.happy_act(c, f.start + timedelta(days=d, hours=f.rng.uniform(8, 16.5)))
                p = W.B2B_PROB[lang][prob]
                if j == 0:
                    txt = f.rng.choice(W.B2B[lang]["first"]).format(company=company, prob=p)
                else:
                    t = office(t + timedelta(hours=f.rng.uniform(8, 28)))
                    txt = f.rng.choice(W.B2B[lang]["later"]).format(
                        prev=prev,
                        day=W.WEEKDAY[lang][(t - timedelta(hours=12)).weekday() % 5],
                        case=case,
                        prob=p,
                    )
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    txt,
                    subject=f.rng.choice(W.T[lang]["subject_complaint"]),
                )
                c.extra.update(
                    {
                        "complaint_event_ids": [eid],
                        "problem": prob,
                        "booking": case,
                        "trouble_starts_at": iso(t),
                    }
                )
                if j == 0:
                    f.accounts[acc]["trouble_starts_at"] = iso(t) if kind == "at_risk" else None
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(20, 60)),
                        "email",
                        "message",
                        W.B2B[lang]["ack"][0].format(first=c.first, case=case, company=company),
                        "outbound",
                        subject=W.T[lang]["subject_case"][0].format(case=case),
                    )
                    prev = c.first
                last = kind == "at_risk" and j == unhappy - 1
                if kind == "at_risk":
                    c.tolerated = TOL_B2B_RISK
                else:
                    c.tolerated = TOL_B2B_ONE
                if not last:
                    sid = f.add(
                        c,
                        office(t + timedelta(hours=f.rng.uniform(1, 3))),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.expected = ["detractor"]
                    c.extra.update({"nps_given": True, "survey_event_id": sid})
                else:
                    t2 = office(t + timedelta(hours=f.rng.uniform(18, 40)))
                    if acc.startswith("GDF-IT") and prob == "invoice":
                        comp = f.rng.choice(COMPS)
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            W.B2B[lang]["last"][0].format(case=case, comp=comp),
                            subject=W.T[lang]["subject_case"][0].format(case=case),
                        )
                        c.extra["competitor"] = comp
                    else:
                        e2 = f.add(c, t2, "phone", "call", W.LAST_CALL[lang].format(case=case))
                    c.expected = ["repeat_contact"]
                    c.tolerated = [x for x in TOL_B2B_RISK if x != "repeat_contact"]
                    c.extra["complaint_event_ids"].append(e2)
            elif mild_left:
                mild_left -= 1
                c.persona, c.habit = "b2b_mild", "suggests"
                c.tolerated = TOL_SIL
                c.extra["role"] = "suggests"
                tm = office(
                    f.start + timedelta(days=f.rng.randint(2, 9), hours=f.rng.uniform(8, 16))
                )
                mid = f.add(
                    c,
                    tm,
                    "web",
                    "ticket",
                    f.rng.choice(W.B2B[lang]["suggest"]),
                    attrs={"page": "/portal/feedback"},
                )
                f.add(
                    c,
                    tm + timedelta(minutes=40),
                    "email",
                    "message",
                    W.B2B[lang]["mild_ack"][0].format(first=c.first),
                    "outbound",
                )
                c.extra.update({"mild_event_id": mid, "trouble_starts_at": iso(tm)})
            else:
                for d in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4)):
                    f.happy_act(c, f.start + timedelta(days=d, hours=f.rng.uniform(8, 16.5)))
            c.extra["habit"] = c.habit
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, d0(2026, 11, 2), 7)
    for _ in range(40):
        c = f.person("happy", "day writer", [], NO_TOL)
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            f.happy_act(c, f.at(d))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], TOL_SIL)
        t = f.at(0, 9, 17)
        gid = f.add(c, t, "chat", "chat", f.pick(c, "grumble"))
        f.add(c, t + timedelta(minutes=4), "chat", "chat", f.pick(c, "mild_ack"), "outbound")
        c.extra.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lg, h in (("it", 9.6), ("es", 15.2)):
        c = f.person("grumbles_once", "lone question", [], TOL_SIL, lang=lg)
        t = f.start + timedelta(days=2, hours=h)
        lid = f.add(c, t, "chat", "chat", W.LONE_Q[lg])
        f.add(c, t + timedelta(minutes=3), "chat", "chat", W.LONE_A[lg], "outbound")
        c.extra.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    s0 = f.start + timedelta(days=3, hours=10, minutes=5)
    langs = ["it"] * 6 + ["es"] * 6 + ["en", "en", "fr", "fr", "de", "de", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    keys, eids, reps = [], [], []
    repeat_idx = set(f.rng.sample([i for i, o in enumerate(offs) if o <= 28], 6))
    fixed_idx = set(f.rng.sample([i for i in range(20) if i not in repeat_idx], 5))
    for i, (lg, ch, off) in enumerate(zip(langs, chans, offs, strict=True)):
        regular = i % 3 != 0
        c = f.person("spike_reporter", "regular" if regular else "new", [], TOL_SIL, lang=lg)
        if regular:
            f.happy_act(c, f.start + timedelta(days=1, hours=f.rng.uniform(8, 17.5)))
        t = s0 + timedelta(minutes=off, seconds=f.rng.randint(0, 50))
        txt = f.rng.choice(W.SPIKE[lg])
        if ch == "social":
            eid = f.add(c, t, "social", "mention", f.mention(txt))
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", txt)
            f.add(c, t + timedelta(minutes=2), "chat", "chat", W.SPIKE_ANSWER[lg], "outbound")
        elif ch == "community":
            eid = f.add(c, t, "community", "post", txt)
        elif ch == "email":
            eid = f.add(c, t, "email", "message", txt, subject="Guidora app")
        else:
            eid = f.add(c, t, "web", "ticket", txt, attrs={"page": "/help/contact"})
        keys.append(c.key)
        eids.append(eid)
        c.extra.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if i in repeat_idx:
            c.persona, c.expected, c.tolerated = (
                "spike_repeater",
                ["repeat_contact"],
                ["sentiment_drop", "silence"],
            )
            ch2 = f.rng.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + timedelta(minutes=f.rng.randint(12, 50))
            txt2 = f.rng.choice(W.SPIKE_AGAIN[lg])
            rid = f.add(
                c, t2, ch2, {"email": "message", "chat": "chat", "community": "post"}[ch2], txt2
            )
            reps.append(rid)
            c.extra["repeat_event_id"] = rid
        if i in fixed_idx:
            f.add(
                c,
                s0 + timedelta(hours=2, minutes=f.rng.randint(3, 12)),
                "email",
                "message",
                W.SPIKE_FIXED[lg].format(first=c.first),
                "outbound",
            )
            c.extra["agent_fixed"] = True
    f.spike = {
        "topic": "driving-lesson app logbook shows zero completed hours and blocks booking the driving test, error "
        + W.SPIKE_CODE,
        "about": "the planted incident: learners' logged lesson hours shown as zero in the app",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45, seconds=59)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


FAMILIES = [
    ("happy_writers", happy_writers),
    ("one_bad_day", one_bad_day),
    ("repeat_contacts", repeat_contacts),
    ("slow_churners", slow_churners),
    ("quiet_hours", quiet_hours),
    ("bilingual", bilingual),
    ("b2b_accounts", b2b_accounts),
    ("topic_spike", topic_spike),
]


def main() -> None:
    tot = [0, 0, 0]
    for name, build in FAMILIES:
        f = build()
        n = f.write(name.replace("_", " "))
        tot = [a + b for a, b in zip(tot, n, strict=True)]
        print(name, *n)
    print("total", *tot)


if __name__ == "__main__":
    main()
