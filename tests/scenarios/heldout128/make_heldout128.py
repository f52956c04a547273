# ruff: noqa: E501
"""Build tests/scenarios/heldout128/ (Ritmello dance schools), deterministic, stdlib only.

Run as ``python make_heldout128.py`` from anywhere.
"""

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
import wording_b2b as B  # noqa: E402

SEED = 20261114
BRAND = "Ritmello"
COMPS = ("Passerio", "Tanzlicht")
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
MARKETS = {
    "pt": ["PT"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "es": ["ES"],
    "it": ["IT"],
}
PHONES = {
    "PT": ("+351", "9", 9),
    "DE": ("+49", "15", 11),
    "AT": ("+43", "664", 10),
    "CH": ("+41", "7", 9),
    "UK": ("+44", "7", 10),
    "IE": ("+353", "8", 9),
    "FR": ("+33", "6", 9),
    "BE": ("+32", "4", 9),
    "ES": ("+34", "6", 9),
    "IT": ("+39", "3", 10),
}
FIRST = {
    "pt": [
        "Inês",
        "Joana",
        "Rita",
        "Tiago",
        "Rui",
        "Beatriz",
        "Sofia",
        "Miguel",
        "Ana",
        "Duarte",
        "Catarina",
        "Filipa",
        "Gonçalo",
        "Marta",
        "Nuno",
        "Leonor",
    ],
    "de": [
        "Jana",
        "Lukas",
        "Miriam",
        "Tobias",
        "Katrin",
        "Felix",
        "Sabine",
        "Jörg",
        "Anja",
        "Henrik",
        "Paula",
        "Stefan",
        "Ute",
        "Moritz",
        "Carla",
        "Björn",
    ],
    "en": ["Emma", "Liam", "Chloe", "Aidan", "Grace", "Owen", "Niamh", "Harry"],
    "fr": ["Camille", "Hugo", "Léa", "Théo", "Manon", "Lucas", "Inès", "Jules"],
    "es": ["Lucía", "Pablo", "Irene", "Sergio", "Nerea", "Álvaro", "Marta", "Diego"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Davide", "Elena", "Paolo"],
}
LAST = {
    "pt": [
        "Ferreira",
        "Carvalho",
        "Sousa",
        "Pinto",
        "Ribeiro",
        "Mendes",
        "Lopes",
        "Teixeira",
        "Moreira",
        "Correia",
        "Nogueira",
        "Amaral",
    ],
    "de": [
        "Hartmann",
        "Vogel",
        "Krüger",
        "Brandt",
        "Seidel",
        "Lorenz",
        "Franke",
        "Winkler",
        "Haas",
        "Kühn",
        "Pohl",
        "Albrecht",
    ],
    "en": ["Walsh", "Hughes", "Byrne", "Foster", "Murphy", "Grant"],
    "fr": ["Moreau", "Girard", "Lambert", "Fournier", "Roux", "Blanc"],
    "es": ["Navarro", "Ortega", "Castillo", "Romero", "Gil", "Vidal"],
    "it": ["Ricci", "Galli", "Conti", "Greco", "Bruno", "Fontana"],
}
TOWNS = {
    "PT": "Lisboa",
    "DE": "Leipzig",
    "AT": "Graz",
    "CH": "Basel",
    "UK": "Leeds",
    "IE": "Cork",
    "FR": "Lyon",
    "BE": "Liège",
    "ES": "Valencia",
    "IT": "Torino",
}
JOBS = [
    "nurse",
    "teacher",
    "accountant",
    "student",
    "engineer",
    "shop owner",
    "retired",
    "designer",
    "bus driver",
    "pharmacist",
]
SOURCES = {
    "email": "ritmello-mail",
    "phone": "ritmello-voice",
    "social": "ritmello-social",
    "community": "ritmello-forum",
    "chat": "ritmello-chat",
    "web": "ritmello-web",
    "survey": "ritmello-survey",
}
USED: set[str] = set()


def uniq(value: str) -> str:
    if value in USED:
        raise SystemExit(f"identifier used twice: {value}")
    USED.add(value)
    return value


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    out = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", out)
        if unicodedata.category(ch) != "Mn" or ch == "\u0303"
    )


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, str | None]
    truth: dict[str, Any]
    seen: bool = False


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
    customers: dict[str, Cust] = field(default_factory=dict)
    rows: list[tuple[datetime, int, dict[str, Any]]] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def day(self, d: float, h0: float = 7, h1: float = 21) -> datetime:
        return self.start + timedelta(days=int(d), minutes=int(self.rng.uniform(h0 * 60, h1 * 60)))

    def pick_lang(self) -> str:
        lang: str = self.rng.choices(W.LANGS, weights=(30, 30, 10, 10, 10, 10))[0]
        return lang

    def person(
        self,
        persona: str,
        habit: str,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        lang: str | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        lg = lang or self.pick_lang()
        mk = market or self.rng.choice(MARKETS[lg])
        first = self.rng.choice(FIRST[lg])
        last = self.rng.choice(LAST[lg])
        while True:
            num = self.rng.randint(1000, 9999)
            key = f"RT{self.code.upper()}{num}"
            if key not in USED:
                break
        uniq(key)
        base = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        email = uniq(
            f"{base}{num % 1000}@{domain or self.rng.choice(['mail', 'correio', 'post', 'inbox'])}.example"
        )
        cc, pre, ln = PHONES[mk]
        phone = uniq(cc + pre + "".join(str(self.rng.randint(0, 9)) for _ in range(ln - len(pre))))
        handle: str | None = None
        if not account:
            opts = [
                f"@{base.replace('.', '_')}{num % 10}",
                f"@{strip_accents(last).lower()}{num % 97}",
                f"@{strip_accents(first).lower()}_{num % 1000}",
            ]
            self.rng.shuffle(opts)
            handle = uniq(
                next((h for h in opts if h not in USED), f"@{base.replace('.', '')}{num}")
            )
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth: dict[str, Any] = {
            "identifiers": dict(ids),
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": self.rng.choice(JOBS),
            "town": TOWNS[mk],
        }
        c = Cust(key, lg, mk, ids, truth)
        self.customers[key] = c
        return c

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text[:4].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 0.14:
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
        rough: bool = True,
    ) -> str:
        if t >= LIMIT or t < self.start or t.year != 2026:
            raise SystemExit(f"{self.name}: time out of range {t}")
        self.counter += 1
        eid = f"rt128-{self.code}-{self.counter:05d}"
        if out or not c.seen:
            cust = {k: v for k, v in c.ids.items() if v}
            if not out:
                c.seen = True
        else:
            if channel == "phone":
                cust = {"phone": c.ids["phone"] or ""}
            elif channel in ("social", "community"):
                cust = (
                    {"handle": c.ids["handle"]}
                    if c.ids["handle"]
                    else {"email": c.ids["email"] or ""}
                )
            elif channel == "email":
                cust = {"email": c.ids["email"] or ""}
            else:
                cust = {"customer_id": c.key}
            if c.ids["account_id"]:
                cust["account_id"] = c.ids["account_id"]
        if text is not None and not out and rough and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if (
            text is not None
            and channel == "social"
            and not out
            and c.truth["segment"] == "consumer"
        ):
            i = text.rfind(BRAND)
            text = text[:i] + "@" + text[i:] if i >= 0 else f"@{BRAND} " + text
        a = {"market": c.market} | (attrs or {})
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        sc = {"nps": None, "csat": None, "ces": None} | (scores or {})
        row = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": cust,
            "text": text,
            "subject": subject,
            "scores": sc,
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append((t, self.counter, row))
        return eid

    def w(self, table: dict[str, list[str]], c: Cust, **kw: str) -> str:
        return self.rng.choice(table.get(c.lang) or table["en"]).format(**kw)

    def agent(
        self, c: Cust, t: datetime, channel: str, text: str, subject: str | None = None
    ) -> str:
        kind = "chat" if channel == "chat" else "message"
        return self.add(
            c,
            t,
            channel,
            kind,
            text,
            subject=subject,
            out=True,
            attrs={
                "agent": self.rng.choice(
                    ["marta.s", "jonas.k", "sam.o", "chloe.d", "lucia.r", "giulia.b"]
                )
            },
        )

    def happy(self, c: Cust, t: datetime, surveys: bool = True) -> None:
        opts = ["praise", "gripe", "chat", "phone", "buy", "view", "review"] + (
            ["survey"] if surveys else []
        )
        k = self.rng.choice(opts)
        m = timedelta(minutes=self.rng.randint(1, 6))
        if k == "praise":
            ch = self.rng.choice(["social", "community"])
            self.add(c, t, ch, "mention" if ch == "social" else "post", self.w(W.PRAISE, c))
        elif k == "gripe":
            self.add(c, t, "community", "post", self.w(W.PRAISE_GRIPE, c))
        elif k == "chat":
            self.add(c, t, "chat", "chat", self.w(W.QUESTION, c))
            self.agent(c, t + m, "chat", self.w(W.ANSWER, c))
            if self.rng.random() < 0.6:
                self.add(c, t + m + timedelta(minutes=2), "chat", "chat", self.w(W.THANKS, c))
        elif k == "phone":
            self.add(c, t, "phone", "call", W.PHONE_Q[c.lang][0])
            self.agent(c, t + timedelta(minutes=20), "email", self.w(W.PHONE_FOLLOW, c))
        elif k == "buy":
            prod, val = self.rng.choice(W.CLASSES)
            self.add(c, t, "web", "page_view", attrs={"page": "/timetable"})
            cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
            v = float(val) * {"GBP": 0.86, "CHF": 0.94}.get(cur, 1.0)
            self.add(
                c,
                t + timedelta(minutes=4),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{v:.2f}",
                    "currency": cur,
                    "product": prod,
                    "page": "/checkout",
                },
            )
        elif k == "view":
            self.add(c, t, "web", "page_view", attrs={"page": self.rng.choice(W.PAGES)})
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.w(W.REVIEW, c),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            s = self.rng.choice(
                [
                    {"nps": self.rng.randint(9, 10)},
                    {"csat": self.rng.randint(4, 5)},
                    {"ces": self.rng.randint(6, 7)},
                ]
            )
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                self.w(W.SURVEY_WORD, c) or None,
                scores=s,
                attrs={"survey": next(iter(s))},
            )

    def write(self, expected: dict[str, int]) -> None:
        counts: Counter[str] = Counter()
        for c in self.customers.values():
            tr = c.truth
            if set(tr["expected_rules"]) & set(tr["tolerated_rules"]):
                raise SystemExit(f"{c.key} expects and tolerates")
            if not c.seen:
                raise SystemExit(f"{c.key} has no inbound touchpoint")
            counts.update(tr["expected_rules"])
        for a in self.accounts.values():
            counts.update(a["expected_rules"])
        if self.spike:
            counts["topic_spike"] += 1
        if dict(counts) != expected:
            raise SystemExit(f"{self.name}: expected {dict(counts)} != {expected}")
        self.rows.sort(key=lambda r: (r[0], r[1]))
        last = self.rows[-1][0] + timedelta(hours=1)
        end = max(self.start + timedelta(days=self.days), last)
        if end > LIMIT:
            raise SystemExit("end too late")
        with (HERE / f"{self.name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
            for _, _, row in self.rows:
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Ritmello (dance schools; Ritmello Corporate)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "blind, 2026-12-05",
                "expected": dict(sorted(counts.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.customers.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


CASES: set[str] = set()


def case(f: Fam) -> str:
    while True:
        ref = f"RT-{f.rng.randint(100000, 999999)}"
        if ref not in CASES:
            CASES.add(ref)
            return ref


def awake(t: datetime, h0: int = 7, h1: int = 22) -> datetime:
    if t.hour >= h1:
        return (t + timedelta(days=1)).replace(hour=h0 + 1, minute=t.minute % 50)
    if t.hour < h0:
        return t.replace(hour=h0 + 1, minute=t.minute % 50)
    return t


TOL_REPEAT = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
TOL_SLIDE = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def complaint(
    f: Fam, c: Cust, prob: str, t: datetime, channel: str, long_email: bool = False
) -> str:
    amt = {"UK": "£82", "CH": "CHF 90"}.get(c.market, "96 €")
    text = f.w(W.COMPLAINT[prob], c, amt=amt)
    subj = f"{W.SUBJ_COMPLAINT[c.lang]}: {W.PROBLEM_TOPIC[prob]}" if channel == "email" else None
    if channel == "email" and long_email and c.lang in W.LONG_EMAIL:
        text = f.w(W.LONG_EMAIL, c, complaint=text)
    if channel == "phone":
        return f.add(c, t, "phone", "call", W.CALL[c.lang].format(topic=W.CALL_TOPIC[prob][c.lang]))
    kind = {
        "email": "message",
        "chat": "chat",
        "social": "mention",
        "web": "ticket",
        "community": "post",
    }[channel]
    return f.add(
        c,
        t,
        channel,
        kind,
        text,
        subject=subj,
        attrs={"page": "/help/contact"} if channel == "web" else None,
    )


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "hw",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers writing by day, by night, or only answering surveys",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(5, 8))):
            f.happy(c, f.day(d, 7, 19))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 380))
            if f.rng.random() < 0.5:
                f.add(c, t, "community", "post", f.w(W.NIGHT_POST, c))
            else:
                f.add(c, t, "chat", "chat", f.w(W.NIGHT_Q, c))
                f.agent(c, t + timedelta(minutes=3), "chat", f.w(W.NIGHT_A, c))
                f.add(c, t + timedelta(minutes=5), "chat", "chat", f.w(W.THANKS, c))
        for d in f.rng.sample(range(10), f.rng.randint(2, 3)):
            f.happy(c, f.day(d, 9, 18), surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            s = f.rng.choice(
                [
                    {"nps": f.rng.randint(9, 10)},
                    {"csat": f.rng.randint(4, 5)},
                    {"ces": f.rng.randint(6, 7)},
                ]
            )
            f.add(
                c,
                f.day(d, 8, 20),
                "survey",
                "survey_response",
                f.w(W.SURVEY_WORD, c) or None,
                scores=s,
                attrs={"survey": next(iter(s))},
            )
    f.write({})
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "bd",
        2,
        datetime(2026, 4, 6, tzinfo=UTC),
        12,
        "happy customers with one angry day",
    )
    channels = (
        ["email_long"] * 4
        + ["email"] * 4
        + ["chat"] * 4
        + ["social"] * 4
        + ["web"] * 4
        + ["phone"] * 4
    )
    probs = [p for p in W.PROBLEMS for _ in range(4)]
    f.rng.shuffle(probs)
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    detr = set(f.rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in detr]
    csat = set(rest[:5])
    news = set(f.rng.sample(with_case, 12))
    for i, ch in enumerate(channels):
        d = f.rng.randint(2, 9)
        tol = ("silence",)
        persona = "bad_day_detractor" if i in detr else "happy_one_bad_day"
        c = f.person(
            persona,
            "one bad day",
            expected=("detractor",) if i in detr else (),
            tolerated=tol,
            lang=("pt" if i % 2 else "de") if ch == "email_long" else None,
        )
        for hd in f.rng.sample(
            [x for x in range(12) if x < d - 1 or x > d + 2], f.rng.randint(1, 5)
        ):
            f.happy(c, f.day(hd, 8, 19), surveys=False)
        t = f.day(d, 8, 20)
        real = "email" if ch == "email_long" else ch
        eid = complaint(f, c, probs[i], t, real, long_email=ch == "email_long")
        c.truth.update(
            {
                "problem": probs[i],
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "channel": real,
                "long_email": ch == "email_long",
                "booking": None,
            }
        )
        if ch == "social":
            continue
        ref = case(f)
        c.truth["booking"] = ref
        if real == "chat":
            f.agent(c, t + timedelta(minutes=3), "chat", f.w(W.CASE_OPENED, c, case=ref))
        else:
            f.agent(
                c,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                "email",
                f.w(W.CASE_OPENED, c, case=ref),
                subject=f"{W.SUBJ_RE[c.lang]} {ref}",
            )
        if i in detr:
            n = f.rng.randint(1, 5)
            c.truth.update(
                {
                    "nps_given": True,
                    "nps": n,
                    "survey_event_id": f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(100, 140)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": n},
                        attrs={"survey": "nps"},
                    ),
                }
            )
        elif i in csat:
            n = f.rng.randint(1, 2)
            c.truth.update(
                {
                    "csat_given": True,
                    "csat": n,
                    "survey_event_id": f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(40, 80)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"csat": n},
                        attrs={"survey": "csat"},
                    ),
                }
            )
        if i in news:
            f.agent(
                c,
                awake(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                f.w(W.GOOD_NEWS, c, case=ref),
                subject=f"{W.SUBJ_RE[c.lang]} {ref}",
            )
            c.truth["agent_fixed"] = True
            if f.rng.random() < 0.45:
                at = awake(t + timedelta(hours=f.rng.uniform(16, 24)))
                c.truth.update(
                    {
                        "apologised": True,
                        "apology_at": iso(at),
                        "apology_event_id": f.add(c, at, "chat", "chat", f.w(W.APOLOGY, c)),
                    }
                )
    for _ in range(8):
        c = f.person("happy", "control")
        for d in sorted(f.rng.sample(range(12), f.rng.randint(4, 7))):
            f.happy(c, f.day(d, 8, 19), surveys=False)
    f.write({"detractor": 6})
    return f


def repeat_run(
    f: Fam, c: Cust, prob: str, t: datetime, times: int, first_ch: str, quality: bool, comp: str
) -> None:
    ref = case(f)
    eids = [complaint(f, c, prob, t, first_ch)]
    if first_ch == "chat":
        f.agent(c, t + timedelta(minutes=3), "chat", f.w(W.CASE_OPENED, c, case=ref))
    if quality:
        f.agent(
            c,
            t + timedelta(minutes=f.rng.randint(90, 150)),
            "email",
            f.w(W.QUALITY_LEAD, c, case=ref),
            subject=f"{W.SUBJ_RE[c.lang]} {ref}",
        )
    elif first_ch != "chat":
        f.agent(
            c,
            t + timedelta(minutes=f.rng.randint(10, 40)),
            "email",
            f.w(W.CASE_OPENED, c, case=ref),
            subject=f"{W.SUBJ_RE[c.lang]} {ref}",
        )
    chans = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    f.rng.shuffle(chans)
    cur = t
    for k in range(1, times):
        cur = awake(cur + timedelta(hours=f.rng.uniform(4, 40)), 8, 22)
        ch = chans[k - 1]
        text = (
            f.w(W.STILL_OPEN, c, case=ref)
            + (f.w(W.THIRD, c, comp=comp) if k == 2 else "")
            + (f.w(W.FOURTH, c) if k == 3 else "")
        )
        if ch == "phone":
            eids.append(
                f.add(
                    c,
                    cur,
                    "phone",
                    "call",
                    W.CALL[c.lang].format(topic=W.CALL_TOPIC[prob][c.lang]) + " " + ref,
                )
            )
        else:
            kind = {"email": "message", "chat": "chat", "web": "ticket", "social": "mention"}[ch]
            eids.append(
                f.add(
                    c,
                    cur,
                    ch,
                    kind,
                    text,
                    subject=f"{W.SUBJ_RE[c.lang]} {ref}" if ch == "email" else None,
                    attrs={"page": "/help/contact"} if ch == "web" else None,
                )
            )
        if ch == "chat":
            f.agent(c, cur + timedelta(minutes=4), "chat", f.w(W.URGENT, c, case=ref))
    c.truth.update(
        {
            "problem": prob,
            "booking": ref,
            "problem_event_ids": eids,
            "contacts": times,
            "trouble_starts_at": iso(t),
            "agent_passed_on": quality,
            "competitor": comp if times >= 3 else None,
            "channel": first_ch,
        }
    )


def fixed_case(f: Fam, c: Cust, prob: str, t: datetime, ch: str, confirm_c: str) -> dict[str, Any]:
    ref = case(f)
    e1 = complaint(f, c, prob, t, ch)
    f.agent(
        c,
        t + timedelta(minutes=f.rng.randint(10, 40)),
        "email",
        f.w(W.CASE_OPENED, c, case=ref),
        subject=f"{W.SUBJ_RE[c.lang]} {ref}",
    )
    fx = awake(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.agent(c, fx, "email", f.w(W.GOOD_NEWS, c, case=ref), subject=f"{W.SUBJ_RE[c.lang]} {ref}")
    cf = awake(fx + timedelta(hours=f.rng.uniform(8, 30)))
    e2 = f.add(
        c,
        cf,
        confirm_c,
        "chat" if confirm_c == "chat" else "message",
        f.w(W.CONFIRM, c, case=ref),
        subject=f"{W.SUBJ_RE[c.lang]} {ref}" if confirm_c == "email" else None,
    )
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(fx),
        "confirmed_at": iso(cf),
        "problem_event_ids": [e1],
        "confirm_event_id": e2,
        "channel": ch,
        "confirm_channel": confirm_c,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "rc",
        3,
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        "repeat contacts, fixed cases, two problems, frequent writers",
    )
    times = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    for i in range(12):
        c = f.person(
            "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=TOL_REPEAT
        )
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.day(0, 7, 12), surveys=False)
        repeat_run(
            f,
            c,
            W.PROBLEMS[i % 6],
            f.day(f.rng.randint(1, 4), 8, 19),
            times[i],
            firsts[i],
            i % 2 == 0,
            COMPS[i % 2],
        )
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=("silence",))
        f.happy(c, f.day(0, 8, 12), surveys=False)
        fc = fixed_case(
            f,
            c,
            W.PROBLEMS[i],
            f.day(f.rng.randint(1, 4), 8, 18),
            f.rng.choice(["email", "web"]),
            f.rng.choice(["email", "chat"]),
        )
        c.truth.update({"problems": [fc], "trouble_starts_at": fc["raised_at"]})
    for i in range(3):
        c = f.person("different_problems", "two problems", tolerated=("silence",))
        d = f.rng.randint(1, 2)
        a = fixed_case(f, c, W.PROBLEMS[i], f.day(d, 8, 14), "email", "email")
        b = fixed_case(
            f, c, W.PROBLEMS[i + 3], f.day(d + f.rng.randint(4, 5), 8, 14), "web", "chat"
        )
        c.truth.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(5, 8))):
            f.happy(c, f.day(d, 8, 19), surveys=False)
    f.write({"repeat_contact": 12})
    return f


def slide(
    f: Fam, c: Cust, d0: int, span: int, comp: str, alt: str | None = None, nps: bool = False
) -> None:
    t = f.day(d0, 8, 18)
    eids = []
    step_days = sorted([0, span] + [f.rng.randint(0, span) for _ in range(4)])
    ratings = ["3", "3", "2", "2", "1", "1"]
    prev = t
    for k in range(6):
        tk = max(
            f.start
            + timedelta(
                days=d0 + step_days[k], hours=f.rng.randint(8, 19), minutes=f.rng.randint(0, 59)
            ),
            prev + timedelta(hours=1),
        )
        tk = awake(tk, 8, 21)
        prev = tk
        lang = alt if alt and k % 2 else c.lang
        text = W.SLIDE[lang][k].format(amt=W.SLIDE_AMT[lang], comp=comp)
        ch = f.rng.choice(["social", "community", "web"])
        if ch == "web":
            eids.append(
                f.add(
                    c, tk, "web", "review", text, attrs={"rating": ratings[k], "page": "/reviews"}
                )
            )
        else:
            eids.append(f.add(c, tk, ch, "mention" if ch == "social" else "post", text))
        if k == 3 and nps:
            n = f.rng.randint(1, 5)
            c.truth.update(
                {
                    "nps_given": True,
                    "nps": n,
                    "survey_event_id": f.add(
                        c,
                        awake(tk + timedelta(hours=f.rng.uniform(2.5, 3.5)), 8, 21),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": n},
                        attrs={"survey": "nps"},
                    ),
                }
            )
    c.truth.update(
        {
            "slide_event_ids": eids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(t),
        }
    )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "sc",
        4,
        datetime(2026, 6, 22, tzinfo=UTC),
        32,
        "sliding churners, leavers, steady, steadily grumpy, sarcastic",
    )
    spans = [3] + [5] * 5 + [9] * 4
    nps_idx = set(f.rng.sample(range(10), 5))
    for i in range(10):
        exp: tuple[str, ...] = (
            ("sentiment_drop", "detractor") if i in nps_idx else ("sentiment_drop",)
        )
        c = f.person("slow_churner", "slides", expected=exp, tolerated=TOL_SLIDE)
        for d in sorted(f.rng.sample(range(11), 4 + i % 2)):
            f.add(
                c, f.day(d, 8, 20), f.rng.choice(["social", "community"]), "post", f.w(W.PRAISE, c)
            )
        for d in f.rng.sample(range(11), f.rng.randint(2, 4)):
            f.happy(c, f.day(d, 8, 20), surveys=False)
        slide(f, c, f.rng.randint(12, 16), spans[i], COMPS[i % 2], nps=i in nps_idx)
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        for d in sorted(f.rng.sample(range(16), f.rng.randint(4, 6))):
            f.happy(c, f.day(d, 8, 20), surveys=False)
        t = f.day(f.rng.randint(17, 23), 8, 17)
        e1 = f.add(c, t, "email", "message", f.w(W.LEAVE, c), subject="Ritmello Plus")
        f.agent(
            c,
            t + timedelta(hours=f.rng.uniform(1, 5)),
            "email",
            f.w(W.SORRY_GO, c),
            subject="RE: Ritmello Plus",
        )
        ct = t + timedelta(hours=f.rng.uniform(20, 30))
        e2 = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/plus/cancel", "product": "Ritmello Plus"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e1,
                "cancellation_event_id": e2,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for d in sorted(f.rng.sample(range(32), f.rng.randint(6, 10))):
            f.happy(c, f.day(d, 8, 20))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        d = f.rng.randint(0, 4)
        eids: list[str] = []
        first_t = f.day(d, 8, 20)
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            t = first_t if not eids else f.day(d, 8, 20)
            if ch == "web":
                eids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "review",
                        f.w(W.GRUMPY, c),
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            else:
                eids.append(
                    f.add(c, t, ch, "post" if ch == "community" else "mention", f.w(W.GRUMPY, c))
                )
            d += f.rng.randint(1, 3)
        c.truth.update({"grumble_event_ids": eids, "trouble_starts_at": iso(first_t)})
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        for d in sorted(f.rng.sample(range(16), f.rng.randint(3, 5))):
            f.happy(c, f.day(d, 8, 20), surveys=False)
        t = f.day(f.rng.randint(17, 28), 9, 20)
        c.truth.update(
            {
                "sarcasm_event_id": f.add(c, t, "social", "mention", f.w(W.SARCASM, c)),
                "trouble_starts_at": iso(t),
            }
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "qh",
        5,
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        "a calm weekend with night owls in bursts",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(3), f.rng.randint(1, 3))):
            f.happy(c, f.day(d, 7, 17.5), surveys=False)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.day(f.rng.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/studios"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if f.rng.random() < 0.5:
            e = f.add(c, t2, "chat", "chat", f.w(W.GRUMBLE_ONCE, c))
            f.agent(c, t2 + timedelta(minutes=3), "chat", f.w(W.GRUMBLE_ACK, c))
        else:
            e = f.add(
                c, t2, "web", "ticket", f.w(W.GRUMBLE_ONCE, c), attrs={"page": "/help/contact"}
            )
            f.agent(c, t2 + timedelta(minutes=30), "email", f.w(W.GRUMBLE_ACK, c))
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t2)})
    n = 0
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for off in (0, f.rng.randint(28, 33), f.rng.randint(55, 65)):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                n += 1
                c = f.person("night_owl", f"night {night + 1}, burst {off}")
                t = bt + timedelta(minutes=f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", f.w(W.NIGHT_Q, c))
                    f.agent(c, t + timedelta(minutes=3), "chat", f.w(W.NIGHT_A, c))
                    f.add(c, t + timedelta(minutes=5), "chat", "chat", f.w(W.THANKS, c))
                else:
                    e = f.add(c, t, "community", "post", f.w(W.NIGHT_POST, c))
                c.truth.update({"burst_at": iso(bt), "night_event_id": e})
                if n % 2 == 0 and night < 2:
                    f.happy(c, f.day(night + 1, 9, 17.5), surveys=False)
    f.write({})
    return f


PAIRS = [
    ("pt", "de"),
    ("de", "pt"),
    ("pt", "en"),
    ("de", "en"),
    ("pt", "es"),
    ("de", "fr"),
    ("fr", "de"),
    ("es", "pt"),
    ("it", "de"),
    ("pt", "fr"),
    ("de", "it"),
    ("en", "pt"),
    ("pt", "de"),
    ("de", "pt"),
    ("pt", "it"),
    ("de", "es"),
    ("es", "de"),
    ("pt", "de"),
    ("de", "pt"),
    ("en", "de"),
    ("fr", "pt"),
    ("pt", "de"),
    ("de", "pt"),
    ("it", "pt"),
    ("pt", "en"),
    ("de", "en"),
    ("es", "fr"),
]


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "bl",
        6,
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    mk = {"pt": "PT", "de": "DE", "en": "IE", "fr": "BE", "es": "ES", "it": "IT"}
    for i, (a, b) in enumerate(PAIRS):
        kind = (
            "happy"
            if i < 12
            else "repeat"
            if i < 17
            else "slide"
            if i < 22
            else "bad"
            if i < 25
            else "fixed"
        )
        persona = {
            "happy": "happy",
            "repeat": "repeat_contact",
            "slide": "slow_churner",
            "bad": "happy_one_bad_day",
            "fixed": "resolved_between_contacts",
        }[kind]
        exp = {"repeat": ("repeat_contact",), "slide": ("sentiment_drop",)}.get(kind, ())
        tol = {
            "repeat": TOL_REPEAT,
            "slide": TOL_SLIDE,
            "bad": ("silence",),
            "fixed": ("silence",),
        }.get(kind, ())
        habit = {
            "happy": "alternates languages",
            "repeat": "repeats",
            "slide": "slides",
            "bad": "one bad day",
            "fixed": "fixed",
        }[kind]
        c = f.person(
            persona, habit, expected=exp, tolerated=tol, lang=a, market=mk[a] if i % 3 else mk[b]
        )
        c.truth.update(
            {
                "languages": [a, b],
                "job_second_language": f.rng.choice(
                    [
                        "works for a company in the other language",
                        "partner's family",
                        "studied abroad",
                        "lives near the border",
                    ]
                ),
            }
        )
        if kind == "happy":
            for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
                c.lang = b if k % 2 else a
                f.happy(c, f.day(d, 8, 20), surveys=False)
            c.lang = a
        elif kind == "repeat":
            f.happy(c, f.day(0, 8, 14), surveys=False)
            tms = [2, 2, 3, 3, 4][i - 12]
            repeat_run(
                f,
                c,
                W.PROBLEMS[i % 6],
                f.day(f.rng.randint(2, 5), 8, 18),
                tms,
                "email",
                tms >= 3,
                COMPS[i % 2],
            )
        elif kind == "slide":
            for d in sorted(f.rng.sample(range(6), 5)):
                f.add(
                    c,
                    f.day(d, 8, 20),
                    "community",
                    "post",
                    W.PRAISE[a][0] if d % 2 else W.PRAISE[b][0],
                )
            slide(f, c, f.rng.randint(7, 8), f.rng.choice([3, 5]), COMPS[i % 2], alt=b)
        elif kind == "bad":
            for d in f.rng.sample(range(0, 5), 2):
                f.happy(c, f.day(d, 8, 20), surveys=False)
            c.lang = b
            t = f.day(f.rng.randint(7, 10), 9, 19)
            ch = ["email", "email", "chat"][i - 22]
            e = complaint(f, c, W.PROBLEMS[i % 6], t, ch, long_email=i == 22)
            ref = case(f)
            f.agent(c, t + timedelta(minutes=20), ch, f.w(W.CASE_OPENED, c, case=ref))
            c.lang = a
            c.truth.update(
                {
                    "problem": W.PROBLEMS[i % 6],
                    "bad_day_at": iso(t),
                    "bad_day_event_id": e,
                    "bad_day_language": b,
                    "booking": ref,
                    "trouble_starts_at": iso(t),
                }
            )
        else:
            fc = fixed_case(f, c, W.PROBLEMS[i % 6], f.day(3, 9, 17), "web", "email")
            c.truth.update(
                {"problems": [fc], "trouble_starts_at": fc["raised_at"], "confirm_language": b}
            )
    f.write({"repeat_contact": 5, "sentiment_drop": 5})
    return f


ACCOUNTS = [
    ("DE", "de", "facilities", "at_risk", "portal", 3, 5),
    ("DE", "de", "municipality", "at_risk", "invoice", 4, 5),
    ("PT", "pt", "hotel", "at_risk", "invoice", 3, 4),
    ("PT", "pt", "school", "at_risk", "overbilled", 4, 6),
    ("AT", "de", "bank", "at_risk", "service_blocked", 3, 4),
    ("DE", "de", "logistics", "one_unhappy", "service_blocked", 1, 3),
    ("PT", "pt", "software", "one_unhappy", "overbilled", 1, 3),
    ("ES", "es", "hospital", "one_unhappy", "portal", 1, 3),
    ("FR", "fr", "insurance", "one_unhappy", "invoice", 1, 3),
    ("DE", "de", "university", "mild", "", 0, 4),
    ("PT", "pt", "retail", "mild", "", 0, 4),
    ("IT", "it", "law firm", "mild", "", 0, 4),
    ("UK", "en", "agency", "happy", "", 0, 4),
    ("DE", "de", "factory", "happy", "", 0, 4),
    ("IE", "en", "call centre", "happy", "", 0, 3),
]


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "bb",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Ritmello Corporate accounts: staff dance classes and team events",
    )
    tol_risk = (
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
        "account_risk",
    )
    for ai, (mk, lg, site, kind, prob, unhappy, n) in enumerate(ACCOUNTS):
        acc = uniq(f"RTC-{mk}-{f.rng.randint(1000, 9999)}")
        company = f"{['Nordlicht', 'Stadtwerke', 'Atlântico', 'Colégio Sol', 'Alpenbank', 'Transflux', 'Bytecasa', 'Salud Norte', 'Assurcoeur', 'Uni Nord', 'Loja Viva', 'Studio Legale Riva', 'Brightside', 'Metallbau Kern', 'Corrib Calls'][ai]} ({site})"
        domain = f"{acc.lower().replace('-', '')}"
        keys: list[str] = []
        unhappy_keys: list[str] = []
        ref = case(f)
        first_name = ""
        t = f.start + timedelta(days=2, hours=8, minutes=f.rng.randint(0, 90))
        for k in range(n):
            if kind == "at_risk" and k < unhappy:
                last = k == unhappy - 1
                exp: tuple[str, ...] = ("repeat_contact",) if last else ("detractor",)
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    expected=exp,
                    tolerated=tuple(r for r in tol_risk if r not in exp),
                    lang=lg,
                    market=mk,
                    account=acc,
                    domain=domain,
                )
                c.truth.update(
                    {"role": "complainer", "company": company, "job_title": "office manager"}
                )
                comp_text = B.B2B_COMPLAINT[prob][lg][0]
                if k == 0:
                    first_name = c.truth["name"].split()[0]
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        comp_text,
                        subject=f"{W.SUBJ_COMPLAINT[lg]}: {prob}",
                    )
                    f.agent(
                        c,
                        t + timedelta(minutes=f.rng.randint(20, 60)),
                        "email",
                        f.w(W.CASE_OPENED, c, case=ref),
                        subject=f"{W.SUBJ_RE[lg]} {ref}",
                    )
                else:
                    t = t + timedelta(hours=f.rng.uniform(8, 28))
                    t = (
                        t
                        if 8 <= t.hour < 17 and t.weekday() < 5
                        else (t + timedelta(days=1 if t.hour >= 8 else 0)).replace(
                            hour=8, minute=15
                        )
                    )
                    while t.weekday() >= 5:
                        t += timedelta(days=1)
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        B.LATER[lg][0].format(
                            first=first_name, day=B.DAY_WORD[lg], case=ref, complaint=comp_text
                        ),
                        subject=f"{W.SUBJ_RE[lg]} {ref}",
                    )
                eids = [e]
                if not last:
                    nps = f.rng.randint(1, 5)
                    c.truth.update(
                        {
                            "nps_given": True,
                            "nps": nps,
                            "survey_event_id": f.add(
                                c,
                                t + timedelta(hours=f.rng.uniform(1, 3)),
                                "survey",
                                "survey_response",
                                None,
                                scores={"nps": nps},
                                attrs={"survey": "nps"},
                            ),
                        }
                    )
                else:
                    t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                    t2 = t2.replace(hour=max(8, min(t2.hour, 16)))
                    while t2.weekday() >= 5:
                        t2 += timedelta(days=1)
                    if ai == 0:
                        eids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                B.LAST_EMAIL[lg][0].format(case=ref, comp=COMPS[0]),
                                subject=f"{W.SUBJ_RE[lg]} {ref}",
                            )
                        )
                        c.truth["competitor"] = COMPS[0]
                    else:
                        eids.append(f.add(c, t2, "phone", "call", B.LAST_CALL[lg].format(case=ref)))
                c.truth.update(
                    {
                        "complaint_event_ids": eids,
                        "trouble_starts_at": iso(t),
                        "booking": ref,
                        "problem": prob,
                    }
                )
                unhappy_keys.append(c.key)
            elif kind == "one_unhappy" and k == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    expected=("detractor",),
                    tolerated=("sentiment_drop", "high_value_at_risk", "silence"),
                    lang=lg,
                    market=mk,
                    account=acc,
                    domain=domain,
                )
                c.truth.update(
                    {"role": "complainer", "company": company, "job_title": "HR manager"}
                )
                t1 = f.start + timedelta(
                    days=3 + ai % 5, hours=f.rng.randint(8, 15), minutes=f.rng.randint(0, 59)
                )
                while t1.weekday() >= 5:
                    t1 += timedelta(days=1)
                r1 = case(f)
                e = f.add(
                    c,
                    t1,
                    "email",
                    "message",
                    B.B2B_COMPLAINT[prob][lg][0],
                    subject=f"{W.SUBJ_COMPLAINT[lg]}: {prob}",
                )
                f.agent(
                    c,
                    t1 + timedelta(minutes=30),
                    "email",
                    f.w(W.CASE_OPENED, c, case=r1),
                    subject=f"{W.SUBJ_RE[lg]} {r1}",
                )
                nps = f.rng.randint(1, 5)
                c.truth.update(
                    {
                        "complaint_event_ids": [e],
                        "booking": r1,
                        "problem": prob,
                        "trouble_starts_at": iso(t1),
                        "nps_given": True,
                        "nps": nps,
                        "survey_event_id": f.add(
                            c,
                            t1 + timedelta(hours=2),
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": nps},
                            attrs={"survey": "nps"},
                        ),
                    }
                )
                unhappy_keys.append(c.key)
            elif kind == "mild" and k < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    tolerated=("silence",),
                    lang=lg,
                    market=mk,
                    account=acc,
                    domain=domain,
                )
                c.truth.update(
                    {"role": "suggests", "company": company, "job_title": "team assistant"}
                )
                t1 = f.start + timedelta(
                    days=2 + k * 2, hours=f.rng.randint(8, 15), minutes=f.rng.randint(0, 59)
                )
                e = f.add(
                    c,
                    t1,
                    "web",
                    "ticket",
                    B.MILD[lg][k % len(B.MILD[lg])],
                    attrs={"page": "/portal/feedback"},
                )
                f.agent(c, t1 + timedelta(hours=2), "email", B.MILD_ACK[lg][0])
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(t1)})
            else:
                c = f.person("b2b_happy", "contact", lang=lg, market=mk, account=acc, domain=domain)
                c.truth.update(
                    {"role": "contact", "company": company, "job_title": "people & culture lead"}
                )
                for d in sorted(
                    f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(3, 7))
                ):
                    tt = f.start + timedelta(
                        days=d, hours=f.rng.randint(8, 16), minutes=f.rng.randint(0, 30)
                    )
                    r = f.rng.random()
                    if r < 0.35:
                        f.add(c, tt, "chat", "chat", B.B2B_Q[lg][0])
                        f.agent(
                            c, tt + timedelta(minutes=f.rng.randint(1, 6)), "chat", f.w(W.ANSWER, c)
                        )
                    elif r < 0.55:
                        f.add(c, tt, "community", "post", B.B2B_PRAISE[lg][0])
                    elif r < 0.8:
                        f.add(c, tt, "web", "page_view", attrs={"page": "/portal/bookings"})
                    else:
                        s = f.rng.choice(
                            [
                                {"nps": f.rng.randint(9, 10)},
                                {"csat": f.rng.randint(4, 5)},
                                {"ces": f.rng.randint(6, 7)},
                            ]
                        )
                        f.add(
                            c,
                            tt,
                            "survey",
                            "survey_response",
                            None,
                            scores=s,
                            attrs={"survey": next(iter(s))},
                        )
            c.truth["job"] = c.truth["job_title"]
            c.truth["habit"] = c.truth["role"]
            keys.append(c.key)
        risk = kind == "at_risk"
        first_t = f.customers[unhappy_keys[0]].truth["trouble_starts_at"] if risk else None
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(keys),
            "contact_keys": keys,
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": risk,
            "expected_rules": ["account_risk"] if risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if risk else None,
            "trouble_starts_at": first_t,
            "language": lg,
            "country": mk,
        }
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "ts",
        8,
        datetime(2026, 11, 9, tzinfo=UTC),
        6,
        "a calm week and one planted spike on Saturday morning",
    )
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randint(2, 5))):
            f.happy(c, f.day(d, 12, 19) if d == 5 else f.day(d, 8, 19), surveys=False)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.day(0, 9, 16)
        e = f.add(c, t, "chat", "chat", f.w(W.GRUMBLE_ONCE, c))
        f.agent(c, t + timedelta(minutes=3), "chat", f.w(W.GRUMBLE_ACK, c))
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    for lg, hh in (("pt", 9.5), ("de", 16.2)):
        c = f.person("grumbles_once", "lone question", tolerated=("silence",), lang=lg)
        t = f.start + timedelta(days=4, hours=hh)
        e = f.add(c, t, "chat", "chat", W.LONE_Q[lg][0])
        f.agent(c, t + timedelta(minutes=4), "chat", W.LONE_A[lg][0])
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    langs = ["pt"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "es", "es", "it", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    s0 = datetime(2026, 11, 14, 8, 5, tzinfo=UTC)
    times = sorted(
        [s0]
        + [s0 + timedelta(minutes=f.rng.randint(1, 44)) for _ in range(18)]
        + [s0 + timedelta(minutes=45)]
    )
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    early = [i for i in range(20) if times[i] <= s0 + timedelta(minutes=25)]
    repeaters = set(early[:6])
    fixed = set([i for i in range(20) if i not in repeaters][:6])
    for i in range(20):
        lg = langs[i]
        regular = i < 12
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            expected=("repeat_contact",) if rep else (),
            tolerated=("silence", "sentiment_drop") if rep else ("silence",),
            lang=lg,
        )
        if regular:
            for _ in range(f.rng.randint(1, 3)):
                f.happy(
                    c,
                    f.start + timedelta(days=2, hours=8, minutes=f.rng.randint(0, 570)),
                    surveys=False,
                )
        ch = chans[i]
        text = f.w(W.SPIKE, c, code=W.SPIKE_CODE)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            c,
            times[i],
            ch,
            kind,
            text,
            subject="App: música de prática / practice audio" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.agent(c, times[i] + timedelta(minutes=2), "chat", f.w(W.SPIKE_CHAT_A, c))
        keys.append(c.key)
        eids.append(e)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(times[i]),
            }
        )
        if rep:
            ch2 = [x for x in ("email", "chat", "community") if x != ch][len(reps) % 2]
            t2 = times[i] + timedelta(minutes=f.rng.randint(15, 50))
            r = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.w(W.SPIKE_REPEAT, c, code=W.SPIKE_CODE),
            )
            reps.append(r)
            c.truth["repeat_event_id"] = r
        if i in fixed:
            local = "10:40" if c.market in ("UK", "IE", "PT") else "11:40"
            f.agent(
                c,
                datetime(2026, 11, 14, 11, 8 + len(reps) % 9, tzinfo=UTC),
                "email",
                f.w(W.SPIKE_FIXED, c, local=local),
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "dance-school app plays practice music and class videos at double speed, error "
        + W.SPIKE_CODE,
        "about": "app practice audio at double speed",
        "channel": None,
        "start": iso(times[0]),
        "end": iso(times[-1]),
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
        fam = build()
        print(fam.name, len(fam.customers), len(fam.rows))


if __name__ == "__main__":
    main()
