"""Build heldout203/ (Fasciora, cloth-nappy laundry by subscription): report only, never tune.

Standard library only; fixed seed, one random.Random per family; two runs give the same bytes.
"""

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

SEED = 20261030
BRAND = "Fasciora"
ALL_RULES = ("silence",)
CHANNEL_SOURCE = {
    "email": "fasciora-mail",
    "phone": "fasciora-voice",
    "social": "fasciora-social",
    "community": "fasciora-forum",
    "chat": "fasciora-chat",
    "web": "fasciora-web",
    "survey": "fasciora-survey",
}
ACCENTS = str.maketrans("àáâãèéêìíîòóôõùúûçÀÁÈÉÌÍÒÓÙÚÇ", "aaaaeeeiiioooouuucAAEEIIOOUUC")
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
USED: set[str] = set()


def iso(ts: datetime) -> str:
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_name(s: str) -> str:
    for k, v in UMLAUTS.items():
        s = s.replace(k, v)
    return s.translate(ACCENTS).lower().replace(" ", "")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Row:
    ts: datetime
    eid: str
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


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
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    # ---------------------------------------------------------------- people --
    def unique(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        market: str | None = None,
        email_domain: str | None = None,
        **extra: Any,
    ) -> Cust:
        r = self.rng
        if lang is None:
            lang = r.choices(W.LANGS, weights=(30, 30, 10, 10, 10, 10))[0]
        mk = [m for m in W.MARKETS[lang] if market is None or m[0] == market] or W.MARKETS[lang]
        mkt, prefix, digits = r.choice(mk)
        first = r.choice(W.FIRST[lang])
        last = r.choice(W.LAST[lang])
        key = self.unique(lambda: f"FS{self.code}{r.randint(1000, 9999)}")
        dom = (
            email_domain
            or r.choice(["posta", "mailbox", "webpost", "familia", "inbox"]) + ".example"
        )
        email = self.unique(
            lambda: f"{ascii_name(first)}.{ascii_name(last)}{r.randint(1, 99)}@{dom}"
        )
        phone = self.unique(lambda: prefix + "".join(str(r.randint(0, 9)) for _ in range(digits)))
        handle = None
        if account is None and r.random() < 0.65:
            handle = self.unique(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{ascii_name(last)}_{ascii_name(first)}{r.randint(1, 9)}",
                            f"{ascii_name(first)}{ascii_name(last)[:3]}{r.randint(10, 99)}",
                            f"mamma_{ascii_name(first)}{r.randint(1, 99)}"
                            if lang == "it"
                            else f"{ascii_name(first)}_{ascii_name(last)}",
                        ]
                    )
                )
            )
        assert not set(expected) & set(tolerated)
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mkt,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        truth.update(extra)
        c = Cust(key, lang, mkt, first, last, email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    # ---------------------------------------------------------------- events --
    def at(self, day: float, h_lo: float, h_hi: float) -> datetime:
        hour = self.rng.uniform(h_lo, h_hi)
        return (self.start + timedelta(days=day, hours=hour)).replace(microsecond=0)

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            for k, v in UMLAUTS.items():
                text = text.replace(k, v)
            text = text.translate(ACCENTS)
        if r.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randint(1, len(w) - 3)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    def add(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        self.counter += 1
        eid = f"h203-{self.code.lower()}-{self.counter:05d}"
        if (
            text is not None
            and direction == "inbound"
            and rough
            and channel not in ("phone", "survey")
        ):
            text = self.roughen(text)
        if (
            text is not None
            and channel == "social"
            and direction == "inbound"
            and c.account is None
        ):
            if BRAND in text:
                i = text.rfind(BRAND)
                text = text[:i] + "@" + text[i:]
            else:
                text = "@Fasciora " + text
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if direction == "outbound":
            a["agent"] = self.rng.choice(["Noemi", "Katrin", "Paolo", "Svenja", "Aldo"])
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(Row(ts, eid, c, channel, kind, direction, text, subject, sc, a))
        return eid

    def case(self) -> str:
        return self.unique(lambda: f"FS-{self.rng.randint(100000, 999999)}")

    # ----------------------------------------------------------- happy acts --
    def happy_act(self, c: Cust, ts: datetime, night: bool = False) -> None:
        r = self.rng
        L = c.lang
        if night:
            if r.random() < 0.5:
                self.add(
                    c, ts, r.choice(["social", "community"]), "post", r.choice(W.NIGHT_POST[L])
                )
            else:
                self.add(c, ts, "chat", "chat", r.choice(W.NIGHT_QUESTION[L]))
                t2 = ts + timedelta(minutes=r.randint(1, 6))
                self.add(c, t2, "chat", "chat", r.choice(W.NIGHT_ANSWER[L]), direction="outbound")
                self.add(
                    c,
                    t2 + timedelta(minutes=r.randint(1, 4)),
                    "chat",
                    "chat",
                    r.choice(W.THANKS[L]),
                )
            return
        kind = r.choice(
            ["praise", "praise", "gripe", "question", "phone", "purchase", "view", "survey"]
        )
        if kind == "praise":
            ch = r.choice(["social", "community"])
            self.add(c, ts, ch, "post" if ch == "community" else "mention", r.choice(W.PRAISE[L]))
        elif kind == "gripe":
            self.add(
                c,
                ts,
                "web",
                "review",
                r.choice(W.GRIPE_PRAISE[L]),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif kind == "question":
            ch = r.choice(["chat", "email"])
            self.add(c, ts, ch, "chat" if ch == "chat" else "message", r.choice(W.QUESTION[L]))
            t2 = ts + timedelta(minutes=r.randint(1, 6) if ch == "chat" else r.randint(20, 120))
            self.add(
                c,
                t2,
                ch,
                "chat" if ch == "chat" else "message",
                r.choice(W.ANSWER[L]),
                direction="outbound",
            )
            if r.random() < 0.6:
                self.add(
                    c,
                    t2 + timedelta(minutes=r.randint(1, 30)),
                    ch,
                    "chat" if ch == "chat" else "message",
                    r.choice(W.THANKS[L]),
                )
        elif kind == "phone":
            self.add(c, ts, "phone", "call", W.PHONE_Q[L])
            self.add(
                c,
                ts + timedelta(minutes=r.randint(10, 40)),
                "email",
                "message",
                r.choice(W.ANSWER[L]),
                direction="outbound",
            )
        elif kind == "purchase":
            self.add(c, ts, "web", "page_view", attrs={"page": "/shop/extras"})
            value = r.choice(["12.90", "19.90", "24.50"])
            cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
            self.add(
                c,
                ts + timedelta(minutes=r.randint(2, 9)),
                "web",
                "purchase",
                attrs={
                    "order_value": value,
                    "currency": cur,
                    "product": r.choice(["Night inserts x10", "Swim nappies x3", "Wet bag"]),
                    "page": "/shop/checkout",
                },
            )
        elif kind == "view":
            self.add(
                c, ts, "web", "page_view", attrs={"page": r.choice(["/plan", "/delivery", "/faq"])}
            )
        else:
            self.add(
                c,
                ts,
                "survey",
                "survey_response",
                r.choice(W.HAPPY_SURVEY[L]) or None,
                scores={"nps": r.randint(9, 10)},
                attrs={"survey": "nps"},
            )

    def happy_days(
        self, c: Cust, n: int, lo: int, hi: int, h: tuple[float, float] = (7, 19)
    ) -> None:
        days = self.rng.sample(range(lo, hi + 1), min(n, hi - lo + 1))
        for d in days:
            self.happy_act(c, self.at(d, *h))

    # ---------------------------------------------------------------- output --
    def write(self, expected: dict[str, int]) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r.ts, r.eid))
        seen_inbound: set[str] = set()
        end = self.start + timedelta(days=self.days)
        lines = []
        for row in self.rows:
            c = row.cust
            assert self.start <= row.ts < datetime(2026, 11, 15, tzinfo=UTC), row
            full = row.direction == "outbound" or c.key not in seen_inbound
            if row.direction == "inbound":
                seen_inbound.add(c.key)
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif row.channel == "phone":
                ref["phone"] = c.phone
            elif row.channel in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif row.channel == "email":
                ref["email"] = c.email.upper() if self.rough.random() < 0.08 else c.email
            else:
                ref["customer_id"] = c.key
            obj = {
                "event_id": row.eid,
                "occurred_at": iso(row.ts),
                "channel": row.channel,
                "kind": row.kind,
                "direction": row.direction,
                "customer": ref,
                "text": row.text,
                "subject": row.subject,
                "scores": row.scores,
                "source": CHANNEL_SOURCE[row.channel],
                "attributes": row.attrs,
            }
            lines.append(json.dumps(obj, ensure_ascii=False, sort_keys=False))
            end = max(end, row.ts + timedelta(hours=1))
        assert end < datetime(2026, 11, 15, tzinfo=UTC)
        got: dict[str, int] = {}
        for c in self.custs.values():
            assert c.key in seen_inbound, c.key
            for rule in c.truth["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        assert got == expected, (self.name, got, expected)
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Fasciora: cloth-nappy laundry by subscription (app and web, Fasciora Plus membership) and Fasciora Nido for nurseries on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-06, blind",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        outbound = sum(1 for r in self.rows if r.direction == "outbound")
        return len(self.custs), len(self.rows), outbound


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def later(f: Fam, ts: datetime, lo_h: float, hi_h: float) -> datetime:
    """ts plus lo..hi hours, moved out of 22:00-07:00 UTC to the next morning."""
    t = ts + timedelta(hours=f.rng.uniform(lo_h, hi_h))
    t = t.replace(microsecond=0)
    if t.hour >= 22:
        t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 59), second=0)
    elif t.hour < 7:
        t = t.replace(hour=8, minute=f.rng.randint(0, 59), second=0)
    return t


TOL_REPEAT = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
TOL_SLIDE = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def complaint(
    f: Fam,
    c: Cust,
    ts: datetime,
    problem: str,
    channel: str,
    long_email: bool = False,
    case: str | None = None,
) -> str:
    L = c.lang
    text = f.rng.choice(W.COMPLAINT[L][problem])
    subj = None
    if long_email:
        text = (
            W.LONG_EMAIL[L]
            .replace("{complaint}", text[0].lower() + text[1:])
            .replace("{name}", f"{c.first} {c.last}")
        )
    kind = {
        "email": "message",
        "chat": "chat",
        "social": "mention",
        "web": "ticket",
        "phone": "call",
        "community": "post",
    }[channel]
    if channel == "email":
        subj = W.SUBJECT_COMPLAINT[L] + W.TOPIC_WORD[L][problem]
    if channel == "phone":
        text = (
            text.lower()
            .replace(",", "")
            .replace(".", "")
            .replace("?", "")
            .replace("!", "")
            .replace("'", " ")
        )
    attrs = {"page": "/help/contact"} if channel == "web" else None
    return f.add(c, ts, channel, kind, text, subject=subj, attrs=attrs)


def reply_case(
    f: Fam, c: Cust, ts: datetime, channel: str, case: str, table: dict[str, str]
) -> str:
    ch = "chat" if channel == "chat" else "email"
    text = table[c.lang].replace("{first}", c.first).replace("{case}", case)
    return f.add(
        c,
        ts,
        ch,
        "chat" if ch == "chat" else "message",
        text,
        direction="outbound",
        subject=(W.SUBJECT_RE[c.lang] + case) if ch == "email" else None,
    )


# ------------------------------------------------------------------ families --
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d0(2026, 3, 9),
        10,
        "happy customers only: day writers, night writers, survey answerers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, 9)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(0, 9), f.rng.randint(2, 4)):
            f.happy_act(c, f.at(d, 22.2, 23.9), night=True)
        f.happy_days(c, f.rng.randint(2, 3), 0, 9, (9, 18))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(0, 10), f.rng.randint(3, 6)):
            kind = f.rng.choice(["nps", "csat", "ces"])
            score = {
                "nps": f.rng.randint(9, 10),
                "csat": f.rng.randint(4, 5),
                "ces": f.rng.randint(6, 7),
            }[kind]
            f.add(
                c,
                f.at(d, 8, 20),
                "survey",
                "survey_response",
                f.rng.choice(W.HAPPY_SURVEY[c.lang]) or None,
                scores={kind: score},
                attrs={"survey": kind},
            )
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        d0(2026, 4, 20),
        12,
        "happy customers with one angry day; six give a low NPS",
    )
    channels = (
        ["long_email"] * 4
        + ["email"] * 4
        + ["chat"] * 4
        + ["social"] * 4
        + ["web"] * 4
        + ["phone"] * 4
    )
    with_case = 0
    nps_left, csat_left, good_left, apol_left = 6, 5, 12, 5
    for i, ch in enumerate(channels):
        lang = ("it" if i < 2 else "de") if ch == "long_email" else None
        bad_day = f.rng.randint(2, 9)
        problem = W.PROBLEMS[i % 5]
        gives_nps = (ch != "social" and nps_left > 0 and f.rng.random() < 0.4) or (
            ch == "phone" and nps_left > 0 and i >= 22
        )
        if gives_nps:
            nps_left -= 1
        c = f.person(
            "bad_day_detractor" if gives_nps else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=("detractor",) if gives_nps else (),
            tolerated=("silence",),
            problem=problem,
        )
        days = [d for d in range(0, 12) if d < bad_day - 1 or d > bad_day + 2]
        for d in f.rng.sample(days, min(len(days), f.rng.randint(1, 5))):
            f.happy_act(c, f.at(d, 7, 20))
        ts = f.at(bad_day, 8, 20)
        channel = "email" if ch == "long_email" else ch
        eid = complaint(f, c, ts, problem, channel, long_email=ch == "long_email")
        c.truth.update(
            bad_day_at=iso(ts),
            bad_day_event_id=eid,
            long_email=ch == "long_email",
            trouble_starts_at=iso(ts),
            channel=channel,
        )
        if channel == "social":
            c.truth["booking"] = None
            continue
        with_case += 1
        case = f.case()
        c.truth["booking"] = case
        reply_case(
            f,
            c,
            ts
            + timedelta(
                minutes=f.rng.randint(2, 6) if channel == "chat" else f.rng.randint(10, 40)
            ),
            channel,
            case,
            W.CASE_OPENED,
        )
        if gives_nps:
            sid = f.add(
                c,
                ts + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, survey_event_id=sid)
        elif csat_left > 0 and f.rng.random() < 0.5:
            csat_left -= 1
            sid = f.add(
                c,
                ts + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                f.rng.choice(W.CSAT_WORD[c.lang]) or None,
                scores={"csat": f.rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, survey_event_id=sid)
        if good_left > 0:
            good_left -= 1
            reply_case(f, c, later(f, ts, 1, 4), "email", case, W.GOOD_NEWS)
            c.truth["agent_fixed"] = True
            if apol_left > 0 and f.rng.random() < 0.6:
                apol_left -= 1
                at = later(f, ts, 16, 24)
                aid = f.add(c, at, f.rng.choice(["chat", "email"]), "message", W.APOLOGY[c.lang])
                c.truth.update(apologised=True, apology_at=iso(at), apology_event_id=aid)
    assert nps_left == 0, nps_left
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), 0, 11)
    return f


def repeat_story(
    f: Fam, c: Cust, start_day: int, times: int, langs: list[str] | None = None
) -> None:
    problem = f.rng.choice(W.PROBLEMS)
    case = f.case()
    chans = ["web", "email", "chat", "phone", "social"]
    first_ch = f.rng.choice(["web", "email", "chat", "phone"])
    later_ch = [x for x in chans if x != first_ch]
    f.rng.shuffle(later_ch)
    ts = f.at(start_day, 8, 19)
    lang0 = c.lang
    eids = [complaint(f, c, ts, problem, first_ch)]
    passed = times >= 3
    if passed:
        if first_ch == "chat":
            reply_case(f, c, ts + timedelta(minutes=3), "chat", case, W.CASE_OPENED)
        reply_case(
            f, c, ts + timedelta(hours=f.rng.uniform(1.5, 2.5)), "email", case, W.QUALITY_LEAD
        )
    else:
        reply_case(
            f,
            c,
            ts
            + timedelta(
                minutes=f.rng.randint(2, 6) if first_ch == "chat" else f.rng.randint(10, 40)
            ),
            first_ch,
            case,
            W.CASE_OPENED,
        )
    t = ts
    competitor = None
    for k in range(2, times + 1):
        if langs:
            c.lang = langs[(k - 1) % 2]
        t = later(f, t, 4, 40)
        ch = later_ch[k - 2]
        L = c.lang
        body = f.rng.choice(W.COMPLAINT[L][problem])
        text = W.STILL_OPEN[L].replace("{case}", case).replace("{complaint}", body)
        if k == 3:
            competitor = f.rng.choice(W.COMPETITORS)
            text += " " + W.THIRD_LINE[L].replace("{competitor}", competitor)
        if k == 4:
            text += " " + W.FOURTH_LINE[L]
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
        }[ch]
        if ch == "phone":
            text = (
                text.lower()
                .replace(",", "")
                .replace(".", "")
                .replace(":", "")
                .replace("?", "")
                .replace("!", "")
                .replace("'", " ")
            )
        eids.append(
            f.add(
                c,
                t,
                ch,
                kind,
                text,
                subject=(W.SUBJECT_RE[L] + case) if ch == "email" else None,
                attrs={"page": "/help/contact"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            reply_case(f, c, t + timedelta(minutes=f.rng.randint(1, 5)), "chat", case, W.URGENT)
    c.lang = lang0
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=times,
        agent_passed_on=passed,
        problem_event_ids=eids,
        competitor=competitor,
        trouble_starts_at=iso(ts),
        channel=first_ch,
    )


def fixed_story(f: Fam, c: Cust, day: int, langs: tuple[str, str] | None = None) -> dict[str, Any]:
    problem = f.rng.choice(W.PROBLEMS)
    case = f.case()
    ch = f.rng.choice(["web", "email", "chat"]) if not langs else "web"
    lang0 = c.lang
    if langs:
        c.lang = langs[0]
    ts = f.at(day, 8, 18)
    eid = complaint(f, c, ts, problem, ch)
    reply_case(f, c, ts + timedelta(minutes=f.rng.randint(2, 40)), ch, case, W.CASE_OPENED)
    if langs:
        c.lang = langs[1]
    t2 = later(f, ts, 3, 20)
    reply_case(f, c, t2, "email", case, W.GOOD_NEWS)
    t3 = later(f, t2, 8, 30)
    cch = f.rng.choice(["email", "chat"])
    cid = f.add(
        c,
        t3,
        cch,
        "message" if cch == "email" else "chat",
        W.CONFIRM[c.lang].replace("{case}", case),
        subject=(W.SUBJECT_RE[c.lang] + case) if cch == "email" else None,
    )
    c.lang = lang0
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(ts),
        "fixed_at": iso(t2),
        "confirmed_at": iso(t3),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d0(2026, 6, 1),
        10,
        "open problems raised again and again; fixed ones; frequent writers",
    )
    for times in [2] * 4 + [3] * 4 + [4] * 4:
        c = f.person(
            "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=TOL_REPEAT
        )
        for _ in range(f.rng.randint(1, 3)):
            f.happy_act(c, f.at(0, 7, 12))
        repeat_story(f, c, f.rng.randint(1, 4), times)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=("silence",))
        f.happy_act(c, f.at(0, 7, 12))
        c.truth["problems"] = [fixed_story(f, c, f.rng.randint(1, 5))]
        c.truth["trouble_starts_at"] = c.truth["problems"][0]["raised_at"]
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=("silence",))
        d = f.rng.randint(0, 1)
        c.truth["problems"] = [fixed_story(f, c, d), fixed_story(f, c, d + f.rng.randint(4, 5))]
        c.truth["trouble_starts_at"] = c.truth["problems"][0]["raised_at"]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, 9)
    return f


def slide_story(
    f: Fam, c: Cust, first_day: int, span: int, langs: tuple[str, str] | None = None
) -> datetime:
    competitor = f.rng.choice(W.COMPETITORS)
    t = f.at(first_day, 8, 18)
    eids = []
    step_gap = span * 24 / 6
    fourth = t
    for k in range(6):
        L = langs[k % 2] if langs else c.lang
        text = W.SLIDE[L][k].replace("{competitor}", competitor)
        ch = f.rng.choice(["social", "community", "web"])
        if ch == "web":
            eids.append(
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
            eids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
        if k == 3:
            fourth = t
        t = later(f, t, max(1.0, step_gap * 0.6), step_gap * 1.3)
    c.truth.update(
        slide_event_ids=eids,
        slide_days=span,
        competitor=competitor,
        trouble_starts_at=c.truth.get("trouble_starts_at") or iso(f.rows[-6].ts),
    )
    return fourth


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d0(2026, 7, 6),
        32,
        "sliding customers, leavers, steady, grumpy, sarcastic",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i, span in enumerate(spans):
        det = i % 2 == 0
        c = f.person(
            "slow_churner",
            "slides",
            expected=("sentiment_drop", "detractor") if det else ("sentiment_drop",),
            tolerated=TOL_SLIDE,
        )
        for d in f.rng.sample(range(0, 11), f.rng.randint(4, 5)):
            f.add(
                c,
                f.at(d, 8, 20),
                f.rng.choice(["social", "community"]),
                "post",
                f.rng.choice(W.PRAISE[c.lang]),
            )
        for d in f.rng.sample(range(0, 11), f.rng.randint(2, 4)):
            f.happy_act(c, f.at(d, 8, 20))
        start_day = f.rng.randint(12, 16)
        c.truth["trouble_starts_at"] = None
        fourth = slide_story(f, c, start_day, span)
        if det:
            sid = f.add(
                c,
                later(f, fourth, 2.5, 3.5),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, survey_event_id=sid)
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        f.happy_days(c, f.rng.randint(4, 6), 0, 15)
        ts = f.at(f.rng.randint(17, 23), 8, 19)
        eid = f.add(c, ts, "email", "message", f.roughen(W.CANCEL_ASK[c.lang]), rough=False)
        f.add(c, later(f, ts, 1, 5), "email", "message", W.SORRY_GO[c.lang], direction="outbound")
        ct = later(f, ts, 20, 30)
        cid = f.add(
            c, ct, "web", "cancellation", attrs={"page": "/plan/cancel", "product": "Fasciora Plus"}
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(ct),
            trouble_starts_at=iso(ts),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), 0, 31)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            text = f.rng.choice(W.GRUMBLE[c.lang])
            if ch == "web":
                ids.append(
                    f.add(
                        c,
                        f.at(d, 8, 20),
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            else:
                ids.append(f.add(c, f.at(d, 8, 20), ch, "post", text))
            d += f.rng.randint(1, 3)
        c.truth.update(
            grumble_event_ids=ids, trouble_starts_at=iso(min(r.ts for r in f.rows if r.eid in ids))
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        f.happy_days(c, f.rng.randint(4, 6), 0, 16)
        sid = f.add(
            c, f.at(f.rng.randint(17, 28), 19.5, 21), "social", "mention", W.SARCASM[c.lang]
        )
        c.truth["sarcasm_event_id"] = sid
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours", "QH", 5, d0(2026, 8, 28), 3, "a calm weekend; night-owl bursts; no spike"
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 3), 0, 2, (7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.at(f.rng.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/delivery-area"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            gid = f.add(c, t2, "chat", "chat", W.MILD[c.lang])
            f.add(
                c,
                t2 + timedelta(minutes=3),
                "chat",
                "chat",
                W.MILD_ANSWER[c.lang],
                direction="outbound",
            )
        else:
            gid = f.add(c, t2, "web", "ticket", W.MILD[c.lang], attrs={"page": "/help/contact"})
            f.add(
                c,
                t2 + timedelta(minutes=25),
                "email",
                "message",
                W.MILD_ANSWER[c.lang],
                direction="outbound",
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t2))
    for night in range(3):
        base = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            bt = base + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bt + timedelta(minutes=f.rng.randint(0, 9), seconds=f.rng.randint(0, 59))
                n_before = len(f.rows)
                f.happy_act(c, t, night=True)
                c.truth.update(burst_at=iso(bt), night_event_id=f.rows[n_before].eid)
                if f.rng.random() < 0.5:
                    d = f.rng.randint(0, 2)
                    f.happy_act(c, f.at(d, 9, 17.5))
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d0(2026, 9, 21), 14, "customers writing in two languages")
    pairs = [
        ("it", "de"),
        ("de", "it"),
        ("it", "en"),
        ("de", "en"),
        ("it", "fr"),
        ("de", "fr"),
        ("it", "es"),
        ("de", "pt"),
        ("fr", "it"),
        ("en", "de"),
        ("pt", "it"),
        ("es", "de"),
        ("it", "de"),
        ("de", "it"),
        ("de", "es"),
        ("it", "pt"),
        ("en", "it"),
        ("fr", "de"),
        ("it", "de"),
        ("de", "it"),
        ("it", "en"),
        ("de", "fr"),
        ("it", "de"),
        ("de", "it"),
        ("es", "it"),
        ("pt", "de"),
        ("it", "fr"),
    ]
    idx = 0

    def nxt() -> tuple[str, str]:
        nonlocal idx
        idx += 1
        return pairs[idx - 1]

    for _ in range(12):
        p = nxt()
        c = f.person("happy", "alternates languages", lang=p[0], languages=list(p))
        for k, d in enumerate(sorted(f.rng.sample(range(0, 14), f.rng.randint(5, 8)))):
            c.lang = p[k % 2]
            f.happy_act(c, f.at(d, 7, 20))
        c.lang = p[0]
    for times in [2, 2, 3, 3, 4]:
        p = nxt()
        c = f.person(
            "repeat_contact",
            "repeats",
            lang=p[0],
            expected=("repeat_contact",),
            tolerated=TOL_REPEAT,
            languages=list(p),
        )
        for _ in range(f.rng.randint(1, 3)):
            f.happy_act(c, f.at(f.rng.randint(0, 1), 7, 12))
        repeat_story(f, c, f.rng.randint(2, 5), times, langs=list(p))
    for _ in range(5):
        p = nxt()
        c = f.person(
            "slow_churner",
            "slides",
            lang=p[0],
            expected=("sentiment_drop",),
            tolerated=TOL_SLIDE,
            languages=list(p),
        )
        for k, d in enumerate(f.rng.sample(range(0, 6), 5)):
            f.add(
                c,
                f.at(d, 8, 20),
                f.rng.choice(["social", "community"]),
                "post",
                f.rng.choice(W.PRAISE[p[k % 2]]),
            )
        for d in f.rng.sample(range(0, 6), f.rng.randint(1, 3)):
            f.happy_act(c, f.at(d, 8, 20))
        c.truth["trouble_starts_at"] = None
        slide_story(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), langs=p)
    for k in range(3):
        p = nxt()
        c = f.person(
            "happy_one_bad_day", "one bad day", lang=p[0], tolerated=("silence",), languages=list(p)
        )
        f.happy_days(c, 3, 0, 4)
        c.lang = p[1]
        ts = f.at(f.rng.randint(7, 10), 8, 19)
        problem = f.rng.choice(W.PROBLEMS)
        ch = ["email", "email", "chat"][k]
        eid = complaint(f, c, ts, problem, ch, long_email=k == 0 and p[1] in W.LONG_EMAIL)
        case = f.case()
        reply_case(f, c, ts + timedelta(minutes=f.rng.randint(3, 40)), ch, case, W.CASE_OPENED)
        if k < 2:
            reply_case(f, c, later(f, ts, 1, 4), "email", case, W.GOOD_NEWS)
        else:
            aid = f.add(c, later(f, ts, 18, 24), "chat", "chat", W.APOLOGY[c.lang])
            c.truth.update(apologised=True, apology_event_id=aid)
        c.lang = p[0]
        c.truth.update(
            problem=problem,
            booking=case,
            bad_day_at=iso(ts),
            bad_day_event_id=eid,
            bad_day_language=p[1],
            trouble_starts_at=iso(ts),
        )
    for _ in range(2):
        p = nxt()
        c = f.person(
            "resolved_between_contacts",
            "fixed",
            lang=p[0],
            tolerated=("silence",),
            languages=list(p),
        )
        f.happy_act(c, f.at(0, 8, 18))
        c.truth["problems"] = [fixed_story(f, c, f.rng.randint(2, 6), langs=p)]
        c.truth["trouble_starts_at"] = c.truth["problems"][0]["raised_at"]
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d0(2026, 10, 12),
        14,
        "nurseries and crèches on account (Fasciora Nido)",
    )
    plan = [
        ("at_risk", 4, 3, "it"),
        ("at_risk", 5, 4, "de"),
        ("at_risk", 5, 3, "it"),
        ("at_risk", 6, 4, "de"),
        ("at_risk", 4, 3, "fr"),
        ("one_unhappy", 3, 1, "it"),
        ("one_unhappy", 3, 1, "de"),
        ("one_unhappy", 3, 1, "es"),
        ("one_unhappy", 3, 1, "pt"),
        ("mild", 3, 2, "de"),
        ("mild", 4, 2, "it"),
        ("mild", 3, 2, "en"),
        ("happy", 4, 0, "de"),
        ("happy", 4, 0, "it"),
        ("happy", 5, 0, "en"),
    ]
    sites = ["crèche", "nursery", "daycare", "kindergarten", "maternity ward", "family hotel"]
    first_day = 2  # Wednesday 14 October
    for a_i, (kind, n, unhappy, lang) in enumerate(plan):
        market = W.MARKETS[lang][0][0]
        acc = f.unique(lambda m=market: f"FSN-{m}-{f.rng.randint(1000, 9999)}")
        company = f"{f.rng.choice(W.LAST[lang])} {f.rng.choice(['Kids', 'Bimbi', 'Kita', 'Petits', 'Mini'])} {a_i + 1}"
        domain = ascii_name(company.replace(" ", "")) + ".example"
        problem = W.B2B_PROBLEMS[a_i % 3]
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for j in range(n):
            if kind == "at_risk" and j < unhappy:
                persona, role = "b2b_unhappy", "complainer"
                exp: tuple[str, ...] = ("repeat_contact",) if j == unhappy - 1 else ("detractor",)
                tol: tuple[str, ...] = (
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                )
            elif kind == "one_unhappy" and j == 0:
                persona, role, exp, tol = (
                    "b2b_one_unhappy",
                    "complainer",
                    ("detractor",),
                    ("sentiment_drop", "high_value_at_risk", "silence"),
                )
            elif kind == "mild" and j < unhappy:
                persona, role, exp, tol = "b2b_mild", "suggests", (), ("silence",)
            else:
                persona, role, exp, tol = "b2b_happy", "contact", (), ()
            c = f.person(
                persona,
                role,
                lang=lang,
                expected=exp,
                tolerated=tol,
                account=acc,
                market=market,
                email_domain=domain,
                company=company,
                role=role,
                job_title=f.rng.choice(
                    ["Director", "Room lead", "Office manager", "Administrator"]
                ),
            )
            while c.first in firsts:
                c.first = f.rng.choice(W.FIRST[lang])
                c.truth["name"] = f"{c.first} {c.last}"
            firsts.add(c.first)
            contacts.append(c)
        # routine acts
        for c in contacts:
            k = c.truth["role"]
            days = [0, 1] if k != "contact" else list(range(0, 12))
            for _ in range(f.rng.randint(0, 2) if k != "contact" else f.rng.randint(2, 5)):
                d = f.rng.choice([x for x in days if (f.start + timedelta(days=x)).weekday() < 5])
                t = f.at(d, 8, 16.5)
                act = f.rng.choice(["q", "view", "survey"] if k == "contact" else ["q", "view"])
                if act == "q":
                    f.add(c, t, "chat", "chat", W.B2B_QUESTION[lang])
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(1, 6)),
                        "chat",
                        "chat",
                        W.ANSWER[lang][0],
                        direction="outbound",
                    )
                    if f.rng.random() < 0.6:
                        f.add(
                            c,
                            t + timedelta(minutes=f.rng.randint(7, 12)),
                            "chat",
                            "chat",
                            W.THANKS[lang][0],
                        )
                elif act == "view":
                    f.add(c, t, "web", "page_view", attrs={"page": "/portal/orders"})
                else:
                    f.add(
                        c,
                        t,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(9, 10)},
                        attrs={"survey": "nps"},
                    )
        acct: dict[str, Any] = {
            "company": company,
            "site": f.rng.choice(sites),
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy if kind in ("at_risk", "one_unhappy") else 0,
            "unhappy_contact_keys": [c.key for c in contacts if c.truth["role"] == "complainer"],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk":
            case = f.case()
            t = f.at(first_day, 8, 12)
            acct["trouble_starts_at"] = iso(t)
            first_name = contacts[0].first
            for j in range(unhappy):
                c = contacts[j]
                body = W.B2B_COMPLAINT[lang][problem]
                text = (
                    body
                    if j == 0
                    else W.B2B_SAME[lang]
                    .replace("{other}", first_name)
                    .replace("{case}", case)
                    .replace("{complaint}", body)
                )
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=W.SUBJECT_COMPLAINT[lang] + problem.replace("_", " "),
                )
                ids = [eid]
                if j == 0:
                    reply_case(
                        f,
                        c,
                        t + timedelta(minutes=f.rng.randint(20, 60)),
                        "email",
                        case,
                        W.CASE_OPENED,
                    )
                if j < unhappy - 1:
                    sid = f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(nps_given=True, survey_event_id=sid)
                else:
                    t2 = office(f, t + timedelta(hours=f.rng.uniform(18, 40)))
                    competitor = f.rng.choice(W.COMPETITORS)
                    text2 = (
                        W.B2B_LAST[lang].replace("{case}", case).replace("{competitor}", competitor)
                    )
                    ids.append(f.add(c, t2, "phone", "call", text2))
                    c.truth["competitor"] = competitor
                c.truth.update(
                    problem=problem, booking=case, complaint_event_ids=ids, trouble_starts_at=iso(t)
                )
                t = office(f, t + timedelta(hours=f.rng.uniform(8, 28)))
        elif kind == "one_unhappy":
            c = contacts[0]
            case = f.case()
            t = f.at(f.rng.randint(3, 7), 8, 16)
            t = office(f, t)
            eid = f.add(
                c,
                t,
                "email",
                "message",
                W.B2B_COMPLAINT[lang][problem],
                subject=W.SUBJECT_COMPLAINT[lang] + problem.replace("_", " "),
            )
            reply_case(
                f, c, t + timedelta(minutes=f.rng.randint(20, 60)), "email", case, W.CASE_OPENED
            )
            sid = f.add(
                c,
                t + timedelta(hours=f.rng.uniform(1, 3)),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                problem=problem,
                booking=case,
                complaint_event_ids=[eid],
                nps_given=True,
                survey_event_id=sid,
                trouble_starts_at=iso(t),
            )
        elif kind == "mild":
            for c in contacts[:unhappy]:
                t = office(f, f.at(f.rng.randint(3, 9), 8, 16))
                mid = f.add(
                    c, t, "web", "ticket", W.B2B_SUGGEST[lang], attrs={"page": "/portal/feedback"}
                )
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(20, 90)),
                    "email",
                    "message",
                    W.ACK[lang].replace("{case}", f.case()),
                    direction="outbound",
                )
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
        f.accounts[acc] = acct
    return f


def office(f: Fam, t: datetime) -> datetime:
    """Move t into weekday office hours (08-17 UTC)."""
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        if t.hour >= 17 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 50))
        else:
            t = t.replace(hour=8, minute=f.rng.randint(0, 50))
    return t


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, d0(2026, 10, 26), 7, "a calm week and one planted incident")
    for _ in range(40):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 4), 0, 5)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.at(0, 9, 16)
        gid = f.add(c, t, "chat", "chat", W.MILD[c.lang])
        f.add(
            c, t + timedelta(minutes=4), "chat", "chat", W.MILD_ANSWER[c.lang], direction="outbound"
        )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lang, hh in (("it", 9.6), ("de", 15.1)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=("silence",))
        t = (f.start + timedelta(days=3, hours=hh)).replace(microsecond=0)
        lid = f.add(c, t, "chat", "chat", W.LONE_Q[lang])
        f.add(c, t + timedelta(minutes=5), "chat", "chat", W.LONE_A[lang], direction="outbound")
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    # the planted incident: Friday 30 October 2026
    s0 = f.start + timedelta(days=4, hours=7, minutes=25)
    langs = ["it"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offsets = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    order = list(range(20))
    f.rng.shuffle(order)
    keys, eids, reps = [], [], []
    repeaters = {i for i in range(20) if offsets[i] <= 25}
    repeaters = set(sorted(repeaters, key=lambda i: f.rng.random())[:6])
    fixed_left = 6
    for i in range(20):
        lang = langs[order[i]]
        ch = chans[i]
        regular = i < 12
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang=lang,
            expected=("repeat_contact",) if rep else (),
            tolerated=("silence", "sentiment_drop") if rep else ("silence",),
            in_spike=True,
            regular=regular,
        )
        if regular:
            f.happy_days(c, f.rng.randint(1, 2), 2, 2, (8, 17.5))
        t = s0 + timedelta(
            minutes=offsets[i], seconds=f.rng.randint(0, 59) if 0 < offsets[i] < 45 else 0
        )
        text = f.rng.choice(W.SPIKE[lang])
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = f.add(c, t, ch, kind, text, attrs={"page": "/help/contact"} if ch == "web" else None)
        keys.append(c.key)
        eids.append(eid)
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[lang],
                direction="outbound",
            )
        c.truth.update(spike_event_id=eid, spike_channel=ch, trouble_starts_at=iso(t))
        if rep:
            rch = f.rng.choice([x for x in ("email", "chat", "community") if x != ch])
            rt = t + timedelta(minutes=f.rng.randint(10, 60))
            rid = f.add(
                c,
                rt,
                rch,
                {"email": "message", "chat": "chat", "community": "post"}[rch],
                W.SPIKE_AGAIN[lang],
            )
            reps.append(rid)
            c.truth["repeat_event_id"] = rid
        elif fixed_left > 0 and ch != "social":
            fixed_left -= 1
            f.add(
                c,
                s0 + timedelta(hours=4, minutes=f.rng.randint(25, 35)),
                "email",
                "message",
                W.SPIKE_FIXED[lang],
                direction="outbound",
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "nappy-laundry doorstep scan says the return bag belongs to another household: drivers leave without collecting (see README)",
        "about": "the planted incident of heldout203",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


FAMILIES = [
    (happy_writers, {}),
    (one_bad_day, {"detractor": 6}),
    (repeat_contacts, {"repeat_contact": 12}),
    (slow_churners, {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}),
    (quiet_hours, {}),
    (bilingual, {"repeat_contact": 5, "sentiment_drop": 5}),
    (b2b_accounts, {"account_risk": 5, "detractor": 16, "repeat_contact": 5}),
    (topic_spike, {"topic_spike": 1, "repeat_contact": 6}),
]


def main() -> None:
    total = [0, 0, 0]
    for build, expected in FAMILIES:
        fam = build()
        n = fam.write(dict(expected))
        print(fam.name, *n)
        total = [a + b for a, b in zip(total, n, strict=True)]
    print("total", *total)


if __name__ == "__main__":
    main()
