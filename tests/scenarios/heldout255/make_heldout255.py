"""Generate heldout255 (Tikkora, watch repair by post): eight families, JSONL and truth.

Standard library only; seed 20261019; one random.Random per family. Run from anywhere:
``python make_heldout255.py``. Two runs give the same bytes.
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

SEED = 20261019
BRAND = "Tikkora"
COMPETITORS = ("Horadia", "Uhrando")
SPIKE_CODE = "TKL-284"
LANG_W = [("de", 30), ("it", 30), ("en", 10), ("fr", 10), ("pt", 10), ("es", 10)]
MARKETS = {
    "de": ["DE", "DE", "AT", "CH"],
    "it": ["IT", "IT", "IT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE", "LU"],
    "pt": ["PT"],
    "es": ["ES"],
}
CC = {
    "DE": "49",
    "AT": "43",
    "CH": "41",
    "IT": "39",
    "UK": "44",
    "IE": "353",
    "FR": "33",
    "BE": "32",
    "LU": "352",
    "PT": "351",
    "ES": "34",
}
MOBILE = {
    "DE": "15",
    "AT": "66",
    "CH": "7",
    "IT": "3",
    "UK": "7",
    "IE": "8",
    "FR": "6",
    "BE": "47",
    "LU": "6",
    "PT": "9",
    "ES": "6",
}
SOURCES = {
    "email": "tikkora-mail",
    "phone": "tikkora-voice",
    "social": "tikkora-social",
    "community": "tikkora-forum",
    "chat": "tikkora-chat",
    "web": "tikkora-web",
    "survey": "tikkora-survey",
}
AGENTS = ["Anja", "Marta", "Riccardo", "Sophie", "Nuno", "Carmen", "Kevin"]
CUST_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
USED: set[str] = set()


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
    return "".join(
        ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn" or ch == "̃"
    )


def speech(s: str) -> str:
    out = "".join(ch for ch in s if ch not in ".,!?;:'\"()€£")
    return " ".join(out.split())


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    truth: dict[str, Any]
    ids: dict[str, str | None]
    b2b: bool = False


@dataclass
class Row:
    t: datetime
    cust: Cust
    data: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    rng: random.Random
    rough: random.Random
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0

    # ---------------------------------------------------------------- people --
    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in USED:
                USED.add(v)
                return v

    def pick_lang(self) -> str:
        return self.rng.choices([lg for lg, _ in LANG_W], [w for _, w in LANG_W])[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        r = self.rng
        lang = lang or self.pick_lang()
        market = market or r.choice(MARKETS[lang])
        first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
        key = self.uniq(lambda: f"TK{self.code}{r.randint(1000, 9999)}")
        base = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        email = self.uniq(
            lambda: (
                f"{base}{r.randint(1, 99)}@{domain or r.choice(['mailbox', 'posteo', 'libero', 'correo', 'webpost'])}.example"
            )
        )
        digits = 9 if market not in ("DE", "AT") else 10
        phone = self.uniq(
            lambda: (
                "+"
                + CC[market]
                + MOBILE[market]
                + "".join(str(r.randint(0, 9)) for _ in range(digits - len(MOBILE[market])))
            )
        )
        handle = (
            None
            if account
            else self.uniq(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{base.replace('.', '_')}{r.randint(1, 99)}",
                            f"{last.lower()}{first[0].lower()}{r.randint(1, 9)}",
                            f"{strip_accents(first).lower()}_{r.randint(100, 999)}",
                        ]
                    )
                )
            )
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
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "first_name": first,
        }
        c = Cust(key, lang, market, truth, ids, b2b=account is not None)
        self.custs[key] = c
        return c

    # ------------------------------------------------------------------ rows --
    def day(self, d: float, h0: float = 8.0, h1: float = 19.0) -> datetime:
        return self.start + timedelta(days=int(d), hours=self.rng.uniform(h0, h1))

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        outbound: bool = False,
        attrs: dict[str, str] | None = None,
        scores: dict[str, int | None] | None = None,
        rough: bool = True,
    ) -> str:
        self.n += 1
        eid = f"h255-{self.code.lower()}-{self.n:05d}"
        if text and not outbound and rough and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text and channel == "social" and not outbound:
            text = (
                text.rsplit(BRAND, 1)[0] + "@" + BRAND + text.rsplit(BRAND, 1)[1]
                if BRAND in text
                else f"@{BRAND} {text}"
            )
        a = {"market": c.market}
        if c.b2b:
            a["segment"] = "b2b"
        if outbound:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        data: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if outbound else "inbound",
            "text": text,
            "subject": subject,
            "scores": scores or {"nps": None, "csat": None, "ces": None},
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(Row(t, c, data))
        return eid

    def roughen(self, s: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            s = strip_accents(s)
        if r.random() < 0.12 and s[:1].isupper():
            s = s[0].lower() + s[1:]
        if r.random() < 0.14:
            words = [
                i for i, w in enumerate(s.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = s.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randint(1, len(w) - 3)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                s = " ".join(parts)
        return s

    def w(self, table: dict[str, list[str]], lang: str, **kw: str) -> str:
        return self.rng.choice(table[lang]).format(**kw)

    def ref(self) -> str:
        return self.uniq(lambda: f"TK/{self.rng.randint(10, 99)}-{self.rng.randint(1000, 9999)}")

    # -------------------------------------------------------------- acts -----
    def happy_act(self, c: Cust, t: datetime, surveys: bool = True) -> list[str]:
        r, lg = self.rng, c.lang
        kinds = ["praise", "again", "gripe", "chat", "email", "phone", "view", "buy", "review"] + (
            ["survey"] if surveys else []
        )
        k = r.choice(kinds)
        if k in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE_PRAISE}[k]
            ch = "social" if c.b2b is False and r.random() < 0.55 else "community"
            return [self.add(c, t, ch, "mention" if ch == "social" else "post", self.w(table, lg))]
        if k == "chat":
            out = [self.add(c, t, "chat", "chat", self.w(W.QUESTION, lg))]
            out.append(
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(1, 6)),
                    "chat",
                    "chat",
                    self.w(W.ANSWER, lg),
                    outbound=True,
                )
            )
            if r.random() < 0.6:
                out.append(
                    self.add(
                        c,
                        t + timedelta(minutes=r.randint(7, 12)),
                        "chat",
                        "chat",
                        self.w(W.THANKS, lg),
                    )
                )
            return out
        if k == "email":
            q = self.w(W.QUESTION, lg)
            out = [self.add(c, t, "email", "message", q, subject=q[:40])]
            out.append(
                self.add(
                    c,
                    t + timedelta(hours=r.uniform(1, 4)),
                    "email",
                    "message",
                    self.w(W.ANSWER, lg),
                    subject="Re: " + q[:40],
                    outbound=True,
                )
            )
            return out
        if k == "phone":
            out = [self.add(c, t, "phone", "call", speech(self.w(W.QUESTION, lg)).lower())]
            out.append(
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(15, 60)),
                    "email",
                    "message",
                    self.w(W.ANSWER, lg),
                    outbound=True,
                )
            )
            return out
        if k == "view":
            return [
                self.add(
                    c,
                    t,
                    "web",
                    "page_view",
                    attrs={"page": r.choice(["/services", "/plus", "/track", "/prices"])},
                )
            ]
        if k == "buy":
            prod, val = r.choice(W.PRODUCTS)
            cur = "GBP" if c.market == "UK" else "CHF" if c.market == "CH" else "EUR"
            v = f"{float(val) * (0.86 if cur == 'GBP' else 0.94 if cur == 'CHF' else 1):.2f}"
            a = self.add(c, t, "web", "page_view", attrs={"page": "/services"})
            b = self.add(
                c,
                t + timedelta(minutes=r.randint(3, 20)),
                "web",
                "purchase",
                attrs={"order_value": v, "currency": cur, "product": prod, "page": "/checkout"},
            )
            return [a, b]
        if k == "review":
            return [
                self.add(
                    c,
                    t,
                    "web",
                    "review",
                    self.w(W.PRAISE, lg),
                    attrs={"rating": "5", "page": "/reviews"},
                )
            ]
        return [self.survey_happy(c, t)]

    def survey_happy(self, c: Cust, t: datetime) -> str:
        r = self.rng
        kind = r.choice(["nps", "csat", "ces"])
        s: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        s[kind] = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[kind]
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            self.w(W.SURVEY_WORD, c.lang) or None,
            scores=s,
            attrs={"survey": kind},
        )

    def happy_days(
        self,
        c: Cust,
        n: int,
        d0: int,
        d1: int,
        h0: float = 7.0,
        h1: float = 19.0,
        surveys: bool = True,
    ) -> None:
        days = self.rng.sample(range(d0, d1 + 1), min(n, d1 - d0 + 1))
        for d in sorted(days):
            self.happy_act(c, self.day(d, h0, h1), surveys)

    def complaint(
        self, c: Cust, t: datetime, channel: str, problem: str, long: bool = False
    ) -> str:
        lg = c.lang
        text = self.w(W.PROBLEM[problem], lg)
        if long:
            text = self.w(W.LONG, lg, problem=text)
        subj = W.SUBJ_COMPLAINT[lg] + W.TOPIC_WORD[lg][problem] if channel == "email" else None
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
            "community": "post",
        }[channel]
        if channel == "phone":
            text = speech(text).lower()
        attrs = {"page": "/contact"} if channel == "web" else None
        return self.add(c, t, channel, kind, text, subject=subj, attrs=attrs)

    def office(self, t: datetime) -> datetime:
        while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
            t = (
                (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(5, 55))
                if t.hour >= 17 or t.weekday() >= 5
                else t.replace(hour=8, minute=self.rng.randint(5, 55))
            )
        return t

    def daytime(self, t: datetime) -> datetime:
        if t.hour >= 22:
            return (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    # ------------------------------------------------------------- output ----
    def write(self, expected_plan: dict[str, int]) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r.t, r.data["event_id"]))
        seen: set[str] = set()
        for row in self.rows:
            c, d = row.cust, row.data
            ids = c.ids
            full = d["direction"] == "outbound" or c.key not in seen
            if d["direction"] == "inbound":
                seen.add(c.key)
            if full:
                ref = dict(ids)
            else:
                ref = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": ids["account_id"],
                }
                ch = d["channel"]
                if ch == "phone":
                    p = str(ids["phone"])
                    ref["phone"] = (
                        p if self.rough.random() < 0.5 else p[: len(p) - 9] + " " + p[len(p) - 9 :]
                    )
                elif ch in ("social", "community"):
                    if c.b2b:
                        ref["email"] = ids["email"]
                    else:
                        h = str(ids["handle"])
                        ref["handle"] = h if self.rough.random() > 0.2 else h.lstrip("@")
                elif ch == "email":
                    e = str(ids["email"])
                    ref["email"] = e.upper() if self.rough.random() < 0.08 else e
                else:
                    ref["customer_id"] = ids["customer_id"]
            d["customer"] = ref
        expected: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = expected.get("topic_spike", 0) + 1
        if expected != expected_plan:
            raise SystemExit(f"{self.name}: expected {expected} != planned {expected_plan}")
        for c in self.custs.values():
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{c.key} expects and tolerates")
        last = max(r.t for r in self.rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Tikkora: watch repair and servicing by post (app and web, Tikkora Plus); Tikkora Trade for jewellers and retailers on account",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": dict(sorted(self.accounts.items())),
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for row in self.rows:
                f.write(json.dumps(row.data, ensure_ascii=False, sort_keys=True) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        outbound = sum(1 for r in self.rows if r.data["direction"] == "outbound")
        return len(self.custs), len(self.rows), outbound


def fam(name: str, code: str, n: int, start: datetime, days: int, about: str) -> Fam:
    return Fam(
        name,
        code,
        start,
        days,
        about,
        random.Random(SEED * 100 + n),
        random.Random(SEED * 100 + 50 + n),
    )


# ------------------------------------------------------------------ families --
def happy_writers() -> Fam:
    f = fam("happy_writers", "HW", 1, datetime(2026, 2, 9, tzinfo=UTC), 10, "happy customers only")
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, 9)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(0, 9), f.rng.randint(2, 4))):
            t = f.start + timedelta(days=d, hours=f.rng.uniform(22.2, 28.5))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "mention", f.w(W.NIGHT_POST, c.lang))
            else:
                f.add(c, t, "chat", "chat", f.w(W.NIGHT_Q, c.lang))
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(1, 5)),
                    "chat",
                    "chat",
                    f.w(W.NIGHT_A, c.lang),
                    outbound=True,
                )
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(6, 9)),
                    "chat",
                    "chat",
                    f.w(W.THANKS, c.lang),
                )
        f.happy_days(c, f.rng.randint(2, 3), 0, 9, 9, 18, surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.survey_happy(c, f.day(d))
    return f


def bad_day_block(
    f: Fam, c: Cust, t: datetime, channel: str, problem: str, long: bool
) -> str | None:
    """One angry message and the agent's case e-mail (none for social); returns the case ref."""
    eid = f.complaint(c, t, channel, problem, long=long)
    c.truth.update(
        {
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "problem": problem,
            "channel": channel,
            "long_email": long,
            "trouble_starts_at": iso(t),
        }
    )
    if channel == "social":
        c.truth["booking"] = None
        return None
    ref = f.ref()
    c.truth["booking"] = ref
    if channel == "chat":
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(2, 6)),
            "chat",
            "chat",
            f.w(W.AGENT_CASE, c.lang, ref=ref),
            outbound=True,
        )
    else:
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(10, 40)),
            "email",
            "message",
            f.w(W.AGENT_CASE, c.lang, ref=ref),
            subject=W.SUBJ_RE[c.lang].format(ref=ref),
            outbound=True,
        )
    return ref


def one_bad_day() -> Fam:
    f = fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 3, 16, tzinfo=UTC),
        12,
        "happy customers with one bad day",
    )
    r = f.rng
    channels = ["long", "email", "chat", "social", "web", "phone"]
    plan = [(ch, W.PROBLEMS[(i + j) % 6]) for j, ch in enumerate(channels) for i in range(4)]
    with_case = [i for i, (ch, _) in enumerate(plan) if ch != "social"]
    det = set(r.sample(with_case, 6))
    csat = set(r.sample([i for i in with_case if i not in det], 5))
    good = set(r.sample(with_case, 12))
    apol = set(r.sample(sorted(good), 5))
    for i, (ch, prob) in enumerate(plan):
        long = ch == "long"
        lang = r.choice(["de", "it"]) if long else None
        persona = "bad_day_detractor" if i in det else "happy_one_bad_day"
        c = f.person(
            persona,
            "one bad day",
            lang=lang,
            expected=["detractor"] if i in det else [],
            tolerated=["silence"],
        )
        bd = r.randint(2, 9)
        t = f.day(bd, 8, 20)
        before = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        for d in sorted(r.sample(before, r.randint(1, 5))):
            f.happy_act(c, f.day(d, 7, 20), surveys=False)
        ref = bad_day_block(f, c, t, "email" if long else ch, prob, long)
        c.truth["long_email"] = long
        if i in det:
            nps = r.randint(1, 5)
            s = f.add(
                c,
                t + timedelta(minutes=r.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps, "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": s})
        elif i in csat:
            cs = r.randint(1, 2)
            s = f.add(
                c,
                t + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                r.choice(
                    ["", "schlecht" if c.lang == "de" else "pessimo" if c.lang == "it" else "bad"]
                )
                or None,
                scores={"nps": None, "csat": cs, "ces": None},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": cs, "survey_event_id": s})
        c.truth["agent_fixed"] = i in good
        if i in good and ref:
            g = f.daytime(t + timedelta(hours=r.uniform(1, 4)))
            f.add(
                c,
                g,
                "email",
                "message",
                f.w(W.AGENT_GOOD, c.lang, ref=ref),
                subject=W.SUBJ_RE[c.lang].format(ref=ref),
                outbound=True,
            )
        c.truth["apologised"] = i in apol
        if i in apol:
            a = f.daytime(t + timedelta(hours=r.uniform(16, 24)))
            e = f.add(c, a, "chat", "chat", f.w(W.APOLOGY, c.lang))
            c.truth.update({"apology_at": iso(a), "apology_event_id": e})
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, r.randint(4, 7), 0, 11, surveys=False)
    return f


def repeat_run(f: Fam, c: Cust, d0: int, times: int, escalate: bool, comp: str | None) -> None:
    r, lg = f.rng, c.lang
    prob = r.choice(W.PROBLEMS)
    ch0 = r.choice(["web", "web", "email", "chat", "phone"])
    t = f.day(d0, 8, 19)
    ref = f.ref()
    events = [f.complaint(c, t, ch0, prob)]
    if ch0 == "chat":
        f.add(
            c,
            t + timedelta(minutes=r.randint(2, 6)),
            "chat",
            "chat",
            f.w(W.AGENT_CASE, lg, ref=ref),
            outbound=True,
        )
    if escalate:
        f.add(
            c,
            t + timedelta(hours=r.uniform(1.5, 2.5)),
            "email",
            "message",
            f.w(W.AGENT_ESCAL, lg, ref=ref),
            subject=W.SUBJ_RE[lg].format(ref=ref),
            outbound=True,
        )
    elif ch0 != "chat":
        f.add(
            c,
            t + timedelta(minutes=r.randint(10, 40)),
            "email",
            "message",
            f.w(W.AGENT_CASE, lg, ref=ref),
            subject=W.SUBJ_RE[lg].format(ref=ref),
            outbound=True,
        )
    later = [x for x in ["email", "chat", "phone", "web", "social"] if x != ch0]
    r.shuffle(later)
    for k in range(1, times):
        t = f.daytime(t + timedelta(hours=r.uniform(4, 40)))
        ch = later[k - 1]
        if k == 2 and comp:
            text = f.w(W.THIRD, lg, ref=ref, comp=comp)
        elif k == 3:
            text = f.w(W.FOURTH, lg, ref=ref)
        else:
            text = f.w(W.STILL_OPEN, lg, ref=ref, problem=f.w(W.PROBLEM[prob], lg))
        if ch == "phone":
            text = speech(text).lower()
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
        }[ch]
        events.append(
            f.add(
                c,
                t,
                ch,
                kind,
                text,
                subject=W.SUBJ_RE[lg].format(ref=ref) if ch == "email" else None,
                attrs={"page": "/contact"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=r.randint(2, 6)),
                "chat",
                "chat",
                f.w(W.AGENT_ADDED, lg, ref=ref),
                outbound=True,
            )
    c.truth.update(
        {
            "problem": prob,
            "booking": ref,
            "contacts": times,
            "channels": [ch0, *later[: times - 1]],
            "channel": ch0,
            "agent_passed_on": escalate,
            "problem_event_ids": events,
            "competitor": comp,
            "trouble_starts_at": f.rows[
                [r_.data["event_id"] for r_ in f.rows].index(events[0])
            ].data["occurred_at"],
        }
    )


def fixed_case(
    f: Fam, c: Cust, t: datetime, prob: str, ch: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    r = f.rng
    ref = f.ref()
    orig = c.lang
    c.lang = lang
    e = f.complaint(c, t, ch, prob)
    c.lang = orig
    f.add(
        c,
        t + timedelta(minutes=r.randint(10, 40)),
        "email",
        "message",
        f.w(W.AGENT_CASE, lang, ref=ref),
        subject=W.SUBJ_RE[lang].format(ref=ref),
        outbound=True,
    )
    fx = f.daytime(t + timedelta(hours=r.uniform(3, 20)))
    f.add(
        c,
        fx,
        "email",
        "message",
        f.w(W.AGENT_GOOD, lang, ref=ref),
        subject=W.SUBJ_RE[lang].format(ref=ref),
        outbound=True,
    )
    cf = f.daytime(fx + timedelta(hours=r.uniform(8, 30)))
    cch = r.choice(["email", "chat"])
    ce = f.add(
        c,
        cf,
        cch,
        "message" if cch == "email" else "chat",
        f.w(W.CONFIRM, confirm_lang, ref=ref),
        subject=W.SUBJ_RE[confirm_lang].format(ref=ref) if cch == "email" else None,
    )
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(fx),
        "confirmed_at": iso(cf),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 4, 20, tzinfo=UTC),
        10,
        "repeat contacts about one open problem, and controls",
    )
    r = f.rng
    for i in range(12):
        times = [2, 3, 4][i % 3]
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=CUST_TOL)
        for _ in range(r.randint(1, 3)):
            f.happy_act(c, f.day(0, 7, 12), surveys=False)
        repeat_run(
            f,
            c,
            r.randint(1, 4),
            times,
            escalate=i < 6,
            comp=COMPETITORS[i % 2] if times >= 3 else None,
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy_act(c, f.day(0, 7, 12), surveys=False)
        p = fixed_case(
            f,
            c,
            f.day(r.randint(1, 4)),
            r.choice(W.PROBLEMS),
            r.choice(["web", "email"]),
            c.lang,
            c.lang,
        )
        c.truth.update({"problems": [p], "trouble_starts_at": p["raised_at"]})
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        p1, p2 = r.sample(W.PROBLEMS, 2)
        d = r.randint(0, 1)
        a = fixed_case(f, c, f.day(d), p1, "web", c.lang, c.lang)
        b = fixed_case(f, c, f.day(d + r.randint(4, 5)), p2, "email", c.lang, c.lang)
        c.truth.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in sorted(r.sample(range(10), r.randint(5, 8))):
            t = f.day(d, 8, 19)
            q = f.w(W.QUESTION, c.lang)
            ch = r.choice(["chat", "email", "phone"])
            if ch == "chat":
                f.add(c, t, "chat", "chat", q)
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(1, 6)),
                    "chat",
                    "chat",
                    f.w(W.ANSWER, c.lang),
                    outbound=True,
                )
            elif ch == "email":
                f.add(c, t, "email", "message", q, subject=q[:40])
                f.add(
                    c,
                    t + timedelta(hours=r.uniform(1, 3)),
                    "email",
                    "message",
                    f.w(W.ANSWER, c.lang),
                    outbound=True,
                )
            else:
                f.add(c, t, "phone", "call", speech(q).lower())
    return f


def slide(f: Fam, c: Cust, d0: int, span: int, lang_of: Any, nps: bool) -> None:
    r = f.rng
    comp = r.choice(COMPETITORS)
    t = f.day(d0, 8, 18)
    events = []
    for k in range(6):
        if k:
            t = f.daytime(
                max(
                    t + timedelta(hours=1),
                    f.start + timedelta(days=d0 + span * k / 5, hours=r.uniform(8, 19)),
                )
            )
        lg = lang_of(k)
        text = W.SLIDE[lg][k].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            events.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": ["3", "3", "2", "2", "1", "1"][k], "page": "/reviews"},
                )
            )
        else:
            events.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
        if k == 3 and nps:
            n = r.randint(1, 5)
            s = f.add(
                c,
                f.daytime(t + timedelta(hours=r.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                scores={"nps": n, "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": n, "survey_event_id": s})
    c.truth.update({"slide_event_ids": events, "slide_days": span, "competitor": comp})
    first = next(rw for rw in f.rows if rw.data["event_id"] == events[0])
    c.truth["trouble_starts_at"] = first.data["occurred_at"]


def slow_churners() -> Fam:
    f = fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 1, tzinfo=UTC),
        32,
        "slow churners, leavers, steady and grumpy customers",
    )
    r = f.rng
    for i in range(10):
        nps = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop", *(["detractor"] if nps else [])],
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for d in sorted(r.sample(range(11), r.randint(4, 5))):
            f.add(
                c, f.day(d, 8, 20), r.choice(["social", "community"]), "post", f.w(W.PRAISE, c.lang)
            )
        f.happy_days(c, r.randint(2, 4), 0, 10, surveys=False)
        slide(
            f, c, r.randint(12, 16), [3, 5, 5, 5, 5, 5, 9, 9, 9, 9][i], lambda k, lg=c.lang: lg, nps
        )
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        f.happy_days(c, r.randint(4, 6), 0, 15, surveys=False)
        t = f.day(r.randint(17, 23), 8, 19)
        e = f.add(c, t, "email", "message", f.w(W.CANCEL, c.lang), subject="Tikkora Plus")
        f.add(
            c,
            f.daytime(t + timedelta(hours=r.uniform(1, 5))),
            "email",
            "message",
            f.w(W.AGENT_BYE, c.lang),
            subject="Re: Tikkora Plus",
            outbound=True,
        )
        ct = f.daytime(t + timedelta(hours=r.uniform(20, 30)))
        x = f.add(
            c,
            ct,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/plus/cancel", "product": "Tikkora Plus"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, r.randint(6, 10), 0, 31)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = r.randint(0, 4)
        ids = []
        for _k in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web", "review"])
            t = f.day(d, 8, 20)
            if ch == "review":
                ids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "review",
                        f.w(W.GRUMBLE, c.lang),
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            elif ch == "web":
                ids.append(
                    f.add(c, t, "web", "ticket", f.w(W.GRUMBLE, c.lang), attrs={"page": "/contact"})
                )
            else:
                ids.append(
                    f.add(c, t, ch, "mention" if ch == "social" else "post", f.w(W.GRUMBLE, c.lang))
                )
            d += r.randint(1, 3)
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": next(
                    rw.data["occurred_at"] for rw in f.rows if rw.data["event_id"] == ids[0]
                ),
            }
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, r.randint(3, 5), 0, 16, surveys=False)
        s = f.add(c, f.day(r.randint(17, 28), 9, 20), "social", "mention", f.w(W.SARCASM, c.lang))
        c.truth["sarcasm_event_id"] = s
    return f


def quiet_hours() -> Fam:
    f = fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 7, 24, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(r.sample(range(3), r.randint(1, 3))):
            f.happy_act(c, f.day(d, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.day(r.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/dropoff"})
        t2 = t + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            g = f.add(c, t2, "chat", "chat", f.w(W.MILD, c.lang))
            f.add(
                c,
                t2 + timedelta(minutes=r.randint(1, 5)),
                "chat",
                "chat",
                f.w(W.MILD_ACK, c.lang),
                outbound=True,
            )
        else:
            g = f.add(c, t2, "web", "ticket", f.w(W.MILD, c.lang), attrs={"page": "/contact"})
            f.add(
                c,
                t2 + timedelta(minutes=r.randint(10, 40)),
                "email",
                "message",
                f.w(W.MILD_ACK, c.lang),
                outbound=True,
            )
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t2)})
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        for b, off in enumerate([0, r.randint(28, 33), r.randint(55, 65)]):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", f.w(W.NIGHT_Q, c.lang))
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(1, 4)),
                        "chat",
                        "chat",
                        f.w(W.NIGHT_A, c.lang),
                        outbound=True,
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(5, 8)),
                        "chat",
                        "chat",
                        f.w(W.THANKS, c.lang),
                    )
                else:
                    e = f.add(c, t, "social", "mention", f.w(W.NIGHT_POST, c.lang))
                c.truth.update({"burst_at": iso(bs), "night_event_id": e})
                if r.random() < 0.5:
                    f.happy_act(c, f.day(r.randint(0, 2), 9, 17.5))
    return f


PAIRS = [
    ("de", "it"),
    ("it", "de"),
    ("de", "en"),
    ("it", "en"),
    ("de", "fr"),
    ("it", "fr"),
    ("fr", "de"),
    ("en", "it"),
    ("pt", "it"),
    ("es", "de"),
    ("it", "es"),
    ("de", "pt"),
    ("en", "de"),
    ("it", "pt"),
    ("es", "it"),
]
PAIR_MARKET = {"de": "CH", "it": "CH", "en": "IE", "fr": "LU", "pt": "PT", "es": "ES"}


def bilingual() -> Fam:
    f = fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "customers writing in two languages",
    )
    r = f.rng

    def bi(persona: str, habit: str, i: int, **kw: Any) -> tuple[Cust, str, str]:
        a, b = PAIRS[i % len(PAIRS)]
        c = f.person(
            persona,
            habit,
            lang=a,
            market=r.choice([PAIR_MARKET[a], PAIR_MARKET[b], r.choice(MARKETS[a])]),
            **kw,
        )
        c.truth.update(
            {
                "languages": [a, b],
                "job_second_language": r.choice(
                    [
                        "works across the border",
                        "partner's language",
                        "studied abroad",
                        "grew up bilingual",
                    ]
                ),
            }
        )
        return c, a, b

    for i in range(12):
        c, a, b = bi("happy", "alternates languages", i)
        for k, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            c.lang = a if k % 2 == 0 else b
            f.happy_act(c, f.day(d, 7, 20))
        c.lang = a
    for i in range(5):
        c, a, b = bi(
            "repeat_contact", "repeats", i + 3, expected=["repeat_contact"], tolerated=CUST_TOL
        )
        f.happy_act(c, f.day(r.randint(0, 1), 7, 12), surveys=False)
        times = [2, 2, 3, 3, 4][i]
        # alternate language per contact: run with a then patch later texts
        n0 = len(f.rows)
        c.lang = a
        repeat_run(
            f,
            c,
            r.randint(2, 5),
            times,
            escalate=times >= 3,
            comp=COMPETITORS[i % 2] if times >= 3 else None,
        )
        ins = [rw for rw in f.rows[n0:] if rw.data["direction"] == "inbound"]
        for k, rw in enumerate(ins):
            if k % 2 == 1:
                ref = c.truth["booking"]
                text = (
                    W.THIRD[b][0].format(ref=ref, comp=c.truth["competitor"])
                    if k == 2 and c.truth["competitor"]
                    else W.STILL_OPEN[b][0].format(
                        ref=ref, problem=W.PROBLEM[c.truth["problem"]][b][0]
                    )
                )
                rw.data["text"] = speech(text).lower() if rw.data["channel"] == "phone" else text
        c.truth["languages_per_contact"] = [a if k % 2 == 0 else b for k in range(len(ins))]
    for i in range(5):
        c, a, b = bi(
            "slow_churner",
            "slides",
            i + 8,
            expected=["sentiment_drop"],
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for k, d in enumerate(sorted(r.sample(range(6), 5))):
            f.add(
                c,
                f.day(d, 8, 20),
                r.choice(["social", "community"]),
                "post",
                f.w(W.PRAISE, a if k % 2 == 0 else b),
            )
        f.happy_days(c, r.randint(1, 3), 0, 5, surveys=False)
        slide(
            f,
            c,
            r.randint(7, 8),
            r.randint(3, 5),
            lambda k, a=a, b=b: a if k % 2 == 0 else b,
            False,
        )
    for i in range(3):
        c, a, b = bi("happy_one_bad_day", "one bad day", [0, 1, 9][i], tolerated=["silence"])
        if i == 0:
            a, b = "it", "de"
            c.truth["languages"] = [a, b]
        f.happy_days(c, r.randint(2, 4), 0, 4, surveys=False)
        c.lang = b
        t = f.day(r.randint(8, 11), 8, 19)
        ref = bad_day_block(f, c, t, ["email", "email", "chat"][i], r.choice(W.PROBLEMS), i == 0)
        c.truth.update({"bad_day_language": b, "agent_fixed": i < 2, "apologised": i == 1})
        if i < 2 and ref:
            f.add(
                c,
                f.daytime(t + timedelta(hours=r.uniform(1, 4))),
                "email",
                "message",
                f.w(W.AGENT_GOOD, b, ref=ref),
                subject=W.SUBJ_RE[b].format(ref=ref),
                outbound=True,
            )
        if i == 1:
            at = f.daytime(t + timedelta(hours=r.uniform(18, 24)))
            e = f.add(c, at, "chat", "chat", f.w(W.APOLOGY, b))
            c.truth.update({"apology_at": iso(at), "apology_event_id": e})
        c.lang = a
    for i in range(2):
        c, a, b = bi("resolved_between_contacts", "fixed", i + 5, tolerated=["silence"])
        p = fixed_case(f, c, f.day(r.randint(2, 6)), r.choice(W.PROBLEMS), "web", a, b)
        c.truth.update(
            {"problems": [p], "trouble_starts_at": p["raised_at"], "confirm_language": b}
        )
    return f


SITES = [
    "jeweller",
    "department store",
    "watch retailer",
    "pawnbroker",
    "hotel",
    "airline crew",
    "auction house",
    "museum",
    "insurer",
    "corporate gifts",
    "railway",
    "outlet",
    "school",
    "hospital",
    "bank",
]


def b2b_accounts() -> Fam:
    f = fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "Tikkora Trade accounts of jewellers, retailers and firms",
    )
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = [
        "de",
        "it",
        "de",
        "it",
        "en",
        "de",
        "it",
        "fr",
        "pt",
        "es",
        "de",
        "it",
        "fr",
        "de",
        "it",
    ]
    risk_probs = ["invoice", "portal", "service_blocked", "overbilled", "invoice"]
    for n, kind in enumerate(kinds):
        lang = langs[n]
        market = r.choice(MARKETS[lang])
        acc = f.uniq(lambda market=market: f"TKT-{market}-{r.randint(1000, 9999)}")
        company = f"{r.choice(W.LAST[lang])} {r.choice(['Uhren & Schmuck', 'Gioielli', 'Jewellers', 'Horlogerie', 'Joalharia', 'Joyeria', 'Group'])}"
        domain = strip_accents(company.split()[0]).lower() + str(n)
        ncont = {
            "at_risk": r.randint(4, 6),
            "one_unhappy": 3,
            "mild": r.randint(3, 4),
            "happy": r.randint(3, 5),
        }[kind]
        nunh = {"at_risk": 4 if n in (1, 3) else 3, "one_unhappy": 1, "mild": 0, "happy": 0}[kind]
        a: dict[str, Any] = {
            "company": company,
            "site": SITES[n],
            "contacts": ncont,
            "contact_keys": [],
            "unhappy_contacts": nunh,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": risk_probs[n] if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        f.accounts[acc] = a
        firsts = r.sample(W.FIRST[lang], min(ncont, len(W.FIRST[lang])))
        conts: list[Cust] = []
        for k in range(ncont):
            role = (
                "complainer" if k < nunh else "suggests" if kind == "mild" and k < 2 else "contact"
            )
            if role == "complainer":
                persona = "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy"
                exp = (
                    ["detractor"] if (kind == "one_unhappy" or k < nunh - 1) else ["repeat_contact"]
                )
                tol = (
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ]
                    if kind == "at_risk"
                    else ["sentiment_drop", "high_value_at_risk", "silence"]
                )
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", [], ["silence"]
            else:
                persona, exp, tol = "b2b_happy", [], []
            c = f.person(
                persona,
                role,
                lang=lang,
                market=market,
                expected=exp,
                tolerated=tol,
                account=acc,
                domain=domain,
            )
            first = firsts[k % len(firsts)]
            c.truth["name"] = f"{first} {c.truth['name'].split()[-1]}"
            c.truth["first_name"] = first
            title = r.choice(
                [
                    "Store manager",
                    "Workshop coordinator",
                    "Accounts payable",
                    "Operations lead",
                    "Buyer",
                ]
            )
            c.truth.update({"company": company, "role": role, "job_title": title, "job": title})
            a["contact_keys"].append(c.key)
            if role == "complainer":
                a["unhappy_contact_keys"].append(c.key)
            conts.append(c)
        # routine acts
        for c in conts:
            busy = c.truth["role"] != "contact"
            for _ in range(r.randint(0, 2) if busy else r.randint(2, 5)):
                d = r.randint(0, 1) if busy else r.choice([0, 1, 2, 3, 4, 7, 8, 9, 10, 11])
                t = f.office(f.day(d, 8, 16.5))
                x = r.choice(["chat", "buy", "view"] + ([] if busy else ["praise", "survey"]))
                if x == "chat":
                    f.add(c, t, "chat", "chat", f.w(W.B2B_Q, lang))
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(1, 6)),
                        "chat",
                        "chat",
                        f.w(W.B2B_A, lang),
                        outbound=True,
                    )
                    if r.random() < 0.5:
                        f.add(
                            c,
                            t + timedelta(minutes=r.randint(7, 10)),
                            "chat",
                            "chat",
                            f.w(W.THANKS, lang),
                        )
                elif x == "buy":
                    prod, val = r.choice(W.PRODUCTS)
                    cur = "GBP" if market == "UK" else "CHF" if market == "CH" else "EUR"
                    f.add(c, t, "web", "page_view", attrs={"page": "/trade/portal"})
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(3, 15)),
                        "web",
                        "purchase",
                        attrs={
                            "order_value": f"{float(val) * r.randint(3, 10):.2f}",
                            "currency": cur,
                            "product": prod,
                            "page": "/trade/order",
                        },
                    )
                elif x == "view":
                    f.add(c, t, "web", "page_view", attrs={"page": "/trade/portal"})
                elif x == "praise":
                    f.add(c, t, "community", "post", f.w(W.B2B_PRAISE, lang))
                else:
                    f.survey_happy(c, t)
        if kind == "at_risk":
            prob = risk_probs[n]
            ref = f.ref()
            t = f.start + timedelta(days=2, hours=r.uniform(8, 11))
            a["trouble_starts_at"] = iso(t)
            firstname = conts[0].truth["first_name"]
            firstday = W.WEEKDAY[lang][t.weekday()]
            for k in range(nunh):
                c = conts[k]
                if k:
                    t = f.office(t + timedelta(hours=r.uniform(8, 28)))
                last = k == nunh - 1
                text = (
                    f.w(W.B2B_PROBLEM[prob], lang)
                    if k == 0
                    else f.w(
                        W.B2B_FOLLOW,
                        lang,
                        first=firstname,
                        day=firstday,
                        ref=ref,
                        problem=f.w(W.B2B_PROBLEM[prob], lang),
                    )
                )
                e = f.add(c, t, "email", "message", text, subject=W.SUBJ_COMPLAINT[lang] + ref)
                ev = [e]
                if k == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(20, 90)),
                        "email",
                        "message",
                        f.w(W.AGENT_CASE, lang, ref=ref),
                        subject=W.SUBJ_RE[lang].format(ref=ref),
                        outbound=True,
                    )
                if not last:
                    nps = r.randint(1, 5)
                    s = f.add(
                        c,
                        t + timedelta(hours=r.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps, "csat": None, "ces": None},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": s})
                else:
                    t2 = f.office(t + timedelta(hours=r.uniform(18, 40)))
                    if n == 0:
                        comp = r.choice(COMPETITORS)
                        ev.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                f.w(W.B2B_LAST_MAIL, lang, ref=ref, comp=comp),
                                subject=W.SUBJ_RE[lang].format(ref=ref),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ev.append(
                            f.add(c, t2, "phone", "call", f.w(W.B2B_LAST_CALL, lang, ref=ref))
                        )
                c.truth.update(
                    {
                        "complaint_event_ids": ev,
                        "trouble_starts_at": iso(t),
                        "problem": prob,
                        "booking": ref,
                    }
                )
        elif kind == "one_unhappy":
            c = conts[0]
            prob = r.choice(W.B2B_PROBLEMS)
            ref = f.ref()
            t = f.office(f.day(r.randint(3, 7), 8, 16))
            e = f.add(
                c,
                t,
                "email",
                "message",
                f.w(W.B2B_PROBLEM[prob], lang),
                subject=W.SUBJ_COMPLAINT[lang] + prob,
            )
            f.add(
                c,
                t + timedelta(minutes=r.randint(20, 90)),
                "email",
                "message",
                f.w(W.AGENT_CASE, lang, ref=ref),
                subject=W.SUBJ_RE[lang].format(ref=ref),
                outbound=True,
            )
            nps = r.randint(1, 5)
            s = f.add(
                c,
                t + timedelta(hours=r.uniform(1, 3)),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps, "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "complaint_event_ids": [e],
                    "trouble_starts_at": iso(t),
                    "problem": prob,
                    "booking": ref,
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": s,
                }
            )
        elif kind == "mild":
            for c in conts[:2]:
                t = f.office(f.day(r.randint(2, 12), 8, 16))
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.w(W.B2B_SUGGEST, lang),
                    attrs={"page": "/trade/feedback"},
                )
                f.add(
                    c,
                    t + timedelta(hours=r.uniform(1, 3)),
                    "email",
                    "message",
                    f.w(W.MILD_ACK, lang),
                    outbound=True,
                )
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(t)})
    return f


def topic_spike() -> Fam:
    f = fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 10, 19, tzinfo=UTC),
        7,
        "a calm week and one planted spike",
    )
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(r.sample(range(6), r.randint(1, 4))):
            f.happy_act(c, f.day(d, 12, 19) if d == 5 else f.day(d, 7, 20))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.day(0, 9, 17)
        g = f.add(c, t, "chat", "chat", f.w(W.MILD, c.lang))
        f.add(
            c,
            t + timedelta(minutes=r.randint(1, 5)),
            "chat",
            "chat",
            f.w(W.MILD_ACK, c.lang),
            outbound=True,
        )
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t)})
    for lang, when in (
        ("de", timedelta(days=4, hours=9, minutes=35)),
        ("it", timedelta(days=4, hours=15, minutes=50)),
    ):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = f.start + when
        e = f.add(c, t, "chat", "chat", f.w(W.LONE_Q, lang))
        f.add(
            c,
            t + timedelta(minutes=r.randint(2, 5)),
            "chat",
            "chat",
            f.w(W.LONE_A, lang),
            outbound=True,
        )
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    s0 = f.start + timedelta(days=5, hours=8, minutes=20)
    langs = ["de"] * 6 + ["it"] * 6 + ["en", "en", "fr", "fr", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    offs = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    keys, eids, reps = [], [], []
    early = [i for i in range(20) if offs[i] <= 25]
    repeaters = set(r.sample(early, 6))
    fixed = set(r.sample([i for i in range(20) if i not in repeaters], 6))
    for i in range(20):
        regular = i < 12
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if regular:
            for _ in range(r.randint(1, 2)):
                f.happy_act(c, f.day(2, 8, 17.5), surveys=False)
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.w(W.SPIKE, c.lang, code=SPIKE_CODE)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            c,
            t,
            ch,
            kind,
            text,
            subject=W.SUBJ_COMPLAINT[c.lang] + SPIKE_CODE if ch == "email" else None,
            attrs={"page": "/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                f.w(W.SPIKE_CHAT_A, c.lang),
                outbound=True,
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
        if rep:
            ch2 = r.choice([x for x in ["email", "chat", "community"] if x != ch])
            t2 = t + timedelta(minutes=r.randint(15, 50))
            e2 = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.w(W.SPIKE_AGAIN, c.lang, code=SPIKE_CODE),
                subject=W.SUBJ_COMPLAINT[c.lang] + SPIKE_CODE if ch2 == "email" else None,
            )
            reps.append(e2)
            c.truth["repeat_event_id"] = e2
        c.truth["agent_fixed"] = i in fixed
        if i in fixed:
            local = "11:40" if c.market in ("UK", "IE", "PT") else "12:40"
            f.add(
                c,
                s0 + timedelta(hours=3, minutes=r.randint(0, 9)),
                "email",
                "message",
                f.w(W.SPIKE_FIXED, c.lang, t=local),
                subject=W.SUBJ_RE[c.lang].format(ref=SPIKE_CODE),
                outbound=True,
            )
    f.spike = {
        "topic": f"watch-repair app shipping labels refused at parcel drop-off points and lockers: no watch can be sent in, error {SPIKE_CODE}",
        "about": "shipping label barcode rejected at drop-off",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


PLAN: list[tuple[Any, dict[str, int]]] = [
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
    for build, expected in PLAN:
        f = build()
        got = f.write(expected)
        print(f.name, *got)
        total = [a + b for a, b in zip(total, got, strict=True)]
    print("total", *total)


if __name__ == "__main__":
    main()
