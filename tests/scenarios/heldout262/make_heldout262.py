"""Generate heldout262 (Glasio window cleaning; written blind). Standard library only."""

# ruff: noqa: E501
from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import wording as W  # noqa: E402

SEED = 20260926
COMPS = ["Lumora", "Vetrix"]
OK = ["silence"]
REP_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVE_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]
PHONE_PREFIX = {
    "UK": "+447",
    "IE": "+3538",
    "IT": "+393",
    "CH": "+417",
    "DE": "+4915",
    "AT": "+43664",
    "ES": "+346",
    "FR": "+336",
    "BE": "+324",
    "PT": "+3519",
}
CHANNEL_KIND = {
    "email": "message",
    "chat": "chat",
    "social": "mention",
    "web": "ticket",
    "phone": "call",
    "community": "post",
    "survey": "survey_response",
}


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    table = str.maketrans("àáâãèéêìíòóôõùúüçäö", "aaaaeeeiioooouuucao")
    return s.translate(table)


class Fam:
    def __init__(self, name: str, code: str, n: int, start: datetime, days: int) -> None:
        self.name, self.code, self.start, self.days = name, code, start, days
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.truth: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.refs = 0
        self.idx = 0

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        exp: list[str] | None = None,
        tol: list[str] | None = None,
        account: str | None = None,
    ) -> str:
        lang = lang or self.lang()
        market = self.rng.choice(W.MARKETS[lang])
        self.idx += 1
        cid = f"GL{self.code}{1000 + self.idx * 7 + self.rng.randrange(7)}"
        first, last = self.rng.choice(W.FIRST[lang]), self.rng.choice(W.LAST[lang])
        dom = (
            f"{account.lower().replace('-', '')}.example"
            if account
            else self.rng.choice(["mail.example", "post.example", "inbox.example"])
        )
        email = f"{first.lower()}.{last.lower()}{self.idx}{self.code.lower()}@{dom}"
        phone = PHONE_PREFIX[market] + "".join(str(self.rng.randrange(10)) for _ in range(8))
        handle = (
            None if account else f"@{first.lower()}_{last.lower()}{self.code.lower()}{self.idx}"
        )
        self.truth[cid] = {
            "identifiers": {
                "customer_id": cid,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": exp or [],
            "tolerated_rules": tol or [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        return cid

    def ref(self) -> str:
        self.refs += 1
        return f"GLC-{self.code}{self.refs:03d}{self.rng.randrange(100, 999)}"

    def add(
        self,
        cid: str,
        t: datetime,
        channel: str,
        text: str | None = None,
        *,
        out: bool = False,
        kind: str | None = None,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"gl262-{self.code.lower()}-{self.seq:05d}"
        c = self.truth[cid]
        lang = c["language"]
        if text and not out and channel not in ("phone", "survey"):
            r = self.rough.random()
            if r < 0.1:
                text = strip_accents(text)
            elif r < 0.22 and text[0].isalpha():
                text = text[0].lower() + text[1:]
            elif r < 0.36:
                words = [w for w in text.split(" ") if w.isalpha() and w.islower() and len(w) > 4]
                if words:
                    w = self.rough.choice(words)
                    i = self.rough.randrange(len(w) - 1)
                    text = text.replace(w, w[:i] + w[i + 1] + w[i] + w[i + 2 :], 1)
        if channel == "phone" and text and not out:
            text = (
                W.PHONE[lang]
                .format(text=text)
                .lower()
                .replace(".", "")
                .replace(",", "")
                .replace("?", "")
                .replace("!", "")
            )
        if channel == "social" and text and not out and "@Glasio" not in text:
            text = text.replace("Glasio", "@Glasio", 1) if "Glasio" in text else "@Glasio " + text
        a = {"market": c["country"]}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Sara", "Tom", "Elena", "Ben"])
        a.update(attrs or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind or CHANNEL_KIND[channel],
                "direction": "outbound" if out else "inbound",
                "cid": cid,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": f"glasio-{channel}",
                "attributes": a,
            }
        )
        return eid

    def pick(self, table: dict[str, list[str]], cid: str) -> str:
        return self.rng.choice(table[self.truth[cid]["language"]])

    def day(self, d: int, h0: float = 8, h1: float = 19) -> datetime:
        return self.start + timedelta(days=d, hours=self.rng.uniform(h0, h1))

    def happy_act(self, cid: str, t: datetime) -> None:
        r = self.rng.random()
        if r < 0.3:
            self.add(
                cid, t, self.rng.choice(["social", "community"]), self.pick(W.T["praise"], cid)
            )
        elif r < 0.5:
            self.add(cid, t, "chat", self.pick(W.T["question"], cid))
            self.add(cid, t + timedelta(minutes=3), "chat", self.pick(W.T["answer"], cid), out=True)
            if self.rng.random() < 0.6:
                self.add(cid, t + timedelta(minutes=6), "chat", self.pick(W.T["thanks"], cid))
        elif r < 0.65:
            self.add(cid, t, "web", kind="page_view", attrs={"page": "/plans/club"})
            self.add(
                cid,
                t + timedelta(minutes=4),
                "web",
                kind="purchase",
                attrs={
                    "page": "/book",
                    "product": "Window clean, house up to 12 windows",
                    "order_value": "24.00",
                    "currency": "GBP"
                    if self.truth[cid]["country"] == "UK"
                    else ("CHF" if self.truth[cid]["country"] == "CH" else "EUR"),
                },
            )
        elif r < 0.8:
            self.add(
                cid,
                t,
                "web",
                self.pick(W.T["gripe_praise"], cid)
                if self.rng.random() < 0.3
                else self.pick(W.T["praise"], cid),
                kind="review",
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.add(cid, t, "web", kind="page_view", attrs={"page": "/my-cleans"})

    def happies(self, cid: str, n: int, days: list[int], h0: float = 8, h1: float = 19) -> None:
        for d in self.rng.sample(days, min(n, len(days))):
            self.happy_act(cid, self.day(d, h0, h1))

    def survey(self, cid: str, t: datetime, nps: int | None = None, csat: int | None = None) -> str:
        sc: dict[str, int] = {}
        if nps is not None:
            sc["nps"] = nps
        if csat is not None:
            sc["csat"] = csat
        return self.add(
            cid,
            t,
            "survey",
            None,
            scores=sc,
            attrs={"survey": "nps" if nps is not None else "csat"},
        )

    def write(self) -> tuple[int, int]:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        first_in: set[str] = set()
        out_rows = []
        for r in self.rows:
            ids = self.truth[r["cid"]]["identifiers"]
            full = r["direction"] == "outbound" or r["cid"] not in first_in
            if r["direction"] == "inbound":
                first_in.add(r["cid"])
            if full:
                cust = dict(ids)
            else:
                cust = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": ids["account_id"],
                }
                key = {
                    "phone": "phone",
                    "email": "email",
                    "social": "handle",
                    "community": "handle",
                }.get(r["channel"], "customer_id")
                if key == "handle" and ids["handle"] is None:
                    key = "email"
                cust[key] = ids[key]
            out_rows.append(
                {
                    "event_id": r["event_id"],
                    "occurred_at": iso(r["occurred_at"]),
                    "channel": r["channel"],
                    "kind": r["kind"],
                    "direction": r["direction"],
                    "customer": cust,
                    "text": r["text"],
                    "subject": r["subject"],
                    "scores": {
                        "nps": r["scores"].get("nps"),
                        "csat": r["scores"].get("csat"),
                        "ces": r["scores"].get("ces"),
                    },
                    "source": r["source"],
                    "attributes": r["attributes"],
                }
            )
        last = self.rows[-1]["occurred_at"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        exp: dict[str, int] = {}
        for c in self.truth.values():
            for rule in c["expected_rules"]:
                exp[rule] = exp.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                exp[rule] = exp.get(rule, 0) + 1
        if self.spike:
            exp["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "business": "Glasio window cleaning",
                "days": self.days,
                "seed": SEED,
                "written": "blind, 2026-12-07",
                "expected": exp,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.truth,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in out_rows),
            "utf-8",
        )
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return len(self.truth), len(out_rows)


def problem_text(f: Fam, cid: str, problem: str) -> str:
    return f.pick(W.COMPLAINT[problem], cid)


def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, datetime(2026, 2, 9, tzinfo=UTC), 10)
    for _ in range(16):
        f.happies(f.person("happy", "day writer"), f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.start + timedelta(days=d, hours=22.2 + f.rng.uniform(0, 2))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", f.pick(W.T["night"], c))
            else:
                f.add(c, t, "chat", f.pick(W.T["night_q"], c))
                f.add(c, t + timedelta(minutes=4), "chat", f.pick(W.T["answer"], c), out=True)
                f.add(c, t + timedelta(minutes=7), "chat", f.pick(W.T["thanks"], c))
        f.happies(c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.survey(c, f.day(d), nps=f.rng.choice([9, 10]))
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, datetime(2026, 3, 9, tzinfo=UTC), 12)
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    cases: list[tuple[str, str, datetime]] = []
    for i, ch in enumerate(chans):
        c = f.person("happy_one_bad_day", "one bad day", tol=list(OK))
        bd = 2 + i % 8
        f.happies(c, f.rng.randint(1, 4), [d for d in range(12) if d < bd - 1 or d > bd + 2])
        t = f.day(bd, 8, 20)
        prob = W.PROBLEMS[i % 6]
        txt = problem_text(f, c, prob)
        tr = f.truth[c]
        tr.update({"problem": prob, "bad_day_at": iso(t), "long_email": ch == "long"})
        if ch == "long":
            e = f.add(
                c,
                t,
                "email",
                f.pick(W.LETTER, c).format(problem=txt),
                subject="Complaint / Reclamo",
            )
        elif ch == "chat":
            e = f.add(c, t, "chat", txt)
        else:
            e = f.add(c, t, ch if ch != "web" else "web", txt, kind=None)
        tr["bad_day_event_id"] = e
        if ch == "social":
            tr["booking"] = None
            continue
        ref = f.ref()
        tr["booking"] = ref
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(3, 40)),
            "chat" if ch == "chat" else "email",
            f.pick(W.AGENT["case"], c).format(ref=ref),
            out=True,
        )
        cases.append((c, ref, t))
    for j, (c, ref, t) in enumerate(cases):
        tr = f.truth[c]
        if j < 6:
            tr["persona"] = "bad_day_detractor"
            tr["expected_rules"] = ["detractor"]
            n = f.rng.randint(1, 5)
            tr.update(
                {
                    "nps_given": True,
                    "nps": n,
                    "survey_event_id": f.survey(
                        c, t + timedelta(minutes=f.rng.randint(100, 140)), nps=n
                    ),
                }
            )
        elif j < 11:
            n = f.rng.choice([1, 2])
            tr.update(
                {
                    "csat_given": True,
                    "csat": n,
                    "survey_event_id": f.survey(
                        c, t + timedelta(minutes=f.rng.randint(40, 80)), csat=n
                    ),
                }
            )
        if j % 20 < 12:
            g = t + timedelta(hours=f.rng.uniform(1, 4))
            f.add(
                c,
                g,
                "email",
                f.pick(W.AGENT["good_news"], c).format(ref=ref),
                out=True,
                subject=f"Re: {ref}",
            )
            tr["agent_fixed"] = True
            if j in (1, 3, 7, 12, 15):
                a = t + timedelta(hours=f.rng.uniform(16, 24))
                if a.hour < 8:
                    a = a.replace(hour=8)
                tr.update(
                    {
                        "apologised": True,
                        "apology_at": iso(a),
                        "apology_event_id": f.add(c, a, "chat", f.pick(W.FOLLOW["apology"], c)),
                    }
                )
    for _ in range(8):
        f.happies(f.person("happy", "control"), f.rng.randint(4, 7), list(range(12)))
    return f


def morning(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        t = (t + timedelta(hours=10)).replace(hour=8, minute=t.minute % 60)
    return t


def repeat_run(
    f: Fam, c: str, first_day: int, n: int, quality: bool, lang2: str | None = None
) -> None:
    tr = f.truth[c]
    prob = f.rng.choice(W.PROBLEMS)
    chans = f.rng.sample(["email", "chat", "phone", "web", "social"], n)
    t = f.day(first_day, 8, 19)
    ref = f.ref()
    ids: list[str] = []
    comp = f.rng.choice(COMPS) if n >= 3 else None
    for k, ch in enumerate(chans):
        if lang2 and k % 2 == 1:
            tr["language"], keep = lang2, tr["language"]
        else:
            keep = None
        if k == 0:
            txt = problem_text(f, c, prob)
        elif k == 2:
            txt = f.pick(W.FOLLOW["third"], c).format(comp=comp, ref=ref)
        elif k == 3:
            txt = f.pick(W.FOLLOW["fourth"], c).format(ref=ref)
        else:
            txt = f.pick(W.FOLLOW["still"], c).format(ref=ref, problem=problem_text(f, c, prob))
        ids.append(f.add(c, t, ch, txt, subject=f"Re: {ref}" if ch == "email" and k else None))
        if k == 0:
            if quality:
                f.add(
                    c,
                    t + timedelta(hours=f.rng.uniform(1.5, 2.5)),
                    "email",
                    f.pick(W.AGENT["quality"], c).format(ref=ref),
                    out=True,
                )
            else:
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(10, 40)),
                    "chat" if ch == "chat" else "email",
                    f.pick(W.AGENT["case"], c).format(ref=ref),
                    out=True,
                )
        elif ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=3),
                "chat",
                f.pick(W.AGENT["urgent"], c).format(ref=ref),
                out=True,
            )
        if keep:
            tr["language"] = keep
        t = morning(t + timedelta(hours=f.rng.uniform(4, 40)))
    tr.update(
        {
            "problem": prob,
            "booking": ref,
            "contacts": n,
            "channels": chans,
            "problem_event_ids": ids,
            "agent_passed_on": quality,
            "competitor": comp,
            "trouble_starts_at": f.rows[[r["event_id"] for r in f.rows].index(ids[0])][
                "occurred_at"
            ].strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    )


def fixed_case(f: Fam, c: str, d: int) -> dict[str, Any]:
    prob = f.rng.choice(W.PROBLEMS)
    t = f.day(d, 8, 17)
    ref = f.ref()
    e = f.add(c, t, "web", problem_text(f, c, prob))
    f.add(
        c, t + timedelta(minutes=20), "email", f.pick(W.AGENT["case"], c).format(ref=ref), out=True
    )
    g = morning(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(c, g, "email", f.pick(W.AGENT["good_news"], c).format(ref=ref), out=True)
    k = morning(g + timedelta(hours=f.rng.uniform(8, 30)))
    ce = f.add(c, k, "email", f.pick(W.FOLLOW["confirm"], c).format(ref=ref), subject=f"Re: {ref}")
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(k),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": "email",
    }


def repeat_contacts() -> Fam:
    f = Fam("repeat_contacts", "RC", 3, datetime(2026, 4, 20, tzinfo=UTC), 10)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", exp=["repeat_contact"], tol=list(REP_TOL))
        f.happies(c, f.rng.randint(1, 3), [0], 7, 12)
        repeat_run(f, c, 1 + i % 4, [2, 3, 4][i % 3], i % 2 == 0)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tol=list(OK))
        f.truth[c]["problems"] = [fixed_case(f, c, f.rng.randint(1, 4))]
    for _ in range(3):
        c = f.person("different_problems", "two problems", tol=list(OK))
        f.truth[c]["problems"] = [fixed_case(f, c, 1), fixed_case(f, c, 6)]
    for _ in range(7):
        f.happies(f.person("happy", "frequent writer"), f.rng.randint(5, 8), list(range(10)))
    return f


def slide(f: Fam, c: str, d0: int, span: int, nps: bool, lang2: str | None = None) -> None:
    tr = f.truth[c]
    comp = f.rng.choice(COMPS)
    ids = []
    t = f.day(d0, 9, 12)
    for k in range(6):
        keep = tr["language"]
        if lang2 and k % 2:
            tr["language"] = lang2
        txt = W.SLIDE[tr["language"]][k].format(comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    txt,
                    kind="review",
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, txt))
        tr["language"] = keep
        if k == 3 and nps:
            n = f.rng.randint(1, 5)
            tr.update(
                {
                    "nps_given": True,
                    "nps": n,
                    "survey_event_id": f.survey(c, morning(t + timedelta(hours=3)), nps=n),
                }
            )
            tr["expected_rules"] = [*tr["expected_rules"], "detractor"]
        t = morning(t + timedelta(hours=max(1.0, span * 24 / 6 * f.rng.uniform(0.7, 1.3))))
    tr.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(
                f.rows[[r["event_id"] for r in f.rows].index(ids[0])]["occurred_at"]
            ),
        }
    )


def slow_churners() -> Fam:
    f = Fam("slow_churners", "SC", 4, datetime(2026, 5, 25, tzinfo=UTC), 32)
    for i in range(10):
        c = f.person("slow_churner", "slides", exp=["sentiment_drop"], tol=list(SLIDE_TOL))
        for d in f.rng.sample(range(11), f.rng.randint(4, 5)):
            f.add(c, f.day(d), f.rng.choice(["social", "community"]), f.pick(W.T["praise"], c))
        f.happies(c, f.rng.randint(2, 4), list(range(11)))
        slide(f, c, 12 + i % 5, [3, 5, 9][i % 3], i < 5)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", exp=["churn_intent"], tol=list(LEAVE_TOL))
        f.happies(c, f.rng.randint(4, 6), list(range(15)))
        t = f.day(f.rng.randint(17, 23), 8, 17)
        e = f.add(c, t, "email", f.pick(W.FOLLOW["cancel"], c), subject="Cancel / Disdetta")
        f.add(
            c,
            t + timedelta(hours=f.rng.uniform(1, 5)),
            "email",
            f.pick(W.AGENT["goodbye"], c),
            out=True,
        )
        k = morning(t + timedelta(hours=f.rng.uniform(20, 30)))
        x = f.add(
            c,
            k,
            "web",
            None,
            kind="cancellation",
            attrs={"page": "/account/cancel", "product": "Glasio Club"},
        )
        f.truth[c].update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": iso(k),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        f.happies(f.person("happy", "steady"), f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tol=["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        g = []
        for _k in range(f.rng.randint(5, 7)):
            g.append(
                f.add(
                    c,
                    f.day(d),
                    f.rng.choice(["social", "community", "web"]),
                    f.pick(W.T["grumble"], c),
                )
            )
            d += f.rng.randint(1, 3)
        f.truth[c]["grumble_event_ids"] = g
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tol=list(OK))
        f.happies(c, f.rng.randint(3, 5), list(range(16)))
        f.truth[c]["sarcasm_event_id"] = f.add(
            c, f.day(f.rng.randint(17, 28)), "social", f.pick(W.T["sarcasm"], c)
        )
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, datetime(2026, 7, 17, tzinfo=UTC), 3)
    for _ in range(16):
        f.happies(f.person("happy", "day writer"), f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tol=list(OK))
        t = f.day(f.rng.randint(0, 2), 9, 16)
        f.add(c, t, "web", kind="page_view", attrs={"page": "/my-cleans"})
        f.truth[c]["grumble_event_id"] = f.add(
            c, t + timedelta(minutes=25), "chat", f.pick(W.T["grumble"], c)
        )
        f.add(c, t + timedelta(minutes=28), "chat", f.pick(W.T["answer"], c), out=True)
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = b0 + timedelta(minutes=off + f.rng.uniform(0, 10))
                f.truth[c].update({"burst_at": iso(b0 + timedelta(minutes=off))})
                if f.rng.random() < 0.5:
                    f.truth[c]["night_event_id"] = f.add(c, t, "social", f.pick(W.T["night"], c))
                else:
                    f.truth[c]["night_event_id"] = f.add(c, t, "chat", f.pick(W.T["night_q"], c))
                    f.add(c, t + timedelta(minutes=3), "chat", f.pick(W.T["answer"], c), out=True)
                    f.add(c, t + timedelta(minutes=5), "chat", f.pick(W.T["thanks"], c))
                if f.rng.random() < 0.5:
                    f.happy_act(c, f.day(night, 9, 17.5))
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, datetime(2026, 8, 10, tzinfo=UTC), 14)
    pairs = [
        ("en", "it"),
        ("it", "en"),
        ("it", "de"),
        ("en", "fr"),
        ("it", "fr"),
        ("en", "es"),
        ("de", "it"),
        ("it", "pt"),
        ("es", "en"),
        ("fr", "it"),
        ("pt", "en"),
        ("en", "de"),
    ]

    def mk(
        persona: str, habit: str, i: int, exp: list[str] | None = None, tol: list[str] | None = None
    ) -> tuple[str, str]:
        a, b = pairs[i % len(pairs)]
        c = f.person(persona, habit, lang=a, exp=exp, tol=tol)
        f.truth[c]["languages"] = [a, b]
        f.truth[c]["job_second_language"] = "works or grew up in the other language"
        return c, b

    for i in range(12):
        c, b = mk("happy", "alternates languages", i)
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            keep = f.truth[c]["language"]
            if k % 2:
                f.truth[c]["language"] = b
            f.happy_act(c, f.day(d))
            f.truth[c]["language"] = keep
    for i in range(5):
        c, b = mk("repeat_contact", "repeats", i + 3, ["repeat_contact"], list(REP_TOL))
        f.happies(c, f.rng.randint(1, 3), [0, 1])
        repeat_run(f, c, 2 + i % 4, [2, 2, 3, 3, 4][i], i >= 2, lang2=b)
    for i in range(5):
        c, b = mk("slow_churner", "slides", i + 5, ["sentiment_drop"], list(SLIDE_TOL))
        for d in range(5):
            keep = f.truth[c]["language"]
            if d % 2:
                f.truth[c]["language"] = b
            f.add(c, f.day(d), "social", f.pick(W.T["praise"], c))
            f.truth[c]["language"] = keep
        slide(f, c, 7, f.rng.randint(3, 5), False, lang2=b)
    for i in range(3):
        c, b = mk("happy_one_bad_day", "one bad day", i + 1, tol=list(OK))
        f.happies(c, 3, [0, 1, 2, 10, 11, 12])
        keep = f.truth[c]["language"]
        f.truth[c]["language"] = b
        t = f.day(6, 9, 18)
        txt = problem_text(f, c, "streaks")
        e = f.add(
            c,
            t,
            "chat" if i == 2 else "email",
            f.pick(W.LETTER, c).format(problem=txt) if i == 0 else txt,
        )
        ref = f.ref()
        f.add(
            c,
            t + timedelta(minutes=20),
            "chat" if i == 2 else "email",
            f.pick(W.AGENT["case"], c).format(ref=ref),
            out=True,
        )
        f.truth[c].update(
            {
                "bad_day_event_id": e,
                "bad_day_at": iso(t),
                "bad_day_language": b,
                "booking": ref,
                "long_email": i == 0,
            }
        )
        f.truth[c]["language"] = keep
    for i in range(2):
        c, b = mk("resolved_between_contacts", "fixed", i + 7, tol=list(OK))
        f.truth[c]["problems"] = [fixed_case(f, c, 4 + i)]
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, datetime(2026, 9, 7, tzinfo=UTC), 14)
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    probs = ["invoice", "portal", "overbilled", "invoice", "portal"]
    sites = ["office", "hotel", "school", "shop", "clinic", "bank", "gym", "restaurant"]
    for a, kind in enumerate(kinds):
        lang = f.lang()
        acc = f"GLP-{a + 1:02d}{f.rng.randrange(100, 999)}"
        n = 3 + f.rng.randint(0, 2) if kind != "at_risk" else (4 + a % 2)
        keys = [f.person("b2b_happy", "contact", lang=lang, account=acc) for _ in range(n)]
        for k in keys:
            f.truth[k].update(
                {
                    "company": f"{acc} {sites[a % len(sites)]}",
                    "role": "contact",
                    "job_title": "Facilities manager",
                }
            )
        unhappy: list[str] = []
        acct = {
            "company": f"{acc} {sites[a % len(sites)]}",
            "site": sites[a % len(sites)],
            "contacts": n,
            "contact_keys": keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": f.truth[keys[0]]["country"],
        }
        for k in keys:
            if f.rng.random() < 0.6:
                t = f.day(f.rng.randint(0, 1), 8, 16.5)
                f.add(k, t, "chat", f.pick(W.T["question"], k))
                f.add(k, t + timedelta(minutes=4), "chat", f.pick(W.T["answer"], k), out=True)
        if kind == "at_risk":
            p = probs[a]
            m = 3 if a < 3 else 4
            unhappy = keys[:m]
            t = f.start + timedelta(days=2, hours=9 + a * 0.3)
            ref = f.ref()
            acct.update({"same_problem": p, "trouble_starts_at": iso(t)})
            for j, k in enumerate(unhappy):
                tr = f.truth[k]
                tr.update(
                    {
                        "persona": "b2b_unhappy",
                        "role": "complainer",
                        "habit": "complainer",
                        "tolerated_rules": list(B2B_TOL),
                        "problem": p,
                        "booking": ref,
                        "trouble_starts_at": iso(t),
                    }
                )
                txt = (
                    f.pick(W.B2B[p], k)
                    if j == 0
                    else f.pick(W.B2B["again"], k).format(
                        name=f.truth[unhappy[0]]["name"].split()[0],
                        ref=ref,
                        problem=f.pick(W.B2B[p], k),
                    )
                )
                ev = [f.add(k, t, "email", txt, subject=f"Complaint: {ref}")]
                if j == 0:
                    f.add(
                        k,
                        t + timedelta(minutes=30),
                        "email",
                        f.pick(W.AGENT["case"], k).format(ref=ref),
                        out=True,
                    )
                if j < m - 1:
                    n_ = f.rng.randint(1, 5)
                    tr.update(
                        {
                            "expected_rules": ["detractor"],
                            "nps_given": True,
                            "nps": n_,
                            "survey_event_id": f.survey(
                                k, t + timedelta(hours=f.rng.uniform(1, 3)), nps=n_
                            ),
                        }
                    )
                else:
                    t2 = t + timedelta(days=1, hours=f.rng.uniform(-2, 2))
                    comp = f.rng.choice(COMPS)
                    ev.append(
                        f.add(
                            k,
                            t2,
                            "email",
                            f.pick(W.B2B["last"], k).format(ref=ref, comp=comp),
                            subject=f"Re: {ref}",
                        )
                    )
                    tr.update({"expected_rules": ["repeat_contact"], "competitor": comp})
                tr["complaint_event_ids"] = ev
                t = t + timedelta(hours=f.rng.uniform(8, 28))
                while t.weekday() >= 5 or not 8 <= t.hour < 17:
                    t = (t + timedelta(days=1)).replace(hour=9)
        elif kind == "one_unhappy":
            k = keys[0]
            unhappy = [k]
            p = f.rng.choice(probs)
            t = f.day(3 + a % 4, 9, 16)
            ref = f.ref()
            e = f.add(k, t, "email", f.pick(W.B2B[p], k), subject=f"Complaint: {p}")
            f.add(
                k,
                t + timedelta(minutes=40),
                "email",
                f.pick(W.AGENT["case"], k).format(ref=ref),
                out=True,
            )
            n_ = f.rng.randint(1, 5)
            f.truth[k].update(
                {
                    "persona": "b2b_one_unhappy",
                    "role": "complainer",
                    "habit": "complainer",
                    "expected_rules": ["detractor"],
                    "tolerated_rules": list(ONE_TOL),
                    "problem": p,
                    "booking": ref,
                    "complaint_event_ids": [e],
                    "nps_given": True,
                    "nps": n_,
                    "survey_event_id": f.survey(k, t + timedelta(hours=2), nps=n_),
                    "trouble_starts_at": iso(t),
                }
            )
        elif kind == "mild":
            for k in keys[:2]:
                t = f.day(f.rng.randint(2, 9), 9, 16)
                e = f.add(k, t, "web", f.pick(W.B2B["mild"], k))
                f.add(k, t + timedelta(minutes=50), "email", f.pick(W.T["answer"], k), out=True)
                f.truth[k].update(
                    {
                        "persona": "b2b_mild",
                        "role": "suggests",
                        "habit": "suggests",
                        "tolerated_rules": list(OK),
                        "mild_event_id": e,
                    }
                )
        for k in keys:
            if k not in unhappy and f.truth[k]["persona"] == "b2b_happy":
                d = f.rng.choice([0, 1, 3, 4, 8, 9])
                f.survey(k, f.day(d, 9, 16), nps=f.rng.choice([9, 10]))
        acct.update({"unhappy_contacts": len(unhappy), "unhappy_contact_keys": unhappy})
        f.accounts[acc] = acct
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, datetime(2026, 9, 21, tzinfo=UTC), 7)
    regulars: list[str] = []
    for i in range(52):
        c = f.person("happy", "day writer")
        f.happies(c, f.rng.randint(1, 3), [0, 1, 2, 3, 4] if i < 12 else [0, 1, 2, 3, 4, 5, 6])
        if i < 12:
            regulars.append(c)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tol=list(OK))
        t = f.day(0, 9, 16)
        f.truth[c]["grumble_event_id"] = f.add(c, t, "chat", f.pick(W.T["grumble"], c))
        f.add(c, t + timedelta(minutes=4), "chat", f.pick(W.T["answer"], c), out=True)
    for h in (9.7, 15.2):
        c = f.person("grumbles_once", "lone question", tol=list(OK))
        t = f.start + timedelta(days=4, hours=h)
        f.truth[c]["lone_report_event_id"] = f.add(
            c,
            t,
            "chat",
            {
                "en": "Quick one: the access button in the app went grey last night, does the cleaner still get in tomorrow?",
                "it": "Domanda: ieri sera il tasto accesso nell'app era grigio, domani il pulitore entra lo stesso?",
            }.get(f.truth[c]["language"], "Access button grey last night, is tomorrow ok?"),
        )
        f.add(c, t + timedelta(minutes=5), "chat", f.pick(W.T["answer"], c), out=True)
    s0 = datetime(2026, 9, 26, 8, 20, tzinfo=UTC)
    news = [f.person("spike_reporter", "new", tol=list(OK)) for _ in range(8)]
    reporters = regulars + news
    for c in regulars:
        f.truth[c].update(
            {"persona": "spike_reporter", "habit": "regular", "tolerated_rules": list(OK)}
        )
    times = sorted([0.0, 45.0] + [f.rng.uniform(0, 45) for _ in range(18)])
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    ev, rep = [], []
    nrep = nfix = 0
    for c, m, ch in zip(reporters, times, chans, strict=True):
        t = s0 + timedelta(minutes=m)
        e = f.add(c, t, ch, f.pick(W.SPIKE, c))
        ev.append(e)
        f.truth[c].update(
            {
                "in_spike": True,
                "regular": c in regulars,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if ch == "chat":
            f.add(
                c, t + timedelta(minutes=2), "chat", W.SPIKE_CHAT[f.truth[c]["language"]], out=True
            )
        if m <= 25 and nrep < 6:
            nrep += 1
            ch2 = "email" if ch != "email" else "community"
            r = f.add(
                c, t + timedelta(minutes=f.rng.uniform(15, 40)), ch2, f.pick(W.SPIKE_AGAIN, c)
            )
            rep.append(r)
            f.truth[c].update(
                {
                    "persona": "spike_repeater",
                    "expected_rules": ["repeat_contact"],
                    "tolerated_rules": ["silence", "sentiment_drop"],
                    "repeat_event_id": r,
                }
            )
        elif nfix < 6:
            nfix += 1
            f.add(
                c,
                datetime(2026, 9, 26, 11, 5, tzinfo=UTC) + timedelta(minutes=f.rng.uniform(0, 10)),
                "email",
                W.SPIKE_FIXED[f.truth[c]["language"]],
                out=True,
            )
            f.truth[c]["agent_fixed"] = True
    f.spike = {
        "topic": "window-cleaning app: cleaner access confirmation fails and cleans are cancelled, error WX*88",
        "about": "Saturday morning app outage",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": reporters,
        "event_ids": ev,
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
        f = build()
        print(f.name, *f.write())


if __name__ == "__main__":
    main()
