"""Writes heldout279 (Teselo, jigsaw puzzles lent by post). Standard library only, seeded."""

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
SOURCES = {
    "email": "teselo-mail",
    "phone": "teselo-voice",
    "social": "teselo-social",
    "community": "teselo-forum",
    "chat": "teselo-chat",
    "web": "teselo-web",
    "survey": "teselo-survey",
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
SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
COUNTER = [0]
CASES = [0]


def ascii_(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def speech(s: str) -> str:
    return " ".join("".join(ch for ch in s.lower() if ch.isalnum() or ch in " -'").split())


class Fam:
    def __init__(self, name: str, code: str, n: int, start: str, days: int, about: str) -> None:
        self.name, self.code, self.days, self.about = name, code, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.t0 = datetime.fromisoformat(start + "T00:00:00+00:00")
        self.rows: list[dict[str, Any]] = []
        self.cust: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.n = 0

    def at(self, day: float, hour: float) -> datetime:
        return self.t0 + timedelta(days=day, hours=hour)

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] | list[str] = (),
        account: str | None = None,
        market: str | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        COUNTER[0] += 1
        k = COUNTER[0]
        lang = lang or self.lang()
        market = market or self.rng.choice(W.MARKETS[lang])
        first, last = self.rng.choice(W.FIRST[lang]), self.rng.choice(W.LAST[lang])
        pre, d = W.PHONE[market]
        cid = f"TS{self.code}{1000 + k}"
        dom = f"{account.lower()}.example" if account else f"mail{k % 6}.example"
        ids = {
            "customer_id": cid,
            "email": f"{ascii_(first).lower()}.{ascii_(last).lower()}{k}@{dom}",
            "phone": pre + str(10 ** (d - 1) + k * 7).zfill(d)[:d],
            "handle": None if account else f"@{ascii_(last).lower()}_{ascii_(first).lower()}{k}",
            "account_id": account,
        }
        c = {
            "identifiers": ids,
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(set(tolerated) - set(expected)),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c.update(extra)
        self.cust[cid] = c
        return c

    def add(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        kind: str | None = None,
        scores: dict[str, int | None] | None = None,
        **attrs: str,
    ) -> str:
        self.n += 1
        eid = f"ts279-{self.code.lower()}-{self.n:05d}"
        a = {"market": c["country"], **attrs}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Maud", "Ikram", "Ferdia", "Lotte", "Bea"])
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text and channel == "phone" and not out:
            text = speech(text)
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": channel,
                "kind": kind or KIND[channel],
                "direction": "outbound" if out else "inbound",
                "_c": c,
                "text": text,
                "subject": subject,
                "scores": scores or {"nps": None, "csat": None, "ces": None},
                "source": SOURCES[channel],
                "attributes": a,
            }
        )
        return eid

    def roughen(self, s: str) -> str:
        if self.rr.random() < 0.1:
            s = ascii_(s)
        if self.rr.random() < 0.125:
            s = s[0].lower() + s[1:]
        if self.rr.random() < 1 / 7:
            words = s.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
            if idx:
                i = self.rr.choice(idx)
                w = words[i]
                j = self.rr.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                s = " ".join(words)
        return s

    def pick(self, table: dict[str, Any], c: dict[str, Any]) -> str:
        v = table[c["language"]]
        return str(self.rng.choice(v) if isinstance(v, list) else v)

    def first(self, c: dict[str, Any]) -> str:
        return str(c["name"].split()[0])

    def happy(self, c: dict[str, Any], t: datetime, night: bool = False) -> None:
        r = self.rng.random()
        if night:
            self.add(c, t, self.rng.choice(["community", "social"]), self.pick(W.NIGHT, c))
        elif r < 0.25:
            self.add(
                c,
                t,
                self.rng.choice(["community", "social"]),
                self.pick(W.PRAISE if self.rng.random() < 0.8 else W.GRIPE, c),
            )
        elif r < 0.5:
            self.add(c, t, "chat", self.pick(W.QUESTION, c))
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 6)),
                "chat",
                W.ANSWER[c["language"]].format(n=self.first(c)),
                out=True,
            )
            if self.rng.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=self.rng.randint(8, 12)),
                    "chat",
                    self.pick(W.THANKS, c),
                )
        elif r < 0.75:
            i = self.rng.randrange(len(W.PRODUCTS))
            self.add(c, t, "web", kind="page_view", page=W.PAGES[i])
            cur = W.CURRENCY.get(c["country"], "EUR")
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(2, 9)),
                "web",
                kind="purchase",
                page=W.PAGES[i],
                product=W.PRODUCTS[i],
                order_value=f"{self.rng.choice([14.9, 19.9, 24.5, 29.0]):.2f}",
                currency=cur,
            )
        elif r < 0.88:
            self.add(
                c,
                t,
                "web",
                self.pick(W.PRAISE, c),
                kind="review",
                rating=str(self.rng.choice([4, 5])),
                page="/catalogue",
            )
        else:
            self.survey_good(c, t)

    def survey_good(self, c: dict[str, Any], t: datetime) -> None:
        which = self.rng.choice(["nps", "csat", "ces"])
        val = {
            "nps": self.rng.choice([9, 10]),
            "csat": self.rng.choice([4, 5]),
            "ces": self.rng.choice([6, 7]),
        }[which]
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc[which] = val
        self.add(c, t, "survey", self.pick(W.SURVEY_WORD, c) or None, scores=sc, survey=which)

    def happy_days(
        self, c: dict[str, Any], days: list[float], lo: float = 7, hi: float = 19
    ) -> None:
        for d in days:
            self.happy(c, self.at(d, self.rng.uniform(lo, hi)))

    def case(self) -> str:
        CASES[0] += 1
        return f"TS-{400000 + CASES[0] * 13}"

    def day(self, t: datetime) -> datetime:
        if t.hour >= 22 or t.hour < 7:
            base = t if t.hour < 7 else t + timedelta(days=1)
            return base.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def complain(
        self, c: dict[str, Any], t: datetime, channel: str, prob: str, long: bool = False
    ) -> str:
        p = W.PROBLEM[prob][c["language"]]
        subj = None
        if long:
            text = self.pick(W.LONG, c).format(p=p, n=c["name"])
            subj = W.SUBJ[c["language"]] + p[:40]
        else:
            s = self.pick(W.COMPLAINT, c).format(p=p)
            text = s[0].upper() + s[1:]
            if channel == "email":
                subj = W.SUBJ[c["language"]] + p[:40]
        return self.add(c, t, channel, text, subject=subj)

    def opened(self, c: dict[str, Any], t: datetime, ref: str, channel: str = "email") -> None:
        if channel == "chat":
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(2, 6)),
                "chat",
                W.OPENED[c["language"]].format(n=self.first(c), r=ref),
                out=True,
            )
        else:
            self.add(
                c,
                self.day(t + timedelta(minutes=self.rng.randint(10, 40))),
                "email",
                W.OPENED[c["language"]].format(n=self.first(c), r=ref),
                out=True,
                subject=ref,
            )

    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        seen: set[str] = set()
        for r in self.rows:
            c = r.pop("_c")
            ids = dict(c["identifiers"])
            key = ids["customer_id"]
            full = r["direction"] == "outbound" or key not in seen
            if r["direction"] == "inbound":
                seen.add(key)
            if not full:
                ch = r["channel"]
                keep = {
                    "phone": "phone",
                    "social": "handle",
                    "community": "handle",
                    "email": "email",
                }.get(ch, "customer_id")
                if keep == "handle" and not ids["handle"]:
                    keep = "email"
                ids = {k: (v if k in (keep, "account_id") else None) for k, v in ids.items()}
            r["customer"] = ids
        last = max(
            datetime.fromisoformat(r["occurred_at"].replace("Z", "+00:00")) for r in self.rows
        )
        end = max(self.t0 + timedelta(days=self.days), last + timedelta(hours=1))
        got: dict[str, int] = {}
        for c in self.cust.values():
            assert not set(c["expected_rules"]) & set(c["tolerated_rules"])
            for rule in c["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        assert got == expected, (self.name, got, expected)
        assert last < datetime(2026, 11, 29, tzinfo=UTC)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Teselo: jigsaw puzzles lent by post (Teselo Club membership; Teselo Care for care homes, libraries and clinics on account)",
                "days": self.days,
                "seed": SEED,
                "written": "blind, 2026-12-07",
                "expected": expected,
            },
            "start": self.t0.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": self.cust,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in self.rows), "utf-8"
        )
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        "2026-01-19",
        10,
        "happy day writers, night writers and survey-only customers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, sorted(f.rng.sample(range(10), f.rng.randint(5, 8))))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            f.happy(c, f.at(d, f.rng.choice([22.3, 23.1, 23.6, 1.2, 2.5, 3.8])), night=True)
        f.happy_days(c, f.rng.sample(range(10), 2), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.survey_good(c, f.at(d, f.rng.uniform(8, 20)))
    f.write({})


def one_bad_day() -> None:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        "2026-02-16",
        12,
        "happy customers with one bad day, detractors, controls",
    )
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    probs = list(W.PROBLEM) * 4
    f.rng.shuffle(probs)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(f.rng.sample(with_case, 6))
    low = set(f.rng.sample([i for i in with_case if i not in det], 5))
    good = f.rng.sample(with_case, 12)
    sorry = set(good[:5])
    for i, ch in enumerate(chans):
        bd = f.rng.randint(3, 9)
        lang = f.rng.choice(["en", "fr"]) if ch == "long" and i % 2 else None
        persona = "bad_day_detractor" if i in det else "happy_one_bad_day"
        c = f.person(
            persona,
            "one bad day",
            lang,
            ("detractor",) if i in det else (),
            ("silence",),
            problem=probs[i],
            long_email=ch == "long",
        )
        f.happy_days(
            c,
            sorted(
                f.rng.sample(
                    [d for d in range(12) if d <= bd - 2 or d >= bd + 3], f.rng.randint(1, 4)
                )
            ),
        )
        t = f.at(bd, f.rng.uniform(8, 20))
        channel = "email" if ch == "long" else ch
        eid = f.complain(c, t, channel, probs[i], long=ch == "long")
        c.update(
            bad_day_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            bad_day_event_id=eid,
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            channel=channel,
        )
        if ch == "social":
            c["booking"] = None
            continue
        ref = f.case()
        c["booking"] = ref
        f.opened(c, t, ref, channel)
        if i in det:
            nps = f.rng.randint(1, 5)
            c.update(
                nps_given=True,
                nps=nps,
                survey_event_id=f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(100, 140)),
                    "survey",
                    None,
                    scores={"nps": nps, "csat": None, "ces": None},
                    survey="nps",
                ),
            )
        if i in low:
            cs = f.rng.randint(1, 2)
            c.update(
                csat_given=True,
                csat=cs,
                survey_event_id=f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(40, 80)),
                    "survey",
                    f.pick(W.CSAT_WORD, c) or None,
                    scores={"nps": None, "csat": cs, "ces": None},
                    survey="csat",
                ),
            )
        if i in good:
            f.add(
                c,
                f.day(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                W.GOODNEWS[c["language"]].format(n=f.first(c), r=ref),
                out=True,
                subject=ref,
            )
            c["agent_fixed"] = True
        if i in sorry:
            at = f.day(t + timedelta(hours=f.rng.uniform(16, 24)))
            c.update(
                apologised=True,
                apology_at=at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                apology_event_id=f.add(
                    c, at, f.rng.choice(["chat", "email"]), f.pick(W.APOLOGY, c)
                ),
            )
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, sorted(f.rng.sample(range(12), f.rng.randint(4, 7))))
    f.write({"detractor": 6})


def repeat_run(
    f: Fam, c: dict[str, Any], n: int, d0: float, quality: bool, chans: list[str], prob: str
) -> None:
    t = f.at(d0, f.rng.uniform(8, 19))
    ref = f.case()
    first = f.complain(c, t, chans[0], prob)
    if chans[0] == "chat":
        f.opened(c, t, ref, "chat")
    if quality:
        f.add(
            c,
            f.day(t + timedelta(hours=f.rng.uniform(1.5, 2.5))),
            "email",
            W.QUALITY[c["language"]].format(n=f.first(c), r=ref),
            out=True,
            subject=ref,
        )
    elif chans[0] != "chat":
        f.opened(c, t, ref)
    ids = [first]
    comp = f.rng.choice(W.COMPETITORS) if n >= 3 else None
    p = W.PROBLEM[prob][c["language"]]
    for k in range(1, n):
        t = f.day(t + timedelta(hours=f.rng.uniform(4, 40)))
        ch = chans[k]
        if k == 2:
            text = W.THIRD[c["language"]].format(r=ref, c=comp)
        elif k == 3:
            text = W.FOURTH[c["language"]].format(r=ref)
        else:
            text = f.pick(W.STILL, c).format(r=ref, p=p)
        ids.append(f.add(c, t, ch, text, subject=f"Re: {ref}" if ch == "email" else None))
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=3),
                "chat",
                W.URGENT[c["language"]].format(r=ref, n=f.first(c)),
                out=True,
            )
    c.update(
        problem=prob,
        booking=ref,
        contacts=n,
        problem_event_ids=ids,
        channels=chans[:n],
        competitor=comp,
        agent_passed_on=quality,
        trouble_starts_at=next(r["occurred_at"] for r in f.rows if r["event_id"] == first),
    )


def fixed_run(
    f: Fam, c: dict[str, Any], t: datetime, prob: str, lang2: str | None = None
) -> dict[str, Any]:
    ref = f.case()
    ch = f.rng.choice(["web", "email", "chat"])
    eid = f.complain(c, t, ch, prob)
    f.opened(c, t, ref, ch)
    fx = f.day(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(
        c, fx, "email", W.GOODNEWS[c["language"]].format(n=f.first(c), r=ref), out=True, subject=ref
    )
    cf = f.day(fx + timedelta(hours=f.rng.uniform(8, 30)))
    cch = f.rng.choice(["email", "chat"])
    saved = c["language"]
    if lang2:
        c["language"] = lang2
    ceid = f.add(c, cf, cch, f.pick(W.CONFIRM, c).format(r=ref))
    c["language"] = saved
    iso = "%Y-%m-%dT%H:%M:%SZ"
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": t.strftime(iso),
        "fixed_at": fx.strftime(iso),
        "confirmed_at": cf.strftime(iso),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        "2026-03-23",
        10,
        "repeat contacts, fixed problems, two problems, frequent writers",
    )
    counts = [2, 3, 4] * 4
    f.rng.shuffle(counts)
    for i, n in enumerate(counts):
        c = f.person("repeat_contact", "repeats", None, ("repeat_contact",), REPEAT_TOL)
        f.happy_days(c, [0] * f.rng.randint(1, 3), 7, 12)
        first = ["web", "email", "chat", "phone"][i % 4]
        rest = [x for x in ["email", "chat", "phone", "web", "social"] if x != first]
        f.rng.shuffle(rest)
        repeat_run(
            f, c, n, f.rng.randint(1, 4), i < 6, [first, *rest], f.rng.choice(list(W.PROBLEM))
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", None, (), ("silence",))
        c["problems"] = [
            fixed_run(
                f, c, f.at(f.rng.randint(1, 5), f.rng.uniform(8, 18)), f.rng.choice(list(W.PROBLEM))
            )
        ]
        c["trouble_starts_at"] = c["problems"][0]["raised_at"]
    for _ in range(3):
        c = f.person("different_problems", "two problems", None, (), ("silence",))
        p1, p2 = f.rng.sample(list(W.PROBLEM), 2)
        d = f.rng.randint(0, 3)
        c["problems"] = [
            fixed_run(f, c, f.at(d, f.rng.uniform(8, 17)), p1),
            fixed_run(f, c, f.at(d + f.rng.randint(4, 5), f.rng.uniform(8, 17)), p2),
        ]
        c["trouble_starts_at"] = c["problems"][0]["raised_at"]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, sorted(f.rng.sample(range(10), f.rng.randint(5, 8))))
    f.write({"repeat_contact": 12})


def slide(
    f: Fam, c: dict[str, Any], d0: float, span: int, nps: bool, langs: list[str] | None = None
) -> None:
    comp = f.rng.choice(W.COMPETITORS)
    t = f.at(d0, f.rng.uniform(9, 18))
    ids = []
    saved = c["language"]
    for k in range(6):
        if langs:
            c["language"] = langs[k % 2]
        text = W.SLIDE[c["language"]][k].format(c=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    text,
                    kind="review",
                    rating=str([3, 3, 2, 2, 1, 1][k]),
                    page="/catalogue",
                )
            )
        else:
            ids.append(f.add(c, t, ch, text))
        if k == 3 and nps:
            v = f.rng.randint(1, 5)
            c.update(
                nps_given=True,
                nps=v,
                survey_event_id=f.add(
                    c,
                    f.day(t + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                    "survey",
                    None,
                    scores={"nps": v, "csat": None, "ces": None},
                    survey="nps",
                ),
            )
        t = f.day(t + timedelta(hours=max(1.5, span * 24 / 5 * f.rng.uniform(0.6, 1.2))))
    c["language"] = saved
    c.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0]),
    )


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        "2026-04-20",
        32,
        "slow churners, leavers, steady, grumpy, sarcastic",
    )
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            None,
            ("sentiment_drop", "detractor") if i < 5 else ("sentiment_drop",),
            SLIDE_TOL,
        )
        for d in sorted(f.rng.sample(range(11), f.rng.randint(4, 5))):
            f.add(
                c,
                f.at(d, f.rng.uniform(8, 20)),
                f.rng.choice(["social", "community"]),
                f.pick(W.PRAISE, c),
            )
        for d in f.rng.sample(range(11), f.rng.randint(2, 4)):
            f.add(c, f.at(d, f.rng.uniform(8, 20)), "chat", f.pick(W.QUESTION, c))
        slide(f, c, f.rng.randint(12, 16), [3, 5, 9][i % 3], i < 5)
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            None,
            ("churn_intent",),
            ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        f.happy_days(c, sorted(f.rng.sample(range(15), f.rng.randint(4, 6))))
        t = f.at(f.rng.randint(17, 23), f.rng.uniform(8, 19))
        e = f.add(c, t, "email", f.pick(W.CANCEL, c), subject="Club")
        f.add(
            c,
            f.day(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            W.SORRY_GO[c["language"]].format(n=f.first(c)),
            out=True,
            subject="Re: Club",
        )
        ct = f.day(t + timedelta(hours=f.rng.uniform(20, 30)))
        x = f.add(
            c, ct, "web", None, kind="cancellation", page="/club/cancel", product="Teselo Club"
        )
        c.update(
            churn_intent_event_id=e,
            cancellation_event_id=x,
            churn_at=ct.strftime("%Y-%m-%dT%H:%M:%SZ"),
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, sorted(f.rng.sample(range(32), f.rng.randint(6, 10))))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", None, (), ("repeat_contact", "silence"))
        dd: float = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ids.append(
                f.add(
                    c,
                    f.at(dd, f.rng.uniform(8, 20)),
                    f.rng.choice(["social", "community", "web"]),
                    f.pick(W.GRUMBLE, c),
                )
            )
            dd += f.rng.randint(1, 3)
        c.update(
            grumble_event_ids=ids,
            trouble_starts_at=next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0]),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", None, (), ("silence",))
        f.happy_days(c, sorted(f.rng.sample(range(16), f.rng.randint(3, 5))))
        c["sarcasm_event_id"] = f.add(
            c, f.at(f.rng.randint(17, 28), f.rng.uniform(9, 19)), "social", f.pick(W.SARCASM, c)
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam("quiet_hours", "QH", 5, "2026-06-12", 3, "a calm weekend with night owls in bursts")
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.sample(range(3), f.rng.randint(1, 3)), 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", None, (), ("silence",))
        t = f.at(f.rng.randint(0, 2), f.rng.uniform(9, 17))
        f.add(c, t, "web", kind="page_view", page="/account/queue")
        ch = f.rng.choice(["chat", "web"])
        c["grumble_event_id"] = f.add(
            c, t + timedelta(minutes=f.rng.randint(20, 30)), ch, f.pick(W.GRUMBLE, c)
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=33),
                "chat",
                W.ANSWER[c["language"]].format(n=f.first(c)),
                out=True,
            )
        c["trouble_starts_at"] = (t + timedelta(minutes=20)).strftime("%Y-%m-%dT%H:%M:%SZ")
    for night in range(3):
        b0 = f.at(night + 1, f.rng.uniform(0.7, 1.05))
        for b, off in enumerate([0, f.rng.uniform(28, 33), f.rng.uniform(55, 65)]):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bt + timedelta(minutes=f.rng.uniform(0, 10))
                c.update(burst_at=bt.strftime("%Y-%m-%dT%H:%M:%SZ"))
                if f.rng.random() < 0.5:
                    c["night_event_id"] = f.add(c, t, "chat", f.pick(W.QUESTION, c))
                    f.add(
                        c,
                        t + timedelta(minutes=4),
                        "chat",
                        W.ANSWER[c["language"]].format(n=f.first(c)),
                        out=True,
                    )
                else:
                    c["night_event_id"] = f.add(
                        c, t, f.rng.choice(["social", "community"]), f.pick(W.NIGHT, c)
                    )
                if f.rng.random() < 0.5:
                    f.happy(c, f.at(f.rng.randint(0, 2), f.rng.uniform(9, 17.5)))
    f.write({})


def bilingual() -> None:
    f = Fam("bilingual", "BL", 6, "2026-07-13", 14, "customers alternating two languages")
    pairs = [
        ("en", "fr"),
        ("fr", "en"),
        ("en", "es"),
        ("fr", "de"),
        ("en", "pt"),
        ("fr", "it"),
        ("en", "de"),
        ("fr", "es"),
        ("de", "en"),
        ("es", "fr"),
        ("it", "en"),
        ("pt", "fr"),
    ]

    def mk(
        i: int, persona: str, habit: str, exp: tuple[str, ...], tol: tuple[str, ...] | list[str]
    ) -> dict[str, Any]:
        a, b = pairs[i % len(pairs)]
        c = f.person(
            persona, habit, a, exp, tuple(tol), market=f.rng.choice(W.MARKETS[f.rng.choice([a, b])])
        )
        c.update(
            languages=[a, b],
            job_second_language=f.rng.choice(
                ["works for a company that speaks it", "partner's language", "grew up with it"]
            ),
        )
        return c

    def alt(c: dict[str, Any], days: list[int]) -> None:
        a, b = c["languages"]
        for k, d in enumerate(days):
            c["language"] = [a, b][k % 2]
            f.happy(c, f.at(d, f.rng.uniform(8, 19)))
        c["language"] = a

    for i in range(12):
        c = mk(i, "happy", "alternates languages", (), ())
        alt(c, sorted(f.rng.sample(range(14), f.rng.randint(5, 8))))
    for i in range(5):
        c = mk(i + 3, "repeat_contact", "repeats", ("repeat_contact",), REPEAT_TOL)
        alt(c, [0, 1][: f.rng.randint(1, 2)])
        a, b = c["languages"]
        n = [2, 2, 3, 3, 4][i]
        chans = ["web", "email", "chat", "phone"]
        c["language"] = a
        repeat_run(f, c, 1, f.rng.randint(2, 5), n >= 3, chans, f.rng.choice(list(W.PROBLEM)))
        ref, t = c["booking"], datetime.fromisoformat(c["trouble_starts_at"].replace("Z", "+00:00"))
        ids = list(c["problem_event_ids"])
        for k in range(1, n):
            c["language"] = [a, b][k % 2]
            t = f.day(t + timedelta(hours=f.rng.uniform(4, 40)))
            text = (
                W.THIRD[c["language"]].format(r=ref, c=W.COMPETITORS[0])
                if k == 2
                else W.FOURTH[c["language"]].format(r=ref)
                if k == 3
                else f.pick(W.STILL, c).format(r=ref, p=W.PROBLEM[c["problem"]][c["language"]])
            )
            ids.append(f.add(c, t, chans[k], text))
        c.update(
            language=a,
            problem_event_ids=ids,
            contacts=n,
            competitor=W.COMPETITORS[0] if n >= 3 else None,
        )
    for i in range(5):
        c = mk(i + 6, "slow_churner", "slides", ("sentiment_drop",), SLIDE_TOL)
        a, b = c["languages"]
        for k, d in enumerate(sorted(f.rng.sample(range(6), 5))):
            c["language"] = [a, b][k % 2]
            f.add(c, f.at(d, f.rng.uniform(8, 19)), "community", f.pick(W.PRAISE, c))
        c["language"] = a
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), False, [a, b])
    for i, ch in enumerate(["long", "email", "chat"]):
        c = mk(i, "happy_one_bad_day", "one bad day", (), ("silence",))
        a, b = c["languages"]
        alt(c, [0, 1, 11])
        t = f.at(f.rng.randint(5, 8), f.rng.uniform(9, 18))
        c["language"] = b
        prob = f.rng.choice(list(W.PROBLEM))
        eid = f.complain(c, t, "email" if ch == "long" else ch, prob, long=ch == "long")
        ref = f.case()
        f.opened(c, t, ref, "chat" if ch == "chat" else "email")
        if ch != "chat":
            f.add(
                c,
                f.day(t + timedelta(hours=2)),
                "email",
                W.GOODNEWS[b].format(n=f.first(c), r=ref),
                out=True,
                subject=ref,
            )
        if ch == "email":
            f.add(
                c, f.day(t + timedelta(hours=f.rng.uniform(18, 24))), "chat", f.pick(W.APOLOGY, c)
            )
        c.update(
            language=a,
            bad_day_language=b,
            bad_day_event_id=eid,
            bad_day_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            problem=prob,
            booking=ref,
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    for i in range(2):
        c = mk(i + 9, "resolved_between_contacts", "fixed", (), ("silence",))
        c["problems"] = [
            fixed_run(
                f,
                c,
                f.at(f.rng.randint(2, 8), f.rng.uniform(9, 16)),
                f.rng.choice(list(W.PROBLEM)),
                c["languages"][1],
            )
        ]
        c["trouble_starts_at"] = c["problems"][0]["raised_at"]
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        "2026-09-07",
        14,
        "Teselo Care accounts: at risk, one unhappy, mild, happy",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    sites = ["care home", "library", "clinic", "hospice", "day centre", "school"]
    for ai, kind in enumerate(kinds):
        lang = [
            "en",
            "fr",
            "en",
            "fr",
            "de",
            "en",
            "fr",
            "es",
            "it",
            "en",
            "fr",
            "pt",
            "en",
            "fr",
            "de",
        ][ai]
        market = f.rng.choice(W.MARKETS[lang])
        acc = f"TSC-{market}-{3100 + ai * 17}"
        co = f"{f.rng.choice(['Rosemount', 'Les Tilleuls', 'Lindenhof', 'Bellavista', 'Alameda', 'Harbourview', 'Clos Fleuri', 'Quinta Verde'])} {f.rng.choice(sites).title()}"
        n = f.rng.randint(4, 5) if kind == "at_risk" else 3
        unhappy = [3, 4, 3, 4, 3][ai] if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        prob = (
            ["invoice", "rotation", "portal", "invoice", "rotation"][ai % 5]
            if kind != "happy"
            else None
        )
        keys, unhappy_keys = [], []
        ref = f.case() if unhappy else None
        tfirst = (
            f.at(2, f.rng.uniform(8, 11))
            if kind == "at_risk"
            else f.at(f.rng.randint(3, 7), f.rng.uniform(9, 15))
        )
        t = tfirst
        firstname = ""
        for k in range(n):
            role = (
                "complainer"
                if k < unhappy
                else "suggests"
                if kind == "mild" and k < 2
                else "contact"
            )
            last = kind == "at_risk" and k == unhappy - 1
            if role == "complainer":
                persona = "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy"
                exp: tuple[str, ...] = ("repeat_contact",) if last else ("detractor",)
                tol: tuple[str, ...] = (
                    (
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    )
                    if kind == "at_risk"
                    else ("sentiment_drop", "high_value_at_risk", "silence")
                )
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", (), ("silence",)
            else:
                persona, exp, tol = "b2b_happy", (), ()
            c = f.person(
                persona,
                role,
                lang,
                exp,
                tol,
                account=acc,
                market=market,
                company=co,
                role=role,
                job_title=f.rng.choice(
                    ["Activities coordinator", "Librarian", "Office manager", "Care lead"]
                ),
            )
            keys.append(c["identifiers"]["customer_id"])
            if role == "contact":
                for d in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4)):
                    ht = f.at(d, f.rng.uniform(8, 16.5))
                    r = f.rng.random()
                    if r < 0.4:
                        f.add(c, ht, "chat", f.pick(W.QUESTION, c))
                        f.add(
                            c,
                            ht + timedelta(minutes=f.rng.randint(1, 6)),
                            "chat",
                            W.ANSWER[lang].format(n=f.first(c)),
                            out=True,
                        )
                    elif r < 0.7:
                        f.add(c, ht, "community", W.B2B_PRAISE[lang])
                    else:
                        f.add(
                            c,
                            ht,
                            "survey",
                            None,
                            scores={"nps": f.rng.choice([9, 10]), "csat": None, "ces": None},
                            survey="nps",
                        )
                continue
            f.add(
                c,
                f.at(f.rng.randint(0, 1), f.rng.uniform(8, 16)),
                "web",
                kind="page_view",
                page="/care/portal",
            )
            if role == "suggests":
                st = f.at(f.rng.randint(3, 9), f.rng.uniform(8, 16))
                c["mild_event_id"] = f.add(c, st, "web", W.B2B_MILD[lang])
                f.add(
                    c,
                    st + timedelta(minutes=30),
                    "email",
                    W.ANSWER[lang].format(n=f.first(c)),
                    out=True,
                )
                c["trouble_starts_at"] = st.strftime("%Y-%m-%dT%H:%M:%SZ")
                continue
            unhappy_keys.append(c["identifiers"]["customer_id"])
            p = W.B2B_PROBLEM[str(prob)][lang]
            if k == 0:
                firstname = f.first(c)
                text = W.B2B_COMPLAINT[lang].format(p=p, n=f.first(c), co=co)
            else:
                t = t + timedelta(hours=f.rng.uniform(8, 28))
                while t.weekday() >= 5 or not 8 <= t.hour < 17:
                    t = (
                        (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(5, 50))
                        if t.hour >= 17 or t.weekday() >= 5
                        else t.replace(hour=8, minute=f.rng.randint(5, 50))
                    )
                text = W.B2B_LATER[lang].format(f=firstname, r=ref, p=p)
            e = f.add(c, t, "email", text, subject=f"{W.SUBJ[lang]}{ref}")
            if k == 0:
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(15, 40)),
                    "email",
                    W.OPENED[lang].format(n=f.first(c), r=ref),
                    out=True,
                    subject=str(ref),
                )
            ids = [e]
            if exp == ("detractor",):
                v = f.rng.randint(1, 5)
                c.update(
                    nps_given=True,
                    nps=v,
                    survey_event_id=f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        None,
                        scores={"nps": v, "csat": None, "ces": None},
                        survey="nps",
                    ),
                )
            else:
                t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                while t2.weekday() >= 5 or not 8 <= t2.hour < 17:
                    t2 += timedelta(hours=1)
                ids.append(
                    f.add(
                        c,
                        t2,
                        "phone",
                        W.B2B_LAST[lang].format(r=ref, c=f.rng.choice(W.COMPETITORS)),
                    )
                )
            c.update(
                complaint_event_ids=ids,
                problem=prob,
                booking=ref,
                trouble_starts_at=next(r["occurred_at"] for r in f.rows if r["event_id"] == e),
            )
        f.accounts[acc] = {
            "company": co,
            "site": co.split(" ", 1)[1].lower() if " " in co else co,
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": tfirst.strftime("%Y-%m-%dT%H:%M:%SZ")
            if kind == "at_risk"
            else None,
            "language": lang,
            "country": market,
        }
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        "2026-10-12",
        7,
        "a calm week and a Saturday-morning spike of one reported fault",
    )
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy(c, f.at(d, f.rng.uniform(12, 19) if d == 5 else f.rng.uniform(8, 19)))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", None, (), ("silence",))
        t = f.at(0, f.rng.uniform(9, 17))
        c["grumble_event_id"] = f.add(c, t, "chat", f.pick(W.GRUMBLE, c))
        f.add(
            c,
            t + timedelta(minutes=4),
            "chat",
            W.ANSWER[c["language"]].format(n=f.first(c)),
            out=True,
        )
        c["trouble_starts_at"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
    for lang, h in [("en", 9.6), ("fr", 16.1)]:
        c = f.person("grumbles_once", "lone question", lang, (), ("silence",))
        t = f.at(4, h)
        c["lone_report_event_id"] = f.add(c, t, "chat", W.LONE[lang])
        f.add(c, t + timedelta(minutes=5), "chat", W.LONE_ANS[lang].format(n=f.first(c)), out=True)
        c["trouble_starts_at"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
    langs = ["en"] * 6 + ["fr"] * 6 + ["de", "de", "es", "es", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    start = f.at(5, 8 + 20 / 60)
    offs = sorted([0.0, 45.0] + [f.rng.uniform(0, 45) for _ in range(18)])
    keys, eids, reps = [], [], []
    early = [i for i, o in enumerate(offs) if o <= 25]
    repeaters = set(f.rng.sample(early, 6))
    works = set(f.rng.sample([i for i in range(20) if i not in repeaters], 6))
    for i in range(20):
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i < 12 else "new",
            langs[i],
            ("repeat_contact",) if rep else (),
            ("silence", "sentiment_drop") if rep else ("silence",),
            in_spike=True,
            regular=i < 12,
        )
        if i < 12:
            f.happy(c, f.at(2, f.rng.uniform(8, 17.5)))
        t = start + timedelta(minutes=offs[i])
        e = f.add(
            c, t, chans[i], f.pick(W.SPIKE, c), subject="Q7-2208" if chans[i] == "email" else None
        )
        if chans[i] == "chat":
            f.add(c, t + timedelta(minutes=2), "chat", W.SPIKE_CHAT[langs[i]], out=True)
        keys.append(c["identifiers"]["customer_id"])
        eids.append(e)
        c.update(
            spike_event_id=e,
            spike_channel=chans[i],
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        if rep:
            ch2 = f.rng.choice([x for x in ["email", "chat", "community"] if x != chans[i]])
            r = f.add(c, t + timedelta(minutes=f.rng.uniform(15, 50)), ch2, W.SPIKE_AGAIN[langs[i]])
            reps.append(r)
            c["repeat_event_id"] = r
        if i in works:
            f.add(
                c,
                f.at(5, 12 + f.rng.uniform(38, 47) / 60),
                "email",
                W.WORKS[langs[i]].format(n=f.first(c), t="12:30"),
                out=True,
                subject="Q7-2208",
            )
            c["agent_fixed"] = True
    f.spike = {
        "topic": "puzzle return QR codes refused at parcel lockers, error Q7-2208",
        "about": "returns cannot be sent",
        "channel": None,
        "start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (start + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
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
    for fam in FAMILIES:
        fam()


if __name__ == "__main__":
    main()
