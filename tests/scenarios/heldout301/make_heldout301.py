"""Generate heldout301 (Cacavela, chocolate by post): eight families, seeded, stdlib only."""

# ruff: noqa: E501

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

from wording import FIRST, LAST, MARKETS, PHONE, PRODUCTS, WEEKDAY, W  # noqa: E402

SEED = 20261003
CODE = "KX+317"
COMPS = ("Pralinor", "Xocova")
LANG_W = (("de", 30), ("pt", 30), ("es", 10), ("en", 10), ("fr", 10), ("it", 10))
ACCENTS = str.maketrans("äöüáàâãéèêíóôõúçìòùñ", "aouaaaaeeeiooouciouñ")
CASE_N = [0]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, Any]
    truth: dict[str, Any]
    seen: bool = False


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    n: int
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)
        self.count = 0

    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_W], [w for _, w in LANG_W])[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        company: str | None = None,
    ) -> Cust:
        lg = lang or self.lang()
        mk = self.rng.choice(MARKETS[lg])
        i = len(self.custs) + 1
        key = f"CV{self.code}{1000 + i * 7 + self.n}"
        first = self.rng.choice(FIRST[lg])
        last = self.rng.choice(LAST[lg])
        slug = (first[0] + last).lower().translate(ACCENTS).replace("ñ", "n")
        dom = (
            f"{company.lower().replace(' ', '')}.example"
            if company
            else self.rng.choice(["mail.example", "post.example", "web.example"])
        )
        email = f"{slug}{self.n}{i}@{dom}"
        phone = PHONE[mk] + f"{self.n}{i:03d}{self.rng.randint(1000, 9999)}"
        handle = None if company else f"@{slug}_{self.n}{i}"
        ids = {
            "customer_id": key,
            "email": email,
            "phone": phone.replace(" ", ""),
            "handle": handle,
            "account_id": account,
        }
        t: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(c for c in phone if c.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "company": company,
        }
        c = Cust(key, lg, mk, ids, t)
        self.custs[key] = c
        return c

    def ref(self) -> str:
        CASE_N[0] += 1
        return f"CV-{300000 + CASE_N[0] * 13}"

    def pick(self, c: Cust, table: str, lang: str | None = None) -> str:
        return self.rng.choice(W[table][lang or c.lang])

    def roughen(self, text: str, channel: str) -> str:
        r = self.rough
        if channel in ("phone", "survey") or not text:
            return text
        if r.random() < 0.1:
            text = text.translate(ACCENTS)
        if r.random() < 0.125:
            text = text[0].lower() + text[1:]
        if r.random() < 0.14:
            words = [w for w in text.split(" ") if w.isalpha() and w.islower() and len(w) > 4]
            if words:
                w = r.choice(words)
                j = r.randrange(1, len(w) - 2)
                text = text.replace(w, w[:j] + w[j + 1] + w[j] + w[j + 2 :], 1)
        return text

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
        **attrs: str,
    ) -> str:
        self.count += 1
        eid = f"cv301-{self.code.lower()}-{self.count:05d}"
        if out or not c.seen:
            ref = {k: v for k, v in c.ids.items() if v}
        else:
            pick = {
                "phone": "phone",
                "social": "handle",
                "community": "handle",
                "email": "email",
            }.get(channel, "customer_id")
            if pick == "handle" and not c.ids["handle"]:
                pick = "email"
            ref = {pick: c.ids[pick]}
            if c.ids["account_id"]:
                ref["account_id"] = c.ids["account_id"]
        if not out:
            c.seen = True
        if text is not None and not out and kind != "survey_response":
            text = self.roughen(text, channel)
        a = {"market": c.market, **attrs}
        if out:
            a["agent"] = self.rng.choice(["Anja", "Rita", "Tomás", "Kate", "Elise", "Paolo"])
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "customer": ref,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": f"cacavela-{channel}",
                "attributes": a,
            }
        )
        return eid

    def at(self, day: float, lo: float = 8, hi: float = 19) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(lo, hi))

    def happy(self, c: Cust, t: datetime) -> None:
        r = self.rng.random()
        if r < 0.25:
            self.add(c, t, "social", "mention", self.pick(c, "praise"))
        elif r < 0.4:
            self.add(c, t, "chat", "chat", self.pick(c, "question"))
            self.add(c, t + timedelta(minutes=3), "chat", "chat", self.pick(c, "answer"), out=True)
            if self.rng.random() < 0.6:
                self.add(c, t + timedelta(minutes=5), "chat", "chat", self.pick(c, "thanks"))
        elif r < 0.55:
            p, v = self.rng.choice(PRODUCTS)
            self.add(c, t, "web", "page_view", page="/shop")
            self.add(
                c,
                t + timedelta(minutes=6),
                "web",
                "purchase",
                order_value=v,
                currency="GBP" if c.market == "UK" else ("CHF" if c.market == "CH" else "EUR"),
                product=p,
                page="/checkout",
            )
        elif r < 0.65:
            self.add(c, t, "phone", "call", self.pick(c, "phone_q"))
            self.add(
                c,
                t + timedelta(minutes=20),
                "email",
                "message",
                self.pick(c, "phone_followup"),
                out=True,
            )
        elif r < 0.75:
            self.add(c, t, "web", "review", self.pick(c, "review"), rating="5", page="/reviews")
        elif r < 0.85:
            self.add(
                c,
                t,
                "community",
                "post",
                self.pick(c, "gripe_praise" if self.rng.random() < 0.4 else "praise"),
            )
        else:
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                self.pick(c, "survey_word") or None,
                scores={"nps": self.rng.choice([9, 10])},
                survey="nps",
            )

    def acts(self, c: Cust, n: int, d0: int, d1: int) -> None:
        days = self.rng.sample(range(d0, d1 + 1), min(n, d1 - d0 + 1))
        for d in sorted(days):
            self.happy(c, self.at(d, 7, 19))

    def complaint(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        problem: int,
        lang: str | None = None,
        long: bool = False,
    ) -> tuple[str, str | None]:
        lg = lang or c.lang
        ref = self.ref()
        text = W["complaint"][lg][problem].format(ref=ref)
        if channel == "phone":
            eid = self.add(c, t, "phone", "call", W["complaint_phone"][lg][problem])
        elif channel == "email":
            body = self.rng.choice(W["letter"][lg]).format(complaint=text) if long else text
            eid = self.add(
                c, t, "email", "message", body, subject=self.rng.choice(W["subject_complaint"][lg])
            )
        elif channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
        elif channel == "social":
            eid = self.add(c, t, "social", "mention", "@Cacavela " + text)
            return eid, None
        else:
            eid = self.add(c, t, "web", "ticket", text, page="/help")
        lag = (
            timedelta(minutes=3)
            if channel == "chat"
            else timedelta(minutes=self.rng.randint(10, 40))
        )
        self.add(
            c,
            t + lag,
            "chat" if channel == "chat" else "email",
            "chat" if channel == "chat" else "message",
            W["case_opened"][lg][0].format(ref=ref),
            out=True,
        )
        return eid, ref

    def write(self, about: str, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        got: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        assert got == expected, (self.name, got, expected)
        last = datetime.fromisoformat(self.rows[-1]["occurred_at"].replace("Z", "+00:00"))
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 20, tzinfo=UTC)
        truth = {
            "config": {
                "family": self.name,
                "about": about,
                "business": "Cacavela",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "blind",
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
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as f:
            for r in self.rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


def happy_writers() -> None:
    f = Fam("happy_writers", "HW", d(2026, 1, 12), 10, 1)
    for _ in range(16):
        f.acts(f.person("happy", "day writer"), f.rng.randint(5, 8), 0, 9)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for day in f.rng.sample(range(0, 9), 3):
            t = f.start + timedelta(days=day, hours=f.rng.uniform(22.2, 23.9))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", f.pick(c, "night_post"))
            else:
                f.add(c, t, "chat", "chat", f.pick(c, "night_q"))
                f.add(c, t + timedelta(minutes=4), "chat", "chat", f.pick(c, "night_a"), out=True)
        f.acts(c, 2, 0, 9)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for day in f.rng.sample(range(10), 4):
            kind = f.rng.choice(["nps", "csat", "ces"])
            sc = {
                "nps": f.rng.choice([9, 10]),
                "csat": f.rng.choice([4, 5]),
                "ces": f.rng.choice([6, 7]),
            }[kind]
            f.add(
                c,
                f.at(day),
                "survey",
                "survey_response",
                f.pick(c, "survey_word") or None,
                scores={kind: sc},
                survey=kind,
            )
    f.write("happy customers only", {})


def one_bad_day() -> None:
    f = Fam("one_bad_day", "BD", d(2026, 2, 9), 12, 2)
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    cases: list[tuple[Cust, datetime, str]] = []
    for i, ch in enumerate(chans):
        c = f.person("happy_one_bad_day", "one bad day", tolerated=("silence",))
        day = 2 + i % 8
        t = f.at(day, 8, 18)
        for hd in f.rng.sample(
            [x for x in range(12) if x < day - 1 or x > day + 2], f.rng.randint(1, 4)
        ):
            f.happy(c, f.at(hd))
        eid, ref = f.complaint(c, t, "email" if ch == "long" else ch, i % 4, long=ch == "long")
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            booking=ref,
            channel=ch,
            long_email=ch == "long",
            problem=["no_show", "melted", "double_charge", "refund"][i % 4],
            trouble_starts_at=iso(t),
        )
        if ref:
            cases.append((c, t, ref))
    for j, (c, t, ref) in enumerate(cases):
        if j < 6:
            c.truth.update(
                persona="bad_day_detractor",
                expected_rules=["detractor"],
                nps=j % 5 + 1,
                nps_given=True,
            )
            c.truth["survey_event_id"] = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": j % 5 + 1},
                survey="nps",
            )
        elif j < 11:
            c.truth.update(csat=1 + j % 2, csat_given=True)
            c.truth["survey_event_id"] = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                None,
                scores={"csat": 1 + j % 2},
                survey="csat",
            )
        if j % 20 < 12:
            f.add(
                c,
                t + timedelta(hours=f.rng.uniform(1, 3.5)),
                "email",
                "message",
                f.pick(c, "good_news").format(ref=ref),
                out=True,
            )
            c.truth["agent_fixed"] = True
            if j % 20 < 5:
                ta = t + timedelta(hours=f.rng.uniform(16, 20))
                c.truth["apology_event_id"] = f.add(c, ta, "chat", "chat", f.pick(c, "apology"))
                c.truth.update(apologised=True, apology_at=iso(ta))
    for _ in range(8):
        f.acts(f.person("happy", "control"), f.rng.randint(4, 7), 0, 11)
    f.write("one bad day", {"detractor": 6})


def repeat_contacts() -> None:
    f = Fam("repeat_contacts", "RC", d(2026, 3, 9), 10, 3)
    rep = ("sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence")
    others = ["email", "chat", "phone", "web", "social"]
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=("repeat_contact",), tolerated=rep)
        f.happy(c, f.at(0, 7, 12))
        n = 2 + i % 3
        first_ch = ["web", "email", "chat", "web"][i % 4]
        t = f.at(1 + i % 4, 8, 17)
        t_first = t
        eid, ref = f.complaint(c, t, first_ch, i % 4)
        assert ref
        if i < 6:
            f.add(
                c,
                t + timedelta(hours=2),
                "email",
                "message",
                f.pick(c, "escalated").format(ref=ref),
                out=True,
            )
        ids = [eid]
        comp = COMPS[i % 2] if n >= 3 else None
        chans = [x for x in others if x != first_ch]
        for k in range(1, n):
            t = t + timedelta(hours=f.rng.uniform(4, 30))
            if t.hour >= 22 or t.hour < 7:
                t = (t + timedelta(days=1 if t.hour >= 22 else 0)).replace(
                    hour=8, minute=f.rng.randint(0, 59)
                )
            text = {1: f.pick(c, "still_open"), 2: f.pick(c, "third"), 3: f.pick(c, "fourth")}[
                k
            ].format(ref=ref, comp=comp)
            ch = chans[k - 1]
            kind = {
                "email": "message",
                "chat": "chat",
                "phone": "call",
                "web": "ticket",
                "social": "mention",
            }[ch]
            if ch == "phone":
                text = text.lower().replace(".", "")
            if ch == "social":
                text = "@Cacavela " + text
            ids.append(f.add(c, t, ch, kind, text))
            if ch == "chat":
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    f.pick(c, "urgent").format(ref=ref),
                    out=True,
                )
        c.truth.update(
            booking=ref,
            contacts=n,
            problem_event_ids=ids,
            competitor=comp,
            agent_passed_on=i < 6,
            trouble_starts_at=iso(t_first),
        )
    for i in range(8):
        two = i >= 5
        c = f.person(
            "different_problems" if two else "resolved_between_contacts",
            "two problems" if two else "fixed",
            tolerated=("silence",),
        )
        probs = []
        for k in range(2 if two else 1):
            t = f.at(1 + k * 5, 8, 15)
            eid, ref = f.complaint(c, t, "email", (i + k) % 4)
            assert ref
            tf = t + timedelta(hours=f.rng.uniform(3, 6))
            f.add(c, tf, "email", "message", f.pick(c, "good_news").format(ref=ref), out=True)
            tc = tf + timedelta(hours=f.rng.uniform(20, 26))
            ce = f.add(c, tc, "email", "message", f.pick(c, "confirm").format(ref=ref))
            probs.append(
                {
                    "booking": ref,
                    "raised_at": iso(t),
                    "fixed_at": iso(tf),
                    "confirmed_at": iso(tc),
                    "problem_event_ids": [eid],
                    "confirm_event_id": ce,
                    "channel": "email",
                    "confirm_channel": "email",
                }
            )
        c.truth["problems"] = probs
    for _ in range(7):
        f.acts(f.person("happy", "frequent writer"), f.rng.randint(5, 8), 0, 9)
    f.write("repeat contacts", {"repeat_contact": 12})


def slow_churners() -> None:
    f = Fam("slow_churners", "SC", d(2026, 4, 6), 32, 4)
    sl = ("repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence")
    for i in range(10):
        ex = ("sentiment_drop", "detractor") if i < 5 else ("sentiment_drop",)
        c = f.person("slow_churner", "slides", expected=ex, tolerated=sl)
        for day in f.rng.sample(range(0, 11), 5):
            f.add(c, f.at(day), "social", "post", f.pick(c, "praise"))
        f.acts(c, 2, 0, 10)
        comp = COMPS[i % 2]
        t = f.at(12 + i % 5, 9, 12)
        span = [3, 5, 9][i % 3]
        ids = []
        for k, text in enumerate(W["slide"][c.lang]):
            tk = t + timedelta(hours=k * span * 24 / 6)
            ch = ["social", "community", "web"][k % 3]
            kind = {"social": "post", "community": "post", "web": "review"}[ch]
            if ch == "web":
                rating = str([3, 3, 2, 2, 1, 1][k])
                eid = f.add(c, tk, ch, kind, text.format(comp=comp), rating=rating, page="/reviews")
            else:
                eid = f.add(c, tk, ch, kind, text.format(comp=comp))
            ids.append(eid)
            if k == 3 and i < 5:
                c.truth["survey_event_id"] = f.add(
                    c,
                    tk + timedelta(hours=3),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": 1 + i},
                    survey="nps",
                )
                c.truth.update(nps=1 + i, nps_given=True)
        c.truth.update(
            slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=iso(t)
        )
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        f.acts(c, f.rng.randint(4, 6), 0, 15)
        t = f.at(f.rng.randint(17, 23), 9, 15)
        c.truth["churn_intent_event_id"] = f.add(c, t, "email", "message", f.pick(c, "cancel"))
        f.add(
            c,
            t + timedelta(hours=f.rng.uniform(1, 5)),
            "email",
            "message",
            f.pick(c, "sorry_go"),
            out=True,
        )
        tc = t + timedelta(hours=f.rng.uniform(20, 30))
        c.truth["cancellation_event_id"] = f.add(
            c, tc, "web", "cancellation", None, page="/account/cancel", product="Cacavela Club"
        )
        c.truth.update(churn_at=iso(tc), trouble_starts_at=iso(t))
    for _ in range(6):
        f.acts(f.person("happy", "steady"), f.rng.randint(6, 10), 0, 31)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        day = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ids.append(f.add(c, f.at(day), "community", "post", f.pick(c, "grumble")))
            day += f.rng.randint(1, 3)
        c.truth["grumble_event_ids"] = ids
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        f.acts(c, 4, 0, 15)
        c.truth["sarcasm_event_id"] = f.add(
            c, f.at(f.rng.randint(17, 28)), "social", "post", f.pick(c, "sarcasm")
        )
    f.write("slow churners", {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam("quiet_hours", "QH", d(2026, 6, 12), 3, 5)
    for _ in range(16):
        c = f.person("happy", "day writer")
        for day in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy(c, f.at(day, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.at(i % 3, 9, 16)
        f.add(c, t, "web", "page_view", page="/shop")
        c.truth["grumble_event_id"] = f.add(
            c, t + timedelta(minutes=25), "chat", "chat", f.pick(c, "mild")
        )
        f.add(c, t + timedelta(minutes=28), "chat", "chat", f.pick(c, "form_ack"), out=True)
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate((0, 30, 60)):
            for k in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = b0 + timedelta(minutes=off + f.rng.uniform(0, 10))
                if k % 2:
                    eid = f.add(c, t, "social", "post", f.pick(c, "night_post"))
                else:
                    eid = f.add(c, t, "chat", "chat", f.pick(c, "night_q"))
                    f.add(
                        c, t + timedelta(minutes=3), "chat", "chat", f.pick(c, "night_a"), out=True
                    )
                c.truth.update(burst_at=iso(b0 + timedelta(minutes=off)), night_event_id=eid)
                if k < 2 and night < 2:
                    f.happy(c, f.at(night + 1, 9, 17.5))
    f.write("quiet hours", {})


def bilingual() -> None:
    f = Fam("bilingual", "BL", d(2026, 7, 13), 14, 6)
    pairs = [
        ("de", "pt"),
        ("pt", "de"),
        ("de", "en"),
        ("pt", "es"),
        ("de", "fr"),
        ("pt", "fr"),
        ("es", "pt"),
        ("de", "it"),
        ("pt", "en"),
        ("it", "de"),
        ("fr", "de"),
        ("en", "pt"),
    ]

    def mk(
        i: int, persona: str, habit: str, ex: tuple[str, ...] = (), tol: tuple[str, ...] = ()
    ) -> tuple[Cust, str, str]:
        a, b = pairs[i % len(pairs)]
        c = f.person(persona, habit, lang=a, expected=ex, tolerated=tol)
        c.truth.update(languages=[a, b], job_second_language=W["bilingual_why"][b][0])
        return c, a, b

    for i in range(12):
        c, a, b = mk(i, "happy", "alternates languages")
        for k, day in enumerate(sorted(f.rng.sample(range(14), 6))):
            c.lang = (a, b)[k % 2]
            f.happy(c, f.at(day))
        c.lang = a
    for i in range(5):
        c, a, b = mk(
            i + 3,
            "repeat_contact",
            "repeats",
            ("repeat_contact",),
            (
                "sentiment_drop",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        f.happy(c, f.at(0))
        t = f.at(2 + i % 3, 8, 16)
        eid, ref = f.complaint(c, t, "web", i % 4)
        assert ref
        t_first = t
        ids = [eid]
        n = 2 + i % 3
        for k in range(1, n):
            t = t + timedelta(hours=f.rng.uniform(20, 28))
            lg = (a, b)[k % 2]
            ids.append(
                f.add(
                    c,
                    t,
                    ["email", "chat", "social"][k - 1],
                    ["message", "chat", "mention"][k - 1],
                    ("@Cacavela " if k == 3 else "")
                    + f.rng.choice(W[["still_open", "third", "fourth"][k - 1]][lg]).format(
                        ref=ref, comp=COMPS[i % 2]
                    ),
                )
            )
        c.truth.update(
            booking=ref, contacts=n, problem_event_ids=ids, trouble_starts_at=iso(t_first)
        )
    for i in range(5):
        c, a, b = mk(
            i + 5,
            "slow_churner",
            "slides",
            ("sentiment_drop",),
            (
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        for k, day in enumerate(sorted(f.rng.sample(range(6), 5))):
            f.add(c, f.at(day), "social", "post", f.rng.choice(W["praise"][(a, b)[k % 2]]))
        t = f.at(7, 9, 12)
        ids = []
        for k in range(6):
            lg = (a, b)[k % 2]
            ids.append(
                f.add(
                    c,
                    t + timedelta(hours=k * 14),
                    "community",
                    "post",
                    W["slide"][lg][k].format(comp=COMPS[i % 2]),
                )
            )
        c.truth.update(slide_event_ids=ids, trouble_starts_at=iso(t))
    for i in range(3):
        c, a, b = mk(i, "happy_one_bad_day", "one bad day", tol=("silence",))
        f.acts(c, 3, 0, 4)
        t = f.at(8 + i, 9, 15)
        eid, ref = f.complaint(c, t, ["email", "email", "chat"][i], i, lang=b, long=i == 0)
        c.truth.update(bad_day_at=iso(t), bad_day_event_id=eid, bad_day_language=b, booking=ref)
    for i in range(2):
        c, a, b = mk(i + 8, "resolved_between_contacts", "fixed", tol=("silence",))
        t = f.at(3 + i, 9, 14)
        eid, ref = f.complaint(c, t, "web", i, lang=a)
        tf = t + timedelta(hours=5)
        f.add(c, tf, "email", "message", W["good_news"][a][0].format(ref=ref), out=True)
        ce = f.add(
            c, tf + timedelta(hours=22), "email", "message", W["confirm"][b][0].format(ref=ref)
        )
        c.truth.update(
            confirm_language=b,
            problems=[
                {
                    "booking": ref,
                    "raised_at": iso(t),
                    "confirm_event_id": ce,
                    "problem_event_ids": [eid],
                }
            ],
        )
    f.write("bilingual", {"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam("b2b_accounts", "BB", d(2026, 9, 7), 14, 7)
    tol_r = (
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
        "account_risk",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = [
        "de",
        "pt",
        "de",
        "pt",
        "es",
        "de",
        "pt",
        "fr",
        "it",
        "de",
        "pt",
        "en",
        "de",
        "pt",
        "en",
    ]
    for ai, kind in enumerate(kinds):
        lg = langs[ai]
        comp_name = f"Firma{ai + 1} {['Logistik', 'Consultores', 'Kanzlei', 'Imobiliária', 'Seguros'][ai % 5]}"
        acc = f"CVC-{f.rng.choice(MARKETS[lg])}-{4100 + ai * 17}"
        nc = 4 + ai % 2 if kind == "at_risk" else 3
        unhappy = 3 + ai % 2 if kind == "at_risk" else (1 if kind == "one_unhappy" else 0)
        keys, ukeys = [], []
        prob = ai % 3
        ref = f.ref()
        firstname = ""
        t = f.start + timedelta(days=2, hours=9 + ai % 4)
        for j in range(nc):
            complaining = j < unhappy
            if complaining and kind == "at_risk":
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang=lg,
                    expected=("detractor",) if j < unhappy - 1 else ("repeat_contact",),
                    tolerated=tol_r,
                    account=acc,
                    company=comp_name,
                )
            elif complaining:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang=lg,
                    expected=("detractor",),
                    tolerated=("sentiment_drop", "high_value_at_risk", "silence"),
                    account=acc,
                    company=comp_name,
                )
            elif kind == "mild" and j < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang=lg,
                    tolerated=("silence",),
                    account=acc,
                    company=comp_name,
                )
            else:
                c = f.person("b2b_happy", "contact", lang=lg, account=acc, company=comp_name)
            keys.append(c.key)
            tq = f.start + timedelta(days=j % 2, hours=8 + f.rng.uniform(0, 8))
            f.add(c, tq, "chat", "chat", f.pick(c, "b2b_q"))
            f.add(c, tq + timedelta(minutes=4), "chat", "chat", f.pick(c, "answer"), out=True)
            if complaining:
                ukeys.append(c.key)
                if kind == "one_unhappy":
                    t = f.start + timedelta(days=3 + ai % 4, hours=10)
                problem = W["b2b_complaint"][lg][prob]
                text = (
                    problem
                    if j == 0
                    else W["b2b_again"][lg][0].format(
                        first=firstname, day=WEEKDAY[lg][2], ref=ref, problem=problem
                    )
                )
                eid = f.add(c, t, "email", "message", text, subject=W["subject_complaint"][lg][0])
                if j == 0:
                    firstname = c.truth["name"].split()[0]
                    f.add(
                        c,
                        t + timedelta(minutes=30),
                        "email",
                        "message",
                        W["case_opened"][lg][0].format(ref=ref),
                        out=True,
                    )
                ids = [eid]
                if kind == "one_unhappy" or j < unhappy - 1:
                    f.add(
                        c,
                        t + timedelta(hours=2),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": 1 + j},
                        survey="nps",
                    )
                    c.truth.update(nps=1 + j, nps_given=True)
                else:
                    tl = t + timedelta(hours=24)
                    ch = "email" if ai == 0 else "phone"
                    ids.append(
                        f.add(
                            c,
                            tl,
                            ch,
                            "message" if ch == "email" else "call",
                            W["b2b_last"][lg if ch == "email" else "pt" if lg == "pt" else lg][
                                0
                            ].format(ref=ref, comp=COMPS[0]),
                        )
                    )
                c.truth.update(
                    complaint_event_ids=ids,
                    booking=ref,
                    trouble_starts_at=iso(t),
                    role="complainer",
                    job_title="Office manager",
                )
                t = t + timedelta(hours=f.rng.uniform(8, 10))
            elif kind == "mild" and j < 2:
                tm = f.start + timedelta(days=4 + j, hours=11)
                c.truth["mild_event_id"] = f.add(
                    c, tm, "web", "ticket", f.pick(c, "b2b_mild"), page="/business/feedback"
                )
                f.add(
                    c,
                    tm + timedelta(minutes=40),
                    "email",
                    "message",
                    f.pick(c, "form_ack"),
                    out=True,
                )
            else:
                f.add(
                    c,
                    f.start + timedelta(days=5 + j, hours=10),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": 9},
                    survey="nps",
                )
        f.accounts[acc] = {
            "company": comp_name,
            "site": "office",
            "contacts": nc,
            "contact_keys": keys,
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": ukeys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": ["invoice", "old_logo", "late_gifts"][prob]
            if kind == "at_risk"
            else None,
            "trouble_starts_at": iso(f.start + timedelta(days=2, hours=9 + ai % 4))
            if kind == "at_risk"
            else None,
            "language": lg,
            "country": acc.split("-")[1],
        }
    det = sum(1 for c in f.custs.values() if "detractor" in c.truth["expected_rules"])
    f.write("business accounts", {"account_risk": 5, "detractor": det, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam("topic_spike", "TS", d(2026, 9, 28), 7, 8)
    for _ in range(40):
        c = f.person("happy", "day writer")
        for day in f.rng.sample(range(5), f.rng.randint(1, 3)):
            f.happy(c, f.at(day, 8, 18))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.at(0, 9, 16)
        c.truth["grumble_event_id"] = f.add(c, t, "chat", "chat", f.pick(c, "mild"))
        f.add(c, t + timedelta(minutes=3), "chat", "chat", f.pick(c, "form_ack"), out=True)
    for lg, h in (("de", 9.6), ("pt", 15.1)):
        c = f.person("grumbles_once", "lone question", lang=lg, tolerated=("silence",))
        t = f.start + timedelta(days=4, hours=h)
        c.truth["lone_report_event_id"] = f.add(c, t, "chat", "chat", f.pick(c, "lone_q"))
        f.add(c, t + timedelta(minutes=4), "chat", "chat", f.pick(c, "lone_a"), out=True)
    s0 = f.start + timedelta(days=5, hours=8, minutes=20)
    langs = ["de"] * 6 + ["pt"] * 6 + ["es", "es", "en", "en", "fr", "fr", "it", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    keys, eids, reps = [], [], []
    offs = sorted([0, 45] + [f.rng.uniform(1, 44) for _ in range(18)])
    for i in range(20):
        regular = i < 12
        rep = i in (0, 2, 4, 6, 8, 10)
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            expected=("repeat_contact",) if rep else (),
            tolerated=("silence", "sentiment_drop") if rep else ("silence",),
        )
        if regular:
            f.happy(c, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        text = f.pick(c, "spike").format(code=CODE)
        eid = f.add(c, t, ch, kind, ("@Cacavela " + text) if ch == "social" else text)
        if ch == "chat":
            f.add(c, t + timedelta(minutes=2), "chat", "chat", f.pick(c, "spike_chat_a"), out=True)
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        if rep:
            ch2 = "email" if ch != "email" else "chat"
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.uniform(15, 40)),
                ch2,
                "message" if ch2 == "email" else "chat",
                f.pick(c, "spike_again").format(code=CODE),
            )
            reps.append(r)
            c.truth["repeat_event_id"] = r
        elif i in (1, 3, 5, 7, 9, 11):
            local = "12:45" if c.market in ("DE", "AT", "CH", "ES", "FR", "BE", "IT") else "11:45"
            f.add(
                c,
                s0 + timedelta(hours=3, minutes=f.rng.randint(0, 9)),
                "email",
                "message",
                f.pick(c, "works_again").format(local=local),
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"chocolate shop checkout fails at the payment step in app and web: no order can be placed, error {CODE}",
        "about": "checkout payment failure",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write("topic spike", {"topic_spike": 1, "repeat_contact": len(reps)})


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
    CASE_N[0] = 0
    for fam in FAMILIES:
        fam()


if __name__ == "__main__":
    main()
