"""Build heldout190/ (Ladeko, EV charging): every <family>.jsonl and <family>.truth.json.

Standard library only, fixed seed, one random.Random per family. Run from anywhere.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261190
BRAND = "Ladeko"
COMPS = ("Voltenza", "Stromivo")
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
T = tuple[str, ...]

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
CANCEL_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
GRUMPY_TOL = ["repeat_contact", "silence"]
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    table = str.maketrans("áéíóúàèìòùâêôãõçäöüÁÉÍÓÚ", "aeiouaeiouaeoaocaouAEIOU")
    return text.translate(table)


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


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    # -- people --------------------------------------------------------------
    def lang(self) -> str:
        return str(self.rng.choices(W.LANGS, weights=(30, 30, 10, 10, 10, 10))[0])

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: T = (),
        tolerated: T = (),
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        lang = lang or self.lang()
        market = self.rng.choice(W.MARKETS[lang])
        while True:
            num = self.rng.randint(1000, 9999)
            key = f"LD{self.code.upper()}{num}"
            first = self.rng.choice(W.FIRST[lang])
            last = self.rng.choice(W.LAST[lang])
            plain = strip_accents(f"{first}.{last}".lower()).replace("ß", "ss")
            email = f"{plain}{num % 97}@{domain or self.rng.choice(('mail.example', 'correo.example', 'post.example'))}"
            cc, prefix, length = W.PHONE[market]
            phone = (
                cc
                + prefix
                + "".join(str(self.rng.randint(0, 9)) for _ in range(length - len(prefix) + 1))
            )
            handle = (
                None
                if account
                else f"@{strip_accents(last.lower())}_{strip_accents(first.lower())}{num % 89}"
            )
            if not {key, email, phone, handle} & USED:
                break
        for ident in (key, email, phone, handle or key):
            USED.add(ident)
        c = Cust(key, lang, market, first, email, phone, handle, account)
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "town": self.rng.choice(W.TOWN[market]),
        }
        self.custs[key] = c
        return c

    # -- touchpoints ---------------------------------------------------------
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
    ) -> str:
        self.seq += 1
        eid = f"h190-{self.code}-{self.seq:05d}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(("Irene", "Jannik", "Paula", "Marco", "Sofia"))
        a.update(attrs or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "_c": c.key,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": f"ladeko-{channel}",
                "attributes": a,
            }
        )
        return eid

    def fmt(self, table: dict[str, T], c: Cust, lang: str | None = None, **kw: str) -> str:
        kw.setdefault("brand", BRAND)
        kw.setdefault("first", c.first)
        return str(self.rng.choice(table[lang or c.lang])).format(**kw)

    def day(self, d: int, lo: float = 8.0, hi: float = 19.0) -> datetime:
        return self.start + timedelta(days=d, hours=self.rng.uniform(lo, hi))

    def daytime(self, t: datetime) -> datetime:
        h = t.hour + t.minute / 60
        if h >= 22:
            t = t.replace(hour=8, minute=self.rng.randint(0, 59)) + timedelta(days=1)
        elif h < 7:
            t = t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def case(self) -> str:
        while True:
            ref = f"LD-{self.rng.randint(100000, 999999)}"
            if ref not in USED:
                USED.add(ref)
                return ref

    def happy(self, c: Cust, t: datetime, lang: str | None = None, surveys: bool = True) -> None:
        lg = lang or c.lang
        r = self.rng.randint(0, 8 if surveys else 7)
        if r == 0:
            self.add(c, t, "social", "mention", self.fmt(W.PRAISE, c, lg))
        elif r == 1:
            self.add(c, t, "community", "post", self.fmt(W.PRAISE_AGAIN, c, lg))
        elif r == 2:
            self.add(c, t, "social", "post", self.fmt(W.PRAISE_GRIPE, c, lg))
        elif r in (3, 4):
            self.add(c, t, "chat", "chat", self.fmt(W.QUESTION, c, lg))
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 6)),
                "chat",
                "chat",
                self.fmt(W.ANSWER, c, lg),
                out=True,
            )
            if self.rng.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=self.rng.randint(7, 12)),
                    "chat",
                    "chat",
                    self.fmt(W.THANKS, c, lg),
                )
        elif r == 5:
            self.add(c, t, "phone", "call", self.fmt(W.CALL_Q, c, lg))
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(15, 40)),
                "email",
                "message",
                self.fmt(W.CALL_FOLLOW, c, lg),
                subject="Ladeko Plus",
                out=True,
            )
        elif r == 6:
            name, price = self.rng.choice(W.PRODUCTS)
            page = "/plus" if "Plus" in name else "/shop"
            self.add(c, t, "web", "page_view", attrs={"page": page})
            cur = "GBP" if c.market == "UK" else "CHF" if c.market == "CH" else "EUR"
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(2, 9)),
                "web",
                "purchase",
                attrs={"page": page, "product": name, "order_value": price, "currency": cur},
            )
        elif r == 7:
            self.add(
                c,
                t,
                "web",
                "review",
                self.fmt(W.REVIEW, c, lg),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.good_survey(c, t, lg)

    def good_survey(self, c: Cust, t: datetime, lang: str | None = None, word: bool = True) -> str:
        """A happy survey answer: NPS 9-10, CSAT 4-5 or CES 6-7, with a word or nothing."""
        kind = self.rng.choice(("nps", "csat", "ces"))
        val = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[kind]
        text = (self.fmt(W.SURVEY_WORD, c, lang) or None) if word else None
        return self.add(
            c, t, "survey", "survey_response", text, scores={kind: val}, attrs={"survey": kind}
        )

    def happy_days(
        self,
        c: Cust,
        n: int,
        d0: int,
        d1: int,
        lo: float = 7.0,
        hi: float = 19.0,
        surveys: bool = True,
    ) -> None:
        days = self.rng.sample(range(d0, d1 + 1), min(n, d1 - d0 + 1))
        for d in days:
            self.happy(c, self.day(d, lo, hi), surveys=surveys)

    # -- output ----------------------------------------------------------------
    def write(self) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        seen: set[str] = set()
        out_lines: list[str] = []
        for r in self.rows:
            c = self.custs[r.pop("_c")]
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
                ref["phone"] = (
                    c.phone if self.rough.random() < 0.5 else c.phone[:3] + " " + c.phone[3:]
                )
            elif r["channel"] in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if self.rough.random() < 0.8 else c.handle[1:]
                else:
                    ref["email"] = c.email
            elif r["channel"] == "email":
                ref["email"] = c.email.upper() if self.rough.random() < 0.08 else c.email
            else:
                ref["customer_id"] = c.key
            text = r["text"]
            if text and r["direction"] == "inbound" and r["channel"] not in ("phone", "survey"):
                text = self.roughen(text)
            if text and r["channel"] == "social" and r["direction"] == "inbound" and not c.account:
                text = text.replace(BRAND, "@" + BRAND, 1) if BRAND in text else f"@{BRAND} {text}"
            r["text"] = text
            r["customer"] = ref
            r["occurred_at"] = iso(r["occurred_at"])
            s = r["scores"]
            r["scores"] = {"nps": s.get("nps"), "csat": s.get("csat"), "ces": s.get("ces")}
            out_lines.append(json.dumps(r, ensure_ascii=False))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out_lines) + "\n", encoding="utf-8")
        expected: Counter[str] = Counter()
        for c in self.custs.values():
            expected.update(c.truth["expected_rules"])
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            assert c.key in seen, c.key
        for a in self.accounts.values():
            expected.update(a["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
        last = max(
            datetime.fromisoformat(r["occurred_at"].replace("Z", "+00:00")) for r in self.rows
        )
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < LIMIT and self.rows[0]["occurred_at"] >= iso(self.start)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Ladeko: public EV charging by app and web, Ladeko Plus membership, Ladeko Fleet for companies",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in self.custs.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return (
            len(self.custs),
            len(self.rows),
            sum(1 for r in self.rows if r["direction"] == "outbound"),
        )

    def roughen(self, text: str) -> str:
        rr = self.rough
        if rr.random() < 0.1:
            text = strip_accents(text)
        if rr.random() < 0.125 and text[:1].isupper() and not text.startswith(("I ", "LD", BRAND)):
            text = text[0].lower() + text[1:]
        if rr.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) > 4]
            if idx:
                i = rr.choice(idx)
                w = words[i]
                j = rr.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text


USED: set[str] = set()
M = timedelta(minutes=1)
H = timedelta(hours=1)


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "hw",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers writing often: nothing to warn about",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, 9)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(0, 9), f.rng.randint(2, 4)):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 380))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", f.fmt(W.NIGHT_POST, c))
            else:
                f.add(c, t, "chat", "chat", f.fmt(W.NIGHT_CHAT, c))
                f.add(c, t + 3 * M, "chat", "chat", f.fmt(W.NIGHT_ANSWER, c), out=True)
                f.add(c, t + 9 * M, "chat", "chat", f.fmt(W.THANKS, c))
        f.happy_days(c, f.rng.randint(2, 3), 0, 9, 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(0, 10), f.rng.randint(3, 6)):
            f.good_survey(c, f.day(d))
    return f


def complaint(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    long: bool = False,
    lang: str | None = None,
) -> str:
    lg = lang or c.lang
    amount = "£23" if c.market == "UK" else "27 CHF" if c.market == "CH" else "26,80 €"
    p = W.PROBLEM[problem][lg].format(amount=amount)
    subj = f"{W.SUBJ_COMPLAINT[lg]}: {W.TOPIC[problem]}"
    if channel == "email":
        return f.add(
            c,
            t,
            "email",
            "message",
            f.fmt(W.LONG if long else W.SHORT, c, lg, problem=p),
            subject=subj,
        )
    if channel == "chat":
        return f.add(c, t, "chat", "chat", f.fmt(W.SHORT, c, lg, problem=p))
    if channel == "social":
        return f.add(c, t, "social", "mention", f.fmt(W.SOCIAL_BAD, c, lg, problem=p))
    if channel == "web":
        return f.add(
            c,
            t,
            "web",
            "ticket",
            f.fmt(W.SHORT, c, lg, problem=p),
            subject=subj,
            attrs={"page": "/help/contact"},
        )
    return f.add(c, t, "phone", "call", f.fmt(W.CALL_BAD, c, lg, problem=p))


def still_open(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    case: str,
    n: int,
    lang: str | None = None,
) -> str:
    lg = lang or c.lang
    amount = "£23" if c.market == "UK" else "27 CHF" if c.market == "CH" else "26,80 €"
    p = W.PROBLEM[problem][lg].format(amount=amount)
    comp = c.truth.get("competitor") or COMPS[0]
    extra = (f.fmt(W.THIRD, c, lg, comp=comp) if n == 3 else "") + (
        f.fmt(W.FOURTH, c, lg) if n == 4 else ""
    )
    if channel == "phone":
        return f.add(
            c,
            t,
            "phone",
            "call",
            f.fmt(W.CALL_STILL, c, lg, case=case, problem=p) + extra.lower().replace(".", ""),
        )
    text = f.fmt(W.STILL_OPEN, c, lg, case=case, problem=p) + extra
    if channel == "email":
        return f.add(c, t, "email", "message", text, subject=f"{W.SUBJ_CASE[lg]} {case}")
    if channel == "social":
        return f.add(c, t, "social", "mention", text)
    if channel == "web":
        return f.add(c, t, "web", "ticket", text, subject=case, attrs={"page": "/help/contact"})
    eid = f.add(c, t, "chat", "chat", text)
    f.add(c, t + 3 * M, "chat", "chat", f.fmt(W.ADDED, c, lg, case=case), out=True)
    return eid


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "bd",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one bad day",
    )
    problems = list(W.PROBLEM) * 4
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    detr = set(f.rng.sample(with_case, 6))
    csat = set(f.rng.sample([i for i in with_case if i not in detr], 5))
    good = f.rng.sample(with_case, 12)
    apol = set(good[:5])
    for i, ch in enumerate(channels):
        lang = ("es", "es", "de", "de")[i] if ch == "long" else None
        c = f.person(
            "bad_day_detractor" if i in detr else "happy_one_bad_day",
            "one bad day",
            lang,
            ("detractor",) if i in detr else (),
            ("silence",),
        )
        bd = f.rng.randint(2, 9)
        t = f.day(bd, 8, 20)
        eid = complaint(f, c, t, "email" if ch == "long" else ch, problems[i], long=ch == "long")
        for d in f.rng.sample(
            [x for x in range(0, 12) if x < bd - 1 or x > bd + 2], f.rng.randint(1, 5)
        ):
            f.happy(c, f.day(d), surveys=False)
        case = f.case() if ch != "social" else None
        c.truth.update(
            problem=problems[i],
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            booking=case,
            long_email=ch == "long",
            channel=ch,
        )
        if case:
            if ch == "chat":
                f.add(c, t + 3 * M, "chat", "chat", f.fmt(W.CASE_OPENED, c, case=case), out=True)
            else:
                f.add(
                    c,
                    t + f.rng.randint(10, 40) * M,
                    "email",
                    "message",
                    f.fmt(W.CASE_OPENED, c, case=case),
                    subject=f"{W.SUBJ_CASE[c.lang]} {case}",
                    out=True,
                )
        if i in detr:
            n = f.rng.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=n,
                survey_event_id=f.add(
                    c,
                    t + f.rng.randint(100, 140) * M,
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
                csat_given=True,
                csat=n,
                survey_event_id=f.add(
                    c,
                    t + f.rng.randint(40, 80) * M,
                    "survey",
                    "survey_response",
                    None,
                    scores={"csat": n},
                    attrs={"survey": "csat"},
                ),
            )
        if i in good and case:
            f.add(
                c,
                f.daytime(t + f.rng.randint(60, 240) * M),
                "email",
                "message",
                f.fmt(W.GOOD_NEWS, c, case=case),
                subject=f"{W.SUBJ_CASE[c.lang]} {case}",
                out=True,
            )
            c.truth["agent_fixed"] = True
        if i in apol:
            ta = f.daytime(t + f.rng.randint(16 * 60, 24 * 60) * M)
            c.truth.update(
                apologised=True,
                apology_at=iso(ta),
                apology_event_id=f.add(c, ta, "chat", "chat", f.fmt(W.APOLOGY, c)),
            )
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), 0, 11, surveys=False)
    return f


def repeat_run(f: Fam, c: Cust, d0: int, times: int, lang2: str | None = None) -> None:
    problem = f.rng.choice(list(W.PROBLEM))
    chans = ["web", "email", "chat", "phone", "social"]
    first = f.rng.choice(["web", "web", "email", "chat"])
    later = f.rng.sample([x for x in chans if x != first], times - 1)
    t = f.day(d0, 8, 19)
    case = f.case()
    c.truth["competitor"] = f.rng.choice(COMPS) if times >= 3 else None
    ids = [complaint(f, c, t, first, problem)]
    quality = times >= 3 if lang2 else f.rng.random() < 0.5
    if first == "chat":
        f.add(c, t + 3 * M, "chat", "chat", f.fmt(W.CASE_OPENED, c, case=case), out=True)
    elif not quality:
        f.add(
            c,
            t + f.rng.randint(10, 40) * M,
            "email",
            "message",
            f.fmt(W.CASE_OPENED, c, case=case),
            subject=case,
            out=True,
        )
    if quality:
        f.add(
            c,
            t + f.rng.randint(90, 150) * M,
            "email",
            "message",
            f.fmt(W.QUALITY_LEAD, c, case=case),
            subject=case,
            out=True,
        )
    for n, ch in enumerate(later, start=2):
        t = f.daytime(t + f.rng.randint(4 * 60, 40 * 60) * M)
        lg = (lang2 if n % 2 == 0 else c.lang) if lang2 else c.lang
        ids.append(still_open(f, c, t, ch, problem, case, n, lg))
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=times,
        channels=[first, *later],
        channel=first,
        agent_passed_on=quality,
        problem_event_ids=ids,
    )
    first_row = next(r for r in f.rows if r["event_id"] == ids[0])
    c.truth["trouble_starts_at"] = iso(first_row["occurred_at"])


def fixed_case(f: Fam, c: Cust, d0: int, lang2: str | None = None) -> dict[str, Any]:
    problem = f.rng.choice(list(W.PROBLEM))
    ch = "web" if lang2 else f.rng.choice(["web", "email", "chat"])
    t = f.day(d0, 8, 18)
    case = f.case()
    pid = complaint(f, c, t, ch, problem)
    f.add(
        c,
        t + f.rng.randint(10, 40) * M,
        "email",
        "message",
        f.fmt(W.CASE_OPENED, c, case=case),
        subject=case,
        out=True,
    )
    tf = f.daytime(t + f.rng.randint(3 * 60, 20 * 60) * M)
    f.add(
        c, tf, "email", "message", f.fmt(W.GOOD_NEWS, c, lang2, case=case), subject=case, out=True
    )
    tc = f.daytime(tf + f.rng.randint(8 * 60, 30 * 60) * M)
    cch = f.rng.choice(["email", "chat"])
    cid = f.add(
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        f.fmt(W.CONFIRM, c, lang2, case=case),
        subject=case if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [pid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "rc",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "customers who raise an open problem again, and look-alikes",
    )
    for times in [2] * 4 + [3] * 4 + [4] * 4:
        c = f.person("repeat_contact", "repeats", None, ("repeat_contact",), tuple(REPEAT_TOL))
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.day(0, 7, 12), surveys=False)
        repeat_run(f, c, f.rng.randint(1, 4), times)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", None, (), ("silence",))
        f.happy(c, f.day(0, 7, 12), surveys=False)
        p = fixed_case(f, c, f.rng.randint(1, 4))
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", None, (), ("silence",))
        d = f.rng.randint(0, 2)
        ps = [fixed_case(f, c, d), fixed_case(f, c, d + f.rng.randint(4, 5))]
        c.truth.update(problems=ps, trouble_starts_at=ps[0]["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, 9, surveys=False)
    return f


def slide(
    f: Fam, c: Cust, d0: int, span: int, langs: tuple[str, ...] | None = None, nps: bool = False
) -> None:
    comp = f.rng.choice(COMPS)
    t = f.day(d0, 9, 18)
    step_gap = span * 24 * 60 // 6
    ids: list[str] = []
    ratings = ("3", "3", "2", "2", "1", "1")
    for i in range(6):
        lg = langs[i % 2] if langs else c.lang
        text = W.SLIDE[lg][i].format(comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(c, t, "web", "review", text, attrs={"rating": ratings[i], "page": "/reviews"})
            )
        else:
            ids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
        if i == 3 and nps:
            n = f.rng.randint(1, 5)
            ts = f.daytime(t + f.rng.randint(150, 210) * M)
            c.truth.update(
                nps_given=True,
                nps=n,
                survey_event_id=f.add(
                    c,
                    ts,
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            )
        t = f.daytime(t + max(60, f.rng.randint(step_gap // 2, step_gap + step_gap // 2)) * M)
    c.truth.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=iso(next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0])),
    )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "sc",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "slow slides, leavers and look-alikes",
    )
    spans = [3] + [5] * 5 + [9] * 4
    detr = set(f.rng.sample(range(10), 5))
    for i in range(10):
        exp: T = ("sentiment_drop", "detractor") if i in detr else ("sentiment_drop",)
        c = f.person("slow_churner", "slides", None, exp, tuple(SLIDE_TOL))
        for d in f.rng.sample(range(0, 11), f.rng.randint(4, 5)):
            f.add(c, f.day(d), f.rng.choice(["social", "community"]), "post", f.fmt(W.PRAISE, c))
        f.happy_days(c, f.rng.randint(2, 4), 0, 10, surveys=False)
        slide(f, c, f.rng.randint(12, 16), spans[i], nps=i in detr)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", None, ("churn_intent",), tuple(CANCEL_TOL))
        f.happy_days(c, f.rng.randint(4, 6), 0, 15, surveys=False)
        t = f.day(f.rng.randint(17, 23), 8, 18)
        eid = f.add(c, t, "email", "message", f.fmt(W.CANCEL, c), subject="Ladeko Plus")
        f.add(
            c,
            f.daytime(t + f.rng.randint(60, 300) * M),
            "email",
            "message",
            f.fmt(W.SORRY_GO, c),
            subject="Ladeko Plus",
            out=True,
        )
        tc = f.daytime(t + f.rng.randint(20 * 60, 30 * 60) * M)
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/plus/cancel", "product": "Ladeko Plus, monthly"},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), 0, 31)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", None, (), tuple(GRUMPY_TOL))
        d = f.rng.randint(0, 4)
        ids = []
        for _ in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            text = f.fmt(W.GRUMBLE, c)
            if ch == "web":
                ids.append(
                    f.add(
                        c,
                        f.day(d),
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            else:
                ids.append(f.add(c, f.day(d), ch, "post", text))
            d += f.rng.randint(1, 3)
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=iso(
                next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0])
            ),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", None, (), ("silence",))
        f.happy_days(c, f.rng.randint(4, 7), 0, 16)
        c.truth["sarcasm_event_id"] = f.add(
            c, f.day(f.rng.randint(17, 28)), "social", "mention", f.fmt(W.SARCASM, c)
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "qh",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm weekend with night owls: no spike",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 3), 0, 2, 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", None, (), ("silence",))
        t = f.day(f.rng.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/map"})
        tg = t + f.rng.randint(20, 30) * M
        if i < 2:
            eid = f.add(c, tg, "chat", "chat", f.fmt(W.MILD, c))
            f.add(c, tg + 4 * M, "chat", "chat", f.fmt(W.ACK, c), out=True)
        else:
            eid = f.add(c, tg, "web", "ticket", f.fmt(W.MILD, c), attrs={"page": "/help/contact"})
            f.add(c, tg + 25 * M, "email", "message", f.fmt(W.ACK, c), out=True)
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(tg))
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for bi, off in enumerate((0, f.rng.randint(28, 33), f.rng.randint(55, 65))):
            burst = b0 + off * M
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {bi + 1}")
                t = burst + timedelta(seconds=f.rng.randint(0, 600))
                if f.rng.random() < 0.5:
                    eid = f.add(c, t, "chat", "chat", f.fmt(W.NIGHT_CHAT, c))
                    f.add(c, t + 3 * M, "chat", "chat", f.fmt(W.NIGHT_ANSWER, c), out=True)
                    f.add(c, t + 8 * M, "chat", "chat", f.fmt(W.THANKS, c))
                else:
                    eid = f.add(c, t, "social", "post", f.fmt(W.NIGHT_POST, c))
                c.truth.update(burst_at=iso(burst), night_event_id=eid)
                if f.rng.random() < 0.5:
                    f.happy(c, f.day(f.rng.randint(0, 2), 9, 17.5), surveys=False)
    return f


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "bl",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    pairs = [
        ("es", "de"),
        ("de", "es"),
        ("es", "en"),
        ("de", "en"),
        ("de", "fr"),
        ("fr", "de"),
        ("es", "pt"),
        ("pt", "es"),
        ("es", "it"),
        ("it", "de"),
        ("en", "de"),
        ("es", "fr"),
    ]
    pairs = pairs + pairs[:6] + pairs[:9]

    def bi(persona: str, habit: str, p: tuple[str, str], exp: T = (), tol: T = ()) -> Cust:
        c = f.person(persona, habit, p[0], exp, tol)
        c.truth.update(
            languages=list(p),
            job_second_language=f.rng.choice(
                ("works across the border", "partner's language", "studied abroad")
            ),
        )
        return c

    for i in range(12):
        p = pairs[i]
        c = bi("happy", "alternates languages", p)
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            f.happy(c, f.day(d), p[k % 2])
    for i, times in enumerate((2, 2, 3, 3, 4)):
        p = pairs[12 + i]
        c = bi("repeat_contact", "repeats", p, ("repeat_contact",), tuple(REPEAT_TOL))
        f.happy(c, f.day(f.rng.randint(0, 1), 7, 12), surveys=False)
        repeat_run(f, c, f.rng.randint(2, 5), times, p[1])
    for i in range(5):
        p = pairs[17 + i]
        c = bi("slow_churner", "slides", p, ("sentiment_drop",), tuple(SLIDE_TOL))
        for k, d in enumerate(range(0, 6)):
            if k < 5:
                f.add(c, f.day(d), "social", "post", f.fmt(W.PRAISE, c, p[k % 2]))
        f.happy(c, f.day(f.rng.randint(0, 5)), p[1], surveys=False)
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), p)
    for i in range(3):
        p = pairs[22 + i]
        c = bi("happy_one_bad_day", "one bad day", ("de", p[1]) if i == 0 else p, (), ("silence",))
        lg2 = c.truth["languages"][1]
        f.happy_days(c, 3, 0, 4, surveys=False)
        t = f.day(f.rng.randint(6, 9), 9, 18)
        ch = ("email", "email", "chat")[i]
        lg = "de" if i == 0 else lg2
        eid = complaint(f, c, t, ch, f.rng.choice(list(W.PROBLEM)), long=i == 0, lang=lg)
        case = f.case()
        f.add(
            c,
            t + 20 * M,
            ch,
            "message" if ch == "email" else "chat",
            f.fmt(W.CASE_OPENED, c, lg, case=case),
            out=True,
        )
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=lg,
            booking=case,
            trouble_starts_at=iso(t),
            long_email=i == 0,
        )
        if i < 2:
            f.add(
                c,
                f.daytime(t + 3 * H),
                "email",
                "message",
                f.fmt(W.GOOD_NEWS, c, lg, case=case),
                subject=case,
                out=True,
            )
        else:
            ta = f.daytime(t + f.rng.randint(18, 24) * H)
            c.truth.update(
                apologised=True,
                apology_at=iso(ta),
                apology_event_id=f.add(c, ta, "chat", "chat", f.fmt(W.APOLOGY, c, lg)),
            )
    for i in range(2):
        p = pairs[25 + i]
        c = bi("resolved_between_contacts", "fixed", p, (), ("silence",))
        f.happy(c, f.day(0), surveys=False)
        pr = fixed_case(f, c, f.rng.randint(2, 8), p[1])
        c.truth.update(problems=[pr], trouble_starts_at=pr["raised_at"], confirm_language=p[1])
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts", "bb", 7, datetime(2026, 10, 12, tzinfo=UTC), 14, "Ladeko Fleet accounts"
    )
    kinds: list[tuple[str, str, str | None, int]] = [
        ("at_risk", "DE", "invoice", 3),
        ("at_risk", "ES", "cards_blocked", 3),
        ("at_risk", "FR", "portal", 3),
        ("at_risk", "DE", "overbilled", 4),
        ("at_risk", "ES", "invoice", 4),
    ]
    kinds += [
        ("one_unhappy", m, p, 1)
        for m, p in (
            ("DE", "cards_blocked"),
            ("PT", "overbilled"),
            ("IT", "portal"),
            ("ES", "invoice"),
        )
    ]
    kinds += [("mild", m, None, 0) for m in ("DE", "UK", "PT")] + [
        ("happy", m, None, 0) for m in ("DE", "ES", "IE")
    ]
    lang_of = {"DE": "de", "ES": "es", "FR": "fr", "PT": "pt", "IT": "it", "UK": "en", "IE": "en"}
    sites = (
        "logistics",
        "pharma sales",
        "plumbing",
        "care service",
        "estate agency",
        "courier",
        "bakery chain",
        "municipality",
        "school",
        "engineering",
        "taxi",
        "cleaning",
        "security",
        "catering",
        "solar installers",
    )
    for ai, (kind, market, problem, unhappy) in enumerate(kinds):
        lang = lang_of[market]
        acc = f"LDF-{market}-{f.rng.randint(1000, 9999)}"
        company = f"{W.LAST[lang][ai % len(W.LAST[lang])]} {sites[ai].title()}"
        domain = strip_accents(company.lower().replace(" ", "-")) + ".example"
        n = f.rng.randint(4, 6) if kind == "at_risk" else f.rng.randint(3, 4)
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for k in range(n):
            if kind == "at_risk" and k < unhappy:
                exp: T = ("repeat_contact",) if k == unhappy - 1 else ("detractor",)
                persona, tol, role = "b2b_unhappy", tuple(B2B_RISK_TOL), "complainer"
            elif kind == "one_unhappy" and k == 0:
                persona, exp, tol, role = (
                    "b2b_one_unhappy",
                    ("detractor",),
                    tuple(B2B_ONE_TOL),
                    "complainer",
                )
            elif kind == "mild" and k < 2:
                persona, exp, tol, role = "b2b_mild", (), ("silence",), "suggests"
            else:
                persona, exp, tol, role = "b2b_happy", (), (), "contact"
            while True:
                c = f.person(persona, role, lang, exp, tol, acc, domain)
                if c.first not in firsts:
                    break
                del f.custs[c.key]
            firsts.add(c.first)
            c.market = market
            c.truth.update(
                country=market,
                company=company,
                role=role,
                job_title=("Fleet manager", "Accounts payable", "Office manager", "Driver")[k % 4],
            )
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
            if role == "contact":
                for d in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4)):
                    t = f.day(d, 8, 16.5)
                    r = f.rng.randint(0, 3)
                    if r == 0:
                        f.add(c, t, "chat", "chat", f.fmt(W.B2B_Q, c))
                        f.add(c, t + 4 * M, "chat", "chat", f.fmt(W.B2B_A, c), out=True)
                        f.add(c, t + 9 * M, "chat", "chat", f.fmt(W.THANKS, c))
                    elif r == 1:
                        f.add(c, t, "web", "page_view", attrs={"page": "/fleet/portal"})
                    elif r == 2:
                        f.add(c, t, "community", "post", f.fmt(W.B2B_PRAISE, c))
                    else:
                        f.good_survey(c, t, word=False)
            else:
                f.add(
                    c,
                    f.day(f.rng.randint(0, 1), 8, 16),
                    "web",
                    "page_view",
                    attrs={"page": "/fleet/portal"},
                )
        acct = {
            "company": company,
            "site": sites[ai],
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": [c.key for c in contacts[:unhappy]],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        contacts_day = [0]
        if kind in ("at_risk", "one_unhappy"):
            assert problem is not None
            case = f.case()
            t = f.start + timedelta(
                days=2 if kind == "at_risk" else f.rng.randint(3, 7), hours=f.rng.uniform(8, 11)
            )
            for k in range(unhappy):
                c = contacts[k]
                p = W.B2B_PROBLEM[problem][lang]
                if k == 0:
                    text = f.fmt(W.B2B_FIRST, c, company=company, problem=p)
                else:
                    text = f.fmt(
                        W.B2B_LATER,
                        c,
                        other=contacts[0].first,
                        day=W.WEEKDAY[lang][contacts_day[0]],
                        case=case,
                        problem=p,
                    )
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=f"{W.SUBJ_COMPLAINT[lang]}: {problem} ({case})"
                    if k
                    else f"{W.SUBJ_COMPLAINT[lang]}: {problem}",
                )
                if k == 0:
                    contacts_day = [t.weekday()]
                    acct["trouble_starts_at"] = iso(t) if kind == "at_risk" else None
                    f.add(
                        c,
                        t + 30 * M,
                        "email",
                        "message",
                        f.fmt(W.CASE_OPENED, c, case=case),
                        subject=case,
                        out=True,
                    )
                ids = [eid]
                last = kind == "at_risk" and k == unhappy - 1
                if not last:
                    nps = f.rng.randint(1, 5)
                    c.truth.update(
                        nps_given=True,
                        nps=nps,
                        survey_event_id=f.add(
                            c,
                            t + f.rng.randint(60, 180) * M,
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": nps},
                            attrs={"survey": "nps"},
                        ),
                    )
                else:
                    t2 = t + f.rng.randint(18, 40) * H
                    while t2.weekday() >= 5 or not 8 <= t2.hour < 17:
                        t2 = (
                            (t2 + timedelta(days=1)).replace(hour=9, minute=f.rng.randint(0, 50))
                            if t2.hour >= 17 or t2.weekday() >= 5
                            else t2.replace(hour=9)
                        )
                    if ai == 0:
                        comp = f.rng.choice(COMPS)
                        c.truth["competitor"] = comp
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                f.fmt(W.B2B_LAST_MAIL, c, case=case, comp=comp),
                                subject=case,
                            )
                        )
                    else:
                        ids.append(
                            f.add(c, t2, "phone", "call", f.fmt(W.B2B_LAST_CALL, c, case=case))
                        )
                c.truth.update(
                    problem=problem, booking=case, complaint_event_ids=ids, trouble_starts_at=iso(t)
                )
                t = t + f.rng.randint(8, 28) * H
                while t.weekday() >= 5 or not 8 <= t.hour < 17:
                    t = (
                        (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 59))
                        if t.hour >= 17 or t.weekday() >= 5
                        else t.replace(hour=9)
                    )
        if kind == "mild":
            for c in contacts[:2]:
                t = f.day(f.rng.randint(2, 9), 8, 16)
                while t.weekday() >= 5:
                    t += timedelta(days=1)
                eid = f.add(
                    c, t, "web", "ticket", f.fmt(W.B2B_SUGGEST, c), attrs={"page": "/fleet/contact"}
                )
                f.add(c, t + 40 * M, "email", "message", f.fmt(W.ACK, c), out=True)
                c.truth.update(mild_event_id=eid, trouble_starts_at=iso(t))
        f.accounts[acc] = acct
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "ts",
        8,
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and the planted incident",
    )
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(0, 6), f.rng.randint(1, 4)):
            f.happy(c, f.day(d, 12 if d == 5 else 8, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", None, (), ("silence",))
        t = f.day(0, 9, 16)
        eid = f.add(c, t, "chat", "chat", f.fmt(W.MILD, c))
        f.add(c, t + 4 * M, "chat", "chat", f.fmt(W.ACK, c), out=True)
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(t))
    for lg, hh in (("es", 9.67), ("de", 16.08)):
        c = f.person("grumbles_once", "lone question", lg, (), ("silence",))
        t = f.start + timedelta(days=4, hours=hh)
        eid = f.add(c, t, "chat", "chat", f.fmt(W.LONE_Q, c))
        f.add(c, t + 5 * M, "chat", "chat", f.fmt(W.LONE_A, c), out=True)
        c.truth.update(lone_report_event_id=eid, trouble_starts_at=iso(t))
    s0 = datetime(2026, 11, 7, 9, 5, tzinfo=UTC)
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    keys: list[str] = []
    ids: list[str] = []
    reps: list[str] = []
    early = [i for i in range(20) if offs[i] <= 25]
    repeaters = set(f.rng.sample(early, 6))
    fixed = f.rng.sample([i for i in range(20) if i not in repeaters], 6)
    for i in range(20):
        exp: T = ("repeat_contact",) if i in repeaters else ()
        tol: T = ("silence", "sentiment_drop") if i in repeaters else ("silence",)
        regular = i < 12
        c = f.person(
            "spike_repeater" if i in repeaters else "spike_reporter",
            "regular" if regular else "new",
            langs[i],
            exp,
            tol,
        )
        if regular:
            for _ in range(f.rng.randint(1, 2)):
                f.happy(c, f.start + timedelta(days=2, hours=f.rng.uniform(8, 17.5)), surveys=False)
        t = s0 + offs[i] * M
        ch = chans[i]
        text = f.fmt(W.SPIKE, c)
        if ch == "email":
            eid = f.add(c, t, "email", "message", text, subject="LDK")
        elif ch == "web":
            eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(c, t + 2 * M, "chat", "chat", f.fmt(W.SPIKE_ANSWER, c), out=True)
        else:
            eid = f.add(c, t, ch, "post" if ch == "community" else "mention", text)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        keys.append(c.key)
        ids.append(eid)
        if i in repeaters:
            ch2 = f.rng.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + f.rng.randint(10, 35) * M
            text2 = f.fmt(W.SPIKE_AGAIN, c)
            rid = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                text2,
                subject="LDK" if ch2 == "email" else None,
            )
            c.truth["repeat_event_id"] = rid
            reps.append(rid)
        if i in fixed:
            f.add(
                c,
                datetime(2026, 11, 7, 11, f.rng.randint(8, 17), tzinfo=UTC),
                "email",
                "message",
                f.fmt(W.SPIKE_FIXED, c),
                subject="Ladeko",
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "the planted incident: many customers report the same new fault within about 45 minutes",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + 45 * M),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": reps,
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
    total = [0, 0, 0]
    for build in FAMILIES:
        fam = build()
        counts = fam.write()
        total = [a + b for a, b in zip(total, counts, strict=True)]
        print(fam.name, *counts)
    print("total", *total)


if __name__ == "__main__":
    main()
