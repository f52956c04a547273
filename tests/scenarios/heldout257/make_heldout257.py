# ruff: noqa: E501
"""Write heldout257 (Granula, film developing by post): eight families and their truth.

Standard library only, seeded; run from anywhere: ``python make_heldout257.py``.
"""

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

SEED = 20261024
WRITTEN = "2026-12-07"
T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDER = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVER = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_GRUMPY = ["repeat_contact", "silence"]
T_SIL = ["silence"]
T_SPIKE_REP = ["sentiment_drop", "silence"]
T_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]
PREFIX = {
    "ES": ("+34", "6", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "CH": ("+41", "79", 7),
    "LU": ("+352", "621", 6),
    "DE": ("+49", "152", 8),
    "AT": ("+43", "664", 7),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "87", 7),
    "IT": ("+39", "34", 8),
    "PT": ("+351", "91", 7),
}
USED: set[str] = set()
REF_N = [0]


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
    out = []
    for ch in s:
        if ch in "ñÑß":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def money(market: str, n: int) -> str:
    if market == "UK":
        return f"£{round(n * 0.86)}"
    if market == "CH":
        return f"CHF {round(n * 0.94)}"
    return f"{n} €"


def currency(market: str) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(market, "EUR")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]
    first_inbound: bool = True


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
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    # ---------------------------------------------------------------- people --
    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def unique(self, make: Any) -> str:
        while True:
            v = str(make())
            if v.lower() not in USED:
                USED.add(v.lower())
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
        company: str | None = None,
    ) -> Cust:
        r = self.rng
        lg = lang or self.lang()
        mk = market or r.choice(W.MARKETS[lg])
        first = r.choice(r.choice(W.FIRST[lg]))
        last = r.choice(W.SURNAMES[lg])
        key = self.unique(lambda: f"GR{self.code}{r.randint(1000, 9999)}")
        base = strip_accents(f"{first}.{last}").lower().replace(" ", "").replace("'", "")
        if company:
            dom = strip_accents(company.split()[0]).lower().replace("'", "") + "-studio.example"
            email = self.unique(
                lambda: (
                    f"{strip_accents(first).lower()}{r.choice(['', '.' + strip_accents(last[0]).lower()])}@{dom}"
                )
            )
        else:
            email = self.unique(
                lambda: (
                    f"{base}{r.randint(1, 99)}@{r.choice(['correo', 'mail', 'posteo', 'boite', 'inbox'])}.example"
                )
            )
        cc, pre, n = PREFIX[mk]
        phone = self.unique(lambda: f"{cc}{pre}{r.randint(10 ** (n - 1), 10**n - 1)}")
        handle = (
            None
            if company
            else self.unique(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{strip_accents(last).lower()}_{strip_accents(first).lower()}{r.randint(1, 9)}",
                            f"{strip_accents(first).lower()}{strip_accents(last).lower()}{r.randint(10, 99)}",
                            f"{strip_accents(first).lower()}_grain{r.randint(1, 99)}",
                        ]
                    )
                )
            )
        )
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if company else "consumer",
            "name": f"{first} {last}",
            "job": r.choice(W.JOBS),
            "town": r.choice(W.TOWNS[mk]),
        }
        if company:
            truth["company"] = company
        c = Cust(key, lg, mk, first, last, email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    # ------------------------------------------------------------------ time --
    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(h0, h1))

    @staticmethod
    def day_only(t: datetime) -> datetime:
        if t.hour >= 22:
            return t.replace(hour=8, minute=t.minute % 60) + timedelta(days=1)
        if t.hour < 7:
            return t.replace(hour=8, minute=t.minute % 60)
        return t

    # ------------------------------------------------------------------ rows --
    def rough(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

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
        agent: str | None = None,
    ) -> str:
        eid = f"gr257-{self.code.lower()}-{len(self.rows) + 1:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.rough(text)
        if text is not None and kind == "mention" and not out:
            i = text.rfind("Granula")
            text = (
                text[:i] + "@" + text[i:]
                if i >= 0 and "@Granula" not in text
                else (text if "@Granula" in text else "@Granula " + text)
            )
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        if out:
            a["agent"] = agent or self.rng.choice(
                ["Nuria", "Clément", "Sara", "Bruno", "Maite", "Aurélie"]
            )
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "_c": c,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": f"granula-{channel}",
                "attributes": a,
            }
        )
        return eid

    def pick(self, table: dict[str, list[str]], lg: str, **kw: Any) -> str:
        return self.rng.choice(table[lg]).format(**kw)

    def ref(self) -> str:
        REF_N[0] += 1
        return f"GRN-{40000 + REF_N[0] * 37:06d}"

    # ------------------------------------------------------------ happy acts --
    def happy_act(self, c: Cust, t: datetime, night: bool = False) -> None:
        r, lg = self.rng, c.lang
        if night:
            if r.random() < 0.5:
                self.add(c, t, "social", "mention", self.pick(W.NIGHT_POST, lg))
            else:
                self.add(c, t, "chat", "chat", self.pick(W.NIGHT_Q, lg))
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(1, 6)),
                    "chat",
                    "chat",
                    self.pick(W.NIGHT_A, lg),
                    out=True,
                )
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(8, 12)),
                    "chat",
                    "chat",
                    self.pick(W.THANKS, lg),
                )
            return
        kind = r.choice(
            [
                "praise",
                "praise",
                "community",
                "gripe",
                "review",
                "purchase",
                "chat",
                "email",
                "phone",
                "view",
            ]
        )
        if kind == "praise":
            self.add(c, t, "social", "mention", self.pick(W.PRAISE, lg))
        elif kind == "community":
            self.add(c, t, "community", "post", self.pick(W.PRAISE, lg))
        elif kind == "gripe":
            self.add(c, t, "community", "post", self.pick(W.PRAISE_GRIPE, lg))
        elif kind == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.REVIEW_GOOD, lg),
                attrs={"rating": str(r.choice([4, 5, 5])), "page": "/reviews"},
            )
        elif kind == "purchase":
            prod, val = r.choice(W.PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
            self.add(
                c,
                t + timedelta(minutes=r.randint(2, 15)),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{val * (0.86 if c.market == 'UK' else 0.94 if c.market == 'CH' else 1):.2f}",
                    "currency": currency(c.market),
                    "product": prod,
                    "page": "/checkout",
                },
            )
        elif kind in ("chat", "email"):
            q = self.pick(W.QUESTION, lg)
            self.add(c, t, kind, "chat" if kind == "chat" else "message", q)
            gap = (
                timedelta(minutes=r.randint(1, 6))
                if kind == "chat"
                else timedelta(minutes=r.randint(30, 180))
            )
            self.add(
                c,
                self.day_only(t + gap),
                kind,
                "chat" if kind == "chat" else "message",
                self.pick(W.ANSWER, lg),
                out=True,
            )
            if r.random() < 0.6:
                self.add(
                    c,
                    self.day_only(t + gap + timedelta(minutes=r.randint(3, 40))),
                    kind,
                    "chat" if kind == "chat" else "message",
                    self.pick(W.THANKS, lg),
                )
        elif kind == "phone":
            self.add(c, t, "phone", "call", self.pick(W.PHONE_Q, lg))
            self.add(
                c,
                t + timedelta(minutes=r.randint(10, 40)),
                "email",
                "message",
                self.pick(W.ANSWER, lg),
                out=True,
            )
        else:
            self.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})

    def happy_survey(self, c: Cust, t: datetime) -> None:
        r = self.rng
        which = r.choice(["nps", "csat", "ces"])
        score = {"nps": r.choice([9, 10]), "csat": r.choice([4, 5]), "ces": r.choice([6, 7])}[which]
        word = self.pick(W.SURVEY_WORD_GOOD, c.lang) or None
        self.add(
            c, t, "survey", "survey_response", word, scores={which: score}, attrs={"survey": which}
        )

    def happy_days(self, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 20) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy_act(c, self.at(d, h0, h1))

    # -------------------------------------------------------------- trouble --
    def complaint_text(self, c: Cust, p: int, channel: str) -> str:
        amt = money(c.market, self.rng.choice([28, 42, 57]))
        if channel == "phone":
            return W.PHONE_COMPLAINT[c.lang][p].format(amt=amt)
        return self.rng.choice(W.COMPLAINT[c.lang][p]).format(amt=amt)

    def raise_problem(
        self, c: Cust, t: datetime, p: int, channel: str, long: bool = False, reply: str = "case"
    ) -> tuple[str, str | None]:
        """The first contact about problem p; returns (event id, case reference)."""
        lg = c.lang
        text = self.complaint_text(c, p, channel)
        topic = W.TOPIC[lg][p]
        ref: str | None = self.ref()
        if long:
            text = (
                self.pick(W.LONG_OPEN, lg) + text + "." + self.pick(W.LONG_CLOSE, lg, name=c.first)
            )
        if channel == "email":
            eid = self.add(
                c,
                t,
                "email",
                "message",
                text,
                subject=self.pick(W.SUBJECT_COMPLAINT, lg, topic=topic),
            )
        elif channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 5)),
                "chat",
                "chat",
                self.pick(W.CASE_OPENED, lg, first=c.first, ref=ref),
                out=True,
            )
        elif channel == "social":
            return self.add(c, t, "social", "mention", text), None
        elif channel == "web":
            eid = self.add(
                c, t, "web", "ticket", text, subject=topic, attrs={"page": "/help/contact"}
            )
        else:
            eid = self.add(c, t, "phone", "call", text)
        if channel != "chat" and reply == "case":
            self.add(
                c,
                self.day_only(t + timedelta(minutes=self.rng.randint(10, 40))),
                "email",
                "message",
                self.pick(W.CASE_OPENED, lg, first=c.first, ref=ref),
                subject=self.pick(W.SUBJECT_RE, lg, ref=ref),
                out=True,
            )
        return eid, ref

    def later_contact(self, c: Cust, t: datetime, ref: str, n: int, channel: str, comp: str) -> str:
        lg = c.lang
        if n == 3:
            text = self.pick(W.THIRD, lg, ref=ref, comp=comp)
        elif n == 4:
            text = self.pick(W.FOURTH, lg, ref=ref)
        else:
            text = self.pick(W.STILL_OPEN, lg, ref=ref)
        if channel == "email":
            eid = self.add(
                c, t, "email", "message", text, subject=self.pick(W.SUBJECT_RE, lg, ref=ref)
            )
        elif channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 5)),
                "chat",
                "chat",
                self.pick(W.CHAT_ADDED, lg, ref=ref),
                out=True,
            )
        elif channel == "phone":
            eid = self.add(
                c,
                t,
                "phone",
                "call",
                strip_accents(text).lower().replace(".", "").replace(",", "").replace("?", ""),
            )
        elif channel == "web":
            eid = self.add(
                c, t, "web", "ticket", text, subject=ref, attrs={"page": "/help/contact"}
            )
        else:
            eid = self.add(c, t, "social", "mention", text)
        return eid

    def fixed(
        self, c: Cust, t: datetime, p: int, channel: str, confirm_lang: str | None = None
    ) -> dict[str, Any]:
        r = self.rng
        eid, ref = self.raise_problem(c, t, p, channel)
        assert ref
        fixed_at = self.day_only(t + timedelta(hours=r.uniform(3, 20)))
        self.add(
            c,
            fixed_at,
            "email",
            "message",
            self.pick(W.GOOD_NEWS, c.lang, first=c.first, ref=ref),
            subject=self.pick(W.SUBJECT_RE, c.lang, ref=ref),
            out=True,
        )
        conf_at = self.day_only(fixed_at + timedelta(hours=r.uniform(8, 30)))
        ch = r.choice(["email", "chat"])
        cl = confirm_lang or c.lang
        cid = self.add(
            c,
            conf_at,
            ch,
            "message" if ch == "email" else "chat",
            self.pick(W.CONFIRM, cl, ref=ref),
            subject=self.pick(W.SUBJECT_RE, cl, ref=ref) if ch == "email" else None,
        )
        return {
            "problem": W.PROBLEMS[p],
            "booking": ref,
            "raised_at": iso(t),
            "fixed_at": iso(fixed_at),
            "confirmed_at": iso(conf_at),
            "problem_event_ids": [eid],
            "confirm_event_id": cid,
            "channel": channel,
            "confirm_channel": ch,
        }

    # ----------------------------------------------------------------- write --
    def write(self, expected: dict[str, int]) -> tuple[int, int, int]:
        rows = sorted(self.rows, key=lambda x: (x["occurred_at"], x["event_id"]))
        seen: set[str] = set()
        out_lines = []
        for row in rows:
            c: Cust = row.pop("_c")
            full = row["direction"] == "outbound" or c.key not in seen
            if row["direction"] == "inbound":
                seen.add(c.key)
            ids: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ids.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif row["channel"] == "phone":
                ids["phone"] = (
                    c.phone if self.rr.random() < 0.5 else c.phone[:3] + " " + c.phone[3:]
                )
            elif row["channel"] in ("social", "community"):
                if c.handle:
                    ids["handle"] = c.handle if self.rr.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ids["email"] = c.email
            elif row["channel"] == "email":
                ids["email"] = c.email.upper() if self.rr.random() < 1 / 12 else c.email
            else:
                ids["customer_id"] = c.key
            row["customer"] = ids
            row["occurred_at"] = iso(row["occurred_at"])
            row["scores"] = {
                "nps": row["scores"].get("nps"),
                "csat": row["scores"].get("csat"),
                "ces": row["scores"].get("ces"),
            }
            out_lines.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
        # checks the generator refuses to write without
        counts: dict[str, int] = {}
        for c in self.custs.values():
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            assert c.key in seen, c.key
            for rule in c.truth["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        assert counts == expected, (self.name, counts, expected)
        last = max(r["occurred_at"] for r in rows)
        end = max(
            self.start + timedelta(days=self.days),
            datetime.fromisoformat(last) + timedelta(hours=1),
        )
        assert end < datetime(2026, 11, 15, tzinfo=UTC)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Granula: analogue film developing and scanning by post (Granula Club membership; Granula Studio for firms on account)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
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
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out_lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(out_lines), sum(1 for r in rows if r["direction"] == "outbound")


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ---------------------------------------------------------------- families --
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d0(2026, 3, 9),
        10,
        "happy day writers, night writers and survey-only customers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)), 7, 19)
        if f.rng.random() < 0.5:
            f.happy_survey(c, f.at(f.rng.randint(0, 9), 9, 19))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            f.happy_act(
                c, f.at(d, 22.2, 23.8) if f.rng.random() < 0.5 else f.at(d + 1, 0, 4.5), night=True
            )
        f.happy_days(c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.happy_survey(c, f.at(d, 8, 20))
    f.write({})
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, d0(2026, 4, 20), 12, "happy customers with one bad day")
    r = f.rng
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    langs_long = ["es", "es", "fr", "fr"]
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    nps_i = set(r.sample(with_case, 6))
    csat_i = set(r.sample([i for i in with_case if i not in nps_i], 5))
    good_i = set(r.sample(with_case, 12))
    apol_i = set(r.sample(sorted(good_i), 5))
    expected = 0
    for i, ch in enumerate(chans):
        lg = langs_long.pop(0) if ch == "long" else None
        det = i in nps_i
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang=lg,
            expected=["detractor"] if det else [],
            tolerated=T_SIL,
        )
        bd = r.randint(2, 9)
        t = f.at(bd, 8, 20)
        p = i % 6
        f.happy_days(c, r.randint(1, 5), [d for d in range(12) if d <= bd - 2 or d >= bd + 3])
        eid, ref = f.raise_problem(c, t, p, "email" if ch == "long" else ch, long=ch == "long")
        c.truth.update(
            problem=W.PROBLEMS[p],
            booking=ref,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
            trouble_starts_at=iso(t),
        )
        if det:
            n = r.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=n,
                survey_event_id=f.add(
                    c,
                    t + timedelta(minutes=r.randint(100, 140)),
                    "survey",
                    "survey_response",
                    f.pick(W.SURVEY_WORD_BAD, c.lang) or None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            )
            expected += 1
        elif i in csat_i:
            n = r.randint(1, 2)
            c.truth.update(
                csat_given=True,
                csat=n,
                survey_event_id=f.add(
                    c,
                    t + timedelta(minutes=r.randint(40, 80)),
                    "survey",
                    "survey_response",
                    f.pick(W.SURVEY_WORD_BAD, c.lang) or None,
                    scores={"csat": n},
                    attrs={"survey": "csat"},
                ),
            )
        if i in good_i and ref:
            g = f.day_only(t + timedelta(hours=r.uniform(1, 4)))
            f.add(
                c,
                g,
                "email",
                "message",
                f.pick(W.GOOD_NEWS, c.lang, first=c.first, ref=ref),
                subject=f.pick(W.SUBJECT_RE, c.lang, ref=ref),
                out=True,
            )
            c.truth["agent_fixed"] = True
            if i in apol_i:
                a = f.day_only(t + timedelta(hours=r.uniform(16, 24)))
                ach = r.choice(["chat", "email"])
                c.truth.update(
                    apologised=True,
                    apology_at=iso(a),
                    apology_event_id=f.add(
                        c, a, ach, "chat" if ach == "chat" else "message", f.pick(W.APOLOGY, c.lang)
                    ),
                )
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, r.randint(4, 7), list(range(12)))
    f.write({"detractor": expected})
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d0(2026, 6, 1),
        10,
        "repeat contacts about one open problem, fixed problems, two problems, frequent writers",
    )
    r = f.rng
    times = [2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4]
    esc = set(r.sample(range(12), 6))
    for i, n in enumerate(times):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=T_REPEAT)
        f.happy_days(c, r.randint(1, 3), [0], 7, 12)
        p = r.randrange(6)
        chans = r.sample(["email", "chat", "phone", "web", "social"], n)
        if chans[0] == "social":
            chans[0] = "web"
            chans = [chans[0], *[x for x in chans[1:] if x != "web"][: n - 1]]
            while len(chans) < n:
                chans.append("email" if "email" not in chans else "chat")
        t = f.at(r.randint(1, 4), 8, 19)
        eid, ref = f.raise_problem(c, t, p, chans[0], reply="none" if i in esc else "case")
        assert ref
        if i in esc:
            f.add(
                c,
                t + timedelta(hours=r.uniform(1.5, 2.5)),
                "email",
                "message",
                f.pick(W.ESCALATED, c.lang, first=c.first, ref=ref),
                subject=f.pick(W.SUBJECT_RE, c.lang, ref=ref),
                out=True,
            )
        elif chans[0] != "chat":
            pass
        ids = [eid]
        comp = r.choice(W.COMPETITORS)
        for k in range(1, n):
            t = f.day_only(t + timedelta(hours=r.uniform(4, 40)))
            ids.append(f.later_contact(c, t, ref, k + 1, chans[k], comp))
        c.truth.update(
            problem=W.PROBLEMS[p],
            booking=ref,
            contacts=n,
            channels=chans,
            agent_passed_on=i in esc,
            problem_event_ids=ids,
            competitor=comp if n >= 3 else None,
            trouble_starts_at=f.rows[[x["event_id"] for x in f.rows].index(eid)]["occurred_at"]
            .isoformat()
            .replace("+00:00", "Z"),
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=T_SIL)
        f.happy_days(c, r.randint(1, 2), [0])
        pr = f.fixed(
            c,
            f.at(r.randint(1, 4), 8, 18),
            r.randrange(6),
            r.choice(["email", "web", "chat", "phone"]),
        )
        c.truth.update(problems=[pr], trouble_starts_at=pr["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=T_SIL)
        a, b = r.sample(range(6), 2)
        d = r.randint(1, 3)
        p1 = f.fixed(c, f.at(d, 8, 18), a, r.choice(["email", "web", "chat"]))
        p2 = f.fixed(c, f.at(d + r.randint(4, 5), 8, 18), b, r.choice(["email", "web", "chat"]))
        c.truth.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, r.randint(5, 8), list(range(10)))
    f.write({"repeat_contact": 12})
    return f


def slide(f: Fam, c: Cust, d: int, span: int, nps: bool) -> None:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    t = f.at(d, 9, 19)
    ids = []
    for k, text in enumerate(W.SLIDE[c.lang]):
        ch = r.choice(["social", "community", "review"])
        txt = text.format(comp=comp)
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    txt,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", txt))
        if k == 3 and nps:
            n = r.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=n,
                survey_event_id=f.add(
                    c,
                    f.day_only(t + timedelta(hours=r.uniform(2.5, 3.5))),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            )
        t = f.day_only(t + timedelta(hours=max(1.0, span * 24 / 6 * r.uniform(0.7, 1.2))))
    c.truth.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=f.rows[[x["event_id"] for x in f.rows].index(ids[0])]["occurred_at"]
        .isoformat()
        .replace("+00:00", "Z"),
    )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d0(2026, 7, 6),
        32,
        "slow churners, leavers, steady, grumpy and sarcastic customers",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    nps_i = set(r.sample(range(10), 5))
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if i in nps_i else []),
            tolerated=T_SLIDER,
        )
        for d in sorted(r.sample(range(11), 5)):
            f.add(
                c,
                f.at(d, 8, 20),
                r.choice(["social", "community"]),
                "post",
                f.pick(W.PRAISE, c.lang),
            )
        f.happy_days(c, r.randint(2, 4), list(range(11)))
        slide(f, c, r.randint(12, 16), spans[i], i in nps_i)
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=T_LEAVER
        )
        f.happy_days(c, r.randint(4, 6), list(range(16)))
        t = f.at(r.randint(17, 23), 8, 19)
        e = f.add(c, t, "email", "message", f.pick(W.CANCEL, c.lang), subject="Granula Club")
        f.add(
            c,
            f.day_only(t + timedelta(hours=r.uniform(1, 5))),
            "email",
            "message",
            f.pick(W.SORRY_GO, c.lang, first=c.first),
            subject="RE: Granula Club",
            out=True,
        )
        ct = t + timedelta(hours=r.uniform(20, 30))
        ct = f.day_only(ct)
        x = f.add(
            c, ct, "web", "cancellation", attrs={"page": "/account/club/cancel", "product": W.CLUB}
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=x,
            churn_at=iso(ct),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, r.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=T_GRUMPY)
        d = r.randint(0, 4)
        ids = []
        for _k in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web", "review"])
            t = f.at(d, 8, 20)
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
            d += r.randint(1, 3)
        c.truth.update(grumble_event_ids=ids)
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=T_SIL)
        f.happy_days(c, r.randint(4, 6), list(range(17)))
        c.truth["sarcasm_event_id"] = f.add(
            c, f.at(r.randint(17, 28), 9, 20), "social", "mention", f.pick(W.SARCASM, c.lang)
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, d0(2026, 8, 28), 3, "a calm weekend with night-owl bursts")
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, r.randint(1, 3), [0, 1, 2], 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=T_SIL)
        t = f.at(r.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        t2 = t + timedelta(minutes=r.randint(20, 30))
        if r.random() < 0.5:
            e = f.add(c, t2, "chat", "chat", f.pick(W.MILD, c.lang))
            f.add(
                c, t2 + timedelta(minutes=3), "chat", "chat", f.pick(W.MILD_ACK, c.lang), out=True
            )
        else:
            e = f.add(
                c, t2, "web", "ticket", f.pick(W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.add(
                c,
                t2 + timedelta(minutes=25),
                "email",
                "message",
                f.pick(W.MILD_ACK, c.lang),
                out=True,
            )
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t2))
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        for b, off in enumerate([0, r.randint(28, 33), r.randint(55, 65)]):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=r.uniform(0, 10))
                before = len(f.rows)
                f.happy_act(c, t, night=True)
                c.truth.update(burst_at=iso(bs), night_event_id=f.rows[before]["event_id"])
                if r.random() < 0.5:
                    f.happy_act(c, f.at(r.randint(0, 2), 9, 17.5))
    f.write({})
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d0(2026, 9, 21), 14, "customers who write in two languages")
    r = f.rng
    pairs = [
        ("es", "fr"),
        ("fr", "es"),
        ("es", "en"),
        ("fr", "de"),
        ("es", "pt"),
        ("fr", "it"),
        ("it", "fr"),
        ("de", "fr"),
        ("es", "it"),
        ("pt", "es"),
        ("en", "fr"),
        ("fr", "en"),
    ]
    market_of = {
        ("es", "fr"): "ES",
        ("fr", "es"): "FR",
        ("fr", "de"): "CH",
        ("de", "fr"): "CH",
        ("it", "fr"): "CH",
        ("fr", "it"): "CH",
        ("en", "fr"): "UK",
        ("fr", "en"): "BE",
    }

    def bi(persona: str, habit: str, i: int, exp: list[str], tol: list[str]) -> tuple[Cust, str]:
        a, b = pairs[i % len(pairs)]
        c = f.person(
            persona, habit, lang=a, expected=exp, tolerated=tol, market=market_of.get((a, b))
        )
        c.truth.update(
            languages=[a, b],
            job_second_language=r.choice(
                ["partner's family", "works across the border", "grew up there", "studied there"]
            ),
        )
        return c, b

    for i in range(12):
        c, b = bi("happy", "alternates languages", i, [], [])
        a = c.lang
        for k, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            c.lang = a if k % 2 == 0 else b
            f.happy_act(c, f.at(d, 8, 20))
        c.lang = a
    for i, n in enumerate([2, 2, 3, 3, 4]):
        c, b = bi("repeat_contact", "repeats", i + 3, ["repeat_contact"], T_REPEAT)
        a = c.lang
        f.happy_days(c, r.randint(1, 3), [0, 1])
        t = f.at(r.randint(2, 5), 8, 18)
        chans = r.sample(["email", "chat", "web", "phone"], n)
        eid, ref = f.raise_problem(
            c, t, r.randrange(6), chans[0], reply="none" if n >= 3 else "case"
        )
        assert ref
        if n >= 3:
            f.add(
                c,
                t + timedelta(hours=2),
                "email",
                "message",
                f.pick(W.ESCALATED, a, first=c.first, ref=ref),
                out=True,
            )
        ids = [eid]
        comp = r.choice(W.COMPETITORS)
        for k in range(1, n):
            c.lang = b if k % 2 else a
            t = f.day_only(t + timedelta(hours=r.uniform(4, 40)))
            ids.append(f.later_contact(c, t, ref, k + 1, chans[k], comp))
        c.lang = a
        c.truth.update(
            booking=ref,
            contacts=n,
            problem_event_ids=ids,
            trouble_starts_at=iso(t),
            competitor=comp if n >= 3 else None,
        )
        c.truth["trouble_starts_at"] = (
            f.rows[[x["event_id"] for x in f.rows].index(eid)]["occurred_at"]
            .isoformat()
            .replace("+00:00", "Z")
        )
    for i in range(5):
        c, b = bi("slow_churner", "slides", i + 6, ["sentiment_drop"], T_SLIDER)
        a = c.lang
        for k, d in enumerate(range(6)):
            c.lang = a if k % 2 == 0 else b
            f.add(
                c,
                f.at(d, 8, 20),
                "social",
                "post" if k % 3 else "mention",
                f.pick(W.PRAISE, c.lang),
            )
        c.lang = a
        f.happy_days(c, r.randint(1, 3), list(range(6)))
        comp = r.choice(W.COMPETITORS)
        t = f.at(r.randint(7, 8), 9, 18)
        ids = []
        for k in range(6):
            lg = a if k % 2 == 0 else b
            ids.append(
                f.add(
                    c,
                    t,
                    r.choice(["social", "community"]),
                    "post",
                    W.SLIDE[lg][k].format(comp=comp),
                )
            )
            t = f.day_only(t + timedelta(hours=r.uniform(10, 18)))
        c.truth.update(
            slide_event_ids=ids,
            competitor=comp,
            trouble_starts_at=f.rows[[x["event_id"] for x in f.rows].index(ids[0])]["occurred_at"]
            .isoformat()
            .replace("+00:00", "Z"),
        )
    for i, ch in enumerate(["long", "email", "chat"]):
        c, b = bi("happy_one_bad_day", "one bad day", [0, 1, 4][i], [], T_SIL)
        a = c.lang
        f.happy_days(c, r.randint(2, 4), [0, 1, 2, 3, 9, 10, 11, 12])
        c.lang = b
        t = f.at(6, 9, 18)
        eid, ref = f.raise_problem(
            c, t, r.randrange(6), "email" if ch == "long" else ch, long=ch == "long"
        )
        if ch != "chat" and ref:
            f.add(
                c,
                t + timedelta(hours=2),
                "email",
                "message",
                f.pick(W.GOOD_NEWS, b, first=c.first, ref=ref),
                out=True,
            )
        if ch == "email":
            f.add(
                c,
                f.day_only(t + timedelta(hours=r.uniform(18, 24))),
                "chat",
                "chat",
                f.pick(W.APOLOGY, b),
            )
        c.lang = a
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=b,
            booking=ref,
            long_email=ch == "long",
            trouble_starts_at=iso(t),
        )
    for i in range(2):
        c, b = bi("resolved_between_contacts", "fixed", i + 2, [], T_SIL)
        f.happy_days(c, 2, [0, 1, 2])
        pr = f.fixed(c, f.at(4 + i, 9, 17), r.randrange(6), "web", confirm_lang=b)
        c.truth.update(problems=[pr], trouble_starts_at=pr["raised_at"], confirm_language=b)
    f.write({"repeat_contact": 5, "sentiment_drop": 5})
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d0(2026, 10, 12),
        14,
        "Granula Studio accounts: at risk, one unhappy contact, mild, happy",
    )
    r = f.rng
    companies = list(W.COMPANIES)
    r.shuffle(companies)
    lang_mk = [
        ("es", "ES"),
        ("fr", "FR"),
        ("es", "ES"),
        ("fr", "BE"),
        ("fr", "FR"),
        ("es", "ES"),
        ("de", "DE"),
        ("fr", "CH"),
        ("en", "UK"),
        ("it", "IT"),
        ("es", "ES"),
        ("pt", "PT"),
        ("fr", "FR"),
        ("es", "ES"),
        ("fr", "LU"),
    ]
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    n_unhappy = [3, 3, 3, 4, 4]
    risk_problem = [0, 1, 2, 0, 3]
    expected = {"account_risk": 5, "detractor": 0, "repeat_contact": 5}
    for ai, kind in enumerate(kinds):
        lg, mk = lang_mk[ai]
        comp_name = companies[ai]
        acc = f"GRS-{mk}-{r.randint(1000, 9999)}"
        size = r.randint(4, 6) if kind == "at_risk" else r.randint(3, 4)
        contacts: list[Cust] = []
        unhappy = n_unhappy[ai] if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        for k in range(size):
            role = (
                "complainer"
                if k < unhappy
                else ("suggests" if kind == "mild" and k < 2 else "contact")
            )
            if kind == "at_risk" and role == "complainer":
                exp = ["detractor"] if k < unhappy - 1 else ["repeat_contact"]
                persona, tol = "b2b_unhappy", T_B2B_RISK
            elif kind == "one_unhappy" and role == "complainer":
                exp, persona, tol = ["detractor"], "b2b_one_unhappy", T_B2B_ONE
            elif role == "suggests":
                exp, persona, tol = [], "b2b_mild", T_SIL
            else:
                exp, persona, tol = [], "b2b_happy", []
            c = f.person(
                persona,
                role,
                lang=lg,
                market=mk,
                account=acc,
                company=comp_name,
                expected=exp,
                tolerated=tol,
            )
            jt = r.choice(W.JOB_TITLES)
            c.truth.update(role=role, job_title=jt, job=jt)
            contacts.append(c)
            expected["detractor"] += exp.count("detractor")
            # routine acts
            for _ in range(r.randint(0, 2) if role != "contact" else r.randint(2, 5)):
                d = (
                    r.choice([0, 1])
                    if role != "contact"
                    else r.choice([0, 1, 2, 3, 4, 7, 8, 9, 10, 11])
                )
                t = f.at(d, 8, 16.5)
                x = r.random()
                if x < 0.4:
                    f.add(c, t, "chat", "chat", f.pick(W.B2B_QUESTION, lg))
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(1, 6)),
                        "chat",
                        "chat",
                        f.pick(W.B2B_ANSWER, lg),
                        out=True,
                    )
                elif x < 0.7:
                    prod, val = r.choice(W.PRODUCTS[:3])
                    f.add(c, t, "web", "page_view", attrs={"page": "/studio/portal"})
                    f.add(
                        c,
                        t + timedelta(minutes=5),
                        "web",
                        "purchase",
                        attrs={
                            "order_value": f"{val * 10:.2f}",
                            "currency": currency(mk),
                            "product": "Batch of 10: " + prod,
                            "page": "/studio/portal",
                        },
                    )
                elif role == "contact" and x < 0.85:
                    f.add(c, t, "community", "post", f.pick(W.B2B_PRAISE, lg))
                elif role == "contact":
                    f.add(
                        c,
                        t,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": r.choice([9, 10])},
                        attrs={"survey": "nps"},
                    )
                else:
                    f.add(c, t, "web", "page_view", attrs={"page": "/studio/portal"})
        comp_ids: list[str] = []
        unhappy_keys = [c.key for c in contacts if c.truth["role"] == "complainer"]
        same: str | None = None
        starts: str | None = None
        if kind == "at_risk":
            p = risk_problem[ai]
            same = W.B2B_PROBLEMS[p]
            ref = f.ref()
            t = f.start + timedelta(days=2, hours=r.uniform(8, 11))
            starts = iso(t)
            first = contacts[0]
            for k in range(unhappy):
                c = contacts[k]
                prob = W.B2B_COMPLAINT[lg][p]
                if k == 0:
                    text = prob
                else:
                    wd = W.WEEKDAY[lg][(f.start + timedelta(days=2)).weekday()]
                    text = f.pick(
                        W.B2B_FOLLOW, lg, colleague=first.first, day=wd, ref=ref, problem=prob
                    )
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=f.pick(W.SUBJECT_COMPLAINT, lg, topic=same)
                    if k == 0
                    else f.pick(W.SUBJECT_RE, lg, ref=ref),
                )
                comp_ids.append(eid)
                c.truth.update(
                    complaint_event_ids=[eid], trouble_starts_at=iso(t), problem=same, booking=ref
                )
                if k == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(20, 50)),
                        "email",
                        "message",
                        f.pick(W.CASE_OPENED, lg, first=c.first, ref=ref),
                        subject=f.pick(W.SUBJECT_RE, lg, ref=ref),
                        out=True,
                    )
                if k < unhappy - 1:
                    n = r.randint(1, 5)
                    c.truth.update(
                        nps_given=True,
                        nps=n,
                        survey_event_id=f.add(
                            c,
                            t + timedelta(hours=r.uniform(1, 3)),
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": n},
                            attrs={"survey": "nps"},
                        ),
                    )
                else:
                    t2 = t + timedelta(hours=r.uniform(18, 40))
                    while t2.weekday() >= 5 or not 8 <= t2.hour < 17:
                        t2 = (t2 + timedelta(days=1)).replace(hour=9, minute=r.randint(0, 59))
                    comp = r.choice(W.COMPETITORS)
                    if ai == 0:
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            f.pick(W.B2B_LAST_MAIL, lg, ref=ref, comp=comp),
                            subject=f.pick(W.SUBJECT_RE, lg, ref=ref),
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(c, t2, "phone", "call", f.pick(W.B2B_LAST_CALL, lg, ref=ref))
                    c.truth["complaint_event_ids"].append(e2)
                t = t + timedelta(hours=r.uniform(8, 28))
                while t.weekday() >= 5 or not 8 <= t.hour < 17:
                    t = (
                        (t + timedelta(days=1)).replace(hour=8, minute=r.randint(0, 59))
                        if t.hour >= 17 or t.weekday() >= 5
                        else t.replace(hour=8, minute=r.randint(0, 59))
                    )
        elif kind == "one_unhappy":
            c = contacts[0]
            p = ai % 4
            ref = f.ref()
            t = f.at(r.randint(3, 7), 8, 16)
            while t.weekday() >= 5:
                t += timedelta(days=1)
            eid = f.add(
                c,
                t,
                "email",
                "message",
                W.B2B_COMPLAINT[lg][p],
                subject=f.pick(W.SUBJECT_COMPLAINT, lg, topic=W.B2B_PROBLEMS[p]),
            )
            f.add(
                c,
                t + timedelta(minutes=r.randint(20, 50)),
                "email",
                "message",
                f.pick(W.CASE_OPENED, lg, first=c.first, ref=ref),
                subject=f.pick(W.SUBJECT_RE, lg, ref=ref),
                out=True,
            )
            n = r.randint(1, 5)
            c.truth.update(
                complaint_event_ids=[eid],
                trouble_starts_at=iso(t),
                problem=W.B2B_PROBLEMS[p],
                booking=ref,
                nps_given=True,
                nps=n,
                survey_event_id=f.add(
                    c,
                    t + timedelta(hours=r.uniform(1, 3)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.at(r.choice([3, 4, 7, 8]), 8, 16)
                eid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.pick(W.B2B_SUGGEST, lg),
                    attrs={"page": "/studio/feedback"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(30, 90)),
                    "email",
                    "message",
                    f.pick(W.MILD_ACK, lg),
                    out=True,
                )
                c.truth.update(mild_event_id=eid, trouble_starts_at=iso(t))
        f.accounts[acc] = {
            "company": comp_name,
            "site": r.choice(
                ["wedding studio", "agency", "school", "museum", "magazine", "events"]
            ),
            "contacts": size,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": same,
            "trouble_starts_at": starts,
            "language": lg,
            "country": mk,
        }
    f.write(expected)
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        d0(2026, 10, 19),
        7,
        "a calm week and the planted spike on Saturday morning",
    )
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(r.sample(range(6), r.randint(1, 4))):
            f.happy_act(c, f.at(d, 12, 19) if d == 5 else f.at(d, 7, 20))
    for lg in ("es", "fr"):
        c = f.person("grumbles_once", "grumbles once", lang=lg, tolerated=T_SIL)
        t = f.at(0, 9, 16)
        e = f.add(c, t, "chat", "chat", f.pick(W.CALM_GRUMBLE, lg))
        f.add(c, t + timedelta(minutes=3), "chat", "chat", f.pick(W.MILD_ACK, lg), out=True)
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t))
    for lg, h in (("es", 9.6), ("fr", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lg, tolerated=T_SIL)
        t = f.start + timedelta(days=4, hours=h)
        e = f.add(c, t, "chat", "chat", f.pick(W.LONE_Q, lg))
        f.add(c, t + timedelta(minutes=4), "chat", "chat", f.pick(W.LONE_A, lg), out=True)
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    s0 = f.start + timedelta(days=5, hours=8, minutes=20)
    langs = ["es"] * 6 + ["fr"] * 6 + ["de", "de", "en", "en", "it", "pt", "pt", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    offs = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    order = list(range(20))
    r.shuffle(order)
    keys, eids, reps = [], [], []
    early = [i for i in range(20) if offs[i] <= 22]
    rep_i = set(r.sample(early, 6))
    fix_i = set(r.sample([i for i in range(20) if i not in rep_i], 6))
    for i in range(20):
        lg = langs[order[i]]
        regular = i < 12
        rep = i in rep_i
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang=lg,
            expected=["repeat_contact"] if rep else [],
            tolerated=T_SPIKE_REP if rep else T_SIL,
        )
        if regular:
            for _ in range(r.randint(1, 3)):
                f.happy_act(c, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.pick(W.SPIKE, lg, code=W.CODE)
        if "@Granula" in text and ch != "social":
            text = text.replace("@Granula ", "")
        if ch == "social":
            eid = f.add(c, t, "social", "mention", text)
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_A, lg),
                out=True,
            )
        elif ch == "community":
            eid = f.add(c, t, "community", "post", text)
        elif ch == "email":
            eid = f.add(c, t, "email", "message", text, subject="Galería / galerie / gallery")
        else:
            eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
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
            ch2 = r.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + timedelta(minutes=r.randint(15, 40))
            e2 = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.pick(W.SPIKE_AGAIN, lg, code=W.CODE),
            )
            reps.append(e2)
            c.truth["repeat_event_id"] = e2
        if i in fix_i:
            local = {"UK": "11:40", "IE": "11:40", "PT": "11:40"}.get(c.market, "12:40")
            f.add(
                c,
                f.start + timedelta(days=5, hours=11, minutes=r.randint(8, 17)),
                "email",
                "message",
                f.pick(W.SPIKE_FIXED, lg, first=c.first, time=local, amt=money(c.market, 5)),
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"film-lab app scan gallery fails: scans cannot be opened or downloaded, error {W.CODE}",
        "about": "gallery / scans download outage",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})
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
    for make in FAMILIES:
        fam = make()
        c, n, o = len(fam.custs), 0, 0
        text = (HERE / f"{fam.name}.jsonl").read_text("utf-8").splitlines()
        n = len(text)
        o = sum(1 for line in text if '"direction": "outbound"' in line)
        print(f"{fam.name}: {c} customers, {n} touchpoints, {o} replies")
        total = [total[0] + c, total[1] + n, total[2] + o]
    print("total:", *total)


if __name__ == "__main__":
    main()
