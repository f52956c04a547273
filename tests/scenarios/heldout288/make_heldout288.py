"""Write the heldout288 families (Parkuma, caravan and motorhome storage), written blind.

Standard library only; seeded; two runs give the same bytes. Run: python make_heldout288.py
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

SEED = 20260919
SOURCES = {
    "email": "mail",
    "phone": "voice",
    "social": "social",
    "community": "forum",
    "chat": "chat",
    "web": "web",
    "survey": "survey",
}
PHONE = {
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "79", 7),
    "ES": ("+34", "6", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
DOMAINS = ["mail.example", "post.example", "correo.example", "web.example", "inbox.example"]
AGENTS = ["agent-lena", "agent-iker", "agent-joana", "agent-marco", "agent-claire", "agent-tom"]
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
TOL_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_B2B = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
USED: set[str] = set()
TODAY_LIMIT = datetime(2026, 11, 15, tzinfo=UTC)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_fold(s: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)
    ).lower()


def strip_accents(s: str) -> str:
    s = (
        s.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    return "".join(
        ch
        for ch in unicodedata.normalize("NFKD", s)
        if not unicodedata.combining(ch) or ch == "\u0303"
    )


def speech(s: str) -> str:
    out = "".join(ch for ch in s if ch not in ".,!?:;¿¡()")
    words = [w if (any(c.isdigit() for c in w) and "-" in w) else w.lower() for w in out.split()]
    return " ".join(words)


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
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[tuple[datetime, int, dict[str, Any], Cust, bool]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in USED:
                USED.add(v)
                return v

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        company: str | None = None,
        market: str | None = None,
    ) -> Cust:
        r = self.rng
        lg = lang or self.lang()
        mk = market or r.choice(W.MARKETS[lg])
        first, last = r.choice(W.FIRST[lg]), r.choice(W.LAST[lg])
        key = self.uniq(lambda: f"PK{self.code}{r.randint(1000, 9999)}")
        if company:
            email = self.uniq(
                lambda: f"{ascii_fold(first)}.{ascii_fold(last)}{r.randint(1, 99)}@{company}"
            )
            handle = None
        else:
            email = self.uniq(
                lambda: (
                    f"{ascii_fold(first)}{r.choice(['.', '_', ''])}{ascii_fold(last)}{r.randint(1, 999)}@{r.choice(DOMAINS)}"
                )
            )
            handle = self.uniq(lambda: f"@{ascii_fold(last)}_{ascii_fold(first)}{r.randint(1, 99)}")
        cc, pre, ln = PHONE[mk]
        phone = self.uniq(
            lambda: cc + pre + "".join(str(r.randint(0, 9)) for _ in range(ln - len(pre) + 1))
        )
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
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
        }
        c = Cust(key, lg, mk, f"{first} {last}", email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    def case(self) -> str:
        return self.uniq(lambda: f"PK-{self.rng.randint(100000, 999999)}")

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
    ) -> str:
        self.seq += 1
        eid = f"pk288-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        a: dict[str, str] = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        row: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": "parkuma-" + SOURCES[channel],
            "attributes": a,
        }
        self.rows.append((t, self.seq, row, c, out))
        return eid

    def roughen(self, s: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            s = strip_accents(s)
        if r.random() < 0.125 and s[:1].isupper():
            s = s[0].lower() + s[1:]
        if r.random() < 1 / 7:
            words = s.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                s = " ".join(words)
        return s

    # ------------------------------------------------------------ helpers --
    def at(self, day: int, lo: float, hi: float) -> datetime:
        return self.start + timedelta(
            days=day, minutes=self.rng.randint(int(lo * 60), int(hi * 60))
        )

    def later(self, t: datetime, lo_min: float, hi_min: float, day_only: bool = True) -> datetime:
        u = t + timedelta(minutes=self.rng.uniform(lo_min, hi_min))
        u = u.replace(second=0, microsecond=0)
        if day_only and (u.hour >= 22 or u.hour < 7):
            base = u if u.hour < 7 else u + timedelta(days=1)
            u = base.replace(hour=8, minute=self.rng.randint(0, 59))
        return u

    def happy(
        self, c: Cust, t: datetime, lang: str | None = None, kinds: list[str] | None = None
    ) -> None:
        r = self.rng
        lg = lang or c.lang
        k = r.choice(
            kinds
            or ["praise", "praise", "chat", "buy", "view", "review", "survey", "call", "email"]
        )
        if k == "praise":
            ch = r.choice(["social", "community"])
            txt = r.choice(W.PRAISE[lg])
            if ch == "social":
                txt = txt.replace("Parkuma", "@Parkuma") if "Parkuma" in txt else "@Parkuma " + txt
            self.add(c, t, ch, "mention" if ch == "social" else "post", txt)
        elif k == "chat":
            self.add(c, t, "chat", "chat", r.choice(W.QUESTION[lg]))
            t2 = self.later(t, 1, 6, False)
            self.add(c, t2, "chat", "chat", W.ANSWER[lg], out=True)
            if r.random() < 0.6:
                self.add(c, self.later(t2, 1, 4, False), "chat", "chat", r.choice(W.THANKS[lg]))
        elif k == "email":
            self.add(c, t, "email", "message", r.choice(W.QUESTION[lg]), subject="Parkuma")
            self.add(
                c,
                self.later(t, 30, 180),
                "email",
                "message",
                W.ANSWER[lg],
                subject="Re: Parkuma",
                out=True,
            )
        elif k == "call":
            self.add(c, t, "phone", "call", speech(r.choice(W.QUESTION[lg])))
            self.add(
                c,
                self.later(t, 10, 40),
                "email",
                "message",
                W.ANSWER[lg],
                subject="Parkuma",
                out=True,
            )
        elif k in ("buy", "view"):
            page = r.choice(W.PAGES)
            self.add(c, t, "web", "page_view", attrs={"page": page})
            if k == "buy":
                p = r.choice(W.PRODUCTS)
                v = r.choice([49.0, 89.0, 119.0, 189.0])
                cur = "GBP" if c.market == "UK" else "CHF" if c.market == "CH" else "EUR"
                v = v * (0.86 if cur == "GBP" else 0.94 if cur == "CHF" else 1.0)
                self.add(
                    c,
                    self.later(t, 2, 15, False),
                    "web",
                    "purchase",
                    attrs={
                        "order_value": f"{v:.2f}",
                        "currency": cur,
                        "product": p,
                        "page": "/checkout",
                    },
                )
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                r.choice(W.PRAISE[lg]),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.survey_good(c, t, lg)

    def survey_good(self, c: Cust, t: datetime, lg: str) -> None:
        r = self.rng
        kind = r.choice(["nps", "csat", "ces"])
        val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[kind]
        word = r.choice(W.SURVEY_WORD[lg]) or None
        self.add(
            c, t, "survey", "survey_response", word, scores={kind: val}, attrs={"survey": kind}
        )

    def days_acts(
        self,
        c: Cust,
        n: int,
        days: list[int],
        lo: float = 7,
        hi: float = 20,
        lang_of: Any = None,
        kinds: list[str] | None = None,
    ) -> None:
        for i, d in enumerate(sorted(self.rng.sample(days, min(n, len(days))))):
            self.happy(c, self.at(d, lo, hi), lang_of(i) if lang_of else None, kinds)

    def write(self, planned: dict[str, int]) -> None:
        self.rows.sort(key=lambda x: (x[0], x[1]))
        first_in: set[str] = set()
        for t, _s, row, c, out in self.rows:
            assert datetime(2026, 1, 1, tzinfo=UTC) <= t < TODAY_LIMIT, row["event_id"]
            ids = c.truth["identifiers"]
            full = out or c.key not in first_in
            if not out:
                first_in.add(c.key)
            ch = row["channel"]
            cust: dict[str, Any] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                cust.update(
                    {"customer_id": c.key, "email": c.email, "phone": c.phone, "handle": c.handle}
                )
            elif ch == "email":
                cust["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
            elif ch == "phone":
                cust["phone"] = c.phone
            elif ch in ("social", "community"):
                if c.handle:
                    cust["handle"] = c.handle if self.rough.random() > 0.2 else c.handle.lstrip("@")
                else:
                    cust["email"] = c.email
            else:
                cust["customer_id"] = c.key
            row["customer"] = cust
            assert ids["customer_id"] == c.key
        counts: dict[str, int] = {}
        for c in self.custs.values():
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            assert c.key in first_in, c.key
            for rule in c.truth["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        assert counts == planned, (self.name, counts, planned)
        end = self.start + timedelta(days=self.days)
        last = self.rows[-1][0] + timedelta(hours=1)
        end = max(end, last)
        assert end < TODAY_LIMIT
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Parkuma: caravan and motorhome storage yards (Parkuma Plus; Parkuma Fleet on account)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "blind, 2026-12-07",
                "expected": dict(sorted(counts.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8", newline="\n") as fh:
            for _t, _s, row, _c, _o in self.rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


# ------------------------------------------------------------------ stories --
def complaint(
    f: Fam, c: Cust, t: datetime, channel: str, problem: str, lg: str, long: bool = False
) -> tuple[str, str | None]:
    r = f.rng
    p = W.PROB[lg][problem]
    subj = W.LONG_SUBJ[lg].format(t=W.TOPIC[lg][problem])
    if long:
        eid = f.add(
            c,
            t,
            "email",
            "message",
            r.choice(W.LONG[lg]).format(p=p, n=c.name.split()[0]),
            subject=subj,
        )
    elif channel == "phone":
        eid = f.add(
            c, t, "phone", "call", W.CALL[lg].format(n=c.name.split()[0].lower(), p=p.lower())
        )
    elif channel == "social":
        eid = f.add(c, t, "social", "mention", "@Parkuma " + r.choice(W.COMPLAINT[lg]).format(p=p))
        return eid, None
    elif channel == "web":
        eid = f.add(
            c,
            t,
            "web",
            "ticket",
            r.choice(W.COMPLAINT[lg]).format(p=p),
            subject=subj,
            attrs={"page": "/help/contact"},
        )
    else:
        eid = f.add(
            c,
            t,
            channel,
            "message" if channel == "email" else "chat",
            r.choice(W.COMPLAINT[lg]).format(p=p),
            subject=subj if channel == "email" else None,
        )
    ref = f.case()
    first = c.name.split()[0]
    if channel == "chat" and not long:
        f.add(
            c, f.later(t, 1, 6, False), "chat", "chat", W.CASE[lg].format(n=first, c=ref), out=True
        )
    else:
        f.add(
            c,
            f.later(t, 10, 40),
            "email",
            "message",
            W.CASE[lg].format(n=first, c=ref),
            subject=W.CASE_SUBJ[lg].format(c=ref),
            out=True,
        )
    return eid, ref


def low_nps(f: Fam, c: Cust, t: datetime) -> str:
    v = f.rng.randint(1, 5)
    c.truth.update({"nps_given": True, "nps": v})
    eid = f.add(
        c,
        t,
        "survey",
        "survey_response",
        f.rng.choice(W.LOW_WORD[c.lang]) or None,
        scores={"nps": v},
        attrs={"survey": "nps"},
    )
    c.truth["survey_event_id"] = eid
    return eid


def fixed_case(f: Fam, c: Cust, day: int, problem: str, lg1: str, lg2: str) -> dict[str, Any]:
    r = f.rng
    t = f.at(day, 8, 18)
    ch = r.choice(["web", "email", "chat"])
    eid, ref = complaint(f, c, t, ch, problem, lg1)
    assert ref
    tg = f.later(t, 180, 1200)
    f.add(
        c,
        tg,
        "email",
        "message",
        W.GOOD[lg2].format(c=ref),
        subject=W.CASE_SUBJ[lg2].format(c=ref),
        out=True,
    )
    tc = f.later(tg, 480, 1800)
    cch = r.choice(["email", "chat"])
    ceid = f.add(
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        W.CONFIRM[lg2].format(c=ref),
        subject=W.CASE_SUBJ[lg2].format(c=ref) if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(tg),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_run(f: Fam, c: Cust, day: int, times: int, lead: bool, langs: list[str]) -> None:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    first_ch = r.choice(["web", "web", "email", "chat", "phone"])
    t = f.at(day, 8, 19)
    eid, ref = complaint(f, c, t, first_ch, problem, langs[0])
    assert ref
    if lead:
        f.add(
            c,
            f.later(t, 90, 150),
            "email",
            "message",
            W.LEAD[langs[0]].format(c=ref),
            subject=W.CASE_SUBJ[langs[0]].format(c=ref),
            out=True,
        )
    ids = [eid]
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    r.shuffle(chans)
    comp = r.choice(W.COMPETITORS) if times >= 3 else None
    for i in range(1, times):
        lg = langs[i % len(langs)]
        t = f.later(t, 240, 2400)
        ch = chans[i - 1]
        txt = W.STILL[lg].format(c=ref, p=W.PROB[lg][problem])
        if i == 2:
            txt += W.THIRD[lg].format(k=comp)
        if i == 3:
            txt += W.FOURTH[lg]
        if ch == "phone":
            ids.append(f.add(c, t, "phone", "call", speech(txt)))
        elif ch == "social":
            ids.append(f.add(c, t, "social", "mention", "@Parkuma " + txt))
        elif ch == "web":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    txt,
                    subject=W.CASE_SUBJ[lg].format(c=ref),
                    attrs={"page": "/help/contact"},
                )
            )
        elif ch == "chat":
            ids.append(f.add(c, t, "chat", "chat", txt))
            f.add(c, f.later(t, 1, 6, False), "chat", "chat", W.URGENT[lg].format(c=ref), out=True)
        else:
            ids.append(f.add(c, t, "email", "message", txt, subject=W.CASE_SUBJ[lg].format(c=ref)))
    c.truth.update(
        {
            "problem": problem,
            "contacts": times,
            "booking": ref,
            "agent_passed_on": lead,
            "problem_event_ids": ids,
            "competitor": comp,
            "trouble_starts_at": f.rows[[x[2]["event_id"] for x in f.rows].index(eid)][2][
                "occurred_at"
            ],
            "channel": first_ch,
        }
    )


def slide(f: Fam, c: Cust, day0: int, span: int, nps: bool, langs: list[str]) -> None:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    t = f.at(day0, 9, 18)
    ids: list[str] = []
    gaps = sorted(r.sample(range(0, span * 24), 5))
    times = [t] + [t + timedelta(hours=g + 1 + i) for i, g in enumerate(gaps)]
    for i, ti in enumerate(times):
        ti = f.later(ti, 0, 1)
        lg = langs[i % len(langs)]
        txt = W.SLIDE[lg][i].format(k=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "social":
            ids.append(
                f.add(
                    c,
                    ti,
                    "social",
                    "mention",
                    txt.replace("Parkuma", "@Parkuma") if "Parkuma" in txt else "@Parkuma " + txt,
                )
            )
        elif ch == "community":
            ids.append(f.add(c, ti, "community", "post", txt))
        else:
            ids.append(
                f.add(
                    c,
                    ti,
                    "web",
                    "review",
                    txt,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"},
                )
            )
        if i == 3 and nps:
            low_nps(f, c, f.later(ti, 150, 210))
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(times[0]),
        }
    )


def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 2, 2, tzinfo=UTC),
        10,
        "happy day and night writers and survey-only customers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.days_acts(c, f.rng.randint(5, 8), list(range(10)), 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 390))
            if f.rng.random() < 0.5:
                f.add(
                    c,
                    t,
                    "social",
                    "post",
                    f.rng.choice(W.NIGHT_POST[c.lang]).replace("Parkuma", "@Parkuma"),
                )
            else:
                f.add(c, t, "chat", "chat", W.NIGHT_Q[c.lang][0])
                f.add(c, t + timedelta(minutes=3), "chat", "chat", W.NIGHT_A[c.lang], out=True)
                f.add(c, t + timedelta(minutes=6), "chat", "chat", f.rng.choice(W.THANKS[c.lang]))
        f.days_acts(
            c,
            f.rng.randint(2, 3),
            list(range(10)),
            9,
            18,
            kinds=["praise", "buy", "view", "review"],
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.survey_good(c, f.at(d, 8, 20), c.lang)
    f.write({})


def one_bad_day() -> None:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 3, 9, tzinfo=UTC),
        12,
        "happy customers with one bad day; detractors, low CSAT, apologies, controls",
    )
    r = f.rng
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = [W.PROBLEMS[i % 6] for i in range(24)]
    r.shuffle(probs)
    with_case: list[tuple[Cust, datetime, str, str]] = []
    for i, ch in enumerate(chans):
        lang = ["de", "de", "es", "es"][i] if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang=lang, tolerated=["silence"])
        bd = r.randint(2, 9)
        t = f.at(bd, 8, 20)
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.days_acts(
            c, r.randint(1, 5), days, kinds=["praise", "chat", "buy", "view", "review", "email"]
        )
        eid, ref = complaint(
            f, c, t, "email" if ch == "long" else ch, probs[i], c.lang, long=ch == "long"
        )
        c.truth.update(
            {
                "problem": probs[i],
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "booking": ref,
                "channel": "email" if ch == "long" else ch,
                "long_email": ch == "long",
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
                "apologised": False,
            }
        )
        if ref:
            with_case.append((c, t, ref, eid))
    order = list(range(len(with_case)))
    r.shuffle(order)
    for j, idx in enumerate(order):
        c, t, ref, _e = with_case[idx]
        if j < 6:
            c.truth.update({"persona": "bad_day_detractor", "expected_rules": ["detractor"]})
            low_nps(f, c, f.later(t, 100, 140, False))
        elif j < 11:
            v = r.randint(1, 2)
            c.truth.update({"csat_given": True, "csat": v})
            c.truth["survey_event_id"] = f.add(
                c,
                f.later(t, 40, 80, False),
                "survey",
                "survey_response",
                r.choice(W.LOW_WORD[c.lang]) or None,
                scores={"csat": v},
                attrs={"survey": "csat"},
            )
    good = r.sample(range(len(with_case)), 12)
    for j, idx in enumerate(good):
        c, t, ref, _e = with_case[idx]
        tg = f.later(t, 60, 240)
        f.add(
            c,
            tg,
            "email",
            "message",
            W.GOOD[c.lang].format(c=ref),
            subject=W.CASE_SUBJ[c.lang].format(c=ref),
            out=True,
        )
        c.truth["agent_fixed"] = True
        if j < 5:
            ta = f.later(t, 960, 1440)
            ch = r.choice(["chat", "email"])
            a = f.add(
                c,
                ta,
                ch,
                "chat" if ch == "chat" else "message",
                r.choice(W.APOLOGY[c.lang]),
                subject=W.CASE_SUBJ[c.lang].format(c=ref) if ch == "email" else None,
            )
            c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": a})
    for _ in range(8):
        c = f.person("happy", "control")
        f.days_acts(c, r.randint(4, 7), list(range(12)))
    f.write({"detractor": 6})


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 4, 13, tzinfo=UTC),
        10,
        "repeat contacts about one open problem, fixed cases, two problems, frequent writers",
    )
    r = f.rng
    times = [2] * 4 + [3] * 4 + [4] * 4
    leads = [True, False] * 6
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=TOL_REPEAT)
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12), kinds=["praise", "view", "buy", "chat"])
        repeat_run(f, c, r.randint(1, 4), times[i], leads[i], [c.lang])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.days_acts(c, r.randint(1, 2), [0, 8, 9], kinds=["praise", "view"])
        c.truth["problems"] = [
            fixed_case(f, c, r.randint(1, 4), r.choice(W.PROBLEMS), c.lang, c.lang)
        ]
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        a, b = r.sample(W.PROBLEMS, 2)
        d = r.randint(0, 3)
        c.truth["problems"] = [
            fixed_case(f, c, d, a, c.lang, c.lang),
            fixed_case(f, c, d + r.randint(4, 5), b, c.lang, c.lang),
        ]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.days_acts(
            c, r.randint(5, 8), list(range(10)), kinds=["chat", "chat", "email", "call", "praise"]
        )
    f.write({"repeat_contact": 12})


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 5, 18, tzinfo=UTC),
        32,
        "sliders, leavers, steady, steadily grumpy, sarcastic",
    )
    r = f.rng
    spans = [3, 5, 5, 5, 5, 5, 9, 9, 9, 9]
    for i in range(10):
        nps = i % 2 == 0
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if nps else []),
            tolerated=TOL_SLIDE,
        )
        f.days_acts(c, r.randint(4, 5), list(range(11)), kinds=["praise"])
        f.days_acts(c, r.randint(2, 4), list(range(11)), kinds=["buy", "view", "chat"])
        slide(f, c, r.randint(12, 16), spans[i], nps, [c.lang])
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=TOL_LEAVE
        )
        f.days_acts(c, r.randint(4, 6), list(range(15)))
        t = f.at(r.randint(17, 23), 8, 19)
        e = f.add(c, t, "email", "message", W.CANCEL[c.lang], subject="Parkuma Plus")
        f.add(
            c,
            f.later(t, 60, 300),
            "email",
            "message",
            W.SORRY[c.lang],
            subject="Re: Parkuma Plus",
            out=True,
        )
        tc = f.later(t, 1200, 1800)
        x = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/plus/cancel", "product": "Parkuma Plus"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.days_acts(c, r.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = r.randint(0, 4)
        ids: list[str] = []
        first_t = f.at(d, 8, 20)
        for _k in range(r.randint(5, 7)):
            t = first_t if not ids else f.at(d, 8, 20)
            ch = r.choice(["social", "community", "web", "review"])
            txt = r.choice(W.GRUMBLE[c.lang])
            if ch == "social":
                ids.append(f.add(c, t, "social", "mention", "@Parkuma " + txt))
            elif ch == "community":
                ids.append(f.add(c, t, "community", "post", txt))
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", txt, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    f.add(c, t, "web", "review", txt, attrs={"rating": "3", "page": "/reviews"})
                )
            d += r.randint(1, 3)
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": iso(first_t)})
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.days_acts(c, r.randint(3, 6), list(range(30)))
        c.truth["sarcasm_event_id"] = f.add(
            c,
            f.at(r.randint(5, 28), 9, 20),
            "social",
            "mention",
            W.SARCASM[c.lang].replace("Toll", "@Parkuma toll")
            if c.lang == "de"
            else "@Parkuma " + W.SARCASM[c.lang],
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 6, 19, tzinfo=UTC),
        3,
        "a calm weekend with night owls in bursts; nothing expected",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.days_acts(c, r.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(r.randint(0, 2), 9, 16)
        f.add(c, t, "web", "page_view", attrs={"page": "/yards"})
        t2 = f.later(t, 20, 30)
        if i < 2:
            g = f.add(c, t2, "chat", "chat", W.MILD[c.lang])
            f.add(c, f.later(t2, 1, 6), "chat", "chat", W.ANSWER[c.lang], out=True)
        else:
            g = f.add(c, t2, "web", "ticket", W.MILD[c.lang], attrs={"page": "/help/contact"})
            f.add(
                c,
                f.later(t2, 30, 90),
                "email",
                "message",
                W.ANSWER[c.lang],
                subject="Parkuma",
                out=True,
            )
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t2)})
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        starts = [
            b0,
            b0 + timedelta(minutes=r.randint(28, 33)),
            b0 + timedelta(minutes=r.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=r.randint(0, 9), seconds=r.randint(0, 59))
                if r.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", W.NIGHT_Q[c.lang][0])
                    f.add(c, t + timedelta(minutes=2), "chat", "chat", W.NIGHT_A[c.lang], out=True)
                    f.add(c, t + timedelta(minutes=4), "chat", "chat", r.choice(W.THANKS[c.lang]))
                else:
                    e = f.add(
                        c,
                        t,
                        "social",
                        "post",
                        r.choice(W.NIGHT_POST[c.lang]).replace("Parkuma", "@Parkuma"),
                    )
                c.truth.update({"burst_at": iso(bs), "night_event_id": e})
                if r.random() < 0.5:
                    f.happy(c, f.at(r.randint(0, 2), 9, 17.5), kinds=["praise", "view", "buy"])
    f.write({})


PAIRS = [
    ("es", "de"),
    ("de", "es"),
    ("es", "de"),
    ("de", "es"),
    ("es", "en"),
    ("en", "es"),
    ("de", "en"),
    ("de", "fr"),
    ("fr", "de"),
    ("es", "pt"),
    ("pt", "es"),
    ("es", "it"),
    ("it", "de"),
    ("de", "it"),
    ("es", "fr"),
    ("de", "pt"),
]


def bilingual() -> None:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 7, 13, tzinfo=UTC),
        14,
        "customers who alternate two languages",
    )
    r = f.rng

    def who(
        persona: str, habit: str, exp: list[str], tol: list[str], second: str | None = None
    ) -> tuple[Cust, list[str]]:
        a, b = r.choice(PAIRS)
        if second:
            a, b = r.choice([p for p in PAIRS if p[1] == second] or [("es", second)])
        c = f.person(persona, habit, lang=a, expected=exp, tolerated=tol)
        c.truth.update(
            {
                "languages": [a, b],
                "job_second_language": r.choice(
                    [
                        "works across the border",
                        "married into the other language",
                        "grew up in both",
                    ]
                ),
            }
        )
        return c, [a, b]

    for _ in range(12):
        c, lg = who("happy", "alternates languages", [], [])
        f.days_acts(c, r.randint(5, 8), list(range(14)), lang_of=lambda i, lg=lg: lg[i % 2])
    for n in [2, 2, 3, 3, 4]:
        c, lg = who("repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        f.days_acts(
            c,
            r.randint(1, 3),
            [0, 1],
            lang_of=lambda i, lg=lg: lg[i % 2],
            kinds=["praise", "view", "chat"],
        )
        repeat_run(f, c, r.randint(2, 5), n, n >= 3, lg)
    for _ in range(5):
        c, lg = who("slow_churner", "slides", ["sentiment_drop"], TOL_SLIDE)
        f.days_acts(c, 5, list(range(6)), lang_of=lambda i, lg=lg: lg[i % 2], kinds=["praise"])
        f.days_acts(
            c,
            r.randint(1, 3),
            list(range(6)),
            lang_of=lambda i, lg=lg: lg[(i + 1) % 2],
            kinds=["view", "buy"],
        )
        slide(f, c, r.randint(7, 8), r.randint(3, 5), False, lg)
    for k in range(3):
        c, lg = who(
            "happy_one_bad_day", "one bad day", [], ["silence"], second="de" if k == 0 else None
        )
        f.days_acts(c, r.randint(2, 4), [0, 1, 2, 11, 12, 13], lang_of=lambda i, lg=lg: lg[i % 2])
        t = f.at(r.randint(5, 8), 9, 18)
        p = r.choice(W.PROBLEMS)
        eid, ref = complaint(
            f, c, t, ["email", "email", "chat"][k], p, lg[1], long=k == 0 and lg[1] in W.LONG
        )
        c.truth.update(
            {
                "problem": p,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": lg[1],
                "booking": ref,
                "trouble_starts_at": iso(t),
                "long_email": k == 0,
            }
        )
        if k < 2 and ref:
            f.add(
                c,
                f.later(t, 60, 240),
                "email",
                "message",
                W.GOOD[lg[1]].format(c=ref),
                subject=W.CASE_SUBJ[lg[1]].format(c=ref),
                out=True,
            )
            c.truth["agent_fixed"] = True
        if k == 1:
            ta = f.later(t, 1080, 1440)
            c.truth.update(
                {
                    "apologised": True,
                    "apology_at": iso(ta),
                    "apology_event_id": f.add(c, ta, "chat", "chat", r.choice(W.APOLOGY[lg[1]])),
                }
            )
    for _ in range(2):
        c, lg = who("resolved_between_contacts", "fixed", [], ["silence"])
        f.days_acts(c, r.randint(2, 3), [0, 1, 12, 13], lang_of=lambda i, lg=lg: lg[i % 2])
        c.truth["problems"] = [
            fixed_case(f, c, r.randint(3, 8), r.choice(W.PROBLEMS), lg[0], lg[1])
        ]
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 8, 17, tzinfo=UTC),
        14,
        "Parkuma Fleet accounts: at risk, one unhappy, mild, happy",
    )
    r = f.rng
    n_acc = 0

    def office(t: datetime) -> datetime:
        while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
            t = (
                (t + timedelta(days=1)).replace(hour=8, minute=r.randint(0, 50))
                if t.hour >= 17 or t.weekday() >= 5
                else t.replace(hour=8, minute=r.randint(0, 50))
            )
        return t

    def account(kind: str, lang: str, site: str, n_contacts: int) -> tuple[str, list[Cust], str]:
        nonlocal n_acc
        n_acc += 1
        mk = r.choice(W.MARKETS[lang])
        aid = f.uniq(lambda: f"PKF-{mk}-{r.randint(1000, 9999)}")
        dom = f"{site}{n_acc}-{mk.lower()}.example"
        cs: list[Cust] = []
        names: set[str] = set()
        while len(cs) < n_contacts:
            c = f.person("b2b_happy", "contact", lang=lang, account=aid, company=dom, market=mk)
            if c.name.split()[0] in names:
                del f.custs[c.key]
                continue
            names.add(c.name.split()[0])
            c.truth.update(
                {
                    "company": dom,
                    "role": "contact",
                    "job_title": r.choice(
                        ["fleet manager", "operations lead", "accounts payable", "office manager"]
                    ),
                }
            )
            c.truth["job"] = c.truth["job_title"]
            cs.append(c)
        f.accounts[aid] = {
            "company": dom,
            "site": site,
            "contacts": n_contacts,
            "contact_keys": sorted(c.key for c in cs),
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": mk,
        }
        return aid, cs, lang

    def routine(c: Cust, days: list[int]) -> None:
        for d in sorted(d for d in days if (f.start + timedelta(days=d)).weekday() < 5):
            t = f.at(d, 8, 16.5)
            k = r.choice(["chat", "buy", "view", "praise", "survey"])
            if k == "praise":
                f.add(c, t, "community", "post", W.B2B_PRAISE[c.lang])
            else:
                f.happy(c, t, kinds=[k])

    risk = [
        ("de", "hirefleet", "portal", 3),
        ("es", "rentacar", "invoice", 3),
        ("de", "municipality", "service_blocked", 3),
        ("es", "holidayparks", "overbilled", 4),
        ("fr", "events", "invoice", 4),
    ]
    for lang, site, prob, k in risk:
        aid, cs, lg = account("at_risk", lang, site, k + r.randint(1, 2))
        comp = cs[:k]
        ids = []
        t = office(f.start + timedelta(days=2, hours=8, minutes=r.randint(0, 300)))
        ref = ""
        for j, c in enumerate(comp):
            tol = TOL_B2B
            exp = ["repeat_contact"] if j == k - 1 else ["detractor"]
            c.truth.update(
                {
                    "persona": "b2b_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "expected_rules": exp,
                    "tolerated_rules": tol,
                    "problem": prob,
                }
            )
            routine(c, r.sample([0, 1], r.randint(0, 2)))
            p = W.B2B_PROB[lg][prob]
            if j == 0:
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    W.B2B_FIRST[lg].format(p=p),
                    subject=W.LONG_SUBJ[lg].format(t="Parkuma Fleet"),
                )
                ref = f.case()
                f.add(
                    c,
                    f.later(t, 20, 60),
                    "email",
                    "message",
                    W.CASE[lg].format(n=c.name.split()[0], c=ref),
                    subject=W.CASE_SUBJ[lg].format(c=ref),
                    out=True,
                )
                f.accounts[aid]["trouble_starts_at"] = iso(t)
            else:
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    W.B2B_LATER[lg].format(f=comp[0].name.split()[0], c=ref, p=p),
                    subject=W.CASE_SUBJ[lg].format(c=ref),
                )
            ids.append(e)
            c.truth.update(
                {"complaint_event_ids": [e], "booking": ref, "trouble_starts_at": iso(t)}
            )
            if j < k - 1:
                low_nps(f, c, f.later(t, 60, 180))
                t = office(f.later(t, 480, 1680))
            else:
                t2 = office(f.later(t, 1080, 2400))
                e2 = f.add(c, t2, "phone", "call", W.B2B_LAST[lg].format(c=ref))
                c.truth["complaint_event_ids"] = [e, e2]
                c.truth["problem_event_ids"] = [e, e2]
        for c in cs[k:]:
            routine(c, r.sample(range(14), r.randint(2, 4)))
        f.accounts[aid].update(
            {
                "unhappy_contacts": k,
                "unhappy_contact_keys": sorted(c.key for c in comp),
                "same_problem": prob,
            }
        )
    for lang, site, prob in [
        ("de", "campingsite", "service_blocked"),
        ("es", "dealership", "overbilled"),
        ("it", "hirefleet", "portal"),
        ("pt", "rentacar", "invoice"),
    ]:
        aid, cs, lg = account("one_unhappy", lang, site, 3)
        c = cs[0]
        c.truth.update(
            {
                "persona": "b2b_one_unhappy",
                "habit": "complainer",
                "role": "complainer",
                "expected_rules": ["detractor"],
                "tolerated_rules": ["sentiment_drop", "high_value_at_risk", "silence"],
                "problem": prob,
            }
        )
        t = office(f.at(r.randint(3, 7), 8, 16))
        e = f.add(
            c,
            t,
            "email",
            "message",
            W.B2B_FIRST[lg].format(p=W.B2B_PROB[lg][prob]),
            subject=W.LONG_SUBJ[lg].format(t="Parkuma Fleet"),
        )
        ref = f.case()
        f.add(
            c,
            f.later(t, 20, 60),
            "email",
            "message",
            W.CASE[lg].format(n=c.name.split()[0], c=ref),
            subject=W.CASE_SUBJ[lg].format(c=ref),
            out=True,
        )
        low_nps(f, c, f.later(t, 60, 180))
        c.truth.update({"complaint_event_ids": [e], "booking": ref, "trouble_starts_at": iso(t)})
        for o in cs[1:]:
            routine(o, r.sample(range(14), r.randint(2, 4)))
        f.accounts[aid].update({"unhappy_contacts": 1, "unhappy_contact_keys": [c.key]})
    for lang, site in [("es", "caravanclub"), ("de", "hirefleet"), ("en", "dealership")]:
        aid, cs, lg = account("mild", lang, site, r.randint(3, 4))
        for c in cs[:2]:
            c.truth.update(
                {
                    "persona": "b2b_mild",
                    "habit": "suggests",
                    "role": "suggests",
                    "tolerated_rules": ["silence"],
                }
            )
            t = office(f.at(r.randint(2, 11), 8, 16))
            m = f.add(c, t, "web", "ticket", W.B2B_SUGGEST[lg], attrs={"page": "/fleet/feedback"})
            f.add(
                c,
                f.later(t, 30, 120),
                "email",
                "message",
                W.ANSWER[lg],
                subject="Parkuma Fleet",
                out=True,
            )
            c.truth.update({"mild_event_id": m, "trouble_starts_at": iso(t)})
        for c in cs[2:]:
            routine(c, r.sample(range(14), r.randint(2, 4)))
    for lang, site in [("de", "rentacar"), ("es", "hirefleet"), ("pt", "campingsite")]:
        aid, cs, lg = account("happy", lang, site, r.randint(3, 4))
        for c in cs:
            routine(c, r.sample(range(14), r.randint(2, 4)))
    for c in f.custs.values():
        c.truth["habit"] = c.truth["role"]
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 9, 14, tzinfo=UTC),
        7,
        "a calm week and a Saturday-morning spike",
    )
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(r.sample(range(6), r.randint(1, 4))):
            f.happy(c, f.at(d, 12 if d == 5 else 7, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, 9, 17)
        g = f.add(c, t, "chat", "chat", W.MILD[c.lang])
        f.add(c, f.later(t, 1, 6), "chat", "chat", W.ANSWER[c.lang], out=True)
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t)})
    for lg, hm in [("es", (9, 40)), ("de", (16, 5))]:
        c = f.person("grumbles_once", "lone question", lang=lg, tolerated=["silence"])
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        e = f.add(c, t, "chat", "chat", W.LONE_Q[lg])
        f.add(c, t + timedelta(minutes=4), "chat", "chat", W.LONE_A[lg], out=True)
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    s0 = datetime(2026, 9, 19, 7, 20, tzinfo=UTC)
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    offs = sorted([0, 45, *r.sample(range(1, 45), 18)])
    reps: list[Cust] = []
    ev, rep_ev = [], []
    order = list(range(20))
    r.shuffle(order)
    regular = set(order[:12])
    early = [i for i in range(20) if offs[i] <= 25]
    repeaters = set(r.sample(early, 6))
    fixed = set(r.sample([i for i in range(20) if i not in repeaters], 6))
    for i in range(20):
        reg = i in regular
        c = f.person(
            "spike_repeater" if i in repeaters else "spike_reporter",
            "regular" if reg else "new",
            lang=langs[i],
            expected=["repeat_contact"] if i in repeaters else [],
            tolerated=["silence", "sentiment_drop"] if i in repeaters else ["silence"],
        )
        if reg:
            for d in sorted(r.sample([2, 3, 4], r.randint(1, 3))):
                f.happy(c, f.at(d, 8, 17.5), kinds=["praise", "view", "buy", "email", "chat"])
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        txt = r.choice(W.SPIKE[c.lang])
        if ch == "social":
            e = f.add(
                c,
                t,
                "social",
                "mention",
                txt.replace("Parkuma", "@Parkuma") if "Parkuma" in txt else "@Parkuma " + txt,
            )
        elif ch == "community":
            e = f.add(c, t, "community", "post", txt)
        elif ch == "chat":
            e = f.add(c, t, "chat", "chat", txt)
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT[c.lang],
                out=True,
            )
        elif ch == "email":
            e = f.add(c, t, "email", "message", txt, subject="GT%418")
        else:
            e = f.add(c, t, "web", "ticket", txt, attrs={"page": "/help/contact"})
        ev.append(e)
        c.truth.update(
            {
                "in_spike": True,
                "regular": reg,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": i in fixed,
            }
        )
        if i in repeaters:
            ch2 = r.choice([x for x in ["email", "chat", "community"] if x != ch])
            t2 = t + timedelta(minutes=r.randint(15, 50))
            kind = {"email": "message", "chat": "chat", "community": "post"}[ch2]
            e2 = f.add(
                c,
                t2,
                ch2,
                kind,
                W.SPIKE_AGAIN[c.lang],
                subject="GT%418" if ch2 == "email" else None,
            )
            rep_ev.append(e2)
            c.truth["repeat_event_id"] = e2
        if i in fixed:
            f.add(
                c,
                datetime(2026, 9, 19, 10, 18 + r.randint(0, 9), tzinfo=UTC),
                "email",
                "message",
                W.WORKS[c.lang],
                subject="Parkuma",
                out=True,
            )
        reps.append(c)
    f.spike = {
        "topic": "storage-yard gate PINs from the app refused at every yard: no vehicle can be collected, error GT%418",
        "about": "gate access",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": sorted(c.key for c in reps),
        "event_ids": ev,
        "repeat_event_ids": rep_ev,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})


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
    USED.clear()
    for fam in FAMILIES:
        fam()


if __name__ == "__main__":
    main()
