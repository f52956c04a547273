"""Build heldout162/ (Bollavo, hot-tub hire): every <family>.jsonl and .truth.json.

Standard library only; fixed seeds, one random.Random per family; two runs give the same bytes.
Never tune on these files: they are for one report, written blind.
"""

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

LANG_W = {"fr": 30, "de": 30, "en": 10, "it": 10, "pt": 10, "es": 10}
KIND = {
    "email": "message",
    "chat": "chat",
    "phone": "call",
    "web": "ticket",
    "social": "mention",
    "community": "post",
    "survey": "survey_response",
}
CUR = {"CH": "CHF", "UK": "GBP"}
AGENTS = ["Nadia", "Yann", "Greta", "Oskar", "Inés", "Marco"]
SLOW_TOL = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
CANCEL_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def plain(text: str) -> str:
    norm = unicodedata.normalize("NFD", text.replace("ß", "ss"))
    return "".join(ch for ch in norm if unicodedata.category(ch) != "Mn")


def transcript(text: str) -> str:
    kept = "".join(ch for ch in text.lower() if ch.isalnum() or ch in " '")
    return " ".join(kept.replace("'", " ").split())


class Cust:
    def __init__(self, key: str, lang: str, market: str, ident: dict[str, Any]) -> None:
        self.key = key
        self.lang = lang
        self.market = market
        self.ident = ident
        self.truth: dict[str, Any] = {}


class Fam:
    def __init__(self, name: str, abbr: str, start: datetime, days: int, seed: int) -> None:
        self.name = name
        self.abbr = abbr
        self.start = start
        self.days = days
        self.seed = seed
        self.rng = random.Random(seed)
        self.rows: list[tuple[datetime, int, dict[str, Any]]] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.n = 0
        self.about = ""

    # ---------------------------------------------------------------- people --
    def lang(self) -> str:
        return self.rng.choices(list(LANG_W), weights=list(LANG_W.values()))[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> Cust:
        rng = self.rng
        lg = lang or self.lang()
        mk = market or rng.choice(W.MARKETS[lg])
        first = rng.choice(W.FIRST[lg])
        last = rng.choice(W.LAST[lg])
        num = len(self.custs) + 1
        key = f"h162c-{self.abbr}-{num:03d}"
        mail = plain(f"{first}.{last}{num}").lower().replace(" ", "") + "@example.com"
        phone = f"+{rng.randint(30, 49)}{self.seed % 97:02d}{num:03d}{rng.randint(1000, 9999)}"
        handle = f"@{plain(first).lower()}_{num}{self.abbr}" if rng.random() < 0.6 else None
        ident = {
            "customer_id": key,
            "email": mail,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        c = Cust(key, lg, mk, ident)
        c.truth = {
            "identifiers": ident,
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": rng.choice(W.JOBS),
            "town": W.TOWNS[mk],
        }
        self.custs[key] = c
        return c

    # ---------------------------------------------------------------- events --
    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def day_time(self, day: int, lo: float = 7.0, hi: float = 19.0) -> datetime:
        return self.at(day, self.rng.uniform(lo, hi))

    def later(self, t: datetime, lo_min: float, hi_min: float) -> datetime:
        return t + timedelta(minutes=self.rng.uniform(lo_min, hi_min))

    def awake(self, t: datetime) -> datetime:
        """Moves a time out of the night (21:00-07:00) to the next morning."""
        if t.hour >= 21:
            t = (t + timedelta(days=1)).replace(hour=7)
            return t + timedelta(minutes=self.rng.randint(5, 90))
        if t.hour < 7:
            return t.replace(hour=7) + timedelta(minutes=self.rng.randint(5, 90))
        return t

    def roughen(self, text: str) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.145:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
            if idx:
                i = rng.choice(idx)
                w = words[i]
                j = rng.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                return " ".join(words)
        elif r < 0.25 and text[:1].isupper():
            return text[0].lower() + text[1:]
        elif r < 0.33:
            return plain(text)
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        text: str | None,
        *,
        kind: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.n += 1
        eid = f"h162-{self.abbr}-{self.n:04d}"
        k = kind or KIND[channel]
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        at: dict[str, str] = {"market": c.market}
        if c.ident["account_id"]:
            at["segment"] = "b2b"
        if out:
            at["agent"] = self.rng.choice(AGENTS)
        at.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        row = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": k,
            "direction": "outbound" if out else "inbound",
            "customer": {key: val for key, val in c.ident.items()},
            "text": text,
            "subject": subject,
            "scores": sc,
            "source": {"email": "helpdesk", "chat": "livechat", "phone": "telephony"}.get(
                channel, "app"
            ),
            "attributes": at,
        }
        self.rows.append((t, self.n, row))
        return eid

    def fill(self, text: str, c: Cust, **kw: str) -> str:
        vals = {
            "p": self.rng.choice(W.PRODUCTS[c.lang]),
            "comp": self.rng.choice(W.COMPETITORS),
            "code": W.CODE,
        }
        vals.update(kw)
        return text.format_map(vals)

    def case(self) -> str:
        return f"BV-{self.rng.randint(10000, 99999)}"

    # ------------------------------------------------------------ happy acts --
    def happy(self, c: Cust, t: datetime, surveys: bool = True) -> None:
        rng, lg = self.rng, c.lang
        what = rng.choice(
            ["praise", "again", "gripe", "question", "phone", "buy", "view", "review"]
            + (["survey"] if surveys else [])
        )
        if what == "praise":
            ch = rng.choice(["community", "social"])
            self.add(c, t, ch, self.fill(rng.choice(W.PRAISE[lg]), c))
        elif what == "again":
            self.add(
                c,
                t,
                rng.choice(["community", "social"]),
                self.fill(rng.choice(W.PRAISE_AGAIN[lg]), c),
            )
        elif what == "gripe":
            self.add(
                c,
                t,
                "web",
                rng.choice(W.PRAISE_GRIPE[lg]),
                kind="review",
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif what == "question":
            self.add(c, t, "chat", rng.choice(W.QUESTION[lg]))
            t2 = self.later(t, 2, 8)
            self.add(c, t2, "chat", W.ANSWER[lg], out=True)
            if rng.random() < 0.7:
                self.add(c, self.later(t2, 1, 5), "chat", rng.choice(W.THANKS[lg]))
        elif what == "phone":
            self.add(c, t, "phone", rng.choice(W.PHONE_Q[lg]))
            self.add(c, self.later(t, 10, 40), "email", W.PHONE_FOLLOW[lg], out=True)
        elif what in ("buy", "view"):
            prod = rng.choice(["spa-4", "tub-wood", "kit"])
            self.add(c, t, "web", None, kind="page_view", attrs={"page": f"/hire/{prod}"})
            if what == "buy":
                val = {"spa-4": "149.00", "tub-wood": "229.00", "kit": "24.90"}[prod]
                self.add(
                    c,
                    self.later(t, 3, 15),
                    "web",
                    None,
                    kind="purchase",
                    attrs={
                        "order_value": val,
                        "currency": CUR.get(c.market, "EUR"),
                        "product": prod,
                        "page": "/checkout",
                    },
                )
        elif what == "review":
            self.add(
                c,
                t,
                "web",
                self.fill(rng.choice(W.PRAISE[lg]), c),
                kind="review",
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.survey_happy(c, t)

    def survey_happy(self, c: Cust, t: datetime) -> None:
        rng = self.rng
        kind = rng.choice(["nps", "csat", "ces"])
        val = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[kind]
        word = rng.choice(W.SURVEY_WORD[c.lang]) or None
        self.add(c, t, "survey", word, scores={kind: val}, attrs={"survey": kind})

    def low_nps(self, c: Cust, t: datetime) -> tuple[int, str]:
        """A detractor's NPS (1-5) at time t."""
        nps = self.rng.randint(1, 5)
        sid = self.add(c, t, "survey", None, scores={"nps": nps}, attrs={"survey": "nps"})
        return nps, sid

    def happy_days(self, c: Cust, days: list[int], surveys: bool = True) -> None:
        for d in days:
            self.happy(c, self.day_time(d), surveys)

    def pick_days(self, n: int, lo: int, hi: int, avoid: set[int] | None = None) -> list[int]:
        pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
        return sorted(self.rng.sample(pool, min(n, len(pool))))

    # ----------------------------------------------------------- complaints --
    def complaint(self, c: Cust, t: datetime, ch: str, prob: str, angry: bool = False) -> str:
        txt = W.PROBLEM[prob][c.lang]
        if angry:
            txt = txt + " " + W.ANGRY_TAIL[c.lang]
        if ch == "phone":
            return self.add(c, t, "phone", transcript(txt))
        return self.add(c, t, ch, txt, attrs={"page": "/help"} if ch == "web" else None)

    def expect(self, c: Cust, exp: list[str], tol: list[str]) -> None:
        c.truth["expected_rules"] = sorted(exp)
        c.truth["tolerated_rules"] = sorted(r for r in tol if r not in exp)

    # ---------------------------------------------------------------- output --
    def write(self, about: str) -> None:
        rows = sorted(self.rows, key=lambda r: (r[0], r[1]))
        last = rows[-1][0] + timedelta(hours=1)
        end = max(self.start + timedelta(days=self.days), last)
        lines = [json.dumps(r[2], ensure_ascii=False, sort_keys=True) for r in rows]
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        expected: dict[str, int] = {}
        for c in self.custs.values():
            for r in c.truth["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": about,
                "business": "Bollavo: hot-tub hire by app and web, Bollavo Plus, Bollavo Pro",
                "days": self.days,
                "seed": self.seed,
                "written": "2026-12-06, blind",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: self.custs[k].truth for k in sorted(self.custs)},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True)
        (HERE / f"{self.name}.truth.json").write_text(text + "\n", "utf-8")


# ================================================================= families ==
def happy_writers() -> None:
    f = Fam("happy_writers", "hw", datetime(2026, 3, 9, tzinfo=UTC), 10, 16201)
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.pick_days(f.rng.randint(5, 8), 0, 9))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.pick_days(f.rng.randint(2, 4), 0, 8):
            t = f.at(
                d, f.rng.uniform(22.2, 23.9) if f.rng.random() < 0.5 else 24 + f.rng.uniform(0, 4.5)
            )
            if f.rng.random() < 0.5:
                f.add(c, t, "community", f.rng.choice(W.NIGHT_POST[c.lang]))
            else:
                f.add(c, t, "chat", f.rng.choice(W.NIGHT_Q[c.lang]))
                t2 = f.later(t, 2, 9)
                f.add(c, t2, "chat", W.NIGHT_A[c.lang], out=True)
                f.add(c, f.later(t2, 1, 4), "chat", f.rng.choice(W.THANKS[c.lang]))
        for d in f.pick_days(f.rng.randint(2, 3), 0, 9):
            f.happy(c, f.day_time(d, 9, 18), surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.pick_days(f.rng.randint(3, 6), 0, 9):
            f.survey_happy(c, f.day_time(d))
    for c in f.custs.values():
        f.expect(c, [], [])
    f.write("happy daytime writers, night writers and survey answerers; nothing to warn about")


def one_bad_day() -> None:
    f = Fam("one_bad_day", "ob", datetime(2026, 4, 13, tzinfo=UTC), 12, 16202)
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    with_case = 0
    for i, ch in enumerate(chans):
        lang = ("fr" if i < 2 else "de") if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang=lang)
        prob = PROBLEMS[i % 6]
        bd = f.rng.randint(2, 9)
        t = f.day_time(bd, 8, 20)
        if ch == "long":
            body = W.LONG_EMAIL[c.lang].format(
                p=f.rng.choice(W.PRODUCTS[c.lang]), x=W.PROBLEM[prob][c.lang]
            )
            eid = f.add(c, t, "email", body, subject="Réservation" if c.lang == "fr" else "Buchung")
        else:
            eid = f.complaint(c, t, ch, prob, angry=f.rng.random() < 0.5)
        avoid = set(range(bd - 1, bd + 3))
        f.happy_days(c, f.pick_days(f.rng.randint(1, 5), 0, 11, avoid), surveys=False)
        tr = c.truth
        tr.update(
            problem=prob,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            long_email=ch == "long",
            channel="email" if ch == "long" else ch,
            booking=None,
            nps_given=False,
            csat_given=False,
            agent_fixed=False,
            apologised=False,
        )
        exp: list[str] = []
        if ch != "social":
            case = f.case()
            tr["booking"] = case
            if ch == "chat":
                f.add(
                    c, f.later(t, 2, 6), "chat", W.CASE_OPENED[c.lang].format(case=case), out=True
                )
            else:
                f.add(
                    c,
                    f.later(t, 10, 40),
                    "email",
                    W.CASE_OPENED[c.lang].format(case=case),
                    out=True,
                )
            if with_case < 6:
                nps, sid = f.low_nps(c, f.later(t, 100, 140))
                tr.update(persona="bad_day_detractor", nps_given=True, nps=nps, survey_event_id=sid)
                exp = ["detractor"]
            elif with_case < 11:
                cs = f.rng.randint(1, 2)
                sid = f.add(
                    c,
                    f.later(t, 40, 80),
                    "survey",
                    f.rng.choice([None, "bof", "schlecht", "meh"]) if cs == 1 else None,
                    scores={"csat": cs},
                    attrs={"survey": "csat"},
                )
                tr.update(csat_given=True, csat=cs, survey_event_id=sid)
            if with_case % 20 < 12:
                f.add(
                    c,
                    f.awake(f.later(t, 60, 240)),
                    "email",
                    W.GOOD_NEWS[c.lang].format(case=case),
                    out=True,
                )
                tr["agent_fixed"] = True
                if with_case % 20 < 5:
                    ta = f.awake(f.later(t, 16 * 60, 24 * 60))
                    aid = f.add(c, ta, f.rng.choice(["chat", "email"]), W.APOLOGY[c.lang])
                    tr.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
            with_case += 1
        f.expect(c, exp, ["silence"])
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.pick_days(f.rng.randint(4, 7), 0, 11))
        f.expect(c, [], [])
    f.write("happy customers with one angry moment; detractors where a low NPS is given")


def repeat_run(f: Fam, c: Cust, start_day: int, times: int, passed: bool, firsts: str) -> None:
    rng = f.rng
    prob = rng.choice(PROBLEMS)
    case = f.case()
    t = f.day_time(start_day, 8, 19)
    chans = [
        firsts,
        *rng.sample(
            [x for x in ["email", "chat", "phone", "web", "social"] if x != firsts], times - 1
        ),
    ]
    ids = [f.complaint(c, t, firsts, prob)]
    if firsts == "chat":
        f.add(c, f.later(t, 2, 6), "chat", W.CASE_OPENED[c.lang].format(case=case), out=True)
    if passed:
        f.add(c, f.later(t, 90, 150), "email", W.QUALITY_LEAD[c.lang].format(case=case), out=True)
    elif firsts != "chat":
        f.add(c, f.later(t, 10, 40), "email", W.CASE_OPENED[c.lang].format(case=case), out=True)
    comp = None
    tt = t
    for n in range(2, times + 1):
        tt = f.awake(tt + timedelta(hours=rng.uniform(4, 40)))
        ch = chans[n - 1]
        if n == 3:
            comp = rng.choice(W.COMPETITORS)
            txt = W.THIRD[c.lang].format(case=case, comp=comp)
        elif n == 4:
            txt = W.FOURTH[c.lang].format(case=case)
        else:
            txt = W.STILL_OPEN[c.lang].format(case=case, x=W.PROBLEM[prob][c.lang])
        ids.append(f.add(c, tt, ch, transcript(txt) if ch == "phone" else txt))
        if ch == "chat":
            f.add(c, f.later(tt, 2, 6), "chat", W.URGENT[c.lang].format(case=case), out=True)
    c.truth.update(
        problem=prob,
        booking=case,
        contacts=times,
        channels=chans,
        channel=firsts,
        agent_passed_on=passed,
        problem_event_ids=ids,
        trouble_starts_at=iso(t),
        competitor=comp,
    )


def fixed_case(
    f: Fam, c: Cust, day: int, ch: str, confirm_lang: str | None = None
) -> dict[str, Any]:
    prob = f.rng.choice(PROBLEMS)
    case = f.case()
    t = f.day_time(day, 8, 18)
    eid = f.complaint(c, t, ch, prob)
    f.add(c, f.later(t, 10, 40), "email", W.CASE_OPENED[c.lang].format(case=case), out=True)
    tf = f.awake(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(c, tf, "email", W.GOOD_NEWS[c.lang].format(case=case), out=True)
    tc = f.awake(tf + timedelta(hours=f.rng.uniform(8, 30)))
    cl = confirm_lang or c.lang
    cch = f.rng.choice(["email", "chat"])
    cid = f.add(c, tc, cch, W.CONFIRM[cl].format(case=case))
    return {
        "problem": prob,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> None:
    f = Fam("repeat_contacts", "rc", datetime(2026, 5, 18, tzinfo=UTC), 10, 16203)
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.at(0, f.rng.uniform(7, 12)), surveys=False)
        repeat_run(f, c, 1 + i % 4, 2 + i % 3, i % 2 == 0, firsts[i])
        f.expect(c, ["repeat_contact"], REPEAT_TOL)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        p = fixed_case(f, c, f.rng.randint(1, 3), f.rng.choice(["web", "email", "chat"]))
        c.truth["problems"] = [p]
        f.happy(c, f.day_time(f.rng.randint(7, 9)), surveys=False)
        f.expect(c, [], ["silence"])
    for _ in range(4):
        c = f.person("different_problems", "two problems")
        p1 = fixed_case(f, c, 1, "email")
        p2 = fixed_case(f, c, 6, "web")
        c.truth["problems"] = [p1, p2]
        f.expect(c, [], ["silence"])
    for _ in range(6):
        c = f.person("happy", "frequent writer")
        for d in f.pick_days(f.rng.randint(6, 9), 0, 9):
            f.happy(c, f.day_time(d), surveys=False)
        f.expect(c, [], [])
    f.write("repeat contacts on one open case; fixed cases, two problems and frequent writers")


def slide(f: Fam, c: Cust, first_day: int, span: int, nps_after_four: bool) -> None:
    rng = f.rng
    steps = W.SLIDE[c.lang]
    t = f.day_time(first_day, 8, 18)
    ids = []
    offs = sorted(rng.uniform(0, span) for _ in range(5))
    comp = rng.choice(W.COMPETITORS)
    ratings = ["3", "3", "2", "2", "1", "1"]
    prev = t
    for n, txt in enumerate(steps):
        tt = (
            t
            if n == 0
            else f.awake(max(t + timedelta(days=offs[n - 1]), prev + timedelta(hours=1)))
        )
        prev = tt
        ch = rng.choice(["social", "community", "review"])
        body = txt.format(comp=comp)
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    tt,
                    "web",
                    body,
                    kind="review",
                    attrs={"rating": ratings[n], "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, tt, ch, body))
        if n == 3 and nps_after_four:
            nps, sid = f.low_nps(c, f.awake(f.later(tt, 150, 210)))
            c.truth.update(nps_given=True, nps=nps, survey_event_id=sid)
            prev = max(prev, f.later(tt, 211, 212))
    c.truth.update(slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=iso(t))


def praise_base(f: Fam, c: Cust, lo: int, hi: int, posts: int, others: int) -> None:
    days = f.pick_days(posts + others, lo, hi)
    f.rng.shuffle(days)
    for d in days[:posts]:
        f.add(
            c,
            f.day_time(d),
            f.rng.choice(["community", "social"]),
            f.fill(f.rng.choice(W.PRAISE[c.lang] + W.PRAISE_AGAIN[c.lang]), c),
        )
    for d in days[posts:]:
        f.happy(c, f.day_time(d), surveys=False)


def slow_churners() -> None:
    f = Fam("slow_churners", "sc", datetime(2026, 6, 22, tzinfo=UTC), 32, 16204)
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = f.person("slow_churner", "slides")
        praise_base(f, c, 0, 10, f.rng.randint(4, 5), f.rng.randint(2, 4))
        slide(f, c, f.rng.randint(12, 16), spans[i], i % 2 == 0)
        f.expect(c, ["sentiment_drop"] + (["detractor"] if i % 2 == 0 else []), SLOW_TOL)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        f.happy_days(c, f.pick_days(f.rng.randint(4, 6), 0, 15), surveys=False)
        t = f.day_time(f.rng.randint(17, 23), 8, 17)
        eid = f.add(c, t, "email", W.CANCEL[c.lang], subject="Bollavo Plus")
        f.add(c, f.awake(f.later(t, 60, 300)), "email", W.SORRY_GO[c.lang], out=True)
        tc = f.awake(t + timedelta(hours=f.rng.uniform(20, 50)))
        cid = f.add(
            c,
            tc,
            "web",
            None,
            kind="cancellation",
            attrs={"page": "/account/plus", "product": "bollavo-plus"},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
        f.expect(c, ["churn_intent"], CANCEL_TOL)
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.pick_days(f.rng.randint(6, 10), 0, 30))
        f.expect(c, [], [])
    for _ in range(4):
        c = f.person("steadily_grumpy", "grumbles")
        gids = []
        for d in f.pick_days(f.rng.randint(3, 5), 0, 30):
            gids.append(
                f.add(
                    c,
                    f.day_time(d),
                    f.rng.choice(["community", "social", "chat"]),
                    f.rng.choice(W.GRUMPY[c.lang]),
                )
            )
        c.truth.update(
            grumble_event_ids=gids, trouble_starts_at=f.rows[-len(gids)][2]["occurred_at"]
        )
        f.expect(c, [], ["repeat_contact", "silence"])
    for _ in range(3):
        c = f.person("happy_one_sarcastic_remark", "happy")
        f.happy_days(c, f.pick_days(f.rng.randint(3, 5), 0, 12), surveys=False)
        t = f.day_time(f.rng.randint(14, 28))
        c.truth["sarcasm_event_id"] = f.add(c, t, "social", W.SARCASM[c.lang])
        c.truth["trouble_starts_at"] = iso(t)
        f.expect(c, [], ["silence"])
    for _ in range(3):
        c = f.person("grumbles_once", "grumbles once")
        f.happy_days(c, f.pick_days(2, 0, 10), surveys=False)
        t = f.day_time(f.rng.randint(12, 25))
        c.truth["grumble_event_id"] = f.add(c, t, "chat", W.GRUMBLE[c.lang])
        c.truth["trouble_starts_at"] = iso(t)
        f.add(c, f.later(t, 2, 8), "chat", W.GRUMBLE_A[c.lang], out=True)
        f.expect(c, [], ["silence"])
    f.write("slides from a happy baseline, leavers, steady, grumpy, sarcastic and mild grumblers")


def quiet_hours() -> None:
    f = Fam("quiet_hours", "qh", datetime(2026, 8, 21, tzinfo=UTC), 3, 16205)
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.pick_days(f.rng.randint(1, 3), 0, 2):
            f.happy(c, f.day_time(d, 7, 17.5), surveys=False)
        f.expect(c, [], [])
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once")
        t = f.day_time(f.rng.randint(0, 2), 8, 16)
        f.add(c, t, "web", None, kind="page_view", attrs={"page": "/hire/spa-4"})
        tg = f.later(t, 20, 30)
        if i < 2:
            c.truth["grumble_event_id"] = f.add(c, tg, "chat", W.GRUMBLE[c.lang])
            f.add(c, f.later(tg, 2, 8), "chat", W.GRUMBLE_A[c.lang], out=True)
        else:
            c.truth["grumble_event_id"] = f.add(
                c, tg, "web", W.GRUMBLE[c.lang], attrs={"page": "/help"}
            )
            f.add(c, f.later(tg, 20, 90), "email", W.GRUMBLE_A[c.lang], out=True)
        c.truth["trouble_starts_at"] = iso(tg)
        f.expect(c, [], ["silence"])
    owl = 0
    for night in range(3):
        first = f.at(night, f.rng.uniform(40, 65) / 60)
        starts = [first, f.later(first, 28, 33), f.later(first, 55, 65)]
        for b, bs in enumerate(starts):
            for _ in range(4):
                owl += 1
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = f.later(bs, 0, 10)
                if f.rng.random() < 0.5:
                    nid = f.add(c, t, "chat", f.rng.choice(W.NIGHT_Q[c.lang]))
                    t2 = f.later(t, 2, 6)
                    f.add(c, t2, "chat", W.NIGHT_A[c.lang], out=True)
                    f.add(c, f.later(t2, 1, 3), "chat", f.rng.choice(W.THANKS[c.lang]))
                else:
                    nid = f.add(c, t, "community", f.rng.choice(W.NIGHT_POST[c.lang]))
                c.truth.update(burst_at=iso(bs), night_event_id=nid)
                if owl % 2 == 0:
                    f.happy(c, f.day_time(f.rng.randint(0, 2), 9, 17.5), surveys=False)
                f.expect(c, [], [])
    f.write("a calm weekend; night owls in short bursts; no spike")


PAIRS = [
    ("fr", "de"),
    ("de", "fr"),
    ("fr", "de"),
    ("de", "fr"),
    ("fr", "en"),
    ("de", "en"),
    ("fr", "it"),
    ("de", "it"),
    ("fr", "es"),
    ("de", "pt"),
    ("fr", "pt"),
    ("de", "es"),
    ("en", "fr"),
    ("it", "de"),
    ("pt", "fr"),
    ("es", "de"),
    ("fr", "de"),
    ("de", "fr"),
    ("fr", "de"),
    ("de", "fr"),
    ("it", "fr"),
    ("fr", "en"),
    ("de", "en"),
    ("es", "fr"),
    ("de", "fr"),
    ("fr", "de"),
    ("pt", "de"),
]
PAIR_MARKET = {"fr": "CH", "de": "CH", "en": "IE", "it": "CH", "pt": "LU", "es": "ES"}


def bilingual() -> None:
    f = Fam("bilingual", "bl", datetime(2026, 9, 14, tzinfo=UTC), 14, 16206)

    def mk(i: int, persona: str, habit: str) -> tuple[Cust, str, str]:
        a, b = PAIRS[i]
        c = f.person(persona, habit, lang=a, market=PAIR_MARKET[a] if a != "pt" else "LU")
        c.truth["languages"] = [a, b]
        c.truth["job_second_language"] = (
            "works across the border" if i % 2 else "partner's language"
        )
        return c, a, b

    i = 0
    for _ in range(12):
        c, a, b = mk(i, "happy", "alternates languages")
        for n, d in enumerate(f.pick_days(f.rng.randint(5, 8), 0, 13)):
            c.lang = a if n % 2 == 0 else b
            f.happy(c, f.day_time(d), surveys=False)
        c.lang = a
        f.expect(c, [], [])
        i += 1
    for k in range(5):
        c, a, b = mk(i, "repeat_contact", "repeats")
        f.happy(c, f.day_time(f.rng.randint(0, 1)), surveys=False)
        times = [2, 2, 3, 3, 4][k]
        c.lang = b if k % 2 else a
        repeat_run(
            f, c, f.rng.randint(2, 5), times, times >= 3, f.rng.choice(["email", "web", "chat"])
        )
        c.lang = a
        f.expect(c, ["repeat_contact"], REPEAT_TOL)
        i += 1
    for _ in range(5):
        c, a, b = mk(i, "slow_churner", "slides")
        praise_base(f, c, 0, 5, 5, f.rng.randint(1, 3))
        c.lang = b
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), False)
        c.lang = a
        f.expect(c, ["sentiment_drop"], SLOW_TOL)
        i += 1
    for k in range(3):
        c, a, b = mk(i, "happy_one_bad_day", "one bad day")
        bd = f.rng.randint(5, 9)
        f.happy_days(c, f.pick_days(3, 0, 13, set(range(bd - 1, bd + 3))), surveys=False)
        c.lang = b
        t = f.day_time(bd, 9, 18)
        prob = PROBLEMS[k]
        ch = ["email", "email", "chat"][k]
        eid = f.complaint(c, t, ch, prob, angry=k == 1)
        case = f.case()
        f.add(c, f.later(t, 5, 30), ch, W.CASE_OPENED[b].format(case=case), out=True)
        c.truth.update(
            problem=prob,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=b,
            booking=case,
            trouble_starts_at=iso(t),
        )
        if k == 1:
            ta = f.awake(f.later(t, 18 * 60, 24 * 60))
            c.truth.update(
                apologised=True,
                apology_event_id=f.add(c, ta, "chat", W.APOLOGY[b]),
                apology_at=iso(ta),
            )
        c.lang = a
        f.expect(c, [], ["silence"])
        i += 1
    for _ in range(2):
        c, a, b = mk(i, "resolved_between_contacts", "fixed")
        c.truth["problems"] = [fixed_case(f, c, f.rng.randint(2, 8), "web", confirm_lang=b)]
        c.truth["confirm_language"] = b
        f.expect(c, [], ["silence"])
        i += 1
    f.write("customers writing in two languages: happy, repeats, slides, bad days, fixed")


SITES = ["hotel", "holiday lets", "events", "gym", "campsite", "spa", "wedding venue"]


def b2b_accounts() -> None:
    f = Fam("b2b_accounts", "bb", datetime(2026, 10, 5, tzinfo=UTC), 14, 16207)
    plan = (
        [("at_risk", n, u) for n, u in [(5, 3), (5, 4), (4, 3), (5, 3), (6, 4)]]
        + [("one_unhappy", 3, 1)] * 4
        + [("mild", n, 0) for n in (4, 3, 4)]
        + [("happy", n, 0) for n in (4, 4, 3)]
    )
    langs = [
        "fr",
        "de",
        "fr",
        "de",
        "en",
        "de",
        "fr",
        "es",
        "de",
        "fr",
        "de",
        "en",
        "fr",
        "de",
        "es",
    ]
    probs = ["invoice", "portal", "service_blocked", "overbilled", "invoice"]
    days_fr = {"fr": "mercredi", "de": "am Mittwoch", "en": "on Wednesday", "es": "el miércoles"}
    for a, (kind, n, u) in enumerate(plan):
        lg = langs[a]
        aid = f"h162-acct-{a + 1:02d}"
        market = W.MARKETS[lg][0]
        kind_word = f.rng.choice(["Hôtels", "Events", "Resorts", "Loisirs", "Group"])
        company = f"{W.LAST[lg][a % len(W.LAST[lg])]} {kind_word}"
        cs = []
        for _ in range(n):
            c = f.person("b2b_happy", "contact", lang=lg, account=aid, market=market)
            c.truth.update(company=company, role="contact", job_title="operations manager")
            c.truth["job"] = "operations manager"
            cs.append(c)
        unhappy = cs[:u]
        acct: dict[str, Any] = {
            "company": company,
            "site": SITES[a % len(SITES)],
            "contacts": n,
            "contact_keys": [c.key for c in cs],
            "unhappy_contacts": u,
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lg,
            "country": market,
        }
        for c in cs[u:]:
            for d in f.pick_days(f.rng.randint(3, 6), 0, 13):
                t = f.day_time(d, 8, 17)
                if f.rng.random() < 0.5:
                    f.add(c, t, "web", None, kind="page_view", attrs={"page": "/pro/portal"})
                else:
                    f.add(c, t, "community", W.B2B_PRAISE[lg])
            f.expect(c, [], [])
        if kind == "at_risk":
            prob = probs[a]
            acct["same_problem"] = prob
            case = f.case()
            t = f.at(2, f.rng.uniform(8.5, 11))
            acct["trouble_starts_at"] = iso(t)
            for k, c in enumerate(unhappy):
                if k == 0:
                    txt = W.B2B_PROBLEM[prob][lg]
                    f.add(c, t, "email", txt, subject="Bollavo Pro")
                    eids = [f.rows[-1][2]["event_id"]]
                    f.add(
                        c,
                        f.later(t, 20, 60),
                        "email",
                        W.CASE_OPENED[lg].format(case=case),
                        out=True,
                    )
                else:
                    t = t + timedelta(hours=f.rng.uniform(8, 28))
                    t = f.awake(t)
                    who = unhappy[0].truth["name"].split()[0]
                    txt = W.B2B_FOLLOW[lg].format(
                        who=who, day=days_fr[lg], case=case, x=W.B2B_PROBLEM[prob][lg]
                    )
                    eids = [f.add(c, t, "email", txt, subject=case)]
                c.truth.update(
                    persona="b2b_unhappy",
                    habit="complainer",
                    role="complainer",
                    problem=prob,
                    booking=case,
                    trouble_starts_at=iso(t),
                )
                exp: list[str] = []
                if k < u - 1:
                    nps, sid = f.low_nps(c, f.awake(f.later(t, 60, 180)))
                    c.truth.update(nps_given=True, nps=nps, survey_event_id=sid)
                    exp = ["detractor"]
                else:
                    tl = f.awake(t + timedelta(hours=f.rng.uniform(18, 40)))
                    if a == 0:
                        comp = f.rng.choice(W.COMPETITORS)
                        eids.append(
                            f.add(
                                c,
                                tl,
                                "email",
                                W.B2B_LAST_MAIL[lg].format(case=case, comp=comp),
                                subject=case,
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        eids.append(f.add(c, tl, "phone", W.B2B_LAST[lg].format(case=case)))
                    exp = ["repeat_contact"]
                c.truth["complaint_event_ids"] = eids
                f.expect(
                    c,
                    exp,
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                )
        elif kind == "one_unhappy":
            c = unhappy[0]
            prob = ["service_blocked", "overbilled", "portal", "invoice"][a - 5]
            case = f.case()
            t = f.day_time(f.rng.randint(3, 7), 8.5, 16)
            eid = f.add(c, t, "email", W.B2B_PROBLEM[prob][lg], subject="Bollavo Pro")
            f.add(c, f.later(t, 20, 60), "email", W.CASE_OPENED[lg].format(case=case), out=True)
            nps, sid = f.low_nps(c, f.awake(f.later(t, 60, 180)))
            c.truth.update(
                persona="b2b_one_unhappy",
                habit="complainer",
                role="complainer",
                problem=prob,
                booking=case,
                complaint_event_ids=[eid],
                nps_given=True,
                nps=nps,
                survey_event_id=sid,
                trouble_starts_at=iso(t),
            )
            f.expect(c, ["detractor"], ["sentiment_drop", "high_value_at_risk", "silence"])
        elif kind == "mild":
            for c in cs[:2]:
                t = f.day_time(f.rng.randint(2, 10), 9, 16)
                mid = f.add(c, t, "web", W.B2B_MILD[lg], attrs={"page": "/pro/feedback"})
                f.add(
                    c, f.later(t, 60, 240), "email", W.B2B_ACK[lg].format(case=f.case()), out=True
                )
                c.truth.update(
                    persona="b2b_mild",
                    habit="suggests",
                    role="suggests",
                    mild_event_id=mid,
                    trouble_starts_at=iso(t),
                )
                f.expect(c, [], ["silence"])
        f.accounts[aid] = acct
    f.write("Bollavo Pro accounts: at-risk, one unhappy contact, mild suggestions, happy")


def topic_spike() -> None:
    f = Fam("topic_spike", "ts", datetime(2026, 11, 2, tzinfo=UTC), 7, 16208)
    langs = ["fr"] * 6 + ["de"] * 6 + ["en", "en", "it", "it", "pt", "pt", "es", "es"]
    chans = (
        ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 2 + ["phone"] + ["web"] * 2
    )
    f.rng.shuffle(chans)
    s0 = f.at(5, 7 + 50 / 60)
    offs = sorted([0.0, 45.0] + [f.rng.uniform(1, 44) for _ in range(18)])
    order = list(range(20))
    f.rng.shuffle(order)
    keys, eids, reps = [], [], []
    repeaters = 0
    fixed = 0
    for n in range(20):
        lg = langs[order[n]]
        regular = n % 5 != 0 and n < 15
        c = f.person("spike_reporter", "regular" if regular else "new", lang=lg)
        if regular:
            f.happy(c, f.at(2, f.rng.uniform(8, 17.5)), surveys=False)
        t = s0 + timedelta(minutes=offs[n])
        ch = chans[n]
        if ch == "phone":
            eid = f.add(c, t, "phone", W.SPIKE_PHONE[lg])
        else:
            txt = f.fill(f.rng.choice(W.SPIKE[lg]), c)
            if f.rng.random() < 0.3 and lg in ("fr", "de"):
                txt = txt.upper()
            eid = f.add(c, t, ch, txt, attrs={"page": "/help"} if ch == "web" else None)
        if ch == "chat":
            f.add(c, f.later(t, 1, 4), "chat", W.SPIKE_CHAT_A[lg], out=True)
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=False,
        )
        exp: list[str] = []
        tol = ["silence"]
        if repeaters < 6 and offs[n] <= 30 and (n % 2 == 0 or n > 6):
            repeaters += 1
            other = "email" if ch != "email" else "chat"
            other = (
                f.rng.choice([x for x in ["email", "chat", "community"] if x != ch])
                if ch != "phone"
                else other
            )
            tr = f.later(t, 10, 60)
            rid = f.add(c, tr, other, f.fill(W.SPIKE_AGAIN[lg], c))
            if other == "chat":
                f.add(c, f.later(tr, 1, 4), "chat", W.SPIKE_CHAT_A[lg], out=True)
            reps.append(rid)
            c.truth.update(persona="spike_repeater", repeat_event_id=rid)
            exp = ["repeat_contact"]
            tol = ["silence", "sentiment_drop"]
        elif fixed < 6:
            fixed += 1
            local = {"UK": "10:40", "IE": "10:40", "PT": "10:40"}.get(c.market, "11:40")
            cred = {"CH": "CHF 20", "UK": "£18"}.get(c.market, "20 €")
            f.add(
                c,
                f.at(5, 11 + f.rng.uniform(5, 15) / 60),
                "email",
                W.SPIKE_FIXED[lg].format(t=local, cred=cred),
                out=True,
            )
            c.truth["agent_fixed"] = True
        f.expect(c, exp, tol)
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.pick_days(f.rng.randint(2, 5), 0, 5):
            f.happy(c, f.day_time(d, 12, 19) if d == 5 else f.day_time(d), surveys=False)
        f.expect(c, [], [])
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", lang=f.rng.choice(["fr", "de"]))
        t = f.day_time(0, 9, 16)
        c.truth["grumble_event_id"] = f.add(c, t, "chat", W.GRUMBLE[c.lang])
        c.truth["trouble_starts_at"] = iso(t)
        f.add(c, f.later(t, 2, 8), "chat", W.GRUMBLE_A[c.lang], out=True)
        f.expect(c, [], ["silence"])
    for lg, hour in (("es", 9.66), ("de", 16.08)):
        c = f.person("grumbles_once", "lone question", lang=lg)
        t = f.at(4, hour)
        c.truth["lone_report_event_id"] = f.add(c, t, "chat", W.LONE_Q[lg])
        c.truth["trouble_starts_at"] = iso(t)
        f.add(c, f.later(t, 2, 8), "chat", W.LONE_A[lg], out=True)
        f.expect(c, [], ["silence"])
    f.spike = {
        "topic": "hot-tub remote heating from the app does not start: tubs cold, error " + W.CODE,
        "about": "the planted incident of heldout162 (see README)",
        "channel": None,
        "start": iso(s0 + timedelta(minutes=offs[0])),
        "end": iso(s0 + timedelta(minutes=offs[-1])),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write("a calm week and one planted incident")


def main() -> None:
    happy_writers()
    one_bad_day()
    repeat_contacts()
    slow_churners()
    quiet_hours()
    bilingual()
    b2b_accounts()
    topic_spike()


if __name__ == "__main__":
    main()
