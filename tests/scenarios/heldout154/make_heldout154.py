"""Generate tests/scenarios/heldout154/ (report only, written blind). Standard library only."""

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

import wording154 as W  # noqa: E402
import wording_spike154 as S  # noqa: E402

SEED = 20261108
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
MARKETS = {
    "pt": ["PT"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "it": ["IT"],
    "es": ["ES"],
}
PHONE = {
    "PT": ("+351", "9", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "7", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "IT": ("+39", "3", 9),
    "ES": ("+34", "6", 8),
}
FIRST = {
    "pt": ["Ana", "Joao", "Rita", "Tiago", "Ines", "Miguel", "Beatriz", "Rui", "Marta", "Pedro"],
    "de": [
        "Jonas",
        "Katrin",
        "Lukas",
        "Sabine",
        "Felix",
        "Anja",
        "Moritz",
        "Julia",
        "Tobias",
        "Heike",
    ],
    "en": ["Oliver", "Sophie", "Liam", "Grace", "Conor", "Emma"],
    "fr": ["Camille", "Hugo", "Léa", "Julien", "Manon"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara"],
    "es": ["Lucía", "Pablo", "Carmen", "Javier", "Elena"],
}
LAST = {
    "pt": ["Silva", "Ferreira", "Costa", "Almeida", "Sousa", "Carvalho", "Pinto", "Ramos"],
    "de": ["Weber", "Krüger", "Hofmann", "Schulz", "Wagner", "Vogel", "Brandt", "Lorenz"],
    "en": ["Walsh", "Turner", "Byrne", "Hughes", "Price"],
    "fr": ["Moreau", "Girard", "Lefèvre", "Roux"],
    "it": ["Ricci", "Greco", "Conti", "Bruno"],
    "es": ["Navarro", "Ortega", "Iglesias", "Molina"],
}
SOURCE = {
    "email": "cornisola-mail",
    "phone": "cornisola-voice",
    "social": "cornisola-social",
    "community": "cornisola-forum",
    "chat": "cornisola-chat",
    "web": "cornisola-web",
    "survey": "cornisola-survey",
}
AGENTS = ["Filipa", "Stefan", "Nora", "Aurélie", "Davide", "Marisa"]
USED: set[str] = set()
CASES: set[str] = set()


def strip_accents(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    keep = {"ß", "ñ"}
    out = []
    for ch in text:
        if ch in keep:
            out.append(ch)
        else:
            out.append(
                "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            )
    return "".join(out)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


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
    seen: bool = False


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    planted: dict[str, int]
    rows: list[dict[str, Any]] = field(default_factory=list)
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    count: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def uniq(self, value: str) -> str:
        if value in USED:
            raise SystemExit(f"identifier reused: {value}")
        USED.add(value)
        return value

    def case(self) -> str:
        while True:
            ref = f"CN-{self.rng.randint(100000, 999999)}"
            if ref not in CASES:
                CASES.add(ref)
                return ref

    def lang(self) -> str:
        return str(self.rng.choices(W.LANGS, weights=[30, 30, 10, 10, 10, 10])[0])

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        exp: list[str],
        tol: list[str],
        account: str | None = None,
        market: str | None = None,
        domain: str | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        market = market or rng.choice(MARKETS[lang])
        first = rng.choice(FIRST[lang])
        last = rng.choice(LAST[lang])
        num = len(USED) + rng.randint(1, 9)
        key = self.uniq(f"CN{self.code}{rng.randint(1000, 9999)}{num % 10}")
        base = strip_accents(f"{first}.{last}").lower()
        email = self.uniq(
            f"{base}{num}@{domain or rng.choice(['mail', 'posteo', 'correo', 'caixa'])}.example"
        )
        cc, pre, length = PHONE[market]
        phone = self.uniq(
            cc + pre + "".join(str(rng.randint(0, 9)) for _ in range(length - len(pre) + 1))
        )
        handle = (
            None
            if account
            else self.uniq(f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{num}")
        )
        c = Cust(key, lang, market, f"{first} {last}", email, phone, handle, account)
        if set(exp) & set(tol):
            raise SystemExit(f"{key}: rule both expected and tolerated")
        self.customers[key] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(exp),
            "tolerated_rules": sorted(tol),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": c.name,
        } | extra
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        subject: str | None = None,
    ) -> str:
        if t < self.start or t >= LIMIT:
            raise SystemExit(f"{self.name}: time out of window {t}")
        self.count += 1
        eid = f"cn154-{self.code.lower()}-{self.count:05d}"
        full = direction == "outbound" or not c.seen
        ref: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            ref |= {"customer_id": c.key, "email": c.email, "phone": c.phone, "handle": c.handle}
        elif channel == "phone":
            ref["phone"] = c.phone
        elif channel in ("social", "community"):
            if c.handle:
                ref["handle"] = c.handle if self.rough.random() > 0.2 else c.handle.lstrip("@")
            else:
                ref["email"] = c.email
        elif channel == "email":
            ref["email"] = c.email.upper() if self.rough.random() < 0.08 else c.email
        else:
            ref["customer_id"] = c.key
        if direction == "inbound":
            c.seen = True
        if text is not None:
            text = text.replace("{b}", W.BRAND)
            if direction == "inbound" and channel not in ("phone", "survey"):
                text = self.roughen(text)
            if channel == "social" and direction == "inbound" and not c.account:
                text = (
                    text.replace(W.BRAND, "@" + W.BRAND, 1)
                    if W.BRAND in text
                    else "@Cornisola " + text
                )
        at = {"market": c.market} | (attrs or {})
        if c.account:
            at["segment"] = "b2b"
        if direction == "outbound":
            at["agent"] = self.rng.choice(AGENTS)
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": direction,
                "customer": ref,
                "text": text,
                "subject": subject,
                "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
                "source": SOURCE[channel],
                "attributes": at,
            }
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.12 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 0.14:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def at(self, day: int, h0: float = 7, h1: float = 21) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=day, minutes=minutes)

    def mins(self, t: datetime, a: int, b: int) -> datetime:
        return t + timedelta(minutes=self.rng.randint(a, b))

    def happy(
        self,
        c: Cust,
        t: datetime,
        allow: tuple[str, ...] = ("praise", "gripe", "question", "buy", "view", "review"),
    ) -> list[str]:
        kind = self.rng.choice(allow)
        lang = c.lang
        if kind == "praise":
            ch = self.rng.choice(["social", "community"])
            return [
                self.add(
                    c,
                    t,
                    ch,
                    "post" if ch == "community" else "mention",
                    self.rng.choice(W.PRAISE[lang]),
                )
            ]
        if kind == "gripe":
            return [
                self.add(
                    c,
                    t,
                    "web",
                    "review",
                    W.PRAISE_GRIPE[lang][0],
                    attrs={"rating": "4", "page": "/reviews"},
                )
            ]
        if kind == "question":
            q, a = self.rng.choice(W.QUESTION[lang])
            ids = [self.add(c, t, "chat", "chat", q)]
            t2 = self.mins(t, 1, 6)
            ids.append(self.add(c, t2, "chat", "chat", a, direction="outbound"))
            if self.rng.random() < 0.6:
                ids.append(self.add(c, self.mins(t2, 1, 4), "chat", "chat", W.THANKS[lang]))
            return ids
        prod, price = self.rng.choice(W.PRODUCTS)
        if kind == "buy":
            ids = [self.add(c, t, "web", "page_view", None, attrs={"page": "/frames/custom"})]
            ids.append(
                self.add(
                    c,
                    self.mins(t, 3, 15),
                    "web",
                    "purchase",
                    None,
                    attrs={
                        "order_value": price,
                        "currency": "CHF"
                        if c.market == "CH"
                        else "GBP"
                        if c.market == "UK"
                        else "EUR",
                        "product": prod,
                        "page": "/checkout",
                    },
                )
            )
            return ids
        if kind == "view":
            return [
                self.add(
                    c,
                    t,
                    "web",
                    "page_view",
                    None,
                    attrs={
                        "page": self.rng.choice(["/frames/oak", "/mounts", "/glass", "/stores"])
                    },
                )
            ]
        return [
            self.add(
                c,
                t,
                "web",
                "review",
                self.rng.choice(W.PRAISE[lang]),
                attrs={"rating": "5", "page": "/reviews"},
            )
        ]

    def survey_good(self, c: Cust, t: datetime) -> str:
        kind = self.rng.choice(["nps", "csat", "ces"])
        val = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[kind]
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            self.rng.choice([None, "👍", "top", "ok"]),
            scores={kind: val},
            attrs={"survey": kind},
        )

    def day_writer(self, c: Cust, days: list[int], n: int) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(c, self.at(d, 7, 19))

    def write(self) -> None:
        got: dict[str, int] = {}
        for cust in self.customers.values():
            for rule in cust["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        if got != self.planted:
            raise SystemExit(f"{self.name}: expected {got} != planted {self.planted}")
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        keys = {r["customer"]["customer_id"] for r in self.rows}
        for k in self.customers:
            if k not in keys:
                raise SystemExit(f"{k} has no touchpoint")
        last = datetime.fromisoformat(self.rows[-1]["occurred_at"].replace("Z", "+00:00"))
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit("end out of window")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Cornisola (picture framing, shops and online; Cornisola Pro for companies)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": dict(sorted(got.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in self.rows), "utf-8"
        )
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def night(t: datetime) -> datetime:
    if t.hour >= 22:
        return t.replace(hour=8, minute=t.minute % 60) + timedelta(days=1)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def complaint(
    f: Fam, c: Cust, t: datetime, channel: str, text: str, subject: str | None = None
) -> str:
    kind = {
        "email": "message",
        "chat": "chat",
        "phone": "call",
        "web": "ticket",
        "social": "mention",
        "community": "post",
    }[channel]
    return f.add(c, t, channel, kind, text, subject=subject)


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
TOL_CANCEL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_B2B = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers", "HW", 1, datetime(2026, 3, 16, tzinfo=UTC), 10, "happy writers only", {}
    )
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer", [], [])
        f.day_writer(c, list(range(10)), f.rng.randint(5, 8))
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer", [], [])
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 390))
            f.add(
                c, t, f.rng.choice(["social", "community"]), "post", f.rng.choice(W.NIGHT[c.lang])
            )
        f.day_writer(c, list(range(10)), f.rng.randint(2, 3))
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys", [], [])
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.survey_good(c, f.at(d, 8, 19))
    return f


def bad_day(
    f: Fam, c: Cust, t: datetime, channel: str, problem: str, long_mail: bool
) -> dict[str, Any]:
    lang = c.lang
    p = W.PROBLEMS[problem][lang]
    amt = f.rng.choice(["64", "89", "112", "149"])
    text = (
        W.LONG_LETTER[lang].replace("{p}", p)
        if long_mail
        else f.rng.choice(W.BAD_DAY[lang]).replace("{p}", p).replace("{amt}", amt)
    )
    if channel == "phone":
        text = strip_accents(text.lower()).replace(".", "").replace(",", "").replace(":", "")
    eid = complaint(
        f,
        c,
        t,
        channel,
        text,
        subject="Reclamação" if channel == "email" and lang == "pt" else None,
    )
    info: dict[str, Any] = {
        "problem": problem,
        "bad_day_at": iso(t),
        "bad_day_event_id": eid,
        "trouble_starts_at": iso(t),
        "channel": channel,
        "long_email": long_mail,
    }
    ref = None
    if channel != "social":
        ref = f.case()
        f.add(
            c,
            f.mins(t, 2, 6) if channel == "chat" else night(f.mins(t, 10, 40)),
            "chat" if channel == "chat" else "email",
            "chat" if channel == "chat" else "message",
            W.CASE_OPENED[lang].replace("{case}", ref),
            direction="outbound",
        )
    info["booking"] = ref
    return info


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "one bad day among happy customers",
        {"detractor": 6},
    )
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = list(W.PROBLEMS) * 4
    f.rng.shuffle(problems)
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    detr = set(f.rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in detr]
    csat = set(f.rng.sample(rest, 5))
    good = set(f.rng.sample(with_case, 12))
    apol = set(f.rng.sample(sorted(good), 5))
    for i, ch in enumerate(channels):
        lang = ("pt" if i < 2 else "de") if ch == "long" else f.lang()
        persona = "bad_day_detractor" if i in detr else "happy_one_bad_day"
        c = f.person(lang, persona, "one bad day", ["detractor"] if i in detr else [], ["silence"])
        bd = f.rng.randint(2, 9)
        t = f.at(bd, 8, 20)
        info = bad_day(f, c, t, "email" if ch == "long" else ch, problems[i], ch == "long")
        if i in detr:
            nps = f.rng.randint(1, 5)
            info |= {
                "nps_given": True,
                "nps": nps,
                "survey_event_id": f.add(
                    c,
                    f.mins(t, 100, 140),
                    "survey",
                    "survey_response",
                    f.rng.choice([None, "mau", "schlecht", "no"]),
                    scores={"nps": nps},
                    attrs={"survey": "nps"},
                ),
            }
        elif i in csat:
            v = f.rng.randint(1, 2)
            info |= {
                "csat_given": True,
                "csat": v,
                "survey_event_id": f.add(
                    c,
                    f.mins(t, 40, 80),
                    "survey",
                    "survey_response",
                    None,
                    scores={"csat": v},
                    attrs={"survey": "csat"},
                ),
            }
        if i in good:
            tg = night(f.mins(t, 60, 240))
            f.add(
                c,
                tg,
                "email",
                "message",
                W.GOOD_NEWS[c.lang].replace("{case}", info["booking"]),
                direction="outbound",
            )
            info["agent_fixed"] = True
            if i in apol:
                ta = night(f.mins(t, 16 * 60, 24 * 60))
                info |= {
                    "apologised": True,
                    "apology_at": iso(ta),
                    "apology_event_id": f.add(c, ta, "chat", "chat", W.APOLOGY[c.lang]),
                }
        f.customers[c.key] |= info
        for d in range(12):
            if (d <= bd - 2 or d >= bd + 3) and f.rng.random() < 0.45:
                f.happy(c, f.at(d, 7, 19))
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control", [], [])
        f.day_writer(c, list(range(12)), f.rng.randint(4, 7))
    return f


def repeat_run(f: Fam, c: Cust, d0: int, times: int, passed_on: bool) -> None:
    lang = c.lang
    problem = f.rng.choice(list(W.PROBLEMS))
    p = W.PROBLEMS[problem][lang]
    chans = ["web", "email", "chat", "phone", "social"]
    first_ch = f.rng.choice(["web", "email", "chat"])
    order = [first_ch, *f.rng.sample([x for x in chans if x != first_ch], times - 1)]
    ref = f.case()
    t = f.at(d0, 8, 19)
    t0 = t
    ids = [
        complaint(
            f,
            c,
            t,
            first_ch,
            f.rng.choice(W.BAD_DAY[lang]).replace("{p}", p).replace("{amt}", "89"),
        )
    ]
    if passed_on:
        f.add(
            c,
            f.mins(t, 90, 150),
            "email",
            "message",
            W.CASE_OPENED[lang].replace("{case}", ref) + " (quality lead)",
            direction="outbound",
        )
    else:
        f.add(
            c,
            f.mins(t, 10, 40),
            "email",
            "message",
            W.CASE_OPENED[lang].replace("{case}", ref),
            direction="outbound",
        )
    comp = f.rng.choice(W.COMPETITORS)
    for k in range(1, times):
        t = night(t + timedelta(minutes=f.rng.randint(4 * 60, 40 * 60)))
        text = (
            W.REPEAT[lang][min(k - 1, 2)]
            .replace("{case}", ref)
            .replace("{p}", p)
            .replace("{comp}", comp)
        )
        if order[k] == "phone":
            text = strip_accents(text.lower()).replace(".", "").replace(",", "").replace(":", "")
        ids.append(complaint(f, c, t, order[k], text))
        if order[k] == "chat":
            f.add(c, f.mins(t, 1, 5), "chat", "chat", W.URGENT[lang], direction="outbound")
    f.customers[c.key] |= {
        "problem": problem,
        "booking": ref,
        "contacts": times,
        "channels": order,
        "agent_passed_on": passed_on,
        "problem_event_ids": ids,
        "competitor": comp if times >= 3 else None,
        "trouble_starts_at": iso(t0),
    }


def fixed_run(f: Fam, c: Cust, d0: int, lang2: str | None = None) -> dict[str, Any]:
    problem = f.rng.choice(list(W.PROBLEMS))
    t = f.at(d0, 8, 18)
    ref = f.case()
    e1 = complaint(
        f,
        c,
        t,
        "web",
        f.rng.choice(W.BAD_DAY[c.lang])
        .replace("{p}", W.PROBLEMS[problem][c.lang])
        .replace("{amt}", "64"),
    )
    f.add(
        c,
        f.mins(t, 10, 40),
        "email",
        "message",
        W.CASE_OPENED[c.lang].replace("{case}", ref),
        direction="outbound",
    )
    tf = night(f.mins(t, 180, 1200))
    f.add(
        c, tf, "email", "message", W.GOOD_NEWS[c.lang].replace("{case}", ref), direction="outbound"
    )
    tc = night(f.mins(tf, 480, 1800))
    e2 = f.add(
        c,
        tc,
        "email",
        "message",
        W.CONFIRM[lang2 or c.lang].replace("{case}", ref),
        subject=f"RE: {ref}",
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [e1],
        "confirm_event_id": e2,
        "channel": "web",
        "confirm_channel": "email",
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        "repeat contacts, fixed cases and frequent writers",
        {"repeat_contact": 12},
    )
    times = [2] * 4 + [3] * 4 + [4] * 4
    for i, n in enumerate(times):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12))
        repeat_run(f, c, f.rng.randint(1, 4), n, i % 2 == 0)
    for _ in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", [], ["silence"])
        f.happy(c, f.at(0, 7, 12))
        f.customers[c.key]["problems"] = [fixed_run(f, c, f.rng.randint(1, 5))]
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", [], ["silence"])
        d = f.rng.randint(0, 1)
        f.customers[c.key]["problems"] = [
            fixed_run(f, c, d),
            fixed_run(f, c, d + f.rng.randint(4, 5)),
        ]
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer", [], [])
        for d in sorted(f.rng.sample(range(10), f.rng.randint(5, 8))):
            f.happy(c, f.at(d, 7, 19), ("question", "question", "praise", "buy"))
    return f


def slide(f: Fam, c: Cust, d0: int, span: int, nps: bool) -> None:
    comp = f.rng.choice(W.COMPETITORS)
    t = f.at(d0, 8, 19)
    t0 = t
    ids = []
    for k, text in enumerate(W.SLIDE[c.lang]):
        if k:
            t = night(
                t + timedelta(minutes=max(60, int(span * 24 * 60 / 6 * f.rng.uniform(0.6, 1.2))))
            )
        ch = f.rng.choice(["social", "community", "web"])
        rating = ["3", "3", "2", "2", "1", "1"][k]
        ids.append(
            f.add(
                c,
                t,
                ch,
                {"social": "mention", "community": "post", "web": "review"}[ch],
                text.replace("{comp}", comp),
                attrs={"rating": rating, "page": "/reviews"} if ch == "web" else None,
            )
        )
        if k == 3 and nps:
            v = f.rng.randint(1, 5)
            f.customers[c.key] |= {
                "nps_given": True,
                "nps": v,
                "survey_event_id": f.add(
                    c,
                    night(f.mins(t, 150, 210)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": v},
                    attrs={"survey": "nps"},
                ),
            }
    f.customers[c.key] |= {
        "slide_event_ids": ids,
        "slide_days": span,
        "competitor": comp,
        "trouble_starts_at": iso(t0),
    }


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        "slow churners, leavers, steady, grumpy, sarcastic",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        nps = i % 2 == 0
        c = f.person(
            f.lang(),
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if nps else []),
            TOL_SLIDE,
        )
        for d in sorted(f.rng.sample(range(11), 5)):
            f.add(
                c,
                f.at(d, 8, 19),
                f.rng.choice(["social", "community"]),
                "post",
                f.rng.choice(W.PRAISE[c.lang]),
            )
        for _ in range(f.rng.randint(2, 4)):
            f.happy(c, f.at(f.rng.randint(0, 10), 8, 19), ("buy", "view", "question"))
        slide(f, c, f.rng.randint(12, 16), spans[i], nps)
    for _ in range(5):
        c = f.person(f.lang(), "slow_churner", "asks to cancel", ["churn_intent"], TOL_CANCEL)
        for _ in range(f.rng.randint(4, 6)):
            f.happy(c, f.at(f.rng.randint(0, 15), 8, 19))
        t = f.at(f.rng.randint(17, 23), 8, 19)
        e1 = f.add(c, t, "email", "message", W.CANCEL[c.lang], subject="Cornisola Club")
        f.add(
            c,
            night(f.mins(t, 60, 300)),
            "email",
            "message",
            W.SORRY_GO[c.lang],
            direction="outbound",
        )
        tc = f.mins(t, 1200, 1800)
        e2 = f.add(
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/club", "product": "Cornisola Club"},
        )
        f.customers[c.key] |= {
            "churn_intent_event_id": e1,
            "cancellation_event_id": e2,
            "churn_at": iso(tc),
            "trouble_starts_at": iso(t),
        }
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady", [], [])
        f.day_writer(c, list(range(32)), f.rng.randint(6, 10))
    for _ in range(5):
        c = f.person(f.lang(), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids = []
        for _ in range(f.rng.randint(5, 7)):
            ids.append(
                f.add(
                    c,
                    f.at(d, 8, 20),
                    f.rng.choice(["social", "community"]),
                    "post",
                    f.rng.choice(W.GRUMBLE[c.lang]),
                )
            )
            d += f.rng.randint(1, 3)
        f.customers[c.key] |= {
            "grumble_event_ids": ids,
            "trouble_starts_at": iso(f.start + timedelta(days=d)),
        }
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        f.day_writer(c, list(range(16)), f.rng.randint(3, 5))
        f.customers[c.key]["sarcasm_event_id"] = f.add(
            c, f.at(f.rng.randint(17, 28), 9, 20), "social", "mention", W.SARCASM[c.lang]
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        "a calm weekend with night owls",
        {},
    )
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer", [], [])
        for d in sorted(f.rng.sample(range(3), f.rng.randint(1, 3))):
            f.happy(c, f.at(d, 7, 17.5))
    for i in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(f.rng.randint(0, 2), 8, 16)
        f.add(c, t, "web", "page_view", None, attrs={"page": "/stores"})
        t2 = f.mins(t, 20, 30)
        if i < 2:
            e = f.add(c, t2, "chat", "chat", W.MILD[c.lang])
            f.add(
                c,
                f.mins(t2, 1, 5),
                "chat",
                "chat",
                W.URGENT[c.lang].split(",")[0] + ".",
                direction="outbound",
            )
        else:
            e = f.add(c, t2, "web", "ticket", W.MILD[c.lang], attrs={"page": "/contact"})
            f.add(
                c,
                f.mins(t2, 10, 40),
                "email",
                "message",
                W.THANKS[c.lang] + " — Cornisola",
                direction="outbound",
            )
        f.customers[c.key] |= {"grumble_event_id": e, "trouble_starts_at": iso(t2)}
    for night_n in range(3):
        first = f.start + timedelta(days=night_n + 1, minutes=f.rng.randint(40, 65))
        for burst in range(3):
            bs = first + timedelta(minutes=[0, f.rng.randint(28, 33), f.rng.randint(55, 65)][burst])
            for k in range(4):
                c = f.person(
                    f.lang(), "night_owl", f"night {night_n + 1}, burst {burst + 1}", [], []
                )
                t = bs + timedelta(minutes=f.rng.randint(0, 9))
                if k % 2 == 0:
                    q, a = f.rng.choice(W.QUESTION[c.lang])
                    e = f.add(c, t, "chat", "chat", q)
                    f.add(c, f.mins(t, 1, 5), "chat", "chat", a, direction="outbound")
                    f.add(c, f.mins(t, 7, 10), "chat", "chat", W.THANKS[c.lang])
                else:
                    e = f.add(
                        c,
                        t,
                        f.rng.choice(["social", "community"]),
                        "post",
                        f.rng.choice(W.NIGHT[c.lang]),
                    )
                f.customers[c.key] |= {"burst_at": iso(bs), "night_event_id": e}
                if f.rng.random() < 0.5:
                    f.happy(
                        c, f.at(night_n if night_n < 2 else 2, 9, 17.5), ("buy", "view", "praise")
                    )
    return f


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers who write in two languages",
        {"repeat_contact": 5, "sentiment_drop": 5},
    )
    pairs = [
        ("pt", "de"),
        ("de", "pt"),
        ("pt", "en"),
        ("de", "en"),
        ("de", "fr"),
        ("pt", "es"),
        ("it", "de"),
        ("es", "pt"),
        ("fr", "de"),
        ("en", "pt"),
    ]
    mk = {
        ("pt", "de"): "CH",
        ("de", "pt"): "DE",
        ("pt", "en"): "UK",
        ("de", "en"): "AT",
        ("de", "fr"): "CH",
        ("pt", "es"): "PT",
        ("it", "de"): "CH",
        ("es", "pt"): "ES",
        ("fr", "de"): "BE",
        ("en", "pt"): "IE",
    }

    def mkc(persona: str, habit: str, exp: list[str], tol: list[str], i: int) -> tuple[Cust, Cust]:
        a, b = pairs[i % len(pairs)]
        c = f.person(a, persona, habit, exp, tol, market=mk[(a, b)], languages=[a, b])
        c2 = Cust(c.key, b, c.market, c.name, c.email, c.phone, c.handle, None)
        return c, c2

    def sync(x: Cust, y: Cust) -> None:
        x.seen = y.seen = x.seen or y.seen

    for i in range(12):
        c, c2 = mkc("happy", "alternates languages", [], [], i)
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            who = c if k % 2 == 0 else c2
            sync(c, c2)
            f.happy(who, f.at(d, 7, 19))
            sync(c, c2)
    for i in range(5):
        c, c2 = mkc("repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT, i + 3)
        f.happy(c, f.at(f.rng.randint(0, 1), 7, 12))
        sync(c, c2)
        n = [2, 2, 3, 3, 4][i]
        repeat_run(f, c, f.rng.randint(2, 5), n, n >= 3)
    for i in range(5):
        c, c2 = mkc("slow_churner", "slides", ["sentiment_drop"], TOL_SLIDE, i + 1)
        for k, d in enumerate(range(5)):
            who = c if k % 2 == 0 else c2
            sync(c, c2)
            f.add(who, f.at(d, 8, 19), "community", "post", f.rng.choice(W.PRAISE[who.lang]))
            sync(c, c2)
        f.happy(c2, f.at(6, 8, 19), ("buy", "view"))
        slide(f, c2 if i % 2 else c, f.rng.randint(7, 8), f.rng.randint(3, 5), False)
    for i in range(3):
        c, c2 = mkc("happy_one_bad_day", "one bad day", [], ["silence"], i + 1)
        f.happy(c, f.at(1, 8, 19))
        sync(c, c2)
        t = f.at(f.rng.randint(4, 9), 9, 18)
        info = bad_day(
            f,
            c2,
            t,
            ["email", "email", "chat"][i],
            f.rng.choice(list(W.PROBLEMS)),
            i == 0 and c2.lang == "de",
        )
        f.customers[c.key] |= info | {"bad_day_language": c2.lang}
        f.happy(c, f.at(12, 8, 19))
    for i in range(2):
        c, c2 = mkc("resolved_between_contacts", "fixed", [], ["silence"], i + 5)
        f.customers[c.key]["problems"] = [fixed_run(f, c, f.rng.randint(2, 8), c2.lang)]
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        "Cornisola Pro company accounts",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    )
    plans = (
        [
            ("at_risk", 3, "invoice"),
            ("at_risk", 3, "portal"),
            ("at_risk", 3, "install_missed"),
            ("at_risk", 4, "overbilled"),
            ("at_risk", 4, "invoice"),
        ]
        + [("one_unhappy", 1, p) for p in ["portal", "overbilled", "invoice", "install_missed"]]
        + [("mild", 2, "")] * 3
        + [("happy", 0, "")] * 3
    )
    firms = [
        "Hotel Atlântico",
        "Kanzlei Baumann",
        "Clínica Sorriso",
        "Galerie Nordlicht",
        "Hotel Bergblick",
        "Escritórios Tejo",
        "Praxis am Park",
        "Studio Ferraro",
        "Hôtel des Arts",
        "Coworking Lisboa Sul",
        "Bürohaus Mitte",
        "Grand Hotel Lago",
        "Universidade Nova Ala B",
        "Restaurante Maré",
        "Agentur Weitblick",
    ]
    langs = [
        "pt",
        "de",
        "pt",
        "de",
        "pt",
        "pt",
        "de",
        "it",
        "fr",
        "pt",
        "de",
        "it",
        "pt",
        "es",
        "de",
    ]
    mkts = {"pt": "PT", "de": "DE", "it": "IT", "fr": "FR", "es": "ES"}
    wd = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]
    for a, (kind, unhappy, problem) in enumerate(plans):
        lang = langs[a]
        acc = f.uniq(f"CNP-{mkts[lang]}-{1000 + f.rng.randint(0, 8999)}")
        domain = strip_accents(firms[a]).lower().replace(" ", "").replace("-", "")
        n = unhappy + f.rng.randint(1, 2) if kind == "at_risk" else f.rng.randint(3, 4)
        contacts = []
        complain_keys = []
        ref = f.case() if unhappy else None
        first_name = ""
        t = f.start + timedelta(days=2, hours=8, minutes=f.rng.randint(0, 120))
        trouble = None
        for k in range(n):
            last_one = kind == "at_risk" and k == unhappy - 1
            if k < unhappy and kind == "at_risk":
                persona, exp, tol = (
                    "b2b_unhappy",
                    (["repeat_contact"] if last_one else ["detractor"]),
                    [r for r in TOL_B2B if not (last_one and r == "repeat_contact")],
                )
            elif kind == "mild" and k < 2:
                persona, exp, tol = "b2b_mild", [], ["silence"]
            elif kind == "one_unhappy" and k < unhappy:
                persona, exp, tol = (
                    "b2b_one_unhappy",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                )
            else:
                persona, exp, tol = "b2b_happy", [], []
            c = f.person(
                lang,
                persona,
                "complainer"
                if persona in ("b2b_unhappy", "b2b_one_unhappy")
                else "suggests"
                if persona == "b2b_mild"
                else "contact",
                exp,
                tol,
                account=acc,
                market=mkts[lang],
                domain=domain,
                company=firms[a],
            )
            contacts.append(c.key)
            if persona == "b2b_happy":
                for d in sorted(f.rng.sample(wd, f.rng.randint(2, 4))):
                    t0 = f.at(d, 8, 16.5)
                    r = f.rng.random()
                    if r < 0.4:
                        q, ans = W.B2B_Q[lang]
                        f.add(c, t0, "chat", "chat", q)
                        f.add(c, f.mins(t0, 1, 6), "chat", "chat", ans, direction="outbound")
                    elif r < 0.6:
                        f.add(c, t0, "community", "post", W.B2B_PRAISE[lang])
                    elif r < 0.8:
                        f.survey_good(c, t0)
                    else:
                        f.happy(c, t0, ("buy", "view"))
                continue
            f.happy(c, f.at(f.rng.randint(0, 1), 8, 16), ("view", "buy"))
            if persona == "b2b_mild":
                tm = f.at(f.rng.choice([2, 3, 4, 7, 8, 9]), 8, 16)
                e = f.add(c, tm, "web", "ticket", W.B2B_MILD[lang], attrs={"page": "/pro/contact"})
                f.add(
                    c,
                    f.mins(tm, 20, 90),
                    "email",
                    "message",
                    W.THANKS[lang] + " — Cornisola Pro",
                    direction="outbound",
                )
                f.customers[c.key] |= {
                    "mild_event_id": e,
                    "role": "suggests",
                    "trouble_starts_at": iso(tm),
                }
                continue
            p = W.B2B_PROBLEM[problem][lang]
            if kind == "one_unhappy":
                t = f.at(f.rng.choice([3, 4, 7, 8]), 8, 16)
            elif k:
                t = t + timedelta(hours=f.rng.randint(8, 28))
                if t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
                    t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(5, 55))
                    while t.weekday() >= 5:
                        t += timedelta(days=1)
            if k == 0:
                text = W.B2B_FIRST[lang].replace("{co}", firms[a]).replace("{p}", p)
                first_name = c.name.split()[0]
                trouble = iso(t)
            else:
                text = (
                    W.B2B_LATER[lang]
                    .replace("{first}", first_name)
                    .replace(
                        "{when}",
                        "ontem"
                        if lang == "pt"
                        else "gestern"
                        if lang == "de"
                        else "ieri"
                        if lang == "it"
                        else "hier"
                        if lang == "fr"
                        else "ayer"
                        if lang == "es"
                        else "yesterday",
                    )
                    .replace("{case}", str(ref))
                    .replace("{p}", p)
                )
            e = f.add(c, t, "email", "message", text, subject=f"{firms[a]} / {ref}")
            if k == 0:
                f.add(
                    c,
                    f.mins(t, 20, 90),
                    "email",
                    "message",
                    W.CASE_OPENED[lang].replace("{case}", str(ref)),
                    direction="outbound",
                )
            ids = [e]
            complain_keys.append(c.key)
            if not last_one:
                v = f.rng.randint(1, 5)
                f.customers[c.key] |= {
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": f.add(
                        c,
                        f.mins(t, 60, 180),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": v},
                        attrs={"survey": "nps"},
                    ),
                }
            else:
                t2 = t + timedelta(hours=f.rng.randint(18, 40))
                t2 = t2.replace(hour=f.rng.randint(8, 15))
                while t2.weekday() >= 5:
                    t2 += timedelta(days=1)
                ids.append(
                    f.add(c, t2, "phone", "call", W.B2B_LAST_CALL[lang].replace("{case}", str(ref)))
                )
            f.customers[c.key] |= {
                "complaint_event_ids": ids,
                "role": "complainer",
                "booking": ref,
                "problem": problem,
                "trouble_starts_at": iso(t),
            }
        f.accounts[acc] = {
            "company": firms[a],
            "contacts": len(contacts),
            "contact_keys": contacts,
            "unhappy_contacts": len(complain_keys),
            "unhappy_contact_keys": complain_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble if kind == "at_risk" else None,
            "language": lang,
            "country": mkts[lang],
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and one planted spike",
        {"topic_spike": 1, "repeat_contact": 6},
    )
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer", [], [])
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            f.happy(c, f.at(d, 12, 19) if d == 5 else f.at(d, 7, 19))
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(0, 9, 17)
        e = f.add(c, t, "chat", "chat", W.GRUMBLE[c.lang][0])
        f.add(
            c,
            f.mins(t, 1, 5),
            "chat",
            "chat",
            W.URGENT[c.lang].split(",")[0] + ".",
            direction="outbound",
        )
        f.customers[c.key] |= {"grumble_event_id": e, "trouble_starts_at": iso(t)}
    for lang, hm in (("pt", (9, 40)), ("de", (16, 5))):
        c = f.person(lang, "grumbles_once", "lone question", [], ["silence"])
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        q, a = S.LONE_Q[lang]
        e = f.add(c, t, "chat", "chat", q)
        f.add(c, f.mins(t, 2, 6), "chat", "chat", a, direction="outbound")
        f.customers[c.key] |= {"lone_report_event_id": e, "trouble_starts_at": iso(t)}
    spike0 = datetime(2026, 11, 7, 9, 20, tzinfo=UTC)
    langs = ["pt"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    early = [i for i in range(20) if offs[i] <= 25]
    rep = set(f.rng.sample(early, 6))
    fixed = set(f.rng.sample([i for i in range(20) if i not in rep], 6))
    keys, eids, reps = [], [], []
    for i in range(20):
        lang = langs[i]
        persona = "spike_repeater" if i in rep else "spike_reporter"
        regular = i < 12
        c = f.person(
            lang,
            persona,
            "regular" if regular else "new",
            ["repeat_contact"] if i in rep else [],
            ["silence", "sentiment_drop"] if i in rep else ["silence"],
        )
        if regular:
            f.happy(c, f.at(2, 8, 17.5))
        t = spike0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.rng.choice(S.REPORT[lang])
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(c, t, ch, kind, text)
        if ch == "chat":
            f.add(c, f.mins(t, 1, 4), "chat", "chat", S.AGENT_CHAT[lang], direction="outbound")
        keys.append(c.key)
        eids.append(e)
        info: dict[str, Any] = {
            "in_spike": True,
            "regular": regular,
            "spike_event_id": e,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
        }
        if i in rep:
            ch2 = f.rng.choice([x for x in ["email", "chat", "community"] if x != ch])
            t2 = f.mins(t, 15, 50)
            r = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                S.REPEAT[lang],
            )
            if ch2 == "chat":
                f.add(c, f.mins(t2, 1, 4), "chat", "chat", S.AGENT_CHAT[lang], direction="outbound")
            reps.append(r)
            info["repeat_event_id"] = r
        if i in fixed:
            f.add(
                c,
                datetime(2026, 11, 7, 12, f.rng.randint(8, 17), tzinfo=UTC),
                "email",
                "message",
                S.FIXED[lang],
                direction="outbound",
            )
            info["agent_fixed"] = True
        f.customers[c.key] |= info
    f.spike = {
        "topic": "framing app's photo proofs rendered without colour (greyscale), error ICC-7Q; orders cannot be approved",
        "about": "photo proofs, app, error, colour",
        "channel": None,
        "start": iso(spike0),
        "end": iso(spike0 + timedelta(minutes=45)),
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
    for build in FAMILIES:
        fam = build()
        fam.write()
        print(f"{fam.name}: {len(fam.customers)} customers, {len(fam.rows)} touchpoints")


if __name__ == "__main__":
    main()
