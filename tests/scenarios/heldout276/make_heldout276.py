# ruff: noqa: E501
"""Generate heldout276 (Ramura, bonsai shop, boarding and care), blind. Standard library only."""

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

SEED = 20260919
COMPETITORS = ["Verdanzo", "Bonsaiko"]
SPIKE_TOPIC = "bonsai shop app: Club members' checkout fails at payment, error RMC:7731"
ALL_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
SRC = {
    "email": "ramura-mail",
    "phone": "ramura-voice",
    "social": "ramura-social",
    "community": "ramura-forum",
    "chat": "ramura-chat",
    "web": "ramura-web",
    "survey": "ramura-survey",
}
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[tuple[datetime, int, dict[str, Any]]] = []
        self.truth: dict[str, Any] = {}
        self.accounts: dict[str, Any] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.seen_first: set[str] = set()

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
        exp: list[str] | None = None,
        tol: list[str] | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> dict[str, Any]:
        r = self.rng
        lang = lang or r.choices(W.LANGS, W.WEIGHTS)[0]
        market = market or r.choice(W.MARKETS[lang])
        first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
        cid = self.uniq(lambda: f"RM{self.code}{r.randint(1000, 9999)}")
        slug = strip_accents(f"{first}.{last}").lower()
        if account:
            email = self.uniq(
                lambda: (
                    f"{strip_accents(first).lower()}{r.randint(1, 99)}@{account.lower()}.example"
                )
            )
        else:
            email = self.uniq(
                lambda: (
                    f"{slug}{r.randint(1, 999)}@{r.choice(['correo', 'mailbox', 'post', 'web'])}.example"
                )
            )
        cc, pre, ln = W.PHONE[market]
        phone = self.uniq(
            lambda: cc + pre + "".join(str(r.randint(0, 9)) for _ in range(ln - len(pre) + 1))
        )
        handle = (
            None
            if account
            else self.uniq(
                lambda: (
                    f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{r.randint(1, 99)}"
                )
            )
        )
        c: dict[str, Any] = {
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
        self.truth[cid] = c
        return c

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 1 / 8 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randint(1, len(w) - 3)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    def add(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        text: str | None,
        *,
        kind: str | None = None,
        out: bool = False,
        subject: str | None = None,
        nps: int | None = None,
        csat: int | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        ids = c["identifiers"]
        cid = ids["customer_id"]
        self.seq += 1
        eid = f"rm276-{self.code.lower()}-{self.seq:05d}"
        kinds = {
            "email": "message",
            "phone": "call",
            "social": "post",
            "community": "post",
            "chat": "chat",
            "web": "ticket",
            "survey": "survey_response",
        }
        first = not out and cid not in self.seen_first
        if out or first:
            if not out:
                self.seen_first.add(cid)
            cust = {k: v for k, v in ids.items()}
        else:
            cust = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": ids["account_id"],
            }
            if channel == "email":
                cust["email"] = ids["email"]
            elif channel == "phone":
                cust["phone"] = ids["phone"]
            elif channel in ("social", "community"):
                cust["handle"] = ids["handle"] or None
                if cust["handle"] is None:
                    cust["email"] = ids["email"]
            else:
                cust["customer_id"] = cid
        if text is not None and not out:
            if channel == "phone":
                text = "".join(ch for ch in text.lower() if ch.isalnum() or ch in " :€£").replace(
                    "  ", " "
                )
            elif channel != "survey":
                text = self.roughen(text)
            if channel == "social" and "ramura" not in text.lower():
                text = "@Ramura " + text
        a = {"market": c["country"]} | (attrs or {})
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(W.AGENTS)
        row = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind or kinds[channel],
            "direction": "outbound" if out else "inbound",
            "customer": cust,
            "text": text,
            "subject": subject,
            "scores": {"nps": nps, "csat": csat, "ces": None},
            "source": SRC[channel],
            "attributes": a,
        }
        self.rows.append((t, self.seq, row))
        return eid

    def t(self, day: float, h0: float = 7, h1: float = 20) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(h0, h1))

    def happy_acts(self, c: dict[str, Any], days: list[int], h0: float = 7, h1: float = 20) -> None:
        lang, r = c["language"], self.rng
        for d in days:
            t = self.t(d, h0, h1)
            k = r.random()
            if k < 0.4:
                self.add(c, t, r.choice(["social", "community"]), r.choice(W.PRAISE[lang]))
            elif k < 0.6:
                self.add(
                    c,
                    t,
                    "web",
                    None,
                    kind="purchase",
                    attrs={
                        "product": r.choice(W.PRODUCTS),
                        "order_value": f"{r.randint(19, 160)}.00",
                        "currency": "GBP" if c["country"] == "UK" else "EUR",
                        "page": "/checkout",
                    },
                )
            elif k < 0.75:
                self.add(c, t, "web", "", kind="review", attrs={"rating": "5", "page": "/reviews"})
                self.rows[-1][2]["text"] = self.roughen(r.choice(W.PRAISE[lang] + W.GRIPE[lang]))
            else:
                self.add(c, t, "chat", r.choice(W.QUESTION[lang]))
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(1, 6)),
                    "chat",
                    W.ANSWER[lang].format(n=c["name"].split()[0]),
                    out=True,
                )
                self.add(
                    c, t + timedelta(minutes=r.randint(7, 12)), "chat", r.choice(W.THANKS[lang])
                )

    def case(self) -> str:
        return self.uniq(lambda: f"RM-{self.rng.randint(100000, 999999)}")

    def write(self) -> dict[str, int]:
        self.rows.sort(key=lambda x: (x[0], x[1]))
        last = self.rows[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert last < datetime(2026, 11, 1, tzinfo=UTC)
        expected: dict[str, int] = {}
        for c in self.truth.values():
            assert not set(c["expected_rules"]) & set(c["tolerated_rules"])
            for rule in c["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Ramura (bonsai shop, boarding and care; Ramura Club; Ramura Office)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07, blind",
                "expected": dict(sorted(expected.items())),
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
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for _, _, r in self.rows), "utf-8"
        )
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return expected


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


def complaint(
    f: Fam,
    c: dict[str, Any],
    t: datetime,
    channel: str,
    problem: str,
    long: bool = False,
    lang: str | None = None,
) -> tuple[str, str | None]:
    lang = lang or c["language"]
    text = W.COMPLAINT[lang][problem]
    first = c["name"].split()[0]
    if long:
        text = f.rng.choice(W.LETTER[lang]).format(c=text, n=first)
    subj = W.SUBJ_COMPLAINT[lang] + problem.replace("_", " ") if channel == "email" else None
    eid = f.add(c, t, channel, text, subject=subj)
    k = None
    if channel != "social":
        k = f.case()
        f.add(
            c,
            t + timedelta(hours=f.rng.uniform(0.3, 3)),
            "email",
            W.CASE_OPEN[lang].format(n=first, k=k),
            out=True,
            subject=W.SUBJ_RE[lang] + k,
        )
    return eid, k


def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_acts(c, sorted(f.rng.sample(range(10), f.rng.randint(5, 7))))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for dd in sorted(f.rng.sample(range(9), 3)):
            f.add(
                c,
                f.start + timedelta(days=dd, hours=22, minutes=f.rng.randint(12, 350)),
                f.rng.choice(["social", "community"]),
                f.rng.choice(W.NIGHT[c["language"]]),
            )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for dd in sorted(f.rng.sample(range(10), 2)):
            f.add(
                c,
                f.t(dd),
                "survey",
                f.rng.choice(W.THANKS[c["language"]]),
                nps=f.rng.choice([9, 10]),
                csat=5,
                attrs={"survey": "nps"},
            )


def one_bad_day(f: Fam) -> None:
    chans = ["email_long", "email", "chat", "social", "web", "phone"] * 4
    for i, ch in enumerate(chans):
        det = i < 6
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            exp=["detractor"] if det else [],
            tol=["silence"],
        )
        bad = f.rng.randint(4, 7)
        f.happy_acts(c, sorted(f.rng.sample([0, 1, 2, 10, 11], f.rng.randint(2, 4))))
        t = f.t(bad, 8, 19)
        prob = f.rng.choice(W.PROBLEMS)
        channel = "email" if ch == "email_long" else ch
        eid, k = complaint(f, c, t, channel, prob, long=ch == "email_long")
        c.update(
            {
                "problem": prob,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "booking": k,
                "long_email": ch == "email_long",
            }
        )
        if det:
            s = f.add(
                c,
                t + timedelta(hours=26),
                "survey",
                None,
                nps=f.rng.randint(1, 5),
                attrs={"survey": "nps"},
            )
            c.update({"nps_given": True, "survey_event_id": s})
        elif 6 <= i < 11:
            s = f.add(
                c,
                t + timedelta(hours=26),
                "survey",
                None,
                csat=f.rng.randint(1, 2),
                attrs={"survey": "csat"},
            )
            c.update({"csat_given": True, "survey_event_id": s})
        if k and i % 2 == 0 and len([x for x in f.truth.values() if x.get("agent_fixed")]) < 12:
            lang = c["language"]
            first = c["name"].split()[0]
            f.add(
                c,
                t + timedelta(days=2, hours=1),
                "email",
                W.GOOD_NEWS[lang].format(n=first, k=k),
                out=True,
                subject=W.SUBJ_RE[lang] + k,
            )
            f.add(
                c,
                t + timedelta(days=2, hours=3),
                "email",
                W.CONFIRM[lang].format(k=k),
                subject=W.SUBJ_RE[lang] + k,
            )
            c["agent_fixed"] = True
        elif i % 2 == 1 and len([x for x in f.truth.values() if x.get("apologised")]) < 5:
            a = f.add(
                c,
                t + timedelta(hours=20),
                "chat" if channel != "social" else "social",
                W.APOLOGY[c["language"]],
            )
            c.update({"apologised": True, "apology_event_id": a})
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_acts(c, sorted(f.rng.sample(range(12), 4)))


def repeat_run(
    f: Fam,
    c: dict[str, Any],
    days: list[int],
    contacts: int,
    escalate: bool,
    lang2: str | None = None,
) -> None:
    prob = f.rng.choice(W.PROBLEMS)
    t = f.t(days[0], 8, 18)
    lang = c["language"]
    first = c["name"].split()[0]
    eid, k = complaint(f, c, t, "email", prob)
    ids = [eid]
    comp = None
    for n in range(1, contacts):
        tt = f.t(days[n], 8, 19)
        ll = lang2 if lang2 and n % 2 == 1 else lang
        ch = f.rng.choice(["chat", "phone", "web", "email"])
        if n == 2:
            comp = f.rng.choice(COMPETITORS)
            text = W.THIRD[ll].format(k=k, x=comp)
        elif n == 3:
            text = W.FOURTH[ll].format(k=k)
        else:
            text = f.rng.choice(W.STILL_OPEN[ll]).format(k=k)
        ids.append(
            f.add(c, tt, ch, text, subject=(W.SUBJ_RE[ll] + str(k)) if ch == "email" else None)
        )
        if escalate and n == contacts - 1:
            f.add(
                c,
                tt + timedelta(hours=2),
                "email",
                W.ESCALATED[lang].format(n=first, k=k),
                out=True,
                subject=W.SUBJ_RE[lang] + str(k),
            )
            c["agent_passed_on"] = True
    c.update(
        {
            "problem": prob,
            "booking": k,
            "problem_event_ids": ids,
            "contacts": contacts,
            "competitor": comp,
            "trouble_starts_at": iso(t),
        }
    )


def fixed_run(f: Fam, c: dict[str, Any], d0: int, lang2: str | None = None) -> None:
    prob = f.rng.choice(W.PROBLEMS)
    t = f.t(d0, 8, 16)
    eid, k = complaint(f, c, t, "email", prob)
    lang = lang2 or c["language"]
    first = c["name"].split()[0]
    f.add(
        c,
        t + timedelta(days=1),
        "email",
        W.GOOD_NEWS[c["language"]].format(n=first, k=k),
        out=True,
        subject=W.SUBJ_RE[c["language"]] + str(k),
    )
    ce = f.add(
        c,
        t + timedelta(days=1, hours=2),
        "email",
        W.CONFIRM[lang].format(k=k),
        subject=W.SUBJ_RE[lang] + str(k),
    )
    c.update(
        {
            "problems": [
                {
                    "problem": prob,
                    "booking": k,
                    "raised_at": iso(t),
                    "fixed_at": iso(t + timedelta(days=1)),
                    "confirmed_at": iso(t + timedelta(days=1, hours=2)),
                    "problem_event_ids": [eid],
                    "confirm_event_id": ce,
                    "channel": "email",
                    "confirm_channel": "email",
                }
            ],
            "trouble_starts_at": iso(t),
        }
    )


def repeat_contacts(f: Fam) -> None:
    for i in range(12):
        c = f.person("repeat_contact", "repeats", exp=["repeat_contact"], tol=ALL_TOL)
        f.happy_acts(c, [0])
        n = [2, 3, 4][i % 3]
        repeat_run(f, c, sorted(f.rng.sample(range(1, 8), n)), n, i < 6)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tol=["silence"])
        f.happy_acts(c, [0])
        fixed_run(f, c, 1)
        f.happy_acts(c, [6, 8])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tol=["silence"])
        p1, p2 = f.rng.sample(W.PROBLEMS, 2)
        complaint(f, c, f.t(1, 8, 18), "email", p1)
        complaint(f, c, f.t(6, 8, 18), "chat", p2)
        c.update({"problem": p1, "second_problem": p2})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_acts(c, list(range(0, 10, 1))[: f.rng.randint(7, 9)])


def slide(f: Fam, c: dict[str, Any], d0: int, step: int, nps: bool) -> None:
    lang = c["language"]
    comp = f.rng.choice(COMPETITORS)
    ids = []
    for j, line in enumerate(W.SLIDE[lang]):
        ids.append(
            f.add(
                c,
                f.t(d0 + j * step, 8, 20),
                f.rng.choice(["social", "community", "chat", "web"]),
                line.format(x=comp),
            )
        )
    c.update({"slide_event_ids": ids, "competitor": comp})
    first_row = next(r for _, _, r in f.rows if r["event_id"] == ids[0])
    c["trouble_starts_at"] = first_row["occurred_at"]
    if nps:
        c.update(
            {
                "nps_given": True,
                "survey_event_id": f.add(
                    c,
                    f.t(d0 + 6 * step, 9, 18),
                    "survey",
                    None,
                    nps=f.rng.randint(1, 5),
                    attrs={"survey": "nps"},
                ),
            }
        )


def slow_churners(f: Fam) -> None:
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            exp=["sentiment_drop"] + (["detractor"] if i < 5 else []),
            tol=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for dd in sorted(f.rng.sample(range(11), 6)):
            f.add(
                c,
                f.t(dd),
                f.rng.choice(["social", "community"]),
                f.rng.choice(W.PRAISE[c["language"]]),
            )
        slide(f, c, 12, 3, i < 5)
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            exp=["churn_intent"],
            tol=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        f.happy_acts(c, sorted(f.rng.sample(range(15), 3)))
        t = f.t(f.rng.randint(18, 26), 9, 18)
        e = f.add(c, t, "email", W.CANCEL[c["language"]])
        f.add(
            c,
            t + timedelta(hours=3),
            "email",
            W.BYE[c["language"]].format(n=c["name"].split()[0]),
            out=True,
        )
        x = f.add(
            c,
            t + timedelta(hours=3, minutes=10),
            "web",
            None,
            kind="cancellation",
            attrs={"page": "/account/close", "product": "Ramura Club"},
        )
        c.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": iso(t + timedelta(hours=3, minutes=10)),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_acts(c, sorted(f.rng.sample(range(32), 7)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tol=["repeat_contact", "silence"])
        ids = [
            f.add(
                c,
                f.t(dd),
                f.rng.choice(["social", "community", "chat"]),
                f.rng.choice(W.GRUMPY[c["language"]]),
            )
            for dd in sorted(f.rng.sample(range(32), 5))
        ]
        c.update({"grumble_event_ids": ids})
        c["trouble_starts_at"] = next(r for _, _, r in f.rows if r["event_id"] == ids[0])[
            "occurred_at"
        ]
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tol=["silence"])
        f.happy_acts(c, sorted(f.rng.sample(range(0, 14), 4)))
        c["sarcasm_event_id"] = f.add(
            c, f.t(f.rng.randint(16, 28)), "social", W.SARCASM[c["language"]]
        )


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_acts(c, sorted(f.rng.sample(range(3), f.rng.randint(1, 3))), 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tol=["silence"])
        c["grumble_event_id"] = f.add(
            c, f.t(f.rng.randint(0, 2), 8, 17), "community", f.rng.choice(W.GRUMPY[c["language"]])
        )
    for night in range(3):
        for burst in range(3):
            b = f.start + timedelta(days=night + 1, minutes=47 + burst * 6 + night)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {burst + 1}")
                t = b + timedelta(minutes=f.rng.uniform(0, 9))
                c.update(
                    {
                        "burst_at": iso(b),
                        "night_event_id": f.add(
                            c,
                            t,
                            f.rng.choice(["social", "community"]),
                            f.rng.choice(W.NIGHT[c["language"]]),
                        ),
                    }
                )


def bilingual(f: Fam) -> None:
    pairs = [
        ("es", "en"),
        ("en", "es"),
        ("es", "fr"),
        ("en", "de"),
        ("es", "pt"),
        ("en", "it"),
        ("de", "en"),
        ("fr", "es"),
        ("it", "en"),
        ("pt", "es"),
    ]

    def mk(persona: str, habit: str, i: int, **kw: Any) -> tuple[dict[str, Any], str]:
        a, b = pairs[i % len(pairs)]
        c = f.person(persona, habit, lang=a, **kw)
        c.update(
            {
                "languages": [a, b],
                "job_second_language": f.rng.choice(
                    ["works abroad", "partner's language", "studied there", "grew up there"]
                ),
            }
        )
        return c, b

    for i in range(12):
        c, b = mk("happy", "alternates languages", i)
        for j, dd in enumerate(sorted(f.rng.sample(range(14), 5))):
            cc = dict(c, language=b if j % 2 else c["language"])
            f.happy_acts(cc, [dd])
    for i in range(5):
        c, b = mk("repeat_contact", "repeats", i + 1, exp=["repeat_contact"], tol=ALL_TOL)
        repeat_run(f, c, sorted(f.rng.sample(range(1, 10), 3)), 3, i < 2, lang2=b)
    for i in range(5):
        c, b = mk(
            "slow_churner",
            "slides",
            i + 2,
            exp=["sentiment_drop"],
            tol=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for dd in range(5):
            f.add(c, f.t(dd), "social", f.rng.choice(W.PRAISE[b if dd % 2 else c["language"]]))
        slide(f, c, 5, 1, False)
    for i in range(3):
        c, b = mk("happy_one_bad_day", "one bad day", i + 3, tol=["silence"])
        f.happy_acts(c, [0, 2, 11])
        t = f.t(6, 9, 18)
        prob = f.rng.choice(W.PROBLEMS)
        eid, k = complaint(f, c, t, "chat", prob, lang=b)
        c.update(
            {
                "problem": prob,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": b,
                "booking": k,
                "trouble_starts_at": iso(t),
            }
        )
    for i in range(2):
        c, b = mk("resolved_between_contacts", "fixed", i + 4, tol=["silence"])
        fixed_run(f, c, 3, lang2=b)
        c["confirm_language"] = b


def b2b_accounts(f: Fam) -> None:
    firms = [
        ("construction", "Obras"),
        ("hotel", "Hotel"),
        ("school", "Colegio"),
        ("facilities", "Facility"),
        ("university", "Campus"),
        ("events", "Eventos"),
        ("film", "Studio"),
        ("cleaning", "Limpia"),
        ("plumbing", "Fontan"),
        ("municipality", "Concejo"),
        ("shopfitting", "Tiendas"),
        ("landscaping", "Verdes"),
        ("roofing", "Tejados"),
        ("hotel", "Posada"),
        ("school", "Academia"),
    ]
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    for i, kind in enumerate(kinds):
        site, base = firms[i]
        lang = f.rng.choices(W.LANGS, W.WEIGHTS)[0]
        market = f.rng.choice(W.MARKETS[lang])
        acct = f.uniq(lambda m=market: f"RMO-{m}-{f.rng.randint(1000, 9999)}")
        company = f"{base} {f.rng.choice(W.LAST[lang])}"
        dom = strip_accents(company.replace(" ", "")).lower()
        keys: list[str] = []
        unhappy: list[str] = []
        a: dict[str, Any] = {
            "company": company,
            "site": site,
            "kind": kind,
            "language": lang,
            "country": market,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "same_problem": None,
            "trouble_starts_at": None,
        }
        n_bad = {"at_risk": f.rng.choice([3, 4]), "one_unhappy": 1, "mild": 0, "happy": 0}[kind]
        n_all = n_bad + (1 if kind != "happy" else 2) + (1 if kind == "mild" else 0)
        prob = f.rng.choice(W.B2B_PROBLEMS)
        k = f.case()
        first_name = ""
        for j in range(n_all):
            bad = j < n_bad
            last_bad = kind == "at_risk" and j == n_bad - 1
            if kind == "at_risk" and bad:
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang=lang,
                    market=market,
                    account=dom,
                    exp=["repeat_contact"] if last_bad else [],
                    tol=[*ALL_TOL, "account_risk"],
                )
            elif bad:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang=lang,
                    market=market,
                    account=dom,
                    tol=["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif kind == "mild" and j == 0:
                c = f.person(
                    "b2b_mild", "suggests", lang=lang, market=market, account=dom, tol=["silence"]
                )
            else:
                c = f.person("b2b_happy", "contact", lang=lang, market=market, account=dom)
            c["identifiers"]["account_id"] = acct
            c.update(
                {
                    "company": company,
                    "role": c["habit"],
                    "job_title": f.rng.choice(
                        [
                            "Office manager",
                            "Facilities lead",
                            "Procurement",
                            "Receptionist",
                            "Finance",
                        ]
                    ),
                }
            )
            c["job"] = c["job_title"]
            keys.append(c["identifiers"]["customer_id"])
            first = c["name"].split()[0]
            for dd in sorted(f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], 2)):
                tt = f.start + timedelta(days=dd, hours=f.rng.uniform(8, 16.5))
                f.add(c, tt, "chat", f.rng.choice(W.B2B_HAPPY[lang]))
            if bad:
                t = f.start + timedelta(days=2, hours=8 + j * 1.5 + f.rng.uniform(0, 1))
                if j > 0 and kind == "at_risk":
                    text = (
                        W.B2B_AGAIN[lang].format(f=first_name, k=k)
                        + ". "
                        + W.B2B_COMPLAINT[lang][prob]
                    )
                else:
                    text = W.B2B_COMPLAINT[lang][prob] + (f" ({k})" if kind == "at_risk" else "")
                    first_name = first
                e = f.add(c, t, "email", text, subject=W.SUBJ_COMPLAINT[lang] + prob)
                ids = [e]
                if last_bad:
                    ids.append(
                        f.add(
                            c,
                            t + timedelta(days=1, hours=1),
                            "phone",
                            W.STILL_OPEN[lang][0].format(k=k),
                        )
                    )
                c.update({"complaint_event_ids": ids, "problem": prob, "trouble_starts_at": iso(t)})
                unhappy.append(c["identifiers"]["customer_id"])
                if kind == "at_risk" and a["trouble_starts_at"] is None:
                    a.update({"same_problem": prob, "trouble_starts_at": iso(t)})
            elif kind == "mild" and j == 0:
                t = f.start + timedelta(days=3, hours=f.rng.uniform(8, 16))
                c.update(
                    {
                        "mild_event_id": f.add(c, t, "email", W.B2B_MILD[lang]),
                        "trouble_starts_at": iso(t),
                    }
                )
        a.update(
            {
                "contacts": len(keys),
                "contact_keys": keys,
                "unhappy_contacts": len(unhappy),
                "unhappy_contact_keys": unhappy,
            }
        )
        f.accounts[acct] = a


def topic_spike(f: Fam) -> None:
    sat = f.start + timedelta(days=5)
    s0 = sat + timedelta(hours=8, minutes=20)
    regulars = []
    for i in range(40):
        c = f.person("happy", "day writer")
        f.happy_acts(c, sorted(f.rng.sample(range(5), f.rng.randint(1, 3))))
        if i < 12:
            regulars.append(c)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tol=["silence"])
        c["grumble_event_id"] = f.add(
            c, f.t(f.rng.randint(0, 4), 9, 18), "community", f.rng.choice(W.GRUMPY[c["language"]])
        )
    for _ in range(2):
        c = f.person("grumbles_once", "lone question", tol=["silence"])
        c["lone_report_event_id"] = f.add(c, f.t(4, 10, 17), "chat", W.LONE[c["language"]])
    reporters = []
    for i in range(20):
        if i < 12:
            c = regulars[i]
            c.update(
                {"persona": "spike_reporter", "habit": "regular", "tolerated_rules": ["silence"]}
            )
        else:
            c = f.person("spike_reporter", "new", tol=["silence"])
        reporters.append(c)
    offsets = sorted(f.rng.uniform(0, 45) for _ in range(20))
    offsets[0], offsets[-1] = 0.0, 45.0
    spike_ids: list[str] = []
    rep_ids: list[str] = []
    for i, (c, off) in enumerate(zip(reporters, offsets, strict=True)):
        t = s0 + timedelta(minutes=off)
        ch = f.rng.choice(["social", "chat", "community", "web", "phone", "email"])
        e = f.add(c, t, ch, f.rng.choice(W.SPIKE[c["language"]]))
        spike_ids.append(e)
        c.update(
            {
                "in_spike": True,
                "regular": i < 12,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if i % 3 == 0 and len(rep_ids) < 6:
            c.update(
                {
                    "persona": "spike_repeater",
                    "expected_rules": ["repeat_contact"],
                    "tolerated_rules": ["sentiment_drop", "silence"],
                }
            )
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(25, 40)),
                "chat",
                W.SPIKE_AGAIN[c["language"]],
            )
            rep_ids.append(r)
            c["repeat_event_id"] = r
        elif i % 3 == 1 and len([x for x in reporters if x.get("agent_fixed")]) < 6:
            fix = s0 + timedelta(minutes=95)
            f.add(
                c,
                fix + timedelta(minutes=f.rng.randint(5, 60)),
                "email",
                W.WORKS[c["language"]].format(
                    n=c["name"].split()[0], t="10:55" if c["country"] != "UK" else "09:55"
                ),
                out=True,
            )
            c["agent_fixed"] = True
    f.spike = {
        "topic": SPIKE_TOPIC,
        "about": "Saturday morning: the app's checkout fails for Club members",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": [c["identifiers"]["customer_id"] for c in reporters],
        "event_ids": spike_ids,
        "repeat_event_ids": rep_ids,
    }


FAMILIES = [
    (
        "happy_writers",
        "HW",
        d(2026, 1, 12),
        10,
        happy_writers,
        "daytime, night and survey-only happy writers",
    ),
    ("one_bad_day", "BD", d(2026, 2, 9), 12, one_bad_day, "happy customers with one bad day"),
    ("repeat_contacts", "RC", d(2026, 3, 16), 10, repeat_contacts, "one open problem raised again"),
    (
        "slow_churners",
        "SC",
        d(2026, 4, 13),
        32,
        slow_churners,
        "sliders, leavers, steady, grumpy, sarcastic",
    ),
    ("quiet_hours", "QH", d(2026, 6, 5), 3, quiet_hours, "a calm weekend with night-owl bursts"),
    ("bilingual", "BL", d(2026, 7, 13), 14, bilingual, "customers alternating two languages"),
    ("b2b_accounts", "BB", d(2026, 8, 10), 14, b2b_accounts, "Ramura Office accounts"),
    (
        "topic_spike",
        "TS",
        d(2026, 9, 14),
        7,
        topic_spike,
        "a calm week and a Saturday-morning spike",
    ),
]


def main() -> None:
    for n, (name, code, start, days, build, about) in enumerate(FAMILIES, 1):
        f = Fam(name, code, n, start, days, about)
        build(f)
        print(name, len(f.truth), len(f.rows), f.write())


if __name__ == "__main__":
    main()
