"""Build the twelfth blind alert set (Platillo, food delivery): ``python make_heldout11.py``.

Standard library only and deterministic (one seed per family): two runs give the
same bytes. Writes ``<family>.jsonl`` and ``<family>.truth.json`` next to this file.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wording as W

HERE = Path(__file__).resolve().parent
SEED = 20260917
# English and Spanish first, then French, German, Portuguese, Italian.
LANG_WEIGHTS = (("en", 30), ("es", 26), ("fr", 14), ("de", 12), ("pt", 10), ("it", 8))
KIND_OF = {
    "email": "message",
    "phone": "call",
    "chat": "chat",
    "social": "post",
    "community": "post",
    "web": "ticket",
}
COMPLAIN_CHANNELS = ("email", "chat", "phone", "social", "web", "community")
ALWAYS_TOL = ("silence",)
COMPLAINER_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Family:
    """One family being written: its customers, touchpoints and truth."""

    def __init__(self, name: str, code: str, start: datetime, days: int, about: str) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(f"{SEED}-{name}")
        self.tps: list[dict[str, Any]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.n = 0
        self.owner: dict[str, str] = {}

    def lang(self) -> str:
        langs, weights = zip(*LANG_WEIGHTS, strict=True)
        return str(self.rng.choices(langs, weights)[0])

    def person(self, persona: str, lang: str | None = None, account: str | None = None) -> str:
        lang = lang or self.lang()
        idx = len(self.customers) + 1
        key = f"PL{self.code}{idx:04d}"
        first = self.rng.choice(W.FIRST[lang])
        phone = W.PHONE_PREFIX[lang] + f"{self.rng.randrange(10**7, 10**8)}"
        domain = "co.example" if account else "mail.example"
        ids = {
            "customer_id": key,
            "email": f"{first}.{self.code.lower()}{idx}@{domain}",
            "phone": phone,
            "handle": f"@{first}_{self.code.lower()}{idx}",
            "account_id": account,
        }
        self.customers[key] = {
            "identifiers": ids,
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "language": lang,
            "country": W.COUNTRY[lang],
            "name": first,
        }
        return key

    def tp(
        self,
        key: str,
        at: datetime,
        channel: str,
        text: str | None,
        *,
        kind: str | None = None,
        subject: str | None = None,
        scores: dict[str, Any] | None = None,
        outbound: bool = False,
        attrs: dict[str, Any] | None = None,
    ) -> str:
        c = self.customers[key]
        ids = c["identifiers"]
        self.n += 1
        eid = f"h11-{self.code.lower()}-{self.n:05d}"
        if outbound:
            ref = {k: v for k, v in ids.items() if v}
        elif channel == "phone":
            ph = ids["phone"]
            ref = {"phone": ph if self.rng.random() < 0.7 else f"{ph[:4]} {ph[4:7]} {ph[7:]}"}
        elif channel in ("social", "community"):
            h = ids["handle"]
            ref = {"handle": h if self.rng.random() < 0.7 else h.lstrip("@")}
        elif channel == "email":
            e = ids["email"]
            ref = {"email": e if self.rng.random() < 0.85 else e.upper()}
        else:
            ref = {"customer_id": ids["customer_id"]}
        if ids.get("account_id"):
            ref["account_id"] = ids["account_id"]
        self.owner[eid] = key
        market = c["country"]
        a = {"market": market} | (attrs or {})
        if ids.get("account_id"):
            a["segment"] = "b2b"
        src = {"email": "zendesk", "chat": "intercom", "phone": "aircall", "social": "sprout"}
        self.tps.append(
            {
                "event_id": eid,
                "occurred_at": iso(at),
                "channel": channel,
                "kind": kind or KIND_OF.get(channel, "message"),
                "direction": "outbound" if outbound else "inbound",
                "customer": {
                    k: ref.get(k) for k in ("customer_id", "email", "phone", "handle", "account_id")
                },
                "text": text,
                "subject": subject,
                "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
                "source": src.get(channel, "platillo-app"),
                "attributes": a,
            }
        )
        return eid

    # -- building blocks -------------------------------------------------
    def day_time(self, day: float, lo: float = 8.0, hi: float = 22.0) -> datetime:
        hours = self.rng.uniform(lo, hi)
        return self.start + timedelta(days=int(day), hours=hours)

    def happy_act(self, key: str, at: datetime) -> None:
        lang = self.customers[key]["language"]
        r = self.rng.random()
        if r < 0.3:
            self.tp(
                key,
                at,
                self.rng.choice(("social", "community", "email")),
                self.pick(W.PRAISE, lang),
            )
        elif r < 0.45:
            self.tp(key, at, "chat", self.pick(W.QUESTION, lang))
            name = self.customers[key]["name"].title()
            ans = W.AGENT_ANSWER[lang].format(name=name, how=W.AGENT_HOW[lang])
            self.tp(key, at + timedelta(minutes=4), "chat", ans, outbound=True)
            self.tp(key, at + timedelta(minutes=7), "chat", self.pick(W.THANKS, lang))
        elif r < 0.7:
            value = f"{self.rng.randrange(1200, 6500) / 100:.2f}"
            self.tp(key, at, "web", None, kind="purchase", attrs={"order_value": value})
        elif r < 0.82:
            self.tp(key, at, "web", None, kind="page_view", attrs={"page": "/menu"})
        else:
            self.happy_survey(key, at)

    def happy_survey(self, key: str, at: datetime) -> None:
        lang = self.customers[key]["language"]
        which = self.rng.choice(("nps", "csat", "ces"))
        score = {"nps": self.rng.choice((9, 10)), "csat": 5, "ces": self.rng.choice((6, 7))}[which]
        text = self.rng.choice([None, None, self.pick(W.ONE_WORD, lang)])
        self.tp(key, at, "survey", text, kind="survey_response", scores={which: score})

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def happy_customer(self, persona: str = "happy", acts: tuple[int, int] = (4, 8)) -> str:
        key = self.person(persona)
        for _ in range(self.rng.randint(*acts)):
            self.happy_act(key, self.day_time(self.rng.uniform(0, self.days - 0.01)))
        return key

    def problem_text(self, lang: str, problem: str, long: bool = False, name: str = "") -> str:
        text: str = W.PROBLEMS[problem][lang].format(n=self.rng.randrange(480000, 499999))
        if long and lang in W.LONG_MAIL:
            return str(W.LONG_MAIL[lang].format(problem=text, name=name.title()))
        return text

    def repeat_story(self, key: str, first: datetime, langs: list[str] | None = None) -> list[str]:
        c = self.customers[key]
        problem = self.rng.choice(sorted(W.PROBLEMS))
        n = self.rng.randint(2, 4)
        chans = self.rng.sample(COMPLAIN_CHANNELS, n)
        at = first
        eids = []
        # never the same follow-up line twice; the "third time" line only from the third on
        used: set[int] = set()
        for i, ch in enumerate(chans):
            lang = langs[i % len(langs)] if langs else c["language"]
            subj = W.SUBJECT[lang]
            if i == 0:
                text = self.problem_text(lang, problem, long=ch == "email", name=c["name"])
                eids.append(self.tp(key, at, ch, text, subject=subj if ch == "email" else None))
            else:
                pool = [
                    j for j in range(len(W.STILL[lang])) if j not in used and (i >= 2 or j != 2)
                ]
                j = self.rng.choice(pool)
                used.add(j)
                text = W.STILL[lang][j].format(subj=subj, ref=W.REF[lang])
                eids.append(self.tp(key, at, ch, text))
            if i == 0 and self.rng.random() < 0.5:
                name = c["name"].title()
                self.tp(
                    key,
                    at + timedelta(hours=2),
                    "email",
                    W.AGENT_LOOKING[lang].format(name=name),
                    outbound=True,
                )
            at += timedelta(hours=self.rng.uniform(4, 50))
        c.update(problem=problem, contacts=n, problem_event_ids=eids)
        c["expected_rules"] = ["repeat_contact"]
        c["tolerated_rules"] = sorted(COMPLAINER_TOL)
        return eids

    def resolved_story(self, key: str, first: datetime, not_about: str = "") -> None:
        c = self.customers[key]
        lang = c["language"]
        problem = self.rng.choice(sorted(set(W.PROBLEMS) - {not_about}))
        e1 = self.tp(key, first, "email", self.problem_text(lang, problem), subject=W.SUBJECT[lang])
        name = c["name"].title()
        self.tp(
            key,
            first + timedelta(hours=5),
            "email",
            W.AGENT_FIXED[lang].format(name=name),
            outbound=True,
        )
        e2 = self.tp(
            key, first + timedelta(hours=self.rng.uniform(8, 30)), "chat", self.pick(W.SORTED, lang)
        )
        c.update(problem=problem, problem_event_ids=[e1, e2])
        c["tolerated_rules"] = ["silence"]

    def slide_story(self, key: str, langs: list[str] | None = None, span: float = 4.0) -> list[str]:
        c = self.customers[key]
        for i in range(6):
            self.happy_act(key, self.day_time(i * 1.6 + self.rng.uniform(0, 1.2)))
        # make sure the baseline has five clearly happy written acts
        for i in range(5):
            lang = langs[i % len(langs)] if langs else c["language"]
            self.tp(
                key,
                self.day_time(i * 2 + 0.5),
                self.rng.choice(("social", "email", "chat")),
                self.pick(W.PRAISE, lang),
            )
        begin = self.start + timedelta(days=12, hours=self.rng.uniform(9, 20))
        comp = self.rng.choice(W.COMPETITORS)
        eids = []
        for i in range(6):
            lang = langs[i % len(langs)] if langs else c["language"]
            line = W.SLIDE[lang][i].format(c=comp)
            at = begin + timedelta(days=span * i / 5, hours=self.rng.uniform(-2, 2))
            eids.append(
                self.tp(key, at, self.rng.choice(("email", "chat", "social", "community")), line)
            )
        c.update(slide_event_ids=eids, slide_days=span)
        c["expected_rules"] = ["sentiment_drop"]
        c["tolerated_rules"] = sorted(
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ]
        )
        return eids

    def bad_day(self, key: str, day: int, csat: bool = False, nps: bool = False) -> None:
        c = self.customers[key]
        lang = c["language"]
        problem = self.rng.choice(sorted(W.PROBLEMS))
        at = self.day_time(day, 11, 21)
        ch = self.rng.choice(("email", "social", "chat", "phone"))
        e = self.tp(
            key,
            at,
            ch,
            self.problem_text(lang, problem, ch == "email", c["name"]),
            subject=W.SUBJECT[lang] if ch == "email" else None,
        )
        c.update(problem=problem, bad_day_at=iso(at), bad_day_event_id=e)
        if csat:
            self.tp(
                key,
                at + timedelta(hours=1),
                "survey",
                None,
                kind="survey_response",
                scores={"csat": self.rng.choice((1, 2))},
            )
        if nps:
            score = self.rng.randint(1, 5)
            self.tp(
                key,
                at + timedelta(hours=2),
                "survey",
                self.rng.choice([None, W.SUBJECT[lang]]),
                kind="survey_response",
                scores={"nps": score},
            )
            c["nps_given"] = score
            c["expected_rules"] = ["detractor"]
            c["persona"] = "bad_day_detractor"
        if self.rng.random() < 0.5:
            self.tp(key, at + timedelta(days=1), "chat", W.SORRY[lang])
        c["tolerated_rules"] = ["silence"]

    # -- output ----------------------------------------------------------
    def write(self) -> dict[str, Any]:
        self.tps.sort(key=lambda t: (t["occurred_at"], t["event_id"]))
        # a customer's first touchpoint in time carries every identifier
        seen: set[str] = set()
        for t in self.tps:
            key = self.owner[t["event_id"]]
            if key not in seen:
                seen.add(key)
                ids = self.customers[key]["identifiers"]
                t["customer"] = {k: ids.get(k) for k in t["customer"]}
        for c in self.customers.values():
            c.pop("name", None)
            c["identifiers"] = {k: v for k, v in c["identifiers"].items() if v}
            c["expected_rules"] = sorted(set(c["expected_rules"]))
            c["tolerated_rules"] = sorted(set(c["tolerated_rules"]) - set(c["expected_rules"]))
        expected: dict[str, int] = {}
        for c in self.customers.values():
            for r in c["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        last = datetime.fromisoformat(self.tps[-1]["occurred_at"])
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "days": self.days,
                "seed": SEED,
                "written": "2026-11-30, blind (see README.md)",
                "expected": dict[str, Any](sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        lines = "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in self.tps)
        (HERE / f"{self.name}.jsonl").write_text(lines, "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return {"customers": len(self.customers), "touchpoints": len(self.tps), **expected}


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


def happy_writers() -> Family:
    f = Family("happy_writers", "HW", d(2026, 2, 2), 9, "happy customers of all habits")
    for _ in range(48):
        f.happy_customer(acts=(5, 9))
    for _ in range(10):  # night writers
        k = f.person("happy")
        f.customers[k]["habit"] = "night"
        for _ in range(f.rng.randint(4, 7)):
            day = f.rng.randrange(0, f.days - 1)
            f.happy_act(k, f.start + timedelta(days=day, hours=f.rng.uniform(22.5, 28.5)))
    for _ in range(12):  # survey-only
        k = f.person("happy")
        f.customers[k]["habit"] = "surveys_only"
        for _ in range(f.rng.randint(3, 6)):
            f.happy_survey(k, f.day_time(f.rng.uniform(0, f.days - 0.01)))
    return f


def one_bad_day() -> Family:
    f = Family("one_bad_day", "BD", d(2026, 3, 2), 12, "happy customers with one bad day")
    for i in range(75):
        k = f.happy_customer("happy_one_bad_day", acts=(5, 9))
        f.bad_day(k, f.rng.randrange(2, 10), csat=40 <= i < 55, nps=i >= 65)
    for _ in range(25):
        f.happy_customer(acts=(5, 9))
    return f


def repeat_contacts() -> Family:
    f = Family("repeat_contacts", "RC", d(2026, 5, 6), 10, "open problems raised again")
    for _ in range(25):
        k = f.happy_customer("repeat_contact", acts=(1, 3))
        f.repeat_story(k, f.day_time(f.rng.uniform(1, 5)))
    for _ in range(12):
        k = f.happy_customer("resolved_between_contacts", acts=(1, 3))
        f.resolved_story(k, f.day_time(f.rng.uniform(1, 6)))
    for _ in range(8):
        k = f.happy_customer("different_problems", acts=(1, 2))
        f.resolved_story(k, f.day_time(f.rng.uniform(0, 2)))
        c = f.customers[k]
        first = (c["problem"], c["problem_event_ids"])
        f.resolved_story(k, f.day_time(f.rng.uniform(6, 8.5)), not_about=first[0])
        c["problems"] = [first[0], c.pop("problem")]
        c["problem_event_ids"] = first[1] + c["problem_event_ids"]
    for _ in range(25):
        f.happy_customer(acts=(7, 12))
    return f


def slow_churners() -> Family:
    f = Family("slow_churners", "SC", d(2026, 4, 6), 30, "slow slides, cancellations")
    for i in range(22):
        k = f.person("slow_churner")
        eids = f.slide_story(k, span=f.rng.choice((3.0, 5.0, 7.0, 10.0)))
        if i < 8:
            at = datetime.fromisoformat(f.tps[-3]["occurred_at"]) + timedelta(hours=3)
            score = f.rng.randint(1, 5)
            f.tp(k, at, "survey", None, kind="survey_response", scores={"nps": score})
            f.customers[k]["nps_given"] = score
            f.customers[k]["expected_rules"].append("detractor")
        del eids
    for _ in range(9):  # ask to cancel, then cancel on the web
        k = f.person("slow_churner")
        for _ in range(f.rng.randint(4, 6)):
            f.happy_act(k, f.day_time(f.rng.uniform(0, 15)))
        c = f.customers[k]
        lang = c["language"]
        at = f.day_time(f.rng.uniform(16, 24))
        e1 = f.tp(k, at, "email", W.CANCEL[lang])
        e2 = f.tp(k, at + timedelta(days=1, hours=1), "web", None, kind="cancellation")
        c.update(churn_intent_event_id=e1, cancellation_event_id=e2)
        c["expected_rules"] = ["churn_intent"]
        c["tolerated_rules"] = [
            "sentiment_drop",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ]
    for _ in range(12):
        f.happy_customer(acts=(6, 12))
    for _ in range(8):
        k = f.person("steadily_grumpy")
        for _ in range(f.rng.randint(5, 8)):
            lang = f.customers[k]["language"]
            f.tp(
                k,
                f.day_time(f.rng.uniform(0, 29.9)),
                f.rng.choice(("social", "chat")),
                f.pick(W.GRUMPY, lang),
            )
        f.customers[k]["tolerated_rules"] = ["repeat_contact", "silence"]
    for _ in range(5):
        k = f.happy_customer("happy_one_sarcastic_remark", acts=(5, 8))
        lang = f.customers[k]["language"]
        e = f.tp(k, f.day_time(f.rng.uniform(10, 20)), "social", W.SARCASM[lang])
        f.customers[k]["sarcasm_event_id"] = e
    return f


def quiet_hours() -> Family:
    f = Family("quiet_hours", "QH", d(2026, 6, 13), 3, "a calm, low-volume weekend")
    for i in range(214):
        k = f.person("happy" if i >= 22 else "grumbles_once")
        for _ in range(f.rng.randint(1, 3)):
            f.happy_act(k, f.day_time(f.rng.uniform(0, 2.99), 9, 22))
        if i < 22:
            lang = f.customers[k]["language"]
            problem = f.rng.choice(sorted(W.PROBLEMS))
            e = f.tp(
                k,
                f.day_time(f.rng.uniform(0, 2.99), 11, 21),
                "email",
                f.problem_text(lang, problem),
                subject=W.SUBJECT[lang],
            )
            f.customers[k].update(problem=problem, bad_day_event_id=e)
            f.customers[k]["tolerated_rules"] = ["silence"]
    owls = [f.person("night_owl") for _ in range(36)]
    for night in range(3):
        for b in range(3):
            at = f.start + timedelta(days=night, hours=f.rng.uniform(0.5, 4.2))
            for k in owls[night * 12 + b * 4 : night * 12 + b * 4 + 4]:
                t = at + timedelta(minutes=f.rng.uniform(0, 9.5))
                f.customers[k]["burst_at"] = iso(at)
                lang = f.customers[k]["language"]
                if f.rng.random() < 0.5:
                    f.tp(k, t, "chat", f.pick(W.QUESTION, lang))
                    f.tp(
                        k,
                        t + timedelta(minutes=3),
                        "chat",
                        W.AGENT_ANSWER[lang].format(
                            name=f.customers[k]["name"].title(), how=W.AGENT_HOW[lang]
                        ),
                        outbound=True,
                    )
                else:
                    f.tp(k, t, "social", f.pick(W.PRAISE, lang))
    return f


def b2b_accounts() -> Family:
    f = Family("b2b_accounts", "BB", d(2026, 7, 6), 14, "Platillo Office accounts")
    kinds = ["at_risk"] * 7 + ["one_unhappy"] * 5 + ["mild"] * 2 + ["happy"] * 6
    for i, kind in enumerate(kinds):
        lang = f.lang()
        acc = f"OFF-{W.COUNTRY[lang]}-{7100 + i * 13}"
        company = W.COMPANIES[i]
        n = f.rng.randint(4, 6)
        keys = [f.person("b2b_happy", lang, acc) for _ in range(n)]
        for k in keys:
            f.customers[k].update(company=company, role=f.rng.choice(("office", "finance", "hr")))
            for _ in range(f.rng.randint(2, 4)):
                day = f.rng.randrange(0, 14)
                while (f.start + timedelta(days=day)).weekday() >= 5:
                    day = f.rng.randrange(0, 14)
                f.tp(
                    k,
                    f.day_time(day, 8, 17),
                    f.rng.choice(("email", "chat")),
                    f.pick(W.B2B_ROUTINE, lang),
                )
        problem = f.rng.choice(sorted(W.B2B_PROBLEMS))
        acct = {
            "company": company,
            "contacts": n,
            "kind": kind,
            "same_problem": None,
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": False,
            "expected_rules": [],
            "tolerated_rules": [],
        }
        if kind == "at_risk":
            t0 = f.start + timedelta(days=f.rng.uniform(2, 7), hours=f.rng.uniform(8, 12))
            acct.update(
                same_problem=problem,
                at_risk=True,
                expected_rules=["account_risk"],
                trouble_starts_at=iso(t0),
            )
            for j, k in enumerate(keys[:3]):
                at = t0 + timedelta(hours=j * f.rng.uniform(10, 28))
                c = f.customers[k]
                e = f.tp(k, at, "email", W.B2B_PROBLEMS[problem][lang], subject=company)
                c.update(persona="b2b_unhappy", problem=problem, complaint_event_ids=[e])
                c["tolerated_rules"] = [*COMPLAINER_TOL, "account_risk"]
                if j < 2:
                    score = f.rng.randint(1, 5)
                    f.tp(
                        k,
                        at + timedelta(hours=3),
                        "survey",
                        None,
                        kind="survey_response",
                        scores={"nps": score},
                    )
                    c["nps_given"] = score
                    c["expected_rules"] = ["detractor"]
                else:
                    e2 = f.tp(
                        k,
                        at + timedelta(hours=f.rng.uniform(18, 40)),
                        "email",
                        W.B2B_OTHERS[lang],
                        subject=f"RE: {company}",
                    )
                    c["complaint_event_ids"].append(e2)
                    c["expected_rules"] = ["repeat_contact"]
            acct["unhappy_contacts"] = 3
            acct["unhappy_contact_keys"] = keys[:3]
        elif kind == "one_unhappy":
            k = keys[0]
            c = f.customers[k]
            at = f.day_time(f.rng.uniform(2, 11), 9, 17)
            e = f.tp(k, at, "email", W.B2B_PROBLEMS[problem][lang], subject=company)
            score = f.rng.randint(1, 5)
            f.tp(
                k,
                at + timedelta(hours=2),
                "survey",
                None,
                kind="survey_response",
                scores={"nps": score},
            )
            c.update(
                persona="b2b_one_unhappy",
                problem=problem,
                complaint_event_ids=[e],
                nps_given=score,
                expected_rules=["detractor"],
                tolerated_rules=COMPLAINER_TOL,
            )
            acct.update(unhappy_contacts=1, unhappy_contact_keys=[k], same_problem=problem)
        elif kind == "mild":
            for k in keys[:2]:
                e = f.tp(k, f.day_time(f.rng.uniform(1, 12), 9, 17), "email", W.B2B_MILD[lang])
                f.customers[k].update(
                    persona="b2b_mild", complaint_event_ids=[e], tolerated_rules=["silence"]
                )
            acct.update(unhappy_contacts=2, unhappy_contact_keys=keys[:2])
        f.accounts[acc] = acct
    return f


BI_PAIRS = (
    ("en", "es"),
    ("es", "en"),
    ("fr", "de"),
    ("pt", "it"),
    ("es", "fr"),
    ("de", "en"),
    ("it", "es"),
    ("en", "pt"),
)


def bilingual() -> Family:
    f = Family("bilingual", "BI", d(2026, 8, 4), 19, "customers who write in two languages")

    def bi(persona: str, i: int) -> tuple[str, list[str]]:
        pair = list(BI_PAIRS[i % len(BI_PAIRS)])
        k = f.person(persona, pair[0])
        f.customers[k]["languages"] = pair
        return k, pair

    for i in range(36):
        k, pair = bi("happy", i)
        for j in range(f.rng.randint(5, 8)):
            f.customers[k]["language"] = pair[j % 2]
            f.happy_act(k, f.day_time(f.rng.uniform(0, 18.9)))
        f.customers[k]["language"] = pair[0]
    for i in range(12):
        k, pair = bi("repeat_contact", i + 3)
        f.repeat_story(k, f.day_time(f.rng.uniform(1, 9)), langs=pair)
    for i in range(9):
        k, pair = bi("slow_churner", i + 5)
        f.slide_story(k, langs=pair, span=f.rng.choice((3.0, 4.0, 5.0)))
    for i in range(8):
        k, pair = bi("happy_one_bad_day", i + 1)
        for _ in range(f.rng.randint(4, 7)):
            f.happy_act(k, f.day_time(f.rng.uniform(0, 18.9)))
        f.customers[k]["language"] = pair[1]
        f.bad_day(k, f.rng.randrange(2, 17))
        f.customers[k]["language"] = pair[0]
    for i in range(5):
        k, pair = bi("resolved_between_contacts", i + 2)
        f.resolved_story(k, f.day_time(f.rng.uniform(1, 10)))
    return f


def topic_spike() -> Family:
    f = Family("topic_spike", "TS", d(2026, 9, 10), 7, "a calm week and one burst")
    calm = []
    for i in range(260):
        k = f.person("happy" if i % 10 else "grumbles_once")
        calm.append(k)
        for _ in range(f.rng.randint(1, 3)):
            f.happy_act(k, f.day_time(f.rng.uniform(0, 6.99)))
        if i % 10 == 0:
            lang = f.customers[k]["language"]
            problem = f.rng.choice(sorted(W.PROBLEMS))
            f.tp(k, f.day_time(f.rng.uniform(0, 6.99)), "email", f.problem_text(lang, problem))
            f.customers[k].update(problem=problem, tolerated_rules=["silence"])
    # two lone reports in the calm days before (Fri 11, Sat 12 Sep)
    for day in (1, 2):
        k = calm[day * 7 + 1]
        lang = f.customers[k]["language"]
        e = f.tp(k, f.day_time(day, 12, 20), "chat", f.pick(W.SPIKE, lang))
        f.customers[k].update(
            persona="grumbles_once", bad_day_event_id=e, tolerated_rules=["silence"]
        )
    spike_start = d(2026, 9, 15) + timedelta(hours=12, minutes=5)
    reporters = [k for k in calm[3::11] if f.customers[k]["persona"] == "happy"][:20]
    reporters += [f.person("spike_reporter") for _ in range(10)]
    eids, repeat_eids, times = [], [], []
    for j, k in enumerate(reporters):
        c = f.customers[k]
        lang = c["language"]
        at = spike_start + timedelta(minutes=f.rng.uniform(0, 35))
        times.append(at)
        ch = f.rng.choice(("email", "chat", "social", "web", "community"))
        e = f.tp(k, at, ch, f.pick(W.SPIKE, lang))
        eids.append(e)
        c.update(
            persona="spike_repeater" if j % 4 == 1 else "spike_reporter",
            in_spike=True,
            spike_event_id=e,
            tolerated_rules=["silence"],
        )
        if j % 4 == 1:
            other = f.rng.choice([x for x in ("chat", "social", "email") if x != ch])
            r = f.tp(k, at + timedelta(minutes=f.rng.uniform(20, 75)), other, W.SPIKE_AGAIN[lang])
            repeat_eids.append(r)
            c.update(
                repeat_event_id=r,
                expected_rules=["repeat_contact"],
                tolerated_rules=["sentiment_drop", "silence"],
            )
        elif j % 4 == 2:
            name = c["name"].title()
            f.tp(
                k,
                at + timedelta(hours=3),
                "email",
                W.AGENT_FIXED[lang].format(name=name),
                outbound=True,
            )
    f.spike = {
        "topic": "payment at checkout",
        "about": "paying at checkout fails with error PAY-409 at lunch time",
        "channel": None,
        "start": iso(min(times)),
        "end": iso(max(times)),
        "customers": len(reporters),
        "event_ids": eids,
        "repeat_event_ids": repeat_eids,
    }
    return f


def main() -> None:
    for build in (
        happy_writers,
        one_bad_day,
        repeat_contacts,
        slow_churners,
        quiet_hours,
        b2b_accounts,
        bilingual,
        topic_spike,
    ):
        fam = build()
        print(fam.name, fam.write())


if __name__ == "__main__":
    main()
