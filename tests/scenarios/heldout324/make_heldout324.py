"""Generate heldout324 (Brikolo, written blind). Standard library only; seeded."""
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

SEED = 20261017
PHONE = {
    "FR": "+33 6",
    "BE": "+32 47",
    "ES": "+34 6",
    "DE": "+49 15",
    "AT": "+43 66",
    "UK": "+44 7",
    "IE": "+353 8",
    "IT": "+39 3",
    "PT": "+351 9",
}
CHANNEL_SOURCE = {
    "email": "brikolo-mail",
    "phone": "brikolo-voice",
    "social": "brikolo-social",
    "community": "brikolo-forum",
    "chat": "brikolo-chat",
    "web": "brikolo-web",
    "survey": "brikolo-survey",
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
COUNTER = [0]


def speech(text: str) -> str:
    """A speech-to-text transcript: lower case, money spoken, no punctuation."""
    text = text.lower().replace("€", " euros").replace("£", "").replace("«", "").replace("»", "")
    kept = "".join(ch if ch.isalnum() or ch in " '-" else " " for ch in text)
    return " ".join(kept.split())


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Fam:
    def __init__(
        self, n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rows: list[tuple[datetime, int, dict[str, Any]]] = []
        self.truth: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.full: dict[str, dict[str, Any]] = {}

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
    ) -> dict[str, Any]:
        COUNTER[0] += 1
        k = COUNTER[0]
        lg = lang or self.lang()
        market = self.rng.choice(W.MARKETS[lg])
        first, last = self.rng.choice(W.FIRST[lg]), self.rng.choice(W.LAST[lg])
        plain = (
            unicodedata.normalize("NFKD", f"{first}.{last}")
            .encode("ascii", "ignore")
            .decode()
            .lower()
        )
        cid = f"BK{self.code}{k:04d}"
        dom = f"{account.lower()}.example" if account else f"mail{k % 7}.example"
        c = {
            "customer_id": cid,
            "email": f"{plain}{k}@{dom}",
            "phone": f"{PHONE[market]}{k:07d}",
            "handle": None if account else f"@{plain.replace('.', '_')}{k}",
            "account_id": account,
        }
        self.truth[cid] = {
            "identifiers": {**c, "phone": str(c["phone"]).replace(" ", "")},
            "expected_rules": sorted(exp or []),
            "tolerated_rules": sorted(tol or []),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        return c

    def add(
        self,
        t: datetime,
        c: dict[str, Any],
        channel: str,
        text: str,
        *,
        out: bool = False,
        subject: str | None = None,
        nps: int | None = None,
        csat: int | None = None,
        attrs: dict[str, str] | None = None,
        kind: str | None = None,
    ) -> str:
        eid = f"bk324-{self.code.lower()}-{len(self.rows) + 1:05d}"
        cid = c["customer_id"]
        self.full[eid] = {k: v for k, v in c.items() if v}
        if out:
            ref = {k: v for k, v in c.items() if v}
        elif channel == "phone":
            ref = {"phone": c["phone"]}
        elif channel in ("social", "community"):
            ref = {"email": c["email"]} if c["account_id"] else {"handle": c["handle"]}
        elif channel == "email":
            ref = {"email": c["email"]}
        else:
            ref = {"customer_id": cid}
        if c["account_id"]:
            ref["account_id"] = c["account_id"]
        if not out and channel == "phone":
            text = speech(text)
        elif not out and channel != "survey" and text:
            text = self.roughen(text)
        if channel == "social" and not out and not c["account_id"] and "Brikolo" in text:
            i = text.rfind("Brikolo")
            text = text[:i] + "@" + text[i:]
        elif channel == "social" and not out and not c["account_id"]:
            text = "@Brikolo " + text
        a = {"market": self.truth[cid]["country"], **(attrs or {})}
        if c["account_id"]:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Agathe", "Nuria", "Sven", "Holly", "Marco", "Rita"])
        row = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind or KIND[channel],
            "direction": "outbound" if out else "inbound",
            "customer": ref,
            "text": text or None,
            "subject": subject,
            "scores": {"nps": nps, "csat": csat, "ces": None},
            "source": CHANNEL_SOURCE[channel],
            "attributes": a,
        }
        self.rows.append((t, len(self.rows), row))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = "".join(
                ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
            )
        if r.random() < 1 / 8 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def t(self, day: float, h0: float = 8, h1: float = 19) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(h0, h1))

    def pick(self, table: dict[str, list[str]], c: dict[str, Any]) -> str:
        return self.rng.choice(table[self.truth[c["customer_id"]]["language"]])

    def L(self, c: dict[str, Any]) -> str:
        return str(self.truth[c["customer_id"]]["language"])

    def happy_act(self, c: dict[str, Any], t: datetime) -> None:
        r = self.rng.random()
        if r < 0.3:
            self.add(t, c, self.rng.choice(["social", "community"]), self.pick(W.T["praise"], c))
        elif r < 0.55:
            ch = self.rng.choice(["chat", "email", "chat", "email", "phone"])
            self.add(t, c, ch, self.pick(W.T["question"], c))
            self.add(
                t + timedelta(minutes=self.rng.randint(2, 9)),
                c,
                "email" if ch == "phone" else ch,
                self.pick(W.T["answer"], c),
                out=True,
            )
            if ch != "phone" and self.rng.random() < 0.6:
                self.add(
                    t + timedelta(minutes=self.rng.randint(11, 20)),
                    c,
                    ch,
                    self.pick(W.T["thanks"], c),
                )
        elif r < 0.8:
            s = self.rng.choice(W.SETS)
            self.add(t, c, "web", "", kind="page_view", attrs={"page": "/sets"})
            self.add(
                t + timedelta(minutes=4),
                c,
                "web",
                "",
                kind="purchase",
                attrs={
                    "page": "/checkout",
                    "product": s,
                    "order_value": "29.00",
                    "currency": "EUR",
                },
            )
        else:
            self.add(
                t,
                c,
                "survey",
                self.pick(W.T["survey_word"], c),
                nps=self.rng.choice([9, 10]),
                attrs={"survey": "nps"},
            )

    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda x: (x[0], x[1]))
        seen: set[str] = set()
        for _, _, row in self.rows:
            full = self.full[row["event_id"]]
            if row["direction"] == "inbound" and full["customer_id"] not in seen:
                seen.add(full["customer_id"])
                row["customer"] = full
        last = self.rows[-1][0]
        assert last < datetime(2026, 11, 1, tzinfo=UTC)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        for k, c in self.truth.items():
            assert not set(c["expected_rules"]) & set(c["tolerated_rules"]), k
        got: dict[str, int] = {}
        for c in [*self.truth.values(), *self.accounts.values()]:
            for rule in c["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        assert got == expected, (self.name, got, expected)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Brikolo",
                "days": self.days,
                "seed": SEED,
                "written": "blind",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.truth,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for _, _, row in self.rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


CASE = [0]


def case() -> str:
    CASE[0] += 1
    return f"BRK-{700000 + CASE[0] * 37}"


SIL = ["silence"]


def happy_writers() -> None:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        d(2026, 2, 2),
        10,
        "happy day and night writers and survey-only customers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for day in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy_act(c, f.t(day, 7, 19))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for day in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.t(day, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.add(t, c, "social", f.pick(W.T["night_post"], c))
            else:
                f.add(t, c, "chat", f.pick(W.T["night_q"], c))
                f.add(t + timedelta(minutes=4), c, "chat", f.pick(W.T["night_a"], c), out=True)
                f.add(t + timedelta(minutes=9), c, "chat", f.pick(W.T["thanks"], c))
        for day in f.rng.sample(range(10), 2):
            f.happy_act(c, f.t(day, 9, 18))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for day in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.add(
                f.t(day, 8, 20),
                c,
                "survey",
                f.pick(W.T["survey_word"], c),
                nps=f.rng.choice([9, 10]),
                attrs={"survey": "nps"},
            )
    f.write({})


def one_bad_day() -> None:
    f = Fam(2, "one_bad_day", "BD", d(2026, 3, 9), 12, "happy customers with one bad day")
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    probs = list(W.PROBLEMS) * 4
    f.rng.shuffle(probs)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    nps_i = set(f.rng.sample(with_case, 6))
    csat_i = set(f.rng.sample([i for i in with_case if i not in nps_i], 5))
    good_i = set(f.rng.sample(with_case, 12))
    apol_i = set(f.rng.sample(sorted(good_i), 5))
    exp = 0
    for i, ch in enumerate(chans):
        lang = f.rng.choice(["fr", "es"]) if ch == "long" else None
        detr = i in nps_i
        c = f.person(
            "bad_day_detractor" if detr else "happy_one_bad_day",
            "one bad day",
            lang,
            ["detractor"] if detr else [],
            SIL,
        )
        cid = c["customer_id"]
        bd = f.rng.randint(2, 9)
        for day in f.rng.sample(
            [x for x in range(12) if x <= bd - 2 or x >= bd + 3], f.rng.randint(1, 5)
        ):
            f.happy_act(c, f.t(day, 8, 19))
        t = f.t(bd, 8, 20)
        prob = probs[i]
        words = f.pick(W.PROBLEMS[prob], c)
        ref = case() if ch != "social" else None
        lg = f.L(c)
        if ch == "long":
            e = f.add(
                t,
                c,
                "email",
                W.LONG_OPEN[lg] + words + W.LONG_CLOSE[lg] + f.truth[cid]["name"],
                subject=W.SUBJECT[lg] + prob.replace("_", " "),
            )
        else:
            e = f.add(
                t,
                c,
                ch,
                words,
                subject=W.SUBJECT[lg] + prob.replace("_", " ") if ch == "email" else None,
            )
        if ch == "chat":
            f.add(
                t + timedelta(minutes=3),
                c,
                "chat",
                f.pick(W.T["case_opened"], c).format(case=ref),
                out=True,
            )
        elif ref:
            f.add(
                t + timedelta(minutes=f.rng.randint(10, 40)),
                c,
                "email",
                f.pick(W.T["case_opened"], c).format(case=ref),
                out=True,
                subject=W.RE[lg].format(case=ref),
            )
        f.truth[cid].update(
            {
                "problem": prob,
                "channel": ch,
                "booking": ref,
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "trouble_starts_at": iso(t),
                "long_email": ch == "long",
            }
        )
        if detr:
            exp += 1
            s = f.add(
                t + timedelta(minutes=f.rng.randint(100, 140)),
                c,
                "survey",
                f.pick(W.T["low_word"], c),
                nps=f.rng.randint(1, 5),
                attrs={"survey": "nps"},
            )
            f.truth[cid].update({"nps_given": True, "survey_event_id": s})
        elif i in csat_i:
            s = f.add(
                t + timedelta(minutes=f.rng.randint(40, 80)),
                c,
                "survey",
                f.pick(W.T["low_word"], c),
                csat=f.rng.randint(1, 2),
                attrs={"survey": "csat"},
            )
            f.truth[cid].update({"csat_given": True, "survey_event_id": s})
        if i in good_i:
            g = t + timedelta(hours=f.rng.uniform(1, 4))
            f.add(
                g,
                c,
                "email",
                f.pick(W.T["good_news"], c).format(case=ref),
                out=True,
                subject=W.RE[lg].format(case=ref),
            )
            f.truth[cid]["agent_fixed"] = True
            if i in apol_i:
                a = f.add(
                    t + timedelta(hours=f.rng.uniform(16, 24)), c, "chat", f.pick(W.T["apology"], c)
                )
                f.truth[cid].update({"apologised": True, "apology_event_id": a})
    for _ in range(8):
        c = f.person("happy", "control")
        for day in f.rng.sample(range(12), f.rng.randint(4, 7)):
            f.happy_act(c, f.t(day, 8, 19))
    f.write({"detractor": exp})


def open_problem(f: Fam, c: dict[str, Any], t: datetime, ch: str, prob: str) -> tuple[str, str]:
    ref = case()
    lg = f.L(c)
    e = f.add(
        t,
        c,
        ch,
        f.pick(W.PROBLEMS[prob], c),
        subject=W.SUBJECT[lg] + prob.replace("_", " ") if ch == "email" else None,
    )
    f.add(
        t + timedelta(minutes=f.rng.randint(10, 40)),
        c,
        "chat" if ch == "chat" else "email",
        f.pick(W.T["case_opened"], c).format(case=ref),
        out=True,
    )
    return ref, e


def daytime(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour >= 7 else t - timedelta(days=1)
        return base.replace(hour=8, minute=t.minute) + timedelta(days=1)
    return t


REPEAT_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]


def repeat_run(f: Fam, c: dict[str, Any], day: int, n: int, escalate: bool) -> None:
    cid = c["customer_id"]
    prob = f.rng.choice(list(W.PROBLEMS))
    chans = ["web", "email", "chat", "phone", "social"]
    f.rng.shuffle(chans)
    t = f.t(day, 8, 19)
    t_first = t
    ref, e = open_problem(f, c, t, chans[0], prob)
    ids = [e]
    if escalate:
        f.add(
            t + timedelta(hours=f.rng.uniform(1.5, 2.5)),
            c,
            "email",
            f.pick(W.T["escalated"], c).format(case=ref),
            out=True,
        )
    comp = f.rng.choice(W.COMPETITORS)
    for k in range(1, n):
        t = daytime(t + timedelta(hours=f.rng.uniform(4, 40)))
        ids.append(f.add(t, c, chans[k], W.REPEAT[f.L(c)][k - 1].format(case=ref, comp=comp)))
    f.truth[cid].update(
        {
            "problem": prob,
            "booking": ref,
            "contacts": n,
            "problem_event_ids": ids,
            "agent_passed_on": escalate,
            "competitor": comp if n >= 3 else None,
            "trouble_starts_at": iso(t_first),
        }
    )


def fixed_run(f: Fam, c: dict[str, Any], day: int) -> dict[str, Any]:
    prob = f.rng.choice(list(W.PROBLEMS))
    t = f.t(day, 8, 18)
    ref, e = open_problem(f, c, t, "web", prob)
    g = daytime(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(g, c, "email", f.pick(W.T["good_news"], c).format(case=ref), out=True)
    cf = daytime(g + timedelta(hours=f.rng.uniform(8, 30)))
    ce = f.add(cf, c, "email", f.pick(W.T["confirm"], c).format(case=ref))
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(cf),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
    }


def repeat_contacts() -> None:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        d(2026, 4, 13),
        10,
        "repeat contacts, fixed, two problems, frequent writers",
    )
    for i in range(12):
        c = f.person("repeat_contact", "repeats", None, ["repeat_contact"], REPEAT_TOL)
        for _ in range(f.rng.randint(1, 3)):
            f.happy_act(c, f.t(0, 7, 12))
        repeat_run(f, c, f.rng.randint(1, 4), 2 + i % 3, i % 2 == 0)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", None, [], SIL)
        f.truth[c["customer_id"]]["problems"] = [fixed_run(f, c, f.rng.randint(1, 4))]
    for _ in range(3):
        c = f.person("different_problems", "two problems", None, [], SIL)
        day = f.rng.randint(0, 1)
        f.truth[c["customer_id"]]["problems"] = [
            fixed_run(f, c, day),
            fixed_run(f, c, day + f.rng.randint(4, 5)),
        ]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for day in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy_act(c, f.t(day, 8, 19))
    f.write({"repeat_contact": 12})


def slide(f: Fam, c: dict[str, Any], start: int, span: int) -> None:
    cid = c["customer_id"]
    comp = f.rng.choice(W.COMPETITORS)
    t = f.t(start, 8, 18)
    t_first = t
    ids = []
    for k, line in enumerate(W.SLIDE[f.L(c)]):
        ch = f.rng.choice(["social", "community", "web"])
        ids.append(
            f.add(
                t,
                c,
                ch,
                line.format(comp=comp),
                kind="review" if ch == "web" else None,
                attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"}
                if ch == "web"
                else None,
            )
        )
        if k == 3 and f.truth[cid]["expected_rules"].count("detractor"):
            s = f.add(
                daytime(t + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                c,
                "survey",
                f.pick(W.T["low_word"], c),
                nps=f.rng.randint(1, 5),
                attrs={"survey": "nps"},
            )
            f.truth[cid].update({"nps_given": True, "survey_event_id": s})
        t = daytime(t + timedelta(hours=max(1.0, span * 24 / 6 * f.rng.uniform(0.7, 1.2))))
    f.truth[cid].update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(t_first),
        }
    )


SLIDE_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
]


def slow_churners() -> None:
    f = Fam(
        4, "slow_churners", "SC", d(2026, 6, 1), 32, "sliders, leavers, steady, grumpy, sarcastic"
    )
    for i in range(10):
        exp = ["sentiment_drop", "detractor"] if i < 5 else ["sentiment_drop"]
        c = f.person("slow_churner", "slides", None, exp, SLIDE_TOL)
        for day in f.rng.sample(range(11), f.rng.randint(4, 5)):
            f.add(f.t(day), c, f.rng.choice(["social", "community"]), f.pick(W.T["praise"], c))
        for day in f.rng.sample(range(11), f.rng.randint(2, 4)):
            f.happy_act(c, f.t(day))
        slide(f, c, f.rng.randint(12, 16), [3, 5, 9][i % 3])
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            None,
            ["churn_intent"],
            ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"],
        )
        for day in f.rng.sample(range(16), f.rng.randint(4, 6)):
            f.happy_act(c, f.t(day))
        t = f.t(f.rng.randint(17, 23), 8, 18)
        e = f.add(t, c, "email", W.CANCEL[f.L(c)])
        f.add(
            daytime(t + timedelta(hours=f.rng.uniform(1, 5))),
            c,
            "email",
            W.SORRY_GO[f.L(c)],
            out=True,
        )
        x = f.add(
            daytime(t + timedelta(hours=f.rng.uniform(20, 30))),
            c,
            "web",
            "",
            kind="cancellation",
            attrs={"page": "/account/cancel", "product": "Brikolo Club"},
        )
        f.truth[c["customer_id"]].update(
            {"churn_intent_event_id": e, "cancellation_event_id": x, "trouble_starts_at": iso(t)}
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for day in f.rng.sample(range(32), f.rng.randint(6, 10)):
            f.happy_act(c, f.t(day))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", None, [], ["repeat_contact", "silence"])
        day = f.rng.randint(0, 4)
        ids = []
        for _ in range(f.rng.randint(5, 7)):
            ids.append(
                f.add(
                    f.t(day), c, f.rng.choice(["social", "community", "web"]), f.pick(W.GRUMBLE, c)
                )
            )
            day += f.rng.randint(1, 3)
        f.truth[c["customer_id"]]["grumble_event_ids"] = ids
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", None, [], SIL)
        for day in f.rng.sample(range(17), f.rng.randint(3, 5)):
            f.happy_act(c, f.t(day))
        f.truth[c["customer_id"]]["sarcasm_event_id"] = f.add(
            f.t(f.rng.randint(17, 28)), c, "social", W.SARCASM[f.L(c)]
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(5, "quiet_hours", "QH", d(2026, 7, 10), 3, "a calm weekend with night-owl bursts")
    for _ in range(16):
        c = f.person("happy", "day writer")
        for day in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy_act(c, f.t(day, 7, 17.5))
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", None, [], SIL)
        t = f.t(f.rng.randint(0, 2), 8, 17)
        f.add(t, c, "web", "", kind="page_view", attrs={"page": "/sets"})
        f.truth[c["customer_id"]]["grumble_event_id"] = f.add(
            t + timedelta(minutes=f.rng.randint(20, 30)), c, "chat", W.MILD[f.L(c)]
        )
        f.add(t + timedelta(minutes=34), c, "chat", W.ACK[f.L(c)], out=True)
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = b0 + timedelta(minutes=off + f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(t, c, "social", f.pick(W.T["night_post"], c))
                else:
                    e = f.add(t, c, "chat", f.pick(W.T["night_q"], c))
                    f.add(t + timedelta(minutes=3), c, "chat", f.pick(W.T["night_a"], c), out=True)
                    f.add(t + timedelta(minutes=7), c, "chat", f.pick(W.T["thanks"], c))
                f.truth[c["customer_id"]].update({"burst_at": iso(t), "night_event_id": e})
                if f.rng.random() < 0.5:
                    f.happy_act(c, f.t(min(night + 1, 2), 9, 17.5))
    f.write({})


def bilingual() -> None:
    f = Fam(6, "bilingual", "BL", d(2026, 8, 10), 14, "customers who alternate two languages")
    pairs = [
        ("fr", "es"),
        ("es", "fr"),
        ("fr", "de"),
        ("es", "en"),
        ("fr", "en"),
        ("es", "pt"),
        ("fr", "it"),
        ("es", "it"),
    ]
    k = [0]

    def who(
        persona: str, habit: str, exp: list[str], tol: list[str]
    ) -> tuple[dict[str, Any], str, str]:
        a, b = pairs[k[0] % len(pairs)]
        k[0] += 1
        c = f.person(persona, habit, a, exp, tol)
        f.truth[c["customer_id"]]["languages"] = [a, b]
        return c, a, b

    def as_lang(c: dict[str, Any], lg: str) -> None:
        f.truth[c["customer_id"]]["language"] = lg

    for _ in range(12):
        c, a, b = who("happy", "alternates languages", [], [])
        for j, day in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            as_lang(c, [a, b][j % 2])
            f.happy_act(c, f.t(day))
        as_lang(c, a)
    for i in range(5):
        c, a, b = who("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.happy_act(c, f.t(0))
        repeat_run(f, c, f.rng.randint(2, 5), [2, 2, 3, 3, 4][i], i >= 2)
    for _ in range(5):
        c, a, b = who("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        for j, day in enumerate(range(0, 6)):
            as_lang(c, [a, b][j % 2])
            f.add(f.t(day), c, "community", f.pick(W.T["praise"], c))
        as_lang(c, b)
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5))
        as_lang(c, a)
    for i in range(3):
        c, a, b = who("happy_one_bad_day", "one bad day", [], SIL)
        f.happy_act(c, f.t(1))
        as_lang(c, b)
        t = f.t(6)
        prob = list(W.PROBLEMS)[i]
        e = f.add(t, c, ["email", "email", "chat"][i], f.pick(W.PROBLEMS[prob], c))
        f.add(
            t + timedelta(minutes=20),
            c,
            ["email", "email", "chat"][i],
            f.pick(W.T["case_opened"], c).format(case=case()),
            out=True,
        )
        f.truth[c["customer_id"]].update(
            {"bad_day_event_id": e, "bad_day_at": iso(t), "bad_day_language": b, "problem": prob}
        )
        as_lang(c, a)
        f.happy_act(c, f.t(11))
    for _ in range(2):
        c, a, b = who("resolved_between_contacts", "fixed", [], SIL)
        f.truth[c["customer_id"]]["problems"] = [fixed_run(f, c, f.rng.randint(2, 6))]
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam(7, "b2b_accounts", "BB", d(2026, 9, 7), 14, "Brikolo Teams accounts")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    exp: dict[str, int] = {"account_risk": 5, "detractor": 0, "repeat_contact": 5}
    for n, kind in enumerate(kinds):
        lg = f.lang()
        acc = f"BKT-{W.MARKETS[lg][0]}-{4100 + n}"
        size = 4 + n % 2 if kind == "at_risk" else 3
        unhappy = (3 + n % 2) if kind == "at_risk" else (1 if kind == "one_unhappy" else 0)
        prob = list(W.B2B_PROBLEMS)[n % 3]
        contacts = []
        for j in range(size):
            if j < unhappy and kind == "at_risk":
                last = j == unhappy - 1
                rules = ["repeat_contact"] if last else ["detractor"]
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lg,
                    rules,
                    [
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "sentiment_drop",
                        "silence",
                        "account_risk",
                    ],
                    acc,
                )
            elif j < unhappy:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lg,
                    ["detractor"],
                    ["high_value_at_risk", "sentiment_drop", "silence"],
                    acc,
                )
            elif kind == "mild" and j < 2:
                c = f.person("b2b_mild", "suggests", lg, [], SIL, acc)
            else:
                c = f.person("b2b_happy", "contact", lg, [], [], acc)
            contacts.append(c)
            f.truth[c["customer_id"]]["company"] = acc
        for c in contacts:
            p = f.truth[c["customer_id"]]["persona"]
            if p in ("b2b_happy",):
                for day in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], 3):
                    f.happy_act(c, f.t(day, 8, 16.5))
        words = W.B2B_PROBLEMS[prob][lg]
        if kind == "at_risk":
            ref = case()
            t = f.t(2, 8, 12)
            firstname = f.truth[contacts[0]["customer_id"]]["name"].split()[0]
            for j in range(unhappy):
                c = contacts[j]
                text = (
                    W.B2B_FIRST[lg].format(prob=words)
                    if j == 0
                    else W.B2B_LATER[lg].format(prob=words, first=firstname, case=ref)
                )
                e = f.add(t, c, "email", text, subject=W.SUBJECT[lg] + prob)
                if j == 0:
                    f.add(
                        t + timedelta(minutes=30),
                        c,
                        "email",
                        f.pick(W.T["case_opened"], c).format(case=ref),
                        out=True,
                    )
                if j < unhappy - 1:
                    f.add(
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        c,
                        "survey",
                        "",
                        nps=f.rng.randint(1, 5),
                        attrs={"survey": "nps"},
                    )
                    exp["detractor"] += 1
                else:
                    t2 = daytime(t + timedelta(hours=f.rng.uniform(18, 40)))
                    while t2.weekday() >= 5:
                        t2 += timedelta(days=1)
                    f.add(
                        t2,
                        c,
                        "email",
                        W.B2B_LAST[lg].format(case=ref, comp=f.rng.choice(W.COMPETITORS)),
                    )
                f.truth[c["customer_id"]].update(
                    {"complaint_event_ids": [e], "problem": prob, "booking": ref}
                )
                t = daytime(t + timedelta(hours=f.rng.uniform(8, 28)))
                while t.weekday() >= 5:
                    t += timedelta(days=1)
        elif kind == "one_unhappy":
            c = contacts[0]
            ref = case()
            t = f.t(f.rng.choice([3, 4, 7, 8]), 8, 16)
            e = f.add(
                t, c, "email", W.B2B_FIRST[lg].format(prob=words), subject=W.SUBJECT[lg] + prob
            )
            f.add(
                t + timedelta(minutes=25),
                c,
                "email",
                f.pick(W.T["case_opened"], c).format(case=ref),
                out=True,
            )
            f.add(
                t + timedelta(hours=2),
                c,
                "survey",
                "",
                nps=f.rng.randint(1, 5),
                attrs={"survey": "nps"},
            )
            exp["detractor"] += 1
            f.truth[c["customer_id"]].update(
                {"complaint_event_ids": [e], "problem": prob, "booking": ref}
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.t(f.rng.choice([3, 4, 7]), 8, 16)
                f.truth[c["customer_id"]]["mild_event_id"] = f.add(
                    t, c, "web", W.B2B_MILD[lg], attrs={"page": "/teams/feedback"}
                )
                f.add(t + timedelta(minutes=40), c, "email", W.ACK[lg], out=True)
        f.accounts[acc] = {
            "company": acc,
            "contacts": size,
            "contact_keys": [c["customer_id"] for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": [c["customer_id"] for c in contacts[:unhappy]],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "language": lg,
            "country": W.MARKETS[lg][0],
        }
    f.write(exp)


def topic_spike() -> None:
    f = Fam(8, "topic_spike", "TS", d(2026, 10, 12), 7, "calm week and a Saturday-morning spike")
    for _ in range(40):
        c = f.person("happy", "day writer")
        for day in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy_act(c, f.t(day, 12, 19) if day == 5 else f.t(day, 8, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", None, [], SIL)
        t = f.t(0, 9, 16)
        f.truth[c["customer_id"]]["grumble_event_id"] = f.add(t, c, "chat", W.MILD[f.L(c)])
        f.add(t + timedelta(minutes=5), c, "chat", W.ACK[f.L(c)], out=True)
    for lg, hh in (("es", 9.7), ("fr", 16.1)):
        c = f.person("grumbles_once", "lone question", lg, [], SIL)
        t = f.start + timedelta(days=4, hours=hh)
        f.truth[c["customer_id"]]["lone_report_event_id"] = f.add(t, c, "chat", W.LONE_Q[lg])
        f.add(t + timedelta(minutes=4), c, "chat", W.LONE_A[lg], out=True)
    s0 = f.start + timedelta(days=5, hours=8, minutes=20)
    langs = ["fr"] * 6 + ["es"] * 6 + ["de", "de", "en", "en", "it", "pt", "it", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.uniform(1, 44) for _ in range(18)])
    keys, ids, rep_ids = [], [], []
    for i in range(20):
        rep = i in (1, 3, 5, 7, 9, 11)
        works = i in (2, 4, 6, 8, 10, 12)
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i < 12 else "new",
            langs[i],
            ["repeat_contact"] if rep else [],
            ["sentiment_drop", "silence"] if rep else SIL,
        )
        cid = c["customer_id"]
        if i < 12:
            f.happy_act(c, f.t(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i])
        e = f.add(t, c, chans[i], f.pick(W.SPIKE, c))
        keys.append(cid)
        ids.append(e)
        if chans[i] == "chat":
            f.add(t + timedelta(minutes=2), c, "chat", W.SPIKE_A[langs[i]], out=True)
        f.truth[cid].update(
            {
                "in_spike": True,
                "regular": i < 12,
                "spike_event_id": e,
                "spike_channel": chans[i],
                "trouble_starts_at": iso(t),
            }
        )
        if rep:
            ch2 = "email" if chans[i] != "email" else "chat"
            r = f.add(t + timedelta(minutes=f.rng.randint(15, 50)), c, ch2, W.SPIKE_AGAIN[langs[i]])
            rep_ids.append(r)
            f.truth[cid]["repeat_event_id"] = r
        if works:
            f.add(
                s0 + timedelta(hours=2, minutes=f.rng.randint(50, 58)),
                c,
                "email",
                W.WORKS[langs[i]],
                out=True,
            )
            f.truth[cid]["agent_fixed"] = True
    f.spike = {
        "topic": "brick-set rental app: the swap button fails so no next set can be ordered, error brk.swp.518",
        "about": "app swap failure",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rep_ids,
    }
    f.write({"repeat_contact": 6, "topic_spike": 1})


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
