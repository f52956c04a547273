# ruff: noqa: E501
"""Generate tests/scenarios/heldout124/ (report only, written blind): Ascendo, hot-air balloon flights.

Standalone and deterministic: standard library only; run ``python make_heldout124.py`` from anywhere.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

BRAND = "Ascendo"
COMPETITORS = ["Nubiflo", "Korbwind"]
SEED = 20261114
LIMIT = datetime(2026, 11, 30, tzinfo=UTC)

LANG_WEIGHTS = [("en", 30), ("fr", 30), ("de", 10), ("es", 10), ("it", 10), ("pt", 10)]
LANG_MARKETS: dict[str, list[tuple[str, int]]] = {
    "en": [("UK", 3), ("IE", 1)],
    "fr": [("FR", 5), ("BE", 2), ("CH", 1), ("LU", 1)],
    "de": [("DE", 3), ("AT", 1), ("CH", 1)],
    "es": [("ES", 1)],
    "it": [("IT", 3), ("CH", 1)],
    "pt": [("PT", 1)],
}
PHONE: dict[str, tuple[str, list[str], int]] = {
    "UK": ("44", ["74", "75", "77", "78", "79"], 8),
    "IE": ("353", ["83", "85", "86", "87"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["47", "48", "49"], 7),
    "CH": ("41", ["76", "78", "79"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "DE": ("49", ["151", "160", "170", "176"], 8),
    "AT": ("43", ["664", "676", "699"], 7),
    "ES": ("34", ["6", "7"], 8),
    "IT": ("39", ["32", "33", "34", "38"], 8),
    "PT": ("351", ["91", "92", "93", "96"], 7),
}
FIRST: dict[str, list[str]] = {
    "en": [
        "Olivia",
        "Harry",
        "Amelia",
        "Jack",
        "Isla",
        "Oscar",
        "Grace",
        "Liam",
        "Siobhan",
        "Ciaran",
        "Megan",
        "Tom",
        "Ruth",
        "Declan",
        "Hannah",
        "Sam",
        "Chloe",
        "Niamh",
    ],
    "fr": [
        "Camille",
        "Lucas",
        "Manon",
        "Hugo",
        "Léa",
        "Théo",
        "Chloé",
        "Louis",
        "Inès",
        "Julien",
        "Élodie",
        "Mathieu",
        "Sophie",
        "Nicolas",
        "Aurélie",
        "Bastien",
        "Margaux",
        "Yannick",
    ],
    "de": [
        "Lena",
        "Jonas",
        "Miriam",
        "Felix",
        "Katrin",
        "Tobias",
        "Sabine",
        "Lukas",
        "Anja",
        "Florian",
    ],
    "es": ["Lucía", "Javier", "Marta", "Pablo", "Irene", "Sergio", "Nuria", "Álvaro"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Elena", "Davide"],
    "pt": ["Inês", "João", "Mariana", "Tiago", "Catarina", "Rui", "Sofia", "Miguel"],
}
SURNAMES: dict[str, list[str]] = {
    "en": [
        "Walsh",
        "Hughes",
        "Patel",
        "Murphy",
        "Clarke",
        "Byrne",
        "Evans",
        "Kelly",
        "Turner",
        "Doyle",
        "Price",
        "Nolan",
        "Fletcher",
        "Ward",
    ],
    "fr": [
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Mercier",
        "Dupont",
        "Lambert",
        "Bonnet",
        "Rousseau",
        "Chevalier",
        "Perrin",
        "Gauthier",
        "Masson",
        "Renaud",
    ],
    "de": [
        "Becker",
        "Hoffmann",
        "Schulz",
        "Wagner",
        "Krüger",
        "Vogel",
        "Lehmann",
        "Brandt",
        "Hartmann",
        "Seidel",
    ],
    "es": ["García", "Moreno", "Navarro", "Romero", "Serrano", "Castillo", "Ortega", "Delgado"],
    "it": ["Rossi", "Ferri", "Galli", "Conti", "Marino", "Greco", "Bruno", "Riva"],
    "pt": ["Silva", "Costa", "Ferreira", "Pereira", "Almeida", "Ribeiro", "Carvalho", "Lopes"],
}
TOWNS: dict[str, list[str]] = {
    "UK": ["Bath", "York", "Leeds", "Bristol"],
    "IE": ["Cork", "Galway", "Kilkenny"],
    "FR": ["Annecy", "Tours", "Dijon", "Angers", "Reims"],
    "BE": ["Namur", "Liège"],
    "CH": ["Lausanne", "Bern", "Lugano"],
    "LU": ["Esch-sur-Alzette"],
    "DE": ["Freiburg", "Bamberg", "Kassel"],
    "AT": ["Graz", "Linz"],
    "ES": ["Segovia", "Burgos", "Zaragoza"],
    "IT": ["Siena", "Verona", "Bergamo"],
    "PT": ["Coimbra", "Évora", "Braga"],
}
JOBS = [
    "nurse",
    "teacher",
    "electrician",
    "accountant",
    "retired",
    "chef",
    "student",
    "engineer",
    "shop owner",
    "pharmacist",
    "bus driver",
    "designer",
]
DOMAINS = ["mail.example", "post.example", "inbox.example", "net.example", "web.example"]
SOURCE = {
    "email": "ascendo-mail",
    "phone": "ascendo-voice",
    "social": "ascendo-social",
    "community": "ascendo-forum",
    "chat": "ascendo-chat",
    "web": "ascendo-web",
    "survey": "ascendo-survey",
}
AGENTS = ["Agnès", "Rob", "Claire", "Mehdi", "Fiona", "Noor", "Paolo", "Greta"]

USED: set[str] = set()

T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_CANCEL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_GRUMPY = ["repeat_contact", "silence"]
T_SILENCE = ["silence"]
T_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    s = (
        s.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    out = []
    for ch in s:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn")
        )
    return "".join(out)


def unique(make: Callable[[], object]) -> str:
    for _ in range(1000):
        v = str(make())
        if v.lower() not in USED:
            USED.add(v.lower())
            return v
    raise RuntimeError("no unique value")


def night_safe(t: datetime) -> datetime:
    """Move a time that falls in 22:00-07:00 UTC to the next morning 08:00-09:00."""
    if t.hour >= 22:
        t = (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 60)
    elif t.hour < 7:
        t = t.replace(hour=8, minute=t.minute % 60)
    return t


def office(t: datetime) -> datetime:
    """Weekdays 08-17 UTC, else the next working morning."""
    if t.hour >= 17:
        t = (t + timedelta(days=1)).replace(hour=8)
    elif t.hour < 8:
        t = t.replace(hour=8)
    while t.weekday() >= 5:
        t = (t + timedelta(days=1)).replace(hour=8)
    return t


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
    langs: list[str] = field(default_factory=list)


@dataclass
class Fam:
    n: int
    code: str
    name: str
    start: datetime
    days: int
    about: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    customers: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    # -- helpers ---------------------------------------------------------------
    def at(self, day: float, hour: int = 0, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def daytime(self, day: int, lo: int = 7, hi: int = 20) -> datetime:
        return self.at(day, self.rng.randint(lo, hi), self.rng.randint(0, 59))

    def lang(self) -> str:
        langs = [lg for lg, _ in LANG_WEIGHTS]
        return self.rng.choices(langs, [w for _, w in LANG_WEIGHTS])[0]

    def market(self, lang: str) -> str:
        opts = LANG_MARKETS[lang]
        return self.rng.choices([m for m, _ in opts], [w for _, w in opts])[0]

    def pick(self, table: dict[str, list[str]], lang: str, **kw: str) -> str:
        text = self.rng.choice(table[lang])
        return text.format(b=BRAND, **kw)

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        lang: str | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        first: str | None = None,
        **extra: Any,
    ) -> Cust:
        lang = lang or self.lang()
        market = market or self.market(lang)
        fn = first or self.rng.choice(FIRST[lang])
        sn = self.rng.choice(SURNAMES[lang])
        key = unique(lambda: f"AS{self.code}{self.rng.randint(1000, 9999)}")
        base = (
            strip_accents(f"{fn}.{sn}")
            .lower()
            .replace(" ", "")
            .replace("ß", "ss")
            .replace("ñ", "n")
        )
        if domain:
            email = unique(
                lambda: (
                    f"{base.split('.')[0]}.{base.split('.')[1][0]}{self.rng.choice(['', str(self.rng.randint(2, 9))])}@{domain}"
                )
            )
        else:
            email = unique(
                lambda: (
                    f"{base}{self.rng.choice(['', str(self.rng.randint(1, 99))])}@{self.rng.choice(DOMAINS)}"
                )
            )
        cc, prefixes, nd = PHONE[market]
        phone = unique(
            lambda: (
                f"+{cc}{self.rng.choice(prefixes)}{''.join(str(self.rng.randint(0, 9)) for _ in range(nd))}"
            )
        )
        handle = None
        if not account:
            f0, s0 = base.split(".")[0], base.split(".")[1]
            handle = unique(
                lambda: (
                    "@"
                    + self.rng.choice(
                        [
                            f"{s0}_{f0}{self.rng.randint(1, 9)}",
                            f"{f0}{s0}{self.rng.randint(10, 99)}",
                            f"{f0}_{s0}",
                            f"{s0}{f0[0]}{self.rng.randint(1, 99)}",
                        ]
                    )
                )
            )
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
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
            "name": f"{fn} {sn}",
            "job": extra.pop("job", None) or self.rng.choice(JOBS),
            "town": self.rng.choice(TOWNS[market]),
        }
        truth.update(extra)
        c = Cust(key, lang, market, f"{fn} {sn}", email, phone, handle, account, truth, [lang])
        self.customers[key] = c
        return c

    def rough(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if len(w) >= 5 and w.isalpha() and w.islower()
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
        self.counter += 1
        eid = f"as124-{self.code.lower()}-{self.counter:05d}"
        if text is not None and not out and rough and channel not in ("phone", "survey"):
            text = self.rough(text)
        if text is not None and channel == "social" and not out and not c.account:
            if BRAND in text:
                i = text.rfind(BRAND)
                text = text[:i] + "@" + text[i:]
            else:
                text = f"@{BRAND} " + text
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "_c": c,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": SOURCE[channel],
                "attributes": a,
            }
        )
        return eid

    def money(self, c: Cust, eur: int, spoken: bool = False) -> str:
        if c.market == "UK":
            v = round(eur * 0.86)
            return f"{v} pounds" if spoken else f"£{v}"
        if c.market == "CH":
            v = round(eur * 0.94)
            return f"{v} francs" if spoken else f"CHF {v}"
        if spoken:
            return f"{eur} euros"
        return f"€{eur}" if c.lang == "en" else f"{eur} €"

    # -- acts ------------------------------------------------------------------
    def purchase(
        self,
        c: Cust,
        t: datetime,
        products: list[tuple[str, int]] | None = None,
        pages: list[str] | None = None,
    ) -> str:
        prod, eur = self.rng.choice(products or W.PRODUCTS)
        page = self.rng.choice(pages or W.PAGES)
        self.add(c, t, "web", "page_view", attrs={"page": page})
        cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
        val = eur * {"GBP": 0.86, "CHF": 0.94, "EUR": 1.0}[cur]
        return self.add(
            c,
            t + timedelta(minutes=self.rng.randint(3, 15)),
            "web",
            "purchase",
            attrs={"order_value": f"{val:.2f}", "currency": cur, "product": prod, "page": page},
        )

    def happy(
        self,
        c: Cust,
        t: datetime,
        lang: str | None = None,
        surveys: bool = True,
        kinds: list[str] | None = None,
    ) -> str:
        lg = lang or c.lang
        options = kinds or [
            "praise",
            "praise",
            "again",
            "gripe",
            "chat",
            "email",
            "phone",
            "buy",
            "view",
            "review",
        ] + (["survey"] if surveys else [])
        k = self.rng.choice(options)

        def m(x: int) -> timedelta:
            return timedelta(minutes=x)

        if k in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[k]
            ch = self.rng.choice(["social", "community"])
            return self.add(c, t, ch, "mention" if ch == "social" else "post", self.pick(table, lg))
        if k == "chat":
            e = self.add(c, t, "chat", "chat", self.pick(W.QUESTION, lg))
            self.add(
                c, t + m(self.rng.randint(1, 6)), "chat", "chat", self.pick(W.ANSWER, lg), out=True
            )
            if self.rng.random() < 0.6:
                self.add(c, t + m(self.rng.randint(7, 12)), "chat", "chat", self.pick(W.THANKS, lg))
            return e
        if k == "email":
            q = self.pick(W.QUESTION, lg)
            e = self.add(c, t, "email", "message", q, subject=q.split("?")[0][:40])
            self.add(
                c,
                night_safe(t + m(self.rng.randint(30, 180))),
                "email",
                "message",
                self.pick(W.ANSWER, lg),
                subject="Re: your question",
                out=True,
            )
            return e
        if k == "phone":
            e = self.add(c, t, "phone", "call", self.pick(W.PHONE_Q, lg))
            self.add(
                c,
                night_safe(t + m(self.rng.randint(10, 40))),
                "email",
                "message",
                self.pick(W.PHONE_FOLLOW, lg),
                subject="Your call",
                out=True,
            )
            return e
        if k == "buy":
            return self.purchase(c, t)
        if k == "view":
            return self.add(c, t, "web", "page_view", attrs={"page": self.rng.choice(W.PAGES)})
        if k == "review":
            return self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.REVIEW, lg),
                attrs={"rating": self.rng.choice(["5", "5", "4"]), "page": "/reviews"},
            )
        return self.survey_happy(c, t, lg)

    def night_chat(self, c: Cust, t: datetime, answer_by: int, thanks_by: int) -> str:
        """A night chat question, the agent's answer and the customer's thanks."""
        e = self.add(c, t, "chat", "chat", self.pick(W.NIGHT_Q, c.lang))
        answer = t + timedelta(minutes=self.rng.randint(1, answer_by))
        self.add(c, answer, "chat", "chat", self.pick(W.NIGHT_A, c.lang), out=True)
        thanks = t + timedelta(minutes=self.rng.randint(answer_by + 1, thanks_by))
        self.add(c, thanks, "chat", "chat", self.pick(W.THANKS, c.lang))
        return e

    def survey_happy(self, c: Cust, t: datetime, lg: str) -> str:
        s = self.rng.choice(["nps", "csat", "ces"])
        v = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[s]
        word = self.pick(W.SURVEY_WORD, lg)
        return self.add(
            c, t, "survey", "survey_response", word or None, scores={s: v}, attrs={"survey": s}
        )

    def days_apart(self, lo: int, hi: int, k: int) -> list[int]:
        return sorted(self.rng.sample(range(lo, hi + 1), min(k, hi - lo + 1)))

    # -- output ----------------------------------------------------------------
    def write(self, expect: Counter[str]) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        seen: set[str] = set()
        out_lines = []
        for r in self.rows:
            c: Cust = r.pop("_c")
            t: datetime = r["occurred_at"]
            if t.year != 2026 or t < self.start or t >= LIMIT:
                raise RuntimeError(f"time out of range {t}")
            full = r["direction"] == "outbound" or c.key not in seen
            if r["direction"] == "inbound":
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
            elif r["channel"] == "phone":
                cc = PHONE[c.market][0]
                ref["phone"] = (
                    c.phone if self.rr.random() < 0.5 else f"+{cc} {c.phone[len(cc) + 1 :]}"
                )
            elif r["channel"] in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if self.rr.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif r["channel"] == "email":
                ref["email"] = c.email.upper() if self.rr.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
            r["customer"] = ref
            r["occurred_at"] = iso(t)
            out_lines.append(json.dumps(r, ensure_ascii=False))
        for c in self.customers.values():
            if c.key not in seen:
                raise RuntimeError(f"{c.key} has no inbound touchpoint")
            both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            if both:
                raise RuntimeError(f"{c.key} expects and tolerates {both}")
        got: Counter[str] = Counter()
        for c in self.customers.values():
            got.update(c.truth["expected_rules"])
        for a in self.accounts.values():
            got.update(a["expected_rules"])
        if self.spike:
            got["topic_spike"] += 1
        if got != expect:
            raise RuntimeError(f"{self.name}: expected {dict(expect)}, got {dict(got)}")
        last = max(
            datetime.fromisoformat(r["occurred_at"].replace("Z", "+00:00")) for r in self.rows
        )
        end = max(self.at(self.days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise RuntimeError("end too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": f"{BRAND}: hot-air balloon flights by app and web, with a business arm ({BRAND} Events)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "blind, by hand (report only)",
                "expected": dict(sorted(got.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.customers.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out_lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        replies = sum(1 for r in self.rows if r["direction"] == "outbound")
        return len(self.customers), len(self.rows), replies


# ---------------------------------------------------------------------------------------


def complaint_text(f: Fam, c: Cust, p: str, lg: str, channel: str, long: bool = False) -> str:
    pp = W.PP[p][lg]
    if channel == "phone":
        return f.pick(W.PHONE_COMPLAINT, lg, pp=pp, a=f.money(c, W.AMOUNT[p], spoken=True))
    if long:
        return f.pick(W.LONG_EMAIL, lg, pp=pp, a=f.money(c, W.AMOUNT[p]))
    return f.pick(W.COMPLAINT[p], lg, a=f.money(c, W.AMOUNT[p]))


def case_ref(f: Fam) -> str:
    return unique(lambda: f"ASC-{f.rng.randint(100000, 999999)}")


def raise_problem(
    f: Fam,
    c: Cust,
    t: datetime,
    p: str,
    lg: str,
    channel: str,
    long: bool = False,
    reply: str = "case",
) -> tuple[str, str]:
    """The first contact about a problem and the agent's acknowledgement; returns (event id, case)."""
    case = case_ref(f)
    text = complaint_text(f, c, p, lg, channel, long)
    pp = W.PP[p][lg]
    if channel == "email":
        e = f.add(c, t, "email", "message", text, subject=W.SUBJ_COMPLAINT[lg] + pp)
    elif channel == "web":
        e = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
    elif channel == "chat":
        e = f.add(c, t, "chat", "chat", text)
    elif channel == "phone":
        e = f.add(c, t, "phone", "call", text)
    else:
        e = f.add(c, t, "social", "mention", text)
        return e, ""
    if channel == "chat":
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(1, 4)),
            "chat",
            "chat",
            f.pick(W.CHAT_CASE, lg, c=case),
            out=True,
        )
    if reply == "lead":
        f.add(
            c,
            night_safe(t + timedelta(minutes=f.rng.randint(90, 150))),
            "email",
            "message",
            f.pick(W.QUALITY_LEAD, lg, c=case),
            subject=W.SUBJ_CASE[lg].format(c=case),
            out=True,
        )
    elif channel != "chat":
        f.add(
            c,
            night_safe(t + timedelta(minutes=f.rng.randint(10, 40))),
            "email",
            "message",
            f.pick(W.CASE_OPENED, lg, c=case, pp=pp),
            subject=W.SUBJ_CASE[lg].format(c=case),
            out=True,
        )
    return e, case


def fix_and_confirm(
    f: Fam, c: Cust, t: datetime, case: str, lg: str, lo: int, hi: int
) -> tuple[datetime, str, datetime, str]:
    fixed = night_safe(t + timedelta(minutes=f.rng.randint(lo, hi)))
    f.add(
        c,
        fixed,
        "email",
        "message",
        f.pick(W.GOOD_NEWS, lg, c=case),
        subject=W.SUBJ_CASE[lg].format(c=case),
        out=True,
    )
    conf_t = night_safe(fixed + timedelta(hours=f.rng.randint(8, 30)))
    ch = f.rng.choice(["email", "chat"])
    text = f.pick(W.CONFIRM, lg, c=case)
    e = f.add(
        c,
        conf_t,
        ch,
        "message" if ch == "email" else "chat",
        text,
        subject=W.SUBJ_CASE[lg].format(c=case) if ch == "email" else None,
    )
    return fixed, e, conf_t, ch


def repeat_run(
    f: Fam, c: Cust, t0: datetime, n: int, p: str, langs: list[str], first_channel: str, lead: bool
) -> dict[str, Any]:
    lg = langs[0]
    e, case = raise_problem(f, c, t0, p, lg, first_channel, reply="lead" if lead else "case")
    ids = [e]
    used = {first_channel}
    t = t0
    comp = None
    for i in range(1, n):
        lg = langs[i % len(langs)]
        t = night_safe(t + timedelta(minutes=f.rng.randint(4 * 60, 40 * 60)))
        pool = [
            ch
            for ch in (
                ["email", "chat", "phone", "web", "social"]
                if i == 1
                else ["email", "chat", "web", "social"]
            )
            if ch not in used
        ]
        ch = f.rng.choice(pool)
        used.add(ch)
        pp = W.PP[p][lg]
        d = W.WEEKDAYS[lg][t0.weekday()]
        if ch == "phone":
            text = f.pick(W.REPEAT_PHONE, lg, c=case, pp=pp)
        elif i == 1:
            text = f.pick(W.REPEAT_2, lg, c=case, pp=pp, d=d)
        elif i == 2:
            comp = f.rng.choice(COMPETITORS)
            text = f.pick(W.REPEAT_3, lg, c=case, pp=pp[0].upper() + pp[1:], k=comp)
        else:
            text = f.pick(W.REPEAT_4, lg, c=case, pp=pp[0].upper() + pp[1:])
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        attrs = {"page": "/help/contact"} if ch == "web" else None
        ids.append(
            f.add(
                c,
                t,
                ch,
                kind,
                text,
                subject=W.SUBJ_CASE[lg].format(c=case) if ch == "email" else None,
                attrs=attrs,
            )
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(1, 5)),
                "chat",
                "chat",
                f.pick(W.URGENT, lg, c=case),
                out=True,
            )
    return {
        "booking": case,
        "problem": p,
        "problem_event_ids": ids,
        "contacts": n,
        "channels": sorted(used),
        "channel": first_channel,
        "agent_passed_on": lead,
        "competitor": comp,
        "trouble_starts_at": iso(t0),
    }


def slide(
    f: Fam, c: Cust, t0: datetime, span: int, langs: list[str]
) -> tuple[list[str], list[datetime], str]:
    offs = sorted(f.rng.sample(range(1, span * 24 - 2), 5))
    times = [t0] + [t0 + timedelta(hours=o) for o in offs]
    fixed = []
    prev = None
    for t in times:
        t = night_safe(t)
        if prev and t < prev + timedelta(hours=1):
            t = night_safe(prev + timedelta(hours=1, minutes=f.rng.randint(5, 50)))
        fixed.append(t)
        prev = t
    comp = f.rng.choice(COMPETITORS)
    ids = []
    for i, t in enumerate(fixed):
        lg = langs[i % len(langs)]
        text = W.SLIDE[lg][i].format(b=BRAND, k=comp)
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
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
    return ids, fixed, comp


# ---------------------------------------------------------------------------------------


def happy_writers() -> Fam:
    f = Fam(
        1,
        "HW",
        "happy_writers",
        datetime(2026, 3, 23, tzinfo=UTC),
        10,
        "happy customers: day writers, night writers and survey-only customers; nothing to warn about",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.days_apart(0, 9, f.rng.randint(5, 8)):
            f.happy(c, f.daytime(d, 7, 19))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.days_apart(0, 8, f.rng.randint(2, 4)):
            t = f.at(d, 22, 12) + timedelta(minutes=f.rng.randint(0, 378))
            if f.rng.random() < 0.5:
                f.add(
                    c,
                    t,
                    f.rng.choice(["social", "community"]),
                    "post",
                    f.pick(W.NIGHT_POST, c.lang),
                )
            else:
                f.night_chat(c, t, 5, 9)
        for d in f.days_apart(0, 9, f.rng.randint(2, 3)):
            f.happy(c, f.daytime(d, 9, 17), kinds=["praise", "buy", "view", "review"])
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.days_apart(0, 9, f.rng.randint(3, 6)):
            f.survey_happy(c, f.daytime(d, 8, 19), c.lang)
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "BD",
        "one_bad_day",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry day about one problem; some give a low score, some apologise",
    )
    probs = [p for p in W.PROBLEMS for _ in range(4)]
    f.rng.shuffle(probs)
    channels = [ch for ch in ["long", "email", "chat", "social", "web", "phone"] for _ in range(4)]
    f.rng.shuffle(channels)
    cased = [i for i, ch in enumerate(channels) if ch != "social"]
    nps_i = set(f.rng.sample(cased, 6))
    rest = [i for i in cased if i not in nps_i]
    csat_i = set(f.rng.sample(rest, 5))
    good_i = set(f.rng.sample(cased, 12))
    apol_i = set(f.rng.sample(sorted(good_i), 5))
    for i in range(24):
        ch, p = channels[i], probs[i]
        lang = f.rng.choice(["en", "fr"]) if ch == "long" else None
        det = i in nps_i
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            T_SILENCE,
            lang=lang,
            problem=p,
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
        )
        bd = f.rng.randint(2, 9)
        t = f.daytime(bd, 8, 20)
        for d in f.days_apart(0, 11, 12):
            if (d <= bd - 2 or d >= bd + 3) and f.rng.random() < 0.45:
                f.happy(c, f.daytime(d, 8, 20), surveys=False)
        if not any(r["_c"] is c for r in f.rows):
            f.happy(c, f.daytime(0 if bd >= 2 else 11, 8, 20), surveys=False)
        e, case = raise_problem(
            f, c, t, p, c.lang, "email" if ch == "long" else ch, long=ch == "long"
        )
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=e,
            booking=case or None,
            trouble_starts_at=iso(t),
            problem_event_ids=[e],
            nps_given=det,
            csat_given=i in csat_i,
            agent_fixed=i in good_i,
            apologised=i in apol_i,
        )
        if det:
            v = f.rng.randint(1, 5)
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps=v, survey_event_id=s)
        elif i in csat_i:
            v = f.rng.randint(1, 2)
            word = f.rng.choice([None, "bad", "nul"]) if c.lang in ("en", "fr") else None
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                word,
                scores={"csat": v},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat=v, survey_event_id=s)
        if i in good_i:
            g = night_safe(t + timedelta(minutes=f.rng.randint(60, 240)))
            f.add(
                c,
                g,
                "email",
                "message",
                f.pick(W.GOOD_NEWS, c.lang, c=case),
                subject=W.SUBJ_CASE[c.lang].format(c=case),
                out=True,
            )
        if i in apol_i:
            a = night_safe(t + timedelta(minutes=f.rng.randint(16 * 60, 24 * 60)))
            ach = f.rng.choice(["chat", "email"])
            ae = f.add(
                c,
                a,
                ach,
                "chat" if ach == "chat" else "message",
                f.pick(W.APOLOGY, c.lang),
                subject=W.SUBJ_CASE[c.lang].format(c=case) if ach == "email" else None,
            )
            c.truth.update(apology_at=iso(a), apology_event_id=ae)
    for _ in range(8):
        c = f.person("happy", "control")
        for d in f.days_apart(0, 11, f.rng.randint(4, 7)):
            f.happy(c, f.daytime(d, 8, 20))
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "RC",
        "repeat_contacts",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "repeat contacts about one open problem, fixed problems, two different problems and frequent writers",
    )
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    counts = [2] * 4 + [3] * 4 + [4] * 4
    f.rng.shuffle(counts)
    leads = set(f.rng.sample(range(12), 6))
    for i in range(12):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], T_REPEAT)
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.daytime(0, 7, 12), surveys=False)
        t0 = f.daytime(f.rng.randint(1, 4), 8, 19)
        c.truth.update(
            repeat_run(
                f, c, t0, counts[i], f.rng.choice(W.PROBLEMS), [c.lang], firsts[i], i in leads
            )
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], T_SILENCE)
        for _ in range(f.rng.randint(1, 2)):
            f.happy(c, f.daytime(0, 8, 18), surveys=False)
        p = f.rng.choice(W.PROBLEMS)
        t0 = f.daytime(f.rng.randint(1, 4), 8, 18)
        ch = f.rng.choice(["email", "web", "chat"])
        e, case = raise_problem(f, c, t0, p, c.lang, ch)
        fixed, ce, ct, cch = fix_and_confirm(f, c, t0, case, c.lang, 180, 1200)
        c.truth.update(
            problem=p,
            booking=case,
            trouble_starts_at=iso(t0),
            problems=[
                {
                    "problem": p,
                    "booking": case,
                    "raised_at": iso(t0),
                    "fixed_at": iso(fixed),
                    "confirmed_at": iso(ct),
                    "problem_event_ids": [e],
                    "confirm_event_id": ce,
                    "channel": ch,
                    "confirm_channel": cch,
                }
            ],
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], T_SILENCE)
        ps = f.rng.sample(W.PROBLEMS, 2)
        d0 = f.rng.randint(0, 3)
        cases = []
        for j, p in enumerate(ps):
            t0 = f.daytime(d0 + j * f.rng.randint(4, 5), 8, 17)
            ch = f.rng.choice(["email", "web", "chat"])
            e, case = raise_problem(f, c, t0, p, c.lang, ch)
            fixed, ce, ct, cch = fix_and_confirm(f, c, t0, case, c.lang, 180, 900)
            cases.append(
                {
                    "problem": p,
                    "booking": case,
                    "raised_at": iso(t0),
                    "fixed_at": iso(fixed),
                    "confirmed_at": iso(ct),
                    "problem_event_ids": [e],
                    "confirm_event_id": ce,
                    "channel": ch,
                    "confirm_channel": cch,
                }
            )
        c.truth.update(problems=cases, trouble_starts_at=cases[0]["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in f.days_apart(0, 9, f.rng.randint(5, 8)):
            f.happy(
                c, f.daytime(d, 8, 19), kinds=["chat", "chat", "email", "phone", "praise", "buy"]
            )
    return f


def slow_churners() -> Fam:
    f = Fam(
        4,
        "SC",
        "slow_churners",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "sliding churners, customers who cancel, steady happy, steadily grumpy and one-sarcastic-remark customers",
    )
    spans = [3] + [5] * 5 + [9] * 4
    f.rng.shuffle(spans)
    nps = set(f.rng.sample(range(10), 5))
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if i in nps else []),
            T_SLIDE,
        )
        days = f.days_apart(0, 10, 8)
        npraise = f.rng.randint(4, 5)
        for j, d in enumerate(days[: npraise + f.rng.randint(2, 3)]):
            f.happy(
                c,
                f.daytime(d, 8, 20),
                surveys=False,
                kinds=["praise", "again", "gripe"]
                if j < npraise
                else ["chat", "buy", "view", "review", "email"],
            )
        t0 = f.daytime(f.rng.randint(12, 16), 8, 19)
        ids, times, comp = slide(f, c, t0, spans[i], [c.lang])
        c.truth.update(
            slide_event_ids=ids,
            slide_days=spans[i],
            competitor=comp,
            trouble_starts_at=iso(times[0]),
        )
        if i in nps:
            v = f.rng.randint(1, 5)
            s = f.add(
                c,
                night_safe(times[3] + timedelta(minutes=f.rng.randint(150, 210))),
                "survey",
                "survey_response",
                None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, nps=v, survey_event_id=s)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", ["churn_intent"], T_CANCEL)
        for d in f.days_apart(0, 15, f.rng.randint(4, 6)):
            f.happy(c, f.daytime(d, 8, 20), surveys=False)
        t = f.daytime(f.rng.randint(17, 23), 8, 19)
        e = f.add(c, t, "email", "message", f.pick(W.CANCEL_REQ, c.lang), subject="Sky Club")
        f.add(
            c,
            night_safe(t + timedelta(minutes=f.rng.randint(60, 300))),
            "email",
            "message",
            f.pick(W.SORRY_GO, c.lang),
            subject="Re: Sky Club",
            out=True,
        )
        ct = night_safe(t + timedelta(minutes=f.rng.randint(20 * 60, 30 * 60)))
        x = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/sky-club", "product": "Sky Club membership"},
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=x,
            churn_at=iso(ct),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for d in f.days_apart(0, 31, f.rng.randint(6, 10)):
            f.happy(c, f.daytime(d, 8, 20))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], T_GRUMPY)
        d = f.rng.randint(0, 4)
        ids = []
        for _ in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web", "review"])
            t = f.daytime(d, 8, 20)
            text = f.pick(W.GRUMPY, c.lang)
            if ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            d += f.rng.randint(1, 3)
        for _ in range(f.rng.randint(0, 2)):
            f.purchase(c, f.daytime(f.rng.randint(0, 30), 9, 19))
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=iso(
                min(
                    r["occurred_at"]
                    for r in f.rows
                    if r["_c"] is c and r["kind"] != "purchase" and r["kind"] != "page_view"
                )
            ),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], T_SILENCE)
        for d in f.days_apart(0, 31, f.rng.randint(4, 7)):
            f.happy(c, f.daytime(d, 8, 20), surveys=False)
        t = f.daytime(f.rng.randint(17, 28), 9, 20)
        e = f.add(c, t, f.rng.choice(["social", "community"]), "post", f.pick(W.SARCASM, c.lang))
        c.truth.update(sarcasm_event_id=e, trouble_starts_at=iso(t))
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "QH",
        "quiet_hours",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm late-summer weekend: daytime customers, four mild grumbles, and night owls in three bursts each night",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.days_apart(0, 2, f.rng.randint(1, 3)):
            t = f.at(d, f.rng.randint(7, 16), f.rng.randint(0, 59))
            f.happy(c, t)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", [], T_SILENCE)
        t = f.at(f.rng.randint(0, 2), f.rng.randint(8, 16), f.rng.randint(0, 59))
        if f.rng.random() < 0.5:
            f.purchase(c, t)
        else:
            f.add(c, t, "web", "page_view", attrs={"page": f.rng.choice(W.PAGES)})
        g = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            e = f.add(c, g, "chat", "chat", f.pick(W.GRUMBLE_ONCE, c.lang))
            f.add(
                c,
                g + timedelta(minutes=f.rng.randint(1, 5)),
                "chat",
                "chat",
                f.pick(W.GRUMBLE_ANSWER, c.lang),
                out=True,
            )
        else:
            e = f.add(
                c,
                g,
                "web",
                "ticket",
                f.pick(W.GRUMBLE_ONCE, c.lang),
                attrs={"page": "/help/contact"},
            )
            f.add(
                c,
                g + timedelta(minutes=f.rng.randint(20, 90)),
                "email",
                "message",
                f.pick(W.GRUMBLE_ANSWER, c.lang),
                subject="Re: your message",
                out=True,
            )
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(g))
    for night in range(1, 4):
        b0 = f.at(night, 0, f.rng.randint(40, 65))
        starts = [
            b0,
            b0 + timedelta(minutes=f.rng.randint(28, 33)),
            b0 + timedelta(minutes=f.rng.randint(55, 65)),
        ]
        for bi, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night}, burst {bi + 1}", [], [])
                t = bs + timedelta(minutes=f.rng.randint(0, 9), seconds=f.rng.randint(0, 59))
                if f.rng.random() < 0.5:
                    e = f.night_chat(c, t, 4, 8)
                else:
                    e = f.add(
                        c,
                        t,
                        f.rng.choice(["social", "community"]),
                        "post",
                        f.pick(W.NIGHT_POST, c.lang),
                    )
                c.truth.update(burst_at=iso(bs), night_event_id=e)
                if f.rng.random() < 0.5:
                    f.happy(
                        c,
                        f.at(
                            f.rng.randint(0, min(night, 2)),
                            f.rng.randint(9, 16),
                            f.rng.randint(0, 59),
                        ),
                        kinds=["praise", "buy", "view", "chat"],
                    )
    return f


PAIRS = (
    [("en", "fr")] * 4
    + [("fr", "en")] * 4
    + [
        ("en", "de"),
        ("de", "en"),
        ("fr", "de"),
        ("de", "fr"),
        ("fr", "es"),
        ("es", "fr"),
        ("en", "es"),
        ("fr", "it"),
        ("it", "fr"),
        ("en", "pt"),
        ("pt", "fr"),
        ("fr", "pt"),
        ("en", "it"),
        ("es", "en"),
        ("it", "en"),
        ("en", "fr"),
        ("fr", "en"),
        ("de", "es"),
        ("pt", "en"),
    ]
)
PAIR_MARKETS = {
    "en": ["UK", "IE"],
    "fr": ["FR", "BE", "CH", "LU"],
    "de": ["DE", "AT", "CH"],
    "es": ["ES"],
    "it": ["IT", "CH"],
    "pt": ["PT"],
}
WHY = [
    "works for a company whose office language is the second one",
    "married to a speaker of the second language",
    "grew up with the second language",
    "lives near the border",
    "studied abroad in the second language",
]


def bilingual() -> Fam:
    f = Fam(
        6,
        "BL",
        "bilingual",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers who write in two languages: happy, repeat contacts, sliders, one bad day, fixed problems",
    )
    pairs = list(PAIRS)
    f.rng.shuffle(pairs)

    def take(long: bool = False) -> tuple[str, str]:
        pair = next(p for p in pairs if p[1] in ("en", "fr")) if long else pairs[0]
        pairs.remove(pair)
        return pair

    long_pair = take(True)

    def bi(persona: str, habit: str, exp: list[str], tol: list[str], pair: tuple[str, str]) -> Cust:
        m = f.rng.choice(PAIR_MARKETS[pair[0]] + PAIR_MARKETS[pair[1]])
        c = f.person(
            persona,
            habit,
            exp,
            tol,
            lang=pair[0],
            market=m,
            languages=list(pair),
            job_second_language=f.rng.choice(WHY),
        )
        c.langs = list(pair)
        return c

    for _ in range(12):
        c = bi("happy", "alternates languages", [], [], take())
        for j, d in enumerate(f.days_apart(0, 13, f.rng.randint(5, 8))):
            f.happy(c, f.daytime(d, 8, 20), lang=c.langs[j % 2])
    counts = [2, 2, 3, 3, 4]
    for n in counts:
        c = bi("repeat_contact", "repeats", ["repeat_contact"], T_REPEAT, take())
        for j in range(f.rng.randint(1, 3)):
            f.happy(c, f.daytime(f.rng.randint(0, 1), 8, 18), lang=c.langs[j % 2], surveys=False)
        t0 = f.daytime(f.rng.randint(2, 5), 8, 19)
        c.truth.update(
            repeat_run(
                f,
                c,
                t0,
                n,
                f.rng.choice(W.PROBLEMS),
                c.langs,
                f.rng.choice(["web", "email", "chat"]),
                n >= 3,
            )
        )
    for _ in range(5):
        c = bi("slow_churner", "slides", ["sentiment_drop"], T_SLIDE, take())
        ds = f.days_apart(0, 5, 6)
        for j in range(5):
            f.happy(
                c, f.daytime(ds[j], 8, 20), lang=c.langs[j % 2], kinds=["praise", "again", "gripe"]
            )
        for j in range(f.rng.randint(1, 3)):
            f.happy(
                c,
                f.daytime(f.rng.randint(0, 5), 8, 20),
                lang=c.langs[j % 2],
                surveys=False,
                kinds=["chat", "buy", "view"],
            )
        t0 = f.daytime(f.rng.randint(7, 8), 8, 19)
        ids, times, comp = slide(f, c, t0, f.rng.randint(3, 5), c.langs)
        c.truth.update(slide_event_ids=ids, competitor=comp, trouble_starts_at=iso(times[0]))
    bad = [("email", True), ("email", False), ("chat", False)]
    for ch, long in bad:
        c = bi("happy_one_bad_day", "one bad day", [], T_SILENCE, long_pair if long else take())
        bd = f.rng.randint(4, 9)
        for j, d in enumerate(f.days_apart(0, 13, 5)):
            if d <= bd - 2 or d >= bd + 3:
                f.happy(c, f.daytime(d, 8, 20), lang=c.langs[j % 2], surveys=False)
        t = f.daytime(bd, 8, 19)
        p = f.rng.choice(W.PROBLEMS)
        lg = c.langs[1]
        e, case = raise_problem(f, c, t, p, lg, ch, long=long)
        c.truth.update(
            problem=p,
            bad_day_at=iso(t),
            bad_day_event_id=e,
            bad_day_language=lg,
            booking=case,
            long_email=long,
            trouble_starts_at=iso(t),
        )
        if ch == "email":
            f.add(
                c,
                night_safe(t + timedelta(minutes=f.rng.randint(60, 240))),
                "email",
                "message",
                f.pick(W.GOOD_NEWS, lg, c=case),
                subject=W.SUBJ_CASE[lg].format(c=case),
                out=True,
            )
            if not long:
                a = night_safe(t + timedelta(hours=f.rng.randint(18, 24)))
                ae = f.add(c, a, "chat", "chat", f.pick(W.APOLOGY, lg))
                c.truth.update(apologised=True, apology_at=iso(a), apology_event_id=ae)
    for _ in range(2):
        c = bi("resolved_between_contacts", "fixed", [], T_SILENCE, take())
        f.happy(c, f.daytime(0, 9, 18), surveys=False)
        p = f.rng.choice(W.PROBLEMS)
        t0 = f.daytime(f.rng.randint(2, 6), 8, 18)
        e, case = raise_problem(f, c, t0, p, c.langs[0], "web")
        fixed, ce, ct, cch = fix_and_confirm(f, c, t0, case, c.langs[1], 180, 1200)
        c.truth.update(
            problem=p,
            booking=case,
            confirm_language=c.langs[1],
            trouble_starts_at=iso(t0),
            problems=[
                {
                    "problem": p,
                    "booking": case,
                    "raised_at": iso(t0),
                    "fixed_at": iso(fixed),
                    "confirmed_at": iso(ct),
                    "problem_event_ids": [e],
                    "confirm_event_id": ce,
                    "channel": "web",
                    "confirm_channel": cch,
                }
            ],
        )
    return f


ACCOUNTS: list[tuple[str, str, str, str, int, str | None, int]] = [
    # company, site, language, market, contacts, problem (at risk / one unhappy), unhappy count
    ("Brasserie Vautrin", "brewery", "fr", "FR", 5, "invoice", 3),
    ("Clinique Saint-Aubin", "clinic", "fr", "BE", 4, "portal", 3),
    ("Harbourline Logistics", "logistics", "en", "UK", 6, "overbilled", 4),
    ("Kessler Messebau", "trade fairs", "de", "DE", 5, "service_blocked", 3),
    ("Ferrand Immobilier", "estate agency", "fr", "CH", 5, "invoice", 4),
    ("Dunmore Software", "software", "en", "IE", 3, "portal", 1),
    ("Hotel Riva Azzurra", "hotel", "it", "IT", 3, "overbilled", 1),
    ("Viagens Atlântico", "travel agency", "pt", "PT", 3, "invoice", 1),
    ("Groupe Mérimée", "insurance", "fr", "FR", 3, "service_blocked", 1),
    ("Bodegas Larraz", "winery", "es", "ES", 4, None, 0),
    ("Pembroke Events", "events", "en", "UK", 4, None, 0),
    ("Atelier Kerhoas", "architects", "fr", "LU", 3, None, 0),
    ("Stadtwerke Auental", "utility", "de", "AT", 4, None, 0),
    ("Lumière Cosmétiques", "cosmetics", "fr", "FR", 4, None, 0),
    ("Northgate College", "college", "en", "UK", 3, None, 0),
]
TITLES = [
    "Office manager",
    "HR business partner",
    "Events coordinator",
    "Finance assistant",
    "Head of marketing",
    "Executive assistant",
    "Procurement officer",
]


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "BB",
        "b2b_accounts",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        f"{BRAND} Events accounts: at-risk accounts, one unhappy contact, mild suggestions, happy accounts",
    )
    last_channels = ["email", "phone", "phone", "phone", "phone"]
    risk_i = 0
    for idx, (company, site, lang, market, n, prob, unhappy) in enumerate(ACCOUNTS):
        kind = (
            "at_risk"
            if unhappy >= 3
            else "one_unhappy"
            if unhappy == 1
            else ("mild" if idx in (9, 10, 11) else "happy")
        )

        def acc_id(m: str = market) -> str:
            return f"ASE-{m}-{f.rng.randint(1000, 9999)}"

        acc = unique(acc_id)
        domain = strip_accents(company.lower()).replace(" ", "-").replace("'", "") + ".example"
        firsts = f.rng.sample(FIRST[lang], n)
        contacts: list[Cust] = []
        for j in range(n):
            if kind == "at_risk" and j < unhappy:
                last = j == unhappy - 1
                persona, role, exp, tol = (
                    "b2b_unhappy",
                    "complainer",
                    ["repeat_contact"] if last else ["detractor"],
                    T_B2B_RISK,
                )
            elif kind == "one_unhappy" and j == 0:
                persona, role, exp, tol = "b2b_one_unhappy", "complainer", ["detractor"], T_B2B_ONE
            elif kind == "mild" and j < 2:
                persona, role, exp, tol = "b2b_mild", "suggests", [], T_SILENCE
            else:
                persona, role, exp, tol = "b2b_happy", "contact", [], []
            title = f.rng.choice(TITLES)
            c = f.person(
                persona,
                role,
                exp,
                tol,
                lang=lang,
                market=market,
                account=acc,
                domain=domain,
                first=firsts[j],
                company=company,
                role=role,
                job_title=title,
                job=title,
            )
            contacts.append(c)
        for c in contacts:
            role = c.truth["role"]
            lo_day, hi_day = (0, 1) if role != "contact" else (0, 11)
            for _ in range(f.rng.randint(0, 2) if role != "contact" else f.rng.randint(2, 5)):
                d = f.rng.randint(lo_day, hi_day)
                t = office(f.at(d, f.rng.randint(8, 16), f.rng.randint(0, 29)))
                if role != "contact" and t >= f.at(2):
                    continue
                k = f.rng.choice(
                    ["chat", "buy", "view"] + (["praise", "survey"] if role == "contact" else [])
                )
                if k == "chat":
                    f.add(c, t, "chat", "chat", f.pick(B.ROUTINE_Q, lang))
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(1, 6)),
                        "chat",
                        "chat",
                        f.pick(B.ROUTINE_A, lang),
                        out=True,
                    )
                    if f.rng.random() < 0.6:
                        f.add(
                            c,
                            t + timedelta(minutes=f.rng.randint(7, 12)),
                            "chat",
                            "chat",
                            f.pick(B.THANKS, lang),
                        )
                elif k == "buy":
                    f.purchase(c, t, B.PRODUCTS, B.PAGES)
                elif k == "view":
                    f.add(c, t, "web", "page_view", attrs={"page": f.rng.choice(B.PAGES)})
                elif k == "praise":
                    f.add(c, t, "community", "post", f.pick(B.PRAISE, lang))
                else:
                    f.survey_happy(c, t, lang)
        info: dict[str, Any] = {
            "company": company,
            "site": site,
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
            "language": lang,
            "country": market,
        }
        if kind == "at_risk" and prob:
            t = office(f.at(2, f.rng.randint(8, 11), f.rng.randint(0, 59)))
            case = case_ref(f)
            pp = B.PP[prob][lang]
            info["trouble_starts_at"] = iso(t)
            first_name = contacts[0].name.split(" ")[0]
            for j in range(unhappy):
                c = contacts[j]
                if j == 0:
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.pick(B.FIRST, lang, pp=pp),
                        subject=B.SUBJ[lang] + pp,
                    )
                    f.add(
                        c,
                        office(t + timedelta(minutes=f.rng.randint(20, 90))),
                        "email",
                        "message",
                        f.pick(B.ACK, lang, c=case),
                        subject=W.SUBJ_CASE[lang].format(c=case),
                        out=True,
                    )
                else:
                    t = office(t + timedelta(hours=f.rng.randint(8, 28)))
                    d = W.WEEKDAYS[lang][f.at(2).weekday()]
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.pick(B.LATER, lang, n=first_name, d=d, c=case, pp=pp),
                        subject=W.SUBJ_CASE[lang].format(c=case),
                    )
                ids = [e]
                if j < unhappy - 1:
                    v = f.rng.randint(1, 5)
                    s = f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(60, 180)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": v},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(nps_given=True, nps=v, survey_event_id=s)
                else:
                    t2 = office(t + timedelta(hours=f.rng.randint(18, 40)))
                    ch = last_channels[risk_i]
                    comp = f.rng.choice(COMPETITORS)
                    if ch == "email":
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                f.pick(B.LAST_EMAIL, lang, c=case, pp=pp, k=comp),
                                subject=W.SUBJ_CASE[lang].format(c=case),
                            )
                        )
                        c.truth.update(competitor=comp)
                    else:
                        ids.append(
                            f.add(c, t2, "phone", "call", f.pick(B.LAST_PHONE, lang, c=case, pp=pp))
                        )
                        c.truth.update(competitor=None)
                    c.truth.update(repeat_event_id=ids[-1])
                c.truth.update(
                    problem=prob, booking=case, complaint_event_ids=ids, trouble_starts_at=iso(t)
                )
            risk_i += 1
        elif kind == "one_unhappy" and prob:
            c = contacts[0]
            t = office(f.at(f.rng.randint(3, 7), f.rng.randint(8, 15), f.rng.randint(0, 59)))
            case = case_ref(f)
            pp = B.PP[prob][lang]
            e = f.add(
                c, t, "email", "message", f.pick(B.FIRST, lang, pp=pp), subject=B.SUBJ[lang] + pp
            )
            f.add(
                c,
                office(t + timedelta(minutes=f.rng.randint(20, 90))),
                "email",
                "message",
                f.pick(B.ACK, lang, c=case),
                subject=W.SUBJ_CASE[lang].format(c=case),
                out=True,
            )
            v = f.rng.randint(1, 5)
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(60, 180)),
                "survey",
                "survey_response",
                None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                problem=prob,
                booking=case,
                complaint_event_ids=[e],
                nps_given=True,
                nps=v,
                survey_event_id=s,
                trouble_starts_at=iso(t),
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = office(f.at(f.rng.randint(2, 10), f.rng.randint(8, 15), f.rng.randint(0, 59)))
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.pick(B.SUGGEST, lang),
                    attrs={"page": "/events/portal/feedback"},
                )
                f.add(
                    c,
                    office(t + timedelta(minutes=f.rng.randint(30, 180))),
                    "email",
                    "message",
                    f.pick(B.SUGGEST_ACK, lang),
                    subject="Re: suggestion",
                    out=True,
                )
                c.truth.update(mild_event_id=e, trouble_starts_at=iso(t))
        f.accounts[acc] = info
    for c in f.customers.values():
        if not any(r["_c"] is c and r["direction"] == "inbound" for r in f.rows):
            f.add(
                c,
                office(f.at(f.rng.randint(0, 1), f.rng.randint(8, 15), f.rng.randint(0, 59))),
                "web",
                "page_view",
                attrs={"page": f.rng.choice(B.PAGES)},
            )
    return f


def topic_spike() -> Fam:
    f = Fam(
        8,
        "TS",
        "topic_spike",
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week and one planted spike on Saturday 14 November 2026: app check-in drops every companion from the booking",
    )
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.days_apart(0, 5, f.rng.randint(1, 4)):
            t = f.daytime(d, 12, 18) if d == 5 else f.daytime(d, 7, 19)
            f.happy(c, t)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], T_SILENCE)
        t = f.daytime(0, 9, 17)
        e = f.add(c, t, "chat", "chat", W.GRUMBLE_ONCE[c.lang][0])
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(1, 5)),
            "chat",
            "chat",
            f.pick(W.GRUMBLE_ANSWER, c.lang),
            out=True,
        )
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t))
    for lg, hh, mm in (("en", 9, 40), ("fr", 16, 5)):
        c = f.person("grumbles_once", "lone question", [], T_SILENCE, lang=lg)
        t = f.at(4, hh, mm)
        e = f.add(c, t, "chat", "chat", W.LONE_Q[lg][0])
        f.add(
            c, t + timedelta(minutes=f.rng.randint(2, 5)), "chat", "chat", W.LONE_A[lg][0], out=True
        )
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    langs = ["en"] * 6 + ["fr"] * 6 + ["de", "de", "es", "es", "it", "it", "pt", "pt"]
    f.rng.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    s0 = f.at(5, 7, 40)
    mins = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    early = [i for i, m in enumerate(mins) if m <= 25]
    rep = set(f.rng.sample(early, 6))
    rep_channels = ["email", "email", "chat", "chat", "community", "community"]
    f.rng.shuffle(rep_channels)
    fixed_pool = [i for i in range(20) if i not in rep]
    fixed = set(f.rng.sample(fixed_pool, 6))
    ev: list[str] = []
    rev: list[str] = []
    keys: list[str] = []
    ri = 0
    for i in range(20):
        lg = langs[i]
        regular = i < 12
        is_rep = i in rep
        c = f.person(
            "spike_repeater" if is_rep else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if is_rep else [],
            ["sentiment_drop", "silence"] if is_rep else T_SILENCE,
            lang=lg,
            in_spike=True,
            regular=regular,
        )
        keys.append(c.key)
        if regular:
            for _ in range(f.rng.randint(1, 2)):
                f.happy(
                    c,
                    f.at(2, f.rng.randint(8, 17), f.rng.randint(0, 30)),
                    kinds=["praise", "buy", "view", "chat", "email"],
                )
        t = s0 + timedelta(minutes=mins[i], seconds=f.rng.randint(0, 50) if 0 < mins[i] < 45 else 0)
        ch = chans[i]
        text = f.pick(W.SPIKE, lg, x=W.SPIKE_CODE)
        if ch == "email":
            e = f.add(c, t, "email", "message", text, subject="Check-in " + W.SPIKE_CODE)
        elif ch == "web":
            e = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        elif ch == "chat":
            e = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(1, 4)),
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_A, lg),
                out=True,
            )
        else:
            e = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
        ev.append(e)
        c.truth.update(spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t))
        if is_rep:
            rch = (
                rep_channels[ri]
                if rep_channels[ri] != ch
                else next(x for x in ("email", "chat", "community") if x != ch)
            )
            ri += 1
            t2 = t + timedelta(minutes=f.rng.randint(15, 50))
            r = f.add(
                c,
                t2,
                rch,
                {"email": "message", "chat": "chat", "community": "post"}[rch],
                f.pick(W.SPIKE_REPEAT, lg, x=W.SPIKE_CODE),
                subject="Re: Check-in " + W.SPIKE_CODE if rch == "email" else None,
            )
            rev.append(r)
            c.truth.update(repeat_event_id=r)
        if i in fixed:
            local = "10:30" if c.market in ("UK", "IE", "PT") else "11:30"
            f.add(
                c,
                f.at(5, 10, f.rng.randint(38, 47)),
                "email",
                "message",
                f.pick(W.SPIKE_FIXED, lg, t=local),
                subject="Check-in " + W.SPIKE_CODE,
                out=True,
            )
            c.truth.update(agent_fixed=True)
    f.spike = {
        "topic": f"balloon-flight app online check-in removes every companion from the booking, leaving only the lead passenger and releasing the other seats, error {W.SPIKE_CODE}",
        "about": "the app's online check-in on Saturday morning (check-in, passengers, companions, booking, seats, error code)",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ev,
        "repeat_event_ids": rev,
    }
    return f


FAMILIES = [
    (happy_writers, Counter[str]()),
    (one_bad_day, Counter({"detractor": 6})),
    (repeat_contacts, Counter({"repeat_contact": 12})),
    (slow_churners, Counter({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})),
    (quiet_hours, Counter[str]()),
    (bilingual, Counter({"repeat_contact": 5, "sentiment_drop": 5})),
    (b2b_accounts, Counter({"account_risk": 5, "detractor": 16, "repeat_contact": 5})),
    (topic_spike, Counter({"topic_spike": 1, "repeat_contact": 6})),
]


def main() -> None:
    total = [0, 0, 0]
    for build, expect in FAMILIES:
        fam = build()
        n = fam.write(expect)
        print(f"{fam.name}: {n[0]} customers, {n[1]} touchpoints, {n[2]} agents' replies")
        total = [a + b for a, b in zip(total, n, strict=True)]
    print(f"total: {total[0]} customers, {total[1]} touchpoints, {total[2]} agents' replies")


if __name__ == "__main__":
    main()
