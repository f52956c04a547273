# ruff: noqa: E501
"""Build heldout183/ (report only, written blind): python make_heldout183.py."""

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
import wording as w

HERE = Path(__file__).resolve().parent
SEED = 20261183
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
MARKETS = {
    "fr": ("FR", "FR", "BE", "CH", "LU"),
    "de": ("DE", "DE", "AT", "CH"),
    "en": ("UK", "IE"),
    "it": ("IT", "IT", "CH"),
    "pt": ("PT",),
    "es": ("ES",),
}
PREFIX = {
    "FR": ("+33 6", 8),
    "BE": ("+32 47", 7),
    "CH": ("+41 79", 7),
    "LU": ("+352 621", 6),
    "DE": ("+49 151", 8),
    "AT": ("+43 664", 7),
    "UK": ("+44 7", 9),
    "IE": ("+353 87", 7),
    "IT": ("+39 34", 8),
    "PT": ("+351 91", 7),
    "ES": ("+34 6", 8),
}
FIRST = {
    "fr": (
        "Camille",
        "Léa",
        "Hugo",
        "Manon",
        "Julien",
        "Chloé",
        "Théo",
        "Inès",
        "Louis",
        "Margaux",
        "Nathan",
        "Océane",
    ),
    "de": (
        "Jana",
        "Lukas",
        "Sophie",
        "Felix",
        "Marie",
        "Jonas",
        "Lena",
        "Paul",
        "Hannah",
        "Tobias",
        "Nele",
        "Moritz",
    ),
    "en": ("Emma", "Oliver", "Grace", "Jack", "Chloe", "Harry"),
    "it": ("Giulia", "Marco", "Chiara", "Luca", "Sara", "Davide"),
    "pt": ("Inês", "Tiago", "Beatriz", "Rui", "Marta", "João"),
    "es": ("Lucía", "Pablo", "Irene", "Álvaro", "Nuria", "Diego"),
}
LAST = {
    "fr": ("Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier"),
    "de": ("Müller", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Krüger", "Wagner"),
    "en": ("Walsh", "Hughes", "Patel", "Byrne", "Turner"),
    "it": ("Rossi", "Bianchi", "Greco", "Conti", "Marino"),
    "pt": ("Silva", "Costa", "Pereira", "Ramos", "Sousa"),
    "es": ("García", "Torres", "Navarro", "Romero", "Vidal"),
}
LANG_WEIGHTS = (("fr", 30), ("de", 30), ("en", 10), ("it", 10), ("pt", 10), ("es", 10))
USED: set[str] = set()
ALL_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]


def strip_accents(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", text)
        if unicodedata.category(ch) != "Mn" or ch == "\u0303"
    )


@dataclass
class Cust:
    key: str
    lang: str
    country: str
    name: str
    email: str
    phone: str
    handle: str | None
    account: str | None


@dataclass
class Row:
    t: datetime
    eid: str
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int]
    source: str
    attrs: dict[str, str]


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    n: int
    about: str
    rows: list[Row] = field(default_factory=list)
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)
        self.count = 0

    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_WEIGHTS], [y for _, y in LANG_WEIGHTS])[0]

    def unique(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def person(
        self,
        persona: str,
        habit: str,
        lang: str,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        country: str | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        key = self.unique(lambda: f"SV{self.code}{rng.randint(1000, 9999)}")
        first = rng.choice(FIRST[lang])
        last = rng.choice(LAST[lang])
        market = country or rng.choice(MARKETS[lang])
        base = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        dom = (
            (account.lower() + ".example")
            if account
            else rng.choice(("mailo.example", "postbox.example", "webmail.example"))
        )
        email = self.unique(lambda: f"{base}{rng.randint(1, 99)}@{dom}")
        pre, digits = PREFIX[market]
        phone = self.unique(lambda: pre + "".join(str(rng.randint(0, 9)) for _ in range(digits)))
        handle = None
        if not account and rng.random() < 0.7:
            handle = self.unique(
                lambda: (
                    f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{rng.randint(1, 99)}"
                )
            )
        c = Cust(key, lang, market, f"{first} {last}", email, phone, handle, account)
        assert not set(expected) & set(tolerated)
        self.customers[key] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
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
            "name": c.name,
        } | extra
        return c

    def at(self, day: int, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, seconds=int(self.rng.uniform(h0, h1) * 3600))

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
                if len(x) > 4 and x.isalpha() and x.islower()
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                wd = parts[i]
                j = r.randint(1, len(wd) - 3)
                parts[i] = wd[:j] + wd[j + 1] + wd[j] + wd[j + 2 :]
                text = " ".join(parts)
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        **attrs: str,
    ) -> str:
        assert self.start <= t < LIMIT, (self.name, t)
        self.count += 1
        eid = f"h183-{self.code.lower()}-{self.count:05d}"
        if text and direction == "inbound" and kind not in ("call", "survey_response"):
            text = self.roughen(text)
        if text and channel == "social" and direction == "inbound" and not c.account:
            text = (
                text.replace("Saunvelo", "@Saunvelo", 1)
                if "Saunvelo" in text
                else "@Saunvelo " + text
            )
        source = {
            "email": "saunvelo-mail",
            "phone": "saunvelo-voice",
            "social": "saunvelo-social",
            "community": "saunvelo-forum",
            "chat": "saunvelo-chat",
            "web": "saunvelo-web",
            "survey": "saunvelo-survey",
        }[channel]
        a = {"market": c.country} | dict(attrs)
        if c.account:
            a["segment"] = "b2b"
        self.rows.append(
            Row(t, eid, c, channel, kind, direction, text, subject, scores or {}, source, a)
        )
        return eid

    # ---- reusable acts ----
    def happy_act(self, c: Cust, t: datetime, b2b: bool = False) -> list[str]:
        rng, lang = self.rng, c.lang
        pick = (
            rng.choice(
                (
                    "praise",
                    "again",
                    "gripe",
                    "question",
                    "call",
                    "purchase",
                    "review",
                    "joke",
                    "view",
                )
            )
            if not b2b
            else rng.choice(("question", "purchase", "view", "praise"))
        )
        if pick == "praise":
            return [
                self.add(
                    c,
                    t,
                    rng.choice(("social", "community")),
                    rng.choice(("post", "mention")) if not b2b else "post",
                    w.B2B_PRAISE[lang] if b2b else rng.choice(w.PRAISE[lang]),
                )
            ]
        if pick == "again":
            return [self.add(c, t, "social", "post", rng.choice(w.AGAIN[lang]))]
        if pick == "gripe":
            return [
                self.add(
                    c,
                    t,
                    "web",
                    "review",
                    rng.choice(w.PRAISE_GRIPE[lang]),
                    rating="4",
                    page="/review",
                )
            ]
        if pick == "question":
            q = self.add(
                c,
                t,
                "chat",
                "chat",
                w.B2B_QUESTIONS[lang] if b2b else rng.choice(w.QUESTIONS[lang]),
            )
            self.add(
                c,
                t + timedelta(minutes=rng.randint(1, 6)),
                "chat",
                "chat",
                w.B2B_ANSWERS[lang] if b2b else w.ANSWERS[lang],
                "outbound",
                agent="agent",
            )
            out = [q]
            if rng.random() < 0.6:
                out.append(
                    self.add(
                        c,
                        t + timedelta(minutes=rng.randint(8, 14)),
                        "chat",
                        "chat",
                        rng.choice(w.THANKS[lang]),
                    )
                )
            return out
        if pick == "call":
            q = self.add(c, t, "phone", "call", w.CALL_QUESTIONS[lang])
            self.add(
                c,
                t + timedelta(minutes=rng.randint(10, 40)),
                "email",
                "message",
                w.CALL_FOLLOWUP[lang],
                "outbound",
                agent="agent",
            )
            return [q]
        if pick == "purchase":
            prod, val = rng.choice(w.PRODUCTS)
            v = self.add(c, t, "web", "page_view", None, page="/saunas")
            self.add(
                c,
                t + timedelta(minutes=rng.randint(3, 12)),
                "web",
                "purchase",
                None,
                order_value=val,
                currency="CHF" if c.country == "CH" else "GBP" if c.country == "UK" else "EUR",
                product=prod,
                page="/checkout",
            )
            return [v]
        if pick == "review":
            return [self.add(c, t, "web", "review", w.REVIEWS[lang], rating="5", page="/review")]
        if pick == "joke":
            return [self.add(c, t, "social", "post", w.JOKES[lang])]
        return [
            self.add(
                c,
                t,
                "web",
                "page_view",
                None,
                page=rng.choice(("/saunas", "/membership", "/account")),
            )
        ]

    def happy_days(
        self, c: Cust, k: int, days: list[int], b2b: bool = False, h0: float = 7, h1: float = 19
    ) -> None:
        for d in (
            self.rng.sample(days, k)
            if k <= len(days)
            else [self.rng.choice(days) for _ in range(k)]
        ):
            self.happy_act(c, self.at(d, h0, h1), b2b)

    def survey(
        self,
        c: Cust,
        t: datetime,
        nps: int | None = None,
        csat: int | None = None,
        ces: int | None = None,
        word: str = "",
    ) -> str:
        s = {k: v for k, v in (("nps", nps), ("csat", csat), ("ces", ces)) if v is not None}
        return self.add(
            c, t, "survey", "survey_response", word or None, scores=s, survey=next(iter(s))
        )

    def case(self) -> str:
        return self.unique(lambda: f"SV-{self.rng.randint(100000, 999999)}")

    def complaint(
        self, c: Cust, t: datetime, channel: str, problem: str, long: bool = False
    ) -> str:
        lang = c.lang
        text = w.PROBLEMS[lang][problem]
        if channel == "email":
            body = (
                w.LETTER[lang].replace("PROBLEM", text).replace("NAME", c.name.split()[0])
                if long
                else text
            )
            return self.add(
                c,
                t,
                "email",
                "message",
                body,
                subject=w.SUBJ_COMPLAINT[lang] + problem.replace("_", " "),
            )
        if channel == "phone":
            spoken = "".join(ch for ch in text.lower() if ch.isalnum() or ch in " '€£")
            return self.add(c, t, "phone", "call", " ".join(spoken.split()))
        if channel == "chat":
            return self.add(c, t, "chat", "chat", text)
        if channel == "web":
            return self.add(c, t, "web", "ticket", text, page="/help/contact")
        return self.add(c, t, channel, "mention" if channel == "social" else "post", text)

    def reply(
        self, c: Cust, t: datetime, table: dict[str, str], case: str, channel: str = "email"
    ) -> str:
        text = table[c.lang].replace("NAME", c.name.split()[0]).replace("CASE", case)
        kind = "chat" if channel == "chat" else "message"
        return self.add(
            c,
            t,
            channel,
            kind,
            text,
            "outbound",
            subject=(w.SUBJ_CASE[c.lang] + case) if channel == "email" else None,
            agent="agent",
        )

    def write(self) -> None:
        self.rows.sort(key=lambda r: (r.t, r.eid))
        seen: set[str] = set()
        lines = []
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
                ref |= {
                    "customer_id": c.key,
                    "email": c.email,
                    "phone": c.phone,
                    "handle": c.handle,
                }
            elif r.channel == "phone":
                ref["phone"] = c.phone
            elif r.channel in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif r.channel == "email":
                ref["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
            lines.append(
                json.dumps(
                    {
                        "event_id": r.eid,
                        "occurred_at": r.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "channel": r.channel,
                        "kind": r.kind,
                        "direction": r.direction,
                        "customer": ref,
                        "text": r.text,
                        "subject": r.subject,
                        "scores": r.scores or None,
                        "source": r.source,
                        "attributes": r.attrs,
                    },
                    ensure_ascii=False,
                )
            )
        missing = [k for k in self.customers if k not in seen]
        assert not missing, missing
        end = max(self.start + timedelta(days=self.days), self.rows[-1].t + timedelta(hours=1))
        assert end < LIMIT
        expected: dict[str, int] = {}
        for cu in list(self.customers.values()) + list(self.accounts.values()):
            for rule in cu["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Saunvelo: sauna hire (barrel saunas, infrared cabins) by app and web, Saunvelo Plus membership, Saunvelo Pro on account",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": expected,
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", datetime(2026, 3, 2, tzinfo=UTC), 10, 1, "happy customers only")
    for _ in range(16):
        c = f.person("happy", "day writer", f.lang())
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer", f.lang())
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.at(d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", f.rng.choice(w.NIGHT_POSTS[c.lang]))
            else:
                f.add(c, t, "chat", "chat", w.NIGHT_QUESTIONS[c.lang])
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    w.NIGHT_ANSWERS[c.lang],
                    "outbound",
                    agent="agent",
                )
                f.add(c, t + timedelta(minutes=9), "chat", "chat", f.rng.choice(w.THANKS[c.lang]))
        f.happy_days(c, f.rng.randint(2, 3), list(range(10)), h0=9, h1=18)
    for _ in range(5):
        c = f.person("happy", "answers surveys", f.lang())
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            kind = f.rng.choice(("nps", "csat", "ces"))
            word = f.rng.choice(w.SURVEY_WORDS[c.lang] + ("👍",))
            f.survey(
                c,
                f.at(d, 8, 20),
                nps=f.rng.randint(9, 10) if kind == "nps" else None,
                csat=f.rng.randint(4, 5) if kind == "csat" else None,
                ces=f.rng.randint(6, 7) if kind == "ces" else None,
                word=word,
            )
    return f


PROBS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        datetime(2026, 4, 6, tzinfo=UTC),
        12,
        2,
        "happy customers with one bad day",
    )
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    probs = list(PROBS) * 4
    f.rng.shuffle(probs)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    nps_set = set(f.rng.sample(with_case, 6))
    csat_set = set(f.rng.sample([i for i in with_case if i not in nps_set], 5))
    good_set = set(f.rng.sample(with_case, 12))
    apol_set = set(f.rng.sample(sorted(good_set), 5))
    for i, ch in enumerate(chans):
        lang = ("fr", "de")[i % 2] if ch == "long" else f.lang()
        bd = f.rng.randint(2, 9)
        detr = i in nps_set
        c = f.person(
            "bad_day_detractor" if detr else "happy_one_bad_day",
            "one bad day",
            lang,
            ("detractor",) if detr else (),
            ("silence",),
            problem=probs[i],
            channel=ch,
        )
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, min(len(days), f.rng.randint(1, 5)), days)
        t = f.at(bd, 8, 20)
        eid = f.complaint(c, t, "email" if ch == "long" else ch, probs[i], long=ch == "long")
        info: dict[str, Any] = {
            "bad_day_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "bad_day_event_id": eid,
            "long_email": ch == "long",
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if ch != "social":
            cs = f.case()
            info["booking"] = cs
            f.reply(
                c,
                t + timedelta(minutes=f.rng.randint(2, 40)),
                w.CASE_OPENED,
                cs,
                "chat" if ch == "chat" else "email",
            )
            if detr:
                info |= {"nps_given": True, "nps": f.rng.randint(1, 5)}
                info["survey_event_id"] = f.survey(
                    c, t + timedelta(minutes=f.rng.randint(100, 140)), nps=info["nps"]
                )
            elif i in csat_set:
                info |= {"csat_given": True, "csat": f.rng.randint(1, 2)}
                info["survey_event_id"] = f.survey(
                    c, t + timedelta(minutes=f.rng.randint(40, 80)), csat=info["csat"]
                )
            if i in good_set:
                gt = t + timedelta(hours=f.rng.uniform(1, 4))
                if gt.hour >= 21 or gt.hour < 7:
                    gt = gt.replace(hour=8) + (timedelta(days=1) if gt.hour >= 21 else timedelta())
                f.reply(c, gt, w.GOOD_NEWS, cs)
                info["agent_fixed"] = True
                if i in apol_set:
                    at = t + timedelta(hours=f.rng.uniform(16, 24))
                    if at.hour >= 21 or at.hour < 8:
                        at = at.replace(hour=9) + (
                            timedelta(days=1) if at.hour >= 21 else timedelta()
                        )
                    info |= {
                        "apologised": True,
                        "apology_event_id": f.add(
                            c,
                            at,
                            f.rng.choice(("chat", "email")),
                            "message",
                            f.rng.choice(w.APOLOGY[c.lang]),
                        ),
                    }
        f.customers[c.key] |= info
    for _ in range(8):
        c = f.person("happy", "control", f.lang())
        f.happy_days(c, f.rng.randint(4, 7), list(range(12)))
    return f


def day_ok(t: datetime) -> datetime:
    if t.hour >= 22:
        return t.replace(hour=8, minute=t.minute) + timedelta(days=1)
    if t.hour < 7:
        return t.replace(hour=8, minute=t.minute)
    return t


def repeat_run(
    f: Fam, c: Cust, t0: datetime, times: int, problem: str, quality: bool, comp: str
) -> dict[str, Any]:
    channels = ["web", "email", "chat", "phone", "social"]
    first = f.rng.choice(("web", "email", "chat"))
    cs = f.case()
    ids = [f.complaint(c, t0, first, problem)]
    if quality:
        f.reply(c, t0 + timedelta(hours=f.rng.uniform(1.5, 2.5)), w.QUALITY_LEAD, cs)
    else:
        f.reply(
            c,
            t0 + timedelta(minutes=f.rng.randint(2, 40)),
            w.CASE_OPENED,
            cs,
            "chat" if first == "chat" else "email",
        )
    later = f.rng.sample([x for x in channels if x != first], times - 1)
    t = t0
    for n, ch in enumerate(later, start=2):
        t = day_ok(t + timedelta(hours=f.rng.uniform(4, 40)))
        text = (
            f.rng.choice(w.STILL_OPEN[c.lang])
            .replace("CASE", cs)
            .replace("PROBLEM", w.PROBLEMS[c.lang][problem])
        )
        if n == 3:
            text += " " + w.THIRD[c.lang].replace("COMP", comp)
        if n == 4:
            text += " " + w.FOURTH[c.lang]
        if ch == "phone":
            text = " ".join("".join(x for x in text.lower() if x.isalnum() or x in " -'€£").split())
        kind = {
            "web": "ticket",
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "social": "mention",
        }[ch]
        ids.append(
            f.add(
                c, t, ch, kind, text, subject=(w.SUBJ_CASE[c.lang] + cs) if ch == "email" else None
            )
        )
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=3), w.URGENT, cs, "chat")
    return {
        "booking": cs,
        "problem": problem,
        "contacts": times,
        "problem_event_ids": ids,
        "agent_passed_on": quality,
        "competitor": comp if times >= 3 else None,
        "trouble_starts_at": t0.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def fixed_run(f: Fam, c: Cust, t0: datetime, problem: str) -> dict[str, Any]:
    cs = f.case()
    ch = f.rng.choice(("web", "email", "chat"))
    pid = f.complaint(c, t0, ch, problem)
    f.reply(
        c,
        t0 + timedelta(minutes=f.rng.randint(5, 40)),
        w.CASE_OPENED,
        cs,
        "chat" if ch == "chat" else "email",
    )
    ft = day_ok(t0 + timedelta(hours=f.rng.uniform(3, 20)))
    f.reply(c, ft, w.GOOD_NEWS, cs)
    ct = day_ok(ft + timedelta(hours=f.rng.uniform(8, 30)))
    cid = f.add(
        c,
        ct,
        "email",
        "message",
        f.rng.choice(w.CONFIRMED[c.lang]).replace("CASE", cs),
        subject=w.SUBJ_CASE[c.lang] + cs,
    )
    return {
        "problem": problem,
        "booking": cs,
        "raised_at": t0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "fixed_at": ft.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "confirmed_at": ct.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "problem_event_ids": [pid],
        "confirm_event_id": cid,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 11, tzinfo=UTC),
        10,
        3,
        "repeat contacts and look-alikes",
    )
    tol_r = tuple(ALL_TOL)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", f.lang(), ("repeat_contact",), tol_r)
        f.happy_days(c, f.rng.randint(1, 3), [0], h0=7, h1=12)
        info = repeat_run(
            f,
            c,
            f.at(f.rng.randint(1, 4), 8, 19),
            2 + i % 3,
            f.rng.choice(PROBS),
            i % 2 == 0,
            w.COMPETITORS[i % 2],
        )
        f.customers[c.key] |= info
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", f.lang(), (), ("silence",))
        f.happy_days(c, 1, [0])
        f.customers[c.key] |= {
            "problems": [fixed_run(f, c, f.at(f.rng.randint(1, 4), 8, 18), f.rng.choice(PROBS))]
        }
    for _ in range(3):
        c = f.person("different_problems", "two problems", f.lang(), (), ("silence",))
        a, b = f.rng.sample(PROBS, 2)
        p1 = fixed_run(f, c, f.at(1, 8, 16), a)
        p2 = fixed_run(f, c, f.at(f.rng.randint(5, 6), 8, 16), b)
        f.customers[c.key] |= {"problems": [p1, p2]}
    for _ in range(7):
        c = f.person("happy", "frequent writer", f.lang())
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    return f


def slide(f: Fam, c: Cust, d0: int, span: int) -> dict[str, Any]:
    ids = []
    t = f.at(d0, 9, 12)
    comp = f.rng.choice(w.COMPETITORS)
    for k, text in enumerate(w.SLIDE[c.lang]):
        if k:
            t = day_ok(max(t + timedelta(hours=1), f.at(d0 + round(k * span / 5), 9, 20)))
        ch = f.rng.choice(("social", "community", "web"))
        txt = text.replace("COMP", comp)
        if ch == "web":
            ids.append(
                f.add(c, t, "web", "review", txt, rating=str((3, 3, 2, 2, 1, 1)[k]), page="/review")
            )
        else:
            ids.append(f.add(c, t, ch, "post", txt))
    return {
        "slide_event_ids": ids,
        "slide_days": span,
        "competitor": comp,
        "trouble_starts_at": f.rows[-6].t.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        datetime(2026, 6, 8, tzinfo=UTC),
        32,
        4,
        "slow churners and look-alikes",
    )
    for i in range(10):
        detr = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            f.lang(),
            ("sentiment_drop", "detractor") if detr else ("sentiment_drop",),
            (
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        for d in f.rng.sample(range(11), f.rng.randint(4, 5)):
            f.add(
                c,
                f.at(d, 8, 20),
                f.rng.choice(("social", "community")),
                "post",
                f.rng.choice(w.PRAISE[c.lang] + w.AGAIN[c.lang]),
            )
        f.happy_days(c, f.rng.randint(2, 4), list(range(11)))
        info = slide(f, c, f.rng.randint(12, 16), (3, 5, 5, 5, 5, 5, 9, 9, 9, 9)[i])
        if detr:
            st = next(r for r in f.rows if r.eid == info["slide_event_ids"][3]).t
            nps = f.rng.randint(1, 5)
            info |= {
                "nps_given": True,
                "nps": nps,
                "survey_event_id": f.survey(
                    c, day_ok(st + timedelta(hours=f.rng.uniform(2.5, 3.5))), nps=nps
                ),
            }
        f.customers[c.key] |= info
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            f.lang(),
            ("churn_intent",),
            ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)))
        t = f.at(f.rng.randint(17, 23), 8, 18)
        ci = f.add(c, t, "email", "message", w.CANCEL[c.lang])
        f.add(
            c,
            day_ok(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            w.SORRY_GO[c.lang],
            "outbound",
            agent="agent",
        )
        ct = day_ok(t + timedelta(hours=f.rng.uniform(20, 30)))
        cc = f.add(
            c, ct, "web", "cancellation", None, page="/membership/cancel", product="Saunvelo Plus"
        )
        f.customers[c.key] |= {
            "churn_intent_event_id": ci,
            "cancellation_event_id": cc,
            "churn_at": ct.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    for _ in range(6):
        c = f.person("happy", "steady", f.lang())
        f.happy_days(c, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", f.lang(), (), ("repeat_contact", "silence"))
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(("social", "community", "web"))
            ids.append(
                f.add(
                    c,
                    f.at(d, 8, 20),
                    ch,
                    "post" if ch != "web" else "ticket",
                    f.rng.choice(w.GRUMBLES[c.lang]),
                )
            )
            d += f.rng.randint(1, 3)
        f.customers[c.key] |= {
            "grumble_event_ids": ids,
            "trouble_starts_at": f.rows[-len(ids)].t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", f.lang(), (), ("silence",))
        f.happy_days(c, f.rng.randint(3, 5), list(range(16)))
        f.customers[c.key]["sarcasm_event_id"] = f.add(
            c, f.at(f.rng.randint(17, 28), 9, 20), "social", "post", w.SARCASM[c.lang]
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        5,
        "a calm weekend with night-owl bursts, no spike",
    )
    for _ in range(16):
        c = f.person("happy", "day writer", f.lang())
        f.happy_days(c, f.rng.randint(1, 3), [0, 1, 2], h0=7, h1=17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", f.lang(), (), ("silence",))
        t = f.at(f.rng.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", None, page="/depots")
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            g = f.add(c, t2, "chat", "chat", w.MILD[c.lang])
            f.add(
                c,
                t2 + timedelta(minutes=3),
                "chat",
                "chat",
                w.ACK_FORM[c.lang],
                "outbound",
                agent="agent",
            )
        else:
            g = f.add(c, t2, "web", "ticket", w.MILD[c.lang], page="/help/contact")
            f.add(
                c,
                t2 + timedelta(minutes=15),
                "email",
                "message",
                w.ACK_FORM[c.lang],
                "outbound",
                agent="agent",
            )
        f.customers[c.key] |= {
            "grumble_event_id": g,
            "trouble_starts_at": t2.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    n = 0
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for burst, off in enumerate((0, f.rng.randint(28, 33), f.rng.randint(55, 65))):
            for _ in range(4):
                n += 1
                c = f.person("night_owl", f"night {night + 1}, burst {burst + 1}", f.lang())
                t = b0 + timedelta(minutes=off + f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "social", "post", f.rng.choice(w.NIGHT_POSTS[c.lang]))
                else:
                    e = f.add(c, t, "chat", "chat", w.NIGHT_QUESTIONS[c.lang])
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        w.NIGHT_ANSWERS[c.lang],
                        "outbound",
                        agent="agent",
                    )
                    f.add(
                        c, t + timedelta(minutes=8), "chat", "chat", f.rng.choice(w.THANKS[c.lang])
                    )
                f.customers[c.key] |= {
                    "burst_at": b0.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "night_event_id": e,
                }
                if n % 2 == 0 and night < 2:
                    f.happy_act(c, f.at(night + 1, 9, 17.5))
    return f


PAIRS = (
    ("fr", "de"),
    ("de", "fr"),
    ("fr", "en"),
    ("de", "en"),
    ("fr", "it"),
    ("de", "it"),
    ("fr", "es"),
    ("de", "pt"),
    ("en", "fr"),
    ("it", "de"),
    ("pt", "fr"),
    ("es", "de"),
)


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        6,
        "customers writing in two languages",
    )
    k = 0

    def pair() -> tuple[str, str]:
        nonlocal k
        k += 1
        return PAIRS[(k * 5) % len(PAIRS)]

    def alt(c: Cust, langs: tuple[str, str], i: int) -> None:
        c.lang = langs[i % 2]

    for _ in range(12):
        p = pair()
        c = f.person("happy", "alternates languages", p[0], languages=list(p))
        for i, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            alt(c, p, i)
            f.happy_act(c, f.at(d, 8, 19))
    for i in range(5):
        p = pair()
        c = f.person(
            "repeat_contact",
            "repeats",
            p[0],
            ("repeat_contact",),
            tuple(ALL_TOL),
            languages=list(p),
        )
        f.happy_days(c, f.rng.randint(1, 3), [0, 1])
        times = (2, 2, 3, 3, 4)[i]
        c.lang = p[i % 2]
        f.customers[c.key] |= repeat_run(
            f,
            c,
            f.at(f.rng.randint(2, 5), 8, 18),
            times,
            f.rng.choice(PROBS),
            times >= 3,
            w.COMPETITORS[i % 2],
        )
    for _ in range(5):
        p = pair()
        c = f.person(
            "slow_churner",
            "slides",
            p[0],
            ("sentiment_drop",),
            (
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
            languages=list(p),
        )
        for i, d in enumerate(range(6)):
            alt(c, p, i)
            f.add(c, f.at(d, 8, 20), "social", "post", f.rng.choice(w.PRAISE[c.lang]))
        f.happy_days(c, f.rng.randint(1, 3), list(range(6)))
        c.lang = p[1]
        f.customers[c.key] |= slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5))
    for i in range(3):
        p = pair()
        c = f.person(
            "happy_one_bad_day",
            "one bad day",
            p[0],
            (),
            ("silence",),
            languages=list(p),
            bad_day_language=p[1],
        )
        f.happy_days(c, 3, [0, 1, 2, 9, 10, 11])
        c.lang = p[1]
        t = f.at(6, 9, 17)
        e = f.complaint(c, t, "chat" if i == 2 else "email", PROBS[i], long=i == 0)
        cs = f.case()
        f.reply(c, t + timedelta(minutes=20), w.CASE_OPENED, cs, "chat" if i == 2 else "email")
        info: dict[str, Any] = {
            "bad_day_event_id": e,
            "booking": cs,
            "bad_day_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "long_email": i == 0,
        }
        if i < 2:
            f.reply(c, t + timedelta(hours=3), w.GOOD_NEWS, cs)
        if i == 1:
            info["apology_event_id"] = f.add(
                c, t + timedelta(hours=20), "chat", "chat", f.rng.choice(w.APOLOGY[c.lang])
            )
        f.customers[c.key] |= info
    for _ in range(2):
        p = pair()
        c = f.person(
            "resolved_between_contacts",
            "fixed",
            p[0],
            (),
            ("silence",),
            languages=list(p),
            confirm_language=p[1],
        )
        f.happy_days(c, 2, [0, 1, 12, 13])
        t0 = f.at(4, 9, 16)
        cs = f.case()
        pid = f.complaint(c, t0, "web", PROBS[3])
        f.reply(c, t0 + timedelta(minutes=25), w.CASE_OPENED, cs)
        ft = day_ok(t0 + timedelta(hours=6))
        f.reply(c, ft, w.GOOD_NEWS, cs)
        c.lang = p[1]
        cid = f.add(
            c,
            day_ok(ft + timedelta(hours=18)),
            "email",
            "message",
            f.rng.choice(w.CONFIRMED[c.lang]).replace("CASE", cs),
        )
        f.customers[c.key] |= {
            "problems": [{"booking": cs, "problem_event_ids": [pid], "confirm_event_id": cid}]
        }
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", datetime(2026, 10, 5, tzinfo=UTC), 14, 7, "company accounts")
    plan = (
        [
            ("at_risk", 3, "portal"),
            ("at_risk", 3, "invoice"),
            ("at_risk", 3, "service_blocked"),
            ("at_risk", 4, "invoice"),
            ("at_risk", 4, "overbilled"),
        ]
        + [("one_unhappy", 1, p) for p in ("service_blocked", "overbilled", "portal", "invoice")]
        + [("mild", 2, "")] * 3
        + [("happy", 0, "")] * 3
    )
    langs = (
        "de",
        "fr",
        "de",
        "fr",
        "de",
        "fr",
        "de",
        "es",
        "it",
        "de",
        "fr",
        "en",
        "pt",
        "de",
        "fr",
    )
    weekdays = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]
    for n, ((kind, unhappy, prob), lang) in enumerate(zip(plan, langs, strict=True)):
        acc = f.unique(lambda: f"SVP-{f.rng.randint(1000, 9999)}")
        country = MARKETS[lang][0]
        size = max(unhappy + 1, f.rng.randint(3, 5))
        contacts: list[Cust] = []
        comp_keys: list[str] = []
        for i in range(size):
            if kind == "at_risk" and i < unhappy:
                last = i == unhappy - 1
                exp = ("repeat_contact",) if last else ("detractor",)
                tol = (
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                )
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang,
                    exp,
                    tol,
                    account=acc,
                    country=country,
                    role="complainer",
                    company=f"Spa {acc}",
                )
                comp_keys.append(c.key)
            elif kind == "one_unhappy" and i == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang,
                    ("detractor",),
                    ("sentiment_drop", "high_value_at_risk", "silence"),
                    account=acc,
                    country=country,
                    role="complainer",
                )
                comp_keys.append(c.key)
            elif kind == "mild" and i < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang,
                    (),
                    ("silence",),
                    account=acc,
                    country=country,
                    role="suggests",
                )
            else:
                c = f.person(
                    "b2b_happy", "contact", lang, account=acc, country=country, role="contact"
                )
            contacts.append(c)
        t0 = f.at(2, 8, 10)
        cs = f.case()
        first_name = contacts[0].name.split()[0]
        for i, c in enumerate(contacts):
            role = f.customers[c.key]["role"]
            if role == "contact":
                for d in f.rng.sample(weekdays, f.rng.randint(2, 4)):
                    f.happy_act(c, f.at(d, 8, 16.5), b2b=True)
                if f.rng.random() < 0.5:
                    f.survey(c, f.at(f.rng.choice(weekdays), 9, 16), nps=f.rng.randint(9, 10))
                continue
            f.happy_act(c, f.at(f.rng.randint(0, 1), 8, 16.5), b2b=True)
            if role == "suggests":
                t = f.at(f.rng.randint(3, 8), 8, 16)
                if t.weekday() >= 5:
                    t += timedelta(days=2)
                e = f.add(c, t, "web", "ticket", w.B2B_SUGGEST[lang], page="/portal/feedback")
                f.add(
                    c,
                    t + timedelta(minutes=30),
                    "email",
                    "message",
                    w.ACK_FORM[lang],
                    "outbound",
                    agent="agent",
                )
                f.customers[c.key] |= {
                    "mild_event_id": e,
                    "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                }
                continue
            problem = w.B2B_PROBLEMS[lang][prob]
            if kind == "one_unhappy":
                t = f.at(f.rng.randint(3, 4), 8, 16)
                e = f.add(c, t, "email", "message", problem, subject=w.SUBJ_COMPLAINT[lang] + prob)
                f.reply(c, t + timedelta(minutes=30), w.CASE_OPENED, cs)
                nps = f.rng.randint(1, 5)
                s = f.survey(c, t + timedelta(hours=2), nps=nps)
                f.customers[c.key] |= {
                    "complaint_event_ids": [e],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": s,
                    "problem": prob,
                    "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                }
                continue
            t = t0 + timedelta(hours=i * 22 + f.rng.randint(0, 4))
            while t.weekday() >= 5 or not 8 <= t.hour < 17:
                t = (
                    (t + timedelta(days=1)).replace(hour=8)
                    if t.hour >= 17 or t.weekday() >= 5
                    else t.replace(hour=8)
                )
            if i == 0:
                e = f.add(c, t, "email", "message", problem, subject=w.SUBJ_COMPLAINT[lang] + prob)
                f.reply(c, t + timedelta(minutes=40), w.CASE_OPENED, cs)
            else:
                text = (
                    w.B2B_LATER[lang]
                    .replace("FIRST", first_name)
                    .replace("DAY", w.WEEKDAY[lang][t0.weekday()])
                    .replace("CASE", cs)
                    .replace("PROBLEM", problem)
                )
                e = f.add(c, t, "email", "message", text, subject=w.SUBJ_CASE[lang] + cs)
            ids = [e]
            info: dict[str, Any] = {
                "problem": prob,
                "booking": cs,
                "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
            if i < unhappy - 1:
                nps = f.rng.randint(1, 5)
                info |= {
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": f.survey(
                        c, t + timedelta(hours=f.rng.uniform(1, 3)), nps=nps
                    ),
                }
            else:
                t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                while t2.weekday() >= 5 or not 8 <= t2.hour < 17:
                    t2 = (
                        (t2 + timedelta(days=1)).replace(hour=9)
                        if t2.hour >= 17 or t2.weekday() >= 5
                        else t2.replace(hour=9)
                    )
                ids.append(f.add(c, t2, "phone", "call", w.B2B_LAST[lang].replace("CASE", cs)))
            info["complaint_event_ids"] = ids
            f.customers[c.key] |= info
        f.accounts[acc] = {
            "company": f"Spa {acc}",
            "site": ("hotel", "gym", "spa", "campsite", "clinic")[n % 5],
            "contacts": size,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy if kind in ("at_risk", "one_unhappy") else 0,
            "unhappy_contact_keys": comp_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": f.customers[comp_keys[0]]["trouble_starts_at"]
            if kind == "at_risk"
            else None,
            "language": lang,
            "country": country,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        8,
        "a calm week and one planted incident",
    )
    for _ in range(40):
        c = f.person("happy", "day writer", f.lang())
        for d in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy_act(c, f.at(d, 12, 19) if d == 5 else f.at(d, 8, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", f.lang(), (), ("silence",))
        t = f.at(0, 9, 16)
        g = f.add(c, t, "chat", "chat", w.MILD[c.lang])
        f.add(
            c,
            t + timedelta(minutes=4),
            "chat",
            "chat",
            w.ACK_FORM[c.lang],
            "outbound",
            agent="agent",
        )
        f.customers[c.key] |= {
            "grumble_event_id": g,
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    for lang, hour in (("fr", 9.5), ("de", 16.1)):
        c = f.person("grumbles_once", "lone question", lang, (), ("silence",))
        t = f.start + timedelta(days=4, hours=hour)
        g = f.add(c, t, "chat", "chat", w.LONE_QUESTION[lang])
        f.add(
            c,
            t + timedelta(minutes=5),
            "chat",
            "chat",
            w.LONE_ANSWER[lang],
            "outbound",
            agent="agent",
        )
        f.customers[c.key] |= {
            "lone_report_event_id": g,
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    s0 = f.start + timedelta(days=5, hours=7, minutes=50)
    langs = ["fr"] * 6 + ["de"] * 6 + ["en", "en", "it", "it", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    keys, events, repeats = [], [], []
    for i in range(20):
        lang = langs[(i * 7) % 20]
        regular = i < 12
        rep = i in (0, 2, 4, 6, 8, 10)
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang,
            ("repeat_contact",) if rep else (),
            ("silence", "sentiment_drop") if rep else ("silence",),
            in_spike=True,
            regular=regular,
        )
        if regular:
            f.happy_act(c, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.rng.choice(w.SPIKE_REPORTS[lang])
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(c, t, ch, kind, text)
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=2),
                "chat",
                "chat",
                w.SPIKE_CHAT_ANSWER[lang],
                "outbound",
                agent="agent",
            )
        info: dict[str, Any] = {
            "spike_event_id": e,
            "spike_channel": ch,
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if rep:
            ch2 = ("email", "chat", "community")[(i // 2) % 3]
            if ch2 == ch:
                ch2 = "email" if ch != "email" else "chat"
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(10, 60)),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                w.SPIKE_REPEAT[lang],
            )
            info["repeat_event_id"] = r
            repeats.append(r)
        elif i in (13, 15, 17, 19, 12, 14):
            f.add(
                c,
                s0 + timedelta(hours=3, minutes=20 + i % 9),
                "email",
                "message",
                w.SPIKE_FIXED[lang],
                "outbound",
                agent="agent",
            )
            info["agent_fixed"] = True
        f.customers[c.key] |= info
        keys.append(c.key)
        events.append(e)
    f.spike = {
        "topic": w.SPIKE_TOPIC,
        "about": "the planted incident of this set (see README)",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": events,
        "repeat_event_ids": repeats,
    }
    return f


FAMILIES = (
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    bilingual,
    b2b_accounts,
    topic_spike,
)


def main() -> None:
    for build in FAMILIES:
        build().write()


if __name__ == "__main__":
    main()
