"""Generate heldout309 (blind): Cordalto, string-instrument repair by courier."""

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

SEED = 20261010
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
LANGS = ["fr", "en", "de", "es", "it", "pt"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "fr": ["FR", "FR", "BE", "CH"],
    "en": ["UK", "UK", "IE"],
    "de": ["DE", "AT"],
    "es": ["ES"],
    "it": ["IT"],
    "pt": ["PT"],
}
PHONE = {
    "FR": "+33 6",
    "BE": "+32 470",
    "CH": "+41 79",
    "UK": "+44 7700",
    "IE": "+353 87",
    "DE": "+49 151",
    "AT": "+43 664",
    "ES": "+34 6",
    "IT": "+39 333",
    "PT": "+351 91",
}
COMPS = ["Luthéo", "Frettwerk"]
SOURCE = {
    "email": "cordalto-mail",
    "phone": "cordalto-voice",
    "social": "cordalto-social",
    "community": "cordalto-forum",
    "chat": "cordalto-chat",
    "web": "cordalto-web",
    "survey": "cordalto-survey",
}
KIND = {
    "email": "message",
    "phone": "call",
    "social": "mention",
    "community": "post",
    "chat": "chat",
    "web": "ticket",
    "survey": "survey_response",
}
TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SERIAL = [1000]


def nxt() -> int:
    SERIAL[0] += 1
    return SERIAL[0]


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
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, Any] = {}
        self.spike: dict[str, Any] = {}

    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=int(day), hours=h0 + self.rng.random() * (h1 - h0))

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
        lang = lang or self.rng.choices(LANGS, WEIGHTS)[0]
        market = market or self.rng.choice(MARKETS[lang])
        i = nxt()
        first = self.rng.choice(W.FIRST[lang])
        last = self.rng.choice(W.LAST[lang])
        slug = (
            unicodedata.normalize("NFKD", f"{first}.{last}")
            .encode("ascii", "ignore")
            .decode()
            .lower()
            .replace(" ", "")
        )
        key = f"CD{self.code}{i}"
        email = f"{slug}{i}@{account.lower() + '.example' if account else 'mail.example'}"
        handle = None if account else f"@{slug.replace('.', '_')}{i}"
        c = Cust(
            key, lang, market, first, email, f"{PHONE[market]} {i:04d}{i % 97:03d}", handle, account
        )
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in c.phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        text: str | None,
        *,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        kind: str | None = None,
    ) -> str:
        eid = f"cd309-{self.code.lower()}-{len(self.rows) + 1:05d}"
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text and channel == "phone":
            text = "".join(ch for ch in text.lower() if ch.isalnum() or ch in " '-:").strip()
        if channel == "social" and text and not out and "@Cordalto" not in text:
            text = (
                text.replace("Cordalto", "@Cordalto", 1)
                if "Cordalto" in text
                else "@Cordalto " + text
            )
        a = {"market": c.market} | (attrs or {})
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Inès", "Mark", "Sabine", "Rafa", "Paola", "Nuno"])
        self.rows.append(
            {
                "event_id": eid,
                "ts": ts,
                "channel": channel,
                "kind": kind or KIND[channel],
                "direction": "outbound" if out else "inbound",
                "cust": c,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "attributes": a,
            }
        )
        return eid

    def roughen(self, text: str) -> str:
        if self.rr.random() < 0.1:
            text = "".join(
                ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
            )
        if self.rr.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if self.rr.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
            if idx:
                i = self.rr.choice(idx)
                w = words[i]
                j = self.rr.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def ref(self) -> str:
        return f"CD-{700000 + nxt()}"

    # -------------------------------------------------------------- acts --
    def happy(self, c: Cust, ts: datetime, with_survey: bool = True) -> None:
        r = self.rng.random()
        lang = c.lang
        if r < 0.2:
            self.add(
                c,
                ts,
                self.rng.choice(["social", "community"]),
                W.pick(self.rng, W.T, lang, "praise"),
            )
        elif r < 0.4:
            self.add(c, ts, "chat", W.pick(self.rng, W.T, lang, "question"))
            self.add(
                c,
                ts + timedelta(minutes=self.rng.randint(1, 6)),
                "chat",
                W.pick(self.rng, W.T, lang, "answer"),
                out=True,
            )
            if self.rng.random() < 0.6:
                self.add(
                    c, ts + timedelta(minutes=8), "chat", W.pick(self.rng, W.T, lang, "thanks")
                )
        elif r < 0.55:
            p, v = self.rng.choice(W.PRODUCTS)
            self.add(c, ts, "web", None, kind="page_view", attrs={"page": "/book"})
            self.add(
                c,
                ts + timedelta(minutes=4),
                "web",
                None,
                kind="purchase",
                attrs={
                    "page": "/checkout",
                    "product": p,
                    "order_value": f"{v}.00",
                    "currency": "GBP" if c.market in ("UK",) else "EUR",
                },
            )
        elif r < 0.65:
            self.add(
                c,
                ts,
                "web",
                W.pick(self.rng, W.T, lang, "review"),
                kind="review",
                attrs={"rating": "5", "page": "/reviews"},
            )
        elif r < 0.75:
            self.add(c, ts, "email", W.pick(self.rng, W.T, lang, "question"))
            self.add(
                c,
                ts + timedelta(minutes=self.rng.randint(30, 120)),
                "email",
                W.pick(self.rng, W.T, lang, "answer"),
                out=True,
            )
        elif r < 0.82:
            self.add(c, ts, "social", W.pick(self.rng, W.T, lang, "gripe_praise"))
        elif r < 0.9 or not with_survey:
            self.add(c, ts, "web", None, kind="page_view", attrs={"page": "/instruments"})
        else:
            self.add(
                c,
                ts,
                "survey",
                W.pick(self.rng, W.T, lang, "survey_word"),
                scores={"nps": self.rng.choice([9, 10])},
                attrs={"survey": "nps"},
            )

    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r["ts"], r["event_id"]))
        seen: set[str] = set()
        out: list[str] = []
        for r in self.rows:
            c: Cust = r["cust"]
            full = r["direction"] == "outbound" or c.key not in seen
            if r["direction"] == "inbound":
                seen.add(c.key)
            if full:
                ref: dict[str, Any] = {
                    "customer_id": c.key,
                    "email": c.email,
                    "phone": c.phone,
                    "handle": c.handle,
                    "account_id": c.account,
                }
            elif r["channel"] == "phone":
                ref = {"phone": c.phone, "account_id": c.account}
            elif r["channel"] in ("social", "community"):
                ref = (
                    {"handle": c.handle, "account_id": c.account}
                    if c.handle
                    else {"email": c.email, "account_id": c.account}
                )
            elif r["channel"] == "email":
                ref = {"email": c.email, "account_id": c.account}
            else:
                ref = {"customer_id": c.key, "account_id": c.account}
            assert r["ts"] < LIMIT and r["ts"].year == 2026
            rec = {
                "event_id": r["event_id"],
                "occurred_at": r["ts"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": r["channel"],
                "kind": r["kind"],
                "direction": r["direction"],
                "customer": ref,
                "text": r["text"],
                "subject": r["subject"],
                "scores": r["scores"],
                "source": SOURCE[r["channel"]],
                "attributes": r["attributes"],
            }
            out.append(json.dumps(rec, ensure_ascii=False))
        for c in self.custs.values():
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            assert c.key in seen, c.key
        counted: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        if self.spike:
            counted["topic_spike"] = 1
        assert counted == expected, (self.name, counted, expected)
        end = max(self.start + timedelta(days=self.days), self.rows[-1]["ts"] + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Cordalto (string-instrument repair by courier)",
                "days": self.days,
                "seed": SEED,
                "written": "blind",
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
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d(2026, 1, 19),
        10,
        "happy day and night writers, survey-only customers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for day in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy(c, f.at(day, 7, 19))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for day in f.rng.sample(range(9), f.rng.randint(2, 4)):
            f.add(
                c,
                f.at(day, 22.2, 23.9),
                f.rng.choice(["social", "community"]),
                W.pick(f.rng, W.T, c.lang, "night"),
            )
        for day in f.rng.sample(range(10), 2):
            f.happy(c, f.at(day, 9, 18), with_survey=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for day in f.rng.sample(range(10), f.rng.randint(3, 6)):
            kind = f.rng.choice(["nps", "csat", "ces"])
            val = {
                "nps": f.rng.choice([9, 10]),
                "csat": f.rng.choice([4, 5]),
                "ces": f.rng.choice([6, 7]),
            }[kind]
            f.add(
                c,
                f.at(day, 8, 20),
                "survey",
                W.pick(f.rng, W.T, c.lang, "survey_word"),
                scores={kind: val},
                attrs={"survey": kind},
            )
    f.write({})


def one_bad_day() -> None:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        d(2026, 2, 9),
        12,
        "happy customers with one bad day, detractors, apologies, controls",
    )
    channels = ["long", "email", "chat", "social", "web", "phone"] * 4
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    nps_ix = {*with_case[0:20:4][:5], with_case[1]}
    csat_ix = set(with_case[2:20:4][:5])
    good_ix = set(with_case[::2][:8] + with_case[1::4][:4])
    apol_ix = set(sorted(good_ix)[:5])
    for i, ch in enumerate(channels):
        prob = W.PROBLEMS[i % 4]
        lang = ("fr" if i % 2 == 0 else "en") if ch == "long" else None
        det = i in nps_ix
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if det else [],
            tolerated=["silence"],
        )
        bad_day = 2 + i % 8
        for day in f.rng.sample(
            [x for x in range(12) if x < bad_day - 1 or x > bad_day + 2], f.rng.randint(1, 5)
        ):
            f.happy(c, f.at(day, 8, 19), with_survey=False)
        ts = f.at(bad_day, 8, 20)
        complaint = W.pick(f.rng, W.P, c.lang, prob)
        ref = f.ref()
        if ch == "long":
            eid = f.add(
                c,
                ts,
                "email",
                f.rng.choice(W.LONG[c.lang]).format(complaint=complaint, name=c.truth["name"]),
                subject=f"{W.SUBJECT[c.lang]}: {prob}",
            )
        elif ch == "chat":
            eid = f.add(c, ts, "chat", complaint)
            f.add(
                c,
                ts + timedelta(minutes=3),
                "chat",
                W.pick(f.rng, W.AGENT, c.lang, "chat_case", ref=ref),
                out=True,
            )
        else:
            eid = f.add(
                c,
                ts,
                "email" if ch == "email" else ch,
                complaint,
                subject=f"{W.SUBJECT[c.lang]}: {prob}" if ch == "email" else None,
            )
        if ch in ("long", "email", "web", "phone"):
            f.add(
                c,
                ts + timedelta(minutes=f.rng.randint(10, 40)),
                "email",
                W.pick(f.rng, W.AGENT, c.lang, "case", first=c.first, ref=ref),
                out=True,
            )
        c.truth |= {
            "problem": prob,
            "channel": ch,
            "long_email": ch == "long",
            "bad_day_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "bad_day_event_id": eid,
            "trouble_starts_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "booking": None if ch == "social" else ref,
        }
        if det:
            sid = f.add(
                c,
                ts + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                W.pick(f.rng, W.T, c.lang, "low_word"),
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth |= {"nps_given": True, "survey_event_id": sid}
        elif i in csat_ix:
            sid = f.add(
                c,
                ts + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                W.pick(f.rng, W.T, c.lang, "low_word"),
                scores={"csat": f.rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.truth |= {"csat_given": True, "survey_event_id": sid}
        if i in good_ix and ch != "social":
            g = ts + timedelta(hours=f.rng.uniform(1, 4))
            f.add(
                c,
                g,
                "email",
                W.pick(f.rng, W.AGENT, c.lang, "good", first=c.first, ref=ref),
                out=True,
            )
            c.truth["agent_fixed"] = True
            if i in apol_ix:
                a = ts + timedelta(hours=f.rng.uniform(16, 24))
                if a.hour < 7 or a.hour >= 22:
                    a = a.replace(hour=8)
                c.truth["apology_event_id"] = f.add(
                    c, a, f.rng.choice(["chat", "email"]), W.pick(f.rng, W.C, c.lang, "apology")
                )
    for _ in range(8):
        c = f.person("happy", "control")
        for day in f.rng.sample(range(12), f.rng.randint(4, 7)):
            f.happy(c, f.at(day, 8, 19), with_survey=False)
    f.write({"detractor": 6})


def later(ts: datetime, f: Fam, h0: float, h1: float) -> datetime:
    t = ts + timedelta(hours=f.rng.uniform(h0, h1))
    if t.hour >= 22 or t.hour < 7:
        t = (t + timedelta(hours=10)).replace(hour=8, minute=f.rng.randint(0, 59))
    return t


def repeat_run(f: Fam, c: Cust, ts: datetime, times: int, escalate: bool) -> None:
    ref = f.ref()
    prob = f.rng.choice(W.PROBLEMS)
    chans = f.rng.sample(["email", "chat", "phone", "web", "social"], 4)
    first = chans[0]
    eids = [f.add(c, ts, first, W.pick(f.rng, W.P, c.lang, prob))]
    if first == "chat":
        f.add(
            c,
            ts + timedelta(minutes=3),
            "chat",
            W.pick(f.rng, W.AGENT, c.lang, "chat_case", ref=ref),
            out=True,
        )
    if escalate:
        f.add(
            c,
            ts + timedelta(hours=f.rng.uniform(1.5, 2.5)),
            "email",
            W.pick(f.rng, W.AGENT, c.lang, "quality", first=c.first, ref=ref),
            out=True,
        )
    elif first != "chat":
        f.add(
            c,
            ts + timedelta(minutes=f.rng.randint(10, 40)),
            "email",
            W.pick(f.rng, W.AGENT, c.lang, "case", first=c.first, ref=ref),
            out=True,
        )
    t = ts
    comp = None
    for k in range(1, times):
        t = later(t, f, 4, 40)
        key = "still" if k == 1 else ("third" if k == 2 else "fourth")
        if k == 2:
            comp = f.rng.choice(COMPS)
        ch = chans[k]
        eids.append(f.add(c, t, ch, W.pick(f.rng, W.C, c.lang, key, ref=ref, comp=comp or "")))
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=2),
                "chat",
                W.pick(f.rng, W.AGENT, c.lang, "urgent", ref=ref),
                out=True,
            )
    c.truth |= {
        "problem": prob,
        "booking": ref,
        "contacts": times,
        "channels": chans[:times],
        "agent_passed_on": escalate,
        "problem_event_ids": eids,
        "competitor": comp,
        "trouble_starts_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def fixed_run(f: Fam, c: Cust, ts: datetime) -> dict[str, Any]:
    ref = f.ref()
    prob = f.rng.choice(W.PROBLEMS)
    eid = f.add(c, ts, "web", W.pick(f.rng, W.P, c.lang, prob), attrs={"page": "/contact"})
    f.add(
        c,
        ts + timedelta(minutes=f.rng.randint(10, 40)),
        "email",
        W.pick(f.rng, W.AGENT, c.lang, "case", first=c.first, ref=ref),
        out=True,
    )
    g = later(ts, f, 3, 20)
    f.add(c, g, "email", W.pick(f.rng, W.AGENT, c.lang, "good", first=c.first, ref=ref), out=True)
    k = later(g, f, 8, 30)
    ch = f.rng.choice(["email", "chat"])
    cid = f.add(c, k, ch, W.pick(f.rng, W.C, c.lang, "confirm", ref=ref))
    return {
        "problem": prob,
        "booking": ref,
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "raised_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "confirmed_at": k.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d(2026, 3, 16),
        10,
        "repeat contacts, fixed cases, two problems, frequent writers",
    )
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=TOL_REPEAT)
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12), with_survey=False)
        repeat_run(f, c, f.at(1 + i % 4, 8, 19), 2 + i % 3, i % 2 == 0)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy(c, f.at(0, 8, 12), with_survey=False)
        c.truth["problems"] = [fixed_run(f, c, f.at(f.rng.randint(1, 4), 8, 18))]
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        c.truth["problems"] = [fixed_run(f, c, f.at(1, 8, 18)), fixed_run(f, c, f.at(6, 8, 18))]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for day in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy(c, f.at(day, 8, 19), with_survey=False)
    f.write({"repeat_contact": 12})


def slow_churners() -> None:
    f = Fam(
        "slow_churners", "SC", 4, d(2026, 4, 6), 32, "sliders, leavers, steady, grumpy, sarcastic"
    )
    for i in range(10):
        nps = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if nps else []),
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for day in f.rng.sample(range(11), 5):
            f.add(
                c,
                f.at(day, 8, 20),
                f.rng.choice(["social", "community"]),
                W.pick(f.rng, W.T, c.lang, "praise"),
            )
        for day in f.rng.sample(range(11), f.rng.randint(2, 4)):
            f.happy(c, f.at(day, 8, 20), with_survey=False)
        span = [3, 5, 9][i % 3]
        t = f.at(12 + i % 5, 8, 12)
        comp = COMPS[i % 2]
        eids = []
        for k, step in enumerate(W.SLIDE[c.lang]):
            ch = f.rng.choice(["social", "community", "web"])
            eids.append(
                f.add(
                    c,
                    t,
                    ch,
                    step.format(comp=comp),
                    kind="review" if ch == "web" else None,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"}
                    if ch == "web"
                    else None,
                )
            )
            if k == 3 and nps:
                c.truth["survey_event_id"] = f.add(
                    c,
                    later(t, f, 2.5, 3.5),
                    "survey",
                    W.pick(f.rng, W.T, c.lang, "low_word"),
                    scores={"nps": f.rng.randint(1, 5)},
                    attrs={"survey": "nps"},
                )
            t = later(t, f, span * 24 / 6, span * 24 / 5)
        c.truth |= {
            "slide_event_ids": eids,
            "slide_days": span,
            "competitor": comp,
            "nps_given": nps,
            "trouble_starts_at": f.rows[-1]["ts"].strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        for day in f.rng.sample(range(16), f.rng.randint(4, 6)):
            f.happy(c, f.at(day, 8, 19), with_survey=False)
        t = f.at(f.rng.randint(17, 23), 8, 18)
        cid = f.add(c, t, "email", W.pick(f.rng, W.C, c.lang, "cancel"))
        f.add(
            c,
            later(t, f, 1, 5),
            "email",
            W.pick(f.rng, W.AGENT, c.lang, "bye", first=c.first),
            out=True,
        )
        x = later(t, f, 20, 30)
        xid = f.add(
            c,
            x,
            "web",
            None,
            kind="cancellation",
            attrs={"page": "/account/cancel", "product": "Cordalto Care"},
        )
        c.truth |= {
            "churn_intent_event_id": cid,
            "cancellation_event_id": xid,
            "churn_at": x.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    for _ in range(6):
        c = f.person("happy", "steady")
        for day in f.rng.sample(range(32), f.rng.randint(6, 10)):
            f.happy(c, f.at(day, 8, 19), with_survey=False)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        day = f.rng.randint(0, 4)
        g = []
        for _ in range(f.rng.randint(5, 7)):
            g.append(
                f.add(
                    c,
                    f.at(day, 8, 20),
                    f.rng.choice(["social", "community", "web"]),
                    W.pick(f.rng, W.C, c.lang, "grumble"),
                )
            )
            day += f.rng.randint(1, 3)
        c.truth["grumble_event_ids"] = g
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        for day in f.rng.sample(range(16), f.rng.randint(4, 6)):
            f.happy(c, f.at(day, 8, 19), with_survey=False)
        c.truth["sarcasm_event_id"] = f.add(
            c, f.at(f.rng.randint(17, 28), 9, 20), "social", W.pick(f.rng, W.T, c.lang, "sarcasm")
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam("quiet_hours", "QH", 5, d(2026, 6, 12), 3, "a calm weekend with night-owl bursts")
    for _ in range(16):
        c = f.person("happy", "day writer")
        for day in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy(c, f.at(day, 7, 17.5), with_survey=False)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(f.rng.randint(0, 2), 9, 17)
        f.add(c, t, "web", None, kind="page_view", attrs={"page": "/tracking"})
        c.truth["grumble_event_id"] = f.add(
            c, t + timedelta(minutes=25), "chat", W.pick(f.rng, W.C, c.lang, "grumble")
        )
        f.add(c, t + timedelta(minutes=29), "chat", W.pick(f.rng, W.T, c.lang, "answer"), out=True)
    for night in range(3):
        base = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = base + timedelta(minutes=off + f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    eid = f.add(c, t, "chat", W.pick(f.rng, W.T, c.lang, "question"))
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        W.pick(f.rng, W.T, c.lang, "answer"),
                        out=True,
                    )
                    f.add(c, t + timedelta(minutes=6), "chat", W.pick(f.rng, W.T, c.lang, "thanks"))
                else:
                    eid = f.add(
                        c,
                        t,
                        f.rng.choice(["social", "community"]),
                        W.pick(f.rng, W.T, c.lang, "night"),
                    )
                c.truth |= {
                    "burst_at": (base + timedelta(minutes=off)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "night_event_id": eid,
                }
                if f.rng.random() < 0.5:
                    f.happy(c, f.at(night if night < 3 else 2, 9, 17.5), with_survey=False)
    f.write({})


def bilingual() -> None:
    f = Fam("bilingual", "BL", 6, d(2026, 7, 6), 14, "customers alternating two languages")
    pairs = [
        ("fr", "en"),
        ("en", "fr"),
        ("fr", "de"),
        ("en", "es"),
        ("fr", "it"),
        ("en", "pt"),
        ("fr", "es"),
        ("en", "de"),
        ("de", "fr"),
        ("it", "en"),
        ("es", "fr"),
        ("pt", "en"),
    ]
    for i in range(27):
        a, b = pairs[i % len(pairs)]
        if i < 12:
            c = f.person("happy", "alternates languages", lang=a)
        elif i < 17:
            c = f.person(
                "repeat_contact",
                "repeats",
                lang=a,
                expected=["repeat_contact"],
                tolerated=TOL_REPEAT,
            )
        elif i < 22:
            c = f.person(
                "slow_churner",
                "slides",
                lang=a,
                expected=["sentiment_drop"],
                tolerated=[
                    "repeat_contact",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
            )
        elif i < 25:
            c = f.person("happy_one_bad_day", "one bad day", lang=a, tolerated=["silence"])
        else:
            c = f.person("resolved_between_contacts", "fixed", lang=a, tolerated=["silence"])
        c.truth["languages"] = [a, b]
        langs = [a, b]
        if i < 12:
            for k, day in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
                c.lang = langs[k % 2]
                f.happy(c, f.at(day, 8, 19), with_survey=False)
        elif i < 17:
            f.happy(c, f.at(0, 8, 12), with_survey=False)
            c.lang = b
            repeat_run(f, c, f.at(2 + i % 3, 8, 18), [2, 2, 3, 3, 4][i - 12], i >= 14)
        elif i < 22:
            for k, day in enumerate(sorted(f.rng.sample(range(6), 5))):
                c.lang = langs[k % 2]
                f.add(c, f.at(day, 8, 20), "social", W.pick(f.rng, W.T, c.lang, "praise"))
            t = f.at(7, 8, 12)
            eids = []
            for k in range(len(W.SLIDE[a])):
                c.lang = langs[k % 2]
                eids.append(
                    f.add(
                        c,
                        t,
                        f.rng.choice(["social", "community"]),
                        W.SLIDE[c.lang][k].format(comp=COMPS[i % 2]),
                    )
                )
                t = later(t, f, 12, 18)
            c.truth |= {"slide_event_ids": eids, "competitor": COMPS[i % 2]}
        elif i < 25:
            for day in (0, 1, 12):
                c.lang = a
                f.happy(c, f.at(day, 8, 19), with_survey=False)
            c.lang = b
            t = f.at(6, 9, 18)
            c.truth["bad_day_event_id"] = f.add(
                c, t, "email", W.pick(f.rng, W.P, b, f.rng.choice(W.PROBLEMS))
            )
            f.add(
                c,
                t + timedelta(minutes=20),
                "email",
                W.pick(f.rng, W.AGENT, b, "case", first=c.first, ref=f.ref()),
                out=True,
            )
            c.truth["bad_day_language"] = b
        else:
            f.happy(c, f.at(0, 8, 19), with_survey=False)
            c.truth["problems"] = [fixed_run(f, c, f.at(3, 8, 18))]
        c.lang = a
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d(2026, 9, 7),
        14,
        "school and orchestra accounts of Cordalto Schools",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = [
        "fr",
        "en",
        "fr",
        "en",
        "de",
        "fr",
        "en",
        "es",
        "it",
        "fr",
        "en",
        "pt",
        "fr",
        "en",
        "de",
    ]
    exp: dict[str, int] = {"account_risk": 0, "detractor": 0, "repeat_contact": 0}
    for n, kind in enumerate(kinds):
        lang = langs[n]
        acc = f"CDS-{MARKETS[lang][0]}-{nxt()}"
        market = MARKETS[lang][0]
        ncontacts = f.rng.randint(4, 6) if kind == "at_risk" else 3
        nbad = (
            (3 if n < 3 else 4)
            if kind == "at_risk"
            else (1 if kind == "one_unhappy" else (2 if kind == "mild" else 0))
        )
        prob = W.B2B_PROBLEMS[n % 3]
        contacts: list[Cust] = []
        for j in range(ncontacts):
            bad = j < nbad
            if kind == "at_risk" and bad:
                last = j == nbad - 1
                rules = ["repeat_contact"] if last else []
                rules += [] if last else ["detractor"]
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang=lang,
                    account=acc,
                    market=market,
                    expected=rules,
                    tolerated=[
                        r
                        for r in [
                            "sentiment_drop",
                            "churn_intent",
                            "competitor_mention",
                            "high_value_at_risk",
                            "silence",
                            "account_risk",
                        ]
                        if r not in rules
                    ],
                )
            elif kind == "one_unhappy" and bad:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang=lang,
                    account=acc,
                    market=market,
                    expected=["detractor"],
                    tolerated=["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif kind == "mild" and bad:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang=lang,
                    account=acc,
                    market=market,
                    tolerated=["silence"],
                )
            else:
                c = f.person("b2b_happy", "contact", lang=lang, account=acc, market=market)
            contacts.append(c)
        t0 = d(2026, 9, 9) + timedelta(hours=8.5)
        ref = f.ref()
        t = t0
        for j, c in enumerate(contacts):
            if j >= nbad:
                for day in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], 3):
                    r = f.rng.random()
                    ts = f.at(day, 8, 16.5)
                    if r < 0.4:
                        f.add(c, ts, "chat", W.pick(f.rng, W.B2B, lang, "question"))
                        f.add(
                            c,
                            ts + timedelta(minutes=4),
                            "chat",
                            W.pick(f.rng, W.T, lang, "answer"),
                            out=True,
                        )
                    elif r < 0.7:
                        p, v = f.rng.choice(W.B2B_PRODUCTS)
                        f.add(
                            c,
                            ts,
                            "web",
                            None,
                            kind="purchase",
                            attrs={
                                "page": "/schools/order",
                                "product": p,
                                "order_value": f"{v}.00",
                                "currency": "EUR",
                            },
                        )
                    else:
                        f.add(c, ts, "community", W.pick(f.rng, W.B2B, lang, "praise"))
                continue
            if kind == "mild":
                ts = f.at(3 + j, 8, 16)
                c.truth["mild_event_id"] = f.add(
                    c,
                    ts,
                    "web",
                    W.pick(f.rng, W.B2B, lang, "mild"),
                    attrs={"page": "/schools/feedback"},
                )
                f.add(
                    c,
                    ts + timedelta(minutes=30),
                    "email",
                    W.pick(f.rng, W.AGENT, lang, "form", first=c.first, ref=f.ref()),
                    out=True,
                )
                continue
            if kind == "one_unhappy":
                t = f.at([3, 4, 7, 8][n % 4], 9, 15)
            wday = W.WEEKDAY[lang][t.weekday()]
            text = (
                W.pick(f.rng, W.B2B, lang, prob, day=wday)
                if j == 0
                else W.pick(
                    f.rng,
                    W.B2B,
                    lang,
                    "follow",
                    who=contacts[0].first,
                    ref=ref,
                    problem=W.pick(f.rng, W.B2B, lang, prob, day=wday),
                    day=wday,
                )
            )
            eid = f.add(c, t, "email", text, subject=f"{W.SUBJECT[lang]}: {ref}")
            ids = [eid]
            if j == 0:
                f.add(
                    c,
                    t + timedelta(minutes=40),
                    "email",
                    W.pick(f.rng, W.AGENT, lang, "case", first=c.first, ref=ref),
                    out=True,
                )
            last = kind == "at_risk" and j == nbad - 1
            if not last:
                c.truth["survey_event_id"] = f.add(
                    c,
                    t + timedelta(hours=f.rng.uniform(1, 3)),
                    "survey",
                    None,
                    scores={"nps": f.rng.randint(1, 5)},
                    attrs={"survey": "nps"},
                )
                exp["detractor"] += 1
            else:
                exp["repeat_contact"] += 1
                t2 = t + timedelta(hours=f.rng.uniform(18, 30))
                if t2.hour >= 17:
                    t2 = t2.replace(hour=9)
                if n == 0:
                    ids.append(
                        f.add(
                            c,
                            t2,
                            "email",
                            W.pick(f.rng, W.B2B, lang, "last", ref=ref, comp=COMPS[0]),
                        )
                    )
                else:
                    ids.append(
                        f.add(c, t2, "phone", W.pick(f.rng, W.B2B, lang, "last_call", ref=ref))
                    )
            c.truth |= {
                "complaint_event_ids": ids,
                "problem": prob,
                "booking": ref,
                "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
            t = t + timedelta(hours=f.rng.uniform(8, 28))
            if t.hour >= 17 or t.hour < 8:
                t = (t + timedelta(hours=12)).replace(hour=9)
            if t.weekday() >= 5:
                t = t + timedelta(days=7 - t.weekday())
        if kind == "at_risk":
            exp["account_risk"] += 1
        bad_keys = [c.key for c in contacts[:nbad]] if kind in ("at_risk", "one_unhappy") else []
        f.accounts[acc] = {
            "company": f"{['Lycée', 'School', 'Conservatoire', 'Academy'][n % 4]} {n + 1}",
            "site": ["school", "conservatoire", "orchestra", "municipality"][n % 4],
            "contacts": ncontacts,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(bad_keys),
            "unhappy_contact_keys": bad_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": t0.strftime("%Y-%m-%dT%H:%M:%SZ") if kind == "at_risk" else None,
            "language": lang,
            "country": market,
        }
    f.write(exp)


def topic_spike() -> None:
    f = Fam("topic_spike", "TS", 8, d(2026, 10, 5), 7, "a calm week and a Saturday-morning spike")
    code = "LBL:5207"
    for _ in range(40):
        c = f.person("happy", "day writer")
        for day in f.rng.sample(range(5), f.rng.randint(1, 4)):
            f.happy(c, f.at(day, 8, 19), with_survey=False)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, 9, 16)
        c.truth["grumble_event_id"] = f.add(c, t, "chat", W.pick(f.rng, W.C, c.lang, "grumble"))
        f.add(c, t + timedelta(minutes=3), "chat", W.pick(f.rng, W.T, c.lang, "answer"), out=True)
    for lang, hour in (("fr", 9.6), ("en", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = f.start + timedelta(days=4, hours=hour)
        c.truth["lone_report_event_id"] = f.add(c, t, "chat", W.SPIKE[lang]["lone"][0])
        f.add(c, t + timedelta(minutes=4), "chat", W.SPIKE[lang]["lone_answer"][0], out=True)
    s0 = d(2026, 10, 10) + timedelta(hours=8, minutes=20)
    langs = ["fr"] * 6 + ["en"] * 6 + ["de", "de", "es", "es", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    keys, eids, reps = [], [], []
    for i in range(20):
        rep = i in (0, 2, 4, 6, 8, 10)
        regular = i % 5 < 3
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if regular:
            f.happy(c, f.at(2, 8, 17.5), with_survey=False)
        t = (
            s0 + timedelta(minutes=45 * i / 19)
            if i not in (0, 19)
            else s0 + timedelta(minutes=0 if i == 0 else 45)
        )
        ch = chans[i]
        eid = f.add(c, t, ch, W.pick(f.rng, W.SPIKE, c.lang, "report", code=code))
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=2),
                "chat",
                W.SPIKE[c.lang]["answer"][0]
                if isinstance(W.SPIKE[c.lang]["answer"], list)
                else str(W.SPIKE[c.lang]["answer"]),
                out=True,
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth |= {
            "in_spike": True,
            "regular": regular,
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if rep:
            ch2 = "email" if ch != "email" else "chat"
            rid = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(15, 50)),
                ch2,
                W.pick(f.rng, W.SPIKE, c.lang, "again", code=code),
            )
            reps.append(rid)
            c.truth["repeat_event_id"] = rid
        elif i in (1, 3, 5, 7, 9, 11):
            local = "12:40" if c.market in ("FR", "BE", "CH", "DE", "AT", "ES", "IT") else "11:40"
            f.add(
                c,
                d(2026, 10, 10) + timedelta(hours=11, minutes=8 + i % 9),
                "email",
                W.pick(f.rng, W.SPIKE, c.lang, "fixed", first=c.first, local=local),
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"shipping-label creation fails in the app and on the website, error {code}: no instrument can be sent in",
        "channel": None,
        "start": eids and s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write({"repeat_contact": 6, "topic_spike": 1})


def main() -> None:
    for fn in (
        happy_writers,
        one_bad_day,
        repeat_contacts,
        slow_churners,
        quiet_hours,
        bilingual,
        b2b_accounts,
        topic_spike,
    ):
        fn()


if __name__ == "__main__":
    main()
