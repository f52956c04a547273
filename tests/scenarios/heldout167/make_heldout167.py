"""Build heldout167 (Lenzavo, baby-gear hire): every family's JSONL and truth. Report only."""

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

SEED = 20261167
H = timedelta(hours=1)
M = timedelta(minutes=1)
DAY = timedelta(days=1)
SOURCES = {
    "email": "lenzavo-mail",
    "phone": "lenzavo-voice",
    "social": "lenzavo-social",
    "community": "lenzavo-forum",
    "chat": "lenzavo-chat",
    "web": "lenzavo-web",
    "survey": "lenzavo-survey",
}
SEEN: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    return "".join(
        c
        for c in unicodedata.normalize("NFD", s)
        if unicodedata.category(c) != "Mn" or c == "\u0303"
    )


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    ids: dict[str, str | None]
    truth: dict[str, Any]
    seen: bool = False


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    n: int
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[tuple[datetime, int, dict[str, Any]]] = field(default_factory=list)
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def pick(self, table: dict[str, tuple[str, ...]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in SEEN:
                SEEN.add(v)
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
        mk = market or r.choice(W.MARKETS[lang])
        first = r.choice(W.FIRST[lang])
        last = r.choice(W.LAST[lang])
        key = self.uniq(lambda: f"LZ{self.code}{r.randint(1000, 9999)}")
        base = strip_accents(f"{first}.{last}".lower()).replace(" ", "")
        if company:
            email = self.uniq(
                lambda: (
                    f"{strip_accents(first.lower())}{r.randint(1, 99)}@{company.lower().replace(' ', '')}.example"
                )
            )
            handle = None
        else:
            email = self.uniq(
                lambda: (
                    f"{base}{r.randint(1, 999)}@{r.choice(('correo', 'mail', 'post', 'inbox'))}.example"
                )
            )
            handle = self.uniq(
                lambda: (
                    f"@{strip_accents(last.lower())}_{strip_accents(first.lower())}{r.randint(1, 99)}"
                )
            )
        cc, pre, ln = W.PHONE_PREFIX[mk]
        phone = self.uniq(lambda: cc + pre + "".join(str(r.randint(0, 9)) for _ in range(ln)))
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        exp = sorted(expected or [])
        tol = sorted(tolerated or [])
        if set(exp) & set(tol):
            raise SystemExit(f"{key}: rule both expected and tolerated")
        truth: dict[str, Any] = {
            "identifiers": ids,
            "expected_rules": exp,
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "town": r.choice(W.TOWNS[mk]),
        }
        c = Cust(key, lang, mk, first, ids, truth)
        self.custs.append(c)
        return c

    def text_of(self, c: Cust, tpl: str, **kw: str) -> str:
        values = {
            "brand": W.BRAND,
            "plus": W.PLUS,
            "pro": W.PRO,
            "code": W.SPIKE_CODE,
            "name": c.name,
            "agent": self.rng.choice(W.AGENTS),
            "comp": W.COMPETITORS[0],
            "case": "",
            "colleague": "",
            "day": "",
            "topic": "",
        }
        values.update(kw)
        return tpl.format(**values)

    def roughen(self, s: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            s = strip_accents(s)
        if r.random() < 0.125 and s[:1].isupper() and not s[:3].isupper():
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

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"h167-{self.code.lower()}-{self.seq:05d}"
        if out or not c.seen:
            cust = dict(c.ids)
        else:
            cust = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.ids["account_id"],
            }
            if channel == "phone":
                cust["phone"] = c.ids["phone"]
            elif channel in ("social", "community"):
                if c.ids["handle"]:
                    cust["handle"] = c.ids["handle"]
                else:
                    cust["email"] = c.ids["email"]
            elif channel == "email":
                cust["email"] = c.ids["email"]
            else:
                cust["customer_id"] = c.ids["customer_id"]
        if not out:
            c.seen = True
        if text is not None and not out and channel != "phone" and kind != "survey_response":
            text = self.roughen(text)
        at = {"market": c.market}
        if c.ids["account_id"]:
            at["segment"] = "b2b"
        at.update(attrs or {})
        row = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": cust,
            "text": text,
            "subject": subject,
            "scores": scores or {},
            "source": SOURCES[channel],
            "attributes": at,
        }
        self.rows.append((t, self.seq, row))
        return eid

    def reply(
        self, c: Cust, t: datetime, channel: str, text: str, subject: str | None = None
    ) -> str:
        kind = "chat" if channel == "chat" else "message"
        return self.add(
            c,
            t,
            channel,
            kind,
            text,
            out=True,
            subject=subject,
            attrs={"agent": self.rng.choice(W.AGENTS)},
        )

    def at(self, day: float, lo: float = 8.0, hi: float = 19.0) -> datetime:
        h = self.rng.uniform(lo, hi)
        return self.start + timedelta(days=day, hours=h, seconds=self.rng.randint(0, 59))

    def case(self) -> str:
        return self.uniq(lambda: f"LZ-{self.rng.randint(100000, 999999)}")


def day_shift(t: datetime) -> datetime:
    """Move a time out of 22:00-07:00 UTC to the next morning."""
    if t.hour >= 22:
        return t.replace(hour=8, minute=t.minute % 50) + DAY
    if t.hour < 7:
        return t.replace(hour=8, minute=t.minute % 50)
    return t


def happy_act(
    f: Fam,
    c: Cust,
    t: datetime,
    kinds: tuple[str, ...] = (
        "praise",
        "again",
        "gripe",
        "question",
        "phoneq",
        "purchase",
        "view",
        "review",
        "joke",
        "survey",
    ),
) -> None:
    r = f.rng
    k = r.choice(kinds)
    lang = c.lang
    if k == "praise":
        f.add(c, t, r.choice(("social", "community")), "post", f.text_of(c, f.pick(W.PRAISE, lang)))
    elif k == "again":
        f.add(c, t, "community", "post", f.text_of(c, f.pick(W.AGAIN, lang)))
    elif k == "gripe":
        f.add(
            c,
            t,
            "web",
            "review",
            f.text_of(c, f.pick(W.GRIPE_PRAISE, lang)),
            attrs={"rating": "4", "page": "/reviews"},
        )
    elif k == "question":
        ch = r.choice(("chat", "email"))
        f.add(
            c, t, ch, "chat" if ch == "chat" else "message", f.text_of(c, f.pick(W.QUESTION, lang))
        )
        f.reply(
            c,
            t + timedelta(minutes=r.randint(2, 9) if ch == "chat" else r.randint(40, 180)),
            ch,
            f.text_of(c, f.pick(W.ANSWER, lang)),
        )
        if r.random() < 0.6:
            f.add(
                c,
                t + timedelta(minutes=r.randint(12, 30) if ch == "chat" else r.randint(200, 260)),
                ch,
                "chat" if ch == "chat" else "message",
                f.text_of(c, f.pick(W.THANKS, lang)),
            )
    elif k == "phoneq":
        f.add(c, t, "phone", "call", f.text_of(c, f.pick(W.PHONE_Q, lang)))
        f.reply(
            c,
            t + timedelta(minutes=r.randint(20, 50)),
            "email",
            f.text_of(c, f.pick(W.PHONE_FOLLOW, lang)),
        )
    elif k == "purchase":
        p, v = r.choice(W.PRODUCTS)
        f.add(c, t, "web", "page_view", attrs={"page": "/app/catalogue"})
        f.add(
            c,
            t + timedelta(minutes=r.randint(3, 15)),
            "web",
            "purchase",
            attrs={
                "order_value": v,
                "currency": "GBP"
                if c.market in ("UK",)
                else ("CHF" if c.market == "CH" else "EUR"),
                "product": p,
                "page": "/app/checkout",
            },
        )
    elif k == "view":
        f.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
    elif k == "review":
        f.add(
            c,
            t,
            "web",
            "review",
            f.text_of(c, f.pick(W.REVIEW, lang)),
            attrs={"rating": "5", "page": "/reviews"},
        )
    elif k == "joke":
        f.add(c, t, "social", "post", f.text_of(c, f.pick(W.JOKE, lang)))
    else:
        s = r.choice(
            ({"nps": r.randint(9, 10)}, {"csat": r.randint(4, 5)}, {"ces": r.randint(6, 7)})
        )
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            f.pick(W.SURVEY_WORD, lang) or None,
            scores=s,
            attrs={"survey": next(iter(s))},
        )


def langs(f: Fam, n: int) -> list[str]:
    return f.rng.choices(W.LANGS, weights=(30, 30, 10, 10, 10, 10), k=n)


def happy_writers(f: Fam) -> None:
    for lang in langs(f, 16):
        c = f.person(lang, "happy", "day writer")
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            happy_act(f, c, f.at(d, 7, 19))
    for lang in langs(f, 5):
        c = f.person(lang, "happy", "night writer")
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.at(d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", f.text_of(c, f.pick(W.NIGHT_POST, lang)))
            else:
                f.add(c, t, "chat", "chat", f.text_of(c, f.pick(W.NIGHT_Q, lang)))
                f.reply(c, t + 4 * M, "chat", f.text_of(c, f.pick(W.ANSWER, lang)))
                f.add(c, t + 11 * M, "chat", "chat", f.text_of(c, f.pick(W.THANKS, lang)))
        for d in f.rng.sample(range(10), f.rng.randint(2, 3)):
            happy_act(f, c, f.at(d, 9, 18), ("praise", "purchase", "view", "review"))
    for lang in langs(f, 5):
        c = f.person(lang, "happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            happy_act(f, c, f.at(d), ("survey",))


def complain(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, long_email: bool = False
) -> str:
    lang = c.lang
    topic = W.TOPIC_WORD[lang][problem]
    body = f.rng.choice(W.COMPLAINT[lang][problem])
    subject = W.SUBJECT[lang].format(topic=topic)
    if channel == "phone":
        return f.add(
            c, t, "phone", "call", f.text_of(c, f.pick(W.PHONE_COMPLAINT, lang), topic=topic)
        )
    if channel == "email":
        text = f.text_of(c, f.pick(W.LONG_EMAIL, lang), complaint=body) if long_email else body
        return f.add(c, t, "email", "message", text, subject=subject)
    if channel == "chat":
        return f.add(c, t, "chat", "chat", body)
    if channel == "social":
        return f.add(c, t, "social", "mention", f"@{W.BRAND} " + body)
    return f.add(c, t, "web", "ticket", body, subject=subject, attrs={"page": "/help/contact"})


def one_bad_day(f: Fam) -> None:
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    f.rng.shuffle(chans)
    detr = set(f.rng.sample([i for i, ch in enumerate(chans) if ch != "social"], 6))
    rest = [i for i, ch in enumerate(chans) if ch != "social" and i not in detr]
    csat = set(rest[:5])
    good = set(f.rng.sample([i for i, ch in enumerate(chans) if ch != "social"], 12))
    for i, ch in enumerate(chans):
        lang = f.rng.choice(("es", "fr")) if ch == "long" else langs(f, 1)[0]
        exp = ["detractor"] if i in detr else []
        c = f.person(
            lang,
            "bad_day_detractor" if i in detr else "happy_one_bad_day",
            "one bad day",
            exp,
            ["silence"],
        )
        bd = f.rng.randint(2, 9)
        for d in f.rng.sample(
            [d for d in range(12) if d < bd - 1 or d > bd + 2], f.rng.randint(1, 5)
        ):
            happy_act(
                f,
                c,
                f.at(d),
                ("praise", "again", "gripe", "question", "purchase", "view", "review"),
            )
        t = f.at(bd, 8, 20)
        problem = W.PROBLEMS[i % 6]
        eid = complain(f, c, t, problem, "email" if ch == "long" else ch, long_email=ch == "long")
        c.truth.update(
            {
                "problem": problem,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "long_email": ch == "long",
                "trouble_starts_at": iso(t),
            }
        )
        if ch == "social":
            c.truth["booking"] = None
            continue
        cs = f.case()
        c.truth["booking"] = cs
        if ch == "chat":
            f.reply(c, t + 4 * M, "chat", f.text_of(c, f.pick(W.CASE_OPENED, c.lang), case=cs))
        else:
            f.reply(
                c,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                "email",
                f.text_of(c, f.pick(W.CASE_OPENED, c.lang), case=cs),
                subject=W.CASE_SUBJECT[c.lang].format(case=cs),
            )
        if i in detr:
            n = f.rng.randint(1, 5)
            c.truth.update(
                {
                    "nps_given": True,
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
                    "csat_given": True,
                    "csat": n,
                    "survey_event_id": f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(40, 80)),
                        "survey",
                        "survey_response",
                        f.pick(W.LOW_WORD, c.lang) or None,
                        scores={"csat": n},
                        attrs={"survey": "csat"},
                    ),
                }
            )
        if i in good:
            g = day_shift(t + timedelta(hours=f.rng.uniform(1, 4)))
            f.reply(
                c,
                g,
                "email",
                f.text_of(c, f.pick(W.GOOD_NEWS, c.lang), case=cs),
                subject=W.CASE_SUBJECT[c.lang].format(case=cs),
            )
            c.truth["agent_fixed"] = True
            if len([x for x in f.custs if x.truth.get("apologised")]) < 5:
                a = day_shift(t + timedelta(hours=f.rng.uniform(16, 24)))
                ch2 = f.rng.choice(("chat", "email"))
                c.truth.update(
                    {
                        "apologised": True,
                        "apology_at": iso(a),
                        "apology_event_id": f.add(
                            c,
                            a,
                            ch2,
                            "chat" if ch2 == "chat" else "message",
                            f.text_of(c, f.pick(W.APOLOGY, c.lang)),
                        ),
                    }
                )
    for lang in langs(f, 8):
        c = f.person(lang, "happy", "control")
        for d in f.rng.sample(range(12), f.rng.randint(4, 7)):
            happy_act(
                f, c, f.at(d), ("praise", "again", "question", "purchase", "view", "review", "joke")
            )


REPEAT_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
SLIDE_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
]


def repeat_run(
    f: Fam, c: Cust, first_day: float, times: int, quality: bool, lang_of: Any = None
) -> None:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    cs = f.case()
    t = f.at(first_day, 8, 19)
    first_ch = r.choice(("web", "email", "chat", "phone"))
    ids = [complain(f, c, t, problem, first_ch)]
    first_at = iso(t)
    lang0 = c.lang
    if first_ch == "chat":
        f.reply(c, t + 3 * M, "chat", f.text_of(c, f.pick(W.CASE_OPENED, lang0), case=cs))
    if quality:
        f.reply(
            c,
            t + timedelta(hours=r.uniform(1.5, 2.5)),
            "email",
            f.text_of(c, f.pick(W.QUALITY_LEAD, lang0), case=cs),
            subject=W.CASE_SUBJECT[lang0].format(case=cs),
        )
    elif first_ch != "chat":
        f.reply(
            c,
            t + timedelta(minutes=r.randint(10, 40)),
            "email",
            f.text_of(c, f.pick(W.CASE_OPENED, lang0), case=cs),
            subject=W.CASE_SUBJECT[lang0].format(case=cs),
        )
    chans = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != first_ch]
    r.shuffle(chans)
    comp = None
    for k in range(1, times):
        t = day_shift(t + timedelta(hours=r.uniform(4, 40)))
        ch = chans[k - 1]
        lang = lang_of(k) if lang_of else c.lang
        if ch == "phone":
            text = f.text_of(c, f.pick(W.PHONE_REPEAT, lang), case=cs)
        elif k == 1:
            text = f.text_of(c, f.pick(W.REPEAT2, lang), case=cs)
        elif k == 2:
            comp = r.choice(W.COMPETITORS)
            text = f.text_of(c, f.pick(W.REPEAT3, lang), case=cs, comp=comp)
        else:
            text = f.text_of(c, f.pick(W.REPEAT4, lang), case=cs)
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        if ch == "social":
            text = f"@{W.BRAND} " + text
        ids.append(
            f.add(
                c,
                t,
                ch,
                kind,
                text,
                subject=W.CASE_SUBJECT[lang].format(case=cs) if ch == "email" else None,
            )
        )
        if ch == "chat":
            f.reply(c, t + 4 * M, "chat", f.text_of(c, f.pick(W.URGENT, lang), case=cs))
    c.truth.update(
        {
            "problem": problem,
            "booking": cs,
            "contacts": times,
            "problem_event_ids": ids,
            "agent_passed_on": quality,
            "competitor": comp,
            "trouble_starts_at": first_at,
        }
    )


def fixed_case(f: Fam, c: Cust, day: float, lang2: str | None = None) -> dict[str, Any]:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    cs = f.case()
    t = f.at(day, 8, 18)
    ch = r.choice(("web", "email"))
    eid = complain(f, c, t, problem, ch)
    f.reply(
        c,
        t + timedelta(minutes=r.randint(10, 40)),
        "email",
        f.text_of(c, f.pick(W.CASE_OPENED, c.lang), case=cs),
        subject=W.CASE_SUBJECT[c.lang].format(case=cs),
    )
    g = day_shift(t + timedelta(hours=r.uniform(3, 20)))
    lg = lang2 or c.lang
    f.reply(
        c,
        g,
        "email",
        f.text_of(c, f.pick(W.GOOD_NEWS, lg), case=cs),
        subject=W.CASE_SUBJECT[lg].format(case=cs),
    )
    k = day_shift(g + timedelta(hours=r.uniform(8, 30)))
    cch = r.choice(("email", "chat"))
    cid = f.add(
        c,
        k,
        cch,
        "chat" if cch == "chat" else "message",
        f.text_of(c, f.pick(W.CONFIRM, lg), case=cs),
    )
    return {
        "problem": problem,
        "booking": cs,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(k),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts(f: Fam) -> None:
    times = [2] * 4 + [3] * 4 + [4] * 4
    for i, n in enumerate(times):
        c = f.person(langs(f, 1)[0], "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(f.rng.randint(1, 3)):
            happy_act(f, c, f.at(0, 7, 12), ("praise", "purchase", "view"))
        repeat_run(f, c, f.rng.randint(1, 4), n, i % 2 == 0)
    for lang in langs(f, 5):
        c = f.person(lang, "resolved_between_contacts", "fixed", [], ["silence"])
        p = fixed_case(f, c, f.rng.randint(1, 4))
        c.truth.update({"problems": [p], "trouble_starts_at": p["raised_at"]})
    for lang in langs(f, 3):
        c = f.person(lang, "different_problems", "two problems", [], ["silence"])
        d = f.rng.randint(0, 2)
        ps = [fixed_case(f, c, d), fixed_case(f, c, d + f.rng.randint(4, 5))]
        c.truth.update({"problems": ps, "trouble_starts_at": ps[0]["raised_at"]})
    for lang in langs(f, 7):
        c = f.person(lang, "happy", "frequent writer")
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            happy_act(f, c, f.at(d), ("question", "question", "phoneq", "praise"))


def slide(
    f: Fam, c: Cust, start_day: float, span: int, base_days: int, lang_of: Any = None
) -> None:
    r = f.rng
    t = f.at(start_day, 8, 12)
    ids = []
    comp = r.choice(W.COMPETITORS)
    gaps = sorted(r.uniform(0, span) for _ in range(5))
    times = [t] + [day_shift(t + timedelta(days=g)) for g in gaps]
    for k in range(1, 6):
        if times[k] < times[k - 1] + H:
            times[k] = times[k - 1] + H + timedelta(minutes=r.randint(1, 50))
    ratings = ("3", "3", "2", "2", "1", "1")
    for k in range(6):
        lang = lang_of(k) if lang_of else c.lang
        text = f.text_of(c, W.SLIDE[lang][k], comp=comp)
        ch = r.choice(("social", "community", "web"))
        if ch == "web":
            ids.append(
                f.add(
                    c,
                    times[k],
                    "web",
                    "review",
                    text,
                    attrs={"rating": ratings[k], "page": "/reviews"},
                )
            )
        else:
            ids.append(
                f.add(
                    c,
                    times[k],
                    ch,
                    "post" if ch == "community" else "mention",
                    ("@" + W.BRAND + " " + text) if ch == "social" else text,
                )
            )
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(times[0]),
            "_slide_times": times,
        }
    )


def slow_churners(f: Fam) -> None:
    spans = [3] + [5] * 5 + [9] * 4
    for i, span in enumerate(spans):
        exp = ["sentiment_drop"] + (["detractor"] if i < 5 else [])
        c = f.person(langs(f, 1)[0], "slow_churner", "slides", exp, SLIDE_TOL)
        for d in f.rng.sample(range(11), f.rng.randint(4, 5)):
            happy_act(f, c, f.at(d), ("praise",))
        for d in f.rng.sample(range(11), f.rng.randint(2, 4)):
            happy_act(f, c, f.at(d), ("purchase", "view", "question"))
        slide(f, c, f.rng.randint(12, 16), span, 11)
        times = c.truth.pop("_slide_times")
        if i < 5:
            n = f.rng.randint(1, 5)
            t = day_shift(times[3] + timedelta(hours=f.rng.uniform(2.5, 3.5)))
            c.truth.update(
                {
                    "nps_given": True,
                    "nps": n,
                    "survey_event_id": f.add(
                        c,
                        t,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": n},
                        attrs={"survey": "nps"},
                    ),
                }
            )
    for lang in langs(f, 5):
        c = f.person(
            lang,
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"],
        )
        for d in f.rng.sample(range(16), f.rng.randint(4, 6)):
            happy_act(f, c, f.at(d), ("praise", "purchase", "view", "review"))
        t = f.at(f.rng.randint(17, 23), 8, 18)
        eid = f.add(
            c, t, "email", "message", f.text_of(c, f.pick(W.CANCEL, lang)), subject="Baja / cancel"
        )
        f.reply(
            c,
            day_shift(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            f.text_of(c, f.pick(W.SORRY_GO, lang)),
        )
        k = day_shift(t + timedelta(hours=f.rng.uniform(20, 30)))
        cid = f.add(
            c, k, "web", "cancellation", attrs={"page": "/account/cancel", "product": W.PLUS}
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(k),
                "trouble_starts_at": iso(t),
            }
        )
    for lang in langs(f, 6):
        c = f.person(lang, "happy", "steady")
        for d in f.rng.sample(range(32), f.rng.randint(6, 10)):
            happy_act(f, c, f.at(d))
    for lang in langs(f, 5):
        c = f.person(lang, "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        t = f.at(f.rng.randint(0, 4))
        first_at = iso(t)
        ids = []
        for _ in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(("social", "community", "web"))
            txt = f.text_of(c, f.pick(W.GRUMBLE, lang))
            ids.append(
                f.add(
                    c,
                    t,
                    ch,
                    "review" if ch == "web" else "post",
                    txt,
                    attrs={"rating": "3", "page": "/reviews"} if ch == "web" else None,
                )
            )
            t = day_shift(t + timedelta(days=f.rng.uniform(1, 3)))
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": first_at})
    for lang in langs(f, 5):
        c = f.person(lang, "happy_one_sarcastic_remark", "happy", [], ["silence"])
        ds = f.rng.sample(range(30), 6)
        for d in ds[:5]:
            happy_act(f, c, f.at(d), ("praise", "purchase", "view", "again"))
        c.truth["sarcasm_event_id"] = f.add(
            c, f.at(ds[5]), "social", "post", f.text_of(c, f.pick(W.SARCASM, lang))
        )


def quiet_hours(f: Fam) -> None:
    for lang in langs(f, 16):
        c = f.person(lang, "happy", "day writer")
        for d in f.rng.sample(range(3), f.rng.randint(1, 3)):
            happy_act(f, c, f.at(d, 7, 17.5), ("praise", "purchase", "view", "review", "question"))
    for lang in langs(f, 4):
        c = f.person(lang, "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(f.rng.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/app/holiday-delivery"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if f.rng.random() < 0.5:
            eid = f.add(c, t2, "chat", "chat", f.text_of(c, f.pick(W.MILD, lang)))
            f.reply(c, t2 + 5 * M, "chat", f.text_of(c, f.pick(W.ACK, lang)))
        else:
            eid = f.add(
                c,
                t2,
                "web",
                "ticket",
                f.text_of(c, f.pick(W.MILD, lang)),
                attrs={"page": "/help/contact"},
            )
            f.reply(c, t2 + 40 * M, "email", f.text_of(c, f.pick(W.ACK, lang)))
        c.truth.update({"grumble_event_id": eid, "trouble_starts_at": iso(t2)})
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate((0, f.rng.randint(28, 33), f.rng.randint(55, 65))):
            for _ in range(4):
                lang = langs(f, 1)[0]
                c = f.person(lang, "night_owl", f"night {night}, burst {b}")
                t = b0 + timedelta(minutes=off + f.rng.randint(0, 9), seconds=f.rng.randint(0, 59))
                if f.rng.random() < 0.5:
                    eid = f.add(c, t, "chat", "chat", f.text_of(c, f.pick(W.NIGHT_Q, lang)))
                    f.reply(c, t + 3 * M, "chat", f.text_of(c, f.pick(W.ANSWER, lang)))
                    f.add(c, t + 8 * M, "chat", "chat", f.text_of(c, f.pick(W.THANKS, lang)))
                else:
                    eid = f.add(c, t, "social", "post", f.text_of(c, f.pick(W.NIGHT_POST, lang)))
                c.truth.update(
                    {"burst_at": iso(b0 + timedelta(minutes=off)), "night_event_id": eid}
                )
                if f.rng.random() < 0.5:
                    happy_act(
                        f, c, f.at(f.rng.randint(0, 2), 9, 17.5), ("purchase", "view", "praise")
                    )


PAIRS = [
    ("es", "fr"),
    ("fr", "es"),
    ("es", "en"),
    ("fr", "en"),
    ("es", "de"),
    ("fr", "de"),
    ("es", "it"),
    ("fr", "it"),
    ("es", "pt"),
    ("fr", "pt"),
    ("en", "es"),
    ("de", "fr"),
    ("it", "es"),
    ("pt", "fr"),
]


def bilingual(f: Fam) -> None:
    def mk(
        persona: str, habit: str, exp: list[str], tol: list[str]
    ) -> tuple[Cust, tuple[str, str]]:
        pair = f.rng.choice(PAIRS)
        c = f.person(pair[0], persona, habit, exp, tol)
        c.truth.update(
            {
                "languages": list(pair),
                "job_second_language": f.rng.choice(
                    (
                        "partner's family",
                        "works across the border",
                        "grew up abroad",
                        "Erasmus year",
                    )
                ),
            }
        )
        return c, pair

    for _ in range(12):
        c, pair = mk("happy", "alternates languages", [], [])
        for k, d in enumerate(f.rng.sample(range(14), f.rng.randint(5, 8))):
            c.lang = pair[k % 2]
            happy_act(f, c, f.at(d), ("praise", "again", "question", "purchase", "review", "gripe"))
        c.lang = pair[0]
    for n in (2, 2, 3, 3, 4):
        c, pair = mk("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(f.rng.randint(1, 3)):
            happy_act(f, c, f.at(f.rng.randint(0, 1)), ("praise", "purchase"))
        repeat_run(f, c, f.rng.randint(2, 5), n, n >= 3, lang_of=lambda k, p=pair: p[k % 2])
    for _ in range(5):
        c, pair = mk("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        for k, d in enumerate(f.rng.sample(range(6), 5)):
            c.lang = pair[k % 2]
            happy_act(f, c, f.at(d), ("praise",))
        for d in f.rng.sample(range(6), f.rng.randint(1, 3)):
            happy_act(f, c, f.at(d), ("purchase", "view"))
        c.lang = pair[0]
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), 6, lang_of=lambda k, p=pair: p[k % 2])
        c.truth.pop("_slide_times")
    for ch in ("long", "email", "chat"):
        pair = ("es", "fr") if ch == "long" else f.rng.choice(PAIRS)
        c = f.person(pair[0], "happy_one_bad_day", "one bad day", [], ["silence"])
        c.truth.update({"languages": list(pair), "job_second_language": "partner's family"})
        for d in f.rng.sample(range(4), 3):
            happy_act(f, c, f.at(d), ("praise", "purchase"))
        c.lang = pair[1]
        t = f.at(f.rng.randint(6, 9))
        problem = f.rng.choice(W.PROBLEMS)
        eid = complain(f, c, t, problem, "email" if ch == "long" else ch, long_email=ch == "long")
        cs = f.case()
        f.reply(
            c,
            t + timedelta(minutes=20),
            ch if ch == "chat" else "email",
            f.text_of(c, f.pick(W.CASE_OPENED, c.lang), case=cs),
        )
        if ch != "chat":
            f.reply(
                c,
                day_shift(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                f.text_of(c, f.pick(W.GOOD_NEWS, c.lang), case=cs),
            )
        if ch == "email":
            a = day_shift(t + timedelta(hours=f.rng.uniform(18, 24)))
            c.truth.update(
                {
                    "apologised": True,
                    "apology_event_id": f.add(
                        c, a, "chat", "chat", f.text_of(c, f.pick(W.APOLOGY, c.lang))
                    ),
                }
            )
        c.truth.update(
            {
                "problem": problem,
                "booking": cs,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": c.lang,
                "long_email": ch == "long",
                "trouble_starts_at": iso(t),
            }
        )
        c.lang = pair[0]
    for _ in range(2):
        c, pair = mk("resolved_between_contacts", "fixed", [], ["silence"])
        p = fixed_case(f, c, f.rng.randint(2, 6), lang2=pair[1])
        c.truth.update({"problems": [p], "trouble_starts_at": p["raised_at"]})


def office(f: Fam, day: int) -> datetime:
    t = f.at(day, 8, 16.5)
    while t.weekday() >= 5:
        t += DAY
    return t


def b2b_accounts(f: Fam) -> None:
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    risk_problems = ["invoice", "service_blocked", "portal", "invoice", "overbilled"]
    plan = [
        (k, n) for k, n in zip(kinds, [4, 5, 4, 5, 6, 3, 3, 3, 3, 4, 3, 4, 4, 3, 4], strict=True)
    ]
    total = sum(n for _, n in plan)
    plan[-1] = (plan[-1][0], plan[-1][1] + 59 - total)
    for ai, (kind, n) in enumerate(plan):
        lang = langs(f, 1)[0]
        market = f.rng.choice(W.MARKETS[lang])
        acc = f.uniq(lambda m=market: f"LZP-{m}-{f.rng.randint(1000, 9999)}")
        company = f.uniq(
            lambda: (
                f"{f.rng.choice(('Hostal', 'Hotel', 'Resort', 'Camping', 'Nido', 'Alba', 'Mare', 'Sol'))} {f.rng.choice(('Azul', 'Norte', 'Riva', 'Lumen', 'Verde', 'Costa', 'Vista', 'Pino'))}"
            )
        )
        site = f.rng.choice(W.SITES)
        ncomp = {"at_risk": 3 if ai < 3 else 4, "one_unhappy": 1, "mild": 2, "happy": 0}[kind]
        contacts: list[Cust] = []
        for j in range(n):
            if kind == "at_risk" and j < ncomp:
                last = j == ncomp - 1
                exp = ["repeat_contact"] if last else ["detractor"]
                c = f.person(
                    lang,
                    "b2b_unhappy",
                    "complainer",
                    exp,
                    [
                        "account_risk",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "sentiment_drop",
                        "silence",
                    ],
                    market,
                    acc,
                    company,
                )
                c.truth["role"] = "complainer"
            elif kind == "one_unhappy" and j == 0:
                c = f.person(
                    lang,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["high_value_at_risk", "sentiment_drop", "silence"],
                    market,
                    acc,
                    company,
                )
                c.truth["role"] = "complainer"
            elif kind == "mild" and j < 2:
                c = f.person(lang, "b2b_mild", "suggests", [], ["silence"], market, acc, company)
                c.truth["role"] = "suggests"
            else:
                c = f.person(lang, "b2b_happy", "contact", [], [], market, acc, company)
                c.truth["role"] = "contact"
            c.truth.update(
                {
                    "company": company,
                    "job_title": f.rng.choice(
                        (
                            "Front office manager",
                            "Housekeeping lead",
                            "Guest services",
                            "Purchasing",
                            "Operations manager",
                        )
                    ),
                    "segment": "b2b",
                }
            )
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
        # routine acts
        for c in contacts:
            role = c.truth["role"]
            days = [0, 1] if role != "contact" else f.rng.sample(range(12), f.rng.randint(2, 5))
            for d in f.rng.sample(days, f.rng.randint(0, 2) if role != "contact" else len(days)):
                t = office(f, d)
                if f.rng.random() < 0.5:
                    f.add(c, t, "chat", "chat", f.text_of(c, f.pick(W.B2B_ROUTINE, lang)))
                    f.reply(
                        c,
                        t + timedelta(minutes=f.rng.randint(1, 6)),
                        "chat",
                        f.text_of(c, f.pick(W.ANSWER, lang)),
                    )
                elif role == "contact" and f.rng.random() < 0.5:
                    f.add(c, t, "community", "post", f.text_of(c, f.pick(W.B2B_PRAISE, lang)))
                else:
                    f.add(c, t, "web", "page_view", attrs={"page": "/pro/portal"})
            if role == "contact" and f.rng.random() < 0.4:
                s = f.rng.choice(
                    (
                        {"nps": f.rng.randint(9, 10)},
                        {"csat": f.rng.randint(4, 5)},
                        {"ces": f.rng.randint(6, 7)},
                    )
                )
                f.add(
                    c,
                    office(f, f.rng.randint(2, 11)),
                    "survey",
                    "survey_response",
                    None,
                    scores=s,
                    attrs={"survey": next(iter(s))},
                )
        unhappy = [c for c in contacts if c.truth["role"] == "complainer"]
        same = None
        start_at = None
        if kind == "at_risk":
            same = risk_problems[ai]
            cs = f.case()
            t = f.start + timedelta(days=2, hours=f.rng.uniform(8, 12))
            start_at = iso(t)
            first = unhappy[0]
            for j, c in enumerate(unhappy):
                body = W.B2B_COMPLAINT[lang][same].format(pro=W.PRO)
                if j > 0:
                    t = t + timedelta(hours=f.rng.uniform(8, 28))
                    while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
                        t = (
                            (t + DAY).replace(hour=8, minute=f.rng.randint(0, 50))
                            if t.hour >= 17 or t.weekday() >= 5
                            else t.replace(hour=8, minute=f.rng.randint(0, 50))
                        )
                    body = (
                        W.B2B_LATER[lang].format(
                            colleague=first.name, day=W.WEEKDAY[lang][2], case=cs
                        )
                        + body
                    )
                eid = f.add(
                    c, t, "email", "message", body, subject=W.CASE_SUBJECT[lang].format(case=cs)
                )
                c.truth.update(
                    {
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(t),
                        "booking": cs,
                        "problem": same,
                    }
                )
                if j == 0:
                    f.reply(
                        c,
                        t + timedelta(minutes=f.rng.randint(20, 60)),
                        "email",
                        f.text_of(c, f.pick(W.CASE_OPENED, lang), case=cs),
                        subject=W.CASE_SUBJECT[lang].format(case=cs),
                    )
                if j < len(unhappy) - 1:
                    n2 = f.rng.randint(1, 5)
                    c.truth.update(
                        {
                            "nps_given": True,
                            "nps": n2,
                            "survey_event_id": f.add(
                                c,
                                t + timedelta(hours=f.rng.uniform(1, 3)),
                                "survey",
                                "survey_response",
                                None,
                                scores={"nps": n2},
                                attrs={"survey": "nps"},
                            ),
                        }
                    )
                else:
                    t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                    while t2.weekday() >= 5 or t2.hour < 8 or t2.hour >= 17:
                        t2 = (
                            (t2 + DAY).replace(hour=9)
                            if t2.hour >= 17 or t2.weekday() >= 5
                            else t2.replace(hour=9)
                        )
                    comp = f.rng.choice(W.COMPETITORS)
                    if ai == 0:
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            W.B2B_LAST_MAIL[lang].format(case=cs, comp=comp),
                            subject=W.CASE_SUBJECT[lang].format(case=cs),
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(c, t2, "phone", "call", W.B2B_LAST_CALL[lang].format(case=cs))
                    c.truth["complaint_event_ids"].append(e2)
        elif kind == "one_unhappy":
            same = None
            c = unhappy[0]
            t = office(f, f.rng.randint(3, 7))
            p = W.B2B_PROBLEMS[ai % 4]
            cs = f.case()
            eid = f.add(
                c,
                t,
                "email",
                "message",
                W.B2B_COMPLAINT[lang][p].format(pro=W.PRO),
                subject=W.SUBJECT[lang].format(topic=p),
            )
            f.reply(
                c,
                t + timedelta(minutes=f.rng.randint(20, 60)),
                "email",
                f.text_of(c, f.pick(W.CASE_OPENED, lang), case=cs),
                subject=W.CASE_SUBJECT[lang].format(case=cs),
            )
            n2 = f.rng.randint(1, 5)
            c.truth.update(
                {
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "booking": cs,
                    "problem": p,
                    "nps_given": True,
                    "nps": n2,
                    "survey_event_id": f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": n2},
                        attrs={"survey": "nps"},
                    ),
                }
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = office(f, f.rng.randint(3, 9))
                t = t.replace(hour=min(t.hour, 15))
                eid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.text_of(c, f.pick(W.B2B_SUGGEST, lang)),
                    attrs={"page": "/pro/feedback"},
                )
                f.reply(
                    c,
                    t + timedelta(minutes=f.rng.randint(30, 90)),
                    "email",
                    f.text_of(c, f.pick(W.ACK, lang)),
                )
                c.truth.update({"mild_event_id": eid, "trouble_starts_at": iso(t)})
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": same,
            "trouble_starts_at": start_at,
            "language": lang,
            "country": market,
        }


def topic_spike(f: Fam) -> None:
    r = f.rng
    sat = f.start + timedelta(days=5)
    s0 = sat + timedelta(hours=9, minutes=5)
    for lang in langs(f, 40):
        c = f.person(lang, "happy", "day writer")
        for d in r.sample(range(6), r.randint(1, 4)):
            happy_act(
                f,
                c,
                f.at(d, 12, 19) if d == 5 else f.at(d),
                ("praise", "again", "question", "purchase", "view", "review", "gripe"),
            )
    for lang in ("es", "fr"):
        c = f.person(lang, "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(0, 9, 17)
        eid = f.add(c, t, "chat", "chat", f.text_of(c, f.pick(W.SPIKE_GRUMBLE, lang)))
        f.reply(c, t + 4 * M, "chat", f.text_of(c, f.pick(W.ACK, lang)))
        c.truth.update({"grumble_event_id": eid, "trouble_starts_at": iso(t)})
    for lang, h in (("es", 10.5), ("fr", 15.2)):
        c = f.person(lang, "grumbles_once", "lone question", [], ["silence"])
        t = f.start + timedelta(days=4, hours=h)
        eid = f.add(c, t, "chat", "chat", f.text_of(c, f.pick(W.LONE_Q, lang)))
        f.reply(c, t + 5 * M, "chat", f.text_of(c, f.pick(W.LONE_ANSWER, lang)))
        c.truth.update({"lone_report_event_id": eid, "trouble_starts_at": iso(t)})
    rep_langs = ["es"] * 6 + ["fr"] * 6 + ["en", "en", "de", "de", "it", "pt"]
    chans = ["social"] * 5 + ["chat"] * 5 + ["community"] * 3 + ["email"] * 3 + ["web"] * 2
    r.shuffle(rep_langs)
    r.shuffle(chans)
    offs = sorted(r.sample(range(1, 44), 16))
    offs = [0, *offs, 45]
    reporters: list[tuple[Cust, datetime, str, str]] = []
    repeaters = set(r.sample([i for i in range(18) if offs[i] <= 28], 6))
    spike_ids, repeat_ids, keys = [], [], []
    for i in range(18):
        lang = rep_langs[i]
        regular = i < 11
        exp = ["repeat_contact"] if i in repeaters else []
        tol = ["sentiment_drop", "silence"] if i in repeaters else ["silence"]
        c = f.person(
            lang,
            "spike_repeater" if i in repeaters else "spike_reporter",
            "regular" if regular else "new",
            exp,
            tol,
        )
        if regular:
            happy_act(f, c, f.at(2, 8, 17.5), ("purchase", "praise", "view", "question"))
        t = s0 + timedelta(minutes=offs[i], seconds=r.randint(0, 59))
        if i == 17:
            t = s0 + timedelta(minutes=45)
        if i == 0:
            t = s0
        tpl = f.pick(W.SPIKE_REPORT, lang)
        text = f.text_of(c, tpl)
        ch = chans[i]
        if ch == "social":
            eid = f.add(c, t, "social", "mention", f"@{W.BRAND} " + text)
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.reply(
                c,
                t + timedelta(minutes=r.randint(2, 5)),
                "chat",
                f.text_of(c, f.pick(W.SPIKE_CHAT_ANSWER, lang)),
            )
        elif ch == "community":
            eid = f.add(c, t, "community", "post", text)
        elif ch == "email":
            eid = f.add(
                c, t, "email", "message", text, subject="Ampliación / prolongation / extension"
            )
        else:
            eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        spike_ids.append(eid)
        keys.append(c.key)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        reporters.append((c, t, ch, lang))
        if i in repeaters:
            ch2 = r.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + timedelta(minutes=r.randint(10, 60))
            txt = f.text_of(c, f.pick(W.SPIKE_REPEAT, lang))
            rid = f.add(
                c, t2, ch2, {"email": "message", "chat": "chat", "community": "post"}[ch2], txt
            )
            repeat_ids.append(rid)
            c.truth["repeat_event_id"] = rid
    fixed = [x for i, x in enumerate(reporters) if i not in repeaters][:6]
    for c, _t, _ch, lang in fixed:
        f.reply(
            c,
            sat + timedelta(hours=12, minutes=r.randint(8, 17)),
            "email",
            f.text_of(c, f.pick(W.SPIKE_FIXED, lang)),
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "the planted incident of heldout167: see the README",
        "channel": None,
        "start": iso(min(x[1] for x in reporters)),
        "end": iso(max(x[1] for x in reporters)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": spike_ids,
        "repeat_event_ids": repeat_ids,
    }


FAMILIES = [
    (
        "happy_writers",
        "HW",
        "2026-03-09",
        10,
        "happy customers writing by day and night, survey answerers",
        happy_writers,
    ),
    ("one_bad_day", "BD", "2026-04-20", 12, "happy customers with one angry day", one_bad_day),
    (
        "repeat_contacts",
        "RC",
        "2026-05-18",
        10,
        "open problems raised again, fixed cases, frequent writers",
        repeat_contacts,
    ),
    (
        "slow_churners",
        "SC",
        "2026-06-22",
        32,
        "slides, leavers, steady, grumpy, sarcastic",
        slow_churners,
    ),
    ("quiet_hours", "QH", "2026-08-14", 3, "a calm weekend with night-owl bursts", quiet_hours),
    ("bilingual", "BL", "2026-09-21", 14, "customers writing in two languages", bilingual),
    ("b2b_accounts", "BB", "2026-10-12", 14, "company accounts of Lenzavo Pro", b2b_accounts),
    ("topic_spike", "TS", "2026-11-02", 7, "a calm week and the planted incident", topic_spike),
]


def main() -> None:
    SEEN.clear()
    for n, (name, code, start, days, about, build) in enumerate(FAMILIES, 1):
        f = Fam(name, code, datetime.fromisoformat(start).replace(tzinfo=UTC), days, about, n)
        build(f)
        f.rows.sort(key=lambda x: (x[0], x[1]))
        last = f.rows[-1][0]
        end = max(f.start + timedelta(days=days), last + H)
        if end >= datetime(2026, 11, 15, tzinfo=UTC):
            raise SystemExit(f"{name}: past 2026-11-15")
        expected: dict[str, int] = {}
        for c in f.custs:
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in f.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if f.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": name,
                "about": about,
                "business": f"{W.BRAND}: baby-gear hire by app and web, {W.PLUS} membership, {W.PRO} on account",
                "days": days,
                "seed": SEED * 100 + n,
                "written": "2026-12-06",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(f.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in f.custs},
            "accounts": f.accounts,
            "spike": f.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8", newline="\n") as out:
            for _t, _s, row in f.rows:
                out.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
        (HERE / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(
            name,
            len(f.custs),
            len(f.rows),
            sum(1 for x in f.rows if x[2]["direction"] == "outbound"),
            expected,
        )


if __name__ == "__main__":
    main()
