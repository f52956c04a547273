"""Build heldout241 (Cordelo, racket restringing): every family's JSONL and truth.

Standard library only; seed 20261031, one random.Random per family. Run from anywhere.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261031
MARKETS = {
    "es": ("ES",),
    "pt": ("PT",),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE", "CH"),
    "de": ("DE", "AT", "CH"),
    "it": ("IT", "CH"),
}
PHONE = {
    "ES": "+34 6",
    "PT": "+351 9",
    "UK": "+44 7",
    "IE": "+353 8",
    "FR": "+33 6",
    "BE": "+32 4",
    "CH": "+41 7",
    "DE": "+49 15",
    "AT": "+43 66",
    "IT": "+39 3",
}
LANG_W = (("es", 30), ("pt", 30), ("en", 10), ("fr", 10), ("de", 10), ("it", 10))
SOURCES = {
    "email": "cordelo-mail",
    "phone": "cordelo-voice",
    "social": "cordelo-social",
    "community": "cordelo-forum",
    "chat": "cordelo-chat",
    "web": "cordelo-web",
    "survey": "cordelo-survey",
}
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
USED: set[str] = set()


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
    persona: str = "happy"
    habit: str = "day writer"
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


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
    scores: dict[str, int | None]
    attrs: dict[str, str]


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = Random(SEED * 100 + n)
        self.rough = Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: list[Cust] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0

    def unique(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def person(
        self,
        lang: str,
        account: str | None = None,
        market: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        r = self.rng
        first = r.choice(W.FIRST[lang])
        last = r.choice(W.LAST[lang])
        mk = market or r.choice(MARKETS[lang])
        key = self.unique(lambda: f"CD{self.code}{r.randint(1000, 9999)}")
        plain = strip(f"{first}.{last}").lower().replace(" ", "")
        dom = domain or r.choice(("correo.example", "mail.example", "posta.example", "net.example"))
        email = self.unique(lambda: f"{plain}{r.randint(1, 99)}@{dom}")
        phone = self.unique(lambda: PHONE[mk] + "".join(str(r.randint(0, 9)) for _ in range(8)))
        handle = None
        if account is None and r.random() < 0.8:
            handle = self.unique(
                lambda: "@" + strip(f"{last}_{first}").lower() + str(r.randint(1, 99))
            )
        c = Cust(key, lang, mk, f"{first} {last}", email, phone, handle, account)
        self.custs.append(c)
        return c

    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_W], [w for _, w in LANG_W])[0]

    def at(self, day: int, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, seconds=int(self.rng.uniform(h0, h1) * 3600))

    def say(self, c: Cust, table: str, **kw: str) -> str:
        text: str = self.rng.choice(W.T[table][c.lang])
        kw.setdefault("brand", W.BRAND)
        kw.setdefault("agent", W.AGENTS[c.lang])
        for k, v in kw.items():
            text = text.replace("{" + k + "}", v)
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.count += 1
        eid = f"h241-{self.code.lower()}-{self.count:05d}"
        if text is not None and not out:
            text = self.roughen(text, channel, kind)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = W.AGENTS[c.lang]
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            Row(t, eid, c, channel, kind, "outbound" if out else "inbound", text, subject, sc, a)
        )
        return eid

    def roughen(self, text: str, channel: str, kind: str) -> str:
        r = self.rough
        if channel == "phone":
            text = "".join(ch for ch in text.lower() if ch.isalnum() or ch in " -")
            return " ".join(text.split())
        if channel == "survey":
            return text
        if r.random() < 0.1:
            text = strip(text)
        if r.random() < 0.125 and text[:1].isupper() and not text[:3].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        if channel == "social" and f"@{W.BRAND}" not in text:
            text = text.replace(W.BRAND, f"@{W.BRAND}") if W.BRAND in text else f"@{W.BRAND} {text}"
        return text

    # ---------------------------------------------------------------- acts --
    def happy(self, c: Cust, t: datetime, night: bool = False) -> None:
        r = self.rng
        if night:
            if r.random() < 0.5:
                self.add(c, t, r.choice(("social", "community")), "post", self.say(c, "night_post"))
            else:
                self.add(c, t, "chat", "chat", self.say(c, "night_q"))
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(2, 6)),
                    "chat",
                    "chat",
                    self.say(c, "night_a"),
                    out=True,
                )
                if r.random() < 0.6:
                    self.add(
                        c,
                        t + timedelta(minutes=r.randint(7, 12)),
                        "chat",
                        "chat",
                        self.say(c, "thanks"),
                    )
            return
        act = r.choice(
            ("praise", "again", "gripe", "question", "call", "buy", "view", "review", "survey")
        )
        if act in ("praise", "again", "gripe"):
            table = {"praise": "praise", "again": "again", "gripe": "gripe_praise"}[act]
            ch = r.choice(("social", "community"))
            self.add(c, t, ch, "mention" if ch == "social" else "post", self.say(c, table))
        elif act == "question":
            ch = r.choice(("chat", "email"))
            self.add(c, t, ch, "chat" if ch == "chat" else "message", self.say(c, "question"))
            t2 = t + timedelta(minutes=r.randint(2, 6) if ch == "chat" else r.randint(30, 120))
            self.add(
                c, t2, ch, "chat" if ch == "chat" else "message", self.say(c, "answer"), out=True
            )
            if r.random() < 0.6:
                self.add(
                    c,
                    t2 + timedelta(minutes=r.randint(2, 20)),
                    ch,
                    "chat" if ch == "chat" else "message",
                    self.say(c, "thanks"),
                )
        elif act == "call":
            self.add(c, t, "phone", "call", self.say(c, "call_q"))
            self.add(
                c,
                t + timedelta(minutes=r.randint(10, 40)),
                "email",
                "message",
                self.say(c, "call_followup"),
                out=True,
            )
        elif act in ("buy", "view"):
            prod, price = r.choice(W.PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": "/restring"})
            if act == "buy":
                cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(3, 15)),
                    "web",
                    "purchase",
                    attrs={
                        "page": "/checkout",
                        "product": prod,
                        "order_value": price,
                        "currency": cur,
                    },
                )
        elif act == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.say(c, "review"),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.survey_high(c, t)

    def survey_high(self, c: Cust, t: datetime) -> None:
        r = self.rng
        which = r.choice(("nps", "csat", "ces"))
        val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
        txt = self.say(c, "survey_word") if r.random() < 0.6 else None
        self.add(
            c, t, "survey", "survey_response", txt, scores={which: val}, attrs={"survey": which}
        )

    def happy_days(self, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 19) -> None:
        for d in self.rng.sample(days, min(n, len(days))):
            self.happy(c, self.at(d, h0, h1))

    def case(self) -> str:
        return self.unique(lambda: f"CD-{self.rng.randint(100000, 999999)}")

    def complain(
        self, c: Cust, t: datetime, channel: str, prob: str, long: bool = False
    ) -> tuple[str, str | None]:
        """One angry first contact; returns (event id, case or None)."""
        r = self.rng
        p = W.PROBLEMS[prob][c.lang]
        if long:
            eid = self.add(
                c,
                t,
                "email",
                "message",
                self.say(c, "complain_long", prob=p),
                subject=self.say(c, "subject_complaint"),
            )
        elif channel == "email":
            eid = self.add(
                c,
                t,
                "email",
                "message",
                self.say(c, "complain_short", prob=p),
                subject=self.say(c, "subject_complaint"),
            )
        elif channel == "chat":
            eid = self.add(c, t, "chat", "chat", self.say(c, "complain_short", prob=p))
        elif channel == "social":
            eid = self.add(c, t, "social", "mention", self.say(c, "complain_short", prob=p))
            return eid, None
        elif channel == "web":
            eid = self.add(
                c,
                t,
                "web",
                "ticket",
                self.say(c, "complain_short", prob=p),
                attrs={"page": "/help/form"},
            )
        else:
            eid = self.add(c, t, "phone", "call", self.say(c, "complain_short", prob=p))
        cs = self.case()
        if channel == "chat":
            self.add(
                c,
                t + timedelta(minutes=r.randint(2, 6)),
                "chat",
                "chat",
                self.say(c, "case_opened", case=cs),
                out=True,
            )
        else:
            self.add(
                c,
                t + timedelta(minutes=r.randint(10, 40)),
                "email",
                "message",
                self.say(c, "case_opened", case=cs),
                out=True,
                subject=self.say(c, "subject_case", case=cs),
            )
        return eid, cs

    def later(
        self, c: Cust, t: datetime, channel: str, table: str, cs: str, prob: str, comp: str = ""
    ) -> str:
        text = self.say(c, table, case=cs, prob=W.PROBLEMS[prob][c.lang], comp=comp)
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[channel]
        subj = self.say(c, "subject_case", case=cs) if channel == "email" else None
        eid = self.add(
            c,
            t,
            channel,
            kind,
            text,
            subject=subj,
            attrs={"page": "/help/form"} if channel == "web" else None,
        )
        if channel == "chat":
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(2, 6)),
                "chat",
                "chat",
                self.say(c, "urgent", case=cs),
                out=True,
            )
        return eid

    # ------------------------------------------------------------- finish --
    def finish(self) -> tuple[str, str]:
        self.rows.sort(key=lambda x: (x.t, x.eid))
        first_in: dict[str, str] = {}
        for row in self.rows:
            if row.direction == "inbound" and row.cust.key not in first_in:
                first_in[row.cust.key] = row.eid
        lines = []
        for row in self.rows:
            c = row.cust
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            if row.direction == "outbound" or first_in.get(c.key) == row.eid:
                ref = full
            else:
                ref = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": c.account,
                }
                if row.channel == "phone":
                    ref["phone"] = (
                        c.phone if self.rough.random() < 0.5 else c.phone.replace(" ", "")
                    )
                elif row.channel in ("social", "community"):
                    if c.handle:
                        ref["handle"] = (
                            c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
                        )
                    else:
                        ref["email"] = c.email
                elif row.channel == "email":
                    ref["email"] = c.email.upper() if self.rough.random() < 0.08 else c.email
                else:
                    ref["customer_id"] = c.key
            assert row.t < datetime(2026, 11, 15, tzinfo=UTC) and row.t >= self.start
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
                        "source": SOURCES[row.channel],
                        "attributes": row.attrs,
                    },
                    ensure_ascii=False,
                )
            )
        expected: dict[str, int] = {}
        for c in self.custs:
            assert not set(c.expected) & set(c.tolerated), c.key
            assert c.key in first_in, c.key
            for rule in c.expected:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        end = max(self.start + timedelta(days=self.days), self.rows[-1].t + timedelta(hours=1))
        assert end < datetime(2026, 11, 15, tzinfo=UTC)
        customers = {}
        for c in self.custs:
            d: dict[str, Any] = {
                "identifiers": {
                    "customer_id": c.key,
                    "email": c.email.lower(),
                    "phone": "+" + "".join(ch for ch in c.phone if ch.isdigit()),
                    "handle": c.handle,
                    "account_id": c.account,
                },
                "expected_rules": sorted(c.expected),
                "tolerated_rules": sorted(c.tolerated),
                "persona": c.persona,
                "habit": c.habit,
                "language": c.lang,
                "country": c.market,
                "segment": "b2b" if c.account else "consumer",
                "name": c.name,
            }
            d.update(c.extra)
            customers[c.key] = d
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Cordelo, racket restringing by post and club drop boxes",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return "\n".join(lines) + "\n", json.dumps(
            truth, ensure_ascii=False, indent=1, sort_keys=True
        ) + "\n"


def strip(text: str) -> str:
    text = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    keep = {"ñ", "Ñ", "ß"}
    return "".join(ch if ch in keep else unicodedata.normalize("NFKD", ch)[0] for ch in text)


def day_list(n: int) -> list[int]:
    return list(range(n))


# ------------------------------------------------------------------ families --
def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, datetime(2026, 3, 9, tzinfo=UTC), 10, "happy customers only")
    for _ in range(16):
        c = f.person(f.lang())
        f.happy_days(c, f.rng.randint(5, 8), day_list(10))
    for _ in range(5):
        c = f.person(f.lang())
        c.habit = "night writer"
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            f.happy(c, f.at(d, 22.2, 23.9), night=True)
        f.happy_days(c, f.rng.randint(2, 3), day_list(10), 9, 18)
    for _ in range(5):
        c = f.person(f.lang())
        c.habit = "answers surveys"
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.survey_high(c, f.at(d, 8, 20))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one bad day",
    )
    r = f.rng
    plan = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = list(W.PROBLEMS)
    cased: list[tuple[Cust, datetime, str]] = []
    for i, how in enumerate(plan):
        lang = (["es", "pt"] * 2)[i % 4] if how == "long" else f.lang()
        c = f.person(lang)
        c.persona, c.habit, c.tolerated = "happy_one_bad_day", "one bad day", ["silence"]
        bd = r.randint(2, 9)
        t = f.at(bd, 8, 20)
        prob = probs[i % 4]
        eid, cs = f.complain(c, t, "email" if how == "long" else how, prob, long=how == "long")
        c.extra.update(
            {
                "problem": prob,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "booking": cs,
                "long_email": how == "long",
                "channel": "email" if how == "long" else how,
            }
        )
        f.happy_days(c, r.randint(1, 5), [d for d in range(12) if d < bd - 1 or d > bd + 2])
        if cs:
            cased.append((c, t, cs))
    r.shuffle(cased)
    for j, (c, t, cs) in enumerate(cased):
        if j < 6:
            c.persona, c.expected = "bad_day_detractor", ["detractor"]
            v = r.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.extra.update({"nps_given": True, "nps": v, "survey_event_id": sid})
        elif j < 11:
            v = r.randint(1, 2)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                None,
                scores={"csat": v},
                attrs={"survey": "csat"},
            )
            c.extra.update({"csat_given": True, "csat": v, "survey_event_id": sid})
        if j >= 8:
            gt = t + timedelta(hours=r.uniform(1, 4))
            if gt.hour >= 21 or gt.hour < 7:
                gt = gt.replace(hour=8) + (timedelta(days=1) if gt.hour >= 21 else timedelta(0))
            f.add(
                c,
                gt,
                "email",
                "message",
                f.say(c, "good_news", case=cs),
                out=True,
                subject=f.say(c, "subject_case", case=cs),
            )
            c.extra["agent_fixed"] = True
            if j >= 15:
                at = t + timedelta(hours=r.uniform(16, 24))
                if at.hour >= 21 or at.hour < 7:
                    at = at.replace(hour=9) + (timedelta(days=1) if at.hour >= 21 else timedelta(0))
                ach = r.choice(("chat", "email"))
                aid = f.add(c, at, ach, "chat" if ach == "chat" else "message", f.say(c, "apology"))
                c.extra.update({"apologised": True, "apology_at": iso(at), "apology_event_id": aid})
    for _ in range(8):
        c = f.person(f.lang())
        c.habit = "control"
        f.happy_days(c, r.randint(5, 8), day_list(12))
    return f


def next_day_ok(t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def repeat_run(f: Fam, c: Cust, t0: datetime, times: int, first_ch: str, prob: str) -> None:
    r = f.rng
    eid, cs = f.complain(c, t0, first_ch, prob)
    assert cs
    ids = [eid]
    chans = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != first_ch]
    r.shuffle(chans)
    comp = r.choice(W.COMPETITORS)
    t = t0
    for k in range(1, times):
        t = next_day_ok(t + timedelta(hours=r.uniform(4, 40)))
        table = "still_open" if k == 1 else ("third" if k == 2 else "fourth")
        ids.append(f.later(c, t, chans[k - 1], table, cs, prob, comp))
    c.extra.update(
        {
            "problem": prob,
            "booking": cs,
            "contacts": times,
            "channels": [first_ch, *chans[: times - 1]],
            "problem_event_ids": ids,
            "trouble_starts_at": iso(t0),
            "competitor": comp if times >= 3 else None,
        }
    )


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "repeat contacts, fixed problems, frequent writers",
    )
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    probs = list(W.PROBLEMS)
    for i in range(12):
        c = f.person(f.lang())
        c.persona, c.habit, c.expected, c.tolerated = (
            "repeat_contact",
            "repeats",
            ["repeat_contact"],
            list(TOL_REPEAT),
        )
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12))
        times = (2, 3, 4)[i % 3]
        t0 = f.at(1 + i % 4, 8, 19)
        repeat_run(f, c, t0, times, firsts[i], probs[i % 4])
        if times >= 3:
            f.add(
                c,
                t0 + timedelta(hours=r.uniform(1.5, 2.5)),
                "email",
                "message",
                f.say(c, "quality_lead", case=c.extra["booking"]),
                out=True,
            )
            c.extra["agent_passed_on"] = True
    for i in range(8):
        c = f.person(f.lang())
        c.persona, c.tolerated = (
            ("resolved_between_contacts", ["silence"])
            if i < 5
            else ("different_problems", ["silence"])
        )
        c.habit = "fixed" if i < 5 else "two problems"
        runs = (
            [(1 + i % 3, probs[i % 4])] if i < 5 else [(1, probs[i % 4]), (5, probs[(i + 1) % 4])]
        )
        fixed = []
        for d, prob in runs:
            t0 = f.at(d, 8, 18)
            ch = r.choice(("web", "email", "chat"))
            eid, cs = f.complain(c, t0, ch, prob)
            assert cs
            gt = next_day_ok(t0 + timedelta(hours=r.uniform(3, 20)))
            f.add(
                c,
                gt,
                "email",
                "message",
                f.say(c, "good_news", case=cs),
                out=True,
                subject=f.say(c, "subject_case", case=cs),
            )
            ct = next_day_ok(gt + timedelta(hours=r.uniform(8, 30)))
            cch = r.choice(("email", "chat"))
            cid = f.add(
                c, ct, cch, "message" if cch == "email" else "chat", f.say(c, "confirm", case=cs)
            )
            fixed.append(
                {
                    "problem": prob,
                    "booking": cs,
                    "raised_at": iso(t0),
                    "fixed_at": iso(gt),
                    "confirmed_at": iso(ct),
                    "problem_event_ids": [eid],
                    "confirm_event_id": cid,
                    "channel": ch,
                    "confirm_channel": cch,
                }
            )
        c.extra.update({"problems": fixed, "trouble_starts_at": fixed[0]["raised_at"]})
    for _ in range(7):
        c = f.person(f.lang())
        c.habit = "frequent writer"
        f.happy_days(c, r.randint(5, 8), day_list(10))
    return f


def slide(f: Fam, c: Cust, d0: int, span: int) -> datetime:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    steps = W.T["slide"][c.lang]
    ids = []
    t = f.at(d0, 8, 18)
    times = []
    for k, text in enumerate(steps):
        if k:
            t = next_day_ok(max(t + timedelta(hours=1), f.at(d0 + span * k // 5, 8, 20)))
        ch = ("social", "community", "web")[k % 3]
        kind = {"social": "mention", "community": "post", "web": "review"}[ch]
        at = {"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/reviews"} if ch == "web" else None
        ids.append(f.add(c, t, ch, kind, text.replace("{comp}", comp), attrs=at))
        times.append(t)
    c.extra.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(times[0]),
        }
    )
    return times[3]


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "slow churners, leavers, steady, grumpy, sarcastic",
    )
    r = f.rng
    for i in range(10):
        c = f.person(f.lang())
        c.persona, c.habit, c.expected, c.tolerated = (
            "slow_churner",
            "slides",
            ["sentiment_drop"],
            list(TOL_SLIDE),
        )
        for d in r.sample(range(11), r.randint(4, 5)):
            f.add(
                c,
                f.at(d, 8, 20),
                r.choice(("social", "community")),
                "post",
                f.say(c, r.choice(("praise", "again"))),
            )
        f.happy_days(c, r.randint(2, 4), day_list(11))
        fourth = slide(f, c, r.randint(12, 16), (3, 5, 5, 5, 5, 5, 9, 9, 9, 9)[i])
        if i % 2 == 0:
            v = r.randint(1, 5)
            sid = f.add(
                c,
                next_day_ok(fourth + timedelta(hours=r.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.expected.append("detractor")
            c.extra.update({"nps_given": True, "nps": v, "survey_event_id": sid})
    for _ in range(5):
        c = f.person(f.lang())
        c.persona, c.habit, c.expected, c.tolerated = (
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            list(TOL_CANCEL),
        )
        f.happy_days(c, r.randint(4, 6), day_list(16))
        t = f.at(r.randint(17, 23), 8, 19)
        eid = f.add(c, t, "email", "message", f.say(c, "cancel"), subject="Plus")
        f.add(
            c,
            next_day_ok(t + timedelta(hours=r.uniform(1, 5))),
            "email",
            "message",
            f.say(c, "sorry_go"),
            out=True,
        )
        ct = t + timedelta(hours=r.uniform(20, 30))
        cid = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/plus/cancel", "product": "Cordelo Plus"},
        )
        c.extra.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person(f.lang())
        c.habit = "steady"
        f.happy_days(c, r.randint(6, 10), day_list(32))
    for _ in range(5):
        c = f.person(f.lang())
        c.persona, c.habit, c.tolerated = (
            "steadily_grumpy",
            "grumbles",
            ["repeat_contact", "silence"],
        )
        d = r.randint(0, 4)
        ids: list[str] = []
        first_g = f.at(d, 8, 20)
        for _ in range(r.randint(5, 7)):
            ch = r.choice(("social", "community", "web"))
            ids.append(
                f.add(
                    c,
                    first_g if not ids else f.at(d, 8, 20),
                    ch,
                    {"social": "mention", "community": "post", "web": "ticket"}[ch],
                    f.say(c, "grumble"),
                    attrs={"page": "/help/form"} if ch == "web" else None,
                )
            )
            d += r.randint(1, 3)
        c.extra.update({"grumble_event_ids": ids, "trouble_starts_at": iso(first_g)})
    for _ in range(5):
        c = f.person(f.lang())
        c.persona, c.habit, c.tolerated = "happy_one_sarcastic_remark", "happy", ["silence"]
        f.happy_days(c, r.randint(4, 6), day_list(16))
        c.extra["sarcasm_event_id"] = f.add(
            c, f.at(r.randint(17, 28), 9, 20), "social", "mention", f.say(c, "sarcasm")
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm weekend with night owls",
    )
    r = f.rng
    for _ in range(16):
        c = f.person(f.lang())
        for d in r.sample(range(3), r.randint(1, 3)):
            f.happy(c, f.at(d, 7, 17.5))
    for i in range(4):
        c = f.person(f.lang())
        c.persona, c.habit, c.tolerated = "grumbles_once", "grumbles once", ["silence"]
        t = f.at(r.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/clubs"})
        t2 = t + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            gid = f.add(c, t2, "chat", "chat", f.say(c, "mild"))
            f.add(
                c,
                t2 + timedelta(minutes=r.randint(2, 6)),
                "chat",
                "chat",
                f.say(c, "mild_answer"),
                out=True,
            )
        else:
            gid = f.add(c, t2, "web", "ticket", f.say(c, "mild"), attrs={"page": "/help/form"})
            f.add(
                c,
                t2 + timedelta(minutes=r.randint(20, 60)),
                "email",
                "message",
                f.say(c, "mild_answer"),
                out=True,
            )
        c.extra.update({"grumble_event_id": gid, "trouble_starts_at": iso(t2)})
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        for b, off in enumerate((0, r.randint(28, 33), r.randint(55, 65))):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person(f.lang())
                c.persona, c.habit = "night_owl", f"night {night + 1}, burst {b + 1}"
                t = bt + timedelta(seconds=r.randint(0, 600))
                n0 = len(f.rows)
                f.happy(c, t, night=True)
                c.extra.update({"burst_at": iso(bt), "night_event_id": f.rows[n0].eid})
                if r.random() < 0.5:
                    f.happy(c, f.at(r.randint(0, 2), 9, 17.5))
    return f


PAIRS = [
    ("es", "pt"),
    ("pt", "es"),
    ("es", "en"),
    ("pt", "en"),
    ("es", "fr"),
    ("pt", "fr"),
    ("es", "de"),
    ("pt", "it"),
    ("en", "es"),
    ("fr", "pt"),
    ("de", "es"),
    ("it", "pt"),
    ("es", "it"),
    ("pt", "de"),
]


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    r = f.rng
    k = 0

    def pair() -> tuple[str, str]:
        nonlocal k
        k += 1
        return PAIRS[k % len(PAIRS)]

    def mk(p: tuple[str, str]) -> Cust:
        c = f.person(p[0])
        c.extra["languages"] = list(p)
        c.extra["job_second_language"] = (
            "works across the border" if r.random() < 0.5 else "family speaks it at home"
        )
        return c

    for _ in range(12):
        p = pair()
        c = mk(p)
        c.habit = "alternates languages"
        for j, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            c.lang = p[j % 2]
            f.happy(c, f.at(d, 8, 19))
        c.lang = p[0]
    for i in range(5):
        p = pair()
        c = mk(p)
        c.persona, c.habit, c.expected, c.tolerated = (
            "repeat_contact",
            "repeats",
            ["repeat_contact"],
            list(TOL_REPEAT),
        )
        f.happy(c, f.at(r.randint(0, 1), 8, 18))
        times = (2, 2, 3, 3, 4)[i]
        prob = list(W.PROBLEMS)[i % 4]
        t0 = f.at(r.randint(2, 5), 8, 18)
        eid, cs = f.complain(c, t0, "web", prob)
        assert cs
        ids = [eid]
        t = t0
        chans = ["email", "chat", "phone"]
        comp = r.choice(W.COMPETITORS)
        for j in range(1, times):
            c.lang = p[j % 2]
            t = next_day_ok(t + timedelta(hours=r.uniform(4, 40)))
            ids.append(
                f.later(
                    c, t, chans[j - 1], ("still_open", "third", "fourth")[j - 1], cs, prob, comp
                )
            )
        c.lang = p[0]
        c.extra.update(
            {
                "problem": prob,
                "booking": cs,
                "contacts": times,
                "problem_event_ids": ids,
                "trouble_starts_at": iso(t0),
                "competitor": comp if times >= 3 else None,
            }
        )
    for _ in range(5):
        p = pair()
        c = mk(p)
        c.persona, c.habit, c.expected, c.tolerated = (
            "slow_churner",
            "slides",
            ["sentiment_drop"],
            list(TOL_SLIDE),
        )
        for j, d in enumerate(range(6)):
            if j == 5:
                break
            c.lang = p[j % 2]
            f.add(c, f.at(d, 8, 20), "social", "mention", f.say(c, "praise"))
        c.lang = p[1]
        f.happy(c, f.at(r.randint(0, 5), 8, 18))
        c.lang = p[r.randint(0, 1)]
        slide(f, c, r.randint(7, 8), r.randint(3, 5))
        c.lang = p[0]
    for i in range(3):
        p = pair()
        c = mk(p)
        c.persona, c.habit, c.tolerated = "happy_one_bad_day", "one bad day", ["silence"]
        f.happy_days(c, 3, [0, 1, 2, 11, 12, 13])
        c.lang = p[1]
        t = f.at(6, 9, 18)
        eid, cs = f.complain(c, t, ("email", "email", "chat")[i], "wrong_tension", long=i == 0)
        c.extra.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": p[1],
                "booking": cs,
                "trouble_starts_at": iso(t),
            }
        )
        c.lang = p[0]
    for _ in range(2):
        p = pair()
        c = mk(p)
        c.persona, c.habit, c.tolerated = "resolved_between_contacts", "fixed", ["silence"]
        t0 = f.at(3, 9, 17)
        eid, cs = f.complain(c, t0, "web", "double_charge")
        assert cs
        c.lang = p[1]
        gt = t0 + timedelta(hours=r.uniform(3, 6))
        f.add(c, gt, "email", "message", f.say(c, "good_news", case=cs), out=True)
        ct = next_day_ok(gt + timedelta(hours=r.uniform(10, 20)))
        cid = f.add(c, ct, "chat", "chat", f.say(c, "confirm", case=cs))
        c.lang = p[0]
        c.extra.update(
            {
                "problems": [
                    {
                        "problem": "double_charge",
                        "booking": cs,
                        "raised_at": iso(t0),
                        "fixed_at": iso(gt),
                        "confirmed_at": iso(ct),
                        "problem_event_ids": [eid],
                        "confirm_event_id": cid,
                        "channel": "web",
                        "confirm_channel": "chat",
                    }
                ],
                "trouble_starts_at": iso(t0),
                "confirm_language": p[1],
            }
        )
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "clubs, schools and coaches on account",
    )
    r = f.rng
    plan = [
        ("at_risk", 5, 3, "invoice", "es"),
        ("at_risk", 4, 3, "portal", "pt"),
        ("at_risk", 5, 3, "bulk_rate", "es"),
        ("at_risk", 6, 4, "invoice", "pt"),
        ("at_risk", 4, 4, "portal", "de"),
    ]
    plan += [
        ("one_unhappy", 3, 1, p, lg)
        for p, lg in (("invoice", "es"), ("portal", "pt"), ("bulk_rate", "fr"), ("invoice", "it"))
    ]
    plan += [("mild", 4, 0, "", lg) for lg in ("es", "pt", "en")]
    plan += [("happy", n, 0, "", lg) for n, lg in ((4, "es"), (4, "pt"), (3, "de"))]
    names = [
        "Club de Tenis Arenal",
        "Clube Ténis Foz",
        "Escuela Padel Norte",
        "Academia Raquete Douro",
        "TC Grünweiß",
        "Club Tenis Retiro",
        "Clube Badminton Braga",
        "Tennis Club Lyon Ouest",
        "Circolo Tennis Brera",
        "Club Squash Sevilla",
        "Clube Padel Cascais",
        "Riverside Racquets",
        "Colegio San Fermín",
        "Escola Ténis Aveiro",
        "SV Blau Tennis",
    ]
    for ai, (kind, n, unhappy, prob, lang) in enumerate(plan):
        mk = MARKETS[lang][0]
        acc = f.unique(lambda mk=mk: f"CDP-{mk}-{r.randint(1000, 9999)}")
        dom = strip(names[ai]).lower().replace(" ", "") + ".example"
        keys = []
        contacts = []
        for _ in range(n):
            c = f.person(lang, account=acc, market=mk, domain=dom)
            c.persona, c.habit = "b2b_happy", "contact"
            c.extra.update(
                {
                    "company": names[ai],
                    "role": "contact",
                    "job_title": r.choice(
                        ("Club manager", "Head coach", "Treasurer", "Office manager")
                    ),
                    "job": "club staff",
                }
            )
            keys.append(c.key)
            contacts.append(c)
        for c in contacts:
            for _ in range(r.randint(1, 3) if kind != "happy" else r.randint(3, 6)):
                t = f.at(r.randint(0, 1) if kind != "happy" else r.randint(0, 11), 8, 16.5)
                if t.weekday() >= 5:
                    t -= timedelta(days=2)
                if r.random() < 0.5:
                    f.add(c, t, "chat", "chat", f.say(c, "b2b_q"))
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(1, 6)),
                        "chat",
                        "chat",
                        f.say(c, "b2b_a"),
                        out=True,
                    )
                else:
                    f.add(c, t, "web", "page_view", attrs={"page": "/portal/orders"})
        unhappy_keys: list[str] = []
        acct: dict[str, Any] = {
            "company": names[ai],
            "site": "club",
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": mk,
        }
        if kind == "at_risk":
            t = f.at(2, 8.5, 11)
            acct["trouble_starts_at"] = iso(t)
            cs = f.case()
            first = contacts[0]
            first_t = t
            for j in range(unhappy):
                c = contacts[j]
                c.persona, c.habit = "b2b_unhappy", "complainer"
                c.tolerated = [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                ]
                c.extra.update(
                    {
                        "role": "complainer",
                        "problem": prob,
                        "booking": cs,
                        "trouble_starts_at": iso(t),
                    }
                )
                unhappy_keys.append(c.key)
                pr = W.B2B_PROBLEMS[prob][lang]
                if j == 0:
                    txt = f.say(c, "b2b_first", company=names[ai], prob=pr)
                else:
                    txt = f.say(
                        c,
                        "b2b_more",
                        case=cs,
                        first=first.name.split()[0],
                        day=W.T["days"][lang][first_t.weekday()],
                        prob=pr,
                    )
                eid = f.add(
                    c, t, "email", "message", txt, subject=W.T["subject_complaint"][lang][0]
                )
                ids = [eid]
                if j == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(20, 60)),
                        "email",
                        "message",
                        f.say(c, "case_opened", case=cs),
                        out=True,
                    )
                if j < unhappy - 1:
                    v = r.randint(1, 5)
                    sid = f.add(
                        c,
                        t + timedelta(hours=r.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": v},
                        attrs={"survey": "nps"},
                    )
                    c.expected = ["detractor"]
                    c.extra.update({"nps_given": True, "nps": v, "survey_event_id": sid})
                else:
                    lt = t + timedelta(hours=r.uniform(18, 40))
                    lt = lt.replace(hour=min(max(lt.hour, 8), 16))
                    if lt.weekday() >= 5:
                        lt += timedelta(days=7 - lt.weekday())
                    comp = W.COMPETITORS[ai % 2]
                    if ai == 0:
                        ids.append(
                            f.add(
                                c,
                                lt,
                                "email",
                                "message",
                                f.say(c, "b2b_last_mail", case=cs, comp=comp),
                                subject=f.say(c, "subject_case", case=cs),
                            )
                        )
                        c.extra["competitor"] = comp
                    else:
                        ids.append(
                            f.add(c, lt, "phone", "call", f.say(c, "b2b_last_call", case=cs))
                        )
                    c.expected = ["repeat_contact"]
                    c.tolerated = [x for x in c.tolerated if x != "repeat_contact"]
                c.extra["complaint_event_ids"] = ids
                t = t + timedelta(hours=r.uniform(8, 28))
                if t.hour >= 17 or t.hour < 8:
                    t = (t + timedelta(days=1 if t.hour >= 17 else 0)).replace(
                        hour=8, minute=r.randint(5, 55)
                    )
                if t.weekday() >= 5:
                    t += timedelta(days=7 - t.weekday())
        elif kind == "one_unhappy":
            c = contacts[0]
            t = f.at(3 + ai % 4, 9, 16)
            c.persona, c.habit, c.tolerated = (
                "b2b_one_unhappy",
                "complainer",
                ["sentiment_drop", "high_value_at_risk", "silence"],
            )
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f.say(c, "b2b_first", company=names[ai], prob=W.B2B_PROBLEMS[prob][lang]),
                subject=W.T["subject_complaint"][lang][0],
            )
            cs = f.case()
            f.add(
                c,
                t + timedelta(minutes=r.randint(20, 60)),
                "email",
                "message",
                f.say(c, "case_opened", case=cs),
                out=True,
            )
            v = r.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(hours=r.uniform(1, 3)),
                "survey",
                "survey_response",
                None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.expected = ["detractor"]
            c.extra.update(
                {
                    "role": "complainer",
                    "problem": prob,
                    "booking": cs,
                    "complaint_event_ids": [eid],
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": sid,
                    "trouble_starts_at": iso(t),
                }
            )
            unhappy_keys.append(c.key)
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.at(r.randint(2, 9), 8, 16)
                if t.weekday() >= 5:
                    t -= timedelta(days=2)
                c.persona, c.habit, c.tolerated = "b2b_mild", "suggests", ["silence"]
                mid = f.add(
                    c, t, "web", "ticket", f.say(c, "b2b_mild"), attrs={"page": "/portal/feedback"}
                )
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(30, 120)),
                    "email",
                    "message",
                    f.say(c, "mild_answer"),
                    out=True,
                )
                c.extra.update(
                    {"role": "suggests", "mild_event_id": mid, "trouble_starts_at": iso(t)}
                )
        f.accounts[acc] = acct
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 10, 26, tzinfo=UTC),
        7,
        "a calm week and one planted incident",
    )
    r = f.rng
    for _ in range(40):
        c = f.person(f.lang())
        for d in r.sample(range(6), r.randint(2, 5)):
            f.happy(c, f.at(d, 12, 19) if d == 5 else f.at(d, 7, 19))
    for _ in range(2):
        c = f.person(f.lang())
        c.persona, c.habit, c.tolerated = "grumbles_once", "grumbles once", ["silence"]
        t = f.at(0, 9, 17)
        gid = f.add(c, t, "chat", "chat", f.say(c, "grumble"))
        f.add(
            c,
            t + timedelta(minutes=r.randint(2, 6)),
            "chat",
            "chat",
            f.say(c, "mild_answer"),
            out=True,
        )
        c.extra.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hour in (("es", 9.6), ("pt", 16.1)):
        c = f.person(lang)
        c.persona, c.habit, c.tolerated = "grumbles_once", "lone question", ["silence"]
        t = f.at(4, hour, hour + 0.05)
        lid = f.add(c, t, "chat", "chat", f.say(c, "lone_q"))
        f.add(
            c, t + timedelta(minutes=r.randint(2, 6)), "chat", "chat", f.say(c, "lone_a"), out=True
        )
        c.extra.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["es"] * 6 + ["pt"] * 6 + ["en", "en", "fr", "fr", "de", "it", "it", "de"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    s0 = datetime(2026, 10, 31, 8, 5, tzinfo=UTC)
    offs = sorted([0, 45, *r.sample(range(1, 45), 18)])
    keys: list[str] = []
    ids: list[str] = []
    rep: list[str] = []
    reporters: list[tuple[Cust, datetime, str]] = []
    for i, lang in enumerate(langs):
        c = f.person(lang)
        regular = i % 5 < 3
        c.persona, c.habit, c.tolerated = (
            "spike_reporter",
            "regular" if regular else "new",
            ["silence"],
        )
        if regular:
            for _ in range(r.randint(1, 3)):
                f.happy(c, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i], seconds=r.randint(0, 50))
        ch = chans[i]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = f.add(
            c, t, ch, kind, f.say(c, "spike"), attrs={"page": "/order/new"} if ch == "web" else None
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                f.say(c, "spike_chat_a"),
                out=True,
            )
        keys.append(c.key)
        ids.append(eid)
        reporters.append((c, t, ch))
        c.extra.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
    early = [x for x in reporters if x[1] <= s0 + timedelta(minutes=25)]
    for c, t, ch in r.sample(early, 6):
        ch2 = r.choice([x for x in ("email", "chat", "community") if x != ch])
        kind = {"chat": "chat", "community": "post", "email": "message"}[ch2]
        rid = f.add(c, t + timedelta(minutes=r.randint(10, 45)), ch2, kind, f.say(c, "spike_again"))
        rep.append(rid)
        c.persona, c.expected, c.tolerated = (
            "spike_repeater",
            ["repeat_contact"],
            ["silence", "sentiment_drop"],
        )
        c.extra["repeat_event_id"] = rid
    for c, _, _ in r.sample([x for x in reporters if x[0].persona == "spike_reporter"], 6):
        f.add(
            c,
            datetime(2026, 10, 31, 11, 8, tzinfo=UTC) + timedelta(minutes=r.randint(0, 9)),
            "email",
            "message",
            f.say(c, "spike_fixed"),
            out=True,
        )
        c.extra["agent_fixed"] = True
    f.spike = {
        "topic": "restringing app order form rejects every string tension ('out of range', value reset to 0 kg): no restring can be ordered or paid",
        "about": "the planted incident: customers cannot order restrings because the tension field fails, across channels and languages",
        "channel": None,
        "start": iso(min(x[1] for x in reporters)),
        "end": iso(max(x[1] for x in reporters)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rep,
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
        jsonl, truth = fam.finish()
        (HERE / f"{fam.name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{fam.name}.truth.json").write_text(truth, encoding="utf-8")
        print(
            fam.name,
            len(fam.custs),
            len(fam.rows),
            sum(1 for x in fam.rows if x.direction == "outbound"),
        )


if __name__ == "__main__":
    main()
