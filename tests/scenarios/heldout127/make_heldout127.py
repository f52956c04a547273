# ruff: noqa: E501
"""Generate tests/scenarios/heldout127/ (Accordino, piano tuning), deterministic, stdlib only.

Run: python make_heldout127.py (from anywhere). Two runs give the same bytes.
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
import wording_b2b as B  # noqa: E402

SEED = 20261114
COMPS = ["Pianelo", "Stimmwerk"]
LANGS = ["fr", "it", "en", "de", "es", "pt"]
LANG_W = [30, 30, 10, 10, 10, 10]
PHONES: dict[str, tuple[str, list[str], int]] = {
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["47", "48", "49"], 7),
    "CH": ("41", ["76", "78", "79"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "IT": ("39", ["33", "34", "32"], 8),
    "UK": ("44", ["77", "78", "79"], 8),
    "IE": ("353", ["83", "85", "87"], 7),
    "DE": ("49", ["151", "160", "172"], 8),
    "AT": ("43", ["664", "676", "699"], 7),
    "ES": ("34", ["6", "7"], 8),
    "PT": ("351", ["91", "93", "96"], 7),
}
SOURCES = {
    "email": "accordino-mail",
    "phone": "accordino-voice",
    "social": "accordino-social",
    "community": "accordino-forum",
    "chat": "accordino-chat",
    "web": "accordino-web",
    "survey": "accordino-survey",
}
USED: set[str] = set()
HAPPY_TOL: list[str] = []
SIL = ["silence"]
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
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]
PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    s = (
        s.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    keep = {"ß", "ñ", "Ñ"}
    return "".join(ch if ch in keep else unicodedata.normalize("NFKD", ch)[0] for ch in s)


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
    truth: dict[str, Any] = field(default_factory=dict)


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    def day(self, d: float, h: float) -> datetime:
        return self.start + timedelta(days=d, hours=h)

    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in USED:
                USED.add(v)
                return v

    def case(self) -> str:
        return self.uniq(lambda: f"ACD-{self.rng.randint(100000, 999999)}")

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        **extra: Any,
    ) -> Cust:
        r = self.rng
        lang = lang or r.choices(LANGS, LANG_W)[0]
        market = market or r.choice(W.MARKETS[lang])
        key = self.uniq(lambda: f"AC{self.code}{r.randint(1000, 9999)}")
        first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
        plain = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        if domain:
            email = self.uniq(
                lambda: (
                    f"{plain.split('.')[0]}.{plain.split('.')[1][:1]}{r.randint(1, 99)}@{domain}"
                )
            )
        else:
            email = self.uniq(
                lambda: (
                    f"{plain}{r.randint(1, 99)}@{r.choice(['posta', 'mailo', 'webpost', 'courriel', 'inbox'])}.example"
                )
            )
        cc, pre, ln = PHONES[market]
        phone = self.uniq(
            lambda: "+" + cc + r.choice(pre) + "".join(str(r.randint(0, 9)) for _ in range(ln))
        )
        handle = (
            None
            if account
            else self.uniq(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{plain.replace('.', '_')}{r.randint(1, 9)}",
                            f"{plain.split('.')[0]}{plain.split('.')[1][:1]}{r.randint(10, 99)}",
                            f"{plain.split('.')[1]}_{plain.split('.')[0][:3]}",
                        ]
                    )
                )
            )
        )
        c = Cust(key, lang, market, first, last, email, phone, handle, account)
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": r.choice(W.JOBS),
            "town": r.choice(W.TOWNS[market]),
        }
        c.truth.update(extra)
        self.custs[key] = c
        return c

    def roughen(self, text: str, lang: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text[:3].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) > 4]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"ac127-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not out:
            if channel == "phone":
                text = transcript(text, c.lang)
            elif channel != "survey":
                text = self.roughen(text, c.lang)
            if channel == "social" and "@Accordino" not in text:
                text = (
                    text.replace("Accordino", "@Accordino", 1)
                    if "Accordino" in text
                    else "@Accordino " + text
                )
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(W.AGENTS)
        a.update(attrs or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "cust": c,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": SOURCES[channel],
                "attributes": a,
                "seq": self.seq,
            }
        )
        return eid

    def pick(self, table: dict[str, list[str]], c: Cust, **kw: Any) -> str:
        tpl = self.rng.choice(table.get(c.lang) or table["fr"])
        kw.setdefault("first", c.first)
        kw.setdefault("agent", self.rng.choice(W.AGENTS))
        kw.setdefault("comp", self.rng.choice(COMPS))
        return tpl.format(**kw)

    def write(self, expected_counts: dict[str, int]) -> None:
        counts: dict[str, int] = {}
        for c in self.custs.values():
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            for rule in c.truth["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        assert counts == expected_counts, (self.name, counts, expected_counts)
        self.rows.sort(key=lambda r: (r["occurred_at"], r["seq"]))
        seen: set[str] = set()
        lines = []
        last = self.start
        for r in self.rows:
            c = r["cust"]
            t: datetime = r["occurred_at"]
            assert self.start <= t < datetime(2026, 11, 15, tzinfo=UTC), (self.name, t)
            last = max(last, t)
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            if r["direction"] == "outbound" or (c.key not in seen):
                cust = full
                if r["direction"] == "inbound":
                    seen.add(c.key)
            else:
                ch = r["channel"]
                cust = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": c.account,
                }
                if ch == "phone":
                    cust["phone"] = (
                        c.phone
                        if self.rough.random() < 0.5
                        else c.phone[: len(c.phone) - 9] + " " + c.phone[len(c.phone) - 9 :]
                    )
                elif ch in ("social", "community"):
                    if c.handle:
                        cust["handle"] = (
                            c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
                        )
                    else:
                        cust["email"] = c.email
                elif ch == "email":
                    cust["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
                else:
                    cust["customer_id"] = c.key
            sc = {"nps": None, "csat": None, "ces": None} | r["scores"]
            lines.append(
                json.dumps(
                    {
                        "event_id": r["event_id"],
                        "occurred_at": iso(t),
                        "channel": r["channel"],
                        "kind": r["kind"],
                        "direction": r["direction"],
                        "customer": cust,
                        "text": r["text"],
                        "subject": r["subject"],
                        "scores": sc,
                        "source": r["source"],
                        "attributes": r["attributes"],
                    },
                    ensure_ascii=False,
                )
            )
        for c in self.custs.values():
            assert c.key in seen, c.key
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 15, tzinfo=UTC)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Accordino (piano tuning, care, moves and digital-piano hire; Accordino Pro on account)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-05, blind",
                "expected": dict(sorted(expected_counts.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def transcript(text: str, lang: str) -> str:
    out = []
    for w in text.replace("\n", " ").split():
        w = w.strip(".,!?;:«»()\"'")
        if not w:
            continue
        if any(ch.isdigit() for ch in w) or (w.isupper() and len(w) > 1 and "-" in w):
            out.append(w)
        elif lang == "de":
            out.append(w.lower() if w.isupper() else w)
        else:
            out.append(w.lower())
    return " ".join(out)


def money(c: Cust, eur: float) -> tuple[str, str, str]:
    if c.market == "UK":
        v = round(eur * 0.86)
        return f"£{v}", f"{eur * 0.86:.2f}", "GBP"
    if c.market == "CH":
        v = round(eur * 0.94)
        return f"CHF {v}", f"{eur * 0.94:.2f}", "CHF"
    return f"{eur:.0f} €", f"{eur:.2f}", "EUR"


def night_safe(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour < 7 else t + timedelta(days=1)
        return base.replace(hour=8, minute=t.minute % 60)
    return t


# ---------- acts ----------


def purchase(f: Fam, c: Cust, t: datetime) -> None:
    label, price = f.rng.choice(W.PRODUCTS)
    page = f.rng.choice(W.PAGES)
    f.add(c, t, "web", "page_view", attrs={"page": page})
    _, val, cur = money(c, float(price))
    f.add(
        c,
        t + timedelta(minutes=f.rng.randint(2, 9)),
        "web",
        "purchase",
        attrs={"order_value": val, "currency": cur, "product": label, "page": "/checkout"},
    )


def chat_q(f: Fam, c: Cust, t: datetime, night: bool = False) -> None:
    f.add(c, t, "chat", "chat", f.pick(W.NIGHT_Q if night else W.QUESTION, c))
    f.add(
        c, t + timedelta(minutes=f.rng.randint(1, 6)), "chat", "chat", f.pick(W.ANSWER, c), out=True
    )
    if f.rng.random() < 0.7:
        f.add(c, t + timedelta(minutes=f.rng.randint(7, 12)), "chat", "chat", f.pick(W.THANKS, c))


def happy_act(f: Fam, c: Cust, t: datetime, kinds: str = "pqbvrgep") -> None:
    k = f.rng.choice(kinds)
    if k == "p":
        ch = f.rng.choice(["social", "community"])
        f.add(c, t, ch, "mention" if ch == "social" else "post", f.pick(W.PRAISE, c))
    elif k == "q":
        chat_q(f, c, t)
    elif k == "b":
        purchase(f, c, t)
    elif k == "v":
        f.add(c, t, "web", "page_view", attrs={"page": f.rng.choice(W.PAGES)})
    elif k == "r":
        f.add(
            c,
            t,
            "web",
            "review",
            f.pick(W.REVIEW, c),
            attrs={"rating": str(f.rng.choice([4, 5, 5])), "page": "/reviews"},
        )
    elif k == "g":
        f.add(c, t, "community", "post", f.pick(W.GRIPE_PRAISE, c))
    elif k == "e":
        f.add(
            c,
            t,
            "email",
            "message",
            f.pick(W.QUESTION, c),
            subject=f.rng.choice(["Question", "Rdv", "Appuntamento", "Cura"]),
        )
        f.add(
            c,
            night_safe(t + timedelta(minutes=f.rng.randint(30, 180))),
            "email",
            "message",
            f.pick(W.ANSWER, c),
            subject="Re: Accordino",
            out=True,
        )
    else:
        happy_survey(f, c, t)


def happy_survey(f: Fam, c: Cust, t: datetime) -> None:
    kind = f.rng.choice(["nps", "csat", "ces"])
    val = {"nps": f.rng.randint(9, 10), "csat": f.rng.randint(4, 5), "ces": f.rng.randint(6, 7)}[
        kind
    ]
    word = f.rng.choice(W.SURVEY_WORD[c.lang]) or None
    f.add(c, t, "survey", "survey_response", word, scores={kind: val}, attrs={"survey": kind})


def happy_days(
    f: Fam, c: Cust, days: list[int], kinds: str = "pqbvrgep", h0: float = 7, h1: float = 19
) -> None:
    for d in days:
        happy_act(f, c, f.day(d, f.rng.uniform(h0, h1)), kinds)


def complaint(f: Fam, c: Cust, t: datetime, problem: str, channel: str, long: bool = False) -> str:
    amount = money(c, f.rng.choice([95, 140, 210, 39, 120]))[0]
    wd = W.WEEKDAY[c.lang][(t - timedelta(days=2)).weekday()]
    body = f.pick(W.PROBLEM[problem], c, amount=amount, day=wd)
    subj = W.COMPLAINT_SUBJECT[c.lang] + W.PROBLEM_TOPIC[problem][c.lang]
    if long and c.lang in W.LETTER:
        body = f.pick(W.LETTER, c, problem=body)
    kinds = {
        "email": "message",
        "chat": "chat",
        "social": "mention",
        "web": "ticket",
        "phone": "call",
        "community": "post",
    }
    attrs = {"page": "/help/contact"} if channel == "web" else None
    return f.add(
        c,
        t,
        channel,
        kinds[channel],
        body,
        subject=subj if channel in ("email", "web") else None,
        attrs=attrs,
    )


# ---------- families ----------


def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers only: daytime writers, night writers, survey answerers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, sorted(f.rng.sample(range(10), f.rng.randint(5, 8))))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            t = f.day(d, 22.2 + f.rng.uniform(0, 6.3))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "mention", f.pick(W.NIGHT_POST, c))
            else:
                chat_q(f, c, t, night=True)
        happy_days(f, c, sorted(f.rng.sample(range(10), f.rng.randint(2, 3))), "pbvr", 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            happy_survey(f, c, f.day(d, f.rng.uniform(8, 20)))
    f.write({})


def one_bad_day() -> None:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry moment, and controls",
    )
    channels = ["long", "email", "chat", "social", "web", "phone"] * 4
    f.rng.shuffle(channels)
    probs = [p for p in PROBLEMS for _ in range(4)]
    f.rng.shuffle(probs)
    withcase = [i for i, ch in enumerate(channels) if ch != "social"]
    detr = set(f.rng.sample(withcase, 6))
    rest = [i for i in withcase if i not in detr]
    csat = set(rest[:5])
    good = set(f.rng.sample(withcase, 12))
    apol = set(sorted(good)[:5])
    for i, ch in enumerate(channels):
        lang = f.rng.choice(["fr", "it"]) if ch == "long" else None
        p = probs[i]
        dd = f.rng.randint(2, 9)
        exp = ["detractor"] if i in detr else []
        c = f.person(
            "bad_day_detractor" if i in detr else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=exp,
            tolerated=SIL,
            problem=p,
        )
        before = [d for d in range(12) if d <= dd - 2 or d >= dd + 3]
        happy_days(
            f, c, sorted(f.rng.sample(before, f.rng.randint(1, min(5, len(before))))), "pqbvrg"
        )
        t = f.day(dd, f.rng.uniform(8, 20))
        chan = "email" if ch == "long" else ch
        eid = complaint(f, c, t, p, chan, long=ch == "long")
        case = None
        if ch != "social":
            case = f.case()
            if chan == "chat":
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(2, 6)),
                    "chat",
                    "chat",
                    f.pick(W.CASE_OPENED, c, case=case),
                    out=True,
                )
            else:
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(10, 40)),
                    "email",
                    "message",
                    f.pick(W.CASE_OPENED, c, case=case),
                    subject=f"Re: {case}",
                    out=True,
                )
        c.truth.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "booking": case,
                "channel": chan,
                "long_email": ch == "long",
                "nps_given": i in detr,
                "csat_given": i in csat,
                "agent_fixed": i in good,
                "apologised": i in apol,
            }
        )
        if i in detr:
            n = f.rng.randint(1, 5)
            c.truth.update(
                {
                    "nps": n,
                    "survey_event_id": f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(100, 140)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": n},
                        attrs={"survey": "nps"},
                    ),
                }
            )
        elif i in csat:
            n = f.rng.randint(1, 2)
            c.truth.update(
                {
                    "csat": n,
                    "survey_event_id": f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(40, 80)),
                        "survey",
                        "survey_response",
                        f.rng.choice(["nul", "pessimo", None]),
                        scores={"csat": n},
                        attrs={"survey": "csat"},
                    ),
                }
            )
        if i in good and case:
            tg = night_safe(t + timedelta(hours=f.rng.uniform(1, 4)))
            f.add(
                c,
                tg,
                "email",
                "message",
                f.pick(W.GOOD_NEWS, c, case=case),
                subject=f"Re: {case}",
                out=True,
            )
            if i in apol:
                ta = night_safe(t + timedelta(hours=f.rng.uniform(16, 24)))
                eid2 = f.add(c, ta, "chat", "chat", f.pick(W.APOLOGY, c))
                c.truth.update({"apology_at": iso(ta), "apology_event_id": eid2})
    for _ in range(8):
        c = f.person("happy", "control")
        happy_days(f, c, sorted(f.rng.sample(range(12), f.rng.randint(4, 7))), "pqbvrg")
    f.write({"detractor": 6})


def repeat_run(
    f: Fam, c: Cust, start: datetime, problem: str, times: int, lang_cycle: list[str] | None = None
) -> None:
    chans = ["web", "email", "chat", "phone"]
    first_ch = f.rng.choice(chans)
    case = f.case()
    eids = [complaint(f, c, start, problem, first_ch)]
    lead = times >= 3 if lang_cycle else f.rng.random() < 0.5
    if first_ch == "chat":
        f.add(
            c,
            start + timedelta(minutes=3),
            "chat",
            "chat",
            f.pick(W.CASE_OPENED, c, case=case),
            out=True,
        )
    if lead:
        f.add(
            c,
            start + timedelta(hours=f.rng.uniform(1.5, 2.5)),
            "email",
            "message",
            f.pick(W.QUALITY_LEAD, c, case=case),
            subject=f"Re: {case}",
            out=True,
        )
    elif first_ch != "chat":
        f.add(
            c,
            start + timedelta(minutes=f.rng.randint(10, 40)),
            "email",
            "message",
            f.pick(W.CASE_OPENED, c, case=case),
            subject=f"Re: {case}",
            out=True,
        )
    later = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    f.rng.shuffle(later)
    t = start
    comp = None
    orig = c.lang
    for k in range(1, times):
        t = night_safe(t + timedelta(hours=f.rng.uniform(4, 40)))
        if lang_cycle:
            c.lang = lang_cycle[k % 2]
        ch = later[k - 1]
        amount = money(c, 95)[0]
        body = f.pick(
            W.REPEAT_LATER,
            c,
            case=case,
            problem=f.pick(W.PROBLEM[problem], c, amount=amount, day=W.WEEKDAY[c.lang][0]),
        )
        if k == 2:
            comp = f.rng.choice(COMPS)
            body += " " + f.pick(W.THIRD, c, comp=comp)
        if k == 3:
            body += " " + f.pick(W.FOURTH, c)
        kinds = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
        }
        subj = f"Re: {case}" if ch in ("email", "web") else None
        eids.append(
            f.add(
                c,
                t,
                ch,
                kinds[ch],
                body,
                subject=subj,
                attrs={"page": "/help/contact"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=4),
                "chat",
                "chat",
                f.pick(W.ADDED_URGENT, c, case=case),
                out=True,
            )
        c.lang = orig
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "problem_event_ids": eids,
            "trouble_starts_at": iso(start),
            "competitor": comp,
            "agent_passed_on": lead,
            "channel": first_ch,
        }
    )


def fixed_case(
    f: Fam, c: Cust, start: datetime, problem: str, ch: str, confirm_lang: str | None = None
) -> dict[str, Any]:
    case = f.case()
    e1 = complaint(f, c, start, problem, ch)
    f.add(
        c,
        start + timedelta(minutes=f.rng.randint(10, 40)),
        "email",
        "message",
        f.pick(W.CASE_OPENED, c, case=case),
        subject=f"Re: {case}",
        out=True,
    )
    tf = night_safe(start + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(
        c,
        tf,
        "email",
        "message",
        f.pick(W.GOOD_NEWS, c, case=case),
        subject=f"Re: {case}",
        out=True,
    )
    tc = night_safe(tf + timedelta(hours=f.rng.uniform(8, 30)))
    orig = c.lang
    if confirm_lang:
        c.lang = confirm_lang
    cch = f.rng.choice(["email", "chat"])
    e2 = f.add(
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        f.pick(W.CONFIRM, c, case=case),
        subject=f"Re: {case}" if cch == "email" else None,
    )
    c.lang = orig
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(start),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [e1],
        "confirm_event_id": e2,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        "repeat contacts about one open problem, fixed cases, two problems, frequent writers",
    )
    for times in [2] * 4 + [3] * 4 + [4] * 4:
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        happy_days(f, c, [0], "pbvr", 7, 12)
        repeat_run(
            f, c, f.day(f.rng.randint(1, 4), f.rng.uniform(8, 19)), f.rng.choice(PROBLEMS), times
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=SIL)
        happy_days(f, c, [0], "pbv")
        p = fixed_case(
            f,
            c,
            f.day(f.rng.randint(1, 4), f.rng.uniform(8, 18)),
            f.rng.choice(PROBLEMS),
            f.rng.choice(["web", "email", "chat"]),
        )
        c.truth.update({"problems": [p], "trouble_starts_at": p["raised_at"]})
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=SIL)
        p1, p2 = f.rng.sample(PROBLEMS, 2)
        d = f.rng.randint(0, 2)
        a = fixed_case(f, c, f.day(d, f.rng.uniform(8, 12)), p1, "email")
        b = fixed_case(f, c, f.day(d + f.rng.randint(4, 5), f.rng.uniform(9, 15)), p2, "web")
        c.truth.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        happy_days(f, c, sorted(f.rng.sample(range(10), f.rng.randint(5, 8))), "qqeepb")
    f.write({"repeat_contact": 12})


def slide(
    f: Fam,
    c: Cust,
    d0: int,
    span: int,
    praise_days: list[int],
    langs: list[str] | None = None,
    nps: bool = False,
) -> None:
    for i, d in enumerate(praise_days):
        orig = c.lang
        if langs:
            c.lang = langs[i % 2]
        f.add(
            c,
            f.day(d, f.rng.uniform(8, 20)),
            f.rng.choice(["social", "community"]),
            "post",
            f.pick(W.PRAISE, c),
        )
        c.lang = orig
    t = f.day(d0, f.rng.uniform(9, 12))
    eids = []
    comp = f.rng.choice(COMPS)
    step = span * 24 / 5
    for k in range(6):
        orig = c.lang
        if langs:
            c.lang = langs[k % 2]
        text = W.SLIDE[c.lang][k].format(comp=comp)
        ch = ["social", "community", "web"][k % 3]
        attrs = {"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"} if ch == "web" else None
        eids.append(
            f.add(
                c,
                t,
                ch,
                {"social": "mention", "community": "post", "web": "review"}[ch],
                text,
                attrs=attrs,
            )
        )
        c.lang = orig
        if k == 3 and nps:
            n = f.rng.randint(1, 5)
            c.truth.update(
                {
                    "nps_given": True,
                    "nps": n,
                    "survey_event_id": f.add(
                        c,
                        night_safe(t + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": n},
                        attrs={"survey": "nps"},
                    ),
                }
            )
        t = night_safe(t + timedelta(hours=max(1.0, step * f.rng.uniform(0.8, 1.1))))
    c.truth.update({"slide_event_ids": eids, "slide_days": span, "competitor": comp})
    first = next(r for r in f.rows if r["event_id"] == eids[0])
    c.truth["trouble_starts_at"] = iso(first["occurred_at"])


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 22, tzinfo=UTC),
        32,
        "slow slides, leavers, steady, steadily grumpy, sarcastic",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i, span in enumerate(spans):
        nps = i % 2 == 1
        exp = ["sentiment_drop"] + (["detractor"] if nps else [])
        c = f.person("slow_churner", "slides", expected=exp, tolerated=SLIDE_TOL)
        pd = sorted(f.rng.sample(range(11), f.rng.randint(4, 5)))
        slide(f, c, f.rng.randint(12, 16), span, pd, nps=nps)
        happy_days(f, c, sorted(f.rng.sample(range(11), f.rng.randint(2, 4))), "qbvr")
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVE_TOL
        )
        happy_days(f, c, sorted(f.rng.sample(range(15), f.rng.randint(4, 6))), "pqbvr")
        t = f.day(f.rng.randint(17, 23), f.rng.uniform(8, 18))
        e1 = f.add(
            c, t, "email", "message", f.pick(W.LEAVE, c), subject="Résiliation / Disdetta / Cancel"
        )
        f.add(
            c,
            night_safe(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            f.pick(W.SORRY_GO, c),
            subject="Re: Cura",
            out=True,
        )
        tc = night_safe(t + timedelta(hours=f.rng.uniform(20, 30)))
        e2 = f.add(
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={
                "page": "/account/cancel",
                "product": "Accordino Cura, yearly plan / piano annuale",
            },
        )
        c.truth.update(
            {
                "churn_intent_event_id": e1,
                "cancellation_event_id": e2,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        happy_days(f, c, sorted(f.rng.sample(range(32), f.rng.randint(6, 10))))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            attrs = {"page": "/help/contact"} if ch == "web" else None
            ids.append(
                f.add(
                    c,
                    f.day(d, f.rng.uniform(8, 20)),
                    ch,
                    {"social": "mention", "community": "post", "web": "ticket"}[ch],
                    f.pick(W.GRUMBLE, c),
                    attrs=attrs,
                )
            )
            d += f.rng.randint(1, 3)
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": iso(
                    next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0])
                ),
            }
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=SIL)
        happy_days(f, c, sorted(f.rng.sample(range(16), f.rng.randint(3, 5))), "pbvr")
        t = f.day(f.rng.randint(17, 28), f.rng.uniform(9, 20))
        c.truth.update({"sarcasm_event_id": f.add(c, t, "social", "mention", f.pick(W.SARCASM, c))})
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        "a calm weekend with night-owl bursts, no spike",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, sorted(f.rng.sample(range(3), f.rng.randint(1, 3))), "pqbvr", 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=SIL)
        t = f.day(f.rng.randint(0, 2), f.rng.uniform(9, 16))
        purchase(f, c, t)
        tg = t + timedelta(minutes=f.rng.randint(20, 30))
        if f.rng.random() < 0.5:
            e = f.add(c, tg, "chat", "chat", f.pick(W.MILD, c))
            f.add(c, tg + timedelta(minutes=3), "chat", "chat", f.pick(W.MILD_ANSWER, c), out=True)
        else:
            e = f.add(
                c,
                tg,
                "web",
                "ticket",
                f.pick(W.MILD, c),
                subject="App",
                attrs={"page": "/help/contact"},
            )
            f.add(
                c,
                tg + timedelta(minutes=25),
                "email",
                "message",
                f.pick(W.MILD_ANSWER, c),
                subject="Re: App",
                out=True,
            )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(tg)})
    owls = [f.person("night_owl", "night") for _ in range(36)]
    for night in range(3):
        b0 = f.day(night + 1, f.rng.uniform(0.67, 1.08))
        starts = [
            b0,
            b0 + timedelta(minutes=f.rng.randint(28, 33)),
            b0 + timedelta(minutes=f.rng.randint(55, 65)),
        ]
        for bi, bs in enumerate(starts):
            for j in range(4):
                c = owls[night * 12 + bi * 4 + j]
                t = bs + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "social", "mention", f.pick(W.NIGHT_POST, c))
                else:
                    e = f.add(c, t, "chat", "chat", f.pick(W.NIGHT_Q, c))
                    f.add(
                        c, t + timedelta(minutes=3), "chat", "chat", f.pick(W.ANSWER, c), out=True
                    )
                    f.add(c, t + timedelta(minutes=8), "chat", "chat", f.pick(W.THANKS, c))
                c.truth.update(
                    {
                        "habit": f"night {night + 1}, burst {bi + 1}",
                        "burst_at": iso(bs),
                        "night_event_id": e,
                    }
                )
    for c in owls[::2]:
        happy_act(f, c, f.day(f.rng.randint(0, 2), f.rng.uniform(9, 17.5)), "pbv")
    f.write({})


PAIRS = (
    [("fr", "it")] * 4
    + [("it", "fr")] * 4
    + [
        ("fr", "en"),
        ("it", "en"),
        ("en", "fr"),
        ("fr", "de"),
        ("de", "fr"),
        ("it", "de"),
        ("de", "it"),
        ("fr", "es"),
        ("es", "it"),
        ("it", "pt"),
        ("pt", "fr"),
        ("fr", "pt"),
        ("it", "es"),
        ("en", "it"),
        ("es", "fr"),
        ("fr", "it"),
        ("it", "fr"),
        ("fr", "en"),
        ("it", "en"),
    ]
)
PAIR_MARKET = {"fr": "CH", "it": "CH", "en": "IE", "de": "CH", "es": "ES", "pt": "PT"}


def bilingual() -> None:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    pairs = list(PAIRS[:27])
    reasons = [
        "works across the border in Geneva",
        "Italian-speaking family in Lausanne",
        "studied in Milan",
        "partner's language at home",
        "teaches in the other language",
    ]

    def mk(persona: str, habit: str, i: int, **kw: Any) -> tuple[Cust, list[str]]:
        a, b = pairs[i]
        market = f.rng.choice([PAIR_MARKET[a], W.MARKETS[a][0], W.MARKETS[b][0]])
        c = f.person(
            persona,
            habit,
            lang=a,
            market=market,
            languages=[a, b],
            job_second_language=f.rng.choice(reasons),
            **kw,
        )
        return c, [a, b]

    i = 0
    for _ in range(12):
        c, ls = mk("happy", "alternates languages", i)
        i += 1
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = ls[k % 2]
            happy_act(f, c, f.day(d, f.rng.uniform(7, 20)), "pqbvr")
        c.lang = ls[0]
    for times in [2, 2, 3, 3, 4]:
        c, ls = mk(
            "repeat_contact", "repeats", i, expected=["repeat_contact"], tolerated=REPEAT_TOL
        )
        i += 1
        happy_days(f, c, [f.rng.randint(0, 1)], "pbv")
        repeat_run(
            f,
            c,
            f.day(f.rng.randint(2, 5), f.rng.uniform(8, 18)),
            f.rng.choice(PROBLEMS),
            times,
            lang_cycle=ls,
        )
    for _ in range(5):
        c, ls = mk("slow_churner", "slides", i, expected=["sentiment_drop"], tolerated=SLIDE_TOL)
        i += 1
        slide(
            f,
            c,
            f.rng.randint(7, 8),
            f.rng.choice([3, 4, 5]),
            sorted(f.rng.sample(range(6), 5)),
            langs=ls,
        )
        happy_days(f, c, sorted(f.rng.sample(range(6), f.rng.randint(1, 3))), "bv")
    for ch in ["long", "email", "chat"]:
        c, ls = mk("happy_one_bad_day", "one bad day", i, tolerated=SIL)
        i += 1
        happy_days(f, c, [0, 1, 11], "pbv")
        c.lang = ls[1] if ch != "long" else ("fr" if "fr" in ls else ls[1])
        t = f.day(f.rng.randint(4, 8), f.rng.uniform(9, 18))
        p = f.rng.choice(PROBLEMS)
        eid = complaint(f, c, t, p, "email" if ch != "chat" else "chat", long=ch == "long")
        case = f.case()
        f.add(
            c,
            t + timedelta(minutes=15),
            "email" if ch != "chat" else "chat",
            "message" if ch != "chat" else "chat",
            f.pick(W.CASE_OPENED, c, case=case),
            subject=f"Re: {case}" if ch != "chat" else None,
            out=True,
        )
        upd: dict[str, Any] = {
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "bad_day_language": c.lang,
            "problem": p,
            "booking": case,
            "trouble_starts_at": iso(t),
        }
        if ch != "chat":
            f.add(
                c,
                night_safe(t + timedelta(hours=2)),
                "email",
                "message",
                f.pick(W.GOOD_NEWS, c, case=case),
                subject=f"Re: {case}",
                out=True,
            )
        if ch == "email":
            ta = night_safe(t + timedelta(hours=f.rng.uniform(18, 24)))
            upd.update(
                {
                    "apologised": True,
                    "apology_at": iso(ta),
                    "apology_event_id": f.add(c, ta, "chat", "chat", f.pick(W.APOLOGY, c)),
                }
            )
        c.lang = ls[0]
        c.truth.update(upd)
    for _ in range(2):
        c, ls = mk("resolved_between_contacts", "fixed", i, tolerated=SIL)
        i += 1
        happy_days(f, c, [0], "pbv")
        fc = fixed_case(
            f,
            c,
            f.day(f.rng.randint(2, 8), f.rng.uniform(9, 16)),
            f.rng.choice(PROBLEMS),
            "web",
            confirm_lang=ls[1],
        )
        c.truth.update(
            {"problems": [fc], "trouble_starts_at": fc["raised_at"], "confirm_language": ls[1]}
        )
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def office(f: Fam, t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
        t = (
            t + timedelta(hours=1)
            if t.hour < 8 and t.weekday() < 5
            else (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
        )
    return t


def b2b_accounts() -> None:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Accordino Pro accounts: at risk, one unhappy contact, mild remarks, happy",
    )
    plan = [
        ("at_risk", 5, 3, "portal"),
        ("at_risk", 5, 3, "invoice"),
        ("at_risk", 4, 3, "service_blocked"),
        ("at_risk", 6, 4, "invoice"),
        ("at_risk", 5, 4, "overbilled"),
    ]
    plan += [
        ("one_unhappy", 3, 1, p) for p in ["service_blocked", "overbilled", "portal", "invoice"]
    ]
    plan += [("mild", 3, 0, ""), ("mild", 4, 0, ""), ("mild", 3, 0, "")]
    plan += [("happy", 4, 0, ""), ("happy", 4, 0, ""), ("happy", 4, 0, "")]
    for idx, (kind, n, unhappy, prob) in enumerate(plan):
        company, site, lang, market = B.COMPANIES[idx]
        acc = f.uniq(lambda market=market: f"ACP-{market}-{f.rng.randint(1000, 9999)}")
        domain = (
            strip_accents(company).lower().replace(" ", "").replace("'", "").replace("-", "")[:18]
            + ".example"
        )
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for j in range(n):
            role = (
                "complainer"
                if j < unhappy
                else ("suggests" if kind == "mild" and j < 2 else "contact")
            )
            if kind == "at_risk" and j < unhappy:
                persona, exp, tol = (
                    "b2b_unhappy",
                    (["repeat_contact"] if j == unhappy - 1 else [])
                    + (["detractor"] if j < unhappy - 1 else []),
                    B2B_RISK_TOL,
                )
            elif kind == "one_unhappy" and j == 0:
                persona, exp, tol = "b2b_one_unhappy", ["detractor"], B2B_ONE_TOL
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", [], SIL
            else:
                persona, exp, tol = "b2b_happy", [], []
            while True:
                c = f.person(
                    persona,
                    role,
                    lang=lang,
                    market=market,
                    expected=exp,
                    tolerated=tol,
                    account=acc,
                    domain=domain,
                    company=company,
                    role=role,
                )
                if c.first not in firsts:
                    break
                del f.custs[c.key]
            firsts.add(c.first)
            title = f.rng.choice(B.TITLES)
            c.truth.update({"job_title": title, "job": title})
            contacts.append(c)
        keys = [c.key for c in contacts]
        unhappy_keys = keys[:unhappy]
        trouble = None
        for j, c in enumerate(contacts):
            quiet = j < unhappy or c.truth["role"] == "suggests"
            days = [0, 1] if quiet else [d for d in range(14) if d % 7 < 5]
            for d in sorted(
                f.rng.sample(days, f.rng.randint(0, 2) if quiet else f.rng.randint(2, 5))
            ):
                t = f.day(d, f.rng.uniform(8, 16.5))
                if t.weekday() >= 5:
                    continue
                k = f.rng.choice("qbv" if quiet else "qbvps")
                if k == "q":
                    f.add(c, t, "chat", "chat", f.pick(B.ROUTINE_Q, c))
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(1, 6)),
                        "chat",
                        "chat",
                        f.pick(B.ROUTINE_A, c),
                        out=True,
                    )
                    if f.rng.random() < 0.6:
                        f.add(c, t + timedelta(minutes=9), "chat", "chat", f.pick(W.THANKS, c))
                elif k == "b":
                    purchase(f, c, t)
                elif k == "v":
                    f.add(c, t, "web", "page_view", attrs={"page": "/pro/portal"})
                elif k == "p":
                    f.add(c, t, "community", "post", f.pick(B.PRAISE, c))
                else:
                    happy_survey(f, c, t)
            if c.truth["role"] == "suggests":
                t = f.day(f.rng.randint(2, 9), f.rng.uniform(8, 16))
                t = office(f, t)
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.pick(B.SUGGEST, c),
                    subject="Suggestion",
                    attrs={"page": "/pro/feedback"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=40),
                    "email",
                    "message",
                    f.pick(B.SUGGEST_ACK, c),
                    subject="Re: Suggestion",
                    out=True,
                )
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(t)})
        if kind == "at_risk":
            case = f.case()
            t = f.day(2, f.rng.uniform(8, 11))
            trouble = t
            first_c = contacts[0]
            for j in range(unhappy):
                c = contacts[j]
                if j == 0:
                    body = f.pick(B.COMPLAINT[prob], c)
                else:
                    t = office(f, t + timedelta(hours=f.rng.uniform(8, 28)))
                    wd = W.WEEKDAY[c.lang][trouble.weekday()]
                    body = f.pick(
                        B.LATER,
                        c,
                        first=first_c.first,
                        day=wd,
                        case=case,
                        problem=f.pick(B.COMPLAINT[prob], c),
                    )
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    body,
                    subject=(
                        f"Re: {case}" if j else W.COMPLAINT_SUBJECT[c.lang] + prob.replace("_", " ")
                    ),
                )
                if j == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=30),
                        "email",
                        "message",
                        f.pick(B.ACK, c, case=case),
                        subject=f"Re: {case}",
                        out=True,
                    )
                ids = [e]
                upd: dict[str, Any] = {
                    "problem": prob,
                    "booking": case,
                    "trouble_starts_at": iso(t),
                }
                if j < unhappy - 1:
                    score = f.rng.randint(1, 5)
                    upd.update(
                        {
                            "nps_given": True,
                            "nps": score,
                            "survey_event_id": f.add(
                                c,
                                t + timedelta(hours=f.rng.uniform(1, 3)),
                                "survey",
                                "survey_response",
                                None,
                                scores={"nps": score},
                                attrs={"survey": "nps"},
                            ),
                        }
                    )
                else:
                    t2 = office(f, t + timedelta(hours=f.rng.uniform(18, 40)))
                    comp = f.rng.choice(COMPS)
                    if idx == 0:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                f.pick(B.LAST_MAIL, c, case=case, comp=comp),
                                subject=f"Re: {case}",
                            )
                        )
                        upd["competitor"] = comp
                    else:
                        ids.append(f.add(c, t2, "phone", "call", f.pick(B.LAST_CALL, c, case=case)))
                        upd["competitor"] = None
                upd["complaint_event_ids"] = ids
                c.truth.update(upd)
        elif kind == "one_unhappy":
            c = contacts[0]
            t = office(f, f.day(f.rng.randint(3, 7), f.rng.uniform(8, 16)))
            case = f.case()
            e = f.add(
                c,
                t,
                "email",
                "message",
                f.pick(B.COMPLAINT[prob], c),
                subject=W.COMPLAINT_SUBJECT[c.lang] + prob.replace("_", " "),
            )
            f.add(
                c,
                t + timedelta(minutes=30),
                "email",
                "message",
                f.pick(B.ACK, c, case=case),
                subject=f"Re: {case}",
                out=True,
            )
            score = f.rng.randint(1, 5)
            s = f.add(
                c,
                t + timedelta(hours=f.rng.uniform(1, 3)),
                "survey",
                "survey_response",
                None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "problem": prob,
                    "booking": case,
                    "complaint_event_ids": [e],
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": s,
                    "trouble_starts_at": iso(t),
                }
            )
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": iso(trouble) if trouble else None,
            "language": lang,
            "country": market,
        }
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 9, tzinfo=UTC),
        5,
        "a calm week and one planted spike on Saturday 14 November 2026",
    )
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            happy_act(
                f, c, f.day(d, f.rng.uniform(12, 19) if d == 5 else f.rng.uniform(7, 20)), "pqbvr"
            )
    for _ in range(2):
        c = f.person(
            "grumbles_once", "grumbles once", lang=f.rng.choice(["fr", "it"]), tolerated=SIL
        )
        t = f.day(0, f.rng.uniform(9, 17))
        e = f.add(c, t, "chat", "chat", f.pick(W.SLOW_MAP, c))
        f.add(c, t + timedelta(minutes=4), "chat", "chat", f.pick(W.MILD_ANSWER, c), out=True)
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    for lang, h in [("fr", 9 + 40 / 60), ("it", 16 + 5 / 60)]:
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=SIL)
        t = f.day(4, h)
        e = f.add(c, t, "chat", "chat", f.pick(W.LONE_Q, c))
        f.add(c, t + timedelta(minutes=5), "chat", "chat", f.pick(W.LONE_A, c), out=True)
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    langs = ["fr"] * 6 + ["it"] * 6 + ["en", "de", "es", "pt", "fr", "it", "en", "de"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    s0 = f.day(5, 8 + 20 / 60)
    times = sorted(
        [s0]
        + [s0 + timedelta(minutes=f.rng.randint(1, 44)) for _ in range(18)]
        + [s0 + timedelta(minutes=45)]
    )
    early = [i for i, t in enumerate(times) if t <= f.day(5, 8 + 55 / 60 - 0.25)]
    repeaters = set(f.rng.sample(early, 6))
    fixed = set(f.rng.sample([i for i in range(20) if i not in repeaters], 6))
    keys, eids, reids = [], [], []
    kinds = {
        "social": "mention",
        "chat": "chat",
        "community": "post",
        "email": "message",
        "web": "ticket",
    }
    for i in range(20):
        regular = i < 12
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else SIL,
            in_spike=True,
            regular=regular,
        )
        if regular:
            for d in sorted(f.rng.sample(range(2, 5), f.rng.randint(1, 2))):
                happy_act(f, c, f.day(d, f.rng.uniform(8, 17.5)), "pbv")
        ch = chans[i]
        t = times[i]
        e = f.add(
            c,
            t,
            ch,
            kinds[ch],
            f.pick(W.SPIKE, c),
            subject="SUR/58-K" if ch in ("email", "web") else None,
            attrs={"page": "/tuning/book"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_ANSWER, c),
                out=True,
            )
        keys.append(c.key)
        eids.append(e)
        upd: dict[str, Any] = {
            "spike_event_id": e,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
        }
        if rep:
            ch2 = f.rng.choice([x for x in ["email", "chat", "community"] if x != ch])
            t2 = t + timedelta(minutes=f.rng.randint(15, 50))
            r = f.add(
                c,
                t2,
                ch2,
                kinds[ch2],
                f.pick(W.SPIKE_AGAIN, c),
                subject="Re: SUR/58-K" if ch2 == "email" else None,
            )
            reids.append(r)
            upd["repeat_event_id"] = r
        if i in fixed:
            f.add(
                c,
                f.day(5, 11 + f.rng.uniform(8, 17) / 60),
                "email",
                "message",
                f.pick(W.SPIKE_FIXED, c),
                subject="Accordino: SUR/58-K",
                out=True,
            )
            upd["agent_fixed"] = True
        c.truth.update(upd)
    f.spike = {
        "topic": "piano-tuning app adds a crane-lift surcharge to every booking and refuses removal: error SUR/58-K, no booking possible",
        "about": "Saturday-morning booking fault",
        "channel": None,
        "start": iso(times[0]),
        "end": iso(times[-1]),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})


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
        build()


if __name__ == "__main__":
    main()
