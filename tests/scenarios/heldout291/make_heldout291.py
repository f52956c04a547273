# ruff: noqa: E501
"""Writes heldout291 (Mascotur, pet taxi): eight families, seeded, standard library only."""

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
CODE = "k7p-FARE"
MARKETS = {
    "fr": ["FR", "FR", "BE", "CH", "LU"],
    "it": ["IT", "IT", "IT", "CH"],
    "de": ["DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "es": ["ES"],
    "pt": ["PT"],
}
FIRST = {
    "fr": ["Camille", "Julien", "Manon", "Hugo", "Léa", "Théo"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo"],
    "de": ["Anna", "Jonas", "Lea", "Felix"],
    "en": ["Sophie", "Oliver", "Grace", "Harry"],
    "es": ["Lucía", "Pablo", "Marta", "Diego"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui"],
}
LAST = {
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard"],
    "it": ["Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Greco"],
    "de": ["Müller", "Schmidt", "Weber", "Wagner"],
    "en": ["Smith", "Jones", "Walsh", "Taylor"],
    "es": ["García", "López", "Ruiz", "Navarro"],
    "pt": ["Silva", "Costa", "Santos", "Ferreira"],
}
PHONE = {
    "FR": "+336",
    "BE": "+324",
    "CH": "+417",
    "LU": "+3526",
    "IT": "+393",
    "DE": "+4915",
    "AT": "+43664",
    "UK": "+447",
    "IE": "+3538",
    "ES": "+346",
    "PT": "+3519",
}
SOURCE = {
    "email": "mascotur-mail",
    "phone": "mascotur-voice",
    "social": "mascotur-social",
    "community": "mascotur-forum",
    "chat": "mascotur-chat",
    "web": "mascotur-web",
    "survey": "mascotur-survey",
}
PROBLEMS = list(W.PROBLEM)


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def speech(text: str) -> str:
    kept = "".join(c for c in text.lower() if c.isalnum() or c in " -'€")
    return " ".join(kept.split())


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, str | None]
    truth: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, weights=[30, 30, 10, 10, 10, 10])[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> Cust:
        lg = lang or self.lang()
        mk = market or self.rng.choice(MARKETS[lg])
        key = f"MT{self.code}{len(self.custs) + 1001}"
        first, last = self.rng.choice(FIRST[lg]), self.rng.choice(LAST[lg])
        slug = strip_accents(f"{first}.{last}").lower()
        email = f"{slug}{self.n}{len(self.custs) + 11}@{'mail' if account is None else account.lower()}.example"
        phone = PHONE[mk] + "".join(str(self.rng.randrange(10)) for _ in range(8))
        handle = (
            None
            if account
            else f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{self.n}{len(self.custs)}"
        )
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth: dict[str, Any] = {
            "identifiers": ids,
            "expected_rules": expected or [],
            "tolerated_rules": tolerated or [],
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lg, mk, ids, truth)
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"mt291-{self.code.lower()}-{self.seq:05d}"
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if channel == "phone" and text and not out:
            text = speech(text)
        a = {"market": c.market} | (attrs or {})
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Élodie", "Paolo", "Sven", "Nadia"])
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "customer": c.key,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": SOURCE[channel],
                "attributes": a,
            }
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125:
            text = text[:1].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            i = r.randrange(len(words))
            w = words[i]
            if len(w) > 4 and w.isalpha() and w.islower():
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def at(self, day: float, h0: float = 8, h1: float = 19) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(h0, h1))

    # ---- common acts ----
    def happy(self, c: Cust, t: datetime) -> None:
        lg, r = c.lang, self.rng.random()
        if r < 0.3:
            self.add(
                c,
                t,
                self.rng.choice(["social", "community"]),
                "post",
                self.rng.choice(W.PRAISE[lg]),
            )
        elif r < 0.55:
            self.add(c, t, "chat", "chat", self.rng.choice(W.QUESTION[lg]))
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 6)),
                "chat",
                "chat",
                W.ANSWER[lg],
                out=True,
            )
            if self.rng.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=self.rng.randint(7, 12)),
                    "chat",
                    "chat",
                    self.rng.choice(W.THANKS[lg]),
                )
        elif r < 0.8:
            self.add(c, t, "web", "page_view", attrs={"page": "/book"})
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(2, 9)),
                "web",
                "purchase",
                attrs={
                    "page": "/book",
                    "order_value": f"{self.rng.randint(18, 45)}.00",
                    "currency": "GBP"
                    if c.market == "UK"
                    else ("CHF" if c.market == "CH" else "EUR"),
                    "product": "Vet ride / Trajet véto",
                },
            )
        else:
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                self.rng.choice(W.SURVEY_WORD[lg]) or None,
                scores={"nps": self.rng.randint(9, 10)},
                attrs={"survey": "nps"},
            )

    def happy_days(self, c: Cust, n: int, d0: int, d1: int, avoid: set[int] | None = None) -> None:
        days = [d for d in range(d0, d1 + 1) if d not in (avoid or set())]
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(c, self.at(d))

    def ref(self) -> str:
        return f"MT-{self.rng.randint(100000, 999999)}"

    def complaint_text(self, c: Cust, problem: str, long: bool = False) -> str:
        p = W.PROBLEM[problem][c.lang]
        if long:
            return W.LONG_LETTER[c.lang].format(p=p)
        return self.rng.choice(W.COMPLAINT[c.lang]).format(p=p)

    # ---- write ----
    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        seen: set[str] = set()
        lines = []
        for r in self.rows:
            c = self.custs[r["customer"]]
            full = r["direction"] == "outbound" or c.key not in seen
            if r["direction"] == "inbound":
                seen.add(c.key)
            ch = r["channel"]
            ids: dict[str, str | None] = dict(c.ids)
            if not full:
                keep = {
                    "phone": ["phone"],
                    "email": ["email"],
                    "social": ["handle"],
                    "community": ["handle"],
                }.get(ch, ["customer_id"])
                if c.ids["account_id"] and ch in ("social", "community"):
                    keep = ["email"]
                ids = {k: (v if k in keep or k == "account_id" else None) for k, v in c.ids.items()}
            row = dict(
                r,
                occurred_at=r["occurred_at"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                customer=ids,
                scores={"nps": None, "csat": None, "ces": None} | r["scores"],
            )
            lines.append(json.dumps(row, ensure_ascii=False))
        end = max(
            self.start + timedelta(days=self.days),
            self.rows[-1]["occurred_at"] + timedelta(hours=1),
        )
        assert self.rows[-1]["occurred_at"] < datetime(2026, 11, 1, tzinfo=UTC)
        got: dict[str, int] = {}
        for c in self.custs.values():
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            for rule in c.truth["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        assert got == expected, (self.name, got, expected)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Mascotur (pet taxi)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "by hand, blind",
                "expected": expected,
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {k: c.truth for k, c in self.custs.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


def happy_writers() -> None:
    f = Fam(
        "happy_writers", "HW", 1, d(2026, 1, 12), 10, "happy day and night writers, survey-only"
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, 9)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for dd in f.rng.sample(range(9), f.rng.randint(2, 4)):
            f.add(
                c,
                f.start + timedelta(days=dd, hours=22, minutes=f.rng.randint(12, 330)),
                "social",
                "post",
                f.rng.choice(W.NIGHT[c.lang]),
            )
        f.happy_days(c, f.rng.randint(2, 3), 0, 9)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for dd in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.add(
                c,
                f.at(dd),
                "survey",
                "survey_response",
                f.rng.choice(W.SURVEY_WORD[c.lang]) or None,
                scores={"csat": f.rng.randint(4, 5)},
                attrs={"survey": "csat"},
            )
    f.write({})


def one_bad_day() -> None:
    f = Fam("one_bad_day", "BD", 2, d(2026, 2, 9), 12, "happy customers with one bad day")
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    withcase = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(withcase[0:6])
    low = set(withcase[6:11])
    good = set(withcase[2:14])
    apol = set(withcase[9:14])
    for i, ch in enumerate(chans):
        c = f.person(
            "bad_day_detractor" if i in det else "happy_one_bad_day",
            "one bad day",
            expected=["detractor"] if i in det else [],
            tolerated=["silence"],
        )
        bd = f.rng.randint(2, 9)
        f.happy_days(c, f.rng.randint(1, 5), 0, 11, avoid={bd - 1, bd, bd + 1, bd + 2})
        t = f.at(bd, 8, 18)
        prob = PROBLEMS[i % 6]
        text = f.complaint_text(c, prob, long=ch == "long")
        channel = {
            "long": "email",
            "email": "email",
            "chat": "chat",
            "social": "social",
            "web": "web",
            "phone": "phone",
        }[ch]
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
        }[channel]
        subj = f"{W.SUBJECT_COMPLAINT[c.lang]}: {prob}" if channel == "email" else None
        if channel == "social":
            text = "@Mascotur " + text
        eid = f.add(c, t, channel, kind, text, subject=subj)
        c.truth.update(
            problem=prob,
            bad_day_at=t.isoformat(),
            bad_day_event_id=eid,
            long_email=ch == "long",
            channel=channel,
        )
        if channel == "social":
            continue
        ref = f.ref()
        c.truth["booking"] = ref
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(10, 40)),
            "chat" if channel == "chat" else "email",
            "chat" if channel == "chat" else "message",
            W.CASE_OPENED[c.lang].format(ref=ref),
            out=True,
        )
        if i in det:
            nps = f.rng.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=nps,
                survey_event_id=f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(100, 140)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": nps},
                    attrs={"survey": "nps"},
                ),
            )
        if i in low:
            cs = f.rng.randint(1, 2)
            c.truth.update(
                csat_given=True,
                csat=cs,
                survey_event_id=f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(40, 80)),
                    "survey",
                    "survey_response",
                    f.rng.choice(W.LOW_CSAT_WORD[c.lang]) or None,
                    scores={"csat": cs},
                    attrs={"survey": "csat"},
                ),
            )
        if i in good:
            f.add(
                c,
                t + timedelta(hours=f.rng.uniform(1, 4)),
                "email",
                "message",
                W.GOOD_NEWS[c.lang].format(ref=ref),
                out=True,
                subject=W.SUBJECT_RE[c.lang].format(ref=ref),
            )
            c.truth["agent_fixed"] = True
        if i in apol:
            at = t + timedelta(hours=f.rng.uniform(16, 24))
            c.truth.update(
                apologised=True,
                apology_event_id=f.add(c, at, "chat", "chat", W.APOLOGY[c.lang]),
                apology_at=at.isoformat(),
            )
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), 0, 11)
    f.write({"detractor": 6})


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d(2026, 3, 16),
        10,
        "repeat contacts, fixed, two problems, frequent writers",
    )
    tol = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
    chan_kind = {
        "email": "message",
        "chat": "chat",
        "phone": "call",
        "web": "ticket",
        "social": "mention",
    }
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=tol)
        f.happy_days(c, f.rng.randint(1, 3), 0, 0)
        n = 2 + i % 3
        prob = PROBLEMS[i % 6]
        ref = f.ref()
        chans = f.rng.sample(list(chan_kind), n)
        t = f.at(f.rng.randint(1, 4), 8, 18)
        ids = []
        comp = None
        for k, ch in enumerate(chans):
            p = W.PROBLEM[prob][c.lang]
            if k == 0:
                text = f.complaint_text(c, prob)
            else:
                text = f.rng.choice(W.STILL_OPEN[c.lang]).format(ref=ref, p=p)
                if k == 2:
                    comp = f.rng.choice(W.COMPETITORS)
                    text += W.THIRD[c.lang].format(comp=comp)
                if k == 3:
                    text += W.FOURTH[c.lang]
            if ch == "social":
                text = "@Mascotur " + text
            ids.append(
                f.add(
                    c,
                    t,
                    ch,
                    chan_kind[ch],
                    text,
                    subject=W.SUBJECT_RE[c.lang].format(ref=ref) if ch == "email" and k else None,
                )
            )
            if k == 0:
                if i < 6:
                    f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1.5, 2.5)),
                        "email",
                        "message",
                        W.QUALITY[c.lang].format(ref=ref),
                        out=True,
                    )
                else:
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(10, 40)),
                        "email",
                        "message",
                        W.CASE_OPENED[c.lang].format(ref=ref),
                        out=True,
                    )
            elif ch == "chat":
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    W.URGENT[c.lang].format(ref=ref),
                    out=True,
                )
            t += timedelta(hours=f.rng.uniform(4, 40))
            if t.hour >= 22 or t.hour < 7:
                t = (t + timedelta(hours=10)).replace(hour=8, minute=f.rng.randint(0, 59))
        c.truth.update(
            problem=prob,
            booking=ref,
            contacts=n,
            channels=chans,
            problem_event_ids=ids,
            competitor=comp,
            trouble_starts_at=ids[0],
        )
    for i in range(8):
        two = i >= 5
        c = f.person(
            "different_problems" if two else "resolved_between_contacts",
            "two problems" if two else "fixed",
            tolerated=["silence"],
        )
        probs = [PROBLEMS[i % 6], PROBLEMS[(i + 2) % 6]] if two else [PROBLEMS[i % 6]]
        t = f.at(1, 8, 12)
        cases = []
        for prob in probs:
            ref = f.ref()
            e1 = f.add(c, t, "web", "ticket", f.complaint_text(c, prob))
            f.add(
                c,
                t + timedelta(minutes=20),
                "email",
                "message",
                W.CASE_OPENED[c.lang].format(ref=ref),
                out=True,
            )
            tf = t + timedelta(hours=f.rng.uniform(3, 20))
            f.add(c, tf, "email", "message", W.GOOD_NEWS[c.lang].format(ref=ref), out=True)
            tc = tf + timedelta(hours=f.rng.uniform(8, 30))
            if tc.hour < 7 or tc.hour >= 22:
                tc = tc.replace(hour=9)
            e2 = f.add(
                c,
                tc,
                "email",
                "message",
                W.CONFIRM[c.lang].format(ref=ref),
                subject=W.SUBJECT_RE[c.lang].format(ref=ref),
            )
            cases.append(
                {"problem": prob, "booking": ref, "problem_event_ids": [e1], "confirm_event_id": e2}
            )
            t += timedelta(days=f.rng.randint(4, 5))
        c.truth["problems"] = cases
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, 9)
    f.write({"repeat_contact": 12})


def slide(f: Fam, c: Cust, d0: int, span: int, nps: bool, alternate: str | None = None) -> None:
    t = f.at(d0, 9, 12)
    ids = []
    comp = f.rng.choice(W.COMPETITORS)
    for k in range(6):
        lg = alternate if alternate and k % 2 else c.lang
        text = W.SLIDE[lg][k].format(comp=comp)
        ch = f.rng.choice(["social", "community", "web"])
        if ch == "social":
            text = "@Mascotur " + text
        ids.append(
            f.add(
                c,
                t,
                ch,
                "review" if ch == "web" else "post",
                text,
                attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"}
                if ch == "web"
                else None,
            )
        )
        if k == 3 and nps:
            v = f.rng.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=v,
                survey_event_id=f.add(
                    c,
                    t + timedelta(hours=3),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": v},
                    attrs={"survey": "nps"},
                ),
            )
        t += timedelta(hours=span * 24 / 6 + f.rng.uniform(1, 3))
        if t.hour >= 21 or t.hour < 7:
            t = (t + timedelta(hours=11)).replace(hour=9)
    c.truth.update(slide_event_ids=ids, competitor=comp, trouble_starts_at=ids[0])


def slow_churners() -> None:
    f = Fam(
        "slow_churners", "SC", 4, d(2026, 4, 20), 32, "sliders, leavers, steady, grumpy, sarcastic"
    )
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if i < 5 else []),
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for dd in f.rng.sample(range(11), 5):
            f.add(
                c,
                f.at(dd),
                f.rng.choice(["social", "community"]),
                "post",
                ("@Mascotur " if f.rng.random() < 0.5 else "") + f.rng.choice(W.PRAISE[c.lang]),
            )
        f.happy_days(c, 2, 0, 10)
        slide(f, c, f.rng.randint(12, 16), [3, 5, 9][i % 3], i < 5)
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        f.happy_days(c, f.rng.randint(4, 6), 0, 15)
        t = f.at(f.rng.randint(17, 23), 8, 18)
        e = f.add(c, t, "email", "message", W.CANCEL[c.lang], subject="Mascotur Club")
        f.add(
            c,
            t + timedelta(hours=f.rng.uniform(1, 5)),
            "email",
            "message",
            W.SORRY_GO[c.lang],
            out=True,
        )
        tc = t + timedelta(hours=f.rng.uniform(20, 30))
        x = f.add(
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/cancel", "product": "Mascotur Club"},
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=x,
            churn_at=tc.isoformat(),
            trouble_starts_at=e,
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), 0, 30)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        t = f.at(f.rng.randint(0, 4))
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ids.append(
                f.add(
                    c,
                    t,
                    f.rng.choice(["social", "community", "web"]),
                    "post",
                    f.rng.choice(W.GRUMPY[c.lang]),
                )
            )
            t = f.at((t - f.start).days + f.rng.randint(1, 3))
        c.truth.update(grumble_event_ids=ids, trouble_starts_at=ids[0])
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, f.rng.randint(3, 5), 0, 16)
        c.truth["sarcasm_event_id"] = f.add(
            c,
            f.at(f.rng.randint(17, 28)),
            "social",
            "mention",
            W.SARCASM[c.lang].replace("Mascotur", "@Mascotur", 1),
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam("quiet_hours", "QH", 5, d(2026, 5, 22), 3, "a calm weekend with night owls in bursts")
    for _ in range(16):
        c = f.person("happy", "day writer")
        for dd in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy(c, f.at(dd, 7, 17.5))
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(f.rng.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/clinics"})
        c.truth["grumble_event_id"] = f.add(
            c, t + timedelta(minutes=f.rng.randint(20, 30)), "chat", "chat", W.MILD[c.lang]
        )
        f.add(c, t + timedelta(minutes=35), "chat", "chat", W.MILD_ANSWER[c.lang], out=True)
    owls = [f.person("night_owl", "") for _ in range(36)]
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            for k in range(4):
                c = owls[night * 12 + b * 4 + k]
                c.truth["habit"] = f"night {night + 1}, burst {b + 1}"
                t = b0 + timedelta(minutes=off + f.rng.randint(0, 9))
                c.truth["burst_at"] = (b0 + timedelta(minutes=off)).isoformat()
                c.truth["night_event_id"] = f.add(
                    c, t, "community", "post", f.rng.choice(W.NIGHT[c.lang])
                )
                if k % 2:
                    f.happy(c, f.at(night + 1, 9, 17.5))
    f.write({})


def bilingual() -> None:
    f = Fam("bilingual", "BL", 6, d(2026, 6, 15), 14, "customers who alternate two languages")
    pairs = [
        ("fr", "it"),
        ("it", "fr"),
        ("fr", "de"),
        ("it", "de"),
        ("fr", "en"),
        ("it", "en"),
        ("de", "fr"),
        ("es", "it"),
        ("pt", "fr"),
        ("en", "it"),
        ("fr", "es"),
        ("it", "pt"),
    ]
    mk = {"fr": "CH", "it": "CH", "de": "CH", "en": "IE", "es": "ES", "pt": "PT"}
    k = 0

    def nxt(persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, str]:
        nonlocal k
        a, b = pairs[k % len(pairs)]
        k += 1
        c = f.person(
            persona,
            habit,
            lang=a,
            expected=exp,
            tolerated=tol,
            market=mk[a],
        )
        c.truth.update(languages=[a, b], job_second_language="works across the border")
        return c, b

    for _ in range(12):
        c, b = nxt("happy", "alternates languages", [], [])
        for j, dd in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            lg = b if j % 2 else c.lang
            f.add(c, f.at(dd), "community", "post", f.rng.choice(W.PRAISE[lg]))
    for i in range(5):
        c, b = nxt(
            "repeat_contact",
            "repeats",
            ["repeat_contact"],
            [
                "sentiment_drop",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        f.happy_days(c, 2, 0, 1)
        ref, prob, t = f.ref(), PROBLEMS[i], f.at(f.rng.randint(2, 5), 8, 16)
        ids = [f.add(c, t, "web", "ticket", f.complaint_text(c, prob))]
        f.add(
            c,
            t + timedelta(minutes=25),
            "email",
            "message",
            W.CASE_OPENED[c.lang].format(ref=ref),
            out=True,
        )
        for j in range(1, 2 + i % 3):
            t += timedelta(hours=f.rng.uniform(6, 30))
            if t.hour >= 22 or t.hour < 7:
                t = t.replace(hour=8)
            lg = b if j % 2 else c.lang
            ids.append(
                f.add(
                    c,
                    t,
                    "email",
                    "message",
                    f.rng.choice(W.STILL_OPEN[lg]).format(ref=ref, p=W.PROBLEM[prob][lg]),
                    subject=W.SUBJECT_RE[lg].format(ref=ref),
                )
            )
        c.truth.update(problem=prob, booking=ref, problem_event_ids=ids, trouble_starts_at=ids[0])
    for _ in range(5):
        c, b = nxt(
            "slow_churner",
            "slides",
            ["sentiment_drop"],
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for j, dd in enumerate(range(0, 6)[:5]):
            f.add(c, f.at(dd), "community", "post", f.rng.choice(W.PRAISE[b if j % 2 else c.lang]))
        slide(f, c, f.rng.randint(7, 8), 4, False, alternate=b)
    for i in range(3):
        c, b = nxt("happy_one_bad_day", "one bad day", [], ["silence"])
        bd = f.rng.randint(5, 9)
        f.happy_days(c, 3, 0, 13, avoid={bd - 1, bd, bd + 1})
        t = f.at(bd, 9, 17)
        ch = "chat" if i == 2 else "email"
        e = f.add(
            c,
            t,
            ch,
            "chat" if ch == "chat" else "message",
            W.PROBLEM[PROBLEMS[i]][b].capitalize() + ".",
            subject=W.SUBJECT_COMPLAINT[b] if ch == "email" else None,
        )
        c.truth.update(bad_day_event_id=e, bad_day_at=t.isoformat(), bad_day_language=b)
    for i in range(2):
        c, b = nxt("resolved_between_contacts", "fixed", [], ["silence"])
        ref, t = f.ref(), f.at(3, 9, 12)
        e1 = f.add(c, t, "web", "ticket", f.complaint_text(c, PROBLEMS[i + 3]))
        f.add(
            c, t + timedelta(hours=5), "email", "message", W.GOOD_NEWS[b].format(ref=ref), out=True
        )
        e2 = f.add(c, t + timedelta(hours=24), "email", "message", W.CONFIRM[b].format(ref=ref))
        c.truth["problems"] = [
            {
                "problem": PROBLEMS[i + 3],
                "booking": ref,
                "problem_event_ids": [e1],
                "confirm_event_id": e2,
            }
        ]
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam("b2b_accounts", "BB", 7, d(2026, 9, 7), 14, "Mascotur Pro accounts")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    probs = list(W.B2B_PROBLEM)
    sites = ["vet clinic", "groomer", "kennels", "breeder", "animal shelter", "cattery"]
    det = 0
    rep = 0
    for n, kind in enumerate(kinds):
        lg = f.lang()
        mkt = f.rng.choice(MARKETS[lg])
        acct = f"MTP-{mkt}-{4100 + n * 7}"
        size = f.rng.randint(4, 6) if kind == "at_risk" else 3
        ncomp = (3 + n % 2) if kind == "at_risk" else (1 if kind == "one_unhappy" else 0)
        contacts = []
        for j in range(size):
            if j < ncomp and kind == "at_risk":
                last = j == ncomp - 1
                exp = ["repeat_contact"] if last else ["detractor"]
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang=lg,
                    market=mkt,
                    account=acct,
                    expected=exp,
                    tolerated=[
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                )
            elif j < ncomp:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang=lg,
                    market=mkt,
                    account=acct,
                    expected=["detractor"],
                    tolerated=["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif kind == "mild" and j < 2:
                c = f.person(
                    "b2b_mild", "suggests", lang=lg, market=mkt, account=acct, tolerated=["silence"]
                )
            else:
                c = f.person("b2b_happy", "contact", lang=lg, market=mkt, account=acct)
                for dd in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], 3):
                    f.happy(c, f.at(dd, 8, 16.5))
            contacts.append(c)
        prob = probs[n % 3]
        ref = f.ref()
        t = f.at(2, 8, 11)
        first = None
        unhappy = []
        for j, c in enumerate(contacts[:ncomp]):
            p = W.B2B_PROBLEM[prob][lg]
            text = (
                W.B2B_FIRST[lg].format(acct=acct, p=p)
                if j == 0
                else W.B2B_LATER[lg].format(first=first, ref=ref, p=p)
            )
            e = f.add(c, t, "email", "message", text, subject=f"Mascotur Pro {acct}")
            if j == 0:
                first = c.truth["name"].split()[0]
                f.add(
                    c,
                    t + timedelta(minutes=30),
                    "email",
                    "message",
                    W.CASE_OPENED[lg].format(ref=ref),
                    out=True,
                )
            unhappy.append(c.key)
            last = kind == "at_risk" and j == ncomp - 1
            if not last:
                v = f.rng.randint(1, 5)
                det += 1
                c.truth.update(
                    nps_given=True,
                    nps=v,
                    survey_event_id=f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": v},
                        attrs={"survey": "nps"},
                    ),
                )
                c.truth["complaint_event_ids"] = [e]
            else:
                rep += 1
                t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                if t2.weekday() >= 5:
                    t2 += timedelta(days=7 - t2.weekday())
                t2 = t2.replace(hour=f.rng.randint(8, 16))
                c.truth["complaint_event_ids"] = [
                    e,
                    f.add(c, t2, "phone", "call", W.B2B_LAST[lg].format(ref=ref)),
                ]
            c.truth.update(company=acct, role="complainer", booking=ref, trouble_starts_at=e)
            t += timedelta(hours=f.rng.uniform(8, 28))
            if t.weekday() >= 5:
                t += timedelta(days=7 - t.weekday())
            if t.hour >= 17 or t.hour < 8:
                t = (t + timedelta(hours=15)).replace(hour=9)
        if kind == "mild":
            for c in contacts[:2]:
                c.truth["mild_event_id"] = f.add(
                    c,
                    f.at(3, 9, 15),
                    "web",
                    "ticket",
                    W.B2B_SUGGEST[lg],
                    attrs={"page": "/pro/feedback"},
                )
                f.add(c, f.at(3, 16, 16.5), "email", "message", W.B2B_ACK[lg], out=True)
        f.accounts[acct] = {
            "company": f"{sites[n % 6].title()} {n + 1}",
            "site": sites[n % 6],
            "contacts": size,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "language": lg,
            "country": mkt,
        }
    f.write({"account_risk": 5, "detractor": det, "repeat_contact": rep})


def topic_spike() -> None:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        d(2026, 10, 12),
        7,
        "a calm week and a Saturday-morning booking failure",
    )
    for _ in range(40):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 4), 0, 4)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, 9, 16)
        c.truth["grumble_event_id"] = f.add(c, t, "chat", "chat", W.MILD[c.lang])
        f.add(c, t + timedelta(minutes=4), "chat", "chat", W.MILD_ANSWER[c.lang], out=True)
    for lg, hh in (("fr", 9.6), ("it", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lg, tolerated=["silence"])
        t = f.start + timedelta(days=4, hours=hh)
        c.truth["lone_report_event_id"] = f.add(c, t, "chat", "chat", W.LONE_Q[lg])
        f.add(c, t + timedelta(minutes=5), "chat", "chat", W.LONE_A[lg], out=True)
    s0 = f.start + timedelta(days=5, hours=8, minutes=5)
    langs = ["fr"] * 6 + ["it"] * 6 + ["de", "de", "en", "en", "es", "es", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    keys, eids, reps = [], [], []
    kind = {
        "social": "mention",
        "chat": "chat",
        "community": "post",
        "email": "message",
        "web": "ticket",
    }
    for i in range(20):
        repeater = i < 6
        c = f.person(
            "spike_repeater" if repeater else "spike_reporter",
            "regular" if i % 5 < 3 else "new",
            lang=langs[i],
            expected=["repeat_contact"] if repeater else [],
            tolerated=["silence", "sentiment_drop"] if repeater else ["silence"],
        )
        if c.truth["habit"] == "regular":
            f.happy_days(c, f.rng.randint(1, 2), 2, 2)
        t = s0 + timedelta(minutes=offs[i])
        text = f.rng.choice(W.SPIKE[c.lang]).format(code=CODE)
        if chans[i] == "social":
            text = "@Mascotur " + text
        e = f.add(c, t, chans[i], kind[chans[i]], text)
        keys.append(c.key)
        eids.append(e)
        if chans[i] == "chat":
            f.add(
                c, t + timedelta(minutes=2), "chat", "chat", W.SPIKE_CHAT_ANSWER[c.lang], out=True
            )
        c.truth.update(
            in_spike=True, spike_event_id=e, spike_channel=chans[i], trouble_starts_at=t.isoformat()
        )
        if repeater:
            ch2 = "email" if chans[i] != "email" else "chat"
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(15, 25)),
                ch2,
                kind[ch2],
                W.SPIKE_AGAIN[c.lang].format(code=CODE),
            )
            reps.append(r)
            c.truth["repeat_event_id"] = r
        elif i < 12:
            f.add(
                c,
                s0 + timedelta(hours=3, minutes=f.rng.randint(0, 9)),
                "email",
                "message",
                W.WORKS_AGAIN[c.lang].format(hm="10:55 UTC"),
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"pet-taxi app bookings fail at payment, no ride can be booked, error {CODE}",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})


def main() -> None:
    for build in (
        happy_writers,
        one_bad_day,
        repeat_contacts,
        slow_churners,
        quiet_hours,
        bilingual,
        b2b_accounts,
        topic_spike,
    ):
        build()


if __name__ == "__main__":
    main()
