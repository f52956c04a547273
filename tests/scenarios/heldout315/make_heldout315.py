"""Writes heldout315 (Scrivia, calligraphy classes and kits): python make_heldout315.py."""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as wd  # noqa: E402

SEED = 20260919
CODE = "V-42-LX"
COMPETITORS = ("Pennaro", "Inklume")
AGENTS = ("Margaux", "Nadia", "Ettore", "Wiebke", "Rosa", "Owen")
PREFIX = {
    "FR": "+33 6",
    "BE": "+32 47",
    "CH": "+41 79",
    "LU": "+352 621",
    "IT": "+39 34",
    "DE": "+49 151",
    "AT": "+43 664",
    "UK": "+44 7700",
    "IE": "+353 87",
    "ES": "+34 6",
    "PT": "+351 91",
}
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
TOL_B2B_RISK = [*TOL_REPEAT, "account_risk"]
COUNTER = {"cust": 0, "case": 0}


def ascii_of(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[tuple[datetime, int, dict[str, Any], str]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.eid = 0

    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(h0, h1))

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        r = self.rng
        lang = lang or r.choices(wd.LANGS, wd.WEIGHTS)[0]
        market = market or r.choice(wd.MARKETS[lang])
        COUNTER["cust"] += 1
        n = COUNTER["cust"]
        first, last = r.choice(wd.FIRST[lang]), r.choice(wd.LAST[lang])
        fa, la = ascii_of(first).lower(), ascii_of(last).lower().replace(" ", "")
        email = f"{fa}.{la}{n}@{domain}" if domain else f"{fa}.{la}{n}@post{n % 4}.example"
        handle = (
            None if account else r.choice([f"@{la}_{fa}{n}", f"@{fa}{la}{n}", f"@{fa[0]}{la}{n}"])
        )
        phone = f"{PREFIX[market]}{1000000 + n * 37:07d}"
        key = f"SC{self.code}{n:04d}"
        c: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
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
            "_phone": phone,
            "_handle": handle,
        }
        c.update(extra)
        self.customers[key] = c
        return c

    def text(
        self,
        cust: dict[str, Any],
        key: str,
        lang: str | None = None,
        table: dict[str, dict[str, list[str]]] | None = None,
        **fmt: str,
    ) -> str:
        lang = lang or cust["language"]
        out = self.rng.choice((table or wd.W)[lang][key])
        fmt.setdefault("a", self.rng.choice(AGENTS))
        return out.format(**fmt) if "{" in out else out

    def roughen(self, s: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            s = "".join(ch if ch in "ßñÑ" else ascii_of(ch) or ch for ch in s)
        if r.random() < 0.125 and s[:1].isupper():
            s = s[0].lower() + s[1:]
        if r.random() < 0.14:
            words = [
                i for i, w in enumerate(s.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = s.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randrange(1, len(w) - 2)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                s = " ".join(parts)
        return s

    def add(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        **attrs: str,
    ) -> str:
        self.eid += 1
        eid = f"sc315-{self.code.lower()}-{self.eid:05d}"
        if text and not out and channel == "phone":
            text = (
                "".join(ch for ch in text.lower() if ch.isalnum() or ch in " -'€£")
                .replace("  ", " ")
                .strip()
            )
        elif text and not out and channel != "survey":
            text = self.roughen(text)
        a = {"market": c["country"], **attrs}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        row = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": scores or {"nps": None, "csat": None, "ces": None},
            "source": f"scrivia-{channel}",
            "attributes": a,
        }
        self.rows.append((t, self.eid, row, c["identifiers"]["customer_id"]))
        return eid

    def case(self) -> str:
        COUNTER["case"] += 1
        return f"SCR-{400000 + COUNTER['case'] * 7:06d}"

    # ----- common acts -----
    def happy(self, c: dict[str, Any], t: datetime, night: bool = False) -> None:
        r = self.rng
        k = r.choice(
            ["praise", "praise", "gripe", "question", "purchase", "review", "view", "phone"]
            if not night
            else ["night", "night_q"]
        )
        if k in ("praise", "night"):
            self.add(c, t, r.choice(["social", "community"]), "post", self.text(c, k))
        elif k == "gripe":
            self.add(c, t, "community", "post", self.text(c, k))
        elif k in ("question", "night_q"):
            self.add(
                c, t, "chat", "chat", self.text(c, "question" if k == "question" else "night_q")
            )
            self.add(
                c,
                t + timedelta(minutes=r.randint(1, 6)),
                "chat",
                "chat",
                self.text(c, "answer"),
                out=True,
            )
            if r.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(8, 12)),
                    "chat",
                    "chat",
                    self.text(c, "thanks"),
                )
        elif k == "purchase":
            x = r.choice(wd.PRODUCTS)
            self.add(c, t, "web", "page_view", page="/shop")
            self.add(
                c,
                t + timedelta(minutes=r.randint(3, 15)),
                "web",
                "purchase",
                order_value=f"{r.randint(18, 140)}.00",
                currency="GBP"
                if c["country"] in ("UK",)
                else "CHF"
                if c["country"] == "CH"
                else "EUR",
                product=x,
                page="/checkout",
            )
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.text(c, "review"),
                rating=str(r.choice([4, 5, 5])),
                page="/reviews",
            )
        elif k == "phone":
            self.add(c, t, "phone", "call", self.text(c, "question"))
            self.add(
                c,
                t + timedelta(minutes=r.randint(10, 30)),
                "email",
                "message",
                self.text(c, "answer"),
                out=True,
            )
        else:
            self.add(c, t, "web", "page_view", page=r.choice(["/classes", "/club", "/kits"]))

    def happy_days(
        self, c: dict[str, Any], n: int, days: list[int], h0: float = 7, h1: float = 19
    ) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(c, self.at(d, h0, h1))

    def survey(self, c: dict[str, Any], t: datetime, kind: str, value: int, word: str = "") -> str:
        s: dict[str, int | None] = {"nps": None, "csat": None, "ces": None, kind: value}
        return self.add(c, t, "survey", "survey_response", word or None, scores=s, survey=kind)

    def write(self) -> tuple[int, int]:
        self.rows.sort(key=lambda x: (x[0], x[1]))
        seen: set[str] = set()
        lines = []
        last = self.start
        for t, _, row, key in self.rows:
            c = self.customers[key]
            ids = c["identifiers"]
            full = {
                "customer_id": ids["customer_id"],
                "email": ids["email"],
                "phone": c["_phone"],
                "handle": c["_handle"],
                "account_id": ids["account_id"],
            }
            ch = row["channel"]
            if row["direction"] == "outbound" or key not in seen:
                cust = full
                if row["direction"] == "inbound":
                    seen.add(key)
            elif ch == "phone":
                cust = {"phone": c["_phone"]}
            elif ch in ("social", "community"):
                cust = {"handle": c["_handle"]} if c["_handle"] else {"email": ids["email"]}
            elif ch == "email":
                cust = {"email": ids["email"]}
            else:
                cust = {"customer_id": ids["customer_id"]}
            if ids["account_id"]:
                cust["account_id"] = ids["account_id"]
            row["customer"] = cust
            lines.append(json.dumps(row, ensure_ascii=False))
            last = max(last, t)
        assert last.year == 2026 and last < datetime(2026, 11, 20, tzinfo=UTC)
        for c in self.customers.values():
            assert not set(c["expected_rules"]) & set(c["tolerated_rules"])
            assert c["identifiers"]["customer_id"] in seen
            del c["_phone"], c["_handle"]
        expected: Counter[str] = Counter()
        for c in self.customers.values():
            expected.update(c["expected_rules"])
        for a in self.accounts.values():
            expected.update(a["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Scrivia (calligraphy classes, kits by post; Scrivia Events for firms)",
                "days": self.days,
                "seed": SEED,
                "written": "blind, heldout315",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(lines), sum(1 for ln in lines if '"outbound"' in ln)


def night(t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 60)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def day(start: str) -> datetime:
    return datetime.fromisoformat(start).replace(tzinfo=UTC)


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        day("2026-01-12"),
        10,
        "happy customers by day, night writers, survey-only",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            f.happy(c, f.at(d, 22.2, 28.5), night=True)
        f.happy_days(c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            k = f.rng.choice(["nps", "csat", "ces"])
            f.survey(
                c,
                f.at(d, 8, 20),
                k,
                {
                    "nps": f.rng.choice([9, 10]),
                    "csat": f.rng.choice([4, 5]),
                    "ces": f.rng.choice([6, 7]),
                }[k],
                f.text(c, "survey"),
            )
    return f


def complaint(
    f: Fam,
    c: dict[str, Any],
    t: datetime,
    channel: str,
    problem: str,
    lang: str | None = None,
    long: bool = False,
) -> tuple[str, str | None]:
    lang = lang or c["language"]
    body = f.text(c, problem, lang)
    x = f.rng.choice(wd.PRODUCTS)
    p = None if channel == "social" else f.case()
    if long:
        eid = f.add(
            c,
            t,
            "email",
            "message",
            f.text(c, "letter", lang, complaint=body),
            subject=f.text(c, "subject_complaint", lang, x=x),
        )
    elif channel == "email":
        eid = f.add(
            c, t, "email", "message", body, subject=f.text(c, "subject_complaint", lang, x=x)
        )
    elif channel == "chat":
        eid = f.add(c, t, "chat", "chat", body)
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(2, 6)),
            "chat",
            "chat",
            f.text(c, "case_opened", lang, p=p or ""),
            out=True,
        )
        return eid, p
    elif channel == "social":
        eid = f.add(c, t, "social", "mention", "@Scrivia " + body)
        return eid, p
    elif channel == "web":
        eid = f.add(c, t, "web", "ticket", body, page="/help/contact")
    else:
        eid = f.add(c, t, "phone", "call", body)
    f.add(
        c,
        night(t + timedelta(minutes=f.rng.randint(10, 40))),
        "email",
        "message",
        f.text(c, "case_opened", lang, p=p or ""),
        out=True,
        subject=f.text(c, "subject_case", lang, p=p or ""),
    )
    return eid, p


PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, day("2026-02-09"), 12, "happy customers with one bad day")
    chans = (
        ["letter"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    f.rng.shuffle(chans)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(with_case[:6])
    csat = set(with_case[6:11])
    good = set(with_case[2:14])
    sorry = set(with_case[8:13])
    for i, ch in enumerate(chans):
        d = f.rng.randint(2, 9)
        pers = "bad_day_detractor" if i in det else "happy_one_bad_day"
        c = f.person(
            pers,
            "one bad day",
            expected=["detractor"] if i in det else [],
            tolerated=["silence"],
            problem=PROBLEMS[i % 6],
            long_email=ch == "letter",
        )
        f.happy_days(c, f.rng.randint(1, 5), [x for x in range(12) if x < d - 1 or x > d + 2])
        t = f.at(d, 8, 20)
        eid, p = complaint(
            f, c, t, "email" if ch == "letter" else ch, c["problem"], long=ch == "letter"
        )
        c.update(
            bad_day_at=iso(t), bad_day_event_id=eid, trouble_starts_at=iso(t), booking=p, channel=ch
        )
        if i in det:
            v = f.rng.randint(1, 5)
            c.update(
                nps_given=True,
                nps=v,
                survey_event_id=f.survey(
                    c, t + timedelta(minutes=f.rng.randint(100, 140)), "nps", v
                ),
            )
        if i in csat:
            v = f.rng.randint(1, 2)
            c.update(
                csat_given=True,
                csat=v,
                survey_event_id=f.survey(
                    c,
                    t + timedelta(minutes=f.rng.randint(40, 80)),
                    "csat",
                    v,
                    f.text(c, "low_csat"),
                ),
            )
        if i in good:
            c["agent_fixed"] = True
            f.add(
                c,
                night(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                "message",
                f.text(c, "good_news", p=p or ""),
                out=True,
            )
        if i in sorry and i in good:
            ta = night(t + timedelta(hours=f.rng.uniform(16, 24)))
            c.update(
                apologised=True,
                apology_at=iso(ta),
                apology_event_id=f.add(
                    c, ta, f.rng.choice(["chat", "email"]), "message", f.text(c, "apology")
                ),
            )
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), list(range(12)))
    return f


def repeat_run(
    f: Fam,
    c: dict[str, Any],
    first: datetime,
    n: int,
    ch0: str,
    quality: bool,
    langs: list[str] | None = None,
) -> None:
    problem = f.rng.choice(PROBLEMS)
    langs = langs or [c["language"]]
    eid, p = complaint(f, c, first, ch0, problem, langs[0])
    ids = [eid]
    comp = f.rng.choice(COMPETITORS) if n >= 3 else None
    if quality:
        f.add(
            c,
            night(first + timedelta(hours=f.rng.uniform(1.5, 2.5))),
            "email",
            "message",
            f.text(c, "quality", langs[0], p=p or ""),
            out=True,
        )
    used = {ch0}
    t = first
    for k in range(2, n + 1):
        lang = langs[(k - 1) % len(langs)]
        t = night(t + timedelta(hours=f.rng.uniform(4, 40)))
        ch = f.rng.choice([x for x in ("email", "chat", "phone", "web", "social") if x not in used])
        used.add(ch)
        key = "still" if k == 2 else "third" if k == 3 else "fourth"
        body = f.text(c, key, lang, p=p or "", c=comp or "")
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        ids.append(f.add(c, t, ch, kind, ("@Scrivia " + body) if ch == "social" else body))
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                f.text(c, "urgent", lang, p=p or ""),
                out=True,
            )
    c.update(
        problem=problem,
        booking=p,
        contacts=n,
        channels=sorted(used),
        channel=ch0,
        agent_passed_on=quality,
        problem_event_ids=ids,
        competitor=comp,
        trouble_starts_at=iso(first),
    )


def fixed_case(
    f: Fam, c: dict[str, Any], t: datetime, ch: str, lang: str, lang2: str
) -> dict[str, Any]:
    problem = f.rng.choice(PROBLEMS)
    eid, p = complaint(f, c, t, ch, problem, lang)
    tf = night(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(c, tf, "email", "message", f.text(c, "good_news", lang2, p=p or ""), out=True)
    tc = night(tf + timedelta(hours=f.rng.uniform(8, 30)))
    cch = f.rng.choice(["email", "chat"])
    ce = f.add(
        c, tc, cch, "message" if cch == "email" else "chat", f.text(c, "confirm", lang2, p=p or "")
    )
    return {
        "problem": problem,
        "booking": p,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        day("2026-03-09"),
        10,
        "repeat contacts, fixed cases, two problems, frequent writers",
    )
    counts = [2, 3, 4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=TOL_REPEAT)
        f.happy(c, f.at(0, 7, 12))
        repeat_run(f, c, f.at(f.rng.randint(1, 4), 8, 19), counts[i], firsts[i], i < 6)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy(c, f.at(0, 7, 12))
        fc = fixed_case(
            f,
            c,
            f.at(f.rng.randint(1, 5), 8, 18),
            f.rng.choice(["web", "email", "chat"]),
            c["language"],
            c["language"],
        )
        c.update(problems=[fc], trouble_starts_at=fc["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        d = f.rng.randint(0, 2)
        fcs = [
            fixed_case(
                f,
                c,
                f.at(d + k * f.rng.randint(4, 5), 8, 18),
                f.rng.choice(["web", "email"]),
                c["language"],
                c["language"],
            )
            for k in range(2)
        ]
        c.update(problems=fcs, trouble_starts_at=fcs[0]["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    return f


def slide(f: Fam, c: dict[str, Any], d0: int, span: int, langs: list[str]) -> None:
    comp = f.rng.choice(COMPETITORS)
    ids = []
    t = f.at(d0, 9, 18)
    c["_t0"] = iso(t)
    for k in range(6):
        if k:
            t = night(
                max(
                    t + timedelta(hours=1),
                    f.start + timedelta(days=d0 + span * k / 5, hours=f.rng.uniform(9, 19)),
                )
            )
        lang = langs[k % len(langs)]
        body = wd.W[lang]["slide"][k].format(c=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c, t, "web", "review", body, rating=str((3, 3, 2, 2, 1, 1)[k]), page="/reviews"
                )
            )
        else:
            ids.append(f.add(c, t, ch, "post", ("@Scrivia " + body) if ch == "social" else body))
        if k == 3 and c.get("_nps"):
            v = f.rng.randint(1, 5)
            c.update(
                nps_given=True,
                nps=v,
                survey_event_id=f.survey(
                    c, night(t + timedelta(hours=f.rng.uniform(2.5, 3.5))), "nps", v
                ),
            )
    c.pop("_nps", None)
    t0 = c.pop("_t0")
    c.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=f.customers[c["identifiers"]["customer_id"]].get("x", t0),
    )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        day("2026-04-06"),
        32,
        "sliders, leavers, steady, grumpy, sarcastic",
    )
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop", *(["detractor"] if i < 5 else [])],
            tolerated=TOL_SLIDE,
        )
        c["_nps"] = i < 5
        for d in sorted(f.rng.sample(range(11), 5)):
            f.add(
                c,
                f.at(d, 8, 20),
                f.rng.choice(["social", "community"]),
                "post",
                f.text(c, "praise"),
            )
        f.happy_days(c, f.rng.randint(2, 4), list(range(11)))
        slide(f, c, f.rng.randint(12, 16), (3, 5, 5, 5, 5, 5, 9, 9, 9, 9)[i], [c["language"]])
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=TOL_LEAVE
        )
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)))
        t = f.at(f.rng.randint(17, 23), 8, 18)
        e = f.add(c, t, "email", "message", f.text(c, "leave"), subject="Scrivia Club")
        f.add(
            c,
            night(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            f.text(c, "sorry_go"),
            out=True,
        )
        tc = night(t + timedelta(hours=f.rng.uniform(20, 30)))
        x = f.add(c, tc, "web", "cancellation", None, page="/account/close", product="Scrivia Club")
        c.update(
            churn_intent_event_id=e,
            cancellation_event_id=x,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        c["trouble_starts_at"] = iso(f.start + timedelta(days=d))
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web", "review"])
            body = f.text(c, "grumble")
            t = f.at(d, 8, 20)
            if ch == "review":
                ids.append(f.add(c, t, "web", "review", body, rating="3", page="/reviews"))
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", body, page="/help/contact"))
            else:
                ids.append(f.add(c, t, ch, "post", body))
            d += f.rng.randint(1, 3)
        c["grumble_event_ids"] = ids
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, f.rng.randint(3, 6), list(range(16)))
        c["sarcasm_event_id"] = f.add(
            c,
            f.at(f.rng.randint(17, 28), 9, 20),
            "social",
            "post",
            "@Scrivia " + f.text(c, "sarcasm"),
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours", "QH", 5, day("2026-05-15"), 3, "calm weekend, night-owl bursts, no spike"
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(f.rng.randint(0, 2), 9, 16)
        f.add(c, t, "web", "page_view", page="/workshops")
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if f.rng.random() < 0.5:
            e = f.add(c, t2, "chat", "chat", f.text(c, "mild"))
            f.add(c, t2 + timedelta(minutes=4), "chat", "chat", f.text(c, "answer"), out=True)
        else:
            e = f.add(c, t2, "web", "ticket", f.text(c, "mild"), page="/help/contact")
            f.add(
                c,
                t2 + timedelta(minutes=25),
                "email",
                "message",
                f.text(c, "case_opened", p=f.case()),
                out=True,
            )
        c.update(grumble_event_id=e, trouble_starts_at=iso(t2))
    for n in range(3):
        b0 = f.start + timedelta(days=n + 1, minutes=f.rng.randint(40, 65))
        for m, off in enumerate((0, f.rng.randint(28, 33), f.rng.randint(55, 65))):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {n + 1}, burst {m + 1}", burst_at=iso(bt))
                t = bt + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", f.text(c, "night_q"))
                    f.add(
                        c, t + timedelta(minutes=3), "chat", "chat", f.text(c, "answer"), out=True
                    )
                    f.add(c, t + timedelta(minutes=9), "chat", "chat", f.text(c, "thanks"))
                else:
                    e = f.add(c, t, "social", "post", f.text(c, "night"))
                c["night_event_id"] = e
                if f.rng.random() < 0.5:
                    f.happy(c, f.at(n + 1, 9, 17.5))
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, day("2026-06-15"), 14, "customers alternating two languages")
    pairs = [
        ("fr", "it"),
        ("it", "fr"),
        ("fr", "de"),
        ("it", "de"),
        ("fr", "en"),
        ("it", "en"),
        ("fr", "es"),
        ("it", "pt"),
        ("de", "fr"),
        ("en", "it"),
        ("es", "it"),
        ("pt", "fr"),
    ]
    mk = {"fr": "CH", "it": "CH", "de": "CH"}

    def who(persona: str, habit: str, i: int, **kw: Any) -> tuple[dict[str, Any], list[str]]:
        a, b = pairs[i % len(pairs)]
        market = "CH" if {a, b} <= set(mk) else None
        c = f.person(
            persona,
            habit,
            lang=a,
            market=market,
            languages=[a, b],
            job_second_language=f.rng.choice(
                ["partner's family", "works across the border", "studied abroad"]
            ),
            **kw,
        )
        return c, [a, b]

    i = 0
    for _ in range(12):
        c, ls = who("happy", "alternates languages", i)
        i += 1
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            if k % 2 == 0:
                f.happy(c, f.at(d, 8, 19))
            else:
                f.add(c, f.at(d, 8, 19), "social", "post", f.text(c, "praise", ls[1]))
    for j in range(5):
        c, ls = who(
            "repeat_contact", "repeats", i, expected=["repeat_contact"], tolerated=TOL_REPEAT
        )
        i += 1
        f.happy(c, f.at(f.rng.randint(0, 1), 8, 12))
        n = (2, 2, 3, 3, 4)[j]
        repeat_run(
            f,
            c,
            f.at(f.rng.randint(2, 5), 8, 18),
            n,
            f.rng.choice(["web", "email", "chat"]),
            n >= 3,
            ls,
        )
    for _ in range(5):
        c, ls = who("slow_churner", "slides", i, expected=["sentiment_drop"], tolerated=TOL_SLIDE)
        i += 1
        for k, d in enumerate(sorted(f.rng.sample(range(6), 5))):
            f.add(c, f.at(d, 8, 20), "community", "post", f.text(c, "praise", ls[k % 2]))
        f.happy_days(c, f.rng.randint(1, 3), list(range(6)))
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), ls)
    for j in range(3):
        c, ls = who("happy_one_bad_day", "one bad day", i, tolerated=["silence"])
        i += 1
        d = f.rng.randint(5, 8)
        f.happy_days(c, 3, [x for x in range(14) if abs(x - d) > 2])
        t = f.at(d, 9, 18)
        ch = ("email", "email", "chat")[j]
        eid, p = complaint(f, c, t, ch, PROBLEMS[j], ls[1], long=j == 0)
        c.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=ls[1],
            booking=p,
            trouble_starts_at=iso(t),
            long_email=j == 0,
        )
        if j < 2:
            c["agent_fixed"] = True
            f.add(
                c,
                night(t + timedelta(hours=2)),
                "email",
                "message",
                f.text(c, "good_news", ls[1], p=p or ""),
                out=True,
            )
        if j == 1:
            ta = night(t + timedelta(hours=f.rng.uniform(18, 24)))
            c.update(
                apologised=True,
                apology_at=iso(ta),
                apology_event_id=f.add(c, ta, "chat", "chat", f.text(c, "apology", ls[1])),
            )
    for _ in range(2):
        c, ls = who("resolved_between_contacts", "fixed", i, tolerated=["silence"])
        i += 1
        fc = fixed_case(f, c, f.at(f.rng.randint(2, 9), 9, 17), "web", ls[0], ls[1])
        c.update(problems=[fc], trouble_starts_at=fc["raised_at"], confirm_language=ls[1])
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, day("2026-07-13"), 14, "Scrivia Events accounts")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    risk_problems = ["invoice", "service_blocked", "portal", "invoice", "overbilled"]
    sites = [
        "hotel",
        "wedding planner",
        "events agency",
        "restaurant group",
        "museum",
        "university",
        "law firm",
        "bank",
        "caterer",
    ]
    for ai, kind in enumerate(kinds):
        lang = f.rng.choices(wd.LANGS, wd.WEIGHTS)[0]
        market = f.rng.choice(wd.MARKETS[lang])
        acc = f"SCE-{market}-{3100 + ai * 13}"
        company = f"{f.rng.choice(['Maison', 'Gruppo', 'Haus', 'Grupo', 'Casa', 'Hall'])} {f.rng.choice(wd.LAST[lang])} {ai + 1}"
        dom = f"{ascii_of(company).lower().replace(' ', '')}.example"
        n_unhappy = (
            0
            if kind in ("mild", "happy")
            else (4 if ai in (3, 4) else 3)
            if kind == "at_risk"
            else 1
        )
        n_contacts = max(n_unhappy + f.rng.randint(1, 2), 3)
        problem = (
            risk_problems[ai]
            if kind == "at_risk"
            else f.rng.choice(["invoice", "service_blocked", "portal", "overbilled"])
        )
        keys, unhappy = [], []
        p = f.case() if n_unhappy else None
        first_name = ""
        t = f.start + timedelta(days=2, hours=f.rng.uniform(8, 10))
        for j in range(n_contacts):
            role = (
                "complainer"
                if j < n_unhappy
                else "suggests"
                if kind == "mild" and j < 2
                else "contact"
            )
            if role == "complainer":
                pers = "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy"
                exp = (
                    ["detractor"]
                    if not (kind == "at_risk" and j == n_unhappy - 1)
                    else ["repeat_contact"]
                )
                tol = (
                    [x for x in TOL_B2B_RISK if x not in exp]
                    if kind == "at_risk"
                    else ["sentiment_drop", "high_value_at_risk", "silence"]
                )
            elif role == "suggests":
                pers, exp, tol = "b2b_mild", [], ["silence"]
            else:
                pers, exp, tol = "b2b_happy", [], []
            c = f.person(
                pers,
                role,
                lang=lang,
                market=market,
                expected=exp,
                tolerated=tol,
                account=acc,
                domain=dom,
                company=company,
                role=role,
                job_title=f.rng.choice(
                    ["Event manager", "Office manager", "Procurement", "Head of banqueting"]
                ),
            )
            c["job"] = c["job_title"]
            keys.append(c["identifiers"]["customer_id"])
            for _ in range(f.rng.randint(0, 2) if role != "contact" else f.rng.randint(2, 4)):
                tr = f.at(
                    f.rng.randint(0, 1)
                    if role != "contact"
                    else f.rng.choice([0, 1, 2, 3, 4, 7, 8, 9, 10, 11]),
                    8,
                    16.5,
                )
                f.add(c, tr, "chat", "chat", f.text(c, "chat_q", table=wd.B2B))
                f.add(
                    c,
                    tr + timedelta(minutes=f.rng.randint(1, 6)),
                    "chat",
                    "chat",
                    f.text(c, "answer"),
                    out=True,
                )
            if role == "contact" and f.rng.random() < 0.6:
                f.add(
                    c,
                    f.at(f.rng.randint(0, 11), 9, 16),
                    "community",
                    "post",
                    f.text(c, "praise", table=wd.B2B),
                )
            if role == "contact" and f.rng.random() < 0.5:
                f.survey(c, f.at(f.rng.randint(0, 11), 9, 16), "nps", f.rng.choice([9, 10]))
            if role == "complainer":
                unhappy.append(c["identifiers"]["customer_id"])
                if kind == "one_unhappy":
                    t = f.at(f.rng.randint(3, 7), 8, 16)
                    while t.weekday() >= 5:
                        t += timedelta(days=1)
                body = (
                    f.text(c, problem, table=wd.B2B)
                    if j == 0
                    else f.text(
                        c, "later", table=wd.B2B, n=first_name, d=wd.DAY_WORD[lang], p=p or ""
                    )
                    + ". "
                    + f.text(c, problem, table=wd.B2B)
                )
                e = f.add(c, t, "email", "message", body, subject=f"Scrivia Events {acc}")
                if j == 0:
                    first_name = c["name"].split()[0]
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(20, 50)),
                        "email",
                        "message",
                        f.text(c, "case_opened", p=p or ""),
                        out=True,
                    )
                ids = [e]
                if "detractor" in exp:
                    v = f.rng.randint(1, 5)
                    c.update(
                        nps_given=True,
                        nps=v,
                        survey_event_id=f.survey(
                            c, t + timedelta(hours=f.rng.uniform(1, 3)), "nps", v
                        ),
                    )
                if kind == "at_risk" and j == n_unhappy - 1:
                    t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                    t2 = t2.replace(hour=min(max(t2.hour, 8), 16))
                    while t2.weekday() >= 5:
                        t2 += timedelta(days=1)
                    comp = f.rng.choice(COMPETITORS)
                    ids.append(
                        f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            f.text(c, "last", table=wd.B2B, p=p or "", c=comp),
                        )
                    )
                    c["competitor"] = comp
                c.update(
                    complaint_event_ids=ids, problem=problem, booking=p, trouble_starts_at=iso(t)
                )
                t = t + timedelta(hours=f.rng.uniform(8, 28))
                t = t.replace(hour=min(max(t.hour, 8), 16))
                while t.weekday() >= 5:
                    t += timedelta(days=1)
            if role == "suggests":
                ts = f.at(f.rng.randint(3, 9), 8, 16)
                while ts.weekday() >= 5:
                    ts += timedelta(days=1)
                e = f.add(
                    c,
                    ts,
                    "web",
                    "ticket",
                    f.text(c, "suggest", table=wd.B2B),
                    page="/events/portal/feedback",
                )
                f.add(
                    c,
                    ts + timedelta(minutes=30),
                    "email",
                    "message",
                    f.text(c, "case_opened", p=f.case()),
                    out=True,
                )
                c.update(mild_event_id=e, trouble_starts_at=iso(ts))
        risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": company,
            "site": f.rng.choice(sites),
            "contacts": n_contacts,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": risk,
            "expected_rules": ["account_risk"] if risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if risk else None,
            "trouble_starts_at": f.customers[unhappy[0]]["trouble_starts_at"] if risk else None,
            "language": lang,
            "country": market,
        }
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, day("2026-09-14"), 7, "calm week and a Saturday-morning spike")
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            f.happy(c, f.at(d, 12, 19) if d == 5 else f.at(d, 7, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, 9, 17)
        e = f.add(c, t, "chat", "chat", f.text(c, "grumble"))
        f.add(c, t + timedelta(minutes=4), "chat", "chat", f.text(c, "answer"), out=True)
        c.update(grumble_event_id=e, trouble_starts_at=iso(t))
    for lang, h in (("fr", 9.6), ("it", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = f.start + timedelta(days=4, hours=h)
        e = f.add(c, t, "chat", "chat", f.text(c, "lone"))
        f.add(c, t + timedelta(minutes=5), "chat", "chat", f.text(c, "lone_answer"), out=True)
        c.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    s0 = f.start + timedelta(days=5, hours=8, minutes=5)
    langs = ["fr"] * 6 + ["it"] * 6 + ["de", "de", "en", "en", "es", "es", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    offs = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    keys, eids, reps = [], [], []
    early = [i for i in range(20) if offs[i] <= 30]
    repeaters = set(early[:6])
    fixed = set([i for i in range(20) if i not in repeaters][:6])
    for i in range(20):
        regular = i < 12
        c = f.person(
            "spike_repeater" if i in repeaters else "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            expected=["repeat_contact"] if i in repeaters else [],
            tolerated=["silence", "sentiment_drop"] if i in repeaters else ["silence"],
            in_spike=True,
            regular=regular,
        )
        if regular:
            f.happy(c, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        body = f.text(c, "spike", k=CODE)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(c, t, ch, kind, ("@Scrivia " + body) if ch == "social" else body)
        if ch == "chat":
            f.add(c, t + timedelta(minutes=2), "chat", "chat", f.text(c, "spike_chat"), out=True)
        keys.append(c["identifiers"]["customer_id"])
        eids.append(e)
        c.update(spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t))
        if i in repeaters:
            ch2 = f.rng.choice([x for x in ("email", "chat", "community") if x != ch])
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(15, 50)),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.text(c, "spike_again", k=CODE),
            )
            reps.append(r)
            c["repeat_event_id"] = r
        if i in fixed:
            local = "12:40" if c["country"] not in ("UK", "IE", "PT") else "11:40"
            f.add(
                c,
                s0 + timedelta(hours=3, minutes=f.rng.randint(0, 9)),
                "email",
                "message",
                f.text(c, "works_again", t=local),
                out=True,
            )
            c["agent_fixed"] = True
    f.spike = {
        "topic": f"calligraphy class app: live classes will not start, error {CODE}",
        "about": "live-class player fails for everyone on a Saturday morning",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
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
        fam = build()
        n, out = fam.write()
        print(fam.name, len(fam.customers), n, out)


if __name__ == "__main__":
    main()
