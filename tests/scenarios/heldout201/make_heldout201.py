# ruff: noqa: E501
"""Build heldout201 (Fixelio, home-appliance repair visits): report-only, written blind.

Run ``python make_heldout201.py`` from anywhere; standard library only, fixed seed.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261105
BRAND = "Fixelio"
COMPS = ("Reparando", "Servimax")
CODE = "FXC-207"
LANG_WEIGHTS = {"de": 30, "en": 30, "fr": 10, "it": 10, "pt": 10, "es": 10}
USED: set[str] = set()

R_SILENCE = ["silence"]
R_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
R_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
R_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
R_GRUMPY = ["repeat_contact", "silence"]
R_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
R_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]


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


def as_call(text: str) -> str:
    text = re.sub(r"[?!.,:;()'\"]", "", text.replace("??", ""))
    words = [
        w.lower() if w.isupper() and len(w) > 1 and not any(d.isdigit() for d in w) else w
        for w in text.split()
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
    truth: dict[str, Any]
    langs: list[str] = field(default_factory=list)


class Fam:
    def __init__(
        self, n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.n, self.name, self.code, self.start, self.days, self.about = (
            n,
            name,
            code,
            start,
            days,
            about,
        )
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    # ---------------------------------------------------------------- people --
    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in USED:
                USED.add(v)
                return v

    def lang(self) -> str:
        return self.rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        market: str | None = None,
    ) -> Cust:
        r = self.rng
        lg = lang or self.lang()
        mk = market or r.choice(W.MARKETS[lg])
        first = r.choice(W.FIRST_NAMES[lg])
        last = r.choice(W.SURNAMES[lg])
        key = self.uniq(lambda: f"FX{self.code}{r.randint(1000, 9999)}")
        plain = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        if domain:
            email = self.uniq(
                lambda: (
                    f"{strip_accents(first).lower()}.{strip_accents(last).lower()}{r.randint(1, 99)}@{domain}"
                )
            )
        else:
            email = self.uniq(
                lambda: (
                    f"{plain}{r.randint(1, 999)}@{r.choice(['mailbox', 'post', 'webmail', 'inbox'])}.example"
                )
            )
        cc, pre, length = W.PHONE_PREFIX[mk]
        phone = self.uniq(lambda: cc + pre + "".join(str(r.randint(0, 9)) for _ in range(length)))
        handle = None
        if account is None:
            base = strip_accents(f"{last}_{first}").lower()
            handle = self.uniq(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            base,
                            base + str(r.randint(1, 99)),
                            strip_accents(first + last).lower() + str(r.randint(1, 9)),
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
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lg, mk, first, email, phone, handle, account, truth, [lg])
        self.custs[key] = c
        return c

    # ---------------------------------------------------------------- time --
    def at(self, day: int, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def daytime(self, t: datetime) -> datetime:
        if t.hour >= 22:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        elif t.hour < 7:
            t = t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    # ---------------------------------------------------------------- rows --
    def fill(self, text: str, c: Cust, lang: str, **kw: str) -> str:
        vals = {
            "brand": BRAND,
            "appl": self.rng.choice(W.APPLIANCES[lang]),
            "agent": self.rng.choice(W.AGENTS),
            "first": c.first,
            "comp": self.rng.choice(COMPS),
            "code": CODE,
            "amount": "£9" if c.market == "UK" else "€10",
        }
        vals.update(kw)
        for _ in range(2):
            text = text.format(**vals) if "{" in text else text
        return text

    def pick(self, table: dict[str, list[str]], c: Cust, lang: str | None = None, **kw: str) -> str:
        lg = lang or c.lang
        return self.fill(self.rng.choice(table[lg]), c, lg, **kw)

    def roughen(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 1 / 8 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) >= 5
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
        source: str | None = None,
    ) -> str:
        if (
            not (datetime(2026, 1, 1, tzinfo=UTC) <= t < datetime(2026, 11, 15, tzinfo=UTC))
            or t < self.start
        ):
            raise SystemExit(f"{self.name}: time out of range {t}")
        self.seq += 1
        eid = f"h201-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not out:
            if channel == "phone":
                text = as_call(text)
            elif channel != "survey":
                text = self.roughen(text)
            if channel == "social":
                if BRAND in text:
                    i = text.rfind(BRAND)
                    text = text[:i] + "@" + text[i:]
                else:
                    text = f"@{BRAND} {text}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        self.rows.append(
            {
                "_t": t,
                "_c": c.key,
                "_out": out,
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": source
                or f"fixelio-{ {'email': 'mail', 'phone': 'voice', 'community': 'forum'}.get(channel, channel) }",
                "attributes": a,
            }
        )
        return eid

    def reply(
        self, c: Cust, t: datetime, channel: str, text: str, subject: str | None = None
    ) -> str:
        kind = "chat" if channel == "chat" else "message"
        return self.add(
            c, t, channel, kind, text, subject, out=True, attrs={"agent": text.rsplit(" ", 1)[-1]}
        )

    # ------------------------------------------------------------ happy acts --
    def happy(
        self,
        c: Cust,
        t: datetime,
        lang: str | None = None,
        kinds: list[str] | None = None,
        surveys: bool = True,
    ) -> None:
        r = self.rng
        lg = lang or c.lang
        choices = kinds or [
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
        k = r.choice(choices)
        if k == "praise":
            ch = "social" if c.handle and r.random() < 0.5 else "community"
            self.add(c, t, ch, "mention" if ch == "social" else "post", self.pick(W.PRAISE, c, lg))
        elif k == "again":
            ch = "social" if c.handle else "community"
            self.add(c, t, ch, "post", self.pick(W.PRAISE_AGAIN, c, lg))
        elif k == "gripe":
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.PRAISE_GRIPE, c, lg),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif k == "chat":
            self.add(c, t, "chat", "chat", self.pick(W.QUESTIONS, c, lg))
            t2 = t + timedelta(minutes=r.randint(1, 6))
            self.reply(c, t2, "chat", self.pick(W.ANSWERS, c, lg))
            if r.random() < 0.6:
                self.add(
                    c,
                    t2 + timedelta(minutes=r.randint(1, 4)),
                    "chat",
                    "chat",
                    self.pick(W.THANKS, c, lg),
                )
        elif k == "email":
            self.add(c, t, "email", "message", self.pick(W.QUESTIONS, c, lg))
            t2 = self.daytime(t + timedelta(minutes=r.randint(30, 180)))
            self.reply(c, t2, "email", self.pick(W.ANSWERS, c, lg))
            if r.random() < 0.5:
                self.add(
                    c,
                    t2 + timedelta(minutes=r.randint(10, 90)),
                    "email",
                    "message",
                    self.pick(W.THANKS, c, lg),
                )
        elif k == "phone":
            self.add(c, t, "phone", "call", self.pick(W.PHONE_Q, c, lg))
            self.reply(
                c,
                t + timedelta(minutes=r.randint(8, 30)),
                "email",
                self.pick(W.PHONE_FOLLOWUP, c, lg),
            )
        elif k == "buy":
            prod, price = r.choice(W.PRODUCTS)
            cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
            if cur != "EUR":
                price = f"{float(price) * (0.86 if cur == 'GBP' else 0.94):.2f}"
            self.add(c, t, "web", "page_view", attrs={"page": "/book"})
            self.add(
                c,
                t + timedelta(minutes=r.randint(2, 9)),
                "web",
                "purchase",
                attrs={"order_value": price, "currency": cur, "product": prod, "page": "/checkout"},
            )
        elif k == "view":
            self.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.REVIEWS, c, lg),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.survey_happy(c, t, lg)

    def survey_happy(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        r = self.rng
        s = r.choice(["nps", "csat", "ces"])
        val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[s]
        word = r.choice(W.SURVEY_WORDS[lang or c.lang])
        return self.add(
            c, t, "survey", "survey_response", word or None, scores={s: val}, attrs={"survey": s}
        )

    def happy_days(
        self,
        c: Cust,
        days: list[int],
        h0: float = 7.0,
        h1: float = 19.0,
        lang_alt: bool = False,
        surveys: bool = True,
    ) -> None:
        for i, d in enumerate(days):
            lg = c.langs[i % len(c.langs)] if lang_alt else c.lang
            self.happy(c, self.at(d, self.rng.uniform(h0, h1)), lg, surveys=surveys)

    def some_days(self, lo: int, hi: int, k: int) -> list[int]:
        pool = list(range(lo, hi + 1))
        return sorted(self.rng.sample(pool, min(k, len(pool))))

    # -------------------------------------------------------------- trouble --
    def case(self) -> str:
        return self.uniq(lambda: f"FX-{self.rng.randint(100000, 999999)}")

    def complain(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        problem: str,
        case: str | None,
        lang: str | None = None,
        long: bool = False,
    ) -> str:
        lg = lang or c.lang
        prob = self.fill(W.PROBLEMS[lg][problem], c, lg)
        subj = W.COMPLAINT_SUBJECT[lg].format(case=case) if case else None
        if channel == "email":
            body = self.pick(W.LONG_EMAIL if long else W.SHORT_COMPLAINT, c, lg, prob=prob)
            return self.add(c, t, "email", "message", body, subj if case else None)
        if channel == "social":
            return self.add(
                c, t, "social", "mention", self.pick(W.SOCIAL_COMPLAINT, c, lg, prob=prob)
            )
        if channel == "phone":
            return self.add(c, t, "phone", "call", self.pick(W.PHONE_COMPLAINT, c, lg, prob=prob))
        if channel == "web":
            return self.add(
                c,
                t,
                "web",
                "ticket",
                self.pick(W.SHORT_COMPLAINT, c, lg, prob=prob),
                attrs={"page": "/help/contact"},
            )
        return self.add(c, t, "chat", "chat", self.pick(W.SHORT_COMPLAINT, c, lg, prob=prob))

    def still_open(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        problem: str,
        case: str,
        nth: int,
        lang: str | None = None,
    ) -> str:
        lg = lang or c.lang
        prob = self.fill(W.PROBLEMS[lg][problem], c, lg)
        table = W.FOURTH if nth == 4 else W.THIRD if nth == 3 else W.STILL_OPEN
        text = self.pick(table, c, lg, case=case, prob=prob)
        if nth >= 3:
            text = self.pick(W.STILL_OPEN, c, lg, case=case, prob=prob) + " " + text
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[channel]
        eid = self.add(
            c,
            t,
            channel,
            kind,
            text,
            W.COMPLAINT_SUBJECT[lg].format(case=case) if channel == "email" else None,
        )
        if channel == "chat":
            self.reply(
                c,
                t + timedelta(minutes=self.rng.randint(1, 5)),
                "chat",
                self.pick(W.ADDED_URGENT, c, lg, case=case),
            )
        return eid

    # -------------------------------------------------------------- output --
    def finish(self) -> tuple[str, str]:
        rows = sorted(self.rows, key=lambda x: (x["_t"], x["event_id"]))
        first_seen: set[str] = set()
        out_lines = []
        for row in rows:
            c = self.custs[row["_c"]]
            full = row["_out"] or c.key not in first_seen
            if not row["_out"]:
                first_seen.add(c.key)
            ref: dict[str, Any] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            else:
                ch = row["channel"]
                if ch == "phone":
                    cc = W.PHONE_PREFIX[c.market][0]
                    ref["phone"] = (
                        c.phone if self.rr.random() < 0.5 else cc + " " + c.phone[len(cc) :]
                    )
                elif ch in ("social", "community"):
                    if c.handle:
                        ref["handle"] = c.handle if self.rr.random() < 0.8 else c.handle.lstrip("@")
                    else:
                        ref["email"] = c.email
                elif ch == "email":
                    ref["email"] = c.email.upper() if self.rr.random() < 1 / 12 else c.email
                else:
                    ref["customer_id"] = c.key
            rec = {k: v for k, v in row.items() if not k.startswith("_")}
            rec["customer"] = ref
            rec["scores"] = {
                "nps": row["scores"].get("nps"),
                "csat": row["scores"].get("csat"),
                "ces": row["scores"].get("ces"),
            }
            out_lines.append(json.dumps(rec, ensure_ascii=False))
        for key in self.custs:
            if key not in first_seen:
                raise SystemExit(f"{self.name}: {key} has no inbound touchpoint")
        expected: dict[str, int] = {}
        for c in self.custs.values():
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{self.name}: {c.key} expects and tolerates a rule")
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        last = rows[-1]["_t"] + timedelta(hours=1)
        end = max(self.start + timedelta(days=self.days), last)
        if end >= datetime(2026, 11, 15, tzinfo=UTC):
            raise SystemExit(f"{self.name}: end too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Fixelio: home-appliance repair visits by app and web, Fixelio Plus membership, Fixelio Pro on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-06",
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
        return "\n".join(out_lines) + "\n", json.dumps(
            truth, ensure_ascii=False, indent=1, sort_keys=True
        ) + "\n"


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ---------------------------------------------------------------- families --
def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        d0(2026, 3, 16),
        10,
        "happy day and night writers and survey answerers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.some_days(0, 9, f.rng.randint(5, 8)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.some_days(0, 8, f.rng.randint(2, 4)):
            t = f.at(d, f.rng.choice([22.3, 23.1, 24.6, 25.4, 27.9]))
            if f.rng.random() < 0.5:
                f.add(c, t, "social" if c.handle else "community", "post", f.pick(W.NIGHT_POSTS, c))
            else:
                f.add(c, t, "chat", "chat", f.pick(W.NIGHT_Q, c))
                f.reply(c, t + timedelta(minutes=f.rng.randint(2, 8)), "chat", f.pick(W.NIGHT_A, c))
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(10, 14)),
                    "chat",
                    "chat",
                    f.pick(W.THANKS, c),
                )
        f.happy_days(c, f.some_days(0, 9, f.rng.randint(2, 3)), 9, 18, surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.some_days(0, 9, f.rng.randint(3, 6)):
            f.survey_happy(c, f.at(d, f.rng.uniform(8, 20)))
    return f


def one_bad_day() -> Fam:
    f = Fam(2, "one_bad_day", "BD", d0(2026, 4, 13), 12, "happy customers with one angry day")
    channels = ["long", "email", "chat", "social", "web", "phone"] * 4
    problems = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"] * 4
    f.rng.shuffle(problems)
    with_case: list[tuple[Cust, datetime, str]] = []
    long_langs = ["de", "en", "de", "en"]
    for i, ch in enumerate(channels):
        lang = long_langs.pop() if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang=lang, tolerated=R_SILENCE)
        day = f.rng.randint(2, 9)
        t = f.at(day, f.rng.uniform(8, 20))
        happy_pool = [x for x in range(0, 12) if x <= day - 2 or x >= day + 3]
        for d in sorted(f.rng.sample(happy_pool, f.rng.randint(1, min(5, len(happy_pool))))):
            f.happy(c, f.at(d, f.rng.uniform(8, 19)), surveys=False)
        case = None if ch == "social" else f.case()
        eid = f.complain(
            c, t, "email" if ch == "long" else ch, problems[i], case, long=ch == "long"
        )
        c.truth.update(
            problem=problems[i],
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            booking=case,
            long_email=ch == "long",
            channel="email" if ch == "long" else ch,
        )
        if case:
            if ch == "chat":
                f.reply(
                    c,
                    t + timedelta(minutes=f.rng.randint(1, 5)),
                    "chat",
                    f.pick(W.CHAT_CASE, c, case=case),
                )
            else:
                f.reply(
                    c,
                    t + timedelta(minutes=f.rng.randint(10, 40)),
                    "email",
                    f.pick(W.CASE_OPENED, c, case=case),
                    W.COMPLAINT_SUBJECT[c.lang].format(case=case),
                )
            with_case.append((c, t, case))
    f.rng.shuffle(with_case)
    for i, (c, t, case) in enumerate(with_case):
        if i < 6:
            ts = t + timedelta(minutes=f.rng.randint(100, 140))
            nps = f.rng.randint(1, 5)
            eid = f.add(
                c,
                ts,
                "survey",
                "survey_response",
                f.rng.choice(W.LOW_WORDS[c.lang]) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                persona="bad_day_detractor",
                expected_rules=["detractor"],
                nps_given=True,
                nps=nps,
                survey_event_id=eid,
            )
        elif i < 11:
            ts = t + timedelta(minutes=f.rng.randint(40, 80))
            cs = f.rng.randint(1, 2)
            eid = f.add(
                c,
                ts,
                "survey",
                "survey_response",
                f.rng.choice(W.LOW_WORDS[c.lang]) or None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, csat=cs, survey_event_id=eid)
        if 4 <= i < 16:
            tg = f.daytime(t + timedelta(hours=f.rng.uniform(1, 4)))
            f.reply(
                c,
                tg,
                "email",
                f.pick(W.GOOD_NEWS, c, case=case),
                W.COMPLAINT_SUBJECT[c.lang].format(case=case),
            )
            c.truth["agent_fixed"] = True
            if i < 9:
                ta = f.daytime(t + timedelta(hours=f.rng.uniform(16, 24)))
                ach = f.rng.choice(["chat", "email"])
                aid = f.add(
                    c, ta, ach, "chat" if ach == "chat" else "message", f.pick(W.APOLOGY, c)
                )
                c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.some_days(0, 11, f.rng.randint(4, 7)), 8, 19, surveys=False)
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    problem: str,
    first_day: int,
    times: int,
    first_ch: str,
    lead: bool,
    langs: list[str] | None = None,
) -> None:
    r = f.rng
    langs = langs or [c.lang]
    case = f.case()
    t = f.at(first_day, r.uniform(8, 19))
    eids = [f.complain(c, t, first_ch, problem, None, lang=langs[0])]
    if first_ch == "chat":
        f.reply(
            c,
            t + timedelta(minutes=r.randint(1, 5)),
            "chat",
            f.pick(W.CHAT_CASE, c, langs[0], case=case),
        )
    if lead:
        f.reply(
            c,
            t + timedelta(hours=r.uniform(1.5, 2.5)),
            "email",
            f.pick(W.QUALITY_LEAD, c, langs[0], case=case),
            W.COMPLAINT_SUBJECT[langs[0]].format(case=case),
        )
    elif first_ch != "chat":
        f.reply(
            c,
            t + timedelta(minutes=r.randint(10, 40)),
            "email",
            f.pick(W.CASE_OPENED, c, langs[0], case=case),
            W.COMPLAINT_SUBJECT[langs[0]].format(case=case),
        )
    others = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    r.shuffle(others)
    comp = None
    for k in range(2, times + 1):
        t = f.daytime(t + timedelta(hours=r.uniform(4, 40)))
        lg = langs[(k - 1) % len(langs)]
        eids.append(f.still_open(c, t, others[k - 2], problem, case, k, lang=lg))
        if k == 3:
            comp = "named"
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=times,
        channels=[first_ch, *others[: times - 1]],
        channel=first_ch,
        agent_passed_on=lead,
        problem_event_ids=eids,
        trouble_starts_at=f.rows[[row["event_id"] for row in f.rows].index(eids[0])]["occurred_at"],
        competitor=comp,
    )


def fixed_run(
    f: Fam,
    c: Cust,
    problem: str,
    t: datetime,
    ch: str,
    lang: str | None = None,
    confirm_lang: str | None = None,
) -> dict[str, Any]:
    r = f.rng
    case = f.case()
    eid = f.complain(c, t, ch, problem, None, lang=lang)
    f.reply(
        c,
        t + timedelta(minutes=r.randint(10, 40)),
        "email",
        f.pick(W.CASE_OPENED, c, lang, case=case),
    )
    tg = f.daytime(t + timedelta(hours=r.uniform(3, 20)))
    f.reply(c, tg, "email", f.pick(W.GOOD_NEWS, c, lang, case=case))
    tc = f.daytime(tg + timedelta(hours=r.uniform(8, 30)))
    cch = r.choice(["email", "chat"])
    cid = f.add(
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        f.pick(W.CONFIRM, c, confirm_lang or lang, case=case),
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tg),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


PROBS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        d0(2026, 5, 25),
        10,
        "open problems raised again and again, fixed ones, frequent writers",
    )
    times = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=("repeat_contact",), tolerated=R_REPEAT)
        f.happy(c, f.at(0, f.rng.uniform(7, 12)), surveys=False)
        repeat_run(f, c, PROBS[i % 6], f.rng.randint(1, 4), times[i], firsts[i], lead=i % 2 == 0)
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=R_SILENCE)
        f.happy(c, f.at(0, f.rng.uniform(8, 18)), surveys=False)
        p = fixed_run(
            f,
            c,
            PROBS[i],
            f.at(f.rng.randint(1, 3), f.rng.uniform(8, 18)),
            f.rng.choice(["web", "email", "phone"]),
        )
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for i in range(3):
        c = f.person("different_problems", "two problems", tolerated=R_SILENCE)
        d = f.rng.randint(0, 2)
        p1 = fixed_run(f, c, PROBS[i], f.at(d, f.rng.uniform(8, 16)), "web")
        p2 = fixed_run(
            f, c, PROBS[i + 3], f.at(d + f.rng.randint(4, 5), f.rng.uniform(8, 16)), "email"
        )
        c.truth.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in f.some_days(0, 9, f.rng.randint(5, 8)):
            f.happy(
                c, f.at(d, f.rng.uniform(8, 19)), kinds=["chat", "email", "phone", "chat", "praise"]
            )
    return f


def slide(f: Fam, c: Cust, first_day: int, span: int, langs: list[str] | None = None) -> list[str]:
    r = f.rng
    langs = langs or [c.lang]
    t = f.at(first_day, r.uniform(9, 18))
    ratings = ["3", "3", "2", "2", "1", "1"]
    eids = []
    comp = r.choice(COMPS)
    for k in range(6):
        lg = langs[k % len(langs)]
        text = f.fill(W.SLIDE[lg][k], c, lg, comp=comp)
        ch = r.choice(["social" if c.handle else "community", "community", "web"])
        if ch == "web":
            eids.append(
                f.add(c, t, "web", "review", text, attrs={"rating": ratings[k], "page": "/reviews"})
            )
        else:
            eids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
        if k == 3 and c.truth.get("_nps"):
            tn = f.daytime(t + timedelta(hours=r.uniform(2.5, 3.5)))
            nps = r.randint(1, 5)
            sid = f.add(
                c,
                tn,
                "survey",
                "survey_response",
                r.choice(W.LOW_WORDS[lg]) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, nps=nps, survey_event_id=sid)
        step = span * 24 / 5
        t = f.daytime(t + timedelta(hours=max(1.0, r.uniform(step * 0.6, step * 1.3))))
    c.truth.pop("_nps", None)
    c.truth.update(
        slide_event_ids=eids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=f.rows[[row["event_id"] for row in f.rows].index(eids[0])]["occurred_at"],
    )
    return eids


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        d0(2026, 6, 29),
        32,
        "sliding customers, leavers, steady, grumpy and sarcastic",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            expected=("sentiment_drop", "detractor") if i < 5 else ("sentiment_drop",),
            tolerated=R_SLIDE,
        )
        if i < 5:
            c.truth["_nps"] = True
        for d in f.some_days(0, 10, f.rng.randint(4, 5)):
            f.happy(c, f.at(d, f.rng.uniform(9, 19)), kinds=["praise"])
        for d in f.some_days(0, 10, f.rng.randint(2, 4)):
            f.happy(c, f.at(d, f.rng.uniform(8, 12)), kinds=["buy", "view", "review", "chat"])
        slide(f, c, f.rng.randint(12, 16), spans[i])
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=("churn_intent",), tolerated=R_LEAVE
        )
        f.happy_days(c, f.some_days(0, 15, f.rng.randint(4, 6)), 8, 19, surveys=False)
        t = f.at(f.rng.randint(17, 23), f.rng.uniform(9, 17))
        eid = f.add(c, t, "email", "message", f.pick(W.LEAVE, c), "Fixelio Plus")
        f.reply(
            c, f.daytime(t + timedelta(hours=f.rng.uniform(1, 5))), "email", f.pick(W.SORRY_GO, c)
        )
        tc = f.daytime(t + timedelta(hours=f.rng.uniform(20, 30)))
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Fixelio Plus"},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.some_days(0, 31, f.rng.randint(6, 10)), 8, 19)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=R_GRUMPY)
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social" if c.handle else "community", "community", "web"])
            t = f.at(d, f.rng.uniform(9, 20))
            if ch == "web":
                ids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "review",
                        f.pick(W.GRUMBLES, c),
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            else:
                ids.append(f.add(c, t, ch, "post", f.pick(W.GRUMBLES, c)))
            d += f.rng.randint(1, 3)
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=f.rows[[row["event_id"] for row in f.rows].index(ids[0])][
                "occurred_at"
            ],
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=R_SILENCE)
        f.happy_days(c, f.some_days(0, 31, f.rng.randint(4, 6)), 8, 19, surveys=False)
        t = f.at(f.rng.randint(17, 28), f.rng.uniform(10, 20))
        c.truth["sarcasm_event_id"] = f.add(c, t, "social", "mention", f.pick(W.SARCASM, c))
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5, "quiet_hours", "QH", d0(2026, 8, 21), 3, "a calm weekend with night owls in small bursts"
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.some_days(0, 2, f.rng.randint(1, 3)):
            f.happy(c, f.at(d, f.rng.uniform(7, 17.5)))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=R_SILENCE)
        t = f.at(f.rng.randint(0, 2), f.rng.uniform(9, 16))
        f.happy(c, t, kinds=["view", "buy"])
        tg = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            gid = f.add(c, tg, "chat", "chat", f.pick(W.MILD, c))
            f.reply(c, tg + timedelta(minutes=3), "chat", f.pick(W.MILD_ACK, c))
        else:
            gid = f.add(c, tg, "web", "ticket", f.pick(W.MILD, c), attrs={"page": "/help/contact"})
            f.reply(c, tg + timedelta(minutes=25), "email", f.pick(W.MILD_ACK, c))
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(tg))
    for night in range(3):
        b0 = f.at(night + 1, f.rng.uniform(0.67, 1.08))
        for b, off in enumerate((0, f.rng.uniform(28, 33), f.rng.uniform(55, 65))):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bt + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    nid = f.add(c, t, "chat", "chat", f.pick(W.NIGHT_Q, c))
                    f.reply(
                        c, t + timedelta(minutes=f.rng.randint(2, 6)), "chat", f.pick(W.NIGHT_A, c)
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(8, 12)),
                        "chat",
                        "chat",
                        f.pick(W.THANKS, c),
                    )
                else:
                    nid = f.add(c, t, "social", "post", f.pick(W.NIGHT_POSTS, c))
                c.truth.update(burst_at=iso(bt), night_event_id=nid)
                if f.rng.random() < 0.5:
                    f.happy(
                        c,
                        f.at(f.rng.randint(0, 2), f.rng.uniform(9, 17.5)),
                        kinds=["praise", "view", "buy", "review"],
                    )
    return f


PAIRS = [
    ("de", "en"),
    ("en", "de"),
    ("de", "fr"),
    ("fr", "de"),
    ("en", "es"),
    ("es", "en"),
    ("de", "it"),
    ("it", "de"),
    ("en", "pt"),
    ("pt", "en"),
    ("de", "es"),
    ("en", "fr"),
    ("de", "pt"),
    ("en", "it"),
]


def bilingual() -> Fam:
    f = Fam(6, "bilingual", "BL", d0(2026, 9, 14), 14, "customers writing in two languages")
    pairs = [PAIRS[i % len(PAIRS)] for i in range(27)]
    f.rng.shuffle(pairs)

    def bi(
        persona: str, habit: str, expected: tuple[str, ...] = (), tolerated: list[str] | None = None
    ) -> Cust:
        l1, l2 = pairs.pop()
        c = f.person(persona, habit, lang=l1, expected=expected, tolerated=tolerated)
        c.langs = [l1, l2]
        c.truth.update(
            languages=[l1, l2],
            job_second_language=f.rng.choice(
                ["works abroad", "partner's language", "grew up with both", "studies abroad"]
            ),
        )
        return c

    for _ in range(12):
        c = bi("happy", "alternates languages")
        f.happy_days(c, f.some_days(0, 13, f.rng.randint(5, 8)), 8, 19, lang_alt=True)
    for i, n in enumerate([2, 2, 3, 3, 4]):
        c = bi("repeat_contact", "repeats", ("repeat_contact",), R_REPEAT)
        for d in f.some_days(0, 1, f.rng.randint(1, 2)):
            f.happy(c, f.at(d, f.rng.uniform(8, 18)), surveys=False)
        repeat_run(
            f,
            c,
            PROBS[i],
            f.rng.randint(2, 5),
            n,
            f.rng.choice(["web", "email", "chat"]),
            lead=n >= 3,
            langs=c.langs,
        )
    for _ in range(5):
        c = bi("slow_churner", "slides", ("sentiment_drop",), R_SLIDE)
        for k, d in enumerate(f.some_days(0, 5, 5)):
            f.happy(c, f.at(d, f.rng.uniform(9, 19)), c.langs[k % 2], kinds=["praise"])
        for d in f.some_days(0, 5, f.rng.randint(1, 3)):
            f.happy(c, f.at(d, f.rng.uniform(8, 12)), kinds=["buy", "view"])
        slide(f, c, f.rng.randint(7, 8), f.rng.choice([3, 4, 5]), langs=c.langs)
    for i, ch in enumerate(["long", "email", "chat"]):
        c = bi("happy_one_bad_day", "one bad day", tolerated=R_SILENCE)
        if ch == "long":
            c.langs = ["en", "de"]
            c.truth["languages"] = c.langs
            c.lang = "en"
            c.truth["language"] = "en"
        day = f.rng.randint(4, 9)
        t = f.at(day, f.rng.uniform(9, 18))
        for d in [0, 1, 12, 13]:
            f.happy(c, f.at(d, f.rng.uniform(9, 18)), c.langs[d % 2], surveys=False)
        case = f.case()
        eid = f.complain(
            c,
            t,
            "email" if ch != "chat" else "chat",
            PROBS[i + 2],
            case,
            lang=c.langs[1],
            long=ch == "long",
        )
        if ch == "chat":
            f.reply(
                c, t + timedelta(minutes=3), "chat", f.pick(W.CHAT_CASE, c, c.langs[1], case=case)
            )
        else:
            f.reply(
                c,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                "email",
                f.pick(W.CASE_OPENED, c, c.langs[1], case=case),
            )
            f.reply(
                c,
                f.daytime(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                f.pick(W.GOOD_NEWS, c, c.langs[1], case=case),
            )
        if ch == "email":
            ta = f.daytime(t + timedelta(hours=f.rng.uniform(18, 24)))
            c.truth.update(
                apologised=True,
                apology_event_id=f.add(c, ta, "chat", "chat", f.pick(W.APOLOGY, c, c.langs[1])),
                apology_at=iso(ta),
            )
        c.truth.update(
            problem=PROBS[i + 2],
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=c.langs[1],
            trouble_starts_at=iso(t),
            long_email=ch == "long",
        )
    for i in range(2):
        c = bi("resolved_between_contacts", "fixed", tolerated=R_SILENCE)
        f.happy(c, f.at(0, f.rng.uniform(9, 18)), surveys=False)
        p = f.at(f.rng.randint(2, 6), f.rng.uniform(9, 16))
        prob = fixed_run(f, c, PROBS[i], p, "web", lang=c.langs[0], confirm_lang=c.langs[1])
        c.truth.update(
            problems=[prob], trouble_starts_at=prob["raised_at"], confirm_language=c.langs[1]
        )
    return f


COMPANIES = [
    ("Hausverwaltung Brenner", "property", "de", "DE", "brenner-hv.example"),
    ("Hotel Seeblick", "hotel", "de", "AT", "seeblick-hotel.example"),
    ("Northgate Lettings", "lettings", "en", "UK", "northgate-lettings.example"),
    ("Inmobiliaria Sol", "property", "es", "ES", "inmosol.example"),
    ("Residence Lumière", "student housing", "fr", "FR", "residence-lumiere.example"),
    ("Wohnbau Kessler", "housing", "de", "DE", "wohnbau-kessler.example"),
    ("Harbour Hostels", "hostel", "en", "IE", "harbour-hostels.example"),
    ("Casa Verde Affitti", "lettings", "it", "IT", "casaverde.example"),
    ("Lisboa Stays", "short lets", "pt", "PT", "lisboastays.example"),
    ("Pflegeheim Lindenhof", "care home", "de", "CH", "lindenhof-pflege.example"),
    ("Kensington Serviced Flats", "serviced flats", "en", "UK", "kensington-sf.example"),
    ("Studentenwerk Nord", "student housing", "de", "DE", "stw-nord.example"),
    ("Gîtes du Lac", "holiday lets", "fr", "BE", "gites-lac.example"),
    ("Apartamentos Mar", "holiday lets", "es", "ES", "apmar.example"),
    ("Ostello Centrale", "hostel", "it", "IT", "ostello-centrale.example"),
]


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        d0(2026, 10, 5),
        14,
        "Fixelio Pro accounts: at risk, one unhappy, mild, happy",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    at_risk_probs = ["invoice", "service_blocked", "portal", "invoice", "overbilled"]
    one_probs = ["service_blocked", "overbilled", "portal", "invoice"]
    for idx, (company, site, lang, market, domain) in enumerate(COMPANIES):
        kind = kinds[idx]
        acc = f.uniq(lambda m=market: f"FXP-{m}-{f.rng.randint(1000, 9999)}")
        n = {
            "at_risk": f.rng.randint(4, 6),
            "one_unhappy": 3,
            "mild": f.rng.randint(3, 4),
            "happy": f.rng.randint(3, 4),
        }[kind]
        ncomp = (3 if idx < 3 else 4) if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        if kind == "at_risk":
            n = max(n, ncomp + 1)
        contacts: list[Cust] = []
        unhappy: list[str] = []
        firsts: set[str] = set()
        for j in range(n):
            if j < ncomp:
                persona, role = (
                    ("b2b_unhappy", "complainer")
                    if kind == "at_risk"
                    else ("b2b_one_unhappy", "complainer")
                )
                tol = R_B2B_RISK if kind == "at_risk" else R_B2B_ONE
            elif kind == "mild" and j < 2:
                persona, role, tol = "b2b_mild", "suggests", R_SILENCE
            else:
                persona, role, tol = "b2b_happy", "contact", []
            while True:
                c = f.person(
                    persona,
                    role,
                    lang=lang,
                    tolerated=tol,
                    account=acc,
                    domain=domain,
                    market=market,
                )
                if c.first not in firsts:
                    break
                del f.custs[c.key]
            firsts.add(c.first)
            title = f.rng.choice(
                [
                    "Facility Manager",
                    "Property Manager",
                    "Accounts Payable",
                    "Operations Lead",
                    "Housekeeping Lead",
                ]
            )
            c.truth.update(company=company, role=role, job_title=title, job=title)
            contacts.append(c)
        probs = at_risk_probs if kind == "at_risk" else one_probs
        prob = probs[(idx if kind == "at_risk" else idx - 5) % len(probs)]
        case = f.case()
        first_t: datetime | None = None
        for j, c in enumerate(contacts):
            role = c.truth["role"]
            if role == "contact":
                for d in f.some_days(0, 13, f.rng.randint(2, 5)):
                    if (f.start + timedelta(days=d)).weekday() >= 5:
                        continue
                    t = f.at(d, f.rng.uniform(8, 16.5))
                    k = f.rng.choice(["q", "q", "buy", "praise", "survey"])
                    if k == "q":
                        f.add(c, t, "chat", "chat", f.pick(W.B2B_Q, c))
                        f.reply(
                            c,
                            t + timedelta(minutes=f.rng.randint(1, 6)),
                            "chat",
                            f.pick(W.B2B_A, c),
                        )
                        if f.rng.random() < 0.6:
                            f.add(c, t + timedelta(minutes=8), "chat", "chat", f.pick(W.THANKS, c))
                    elif k == "buy":
                        f.happy(c, t, kinds=["buy"])
                    elif k == "praise":
                        f.add(c, t, "community", "post", f.pick(W.B2B_PRAISE, c))
                    else:
                        f.survey_happy(c, t)
                if not any(r["_c"] == c.key and not r["_out"] for r in f.rows):
                    f.happy(c, f.at(0, f.rng.uniform(9, 15)), kinds=["view"])
                continue
            for d in f.some_days(0, 1, f.rng.randint(0, 2)):
                f.happy(c, f.at(d, f.rng.uniform(8.5, 15)), kinds=["view", "buy"])
            if role == "suggests":
                t = f.at(f.rng.randint(2, 9), f.rng.uniform(8, 16))
                if t.weekday() >= 5:
                    t += timedelta(days=2)
                mid = f.add(
                    c, t, "web", "ticket", f.pick(W.B2B_SUGGEST, c), attrs={"page": "/pro/feedback"}
                )
                f.reply(
                    c, t + timedelta(minutes=f.rng.randint(20, 90)), "email", f.pick(W.MILD_ACK, c)
                )
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
                continue
            # complainers
            unhappy.append(c.key)
            ptext = W.B2B_PROBLEMS[lang][prob]
            if kind == "one_unhappy":
                t = f.at(f.rng.randint(3, 7), f.rng.uniform(8.5, 16))
                if t.weekday() >= 5:
                    t += timedelta(days=7 - t.weekday())
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    f.fill(W.B2B_FIRST[lang], c, lang, company=company, prob=ptext),
                    W.COMPLAINT_SUBJECT[lang].format(case=case),
                )
            else:
                if j == 0:
                    t = f.at(2, f.rng.uniform(8.5, 11))
                    first_t = t
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.fill(W.B2B_FIRST[lang], c, lang, company=company, prob=ptext),
                    )
                else:
                    assert first_t is not None
                    t = first_t + timedelta(hours=j * f.rng.uniform(8, 28) * 0.6 + 8)
                    while t.weekday() >= 5 or not 8 <= t.hour < 17:
                        t = (
                            (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(5, 50))
                            if t.hour >= 17 or t.weekday() >= 5
                            else t.replace(hour=8, minute=f.rng.randint(5, 50))
                        )
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.fill(
                            W.B2B_LATER[lang],
                            c,
                            lang,
                            case=case,
                            first=contacts[0].first,
                            day=W.WEEKDAYS[lang][first_t.weekday()],
                            prob=ptext,
                        ),
                        W.COMPLAINT_SUBJECT[lang].format(case=case),
                    )
            f.reply(
                c,
                t + timedelta(minutes=f.rng.randint(20, 90)),
                "email",
                f.fill(W.B2B_ACK[lang], c, lang, case=case),
                W.COMPLAINT_SUBJECT[lang].format(case=case),
            )
            ids = [eid]
            last = kind == "at_risk" and j == ncomp - 1
            if not last:
                tn = t + timedelta(hours=f.rng.uniform(1, 3))
                nps = f.rng.randint(1, 5)
                sid = f.add(
                    c,
                    tn,
                    "survey",
                    "survey_response",
                    f.rng.choice(W.LOW_WORDS[lang]) or None,
                    scores={"nps": nps},
                    attrs={"survey": "nps"},
                )
                c.truth.update(
                    expected_rules=["detractor"], nps_given=True, nps=nps, survey_event_id=sid
                )
            else:
                tl = t + timedelta(hours=f.rng.uniform(18, 40))
                while tl.weekday() >= 5 or not 8 <= tl.hour < 17:
                    tl = tl + timedelta(hours=1)
                comp = f.rng.choice(COMPS)
                if idx == 0:
                    ids.append(
                        f.add(
                            c,
                            tl,
                            "email",
                            "message",
                            f.fill(W.B2B_LAST_EMAIL[lang], c, lang, case=case, comp=comp),
                            W.COMPLAINT_SUBJECT[lang].format(case=case),
                        )
                    )
                    c.truth["competitor"] = comp
                else:
                    ids.append(
                        f.add(
                            c,
                            tl,
                            "phone",
                            "call",
                            f.fill(W.B2B_LAST_CALL[lang], c, lang, case=case),
                        )
                    )
                c.truth["expected_rules"] = ["repeat_contact"]
            c.truth.update(
                problem=prob, booking=case, complaint_event_ids=ids, trouble_starts_at=iso(t)
            )
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": iso(first_t) if kind == "at_risk" and first_t else None,
            "language": lang,
            "country": market,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(8, "topic_spike", "TS", d0(2026, 11, 2), 7, "a calm week and the planted incident")
    for _ in range(40):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.some_days(0, 5, f.rng.randint(1, 4)), 8, 19)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=R_SILENCE)
        t = f.at(0, f.rng.uniform(9, 16))
        gid = f.add(c, t, "chat", "chat", f.pick(W.MILD, c))
        f.reply(c, t + timedelta(minutes=3), "chat", f.pick(W.MILD_ACK, c))
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lg, h in (("de", 9.6), ("es", 15.2)):
        c = f.person("grumbles_once", "lone question", lang=lg, tolerated=R_SILENCE)
        t = f.at(2, h)
        lid = f.add(c, t, "chat", "chat", f.pick(W.LONE_Q, c))
        f.reply(c, t + timedelta(minutes=4), "chat", f.pick(W.LONE_A, c))
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    langs = ["de"] * 6 + ["en"] * 5 + ["es"] * 3 + ["fr"] * 2 + ["it"] * 2 + ["pt"] * 2
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    s0 = f.at(3, 10 + 20 / 60)
    offs = sorted([0.0, 45.0] + [f.rng.uniform(1, 44) for _ in range(18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    fixed_left = 6
    for i in range(20):
        regular = i % 5 < 3
        c = f.person(
            "spike_reporter", "regular" if regular else "new", lang=langs[i], tolerated=R_SILENCE
        )
        if regular:
            for d in f.some_days(2, 2, 1):
                f.happy(
                    c, f.at(d, f.rng.uniform(8, 17.5)), kinds=["praise", "view", "buy", "review"]
                )
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.pick(W.SPIKE_REPORT, c)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = f.add(c, t, ch, kind, text, attrs={"page": "/help/contact"} if ch == "web" else None)
        if ch == "chat":
            f.reply(
                c, t + timedelta(minutes=f.rng.randint(1, 4)), "chat", f.pick(W.SPIKE_CHAT_A, c)
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        if (len(reps) < 6 and offs[i] <= 25 and i % 2 == 0) or (
            len(reps) < 6 and i >= 14 and offs[i] <= 30
        ):
            ch2 = f.rng.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + timedelta(minutes=f.rng.uniform(10, 60))
            k2 = {"email": "message", "chat": "chat", "community": "post"}[ch2]
            rid = f.add(c, t2, ch2, k2, f.pick(W.SPIKE_REPEAT, c))
            reps.append(rid)
            c.truth.update(
                persona="spike_repeater",
                expected_rules=["repeat_contact"],
                tolerated_rules=["sentiment_drop", "silence"],
                repeat_event_id=rid,
            )
        elif fixed_left > 0 and i % 3 == 1:
            fixed_left -= 1
            local = {"UK": 0, "IE": 0, "PT": 0}.get(c.market, 1)
            f.reply(
                c,
                f.at(3, f.rng.uniform(14.1, 14.3)),
                "email",
                f.pick(W.SPIKE_FIXED, c, time=f"{13 + local}:40"),
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "appliance-repair app shows today's and upcoming visits moved to 1 January 2027, error FXC-207: customers cannot tell whether the engineer comes",
        "about": "the planted incident",
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
    for build in FAMILIES:
        fam = build()
        lines, truth = fam.finish()
        (HERE / f"{fam.name}.jsonl").write_text(lines, encoding="utf-8")
        (HERE / f"{fam.name}.truth.json").write_text(truth, encoding="utf-8")
        print(fam.name, len(fam.custs), lines.count("\n"), sum(1 for r in fam.rows if r["_out"]))


if __name__ == "__main__":
    main()
