"""Build the heldout19 hand-written alert scenarios (Nubeo) from ``wording.py``.

Standard library only; seeded, so two runs give the same bytes.
Run: python tests/scenarios/heldout19/make_heldout19.py
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import wording as W

SEED = 20261006
OUT = Path(__file__).resolve().parent
LANGS = ("pt", "it", "es", "fr", "de", "en")
LANG_WEIGHTS = (28, 26, 12, 12, 11, 11)
COUNTRY = {"pt": "PT", "it": "IT", "es": "ES", "fr": "FR", "de": "DE", "en": "UK"}
PHONE_PREFIX = {
    "pt": "+3519",
    "it": "+393",
    "es": "+346",
    "fr": "+336",
    "de": "+4915",
    "en": "+447",
}
DOMAINS = {
    "pt": "sapo.pt",
    "it": "libero.it",
    "es": "correo.es",
    "fr": "orange.fr",
    "de": "web.de",
    "en": "btinternet.com",
}
SOURCES = {
    "email": "zendesk",
    "chat": "intercom",
    "social": "sprout",
    "community": "forum",
    "web": "web",
    "survey": "qualtrics",
    "phone": "aircall",
}
KIND_OF = {
    "email": "message",
    "chat": "chat",
    "phone": "call",
    "social": "post",
    "community": "post",
    "web": "ticket",
}
CUTOFF = datetime(2026, 11, 15, tzinfo=UTC)
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
CANCEL_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str, lang: str) -> str:
    if lang == "de":
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
            text = text.replace(a, b)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class Customer:
    def __init__(self, key: str, lang: str, ids: dict[str, str | None]) -> None:
        self.key = key
        self.lang = lang
        self.ids = ids
        self.truth: dict[str, Any] = {}


class Builder:
    """One family: its customers, its events and its truth."""

    def __init__(self, family: str, code: str, n: int, start: datetime, days: int) -> None:
        self.family = family
        self.code = code
        self.seed = SEED * 100 + n
        self.rng = random.Random(self.seed)
        self.start = start
        self.days = days
        self.customers: list[Customer] = []
        self.events: list[tuple[datetime, str, Customer, dict[str, Any]]] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.about = ""
        self.refs: set[str] = set()

    # identities -----------------------------------------------------------
    def lang(self) -> str:
        return self.rng.choices(LANGS, LANG_WEIGHTS)[0]

    def customer(self, lang: str, persona: str, account: str | None = None) -> Customer:
        num = len(self.customers) + 1
        key = f"NB{self.code}{num:04d}"
        name = self.rng.choice(W.NAMES[lang])
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(8))
        phone = PHONE_PREFIX[lang] + digits
        if account is None:
            email = f"{name}.{self.code.lower()}{num:04d}@{DOMAINS[lang]}"
            handle: str | None = f"@{name}_{self.code.lower()}{num}"
        else:
            dom = self.accounts[account]["domain"]
            email = f"{name}.{num:04d}@{dom}"
            handle = None
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        c = Customer(key, lang, ids)
        c.truth = {
            "identifiers": dict(ids),
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "language": lang,
            "country": COUNTRY[lang],
        }
        self.customers.append(c)
        return c

    def ref(self) -> str:
        while True:
            r = f"NUB-{self.rng.randint(100000, 999999)}"
            if r not in self.refs:
                self.refs.add(r)
                return r

    # text -------------------------------------------------------------------
    def rough(self, text: str, lang: str) -> str:
        r = self.rng.random()
        if r < 0.18:
            text = strip_accents(text, lang)
        if self.rng.random() < 0.12 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if self.rng.random() < 0.08:
            words = text.split(" ")
            i = self.rng.randrange(len(words))
            w = words[i]
            if len(w) > 4 and w.isalpha():
                j = self.rng.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    # events -----------------------------------------------------------------
    def add(
        self,
        c: Customer,
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
        eid = f"nb19-{self.code.lower()}-{len(self.events) + 1:05d}"
        attributes = {"market": COUNTRY[c.lang]}
        if c.ids["account_id"]:
            attributes["segment"] = "b2b"
        attributes.update(attrs or {})
        ev: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if outbound else "inbound",
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES.get(channel, "web"),
            "attributes": attributes,
        }
        self.events.append((t, eid, c, ev))
        return eid

    def at(self, day: float, lo: float = 7.0, hi: float = 22.0) -> datetime:
        base = self.start + timedelta(days=int(day))
        minutes = self.rng.uniform(lo * 60, hi * 60)
        return base + timedelta(minutes=minutes, seconds=self.rng.randint(0, 59))

    def mins(self, t: datetime, lo: float, hi: float) -> datetime:
        return t + timedelta(minutes=self.rng.uniform(lo, hi), seconds=self.rng.randint(0, 59))

    def daytime(self, t: datetime) -> datetime:
        if t.hour >= 23:
            t = (t + timedelta(days=1)).replace(hour=7) + timedelta(minutes=self.rng.randint(5, 90))
        elif t.hour < 7:
            t = t.replace(hour=7) + timedelta(minutes=self.rng.randint(5, 90))
        return t

    def office(self, t: datetime, lo: int = 8, hi: int = 16) -> datetime:
        if t.hour >= hi:
            t = (t + timedelta(days=1)).replace(hour=lo, minute=self.rng.randint(0, 59))
        elif t.hour < lo:
            t = t.replace(hour=lo, minute=self.rng.randint(0, 59))
        while t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=lo, minute=self.rng.randint(0, 59))
        return t

    # acts ---------------------------------------------------------------------
    def survey(
        self, c: Customer, t: datetime, kind: str, value: int, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        words = (
            W.HAPPY_WORDS[lang]
            if value >= 4 or (kind == "nps" and value >= 9)
            else W.LOW_WORDS[lang]
        )
        if kind == "nps":
            words = W.HAPPY_WORDS[lang] if value >= 9 else W.LOW_WORDS[lang]
        word = self.rng.choice(words) or None
        return self.add(c, t, "survey", "survey_response", word, scores={kind: value})

    def happy_survey(self, c: Customer, t: datetime, lang: str | None = None) -> str:
        kind = self.rng.choice(["nps", "nps", "csat", "ces"])
        value = {"nps": self.rng.randint(9, 10), "csat": 5, "ces": self.rng.randint(6, 7)}[kind]
        return self.survey(c, t, kind, value, lang)

    def question(self, c: Customer, t: datetime, lang: str | None = None) -> str:
        lang = lang or c.lang
        q, a, thanks = self.rng.choice(W.QUESTIONS[lang])
        first = self.add(c, t, "chat", "chat", self.rough(q, lang))
        t2 = self.mins(t, 1, 9)
        self.add(c, t2, "chat", "chat", a, outbound=True)
        self.add(c, self.mins(t2, 1, 6), "chat", "chat", self.rough(thanks, lang))
        return first

    def happy_act(
        self, c: Customer, t: datetime, lang: str | None = None, gripe: bool = False
    ) -> str:
        lang = lang or c.lang
        kind = self.rng.choice(
            ["praise", "praise", "question", "purchase", "view", "review", "survey"]
        )
        if gripe and self.rng.random() < 0.4:
            text = self.rough(self.rng.choice(W.GRIPE_PRAISE[lang]), lang)
            return self.add(c, t, self.rng.choice(["social", "community"]), "post", text)
        if kind == "praise":
            text = self.rough(self.rng.choice(W.PRAISE[lang]), lang)
            ch = self.rng.choice(["social", "social", "community"])
            return self.add(
                c,
                t,
                ch,
                "post" if ch == "community" else self.rng.choice(["post", "mention"]),
                text,
            )
        if kind == "question":
            return self.question(c, t, lang)
        if kind == "purchase":
            self.add(c, t, "web", "page_view", attrs={"page": "/plans"})
            plan, value = self.rng.choice(
                [
                    ("Nubeo 200 GB monthly", "2.99"),
                    ("Nubeo 2 TB yearly", "99.99"),
                    ("Nubeo Family 2 TB monthly", "12.99"),
                ]
            )
            return self.add(
                c,
                self.mins(t, 2, 10),
                "web",
                "purchase",
                attrs={"order_value": value, "product": plan},
            )
        if kind == "view":
            page = self.rng.choice(["/photos", "/family", "/help/sync", "/plans", "/download"])
            return self.add(c, t, "web", "page_view", attrs={"page": page})
        if kind == "review":
            text = self.rough(self.rng.choice(W.PRAISE[lang]), lang)
            return self.add(
                c, t, "web", "review", text, attrs={"rating": str(self.rng.randint(4, 5))}
            )
        return self.happy_survey(c, t, lang)

    def happy_days(self, c: Customer, count: int, lo: float, hi: float, **kw: Any) -> list[str]:
        return [self.happy_act(c, self.at(self.rng.uniform(lo, hi)), **kw) for _ in range(count)]

    def low_score(self, c: Customer, t: datetime, kind: str) -> str:
        value = self.rng.randint(1, 5) if kind == "nps" else self.rng.randint(1, 2)
        c.truth[f"{kind}_given"] = value
        if kind == "nps":
            c.truth["expected_rules"].append("detractor")
        return self.survey(c, t, kind, value)

    def contact(
        self,
        c: Customer,
        t: datetime,
        channel: str,
        text: str,
        lang: str,
        subject: str | None = None,
    ) -> str:
        if channel == "email" and subject is None:
            subject = W.SUBJECTS[lang]
        return self.add(c, t, channel, KIND_OF[channel], text, subject=subject)

    # output -------------------------------------------------------------------
    def write(self, expected: dict[str, int]) -> tuple[int, int]:
        self.events.sort(key=lambda e: (e[0], e[1]))
        seen: set[str] = set()
        lines = []
        for t, _, c, ev in self.events:
            assert t < CUTOFF and t.year == 2026
            ids = c.ids
            first = c.key not in seen
            seen.add(c.key)
            ref: dict[str, str | None]
            if first or ev["direction"] == "outbound":
                ref = dict(ids)
            else:
                ch = ev["channel"]
                if ch == "phone":
                    phone = ids["phone"] or ""
                    if self.rng.random() < 0.3:
                        phone = phone[:3] + " " + phone[3:]
                    ref = {"phone": phone}
                elif ch in ("social", "community"):
                    handle = ids["handle"]
                    if handle is None:
                        ref = {"email": ids["email"]}
                    else:
                        ref = {"handle": handle if self.rng.random() < 0.7 else handle.lstrip("@")}
                elif ch == "email":
                    email = ids["email"] or ""
                    ref = {"email": email.upper() if self.rng.random() < 0.1 else email}
                else:
                    ref = {"customer_id": ids["customer_id"]}
                if ids["account_id"]:
                    ref["account_id"] = ids["account_id"]
            full: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": None,
            }
            full.update(ref)
            out = dict(ev)
            out["customer"] = full
            lines.append(json.dumps(out, ensure_ascii=False))
        (OUT / f"{self.family}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        last = self.events[-1][0] + timedelta(hours=1)
        end = max(self.start + timedelta(days=self.days), last)
        for c in self.customers:
            c.truth["expected_rules"] = sorted(set(c.truth["expected_rules"]))
            c.truth["tolerated_rules"] = sorted(
                set(c.truth["tolerated_rules"]) - set(c.truth["expected_rules"])
            )
        truth = {
            "config": {
                "family": self.family,
                "about": self.about,
                "days": self.days,
                "seed": self.seed,
                "written": "2026-12-01, by hand (make_heldout19.py + wording.py), blind",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.customers},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (OUT / f"{self.family}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return len(self.customers), len(lines)


def count_expected(b: Builder) -> dict[str, int]:
    counts: dict[str, int] = {}
    for c in b.customers:
        for r in c.truth["expected_rules"]:
            counts[r] = counts.get(r, 0) + 1
    for a in b.accounts.values():
        for r in a["expected_rules"]:
            counts[r] = counts.get(r, 0) + 1
    if b.spike:
        counts["topic_spike"] = 1
    return dict(sorted(counts.items()))


def start(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# families -------------------------------------------------------------------------
def happy_writers() -> Builder:
    b = Builder("happy_writers", "HW", 1, start(2026, 2, 9), 10)
    b.about = "Nubeo households happy with the service: day writers, night writers, survey-only"
    for i in range(200):
        c = b.customer(b.lang(), "happy")
        gripe = i % 3 == 0
        b.happy_days(c, b.rng.randint(5, 9), 0, 9.99, gripe=gripe)
    for _ in range(40):
        c = b.customer(b.lang(), "happy")
        c.truth["habit"] = "night writer"
        n = b.rng.randint(4, 7)
        for k in range(n):
            day = b.rng.uniform(0, 9.99)
            if k < 2 or b.rng.random() < 0.3:
                t = b.at(day, 22.2, 28.5)
                if b.rng.random() < 0.5:
                    b.add(
                        c, t, "social", "post", b.rough(b.rng.choice(W.NIGHT_POST[c.lang]), c.lang)
                    )
                else:
                    b.question(c, t)
            else:
                b.happy_act(c, b.at(day))
    for _ in range(60):
        c = b.customer(b.lang(), "happy")
        c.truth["habit"] = "answers surveys"
        for _ in range(b.rng.randint(3, 6)):
            b.happy_survey(c, b.at(b.rng.uniform(0, 9.99)))
    return b


def one_bad_day() -> Builder:
    b = Builder("one_bad_day", "OB", 2, start(2026, 3, 16), 12)
    b.about = "happy Nubeo customers with one angry message on one day; happy controls"
    for i in range(300):
        c = b.customer(b.lang(), "happy_one_bad_day")
        bad = b.at(b.rng.uniform(2, 9.99), 8, 20)
        problem = b.rng.choice(list(W.PROBLEMS))
        p = W.PROBLEMS[problem][c.lang]
        long_email = i < 80
        if long_email:
            text = W.LONG_EMAIL[c.lang].format(p=p)
            eid = b.contact(c, bad, "email", b.rough(text, c.lang), c.lang)
        else:
            ch = b.rng.choice(["social", "email", "chat"])
            text = b.rough(b.rng.choice(W.ANGRY[c.lang]).format(p=p), c.lang)
            eid = b.contact(c, bad, ch, text, c.lang)
        c.truth.update(
            {
                "problem": problem,
                "bad_day_at": iso(bad),
                "bad_day_event_id": eid,
                "long_email": long_email,
            }
        )
        c.truth["tolerated_rules"] = ["silence"]
        if 190 <= i < 260:
            b.low_score(c, b.mins(bad, 50, 75), "csat")
        elif i >= 260:
            c.truth["persona"] = "bad_day_detractor"
            b.low_score(c, b.mins(bad, 110, 130), "nps")
        apologised = b.rng.random() < 0.55
        c.truth["apologised"] = apologised
        if apologised:
            b.add(
                c,
                bad + timedelta(hours=b.rng.uniform(16, 26)),
                "chat",
                "chat",
                b.rough(W.APOLOGY[c.lang], c.lang),
            )
        n = b.rng.randint(3, 5)
        while n:
            t = b.at(b.rng.uniform(0, 11.99))
            if abs((t - bad).total_seconds()) > 6.5 * 3600:
                b.happy_act(c, t)
                n -= 1
    for _ in range(100):
        c = b.customer(b.lang(), "happy")
        b.happy_days(c, b.rng.randint(4, 7), 0, 11.99)
    return b


def repeat_story(b: Builder, c: Customer, first: datetime, langs: list[str], passed: bool) -> None:
    problem = b.rng.choice(list(W.PROBLEMS))
    ref = b.ref()
    contacts = len(langs)
    channels = ["email", "chat", "phone", "social", "web"]
    b.rng.shuffle(channels)
    ids = []
    t = first
    for k, lang in enumerate(langs):
        p = W.PROBLEMS[problem][lang]
        if k == 0:
            text = b.rng.choice([W.FIRST_REPORT[lang], b.rng.choice(W.ANGRY[lang])]).format(p=p)
            subject = W.SUBJECTS[lang]
        else:
            t = b.daytime(t + timedelta(hours=b.rng.uniform(3, 45)))
            if k == 1:
                text = b.rng.choice(W.FOLLOW_UP[lang]).format(ref=ref, p=p)
            elif k == 2:
                text = W.THIRD[lang].format(ref=ref, comp=b.rng.choice(W.COMPETITORS))
            else:
                text = W.FOURTH[lang].format(ref=ref)
            subject = f"RE: {ref}"
        ids.append(
            b.contact(
                c,
                t,
                channels[k],
                b.rough(text, lang),
                lang,
                subject if channels[k] == "email" else None,
            )
        )
        if k == 0 and passed:
            b.add(
                c,
                b.mins(t, 100, 140),
                "email",
                "message",
                W.AGENT_PASSED[lang].format(ref=ref),
                outbound=True,
                subject=ref,
            )
    c.truth.update(
        {
            "problem": problem,
            "contacts": contacts,
            "booking": ref,
            "agent_passed_on": passed,
            "problem_event_ids": ids,
            "trouble_starts_at": iso(first),
        }
    )
    c.truth["persona"] = "repeat_contact"
    c.truth["expected_rules"] = ["repeat_contact"]
    c.truth["tolerated_rules"] = list(REPEAT_TOL)


def fixed_story(
    b: Builder, c: Customer, first: datetime, lang: str, problem: str | None = None
) -> tuple[str, datetime]:
    problem = problem or b.rng.choice(list(W.PROBLEMS))
    ref = b.ref()
    ch = b.rng.choice(["email", "chat", "web"])
    e1 = b.contact(
        c, first, ch, b.rough(W.FIRST_REPORT[lang].format(p=W.PROBLEMS[problem][lang]), lang), lang
    )
    t2 = b.daytime(first + timedelta(hours=b.rng.uniform(3, 20)))
    b.add(
        c, t2, "email", "message", W.AGENT_FIXED[lang].format(ref=ref), outbound=True, subject=ref
    )
    t3 = b.daytime(t2 + timedelta(hours=b.rng.uniform(8, 30)))
    e3 = b.contact(
        c, t3, "email", b.rough(W.SORTED[lang].format(ref=ref), lang), lang, f"RE: {ref}"
    )
    c.truth.setdefault("problems", []).append(problem)
    c.truth.setdefault("bookings", []).append(ref)
    c.truth.setdefault("problem_event_ids", []).extend([e1, e3])
    c.truth["agent_fixed"] = True
    return problem, t3


def repeat_contacts() -> Builder:
    b = Builder("repeat_contacts", "RC", 3, start(2026, 4, 20), 10)
    b.about = (
        "one open problem raised 2-4 times; fixed between contacts; two problems; frequent writers"
    )
    for i in range(120):
        c = b.customer(b.lang(), "repeat_contact")
        first = b.at(b.rng.uniform(1.5, 3.5), 8, 20)
        n_contacts = 2 if i < 48 else 3 if i < 96 else 4
        for _ in range(b.rng.randint(1, 3)):
            b.happy_act(c, b.at(b.rng.uniform(0, 1), 7, 18))
        repeat_story(b, c, first, [c.lang] * n_contacts, passed=i % 2 == 0)
    for _ in range(60):
        c = b.customer(b.lang(), "resolved_between_contacts")
        c.truth["tolerated_rules"] = ["silence"]
        first = b.at(b.rng.uniform(1, 5), 8, 20)
        b.happy_days(c, b.rng.randint(1, 3), 0, 0.99)
        fixed_story(b, c, first, c.lang)
    for _ in range(40):
        c = b.customer(b.lang(), "different_problems")
        c.truth["tolerated_rules"] = ["silence"]
        first = b.at(b.rng.uniform(0.5, 2.5), 8, 18)
        p1, _ = fixed_story(b, c, first, c.lang)
        second = b.daytime(first + timedelta(days=b.rng.uniform(4, 5.5)))
        other = b.rng.choice([p for p in W.PROBLEMS if p != p1])
        fixed_story(b, c, second, c.lang, other)
    for _ in range(130):
        c = b.customer(b.lang(), "happy")
        c.truth["habit"] = "frequent writer"
        b.happy_days(c, b.rng.randint(5, 8), 0, 9.99)
    return b


def slide(b: Builder, c: Customer, first_day: float, span: int, langs: list[str]) -> list[str]:
    ids = []
    comp = b.rng.choice(W.COMPETITORS)
    for k in range(6):
        lang = langs[k % len(langs)]
        offset = timedelta(days=first_day + k * span / 5, hours=8 + b.rng.uniform(0, 2))
        t = b.daytime(b.start + offset)
        text = W.SLIDE[lang][k].format(comp=comp)
        ch = b.rng.choice(["social", "community", "email", "chat"])
        ids.append(b.contact(c, t, ch, b.rough(text, lang), lang))
    c.truth.update({"slide_event_ids": ids, "slide_days": span})
    c.truth["persona"] = "slow_churner"
    c.truth["habit"] = "slides"
    c.truth["expected_rules"] = ["sentiment_drop"]
    c.truth["tolerated_rules"] = list(SLIDE_TOL)
    return ids


def slow_churners() -> Builder:
    b = Builder("slow_churners", "SC", 4, start(2026, 5, 11), 32)
    b.about = (
        "happy baseline then a slide; asks to cancel; steady happy; steadily grumpy; "
        "one sarcastic post"
    )
    for i in range(90):
        c = b.customer(b.lang(), "slow_churner")
        for _ in range(b.rng.randint(4, 5)):
            t = b.at(b.rng.uniform(0, 9.99))
            b.add(c, t, "social", "post", b.rough(b.rng.choice(W.PRAISE[c.lang]), c.lang))
        b.happy_days(c, b.rng.randint(2, 4), 0, 9.99)
        first_day = float(b.rng.randint(12, 18))
        ids = slide(b, c, first_day, [3, 5, 7, 9][i % 4], [c.lang])
        c.truth["trouble_starts_at"] = b.events[-6][3]["occurred_at"]
        if i < 30:
            fourth = next(e for e in b.events if e[1] == ids[3])[0]
            b.low_score(c, b.mins(fourth, 170, 190), "nps")
    for _ in range(35):
        c = b.customer(b.lang(), "slow_churner")
        c.truth["habit"] = "asks to cancel"
        b.happy_days(c, b.rng.randint(4, 6), 0, 12)
        t = b.at(b.rng.uniform(15, 24), 8, 20)
        e1 = b.contact(
            c,
            t,
            "email",
            b.rough(W.CANCEL[c.lang], c.lang),
            c.lang,
            "Cancelamento" if c.lang == "pt" else "Nubeo",
        )
        t2 = t + timedelta(hours=b.rng.uniform(20, 30))
        e2 = b.add(c, t2, "web", "cancellation", attrs={"page": "/account/cancel"})
        c.truth.update(
            {"churn_intent_event_id": e1, "cancellation_event_id": e2, "churn_at": iso(t2)}
        )
        c.truth["expected_rules"] = ["churn_intent"]
        c.truth["tolerated_rules"] = list(CANCEL_TOL)
    for _ in range(80):
        c = b.customer(b.lang(), "happy")
        b.happy_days(c, b.rng.randint(6, 10), 0, 31.99)
    for _ in range(45):
        c = b.customer(b.lang(), "steadily_grumpy")
        c.truth["tolerated_rules"] = ["repeat_contact", "silence"]
        for _ in range(b.rng.randint(5, 8)):
            t = b.at(b.rng.uniform(0, 31.99))
            b.contact(
                c,
                t,
                b.rng.choice(["social", "community", "email"]),
                b.rough(b.rng.choice(W.GRUMBLE[c.lang]), c.lang),
                c.lang,
            )
    for _ in range(50):
        c = b.customer(b.lang(), "happy_one_sarcastic_remark")
        c.truth["tolerated_rules"] = ["silence"]
        b.happy_days(c, b.rng.randint(4, 7), 0, 31.99)
        t = b.at(b.rng.uniform(3, 28))
        c.truth["sarcasm_event_id"] = b.add(c, t, "social", "post", W.SARCASM[c.lang])
    return b


def quiet_hours() -> Builder:
    b = Builder("quiet_hours", "QH", 5, start(2026, 7, 17), 3)
    b.about = "a calm summer weekend with small night bursts; no spike"
    for i in range(214):
        c = b.customer(b.lang(), "happy")
        for _ in range(b.rng.randint(1, 3)):
            b.happy_act(c, b.at(b.rng.uniform(0, 2.99), 7, 21.5))
        if i < 22:
            c.truth["persona"] = "grumbles_once"
            c.truth["tolerated_rules"] = ["silence"]
            t = b.at(b.rng.uniform(0, 2.99), 8, 20)
            c.truth["grumble_event_id"] = b.contact(
                c, t, "email", b.rough(b.rng.choice(W.GRUMBLE[c.lang]), c.lang), c.lang
            )
    for night in (1, 2, 3):
        base = b.start + timedelta(days=night, minutes=30 + b.rng.randint(0, 20))
        for _ in range(3):
            for _ in range(4):
                c = b.customer(b.lang(), "night_owl")
                t = b.mins(base, 0, 9)
                c.truth["burst_at"] = iso(base)
                if b.rng.random() < 0.5:
                    b.question(c, t)
                else:
                    b.add(
                        c, t, "social", "post", b.rough(b.rng.choice(W.NIGHT_POST[c.lang]), c.lang)
                    )
            base = base + timedelta(minutes=b.rng.randint(25, 55))
    return b


def b2b_accounts() -> Builder:
    b = Builder("b2b_accounts", "BA", 6, start(2026, 9, 14), 14)
    b.about = (
        "Nubeo Business accounts: one problem for three contacts; one unhappy; mild remarks; happy"
    )
    kinds = ["at_risk"] * 16 + ["one_unhappy"] * 16 + ["mild"] * 8 + ["happy"] * 24
    b.rng.shuffle(kinds)
    problems = ["leavers"] * 6 + ["usage"] * 3 + ["invoice"] * 3 + ["sso"] * 4
    b.rng.shuffle(problems)
    for n, kind in enumerate(kinds, 1):
        lang = b.lang()
        company = b.rng.choice(W.COMPANIES[lang]) + f" {n}"
        acc = f"NB-{COUNTRY[lang]}-{n:04d}"
        dom = (
            "".join(ch for ch in strip_accents(company.lower(), lang) if ch.isalnum()) + ".example"
        )
        b.accounts[acc] = {"domain": dom}
        size = b.rng.randint(4, 6) if kind == "at_risk" else b.rng.randint(3, 6)
        contacts = [b.customer(lang, "b2b_happy", acc) for _ in range(size)]
        for c in contacts:
            c.truth["company"] = company
            c.truth["role"] = "admin" if c is contacts[0] else "user"
        unhappy: list[Customer] = []
        same: str | None = None
        trouble: str | None = None
        complaint_at: dict[str, datetime] = {}
        if kind == "at_risk":
            same = problems.pop()
            ref = b.ref()
            unhappy = contacts[:3]
            t = b.office(b.at(b.rng.uniform(1, 6), 8, 15), 8, 15)
            trouble = iso(t)
            for k, c in enumerate(unhappy):
                if k:
                    t = b.office(t + timedelta(hours=b.rng.uniform(8, 28)), 8, 15)
                p = W.B2B_PROBLEMS[same][lang]
                text = W.B2B_COMPLAINT[lang].format(
                    role=W.ROLES[lang], company=company, p=p[0].upper() + p[1:]
                )
                e = b.contact(
                    c, t, "email", b.rough(text, lang), lang, f"Nubeo Business - {company}"
                )
                complaint_at[c.key] = t
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "problem": same,
                        "booking": ref,
                        "complaint_event_ids": [e],
                    }
                )
                c.truth["tolerated_rules"] = [*B2B_TOL, "account_risk"]
                if k == 0:
                    b.add(
                        c,
                        b.office(b.mins(t, 30, 120), 8, 17),
                        "email",
                        "message",
                        W.B2B_ACK[lang].format(ref=ref),
                        outbound=True,
                        subject=ref,
                    )
                if k < 2:
                    b.low_score(c, b.mins(t, 60, 180), "nps")
                else:
                    t3 = b.office(t + timedelta(hours=b.rng.uniform(18, 40)), 8, 17)
                    ch = b.rng.choice(["email", "phone"])
                    text3 = W.B2B_THIRD[lang].format(ref=ref, comp=b.rng.choice(W.COMPETITORS))
                    e3 = b.contact(c, t3, ch, b.rough(text3, lang), lang, f"RE: {ref}")
                    c.truth["complaint_event_ids"].append(e3)
                    c.truth["repeat_event_id"] = e3
                    c.truth["expected_rules"] = ["repeat_contact"]
        elif kind == "one_unhappy":
            c = contacts[b.rng.randrange(size)]
            unhappy = [c]
            same_p = b.rng.choice(list(W.B2B_PROBLEMS))
            t = b.office(b.at(b.rng.uniform(1, 11), 8, 15), 8, 15)
            p = W.B2B_PROBLEMS[same_p][lang]
            text = W.B2B_COMPLAINT[lang].format(
                role=W.ROLES[lang], company=company, p=p[0].upper() + p[1:]
            )
            e = b.contact(c, t, "email", b.rough(text, lang), lang, f"Nubeo Business - {company}")
            complaint_at[c.key] = t
            c.truth.update(
                {"persona": "b2b_one_unhappy", "problem": same_p, "complaint_event_ids": [e]}
            )
            c.truth["tolerated_rules"] = list(B2B_TOL)
            b.low_score(c, b.mins(t, 60, 180), "nps")
        elif kind == "mild":
            for c in contacts[:2]:
                t = b.office(b.at(b.rng.uniform(0, 12), 8, 16))
                e = b.contact(
                    c,
                    t,
                    "email",
                    b.rough(W.B2B_MILD[lang], lang),
                    lang,
                    "Fatura" if lang == "pt" else "Invoice",
                )
                complaint_at[c.key] = t
                c.truth.update({"persona": "b2b_mild", "complaint_event_ids": [e]})
                c.truth["tolerated_rules"] = ["silence"]
        for c in contacts:
            limit = complaint_at.get(c.key)
            for _ in range(b.rng.randint(2, 5)):
                t = b.office(b.at(b.rng.uniform(0, 13.99), 8, 16))
                if limit is not None and t > limit - timedelta(hours=4):
                    continue
                r = b.rng.random()
                if r < 0.3:
                    q, a, thanks = W.B2B_QUESTION[lang]
                    b.add(c, t, "email", "message", b.rough(q, lang), subject="Nubeo Business")
                    t2 = b.mins(t, 20, 90)
                    b.add(c, t2, "email", "message", a, outbound=True, subject="RE: Nubeo Business")
                    if limit is None or b.mins(t2, 5, 30) < limit - timedelta(hours=4):
                        b.add(
                            c,
                            b.mins(t2, 5, 30),
                            "email",
                            "message",
                            b.rough(thanks, lang),
                            subject="RE: Nubeo Business",
                        )
                elif r < 0.5:
                    b.add(
                        c,
                        t,
                        "web",
                        "purchase",
                        attrs={
                            "order_value": f"{6 * b.rng.randint(1, 5)}.00",
                            "product": "Nubeo Business licence",
                        },
                    )
                elif r < 0.7:
                    b.add(c, t, "web", "page_view", attrs={"page": "/admin/usage"})
                elif r < 0.85:
                    b.add(c, t, "community", "post", b.rough(W.B2B_PRAISE[lang], lang))
                elif c.truth["persona"] != "b2b_one_unhappy" and not (
                    kind == "at_risk" and c in unhappy
                ):
                    b.survey(c, t, "nps", b.rng.randint(9, 10))
        expected = ["account_risk"] if kind == "at_risk" else []
        b.accounts[acc] = {
            "company": company,
            "contacts": size,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": expected,
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": same,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": COUNTRY[lang],
        }
    return b


PAIRS = (
    ("pt", "it"),
    ("it", "pt"),
    ("pt", "en"),
    ("it", "fr"),
    ("pt", "es"),
    ("es", "pt"),
    ("it", "de"),
    ("fr", "en"),
    ("de", "en"),
)
PAIR_WEIGHTS = (8, 7, 5, 4, 3, 3, 2, 2, 2)


def bilingual() -> Builder:
    b = Builder("bilingual", "BL", 7, start(2026, 8, 24), 14)
    b.about = "customers who write in two languages"
    for i in range(300):
        pair = list(b.rng.choices(PAIRS, PAIR_WEIGHTS)[0])
        c = b.customer(pair[0], "happy")
        c.truth["languages"] = pair
        if i < 150:
            for k in range(b.rng.randint(5, 8)):
                b.happy_act(c, b.at(b.rng.uniform(0, 13.99)), lang=pair[k % 2])
        elif i < 200:
            for k in range(b.rng.randint(1, 3)):
                b.happy_act(c, b.at(b.rng.uniform(0, 1.9)), lang=pair[k % 2])
            n = b.rng.choice([2, 3, 3, 4])
            repeat_story(
                b,
                c,
                b.at(b.rng.uniform(2, 5), 8, 20),
                [pair[k % 2] for k in range(n)],
                passed=i % 3 == 0,
            )
        elif i < 235:
            for k in range(5):
                b.add(
                    c,
                    b.at(k + b.rng.random() * 0.9),
                    "social",
                    "post",
                    b.rough(b.rng.choice(W.PRAISE[pair[k % 2]]), pair[k % 2]),
                )
            b.happy_days(c, b.rng.randint(1, 3), 0, 4.99, lang=pair[1])
            slide(b, c, float(b.rng.randint(6, 8)), b.rng.randint(3, 5), pair)
            c.truth["trouble_starts_at"] = b.events[-6][3]["occurred_at"]
        elif i < 275:
            c.truth["persona"] = "happy_one_bad_day"
            c.truth["tolerated_rules"] = ["silence"]
            bad = b.at(b.rng.uniform(3, 11), 8, 20)
            problem = b.rng.choice(list(W.PROBLEMS))
            text = b.rng.choice(W.ANGRY[pair[1]]).format(p=W.PROBLEMS[problem][pair[1]])
            eid = b.contact(
                c, bad, b.rng.choice(["social", "email", "chat"]), b.rough(text, pair[1]), pair[1]
            )
            c.truth.update({"problem": problem, "bad_day_at": iso(bad), "bad_day_event_id": eid})
            n = b.rng.randint(4, 6)
            k = 0
            while k < n:
                t = b.at(b.rng.uniform(0, 13.99))
                if abs((t - bad).total_seconds()) > 6.5 * 3600:
                    b.happy_act(c, t, lang=pair[k % 2])
                    k += 1
        else:
            c.truth["persona"] = "resolved_between_contacts"
            c.truth["tolerated_rules"] = ["silence"]
            b.happy_days(c, b.rng.randint(2, 4), 0, 2, lang=pair[0])
            fixed_story(b, c, b.at(b.rng.uniform(3, 9), 8, 20), pair[1])
    return b


SPIKE_LANGS = ["pt"] * 17 + ["it"] * 15 + ["es"] * 8 + ["fr"] * 8 + ["de"] * 7 + ["en"] * 5
SPIKE_CHANNELS = ["social"] * 20 + ["chat"] * 14 + ["email"] * 10 + ["community"] * 9 + ["web"] * 7


def topic_spike() -> Builder:
    b = Builder("topic_spike", "TS", 8, start(2026, 10, 2), 7)
    b.about = (
        "a calm week and one morning when the sync client fails with SX-5012 after a server change"
    )
    spike_start = datetime(2026, 10, 6, 7, 40, tzinfo=UTC)
    langs = list(SPIKE_LANGS)
    b.rng.shuffle(langs)
    channels = list(SPIKE_CHANNELS)
    b.rng.shuffle(channels)
    regulars: dict[str, list[Customer]] = {lang: [] for lang in LANGS}
    calm: list[Customer] = []
    need = {lang: langs[:40].count(lang) for lang in LANGS}
    for i in range(340):
        lang = b.lang()
        c = b.customer(lang, "happy")
        if need[lang] > 0 and i % 3 == 0:
            need[lang] -= 1
            regulars[lang].append(c)
            b.happy_days(c, b.rng.randint(1, 3), 0, 3.99)
        else:
            calm.append(c)
    for lang in LANGS:
        while need[lang] > 0:
            c = b.customer(lang, "happy")
            need[lang] -= 1
            regulars[lang].append(c)
            b.happy_days(c, b.rng.randint(1, 3), 0, 3.99)
    grumblers = calm[:34]
    lone = calm[34:36]
    for c in calm:
        b.happy_days(c, b.rng.randint(1, 3), 0, 6.99)
    for c in grumblers:
        c.truth["persona"] = "grumbles_once"
        c.truth["tolerated_rules"] = ["silence"]
        t = b.at(b.rng.uniform(0, 6.99), 8, 20)
        c.truth["grumble_event_id"] = b.contact(
            c, t, "email", b.rough(b.rng.choice(W.GRUMBLE[c.lang]), c.lang), c.lang
        )
    for c, day in zip(lone, (1, 3), strict=True):
        c.truth["persona"] = "grumbles_once"
        c.truth["tolerated_rules"] = ["silence"]
        t = b.at(day, 18, 21)
        c.truth["lone_report_event_id"] = b.add(
            c, t, "chat", "chat", b.rough(W.LONE_SYNC[c.lang], c.lang)
        )
    reporters: list[Customer] = []
    for k, lang in enumerate(langs):
        if k < 40:
            reporters.append(regulars[lang].pop())
        else:
            reporters.append(b.customer(lang, "spike_reporter"))
    first_ids: list[str] = []
    repeat_ids: list[str] = []
    times: list[datetime] = []
    for k, c in enumerate(reporters):
        t = (
            spike_start
            + timedelta(seconds=int(k * 39 * 60 / 59))
            + timedelta(seconds=b.rng.randint(0, 20))
        )
        times.append(t)
        ch = channels[k]
        text = b.rough(b.rng.choice(W.SPIKE[c.lang]), c.lang)
        kind = {
            "social": "post",
            "community": "post",
            "chat": "chat",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = b.add(c, t, ch, kind, text, subject="SX-5012" if ch == "email" else None)
        first_ids.append(e)
        c.truth.update(
            {
                "persona": "spike_reporter",
                "in_spike": True,
                "spike_event_id": e,
                "tolerated_rules": ["silence"],
            }
        )
        if k % 3 == 0 and len(repeat_ids) < 20:
            other = "chat" if ch != "chat" else "email"
            kind2 = "chat" if other == "chat" else "message"
            e2 = b.add(c, b.mins(t, 20, 75), other, kind2, b.rough(W.SPIKE_AGAIN[c.lang], c.lang))
            repeat_ids.append(e2)
            c.truth.update(
                {
                    "persona": "spike_repeater",
                    "repeat_event_id": e2,
                    "expected_rules": ["repeat_contact"],
                }
            )
            c.truth["tolerated_rules"] = ["sentiment_drop", "silence"]
        elif k % 3 == 1 and sum(1 for x in reporters[:k] if x.truth.get("agent_fixed")) < 15:
            b.add(
                c,
                b.mins(t, 170, 190),
                "email",
                "message",
                W.SPIKE_FIXED[c.lang],
                outbound=True,
                subject="SX-5012",
            )
            c.truth["agent_fixed"] = True
    b.spike = {
        "topic": "desktop sync client: error SX-5012 after a server change",
        "about": "Tue 6 Oct 2026, morning: the sync client fails with SX-5012 for many users",
        "channel": None,
        "start": iso(min(times)),
        "end": iso(max(times)),
        "customers": len(reporters),
        "event_ids": first_ids,
        "repeat_event_ids": repeat_ids,
    }
    return b


def main() -> None:
    total_c = total_e = 0
    for make in (
        happy_writers,
        one_bad_day,
        repeat_contacts,
        slow_churners,
        quiet_hours,
        b2b_accounts,
        bilingual,
        topic_spike,
    ):
        b = make()
        n_c, n_e = b.write(count_expected(b))
        total_c += n_c
        total_e += n_e
        print(b.family, n_c, n_e, count_expected(b))
    print("total", total_c, total_e)


if __name__ == "__main__":
    main()
