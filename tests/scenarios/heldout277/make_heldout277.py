"""Writes heldout277 (Sattelo, written blind). Standard library only; seeded."""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import wording as W  # noqa: E402

SEED = 20260912
ERR = "SF=318"
CHANNEL_SOURCE = {
    "email": "sattelo-mail",
    "phone": "sattelo-voice",
    "social": "sattelo-social",
    "community": "sattelo-forum",
    "chat": "sattelo-chat",
    "web": "sattelo-web",
    "survey": "sattelo-survey",
}
CODES = {
    "happy_writers": "hw",
    "one_bad_day": "bd",
    "repeat_contacts": "rc",
    "slow_churners": "sc",
    "quiet_hours": "qh",
    "bilingual": "bl",
    "b2b_accounts": "bb",
    "topic_spike": "ts",
}
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Fam:
    def __init__(self, name: str, n: int, start: datetime, days: int, about: str) -> None:
        self.name, self.code = name, CODES[name]
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.start, self.days, self.about = start, days, about
        self.rows: list[dict[str, Any]] = []
        self.cust: dict[str, dict[str, Any]] = {}
        self.meta: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

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
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
        **extra: Any,
    ) -> str:
        r = self.rng
        lang = lang or r.choices(W.LANGS, W.WEIGHTS)[0]
        market = market or r.choice(W.MARKETS[lang])
        first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
        cid = self.uniq(lambda: f"ST{self.code.upper()}{r.randint(1000, 9999)}")
        base = strip(f"{first}.{last}").lower().replace(" ", "")
        email = self.uniq(
            lambda: (
                f"{base}{r.randint(1, 99)}@{'yard' if account else r.choice(['mail', 'post', 'web'])}.example"
            )
        )
        prefix = {
            "FR": "+336",
            "BE": "+32470",
            "CH": "+4179",
            "DE": "+49151",
            "AT": "+43664",
            "UK": "+447",
            "IE": "+35387",
            "ES": "+346",
            "IT": "+39347",
            "PT": "+35191",
        }[market]
        phone = self.uniq(
            lambda: prefix + "".join(str(r.randint(0, 9)) for _ in range(12 - len(prefix) + 1))
        )
        handle = (
            None
            if account
            else self.uniq(
                lambda: f"@{strip(last).lower()}_{strip(first).lower()}{r.randint(1, 99)}"
            )
        )
        self.cust[cid] = {
            "identifiers": {
                "customer_id": cid,
                "email": email,
                "phone": phone,
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
            **extra,
        }
        self.meta[cid] = {"horse": r.choice(W.HORSES), "first": first}
        return cid

    def add(
        self,
        t: datetime,
        cid: str,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"st277-{self.code}-{self.seq:05d}"
        c = self.cust[cid]
        if text is not None and not out and channel not in ("phone", "survey"):
            text = roughen(self.rough, text)
        if text is not None and channel == "phone":
            text = "".join(ch for ch in text.lower() if ch.isalnum() or ch in " =-€£").replace(
                "  ", " "
            )
        if text is not None and channel == "social" and not out and "@Sattelo" not in text:
            text = (
                text.replace("Sattelo", "@Sattelo", 1) if "Sattelo" in text else "@Sattelo " + text
            )
        a = {"market": c["country"]} | (attrs or {})
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(W.AGENTS)
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "cid": cid,
                "text": text,
                "subject": subject,
                "scores": scores or {"nps": None, "csat": None, "ces": None},
                "source": CHANNEL_SOURCE[channel],
                "attributes": a,
            }
        )
        return eid

    def fmt(self, cid: str, s: str, **kw: str) -> str:
        m = self.meta[cid]
        return s.format(h=m["horse"], f=m["first"], a=self.rng.choice(W.AGENTS), e=ERR, **kw)

    def write(self) -> tuple[int, int, int]:
        rows = sorted(self.rows, key=lambda x: (x["occurred_at"], x["event_id"]))
        seen: set[str] = set()
        out = []
        for row in rows:
            c = self.cust[row.pop("cid")]["identifiers"]
            full = row["direction"] == "outbound" or c["customer_id"] not in seen
            if row["direction"] == "inbound":
                seen.add(c["customer_id"])
            if full:
                ref = dict(c)
            else:
                ref = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": c["account_id"],
                }
                key = {
                    "phone": "phone",
                    "social": "handle",
                    "community": "handle",
                    "email": "email",
                }.get(row["channel"], "customer_id")
                if key == "handle" and c["handle"] is None:
                    key = "email"
                ref[key] = c[key]
            row["customer"] = ref
            row["occurred_at"] = iso(row["occurred_at"])
            out.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
        last = datetime.fromisoformat(rows[-1]["occurred_at"].replace("Z", "+00:00"))
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected: dict[str, int] = {}
        for c in self.cust.values():
            for rule in c["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Sattelo",
                "days": self.days,
                "seed": SEED,
                "written": "blind",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.cust,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.cust), len(rows), sum(1 for r in rows if r["direction"] == "outbound")


def strip(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def roughen(r: random.Random, text: str) -> str:
    if r.random() < 0.1:
        text = strip(text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"))
    if r.random() < 0.125:
        text = text[:1].lower() + text[1:]
    if r.random() < 1 / 7:
        words = [
            i for i, w in enumerate(text.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
        ]
        if words:
            parts = text.split(" ")
            i = r.choice(words)
            w = parts[i]
            j = r.randint(1, len(w) - 3)
            parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(parts)
    return text


def day_time(f: Fam, day: int, lo: float = 7.0, hi: float = 20.0) -> datetime:
    return f.start + timedelta(days=day, hours=f.rng.uniform(lo, hi))


def happy_act(f: Fam, cid: str, t: datetime) -> None:
    r = f.rng
    lang = f.cust[cid]["language"]
    k = r.choice(
        ["praise", "question", "buy", "view", "survey"]
        if f.cust[cid]["segment"] == "consumer"
        else ["question", "buy", "view"]
    )
    if k == "praise":
        f.add(
            t,
            cid,
            r.choice(["social", "community"]),
            r.choice(["post", "mention"]),
            f.fmt(cid, r.choice(W.PRAISE[lang])),
        )
    elif k == "question":
        f.add(t, cid, "chat", "chat", f.fmt(cid, r.choice(W.QUESTION[lang])))
        f.add(
            t + timedelta(minutes=r.randint(1, 6)),
            cid,
            "chat",
            "chat",
            f.fmt(cid, W.ANSWER[lang]),
            out=True,
        )
        if r.random() < 0.6:
            f.add(
                t + timedelta(minutes=r.randint(7, 12)),
                cid,
                "chat",
                "chat",
                r.choice(W.THANKS[lang]),
            )
    elif k == "buy":
        f.add(t, cid, "web", "page_view", attrs={"page": "/book/rug-wash"})
        f.add(
            t + timedelta(minutes=r.randint(2, 9)),
            cid,
            "web",
            "purchase",
            attrs={
                "page": "/book/rug-wash",
                "product": r.choice(["Rug wash and reproof", "Saddle fitting visit", "Rug repair"]),
                "order_value": f"{r.randint(28, 140)}.00",
                "currency": "GBP"
                if f.cust[cid]["country"] in ("UK",)
                else ("CHF" if f.cust[cid]["country"] == "CH" else "EUR"),
            },
        )
    elif k == "view":
        f.add(
            t,
            cid,
            "web",
            "page_view",
            attrs={"page": r.choice(["/care-plan", "/fitters", "/prices"])},
        )
    else:
        f.add(
            t,
            cid,
            "survey",
            "survey_response",
            r.choice(["", "top", "👍"]) or None,
            scores={"nps": r.choice([9, 10]), "csat": None, "ces": None},
            attrs={"survey": "nps"},
        )


def happy(f: Fam, cid: str, days: list[int], night: bool = False) -> None:
    for d in days:
        happy_act(f, cid, day_time(f, d, 7, 19))


def case(f: Fam) -> str:
    return f.uniq(lambda: f"SA-{f.rng.randint(100000, 999999)}")


def complaint(
    f: Fam, cid: str, t: datetime, channel: str, long: bool = False, prob: str | None = None
) -> tuple[str, str, str]:
    lang = f.cust[cid]["language"]
    prob = prob or f.rng.choice(W.PROBLEMS)
    p = f.fmt(cid, W.PROBLEM[lang][prob])
    if long and lang in W.LETTER:
        text = W.LETTER[lang].format(p=p, n=f.cust[cid]["name"])
    else:
        text = f.rng.choice(W.COMPLAINT[lang]).format(p=p)
    kind = {
        "email": "message",
        "chat": "chat",
        "social": "mention",
        "web": "ticket",
        "phone": "call",
    }[channel]
    eid = f.add(
        t,
        cid,
        channel,
        kind,
        text,
        subject="Sattelo" if channel == "email" else None,
        attrs={"page": "/help"} if channel == "web" else None,
    )
    return eid, prob, p


def main() -> None:
    tot = [0, 0, 0]
    fams = []
    # 1 happy_writers
    f = Fam(
        "happy_writers",
        1,
        datetime(2026, 2, 9, tzinfo=UTC),
        10,
        "happy day and night writers, survey-only",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy(f, c, sorted(f.rng.sample(range(10), f.rng.randint(5, 8))))
    for _ in range(5):
        c = f.person("happy", "night writer")
        lang = f.cust[c]["language"]
        for d in f.rng.sample(range(9), 3):
            f.add(
                f.start + timedelta(days=d, hours=f.rng.uniform(22.2, 23.8)),
                c,
                "community",
                "post",
                f.fmt(c, f.rng.choice(W.NIGHT[lang])),
            )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), 4):
            f.add(
                day_time(f, d),
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": None, "csat": f.rng.choice([4, 5]), "ces": None},
                attrs={"survey": "csat"},
            )
    fams.append(f)
    # 2 one_bad_day
    f = Fam(
        "one_bad_day",
        2,
        datetime(2026, 3, 16, tzinfo=UTC),
        12,
        "one bad day each, detractors, apologies, controls",
    )
    chans = ["long", "email", "chat", "social", "web", "phone"]
    idx = 0
    for ch in chans:
        for _ in range(4):
            lang = ["fr", "de"][idx % 2] if ch == "long" else None
            c = f.person("happy_one_bad_day", "one bad day", lang=lang, tolerated=["silence"])
            bd = 2 + idx % 8
            happy(f, c, [d for d in (0, bd + 3) if d < 12])
            t = day_time(f, bd, 8, 19)
            eid, prob, _ = complaint(f, c, t, "email" if ch == "long" else ch, long=ch == "long")
            cu = f.cust[c]
            cu.update(
                bad_day_at=iso(t),
                bad_day_event_id=eid,
                problem=prob,
                long_email=ch == "long",
                channel=ch,
            )
            if ch != "social":
                cref = case(f)
                cu["booking"] = cref
                ans = "chat" if ch == "chat" else "email"
                f.add(
                    t + timedelta(minutes=f.rng.randint(10, 40)),
                    c,
                    ans,
                    "chat" if ans == "chat" else "message",
                    f.fmt(c, W.CASE_OPENED[cu["language"]], c=cref),
                    out=True,
                )
                k = idx % 5
                if (
                    idx < 20
                    and k < 2
                    and sum(1 for x in f.cust.values() if x["persona"] == "bad_day_detractor") < 6
                ):
                    nps = f.rng.randint(1, 5)
                    sid = f.add(
                        t + timedelta(minutes=f.rng.randint(100, 140)),
                        c,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps, "csat": None, "ces": None},
                        attrs={"survey": "nps"},
                    )
                    cu.update(
                        persona="bad_day_detractor",
                        expected_rules=["detractor"],
                        nps=nps,
                        nps_given=True,
                        survey_event_id=sid,
                    )
                elif k == 2 and sum(1 for x in f.cust.values() if x.get("csat_given")) < 5:
                    sid = f.add(
                        t + timedelta(minutes=f.rng.randint(40, 80)),
                        c,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": None, "csat": f.rng.randint(1, 2), "ces": None},
                        attrs={"survey": "csat"},
                    )
                    cu.update(csat_given=True, survey_event_id=sid)
                if idx % 2 == 0 and sum(1 for x in f.cust.values() if x.get("agent_fixed")) < 12:
                    g = t + timedelta(hours=f.rng.uniform(1, 4))
                    f.add(
                        g,
                        c,
                        "email",
                        "message",
                        f.fmt(c, W.GOOD_NEWS[cu["language"]], c=cref),
                        out=True,
                    )
                    cu["agent_fixed"] = True
                    if sum(1 for x in f.cust.values() if x.get("apologised")) < 5:
                        a = f.add(
                            t + timedelta(hours=f.rng.uniform(16, 24)),
                            c,
                            "chat",
                            "chat",
                            W.APOLOGY[cu["language"]],
                        )
                        cu.update(apologised=True, apology_event_id=a)
            idx += 1
    for _ in range(8):
        c = f.person("happy", "control")
        happy(f, c, sorted(f.rng.sample(range(12), 5)))
    fams.append(f)
    # 3 repeat_contacts
    f = Fam(
        "repeat_contacts",
        3,
        datetime(2026, 4, 20, tzinfo=UTC),
        10,
        "repeat contacts, fixed, two problems, frequent writers",
    )
    for i in range(12):
        c = f.person(
            "repeat_contact",
            "repeats",
            expected=["repeat_contact"],
            tolerated=[
                "sentiment_drop",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        lang = f.cust[c]["language"]
        happy(f, c, [0])
        t = day_time(f, 1 + i % 4, 8, 18)
        t0 = t
        chs = f.rng.sample(["email", "chat", "phone", "web", "social"], 4)
        eid, prob, p = complaint(f, c, t, chs[0])
        cref = case(f)
        n = 2 + i % 3
        ids = [eid]
        f.add(
            t + timedelta(minutes=20),
            c,
            "email",
            "message",
            f.fmt(c, (W.QUALITY if i < 6 else W.CASE_OPENED)[lang], c=cref),
            out=True,
        )
        comp = None
        for k in range(1, n):
            t = t + timedelta(hours=f.rng.uniform(6, 30))
            if t.hour >= 22 or t.hour < 7:
                t = t.replace(hour=8) + (timedelta(days=1) if t.hour >= 22 else timedelta())
            text = f.rng.choice(W.STILL[lang]).format(c=cref, p=p)
            if k == 2:
                comp = f.rng.choice(W.COMPETITORS)
                text += W.THIRD[lang].format(x=comp)
            if k == 3:
                text += W.FOURTH[lang]
            ch = chs[k]
            ids.append(
                f.add(
                    t,
                    c,
                    ch,
                    {
                        "email": "message",
                        "chat": "chat",
                        "phone": "call",
                        "web": "ticket",
                        "social": "mention",
                    }[ch],
                    text,
                )
            )
        f.cust[c].update(
            problem=prob,
            booking=cref,
            contacts=n,
            problem_event_ids=ids,
            competitor=comp,
            trouble_starts_at=iso(t0),
        )
    for i in range(8):
        two = i >= 5
        c = f.person(
            "different_problems" if two else "resolved_between_contacts",
            "two problems" if two else "fixed",
            tolerated=["silence"],
        )
        lang = f.cust[c]["language"]
        probs = []
        for d in [1, 6] if two else [2]:
            t = day_time(f, d, 8, 12)
            eid, prob, _ = complaint(f, c, t, "web", prob=W.PROBLEMS[d % 6 if two else i])
            cref = case(f)
            f.add(
                t + timedelta(minutes=30),
                c,
                "email",
                "message",
                f.fmt(c, W.CASE_OPENED[lang], c=cref),
                out=True,
            )
            f.add(
                t + timedelta(hours=5),
                c,
                "email",
                "message",
                f.fmt(c, W.GOOD_NEWS[lang], c=cref),
                out=True,
            )
            conf = f.add(
                t + timedelta(hours=9), c, "email", "message", W.CONFIRM[lang].format(c=cref)
            )
            probs.append(
                {
                    "problem": prob,
                    "booking": cref,
                    "problem_event_ids": [eid],
                    "confirm_event_id": conf,
                }
            )
        f.cust[c]["problems"] = probs
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        happy(f, c, sorted(f.rng.sample(range(10), 7)))
    fams.append(f)
    # 4 slow_churners
    f = Fam(
        "slow_churners",
        4,
        datetime(2026, 5, 25, tzinfo=UTC),
        32,
        "sliders, leavers, steady, grumpy, sarcastic",
    )
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i < 5 else [])
        c = f.person(
            "slow_churner",
            "slides",
            expected=exp,
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        lang = f.cust[c]["language"]
        for d in sorted(f.rng.sample(range(11), 6)):
            f.add(
                day_time(f, d, 8, 19),
                c,
                "community",
                "post",
                f.fmt(c, f.rng.choice(W.PRAISE[lang])),
            )
        comp = f.rng.choice(W.COMPETITORS)
        t = day_time(f, 12 + i % 4, 9, 12)
        t0 = t
        ids = []
        for k, s in enumerate(W.SLIDE[lang]):
            ids.append(
                f.add(
                    t,
                    c,
                    ["social", "community", "web"][k % 3],
                    ["mention", "post", "review"][k % 3],
                    s.format(x=comp),
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"}
                    if k % 3 == 2
                    else None,
                )
            )
            if k == 3 and i < 5:
                nps = f.rng.randint(1, 5)
                sid = f.add(
                    t + timedelta(hours=3),
                    c,
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": nps, "csat": None, "ces": None},
                    attrs={"survey": "nps"},
                )
                f.cust[c].update(nps=nps, nps_given=True, survey_event_id=sid)
            t = t + timedelta(hours=f.rng.uniform(14, 34))
            if t.hour >= 22 or t.hour < 7:
                t = t.replace(hour=9)
        f.cust[c].update(slide_event_ids=ids, competitor=comp, trouble_starts_at=iso(t0))
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        lang = f.cust[c]["language"]
        happy(f, c, sorted(f.rng.sample(range(15), 4)))
        t = day_time(f, f.rng.randint(17, 23), 8, 17)
        e1 = f.add(t, c, "email", "message", f.fmt(c, W.CANCEL[lang]), subject="Sattelo Care")
        f.add(t + timedelta(hours=2), c, "email", "message", f.fmt(c, W.SORRY_GO[lang]), out=True)
        e2 = f.add(
            t + timedelta(hours=24),
            c,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/cancel", "product": "Sattelo Care"},
        )
        f.cust[c].update(churn_intent_event_id=e1, cancellation_event_id=e2)
    for _ in range(6):
        c = f.person("happy", "steady")
        happy(f, c, sorted(f.rng.sample(range(32), 8)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        lang = f.cust[c]["language"]
        ids = [
            f.add(day_time(f, d, 8, 20), c, "community", "post", f.rng.choice(W.GRUMBLE[lang]))
            for d in range(2, 20, 3)
        ]
        f.cust[c]["grumble_event_ids"] = ids
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        happy(f, c, sorted(f.rng.sample(range(16), 4)))
        f.cust[c]["sarcasm_event_id"] = f.add(
            day_time(f, f.rng.randint(17, 28)),
            c,
            "social",
            "mention",
            W.SARCASM[f.cust[c]["language"]],
        )
    fams.append(f)
    # 5 quiet_hours
    f = Fam(
        "quiet_hours", 5, datetime(2026, 7, 17, tzinfo=UTC), 3, "calm weekend, night owl bursts"
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy(f, c, sorted(f.rng.sample(range(3), 2)))
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = day_time(f, 1, 9, 16)
        f.add(t, c, "web", "page_view", attrs={"page": "/fitters"})
        f.cust[c]["grumble_event_id"] = f.add(
            t + timedelta(minutes=25), c, "chat", "chat", W.MILD[f.cust[c]["language"]]
        )
        f.add(
            t + timedelta(minutes=29),
            c,
            "chat",
            "chat",
            f.fmt(c, W.ANSWER[f.cust[c]["language"]]),
            out=True,
        )
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, hours=0, minutes=f.rng.randint(40, 65))
        for b, off in enumerate((0, 30, 60)):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = b0 + timedelta(minutes=off + f.rng.uniform(0, 9))
                f.cust[c].update(
                    burst_at=iso(b0 + timedelta(minutes=off)),
                    night_event_id=f.add(
                        t,
                        c,
                        "community",
                        "post",
                        f.fmt(c, f.rng.choice(W.NIGHT[f.cust[c]["language"]])),
                    ),
                )
    fams.append(f)
    # 6 bilingual
    f = Fam(
        "bilingual", 6, datetime(2026, 8, 10, tzinfo=UTC), 14, "customers alternating two languages"
    )
    pairs = [
        ("fr", "de"),
        ("de", "fr"),
        ("fr", "en"),
        ("de", "en"),
        ("fr", "es"),
        ("de", "it"),
        ("fr", "pt"),
        ("de", "es"),
        ("en", "fr"),
        ("es", "de"),
        ("it", "fr"),
        ("pt", "de"),
    ]
    for i in range(27):
        la, lb = pairs[i % len(pairs)]
        role = ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 2
        kind = role[i]
        persona = {
            "happy": "happy",
            "repeat": "repeat_contact",
            "slide": "slow_churner",
            "bad": "happy_one_bad_day",
            "fixed": "resolved_between_contacts",
        }[kind]
        exp = {"repeat": ["repeat_contact"], "slide": ["sentiment_drop"]}.get(kind, [])
        tol = {
            "repeat": [
                "sentiment_drop",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
            "slide": [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
            "bad": ["silence"],
            "fixed": ["silence"],
        }.get(kind, [])
        c = f.person(
            persona,
            "alternates languages",
            lang=la,
            expected=exp,
            tolerated=tol,
            languages=[la, lb],
        )
        langs = [la, lb]
        if kind == "happy":
            for k, d in enumerate(sorted(f.rng.sample(range(14), 6))):
                f.cust[c]["language"] = langs[k % 2]
                happy_act(f, c, day_time(f, d, 8, 19))
        elif kind == "slide":
            for k, d in enumerate(range(6)):
                f.add(
                    day_time(f, d, 8, 19),
                    c,
                    "community",
                    "post",
                    f.fmt(c, f.rng.choice(W.PRAISE[langs[k % 2]])),
                )
            comp = f.rng.choice(W.COMPETITORS)
            f.cust[c]["slide_event_ids"] = [
                f.add(
                    day_time(f, 7 + k // 2, 8 + 6 * (k % 2), 13 + 6 * (k % 2)),
                    c,
                    "social",
                    "mention",
                    W.SLIDE[langs[k % 2]][k].format(x=comp),
                )
                for k in range(6)
            ]
        elif kind == "repeat":
            happy_act(f, c, day_time(f, 0, 8, 18))
            cref = case(f)
            t = day_time(f, 2 + i % 3, 9, 12)
            eid, prob, p = complaint(f, c, t, "email")
            f.add(
                t + timedelta(minutes=30),
                c,
                "email",
                "message",
                f.fmt(c, W.CASE_OPENED[la], c=cref),
                out=True,
            )
            ids = [eid]
            for k in range(1, 2 + i % 3):
                pb = f.fmt(c, W.PROBLEM[langs[k % 2]][prob])
                ids.append(
                    f.add(
                        t + timedelta(hours=24 * k + 1),
                        c,
                        ["chat", "phone", "web"][k - 1],
                        ["chat", "call", "ticket"][k - 1],
                        f.rng.choice(W.STILL[langs[k % 2]]).format(c=cref, p=pb),
                    )
                )
            f.cust[c].update(booking=cref, problem=prob, problem_event_ids=ids)
        elif kind == "bad":
            happy_act(f, c, day_time(f, 1, 8, 18))
            f.cust[c]["language"] = lb
            t = day_time(f, 6, 9, 17)
            eid, prob, _ = complaint(f, c, t, "email")
            f.add(
                t + timedelta(minutes=25),
                c,
                "email",
                "message",
                f.fmt(c, W.CASE_OPENED[lb], c=case(f)),
                out=True,
            )
            f.cust[c].update(bad_day_event_id=eid, bad_day_language=lb, problem=prob)
            happy_act(f, c, day_time(f, 11, 8, 18))
        else:
            t = day_time(f, 3, 9, 12)
            eid, prob, _ = complaint(f, c, t, "web")
            cref = case(f)
            f.add(
                t + timedelta(minutes=30),
                c,
                "email",
                "message",
                f.fmt(c, W.GOOD_NEWS[lb], c=cref),
                out=True,
            )
            conf = f.add(t + timedelta(hours=8), c, "chat", "chat", W.CONFIRM[lb].format(c=cref))
            f.cust[c]["problems"] = [
                {
                    "problem": prob,
                    "booking": cref,
                    "problem_event_ids": [eid],
                    "confirm_event_id": conf,
                }
            ]
        f.cust[c]["language"] = la
    fams.append(f)
    # 7 b2b_accounts
    f = Fam(
        "b2b_accounts",
        7,
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "livery yards and riding schools on account (Sattelo Stable)",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    bprobs = ["invoice", "portal", "overbilled", "invoice", "portal"]
    for ai, kind in enumerate(kinds):
        lang = ["fr", "de"][ai % 2] if ai < 10 else f.rng.choice(W.LANGS)
        market = W.MARKETS[lang][0]
        acc = f.uniq(lambda m=market: f"STB-{m}-{f.rng.randint(1000, 9999)}")
        n = 4 if kind == "at_risk" else 3
        keys = []
        unhappy = (
            4
            if kind == "at_risk" and ai < 2
            else (3 if kind == "at_risk" else (1 if kind == "one_unhappy" else 0))
        )
        cref = case(f)
        prob = bprobs[ai % 5]
        first_name = ""
        for k in range(n):
            if k < unhappy:
                if kind == "at_risk":
                    last = k == unhappy - 1
                    c = f.person(
                        "b2b_unhappy",
                        "complainer",
                        lang=lang,
                        market=market,
                        account=acc,
                        expected=(["detractor"] if not last else ["repeat_contact"]),
                        tolerated=[
                            "sentiment_drop",
                            "churn_intent",
                            "competitor_mention",
                            "high_value_at_risk",
                            "silence",
                            "account_risk",
                        ],
                        company=f"Écurie {ai}",
                        role="complainer",
                    )
                else:
                    c = f.person(
                        "b2b_one_unhappy",
                        "complainer",
                        lang=lang,
                        market=market,
                        account=acc,
                        expected=["detractor"],
                        tolerated=["sentiment_drop", "high_value_at_risk", "silence"],
                        company=f"Écurie {ai}",
                        role="complainer",
                    )
                t = f.start + timedelta(days=2 + k, hours=f.rng.uniform(8, 15))
                prev = "" if k == 0 else W.B2B_PREV[lang].format(n=first_name, c=cref)
                eid = f.add(
                    t,
                    c,
                    "email",
                    "message",
                    W.B2B_COMPLAINT[lang].format(acc=acc, p=W.B2B_PROBLEM[prob][lang], prev=prev),
                    subject=cref if k else None,
                )
                if k == 0:
                    first_name = f.meta[c]["first"]
                    f.add(
                        t + timedelta(minutes=40),
                        c,
                        "email",
                        "message",
                        f.fmt(c, W.CASE_OPENED[lang], c=cref),
                        out=True,
                    )
                ids = [eid]
                if kind == "at_risk" and k == unhappy - 1:
                    ids.append(
                        f.add(
                            t + timedelta(hours=26),
                            c,
                            "phone",
                            "call",
                            W.B2B_LAST[lang].format(c=cref),
                        )
                    )
                else:
                    nps = f.rng.randint(1, 5)
                    sid = f.add(
                        t + timedelta(hours=2),
                        c,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps, "csat": None, "ces": None},
                        attrs={"survey": "nps"},
                    )
                    f.cust[c].update(nps=nps, nps_given=True, survey_event_id=sid)
                f.cust[c]["complaint_event_ids"] = ids
            elif kind == "mild" and k < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang=lang,
                    market=market,
                    account=acc,
                    tolerated=["silence"],
                    company=f"Écurie {ai}",
                    role="suggests",
                )
                f.cust[c]["mild_event_id"] = f.add(
                    f.start + timedelta(days=3, hours=f.rng.uniform(9, 15)),
                    c,
                    "web",
                    "ticket",
                    W.B2B_MILD[lang],
                    attrs={"page": "/portal/feedback"},
                )
            else:
                c = f.person(
                    "b2b_happy",
                    "contact",
                    lang=lang,
                    market=market,
                    account=acc,
                    company=f"Écurie {ai}",
                    role="contact",
                )
                for d in (0, 1, 8, 9):
                    happy_act(f, c, f.start + timedelta(days=d, hours=f.rng.uniform(8, 16)))
            keys.append(c)
        risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": f"Écurie {ai}",
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": keys[:unhappy],
            "at_risk": risk,
            "expected_rules": ["account_risk"] if risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if risk else None,
            "trouble_starts_at": iso(f.start + timedelta(days=2)) if risk else None,
            "language": lang,
            "country": market,
        }
    fams.append(f)
    # 8 topic_spike
    f = Fam(
        "topic_spike",
        8,
        datetime(2026, 10, 12, tzinfo=UTC),
        7,
        "calm week and a Saturday-morning booking failure",
    )
    s0 = datetime(2026, 10, 17, 8, 5, tzinfo=UTC)
    for _ in range(40):
        c = f.person("happy", "day writer")
        happy(f, c, sorted(f.rng.sample(range(5), 2)))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        f.cust[c]["grumble_event_id"] = f.add(
            day_time(f, 0, 9, 16), c, "chat", "chat", W.MILD[f.cust[c]["language"]]
        )
    for lang, h in (("fr", 9.5), ("de", 15.2)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = f.start + timedelta(days=4, hours=h)
        f.cust[c]["lone_report_event_id"] = f.add(t, c, "chat", "chat", W.LONE[lang])
        f.add(t + timedelta(minutes=4), c, "chat", "chat", f.fmt(c, W.ANSWER[lang]), out=True)
    keys = []
    eids: list[str] = []
    reps: list[str] = []
    for i in range(20):
        regular = i < 12
        rep = i % 3 == 0 and len(reps) < 6
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang=["fr", "de"][i % 2] if i < 12 else None,
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
            in_spike=True,
            regular=regular,
        )
        if regular:
            happy(f, c, [2])
        t = s0 + timedelta(minutes=i * 40 / 19)
        ch = ["social", "chat", "community", "email", "web"][i % 5]
        e = f.add(
            t,
            c,
            ch,
            {
                "social": "mention",
                "chat": "chat",
                "community": "post",
                "email": "message",
                "web": "ticket",
            }[ch],
            f.fmt(c, f.rng.choice(W.SPIKE[f.cust[c]["language"]])),
            attrs={"page": "/book"} if ch == "web" else None,
        )
        keys.append(c)
        eids.append(e)
        f.cust[c].update(spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t))
        if rep:
            r = f.add(
                t + timedelta(minutes=20),
                c,
                "chat" if ch != "chat" else "email",
                "chat" if ch != "chat" else "message",
                f.fmt(c, W.SPIKE_AGAIN[f.cust[c]["language"]]),
            )
            reps.append(r)
            f.cust[c]["repeat_event_id"] = r
        elif i % 3 == 1 and sum(1 for x in f.cust.values() if x.get("agent_fixed")) < 6:
            f.add(
                datetime(2026, 10, 17, 11, 10 + i % 7, tzinfo=UTC),
                c,
                "email",
                "message",
                f.fmt(c, W.WORKS[f.cust[c]["language"]]),
                out=True,
            )
            f.cust[c]["agent_fixed"] = True
    f.spike = {
        "topic": f"app and website refuse to book rug collections and fitter visits, error {ERR}",
        "about": "booking failure",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=40)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    fams.append(f)
    for fam in fams:
        for cu in fam.cust.values():
            assert not set(cu["expected_rules"]) & set(cu["tolerated_rules"])
        got = fam.write()
        tot = [x + y for x, y in zip(tot, got, strict=True)]
        print(fam.name, *got)
    print("total", *tot)


if __name__ == "__main__":
    main()
