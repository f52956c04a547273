"""Build heldout249 (Ricamelo), written blind. Standard library only; fixed seed.

Run as ``python make_heldout249.py`` from anywhere.
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

SEED = 20261022
BRAND = "Ricamelo"
COMPS = ("Gravuro", "Bordanza")
LANGS = ("es", "en", "fr", "de", "it", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS: dict[str, tuple[str, ...]] = {
    "es": ("ES",),
    "en": ("UK", "UK", "IE"),
    "fr": ("FR", "FR", "BE", "CH"),
    "de": ("DE", "DE", "AT", "CH"),
    "it": ("IT", "IT", "CH"),
    "pt": ("PT",),
}
PHONE: dict[str, tuple[str, str, int]] = {
    "ES": ("34", "6", 8),
    "UK": ("44", "7", 9),
    "IE": ("353", "8", 8),
    "FR": ("33", "6", 8),
    "BE": ("32", "4", 8),
    "CH": ("41", "7", 8),
    "DE": ("49", "15", 9),
    "AT": ("43", "66", 8),
    "IT": ("39", "3", 9),
    "PT": ("351", "9", 8),
}
FIRST: dict[str, list[str]] = {
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Íñigo",
        "Carmen",
        "Álvaro",
        "Noelia",
        "Sergio",
        "Begoña",
        "Raúl",
        "Elena",
        "Pablo",
        "Ainhoa",
        "Jorge",
        "Rocío",
        "Diego",
    ],
    "en": [
        "Siobhan",
        "Gareth",
        "Chloe",
        "Liam",
        "Amelia",
        "Owen",
        "Niamh",
        "Harry",
        "Freya",
        "Declan",
        "Imogen",
        "Tom",
        "Grace",
        "Kieran",
        "Beth",
        "Rory",
    ],
    "fr": ["Camille", "Julien", "Manon", "Théo", "Léa", "Hugo", "Inès", "Louis"],
    "de": ["Jana", "Lukas", "Miriam", "Tobias", "Carla", "Felix", "Ines", "Jonas"],
    "it": ["Giulia", "Matteo", "Sara", "Lorenzo", "Elisa", "Tommaso", "Marta", "Enrico"],
    "pt": ["Beatriz", "Tiago", "Mariana", "Duarte", "Catarina", "Gonçalo", "Rita", "Nuno"],
}
LAST: dict[str, list[str]] = {
    "es": [
        "García",
        "Etxeberria",
        "Morales",
        "Navarro",
        "Ibáñez",
        "Castro",
        "Vidal",
        "Herrero",
        "Soler",
        "Paredes",
        "Lozano",
        "Ortega",
    ],
    "en": [
        "Walsh",
        "Hughes",
        "Patel",
        "Murphy",
        "Clarke",
        "Doyle",
        "Evans",
        "Byrne",
        "Turner",
        "Kaur",
        "Fletcher",
        "Quinn",
    ],
    "fr": ["Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Mercier"],
    "de": ["Köhler", "Brandt", "Vogel", "Hartmann", "Seidel", "Krüger"],
    "it": ["Ferrara", "Galli", "Bruno", "Ricci", "Marchetti", "Greco"],
    "pt": ["Ferreira", "Carvalho", "Pinto", "Sousa", "Matos", "Lopes"],
}
TOWNS: dict[str, list[str]] = {
    "ES": ["Valladolid", "Bilbao", "Murcia", "Zaragoza"],
    "UK": ["Leeds", "Bristol", "Cardiff"],
    "IE": ["Cork", "Galway"],
    "FR": ["Lyon", "Nantes"],
    "BE": ["Liège", "Namur"],
    "CH": ["Lausanne", "Basel", "Lugano"],
    "DE": ["Kassel", "Leipzig"],
    "AT": ["Graz", "Linz"],
    "IT": ["Bologna", "Verona"],
    "PT": ["Braga", "Coimbra"],
}
JOBS = [
    "nurse",
    "teacher",
    "electrician",
    "accountant",
    "shop manager",
    "student",
    "pharmacist",
    "bus driver",
    "designer",
    "retired",
]
CURRENCY = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
LATE = datetime(2026, 11, 15, tzinfo=UTC)
SOURCE = {
    "email": "ricamelo-mail",
    "phone": "ricamelo-voice",
    "social": "ricamelo-social",
    "community": "ricamelo-forum",
    "chat": "ricamelo-chat",
    "web": "ricamelo-web",
    "survey": "ricamelo-survey",
}
KIND = {
    "email": "message",
    "phone": "call",
    "chat": "chat",
    "social": "mention",
    "community": "post",
    "survey": "survey_response",
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
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    out = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    kept = {"ñ": "\0", "ß": "\1"}
    for k, v in kept.items():
        out = out.replace(k, v)
    out = "".join(
        ch for ch in unicodedata.normalize("NFD", out) if unicodedata.category(ch) != "Mn"
    )
    return out.replace("\0", "ñ").replace("\1", "ß")


def ascii_name(text: str) -> str:
    return strip_accents(text).replace("ñ", "n").replace("ß", "ss").lower().replace(" ", "")


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
    truth: dict[str, Any]
    langs: tuple[str, ...] = ()


@dataclass
class Row:
    t: datetime
    cust: str
    out: bool
    tp: dict[str, Any]


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
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    count: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    # ------------------------------------------------------------------ people --
    def unique(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def lang(self) -> str:
        return self.rng.choices(LANGS, WEIGHTS)[0]

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
    ) -> Cust:
        r = self.rng
        mk = market or r.choice(MARKETS[lang])
        key = self.unique(lambda: f"RM{self.code}{r.randint(1000, 9999)}")
        first, last = r.choice(FIRST[lang]), r.choice(LAST[lang])
        cc, pre, rest = PHONE[mk]
        phone = self.unique(
            lambda: "+" + cc + pre + "".join(str(r.randint(0, 9)) for _ in range(rest))
        )
        if domain:
            email = self.unique(
                lambda: f"{ascii_name(first)}.{ascii_name(last)}{r.randint(1, 99)}@{domain}"
            )
            handle = None
        else:
            email = self.unique(
                lambda: (
                    f"{ascii_name(first)}{r.choice(['.', '_', ''])}{ascii_name(last)}{r.randint(1, 999)}@{r.choice(['correo', 'mailbox', 'posteo', 'webmail'])}.example"
                )
            )
            handle = self.unique(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{ascii_name(last)}_{ascii_name(first)}{r.randint(1, 99)}",
                            f"{ascii_name(first)}{ascii_name(last)}{r.randint(1, 99)}",
                            f"{ascii_name(first)}_{ascii_name(last)[:3]}{r.randint(1, 9)}",
                        ]
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
            "expected_rules": list(expected or []),
            "tolerated_rules": list(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": r.choice(JOBS),
            "town": r.choice(TOWNS[mk]),
        }
        c = Cust(key, lang, mk, first, last, email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    # ---------------------------------------------------------------- touchpoints --
    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour, seconds=self.rng.randint(0, 59))

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        text: str | None = None,
        *,
        kind: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        lang: str | None = None,
    ) -> str:
        self.count += 1
        eid = f"h249-{self.code.lower()}-{10000 + self.count:05d}"
        lg = lang or c.lang
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text is not None and channel == "social" and not out:
            i = text.rfind(BRAND)
            text = text[:i] + "@" + text[i:] if i >= 0 else "@" + BRAND + " " + text
        a: dict[str, str] = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        if out:
            a["agent"] = self.rng.choice(W.AGENTS[lg])
        tp: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind or KIND.get(channel, "ticket"),
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCE[channel],
            "attributes": a,
        }
        self.rows.append(Row(t, c.key, out, tp))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text[1:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 0.14:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if len(w) > 4 and w.isalpha() and w.islower()
            ]
            if words:
                parts = text.split(" ")
                w = parts[r.choice(words)]
                j = r.randint(1, len(w) - 3)
                parts[parts.index(w)] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    def pick(self, table: dict[str, list[str]], lang: str, **kw: str) -> str:
        return self.rng.choice(table[lang]).format(**kw)

    def ids(self, c: Cust, channel: str, full: bool) -> dict[str, str | None]:
        r = self.rough
        ref: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
        elif channel == "email":
            ref["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
        elif channel == "phone":
            p = c.phone
            cc = PHONE[c.market][0]
            ref["phone"] = "+" + cc + " " + p[len(cc) + 1 :] if r.random() < 0.5 else p
        elif channel in ("social", "community"):
            if c.handle:
                ref["handle"] = c.handle[1:] if r.random() < 0.2 else c.handle
            else:
                ref["email"] = c.email
        else:
            ref["customer_id"] = c.key
        return ref

    def money(self, c: Cust, eur: float) -> tuple[str, str]:
        cur, f = CURRENCY.get(c.market, ("EUR", 1.0))
        return f"{eur * f:.2f}", cur

    # ------------------------------------------------------------------ acts --
    def happy(
        self, c: Cust, t: datetime, surveys: bool = True, lang: str | None = None, b2b: bool = False
    ) -> None:
        r = self.rng
        lg = lang or c.lang
        kinds = ["praise", "again", "gripe", "chatq", "mailq", "callq", "buy", "view", "review"] + (
            ["survey"] if surveys else []
        )
        if b2b:
            kinds = ["b2bpraise", "b2bq", "buy", "view"] + (["survey"] if surveys else [])
        k = r.choice(kinds)
        m = timedelta(minutes=1)
        if k == "praise":
            self.add(
                c, t, r.choice(["social", "community"]), self.pick(W.PRAISE, lg), kind=None, lang=lg
            )
        elif k == "again":
            self.add(c, t, "community", self.pick(W.AGAIN, lg), kind="post", lang=lg)
        elif k == "gripe":
            self.add(c, t, "community", self.pick(W.GRIPE, lg), kind="post", lang=lg)
        elif k in ("chatq", "mailq", "b2bq"):
            table = W.B2B_Q if k == "b2bq" else W.QUESTIONS
            q, a = r.choice(table[lg])
            ch = "email" if k == "mailq" else "chat"
            self.add(c, t, ch, q, lang=lg)
            t2 = t + m * (r.randint(1, 6) if ch == "chat" else r.randint(30, 150))
            self.add(c, t2, ch, a, out=True, lang=lg)
            if r.random() < 0.6:
                self.add(c, t2 + m * r.randint(1, 20), ch, self.pick(W.THANKS, lg), lang=lg)
        elif k == "callq":
            self.add(c, t, "phone", self.pick(W.CALLQ, lg), lang=lg)
            self.add(
                c,
                t + m * r.randint(10, 40),
                "email",
                self.pick(W.CALL_FOLLOW, lg),
                out=True,
                lang=lg,
            )
        elif k == "b2bpraise":
            self.add(c, t, "community", self.pick(W.B2B_PRAISE, lg), kind="post", lang=lg)
        elif k in ("buy", "view"):
            page = r.choice(W.B2B_PAGES if b2b else W.PAGES)
            self.add(c, t, "web", None, kind="page_view", attrs={"page": page}, lang=lg)
            if k == "buy":
                prod, eur = r.choice(W.B2B_PRODUCTS if b2b else W.PRODUCTS)
                val, cur = self.money(c, eur)
                self.add(
                    c,
                    t + m * r.randint(3, 15),
                    "web",
                    None,
                    kind="purchase",
                    attrs={
                        "order_value": val,
                        "currency": cur,
                        "product": prod,
                        "page": "/checkout",
                    },
                    lang=lg,
                )
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                self.pick(W.REVIEW, lg),
                kind="review",
                attrs={"rating": str(r.choice([4, 5, 5])), "page": "/reviews"},
                lang=lg,
            )
        else:
            self.survey_happy(c, t, lg)

    def survey_happy(self, c: Cust, t: datetime, lg: str) -> None:
        r = self.rng
        s = r.choice(["nps", "csat", "ces"])
        v = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[s]
        self.add(
            c,
            t,
            "survey",
            self.pick(W.SURVEY_WORDS, lg) or None,
            scores={s: v},
            attrs={"survey": s},
            lang=lg,
        )

    def happy_days(
        self,
        c: Cust,
        days: list[int],
        lo: float = 7.0,
        hi: float = 20.5,
        surveys: bool = True,
        b2b: bool = False,
    ) -> None:
        for d in days:
            self.happy(c, self.at(d, self.rng.uniform(lo, hi)), surveys=surveys, b2b=b2b)

    def some_days(self, k: int, lo: int, hi: int, avoid: set[int] | None = None) -> list[int]:
        pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
        return sorted(self.rng.sample(pool, min(k, len(pool))))

    def ref(self) -> str:
        r = self.rng
        return self.unique(
            lambda: f"RC{r.randint(10, 99)}-{r.randint(1000, 9999)}{r.choice('ABCDEFGHJK')}"
        )

    # ----------------------------------------------------------------- writing --
    def finish(self) -> tuple[str, str, int]:
        self.rows.sort(key=lambda row: (row.t, row.tp["event_id"]))
        seen: set[str] = set()
        for row in self.rows:
            c = self.custs[row.cust]
            full = row.out or (row.cust not in seen)
            if not row.out:
                seen.add(row.cust)
            row.tp["customer"] = self.ids(c, row.tp["channel"], full)
        for c in self.custs.values():
            assert c.key in seen, c.key
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
        last = self.rows[-1].t
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < LATE and self.rows[0].t >= self.start
        expected: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Ricamelo: personalised engraving and embroidery (app and web, Ricamelo Plus); Ricamelo Business: embroidered workwear and engraved awards on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-07, blind",
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
        lines = "".join(json.dumps(row.tp, ensure_ascii=False) + "\n" for row in self.rows)
        return (
            lines,
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
            len(self.rows),
        )


def out_of_night(f: Fam, t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour < 7 else t + timedelta(days=1)
        return base.replace(hour=8, minute=f.rng.randint(0, 59))
    return t


def office(f: Fam, t: datetime) -> datetime:
    if t.hour >= 17:
        t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 59))
    elif t.hour < 8:
        t = t.replace(hour=8, minute=f.rng.randint(0, 59))
    while t.weekday() >= 5:
        t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 59))
    return t


def complaint(
    f: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    channel: str,
    lang: str | None = None,
    long_mail: bool = False,
) -> str:
    lg = lang or c.lang
    text = f.pick(W.PROBLEM[problem], lg)
    topic = W.TOPIC[problem][lg]
    if long_mail:
        text = f.pick(W.LONG, lg, complaint=text, first=c.first)
    if channel == "phone":
        return f.add(c, t, "phone", f.pick(W.CALL_COMPLAINT, lg, topic=topic), lang=lg)
    if channel == "email":
        return f.add(c, t, "email", text, subject=W.COMPLAINT_SUBJ[lg].format(topic=topic), lang=lg)
    if channel == "web":
        return f.add(c, t, "web", text, kind="ticket", attrs={"page": "/help/contact"}, lang=lg)
    if channel == "review":
        return f.add(
            c, t, "web", text, kind="review", attrs={"rating": "1", "page": "/reviews"}, lang=lg
        )
    return f.add(c, t, channel, text, lang=lg)


def reply_case(
    f: Fam, c: Cust, t: datetime, channel: str, ref: str, lang: str | None = None
) -> datetime:
    lg = lang or c.lang
    m = timedelta(minutes=1)
    if channel == "chat":
        t2 = t + m * f.rng.randint(1, 4)
        f.add(c, t2, "chat", f.pick(W.AGENT_CHAT_CASE, lg, ref=ref), out=True, lang=lg)
    else:
        t2 = out_of_night(f, t + m * f.rng.randint(10, 40))
        f.add(
            c,
            t2,
            "email",
            f.pick(W.AGENT_CASE, lg, ref=ref, first=c.first),
            subject=W.CASE_SUBJ[lg].format(ref=ref),
            out=True,
            lang=lg,
        )
    return t2


# ------------------------------------------------------------------- families --
def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, datetime(2026, 2, 2, tzinfo=UTC), 10, "happy customers only")
    r = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        f.happy_days(c, f.some_days(r.randint(5, 8), 0, 9), 7, 19)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer")
        nights = f.some_days(r.randint(2, 4), 0, 8)
        for d in nights:
            t = f.at(d, 22.2 + r.uniform(0, 6.3))
            if r.random() < 0.5:
                f.add(c, t, r.choice(["social", "community"]), f.pick(W.NIGHT_POST, c.lang))
            else:
                q, a = r.choice(W.NIGHT_Q[c.lang])
                f.add(c, t, "chat", q)
                f.add(c, t + timedelta(minutes=r.randint(1, 5)), "chat", a, out=True)
                f.add(c, t + timedelta(minutes=r.randint(6, 12)), "chat", f.pick(W.THANKS, c.lang))
        f.happy_days(c, f.some_days(r.randint(2, 3), 0, 9), 9, 18, surveys=False)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys")
        for d in f.some_days(r.randint(3, 6), 0, 9):
            f.survey_happy(c, f.at(d, r.uniform(8, 20)), c.lang)
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 3, 9, tzinfo=UTC),
        12,
        "happy customers with one bad day",
    )
    r = f.rng
    problems = [p for p in W.TOPIC for _ in range(4)]
    r.shuffle(problems)
    channels = [ch for ch in ("long", "email", "chat", "social", "web", "phone") for _ in range(4)]
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    r.shuffle(with_case)
    nps_set, csat_set = set(with_case[:6]), set(with_case[6:11])
    good = set(r.sample(with_case, 12))
    sorry = set(r.sample(sorted(good), 5))
    for i, (p, ch) in enumerate(zip(problems, channels, strict=True)):
        lang = "es" if (ch == "long" and i % 4 < 2) else ("en" if ch == "long" else f.lang())
        persona = "bad_day_detractor" if i in nps_set else "happy_one_bad_day"
        c = f.person(
            lang, persona, "one bad day", ["detractor"] if i in nps_set else [], ["silence"]
        )
        bd = r.randint(2, 9)
        t = f.at(bd, r.uniform(8, 20))
        avoid = set(range(bd - 1, bd + 3))
        f.happy_days(c, f.some_days(r.randint(1, 5), 0, 11, avoid), surveys=False)
        chan = "email" if ch == "long" else ch
        eid = complaint(f, c, t, p, chan, long_mail=ch == "long")
        c.truth.update(
            problem=p,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            channel=chan,
            long_email=ch == "long",
            booking=None,
            nps_given=False,
            csat_given=False,
            agent_fixed=False,
            apologised=False,
        )
        if ch == "social":
            continue
        ref = f.ref()
        c.truth["booking"] = ref
        t2 = reply_case(f, c, t, chan, ref)
        if i in nps_set:
            n = r.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=n,
                survey_event_id=f.add(
                    c,
                    t + timedelta(minutes=r.randint(100, 140)),
                    "survey",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            )
        elif i in csat_set:
            n = r.randint(1, 2)
            c.truth.update(
                csat_given=True,
                csat=n,
                survey_event_id=f.add(
                    c,
                    t2 + timedelta(minutes=r.randint(40, 80)),
                    "survey",
                    f.pick(W.LOW_CSAT, c.lang) or None,
                    scores={"csat": n},
                    attrs={"survey": "csat"},
                ),
            )
        if i in good:
            t3 = out_of_night(f, t + timedelta(hours=r.uniform(1, 4)))
            f.add(
                c,
                t3,
                "email",
                f.pick(W.AGENT_GOOD_NEWS, c.lang, ref=ref, first=c.first),
                subject=W.CASE_SUBJ[c.lang].format(ref=ref),
                out=True,
            )
            c.truth["agent_fixed"] = True
            if i in sorry:
                t4 = out_of_night(f, t + timedelta(hours=r.uniform(16, 24)))
                c.truth.update(
                    apologised=True,
                    apology_at=iso(t4),
                    apology_event_id=f.add(
                        c, t4, r.choice(["chat", "email"]), f.pick(W.APOLOGY, c.lang)
                    ),
                )
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control")
        f.happy_days(c, f.some_days(r.randint(4, 7), 0, 11), surveys=False)
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: int,
    times: int,
    quality: bool,
    first_channel: str,
    langs: tuple[str, ...] = (),
) -> None:
    r = f.rng
    p = r.choice(list(W.TOPIC))
    lg = [langs[i % 2] if langs else c.lang for i in range(times)]
    t = f.at(first_day, r.uniform(8, 19))
    ref = f.ref()
    ids = [complaint(f, c, t, p, first_channel, lang=lg[0])]
    if first_channel == "chat":
        reply_case(f, c, t, "chat", ref, lg[0])
    if quality:
        f.add(
            c,
            out_of_night(f, t + timedelta(hours=r.uniform(1.5, 2.5))),
            "email",
            f.pick(W.AGENT_QUALITY, lg[0], ref=ref, first=c.first),
            subject=W.CASE_SUBJ[lg[0]].format(ref=ref),
            out=True,
            lang=lg[0],
        )
    elif first_channel != "chat":
        reply_case(f, c, t, first_channel, ref, lg[0])
    others = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != first_channel]
    r.shuffle(others)
    comp = None
    for k in range(1, times):
        t = out_of_night(f, t + timedelta(hours=r.uniform(4, 40)))
        ch = others[k - 1]
        if k == 2:
            comp = r.choice(COMPS)
            text = f.pick(W.THIRD, lg[k], ref=ref, comp=comp)
        elif k == 3:
            text = f.pick(W.FOURTH, lg[k], ref=ref)
        else:
            text = f.pick(W.STILL_OPEN, lg[k], ref=ref)
        if ch == "phone":
            text = (
                text.replace(".", "")
                .replace(",", "")
                .replace(":", "")
                .lower()
                .replace(ref.lower(), ref)
            )
        ids.append(
            f.add(
                c,
                t,
                ch,
                text,
                subject=W.CASE_SUBJ[lg[k]].format(ref=ref) if ch == "email" else None,
                kind="ticket" if ch == "web" else None,
                attrs={"page": "/help/contact"} if ch == "web" else None,
                lang=lg[k],
            )
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 4)),
                "chat",
                f.pick(W.AGENT_URGENT, lg[k], ref=ref),
                out=True,
                lang=lg[k],
            )
    c.truth.update(
        problem=p,
        booking=ref,
        contacts=times,
        problem_event_ids=ids,
        channels=[first_channel, *others[: times - 1]],
        channel=first_channel,
        agent_passed_on=quality,
        competitor=comp,
    )
    first_row = next(row for row in f.rows if row.tp["event_id"] == ids[0])
    c.truth["trouble_starts_at"] = first_row.tp["occurred_at"]


def fixed_case(
    f: Fam, c: Cust, t: datetime, channel: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    r = f.rng
    p = r.choice(list(W.TOPIC))
    ref = f.ref()
    eid = complaint(f, c, t, p, channel, lang=lang)
    reply_case(f, c, t, channel, ref, lang)
    t3 = out_of_night(f, t + timedelta(hours=r.uniform(3, 20)))
    f.add(
        c,
        t3,
        "email",
        f.pick(W.AGENT_GOOD_NEWS, lang, ref=ref, first=c.first),
        subject=W.CASE_SUBJ[lang].format(ref=ref),
        out=True,
        lang=lang,
    )
    t4 = out_of_night(f, t3 + timedelta(hours=r.uniform(8, 30)))
    cch = r.choice(["email", "chat"])
    cid = f.add(
        c,
        t4,
        cch,
        f.pick(W.CONFIRM, confirm_lang, ref=ref),
        subject=W.CASE_SUBJ[confirm_lang].format(ref=ref) if cch == "email" else None,
        lang=confirm_lang,
    )
    return {
        "problem": p,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(t3),
        "confirmed_at": iso(t4),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 4, 20, tzinfo=UTC),
        10,
        "repeat contacts, fixed cases and frequent writers",
    )
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    times = [2] * 4 + [3] * 4 + [4] * 4
    quality = [True, False] * 6
    for i in range(12):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(0, r.uniform(7, 12)), surveys=False)
        repeat_run(f, c, r.randint(1, 4), times[i], quality[i], firsts[i])
    for _ in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", [], ["silence"])
        case = fixed_case(
            f,
            c,
            f.at(r.randint(1, 5), r.uniform(8, 19)),
            r.choice(["email", "web", "chat"]),
            c.lang,
            c.lang,
        )
        c.truth.update(problems=[case], trouble_starts_at=case["raised_at"])
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", [], ["silence"])
        d = r.randint(0, 3)
        cases = [
            fixed_case(f, c, f.at(d, r.uniform(8, 18)), r.choice(["email", "web"]), c.lang, c.lang),
            fixed_case(
                f,
                c,
                f.at(d + r.randint(4, 5), r.uniform(8, 18)),
                r.choice(["chat", "email"]),
                c.lang,
                c.lang,
            ),
        ]
        c.truth.update(problems=cases, trouble_starts_at=cases[0]["raised_at"])
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer")
        for d in f.some_days(r.randint(5, 8), 0, 9):
            f.happy(c, f.at(d, r.uniform(8, 20)), surveys=False)
    return f


def slide(f: Fam, c: Cust, d0: int, span: int, langs: tuple[str, ...] = ()) -> list[str]:
    r = f.rng
    comp = r.choice(COMPS)
    t = f.at(d0, r.uniform(9, 19))
    ids: list[str] = []
    gaps = sorted(r.uniform(0, span * 24) for _ in range(5))
    base = t
    for k in range(6):
        lg = langs[k % 2] if langs else c.lang
        tk = (
            base
            if k == 0
            else out_of_night(f, max(base + timedelta(hours=gaps[k - 1]), t + timedelta(hours=1.1)))
        )
        t = tk
        text = W.SLIDE[lg][k].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    tk,
                    "web",
                    text,
                    kind="review",
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                    lang=lg,
                )
            )
        else:
            ids.append(f.add(c, tk, ch, text, lang=lg))
    c.truth.update(slide_event_ids=ids, slide_days=span, competitor=comp)
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 1, tzinfo=UTC),
        32,
        "slow churners, leavers, steady and grumpy customers",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        nps = i < 5
        c = f.person(
            f.lang(),
            "slow_churner",
            "slides",
            ["sentiment_drop", "detractor"] if nps else ["sentiment_drop"],
            SLIDE_TOL,
        )
        for d in f.some_days(r.randint(4, 5), 0, 10):
            f.add(
                c,
                f.at(d, r.uniform(8, 20)),
                r.choice(["social", "community"]),
                f.pick(W.PRAISE, c.lang),
            )
        f.happy_days(c, f.some_days(r.randint(2, 4), 0, 10), surveys=False)
        d0 = r.randint(12, 16)
        ids = slide(f, c, d0, spans[i])
        c.truth["trouble_starts_at"] = next(
            row.tp["occurred_at"] for row in f.rows if row.tp["event_id"] == ids[0]
        )
        if nps:
            t4 = next(row.t for row in f.rows if row.tp["event_id"] == ids[3])
            n = r.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=n,
                survey_event_id=f.add(
                    c,
                    out_of_night(f, t4 + timedelta(hours=r.uniform(2.5, 3.5))),
                    "survey",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            )
    for _ in range(5):
        c = f.person(
            f.lang(),
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        f.happy_days(c, f.some_days(r.randint(4, 6), 0, 15), surveys=False)
        t = f.at(r.randint(17, 23), r.uniform(8, 19))
        eid = f.add(c, t, "email", f.pick(W.CHURN, c.lang), subject="Plus")
        f.add(
            c,
            out_of_night(f, t + timedelta(hours=r.uniform(1, 5))),
            "email",
            f.pick(W.AGENT_SORRY_GO, c.lang, first=c.first),
            subject="RE: Plus",
            out=True,
        )
        t2 = out_of_night(f, t + timedelta(hours=r.uniform(20, 30)))
        cid = f.add(
            c,
            t2,
            "web",
            None,
            kind="cancellation",
            attrs={"page": "/account/plus/cancel", "product": "Ricamelo Plus"},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(t2),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady")
        f.happy_days(c, f.some_days(r.randint(6, 10), 0, 31))
    for _ in range(5):
        c = f.person(f.lang(), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = r.randint(0, 4)
        ids = []
        for _k in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web", "review"])
            t = f.at(d, r.uniform(8, 20))
            text = f.pick(W.GRUMBLES, c.lang)
            if ch == "review":
                ids.append(
                    f.add(
                        c, t, "web", text, kind="review", attrs={"rating": "3", "page": "/reviews"}
                    )
                )
            elif ch == "web":
                ids.append(f.add(c, t, "web", text, kind="ticket", attrs={"page": "/help/contact"}))
            else:
                ids.append(f.add(c, t, ch, text))
            d += r.randint(1, 3)
        for _k in range(r.randint(0, 2)):
            f.happy(c, f.at(r.randint(0, 30), r.uniform(9, 18)), surveys=False)
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=next(
                row.tp["occurred_at"] for row in f.rows if row.tp["event_id"] == ids[0]
            ),
        )
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        f.happy_days(c, f.some_days(r.randint(4, 7), 0, 31, set(range(17, 29))))
        c.truth["sarcasm_event_id"] = f.add(
            c, f.at(r.randint(17, 28), r.uniform(9, 20)), "social", f.pick(W.SARCASM, c.lang)
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 7, 17, tzinfo=UTC),
        3,
        "a calm weekend with night owls",
    )
    r = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        f.happy_days(c, f.some_days(r.randint(1, 3), 0, 2), 7, 17.5)
    for i in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(r.randint(0, 2), r.uniform(9, 16))
        f.add(c, t, "web", None, kind="page_view", attrs={"page": r.choice(W.PAGES)})
        t2 = t + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            gid = f.add(c, t2, "chat", f.pick(W.MILD, c.lang))
            f.add(
                c,
                t2 + timedelta(minutes=r.randint(1, 5)),
                "chat",
                f.pick(W.MILD_ANS, c.lang),
                out=True,
            )
        else:
            gid = f.add(
                c, t2, "web", f.pick(W.MILD, c.lang), kind="ticket", attrs={"page": "/help/contact"}
            )
            f.add(
                c,
                t2 + timedelta(minutes=r.randint(20, 60)),
                "email",
                f.pick(W.MILD_ANS, c.lang),
                out=True,
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t2))
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        bursts = [
            b0,
            b0 + timedelta(minutes=r.randint(28, 33)),
            b0 + timedelta(minutes=r.randint(55, 65)),
        ]
        for m, b in enumerate(bursts):
            for _ in range(4):
                c = f.person(f.lang(), "night_owl", f"night {night + 1}, burst {m + 1}")
                t = b + timedelta(minutes=r.uniform(0, 9.5))
                if r.random() < 0.5:
                    q, a = r.choice(W.NIGHT_Q[c.lang])
                    eid = f.add(c, t, "chat", q)
                    f.add(c, t + timedelta(minutes=r.randint(1, 4)), "chat", a, out=True)
                    f.add(
                        c, t + timedelta(minutes=r.randint(5, 9)), "chat", f.pick(W.THANKS, c.lang)
                    )
                else:
                    eid = f.add(
                        c, t, r.choice(["social", "community"]), f.pick(W.NIGHT_POST, c.lang)
                    )
                c.truth.update(burst_at=iso(b), night_event_id=eid)
                if r.random() < 0.5:
                    f.happy(c, f.at(r.randint(0, 2), r.uniform(9, 17.5)), surveys=False)
    return f


PAIRS = [
    ("es", "en"),
    ("en", "es"),
    ("es", "fr"),
    ("fr", "es"),
    ("es", "de"),
    ("de", "en"),
    ("en", "fr"),
    ("it", "es"),
    ("es", "it"),
    ("pt", "es"),
    ("es", "pt"),
    ("en", "de"),
    ("pt", "en"),
    ("en", "it"),
    ("es", "en"),
    ("en", "es"),
]
PAIR_MARKET = {"es": "ES", "en": "IE", "fr": "BE", "de": "CH", "it": "CH", "pt": "PT"}


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 8, 24, tzinfo=UTC),
        14,
        "customers writing in two languages",
    )
    r = f.rng

    def bi(persona: str, habit: str, exp: list[str], tol: list[str]) -> Cust:
        a, b = r.choice(PAIRS)
        c = f.person(a, persona, habit, exp, tol, market=PAIR_MARKET[r.choice([a, b])])
        c.langs = (a, b)
        c.truth.update(
            languages=[a, b],
            job_second_language=r.choice(
                [
                    "works for a firm abroad",
                    "partner's family",
                    "studied abroad",
                    "lives in a border town",
                ]
            ),
        )
        return c

    for _ in range(12):
        c = bi("happy", "alternates languages", [], [])
        for k, d in enumerate(f.some_days(r.randint(5, 8), 0, 13)):
            f.happy(c, f.at(d, r.uniform(8, 20)), surveys=False, lang=c.langs[k % 2])
    for k in (2, 2, 3, 3, 4):
        c = bi("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(r.randint(0, 1), r.uniform(8, 18)), surveys=False, lang=c.langs[0])
        repeat_run(f, c, r.randint(2, 5), k, k >= 3, r.choice(["email", "web", "chat"]), c.langs)
    for _ in range(5):
        c = bi("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        for k, d in enumerate(f.some_days(5, 0, 5)):
            f.add(
                c,
                f.at(d, r.uniform(8, 20)),
                r.choice(["social", "community"]),
                f.pick(W.PRAISE, c.langs[k % 2]),
                lang=c.langs[k % 2],
            )
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(r.randint(0, 5), r.uniform(8, 20)), surveys=False, lang=c.langs[1])
        ids = slide(f, c, r.randint(7, 8), r.randint(3, 5), c.langs)
        c.truth["trouble_starts_at"] = next(
            row.tp["occurred_at"] for row in f.rows if row.tp["event_id"] == ids[0]
        )
    for kind in ("long", "email", "chat"):
        c = bi("happy_one_bad_day", "one bad day", [], ["silence"])
        lg2 = c.langs[1]
        if kind == "long":
            c.langs = (c.langs[0], "de")
            lg2 = "de"
        bd = r.randint(4, 9)
        for k, d in enumerate(f.some_days(r.randint(2, 4), 0, 13, set(range(bd - 1, bd + 3)))):
            f.happy(c, f.at(d, r.uniform(8, 20)), surveys=False, lang=c.langs[k % 2])
        t = f.at(bd, r.uniform(9, 19))
        p = r.choice(list(W.TOPIC))
        ch = "chat" if kind == "chat" else "email"
        eid = complaint(f, c, t, p, ch, lang=lg2, long_mail=kind == "long")
        ref = f.ref()
        reply_case(f, c, t, ch, ref, lg2)
        c.truth.update(
            problem=p,
            booking=ref,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=lg2,
            trouble_starts_at=iso(t),
            long_email=kind == "long",
            languages=list(c.langs),
        )
        if kind != "chat":
            f.add(
                c,
                out_of_night(f, t + timedelta(hours=r.uniform(1, 4))),
                "email",
                f.pick(W.AGENT_GOOD_NEWS, lg2, ref=ref, first=c.first),
                subject=W.CASE_SUBJ[lg2].format(ref=ref),
                out=True,
                lang=lg2,
            )
        if kind == "email":
            t4 = out_of_night(f, t + timedelta(hours=r.uniform(18, 24)))
            c.truth.update(
                apologised=True,
                apology_event_id=f.add(c, t4, "chat", f.pick(W.APOLOGY, lg2), lang=lg2),
                apology_at=iso(t4),
            )
    for _ in range(2):
        c = bi("resolved_between_contacts", "fixed", [], ["silence"])
        case = fixed_case(
            f, c, f.at(r.randint(2, 8), r.uniform(9, 18)), "web", c.langs[0], c.langs[1]
        )
        c.truth.update(
            problems=[case], trouble_starts_at=case["raised_at"], confirm_language=c.langs[1]
        )
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, datetime(2026, 9, 21, tzinfo=UTC), 14, "business accounts")
    r = f.rng
    plan: list[tuple[str, int, int, str | None]] = [
        ("at_risk", 5, 3, "invoice"),
        ("at_risk", 5, 3, "portal"),
        ("at_risk", 4, 3, "service_blocked"),
        ("at_risk", 6, 4, "overbilled"),
        ("at_risk", 5, 4, "invoice"),
        ("one_unhappy", 3, 1, "service_blocked"),
        ("one_unhappy", 3, 1, "overbilled"),
        ("one_unhappy", 3, 1, "portal"),
        ("one_unhappy", 3, 1, "invoice"),
        ("mild", 4, 0, None),
        ("mild", 4, 0, None),
        ("mild", 3, 0, None),
        ("happy", 4, 0, None),
        ("happy", 4, 0, None),
        ("happy", 3, 0, None),
    ]
    sites = [
        "hotel",
        "restaurant group",
        "school",
        "clinic",
        "logistics",
        "construction",
        "bakery chain",
        "gym chain",
        "hotel",
        "cleaning",
        "events",
        "university",
        "retail",
        "florist chain",
        "brewery",
    ]
    names = [
        "Hostal Marea",
        "Greenway Depots",
        "Colegio Alba",
        "Clinique des Tilleuls",
        "Nordspedition",
        "Obras Cierzo",
        "Forno Dorato",
        "FitCore",
        "Hotel Kastanie",
        "Limpezas Atlântico",
        "Eventi Lumen",
        "Campus Brennan",
        "Tienda Olmo",
        "Blumen Weiss",
        "Cervejaria Sol",
    ]
    langs = [
        "es",
        "en",
        "es",
        "fr",
        "de",
        "es",
        "it",
        "en",
        "de",
        "pt",
        "it",
        "en",
        "es",
        "de",
        "pt",
    ]
    last_call = [False, True, True, True, True]
    for i, (kind, n, unhappy, prob) in enumerate(plan):
        lg = langs[i]
        mk = MARKETS[lg][0]
        acc = f.unique(lambda mk=mk: f"RMB-{mk}-{r.randint(1000, 9999)}")
        domain = ascii_name(names[i]) + ".example"
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for k in range(n):
            if k < unhappy:
                persona = "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy"
                role = "complainer"
            elif kind == "mild" and k < 2:
                persona, role = "b2b_mild", "suggests"
            else:
                persona, role = "b2b_happy", "contact"
            if persona == "b2b_unhappy":
                exp = ["repeat_contact"] if k == unhappy - 1 else ["detractor"]
                tol = [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                ]
            elif persona == "b2b_one_unhappy":
                exp, tol = ["detractor"], ["sentiment_drop", "high_value_at_risk", "silence"]
            elif persona == "b2b_mild":
                exp, tol = [], ["silence"]
            else:
                exp, tol = [], []
            while True:
                c = f.person(lg, persona, role, exp, tol, market=mk, account=acc, domain=domain)
                if c.first not in firsts:
                    break
                USED.discard(c.key)
                del f.custs[c.key]
            firsts.add(c.first)
            title = r.choice(
                [
                    "office manager",
                    "procurement lead",
                    "HR coordinator",
                    "operations manager",
                    "finance assistant",
                ]
            )
            c.truth.update(company=names[i], role=role, job_title=title, job=title)
            contacts.append(c)
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in f.some_days(r.randint(2, 5), 0, 11, {5, 6}):
                    f.happy(c, f.at(d, r.uniform(8, 16.5)), surveys=True, b2b=True)
            else:
                for _ in range(r.randint(0, 2)):
                    f.happy(c, f.at(r.randint(0, 1), r.uniform(8, 16.5)), surveys=False, b2b=True)
        acct: dict[str, Any] = {
            "company": names[i],
            "site": sites[i],
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": [c.key for c in contacts[:unhappy]],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lg,
            "country": mk,
        }
        if kind == "at_risk" and prob:
            ref = f.ref()
            topic = W.B2B_TOPIC[prob][lg]
            t = f.start + timedelta(days=2, hours=r.uniform(8.5, 11))
            acct["trouble_starts_at"] = iso(t)
            first = contacts[0]
            for k, c in enumerate(contacts[:unhappy]):
                if k == 0:
                    text = f.pick(W.B2B_PROBLEM[prob], lg)
                else:
                    t = office(f, t + timedelta(hours=r.uniform(8, 28)))
                    day = W.WEEKDAYS[lg][
                        datetime.fromisoformat(
                            acct["trouble_starts_at"].replace("Z", "+00:00")
                        ).weekday()
                    ]
                    text = f.pick(W.B2B_LATER, lg, first=first.first, day=day, ref=ref, topic=topic)
                eid = f.add(c, t, "email", text, subject=W.COMPLAINT_SUBJ[lg].format(topic=topic))
                ids = [eid]
                if k == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(20, 60)),
                        "email",
                        f.pick(W.AGENT_CASE, lg, ref=ref, first=c.first),
                        subject=W.CASE_SUBJ[lg].format(ref=ref),
                        out=True,
                    )
                c.truth.update(problem=prob, booking=ref, trouble_starts_at=iso(t))
                if k < unhappy - 1:
                    n_ = r.randint(1, 5)
                    c.truth.update(
                        nps_given=True,
                        nps=n_,
                        survey_event_id=f.add(
                            c,
                            t + timedelta(hours=r.uniform(1, 3)),
                            "survey",
                            None,
                            scores={"nps": n_},
                            attrs={"survey": "nps"},
                        ),
                    )
                else:
                    t2 = office(f, t + timedelta(hours=r.uniform(18, 40)))
                    if last_call[i]:
                        ids.append(f.add(c, t2, "phone", f.pick(W.B2B_LAST_CALL, lg, ref=ref)))
                        c.truth["competitor"] = None
                    else:
                        comp = r.choice(COMPS)
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                f.pick(W.B2B_LAST_EMAIL, lg, ref=ref, comp=comp),
                                subject=W.CASE_SUBJ[lg].format(ref=ref),
                            )
                        )
                        c.truth["competitor"] = comp
                c.truth["complaint_event_ids"] = ids
        elif kind == "one_unhappy" and prob:
            c = contacts[0]
            ref = f.ref()
            t = office(f, f.start + timedelta(days=r.randint(3, 7), hours=r.uniform(8.5, 15)))
            topic = W.B2B_TOPIC[prob][lg]
            eid = f.add(
                c,
                t,
                "email",
                f.pick(W.B2B_PROBLEM[prob], lg),
                subject=W.COMPLAINT_SUBJ[lg].format(topic=topic),
            )
            f.add(
                c,
                t + timedelta(minutes=r.randint(20, 60)),
                "email",
                f.pick(W.AGENT_CASE, lg, ref=ref, first=c.first),
                subject=W.CASE_SUBJ[lg].format(ref=ref),
                out=True,
            )
            n_ = r.randint(1, 5)
            c.truth.update(
                problem=prob,
                booking=ref,
                trouble_starts_at=iso(t),
                complaint_event_ids=[eid],
                nps_given=True,
                nps=n_,
                survey_event_id=f.add(
                    c,
                    t + timedelta(hours=r.uniform(1, 3)),
                    "survey",
                    None,
                    scores={"nps": n_},
                    attrs={"survey": "nps"},
                ),
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = office(f, f.start + timedelta(days=r.randint(2, 10), hours=r.uniform(8, 15.5)))
                eid = f.add(
                    c,
                    t,
                    "web",
                    f.pick(W.B2B_MILD, lg),
                    kind="ticket",
                    attrs={"page": "/business/feedback"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(30, 90)),
                    "email",
                    f.pick(W.AGENT_ACK_FORM, lg, first=c.first),
                    out=True,
                )
                c.truth.update(mild_event_id=eid, trouble_starts_at=iso(t))
        f.accounts[acc] = acct
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 10, 19, tzinfo=UTC),
        7,
        "a calm week and one planted incident",
    )
    r = f.rng
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer")
        f.happy_days(c, f.some_days(r.randint(1, 4), 0, 5), 8, 20)
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(0, r.uniform(9, 17))
        gid = f.add(c, t, "chat", f.pick(W.SPIKE_GRUMBLE, c.lang))
        f.add(
            c, t + timedelta(minutes=r.randint(1, 5)), "chat", f.pick(W.MILD_ANS, c.lang), out=True
        )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lg, hour in (("es", 9 + 40 / 60), ("en", 16 + 5 / 60)):
        c = f.person(lg, "grumbles_once", "lone question", [], ["silence"])
        t = f.start + timedelta(days=2, hours=hour)
        eid = f.add(c, t, "chat", f.pick(W.LONE_Q, lg))
        f.add(c, t + timedelta(minutes=r.randint(1, 4)), "chat", f.pick(W.LONE_ANS, lg), out=True)
        c.truth.update(lone_report_event_id=eid, trouble_starts_at=iso(t))
    s0 = f.start + timedelta(days=3, hours=10, minutes=20)
    langs = ["es"] * 6 + ["en"] * 6 + ["fr", "fr", "de", "de", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    offsets = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    order = list(range(20))
    early = [i for i in order if offsets[i] <= 25]
    repeaters = set(r.sample(early, 6))
    fixed = set(r.sample([i for i in order if i not in repeaters], 6))
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    keys, ids, rids = [], [], []
    for i in order:
        regular = i < 12
        rep = i in repeaters
        c = f.person(
            langs[i],
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if regular:
            f.happy(c, f.start + timedelta(days=1, hours=r.uniform(8, 17.5)), surveys=False)
        t = s0 + timedelta(minutes=offsets[i])
        ch = chans[i]
        text = f.pick(W.SPIKE_REPORT, c.lang)
        eid = f.add(
            c,
            t,
            ch,
            text,
            subject="GLY-358" if ch == "email" else None,
            kind="ticket" if ch == "web" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 3)),
                "chat",
                f.pick(W.SPIKE_CHAT_ANS, c.lang),
                out=True,
            )
        keys.append(c.key)
        ids.append(eid)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=False,
        )
        if rep:
            rc = next((x for x in rep_chans if x != ch), "web")
            if rc in rep_chans:
                rep_chans.remove(rc)
            rid = f.add(
                c,
                t + timedelta(minutes=r.randint(15, 50)),
                rc,
                f.pick(W.SPIKE_REPEAT, c.lang),
                subject="RE: GLY-358" if rc == "email" else None,
            )
            rids.append(rid)
            c.truth["repeat_event_id"] = rid
        if i in fixed:
            local = "13:40" if c.market in ("UK", "IE", "PT") else "14:40"
            credit = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "10 €")
            f.add(
                c,
                s0 + timedelta(hours=2, minutes=r.randint(48, 57)),
                "email",
                f.pick(W.SPIKE_FIXED, c.lang, first=c.first, time=local, credit=credit),
                subject="GLY-358",
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "personalisation text with accents, ñ, umlauts or apostrophes refused at checkout in app and web, error GLY-358: personalised orders cannot be placed",
        "about": "engraving and embroidery orders blocked by a character check",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": sorted(rids),
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
    for build in FAMILIES:
        fam = build()
        lines, truth, n = fam.finish()
        (HERE / f"{fam.name}.jsonl").write_text(lines, "utf-8")
        (HERE / f"{fam.name}.truth.json").write_text(truth, "utf-8")
        print(fam.name, len(fam.custs), n)


if __name__ == "__main__":
    main()
