"""Build heldout188 (Sillonaro, a vinyl record club): eight families and their truth.

Standard library only, fixed seed; run as ``python make_heldout188.py`` from anywhere.
"""

# ruff: noqa: E501

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
WRITTEN = "2026-12-06"
SOURCES = {
    "email": "sillonaro-mail",
    "phone": "sillonaro-voice",
    "social": "sillonaro-social",
    "community": "sillonaro-forum",
    "chat": "sillonaro-chat",
    "web": "sillonaro-web",
    "survey": "sillonaro-survey",
}
PHONE_PREFIX = {
    "UK": "+44 7",
    "IE": "+353 8",
    "FR": "+33 6",
    "BE": "+32 4",
    "DE": "+49 15",
    "AT": "+43 66",
    "IT": "+39 3",
    "PT": "+351 9",
    "ES": "+34 6",
}
USED: set[str] = set()


def unique(rng: random.Random, make: Any) -> str:
    while True:
        value = str(make(rng))
        if value not in USED:
            USED.add(value)
            return value


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
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[tuple[datetime, int, dict[str, Any], Cust]] = field(default_factory=list)
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def pick(self, table: dict[str, list[str]], lang: str, **kw: str) -> str:
        return self.rng.choice(table[lang]).format(brand=W.BRAND, **kw)

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> Cust:
        rng = self.rng
        if lang is None:
            lang = rng.choices(W.LANGS, weights=[32, 32, 9, 9, 9, 9])[0]
        market = market or rng.choice(W.MARKETS[lang])
        first = rng.choice(W.FIRST[lang])
        last = rng.choice(W.LAST[lang])
        key = unique(rng, lambda r: f"SL{self.code}{r.randint(1000, 9999)}")
        plain = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        if account:
            domain = account.lower().replace("-", "") + ".example"
        else:
            domain = rng.choice(
                ["mailo.example", "postbox.example", "webmail.example", "inbox.example"]
            )
        email = unique(
            rng, lambda r: f"{plain}{r.randint(1, 99) if r.random() < 0.6 else ''}@{domain}"
        )
        phone = unique(
            rng,
            lambda r: (
                PHONE_PREFIX[market].replace(" ", "")
                + "".join(str(r.randint(0, 9)) for _ in range(8))
            ),
        )
        handle = None
        if account is None and rng.random() < 0.75:
            handle = unique(
                rng,
                lambda r: (
                    "@"
                    + strip_accents(
                        rng.choice(
                            [
                                f"{last}_{first}{r.randint(1, 9)}",
                                f"{first}{last}{r.randint(10, 99)}",
                                f"{first[0]}{last}vinyl",
                            ]
                        )
                    ).lower()
                ),
            )
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lang, market, first, email, phone, handle, account, truth)
        self.custs.append(c)
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        subject: str | None = None,
        attrs: dict[str, str] | None = None,
        scores: dict[str, int] | None = None,
    ) -> str:
        eid = f"h188-{self.code.lower()}-{len(self.rows) + 1:05d}"
        if direction == "inbound" and text and channel not in ("phone", "survey"):
            text = roughen(self.rough, text)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if direction == "outbound":
            a["agent"] = self.rng.choice(["Maëlle", "Sam", "Jonas", "Inés", "Paolo"])
        a.update(attrs or {})
        if channel == "social" and direction == "inbound" and text and "@" + W.BRAND not in text:
            text = text.replace(W.BRAND, "@" + W.BRAND) if W.BRAND in text else f"@{W.BRAND} {text}"
        row = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": direction,
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append((t, len(self.rows), row, c))
        return eid

    # -------------------------------------------------------------- acts --
    def happy_act(self, c: Cust, t: datetime) -> None:
        rng, lang = self.rng, c.lang
        what = rng.choice(
            ["praise", "again", "gripe", "chat", "call", "buy", "view", "review", "survey"]
        )
        if what == "praise":
            ch = rng.choice(["social", "community"])
            self.add(c, t, ch, "mention" if ch == "social" else "post", self.pick(W.PRAISE, lang))
        elif what == "again":
            self.add(c, t, "community", "post", self.pick(W.AGAIN, lang))
        elif what == "gripe":
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.PRAISE_GRIPE, lang),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif what == "chat":
            self.chat_q(c, t)
        elif what == "call":
            self.add(c, t, "phone", "call", self.pick(W.CALL_Q, lang))
            self.add(
                c,
                t + timedelta(minutes=rng.randint(10, 40)),
                "email",
                "message",
                self.pick(W.CALL_FOLLOW, lang, name=c.name),
                "outbound",
            )
        elif what == "buy":
            self.add(c, t, "web", "page_view", None, attrs={"page": "/shop"})
            product, price = rng.choice(W.PRODUCTS)
            self.add(
                c,
                t + timedelta(minutes=rng.randint(2, 9)),
                "web",
                "purchase",
                None,
                attrs={
                    "order_value": price,
                    "currency": "GBP" if c.market == "UK" else "EUR",
                    "product": product,
                    "page": "/checkout",
                },
            )
        elif what == "view":
            self.add(
                c,
                t,
                "web",
                "page_view",
                None,
                attrs={"page": rng.choice(["/crates", "/club", "/turntables"])},
            )
        elif what == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.REVIEW, lang),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.survey(c, t)

    def survey(self, c: Cust, t: datetime) -> None:
        rng = self.rng
        kind = rng.choice(["nps", "csat", "ces"])
        score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            kind
        ]
        text = rng.choice([self.pick(W.SURVEY_WORD, c.lang), None])
        self.add(
            c, t, "survey", "survey_response", text, scores={kind: score}, attrs={"survey": kind}
        )

    def chat_q(self, c: Cust, t: datetime, table: dict[str, list[str]] | None = None) -> None:
        rng = self.rng
        self.add(c, t, "chat", "chat", self.pick(table or W.QUESTION, c.lang))
        t2 = t + timedelta(minutes=rng.randint(1, 6))
        self.add(c, t2, "chat", "chat", self.pick(W.ANSWER, c.lang, name=c.name), "outbound")
        if rng.random() < 0.6:
            self.add(
                c,
                t2 + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                self.pick(W.THANKS, c.lang),
            )

    def happy_days(
        self, c: Cust, n: int, days: list[int], lo: float = 7.0, hi: float = 19.0
    ) -> None:
        for d in self.rng.sample(days, min(n, len(days))):
            self.happy_act(c, self.at(d, self.rng.uniform(lo, hi)))

    def case(self) -> str:
        return unique(self.rng, lambda r: f"SL-{r.randint(100000, 999999)}")

    def complaint(
        self, c: Cust, t: datetime, problem: str, channel: str, case: str | None, long: bool = False
    ) -> str:
        prob = W.PROB[c.lang][problem]
        if channel == "phone":
            return self.add(c, t, "phone", "call", self.pick(W.CALL_COMPLAINT, c.lang, prob=prob))
        if long:
            text = self.pick(W.LONG_EMAIL, c.lang, prob=prob, name=c.name)
        else:
            text = self.pick(W.COMPLAINT, c.lang, prob=prob[0].upper() + prob[1:])
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "community": "post",
        }[channel]
        subj = W.SUBJ_COMPLAINT[c.lang] + problem.replace("_", " ") if channel == "email" else None
        return self.add(
            c,
            t,
            channel,
            kind,
            text,
            subject=subj,
            attrs={"page": "/help/contact"} if channel == "web" else None,
        )

    def reply(
        self, c: Cust, t: datetime, table: dict[str, list[str]], case: str, channel: str = "email"
    ) -> str:
        subj = W.SUBJ_RE[c.lang] + case if channel == "email" else None
        return self.add(
            c,
            t,
            channel,
            "message" if channel == "email" else "chat",
            self.pick(table, c.lang, name=c.name, case=case),
            "outbound",
            subject=subj,
        )

    # ------------------------------------------------------------ output --
    def write(self, expected: dict[str, int]) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r[0], r[1]))
        seen: set[str] = set()
        for _, _, row, c in self.rows:
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if row["direction"] == "outbound" or (
                c.key not in seen and row["direction"] == "inbound"
            ):
                ref |= {
                    "customer_id": c.key,
                    "email": c.email,
                    "phone": c.phone,
                    "handle": c.handle,
                }
                if row["direction"] == "inbound":
                    seen.add(c.key)
            elif row["channel"] == "phone":
                ref["phone"] = (
                    c.phone if self.rough.random() < 0.5 else c.phone[:3] + " " + c.phone[3:]
                )
            elif row["channel"] == "email":
                ref["email"] = c.email.upper() if self.rough.random() < 0.08 else c.email
            elif row["channel"] in ("social", "community") and c.handle:
                ref["handle"] = c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
            elif row["channel"] in ("social", "community") and c.account:
                ref["email"] = c.email
            else:
                ref["customer_id"] = c.key
            row["customer"] = ref
        for c in self.custs:
            assert c.key in seen, c.key
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        counts: dict[str, int] = {}
        for c in self.custs:
            for r in c.truth["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        assert counts == expected, (self.name, counts, expected)
        last = self.rows[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 15, tzinfo=UTC), self.name
        for t, _, _, _ in self.rows:
            assert self.start <= t < end
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as out:
            for _, _, row, _ in self.rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Sillonaro, vinyl record club (app and web, Sillonaro Club membership) with a business arm, Sillonaro Pro (in-venue music for cafés and hotels, on account)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.custs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        out_n = sum(1 for r in self.rows if r[2]["direction"] == "outbound")
        return len(self.custs), len(self.rows), out_n


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in UMLAUT:
            out.append(UMLAUT[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            out.append(
                "".join(
                    x for x in unicodedata.normalize("NFD", ch) if unicodedata.category(x) != "Mn"
                )
            )
    return "".join(out)


def roughen(rng: random.Random, text: str) -> str:
    if rng.random() < 0.10:
        text = strip_accents(text)
    if rng.random() < 0.125 and text[:1].isupper() and not text[1:2].isupper():
        text = text[0].lower() + text[1:]
    if rng.random() < 1 / 7:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if idx:
            i = rng.choice(idx)
            w = words[i]
            j = rng.randint(1, len(w) - 3)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def day_writer(f: Fam, n: int, days: list[int], lo: int, hi: int) -> None:
    for _ in range(n):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(lo, hi), days)


# ------------------------------------------------------------------ families --
def happy_writers() -> tuple[int, int, int]:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 16, tzinfo=UTC),
        10,
        "happy writers: praise, questions, night writers, survey answerers",
    )
    day_writer(f, 16, list(range(10)), 5, 8)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.at(d, f.rng.choice([22.2, 23.1, 23.7, 24.4, 25.5, 26.8, 28.3]))
            if f.rng.random() < 0.5:
                ch = f.rng.choice(["social", "community"])
                f.add(
                    c, t, ch, "mention" if ch == "social" else "post", f.pick(W.NIGHT_POST, c.lang)
                )
            else:
                f.chat_q(c, t, W.NIGHT_Q)
        f.happy_days(c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.survey(c, f.at(d, f.rng.uniform(8, 20)))
    return f.write({})


PROBLEMS = ["no_show", "warped", "double_charge", "wrong_price"]


def one_bad_day() -> tuple[int, int, int]:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "one bad day among happy customers",
    )
    rng = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    casers: list[tuple[Cust, datetime, str]] = []
    for i, ch in enumerate(channels):
        c = f.person("happy_one_bad_day", "one bad day")
        c.truth["tolerated_rules"] = ["silence"]
        bd = rng.randint(2, 9)
        t = f.at(bd, rng.uniform(8, 20))
        problem = PROBLEMS[i % 4]
        f.happy_days(c, rng.randint(1, 5), [d for d in range(12) if d <= bd - 2 or d >= bd + 3])
        real = "email" if ch == "long" else ch
        case = None if ch == "social" else f.case()
        eid = f.complaint(c, t, problem, real, case, long=ch == "long")
        c.truth |= {
            "problem": problem,
            "channel": real,
            "booking": case,
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(t),
            "long_email": ch == "long",
        }
        if case:
            if ch == "chat":
                f.reply(c, t + timedelta(minutes=rng.randint(2, 6)), W.CASE_OPENED, case, "chat")
            else:
                f.reply(c, t + timedelta(minutes=rng.randint(10, 40)), W.CASE_OPENED, case)
            casers.append((c, t, case))
    rng.shuffle(casers)
    for j, (c, t, case) in enumerate(casers):
        if j < 6:
            c.truth["persona"] = "bad_day_detractor"
            c.truth["expected_rules"] = ["detractor"]
            nps = rng.randint(1, 5)
            c.truth |= {
                "nps_given": True,
                "nps": nps,
                "survey_event_id": f.add(
                    c,
                    t + timedelta(minutes=rng.randint(100, 140)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": nps},
                    attrs={"survey": "nps"},
                ),
            }
        elif j < 11:
            csat = rng.randint(1, 2)
            c.truth |= {
                "csat_given": True,
                "csat": csat,
                "survey_event_id": f.add(
                    c,
                    t + timedelta(minutes=rng.randint(40, 80)),
                    "survey",
                    "survey_response",
                    rng.choice([None, "bof", "meh"]) if c.lang in ("fr", "en") else None,
                    scores={"csat": csat},
                    attrs={"survey": "csat"},
                ),
            }
        if j % 20 < 12:
            g = t + timedelta(hours=rng.uniform(1, 4))
            if g.hour >= 21 or g.hour < 7:
                g = g.replace(hour=8, minute=rng.randint(0, 50)) + (
                    timedelta(days=1) if g.hour >= 21 else timedelta()
                )
            f.reply(c, g, W.GOOD_NEWS, case)
            c.truth["agent_fixed"] = True
            if j % 20 >= 7:
                a = t + timedelta(hours=rng.uniform(16, 24))
                if a.hour < 7 or a.hour >= 22:
                    a = a.replace(hour=8) + (timedelta(days=1) if a.hour >= 22 else timedelta())
                c.truth |= {
                    "apologised": True,
                    "apology_at": iso(a),
                    "apology_event_id": f.add(c, a, "chat", "chat", f.pick(W.APOLOGY, c.lang)),
                }
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, rng.randint(4, 7), list(range(12)))
    return f.write({"detractor": 6})


def morning(t: datetime, rng: random.Random) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 59))
    if t.hour < 7:
        return t.replace(hour=8, minute=rng.randint(0, 59))
    return t


def repeat_run(
    f: Fam,
    c: Cust,
    first: datetime,
    times: int,
    first_ch: str,
    problem: str,
    quality: bool,
    langs: list[str] | None = None,
) -> None:
    rng = f.rng
    case = f.case()
    comp = rng.choice(W.COMPETITORS)
    c.truth["tolerated_rules"] = [
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
    ]
    c.truth["expected_rules"] = ["repeat_contact"]
    lang0 = c.lang
    ids = [f.complaint(c, first, problem, first_ch, case)]
    if first_ch == "chat":
        f.reply(c, first + timedelta(minutes=rng.randint(2, 5)), W.CASE_OPENED, case, "chat")
    if quality:
        f.reply(c, first + timedelta(hours=rng.uniform(1.5, 2.5)), W.QUALITY_LEAD, case)
    elif first_ch != "chat":
        f.reply(c, first + timedelta(minutes=rng.randint(10, 40)), W.CASE_OPENED, case)
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    rng.shuffle(chans)
    t = first
    for k in range(1, times):
        if langs:
            c.lang = langs[k % 2]
        t = morning(t + timedelta(hours=rng.uniform(4, 40)), rng)
        ch = chans[k - 1]
        prob = W.PROB[c.lang][problem]
        if k == 3:
            text = f.pick(W.FOURTH, c.lang, case=case)
        elif k == 2:
            text = f.pick(W.THIRD, c.lang, case=case, comp=comp)
        else:
            text = f.pick(W.STILL_OPEN, c.lang, case=case, prob=prob)
        if ch == "phone":
            text = strip_accents(text).lower().replace(".", "").replace(",", "").replace("?", "")
            ids.append(f.add(c, t, "phone", "call", text))
        else:
            kind = {"email": "message", "chat": "chat", "web": "ticket", "social": "mention"}[ch]
            ids.append(
                f.add(
                    c,
                    t,
                    ch,
                    kind,
                    text,
                    subject=W.SUBJ_RE[c.lang] + case if ch == "email" else None,
                    attrs={"page": "/help/contact"} if ch == "web" else None,
                )
            )
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=rng.randint(1, 4)), W.URGENT, case, "chat")
    c.lang = lang0
    c.truth |= {
        "problem": problem,
        "booking": case,
        "contacts": times,
        "channels": [first_ch, *chans[: times - 1]],
        "agent_passed_on": quality,
        "problem_event_ids": ids,
        "competitor": comp if times >= 3 else None,
        "trouble_starts_at": iso(first),
    }


def fixed_run(
    f: Fam, c: Cust, first: datetime, problem: str, ch: str, confirm_lang: str | None = None
) -> dict[str, Any]:
    rng = f.rng
    case = f.case()
    eid = f.complaint(c, first, problem, ch, case)
    f.reply(c, first + timedelta(minutes=rng.randint(10, 40)), W.CASE_OPENED, case)
    fx = morning(first + timedelta(hours=rng.uniform(3, 20)), rng)
    f.reply(c, fx, W.GOOD_NEWS, case)
    cf = morning(fx + timedelta(hours=rng.uniform(8, 30)), rng)
    lang0 = c.lang
    c.lang = confirm_lang or c.lang
    cch = rng.choice(["email", "chat"])
    ceid = f.add(
        c,
        cf,
        cch,
        "message" if cch == "email" else "chat",
        f.pick(W.CONFIRM, c.lang, case=case),
        subject=W.SUBJ_RE[c.lang] + case if cch == "email" else None,
    )
    c.lang = lang0
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(first),
        "fixed_at": iso(fx),
        "confirmed_at": iso(cf),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> tuple[int, int, int]:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        "repeat contacts about one open problem, fixed cases, two problems, frequent writers",
    )
    rng = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    times = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(times)
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        f.happy_days(c, rng.randint(1, 3), [0], 7, 12)
        repeat_run(
            f,
            c,
            f.at(rng.randint(1, 4), rng.uniform(8, 19)),
            times[i],
            firsts[i],
            PROBLEMS[i % 4],
            i % 2 == 0,
        )
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        c.truth["tolerated_rules"] = ["silence"]
        f.happy_days(c, rng.randint(1, 2), [0])
        p = fixed_run(
            f,
            c,
            f.at(rng.randint(1, 4), rng.uniform(8, 18)),
            PROBLEMS[i % 4],
            rng.choice(["email", "web", "chat"]),
        )
        c.truth |= {"problems": [p], "trouble_starts_at": p["raised_at"]}
    for i in range(3):
        c = f.person("different_problems", "two problems")
        c.truth["tolerated_rules"] = ["silence"]
        d = rng.randint(1, 2)
        p1 = fixed_run(f, c, f.at(d, rng.uniform(8, 12)), PROBLEMS[i], "email")
        p2 = fixed_run(
            f, c, f.at(d + rng.randint(4, 5), rng.uniform(8, 12)), PROBLEMS[i + 1], "web"
        )
        c.truth |= {"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]}
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in rng.sample(range(10), rng.randint(5, 8)):
            t = f.at(d, rng.uniform(8, 19))
            if rng.random() < 0.7:
                f.chat_q(c, t)
            else:
                f.happy_act(c, t)
    return f.write({"repeat_contact": 12})


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str] | None = None) -> None:
    rng = f.rng
    comp = rng.choice(W.COMPETITORS)
    ids = []
    t = f.at(start_day, rng.uniform(8, 12))
    gap = span * 24 / 5
    lang0 = c.lang
    for k in range(6):
        if langs:
            c.lang = langs[k % 2]
        text = W.SLIDE[c.lang][k].format(comp=comp)
        ch = rng.choice(["social", "community", "review"])
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
        t = morning(t + timedelta(hours=max(1.2, gap * rng.uniform(0.8, 1.1))), rng)
    c.lang = lang0
    c.truth["expected_rules"] = ["sentiment_drop"]
    c.truth["tolerated_rules"] = [
        "repeat_contact",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
    ]
    c.truth |= {"slide_event_ids": ids, "slide_days": span, "competitor": comp, "habit": "slides"}
    c.truth["trouble_starts_at"] = next(
        r[2]["occurred_at"] for r in f.rows if r[2]["event_id"] == ids[0]
    )


def praise_posts(f: Fam, c: Cust, n: int, days: list[int], langs: list[str] | None = None) -> None:
    for k, d in enumerate(f.rng.sample(days, n)):
        lang = langs[k % 2] if langs else c.lang
        ch = f.rng.choice(["social", "community"])
        f.add(
            c,
            f.at(d, f.rng.uniform(8, 20)),
            ch,
            "mention" if ch == "social" else "post",
            f.pick(W.PRAISE, lang),
        )


def slow_churners() -> tuple[int, int, int]:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        "slow slides, leavers, steady and grumpy members, one sarcastic post",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = f.person("slow_churner", "slides")
        praise_posts(f, c, rng.randint(4, 5), list(range(11)))
        f.happy_days(c, rng.randint(2, 4), list(range(11)))
        slide(f, c, rng.randint(12, 16), spans[i])
        if i < 5:
            step4 = next(r[0] for r in f.rows if r[2]["event_id"] == c.truth["slide_event_ids"][3])
            nps = rng.randint(1, 5)
            c.truth["expected_rules"] = ["sentiment_drop", "detractor"]
            c.truth |= {
                "nps_given": True,
                "nps": nps,
                "survey_event_id": f.add(
                    c,
                    morning(step4 + timedelta(hours=rng.uniform(2.5, 3.5)), rng),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": nps},
                    attrs={"survey": "nps"},
                ),
            }
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        f.happy_days(c, rng.randint(4, 6), list(range(16)))
        t = f.at(rng.randint(17, 23), rng.uniform(8, 18))
        eid = f.add(c, t, "email", "message", f.pick(W.CANCEL, c.lang), subject="Club")
        f.add(
            c,
            t + timedelta(hours=rng.uniform(1, 5)),
            "email",
            "message",
            f.pick(W.SORRY_GO, c.lang, name=c.name),
            "outbound",
            subject="Re: Club",
        )
        ct = morning(t + timedelta(hours=rng.uniform(20, 30)), rng)
        cid = f.add(
            c,
            ct,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/membership", "product": "Sillonaro Club"},
        )
        c.truth["expected_rules"] = ["churn_intent"]
        c.truth["tolerated_rules"] = [
            "sentiment_drop",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ]
        c.truth |= {
            "churn_intent_event_id": eid,
            "cancellation_event_id": cid,
            "churn_at": iso(ct),
            "trouble_starts_at": iso(t),
        }
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        c.truth["tolerated_rules"] = ["repeat_contact", "silence"]
        d = rng.randint(0, 4)
        ids = []
        for _ in range(rng.randint(5, 7)):
            ch = rng.choice(["social", "community", "web", "review"])
            text = f.pick(W.GRUMBLE, c.lang)
            if ch == "review":
                ids.append(
                    f.add(
                        c,
                        f.at(d, rng.uniform(8, 20)),
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            elif ch == "web":
                ids.append(
                    f.add(
                        c,
                        f.at(d, rng.uniform(8, 20)),
                        "web",
                        "ticket",
                        text,
                        attrs={"page": "/help/contact"},
                    )
                )
            else:
                ids.append(
                    f.add(
                        c,
                        f.at(d, rng.uniform(8, 20)),
                        ch,
                        "mention" if ch == "social" else "post",
                        text,
                    )
                )
            d += rng.randint(1, 3)
        c.truth |= {
            "grumble_event_ids": ids,
            "trouble_starts_at": next(
                r[2]["occurred_at"] for r in f.rows if r[2]["event_id"] == ids[0]
            ),
        }
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        c.truth["tolerated_rules"] = ["silence"]
        f.happy_days(c, rng.randint(3, 5), list(range(16)))
        c.truth["sarcasm_event_id"] = f.add(
            c,
            f.at(rng.randint(17, 28), rng.uniform(9, 20)),
            "social",
            "mention",
            f.pick(W.SARCASM, c.lang),
        )
    return f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> tuple[int, int, int]:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        "a calm weekend with night owls in three small bursts a night",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once")
        c.truth["tolerated_rules"] = ["silence"]
        t = f.at(rng.randint(0, 2), rng.uniform(9, 16))
        f.add(c, t, "web", "page_view", None, attrs={"page": "/crates"})
        t2 = t + timedelta(minutes=rng.randint(20, 30))
        if i < 2:
            eid = f.add(c, t2, "chat", "chat", f.pick(W.MILD, c.lang))
            f.add(
                c,
                t2 + timedelta(minutes=3),
                "chat",
                "chat",
                f.pick(W.MILD_ANSWER, c.lang, name=c.name),
                "outbound",
            )
        else:
            eid = f.add(
                c, t2, "web", "ticket", f.pick(W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.add(
                c,
                t2 + timedelta(minutes=25),
                "email",
                "message",
                f.pick(W.MILD_ANSWER, c.lang, name=c.name),
                "outbound",
            )
        c.truth |= {"grumble_event_id": eid, "trouble_starts_at": iso(t2)}
    n = 0
    for night in range(3):
        b0 = f.at(night + 1, rng.uniform(0.67, 1.08))
        for b, off in enumerate([0, rng.uniform(28, 33), rng.uniform(55, 65)]):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bt + timedelta(minutes=rng.uniform(0, 10))
                if rng.random() < 0.5:
                    eid = f.add(c, t, "chat", "chat", f.pick(W.NIGHT_Q, c.lang))
                    f.add(
                        c,
                        t + timedelta(minutes=2),
                        "chat",
                        "chat",
                        f.pick(W.ANSWER, c.lang, name=c.name),
                        "outbound",
                    )
                    f.add(c, t + timedelta(minutes=4), "chat", "chat", f.pick(W.THANKS, c.lang))
                else:
                    ch = rng.choice(["social", "community"])
                    eid = f.add(
                        c,
                        t,
                        ch,
                        "mention" if ch == "social" else "post",
                        f.pick(W.NIGHT_POST, c.lang),
                    )
                c.truth |= {"burst_at": iso(bt), "night_event_id": eid}
                n += 1
                if n % 2 == 0:
                    f.happy_act(c, f.at(rng.randint(0, 2), rng.uniform(9, 17.5)))
    return f.write({})


PAIRS = [
    ("fr", "en"),
    ("en", "fr"),
    ("fr", "de"),
    ("en", "es"),
    ("fr", "it"),
    ("en", "pt"),
    ("de", "fr"),
    ("it", "fr"),
    ("pt", "fr"),
    ("es", "en"),
    ("fr", "es"),
    ("en", "de"),
]


def bilingual() -> tuple[int, int, int]:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers writing in two languages",
    )
    rng = f.rng

    def bperson(persona: str, habit: str, i: int) -> tuple[Cust, list[str]]:
        a, b = PAIRS[i % len(PAIRS)]
        c = f.person(persona, habit, lang=a)
        c.truth |= {
            "languages": [a, b],
            "job_second_language": rng.choice(
                [
                    "works for a firm across the border",
                    "partner's language at home",
                    "studied abroad",
                    "grew up with both",
                ]
            ),
        }
        return c, [a, b]

    for i in range(12):
        c, langs = bperson("happy", "alternates languages", i)
        for k, d in enumerate(rng.sample(range(14), rng.randint(5, 8))):
            c.lang = langs[k % 2]
            f.happy_act(c, f.at(d, rng.uniform(8, 19)))
        c.lang = langs[0]
    for i, times in enumerate([2, 2, 3, 3, 4]):
        c, langs = bperson("repeat_contact", "repeats", i + 3)
        f.happy_days(c, rng.randint(1, 3), [0, 1])
        repeat_run(
            f,
            c,
            f.at(rng.randint(2, 5), rng.uniform(8, 18)),
            times,
            rng.choice(["email", "web", "chat"]),
            PROBLEMS[i % 4],
            times >= 3,
            langs,
        )
    for i in range(5):
        c, langs = bperson("slow_churner", "slides", i + 6)
        praise_posts(f, c, 5, list(range(6)), langs)
        f.happy_days(c, rng.randint(1, 3), list(range(6)))
        slide(f, c, rng.randint(7, 8), rng.randint(3, 5), langs)
    for i in range(3):
        c, langs = bperson("happy_one_bad_day", "one bad day", i + 1)
        c.truth["tolerated_rules"] = ["silence"]
        f.happy_days(c, rng.randint(2, 4), [0, 1, 2, 3, 9, 10, 11])
        t = f.at(rng.randint(5, 7), rng.uniform(9, 18))
        case = f.case()
        c.lang = langs[1]
        ch = ["email", "email", "chat"][i]
        eid = f.complaint(c, t, PROBLEMS[i], ch, case, long=i == 0)
        f.reply(
            c,
            t + timedelta(minutes=rng.randint(5, 30)),
            W.CASE_OPENED,
            case,
            "chat" if ch == "chat" else "email",
        )
        if ch == "email":
            f.reply(c, t + timedelta(hours=rng.uniform(1, 3)), W.GOOD_NEWS, case)
        if i == 1:
            c.truth |= {
                "apologised": True,
                "apology_event_id": f.add(
                    c,
                    t + timedelta(hours=rng.uniform(18, 24)),
                    "chat",
                    "chat",
                    f.pick(W.APOLOGY, c.lang),
                ),
            }
        c.lang = langs[0]
        c.truth |= {
            "problem": PROBLEMS[i],
            "booking": case,
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "bad_day_language": langs[1],
            "long_email": i == 0,
            "trouble_starts_at": iso(t),
        }
    for i in range(2):
        c, langs = bperson("resolved_between_contacts", "fixed", i + 8)
        c.truth["tolerated_rules"] = ["silence"]
        f.happy_days(c, rng.randint(1, 2), [0, 1])
        p = fixed_run(
            f,
            c,
            f.at(rng.randint(3, 6), rng.uniform(9, 16)),
            PROBLEMS[i + 2],
            "web",
            confirm_lang=langs[1],
        )
        c.truth |= {
            "problems": [p],
            "trouble_starts_at": p["raised_at"],
            "confirm_language": langs[1],
        }
    return f.write({"repeat_contact": 5, "sentiment_drop": 5})


SITES = [
    "café chain",
    "hotel",
    "restaurant group",
    "co-working",
    "boutique",
    "gym",
    "bar",
    "bakery chain",
    "hostel",
    "bookshop",
    "salon",
    "museum café",
    "cinema",
    "wine bar",
    "hotel group",
]
JOBS = [
    "Office manager",
    "Finance lead",
    "Venue manager",
    "Operations",
    "Accounts payable",
    "General manager",
]


def b2b_accounts() -> tuple[int, int, int]:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        "Sillonaro Pro accounts: at-risk accounts, one unhappy contact, mild suggestions, happy accounts",
    )
    rng = f.rng
    plan = (
        [
            ("at_risk", 3, "portal"),
            ("at_risk", 3, "invoice"),
            ("at_risk", 3, "overbilled"),
            ("at_risk", 4, "invoice"),
            ("at_risk", 4, "overbilled"),
        ]
        + [("one_unhappy", 1, p) for p in ["invoice", "portal", "overbilled", "invoice"]]
        + [("mild", 2, "")] * 3
        + [("happy", 0, "")] * 3
    )
    alangs = [
        "fr",
        "en",
        "fr",
        "en",
        "de",
        "fr",
        "it",
        "es",
        "pt",
        "en",
        "fr",
        "de",
        "fr",
        "en",
        "fr",
    ]
    for i, (kind, unhappy, problem) in enumerate(plan):
        lang = alangs[i]
        market = W.MARKETS[lang][i % len(W.MARKETS[lang])]
        acc = unique(rng, lambda r, m=market: f"SLP-{m}-{r.randint(1000, 9999)}")
        company = f"{rng.choice(['Maison', 'Studio', 'Casa', 'Haus', 'The'])} {rng.choice(['Lumen', 'Orvale', 'Ferrant', 'Belcourt', 'Tindra', 'Vasco', 'Millbrook'])} {i + 1}"
        ncont = {
            "at_risk": rng.randint(max(4, unhappy), 6),
            "one_unhappy": 3,
            "mild": rng.randint(3, 4),
            "happy": rng.randint(3, 4),
        }[kind]
        contacts = []
        for k in range(ncont):
            c = f.person("b2b_happy", "contact", lang=lang, account=acc, market=market)
            job = JOBS[k % len(JOBS)]
            c.truth |= {"company": company, "role": "contact", "job_title": job, "job": job}
            contacts.append(c)
        risk_start = None
        unhappy_keys: list[str] = []
        if kind == "at_risk":
            case = f.case()
            t = f.at(2, rng.uniform(8, 11))
            risk_start = iso(t)
            first = contacts[0]
            for k in range(unhappy):
                c = contacts[k]
                if k > 0:
                    t = morning(t + timedelta(hours=rng.uniform(8, 28)), rng)
                    if t.hour >= 17:
                        t = (t + timedelta(days=1)).replace(hour=9)
                    while t.weekday() >= 5:
                        t += timedelta(days=1)
                prob = W.B2B_PROB[lang][problem]
                text = (
                    f.pick(
                        W.B2B_FIRST,
                        lang,
                        prob=prob[0].upper() + prob[1:],
                        name=c.truth["name"],
                        job=c.truth["job"],
                    )
                    if k == 0
                    else f.pick(
                        W.B2B_NEXT, lang, first=first.name, when=W.WHEN[lang], case=case, prob=prob
                    )
                )
                eid = f.add(
                    c, t, "email", "message", text, subject=W.SUBJ_COMPLAINT[lang] + problem
                )
                ids = [eid]
                if k == 0:
                    f.reply(c, t + timedelta(minutes=rng.randint(20, 60)), W.CASE_OPENED, case)
                if k < unhappy - 1:
                    nps = rng.randint(1, 5)
                    ids.append(
                        f.add(
                            c,
                            t + timedelta(hours=rng.uniform(1, 3)),
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": nps},
                            attrs={"survey": "nps"},
                        )
                    )
                    c.truth |= {"nps_given": True, "nps": nps, "survey_event_id": ids[-1]}
                    c.truth["expected_rules"] = ["detractor"]
                else:
                    lt = t + timedelta(hours=rng.uniform(18, 40))
                    lt = morning(lt, rng)
                    if lt.hour >= 17:
                        lt = (lt + timedelta(days=1)).replace(hour=9)
                    while lt.weekday() >= 5:
                        lt += timedelta(days=1)
                    if i == 0:
                        comp = rng.choice(W.COMPETITORS)
                        ids.append(
                            f.add(
                                c,
                                lt,
                                "email",
                                "message",
                                f.pick(W.B2B_LAST_MAIL, lang, case=case, comp=comp),
                                subject=W.SUBJ_RE[lang] + case,
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(c, lt, "phone", "call", f.pick(W.B2B_LAST_CALL, lang, case=case))
                        )
                    c.truth["expected_rules"] = ["repeat_contact"]
                c.truth["persona"] = "b2b_unhappy"
                c.truth["tolerated_rules"] = [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                ]
                c.truth |= {
                    "role": "complainer",
                    "habit": "complainer",
                    "complaint_event_ids": ids,
                    "problem": problem,
                    "booking": case,
                    "trouble_starts_at": iso(t),
                }
                unhappy_keys.append(c.key)
        elif kind == "one_unhappy":
            c = contacts[0]
            case = f.case()
            t = f.at(rng.randint(3, 7) if i % 2 else 3, rng.uniform(9, 15))
            while t.weekday() >= 5:
                t += timedelta(days=1)
            prob = W.B2B_PROB[lang][problem]
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f.pick(
                    W.B2B_FIRST,
                    lang,
                    prob=prob[0].upper() + prob[1:],
                    name=c.truth["name"],
                    job=c.truth["job"],
                ),
                subject=W.SUBJ_COMPLAINT[lang] + problem,
            )
            f.reply(c, t + timedelta(minutes=rng.randint(20, 60)), W.CASE_OPENED, case)
            nps = rng.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(hours=rng.uniform(1, 3)),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth |= {
                "persona": "b2b_one_unhappy",
                "habit": "complainer",
                "role": "complainer",
                "expected_rules": ["detractor"],
                "tolerated_rules": ["sentiment_drop", "high_value_at_risk", "silence"],
                "complaint_event_ids": [eid],
                "nps_given": True,
                "nps": nps,
                "survey_event_id": sid,
                "problem": problem,
                "booking": case,
                "trouble_starts_at": iso(t),
            }
            unhappy_keys.append(c.key)
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.at(rng.randint(2, 9), rng.uniform(8, 16))
                while t.weekday() >= 5:
                    t += timedelta(days=1)
                eid = f.add(
                    c, t, "web", "ticket", f.pick(W.SUGGEST, lang), attrs={"page": "/pro/feedback"}
                )
                f.add(
                    c,
                    t + timedelta(minutes=rng.randint(20, 90)),
                    "email",
                    "message",
                    f.pick(W.MILD_ANSWER, lang, name=c.name),
                    "outbound",
                )
                c.truth |= {
                    "persona": "b2b_mild",
                    "habit": "suggests",
                    "role": "suggests",
                    "tolerated_rules": ["silence"],
                    "mild_event_id": eid,
                    "trouble_starts_at": iso(t),
                }
        for c in contacts:
            happy = c.truth["persona"] == "b2b_happy"
            days = [d for d in range(14) if (d % 7) < 5] if happy else [0, 1]
            for d in rng.sample(days, rng.randint(2, 4) if happy else rng.randint(0, 2)):
                t = f.at(d, rng.uniform(8, 16.5))
                what = rng.choice(
                    ["q", "buy", "view", "praise", "survey"] if happy else ["q", "buy", "view"]
                )
                if what == "q":
                    f.chat_q(c, t, W.B2B_Q)
                elif what == "buy":
                    f.add(c, t, "web", "page_view", None, attrs={"page": "/pro/catalogue"})
                    product, price = rng.choice(W.PRODUCTS)
                    f.add(
                        c,
                        t + timedelta(minutes=5),
                        "web",
                        "purchase",
                        None,
                        attrs={
                            "order_value": price,
                            "currency": "GBP" if market == "UK" else "EUR",
                            "product": product,
                            "page": "/pro/checkout",
                        },
                    )
                elif what == "view":
                    f.add(c, t, "web", "page_view", None, attrs={"page": "/pro/portal"})
                elif what == "praise":
                    f.add(c, t, "community", "post", f.pick(W.PRAISE, lang))
                else:
                    f.survey(c, t)
            if not any(r[3] is c and r[2]["direction"] == "inbound" for r in f.rows):
                f.add(
                    c,
                    f.at(rng.choice([0, 1, 7, 8]), rng.uniform(9, 16)),
                    "web",
                    "page_view",
                    None,
                    attrs={"page": "/pro/portal"},
                )
        f.accounts[acc] = {
            "company": company,
            "site": SITES[i],
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": risk_start,
            "language": lang,
            "country": market,
        }
    dets = sum(1 for c in f.custs if "detractor" in c.truth["expected_rules"])
    return f.write({"account_risk": 5, "detractor": dets, "repeat_contact": 5})


def topic_spike() -> tuple[int, int, int]:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and the planted incident",
    )
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in rng.sample(range(6), rng.randint(2, 5)):
            f.happy_act(c, f.at(d, rng.uniform(12, 19) if d == 5 else rng.uniform(7, 19)))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once")
        c.truth["tolerated_rules"] = ["silence"]
        t = f.at(0, rng.uniform(9, 16))
        eid = f.add(c, t, "chat", "chat", f.pick(W.MILD, c.lang))
        f.add(
            c,
            t + timedelta(minutes=3),
            "chat",
            "chat",
            f.pick(W.MILD_ANSWER, c.lang, name=c.name),
            "outbound",
        )
        c.truth |= {"grumble_event_id": eid, "trouble_starts_at": iso(t)}
    for lang, hour in (("fr", 9.67), ("en", 16.08)):
        c = f.person("grumbles_once", "lone question", lang=lang)
        c.truth["tolerated_rules"] = ["silence"]
        t = f.at(4, hour)
        eid = f.add(c, t, "chat", "chat", f.pick(W.LONE_Q, lang))
        f.add(
            c,
            t + timedelta(minutes=4),
            "chat",
            "chat",
            f.pick(W.LONE_A, lang, name=c.name),
            "outbound",
        )
        c.truth |= {"lone_report_event_id": eid, "trouble_starts_at": iso(t)}
    langs = ["en"] * 6 + ["fr"] * 6 + ["de", "de", "it", "it", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 1
    rng.shuffle(chans)
    s0 = f.at(5, 9 + 25 / 60)
    offs = sorted([0.0, 45.0] + [rng.uniform(1, 44) for _ in range(len(langs) - 2)])
    keys, eids, reps = [], [], []
    repeaters = set(rng.sample([k for k in range(len(langs)) if offs[k] <= 25], 6))
    for k, lang in enumerate(langs):
        regular = k % 3 != 2
        c = f.person("spike_reporter", "regular" if regular else "new", lang=lang)
        c.truth["tolerated_rules"] = ["silence"]
        if regular:
            for d in rng.sample(range(5), rng.randint(1, 2)):
                f.happy_act(c, f.at(d, rng.uniform(8, 17.5)))
        t = s0 + timedelta(minutes=offs[k])
        ch = chans[k]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = f.add(
            c,
            t,
            ch,
            kind,
            f.pick(W.SPIKE, lang),
            subject={
                "en": "Wrong account!!",
                "fr": "Compte de quelqu'un d'autre",
                "de": "Fremdes Konto",
                "it": "Account sbagliato",
                "pt": "Conta errada",
                "es": "Cuenta equivocada",
            }[lang]
            if ch == "email"
            else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT, lang, name=c.name),
                "outbound",
            )
        c.truth |= {
            "in_spike": True,
            "regular": regular,
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
        }
        keys.append(c.key)
        eids.append(eid)
        if k in repeaters:
            rch = rng.choice([x for x in ["email", "chat", "community"] if x != ch])
            rt = t + timedelta(minutes=rng.uniform(10, 50))
            rk = {"email": "message", "chat": "chat", "community": "post"}[rch]
            rid = f.add(c, rt, rch, rk, f.pick(W.SPIKE_AGAIN, lang))
            reps.append(rid)
            c.truth |= {
                "persona": "spike_repeater",
                "repeat_event_id": rid,
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["sentiment_drop", "silence"],
            }
        elif k % 4 == 1:
            f.add(
                c,
                f.at(5, rng.uniform(11.1, 11.3)),
                "email",
                "message",
                f.pick(W.SPIKE_FIXED, lang, name=c.name),
                "outbound",
            )
            c.truth["agent_fixed"] = True
    assert len(reps) == 6, len(reps)
    f.spike = {
        "topic": "record-club app shows another member's account (name, address, order history) after a session error",
        "about": "cross-account session mix-up in the app and website; members see strangers' personal details",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f.write({"topic_spike": 1, "repeat_contact": 6})


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
    total = [0, 0, 0]
    for fam in FAMILIES:
        n = fam()
        print(fam.__name__, *n)
        total = [a + b for a, b in zip(total, n, strict=True)]
    print("total", *total)


if __name__ == "__main__":
    main()
