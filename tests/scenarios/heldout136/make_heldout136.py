"""Generate heldout136 (Orvetta, written blind). Standard library only, seeded, deterministic."""
# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261205
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
MARKETS = {
    "fr": ("FR", "BE", "CH"),
    "de": ("DE", "AT", "CH"),
    "en": ("UK", "IE"),
    "es": ("ES",),
    "it": ("IT",),
    "pt": ("PT",),
}
PREFIX = {
    "FR": "+336",
    "BE": "+324",
    "CH": "+417",
    "DE": "+4915",
    "AT": "+43664",
    "UK": "+447",
    "IE": "+3538",
    "ES": "+346",
    "IT": "+393",
    "PT": "+3519",
}
FIRST = {
    "fr": [
        "Camille",
        "Julien",
        "Élodie",
        "Mathieu",
        "Sophie",
        "Thomas",
        "Manon",
        "Nicolas",
        "Claire",
        "Antoine",
    ],
    "de": [
        "Jonas",
        "Lena",
        "Matthias",
        "Sabine",
        "Felix",
        "Katrin",
        "Lukas",
        "Anja",
        "Tobias",
        "Miriam",
    ],
    "en": ["Oliver", "Grace", "Liam", "Hannah", "Owen"],
    "es": ["Lucía", "Javier", "Irene", "Pablo", "Marta"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Marta"],
}
LAST = {
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fontaine"],
    "de": ["Müller", "Schmidt", "Weber", "Becker", "Hoffmann", "Krüger", "Brandt", "Zimmermann"],
    "en": ["Walsh", "Hughes", "Murphy", "Clarke", "Byrne"],
    "es": ["García", "Torres", "Navarro", "Ruiz", "Fuentes"],
    "it": ["Rossi", "Bianchi", "Greco", "Conti", "Ricci"],
    "pt": ["Silva", "Costa", "Pereira", "Santos", "Ferreira"],
}
SOURCES = {
    "email": "orvetta-mail",
    "phone": "orvetta-voice",
    "social": "orvetta-social",
    "community": "orvetta-forum",
    "chat": "orvetta-chat",
    "web": "orvetta-web",
    "survey": "orvetta-survey",
}
LANG_W = ("fr",) * 30 + ("de",) * 30 + ("en", "es", "it", "pt") * 10
AMT = {"fr": "149 €", "de": "149 €", "en": "£130", "es": "149 €", "it": "149 €", "pt": "149 €"}
USED: set[str] = set()


def fresh(value: str) -> bool:
    return value not in USED


def uniq(value: str) -> str:
    if value in USED:
        raise SystemExit(f"identifier reused: {value}")
    USED.add(value)
    return value


def ascii_fold(text: str) -> str:
    table = str.maketrans("éèêàçôîûÉ", "eeeacoiuE")
    return text.translate(table).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")


@dataclass
class Cust:
    key: str
    lang: str
    ids: dict[str, str | None]
    truth: dict[str, Any]
    seen: bool = False


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
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        country: str | None = None,
        **extra: Any,
    ) -> Cust:
        lang = lang or self.rng.choice(LANG_W)
        country = country or self.rng.choice(MARKETS[lang])
        while True:
            first, last = self.rng.choice(FIRST[lang]), self.rng.choice(LAST[lang])
            num = self.rng.randint(1000, 9999)
            slug = ascii_fold(f"{first}.{last}").lower()
            hd = f"@{ascii_fold(last).lower()}_{ascii_fold(first).lower()}{num % 97}"
            if (
                fresh(f"OV{self.code}{num}")
                and fresh(f"{slug}{num % 100}@{'firma' if account else 'mail'}{num % 7}.example")
                and fresh(hd)
            ):
                break
        key = uniq(f"OV{self.code}{num}")
        email = uniq(f"{slug}{num % 100}@{'firma' if account else 'mail'}{num % 7}.example")
        phone = uniq(PREFIX[country] + str(self.rng.randint(10**7, 10**8 - 1)))
        handle = None if account else uniq(hd)
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        exp, tol = sorted(expected or []), sorted(tolerated or [])
        if set(exp) & set(tol):
            raise SystemExit(f"{key}: rule both expected and tolerated")
        truth = {
            "identifiers": ids,
            "expected_rules": exp,
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": country,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        } | extra
        c = Cust(key, lang, ids, truth)
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        **attrs: str,
    ) -> str:
        if not (self.start <= t < LIMIT):
            raise SystemExit(f"{self.name}: time out of window {t}")
        self.counter += 1
        eid = f"ov136-{self.code.lower()}-{self.counter:05d}"
        if text and not out and channel not in ("phone", "survey"):
            r = self.rough.random()
            if r < 0.1:
                text = ascii_fold(text)
            elif r < 0.22 and text[0].isupper():
                text = text[0].lower() + text[1:]
        if text and not out and channel == "social" and "@Orvetta" not in text:
            text = (
                text.replace("Orvetta", "@Orvetta", 1) if "Orvetta" in text else "@Orvetta " + text
            )
        ids = dict(c.ids)
        keep = {"phone": "phone", "social": "handle", "community": "handle", "email": "email"}.get(
            channel, "customer_id"
        )
        if keep == "handle" and not ids["handle"]:
            keep = "email"
        a = {"market": c.truth["country"]} | attrs
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        row = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": ids,
            "text": text,
            "subject": subject,
            "scores": scores or {},
            "source": SOURCES[channel],
            "attributes": a,
            "_cust": c.key,
            "_keep": "" if out else keep,
        }
        self.rows.append(row)
        return eid

    def case(self) -> str:
        return uniq(f"OV-{self.rng.randint(100000, 999999)}")


def fmt(s: str, **kw: str) -> str:
    return s.format(**kw)


def happy_act(f: Fam, c: Cust, t: datetime) -> None:
    r = f.rng
    lang = c.lang
    w = r.choice(W.WATCHES)
    k = r.randint(0, 4)
    if k == 0:
        f.add(
            c, t, r.choice(["community", "social"]), "post", fmt(r.choice(W.PRAISE[lang]), watch=w)
        )
    elif k == 1:
        q, a = r.choice(W.QUESTION[lang])
        f.add(c, t, "chat", "chat", fmt(q, watch=w))
        f.add(
            c,
            t + timedelta(minutes=r.randint(1, 6)),
            "chat",
            "chat",
            a,
            out=True,
            agent="Orvetta support",
        )
        if r.random() < 0.6:
            f.add(
                c, t + timedelta(minutes=r.randint(8, 12)), "chat", "chat", r.choice(W.THANKS[lang])
            )
    elif k == 2:
        f.add(c, t, "web", "page_view", page="/service/revision")
        f.add(
            c,
            t + timedelta(minutes=r.randint(3, 15)),
            "web",
            "purchase",
            page="/service/revision",
            order_value=f"{r.choice([89, 149, 239])}.00",
            currency="GBP"
            if c.truth["country"] == "UK"
            else ("CHF" if c.truth["country"] == "CH" else "EUR"),
            product=w,
        )
    elif k == 3:
        f.add(
            c,
            t,
            "web",
            "review",
            fmt(r.choice(W.PRAISE[lang]), watch=w),
            rating="5",
            page="/reviews",
        )
    else:
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            r.choice(W.SURVEY_WORDS[lang]) or None,
            scores={"nps": r.randint(9, 10), "csat": r.randint(4, 5)},
            survey="nps",
        )


def happy_days(f: Fam, c: Cust, n: int, days: list[int], lo: float = 7, hi: float = 19) -> None:
    for d in sorted(f.rng.sample(days, min(n, len(days)))):
        happy_act(f, c, f.at(d, f.rng.uniform(lo, hi)))


def open_case(
    f: Fam, c: Cust, t: datetime, channel: str, text: str, case: str, lead: bool = False
) -> list[str]:
    kind = {
        "email": "message",
        "chat": "chat",
        "web": "ticket",
        "phone": "call",
        "social": "mention",
    }[channel]
    subj = (
        {
            "fr": "Réclamation",
            "de": "Beschwerde",
            "en": "Complaint",
            "es": "Reclamación",
            "it": "Reclamo",
            "pt": "Reclamação",
        }[c.lang]
        if channel == "email"
        else None
    )
    ev = [
        f.add(c, t, channel, kind, text, subject=subj, page="/contact" if channel == "web" else "/")
    ]
    lag = (
        timedelta(minutes=f.rng.randint(2, 6))
        if channel == "chat"
        else timedelta(minutes=f.rng.randint(10, 40))
    )
    ans = W.AGENT_LEAD[c.lang] if lead else W.AGENT_CASE[c.lang]
    f.add(
        c,
        t + lag,
        "chat" if channel == "chat" else "email",
        "chat" if channel == "chat" else "message",
        fmt(ans, case=case),
        out=True,
        agent="Orvetta support",
    )
    return ev


def daytime(t: datetime) -> datetime:
    if t.hour >= 22:
        return t.replace(hour=8, minute=t.minute) + timedelta(days=1)
    if t.hour < 7:
        return t.replace(hour=8, minute=t.minute)
    return t


def problem_text(c: Cust, problem: str, rng: random.Random) -> str:
    return fmt(W.PROBLEM[c.lang][problem], watch=rng.choice(W.WATCHES), amt=AMT[c.lang])


def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            f.add(
                c,
                f.at(d, 22.2 + f.rng.uniform(0, 6)),
                "community",
                "post",
                fmt(f.rng.choice(W.NIGHT[c.lang]), watch=f.rng.choice(W.WATCHES)),
            )
        happy_days(f, c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.add(
                c,
                f.at(d, f.rng.uniform(8, 19)),
                "survey",
                "survey_response",
                f.rng.choice(W.SURVEY_WORDS[c.lang]) or None,
                scores={"nps": f.rng.randint(9, 10)},
                survey="nps",
            )


def one_bad_day(f: Fam) -> None:
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    f.rng.shuffle(problems)
    detractors = 0
    for i, ch in enumerate(chans):
        lang = ("fr" if i < 2 else "de") if ch == "long" else None
        c = f.person(
            "happy_one_bad_day", "one bad day", lang, tolerated=["silence"], problem=problems[i]
        )
        bd = f.rng.randint(2, 9)
        happy_days(f, c, f.rng.randint(1, 5), [d for d in range(12) if d <= bd - 2 or d >= bd + 3])
        t = f.at(bd, f.rng.uniform(8, 20))
        text = problem_text(c, problems[i], f.rng)
        c.truth["bad_day_at"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        c.truth["trouble_starts_at"] = c.truth["bad_day_at"]
        if ch == "social":
            c.truth["bad_day_event_id"] = f.add(c, t, "social", "mention", text)
            c.truth["booking"] = None
            continue
        case = f.case()
        c.truth["booking"] = case
        if ch == "long":
            text = W.LONG_EMAIL[c.lang].format(problem=text)
            c.truth["long_email"] = True
        c.truth["bad_day_event_id"] = open_case(
            f, c, t, "email" if ch == "long" else ch, text, case
        )[0]
        if detractors < 6 and i % 3 == 0:
            detractors += 1
            c.truth["persona"] = "bad_day_detractor"
            c.truth["expected_rules"] = ["detractor"]
            c.truth["nps"] = f.rng.randint(1, 5)
            c.truth["survey_event_id"] = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": c.truth["nps"]},
                survey="nps",
            )
        elif i % 3 == 1:
            good = daytime(t + timedelta(hours=f.rng.uniform(1, 4)))
            f.add(
                c,
                good,
                "email",
                "message",
                fmt(W.AGENT_GOOD[c.lang], case=case),
                out=True,
                agent="Orvetta support",
            )
            c.truth["agent_fixed"] = True
            if i % 2 == 1:
                c.truth["apology_event_id"] = f.add(
                    c,
                    daytime(t + timedelta(hours=f.rng.uniform(16, 24))),
                    "email",
                    "message",
                    fmt(W.APOLOGY[c.lang], case=case),
                )
                c.truth["apologised"] = True
    if detractors != 6:
        raise SystemExit(f"one_bad_day: {detractors} detractors")
    for _ in range(8):
        c = f.person("happy", "control")
        happy_days(f, c, f.rng.randint(4, 7), list(range(12)))


def repeat_run(f: Fam, c: Cust, first: datetime, times: int, problem: str, lead: bool) -> None:
    chans = ["web", "email", "chat", "phone"]
    f.rng.shuffle(chans)
    case = f.case()
    text = problem_text(c, problem, f.rng)
    ev = open_case(f, c, first, chans[0], text, case, lead)
    t = first
    for n in range(1, times):
        t = daytime(t + timedelta(hours=f.rng.uniform(4, 40)))
        comp = f.rng.choice(W.COMPETITORS)
        line = fmt(W.REPEAT[c.lang][n - 1], case=case, comp=comp)
        if n == 2:
            c.truth["competitor"] = comp
        ch = (
            ["email", "chat", "phone", "web", "social"][(chans.index(chans[0]) + n) % 5]
            if chans[n % 4] == chans[0]
            else chans[n % 4]
        )
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        if ch == "phone":
            line = line.replace(",", "").replace(".", "").lower().replace(case.lower(), case)
        ev.append(f.add(c, t, ch, kind, line, page="/contact" if ch == "web" else "/"))
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                fmt(W.AGENT_URGENT[c.lang], case=case),
                out=True,
                agent="Orvetta support",
            )
    c.truth.update(
        booking=case,
        problem=problem,
        problem_event_ids=ev,
        contacts=times,
        trouble_starts_at=first.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    c.truth.setdefault("competitor", None)


def fixed_case(
    f: Fam, c: Cust, t: datetime, problem: str, lang: str | None = None
) -> dict[str, Any]:
    case = f.case()
    ev = open_case(f, c, t, "web", problem_text(c, problem, f.rng), case)
    good = daytime(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(
        c,
        good,
        "email",
        "message",
        fmt(W.AGENT_GOOD[c.lang], case=case),
        out=True,
        agent="Orvetta support",
    )
    lang = lang or c.lang
    conf_t = daytime(good + timedelta(hours=f.rng.uniform(8, 30)))
    conf = f.add(c, conf_t, "email", "message", fmt(W.CONFIRM[lang], case=case))
    return {
        "problem": problem,
        "booking": case,
        "raised_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "problem_event_ids": ev,
        "confirm_event_id": conf,
        "channel": "web",
        "confirm_channel": "email",
    }


def repeat_contacts(f: Fam) -> None:
    for i, times in enumerate([2] * 4 + [3] * 4 + [4] * 4):
        c = f.person(
            "repeat_contact",
            "repeats",
            expected=["repeat_contact"],
            tolerated=[
                "sentiment_drop",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        happy_days(f, c, f.rng.randint(1, 3), [0], 7, 12)
        repeat_run(
            f,
            c,
            f.at(f.rng.randint(1, 4), f.rng.uniform(8, 19)),
            times,
            W.PROBLEMS[i % 6],
            i % 2 == 0,
        )
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        c.truth["problems"] = [
            fixed_case(f, c, f.at(f.rng.randint(1, 4), f.rng.uniform(8, 17)), W.PROBLEMS[i])
        ]
    for i in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        c.truth["problems"] = [
            fixed_case(f, c, f.at(1, f.rng.uniform(8, 12)), W.PROBLEMS[i]),
            fixed_case(f, c, f.at(6, f.rng.uniform(8, 12)), W.PROBLEMS[i + 3]),
        ]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        happy_days(f, c, f.rng.randint(5, 8), list(range(10)))


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str] | None = None) -> None:
    ev = []
    t = f.at(start_day, f.rng.uniform(9, 12))
    comp = f.rng.choice(W.COMPETITORS)
    for i in range(6):
        lang = langs[i % 2] if langs else c.lang
        text = fmt(W.SLIDE[lang][i], watch=f.rng.choice(W.WATCHES), comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ev.append(
                f.add(
                    c, t, "web", "review", text, rating=str([3, 3, 2, 2, 1, 1][i]), page="/reviews"
                )
            )
        else:
            ev.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
        if i == 3 and c.truth.get("nps_given"):
            c.truth["survey_event_id"] = f.add(
                c,
                daytime(t + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                scores={"nps": c.truth["nps"]},
                survey="nps",
            )
        t = daytime(t + timedelta(hours=max(1.0, span * 24 / 6 * f.rng.uniform(0.7, 1.1))))
    c.truth.update(
        slide_event_ids=ev,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=min(r["occurred_at"] for r in f.rows if r["event_id"] in ev),
    )


def slow_churners(f: Fam) -> None:
    tol = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
    for i in range(10):
        nps = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if nps else []),
            tolerated=tol,
            nps_given=nps,
        )
        if nps:
            c.truth["nps"] = f.rng.randint(1, 5)
        for d in f.rng.sample(range(11), 5):
            f.add(
                c,
                f.at(d, f.rng.uniform(8, 18)),
                "community",
                "post",
                fmt(f.rng.choice(W.PRAISE[c.lang]), watch=f.rng.choice(W.WATCHES)),
            )
        happy_days(f, c, f.rng.randint(2, 4), list(range(11)))
        # no surveys among the pre-slide acts
        f.rows = [
            r
            for r in f.rows
            if not (r["customer"].get("customer_id") == c.key and r["kind"] == "survey_response")
        ]
        slide(f, c, f.rng.randint(12, 16), [3, 5, 5, 9, 9][i % 5])
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        happy_days(f, c, f.rng.randint(4, 6), list(range(16)))
        t = f.at(f.rng.randint(17, 23), f.rng.uniform(8, 18))
        c.truth["churn_intent_event_id"] = f.add(c, t, "email", "message", W.CANCEL[c.lang])
        f.add(
            c,
            daytime(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            W.AGENT_BYE[c.lang],
            out=True,
            agent="Orvetta support",
        )
        ct = daytime(t + timedelta(hours=f.rng.uniform(20, 30)))
        c.truth["cancellation_event_id"] = f.add(
            c, ct, "web", "cancellation", page="/account/cancel", product="Orvetta Care"
        )
        c.truth["churn_at"] = ct.strftime("%Y-%m-%dT%H:%M:%SZ")
        c.truth["trouble_starts_at"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
    for _ in range(6):
        c = f.person("happy", "steady")
        happy_days(f, c, f.rng.randint(6, 10), list(range(30)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ev = []
        for _ in range(f.rng.randint(5, 7)):
            ev.append(
                f.add(
                    c,
                    f.at(d, f.rng.uniform(8, 20)),
                    f.rng.choice(["social", "community"]),
                    "post",
                    f.rng.choice(W.GRUMBLE[c.lang]),
                )
            )
            d += f.rng.randint(1, 3)
        c.truth["grumble_event_ids"] = ev
        c.truth["trouble_starts_at"] = min(r["occurred_at"] for r in f.rows if r["event_id"] in ev)
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        happy_days(f, c, f.rng.randint(3, 5), list(range(16)))
        c.truth["sarcasm_event_id"] = f.add(
            c,
            f.at(f.rng.randint(17, 28), f.rng.uniform(9, 20)),
            "social",
            "mention",
            W.SARCASM[c.lang],
        )


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(f.rng.randint(0, 2), f.rng.uniform(9, 16))
        f.add(c, t, "web", "page_view", page="/service")
        c.truth["grumble_event_id"] = f.add(
            c, t + timedelta(minutes=f.rng.randint(20, 30)), "chat", "chat", W.MILD[c.lang]
        )
        f.add(
            c,
            t + timedelta(minutes=33),
            "chat",
            "chat",
            W.AGENT_MILD[c.lang],
            out=True,
            agent="Orvetta support",
        )
    for night in range(3):
        base = f.at(night + 1, f.rng.uniform(0.67, 1.08))
        for burst, gap in enumerate([0, f.rng.uniform(28, 33), f.rng.uniform(55, 65)]):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {burst + 1}")
                t = base + timedelta(minutes=gap + f.rng.uniform(0, 10))
                c.truth["night_event_id"] = f.add(
                    c,
                    t,
                    "community",
                    "post",
                    fmt(f.rng.choice(W.NIGHT[c.lang]), watch=f.rng.choice(W.WATCHES)),
                )
                c.truth["burst_at"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
                if f.rng.random() < 0.5:
                    happy_act(f, c, f.at(night + 1, f.rng.uniform(9, 17.5)))


PAIRS = [
    ("fr", "de"),
    ("de", "fr"),
    ("fr", "en"),
    ("de", "en"),
    ("fr", "es"),
    ("de", "it"),
    ("fr", "it"),
    ("de", "pt"),
    ("en", "fr"),
    ("es", "fr"),
    ("it", "de"),
    ("pt", "fr"),
]


def bilingual(f: Fam) -> None:
    for i in range(12):
        a, b = PAIRS[i]
        c = f.person("happy", "alternates languages", a, languages=[a, b])
        for j, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = [a, b][j % 2]
            happy_act(f, c, f.at(d, f.rng.uniform(8, 19)))
        c.lang = a
    for i, times in enumerate([2, 2, 3, 3, 4]):
        a, b = PAIRS[i + 3]
        c = f.person(
            "repeat_contact",
            "repeats",
            a,
            expected=["repeat_contact"],
            tolerated=[
                "sentiment_drop",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
            languages=[a, b],
        )
        happy_days(f, c, f.rng.randint(1, 3), [0, 1])
        repeat_run(
            f, c, f.at(f.rng.randint(2, 5), f.rng.uniform(8, 18)), times, W.PROBLEMS[i], times > 2
        )
    for i in range(5):
        a, b = PAIRS[i + 6]
        c = f.person(
            "slow_churner",
            "slides",
            a,
            expected=["sentiment_drop"],
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
            languages=[a, b],
        )
        for j, d in enumerate(range(6)):
            f.add(
                c,
                f.at(d, f.rng.uniform(8, 18)),
                "community",
                "post",
                fmt(f.rng.choice(W.PRAISE[[a, b][j % 2]]), watch=f.rng.choice(W.WATCHES)),
            )
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), [a, b])
    for i in range(3):
        a, b = PAIRS[i + 9]
        c = f.person(
            "happy_one_bad_day",
            "one bad day",
            a,
            tolerated=["silence"],
            languages=[a, b],
            bad_day_language=b,
        )
        happy_days(f, c, 3, [0, 1, 2, 3])
        case = f.case()
        c.lang = b
        t = f.at(8, f.rng.uniform(9, 17))
        c.truth["bad_day_event_id"] = open_case(
            f, c, t, "email", problem_text(c, W.PROBLEMS[i], f.rng), case
        )[0]
        c.truth.update(booking=case, bad_day_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"))
        c.lang = a
    for i in range(2):
        a, b = PAIRS[i]
        c = f.person(
            "resolved_between_contacts", "fixed", a, tolerated=["silence"], languages=[a, b]
        )
        c.truth["problems"] = [fixed_case(f, c, f.at(3 + i, 10), W.PROBLEMS[i + 2], b)]


def b2b_accounts(f: Fam) -> None:
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = [
        "de",
        "fr",
        "de",
        "es",
        "fr",
        "de",
        "fr",
        "es",
        "de",
        "fr",
        "de",
        "es",
        "de",
        "fr",
        "de",
    ]
    sites = ["jeweller", "department store", "watch boutique", "auction house", "pawnbroker"]
    for n, kind in enumerate(kinds):
        lang = langs[n]
        country = MARKETS[lang][0]
        acc = uniq(f"OVT-{country}-{f.rng.randint(1000, 9999)}")
        size = f.rng.randint(4, 6) if kind == "at_risk" else f.rng.randint(3, 4)
        problem = W.B2B_PROBLEMS[n % 4]
        unhappy = (3 + n % 2) if kind == "at_risk" else (1 if kind == "one_unhappy" else 0)
        keys, bad = [], []
        case = f.case()
        t = f.at(2, 9 + n * 0.4)
        for j in range(size):
            if j < unhappy:
                exp = (
                    ["detractor"]
                    if (kind == "at_risk" and j < unhappy - 1) or kind == "one_unhappy"
                    else []
                )
                if kind == "at_risk" and j == unhappy - 1:
                    exp = ["repeat_contact"]
                tol = (
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ]
                    if kind == "at_risk"
                    else ["sentiment_drop", "high_value_at_risk", "silence"]
                )
                persona = "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy"
                c = f.person(
                    persona,
                    "complainer",
                    lang,
                    expected=exp,
                    tolerated=tol,
                    account=acc,
                    country=country,
                    company=f"Trade {n}",
                    role="complainer",
                    problem=problem,
                )
                bad.append(c.key)
                text = W.B2B[lang][problem]
                if j == 0:
                    ev = open_case(f, c, t, "email", text, case)
                else:
                    t = t + timedelta(hours=f.rng.uniform(8, 28))
                    t = daytime(t)
                    while t.weekday() >= 5:
                        t += timedelta(days=1)
                    ev = [f.add(c, t, "email", "message", f"{case}: {text}", subject=case)]
                c.truth.update(
                    complaint_event_ids=ev,
                    booking=case,
                    trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                )
                if "detractor" in exp:
                    c.truth["nps"] = f.rng.randint(1, 5)
                    c.truth["survey_event_id"] = f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": c.truth["nps"]},
                        survey="nps",
                    )
                if "repeat_contact" in exp:
                    t2 = daytime(t + timedelta(hours=f.rng.uniform(18, 40)))
                    while t2.weekday() >= 5:
                        t2 += timedelta(days=1)
                    comp = f.rng.choice(W.COMPETITORS)
                    c.truth["competitor"] = comp
                    ev.append(
                        f.add(
                            c,
                            t2.replace(hour=min(max(t2.hour, 8), 16)),
                            "phone",
                            "call",
                            fmt(W.B2B_LAST_CALL[lang], case=case, comp=comp),
                        )
                    )
            else:
                role = "suggests" if kind == "mild" and j < 2 else "contact"
                c = f.person(
                    "b2b_mild" if role == "suggests" else "b2b_happy",
                    role,
                    lang,
                    tolerated=["silence"] if role == "suggests" else [],
                    account=acc,
                    country=country,
                    company=f"Trade {n}",
                    role=role,
                )
                q, a = W.B2B_ROUTINE[lang]
                for d in f.rng.sample(
                    [0, 1, 2, 3, 4, 7, 8, 9], 1 if role == "suggests" else f.rng.randint(2, 4)
                ):
                    if role == "suggests":
                        d = f.rng.choice([0, 1])
                    tq = f.at(d, f.rng.uniform(8, 16))
                    f.add(c, tq, "chat", "chat", q)
                    f.add(
                        c,
                        tq + timedelta(minutes=3),
                        "chat",
                        "chat",
                        a,
                        out=True,
                        agent="Orvetta Trade",
                    )
                if role == "suggests":
                    c.truth["mild_event_id"] = f.add(
                        c,
                        f.at(3 + j, f.rng.uniform(8, 16)),
                        "web",
                        "ticket",
                        W.B2B_MILD[lang],
                        page="/trade/feedback",
                    )
                else:
                    f.add(
                        c,
                        f.at(f.rng.randint(2, 9), f.rng.uniform(8, 16)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(9, 10)},
                        survey="nps",
                    )
            keys.append(c.key)
        f.accounts[acc] = {
            "company": f"Trade {n}",
            "site": sites[n % 5],
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": bad,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": f.at(2, 9 + n * 0.4).strftime("%Y-%m-%dT%H:%M:%SZ")
            if kind == "at_risk"
            else None,
            "language": lang,
            "country": country,
        }


def topic_spike(f: Fam) -> None:
    for _ in range(40):
        c = f.person("happy", "day writer")
        happy_days(f, c, f.rng.randint(1, 4), [0, 1, 2, 3, 4], 8, 18)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, f.rng.uniform(9, 15))
        c.truth["grumble_event_id"] = f.add(c, t, "chat", "chat", W.MILD[c.lang])
        f.add(
            c,
            t + timedelta(minutes=4),
            "chat",
            "chat",
            W.AGENT_MILD[c.lang],
            out=True,
            agent="Orvetta support",
        )
    for lang, hour in (("fr", 9.6), ("de", 16.1)):
        c = f.person("grumbles_once", "lone question", lang, tolerated=["silence"])
        t = f.at(4, hour)
        c.truth["lone_report_event_id"] = f.add(c, t, "chat", "chat", W.LONE_Q[lang])
        f.add(
            c,
            t + timedelta(minutes=4),
            "chat",
            "chat",
            W.AGENT_LONE[lang],
            out=True,
            agent="Orvetta support",
        )
    langs = ["fr"] * 6 + ["de"] * 6 + ["en", "en", "es", "es", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    s0 = f.at(5, 8 + 10 / 60)
    keys, evs, reps = [], [], []
    for i in range(20):
        t = s0 + timedelta(minutes=i * 4 if i < 6 else (45 if i == 19 else f.rng.randint(21, 44)))
        regular = i < 12
        repeat = i < 6 and t <= s0 + timedelta(minutes=25)
        persona = "spike_repeater" if repeat else "spike_reporter"
        c = f.person(
            persona,
            "regular" if regular else "new",
            langs[i],
            expected=["repeat_contact"] if repeat else [],
            tolerated=["silence"] + (["sentiment_drop"] if repeat else []),
            in_spike=True,
            regular=regular,
        )
        if regular:
            happy_act(f, c, f.at(2, f.rng.uniform(8, 17.5)))
        ch = chans[i]
        text = fmt(f.rng.choice(W.SPIKE[c.lang]), code=W.SPIKE_CODE)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        ev = f.add(c, t, ch, kind, text, page="/contact" if ch == "web" else "/")
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=2),
                "chat",
                "chat",
                W.AGENT_SPIKE_CHAT[c.lang],
                out=True,
                agent="Orvetta support",
            )
        c.truth.update(
            spike_event_id=ev, spike_channel=ch, trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ")
        )
        keys.append(c.key)
        evs.append(ev)
        if repeat:
            ch2 = "email" if ch != "email" else "chat"
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(15, 50)),
                ch2,
                "message" if ch2 == "email" else "chat",
                fmt(W.SPIKE_AGAIN[c.lang], code=W.SPIKE_CODE),
            )
            c.truth["repeat_event_id"] = r
            reps.append(r)
        elif i >= 12:
            f.add(
                c,
                f.at(5, 11.2),
                "email",
                "message",
                W.AGENT_SPIKE_FIXED[c.lang],
                out=True,
                agent="Orvetta support",
            )
            c.truth["agent_fixed"] = True
    if len(reps) < 5:
        raise SystemExit("topic_spike: too few repeaters")
    f.spike = {
        "topic": "watch-service app records a declined repair estimate as an accepted full overhaul; undo fails with error "
        + W.SPIKE_CODE,
        "about": "declined estimates recorded as accepted",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": evs,
        "repeat_event_ids": reps,
        "expected_rules": ["topic_spike"],
    }


FAMILIES = [
    ("happy_writers", "HW", datetime(2026, 3, 9, tzinfo=UTC), 10, happy_writers),
    ("one_bad_day", "BD", datetime(2026, 4, 6, tzinfo=UTC), 12, one_bad_day),
    ("repeat_contacts", "RC", datetime(2026, 5, 18, tzinfo=UTC), 10, repeat_contacts),
    ("slow_churners", "SC", datetime(2026, 6, 22, tzinfo=UTC), 32, slow_churners),
    ("quiet_hours", "QH", datetime(2026, 8, 14, tzinfo=UTC), 3, quiet_hours),
    ("bilingual", "BL", datetime(2026, 9, 7, tzinfo=UTC), 14, bilingual),
    ("b2b_accounts", "BB", datetime(2026, 10, 12, tzinfo=UTC), 14, b2b_accounts),
    ("topic_spike", "TS", datetime(2026, 11, 2, tzinfo=UTC), 7, topic_spike),
]


def main() -> None:
    for n, (name, code, start, days, build) in enumerate(FAMILIES, 1):
        f = Fam(name, code, n, start, days, name)
        build(f)
        f.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        seen: set[str] = set()
        for r in f.rows:
            key, keep = r.pop("_cust"), r.pop("_keep")
            if keep and key in seen:
                r["customer"] = {
                    k: (v if k in (keep, "account_id") else None) for k, v in r["customer"].items()
                }
            elif keep:
                seen.add(key)
        for c in f.custs.values():
            if c.key not in seen:
                raise SystemExit(f"{c.key}: no inbound touchpoint")
        last = datetime.strptime(f.rows[-1]["occurred_at"], "%Y-%m-%dT%H:%M:%SZ").replace(
            tzinfo=UTC
        )
        end = max(start + timedelta(days=days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{name}: end out of window")
        expected: dict[str, int] = {}
        for c in f.custs.values():
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in f.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if f.spike:
            expected["topic_spike"] = 1
            f.spike.pop("expected_rules")
        planned = {
            "happy_writers": {},
            "one_bad_day": {"detractor": 6},
            "repeat_contacts": {"repeat_contact": 12},
            "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
            "quiet_hours": {},
            "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
            "topic_spike": {
                "topic_spike": 1,
                "repeat_contact": len(f.spike.get("repeat_event_ids", [])),
            },
        }
        if name in planned and expected != planned[name]:
            raise SystemExit(f"{name}: expected {expected} != planned {planned[name]}")
        truth = {
            "config": {
                "family": name,
                "about": f.about,
                "business": "Orvetta (watch servicing by post and at counters; Orvetta Trade for jewellers)",
                "days": days,
                "seed": SEED,
                "written": "2026-12-05",
                "expected": dict(sorted(expected.items())),
            },
            "start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {k: c.truth for k, c in f.custs.items()},
            "accounts": f.accounts,
            "spike": f.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in f.rows), "utf-8"
        )
        (HERE / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        print(
            name,
            len(f.custs),
            len(f.rows),
            sum(r["direction"] == "outbound" for r in f.rows),
            dict(sorted(expected.items())),
        )


if __name__ == "__main__":
    main()
