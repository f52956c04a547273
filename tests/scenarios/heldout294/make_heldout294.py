"""Generate heldout294 (Falcora), blind. Standard library only; two runs give the same bytes."""

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

SEED = 20260912
ERR = "F7Q-3108"
COMPS = ("Astorvo", "Sparvio")
SOURCES = {
    "email": "falcora-mail",
    "phone": "falcora-voice",
    "social": "falcora-social",
    "community": "falcora-forum",
    "chat": "falcora-chat",
    "web": "falcora-web",
    "survey": "falcora-survey",
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
SEEN: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, Any]
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
    rows: list[tuple[datetime, Cust, dict[str, Any], str]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, weights=W.WEIGHTS)[0]

    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in SEEN:
                SEEN.add(v)
                return v

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        exp: list[str],
        tol: list[str],
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        r = self.rng
        market = r.choice(W.MARKETS[lang])
        first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
        key = self.uniq(lambda: f"FA{self.code}{r.randint(1000, 9999)}")
        plain = strip(f"{first}.{last}").lower().replace(" ", "")
        email = self.uniq(
            lambda: (
                f"{plain}{r.randint(1, 99)}@{domain or r.choice(['mail', 'post', 'inbox'])}.example"
            )
        )
        pre, digits = W.PHONE[market]
        phone = self.uniq(lambda: pre + "".join(str(r.randint(0, 9)) for _ in range(digits)))
        handle = (
            None
            if account
            else self.uniq(
                lambda: f"@{strip(last).lower()}_{strip(first).lower()}{r.randint(1, 99)}"
            )
        )
        ids = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth = {
            "identifiers": ids,
            "expected_rules": sorted(set(exp)),
            "tolerated_rules": sorted(set(tol)),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lang, market, ids, truth)
        self.custs[key] = c
        return c

    def add(
        self,
        t: datetime,
        c: Cust,
        channel: str,
        text: str | None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        kind: str | None = None,
        attrs: dict[str, str] | None = None,
        mark: str | None = None,
    ) -> int:
        if not out and text and channel not in ("phone", "survey"):
            text = roughen(self.rough, text)
        a = {"market": c.market} | (attrs or {})
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Mara", "Tobia", "Ellen", "Sofia", "Kai"])
        tp: dict[str, Any] = {
            "channel": channel,
            "kind": kind or KIND[channel],
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": scores or {"nps": None, "csat": None, "ces": None},
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append((t, c, tp, mark or ""))
        return len(self.rows) - 1

    def at(self, day: float, h0: float = 8, h1: float = 20) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(h0, h1))

    def write(self, expected: dict[str, int]) -> tuple[int, int, int]:
        order = sorted(range(len(self.rows)), key=lambda i: (self.rows[i][0], i))
        done: set[str] = set()
        out_lines: list[str] = []
        idmap: dict[int, str] = {}
        for n, i in enumerate(order):
            idmap[i] = f"fa294-{self.code.lower()}-{n + 1:05d}"
        replies = 0
        for i in order:
            t, c, tp, mark = self.rows[i]
            ids = c.ids
            if tp["direction"] == "outbound" or c.key not in done:
                ref = dict(ids)
                if tp["direction"] == "inbound":
                    done.add(c.key)
                else:
                    replies += 1
            else:
                ch = tp["channel"]
                ref = {k: None for k in ids}
                if ch == "phone":
                    ref["phone"] = ids["phone"]
                elif ch == "email" or (ch in ("social", "community") and not ids["handle"]):
                    ref["email"] = ids["email"]
                elif ch in ("social", "community"):
                    ref["handle"] = ids["handle"]
                else:
                    ref["customer_id"] = ids["customer_id"]
                ref["account_id"] = ids["account_id"]
            row = {"event_id": idmap[i], "occurred_at": iso(t)} | tp | {"customer": ref}
            out_lines.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
            for m in filter(None, mark.split(",")):
                if m.endswith("[]"):
                    c.truth.setdefault(m[:-2], []).append(idmap[i])
                else:
                    c.truth[m] = idmap[i]
        for c in self.custs.values():
            if c.key not in done:
                raise SystemExit(f"{c.key} has no inbound touchpoint")
            for r in c.truth["expected_rules"]:
                if r in c.truth["tolerated_rules"]:
                    raise SystemExit(f"{c.key} expects and tolerates {r}")
        got: dict[str, int] = {}
        for c in self.custs.values():
            for r in c.truth["expected_rules"]:
                got[r] = got.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                got[r] = got.get(r, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        if got != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {got}")
        last = self.rows[order[-1]][0]
        if last >= datetime(2026, 11, 1, tzinfo=UTC):
            raise SystemExit("too late")
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Falcora",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "blind, heldout294",
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
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out_lines) + "\n", "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return len(self.custs), len(out_lines), replies


def strip(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))


def roughen(r: random.Random, text: str) -> str:
    if r.random() < 0.10:
        text = strip(text)
    if r.random() < 0.125:
        text = text[:1].lower() + text[1:]
    if r.random() < 1 / 7:
        words = [
            i for i, w in enumerate(text.split(" ")) if len(w) > 4 and w.isalpha() and w.islower()
        ]
        if words:
            parts = text.split(" ")
            i = r.choice(words)
            w = parts[i]
            j = r.randint(1, len(w) - 3)
            parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(parts)
    return text


def happy_acts(
    f: Fam, c: Cust, d0: float, d1: float, n: int, h0: float = 8, h1: float = 20
) -> None:
    r = f.rng
    for _ in range(n):
        t = f.at(r.uniform(d0, d1), h0, h1)
        k = r.choice(["praise", "praise", "buy", "ask", "survey"])
        lang = c.lang
        if k == "praise":
            f.add(t, c, r.choice(["community", "social"]), r.choice(W.PRAISE[lang]))
        elif k == "buy":
            p = r.choice(W.PRODUCTS)
            f.add(t, c, "web", None, kind="page_view", attrs={"page": "/experiences"})
            f.add(
                t + timedelta(minutes=r.randint(2, 9)),
                c,
                "web",
                None,
                kind="purchase",
                attrs={
                    "product": p,
                    "order_value": f"{r.randint(35, 190)}.00",
                    "currency": "GBP"
                    if c.market in ("UK",)
                    else "CHF"
                    if c.market == "CH"
                    else "EUR",
                    "page": "/checkout",
                },
            )
        elif k == "ask":
            f.add(t, c, "chat", r.choice(W.QUESTION[lang]))
            f.add(t + timedelta(minutes=r.randint(1, 6)), c, "chat", W.ANSWER[lang], out=True)
            if r.random() < 0.6:
                f.add(t + timedelta(minutes=r.randint(7, 12)), c, "chat", r.choice(W.THANKS[lang]))
        else:
            f.add(
                t,
                c,
                "survey",
                W.SURVEY_GOOD[lang],
                attrs={"survey": "nps"},
                scores={"nps": r.randint(9, 10), "csat": None, "ces": None},
            )


def case(f: Fam) -> str:
    return f.uniq(lambda: f"FC-{f.rng.randint(100000, 999999)}")


def complaint(
    f: Fam, c: Cust, t: datetime, ch: str, prob: str, long: bool = False, mark: str = ""
) -> None:
    lang = c.lang
    body = W.COMPLAINT[lang][prob]
    if ch == "phone":
        text = W.CALL[lang].format(p=W.CALL_TOPIC[lang][prob])
    elif long:
        a, b = W.LETTER[lang]
        text = a + body + b
    else:
        text = body
    f.add(t, c, ch, text, subject="Complaint" if ch == "email" else None, mark=mark)


TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def happy_writers(f: Fam) -> None:
    for i in range(26):
        habit = "day writer" if i < 16 else "night writer" if i < 21 else "answers surveys"
        c = f.person(f.lang(), "happy", habit, [], [])
        if habit == "day writer":
            happy_acts(f, c, 0, 13, f.rng.randint(3, 6))
        elif habit == "night writer":
            for _ in range(f.rng.randint(2, 4)):
                t = f.at(f.rng.uniform(0, 13), 22.2, 27.5)
                f.add(t, c, f.rng.choice(["community", "social"]), f.rng.choice(W.NIGHT[c.lang]))
        else:
            for d in (2, 9):
                f.add(
                    f.at(d),
                    c,
                    "survey",
                    W.SURVEY_GOOD[c.lang],
                    attrs={"survey": "nps"},
                    scores={"nps": f.rng.randint(9, 10), "csat": None, "ces": None},
                )


def one_bad_day(f: Fam) -> None:
    chans = ["email_long", "email", "chat", "social", "web", "phone"] * 4
    for i, ch in enumerate(chans):
        det = i < 6
        c = f.person(
            f.lang(),
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
        )
        happy_acts(f, c, 0, 5, f.rng.randint(2, 4))
        t = f.at(7)
        prob = f.rng.choice(W.PROBLEMS)
        c.truth |= {"problem": prob, "bad_day_at": iso(t), "long_email": ch == "email_long"}
        complaint(f, c, t, ch.split("_")[0], prob, ch == "email_long", "bad_day_event_id")
        ref = None
        if ch != "social":
            ref = case(f)
            f.add(
                t + timedelta(hours=f.rng.uniform(1, 3)),
                c,
                "email",
                W.CASE_OPENED[c.lang].format(c=ref),
                out=True,
            )
        c.truth["booking"] = ref
        if det:
            f.add(
                t + timedelta(hours=2),
                c,
                "survey",
                W.SURVEY_BAD[c.lang],
                attrs={"survey": "nps"},
                scores={"nps": f.rng.randint(1, 5), "csat": None, "ces": None},
                mark="survey_event_id",
            )
        elif 6 <= i < 11:
            f.add(
                t + timedelta(hours=2),
                c,
                "survey",
                W.SURVEY_BAD[c.lang],
                attrs={"survey": "csat"},
                scores={"nps": None, "csat": f.rng.randint(1, 2), "ces": None},
                mark="survey_event_id",
            )
        if ref and i % 2 == 0 and i < 24:
            f.add(
                t + timedelta(days=2, hours=1),
                c,
                "email",
                W.GOOD_NEWS[c.lang].format(c=ref),
                out=True,
            )
        if 11 <= i < 16:
            f.add(
                t + timedelta(hours=20),
                c,
                "chat",
                f.rng.choice(W.APOLOGY[c.lang]),
                mark="apology_event_id",
            )
        happy_acts(f, c, 10, 14, f.rng.randint(1, 2))
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control", [], [])
        happy_acts(f, c, 0, 14, f.rng.randint(3, 5))


def repeat_run(f: Fam, c: Cust, d: float, contacts: int, escalate: bool) -> None:
    chs = ["email", "chat", "phone", "web"]
    prob = f.rng.choice(W.PROBLEMS)
    ref = case(f)
    t = f.at(d, 9, 17)
    comp = f.rng.choice(COMPS)
    c.truth |= {
        "problem": prob,
        "booking": ref,
        "trouble_starts_at": iso(t),
        "contacts": contacts,
        "competitor": comp if contacts >= 3 else None,
    }
    complaint(f, c, t, "email", prob, mark="problem_event_ids[]")
    f.add(t + timedelta(hours=2), c, "email", W.CASE_OPENED[c.lang].format(c=ref), out=True)
    for k in range(1, contacts):
        t = t + timedelta(hours=f.rng.uniform(20, 40))
        ch = chs[k % 4]
        text = W.STILL[c.lang][min(k, 3) - 1].format(c=ref, comp=comp)
        if ch == "phone":
            text = strip(text).lower().replace(".", "").replace(",", "")
        f.add(t, c, ch, text, mark="problem_event_ids[]")
    if escalate:
        f.add(t + timedelta(hours=3), c, "email", W.ESCALATED[c.lang].format(c=ref), out=True)


def fixed_run(f: Fam, c: Cust, d: float) -> None:
    prob = f.rng.choice(W.PROBLEMS)
    ref = case(f)
    t = f.at(d, 9, 16)
    c.truth |= {"problem": prob, "booking": ref, "trouble_starts_at": iso(t)}
    f.add(
        t,
        c,
        "web",
        W.COMPLAINT[c.lang][prob],
        kind="ticket",
        attrs={"page": "/help"},
        mark="problem_event_ids[]",
    )
    f.add(t + timedelta(hours=2), c, "email", W.CASE_OPENED[c.lang].format(c=ref), out=True)
    f.add(t + timedelta(days=2), c, "email", W.GOOD_NEWS[c.lang].format(c=ref), out=True)
    f.add(
        t + timedelta(days=2, hours=3),
        c,
        "email",
        f.rng.choice(W.CONFIRM[c.lang]).format(c=ref),
        mark="confirm_event_id",
    )


def repeat_contacts(f: Fam) -> None:
    for i in range(12):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        happy_acts(f, c, 0, 4, 2)
        repeat_run(f, c, 5 + i % 4, 2 + i % 3, i < 6)
    for i in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", [], ["silence"])
        happy_acts(f, c, 0, 4, 2)
        fixed_run(f, c, 5 + i % 3)
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", [], ["silence"])
        p1, p2 = f.rng.sample(W.PROBLEMS, 2)
        complaint(f, c, f.at(5), "email", p1)
        complaint(f, c, f.at(11), "chat", p2)
        c.truth["problems"] = [p1, p2]
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer", [], [])
        happy_acts(f, c, 0, 14, f.rng.randint(7, 10))


def slide(f: Fam, c: Cust, d0: float, alt: str | None = None) -> None:
    happy_acts(f, c, 0, d0 - 1, 3)
    for _ in range(4):
        f.add(f.at(f.rng.uniform(0, d0 - 1)), c, "community", f.rng.choice(W.PRAISE[c.lang]))
    comp = f.rng.choice(COMPS)
    c.truth["competitor"] = comp
    for k in range(6):
        lang = alt if alt and k % 2 else c.lang
        t = f.at(d0 + k * f.rng.uniform(1.5, 3))
        if k == 0:
            c.truth["trouble_starts_at"] = iso(t)
        f.add(
            t,
            c,
            f.rng.choice(["community", "social", "chat"]),
            W.SLIDE[lang][k].format(comp=comp),
            mark="slide_event_ids[]",
        )


def slow_churners(f: Fam) -> None:
    for i in range(10):
        c = f.person(
            f.lang(),
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if i < 5 else []),
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        slide(f, c, 14)
        if i < 5:
            f.add(
                f.at(32),
                c,
                "survey",
                W.SURVEY_BAD[c.lang],
                attrs={"survey": "nps"},
                scores={"nps": f.rng.randint(1, 5), "csat": None, "ces": None},
                mark="survey_event_id",
            )
    for _ in range(5):
        c = f.person(
            f.lang(),
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        happy_acts(f, c, 0, 15, 3)
        t = f.at(f.rng.uniform(18, 28))
        f.add(t, c, "email", W.CANCEL[c.lang], subject="Cancel", mark="churn_intent_event_id")
        f.add(t + timedelta(hours=3), c, "email", W.BYE[c.lang], out=True)
        f.add(
            t + timedelta(hours=4),
            c,
            "web",
            None,
            kind="cancellation",
            attrs={"page": "/account/close", "product": "Falcora Club, monthly"},
            mark="cancellation_event_id",
        )
        c.truth["churn_at"] = iso(t + timedelta(hours=4))
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady", [], [])
        happy_acts(f, c, 0, 34, f.rng.randint(5, 8))
    for _ in range(5):
        c = f.person(f.lang(), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        for _ in range(f.rng.randint(4, 6)):
            f.add(
                f.at(f.rng.uniform(0, 34)),
                c,
                "community",
                f.rng.choice(W.GRUMPY[c.lang]),
                mark="grumble_event_ids[]",
            )
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy_acts(f, c, 0, 34, 4)
        f.add(f.at(f.rng.uniform(10, 25)), c, "social", W.SARCASM[c.lang], mark="sarcasm_event_id")


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer", [], [])
        happy_acts(f, c, 0, 3, f.rng.randint(1, 3))
    for _ in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], ["silence"])
        f.add(f.at(f.rng.uniform(0, 3)), c, "chat", W.GRUMBLE[c.lang], mark="grumble_event_id")
    for night in range(3):
        for burst in range(3):
            b = f.start + timedelta(days=night + 1, minutes=40 + burst * 55 + night * 4)
            for _ in range(4):
                c = f.person(f.lang(), "night_owl", f"night {night + 1}, burst {burst + 1}", [], [])
                c.truth["burst_at"] = iso(b)
                f.add(
                    b + timedelta(minutes=f.rng.uniform(0, 10)),
                    c,
                    "community",
                    f.rng.choice(W.NIGHT_TOPIC[c.lang] + W.NIGHT[c.lang]),
                    mark="night_event_id",
                )


def bilingual(f: Fam) -> None:
    pairs = [
        ("it", "en"),
        ("en", "it"),
        ("it", "de"),
        ("en", "es"),
        ("it", "fr"),
        ("en", "pt"),
        ("de", "it"),
        ("fr", "en"),
    ]

    def mk(persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, str]:
        a, b = f.rng.choice(pairs)
        c = f.person(a, persona, habit, exp, tol)
        c.truth["languages"] = [a, b]
        return c, b

    for _ in range(12):
        c, b = mk("happy", "alternates languages", [], [])
        for k in range(4):
            c.lang = b if k % 2 else c.truth["language"]
            happy_acts(f, c, k * 4, k * 4 + 3, 1)
        c.lang = c.truth["language"]
    for i in range(5):
        c, b = mk("repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        happy_acts(f, c, 0, 4, 2)
        repeat_run(f, c, 6 + i, 2 + i % 3, i < 3)
    for _ in range(5):
        c, b = mk(
            "slow_churner",
            "slides",
            ["sentiment_drop"],
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        slide(f, c, 8, alt=b)
    for i in range(3):
        c, b = mk("happy_one_bad_day", "one bad day", [], ["silence"])
        happy_acts(f, c, 0, 6, 3)
        c.lang = b
        t = f.at(9)
        complaint(
            f,
            c,
            t,
            ["email", "email", "chat"][i],
            f.rng.choice(W.PROBLEMS),
            i == 0,
            "bad_day_event_id",
        )
        c.truth |= {"bad_day_language": b, "bad_day_at": iso(t)}
        c.lang = c.truth["language"]
        happy_acts(f, c, 12, 18, 2)
    for _ in range(2):
        c, b = mk("resolved_between_contacts", "fixed", [], ["silence"])
        fixed_run(f, c, 6)


def b2b_accounts(f: Fam) -> None:
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    for ai, kind in enumerate(kinds):
        lang = f.lang()
        market = W.MARKETS[lang][0]
        acc = f.uniq(lambda m=market: f"FCS-{m}-{f.rng.randint(1000, 9999)}")
        dom = f"client{ai + 1}-{market.lower()}"
        n_unhappy = {"at_risk": 3 + ai % 2, "one_unhappy": 1, "mild": 0, "happy": 0}[kind]
        prob = f.rng.choice(W.B2B_PROBLEMS)
        a: dict[str, Any] = {
            "company": f"Client {ai + 1}",
            "site": f.rng.choice(["warehouse", "landfill", "stadium", "hotel", "port"]),
            "kind": kind,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "same_problem": prob if kind == "at_risk" else None,
            "language": lang,
            "country": market,
            "contact_keys": [],
            "unhappy_contact_keys": [],
        }
        ref = case(f)
        t = f.start + timedelta(days=2, hours=9 + ai * 0.3)
        first_t = t
        for k in range(n_unhappy + 2):
            if k < n_unhappy:
                last = kind == "at_risk" and k == n_unhappy - 1
                tol = (
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ]
                    if kind == "at_risk"
                    else ["sentiment_drop", "high_value_at_risk", "silence"]
                )
                exp = (["repeat_contact"] if last else []) + ([] if last else ["detractor"])
                persona = "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy"
                c = f.person(lang, persona, "complainer", exp, tol, acc, dom)
                a["unhappy_contact_keys"].append(c.key)
                t = t + timedelta(hours=f.rng.uniform(8, 26)) if k else t
                if t.hour >= 17 or t.hour < 8:
                    t = t.replace(hour=9) + timedelta(days=1 if t.hour >= 17 else 0)
                f.add(t, c, "email", W.B2B[lang][prob], subject=ref, mark="complaint_event_ids[]")
                f.add(
                    t + timedelta(hours=1), c, "email", W.CASE_OPENED[lang].format(c=ref), out=True
                )
                if not last:
                    f.add(
                        t + timedelta(hours=2),
                        c,
                        "survey",
                        W.SURVEY_BAD[lang],
                        attrs={"survey": "nps"},
                        scores={"nps": f.rng.randint(1, 5), "csat": None, "ces": None},
                        mark="survey_event_id",
                    )
                else:
                    comp = f.rng.choice(COMPS)
                    f.add(
                        t + timedelta(hours=26),
                        c,
                        "email",
                        W.B2B_FINAL[lang].format(c=ref, comp=comp),
                        subject=ref,
                        mark="complaint_event_ids[]",
                    )
                    c.truth["competitor"] = comp
                c.truth |= {
                    "company": a["company"],
                    "role": "complainer",
                    "booking": ref,
                    "trouble_starts_at": iso(t),
                }
            elif kind == "mild" and k < 2:
                c = f.person(lang, "b2b_mild", "suggests", [], ["silence"], acc, dom)
                f.add(
                    f.at(4, 9, 15),
                    c,
                    "web",
                    W.B2B_MILD[lang],
                    kind="ticket",
                    attrs={"page": "/portal/feedback"},
                    mark="mild_event_id",
                )
            else:
                c = f.person(lang, "b2b_happy", "contact", [], [], acc, dom)
                f.add(f.at(f.rng.uniform(0, 9), 9, 16), c, "community", W.B2B_HAPPY[lang])
                f.add(
                    f.at(f.rng.uniform(0, 9), 9, 16),
                    c,
                    "survey",
                    W.SURVEY_GOOD[lang],
                    attrs={"survey": "nps"},
                    scores={"nps": f.rng.randint(9, 10), "csat": None, "ces": None},
                )
            a["contact_keys"].append(c.key)
        if kind == "mild":
            extra = f.person(lang, "b2b_mild", "suggests", [], ["silence"], acc, dom)
            f.add(
                f.at(5, 9, 15),
                extra,
                "web",
                W.B2B_MILD[lang],
                kind="ticket",
                attrs={"page": "/portal/feedback"},
                mark="mild_event_id",
            )
            a["contact_keys"].append(extra.key)
        a["contacts"] = len(a["contact_keys"])
        a["unhappy_contacts"] = n_unhappy
        a["trouble_starts_at"] = iso(first_t) if kind == "at_risk" else None
        f.accounts[acc] = a


def topic_spike(f: Fam) -> None:
    s0 = f.start + timedelta(days=5, hours=8, minutes=20)  # Saturday
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer", [], [])
        happy_acts(f, c, 0, 5, f.rng.randint(1, 4), 9, 18)
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], ["silence"])
        f.add(f.at(1), c, "chat", W.GRUMBLE[c.lang], mark="grumble_event_id")
    for lang in ("en", "it"):
        c = f.person(lang, "grumbles_once", "lone question", [], ["silence"])
        t = f.at(4, 9, 16)
        f.add(t, c, "chat", W.LONE[lang], mark="lone_report_event_id")
        f.add(t + timedelta(minutes=4), c, "chat", W.LONE_ANS[lang], out=True)
    keys: list[str] = []
    reps: list[str] = []
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    for i in range(20):
        rep = i % 3 == 0 and len(reps) < 6
        persona = "spike_repeater" if rep else "spike_reporter"
        c = f.person(
            f.lang(),
            persona,
            "regular" if i < 12 else "new",
            ["repeat_contact"] if rep else [],
            ["silence"] + (["sentiment_drop"] if rep else []),
        )
        if i < 12:
            happy_acts(f, c, 0, 4, f.rng.randint(1, 3), 9, 18)
        t = s0 + timedelta(minutes=i * 2.2 if i < 19 else 45)
        ch = chans[i]
        f.add(
            t,
            c,
            ch,
            f.rng.choice(W.SPIKE[c.lang]).format(e=ERR),
            kind="ticket" if ch == "web" else None,
            mark="spike_event_id",
        )
        c.truth |= {
            "in_spike": True,
            "regular": i < 12,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
        }
        if ch == "chat":
            f.add(t + timedelta(minutes=3), c, "chat", W.SPIKE_CHAT[c.lang], out=True)
        if rep:
            f.add(
                t + timedelta(minutes=f.rng.randint(15, 40)),
                c,
                "email",
                W.SPIKE_AGAIN[c.lang].format(e=ERR),
                mark="repeat_event_id",
            )
            reps.append(c.key)
        elif i % 3 == 1 and len([k for k in keys if f.custs[k].truth.get("agent_fixed")]) < 6:
            f.add(
                s0 + timedelta(hours=3, minutes=i),
                c,
                "email",
                W.WORKS[c.lang].format(t="10:50 UTC"),
                out=True,
            )
            c.truth["agent_fixed"] = True
        keys.append(c.key)
    f.spike = {
        "topic": f"online checkout failing for bookings and vouchers, error {ERR}",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "about": "payment failures at checkout",
    }
    f.spike["_fill"] = True


FAMILIES: list[tuple[str, str, str, int, str, Any, dict[str, int]]] = [
    ("happy_writers", "HW", "2026-02-02", 14, "happy day and night writers", happy_writers, {}),
    ("one_bad_day", "BD", "2026-03-09", 15, "one bad day", one_bad_day, {"detractor": 6}),
    (
        "repeat_contacts",
        "RC",
        "2026-04-13",
        16,
        "repeat contacts",
        repeat_contacts,
        {"repeat_contact": 12},
    ),
    (
        "slow_churners",
        "SC",
        "2026-05-04",
        40,
        "slow churners",
        slow_churners,
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    ),
    ("quiet_hours", "QH", "2026-06-19", 3, "quiet hours and night owls", quiet_hours, {}),
    (
        "bilingual",
        "BL",
        "2026-07-06",
        24,
        "bilingual customers",
        bilingual,
        {"repeat_contact": 5, "sentiment_drop": 5},
    ),
    (
        "b2b_accounts",
        "BB",
        "2026-08-03",
        14,
        "Falcora Sites accounts",
        b2b_accounts,
        {"account_risk": 5, "repeat_contact": 5, "detractor": 16},
    ),
    (
        "topic_spike",
        "TS",
        "2026-09-07",
        7,
        "a week with a spike",
        topic_spike,
        {"repeat_contact": 6, "topic_spike": 1},
    ),
]


def main() -> None:
    total = [0, 0, 0]
    for n, (name, code, start, days, about, build, exp) in enumerate(FAMILIES, 1):
        f = Fam(name, code, n, datetime.fromisoformat(start).replace(tzinfo=UTC), days, about)
        build(f)
        if f.spike.pop("_fill", False):
            f.spike["event_ids"] = []
            f.spike["repeat_event_ids"] = []
        counts = f.write(exp)
        if f.spike:
            truth = json.loads((HERE / f"{name}.truth.json").read_text("utf-8"))
            sp = truth["spike"]
            sp["event_ids"] = [truth["customers"][k]["spike_event_id"] for k in sp["customer_keys"]]
            sp["repeat_event_ids"] = [
                truth["customers"][k]["repeat_event_id"]
                for k in sp["customer_keys"]
                if "repeat_event_id" in truth["customers"][k]
            ]
            (HERE / f"{name}.truth.json").write_text(
                json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
            )
        print(name, *counts)
        total = [a + b for a, b in zip(total, counts, strict=True)]
    print("total", *total)


if __name__ == "__main__":
    main()
