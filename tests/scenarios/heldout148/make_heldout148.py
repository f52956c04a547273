"""Generate heldout148 (report only, written blind). Standard library only, seeded."""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from wording import CODE, COMPETITORS, W  # noqa: E402

SEED = 20261024
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
LANG_MARKET = {"fr": "FR", "en": "UK", "de": "DE", "it": "IT", "pt": "PT", "es": "ES"}
LANG_W = [("fr", 30), ("en", 30), ("de", 10), ("it", 10), ("pt", 10), ("es", 10)]
FIRST = [
    "Camille",
    "Louise",
    "Hugo",
    "Emma",
    "Oliver",
    "Grace",
    "Jonas",
    "Giulia",
    "Rui",
    "Lucía",
    "Noah",
    "Chloé",
    "Theo",
    "Ines",
    "Marco",
]
LAST = [
    "Morel",
    "Girard",
    "Walsh",
    "Hughes",
    "Becker",
    "Ricci",
    "Sousa",
    "Navarro",
    "Lefebvre",
    "Fontaine",
    "Bennett",
    "Keller",
    "Greco",
    "Pinto",
    "Ortega",
]
USED: set[str] = set()
TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def uniq(value: str) -> str:
    if value in USED:
        raise SystemExit(f"identifier reused: {value}")
    USED.add(value)
    return value


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rows: list[dict[str, Any]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.eid = 0
        self.cases = 0

    def lang(self) -> str:
        return self.rng.choices([lang for lang, _ in LANG_W], [w for _, w in LANG_W])[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        account: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
    ) -> str:
        lang = lang or self.lang()
        cid = uniq(f"OD{self.code}{1000 + len(self.customers) * 7 + self.rng.randrange(7):04d}")
        first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
        dom = (
            f"{account.lower()}.example"
            if account
            else self.rng.choice(["mail.example", "post.example", "web.example"])
        )
        email = uniq(
            f"{first.lower()}.{last.lower()}.{cid.lower()}@{dom}".replace("é", "e").replace(
                "í", "i"
            )
        )
        phone = uniq(f"+{self.rng.randrange(30, 49)}6{self.rng.randrange(10**7, 10**8)}")
        handle = (
            None
            if account
            else uniq(
                f"@{last.lower()}_{first.lower()}{cid[-3:]}".replace("é", "e").replace("í", "i")
            )
        )
        exp, tol = expected or [], tolerated or []
        if set(exp) & set(tol):
            raise SystemExit(f"{cid}: rule both expected and tolerated")
        self.customers[cid] = {
            "identifiers": {
                "customer_id": cid,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(exp),
            "tolerated_rules": sorted(tol),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": LANG_MARKET[lang],
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        return cid

    def case(self) -> str:
        self.cases += 1
        return uniq(f"OD-{self.code}{self.rng.randrange(1000, 9999)}{self.cases:02d}")

    def text(self, kind: str, lang: str, **kw: str) -> str:
        return str(self.rng.choice(W[kind][lang])).format(**kw)

    def add(
        self,
        cid: str,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        outbound: bool = False,
        scores: dict[str, int] | None = None,
        subject: str | None = None,
    ) -> str:
        if not (self.start <= t < LIMIT):
            raise SystemExit(f"{self.name}: time out of window {t}")
        self.eid += 1
        eid = uniq(f"od148-{self.code.lower()}-{self.eid:05d}")
        c = self.customers[cid]
        ids = c["identifiers"]
        cust: dict[str, Any] = {
            "customer_id": cid,
            "email": ids["email"],
            "phone": ids["phone"],
            "handle": ids["handle"],
            "account_id": ids["account_id"],
        }
        attrs = {"market": c["country"]}
        if ids["account_id"]:
            attrs["segment"] = "b2b"
        if outbound:
            attrs["agent"] = self.rng.choice(["Maëlle", "Tom", "Sara"])
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if outbound else "inbound",
                "customer": cust,
                "text": text,
                "subject": subject,
                "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
                "source": f"ondaviso-{channel}",
                "attributes": attrs,
            }
        )
        return eid

    def at(self, day: float, h0: int = 8, h1: int = 19) -> datetime:
        return self.start + timedelta(
            days=int(day), hours=self.rng.randrange(h0, h1), minutes=self.rng.randrange(60)
        )

    def happy(self, cid: str, n: int, days: int | None = None, nps: bool = True) -> None:
        lang = self.customers[cid]["language"]
        for _ in range(n):
            t = self.at(self.rng.randrange(days or self.days))
            r = self.rng.random()
            if r < 0.5:
                self.add(
                    cid,
                    t,
                    self.rng.choice(["social", "community", "web"]),
                    self.rng.choice(["post", "review"]),
                    self.text("praise", lang),
                )
            else:
                self.add(cid, t, "chat", "chat", self.text("question", lang))
                self.add(
                    cid,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    self.text("answer", lang),
                    outbound=True,
                )
                self.add(cid, t + timedelta(minutes=6), "chat", "chat", self.text("thanks", lang))
        if nps:
            self.add(
                cid,
                self.at(self.rng.randrange(days or self.days)),
                "survey",
                "survey_response",
                None,
                scores={"nps": self.rng.choice([9, 10]), "ces": 7},
            )

    def complaint(self, cid: str, t: datetime, kind: str = "problem") -> tuple[str, str]:
        lang = self.customers[cid]["language"]
        case = self.case()
        e = self.add(
            cid, t, "email", "message", self.text(kind, lang, case=case), subject=f"{case}"
        )
        self.add(
            cid,
            t + timedelta(hours=2),
            "email",
            "message",
            self.text("agent_case", lang, case=case),
            outbound=True,
            subject=f"RE: {case}",
        )
        return case, e

    def write(self, expected: dict[str, int]) -> None:
        count: dict[str, int] = {}
        for c in self.customers.values():
            for r in c["expected_rules"]:
                count[r] = count.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                count[r] = count.get(r, 0) + 1
        if self.spike:
            count["topic_spike"] = 1
        if count != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {count}")
        have = {r["customer"]["customer_id"] for r in self.rows if r["direction"] == "inbound"}
        if have != set(self.customers):
            raise SystemExit(f"{self.name}: customer without inbound touchpoint")
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        last = datetime.fromisoformat(self.rows[-1]["occurred_at"].replace("Z", "+00:00"))
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end out of window")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Ondaviso",
                "days": self.days,
                "seed": SEED,
                "written": "blind",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with (HERE / f"{self.name}.jsonl").open("w", encoding="utf-8", newline="\n") as f:
            for r in self.rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


def happy_writers() -> None:
    f = Fam("happy_writers", "HW", 1, d(2026, 3, 16), 10, "happy customers only")
    for _ in range(26):
        f.happy(f.person("happy", "day writer"), f.rng.randrange(3, 6))
    f.write({})


def one_bad_day() -> None:
    f = Fam("one_bad_day", "BD", 2, d(2026, 4, 13), 12, "one bad day among happy customers")
    for i in range(32):
        if i < 6:
            cid = f.person(
                "bad_day_detractor", "one bad day", expected=["detractor"], tolerated=["silence"]
            )
        elif i < 9:
            cid = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        elif i < 26:
            cid = f.person("happy_one_bad_day", "one bad day", tolerated=["silence"])
        else:
            cid = f.person("happy", "control")
        lang = f.customers[cid]["language"]
        f.happy(cid, f.rng.randrange(2, 5), nps=False)
        t = f.at(6)
        if i < 9 and i >= 6:
            f.customers[cid]["sarcasm_event_id"] = f.add(
                cid, t, "social", "post", f.text("sarcasm", lang)
            )
        elif i < 26:
            f.customers[cid]["bad_day_event_id"] = f.add(
                cid, t, "social", "post", f.text("bad_day", lang)
            )
            f.customers[cid]["bad_day_at"] = iso(t)
            if i < 6:
                f.customers[cid]["survey_event_id"] = f.add(
                    cid,
                    t + timedelta(hours=3),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.randrange(1, 6)},
                )
            f.add(cid, t + timedelta(days=1), "social", "post", f.text("apology", lang))
    f.write({"detractor": 6})


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts", "RC", 3, d(2026, 5, 25), 10, "same problem raised again, and look-alikes"
    )
    for i in range(27):
        if i < 12:
            cid = f.person(
                "repeat_contact", "repeats", expected=["repeat_contact"], tolerated=TOL_REPEAT
            )
        elif i < 17:
            cid = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        elif i < 21:
            cid = f.person("different_problems", "two problems", tolerated=["silence"])
        else:
            cid = f.person("happy", "frequent writer")
        lang = f.customers[cid]["language"]
        f.happy(cid, 2, days=1, nps=False)
        if i >= 21:
            f.happy(cid, 4, nps=False)
            continue
        case, e = f.complaint(cid, f.at(f.rng.randrange(1, 4)))
        f.customers[cid]["booking"] = case
        f.customers[cid]["problem_event_ids"] = [e]
        if i < 12:
            t = f.at(5)
            f.customers[cid]["problem_event_ids"].append(
                f.add(
                    cid,
                    t,
                    "phone" if i % 2 else "email",
                    "call" if i % 2 else "message",
                    f.text("again", lang, case=case),
                )
            )
            if i < 7:
                f.add(
                    cid,
                    f.at(7),
                    "email",
                    "message",
                    f.text("third", lang, case=case, comp=COMPETITORS[i % 2]),
                )
        elif i < 17:
            f.customers[cid]["confirm_event_id"] = f.add(
                cid, f.at(5), "email", "message", f.text("fixed", lang, case=case)
            )
            f.complaint(cid, f.at(8), "other_problem")
        else:
            f.complaint(cid, f.at(7), "other_problem")
    f.write({"repeat_contact": 12})


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d(2026, 6, 29),
        32,
        "slow slides, leavers, steady and grumpy customers",
    )
    for i in range(31):
        if i < 10:
            cid = f.person(
                "slow_churner",
                "slides",
                expected=["sentiment_drop"],
                tolerated=[
                    "repeat_contact",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
            )
        elif i < 15:
            cid = f.person(
                "slow_churner",
                "asks to cancel",
                expected=["churn_intent", "detractor"],
                tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
            )
        elif i < 21:
            cid = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        else:
            cid = f.person("happy", "steady")
        lang = f.customers[cid]["language"]
        if i < 10:
            f.happy(cid, 6, days=11, nps=False)
            ids = []
            for s, line in enumerate(W["slide"][lang]):
                ids.append(
                    f.add(
                        cid,
                        f.at(12 + s * 3),
                        "community",
                        "post",
                        line.format(comp=COMPETITORS[i % 2]),
                    )
                )
            f.customers[cid]["slide_event_ids"] = ids
        elif i < 15:
            f.happy(cid, 3, days=10, nps=False)
            t = f.at(20)
            f.customers[cid]["churn_intent_event_id"] = f.add(
                cid, t, "email", "message", f.text("cancel", lang)
            )
            f.add(
                cid,
                t + timedelta(hours=3),
                "email",
                "message",
                f.text("agent_bye", lang),
                outbound=True,
            )
            f.customers[cid]["survey_event_id"] = f.add(
                cid,
                t + timedelta(days=1),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randrange(1, 6)},
            )
            f.customers[cid]["cancellation_event_id"] = f.add(
                cid, t + timedelta(days=2), "web", "cancellation", None
            )
        elif i < 21:
            f.customers[cid]["grumble_event_ids"] = [
                f.add(cid, f.at(k * 5), "community", "post", f.text("grumble", lang))
                for k in range(5)
            ]
        else:
            f.happy(cid, 6)
    f.write({"sentiment_drop": 10, "churn_intent": 5, "detractor": 5})


def quiet_hours() -> None:
    f = Fam("quiet_hours", "QH", 5, d(2026, 8, 21), 3, "calm weekend, night writers and owls")
    for _ in range(16):
        f.happy(f.person("happy", "day writer"), f.rng.randrange(1, 4), nps=False)
    for _ in range(10):
        cid = f.person("happy", "night writer")
        t = f.start + timedelta(
            days=f.rng.randrange(3), hours=f.rng.choice([22, 23]), minutes=f.rng.randrange(60)
        )
        f.add(cid, t, "community", "post", f.text("night", f.customers[cid]["language"]))
    for b in range(3):
        burst = f.start + timedelta(days=b + 1, hours=1, minutes=f.rng.randrange(10))
        for _ in range(10):
            cid = f.person("night_owl", f"night {b + 1}, burst 10")
            f.customers[cid]["night_event_id"] = f.add(
                cid,
                burst + timedelta(minutes=f.rng.randrange(10)),
                "social",
                "post",
                f.text("night", f.customers[cid]["language"]),
            )
    f.write({})


def bilingual() -> None:
    f = Fam("bilingual", "BL", 6, d(2026, 9, 14), 14, "customers writing in two languages")
    pairs = [("fr", "en"), ("en", "fr"), ("fr", "de"), ("en", "es"), ("it", "fr"), ("pt", "en")]
    for i in range(27):
        a, b = pairs[i % len(pairs)]
        if i < 5:
            cid = f.person(
                "repeat_contact",
                "repeats",
                lang=a,
                expected=["repeat_contact"],
                tolerated=TOL_REPEAT,
            )
        elif i < 10:
            cid = f.person(
                "slow_churner",
                "slides",
                lang=a,
                expected=["sentiment_drop"],
                tolerated=[
                    "repeat_contact",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
            )
        else:
            cid = f.person("happy", "alternates languages", lang=a)
        f.customers[cid]["languages"] = [a, b]
        f.happy(cid, 3, days=5, nps=False)
        f.customers[cid]["language"] = b
        f.happy(cid, 2, days=5, nps=False)
        f.customers[cid]["language"] = a
        if i < 5:
            case, e = f.complaint(cid, f.at(6))
            f.customers[cid]["problem_event_ids"] = [
                e,
                f.add(cid, f.at(9), "email", "message", f.text("again", b, case=case)),
            ]
        elif i < 10:
            f.customers[cid]["slide_event_ids"] = [
                f.add(
                    cid,
                    f.at(6 + s + (s > 2)),
                    "community",
                    "post",
                    W["slide"][a if s % 2 else b][s].format(comp=COMPETITORS[0]),
                )
                for s in range(6)
            ]
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam("b2b_accounts", "BB", 7, d(2026, 10, 5), 14, "Ondaviso Pro company accounts")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    det = 0
    for n, kind in enumerate(kinds):
        acc = uniq(f"ODP-{n + 1:04d}")
        lang = f.lang()
        size = 4 if kind != "happy" else 3
        keys, unhappy, cases = [], [], []
        for k in range(size):
            if kind == "at_risk" and k < 3:
                cid = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang=lang,
                    account=acc,
                    expected=["detractor"],
                    tolerated=[
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                )
            elif kind == "one_unhappy" and k == 0:
                cid = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang=lang,
                    account=acc,
                    expected=["detractor"],
                    tolerated=["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif kind == "mild" and k == 0:
                cid = f.person("b2b_mild", "suggests", lang=lang, account=acc)
            else:
                cid = f.person("b2b_happy", "contact", lang=lang, account=acc)
            keys.append(cid)
            f.happy(cid, 2, nps=False)
            f.add(
                cid,
                f.start + timedelta(days=k, hours=9),
                "email",
                "message",
                f.text("b2b_praise", lang),
            )
            p = f.customers[cid]["persona"]
            if p in ("b2b_unhappy", "b2b_one_unhappy"):
                unhappy.append(cid)
                det += 1
                case, e = f.complaint(cid, f.start + timedelta(days=2 + k, hours=10), "b2b_problem")
                f.customers[cid]["complaint_event_ids"] = [e]
                cases.append(case)
                f.customers[cid]["survey_event_id"] = f.add(
                    cid,
                    f.start + timedelta(days=3 + k, hours=11),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": 3},
                )
            elif p == "b2b_mild":
                f.customers[cid]["mild_event_id"] = f.add(
                    cid,
                    f.start + timedelta(days=4, hours=10),
                    "email",
                    "message",
                    f.text("b2b_mild", lang),
                )
        if kind == "at_risk":
            last = unhappy[-1]
            f.customers[last]["expected_rules"] = sorted(
                [*f.customers[last]["expected_rules"], "repeat_contact"]
            )
            f.add(
                last,
                f.start + timedelta(days=9, hours=10),
                "email",
                "message",
                f.text("again", lang, case=cases[-1]),
            )
        f.accounts[acc] = {
            "contacts": len(keys),
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "language": lang,
        }
    f.write({"detractor": det, "repeat_contact": 5, "account_risk": 5})


def topic_spike() -> None:
    f = Fam("topic_spike", "TS", 8, d(2026, 10, 19), 7, "a calm week and one planted spike")
    for _ in range(42):
        f.happy(f.person("happy", "day writer"), f.rng.randrange(1, 4), nps=False)
    for _ in range(2):
        cid = f.person("grumbles_once", "lone question", tolerated=["silence"])
        f.customers[cid]["lone_report_event_id"] = f.add(
            cid, f.at(4), "chat", "chat", f.text("lone", f.customers[cid]["language"])
        )
    s0 = f.start + timedelta(days=5, hours=8, minutes=25)
    keys, eids, reps = [], [], []
    for i in range(20):
        rep = i < 6
        cid = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular",
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
        )
        lang = f.customers[cid]["language"]
        t = s0 + timedelta(minutes=0 if i == 0 else 45 if i == 19 else f.rng.randrange(1, 45))
        ch = f.rng.choice(["social", "chat", "email", "community"])
        e = f.add(
            cid,
            t,
            ch,
            {"social": "post", "chat": "chat", "email": "message", "community": "post"}[ch],
            f.text("spike", lang, code=CODE),
        )
        f.customers[cid].update(
            {"in_spike": True, "spike_event_id": e, "trouble_starts_at": iso(t)}
        )
        keys.append(cid)
        eids.append(e)
        if rep:
            r = f.add(
                cid,
                t + timedelta(minutes=40),
                ch,
                "chat" if ch == "chat" else "message" if ch == "email" else "post",
                f.text("spike_again", lang, code=CODE),
            )
            f.customers[cid]["repeat_event_id"] = r
            reps.append(r)
    f.spike = {
        "topic": f"aquarium app resets heater setpoints to 12 C, cannot be changed, error {CODE}",
        "about": "planted",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})


if __name__ == "__main__":
    happy_writers()
    one_bad_day()
    repeat_contacts()
    slow_churners()
    quiet_hours()
    bilingual()
    b2b_accounts()
    topic_spike()
