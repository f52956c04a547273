# ruff: noqa: E501
"""Build heldout156 (Sdraiola, written blind). Standard library only, seeded, deterministic."""

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

SEED = 20260926
SOURCES = {
    "email": "sdraiola-mail",
    "phone": "sdraiola-voice",
    "social": "sdraiola-social",
    "community": "sdraiola-forum",
    "chat": "sdraiola-chat",
    "web": "sdraiola-web",
    "survey": "sdraiola-survey",
}
TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone: str
    handle: str
    account: str | None = None
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
        self.seq = 0
        self.accounts: dict[str, Any] = {}
        self.spike: dict[str, Any] = {}

    def t(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(
            days=day, minutes=self.rng.randint(int(h0 * 60), int(h1 * 60))
        )

    def cust(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        account: str | None = None,
        market: str | None = None,
    ) -> Cust:
        i = len(USED)
        USED.add(i)
        key = f"SD{self.code}{4000 + i}"
        mk = market or self.rng.choice(W.MARKETS[lang])
        first = self.rng.choice(W.FIRST[lang])
        last = self.rng.choice(W.LAST[lang])
        plain = strip(f"{first}.{last}").lower().replace(" ", "")
        dom = (
            f"{account.lower()}.example"
            if account
            else self.rng.choice(
                ["mailbox.example", "posta.example", "courriel.example", "web.example"]
            )
        )
        email = f"{plain}{i}@{dom}"
        phone = f"{W.PREFIX[mk]}{10000000 + i * 7919 % 9000000}"
        handle = "" if account else f"@{strip(last).lower()}_{strip(first).lower()}{i}"
        c = Cust(key, lang, mk, first, last, email, phone, handle, account)
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle or None,
                "account_id": account,
            },
            "expected_rules": expected,
            "tolerated_rules": tolerated,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"h156-{self.code.lower()}-{self.seq:05d}"
        first_in = not out and not any(
            r["customer"].get("customer_id") == c.key or r["_k"] == c.key
            for r in self.rows
            if r["direction"] == "inbound"
        )
        ref: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if out or first_in:
            ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle or None)
        elif channel == "phone":
            ref["phone"] = c.phone
        elif channel in ("social", "community"):
            if c.handle:
                ref["handle"] = c.handle if self.rough.random() > 0.2 else c.handle.lstrip("@")
            else:
                ref["email"] = c.email
        elif channel == "email":
            ref["email"] = c.email
        else:
            ref["customer_id"] = c.key
        if text and not out and channel not in ("phone", "survey"):
            text = roughen(self.rough, text)
        if text and channel == "social" and not out and "@Sdraiola" not in text:
            text = (
                text.replace("Sdraiola", "@Sdraiola") if "Sdraiola" in text else "@Sdraiola " + text
            )
        a = {"market": c.market} | (attrs or {})
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Chiara", "Loïc", "Marta", "Hanna", "Diego", "Ruth"])
        row = {
            "event_id": eid,
            "occurred_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": ref,
            "text": text,
            "subject": subject,
            "scores": scores or {"nps": None, "csat": None, "ces": None},
            "source": SOURCES[channel],
            "attributes": a,
            "_k": c.key,
        }
        self.rows.append(row)
        return eid

    # ---- reusable acts
    def happy(self, c: Cust, when: datetime, kinds: str = "pqcvrgm") -> None:
        k = self.rng.choice(kinds)
        L = c.lang
        if k == "p":
            self.add(c, when, "social", "post", self.rng.choice(W.PRAISE[L]))
        elif k == "m":
            self.add(c, when, "community", "post", self.rng.choice(W.PRAISE[L]))
        elif k == "g":
            self.add(c, when, "community", "post", self.rng.choice(W.GRIPE_PRAISE[L]))
        elif k == "q":
            self.add(c, when, "chat", "chat", self.rng.choice(W.QUESTION[L]))
            self.add(
                c,
                when + timedelta(minutes=self.rng.randint(1, 6)),
                "chat",
                "chat",
                W.ANSWER[L],
                out=True,
            )
            if self.rng.random() < 0.6:
                self.add(
                    c,
                    when + timedelta(minutes=self.rng.randint(7, 10)),
                    "chat",
                    "chat",
                    self.rng.choice(W.THANKS[L]),
                )
        elif k == "c":
            self.add(c, when, "phone", "call", W.CALL_Q[L])
            self.add(
                c,
                when + timedelta(minutes=self.rng.randint(10, 40)),
                "email",
                "message",
                W.CALL_FOLLOW[L],
                out=True,
            )
        elif k == "v":
            self.add(c, when, "web", "page_view", None, attrs={"page": "/lidos"})
            v = self.rng.choice([18, 24, 32, 42])
            self.add(
                c,
                when + timedelta(minutes=self.rng.randint(3, 12)),
                "web",
                "purchase",
                None,
                attrs={
                    "page": "/checkout",
                    "order_value": f"{v}.00",
                    "currency": "GBP" if c.market == "UK" else "CHF" if c.market == "CH" else "EUR",
                    "product": "Parasol + 2 loungers, day",
                },
            )
        else:
            self.add(
                c, when, "web", "review", W.REVIEW[L], attrs={"rating": "5", "page": "/reviews"}
            )

    def nps(self, c: Cust, when: datetime, score: int) -> str:
        return self.add(
            c,
            when,
            "survey",
            "survey_response",
            self.rng.choice(W.SURVEY_WORD[c.lang]) if score >= 9 else None,
            scores={"nps": score, "csat": None, "ces": None},
            attrs={"survey": "nps"},
        )

    def ref(self) -> str:
        REFS[0] += 1
        return f"SD-{REFS[0]:06d}"

    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        got: dict[str, int] = {}
        for c in self.custs.values():
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            assert any(r["_k"] == c.key and r["direction"] == "inbound" for r in self.rows), c.key
            for r in c.truth["expected_rules"]:
                got[r] = got.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                got[r] = got.get(r, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        assert got == expected, (self.name, got, expected)
        last = max(datetime.strptime(r["occurred_at"], "%Y-%m-%dT%H:%M:%SZ") for r in self.rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 15)
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8", newline="\n") as fh:
            for r in self.rows:
                r = {k: v for k, v in r.items() if k != "_k"}
                r["customer"] = {k: v for k, v in r["customer"].items() if v}
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Sdraiola: beach loungers and parasols booked by app and web at partner beach clubs; Sdraiola Pro for hotels and event firms",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06, blind",
                "expected": expected,
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


USED: set[int] = set()
REFS = [401000]


def iso(d: datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def roughen(rng: random.Random, text: str) -> str:
    x = rng.random()
    if x < 0.1:
        text = strip(text)
    elif x < 0.22:
        text = text[0].lower() + text[1:]
    elif x < 0.35:
        words = text.split(" ")
        cands = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) > 4]
        if cands:
            i = rng.choice(cands)
            w = words[i]
            j = rng.randint(1, len(w) - 3)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def pick_lang(rng: random.Random) -> str:
    return str(rng.choices(W.LANGS, weights=[28, 28, 12, 11, 11, 10])[0])


def days_apart(rng: random.Random, n: int, lo: int, hi: int) -> list[int]:
    return sorted(rng.sample(range(lo, hi), n))


def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 6, 1),
        10,
        "happy writers, night writers, survey answerers",
    )
    for _ in range(16):
        c = f.cust(pick_lang(f.rng), "happy", "day writer", [], [])
        for d in days_apart(f.rng, f.rng.randint(6, 8), 0, 10):
            f.happy(c, f.t(d, 7, 19))
    for _ in range(5):
        c = f.cust(pick_lang(f.rng), "happy", "night writer", [], [])
        for d in days_apart(f.rng, 3, 0, 9):
            f.add(
                c,
                f.t(d, 22.2, 23.9) if f.rng.random() < 0.5 else f.t(d + 1, 0, 4.5),
                "social",
                "post",
                f.rng.choice(W.NIGHT_POST[c.lang]),
            )
        for d in days_apart(f.rng, 2, 0, 10):
            f.happy(c, f.t(d, 9, 18), "pvr")
    for _ in range(5):
        c = f.cust(pick_lang(f.rng), "happy", "answers surveys", [], [])
        for d in days_apart(f.rng, f.rng.randint(3, 5), 0, 10):
            f.nps(c, f.t(d, 8, 20), f.rng.choice([9, 10]))
    f.write({})


def bad_moment(
    f: Fam, c: Cust, when: datetime, problem: str, channel: str, long_email: bool = False
) -> tuple[str, str | None]:
    L = c.lang
    ref: str | None = None
    if long_email:
        text = W.LONG_EMAIL[L].format(
            problem_fr=W.LONG_PROBLEM["fr"][problem],
            problem_it=W.LONG_PROBLEM["it"][problem],
            name=c.first,
        )
        eid = f.add(
            c,
            when,
            "email",
            "message",
            text,
            subject={"fr": "Réclamation : ", "it": "Reclamo: "}[L] + W.PROBLEM_TOPIC[problem],
        )
    elif channel == "phone":
        eid = f.add(c, when, "phone", "call", W.CALL_COMPLAINT[L].format(p=W.CALL_P[L][problem]))
    elif channel == "email":
        eid = f.add(
            c,
            when,
            "email",
            "message",
            f.rng.choice(W.COMPLAINT[problem][L]),
            subject="Complaint: " + W.PROBLEM_TOPIC[problem],
        )
    elif channel == "web":
        eid = f.add(
            c,
            when,
            "web",
            "ticket",
            f.rng.choice(W.COMPLAINT[problem][L]),
            attrs={"page": "/help/contact"},
        )
    elif channel == "chat":
        eid = f.add(c, when, "chat", "chat", f.rng.choice(W.COMPLAINT[problem][L]))
    else:
        eid = f.add(c, when, "social", "mention", f.rng.choice(W.COMPLAINT[problem][L]))
    if channel != "social":
        ref = f.ref()
        if channel == "chat":
            f.add(
                c,
                when + timedelta(minutes=f.rng.randint(2, 6)),
                "chat",
                "chat",
                W.CASE_OPENED[L].format(first=c.first, ref=ref),
                out=True,
            )
        else:
            f.add(
                c,
                when + timedelta(minutes=f.rng.randint(10, 40)),
                "email",
                "message",
                W.CASE_OPENED[L].format(first=c.first, ref=ref),
                out=True,
                subject=f"RE: {ref}",
            )
    return eid, ref


def daymove(d: datetime) -> datetime:
    if d.hour >= 22:
        return d.replace(hour=8, minute=d.minute % 60) + timedelta(days=1)
    if d.hour < 7:
        return d.replace(hour=8)
    return d


def one_bad_day() -> None:
    f = Fam("one_bad_day", "BD", 2, datetime(2026, 6, 15), 12, "happy customers with one bad day")
    chans = (
        ["longmail"] * 4
        + ["email"] * 4
        + ["chat"] * 4
        + ["social"] * 4
        + ["web"] * 4
        + ["phone"] * 4
    )
    probs = ["double_charge", "refund", "wrong_row"] * 8
    f.rng.shuffle(probs)
    det = 0
    for i, ch in enumerate(chans):
        lang = ["fr", "it"][i % 2] if ch == "longmail" else pick_lang(f.rng)
        bd = f.rng.randint(2, 9)
        c = f.cust(lang, "happy_one_bad_day", "one bad day", [], ["silence"])
        for d in days_apart(f.rng, f.rng.randint(1, 4), 0, 12):
            if d < bd - 1 or d > bd + 2:
                f.happy(c, f.t(d, 8, 19))
        when = f.t(bd, 8, 20)
        eid, ref = bad_moment(
            f, c, when, probs[i], "email" if ch == "longmail" else ch, ch == "longmail"
        )
        c.truth.update(
            problem=probs[i],
            bad_day_at=iso(when),
            bad_day_event_id=eid,
            booking=ref,
            long_email=ch == "longmail",
            trouble_starts_at=iso(when),
        )
        if ref and det < 6 and i % 3 == 0:
            det += 1
            s = f.rng.randint(1, 5)
            sid = f.nps(c, when + timedelta(minutes=f.rng.randint(100, 140)), s)
            c.truth.update(
                persona="bad_day_detractor",
                expected_rules=["detractor"],
                nps_given=True,
                nps=s,
                survey_event_id=sid,
            )
        elif ref and f.rng.random() < 0.3:
            s = f.rng.randint(1, 2)
            sid = f.add(
                c,
                when + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                None,
                scores={"nps": None, "csat": s, "ces": None},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, csat=s, survey_event_id=sid)
        if ref and f.rng.random() < 0.6:
            f.add(
                c,
                daymove(when + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                "message",
                W.GOOD_NEWS[c.lang].format(first=c.first, ref=ref),
                out=True,
                subject=f"RE: {ref}",
            )
            if f.rng.random() < 0.45:
                a = daymove(when + timedelta(hours=f.rng.uniform(16, 24)))
                aid = f.add(c, a, "chat", "chat", f.rng.choice(W.APOLOGY[c.lang]))
                c.truth.update(apologised=True, apology_at=iso(a), apology_event_id=aid)
    for _ in range(8):
        c = f.cust(pick_lang(f.rng), "happy", "control", [], [])
        for d in days_apart(f.rng, f.rng.randint(4, 7), 0, 12):
            f.happy(c, f.t(d, 8, 19))
    f.write({"detractor": det})


LATER_CH = ["email", "chat", "phone", "web", "social"]


def repeat_run(
    f: Fam, c: Cust, first_day: int, times: int, first_ch: str, problem: str, escalate: bool
) -> None:
    L = c.lang
    when = f.t(first_day, 8, 19)
    eid, ref = bad_moment(f, c, when, problem, first_ch)
    assert ref
    if escalate:
        f.add(
            c,
            when + timedelta(hours=f.rng.uniform(1.5, 2.5)),
            "email",
            "message",
            W.ESCALATED[L].format(first=c.first, ref=ref),
            out=True,
            subject=f"RE: {ref}",
        )
    ids = [eid]
    chans = [ch for ch in LATER_CH if ch != first_ch]
    f.rng.shuffle(chans)
    comp = f.rng.choice(W.COMPETITORS)
    for n in range(2, times + 1):
        when = daymove(when + timedelta(hours=f.rng.uniform(4, 40)))
        text = (
            W.THIRD[L].format(ref=ref, comp=comp)
            if n == 3
            else W.FOURTH[L].format(ref=ref)
            if n == 4
            else f.rng.choice(W.STILL_OPEN[L]).format(ref=ref)
        )
        ch = chans[n - 2]
        if ch == "phone":
            text = text.lower().replace(".", "").replace("?", "").replace(",", "")
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        ids.append(
            f.add(
                c,
                when,
                ch,
                kind,
                text,
                subject=f"RE: {ref}" if ch == "email" else None,
                attrs={"page": "/help/contact"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            f.add(
                c,
                when + timedelta(minutes=3),
                "chat",
                "chat",
                W.URGENT[L].format(ref=ref),
                out=True,
            )
    c.truth.update(
        problem=problem,
        booking=ref,
        contacts=times,
        problem_event_ids=ids,
        agent_passed_on=escalate,
        competitor=comp if times >= 3 else None,
        trouble_starts_at=iso(
            datetime.strptime(
                f.rows[[r["event_id"] for r in f.rows].index(eid)]["occurred_at"],
                "%Y-%m-%dT%H:%M:%SZ",
            )
        ),
    )


def fixed_run(f: Fam, c: Cust, day: int, problem: str) -> dict[str, Any]:
    when = f.t(day, 8, 18)
    eid, ref = bad_moment(f, c, when, problem, "web")
    assert ref
    fx = daymove(when + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(
        c,
        fx,
        "email",
        "message",
        W.GOOD_NEWS[c.lang].format(first=c.first, ref=ref),
        out=True,
        subject=f"RE: {ref}",
    )
    cf = daymove(fx + timedelta(hours=f.rng.uniform(8, 30)))
    cid = f.add(c, cf, "email", "message", W.CONFIRM[c.lang].format(ref=ref), subject=f"RE: {ref}")
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(when),
        "fixed_at": iso(fx),
        "confirmed_at": iso(cf),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": "web",
        "confirm_channel": "email",
    }


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 7, 6),
        10,
        "repeat contacts, fixed cases, frequent writers",
    )
    probs = ["double_charge", "refund", "wrong_row"]
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    for i in range(12):
        c = f.cust(pick_lang(f.rng), "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        for _ in range(f.rng.randint(1, 2)):
            f.happy(c, f.t(0, 7, 12), "pvr")
        repeat_run(f, c, 1 + i % 4, 2 + i % 3, firsts[i], probs[i % 3], i % 2 == 0)
    for i in range(5):
        c = f.cust(pick_lang(f.rng), "resolved_between_contacts", "fixed", [], ["silence"])
        f.happy(c, f.t(0, 8, 12))
        c.truth["problems"] = [fixed_run(f, c, 1 + i % 3, probs[i % 3])]
    for i in range(3):
        c = f.cust(pick_lang(f.rng), "different_problems", "two problems", [], ["silence"])
        c.truth["problems"] = [fixed_run(f, c, 1, probs[i]), fixed_run(f, c, 6, probs[(i + 1) % 3])]
    for _ in range(7):
        c = f.cust(pick_lang(f.rng), "happy", "frequent writer", [], [])
        for d in days_apart(f.rng, f.rng.randint(5, 8), 0, 10):
            f.happy(c, f.t(d, 8, 19), "qqcqp")
    f.write({"repeat_contact": 12})


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str] | None = None) -> list[str]:
    comp = f.rng.choice(W.COMPETITORS)
    ids = []
    when = f.t(start_day, 8, 18)
    for n in range(6):
        L = langs[n % len(langs)] if langs else c.lang
        text = W.SLIDE[L][n].format(comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    when,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][n]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, when, ch, "post", text))
        if n == 3:
            c.truth["_after4"] = iso(when)
        when = daymove(when + timedelta(hours=max(1.0, span * 24 / 6 * f.rng.uniform(0.6, 1.3))))
    c.truth.update(slide_event_ids=ids, slide_days=span, competitor=comp)
    return ids


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 20),
        32,
        "slow churners, leavers, steady, grumpy, sarcastic",
    )
    det = 0
    for i in range(10):
        c = f.cust(
            pick_lang(f.rng),
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
        for d in days_apart(f.rng, 4, 0, 11):
            f.add(
                c,
                f.t(d, 8, 20),
                f.rng.choice(["social", "community"]),
                "post",
                f.rng.choice(W.PRAISE[c.lang]),
            )
        for d in days_apart(f.rng, 3, 0, 11):
            f.happy(c, f.t(d, 8, 20), "qvcr")
        sd = 12 + i % 5
        ids = slide(f, c, sd, [3, 5, 9][i % 3])
        c.truth["trouble_starts_at"] = next(
            r["occurred_at"] for r in f.rows if r["event_id"] == ids[0]
        )
        a4 = datetime.strptime(c.truth.pop("_after4"), "%Y-%m-%dT%H:%M:%SZ")
        if i < 5:
            s = f.rng.randint(1, 5)
            sid = f.nps(c, daymove(a4 + timedelta(hours=f.rng.uniform(2.5, 3.5))), s)
            c.truth.update(
                nps_given=True,
                nps=s,
                survey_event_id=sid,
                expected_rules=["sentiment_drop", "detractor"],
            )
            det += 1
    for i in range(5):
        c = f.cust(
            pick_lang(f.rng),
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        for d in days_apart(f.rng, f.rng.randint(4, 6), 0, 16):
            f.happy(c, f.t(d, 8, 20))
        when = f.t(17 + i, 9, 18)
        eid = f.add(
            c, when, "email", "message", W.CANCEL[c.lang], subject="Annulation / Disdetta / Cancel"
        )
        f.add(
            c,
            daymove(when + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            W.SORRY_GO[c.lang].format(first=c.first),
            out=True,
        )
        cw = daymove(when + timedelta(hours=f.rng.uniform(20, 30)))
        cid = f.add(
            c,
            cw,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/cancel", "product": "Season pass"},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(cw),
            trouble_starts_at=iso(when),
        )
    for _ in range(6):
        c = f.cust(pick_lang(f.rng), "happy", "steady", [], [])
        for d in days_apart(f.rng, f.rng.randint(6, 10), 0, 32):
            f.happy(c, f.t(d, 8, 20))
    for _ in range(5):
        c = f.cust(
            pick_lang(f.rng), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"]
        )
        d = f.rng.randint(0, 4)
        gids = []
        for _ in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web", "review"])
            txt = f.rng.choice(W.GRUMBLE[c.lang])
            if ch == "review":
                gids.append(
                    f.add(
                        c,
                        f.t(d, 8, 20),
                        "web",
                        "review",
                        txt,
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            elif ch == "web":
                gids.append(
                    f.add(c, f.t(d, 8, 20), "web", "ticket", txt, attrs={"page": "/help/contact"})
                )
            else:
                gids.append(f.add(c, f.t(d, 8, 20), ch, "post", txt))
            d += f.rng.randint(1, 3)
        c.truth.update(
            grumble_event_ids=gids,
            trouble_starts_at=next(r["occurred_at"] for r in f.rows if r["event_id"] == gids[0]),
        )
    for _ in range(5):
        c = f.cust(pick_lang(f.rng), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        for d in days_apart(f.rng, 4, 0, 16):
            f.happy(c, f.t(d, 8, 20))
        sid = f.add(c, f.t(f.rng.randint(17, 28), 9, 19), "social", "post", W.SARCASM[c.lang])
        c.truth["sarcasm_event_id"] = sid
    f.write({"sentiment_drop": 10, "detractor": det, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(
        "quiet_hours", "QH", 5, datetime(2026, 8, 21), 3, "a calm weekend with night-owl bursts"
    )
    for _ in range(16):
        c = f.cust(pick_lang(f.rng), "happy", "day writer", [], [])
        for d in days_apart(f.rng, f.rng.randint(1, 3), 0, 3):
            f.happy(c, f.t(d, 7, 17.5))
    for i in range(4):
        c = f.cust(pick_lang(f.rng), "grumbles_once", "grumbles once", [], ["silence"])
        w = f.t(i % 3, 9, 17)
        f.add(c, w, "web", "page_view", None, attrs={"page": "/lidos"})
        g = w + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            gid = f.add(c, g, "chat", "chat", W.MILD[c.lang])
            f.add(c, g + timedelta(minutes=4), "chat", "chat", W.ANSWER[c.lang], out=True)
        else:
            gid = f.add(c, g, "web", "ticket", W.MILD[c.lang], attrs={"page": "/help/contact"})
            ref = f.ref()
            f.add(
                c,
                g + timedelta(minutes=25),
                "email",
                "message",
                W.B2B_ACK[c.lang].format(first=c.first, ref=ref),
                out=True,
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(g))
    for night in range(3):
        base = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            for _ in range(4):
                c = f.cust(
                    pick_lang(f.rng), "night_owl", f"night {night + 1}, burst {b + 1}", [], []
                )
                w = base + timedelta(minutes=off + f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    nid = f.add(c, w, "chat", "chat", f.rng.choice(W.QUESTION[c.lang]))
                    f.add(c, w + timedelta(minutes=3), "chat", "chat", W.ANSWER[c.lang], out=True)
                    f.add(
                        c, w + timedelta(minutes=6), "chat", "chat", f.rng.choice(W.THANKS[c.lang])
                    )
                else:
                    nid = f.add(c, w, "social", "post", f.rng.choice(W.NIGHT_POST[c.lang]))
                c.truth.update(burst_at=iso(base + timedelta(minutes=off)), night_event_id=nid)
                if f.rng.random() < 0.5:
                    f.happy(c, f.t(f.rng.randint(0, 2), 9, 17.5), "pvr")
    f.write({})


def bilingual() -> None:
    f = Fam("bilingual", "BL", 6, datetime(2026, 8, 31), 14, "customers writing in two languages")
    pairs = [
        ("fr", "it"),
        ("it", "fr"),
        ("fr", "en"),
        ("it", "de"),
        ("de", "fr"),
        ("pt", "es"),
        ("es", "it"),
        ("en", "fr"),
        ("it", "en"),
        ("fr", "de"),
        ("it", "pt"),
        ("pt", "fr"),
    ]
    n = 0

    def mk(persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, list[str]]:
        nonlocal n
        p = list(pairs[n % len(pairs)])
        n += 1
        c = f.cust(p[0], persona, habit, exp, tol)
        c.truth.update(
            languages=p, job_second_language="partner's family / works across the border"
        )
        return c, p

    for _ in range(12):
        c, p = mk("happy", "alternates languages", [], [])
        for j, d in enumerate(days_apart(f.rng, f.rng.randint(5, 7), 0, 14)):
            c.lang = p[j % 2]
            f.happy(c, f.t(d, 8, 19))
        c.lang = p[0]
    probs = ["double_charge", "refund", "wrong_row"]
    for i in range(5):
        c, p = mk("repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        f.happy(c, f.t(0, 8, 12), "pvr")
        c.lang = p[1]
        repeat_run(f, c, 2 + i % 3, [2, 2, 3, 3, 4][i], "web", probs[i % 3], i >= 2)
        c.lang = p[0]
    for i in range(5):
        c, p = mk(
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
        for j, d in enumerate(days_apart(f.rng, 5, 0, 6)):
            f.add(c, f.t(d, 8, 20), "social", "post", f.rng.choice(W.PRAISE[p[j % 2]]))
        f.happy(c, f.t(f.rng.randint(0, 6), 8, 20), "vr")
        ids = slide(f, c, 7 + i % 2, [3, 4, 5][i % 3], p)
        c.truth.pop("_after4")
        c.truth["trouble_starts_at"] = next(
            r["occurred_at"] for r in f.rows if r["event_id"] == ids[0]
        )
    for i in range(3):
        c, p = mk("happy_one_bad_day", "one bad day", [], ["silence"])
        for d in days_apart(f.rng, 3, 0, 5):
            f.happy(c, f.t(d, 8, 19))
        c.lang = p[1]
        when = f.t(8, 9, 18)
        eid, ref = bad_moment(
            f,
            c,
            when,
            probs[i],
            ["email", "email", "chat"][i],
            long_email=i == 0 and p[1] in ("fr", "it"),
        )
        c.truth.update(
            bad_day_at=iso(when),
            bad_day_event_id=eid,
            bad_day_language=p[1],
            booking=ref,
            problem=probs[i],
            trouble_starts_at=iso(when),
        )
        c.lang = p[0]
    for i in range(2):
        c, p = mk("resolved_between_contacts", "fixed", [], ["silence"])
        f.happy(c, f.t(0, 9, 12))
        fx = fixed_run(f, c, 3 + i, probs[i])
        c.truth.update(problems=[fx], confirm_language=p[0])
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam("b2b_accounts", "BB", 7, datetime(2026, 9, 14), 14, "Sdraiola Pro company accounts")
    specs = [
        ("at_risk", 4, "invoice", "it", "hotel"),
        ("at_risk", 3, "released", "fr", "hotel"),
        ("at_risk", 3, "released", "it", "language school"),
        ("at_risk", 4, "invoice", "fr", "events"),
        ("at_risk", 3, "invoice", "de", "hotel"),
        ("one_unhappy", 1, "released", "it", "hotel"),
        ("one_unhappy", 1, "invoice", "fr", "camping"),
        ("one_unhappy", 1, "invoice", "pt", "events"),
        ("one_unhappy", 1, "released", "es", "hotel"),
        ("mild", 0, "", "it", "hotel"),
        ("mild", 0, "", "fr", "events"),
        ("mild", 0, "", "en", "language school"),
        ("happy", 0, "", "it", "hotel"),
        ("happy", 0, "", "fr", "camping"),
        ("happy", 0, "", "de", "hotel"),
    ]
    names = [
        "Hotel Miramare",
        "Résidence Les Pins",
        "Scuola Onda",
        "Azur Événements",
        "Ostseehof",
        "Albergo Sole",
        "Camping La Dune",
        "Eventos Atlântico",
        "Hotel Marbella Sol",
        "Pensione Gabbiano",
        "Mistral Séminaires",
        "Seaside English",
        "Grand Hotel Lido",
        "Camping Côte Sauvage",
        "Strandhotel Wiek",
    ]
    det = 0
    # weekday office hours: days 0-4 and 7-11
    for ai, (kind, nun, prob, lang, site) in enumerate(specs):
        acc = f"SDP-{W.MARKETS[lang][0]}-{5100 + ai}"
        mk = W.MARKETS[lang][0]
        ncont = {
            "at_risk": nun + f.rng.randint(1, 2),
            "one_unhappy": 3,
            "mild": f.rng.randint(3, 4),
            "happy": 3,
        }[kind]
        conts = []
        for j in range(ncont):
            unhappy = j < nun
            if kind == "at_risk" and unhappy:
                last = j == nun - 1
                exp = ["repeat_contact"] if last else ["detractor"]
                c = f.cust(
                    lang,
                    "b2b_unhappy",
                    "complainer",
                    exp,
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                    account=acc,
                    market=mk,
                )
            elif kind == "one_unhappy" and unhappy:
                c = f.cust(
                    lang,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    account=acc,
                    market=mk,
                )
            elif kind == "mild" and j < 2:
                c = f.cust(lang, "b2b_mild", "suggests", [], ["silence"], account=acc, market=mk)
            else:
                c = f.cust(lang, "b2b_happy", "contact", [], [], account=acc, market=mk)
            c.truth.update(
                company=names[ai],
                role=c.truth["habit"],
                job_title=f.rng.choice(
                    [
                        "Front office manager",
                        "Guest relations",
                        "Accounts",
                        "Operations manager",
                        "Events coordinator",
                    ]
                ),
            )
            conts.append(c)
        for c in conts:
            for _ in range(
                f.rng.randint(0, 2) if c.truth["persona"] != "b2b_happy" else f.rng.randint(2, 4)
            ):
                d = (
                    f.rng.choice([0, 1])
                    if c.truth["persona"] != "b2b_happy"
                    else f.rng.choice([0, 1, 2, 3, 4, 7, 8, 9, 10, 11])
                )
                w = f.t(d, 8, 16.5)
                k = f.rng.choice("qv")
                if k == "q":
                    f.add(c, w, "chat", "chat", f.rng.choice(W.QUESTION[c.lang]))
                    f.add(
                        c,
                        w + timedelta(minutes=f.rng.randint(1, 6)),
                        "chat",
                        "chat",
                        W.ANSWER[c.lang],
                        out=True,
                    )
                else:
                    f.add(c, w, "web", "page_view", None, attrs={"page": "/pro/bookings"})
                    f.add(
                        c,
                        w + timedelta(minutes=5),
                        "web",
                        "purchase",
                        None,
                        attrs={
                            "page": "/pro/checkout",
                            "order_value": "540.00",
                            "currency": "EUR",
                            "product": "Block of 20 loungers, day",
                        },
                    )
            if c.truth["persona"] == "b2b_happy" and f.rng.random() < 0.5:
                f.add(
                    c,
                    f.t(f.rng.choice([2, 3, 8]), 9, 16),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.choice([9, 10]), "csat": None, "ces": None},
                    attrs={"survey": "nps"},
                )
        unhappy_keys = [
            c.key for c in conts if c.truth["persona"] in ("b2b_unhappy", "b2b_one_unhappy")
        ]
        a: dict[str, Any] = {
            "company": names[ai],
            "site": site,
            "contacts": ncont,
            "contact_keys": [c.key for c in conts],
            "unhappy_contacts": len(unhappy_keys),
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
            when = f.start + timedelta(days=2, hours=8, minutes=f.rng.randint(0, 120))
            ref = f.ref()
            first0 = conts[0].first
            for j in range(nun):
                c = conts[j]
                if j == 0:
                    eid = f.add(
                        c,
                        when,
                        "email",
                        "message",
                        W.B2B_COMPLAINT[prob][lang],
                        subject="Complaint: " + W.B2B_PROBLEM[prob],
                    )
                    f.add(
                        c,
                        when + timedelta(minutes=45),
                        "email",
                        "message",
                        W.B2B_ACK[lang].format(first=c.first, ref=ref),
                        out=True,
                        subject=f"RE: {ref}",
                    )
                    a["trouble_starts_at"] = iso(when)
                else:
                    when = when + timedelta(hours=f.rng.uniform(8, 28))
                    while when.weekday() > 4 or not 8 <= when.hour < 17:
                        when = (
                            (when + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(5, 50))
                            if when.hour >= 17 or when.weekday() > 4
                            else when.replace(hour=8)
                        )
                    eid = f.add(
                        c,
                        when,
                        "email",
                        "message",
                        W.B2B_LATER[lang].format(
                            first0=first0,
                            day=W.DAYNAME[lang][2],
                            ref=ref,
                            p=W.B2B_COMPLAINT[prob][lang].split(",")[0],
                        ),
                        subject=f"RE: {ref}",
                    )
                ids = [eid]
                if j < nun - 1:
                    s = f.rng.randint(1, 5)
                    sid = f.nps(c, when + timedelta(hours=f.rng.uniform(1, 2.5)), s)
                    c.truth.update(nps_given=True, nps=s, survey_event_id=sid)
                    det += 1
                else:
                    w2 = when + timedelta(hours=f.rng.uniform(18, 30))
                    while w2.weekday() > 4 or not 8 <= w2.hour < 17:
                        w2 = (
                            (w2 + timedelta(days=1)).replace(hour=9)
                            if w2.hour >= 17 or w2.weekday() > 4
                            else w2.replace(hour=9)
                        )
                    ids.append(f.add(c, w2, "phone", "call", W.B2B_LAST_CALL[lang].format(ref=ref)))
                c.truth.update(
                    problem=prob,
                    booking=ref,
                    complaint_event_ids=ids,
                    trouble_starts_at=iso(
                        datetime.strptime(
                            next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0]),
                            "%Y-%m-%dT%H:%M:%SZ",
                        )
                    ),
                )
        elif kind == "one_unhappy":
            c = conts[0]
            when = f.start + timedelta(
                days=3 + ai % 5 if 3 + ai % 5 < 5 else 7 + ai % 3, hours=f.rng.randint(9, 15)
            )
            ref = f.ref()
            eid = f.add(
                c,
                when,
                "email",
                "message",
                W.B2B_COMPLAINT[prob][lang],
                subject="Complaint: " + W.B2B_PROBLEM[prob],
            )
            f.add(
                c,
                when + timedelta(minutes=40),
                "email",
                "message",
                W.B2B_ACK[lang].format(first=c.first, ref=ref),
                out=True,
                subject=f"RE: {ref}",
            )
            s = f.rng.randint(1, 5)
            sid = f.nps(c, when + timedelta(hours=2), s)
            det += 1
            c.truth.update(
                problem=prob,
                booking=ref,
                complaint_event_ids=[eid],
                nps_given=True,
                nps=s,
                survey_event_id=sid,
                trouble_starts_at=iso(when),
            )
        elif kind == "mild":
            for c in conts[:2]:
                when = f.t(f.rng.choice([8, 9, 10]), 9, 16)
                mid = f.add(
                    c, when, "web", "ticket", W.B2B_MILD[lang], attrs={"page": "/pro/feedback"}
                )
                f.add(
                    c,
                    when + timedelta(minutes=50),
                    "email",
                    "message",
                    W.B2B_ACK[lang].format(first=c.first, ref=f.ref()),
                    out=True,
                )
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(when))
        f.accounts[acc] = a
    f.write({"account_risk": 5, "detractor": det, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam(
        "topic_spike", "TS", 8, datetime(2026, 9, 21), 7, "a calm week with one planted incident"
    )
    for _ in range(40):
        c = f.cust(pick_lang(f.rng), "happy", "day writer", [], [])
        for d in days_apart(f.rng, f.rng.randint(2, 5), 0, 6):
            f.happy(c, f.t(d, 12 if d == 5 else 8, 19))
    for lang in ("fr", "it"):
        c = f.cust(lang, "grumbles_once", "grumbles once", [], ["silence"])
        w = f.t(0, 9, 16)
        gid = f.add(c, w, "chat", "chat", W.MILD[lang])
        f.add(c, w + timedelta(minutes=4), "chat", "chat", W.ANSWER[lang], out=True)
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(w))
    for lang, h in (("fr", 9.5), ("it", 15.5)):
        c = f.cust(lang, "grumbles_once", "lone question", [], ["silence"])
        w = f.start + timedelta(days=4, hours=h)
        lid = f.add(c, w, "chat", "chat", W.LONE_Q[lang])
        f.add(c, w + timedelta(minutes=5), "chat", "chat", W.LONE_A[lang], out=True)
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(w))
    langs = ["fr"] * 6 + ["it"] * 6 + ["de"] * 2 + ["pt"] * 2 + ["es"] * 2 + ["en"] * 2
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    s0 = datetime(2026, 9, 26, 9, 10)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    f.rng.shuffle(langs)
    keys, eids, reps = [], [], []
    nrep = 0
    for i in range(20):
        regular = i % 5 != 0
        c = f.cust(langs[i], "spike_reporter", "regular" if regular else "new", [], ["silence"])
        if regular:
            for _ in range(f.rng.randint(1, 2)):
                f.happy(c, f.t(2, 8, 17.5), "pvrq")
        w = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        txt = f.rng.choice(W.SPIKE[c.lang])
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = f.add(
            c,
            w,
            ch,
            kind,
            txt,
            subject="Réservation / Prenotazione / Booking" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(c, w + timedelta(minutes=2), "chat", "chat", W.SPIKE_CHAT_A[c.lang], out=True)
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(w),
        )
        if nrep < 6 and offs[i] <= 25 and i % 2 == 0:
            nrep += 1
            ch2 = [x for x in ("email", "chat", "community") if x != ch][nrep % 2]
            w2 = w + timedelta(minutes=f.rng.randint(15, 50))
            rid = f.add(
                c,
                w2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                W.SPIKE_AGAIN[c.lang],
            )
            reps.append(rid)
            c.truth.update(
                persona="spike_repeater",
                expected_rules=["repeat_contact"],
                tolerated_rules=["silence", "sentiment_drop"],
                repeat_event_id=rid,
            )
        elif i % 3 == 1:
            f.add(
                c,
                datetime(2026, 9, 26, 11, f.rng.randint(5, 20)),
                "email",
                "message",
                W.SPIKE_FIXED[c.lang].format(first=c.first),
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "beach-spot bookings assigned twice: customers arrive to find their numbered parasol or lounger taken by another family holding the same booking",
        "about": "the business's own booking system double-assigning spots at several partner beaches",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write({"topic_spike": 1, "repeat_contact": nrep})


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
    for fam in FAMILIES:
        fam()


if __name__ == "__main__":
    main()
