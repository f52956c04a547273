# ruff: noqa: E501
"""Build heldout198/ (report only, written blind): python make_heldout198.py."""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as wd  # noqa: E402

SEED = 20261105
CODE = "SPLT-263"
MARKETS = {
    "es": ["ES"],
    "de": ["DE", "DE", "DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "it": ["IT"],
    "pt": ["PT"],
}
PREFIX = {
    "ES": "+34 6",
    "DE": "+49 15",
    "AT": "+43 664",
    "CH": "+41 79",
    "UK": "+44 7",
    "IE": "+353 8",
    "FR": "+33 6",
    "BE": "+32 47",
    "IT": "+39 3",
    "PT": "+351 9",
}
LEN = {"ES": 8, "DE": 8, "AT": 7, "CH": 7, "UK": 9, "IE": 8, "FR": 8, "BE": 7, "IT": 9, "PT": 8}
SOURCE = {
    "email": "padelvo-mail",
    "phone": "padelvo-voice",
    "social": "padelvo-social",
    "community": "padelvo-forum",
    "chat": "padelvo-chat",
    "web": "padelvo-web",
    "survey": "padelvo-survey",
}
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
USED: set[str] = set()


def ascii_of(text: str) -> str:
    text = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", text)
        if unicodedata.category(ch) != "Mn" or ch == "\u0303"
    )


def plain(text: str) -> str:
    return unicodedata.normalize("NFC", ascii_of(text).replace("\u0303", ""))


@dataclass
class Cust:
    key: str
    lang: str
    country: str
    first: str
    ids: dict[str, str | None]
    truth: dict[str, Any]


@dataclass
class Row:
    t: datetime
    eid: str
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None = None
    scores: dict[str, int] = field(default_factory=dict)
    attrs: dict[str, str] = field(default_factory=dict)


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.counter = 0

    def uniq(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        account: str | None = None,
        country: str | None = None,
        **extra: Any,
    ) -> Cust:
        r = self.rng
        country = country or r.choice(MARKETS[lang])
        first, last = r.choice(wd.FIRST[lang]), r.choice(wd.LAST[lang])
        key = self.uniq(lambda: f"PV{self.code.upper()}{r.randint(1000, 9999)}")
        base = plain(f"{first}.{last}").lower().replace(" ", "")
        dom = extra.pop("domain", None) or r.choice(
            ["correo", "posteo", "mailbox", "webpost", "netz"]
        )
        email = self.uniq(lambda: f"{base}{r.randint(1, 99)}@{dom}.example")
        pre = PREFIX[country]
        phone = self.uniq(lambda: pre + "".join(str(r.randint(0, 9)) for _ in range(LEN[country])))
        handle = (
            None
            if account
            else self.uniq(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{plain(last).lower()}_{plain(first).lower()}{r.randint(1, 9)}",
                            f"{plain(first).lower()}{plain(last).lower()[:4]}{r.randint(10, 99)}",
                            f"{plain(first).lower()}_padel{r.randint(1, 99)}",
                        ]
                    )
                )
            )
        )
        ids = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        norm = {
            "customer_id": key,
            "email": email,
            "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
            "handle": handle,
            "account_id": account,
        }
        truth = {
            "identifiers": norm,
            "expected_rules": expected,
            "tolerated_rules": tolerated,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": country,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        } | extra
        c = Cust(key, lang, country, first, ids, truth)
        self.custs[key] = c
        return c

    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(
            days=int(day), minutes=self.rng.randint(int(h0 * 60), int(h1 * 60))
        )

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.counter += 1
        eid = f"h198-{self.code}-{self.counter:05d}"
        if text is not None and direction == "inbound" and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if (
            text is not None
            and channel == "social"
            and direction == "inbound"
            and c.ids["account_id"] is None
        ):
            i = text.rfind("Padelvo")
            text = text[:i] + "@" + text[i:] if i >= 0 else "@Padelvo " + text
        a = {"market": c.country} | (attrs or {})
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        self.rows.append(Row(t, eid, c, channel, kind, direction, text, subject, scores or {}, a))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = plain(text)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def pick(self, lang: str, table: str, **kw: Any) -> str:
        values = {
            "first": "",
            "case": "",
            "comp": "",
            "colleague": "",
            "agent": self.rng.choice(wd.AGENTS),
            "day": "",
            "time": "",
            "code": CODE,
            "amount": "",
            "topic": "",
        } | kw
        return self.rng.choice(wd.W[lang][table]).format(**values)

    def case(self) -> str:
        return self.uniq(lambda: f"PV-{self.rng.randint(100000, 999999)}")


def night_safe(t: datetime, rng: random.Random) -> datetime:
    if t.hour >= 22:
        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 59))
    elif t.hour < 7:
        t = t.replace(hour=8, minute=rng.randint(0, 59))
    return t


def call_text(f: Fam, lang: str, body: str) -> str:
    lead = f.pick(lang, "call_lead")
    body = "".join(ch for ch in body if ch.isalnum() or ch in " -€£" or ch.isspace())
    body = " ".join(body.split())
    if lang != "de":
        body = body.lower()
    return lead + body


def topic_of(lang: str, problem: str) -> str:
    return wd.W[lang]["topic"][0].split("|")[wd.PROBLEMS.index(problem)]


# ------------------------------------------------------------------ acts --
def qa(f: Fam, c: Cust, t: datetime, table: str = "qa", thanks: float = 0.6) -> None:
    q, a = f.rng.choice(wd.W[c.lang][table]).split("|")
    f.add(c, t, "chat", "chat", q)
    f.add(
        c,
        t + timedelta(minutes=f.rng.randint(1, 6)),
        "chat",
        "chat",
        a.format(first=c.first, agent=f.rng.choice(wd.AGENTS)),
        "outbound",
        attrs={"agent": f.rng.choice(wd.AGENTS)},
    )
    if f.rng.random() < thanks:
        f.add(
            c, t + timedelta(minutes=f.rng.randint(7, 12)), "chat", "chat", f.pick(c.lang, "thanks")
        )


def happy_act(f: Fam, c: Cust, t: datetime, survey: bool = False) -> None:
    r, lang = f.rng, c.lang
    kind = r.choice(
        ["praise", "again", "gripe", "qa", "buy", "buy", "review", "call", "view"]
        + (["survey"] if survey else [])
    )
    if kind in ("praise", "again"):
        ch = r.choice(["social", "community"])
        f.add(c, t, ch, "mention" if ch == "social" else "post", f.pick(lang, kind))
    elif kind == "gripe":
        f.add(
            c, t, "web", "review", f.pick(lang, "gripe"), attrs={"rating": "4", "page": "/reviews"}
        )
    elif kind == "qa":
        qa(f, c, t)
    elif kind == "buy":
        f.add(c, t, "web", "page_view", None, attrs={"page": "/courts"})
        cur = {"UK": "GBP", "CH": "CHF"}.get(c.country, "EUR")
        f.add(
            c,
            t + timedelta(minutes=r.randint(2, 9)),
            "web",
            "purchase",
            None,
            attrs={
                "order_value": f"{r.choice([24, 28, 32, 36, 45, 55])}.00",
                "currency": cur,
                "product": r.choice(
                    [
                        "Court 90 min / Pista 90 min",
                        "Court 60 min / Pista 60 min",
                        "Lesson 60 min / Clase 60 min",
                    ]
                ),
                "page": "/checkout",
            },
        )
    elif kind == "review":
        f.add(
            c, t, "web", "review", f.pick(lang, "review"), attrs={"rating": "5", "page": "/reviews"}
        )
    elif kind == "call":
        f.add(c, t, "phone", "call", f.pick(lang, "call_q"))
        f.add(
            c,
            t + timedelta(minutes=r.randint(8, 30)),
            "email",
            "message",
            f.pick(lang, "call_a", first=c.first),
            "outbound",
            subject=f.pick(lang, "subject_q"),
            attrs={"agent": r.choice(wd.AGENTS)},
        )
    elif kind == "view":
        f.add(
            c,
            t,
            "web",
            "page_view",
            None,
            attrs={"page": r.choice(["/clubs", "/club", "/lessons", "/tournaments"])},
        )
    else:
        happy_survey(f, c, t)


def happy_survey(f: Fam, c: Cust, t: datetime) -> None:
    r = f.rng
    which = r.choice(["nps", "csat", "ces"])
    score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
    f.add(
        c,
        t,
        "survey",
        "survey_response",
        f.pick(c.lang, "survey_word") or None,
        scores={which: score},
        attrs={"survey": which},
    )


def low_nps(f: Fam, c: Cust, t: datetime) -> dict[str, Any]:
    """A detractor's NPS of 1-5 at t; the truth fields naming it."""
    nps = f.rng.randint(1, 5)
    eid = f.add(
        c, t, "survey", "survey_response", None, scores={"nps": nps}, attrs={"survey": "nps"}
    )
    return {"nps_given": True, "nps": nps, "survey_event_id": eid}


def lang_pick(f: Fam) -> str:
    return f.rng.choices(wd.LANGS, weights=[30, 30, 10, 10, 10, 10])[0]


def complaint(f: Fam, c: Cust, t: datetime, problem: str, channel: str, long: bool = False) -> str:
    lang, body = c.lang, f.pick(c.lang, "complaint." + problem)
    if channel == "phone":
        return f.add(c, t, "phone", "call", call_text(f, lang, body))
    if channel == "email":
        text = (
            (f.pick(lang, "long_open") + body + "." + f.pick(lang, "long_close", first=c.first))
            if long
            else body
        )
        return f.add(
            c,
            t,
            "email",
            "message",
            text,
            subject=f.pick(lang, "subject_complaint", topic=topic_of(lang, problem)),
        )
    if channel == "social":
        return f.add(c, t, "social", "mention", body + " Padelvo")
    if channel == "web":
        return f.add(c, t, "web", "ticket", body, attrs={"page": "/help/form"})
    return f.add(c, t, "chat", "chat", body)


def reply_case(f: Fam, c: Cust, t: datetime, channel: str, case: str) -> str:
    agent = f.rng.choice(wd.AGENTS)
    if channel == "chat":
        return f.add(
            c,
            t + timedelta(minutes=f.rng.randint(1, 4)),
            "chat",
            "chat",
            f.pick(c.lang, "chat_case", first=c.first, case=case),
            "outbound",
            attrs={"agent": agent},
        )
    when = night_safe(t + timedelta(minutes=f.rng.randint(10, 40)), f.rng)
    return f.add(
        c,
        when,
        "email",
        "message",
        f.pick(c.lang, "case_opened", first=c.first, case=case),
        "outbound",
        subject=f.pick(c.lang, "subject_case", case=case),
        attrs={"agent": agent},
    )


def agent_mail(f: Fam, c: Cust, t: datetime, table: str, case: str = "", **kw: Any) -> str:
    return f.add(
        c,
        t,
        "email",
        "message",
        f.pick(c.lang, table, first=c.first, case=case, **kw),
        "outbound",
        subject=f.pick(c.lang, "subject_case", case=case) if case else f.pick(c.lang, "subject_q"),
        attrs={"agent": f.rng.choice(wd.AGENTS)},
    )


def later(f: Fam, c: Cust, t: datetime, channel: str, text: str, case: str) -> str:
    if channel == "phone":
        return f.add(c, t, "phone", "call", call_text(f, c.lang, text))
    if channel == "email":
        return f.add(
            c, t, "email", "message", text, subject=f.pick(c.lang, "subject_case", case=case)
        )
    if channel == "social":
        return f.add(c, t, "social", "mention", text + " Padelvo")
    if channel == "web":
        return f.add(c, t, "web", "ticket", text, attrs={"page": "/help/form"})
    return f.add(c, t, "chat", "chat", text)


def spread_happy(
    f: Fam, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 20, survey: bool = False
) -> None:
    for d in f.rng.sample(days, min(n, len(days))):
        happy_act(f, c, f.at(d, h0, h1), survey)


# -------------------------------------------------------------- families --
def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.person(lang_pick(f), "happy", "day writer", [], [])
        spread_happy(f, c, f.rng.randint(5, 8), list(range(10)), survey=True)
    for _ in range(5):
        c = f.person(lang_pick(f), "happy", "night writer", [], [])
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.at(d, 22.2, 23.9) if f.rng.random() < 0.5 else f.at(d + 1, 0, 4.5)
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "mention", f.pick(c.lang, "night_post"))
            else:
                qa(f, c, t, "night_qa")
        spread_happy(f, c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person(lang_pick(f), "happy", "answers surveys", [], [])
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            happy_survey(f, c, f.at(d, 8, 20))


def one_bad_day(f: Fam) -> None:
    r = f.rng
    problems = [p for p in wd.PROBLEMS for _ in range(4)]
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    r.shuffle(problems)
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    nps_set = set(r.sample(with_case, 6))
    csat_set = set(r.sample([i for i in with_case if i not in nps_set], 5))
    fixed = set(r.sample(with_case, 12))
    sorry = set(r.sample(sorted(fixed), 5))
    for i, (problem, ch) in enumerate(zip(problems, channels, strict=True)):
        lang = "es" if ch == "long" and i < 2 else "de" if ch == "long" else lang_pick(f)
        det = i in nps_set
        c = f.person(
            lang,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
            problem=problem,
            long_email=ch == "long",
        )
        day = r.randint(2, 9)
        t = f.at(day, 8, 20)
        others = [d for d in range(12) if d <= day - 2 or d >= day + 3]
        spread_happy(f, c, r.randint(1, 5), others)
        channel = "email" if ch == "long" else ch
        eid = complaint(f, c, t, problem, channel, ch == "long")
        c.truth |= {
            "bad_day_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "bad_day_event_id": eid,
            "channel": channel,
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "booking": None,
        }
        if ch == "social":
            continue
        case = f.case()
        c.truth["booking"] = case
        reply_case(f, c, t, channel, case)
        if det:
            c.truth |= low_nps(f, c, t + timedelta(minutes=r.randint(100, 140)))
        if i in csat_set:
            cs = r.randint(1, 2)
            c.truth |= {
                "csat_given": True,
                "csat": cs,
                "survey_event_id": f.add(
                    c,
                    t + timedelta(minutes=r.randint(40, 80)),
                    "survey",
                    "survey_response",
                    f.pick(lang, "csat_word") or None,
                    scores={"csat": cs},
                    attrs={"survey": "csat"},
                ),
            }
        if i in fixed:
            agent_mail(
                f, c, night_safe(t + timedelta(minutes=r.randint(60, 240)), r), "good_news", case
            )
            c.truth["agent_fixed"] = True
            if i in sorry:
                ta = night_safe(t + timedelta(hours=r.uniform(16, 24)), r)
                c.truth |= {
                    "apologised": True,
                    "apology_event_id": f.add(c, ta, "chat", "chat", f.pick(lang, "apology")),
                }
    for _ in range(8):
        c = f.person(lang_pick(f), "happy", "control", [], [])
        spread_happy(f, c, r.randint(4, 7), list(range(12)))


def repeat_run(
    f: Fam, c: Cust, first_day: int, problem: str, contacts: int, first_ch: str, quality: bool
) -> None:
    r = f.rng
    case = f.case()
    t = f.at(first_day, 8, 19)
    ids = [complaint(f, c, t, problem, first_ch)]
    if quality:
        if first_ch == "chat":
            reply_case(f, c, t, "chat", case)
        agent_mail(
            f, c, night_safe(t + timedelta(minutes=r.randint(90, 150)), r), "quality_lead", case
        )
    else:
        reply_case(f, c, t, first_ch, case)
    pool = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    r.shuffle(pool)
    comp = r.choice(wd.COMPETITORS)
    for k in range(1, contacts):
        t = night_safe(t + timedelta(hours=r.uniform(4, 40)), r)
        text = f.pick(c.lang, "still_open", case=case)
        if k == 2:
            text += " " + f.pick(c.lang, "third", comp=comp)
        if k == 3:
            text += " " + f.pick(c.lang, "fourth")
        ch = pool[k - 1]
        ids.append(later(f, c, t, ch, text, case))
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 5)),
                "chat",
                "chat",
                f.pick(c.lang, "urgent", case=case, first=c.first),
                "outbound",
                attrs={"agent": r.choice(wd.AGENTS)},
            )
    c.truth |= {
        "problem": problem,
        "booking": case,
        "contacts": contacts,
        "problem_event_ids": ids,
        "competitor": comp if contacts >= 3 else None,
        "agent_passed_on": quality,
        "channels": [first_ch, *pool[: contacts - 1]],
    }


def fixed_run(
    f: Fam, c: Cust, day: int, problem: str, ch: str, confirm_lang: str | None = None
) -> dict[str, Any]:
    r = f.rng
    case = f.case()
    t = f.at(day, 8, 19)
    eid = complaint(f, c, t, problem, ch)
    reply_case(f, c, t, ch, case)
    tf = night_safe(t + timedelta(hours=r.uniform(3, 20)), r)
    agent_mail(f, c, tf, "good_news", case)
    tc = night_safe(tf + timedelta(hours=r.uniform(8, 30)), r)
    cch = r.choice(["email", "chat"])
    lang = confirm_lang or c.lang
    text = f.pick(lang, "confirm", case=case)
    cid = f.add(
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        text,
        subject=f.pick(lang, "subject_case", case=case) if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "fixed_at": tf.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "confirmed_at": tc.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts(f: Fam) -> None:
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    for i, n in enumerate(counts):
        c = f.person(lang_pick(f), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        spread_happy(f, c, r.randint(1, 3), [0], 7, 12)
        repeat_run(f, c, r.randint(1, 4), r.choice(wd.PROBLEMS), n, firsts[i], i % 2 == 0)
        c.truth["trouble_starts_at"] = None
    for _ in range(5):
        c = f.person(lang_pick(f), "resolved_between_contacts", "fixed", [], ["silence"])
        spread_happy(f, c, r.randint(1, 2), [0])
        c.truth["problems"] = [
            fixed_run(
                f, c, r.randint(1, 5), r.choice(wd.PROBLEMS), r.choice(["web", "email", "chat"])
            )
        ]
    for _ in range(3):
        c = f.person(lang_pick(f), "different_problems", "two problems", [], ["silence"])
        p1, p2 = r.sample(wd.PROBLEMS, 2)
        d = r.randint(1, 3)
        c.truth["problems"] = [
            fixed_run(f, c, d, p1, "email"),
            fixed_run(f, c, d + r.randint(4, 5), p2, "web"),
        ]
    for _ in range(7):
        c = f.person(lang_pick(f), "happy", "frequent writer", [], [])
        for d in r.sample(range(10), r.randint(5, 8)):
            qa(f, c, f.at(d, 8, 19)) if r.random() < 0.6 else happy_act(f, c, f.at(d, 8, 19))


def slide(f: Fam, c: Cust, start_day: int, span: int, lang_of: Any = None) -> list[str]:
    r = f.rng
    comp = r.choice(wd.COMPETITORS)
    t = f.at(start_day, 9, 12)
    ids: list[str] = []
    step_gap = span * 24 / 6
    for k in range(6):
        lang = lang_of(k) if lang_of else c.lang
        text = wd.W[lang]["slide"][k].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
        t = night_safe(t + timedelta(hours=max(1.0, r.uniform(step_gap * 0.7, step_gap * 1.2))), r)
    c.truth |= {"slide_event_ids": ids, "slide_days": span, "competitor": comp}
    return ids


def slow_churners(f: Fam) -> None:
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    nps_idx = set(r.sample(range(10), 5))
    for i, span in enumerate(spans):
        det = i in nps_idx
        c = f.person(
            lang_pick(f),
            "slow_churner",
            "slides",
            ["sentiment_drop", *(["detractor"] if det else [])],
            SLIDE_TOL,
        )
        for d in r.sample(range(11), r.randint(4, 5)):
            f.add(
                c,
                f.at(d, 8, 20),
                r.choice(["social", "community"]),
                "post",
                f.pick(c.lang, "praise"),
            )
        spread_happy(f, c, r.randint(2, 4), list(range(11)))
        start = r.randint(12, 16)
        ids = slide(f, c, start, span)
        c.truth["trouble_starts_at"] = next(x.t for x in f.rows if x.eid == ids[0]).strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        )
        if det:
            t4 = next(x.t for x in f.rows if x.eid == ids[3])
            c.truth |= low_nps(f, c, night_safe(t4 + timedelta(minutes=r.randint(150, 210)), r))
    for _ in range(5):
        c = f.person(
            lang_pick(f),
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        spread_happy(f, c, r.randint(4, 6), list(range(15)))
        t = f.at(r.randint(17, 23), 8, 19)
        eid = f.add(c, t, "email", "message", f.pick(c.lang, "cancel_req"), subject="Padelvo Club")
        agent_mail(f, c, night_safe(t + timedelta(minutes=r.randint(60, 300)), r), "sorry_go")
        tc = night_safe(t + timedelta(hours=r.uniform(20, 30)), r)
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/club", "product": "Padelvo Club"},
        )
        c.truth |= {
            "churn_intent_event_id": eid,
            "cancellation_event_id": cid,
            "churn_at": tc.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    for _ in range(6):
        c = f.person(lang_pick(f), "happy", "steady", [], [])
        spread_happy(f, c, r.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person(lang_pick(f), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        gd = float(r.randint(0, 4))
        ids = []
        for _k in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web", "review"])
            text = f.pick(c.lang, "grumble")
            if ch == "review":
                ids.append(
                    f.add(
                        c,
                        f.at(gd, 8, 20),
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            elif ch == "web":
                ids.append(
                    f.add(c, f.at(gd, 8, 20), "web", "ticket", text, attrs={"page": "/help/form"})
                )
            else:
                ids.append(
                    f.add(c, f.at(gd, 8, 20), ch, "mention" if ch == "social" else "post", text)
                )
            gd += r.randint(1, 3)
        c.truth["grumble_event_ids"] = ids
    for _ in range(5):
        c = f.person(lang_pick(f), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        spread_happy(f, c, r.randint(4, 6), list(range(16)))
        c.truth["sarcasm_event_id"] = f.add(
            c,
            f.at(r.randint(17, 28), 9, 20),
            "social",
            "mention",
            f.pick(c.lang, "sarcasm") + " Padelvo",
        )


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person(lang_pick(f), "happy", "day writer", [], [])
        spread_happy(f, c, r.randint(1, 3), [0, 1, 2], 7, 17.5)
    for k in range(4):
        c = f.person(lang_pick(f), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(r.randint(0, 2), 8, 16)
        f.add(c, t, "web", "page_view", None, attrs={"page": "/clubs"})
        t2 = t + timedelta(minutes=r.randint(20, 30))
        if k < 2:
            gid = f.add(c, t2, "chat", "chat", f.pick(c.lang, "mild"))
            f.add(
                c,
                t2 + timedelta(minutes=r.randint(1, 5)),
                "chat",
                "chat",
                f.pick(c.lang, "mild_ack", first=c.first),
                "outbound",
                attrs={"agent": r.choice(wd.AGENTS)},
            )
        else:
            gid = f.add(
                c, t2, "web", "ticket", f.pick(c.lang, "mild"), attrs={"page": "/help/form"}
            )
            agent_mail(f, c, t2 + timedelta(minutes=r.randint(15, 50)), "mild_ack")
        c.truth |= {"grumble_event_id": gid, "trouble_starts_at": t2.strftime("%Y-%m-%dT%H:%M:%SZ")}
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        bursts = [
            b0,
            b0 + timedelta(minutes=r.randint(28, 33)),
            b0 + timedelta(minutes=r.randint(55, 65)),
        ]
        for m, b in enumerate(bursts):
            for _ in range(4):
                c = f.person(
                    lang_pick(f),
                    "night_owl",
                    f"night {night + 1}, burst {m + 1}",
                    [],
                    [],
                    burst_at=b.strftime("%Y-%m-%dT%H:%M:%SZ"),
                )
                t = b + timedelta(minutes=r.randint(0, 9), seconds=r.randint(0, 59))
                n0 = len(f.rows)
                if r.random() < 0.5:
                    qa(f, c, t, "night_qa", 1.0)
                else:
                    f.add(c, t, "social", "mention", f.pick(c.lang, "night_post"))
                c.truth["night_event_id"] = f.rows[n0].eid
                if r.random() < 0.5:
                    happy_act(f, c, f.at(r.randint(0, 2), 9, 17.5))


def bilingual(f: Fam) -> None:
    r = f.rng
    pairs = (
        [("es", "de")] * 4
        + [("de", "es")] * 4
        + [
            ("es", "en"),
            ("en", "es"),
            ("de", "en"),
            ("de", "fr"),
            ("fr", "de"),
            ("es", "pt"),
            ("pt", "es"),
            ("es", "it"),
            ("it", "es"),
            ("de", "it"),
            ("en", "de"),
            ("fr", "es"),
            ("it", "de"),
            ("pt", "de"),
            ("es", "fr"),
            ("de", "pt"),
            ("es", "en"),
            ("de", "es"),
            ("es", "de"),
        ]
    )
    r.shuffle(pairs)

    def mk(persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, str]:
        a, b = pairs.pop()
        c = f.person(
            a,
            persona,
            habit,
            exp,
            tol,
            languages=[a, b],
            job_second_language=r.choice(["works abroad", "partner's language", "grew up there"]),
        )
        return c, b

    def act2(c: Cust, lang2: str, t: datetime, k: int) -> None:
        c.lang = lang2 if k % 2 else c.truth["language"]
        happy_act(f, c, t)
        c.lang = c.truth["language"]

    for _ in range(12):
        c, b = mk("happy", "alternates languages", [], [])
        for k, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            act2(c, b, f.at(d, 8, 20), k)
    for n in [2, 2, 3, 3, 4]:
        c, b = mk("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for k, d in enumerate(r.sample([0, 1], r.randint(1, 2))):
            act2(c, b, f.at(d, 8, 18), k)
        case = f.case()
        t = f.at(r.randint(2, 5), 8, 18)
        problem = r.choice(wd.PROBLEMS)
        ids = [complaint(f, c, t, problem, "web")]
        if n >= 3:
            agent_mail(f, c, t + timedelta(minutes=r.randint(90, 150)), "quality_lead", case)
        else:
            reply_case(f, c, t, "web", case)
        chans = ["email", "chat", "phone"]
        comp = r.choice(wd.COMPETITORS)
        for k in range(1, n):
            t = night_safe(t + timedelta(hours=r.uniform(4, 40)), r)
            lang = b if k % 2 else c.lang
            text = (
                f.pick(lang, "still_open", case=case)
                + (" " + f.pick(lang, "third", comp=comp) if k == 2 else "")
                + (" " + f.pick(lang, "fourth") if k == 3 else "")
            )
            c.lang = lang
            ids.append(later(f, c, t, chans[k - 1], text, case))
            c.lang = c.truth["language"]
        c.truth |= {
            "problem": problem,
            "booking": case,
            "contacts": n,
            "problem_event_ids": ids,
            "trouble_starts_at": f.rows[-1].t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    for _ in range(5):
        c, b = mk("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        for k, d in enumerate(sorted(r.sample(range(6), 5))):
            lang = b if k % 2 else c.lang
            f.add(
                c, f.at(d, 8, 20), r.choice(["social", "community"]), "post", f.pick(lang, "praise")
            )
        for k, d in enumerate(r.sample(range(6), r.randint(1, 3))):
            act2(c, b, f.at(d, 8, 20), k)
        home = c.lang
        slide(
            f, c, r.randint(7, 8), r.randint(3, 5), lambda k, b=b, home=home: b if k % 2 else home
        )
    for i in range(3):
        c, b = mk(
            "happy_one_bad_day",
            "one bad day",
            [],
            ["silence"],
        )
        day = r.randint(4, 9)
        for k, d in enumerate(r.sample([x for x in range(14) if x <= day - 2 or x >= day + 3], 3)):
            act2(c, b, f.at(d, 8, 20), k)
        c.lang = b
        t = f.at(day, 9, 19)
        ch = ["email", "email", "chat"][i]
        problem = r.choice(wd.PROBLEMS)
        eid = complaint(f, c, t, problem, ch, long=i == 0)
        case = f.case()
        reply_case(f, c, t, ch, case)
        if ch == "email":
            agent_mail(f, c, night_safe(t + timedelta(hours=r.uniform(1, 4)), r), "good_news", case)
        if i == 1:
            f.add(
                c,
                night_safe(t + timedelta(hours=r.uniform(18, 24)), r),
                "chat",
                "chat",
                f.pick(b, "apology"),
            )
        c.lang = c.truth["language"]
        c.truth |= {
            "bad_day_event_id": eid,
            "bad_day_language": b,
            "problem": problem,
            "booking": case,
            "bad_day_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    for _ in range(2):
        c, b = mk("resolved_between_contacts", "fixed", [], ["silence"])
        c.truth["problems"] = [fixed_run(f, c, r.randint(2, 9), r.choice(wd.PROBLEMS), "web", b)]
        c.truth["confirm_language"] = b


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    langs = [lang for lang, names in wd.COMPANIES.items() for _ in names]
    names = [n for ns in wd.COMPANIES.values() for n in ns]
    order = list(range(len(names)))
    r.shuffle(order)
    plan = (
        [
            ("at_risk", 5, 3),
            ("at_risk", 5, 3),
            ("at_risk", 4, 3),
            ("at_risk", 6, 4),
            ("at_risk", 6, 4),
        ]
        + [("one_unhappy", 3, 1)] * 4
        + [("mild", 4, 2), ("mild", 4, 2), ("mild", 3, 2)]
        + [("happy", 4, 0), ("happy", 3, 0), ("happy", 3, 0)]
    )
    for (kind, n, k), idx in zip(plan, order, strict=True):
        lang, company = langs[idx], names[idx]
        country = r.choice(MARKETS[lang])
        acc = f.uniq(lambda country=country: f"PVE-{country}-{r.randint(1000, 9999)}")
        dom = plain(company).lower().replace(" ", "").replace("'", "")[:14]
        problem = r.choice(wd.B2B_PROBLEMS)
        contacts: list[Cust] = []
        firsts_used: set[str] = set()
        for j in range(n):
            role = (
                "complainer"
                if j < k and kind in ("at_risk", "one_unhappy")
                else "suggests"
                if j < k
                else "contact"
            )
            persona = (
                {
                    "at_risk": "b2b_unhappy",
                    "one_unhappy": "b2b_one_unhappy",
                    "mild": "b2b_mild",
                }.get(kind, "b2b_happy")
                if role != "contact"
                else "b2b_happy"
            )
            exp: list[str] = []
            tol: list[str] = []
            if persona == "b2b_unhappy":
                exp = ["repeat_contact"] if j == k - 1 else ["detractor"]
                tol = [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                ]
            elif persona == "b2b_one_unhappy":
                exp, tol = ["detractor"], ["sentiment_drop", "high_value_at_risk", "silence"]
            elif persona == "b2b_mild":
                tol = ["silence"]
            while True:
                c = f.person(
                    lang,
                    persona,
                    role,
                    exp,
                    tol,
                    account=acc,
                    country=country,
                    domain=dom,
                    company=company,
                    role=role,
                    job_title=r.choice(
                        ["Office manager", "HR lead", "Facilities coordinator", "Finance assistant"]
                    ),
                )
                if c.first not in firsts_used:
                    break
                del f.custs[c.key]
            firsts_used.add(c.first)
            contacts.append(c)
            for _ in range(r.randint(0, 2) if role != "contact" else r.randint(2, 5)):
                day = (
                    r.randint(0, 1)
                    if role != "contact"
                    else r.choice([0, 1, 2, 3, 4, 7, 8, 9, 10, 11])
                )
                t = f.at(day, 8, 16.5)
                if role == "contact" and r.random() < 0.3:
                    happy_survey(f, c, t) if r.random() < 0.5 else f.add(
                        c, t, "community", "post", f.pick(lang, "b2b_praise")
                    )
                elif r.random() < 0.6:
                    qa(f, c, t, "b2b_qa")
                else:
                    f.add(c, t, "web", "page_view", None, attrs={"page": "/business/portal"})
        unhappy = [c for c in contacts if c.truth["persona"] in ("b2b_unhappy", "b2b_one_unhappy")]
        if kind == "at_risk":
            case = f.case()
            t = f.start + timedelta(days=2, hours=r.randint(8, 11), minutes=r.randint(0, 59))
            first_t = t
            for j, c in enumerate(unhappy):
                body = wd.W[lang]["b2b." + problem][0]
                if j:
                    day_word = wd.WEEKDAY[lang][first_t.weekday()]
                    body = (
                        f.pick(
                            lang, "b2b_follow", colleague=unhappy[0].first, day=day_word, case=case
                        )
                        + body[0].lower()
                        + body[1:]
                    )
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    body,
                    subject=f.pick(lang, "subject_case", case=case)
                    if j
                    else wd.W[lang]["subject_complaint"][0].format(topic=company),
                )
                if j == 0:
                    agent_mail(f, c, t + timedelta(minutes=r.randint(20, 60)), "case_opened", case)
                ids = [eid]
                if j < len(unhappy) - 1:
                    c.truth |= low_nps(f, c, t + timedelta(minutes=r.randint(60, 180)))
                else:
                    t2 = t + timedelta(hours=r.uniform(18, 40))
                    t2 = t2.replace(hour=r.randint(8, 16)) if t2.weekday() < 5 else t2
                    if (j == 2 and r.random() < 0.3) or (
                        len(unhappy) == 3 and j == 2 and acc.endswith("0")
                    ):
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                f.pick(lang, "b2b_last", case=case, comp=r.choice(wd.COMPETITORS)),
                                subject=f.pick(lang, "subject_case", case=case),
                            )
                        )
                    else:
                        ids.append(
                            f.add(c, t2, "phone", "call", f.pick(lang, "b2b_last_call", case=case))
                        )
                c.truth |= {
                    "complaint_event_ids": ids,
                    "booking": case,
                    "problem": problem,
                    "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                }
                t = t + timedelta(hours=r.uniform(8, 28))
                if t.hour < 8 or t.hour >= 17:
                    t = (t + timedelta(days=1 if t.hour >= 17 else 0)).replace(
                        hour=r.randint(8, 10)
                    )
                if t.weekday() >= 5:
                    t = t + timedelta(days=7 - t.weekday())
        elif kind == "one_unhappy":
            c = unhappy[0]
            case = f.case()
            t = f.at(r.randint(3, 7), 8, 16)
            if t.weekday() >= 5:
                t = t + timedelta(days=7 - t.weekday())
            eid = f.add(
                c,
                t,
                "email",
                "message",
                wd.W[lang]["b2b." + problem][0],
                subject=wd.W[lang]["subject_complaint"][0].format(topic=company),
            )
            agent_mail(f, c, t + timedelta(minutes=r.randint(20, 60)), "case_opened", case)
            nps = r.randint(1, 5)
            c.truth |= {
                "complaint_event_ids": [eid],
                "booking": case,
                "problem": problem,
                "nps_given": True,
                "nps": nps,
                "survey_event_id": f.add(
                    c,
                    t + timedelta(minutes=r.randint(60, 180)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": nps},
                    attrs={"survey": "nps"},
                ),
                "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.at(r.choice([2, 3, 4, 7, 8]), 8, 16)
                eid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.pick(lang, "b2b_suggest"),
                    attrs={"page": "/business/feedback"},
                )
                agent_mail(f, c, t + timedelta(minutes=r.randint(30, 120)), "mild_ack")
                c.truth |= {
                    "mild_event_id": eid,
                    "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                }
        at_risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": company,
            "site": r.choice(
                ["office", "school", "hotel", "construction", "consulting", "utility"]
            ),
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy) if kind != "mild" else 0,
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if at_risk else None,
            "trouble_starts_at": (f.start + timedelta(days=2)).strftime("%Y-%m-%dT00:00:00Z")
            if at_risk
            else None,
            "language": lang,
            "country": country,
        }


def topic_spike(f: Fam) -> None:
    r = f.rng
    for _ in range(40):
        c = f.person(lang_pick(f), "happy", "day writer", [], [])
        days = [0, 1, 2, 3, 4, 5]
        for d in r.sample(days, r.randint(1, 4)):
            happy_act(f, c, f.at(d, 12, 19) if d == 5 else f.at(d, 7, 20))
    for _ in range(2):
        c = f.person(lang_pick(f), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(0, 9, 17)
        gid = f.add(c, t, "chat", "chat", f.pick(c.lang, "grumble"))
        f.add(
            c,
            t + timedelta(minutes=r.randint(2, 6)),
            "chat",
            "chat",
            f.pick(c.lang, "mild_ack", first=c.first),
            "outbound",
            attrs={"agent": r.choice(wd.AGENTS)},
        )
        c.truth |= {"grumble_event_id": gid, "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ")}
    for lang, hm in (("es", (9, 40)), ("de", (16, 5))):
        c = f.person(lang, "grumbles_once", "lone question", [], ["silence"])
        t = f.start + timedelta(days=2, hours=hm[0], minutes=hm[1])
        n0 = len(f.rows)
        qa(f, c, t, "lone_qa", 0.0)
        c.truth |= {
            "lone_report_event_id": f.rows[n0].eid,
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    s0 = f.start + timedelta(days=3, hours=17, minutes=40)
    offs = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    keys, eids, reps = [], [], []
    early = [i for i in range(20) if offs[i] <= 25]
    repeaters = set(r.sample(early, 6))
    rep_ch = ["email", "email", "chat", "chat", "community", "community"]
    r.shuffle(rep_ch)
    fixers = set(r.sample([i for i in range(20) if i not in repeaters], 6))
    for i in range(20):
        lang, ch = langs[i], chans[i]
        rep = i in repeaters
        regular = i < 12
        c = f.person(
            lang,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
            in_spike=True,
            regular=regular,
        )
        if regular:
            spread_happy(f, c, r.randint(1, 2), [1], 8, 17.5)
        t = s0 + timedelta(minutes=offs[i], seconds=r.randint(0, 59) if 0 < offs[i] < 45 else 0)
        text = wd.W[lang]["spike"][i % len(wd.W[lang]["spike"])].format(code=CODE)
        if ch == "email":
            eid = f.add(c, t, "email", "message", text, subject=wd.W[lang]["subject_q"][0])
        elif ch == "web":
            eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/form"})
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 3)),
                "chat",
                "chat",
                f.pick(lang, "spike_chat", first=c.first),
                "outbound",
                attrs={"agent": r.choice(wd.AGENTS)},
            )
        else:
            eid = f.add(
                c,
                t,
                ch,
                "mention" if ch == "social" else "post",
                text + (" Padelvo" if ch == "social" else ""),
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth |= {
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if rep:
            ch2 = rep_ch.pop()
            if ch2 == ch:
                ch2 = "email" if ch != "email" else "chat"
            t2 = t + timedelta(minutes=r.randint(10, 60))
            text2 = f.pick(lang, "spike_repeat")
            rid = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                text2,
                subject=wd.W[lang]["subject_q"][0] if ch2 == "email" else None,
            )
            reps.append(rid)
            c.truth["repeat_event_id"] = rid
        if i in fixers:
            local = {"UK": 0, "IE": 0, "PT": 0}.get(c.country, 1)
            amount = {"UK": "£8", "CH": "CHF 9"}.get(c.country, "10 €")
            c.lang = lang
            agent_mail(
                f,
                c,
                s0 + timedelta(hours=3, minutes=r.randint(28, 40)),
                "spike_fixed",
                time=f"{20 + local}:55",
                amount=amount,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "padel-club app split payments fail for invited players and the court booking is cancelled automatically, error "
        + CODE,
        "about": "split payment failing for every club on Thursday evening; bookings cancelled",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


# ----------------------------------------------------------------- write --
def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def finish(f: Fam, planned: dict[str, int]) -> None:
    rows = sorted(f.rows, key=lambda x: (x.t, x.eid))
    seen_first: set[str] = set()
    lines = []
    for x in rows:
        c = x.cust
        full = x.direction == "outbound" or (x.direction == "inbound" and c.key not in seen_first)
        if x.direction == "inbound":
            seen_first.add(c.key)
        ids = dict(c.ids)
        if not full:
            keep = {
                "phone": "phone",
                "email": "email",
                "social": "handle",
                "community": "handle",
            }.get(x.channel, "customer_id")
            if keep == "handle" and not ids["handle"]:
                keep = "email"
            ids = {k: (v if k in (keep, "account_id") else None) for k, v in ids.items()}
            if keep == "handle" and f.rough.random() < 0.2:
                ids["handle"] = str(ids["handle"]).lstrip("@")
        lines.append(
            json.dumps(
                {
                    "event_id": x.eid,
                    "occurred_at": iso(x.t),
                    "channel": x.channel,
                    "kind": x.kind,
                    "direction": x.direction,
                    "customer": ids,
                    "text": x.text,
                    "subject": x.subject,
                    "scores": {
                        "nps": x.scores.get("nps"),
                        "csat": x.scores.get("csat"),
                        "ces": x.scores.get("ces"),
                    },
                    "source": SOURCE[x.channel],
                    "attributes": x.attrs,
                },
                ensure_ascii=False,
            )
        )
    expected: dict[str, int] = {}
    for c in f.custs.values():
        assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        assert c.key in seen_first, c.key
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    assert expected == planned, (f.name, expected, planned)
    end = max(f.start + timedelta(days=f.days), rows[-1].t + timedelta(hours=1))
    assert rows[0].t >= f.start and end < datetime(2026, 11, 15, tzinfo=UTC)
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Padelvo (padel clubs by app and web; Padelvo Empresa on account)",
            "days": f.days,
            "seed": SEED,
            "written": "2026-12-06",
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {k: c.truth for k, c in sorted(f.custs.items())},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


FAMILIES: list[tuple[str, str, str, int, Any, dict[str, int], str]] = [
    (
        "happy_writers",
        "hw",
        "2026-03-02",
        10,
        happy_writers,
        {},
        "happy day and night writers and survey answerers",
    ),
    (
        "one_bad_day",
        "bd",
        "2026-04-20",
        12,
        one_bad_day,
        {"detractor": 6},
        "happy customers with one angry day",
    ),
    (
        "repeat_contacts",
        "rc",
        "2026-06-08",
        10,
        repeat_contacts,
        {"repeat_contact": 12},
        "open problems raised again, fixed ones, frequent writers",
    ),
    (
        "slow_churners",
        "sc",
        "2026-07-06",
        32,
        slow_churners,
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
        "slides, leavers, steady, grumpy, sarcastic",
    ),
    ("quiet_hours", "qh", "2026-08-14", 3, quiet_hours, {}, "a calm weekend with night-owl bursts"),
    (
        "bilingual",
        "bl",
        "2026-09-07",
        14,
        bilingual,
        {"repeat_contact": 5, "sentiment_drop": 5},
        "customers writing in two languages",
    ),
    (
        "b2b_accounts",
        "bb",
        "2026-10-12",
        14,
        b2b_accounts,
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
        "Padelvo Empresa accounts",
    ),
    (
        "topic_spike",
        "ts",
        "2026-11-02",
        7,
        topic_spike,
        {"topic_spike": 1, "repeat_contact": 6},
        "a calm week and the planted incident",
    ),
]


def main() -> None:
    for n, (name, code, start, days, build, planned, about) in enumerate(FAMILIES, 1):
        f = Fam(name, code, n, datetime.fromisoformat(start).replace(tzinfo=UTC), days, about)
        build(f)
        finish(f, planned)


if __name__ == "__main__":
    main()
