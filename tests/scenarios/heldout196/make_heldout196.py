"""Build heldout196/ (Lumivra, home-cinema hire). Standard library only; report only."""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261196
H = 3600.0
SILENT = ["silence"]
REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVER_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]
SRC = {
    "email": "lumivra-mail",
    "phone": "lumivra-voice",
    "social": "lumivra-social",
    "community": "lumivra-forum",
    "chat": "lumivra-chat",
    "web": "lumivra-web",
    "survey": "lumivra-survey",
}


def iso(t: float) -> str:
    return datetime.fromtimestamp(round(t), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


class Fam:
    def __init__(self, name: str, code: str, n: int, start: str, days: int, about: str) -> None:
        self.name, self.code, self.days, self.about = name, code, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.t0 = datetime.fromisoformat(start).replace(tzinfo=UTC).timestamp()
        self.rows: list[dict[str, Any]] = []
        self.cust: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.used: set[str] = set()

    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in self.used:
                self.used.add(v)
                return v

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        handle: bool = True,
    ) -> dict[str, Any]:
        r = self.rng
        lang = lang or r.choices(W.LANGS, weights=(30, 30, 10, 10, 10, 10))[0]
        market = r.choice(W.MARKET[lang])
        first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
        cid = self.uniq(lambda: f"LV{self.code}{r.randint(1000, 9999)}")
        base = strip_accents(f"{first}.{last}").lower().replace("'", "")
        dom = (
            f"{account.lower()}.example"
            if account
            else r.choice(("mail.example", "correo.example", "post.example", "inbox.example"))
        )
        email = self.uniq(lambda: f"{base}{r.randint(1, 99)}@{dom}")
        pre, ln = W.PHONE[market]
        phone = self.uniq(lambda: pre + "".join(str(r.randint(0, 9)) for _ in range(ln)))
        hnd = (
            None
            if account or not handle
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
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": hnd,
                "account_id": account,
            },
            "expected_rules": expected or [],
            "tolerated_rules": tolerated or [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "first": first,
            "_phone": phone,
        }
        self.cust[cid] = c
        return c

    def add(
        self,
        c: dict[str, Any],
        t: float,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"h196-{self.code.lower()}-{self.seq:05d}"
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        a = {"market": c["country"], **(attrs or {})}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(("Rita", "Sam", "Noé", "Katrin", "Paola", "Iker"))
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "_c": c,
                "text": text,
                "subject": subject,
                "scores": scores or {"nps": None, "csat": None, "ces": None},
                "source": SRC[channel],
                "attributes": a,
                "_t": round(t),
            }
        )
        return eid

    def roughen(self, s: str) -> str:
        r = self.rng
        x = r.random()
        if x < 0.14:
            words = [
                i for i, w in enumerate(s.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                ws = s.split(" ")
                i = r.choice(words)
                w = ws[i]
                j = r.randint(1, len(w) - 3)
                ws[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                s = " ".join(ws)
        elif x < 0.26 and s[:1].isupper() and not s[:3].isupper():
            s = s[0].lower() + s[1:]
        elif x < 0.36:
            s = strip_accents(s)
        return s

    def t(self, day: float, h0: float, h1: float) -> float:
        return self.t0 + day * 86400 + self.rng.uniform(h0, h1) * H

    def case(self) -> str:
        return self.uniq(lambda: f"LV-{self.rng.randint(100000, 999999)}")

    def pick(self, table: dict[str, Any], lang: str) -> str:
        v = table[lang]
        return str(self.rng.choice(v)) if isinstance(v, tuple) else str(v)

    def happy_act(self, c: dict[str, Any], t: float) -> None:
        lg, r = c["language"], self.rng
        k = r.choice(("praise", "again", "gripe", "q", "buy", "view", "review", "survey"))
        if k == "praise":
            self.add(c, t, r.choice(("social", "community")), "post", self.pick(W.PRAISE, lg))
        elif k == "again":
            self.add(c, t, "community", "post", self.pick(W.AGAIN, lg))
        elif k == "gripe":
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.GRIPE, lg),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif k == "q":
            self.add(c, t, "chat", "chat", self.pick(W.QUESTION, lg))
            self.add(c, t + r.uniform(60, 360), "chat", "chat", self.pick(W.ANSWER, lg), out=True)
            if r.random() < 0.6:
                self.add(c, t + r.uniform(420, 900), "chat", "chat", self.pick(W.THANKS, lg))
        elif k == "buy":
            self.add(c, t, "web", "page_view", attrs={"page": "/projectors"})
            p = r.choice(W.PRODUCTS)
            self.add(
                c,
                t + r.uniform(120, 900),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{r.randint(39, 189)}.00",
                    "currency": W.CUR.get(c["country"], "EUR"),
                    "product": p,
                    "page": "/checkout",
                },
            )
        elif k == "view":
            self.add(
                c,
                t,
                "web",
                "page_view",
                attrs={"page": r.choice(("/screens", "/club", "/outdoor-cinema"))},
            )
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.PRAISE, lg),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                self.pick(W.SURVEY_WORD, lg) or None,
                scores={"nps": r.randint(9, 10), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )

    def happy_days(
        self, c: dict[str, Any], n: int, days: list[int], h0: float = 8, h1: float = 20
    ) -> None:
        for d in self.rng.sample(days, min(n, len(days))):
            self.happy_act(c, self.t(d, h0, h1))

    def complaint(
        self,
        c: dict[str, Any],
        t: float,
        prob: str,
        channel: str,
        case: str | None,
        long: bool = False,
    ) -> str:
        lg = c["language"]
        p = W.PROB[lg][prob]
        if channel == "phone":
            text = W.CALL[lg].replace("%P%", p.lower())
            return self.add(c, t, "phone", "call", text)
        if long:
            text = W.LONG[lg].replace("%P%", p).replace("%N%", c["first"])
        else:
            text = self.pick(W.COMPLAIN, lg).replace("%P%", p)
        if channel == "email":
            return self.add(c, t, "email", "message", text, subject=W.SUBJ_COMPLAIN[lg] + p[:40])
        if channel == "web":
            return self.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        if channel == "social":
            return self.add(c, t, "social", "mention", "@Lumivra " + text.replace("Lumivra, ", ""))
        return self.add(c, t, "chat", "chat", text)

    def agent(
        self, c: dict[str, Any], t: float, table: dict[str, str], case: str, channel: str = "email"
    ) -> str:
        text = table[c["language"]].replace("%C%", case).replace("%N%", c["first"])
        return self.add(
            c,
            t,
            channel,
            "message" if channel == "email" else "chat",
            text,
            out=True,
            subject=(f"Re: {case}" if channel == "email" else None),
        )

    def survey_low(self, c: dict[str, Any], t: float) -> str:
        n = self.rng.randint(1, 5)
        c["nps_given"], c["nps"] = True, n
        eid = self.add(
            c,
            t,
            "survey",
            "survey_response",
            None,
            scores={"nps": n, "csat": None, "ces": None},
            attrs={"survey": "nps"},
        )
        c["survey_event_id"] = eid
        return eid

    def finish(self) -> tuple[str, str]:
        rows = sorted(self.rows, key=lambda x: (x["_t"], x["event_id"]))
        seen: set[str] = set()
        out = []
        for row in rows:
            c = row.pop("_c")
            row.pop("_t")
            ids = c["identifiers"]
            cid = ids["customer_id"]
            full = row["direction"] == "outbound" or (
                cid not in seen and row["direction"] == "inbound"
            )
            if row["direction"] == "inbound":
                seen.add(cid)
            ref: dict[str, Any] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": ids["account_id"],
            }
            ch = row["channel"]
            if full:
                ref.update(
                    customer_id=cid, email=ids["email"], phone=c["_phone"], handle=ids["handle"]
                )
            elif ch == "email":
                ref["email"] = ids["email"].upper() if self.rng.random() < 0.08 else ids["email"]
            elif ch == "phone":
                ref["phone"] = c["_phone"]
            elif ch in ("social", "community"):
                h = ids["handle"]
                if h:
                    ref["handle"] = h if self.rng.random() < 0.8 else h[1:]
                else:
                    ref["email"] = ids["email"]
            else:
                ref["customer_id"] = cid
            row["customer"] = ref
            if row["subject"] is None:
                del row["subject"]
            if row["text"] is None:
                del row["text"]
            out.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
        for c in self.cust.values():
            c.pop("_phone", None)
            c.pop("first", None)
        expected: dict[str, int] = {}
        for c in self.cust.values():
            for rule in c["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
            assert not set(c["expected_rules"]) & set(c["tolerated_rules"])
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        end = self.t0 + self.days * 86400
        last_row = max(
            datetime.fromisoformat(json.loads(x)["occurred_at"].replace("Z", "+00:00")).timestamp()
            for x in out
        )
        end = max(end, last_row + H)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Lumivra, home-cinema projector and screen hire (Lumivra Club membership; Lumivra Pro on account)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.t0),
            "end": iso(end),
            "customers": self.cust,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        assert end < datetime(2026, 11, 15, tzinfo=UTC).timestamp()
        return "\n".join(out) + "\n", json.dumps(
            truth, ensure_ascii=False, indent=1, sort_keys=True
        ) + "\n"


def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, "2026-03-16", 10, "happy customers only")
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)), 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.t(d, 22.2, 27.5)
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", f.pick(W.NIGHT_POST, c["language"]))
            else:
                f.add(c, t, "chat", "chat", f.pick(W.NIGHT_Q, c["language"]))
                f.add(c, t + 240, "chat", "chat", f.pick(W.NIGHT_A, c["language"]), out=True)
                f.add(c, t + 600, "chat", "chat", f.pick(W.THANKS, c["language"]))
        f.happy_days(c, 2, list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.add(
                c,
                f.t(d, 8, 20),
                "survey",
                "survey_response",
                f.pick(W.SURVEY_WORD, c["language"]) or None,
                scores={"nps": f.rng.randint(9, 10), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, "2026-04-13", 12, "happy customers with one bad day")
    probs = ("no_show", "double_charge", "dead_lamp", "refund")
    chans = (
        ["email_long"] * 4
        + ["email"] * 4
        + ["chat"] * 4
        + ["social"] * 4
        + ["web"] * 4
        + ["phone"] * 4
    )
    det = 0
    for i, ch in enumerate(chans):
        lang = f.rng.choice(("pt", "en")) if ch == "email_long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang, tolerated=SILENT)
        bd = 2 + i % 8
        f.happy_days(c, f.rng.randint(1, 4), [d for d in range(12) if d < bd - 1 or d > bd + 2])
        t = f.t(bd, 8, 20)
        prob = probs[i % 4]
        c.update(problem=prob, bad_day_at=iso(t), long_email=ch == "email_long")
        c["bad_day_event_id"] = f.complaint(
            c, t, prob, "email" if ch.startswith("email") else ch, None, ch == "email_long"
        )
        if ch == "social":
            c["booking"] = None
            continue
        case = f.case()
        c["booking"] = case
        f.agent(
            c,
            t + f.rng.uniform(600, 2400),
            W.CASE_OPENED,
            case,
            "chat" if ch == "chat" else "email",
        )
        if det < 6 and i % 3 == 0:
            det += 1
            c["persona"], c["expected_rules"] = "bad_day_detractor", ["detractor"]
            f.survey_low(c, t + f.rng.uniform(100, 140) * 60)
        elif i % 3 == 1:
            f.add(
                c,
                t + f.rng.uniform(40, 80) * 60,
                "survey",
                "survey_response",
                None,
                scores={"nps": None, "csat": f.rng.randint(1, 2), "ces": None},
                attrs={"survey": "csat"},
            )
        if i % 2 == 0:
            f.agent(c, t + f.rng.uniform(1, 4) * H, W.GOOD_NEWS, case)
            c["agent_fixed"] = True
            if i % 4 == 0:
                ta = t + f.rng.uniform(16, 24) * H
                c.update(apologised=True, apology_at=iso(ta))
                c["apology_event_id"] = f.add(
                    c, ta, "email", "message", W.APOLOGY[c["language"]], subject=f"Re: {case}"
                )
    while det < 6:
        c = next(
            x for x in f.cust.values() if x["persona"] == "happy_one_bad_day" and x.get("booking")
        )
        det += 1
        c["persona"], c["expected_rules"] = "bad_day_detractor", ["detractor"]
        f.survey_low(
            c, datetime.fromisoformat(c["bad_day_at"].replace("Z", "+00:00")).timestamp() + 7000
        )
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), list(range(12)))
    return f


def repeat_run(
    f: Fam, c: dict[str, Any], day: int, n: int, prob: str, first_ch: str, quality: bool
) -> None:
    lg = c["language"]
    t = f.t(day, 8, 19)
    case = f.case()
    ids = [f.complaint(c, t, prob, first_ch, case)]
    if quality:
        f.agent(c, t + f.rng.uniform(1.5, 2.5) * H, W.QUALITY, case)
    else:
        f.agent(
            c,
            t + f.rng.uniform(600, 2400),
            W.CASE_OPENED,
            case,
            "chat" if first_ch == "chat" else "email",
        )
    chans = [x for x in ("email", "chat", "phone", "web", "social") if x != first_ch]
    f.rng.shuffle(chans)
    comp = None
    for k in range(1, n):
        t += f.rng.uniform(4, 40) * H
        hr = ((t - f.t0) % 86400) / H
        if hr >= 22 or hr < 7:
            t += ((24 - hr + 8) % 24) * H + f.rng.uniform(0, 3600)
        text = f.pick(W.STILL, lg).replace("%C%", case).replace("%P%", W.PROB[lg][prob])
        if k == 2:
            comp = f.rng.choice(W.COMP)
            text += W.THIRD[lg].replace("%K%", comp)
        if k == 3:
            text += W.FOURTH[lg]
        ch = chans[k - 1]
        if ch == "phone":
            text = text.lower().replace(".", "").replace(":", "").replace("!", "")
            ids.append(f.add(c, t, "phone", "call", text))
        elif ch == "email":
            ids.append(f.add(c, t, "email", "message", text, subject=f"Re: {case}"))
        elif ch == "web":
            ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
        elif ch == "social":
            ids.append(f.add(c, t, "social", "mention", "@Lumivra " + text))
        else:
            ids.append(f.add(c, t, "chat", "chat", text))
            f.add(c, t + 200, "chat", "chat", W.URGENT[lg].replace("%C%", case), out=True)
    c.update(
        problem=prob,
        booking=case,
        contacts=n,
        problem_event_ids=ids,
        agent_passed_on=quality,
        competitor=comp,
        trouble_starts_at=iso(f.t0 + day * 86400),
    )


def fixed_case(f: Fam, c: dict[str, Any], day: int, prob: str) -> dict[str, Any]:
    t = f.t(day, 8, 18)
    case = f.case()
    e1 = f.complaint(c, t, prob, "web", case)
    f.agent(c, t + 1200, W.CASE_OPENED, case)
    tf = t + f.rng.uniform(3, 20) * H
    f.agent(c, tf, W.GOOD_NEWS, case)
    tc = tf + f.rng.uniform(8, 30) * H
    hr = ((tc - f.t0) % 86400) / H
    if hr >= 22 or hr < 7:
        tc += ((24 - hr + 9) % 24) * H
    ec = f.add(
        c,
        tc,
        "email",
        "message",
        W.CONFIRM[c["language"]].replace("%C%", case),
        subject=f"Re: {case}",
    )
    return {
        "problem": prob,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [e1],
        "confirm_event_id": ec,
        "channel": "web",
        "confirm_channel": "email",
    }


def repeat_contacts() -> Fam:
    f = Fam("repeat_contacts", "RC", 3, "2026-05-25", 10, "repeat contacts and look-alikes")
    probs = ("no_show", "double_charge", "dead_lamp", "refund")
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        f.happy_days(c, f.rng.randint(1, 3), [0], 7, 12)
        repeat_run(f, c, 1 + i % 4, 2 + i % 3, probs[i % 4], firsts[i], i % 2 == 0)
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=SILENT)
        c["problems"] = [fixed_case(f, c, 1 + i % 4, probs[i % 4])]
    for i in range(3):
        c = f.person("different_problems", "two problems", tolerated=SILENT)
        c["problems"] = [fixed_case(f, c, 1, probs[i]), fixed_case(f, c, 6, probs[i + 1])]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    return f


def slide(f: Fam, c: dict[str, Any], d0: int, span: int) -> None:
    lg = c["language"]
    comp = f.rng.choice(W.COMP)
    ids = []
    t = f.t(d0, 9, 12)
    for k, text in enumerate(W.SLIDE[lg]):
        if k:
            t = max(t + H, f.t0 + (d0 + span * k / 5) * 86400 + f.rng.uniform(9, 20) * H)
        ch = ("social", "community", "web")[k % 3]
        text = text.replace("%K%", comp)
        if ch == "web":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "post", ("@Lumivra " if ch == "social" else "") + text))
        if k == 3 and c.get("_det"):
            f.survey_low(c, t + f.rng.uniform(2.5, 3.5) * H)
    c.pop("_det", None)
    c.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=iso(f.t0 + d0 * 86400),
    )


def slow_churners() -> Fam:
    f = Fam("slow_churners", "SC", 4, "2026-06-29", 32, "slow churners and look-alikes")
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i < 5 else [])
        c = f.person("slow_churner", "slides", expected=exp, tolerated=SLIDE_TOL)
        c["_det"] = i < 5
        for d in f.rng.sample(range(11), 4):
            f.add(
                c,
                f.t(d, 9, 19),
                f.rng.choice(("social", "community")),
                "post",
                f.pick(W.PRAISE, c["language"]),
            )
        f.happy_days(c, f.rng.randint(2, 4), list(range(11)))
        slide(f, c, 12 + i % 5, (3, 5, 5, 5, 5, 9, 9, 9, 9, 5)[i])
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVER_TOL
        )
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)))
        t = f.t(f.rng.randint(17, 23), 9, 17)
        c["churn_intent_event_id"] = f.add(
            c, t, "email", "message", f.pick(W.CANCEL, c["language"]), subject="Lumivra Club"
        )
        f.agent(c, t + f.rng.uniform(1, 5) * H, W.SORRY_GO, "")
        tc = t + f.rng.uniform(20, 30) * H
        c["cancellation_event_id"] = f.add(
            c, tc, "web", "cancellation", attrs={"page": "/account/club", "product": "Lumivra Club"}
        )
        c["churn_at"], c["trouble_starts_at"] = iso(tc), iso(t)
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ids.append(
                f.add(
                    c,
                    f.t(d, 9, 20),
                    f.rng.choice(("social", "community")),
                    "post",
                    f.pick(W.GRUMBLE, c["language"]),
                )
            )
            d += f.rng.randint(1, 3)
        c["grumble_event_ids"] = ids
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=SILENT)
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)))
        c["sarcasm_event_id"] = f.add(
            c,
            f.t(f.rng.randint(17, 28), 10, 20),
            "social",
            "post",
            f.pick(W.SARCASM, c["language"]),
        )
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, "2026-08-21", 3, "a calm weekend with night owls, no spike")
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=SILENT)
        t = f.t(i % 3, 9, 16)
        f.add(c, t, "web", "page_view", attrs={"page": "/stores"})
        t += f.rng.uniform(20, 30) * 60
        if i < 2:
            c["grumble_event_id"] = f.add(c, t, "chat", "chat", W.MILD[c["language"]])
            f.add(c, t + 300, "chat", "chat", W.ACK[c["language"]], out=True)
        else:
            c["grumble_event_id"] = f.add(
                c, t, "web", "ticket", W.MILD[c["language"]], attrs={"page": "/help/contact"}
            )
            f.add(
                c,
                t + 1800,
                "email",
                "message",
                W.ACK[c["language"]],
                out=True,
                subject="Re: store finder",
            )
    for night in range(3):
        b0 = f.t0 + (night + 1) * 86400 + f.rng.uniform(40, 65) * 60
        for b, off in enumerate((0, f.rng.uniform(28, 33) * 60, f.rng.uniform(55, 65) * 60)):
            for _ in range(4):
                c = f.person("night_owl", f"night {night}, burst {b}")
                t = b0 + off + f.rng.uniform(0, 600)
                c["burst_at"] = iso(b0 + off)
                if f.rng.random() < 0.5:
                    c["night_event_id"] = f.add(
                        c, t, "social", "post", f.pick(W.NIGHT_POST, c["language"])
                    )
                else:
                    c["night_event_id"] = f.add(
                        c, t, "chat", "chat", f.pick(W.NIGHT_Q, c["language"])
                    )
                    f.add(c, t + 200, "chat", "chat", f.pick(W.NIGHT_A, c["language"]), out=True)
                    f.add(c, t + 500, "chat", "chat", f.pick(W.THANKS, c["language"]))
                if f.rng.random() < 0.5:
                    f.happy_act(c, f.t(night, 9, 17.5))
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, "2026-09-14", 14, "customers writing in two languages")
    pairs = [
        ("pt", "en"),
        ("en", "pt"),
        ("pt", "fr"),
        ("en", "de"),
        ("pt", "es"),
        ("en", "it"),
        ("fr", "pt"),
        ("de", "en"),
        ("it", "en"),
        ("es", "pt"),
    ]
    probs = ("no_show", "double_charge", "dead_lamp", "refund")

    def mk(
        i: int, persona: str, habit: str, exp: list[str] | None, tol: list[str] | None
    ) -> tuple[dict[str, Any], str, str]:
        a, b = pairs[i % len(pairs)]
        c = f.person(persona, habit, a, exp, tol)
        c["languages"] = [a, b]
        c["job_second_language"] = "works for a firm run in the other language"
        return c, a, b

    for i in range(12):
        c, a, b = mk(i, "happy", "alternates languages", None, None)
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c["language"] = (a, b)[k % 2]
            f.happy_act(c, f.t(d, 8, 20))
        c["language"] = a
    for i in range(5):
        c, a, b = mk(i + 1, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.happy_days(c, 2, [0, 1])
        c["language"] = b
        repeat_run(f, c, 2 + i % 3, (2, 2, 3, 3, 4)[i], probs[i % 4], "web", i >= 2)
        c["language"] = a
    for i in range(5):
        c, a, b = mk(i + 3, "slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        for k, d in enumerate(range(5)):
            c["language"] = (a, b)[k % 2]
            f.add(c, f.t(d, 9, 19), "social", "post", f.pick(W.PRAISE, c["language"]))
        c["language"] = b
        slide(f, c, 7 + i % 2, 3 + i % 3)
        c["language"] = a
    for i in range(3):
        c, a, b = mk(i + 5, "happy_one_bad_day", "one bad day", None, SILENT)
        f.happy_days(c, 3, [0, 1, 2, 9, 10, 11])
        c["language"] = b
        t = f.t(5, 9, 18)
        c["bad_day_event_id"] = f.complaint(c, t, probs[i], ("email", "email", "chat")[i], None)
        case = f.case()
        f.agent(c, t + 1500, W.CASE_OPENED, case)
        c.update(bad_day_at=iso(t), bad_day_language=b, booking=case, problem=probs[i])
        c["language"] = a
    for i in range(2):
        c, a, b = mk(i + 7, "resolved_between_contacts", "fixed", None, SILENT)
        c["problems"] = [fixed_case(f, c, 3 + i, probs[i])]
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, "2026-10-05", 14, "business accounts")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = [
        "pt",
        "en",
        "pt",
        "en",
        "de",
        "pt",
        "en",
        "fr",
        "it",
        "es",
        "pt",
        "en",
        "de",
        "pt",
        "en",
    ]
    probs = [
        "invoice",
        "portal",
        "overbilled",
        "invoice",
        "portal",
        "overbilled",
        "invoice",
        "portal",
        "invoice",
    ]
    for ai, kind in enumerate(kinds):
        lg = langs[ai]
        acc = f"LVP-{W.MARKET[lg][0]}-{1000 + ai * 37}"
        n = f.rng.randint(4, 6) if kind in ("at_risk", "mild") else 3
        contacts = [f.person("b2b_happy", "contact", lg, account=acc) for _ in range(n)]
        for c in contacts:
            c.update(
                company=f"Company {acc[-4:]}",
                role="contact",
                job_title="Office manager",
                job="Office manager",
            )
        unhappy: list[str] = []
        a: dict[str, Any] = {
            "company": f"Company {acc[-4:]}",
            "site": ("events", "hotel", "school", "university", "facilities")[ai % 5],
            "contacts": n,
            "contact_keys": [c["identifiers"]["customer_id"] for c in contacts],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lg,
            "country": contacts[0]["country"],
        }
        for c in contacts:
            for _ in range(f.rng.randint(0, 2)):
                t = f.t(f.rng.choice((0, 1)), 8, 16.5)
                if f.rng.random() < 0.5:
                    f.add(c, t, "chat", "chat", W.B2B_Q[lg])
                    f.add(c, t + 200, "chat", "chat", W.B2B_A[lg], out=True)
                else:
                    f.add(c, t, "web", "page_view", attrs={"page": "/pro/portal"})
        if kind == "at_risk":
            prob = probs[ai]
            k = 4 if ai >= 3 else 3
            case = f.case()
            t = f.t(2, 8, 12)
            a["same_problem"], a["trouble_starts_at"] = prob, iso(t)
            for j, c in enumerate(contacts[:k]):
                c.update(
                    persona="b2b_unhappy",
                    role="complainer",
                    habit="complainer",
                    tolerated_rules=B2B_TOL,
                    expected_rules=["detractor"] if j < k - 1 else ["repeat_contact"],
                    problem=prob,
                    booking=case,
                )
                p = W.B2B_PROB[lg][prob]
                text = (
                    W.B2B_FIRST[lg].replace("%A%", acc)
                    if j == 0
                    else W.B2B_MORE[lg]
                    .replace("%F%", contacts[0]["name"].split()[0])
                    .replace("%C%", case)
                ).replace("%P%", p)
                e = f.add(c, t, "email", "message", text, subject=W.SUBJ_COMPLAIN[lg] + p[:30])
                c["complaint_event_ids"], c["trouble_starts_at"] = [e], iso(t)
                if j == 0:
                    f.agent(c, t + 1800, W.CASE_OPENED, case)
                if j < k - 1:
                    f.survey_low(c, t + f.rng.uniform(1, 3) * H)
                else:
                    tl = f.t0 + f.rng.randint(7, 9) * 86400 + f.rng.uniform(8.5, 16.5) * H
                    c["complaint_event_ids"].append(
                        f.add(c, tl, "phone", "call", W.B2B_LAST[lg].replace("%C%", case.lower()))
                    )
                unhappy.append(c["identifiers"]["customer_id"])
                t += f.rng.uniform(8, 28) * H
                hr = ((t - f.t0) % 86400) / H
                if hr > 17 or hr < 8:
                    t += ((24 - hr + 8.5) % 24) * H
        elif kind == "one_unhappy":
            c = contacts[0]
            prob = probs[ai]
            t = f.t(3 + ai % 5, 8, 16)
            case = f.case()
            c.update(
                persona="b2b_one_unhappy",
                role="complainer",
                habit="complainer",
                expected_rules=["detractor"],
                tolerated_rules=ONE_TOL,
                problem=prob,
                booking=case,
            )
            e = f.add(
                c,
                t,
                "email",
                "message",
                W.B2B_FIRST[lg].replace("%A%", acc).replace("%P%", W.B2B_PROB[lg][prob]),
                subject=W.SUBJ_COMPLAIN[lg] + prob,
            )
            f.agent(c, t + 1800, W.CASE_OPENED, case)
            f.survey_low(c, t + 2 * H)
            c["complaint_event_ids"], c["trouble_starts_at"] = [e], iso(t)
            unhappy.append(c["identifiers"]["customer_id"])
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.t(f.rng.randint(2, 9), 8, 16)
                c.update(
                    persona="b2b_mild", role="suggests", habit="suggests", tolerated_rules=SILENT
                )
                c["mild_event_id"] = f.add(
                    c, t, "web", "ticket", W.B2B_SUGGEST[lg], attrs={"page": "/pro/feedback"}
                )
                c["trouble_starts_at"] = iso(t)
                f.add(
                    c, t + 2400, "email", "message", W.ACK[lg], out=True, subject="Re: suggestion"
                )
        for c in contacts:
            if c["persona"] == "b2b_happy":
                for d in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4)):
                    t = f.t(d, 8, 16.5)
                    x = f.rng.random()
                    if x < 0.4:
                        f.add(c, t, "chat", "chat", W.B2B_Q[lg])
                        f.add(c, t + 240, "chat", "chat", W.B2B_A[lg], out=True)
                        f.add(c, t + 600, "chat", "chat", f.pick(W.THANKS, lg))
                    elif x < 0.7:
                        f.add(c, t, "community", "post", W.B2B_PRAISE[lg])
                    else:
                        f.add(
                            c,
                            t,
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": None, "csat": 5, "ces": None},
                            attrs={"survey": "csat"},
                        )
        a["unhappy_contacts"], a["unhappy_contact_keys"] = len(unhappy), unhappy
        f.accounts[acc] = a
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, "2026-11-02", 7, "a calm week and the planted incident")
    for _ in range(40):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 4), [0, 1, 2, 3, 4])
        if f.rng.random() < 0.3:
            f.happy_act(c, f.t(5, 12, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=SILENT)
        t = f.t(0, 9, 17)
        c["grumble_event_id"] = f.add(c, t, "chat", "chat", W.MILD[c["language"]])
        f.add(c, t + 300, "chat", "chat", W.ACK[c["language"]], out=True)
    for i, lg in enumerate(("pt", "en")):
        c = f.person("grumbles_once", "lone question", lg, tolerated=SILENT)
        t = f.t0 + 4 * 86400 + (9.6 + 6 * i) * H
        c["lone_report_event_id"] = f.add(c, t, "chat", "chat", W.LONE_Q[lg])
        f.add(c, t + 240, "chat", "chat", W.LONE_A[lg], out=True)
        c["trouble_starts_at"] = iso(t)
    s0 = f.t0 + 5 * 86400 + 10.25 * H
    langs = ["pt"] * 6 + ["en"] * 6 + ["fr", "de", "it", "es"] * 2
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0.0, 45.0] + [f.rng.uniform(1, 44) for _ in range(18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    for i in range(20):
        lg, ch = langs[i], chans[i]
        regular = i % 3 != 2
        c = f.person("spike_reporter", "regular" if regular else "new", lg, tolerated=SILENT)
        if regular:
            f.happy_days(c, f.rng.randint(1, 2), [1, 2, 3], 8, 17.5)
        t = s0 + offs[i] * 60
        text = f.pick(W.SPIKE, lg)
        if ch == "social":
            e = f.add(c, t, "social", "mention", text if "Lumivra" in text else "@Lumivra " + text)
        elif ch == "community":
            e = f.add(c, t, "community", "post", text)
        elif ch == "email":
            e = f.add(c, t, "email", "message", text, subject="!!!")
        elif ch == "web":
            e = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        else:
            e = f.add(c, t, "chat", "chat", text)
            f.add(c, t + 150, "chat", "chat", W.SPIKE_CHAT_A[lg], out=True)
        c.update(
            in_spike=True,
            regular=regular,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        keys.append(c["identifiers"]["customer_id"])
        eids.append(e)
        if len(reps) < 6 and offs[i] <= 25 and i % 2 == 0:
            ch2 = "email" if ch != "email" else "chat"
            t2 = t + f.rng.uniform(10, 60) * 60
            r2 = f.add(
                c,
                t2,
                ch2,
                "message" if ch2 == "email" else "chat",
                W.SPIKE_AGAIN[lg],
                subject="BKG-758" if ch2 == "email" else None,
            )
            reps.append(r2)
            c.update(
                persona="spike_repeater",
                expected_rules=["repeat_contact"],
                tolerated_rules=["sentiment_drop", "silence"],
                repeat_event_id=r2,
            )
        elif i % 4 == 1:
            f.add(
                c,
                s0 + f.rng.uniform(3, 3.2) * H,
                "email",
                "message",
                W.SPIKE_FIXED[lg],
                out=True,
                subject="BKG-758",
            )
            c["agent_fixed"] = True
    f.spike = {
        "topic": "cinema-hire app tells customers their bookings were cancelled (they were not), error BKG-758",
        "about": "the planted incident",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + 45 * 60),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


FAMILIES = (
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    bilingual,
    b2b_accounts,
    topic_spike,
)


def main() -> None:
    for build in FAMILIES:
        f = build()
        rows, truth = f.finish()
        (HERE / f"{f.name}.jsonl").write_text(rows, encoding="utf-8")
        (HERE / f"{f.name}.truth.json").write_text(truth, encoding="utf-8")
        print(f.name, len(f.cust), rows.count("\n"), rows.count('"outbound"'))


if __name__ == "__main__":
    main()
