"""Write heldout321 (Swingora, indoor golf-simulator bays), blind. Standard library only."""
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

SEED = 20261024
PREFIX = {
    "ES": ("+346", 8),
    "PT": ("+3519", 8),
    "DE": ("+49151", 8),
    "AT": ("+43664", 7),
    "CH": ("+4179", 7),
    "UK": ("+447", 9),
    "IE": ("+35387", 7),
    "FR": ("+336", 8),
    "BE": ("+32470", 6),
    "IT": ("+39347", 7),
}
CUR = {"UK": ("GBP", 0.86), "IE": ("EUR", 1.0), "CH": ("CHF", 0.94)}
DOMAINS = ("correo.example", "mail.example", "posteo.example", "caixa.example", "inbox.example")
SOURCES = {
    "email": "swingora-mail",
    "phone": "swingora-voice",
    "social": "swingora-social",
    "community": "swingora-forum",
    "chat": "swingora-chat",
    "web": "swingora-web",
    "survey": "swingora-survey",
}
TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
_NUM = [0]
_REF = [0]


def num() -> int:
    _NUM[0] += 1
    return _NUM[0]


def new_ref() -> str:
    _REF[0] += 1
    return f"SW-{418000 + _REF[0] * 37:06d}"


def ascii_of(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def strip_accents(s: str) -> str:
    for a, b in (
        ("ä", "ae"),
        ("ö", "oe"),
        ("ü", "ue"),
        ("Ä", "Ae"),
        ("Ö", "Oe"),
        ("Ü", "Ue"),
        ("ñ", "\0"),
        ("Ñ", "\1"),
    ):
        s = s.replace(a, b)
    return ascii_of(s).replace("\0", "ñ").replace("\1", "Ñ")


def speech(s: str) -> str:
    keep = "".join(ch for ch in s if ch.isalnum() or ch in " €£-'")
    return " ".join(keep.lower().split())


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def out_of_night(t: datetime, rng: random.Random) -> datetime:
    if t.hour >= 22:
        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randrange(60))
    elif t.hour < 7:
        t = t.replace(hour=8, minute=rng.randrange(60))
    return t


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    ids: dict[str, str | None]
    truth: dict[str, Any]


@dataclass
class Row:
    t: datetime
    seq: int
    c: Cust
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]
    eid: str


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, d: float, h: float) -> datetime:
        return self.start + timedelta(days=d, hours=h)

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] | list[str] = (),
        market: str | None = None,
        company: str | None = None,
        account: str | None = None,
        **extra: Any,
    ) -> Cust:
        lg = lang or self.lang()
        mk = market or self.rng.choice(W.MARKETS[lg])
        k = num()
        first = self.rng.choice(W.FIRST[lg])
        last = self.rng.choice(W.LAST[lg])
        key = f"SW{self.code}{k:04d}"
        fa, la = ascii_of(first).lower(), ascii_of(last).lower()
        pre, width = PREFIX[mk]
        phone = pre + f"{(k * 7919 + 1000) % 10**width:0{width}d}"
        if company:
            email = f"{fa}.{la}{k}@{company.lower().replace(' ', '-')}.example"
            handle = None
        else:
            email = f"{fa}.{la}{k}@{DOMAINS[k % 5]}"
            handle = f"@{fa}_{la}{k}" if k % 3 else f"@{la}{fa[0]}{k}"
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth: dict[str, Any] = {
            "identifiers": dict(ids),
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if company else "consumer",
            "name": f"{first} {last}",
            "town": self.rng.choice(W.TOWNS[mk]),
        }
        if company:
            truth["company"] = company
        truth.update(extra)
        c = Cust(key, lg, mk, first, last, ids, truth)
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        lang: str | None = None,
    ) -> str:
        eid = f"sw321-{self.code.lower()}-{len(self.rows) + 1:05d}"
        a = {"market": c.market}
        if c.truth["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(W.AGENTS)
        a.update(attrs or {})
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text and not out and channel == "social" and c.truth["segment"] == "consumer":
            i = text.rfind(W.BRAND)
            text = text[:i] + "@" + text[i:] if i >= 0 else "@" + W.BRAND + " " + text
        self.rows.append(
            Row(
                t,
                len(self.rows),
                c,
                channel,
                kind,
                out,
                text,
                subject,
                scores or {"nps": None, "csat": None, "ces": None},
                a,
                eid,
            )
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if cands:
                i = r.choice(cands)
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    # ---------------------------------------------------------- acts --
    def price(self, c: Cust, eur: float) -> tuple[str, str]:
        cur, f = CUR.get(c.market, ("EUR", 1.0))
        return f"{eur * f:.2f}", cur

    def happy(
        self,
        c: Cust,
        t: datetime,
        lg: str | None = None,
        surveys: bool = False,
        night: bool = False,
    ) -> None:
        lg = lg or c.lang
        r = self.rng
        if night:
            if r.random() < 0.5:
                self.add(c, t, "social", "mention", r.choice(W.NIGHT_POSTS[lg]))
            else:
                q, a = r.choice(W.NIGHT_QUESTIONS[lg])
                self.add(c, t, "chat", "chat", q)
                self.add(c, t + timedelta(minutes=r.randint(1, 5)), "chat", "chat", a, out=True)
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(6, 9)),
                    "chat",
                    "chat",
                    r.choice(W.THANKS[lg]),
                )
            return
        kinds = [
            "praise",
            "community",
            "chat",
            "email",
            "phone",
            "buy",
            "view",
            "review",
            "gripe",
        ] + (["survey"] if surveys else [])
        k = r.choice(kinds)
        if k == "praise":
            self.add(c, t, "social", "mention", r.choice(W.PRAISE[lg]))
        elif k == "community":
            self.add(c, t, "community", "post", r.choice(W.PRAISE[lg]))
        elif k == "gripe":
            self.add(c, t, "community", "post", r.choice(W.GRIPE[lg]))
        elif k in ("chat", "email", "phone"):
            q, a = r.choice(W.QUESTIONS[lg])
            if k == "phone":
                self.add(c, t, "phone", "call", speech(q))
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(8, 30)),
                    "email",
                    "message",
                    a,
                    subject="Swingora",
                    out=True,
                )
                return
            kind = "chat" if k == "chat" else "message"
            self.add(c, t, k, kind, q, subject="Swingora" if k == "email" else None)
            self.add(
                c,
                t + timedelta(minutes=r.randint(2, 6) if k == "chat" else r.randint(20, 90)),
                k,
                kind,
                a,
                out=True,
                subject="RE: Swingora" if k == "email" else None,
            )
            if r.random() < 0.6:
                self.add(
                    c, t + timedelta(minutes=r.randint(95, 120)), k, kind, r.choice(W.THANKS[lg])
                )
        elif k == "buy":
            page = r.choice(W.PAGES)
            self.add(c, t, "web", "page_view", attrs={"page": page})
            prod, eur = r.choice(W.PRODUCTS)
            v, cur = self.price(c, eur)
            self.add(
                c,
                t + timedelta(minutes=r.randint(2, 9)),
                "web",
                "purchase",
                attrs={"order_value": v, "currency": cur, "product": prod, "page": "/book"},
            )
        elif k == "view":
            self.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                r.choice(W.REVIEWS[lg]),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.survey_happy(c, t, lg)

    def survey_happy(self, c: Cust, t: datetime, lg: str) -> None:
        r = self.rng
        s: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        key = r.choice(["nps", "csat", "ces"])
        s[key] = (
            r.randint(9, 10)
            if key == "nps"
            else (r.randint(4, 5) if key == "csat" else r.randint(6, 7))
        )
        self.add(
            c,
            t,
            "survey",
            "survey_response",
            r.choice(W.SURVEY_WORDS[lg]) or None,
            scores=s,
            attrs={"survey": key},
        )

    def day_times(
        self, count: int, days: list[int], h0: float = 7, h1: float = 19
    ) -> list[datetime]:
        ds = sorted(self.rng.sample(days, min(count, len(days))))
        return [self.at(d, self.rng.uniform(h0, h1)) for d in ds]

    def complaint(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lg: str | None = None,
        long: bool = False,
    ) -> str:
        lg = lg or c.lang
        core = self.rng.choice(W.PROBLEMS[problem][lg])
        subj = W.SUBJ_COMPLAINT[lg] + W.PROBLEM_TOPIC[problem][lg]
        if long:
            o, e = self.rng.choice(W.LONG_WRAP[lg])
            return self.add(
                c,
                t,
                "email",
                "message",
                o + core[0].lower() + core[1:] + e.format(name=c.first),
                subject=subj,
            )
        if channel == "email":
            o, e = self.rng.choice(W.EMAIL_WRAP[lg])
            return self.add(
                c, t, "email", "message", o + core + "." + e.format(name=c.first), subject=subj
            )
        if channel == "phone":
            return self.add(c, t, "phone", "call", speech(core))
        if channel == "web":
            return self.add(
                c, t, "web", "ticket", core, subject=subj, attrs={"page": "/help/contact"}
            )
        if channel == "social":
            return self.add(c, t, "social", "mention", core)
        if channel == "community":
            return self.add(c, t, "community", "post", core)
        return self.add(c, t, "chat", "chat", core)

    def reply(
        self,
        c: Cust,
        t: datetime,
        table: Any,
        ref: str,
        channel: str = "email",
        lg: str | None = None,
        subject: bool = True,
    ) -> str:
        lg = lg or c.lang
        tx = table[lg]
        text = (self.rng.choice(tx) if isinstance(tx, tuple) else tx).format(first=c.first, ref=ref)
        return self.add(
            c,
            t,
            channel,
            "chat" if channel == "chat" else "message",
            text,
            subject=W.SUBJ_CASE[lg] + ref if subject and channel == "email" else None,
            out=True,
        )

    # ---------------------------------------------------------- output --
    def write(self) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r.t, r.seq))
        seen: set[str] = set()
        lines = []
        last = self.start
        for r in self.rows:
            if r.t.year != 2026 or r.t >= datetime(2026, 11, 25, tzinfo=UTC) or r.t < self.start:
                raise SystemExit(f"bad time {r.eid} {r.t}")
            full = r.out or (r.c.key not in seen)
            if not r.out:
                seen.add(r.c.key)
            ids = r.c.ids
            if full:
                cust: dict[str, str | None] = {k: v for k, v in ids.items() if v}
            else:
                ch = r.channel
                b2b = r.c.truth["segment"] == "b2b"
                if ch == "phone":
                    cust = {"phone": ids["phone"]}
                elif ch in ("social", "community"):
                    cust = {"email": ids["email"]} if b2b else {"handle": ids["handle"]}
                elif ch == "email":
                    cust = {"email": ids["email"]}
                else:
                    cust = {"customer_id": ids["customer_id"]}
                if ids.get("account_id"):
                    cust["account_id"] = ids["account_id"]
            d = {
                "event_id": r.eid,
                "occurred_at": iso(r.t),
                "channel": r.channel,
                "kind": r.kind,
                "direction": "outbound" if r.out else "inbound",
                "customer": cust,
                "text": r.text,
                "subject": r.subject,
                "scores": r.scores,
                "source": SOURCES[r.channel],
                "attributes": r.attrs,
            }
            lines.append(json.dumps(d, ensure_ascii=False))
            last = r.t
        for c in self.custs.values():
            if c.key not in seen:
                raise SystemExit(f"no inbound for {c.key}")
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"both expected and tolerated {c.key}")
        expected: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": f"{W.BRAND}: indoor golf-simulator bays by app, {W.CLUB} membership, {W.ARM} for companies on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-08, blind",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in self.custs.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return len(self.custs), len(lines), sum(1 for r in self.rows if r.out)


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ------------------------------------------------------------ families --
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d0(2026, 1, 19),
        10,
        "happy day and night writers, survey-only customers",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for t in f.day_times(r.randint(5, 8), list(range(10))):
            f.happy(c, t, surveys=True)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in r.sample(range(9), r.randint(2, 4)):
            f.happy(c, f.at(d, 22.2 + r.uniform(0, 6.3)), night=True)
        for t in f.day_times(r.randint(2, 3), list(range(10)), 9, 18):
            f.happy(c, t)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for t in f.day_times(r.randint(3, 6), list(range(10))):
            f.survey_happy(c, t, c.lang)
    return f


CHANNELS6 = ["long", "email", "chat", "social", "web", "phone"]
PROBS = list(W.PROBLEMS)


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, d0(2026, 2, 16), 12, "happy customers with one bad day")
    r = f.rng
    plan = [(ch, PROBS[(i * 4 + j) % 6]) for i, ch in enumerate(CHANNELS6) for j in range(4)]
    with_case = [i for i, (ch, _) in enumerate(plan) if ch != "social"]
    r.shuffle(with_case)
    detr, low = set(with_case[:6]), set(with_case[6:11])
    news = set(r.sample(with_case, 12))
    apol = set(r.sample(sorted(news), 5))
    for i, (ch, prob) in enumerate(plan):
        lg = "es" if ch == "long" and i < 2 else ("pt" if ch == "long" else None)
        per = "bad_day_detractor" if i in detr else "happy_one_bad_day"
        c = f.person(
            per,
            "one bad day",
            lang=lg,
            expected=("detractor",) if i in detr else (),
            tolerated=("silence",),
            problem=prob,
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
        )
        bd = r.randint(2, 9)
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        for t in f.day_times(r.randint(1, 5), days):
            f.happy(c, t)
        t = f.at(bd, r.uniform(8, 20))
        eid = f.complaint(c, t, prob, "email" if ch == "long" else ch, long=ch == "long")
        c.truth.update(
            bad_day_at=iso(t), bad_day_event_id=eid, trouble_starts_at=iso(t), booking=None
        )
        if ch == "social":
            continue
        ref = new_ref()
        c.truth["booking"] = ref
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=r.randint(1, 4)), W.CASE_OPENED, ref, "chat")
        else:
            f.reply(c, t + timedelta(minutes=r.randint(10, 40)), W.CASE_OPENED, ref)
        if i in detr:
            s = r.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=s,
                survey_event_id=f.add(
                    c,
                    t + timedelta(minutes=r.randint(100, 140)),
                    "survey",
                    "survey_response",
                    r.choice(W.LOW_WORDS[c.lang]) or None,
                    scores={"nps": s, "csat": None, "ces": None},
                    attrs={"survey": "nps"},
                ),
            )
        elif i in low:
            s = r.randint(1, 2)
            c.truth.update(
                csat_given=True,
                csat=s,
                survey_event_id=f.add(
                    c,
                    t + timedelta(minutes=r.randint(40, 80)),
                    "survey",
                    "survey_response",
                    r.choice(W.LOW_WORDS[c.lang]) or None,
                    scores={"nps": None, "csat": s, "ces": None},
                    attrs={"survey": "csat"},
                ),
            )
        if i in news:
            c.truth["agent_fixed"] = True
            f.reply(c, out_of_night(t + timedelta(hours=r.uniform(1, 4)), r), W.GOOD_NEWS, ref)
        if i in apol:
            ta = out_of_night(t + timedelta(hours=r.uniform(16, 24)), r)
            c.truth.update(
                apologised=True,
                apology_at=iso(ta),
                apology_event_id=f.add(c, ta, "chat", "chat", r.choice(W.APOLOGY[c.lang])),
            )
    for _ in range(8):
        c = f.person("happy", "control")
        for t in f.day_times(r.randint(4, 7), list(range(12))):
            f.happy(c, t)
    return f


def later_channels(first: str, k: int, rng: random.Random) -> list[str]:
    pool = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != first]
    rng.shuffle(pool)
    return pool[:k]


def repeat_run(
    f: Fam, c: Cust, t: datetime, prob: str, first: str, n: int, escalate: bool, lg_of: Any = None
) -> list[str]:
    r = f.rng
    lg0 = lg_of(0) if lg_of else c.lang
    ids = [f.complaint(c, t, prob, first, lg=lg0)]
    ref = new_ref()
    comp = r.choice(W.COMPETITORS)
    c.truth.update(
        booking=ref,
        problem=prob,
        trouble_starts_at=iso(t),
        channel=first,
        agent_passed_on=escalate,
        competitor=comp if n >= 3 else None,
        contacts=n,
    )
    if first == "chat":
        f.reply(c, t + timedelta(minutes=r.randint(1, 4)), W.CASE_OPENED, ref, "chat", lg=lg0)
    elif not escalate:
        f.reply(c, t + timedelta(minutes=r.randint(10, 40)), W.CASE_OPENED, ref, lg=lg0)
    if escalate:
        f.reply(c, t + timedelta(hours=r.uniform(1.5, 2.5)), W.QUALITY_LEAD, ref, lg=lg0)
    chans = later_channels(first, n - 1, r)
    tt = t
    for k, ch in enumerate(chans, start=2):
        lg = lg_of(k - 1) if lg_of else c.lang
        tt = tt + timedelta(hours=r.uniform(4, 40))
        if tt.hour >= 22 or tt.hour < 7:
            tt = (tt + timedelta(days=1 if tt.hour >= 22 else 0)).replace(
                hour=8, minute=r.randrange(60)
            )
        core = r.choice(W.PROBLEMS[prob][lg])
        text = r.choice(W.STILL_OPEN[lg]).format(ref=ref, core=core)
        if k == 3:
            text += " " + r.choice(W.THIRD[lg]).format(comp=comp)
        if k == 4:
            text += " " + W.FOURTH[lg]
        if ch == "phone":
            ids.append(f.add(c, tt, "phone", "call", speech(text)))
        elif ch == "email":
            ids.append(f.add(c, tt, "email", "message", text, subject=W.SUBJ_CASE[lg] + ref))
        elif ch == "web":
            ids.append(
                f.add(c, tt, "web", "ticket", text, subject=ref, attrs={"page": "/help/contact"})
            )
        elif ch == "social":
            ids.append(f.add(c, tt, "social", "mention", text))
        else:
            ids.append(f.add(c, tt, "chat", "chat", text))
            f.add(
                c,
                tt + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                W.URGENT_CHAT[lg].format(ref=ref),
                out=True,
            )
    c.truth.update(problem_event_ids=ids, channels=[first, *chans])
    return ids


def fixed_case(f: Fam, c: Cust, t: datetime, prob: str, lg1: str, lg2: str) -> dict[str, Any]:
    r = f.rng
    eid = f.complaint(c, t, prob, "web", lg=lg1)
    ref = new_ref()
    f.reply(c, t + timedelta(minutes=r.randint(10, 40)), W.CASE_OPENED, ref, lg=lg1)
    tf = out_of_night(t + timedelta(hours=r.uniform(3, 20)), r)
    f.reply(c, tf, W.GOOD_NEWS, ref, lg=lg1)
    tc = out_of_night(tf + timedelta(hours=r.uniform(8, 30)), r)
    ch = r.choice(["email", "chat"])
    ce = f.add(
        c,
        tc,
        ch,
        "message" if ch == "email" else "chat",
        r.choice(W.CONFIRM[lg2]).format(ref=ref),
        subject=W.SUBJ_CASE[lg2] + ref if ch == "email" else None,
    )
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d0(2026, 3, 16),
        10,
        "repeat contacts, fixed cases, two problems, frequent writers",
    )
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    ns = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(firsts)
    esc = set(r.sample(range(12), 6))
    for i in range(12):
        c = f.person(
            "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=TOL_REPEAT
        )
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(0, r.uniform(7, 12)))
        repeat_run(
            f, c, f.at(r.randint(1, 4), r.uniform(8, 19)), PROBS[i % 6], firsts[i], ns[i], i in esc
        )
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=("silence",))
        t = f.at(r.randint(1, 5), r.uniform(8, 19))
        p = fixed_case(f, c, t, PROBS[(i + 2) % 6], c.lang, c.lang)
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for i in range(3):
        c = f.person("different_problems", "two problems", tolerated=("silence",))
        d = r.randint(1, 3)
        p1 = fixed_case(f, c, f.at(d, r.uniform(8, 12)), PROBS[i], c.lang, c.lang)
        p2 = fixed_case(
            f, c, f.at(d + r.randint(4, 5), r.uniform(8, 12)), PROBS[i + 3], c.lang, c.lang
        )
        c.truth.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for t in f.day_times(r.randint(5, 8), list(range(10))):
            f.happy(c, t)
    return f


def slide(f: Fam, c: Cust, d: int, span: int, lg_of: Any = None) -> list[str]:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    ids: list[str] = []
    prev = f.at(d, r.uniform(8, 12))
    for k in range(6):
        lg = lg_of(k) if lg_of else c.lang
        t = f.at(d + span * k / 5, r.uniform(8, 20))
        if t < prev + timedelta(hours=1):
            t = prev + timedelta(hours=1, minutes=r.randint(0, 50))
        t = out_of_night(t, r)
        prev = t
        text = W.SLIDE[lg][k].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
    c.truth.update(slide_event_ids=ids, slide_days=span, competitor=comp)
    first_t = min(rw.t for rw in f.rows if rw.eid in ids)
    c.truth["trouble_starts_at"] = iso(first_t)
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d0(2026, 4, 13),
        32,
        "slow slides, leavers, steady, grumpy, sarcastic",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        det = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            expected=("sentiment_drop", "detractor") if det else ("sentiment_drop",),
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for t in f.day_times(r.randint(4, 5), list(range(11))):
            f.add(c, t, r.choice(["social", "community"]), "post", r.choice(W.PRAISE[c.lang]))
        for t in f.day_times(r.randint(2, 4), list(range(11))):
            f.happy(c, t + timedelta(minutes=30))
        ids = slide(f, c, r.randint(12, 16), spans[i])
        if det:
            t4 = next(rw.t for rw in f.rows if rw.eid == ids[3])
            s = r.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=s,
                survey_event_id=f.add(
                    c,
                    out_of_night(t4 + timedelta(hours=r.uniform(2.5, 3.5)), r),
                    "survey",
                    "survey_response",
                    r.choice(W.LOW_WORDS[c.lang]) or None,
                    scores={"nps": s, "csat": None, "ces": None},
                    attrs={"survey": "nps"},
                ),
            )
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        for t in f.day_times(r.randint(4, 6), list(range(16))):
            f.happy(c, t)
        t = f.at(r.randint(17, 23), r.uniform(8, 18))
        e = f.add(c, t, "email", "message", r.choice(W.LEAVE[c.lang]), subject=W.CLUB)
        f.add(
            c,
            t + timedelta(hours=r.uniform(1, 5)),
            "email",
            "message",
            W.SORRY_GO[c.lang].format(first=c.first),
            subject="RE: " + W.CLUB,
            out=True,
        )
        tc = t + timedelta(hours=r.uniform(20, 30))
        ce = f.add(
            c, tc, "web", "cancellation", attrs={"page": "/account/club/cancel", "product": W.CLUB}
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=ce,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for t in f.day_times(r.randint(6, 10), list(range(32))):
            f.happy(c, t)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        d = r.randint(0, 4)
        ids = []
        for _k in range(r.randint(5, 7)):
            t = f.at(d, r.uniform(8, 20))
            ch = r.choice(["social", "community", "web", "review"])
            tx = r.choice(W.GRUMBLES[c.lang])
            if ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", tx, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", tx, attrs={"page": "/help/contact"}))
            else:
                ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", tx))
            d += r.randint(1, 3)
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=iso(min(rw.t for rw in f.rows if rw.eid in ids)),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        for t in f.day_times(r.randint(3, 6), list(range(16))):
            f.happy(c, t)
        c.truth["sarcasm_event_id"] = f.add(
            c,
            f.at(r.randint(17, 28), r.uniform(9, 20)),
            "social",
            "mention",
            r.choice(W.SARCASM[c.lang]),
        )
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, d0(2026, 6, 19), 3, "a calm weekend with night-owl bursts")
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for t in f.day_times(r.randint(1, 3), [0, 1, 2], 7, 17.5):
            f.happy(c, t)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.at(r.randint(0, 2), r.uniform(9, 16))
        f.add(c, t, "web", "page_view", attrs={"page": "/bays"})
        tg = t + timedelta(minutes=r.randint(20, 30))
        tx = r.choice(W.MILD[c.lang])
        if i < 2:
            g = f.add(c, tg, "chat", "chat", tx)
            f.add(
                c,
                tg + timedelta(minutes=3),
                "chat",
                "chat",
                W.MILD_ACK[c.lang].format(first=c.first),
                out=True,
            )
        else:
            g = f.add(c, tg, "web", "ticket", tx, attrs={"page": "/help/contact"})
            f.add(
                c,
                tg + timedelta(minutes=25),
                "email",
                "message",
                W.MILD_ACK[c.lang].format(first=c.first),
                subject="Swingora",
                out=True,
            )
        c.truth.update(grumble_event_id=g, trouble_starts_at=iso(tg))
    for night in (1, 2, 3):
        b1 = f.at(night, r.uniform(0.67, 1.08))
        for m, b in enumerate(
            (
                b1,
                b1 + timedelta(minutes=r.randint(28, 33)),
                b1 + timedelta(minutes=r.randint(55, 65)),
            ),
            start=1,
        ):
            for _ in range(4):
                c = f.person("night_owl", f"night {night}, burst {m}")
                t = b + timedelta(minutes=r.uniform(0, 10))
                n0 = len(f.rows)
                f.happy(c, t, night=True)
                c.truth.update(burst_at=iso(b), night_event_id=f.rows[n0].eid)
                if r.random() < 0.5:
                    f.happy(c, f.at(r.choice([0, 1, 2]), r.uniform(9, 17.5)))
    return f


PAIRS = [
    ("es", "pt"),
    ("pt", "es"),
    ("es", "en"),
    ("pt", "en"),
    ("es", "fr"),
    ("pt", "fr"),
    ("es", "de"),
    ("pt", "it"),
    ("de", "es"),
    ("en", "pt"),
    ("fr", "es"),
    ("it", "pt"),
]


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d0(2026, 7, 20), 14, "customers who write in two languages")
    r = f.rng
    k = 0

    def pair() -> tuple[str, str]:
        nonlocal k
        p = PAIRS[k % len(PAIRS)]
        k += 1
        return p

    for _ in range(12):
        a, b = pair()
        c = f.person("happy", "alternates languages", lang=a, languages=[a, b])
        for j, t in enumerate(f.day_times(r.randint(5, 8), list(range(14)))):
            f.happy(c, t, lg=(a, b)[j % 2])
    for n in (2, 2, 3, 3, 4):
        a, b = pair()
        c = f.person(
            "repeat_contact",
            "repeats",
            lang=a,
            expected=("repeat_contact",),
            tolerated=TOL_REPEAT,
            languages=[a, b],
        )
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(r.randint(0, 1), r.uniform(8, 12)))
        repeat_run(
            f,
            c,
            f.at(r.randint(2, 5), r.uniform(8, 19)),
            r.choice(PROBS),
            r.choice(["web", "email", "chat"]),
            n,
            n >= 3,
            lg_of=lambda j, a=a, b=b: (a, b)[j % 2],
        )
    for _ in range(5):
        a, b = pair()
        c = f.person(
            "slow_churner",
            "slides",
            lang=a,
            expected=("sentiment_drop",),
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
            languages=[a, b],
        )
        for j, t in enumerate(f.day_times(5, list(range(6)))):
            f.add(c, t, "social", "mention", r.choice(W.PRAISE[(a, b)[j % 2]]))
        for t in f.day_times(r.randint(1, 3), list(range(6))):
            f.happy(c, t + timedelta(minutes=40))
        slide(f, c, r.randint(7, 8), r.randint(3, 5), lg_of=lambda j, a=a, b=b: (a, b)[j % 2])
    for i in range(3):
        a, b = pair()
        c = f.person(
            "happy_one_bad_day",
            "one bad day",
            lang=a,
            tolerated=("silence",),
            languages=[a, b],
            bad_day_language=b,
        )
        bd = r.randint(4, 9)
        for j, t in enumerate(
            f.day_times(r.randint(3, 5), [d for d in range(14) if d <= bd - 2 or d >= bd + 3])
        ):
            f.happy(c, t, lg=(a, b)[j % 2])
        t = f.at(bd, r.uniform(9, 18))
        prob = PROBS[i]
        ch = ("email", "email", "chat")[i]
        e = f.complaint(c, t, prob, ch, lg=b, long=i == 0)
        ref = new_ref()
        f.reply(
            c,
            t + timedelta(minutes=r.randint(2, 30)),
            W.CASE_OPENED,
            ref,
            "chat" if ch == "chat" else "email",
            lg=b,
        )
        c.truth.update(
            problem=prob,
            booking=ref,
            bad_day_at=iso(t),
            bad_day_event_id=e,
            trouble_starts_at=iso(t),
            long_email=i == 0,
            channel=ch,
        )
        if i < 2:
            f.reply(
                c, out_of_night(t + timedelta(hours=r.uniform(1, 4)), r), W.GOOD_NEWS, ref, lg=b
            )
            c.truth["agent_fixed"] = True
        if i == 1:
            ta = out_of_night(t + timedelta(hours=r.uniform(18, 24)), r)
            c.truth.update(
                apologised=True,
                apology_at=iso(ta),
                apology_event_id=f.add(c, ta, "chat", "chat", r.choice(W.APOLOGY[b])),
            )
    for _ in range(2):
        a, b = pair()
        c = f.person(
            "resolved_between_contacts",
            "fixed",
            lang=a,
            tolerated=("silence",),
            languages=[a, b],
            confirm_language=b,
        )
        f.happy(c, f.at(0, r.uniform(9, 15)))
        p = fixed_case(f, c, f.at(r.randint(2, 8), r.uniform(9, 17)), r.choice(PROBS), a, b)
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    return f


def office(f: Fam, d: int, h0: float = 8, h1: float = 16.5) -> datetime:
    return f.at(d, f.rng.uniform(h0, h1))


def to_office(t: datetime, rng: random.Random) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        t = (t + timedelta(days=1 if t.hour >= 8 or t.weekday() >= 5 else 0)).replace(
            hour=8, minute=rng.randrange(60)
        )
    return t


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, d0(2026, 9, 7), 14, "company accounts on Swingora Corporate")
    r = f.rng
    weekdays = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]
    kinds = (
        [
            ("at_risk", 3, "invoice"),
            ("at_risk", 3, "service_blocked"),
            ("at_risk", 3, "portal"),
            ("at_risk", 4, "invoice"),
            ("at_risk", 4, "overbilled"),
        ]
        + [("one_unhappy", 1, p) for p in ("service_blocked", "overbilled", "portal", "invoice")]
        + [("mild", 0, "")] * 3
        + [("happy", 0, "")] * 3
    )
    sites = (
        "events agency",
        "law firm",
        "bank",
        "software",
        "insurer",
        "hotel",
        "university",
        "consultancy",
        "logistics",
        "retail",
        "pharma",
        "telecom",
        "media",
        "architects",
        "energy",
    )
    names = (
        "Arbelia",
        "Norvanta",
        "Kestrova",
        "Pelluma",
        "Dravinco",
        "Ostrello",
        "Quintera",
        "Valmora",
        "Brisenda",
        "Corvalto",
        "Lumetria",
        "Tessaro",
        "Ferronde",
        "Gildano",
        "Halvetra",
    )
    for ai, (kind, nunh, prob) in enumerate(kinds):
        lg = f.lang()
        mk = r.choice(W.MARKETS[lg])
        acc = f"SWC-{mk}-{3100 + ai * 17:04d}"
        company = f"{names[ai]} {sites[ai].split()[0].capitalize()}"
        ncont = {
            "at_risk": r.randint(max(4, nunh + 1), 6),
            "one_unhappy": 3,
            "mild": r.randint(3, 4),
            "happy": r.randint(3, 4),
        }[kind]
        keys, unh = [], []
        comp_tol = [
            "sentiment_drop",
            "churn_intent",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
            "account_risk",
        ]
        contacts: list[Cust] = []
        for j in range(ncont):
            if kind == "at_risk" and j < nunh:
                last = j == nunh - 1
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang=lg,
                    market=mk,
                    company=company,
                    account=acc,
                    expected=("repeat_contact",) if last else ("detractor",),
                    tolerated=comp_tol,
                    role="complainer",
                    job_title="Office manager",
                    problem=prob,
                )
                unh.append(c.key)
            elif kind == "one_unhappy" and j == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang=lg,
                    market=mk,
                    company=company,
                    account=acc,
                    expected=("detractor",),
                    tolerated=("sentiment_drop", "high_value_at_risk", "silence"),
                    role="complainer",
                    job_title="HR lead",
                    problem=prob,
                )
                unh.append(c.key)
            elif kind == "mild" and j < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang=lg,
                    market=mk,
                    company=company,
                    account=acc,
                    tolerated=("silence",),
                    role="suggests",
                    job_title="Events coordinator",
                )
            else:
                c = f.person(
                    "b2b_happy",
                    "contact",
                    lang=lg,
                    market=mk,
                    company=company,
                    account=acc,
                    role="contact",
                    job_title="Team assistant",
                )
            keys.append(c.key)
            contacts.append(c)
        for c in contacts:
            role = c.truth["role"]
            days = [0, 1] if role != "contact" else weekdays
            for d in r.sample(
                days, r.randint(0 if role != "contact" else 2, 2 if role != "contact" else 4)
            ):
                t = office(f, d)
                act = r.choice(
                    ["chat", "buy", "view"] + (["praise", "survey"] if role == "contact" else [])
                )
                if act == "chat":
                    q, a = r.choice(W.B2B_QUESTIONS[lg])
                    f.add(c, t, "chat", "chat", q)
                    f.add(c, t + timedelta(minutes=r.randint(1, 6)), "chat", "chat", a, out=True)
                    if r.random() < 0.6:
                        f.add(
                            c,
                            t + timedelta(minutes=r.randint(7, 10)),
                            "chat",
                            "chat",
                            r.choice(W.THANKS[lg]),
                        )
                elif act == "buy":
                    f.add(c, t, "web", "page_view", attrs={"page": "/corporate/book"})
                    v, cur = f.price(c, 78.0 * r.randint(2, 4))
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(2, 8)),
                        "web",
                        "purchase",
                        attrs={
                            "order_value": v,
                            "currency": cur,
                            "product": "Corporate bays / Bahías empresa",
                            "page": "/corporate/book",
                        },
                    )
                elif act == "view":
                    f.add(c, t, "web", "page_view", attrs={"page": "/corporate/portal"})
                elif act == "praise":
                    f.add(c, t, "community", "post", W.B2B_PRAISE[lg])
                else:
                    f.survey_happy(c, t, lg)
        acct: dict[str, Any] = {
            "company": company,
            "site": sites[ai],
            "contacts": ncont,
            "contact_keys": keys,
            "unhappy_contacts": len(unh),
            "unhappy_contact_keys": unh,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lg,
            "country": mk,
        }
        if kind == "at_risk":
            ref = new_ref()
            t = office(f, 2, 8, 15)
            acct["trouble_starts_at"] = iso(t)
            first_c = contacts[0]
            for j in range(nunh):
                c = contacts[j]
                core = W.B2B_PROBLEMS[prob][lg]
                if j == 0:
                    text = core + "."
                else:
                    t = to_office(t + timedelta(hours=r.uniform(8, 28)), r)
                    text = W.B2B_LATER[lg].format(
                        other=first_c.first, day=W.WEEKDAY[lg][2], ref=ref, core=core
                    )
                o, e = W.EMAIL_WRAP[lg][0]
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    o + text + e.format(name=c.first),
                    subject=W.SUBJ_COMPLAINT[lg] + W.ARM if j == 0 else W.SUBJ_CASE[lg] + ref,
                )
                if j == 0:
                    f.reply(c, t + timedelta(minutes=r.randint(15, 50)), W.B2B_ACK, ref)
                c.truth.update(complaint_event_ids=[eid], trouble_starts_at=iso(t), booking=ref)
                if j < nunh - 1:
                    s = r.randint(1, 5)
                    c.truth.update(
                        nps_given=True,
                        nps=s,
                        survey_event_id=f.add(
                            c,
                            t + timedelta(hours=r.uniform(1, 3)),
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": s, "csat": None, "ces": None},
                            attrs={"survey": "nps"},
                        ),
                    )
                else:
                    t2 = to_office(t + timedelta(hours=r.uniform(18, 40)), r)
                    if ai == 0:
                        comp = r.choice(W.COMPETITORS)
                        c.truth["competitor"] = comp
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            W.B2B_LAST[lg].format(ref=ref, comp=comp),
                            subject=W.SUBJ_CASE[lg] + ref,
                        )
                    else:
                        e2 = f.add(c, t2, "phone", "call", W.B2B_LAST_CALL[lg].format(ref=ref))
                    c.truth["complaint_event_ids"].append(e2)
        elif kind == "one_unhappy":
            c = contacts[0]
            t = office(f, r.choice([3, 4, 7, 8, 9]), 8, 15)
            ref = new_ref()
            o, e = W.EMAIL_WRAP[lg][0]
            eid = f.add(
                c,
                t,
                "email",
                "message",
                o + W.B2B_PROBLEMS[prob][lg] + "." + e.format(name=c.first),
                subject=W.SUBJ_COMPLAINT[lg] + W.ARM,
            )
            f.reply(c, t + timedelta(minutes=r.randint(15, 50)), W.B2B_ACK, ref)
            s = r.randint(1, 5)
            c.truth.update(
                complaint_event_ids=[eid],
                trouble_starts_at=iso(t),
                booking=ref,
                nps_given=True,
                nps=s,
                survey_event_id=f.add(
                    c,
                    t + timedelta(hours=r.uniform(1, 3)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": s, "csat": None, "ces": None},
                    attrs={"survey": "nps"},
                ),
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = office(f, r.choice([2, 3, 4, 7, 8]), 8, 16)
                m = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    r.choice(W.B2B_SUGGEST[lg]),
                    attrs={"page": "/corporate/feedback"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(30, 90)),
                    "email",
                    "message",
                    W.MILD_ACK[lg].format(first=c.first),
                    subject=W.ARM,
                    out=True,
                )
                c.truth.update(mild_event_id=m, trouble_starts_at=iso(t))
        for c in contacts:
            if not any(rw.c is c and not rw.out for rw in f.rows):
                f.add(
                    c,
                    office(f, r.choice(weekdays)),
                    "web",
                    "page_view",
                    attrs={"page": "/corporate/portal"},
                )
        f.accounts[acc] = acct
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, d0(2026, 10, 19), 7, "a calm week and a Saturday-morning spike")
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in r.sample(range(6), r.randint(1, 4)):
            f.happy(c, f.at(d, r.uniform(12, 19) if d == 5 else r.uniform(8, 20)))
    for lg in ("es", "pt"):
        c = f.person("grumbles_once", "grumbles once", lang=lg, tolerated=("silence",))
        t = f.at(0, r.uniform(9, 17))
        q, a = W.CALM_GRUMBLE[lg]
        g = f.add(c, t, "chat", "chat", q)
        f.add(c, t + timedelta(minutes=3), "chat", "chat", a, out=True)
        c.truth.update(grumble_event_id=g, trouble_starts_at=iso(t))
    for lg, h in (("es", 9 + 40 / 60), ("pt", 16 + 5 / 60)):
        c = f.person("grumbles_once", "lone question", lang=lg, tolerated=("silence",))
        t = f.at(4, h)
        q, a = W.LONE[lg]
        e = f.add(c, t, "chat", "chat", q)
        f.add(c, t + timedelta(minutes=4), "chat", "chat", a, out=True)
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    langs = ["es"] * 6 + ["pt"] * 6 + ["de", "de", "en", "en", "fr", "fr", "it", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    s0 = f.at(5, 8 + 20 / 60)
    offs = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    first_ids, keys, rep_ids = [], [], []
    early = [i for i in range(20) if offs[i] <= 25]
    reps = set(r.sample(early, 6))
    again = set(r.sample([i for i in range(20) if i not in reps], 6))
    for i in range(20):
        lg = langs[i]
        regular = i < 12
        c = f.person(
            "spike_repeater" if i in reps else "spike_reporter",
            "regular" if regular else "new",
            lang=lg,
            expected=("repeat_contact",) if i in reps else (),
            tolerated=("silence", "sentiment_drop") if i in reps else ("silence",),
            in_spike=True,
            regular=regular,
        )
        if regular:
            f.happy(c, f.at(2, r.uniform(8, 17.5)))
        t = s0 + timedelta(minutes=offs[i], seconds=r.randint(0, 50) if 0 < offs[i] < 45 else 0)
        tx = r.choice(W.SPIKE[lg]).format(code=W.CODE)
        ch = chans[i]
        if ch == "chat":
            e = f.add(c, t, "chat", "chat", tx)
            f.add(c, t + timedelta(minutes=2), "chat", "chat", W.SPIKE_CHAT[lg], out=True)
        elif ch == "email":
            e = f.add(c, t, "email", "message", tx, subject="Check-in " + W.CODE)
        elif ch == "web":
            e = f.add(c, t, "web", "ticket", tx, attrs={"page": "/help/contact"})
        else:
            e = f.add(c, t, ch, "mention" if ch == "social" else "post", tx)
        first_ids.append(e)
        keys.append(c.key)
        c.truth.update(spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t))
        if i in reps:
            ch2 = r.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + timedelta(minutes=r.randint(15, 50))
            tx2 = W.SPIKE_AGAIN[lg].format(code=W.CODE)
            e2 = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                tx2,
                subject="Check-in " + W.CODE if ch2 == "email" else None,
            )
            rep_ids.append(e2)
            c.truth["repeat_event_id"] = e2
        if i in again:
            local = "11:40" if c.market in ("UK", "IE", "PT") else "12:40"
            credit = "£9" if c.market == "UK" else "€10"
            f.add(
                c,
                f.at(5, 11 + r.uniform(8, 17) / 60),
                "email",
                "message",
                W.WORKS_AGAIN[lg].format(first=c.first, local=local, credit=credit),
                subject="Check-in",
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"golf-simulator bay check-in rejected at the bay screen: no session can start, error {W.CODE}",
        "about": "check-in",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": first_ids,
        "repeat_event_ids": rep_ids,
        "code": W.CODE,
    }
    return f


FAMILIES = (
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    bilingual,
    b2b_accounts,
    topic_spike,
)


def main() -> None:
    tot = [0, 0, 0]
    for make in FAMILIES:
        c, n, o = make().write()
        tot = [tot[0] + c, tot[1] + n, tot[2] + o]
    print(f"customers {tot[0]}, touchpoints {tot[1]}, agents' replies {tot[2]}")


if __name__ == "__main__":
    main()
