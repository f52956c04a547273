"""Build the heldout15 scenarios (Moblia) from ``wording.py``: deterministic, stdlib only.

Run from anywhere: ``python tests/scenarios/heldout15/make_heldout15.py``. Writes
``<family>.jsonl`` and ``<family>.truth.json`` next to this file.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import wording

HERE = Path(__file__).resolve().parent
SEED = 20261013
WRITTEN = "2026-11-30"
LANGS = ("fr", "en", "de", "es", "it", "pt")
LANG_WEIGHTS = (26, 24, 14, 13, 12, 11)
COUNTRY = {"fr": "FR", "en": "GB", "de": "DE", "es": "ES", "it": "IT", "pt": "PT"}
DIAL = {"fr": "+33", "en": "+44", "de": "+49", "es": "+34", "it": "+39", "pt": "+351"}
MAIL = {
    "fr": "orange.fr",
    "en": "gmail.com",
    "de": "web.de",
    "es": "hotmail.es",
    "it": "libero.it",
    "pt": "sapo.pt",
}
FIRST = ("camille", "james", "lena", "lucia", "giulia", "ines", "hugo", "amelia", "jonas", "pablo")
LAST = (
    "martin",
    "smith",
    "weber",
    "garcia",
    "rossi",
    "silva",
    "bernard",
    "jones",
    "costa",
    "moreau",
)
COMPLAINT_CHANNELS = (
    ("email", "message"),
    ("social", "post"),
    ("chat", "chat"),
    ("phone", "call"),
    ("web", "ticket"),
)


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def daytime(r: random.Random, t: datetime, lo: int, hi: int) -> datetime:
    """Move ``t`` forward (never back) into ``lo``-``hi`` o'clock UTC."""
    if t.hour < lo:
        return t.replace(hour=r.randint(lo, hi - 1))
    if t.hour >= hi:
        return (t + timedelta(days=1)).replace(hour=r.randint(lo, hi - 1))
    return t


def w(lang: str, key: str) -> Any:
    table = wording.W[lang]
    return table[key] if key in table else wording.W["en"][key]


class Customer:
    def __init__(self, fam: Family, lang: str, persona: str, account: str | None = None) -> None:
        fam.n += 1
        r = fam.rng
        self.key = f"MB{fam.code}{fam.n:04d}"
        self.lang = lang
        self.fam = fam
        name = f"{r.choice(FIRST)}.{r.choice(LAST)}{fam.n}"
        domain = fam.company_domain.get(account or "", MAIL[lang])
        self.ids: dict[str, str | None] = {
            "customer_id": self.key,
            "email": f"{name}@{domain}",
            "phone": DIAL[lang] + "".join(str(r.randint(0, 9)) for _ in range(9)),
            "handle": None if account else f"@{name.replace('.', '_')}",
            "account_id": account,
        }
        self.truth: dict[str, Any] = {
            "identifiers": dict(self.ids),
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "language": lang,
            "country": COUNTRY[lang],
        }
        self.events: list[dict[str, Any]] = []
        fam.customers.append(self)

    def ref(self) -> str:
        return f"MB-{self.fam.rng.randint(100000, 999999)}"

    def add(
        self,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        outbound: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        fam = self.fam
        fam.eid += 1
        eid = f"mb15-{fam.code.lower()}-{fam.eid:05d}"
        attributes = {"market": COUNTRY[self.lang]}
        if self.ids["account_id"]:
            attributes["segment"] = "b2b"
        attributes.update(attrs or {})
        self.events.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if outbound else "inbound",
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": {"email": "zendesk", "chat": "zendesk", "phone": "aircall"}.get(
                    channel, channel
                ),
                "attributes": attributes,
            }
        )
        return eid

    def identifiers_for(self, ev: dict[str, Any], first: bool) -> dict[str, str | None]:
        r = self.fam.rng
        ids = self.ids
        out: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
        }
        if first or ev["direction"] == "outbound":
            out.update({k: ids[k] for k in out})
        elif ev["channel"] == "email":
            email = ids["email"] or ""
            out["email"] = email.upper() if r.random() < 0.1 else email
        elif ev["channel"] == "phone":
            phone = ids["phone"] or ""
            out["phone"] = phone[:3] + " " + phone[3:] if r.random() < 0.2 else phone
        elif ev["channel"] in ("social", "community") and ids["handle"]:
            handle = ids["handle"] or ""
            out["handle"] = handle.lstrip("@") if r.random() < 0.2 else handle
        else:
            out["customer_id"] = ids["customer_id"]
        out["account_id"] = ids["account_id"]
        return out


class Family:
    def __init__(self, name: str, code: str, index: int, start: str, days: int, about: str) -> None:
        self.name = name
        self.code = code
        self.rng = random.Random(SEED * 100 + index)
        self.start = datetime.fromisoformat(start + "T00:00:00+00:00")
        self.days = days
        self.about = about
        self.n = 0
        self.eid = 0
        self.customers: list[Customer] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.company_domain: dict[str, str] = {}
        self.spike: dict[str, Any] = {}

    def lang(self) -> str:
        return self.rng.choices(LANGS, LANG_WEIGHTS)[0]

    def at(self, day: float, lo: float = 8.0, hi: float = 20.5) -> datetime:
        hour = self.rng.uniform(lo, hi)
        return self.start + timedelta(days=int(day), hours=hour)

    def write(self) -> tuple[int, int]:
        rows = []
        for c in self.customers:
            c.events.sort(key=lambda e: (e["occurred_at"], e["event_id"]))
            for i, ev in enumerate(c.events):
                ev = dict(ev)
                ev["customer"] = c.identifiers_for(ev, i == 0)
                rows.append(ev)
        rows.sort(key=lambda e: (e["occurred_at"], e["event_id"]))
        lines = []
        order = "event_id occurred_at channel kind direction customer"
        order += " text subject scores source attributes"
        for ev in rows:
            ev["occurred_at"] = iso(ev["occurred_at"])
            ev["scores"] = {k: ev["scores"].get(k) for k in ("nps", "csat", "ces")}
            lines.append(json.dumps({k: ev[k] for k in order.split()}, ensure_ascii=False))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        last = datetime.fromisoformat(rows[-1]["occurred_at"].replace("Z", "+00:00"))
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected: dict[str, int] = {}
        for c in self.customers:
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "days": self.days,
                "seed": SEED,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.customers},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (HERE / f"{self.name}.truth.json").write_text(text, "utf-8")
        return len(self.customers), len(rows)


# --- acts shared by the families -------------------------------------------------------


def happy_act(c: Customer, t: datetime) -> None:
    r = c.fam.rng
    kind = r.choice(
        ("praise", "praise", "question", "purchase", "page", "review", "survey", "gripe")
    )
    ref = c.ref()
    if kind == "praise":
        ch, k = r.choice((("social", "post"), ("community", "post"), ("email", "message")))
        c.add(t, ch, k, r.choice(w(c.lang, "praise")).format(ref=ref))
    elif kind == "gripe":
        c.add(t, "web", "review", r.choice(w(c.lang, "gripe")), scores={"csat": 4})
    elif kind == "question":
        q, a = r.choice(w(c.lang, "question"))
        c.add(t, "chat", "chat", q.format(ref=ref))
        c.add(t + timedelta(minutes=r.randint(2, 9)), "chat", "chat", a, outbound=True)
        c.add(
            t + timedelta(minutes=r.randint(11, 20)), "chat", "chat", r.choice(w(c.lang, "thanks"))
        )
    elif kind == "purchase":
        item, value = r.choice(wording.PURCHASES)
        c.add(
            t, "web", "purchase", None, subject=item, attrs={"order_value": value, "order_id": ref}
        )
    elif kind == "page":
        c.add(t, "web", "page_view", None, attrs={"page": r.choice(wording.PAGES)})
    elif kind == "review":
        c.add(t, "web", "review", r.choice(w(c.lang, "praise")).format(ref=ref), scores={"csat": 5})
    else:
        happy_survey(c, t)


def happy_survey(c: Customer, t: datetime) -> str:
    r = c.fam.rng
    word = r.choice(w(c.lang, "survey_word")) or None
    which = r.choice(("nps", "csat", "ces"))
    score = {"nps": r.randint(9, 10), "csat": 5, "ces": r.randint(6, 7)}[which]
    return c.add(t, "survey", "survey_response", word, scores={which: score})


def happy_acts(c: Customer, lo: int, hi: int, d0: float, d1: float) -> None:
    r = c.fam.rng
    for _ in range(r.randint(lo, hi)):
        happy_act(c, c.fam.at(r.uniform(d0, d1)))


def complain(c: Customer, t: datetime, text: str, long: bool = False) -> str:
    r = c.fam.rng
    ch, k = r.choice(COMPLAINT_CHANNELS)
    if long and c.lang in ("fr", "en", "es", "it"):
        ch, k = "email", "message"
        text = w(c.lang, "long_open") + text + w(c.lang, "long_close")
    subject = "Moblia" if ch == "email" else None
    return c.add(t, ch, k, text, subject=subject)


def tolerate(c: Customer, *rules: str) -> None:
    c.truth["tolerated_rules"] = sorted(set(c.truth["tolerated_rules"]) | set(rules))


def expect(c: Customer, *rules: str) -> None:
    c.truth["expected_rules"] = sorted(set(c.truth["expected_rules"]) | set(rules))


def problem_text(c: Customer, problem: str, ref: str) -> str:
    problems: dict[str, str] = w(c.lang, "problems")
    return problems[problem].format(ref=ref)


def repeat_story(c: Customer, d0: float, times: int, langs: tuple[str, ...] = ()) -> None:
    """One problem, still open, raised ``times`` times on different channels."""
    r = c.fam.rng
    problem = r.choice(wording.PROBLEM_NAMES)
    ref = c.ref()
    comp = r.choice(wording.COMPETITORS)
    t = c.fam.at(d0)
    ids = []
    channels = r.sample((*COMPLAINT_CHANNELS, ("community", "post")), times)
    for i in range(times):
        lang = langs[i % len(langs)] if langs else c.lang
        if i == 0:
            text = w(lang, "problems")[problem].format(ref=ref)
        elif i == 2:
            text = w(lang, "third").format(ref=ref, comp=comp)
        elif i == 3:
            text = w(lang, "fourth").format(ref=ref)
        else:
            text = r.choice(w(lang, "still")).format(ref=ref)
        ch, k = channels[i]
        if i > 0:
            t = t + timedelta(hours=r.uniform(3, 45))
            t = daytime(r, t, 7, 22)
        ids.append(c.add(t, ch, k, text, subject=f"Commande {ref}" if ch == "email" else None))
        if i == 0 and r.random() < 0.5:
            c.add(
                t + timedelta(hours=2),
                "email",
                "message",
                w(lang, "passed").format(ref=ref),
                outbound=True,
            )
    c.truth.update(
        {"problem": problem, "contacts": times, "booking": ref, "problem_event_ids": ids}
    )
    expect(c, "repeat_contact")
    tolerate(
        c, "sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"
    )


def fixed_story(c: Customer, t: datetime, problem: str) -> list[str]:
    r = c.fam.rng
    ref = c.ref()
    first = complain(c, t, problem_text(c, problem, ref))
    t2 = t + timedelta(hours=r.uniform(3, 20))
    c.add(t2, "email", "message", w(c.lang, "fixed").format(ref=ref), outbound=True)
    t3 = t2 + timedelta(hours=r.uniform(8, 30))
    c.add(t3, "chat", "chat", w(c.lang, "sorted"))
    return [first]


def slide_story(c: Customer, d_start: float, span: int, langs: tuple[str, ...] = ()) -> list[str]:
    r = c.fam.rng
    comp = r.choice(wording.COMPETITORS)
    ids = []
    base = c.fam.at(d_start)
    for i in range(6):
        lang = langs[i % len(langs)] if langs else c.lang
        t = base + timedelta(hours=span * 24 * i / 5 + r.uniform(-2, 2))
        text = w(lang, "slide")[i].format(comp=comp)
        ch, k = r.choice(
            (("email", "message"), ("social", "post"), ("chat", "chat"), ("web", "ticket"))
        )
        ids.append(c.add(t, ch, k, text))
    c.truth.update({"slide_event_ids": ids, "slide_days": span})
    expect(c, "sentiment_drop")
    tolerate(
        c, "repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"
    )
    return ids


# --- families --------------------------------------------------------------------------


def happy_writers() -> Family:
    f = Family("happy_writers", "HW", 1, "2026-01-12", 10, "happy Moblia customers who write a lot")
    for _ in range(170):
        c = Customer(f, f.lang(), "happy")
        c.truth["habit"] = "daytime writer"
        happy_acts(c, 5, 9, 0, 10)
    for _ in range(35):
        c = Customer(f, f.lang(), "happy")
        c.truth["habit"] = "night writer"
        for _ in range(f.rng.randint(4, 7)):
            t = f.at(f.rng.uniform(0, 9), 22.2, 28.5)
            if f.rng.random() < 0.6:
                c.add(t, "community", "post", f.rng.choice(w(c.lang, "night")))
            else:
                q, a = f.rng.choice(w(c.lang, "question"))
                c.add(t, "chat", "chat", q.format(ref=c.ref()))
                c.add(t + timedelta(minutes=6), "chat", "chat", a, outbound=True)
    for _ in range(50):
        c = Customer(f, f.lang(), "happy")
        c.truth["habit"] = "surveys only"
        for _ in range(f.rng.randint(3, 6)):
            happy_survey(c, f.at(f.rng.uniform(0, 10)))
    return f


def one_bad_day() -> Family:
    f = Family("one_bad_day", "OB", 2, "2026-02-09", 12, "happy customers with one bad day")
    for i in range(260):
        c = Customer(f, f.lang(), "happy_one_bad_day")
        happy_acts(c, 4, 7, 0, 12)
        day = f.rng.randint(2, 9)
        t = f.at(day)
        problem = f.rng.choice(wording.PROBLEM_NAMES)
        eid = complain(c, t, problem_text(c, problem, c.ref()), long=f.rng.random() < 0.2)
        c.truth.update({"problem": problem, "bad_day_at": iso(t), "bad_day_event_id": eid})
        tolerate(c, "silence")
        if i < 50:
            score = f.rng.randint(1, 2)
            c.add(t + timedelta(hours=1), "survey", "survey_response", None, scores={"csat": score})
            c.truth["csat_given"] = score
        elif i < 85:
            score = f.rng.randint(1, 5)
            c.add(t + timedelta(hours=2), "survey", "survey_response", None, scores={"nps": score})
            c.truth.update({"persona": "bad_day_detractor", "nps_given": score})
            expect(c, "detractor")
        if f.rng.random() < 0.5:
            c.add(t + timedelta(hours=f.rng.uniform(16, 26)), "chat", "chat", w(c.lang, "sorry"))
    for _ in range(80):
        c = Customer(f, f.lang(), "happy")
        happy_acts(c, 4, 7, 0, 12)
    return f


def repeat_contacts() -> Family:
    f = Family("repeat_contacts", "RC", 3, "2026-03-09", 10, "the same open problem raised again")
    for _ in range(95):
        c = Customer(f, f.lang(), "repeat_contact")
        happy_acts(c, 1, 3, 0, 2)
        repeat_story(c, f.rng.uniform(2, 6), f.rng.randint(2, 4))
    for _ in range(50):
        c = Customer(f, f.lang(), "resolved_between_contacts")
        happy_acts(c, 1, 3, 0, 9)
        problem = f.rng.choice(wording.PROBLEM_NAMES)
        ids = fixed_story(c, f.at(f.rng.uniform(1, 7)), problem)
        c.truth.update({"problem": problem, "problem_event_ids": ids})
        tolerate(c, "silence")
    for _ in range(35):
        c = Customer(f, f.lang(), "different_problems")
        p1, p2 = f.rng.sample(wording.PROBLEM_NAMES, 2)
        d = f.rng.uniform(0.5, 2)
        ids = fixed_story(c, f.at(d), p1) + fixed_story(c, f.at(d + f.rng.randint(4, 7)), p2)
        c.truth.update({"problems": [p1, p2], "problem_event_ids": ids})
        tolerate(c, "silence")
    for _ in range(110):
        c = Customer(f, f.lang(), "happy")
        c.truth["habit"] = "frequent writer"
        happy_acts(c, 7, 12, 0, 10)
    return f


def slow_churners() -> Family:
    f = Family("slow_churners", "SC", 4, "2026-04-13", 32, "slow slides and cancellations")
    for i in range(80):
        c = Customer(f, f.lang(), "slow_churner")
        c.truth["habit"] = "slides"
        for _ in range(f.rng.randint(4, 5)):
            c.add(
                f.at(f.rng.uniform(0, 10)),
                "social",
                "post",
                f.rng.choice(w(c.lang, "praise")).format(ref=c.ref()),
            )
        happy_acts(c, 2, 4, 0, 10)
        ids = slide_story(c, f.rng.randint(12, 18), f.rng.choice((3, 5, 7, 9)))
        if i < 25:
            t = next(e["occurred_at"] for e in c.events if e["event_id"] == ids[3])
            score = f.rng.randint(1, 5)
            c.add(t + timedelta(hours=3), "survey", "survey_response", None, scores={"nps": score})
            c.truth["nps_given"] = score
            expect(c, "detractor")
    for _ in range(30):
        c = Customer(f, f.lang(), "slow_churner")
        c.truth["habit"] = "asks to cancel"
        happy_acts(c, 4, 6, 0, 12)
        t = f.at(f.rng.randint(15, 24))
        eid = c.add(
            t, "email", "message", w(c.lang, "cancel"), subject="Résiliation / cancellation"
        )
        t2 = t + timedelta(hours=f.rng.uniform(20, 30))
        cid = c.add(
            t2, "web", "cancellation", None, subject="Moblia Care", attrs={"plan": "moblia_care"}
        )
        c.truth.update({"churn_intent_event_id": eid, "cancellation_event_id": cid})
        expect(c, "churn_intent")
        tolerate(c, "sentiment_drop", "competitor_mention", "high_value_at_risk", "silence")
    for _ in range(70):
        c = Customer(f, f.lang(), "happy")
        happy_acts(c, 5, 9, 0, 32)
    for _ in range(40):
        c = Customer(f, f.lang(), "steadily_grumpy")
        for _ in range(f.rng.randint(5, 8)):
            ch, k = f.rng.choice((("email", "message"), ("social", "post"), ("web", "ticket")))
            c.add(f.at(f.rng.uniform(0, 32)), ch, k, f.rng.choice(w(c.lang, "grumpy")))
        tolerate(c, "repeat_contact", "silence")
    for _ in range(45):
        c = Customer(f, f.lang(), "happy_one_sarcastic_remark")
        happy_acts(c, 4, 7, 0, 32)
        eid = c.add(f.at(f.rng.uniform(5, 28)), "social", "post", w(c.lang, "sarcasm"))
        c.truth["sarcasm_event_id"] = eid
        tolerate(c, "silence")
    return f


def quiet_hours() -> Family:
    f = Family("quiet_hours", "QH", 5, "2026-06-05", 3, "a calm weekend with night bursts")
    for i in range(214):
        c = Customer(f, f.lang(), "happy")
        for _ in range(f.rng.randint(1, 3)):
            happy_act(c, f.at(f.rng.uniform(0, 3), 8, 21.5))
        if i < 20:
            c.truth["persona"] = "grumbles_once"
            problem = f.rng.choice(wording.PROBLEM_NAMES)
            eid = c.add(
                f.at(f.rng.uniform(0, 3), 8, 21),
                "email",
                "message",
                problem_text(c, problem, c.ref()),
            )
            c.truth.update({"problem": problem, "bad_day_event_id": eid})
            tolerate(c, "silence")
    for night in range(3):
        for _ in range(3):
            burst = f.start + timedelta(days=night, hours=f.rng.uniform(0.5, 3.0))
            for _ in range(4):
                c = Customer(f, f.lang(), "night_owl")
                t = burst + timedelta(minutes=f.rng.uniform(0, 10))
                c.truth["burst_at"] = iso(burst)
                if f.rng.random() < 0.5:
                    q, a = f.rng.choice(w(c.lang, "question"))
                    c.add(t, "chat", "chat", q.format(ref=c.ref()))
                    c.add(t + timedelta(minutes=5), "chat", "chat", a, outbound=True)
                else:
                    c.add(t, "community", "post", f.rng.choice(w(c.lang, "night")))
    return f


def b2b_accounts() -> Family:
    f = Family("b2b_accounts", "BA", 6, "2026-07-13", 14, "Moblia Pro accounts")
    kinds = ["at_risk"] * 14 + ["one_unhappy"] * 14 + ["mild"] * 8 + ["happy"] * 20
    for a, kind in enumerate(kinds, 1):
        lang = f.lang()
        acc = f"MP-{COUNTRY[lang]}-{a:04d}"
        prefix = f.rng.choice(("Hotel", "Bureaux", "Apart", "Studio", "Casa"))
        company = f"{prefix} {f.rng.choice(LAST).title()} {a}"
        f.company_domain[acc] = company.lower().replace(" ", "-") + ".example"
        contacts = [Customer(f, lang, "b2b_happy", acc) for _ in range(f.rng.randint(4, 6))]
        for c in contacts:
            c.truth.update(
                {
                    "company": company,
                    "role": f.rng.choice(("office manager", "purchasing", "owner", "finance")),
                }
            )
            for _ in range(f.rng.randint(1, 3)):
                day = f.rng.choice([d for d in range(14) if d % 7 < 5])
                t = f.at(day, 8, 17)
                c.add(
                    t,
                    "email",
                    "message",
                    f.rng.choice(w(lang, "b2b_routine")),
                    subject="Moblia Pro",
                )
                c.add(
                    t + timedelta(hours=f.rng.uniform(1, 4)),
                    "email",
                    "message",
                    w(lang, "b2b_answer"),
                    outbound=True,
                )
            if f.rng.random() < 0.5:
                item, value = f.rng.choice(wording.B2B_PURCHASES)
                c.add(
                    f.at(f.rng.randint(0, 4), 8, 17),
                    "web",
                    "purchase",
                    None,
                    subject=item,
                    attrs={"order_value": value},
                )
            if f.rng.random() < 0.5:
                c.add(
                    f.at(f.rng.randint(0, 13), 8, 17),
                    "web",
                    "page_view",
                    None,
                    attrs={"page": "/pro/devis"},
                )
            if kind == "happy" and f.rng.random() < 0.4:
                c.add(
                    f.at(f.rng.randint(0, 13), 8, 17),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.randint(9, 10)},
                )
        problem = f.rng.choice(wording.B2B_PROBLEM_NAMES)
        ref = f"PRO-{f.rng.randint(10000, 99999)}"
        unhappy: list[Customer] = []
        start_at = None
        if kind == "at_risk":
            t = f.at(f.rng.uniform(1, 5), 8, 16)
            start_at = iso(t)
            for i, c in enumerate(contacts[:3]):
                ids = [
                    c.add(
                        t,
                        "email",
                        "message",
                        w(lang, "b2b_problems")[problem].format(ref=ref),
                        subject=f"Facture / order {ref}",
                    )
                ]
                if i < 2:
                    score = f.rng.randint(1, 5)
                    c.add(
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": score},
                    )
                    c.truth["nps_given"] = score
                    expect(c, "detractor")
                else:
                    t3 = t + timedelta(hours=f.rng.uniform(18, 40))
                    t3 = daytime(f.rng, t3, 8, 17)
                    ids.append(
                        c.add(
                            t3,
                            "email",
                            "message",
                            w(lang, "b2b_third").format(
                                ref=ref, comp=f.rng.choice(wording.COMPETITORS)
                            ),
                        )
                    )
                c.truth.update(
                    {"persona": "b2b_unhappy", "problem": problem, "complaint_event_ids": ids}
                )
                tolerate(
                    c,
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                )
                unhappy.append(c)
                t = t + timedelta(hours=f.rng.uniform(8, 28))
                t = daytime(f.rng, t, 8, 17)
            contacts[2].truth["expected_rules"] = sorted(
                set(contacts[2].truth["expected_rules"]) | {"repeat_contact"}
            )
        elif kind == "one_unhappy":
            c = contacts[0]
            t = f.at(f.rng.uniform(1, 12), 8, 17)
            ids = [
                c.add(
                    t,
                    "email",
                    "message",
                    w(lang, "b2b_problems")[problem].format(ref=ref),
                    subject=f"Order {ref}",
                )
            ]
            score = f.rng.randint(1, 5)
            c.add(t + timedelta(hours=2), "survey", "survey_response", None, scores={"nps": score})
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "problem": problem,
                    "nps_given": score,
                    "complaint_event_ids": ids,
                }
            )
            expect(c, "detractor")
            tolerate(
                c,
                "sentiment_drop",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            )
            unhappy.append(c)
        elif kind == "mild":
            for c in contacts[:2]:
                eid = c.add(
                    f.at(f.rng.uniform(1, 12), 8, 17), "email", "message", w(lang, "b2b_mild")
                )
                c.truth.update({"persona": "b2b_mild", "complaint_event_ids": [eid]})
                tolerate(c, "silence")
        f.accounts[acc] = {
            "company": company,
            "contacts": len(contacts),
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
        }
        if start_at:
            f.accounts[acc]["trouble_starts_at"] = start_at
    return f


def bilingual() -> Family:
    f = Family("bilingual", "BL", 7, "2026-09-07", 14, "customers who write in two languages")
    pairs = (
        ("fr", "en"),
        ("en", "fr"),
        ("fr", "de"),
        ("en", "es"),
        ("es", "it"),
        ("it", "fr"),
        ("de", "pt"),
        ("pt", "en"),
    )
    plan = (
        ["happy"] * 120
        + ["repeat_contact"] * 40
        + ["slow_churner"] * 30
        + ["happy_one_bad_day"] * 30
        + ["resolved_between_contacts"] * 20
    )
    for persona in plan:
        langs = f.rng.choice(pairs)
        c = Customer(f, langs[0], persona)
        c.truth["languages"] = list(langs)
        if persona == "happy":
            for i in range(f.rng.randint(4, 8)):
                c.lang = langs[i % 2]
                happy_act(c, f.at(f.rng.uniform(0, 14)))
            c.lang = langs[0]
        elif persona == "repeat_contact":
            happy_acts(c, 1, 2, 0, 3)
            repeat_story(c, f.rng.uniform(3, 9), f.rng.randint(2, 4), langs)
        elif persona == "slow_churner":
            for i in range(5):
                c.add(
                    f.at(i + 0.0),
                    "social",
                    "post",
                    f.rng.choice(w(langs[i % 2], "praise")).format(ref=c.ref()),
                )
            happy_acts(c, 1, 3, 0, 5)
            slide_story(c, f.rng.randint(6, 8), f.rng.randint(3, 5), langs)
        elif persona == "happy_one_bad_day":
            happy_acts(c, 4, 7, 0, 14)
            t = f.at(f.rng.randint(2, 11))
            problem = f.rng.choice(wording.PROBLEM_NAMES)
            eid = c.add(t, "email", "message", w(langs[1], "problems")[problem].format(ref=c.ref()))
            c.truth.update({"problem": problem, "bad_day_at": iso(t), "bad_day_event_id": eid})
            tolerate(c, "silence")
        else:
            happy_acts(c, 1, 3, 0, 14)
            problem = f.rng.choice(wording.PROBLEM_NAMES)
            ids = fixed_story(c, f.at(f.rng.uniform(1, 10)), problem)
            c.truth.update({"problem": problem, "problem_event_ids": ids})
            tolerate(c, "silence")
    return f


def topic_spike() -> Family:
    f = Family(
        "topic_spike",
        "TS",
        8,
        "2026-10-08",
        7,
        "a planted spike: delivery slots cancelled (DLV-410)",
    )
    regulars = []
    for i in range(420):
        c = Customer(f, f.lang(), "happy")
        for _ in range(f.rng.randint(1, 3)):
            happy_act(c, f.at(f.rng.uniform(0, 7)))
        if i % 10 == 0:
            c.truth["persona"] = "grumbles_once"
            problem = f.rng.choice(wording.PROBLEM_NAMES)
            eid = c.add(
                f.at(f.rng.uniform(0, 7)), "email", "message", problem_text(c, problem, c.ref())
            )
            c.truth.update({"problem": problem, "bad_day_event_id": eid})
            tolerate(c, "silence")
        else:
            regulars.append(c)
    # Two lone DLV-410 reports on calm mornings before the spike.
    for day in (1, 2):
        c = regulars.pop(f.rng.randrange(len(regulars)))
        c.truth["persona"] = "grumbles_once"
        eid = c.add(f.at(day, 7.2, 8.5), "chat", "chat", w(c.lang, "spike")[1])
        c.truth["bad_day_event_id"] = eid
        tolerate(c, "silence")
    spike_start = datetime(2026, 10, 13, 7, 10, tzinfo=UTC)
    reporters = [regulars.pop(f.rng.randrange(len(regulars))) for _ in range(35)]
    reporters += [Customer(f, f.lang(), "spike_reporter") for _ in range(15)]
    first_ids, again_ids, times = [], [], []
    channels = (
        ("email", "message"),
        ("chat", "chat"),
        ("social", "post"),
        ("web", "ticket"),
        ("community", "post"),
    )
    for i, c in enumerate(reporters):
        c.truth["persona"] = "spike_reporter"
        t = spike_start + timedelta(minutes=f.rng.uniform(0, 35))
        times.append(t)
        ch, k = channels[i % len(channels)]
        eid = c.add(
            t, ch, k, f.rng.choice(w(c.lang, "spike")), subject="DLV-410" if ch == "email" else None
        )
        first_ids.append(eid)
        c.truth.update({"in_spike": True, "spike_event_id": eid})
        tolerate(c, "silence")
        if i < 16:
            others = [x for x in channels if x[0] != ch]
            ch2, k2 = f.rng.choice(others)
            rid = c.add(
                t + timedelta(minutes=f.rng.uniform(20, 75)), ch2, k2, w(c.lang, "spike_again")
            )
            again_ids.append(rid)
            c.truth.update({"persona": "spike_repeater", "repeat_event_id": rid})
            expect(c, "repeat_contact")
            tolerate(c, "sentiment_drop")
        elif i < 28:
            c.add(
                t + timedelta(hours=3), "email", "message", w(c.lang, "spike_fixed"), outbound=True
            )
    f.spike = {
        "topic": "delivery slot cancelled by mistake",
        "about": (
            "SMS and app say the two-hour delivery slot is cancelled (error DLV-410)"
            " on a Tuesday morning"
        ),
        "channel": None,
        "start": iso(min(times)),
        "end": iso(max(times)),
        "customers": len(reporters),
        "event_ids": first_ids,
        "repeat_event_ids": again_ids,
    }
    return f


def main() -> None:
    builders = (
        happy_writers,
        one_bad_day,
        repeat_contacts,
        slow_churners,
        quiet_hours,
        b2b_accounts,
        bilingual,
        topic_spike,
    )
    for build in builders:
        fam = build()
        customers, touchpoints = fam.write()
        print(f"{fam.name}: {customers} customers, {touchpoints} touchpoints")


if __name__ == "__main__":
    main()
