# ruff: noqa: E501
"""Write heldout265: eight hand-written families for Cuvora (heating oil at home).

Standard library only; seeded; one random.Random per family. Run from anywhere:
``python make_heldout265.py``. Two runs give the same bytes.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import wording as W  # noqa: E402

BRAND = "Cuvora"
PLAN = "Cuvora Sérénité"
PRO = "Cuvora Pro"
COMPS = ("Fioulanne", "Heizwell")
CODE = "CMD.4471"
SEED = 20261017
WRITTEN = "2026-12-07"
LIMIT = datetime(2026, 11, 20)
USED: set[str] = set()
SILENCE = ["silence"]
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
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def transcribe(text: str, lang: str) -> str:
    kept = "".join(ch if ch.isalnum() or (ch in " '’-%€£./" and ch != ".") else " " for ch in text)
    words = kept.split()
    if lang != "de":
        words = [
            w
            if any(c.isdigit() for c in w) or (w.isupper() and len(w) > 1 and "-" in w)
            else w.lower()
            for w in words
        ]
    return " ".join(words)


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any] = field(default_factory=dict)
    lang2: str | None = None


@dataclass
class Row:
    t: datetime
    seq: int
    cust: Cust
    data: dict[str, Any]


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.n, self.start, self.days, self.about = (
            name,
            code,
            n,
            start,
            days,
            about,
        )
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: list[Cust] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}

    # ---------------------------------------------------------------- people --
    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in USED:
                USED.add(v)
                return v

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
        lang = lang or r.choices(W.LANGS, W.WEIGHTS)[0]
        market = market or r.choice(W.MARKETS[lang])
        first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
        key = self.uniq(lambda: f"CV{self.code}{r.randint(1000, 9999)}")
        plain = strip_accents(f"{first}.{last}").lower().replace(" ", "").replace("'", "")
        if domain:
            email = self.uniq(
                lambda: (
                    f"{strip_accents(first).lower()}{r.choice(['', '.' + strip_accents(last).lower().replace(' ', '')[:1]])}@{domain}"
                )
            )
            handle = None
        else:
            email = self.uniq(
                lambda: (
                    f"{plain}{r.choice(['', str(r.randint(1, 99))])}@{r.choice(['mailbox', 'postnet', 'webpost', 'inbox'])}.example"
                )
            )
            handle = self.uniq(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{strip_accents(last).lower().replace(' ', '')}_{strip_accents(first).lower()}{r.randint(1, 9)}",
                            f"{strip_accents(first).lower()}{strip_accents(last).lower()[:1]}{r.randint(10, 99)}",
                        ]
                    )
                )
            )
        cc, pre, digits = W.PHONE[market]
        phone = self.uniq(lambda: cc + pre + "".join(str(r.randint(0, 9)) for _ in range(digits)))
        c = Cust(key, lang, market, first, email, phone, handle, account)
        town = r.choice(W.TOWNS[market])
        c.truth = {
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
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": r.choice(W.JOBS[lang]),
            "town": town,
        }
        self.custs.append(c)
        return c

    # ------------------------------------------------------------ touchpoints --
    def rough(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 1 / 8 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) >= 5]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
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
        agent_lang: str | None = None,
    ) -> str:
        seq = len(self.rows)
        eid = f"cv265-{self.code.lower()}-{seq + 1:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.rough(text)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(W.AGENTS[agent_lang or c.lang])
        a.update(attrs or {})
        src = {
            "email": "mail",
            "phone": "voice",
            "social": "social",
            "community": "forum",
            "chat": "chat",
            "web": "web",
            "survey": "survey",
        }[channel]
        data: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": f"cuvora-{src}",
            "attributes": a,
        }
        self.rows.append(Row(t, seq, c, data))
        return eid

    def agent_of(self, c: Cust, lang: str | None = None) -> str:
        return self.rng.choice(W.AGENTS[lang or c.lang])

    def w(self, table: dict[str, list[str]], c: Cust, lang: str | None = None, **kw: str) -> str:
        base = {
            "brand": PRO if c.account else BRAND,
            "plan": PLAN,
            "first": c.first,
            "agent": self.agent_of(c, lang),
        }
        return W.pick(self.rng, table, lang or c.lang, **(base | kw))

    # ------------------------------------------------------------------ time --
    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(h0, h1))

    def morning(self, t: datetime) -> datetime:
        if t.hour >= 22:
            return (t + timedelta(days=1)).replace(hour=8, minute=0, second=0) + timedelta(
                minutes=self.rng.randint(0, 59)
            )
        if t.hour < 7:
            return t.replace(hour=8, minute=0, second=0) + timedelta(
                minutes=self.rng.randint(0, 59)
            )
        return t

    def mins(self, a: float, b: float) -> timedelta:
        return timedelta(minutes=self.rng.uniform(a, b))

    # ---------------------------------------------------------------- acts --
    def money(self, c: Cust, eur: float) -> tuple[str, str]:
        cur = W.CURRENCY.get(c.market, "EUR")
        v = eur * (0.86 if cur == "GBP" else 0.94 if cur == "CHF" else 1.0)
        return f"{v:.2f}", cur

    def case(self) -> str:
        return self.uniq(lambda: f"CV-{self.rng.randint(100000, 999999)}")

    def happy(
        self, c: Cust, t: datetime, lang: str | None = None, kinds: tuple[str, ...] | None = None
    ) -> None:
        r = self.rng
        lang = lang or c.lang
        k = r.choice(
            kinds
            or (
                "praise",
                "praise",
                "again",
                "gripe",
                "chat",
                "email_q",
                "phone_q",
                "buy",
                "view",
                "review",
                "survey",
            )
        )
        if k in ("praise", "again", "gripe"):
            table = {"praise": W.T["praise"], "again": W.T["again"], "gripe": W.T["gripe_praise"]}[
                k
            ]
            txt = self.w(table, c, lang)
            if not c.account and r.random() < 0.5:
                self.add(
                    c,
                    t,
                    "social",
                    "mention",
                    txt
                    if "@" + BRAND in txt
                    else (
                        txt.replace(BRAND, "@" + BRAND) if BRAND in txt else "@" + BRAND + " " + txt
                    ),
                )
            else:
                self.add(c, t, "community", "post", txt.replace("@" + BRAND, BRAND))
        elif k == "chat":
            self.add(
                c,
                t,
                "chat",
                "chat",
                self.w(W.B2B["question"] if c.account else W.T["question"], c, lang),
            )
            self.add(
                c,
                t + self.mins(1, 6),
                "chat",
                "chat",
                self.w(W.B2B["answer"] if c.account else W.T["answer"], c, lang),
                out=True,
                agent_lang=lang,
            )
            if r.random() < 0.6:
                self.add(c, t + self.mins(7, 12), "chat", "chat", self.w(W.T["thanks"], c, lang))
        elif k == "email_q":
            self.add(
                c,
                t,
                "email",
                "message",
                self.w(W.T["question"], c, lang),
                subject={"fr": "Question", "en": "Quick question"}.get(lang, "?"),
            )
            self.add(
                c,
                self.morning(t + self.mins(30, 180)),
                "email",
                "message",
                self.w(W.T["answer"], c, lang),
                subject="Re",
                out=True,
                agent_lang=lang,
            )
        elif k == "phone_q":
            self.add(c, t, "phone", "call", self.w(W.T["phone_q"], c, lang))
            self.add(
                c,
                t + self.mins(15, 50),
                "email",
                "message",
                self.w(W.T["phone_followup"], c, lang),
                subject=BRAND,
                out=True,
                agent_lang=lang,
            )
        elif k == "buy":
            page = r.choice(W.PAGES)
            self.add(c, t, "web", "page_view", attrs={"page": page})
            prod, eur = r.choice(W.PRODUCTS)
            v, cur = self.money(c, eur)
            self.add(
                c,
                t + self.mins(3, 15),
                "web",
                "purchase",
                attrs={"order_value": v, "currency": cur, "product": prod, "page": "/order"},
            )
        elif k == "view":
            self.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.w(W.T["review"], c, lang),
                attrs={"rating": str(r.choice([4, 5, 5])), "page": "/reviews"},
            )
        else:
            self.survey_happy(c, t, lang)

    def survey_happy(self, c: Cust, t: datetime, lang: str | None = None) -> None:
        r = self.rng
        s = r.choice(["nps", "csat", "ces"])
        val = {"nps": r.choice([9, 10]), "csat": r.choice([4, 5]), "ces": r.choice([6, 7])}[s]
        word = self.w(W.T["survey_word"], c, lang)
        self.add(
            c, t, "survey", "survey_response", word or None, scores={s: val}, attrs={"survey": s}
        )

    def happy_days(
        self,
        c: Cust,
        n: int,
        days: list[int],
        h0: float = 7,
        h1: float = 19,
        kinds: tuple[str, ...] | None = None,
    ) -> None:
        for d in self.rng.sample(days, min(n, len(days))):
            self.happy(c, self.at(d, h0, h1), kinds=kinds)

    def complaint_text(self, c: Cust, problem: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        return self.w(W.COMPLAINT[problem], c, lang)

    def subject(self, c: Cust, problem: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        return self.w(W.T["complaint_subject"], c, lang, topic=W.TOPIC[problem][lang])

    def contact(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        text: str,
        subj: str | None,
        lang: str | None = None,
    ) -> str:
        lang = lang or c.lang
        if channel == "phone":
            return self.add(
                c,
                t,
                "phone",
                "call",
                transcribe(self.w(W.T["phone_open"], c, lang) + " " + text, lang),
            )
        if channel == "email":
            return self.add(c, t, "email", "message", text, subject=subj)
        if channel == "chat":
            return self.add(c, t, "chat", "chat", text)
        if channel == "web":
            return self.add(
                c, t, "web", "ticket", text, subject=subj, attrs={"page": "/help/contact"}
            )
        if channel == "social":
            return self.add(c, t, "social", "mention", "@" + BRAND + " " + text)
        return self.add(c, t, "community", "post", text)

    def reply_case(
        self, c: Cust, t: datetime, channel: str, case: str, lang: str | None = None
    ) -> None:
        lang = lang or c.lang
        if channel == "chat":
            self.add(
                c,
                t + self.mins(1, 5),
                "chat",
                "chat",
                self.w(W.T["chat_case"], c, lang, case=case),
                out=True,
                agent_lang=lang,
            )
        elif channel != "social":
            self.add(
                c,
                self.morning(t + self.mins(10, 40)),
                "email",
                "message",
                self.w(W.T["case_opened"], c, lang, case=case),
                subject=self.w(W.T["case_subject"], c, lang, case=case),
                out=True,
                agent_lang=lang,
            )

    # ---------------------------------------------------------------- output --
    def write(self, expected: dict[str, int]) -> tuple[int, int, int]:
        rows = sorted(self.rows, key=lambda x: (x.t, x.seq))
        seen: set[str] = set()
        for row in rows:
            c, d = row.cust, row.data
            ids: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            full = d["direction"] == "outbound" or (
                c.key not in seen and d["direction"] == "inbound"
            )
            if d["direction"] == "inbound":
                seen.add(c.key)
            if full:
                ids |= {
                    "customer_id": c.key,
                    "email": c.email,
                    "phone": c.phone,
                    "handle": c.handle,
                }
            elif d["channel"] == "email":
                ids["email"] = c.email.upper() if self.rr.random() < 1 / 12 else c.email
            elif d["channel"] == "phone":
                ids["phone"] = (
                    c.phone if self.rr.random() < 0.5 else c.phone[:3] + " " + c.phone[3:]
                )
            elif d["channel"] in ("social", "community"):
                if c.handle:
                    ids["handle"] = c.handle if self.rr.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ids["email"] = c.email
            else:
                ids["customer_id"] = c.key
            d["customer"] = ids
            if row.t.year != 2026 or row.t >= LIMIT or row.t < self.start:
                raise SystemExit(f"{self.name}: bad time {row.t}")
        got: dict[str, int] = {}
        for c in self.custs:
            if c.key not in seen:
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{self.name}: {c.key} expects and tolerates")
            for rule in c.truth["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        if got != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {got}")
        end = max(self.start + timedelta(days=self.days), rows[-1].t + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": f"{BRAND}: heating oil delivered at home; {PRO} for firms on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.custs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row.data, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(rows), sum(1 for x in rows if x.data["direction"] == "outbound")


# -------------------------------------------------------------------- families --
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 1, 12),
        10,
        "happy day writers, night writers and survey-only customers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.start + timedelta(days=d, hours=22.2 + f.rng.uniform(0, 6.3))
            if f.rng.random() < 0.5:
                f.add(
                    c, t, "social", "mention", f.w(W.T["night_post"], c).replace(BRAND, "@" + BRAND)
                )
            else:
                f.add(c, t, "chat", "chat", f.w(W.T["night_q"], c))
                f.add(c, t + f.mins(2, 6), "chat", "chat", f.w(W.T["night_answer"], c), out=True)
                f.add(c, t + f.mins(8, 12), "chat", "chat", f.w(W.T["thanks"], c))
        f.happy_days(
            c, f.rng.randint(2, 3), list(range(10)), 9, 18, ("praise", "buy", "view", "review")
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.survey_happy(c, f.at(d, 8, 20))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 2, 9),
        12,
        "happy customers with one bad day, detractors, controls",
    )
    r = f.rng
    plan = [
        (p, ch)
        for i, ch in enumerate(["long", "email", "chat", "social", "web", "phone"])
        for p in (W.PROBLEMS[i:] + W.PROBLEMS[:i])[:4]
    ]
    long_langs = iter(["fr", "en", "de", "fr"])
    with_case = [i for i, (_, ch) in enumerate(plan) if ch != "social"]
    nps_set = set(r.sample(with_case, 6))
    csat_set = set(r.sample([i for i in with_case if i not in nps_set], 5))
    good = set(r.sample(with_case, 12))
    apol = set(r.sample(sorted(good), 5))
    for i, (problem, ch) in enumerate(plan):
        lang = next(long_langs) if ch == "long" else None
        det = i in nps_set
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if det else [],
            tolerated=SILENCE,
        )
        bd = r.randint(2, 9)
        t = f.at(bd, 8, 20)
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(
            c,
            r.randint(1, 5),
            days,
            kinds=("praise", "again", "gripe", "chat", "buy", "view", "review", "phone_q"),
        )
        text = f.complaint_text(c, problem)
        if ch == "long":
            text = f.w(W.LETTER_OPEN, c) + text + f.w(W.LETTER_CLOSE, c)
        channel = "email" if ch == "long" else ch
        eid = f.contact(c, t, channel, text, f.subject(c, problem))
        case = None if ch == "social" else f.case()
        c.truth |= {
            "problem": problem,
            "channel": channel,
            "long_email": ch == "long",
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(t),
            "booking": case,
            "nps_given": det,
            "csat_given": i in csat_set,
            "agent_fixed": i in good,
            "apologised": i in apol,
        }
        if case:
            f.reply_case(c, t, channel, case)
        if det:
            n = r.randint(1, 5)
            c.truth |= {
                "nps": n,
                "survey_event_id": f.add(
                    c,
                    t + f.mins(100, 140),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            }
        if i in csat_set:
            n = r.choice([1, 2])
            c.truth |= {
                "csat": n,
                "survey_event_id": f.add(
                    c,
                    t + f.mins(40, 80),
                    "survey",
                    "survey_response",
                    f.w(W.T["low_csat_word"], c) or None,
                    scores={"csat": n},
                    attrs={"survey": "csat"},
                ),
            }
        if i in good and case:
            f.add(
                c,
                f.morning(t + f.mins(60, 240)),
                "email",
                "message",
                f.w(W.T["good_news"], c, case=case),
                subject=f.w(W.T["case_subject"], c, case=case),
                out=True,
            )
        if i in apol:
            ta = f.morning(t + timedelta(hours=r.uniform(16, 24)))
            ch2 = r.choice(["chat", "email"])
            c.truth |= {
                "apology_at": iso(ta),
                "apology_event_id": f.add(
                    c,
                    ta,
                    ch2,
                    "chat" if ch2 == "chat" else "message",
                    f.w(W.T["apology"], c),
                    subject=None if ch2 == "chat" else f"Re: {case}",
                ),
            }
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, r.randint(4, 7), list(range(12)))
    return f


def later_channels(r: random.Random, first: str, n: int) -> list[str]:
    pool = [x for x in ["email", "chat", "phone", "web", "social"] if x != first]
    return r.sample(pool, n)


def repeat_run(
    f: Fam, c: Cust, problem: str, n: int, first_ch: str, t: datetime, lead: bool, langs: list[str]
) -> None:
    r = f.rng
    case = f.case()
    comp = r.choice(COMPS)
    eids = [
        f.contact(
            c,
            t,
            first_ch,
            f.complaint_text(c, problem, langs[0]),
            f.subject(c, problem, langs[0]),
            langs[0],
        )
    ]
    f.reply_case(c, t, first_ch, case, langs[0])
    if lead:
        f.add(
            c,
            f.morning(t + f.mins(90, 150)),
            "email",
            "message",
            f.w(W.T["quality_lead"], c, langs[0], case=case),
            subject=f.w(W.T["case_subject"], c, langs[0], case=case),
            out=True,
            agent_lang=langs[0],
        )
    chans = [first_ch, *later_channels(r, first_ch, n - 1)]
    for k in range(1, n):
        lang = langs[k % len(langs)]
        t = f.morning(t + timedelta(hours=r.uniform(4, 40)))
        text = f.w(W.T["still_open"], c, lang, case=case) + " " + f.complaint_text(c, problem, lang)
        if k == 2:
            text += " " + f.w(W.T["third_line"], c, lang, comp=comp)
        if k == 3:
            text = f.w(W.T["fourth_line"], c, lang) + " " + text
        eids.append(
            f.contact(c, t, chans[k], text, f.w(W.T["case_subject"], c, lang, case=case), lang)
        )
        if chans[k] == "chat":
            f.add(
                c,
                t + f.mins(1, 5),
                "chat",
                "chat",
                f.w(W.T["urgent"], c, lang, case=case),
                out=True,
                agent_lang=lang,
            )
    c.truth |= {
        "problem": problem,
        "booking": case,
        "contacts": n,
        "channels": chans,
        "agent_passed_on": lead,
        "problem_event_ids": eids,
        "competitor": comp if n >= 3 else None,
        "trouble_starts_at": f.rows[[x.data["event_id"] for x in f.rows].index(eids[0])].data[
            "occurred_at"
        ],
    }


def fixed_case(
    f: Fam, c: Cust, problem: str, t: datetime, lang1: str, lang2: str
) -> dict[str, Any]:
    r = f.rng
    case = f.case()
    ch = r.choice(["web", "email"]) if lang1 == lang2 else "web"
    e1 = f.contact(
        c, t, ch, f.complaint_text(c, problem, lang1), f.subject(c, problem, lang1), lang1
    )
    f.reply_case(c, t, ch, case, lang1)
    tf = f.morning(t + timedelta(hours=r.uniform(3, 20)))
    f.add(
        c,
        tf,
        "email",
        "message",
        f.w(W.T["good_news"], c, lang1, case=case),
        subject=f.w(W.T["case_subject"], c, lang1, case=case),
        out=True,
        agent_lang=lang1,
    )
    tc = f.morning(tf + timedelta(hours=r.uniform(8, 30)))
    cch = r.choice(["email", "chat"])
    e2 = f.add(
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        f.w(W.T["confirm"], c, lang2, case=case),
        subject=f"Re: {case}" if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [e1],
        "confirm_event_id": e2,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 3, 9),
        10,
        "repeat contacts about one open problem, fixed cases, two problems, frequent writers",
    )
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    leads = set(r.sample(range(12), 6))
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        f.happy_days(c, r.randint(1, 3), [0], 7, 12, ("praise", "buy", "view", "review"))
        repeat_run(
            f,
            c,
            W.PROBLEMS[i % 6],
            counts[i],
            firsts[i],
            f.at(r.randint(1, 4), 8, 19),
            i in leads,
            [c.lang],
        )
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=SILENCE)
        f.happy_days(c, r.randint(1, 2), [0], 7, 12)
        case = fixed_case(f, c, W.PROBLEMS[i], f.at(r.randint(1, 4), 8, 18), c.lang, c.lang)
        c.truth |= {"problems": [case], "trouble_starts_at": case["raised_at"]}
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=SILENCE)
        p1, p2 = r.sample(W.PROBLEMS, 2)
        d1 = r.randint(1, 2)
        a = fixed_case(f, c, p1, f.at(d1, 8, 17), c.lang, c.lang)
        b = fixed_case(f, c, p2, f.at(d1 + r.randint(4, 5), 8, 17), c.lang, c.lang)
        c.truth |= {"problems": [a, b], "trouble_starts_at": a["raised_at"]}
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(
            c,
            r.randint(5, 8),
            list(range(10)),
            kinds=("chat", "chat", "email_q", "phone_q", "praise", "buy"),
        )
    return f


def slide(f: Fam, c: Cust, t: datetime, span: int, langs: list[str]) -> list[str]:
    r = f.rng
    comp = r.choice(COMPS)
    eids = []
    gaps = sorted(r.uniform(0, span * 24) for _ in range(5))
    times = [t]
    for g in gaps:
        nt = f.morning(max(t + timedelta(hours=g), times[-1] + timedelta(hours=1)))
        times.append(nt)
    for k, tk in enumerate(times):
        lang = langs[k % len(langs)]
        text = W.fill(W.T["slide"][lang][k], brand=BRAND, comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "social":
            eids.append(
                f.add(
                    c,
                    tk,
                    "social",
                    "mention",
                    text if BRAND in text else "@" + BRAND + " " + text.replace(BRAND, "@" + BRAND),
                )
            )
        elif ch == "community":
            eids.append(f.add(c, tk, "community", "post", text))
        else:
            eids.append(
                f.add(
                    c,
                    tk,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
    c.truth |= {
        "slide_event_ids": eids,
        "slide_days": span,
        "competitor": comp,
        "trouble_starts_at": iso(t),
    }
    return eids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 4, 13),
        32,
        "sliders, leavers, steady, steadily grumpy, sarcastic",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    nps_idx = set(r.sample(range(10), 5))
    for i in range(10):
        det = i in nps_idx
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop", *(["detractor"] if det else [])],
            tolerated=SLIDE_TOL,
        )
        f.happy_days(c, r.randint(4, 5), list(range(11)), kinds=("praise",))
        f.happy_days(c, r.randint(2, 4), list(range(11)), kinds=("buy", "chat", "view", "again"))
        eids = slide(f, c, f.at(r.randint(12, 16), 8, 19), spans[i], [c.lang])
        if det:
            t4 = next(x.t for x in f.rows if x.data["event_id"] == eids[3])
            n = r.randint(1, 5)
            c.truth |= {
                "nps_given": True,
                "nps": n,
                "survey_event_id": f.add(
                    c,
                    f.morning(t4 + f.mins(150, 210)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            }
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVE_TOL
        )
        f.happy_days(c, r.randint(4, 6), list(range(16)))
        t = f.at(r.randint(17, 23), 8, 19)
        eid = f.add(
            c,
            t,
            "email",
            "message",
            f.w(W.T["leave"], c),
            subject={"fr": "Résiliation"}.get(c.lang, "Cancel / " + PLAN),
        )
        f.add(
            c,
            f.morning(t + f.mins(60, 300)),
            "email",
            "message",
            f.w(W.T["goodbye"], c),
            subject="Re",
            out=True,
        )
        tc = f.morning(t + timedelta(hours=r.uniform(20, 30)))
        cid = f.add(
            c, tc, "web", "cancellation", None, attrs={"page": "/account/cancel", "product": PLAN}
        )
        c.truth |= {
            "churn_intent_event_id": eid,
            "cancellation_event_id": cid,
            "churn_at": iso(tc),
            "trouble_starts_at": iso(t),
        }
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, r.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = r.randint(0, 4)
        eids = []
        for _k in range(r.randint(5, 7)):
            t = f.at(d, 8, 20)
            ch = r.choice(["social", "community", "web", "review"])
            txt = f.w(W.T["grumble"], c)
            if ch == "social":
                eids.append(f.add(c, t, "social", "mention", "@" + BRAND + " " + txt))
            elif ch == "community":
                eids.append(f.add(c, t, "community", "post", txt))
            elif ch == "web":
                eids.append(f.add(c, t, "web", "ticket", txt, attrs={"page": "/help/contact"}))
            else:
                eids.append(
                    f.add(c, t, "web", "review", txt, attrs={"rating": "3", "page": "/reviews"})
                )
            d += r.randint(1, 3)
        f.happy_days(c, r.randint(0, 2), list(range(30)), kinds=("buy",))
        c.truth |= {
            "grumble_event_ids": eids,
            "trouble_starts_at": next(
                x.data["occurred_at"] for x in f.rows if x.data["event_id"] == eids[0]
            ),
        }
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=SILENCE)
        f.happy_days(c, r.randint(4, 7), list(range(17)))
        t = f.at(r.randint(17, 28), 8, 20)
        c.truth |= {
            "sarcasm_event_id": f.add(
                c, t, "social", "mention", f.w(W.T["sarcasm"], c).replace(BRAND, "@" + BRAND)
            )
        }
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours", "QH", 5, datetime(2026, 6, 12), 3, "a calm weekend with night owls in bursts"
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, r.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=SILENCE)
        t = f.at(r.randint(0, 2), 8, 17)
        f.happy(c, t, kinds=("buy", "view"))
        tg = t + f.mins(20, 30)
        if i < 2:
            e = f.add(c, tg, "chat", "chat", f.w(W.T["mild"], c))
            f.add(c, tg + f.mins(2, 6), "chat", "chat", f.w(W.T["mild_answer"], c), out=True)
        else:
            e = f.add(c, tg, "web", "ticket", f.w(W.T["mild"], c), attrs={"page": "/help/contact"})
            f.add(
                c,
                tg + f.mins(30, 90),
                "email",
                "message",
                f.w(W.T["mild_answer"], c),
                subject="Re",
                out=True,
            )
        c.truth |= {"grumble_event_id": e, "trouble_starts_at": iso(tg)}
    day_owls = set(r.sample(range(36), 18))
    k = 0
    for night in range(3):
        first = f.start + timedelta(days=night + 1, minutes=r.uniform(40, 65))
        for burst, off in enumerate([0, r.uniform(28, 33), r.uniform(55, 65)]):
            bs = first + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {burst + 1}")
                t = bs + f.mins(0, 10)
                if r.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", f.w(W.T["night_q"], c))
                    f.add(
                        c, t + f.mins(2, 6), "chat", "chat", f.w(W.T["night_answer"], c), out=True
                    )
                    f.add(c, t + f.mins(8, 12), "chat", "chat", f.w(W.T["thanks"], c))
                else:
                    e = f.add(c, t, "community", "post", f.w(W.T["night_post"], c))
                c.truth |= {"burst_at": iso(bs), "night_event_id": e}
                if k in day_owls:
                    f.happy(
                        c, f.at(r.randint(0, 2), 9, 17.5), kinds=("praise", "buy", "view", "review")
                    )
                k += 1
    return f


PAIRS = [
    ("fr", "en"),
    ("en", "fr"),
    ("fr", "de"),
    ("en", "es"),
    ("fr", "it"),
    ("en", "pt"),
    ("de", "fr"),
    ("es", "en"),
    ("it", "fr"),
    ("pt", "fr"),
    ("fr", "es"),
    ("en", "de"),
]
PAIR_MARKET = {"fr": "BE", "en": "IE", "de": "CH", "es": "ES", "it": "CH", "pt": "LU"}


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, datetime(2026, 7, 6), 14, "customers who alternate two languages")
    r = f.rng
    why = {
        "fr": "grew up speaking French",
        "en": "works for an English-speaking firm",
        "de": "partner is German-speaking",
        "es": "family from Spain",
        "it": "Italian-speaking mother",
        "pt": "Portuguese-speaking parents",
    }

    def bil(
        persona: str,
        habit: str,
        i: int,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
    ) -> tuple[Cust, list[str]]:
        l1, l2 = PAIRS[i % len(PAIRS)]
        c = f.person(
            persona, habit, lang=l1, market=PAIR_MARKET[l1], expected=expected, tolerated=tolerated
        )
        c.truth |= {"languages": [l1, l2], "job_second_language": why[l2]}
        return c, [l1, l2]

    for i in range(12):
        c, ls = bil("happy", "alternates languages", i)
        for j, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            f.happy(c, f.at(d, 7, 19), lang=ls[j % 2])
    for i, n in enumerate([2, 2, 3, 3, 4]):
        c, ls = bil("repeat_contact", "repeats", i + 3, ["repeat_contact"], REPEAT_TOL)
        for d in r.sample([0, 1], r.randint(1, 2)):
            f.happy(c, f.at(d, 7, 12), kinds=("praise", "buy", "view"))
        repeat_run(
            f,
            c,
            W.PROBLEMS[i],
            n,
            r.choice(["web", "email", "chat"]),
            f.at(r.randint(2, 5), 8, 18),
            n >= 3,
            ls,
        )
    for i in range(5):
        c, ls = bil("slow_churner", "slides", i + 5, ["sentiment_drop"], SLIDE_TOL)
        for j, d in enumerate(sorted(r.sample(range(6), 5))):
            f.happy(c, f.at(d, 7, 19), lang=ls[j % 2], kinds=("praise",))
        for d in r.sample(range(6), r.randint(1, 3)):
            f.happy(c, f.at(d, 7, 19), kinds=("buy", "view"))
        slide(f, c, f.at(r.randint(7, 8), 8, 18), r.randint(3, 5), ls)
    for i, kind in enumerate(["long", "email", "chat"]):
        c, ls = bil("happy_one_bad_day", "one bad day", [2, 0, 1][i], tolerated=SILENCE)
        bd = r.randint(4, 9)
        for d in r.sample([d for d in range(14) if d <= bd - 2 or d >= bd + 3], 3):
            f.happy(c, f.at(d, 7, 19), kinds=("praise", "buy", "view"))
        l2 = ls[1]
        problem = W.PROBLEMS[i + 1]
        t = f.at(bd, 9, 19)
        text = f.complaint_text(c, problem, l2)
        if kind == "long":
            text = f.w(W.LETTER_OPEN, c, l2) + text + f.w(W.LETTER_CLOSE, c, l2)
        ch = "chat" if kind == "chat" else "email"
        eid = f.contact(c, t, ch, text, f.subject(c, problem, l2), l2)
        case = f.case()
        f.reply_case(c, t, ch, case, l2)
        c.truth |= {
            "problem": problem,
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "bad_day_language": l2,
            "booking": case,
            "long_email": kind == "long",
            "channel": ch,
            "trouble_starts_at": iso(t),
        }
        if ch == "email":
            f.add(
                c,
                f.morning(t + f.mins(60, 240)),
                "email",
                "message",
                f.w(W.T["good_news"], c, l2, case=case),
                subject=f.w(W.T["case_subject"], c, l2, case=case),
                out=True,
                agent_lang=l2,
            )
        if kind == "email":
            ta = f.morning(t + timedelta(hours=r.uniform(18, 24)))
            c.truth |= {
                "apologised": True,
                "apology_at": iso(ta),
                "apology_event_id": f.add(c, ta, "chat", "chat", f.w(W.T["apology"], c, l2)),
            }
    for i in range(2):
        c, ls = bil("resolved_between_contacts", "fixed", i + 7, tolerated=SILENCE)
        f.happy(c, f.at(0, 8, 18), kinds=("buy", "praise"))
        fc = fixed_case(f, c, W.PROBLEMS[i + 3], f.at(r.randint(2, 6), 8, 17), ls[0], ls[1])
        c.truth |= {
            "problems": [fc],
            "trouble_starts_at": fc["raised_at"],
            "confirm_language": ls[1],
        }
    return f


COMPANIES = [
    ("Laiterie du Bocage", "dairy", "fr", "FR"),
    ("Transports Moreau", "haulage", "fr", "FR"),
    ("Pennine Growers", "farm", "en", "UK"),
    ("Collège Saint-Exupéry", "school", "fr", "BE"),
    ("Ballyroan Quarry", "quarry", "en", "IE"),
    ("Agrarhof Kessler", "farm", "de", "DE"),
    ("EHPAD Les Tilleuls", "care_home", "fr", "FR"),
    ("Hotel Bergblick", "hotel", "de", "AT"),
    ("Moorside Care", "care_home", "en", "UK"),
    ("Serres Vidal", "greenhouses", "es", "ES"),
    ("Agriturismo Le Querce", "hotel", "it", "IT"),
    ("Lagar do Monte", "winery", "pt", "PT"),
    ("Mairie de Plouaret", "municipality", "fr", "FR"),
    ("Dales Plant Hire", "construction", "en", "UK"),
    ("Golf de la Vallée", "golf", "fr", "CH"),
]
B2B_JOBS = [
    "Facilities manager",
    "Accounts payable",
    "Site manager",
    "Operations manager",
    "Purchasing officer",
    "Office manager",
]


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 9, 7),
        14,
        "Cuvora Pro accounts: at risk, one unhappy, mild, happy",
    )
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    risk_n = [3, 3, 3, 4, 4]
    risk_p = ["portal", "invoice", "service_blocked", "invoice", "overbilled"]
    one_p = ["service_blocked", "overbilled", "portal", "invoice"]
    ri = oi = 0
    for (company, site, lang, market), kind in zip(COMPANIES, kinds, strict=True):
        acc = f.uniq(lambda market=market: f"CVP-{market}-{r.randint(1000, 9999)}")
        domain = (
            strip_accents(company).lower().replace(" ", "").replace("'", "").replace("-", "")
            + ".example"
        )
        n = (
            r.randint(4, 6)
            if kind == "at_risk"
            else 3
            if kind == "one_unhappy"
            else r.randint(3, 4)
        )
        unhappy = risk_n[ri] if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        suggest = 2 if kind == "mild" else 0
        contacts: list[Cust] = []
        for j in range(n):
            if j < unhappy:
                if kind == "at_risk":
                    persona, exp, tol = (
                        "b2b_unhappy",
                        (["detractor"] if j < unhappy - 1 else ["repeat_contact"]),
                        B2B_RISK_TOL,
                    )
                else:
                    persona, exp, tol = (
                        "b2b_one_unhappy",
                        ["detractor"],
                        ["sentiment_drop", "high_value_at_risk", "silence"],
                    )
                role = "complainer"
            elif j < suggest:
                persona, exp, tol, role = "b2b_mild", [], SILENCE, "suggests"
            else:
                persona, exp, tol, role = "b2b_happy", [], [], "contact"
            firsts = {x.first for x in contacts}
            while True:
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
                if c.first not in firsts:
                    break
                f.custs.pop()
            jt = r.choice(B2B_JOBS)
            c.truth |= {"company": company, "role": role, "job_title": jt, "job": jt}
            contacts.append(c)
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(2, 4)):
                    t = f.at(d, 8, 16.5)
                    k = r.choice(["chat", "buy", "view", "praise", "survey"])
                    f.happy(c, t, kinds=(k,))
            else:
                for d in r.sample([0, 1], r.randint(0, 2)):
                    f.happy(c, f.at(d, 8, 16), kinds=(r.choice(["chat", "buy", "view"]),))
        keys = [c.key for c in contacts]
        unhappy_keys: list[str] = []
        trouble = None
        same = None
        if kind == "at_risk":
            same = risk_p[ri]
            ri += 1
            case = f.case()
            comp = r.choice(COMPS)
            t = f.at(2, 8, 12)
            first_c = contacts[0]
            eids = []
            for j in range(unhappy):
                c = contacts[j]
                topic = W.B2B_TOPIC[same][lang]
                if j == 0:
                    text = f.w(W.B2B_COMPLAINT[same], c)
                    trouble = iso(t)
                else:
                    prev = f.start + timedelta(days=2)
                    dayword = (
                        W.TODAY[lang]
                        if t.date() == prev.date()
                        else W.WEEKDAY[lang][prev.weekday()]
                    )
                    text = (
                        f.w(
                            W.B2B["later"],
                            c,
                            colleague=first_c.first,
                            day=dayword,
                            case=case,
                            topic=topic,
                        )
                        + " "
                        + f.w(W.B2B_COMPLAINT[same], c)
                    )
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=f.w(W.T["complaint_subject"], c, topic=topic)
                    + ("" if j == 0 else f" ({case})"),
                )
                eids.append(e)
                unhappy_keys.append(c.key)
                if j == 0:
                    f.add(
                        c,
                        t + f.mins(20, 60),
                        "email",
                        "message",
                        f.w(W.T["case_opened"], c, case=case),
                        subject=f.w(W.T["case_subject"], c, case=case),
                        out=True,
                    )
                c.truth |= {
                    "problem": same,
                    "booking": case,
                    "complaint_event_ids": [e],
                    "trouble_starts_at": iso(t),
                }
                if j < unhappy - 1:
                    s = r.randint(1, 5)
                    c.truth |= {
                        "nps_given": True,
                        "nps": s,
                        "survey_event_id": f.add(
                            c,
                            t + f.mins(60, 180),
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": s},
                            attrs={"survey": "nps"},
                        ),
                    }
                else:
                    t2 = office(f, t + timedelta(hours=r.uniform(18, 40)))
                    if ri == 1:
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            f.w(W.B2B["last_email"], c, case=case, comp=comp),
                            subject=f.w(W.T["case_subject"], c, case=case),
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(c, t2, "phone", "call", f.w(W.B2B["last_call"], c, case=case))
                    c.truth["complaint_event_ids"] = [e, e2]
                t = office(f, t + timedelta(hours=r.uniform(8, 28)))
        elif kind == "one_unhappy":
            same_one = one_p[oi]
            oi += 1
            c = contacts[0]
            t = office(f, f.at(r.randint(3, 7), 8, 16))
            case = f.case()
            e = f.add(
                c,
                t,
                "email",
                "message",
                f.w(W.B2B_COMPLAINT[same_one], c),
                subject=f.w(W.T["complaint_subject"], c, topic=W.B2B_TOPIC[same_one][lang]),
            )
            f.add(
                c,
                t + f.mins(20, 60),
                "email",
                "message",
                f.w(W.T["case_opened"], c, case=case),
                subject=f.w(W.T["case_subject"], c, case=case),
                out=True,
            )
            s = r.randint(1, 5)
            c.truth |= {
                "problem": same_one,
                "booking": case,
                "complaint_event_ids": [e],
                "trouble_starts_at": iso(t),
                "nps_given": True,
                "nps": s,
                "survey_event_id": f.add(
                    c,
                    t + f.mins(60, 180),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": s},
                    attrs={"survey": "nps"},
                ),
            }
            unhappy_keys.append(c.key)
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.at(r.randint(2, 9), 8, 16)
                if t.weekday() >= 5:
                    t += timedelta(days=7 - t.weekday())
                e = f.add(
                    c, t, "web", "ticket", f.w(W.B2B["suggest"], c), attrs={"page": "/pro/feedback"}
                )
                f.add(
                    c,
                    t + f.mins(30, 120),
                    "email",
                    "message",
                    f.w(W.B2B["suggest_ack"], c),
                    subject="Re",
                    out=True,
                )
                c.truth |= {"mild_event_id": e, "trouble_starts_at": iso(t)}
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": same,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }
    return f


def office(f: Fam, t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
        t = (
            (t + timedelta(days=1)).replace(hour=8, minute=0) + f.mins(0, 60)
            if t.hour >= 17 or t.weekday() >= 5
            else t.replace(hour=8, minute=0) + f.mins(0, 60)
        )
    return t


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 10, 12),
        7,
        "a calm week and a Saturday-morning spike",
    )
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in r.sample(range(6), r.randint(1, 4)):
            f.happy(c, f.at(d, 12, 19) if d == 5 else f.at(d, 7, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=SILENCE)
        t = f.at(0, 9, 17)
        e = f.add(c, t, "chat", "chat", f.w(W.T["grumble_chat"], c))
        f.add(c, t + f.mins(2, 6), "chat", "chat", f.w(W.T["mild_answer"], c), out=True)
        c.truth |= {"grumble_event_id": e, "trouble_starts_at": iso(t)}
    for lang, hm in (("fr", (9, 40)), ("en", (16, 5))):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=SILENCE)
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        e = f.add(c, t, "chat", "chat", f.w(W.T["lone_q"], c))
        f.add(c, t + f.mins(2, 6), "chat", "chat", f.w(W.T["lone_answer"], c), out=True)
        c.truth |= {"lone_report_event_id": e, "trouble_starts_at": iso(t)}
    s0 = datetime(2026, 10, 17, 8, 20)
    langs = ["fr"] * 6 + ["en"] * 6 + ["de", "de", "es", "es", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    offs = sorted([0.0, 45.0] + [r.uniform(0, 45) for _ in range(18)])
    reporters = []
    for i in range(20):
        c = f.person(
            "spike_reporter", "regular" if i % 5 < 3 else "new", lang=langs[i], tolerated=SILENCE
        )
        reporters.append((c, s0 + timedelta(minutes=offs[i]), chans[i]))
    early = [i for i in range(20) if offs[i] <= 25]
    rep = set(r.sample(early, 6))
    fixed = set(r.sample([i for i in range(20) if i not in rep], 6))
    rep_ch = ["email", "email", "chat", "chat", "community", "community"]
    r.shuffle(rep_ch)
    eids, reids, keys = [], [], []
    for i, (c, t, ch) in enumerate(reporters):
        if c.truth["habit"] == "regular":
            for _ in range(r.randint(1, 3)):
                f.happy(c, f.at(2, 8, 17.5))
        text = f.w(W.T["spike"], c, code=CODE)
        if ch == "social":
            e = f.add(
                c,
                t,
                "social",
                "mention",
                text.replace(BRAND, "@" + BRAND) if BRAND in text else "@" + BRAND + " " + text,
            )
        elif ch == "chat":
            e = f.add(c, t, "chat", "chat", text)
            f.add(c, t + f.mins(1, 3), "chat", "chat", f.w(W.T["spike_answer"], c), out=True)
        elif ch == "community":
            e = f.add(c, t, "community", "post", text)
        elif ch == "email":
            e = f.add(c, t, "email", "message", text, subject=CODE)
        else:
            e = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        eids.append(e)
        keys.append(c.key)
        c.truth |= {
            "in_spike": True,
            "regular": c.truth["habit"] == "regular",
            "spike_event_id": e,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
        }
        if i in rep:
            ch2 = rep_ch.pop()
            if ch2 == ch:
                ch2 = "email" if ch != "email" else "community"
            t2 = t + f.mins(15, 50)
            txt = f.w(W.T["spike_repeat"], c, code=CODE)
            e2 = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                txt,
                subject=f"Re: {CODE}" if ch2 == "email" else None,
            )
            reids.append(e2)
            c.truth |= {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["silence", "sentiment_drop"],
                "repeat_event_id": e2,
            }
        if i in fixed:
            local = "11:40" if c.market in ("UK", "IE", "PT") else "12:40"
            amount = {"GBP": "£13", "CHF": "CHF 14"}.get(
                W.CURRENCY.get(c.market, "EUR"), "15 €" if c.lang != "en" else "€15"
            )
            f.add(
                c,
                datetime(2026, 10, 17, 11, 5) + f.mins(0, 12),
                "email",
                "message",
                f.w(W.T["spike_fixed"], c, time=local, amount=amount),
                subject=BRAND,
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"heating-oil ordering fails at payment in app and on web: no delivery can be ordered, error {CODE}",
        "about": "Saturday-morning ordering outage",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
    }
    return f


EXPECTED = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 6},
}


def main() -> None:
    USED.clear()
    total = [0, 0, 0]
    for make in (
        happy_writers,
        one_bad_day,
        repeat_contacts,
        slow_churners,
        quiet_hours,
        bilingual,
        b2b_accounts,
        topic_spike,
    ):
        fam = make()
        got = fam.write(EXPECTED[fam.name])
        total = [a + b for a, b in zip(total, got, strict=True)]
        print(fam.name, *got)
    print("total", *total)


if __name__ == "__main__":
    main()
