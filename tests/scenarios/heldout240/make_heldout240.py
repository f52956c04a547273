"""Build heldout240 (Raggiolo, bicycle servicing at home): every family's JSONL and truth.

Standard library only; fixed seed; one random.Random per family (and one more per family
for roughening). Run as ``python make_heldout240.py`` from anywhere.
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

SEED = 20261207
H = timedelta(hours=1)
M = timedelta(minutes=1)
D = timedelta(days=1)
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
SOURCE = {
    "email": "raggiolo-mail",
    "phone": "raggiolo-voice",
    "social": "raggiolo-social",
    "community": "raggiolo-forum",
    "chat": "raggiolo-chat",
    "web": "raggiolo-web",
    "survey": "raggiolo-survey",
}
USED: set[str] = set()
SLIDER_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
ALL_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]


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


@dataclass
class Row:
    t: datetime
    eid: str
    cust: Cust
    channel: str
    kind: str
    text: str | None
    direction: str
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    cases: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    # -------------------------------------------------------------- people --
    def lang(self) -> str:
        return str(self.rng.choices(W.LANGS, weights=(30, 30, 10, 10, 10, 10))[0])

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        market: str | None = None,
        company: str | None = None,
    ) -> Cust:
        lg = lang or self.lang()
        mk = market or self.rng.choice(W.MARKETS[lg])
        while True:
            first = self.rng.choice(W.FIRST[lg])
            last = self.rng.choice(W.LAST[lg])
            num = self.rng.randint(1000, 9999)
            key = f"RG{self.code}{num}"
            plain = strip_accents(f"{first}.{last}").lower().replace(" ", "")
            domain = (
                f"{company}.example"
                if company
                else self.rng.choice(
                    ["posta.example", "mailbox.example", "netz.example", "correo.example"]
                )
            )
            email = f"{plain}{num % 97}@{domain}"
            digits = "".join(str(self.rng.randint(0, 9)) for _ in range(8))
            phone = W.PHONE_PREFIX[mk] + digits
            handle = (
                None
                if account or self.rng.random() < 0.25
                else f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{num % 13}"
            )
            ids = [key, email, phone, handle or ""]
            if not any(i.lower() in USED for i in ids if i):
                USED.update(i.lower() for i in ids if i)
                break
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lg, mk, first, email, phone, handle, account, truth)
        self.custs.append(c)
        return c

    def ensure_handle(self, c: Cust) -> None:
        """A social or community writer needs a handle."""
        if not c.handle:
            c.handle = f"@{strip_accents(c.name.split()[0]).lower()}_{c.key[-4:]}"
            c.truth["identifiers"]["handle"] = c.handle

    def case(self) -> str:
        self.cases += 1
        return f"RG-{self.n}{self.rng.randint(10000, 99999)}"

    # ---------------------------------------------------------------- rows --
    def add(
        self,
        t: datetime,
        c: Cust,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        eid = f"h240-{self.code.lower()}-{len(self.rows) + 1:05d}"
        if text is not None and direction == "inbound" and kind not in ("call", "survey_response"):
            text = self.roughen(text)
        if (
            text is not None
            and channel == "social"
            and c.account is None
            and "@Raggiolo" not in text
        ):
            i = text.rfind("Raggiolo")
            text = text[:i] + "@" + text[i:] if i >= 0 else "@Raggiolo " + text
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(Row(t, eid, c, channel, kind, text, direction, subject, sc, a))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rr.random()
        if r < 0.1:
            text = strip_accents(text)
        if self.rr.random() < 0.125 and text[:1].isupper() and text[1:2].islower():
            text = text[0].lower() + text[1:]
        if self.rr.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = self.rr.choice(idx)
                w = words[i]
                j = self.rr.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def pick(self, table: dict[str, list[str]], c: Cust, lang: str | None = None) -> str:
        return self.rng.choice(table[lang or c.lang])

    def fill(
        self, s: str, c: Cust, case: str = "", comp: str = "", amt: str = "", time: str = ""
    ) -> str:
        return (
            s.replace("NAME", c.name)
            .replace("CASE", case)
            .replace("COMP", comp)
            .replace("AMT", amt)
            .replace("TIME", time)
            .replace("AGENT", self.rng.choice(W.AGENTS))
        )

    def agent(self) -> dict[str, str]:
        return {"agent": self.rng.choice(W.AGENTS)}

    def day(self, d: int, lo: float = 7.0, hi: float = 20.0) -> datetime:
        return self.start + d * D + timedelta(minutes=self.rng.randint(int(lo * 60), int(hi * 60)))

    # ---------------------------------------------------------------- acts --
    def happy_act(
        self, c: Cust, t: datetime, lang: str | None = None, surveys: bool = True
    ) -> None:
        lg = lang or c.lang
        kinds = ["praise", "again", "gripe", "chat", "call", "buy", "review", "view"]
        if surveys:
            kinds.append("survey")
        k = self.rng.choice(kinds)
        if k in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.AGAIN_PRAISE, "gripe": W.PRAISE_GRIPE}[k]
            ch = self.rng.choice(["social", "community"]) if c.handle else "web"
            kind = {"social": "mention", "community": "post", "web": "review"}[ch]
            at = {"rating": "5" if k != "gripe" else "4", "page": "/reviews"} if ch == "web" else {}
            self.add(t, c, ch, kind, self.pick(table, c, lg), attrs=at)
        elif k == "chat":
            self.add(t, c, "chat", "chat", self.pick(W.QUESTION, c, lg))
            self.add(
                t + self.rng.randint(1, 6) * M,
                c,
                "chat",
                "chat",
                self.fill(self.pick(W.ANSWER, c, lg), c),
                "outbound",
                attrs=self.agent(),
            )
            if self.rng.random() < 0.6:
                self.add(
                    t + self.rng.randint(7, 12) * M, c, "chat", "chat", self.pick(W.THANKS, c, lg)
                )
        elif k == "call":
            self.add(t, c, "phone", "call", self.pick(W.CALL_Q, c, lg))
            self.add(
                t + self.rng.randint(10, 40) * M,
                c,
                "email",
                "message",
                self.fill(self.pick(W.CALL_FOLLOWUP, c, lg), c),
                "outbound",
                attrs=self.agent(),
            )
        elif k == "buy":
            svc = self.rng.choice(W.SERVICES)
            self.add(t, c, "web", "page_view", None, attrs={"page": "/book"})
            cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
            self.add(
                t + self.rng.randint(3, 15) * M,
                c,
                "web",
                "purchase",
                None,
                attrs={
                    "order_value": f"{self.rng.randint(39, 129)}.00",
                    "currency": cur,
                    "product": svc,
                    "page": "/book/confirm",
                },
            )
        elif k == "review":
            self.add(
                t,
                c,
                "web",
                "review",
                self.pick(W.REVIEW, c, lg),
                attrs={"rating": "5", "page": "/reviews"},
            )
        elif k == "view":
            self.add(
                t,
                c,
                "web",
                "page_view",
                None,
                attrs={"page": self.rng.choice(["/services", "/club", "/mechanics-near-me"])},
            )
        else:
            self.survey_happy(c, t, lg)

    def survey_happy(self, c: Cust, t: datetime, lang: str | None = None) -> None:
        s = self.rng.choice(["nps", "csat", "ces"])
        v = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[s]
        word = self.pick(W.SURVEY_WORD, c, lang)
        self.add(
            t, c, "survey", "survey_response", word or None, scores={s: v}, attrs={"survey": s}
        )

    def happy_days(
        self,
        c: Cust,
        n: int,
        lo: int = 0,
        hi: int | None = None,
        surveys: bool = True,
        avoid: set[int] | None = None,
    ) -> None:
        hi = self.days - 1 if hi is None else hi
        pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
        for d in sorted(self.rng.sample(pool, min(n, len(pool)))):
            self.happy_act(c, self.day(d, 7, 19), surveys=surveys)

    def complaint(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        long: bool = False,
    ) -> tuple[str, str | None]:
        """One first complaint; returns its event id and the case reference (None: social)."""
        lg = lang or c.lang
        amt = {"UK": "£45", "CH": "CHF 48"}.get(c.market, "52 €")
        body = self.fill(self.pick(W.COMPLAINT[problem], c, lg), c, amt=amt)
        case = None if channel == "social" else self.case()
        subj = f"{W.SUBJECT_COMPLAINT[lg]}: {problem.replace('_', ' ')}"
        if channel == "email":
            text = (
                self.fill(self.pick(W.LONG_EMAIL, c, lg), c).replace("PROBLEM", body)
                if long
                else body
            )
            eid = self.add(t, c, "email", "message", text, subject=subj)
        elif channel == "chat":
            eid = self.add(t, c, "chat", "chat", body)
        elif channel == "social":
            eid = self.add(t, c, "social", "mention", body)
        elif channel == "web":
            eid = self.add(t, c, "web", "ticket", body, attrs={"page": "/help/contact"})
        else:
            eid = self.add(t, c, "phone", "call", self.pick(W.CALL_COMPLAINT, c, lg))
        if case and channel == "chat":
            self.add(
                t + self.rng.randint(2, 6) * M,
                c,
                "chat",
                "chat",
                self.fill(self.pick(W.CHAT_CASE, c, lg), c, case=case),
                "outbound",
                attrs=self.agent(),
            )
        elif case:
            self.add(
                t + self.rng.randint(10, 40) * M,
                c,
                "email",
                "message",
                self.fill(self.pick(W.CASE_OPENED, c, lg), c, case=case),
                "outbound",
                subject=W.SUBJECT_CASE[lg].replace("CASE", case),
                attrs=self.agent(),
            )
        return eid, case

    def later(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        case: str,
        nth: int,
        comp: str,
        lang: str | None = None,
    ) -> str:
        lg = lang or c.lang
        if channel == "phone":
            text = self.fill(self.pick(W.STILL_OPEN_CALL, c, lg), c, case=case)
        else:
            text = self.fill(self.pick(W.STILL_OPEN, c, lg), c, case=case)
            if nth == 3:
                text += " " + self.fill(self.pick(W.THIRD, c, lg), c, comp=comp)
            if nth == 4:
                text = self.pick(W.FOURTH, c, lg) + " " + text
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[channel]
        subj = W.SUBJECT_CASE[lg].replace("CASE", case) if channel == "email" else None
        at = {"page": "/help/contact"} if channel == "web" else {}
        eid = self.add(t, c, channel, kind, text, subject=subj, attrs=at)
        if channel == "chat":
            self.add(
                t + self.rng.randint(2, 5) * M,
                c,
                "chat",
                "chat",
                self.fill(self.pick(W.URGENT, c, lg), c, case=case),
                "outbound",
                attrs=self.agent(),
            )
        return eid

    def out_of_night(self, t: datetime) -> datetime:
        if t.hour >= 21:
            return t.replace(hour=8, minute=self.rng.randint(0, 59)) + D
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def fixed_case(
        self, c: Cust, d: int, lang: str | None = None, channel: str = "web"
    ) -> dict[str, Any]:
        lg = lang or c.lang
        t = self.day(d, 8, 17)
        problem = self.rng.choice(W.PROBLEMS)
        eid, case = self.complaint(c, t, problem, channel, lg)
        assert case
        tf = self.out_of_night(t + self.rng.randint(3, 20) * H)
        self.add(
            tf,
            c,
            "email",
            "message",
            self.fill(self.pick(W.GOOD_NEWS, c, lg), c, case=case),
            "outbound",
            subject=W.SUBJECT_CASE[lg].replace("CASE", case),
            attrs=self.agent(),
        )
        tc = self.out_of_night(tf + self.rng.randint(8, 30) * H)
        cch = self.rng.choice(["email", "chat"])
        ce = self.add(
            tc,
            c,
            cch,
            "message" if cch == "email" else "chat",
            self.fill(self.pick(W.CONFIRM, c, lg), c, case=case),
            subject=W.SUBJECT_CASE[lg].replace("CASE", case) if cch == "email" else None,
        )
        return {
            "problem": problem,
            "booking": case,
            "raised_at": iso(t),
            "fixed_at": iso(tf),
            "confirmed_at": iso(tc),
            "problem_event_ids": [eid],
            "confirm_event_id": ce,
            "channel": channel,
            "confirm_channel": cch,
        }

    def slide(self, c: Cust, d0: int, span: int, langs: list[str] | None = None) -> list[str]:
        comp = self.rng.choice(W.COMPETITORS)
        ids: list[str] = []
        t = self.day(d0, 8, 12)
        step = span * 24 / 6
        for i in range(6):
            lg = langs[i % len(langs)] if langs else c.lang
            text = self.fill(W.SLIDE[lg][i], c, comp=comp, amt=W.SLIDE_AMT[lg])
            ch = self.rng.choice(["social", "community", "review"]) if c.handle else "review"
            if ch == "review":
                ids.append(
                    self.add(
                        t,
                        c,
                        "web",
                        "review",
                        text,
                        attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"},
                    )
                )
            else:
                ids.append(self.add(t, c, ch, "mention" if ch == "social" else "post", text))
            t = self.out_of_night(t + timedelta(hours=step * self.rng.uniform(0.7, 1.0)) + H)
        c.truth.update(
            {
                "slide_event_ids": ids,
                "competitor": comp,
                "slide_days": span,
                "trouble_starts_at": self.first_time(ids[0]),
            }
        )
        return ids

    def first_time(self, eid: str) -> str:
        return next(iso(r.t) for r in self.rows if r.eid == eid)

    def time_of(self, eid: str) -> datetime:
        return next(r.t for r in self.rows if r.eid == eid)

    def detractor(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        v = self.rng.randint(1, 5)
        eid = self.add(
            t, c, "survey", "survey_response", None, scores={"nps": v}, attrs={"survey": "nps"}
        )
        c.truth.update({"nps_given": True, "nps": v, "survey_event_id": eid})
        return eid

    # -------------------------------------------------------------- output --
    def write(self) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r.t, r.eid))
        first_in: dict[str, str] = {}
        for r in self.rows:
            if r.direction == "inbound" and r.cust.key not in first_in:
                first_in[r.cust.key] = r.eid
        lines = []
        for r in self.rows:
            c = r.cust
            full = r.direction == "outbound" or first_in.get(c.key) == r.eid
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif r.channel == "phone":
                ref["phone"] = c.phone if self.rr.random() < 0.5 else c.phone.replace(" ", "")
            elif r.channel in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if self.rr.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif r.channel == "email":
                ref["email"] = c.email if self.rr.random() < 0.92 else c.email.upper()
            else:
                ref["customer_id"] = c.key
            assert r.t < LIMIT and r.t >= self.start, (self.name, r.eid, r.t)
            obj: dict[str, Any] = {
                "event_id": r.eid,
                "occurred_at": iso(r.t),
                "channel": r.channel,
                "kind": r.kind,
                "direction": r.direction,
                "customer": ref,
                "text": r.text,
                "subject": r.subject,
                "scores": r.scores,
                "source": SOURCE[r.channel],
                "attributes": r.attrs,
            }
            lines.append(json.dumps(obj, ensure_ascii=False, sort_keys=False))
        last = max(r.t for r in self.rows)
        end = max(self.start + self.days * D, last + H)
        assert end < LIMIT, self.name
        expected: dict[str, int] = {}
        for c in self.custs:
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            assert c.key in first_in, c.key
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Raggiolo (bicycle servicing at home by mobile mechanics; Raggiolo Club membership; Raggiolo Fleet for companies)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-07",
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
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(self.rows), sum(r.direction == "outbound" for r in self.rows)


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
    keep = {"ß", "ñ", "Ñ"}
    return "".join(ch if ch in keep else unicodedata.normalize("NFKD", ch)[0] for ch in s)


def mon(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ------------------------------------------------------------------ families --
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        mon(2026, 3, 9),
        10,
        "happy customers only: day writers, night writers, survey answerers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(f.days - 1), f.rng.randint(2, 4))):
            t = f.start + d * D + timedelta(minutes=f.rng.randint(22 * 60 + 10, 28 * 60 + 30))
            if f.rng.random() < 0.5 and c.handle:
                f.add(t, c, "social", "post", f.pick(W.NIGHT_POST, c))
            else:
                f.add(t, c, "chat", "chat", f.pick(W.NIGHT_CHAT, c))
                f.add(
                    t + f.rng.randint(2, 6) * M,
                    c,
                    "chat",
                    "chat",
                    f.fill(f.pick(W.NIGHT_ANSWER, c), c),
                    "outbound",
                    attrs=f.agent(),
                )
                f.add(t + f.rng.randint(8, 12) * M, c, "chat", "chat", f.pick(W.THANKS, c))
        for d in sorted(f.rng.sample(range(f.days), f.rng.randint(2, 3))):
            f.happy_act(c, f.day(d, 9, 18), surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(f.days), f.rng.randint(3, 6))):
            f.survey_happy(c, f.day(d, 8, 19))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        mon(2026, 4, 6),
        12,
        "happy customers with one angry message on one day; some give a low NPS",
    )
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    f.rng.shuffle(problems)
    with_case: list[tuple[Cust, datetime, str, str]] = []
    for i in range(24):
        ch = channels[i]
        lang = f.rng.choice(["it", "de"]) if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang=lang, tolerated=["silence"])
        bd = f.rng.randint(2, 9)
        avoid = {bd - 1, bd, bd + 1, bd + 2}
        f.happy_days(c, f.rng.randint(1, 5), surveys=False, avoid=avoid)
        t = f.day(bd, 8, 20)
        real = "email" if ch == "long" else ch
        if real == "social":
            f.ensure_handle(c)
        eid, case = f.complaint(c, t, problems[i], real, long=ch == "long")
        c.truth.update(
            {
                "problem": problems[i],
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "booking": case,
                "long_email": ch == "long",
                "channel": real,
                "trouble_starts_at": iso(t),
            }
        )
        if case:
            with_case.append((c, t, case, eid))
    f.rng.shuffle(with_case)
    for j, (c, t, case, _) in enumerate(with_case):
        if j < 6:
            c.truth["persona"] = "bad_day_detractor"
            c.truth["expected_rules"] = ["detractor"]
            f.detractor(c, t + f.rng.randint(100, 140) * M)
        elif j < 11:
            v = f.rng.randint(1, 2)
            w = f.pick(W.SURVEY_WORD, c) if f.rng.random() < 0.5 else ""
            e = f.add(
                t + f.rng.randint(40, 80) * M,
                c,
                "survey",
                "survey_response",
                None if not w else f.pick(W.LOW_WORD, c),
                scores={"csat": v},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": v, "survey_event_id": e})
        if j < 12:
            tg = f.out_of_night(t + f.rng.randint(60, 240) * M)
            f.add(
                tg,
                c,
                "email",
                "message",
                f.fill(f.pick(W.GOOD_NEWS, c), c, case=case),
                "outbound",
                subject=W.SUBJECT_CASE[c.lang].replace("CASE", case),
                attrs=f.agent(),
            )
            c.truth["agent_fixed"] = True
            if j % 2 == 0 and j < 10:
                ta = f.out_of_night(t + f.rng.randint(16, 24) * H)
                ch = f.rng.choice(["chat", "email"])
                ae = f.add(ta, c, ch, "chat" if ch == "chat" else "message", f.pick(W.APOLOGY, c))
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": ae})
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7))
    return f


def repeat_run(
    f: Fam, c: Cust, d: int, times: int, passed_on: bool, langs: list[str] | None = None
) -> None:
    lg0 = langs[0] if langs else c.lang
    t = f.day(d, 8, 19)
    first_ch = f.rng.choice(["web", "email", "chat", "phone", "web"])
    problem = f.rng.choice(W.PROBLEMS)
    eid, case = f.complaint(c, t, problem, first_ch, lg0)
    assert case
    if passed_on:
        f.add(
            t + f.rng.randint(90, 150) * M,
            c,
            "email",
            "message",
            f.fill(f.pick(W.PASSED_ON, c, lg0), c, case=case),
            "outbound",
            subject=W.SUBJECT_CASE[lg0].replace("CASE", case),
            attrs=f.agent(),
        )
    comp = f.rng.choice(W.COMPETITORS)
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    if not c.handle:
        chans.remove("social")
    f.rng.shuffle(chans)
    ids = [eid]
    tt = t
    for k in range(2, times + 1):
        tt = f.out_of_night(tt + f.rng.randint(4, 40) * H)
        lg = langs[(k - 1) % len(langs)] if langs else c.lang
        ids.append(f.later(c, tt, chans[k - 2], case, k, comp, lg))
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "channels": [first_ch, *chans[: times - 1]],
            "agent_passed_on": passed_on,
            "problem_event_ids": ids,
            "competitor": comp if times >= 3 else None,
            "trouble_starts_at": iso(t),
        }
    )


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        mon(2026, 5, 18),
        10,
        "one open problem raised two to four times; fixed and confirmed problems; frequent writers",
    )
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=ALL_TOL)
        for _ in range(f.rng.randint(1, 3)):
            f.happy_act(c, f.day(0, 7, 12), surveys=False)
        repeat_run(f, c, f.rng.randint(1, 4), 2 + i // 4, passed_on=i % 2 == 0)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy_days(c, f.rng.randint(1, 2), hi=1, surveys=False)
        p = f.fixed_case(c, f.rng.randint(2, 4))
        c.truth.update({"problems": [p], "trouble_starts_at": p["raised_at"]})
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        d = f.rng.randint(1, 2)
        p1 = f.fixed_case(c, d, channel=f.rng.choice(["web", "email"]))
        p2 = f.fixed_case(c, d + f.rng.randint(4, 5), channel=f.rng.choice(["web", "chat"]))
        c.truth.update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in sorted(f.rng.sample(range(f.days), f.rng.randint(5, 8))):
            f.happy_act(c, f.day(d, 7, 19), surveys=False)
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        mon(2026, 6, 22),
        32,
        "sliding customers, leavers who cancel, steady, steadily grumpy and sarcastic customers",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop"],
            tolerated=SLIDER_TOL,
        )
        f.ensure_handle(c)
        for d in sorted(f.rng.sample(range(11), f.rng.randint(4, 5))):
            ch = f.rng.choice(["social", "community"])
            f.add(
                f.day(d, 8, 19),
                c,
                ch,
                "mention" if ch == "social" else "post",
                f.pick(f.rng.choice([W.PRAISE, W.AGAIN_PRAISE]), c),
            )
        for d in sorted(f.rng.sample(range(11), f.rng.randint(2, 4))):
            f.happy_act(c, f.day(d, 8, 19), surveys=False)
        ids = f.slide(c, f.rng.randint(12, 16), spans[i])
        if i % 2 == 0:
            c.truth["expected_rules"] = ["detractor", "sentiment_drop"]
            f.detractor(c, f.out_of_night(f.time_of(ids[3]) + f.rng.randint(150, 210) * M))
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        f.happy_days(c, f.rng.randint(4, 6), hi=15, surveys=False)
        t = f.day(f.rng.randint(17, 23), 8, 18)
        e = f.add(t, c, "email", "message", f.pick(W.CANCEL, c), subject="Raggiolo Club")
        f.add(
            f.out_of_night(t + f.rng.randint(1, 5) * H),
            c,
            "email",
            "message",
            f.fill(f.pick(W.SORRY_GO, c), c),
            "outbound",
            subject="Re: Raggiolo Club",
            attrs=f.agent(),
        )
        tc = f.out_of_night(t + f.rng.randint(20, 30) * H)
        ce = f.add(
            tc,
            c,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/club/cancel", "product": "Raggiolo Club"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": ce,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids = []
        for _ in range(f.rng.randint(5, 7)):
            ch = (
                f.rng.choice(["social", "community", "web", "review"])
                if c.handle
                else f.rng.choice(["web", "review"])
            )
            text = f.pick(W.GRUMBLE, c)
            t = f.day(d, 8, 20)
            if ch == "review":
                ids.append(
                    f.add(t, c, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(f.add(t, c, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(f.add(t, c, ch, "mention" if ch == "social" else "post", text))
            d += f.rng.randint(1, 3)
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": f.first_time(ids[0])})
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        ds = f.rng.randint(17, 28)
        f.happy_days(c, f.rng.randint(4, 7), surveys=False, avoid={ds})
        ch = "social" if c.handle else "web"
        e = f.add(
            f.day(ds, 9, 19),
            c,
            ch,
            "mention" if ch == "social" else "ticket",
            f.pick(W.SARCASM, c),
            attrs={} if c.handle else {"page": "/help/contact"},
        )
        c.truth["sarcasm_event_id"] = e
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        mon(2026, 8, 14),
        3,
        "a calm summer weekend with three bursts of night owls each night; no spike",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(3), f.rng.randint(1, 3))):
            f.happy_act(c, f.day(d, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.day(f.rng.randint(0, 2), 8, 17)
        f.add(t, c, "web", "page_view", None, attrs={"page": "/mechanics-near-me"})
        t2 = t + f.rng.randint(20, 30) * M
        if i < 2:
            e = f.add(t2, c, "chat", "chat", f.pick(W.MILD, c))
            f.add(
                t2 + 3 * M,
                c,
                "chat",
                "chat",
                f.fill(f.pick(W.FORM_ACK, c), c),
                "outbound",
                attrs=f.agent(),
            )
        else:
            e = f.add(t2, c, "web", "ticket", f.pick(W.MILD, c), attrs={"page": "/help/contact"})
            f.add(
                t2 + 40 * M,
                c,
                "email",
                "message",
                f.fill(f.pick(W.FORM_ACK, c), c),
                "outbound",
                attrs=f.agent(),
            )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t2)})
    for night in range(3):
        b0 = f.start + (night + 1) * D + timedelta(minutes=f.rng.randint(40, 65))
        starts = [b0, b0 + f.rng.randint(28, 33) * M, b0 + f.rng.randint(55, 65) * M]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(seconds=f.rng.randint(0, 600))
                if c.handle and f.rng.random() < 0.5:
                    e = f.add(t, c, "social", "post", f.pick(W.NIGHT_POST, c))
                else:
                    e = f.add(t, c, "chat", "chat", f.pick(W.NIGHT_CHAT, c))
                    f.add(
                        t + f.rng.randint(3, 8) * M,
                        c,
                        "chat",
                        "chat",
                        f.fill(f.pick(W.NIGHT_ANSWER, c), c),
                        "outbound",
                        attrs=f.agent(),
                    )
                    f.add(t + f.rng.randint(10, 14) * M, c, "chat", "chat", f.pick(W.THANKS, c))
                c.truth.update({"burst_at": iso(bs), "night_event_id": e})
                if f.rng.random() < 0.5:
                    f.happy_act(c, f.day(f.rng.randint(0, 2), 9, 17.5))
    return f


PAIRS = [
    ("it", "de"),
    ("de", "it"),
    ("it", "de"),
    ("de", "it"),
    ("it", "en"),
    ("de", "en"),
    ("it", "fr"),
    ("de", "fr"),
    ("fr", "de"),
    ("it", "es"),
    ("es", "it"),
    ("de", "pt"),
    ("pt", "de"),
    ("en", "it"),
    ("de", "es"),
    ("it", "pt"),
    ("fr", "it"),
    ("de", "it"),
    ("it", "de"),
    ("en", "de"),
    ("it", "es"),
    ("de", "fr"),
    ("pt", "it"),
    ("es", "de"),
    ("it", "de"),
    ("de", "en"),
    ("it", "fr"),
]
PAIR_MARKET = {
    frozenset({"it", "de"}): "CH",
    frozenset({"de", "fr"}): "CH",
    frozenset({"it", "fr"}): "CH",
    frozenset({"de", "en"}): "DE",
    frozenset({"it", "en"}): "IT",
    frozenset({"it", "es"}): "IT",
    frozenset({"de", "pt"}): "DE",
    frozenset({"de", "es"}): "ES",
    frozenset({"it", "pt"}): "PT",
}


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        mon(2026, 9, 7),
        14,
        "customers who write in two languages: happy, repeat contacts, sliders, one bad day, fixed between contacts",
    )
    pairs = list(PAIRS)
    for i, (a, b) in enumerate(pairs):
        mk = PAIR_MARKET.get(frozenset({a, b}), f.rng.choice(W.MARKETS[a]))
        if i < 12:
            c = f.person("happy", "alternates languages", lang=a, market=mk)
            for k, d in enumerate(sorted(f.rng.sample(range(f.days), f.rng.randint(5, 8)))):
                f.happy_act(c, f.day(d, 7, 19), lang=(a, b)[k % 2], surveys=False)
        elif i < 17:
            c = f.person(
                "repeat_contact",
                "repeats",
                lang=a,
                market=mk,
                expected=["repeat_contact"],
                tolerated=ALL_TOL,
            )
            for _ in range(f.rng.randint(1, 3)):
                f.happy_act(c, f.day(f.rng.randint(0, 1), 8, 18), surveys=False)
            times = [2, 2, 3, 3, 4][i - 12]
            repeat_run(f, c, f.rng.randint(2, 5), times, passed_on=times >= 3, langs=[a, b])
        elif i < 22:
            c = f.person(
                "slow_churner",
                "slides",
                lang=a,
                market=mk,
                expected=["sentiment_drop"],
                tolerated=SLIDER_TOL,
            )
            f.ensure_handle(c)
            for k, d in enumerate(sorted(f.rng.sample(range(6), 5))):
                lg = (a, b)[k % 2]
                f.add(f.day(d, 8, 19), c, "community", "post", f.pick(W.PRAISE, c, lg))
            for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 3))):
                f.happy_act(c, f.day(d, 8, 19), lang=b, surveys=False)
            f.slide(c, f.rng.randint(7, 8), f.rng.randint(3, 5), langs=[a, b])
        elif i < 25:
            c = f.person(
                "happy_one_bad_day", "one bad day", lang=a, market=mk, tolerated=["silence"]
            )
            bd = f.rng.randint(4, 10)
            f.happy_days(c, f.rng.randint(3, 5), surveys=False, avoid={bd - 1, bd, bd + 1, bd + 2})
            ch = ["email", "email", "chat"][i - 22]
            t = f.day(bd, 8, 19)
            eid, case = f.complaint(c, t, f.rng.choice(W.PROBLEMS), ch, lang=b, long=i == 22)
            assert case
            c.truth.update(
                {
                    "bad_day_at": iso(t),
                    "bad_day_event_id": eid,
                    "bad_day_language": b,
                    "booking": case,
                    "trouble_starts_at": iso(t),
                }
            )
            if ch == "email":
                f.add(
                    f.out_of_night(t + f.rng.randint(1, 4) * H),
                    c,
                    "email",
                    "message",
                    f.fill(f.pick(W.GOOD_NEWS, c, b), c, case=case),
                    "outbound",
                    attrs=f.agent(),
                )
            if i == 23:
                ta = f.out_of_night(t + f.rng.randint(18, 24) * H)
                ae = f.add(ta, c, "chat", "chat", f.pick(W.APOLOGY, c, b))
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": ae})
        else:
            c = f.person(
                "resolved_between_contacts", "fixed", lang=a, market=mk, tolerated=["silence"]
            )
            f.happy_days(c, 2, hi=2, surveys=False)
            p = f.fixed_case(c, f.rng.randint(4, 8), lang=a)
            c.truth.update(
                {"problems": [p], "confirm_language": a, "trouble_starts_at": p["raised_at"]}
            )
        c.truth["languages"] = [a, b]
        c.truth["job_second_language"] = (
            "works across the border" if mk == "CH" else "grew up with both"
        )
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        mon(2026, 10, 5),
        14,
        "Raggiolo Fleet: companies' bike fleets on account; at-risk accounts, one unhappy contact, mild suggestions, happy accounts",
    )
    specs = [
        ("at_risk", 5, 3, "invoice", "de", "DE", "logistics"),
        ("at_risk", 5, 3, "portal", "it", "IT", "facilities"),
        ("at_risk", 4, 3, "service_blocked", "de", "AT", "courier"),
        ("at_risk", 6, 4, "overbilled", "it", "CH", "municipality"),
        ("at_risk", 6, 4, "invoice", "fr", "FR", "university"),
        ("one_unhappy", 3, 1, "portal", "de", "DE", "hotel"),
        ("one_unhappy", 3, 1, "invoice", "it", "IT", "hospital"),
        ("one_unhappy", 3, 1, "overbilled", "es", "ES", "courier"),
        ("one_unhappy", 3, 1, "service_blocked", "en", "UK", "logistics"),
        ("mild", 4, 0, "", "de", "DE", "school"),
        ("mild", 4, 0, "", "pt", "PT", "facilities"),
        ("mild", 4, 0, "", "it", "IT", "hotel"),
        ("happy", 3, 0, "", "de", "CH", "courier"),
        ("happy", 3, 0, "", "it", "IT", "university"),
        ("happy", 3, 0, "", "en", "IE", "hotel"),
    ]
    for n, (kind, size, unhappy, problem, lang, mk, site) in enumerate(specs):
        acc = f"RGF-{mk}-{f.rng.randint(1000, 9999)}"
        company = f"{site}{n + 1}-{mk.lower()}"
        keys: list[str] = []
        ukeys: list[str] = []
        comp = f.rng.choice(W.COMPETITORS)
        contacts: list[Cust] = []
        for j in range(size):
            if kind == "at_risk" and j < unhappy:
                persona, tol, exp = (
                    "b2b_unhappy",
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                    ["detractor"] if j < unhappy - 1 else ["repeat_contact"],
                )
            elif kind == "one_unhappy" and j == 0:
                persona, tol, exp = (
                    "b2b_one_unhappy",
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    ["detractor"],
                )
            elif kind == "mild" and j < 2:
                persona, tol, exp = "b2b_mild", ["silence"], []
            else:
                persona, tol, exp = "b2b_happy", [], []
            c = f.person(
                persona,
                "",
                lang=lang,
                market=mk,
                account=acc,
                expected=exp,
                tolerated=tol,
                company=company,
            )
            c.truth.update(
                {
                    "company": company,
                    "role": "complainer"
                    if persona in ("b2b_unhappy", "b2b_one_unhappy")
                    else "suggests"
                    if persona == "b2b_mild"
                    else "contact",
                    "job_title": f.rng.choice(
                        [
                            "Fleet manager",
                            "Office manager",
                            "Facilities lead",
                            "Accounts payable",
                            "Operations lead",
                        ]
                    ),
                }
            )
            c.truth["habit"] = c.truth["role"]
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
            keys.append(c.key)
            if persona in ("b2b_unhappy", "b2b_one_unhappy"):
                ukeys.append(c.key)
        for c in contacts:
            routine_days = [0, 1] if c.truth["role"] != "contact" else list(range(f.days))
            routine_days = [d for d in routine_days if (f.start + d * D).weekday() < 5]
            for d in sorted(
                f.rng.sample(
                    routine_days,
                    min(
                        len(routine_days),
                        f.rng.randint(0, 2)
                        if c.truth["role"] != "contact"
                        else f.rng.randint(3, 6),
                    ),
                )
            ):
                t = f.day(d, 8, 16.5)
                r = f.rng.random()
                if r < 0.4:
                    f.add(t, c, "chat", "chat", f.pick(W.B2B_Q, c))
                    f.add(
                        t + f.rng.randint(1, 6) * M,
                        c,
                        "chat",
                        "chat",
                        f.fill(f.pick(W.ANSWER, c), c),
                        "outbound",
                        attrs=f.agent(),
                    )
                    if f.rng.random() < 0.5:
                        f.add(t + 9 * M, c, "chat", "chat", f.pick(W.THANKS, c))
                elif r < 0.6:
                    f.add(t, c, "web", "page_view", None, attrs={"page": "/fleet/portal"})
                    f.add(
                        t + 6 * M,
                        c,
                        "web",
                        "purchase",
                        None,
                        attrs={
                            "order_value": f"{f.rng.randint(240, 900)}.00",
                            "currency": "CHF" if mk == "CH" else "GBP" if mk == "UK" else "EUR",
                            "product": "Fleet service visit / Intervento flotta",
                            "page": "/fleet/book",
                        },
                    )
                elif r < 0.75 and c.truth["role"] == "contact":
                    f.add(t, c, "community", "post", f.pick(W.B2B_PRAISE, c))
                elif c.truth["role"] == "contact":
                    f.survey_happy(c, t)
                else:
                    f.add(t, c, "web", "page_view", None, attrs={"page": "/fleet/invoices"})
        if kind == "at_risk":
            t = f.start + 2 * D + timedelta(hours=8, minutes=f.rng.randint(5, 90))
            first = contacts[0]
            case = f.case()
            first_t = t
            for j in range(unhappy):
                c = contacts[j]
                body = f.pick(B2B_TABLE[problem], c)
                if j > 0:
                    body = (
                        f.fill(f.pick(W.B2B_ALSO, c), c, case=case).replace("NAME2", first.name)
                        + body
                    )
                e = f.add(
                    t,
                    c,
                    "email",
                    "message",
                    body,
                    subject=f"{W.SUBJECT_COMPLAINT[lang]}: {problem}",
                )
                if j == 0:
                    f.add(
                        t + f.rng.randint(20, 50) * M,
                        c,
                        "email",
                        "message",
                        f.fill(f.pick(W.CASE_OPENED, c), c, case=case),
                        "outbound",
                        subject=W.SUBJECT_CASE[lang].replace("CASE", case),
                        attrs=f.agent(),
                    )
                c.truth.update(
                    {
                        "complaint_event_ids": [e],
                        "booking": case,
                        "problem": problem,
                        "trouble_starts_at": iso(t),
                    }
                )
                if j < unhappy - 1:
                    f.detractor(c, t + f.rng.randint(60, 180) * M)
                else:
                    t2 = office(f, t + f.rng.randint(18, 40) * H)
                    if n == 0:
                        e2 = f.add(
                            t2,
                            c,
                            "email",
                            "message",
                            f.fill(f.pick(W.STILL_OPEN, c), c, case=case)
                            + " "
                            + f.fill(f.pick(W.THIRD, c), c, comp=comp),
                            subject=W.SUBJECT_CASE[lang].replace("CASE", case),
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(
                            t2, c, "phone", "call", f.fill(f.pick(W.B2B_LAST, c), c, case=case)
                        )
                    c.truth["complaint_event_ids"].append(e2)
                t = office(f, t + f.rng.randint(8, 28) * H)
            f.accounts[acc] = {
                "company": company,
                "site": site,
                "contacts": size,
                "contact_keys": keys,
                "unhappy_contacts": unhappy,
                "unhappy_contact_keys": ukeys,
                "at_risk": True,
                "expected_rules": ["account_risk"],
                "tolerated_rules": [],
                "kind": kind,
                "same_problem": problem,
                "trouble_starts_at": iso(first_t),
                "language": lang,
                "country": mk,
            }
            continue
        if kind == "one_unhappy":
            c = contacts[0]
            t = office(f, f.start + f.rng.randint(3, 7) * D + timedelta(hours=f.rng.randint(8, 15)))
            e = f.add(
                t,
                c,
                "email",
                "message",
                f.pick(B2B_TABLE[problem], c),
                subject=f"{W.SUBJECT_COMPLAINT[lang]}: {problem}",
            )
            case = f.case()
            f.add(
                t + f.rng.randint(20, 50) * M,
                c,
                "email",
                "message",
                f.fill(f.pick(W.CASE_OPENED, c), c, case=case),
                "outbound",
                subject=W.SUBJECT_CASE[lang].replace("CASE", case),
                attrs=f.agent(),
            )
            f.detractor(c, t + f.rng.randint(60, 180) * M)
            c.truth.update(
                {
                    "complaint_event_ids": [e],
                    "booking": case,
                    "problem": problem,
                    "trouble_starts_at": iso(t),
                }
            )
        if kind == "mild":
            for c in contacts[:2]:
                t = office(
                    f, f.start + f.rng.randint(2, 9) * D + timedelta(hours=f.rng.randint(8, 15))
                )
                e = f.add(
                    t,
                    c,
                    "web",
                    "ticket",
                    f.pick(W.B2B_SUGGEST, c),
                    attrs={"page": "/fleet/feedback"},
                )
                f.add(
                    t + f.rng.randint(30, 90) * M,
                    c,
                    "email",
                    "message",
                    f.fill(f.pick(W.FORM_ACK, c), c),
                    "outbound",
                    attrs=f.agent(),
                )
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(t)})
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": ukeys,
            "at_risk": False,
            "expected_rules": [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": mk,
        }
    return f


B2B_TABLE = W.B2B_COMPLAINT


def office(f: Fam, t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
        if t.hour >= 17 or t.weekday() >= 5:
            t = (t + D).replace(hour=8, minute=f.rng.randint(5, 55))
        else:
            t = t.replace(hour=8, minute=f.rng.randint(5, 55))
    return t


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        mon(2026, 11, 2),
        7,
        "a calm week and the planted incident on Thursday",
    )
    s0 = mon(2026, 11, 5) + timedelta(hours=13, minutes=25)
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            t = f.day(d, 7, 19)
            if d == 3 and abs((t - s0).total_seconds()) < 3 * 3600:
                t = f.day(d, 7, 10)
            f.happy_act(c, t)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.day(0, 9, 16)
        e = f.add(t, c, "chat", "chat", f.pick(W.MILD, c))
        f.add(
            t + 4 * M,
            c,
            "chat",
            "chat",
            f.fill(f.pick(W.FORM_ACK, c), c),
            "outbound",
            attrs=f.agent(),
        )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    for lg, hh in (("it", 9.5), ("de", 16.0)):
        c = f.person("grumbles_once", "lone question", lang=lg, tolerated=["silence"])
        t = mon(2026, 11, 4) + timedelta(hours=hh, minutes=f.rng.randint(0, 20))
        e = f.add(t, c, "chat", "chat", f.pick(W.LONE_Q, c))
        f.add(
            t + 5 * M,
            c,
            "chat",
            "chat",
            f.fill(f.pick(W.LONE_A, c), c),
            "outbound",
            attrs=f.agent(),
        )
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    langs = ["it"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    offsets = [*f.rng.sample(range(1, 44), 18), 0, 45]
    offsets.sort()
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    reporters: list[tuple[Cust, datetime, str]] = []
    for i in range(20):
        regular = i < 12
        c = f.person(
            "spike_reporter", "regular" if regular else "new", lang=langs[i], tolerated=["silence"]
        )
        ch = chans[i]
        if ch in ("social", "community"):
            f.ensure_handle(c)
        if regular:
            for _ in range(f.rng.randint(1, 3)):
                f.happy_act(c, f.day(f.rng.randint(0, 2), 8, 17.5))
        t = (
            s0
            + offsets[i] * M
            + timedelta(seconds=f.rng.randint(0, 50) if offsets[i] not in (0, 45) else 0)
        )
        text = f.pick(W.SPIKE, c)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            t,
            c,
            ch,
            kind,
            text,
            subject=f"{W.SUBJECT_COMPLAINT[c.lang]}: app" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else {},
        )
        if ch == "chat":
            f.add(
                t + f.rng.randint(2, 4) * M,
                c,
                "chat",
                "chat",
                f.fill(f.pick(W.SPIKE_CHAT_ANSWER, c), c),
                "outbound",
                attrs=f.agent(),
            )
        keys.append(c.key)
        eids.append(e)
        reporters.append((c, t, ch))
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
    early = [r for r in reporters if r[1] <= s0 + 25 * M]
    f.rng.shuffle(early)
    for c, t, ch in early[:6]:
        ch2 = f.rng.choice(
            [
                x
                for x in ("email", "chat", "community")
                if x != ch and (x != "community" or c.handle)
            ]
        )
        t2 = t + f.rng.randint(10, 60) * M
        kind = {"chat": "chat", "community": "post", "email": "message"}[ch2]
        e2 = f.add(
            t2,
            c,
            ch2,
            kind,
            f.pick(W.SPIKE_AGAIN, c),
            subject=f"{W.SUBJECT_COMPLAINT[c.lang]}: app" if ch2 == "email" else None,
        )
        reps.append(e2)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["sentiment_drop", "silence"],
                "repeat_event_id": e2,
            }
        )
    rest = [r for r in reporters if "repeat_event_id" not in r[0].truth]
    for c, _, _ in rest[:6]:
        local = {"UK": "14:50", "IE": "14:50", "PT": "14:50"}.get(c.market, "15:50")
        f.add(
            s0 + timedelta(hours=3, minutes=f.rng.randint(0, 10)),
            c,
            "email",
            "message",
            f.fill(f.pick(W.SPIKE_FIXED, c), c, time=local),
            "outbound",
            attrs=f.agent(),
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "bike-servicing app: customers cannot approve the mechanic's parts quote during a home visit, so services stop half done (error QTE-286)",
        "about": "the planted incident of heldout240; score it by its window and event ids if the pipeline names it otherwise (app, quote, approve, error, code, mechanic)",
        "channel": None,
        "start": iso(min(r[1] for r in reporters)),
        "end": iso(max(r[1] for r in reporters)),
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
    total = [0, 0, 0]
    for build in FAMILIES:
        fam = build()
        n = fam.write()
        print(fam.name, *n)
        total = [a + b for a, b in zip(total, n, strict=True)]
    print("total", *total)


if __name__ == "__main__":
    main()
