"""Generate heldout278 (Sprossa, seedlings by post; written blind). Standard library only."""

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

SEED = 20260516
WEIGHTS = {"de": 30, "pt": 30, "en": 10, "es": 10, "fr": 10, "it": 10}
TOL_REPEAT = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
TOL_SLIDE = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
]
TOL_LEAVE = ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
TOL_B2B = [
    "account_risk",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
SOURCES = {
    "email": "sprossa-mail",
    "phone": "sprossa-voice",
    "social": "sprossa-social",
    "community": "sprossa-forum",
    "chat": "sprossa-chat",
    "web": "sprossa-web",
    "survey": "sprossa-survey",
}
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", s)
        if unicodedata.category(ch) != "Mn" or ch == "\u0303"
    )


def speech(s: str) -> str:
    out = "".join(ch for ch in s if ch.isalnum() or ch in " #'€£-")
    return " ".join(out.lower().split())


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, str | None]
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
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def t(self, day: float, h0: float = 8.0, h1: float = 19.0) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(h0, h1))

    def uid(self, prefix: str, digits: int) -> str:
        while True:
            v = prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(digits))
            if v not in USED:
                USED.add(v)
                return v

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
        company: str | None = None,
    ) -> Cust:
        r = self.rng
        first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
        mk = market or r.choice(W.MARKETS[lang])
        key = self.uid("SP" + self.code, 4)
        tail = key[-4:]
        if company:
            email = f"{first.lower()}.{last.lower()}{tail[-2:]}@{company.lower().replace(' ', '')}.example"
            handle = None
        else:
            email = f"{strip_accents(first).lower()}.{strip_accents(last).lower()}{tail[-2:]}@mail{r.randint(1, 4)}.example"
            handle = "@" + r.choice(
                [
                    f"{strip_accents(last).lower()}_{strip_accents(first).lower()}{tail[-1]}",
                    f"{strip_accents(first).lower()}{tail[-2:]}",
                    f"garten_{strip_accents(first).lower()}{tail[-2:]}",
                ]
            )
        while email in USED or (handle and handle.lower() in USED):
            email = email.replace("@", str(r.randint(0, 9)) + "@", 1)
            handle = handle + str(r.randint(0, 9)) if handle else None
        USED.add(email)
        if handle:
            USED.add(handle.lower())
        pre, nd = W.PHONE[mk]
        phone = self.uid(pre, nd)
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        c = Cust(
            key,
            lang,
            mk,
            ids,
            {
                "identifiers": ids,
                "expected_rules": sorted(expected or []),
                "tolerated_rules": sorted(tolerated or []),
                "persona": persona,
                "habit": habit,
                "language": lang,
                "country": mk,
                "segment": "b2b" if account else "consumer",
                "name": f"{first} {last}",
            },
        )
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"sp278-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not out:
            if channel == "phone":
                text = speech(text)
            elif channel != "survey":
                text = self.roughen(text)
            if channel == "social" and c.ids["account_id"] is None and "@Sprossa" not in text:
                text = (
                    text.replace("Sprossa", "@Sprossa", 1)
                    if "Sprossa" in text
                    else "@Sprossa " + text
                )
        a = {"market": c.market}
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Lena", "Rita", "Tom", "Ana", "Jakob"])
        a.update(attrs or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": iso(when),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "cust": c.key,
                "text": text,
                "subject": subject,
                "scores": scores or {"nps": None, "csat": None, "ces": None},
                "source": SOURCES[channel],
                "attributes": a,
            }
        )
        return eid

    def roughen(self, s: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            s = strip_accents(s)
        if r.random() < 0.125 and s[:1].isupper():
            s = s[0].lower() + s[1:]
        if r.random() < 1 / 7:
            words = [
                i for i, w in enumerate(s.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = s.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randint(1, len(w) - 3)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                s = " ".join(parts)
        return s

    def ref(self) -> str:
        return self.uid("SP-", 6)

    # ---- happy acts
    def happy_act(self, c: Cust, when: datetime, with_survey: bool = True) -> None:
        r, lang = self.rng, c.lang
        k = r.choice(
            ["praise", "question", "buy", "view", "gripe", "review", "survey"]
            if with_survey
            else ["praise", "question", "buy", "view", "gripe", "review"]
        )
        if k == "praise":
            self.add(
                c,
                when,
                r.choice(["social", "community"]),
                r.choice(["post", "mention"]),
                r.choice(W.PRAISE[lang]),
            )
        elif k == "gripe":
            self.add(c, when, "community", "post", r.choice(W.GRIPE_PRAISE[lang]))
        elif k == "question":
            ch = r.choice(["chat", "email", "phone"])
            self.add(
                c,
                when,
                ch,
                {"chat": "chat", "email": "message", "phone": "call"}[ch],
                r.choice(W.QUESTION[lang]),
            )
            self.add(
                c,
                when + timedelta(minutes=r.randint(2, 30)),
                "chat" if ch == "chat" else "email",
                "chat" if ch == "chat" else "message",
                W.ANSWER[lang],
                out=True,
            )
            if r.random() < 0.6:
                self.add(
                    c,
                    when + timedelta(minutes=r.randint(35, 60)),
                    "chat" if ch == "chat" else "email",
                    "chat" if ch == "chat" else "message",
                    r.choice(W.THANKS[lang]),
                )
        elif k == "buy":
            p, v = r.choice(W.PRODUCTS)
            page = r.choice(W.PAGES)
            self.add(c, when, "web", "page_view", attrs={"page": page})
            cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
            self.add(
                c,
                when + timedelta(minutes=r.randint(2, 9)),
                "web",
                "purchase",
                attrs={"page": page, "product": p, "order_value": v, "currency": cur},
            )
        elif k == "view":
            self.add(c, when, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        elif k == "review":
            self.add(
                c,
                when,
                "web",
                "review",
                r.choice(W.PRAISE[lang]),
                attrs={"rating": "5", "page": r.choice(W.PAGES)},
            )
        else:
            self.survey(c, when)

    def survey(self, c: Cust, when: datetime) -> None:
        r = self.rng
        which = r.choice(["nps", "csat", "ces"])
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc[which] = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[
            which
        ]
        self.add(
            c,
            when,
            "survey",
            "survey_response",
            r.choice(W.SURVEY_WORD[c.lang]) or None,
            scores=sc,
            attrs={"survey": which},
        )

    def happy_days(
        self, c: Cust, n: int, d0: int, d1: int, avoid: set[int] | None = None, survey: bool = True
    ) -> None:
        days = [d for d in range(d0, d1 + 1) if d not in (avoid or set())]
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy_act(c, self.t(d, 7, 19), survey)

    def lang(self) -> str:
        return self.rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]

    def complaint(self, c: Cust, when: datetime, ch: str, problem: str, long: bool = False) -> str:
        lang = c.lang
        body = W.PROBLEM[lang][problem] + " " + self.rng.choice(W.ANGRY_TAIL[lang])
        if long:
            body = W.LONG_OPEN[lang] + "\n\n" + body + "\n\n" + W.LONG_CLOSE[lang]
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
            "community": "post",
        }[ch]
        subj = W.SUBJ_COMPLAINT[lang].format(p=W.PTOPIC[lang][problem]) if ch == "email" else None
        attrs = {"page": "/help/contact"} if ch == "web" else None
        return self.add(c, when, ch, kind, body, subject=subj, attrs=attrs)

    def reply(self, c: Cust, when: datetime, ch: str, text: str, ref: str | None = None) -> str:
        if ch == "chat":
            return self.add(c, when, "chat", "chat", text, out=True)
        return self.add(
            c,
            when,
            "email",
            "message",
            text,
            out=True,
            subject=W.SUBJ_RE[c.lang].format(ref=ref) if ref else None,
        )

    def write(self) -> dict[str, int]:
        self.rows.sort(key=lambda x: (x["occurred_at"], x["event_id"]))
        seen: set[str] = set()
        lines = []
        for row in self.rows:
            c = self.custs[row.pop("cust")]
            ids = c.ids
            if row["direction"] == "outbound" or c.key not in seen:
                cust = dict(ids)
                if row["direction"] == "inbound":
                    seen.add(c.key)
            else:
                ch = row["channel"]
                cust = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": ids["account_id"],
                }
                if ch == "phone":
                    cust["phone"] = ids["phone"]
                elif ch in ("social", "community"):
                    if ids["handle"]:
                        cust["handle"] = (
                            ids["handle"]
                            if self.rough.random() > 0.2
                            else str(ids["handle"]).lstrip("@")
                        )
                    else:
                        cust["email"] = ids["email"]
                elif ch == "email":
                    cust["email"] = (
                        ids["email"] if self.rough.random() > 1 / 12 else str(ids["email"]).upper()
                    )
                else:
                    cust["customer_id"] = ids["customer_id"]
            row["customer"] = cust
            lines.append(
                json.dumps(
                    {
                        k: row[k]
                        for k in (
                            "event_id",
                            "occurred_at",
                            "channel",
                            "kind",
                            "direction",
                            "customer",
                            "text",
                            "subject",
                            "scores",
                            "source",
                            "attributes",
                        )
                    },
                    ensure_ascii=False,
                )
            )
        last = max(r["occurred_at"] for r in self.rows)
        end = self.start + timedelta(days=self.days)
        end_s = max(
            iso(end), iso(datetime.fromisoformat(last.replace("Z", "+00:00")) + timedelta(hours=1))
        )
        expected: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Sprossa: vegetable seedlings and plug plants by post, Beet membership, Sprossa Pro for growers on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "blind, 2026-12-07",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": end_s,
            "customers": {k: c.truth for k, c in self.custs.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return expected


def d(y: int, m: int, dd: int) -> datetime:
    return datetime(y, m, dd, tzinfo=UTC)


PROBLEMS = ["dead", "late", "wrong", "charge"]


def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, d(2026, 2, 2), 10, "happy day and night writers, survey-only")
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, 9)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer")
        for dd in f.rng.sample(range(0, 9), 3):
            f.add(
                c,
                f.start + timedelta(days=dd, hours=f.rng.uniform(22.2, 23.9)),
                "social",
                "post",
                f.rng.choice(W.NIGHT[c.lang]),
            )
        f.happy_days(c, 2, 0, 9, survey=False)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys")
        for dd in f.rng.sample(range(0, 10), f.rng.randint(3, 6)):
            f.survey(c, f.t(dd))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day", "BD", 2, d(2026, 3, 9), 12, "24 happy customers with one bad day, 8 controls"
    )
    chans = ["long", "email", "chat", "social", "web", "phone"]
    slots = [(ch, PROBLEMS[i % 4]) for ch in chans for i in range(4)]
    f.rng.shuffle(slots)
    with_case = [i for i, s in enumerate(slots) if s[0] != "social"]
    det = set(f.rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in det]
    low = set(f.rng.sample(rest, 5))
    good = set(f.rng.sample(with_case, 12))
    apol = set(f.rng.sample(sorted(good), 5))
    for i, (ch, prob) in enumerate(slots):
        lang = f.rng.choice(["de", "pt"]) if ch == "long" else f.lang()
        c = f.person(
            lang,
            "bad_day_detractor" if i in det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if i in det else [],
            ["silence"],
        )
        day = f.rng.randint(2, 9)
        when = f.t(day, 8, 18)
        f.happy_days(
            c, f.rng.randint(1, 4), 0, 11, avoid={day - 1, day, day + 1, day + 2}, survey=False
        )
        real = "email" if ch == "long" else ch
        eid = f.complaint(c, when, real, prob, long=ch == "long")
        c.truth.update(
            {
                "problem": prob,
                "bad_day_at": iso(when),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(when),
                "channel": real,
                "long_email": ch == "long",
                "booking": None,
                "nps_given": i in det,
                "csat_given": i in low,
            }
        )
        if real == "social":
            continue
        ref = f.ref()
        c.truth["booking"] = ref
        f.reply(
            c,
            when + timedelta(minutes=f.rng.randint(10, 40)),
            real,
            W.CASE_OPENED[lang].format(ref=ref),
            ref,
        )
        if i in det:
            nps = f.rng.randint(1, 5)
            c.truth.update(
                {
                    "nps": nps,
                    "survey_event_id": f.add(
                        c,
                        when + timedelta(minutes=f.rng.randint(100, 140)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps, "csat": None, "ces": None},
                        attrs={"survey": "nps"},
                    ),
                }
            )
        if i in low:
            cs = f.rng.randint(1, 2)
            c.truth.update(
                {
                    "csat": cs,
                    "survey_event_id": f.add(
                        c,
                        when + timedelta(minutes=f.rng.randint(40, 80)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": None, "csat": cs, "ces": None},
                        attrs={"survey": "csat"},
                    ),
                }
            )
        if i in good:
            f.reply(
                c,
                when + timedelta(hours=f.rng.uniform(1.5, 4)),
                "email",
                W.GOOD_NEWS[lang].format(ref=ref),
                ref,
            )
            c.truth["agent_fixed"] = True
        if i in apol:
            at = when + timedelta(hours=f.rng.uniform(16, 24))
            c.truth.update(
                {
                    "apologised": True,
                    "apology_at": iso(at),
                    "apology_event_id": f.add(c, at, "chat", "chat", W.APOLOGY[lang]),
                }
            )
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), 0, 11)
    return f


def open_problem(f: Fam, c: Cust, day: int, times: int, quality: bool, tol_note: str = "") -> None:
    lang, prob, ref = c.lang, f.rng.choice(PROBLEMS), f.ref()
    chans = f.rng.sample(["email", "chat", "phone", "web", "social"], times)
    when = f.t(day, 8, 17)
    ids = []
    c.truth.update(
        {
            "problem": prob,
            "booking": ref,
            "trouble_starts_at": iso(when),
            "contacts": times,
            "channels": chans,
            "competitor": None,
        }
    )
    for k, ch in enumerate(chans):
        if k == 0:
            ids.append(f.complaint(c, when, ch, prob))
            if quality:
                f.reply(
                    c,
                    when + timedelta(hours=f.rng.uniform(1.5, 2.5)),
                    "email",
                    W.QUALITY_LEAD[lang].format(ref=ref),
                    ref,
                )
                c.truth["agent_passed_on"] = True
            else:
                f.reply(
                    c,
                    when + timedelta(minutes=f.rng.randint(10, 40)),
                    ch if ch == "chat" else "email",
                    W.CASE_OPENED[lang].format(ref=ref),
                    ref,
                )
        else:
            when = when + timedelta(hours=f.rng.uniform(4, 40))
            if when.hour >= 22 or when.hour < 7:
                when = (when + timedelta(hours=10)).replace(hour=8, minute=f.rng.randint(0, 59))
            txt = f.rng.choice(W.STILL_OPEN[lang]).format(ref=ref, p=W.PROBLEM[lang][prob])
            if k == 2:
                comp = f.rng.choice(W.COMPETITORS)
                txt += " " + W.THIRD[lang].format(comp=comp)
                c.truth["competitor"] = comp
            if k == 3:
                txt += " " + W.FOURTH[lang]
            kind = {
                "email": "message",
                "chat": "chat",
                "social": "mention",
                "web": "ticket",
                "phone": "call",
            }[ch]
            ids.append(
                f.add(
                    c,
                    when,
                    ch,
                    kind,
                    txt,
                    subject=W.SUBJ_RE[lang].format(ref=ref) if ch == "email" else None,
                    attrs={"page": "/help/contact"} if ch == "web" else None,
                )
            )
            if ch == "chat":
                f.add(
                    c,
                    when + timedelta(minutes=3),
                    "chat",
                    "chat",
                    W.URGENT[lang].format(ref=ref),
                    out=True,
                )
    c.truth["problem_event_ids"] = ids


def fixed_problem(
    f: Fam, c: Cust, day: int, prob: str, ch: str = "web", confirm_lang: str | None = None
) -> dict[str, Any]:
    ref = f.ref()
    when = f.t(day, 8, 16)
    eid = f.complaint(c, when, ch, prob)
    f.reply(
        c,
        when + timedelta(minutes=f.rng.randint(10, 40)),
        "email",
        W.CASE_OPENED[c.lang].format(ref=ref),
        ref,
    )
    fixed = when + timedelta(hours=f.rng.uniform(3, 20))
    if fixed.hour >= 21 or fixed.hour < 7:
        fixed = (fixed + timedelta(hours=11)).replace(hour=9)
    cl = confirm_lang or c.lang
    f.reply(c, fixed, "email", W.GOOD_NEWS[cl].format(ref=ref), ref)
    conf = fixed + timedelta(hours=f.rng.uniform(8, 30))
    if conf.hour >= 21 or conf.hour < 7:
        conf = (conf + timedelta(hours=11)).replace(hour=10)
    cch = f.rng.choice(["email", "chat"])
    ceid = f.add(
        c,
        conf,
        cch,
        "message" if cch == "email" else "chat",
        W.CONFIRM[cl].format(ref=ref),
        subject=W.SUBJ_RE[cl].format(ref=ref) if cch == "email" else None,
    )
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": iso(when),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(conf),
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
        d(2026, 4, 13),
        10,
        "repeat contacts, fixed, two problems, frequent writers",
    )
    times = [2] * 4 + [3] * 4 + [4] * 4
    qual = set(f.rng.sample(range(12), 6))
    for i, n in enumerate(times):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        f.happy_days(c, 1, 0, 0, survey=False)
        open_problem(f, c, f.rng.randint(1, 4), n, i in qual)
    for _ in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", [], ["silence"])
        f.happy_days(c, 1, 0, 0, survey=False)
        c.truth["problems"] = [
            fixed_problem(
                f,
                c,
                f.rng.randint(1, 5),
                f.rng.choice(PROBLEMS),
                f.rng.choice(["web", "email", "chat"]),
            )
        ]
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", [], ["silence"])
        a, b = f.rng.sample(PROBLEMS, 2)
        c.truth["problems"] = [
            fixed_problem(f, c, 1, a),
            fixed_problem(f, c, f.rng.randint(5, 6), b, "email"),
        ]
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer")
        for dd in sorted(f.rng.sample(range(10), f.rng.randint(5, 8))):
            f.happy_act(c, f.t(dd, 8, 18))
    return f


def slide(f: Fam, c: Cust, d0: int, span: int) -> None:
    comp = f.rng.choice(W.COMPETITORS)
    ids = []
    when = f.t(d0, 8, 18)
    ratings = ["3", "3", "2", "2", "1", "1"]
    for k, txt in enumerate(W.SLIDE[c.lang]):
        if k:
            when = when + timedelta(hours=max(1.0, span * 24 / 5 * f.rng.uniform(0.7, 1.2)))
            if when.hour >= 22 or when.hour < 7:
                when = (when + timedelta(hours=9)).replace(hour=9)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    when,
                    "web",
                    "review",
                    txt.format(comp=comp),
                    attrs={"rating": ratings[k], "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, when, ch, "post", txt.format(comp=comp)))
        if k == 0:
            c.truth["trouble_starts_at"] = iso(when)
        if k == 3:
            c.truth["fourth_step_at"] = iso(when)
    c.truth.update({"slide_event_ids": ids, "slide_days": span, "competitor": comp})


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners", "SC", 4, d(2026, 6, 1), 32, "sliders, leavers, steady, grumpy, sarcastic"
    )
    det = set(f.rng.sample(range(10), 5))
    for i in range(10):
        c = f.person(
            f.lang(),
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if i in det else []),
            TOL_SLIDE,
        )
        for dd in sorted(f.rng.sample(range(11), f.rng.randint(4, 5))):
            f.add(
                c,
                f.t(dd),
                f.rng.choice(["social", "community"]),
                "post",
                f.rng.choice(W.PRAISE[c.lang]),
            )
        f.happy_days(c, f.rng.randint(2, 4), 0, 10, survey=False)
        slide(f, c, f.rng.randint(12, 16), f.rng.choice([3, 5, 9]))
        if i in det:
            at = datetime.fromisoformat(
                c.truth.pop("fourth_step_at").replace("Z", "+00:00")
            ) + timedelta(hours=f.rng.uniform(2.5, 3.5))
            if at.hour >= 22 or at.hour < 7:
                at = (at + timedelta(hours=9)).replace(hour=9)
            nps = f.rng.randint(1, 5)
            c.truth.update(
                {
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": f.add(
                        c,
                        at,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps, "csat": None, "ces": None},
                        attrs={"survey": "nps"},
                    ),
                }
            )
        else:
            c.truth.pop("fourth_step_at")
    for _ in range(5):
        c = f.person(f.lang(), "slow_churner", "asks to cancel", ["churn_intent"], TOL_LEAVE)
        f.happy_days(c, f.rng.randint(4, 6), 0, 15, survey=False)
        when = f.t(f.rng.randint(17, 23), 8, 17)
        eid = f.add(c, when, "email", "message", W.LEAVE[c.lang], subject="Beet")
        f.reply(c, when + timedelta(hours=f.rng.uniform(1, 5)), "email", W.SORRY_GO[c.lang])
        canc = when + timedelta(hours=f.rng.uniform(20, 30))
        cid = f.add(
            c,
            canc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/membership", "product": "Beet membership"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(canc),
                "trouble_starts_at": iso(when),
            }
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), 0, 31)
    for _ in range(5):
        c = f.person(f.lang(), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        dd = f.rng.randint(0, 4)
        gids = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            txt = f.rng.choice(W.GRUMBLE[c.lang])
            if ch == "web":
                gids.append(
                    f.add(
                        c, f.t(dd), "web", "review", txt, attrs={"rating": "3", "page": "/reviews"}
                    )
                )
            else:
                gids.append(f.add(c, f.t(dd), ch, "post", txt))
            dd += f.rng.randint(1, 3)
        c.truth.update(
            {
                "grumble_event_ids": gids,
                "trouble_starts_at": f.rows[[r["event_id"] for r in f.rows].index(gids[0])][
                    "occurred_at"
                ],
            }
        )
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        f.happy_days(c, f.rng.randint(4, 6), 0, 16, survey=False)
        c.truth["sarcasm_event_id"] = f.add(
            c, f.t(f.rng.randint(17, 28)), "social", "post", W.SARCASM[c.lang]
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours", "QH", 5, d(2026, 7, 17), 3, "calm summer weekend, night owls in three bursts"
    )
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        for dd in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy_act(c, f.t(dd, 7, 17.5))
    for _ in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], ["silence"])
        when = f.t(f.rng.randint(0, 2), 9, 17)
        f.add(c, when, "web", "page_view", attrs={"page": f.rng.choice(W.PAGES)})
        g = f.add(
            c, when + timedelta(minutes=f.rng.randint(20, 30)), "chat", "chat", W.GRUMBLE[c.lang][0]
        )
        f.reply(c, when + timedelta(minutes=35), "chat", W.ANSWER[c.lang])
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(when)})
    n = 0
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, hours=0, minutes=f.rng.randint(40, 65))
        for b, off in enumerate((0, f.rng.randint(28, 33), f.rng.randint(55, 65))):
            for _ in range(4):
                n += 1
                c = f.person(f.lang(), "night_owl", f"night {night + 1}, burst {b + 1}")
                at = b0 + timedelta(minutes=off + f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(c, at, "social", "post", f.rng.choice(W.NIGHT[c.lang]))
                else:
                    e = f.add(c, at, "chat", "chat", f.rng.choice(W.QUESTION[c.lang]))
                    f.reply(c, at + timedelta(minutes=4), "chat", W.ANSWER[c.lang])
                    f.add(
                        c, at + timedelta(minutes=9), "chat", "chat", f.rng.choice(W.THANKS[c.lang])
                    )
                c.truth.update({"burst_at": iso(b0 + timedelta(minutes=off)), "night_event_id": e})
                if n % 2 == 0:
                    f.happy_act(c, f.t(night, 9, 17.5), False)
    return f


PAIRS = [
    ("de", "pt"),
    ("pt", "de"),
    ("de", "en"),
    ("pt", "es"),
    ("de", "fr"),
    ("pt", "en"),
    ("de", "it"),
    ("pt", "fr"),
    ("es", "pt"),
    ("en", "de"),
    ("de", "pt"),
    ("pt", "de"),
]


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d(2026, 8, 24), 14, "customers alternating two languages")
    k = 0

    def pair() -> tuple[str, str]:
        nonlocal k
        k += 1
        return PAIRS[k % len(PAIRS)]

    def mk(persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, str, str]:
        a, b = pair()
        c = f.person(a, persona, habit, exp, tol)
        c.truth.update(
            {"languages": [a, b], "job_second_language": f"{b}: partner's family and work"}
        )
        return c, a, b

    for _ in range(12):
        c, a, b = mk("happy", "alternates languages", [], [])
        for j, dd in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = a if j % 2 == 0 else b
            f.happy_act(c, f.t(dd))
        c.lang = a
    for n in (2, 2, 3, 3, 4):
        c, a, b = mk("repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        f.happy_days(c, 1, 0, 1, survey=False)
        open_problem(f, c, f.rng.randint(2, 5), n, n >= 3)
    for _ in range(5):
        c, a, b = mk("slow_churner", "slides", ["sentiment_drop"], TOL_SLIDE)
        for j, dd in enumerate(range(0, 6)):
            if j < 5:
                c.lang = a if j % 2 == 0 else b
                f.add(c, f.t(dd), "community", "post", f.rng.choice(W.PRAISE[c.lang]))
        c.lang = b
        slide(f, c, f.rng.randint(7, 8), f.rng.choice([3, 5]))
        c.truth.pop("fourth_step_at")
        c.lang = a
    for ch in ("email", "email", "chat"):
        c, a, b = mk("happy_one_bad_day", "one bad day", [], ["silence"])
        f.happy_days(c, 2, 0, 4, survey=False)
        c.lang = b
        when = f.t(f.rng.randint(8, 11), 9, 17)
        prob = f.rng.choice(PROBLEMS)
        eid = f.complaint(c, when, ch, prob)
        ref = f.ref()
        f.reply(c, when + timedelta(minutes=20), ch, W.CASE_OPENED[b].format(ref=ref), ref)
        c.truth.update(
            {
                "problem": prob,
                "booking": ref,
                "bad_day_at": iso(when),
                "bad_day_event_id": eid,
                "bad_day_language": b,
                "trouble_starts_at": iso(when),
            }
        )
        c.lang = a
    for _ in range(2):
        c, a, b = mk("resolved_between_contacts", "fixed", [], ["silence"])
        c.truth["problems"] = [
            fixed_problem(f, c, f.rng.randint(2, 6), f.rng.choice(PROBLEMS), "web", confirm_lang=b)
        ]
        c.truth["confirm_language"] = b
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d(2026, 9, 7),
        14,
        "Sprossa Pro accounts: at risk, one unhappy, mild, happy",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    sites = [
        "market garden",
        "school garden",
        "restaurant",
        "community garden",
        "hotel",
        "municipality",
    ]
    for i, kind in enumerate(kinds):
        lang = f.rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
        mk = W.MARKETS[lang][0]
        acc = f.uid(f"SPP-{mk}-", 4)
        company = f"{f.rng.choice(['Gruen', 'Horta', 'Campo', 'Verde', 'Terra', 'Blatt'])}{i}"
        ncont = (
            3
            if kind in ("one_unhappy",)
            else f.rng.randint(3, 5)
            if kind != "at_risk"
            else f.rng.randint(4, 6)
        )
        same = f.rng.choice(["invoice", "short"])
        cs = []
        n_unhappy = {"at_risk": f.rng.choice([3, 4]), "one_unhappy": 1, "mild": 0, "happy": 0}[kind]
        n_mild = 2 if kind == "mild" else 0
        for j in range(ncont):
            if j < n_unhappy:
                exp = ["detractor"] if (kind == "one_unhappy" or j < n_unhappy - 1) else []
                if kind == "at_risk" and j == n_unhappy - 1:
                    exp = ["repeat_contact"]
                tol = (
                    TOL_B2B
                    if kind == "at_risk"
                    else ["high_value_at_risk", "sentiment_drop", "silence"]
                )
                persona, role = (
                    ("b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy"),
                    "complainer",
                )
            elif j < n_mild:
                exp, tol, persona, role = [], ["silence"], "b2b_mild", "suggests"
            else:
                exp, tol, persona, role = [], [], "b2b_happy", "contact"
            c = f.person(lang, persona, role, exp, tol, market=mk, account=acc, company=company)
            c.truth.update(
                {
                    "company": company,
                    "role": role,
                    "job_title": f.rng.choice(["Head grower", "Buyer", "Office manager", "Chef"]),
                }
            )
            c.truth["job"] = c.truth["job_title"]
            cs.append(c)
        base = f.start + timedelta(days=2, hours=8)
        unhappy = [c for c in cs if c.truth["role"] == "complainer"]
        ref = f.ref()
        first_at = None
        for c in cs:
            if c.truth["role"] == "contact":
                for dd in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9], 3):
                    f.happy_act(c, f.t(dd, 8, 16.5))
            else:
                f.happy_act(c, f.t(f.rng.randint(0, 1), 8, 16.5), False)
        if kind == "at_risk":
            when = base + timedelta(hours=f.rng.uniform(0, 6))
            for j, c in enumerate(unhappy):
                p = W.B2B_PROBLEM[lang][same]
                txt = (
                    p
                    if j == 0
                    else W.B2B_FOLLOW[lang].format(
                        first=unhappy[0].truth["name"].split()[0], ref=ref, p=p
                    )
                )
                e = f.add(
                    c, when, "email", "message", txt, subject=W.SUBJ_COMPLAINT[lang].format(p=same)
                )
                first_at = first_at or when
                if j == 0:
                    f.reply(
                        c,
                        when + timedelta(minutes=30),
                        "email",
                        W.CASE_OPENED[lang].format(ref=ref),
                        ref,
                    )
                c.truth.update(
                    {
                        "complaint_event_ids": [e],
                        "trouble_starts_at": iso(when),
                        "booking": ref,
                        "problem": same,
                    }
                )
                if j < len(unhappy) - 1:
                    nps = f.rng.randint(1, 5)
                    c.truth.update(
                        {
                            "nps_given": True,
                            "nps": nps,
                            "survey_event_id": f.add(
                                c,
                                when + timedelta(hours=f.rng.uniform(1, 3)),
                                "survey",
                                "survey_response",
                                None,
                                scores={"nps": nps, "csat": None, "ces": None},
                                attrs={"survey": "nps"},
                            ),
                        }
                    )
                else:
                    again = when + timedelta(hours=f.rng.uniform(18, 30))
                    if again.hour >= 17 or again.hour < 8:
                        again = (again + timedelta(hours=14)).replace(hour=9)
                    comp = f.rng.choice(W.COMPETITORS)
                    c.truth["complaint_event_ids"].append(
                        f.add(
                            c, again, "phone", "call", W.B2B_LAST[lang].format(ref=ref, comp=comp)
                        )
                    )
                    c.truth["competitor"] = comp
                when = when + timedelta(hours=f.rng.uniform(8, 20))
                if when.hour >= 17 or when.hour < 8:
                    when = (when + timedelta(hours=14)).replace(hour=9)
        elif kind == "one_unhappy":
            c = unhappy[0]
            when = f.t(f.rng.randint(3, 7), 8, 16)
            e = f.add(
                c,
                when,
                "email",
                "message",
                W.B2B_PROBLEM[lang][same],
                subject=W.SUBJ_COMPLAINT[lang].format(p=same),
            )
            f.reply(
                c, when + timedelta(minutes=30), "email", W.CASE_OPENED[lang].format(ref=ref), ref
            )
            nps = f.rng.randint(1, 5)
            c.truth.update(
                {
                    "complaint_event_ids": [e],
                    "trouble_starts_at": iso(when),
                    "booking": ref,
                    "problem": same,
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": f.add(
                        c,
                        when + timedelta(hours=2),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps, "csat": None, "ces": None},
                        attrs={"survey": "nps"},
                    ),
                }
            )
        elif kind == "mild":
            for c in [c for c in cs if c.truth["role"] == "suggests"]:
                when = f.t(f.rng.randint(3, 9), 8, 16)
                e = f.add(
                    c, when, "web", "ticket", W.B2B_MILD[lang], attrs={"page": "/pro/feedback"}
                )
                r2 = f.ref()
                f.reply(
                    c, when + timedelta(minutes=40), "email", W.B2B_ACK[lang].format(ref=r2), r2
                )
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(when)})
        f.accounts[acc] = {
            "company": company,
            "site": sites[i % len(sites)],
            "contacts": len(cs),
            "contact_keys": [c.key for c in cs],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": same if kind == "at_risk" else None,
            "trouble_starts_at": iso(first_at) if first_at else None,
            "language": lang,
            "country": mk,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike", "TS", 8, d(2026, 5, 11), 7, "calm week, checkout spike on Saturday morning"
    )
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer")
        for dd in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy_act(c, f.t(dd, 12, 19) if dd == 5 else f.t(dd))
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], ["silence"])
        when = f.t(0, 9, 16)
        g = f.add(c, when, "chat", "chat", W.GRUMBLE[c.lang][0])
        f.reply(c, when + timedelta(minutes=5), "chat", W.ANSWER[c.lang])
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(when)})
    for lang, h in (("de", 9.6), ("pt", 15.2)):
        c = f.person(lang, "grumbles_once", "lone question", [], ["silence"])
        when = f.start + timedelta(days=4, hours=h)
        e = f.add(c, when, "chat", "chat", W.LONE_Q[lang])
        f.reply(c, when + timedelta(minutes=4), "chat", W.LONE_A[lang])
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(when)})
    s0 = f.start + timedelta(days=5, hours=8, minutes=20)
    langs = ["de"] * 6 + ["pt"] * 6 + ["en", "en", "es", "es", "fr", "fr", "it", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    reps = set(f.rng.sample([i for i in range(20) if offs[i] <= 25], 6))
    fixed = set(f.rng.sample([i for i in range(20) if i not in reps], 6))
    keys, eids, reids = [], [], []
    for i in range(20):
        lang = langs[i]
        regular = i < 12
        c = f.person(
            lang,
            "spike_repeater" if i in reps else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if i in reps else [],
            ["sentiment_drop", "silence"] if i in reps else ["silence"],
        )
        if regular:
            f.happy_days(c, f.rng.randint(1, 3), 2, 4, survey=False)
        at = s0 + timedelta(
            minutes=offs[i], seconds=f.rng.randint(0, 50) if 0 < offs[i] < 45 else 0
        )
        ch = chans[i]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            c,
            at,
            ch,
            kind,
            f.rng.choice(W.SPIKE[lang]),
            subject="CHK#4093" if ch == "email" else None,
            attrs={"page": "/checkout"} if ch == "web" else None,
        )
        if ch == "chat":
            f.reply(c, at + timedelta(minutes=2), "chat", W.SPIKE_CHAT[lang])
        keys.append(c.key)
        eids.append(e)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(at),
            }
        )
        if i in reps:
            ch2 = f.rng.choice([x for x in ("email", "chat", "community") if x != ch])
            r = f.add(
                c,
                at + timedelta(minutes=f.rng.randint(15, 50)),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                W.SPIKE_AGAIN[lang],
                subject="CHK#4093" if ch2 == "email" else None,
            )
            reids.append(r)
            c.truth["repeat_event_id"] = r
        if i in fixed:
            f.reply(
                c,
                s0 + timedelta(hours=2, minutes=50 + f.rng.randint(0, 9)),
                "email",
                W.WORKS_AGAIN[lang],
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "seedling shop app checkout fails for every payment method: no order can be paid, error CHK#4093",
        "about": "payment/checkout outage",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
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
        for c in fam.custs.values():
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{c.key} expects and tolerates")
        print(fam.name, len(fam.custs), len(fam.rows), fam.write())


if __name__ == "__main__":
    main()
