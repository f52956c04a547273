# ruff: noqa: E501
"""Build heldout172/ (report only, written blind): python make_heldout172.py."""

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

import wording as W  # noqa: E402

SEED = 20261206
SURNAMES = (
    "Rossi",
    "Bianchi",
    "Esposito",
    "Garcia",
    "Lopez",
    "Martin",
    "Smith",
    "Dubois",
    "Muller",
    "Silva",
    "Ferri",
    "Ortega",
    "Navarro",
    "Conti",
    "Moreno",
    "Santos",
)
FIRST = {
    "it": ("Giulia", "Marco", "Chiara", "Luca"),
    "es": ("Lucia", "Pablo", "Irene", "Javier"),
    "en": ("Emma", "Jack"),
    "fr": ("Léa", "Hugo"),
    "de": ("Lena", "Felix"),
    "pt": ("Inês", "Tiago"),
}
LANG_W = (("it", 30), ("es", 30), ("en", 10), ("fr", 10), ("de", 10), ("pt", 10))
SOURCE = {
    "email": "vendimo-mail",
    "phone": "vendimo-voice",
    "social": "vendimo-social",
    "community": "vendimo-forum",
    "chat": "vendimo-chat",
    "web": "vendimo-web",
    "survey": "vendimo-survey",
}


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any] = field(default_factory=dict)


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    rng: random.Random
    rough: random.Random
    custs: list[Cust] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        account: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
    ) -> Cust:
        rng = self.rng
        if lang is None:
            lang = rng.choices([a for a, _ in LANG_W], [b for _, b in LANG_W])[0]
        market, prefix = W.MARKETS[lang]
        i = len(self.custs) + 1
        key = f"VD{self.code}{1000 + i * 7 + rng.randrange(5)}"
        first = rng.choice(FIRST[lang])
        sur = rng.choice(SURNAMES)
        name = f"{first} {sur}"
        plain = strip(first).lower()
        dom = (
            f"{account.lower()}.example"
            if account
            else rng.choice(("posta.example", "correo.example", "mail.example"))
        )
        email = f"{plain}.{sur.lower()}{i}{self.code.lower()}@{dom}"
        phone = f"{prefix}{rng.randrange(10**7, 10**8)}{i % 10}"
        handle = None if account else f"@{sur.lower()}_{plain}{i}{self.code.lower()}"
        c = Cust(key, lang, market, name, email, phone, handle, account)
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": name,
        }
        self.custs.append(c)
        return c

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

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
        self.n += 1
        eid = f"h172-{self.code.lower()}-{self.n:05d}"
        if text is not None and direction == "inbound" and channel not in ("phone", "survey"):
            text = roughen(text, self.rough)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        self.rows.append(
            {
                "event_id": eid,
                "t": t,
                "c": c,
                "channel": channel,
                "kind": kind,
                "direction": direction,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "attributes": a,
            }
        )
        return eid

    def reply(
        self, c: Cust, t: datetime, channel: str, text: str, subject: str | None = None
    ) -> str:
        kind = "chat" if channel == "chat" else "message"
        return self.add(
            c, t, channel, kind, text, "outbound", subject, attrs={"agent": "vendimo-care"}
        )


def strip(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def roughen(text: str, r: random.Random) -> str:
    x = r.random()
    if x < 0.14:
        words = text.split(" ")
        cands = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) > 4]
        if cands:
            i = r.choice(cands)
            w = words[i]
            j = r.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    elif x < 0.26 and text[:1].isupper():
        text = text[0].lower() + text[1:]
    elif x < 0.36:
        text = strip(text)
    return text


def case_ref(f: Fam) -> str:
    return f"VD-{f.rng.randrange(100000, 999999)}"


def day_hour(f: Fam, lo: float = 8.0, hi: float = 19.0) -> float:
    return round(f.rng.uniform(lo, hi), 3)


def happy_act(f: Fam, c: Cust, t: datetime) -> None:
    r, lang = f.rng, c.lang
    k = r.choice(("praise", "praise", "question", "call", "purchase", "review", "survey"))
    if c.account:
        k = r.choice(("question", "purchase", "survey"))
    if k == "praise":
        ch = r.choice(("social", "community"))
        f.add(c, t, ch, "post" if ch == "community" else "mention", r.choice(W.PRAISE[lang]))
    elif k == "question":
        q = W.B2B_ROUTINE[lang] if c.account else r.choice(W.QUESTION[lang])
        f.add(c, t, "chat", "chat", q)
        f.reply(c, t + timedelta(minutes=r.randint(1, 6)), "chat", W.ANSWER[lang])
        if r.random() < 0.6:
            f.add(
                c, t + timedelta(minutes=r.randint(8, 15)), "chat", "chat", r.choice(W.THANKS[lang])
            )
    elif k == "call":
        f.add(c, t, "phone", "call", r.choice(W.CALL_Q[lang]))
        f.reply(
            c, t + timedelta(minutes=r.randint(10, 30)), "email", W.ANSWER[lang], "Re: your call"
        )
    elif k == "purchase":
        prod = r.choice(W.PRODUCTS)
        f.add(c, t, "web", "page_view", None, attrs={"page": "/box"})
        f.add(
            c,
            t + timedelta(minutes=r.randint(2, 9)),
            "web",
            "purchase",
            None,
            attrs={
                "page": "/checkout",
                "product": prod,
                "order_value": f"{r.randint(29, 140)}.90",
                "currency": "EUR",
            },
        )
    elif k == "review":
        f.add(c, t, "web", "review", W.REVIEW[lang], attrs={"rating": "5", "page": "/reviews"})
    else:
        survey(f, c, t)


def survey(f: Fam, c: Cust, t: datetime) -> None:
    r = f.rng
    which = r.choice(("nps", "csat", "ces"))
    val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
    f.add(
        c,
        t,
        "survey",
        "survey_response",
        r.choice(W.SURVEY_WORDS[c.lang]) or None,
        scores={which: val},
        attrs={"survey": which},
    )


def happy_days(f: Fam, c: Cust, n: int, days: list[int]) -> None:
    for d in f.rng.sample(days, min(n, len(days))):
        happy_act(f, c, f.at(d, day_hour(f, 7, 19)))


def complain(f: Fam, c: Cust, t: datetime, prob: str, channel: str, long: bool = False) -> str:
    r, lang = f.rng, c.lang
    text = r.choice(W.COMPLAINT[lang][prob])
    if channel == "phone":
        return f.add(
            c, t, "phone", "call", W.CALL_COMPLAINT[lang].format(prob=W.CALL_PROB[lang][prob])
        )
    if long and lang in W.LONG_EMAIL:
        text = W.LONG_EMAIL[lang] + text + W.LONG_EMAIL_END[lang]
    kind = {
        "email": "message",
        "chat": "chat",
        "web": "ticket",
        "social": "mention",
        "community": "post",
    }[channel]
    attrs = {"page": "/help"} if channel == "web" else None
    return f.add(
        c, t, channel, kind, text, subject="Reclamo" if channel == "email" else None, attrs=attrs
    )


def all_days(f: Fam) -> list[int]:
    return list(range(f.days))


REPEAT_TOL = (
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
)


def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, f.rng.randint(5, 8), all_days(f))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(f.days - 1), 3):
            t = f.at(d, 22.2 + f.rng.uniform(0, 6))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "mention", f.rng.choice(W.NIGHT[c.lang]))
            else:
                f.add(c, t, "chat", "chat", f.rng.choice(W.NIGHT_CHAT[c.lang]))
                f.reply(c, t + timedelta(minutes=3), "chat", W.NIGHT_ANSWER[c.lang])
                f.add(c, t + timedelta(minutes=7), "chat", "chat", f.rng.choice(W.THANKS[c.lang]))
        happy_days(f, c, 2, all_days(f))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(all_days(f), 4):
            survey(f, c, f.at(d, day_hour(f)))


def one_bad_day(f: Fam) -> None:
    chans = ["email"] * 8 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    nps_left, csat_left, news_left, sorry_left = 6, 5, 12, 5
    for i, ch in enumerate(chans):
        prob = W.PROBLEMS[i % 6]
        c = f.person(
            "happy_one_bad_day",
            "one bad day",
            lang=("es", "it")[i % 2] if i < 4 else None,
            tolerated=("silence",),
        )
        bad = 2 + i % 8
        days = [d for d in all_days(f) if d <= bad - 2 or d >= bad + 3]
        happy_days(f, c, f.rng.randint(1, 4), days)
        t = f.at(bad, day_hour(f, 8, 20))
        eid = complain(f, c, t, prob, ch, long=i < 4)
        c.truth.update(
            problem=prob,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            channel=ch,
            long_email=i < 4,
            booking=None,
        )
        if ch == "social":
            continue
        case = case_ref(f)
        c.truth["booking"] = case
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=4), "chat", W.CASE_OPENED[c.lang].format(case=case))
        else:
            f.reply(
                c,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                "email",
                W.CASE_OPENED[c.lang].format(case=case),
                f"Re: {case}",
            )
        if nps_left and i % 3 == 0:
            nps_left -= 1
            v = f.rng.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                persona="bad_day_detractor",
                expected_rules=["detractor"],
                nps_given=True,
                nps=v,
                survey_event_id=sid,
            )
        elif csat_left and i % 3 == 1:
            csat_left -= 1
            v = f.rng.randint(1, 2)
            sid = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                None,
                scores={"csat": v},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, csat=v, survey_event_id=sid)
        if news_left:
            news_left -= 1
            f.reply(
                c,
                t + timedelta(hours=f.rng.uniform(1, 4)),
                "email",
                W.GOOD_NEWS[c.lang].format(case=case),
                f"Re: {case}",
            )
            c.truth["agent_fixed"] = True
            if sorry_left and i % 2 == 0:
                sorry_left -= 1
                at = t + timedelta(hours=f.rng.uniform(16, 24))
                aid = f.add(c, at, "chat", "chat", W.APOLOGY[c.lang])
                c.truth.update(apologised=True, apology_at=iso(at), apology_event_id=aid)
    for _ in range(8):
        c = f.person("happy", "control")
        happy_days(f, c, f.rng.randint(4, 7), all_days(f))


def repeat_run(f: Fam, c: Cust, first_day: int, times: int, lead: bool) -> None:
    r = f.rng
    happy_act(f, c, f.at(0, day_hour(f, 7, 12)))
    prob = r.choice(W.PROBLEMS)
    case = case_ref(f)
    comp = r.choice(W.COMPETITORS)
    t = f.at(first_day, day_hour(f, 8, 19))
    ch0 = r.choice(("web", "email", "chat"))
    ids = [complain(f, c, t, prob, ch0)]
    if ch0 == "chat":
        f.reply(c, t + timedelta(minutes=3), "chat", W.CASE_OPENED[c.lang].format(case=case))
    else:
        f.reply(
            c,
            t + timedelta(minutes=r.randint(10, 40)),
            "email",
            W.CASE_OPENED[c.lang].format(case=case),
            f"Re: {case}",
        )
    if lead:
        f.reply(
            c,
            t + timedelta(hours=r.uniform(1.5, 2.5)),
            "email",
            W.QUALITY_LEAD[c.lang].format(case=case),
            f"Re: {case}",
        )
    chans = [x for x in ("email", "chat", "phone", "social") if x != ch0]
    r.shuffle(chans)
    for k in range(1, times):
        t = t + timedelta(hours=r.uniform(4, 40))
        if t.hour >= 22 or t.hour < 7:
            t = (t + timedelta(hours=10)).replace(hour=8, minute=r.randint(0, 59))
        ch = chans[k - 1]
        line = W.STILL_OPEN[c.lang][min(k - 1, 2)].format(case=case, comp=comp)
        if ch == "phone":
            ids.append(
                f.add(c, t, "phone", "call", strip(line).lower().replace(".", "").replace(",", ""))
            )
        else:
            kind = {"email": "message", "chat": "chat", "social": "mention"}[ch]
            ids.append(
                f.add(c, t, ch, kind, line, subject=f"RE: {case}" if ch == "email" else None)
            )
            if ch == "chat":
                f.reply(c, t + timedelta(minutes=2), "chat", W.URGENT[c.lang].format(case=case))
    c.truth.update(
        problem=prob,
        booking=case,
        contacts=times,
        problem_event_ids=ids,
        trouble_starts_at=iso(f.at(first_day, 0)),
        agent_passed_on=lead,
        competitor=comp if times >= 3 else None,
    )


def fixed_run(f: Fam, c: Cust, day: int, lang2: str | None = None) -> dict[str, Any]:
    r = f.rng
    prob = r.choice(W.PROBLEMS)
    case = case_ref(f)
    t = f.at(day, day_hour(f, 8, 17))
    eid = complain(f, c, t, prob, "web")
    f.reply(
        c,
        t + timedelta(minutes=r.randint(10, 40)),
        "email",
        W.CASE_OPENED[c.lang].format(case=case),
        f"Re: {case}",
    )
    t2 = t + timedelta(hours=r.uniform(3, 6))
    f.reply(c, t2, "email", W.GOOD_NEWS[c.lang].format(case=case), f"Re: {case}")
    t3 = t2 + timedelta(hours=r.uniform(18, 26))
    cid = f.add(
        c,
        t3,
        "email",
        "message",
        W.CONFIRM[lang2 or c.lang].format(case=case),
        subject=f"Re: {case}",
    )
    return {
        "problem": prob,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(t2),
        "confirmed_at": iso(t3),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": "web",
        "confirm_channel": "email",
    }


def repeat_contacts(f: Fam) -> None:
    for i in range(12):
        c = f.person(
            "repeat_contact",
            "repeats",
            lang=("it", "es")[i % 2] if i < 8 else None,
            expected=("repeat_contact",),
            tolerated=REPEAT_TOL,
        )
        repeat_run(f, c, 1 + i % 4, 2 + i % 3, lead=i % 2 == 0)
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=("silence",))
        happy_act(f, c, f.at(0, day_hour(f, 7, 12)))
        p = fixed_run(f, c, 1 + i % 4)
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=("silence",))
        p1 = fixed_run(f, c, 1)
        p2 = fixed_run(f, c, 6)
        c.truth.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        happy_days(f, c, f.rng.randint(5, 8), all_days(f))


def slide(f: Fam, c: Cust, d0: int, span: int) -> list[str]:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    ids = []
    for k, line in enumerate(W.SLIDE[c.lang]):
        t = f.at(d0 + span * k / 5, day_hour(f, 9, 20))
        ch = r.choice(("social", "community", "web"))
        if ch == "web":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    line.format(comp=comp),
                    attrs={"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(
                f.add(c, t, ch, "mention" if ch == "social" else "post", line.format(comp=comp))
            )
    c.truth.update(
        slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=iso(f.at(d0, 0))
    )
    return ids


def praise_posts(f: Fam, c: Cust, n: int, days: list[int]) -> None:
    for d in f.rng.sample(days, n):
        f.add(
            c,
            f.at(d, day_hour(f, 8, 20)),
            f.rng.choice(("social", "community")),
            "post",
            f.rng.choice(W.PRAISE[c.lang]),
        )


def slow_churners(f: Fam) -> None:
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            lang=("it", "es")[i % 2] if i < 6 else None,
            expected=("sentiment_drop",),
            tolerated=(
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "repeat_contact",
                "silence",
            ),
        )
        praise_posts(f, c, f.rng.randint(4, 5), list(range(11)))
        happy_days(f, c, f.rng.randint(2, 4), list(range(11)))
        ids = slide(f, c, 12 + i % 5, (3, 5, 5, 9, 9)[i % 5])
        if i < 5:
            t = datetime.fromisoformat(
                next(r for r in f.rows if r["event_id"] == ids[3])["t"].isoformat()
            ) + timedelta(hours=3)
            sid = f.add(
                c,
                t,
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth["expected_rules"] = ["detractor", "sentiment_drop"]
            c.truth.update(nps_given=True, survey_event_id=sid)
    for i in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=("competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"),
        )
        happy_days(f, c, f.rng.randint(4, 6), list(range(16)))
        t = f.at(17 + i, day_hour(f, 9, 16))
        ask = f.add(c, t, "email", "message", W.CANCEL[c.lang], subject="Vendimo Club")
        f.reply(
            c,
            t + timedelta(hours=f.rng.uniform(1, 5)),
            "email",
            W.SORRY_GO[c.lang],
            "Re: Vendimo Club",
        )
        t2 = t + timedelta(hours=f.rng.uniform(20, 30))
        can = f.add(
            c,
            t2,
            "web",
            "cancellation",
            None,
            attrs={"page": "/club/cancel", "product": "Vendimo Club"},
        )
        c.truth.update(
            churn_intent_event_id=ask,
            cancellation_event_id=can,
            churn_at=iso(t2),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        happy_days(f, c, f.rng.randint(6, 10), all_days(f))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        ids = []
        d = f.rng.randint(0, 4)
        for _k in range(f.rng.randint(5, 7)):
            ids.append(
                f.add(
                    c,
                    f.at(d, day_hour(f)),
                    f.rng.choice(("social", "community")),
                    "post",
                    f.rng.choice(W.GRUMBLE[c.lang]),
                )
            )
            d += f.rng.randint(1, 3)
        c.truth.update(grumble_event_ids=ids, trouble_starts_at=iso(f.rows[-len(ids)]["t"]))
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        happy_days(f, c, 4, list(range(17)))
        c.truth["sarcasm_event_id"] = f.add(
            c, f.at(f.rng.randint(17, 28), day_hour(f)), "social", "mention", W.SARCASM[c.lang]
        )


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(3), f.rng.randint(1, 3)):
            happy_act(f, c, f.at(d, day_hour(f, 7, 17.5)))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.at(i % 3, day_hour(f, 9, 16))
        f.add(c, t, "web", "page_view", None, attrs={"page": "/cellar-search"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            g = f.add(c, t2, "chat", "chat", W.MILD[c.lang])
            f.reply(c, t2 + timedelta(minutes=3), "chat", W.ANSWER[c.lang])
        else:
            g = f.add(c, t2, "web", "ticket", W.MILD[c.lang], attrs={"page": "/help"})
            f.reply(c, t2 + timedelta(minutes=25), "email", W.ANSWER[c.lang], "Re: your message")
        c.truth.update(grumble_event_id=g, trouble_starts_at=iso(t2))
    for night in range(3):
        b0 = f.at(night + 1, f.rng.uniform(0.67, 1.08))
        for b, off in enumerate((0, f.rng.uniform(28, 33), f.rng.uniform(55, 65))):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = b0 + timedelta(minutes=off + f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", f.rng.choice(W.NIGHT_CHAT[c.lang]))
                    f.reply(c, t + timedelta(minutes=2), "chat", W.NIGHT_ANSWER[c.lang])
                    f.add(
                        c, t + timedelta(minutes=6), "chat", "chat", f.rng.choice(W.THANKS[c.lang])
                    )
                else:
                    e = f.add(c, t, "social", "mention", f.rng.choice(W.NIGHT[c.lang]))
                c.truth.update(burst_at=iso(b0 + timedelta(minutes=off)), night_event_id=e)
                if f.rng.random() < 0.5:
                    happy_act(f, c, f.at(f.rng.randint(0, 2), day_hour(f, 9, 17.5)))


PAIRS = [
    ("it", "es"),
    ("es", "it"),
    ("it", "en"),
    ("es", "en"),
    ("it", "fr"),
    ("es", "pt"),
    ("it", "de"),
    ("es", "fr"),
    ("pt", "es"),
    ("fr", "it"),
    ("en", "es"),
    ("de", "it"),
]


def bilingual(f: Fam) -> None:
    def two(
        i: int, persona: str, habit: str, exp: tuple[str, ...] = (), tol: tuple[str, ...] = ()
    ) -> tuple[Cust, str]:
        l1, l2 = PAIRS[i % len(PAIRS)]
        c = f.person(persona, habit, lang=l1, expected=exp, tolerated=tol)
        c.truth.update(languages=[l1, l2], job_second_language="works across the border")
        return c, l2

    for i in range(12):
        c, l2 = two(i, "happy", "alternates languages")
        for k, d in enumerate(sorted(f.rng.sample(all_days(f), f.rng.randint(5, 8)))):
            c.lang = (c.truth["language"], l2)[k % 2]
            happy_act(f, c, f.at(d, day_hour(f, 7, 19)))
        c.lang = c.truth["language"]
    for i in range(5):
        c, l2 = two(i + 3, "repeat_contact", "repeats", ("repeat_contact",), REPEAT_TOL)
        repeat_run(f, c, 2 + i % 4, (2, 2, 3, 3, 4)[i], lead=i >= 2)
    for i in range(5):
        c, l2 = two(
            i + 5,
            "slow_churner",
            "slides",
            ("sentiment_drop",),
            (
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "repeat_contact",
                "silence",
            ),
        )
        praise_posts(f, c, 5, list(range(6)))
        happy_days(f, c, 2, list(range(6)))
        c.lang = l2
        slide(f, c, 7 + i % 2, 3 + i % 3)
        c.lang = c.truth["language"]
    for i in range(3):
        c, l2 = two(i + 7, "happy_one_bad_day", "one bad day", tol=("silence",))
        happy_days(f, c, 3, [0, 1, 2, 3, 9, 10, 11, 12])
        c.lang = l2
        t = f.at(6, day_hour(f, 9, 18))
        e = complain(f, c, t, W.PROBLEMS[i], ("email", "email", "chat")[i])
        case = case_ref(f)
        f.reply(
            c,
            t + timedelta(minutes=20),
            "email",
            W.CASE_OPENED[l2].format(case=case),
            f"Re: {case}",
        )
        c.lang = c.truth["language"]
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=e,
            bad_day_language=l2,
            booking=case,
            trouble_starts_at=iso(t),
        )
    for i in range(2):
        c, l2 = two(i + 9, "resolved_between_contacts", "fixed", tol=("silence",))
        happy_act(f, c, f.at(0, 10))
        p = fixed_run(f, c, 3 + i, lang2=l2)
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"], confirm_language=l2)


def b2b_accounts(f: Fam) -> None:
    plan = (
        [
            ("at_risk", 5, 3),
            ("at_risk", 5, 3),
            ("at_risk", 6, 3),
            ("at_risk", 4, 4),
            ("at_risk", 5, 4),
        ]
        + [("one_unhappy", 3, 1)] * 4
        + [("mild", 4, 2)] * 3
        + [("happy", 3, 0)] * 3
    )
    sites = (
        "restaurant",
        "hotel",
        "wine bar",
        "caterer",
        "cruise line",
        "events",
        "office",
        "club",
    )
    for a, (kind, n, bad) in enumerate(plan):
        lang = (
            "it",
            "es",
            "it",
            "es",
            "de",
            "it",
            "es",
            "fr",
            "pt",
            "en",
            "it",
            "es",
            "de",
            "it",
            "es",
        )[a]
        acc = f"VDH-{W.MARKETS[lang][0]}-{2000 + a * 37}"
        prob = W.B2B_PROBLEMS[a % 4]
        case = case_ref(f)
        comp = W.COMPETITORS[a % 2]
        keys, unhappy = [], []
        tfirst = f.at(2, 9 + a * 0.3)
        for j in range(n):
            role = "contact"
            if kind == "at_risk" and j < bad:
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang,
                    acc,
                    ("detractor",) if j < bad - 1 else ("repeat_contact",),
                    (
                        "account_risk",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "sentiment_drop",
                        "silence",
                    ),
                )
                role = "complainer"
            elif kind == "one_unhappy" and j == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang,
                    acc,
                    ("detractor",),
                    ("high_value_at_risk", "sentiment_drop", "silence"),
                )
                role = "complainer"
            elif kind == "mild" and j < bad:
                c = f.person("b2b_mild", "suggests", lang, acc, (), ("silence",))
                role = "suggests"
            else:
                c = f.person("b2b_happy", "contact", lang, acc)
            c.truth.update(company=f"{acc} {sites[a % len(sites)]}", role=role, job_title="buyer")
            keys.append(c.key)
            if role == "contact":
                for d in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 5)):
                    happy_act(f, c, f.at(d, day_hour(f, 8, 16.5)))
                continue
            happy_act(f, c, f.at(f.rng.randint(0, 1), day_hour(f, 8, 16)))
            if role == "suggests":
                t = f.at(3 + j, day_hour(f, 9, 16))
                m = f.add(
                    c, t, "web", "ticket", W.B2B_SUGGEST[lang], attrs={"page": "/portal/feedback"}
                )
                f.reply(c, t + timedelta(minutes=30), "email", W.ANSWER[lang], "Re: suggestion")
                c.truth.update(mild_event_id=m, trouble_starts_at=iso(t))
                continue
            unhappy.append(c.key)
            t = (
                tfirst + timedelta(hours=j * 22 + f.rng.uniform(0, 4))
                if kind == "at_risk"
                else f.at(3 + a % 5, day_hour(f, 9, 16))
            )
            if t.weekday() >= 5:
                t += timedelta(days=7 - t.weekday())
            text = W.B2B_COMPLAINT[lang][prob]
            if kind == "at_risk" and j > 0:
                text = W.B2B_FOLLOW.format(first=f.custs[-1 - j].name.split()[0], case=case) + text
            e = f.add(c, t, "email", "message", text, subject=f"Reclamo: {case}")
            ids = [e]
            if j == 0 or kind != "at_risk":
                f.reply(
                    c,
                    t + timedelta(minutes=45),
                    "email",
                    W.CASE_OPENED[lang].format(case=case),
                    f"Re: {case}",
                )
            if "detractor" in c.truth["expected_rules"]:
                ids.append(
                    f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                )
            else:
                t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                if t2.weekday() >= 5:
                    t2 += timedelta(days=7 - t2.weekday())
                t2 = t2.replace(hour=f.rng.randint(9, 15))
                ids.append(
                    f.add(
                        c,
                        t2,
                        "email",
                        "message",
                        W.B2B_LAST.format(case=case, comp=comp),
                        subject=f"RE: {case}",
                    )
                )
            c.truth.update(
                complaint_event_ids=ids, trouble_starts_at=iso(t), problem=prob, booking=case
            )
        risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": f"{acc} {sites[a % len(sites)]}",
            "site": sites[a % len(sites)],
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": risk,
            "expected_rules": ["account_risk"] if risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if risk else None,
            "trouble_starts_at": iso(tfirst) if risk else None,
            "language": lang,
            "country": W.MARKETS[lang][0],
        }


def topic_spike(f: Fam) -> None:
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(6), f.rng.randint(1, 3)):
            happy_act(f, c, f.at(d, day_hour(f, 12, 19) if d == 3 else day_hour(f, 7, 19)))
    for lang, hour in (("it", 9.67), ("es", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=("silence",))
        t = f.at(2, hour)
        e = f.add(c, t, "chat", "chat", W.LONE_Q[lang])
        f.reply(c, t + timedelta(minutes=4), "chat", W.LONE_A)
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    langs = ["it"] * 7 + ["es"] * 7 + ["en", "en", "fr", "fr", "de", "pt"]
    chans = ["social"] * 5 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 3
    f.rng.shuffle(chans)
    s0 = f.at(3, 10 + 20 / 60)
    offs = sorted([0.0, 45.0] + [f.rng.uniform(1, 44) for _ in range(18)])
    keys: list[str] = []
    ev: list[str] = []
    rep: list[str] = []
    for i, lang in enumerate(langs):
        regular = i % 3 != 0
        c = f.person(
            "spike_reporter", "regular" if regular else "new", lang=lang, tolerated=("silence",)
        )
        if regular:
            happy_act(f, c, f.at(1, day_hour(f, 8, 17.5)))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.rng.choice(W.SPIKE[lang])
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            c,
            t,
            ch,
            kind,
            text,
            subject="Verifica età" if ch == "email" else None,
            attrs={"page": "/checkout"} if ch == "web" else None,
        )
        keys.append(c.key)
        ev.append(e)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=2), "chat", W.SPIKE_CHAT_ANSWER)
        if len(rep) < 6 and offs[i] <= 35 and i % 2 == 1:
            ch2 = "email" if ch != "email" else "chat"
            t2 = t + timedelta(minutes=f.rng.uniform(10, 60))
            r2 = f.add(
                c,
                t2,
                ch2,
                "message" if ch2 == "email" else "chat",
                W.SPIKE_AGAIN[lang],
                subject="Ancora" if ch2 == "email" else None,
            )
            rep.append(r2)
            c.truth.update(
                persona="spike_repeater",
                expected_rules=["repeat_contact"],
                tolerated_rules=["sentiment_drop", "silence"],
                repeat_event_id=r2,
            )
        elif i % 4 == 2:
            f.reply(c, f.at(3, 13.3), "email", W.SPIKE_FIXED, "Age check")
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "wine-club app age check rejects valid identity documents at checkout: no box can be paid",
        "about": "the planted incident",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": ev,
        "repeat_event_ids": rep,
    }


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def customer_ref(c: Cust, channel: str, full: bool) -> dict[str, str | None]:
    if full:
        return {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
    ref: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if channel == "phone":
        ref["phone"] = c.phone
    elif channel in ("social", "community"):
        if c.handle:
            ref["handle"] = c.handle
        else:
            ref["email"] = c.email
    elif channel == "email":
        ref["email"] = c.email
    else:
        ref["customer_id"] = c.key
    return ref


FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        happy_writers,
        "happy customers only",
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        one_bad_day,
        "happy customers with one angry moment",
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        repeat_contacts,
        "open problems raised again",
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        slow_churners,
        "slow slides, leavers, grumpy, sarcastic",
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        quiet_hours,
        "a calm weekend with night bursts",
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        bilingual,
        "customers writing in two languages",
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        b2b_accounts,
        "Vendimo Horeca accounts",
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        topic_spike,
        "a calm week and the planted incident",
    ),
]


def build(
    n: int, name: str, code: str, start: datetime, days: int, fn: Any, about: str
) -> tuple[str, str]:
    f = Fam(
        name, code, start, days, random.Random(SEED * 100 + n), random.Random(SEED * 100 + 50 + n)
    )
    fn(f)
    f.rows.sort(key=lambda r: (r["t"], r["event_id"]))
    seen: set[str] = set()
    out = []
    for r in f.rows:
        c: Cust = r["c"]
        full = r["direction"] == "outbound" or (r["direction"] == "inbound" and c.key not in seen)
        if r["direction"] == "inbound":
            seen.add(c.key)
        out.append(
            json.dumps(
                {
                    "event_id": r["event_id"],
                    "occurred_at": iso(r["t"]),
                    "channel": r["channel"],
                    "kind": r["kind"],
                    "direction": r["direction"],
                    "customer": customer_ref(c, r["channel"], full),
                    "text": r["text"],
                    "subject": r["subject"],
                    "scores": {
                        "nps": r["scores"].get("nps"),
                        "csat": r["scores"].get("csat"),
                        "ces": r["scores"].get("ces"),
                    },
                    "source": SOURCE[r["channel"]],
                    "attributes": r["attributes"],
                },
                ensure_ascii=False,
            )
        )
    last = max(r["t"] for r in f.rows)
    end = max(start + timedelta(days=days), last + timedelta(hours=1))
    assert end < datetime(2026, 11, 15, tzinfo=UTC), name
    expected: dict[str, int] = {}
    for c in f.custs:
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
        assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
    for acc in f.accounts.values():
        for rule in acc["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    truth = {
        "config": {
            "family": name,
            "about": about,
            "business": "Vendimo (wine club boxes, Vendimo Horeca on account)",
            "days": days,
            "seed": SEED * 100 + n,
            "written": "2026-12-06",
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(start),
        "end": iso(end),
        "customers": {c.key: c.truth for c in f.custs},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    return "\n".join(out) + "\n", json.dumps(
        truth, ensure_ascii=False, indent=1, sort_keys=True
    ) + "\n"


def main() -> None:
    for n, (name, code, start, days, fn, about) in enumerate(FAMILIES, 1):
        jsonl, truth = build(n, name, code, start, days, fn, about)
        (HERE / f"{name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{name}.truth.json").write_text(truth, encoding="utf-8")


if __name__ == "__main__":
    main()
