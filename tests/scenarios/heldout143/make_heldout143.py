"""Generate heldout143: hand-written alert scenarios for Auditra, written blind.

Standard library only, seeded, deterministic. Run: ``python3 make_heldout143.py``.
"""

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

import wording as W  # noqa: E402

BUSINESS = "Auditra: hearing aids, fittings, repairs and the Auditra Care plan; Auditra Work screens company staff"
COMPETITORS = ["Sonalto", "Odivia"]
LAST = datetime(2026, 11, 15, tzinfo=UTC)
MARKETS = {
    "it": ["IT", "IT", "CH"],
    "es": ["ES"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE", "CH"],
    "de": ["DE", "AT", "CH"],
    "pt": ["PT"],
}
TOWNS = {
    "IT": "Bologna",
    "CH": "Lugano",
    "ES": "Valencia",
    "UK": "Leeds",
    "IE": "Cork",
    "FR": "Lyon",
    "BE": "Liège",
    "DE": "Köln",
    "AT": "Graz",
    "PT": "Porto",
}
PREFIX = {
    "IT": "+39",
    "CH": "+41",
    "ES": "+34",
    "UK": "+44",
    "IE": "+353",
    "FR": "+33",
    "BE": "+32",
    "DE": "+49",
    "AT": "+43",
    "PT": "+351",
}
FIRST = [
    "Lucia",
    "Marco",
    "Carmen",
    "Javier",
    "Giulia",
    "Pilar",
    "Rosa",
    "Enzo",
    "Nuria",
    "Paolo",
    "Amparo",
    "Tomás",
    "Anna",
    "Hugo",
    "Inês",
    "Klaus",
    "Aoife",
    "Claire",
    "Franca",
    "Emilio",
]
SURN = [
    "Rinaldi",
    "García",
    "Ferri",
    "López",
    "Moretti",
    "Navarro",
    "Costa",
    "Ruiz",
    "Bassi",
    "Ortega",
    "Silva",
    "Huber",
    "Dubois",
    "Walsh",
    "Conti",
    "Serrano",
]
PRODUCTS = [
    ("domes", "12.90"),
    ("filters", "9.50"),
    ("charger", "89.00"),
    ("cleaning kit", "24.00"),
    ("batteries", "15.00"),
]
LANG_W = [("it", 30), ("es", 30), ("en", 10), ("fr", 10), ("de", 10), ("pt", 10)]
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
    "account_risk",
]


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


class Fam:
    def __init__(self, name: str, start: datetime, days: int, seed: int, about: str) -> None:
        self.name, self.start, self.days, self.seed, self.about = name, start, days, seed, about
        self.rng = random.Random(seed)
        self.rows: list[dict[str, Any]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.n = 0
        self.cases = 0

    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_W], [w for _, w in LANG_W])[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        market: str | None = None,
        **extra: Any,
    ) -> str:
        i = len(self.customers) + 1
        key = f"h143-{self.name[:3]}-{i:03d}"
        m = market or self.rng.choice(MARKETS[lang])
        first, last = self.rng.choice(FIRST), self.rng.choice(SURN)
        slug = strip_accents(f"{first}.{last}").lower()
        ident = {
            "customer_id": key,
            "email": f"{slug}.{self.seed}{i}@example.com",
            "phone": f"{PREFIX[m]}{self.seed % 100:02d}{i:04d}{self.rng.randint(100, 999)}",
            "handle": f"@{slug.replace('.', '_')}_{self.seed}{i}"
            if self.rng.random() < 0.6
            else None,
            "account_id": account,
        }
        self.customers[key] = {
            "identifiers": ident,
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": m,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": extra.pop("job", "retired" if self.rng.random() < 0.4 else "employee"),
            "town": TOWNS[m],
            **extra,
        }
        return key

    def add(
        self,
        key: str,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        direction: str = "inbound",
        attrs: dict[str, str] | None = None,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
    ) -> str:
        self.n += 1
        eid = f"h143-{self.name}-{self.n:05d}"
        c = self.customers[key]
        ident = c["identifiers"]
        cust: dict[str, Any] = {
            "customer_id": ident["customer_id"],
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": ident["account_id"],
        }
        if channel == "email":
            cust["email"] = ident["email"]
        if channel == "phone":
            cust["phone"] = ident["phone"]
        if channel == "social" and ident["handle"]:
            cust["handle"] = ident["handle"]
        a = {"market": c["country"], **(attrs or {})}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if direction == "outbound":
            a.setdefault("agent", self.rng.choice(["giulia", "marta", "sam", "jonas"]))
        sc = {"nps": None, "csat": None, "ces": None, **(scores or {})}
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": direction,
                "customer": cust,
                "text": text,
                "subject": subject,
                "scores": sc,
                "source": "heldout143",
                "attributes": a,
            }
        )
        return eid

    def w(self, table: dict[str, list[str]], lang: str, rough: bool = True, **fmt: str) -> str:
        s = self.rng.choice(table.get(lang) or table["es"]).format(**fmt)
        if rough and self.rng.random() < 0.2:
            s = strip_accents(s)
        if rough and self.rng.random() < 0.2 and s:
            s = s[0].lower() + s[1:]
        return s

    def ref(self) -> str:
        self.cases += 1
        return f"AU-{self.seed}{self.cases:04d}"

    def at(self, day: float, h0: float = 8, h1: float = 19) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(h0, h1))

    def awake(self, t: datetime) -> datetime:
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randint(0, 59))
        if t.hour >= 21:
            return (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def happy(self, key: str, t: datetime, survey: bool = True) -> None:
        lang = self.customers[key]["language"]
        cur = (
            "GBP"
            if self.customers[key]["country"] == "UK"
            else "CHF"
            if self.customers[key]["country"] == "CH"
            else "EUR"
        )
        r = self.rng.random()

        def m(k: int) -> timedelta:
            return timedelta(minutes=k)

        if r < 0.22:
            self.add(
                key,
                t,
                self.rng.choice(["social", "community"]),
                self.rng.choice(["post", "mention"]),
                self.w(W.PRAISE, lang),
            )
        elif r < 0.32:
            self.add(key, t, "community", "post", self.w(W.AGAIN, lang))
        elif r < 0.42:
            self.add(
                key,
                t,
                "web",
                "review",
                self.w(W.GRIPE_PRAISE, lang),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif r < 0.6:
            self.add(key, t, "chat", "chat", self.w(W.QUESTION, lang))
            self.add(key, t + m(3), "chat", "chat", self.w(W.ANSWER, lang, False), "outbound")
            if self.rng.random() < 0.6:
                self.add(key, t + m(6), "chat", "chat", self.w(W.THANKS, lang))
        elif r < 0.68:
            self.add(key, t, "phone", "call", self.w(W.PHONE_Q, lang, False))
            self.add(
                key,
                t + m(20),
                "email",
                "message",
                self.w(W.ANSWER, lang, False),
                "outbound",
                subject="Auditra",
            )
        elif r < 0.82:
            p, v = self.rng.choice(PRODUCTS)
            self.add(key, t, "web", "page_view", attrs={"page": f"/shop/{p.replace(' ', '-')}"})
            self.add(
                key,
                t + m(4),
                "web",
                "purchase",
                attrs={"order_value": v, "currency": cur, "product": p, "page": "/checkout"},
            )
        elif r < 0.9 or not survey:
            self.add(
                key,
                t,
                "web",
                "page_view",
                attrs={"page": self.rng.choice(["/care-plan", "/shops", "/hearing-test"])},
            )
        else:
            self.add(
                key,
                t,
                "survey",
                "survey_response",
                self.w(W.SURVEY_WORD, lang, False) or None,
                attrs={"survey": "nps"},
                scores={"nps": self.rng.randint(9, 10)},
            )

    def happy_days(self, key: str, n: int, days: list[int], h0: float = 8, h1: float = 19) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(key, self.at(d, h0, h1))

    def praise_post(self, key: str, t: datetime) -> None:
        self.add(
            key,
            t,
            self.rng.choice(["social", "community"]),
            "post",
            self.w(W.PRAISE, self.customers[key]["language"]),
        )

    def slide(self, key: str, d0: int, span: int, langs: list[str] | None = None) -> list[str]:
        c = self.customers[key]
        comp = self.rng.choice(COMPETITORS)
        ids = []
        t = self.at(d0, 9, 18)
        for i in range(6):
            lang = langs[i % 2] if langs else c["language"]
            text = W.SLIDE[lang][i].format(comp=comp)
            ch = ["social", "community", "review"][i % 3]
            if ch == "review":
                ids.append(
                    self.add(
                        key,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"},
                    )
                )
            else:
                ids.append(self.add(key, t, ch, "post", text))
            t = self.awake(
                t + timedelta(hours=max(1.0, span * 24 / 6 * self.rng.uniform(0.7, 1.1)))
            )
        c.update(
            slide_event_ids=ids,
            slide_days=span,
            competitor=comp,
            trouble_starts_at=self.rows[-6]["occurred_at"],
        )
        return ids

    def repeat_run(self, key: str, d0: int, times: int, langs: list[str] | None = None) -> None:
        c = self.customers[key]
        lang0 = langs[0] if langs else c["language"]
        ref, problem = self.ref(), self.rng.choice(W.PROBLEMS)
        chans = self.rng.sample(["email", "chat", "phone", "web", "social"], times)
        t = self.at(d0, 8, 18)
        ids: list[str] = []
        comp = None
        for i in range(times):
            lang = langs[i % 2] if langs else c["language"]
            ch = chans[i]
            if i == 0:
                text = self.w(W.PROBLEM[problem], lang)
            elif i == 2:
                comp = self.rng.choice(COMPETITORS)
                text = self.w(W.THIRD, lang, ref=ref, comp=comp)
            elif i == 3:
                text = self.w(W.FOURTH, lang, ref=ref)
            else:
                text = self.w(W.STILL_OPEN, lang, ref=ref)
            kind = {
                "email": "message",
                "chat": "chat",
                "phone": "call",
                "web": "ticket",
                "social": "mention",
            }[ch]
            ids.append(
                self.add(
                    key,
                    t,
                    ch,
                    kind,
                    text,
                    attrs={"page": "/contact"} if ch == "web" else None,
                    subject=f"Pratica/Caso {ref}" if ch == "email" else None,
                )
            )
            if ch == "chat":
                self.add(
                    key,
                    t + timedelta(minutes=2),
                    "chat",
                    "chat",
                    self.w(W.CASE_OPENED if i == 0 else W.URGENT, lang, False, ref=ref),
                    "outbound",
                )
            elif i == 0:
                self.add(
                    key,
                    t + timedelta(minutes=self.rng.randint(10, 40)),
                    "email",
                    "message",
                    self.w(W.CASE_OPENED, lang, False, ref=ref),
                    "outbound",
                    subject=ref,
                )
            if i == 0 and times >= 3:
                self.add(
                    key,
                    t + timedelta(hours=self.rng.uniform(1.5, 2.5)),
                    "email",
                    "message",
                    self.w(W.QUALITY_LEAD, lang, False, ref=ref),
                    "outbound",
                    subject=ref,
                )
            t = self.awake(t + timedelta(hours=self.rng.uniform(4, 40)))
        c.update(
            problem=problem,
            booking=ref,
            contacts=times,
            channels=chans,
            problem_event_ids=ids,
            competitor=comp,
            agent_passed_on=times >= 3,
            trouble_starts_at=self.rows[[r["event_id"] for r in self.rows].index(ids[0])][
                "occurred_at"
            ],
            confirm_language=lang0,
        )

    def fixed_case(self, key: str, t: datetime, lang: str, confirm_lang: str) -> dict[str, Any]:
        ref, problem = self.ref(), self.rng.choice(W.PROBLEMS)
        e = self.add(
            key, t, "web", "ticket", self.w(W.PROBLEM[problem], lang), attrs={"page": "/contact"}
        )
        self.add(
            key,
            t + timedelta(minutes=self.rng.randint(10, 40)),
            "email",
            "message",
            self.w(W.CASE_OPENED, lang, False, ref=ref),
            "outbound",
            subject=ref,
        )
        fx = self.awake(t + timedelta(hours=self.rng.uniform(3, 20)))
        self.add(
            key,
            fx,
            "email",
            "message",
            self.w(W.GOOD_NEWS, lang, False, ref=ref),
            "outbound",
            subject=ref,
        )
        cf = self.awake(fx + timedelta(hours=self.rng.uniform(8, 30)))
        ch = self.rng.choice(["email", "chat"])
        ce = self.add(
            key,
            cf,
            ch,
            "message" if ch == "email" else "chat",
            self.w(W.CONFIRM, confirm_lang, ref=ref),
        )
        return {
            "problem": problem,
            "booking": ref,
            "raised_at": iso(t),
            "fixed_at": iso(fx),
            "confirmed_at": iso(cf),
            "problem_event_ids": [e],
            "confirm_event_id": ce,
            "channel": "web",
            "confirm_channel": ch,
        }

    def truth(self) -> dict[str, Any]:
        last = max(r["occurred_at"] for r in self.rows)
        end = max(
            self.start + timedelta(days=self.days),
            datetime.fromisoformat(last.replace("Z", "+00:00")) + timedelta(hours=1),
        )
        exp: Counter[str] = Counter()
        for c in self.customers.values():
            exp.update(c["expected_rules"])
        for a in self.accounts.values():
            exp.update(a["expected_rules"])
        if self.spike:
            exp["topic_spike"] += 1
        return {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": self.seed,
                "written": "2026-12-05, blind",
                "expected": dict(sorted(exp.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }


def d(y: int, m: int, dd: int) -> datetime:
    return datetime(y, m, dd, tzinfo=UTC)


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        d(2026, 3, 16),
        10,
        1431,
        "happy day writers, night writers and survey answerers",
    )
    for _ in range(16):
        k = f.person("happy", "day writer", f.lang())
        f.happy_days(k, f.rng.randint(5, 8), list(range(10)), 7, 19)
    for _ in range(5):
        lang = f.lang()
        k = f.person("happy", "night writer", lang)
        for dd in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.start + timedelta(days=dd, hours=22, minutes=f.rng.randint(12, 359))
            if f.rng.random() < 0.5:
                f.add(k, t, "community", "post", f.w(W.NIGHT, lang))
            else:
                f.add(k, t, "chat", "chat", f.w(W.QUESTION, lang))
                f.add(
                    k,
                    t + timedelta(minutes=4),
                    "chat",
                    "chat",
                    f.w(W.NIGHT_ANSWER, lang, False),
                    "outbound",
                )
                f.add(k, t + timedelta(minutes=7), "chat", "chat", f.w(W.THANKS, lang))
        f.happy_days(k, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        lang = f.lang()
        k = f.person("happy", "answers surveys", lang)
        for dd in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            s = f.rng.choice(["nps", "csat", "ces"])
            v = {
                "nps": f.rng.randint(9, 10),
                "csat": f.rng.randint(4, 5),
                "ces": f.rng.randint(6, 7),
            }[s]
            f.add(
                k,
                f.at(dd, 8, 20),
                "survey",
                "survey_response",
                f.w(W.SURVEY_WORD, lang, False) or None,
                attrs={"survey": s},
                scores={s: v},
            )
    return f


def bad_day(
    f: Fam,
    k: str,
    t: datetime,
    lang: str,
    mode: str,
    detractor: bool,
    csat: bool,
    good: bool,
    apologise: bool,
) -> None:
    c = f.customers[k]
    problem = f.rng.choice(W.PROBLEMS)
    text = f.w(W.PROBLEM[problem], lang)
    ref: str | None = f.ref()
    ch, kind = {
        "long": ("email", "message"),
        "email": ("email", "message"),
        "chat": ("chat", "chat"),
        "social": ("social", "mention"),
        "web": ("web", "ticket"),
        "phone": ("phone", "call"),
    }[mode]
    if mode == "long":
        text = W.LONG_OPEN[lang][0] + text + "." + W.LONG_CLOSE[lang][0] + "\n" + c["name"]
    if mode == "phone":
        text = strip_accents(text).replace(",", "").replace(".", "")
    e = f.add(
        k,
        t,
        ch,
        kind,
        text,
        attrs={"page": "/contact"} if ch == "web" else None,
        subject="Reclamo" if ch == "email" else None,
    )
    if mode == "social":
        ref = None
    elif mode == "chat":
        f.add(
            k,
            t + timedelta(minutes=3),
            "chat",
            "chat",
            f.w(W.CASE_OPENED, lang, False, ref=str(ref)),
            "outbound",
        )
    else:
        f.add(
            k,
            t + timedelta(minutes=f.rng.randint(10, 40)),
            "email",
            "message",
            f.w(W.CASE_OPENED, lang, False, ref=str(ref)),
            "outbound",
            subject=ref,
        )
    c.update(
        problem=problem,
        booking=ref,
        bad_day_at=iso(t),
        bad_day_event_id=e,
        trouble_starts_at=iso(t),
        long_email=mode == "long",
        nps_given=detractor,
        csat_given=csat,
        agent_fixed=good,
        apologised=apologise,
    )
    if detractor:
        n = f.rng.randint(1, 5)
        c.update(
            nps=n,
            survey_event_id=f.add(
                k,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                attrs={"survey": "nps"},
                scores={"nps": n},
            ),
        )
    elif csat:
        n = f.rng.randint(1, 2)
        c.update(
            csat=n,
            survey_event_id=f.add(
                k,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                f.rng.choice(["", "male", "mal"]) or None,
                attrs={"survey": "csat"},
                scores={"csat": n},
            ),
        )
    if good and ref:
        f.add(
            k,
            f.awake(t + timedelta(hours=f.rng.uniform(1, 4))),
            "email",
            "message",
            f.w(W.GOOD_NEWS, lang, False, ref=ref),
            "outbound",
            subject=ref,
        )
    if apologise:
        at = f.awake(t + timedelta(hours=f.rng.uniform(16, 24)))
        c.update(
            apology_at=iso(at), apology_event_id=f.add(k, at, "chat", "chat", f.w(W.APOLOGY, lang))
        )


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        d(2026, 4, 13),
        12,
        1432,
        "happy customers with one bad day; some give a low NPS",
    )
    modes = [m for m in ["long", "email", "chat", "social", "web", "phone"] for _ in range(4)]
    f.rng.shuffle(modes)
    with_case = [i for i, m in enumerate(modes) if m != "social"]
    dets = set(with_case[:6])
    csats = set(with_case[6:11])
    goods = set(with_case[8:20])
    apol = set(sorted(goods)[:5])
    for i, mode in enumerate(modes):
        lang = f.rng.choice(["es", "it"]) if mode == "long" else f.lang()
        det = i in dets
        k = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang,
            ["detractor"] if det else [],
            ["silence"],
        )
        bd = f.rng.randint(2, 9)
        for dd in [x for x in range(12) if x <= bd - 2 or x >= bd + 3][: f.rng.randint(1, 5)]:
            f.happy(k, f.at(dd, 8, 19), survey=False)
        bad_day(f, k, f.at(bd, 8, 20), lang, mode, det, i in csats, i in goods, i in apol)
    for _ in range(8):
        k = f.person("happy", "control", f.lang())
        f.happy_days(k, f.rng.randint(4, 7), list(range(12)))
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        d(2026, 5, 25),
        10,
        1433,
        "same open problem raised again; fixed cases; two problems; frequent writers",
    )
    for times in [2] * 4 + [3] * 4 + [4] * 4:
        k = f.person("repeat_contact", "repeats", f.lang(), ["repeat_contact"], REPEAT_TOL)
        for _ in range(f.rng.randint(1, 3)):
            f.happy(k, f.at(0, 7, 12), survey=False)
        f.repeat_run(k, f.rng.randint(1, 4), times)
    for _ in range(5):
        lang = f.lang()
        k = f.person("resolved_between_contacts", "fixed", lang, [], ["silence"])
        p = f.fixed_case(k, f.at(f.rng.randint(1, 4)), lang, lang)
        f.customers[k].update(problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        lang = f.lang()
        k = f.person("different_problems", "two problems", lang, [], ["silence"])
        d0 = f.rng.randint(0, 2)
        ps = [
            f.fixed_case(k, f.at(d0), lang, lang),
            f.fixed_case(k, f.at(d0 + f.rng.randint(4, 5)), lang, lang),
        ]
        f.customers[k].update(problems=ps, trouble_starts_at=ps[0]["raised_at"])
    for _ in range(7):
        k = f.person("happy", "frequent writer", f.lang())
        f.happy_days(k, f.rng.randint(5, 8), list(range(10)))
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        d(2026, 6, 29),
        32,
        1434,
        "sliding churners, leavers, steady, steadily grumpy, one sarcastic remark",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i, span in enumerate(spans):
        det = i % 2 == 1
        k = f.person(
            "slow_churner",
            "slides",
            f.lang(),
            ["sentiment_drop"] + (["detractor"] if det else []),
            SLIDE_TOL,
        )
        days = sorted(f.rng.sample(range(11), f.rng.randint(6, 9)))
        for j, dd in enumerate(days):
            t = f.at(dd)
            if j < 5 and j < len(days) - 2:
                f.praise_post(k, t)
            else:
                f.happy(k, t, survey=False)
        ids = f.slide(k, f.rng.randint(12, 16), span)
        if det:
            t4 = next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[3])
            n = f.rng.randint(1, 5)
            st = f.awake(
                datetime.fromisoformat(t4.replace("Z", "+00:00"))
                + timedelta(hours=f.rng.uniform(2.5, 3.5))
            )
            f.customers[k].update(
                nps_given=True,
                nps=n,
                survey_event_id=f.add(
                    k,
                    st,
                    "survey",
                    "survey_response",
                    None,
                    attrs={"survey": "nps"},
                    scores={"nps": n},
                ),
            )
    for _ in range(5):
        lang = f.lang()
        k = f.person("slow_churner", "asks to cancel", lang, ["churn_intent"], CANCEL_TOL)
        f.happy_days(k, f.rng.randint(4, 6), list(range(16)))
        t = f.at(f.rng.randint(17, 23))
        e = f.add(k, t, "email", "message", f.w(W.CANCEL, lang), subject="Auditra Care")
        f.add(
            k,
            t + timedelta(hours=f.rng.uniform(1, 5)),
            "email",
            "message",
            f.w(W.SORRY_GO, lang, False),
            "outbound",
            subject="Auditra Care",
        )
        ct = f.awake(t + timedelta(hours=f.rng.uniform(20, 30)))
        ce = f.add(
            k,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Auditra Care"},
        )
        f.customers[k].update(
            churn_intent_event_id=e,
            cancellation_event_id=ce,
            churn_at=iso(ct),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        k = f.person("happy", "steady", f.lang())
        f.happy_days(k, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        lang = f.lang()
        k = f.person("steadily_grumpy", "grumbles", lang, [], ["repeat_contact", "silence"])
        dd, ids = f.rng.randint(0, 4), []
        for _ in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            ids.append(
                f.add(
                    k,
                    f.at(dd),
                    ch,
                    "post" if ch != "web" else "review",
                    f.w(W.GRUMBLE, lang),
                    attrs={"rating": "3", "page": "/reviews"} if ch == "web" else None,
                )
            )
            dd += f.rng.randint(1, 3)
        f.customers[k].update(
            grumble_event_ids=ids,
            trouble_starts_at=f.rows[[r["event_id"] for r in f.rows].index(ids[0])]["occurred_at"],
        )
    for _ in range(5):
        lang = f.lang()
        k = f.person("happy_one_sarcastic_remark", "happy", lang, [], ["silence"])
        f.happy_days(k, f.rng.randint(4, 7), list(range(32)))
        t = f.at(f.rng.randint(5, 28), 9, 18)
        f.customers[k].update(
            sarcasm_event_id=f.add(k, t, "social", "post", f.w(W.SARCASM, lang)),
            trouble_starts_at=iso(t),
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours", d(2026, 8, 21), 3, 1435, "a calm weekend with night-owl bursts; no spike"
    )
    for _ in range(16):
        k = f.person("happy", "day writer", f.lang())
        f.happy_days(k, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        lang = f.lang()
        k = f.person("grumbles_once", "grumbles once", lang, [], ["silence"])
        t = f.at(f.rng.randint(0, 2), 8, 17)
        f.add(k, t, "web", "page_view", attrs={"page": "/shops"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            e = f.add(k, t2, "chat", "chat", f.w(W.MILD, lang))
            f.add(
                k,
                t2 + timedelta(minutes=3),
                "chat",
                "chat",
                f.w(W.MILD_ACK, lang, False),
                "outbound",
            )
        else:
            e = f.add(k, t2, "web", "ticket", f.w(W.MILD, lang), attrs={"page": "/contact"})
            f.add(
                k,
                t2 + timedelta(minutes=30),
                "email",
                "message",
                f.w(W.MILD_ACK, lang, False),
                "outbound",
            )
        f.customers[k].update(grumble_event_id=e, trouble_starts_at=iso(t2))
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                lang = f.lang()
                k = f.person("night_owl", f"night {night}, burst {b}", lang)
                t = bt + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(k, t, "community", "post", f.w(W.NIGHT, lang))
                else:
                    e = f.add(k, t, "chat", "chat", f.w(W.QUESTION, lang))
                    f.add(
                        k,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        f.w(W.NIGHT_ANSWER, lang, False),
                        "outbound",
                    )
                    f.add(k, t + timedelta(minutes=5), "chat", "chat", f.w(W.THANKS, lang))
                f.customers[k].update(burst_at=iso(bt), night_event_id=e)
                if f.rng.random() < 0.5:
                    f.happy(k, f.at(f.rng.randint(0, 2), 9, 17.5))
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", d(2026, 9, 14), 14, 1436, "customers writing in two languages")
    pairs = [
        ("it", "es"),
        ("es", "it"),
        ("es", "en"),
        ("it", "de"),
        ("es", "pt"),
        ("it", "fr"),
        ("es", "fr"),
        ("it", "en"),
        ("de", "it"),
        ("pt", "es"),
        ("fr", "it"),
        ("en", "es"),
    ]
    mk = {
        ("it", "de"): "CH",
        ("de", "it"): "CH",
        ("it", "fr"): "CH",
        ("fr", "it"): "CH",
        ("es", "pt"): "PT",
        ("pt", "es"): "ES",
        ("en", "es"): "ES",
    }
    why = "works across the border"
    j = 0

    def pick() -> tuple[str, str]:
        nonlocal j
        j += 1
        return pairs[(j - 1) % len(pairs)]

    def who(persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[str, list[str]]:
        a, b = pick()
        k = f.person(
            persona,
            habit,
            a,
            exp,
            tol,
            market=mk.get((a, b), MARKETS[a][0]),
            languages=[a, b],
            job_second_language=why,
        )
        return k, [a, b]

    for _ in range(12):
        k, ls = who("happy", "alternates languages", [], [])
        for i, dd in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            f.customers[k]["language"] = ls[i % 2]
            f.happy(k, f.at(dd))
        f.customers[k]["language"] = ls[0]
    for times in [2, 2, 3, 3, 4]:
        k, ls = who("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(f.rng.randint(1, 3)):
            f.happy(k, f.at(f.rng.randint(0, 1)), survey=False)
        f.repeat_run(k, f.rng.randint(2, 5), times, ls)
    for _ in range(5):
        k, ls = who("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        for i, dd in enumerate(range(6)):
            f.customers[k]["language"] = ls[i % 2]
            f.praise_post(k, f.at(dd, 8, 13))
        for _ in range(f.rng.randint(1, 3)):
            f.happy(k, f.at(f.rng.randint(0, 5), 13.5, 19), survey=False)
        f.customers[k]["language"] = ls[0]
        f.slide(k, f.rng.randint(7, 8), f.rng.randint(3, 5), ls)
    for i in range(3):
        k, ls = who("happy_one_bad_day", "one bad day", [], ["silence"])
        f.happy_days(k, f.rng.randint(2, 4), [0, 1, 2, 3, 9, 10, 11, 12])
        bad_day(
            f,
            k,
            f.at(f.rng.randint(5, 7)),
            ls[1],
            ["long", "email", "chat"][i],
            False,
            False,
            i < 2,
            i == 1,
        )
        f.customers[k]["bad_day_language"] = ls[1]
    for _ in range(2):
        k, ls = who("resolved_between_contacts", "fixed", [], ["silence"])
        p = f.fixed_case(k, f.at(f.rng.randint(2, 8)), ls[0], ls[1])
        f.customers[k].update(
            problems=[p], trouble_starts_at=p["raised_at"], confirm_language=ls[1]
        )
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", d(2026, 10, 5), 14, 1437, "company accounts of Auditra Work")
    plans = [
        ("at_risk", 3, "portal"),
        ("at_risk", 3, "invoice"),
        ("at_risk", 3, "screening_missed"),
        ("at_risk", 4, "invoice"),
        ("at_risk", 4, "overbilled"),
    ]
    plans += (
        [("one_unhappy", 1, p) for p in W.B2B_PROBLEMS]
        + [("mild", 0, ""), ("mild", 0, ""), ("mild", 0, "")]
        + [("happy", 0, "")] * 3
    )
    sites = [
        "factory",
        "airport",
        "construction",
        "shipyard",
        "printing",
        "textile",
        "quarry",
        "logistics",
        "foundry",
        "bottling",
        "sawmill",
        "steelworks",
        "call centre",
        "orchestra",
        "railway",
    ]
    for ai, (kind, unhappy, problem) in enumerate(plans):
        lang = f.rng.choice(["it", "es", "it", "es", "de", "fr", "pt", "en"])
        acc = f"acct-143-{ai + 1:02d}"
        mkt = MARKETS[lang][0]
        company = f"{f.rng.choice(['Officine', 'Talleres', 'Werke', 'Ateliers', 'Fábrica'])} {f.rng.choice(SURN)} {ai + 1}"
        n = max(
            unhappy + f.rng.randint(1, 2), 3 if kind != "at_risk" else unhappy + f.rng.randint(1, 2)
        )
        keys: list[str] = []
        unhappy_keys: list[str] = []
        t = f.at(2, 8, 11)
        ref = f.ref()
        first_name = ""
        first_day = ""
        for ci in range(n):
            if kind == "at_risk" and ci < unhappy:
                k = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang,
                    ["repeat_contact"] if ci == unhappy - 1 else [],
                    B2B_TOL,
                    acc,
                    mkt,
                    role="complainer",
                    company=company,
                    job="HSE manager",
                    job_title="HSE manager",
                )
                text = f.w(W.B2B[problem], lang)
                if ci > 0:
                    text = f.w(W.B2B_LATER, lang, name=first_name, day=first_day, ref=ref) + text
                e = f.add(k, t, "email", "message", text, subject=ref)
                if ci == 0:
                    first_name = f.customers[k]["name"].split()[0]
                    first_day = W.DAYS[lang][t.weekday()] if t.weekday() < 5 else W.DAYS[lang][0]
                    f.add(
                        k,
                        t + timedelta(minutes=f.rng.randint(20, 60)),
                        "email",
                        "message",
                        f.w(W.CASE_OPENED, lang, False, ref=ref),
                        "outbound",
                        subject=ref,
                    )
                ids = [e]
                if ci < unhappy - 1:
                    nn = f.rng.randint(1, 5)
                    f.customers[k].update(
                        nps_given=True,
                        nps=nn,
                        survey_event_id=f.add(
                            k,
                            t + timedelta(hours=f.rng.uniform(1, 3)),
                            "survey",
                            "survey_response",
                            None,
                            attrs={"survey": "nps"},
                            scores={"nps": nn},
                        ),
                    )
                    f.customers[k]["expected_rules"] = ["detractor"]
                else:
                    tl = f.awake(t + timedelta(hours=f.rng.uniform(18, 40)))
                    while tl.weekday() >= 5:
                        tl += timedelta(days=1)
                    comp = f.rng.choice(COMPETITORS)
                    ch = f.rng.choice(["email", "phone"])
                    txt = f.w(W.B2B_LAST, lang, ref=ref, comp=comp)
                    if ch == "phone":
                        txt = strip_accents(txt).replace(".", "").replace(",", "").replace(":", "")
                    ids.append(
                        f.add(
                            k,
                            tl,
                            ch,
                            "message" if ch == "email" else "call",
                            txt,
                            subject=ref if ch == "email" else None,
                        )
                    )
                    f.customers[k]["competitor"] = comp
                f.customers[k].update(
                    complaint_event_ids=ids, booking=ref, problem=problem, trouble_starts_at=iso(t)
                )
                unhappy_keys.append(k)
                t = f.awake(t + timedelta(hours=f.rng.uniform(8, 28)))
                while t.weekday() >= 5:
                    t += timedelta(days=1)
            elif kind == "one_unhappy" and ci == 0:
                k = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang,
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    acc,
                    mkt,
                    role="complainer",
                    company=company,
                    job="office manager",
                    job_title="office manager",
                )
                tc = f.at(f.rng.randint(3, 7), 8, 16)
                while tc.weekday() >= 5:
                    tc += timedelta(days=1)
                r2 = f.ref()
                e = f.add(
                    k, tc, "email", "message", f.w(W.B2B[problem], lang), subject="Auditra Work"
                )
                f.add(
                    k,
                    tc + timedelta(minutes=30),
                    "email",
                    "message",
                    f.w(W.CASE_OPENED, lang, False, ref=r2),
                    "outbound",
                    subject=r2,
                )
                nn = f.rng.randint(1, 5)
                f.customers[k].update(
                    problem=problem,
                    booking=r2,
                    complaint_event_ids=[e],
                    trouble_starts_at=iso(tc),
                    nps_given=True,
                    nps=nn,
                    survey_event_id=f.add(
                        k,
                        tc + timedelta(hours=2),
                        "survey",
                        "survey_response",
                        None,
                        attrs={"survey": "nps"},
                        scores={"nps": nn},
                    ),
                )
                unhappy_keys.append(k)
            elif kind == "mild" and ci < 2:
                k = f.person(
                    "b2b_mild",
                    "suggests",
                    lang,
                    [],
                    ["silence"],
                    acc,
                    mkt,
                    role="suggests",
                    company=company,
                    job="HR assistant",
                    job_title="HR assistant",
                )
                tm = f.at(f.rng.randint(1, 9), 9, 16)
                e = f.add(
                    k, tm, "web", "ticket", f.w(W.B2B_MILD, lang), attrs={"page": "/work/contact"}
                )
                f.add(
                    k,
                    tm + timedelta(minutes=45),
                    "email",
                    "message",
                    f.w(W.MILD_ACK, lang, False),
                    "outbound",
                )
                f.customers[k].update(mild_event_id=e, trouble_starts_at=iso(tm))
            else:
                k = f.person(
                    "b2b_happy",
                    "contact",
                    lang,
                    [],
                    [],
                    acc,
                    mkt,
                    role="contact",
                    company=company,
                    job="site manager",
                    job_title="site manager",
                )
                for dd in sorted(
                    f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4))
                ):
                    t2 = f.at(dd, 8, 17)
                    r = f.rng.random()
                    if r < 0.4:
                        f.add(k, t2, "web", "page_view", attrs={"page": "/work/portal"})
                    elif r < 0.7:
                        f.add(k, t2, "community", "post", f.w(W.B2B_ROUTINE, lang))
                    else:
                        f.add(k, t2, "chat", "chat", f.w(W.B2B_ROUTINE, lang))
                        f.add(
                            k,
                            t2 + timedelta(minutes=4),
                            "chat",
                            "chat",
                            f.w(W.ANSWER, lang, False),
                            "outbound",
                        )
            keys.append(k)
        at_risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": company,
            "site": sites[ai],
            "contacts": len(keys),
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy_keys) if kind != "mild" else 0,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if at_risk else None,
            "trouble_starts_at": f.customers[unhappy_keys[0]]["trouble_starts_at"]
            if at_risk
            else None,
            "language": lang,
            "country": mkt,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        d(2026, 11, 2),
        7,
        1438,
        "a calm week and one planted spike on Saturday morning",
    )
    s0 = d(2026, 11, 7) + timedelta(hours=8, minutes=40)
    for _ in range(40):
        k = f.person("happy", "day writer", f.lang())
        for dd in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            f.happy(k, f.at(dd, 12 if dd == 5 else 8, 19))
    for _ in range(2):
        lang = f.lang()
        k = f.person("grumbles_once", "grumbles once", lang, [], ["silence"])
        t = f.at(0, 9, 17)
        e = f.add(k, t, "chat", "chat", f.w(W.MILD, lang))
        f.add(k, t + timedelta(minutes=3), "chat", "chat", f.w(W.MILD_ACK, lang, False), "outbound")
        f.customers[k].update(grumble_event_id=e, trouble_starts_at=iso(t))
    for lang, hh in [("it", 9.6), ("es", 16.1)]:
        k = f.person("grumbles_once", "lone question", lang, [], ["silence"])
        t = f.start + timedelta(days=4, hours=hh)
        e = f.add(k, t, "chat", "chat", f.w(W.LONE_Q, lang))
        f.add(k, t + timedelta(minutes=4), "chat", "chat", f.w(W.LONE_A, lang, False), "outbound")
        f.customers[k].update(lone_report_event_id=e, trouble_starts_at=iso(t))
    langs = ["it"] * 6 + ["es"] * 6 + ["en", "en", "fr", "fr", "de", "de", "pt", "pt"]
    f.rng.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    keys, ids, rep_ids = [], [], []
    early = [i for i, o in enumerate(offs) if o <= 25]
    repeaters = set(f.rng.sample(early, 6))
    fixed = set(f.rng.sample([i for i in range(20) if i not in repeaters], 6))
    for i in range(20):
        lang, ch = langs[i], chans[i]
        regular = i < 12
        rep = i in repeaters
        k = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang,
            ["repeat_contact"] if rep else [],
            ["sentiment_drop", "silence"] if rep else ["silence"],
            in_spike=True,
            regular=regular,
        )
        if regular:
            f.happy(k, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i], seconds=f.rng.randint(0, 50) if 0 < offs[i] < 45 else 0)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            k,
            t,
            ch,
            kind,
            f.w(W.SPIKE, lang),
            attrs={"page": "/contact"} if ch == "web" else None,
            subject=W.SPIKE_CODE if ch == "email" else None,
        )
        if ch == "chat":
            f.add(
                k,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                f.w(W.SPIKE_CHAT, lang, False),
                "outbound",
            )
        c = f.customers[k]
        c.update(
            spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t), agent_fixed=i in fixed
        )
        if rep:
            ch2 = f.rng.choice([x for x in ["email", "chat", "community"] if x != ch])
            r = f.add(
                k,
                t + timedelta(minutes=f.rng.randint(15, 35)),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.w(W.SPIKE_AGAIN, lang),
                subject=W.SPIKE_CODE if ch2 == "email" else None,
            )
            c["repeat_event_id"] = r
            rep_ids.append(r)
        if i in fixed:
            f.add(
                k,
                d(2026, 11, 7) + timedelta(hours=11, minutes=f.rng.randint(38, 47)),
                "email",
                "message",
                f.w(W.SPIKE_FIXED, lang, False),
                "outbound",
                subject=W.SPIKE_CODE,
            )
        keys.append(k)
        ids.append(e)
    f.spike = {
        "topic": "hearing-aid app settings sync swaps left and right ear programmes; restoring fails with error "
        + W.SPIKE_CODE,
        "about": "hearing aids with swapped ear settings after the app's morning sync",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rep_ids,
    }
    return f


EXPECTED = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 6},
}
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


def check(f: Fam, truth: dict[str, Any], seen: set[str]) -> None:
    if truth["config"]["expected"] != EXPECTED[f.name]:
        raise SystemExit(f"{f.name}: expected {truth['config']['expected']} != {EXPECTED[f.name]}")
    lo, hi = iso(f.start), iso(LAST)
    for r in f.rows:
        if not lo <= r["occurred_at"] < hi:
            raise SystemExit(f"{f.name}: {r['event_id']} out of window")
    for k, c in f.customers.items():
        both = set(c["expected_rules"]) & set(c["tolerated_rules"])
        if both:
            raise SystemExit(f"{f.name}: {k} expects and tolerates {both}")
        for v in c["identifiers"].values():
            if v and v != c["identifiers"]["account_id"]:
                if v in seen:
                    raise SystemExit(f"{f.name}: identifier reused {v}")
                seen.add(v)


def main() -> None:
    seen: set[str] = set()
    for make in FAMILIES:
        f = make()
        f.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        truth = f.truth()
        check(f, truth, seen)
        (HERE / f"{f.name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in f.rows),
            "utf-8",
        )
        (HERE / f"{f.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        print(
            f.name, len(f.customers), len(f.rows), sum(r["direction"] == "outbound" for r in f.rows)
        )


if __name__ == "__main__":
    main()
