"""Writes the heldout310 families (Dartello, written blind). Standard library only.

Run: python make_heldout310.py (from anywhere). Two runs give the same bytes.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261010
BRAND = "Dartello"
COMPS = ("Bullvaro", "Treblix")
TODAY_LIMIT = datetime(2026, 11, 1, tzinfo=UTC)
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
LEAVE_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
COUNTER = {"id": 1000, "case": 400000, "phone": 2100000, "acct": 3000}
CODES = {
    "happy_writers": "HW",
    "one_bad_day": "BD",
    "repeat_contacts": "RC",
    "slow_churners": "SC",
    "quiet_hours": "QH",
    "bilingual": "BL",
    "b2b_accounts": "BB",
    "topic_spike": "TS",
}
SOURCES = {
    "email": "mail",
    "phone": "voice",
    "social": "social",
    "community": "forum",
    "chat": "chat",
    "web": "web",
    "survey": "survey",
}
SPEECH_START = {
    "pt": "olá bom dia ",
    "de": "ja hallo ",
    "en": "hi yeah ",
    "es": "hola buenas ",
    "fr": "allô bonjour ",
    "it": "pronto buongiorno ",
}


def nxt(key: str) -> int:
    COUNTER[key] += 1
    return COUNTER[key]


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def speech(text: str, lang: str) -> str:
    body = re.sub(r"[.,!?;:'\"()«»€£%🙏👏😂😅🎯👍]", " ", text)
    body = re.sub(r"\s+", " ", body).strip()
    if lang != "de":
        body = body.lower()
    return SPEECH_START[lang] + body


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    ids: dict[str, str | None]
    truth: dict[str, Any]
    lang2: str = ""


@dataclass
class Fam:
    name: str
    n: int
    start: datetime
    days: int
    about: str
    rng: Random = field(init=False)
    rough: Random = field(init=False)
    rows: list[tuple[datetime, int, Cust, dict[str, Any]]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = Random(SEED * 100 + self.n)
        self.rough = Random(SEED * 100 + 50 + self.n)

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, weights=W.WEIGHTS)[0]

    def t(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] | list[str] = (),
        market: str | None = None,
        account: str | None = None,
        company: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        lg = lang or self.lang()
        mk = market or self.rng.choice(W.MARKETS[lg])
        num = nxt("id")
        first = self.rng.choice(W.FIRST[lg])
        last = self.rng.choice(W.LAST[lg])
        key = f"DT{CODES[self.name]}{num}"
        ascii_f = strip_accents(first).lower().replace("ß", "ss").replace("ñ", "n")
        ascii_l = strip_accents(last).lower().replace("ß", "ss").replace("ñ", "n")
        if domain:
            email = f"{ascii_f}.{ascii_l}{num}@{domain}"
            handle = None
        else:
            email = f"{ascii_f}.{ascii_l}{num}@mail{num % 7}.example"
            handle = f"@{ascii_l}_{ascii_f}{num}"
        phone = f"{W.PHONE_PREFIX[mk]} {nxt('phone')}"
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth: dict[str, Any] = {
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
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        if company:
            truth["company"] = company
        c = Cust(key, lg, mk, first, ids, truth)
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        lang: str | None = None,
    ) -> str:
        eid = f"dt310-{CODES[self.name].lower()}-{len(self.rows) + 1:05d}"
        a = {"market": c.market}
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        if out:
            a["agent"] = self.rng.choice(["Sofia", "Marco", "Lena", "Tom", "Rita", "Paul"])
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        row = {
            "event_id": eid,
            "occurred_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": f"dartello-{SOURCES.get(channel, 'web')}",
            "attributes": a,
        }
        self.rows.append((when, len(self.rows), c, row))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if len(w) > 4 and w.isalpha() and w.islower()
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randrange(1, len(w) - 2)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    # ---------------------------------------------------------------- acts --
    def happy(
        self, c: Cust, when: datetime, lang: str | None = None, surveys: bool = False
    ) -> None:
        lg = lang or c.lang
        kinds = ["praise", "gripe", "chat", "phone", "buy", "view", "review"] + (
            ["survey"] if surveys else []
        )
        k = self.rng.choice(kinds)
        m = timedelta(minutes=1)
        if k == "praise":
            ch = self.rng.choice(["social", "community"])
            self.add(
                c,
                when,
                ch,
                "mention" if ch == "social" else "post",
                self.brand(self.pick(W.PRAISE, lg), ch, c),
            )
        elif k == "gripe":
            self.add(c, when, "community", "post", self.pick(W.GRIPE_PRAISE, lg))
        elif k == "chat":
            self.add(c, when, "chat", "chat", self.pick(W.QUESTION, lg))
            self.add(c, when + m * self.rng.randint(1, 5), "chat", "chat", W.ANSWER[lg], out=True)
            if self.rng.random() < 0.6:
                self.add(
                    c, when + m * self.rng.randint(7, 12), "chat", "chat", self.pick(W.THANKS, lg)
                )
        elif k == "phone":
            self.add(c, when, "phone", "call", self.pick(W.PHONE_Q, lg))
            self.add(
                c,
                when + m * self.rng.randint(10, 30),
                "email",
                "message",
                W.PHONE_FOLLOW[lg],
                out=True,
            )
        elif k == "buy":
            self.add(c, when, "web", "page_view", attrs={"page": "/book"})
            self.add(c, when + m * self.rng.randint(2, 9), "web", "purchase", attrs=self.order(c))
        elif k == "view":
            self.add(
                c,
                when,
                "web",
                "page_view",
                attrs={"page": self.rng.choice(["/venues", "/club", "/offers", "/book"])},
            )
        elif k == "review":
            self.add(
                c,
                when,
                "web",
                "review",
                self.pick(W.REVIEW, lg),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.survey_good(c, when, lg)

    def survey_good(self, c: Cust, when: datetime, lg: str) -> None:
        which = self.rng.choice(["nps", "csat", "ces"])
        val = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[which]
        self.add(
            c,
            when,
            "survey",
            "survey_response",
            self.pick(W.SURVEY_WORD, lg) or None,
            scores={which: val},
            attrs={"survey": which},
        )

    def brand(self, text: str, channel: str, c: Cust) -> str:
        if channel != "social" or c.ids["account_id"]:
            return text
        if BRAND in text:
            i = text.rfind(BRAND)
            return text[:i] + "@" + text[i:]
        return "@Dartello " + text

    def order(self, c: Cust) -> dict[str, str]:
        cur = W.CURRENCY.get(c.market, "EUR")
        value = self.rng.choice([24.0, 32.0, 48.0, 64.0, 96.0]) * (
            0.86 if cur == "GBP" else 0.94 if cur == "CHF" else 1.0
        )
        return {
            "order_value": f"{value:.2f}",
            "currency": cur,
            "product": self.rng.choice(W.PRODUCTS),
            "page": "/checkout",
        }

    def day_time(self, day: int, lo: float = 7.0, hi: float = 19.0) -> datetime:
        return self.t(day, self.rng.uniform(lo, hi))

    def morning(self, when: datetime) -> datetime:
        h = when.hour + when.minute / 60
        if h >= 22:
            return when.replace(hour=8, minute=self.rng.randint(0, 59)) + timedelta(days=1)
        if h < 7:
            return when.replace(hour=8, minute=self.rng.randint(0, 59))
        return when

    def happy_days(self, c: Cust, days: list[int], lang2: str = "") -> None:
        for i, d in enumerate(days):
            lg = (c.lang if i % 2 == 0 else lang2) if lang2 else c.lang
            self.happy(c, self.day_time(d), lg)

    def case(self) -> str:
        return f"DT-{nxt('case')}"

    def contact(
        self, c: Cust, when: datetime, channel: str, text: str, lg: str, subject: str | None = None
    ) -> str:
        if channel == "phone":
            return self.add(c, when, "phone", "call", speech(text, lg))
        if channel == "email":
            return self.add(c, when, "email", "message", text, subject=subject)
        if channel == "chat":
            return self.add(c, when, "chat", "chat", text)
        if channel == "web":
            return self.add(c, when, "web", "ticket", text, attrs={"page": "/help/contact"})
        return self.add(c, when, "social", "mention", self.brand(text, "social", c))

    # --------------------------------------------------------------- write --
    def write(self) -> tuple[int, int]:
        self.rows.sort(key=lambda r: (r[0], r[1]))
        seen: set[str] = set()
        lines = []
        for when, _, c, row in self.rows:
            assert datetime(2026, 1, 1, tzinfo=UTC) <= when < TODAY_LIMIT, (self.name, when)
            ids = dict(c.ids)
            full = row["direction"] == "outbound" or (
                row["direction"] == "inbound" and c.key not in seen
            )
            if row["direction"] == "inbound":
                seen.add(c.key)
            if not full:
                ch = row["channel"]
                keep = {
                    "phone": "phone",
                    "email": "email",
                    "social": "handle",
                    "community": "handle",
                }.get(ch, "customer_id")
                if keep == "handle" and not ids["handle"]:
                    keep = "email"
                val = ids[keep]
                if keep == "handle" and val and self.rough.random() < 0.2:
                    val = val.lstrip("@")
                if keep == "email" and val and self.rough.random() < 0.08:
                    val = val.upper()
                if keep == "phone" and val and self.rough.random() < 0.5:
                    val = val.replace(" ", "", 1)
                ids = {k: (val if k == keep else None) for k in ids} | {
                    "account_id": c.ids["account_id"]
                }
            row["customer"] = ids
            lines.append(json.dumps(row, ensure_ascii=False))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        expected: dict[str, int] = {}
        for ct in self.custs.values():
            for r in ct.truth["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
            assert not set(ct.truth["expected_rules"]) & set(ct.truth["tolerated_rules"]), ct.key
            assert ct.key in seen, ct.key
        for ac in self.accounts.values():
            for r in ac["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        last = self.rows[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Dartello: social darts venues with auto-scoring lanes, Dartello Club membership, Dartello Teams for companies on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-07, blind",
                "expected": dict(sorted(expected.items())),
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {k: v.truth for k, v in self.custs.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return len(self.custs), len(lines)


def d0(s: str) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=UTC)


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        1,
        d0("2026-01-19"),
        10,
        "happy day and night writers, survey-only customers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(5, 8))):
            f.happy(c, f.day_time(d), surveys=True)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            w = f.t(d, f.rng.uniform(22.2, 28.5))
            if f.rng.random() < 0.5:
                f.add(c, w, "social", "mention", f.brand(f.pick(W.NIGHT_POST, c.lang), "social", c))
            else:
                f.add(c, w, "chat", "chat", f.pick(W.NIGHT_Q, c.lang))
                f.add(
                    c,
                    w + timedelta(minutes=f.rng.randint(1, 5)),
                    "chat",
                    "chat",
                    W.NIGHT_A[c.lang],
                    out=True,
                )
                f.add(
                    c,
                    w + timedelta(minutes=f.rng.randint(7, 11)),
                    "chat",
                    "chat",
                    f.pick(W.THANKS, c.lang),
                )
        for d in sorted(f.rng.sample(range(10), f.rng.randint(2, 3))):
            f.happy(c, f.day_time(d, 9, 18))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.survey_good(c, f.day_time(d, 8, 20), c.lang)
    return f


def bad_moment(
    f: Fam, c: Cust, when: datetime, channel: str, problem: str, lg: str, long_mail: bool
) -> tuple[str, str | None, datetime]:
    text = f.pick(W.PROBLEM[problem], lg)
    subj = W.COMPLAINT_SUBJ[lg] + W.TOPIC[problem][lg]
    if long_mail:
        text = f.pick(W.LONG_OPEN, lg) + text + f.pick(W.LONG_CLOSE, lg).format(first=c.first)
    eid = f.contact(c, when, channel, text, lg, subject=subj)
    if channel == "social":
        return eid, None, when
    case = f.case()
    if channel == "chat":
        reply = when + timedelta(minutes=f.rng.randint(1, 4))
        f.add(
            c, reply, "chat", "chat", W.CASE_OPENED[lg].format(first=c.first, case=case), out=True
        )
    else:
        reply = f.morning(when + timedelta(minutes=f.rng.randint(10, 40)))
        f.add(
            c,
            reply,
            "email",
            "message",
            W.CASE_OPENED[lg].format(first=c.first, case=case),
            subject=W.CASE_SUBJ[lg] + case,
            out=True,
        )
    return eid, case, reply


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        2,
        d0("2026-02-16"),
        12,
        "happy customers with one bad day, detractor NPS, low CSAT, apologies",
    )
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    nps_i = set(with_case[0::3][:6])
    rest = [i for i in with_case if i not in nps_i]
    csat_i = set(rest[:5])
    good_i = set(with_case[1::2][:12]) | set()
    good_i = set(sorted(good_i)[:12])
    apol_i = set(sorted(good_i)[::2][:5])
    for i, ch in enumerate(channels):
        lg = ["pt", "de"][i % 2] if ch == "long" else None
        det = i in nps_i
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang=lg,
            expected=("detractor",) if det else (),
            tolerated=("silence",),
        )
        problem = W.PROBLEMS[i % 6]
        bd = 2 + i % 8
        when = f.t(bd, f.rng.uniform(8, 20))
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, sorted(f.rng.sample(days, f.rng.randint(1, 5))))
        eid, case, _reply = bad_moment(
            f, c, when, "email" if ch == "long" else ch, problem, c.lang, ch == "long"
        )
        c.truth.update(
            {
                "problem": problem,
                "channel": "email" if ch == "long" else ch,
                "long_email": ch == "long",
                "booking": case,
                "bad_day_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "bad_day_event_id": eid,
                "trouble_starts_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
        if det:
            n = f.rng.randint(1, 5)
            c.truth.update(
                {
                    "nps_given": True,
                    "nps": n,
                    "survey_event_id": f.add(
                        c,
                        when + timedelta(minutes=f.rng.randint(100, 140)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": n},
                        attrs={"survey": "nps"},
                    ),
                }
            )
        elif i in csat_i:
            n = f.rng.randint(1, 2)
            c.truth.update(
                {
                    "csat_given": True,
                    "csat": n,
                    "survey_event_id": f.add(
                        c,
                        when + timedelta(minutes=f.rng.randint(40, 80)),
                        "survey",
                        "survey_response",
                        f.rng.choice([None, "mau", "schlecht"]) if c.lang in ("pt", "de") else None,
                        scores={"csat": n},
                        attrs={"survey": "csat"},
                    ),
                }
            )
        if i in good_i and case:
            g = f.morning(when + timedelta(hours=f.rng.uniform(1, 4)))
            f.add(
                c,
                g,
                "email",
                "message",
                W.GOOD_NEWS[c.lang].format(first=c.first, case=case),
                subject=W.CASE_SUBJ[c.lang] + case,
                out=True,
            )
            c.truth["agent_fixed"] = True
            if i in apol_i:
                a = f.morning(when + timedelta(hours=f.rng.uniform(16, 24)))
                ch2 = f.rng.choice(["chat", "email"])
                aid = f.contact(
                    c, a, ch2, f.pick(W.APOLOGY, c.lang), c.lang, subject=W.CASE_SUBJ[c.lang] + case
                )
                c.truth.update(
                    {
                        "apologised": True,
                        "apology_at": a.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "apology_event_id": aid,
                    }
                )
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, sorted(f.rng.sample(range(12), f.rng.randint(4, 7))))
    return f


def repeat_run(
    f: Fam, c: Cust, first_day: int, first_ch: str, times: int, escalate: bool, langs: list[str]
) -> None:
    problem = f.rng.choice(W.PROBLEMS)
    when = f.t(first_day, f.rng.uniform(8, 19))
    eid, case, _reply = bad_moment(f, c, when, first_ch, problem, langs[0], False)
    assert case
    ids = [eid]
    if escalate:
        e = f.morning(when + timedelta(hours=f.rng.uniform(1.5, 2.5)))
        f.add(
            c,
            e,
            "email",
            "message",
            W.ESCALATED[c.lang].format(first=c.first, case=case),
            subject=W.CASE_SUBJ[c.lang] + case,
            out=True,
        )
    others = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    f.rng.shuffle(others)
    comp = None
    t = when
    for k in range(1, times):
        lg = langs[k % len(langs)]
        t = f.morning(t + timedelta(hours=f.rng.uniform(4, 40)))
        ptext = f.pick(W.PROBLEM[problem], lg)
        if k == 2:
            comp = f.rng.choice(COMPS)
            text = f.pick(W.THIRD, lg).format(case=case, comp=comp)
        elif k == 3:
            text = W.FOURTH[lg].format(case=case)
        else:
            text = f.pick(W.STILL_OPEN, lg).format(case=case, problem=ptext)
        ch = others[k - 1]
        ids.append(f.contact(c, t, ch, text, lg, subject=W.CASE_SUBJ[lg] + case))
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(1, 4)),
                "chat",
                "chat",
                W.URGENT[lg].format(case=case),
                out=True,
            )
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "channels": [first_ch, *others[: times - 1]],
            "agent_passed_on": escalate,
            "problem_event_ids": ids,
            "competitor": comp,
            "trouble_starts_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    )


def fixed_case(f: Fam, c: Cust, when: datetime, ch: str, lg: str, lg2: str) -> dict[str, Any]:
    problem = f.rng.choice(W.PROBLEMS)
    eid, case, reply = bad_moment(f, c, when, ch, problem, lg, False)
    assert case
    g = f.morning(reply + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(
        c,
        g,
        "email",
        "message",
        W.GOOD_NEWS[lg2].format(first=c.first, case=case),
        subject=W.CASE_SUBJ[lg2] + case,
        out=True,
    )
    cc = f.rng.choice(["email", "chat"])
    ct = f.morning(g + timedelta(hours=f.rng.uniform(8, 30)))
    cid = f.contact(
        c, ct, cc, f.pick(W.CONFIRM, lg2).format(case=case), lg2, subject=W.CASE_SUBJ[lg2] + case
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "fixed_at": g.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "confirmed_at": ct.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cc,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        3,
        d0("2026-03-16"),
        10,
        "repeat contacts about one open problem, fixed cases, two problems, frequent writers",
    )
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    for i in range(12):
        c = f.person(
            "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=REPEAT_TOL
        )
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.day_time(0, 7, 12))
        repeat_run(f, c, 1 + i % 4, firsts[i], 2 + i % 3, i % 2 == 0, [c.lang])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=("silence",))
        f.happy(c, f.day_time(0))
        p = fixed_case(
            f,
            c,
            f.t(f.rng.randint(1, 4), f.rng.uniform(8, 19)),
            f.rng.choice(["web", "email", "chat"]),
            c.lang,
            c.lang,
        )
        c.truth.update(p | {"problems": [p], "trouble_starts_at": p["raised_at"]})
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=("silence",))
        d = f.rng.randint(1, 2)
        p1 = fixed_case(f, c, f.t(d, f.rng.uniform(8, 17)), "email", c.lang, c.lang)
        p2 = fixed_case(
            f, c, f.t(d + f.rng.randint(4, 5), f.rng.uniform(8, 17)), "web", c.lang, c.lang
        )
        c.truth.update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(5, 8))):
            w = f.day_time(d)
            if f.rng.random() < 0.7:
                lg = c.lang
                if f.rng.random() < 0.5:
                    f.add(c, w, "chat", "chat", f.pick(W.QUESTION, lg))
                    f.add(
                        c,
                        w + timedelta(minutes=f.rng.randint(1, 5)),
                        "chat",
                        "chat",
                        W.ANSWER[lg],
                        out=True,
                    )
                else:
                    f.add(c, w, "phone", "call", f.pick(W.PHONE_Q, lg))
                    f.add(
                        c,
                        w + timedelta(minutes=f.rng.randint(10, 30)),
                        "email",
                        "message",
                        W.PHONE_FOLLOW[lg],
                        out=True,
                    )
            else:
                f.happy(c, w)
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str]) -> list[str]:
    ids = []
    t = f.t(start_day, f.rng.uniform(9, 12))
    step = span * 24 / 6
    comp = f.rng.choice(COMPS)
    for k in range(6):
        lg = langs[k % len(langs)]
        text = W.SLIDE[lg][k].format(comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
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
            ids.append(
                f.add(c, t, ch, "mention" if ch == "social" else "post", f.brand(text, ch, c))
            )
        if k == 3:
            c.truth["_after4"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        t = f.morning(t + timedelta(hours=max(1.0, step * f.rng.uniform(0.8, 1.2))))
    c.truth.update({"slide_event_ids": ids, "slide_days": span, "competitor": comp})
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        4,
        d0("2026-04-13"),
        32,
        "sliders, leavers, steady, steadily grumpy, sarcastic",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        det = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            expected=("sentiment_drop", "detractor") if det else ("sentiment_drop",),
            tolerated=SLIDE_TOL,
        )
        days = sorted(f.rng.sample(range(11), f.rng.randint(6, 9)))
        for j, d in enumerate(days):
            if j < 5:
                ch = f.rng.choice(["social", "community"])
                f.add(
                    c,
                    f.day_time(d),
                    ch,
                    "mention" if ch == "social" else "post",
                    f.brand(f.pick(W.PRAISE, c.lang), ch, c),
                )
            else:
                f.happy(c, f.day_time(d))
        sd = 12 + i % 5
        ids = slide(f, c, sd, spans[i], [c.lang])
        first = next(r[3]["occurred_at"] for r in f.rows if r[3]["event_id"] == ids[0])
        after4 = datetime.fromisoformat(c.truth.pop("_after4").replace("Z", "+00:00"))
        c.truth["trouble_starts_at"] = first
        if det:
            n = f.rng.randint(1, 5)
            c.truth.update(
                {
                    "nps_given": True,
                    "nps": n,
                    "survey_event_id": f.add(
                        c,
                        f.morning(after4 + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": n},
                        attrs={"survey": "nps"},
                    ),
                }
            )
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=("churn_intent",), tolerated=LEAVE_TOL
        )
        f.happy_days(c, sorted(f.rng.sample(range(15), f.rng.randint(4, 6))))
        w = f.t(f.rng.randint(17, 23), f.rng.uniform(8, 19))
        eid = f.add(c, w, "email", "message", f.pick(W.CANCEL, c.lang), subject="Dartello Club")
        f.add(
            c,
            f.morning(w + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            W.SORRY_GO[c.lang].format(first=c.first),
            subject="Re: Dartello Club",
            out=True,
        )
        ct = f.morning(w + timedelta(hours=f.rng.uniform(20, 30)))
        cid = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/plan", "product": "Dartello Club month"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": ct.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "trouble_starts_at": w.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, sorted(f.rng.sample(range(32), f.rng.randint(6, 10))))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web", "review"])
            text = f.pick(W.GRUMPY, c.lang)
            w = f.day_time(d)
            if ch == "review":
                ids.append(
                    f.add(c, w, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(f.add(c, w, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    f.add(c, w, ch, "mention" if ch == "social" else "post", f.brand(text, ch, c))
                )
            d += f.rng.randint(1, 3)
        c.truth.update(
            {"grumble_event_ids": ids, "trouble_starts_at": f.rows[-len(ids)][3]["occurred_at"]}
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        f.happy_days(c, sorted(f.rng.sample(range(16), f.rng.randint(3, 6))))
        w = f.day_time(f.rng.randint(17, 28))
        c.truth.update(
            {
                "sarcasm_event_id": f.add(
                    c, w, "social", "mention", f.brand(f.pick(W.SARCASM, c.lang), "social", c)
                ),
                "trouble_starts_at": w.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        5,
        d0("2026-06-12"),
        3,
        "a calm weekend with three night bursts of night owls",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(3), f.rng.randint(1, 3))):
            f.happy(c, f.day_time(d, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        w = f.day_time(f.rng.randint(0, 2), 8, 16)
        f.add(c, w, "web", "page_view", attrs={"page": "/venues"})
        g = w + timedelta(minutes=f.rng.randint(20, 30))
        text = f.pick(W.MILD, c.lang)
        if i < 2:
            eid = f.add(c, g, "chat", "chat", text)
            f.add(
                c,
                g + timedelta(minutes=3),
                "chat",
                "chat",
                W.MILD_ACK[c.lang].format(first=c.first),
                out=True,
            )
        else:
            eid = f.add(c, g, "web", "ticket", text, attrs={"page": "/help/contact"})
            f.add(
                c,
                g + timedelta(minutes=f.rng.randint(20, 50)),
                "email",
                "message",
                W.MILD_ACK[c.lang].format(first=c.first),
                out=True,
            )
        c.truth.update(
            {"grumble_event_id": eid, "trouble_starts_at": g.strftime("%Y-%m-%dT%H:%M:%SZ")}
        )
    for night in range(3):
        b1 = f.t(night + 1, f.rng.uniform(0.67, 1.08))
        bursts = [
            b1,
            b1 + timedelta(minutes=f.rng.randint(28, 33)),
            b1 + timedelta(minutes=f.rng.randint(55, 65)),
        ]
        for b, bt in enumerate(bursts):
            for k in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                w = bt + timedelta(minutes=f.rng.uniform(0, 10))
                if k % 2 == 0:
                    eid = f.add(c, w, "chat", "chat", f.pick(W.NIGHT_Q, c.lang))
                    f.add(c, w + timedelta(minutes=2), "chat", "chat", W.NIGHT_A[c.lang], out=True)
                    f.add(
                        c,
                        w + timedelta(minutes=f.rng.randint(4, 8)),
                        "chat",
                        "chat",
                        f.pick(W.THANKS, c.lang),
                    )
                else:
                    eid = f.add(
                        c,
                        w,
                        "social",
                        "mention",
                        f.brand(f.pick(W.NIGHT_POST, c.lang), "social", c),
                    )
                c.truth.update(
                    {"burst_at": bt.strftime("%Y-%m-%dT%H:%M:%SZ"), "night_event_id": eid}
                )
                if k < 2:
                    f.happy(c, f.day_time(f.rng.randint(0, 2), 9, 17.5))
    return f


PAIRS = [
    ("pt", "de"),
    ("de", "pt"),
    ("pt", "en"),
    ("de", "en"),
    ("pt", "es"),
    ("de", "fr"),
    ("pt", "fr"),
    ("de", "it"),
    ("es", "pt"),
    ("en", "de"),
    ("fr", "de"),
    ("it", "pt"),
]
PAIR_MARKET = {"pt": "PT", "de": "DE", "en": "IE", "es": "ES", "fr": "BE", "it": "CH"}


def bilingual() -> Fam:
    f = Fam("bilingual", 6, d0("2026-07-13"), 14, "customers who alternate two languages")

    def bi(
        i: int,
        persona: str,
        habit: str,
        exp: tuple[str, ...] = (),
        tol: tuple[str, ...] | list[str] = (),
    ) -> Cust:
        a, b = PAIRS[i % len(PAIRS)]
        c = f.person(
            persona,
            habit,
            lang=a,
            expected=exp,
            tolerated=tol,
            market=f.rng.choice([PAIR_MARKET[a], PAIR_MARKET[b]]),
        )
        c.lang2 = b
        c.truth.update(
            {
                "languages": [a, b],
                "job_second_language": f.rng.choice(
                    [
                        "works across the border",
                        "partner's language",
                        "studied abroad",
                        "grew up with both",
                    ]
                ),
            }
        )
        return c

    for i in range(12):
        c = bi(i, "happy", "alternates languages")
        f.happy_days(c, sorted(f.rng.sample(range(14), f.rng.randint(5, 8))), c.lang2)
    for i, times in enumerate([2, 2, 3, 3, 4]):
        c = bi(i + 1, "repeat_contact", "repeats", ("repeat_contact",), REPEAT_TOL)
        f.happy_days(c, [f.rng.randint(0, 1)], c.lang2)
        repeat_run(
            f,
            c,
            2 + i % 4,
            ["web", "email", "chat", "web", "email"][i],
            times,
            times >= 3,
            [c.lang, c.lang2],
        )
    for i in range(5):
        c = bi(i + 3, "slow_churner", "slides", ("sentiment_drop",), SLIDE_TOL)
        for j, d in enumerate(sorted(f.rng.sample(range(6), 5))):
            lg = c.lang if j % 2 == 0 else c.lang2
            ch = f.rng.choice(["social", "community"])
            f.add(
                c,
                f.day_time(d),
                ch,
                "mention" if ch == "social" else "post",
                f.brand(f.pick(W.PRAISE, lg), ch, c),
            )
        f.happy_days(c, sorted(f.rng.sample(range(6), f.rng.randint(1, 3))), c.lang2)
        ids = slide(f, c, 7 + i % 2, 3 + i % 3, [c.lang, c.lang2])
        c.truth.pop("_after4", None)
        c.truth["trouble_starts_at"] = next(
            r[3]["occurred_at"] for r in f.rows if r[3]["event_id"] == ids[0]
        )
    for i, ch in enumerate(["long", "email", "chat"]):
        c = bi(i, "happy_one_bad_day", "one bad day", (), ("silence",))
        lg = c.lang2
        bd = 5 + i * 2
        days = [d for d in range(14) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, sorted(f.rng.sample(days, f.rng.randint(3, 5))), c.lang2)
        when = f.t(bd, f.rng.uniform(9, 19))
        eid, case, _reply = bad_moment(
            f, c, when, "email" if ch == "long" else ch, f.rng.choice(W.PROBLEMS), lg, ch == "long"
        )
        c.truth.update(
            {
                "bad_day_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "bad_day_event_id": eid,
                "bad_day_language": lg,
                "booking": case,
                "long_email": ch == "long",
                "trouble_starts_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
        if ch != "chat" and case:
            f.add(
                c,
                f.morning(when + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                "message",
                W.GOOD_NEWS[lg].format(first=c.first, case=case),
                subject=W.CASE_SUBJ[lg] + case,
                out=True,
            )
        if ch == "email" and case:
            a = f.morning(when + timedelta(hours=f.rng.uniform(18, 24)))
            c.truth.update(
                {
                    "apologised": True,
                    "apology_event_id": f.add(c, a, "chat", "chat", f.pick(W.APOLOGY, lg)),
                }
            )
    for i in range(2):
        c = bi(i + 5, "resolved_between_contacts", "fixed", (), ("silence",))
        f.happy_days(c, [f.rng.randint(0, 2)], c.lang2)
        p = fixed_case(f, c, f.t(4 + i * 3, f.rng.uniform(9, 17)), "web", c.lang, c.lang2)
        c.truth.update(
            p | {"problems": [p], "confirm_language": c.lang2, "trouble_starts_at": p["raised_at"]}
        )
    return f


def office(f: Fam, when: datetime) -> datetime:
    while when.weekday() >= 5 or when.hour >= 17 or when.hour < 8:
        if when.hour >= 17 or when.weekday() >= 5:
            when = (when + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 50))
        else:
            when = when.replace(hour=8, minute=f.rng.randint(0, 50))
    return when


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        7,
        d0("2026-09-07"),
        14,
        "Dartello Teams accounts: at risk, one unhappy contact, mild suggestions, happy",
    )
    plans = (
        [
            ("at_risk", 5, 3),
            ("at_risk", 4, 3),
            ("at_risk", 6, 3),
            ("at_risk", 5, 4),
            ("at_risk", 6, 4),
        ]
        + [("one_unhappy", 3, 1)] * 4
        + [("mild", 3, 0), ("mild", 4, 0), ("mild", 3, 0)]
        + [("happy", 3, 0)] * 3
    )
    sites = [
        "consultancy",
        "software",
        "bank",
        "agency",
        "school",
        "hospital",
        "logistics",
        "law firm",
        "hotel",
        "retail",
        "insurer",
        "university",
        "charity",
        "council",
        "brewery",
    ]
    alangs = [
        "pt",
        "de",
        "de",
        "pt",
        "en",
        "de",
        "pt",
        "es",
        "fr",
        "pt",
        "de",
        "it",
        "de",
        "pt",
        "es",
    ]
    for ai, (kind, ncont, nunhappy) in enumerate(plans):
        lg = alangs[ai]
        mk = W.MARKETS[lg][0]
        acct = f"DTT-{mk}-{nxt('acct')}"
        company = (
            f"{sites[ai].title()} {['Norte', 'Nord', 'Lusa', 'Alpen', 'Rhein'][ai % 5]} {ai + 1}"
        )
        domain = f"{sites[ai].replace(' ', '')}{ai + 1}.example"
        problem = W.B2B_PROBLEMS[ai % 4] if kind != "mild" else None
        ex_acct = ["account_risk"] if kind == "at_risk" else []
        conts: list[Cust] = []
        for k in range(ncont):
            if k < nunhappy and kind == "at_risk":
                last = k == nunhappy - 1
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang=lg,
                    market=mk,
                    account=acct,
                    company=company,
                    domain=domain,
                    expected=("repeat_contact",) if last else ("detractor",),
                    tolerated=[
                        r
                        for r in B2B_TOL
                        if r not in (("repeat_contact",) if last else ("detractor",))
                    ],
                )
                c.truth["role"] = "complainer"
            elif k < nunhappy:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang=lg,
                    market=mk,
                    account=acct,
                    company=company,
                    domain=domain,
                    expected=("detractor",),
                    tolerated=("sentiment_drop", "high_value_at_risk", "silence"),
                )
                c.truth["role"] = "complainer"
            elif kind == "mild" and k < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang=lg,
                    market=mk,
                    account=acct,
                    company=company,
                    domain=domain,
                    tolerated=("silence",),
                )
                c.truth["role"] = "suggests"
            else:
                c = f.person(
                    "b2b_happy",
                    "contact",
                    lang=lg,
                    market=mk,
                    account=acct,
                    company=company,
                    domain=domain,
                )
                c.truth["role"] = "contact"
            c.truth["job_title"] = c.truth["job"] = [
                "Office manager",
                "HR lead",
                "Team assistant",
                "Finance officer",
                "Events coordinator",
                "Procurement",
            ][k % 6]
            conts.append(c)
        # routine acts
        for c in conts:
            role = c.truth["role"]
            n = f.rng.randint(0, 2) if role != "contact" else f.rng.randint(2, 4)
            for _ in range(n):
                d = (
                    f.rng.choice([0, 1])
                    if role != "contact"
                    else f.rng.choice([0, 1, 2, 3, 4, 7, 8, 9, 10, 11])
                )
                w = f.t(d, f.rng.uniform(8, 16.5))
                r = f.rng.choice(
                    ["chat", "buy", "view"] + (["praise", "survey"] if role == "contact" else [])
                )
                if r == "chat":
                    f.add(c, w, "chat", "chat", W.B2B_ROUTINE_Q[lg])
                    f.add(
                        c,
                        w + timedelta(minutes=f.rng.randint(1, 6)),
                        "chat",
                        "chat",
                        W.B2B_ROUTINE_A[lg],
                        out=True,
                    )
                    if f.rng.random() < 0.5:
                        f.add(
                            c,
                            w + timedelta(minutes=f.rng.randint(8, 12)),
                            "chat",
                            "chat",
                            f.pick(W.THANKS, lg),
                        )
                elif r == "buy":
                    f.add(c, w, "web", "page_view", attrs={"page": "/teams/book"})
                    f.add(
                        c,
                        w + timedelta(minutes=5),
                        "web",
                        "purchase",
                        attrs=f.order(c) | {"product": "Team event 4 lanes"},
                    )
                elif r == "view":
                    f.add(c, w, "web", "page_view", attrs={"page": "/teams/portal"})
                elif r == "praise":
                    f.add(c, w, "community", "post", f.pick(W.PRAISE, lg))
                else:
                    f.survey_good(c, w, lg)
        unhappy_keys = [c.key for c in conts if c.truth["role"] == "complainer"]
        trouble = None
        if kind == "at_risk":
            t = f.t(2, f.rng.uniform(9, 11))
            case = f.case()
            trouble = t
            first_name = conts[0].first
            for k, c in enumerate(conts[:nunhappy]):
                if k:
                    t = office(f, t + timedelta(hours=f.rng.uniform(8, 28)))
                day = W.WEEKDAY[lg][trouble.weekday()]
                text = (
                    W.B2B_PROBLEM[problem or "invoice"][lg]
                    if k == 0
                    else W.B2B_SAME[lg].format(other=first_name, day=day, case=case)
                    + W.B2B_PROBLEM[problem or "invoice"][lg]
                )
                eid = f.add(c, t, "email", "message", text, subject=W.COMPLAINT_SUBJ[lg] + case)
                ids = [eid]
                if k == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(20, 60)),
                        "email",
                        "message",
                        W.CASE_OPENED[lg].format(first=c.first, case=case),
                        subject=W.CASE_SUBJ[lg] + case,
                        out=True,
                    )
                if k < nunhappy - 1:
                    n = f.rng.randint(1, 5)
                    c.truth.update(
                        {
                            "nps_given": True,
                            "nps": n,
                            "survey_event_id": f.add(
                                c,
                                t + timedelta(hours=f.rng.uniform(1, 3)),
                                "survey",
                                "survey_response",
                                None,
                                scores={"nps": n},
                                attrs={"survey": "nps"},
                            ),
                        }
                    )
                else:
                    t2 = office(f, t + timedelta(hours=f.rng.uniform(18, 40)))
                    if ai == 0:
                        comp = COMPS[0]
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                W.B2B_AGAIN[lg].format(case=case, comp=comp),
                                subject=W.CASE_SUBJ[lg] + case,
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(f.add(c, t2, "phone", "call", W.B2B_CALL[lg].format(case=case)))
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    }
                )
        elif kind == "one_unhappy":
            c = conts[0]
            t = office(f, f.t(3 + ai % 5, f.rng.uniform(9, 16)))
            case = f.case()
            eid = f.add(
                c,
                t,
                "email",
                "message",
                W.B2B_PROBLEM[problem or "invoice"][lg],
                subject=W.COMPLAINT_SUBJ[lg] + case,
            )
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(20, 60)),
                "email",
                "message",
                W.CASE_OPENED[lg].format(first=c.first, case=case),
                subject=W.CASE_SUBJ[lg] + case,
                out=True,
            )
            n = f.rng.randint(1, 5)
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "nps_given": True,
                    "nps": n,
                    "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "survey_event_id": f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": n},
                        attrs={"survey": "nps"},
                    ),
                }
            )
        elif kind == "mild":
            for c in conts[:2]:
                t = office(f, f.t(f.rng.randint(2, 9), f.rng.uniform(8, 16)))
                eid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.pick(W.B2B_SUGGEST, lg),
                    attrs={"page": "/teams/feedback"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(30, 90)),
                    "email",
                    "message",
                    W.MILD_ACK[lg].format(first=c.first),
                    out=True,
                )
                c.truth.update(
                    {"mild_event_id": eid, "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ")}
                )
        f.accounts[acct] = {
            "company": company,
            "site": sites[ai],
            "contacts": ncont,
            "contact_keys": [c.key for c in conts],
            "unhappy_contacts": nunhappy,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ex_acct,
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble.strftime("%Y-%m-%dT%H:%M:%SZ") if trouble else None,
            "language": lg,
            "country": mk,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        8,
        d0("2026-10-05"),
        7,
        "a calm week and a Saturday-morning spike of one app fault",
    )
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            f.happy(c, f.day_time(d, 12, 19) if d == 5 else f.day_time(d))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        w = f.day_time(0, 9, 17)
        eid = f.add(c, w, "chat", "chat", f.pick(W.MILD, c.lang))
        f.add(
            c,
            w + timedelta(minutes=3),
            "chat",
            "chat",
            W.MILD_ACK[c.lang].format(first=c.first),
            out=True,
        )
        c.truth.update(
            {"grumble_event_id": eid, "trouble_starts_at": w.strftime("%Y-%m-%dT%H:%M:%SZ")}
        )
    for lg, hh in (("pt", 9 + 40 / 60), ("de", 16 + 5 / 60)):
        c = f.person("grumbles_once", "lone question", lang=lg, tolerated=("silence",))
        w = f.t(4, hh)
        eid = f.add(c, w, "chat", "chat", W.LONE_Q[lg])
        f.add(c, w + timedelta(minutes=4), "chat", "chat", W.LONE_A[lg], out=True)
        c.truth.update(
            {"lone_report_event_id": eid, "trouble_starts_at": w.strftime("%Y-%m-%dT%H:%M:%SZ")}
        )
    s0 = f.t(5, 8 + 20 / 60)
    langs = ["pt"] * 6 + ["de"] * 6 + ["en", "en", "es", "es", "fr", "fr", "it", "it"]
    chans = [
        "social",
        "chat",
        "community",
        "email",
        "social",
        "web",
        "chat",
        "social",
        "community",
        "email",
        "chat",
        "social",
        "community",
        "web",
        "chat",
        "social",
        "email",
        "community",
        "chat",
        "social",
    ]
    offs = sorted([0] + [f.rng.uniform(1, 44) for _ in range(18)] + [45])
    keys, eids, reps = [], [], []
    rep_n = 0
    fix_n = 0
    for i in range(20):
        lg = langs[i]
        regular = i % 5 < 3
        w = s0 + timedelta(minutes=offs[i])
        can_rep = offs[i] <= 25 and rep_n < 6 and i % 2 == 0
        c = f.person(
            "spike_repeater" if can_rep else "spike_reporter",
            "regular" if regular else "new",
            lang=lg,
            expected=("repeat_contact",) if can_rep else (),
            tolerated=("silence", "sentiment_drop") if can_rep else ("silence",),
        )
        if regular:
            for _ in range(f.rng.randint(1, 2)):
                f.happy(c, f.t(2, f.rng.uniform(8, 17.5)))
        ch = chans[i]
        text = f.pick(W.SPIKE, lg)
        if ch == "email":
            eid = f.add(c, w, "email", "message", text, subject="VX:7304")
        elif ch == "web":
            eid = f.add(c, w, "web", "ticket", text, attrs={"page": "/help/contact"})
        elif ch == "chat":
            eid = f.add(c, w, "chat", "chat", text)
            f.add(
                c,
                w + timedelta(minutes=f.rng.randint(1, 3)),
                "chat",
                "chat",
                W.SPIKE_ANSWER[lg],
                out=True,
            )
        else:
            eid = f.add(c, w, ch, "mention" if ch == "social" else "post", f.brand(text, ch, c))
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": w.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
        if can_rep:
            ch2 = [x for x in ["email", "chat", "community"] if x != ch][rep_n % 2]
            w2 = w + timedelta(minutes=f.rng.uniform(15, 50))
            if ch2 == "email":
                rid = f.add(c, w2, "email", "message", W.SPIKE_AGAIN[lg], subject="VX:7304")
            elif ch2 == "chat":
                rid = f.add(c, w2, "chat", "chat", W.SPIKE_AGAIN[lg])
            else:
                rid = f.add(c, w2, "community", "post", W.SPIKE_AGAIN[lg])
            reps.append(rid)
            c.truth["repeat_event_id"] = rid
            rep_n += 1
        elif fix_n < 6 and i % 2 == 1:
            local = {"PT": "11:50", "UK": "11:50", "IE": "11:50"}.get(c.market, "12:50")
            f.add(
                c,
                f.t(5, 11 + f.rng.uniform(8, 17) / 60),
                "email",
                "message",
                W.WORKS_AGAIN[lg].format(first=c.first, t=local),
                subject="VX:7304",
                out=True,
            )
            c.truth["agent_fixed"] = True
            fix_n += 1
    assert rep_n == 6 and fix_n == 6, (rep_n, fix_n)
    f.spike = {
        "topic": "darts venue app: payment for lane bookings refused in app and website, no lane can be booked, error VX:7304",
        "about": "booking payments failing",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
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
    for make in FAMILIES:
        fam = make()
        n, rows = fam.write()
        print(fam.name, n, rows)


if __name__ == "__main__":
    main()
