# ruff: noqa: E501
"""Build heldout224/: eight hand-written alert families for Postalba (report only, blind).

Run ``python make_heldout224.py`` from anywhere; standard library only, fixed seed,
one ``random.Random`` per family (and one more per family for the roughening).
"""

from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as w  # noqa: E402

SEED = 20261224
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
USED: set[str] = set()


def fresh(rng: Random, make: Any) -> str:
    """A value never given before in the set."""
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
    channel: str
    kind: str
    direction: str
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
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = Random(SEED * 100 + self.n)
        self.rough = Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        market: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        r = self.rng
        market = market or r.choice(w.MARKETS[lang])
        first, last = r.choice(w.FIRST[lang]), r.choice(w.LAST[lang])
        key = fresh(r, lambda g: f"PA{self.code}{g.randint(1000, 9999)}")
        base = strip(f"{first}.{last}".lower()).replace(" ", "").replace("'", "")
        email = fresh(r, lambda g: f"{base}{g.randint(1, 99)}@{domain or g.choice(w.DOMAINS)}")
        phone = fresh(
            r,
            lambda g: (
                g.choice(w.PHONE_PREFIX[market])
                + " "
                + "".join(str(g.randint(0, 9)) for _ in range(w.PHONE_LEN[market]))
            ),
        )
        handle = None
        if account is None and r.random() < 0.8:
            handle = fresh(
                r,
                lambda g: (
                    "@"
                    + g.choice(
                        [
                            f"{base.replace('.', '_')}{g.randint(1, 9)}",
                            f"{base.split('.')[0]}{base.split('.')[-1][:3]}{g.randint(10, 99)}",
                        ]
                    )
                ),
            )
        ids = {
            "customer_id": key,
            "email": email,
            "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
            "handle": handle,
            "account_id": account,
        }
        truth: dict[str, Any] = {
            "identifiers": ids,
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lang, market, email, phone, handle, account, truth)
        self.custs.append(c)
        return c

    def add(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        seq = len(self.rows)
        eid = f"h224-{self.code.lower()}-{seq + 1:05d}"
        a = {"market": c.market} | (attrs or {})
        if c.account:
            a["segment"] = "b2b"
        if text is not None and direction == "inbound" and channel not in ("phone", "survey"):
            text = self.roughen(text)
        self.rows.append(
            Row(
                ts.replace(second=self.rng.randint(0, 59)),
                seq,
                c,
                channel,
                kind,
                direction,
                text,
                subject,
                scores or {},
                a,
                eid,
            )
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 1 / 7:
            words = [
                i
                for i, wd in enumerate(text.split(" "))
                if wd.isalpha() and wd.islower() and len(wd) >= 5
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                wd = parts[i]
                j = r.randint(1, len(wd) - 3)
                parts[i] = wd[:j] + wd[j + 1] + wd[j] + wd[j + 2 :]
                text = " ".join(parts)
        if r.random() < 1 / 10:
            text = strip(text)
        if r.random() < 1 / 8 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        return text

    def reply(
        self,
        who: Cust,
        ts: datetime,
        channel: str,
        table: w.Table,
        subject: str | None = None,
        **kw: str,
    ) -> str:
        kind = "chat" if channel == "chat" else "message"
        return self.add(
            who,
            ts,
            channel,
            kind,
            w.pick(table, who.lang, self.rng, **kw),
            "outbound",
            subject,
            attrs={"agent": "support"},
        )

    def case(self) -> str:
        return fresh(self.rng, lambda g: f"PA-{g.randint(100000, 999999)}")

    # -------------------------------------------------------------- acts --
    def happy_act(self, c: Cust, ts: datetime, kinds: str = "pagqcbvrs") -> None:
        r, lang = self.rng, c.lang
        k = r.choice(kinds)
        if k == "p":
            ch = "social" if c.handle and r.random() < 0.5 else "community"
            self.add(
                c,
                ts,
                ch,
                "post" if ch == "community" else "mention",
                w.pick(r.choice([w.PRAISE, w.JOKE]), lang, r),
            )
        elif k == "a":
            self.add(c, ts, "community", "post", w.pick(w.AGAIN, lang, r))
        elif k == "g":
            self.add(
                c,
                ts,
                "web",
                "review",
                w.pick(w.GRIPE, lang, r),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif k == "q":
            ch = r.choice(["chat", "email"])
            prod = r.choice(w.PRODUCTS)[0]
            self.add(
                c,
                ts,
                ch,
                "chat" if ch == "chat" else "message",
                w.pick(w.QUESTION, lang, r, p=prod),
            )
            t2 = ts + timedelta(minutes=r.randint(2, 6) if ch == "chat" else r.randint(30, 120))
            self.reply(c, t2, ch, w.ANSWER)
            if r.random() < 0.6:
                self.add(
                    c,
                    t2 + timedelta(minutes=r.randint(1, 8)),
                    ch,
                    "chat" if ch == "chat" else "message",
                    w.pick(w.THANKS, lang, r),
                )
        elif k == "c":
            self.add(c, ts, "phone", "call", w.pick(w.CALL_Q, lang, r))
            self.reply(c, ts + timedelta(minutes=r.randint(15, 50)), "email", w.CALL_FOLLOW)
        elif k == "b":
            prod, price = r.choice(w.PRODUCTS)
            cur, rate = w.CURRENCY.get(c.market, ("EUR", 1.0))
            page = r.choice(w.PAGES[:6])
            self.add(c, ts, "web", "page_view", None, attrs={"page": page})
            self.add(
                c,
                ts + timedelta(minutes=r.randint(2, 9)),
                "web",
                "purchase",
                None,
                attrs={
                    "order_value": f"{price * rate:.2f}",
                    "currency": cur,
                    "product": prod,
                    "page": page,
                },
            )
        elif k == "v":
            self.add(c, ts, "web", "page_view", None, attrs={"page": r.choice(w.PAGES[:6])})
        elif k == "r":
            self.add(
                c,
                ts,
                "web",
                "review",
                w.pick(w.REVIEW, lang, r),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.survey(c, ts, happy=True)

    def survey(
        self,
        c: Cust,
        ts: datetime,
        happy: bool = True,
        nps: int | None = None,
        csat: int | None = None,
    ) -> str:
        r = self.rng
        if happy:
            which = r.choice(["nps", "csat", "ces"])
            sc: dict[str, int | None] = (
                {"nps": r.randint(9, 10)}
                if which == "nps"
                else ({"csat": r.randint(4, 5)} if which == "csat" else {"ces": r.randint(6, 7)})
            )
            text = r.choice([w.pick(w.SURVEY_WORD, c.lang, r), None])
        else:
            which = "nps" if nps is not None else "csat"
            sc = {"nps": nps} if nps is not None else {"csat": csat}
            text = w.pick(w.LOW_CSAT, c.lang, r) or None
        return self.add(
            c, ts, "survey", "survey_response", text, scores=sc, attrs={"survey": which}
        )

    def day_acts(
        self, c: Cust, days: list[int], h0: float = 7.0, h1: float = 19.0, kinds: str = "pagqcbvrs"
    ) -> None:
        for d in days:
            self.happy_act(c, self.at(d, self.rng.uniform(h0, h1)), kinds)

    def complaint(
        self, c: Cust, ts: datetime, problem: str, channel: str, long: bool = False
    ) -> tuple[str, str | None]:
        """The first message about a problem; returns (event id, case or None)."""
        r, lang = self.rng, c.lang
        topic = w.PROBLEM_TOPIC[lang][w.PROBLEMS.index(problem)]
        body = w.pick(w.SHORT[problem], lang, r, p=w.PLUS)
        case: str | None = self.case()
        subj = w.pick(w.SUBJECT_COMPLAINT, lang, r) + topic
        if channel == "email":
            text = (
                w.pick(w.LONG_OPEN, lang, r)
                + body
                + "."
                + w.pick(w.LONG_CLOSE, lang, r)
                + c.truth["name"]
                if long
                else body
            )
            eid = self.add(c, ts, "email", "message", text, subject=subj)
            self.reply(
                c,
                ts + timedelta(minutes=r.randint(10, 40)),
                "email",
                w.CASE_OPENED,
                subject=w.pick(w.SUBJECT_RE, lang, r) + str(case),
                c=str(case),
            )
        elif channel == "chat":
            eid = self.add(c, ts, "chat", "chat", body)
            self.reply(
                c, ts + timedelta(minutes=r.randint(2, 5)), "chat", w.CASE_OPENED, c=str(case)
            )
        elif channel == "web":
            eid = self.add(
                c, ts, "web", "ticket", body, subject=subj, attrs={"page": "/help/contact"}
            )
            self.reply(
                c,
                ts + timedelta(minutes=r.randint(10, 40)),
                "email",
                w.CASE_OPENED,
                subject=w.pick(w.SUBJECT_RE, lang, r) + str(case),
                c=str(case),
            )
        elif channel == "phone":
            eid = self.add(c, ts, "phone", "call", w.pick(w.CALL_COMPLAINT, lang, r, t=topic))
            self.reply(
                c,
                ts + timedelta(minutes=r.randint(10, 40)),
                "email",
                w.CASE_OPENED,
                subject=w.pick(w.SUBJECT_RE, lang, r) + str(case),
                c=str(case),
            )
        else:
            eid = self.add(c, ts, "social", "mention", "@" + w.BRAND + " " + body)
            case = None
        return eid, case

    # ------------------------------------------------------------ output --
    def write(self) -> tuple[int, int, int]:
        rows = sorted(self.rows, key=lambda x: (x.ts, x.seq))
        first_seen: set[str] = set()
        out: list[str] = []
        for x in rows:
            c = x.cust
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            if x.direction == "outbound" or c.key not in first_seen:
                ref = full
            else:
                ref = {k: None for k in full}
                ref["account_id"] = c.account
                if x.channel == "phone":
                    ref["phone"] = c.phone
                elif x.channel in ("social", "community"):
                    if c.handle:
                        ref["handle"] = (
                            c.handle if self.rough.random() > 0.2 else c.handle.lstrip("@")
                        )
                    else:
                        ref["email"] = c.email
                elif x.channel == "email":
                    ref["email"] = c.email.upper() if self.rough.random() < 0.08 else c.email
                else:
                    ref["customer_id"] = c.key
            if x.direction == "inbound":
                first_seen.add(c.key)
            assert self.start <= x.ts < LIMIT, (self.name, x.eid, x.ts)
            src = {
                "email": "mail",
                "phone": "voice",
                "social": "social",
                "community": "forum",
                "chat": "chat",
                "web": "web",
                "survey": "survey",
            }[x.channel]
            rec = {
                "event_id": x.eid,
                "occurred_at": x.ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": x.channel,
                "kind": x.kind,
                "direction": x.direction,
                "customer": ref,
                "text": x.text,
                "subject": x.subject,
                "scores": {
                    "nps": x.scores.get("nps"),
                    "csat": x.scores.get("csat"),
                    "ces": x.scores.get("ces"),
                },
                "source": f"postalba-{src}",
                "attributes": x.attrs,
            }
            out.append(json.dumps(rec, ensure_ascii=False))
        expected: dict[str, int] = {}
        for c in self.custs:
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            assert any(x.cust is c and x.direction == "inbound" for x in rows), c.key
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        end = max(self.start + timedelta(days=self.days), rows[-1].ts + timedelta(hours=1))
        assert end < LIMIT
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Postalba, virtual mailbox and mail scanning (Postalba Plus; Postalba Business on account)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
                "expected": dict(sorted(expected.items())),
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {c.key: c.truth for c in self.custs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(rows), sum(1 for x in rows if x.direction == "outbound")


def strip(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    keep = {"ß", "ñ", "Ñ"}
    return "".join(ch if ch in keep else unicodedata.normalize("NFKD", ch)[0] for ch in text)


def lang_of(rng: Random) -> str:
    lang: str = rng.choices(w.LANGS, weights=(30, 30, 10, 10, 10, 10))[0]
    return lang


def days_apart(rng: Random, lo: int, hi: int, k: int) -> list[int]:
    return sorted(rng.sample(range(lo, hi + 1), k))


NO_RULES: tuple[str, ...] = ()
REPEAT_TOL = (
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
)
SLIDE_TOL = (
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
)
LEAVE_TOL = ("competitor_mention", "high_value_at_risk", "sentiment_drop", "silence")


def happy_writers(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person(lang_of(r), "happy", "day writer")
        f.day_acts(c, days_apart(r, 0, 9, r.randint(6, 9)))
    for _ in range(5):
        c = f.person(lang_of(r), "happy", "night writer")
        for d in days_apart(r, 0, 8, r.randint(2, 4)):
            ts = f.at(d, r.uniform(22.2, 28.5))
            if r.random() < 0.5:
                f.add(c, ts, "community", "post", w.pick(w.NIGHT_POST, c.lang, r))
            else:
                f.add(c, ts, "chat", "chat", w.pick(w.NIGHT_Q, c.lang, r))
                f.reply(c, ts + timedelta(minutes=r.randint(2, 6)), "chat", w.NIGHT_A)
                f.add(
                    c,
                    ts + timedelta(minutes=r.randint(7, 12)),
                    "chat",
                    "chat",
                    w.pick(w.THANKS, c.lang, r),
                )
        f.day_acts(c, days_apart(r, 0, 9, r.randint(2, 3)), 9, 18, "pgbvr")
    for _ in range(5):
        c = f.person(lang_of(r), "happy", "answers surveys")
        for d in days_apart(r, 0, 9, r.randint(3, 6)):
            f.survey(c, f.at(d, r.uniform(8, 20)))


def bad_day(
    f: Fam, c: Cust, day: int, channel: str, long: bool, idx: int, flags: dict[str, bool]
) -> None:
    r = f.rng
    problem = w.PROBLEMS[idx % len(w.PROBLEMS)]
    ts = f.at(day, r.uniform(8, 20))
    eid, case = f.complaint(c, ts, problem, channel, long)
    c.truth.update(
        {
            "problem": problem,
            "bad_day_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "bad_day_event_id": eid,
            "booking": case,
            "long_email": long,
            "trouble_starts_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
        }
    )
    if case and flags.get("nps"):
        c.truth["survey_event_id"] = f.survey(
            c, ts + timedelta(minutes=r.randint(100, 140)), happy=False, nps=r.randint(1, 5)
        )
        c.truth["nps_given"] = True
    elif case and flags.get("csat"):
        c.truth["survey_event_id"] = f.survey(
            c, ts + timedelta(minutes=r.randint(40, 80)), happy=False, csat=r.randint(1, 2)
        )
        c.truth["csat_given"] = True
    if case and flags.get("fix"):
        t2 = ts + timedelta(hours=r.uniform(1, 4))
        if t2.hour >= 21 or t2.hour < 7:
            t2 = t2.replace(hour=8) + (timedelta(days=1) if t2.hour >= 21 else timedelta())
        f.reply(c, t2, "email", w.GOOD_NEWS, subject=w.pick(w.SUBJECT_RE, c.lang, r) + case, c=case)
        c.truth["agent_fixed"] = True
        if flags.get("sorry"):
            t3 = ts + timedelta(hours=r.uniform(16, 24))
            if t3.hour >= 21 or t3.hour < 7:
                t3 = t3.replace(hour=9) + (timedelta(days=1) if t3.hour >= 21 else timedelta())
            ch = r.choice(["chat", "email"])
            c.truth["apology_event_id"] = f.add(
                c, t3, ch, "chat" if ch == "chat" else "message", w.pick(w.APOLOGY, c.lang, r)
            )
            c.truth["apologised"] = True


def one_bad_day(f: Fam) -> None:
    r = f.rng
    plan = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    cased = [i for i, p in enumerate(plan) if p != "social"]
    r.shuffle(cased)
    nps, csat, fix = set(cased[:6]), set(cased[6:11]), set(cased[8:20])
    sorry = set(sorted(fix)[:5])
    longs = ["it", "it", "de", "de"]
    for i, kind in enumerate(plan):
        lang = longs[i] if kind == "long" else lang_of(r)
        det = i in nps
        c = f.person(
            lang,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ("detractor",) if det else (),
            ("silence",),
        )
        day = r.randint(2, 9)
        others = [d for d in range(12) if d <= day - 2 or d >= day + 3]
        f.day_acts(c, sorted(r.sample(others, r.randint(1, 5))), kinds="pagqbvr")
        bad_day(
            f,
            c,
            day,
            "email" if kind == "long" else kind,
            kind == "long",
            i,
            {"nps": det, "csat": i in csat, "fix": i in fix, "sorry": i in sorry},
        )
    for _ in range(8):
        c = f.person(lang_of(r), "happy", "control")
        f.day_acts(c, days_apart(r, 0, 11, r.randint(4, 7)))


def day_shift(ts: datetime) -> datetime:
    if ts.hour >= 22:
        return (ts + timedelta(days=1)).replace(hour=8, minute=ts.minute)
    if ts.hour < 7:
        return ts.replace(hour=8)
    return ts


def repeat_run(
    f: Fam, c: Cust, ts: datetime, times: int, first: str, langs: list[str] | None = None
) -> None:
    r = f.rng
    problem = r.choice(w.PROBLEMS)
    lang0 = c.lang
    eid, case = f.complaint(c, ts, problem, first)
    assert case
    comp = r.choice(w.COMPETITORS)
    passed = times >= 3 if langs else r.random() < 0.5
    if passed:
        f.reply(
            c,
            ts + timedelta(minutes=r.randint(90, 150)),
            "email",
            w.QUALITY_LEAD,
            subject=w.pick(w.SUBJECT_RE, c.lang, r) + case,
            c=case,
        )
    ids = [eid]
    chans = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first]
    r.shuffle(chans)
    t = ts
    for n in range(2, times + 1):
        if langs:
            c.lang = langs[(n - 1) % 2]
        t = day_shift(t + timedelta(hours=r.uniform(4, 40)))
        ch = chans[n - 2]
        text = w.pick(
            w.STILL_OPEN if n == 2 else (w.THIRD if n == 3 else w.FOURTH), c.lang, r, c=case, k=comp
        )
        if ch == "phone":
            text = text.lower().replace(":", "").replace(".", "").replace(",", "")
            ids.append(f.add(c, t, "phone", "call", text))
        elif ch == "email":
            ids.append(
                f.add(
                    c, t, "email", "message", text, subject=w.pick(w.SUBJECT_RE, c.lang, r) + case
                )
            )
        elif ch == "chat":
            ids.append(f.add(c, t, "chat", "chat", text))
            f.reply(c, t + timedelta(minutes=r.randint(2, 5)), "chat", w.URGENT, c=case)
        elif ch == "web":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    text,
                    subject=w.pick(w.SUBJECT_RE, c.lang, r) + case,
                    attrs={"page": "/help/contact"},
                )
            )
        else:
            ids.append(
                f.add(
                    c,
                    t,
                    "social" if c.handle else "community",
                    "mention" if c.handle else "post",
                    "@" + w.BRAND + " " + text,
                )
            )
    c.lang = lang0
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "problem_event_ids": ids,
            "agent_passed_on": passed,
            "competitor": comp if times >= 3 else None,
            "trouble_starts_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": first,
        }
    )


def fixed_case(
    f: Fam, c: Cust, ts: datetime, channel: str, confirm_lang: str | None = None
) -> dict[str, Any]:
    r = f.rng
    problem = r.choice(w.PROBLEMS)
    eid, case = f.complaint(c, ts, problem, channel)
    assert case
    t2 = day_shift(ts + timedelta(hours=r.uniform(3, 20)))
    f.reply(c, t2, "email", w.GOOD_NEWS, subject=w.pick(w.SUBJECT_RE, c.lang, r) + case, c=case)
    t3 = day_shift(t2 + timedelta(hours=r.uniform(8, 30)))
    ch = r.choice(["email", "chat"])
    lang0 = c.lang
    c.lang = confirm_lang or lang0
    cid = f.add(
        c,
        t3,
        ch,
        "chat" if ch == "chat" else "message",
        w.pick(w.CONFIRM, c.lang, r, c=case),
        subject=(w.pick(w.SUBJECT_RE, c.lang, r) + case) if ch == "email" else None,
    )
    c.lang = lang0
    return {
        "problem": problem,
        "booking": case,
        "raised_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "fixed_at": t2.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "confirmed_at": t3.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": ch,
    }


def repeat_contacts(f: Fam) -> None:
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    for i, times in enumerate([2] * 4 + [3] * 4 + [4] * 4):
        c = f.person(lang_of(r), "repeat_contact", "repeats", ("repeat_contact",), REPEAT_TOL)
        f.day_acts(c, [0] * r.randint(1, 3), 7, 12, "pgbvr")
        repeat_run(f, c, f.at(r.randint(1, 4), r.uniform(8, 19)), times, firsts[i])
    for _ in range(5):
        c = f.person(lang_of(r), "resolved_between_contacts", "fixed", NO_RULES, ("silence",))
        f.day_acts(c, [0], 7, 12, "pbv")
        c.truth["problems"] = [
            fixed_case(
                f, c, f.at(r.randint(1, 4), r.uniform(8, 18)), r.choice(["web", "email", "chat"])
            )
        ]
    for _ in range(3):
        c = f.person(lang_of(r), "different_problems", "two problems", NO_RULES, ("silence",))
        d = r.randint(0, 1)
        c.truth["problems"] = [
            fixed_case(f, c, f.at(d, r.uniform(8, 15)), "email"),
            fixed_case(f, c, f.at(d + r.randint(4, 5), r.uniform(8, 15)), "web"),
        ]
    for _ in range(7):
        c = f.person(lang_of(r), "happy", "frequent writer")
        f.day_acts(c, days_apart(r, 0, 9, r.randint(5, 8)), kinds="qqqccbp")


def slide(
    f: Fam, c: Cust, day0: int, span: int, langs: list[str] | None = None
) -> tuple[list[str], datetime]:
    r = f.rng
    comp = r.choice(w.COMPETITORS)
    ids: list[str] = []
    offs = sorted(r.uniform(0, span) for _ in range(6))
    last = f.at(day0, 7)
    t4 = last
    lang0 = c.lang
    for i, o in enumerate(offs):
        if langs:
            c.lang = langs[i % 2]
        t = day_shift(max(f.at(day0, 9) + timedelta(days=o), last + timedelta(hours=1)))
        text = w.SLIDE[c.lang][i].replace("{k}", comp)
        ch = (
            r.choice(["social", "community", "review"])
            if c.handle
            else r.choice(["community", "review"])
        )
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"},
                )
            )
        else:
            ids.append(
                f.add(
                    c,
                    t,
                    ch,
                    "mention" if ch == "social" else "post",
                    ("@" + w.BRAND + " " + text) if ch == "social" else text,
                )
            )
        last = t
        if i == 3:
            t4 = t
    c.lang = lang0
    c.truth.update({"slide_event_ids": ids, "slide_days": span, "competitor": comp})
    c.truth["trouble_starts_at"] = next(x.ts for x in f.rows if x.eid == ids[0]).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    return ids, t4


def slow_churners(f: Fam) -> None:
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        det = i < 5
        c = f.person(
            lang_of(r),
            "slow_churner",
            "slides",
            ("sentiment_drop",) + (("detractor",) if det else ()),
            SLIDE_TOL,
        )
        for d in days_apart(r, 0, 10, r.randint(4, 5)):
            f.happy_act(c, f.at(d, r.uniform(8, 19)), "pa")
        f.day_acts(c, days_apart(r, 0, 10, r.randint(2, 4)), kinds="gbvr")
        _, t4 = slide(f, c, r.randint(12, 16), spans[i])
        if det:
            c.truth["survey_event_id"] = f.survey(
                c,
                day_shift(t4 + timedelta(hours=r.uniform(2.5, 3.5))),
                happy=False,
                nps=r.randint(1, 5),
            )
            c.truth["nps_given"] = True
    for _ in range(5):
        c = f.person(lang_of(r), "slow_churner", "asks to cancel", ("churn_intent",), LEAVE_TOL)
        f.day_acts(c, days_apart(r, 0, 15, r.randint(4, 6)), kinds="pagbvr")
        t = f.at(r.randint(17, 23), r.uniform(8, 18))
        eid = f.add(c, t, "email", "message", w.pick(w.LEAVE, c.lang, r))
        f.reply(c, day_shift(t + timedelta(hours=r.uniform(1, 5))), "email", w.SORRY_GO)
        t3 = day_shift(t + timedelta(hours=r.uniform(20, 30)))
        cid = f.add(
            c,
            t3,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/membership", "product": w.PLUS},
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": t3.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
    for _ in range(6):
        c = f.person(lang_of(r), "happy", "steady")
        f.day_acts(c, days_apart(r, 0, 31, r.randint(6, 10)))
    for _ in range(5):
        c = f.person(
            lang_of(r), "steadily_grumpy", "grumbles", NO_RULES, ("repeat_contact", "silence")
        )
        d = r.randint(0, 4)
        ids = []
        for _ in range(r.randint(5, 7)):
            ch = r.choice(["community", "web"])
            ids.append(
                f.add(
                    c,
                    f.at(d, r.uniform(8, 20)),
                    ch,
                    "post" if ch == "community" else "ticket",
                    w.pick(w.GRUMBLE, c.lang, r),
                    attrs={} if ch == "community" else {"page": "/help/contact"},
                )
            )
            d += r.randint(1, 3)
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": next(x.ts for x in f.rows if x.eid == ids[0]).strftime(
                    "%Y-%m-%dT%H:%M:%SZ"
                ),
            }
        )
    for _ in range(5):
        c = f.person(lang_of(r), "happy_one_sarcastic_remark", "happy", NO_RULES, ("silence",))
        f.day_acts(c, days_apart(r, 0, 16, r.randint(3, 6)), kinds="pagbvr")
        c.truth["sarcasm_event_id"] = f.add(
            c,
            f.at(r.randint(17, 28), r.uniform(9, 20)),
            "community",
            "post",
            w.pick(w.SARCASM, c.lang, r),
        )


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person(lang_of(r), "happy", "day writer")
        f.day_acts(c, days_apart(r, 0, 2, r.randint(1, 3)), 7, 17.5, "pagbvr")
    for i in range(4):
        c = f.person(lang_of(r), "grumbles_once", "grumbles once", NO_RULES, ("silence",))
        t = f.at(r.randint(0, 2), r.uniform(8, 16))
        f.add(c, t, "web", "page_view", None, attrs={"page": "/app/inbox"})
        t2 = t + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            eid = f.add(c, t2, "chat", "chat", w.pick(w.MILD, c.lang, r))
            f.reply(c, t2 + timedelta(minutes=r.randint(2, 5)), "chat", w.MILD_ACK)
        else:
            eid = f.add(
                c, t2, "web", "ticket", w.pick(w.MILD, c.lang, r), attrs={"page": "/help/contact"}
            )
            f.reply(c, t2 + timedelta(minutes=r.randint(20, 40)), "email", w.MILD_ACK)
        c.truth.update(
            {"grumble_event_id": eid, "trouble_starts_at": t2.strftime("%Y-%m-%dT%H:%M:%SZ")}
        )
    for night in range(3):
        b0 = f.at(night + 1, r.uniform(0.67, 1.08))
        for burst, off in enumerate([0.0, r.uniform(28, 33), r.uniform(55, 65)]):
            for _ in range(4):
                c = f.person(lang_of(r), "night_owl", f"night {night + 1}, burst {burst + 1}")
                t = b0 + timedelta(minutes=off + r.uniform(0, 9.5))
                if r.random() < 0.5:
                    eid = f.add(c, t, "chat", "chat", w.pick(w.NIGHT_Q, c.lang, r))
                    f.reply(c, t + timedelta(minutes=r.randint(2, 5)), "chat", w.NIGHT_A)
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(6, 9)),
                        "chat",
                        "chat",
                        w.pick(w.THANKS, c.lang, r),
                    )
                else:
                    eid = f.add(c, t, "community", "post", w.pick(w.NIGHT_POST, c.lang, r))
                c.truth.update(
                    {"burst_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "night_event_id": eid}
                )
                if r.random() < 0.5:
                    f.happy_act(c, f.at(r.randint(0, 2), r.uniform(9, 17.5)), "pgbvr")


def bilingual(f: Fam) -> None:
    r = f.rng
    pairs = [("it", "de"), ("de", "it")] * 4 + [
        ("it", "en"),
        ("en", "it"),
        ("de", "en"),
        ("de", "fr"),
        ("fr", "de"),
        ("it", "pt"),
        ("pt", "it"),
        ("it", "es"),
        ("es", "it"),
        ("de", "es"),
        ("es", "de"),
        ("fr", "it"),
        ("pt", "de"),
        ("de", "pt"),
        ("en", "de"),
        ("it", "fr"),
        ("de", "it"),
        ("it", "de"),
        ("de", "it"),
    ]
    r.shuffle(pairs)
    mk = {"it": "CH", "de": "CH", "fr": "BE", "en": "IE", "pt": "PT", "es": "ES"}

    def bl(
        persona: str, habit: str, exp: tuple[str, ...], tol: tuple[str, ...]
    ) -> tuple[Cust, list[str]]:
        a, b = pairs.pop()
        c = f.person(a, persona, habit, exp, tol, market=r.choice([mk[a], w.MARKETS[a][0], mk[b]]))
        c.truth.update(
            {
                "languages": [a, b],
                "job_second_language": r.choice(
                    [
                        "works across the border",
                        "partner's language",
                        "studied there",
                        "parents' language",
                    ]
                ),
            }
        )
        return c, [a, b]

    def alt(c: Cust, langs: list[str], days: list[int], kinds: str) -> None:
        for i, d in enumerate(days):
            c.lang = langs[i % 2]
            f.happy_act(c, f.at(d, r.uniform(8, 19)), kinds)
        c.lang = langs[0]

    for _ in range(12):
        c, ls = bl("happy", "alternates languages", NO_RULES, NO_RULES)
        alt(c, ls, days_apart(r, 0, 13, r.randint(5, 8)), "pagqcbvr")
    for times in [2, 2, 3, 3, 4]:
        c, ls = bl("repeat_contact", "repeats", ("repeat_contact",), REPEAT_TOL)
        alt(c, ls, days_apart(r, 0, 1, r.randint(1, 2)), "pgbv")
        repeat_run(
            f,
            c,
            f.at(r.randint(2, 5), r.uniform(8, 18)),
            times,
            r.choice(["email", "chat", "web"]),
            ls,
        )
    for _ in range(5):
        c, ls = bl("slow_churner", "slides", ("sentiment_drop",), SLIDE_TOL)
        alt(c, ls, days_apart(r, 0, 5, 5), "p")
        alt(c, ls[::-1], days_apart(r, 0, 5, r.randint(1, 3)), "bvr")
        slide(f, c, r.randint(7, 8), r.randint(3, 5), ls)
    for i in range(3):
        c, ls = bl("happy_one_bad_day", "one bad day", NO_RULES, ("silence",))
        alt(c, ls, days_apart(r, 0, 3, r.randint(2, 3)), "pgbvr")
        c.lang = ls[1] if i else "de"
        bad_day(
            f,
            c,
            r.randint(6, 10),
            ["email", "email", "chat"][i],
            i == 0,
            r.randint(0, 3),
            {"fix": i < 2, "sorry": i == 1},
        )
        c.lang = ls[0]
        c.truth["bad_day_language"] = ls[1] if i else "de"
    for _ in range(2):
        c, ls = bl("resolved_between_contacts", "fixed", NO_RULES, ("silence",))
        alt(c, ls, [0, 1], "pbv")
        c.truth["problems"] = [
            fixed_case(f, c, f.at(r.randint(3, 6), r.uniform(8, 17)), "web", ls[1])
        ]
        c.truth["confirm_language"] = ls[1]


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    plan: list[tuple[str, str, str, str | None, int]] = [
        ("at_risk", "DE", "de", "invoice", 4),
        ("at_risk", "IT", "it", "court_mail", 4),
        ("at_risk", "DE", "de", "portal", 3),
        ("at_risk", "IT", "it", "overbilled", 3),
        ("at_risk", "FR", "fr", "invoice", 3),
    ]
    plan += [
        ("one_unhappy", m, lg, p, 1)
        for m, lg, p in [
            ("AT", "de", "portal"),
            ("IT", "it", "invoice"),
            ("ES", "es", "overbilled"),
            ("UK", "en", "court_mail"),
        ]
    ]
    plan += [("mild", m, lg, None, 0) for m, lg in [("DE", "de"), ("CH", "it"), ("PT", "pt")]]
    plan += [("happy", m, lg, None, 0) for m, lg in [("IT", "it"), ("DE", "de"), ("IE", "en")]]
    names = [
        "Studio Legale Ferri",
        "Brandt Immobilien GmbH",
        "Nordlicht Consulting",
        "Cantieri Ricci Srl",
        "Atelier Moreau SARL",
        "Alpenblick Verwaltung",
        "Fratelli Conti",
        "Estudio Navarro SL",
        "Harbour Lane Ltd",
        "Weber Steuerberatung",
        "Tessiture Bruno",
        "Costa & Filhos Lda",
        "Vetreria Gallo",
        "Klein Architekten",
        "Kilbride Design",
    ]
    for ai, (kind, market, lang, problem, unhappy) in enumerate(plan):
        acc = fresh(r, lambda g, m=market: f"PAB-{m}-{g.randint(1000, 9999)}")
        co = names[ai]
        dom = strip(co.split(" ")[0].lower()) + f"{ai}.example"
        n_contacts = {
            "at_risk": r.randint(max(4, unhappy + 1), 6),
            "one_unhappy": 3,
            "mild": r.randint(3, 4),
            "happy": r.randint(3, 4),
        }[kind]
        contacts: list[Cust] = []
        unhappy_keys: list[str] = []
        for ci in range(n_contacts):
            if kind == "at_risk" and ci < unhappy:
                last = ci == unhappy - 1
                exp = ("repeat_contact",) if last else ("detractor",)
                c = f.person(
                    lang,
                    "b2b_unhappy",
                    "complainer",
                    exp,
                    (
                        "account_risk",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "sentiment_drop",
                        "silence",
                    ),
                    acc,
                    market,
                    dom,
                )
                c.truth["role"] = "complainer"
                unhappy_keys.append(c.key)
            elif kind == "one_unhappy" and ci == 0:
                c = f.person(
                    lang,
                    "b2b_one_unhappy",
                    "complainer",
                    ("detractor",),
                    ("high_value_at_risk", "sentiment_drop", "silence"),
                    acc,
                    market,
                    dom,
                )
                c.truth["role"] = "complainer"
                unhappy_keys.append(c.key)
            elif kind == "mild" and ci < 2:
                c = f.person(lang, "b2b_mild", "suggests", NO_RULES, ("silence",), acc, market, dom)
                c.truth["role"] = "suggests"
            else:
                c = f.person(lang, "b2b_happy", "contact", NO_RULES, NO_RULES, acc, market, dom)
                c.truth["role"] = "contact"
            c.truth.update(
                {
                    "company": co,
                    "job_title": r.choice(
                        ["office manager", "accountant", "managing director", "assistant"]
                    ),
                }
            )
            contacts.append(c)
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in days_apart(r, 0, 11, r.randint(3, 6)):
                    if d % 7 < 5:
                        b2b_routine(f, c, f.at(d, r.uniform(8, 16.5)))
            else:
                for _ in range(r.randint(0, 2)):
                    b2b_routine(f, c, f.at(r.randint(0, 1), r.uniform(8, 16.5)), high=False)
        trouble = None
        if kind == "at_risk":
            assert problem
            case = f.case()
            t = f.at(2, r.uniform(8.5, 11))
            trouble = t
            first_name = contacts[0].truth["name"].split(" ")[0]
            for ci in range(unhappy):
                c = contacts[ci]
                if ci == 0:
                    text = w.pick(w.B2B_FIRST[problem], lang, r, co=co)
                else:
                    t = t + timedelta(hours=r.uniform(8, 28))
                    t = office(t)
                    d = w.WEEKDAYS[lang][2]
                    text = w.pick(
                        w.B2B_LATER,
                        lang,
                        r,
                        co=co,
                        n=first_name,
                        d=d,
                        c=case,
                        t=w.pick(w.B2B_FIRST[problem], lang, r, co=co),
                    )
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=w.pick(w.SUBJECT_COMPLAINT, lang, r) + problem.replace("_", " "),
                )
                if ci == 0:
                    f.reply(
                        c,
                        t + timedelta(minutes=r.randint(20, 60)),
                        "email",
                        w.CASE_OPENED,
                        subject=w.pick(w.SUBJECT_RE, lang, r) + case,
                        c=case,
                    )
                ids = [eid]
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    }
                )
                if ci < unhappy - 1:
                    c.truth["survey_event_id"] = f.survey(
                        c, t + timedelta(hours=r.uniform(1, 3)), happy=False, nps=r.randint(1, 5)
                    )
                    c.truth["nps_given"] = True
                else:
                    t2 = office(t + timedelta(hours=r.uniform(18, 40)))
                    if ai == 0:
                        comp = r.choice(w.COMPETITORS)
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                w.pick(w.B2B_FINAL_MAIL, lang, r, c=case, k=comp),
                                subject=w.pick(w.SUBJECT_RE, lang, r) + case,
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(c, t2, "phone", "call", w.pick(w.B2B_FINAL_CALL, lang, r, c=case))
                        )
                c.truth["complaint_event_ids"] = ids
        elif kind == "one_unhappy":
            assert problem
            c = contacts[0]
            case = f.case()
            t = f.at(r.randint(3, 7), r.uniform(8.5, 15))
            t = office(t)
            eid = f.add(
                c,
                t,
                "email",
                "message",
                w.pick(w.B2B_FIRST[problem], lang, r, co=co),
                subject=w.pick(w.SUBJECT_COMPLAINT, lang, r) + problem.replace("_", " "),
            )
            f.reply(
                c,
                t + timedelta(minutes=r.randint(20, 60)),
                "email",
                w.CASE_OPENED,
                subject=w.pick(w.SUBJECT_RE, lang, r) + case,
                c=case,
            )
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "nps_given": True,
                }
            )
            c.truth["survey_event_id"] = f.survey(
                c, t + timedelta(hours=r.uniform(1, 3)), happy=False, nps=r.randint(1, 5)
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = office(f.at(r.randint(2, 9), r.uniform(8, 16)))
                eid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    w.pick(w.B2B_SUGGEST, lang, r),
                    attrs={"page": "/business/portal/feedback"},
                )
                f.reply(c, t + timedelta(minutes=r.randint(30, 90)), "email", w.MILD_ACK)
                c.truth.update(
                    {"mild_event_id": eid, "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ")}
                )
        f.accounts[acc] = {
            "company": co,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble.strftime("%Y-%m-%dT%H:%M:%SZ") if trouble else None,
            "language": lang,
            "country": market,
        }


def office(t: datetime) -> datetime:
    if t.hour >= 17:
        t = (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 50 + 5)
    elif t.hour < 8:
        t = t.replace(hour=8)
    while t.weekday() >= 5:
        t = t + timedelta(days=1)
    return t


def b2b_routine(f: Fam, c: Cust, ts: datetime, high: bool = True) -> None:
    r = f.rng
    k = r.choice("qbvps" if high else "qbv")
    if k == "q":
        f.add(c, ts, "chat", "chat", w.pick(w.B2B_Q, c.lang, r))
        f.reply(c, ts + timedelta(minutes=r.randint(1, 6)), "chat", w.B2B_A)
        if r.random() < 0.6:
            f.add(
                c,
                ts + timedelta(minutes=r.randint(7, 10)),
                "chat",
                "chat",
                w.pick(w.THANKS, c.lang, r),
            )
    elif k == "b":
        f.happy_act(c, ts, "b")
    elif k == "v":
        f.add(c, ts, "web", "page_view", None, attrs={"page": "/business/portal"})
    elif k == "p":
        f.add(c, ts, "community", "post", w.pick(w.B2B_PRAISE, c.lang, r))
    else:
        f.survey(c, ts)


def topic_spike(f: Fam) -> None:
    r = f.rng
    for _ in range(40):
        c = f.person(lang_of(r), "happy", "day writer")
        for d in days_apart(r, 0, 5, r.randint(2, 5)):
            f.happy_act(c, f.at(d, r.uniform(12, 19) if d == 5 else r.uniform(7, 19)), "pagqbvr")
    for _ in range(2):
        c = f.person(lang_of(r), "grumbles_once", "grumbles once", NO_RULES, ("silence",))
        t = f.at(0, r.uniform(9, 16))
        eid = f.add(c, t, "chat", "chat", w.pick(w.GRUMBLE, c.lang, r))
        f.reply(c, t + timedelta(minutes=r.randint(2, 5)), "chat", w.MILD_ACK)
        c.truth.update(
            {"grumble_event_id": eid, "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ")}
        )
    for lang, hour in [("it", 9.67), ("de", 16.08)]:
        c = f.person(lang, "grumbles_once", "lone question", NO_RULES, ("silence",))
        t = f.at(4, hour)
        eid = f.add(c, t, "chat", "chat", w.pick(w.LONE_Q, lang, r))
        f.reply(c, t + timedelta(minutes=r.randint(2, 5)), "chat", w.LONE_A)
        c.truth.update(
            {"lone_report_event_id": eid, "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ")}
        )
    langs = ["it"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    s0 = f.at(5, 9 + 5 / 60)
    offs = sorted([0.0, 45.0] + [r.uniform(0.5, 44.5) for _ in range(18)])
    reporters: list[tuple[Cust, str, str, datetime]] = []
    keys, eids, reps = [], [], []
    for i, off in enumerate(offs):
        regular = i < 11
        repeat = i in (1, 3, 5, 7, 9, 10)
        exp = ("repeat_contact",) if repeat else ()
        tol = ("sentiment_drop", "silence") if repeat else ("silence",)
        c = f.person(
            langs[i],
            "spike_repeater" if repeat else "spike_reporter",
            "regular" if regular else "new",
            exp,
            tol,
        )
        if regular:
            for d in days_apart(r, 2, 2, 1):
                f.happy_act(c, f.at(d, r.uniform(8, 17.5)), "pgbvr")
        t = s0 + timedelta(minutes=off)
        ch = chans[i] if chans[i] != "social" or c.handle else "community"
        text = w.pick(w.SPIKE, c.lang, r, x=w.SPIKE_CODE)
        if r.random() < 0.4:
            text = text.replace(" " + w.SPIKE_CODE, "").replace(w.SPIKE_CODE, "")
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
            ("@" + w.BRAND + " " + text) if ch == "social" else text,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=r.randint(1, 4)), "chat", w.SPIKE_CHAT_A)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
        keys.append(c.key)
        eids.append(eid)
        reporters.append((c, ch, eid, t))
        if repeat:
            ch2 = r.choice([x for x in ["email", "chat", "community"] if x != ch])
            t2 = t + timedelta(minutes=r.uniform(10, 60))
            rid = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                w.pick(w.SPIKE_AGAIN, c.lang, r, x=w.SPIKE_CODE),
            )
            if ch2 == "chat":
                f.reply(c, t2 + timedelta(minutes=r.randint(1, 4)), "chat", w.SPIKE_CHAT_A)
            c.truth["repeat_event_id"] = rid
            reps.append(rid)
    for c, _, _, _ in reporters[12:18]:
        local = {"UK": "11:40", "IE": "11:40", "PT": "11:40"}.get(c.market, "12:40")
        f.reply(c, f.at(5, 11 + r.uniform(8, 17) / 60), "email", w.SPIKE_FIXED, t=local)
        c.truth["agent_fixed"] = True
    first_times = sorted(x.ts for x in f.rows if x.eid in set(eids))
    f.spike = {
        "topic": "virtual-mailbox app showing other customers' scanned letters in the inbox (privacy), error "
        + w.SPIKE_CODE,
        "about": "the planted incident: reported within 45 minutes across channels and languages",
        "channel": None,
        "start": first_times[0].strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": first_times[-1].strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        happy_writers,
        "day and night writers, survey-only customers",
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        one_bad_day,
        "happy customers with one angry day",
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        repeat_contacts,
        "one open problem raised again and again",
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        slow_churners,
        "slides, leavers, steady, grumpy, sarcastic",
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        quiet_hours,
        "a calm weekend with night-owl bursts",
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
        "company accounts, three at risk-ish patterns",
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


def main() -> None:
    total = [0, 0, 0]
    for n, (name, code, start, days, build, about) in enumerate(FAMILIES, 1):
        assert start.weekday() == (4 if name == "quiet_hours" else 0), name
        f = Fam(name, code, n, start, days, about)
        build(f)
        counts = f.write()
        print(name, *counts)
        total = [a + b for a, b in zip(total, counts, strict=True)]
    print("total", *total)


if __name__ == "__main__":
    main()
