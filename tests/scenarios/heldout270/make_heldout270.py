"""Writes heldout270 (Fungara): eight families, standard library only, seeded."""

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
import wording as w  # noqa: E402

SEED = 20261017
COMPS = ("Micelia", "Tartufina")
CODE = "MZ:4071"
WEIGHTS = {"pt": 30, "it": 30, "de": 10, "en": 10, "es": 10, "fr": 10}
SRC = {
    "email": "fungara-mail",
    "phone": "fungara-voice",
    "social": "fungara-social",
    "community": "fungara-forum",
    "chat": "fungara-chat",
    "web": "fungara-web",
    "survey": "fungara-survey",
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
T_HAPPY: list[str] = []
T_SLIP = ["silence"]
T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_B2B_RISK = [*T_REPEAT, "account_risk"]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    ids: dict[str, str | None]
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
    rows: list[tuple[datetime, int, dict[str, Any], str, str]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0
    cases: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def lang(self) -> str:
        return self.rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]

    def person(
        self,
        persona: str,
        habit: str,
        exp: list[str],
        tol: list[str],
        lang: str | None = None,
        account: str | None = None,
        **extra: Any,
    ) -> Cust:
        lg = lang or self.lang()
        num = 1000 + len(self.custs) * 37 + self.n * 3
        key = f"FG{self.code}{num}"
        first = self.rng.choice(w.FIRST[lg])
        last = self.rng.choice(w.LAST[lg])
        slug = (
            unicodedata.normalize("NFKD", f"{first}.{last}")
            .encode("ascii", "ignore")
            .decode()
            .lower()
        )
        market = w.MARKET[lg]
        cc = {"PT": "+3519", "IT": "+393", "DE": "+4917", "UK": "+447", "ES": "+346", "FR": "+336"}[
            market
        ]
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": f"{slug}{self.code.lower()}{num}@{'fungara-pro' if account else 'mail'}.example",
            "phone": f"{cc}{self.n}{num:04d}{len(self.custs) % 10}",
            "handle": None
            if account
            else f"@{slug.replace('.', '_')}_{self.code.lower()}{num % 97}",
            "account_id": account,
        }
        truth = {
            "identifiers": ids,
            "expected_rules": exp,
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        } | extra
        c = Cust(key, lg, ids, truth)
        self.custs[key] = c
        return c

    def case(self) -> str:
        self.cases += 1
        return f"FG-{self.n}{self.cases:04d}"

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        kind: str | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"fg270-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if channel == "phone" and text is not None:
            text = "".join(ch for ch in text if ch not in ".,?!:;").lower()
        a = {"market": c.truth["country"]} | (attrs or {})
        if out:
            a["agent"] = self.rng.choice(w.AGENTS)
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        row = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind or KIND[channel],
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": scores or {"nps": None, "csat": None, "ces": None},
            "source": SRC[channel],
            "attributes": a,
        }
        self.rows.append((t, self.seq, row, c.key, channel))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = "".join(
                ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
            )
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            cands = [i for i, x in enumerate(words) if len(x) > 4 and x.isalpha() and x.islower()]
            if cands:
                i = r.choice(cands)
                x = words[i]
                words[i] = x[0] + x[2] + x[1] + x[3:]
                text = " ".join(words)
        return text

    def say(self, key: str, lg: str, **kw: str) -> str:
        return self.rng.choice(w.W[key][lg]).format(**kw)

    def write(self) -> None:
        self.rows.sort(key=lambda r: (r[0], r[1]))
        seen: set[str] = set()
        lines = []
        for _t, _s, row, key, ch in self.rows:
            ids = self.custs[key].ids
            if row["direction"] == "outbound" or key not in seen:
                cust = {k: v for k, v in ids.items()}
            else:
                pick = {
                    "phone": "phone",
                    "social": "handle",
                    "community": "handle" if ids["handle"] else "email",
                    "email": "email",
                }.get(ch, "customer_id")
                if not ids[pick]:
                    pick = "email"
                cust = {k: (v if k in (pick, "account_id") else None) for k, v in ids.items()}
            if row["direction"] == "inbound":
                seen.add(key)
            row["customer"] = cust
            lines.append(json.dumps(row, ensure_ascii=False))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        expected: dict[str, int] = {}
        for c in self.custs.values():
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        last = self.rows[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Fungara",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "blind",
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
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def at(f: Fam, day: float, h0: float = 8, h1: float = 20) -> datetime:
    return f.start + timedelta(days=int(day), hours=f.rng.uniform(h0, h1))


def m(t: datetime, lo: float, hi: float, f: Fam) -> datetime:
    return t + timedelta(minutes=f.rng.uniform(lo, hi))


def happy_act(f: Fam, c: Cust, t: datetime) -> None:
    lg = c.lang
    k = f.rng.randrange(6)
    if k == 0:
        f.add(c, t, f.rng.choice(("community", "social")), f.say("praise", lg))
    elif k == 1:
        f.add(c, t, "chat", f.say("question", lg))
        t2 = m(t, 1, 5, f)
        f.add(c, t2, "chat", f.say("answer", lg), out=True)
        f.add(c, m(t2, 1, 4, f), "chat", f.say("thanks", lg))
    elif k == 2:
        f.add(c, t, "web", kind="page_view", attrs={"page": "/cesto"})
        f.add(
            c,
            m(t, 2, 9, f),
            "web",
            kind="purchase",
            attrs={
                "page": "/checkout",
                "product": "Grow kit oyster / Kit pleurotos",
                "order_value": "24.90",
                "currency": "EUR",
            },
        )
    elif k == 3:
        f.add(
            c,
            t,
            "web",
            kind="review",
            text=f.say("praise", lg),
            attrs={"rating": "5", "page": "/reviews"},
        )
    elif k == 4:
        f.add(
            c,
            t,
            "survey",
            scores={"nps": f.rng.choice((9, 10)), "csat": 5, "ces": 7},
            attrs={"survey": "nps"},
        )
    else:
        f.add(c, t, "web", kind="page_view", attrs={"page": "/recipes"})


def happy(f: Fam, c: Cust, n: int, days: range, h0: float = 7, h1: float = 19) -> None:
    for d in f.rng.sample(list(days), min(n, len(days))):
        happy_act(f, c, at(f, d, h0, h1))


def complain(
    f: Fam, c: Cust, t: datetime, channel: str, p: str, lg: str | None = None, long: bool = False
) -> tuple[str, str | None]:
    lg = lg or c.lang
    ptxt = w.PROB[lg][p]
    if channel == "phone":
        eid = f.add(c, t, "phone", f.say("call", lg, p=ptxt))
    elif long:
        eid = f.add(c, t, "email", f.say("long", lg, p=ptxt), subject="Fungara")
    else:
        eid = f.add(
            c, t, channel, f.say("complaint", lg, p=ptxt[0].upper() + ptxt[1:] if False else ptxt)
        )
    if channel == "social":
        return eid, None
    case = f.case()
    f.add(
        c,
        m(t, 10 if channel != "chat" else 1, 40 if channel != "chat" else 5, f),
        "chat" if channel == "chat" else "email",
        f.say("opened", lg, case=case),
        out=True,
        subject=None if channel == "chat" else case,
    )
    return eid, case


def fam_happy() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 2, 2, tzinfo=UTC),
        10,
        "happy day and night writers, survey-only customers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        happy(f, c, f.rng.randint(5, 8), range(10))
    for _ in range(5):
        c = f.person("happy", "night writer", [], [])
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 300))
            f.add(c, t, "community", f.say("night", c.lang))
        happy(f, c, f.rng.randint(2, 3), range(10), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys", [], [])
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.add(
                c,
                at(f, d, 9, 19),
                "survey",
                scores={"nps": f.rng.choice((9, 10)), "csat": f.rng.choice((4, 5)), "ces": 7},
                attrs={"survey": "nps"},
            )
    return f


def fam_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 3, 9, tzinfo=UTC),
        12,
        "happy customers with one bad day",
    )
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    det = set(f.rng.sample([i for i, ch in enumerate(chans) if ch != "social"], 6))
    rest = [i for i in range(24) if chans[i] != "social" and i not in det]
    low = set(rest[:5])
    good = set(i for i in range(24) if chans[i] in ("long", "email", "web", "phone"))
    good = set(sorted(good)[:12])
    apol = set(sorted(i for i in good if i not in det)[:5])
    for i, ch in enumerate(chans):
        p = w.PROBLEMS[i % 3]
        exp = ["detractor"] if i in det else []
        c = f.person(
            "bad_day_detractor" if i in det else "happy_one_bad_day",
            "one bad day",
            exp,
            T_SLIP,
            problem=p,
            channel=ch,
            long_email=ch == "long",
        )
        bd = f.rng.randint(2, 9)
        happy(f, c, f.rng.randint(1, 4), range(max(0, bd - 2)) if bd > 3 else range(bd + 3, 12))
        t = at(f, bd, 8, 18)
        eid, case = complain(f, c, t, "email" if ch == "long" else ch, p, long=ch == "long")
        c.truth |= {
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "booking": case,
            "trouble_starts_at": iso(t),
        }
        if i in det:
            s = f.add(
                c,
                m(t, 100, 140, f),
                "survey",
                scores={"nps": f.rng.randint(1, 5), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
            c.truth |= {"nps_given": True, "survey_event_id": s}
        elif i in low:
            s = f.add(
                c,
                m(t, 100, 140, f),
                "survey",
                scores={"nps": None, "csat": f.rng.randint(1, 2), "ces": None},
                attrs={"survey": "csat"},
            )
            c.truth |= {"csat_given": True, "survey_event_id": s}
        if i in good and case:
            t2 = m(t, 600, 1200, f)
            f.add(c, t2, "email", f.say("goodnews", c.lang, case=case), out=True, subject=case)
            c.truth["agent_fixed"] = True
            if i in apol:
                a = f.add(c, m(t2, 60, 300, f), "chat", f.say("apology", c.lang))
                c.truth |= {"apologised": True, "apology_event_id": a}
    for _ in range(8):
        c = f.person("happy", "control", [], [])
        happy(f, c, f.rng.randint(3, 6), range(12))
    return f


def daytime(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour < 7 else t + timedelta(days=1)
        return base.replace(hour=8, minute=t.minute)
    return t


def repeat_run(f: Fam, c: Cust, day: int, times: int, p: str, lgs: list[str]) -> None:
    chans = f.rng.sample(["email", "chat", "phone", "web", "social"], times)
    t = at(f, day, 8, 18)
    first, case = complain(f, c, t, "web" if chans[0] == "social" else chans[0], p, lg=lgs[0])
    case = case or f.case()
    ev = [first]
    comp = None
    for k in range(1, times):
        t = daytime(t + timedelta(hours=f.rng.uniform(4, 40)))
        lg = lgs[k % len(lgs)]
        if k == 2:
            comp = f.rng.choice(COMPS)
            text = f.say("third", lg, case=case, comp=comp)
        elif k == 3:
            text = f.say("fourth", lg, case=case)
        else:
            text = f.say("repeat", lg, case=case, p=w.PROB[lg][p])
        ev.append(f.add(c, t, chans[k], text))
    c.truth |= {
        "booking": case,
        "problem": p,
        "contacts": times,
        "channels": chans,
        "problem_event_ids": ev,
        "trouble_starts_at": c.truth.get("trouble_starts_at") or iso(at(f, day, 0, 0)),
        "competitor": comp,
    }
    c.truth["trouble_starts_at"] = f.rows[[r[2]["event_id"] for r in f.rows].index(first)][2][
        "occurred_at"
    ]


def fixed_run(f: Fam, c: Cust, day: int, p: str, lgs: list[str]) -> None:
    t = at(f, day, 8, 16)
    eid, case = complain(f, c, t, "web", p, lg=lgs[0])
    assert case
    t2 = m(t, 300, 900, f)
    f.add(c, t2, "email", f.say("goodnews", lgs[-1], case=case), out=True, subject=case)
    conf = f.add(
        c, daytime(m(t2, 60, 600, f)), "email", f.say("fixed", lgs[-1], case=case), subject=case
    )
    c.truth |= {
        "problems": [
            {
                "problem": p,
                "booking": case,
                "raised_at": iso(t),
                "fixed_at": iso(t2),
                "problem_event_ids": [eid],
                "confirm_event_id": conf,
                "channel": "web",
                "confirm_channel": "email",
            }
        ],
        "trouble_starts_at": iso(t),
    }


def fam_repeat() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 4, 13, tzinfo=UTC),
        10,
        "repeat contacts about one open problem",
    )
    for i in range(12):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], T_REPEAT, escalated=i < 6)
        happy(f, c, f.rng.randint(1, 3), range(1), 7, 12)
        repeat_run(f, c, f.rng.randint(1, 4), (2, 3, 4)[i % 3], w.PROBLEMS[i % 3], [c.lang])
        if i < 6:
            f.add(
                c,
                m(f.rows[-1][0], 30, 120, f),
                "email",
                f.say("opened", c.lang, case=c.truth["booking"]),
                out=True,
                subject=c.truth["booking"],
            )
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], T_SLIP)
        fixed_run(f, c, f.rng.randint(1, 5), w.PROBLEMS[i % 3], [c.lang])
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], T_SLIP)
        fixed_run(f, c, 1, "slimy", [c.lang])
        complain(f, c, at(f, 6, 9, 16), "chat", "missing_kit")
    for _ in range(7):
        c = f.person("happy", "frequent writer", [], [])
        happy(f, c, 8, range(10))
    return f


def fam_slow() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 5, 4, tzinfo=UTC),
        32,
        "sliders, leavers, steady, grumpy, sarcastic",
    )
    for i in range(10):
        exp = ["sentiment_drop", "detractor"] if i < 5 else ["sentiment_drop"]
        c = f.person("slow_churner", "slides", exp, [r for r in T_SLIDE if r not in exp])
        for d in f.rng.sample(range(11), 5):
            f.add(c, at(f, d, 8, 20), "community", f.say("praise", c.lang))
        happy(f, c, 3, range(11))
        d0 = f.rng.randint(12, 16)
        comp = f.rng.choice(COMPS)
        ev = []
        for k, line in enumerate(w.W["slide"][c.lang]):
            ev.append(
                f.add(
                    c,
                    at(f, d0 + k * 2, 9, 20),
                    ("email", "community", "chat", "web", "social", "community")[k],
                    line.format(comp=comp),
                )
            )
        c.truth |= {
            "slide_event_ids": ev,
            "competitor": comp,
            "trouble_starts_at": f.rows[-6][2]["occurred_at"],
        }
        if i < 5:
            s = f.add(
                c,
                m(f.rows[-1][0], 60, 180, f),
                "survey",
                scores={"nps": f.rng.randint(1, 5), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
            c.truth |= {"nps_given": True, "survey_event_id": s}
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", ["churn_intent"], T_LEAVE)
        happy(f, c, 4, range(15))
        t = at(f, f.rng.randint(18, 26), 9, 18)
        e = f.add(c, t, "email", f.say("cancel", c.lang), subject="Cesto")
        f.add(c, m(t, 30, 180, f), "email", f.say("bye", c.lang), out=True)
        x = f.add(
            c,
            m(t, 240, 600, f),
            "web",
            kind="cancellation",
            attrs={"page": "/account/close", "product": "Fungara Cesto"},
        )
        c.truth |= {
            "churn_intent_event_id": e,
            "cancellation_event_id": x,
            "trouble_starts_at": iso(t),
        }
    for _ in range(6):
        c = f.person("happy", "steady", [], [])
        happy(f, c, 8, range(32))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        ev = [
            f.add(
                c,
                at(f, d, 9, 20),
                f.rng.choice(("community", "chat", "web")),
                f.say("grumpy", c.lang),
            )
            for d in sorted(f.rng.sample(range(32), 5))
        ]
        c.truth |= {"grumble_event_ids": ev}
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], T_SLIP)
        happy(f, c, 5, range(32))
        c.truth["sarcasm_event_id"] = f.add(
            c, at(f, f.rng.randint(5, 28), 9, 20), "social", f.say("sarcasm", c.lang)
        )
    return f


def fam_quiet() -> Fam:
    f = Fam(
        "quiet_hours", "QH", 5, datetime(2026, 6, 12, tzinfo=UTC), 3, "calm weekend and night owls"
    )
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        happy(f, c, f.rng.randint(1, 3), range(3), 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", [], T_SLIP)
        t = at(f, f.rng.randint(0, 2), 9, 17)
        f.add(c, t, "web", kind="page_view", attrs={"page": "/account"})
        g = f.add(c, m(t, 20, 30, f), "chat", f.say("grumble", c.lang))
        f.add(c, m(t, 32, 36, f), "chat", f.say("ack", c.lang), out=True)
        c.truth["grumble_event_id"] = g
    owls = [f.person("night_owl", "night", [], []) for _ in range(36)]
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, gap in enumerate((0, f.rng.randint(28, 33), f.rng.randint(55, 65))):
            for j in range(4):
                c = owls[night * 12 + b * 4 + j]
                c.truth["habit"] = f"night {night + 1}, burst {b + 1}"
                t = b0 + timedelta(minutes=gap + f.rng.uniform(0, 10))
                c.truth |= {
                    "burst_at": iso(b0 + timedelta(minutes=gap)),
                    "night_event_id": f.add(c, t, "community", f.say("night", c.lang)),
                }
    return f


PAIRS = [
    ("pt", "it"),
    ("it", "pt"),
    ("pt", "es"),
    ("it", "fr"),
    ("pt", "en"),
    ("it", "de"),
    ("pt", "fr"),
    ("it", "en"),
    ("de", "it"),
    ("es", "pt"),
    ("fr", "it"),
    ("en", "pt"),
]


def fam_bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 7, 6, tzinfo=UTC),
        14,
        "customers who alternate two languages",
    )
    for i in range(27):
        a, b = PAIRS[i % len(PAIRS)]
        if i < 12:
            c = f.person("happy", "alternates languages", [], [], lang=a, languages=[a, b])
            for k, d in enumerate(f.rng.sample(range(14), f.rng.randint(5, 8))):
                c.lang = (a, b)[k % 2]
                happy_act(f, c, at(f, d, 8, 19))
        elif i < 17:
            c = f.person(
                "repeat_contact", "repeats", ["repeat_contact"], T_REPEAT, lang=a, languages=[a, b]
            )
            happy(f, c, 2, range(2))
            repeat_run(
                f, c, f.rng.randint(2, 5), (2, 3, 4, 2, 3)[i - 12], w.PROBLEMS[i % 3], [a, b]
            )
        elif i < 22:
            c = f.person(
                "slow_churner", "slides", ["sentiment_drop"], T_SLIDE, lang=a, languages=[a, b]
            )
            for k, d in enumerate(range(6)):
                f.add(c, at(f, d, 8, 20), "community", f.say("praise", (a, b)[k % 2]))
            comp = f.rng.choice(COMPS)
            ev = [
                f.add(
                    c,
                    at(f, 7 + k, 9, 20),
                    ("email", "community", "chat", "web", "social", "community")[k],
                    w.W["slide"][(a, b)[k % 2]][k].format(comp=comp),
                )
                for k in range(6)
            ]
            c.truth |= {
                "slide_event_ids": ev,
                "competitor": comp,
                "trouble_starts_at": f.rows[-6][2]["occurred_at"],
            }
        elif i < 25:
            c = f.person("happy_one_bad_day", "one bad day", [], T_SLIP, lang=a, languages=[a, b])
            happy(f, c, 3, range(4))
            t = at(f, 8, 9, 18)
            e, case = complain(
                f, c, t, ("email", "chat", "email")[i - 22], "slimy", lg=b, long=i == 22
            )
            c.truth |= {
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "bad_day_language": b,
                "booking": case,
            }
        else:
            c = f.person("resolved_between_contacts", "fixed", [], T_SLIP, lang=a, languages=[a, b])
            fixed_run(f, c, f.rng.randint(3, 9), "double_charge", [a, b])
        c.lang = a
    return f


def fam_b2b() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "restaurant accounts of Fungara Cozinha",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    for n, kind in enumerate(kinds):
        lg = f.lang()
        acc = f"FGC-{w.MARKET[lg]}-{4100 + n * 7}"
        size = {"at_risk": 5, "one_unhappy": 3, "mild": 3, "happy": 3}[kind]
        nun = {"at_risk": 3 + n % 2, "one_unhappy": 1, "mild": 0, "happy": 0}[kind]
        p = ("invoice", "short")[n % 2]
        cs: list[Cust] = []
        for j in range(size):
            if kind == "at_risk" and j < nun:
                last = j == nun - 1
                exp = ["repeat_contact"] if last else ["detractor"]
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    exp,
                    [r for r in T_B2B_RISK if r not in exp],
                    lang=lg,
                    account=acc,
                    role="complainer",
                    company=f"Trattoria {n}",
                )
            elif kind == "one_unhappy" and j == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    T_B2B_ONE,
                    lang=lg,
                    account=acc,
                    role="complainer",
                )
            elif kind == "mild" and j < 2:
                c = f.person(
                    "b2b_mild", "suggests", [], T_SLIP, lang=lg, account=acc, role="suggests"
                )
            else:
                c = f.person("b2b_happy", "contact", [], [], lang=lg, account=acc, role="contact")
            cs.append(c)
        t = f.start + timedelta(days=2, hours=9 + f.rng.random() * 2)
        case = f.case()
        for j, c in enumerate(cs):
            if c.truth["persona"] == "b2b_unhappy":
                ptxt = w.B2B_PROB[lg][p]
                text = (
                    f.say("b2b", lg, p=ptxt)
                    if j == 0
                    else f.say(
                        "b2b_later", lg, first=cs[0].truth["name"].split()[0], case=case, p=ptxt
                    )
                )
                e = f.add(c, t, "email", text, subject=case if j else "Fatura / Invoice")
                if j == 0:
                    f.add(
                        c,
                        m(t, 20, 60, f),
                        "email",
                        f.say("opened", lg, case=case),
                        out=True,
                        subject=case,
                    )
                c.truth |= {
                    "complaint_event_ids": [e],
                    "trouble_starts_at": iso(t),
                    "booking": case,
                    "problem": p,
                }
                if j < nun - 1:
                    s = f.add(
                        c,
                        m(t, 60, 180, f),
                        "survey",
                        scores={"nps": f.rng.randint(1, 5), "csat": None, "ces": None},
                        attrs={"survey": "nps"},
                    )
                    c.truth |= {"nps_given": True, "survey_event_id": s}
                else:
                    t3 = daytime(t + timedelta(hours=f.rng.uniform(18, 40)))
                    if t3.weekday() >= 5:
                        t3 += timedelta(days=7 - t3.weekday())
                    comp = f.rng.choice(COMPS)
                    c.truth["complaint_event_ids"].append(
                        f.add(
                            c,
                            t3,
                            "email",
                            f.say("b2b_last", lg, case=case, comp=comp),
                            subject=case,
                        )
                    )
                    c.truth["competitor"] = comp
                t = daytime(t + timedelta(hours=f.rng.uniform(8, 28)))
                if t.weekday() >= 5:
                    t += timedelta(days=7 - t.weekday())
            elif c.truth["persona"] == "b2b_one_unhappy":
                t1 = at(f, f.rng.randint(3, 4), 9, 16)
                e = f.add(c, t1, "email", f.say("b2b", lg, p=w.B2B_PROB[lg][p]))
                case1 = f.case()
                f.add(
                    c,
                    m(t1, 20, 60, f),
                    "email",
                    f.say("opened", lg, case=case1),
                    out=True,
                    subject=case1,
                )
                s = f.add(
                    c,
                    m(t1, 60, 180, f),
                    "survey",
                    scores={"nps": f.rng.randint(1, 5), "csat": None, "ces": None},
                    attrs={"survey": "nps"},
                )
                c.truth |= {
                    "complaint_event_ids": [e],
                    "nps_given": True,
                    "survey_event_id": s,
                    "trouble_starts_at": iso(t1),
                }
            elif c.truth["persona"] == "b2b_mild":
                t1 = at(f, f.rng.choice((1, 3, 8)), 9, 16)
                e = f.add(c, t1, "web", f.say("b2b_mild", lg), attrs={"page": "/pro/feedback"})
                f.add(c, m(t1, 30, 120, f), "email", f.say("ack", lg), out=True)
                c.truth |= {"mild_event_id": e, "trouble_starts_at": iso(t1)}
            else:
                for d in f.rng.sample([0, 1, 3, 4, 7, 8, 9, 10, 11], 3):
                    happy_act(f, c, at(f, d, 8, 16.5))
        unhappy = [c.key for c in cs if c.truth["persona"] in ("b2b_unhappy", "b2b_one_unhappy")]
        f.accounts[acc] = {
            "company": cs[0].truth.get("company", f"Osteria {n}"),
            "site": "restaurant",
            "contacts": len(cs),
            "contact_keys": [c.key for c in cs],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": p if kind == "at_risk" else None,
            "trouble_starts_at": cs[0].truth.get("trouble_starts_at")
            if kind == "at_risk"
            else None,
            "language": lg,
            "country": w.MARKET[lg],
        }
    return f


def fam_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 10, 12, tzinfo=UTC),
        7,
        "calm week and a Saturday payment spike",
    )
    for _ in range(40):
        c = f.person("happy", "day writer", [], [])
        happy(f, c, f.rng.randint(1, 4), range(5))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], T_SLIP)
        t = at(f, 0, 9, 17)
        c.truth["grumble_event_id"] = f.add(c, t, "chat", f.say("grumble", c.lang))
        f.add(c, m(t, 2, 6, f), "chat", f.say("ack", c.lang), out=True)
    for h in (9.6, 16.1):
        c = f.person("grumbles_once", "lone question", [], T_SLIP)
        t = f.start + timedelta(days=4, hours=h)
        c.truth["lone_report_event_id"] = f.add(c, t, "chat", f.say("lone", c.lang))
        f.add(c, m(t, 2, 6, f), "chat", f.say("lone_a", c.lang), out=True)
    s0 = datetime(2026, 10, 17, 8, 20, tzinfo=UTC)
    langs = ["pt"] * 6 + ["it"] * 6 + ["de", "de", "en", "en", "es", "es", "fr", "fr"]
    f.rng.shuffle(langs)
    offs = sorted([0, 45] + [f.rng.uniform(0, 45) for _ in range(18)])
    keys: list[str] = []
    ev: list[str] = []
    rep: list[str] = []
    for i, lg in enumerate(langs):
        rep_me = i < 6
        c = f.person(
            "spike_repeater" if rep_me else "spike_reporter",
            "regular" if i % 20 < 12 else "new",
            ["repeat_contact"] if rep_me else [],
            ["silence", "sentiment_drop"] if rep_me else ["silence"],
            lang=lg,
            in_spike=True,
            regular=i % 20 < 12,
        )
        if i % 20 < 12:
            happy(f, c, 2, range(2, 3), 8, 17.5)
        t = s0 + timedelta(minutes=offs[i])
        ch = ("social", "chat", "community", "email", "web", "social")[i % 6]
        e = f.add(c, t, ch, f.say("spike", lg, code=CODE))
        if ch == "chat":
            f.add(c, m(t, 1, 4, f), "chat", f.say("spike_ack", lg), out=True)
        c.truth |= {"spike_event_id": e, "spike_channel": ch, "trouble_starts_at": iso(t)}
        if rep_me:
            r = f.add(
                c,
                m(t, 15, 50, f),
                "email" if ch != "email" else "chat",
                f.say("spike_again", lg, code=CODE),
            )
            c.truth["repeat_event_id"] = r
            rep.append(r)
        elif i < 12:
            f.add(
                c,
                s0 + timedelta(hours=3, minutes=f.rng.uniform(0, 9)),
                "email",
                f.say("works", lg),
                out=True,
            )
            c.truth["agent_fixed"] = True
        keys.append(c.key)
        ev.append(e)
    f.spike = {
        "topic": f"weekly basket payment in the app and site fails at checkout, error {CODE}",
        "about": "payment",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ev,
        "repeat_event_ids": rep,
    }
    return f


def main() -> None:
    for make in (
        fam_happy,
        fam_bad_day,
        fam_repeat,
        fam_slow,
        fam_quiet,
        fam_bilingual,
        fam_b2b,
        fam_spike,
    ):
        f = make()
        assert all(r[0].year == 2026 and r[0] < datetime(2026, 11, 20, tzinfo=UTC) for r in f.rows)
        f.write()


if __name__ == "__main__":
    main()
