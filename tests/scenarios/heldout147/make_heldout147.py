"""Generate heldout147: hand-written alert scenarios for Apiverna (report only, blind).

Standard library only, seeded and deterministic: ``python3 make_heldout147.py``.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wording import COMPETITORS, PRODUCTS, W

HERE = Path(__file__).resolve().parent
CUTOFF = datetime(2026, 11, 15, tzinfo=UTC)
BUSINESS = (
    "Apiverna: hosted beehives in home gardens (Apiverna Casa)"
    " and on company roofs (Apiverna Empresa)"
)
LANGS = ["pt", "it", "en", "fr", "de", "es"]
LANG_W = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "pt": ["PT"],
    "it": ["IT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT"],
    "es": ["ES"],
}
FIRST = [
    "Ana",
    "Rita",
    "Joao",
    "Marta",
    "Giulia",
    "Luca",
    "Chiara",
    "Marco",
    "Emma",
    "Paul",
    "Claire",
    "Hugo",
    "Lena",
    "Jonas",
    "Lucia",
    "Pablo",
    "Ines",
    "Tiago",
    "Sara",
    "Paolo",
    "Elena",
    "Nuno",
]
LAST = [
    "Silva",
    "Costa",
    "Ferreira",
    "Rossi",
    "Bianchi",
    "Esposito",
    "Moore",
    "Dubois",
    "Weber",
    "Garcia",
    "Pereira",
    "Ricci",
    "Marino",
    "Lopes",
    "Colombo",
    "Santos",
    "Greco",
    "Martin",
]
TOWNS = {
    "PT": "Braga",
    "IT": "Bologna",
    "CH": "Lugano",
    "UK": "Leeds",
    "IE": "Cork",
    "FR": "Lyon",
    "BE": "Liège",
    "DE": "Kassel",
    "AT": "Graz",
    "ES": "Zaragoza",
}
USED_IDS: set[str] = set()


def strip_accents(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
    )


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

    def ref(self) -> dict[str, str | None]:
        return {
            "customer_id": self.key,
            "email": self.email,
            "phone": self.phone,
            "handle": self.handle,
            "account_id": self.account,
        }


@dataclass
class Fam:
    name: str
    abbr: str
    start: datetime
    days: int
    seed: int
    about: str
    expected: dict[str, int]
    rng: random.Random = field(init=False)
    rows: list[tuple[datetime, int, dict[str, Any]]] = field(default_factory=list)
    customers: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def at(self, day: float, lo: float, hi: float) -> datetime:
        minutes = self.rng.randint(int(lo * 60), int(hi * 60) - 1)
        return self.start + timedelta(days=day, minutes=minutes)

    def say(self, key: str, lang: str, **kw: str) -> str:
        table = W[key]
        text: str = self.rng.choice(table.get(lang) or table["en"]).format(**kw)
        if self.rng.random() < 0.2:
            text = strip_accents(text)
        if self.rng.random() < 0.15 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        return text

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        lang: str | None = None,
        market: str | None = None,
        account: str | None = None,
        **extra: Any,
    ) -> Cust:
        self.n += 1
        key = f"h147{self.abbr}{len(self.customers) + 1:03d}"
        lang = lang or self.rng.choices(LANGS, LANG_W)[0]
        market = market or self.rng.choice(MARKETS[lang])
        first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
        email = f"{strip_accents(first).lower()}.{strip_accents(last).lower()}.{key}@example.com"
        phone = f"+99{self.seed % 90 + 10}{len(self.customers) + 1:05d}{LANGS.index(lang)}"
        handle = f"@{strip_accents(first).lower()}{key[-5:]}" if self.rng.random() < 0.5 else None
        for ident in (key, email, phone, handle or ""):
            if ident and ident in USED_IDS:
                raise SystemExit(f"reused identifier {ident}")
            USED_IDS.add(ident)
        if set(expected) & set(tolerated):
            raise SystemExit(f"{key}: a rule both expected and tolerated")
        seg = "b2b" if account else "consumer"
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": seg,
            "name": f"{first} {last}",
            "job": extra.pop("job", "beekeeping host"),
            "town": TOWNS[market],
        }
        truth.update(extra)
        c = Cust(key, lang, market, email, phone, handle, account, truth)
        self.customers[key] = c
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        subject: str | None = None,
    ) -> str:
        if not self.start <= t < CUTOFF or t > self.start + timedelta(days=self.days + 2):
            raise SystemExit(f"{self.name}: time out of window {t}")
        eid = f"h147-{self.abbr}-{len(self.rows) + 1:04d}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(
                ["Rita (Apiverna)", "Matteo (Apiverna)", "Sofia (Apiverna)"]
            )
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        row = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": c.ref(),
            "text": text,
            "subject": subject,
            "scores": sc,
            "source": "apiverna-hand",
            "attributes": a,
        }
        self.rows.append((t, len(self.rows), row))
        return eid

    def happy(self, c: Cust, t: datetime) -> None:
        r = self.rng.random()
        cur = "GBP" if c.market == "UK" else "CHF" if c.market == "CH" else "EUR"
        if r < 0.25:
            self.add(
                c,
                t,
                self.rng.choice(["community", "social"]),
                self.rng.choice(["post", "mention"]),
                self.say("praise", c.lang),
            )
        elif r < 0.35:
            self.add(
                c,
                t,
                "web",
                "review",
                self.say("gripe", c.lang),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif r < 0.6:
            self.add(c, t, "chat", "chat", self.say("question", c.lang))
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(2, 9)),
                "chat",
                "chat",
                self.say("answer", c.lang),
                out=True,
            )
            if self.rng.random() < 0.6:
                self.add(c, t + timedelta(minutes=12), "chat", "chat", self.say("thanks", c.lang))
        elif r < 0.7:
            self.add(c, t, "phone", "call", self.say("call_q", c.lang))
            self.add(
                c,
                t + timedelta(minutes=25),
                "email",
                "message",
                self.say("answer", c.lang),
                out=True,
            )
        elif r < 0.85:
            p = self.rng.choice(PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": "/shop"})
            self.add(
                c,
                t + timedelta(minutes=6),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{self.rng.randint(9, 60)}.90",
                    "currency": cur,
                    "product": p,
                    "page": "/checkout",
                },
            )
        else:
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                self.rng.choice([None, "top", "🐝"]),
                scores={"nps": self.rng.choice([9, 10])},
                attrs={"survey": "nps"},
            )

    def write(self) -> None:
        got: dict[str, int] = {}
        for c in self.customers.values():
            for rule in c.truth["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        if got != self.expected:
            raise SystemExit(f"{self.name}: expected {self.expected}, truth has {got}")
        self.rows.sort(key=lambda r: (r[0], r[1]))
        last = self.rows[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": self.seed,
                "written": "2026-12-05",
                "expected": self.expected,
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {k: c.truth for k, c in self.customers.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        lines = [json.dumps(r[2], ensure_ascii=False, sort_keys=True) for r in self.rows]
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True)
        (HERE / f"{self.name}.truth.json").write_text(text + "\n", "utf-8")


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


SIL = ["silence"]
REP_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def happy_writers() -> Fam:
    f = Fam("happy_writers", "hw", d(2026, 3, 9), 10, 14701, "happy customers", {})
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        for day in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy(c, f.at(day, 7, 19))
    for _ in range(5):
        c = f.person("happy", "night writer", [], [])
        for day in f.rng.sample(range(9), f.rng.randint(2, 4)):
            f.add(
                c,
                f.at(day, 22.2, 24),
                f.rng.choice(["community", "social"]),
                "post",
                f.say("night", c.lang),
            )
        for day in f.rng.sample(range(10), 2):
            f.happy(c, f.at(day, 9, 18))
    for _ in range(5):
        c = f.person("happy", "answers surveys", [], [])
        for day in f.rng.sample(range(10), f.rng.randint(3, 6)):
            kind = f.rng.choice(["nps", "csat", "ces"])
            val = {
                "nps": f.rng.choice([9, 10]),
                "csat": f.rng.choice([4, 5]),
                "ces": f.rng.choice([6, 7]),
            }[kind]
            f.add(
                c,
                f.at(day, 8, 20),
                "survey",
                "survey_response",
                f.rng.choice([None, "ottimo", "🐝"]),
                scores={kind: val},
                attrs={"survey": kind},
            )
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "bd",
        d(2026, 4, 6),
        12,
        14702,
        "one bad day among happy acts",
        {"detractor": 6},
    )
    channels = ["email-long", "email", "chat", "social", "web", "phone"] * 4
    for i, ch in enumerate(channels):
        lang = f.rng.choice(["pt", "it"]) if ch == "email-long" else None
        det = i in (1, 2, 4, 7, 8, 10)
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            SIL,
            lang=lang,
        )
        day = f.rng.randint(2, 9)
        t = f.at(day, 8, 20)
        if ch == "email-long":
            eid = f.add(c, t, "email", "message", f.say("letter", c.lang), subject="Visita")
        elif ch == "social":
            eid = f.add(
                c,
                t,
                "social",
                "mention",
                f.say("complaint", c.lang).upper() if i % 2 else f.say("complaint", c.lang),
            )
        else:
            kind = {"email": "message", "chat": "chat", "web": "ticket", "phone": "call"}[ch]
            eid = f.add(
                c,
                t,
                ch,
                kind,
                f.say("complaint", c.lang),
                attrs={"page": "/help"} if ch == "web" else None,
            )
        ref = f"APV-{40000 + i * 37}" if ch != "social" else None
        if ref:
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                "chat" if ch == "chat" else "email",
                "chat" if ch == "chat" else "message",
                f.say("case_opened", c.lang, ref=ref),
                out=True,
            )
        c.truth.update(
            {
                "bad_day_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "bad_day_event_id": eid,
                "booking": ref,
                "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "long_email": ch == "email-long",
            }
        )
        if det:
            sid = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "survey_event_id": sid})
        if ref and i % 3 == 0:
            f.add(
                c,
                t + timedelta(hours=2),
                "email",
                "message",
                f.say("good_news", c.lang, ref=ref),
                out=True,
            )
            c.truth["agent_fixed"] = True
            if i % 2 == 0:
                aid = f.add(c, t + timedelta(hours=20), "chat", "chat", f.say("apology", c.lang))
                c.truth.update({"apologised": True, "apology_event_id": aid})
        for dd in f.rng.sample(
            [x for x in range(12) if x < day - 1 or x > day + 2], f.rng.randint(1, 5)
        ):
            f.happy(c, f.at(dd, 8, 19))
    for _ in range(8):
        c = f.person("happy", "control", [], [])
        for dd in f.rng.sample(range(12), f.rng.randint(4, 7)):
            f.happy(c, f.at(dd, 8, 19))
    return f


def repeat_run(f: Fam, c: Cust, first_day: int, times: int, ref: str) -> None:
    t = f.at(first_day, 8, 17)
    chans = ["web", "email", "chat", "phone", "social"]
    f.rng.shuffle(chans)
    ids = []
    for k in range(times):
        ch = chans[k]
        kind = {
            "email": "message",
            "chat": "chat",
            "web": "ticket",
            "phone": "call",
            "social": "mention",
        }[ch]
        if k == 0:
            text = f.say("complaint", c.lang)
        elif k == 2:
            text = f.say(
                "third",
                c.lang,
                ref=ref,
                comp=c.truth.setdefault("competitor", f.rng.choice(COMPETITORS)),
            )
        elif k == 3:
            text = f.say("fourth", c.lang, ref=ref)
        else:
            text = f.say("still_open", c.lang, ref=ref)
        ids.append(f.add(c, t, ch, kind, text))
        if k == 0:
            f.add(
                c,
                t + timedelta(minutes=30),
                "email",
                "message",
                f.say("case_opened", c.lang, ref=ref),
                out=True,
            )
            if times >= 3:
                f.add(
                    c,
                    t + timedelta(hours=2),
                    "email",
                    "message",
                    f.say("quality", c.lang, ref=ref),
                    out=True,
                )
        t += timedelta(hours=f.rng.randint(4, 40))
        if t.hour < 7 or t.hour >= 22:
            t = t.replace(hour=9)
    c.truth.update({"booking": ref, "problem_event_ids": ids, "contacts": times})
    c.truth["trouble_starts_at"] = next(
        r[2]["occurred_at"] for r in f.rows if r[2]["event_id"] == ids[0]
    )
    c.truth.setdefault("competitor", None)


def fixed_case(f: Fam, c: Cust, day: int, ref: str, lang2: str | None = None) -> dict[str, Any]:
    t = f.at(day, 8, 15)
    eid = f.add(c, t, "web", "ticket", f.say("complaint", c.lang), attrs={"page": "/help"})
    f.add(
        c,
        t + timedelta(minutes=20),
        "email",
        "message",
        f.say("case_opened", c.lang, ref=ref),
        out=True,
    )
    lang = lang2 or c.lang
    fx = t + timedelta(hours=f.rng.randint(3, 6))
    f.add(c, fx, "email", "message", f.say("good_news", lang, ref=ref), out=True)
    cf = fx + timedelta(hours=f.rng.randint(18, 26))
    cid = f.add(c, cf, "email", "message", f.say("confirm", lang, ref=ref))
    return {
        "problem": "no_show",
        "booking": ref,
        "raised_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "fixed_at": fx.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "confirmed_at": cf.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": "web",
        "confirm_channel": "email",
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "rc",
        d(2026, 5, 18),
        10,
        14703,
        "repeat contacts",
        {"repeat_contact": 12},
    )
    for i in range(12):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], REP_TOL)
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12))
        repeat_run(f, c, f.rng.randint(1, 4), 2 + i % 3, f"APV-{51000 + i}")
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], SIL)
        c.truth["problems"] = [fixed_case(f, c, f.rng.randint(1, 5), f"APV-{52000 + i}")]
    for i in range(3):
        c = f.person("different_problems", "two problems", [], SIL)
        c.truth["problems"] = [
            fixed_case(f, c, 1, f"APV-{53000 + i}"),
            fixed_case(f, c, 6, f"APV-{53100 + i}"),
        ]
    for _ in range(7):
        c = f.person("happy", "frequent writer", [], [])
        for dd in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy(c, f.at(dd, 8, 19))
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str]) -> list[str]:
    ids = []
    t = f.at(start_day, 9, 12)
    comp = f.rng.choice(COMPETITORS)
    for k in range(6):
        lang = langs[k % len(langs)]
        text = W["slide"][lang][k].format(comp=comp)
        ch = f.rng.choice(["social", "community", "web"])
        kind = "review" if ch == "web" else "post"
        attrs = {"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"} if ch == "web" else None
        ids.append(f.add(c, t, ch, kind, text, attrs=attrs))
        t += timedelta(hours=max(2, span * 24 // 6))
        if t.hour < 8 or t.hour >= 21:
            t = t.replace(hour=10)
    c.truth.update({"slide_event_ids": ids, "slide_days": span, "competitor": comp})
    c.truth["trouble_starts_at"] = next(
        r[2]["occurred_at"] for r in f.rows if r[2]["event_id"] == ids[0]
    )
    return ids


def slow_churners() -> Fam:
    exp = {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}
    f = Fam("slow_churners", "sc", d(2026, 6, 22), 32, 14704, "slow churners and look-alikes", exp)
    for i in range(10):
        det = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if det else []),
            SLIDE_TOL,
            lang=f.rng.choice(["pt", "it"]),
        )
        for dd in f.rng.sample(range(11), 5):
            f.add(c, f.at(dd, 9, 18), "community", "post", f.say("praise", c.lang))
        for dd in f.rng.sample(range(11), 3):
            f.happy(c, f.at(dd, 9, 18))
        ids = slide(f, c, 12 + i % 5, [3, 5, 9][i % 3], [c.lang])
        if det:
            t4 = next(r[0] for r in f.rows if r[2]["event_id"] == ids[3]) + timedelta(hours=3)
            if t4.hour < 8 or t4.hour >= 21:
                t4 = t4.replace(hour=11) + timedelta(days=1 if t4.hour >= 21 else 0)
            sid = f.add(
                c,
                t4,
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "survey_event_id": sid})
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        for dd in f.rng.sample(range(15), f.rng.randint(4, 6)):
            f.happy(c, f.at(dd, 9, 18))
        t = f.at(f.rng.randint(17, 23), 9, 15)
        ci = f.add(
            c, t, "email", "message", f.say("leave", c.lang), subject="Cancelamento / disdetta"
        )
        f.add(c, t + timedelta(hours=3), "email", "message", f.say("sorry_go", c.lang), out=True)
        ct = t + timedelta(hours=f.rng.randint(20, 30))
        ca = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Apiverna Casa"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": ci,
                "cancellation_event_id": ca,
                "churn_at": ct.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady", [], [])
        for dd in f.rng.sample(range(32), f.rng.randint(6, 10)):
            f.happy(c, f.at(dd, 8, 19))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        gids = []
        dd = f.rng.randint(0, 4)
        for _ in range(f.rng.randint(5, 7)):
            gids.append(
                f.add(
                    c,
                    f.at(dd, 9, 19),
                    f.rng.choice(["social", "community"]),
                    "post",
                    f.say("grumble", c.lang),
                )
            )
            dd += f.rng.randint(1, 3)
        c.truth["grumble_event_ids"] = gids
        c.truth["trouble_starts_at"] = next(
            r[2]["occurred_at"] for r in f.rows if r[2]["event_id"] == gids[0]
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], SIL)
        for dd in f.rng.sample(range(16), f.rng.randint(4, 6)):
            f.happy(c, f.at(dd, 8, 19))
        c.truth["sarcasm_event_id"] = f.add(
            c, f.at(f.rng.randint(17, 28), 10, 18), "social", "post", f.say("sarcasm", c.lang)
        )
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "qh", d(2026, 8, 14), 3, 14705, "calm weekend with night owls", {})
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        for dd in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy(c, f.at(dd, 7, 17.5))
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", [], SIL)
        t = f.at(f.rng.randint(0, 2), 9, 16)
        f.add(c, t, "web", "page_view", attrs={"page": "/hives/map"})
        g = f.add(c, t + timedelta(minutes=25), "chat", "chat", f.say("mild", c.lang))
        f.add(c, t + timedelta(minutes=31), "chat", "chat", f.say("answer", c.lang), out=True)
        c.truth.update(
            {
                "grumble_event_id": g,
                "trouble_starts_at": (t + timedelta(minutes=25)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
    for night in range(3):
        base = f.start + timedelta(days=night, hours=0, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            for _ in range(4):
                c = f.person("night_owl", f"night {night}, burst {b}", [], [])
                t = base + timedelta(minutes=off + f.rng.randint(0, 9))
                ne = f.add(c, t, "community", "post", f.say("night", c.lang))
                c.truth.update({"burst_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "night_event_id": ne})
                if f.rng.random() < 0.5:
                    f.happy(c, f.at(night, 9, 17.5))
    return f


def bilingual() -> Fam:
    exp = {"repeat_contact": 5, "sentiment_drop": 5}
    f = Fam("bilingual", "bl", d(2026, 9, 7), 14, 14706, "customers writing in two languages", exp)
    pairs = [
        ("pt", "it"),
        ("it", "pt"),
        ("pt", "en"),
        ("it", "fr"),
        ("pt", "es"),
        ("it", "de"),
        ("en", "it"),
    ]
    for i in range(12):
        a, b = pairs[i % len(pairs)]
        c = f.person(
            "happy",
            "alternates languages",
            [],
            [],
            lang=a,
            languages=[a, b],
            job_second_language="partner's family",
        )
        for k, dd in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = [a, b][k % 2]
            f.happy(c, f.at(dd, 8, 19))
        c.lang = a
    for i in range(5):
        a, b = pairs[i]
        c = f.person(
            "repeat_contact",
            "repeats",
            ["repeat_contact"],
            REP_TOL,
            lang=a,
            languages=[a, b],
            job_second_language="works abroad",
        )
        f.happy(c, f.at(0, 9, 17))
        repeat_run(f, c, f.rng.randint(2, 5), 2 + i % 3, f"APV-{61000 + i}")
    for i in range(5):
        a, b = ("pt", "it") if i % 2 == 0 else ("it", "pt")
        c = f.person(
            "slow_churner",
            "slides",
            ["sentiment_drop"],
            SLIDE_TOL,
            lang=a,
            languages=[a, b],
            job_second_language="Erasmus years",
        )
        for k, dd in enumerate(f.rng.sample(range(6), 5)):
            f.add(c, f.at(dd, 9, 18), "community", "post", f.say("praise", [a, b][k % 2]))
        f.happy(c, f.at(f.rng.randint(0, 5), 9, 18))
        slide(f, c, 7 + i % 2, 3 + i % 3, [a, b])
    for i in range(3):
        c = f.person(
            "happy_one_bad_day",
            "one bad day",
            [],
            SIL,
            lang="pt",
            languages=["pt", "it"],
            job_second_language="Italian husband",
        )
        t = f.at(6 + i, 10, 16)
        eid = f.add(c, t, "email", "message", f.say("letter" if i == 0 else "complaint", "it"))
        f.add(
            c,
            t + timedelta(minutes=30),
            "email",
            "message",
            f.say("case_opened", "it", ref=f"APV-{62000 + i}"),
            out=True,
        )
        c.truth.update(
            {
                "bad_day_event_id": eid,
                "bad_day_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "bad_day_language": "it",
                "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
        for dd in f.rng.sample([0, 1, 2, 3, 11, 12, 13], 3):
            f.happy(c, f.at(dd, 9, 18))
    for i in range(2):
        c = f.person(
            "resolved_between_contacts",
            "fixed",
            [],
            SIL,
            lang="it",
            languages=["it", "pt"],
            job_second_language="lives in Porto",
        )
        c.truth["problems"] = [fixed_case(f, c, 3 + i, f"APV-{63000 + i}", lang2="pt")]
    return f


def b2b_accounts() -> Fam:
    exp = {"account_risk": 5, "detractor": 16, "repeat_contact": 5}
    f = Fam("b2b_accounts", "bb", d(2026, 10, 5), 14, 14707, "company roof-hive accounts", exp)
    plan = [
        ("at_risk", 5, 3),
        ("at_risk", 4, 3),
        ("at_risk", 6, 3),
        ("at_risk", 5, 4),
        ("at_risk", 6, 4),
        ("one_unhappy", 3, 1),
        ("one_unhappy", 3, 1),
        ("one_unhappy", 3, 1),
        ("one_unhappy", 3, 1),
        ("mild", 4, 0),
        ("mild", 3, 0),
        ("mild", 3, 0),
        ("happy", 4, 0),
        ("happy", 3, 0),
        ("happy", 3, 0),
    ]
    risk_tol = [
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
        "account_risk",
    ]
    for ai, (kind, n, unhappy) in enumerate(plan):
        acc = f"apv-co-{ai + 1:02d}"
        lang = f.rng.choices(LANGS, LANG_W)[0]
        market = f.rng.choice(MARKETS[lang])
        keys, bad = [], []
        ref = f"APV-E{7100 + ai}"
        prev_name = ""
        t = f.at(2, 9, 11)
        first_t = t
        for k in range(n):
            if k < unhappy:
                last = kind == "at_risk" and k == unhappy - 1
                exp_r = (
                    (["repeat_contact"] if last else ["detractor"])
                    if kind == "at_risk"
                    else ["detractor"]
                )
                tol = (
                    risk_tol
                    if kind == "at_risk"
                    else ["sentiment_drop", "high_value_at_risk", "silence"]
                )
                persona = "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy"
                c = f.person(
                    persona,
                    "complainer",
                    exp_r,
                    tol,
                    lang=lang,
                    market=market,
                    account=acc,
                    job="office manager",
                    company=f"Co{ai}",
                    role="complainer",
                    job_title="office manager",
                )
                if kind == "one_unhappy":
                    t = f.at(3 + ai % 5, 9, 16)
                text = (
                    f.say("b2b_problem", lang)
                    if k == 0
                    else f.say("b2b_again", lang, who=prev_name, ref=ref)
                )
                eid = f.add(c, t, "email", "message", text, subject="Fatura / fattura")
                if k == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=40),
                        "email",
                        "message",
                        f.say("case_opened", lang, ref=ref),
                        out=True,
                    )
                ids = [eid]
                if last:
                    t2 = t + timedelta(hours=f.rng.randint(18, 40))
                    t2 = t2.replace(hour=10) if t2.hour < 8 or t2.hour > 18 else t2
                    ids.append(f.add(c, t2, "phone", "call", f.say("b2b_last", lang, ref=ref)))
                else:
                    sid = f.add(
                        c,
                        t + timedelta(hours=2),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"nps_given": True, "survey_event_id": sid})
                c.truth.update(
                    {
                        "complaint_event_ids": ids,
                        "booking": ref,
                        "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    }
                )
                prev_name = c.truth["name"]
                bad.append(c.key)
                t += timedelta(hours=f.rng.randint(8, 28))
                if t.hour < 8 or t.hour > 18:
                    t = t.replace(hour=9) + timedelta(days=1 if t.hour > 18 else 0)
            elif kind == "mild" and k < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    [],
                    SIL,
                    lang=lang,
                    market=market,
                    account=acc,
                    job="facilities lead",
                    company=f"Co{ai}",
                    role="suggests",
                    job_title="facilities lead",
                )
                tm = f.at(3 + k, 10, 15)
                c.truth["mild_event_id"] = f.add(
                    c, tm, "web", "ticket", f.say("mild", lang), attrs={"page": "/business"}
                )
                c.truth["trouble_starts_at"] = tm.strftime("%Y-%m-%dT%H:%M:%SZ")
            else:
                c = f.person(
                    "b2b_happy",
                    "contact",
                    [],
                    [],
                    lang=lang,
                    market=market,
                    account=acc,
                    job="assistant",
                    company=f"Co{ai}",
                    role="contact",
                    job_title="assistant",
                )
                for dd in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4)):
                    f.happy(c, f.at(dd, 8, 17))
            keys.append(c.key)
        f.accounts[acc] = {
            "company": f"Co{ai}",
            "site": f.rng.choice(["hotel", "school", "office park", "winery"]),
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": bad,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": "invoice" if kind == "at_risk" else None,
            "trouble_starts_at": first_t.strftime("%Y-%m-%dT%H:%M:%SZ")
            if kind == "at_risk"
            else None,
            "language": lang,
            "country": market,
        }
    return f


def topic_spike() -> Fam:
    exp = {"topic_spike": 1, "repeat_contact": 6}
    f = Fam(
        "topic_spike", "ts", d(2026, 10, 26), 7, 14708, "a calm week and one planted spike", exp
    )
    code = "GATE/19-k"
    for _ in range(40):
        c = f.person("happy", "day writer", [], [])
        for dd in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy(c, f.at(dd, 12 if dd == 5 else 8, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], SIL)
        t = f.at(0, 10, 16)
        g = f.add(c, t, "chat", "chat", f.say("mild", c.lang))
        f.add(c, t + timedelta(minutes=5), "chat", "chat", f.say("answer", c.lang), out=True)
        c.truth.update(
            {"grumble_event_id": g, "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ")}
        )
    for lang in ("pt", "it"):
        c = f.person("grumbles_once", "lone question", [], SIL, lang=lang)
        t = f.at(4, 9, 17)
        lq = f.add(c, t, "chat", "chat", f.say("lone_q", lang))
        f.add(c, t + timedelta(minutes=6), "chat", "chat", f.say("lone_a", lang), out=True)
        c.truth.update(
            {"lone_report_event_id": lq, "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ")}
        )
    s0 = d(2026, 10, 31) + timedelta(hours=7, minutes=50)
    langs = ["pt"] * 6 + ["it"] * 6 + ["en", "en", "fr", "fr", "de", "es", "es", "de"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    keys, eids, reps = [], [], []
    nrep = 0
    for i in range(20):
        t = s0 + timedelta(minutes=offs[i])
        rep = nrep < 6 and offs[i] <= 25 and i % 2 == 0
        regular = i < 12
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else SIL,
            lang=langs[i],
            in_spike=True,
            regular=regular,
        )
        if regular:
            f.happy(c, f.at(2, 8, 17.5))
        ch = chans[i]
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
            f.say("spike", c.lang, code=code),
            attrs={"page": "/app"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c, t + timedelta(minutes=4), "chat", "chat", f.say("spike_answer", c.lang), out=True
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            {
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
        if rep:
            nrep += 1
            ch2 = "email" if ch != "email" else "chat"
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(15, 50)),
                ch2,
                "message" if ch2 == "email" else "chat",
                f.say("spike_again", c.lang, code=code),
            )
            reps.append(r)
            c.truth["repeat_event_id"] = r
        elif i % 3 == 1:
            f.add(
                c,
                d(2026, 10, 31) + timedelta(hours=11, minutes=48 + i % 9),
                "email",
                "message",
                f.say("spike_fixed", c.lang),
                out=True,
            )
            c.truth["agent_fixed"] = True
    if nrep != 6:
        raise SystemExit(f"topic_spike: {nrep} repeaters, not 6")
    f.spike = {
        "topic": f"app closes hosted hives' entrance gates, bees shut out, error {code}",
        "about": "Apiverna Casa app",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
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
    USED_IDS.clear()
    for make in FAMILIES:
        make().write()


if __name__ == "__main__":
    main()
