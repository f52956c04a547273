# ruff: noqa: E501
"""Generate heldout311 (Puntadelo, written blind). Standard library only, seeded."""

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

SEED = 20260311
BRAND = "Puntadelo"
RIVALS = ["Costurix", "Nähwerka"]
CODE = "LB:4402"
H = 3600.0


def iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def day0(y: int, m: int, d: int, wd: int) -> float:
    dt = datetime(y, m, d, tzinfo=UTC)
    assert dt.weekday() == wd
    return dt.timestamp()


class Fam:
    def __init__(self, name: str, code: str, n: int, start: float, days: int) -> None:
        self.name, self.code = name, code
        self.n = n
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.start, self.days = start, days
        self.rows: list[dict[str, Any]] = []
        self.custs: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.refs = 0

    def person(
        self, persona: str, habit: str, lang: str | None = None, b2b: str | None = None
    ) -> dict[str, Any]:
        r = self.rng
        lang = lang or r.choices(W.LANGS, W.WEIGHTS)[0]
        k = len(self.custs) + 1
        nm = r.choice(W.NAMES[lang])
        first, last = nm.split(" ", 1)
        slug = (
            unicodedata.normalize("NFKD", f"{first}.{last}".lower())
            .encode("ascii", "ignore")
            .decode()
            .replace(" ", "")
        )
        key = f"PD{self.code}{1000 + k * 7}"
        n = self.n * 1000 + k
        ids = {
            "customer_id": key,
            "email": f"{slug}{n}@{'empresa' if b2b else 'correo'}{k % 5}.example",
            "phone": f"+{W.PREFIX[lang]}6{n:08d}",
            "handle": None if b2b else f"@{slug.replace('.', '_')}{n}",
            "account_id": b2b,
        }
        c = {
            "identifiers": ids,
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": W.MARKET[lang],
            "segment": "b2b" if b2b else "consumer",
            "name": nm,
        }
        self.custs[key] = c
        return c

    def ref(self) -> str:
        self.refs += 1
        return f"PT-{self.code}{self.refs:04d}"

    def add(
        self,
        c: dict[str, Any],
        t: float,
        ch: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subj: str | None = None,
        attrs: dict[str, str] | None = None,
        scores: dict[str, int] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"pd311-{self.code.lower()}-{self.seq:05d}"
        a = {"market": c["country"]}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Marisa", "Julien", "Katrin", "Paolo"])
        a.update(attrs or {})
        if text and not out and ch != "phone" and kind != "survey_response":
            text = self.roughen(text)
        if ch == "phone" and text:
            text = "".join(x for x in text.lower() if x not in ",.?!;:¿¡'")
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": ch,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "key": c["identifiers"]["customer_id"],
                "text": text,
                "subject": subj,
                "scores": scores or {},
                "source": f"puntadelo-{ch}",
                "attributes": a,
            }
        )
        return eid

    def roughen(self, s: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            s = "".join(x for x in unicodedata.normalize("NFKD", s) if not unicodedata.combining(x))
        if r.random() < 0.125:
            s = s[:1].lower() + s[1:]
        if r.random() < 1 / 7:
            words = [
                i for i, w in enumerate(s.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = s.split(" ")
                i = r.choice(words)
                w = parts[i]
                parts[i] = w[:1] + w[2] + w[1] + w[3:]
                s = " ".join(parts)
        return s

    def happy(self, c: dict[str, Any], t: float) -> None:
        r, lang = self.rng, c["language"]
        kind = r.randrange(5)
        if kind == 0:
            self.add(c, t, r.choice(["social", "community"]), "post", r.choice(W.PRAISE[lang]))
        elif kind == 1:
            self.add(c, t, "chat", "chat", r.choice(W.QUESTION[lang]))
            self.add(c, t + r.randint(60, 360), "chat", "chat", W.ANSWER[lang], out=True)
            if r.random() < 0.6:
                self.add(c, t + 420, "chat", "chat", r.choice(W.THANKS[lang]))
        elif kind == 2:
            self.add(c, t, "web", "page_view", attrs={"page": "/revision"})
            self.add(
                c,
                t + 300,
                "web",
                "purchase",
                attrs={
                    "page": "/revision",
                    "order_value": str(r.choice([59, 79, 89])),
                    "currency": "GBP" if lang == "en" else "EUR",
                    "product": "Revisión completa / Full service",
                },
            )
        elif kind == 3:
            self.add(
                c,
                t,
                "web",
                "review",
                r.choice(W.PRAISE[lang]),
                attrs={"rating": "5", "page": "/opiniones"},
            )
        else:
            self.add(c, t, "survey", "survey_response", scores={"nps": r.choice([9, 10])})

    def day_t(self, d: float, lo: float = 8, hi: float = 19) -> float:
        return self.start + d * 86400 + self.rng.uniform(lo, hi) * H

    def write(self) -> None:
        self.rows.sort(key=lambda x: (x["occurred_at"], x["event_id"]))
        first: set[str] = set()
        out = []
        for row in self.rows:
            ids = self.custs[row.pop("key")]["identifiers"]
            full = row["direction"] == "outbound" or ids["customer_id"] not in first
            if row["direction"] == "inbound":
                first.add(ids["customer_id"])
            ch = row["channel"]
            if full:
                cu = dict(ids)
            elif ch == "phone":
                cu = {"phone": ids["phone"]}
            elif ch in ("social", "community"):
                cu = {"handle": ids["handle"]} if ids["handle"] else {"email": ids["email"]}
            elif ch == "email":
                cu = {"email": ids["email"]}
            else:
                cu = {"customer_id": ids["customer_id"]}
            if ids["account_id"]:
                cu["account_id"] = ids["account_id"]
            row["customer"] = cu
            row["occurred_at"] = iso(row["occurred_at"])
            out.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out) + "\n", "utf-8")
        last = max(datetime.fromisoformat(r["occurred_at"]).timestamp() for r in self.rows)
        expected: dict[str, int] = {}
        for c in self.custs.values():
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
                "business": BRAND,
                "days": self.days,
                "seed": SEED,
                "written": "blind",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(max(self.start + self.days * 86400, last + H)),
            "customers": self.custs,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, day0(2026, 1, 12, 0), 10)
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy(c, f.day_t(d, 7, 19))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), 3):
            f.add(c, f.day_t(d, 22.2, 28.5), "social", "post", f.rng.choice(W.NIGHT[c["language"]]))
        for d in f.rng.sample(range(10), 2):
            f.happy(c, f.day_t(d, 9, 18))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.add(c, f.day_t(d), "survey", "survey_response", scores={"nps": f.rng.choice([9, 10])})
    return f


def complain(
    f: Fam, c: dict[str, Any], t: float, ch: str, prob: str, long: bool = False
) -> tuple[str, str | None]:
    lang = c["language"]
    txt = W.COMPLAINT[lang][prob]
    if ch == "email":
        body = W.LETTER[lang].format(c=txt, n=c["name"]) if long else txt
        eid = f.add(c, t, "email", "message", body, subj=prob.replace("_", " "))
    elif ch == "chat":
        eid = f.add(c, t, "chat", "chat", txt)
    elif ch == "social":
        eid = f.add(c, t, "social", "mention", "@" + BRAND + " " + txt)
        return eid, None
    elif ch == "web":
        eid = f.add(c, t, "web", "ticket", txt, attrs={"page": "/contacto"})
    else:
        eid = f.add(c, t, "phone", "call", txt)
    ref = f.ref()
    f.add(
        c,
        t + f.rng.randint(600, 2400),
        "chat" if ch == "chat" else "email",
        "chat" if ch == "chat" else "message",
        W.CASE_OPENED[lang].format(n=c["name"].split()[0], r=ref),
        out=True,
    )
    return eid, ref


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, day0(2026, 2, 9, 0), 12)
    chans = ["long", "email", "chat", "social", "web", "phone"]
    with_case = []
    for i in range(24):
        ch = chans[i // 4]
        c = f.person("happy_one_bad_day", "one bad day")
        c["tolerated_rules"] = ["silence"]
        bd = 2 + i % 8
        for d in f.rng.sample(
            [x for x in range(12) if x < bd - 1 or x > bd + 2], f.rng.randint(1, 4)
        ):
            f.happy(c, f.day_t(d))
        t = f.day_t(bd, 8, 18)
        eid, ref = complain(
            f, c, t, "email" if ch == "long" else ch, W.PROBLEMS[i % 6], ch == "long"
        )
        c.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            booking=ref,
            problem=W.PROBLEMS[i % 6],
            long_email=ch == "long",
            trouble_starts_at=iso(t),
        )
        if ref:
            with_case.append((c, t, ref))
    for j, (c, t, ref) in enumerate(with_case):
        if j < 6:
            c["persona"], c["expected_rules"] = "bad_day_detractor", ["detractor"]
            c["survey_event_id"] = f.add(
                c,
                t + f.rng.randint(100, 140) * 60,
                "survey",
                "survey_response",
                scores={"nps": f.rng.randint(1, 5)},
            )
        elif j < 11:
            c["survey_event_id"] = f.add(
                c,
                t + f.rng.randint(40, 80) * 60,
                "survey",
                "survey_response",
                scores={"csat": f.rng.randint(1, 2)},
            )
        if j % 20 < 12:
            f.add(
                c,
                t + f.rng.uniform(1, 4) * H,
                "email",
                "message",
                W.GOOD_NEWS[c["language"]].format(r=ref),
                out=True,
                subj=ref,
            )
            if j % 12 < 5:
                c["apology_event_id"] = f.add(
                    c, t + f.rng.uniform(16, 22) * H, "chat", "chat", W.APOLOGY[c["language"]]
                )
    for _ in range(8):
        c = f.person("happy", "control")
        for d in f.rng.sample(range(12), f.rng.randint(4, 7)):
            f.happy(c, f.day_t(d))
    return f


def later(f: Fam, t: float) -> float:
    h = (t % 86400) / H
    return t + (32 - h + f.rng.uniform(0, 1)) * H if h >= 22 or h < 7 else t


def repeat_run(
    f: Fam,
    c: dict[str, Any],
    t: float,
    n: int,
    chans: list[str],
    prob: str,
    rival: str,
    escalate: bool,
) -> None:
    lang = c["language"]
    eid, ref = complain(f, c, t, chans[0], prob)
    if escalate:
        f.add(
            c,
            t + f.rng.uniform(1.5, 2.5) * H,
            "email",
            "message",
            W.ESCALATED[lang].format(n=c["name"].split()[0], r=ref),
            out=True,
            subj=ref,
        )
    ids = [eid]
    for k in range(1, n):
        t = later(f, t + f.rng.uniform(4, 40) * H)
        txt = (
            W.STILL_OPEN[lang].format(r=ref)
            + (W.THIRD[lang].format(x=rival) if k == 2 else "")
            + (W.FOURTH[lang] if k == 3 else "")
        )
        ch = chans[k]
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        ids.append(
            f.add(
                c,
                t,
                ch,
                kind,
                ("@" + BRAND + " " + txt) if ch == "social" else txt,
                subj=ref if ch == "email" else None,
            )
        )
        if ch == "chat":
            f.add(c, t + 200, "chat", "chat", W.URGENT[lang], out=True)
    c.update(
        problem=prob,
        booking=ref,
        problem_event_ids=ids,
        contacts=n,
        competitor=rival if n > 2 else None,
        agent_passed_on=escalate,
        trouble_starts_at=iso(f.start),
    )


def fixed_run(f: Fam, c: dict[str, Any], t: float, prob: str) -> dict[str, Any]:
    eid, ref = complain(f, c, t, "web", prob)
    tf = later(f, t + f.rng.uniform(3, 20) * H)
    f.add(c, tf, "email", "message", W.GOOD_NEWS[c["language"]].format(r=ref), out=True, subj=ref)
    tc = later(f, tf + f.rng.uniform(8, 30) * H)
    ce = f.add(c, tc, "email", "message", W.CONFIRM[c["language"]].format(r=ref), subj=ref)
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": iso(t),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
    }


def repeat_contacts() -> Fam:
    f = Fam("repeat_contacts", "RC", 3, day0(2026, 3, 9, 0), 10)
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        c["expected_rules"], c["tolerated_rules"] = ["repeat_contact"], TOL_REPEAT
        f.happy(c, f.day_t(0, 7, 12))
        chans = f.rng.sample(["email", "chat", "phone", "web", "social"], 4)
        if chans[0] == "social":
            chans[0], chans[1] = chans[1], chans[0]
        t = f.day_t(1 + i % 4, 8, 18)
        repeat_run(f, c, t, 2 + i % 3, chans, W.PROBLEMS[i % 6], RIVALS[i % 2], i < 6)
        c["trouble_starts_at"] = iso(t)
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        c["tolerated_rules"] = ["silence"]
        c["problems"] = [fixed_run(f, c, f.day_t(1 + i, 8, 17), W.PROBLEMS[i])]
    for i in range(3):
        c = f.person("different_problems", "two problems")
        c["tolerated_rules"] = ["silence"]
        c["problems"] = [
            fixed_run(f, c, f.day_t(0.5, 8, 12), W.PROBLEMS[i]),
            fixed_run(f, c, f.day_t(5, 8, 12), W.PROBLEMS[i + 3]),
        ]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy(c, f.day_t(d))
    return f


def slow_churners() -> Fam:
    f = Fam("slow_churners", "SC", 4, day0(2026, 4, 6, 0), 32)
    for i in range(10):
        c = f.person("slow_churner", "slides")
        c["expected_rules"] = ["sentiment_drop"] + (["detractor"] if i < 5 else [])
        c["tolerated_rules"] = [
            "repeat_contact",
            "churn_intent",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ]
        lang = c["language"]
        for d in f.rng.sample(range(11), 5):
            f.add(c, f.day_t(d), "social", "post", f.rng.choice(W.PRAISE[lang]))
        for d in f.rng.sample(range(11), 3):
            f.happy(c, f.day_t(d))
        t = f.day_t(12 + i % 5, 9, 12)
        span = [3, 5, 9][i % 3]
        ids = []
        for k, step in enumerate(W.SLIDE[lang]):
            tt = later(f, t + k * span / 6 * 86400 + f.rng.uniform(0, 3) * H)
            ids.append(
                f.add(
                    c,
                    tt,
                    ["social", "community", "web"][k % 3],
                    "review" if k % 3 == 2 else "post",
                    step.format(x=RIVALS[i % 2]),
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/opiniones"}
                    if k % 3 == 2
                    else None,
                )
            )
            if k == 3 and i < 5:
                c["survey_event_id"] = f.add(
                    c,
                    later(f, tt + 3 * H),
                    "survey",
                    "survey_response",
                    scores={"nps": f.rng.randint(1, 5)},
                )
        c.update(slide_event_ids=ids, competitor=RIVALS[i % 2], trouble_starts_at=iso(t))
    for i in range(5):
        c = f.person("slow_churner", "asks to cancel")
        c["expected_rules"], c["tolerated_rules"] = (
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        for d in f.rng.sample(range(15), 5):
            f.happy(c, f.day_t(d))
        t = f.day_t(17 + i, 9, 16)
        c["churn_intent_event_id"] = f.add(
            c, t, "email", "message", W.CANCEL[c["language"]], subj="Club"
        )
        f.add(
            c, t + f.rng.uniform(1, 5) * H, "email", "message", W.SORRY_GO[c["language"]], out=True
        )
        tc = later(f, t + f.rng.uniform(20, 30) * H)
        c["cancellation_event_id"] = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/cuenta/cancelar", "product": "Puntadelo Club"},
        )
        c.update(churn_at=iso(tc), trouble_starts_at=iso(t))
    for _ in range(6):
        c = f.person("happy", "steady")
        for d in f.rng.sample(range(32), f.rng.randint(6, 10)):
            f.happy(c, f.day_t(d))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        c["tolerated_rules"] = ["repeat_contact", "silence"]
        g = f.rng.uniform(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ids.append(
                f.add(
                    c,
                    f.day_t(g),
                    f.rng.choice(["social", "community"]),
                    "post",
                    f.rng.choice(W.GRUMBLE[c["language"]]),
                )
            )
            g += f.rng.uniform(1, 3)
        c["grumble_event_ids"] = ids
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        c["tolerated_rules"] = ["silence"]
        for d in f.rng.sample(range(16), 4):
            f.happy(c, f.day_t(d))
        c["sarcasm_event_id"] = f.add(
            c, f.day_t(f.rng.randint(17, 28)), "social", "post", W.SARCASM[c["language"]]
        )
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, day0(2026, 5, 15, 4), 3)
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy(c, f.day_t(d, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once")
        c["tolerated_rules"] = ["silence"]
        t = f.day_t(i % 3, 9, 16)
        f.add(c, t, "web", "page_view", attrs={"page": "/talleres"})
        c["grumble_event_id"] = f.add(c, t + 1500, "chat", "chat", W.MILD[c["language"]])
        f.add(c, t + 1800, "chat", "chat", W.ANSWER[c["language"]], out=True)
    for night in range(3):
        base = f.start + (night + 1) * 86400 + f.rng.uniform(0.67, 1.08) * H
        for b, off in enumerate([0, 30, 60]):
            for _ in range(4):
                c = f.person("happy", f"night {night + 1}, burst {b + 1}")
                t = base + off * 60 + f.rng.uniform(0, 600)
                c["night_event_id"] = f.add(
                    c, t, "social", "post", f.rng.choice(W.NIGHT[c["language"]])
                )
                c["burst_at"] = iso(base + off * 60)
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, day0(2026, 6, 8, 0), 14)
    pairs = [
        ("es", "fr"),
        ("fr", "es"),
        ("es", "en"),
        ("fr", "de"),
        ("de", "es"),
        ("it", "fr"),
        ("pt", "es"),
        ("en", "fr"),
    ]

    def mk(persona: str, habit: str, i: int) -> tuple[dict[str, Any], tuple[str, str]]:
        p = pairs[i % len(pairs)]
        c = f.person(persona, habit, p[0])
        c["languages"] = list(p)
        return c, p

    def as_lang(c: dict[str, Any], lang: str) -> dict[str, Any]:
        c["language"] = lang
        return c

    for i in range(12):
        c, p = mk("happy", "alternates languages", i)
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            f.happy(as_lang(c, p[k % 2]), f.day_t(d))
        c["language"] = p[0]
    for i in range(5):
        c, p = mk("repeat_contact", "repeats", i + 3)
        c["expected_rules"], c["tolerated_rules"] = ["repeat_contact"], TOL_REPEAT
        f.happy(c, f.day_t(0))
        repeat_run(
            f,
            c,
            f.day_t(2 + i % 3, 8, 17),
            2 + i % 3,
            ["web", "email", "chat", "phone"],
            W.PROBLEMS[i],
            RIVALS[i % 2],
            i % 3 > 0,
        )
    for i in range(5):
        c, p = mk("slow_churner", "slides", i + 1)
        c["expected_rules"], c["tolerated_rules"] = (
            ["sentiment_drop"],
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for d in range(5):
            f.add(
                as_lang(c, p[d % 2]), f.day_t(d), "social", "post", f.rng.choice(W.PRAISE[p[d % 2]])
            )
        ids = []
        for k in range(6):
            lg = p[k % 2]
            ids.append(
                f.add(
                    as_lang(c, lg),
                    later(f, f.day_t(7 + k * 0.7, 9, 17)),
                    "community",
                    "post",
                    W.SLIDE[lg][k].format(x=RIVALS[i % 2]),
                )
            )
        c.update(language=p[0], slide_event_ids=ids, competitor=RIVALS[i % 2])
    for i in range(3):
        c, p = mk("happy_one_bad_day", "one bad day", i + 2)
        c["tolerated_rules"] = ["silence"]
        f.happy(c, f.day_t(1))
        t = f.day_t(6 + i, 9, 17)
        as_lang(c, p[1])
        eid, _ = complain(f, c, t, ["email", "email", "chat"][i], W.PROBLEMS[i], i == 0)
        c.update(language=p[0], bad_day_event_id=eid, bad_day_language=p[1])
        f.happy(c, f.day_t(11))
    for i in range(2):
        c, p = mk("resolved_between_contacts", "fixed", i + 5)
        c["tolerated_rules"] = ["silence"]
        c["problems"] = [fixed_run(f, c, f.day_t(4 + i, 9, 15), W.PROBLEMS[i + 3])]
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, day0(2026, 7, 6, 0), 14)
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = [
        "es",
        "fr",
        "es",
        "fr",
        "de",
        "es",
        "fr",
        "it",
        "pt",
        "en",
        "es",
        "fr",
        "de",
        "es",
        "fr",
    ]
    for a, kind in enumerate(kinds):
        lang = langs[a]
        acc = f"PTP-{W.MARKET[lang]}-{3100 + a}"
        prob = W.B2B_PROBLEMS[a % 4]
        n = 4 + a % 3 if kind == "at_risk" else 3
        cs = []
        for _j in range(n):
            c = f.person("b2b_happy", "contact", lang, acc)
            c.update(company=f"Atelier {a + 1}", role="contact", job_title="Workshop manager")
            cs.append(c)
            f.add(
                c,
                f.day_t(f.rng.choice([0, 1]), 8, 16),
                "web",
                "page_view",
                attrs={"page": "/portal"},
            )
        unhappy: list[str] = []
        if kind == "at_risk":
            k = 3 + a % 2
            t = f.start + 2 * 86400 + f.rng.uniform(8, 10) * H
            ref = f.ref()
            for j in range(k):
                c = cs[j]
                c.update(
                    persona="b2b_unhappy",
                    role="complainer",
                    habit="complainer",
                    expected_rules=["detractor"],
                    tolerated_rules=[
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                )
                e = f.add(c, t, "email", "message", f"{ref}: " + W.B2B[lang][prob], subj=ref)
                c["complaint_event_ids"] = [e]
                if j == 0:
                    f.add(
                        c,
                        t + 1800,
                        "email",
                        "message",
                        W.CASE_OPENED[lang].format(n=c["name"].split()[0], r=ref),
                        out=True,
                    )
                if j < k - 1:
                    f.add(
                        c,
                        t + f.rng.uniform(1, 3) * H,
                        "survey",
                        "survey_response",
                        scores={"nps": f.rng.randint(1, 5)},
                    )
                else:
                    c["expected_rules"] = ["repeat_contact"]
                    t2 = t + 86400 + f.rng.uniform(0, 2) * H
                    c["complaint_event_ids"].append(
                        f.add(c, t2, "phone", "call", W.STILL_OPEN[lang].format(r=ref))
                    )
                unhappy.append(c["identifiers"]["customer_id"])
                t = later(f, t + f.rng.uniform(1, 5) * H)
            rules = ["account_risk"]
        elif kind == "one_unhappy":
            c = cs[0]
            c.update(
                persona="b2b_one_unhappy",
                role="complainer",
                habit="complainer",
                expected_rules=["detractor"],
                tolerated_rules=["sentiment_drop", "high_value_at_risk", "silence"],
            )
            t = f.day_t(3 + a % 4, 9, 15)
            c["complaint_event_ids"] = [f.add(c, t, "email", "message", W.B2B[lang][prob])]
            f.add(c, t + 2 * H, "survey", "survey_response", scores={"nps": f.rng.randint(1, 5)})
            unhappy.append(c["identifiers"]["customer_id"])
            rules = []
        elif kind == "mild":
            for c in cs[:2]:
                c.update(
                    persona="b2b_mild",
                    role="suggests",
                    habit="suggests",
                    tolerated_rules=["silence"],
                )
                c["mild_event_id"] = f.add(
                    c,
                    f.day_t(4, 9, 15),
                    "web",
                    "ticket",
                    W.B2B_SUGGEST[lang],
                    attrs={"page": "/portal/ideas"},
                )
            rules = []
        else:
            for c in cs:
                f.add(c, f.day_t(5, 9, 15), "survey", "survey_response", scores={"nps": 10})
            rules = []
        f.accounts[acc] = {
            "company": f"Atelier {a + 1}",
            "contacts": n,
            "contact_keys": [c["identifiers"]["customer_id"] for c in cs],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": rules,
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "language": lang,
            "country": W.MARKET[lang],
        }
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, day0(2026, 9, 14, 0), 7)
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(5), f.rng.randint(1, 4)):
            f.happy(c, f.day_t(d))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once")
        c["tolerated_rules"] = ["silence"]
        c["grumble_event_id"] = f.add(c, f.day_t(0, 9, 16), "chat", "chat", W.MILD[c["language"]])
    for lang, h in (("es", 9.6), ("fr", 16.1)):
        c = f.person("grumbles_once", "lone question", lang)
        c["tolerated_rules"] = ["silence"]
        t = f.start + 4 * 86400 + h * H
        c["lone_report_event_id"] = f.add(c, t, "chat", "chat", W.LONE[lang])
        f.add(c, t + 240, "chat", "chat", W.LONE_ANSWER[lang], out=True)
    s0 = f.start + 5 * 86400 + 9.0 * H + 5 * 60
    langs = ["es"] * 6 + ["fr"] * 6 + ["de", "de", "en", "en", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    keys, eids, reps = [], [], []
    for i in range(20):
        regular = i < 12
        c = f.person("spike_reporter", "regular" if regular else "new", langs[i])
        c["tolerated_rules"] = ["silence"]
        if regular:
            f.happy(c, f.day_t(2, 8, 17.5))
        t = s0 + i * 45 * 60 / 19
        ch = chans[i]
        txt = f.rng.choice(W.SPIKE[langs[i]]).format(e=CODE)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(c, t, ch, kind, ("@" + BRAND + " " + txt) if ch == "social" else txt)
        if ch == "chat":
            f.add(c, t + 120, "chat", "chat", W.SPIKE_CHAT[langs[i]], out=True)
        c.update(
            in_spike=True,
            regular=regular,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        keys.append(c["identifiers"]["customer_id"])
        eids.append(e)
        if i < 6:
            c.update(
                persona="spike_repeater",
                expected_rules=["repeat_contact"],
                tolerated_rules=["silence", "sentiment_drop"],
            )
            ch2 = "email" if ch != "email" else "chat"
            r = f.add(
                c,
                t + f.rng.uniform(15, 50) * 60,
                ch2,
                "message" if ch2 == "email" else "chat",
                W.SPIKE_AGAIN[langs[i]].format(e=CODE),
            )
            c["repeat_event_id"] = r
            reps.append(r)
        elif i < 12:
            c["agent_fixed"] = True
            f.add(c, s0 + 2.2 * H + i * 60, "email", "message", W.SPIKE_FIXED[langs[i]], out=True)
    f.spike = {
        "topic": f"sewing-machine service app cannot create shipping labels or book pick-ups, error {CODE}",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + 45 * 60),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
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
        build().write()


if __name__ == "__main__":
    main()
