# ruff: noqa: E501
"""Generate heldout157 (Kurvano karting), a blind report set. Standard library only.

Run: python make_heldout157.py (from anywhere). Seeded; two runs give the same bytes.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261031
LIMIT = datetime(2026, 11, 15)
LANG_W = (("de", 30), ("pt", 30), ("es", 12), ("en", 10), ("fr", 9), ("it", 9))
PHONE_LEN = {
    "DE": 12,
    "AT": 12,
    "CH": 11,
    "PT": 12,
    "ES": 11,
    "UK": 12,
    "IE": 12,
    "FR": 11,
    "BE": 11,
    "IT": 12,
}
SOURCE = {
    "email": "kurvano-mail",
    "phone": "kurvano-voice",
    "social": "kurvano-social",
    "community": "kurvano-forum",
    "chat": "kurvano-chat",
    "web": "kurvano-web",
    "survey": "kurvano-survey",
}
AGENTS = ("Jonas", "Ines", "Lucia", "Sam", "Chloe", "Marco", "Mira", "Tiago")
USED: set[str] = set()
T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str, lang: str) -> str:
    if lang == "de":
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
            text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ßñÑ€£":
            out.append(ch)
            continue
        out.append(
            "".join(x for x in unicodedata.normalize("NFD", ch) if not unicodedata.combining(x))
        )
    return "".join(out)


def transcript(text: str) -> str:
    words = re.sub(r"[^\w\s€£-]", " ", text).split()
    return " ".join(w if re.fullmatch(r"[A-Z]{2,}-\d+", w) else w.lower() for w in words)


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
    segment: str
    truth: dict[str, Any]


@dataclass
class Row:
    t: datetime
    eid: str
    channel: str
    kind: str
    direction: str
    cust: Cust
    text: str | None
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
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    # ---- people -------------------------------------------------------------
    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in USED:
                USED.add(v)
                return v

    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_W], [w for _, w in LANG_W])[0]

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        lang: str | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        **extra: Any,
    ) -> Cust:
        r = self.rng
        lang = lang or self.lang()
        mk, prefix = r.choice(W.MARKETS[lang])
        if market:
            mk = market
            prefix = next((p for m, p in W.MARKETS[lang] if m == market), prefix)
        key = self.uniq(lambda: f"KV{self.code}{r.randrange(1000, 10000)}")
        first = r.choice(W.FIRST_NAMES[lang])
        sur = r.choice(W.SURNAMES[lang])
        plain = strip_accents(f"{first}.{sur}", "de").lower().replace("ß", "ss")
        if domain:
            email = self.uniq(
                lambda: f"{plain.split('.')[0]}.{plain.split('.')[1][: r.randrange(1, 6)]}@{domain}"
            )
            handle = None
        else:
            email = self.uniq(
                lambda: (
                    f"{plain}{r.randrange(1, 99)}@{r.choice(['mailbox', 'posteo', 'correio', 'webpost', 'inbox'])}.example"
                )
            )
            handle = self.uniq(
                lambda: r.choice(
                    [
                        f"@{plain.replace('.', '_')}{r.randrange(1, 9)}",
                        f"@{plain.split('.')[1]}{plain[0]}{r.randrange(1, 99)}",
                        f"@{plain.replace('.', '')}{r.randrange(10, 99)}",
                    ]
                )
            )
        digits = prefix.replace(" ", "").lstrip("+")
        phone = self.uniq(
            lambda: (
                "+"
                + digits
                + "".join(str(r.randrange(10)) for _ in range(PHONE_LEN[mk] - len(digits)))
            )
        )
        segment = "b2b" if account else "consumer"
        exp = list(expected or [])
        tol = list(tolerated or [])
        assert not set(exp) & set(tol)
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
            "country": mk,
            "segment": segment,
            "name": f"{first} {sur}",
        }
        truth.update(extra)
        c = Cust(key, lang, mk, f"{first} {sur}", email, phone, handle, account, segment, truth)
        self.custs[key] = c
        return c

    def case(self) -> str:
        return self.uniq(lambda: f"KV-{self.rng.randrange(100000, 1000000)}")

    # ---- touchpoints -----------------------------------------------------------
    def roughen(self, text: str, lang: str) -> str:
        rr = self.rr
        if rr.random() < 0.1:
            text = strip_accents(text, lang)
        if rr.random() < 0.125 and text[:1].isupper() and not text.startswith(W.BRAND):
            text = text[0].lower() + text[1:]
        if rr.random() < 0.14:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) >= 5
            ]
            if words:
                parts = text.split(" ")
                i = rr.choice(words)
                w = parts[i]
                j = rr.randrange(1, len(w) - 2)
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
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        lang: str | None = None,
    ) -> str:
        self.counter += 1
        eid = f"h157-{self.code.lower()}-{self.counter:05d}"
        lang = lang or c.lang
        if text is not None and direction == "inbound" and channel not in ("phone", "survey"):
            text = self.roughen(text, lang)
        if (
            text is not None
            and channel == "social"
            and direction == "inbound"
            and c.segment == "consumer"
        ):
            if W.BRAND in text:
                i = text.rfind(W.BRAND)
                text = text[:i] + "@" + text[i:]
            else:
                text = "@Kurvano " + text
        a = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        if direction == "outbound":
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(Row(t, eid, channel, kind, direction, c, text, subject, sc, a))
        return eid

    def pick(self, table: dict[str, list[str]], lang: str, **kw: str) -> str:
        return self.rng.choice(table[lang]).format(**kw)

    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(
            days=int(day), minutes=self.rng.randrange(int(h0 * 60), int(h1 * 60))
        )

    def mins(self, t: datetime, a: int, b: int) -> datetime:
        return t + timedelta(minutes=self.rng.randrange(a, b + 1), seconds=self.rng.randrange(60))

    @staticmethod
    def dayshift(t: datetime) -> datetime:
        if t.hour >= 22:
            return (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 50)
        if t.hour < 7:
            return t.replace(hour=8, minute=t.minute % 50)
        return t

    @staticmethod
    def office(t: datetime) -> datetime:
        if t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 50)
        elif t.hour < 8:
            t = t.replace(hour=8, minute=t.minute % 50)
        while t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 50)
        return t

    # ---- acts ---------------------------------------------------------------
    def agent_mail(
        self, c: Cust, t: datetime, text: str, subject: str | None = None, lang: str | None = None
    ) -> str:
        return self.add(
            c, self.dayshift(t), "email", "message", text, "outbound", subject=subject, lang=lang
        )

    def happy(
        self,
        c: Cust,
        t: datetime,
        lang: str | None = None,
        kinds: tuple[str, ...] = (
            "praise",
            "praise",
            "question",
            "call_q",
            "purchase",
            "page",
            "review",
            "gripe",
        ),
    ) -> list[str]:
        lang = lang or c.lang
        r = self.rng
        k = r.choice(kinds)
        ids: list[str] = []
        if c.segment == "b2b":
            k = {
                "praise": "b2b_praise",
                "gripe": "b2b_praise",
                "review": "page",
                "call_q": "b2b_q",
                "question": "b2b_q",
            }.get(k, k)
        if k == "praise":
            ch = r.choice(["social", "community"])
            ids.append(
                self.add(
                    c,
                    t,
                    ch,
                    "mention" if ch == "social" else "post",
                    self.pick(W.PRAISE, lang),
                    lang=lang,
                )
            )
        elif k == "gripe":
            ids.append(
                self.add(c, t, "community", "post", self.pick(W.PRAISE_GRIPE, lang), lang=lang)
            )
        elif k in ("question", "b2b_q"):
            q = self.add(
                c,
                t,
                "chat",
                "chat",
                self.pick(W.QUESTION if k == "question" else W.B2B_Q, lang),
                lang=lang,
            )
            t2 = self.mins(t, 1, 6)
            self.add(c, t2, "chat", "chat", self.pick(W.ANSWER, lang), "outbound", lang=lang)
            if r.random() < 0.6:
                self.add(
                    c, self.mins(t2, 1, 4), "chat", "chat", self.pick(W.THANKS, lang), lang=lang
                )
            ids.append(q)
        elif k == "call_q":
            ids.append(self.add(c, t, "phone", "call", self.pick(W.CALL_Q, lang), lang=lang))
            self.agent_mail(c, self.mins(t, 20, 60), self.pick(W.ANSWER, lang), lang=lang)
        elif k == "b2b_praise":
            ids.append(
                self.add(c, t, "community", "post", self.pick(W.B2B_PRAISE, lang), lang=lang)
            )
        elif k == "purchase":
            prod, price = r.choice(W.PRODUCTS)
            if c.segment == "b2b":
                prod, price = "Team event, 16 drivers", "960.00"
            cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
            self.add(c, t, "web", "page_view", attrs={"page": "/heats"})
            ids.append(
                self.add(
                    c,
                    self.mins(t, 2, 10),
                    "web",
                    "purchase",
                    attrs={
                        "order_value": price,
                        "currency": cur,
                        "product": prod,
                        "page": "/checkout",
                    },
                )
            )
        elif k == "page":
            ids.append(self.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)}))
        elif k == "review":
            ids.append(
                self.add(
                    c,
                    t,
                    "web",
                    "review",
                    self.pick(W.REVIEW, lang),
                    attrs={"rating": "5", "page": "/reviews"},
                    lang=lang,
                )
            )
        return ids

    def survey_happy(self, c: Cust, t: datetime) -> str:
        r = self.rng
        which = r.choice(["nps", "csat", "ces"])
        val = {"nps": r.randrange(9, 11), "csat": r.randrange(4, 6), "ces": r.randrange(6, 8)}[
            which
        ]
        word = self.pick(W.SURVEY_WORD, c.lang) or None
        return self.add(
            c, t, "survey", "survey_response", word, scores={which: val}, attrs={"survey": which}
        )

    def low_nps(self, c: Cust, t: datetime) -> str:
        v = self.rng.randrange(1, 6)
        c.truth.update(nps_given=True, nps=v)
        eid = self.add(
            c, t, "survey", "survey_response", None, scores={"nps": v}, attrs={"survey": "nps"}
        )
        c.truth["survey_event_id"] = eid
        return eid

    def complain(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        problem: str,
        case: str | None,
        lang: str | None = None,
        long_mail: bool = False,
    ) -> str:
        lang = lang or c.lang
        p = W.PROBLEM[lang][problem]
        if channel == "phone":
            return self.add(
                c,
                t,
                "phone",
                "call",
                self.pick(W.CALL, lang, p=W.PROBLEM_CALL[lang][problem]),
                lang=lang,
            )
        if long_mail:
            return self.add(
                c,
                t,
                "email",
                "message",
                self.pick(W.LONG_EMAIL, lang, p=p),
                subject=W.SUBJECT[lang],
                lang=lang,
            )
        text = self.pick(W.COMPLAINT, lang, p=p)
        if channel == "email":
            return self.add(
                c,
                t,
                "email",
                "message",
                text,
                subject=f"{W.SUBJECT[lang]}: {problem.replace('_', ' ')}",
                lang=lang,
            )
        if channel == "web":
            return self.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}, lang=lang)
        if channel == "chat":
            return self.add(c, t, "chat", "chat", text, lang=lang)
        return self.add(c, t, "social", "mention", text, lang=lang)

    def ack(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        case: str,
        lang: str | None = None,
        lead: bool = False,
    ) -> datetime:
        lang = lang or c.lang
        if channel == "chat":
            t2 = self.mins(t, 1, 6)
            self.add(
                c, t2, "chat", "chat", W.AGENT_CASE[lang].format(case=case), "outbound", lang=lang
            )
            if not lead:
                return t2
        if lead:
            t2 = self.mins(t, 90, 150)
            self.agent_mail(
                c,
                t2,
                W.AGENT_LEAD[lang].format(case=case),
                subject=W.RE_CASE[lang].format(case=case),
                lang=lang,
            )
            c.truth["agent_passed_on"] = True
            return t2
        t2 = self.mins(t, 10, 40)
        self.agent_mail(
            c,
            t2,
            W.AGENT_CASE[lang].format(case=case),
            subject=W.RE_CASE[lang].format(case=case),
            lang=lang,
        )
        return t2

    def later_contact(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        problem: str,
        case: str,
        nth: int,
        lang: str | None = None,
    ) -> str:
        lang = lang or c.lang
        p = W.PROBLEM[lang][problem]
        if nth == 3:
            comp = c.truth.get("competitor") or self.rng.choice(W.COMPETITORS)
            c.truth["competitor"] = comp
            text = W.REPEAT_THIRD[lang].format(case=case, p=p, comp=comp)
        elif nth == 4:
            text = W.REPEAT_FOURTH[lang].format(case=case, p=p)
        else:
            text = self.pick(W.REPEAT_LATER, lang, case=case, p=p)
        if channel == "phone":
            return self.add(c, t, "phone", "call", transcript(text), lang=lang)
        if channel == "email":
            return self.add(
                c, t, "email", "message", text, subject=W.RE_CASE[lang].format(case=case), lang=lang
            )
        if channel == "chat":
            e = self.add(c, t, "chat", "chat", text, lang=lang)
            self.add(
                c,
                self.mins(t, 1, 5),
                "chat",
                "chat",
                W.AGENT_URGENT[lang].format(case=case),
                "outbound",
                lang=lang,
            )
            return e
        if channel == "web":
            return self.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}, lang=lang)
        return self.add(c, t, "social", "mention", text, lang=lang)

    def repeat_run(
        self, c: Cust, t: datetime, first_ch: str, times: int, langs: list[str] | None = None
    ) -> None:
        r = self.rng
        problem = r.choice(["turned_away", "double_charge", "refund"])
        case = self.case()
        lg = langs or [c.lang]
        ids = [self.complain(c, t, first_ch, problem, case, lang=lg[0])]
        lead = times >= 3 if langs else r.random() < 0.5
        self.ack(c, t, first_ch, case, lang=lg[0], lead=lead)
        chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
        r.shuffle(chans)
        tt = t
        for k in range(2, times + 1):
            tt = self.dayshift(tt + timedelta(hours=r.uniform(4, 40)))
            ids.append(
                self.later_contact(
                    c, tt, chans[k - 2], problem, case, k, lang=lg[(k - 1) % len(lg)]
                )
            )
        c.truth.update(
            problem=problem,
            booking=case,
            contacts=times,
            channels=[first_ch, *chans[: times - 1]],
            problem_event_ids=ids,
            trouble_starts_at=iso(t),
        )
        c.truth.setdefault("competitor", None)
        c.truth.setdefault("agent_passed_on", False)

    def fixed_cycle(
        self, c: Cust, t: datetime, problem: str, channel: str, confirm_lang: str | None = None
    ) -> dict[str, Any]:
        r = self.rng
        case = self.case()
        e = self.complain(c, t, channel, problem, case)
        t2 = self.ack(c, t, channel, case)
        t3 = self.dayshift(t2 + timedelta(hours=r.uniform(3, 20)))
        self.agent_mail(
            c,
            t3,
            W.AGENT_GOOD[c.lang].format(case=case),
            subject=W.RE_CASE[c.lang].format(case=case),
        )
        t4 = self.dayshift(t3 + timedelta(hours=r.uniform(8, 30)))
        cl = confirm_lang or c.lang
        cch = r.choice(["email", "chat"])
        ce = self.add(
            c,
            t4,
            cch,
            "message" if cch == "email" else "chat",
            self.pick(W.CONFIRM, cl, case=case),
            subject=W.RE_CASE[cl].format(case=case) if cch == "email" else None,
            lang=cl,
        )
        return {
            "problem": problem,
            "booking": case,
            "raised_at": iso(t),
            "fixed_at": iso(self.dayshift(t3)),
            "confirmed_at": iso(t4),
            "problem_event_ids": [e],
            "confirm_event_id": ce,
            "channel": channel,
            "confirm_channel": cch,
        }

    def spread_days(self, n: int, lo: int, hi: int) -> list[int]:
        pool = list(range(lo, hi + 1))
        return sorted(self.rng.sample(pool, min(n, len(pool))))

    # ---- output -------------------------------------------------------------
    def write(self, expected: dict[str, int]) -> tuple[int, int, int]:
        rows = sorted(self.rows, key=lambda x: (x.t, x.eid))
        got: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        if got != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {got}")
        seen: set[str] = set()
        lines = []
        for row in rows:
            if row.t >= LIMIT or row.t < self.start:
                raise SystemExit(f"{self.name}: {row.eid} out of range")
            c = row.cust
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            first = row.direction == "inbound" and c.key not in seen
            if row.direction == "outbound" or first:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
                if first:
                    seen.add(c.key)
            elif row.channel == "phone":
                ph = c.phone
                ref["phone"] = ph if self.rr.random() < 0.5 else ph[:3] + " " + ph[3:]
            elif row.channel in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if self.rr.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif row.channel == "email":
                ref["email"] = c.email.upper() if self.rr.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
            lines.append(
                json.dumps(
                    {
                        "event_id": row.eid,
                        "occurred_at": iso(row.t),
                        "channel": row.channel,
                        "kind": row.kind,
                        "direction": row.direction,
                        "customer": ref,
                        "text": row.text,
                        "subject": row.subject,
                        "scores": row.scores,
                        "source": SOURCE[row.channel],
                        "attributes": row.attrs,
                    },
                    ensure_ascii=False,
                )
            )
        for c in self.custs.values():
            if c.key not in seen:
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
        end = max(self.start + timedelta(days=self.days), rows[-1].t + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Kurvano karting tracks (and Kurvano Teams)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-06, blind",
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
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(rows), sum(1 for x in rows if x.direction == "outbound")


def D(m: int, d: int) -> datetime:
    return datetime(2026, m, d)


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        D(3, 16),
        10,
        "happy day writers, night writers and survey answerers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.spread_days(f.rng.randrange(5, 9), 0, 9):
            f.happy(c, f.at(d, 7, 19))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.spread_days(f.rng.randrange(2, 5), 0, 8):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randrange(12, 390))
            if f.rng.random() < 0.5:
                f.add(c, t, "community", "post", f.pick(W.NIGHT_POST, c.lang))
            else:
                f.add(c, t, "chat", "chat", f.pick(W.NIGHT_Q, c.lang))
                t2 = f.mins(t, 2, 6)
                f.add(c, t2, "chat", "chat", f.pick(W.ANSWER, c.lang), "outbound")
                f.add(c, f.mins(t2, 1, 3), "chat", "chat", f.pick(W.THANKS, c.lang))
        for d in f.spread_days(f.rng.randrange(2, 4), 0, 9):
            f.happy(c, f.at(d, 9, 18), kinds=("praise", "purchase", "page", "review"))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.spread_days(f.rng.randrange(3, 7), 0, 9):
            f.survey_happy(c, f.at(d, 8, 20))
    f.write({})
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        D(4, 13),
        12,
        "happy customers with one angry day; some give a low NPS",
    )
    r = f.rng
    chans = (
        ["long_email"] * 4
        + ["email"] * 4
        + ["chat"] * 4
        + ["social"] * 4
        + ["web"] * 4
        + ["phone"] * 4
    )
    r.shuffle(chans)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(r.sample(with_case, 6))
    rest = [i for i in with_case if i not in det]
    csat = set(r.sample(rest, 5))
    good = set(r.sample(with_case, 12))
    apol = set(r.sample(sorted(good), 5))
    for i, ch in enumerate(chans):
        lang = ("de", "pt")[i % 2] if ch == "long_email" else None
        if i in det:
            c = f.person("bad_day_detractor", "one bad day", ["detractor"], ["silence"], lang=lang)
        else:
            c = f.person("happy_one_bad_day", "one bad day", [], ["silence"], lang=lang)
        bd = r.randrange(2, 10)
        t = f.at(bd, 8, 20)
        problem = r.choice(["turned_away", "double_charge", "refund"])
        case = None if ch == "social" else f.case()
        channel = "email" if ch == "long_email" else ch
        e = f.complain(c, t, channel, problem, case, long_mail=ch == "long_email")
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=e,
            problem=problem,
            booking=case,
            channel=channel,
            long_email=ch == "long_email",
            trouble_starts_at=iso(t),
            nps_given=False,
            csat_given=False,
            agent_fixed=i in good,
            apologised=i in apol,
        )
        if case:
            f.ack(c, t, channel, case)
        if i in det:
            f.low_nps(c, f.mins(t, 100, 140))
        if i in csat:
            v = r.randrange(1, 3)
            c.truth.update(csat_given=True, csat=v)
            c.truth["survey_event_id"] = f.add(
                c,
                f.mins(t, 40, 80),
                "survey",
                "survey_response",
                f.pick(W.SURVEY_WORD, c.lang) if r.random() < 0.3 else None,
                scores={"csat": v},
                attrs={"survey": "csat"},
            )
        if i in good and case:
            tg = f.dayshift(t + timedelta(minutes=r.randrange(60, 240)))
            f.agent_mail(
                c,
                tg,
                W.AGENT_GOOD[c.lang].format(case=case),
                subject=W.RE_CASE[c.lang].format(case=case),
            )
        if i in apol:
            ta = f.dayshift(t + timedelta(hours=r.uniform(16, 24)))
            ach = r.choice(["chat", "email"])
            c.truth.update(
                apology_at=iso(ta),
                apology_event_id=f.add(
                    c, ta, ach, "chat" if ach == "chat" else "message", f.pick(W.APOLOGY, c.lang)
                ),
            )
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        for d in sorted(r.sample(days, min(len(days), r.randrange(1, 6)))):
            f.happy(c, f.at(d, 8, 20))
    for _ in range(8):
        c = f.person("happy", "control")
        for d in f.spread_days(r.randrange(4, 8), 0, 11):
            f.happy(c, f.at(d, 8, 20))
    f.write({"detractor": 6})
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        D(5, 25),
        10,
        "open problems raised again; fixed ones; frequent writers",
    )
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    times = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(times)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], T_REPEAT)
        for _ in range(r.randrange(1, 4)):
            f.happy(c, f.at(0, 7, 12))
        f.repeat_run(c, f.at(r.randrange(1, 5), 8, 19), firsts[i], times[i])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], ["silence"])
        f.happy(c, f.at(0, 8, 18))
        t = f.at(r.randrange(1, 4), 8, 19)
        cyc = f.fixed_cycle(
            c,
            t,
            r.choice(["turned_away", "double_charge", "refund"]),
            r.choice(["web", "email", "chat"]),
        )
        c.truth.update(problems=[cyc], trouble_starts_at=cyc["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], ["silence"])
        p1, p2 = r.sample(["turned_away", "double_charge", "refund"], 2)
        t = f.at(r.randrange(0, 2), 8, 18)
        a = f.fixed_cycle(c, t, p1, r.choice(["web", "email", "chat"]))
        b = f.fixed_cycle(
            c, t + timedelta(days=r.randrange(4, 6)), p2, r.choice(["web", "email", "chat"])
        )
        c.truth.update(problems=[a, b], trouble_starts_at=a["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in f.spread_days(r.randrange(5, 9), 0, 9):
            f.happy(
                c, f.at(d, 8, 20), kinds=("question", "question", "call_q", "praise", "purchase")
            )
    f.write({"repeat_contact": 12})
    return f


def slide(f: Fam, c: Cust, d0: int, span: int, langs: list[str]) -> list[str]:
    r = f.rng
    seqs = [W.SLIDE[lg] for lg in langs]
    variant = [r.randrange(len(s)) for s in seqs]
    comp = r.choice(W.COMPETITORS)
    ids: list[str] = []
    t = f.at(d0, 9, 19)
    offsets = (
        sorted(r.sample(range(span * 24), 6)) if span > 1 else sorted(r.sample(range(9, 20), 6))
    )
    steps: list[datetime] = []
    for k in range(6):
        tk = (
            f.dayshift(
                t.replace(hour=0, minute=0) + timedelta(hours=offsets[k], minutes=r.randrange(60))
            )
            if span > 1
            else t.replace(hour=offsets[k], minute=r.randrange(60))
        )
        if steps and tk < steps[-1] + timedelta(hours=1):
            tk = f.dayshift(steps[-1] + timedelta(hours=1, minutes=r.randrange(5, 50)))
        steps.append(tk)
    for k, tk in enumerate(steps):
        lg = langs[k % len(langs)]
        seq = seqs[k % len(langs)][variant[k % len(langs)]]
        text = seq[k].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    tk,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                    lang=lg,
                )
            )
        else:
            ids.append(f.add(c, tk, ch, "mention" if ch == "social" else "post", text, lang=lg))
    c.truth.update(
        slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=iso(steps[0])
    )
    c.truth["_step4"] = iso(steps[3])
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        D(6, 29),
        32,
        "slow slides, leavers, steady, grumpy and sarcastic customers",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    det = set(r.sample(range(10), 5))
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            ["sentiment_drop", "detractor"] if i in det else ["sentiment_drop"],
            T_SLIDE,
        )
        for d in f.spread_days(r.randrange(4, 6), 0, 10):
            f.happy(c, f.at(d, 9, 20), kinds=("praise",))
        for d in f.spread_days(r.randrange(2, 5), 0, 10):
            f.happy(c, f.at(d, 9, 20), kinds=("question", "purchase", "page", "call_q"))
        slide(f, c, r.randrange(12, 17), spans[i], [c.lang])
        s4 = datetime.strptime(c.truth.pop("_step4"), "%Y-%m-%dT%H:%M:%SZ")
        c.truth["nps_given"] = i in det
        if i in det:
            f.low_nps(c, f.dayshift(s4 + timedelta(minutes=r.randrange(150, 210))))
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", ["churn_intent"], T_LEAVE)
        for d in f.spread_days(r.randrange(4, 7), 0, 15):
            f.happy(c, f.at(d, 9, 20))
        t = f.at(r.randrange(17, 24), 8, 19)
        e = f.add(c, t, "email", "message", f.pick(W.LEAVE, c.lang), subject="Kurvano Liga")
        f.agent_mail(c, t + timedelta(minutes=r.randrange(60, 300)), W.AGENT_SORRY[c.lang])
        tc = f.dayshift(t + timedelta(hours=r.uniform(20, 30)))
        ce = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Kurvano Liga monthly"},
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=ce,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for d in f.spread_days(r.randrange(6, 11), 0, 31):
            f.happy(c, f.at(d, 8, 20))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = r.randrange(0, 5)
        ids = []
        for _k in range(r.randrange(5, 8)):
            t = f.at(d, 9, 20)
            ch = r.choice(["social", "community", "web", "review"])
            if ch == "review":
                ids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "review",
                        f.pick(W.GRUMBLE, c.lang),
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            elif ch == "web":
                ids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "ticket",
                        f.pick(W.GRUMBLE, c.lang),
                        attrs={"page": "/help/contact"},
                    )
                )
            else:
                ids.append(
                    f.add(
                        c, t, ch, "mention" if ch == "social" else "post", f.pick(W.GRUMBLE, c.lang)
                    )
                )
            d += r.randrange(1, 4)
        for _k in range(r.randrange(0, 3)):
            f.happy(c, f.at(r.randrange(0, 30), 9, 20), kinds=("purchase",))
        c.truth.update(
            grumble_event_ids=ids, trouble_starts_at=iso(min(x.t for x in f.rows if x.eid in ids))
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], ["silence"])
        for d in f.spread_days(r.randrange(3, 6), 0, 16):
            f.happy(c, f.at(d, 9, 20))
        t = f.at(r.randrange(17, 29), 10, 21)
        c.truth.update(sarcasm_event_id=f.add(c, t, "social", "mention", f.pick(W.SARCASM, c.lang)))
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, D(8, 21), 3, "a calm weekend with night owls in bursts")
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.spread_days(r.randrange(1, 4), 0, 2):
            f.happy(c, f.at(d, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(r.randrange(0, 3), 8, 16)
        f.happy(c, t, kinds=("purchase", "page"))
        t2 = f.mins(t, 20, 30)
        if i < 2:
            e = f.add(c, t2, "chat", "chat", f.pick(W.MILD, c.lang))
            f.add(c, f.mins(t2, 1, 5), "chat", "chat", f.pick(W.ANSWER, c.lang), "outbound")
        else:
            e = f.add(
                c, t2, "web", "ticket", f.pick(W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.agent_mail(c, f.mins(t2, 10, 40), W.AGENT_CASE[c.lang].format(case=f.case()))
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t2))
    owls = 0
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.randrange(40, 66))
        bursts = [
            b0,
            b0 + timedelta(minutes=r.randrange(28, 34)),
            b0 + timedelta(minutes=r.randrange(55, 66)),
        ]
        for m, b in enumerate(bursts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {m + 1}")
                t = b + timedelta(minutes=r.randrange(0, 10), seconds=r.randrange(60))
                if r.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", f.pick(W.NIGHT_Q, c.lang))
                    t2 = f.mins(t, 1, 4)
                    f.add(c, t2, "chat", "chat", f.pick(W.ANSWER, c.lang), "outbound")
                    f.add(c, f.mins(t2, 1, 3), "chat", "chat", f.pick(W.THANKS, c.lang))
                else:
                    e = f.add(
                        c,
                        t,
                        r.choice(["social", "community"]),
                        "post",
                        f.pick(W.NIGHT_POST, c.lang),
                    )
                    if f.rows[-1].channel == "social":
                        f.rows[-1].kind = "mention"
                c.truth.update(burst_at=iso(b), night_event_id=e)
                owls += 1
                if owls % 2 == 0:
                    f.happy(
                        c, f.at(r.randrange(0, 3), 9, 17.5), kinds=("praise", "purchase", "page")
                    )
    f.write({})
    return f


PAIRS = (
    [("de", "pt")] * 4
    + [("pt", "de")] * 4
    + [
        ("de", "es"),
        ("es", "pt"),
        ("pt", "en"),
        ("en", "de"),
        ("de", "fr"),
        ("fr", "pt"),
        ("pt", "it"),
        ("it", "de"),
        ("de", "en"),
        ("pt", "es"),
        ("es", "de"),
        ("pt", "fr"),
        ("de", "it"),
        ("en", "pt"),
        ("fr", "de"),
        ("it", "pt"),
        ("de", "pt"),
        ("pt", "de"),
        ("de", "es"),
    ]
)


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, D(9, 14), 14, "customers writing in two languages")
    r = f.rng
    pairs = list(PAIRS)
    r.shuffle(pairs)
    for i in range(27):
        l1, l2 = pairs[i]
        mk = r.choice(W.MARKETS[l1] + W.MARKETS[l2])[0]
        mk = mk if any(m == mk for m, _ in W.MARKETS[l1]) else W.MARKETS[l1][0][0]
        langs = [l1, l2]
        extra: dict[str, Any] = {
            "languages": langs,
            "job_second_language": r.choice(
                [
                    "partner's language",
                    "works across the border",
                    "grew up abroad",
                    "language course",
                ]
            ),
        }
        if i < 12:
            c = f.person("happy", "alternates languages", lang=l1, market=mk, **extra)
            for k, d in enumerate(f.spread_days(r.randrange(5, 9), 0, 13)):
                f.happy(c, f.at(d, 8, 20), lang=langs[k % 2])
        elif i < 17:
            c = f.person(
                "repeat_contact",
                "repeats",
                ["repeat_contact"],
                T_REPEAT,
                lang=l1,
                market=mk,
                **extra,
            )
            for k in range(r.randrange(1, 4)):
                f.happy(c, f.at(r.randrange(0, 2), 8, 12), lang=langs[k % 2])
            f.repeat_run(
                c,
                f.at(r.randrange(2, 6), 8, 19),
                r.choice(["web", "email", "chat"]),
                [2, 2, 3, 3, 4][i - 12],
                langs,
            )
        elif i < 22:
            c = f.person(
                "slow_churner", "slides", ["sentiment_drop"], T_SLIDE, lang=l1, market=mk, **extra
            )
            for k, d in enumerate(f.spread_days(5, 0, 5)):
                f.happy(c, f.at(d, 9, 20), lang=langs[k % 2], kinds=("praise",))
            for k in range(r.randrange(1, 4)):
                f.happy(
                    c,
                    f.at(r.randrange(0, 6), 9, 20),
                    lang=langs[k % 2],
                    kinds=("question", "purchase", "page"),
                )
            slide(f, c, r.randrange(7, 9), r.randrange(3, 6), langs)
            c.truth.pop("_step4")
        elif i < 25:
            c = f.person(
                "happy_one_bad_day", "one bad day", [], ["silence"], lang=l1, market=mk, **extra
            )
            for k, d in enumerate(f.spread_days(r.randrange(3, 6), 0, 4)):
                f.happy(c, f.at(d, 8, 20), lang=langs[k % 2])
            t = f.at(r.randrange(7, 11), 9, 19)
            problem = r.choice(["turned_away", "double_charge", "refund"])
            case = f.case()
            kind = ["long", "email", "chat"][i - 22]
            lg = "de" if kind == "long" else l2
            e = f.complain(
                c,
                t,
                "chat" if kind == "chat" else "email",
                problem,
                case,
                lang=lg,
                long_mail=kind == "long",
            )
            f.ack(c, t, "chat" if kind == "chat" else "email", case, lang=lg)
            c.truth.update(
                bad_day_at=iso(t),
                bad_day_event_id=e,
                bad_day_language=lg,
                problem=problem,
                booking=case,
                trouble_starts_at=iso(t),
                long_email=kind == "long",
            )
            if kind != "chat":
                f.agent_mail(
                    c,
                    t + timedelta(hours=r.uniform(1, 4)),
                    W.AGENT_GOOD[lg].format(case=case),
                    lang=lg,
                )
            if kind == "email":
                ta = f.dayshift(t + timedelta(hours=r.uniform(18, 24)))
                c.truth.update(
                    apologised=True,
                    apology_event_id=f.add(c, ta, "chat", "chat", f.pick(W.APOLOGY, lg), lang=lg),
                )
        else:
            c = f.person(
                "resolved_between_contacts", "fixed", [], ["silence"], lang=l1, market=mk, **extra
            )
            f.happy(c, f.at(0, 8, 18), lang=l2)
            cyc = f.fixed_cycle(
                c,
                f.at(r.randrange(2, 6), 9, 18),
                r.choice(["turned_away", "double_charge", "refund"]),
                "web",
                confirm_lang=l2,
            )
            c.truth.update(problems=[cyc], trouble_starts_at=cyc["raised_at"], confirm_language=l2)
    f.write({"repeat_contact": 5, "sentiment_drop": 5})
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, D(10, 5), 14, "Kurvano Teams: company accounts, some at risk")
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    sites = [
        "logistics",
        "brewery",
        "law firm",
        "plumbing",
        "utility",
        "cannery",
        "insurance",
        "software",
        "pharmacy",
        "retail",
        "software",
        "design",
        "architecture",
        "hotel",
        "school",
    ]
    complainers = [3, 3, 3, 4, 4]
    expected = {"account_risk": 5, "detractor": 0, "repeat_contact": 5}
    for ai, (company, lang) in enumerate(W.COMPANIES):
        kind = kinds[ai]
        mk = W.MARKETS[lang][0][0]
        acc = f.uniq(lambda mk=mk: f"KVT-{mk}-{r.randrange(1000, 10000)}")
        domain = re.sub(r"[^a-z]", "", strip_accents(company, "de").lower())[:14] + ".example"
        n = {
            "at_risk": r.randrange(4, 7),
            "one_unhappy": 3,
            "mild": r.randrange(3, 5),
            "happy": r.randrange(3, 5),
        }[kind]
        if kind == "at_risk":
            n = max(n, complainers[ai] + 1)
        contacts: list[Cust] = []
        firsts: set[str] = set()
        nun = {"at_risk": complainers[ai] if kind == "at_risk" else 0, "one_unhappy": 1}.get(
            kind, 0
        )
        nmild = 2 if kind == "mild" else 0
        for k in range(n):
            role = "complainer" if k < nun else ("suggests" if k < nmild else "contact")
            if kind == "at_risk" and role == "complainer":
                last = k == nun - 1
                persona, exp, tol = (
                    "b2b_unhappy",
                    (["repeat_contact"] if last else ["detractor"]),
                    [x for x in T_B2B_RISK],
                )
            elif role == "complainer":
                persona, exp, tol = "b2b_one_unhappy", ["detractor"], list(T_B2B_ONE)
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", [], ["silence"]
            else:
                persona, exp, tol = "b2b_happy", [], []
            jt = r.choice(W.JOB_TITLES)
            while True:
                c = f.person(
                    persona,
                    role,
                    exp,
                    tol,
                    lang=lang,
                    market=mk,
                    account=acc,
                    domain=domain,
                    company=company,
                    role=role,
                    job_title=jt,
                    job=jt,
                )
                fn = c.name.split()[0]
                if fn not in firsts:
                    firsts.add(fn)
                    break
                del f.custs[c.key]
            if "detractor" in exp:
                expected["detractor"] += 1
            contacts.append(c)
        problem = r.choice(["invoice", "overbilled"])
        unhappy = [c for c in contacts if c.truth["role"] == "complainer"]
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in f.spread_days(r.randrange(2, 5), 0, 13):
                    t = f.office(f.at(d, 8, 16.5))
                    if r.random() < 0.25:
                        f.survey_happy(c, t)
                    else:
                        f.happy(c, t, kinds=("question", "purchase", "page", "praise"))
            else:
                for _ in range(r.randrange(0, 3)):
                    f.happy(
                        c, f.at(r.randrange(0, 2), 8, 16.5), kinds=("question", "purchase", "page")
                    )
        trouble = None
        if kind == "at_risk":
            case = f.case()
            t = f.at(2, 8, 12)
            trouble = iso(t)
            first_name = unhappy[0].name.split()[0]
            for k, c in enumerate(unhappy):
                p = W.B2B_PROBLEM[lang][problem]
                if k == 0:
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.pick(W.B2B_FIRST, lang, p=p),
                        subject=f"{W.SUBJECT[lang]}: {problem}",
                    )
                    f.agent_mail(
                        c,
                        f.office(f.mins(t, 20, 90)),
                        W.AGENT_CASE[lang].format(case=case),
                        subject=W.RE_CASE[lang].format(case=case),
                    )
                else:
                    t = f.office(t + timedelta(hours=r.uniform(8, 28)))
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.pick(
                            W.B2B_LATER,
                            lang,
                            first=first_name,
                            day=W.WEEKDAY[lang][2],
                            case=case,
                            p=p,
                        ),
                        subject=W.RE_CASE[lang].format(case=case),
                    )
                c.truth.update(
                    complaint_event_ids=[e], problem=problem, booking=case, trouble_starts_at=iso(t)
                )
                if k < len(unhappy) - 1:
                    f.low_nps(c, f.office(f.mins(t, 60, 180)))
                else:
                    t2 = f.office(t + timedelta(hours=r.uniform(18, 40)))
                    if k == 2 and ai == 0:
                        comp = r.choice(W.COMPETITORS)
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            W.B2B_LAST_MAIL[lang].format(case=case, comp=comp),
                            subject=W.RE_CASE[lang].format(case=case),
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(c, t2, "phone", "call", W.B2B_LAST_CALL[lang].format(case=case))
                    c.truth["complaint_event_ids"].append(e2)
        elif kind == "one_unhappy":
            c = unhappy[0]
            t = f.office(f.at(r.randrange(3, 8), 8, 16))
            case = f.case()
            e = f.add(
                c,
                t,
                "email",
                "message",
                f.pick(W.B2B_FIRST, lang, p=W.B2B_PROBLEM[lang][problem]),
                subject=f"{W.SUBJECT[lang]}: {problem}",
            )
            f.agent_mail(
                c,
                f.office(f.mins(t, 20, 90)),
                W.AGENT_CASE[lang].format(case=case),
                subject=W.RE_CASE[lang].format(case=case),
            )
            f.low_nps(c, f.office(f.mins(t, 60, 180)))
            c.truth.update(
                complaint_event_ids=[e], problem=problem, booking=case, trouble_starts_at=iso(t)
            )
        elif kind == "mild":
            for c in contacts:
                if c.truth["role"] == "suggests":
                    t = f.office(f.at(r.randrange(2, 10), 8, 16))
                    e = f.add(
                        c,
                        t,
                        "web",
                        "ticket",
                        f.pick(W.B2B_SUGGEST, lang),
                        attrs={"page": "/teams/feedback"},
                    )
                    f.agent_mail(
                        c, f.office(f.mins(t, 30, 120)), W.AGENT_CASE[lang].format(case=f.case())
                    )
                    c.truth.update(mild_event_id=e, trouble_starts_at=iso(t))
        f.accounts[acc] = {
            "company": company,
            "site": sites[ai],
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": mk,
        }
    f.write(expected)
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, D(10, 26), 7, "a calm week and one planted incident")
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.spread_days(r.randrange(1, 5), 0, 5):
            f.happy(c, f.at(d, 12, 19) if d == 5 else f.at(d, 8, 20))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(0, 9, 18)
        e = f.add(c, t, "chat", "chat", f.pick(W.MILD, c.lang))
        f.add(c, f.mins(t, 1, 5), "chat", "chat", f.pick(W.ANSWER, c.lang), "outbound")
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t))
    for lg, hh in (("de", 9.5), ("pt", 16)):
        c = f.person("grumbles_once", "lone question", [], ["silence"], lang=lg)
        t = f.start + timedelta(days=4, hours=hh, minutes=r.randrange(0, 20))
        e = f.add(c, t, "chat", "chat", W.LONE_Q[lg])
        f.add(c, f.mins(t, 2, 6), "chat", "chat", W.LONE_A[lg], "outbound")
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    code = "TMX-791"
    langs = ["de"] * 6 + ["pt"] * 6 + ["es", "es", "en", "en", "fr", "fr", "it", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    s0 = datetime(2026, 10, 31, 14, 5)
    offs = sorted([0, 45, *r.sample(range(1, 45), 18)])
    early = [i for i in range(20) if offs[i] <= 25]
    rep = set(r.sample(early, 6))
    fixed = set(r.sample([i for i in range(20) if i not in rep], 6))
    rep_ch = ["email", "email", "chat", "chat", "community", "community"]
    keys, eids, reids = [], [], []
    for i in range(20):
        regular = i < 12
        persona = "spike_repeater" if i in rep else "spike_reporter"
        c = f.person(
            persona,
            "regular" if regular else "new",
            ["repeat_contact"] if i in rep else [],
            ["silence", "sentiment_drop"] if i in rep else ["silence"],
            lang=langs[i],
        )
        if regular:
            for d in f.spread_days(r.randrange(1, 4), 2, 4):
                f.happy(c, f.at(d, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i], seconds=0 if offs[i] in (0, 45) else r.randrange(60))
        text = f.pick(W.SPIKE, c.lang, code=code)
        ch = chans[i]
        if ch == "chat":
            e = f.add(c, t, "chat", "chat", text)
            f.add(c, f.mins(t, 1, 4), "chat", "chat", W.SPIKE_ANSWER[c.lang], "outbound")
        elif ch == "email":
            e = f.add(
                c,
                t,
                "email",
                "message",
                text,
                subject="Rundenzeiten / lap times" if c.lang == "de" else "Kurvano",
            )
        elif ch == "web":
            e = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        else:
            e = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=i in fixed,
        )
        keys.append(c.key)
        eids.append(e)
        if i in rep:
            ch2 = rep_ch.pop()
            if ch2 == ch:
                ch2 = "email" if ch != "email" else "chat"
            t2 = f.mins(t, 15, 50)
            t2 = min(t2, datetime(2026, 10, 31, 15, 12))
            text2 = f.pick(W.SPIKE_AGAIN, c.lang, code=code)
            if ch2 == "chat":
                e2 = f.add(c, t2, "chat", "chat", text2)
                f.add(c, f.mins(t2, 1, 4), "chat", "chat", W.SPIKE_ANSWER[c.lang], "outbound")
            elif ch2 == "email":
                e2 = f.add(c, t2, "email", "message", text2, subject="Kurvano")
            else:
                e2 = f.add(c, t2, "community", "post", text2)
            c.truth.update(repeat_event_id=e2)
            reids.append(e2)
        if i in fixed:
            f.agent_mail(
                c,
                datetime(2026, 10, 31, 17, 8) + timedelta(minutes=r.randrange(0, 10)),
                W.SPIKE_FIXED[c.lang],
                subject="Kurvano",
            )
    f.spike = {
        "topic": f"lap times and race results not reaching the app or track screens after races, league points missing, error {code}",
        "about": "a central timing-feed fault at Kurvano on a Saturday afternoon: times recorded at the tracks but not published; reporters across tracks and languages",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
    }
    f.write({"repeat_contact": 6, "topic_spike": 1})
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
    tot = [0, 0, 0]
    for make in FAMILIES:
        fam = make()
        rows = len(fam.rows)
        out = sum(1 for x in fam.rows if x.direction == "outbound")
        tot[0] += len(fam.custs)
        tot[1] += rows
        tot[2] += out
        print(f"{fam.name}: {len(fam.custs)} customers, {rows} touchpoints, {out} agents' replies")
    print(f"total: {tot[0]} customers, {tot[1]} touchpoints, {tot[2]} agents' replies")


if __name__ == "__main__":
    main()
