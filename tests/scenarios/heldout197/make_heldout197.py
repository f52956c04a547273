# ruff: noqa: E501
"""Build heldout197/ (Volaria, tandem paragliding): every <family>.jsonl and .truth.json.

Standard library only, fixed seed, one random.Random per family. Run from anywhere:
``python make_heldout197.py``. Written blind (see README.md).
"""

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
BRAND = "Volaria"
COMPS = ("Aliventa", "Thermicor")
END_LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
CURRENCY = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
SOURCES = {
    "email": "volaria-mail",
    "phone": "volaria-voice",
    "social": "volaria-social",
    "community": "volaria-forum",
    "chat": "volaria-chat",
    "web": "volaria-web",
    "survey": "volaria-survey",
}
KIND = {
    "email": "message",
    "phone": "call",
    "social": "post",
    "community": "post",
    "chat": "chat",
    "web": "ticket",
    "survey": "survey_response",
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
    truth: dict[str, Any]


@dataclass
class Row:
    ts: datetime
    seq: int
    cust: Cust
    data: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    rng: random.Random
    rough: random.Random
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n_event: int = 0
    n_case: int = 0

    def at(self, day: float, hour: float, minute: float = 0.0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def case(self) -> str:
        self.n_case += 1
        return f"VL-{self.code.upper()}{self.n_case:04d}{self.rng.randint(10, 99)}"

    def person(
        self,
        persona: str,
        habit: str,
        lang: str,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        market: str | None = None,
        **extra: Any,
    ) -> Cust:
        n = len(self.custs) + 1
        key = f"VL{self.code.upper()}{n:04d}"
        first = self.rng.choice(W.FIRST[lang])
        last = self.rng.choice(W.LAST[lang])
        mk = market or self.rng.choice(W.MARKETS[lang])
        plain = strip(f"{first}.{last}").lower().replace(" ", "")
        if account:
            dom = self.accounts[account]["domain"]
            email = f"{plain}.{self.code}{n}@{dom}"
            handle = None
        else:
            email = f"{plain}{self.code}{n}@mail{n % 7}.example"
            handle = (
                None
                if self.rng.random() < 0.25
                else f"@{strip(last).lower()}_{strip(first).lower()}{self.code}{n}"
            )
        pre = W.PHONE_PREFIX[mk]
        phone = f"{pre} {self.rng.randint(100, 999)} {n:03d} {ord(self.code[0]) % 100:02d}{ord(self.code[1]) % 10}"
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        truth.update(extra)
        c = Cust(key, lang, mk, first, email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    def add(
        self,
        ts: datetime,
        c: Cust,
        channel: str,
        text: str | None,
        direction: str = "inbound",
        subject: str | None = None,
        kind: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        agent: str | None = None,
    ) -> str:
        self.n_event += 1
        eid = f"h197-{self.code}-{self.n_event:05d}"
        if direction == "inbound" and channel not in ("phone", "survey") and text:
            text = self.roughen(text)
        a: dict[str, str] = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if agent:
            a["agent"] = agent
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        data: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind or KIND[channel],
            "direction": direction,
            "text": text or None,
            "subject": subject,
            "scores": sc,
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(Row(ts, self.n_event, c, data))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if len(w) >= 5 and w.isalpha() and w.islower()
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randint(1, len(w) - 3)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        if r.random() < 1 / 8 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 10:
            text = strip(text)
        return text

    def agent(self) -> str:
        return self.rng.choice(["Margaux", "Paolo", "Nadia", "Enzo", "Ruth", "Tobias"])


def strip(s: str) -> str:
    s = (
        s.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    out = "".join(
        ch
        for ch in unicodedata.normalize("NFD", s)
        if unicodedata.category(ch) != "Mn" or ch == "\u0303"
    )
    return unicodedata.normalize("NFC", out)


def fmt(s: str, **kw: str) -> str:
    base = {"brand": BRAND, "code": W.SPIKE_CODE}
    base.update(kw)
    return s.format(**base)


def money(c: Cust, eur: int) -> str:
    if c.market in CURRENCY:
        cur, rate = CURRENCY[c.market]
        v = round(eur * rate)
        return f"£{v}" if cur == "GBP" else f"CHF {v}"
    return f"{eur} €"


def daytime(ts: datetime) -> datetime:
    if ts.hour >= 22:
        return ts.replace(hour=8, minute=ts.minute % 50) + timedelta(days=1)
    if ts.hour < 7:
        return ts.replace(hour=8, minute=ts.minute % 50)
    return ts


# ------------------------------------------------------------------ acts --
def happy_act(
    f: Fam,
    c: Cust,
    ts: datetime,
    kinds: tuple[str, ...] = (
        "praise",
        "gripe",
        "question",
        "call",
        "buy",
        "view",
        "review",
        "survey",
    ),
) -> None:
    r = f.rng
    k = r.choice(kinds)
    L = c.lang
    if k == "praise":
        f.add(ts, c, r.choice(["social", "community"]), fmt(r.choice(W.PRAISE[L])))
    elif k == "gripe":
        ch = r.choice(["social", "community", "web"])
        f.add(
            ts,
            c,
            ch,
            fmt(r.choice(W.PRAISE_GRIPE[L])),
            kind="review" if ch == "web" else None,
            attrs={"rating": "4", "page": "/avis"} if ch == "web" else None,
        )
    elif k == "question":
        q, a = r.choice(W.QUESTIONS[L])
        f.add(ts, c, "chat", q)
        t2 = ts + timedelta(minutes=r.randint(1, 6))
        f.add(t2, c, "chat", a, direction="outbound", agent=f.agent())
        if r.random() < 0.6:
            f.add(t2 + timedelta(minutes=r.randint(1, 4)), c, "chat", r.choice(W.THANKS[L]))
    elif k == "call":
        f.add(ts, c, "phone", r.choice(W.CALL_Q[L]))
        f.add(
            ts + timedelta(minutes=r.randint(15, 50)),
            c,
            "email",
            fmt(W.CALL_FOLLOWUP[L], name=c.name),
            direction="outbound",
            agent=f.agent(),
        )
    elif k == "buy":
        f.add(ts, c, "web", "", kind="page_view", attrs={"page": "/vols"})
        prod = r.choice(W.PRODUCTS[L])
        val = r.choice([89, 129, 169, 390])
        cur = CURRENCY.get(c.market, ("EUR", 1.0))
        f.add(
            ts + timedelta(minutes=r.randint(3, 15)),
            c,
            "web",
            "",
            kind="purchase",
            attrs={
                "order_value": f"{val * cur[1]:.2f}",
                "currency": cur[0],
                "product": prod,
                "page": "/checkout",
            },
        )
    elif k == "view":
        f.add(
            ts,
            c,
            "web",
            "",
            kind="page_view",
            attrs={"page": r.choice(["/vols", "/club", "/sites", "/cadeaux"])},
        )
    elif k == "review":
        f.add(
            ts,
            c,
            "web",
            fmt(r.choice(W.REVIEW[L])),
            kind="review",
            attrs={"rating": "5", "page": "/avis"},
        )
    else:
        survey(f, c, ts)


def survey(f: Fam, c: Cust, ts: datetime) -> None:
    r = f.rng
    which = r.choice(["nps", "csat", "ces"])
    val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
    f.add(
        ts,
        c,
        "survey",
        r.choice(W.SURVEY_WORD[c.lang]) or None,
        scores={which: val},
        attrs={"survey": which},
    )


def day_acts(
    f: Fam,
    c: Cust,
    n: int,
    d0: int,
    d1: int,
    h0: float = 7.5,
    h1: float = 19.0,
    kinds: tuple[str, ...] | None = None,
) -> None:
    days = f.rng.sample(range(d0, d1 + 1), min(n, d1 - d0 + 1))
    for d in days:
        ts = f.at(d, f.rng.uniform(h0, h1))
        if kinds:
            happy_act(f, c, ts, kinds)
        else:
            happy_act(f, c, ts)


def pick_lang(r: random.Random) -> str:
    return str(r.choices(W.LANGS, weights=(30, 30, 10, 10, 10, 10))[0])


def complaint_text(f: Fam, c: Cust, problem: str, amount: int = 129) -> str:
    return fmt(f.rng.choice(W.PROBLEM_SHORT[problem][c.lang]), amount=money(c, amount))


def subj(c: Cust, case: str | None, problem: str | None = None) -> str:
    if case:
        return f"{W.SUBJ_RE[c.lang]} {case}"
    return f"{W.SUBJ_COMPLAINT[c.lang]}: {problem}"


# -------------------------------------------------------------- families --
def happy_writers(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer", pick_lang(r))
        day_acts(f, c, r.randint(5, 8), 0, 9)
    for _ in range(5):
        c = f.person("happy", "night writer", pick_lang(r))
        for d in r.sample(range(0, 9), r.randint(2, 4)):
            ts = f.at(d, 22, r.randint(12, 59)) + timedelta(hours=r.choice([0, 2, 4]))
            if r.random() < 0.5:
                f.add(ts, c, r.choice(["social", "community"]), fmt(r.choice(W.NIGHT_POST[c.lang])))
            else:
                q, a = r.choice(W.NIGHT_CHAT[c.lang])
                f.add(ts, c, "chat", q)
                f.add(
                    ts + timedelta(minutes=r.randint(2, 6)),
                    c,
                    "chat",
                    a,
                    direction="outbound",
                    agent=f.agent(),
                )
                f.add(
                    ts + timedelta(minutes=r.randint(8, 12)), c, "chat", r.choice(W.THANKS[c.lang])
                )
        day_acts(f, c, r.randint(2, 3), 0, 9, 9, 18, ("praise", "buy", "view", "review"))
    for _ in range(5):
        c = f.person("happy", "answers surveys", pick_lang(r))
        for d in r.sample(range(0, 10), r.randint(3, 6)):
            survey(f, c, f.at(d, r.uniform(8, 20)))


def bad_day(
    f: Fam, c: Cust, ts: datetime, channel: str, problem: str, long_email: bool
) -> tuple[str, str | None, datetime]:
    r = f.rng
    text = complaint_text(f, c, problem)
    case: str | None = None
    if channel == "email" and long_email:
        body = fmt(r.choice(W.LONG_EMAIL[c.lang]), problem=text, name=c.truth["name"])
        eid = f.add(ts, c, "email", body, subject=subj(c, None, problem))
    elif channel == "phone":
        eid = f.add(
            ts,
            c,
            "phone",
            fmt(
                W.CALL_COMPLAINT[c.lang],
                problem=strip(text).lower().replace("!", "").replace("?", "").replace(",", ""),
            ),
        )
    else:
        eid = f.add(
            ts, c, channel, text, subject=subj(c, None, problem) if channel == "email" else None
        )
    if channel == "chat":
        case = f.case()
        f.add(
            ts + timedelta(minutes=r.randint(2, 6)),
            c,
            "chat",
            fmt(W.CASE_OPENED[c.lang], name=c.name, case=case),
            direction="outbound",
            agent=f.agent(),
        )
    elif channel != "social":
        case = f.case()
        f.add(
            daytime(ts + timedelta(minutes=r.randint(10, 40))),
            c,
            "email",
            fmt(W.CASE_OPENED[c.lang], name=c.name, case=case),
            direction="outbound",
            subject=subj(c, case),
            agent=f.agent(),
        )
    return eid, case, ts


def one_bad_day(f: Fam) -> None:
    r = f.rng
    chans = ["email"] * 8 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(problems)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(r.sample(with_case, 6))
    csat = set(r.sample([i for i in with_case if i not in det], 5))
    good = set(r.sample(with_case, 12))
    apol = set(r.sample(sorted(good), 5))
    for i, ch in enumerate(chans):
        lang = "fr" if i in (0, 1) else "it" if i in (2, 3) else pick_lang(r)
        bd = r.randint(2, 9)
        persona = "bad_day_detractor" if i in det else "happy_one_bad_day"
        c = f.person(
            persona,
            "one bad day",
            lang,
            expected=("detractor",) if i in det else (),
            tolerated=("silence",),
        )
        ok_days = [d for d in range(0, 12) if d <= bd - 2 or d >= bd + 3]
        for d in r.sample(ok_days, min(len(ok_days), r.randint(1, 5))):
            happy_act(
                f,
                c,
                f.at(d, r.uniform(8, 19)),
                ("praise", "question", "buy", "view", "review", "gripe"),
            )
        ts = f.at(bd, r.uniform(8, 20))
        eid, case, _ = bad_day(f, c, ts, ch, problems[i], long_email=i < 4)
        c.truth.update(
            {
                "problem": problems[i],
                "bad_day_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "bad_day_event_id": eid,
                "trouble_starts_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": ch,
                "booking": case,
                "long_email": i < 4,
                "nps_given": False,
                "csat_given": False,
                "agent_fixed": False,
                "apologised": False,
            }
        )
        if i in det:
            nps = r.randint(1, 5)
            sid = f.add(
                ts + timedelta(minutes=r.randint(100, 140)),
                c,
                "survey",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
        elif i in csat:
            v = r.randint(1, 2)
            sid = f.add(
                ts + timedelta(minutes=r.randint(40, 80)),
                c,
                "survey",
                r.choice(["", "nul", "pessimo", "bof"]) or None,
                scores={"csat": v},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": v, "survey_event_id": sid})
        if i in good and case:
            f.add(
                daytime(ts + timedelta(hours=r.uniform(1, 4))),
                c,
                "email",
                fmt(W.GOOD_NEWS[c.lang], name=c.name, case=case),
                direction="outbound",
                subject=subj(c, case),
                agent=f.agent(),
            )
            c.truth["agent_fixed"] = True
            if i in apol:
                at = daytime(ts + timedelta(hours=r.uniform(16, 24)))
                aid = f.add(at, c, r.choice(["chat", "email"]), fmt(r.choice(W.APOLOGY[c.lang])))
                c.truth.update(
                    {
                        "apologised": True,
                        "apology_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "apology_event_id": aid,
                    }
                )
    for _ in range(8):
        c = f.person("happy", "control", pick_lang(r))
        day_acts(
            f,
            c,
            r.randint(4, 7),
            0,
            11,
            kinds=("praise", "question", "buy", "view", "review", "call"),
        )


def repeat_run(
    f: Fam,
    c: Cust,
    start: datetime,
    times: int,
    problem: str,
    passed_on: bool,
    alt: str | None = None,
) -> list[str]:
    r = f.rng
    chans = ["web", "email", "chat", "phone", "social"]
    first_ch = r.choice(["web", "email", "chat", "phone"])
    order = [first_ch, *r.sample([x for x in chans if x != first_ch], times - 1)]
    text = complaint_text(f, c, problem)
    case = f.case()
    ids = []
    if first_ch == "phone":
        ids.append(
            f.add(
                start,
                c,
                "phone",
                fmt(
                    W.CALL_COMPLAINT[c.lang],
                    problem=strip(text).lower().replace("!", "").replace("?", "").replace(",", ""),
                ),
            )
        )
    else:
        ids.append(
            f.add(
                start,
                c,
                first_ch,
                text,
                subject=subj(c, None, problem) if first_ch == "email" else None,
            )
        )
    if first_ch == "chat":
        f.add(
            start + timedelta(minutes=3),
            c,
            "chat",
            fmt(W.CASE_OPENED[c.lang], name=c.name, case=case),
            direction="outbound",
            agent=f.agent(),
        )
    if passed_on:
        f.add(
            daytime(start + timedelta(hours=r.uniform(1.5, 2.5))),
            c,
            "email",
            fmt(W.ESCALATED[c.lang], name=c.name, case=case),
            direction="outbound",
            subject=subj(c, case),
            agent=f.agent(),
        )
    elif first_ch != "chat":
        f.add(
            daytime(start + timedelta(minutes=r.randint(10, 40))),
            c,
            "email",
            fmt(W.CASE_OPENED[c.lang], name=c.name, case=case),
            direction="outbound",
            subject=subj(c, case),
            agent=f.agent(),
        )
    ts = start
    comp = r.choice(COMPS)
    for k in range(1, times):
        ts = daytime(ts + timedelta(hours=r.uniform(4, 40)))
        L = alt if alt and k % 2 else c.lang
        line = (
            fmt(r.choice(W.REPEAT_LINE[L]), case=case)
            + " "
            + (
                complaint_text(f, c, problem)
                if c.lang == L
                else fmt(r.choice(W.PROBLEM_SHORT[problem][L]), amount=money(c, 129))
            )
        )
        if k == 2:
            line += fmt(W.THIRD_LINE[L], comp=comp)
        if k == 3:
            line += W.FOURTH_LINE[L]
        ch = order[k]
        if ch == "phone":
            line = (
                strip(line)
                .lower()
                .replace("!", "")
                .replace("?", "")
                .replace(",", "")
                .replace(".", "")
                .replace(":", "")
            )
        ids.append(f.add(ts, c, ch, line, subject=subj(c, case) if ch == "email" else None))
        if ch == "chat":
            f.add(
                ts + timedelta(minutes=r.randint(2, 5)),
                c,
                "chat",
                fmt(W.URGENT[c.lang], case=case),
                direction="outbound",
                agent=f.agent(),
            )
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "channels": order,
            "problem_event_ids": ids,
            "agent_passed_on": passed_on,
            "competitor": comp if times >= 3 else None,
            "trouble_starts_at": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    )
    return ids


REPEAT_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def fixed_case(
    f: Fam, c: Cust, start: datetime, problem: str, lang2: str | None = None
) -> dict[str, Any]:
    r = f.rng
    case = f.case()
    eid = f.add(start, c, "web", complaint_text(f, c, problem), attrs={"page": "/contact"})
    f.add(
        daytime(start + timedelta(minutes=r.randint(10, 40))),
        c,
        "email",
        fmt(W.CASE_OPENED[c.lang], name=c.name, case=case),
        direction="outbound",
        subject=subj(c, case),
        agent=f.agent(),
    )
    fix = daytime(start + timedelta(hours=r.uniform(3, 20)))
    L2 = lang2 or c.lang
    f.add(
        fix,
        c,
        "email",
        fmt(W.GOOD_NEWS[L2], name=c.name, case=case),
        direction="outbound",
        subject=f"{W.SUBJ_RE[L2]} {case}",
        agent=f.agent(),
    )
    conf = daytime(fix + timedelta(hours=r.uniform(8, 30)))
    ch = r.choice(["email", "chat"])
    cid = f.add(
        conf,
        c,
        ch,
        fmt(r.choice(W.CONFIRM[L2]), case=case),
        subject=f"{W.SUBJ_RE[L2]} {case}" if ch == "email" else None,
    )
    fstr = "%Y-%m-%dT%H:%M:%SZ"
    return {
        "problem": problem,
        "booking": case,
        "raised_at": start.strftime(fstr),
        "fixed_at": fix.strftime(fstr),
        "confirmed_at": conf.strftime(fstr),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts(f: Fam) -> None:
    r = f.rng
    times = [2] * 4 + [3] * 4 + [4] * 4
    passed = set(r.sample(range(12), 6))
    for i, t in enumerate(times):
        c = f.person(
            "repeat_contact",
            "repeats",
            ["fr", "it"][i % 2] if i < 6 else pick_lang(r),
            expected=("repeat_contact",),
            tolerated=REPEAT_TOL,
        )
        day_acts(f, c, r.randint(1, 3), 0, 0, 7, 12, ("praise", "view", "question"))
        repeat_run(
            f, c, f.at(r.randint(1, 4), r.uniform(8, 19)), t, r.choice(W.PROBLEMS), i in passed
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", pick_lang(r), tolerated=("silence",))
        day_acts(f, c, 1, 0, 0, 8, 11, ("praise", "view"))
        pr = fixed_case(f, c, f.at(r.randint(1, 4), r.uniform(8, 18)), r.choice(W.PROBLEMS))
        c.truth.update({"problems": [pr], "trouble_starts_at": pr["raised_at"]})
    for _ in range(3):
        c = f.person("different_problems", "two problems", pick_lang(r), tolerated=("silence",))
        p1, p2 = r.sample(W.PROBLEMS, 2)
        a = fixed_case(f, c, f.at(1, r.uniform(9, 17)), p1)
        b = fixed_case(f, c, f.at(r.randint(5, 6), r.uniform(9, 17)), p2)
        c.truth.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer", pick_lang(r))
        day_acts(
            f, c, r.randint(5, 8), 0, 9, kinds=("question", "question", "call", "buy", "praise")
        )


SLIDER_TOL = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def slide(f: Fam, c: Cust, d0: int, span: int, alt: str | None = None) -> list[str]:
    r = f.rng
    comp = r.choice(COMPS)
    ids: list[str] = []
    ts = f.at(d0, r.uniform(9, 12))
    gaps = sorted(r.uniform(0, span) for _ in range(5))
    ratings = ["3", "3", "2", "2", "1", "1"]
    for k in range(6):
        L = (alt if alt and k % 2 else c.lang) if alt else c.lang
        t = f.at(d0, 9) + timedelta(days=gaps[k - 1] if k else 0, hours=r.uniform(0, 9))
        t = daytime(max(t, ts + timedelta(hours=1)) if k else t)
        ts = t
        text = fmt(W.SLIDE[L][k], amount=W.SLIDE_AMOUNT[L], comp=comp)
        ch = r.choice(["social", "community", "web"])
        ids.append(
            f.add(
                t,
                c,
                ch,
                text,
                kind="review" if ch == "web" else None,
                attrs={"rating": ratings[k], "page": "/avis"} if ch == "web" else None,
            )
        )
        if k == 3:
            c.truth["fourth_step_at"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": f.rows[-6].data["occurred_at"],
        }
    )
    return ids


def slow_churners(f: Fam) -> None:
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    det = set(r.sample(range(10), 5))
    for i, sp in enumerate(spans):
        exp = ("sentiment_drop", "detractor") if i in det else ("sentiment_drop",)
        c = f.person(
            "slow_churner",
            "slides",
            ["fr", "it"][i % 2] if i < 6 else pick_lang(r),
            expected=exp,
            tolerated=SLIDER_TOL,
        )
        for d in r.sample(range(0, 11), r.randint(4, 5)):
            f.add(
                f.at(d, r.uniform(8, 19)),
                c,
                r.choice(["social", "community"]),
                fmt(r.choice(W.PRAISE[c.lang])),
            )
        day_acts(f, c, r.randint(2, 4), 0, 10, kinds=("buy", "view", "question", "review"))
        ids = slide(f, c, r.randint(12, 16), sp)
        c.truth["nps_given"] = i in det
        if i in det:
            t4 = datetime.strptime(c.truth["fourth_step_at"], "%Y-%m-%dT%H:%M:%SZ").replace(
                tzinfo=UTC
            )
            nps = r.randint(1, 5)
            sid = f.add(
                daytime(t4 + timedelta(hours=r.uniform(2.5, 3.5))),
                c,
                "survey",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps": nps, "survey_event_id": sid})
        del ids
    for i in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            ["fr", "it"][i % 2] if i < 4 else pick_lang(r),
            expected=("churn_intent",),
            tolerated=("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        day_acts(f, c, r.randint(4, 6), 0, 15, kinds=("praise", "buy", "view", "review"))
        ts = f.at(r.randint(17, 23), r.uniform(8, 19))
        ask = f.add(ts, c, "email", fmt(r.choice(W.CANCEL_REQ[c.lang])), subject="Club")
        f.add(
            daytime(ts + timedelta(hours=r.uniform(1, 5))),
            c,
            "email",
            fmt(W.SORRY_GO[c.lang], name=c.name),
            direction="outbound",
            subject="Club",
            agent=f.agent(),
        )
        ct = daytime(ts + timedelta(hours=r.uniform(20, 30)))
        can = f.add(
            ct,
            c,
            "web",
            "",
            kind="cancellation",
            attrs={"page": "/club/resilier", "product": "Volaria Club"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": ask,
                "cancellation_event_id": can,
                "churn_at": ct.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "trouble_starts_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady", pick_lang(r))
        day_acts(f, c, r.randint(6, 10), 0, 31)
    for _ in range(5):
        c = f.person(
            "steadily_grumpy", "grumbles", pick_lang(r), tolerated=("repeat_contact", "silence")
        )
        d = r.randint(0, 4)
        gids = []
        for _k in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web"])
            gids.append(
                f.add(
                    f.at(d, r.uniform(8, 20)),
                    c,
                    ch,
                    r.choice(W.GRUMBLE[c.lang]),
                    kind="review" if ch == "web" else None,
                    attrs={"rating": "3", "page": "/avis"} if ch == "web" else None,
                )
            )
            d += r.randint(1, 3)
        c.truth.update(
            {"grumble_event_ids": gids, "trouble_starts_at": f.rows[-len(gids)].data["occurred_at"]}
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", pick_lang(r), tolerated=("silence",))
        day_acts(f, c, r.randint(3, 5), 0, 15, kinds=("praise", "buy", "view", "review"))
        sid = f.add(
            f.at(r.randint(17, 28), r.uniform(9, 20)), c, "social", fmt(r.choice(W.SARCASM[c.lang]))
        )
        c.truth["sarcasm_event_id"] = sid


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer", pick_lang(r))
        day_acts(
            f, c, r.randint(1, 3), 0, 2, 7, 17.5, ("praise", "buy", "view", "question", "review")
        )
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", pick_lang(r), tolerated=("silence",))
        ts = f.at(r.randint(0, 2), r.uniform(9, 17))
        happy_act(f, c, ts, ("view",))
        t2 = ts + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            gid = f.add(t2, c, "chat", r.choice(W.MILD[c.lang]))
            f.add(
                t2 + timedelta(minutes=3),
                c,
                "chat",
                fmt(W.MILD_ACK[c.lang], name=c.name),
                direction="outbound",
                agent=f.agent(),
            )
        else:
            gid = f.add(t2, c, "web", r.choice(W.MILD[c.lang]), attrs={"page": "/contact"})
            f.add(
                t2 + timedelta(minutes=25),
                c,
                "email",
                fmt(W.MILD_ACK[c.lang], name=c.name),
                direction="outbound",
                agent=f.agent(),
            )
        c.truth.update(
            {"grumble_event_id": gid, "trouble_starts_at": t2.strftime("%Y-%m-%dT%H:%M:%SZ")}
        )
    for night in range(3):
        b0 = f.at(night + 1, 0, r.randint(40, 65))
        for b, off in enumerate((0, r.randint(28, 33), r.randint(55, 65))):
            bs = b0 + timedelta(minutes=off)
            for _k in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}", pick_lang(r))
                ts = bs + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    nid = f.add(
                        ts,
                        c,
                        r.choice(["social", "community"]),
                        fmt(r.choice(W.NIGHT_POST[c.lang])),
                    )
                else:
                    q, a = r.choice(W.NIGHT_CHAT[c.lang])
                    nid = f.add(ts, c, "chat", q)
                    f.add(
                        ts + timedelta(minutes=r.randint(2, 5)),
                        c,
                        "chat",
                        a,
                        direction="outbound",
                        agent=f.agent(),
                    )
                    f.add(
                        ts + timedelta(minutes=r.randint(7, 11)),
                        c,
                        "chat",
                        r.choice(W.THANKS[c.lang]),
                    )
                c.truth.update(
                    {"burst_at": bs.strftime("%Y-%m-%dT%H:%M:%SZ"), "night_event_id": nid}
                )
                if r.random() < 0.5:
                    happy_act(
                        f, c, f.at(r.randint(0, 2), r.uniform(9, 17.5)), ("praise", "buy", "view")
                    )


PAIRS = [
    ("fr", "it"),
    ("it", "fr"),
    ("fr", "en"),
    ("it", "de"),
    ("fr", "de"),
    ("it", "en"),
    ("fr", "pt"),
    ("it", "es"),
    ("fr", "es"),
    ("it", "pt"),
    ("de", "fr"),
    ("en", "it"),
    ("es", "fr"),
    ("pt", "it"),
]


def alt_person(f: Fam, i: int, persona: str, habit: str, **kw: Any) -> tuple[Cust, str]:
    a, b = PAIRS[i % len(PAIRS)]
    c = f.person(persona, habit, a, languages=[a, b], **kw)
    return c, b


def bilingual(f: Fam) -> None:
    r = f.rng
    n = 0
    for _ in range(12):
        c, b = alt_person(f, n, "happy", "alternates languages")
        n += 1
        for k, d in enumerate(sorted(r.sample(range(0, 14), r.randint(5, 8)))):
            L = c.lang if k % 2 == 0 else b
            f.add(
                f.at(d, r.uniform(8, 19)),
                c,
                r.choice(["social", "community", "chat"]),
                fmt(r.choice(W.PRAISE[L])),
            )
    for t in (2, 2, 3, 3, 4):
        c, b = alt_person(
            f, n, "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=REPEAT_TOL
        )
        n += 1
        day_acts(f, c, r.randint(1, 3), 0, 1, kinds=("praise", "view"))
        keep = c.lang
        start = f.at(r.randint(2, 5), r.uniform(8, 18))
        ids = repeat_run(f, c, start, t, r.choice(W.PROBLEMS), t >= 3, alt=b)
        c.lang = keep
        del ids
    for _ in range(5):
        c, b = alt_person(
            f, n, "slow_churner", "slides", expected=("sentiment_drop",), tolerated=SLIDER_TOL
        )
        n += 1
        for k, d in enumerate(sorted(r.sample(range(0, 6), 5))):
            f.add(
                f.at(d, r.uniform(8, 19)),
                c,
                r.choice(["social", "community"]),
                fmt(r.choice(W.PRAISE[c.lang if k % 2 == 0 else b])),
            )
        day_acts(f, c, r.randint(1, 3), 0, 6, kinds=("buy", "view"))
        slide(f, c, r.randint(7, 8), r.randint(3, 5), alt=b)
    for k in range(3):
        c, b = alt_person(f, n, "happy_one_bad_day", "one bad day", tolerated=("silence",))
        n += 1
        day_acts(f, c, 3, 0, 4, kinds=("praise", "view", "buy"))
        keep = c.lang
        c.lang = b
        ts = f.at(r.randint(7, 10), r.uniform(9, 18))
        eid, case, _ = bad_day(
            f, c, ts, ["email", "email", "chat"][k], r.choice(W.PROBLEMS), long_email=k == 0
        )
        if k < 2 and case:
            f.add(
                daytime(ts + timedelta(hours=r.uniform(1, 4))),
                c,
                "email",
                fmt(W.GOOD_NEWS[b], name=c.name, case=case),
                direction="outbound",
                subject=f"{W.SUBJ_RE[b]} {case}",
                agent=f.agent(),
            )
        if k == 1:
            f.add(
                daytime(ts + timedelta(hours=r.uniform(18, 24))),
                c,
                "chat",
                fmt(r.choice(W.APOLOGY[b])),
            )
        c.lang = keep
        c.truth.update(
            {
                "bad_day_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "bad_day_event_id": eid,
                "bad_day_language": b,
                "booking": case,
                "trouble_starts_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
    for _ in range(2):
        c, b = alt_person(f, n, "resolved_between_contacts", "fixed", tolerated=("silence",))
        n += 1
        pr = fixed_case(
            f, c, f.at(r.randint(3, 6), r.uniform(9, 17)), r.choice(W.PROBLEMS), lang2=b
        )
        c.truth.update(
            {"problems": [pr], "confirm_language": b, "trouble_starts_at": pr["raised_at"]}
        )


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    risk_problems = ["invoice", "portal", "overbilled", "no_show_group", "invoice"]
    sizes = {
        "at_risk": [5, 4, 6, 5, 4],
        "one_unhappy": [3] * 4,
        "mild": [4, 3, 4],
        "happy": [4, 4, 4],
    }
    used = {k: 0 for k in sizes}
    for ai, kind in enumerate(kinds):
        company, lang = W.COMPANIES[ai]
        acc = f"VLP-{ai + 1:04d}"
        n = sizes[kind][used[kind]]
        used[kind] += 1
        dom = (
            strip(company).lower().replace(" ", "").replace("-", "").replace("é", "e") + ".example"
        )
        f.accounts[acc] = {
            "company": company,
            "domain": dom,
            "contacts": n,
            "contact_keys": [],
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": W.MARKETS[lang][0],
        }
        n_unhappy = {
            "at_risk": 3 if used[kind] <= 3 else 4,
            "one_unhappy": 1,
            "mild": 2,
            "happy": 0,
        }[kind]
        if kind == "at_risk":
            n_unhappy = (
                3
                if risk_problems[used[kind] - 1] in ("portal", "no_show_group") or used[kind] == 5
                else 4
            )
        contacts: list[Cust] = []
        for j in range(n):
            if j < n_unhappy and kind == "at_risk":
                last = j == n_unhappy - 1
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang,
                    account=acc,
                    market=W.MARKETS[lang][0],
                    expected=("detractor",) if not last else ("repeat_contact",),
                    tolerated=(
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ),
                    company=company,
                    role="complainer",
                    job_title=r.choice(
                        ["Office manager", "HR lead", "Finance officer", "Event coordinator"]
                    ),
                )
            elif j < n_unhappy and kind == "one_unhappy":
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang,
                    account=acc,
                    market=W.MARKETS[lang][0],
                    expected=("detractor",),
                    tolerated=("sentiment_drop", "high_value_at_risk", "silence"),
                    company=company,
                    role="complainer",
                    job_title="Office manager",
                )
            elif j < n_unhappy and kind == "mild":
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang,
                    account=acc,
                    market=W.MARKETS[lang][0],
                    tolerated=("silence",),
                    company=company,
                    role="suggests",
                    job_title="Team assistant",
                )
            else:
                c = f.person(
                    "b2b_happy",
                    "contact",
                    lang,
                    account=acc,
                    market=W.MARKETS[lang][0],
                    company=company,
                    role="contact",
                    job_title=r.choice(["Team lead", "Assistant", "Engineer"]),
                )
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
            f.accounts[acc]["contact_keys"].append(c.key)
        for c in contacts:
            routine_days = (
                [0, 1] if c.truth["role"] != "contact" else [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]
            )
            for d in r.sample(
                routine_days,
                min(
                    len(routine_days),
                    r.randint(0, 2) if c.truth["role"] != "contact" else r.randint(2, 4),
                ),
            ):
                if f.at(d, 0).weekday() >= 5:
                    continue
                ts = f.at(d, r.uniform(8, 16.5))
                q, a = W.B2B_Q[c.lang]
                if r.random() < 0.5:
                    f.add(ts, c, "chat", q)
                    f.add(
                        ts + timedelta(minutes=r.randint(1, 6)),
                        c,
                        "chat",
                        a,
                        direction="outbound",
                        agent=f.agent(),
                    )
                else:
                    f.add(ts, c, "web", "", kind="page_view", attrs={"page": "/pro/reservations"})
            if c.truth["role"] == "contact" and r.random() < 0.5:
                survey(f, c, f.at(r.choice([0, 1, 2, 3, 4, 7, 8]), r.uniform(9, 16)))
        if kind == "at_risk":
            prob = risk_problems[used[kind] - 1]
            f.accounts[acc]["same_problem"] = prob
            case = f.case()
            ts = f.at(2, r.uniform(8.5, 11))
            f.accounts[acc]["trouble_starts_at"] = ts.strftime("%Y-%m-%dT%H:%M:%SZ")
            firstname = contacts[0].name
            for j in range(n_unhappy):
                c = contacts[j]
                if j == 0:
                    text = W.B2B_COMPLAINT[prob][lang]
                else:
                    ts = ts + timedelta(hours=r.uniform(8, 28))
                    while ts.weekday() >= 5 or ts.hour < 8 or ts.hour >= 17:
                        ts = (ts + timedelta(days=1)).replace(hour=8, minute=r.randint(5, 55))
                    text = (
                        fmt(W.B2B_LATER[lang], first=firstname, day=W.WEEKDAY[lang][2], case=case)
                        + W.B2B_COMPLAINT[prob][lang]
                    )
                eid = f.add(
                    ts,
                    c,
                    "email",
                    text,
                    subject=f"{W.SUBJ_COMPLAINT[lang]}: {company}"
                    if j == 0
                    else f"{W.SUBJ_RE[lang]} {case}",
                )
                ids = [eid]
                if j == 0:
                    f.add(
                        ts + timedelta(minutes=r.randint(20, 60)),
                        c,
                        "email",
                        fmt(W.B2B_ACK[lang], name=c.name, case=case, company=company),
                        direction="outbound",
                        subject=f"{W.SUBJ_RE[lang]} {case}",
                        agent=f.agent(),
                    )
                if j < n_unhappy - 1:
                    nps = r.randint(1, 5)
                    sid = f.add(
                        ts + timedelta(hours=r.uniform(1, 3)),
                        c,
                        "survey",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
                else:
                    t2 = ts + timedelta(hours=r.uniform(18, 40))
                    while t2.weekday() >= 5 or t2.hour < 8 or t2.hour >= 17:
                        t2 = (t2 + timedelta(days=1)).replace(hour=9, minute=r.randint(5, 55))
                    ids.append(f.add(t2, c, "phone", W.B2B_LAST[lang].format(case=case)))
                c.truth.update(
                    {
                        "problem": prob,
                        "booking": case,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    }
                )
                f.accounts[acc]["unhappy_contacts"] += 1
                f.accounts[acc]["unhappy_contact_keys"].append(c.key)
        elif kind == "one_unhappy":
            c = contacts[0]
            prob = r.choice(W.B2B_PROBLEMS)
            case = f.case()
            ts = f.at(r.choice([3, 4, 7]), r.uniform(8.5, 15))
            eid = f.add(
                ts,
                c,
                "email",
                W.B2B_COMPLAINT[prob][lang],
                subject=f"{W.SUBJ_COMPLAINT[lang]}: {company}",
            )
            f.add(
                ts + timedelta(minutes=r.randint(20, 60)),
                c,
                "email",
                fmt(W.B2B_ACK[lang], name=c.name, case=case, company=company),
                direction="outbound",
                subject=f"{W.SUBJ_RE[lang]} {case}",
                agent=f.agent(),
            )
            nps = r.randint(1, 5)
            sid = f.add(
                ts + timedelta(hours=r.uniform(1, 3)),
                c,
                "survey",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "problem": prob,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                    "trouble_starts_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
                }
            )
            f.accounts[acc]["unhappy_contacts"] = 1
            f.accounts[acc]["unhappy_contact_keys"].append(c.key)
        elif kind == "mild":
            for c in contacts[:2]:
                ts = f.at(r.choice([2, 3, 8]), r.uniform(8, 16))
                mid = f.add(ts, c, "web", W.B2B_SUGGEST[lang], attrs={"page": "/pro/contact"})
                f.add(
                    ts + timedelta(minutes=r.randint(30, 90)),
                    c,
                    "email",
                    fmt(W.MILD_ACK[lang], name=c.name),
                    direction="outbound",
                    agent=f.agent(),
                )
                c.truth.update(
                    {"mild_event_id": mid, "trouble_starts_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ")}
                )


def topic_spike(f: Fam) -> None:
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer", pick_lang(r))
        for d in r.sample(range(0, 6), r.randint(2, 5)):
            h = r.uniform(12, 19) if d == 5 else r.uniform(8, 19)
            happy_act(f, c, f.at(d, h))
    for _ in range(2):
        c = f.person(
            "grumbles_once", "grumbles once", r.choice(["fr", "it"]), tolerated=("silence",)
        )
        ts = f.at(0, r.uniform(9, 16))
        gid = f.add(ts, c, "chat", r.choice(W.MILD[c.lang]))
        f.add(
            ts + timedelta(minutes=3),
            c,
            "chat",
            fmt(W.MILD_ACK[c.lang], name=c.name),
            direction="outbound",
            agent=f.agent(),
        )
        c.truth.update(
            {"grumble_event_id": gid, "trouble_starts_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ")}
        )
    for lang, h in (("fr", 9.67), ("it", 16.08)):
        c = f.person("grumbles_once", "lone question", lang, tolerated=("silence",))
        ts = f.at(4, h)
        q, a = W.LONE_Q[lang]
        lid = f.add(ts, c, "chat", q)
        f.add(ts + timedelta(minutes=4), c, "chat", a, direction="outbound", agent=f.agent())
        c.truth.update(
            {"lone_report_event_id": lid, "trouble_starts_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ")}
        )
    langs = ["fr"] * 7 + ["it"] * 7 + ["en", "en", "de", "de", "pt", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    s0 = f.at(5, 8, 10)
    offsets = sorted([0, 45] + [r.uniform(1, 44) for _ in range(18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    early = [i for i, o in enumerate(offsets) if chans[i] != "chat"][:10]
    rep_set = set(r.sample(early, 6))
    fixed_set = set(r.sample([i for i in range(20) if i not in rep_set], 6))
    for i, off in enumerate(offsets):
        regular = i % 5 < 3
        c = f.person(
            "spike_repeater" if i in rep_set else "spike_reporter",
            "regular" if regular else "new",
            langs[i],
            expected=("repeat_contact",) if i in rep_set else (),
            tolerated=("silence", "sentiment_drop") if i in rep_set else ("silence",),
            in_spike=True,
            regular=regular,
        )
        if regular:
            happy_act(f, c, f.at(2, r.uniform(8, 17.5)), ("praise", "buy", "view", "question"))
        ts = s0 + timedelta(minutes=off)
        ch = chans[i]
        text = fmt(r.choice(W.SPIKE_REPORT[c.lang]))
        if ch == "social" and BRAND not in text:
            text = f"@{BRAND} " + text
        eid = f.add(
            ts,
            c,
            ch,
            text,
            subject="App" if ch == "email" else None,
            attrs={"page": "/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                ts + timedelta(minutes=r.randint(1, 4)),
                c,
                "chat",
                W.SPIKE_CHAT_ANSWER[c.lang],
                direction="outbound",
                agent=f.agent(),
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            {
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "agent_fixed": i in fixed_set,
            }
        )
        if i in rep_set:
            ch2 = r.choice([x for x in ("email", "chat", "community") if x != ch])
            rid = f.add(
                ts + timedelta(minutes=r.uniform(10, 35)),
                c,
                ch2,
                fmt(W.SPIKE_REPEAT[c.lang]),
                subject="App" if ch2 == "email" else None,
            )
            reps.append(rid)
            c.truth.update({"repeat_event_id": rid})
        if i in fixed_set:
            f.add(
                f.at(5, 11, r.randint(8, 17)),
                c,
                "email",
                fmt(W.SPIKE_FIXED[c.lang], name=c.name),
                direction="outbound",
                subject=BRAND,
                agent=f.agent(),
            )
    f.spike = {
        "topic": f"paragliding app wrongly pushes weather cancellations for flights that go ahead; rebooking fails with error {W.SPIKE_CODE}",
        "about": "the planted incident: reporters in six languages within 45 minutes, some naming the code",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


FAMILIES = [
    (
        "happy_writers",
        "hw",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers only",
        happy_writers,
    ),
    (
        "one_bad_day",
        "bd",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "happy customers with one bad day",
        one_bad_day,
    ),
    (
        "repeat_contacts",
        "rc",
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        "problems raised again while open",
        repeat_contacts,
    ),
    (
        "slow_churners",
        "sc",
        datetime(2026, 6, 22, tzinfo=UTC),
        32,
        "slides, leavers, grumpy and sarcastic customers",
        slow_churners,
    ),
    (
        "quiet_hours",
        "qh",
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        "a calm weekend with night bursts",
        quiet_hours,
    ),
    (
        "bilingual",
        "bl",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers writing in two languages",
        bilingual,
    ),
    ("b2b_accounts", "bb", datetime(2026, 10, 5, tzinfo=UTC), 14, "company accounts", b2b_accounts),
    (
        "topic_spike",
        "ts",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and the planted incident",
        topic_spike,
    ),
]


def finish(f: Fam) -> tuple[list[str], dict[str, Any]]:
    f.rows.sort(key=lambda x: (x.ts, x.seq))
    seen_first: set[str] = set()
    lines: list[str] = []
    for row in f.rows:
        c = row.cust
        d = row.data
        full: dict[str, str | None] = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        if d["direction"] == "outbound" or c.key not in seen_first:
            ref: dict[str, str | None] = full
            if d["direction"] == "inbound":
                seen_first.add(c.key)
        else:
            ch = d["channel"]
            ref = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if ch == "phone":
                ref["phone"] = c.phone
            elif ch in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if f.rough.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif ch == "email":
                ref["email"] = c.email
            else:
                ref["customer_id"] = c.key
        if row.ts >= END_LIMIT:
            raise SystemExit(f"{f.name}: touchpoint after limit")
        d["customer"] = ref
        lines.append(json.dumps(d, ensure_ascii=False, sort_keys=False))
    expected: dict[str, int] = {}
    for c in f.custs.values():
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{c.key}: expected and tolerated")
        if c.key not in seen_first:
            raise SystemExit(f"{c.key}: no inbound touchpoint")
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
        del a["domain"]
    if f.spike:
        expected["topic_spike"] = 1
    end = max(f.start + timedelta(days=f.days), f.rows[-1].ts + timedelta(hours=1))
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": f"{BRAND}: tandem paragliding flights and courses",
            "days": f.days,
            "seed": SEED,
            "written": "2026-12-06",
            "expected": expected,
        },
        "start": f.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": {k: c.truth for k, c in f.custs.items()},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    return lines, truth


def main() -> None:
    for n, (name, code, start, days, about, build) in enumerate(FAMILIES, 1):
        f = Fam(
            name,
            code,
            start,
            days,
            about,
            random.Random(SEED * 100 + n),
            random.Random(SEED * 100 + 50 + n),
        )
        build(f)
        lines, truth = finish(f)
        (HERE / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
