# ruff: noqa: E501
"""Build heldout175 (written blind, report only): python make_heldout175.py."""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import wording as W  # noqa: E402

SEED = 20261206
AGENTS = ["Mara", "Ben", "Ilka", "Sam"]
USED: set[str] = set()


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    email: str
    phone: str
    handle: str | None
    account: str | None = None
    truth: dict[str, Any] = field(default_factory=dict)


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rows: list[tuple[datetime, int, Cust, dict[str, Any]]] = []
        self.custs: list[Cust] = []
        self.accounts: dict[str, Any] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    def uniq(self, make: Any) -> str:
        while True:
            v: str = make()
            if v not in USED:
                USED.add(v)
                return v

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        market: str | None = None,
    ) -> Cust:
        r = self.rng
        lang = lang or r.choices(W.LANGS, W.WEIGHTS)[0]
        market = market or r.choice(W.MARKETS[lang])
        first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
        key = self.uniq(lambda: f"KL{self.code}{r.randint(1000, 9999)}")
        plain = "".join(ch for ch in (first + last).lower() if ch.isascii())
        dom = (
            "corp.example" if account else r.choice(["mail.example", "post.example", "web.example"])
        )
        email = self.uniq(lambda: f"{plain}{r.randint(1, 99)}@{dom}")
        phone = self.uniq(
            lambda: W.PREFIX[market] + "".join(str(r.randint(0, 9)) for _ in range(8))
        )
        handle = (
            None
            if account or r.random() < 0.3
            else self.uniq(lambda: f"@{plain[:6]}_{r.randint(1, 999)}")
        )
        c = Cust(key, lang, market, f"{first} {last}", email, phone, handle, account)
        c.truth = {
            "persona": persona,
            "habit": habit,
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": c.name,
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
        }
        self.custs.append(c)
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"h175-{self.code.lower()}-{self.seq:05d}"
        if not out and text and kind not in ("call", "survey_response"):
            text = roughen(self.rng, text)
        a = {"market": c.market, **(attrs or {})}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        row = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None, **(scores or {})},
            "source": f"kochlora-{channel}",
            "attributes": a,
        }
        self.rows.append((t, self.seq, c, row))
        return eid

    def at(self, day: int, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(h0, h1))

    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda x: (x[0], x[1]))
        seen: set[str] = set()
        lines = []
        for _t, _s, c, row in self.rows:
            full = row["direction"] == "outbound" or c.key not in seen
            if row["direction"] == "inbound":
                seen.add(c.key)
            ch = row["channel"]
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif ch == "phone":
                ref["phone"] = c.phone
            elif ch in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if self.rng.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif ch == "email":
                ref["email"] = c.email.upper() if self.rng.random() < 0.08 else c.email
            else:
                ref["customer_id"] = c.key
            row["customer"] = ref
            lines.append(json.dumps(row, ensure_ascii=False))
        last = max(r[0] for r in self.rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 15, tzinfo=UTC)
        for c in self.custs:
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            assert c.key in seen, c.key
        counts: dict[str, int] = {}
        for c in self.custs:
            for rule in c.truth["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        assert counts == expected, (self.name, counts, expected)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Kochlora",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": counts,
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
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


def roughen(r: random.Random, text: str) -> str:
    x = r.random()
    if x < 0.14:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) > 4]
        if idx:
            i = r.choice(idx)
            w = words[i]
            j = r.randint(1, len(w) - 3)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    elif x < 0.26:
        text = text[0].lower() + text[1:]
    elif x < 0.34:
        text = text.translate(str.maketrans("äöüéèàçãíóú", "aoueeacaiou"))
    return text


def pick(r: random.Random, table: dict[str, list[str]], lang: str) -> str:
    return r.choice(table.get(lang) or table["en"])


def one(table: dict[str, str], lang: str) -> str:
    return table.get(lang) or table["en"]


def happy_act(f: Fam, c: Cust, t: datetime) -> None:
    r, lang, n = f.rng, c.lang, c.name.split()[0]
    k = r.choice(["praise", "question", "call", "buy", "survey", "review"])
    if k == "praise":
        f.add(c, t, r.choice(["social", "community"]), "post", pick(r, W.PRAISE, lang))
    elif k == "question":
        f.add(c, t, "chat", "chat", pick(r, W.QUESTION, lang))
        f.add(
            c,
            t + timedelta(minutes=r.randint(1, 6)),
            "chat",
            "chat",
            one(W.ANSWER, lang).format(n=n, a=r.choice(AGENTS)),
            out=True,
        )
        if r.random() < 0.6:
            f.add(
                c, t + timedelta(minutes=r.randint(8, 12)), "chat", "chat", pick(r, W.THANKS, lang)
            )
    elif k == "call":
        f.add(c, t, "phone", "call", pick(r, W.CALL, lang))
        f.add(
            c,
            t + timedelta(minutes=r.randint(15, 40)),
            "email",
            "message",
            one(W.ANSWER, lang).format(n=n, a=r.choice(AGENTS)),
            out=True,
        )
    elif k == "buy":
        f.add(c, t, "web", "page_view", "", attrs={"page": "/recipes"})
        f.add(
            c,
            t + timedelta(minutes=r.randint(3, 15)),
            "web",
            "purchase",
            "",
            attrs={
                "order_value": f"{r.randint(45, 80)}.90",
                "currency": "GBP"
                if c.market in ("UK",)
                else ("CHF" if c.market == "CH" else "EUR"),
                "product": "Family box 4x3",
                "page": "/checkout",
            },
        )
    elif k == "survey":
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            r.choice(["", "top", "👍"]),
            scores={"nps": r.randint(9, 10)},
            attrs={"survey": "nps"},
        )
    else:
        f.add(
            c,
            t,
            "web",
            "review",
            pick(r, W.PRAISE, lang),
            attrs={"rating": "5", "page": "/reviews"},
        )


def happies(
    f: Fam,
    n: int,
    days: int,
    acts: tuple[int, int],
    persona: str = "happy",
    habit: str = "day writer",
) -> list[Cust]:
    out = []
    for _ in range(n):
        c = f.person(persona, habit)
        for d in f.rng.sample(range(days), min(days, f.rng.randint(*acts))):
            happy_act(f, c, f.at(d, 7, 19))
        out.append(c)
    return out


def complaint(
    f: Fam, c: Cust, t: datetime, prob: str, channel: str, ref: str, long: bool = False
) -> str:
    r, lang, n = f.rng, c.lang, c.name.split()[0]
    text = W.COMPLAINT[lang][prob]
    if long and lang in W.LETTER:
        text = W.LETTER[lang].format(c=text, n=c.name)
    kind = {
        "email": "message",
        "chat": "chat",
        "phone": "call",
        "social": "mention",
        "web": "ticket",
        "community": "post",
    }[channel]
    if channel == "phone":
        text = text.lower().replace(",", "").replace(".", "").replace("!", "")
    eid = f.add(
        c,
        t,
        channel,
        kind,
        text,
        subject=f"Complaint: {W.PROBLEM_WORDS[prob]}" if channel == "email" else None,
    )
    if channel != "social":
        f.add(
            c,
            t + timedelta(minutes=r.randint(10, 40)),
            "chat" if channel == "chat" else "email",
            "chat" if channel == "chat" else "message",
            one(W.CASE_OPENED, lang).format(n=n, r=ref, a=r.choice(AGENTS)),
            out=True,
        )
    return eid


def ref(f: Fam) -> str:
    return f.uniq(lambda: f"KL-{f.rng.randint(100000, 999999)}")


def night(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        t = (t + timedelta(hours=10)).replace(hour=8, minute=t.minute)
    return t


def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, datetime(2026, 3, 9, tzinfo=UTC), 10, "happy customers only")
    happies(f, 16, 10, (5, 8))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), 3):
            t = f.at(d, 22.2, 28.4)
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", pick(f.rng, W.NIGHT, c.lang))
            else:
                f.add(c, t, "chat", "chat", one(W.NIGHT_Q, c.lang))
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    one(W.ANSWER, c.lang).format(n=c.name.split()[0], a="Sam"),
                    out=True,
                )
        for d in f.rng.sample(range(10), 2):
            happy_act(f, c, f.at(d, 9, 18))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), 4):
            f.add(
                c,
                f.at(d, 8, 20),
                "survey",
                "survey_response",
                f.rng.choice(["", "super", "😊"]),
                scores={"nps": f.rng.randint(9, 10)},
                attrs={"survey": "nps"},
            )
    f.write({})
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "happy customers with one bad day",
    )
    chans = ["email"] * 8 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    det = 0
    for i, ch in enumerate(chans):
        c = f.person("happy_one_bad_day", "one bad day", tolerated=("silence",))
        bd = f.rng.randint(2, 9)
        for d in f.rng.sample(
            [d for d in range(12) if d < bd - 1 or d > bd + 2], f.rng.randint(1, 4)
        ):
            happy_act(f, c, f.at(d, 8, 19))
        t = f.at(bd, 8, 20)
        prob = W.PROBLEMS[i % 6]
        rf = ref(f) if ch != "social" else None
        eid = complaint(f, c, t, prob, ch, rf or "", long=i < 4)
        c.truth.update(
            problem=prob,
            bad_day_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            bad_day_event_id=eid,
            booking=rf,
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            long_email=i < 4,
        )
        if ch != "social" and det < 6:
            det += 1
            c.truth.update(persona="bad_day_detractor", expected_rules=["detractor"])
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                one(W.NPS_WORD, c.lang),
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, survey_event_id=s)
        elif ch != "social":
            f.add(
                c,
                night(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                "message",
                one(W.FIXED, c.lang).format(r=rf, a="Ilka"),
                out=True,
            )
            if f.rng.random() < 0.5:
                a = f.add(
                    c,
                    night(t + timedelta(hours=f.rng.uniform(16, 24))),
                    "chat",
                    "chat",
                    one(W.APOLOGY, c.lang),
                )
                c.truth.update(apologised=True, apology_event_id=a)
    happies(f, 8, 12, (4, 7), habit="control")
    f.write({"detractor": 6})
    return f


def repeat_run(f: Fam, c: Cust, day: int, times: int, prob: str, chans: list[str]) -> None:
    r = f.rng
    rf = ref(f)
    k = r.choice(W.COMPETITORS)
    t = f.at(day, 8, 19)
    ids = [complaint(f, c, t, prob, chans[0], rf)]
    for j in range(1, times):
        t = night(t + timedelta(hours=r.uniform(4, 40)))
        ch = chans[j]
        text = W.REPEAT[c.lang][min(j, 3) - 1].format(r=rf, k=k)
        if ch == "phone":
            text = text.lower().replace(",", "").replace(".", "")
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "social": "mention",
            "web": "ticket",
        }[ch]
        ids.append(f.add(c, t, ch, kind, text, subject=f"Re: case {rf}" if ch == "email" else None))
    c.truth.update(
        problem=prob,
        booking=rf,
        problem_event_ids=ids,
        contacts=times,
        channels=chans[:times],
        competitor=k if times >= 3 else None,
    )


def repeat_contacts() -> Fam:
    f = Fam("repeat_contacts", "RC", 3, datetime(2026, 5, 25, tzinfo=UTC), 10, "repeat contacts")
    tol = ("sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence")
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=("repeat_contact",), tolerated=tol)
        happy_act(f, c, f.at(0, 7, 12))
        chans = f.rng.sample(["email", "chat", "phone", "web", "social"], 4)
        repeat_run(f, c, f.rng.randint(1, 4), 2 + i % 3, W.PROBLEMS[i % 6], chans)
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=("silence",))
        rf = ref(f)
        t = f.at(f.rng.randint(1, 4), 8, 18)
        e = complaint(f, c, t, W.PROBLEMS[i], "web", rf)
        t2 = night(t + timedelta(hours=f.rng.uniform(3, 20)))
        f.add(c, t2, "email", "message", one(W.FIXED, c.lang).format(r=rf, a="Ben"), out=True)
        ce = f.add(
            c,
            night(t2 + timedelta(hours=f.rng.uniform(8, 30))),
            "email",
            "message",
            one(W.CONFIRM, c.lang).format(r=rf),
            subject=f"Re: case {rf}",
        )
        c.truth.update(
            problems=[
                {
                    "problem": W.PROBLEMS[i],
                    "booking": rf,
                    "problem_event_ids": [e],
                    "confirm_event_id": ce,
                }
            ]
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=("silence",))
        ps = []
        for d, p in ((1, "late_box"), (6, "wrong_box")):
            rf = ref(f)
            t = f.at(d, 8, 17)
            e = complaint(f, c, t, p, "chat", rf)
            t2 = night(t + timedelta(hours=3))
            f.add(c, t2, "email", "message", one(W.FIXED, c.lang).format(r=rf, a="Mara"), out=True)
            ce = f.add(
                c,
                night(t2 + timedelta(hours=10)),
                "chat",
                "chat",
                one(W.CONFIRM, c.lang).format(r=rf),
            )
            ps.append(
                {"problem": p, "booking": rf, "problem_event_ids": [e], "confirm_event_id": ce}
            )
        c.truth.update(problems=ps)
    happies(f, 7, 10, (5, 8), habit="frequent writer")
    f.write({"repeat_contact": 12})
    return f


def slide(f: Fam, c: Cust, d0: int, span: int, alt: str | None = None) -> list[str]:
    k = f.rng.choice(W.COMPETITORS)
    ids = []
    t = f.at(d0, 8, 19)
    for j in range(6):
        lang = alt if alt and j % 2 else c.lang
        text = W.SLIDE.get(lang, W.SLIDE["en"])[j].format(k=k)
        ch = f.rng.choice(["social", "community", "web"])
        ids.append(
            f.add(
                c,
                night(t),
                ch,
                "review" if ch == "web" else "post",
                text,
                attrs={"rating": str([3, 3, 2, 2, 1, 1][j]), "page": "/reviews"}
                if ch == "web"
                else None,
            )
        )
        t = t + timedelta(hours=span * 24 / 6 + f.rng.uniform(1, 3))
    c.truth.update(
        slide_event_ids=ids, competitor=k, trouble_starts_at=f.rows[-6][3]["occurred_at"]
    )
    return ids


def slow_churners() -> Fam:
    f = Fam("slow_churners", "SC", 4, datetime(2026, 6, 29, tzinfo=UTC), 32, "slow churners")
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            lang=["de", "en"][i % 2],
            expected=("sentiment_drop",),
            tolerated=(
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        for d in f.rng.sample(range(11), 5):
            f.add(c, f.at(d, 8, 19), "social", "post", pick(f.rng, W.PRAISE, c.lang))
        for d in f.rng.sample(range(11), 2):
            happy_act(f, c, f.at(d, 8, 19))
        ids = slide(f, c, f.rng.randint(12, 16), [3, 5, 9][i % 3])
        if i < 5:
            c.truth["expected_rules"].append("detractor")
            t4 = datetime.strptime(
                next(r[3]["occurred_at"] for r in f.rows if r[3]["event_id"] == ids[3]),
                "%Y-%m-%dT%H:%M:%SZ",
            ).replace(tzinfo=UTC)
            s = f.add(
                c,
                night(t4 + timedelta(hours=3)),
                "survey",
                "survey_response",
                one(W.NPS_WORD, c.lang),
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, survey_event_id=s)
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        for d in f.rng.sample(range(15), 4):
            happy_act(f, c, f.at(d, 8, 19))
        t = f.at(f.rng.randint(17, 23), 8, 17)
        e = f.add(
            c, t, "email", "message", one(W.CANCEL, c.lang), subject="Kündigung / cancellation"
        )
        f.add(
            c,
            night(t + timedelta(hours=3)),
            "email",
            "message",
            one(W.BYE, c.lang).format(n=c.name.split()[0], a="Mara"),
            out=True,
        )
        x = f.add(
            c,
            night(t + timedelta(hours=25)),
            "web",
            "cancellation",
            "",
            attrs={"page": "/account/cancel", "product": "Kochlora Club"},
        )
        c.truth.update(churn_intent_event_id=e, cancellation_event_id=x)
    happies(f, 6, 32, (6, 10), habit="steady")
    for _ in range(5):
        c = f.person(
            "steadily_grumpy",
            "grumbles",
            lang=f.rng.choice(["de", "en"]),
            tolerated=("repeat_contact", "silence"),
        )
        d = f.rng.randint(0, 4)
        g = []
        for _ in range(6):
            g.append(f.add(c, f.at(d, 8, 20), "community", "post", pick(f.rng, W.GRUMBLE, c.lang)))
            d += f.rng.randint(1, 3)
        c.truth["grumble_event_ids"] = g
    for _ in range(5):
        c = f.person(
            "happy_one_sarcastic_remark",
            "happy",
            lang=f.rng.choice(["de", "en"]),
            tolerated=("silence",),
        )
        for d in f.rng.sample(range(16), 4):
            happy_act(f, c, f.at(d, 8, 19))
        c.truth["sarcasm_event_id"] = f.add(
            c, f.at(f.rng.randint(17, 28), 9, 20), "social", "post", one(W.SARCASM, c.lang)
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        "a calm weekend with night bursts",
    )
    happies(f, 20, 3, (1, 3))
    for d in range(3):
        b0 = f.start + timedelta(days=d + 1, hours=0, minutes=f.rng.randint(40, 65))
        for off in (0, 30, 60):
            for _ in range(4):
                c = f.person("night_owl", f"night {d + 1}, burst {off // 30 + 1}")
                t = b0 + timedelta(minutes=off + f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", one(W.NIGHT_Q, c.lang))
                    f.add(
                        c,
                        t + timedelta(minutes=2),
                        "chat",
                        "chat",
                        one(W.ANSWER, c.lang).format(n=c.name.split()[0], a="Sam"),
                        out=True,
                    )
                else:
                    e = f.add(c, t, "social", "post", pick(f.rng, W.NIGHT, c.lang))
                c.truth.update(night_event_id=e, burst_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"))
    f.write({})
    return f


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers writing in two languages",
    )
    pairs = [("de", "en"), ("en", "de"), ("de", "fr"), ("en", "es"), ("de", "it"), ("en", "pt")]
    for i in range(12):
        a, b = pairs[i % 6]
        c = f.person("happy", "alternates languages", lang=a)
        c.truth["languages"] = [a, b]
        for j, d in enumerate(sorted(f.rng.sample(range(14), 6))):
            c.lang = [a, b][j % 2]
            happy_act(f, c, f.at(d, 8, 19))
        c.lang = a
    for i in range(5):
        a, b = pairs[i]
        c = f.person(
            "repeat_contact",
            "repeats",
            lang=a,
            expected=("repeat_contact",),
            tolerated=(
                "sentiment_drop",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        c.truth["languages"] = [a, b]
        happy_act(f, c, f.at(0, 8, 12))
        repeat_run(
            f,
            c,
            f.rng.randint(2, 5),
            2 + i % 3,
            W.PROBLEMS[i],
            f.rng.sample(["email", "chat", "phone", "web"], 4),
        )
    for i in range(5):
        a, b = [("de", "en"), ("en", "de")][i % 2]
        c = f.person(
            "slow_churner",
            "slides",
            lang=a,
            expected=("sentiment_drop",),
            tolerated=(
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        c.truth["languages"] = [a, b]
        for d in range(5):
            f.add(c, f.at(d, 8, 19), "social", "post", pick(f.rng, W.PRAISE, [a, b][d % 2]))
        slide(f, c, 7, 4, alt=b)
    for _ in range(5):
        c = f.person("happy_one_bad_day", "one bad day", lang="de", tolerated=("silence",))
        c.truth["languages"] = ["de", "en"]
        for d in (0, 1, 12):
            happy_act(f, c, f.at(d, 8, 19))
        c.lang = "en"
        rf = ref(f)
        e = complaint(f, c, f.at(6, 9, 18), "warm_box", "email", rf)
        c.lang = "de"
        c.truth.update(bad_day_event_id=e, booking=rf, bad_day_language="en")
    f.write({"repeat_contact": 5, "sentiment_drop": 5})
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, datetime(2026, 10, 5, tzinfo=UTC), 14, "companies on account")
    n = 0
    for kind, count in (("at_risk", 5), ("one_unhappy", 4), ("mild", 3), ("happy", 3)):
        for i in range(count):
            lang = ["de", "en"][n % 2]
            acc = f.uniq(lambda lang=lang: f"KLO-{lang.upper()}-{f.rng.randint(1000, 9999)}")
            n += 1
            size = 4 if kind != "happy" else 3
            contacts = [
                f.person("b2b_happy", "contact", lang=lang, account=acc) for _ in range(size)
            ]
            prob = ["invoice", "portal", "overbilled"][i % 3]
            unhappy: list[str] = []
            exp: list[str] = []
            if kind == "at_risk":
                exp = ["account_risk"]
                rf = ref(f)
                t = datetime(2026, 10, 7, 9, tzinfo=UTC) + timedelta(minutes=f.rng.randint(0, 300))
                for j, c in enumerate(contacts[:3]):
                    text = (
                        B2B_text(c.lang, prob)
                        if j == 0
                        else W.B2B_AGAIN[c.lang].format(
                            p=contacts[0].name.split()[0], r=rf, c=B2B_text(c.lang, prob)
                        )
                    )
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        text,
                        subject=f"Beschwerde {rf}" if c.lang == "de" else f"Complaint {rf}",
                    )
                    if j == 0:
                        f.add(
                            c,
                            t + timedelta(minutes=30),
                            "email",
                            "message",
                            one(W.CASE_OPENED, c.lang).format(n=c.name.split()[0], r=rf, a="Ben"),
                            out=True,
                        )
                    c.truth.update(
                        persona="b2b_unhappy",
                        habit="complainer",
                        expected_rules=[],
                        tolerated_rules=[
                            "sentiment_drop",
                            "churn_intent",
                            "competitor_mention",
                            "high_value_at_risk",
                            "silence",
                            "account_risk",
                        ],
                        complaint_event_ids=[e],
                    )
                    if j < 2:
                        s = f.add(
                            c,
                            t + timedelta(hours=2),
                            "survey",
                            "survey_response",
                            "",
                            scores={"nps": f.rng.randint(1, 5)},
                            attrs={"survey": "nps"},
                        )
                        c.truth["expected_rules"] = ["detractor"]
                        c.truth["survey_event_id"] = s
                    unhappy.append(c.key)
                    t = t + timedelta(hours=f.rng.uniform(18, 26))
                    if t.weekday() >= 5:
                        t += timedelta(days=7 - t.weekday())
                last = contacts[2]
                t = t + timedelta(hours=2)
                e2 = f.add(
                    last,
                    t,
                    "email",
                    "message",
                    W.B2B_LAST[last.lang].format(r=rf, k=f.rng.choice(W.COMPETITORS)),
                    subject=f"Re: {rf}",
                )
                last.truth["expected_rules"] = ["repeat_contact"]
                last.truth["complaint_event_ids"].append(e2)
            elif kind in ("one_unhappy", "mild"):
                c = contacts[0]
                t = f.at(f.rng.randint(3, 4), 9, 15)
                if kind == "one_unhappy":
                    rf = ref(f)
                    e = f.add(c, t, "email", "message", B2B_text(c.lang, prob), subject="Complaint")
                    f.add(
                        c,
                        t + timedelta(minutes=40),
                        "email",
                        "message",
                        one(W.CASE_OPENED, c.lang).format(n=c.name.split()[0], r=rf, a="Ilka"),
                        out=True,
                    )
                    s = f.add(
                        c,
                        t + timedelta(hours=2),
                        "survey",
                        "survey_response",
                        "",
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(
                        persona="b2b_one_unhappy",
                        habit="complainer",
                        expected_rules=["detractor"],
                        tolerated_rules=["sentiment_drop", "high_value_at_risk", "silence"],
                        complaint_event_ids=[e],
                        survey_event_id=s,
                    )
                    unhappy.append(c.key)
                else:
                    e = f.add(
                        c,
                        t,
                        "web",
                        "ticket",
                        one(W.SUGGEST, c.lang),
                        attrs={"page": "/portal/feedback"},
                    )
                    c.truth.update(
                        persona="b2b_mild",
                        habit="suggests",
                        tolerated_rules=["silence"],
                        mild_event_id=e,
                    )
            for c in contacts:
                if c.truth["persona"] == "b2b_happy":
                    for d in f.rng.sample([0, 1, 7, 8, 9, 10, 11], 2):
                        t = f.at(d, 8, 16)
                        f.add(c, t, "chat", "chat", one(W.B2B_Q, c.lang))
                        f.add(
                            c,
                            t + timedelta(minutes=3),
                            "chat",
                            "chat",
                            one(W.ANSWER, c.lang).format(n=c.name.split()[0], a="Mara"),
                            out=True,
                        )
                elif kind != "at_risk":
                    t = f.at(0, 9, 15)
                    f.add(c, t, "chat", "chat", one(W.B2B_Q, c.lang))
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        one(W.ANSWER, c.lang).format(n=c.name.split()[0], a="Mara"),
                        out=True,
                    )
            f.accounts[acc] = {
                "company": f"Firma {acc[-4:]}",
                "contacts": size,
                "contact_keys": [c.key for c in contacts],
                "unhappy_contacts": len(unhappy),
                "unhappy_contact_keys": unhappy,
                "at_risk": kind == "at_risk",
                "expected_rules": exp,
                "tolerated_rules": [],
                "kind": kind,
                "same_problem": prob if kind == "at_risk" else None,
                "language": lang,
            }
    f.write({"account_risk": 5, "detractor": 14, "repeat_contact": 5})
    return f


def B2B_text(lang: str, prob: str) -> str:
    return str(W.B2B[prob][lang])


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and the planted incident",
    )
    happies(f, 44, 5, (1, 4))
    s0 = datetime(2026, 11, 7, 9, 5, tzinfo=UTC)
    keys: list[str] = []
    ids: list[str] = []
    rep: list[str] = []
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    langs = ["de"] * 7 + ["en"] * 5 + ["fr", "it", "pt", "es"] * 2
    for i in range(20):
        c = f.person("spike_reporter", "new", lang=langs[i], tolerated=("silence",))
        t = s0 + timedelta(minutes=round(i * 45 / 19))
        ch = chans[(i * 7) % 20]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            c,
            t,
            ch,
            kind,
            pick(f.rng, W.SPIKE, c.lang),
            subject="App Fehler" if ch == "email" else None,
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=2),
                "chat",
                "chat",
                one(W.SPIKE_ANSWER, c.lang).format(a="Sam"),
                out=True,
            )
        keys.append(c.key)
        ids.append(e)
        c.truth.update(
            in_spike=True,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        if i % 3 == 0 and len(rep) < 6:
            ch2 = "email" if ch != "email" else "chat"
            r2 = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(12, 55)),
                ch2,
                "message" if ch2 == "email" else "chat",
                one(W.SPIKE_AGAIN, c.lang),
            )
            rep.append(r2)
            c.truth.update(
                persona="spike_repeater",
                expected_rules=["repeat_contact"],
                tolerated_rules=["silence", "sentiment_drop"],
                repeat_event_id=r2,
            )
    f.spike = {
        "topic": "meal-kit app and website cannot skip next week's delivery before the weekly cutoff, error KLB-729",
        "about": "the planted incident",
        "channel": None,
        "start": "2026-11-07T09:05:00Z",
        "end": "2026-11-07T09:50:00Z",
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rep,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})
    return f


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
        f = build()
        print(
            f.name,
            len(f.custs),
            len(f.rows),
            sum(1 for r in f.rows if r[3]["direction"] == "outbound"),
        )


if __name__ == "__main__":
    main()
