# ruff: noqa: E501
"""Generate heldout137 (report only, written blind). Standard library only, seeded."""

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
import wording137 as W  # noqa: E402

SEED = 20261108
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
COMPS = ["Pulvino", "Tappetra"]
CODE = "LNG:FI-77"
MARKETS = {
    "es": ["ES"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT", "CH"],
    "it": ["IT"],
    "pt": ["PT"],
}
PHONE = {
    "ES": ("+34", "6", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "7", 8),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
FIRST = {
    "es": [
        "Lucia",
        "Marta",
        "Javier",
        "Carmen",
        "Pablo",
        "Elena",
        "Sergio",
        "Irene",
        "Raul",
        "Nuria",
    ],
    "en": ["Emma", "Oliver", "Sophie", "Jack", "Hannah", "Liam", "Grace", "Tom", "Chloe", "Sean"],
    "fr": ["Camille", "Louis", "Ines", "Hugo"],
    "de": ["Lena", "Jonas", "Mia", "Felix"],
    "it": ["Giulia", "Marco", "Sara", "Luca"],
    "pt": ["Ana", "Joao", "Beatriz", "Rui"],
}
LAST = {
    "es": ["Garcia", "Moreno", "Ruiz", "Navarro", "Torres", "Ortega", "Castro", "Vidal"],
    "en": ["Walsh", "Hughes", "Byrne", "Patel", "Murphy", "Clarke", "Foster", "Doyle"],
    "fr": ["Martin", "Lefevre", "Girard", "Roux"],
    "de": ["Krause", "Vogel", "Brandt", "Keller"],
    "it": ["Rossi", "Gallo", "Conti", "Greco"],
    "pt": ["Silva", "Costa", "Sousa", "Pires"],
}
LANG_W = [("es", 34), ("en", 34), ("fr", 8), ("de", 8), ("it", 8), ("pt", 8)]
SRC = {
    "email": "telavia-mail",
    "phone": "telavia-voice",
    "social": "telavia-social",
    "community": "telavia-forum",
    "chat": "telavia-chat",
    "web": "telavia-web",
    "survey": "telavia-survey",
}

USED: set[str] = set()
NOPAGE: dict[str, Any] = {}
HELP: dict[str, Any] = {"page": "/help/contact"}


def uniq(value: str) -> str:
    if value in USED:
        raise SystemExit(f"identifier reused: {value}")
    USED.add(value)
    return value


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    n: int
    rng: random.Random
    rows: list[dict[str, Any]] = field(default_factory=list)
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0
    cases: int = 0

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table.get(lang) or table["en"])

    def lang(self, only: list[str] | None = None) -> str:
        pool = [(k, w) for k, w in LANG_W if only is None or k in only]
        return self.rng.choices([k for k, _ in pool], [w for _, w in pool])[0]

    def case(self) -> str:
        self.cases += 1
        return uniq(f"TV-{self.n}{self.rng.randint(10000, 99999)}")

    def person(
        self,
        persona: str,
        habit: str,
        lang: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        exp, tol = sorted(expected or []), sorted(tolerated or [])
        if set(exp) & set(tol):
            raise SystemExit(f"rule both expected and tolerated: {persona}")
        rng = self.rng
        first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
        market = rng.choice(MARKETS[lang])
        cid = uniq(f"TV{self.code}{rng.randint(1000, 9999)}")
        num = rng.randint(1, 99)
        while f"{first.lower()}.{last.lower()}{num}" in USED:
            num = rng.randint(1, 999)
        USED.add(f"{first.lower()}.{last.lower()}{num}")
        email = uniq(
            f"{first.lower()}.{last.lower()}{num}@{domain or rng.choice(['mailbox', 'correo', 'webpost', 'inbox'])}.example"
        )
        cc, pre, ln = PHONE[market]
        phone = uniq(cc + pre + "".join(str(rng.randint(0, 9)) for _ in range(ln - len(pre) + 1)))
        handle = None if account else uniq(f"@{last.lower()}_{first.lower()}{num}")
        c: dict[str, Any] = {
            "identifiers": {
                "customer_id": cid,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": exp,
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "seen": False,
        }
        c.update(extra)
        self.customers[cid] = c
        return c

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
        if not (self.start <= t < LIMIT):
            raise SystemExit(f"time out of window: {t}")
        self.seq += 1
        eid = f"tv137-{self.code.lower()}-{self.seq:05d}"
        ids = dict(c["identifiers"])
        cust: dict[str, Any]
        if out or not c["seen"]:
            cust = {k: v for k, v in ids.items() if v}
        else:
            key = {
                "phone": "phone",
                "email": "email",
                "social": "handle",
                "community": "handle",
            }.get(channel, "customer_id")
            if key == "handle" and not ids["handle"]:
                key = "email"
            cust = {key: ids[key]}
            if ids["account_id"]:
                cust["account_id"] = ids["account_id"]
        if not out:
            c["seen"] = True
        a = {"market": c["country"]} | attrs
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if (
            text
            and c["segment"] == "consumer"
            and channel == "social"
            and not out
            and "@Telavia" not in text
        ):
            text = "@Telavia " + text
        row = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": cust,
            "text": text,
            "subject": subject,
            "scores": scores or {"nps": None, "csat": None, "ces": None},
            "source": SRC[channel],
            "attributes": a,
        }
        self.rows.append(row)
        return eid

    def day(self, d: int, h0: int = 8, h1: int = 19) -> datetime:
        return self.start + timedelta(
            days=d, hours=self.rng.randint(h0, h1 - 1), minutes=self.rng.randint(0, 59)
        )


def rough(rng: random.Random, text: str) -> str:
    if rng.random() < 0.12 and text[:1].isupper():
        text = text[0].lower() + text[1:]
    return text


def happy_act(f: Fam, c: dict[str, Any], t: datetime) -> None:
    lang, r = c["language"], f.rng.random()
    if r < 0.25:
        f.add(
            c,
            t,
            f.rng.choice(["community", "social"]),
            "post",
            rough(f.rng, f.pick(W.PRAISE, lang)),
        )
    elif r < 0.35:
        f.add(c, t, "community", "post", f.pick(W.AGAIN, lang))
    elif r < 0.45:
        f.add(c, t, "web", "review", f.pick(W.GRIPE, lang), rating="4", page="/reviews")
    elif r < 0.7:
        f.add(c, t, "chat", "chat", rough(f.rng, f.pick(W.QUESTION, lang)))
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(1, 6)),
            "chat",
            "chat",
            f.pick(W.ANSWER, lang),
            out=True,
            agent="Telavia support",
        )
        if f.rng.random() < 0.6:
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(7, 12)),
                "chat",
                "chat",
                f.pick(W.THANKS, lang),
            )
    elif r < 0.9:
        f.add(c, t, "web", "page_view", page="/services")
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(3, 20)),
            "web",
            "purchase",
            order_value=f"{f.rng.randint(39, 189)}.00",
            currency="GBP" if c["country"] == "UK" else ("CHF" if c["country"] == "CH" else "EUR"),
            product=f.rng.choice(W.PRODUCTS),
            page="/checkout",
        )
    else:
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            f.rng.choice(["", "top", "👍"]) or None,
            scores={"nps": f.rng.randint(9, 10), "csat": None, "ces": None},
            survey="nps",
        )


def happies(f: Fam, c: dict[str, Any], days: list[int], h0: int = 8, h1: int = 19) -> None:
    for d in days:
        happy_act(f, c, f.day(d, h0, h1))


def spread(f: Fam, n: int, lo: int, hi: int) -> list[int]:
    return sorted(f.rng.sample(range(lo, hi), min(n, hi - lo)))


def night(f: Fam, t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour >= 22 else t - timedelta(days=1)
        return (base + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 59))
    return t


def complaint(
    f: Fam, c: dict[str, Any], t: datetime, channel: str, p: str, long: bool = False
) -> str:
    lang = c["language"]
    ph = W.PROBLEMS[p][lang]
    if channel == "phone":
        return f.add(c, t, "phone", "call", f.pick(W.CALL, lang).format(p=ph))
    text = (
        f.pick(W.LONG, lang).format(p=ph)
        if long
        else rough(f.rng, f.pick(W.COMPLAINT, lang).format(p=ph))
    )
    kind = {"email": "message", "chat": "chat", "social": "mention", "web": "ticket"}[channel]
    extra: dict[str, Any] = {"page": "/help/contact"} if channel == "web" else {}
    return f.add(
        c,
        t,
        channel,
        kind,
        text,
        subject="Reclamacion"
        if channel == "email" and lang == "es"
        else ("Complaint" if channel == "email" else None),
        **extra,
    )


def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer", f.lang())
        happies(f, c, spread(f, f.rng.randint(5, 8), 0, 10), 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer", f.lang())
        for d in spread(f, f.rng.randint(2, 4), 0, 9):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 59))
            f.add(c, t, "community", "post", f.pick(W.NIGHT, c["language"]))
        happies(f, c, spread(f, 3, 0, 10), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys", f.lang())
        for d in spread(f, f.rng.randint(3, 6), 0, 10):
            f.add(
                c,
                f.day(d),
                "survey",
                "survey_response",
                f.rng.choice(["genial", "great", None]),
                scores={"nps": f.rng.randint(9, 10), "csat": None, "ces": None},
                survey="nps",
            )


PROBS = list(W.PROBLEMS)


def one_bad_day(f: Fam) -> None:
    chans = (
        ["email"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    det = 0
    for i, ch in enumerate(chans):
        long = i < 4
        lang = ["es", "es", "en", "en"][i] if long else f.lang()
        bd = f.rng.randint(2, 9)
        p = PROBS[i % 6]
        gives = ch != "social" and det < 6 and f.rng.random() < 0.45
        if gives:
            det += 1
        c = f.person(
            "bad_day_detractor" if gives else "happy_one_bad_day",
            "one bad day",
            lang,
            ["detractor"] if gives else [],
            ["silence"],
            problem=p,
            long_email=long,
        )
        days = [d for d in range(12) if d < bd - 1 or d > bd + 2]
        happies(
            f,
            c,
            spread(f, f.rng.randint(1, 5), 0, 0) or sorted(f.rng.sample(days, f.rng.randint(1, 5))),
        )
        t = f.day(bd, 8, 20)
        c["bad_day_at"] = t.isoformat().replace("+00:00", "Z")
        c["bad_day_event_id"] = complaint(f, c, t, ch, p, long)
        c["trouble_starts_at"] = c["bad_day_at"]
        if ch != "social":
            case = f.case()
            c["booking"] = case
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                "email" if ch != "chat" else "chat",
                "message" if ch != "chat" else "chat",
                f.pick(W.OPENED, lang).format(case=case),
                out=True,
                agent="Telavia care",
            )
            if gives:
                c["nps"] = f.rng.randint(1, 5)
                c["survey_event_id"] = f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(100, 140)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": c["nps"], "csat": None, "ces": None},
                    survey="nps",
                )
            if f.rng.random() < 0.6:
                g = night(f, t + timedelta(hours=f.rng.randint(1, 4)))
                f.add(
                    c,
                    g,
                    "email",
                    "message",
                    f.pick(W.GOOD_NEWS, lang).format(case=case),
                    out=True,
                    agent="Telavia care",
                )
                if f.rng.random() < 0.4:
                    a = night(f, t + timedelta(hours=f.rng.randint(16, 24)))
                    c["apology_event_id"] = f.add(c, a, "chat", "chat", f.pick(W.APOLOGY, lang))
        else:
            c["booking"] = None
    while det < 6:
        raise SystemExit("one_bad_day: too few detractors planted")
    for _ in range(8):
        c = f.person("happy", "control", f.lang())
        happies(f, c, spread(f, f.rng.randint(4, 7), 0, 12))


def repeat_run(
    f: Fam,
    c: dict[str, Any],
    d0: int,
    times: int,
    p: str,
    lead: bool,
    alternate: list[str] | None = None,
) -> None:
    lang = c["language"]
    chans = ["web", "email", "chat", "phone", "social"]
    f.rng.shuffle(chans)
    t = f.day(d0, 8, 19)
    case = f.case()
    c.update(
        booking=case,
        problem=p,
        trouble_starts_at=t.isoformat().replace("+00:00", "Z"),
        contacts=times,
    )
    ids = []
    for k in range(times):
        if alternate:
            lang = alternate[k % 2]
        ch = chans[k]
        ph = W.PROBLEMS[p][lang]
        if k == 0:
            ids.append(
                complaint(f, c, t, ch, p)
                if lang == c["language"]
                else f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.pick(W.COMPLAINT, lang).format(p=ph),
                    page="/help/contact",
                )
            )
            reply = W.LEAD if lead else W.OPENED
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(90, 150) if lead else f.rng.randint(10, 40)),
                "email",
                "message",
                f.pick(reply, lang).format(case=case),
                out=True,
                agent="Telavia care",
            )
            continue
        t = night(f, t + timedelta(hours=f.rng.randint(4, 40)))
        if k == 2:
            comp = f.rng.choice(COMPS)
            c["competitor"] = comp
            text = f.pick(W.THIRD, lang).format(case=case, comp=comp)
        elif k == 3:
            text = f.pick(W.FOURTH, lang).format(case=case, p=ph)
        else:
            text = f.pick(W.REPEAT, lang).format(case=case, p=ph)
        kind = {
            "web": "ticket",
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "social": "mention",
        }[ch]
        if ch == "phone":
            text = text.lower().replace(".", "").replace(":", "")
        ids.append(
            f.add(c, t, ch, kind, text, page="/help/contact")
            if ch == "web"
            else f.add(c, t, ch, kind, text)
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                f.pick(W.URGENT, lang).format(case=case),
                out=True,
                agent="Telavia care",
            )
    c["problem_event_ids"] = ids
    c.setdefault("competitor", None)


def fixed_case(
    f: Fam, c: dict[str, Any], d: int, p: str, lang2: str | None = None
) -> dict[str, Any]:
    lang = c["language"]
    t = f.day(d, 8, 18)
    case = f.case()
    eid = complaint(f, c, t, "web", p)
    f.add(
        c,
        t + timedelta(minutes=f.rng.randint(10, 40)),
        "email",
        "message",
        f.pick(W.OPENED, lang).format(case=case),
        out=True,
        agent="Telavia care",
    )
    g = night(f, t + timedelta(hours=f.rng.randint(3, 20)))
    f.add(
        c,
        g,
        "email",
        "message",
        f.pick(W.GOOD_NEWS, lang2 or lang).format(case=case),
        out=True,
        agent="Telavia care",
    )
    k = night(f, g + timedelta(hours=f.rng.randint(8, 30)))
    ce = f.add(
        c,
        k,
        "email",
        "message",
        f.pick(W.CONFIRM, lang2 or lang).format(case=case),
        subject=f"RE: {case}",
    )
    return {
        "problem": p,
        "booking": case,
        "raised_at": t.isoformat().replace("+00:00", "Z"),
        "confirmed_at": k.isoformat().replace("+00:00", "Z"),
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
    }


def repeat_contacts(f: Fam) -> None:
    tol = ["churn_intent", "competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
    for i in range(12):
        c = f.person("repeat_contact", "repeats", f.lang(), ["repeat_contact"], tol)
        happies(f, c, [0], 7, 12)
        repeat_run(f, c, f.rng.randint(1, 4), [2, 3, 4][i % 3], PROBS[i % 6], lead=i % 2 == 0)
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", f.lang(), [], ["silence"])
        c["problems"] = [fixed_case(f, c, f.rng.randint(1, 5), PROBS[i])]
    for i in range(3):
        c = f.person("different_problems", "two problems", f.lang(), [], ["silence"])
        c["problems"] = [fixed_case(f, c, 1, PROBS[i]), fixed_case(f, c, 6, PROBS[i + 3])]
    for _ in range(7):
        c = f.person("happy", "frequent writer", f.lang())
        happies(f, c, spread(f, f.rng.randint(5, 8), 0, 10))


def slide(
    f: Fam, c: dict[str, Any], d0: int, span: int, alternate: list[str] | None = None
) -> None:
    comp = f.rng.choice(COMPS)
    t = f.day(d0, 9, 18)
    ids = []
    for k in range(6):
        lang = alternate[k % 2] if alternate else c["language"]
        table = W.SLIDE.get(lang) or W.SLIDE["en"]
        text = table[k].format(comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        ids.append(
            f.add(c, t, "web", "review", text, rating=str([3, 3, 2, 2, 1, 1][k]), page="/reviews")
            if ch == "review"
            else f.add(c, t, ch, "mention" if ch == "social" else "post", text)
        )
        if k == 3 and "detractor" in c["expected_rules"]:
            c["nps"] = f.rng.randint(1, 5)
            c["survey_event_id"] = f.add(
                c,
                night(f, t + timedelta(hours=3)),
                "survey",
                "survey_response",
                None,
                scores={"nps": c["nps"], "csat": None, "ces": None},
                survey="nps",
            )
        t = night(f, t + timedelta(hours=max(1, span * 24 // 6) + f.rng.randint(0, 3)))
    c.update(
        slide_event_ids=ids,
        competitor=comp,
        trouble_starts_at=f.rows[-1]["occurred_at"] if False else None,
        slide_days=span,
    )
    c["trouble_starts_at"] = next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0])


def slow_churners(f: Fam) -> None:
    tol = ["churn_intent", "competitor_mention", "high_value_at_risk", "repeat_contact", "silence"]
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i < 5 else [])
        c = f.person("slow_churner", "slides", f.rng.choice(["es", "en", "de"]), exp, tol)
        for d in spread(f, f.rng.randint(4, 5), 0, 11):
            f.add(c, f.day(d), "community", "post", f.pick(W.PRAISE, c["language"]))
        happies(f, c, spread(f, f.rng.randint(2, 4), 0, 11))
        slide(f, c, f.rng.randint(12, 16), [3, 5, 9][i % 3])
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            f.rng.choice(["es", "en", "de"]),
            ["churn_intent"],
            ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"],
        )
        happies(f, c, spread(f, f.rng.randint(4, 6), 0, 16))
        t = f.day(f.rng.randint(17, 23), 8, 18)
        c["churn_intent_event_id"] = f.add(
            c,
            t,
            "email",
            "message",
            f.pick(W.CANCEL, c["language"]),
            subject="Baja" if c["language"] == "es" else "Cancel",
        )
        c["trouble_starts_at"] = t.isoformat().replace("+00:00", "Z")
        f.add(
            c,
            night(f, t + timedelta(hours=f.rng.randint(1, 5))),
            "email",
            "message",
            f.pick(W.SORRY_GO, c["language"]),
            out=True,
            agent="Telavia care",
        )
        ct = night(f, t + timedelta(hours=f.rng.randint(20, 30)))
        c["cancellation_event_id"] = f.add(
            c, ct, "web", "cancellation", None, page="/account/cancel", product="Telavia Home"
        )
        c["churn_at"] = ct.isoformat().replace("+00:00", "Z")
    for _ in range(6):
        c = f.person("happy", "steady", f.lang())
        happies(f, c, spread(f, f.rng.randint(6, 10), 0, 32))
    for _ in range(5):
        c = f.person(
            "steadily_grumpy",
            "grumbles",
            f.rng.choice(["es", "en", "de"]),
            [],
            ["repeat_contact", "silence"],
        )
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ids.append(
                f.add(
                    c,
                    f.day(d),
                    f.rng.choice(["social", "community"]),
                    "post",
                    f.pick(W.GRUMPY, c["language"]),
                )
            )
            d += f.rng.randint(1, 3)
        c["grumble_event_ids"] = ids
    for _ in range(5):
        c = f.person(
            "happy_one_sarcastic_remark", "happy", f.rng.choice(["es", "en", "de"]), [], ["silence"]
        )
        happies(f, c, spread(f, 4, 0, 16))
        c["sarcasm_event_id"] = f.add(
            c, f.day(f.rng.randint(17, 28)), "social", "mention", f.pick(W.SARCASM, c["language"])
        )


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer", f.lang())
        happies(f, c, spread(f, f.rng.randint(1, 3), 0, 3), 7, 17)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", f.lang(), [], ["silence"])
        t = f.day(f.rng.randint(0, 2), 9, 16)
        f.add(c, t, "web", "page_view", page="/track")
        c["grumble_event_id"] = f.add(
            c,
            t + timedelta(minutes=25),
            "chat" if i < 2 else "web",
            "chat" if i < 2 else "ticket",
            f.pick(W.MILD, c["language"]),
            **(NOPAGE if i < 2 else HELP),
        )
        f.add(
            c,
            t + timedelta(minutes=30),
            "chat" if i < 2 else "email",
            "chat" if i < 2 else "message",
            f.pick(W.ANSWER, c["language"]),
            out=True,
            agent="Telavia support",
        )
    for nt in range(3):
        b0 = f.start + timedelta(days=nt + 1, minutes=f.rng.randint(40, 65))
        for bi, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            for _ in range(4):
                c = f.person("night_owl", f"night {nt + 1}, burst {bi + 1}", f.lang())
                t = b0 + timedelta(minutes=off + f.rng.randint(0, 9))
                c["burst_at"] = (b0 + timedelta(minutes=off)).isoformat().replace("+00:00", "Z")
                c["night_event_id"] = f.add(
                    c, t, "community", "post", f.pick(W.NIGHT, c["language"])
                )
                if f.rng.random() < 0.5:
                    happy_act(f, c, f.day(f.rng.randint(0, 2), 9, 17))


PAIRS = [
    ("es", "en"),
    ("en", "es"),
    ("es", "fr"),
    ("fr", "es"),
    ("en", "de"),
    ("de", "en"),
    ("es", "pt"),
    ("pt", "es"),
    ("it", "en"),
    ("en", "it"),
]


def bilingual(f: Fam) -> None:
    def pair() -> list[str]:
        return list(f.rng.choice(PAIRS))

    for _ in range(12):
        pr = pair()
        c = f.person("happy", "alternates languages", pr[0], languages=pr)
        for k, d in enumerate(spread(f, f.rng.randint(5, 8), 0, 14)):
            c["language"] = pr[k % 2]
            happy_act(f, c, f.day(d))
        c["language"] = pr[0]
    tol = ["churn_intent", "competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
    for i in range(5):
        pr = pair()
        c = f.person("repeat_contact", "repeats", pr[0], ["repeat_contact"], tol, languages=pr)
        happies(f, c, [0, 1])
        repeat_run(
            f, c, f.rng.randint(2, 5), [2, 2, 3, 3, 4][i], PROBS[i], lead=i >= 2, alternate=pr
        )
    for i in range(5):
        pr = list(f.rng.choice([p for p in PAIRS if p[0] in ("es", "en", "de")]))
        c = f.person(
            "slow_churner",
            "slides",
            pr[0],
            ["sentiment_drop"],
            [
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "repeat_contact",
                "silence",
            ],
            languages=pr,
        )
        for k, d in enumerate(spread(f, 5, 0, 6)):
            f.add(c, f.day(d), "community", "post", f.pick(W.PRAISE, pr[k % 2]))
        happies(f, c, spread(f, f.rng.randint(1, 3), 0, 6))
        slide(
            f,
            c,
            f.rng.randint(7, 8),
            [3, 5][i % 2],
            alternate=[p if p in W.SLIDE else "en" for p in pr],
        )
    for i in range(3):
        pr = list([("de", "es"), ("en", "es"), ("es", "en")][i])
        c = f.person("happy_one_bad_day", "one bad day", pr[0], [], ["silence"], languages=list(pr))
        happies(f, c, [0, 2])
        c["language"] = pr[1]
        t = f.day(f.rng.randint(5, 9))
        c["bad_day_event_id"] = complaint(
            f, c, t, ["email", "email", "chat"][i], PROBS[i], long=pr[1] in W.LONG and i == 0
        )
        c["bad_day_language"] = pr[1]
        c["language"] = pr[0]
    for i in range(2):
        pr = list([("es", "en"), ("en", "es")][i])
        c = f.person(
            "resolved_between_contacts", "fixed", pr[0], [], ["silence"], languages=list(pr)
        )
        c["problems"] = [fixed_case(f, c, 4, PROBS[i + 2], lang2=pr[1])]


SITES = [
    "hotel",
    "office",
    "clinic",
    "theatre",
    "school",
    "gym",
    "restaurant",
    "coworking",
    "hostel",
    "museum",
    "spa",
    "care_home",
    "university",
    "cinema",
    "library",
]


def b2b_accounts(f: Fam) -> None:
    plan = [
        ("at_risk", 5, 3, "portal"),
        ("at_risk", 4, 3, "invoice"),
        ("at_risk", 6, 3, "lost_linen"),
        ("at_risk", 5, 4, "invoice"),
        ("at_risk", 6, 4, "rate"),
    ]
    plan += [("one_unhappy", 3, 1, p) for p in ["rate", "portal", "lost_linen", "invoice"]]
    plan += [
        ("mild", 4, 0, ""),
        ("mild", 3, 0, ""),
        ("mild", 3, 0, ""),
        ("happy", 4, 0, ""),
        ("happy", 4, 0, ""),
        ("happy", 4, 0, ""),
    ]
    wd = {
        "es": ["el lunes", "el martes", "el miercoles", "el jueves", "el viernes"],
        "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
        "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
        "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    }
    for ai, (kind, n, unhappy, p) in enumerate(plan):
        lang = f.rng.choice(["es", "en", "es", "en", "de", "fr"])
        site = SITES[ai]
        acc = uniq(f"TVB-{f.rng.choice(MARKETS[lang])}-{f.rng.randint(1000, 9999)}")
        dom = f"{site.replace('_', '')}{ai}{f.rng.choice(['grupo', 'group', 'gmbh', 'sa'])}.example"
        keys: list[str] = []
        unhappy_keys: list[str] = []
        acct: dict[str, Any] = {
            "company": f"{site.title()} {ai}",
            "site": site,
            "kind": kind,
            "language": lang,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "same_problem": p if kind == "at_risk" else None,
            "trouble_starts_at": None,
        }
        first_name, case, t = "", "", f.start + timedelta(days=2, hours=9)
        for k in range(n):
            role = (
                "complainer"
                if k < unhappy
                else ("suggests" if kind == "mild" and k < 2 else "contact")
            )
            if kind == "at_risk" and role == "complainer":
                last = k == unhappy - 1
                exp = ["detractor"] if not last else ["repeat_contact"]
                c = f.person(
                    "b2b_unhappy",
                    role,
                    lang,
                    exp,
                    [
                        r
                        for r in [
                            "account_risk",
                            "churn_intent",
                            "competitor_mention",
                            "high_value_at_risk",
                            "sentiment_drop",
                            "silence",
                        ]
                        if r not in exp
                    ],
                    account=acc,
                    domain=dom,
                    company=acct["company"],
                    role=role,
                )
            elif kind == "one_unhappy":
                role = "complainer" if k == 0 else "contact"
                c = f.person(
                    "b2b_one_unhappy" if k == 0 else "b2b_happy",
                    role,
                    lang,
                    ["detractor"] if k == 0 else [],
                    ["high_value_at_risk", "sentiment_drop", "silence"] if k == 0 else [],
                    account=acc,
                    domain=dom,
                    company=acct["company"],
                    role=role,
                )
            elif role == "suggests":
                c = f.person(
                    "b2b_mild",
                    role,
                    lang,
                    [],
                    ["silence"],
                    account=acc,
                    domain=dom,
                    company=acct["company"],
                    role=role,
                )
            else:
                c = f.person(
                    "b2b_happy",
                    role,
                    lang,
                    account=acc,
                    domain=dom,
                    company=acct["company"],
                    role=role,
                )
            keys.append(c["identifiers"]["customer_id"])
            if (
                role in ("complainer",)
                and kind in ("at_risk", "one_unhappy")
                and (kind == "at_risk" or k == 0)
            ):
                unhappy_keys.append(c["identifiers"]["customer_id"])
                if f.rng.random() < 0.5:
                    f.add(
                        c,
                        f.start + timedelta(days=f.rng.randint(0, 1), hours=f.rng.randint(8, 15)),
                        "chat",
                        "chat",
                        f.pick(W.B2B_Q, lang),
                    )
                ph = W.B2B_PROBLEMS[p][lang]
                if kind == "at_risk":
                    t = t if k == 0 else t + timedelta(hours=f.rng.randint(8, 28))
                    while t.weekday() >= 5 or not 8 <= t.hour < 17:
                        t = (t + timedelta(days=1)).replace(hour=9, minute=f.rng.randint(0, 50))
                else:
                    t = f.start + timedelta(days=f.rng.randint(3, 4), hours=f.rng.randint(8, 15))
                if k == 0:
                    first_name = c["name"].split()[0]
                    case = f.case()
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.pick(W.B2B_FIRST, lang).format(p=ph),
                        subject="Reclamacion" if lang == "es" else "Complaint",
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=40),
                        "email",
                        "message",
                        f.pick(W.B2B_ACK, lang).format(case=case),
                        out=True,
                        agent="Telavia Empresas",
                    )
                    if kind == "at_risk":
                        acct["trouble_starts_at"] = t.isoformat().replace("+00:00", "Z")
                else:
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.pick(W.B2B_LATER, lang).format(
                            first=first_name, day=wd[lang][(t.weekday() - 1) % 5], case=case, p=ph
                        ),
                    )
                c["complaint_event_ids"] = [eid]
                c["trouble_starts_at"] = t.isoformat().replace("+00:00", "Z")
                if "detractor" in c["expected_rules"]:
                    c["nps"] = f.rng.randint(1, 5)
                    c["survey_event_id"] = f.add(
                        c,
                        t + timedelta(hours=f.rng.randint(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": c["nps"], "csat": None, "ces": None},
                        survey="nps",
                    )
                if "repeat_contact" in c["expected_rules"]:
                    t2 = t + timedelta(hours=f.rng.randint(18, 40))
                    while t2.weekday() >= 5 or not 8 <= t2.hour < 17:
                        t2 = (t2 + timedelta(days=1)).replace(hour=9, minute=f.rng.randint(0, 50))
                    comp = f.rng.choice(COMPS)
                    c["competitor"] = comp
                    c["repeat_event_id"] = f.add(
                        c,
                        t2,
                        "phone",
                        "call",
                        f.pick(W.B2B_AGAIN, lang).format(case=case, comp=comp),
                    )
                    c["complaint_event_ids"].append(c["repeat_event_id"])
            elif role == "suggests":
                t3 = f.start + timedelta(days=f.rng.randint(2, 4), hours=f.rng.randint(8, 15))
                c["mild_event_id"] = f.add(
                    c, t3, "web", "ticket", f.pick(W.B2B_SUGGEST, lang), page="/portal/feedback"
                )
                f.add(
                    c,
                    t3 + timedelta(minutes=50),
                    "email",
                    "message",
                    f.pick(W.B2B_ACK, lang).format(case=f.case()),
                    out=True,
                    agent="Telavia Empresas",
                )
            else:
                for d in spread(f, f.rng.randint(2, 5), 0, 12):
                    t4 = f.start + timedelta(
                        days=d, hours=f.rng.randint(8, 16), minutes=f.rng.randint(0, 30)
                    )
                    if t4.weekday() >= 5:
                        continue
                    r = f.rng.random()
                    if r < 0.4:
                        f.add(c, t4, "chat", "chat", f.pick(W.B2B_Q, lang))
                        f.add(
                            c,
                            t4 + timedelta(minutes=f.rng.randint(1, 6)),
                            "chat",
                            "chat",
                            f.pick(W.ANSWER, lang),
                            out=True,
                            agent="Telavia Empresas",
                        )
                    elif r < 0.6:
                        f.add(c, t4, "community", "post", f.pick(W.B2B_PRAISE, lang))
                    elif r < 0.85:
                        f.add(
                            c,
                            t4,
                            "web",
                            "purchase",
                            order_value=f"{f.rng.randint(300, 2400)}.00",
                            currency="EUR",
                            product="Contract curtain clean / Limpieza de cortinas contrato",
                            page="/portal/order",
                        )
                    else:
                        f.add(
                            c,
                            t4,
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": f.rng.randint(9, 10), "csat": None, "ces": None},
                            survey="nps",
                        )
                if not any(
                    r["customer"].get("customer_id") == c["identifiers"]["customer_id"]
                    or r["customer"].get("email") == c["identifiers"]["email"]
                    for r in f.rows
                ):
                    f.add(c, f.start + timedelta(hours=10), "web", "page_view", page="/portal")
        acct.update(
            contacts=len(keys),
            contact_keys=keys,
            unhappy_contacts=len(unhappy_keys),
            unhappy_contact_keys=unhappy_keys,
            country=f.customers[keys[0]]["country"],
        )
        f.accounts[acc] = acct


def topic_spike(f: Fam) -> None:
    for _ in range(40):
        c = f.person("happy", "day writer", f.lang())
        happies(f, c, spread(f, f.rng.randint(1, 4), 0, 6), 8, 19)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", f.lang(), [], ["silence"])
        t = f.day(0, 9, 16)
        c["grumble_event_id"] = f.add(c, t, "chat", "chat", f.pick(W.MILD, c["language"]))
        f.add(
            c,
            t + timedelta(minutes=4),
            "chat",
            "chat",
            f.pick(W.ANSWER, c["language"]),
            out=True,
            agent="Telavia support",
        )
    for lang in ("es", "en"):
        c = f.person("grumbles_once", "lone question", lang, [], ["silence"])
        t = f.day(5, 9, 16)
        c["lone_report_event_id"] = f.add(c, t, "chat", "chat", f.pick(W.LONE, lang))
        f.add(
            c,
            t + timedelta(minutes=5),
            "chat",
            "chat",
            f.pick(W.LONE_ANS, lang),
            out=True,
            agent="Telavia support",
        )
    s0 = f.start + timedelta(days=6, hours=9, minutes=20)
    langs = ["es"] * 6 + ["en"] * 6 + ["fr", "fr", "de", "de", "it", "pt", "pt", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    keys, eids, reps = [], [], []
    nrep = nfix = 0
    for i in range(20):
        lang, ch, t = langs[i], chans[i], s0 + timedelta(minutes=offs[i])
        rep = nrep < 6 and offs[i] <= 22 and ch != "web"
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i % 3 else "new",
            lang,
            ["repeat_contact"] if rep else [],
            ["sentiment_drop", "silence"] if rep else ["silence"],
            in_spike=True,
            regular=bool(i % 3),
        )
        if i % 3:
            happies(f, c, [2, 3], 8, 17)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        extra: dict[str, Any] = {"page": "/help/contact"} if ch == "web" else {}
        eid = f.add(c, t, ch, kind, rough(f.rng, f.pick(W.SPIKE, lang).format(code=CODE)), **extra)
        c.update(
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=t.isoformat().replace("+00:00", "Z"),
        )
        keys.append(c["identifiers"]["customer_id"])
        eids.append(eid)
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=2),
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT, lang),
                out=True,
                agent="Telavia support",
            )
        if rep:
            nrep += 1
            ch2 = "email" if ch != "email" else "chat"
            c["repeat_event_id"] = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(15, 40)),
                ch2,
                "message" if ch2 == "email" else "chat",
                f.pick(W.SPIKE_AGAIN, lang).format(code=CODE),
            )
            reps.append(c["repeat_event_id"])
        elif nfix < 6:
            nfix += 1
            c["agent_fixed"] = True
            f.add(
                c,
                f.start + timedelta(days=6, hours=12, minutes=f.rng.randint(8, 17)),
                "email",
                "message",
                f.pick(W.SPIKE_FIXED, lang),
                out=True,
                agent="Telavia care",
            )
    if nrep != 6:
        raise SystemExit(f"topic_spike: {nrep} repeaters planted, want 6")
    f.spike = {
        "topic": f"order chat machine-translates every message into Finnish, error {CODE}",
        "about": "Telavia order chat",
        "channel": None,
        "start": eids and f.rows[[r["event_id"] for r in f.rows].index(eids[0])]["occurred_at"],
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


FAMILIES: list[tuple[str, str, datetime, int, Any, dict[str, int]]] = [
    ("happy_writers", "HW", datetime(2026, 3, 16, tzinfo=UTC), 10, happy_writers, {}),
    ("one_bad_day", "BD", datetime(2026, 4, 13, tzinfo=UTC), 12, one_bad_day, {"detractor": 6}),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        repeat_contacts,
        {"repeat_contact": 12},
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        slow_churners,
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    ),
    ("quiet_hours", "QH", datetime(2026, 8, 21, tzinfo=UTC), 3, quiet_hours, {}),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        bilingual,
        {"repeat_contact": 5, "sentiment_drop": 5},
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        b2b_accounts,
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        topic_spike,
        {"topic_spike": 1, "repeat_contact": 6},
    ),
]


def main() -> None:
    for n, (name, code, start, days, build, want) in enumerate(FAMILIES, 1):
        f = Fam(name, code, start, days, n, random.Random(SEED * 100 + n))
        build(f)
        got: dict[str, int] = {}
        for c in f.customers.values():
            c.pop("seen")
            for r in c["expected_rules"]:
                got[r] = got.get(r, 0) + 1
        for a in f.accounts.values():
            for r in a["expected_rules"]:
                got[r] = got.get(r, 0) + 1
        if f.spike:
            got["topic_spike"] = 1
        if got != want:
            raise SystemExit(f"{name}: expected counts {got} differ from planted {want}")
        for c in f.customers.values():
            if not any(
                r["direction"] == "inbound"
                and c["identifiers"]["customer_id"] in (r["customer"].get("customer_id"),)
                for r in f.rows
            ):
                raise SystemExit(f"{name}: customer without a first inbound touchpoint")
        f.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        end = max(
            start + timedelta(days=days),
            datetime.fromisoformat(f.rows[-1]["occurred_at"].replace("Z", "+00:00"))
            + timedelta(hours=1),
        )
        if end >= LIMIT:
            raise SystemExit(f"{name}: end {end} not before 2026-11-15")
        truth = {
            "config": {
                "family": name,
                "business": "Telavia",
                "days": days,
                "seed": SEED * 100 + n,
                "written": "blind, heldout137",
                "expected": want,
            },
            "start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": f.customers,
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
        print(name, len(f.customers), len(f.rows))


if __name__ == "__main__":
    main()
