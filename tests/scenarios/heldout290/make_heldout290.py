# ruff: noqa: E501
"""Writes heldout290: eight hand-written families for Astrelia (stargazing nights and
planetarium shows). Standard library only; seeded; two runs give the same bytes.

Run: python make_heldout290.py (from anywhere).
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

SEED = 20261017
BRAND = "Astrelia"
PLAN = "Astrelia Orbit"
CODE = "TKV(731)"
LAST_OK = datetime(2026, 11, 20, tzinfo=UTC)
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
LEAVE_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
PHONE_PREFIX = {
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "7", 8),
    "ES": ("+34", "6", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
DOMAINS = ("mail.example", "post.example", "inbox.example", "web.example")
SOURCES = {
    "email": "astrelia-mail",
    "phone": "astrelia-voice",
    "social": "astrelia-social",
    "community": "astrelia-forum",
    "chat": "astrelia-chat",
    "web": "astrelia-web",
    "survey": "astrelia-survey",
}
AGENTS = ("Ruth", "Kemal", "Sofía", "Lionel", "Greta", "Bruno", "Ana")


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


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
    langs: tuple[str, ...] = ()


@dataclass
class Row:
    t: datetime
    seq: int
    cust: Cust
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]
    eid: str = ""


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    # -- helpers --------------------------------------------------------------
    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in USED:
                USED.add(v)
                return v

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(h0, h1))

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        lang: str | None = None,
        market: str | None = None,
        account: str | None = None,
        segment: str = "consumer",
        **extra: Any,
    ) -> Cust:
        r = self.rng
        lang = lang or r.choices(W.LANGS, W.WEIGHTS)[0]
        market = market or r.choice(W.MARKETS[lang])
        first, last = r.choice(W.FIRST[lang]), r.choice(W.SURNAME[lang])
        key = self.uniq(lambda: f"AS{self.code}{r.randint(1000, 9999)}")
        plain = strip_accents(f"{first}.{last}").lower().replace("'", "").replace(" ", "")
        if account:
            dom = self.accounts[account]["domain"]
            email = self.uniq(
                lambda: (
                    f"{strip_accents(first).lower()}{r.choice(['', '.' + strip_accents(last).lower()[:1]])}@{dom}"
                )
            )
        else:
            email = self.uniq(
                lambda: f"{plain}{r.choice(['', str(r.randint(1, 99))])}@{r.choice(DOMAINS)}"
            )
        cc, pre, length = PHONE_PREFIX[market]
        phone = self.uniq(
            lambda: cc + pre + "".join(str(r.randint(0, 9)) for _ in range(length - len(pre) + 1))
        )
        handle = (
            None
            if account
            else self.uniq(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            plain.replace(".", "_"),
                            strip_accents(last).lower() + strip_accents(first).lower()[:1],
                            strip_accents(first).lower() + str(r.randint(2, 89)),
                        ]
                    )
                )
            )
        )
        exp = list(expected or [])
        tol = list(tolerated or [])
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": exp,
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": segment,
            "name": f"{first} {last}",
            "job": r.choice(W.JOBS),
        }
        truth.update(extra)
        c = Cust(key, lang, market, f"{first} {last}", email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    def add(
        self,
        t: datetime,
        c: Cust,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> Row:
        if text and not out:
            if channel == "social":
                if "@Astrelia" not in text:
                    i = text.rfind(BRAND)
                    text = text[:i] + "@" + text[i:] if i >= 0 else "@Astrelia " + text
            else:
                text = text.replace("@Astrelia", BRAND)
            if channel not in ("phone", "survey"):
                text = self.roughen(text)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        row = Row(t, len(self.rows), c, channel, kind, out, text, subject, dict(scores or {}), a)
        row.eid = f"as290-{self.code.lower()}-{len(self.rows) + 1:05d}"
        self.rows.append(row)
        return row

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper():
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

    # -- money ------------------------------------------------------------------
    def money(self, c: Cust, eur: int, spoken: bool = False) -> str:
        if c.market == "UK":
            v = round(eur * 0.86)
            return f"{v} pounds" if spoken else f"£{v}"
        if c.market == "CH":
            v = round(eur * 0.94)
            return f"{v} {'Franken' if c.lang == 'de' else 'francs'}" if spoken else f"CHF {v}"
        if spoken:
            return f"{eur} {'Euro' if c.lang == 'de' else 'euros'}"
        return f"€{eur}" if c.lang == "en" else f"{eur} €"

    def night_free(self, t: datetime) -> datetime:
        if t.hour >= 22:
            return (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def ref(self) -> str:
        return self.uniq(lambda: f"AS-{self.rng.randint(100000, 999999)}")

    # -- happy acts ---------------------------------------------------------------
    def happy(
        self,
        c: Cust,
        t: datetime,
        lang: str | None = None,
        kinds: tuple[str, ...] = (
            "praise",
            "again",
            "gripe",
            "chat",
            "email",
            "phone",
            "buy",
            "view",
            "review",
            "survey",
        ),
    ) -> Row:
        lang = lang or c.lang
        k = self.rng.choice(kinds)
        r = self.rng
        if k in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.PRAISE_AGAIN, "gripe": W.PRAISE_GRIPE}[k]
            ch = r.choice(["social", "community"])
            return self.add(
                t,
                c,
                ch,
                "post" if ch == "community" else r.choice(["post", "mention"]),
                self.pick(table, lang).format(brand=BRAND),
            )
        if k == "chat":
            row = self.add(t, c, "chat", "chat", self.pick(W.QUESTION, lang))
            self.add(
                t + timedelta(minutes=r.randint(1, 6)),
                c,
                "chat",
                "chat",
                self.pick(W.ANSWER, lang),
                out=True,
            )
            if r.random() < 0.6:
                self.add(
                    t + timedelta(minutes=r.randint(7, 10)),
                    c,
                    "chat",
                    "chat",
                    self.pick(W.THANKS, lang),
                )
            return row
        if k == "email":
            row = self.add(
                t, c, "email", "message", self.pick(W.QUESTION, lang), subject=W.ASK_SUBJECT[lang]
            )
            self.add(
                self.night_free(t + timedelta(hours=r.uniform(1, 5))),
                c,
                "email",
                "message",
                self.pick(W.ANSWER, lang),
                out=True,
            )
            return row
        if k == "phone":
            row = self.add(t, c, "phone", "call", self.pick(W.PHONE_Q, lang))
            self.add(
                t + timedelta(minutes=r.randint(10, 40)),
                c,
                "email",
                "message",
                self.pick(W.PHONE_FOLLOWUP, lang),
                out=True,
            )
            return row
        if k == "buy":
            name, eur = r.choice(W.PRODUCTS)
            self.add(t, c, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
            return self.add(
                t + timedelta(minutes=r.randint(3, 15)),
                c,
                "web",
                "purchase",
                attrs=self.price(c, name, eur),
            )
        if k == "view":
            return self.add(t, c, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        if k == "review":
            return self.add(
                t,
                c,
                "web",
                "review",
                self.pick(W.REVIEW, lang),
                attrs={"rating": "5", "page": "/reviews"},
            )
        return self.survey_happy(c, t, lang)

    def survey_happy(self, c: Cust, t: datetime, lang: str) -> Row:
        r = self.rng
        which = r.choice(["nps", "csat", "ces"])
        val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
        return self.add(
            t,
            c,
            "survey",
            "survey_response",
            self.pick(W.SURVEY_WORD, lang) or None,
            scores={which: val},
            attrs={"survey": which},
        )

    def price(self, c: Cust, name: str, eur: int) -> dict[str, str]:
        if c.market == "UK":
            return {
                "order_value": f"{eur * 0.86:.2f}",
                "currency": "GBP",
                "product": name,
                "page": "/checkout",
            }
        if c.market == "CH":
            return {
                "order_value": f"{eur * 0.94:.2f}",
                "currency": "CHF",
                "product": name,
                "page": "/checkout",
            }
        return {
            "order_value": f"{eur:.2f}",
            "currency": "EUR",
            "product": name,
            "page": "/checkout",
        }

    def happy_days(
        self,
        c: Cust,
        n: int,
        days: list[int],
        h0: float = 7,
        h1: float = 19,
        lang_cycle: tuple[str, ...] = (),
    ) -> None:
        for i, d in enumerate(sorted(self.rng.sample(days, min(n, len(days))))):
            lang = lang_cycle[i % len(lang_cycle)] if lang_cycle else None
            self.happy(c, self.at(d, h0, h1), lang)

    # -- complaints ---------------------------------------------------------------
    def complaint_text(
        self, c: Cust, problem: str, channel: str, lang: str, long: bool = False
    ) -> str:
        amt = self.money(c, self.rng.choice([34, 46, 58, 72]), spoken=channel == "phone")
        if channel == "phone":
            return self.pick(W.PHONE_COMPLAINT[problem], lang).format(amt=amt)
        body = self.pick(W.COMPLAINT[problem], lang).format(amt=amt)
        first = c.name.split(" ")[0]
        if long:
            return self.pick(W.LONG_WRAP, lang).format(c=body, name=first)
        wrap = {
            "email": W.EMAIL_WRAP,
            "chat": W.CHAT_WRAP,
            "social": W.SOCIAL_WRAP,
            "web": W.FORM_WRAP,
        }[channel]
        return self.pick(wrap, lang).format(c=body, name=first)

    def complain(
        self, c: Cust, t: datetime, problem: str, channel: str, lang: str, long: bool = False
    ) -> Row:
        text = self.complaint_text(c, problem, channel, lang, long)
        subj = (
            W.COMPLAINT_SUBJECT[lang].format(topic=W.TOPIC_WORD[problem][lang])
            if channel == "email"
            else None
        )
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
        }[channel]
        attrs = {"page": "/help/contact"} if channel == "web" else None
        return self.add(t, c, channel, kind, text, subject=subj, attrs=attrs)

    def reply_case(
        self, c: Cust, t: datetime, channel: str, ref: str, lang: str, quality: bool = False
    ) -> Row:
        r = self.rng
        first = c.name.split(" ")[0]
        if channel == "chat" and not quality:
            return self.add(
                t + timedelta(minutes=r.randint(1, 5)),
                c,
                "chat",
                "chat",
                self.pick(W.AGENT_CASE, lang).format(name=first, ref=ref),
                out=True,
            )
        table = W.AGENT_QUALITY if quality else W.AGENT_CASE
        when = t + (
            timedelta(hours=r.uniform(1.5, 2.5))
            if quality
            else timedelta(minutes=r.randint(10, 40))
        )
        return self.add(
            self.night_free(when),
            c,
            "email",
            "message",
            self.pick(table, lang).format(name=first, ref=ref),
            subject=W.CASE_SUBJECT[lang].format(ref=ref),
            out=True,
        )

    # -- output -------------------------------------------------------------------
    def finish(self, expected: dict[str, int]) -> tuple[str, str]:
        self.rows.sort(key=lambda x: (x.t, x.seq))
        seen: set[str] = set()
        lines = []
        r = self.rough
        for row in self.rows:
            c = row.cust
            ref: dict[str, Any] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            full = row.out or (c.key not in seen)
            if not row.out:
                seen.add(c.key)
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif row.channel == "phone":
                cc = PHONE_PREFIX[c.market][0]
                ref["phone"] = cc + " " + c.phone[len(cc) :] if r.random() < 0.5 else c.phone
            elif row.channel in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if r.random() > 0.2 else c.handle[1:]
                else:
                    ref["email"] = c.email
            elif row.channel == "email":
                ref["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
            if row.t.year != 2026 or row.t >= LAST_OK or row.t < self.start:
                raise SystemExit(f"{self.name}: {row.eid} out of range {row.t}")
            lines.append(
                json.dumps(
                    {
                        "event_id": row.eid,
                        "occurred_at": row.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "channel": row.channel,
                        "kind": row.kind,
                        "direction": "outbound" if row.out else "inbound",
                        "customer": ref,
                        "text": row.text,
                        "subject": row.subject,
                        "scores": {
                            "nps": row.scores.get("nps"),
                            "csat": row.scores.get("csat"),
                            "ces": row.scores.get("ces"),
                        },
                        "source": SOURCES[row.channel],
                        "attributes": dict(sorted(row.attrs.items())),
                    },
                    ensure_ascii=False,
                )
            )
        got: dict[str, int] = {}
        for c in self.custs.values():
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{c.key}: expects and tolerates")
            if c.key not in seen:
                raise SystemExit(f"{c.key}: no inbound touchpoint")
            for rule in c.truth["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        if got != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {got}")
        end = max(self.start + timedelta(days=self.days), self.rows[-1].t + timedelta(hours=1))
        for acc in self.accounts.values():
            acc.pop("domain", None)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": f"{BRAND}: stargazing nights and planetarium shows; {PLAN} membership; Astrelia Teams on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "by hand, blind (heldout290)",
                "expected": dict(sorted(expected.items())),
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {k: self.custs[k].truth for k in sorted(self.custs)},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return "\n".join(lines) + "\n", json.dumps(
            truth, ensure_ascii=False, indent=1, sort_keys=True
        ) + "\n"


USED: set[str] = set()


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def night_time(f: Fam, day: int) -> datetime:
    """22:12-04:30 UTC of the night after ``day``."""
    return f.start + timedelta(days=day, hours=22.2 + f.rng.uniform(0, 6.3))


# ---------------------------------------------------------------- families --
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d0(2026, 2, 2),
        10,
        "16 day writers, 5 night writers, 5 who only answer surveys",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            t = night_time(f, d)
            if f.rng.random() < 0.5:
                f.add(
                    t,
                    c,
                    f.rng.choice(["social", "community"]),
                    "post",
                    f.pick(W.NIGHT_POST, c.lang).format(brand=BRAND),
                )
            else:
                f.add(t, c, "chat", "chat", f.pick(W.NIGHT_CHAT, c.lang))
                f.add(
                    t + timedelta(minutes=f.rng.randint(1, 5)),
                    c,
                    "chat",
                    "chat",
                    f.pick(W.NIGHT_ANSWER, c.lang),
                    out=True,
                )
                f.add(
                    t + timedelta(minutes=f.rng.randint(6, 9)),
                    c,
                    "chat",
                    "chat",
                    f.pick(W.THANKS, c.lang),
                )
        for d in f.rng.sample(range(10), f.rng.randint(2, 3)):
            f.happy(c, f.at(d, 9, 18), kinds=("praise", "buy", "view", "review"))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.survey_happy(c, f.at(d, 8, 20), c.lang)
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, d0(2026, 3, 9), 12, "24 customers with one bad day, 8 controls")
    r = f.rng
    channels = [ch for ch in ("long", "email", "chat", "social", "web", "phone") for _ in range(4)]
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(problems)
    plan = list(zip(channels, problems, strict=True))
    with_case = [i for i, (ch, _) in enumerate(plan) if ch != "social"]
    nps_i = set(r.sample(with_case, 6))
    csat_i = set(r.sample([i for i in with_case if i not in nps_i], 5))
    good_i = set(r.sample(with_case, 12))
    sorry_i = set(r.sample(sorted(good_i), 5))
    for i, (ch, problem) in enumerate(plan):
        lang = ["en", "de"][i % 2] if ch == "long" else None
        det = i in nps_i
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
            lang=lang,
            problem=problem,
            long_email=ch == "long",
        )
        bad = r.randint(2, 9)
        for d in r.sample([d for d in range(12) if d <= bad - 2 or d >= bad + 3], r.randint(1, 5)):
            f.happy(
                c,
                f.at(d, 8, 20),
                kinds=("praise", "again", "gripe", "chat", "email", "buy", "view", "review"),
            )
        t = f.at(bad, 8, 20)
        channel = "email" if ch == "long" else ch
        row = f.complain(c, t, problem, channel, c.lang, long=ch == "long")
        c.truth.update(
            bad_day_at=row.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            bad_day_event_id=row.eid,
            trouble_starts_at=row.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            channel=channel,
            booking=None,
        )
        if ch == "social":
            continue
        ref = f.ref()
        c.truth["booking"] = ref
        f.reply_case(c, t, channel, ref, c.lang)
        if det:
            s = f.add(
                t + timedelta(minutes=r.randint(100, 140)),
                c,
                "survey",
                "survey_response",
                f.pick(W.NPS_WORD, c.lang) or None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, nps=s.scores["nps"], survey_event_id=s.eid)
        if i in csat_i:
            s = f.add(
                t + timedelta(minutes=r.randint(40, 80)),
                c,
                "survey",
                "survey_response",
                f.pick(W.LOW_WORD, c.lang) or None,
                scores={"csat": r.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, csat=s.scores["csat"], survey_event_id=s.eid)
        if i in good_i:
            f.add(
                f.night_free(t + timedelta(hours=r.uniform(1, 4))),
                c,
                "email",
                "message",
                f.pick(W.AGENT_GOOD, c.lang).format(ref=ref),
                subject=W.CASE_SUBJECT[c.lang].format(ref=ref),
                out=True,
            )
            c.truth["agent_fixed"] = True
        if i in sorry_i:
            a = f.add(
                f.night_free(t + timedelta(hours=r.uniform(16, 24))),
                c,
                r.choice(["chat", "email"]),
                "message",
                f.pick(W.APOLOGY, c.lang),
            )
            if a.channel == "chat":
                a.kind = "chat"
            c.truth.update(
                apologised=True,
                apology_at=a.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                apology_event_id=a.eid,
            )
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, r.randint(4, 7), list(range(12)))
    return f


def later_channel(r: random.Random, used: list[str]) -> str:
    return r.choice([ch for ch in ("email", "chat", "phone", "web", "social") if ch not in used])


def repeat_run(
    f: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    first_ch: str,
    n: int,
    quality: bool,
    langs: tuple[str, ...],
) -> None:
    r = f.rng
    ref = f.ref()
    row = f.complain(c, t, problem, first_ch, langs[0])
    f.reply_case(c, t, first_ch, ref, langs[0], quality=False)
    if quality:
        f.reply_case(c, t, first_ch, ref, langs[0], quality=True)
    used = [first_ch]
    ids = [row.eid]
    comp = r.choice(W.COMPETITORS) if n >= 3 else None
    for k in range(2, n + 1):
        lang = langs[(k - 1) % len(langs)]
        t = t + timedelta(hours=r.uniform(4, 40))
        t = f.night_free(t)
        ch = later_channel(r, used)
        used.append(ch)
        body = f.pick(W.COMPLAINT[problem], lang).format(amt=f.money(c, 46))
        if ch == "phone":
            text = f.pick(W.STILL_OPEN_PHONE, lang).format(ref=ref)
        else:
            text = f.pick(W.STILL_OPEN, lang).format(ref=ref, c=body)
            if k == 3 and comp:
                text += f.pick(W.THIRD, lang).format(comp=comp)
            if k == 4:
                text += f.pick(W.FOURTH, lang)
        if ch == "phone" and k == 3 and comp:
            text += " " + f.pick(W.THIRD, lang).format(comp=comp).strip().lower().rstrip(".")
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
        }[ch]
        x = f.add(
            t,
            c,
            ch,
            kind,
            text,
            subject=W.CASE_SUBJECT[lang].format(ref=ref) if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        ids.append(x.eid)
        if ch == "chat":
            f.add(
                t + timedelta(minutes=r.randint(1, 4)),
                c,
                "chat",
                "chat",
                f.pick(W.AGENT_ADDED, lang).format(ref=ref),
                out=True,
            )
    c.truth.update(
        problem=problem,
        booking=ref,
        contacts=n,
        channels=used,
        channel=first_ch,
        agent_passed_on=quality,
        problem_event_ids=ids,
        competitor=comp,
        trouble_starts_at=row.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )


def fixed_run(
    f: Fam, c: Cust, t: datetime, problem: str, ch: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    r = f.rng
    ref = f.ref()
    row = f.complain(c, t, problem, ch, lang)
    f.reply_case(c, t, ch, ref, lang)
    g = f.add(
        f.night_free(t + timedelta(hours=r.uniform(3, 20))),
        c,
        "email",
        "message",
        f.pick(W.AGENT_GOOD, lang).format(ref=ref),
        subject=W.CASE_SUBJECT[lang].format(ref=ref),
        out=True,
    )
    cch = r.choice(["email", "chat"])
    cf = f.add(
        f.night_free(g.t + timedelta(hours=r.uniform(8, 30))),
        c,
        cch,
        "message" if cch == "email" else "chat",
        f.pick(W.CONFIRM, confirm_lang).format(ref=ref),
        subject=W.CASE_SUBJECT[confirm_lang].format(ref=ref) if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": row.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "fixed_at": g.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "confirmed_at": cf.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "problem_event_ids": [row.eid],
        "confirm_event_id": cf.eid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d0(2026, 4, 13),
        10,
        "12 repeat contacts, 5 fixed, 3 with two problems, 7 frequent writers",
    )
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(counts)
    quality = set(r.sample(range(12), 6))
    for i in range(12):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.happy_days(c, r.randint(1, 3), [0], 7, 12)
        repeat_run(
            f,
            c,
            f.at(r.randint(1, 4), 8, 19),
            r.choice(W.PROBLEMS),
            firsts[i],
            counts[i],
            i in quality,
            (c.lang,),
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], ["silence"])
        p = fixed_run(
            f,
            c,
            f.at(r.randint(1, 5), 8, 19),
            r.choice(W.PROBLEMS),
            r.choice(["web", "email", "chat"]),
            c.lang,
            c.lang,
        )
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], ["silence"])
        a, b = r.sample(W.PROBLEMS, 2)
        d = r.randint(0, 1)
        p1 = fixed_run(f, c, f.at(d, 8, 12), a, "email", c.lang, c.lang)
        p2 = fixed_run(f, c, f.at(d + r.randint(4, 5), 8, 12), b, "chat", c.lang, c.lang)
        c.truth.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in sorted(r.sample(range(10), r.randint(5, 8))):
            f.happy(c, f.at(d, 8, 19), kinds=("chat", "chat", "email", "phone", "praise"))
    return f


def slide(f: Fam, c: Cust, start: float, span: int, langs: tuple[str, ...], nps: bool) -> None:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    ratings = ["3", "3", "2", "2", "1", "1"]
    ids = []
    t = f.at(start, 8, 19)
    first = t
    step = span * 24 / 6
    for k in range(6):
        lang = langs[k % len(langs)]
        text = W.SLIDE[lang][k].format(brand=BRAND, comp=comp, amt=f.money(c, 12))
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            row = f.add(
                t, c, "web", "review", text, attrs={"rating": ratings[k], "page": "/reviews"}
            )
        else:
            row = f.add(t, c, ch, "post" if ch == "community" else "mention", text)
        ids.append(row.eid)
        if k == 3 and nps:
            s = f.add(
                f.night_free(t + timedelta(hours=r.uniform(2.5, 3.5))),
                c,
                "survey",
                "survey_response",
                f.pick(W.NPS_WORD, lang) or None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, nps=s.scores["nps"], survey_event_id=s.eid)
        t = f.night_free(t + timedelta(hours=max(1.0, step * r.uniform(0.7, 1.2))))
    c.truth.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=first.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d0(2026, 5, 4),
        32,
        "10 sliders, 5 leavers, 6 steady, 5 steadily grumpy, 5 sarcastic",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    nps = set(r.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop", "detractor"] if i in nps else ["sentiment_drop"]
        c = f.person("slow_churner", "slides", exp, SLIDE_TOL)
        days = sorted(r.sample(range(11), 7))
        for d in days[: r.randint(4, 5)]:
            f.happy(c, f.at(d, 8, 20), kinds=("praise", "again"))
        for d in r.sample(range(11), r.randint(2, 4)):
            f.happy(c, f.at(d, 8, 20), kinds=("chat", "buy", "view", "review"))
        slide(f, c, r.randint(12, 16), spans[i], (c.lang,), i in nps)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", ["churn_intent"], LEAVE_TOL)
        f.happy_days(c, r.randint(4, 6), list(range(16)), 8, 20)
        t = f.at(r.randint(17, 23), 8, 19)
        ask = f.add(t, c, "email", "message", f.pick(W.LEAVE, c.lang), subject=PLAN)
        f.add(
            f.night_free(t + timedelta(hours=r.uniform(1, 5))),
            c,
            "email",
            "message",
            f.pick(W.SORRY_GO, c.lang),
            subject="Re: " + PLAN,
            out=True,
        )
        cx = f.add(
            f.night_free(t + timedelta(hours=r.uniform(20, 30))),
            c,
            "web",
            "cancellation",
            attrs={"page": "/account/membership", "product": PLAN},
        )
        c.truth.update(
            churn_intent_event_id=ask.eid,
            cancellation_event_id=cx.eid,
            churn_at=cx.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            trouble_starts_at=ask.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, r.randint(6, 10), list(range(32)), 8, 20)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        gd = float(r.randint(0, 4))
        ids = []
        for _ in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web", "review"])
            text = f.pick(W.GRUMPY, c.lang)
            if ch == "review":
                row = f.add(
                    f.at(gd, 8, 20),
                    c,
                    "web",
                    "review",
                    text,
                    attrs={"rating": "3", "page": "/reviews"},
                )
            elif ch == "web":
                row = f.add(
                    f.at(gd, 8, 20), c, "web", "ticket", text, attrs={"page": "/help/contact"}
                )
            else:
                row = f.add(f.at(gd, 8, 20), c, ch, "post", text)
            ids.append(row.eid)
            gd += r.randint(1, 3)
        for _ in range(r.randint(0, 2)):
            f.happy(c, f.at(r.randint(0, 30), 8, 20), kinds=("buy",))
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=f.rows[[x.eid for x in f.rows].index(ids[0])].t.strftime(
                "%Y-%m-%dT%H:%M:%SZ"
            ),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], ["silence"])
        f.happy_days(c, r.randint(4, 6), list(range(32)), 8, 20)
        s = f.add(
            f.at(r.randint(17, 28), 9, 20),
            c,
            "social",
            "mention",
            f.pick(W.SARCASM, c.lang).format(brand=BRAND),
        )
        c.truth.update(sarcasm_event_id=s.eid)
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        d0(2026, 6, 12),
        3,
        "calm weekend: 16 day customers, 4 mild grumblers, 36 night owls in three bursts a night",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in r.sample(range(3), r.randint(1, 3)):
            f.happy(c, f.at(d, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(r.randint(0, 2), 8, 17)
        f.happy(c, t, kinds=("view", "buy"))
        t2 = t + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            g = f.add(t2, c, "chat", "chat", f.pick(W.MILD, c.lang))
            f.add(
                t2 + timedelta(minutes=r.randint(1, 5)),
                c,
                "chat",
                "chat",
                f.pick(W.MILD_ANSWER, c.lang),
                out=True,
            )
        else:
            g = f.add(
                t2, c, "web", "ticket", f.pick(W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.add(
                t2 + timedelta(minutes=r.randint(20, 60)),
                c,
                "email",
                "message",
                f.pick(W.FORM_ACK, c.lang),
                out=True,
            )
        c.truth.update(grumble_event_id=g.eid, trouble_starts_at=g.t.strftime("%Y-%m-%dT%H:%M:%SZ"))
    n = 0
    for night in range(1, 4):
        b1 = f.start + timedelta(days=night, minutes=r.randint(40, 65))
        starts = [
            b1,
            b1 + timedelta(minutes=r.randint(28, 33)),
            b1 + timedelta(minutes=r.randint(55, 65)),
        ]
        for b, bs in enumerate(starts, 1):
            for _ in range(4):
                n += 1
                c = f.person("night_owl", f"night {night}, burst {b}", [], [])
                t = bs + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    e = f.add(t, c, "chat", "chat", f.pick(W.NIGHT_CHAT, c.lang))
                    f.add(
                        t + timedelta(minutes=r.randint(1, 4)),
                        c,
                        "chat",
                        "chat",
                        f.pick(W.NIGHT_ANSWER, c.lang),
                        out=True,
                    )
                    f.add(
                        t + timedelta(minutes=r.randint(5, 8)),
                        c,
                        "chat",
                        "chat",
                        f.pick(W.THANKS, c.lang),
                    )
                else:
                    e = f.add(
                        t,
                        c,
                        r.choice(["social", "community"]),
                        "post",
                        f.pick(W.NIGHT_POST, c.lang).format(brand=BRAND),
                    )
                c.truth.update(burst_at=bs.strftime("%Y-%m-%dT%H:%M:%SZ"), night_event_id=e.eid)
                if n % 2 == 0:
                    f.happy(
                        c, f.at(r.randint(0, 2), 9, 17.5), kinds=("praise", "view", "buy", "review")
                    )
    return f


PAIRS = (
    [("en", "de")] * 4
    + [("de", "en")] * 4
    + [
        ("en", "fr"),
        ("de", "fr"),
        ("fr", "de"),
        ("en", "es"),
        ("es", "en"),
        ("de", "it"),
        ("it", "de"),
        ("en", "pt"),
        ("pt", "en"),
        ("de", "es"),
        ("es", "de"),
        ("en", "it"),
        ("it", "en"),
        ("de", "pt"),
        ("pt", "de"),
        ("fr", "en"),
        ("de", "en"),
        ("en", "de"),
        ("es", "fr"),
        ("de", "en"),
        ("en", "de"),
        ("it", "fr"),
        ("en", "de"),
        ("de", "en"),
        ("pt", "es"),
        ("fr", "it"),
        ("en", "de"),
    ]
)
PAIR_MARKET = {"en": "IE", "de": "CH", "fr": "BE", "es": "ES", "it": "CH", "pt": "PT"}


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        d0(2026, 7, 6),
        14,
        "12 alternating languages, 5 repeat contacts, 5 sliders, 3 bad days in the second language, 2 fixed",
    )
    r = f.rng
    pairs = PAIRS[:]
    r.shuffle(pairs)

    def who(
        persona: str, habit: str, exp: list[str], tol: list[str]
    ) -> tuple[Cust, tuple[str, str]]:
        p = pairs.pop()
        market = (
            r.choice([PAIR_MARKET[p[0]], PAIR_MARKET[p[1]]])
            if "CH" not in (PAIR_MARKET[p[0]], PAIR_MARKET[p[1]])
            else "CH"
        )
        c = f.person(
            persona,
            habit,
            exp,
            tol,
            lang=p[0],
            market=market,
            languages=list(p),
            job_second_language=r.choice(
                ["partner's language", "grew up abroad", "works across the border", "studied there"]
            ),
        )
        return c, p

    for _ in range(12):
        c, p = who("happy", "alternates languages", [], [])
        f.happy_days(c, r.randint(5, 8), list(range(14)), 8, 20, lang_cycle=p)
    counts = [2, 2, 3, 3, 4]
    for i in range(5):
        c, p = who("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.happy_days(c, r.randint(1, 3), [0, 1], 8, 18, lang_cycle=p)
        repeat_run(
            f,
            c,
            f.at(r.randint(2, 5), 8, 19),
            r.choice(W.PROBLEMS),
            r.choice(["web", "email", "chat"]),
            counts[i],
            counts[i] >= 3,
            p,
        )
    for _ in range(5):
        c, p = who("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        for k, d in enumerate(sorted(r.sample(range(6), 5))):
            f.happy(c, f.at(d, 8, 20), p[k % 2], kinds=("praise", "again"))
        for d in r.sample(range(6), r.randint(1, 3)):
            f.happy(c, f.at(d, 8, 20), p[1], kinds=("buy", "view", "chat"))
        slide(f, c, r.randint(7, 8), r.randint(3, 5), p, False)
    for ch in ["long", "email", "chat"]:
        c, p = who("happy_one_bad_day", "one bad day", [], ["silence"])
        if ch == "long" and p[1] != "de":
            p = (p[0], "de")
            c.truth["languages"] = list(p)
        bad = r.randint(5, 9)
        f.happy_days(
            c,
            r.randint(2, 4),
            [d for d in range(14) if d <= bad - 2 or d >= bad + 3],
            8,
            20,
            lang_cycle=p,
        )
        t = f.at(bad, 9, 19)
        problem = r.choice(W.PROBLEMS)
        row = f.complain(c, t, problem, "email" if ch == "long" else ch, p[1], long=ch == "long")
        ref = f.ref()
        f.reply_case(c, t, "email" if ch == "long" else ch, ref, p[1])
        c.truth.update(
            problem=problem,
            booking=ref,
            bad_day_at=row.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            bad_day_event_id=row.eid,
            bad_day_language=p[1],
            long_email=ch == "long",
            trouble_starts_at=row.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        if ch != "chat":
            f.add(
                f.night_free(t + timedelta(hours=r.uniform(1, 4))),
                c,
                "email",
                "message",
                f.pick(W.AGENT_GOOD, p[1]).format(ref=ref),
                subject=W.CASE_SUBJECT[p[1]].format(ref=ref),
                out=True,
            )
            c.truth["agent_fixed"] = True
        if ch == "email":
            a = f.add(
                f.night_free(t + timedelta(hours=r.uniform(18, 24))),
                c,
                "chat",
                "chat",
                f.pick(W.APOLOGY, p[1]),
            )
            c.truth.update(
                apologised=True,
                apology_at=a.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                apology_event_id=a.eid,
            )
    for _ in range(2):
        c, p = who("resolved_between_contacts", "fixed", [], ["silence"])
        pr = fixed_run(f, c, f.at(r.randint(2, 9), 8, 18), r.choice(W.PROBLEMS), "web", p[0], p[1])
        c.truth.update(problems=[pr], trouble_starts_at=pr["raised_at"], confirm_language=p[1])
    return f


COMPANIES = [
    ("construction", "Brückner Hochbau"),
    ("school", "Gesamtschule Am Lindenhof"),
    ("school", "St Brendan's College"),
    ("events", "Northlight Events"),
    ("university", "Hochschule Rheintal"),
    ("hotel", "Hotel Seeblick"),
    ("school", "Colegio Montesol"),
    ("film", "Lumen Filmproduktion"),
    ("facilities", "Kessler Facility Services"),
    ("school", "Lycée Jean Moulin"),
    ("municipality", "Stadt Neuhofen"),
    ("school", "Liceo Galilei"),
    ("cleaning", "Brightway Cleaning"),
    ("school", "Escola Básica do Vale"),
    ("plumbing", "Hargreaves Plumbing"),
]


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d0(2026, 9, 21),
        14,
        "15 accounts of Astrelia Teams: 5 at risk, 4 with one unhappy contact, 3 with mild suggestions, 3 happy",
    )
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    at_risk_plan = [
        ("portal", 3),
        ("invoice", 3),
        ("service_blocked", 3),
        ("invoice", 4),
        ("overbilled", 4),
    ]
    one_days = [3, 4, 7, 8]
    comp_lang = {
        "Brückner Hochbau": "de",
        "Gesamtschule Am Lindenhof": "de",
        "St Brendan's College": "en",
        "Northlight Events": "en",
        "Hochschule Rheintal": "de",
        "Hotel Seeblick": "de",
        "Colegio Montesol": "es",
        "Lumen Filmproduktion": "de",
        "Kessler Facility Services": "de",
        "Lycée Jean Moulin": "fr",
        "Stadt Neuhofen": "de",
        "Liceo Galilei": "it",
        "Brightway Cleaning": "en",
        "Escola Básica do Vale": "pt",
        "Hargreaves Plumbing": "en",
    }
    order = COMPANIES[:]
    r.shuffle(order)
    wd = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]

    def office(day: int, h0: float = 8, h1: float = 16.5) -> datetime:
        return f.at(day, h0, h1)

    for kind, (site, company) in zip(kinds, order, strict=True):
        lang = comp_lang[company]
        market = r.choice(W.MARKETS[lang])
        acc = f.uniq(lambda m=market: f"ATM-{m}-{r.randint(1000, 9999)}")
        dom = strip_accents(company).lower().replace(" ", "").replace("'", "")[:18] + ".example"
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "domain": dom,
            "kind": kind,
            "language": lang,
            "country": market,
            "same_problem": None,
            "trouble_starts_at": None,
            "expected_rules": [],
            "tolerated_rules": [],
            "at_risk": kind == "at_risk",
        }
        n = {"at_risk": r.randint(4, 6), "one_unhappy": 3, "mild": r.randint(3, 4), "happy": 3}[
            kind
        ]
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for _ in range(n):
            while True:
                c = f.person(
                    "b2b_happy",
                    "contact",
                    [],
                    [],
                    lang=lang,
                    market=market,
                    account=acc,
                    segment="b2b",
                    company=company,
                    role="contact",
                    job_title=r.choice(
                        [
                            "Office manager",
                            "Head of science",
                            "HR lead",
                            "Teacher",
                            "Events coordinator",
                            "Finance officer",
                        ]
                    ),
                )
                fn = c.name.split(" ")[0]
                if fn not in firsts:
                    firsts.add(fn)
                    break
                del f.custs[c.key]
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
        unhappy: list[Cust] = []
        if kind == "at_risk":
            problem, k = at_risk_plan.pop(0)
            unhappy = contacts[:k]
            f.accounts[acc].update(same_problem=problem, expected_rules=["account_risk"])
            t = office(2, 9, 12)
            first_row = None
            ref = f.ref()
            first_name = unhappy[0].name.split(" ")[0]
            for j, c in enumerate(unhappy):
                c.truth.update(
                    persona="b2b_unhappy",
                    habit="complainer",
                    role="complainer",
                    problem=problem,
                    booking=ref,
                    tolerated_rules=list(B2B_TOL),
                )
                body = f.pick(W.B2B_COMPLAINT[problem], lang)
                text = (
                    body
                    if j == 0
                    else f.pick(W.B2B_LATER, lang).format(
                        first=first_name, day=W.WEEKDAY[lang][2], ref=ref, c=body
                    )
                )
                row = f.add(
                    t,
                    c,
                    "email",
                    "message",
                    text,
                    subject=W.COMPLAINT_SUBJECT[lang].format(topic=company),
                )
                if j == 0:
                    first_row = row
                    f.add(
                        t + timedelta(minutes=r.randint(20, 50)),
                        c,
                        "email",
                        "message",
                        f.pick(W.B2B_ACK, lang).format(name=first_name, ref=ref),
                        subject=W.CASE_SUBJECT[lang].format(ref=ref),
                        out=True,
                    )
                ids = [row.eid]
                if j < k - 1:
                    s = f.add(
                        t + timedelta(hours=r.uniform(1, 3)),
                        c,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": r.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(
                        expected_rules=["detractor"],
                        nps_given=True,
                        nps=s.scores["nps"],
                        survey_event_id=s.eid,
                    )
                else:
                    t2 = t + timedelta(hours=r.uniform(18, 40))
                    while t2.weekday() >= 5 or not 8 <= t2.hour < 17:
                        t2 = (
                            (t2 + timedelta(days=1)).replace(hour=8, minute=r.randint(5, 55))
                            if t2.hour >= 17 or t2.weekday() >= 5
                            else t2.replace(hour=8, minute=r.randint(5, 55))
                        )
                    if problem == "invoice" and k == 3:
                        comp = r.choice(W.COMPETITORS)
                        x = f.add(
                            t2,
                            c,
                            "email",
                            "message",
                            f.pick(W.B2B_LAST_EMAIL, lang).format(ref=ref, comp=comp),
                            subject=W.CASE_SUBJECT[lang].format(ref=ref),
                        )
                        c.truth["competitor"] = comp
                    else:
                        x = f.add(
                            t2, c, "phone", "call", f.pick(W.B2B_LAST_CALL, lang).format(ref=ref)
                        )
                    ids.append(x.eid)
                    c.truth.update(expected_rules=["repeat_contact"])
                c.truth.update(
                    complaint_event_ids=ids, trouble_starts_at=row.t.strftime("%Y-%m-%dT%H:%M:%SZ")
                )
                t = t + timedelta(hours=r.uniform(8, 28))
                while t.weekday() >= 5 or not 8 <= t.hour < 17:
                    t = t + timedelta(hours=1)
            assert first_row is not None
            f.accounts[acc]["trouble_starts_at"] = first_row.t.strftime("%Y-%m-%dT%H:%M:%SZ")
        elif kind == "one_unhappy":
            c = contacts[0]
            unhappy = [c]
            problem = r.choice(W.B2B_PROBLEMS)
            ref = f.ref()
            t = office(one_days.pop(0), 8, 16)
            row = f.add(
                t,
                c,
                "email",
                "message",
                f.pick(W.B2B_COMPLAINT[problem], lang),
                subject=W.COMPLAINT_SUBJECT[lang].format(topic=company),
            )
            f.add(
                t + timedelta(minutes=r.randint(20, 50)),
                c,
                "email",
                "message",
                f.pick(W.B2B_ACK, lang).format(name=c.name.split(" ")[0], ref=ref),
                subject=W.CASE_SUBJECT[lang].format(ref=ref),
                out=True,
            )
            s = f.add(
                t + timedelta(hours=r.uniform(1, 3)),
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                persona="b2b_one_unhappy",
                habit="complainer",
                role="complainer",
                expected_rules=["detractor"],
                tolerated_rules=["sentiment_drop", "high_value_at_risk", "silence"],
                problem=problem,
                booking=ref,
                complaint_event_ids=[row.eid],
                nps_given=True,
                nps=s.scores["nps"],
                survey_event_id=s.eid,
                trouble_starts_at=row.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = office(r.choice([2, 3, 4, 7, 8]), 8, 16)
                m = f.add(
                    t,
                    c,
                    "web",
                    "ticket",
                    f.pick(W.B2B_MILD, lang),
                    attrs={"page": "/teams/feedback"},
                )
                f.add(
                    t + timedelta(minutes=r.randint(30, 90)),
                    c,
                    "email",
                    "message",
                    f.pick(W.FORM_ACK, lang),
                    out=True,
                )
                c.truth.update(
                    persona="b2b_mild",
                    habit="suggests",
                    role="suggests",
                    tolerated_rules=["silence"],
                    mild_event_id=m.eid,
                    trouble_starts_at=m.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                )
        for c in contacts:
            busy = c.truth["persona"] != "b2b_happy"
            for d in r.sample([0, 1], r.randint(0, 2)) if busy else r.sample(wd, r.randint(2, 5)):
                t = office(d)
                act = r.choice(["chat", "buy", "view"] + ([] if busy else ["praise", "survey"]))
                if act == "chat":
                    f.add(t, c, "chat", "chat", f.pick(W.B2B_QUESTION, lang))
                    f.add(
                        t + timedelta(minutes=r.randint(1, 6)),
                        c,
                        "chat",
                        "chat",
                        f.pick(W.B2B_ANSWER, lang),
                        out=True,
                    )
                    if r.random() < 0.6:
                        f.add(
                            t + timedelta(minutes=r.randint(7, 12)),
                            c,
                            "chat",
                            "chat",
                            f.pick(W.THANKS, lang),
                        )
                elif act == "buy":
                    name, eur = r.choice(W.PRODUCTS)
                    f.add(t, c, "web", "page_view", attrs={"page": "/teams/portal"})
                    f.add(
                        t + timedelta(minutes=r.randint(3, 12)),
                        c,
                        "web",
                        "purchase",
                        attrs=f.price(c, "Teams: " + name, eur * 12),
                    )
                elif act == "view":
                    f.add(t, c, "web", "page_view", attrs={"page": "/teams/portal"})
                elif act == "praise":
                    f.add(t, c, "community", "post", f.pick(W.B2B_PRAISE, lang))
                else:
                    f.survey_happy(c, t, lang)
            if not any(x.cust is c and not x.out for x in f.rows):
                f.add(
                    office(r.choice([0, 1])), c, "web", "page_view", attrs={"page": "/teams/portal"}
                )
        a = f.accounts[acc]
        a.update(
            contacts=len(contacts),
            contact_keys=sorted(x.key for x in contacts),
            unhappy_contacts=len(unhappy),
            unhappy_contact_keys=sorted(x.key for x in unhappy),
        )
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        d0(2026, 10, 12),
        7,
        "a calm week and the spike on Saturday 17 October 2026",
    )
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in r.sample(range(6), r.randint(1, 4)):
            f.happy(c, f.at(d, 12, 19) if d == 5 else f.at(d, 8, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(0, 9, 17)
        g = f.add(t, c, "chat", "chat", W.GRUMPY[c.lang][0])
        f.add(
            t + timedelta(minutes=r.randint(1, 5)),
            c,
            "chat",
            "chat",
            f.pick(W.MILD_ANSWER, c.lang),
            out=True,
        )
        c.truth.update(grumble_event_id=g.eid, trouble_starts_at=g.t.strftime("%Y-%m-%dT%H:%M:%SZ"))
    for lang, hm in (("en", (9, 40)), ("de", (16, 5))):
        c = f.person("grumbles_once", "lone question", [], ["silence"], lang=lang)
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        q = f.add(t, c, "chat", "chat", f.pick(W.LONE_Q, lang))
        f.add(
            t + timedelta(minutes=r.randint(2, 6)),
            c,
            "chat",
            "chat",
            f.pick(W.LONE_A, lang),
            out=True,
        )
        c.truth.update(
            lone_report_event_id=q.eid, trouble_starts_at=q.t.strftime("%Y-%m-%dT%H:%M:%SZ")
        )
    langs = ["en"] * 6 + ["de"] * 6 + ["es", "es", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    s0 = f.start + timedelta(days=5, hours=8, minutes=20)
    offs = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    reporters = []
    for i in range(20):
        regular = i < 12
        c = f.person(
            "spike_reporter",
            "regular" if regular else "new",
            [],
            ["silence"],
            lang=langs[i],
            in_spike=True,
            regular=regular,
        )
        if regular:
            for d in r.sample([2, 3, 4], r.randint(1, 2)):
                f.happy(c, f.at(d, 8, 17.5))
        reporters.append(c)
    order = list(range(20))
    r.shuffle(order)
    events = []
    for pos, i in enumerate(order):
        c = reporters[i]
        t = s0 + timedelta(minutes=offs[pos])
        ch = chans[i]
        text = f.pick(W.SPIKE, c.lang).format(code=CODE)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        row = f.add(
            t,
            c,
            ch,
            kind,
            text,
            subject="E-ticket " + CODE if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                t + timedelta(minutes=r.randint(1, 3)),
                c,
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_ANSWER, c.lang),
                out=True,
            )
        c.truth.update(
            spike_event_id=row.eid,
            spike_channel=ch,
            trouble_starts_at=row.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        events.append((row, c))
    early = [(row, c) for row, c in events if row.t <= s0 + timedelta(minutes=25)]
    rep = r.sample(early, 6)
    rep_ch = ["email", "email", "chat", "chat", "community", "community"]
    rep_ids = []
    for (row, c), ch in zip(rep, rep_ch, strict=True):
        if ch == row.channel:
            ch = "email" if ch != "email" else "chat"
        t = row.t + timedelta(minutes=r.randint(15, 50))
        x = f.add(
            t,
            c,
            ch,
            {"email": "message", "chat": "chat", "community": "post"}[ch],
            f.pick(W.SPIKE_AGAIN, c.lang).format(code=CODE),
            subject="Re: E-ticket " + CODE if ch == "email" else None,
        )
        rep_ids.append(x.eid)
        c.truth.update(
            persona="spike_repeater",
            expected_rules=["repeat_contact"],
            tolerated_rules=["silence", "sentiment_drop"],
            repeat_event_id=x.eid,
        )
    rest = [(row, c) for row, c in events if c.truth["persona"] == "spike_reporter"]
    for _row, c in r.sample(rest, 6):
        local = "10:40" if c.market in ("UK", "IE", "PT") else "11:40"
        amt = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "€10" if c.lang == "en" else "10 €")
        f.add(
            f.start + timedelta(days=5, hours=10, minutes=r.randint(8, 17)),
            c,
            "email",
            "message",
            f.pick(W.SPIKE_FIXED, c.lang).format(time=local, amt=amt),
            subject="E-ticket",
            out=True,
        )
        c.truth["agent_fixed"] = True
    first_rows = sorted(row.t for row, _ in events)
    f.spike = {
        "topic": f"planetarium e-tickets shown as void and refused by the dome gate scanners: nobody can get in, error {CODE}",
        "about": "Saturday-morning kids' planetarium shows; every e-ticket in the app refused",
        "channel": None,
        "start": first_rows[0].strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": first_rows[-1].strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": sorted(c.key for c in reporters),
        "event_ids": [row.eid for row, _ in events],
        "repeat_event_ids": rep_ids,
    }
    return f


FAMILIES = [
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
    USED.clear()
    for build, expected in FAMILIES:
        fam = build()
        jsonl, truth = fam.finish(expected)
        (HERE / f"{fam.name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{fam.name}.truth.json").write_text(truth, encoding="utf-8")


if __name__ == "__main__":
    main()
