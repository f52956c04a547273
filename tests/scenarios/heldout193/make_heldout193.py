# ruff: noqa: E501
"""Build heldout193/ (Tocavia, rehearsal rooms and podcast studios): never tune on it.

Run ``python make_heldout193.py`` from anywhere; standard library only, fixed seed.
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
USED: set[str] = set()
NO_ACCENT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
SOURCES = {
    "email": "tocavia-mail",
    "phone": "tocavia-voice",
    "social": "tocavia-social",
    "community": "tocavia-forum",
    "chat": "tocavia-chat",
    "web": "tocavia-web",
    "survey": "tocavia-survey",
}
KINDS = {
    "email": "message",
    "phone": "call",
    "social": "mention",
    "community": "post",
    "chat": "chat",
    "web": "ticket",
    "survey": "survey_response",
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
CANCEL_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]


def iso(ts: datetime) -> str:
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def unique(make: Any) -> str:
    while True:
        value = str(make())
        if value.lower() not in USED:
            USED.add(value.lower())
            return value


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in NO_ACCENT:
            out.append(NO_ACCENT[ch])
        elif ch in "ñÑß":
            out.append(ch)
        else:
            out.append(
                "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            )
    return "".join(out)


def roughen(text: str, rng: random.Random) -> str:
    if rng.random() < 0.1:
        text = strip_accents(text)
    if (
        rng.random() < 0.125
        and text[:1].isupper()
        and not text.startswith(
            ("Hello", "Hola", "Bonjour", "Hallo", "Buon", "Olá", "Guten", "Buenas")
        )
    ):
        text = text[0].lower() + text[1:]
    if rng.random() < 1 / 7:
        words = [
            i for i, w in enumerate(text.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
        ]
        if words:
            parts = text.split(" ")
            i = rng.choice(words)
            w = parts[i]
            j = rng.randrange(1, len(w) - 2)
            parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(parts)
    return text


@dataclass
class Cust:
    key: str
    lang: str
    first: str
    last: str
    market: str
    email: str
    phone: str
    handle: str | None
    account: str | None = None
    company: str = ""
    job: str = ""
    truth: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Row:
    ts: datetime
    n: int
    cust: Cust
    data: dict[str, Any]


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.cases = 0

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=int(day), hours=hour, seconds=self.rng.randrange(0, 59))

    def case(self) -> str:
        return unique(lambda: f"TV-{self.rng.randrange(100000, 999999)}")

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        handle: bool = True,
        account: str | None = None,
        market: str | None = None,
    ) -> Cust:
        rng = self.rng
        first = rng.choice(W.FIRST[lang])
        last = rng.choice(W.LAST[lang])
        mk, prefix = rng.choice(W.MARKETS[lang])
        if market:
            mk, prefix = next(
                (m, p) for langs in W.MARKETS.values() for m, p in langs if m == market
            )
        key = unique(lambda: f"TC{self.code}{rng.randrange(1000, 9999)}")
        base = strip_accents(f"{first}.{last}".lower()).replace("ñ", "n").replace("ß", "ss")
        if account:
            email = unique(lambda: f"{base}{rng.randrange(1, 99)}@{account.lower()}.example")
        else:
            email = unique(
                lambda: (
                    f"{base}{rng.randrange(1, 999)}@{rng.choice(['mail', 'correo', 'post', 'posta', 'webmail'])}.example"
                )
            )
        digits = 9 if len(prefix.split()[1]) == 1 else 8
        phone = unique(lambda: prefix + "".join(str(rng.randrange(10)) for _ in range(digits)))
        hnd = (
            unique(
                lambda: (
                    "@"
                    + rng.choice(
                        [base.replace(".", "_"), base.split(".")[0] + base.split(".")[1][:3]]
                    )
                    + str(rng.randrange(1, 99))
                )
            )
            if handle and not account
            else None
        )
        c = Cust(key, lang, first, last, mk, email, phone, hnd, account)
        exp = sorted(expected or [])
        tol = sorted(tolerated or [])
        assert not set(exp) & set(tol), key
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": hnd,
                "account_id": account,
            },
            "expected_rules": exp,
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": c.name,
        }
        self.customers[key] = c.truth
        return c

    def add(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        text: str | None,
        kind: str | None = None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        eid = f"h193-{self.code.lower()}-{len(self.rows) + 1:05d}"
        if (
            text is not None
            and direction == "inbound"
            and rough
            and channel not in ("phone", "survey")
        ):
            text = roughen(text, self.rough)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        data: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(ts),
            "channel": channel,
            "kind": kind or KINDS[channel],
            "direction": direction,
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(Row(ts, len(self.rows), c, data))
        return eid

    def reply(self, c: Cust, ts: datetime, channel: str, table: dict[str, str], **kw: str) -> str:
        agent = self.rng.choice(W.AGENTS)
        text = table[c.lang].format(first=c.first, agent=agent, **kw)
        subj = (
            W.SUBJ_CASE[c.lang].format(case=kw["case"])
            if "case" in kw and channel == "email"
            else None
        )
        return self.add(
            c,
            ts,
            channel,
            text,
            kind="chat" if channel == "chat" else "message",
            direction="outbound",
            subject=subj,
            attrs={"agent": agent},
        )

    def render(self) -> tuple[str, str]:
        self.rows.sort(key=lambda r: (r.ts, r.n))
        seen: set[str] = set()
        r2 = self.rough
        for r in self.rows:
            c, d = r.cust, r.data
            full = d["direction"] == "outbound" or c.key not in seen
            if d["direction"] == "inbound":
                seen.add(c.key)
            ref: dict[str, Any] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            phone = c.phone if r2.random() < 0.5 else c.phone.replace(" ", "")
            handle = c.handle if (c.handle is None or r2.random() < 0.8) else c.handle.lstrip("@")
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=phone, handle=c.handle)
            elif d["channel"] == "phone":
                ref["phone"] = phone
            elif d["channel"] in ("social", "community"):
                if handle:
                    ref["handle"] = handle
                else:
                    ref["email"] = c.email
            elif d["channel"] == "email":
                ref["email"] = c.email.upper() if r2.random() < 0.08 else c.email
            else:
                ref["customer_id"] = c.key
            d["customer"] = ref
        for key in self.customers:
            assert key in seen, key
        last = max(r.ts for r in self.rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert self.rows[0].ts >= self.start and end < datetime(2026, 11, 15, tzinfo=UTC)
        expected: dict[str, int] = {}
        for t in self.customers.values():
            for rule in t["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for t in self.accounts.values():
            for rule in t["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Tocavia (rehearsal rooms and podcast studios; Tocavia Studio Pro for companies)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        lines = "".join(json.dumps(r.data, ensure_ascii=False) + "\n" for r in self.rows)
        return lines, json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def pick(f: Fam, table: dict[str, list[str]], lang: str, **kw: str) -> str:
    return f.rng.choice(table[lang]).format(brand=W.BRAND, **kw)


def night(f: Fam, ts: datetime) -> datetime:
    if ts.hour >= 22 or ts.hour < 7:
        base = ts if ts.hour < 7 else ts + timedelta(days=1)
        return base.replace(hour=8, minute=f.rng.randrange(0, 59))
    return ts


def happy_act(f: Fam, c: Cust, ts: datetime, surveys: bool = True) -> None:
    rng, lang = f.rng, c.lang
    kind = rng.choice(
        [
            "praise",
            "again",
            "gripe",
            "question",
            "question",
            "call",
            "buy",
            "buy",
            "review",
            "joke",
            "view",
        ]
        + (["survey"] if surveys else [])
    )
    if kind in ("praise", "again", "gripe", "joke"):
        table = {
            "praise": W.PRAISE,
            "again": W.AGAIN_PRAISE,
            "gripe": W.PRAISE_GRIPE,
            "joke": W.JOKE,
        }[kind]
        ch = rng.choice(["social", "community"])
        text = pick(f, table, lang)
        if ch == "social" and "@" + W.BRAND not in text:
            text = (
                text.replace(W.BRAND, "@" + W.BRAND)
                if W.BRAND in text
                else "@" + W.BRAND + " " + text
            )
        f.add(c, ts, ch, text, kind="mention" if ch == "social" else "post")
    elif kind == "question":
        ch = rng.choice(["chat", "chat", "email"])
        f.add(c, ts, ch, pick(f, W.QUESTION, lang))
        f.reply(
            c,
            ts + timedelta(minutes=rng.randrange(2, 7) if ch == "chat" else rng.randrange(30, 120)),
            ch,
            {k: v[0] for k, v in W.ANSWER.items()},
        )
        if rng.random() < 0.6:
            f.add(c, ts + timedelta(minutes=rng.randrange(130, 180)), ch, pick(f, W.THANKS, lang))
    elif kind == "call":
        f.add(c, ts, "phone", pick(f, W.CALL_Q, lang))
        f.reply(c, ts + timedelta(minutes=rng.randrange(8, 30)), "email", W.CALL_FOLLOW)
    elif kind in ("buy", "view"):
        f.add(c, ts, "web", None, kind="page_view", attrs={"page": "/rooms"})
        if kind == "buy":
            prod = rng.choice(W.PRODUCTS)
            f.add(
                c,
                ts + timedelta(minutes=rng.randrange(2, 15)),
                "web",
                None,
                kind="purchase",
                attrs={
                    "page": "/checkout",
                    "product": prod,
                    "order_value": f"{rng.randrange(18, 90)}.00",
                    "currency": "GBP" if c.market == "UK" else "EUR",
                },
            )
    elif kind == "review":
        f.add(
            c,
            ts,
            "web",
            pick(f, W.REVIEW, lang),
            kind="review",
            attrs={"rating": "5", "page": "/reviews"},
        )
    else:
        f.add(
            c,
            ts,
            "survey",
            rng.choice(W.SURVEY_WORD[lang]) or None,
            scores=rng.choice(
                [
                    {"nps": rng.choice([9, 10])},
                    {"csat": rng.choice([4, 5])},
                    {"ces": rng.choice([6, 7])},
                ]
            ),
        )


def langs(f: Fam, n: int) -> list[str]:
    return [f.rng.choices(W.LANGS, weights=[30, 30, 10, 10, 10, 10])[0] for _ in range(n)]


def days_acts(
    f: Fam,
    c: Cust,
    n: int,
    day_lo: int,
    day_hi: int,
    h: tuple[float, float] = (7.0, 19.0),
    avoid: set[int] | None = None,
) -> None:
    pool = [d for d in range(day_lo, day_hi) if d not in (avoid or set())]
    for d in sorted(f.rng.sample(pool, min(n, len(pool)))):
        happy_act(f, c, f.at(d, f.rng.uniform(*h)))


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers only: day writers, night writers, survey answerers",
    )
    for lang in langs(f, 16):
        c = f.person(lang, "happy", "day writer")
        days_acts(f, c, f.rng.randrange(5, 9), 0, 10)
    for lang in langs(f, 5):
        c = f.person(lang, "happy", "night writer")
        for d in f.rng.sample(range(0, 9), f.rng.randrange(2, 5)):
            ts = f.at(d, f.rng.uniform(22.2, 27.5))
            if f.rng.random() < 0.5:
                f.add(
                    c,
                    ts,
                    f.rng.choice(["social", "community"]),
                    pick(f, W.NIGHT_POST, lang).replace(W.BRAND, "@" + W.BRAND)
                    if False
                    else pick(f, W.NIGHT_POST, lang),
                    kind="post",
                )
            else:
                f.add(c, ts, "chat", pick(f, W.NIGHT_Q, lang))
                f.reply(
                    c,
                    ts + timedelta(minutes=f.rng.randrange(2, 8)),
                    "chat",
                    {k: v[0] for k, v in W.NIGHT_A.items()},
                )
                f.add(
                    c,
                    ts + timedelta(minutes=f.rng.randrange(10, 15)),
                    "chat",
                    pick(f, W.THANKS, lang),
                )
        days_acts(f, c, f.rng.randrange(2, 4), 0, 10, (9.0, 18.0))
    for lang in langs(f, 5):
        c = f.person(lang, "happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randrange(3, 7))):
            f.add(
                c,
                f.at(d, f.rng.uniform(8, 20)),
                "survey",
                f.rng.choice(W.SURVEY_WORD[lang]) or None,
                scores=f.rng.choice([{"nps": f.rng.choice([9, 10])}, {"csat": 5}, {"ces": 7}]),
            )
    return f


def complaint(
    f: Fam, c: Cust, ts: datetime, channel: str, problem: str, booking: str, long: bool = False
) -> str:
    lang = c.lang
    prob = W.PROB[lang][problem]
    kw = {
        "prob": prob[0].upper() + prob[1:],
        "booking": booking,
        "name": c.name,
        "prob_l": prob.lower().replace(",", "").replace("'", " ").replace(".", ""),
    }
    if channel == "email":
        text = pick(f, W.LONG_EMAIL if long else W.ANGRY_EMAIL, lang, **kw)
        return f.add(
            c,
            ts,
            "email",
            text,
            subject=W.SUBJ_COMPLAINT[lang].format(topic=problem.replace("_", " ")),
        )
    if channel == "chat":
        return f.add(c, ts, "chat", pick(f, W.CHAT_COMPLAINT, lang, prob=prob))
    if channel == "social":
        return f.add(
            c,
            ts,
            "social",
            pick(f, W.SOCIAL_COMPLAINT, lang, prob=prob).replace(W.BRAND, "@" + W.BRAND),
            kind="mention",
        )
    if channel == "phone":
        return f.add(c, ts, "phone", pick(f, W.CALL, lang, **kw))
    return f.add(
        c, ts, "web", pick(f, W.FORM, lang, **kw), kind="ticket", attrs={"page": "/help/contact"}
    )


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry moment",
    )
    chans = (
        ["email_long"] * 4
        + ["email"] * 4
        + ["chat"] * 4
        + ["social"] * 4
        + ["web"] * 4
        + ["phone"] * 4
    )
    lang_list = ["es", "es", "en", "en", *langs(f, 20)]
    cased = 0
    for i, ch in enumerate(chans):
        lang = lang_list[i]
        problem = W.PROBLEMS[i % 6]
        has_case = ch != "social"
        det = has_case and cased % 20 in (0, 3, 6, 9, 12, 15) and cased < 18
        c = f.person(
            lang,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
        )
        bd = f.rng.randrange(2, 10)
        ts = f.at(bd, f.rng.uniform(8, 20))
        booking = f.case()
        channel = "email" if ch.startswith("email") else ch
        eid = complaint(f, c, ts, channel, problem, booking, long=ch == "email_long")
        c.truth.update(
            problem=problem,
            bad_day_at=iso(ts),
            bad_day_event_id=eid,
            long_email=ch == "email_long",
            channel=channel,
            booking=booking if has_case else None,
            trouble_starts_at=iso(ts),
        )
        if has_case:
            if channel == "chat":
                f.reply(
                    c,
                    ts + timedelta(minutes=f.rng.randrange(2, 6)),
                    "chat",
                    W.CASE_OPENED,
                    case=booking,
                )
            else:
                f.reply(
                    c,
                    night(f, ts + timedelta(minutes=f.rng.randrange(10, 40))),
                    "email",
                    W.CASE_OPENED,
                    case=booking,
                )
            if det:
                nps = f.rng.randrange(1, 6)
                c.truth.update(
                    nps_given=True,
                    nps=nps,
                    survey_event_id=f.add(
                        c,
                        ts + timedelta(minutes=f.rng.randrange(100, 140)),
                        "survey",
                        None,
                        scores={"nps": nps},
                    ),
                )
            elif cased % 4 == 1:
                cs = f.rng.choice([1, 2])
                c.truth.update(
                    csat_given=True,
                    csat=cs,
                    survey_event_id=f.add(
                        c,
                        ts + timedelta(minutes=f.rng.randrange(40, 80)),
                        "survey",
                        f.rng.choice(["", "meh", "no"]) or None,
                        scores={"csat": cs},
                    ),
                )
            if cased % 5 != 4 and cased < 15:
                f.reply(
                    c,
                    night(f, ts + timedelta(hours=f.rng.uniform(1, 4))),
                    "email",
                    W.GOOD_NEWS,
                    case=booking,
                )
                c.truth["agent_fixed"] = True
                if cased % 3 == 0:
                    at = night(f, ts + timedelta(hours=f.rng.uniform(16, 24)))
                    c.truth.update(
                        apologised=True,
                        apology_at=iso(at),
                        apology_event_id=f.add(
                            c,
                            at,
                            f.rng.choice(["chat", "email"]),
                            pick(f, W.APOLOGY, lang, case=booking),
                        ),
                    )
            cased += 1
        days_acts(f, c, f.rng.randrange(1, 6), 0, 12, avoid={bd - 1, bd, bd + 1, bd + 2})
    for lang in langs(f, 8):
        c = f.person(lang, "happy", "control")
        days_acts(f, c, f.rng.randrange(4, 8), 0, 12)
    return f


def repeat_run(
    f: Fam, c: Cust, problem: str, first_day: int, times: int, first_ch: str, quality: bool
) -> None:
    booking = f.case()
    ts = f.at(first_day, f.rng.uniform(8, 19))
    chans = [
        first_ch,
        *f.rng.sample(
            [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch], times - 1
        ),
    ]
    eids = [complaint(f, c, ts, first_ch, problem, booking)]
    if first_ch == "chat":
        f.reply(c, ts + timedelta(minutes=3), "chat", W.CASE_OPENED, case=booking)
    if quality:
        f.reply(
            c, ts + timedelta(hours=f.rng.uniform(1.5, 2.5)), "email", W.QUALITY_LEAD, case=booking
        )
    elif first_ch != "chat":
        f.reply(
            c, ts + timedelta(minutes=f.rng.randrange(10, 40)), "email", W.CASE_OPENED, case=booking
        )
    comp = f.rng.choice(W.COMPETITORS)
    for k in range(1, times):
        ts = night(f, ts + timedelta(hours=f.rng.uniform(4, 40)))
        prob = W.PROB[c.lang][problem]
        table = W.FOURTH if k == 3 else W.THIRD if k == 2 else W.STILL_OPEN
        text = pick(f, table, c.lang, case=booking, prob=prob, comp=comp)
        ch = chans[k]
        if ch == "social":
            text = "@" + W.BRAND + " " + text
        subj = W.SUBJ_CASE[c.lang].format(case=booking) if ch == "email" else None
        eids.append(f.add(c, ts, ch, text, kind="ticket" if ch == "web" else None, subject=subj))
        if ch == "chat":
            f.reply(c, ts + timedelta(minutes=4), "chat", W.URGENT, case=booking)
    c.truth.update(
        problem=problem,
        booking=booking,
        contacts=times,
        channels=chans,
        agent_passed_on=quality,
        problem_event_ids=eids,
        competitor=comp if times >= 3 else None,
        trouble_starts_at=f.rows[[r.data["event_id"] for r in f.rows].index(eids[0])].data[
            "occurred_at"
        ],
    )


def fixed_run(
    f: Fam, c: Cust, problem: str, day: int, ch: str, conf_lang: str | None = None
) -> dict[str, Any]:
    booking = f.case()
    ts = f.at(day, f.rng.uniform(8, 18))
    eid = complaint(f, c, ts, ch, problem, booking)
    f.reply(
        c,
        ts + timedelta(minutes=f.rng.randrange(10, 40)),
        "chat" if ch == "chat" else "email",
        W.CASE_OPENED,
        case=booking,
    )
    fx = night(f, ts + timedelta(hours=f.rng.uniform(3, 20)))
    f.reply(c, fx, "email", W.GOOD_NEWS, case=booking)
    cf = night(f, fx + timedelta(hours=f.rng.uniform(8, 30)))
    cch = f.rng.choice(["email", "chat"])
    lang = conf_lang or c.lang
    ceid = f.add(c, cf, cch, pick(f, W.CONFIRM, lang, case=booking))
    return {
        "problem": problem,
        "booking": booking,
        "raised_at": iso(ts),
        "fixed_at": iso(fx),
        "confirmed_at": iso(cf),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        "problems raised again while still open, against fixed ones and frequent writers",
    )
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    ls = ["en", "es", "en", "es", "es", "en", *langs(f, 6)]
    for i in range(12):
        c = f.person(ls[i], "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        day0 = f.rng.randrange(1, 5)
        for _ in range(f.rng.randrange(1, 4)):
            happy_act(f, c, f.at(0, f.rng.uniform(7, 12)), surveys=False)
        repeat_run(f, c, W.PROBLEMS[i % 6], day0, 2 + i % 3, firsts[i], quality=i % 2 == 0)
    for lang in langs(f, 5):
        c = f.person(lang, "resolved_between_contacts", "fixed", [], ["silence"])
        p = fixed_run(
            f,
            c,
            f.rng.choice(W.PROBLEMS),
            f.rng.randrange(1, 5),
            f.rng.choice(["web", "email", "chat"]),
        )
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
        days_acts(f, c, 2, 6, 10, surveys=False) if False else days_acts(f, c, 2, 7, 10)
    for lang in langs(f, 3):
        c = f.person(lang, "different_problems", "two problems", [], ["silence"])
        a, b = f.rng.sample(list(W.PROBLEMS), 2)
        p1 = fixed_run(f, c, a, 1, "email")
        p2 = fixed_run(f, c, b, 6, "web")
        c.truth.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for lang in langs(f, 7):
        c = f.person(lang, "happy", "frequent writer")
        days_acts(f, c, f.rng.randrange(5, 9), 0, 10)
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, langs_cycle: list[str]) -> list[str]:
    comp = f.rng.choice(W.COMPETITORS)
    ts = f.at(start_day, f.rng.uniform(9, 12))
    eids = []
    for k in range(6):
        if k:
            ts = night(f, ts + timedelta(hours=max(1.0, span * 24 / 6 * f.rng.uniform(0.7, 1.2))))
        lang = langs_cycle[k % len(langs_cycle)]
        text = W.SLIDE[lang][k].format(comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            eids.append(
                f.add(
                    c,
                    ts,
                    "web",
                    text,
                    kind="review",
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            eids.append(
                f.add(
                    c,
                    ts,
                    ch,
                    ("@" + W.BRAND + " " + text) if ch == "social" else text,
                    kind="mention" if ch == "social" else "post",
                )
            )
    c.truth.update(slide_event_ids=eids, slide_days=span, competitor=comp)
    return eids


def praise_base(
    f: Fam, c: Cust, n_praise: int, other: int, days: int, langs_cycle: list[str]
) -> None:
    for k, d in enumerate(sorted(f.rng.sample(range(days), n_praise))):
        lang = langs_cycle[k % len(langs_cycle)]
        ch = f.rng.choice(["social", "community"])
        text = pick(f, W.PRAISE, lang)
        f.add(
            c,
            f.at(d, f.rng.uniform(9, 20)),
            ch,
            text.replace(W.BRAND, "@" + W.BRAND)
            if ch == "social" and W.BRAND in text
            else ("@" + W.BRAND + " " + text if ch == "social" else text),
            kind="mention" if ch == "social" else "post",
        )
    for _ in range(other):
        d = f.rng.randrange(days)
        f.add(
            c,
            f.at(d, f.rng.uniform(9, 20)),
            "web",
            None,
            kind="page_view",
            attrs={"page": "/rooms"},
        )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 22, tzinfo=UTC),
        32,
        "slow slides, leavers, steady, grumpy and sarcastic customers",
    )
    ls = ["en", "es", "es", "en", *langs(f, 6)]
    for i in range(10):
        det = i % 2 == 0
        c = f.person(
            ls[i],
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if det else []),
            SLIDE_TOL,
        )
        praise_base(f, c, f.rng.randrange(4, 6), f.rng.randrange(2, 5), 11, [c.lang])
        span = [3, 5, 5, 5, 5, 5, 9, 9, 9, 9][i]
        eids = slide(f, c, f.rng.randrange(12, 17), span, [c.lang])
        c.truth["trouble_starts_at"] = next(
            r.data["occurred_at"] for r in f.rows if r.data["event_id"] == eids[0]
        )
        if det:
            t4 = datetime.fromisoformat(
                next(
                    r.data["occurred_at"] for r in f.rows if r.data["event_id"] == eids[3]
                ).replace("Z", "+00:00")
            )
            nps = f.rng.randrange(1, 6)
            c.truth.update(
                nps_given=True,
                nps=nps,
                survey_event_id=f.add(
                    c,
                    night(f, t4 + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                    "survey",
                    None,
                    scores={"nps": nps},
                ),
            )
    for lang in ["es", "en", *langs(f, 3)]:
        c = f.person(lang, "slow_churner", "asks to cancel", ["churn_intent"], CANCEL_TOL)
        days_acts(f, c, f.rng.randrange(4, 7), 0, 16)
        ts = f.at(f.rng.randrange(17, 24), f.rng.uniform(9, 18))
        ce = f.add(c, ts, "email", pick(f, W.CANCEL_REQ, lang), subject="Plus")
        f.reply(c, night(f, ts + timedelta(hours=f.rng.uniform(1, 5))), "email", W.SORRY_GO)
        ct = ts + timedelta(hours=f.rng.uniform(20, 30))
        cx = f.add(
            c,
            ct,
            "web",
            None,
            kind="cancellation",
            attrs={"page": "/membership/cancel", "product": "Tocavia Plus"},
        )
        c.truth.update(
            churn_intent_event_id=ce,
            cancellation_event_id=cx,
            churn_at=iso(ct),
            trouble_starts_at=iso(ts),
        )
    for lang in langs(f, 6):
        c = f.person(lang, "happy", "steady")
        days_acts(f, c, f.rng.randrange(6, 11), 0, 32)
    for lang in ["es", "en", *langs(f, 3)]:
        c = f.person(lang, "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = f.rng.randrange(0, 5)
        g = []
        for _ in range(f.rng.randrange(5, 8)):
            ch = f.rng.choice(["social", "community", "web", "review"])
            text = pick(f, W.GRUMBLE, lang)
            ts = f.at(d, f.rng.uniform(9, 21))
            if ch == "review":
                g.append(
                    f.add(
                        c, ts, "web", text, kind="review", attrs={"rating": "3", "page": "/reviews"}
                    )
                )
            else:
                g.append(
                    f.add(
                        c,
                        ts,
                        ch,
                        ("@" + W.BRAND + " " + text) if ch == "social" else text,
                        kind={"social": "mention", "community": "post", "web": "ticket"}[ch],
                    )
                )
            d += f.rng.randrange(1, 4)
        c.truth.update(
            grumble_event_ids=g,
            trouble_starts_at=f.rows[-len(g)].data["occurred_at"]
            if False
            else next(r.data["occurred_at"] for r in f.rows if r.data["event_id"] == g[0]),
        )
    for lang in langs(f, 5):
        c = f.person(lang, "happy_one_sarcastic_remark", "happy", [], ["silence"])
        days_acts(f, c, f.rng.randrange(4, 7), 0, 16)
        ts = f.at(f.rng.randrange(17, 29), f.rng.uniform(10, 20))
        c.truth.update(
            sarcasm_event_id=f.add(
                c, ts, "social", "@" + W.BRAND + " " + pick(f, W.SARCASM, lang), kind="mention"
            ),
            trouble_starts_at=iso(ts),
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        "a calm weekend with night owls in bursts",
    )
    for lang in langs(f, 16):
        c = f.person(lang, "happy", "day writer")
        days_acts(f, c, f.rng.randrange(1, 4), 0, 3, (7.0, 17.5))
    for i, lang in enumerate(langs(f, 4)):
        c = f.person(lang, "grumbles_once", "grumbles once", [], ["silence"])
        ts = f.at(f.rng.randrange(3), f.rng.uniform(9, 16))
        f.add(c, ts, "web", None, kind="page_view", attrs={"page": "/rooms"})
        t2 = ts + timedelta(minutes=f.rng.randrange(20, 31))
        if i < 2:
            e = f.add(c, t2, "chat", pick(f, W.MILD, lang))
            f.reply(c, t2 + timedelta(minutes=3), "chat", W.MILD_ANSWER)
        else:
            e = f.add(
                c, t2, "web", pick(f, W.MILD, lang), kind="ticket", attrs={"page": "/help/contact"}
            )
            f.reply(c, t2 + timedelta(minutes=f.rng.randrange(15, 60)), "email", W.FORM_ACK)
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t2))
    for nt in range(3):
        first = f.start + timedelta(days=nt + 1, minutes=f.rng.randrange(40, 66))
        for b, off in enumerate([0, f.rng.randrange(28, 34), f.rng.randrange(55, 66)]):
            for lang in langs(f, 4):
                c = f.person(lang, "night_owl", f"night {nt + 1}, burst {b + 1}")
                ts = first + timedelta(minutes=off + f.rng.uniform(0, 9.5))
                if f.rng.random() < 0.5:
                    e = f.add(c, ts, "chat", pick(f, W.NIGHT_Q, lang))
                    f.reply(
                        c,
                        ts + timedelta(minutes=3),
                        "chat",
                        {k: v[0] for k, v in W.NIGHT_A.items()},
                    )
                    f.add(c, ts + timedelta(minutes=6), "chat", pick(f, W.THANKS, lang))
                else:
                    e = f.add(c, ts, "community", pick(f, W.NIGHT_POST, lang), kind="post")
                c.truth.update(burst_at=iso(first + timedelta(minutes=off)), night_event_id=e)
                if f.rng.random() < 0.5:
                    happy_act(f, c, f.at(f.rng.randrange(3), f.rng.uniform(9, 17.5)), surveys=False)
    return f


PAIRS = [
    ("es", "en"),
    ("en", "es"),
    ("es", "fr"),
    ("fr", "es"),
    ("en", "de"),
    ("de", "en"),
    ("es", "it"),
    ("it", "es"),
    ("es", "pt"),
    ("pt", "es"),
    ("en", "fr"),
    ("de", "es"),
    ("en", "it"),
    ("pt", "en"),
    ("es", "de"),
    ("en", "es"),
    ("es", "en"),
    ("fr", "en"),
    ("it", "en"),
    ("es", "en"),
    ("en", "es"),
    ("de", "fr"),
    ("es", "en"),
    ("en", "pt"),
    ("es", "en"),
    ("en", "es"),
    ("es", "en"),
]


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "customers writing in two languages",
    )
    for i, (a, b) in enumerate(PAIRS):
        if i < 12:
            c = f.person(a, "happy", "alternates languages")
        elif i < 17:
            c = f.person(a, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        elif i < 22:
            c = f.person(a, "slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        elif i < 25:
            c = f.person(a, "happy_one_bad_day", "one bad day", [], ["silence"])
        else:
            c = f.person(a, "resolved_between_contacts", "fixed", [], ["silence"])
        c.truth.update(
            languages=[a, b],
            job_second_language=f.rng.choice(
                ["works abroad", "partner's language", "grew up with both", "band mates speak it"]
            ),
        )
        if i < 12:
            for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randrange(5, 9)))):
                c.lang = [a, b][k % 2]
                happy_act(f, c, f.at(d, f.rng.uniform(8, 20)))
        elif i < 17:
            for _ in range(f.rng.randrange(1, 4)):
                happy_act(f, c, f.at(f.rng.randrange(2), f.rng.uniform(8, 12)), surveys=False)
            times = [2, 2, 3, 3, 4][i - 12]
            booking = f.case()
            ts = f.at(f.rng.randrange(2, 6), f.rng.uniform(9, 17))
            problem = f.rng.choice(W.PROBLEMS)
            eids = [complaint(f, c, ts, "email", problem, booking)]
            f.reply(
                c,
                ts + timedelta(hours=f.rng.uniform(1.5, 2.5)),
                "email",
                W.QUALITY_LEAD if times >= 3 else W.CASE_OPENED,
                case=booking,
            )
            chans = ["email", *f.rng.sample(["chat", "phone", "web", "social"], times - 1)]
            comp = f.rng.choice(W.COMPETITORS)
            for k in range(1, times):
                c.lang = [a, b][k % 2]
                ts = night(f, ts + timedelta(hours=f.rng.uniform(4, 40)))
                table = W.FOURTH if k == 3 else W.THIRD if k == 2 else W.STILL_OPEN
                text = pick(f, table, c.lang, case=booking, prob=W.PROB[c.lang][problem], comp=comp)
                ch = chans[k]
                eids.append(
                    f.add(
                        c,
                        ts,
                        ch,
                        ("@" + W.BRAND + " " + text) if ch == "social" else text,
                        kind="ticket" if ch == "web" else None,
                    )
                )
            c.lang = a
            c.truth.update(
                problem=problem,
                booking=booking,
                contacts=times,
                channels=chans,
                problem_event_ids=eids,
                competitor=comp if times >= 3 else None,
                agent_passed_on=times >= 3,
            )
            c.truth["trouble_starts_at"] = next(
                r.data["occurred_at"] for r in f.rows if r.data["event_id"] == eids[0]
            )
        elif i < 22:
            praise_base(f, c, 5, f.rng.randrange(1, 4), 6, [a, b])
            eids = slide(f, c, f.rng.randrange(7, 9), f.rng.randrange(3, 6), [a, b])
            c.truth["trouble_starts_at"] = next(
                r.data["occurred_at"] for r in f.rows if r.data["event_id"] == eids[0]
            )
        elif i < 25:
            c.lang = a
            days_acts(f, c, 3, 0, 5)
            c.lang = b
            ts = f.at(f.rng.randrange(7, 11), f.rng.uniform(9, 18))
            booking = f.case()
            eid = complaint(
                f,
                c,
                ts,
                ["email", "email", "chat"][i - 22],
                f.rng.choice(W.PROBLEMS),
                booking,
                long=i == 22,
            )
            f.reply(
                c,
                ts + timedelta(minutes=20),
                "chat" if i == 24 else "email",
                W.CASE_OPENED,
                case=booking,
            )
            if i < 24:
                f.reply(
                    c,
                    night(f, ts + timedelta(hours=f.rng.uniform(1, 4))),
                    "email",
                    W.GOOD_NEWS,
                    case=booking,
                )
            if i == 23:
                at = night(f, ts + timedelta(hours=f.rng.uniform(18, 24)))
                c.truth.update(
                    apologised=True,
                    apology_event_id=f.add(c, at, "chat", pick(f, W.APOLOGY, b, case=booking)),
                )
            c.truth.update(
                bad_day_at=iso(ts),
                bad_day_event_id=eid,
                bad_day_language=b,
                booking=booking,
                trouble_starts_at=iso(ts),
            )
            c.lang = a
        else:
            c.lang = a
            days_acts(f, c, 2, 0, 4)
            p = fixed_run(f, c, f.rng.choice(W.PROBLEMS), f.rng.randrange(4, 7), "web", conf_lang=b)
            c.truth.update(problems=[p], confirm_language=b, trouble_starts_at=p["raised_at"])
    return f


ACCOUNTS = [
    ("at_risk", "invoice", "es", "Ondas Norte Media", "podcast network", 5, 3),
    ("at_risk", "service_blocked", "en", "Brightline Learning", "e-learning", 4, 3),
    ("at_risk", "portal", "de", "Hafenfunk GmbH", "radio", 5, 3),
    ("at_risk", "overbilled", "es", "Agencia Trama", "advertising", 6, 4),
    ("at_risk", "invoice", "fr", "Studio Lumen", "video production", 5, 4),
    ("one_unhappy", "portal", "it", "Voce Chiara srl", "audiobooks", 3, 1),
    ("one_unhappy", "overbilled", "en", "Keel & Co", "marketing", 3, 1),
    ("one_unhappy", "service_blocked", "pt", "Onda Lusa", "radio", 3, 1),
    ("one_unhappy", "invoice", "es", "Cuentacuentos SL", "publishing", 3, 1),
    ("mild", None, "de", "Lernwerk AG", "university", 4, 0),
    ("mild", None, "en", "Harbour Talks", "events", 3, 0),
    ("mild", None, "es", "Eco Rural Radio", "community radio", 4, 0),
    ("happy", None, "es", "Grupo Sonora", "music school", 4, 0),
    ("happy", None, "en", "Northwind Pods", "podcast network", 3, 0),
    ("happy", None, "it", "Studio Ventuno", "dubbing", 4, 0),
]
JOBS = [
    "producer",
    "office manager",
    "finance lead",
    "head of content",
    "sound engineer",
    "operations coordinator",
]


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        "companies on account: at risk, one unhappy contact, mild remarks, happy",
    )
    for kind, problem, lang, company, site, n, unhappy in ACCOUNTS:
        mk = W.MARKETS[lang][0][0]
        acc = unique(lambda mk=mk: f"TVP-{mk}-{f.rng.randrange(1000, 9999)}")
        keys: list[str] = []
        bad: list[str] = []
        contacts: list[Cust] = []
        for k in range(n):
            if k < unhappy:
                last = kind == "at_risk" and k == unhappy - 1
                if kind == "at_risk":
                    c = f.person(
                        lang,
                        "b2b_unhappy",
                        "complainer",
                        ["repeat_contact"] if last else ["detractor"],
                        [r for r in B2B_RISK_TOL],
                        handle=False,
                        account=acc,
                        market=mk,
                    )
                else:
                    c = f.person(
                        lang,
                        "b2b_one_unhappy",
                        "complainer",
                        ["detractor"],
                        ["sentiment_drop", "high_value_at_risk", "silence"],
                        handle=False,
                        account=acc,
                        market=mk,
                    )
                role = "complainer"
                bad.append(c.key)
            elif kind == "mild" and k < 2:
                c = f.person(
                    lang,
                    "b2b_mild",
                    "suggests",
                    [],
                    ["silence"],
                    handle=False,
                    account=acc,
                    market=mk,
                )
                role = "suggests"
            else:
                c = f.person(lang, "b2b_happy", "contact", handle=False, account=acc, market=mk)
                role = "contact"
            c.company, c.job = company, JOBS[k % len(JOBS)]
            c.truth.update(company=company, role=role, job_title=c.job, job=c.job)
            keys.append(c.key)
            contacts.append(c)
        case = f.case()
        first_name = ""
        t = f.start + timedelta(days=2, hours=9, minutes=f.rng.randrange(0, 50))
        for k, c in enumerate(contacts):
            role = c.truth["role"]
            routine_days = [0, 1] if role != "contact" else list(range(0, 12))
            for d in sorted(
                f.rng.sample(
                    routine_days,
                    min(
                        len(routine_days),
                        f.rng.randrange(0, 3) if role != "contact" else f.rng.randrange(3, 6),
                    ),
                )
            ):
                if (f.start + timedelta(days=d)).weekday() >= 5:
                    continue
                ts = f.at(d, f.rng.uniform(8, 16.5))
                r = f.rng.random()
                if r < 0.4:
                    f.add(c, ts, "chat", pick(f, W.B2B_Q, lang))
                    f.reply(c, ts + timedelta(minutes=f.rng.randrange(1, 7)), "chat", W.B2B_A)
                    if f.rng.random() < 0.5:
                        f.add(c, ts + timedelta(minutes=10), "chat", pick(f, W.THANKS, lang))
                elif r < 0.7:
                    f.add(c, ts, "web", None, kind="page_view", attrs={"page": "/pro/portal"})
                    f.add(
                        c,
                        ts + timedelta(minutes=4),
                        "web",
                        None,
                        kind="purchase",
                        attrs={
                            "page": "/pro/checkout",
                            "product": "Video studio day",
                            "order_value": "480.00",
                            "currency": "GBP" if c.market == "UK" else "EUR",
                        },
                    )
                elif role == "contact" and r < 0.85:
                    f.add(c, ts, "community", pick(f, W.B2B_PRAISE, lang), kind="post")
                elif role == "contact":
                    f.add(
                        c,
                        ts,
                        "survey",
                        None,
                        scores=f.rng.choice([{"nps": 9}, {"nps": 10}, {"csat": 5}, {"ces": 7}]),
                    )
                else:
                    f.add(c, ts, "web", None, kind="page_view", attrs={"page": "/pro/portal"})
            if role == "complainer":
                assert problem is not None
                prob = W.B2B_PROB[lang][problem]
                prob = prob[0].upper() + prob[1:]
                if kind == "one_unhappy":
                    t = f.at(f.rng.randrange(3, 8) if True else 0, f.rng.uniform(9, 16))
                    while t.weekday() >= 5:
                        t += timedelta(days=1)
                if k == 0 or kind == "one_unhappy":
                    text = W.B2B_FIRST[lang].format(
                        prob=prob, name=c.name, job=c.job, company=company
                    )
                    first_name = c.first
                    e = f.add(
                        c,
                        t,
                        "email",
                        text,
                        subject=W.SUBJ_COMPLAINT[lang].format(topic=problem.replace("_", " ")),
                    )
                    f.reply(
                        c,
                        t + timedelta(minutes=f.rng.randrange(20, 90)),
                        "email",
                        W.CASE_OPENED,
                        case=case,
                    )
                else:
                    text = W.B2B_LATER[lang].format(
                        prob=prob,
                        name=c.name,
                        job=c.job,
                        company=company,
                        other=first_name,
                        day=W.WEEKDAY[lang],
                        case=case,
                    )
                    e = f.add(c, t, "email", text, subject=W.SUBJ_CASE[lang].format(case=case))
                ids = [e]
                if "detractor" in c.truth["expected_rules"]:
                    nps = f.rng.randrange(1, 6)
                    c.truth.update(
                        nps_given=True,
                        nps=nps,
                        survey_event_id=f.add(
                            c,
                            t + timedelta(hours=f.rng.uniform(1, 3)),
                            "survey",
                            None,
                            scores={"nps": nps},
                        ),
                    )
                c.truth.update(problem=problem, booking=case, trouble_starts_at=iso(t))
                if "repeat_contact" in c.truth["expected_rules"]:
                    t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                    t2 = t2.replace(hour=f.rng.randrange(8, 16))
                    while t2.weekday() >= 5:
                        t2 += timedelta(days=1)
                    comp = f.rng.choice(W.COMPETITORS)
                    if problem == "invoice" and lang == "es":
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                W.B2B_LAST_EMAIL[lang].format(case=case, comp=comp),
                                subject=W.SUBJ_CASE[lang].format(case=case),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "phone",
                                W.B2B_LAST_CALL[lang].format(
                                    first=c.first, company=company.lower(), case=case
                                ),
                            )
                        )
                c.truth["complaint_event_ids"] = ids
                t = t + timedelta(hours=f.rng.uniform(8, 28))
                if t.hour >= 17 or t.hour < 8:
                    t = (t + timedelta(days=1 if t.hour >= 17 else 0)).replace(
                        hour=f.rng.randrange(8, 11)
                    )
                while t.weekday() >= 5:
                    t += timedelta(days=1)
            elif role == "suggests":
                ts = f.at(f.rng.randrange(2, 10), f.rng.uniform(8, 16))
                while ts.weekday() >= 5:
                    ts += timedelta(days=1)
                e = f.add(
                    c,
                    ts,
                    "web",
                    pick(f, W.B2B_SUGGEST, lang),
                    kind="ticket",
                    attrs={"page": "/pro/feedback"},
                )
                f.reply(c, ts + timedelta(minutes=f.rng.randrange(30, 120)), "email", W.FORM_ACK)
                c.truth.update(mild_event_id=e, trouble_starts_at=iso(ts))
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": bad,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": f.customers[bad[0]]["trouble_starts_at"]
            if kind == "at_risk"
            else None,
            "language": lang,
            "country": mk,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and one planted incident",
    )
    for lang in langs(f, 40):
        c = f.person(lang, "happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randrange(1, 5))):
            happy_act(f, c, f.at(d, f.rng.uniform(12, 19) if d == 5 else f.rng.uniform(8, 20)))
    for lang in ["es", "en"]:
        c = f.person(lang, "grumbles_once", "grumbles once", [], ["silence"])
        ts = f.at(0, f.rng.uniform(10, 16))
        e = f.add(c, ts, "chat", pick(f, W.GRUMBLE, lang))
        f.reply(c, ts + timedelta(minutes=4), "chat", W.MILD_ANSWER)
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(ts))
    for lang, hour in [("es", 9.6), ("de", 16.1)]:
        c = f.person(lang, "grumbles_once", "lone question", [], ["silence"])
        ts = f.at(4, hour)
        e = f.add(c, ts, "chat", W.LONE_Q[lang])
        f.reply(c, ts + timedelta(minutes=5), "chat", W.LONE_A)
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(ts))
    spike_langs = ["en"] * 6 + ["es"] * 6 + ["fr", "fr", "de", "de", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    s0 = datetime(2026, 11, 7, 12, 25, tzinfo=UTC)
    offs = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    for i, lang in enumerate(spike_langs):
        repeat = i in (0, 2, 6, 8, 12, 15)
        c = f.person(
            lang,
            "spike_repeater" if repeat else "spike_reporter",
            "regular" if i % 5 < 3 else "new",
            ["repeat_contact"] if repeat else [],
            ["sentiment_drop", "silence"] if repeat else ["silence"],
        )
        regular = i % 5 < 3
        if regular:
            for _ in range(f.rng.randrange(1, 3)):
                happy_act(f, c, f.at(2, f.rng.uniform(8, 17.5)), surveys=False)
        ts = s0 + timedelta(
            minutes=offs[i], seconds=f.rng.randrange(0, 59) if 0 < offs[i] < 45 else 0
        )
        ch = chans[i]
        text = f.rng.choice(W.SPIKE[lang]).format(brand=W.BRAND, code=W.SPIKE_CODE)
        if ch == "social" and "@" + W.BRAND not in text:
            text = "@" + W.BRAND + " " + text
        if ch != "social":
            text = text.replace("@" + W.BRAND + " ", "")
        e = f.add(
            c,
            ts,
            ch,
            text,
            kind={"social": "mention", "community": "post", "web": "ticket"}.get(ch),
            subject="Recording" if ch == "email" else None,
        )
        if ch == "chat":
            f.reply(c, ts + timedelta(minutes=f.rng.randrange(2, 5)), "chat", W.SPIKE_CHAT_A)
        keys.append(c.key)
        eids.append(e)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(ts),
        )
        if repeat:
            ch2 = f.rng.choice([x for x in ["email", "chat", "community"] if x != ch])
            t2 = ts + timedelta(minutes=f.rng.randrange(10, 61))
            r = f.add(
                c,
                t2,
                ch2,
                f.rng.choice(W.SPIKE_AGAIN[lang]).format(code=W.SPIKE_CODE),
                kind="post" if ch2 == "community" else None,
            )
            reps.append(r)
            c.truth["repeat_event_id"] = r
        elif i % 3 == 1:
            local = {"UK": "15:05", "IE": "15:05", "PT": "15:05"}.get(c.market, "16:05")
            f.reply(
                c,
                datetime(2026, 11, 7, 15, 10 + i % 8, tzinfo=UTC),
                "email",
                W.SPIKE_FIXED,
                local=local,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "rehearsal-room app: session recordings download as silent, zero-length files (error "
        + W.SPIKE_CODE
        + ")",
        "about": "the planted incident: recordings made in the rooms come down silent, in six languages across channels",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


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


def main() -> None:
    for build in FAMILIES:
        fam = build()
        lines, truth = fam.render()
        (HERE / f"{fam.name}.jsonl").write_text(lines, encoding="utf-8")
        (HERE / f"{fam.name}.truth.json").write_text(truth, encoding="utf-8")
        print(
            fam.name,
            len(fam.customers),
            len(fam.rows),
            sum(r.data["direction"] == "outbound" for r in fam.rows),
        )


if __name__ == "__main__":
    main()
