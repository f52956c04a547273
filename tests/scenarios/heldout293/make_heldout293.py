# ruff: noqa: E501
"""Generate heldout293 (Brevaro: espresso machine servicing), written blind.

Standard library only; seeded; one random.Random per family (and one for roughening).
Run: python make_heldout293.py (from anywhere).
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

SEED = 20261010
CODE = "Q/7741"
CUTOFF = datetime(2026, 11, 20, tzinfo=UTC)
LANG_W = [("de", 30), ("fr", 30), ("es", 10), ("en", 10), ("it", 10), ("pt", 10)]
MARKETS = {
    "de": ["DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "BE", "CH", "LU"],
    "es": ["ES"],
    "en": ["UK", "UK", "IE"],
    "it": ["IT", "IT", "CH"],
    "pt": ["PT"],
}
PHONES = {
    "DE": ("49", "15", 9),
    "AT": ("43", "66", 8),
    "CH": ("41", "7", 8),
    "FR": ("33", "6", 8),
    "BE": ("32", "47", 7),
    "LU": ("352", "62", 6),
    "ES": ("34", "6", 8),
    "UK": ("44", "7", 9),
    "IE": ("353", "8", 8),
    "IT": ("39", "3", 9),
    "PT": ("351", "9", 8),
}
FIRST = {
    "de": [
        "Jonas",
        "Miriam",
        "Tobias",
        "Annika",
        "Florian",
        "Sabine",
        "Lukas",
        "Katrin",
        "Moritz",
        "Heike",
        "Dominik",
        "Ulrike",
        "Felix",
        "Birgit",
        "Stefan",
        "Carina",
    ],
    "fr": [
        "Camille",
        "Théo",
        "Margaux",
        "Julien",
        "Élodie",
        "Baptiste",
        "Inès",
        "Mathieu",
        "Solène",
        "Romain",
        "Clémence",
        "Antoine",
        "Lucie",
        "Hugo",
        "Noémie",
        "Quentin",
    ],
    "es": ["Lucía", "Javier", "Marta", "Sergio", "Nuria", "Álvaro", "Paula", "Iván"],
    "en": ["Harriet", "Callum", "Niamh", "Owen", "Freya", "Declan", "Imogen", "Rhys"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica", "Lorenzo", "Serena", "Nicola"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Mariana", "Duarte", "Carolina", "Nuno"],
}
LAST = {
    "de": [
        "Brenner",
        "Kowalski",
        "Hartmann",
        "Lindner",
        "Vogt",
        "Seidel",
        "Krämer",
        "Ostermann",
        "Böhm",
        "Reuter",
        "Fink",
        "Graf",
    ],
    "fr": [
        "Lefebvre",
        "Morel",
        "Girard",
        "Fontaine",
        "Chevalier",
        "Rousseau",
        "Gauthier",
        "Perrin",
        "Masson",
        "Lemoine",
        "Barbier",
        "Colin",
    ],
    "es": ["Navarro", "Iglesias", "Ortega", "Delgado", "Castro", "Rubio"],
    "en": ["Whitfield", "Doyle", "Parry", "Kendall", "Marsh", "Quinn"],
    "it": ["Ferrara", "Galli", "Mancini", "Rinaldi", "Caruso", "Lombardi"],
    "pt": ["Ferreira", "Carvalho", "Almeida", "Teixeira", "Lopes", "Moura"],
}
TOWNS = {
    "DE": ["Leipzig", "Bremen", "Freiburg"],
    "AT": ["Graz", "Linz"],
    "CH": ["Basel", "Lausanne", "Lugano"],
    "FR": ["Nantes", "Lyon", "Rennes"],
    "BE": ["Liège", "Namur"],
    "LU": ["Esch-sur-Alzette"],
    "ES": ["Zaragoza", "Valencia"],
    "UK": ["Leeds", "Bristol"],
    "IE": ["Cork", "Galway"],
    "IT": ["Bologna", "Torino"],
    "PT": ["Braga", "Porto"],
}
JOBS = [
    "nurse",
    "teacher",
    "electrician",
    "accountant",
    "baker",
    "architect",
    "student",
    "pharmacist",
    "bus driver",
    "designer",
    "retired",
    "lab technician",
]
AGENTS = ["Svenja", "Loïc", "Carmen", "Aidan", "Marco", "Sofia", "Petra", "Yann"]
SOURCES = {
    "email": "brevaro-mail",
    "phone": "brevaro-voice",
    "social": "brevaro-social",
    "community": "brevaro-forum",
    "chat": "brevaro-chat",
    "web": "brevaro-web",
    "survey": "brevaro-survey",
}
UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
PROBLEMS = ["no_pickup", "double_charge", "damage", "refund", "wrong_price", "no_loan"]
PROBLEM_EUR = {
    "no_pickup": 0.0,
    "double_charge": 89.0,
    "damage": 0.0,
    "refund": 149.0,
    "wrong_price": 45.0,
    "no_loan": 0.0,
}

T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDER = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVER = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: set[str] = set()


def uniq(make: Any) -> str:
    while True:
        v = str(make())
        if v not in USED:
            USED.add(v)
            return v


def iso(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in UMLAUT:
            out.append(UMLAUT[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            out.append(
                "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            )
    return "".join(out)


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone_cc: str
    phone_rest: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]

    @property
    def phone(self) -> str:
        return "+" + self.phone_cc + self.phone_rest


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rows: list[tuple[datetime, int, dict[str, Any], Cust]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)
        self.seq = 0

    # ---------------------------------------------------------------- helpers
    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour, seconds=self.rng.randint(0, 59))

    def pick(self, table: dict[str, list[Any]], lang: str) -> Any:
        return self.rng.choice(table[lang])

    def lang(self) -> str:
        return self.rng.choices([lang for lang, _ in LANG_W], [w for _, w in LANG_W])[0]

    def case(self) -> str:
        return uniq(lambda: f"BV-{self.rng.randint(100000, 999999)}")

    def money(self, c: Cust, eur: float, spoken: bool = False) -> str:
        if c.market == "UK":
            v = round(eur * 0.86)
            return f"{v} pounds" if spoken else f"£{v}"
        if c.market == "CH":
            v = round(eur * 0.94)
            return f"{v} Franken" if spoken else f"{v} CHF"
        return f"{round(eur)} euros" if spoken else f"{round(eur)} €"

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] | list[str] = (),
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        avoid: set[str] | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        market = market or rng.choice(MARKETS[lang])
        first = rng.choice([x for x in FIRST[lang] if not avoid or x not in avoid])
        last = rng.choice(LAST[lang])
        key = uniq(lambda: f"BV{self.code}{rng.randint(1000, 9999)}")
        base = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        if domain:
            email = uniq(
                lambda: (
                    f"{strip_accents(first).lower()}{rng.choice(['', '.' + strip_accents(last).lower()[:1]])}@{domain}"
                )
            )
        else:
            email = uniq(
                lambda: (
                    f"{base}{rng.randint(1, 99)}@{rng.choice(['mailbox', 'postfach', 'courriel', 'correo', 'inbox'])}.example"
                )
            )
        cc, pre, length = PHONES[market]
        rest = uniq(lambda: pre + "".join(str(rng.randint(0, 9)) for _ in range(length)))
        handle = None
        if not account:
            handle = uniq(
                lambda: (
                    "@"
                    + rng.choice(
                        [
                            f"{strip_accents(last).lower()}_{strip_accents(first).lower()}{rng.randint(1, 9)}",
                            f"{strip_accents(first).lower()}{strip_accents(last).lower()[:3]}{rng.randint(10, 99)}",
                            f"{strip_accents(first).lower()}_{rng.choice(['espresso', 'crema', 'kaffee', 'cafe'])}{rng.randint(1, 99)}",
                        ]
                    )
                )
            )
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + cc + rest,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": rng.choice(JOBS),
            "town": rng.choice(TOWNS[market]),
        }
        truth.update(extra)
        c = Cust(key, lang, market, first, last, email, cc, rest, handle, account, truth)
        self.custs[key] = c
        return c

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 1 / 8 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) > 4
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
        ts: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        agent: str | None = None,
    ) -> str:
        self.seq += 1
        eid = f"bv293-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        a: dict[str, str] = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = agent or self.rng.choice(AGENTS)
        a.update(attrs or {})
        row: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(ts),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append((ts, self.seq, row, c))
        return eid

    def when(self, eid: str) -> str:
        return next(iso(r[0]) for r in self.rows if r[2]["event_id"] == eid)

    def fmt(self, s: str, c: Cust, **kw: str) -> str:
        return s.format(brand=W.BRAND, plan=W.PLAN, arm=W.ARM, first=c.first, code=CODE, **kw)

    # ------------------------------------------------------------- acts
    def social(self, c: Cust, ts: datetime, text: str) -> str:
        if W.BRAND in text:
            i = text.rfind(W.BRAND)
            text = text[:i] + "@" + text[i:]
        else:
            text = "@" + W.BRAND + " " + text
        return self.add(c, ts, "social", "mention", text)

    def reply_time(self, ts: datetime, lo: float, hi: float) -> datetime:
        r = ts + timedelta(minutes=self.rng.uniform(lo, hi))
        return self.out_of_night(r)

    def out_of_night(self, ts: datetime) -> datetime:
        if ts.hour >= 22:
            return (ts + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        if ts.hour < 7:
            return ts.replace(hour=8, minute=self.rng.randint(0, 59))
        return ts

    def happy(
        self, c: Cust, ts: datetime, kinds: list[str] | None = None, lang: str | None = None
    ) -> None:
        rng = self.rng
        lg = lang or c.lang
        k = rng.choice(
            kinds
            or [
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
        )
        if k in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[k]
            text = self.fmt(rng.choice(table[lg]), c)
            if rng.random() < 0.4 and not c.account:
                self.social(c, ts, text)
            else:
                self.add(c, ts, "community", "post", text)
        elif k == "chat":
            q, a = rng.choice(W.QA[lg])
            self.add(c, ts, "chat", "chat", self.fmt(q, c))
            t2 = ts + timedelta(minutes=rng.uniform(1, 6))
            self.add(c, t2, "chat", "chat", self.fmt(a, c), out=True)
            if rng.random() < 0.6:
                self.add(
                    c,
                    t2 + timedelta(minutes=rng.uniform(1, 4)),
                    "chat",
                    "chat",
                    rng.choice(W.THANKS[lg]),
                )
        elif k == "email":
            s, q, a = rng.choice(W.EMAIL_Q[lg])
            self.add(c, ts, "email", "message", self.fmt(q, c), subject=self.fmt(s, c))
            self.add(
                c,
                self.reply_time(ts, 40, 180),
                "email",
                "message",
                self.fmt(a, c),
                subject="Re: " + self.fmt(s, c),
                out=True,
            )
        elif k == "phone":
            q, a = rng.choice(W.PHONE_Q[lg])
            self.add(c, ts, "phone", "call", q)
            self.add(
                c,
                ts + timedelta(minutes=rng.uniform(10, 30)),
                "email",
                "message",
                self.fmt(a, c),
                subject=W.BRAND,
                out=True,
            )
        elif k in ("buy", "view"):
            page = rng.choice(W.PAGES)
            self.add(c, ts, "web", "page_view", attrs={"page": page})
            if k == "buy":
                label, eur = rng.choice(W.PRODUCTS)
                cur, val = (
                    ("GBP", eur * 0.86)
                    if c.market == "UK"
                    else ("CHF", eur * 0.94)
                    if c.market == "CH"
                    else ("EUR", eur)
                )
                self.add(
                    c,
                    ts + timedelta(minutes=rng.uniform(3, 15)),
                    "web",
                    "purchase",
                    attrs={
                        "order_value": f"{val:.2f}",
                        "currency": cur,
                        "product": label,
                        "page": page,
                    },
                )
        elif k == "review":
            self.add(
                c,
                ts,
                "web",
                "review",
                self.fmt(rng.choice(W.REVIEW[lg]), c),
                attrs={"rating": str(rng.choice([4, 5, 5])), "page": "/reviews"},
            )
        else:
            self.survey_happy(c, ts, lg)

    def survey_happy(self, c: Cust, ts: datetime, lg: str) -> None:
        rng = self.rng
        which = rng.choice(["nps", "csat", "ces"])
        val = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}[
            which
        ]
        words = rng.choice(W.SURVEY_WORDS[lg]) or None
        self.add(
            c, ts, "survey", "survey_response", words, scores={which: val}, attrs={"survey": which}
        )

    def days_acts(
        self,
        c: Cust,
        n: int,
        d0: int,
        d1: int,
        h0: float = 7.0,
        h1: float = 19.0,
        kinds: list[str] | None = None,
        avoid: set[int] | None = None,
    ) -> None:
        days = [d for d in range(d0, d1 + 1) if not avoid or d not in avoid]
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(c, self.at(d, self.rng.uniform(h0, h1)), kinds)

    # ------------------------------------------------------------ output
    def write(self) -> None:
        self.rows.sort(key=lambda r: (r[0], r[1]))
        seen: set[str] = set()
        lines = []
        for ts, _, row, c in self.rows:
            assert datetime(2026, 1, 1, tzinfo=UTC) <= ts < CUTOFF, (self.name, ts)
            assert ts >= self.start
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            if row["direction"] == "outbound" or c.key not in seen:
                cust = full
                if row["direction"] == "inbound":
                    seen.add(c.key)
            else:
                ch = row["channel"]
                cust = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": c.account,
                }
                if ch == "phone":
                    cust["phone"] = (
                        f"+{c.phone_cc} {c.phone_rest}" if self.rough.random() < 0.5 else c.phone
                    )
                elif ch in ("social", "community"):
                    if c.handle:
                        cust["handle"] = (
                            c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
                        )
                    else:
                        cust["email"] = c.email
                elif ch == "email":
                    cust["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
                else:
                    cust["customer_id"] = c.key
            row["customer"] = cust
            row["occurred_at"] = iso(ts)
            lines.append(json.dumps(row, ensure_ascii=False, sort_keys=False))
        assert all(k in seen for k in self.custs), self.name
        last = self.rows[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected: dict[str, int] = {}
        for c in self.custs.values():
            ex, tol = set(c.truth["expected_rules"]), set(c.truth["tolerated_rules"])
            assert not ex & tol, c.key
            for r in ex:
                expected[r] = expected.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Brevaro: espresso and bean-to-cup machine servicing with courier collection, loan machines and the Brevaro Care plan; Brevaro Office rents and services office machines on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-07, blind",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.custs.values()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


# ---------------------------------------------------------------- families
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers", "HW", 1, d(2026, 1, 12), 10, "happy writers: day, night and survey-only"
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.days_acts(c, f.rng.randint(5, 8), 0, 9)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for nd in sorted(f.rng.sample(range(0, 9), f.rng.randint(2, 4))):
            ts = f.at(nd, f.rng.uniform(22.2, 28.5))
            if f.rng.random() < 0.5:
                f.add(c, ts, "community", "post", f.fmt(f.pick(W.NIGHT_POST, c.lang), c))
            else:
                q, a = f.pick(W.NIGHT_QA, c.lang)
                f.add(c, ts, "chat", "chat", q)
                t2 = ts + timedelta(minutes=f.rng.uniform(1, 5))
                f.add(c, t2, "chat", "chat", a, out=True)
                f.add(c, t2 + timedelta(minutes=2), "chat", "chat", f.pick(W.THANKS, c.lang))
        f.days_acts(c, f.rng.randint(2, 3), 0, 9, 9, 18, ["praise", "buy", "view", "review"])
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for dd in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.survey_happy(c, f.at(dd, f.rng.uniform(8, 20)), c.lang)
    return f


def complaint(
    f: Fam,
    c: Cust,
    ts: datetime,
    channel: str,
    problem: str,
    lang: str | None = None,
    long_email: bool = False,
) -> tuple[str, str | None]:
    lg = lang or c.lang
    amt = f.money(c, PROBLEM_EUR[problem])
    label = f.pick(W.PROBLEM_LABEL[problem], lg)
    subj = f.pick(W.COMPLAINT_SUBJECT, lg).format(label=label)
    case = None if channel == "social" else f.case()
    if channel == "phone":
        eid = f.add(
            c,
            ts,
            "phone",
            "call",
            f.fmt(
                f.pick(W.PHONE_PROBLEM[problem], lg), c, amt=f.money(c, PROBLEM_EUR[problem], True)
            ),
        )
    elif channel == "social":
        eid = f.social(c, ts, f.fmt(f.pick(W.SOCIAL_PROBLEM[problem], lg), c).replace("@", ""))
    else:
        text = f.fmt(f.pick(W.PROBLEM[problem], lg), c, amt=amt)
        if long_email:
            text = f.fmt(f.pick(W.LONG_EMAIL, lg), c, complaint=text)
        kind = {"email": "message", "chat": "chat", "web": "ticket"}[channel]
        eid = f.add(
            c,
            ts,
            channel,
            kind,
            text,
            subject=subj if channel == "email" else None,
            attrs={"page": "/help/contact"} if channel == "web" else None,
        )
    if case and channel == "chat":
        f.add(
            c,
            ts + timedelta(minutes=f.rng.uniform(1, 5)),
            "chat",
            "chat",
            f.pick(W.CHAT_CASE, lg).format(case=case),
            out=True,
        )
    return eid, case


def case_mail(
    f: Fam, c: Cust, ts: datetime, case: str, lg: str, table: dict[str, list[str]]
) -> str:
    agent = f.rng.choice(AGENTS)
    return f.add(
        c,
        ts,
        "email",
        "message",
        f.fmt(f.pick(table, lg), c, case=case, agent=agent),
        subject=f.pick(W.CASE_SUBJECT, lg).format(case=case),
        out=True,
        agent=agent,
    )


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, d(2026, 2, 9), 12, "one bad day among happy customers")
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    probs = [PROBLEMS[(i + i // 6) % 6] for i in range(24)]
    cased = [i for i in range(24) if chans[i] != "social"]
    det = set(f.rng.sample(cased, 6))
    csat = set(f.rng.sample([i for i in cased if i not in det], 5))
    good = set(f.rng.sample(cased, 12))
    apol = set(f.rng.sample(sorted(good - {i for i in cased if chans[i] == "long"}), 5))
    long_langs = ["de", "de", "fr", "fr"]
    for i in range(24):
        ch = chans[i]
        lang = long_langs.pop(0) if ch == "long" else None
        persona = "bad_day_detractor" if i in det else "happy_one_bad_day"
        c = f.person(
            persona,
            "one bad day",
            lang=lang,
            expected=("detractor",) if i in det else (),
            tolerated=("silence",),
            problem=probs[i],
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
        )
        bd = f.rng.randint(2, 9)
        ts = f.at(bd, f.rng.uniform(8, 20))
        f.days_acts(
            c,
            f.rng.randint(1, 5),
            0,
            11,
            kinds=["praise", "again", "chat", "buy", "view", "review", "gripe"],
            avoid={bd - 1, bd, bd + 1, bd + 2},
        )
        eid, case = complaint(
            f, c, ts, "email" if ch == "long" else ch, probs[i], long_email=ch == "long"
        )
        c.truth.update(
            bad_day_at=iso(ts),
            bad_day_event_id=eid,
            booking=case,
            problem_event_ids=[eid],
            trouble_starts_at=iso(ts),
            nps_given=i in det,
            csat_given=i in csat,
            agent_fixed=i in good,
            apologised=i in apol,
        )
        if case and ch != "chat":
            case_mail(
                f, c, ts + timedelta(minutes=f.rng.uniform(10, 40)), case, c.lang, W.CASE_OPENED
            )
        if i in det:
            n = f.rng.randint(1, 5)
            c.truth.update(
                nps=n,
                survey_event_id=f.add(
                    c,
                    ts + timedelta(minutes=f.rng.uniform(100, 140)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            )
        if i in csat:
            n = f.rng.randint(1, 2)
            c.truth.update(
                csat=n,
                survey_event_id=f.add(
                    c,
                    ts + timedelta(minutes=f.rng.uniform(40, 80)),
                    "survey",
                    "survey_response",
                    f.pick(W.LOW_CSAT_WORDS, c.lang) or None,
                    scores={"csat": n},
                    attrs={"survey": "csat"},
                ),
            )
        if i in good and case:
            case_mail(f, c, f.reply_time(ts, 60, 240), case, c.lang, W.GOOD_NEWS)
        if i in apol:
            t = f.out_of_night(ts + timedelta(hours=f.rng.uniform(16, 24)))
            if f.rng.random() < 0.5:
                aid = f.add(c, t, "chat", "chat", f.pick(W.APOLOGY, c.lang))
            else:
                aid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    f.pick(W.APOLOGY, c.lang),
                    subject=f.pick(W.CASE_SUBJECT, c.lang).format(case=case),
                )
            c.truth.update(apology_at=iso(t), apology_event_id=aid)
    for _ in range(8):
        c = f.person("happy", "control")
        f.days_acts(c, f.rng.randint(4, 7), 0, 11)
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    contacts: int,
    d0: int,
    d1: int,
    first_ch: str,
    escalate: bool,
    langs: list[str] | None = None,
) -> None:
    rng = f.rng
    problem = rng.choice(PROBLEMS)
    langs = langs or [c.lang]
    ts = f.at(rng.randint(d0, d1), rng.uniform(8, 19))
    eid, case = complaint(f, c, ts, first_ch, problem, lang=langs[0])
    assert case
    if escalate:
        case_mail(
            f, c, ts + timedelta(minutes=rng.uniform(90, 150)), case, langs[0], W.QUALITY_LEAD
        )
    elif first_ch != "chat":
        case_mail(f, c, ts + timedelta(minutes=rng.uniform(10, 40)), case, langs[0], W.CASE_OPENED)
    ids, chans = [eid], [first_ch]
    others = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    rng.shuffle(others)
    comp = rng.choice(W.COMPETITORS) if contacts >= 3 else None
    t = ts
    for k in range(1, contacts):
        lg = langs[k % len(langs)]
        t = f.out_of_night(t + timedelta(hours=rng.uniform(4, 40)))
        ch = others[k - 1]
        label = f.pick(W.PROBLEM_LABEL[problem], lg)
        when = f.pick(W.WHEN, lg)
        if ch == "phone":
            text = f.pick(W.LATER_PHONE, lg).format(case=case, when=when, label=label)
            if k == 2 and comp:
                text += " " + f.pick(W.THIRD, lg).format(comp=comp).lower().replace(
                    ".", ""
                ).replace(",", "")
            if k == 3:
                text += " " + f.pick(W.FOURTH, lg).lower().replace(".", "")
            ids.append(f.add(c, t, "phone", "call", text))
        else:
            text = f.pick(W.LATER, lg).format(case=case, when=when, label=label)
            if k == 2 and comp:
                text += " " + f.pick(W.THIRD, lg).format(comp=comp)
            if k == 3:
                text += " " + f.pick(W.FOURTH, lg)
            if ch == "social":
                ids.append(f.social(c, t, text))
            elif ch == "email":
                ids.append(
                    f.add(
                        c,
                        t,
                        "email",
                        "message",
                        text,
                        subject=f.pick(W.CASE_SUBJECT, lg).format(case=case),
                    )
                )
            elif ch == "chat":
                ids.append(f.add(c, t, "chat", "chat", text))
                f.add(
                    c,
                    t + timedelta(minutes=rng.uniform(1, 5)),
                    "chat",
                    "chat",
                    f.pick(W.URGENT, lg).format(case=case),
                    out=True,
                )
            else:
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
        chans.append(ch)
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=contacts,
        channels=chans,
        channel=first_ch,
        problem_event_ids=ids,
        competitor=comp,
        agent_passed_on=escalate,
        trouble_starts_at=iso(ts),
    )


def fixed_run(f: Fam, c: Cust, d0: int, d1: int, ch: str, lang1: str, lang2: str) -> dict[str, Any]:
    rng = f.rng
    problem = rng.choice(PROBLEMS)
    ts = f.at(rng.randint(d0, d1), rng.uniform(8, 18))
    eid, case = complaint(f, c, ts, ch, problem, lang=lang1)
    assert case
    if ch != "chat":
        case_mail(f, c, ts + timedelta(minutes=rng.uniform(10, 40)), case, lang1, W.CASE_OPENED)
    tf = f.out_of_night(ts + timedelta(hours=rng.uniform(3, 20)))
    case_mail(f, c, tf, case, lang2, W.GOOD_NEWS)
    tc = f.out_of_night(tf + timedelta(hours=rng.uniform(8, 30)))
    cch = rng.choice(["email", "chat"])
    text = f.pick(W.CONFIRM, lang2).format(case=case)
    cid = f.add(
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        text,
        subject=f.pick(W.CASE_SUBJECT, lang2).format(case=case) if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(ts),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
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
        d(2026, 3, 9),
        10,
        "repeat contacts about one open problem, fixed ones, two problems, frequent writers",
    )
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    esc = set(f.rng.sample(range(12), 6))
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=("repeat_contact",), tolerated=T_REPEAT)
        f.days_acts(c, f.rng.randint(1, 3), 0, 0, 7, 12)
        repeat_run(f, c, counts[i], 1, 4, firsts[i], i in esc)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=("silence",))
        f.days_acts(c, 1, 0, 0, 7, 12)
        p = fixed_run(f, c, 1, 4, f.rng.choice(["web", "email"]), c.lang, c.lang)
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=("silence",))
        p1 = fixed_run(f, c, 1, 2, "email", c.lang, c.lang)
        p2 = fixed_run(f, c, 6, 7, "web", c.lang, c.lang)
        c.truth.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.days_acts(c, f.rng.randint(5, 8), 0, 9, kinds=["chat", "chat", "email", "phone", "buy"])
    return f


def slide(f: Fam, c: Cust, d0: int, span: int, langs: list[str], nps: bool) -> None:
    rng = f.rng
    comp = rng.choice(W.COMPETITORS)
    t = f.at(d0, rng.uniform(8, 18))
    ids, gap = [], span * 24 / 6
    ratings = [3, 3, 2, 2, 1, 1]
    for k in range(6):
        lg = langs[k % len(langs)]
        text = f.fmt(W.SLIDE[lg][k], c, amt=f.money(c, 35), comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "social":
            ids.append(f.social(c, t, text))
        elif ch == "community":
            ids.append(f.add(c, t, "community", "post", text))
        else:
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
        if k == 3 and nps:
            n = rng.randint(1, 5)
            c.truth.update(
                nps=n,
                nps_given=True,
                survey_event_id=f.add(
                    c,
                    f.out_of_night(t + timedelta(hours=rng.uniform(2.5, 3.5))),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            )
        t = f.out_of_night(t + timedelta(hours=max(1.0, rng.uniform(gap * 0.7, gap * 1.2))))
    c.truth.update(
        slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=f.when(ids[0])
    )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d(2026, 4, 13),
        32,
        "slow churners, leavers, steady, grumpy, sarcastic",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        det = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            expected=("sentiment_drop", "detractor") if det else ("sentiment_drop",),
            tolerated=T_SLIDER,
        )
        f.days_acts(c, f.rng.randint(4, 5), 0, 10, kinds=["praise", "again"])
        f.days_acts(c, f.rng.randint(2, 4), 0, 10, kinds=["chat", "buy", "view", "review"])
        slide(f, c, f.rng.randint(11, 15), spans[i], [c.lang], det)
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=("churn_intent",), tolerated=T_LEAVER
        )
        f.days_acts(c, f.rng.randint(4, 6), 0, 14)
        ts = f.at(f.rng.randint(16, 22), f.rng.uniform(8, 19))
        eid = f.add(
            c,
            ts,
            "email",
            "message",
            f.fmt(f.pick(W.LEAVE, c.lang), c),
            subject=f.fmt(f.pick(W.LEAVE_SUBJECT, c.lang), c),
        )
        agent = f.rng.choice(AGENTS)
        f.add(
            c,
            f.reply_time(ts, 60, 300),
            "email",
            "message",
            f.fmt(f.pick(W.SORRY, c.lang), c, agent=agent),
            subject="Re: " + f.fmt(f.pick(W.LEAVE_SUBJECT, c.lang), c),
            out=True,
            agent=agent,
        )
        tc = f.out_of_night(ts + timedelta(hours=f.rng.uniform(20, 30)))
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/cancel", "product": "Brevaro Care, monthly"},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(ts),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.days_acts(c, f.rng.randint(6, 10), 0, 31)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        day = f.rng.randint(0, 4)
        gids = []
        for _k in range(f.rng.randint(5, 7)):
            ts = f.at(day, f.rng.uniform(8, 20))
            text = f.pick(W.GRUMPY, c.lang)
            ch = f.rng.choice(["social", "community", "web", "review"])
            if ch == "social":
                gids.append(f.social(c, ts, text))
            elif ch == "community":
                gids.append(f.add(c, ts, "community", "post", text))
            elif ch == "web":
                gids.append(f.add(c, ts, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                gids.append(
                    f.add(c, ts, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            day += f.rng.randint(1, 3)
        f.days_acts(c, f.rng.randint(0, 2), 0, 31, kinds=["buy"])
        c.truth.update(grumble_event_ids=gids, trouble_starts_at=f.when(gids[0]))
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        f.days_acts(c, f.rng.randint(4, 6), 0, 15)
        ts = f.at(f.rng.randint(17, 28), f.rng.uniform(9, 20))
        sid = (
            f.social(c, ts, f.fmt(f.pick(W.SARCASM, c.lang), c))
            if f.rng.random() < 0.6
            else f.add(c, ts, "community", "post", f.fmt(f.pick(W.SARCASM, c.lang), c))
        )
        c.truth.update(sarcasm_event_id=sid)
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, d(2026, 6, 12), 3, "calm weekend with night-owl bursts")
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.days_acts(c, f.rng.randint(1, 3), 0, 2, 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        ts = f.at(f.rng.randint(0, 2), f.rng.uniform(9, 16))
        f.happy(c, ts, ["buy", "view"])
        tg = ts + timedelta(minutes=f.rng.uniform(20, 30))
        q, a = f.pick(W.MILD, c.lang)
        if i < 2:
            gid = f.add(c, tg, "chat", "chat", q)
            f.add(c, tg + timedelta(minutes=f.rng.uniform(1, 5)), "chat", "chat", a, out=True)
        else:
            gid = f.add(c, tg, "web", "ticket", q, attrs={"page": "/help/contact"})
            f.add(
                c,
                tg + timedelta(minutes=f.rng.uniform(20, 60)),
                "email",
                "message",
                a,
                subject=W.BRAND,
                out=True,
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(tg))
    owl = 0
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.uniform(40, 65))
        starts = [
            b0,
            b0 + timedelta(minutes=f.rng.uniform(28, 33)),
            b0 + timedelta(minutes=f.rng.uniform(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                owl += 1
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                ts = bs + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    q, a = f.pick(W.NIGHT_QA, c.lang)
                    nid = f.add(c, ts, "chat", "chat", q)
                    f.add(
                        c, ts + timedelta(minutes=f.rng.uniform(1, 4)), "chat", "chat", a, out=True
                    )
                    f.add(
                        c,
                        ts + timedelta(minutes=f.rng.uniform(5, 7)),
                        "chat",
                        "chat",
                        f.pick(W.THANKS, c.lang),
                    )
                else:
                    nid = f.add(c, ts, "community", "post", f.fmt(f.pick(W.NIGHT_POST, c.lang), c))
                c.truth.update(burst_at=iso(bs), night_event_id=nid)
                if owl % 2 == 0:
                    f.happy(
                        c,
                        f.at(f.rng.randint(0, 2), f.rng.uniform(9, 17.5)),
                        ["praise", "buy", "view", "review"],
                    )
    return f


PAIRS = [
    ("de", "fr"),
    ("fr", "de"),
    ("de", "en"),
    ("fr", "en"),
    ("de", "it"),
    ("fr", "es"),
    ("es", "fr"),
    ("en", "de"),
    ("it", "de"),
    ("pt", "fr"),
    ("de", "es"),
    ("fr", "it"),
]


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d(2026, 7, 6), 14, "customers who alternate two languages")
    pi = 0

    def pair() -> tuple[str, str]:
        nonlocal pi
        p = PAIRS[pi % len(PAIRS)]
        pi += 1
        return p

    for _ in range(12):
        l1, l2 = pair()
        c = f.person(
            "happy",
            "alternates languages",
            lang=l1,
            languages=[l1, l2],
            job_second_language="works across the border",
        )
        for k, dd in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            f.happy(c, f.at(dd, f.rng.uniform(8, 19)), lang=[l1, l2][k % 2])
    counts = [2, 2, 3, 3, 4]
    for i in range(5):
        l1, l2 = pair()
        c = f.person(
            "repeat_contact",
            "repeats",
            lang=l1,
            expected=("repeat_contact",),
            tolerated=T_REPEAT,
            languages=[l1, l2],
            job_second_language="partner's language at home",
        )
        f.days_acts(c, f.rng.randint(1, 3), 0, 1, 8, 12)
        repeat_run(
            f,
            c,
            counts[i],
            2,
            5,
            f.rng.choice(["web", "email", "chat"]),
            counts[i] >= 3,
            langs=[l1, l2],
        )
    for _ in range(5):
        l1, l2 = pair()
        c = f.person(
            "slow_churner",
            "slides",
            lang=l1,
            expected=("sentiment_drop",),
            tolerated=T_SLIDER,
            languages=[l1, l2],
            job_second_language="studied abroad",
        )
        for k, dd in enumerate(sorted(f.rng.sample(range(6), 5))):
            f.happy(c, f.at(dd, f.rng.uniform(8, 19)), ["praise"], lang=[l1, l2][k % 2])
        f.days_acts(c, f.rng.randint(1, 3), 0, 5, kinds=["buy", "view", "chat"])
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), [l1, l2], False)
    for kind in ("long", "email", "chat"):
        l1, l2 = ("fr", "de") if kind == "long" else pair()
        c = f.person(
            "happy_one_bad_day",
            "one bad day",
            lang=l1,
            tolerated=("silence",),
            languages=[l1, l2],
            job_second_language="second language at work",
        )
        bd = f.rng.randint(4, 10)
        f.days_acts(
            c,
            f.rng.randint(2, 4),
            0,
            13,
            kinds=["praise", "buy", "chat"],
            avoid={bd - 1, bd, bd + 1, bd + 2},
        )
        ts = f.at(bd, f.rng.uniform(9, 18))
        prob = f.rng.choice(PROBLEMS)
        eid, case = complaint(
            f, c, ts, "email" if kind == "long" else kind, prob, lang=l2, long_email=kind == "long"
        )
        assert case
        if kind != "chat":
            case_mail(f, c, ts + timedelta(minutes=f.rng.uniform(10, 40)), case, l2, W.CASE_OPENED)
            case_mail(f, c, f.reply_time(ts, 60, 240), case, l2, W.GOOD_NEWS)
        c.truth.update(
            problem=prob,
            booking=case,
            bad_day_at=iso(ts),
            bad_day_event_id=eid,
            bad_day_language=l2,
            long_email=kind == "long",
            trouble_starts_at=iso(ts),
        )
        if kind == "email":
            t = f.out_of_night(ts + timedelta(hours=f.rng.uniform(18, 24)))
            c.truth.update(
                apologised=True,
                apology_at=iso(t),
                apology_event_id=f.add(c, t, "chat", "chat", f.pick(W.APOLOGY, l2)),
            )
    for _ in range(2):
        l1, l2 = pair()
        c = f.person(
            "resolved_between_contacts",
            "fixed",
            lang=l1,
            tolerated=("silence",),
            languages=[l1, l2],
            job_second_language="family abroad",
        )
        f.days_acts(c, 1, 0, 1)
        p = fixed_run(f, c, 2, 6, "web", l1, l2)
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"], confirm_language=l2)
    return f


COMPANIES = [
    "Hallberg Logistik",
    "Atelier Verneuil",
    "Clínica Sorolla",
    "Kessler Rechtsanwälte",
    "Groupe Maréchal",
    "Stadtwerke Auental",
    "Lycée Beaumont",
    "Studio Ferrante",
    "Corrigan Dental",
    "Agência Miradouro",
    "Brauer Immobilien",
    "Cabinet Duval",
    "Hotel Seeblick",
    "Mairie de Castelnau",
    "Ortega Arquitectos",
]
SITES = [
    "logistics",
    "architects",
    "clinic",
    "law firm",
    "insurer",
    "utility",
    "school",
    "design studio",
    "dental practice",
    "agency",
    "estate agent",
    "accountants",
    "hotel",
    "municipality",
    "architects",
]
ACC_LANG = [
    "de",
    "fr",
    "es",
    "de",
    "fr",
    "de",
    "fr",
    "it",
    "en",
    "pt",
    "de",
    "fr",
    "de",
    "fr",
    "es",
]


def office(f: Fam, ts: datetime) -> datetime:
    while ts.weekday() >= 5 or ts.hour >= 17 or ts.hour < 8:
        if ts.hour >= 17 or ts.weekday() >= 5:
            ts = (ts + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 50))
        else:
            ts = ts.replace(hour=8, minute=f.rng.randint(0, 50))
    return ts


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, d(2026, 9, 7), 14, "company accounts of Brevaro Office")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    risk_n = [3, 3, 3, 4, 4]
    risk_p = ["portal", "invoice", "service_blocked", "invoice", "overbilled"]
    one_p = ["service_blocked", "overbilled", "portal", "invoice"]
    for ai, kind in enumerate(kinds):
        lang = ACC_LANG[ai]
        market = f.rng.choice(MARKETS[lang])
        acc = uniq(lambda m=market: f"BVO-{m}-{f.rng.randint(1000, 9999)}")
        dom = strip_accents(COMPANIES[ai]).lower().replace(" ", "-").replace("é", "e") + ".example"
        n = {
            "at_risk": f.rng.randint(4, 6),
            "one_unhappy": 3,
            "mild": f.rng.randint(3, 4),
            "happy": 3,
        }[kind]
        if kind == "at_risk":
            n = max(n, risk_n[ai])
        nun = {
            "at_risk": risk_n[ai] if kind == "at_risk" else 0,
            "one_unhappy": 1,
            "mild": 0,
            "happy": 0,
        }[kind]
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for k in range(n):
            role = "contact"
            if (kind == "at_risk" and k < nun) or (kind == "one_unhappy" and k == 0):
                role = "complainer"
            elif kind == "mild" and k < 2:
                role = "suggests"
            last_c = kind == "at_risk" and k == nun - 1
            ex: tuple[str, ...]
            tol: list[str]
            if role == "complainer" and kind == "at_risk":
                persona, ex, tol = (
                    "b2b_unhappy",
                    ("repeat_contact",) if last_c else ("detractor",),
                    T_B2B_RISK,
                )
            elif role == "complainer":
                persona, ex, tol = "b2b_one_unhappy", ("detractor",), T_B2B_ONE
            elif role == "suggests":
                persona, ex, tol = "b2b_mild", (), ["silence"]
            else:
                persona, ex, tol = "b2b_happy", (), []
            c = f.person(
                persona,
                role,
                lang=lang,
                expected=ex,
                tolerated=tol,
                market=market,
                account=acc,
                domain=dom,
                avoid=firsts,
                company=COMPANIES[ai],
                role=role,
                job_title=f.rng.choice(
                    [
                        "Office Manager",
                        "Facilities Coordinator",
                        "Head of Finance",
                        "Team Assistant",
                        "HR Lead",
                        "Procurement Officer",
                    ]
                ),
            )
            firsts.add(c.first)
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
        for c in contacts:
            role = c.truth["role"]
            if role == "contact":
                for dd in sorted(
                    f.rng.sample(
                        [x for x in range(14) if (f.start + timedelta(days=x)).weekday() < 5],
                        f.rng.randint(2, 4),
                    )
                ):
                    ts = f.at(dd, f.rng.uniform(8, 16.5))
                    act = f.rng.choice(["qa", "qa", "view", "praise", "survey"])
                    if act == "qa":
                        q, a = f.pick(W.B2B_QA, lang)
                        f.add(c, ts, "chat", "chat", q)
                        t2 = ts + timedelta(minutes=f.rng.uniform(1, 6))
                        f.add(c, t2, "chat", "chat", a, out=True)
                        if f.rng.random() < 0.6:
                            f.add(
                                c, t2 + timedelta(minutes=2), "chat", "chat", f.pick(W.THANKS, lang)
                            )
                    elif act == "view":
                        f.add(c, ts, "web", "page_view", attrs={"page": "/office/portal"})
                    elif act == "praise":
                        f.add(c, ts, "community", "post", f.fmt(f.pick(W.B2B_PRAISE, lang), c))
                    else:
                        f.survey_happy(c, ts, lang)
            elif f.rng.random() < 0.7:
                ts = f.at(f.rng.randint(0, 1), f.rng.uniform(8, 16))
                f.add(c, ts, "web", "page_view", attrs={"page": "/office/portal"})
        acc_truth: dict[str, Any] = {
            "company": COMPANIES[ai],
            "site": SITES[ai],
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "kind": kind,
            "language": lang,
            "country": market,
            "tolerated_rules": [],
            "same_problem": None,
            "trouble_starts_at": None,
        }
        unhappy = [c for c in contacts if c.truth["role"] == "complainer"]
        if kind == "at_risk":
            prob = risk_p[ai]
            ts = f.at(2, f.rng.uniform(8.5, 11))
            case = f.case()
            first_c = unhappy[0]
            for k, c in enumerate(unhappy):
                label = f.pick(W.B2B_LABEL[prob], lang)
                if k == 0:
                    text = f.pick(W.B2B_PROBLEM[prob], lang)
                else:
                    text = f.pick(W.B2B_LATER, lang).format(
                        colleague=first_c.first, when=f.pick(W.WHEN, lang), case=case, label=label
                    )
                subj = f.pick(W.COMPLAINT_SUBJECT, lang).format(label=label)
                eid = f.add(c, ts, "email", "message", text, subject=subj)
                ids = [eid]
                if k == 0:
                    agent = f.rng.choice(AGENTS)
                    f.add(
                        c,
                        ts + timedelta(minutes=f.rng.uniform(20, 60)),
                        "email",
                        "message",
                        f.fmt(f.pick(W.B2B_ACK, lang), c, case=case, agent=agent),
                        subject="Re: " + subj,
                        out=True,
                        agent=agent,
                    )
                if k < len(unhappy) - 1:
                    nv = f.rng.randint(1, 5)
                    sid = f.add(
                        c,
                        ts + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nv},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(nps=nv, nps_given=True, survey_event_id=sid)
                else:
                    t2 = office(f, ts + timedelta(hours=f.rng.uniform(18, 40)))
                    comp = f.rng.choice(W.COMPETITORS)
                    if ai == 0:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                f.pick(W.B2B_LAST_EMAIL, lang).format(case=case, comp=comp),
                                subject=f.pick(W.CASE_SUBJECT, lang).format(case=case),
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
                                f.pick(W.B2B_LAST_PHONE, lang).format(case=case),
                            )
                        )
                c.truth.update(
                    problem=prob, booking=case, complaint_event_ids=ids, trouble_starts_at=iso(ts)
                )
                ts = office(f, ts + timedelta(hours=f.rng.uniform(8, 28)))
            acc_truth.update(
                at_risk=True,
                expected_rules=["account_risk"],
                same_problem=prob,
                trouble_starts_at=unhappy[0].truth["trouble_starts_at"],
            )
        else:
            acc_truth.update(at_risk=False, expected_rules=[])
        if kind == "one_unhappy":
            c = unhappy[0]
            prob = one_p[ai - 5]
            ts = office(f, f.at(f.rng.randint(3, 7), f.rng.uniform(8.5, 15)))
            case = f.case()
            label = f.pick(W.B2B_LABEL[prob], lang)
            subj = f.pick(W.COMPLAINT_SUBJECT, lang).format(label=label)
            eid = f.add(c, ts, "email", "message", f.pick(W.B2B_PROBLEM[prob], lang), subject=subj)
            agent = f.rng.choice(AGENTS)
            f.add(
                c,
                ts + timedelta(minutes=f.rng.uniform(20, 60)),
                "email",
                "message",
                f.fmt(f.pick(W.B2B_ACK, lang), c, case=case, agent=agent),
                subject="Re: " + subj,
                out=True,
                agent=agent,
            )
            nv = f.rng.randint(1, 5)
            sid = f.add(
                c,
                ts + timedelta(hours=f.rng.uniform(1, 3)),
                "survey",
                "survey_response",
                None,
                scores={"nps": nv},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                problem=prob,
                booking=case,
                complaint_event_ids=[eid],
                nps=nv,
                nps_given=True,
                survey_event_id=sid,
                trouble_starts_at=iso(ts),
            )
        if kind == "mild":
            for c in [x for x in contacts if x.truth["role"] == "suggests"]:
                ts = office(f, f.at(f.rng.randint(2, 11), f.rng.uniform(8, 16)))
                mid = f.add(
                    c,
                    ts,
                    "web",
                    "ticket",
                    f.pick(W.B2B_SUGGEST, lang),
                    attrs={"page": "/office/feedback"},
                )
                agent = f.rng.choice(AGENTS)
                f.add(
                    c,
                    ts + timedelta(minutes=f.rng.uniform(30, 120)),
                    "email",
                    "message",
                    f.fmt(f.pick(W.B2B_SUGGEST_ACK, lang), c, agent=agent),
                    subject=W.ARM,
                    out=True,
                    agent=agent,
                )
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(ts))
        acc_truth.update(
            unhappy_contacts=len(unhappy), unhappy_contact_keys=[c.key for c in unhappy]
        )
        f.accounts[acc] = acc_truth
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, d(2026, 10, 5), 7, "a calm week and a Saturday-morning spike")
    for _ in range(40):
        c = f.person("happy", "day writer")
        for dd in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            h = f.rng.uniform(12, 19) if dd == 5 else f.rng.uniform(8, 19)
            f.happy(c, f.at(dd, h))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        ts = f.at(0, f.rng.uniform(9, 17))
        q, a = f.pick(W.CALM_GRUMBLE, c.lang)
        gid = f.add(c, ts, "chat", "chat", q)
        f.add(c, ts + timedelta(minutes=f.rng.uniform(1, 5)), "chat", "chat", a, out=True)
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(ts))
    for lang, hour in (("fr", 9 + 40 / 60), ("de", 16 + 5 / 60)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=("silence",))
        ts = f.start + timedelta(days=4, hours=hour)
        q, a = f.pick(W.LONE_Q, lang)
        lid = f.add(c, ts, "chat", "chat", q)
        f.add(c, ts + timedelta(minutes=f.rng.uniform(2, 5)), "chat", "chat", a, out=True)
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(ts))
    langs = ["de"] * 6 + ["fr"] * 6 + ["es", "es", "en", "en", "it", "it", "pt", "pt"]
    f.rng.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    s0 = d(2026, 10, 10) + timedelta(hours=8, minutes=20)
    offs = sorted([0.0, 45.0] + [f.rng.uniform(0, 45) for _ in range(18)])
    keys, eids, reps = [], [], []
    early = [i for i in range(20) if offs[i] <= 20]
    rep_idx = set(f.rng.sample(early, 6))
    fix_idx = set(f.rng.sample([i for i in range(20) if i not in rep_idx], 6))
    rep_ch = ["email", "email", "chat", "chat", "community", "community"]
    for i in range(20):
        regular = i < 12
        rep = i in rep_idx
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            expected=("repeat_contact",) if rep else (),
            tolerated=("sentiment_drop", "silence") if rep else ("silence",),
            in_spike=True,
            regular=regular,
        )
        if regular:
            for dd in sorted(f.rng.sample(range(2, 5), f.rng.randint(1, 3))):
                f.happy(
                    c, f.at(dd, f.rng.uniform(8, 17.5)), ["praise", "buy", "view", "chat", "review"]
                )
        ts = s0 + timedelta(minutes=offs[i])
        text = f.fmt(f.pick(W.SPIKE, c.lang), c)
        ch = chans[i]
        if ch == "social":
            eid = f.social(c, ts, text)
        elif ch == "chat":
            eid = f.add(c, ts, "chat", "chat", text)
            f.add(
                c,
                ts + timedelta(minutes=f.rng.uniform(1, 4)),
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_ANSWER, c.lang),
                out=True,
            )
        elif ch == "community":
            eid = f.add(c, ts, "community", "post", text)
        elif ch == "email":
            eid = f.add(c, ts, "email", "message", text, subject=CODE)
        else:
            eid = f.add(c, ts, "web", "ticket", text, attrs={"page": "/help/collection"})
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(spike_event_id=eid, spike_channel=ch, trouble_starts_at=iso(ts))
        if rep:
            rc = next(x for x in rep_ch if x != ch)
            rep_ch.remove(rc)
            t2 = ts + timedelta(minutes=f.rng.uniform(15, 50))
            text2 = f.fmt(f.pick(W.SPIKE_REPEAT, c.lang), c)
            if rc == "chat":
                rid = f.add(c, t2, "chat", "chat", text2)
            elif rc == "email":
                rid = f.add(c, t2, "email", "message", text2, subject=CODE)
            else:
                rid = f.add(c, t2, "community", "post", text2)
            reps.append(rid)
            c.truth.update(repeat_event_id=rid)
        if i in fix_idx:
            local = "11:30" if c.market in ("UK", "IE", "PT") else "12:30"
            amt = {"UK": "£9", "CH": "9 CHF"}.get(c.market, "10 €")
            agent = f.rng.choice(AGENTS)
            f.add(
                c,
                d(2026, 10, 10) + timedelta(hours=11, minutes=f.rng.uniform(8, 17)),
                "email",
                "message",
                f.fmt(f.pick(W.WORKS_AGAIN, c.lang), c, time=local, amt=amt, agent=agent),
                subject=W.BRAND,
                out=True,
                agent=agent,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"collection booking fails in app and website with error {CODE}: no courier collection can be booked",
        "about": "courier collection booking",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
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
    for make in FAMILIES:
        make().write()


if __name__ == "__main__":
    main()
