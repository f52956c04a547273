"""Build heldout230 (Lezzora, music lessons): every <family>.jsonl and .truth.json. Stdlib only."""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261123
MARKETS = {
    "it": ("IT", "CH"),
    "es": ("ES",),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE"),
    "de": ("DE", "AT"),
    "pt": ("PT",),
}
PREFIX = {
    "IT": "+39 3",
    "CH": "+41 7",
    "ES": "+34 6",
    "UK": "+44 7",
    "IE": "+353 8",
    "FR": "+33 6",
    "BE": "+32 4",
    "DE": "+49 15",
    "AT": "+43 66",
    "PT": "+351 9",
}
FIRST = {
    "it": (
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Sara",
        "Paolo",
        "Elena",
        "Davide",
        "Marta",
        "Andrea",
    ),
    "es": (
        "Lucía",
        "Javier",
        "Carmen",
        "Diego",
        "Irene",
        "Sergio",
        "Nuria",
        "Álvaro",
        "Elena",
        "Pablo",
    ),
    "en": ("Emma", "Oliver", "Sophie", "Jack", "Grace", "Liam"),
    "fr": ("Camille", "Hugo", "Chloé", "Louis", "Manon", "Jules"),
    "de": ("Lena", "Jonas", "Anna", "Felix", "Marie", "Lukas"),
    "pt": ("Inês", "João", "Beatriz", "Tiago", "Mariana", "Rui"),
}
LAST = {
    "it": ("Rossi", "Bianchi", "Colombo", "Ferrari", "Greco", "Conti", "Marino", "Gallo"),
    "es": ("García", "Martín", "Torres", "Ruiz", "Navarro", "Molina", "Ortega", "Castro"),
    "en": ("Smith", "Walsh", "Taylor", "Byrne", "Evans", "Murphy"),
    "fr": ("Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard"),
    "de": ("Müller", "Schmidt", "Weber", "Becker", "Wagner", "Hofmann"),
    "pt": ("Silva", "Santos", "Ferreira", "Costa", "Oliveira", "Sousa"),
}
LANG_W = (("it", 30), ("es", 30), ("en", 10), ("fr", 10), ("de", 10), ("pt", 10))


def plain(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


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
    inst: str


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
    scores: dict[str, int]
    attrs: dict[str, str]
    eid: str


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    n: int
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    custs: list[Cust] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in USED:
                USED.add(v)
                return v

    def lang(self) -> str:
        return self.rng.choices([lg for lg, _ in LANG_W], [w for _, w in LANG_W])[0]

    def person(
        self,
        persona: str,
        habit: str,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        lang: str | None = None,
        account: str | None = None,
        company: str | None = None,
    ) -> Cust:
        r = self.rng
        lg = lang or self.lang()
        market = r.choice(MARKETS[lg])
        first, last = r.choice(W_FIRST(lg)), r.choice(LAST[lg])
        key = self.uniq(lambda: f"LZ{self.code}{r.randrange(1000, 10000)}")
        dom = (
            company.lower().replace(" ", "") + ".example"
            if company
            else r.choice(("posta", "correo", "mail", "webmail", "inbox")) + ".example"
        )
        email = self.uniq(
            lambda: (
                f"{plain(first).lower()}.{plain(last).lower().replace(' ', '')}{r.randrange(1, 99)}@{dom}"
            )
        )
        phone = self.uniq(lambda: PREFIX[market] + "".join(str(r.randrange(10)) for _ in range(8)))
        handle = (
            None
            if account or r.random() < 0.2
            else self.uniq(
                lambda: f"@{plain(first).lower()}_{plain(last).lower()}{r.randrange(1, 90)}"
            )
        )
        t: dict[str, Any] = {
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
            "language": lg,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lg, market, email, phone, handle, account, t, r.choice(W.INSTRUMENTS[lg]))
        self.custs.append(c)
        return c

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

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
        eid = f"h230-{self.code.lower()}-{len(self.rows) + 1:05d}"
        if text is not None and not out:
            text = self.roughen(text, channel)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(("Chiara", "Pablo", "Tom", "Léa", "Jana", "Rita"))
        a.update(attrs or {})
        self.rows.append(
            Row(
                t.replace(second=0, microsecond=0),
                len(self.rows),
                c,
                channel,
                kind,
                out,
                text,
                subject,
                scores or {},
                a,
                eid,
            )
        )
        return eid

    def roughen(self, text: str, channel: str) -> str:
        r = self.rr
        if channel == "phone":
            return "".join(ch for ch in text.lower() if ch.isalnum() or ch in " -'").replace(
                "  ", " "
            )
        if channel == "survey":
            return text
        if r.random() < 0.1:
            text = plain(text)
        if r.random() < 0.13 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 0.14:
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

    def say(self, table: W.T, c: Cust, **kw: str) -> str:
        return str(self.rng.choice(table[c.lang]).format(inst=c.inst, code=W.SPIKE_CODE, **kw))

    def ref(self) -> str:
        return self.uniq(lambda: f"LZ-{self.rng.randrange(100000, 1000000)}")

    # ---------------------------------------------------------------- acts --
    def happy(self, c: Cust, t: datetime) -> None:
        r = self.rng
        k = r.randrange(8)
        if k == 0:
            self.add(
                c,
                t,
                "social",
                "mention",
                ("@Lezzora " if r.random() < 0.5 else "") + self.say(W.PRAISE, c),
            )
        elif k == 1:
            self.add(c, t, "community", "post", self.say(W.AGAIN, c))
        elif k == 2:
            self.add(
                c,
                t,
                "web",
                "review",
                self.say(W.GRIPE, c),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif k in (3, 4):
            self.add(c, t, "chat", "chat", self.say(W.QUESTION, c))
            self.add(
                c,
                t + timedelta(minutes=r.randrange(1, 6)),
                "chat",
                "chat",
                self.say(W.ANSWER, c),
                out=True,
            )
            if r.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=r.randrange(7, 12)),
                    "chat",
                    "chat",
                    self.say(W.THANKS, c),
                )
        elif k == 5:
            self.add(c, t, "web", "page_view", attrs={"page": "/lessons/" + plain(c.inst).lower()})
            cur = "GBP" if c.market in ("UK",) else "CHF" if c.market == "CH" else "EUR"
            self.add(
                c,
                t + timedelta(minutes=r.randrange(3, 15)),
                "web",
                "purchase",
                attrs={
                    "order_value": str(r.choice((29, 58, 116, 290))),
                    "currency": cur,
                    "product": "Lessons " + plain(c.inst),
                    "page": "/checkout",
                },
            )
        elif k == 6:
            self.add(
                c,
                t,
                "web",
                "review",
                self.say(W.PRAISE, c),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                self.say(W.SURVEY_WORD, c) or None,
                scores={"nps": r.choice((9, 10))},
                attrs={"survey": "nps"},
            )

    def day_acts(self, c: Cust, n: int, days: range, lo: float = 7, hi: float = 19) -> None:
        for d in self.rng.sample(list(days), min(n, len(days))):
            self.happy(c, self.at(d, self.rng.uniform(lo, hi)))

    def complaint(
        self, c: Cust, t: datetime, channel: str, problem: str, long: bool = False
    ) -> tuple[str, str | None]:
        text = self.say(W.PROBLEM[problem], c)
        subj = W.SUBJECT_COMPLAINT[c.lang] + ": " + problem.replace("_", " ")
        if channel == "email":
            if long:
                a, b = self.rng.choice(W.LETTER[c.lang])
                text = a + text + "." + b + "\n" + c.truth["name"]
            eid = self.add(c, t, "email", "message", text, subject=subj)
        elif channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
        elif channel == "social":
            return self.add(c, t, "social", "mention", "@Lezzora " + text), None
        elif channel == "web":
            eid = self.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        else:
            eid = self.add(c, t, "phone", "call", text)
        ref = self.ref()
        if channel == "chat":
            self.add(
                c,
                t + timedelta(minutes=self.rng.randrange(2, 6)),
                "chat",
                "chat",
                self.say(W.CASE_OPENED, c, ref=ref),
                out=True,
            )
        else:
            self.add(
                c,
                t + timedelta(minutes=self.rng.randrange(10, 41)),
                "email",
                "message",
                self.say(W.CASE_OPENED, c, ref=ref),
                out=True,
                subject=W.SUBJECT_CASE[c.lang].format(ref=ref),
            )
        return eid, ref

    def daytime(self, t: datetime) -> datetime:
        if t.hour >= 21 or t.hour < 8:
            base = t if t.hour < 8 else t + timedelta(days=1)
            return base.replace(hour=8, minute=self.rng.randrange(0, 60))
        return t

    def followup(self, c: Cust, t: datetime, channel: str, text: str, ref: str) -> str:
        if channel == "email":
            return self.add(
                c, t, "email", "message", text, subject=W.SUBJECT_CASE[c.lang].format(ref=ref)
            )
        if channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
            self.add(
                c,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                self.say(W.URGENT, c, ref=ref),
                out=True,
            )
            return eid
        if channel == "phone":
            return self.add(c, t, "phone", "call", text)
        if channel == "social":
            return self.add(c, t, "social", "mention", "@Lezzora " + text)
        return self.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})

    # -------------------------------------------------------------- output --
    def write(self, expected: dict[str, int]) -> tuple[int, int, int]:
        rows = sorted(self.rows, key=lambda x: (x.t, x.seq))
        first: set[str] = set()
        lines = []
        for x in rows:
            c = x.c
            ids: dict[str, str | None]
            if x.out or c.key not in first:
                ids = {"customer_id": c.key, "email": c.email, "phone": c.phone, "handle": c.handle}
                if not x.out:
                    first.add(c.key)
            elif x.channel == "phone":
                ids = {"phone": c.phone if self.rr.random() < 0.5 else c.phone.replace(" ", "")}
            elif x.channel in ("social", "community"):
                h = c.handle
                ids = (
                    {"handle": h if h is None or self.rr.random() < 0.8 else h.lstrip("@")}
                    if h
                    else {"email": c.email}
                )
            elif x.channel == "email":
                ids = {"email": c.email.upper() if self.rr.random() < 0.08 else c.email}
            else:
                ids = {"customer_id": c.key}
            cust: dict[str, Any] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            cust.update(ids)
            sc = {"nps": None, "csat": None, "ces": None} | x.scores
            d = {
                "event_id": x.eid,
                "occurred_at": x.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": x.channel,
                "kind": x.kind,
                "direction": "outbound" if x.out else "inbound",
                "customer": cust,
                "text": x.text,
                "subject": x.subject,
                "scores": sc,
                "source": "lezzora-"
                + {"email": "mail", "phone": "voice"}.get(x.channel, x.channel),
                "attributes": x.attrs,
            }
            lines.append(json.dumps(d, ensure_ascii=False))
        for x in rows:
            assert datetime(2026, 1, 1, tzinfo=UTC) <= x.t < datetime(2026, 11, 15, tzinfo=UTC), (
                x.eid
            )
            assert x.t >= self.start, x.eid
        counts: dict[str, int] = {}
        for c in self.custs:
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            for rule in c.truth["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        assert counts == expected, (self.name, counts, expected)
        end = max(self.start + timedelta(days=self.days), rows[-1].t + timedelta(hours=1))
        assert end < datetime(2026, 11, 15, tzinfo=UTC)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Lezzora (music lessons at home and online; Lezzora Scuole for schools and firms)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-07",
                "expected": expected,
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {c.key: c.truth for c in self.custs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(rows), sum(1 for x in rows if x.out)


USED: set[str] = set()


def W_FIRST(lang: str) -> tuple[str, ...]:
    return FIRST[lang]


def day0(y: int, m: int, d: int, weekday: int = 0) -> datetime:
    t = datetime(y, m, d, tzinfo=UTC)
    assert t.weekday() == weekday, t
    return t


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


SILENCE = ("silence",)
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


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers", "HW", day0(2026, 3, 9), 10, "happy writers: day, night and survey-only", 1
    )
    r = f.rng
    for _ in range(16):
        f.day_acts(f.person("happy", "day writer"), r.randrange(5, 9), range(10))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in r.sample(range(9), r.randrange(2, 5)):
            t = f.at(d, r.uniform(22.2, 23.9) if r.random() < 0.5 else 24 + r.uniform(0, 4.5))
            if r.random() < 0.5:
                f.add(c, t, "social", "post", f.say(W.NIGHT_POST, c))
            else:
                f.add(c, t, "chat", "chat", f.say(W.NIGHT_Q, c))
                f.add(c, t + timedelta(minutes=4), "chat", "chat", f.say(W.NIGHT_A, c), out=True)
                f.add(c, t + timedelta(minutes=9), "chat", "chat", f.say(W.THANKS, c))
        f.day_acts(c, r.randrange(2, 4), range(10), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in r.sample(range(10), r.randrange(3, 7)):
            k = r.choice(("nps", "csat", "ces"))
            sc = {"nps": r.choice((9, 10)), "csat": r.choice((4, 5)), "ces": r.choice((6, 7))}[k]
            f.add(
                c,
                f.at(d, r.uniform(8, 20)),
                "survey",
                "survey_response",
                f.say(W.SURVEY_WORD, c) or None,
                scores={k: sc},
                attrs={"survey": k},
            )
    return f


CHANNELS6 = ("long", "email", "chat", "social", "web", "phone")


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", day0(2026, 4, 20), 12, "happy customers with one bad day", 2)
    r = f.rng
    with_case: list[tuple[Cust, datetime, str]] = []
    for i in range(24):
        ch = CHANNELS6[i % 6]
        lang = ("it", "es")[i % 2] if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", tolerated=SILENCE, lang=lang)
        bd = r.randrange(2, 10)
        t = f.at(bd, r.uniform(8, 20))
        for d in r.sample([d for d in range(12) if d <= bd - 2 or d >= bd + 3], r.randrange(1, 6)):
            f.happy(c, f.at(d, r.uniform(8, 20)))
        prob = W.PROBLEMS[i % 4]
        eid, ref = f.complaint(c, t, "email" if ch == "long" else ch, prob, long=ch == "long")
        c.truth.update(
            problem=prob,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            booking=ref,
            channel=ch,
            long_email=ch == "long",
        )
        if ref:
            with_case.append((c, t, ref))
    for j, (c, t, ref) in enumerate(with_case):
        if j < 6:
            c.truth.update(
                persona="bad_day_detractor", expected_rules=["detractor"], nps_given=True
            )
            n = r.randrange(1, 6)
            c.truth.update(
                nps=n,
                survey_event_id=f.add(
                    c,
                    t + timedelta(minutes=r.randrange(100, 141)),
                    "survey",
                    "survey_response",
                    f.say(W.LOW_WORD, c) or None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            )
        elif j < 11:
            n = r.randrange(1, 3)
            c.truth.update(
                csat_given=True,
                csat=n,
                survey_event_id=f.add(
                    c,
                    t + timedelta(minutes=r.randrange(40, 81)),
                    "survey",
                    "survey_response",
                    f.say(W.LOW_WORD, c) or None,
                    scores={"csat": n},
                    attrs={"survey": "csat"},
                ),
            )
        if j % 5 < 3:
            g = f.daytime(t + timedelta(hours=r.uniform(1, 4)))
            f.add(
                c,
                g,
                "email",
                "message",
                f.say(W.GOOD_NEWS, c, ref=ref),
                out=True,
                subject=W.SUBJECT_CASE[c.lang].format(ref=ref),
            )
            c.truth["agent_fixed"] = True
            if j % 5 == 0 and r.random() < 0.9:
                a = f.daytime(t + timedelta(hours=r.uniform(16, 24)))
                c.truth.update(
                    apologised=True,
                    apology_at=iso(a),
                    apology_event_id=f.add(c, a, "chat", "chat", f.say(W.APOLOGY, c)),
                )
    for _ in range(8):
        f.day_acts(f.person("happy", "control"), r.randrange(4, 8), range(12))
    return f


LATER = ("email", "chat", "phone", "web", "social")


def repeat_run(f: Fam, c: Cust, first_day: int, times: int, lang_of: Any = None) -> None:
    r = f.rng
    t = f.at(first_day, r.uniform(8, 19))
    ch = r.choice(("web", "email", "chat", "phone"))
    prob = r.choice(W.PROBLEMS)
    eid, ref = f.complaint(c, t, ch, prob)
    assert ref
    comp = r.choice(W.COMPETITORS)
    if times >= 3:
        f.add(
            c,
            f.daytime(t + timedelta(hours=r.uniform(1.5, 2.5))),
            "email",
            "message",
            f.say(W.QUALITY_LEAD, c, ref=ref),
            out=True,
            subject=W.SUBJECT_CASE[c.lang].format(ref=ref),
        )
    ids = [eid]
    chans = [c2 for c2 in LATER if c2 != ch]
    r.shuffle(chans)
    for k in range(1, times):
        t = f.daytime(t + timedelta(hours=r.uniform(4, 40)))
        if lang_of:
            c.lang = lang_of(k)
        table = W.THIRD if k == 2 else W.FOURTH if k == 3 else W.STILL_OPEN
        ids.append(f.followup(c, t, chans[k - 1], f.say(table, c, ref=ref, comp=comp), ref))
    c.lang = c.truth["language"]
    c.truth.update(
        problem=prob,
        booking=ref,
        contacts=times,
        problem_event_ids=ids,
        competitor=comp if times >= 3 else None,
        agent_passed_on=times >= 3,
        trouble_starts_at=f.rows[[x.eid for x in f.rows].index(eid)].t.strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        ),
    )


def fixed_run(f: Fam, c: Cust, t: datetime) -> dict[str, Any]:
    r = f.rng
    prob = r.choice(W.PROBLEMS)
    eid, ref = f.complaint(c, t, r.choice(("web", "email", "chat")), prob)
    assert ref
    g = f.daytime(t + timedelta(hours=r.uniform(3, 20)))
    f.add(
        c,
        g,
        "email",
        "message",
        f.say(W.GOOD_NEWS, c, ref=ref),
        out=True,
        subject=W.SUBJECT_CASE[c.lang].format(ref=ref),
    )
    k = f.daytime(g + timedelta(hours=r.uniform(8, 30)))
    ch = r.choice(("email", "chat"))
    cid = f.add(
        c,
        k,
        ch,
        "message" if ch == "email" else "chat",
        f.say(W.CONFIRM, c, ref=ref),
        subject=W.SUBJECT_CASE[c.lang].format(ref=ref) if ch == "email" else None,
    )
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(k),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": "several",
        "confirm_channel": ch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        day0(2026, 6, 1),
        10,
        "repeat contacts, fixed cases, frequent writers",
        3,
    )
    r = f.rng
    for i in range(12):
        c = f.person(
            "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=REPEAT_TOL
        )
        for _ in range(r.randrange(1, 4)):
            f.happy(c, f.at(0, r.uniform(7, 12)))
        repeat_run(f, c, r.randrange(1, 5), 2 + i % 3 if i < 12 else 2)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=SILENCE)
        f.day_acts(c, 2, range(0, 2))
        p = fixed_run(f, c, f.at(r.randrange(2, 5), r.uniform(8, 18)))
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=SILENCE)
        d = r.randrange(1, 3)
        p1 = fixed_run(f, c, f.at(d, r.uniform(8, 16)))
        p2 = fixed_run(f, c, f.at(d + r.randrange(4, 6), r.uniform(8, 16)))
        c.truth.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        f.day_acts(f.person("happy", "frequent writer"), r.randrange(5, 9), range(10))
    return f


def slide(f: Fam, c: Cust, d0: int, span: int, langs: tuple[str, ...] | None = None) -> list[str]:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    ids = []
    t = f.at(d0, r.uniform(9, 18))
    for k in range(6):
        if langs:
            c.lang = langs[k % 2]
        text = W.SLIDE[c.lang][k].format(comp=comp)
        ch = r.choice(("social", "community", "review"))
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
            ids.append(
                f.add(
                    c,
                    t,
                    ch,
                    "mention" if ch == "social" else "post",
                    ("@Lezzora " if ch == "social" else "") + text,
                )
            )
        if k == 3:
            c.truth["step4_at"] = iso(t)
        t = f.daytime(t + timedelta(hours=max(1.0, span * 24 / 6 * r.uniform(0.7, 1.2))))
    c.lang = c.truth["language"]
    c.truth.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=f.rows[[x.eid for x in f.rows].index(ids[0])].t.strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        ),
    )
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        day0(2026, 7, 6),
        32,
        "slow churners, leavers, steady, grumpy, sarcastic",
        4,
    )
    r = f.rng
    for i in range(10):
        c = f.person("slow_churner", "slides", expected=("sentiment_drop",), tolerated=SLIDE_TOL)
        for d in r.sample(range(11), r.randrange(4, 6)):
            f.add(
                c, f.at(d, r.uniform(8, 20)), "social", "mention", "@Lezzora " + f.say(W.PRAISE, c)
            )
        for d in r.sample(range(11), r.randrange(2, 5)):
            f.happy(c, f.at(d, r.uniform(8, 20)) + timedelta(minutes=7))
        slide(f, c, r.randrange(12, 17), (3, 5, 5, 9, 9, 9, 5, 5, 9, 5)[i])
        if i < 5:
            n = r.randrange(1, 6)
            t = f.daytime(
                datetime.strptime(c.truth.pop("step4_at"), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
                + timedelta(hours=r.uniform(2.5, 3.5))
            )
            c.truth.update(
                expected_rules=["detractor", "sentiment_drop"],
                nps_given=True,
                nps=n,
                survey_event_id=f.add(
                    c,
                    t,
                    "survey",
                    "survey_response",
                    f.say(W.LOW_WORD, c) or None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            )
        c.truth.pop("step4_at", None)
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=("competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"),
        )
        f.day_acts(c, r.randrange(4, 7), range(16))
        t = f.at(r.randrange(17, 24), r.uniform(9, 18))
        eid = f.add(c, t, "email", "message", f.say(W.CANCEL, c), subject="Lezzora")
        f.add(
            c,
            f.daytime(t + timedelta(hours=r.uniform(1, 5))),
            "email",
            "message",
            f.say(W.SORRY_GO, c),
            out=True,
            subject="Re: Lezzora",
        )
        k = t + timedelta(hours=r.uniform(20, 30))
        cid = f.add(
            c,
            k,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Lezzora Plus"},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(k),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        f.day_acts(f.person("happy", "steady"), r.randrange(6, 11), range(32))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        d = r.randrange(0, 5)
        ids = []
        for _ in range(r.randrange(5, 8)):
            ids.append(
                f.add(
                    c,
                    f.at(d, r.uniform(8, 20)),
                    r.choice(("social", "community")),
                    "post",
                    f.say(W.GRUMBLE, c),
                )
            )
            d += r.randrange(1, 4)
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=f.rows[[x.eid for x in f.rows].index(ids[0])].t.strftime(
                "%Y-%m-%dT%H:%M:%SZ"
            ),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=SILENCE)
        f.day_acts(c, r.randrange(4, 7), range(16))
        c.truth["sarcasm_event_id"] = f.add(
            c,
            f.at(r.randrange(17, 29), r.uniform(9, 20)),
            "social",
            "mention",
            "@Lezzora " + f.say(W.SARCASM, c),
        )
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", day0(2026, 8, 28, 4), 3, "a calm weekend with night owls", 5)
    r = f.rng
    for _ in range(16):
        f.day_acts(f.person("happy", "day writer"), r.randrange(1, 4), range(3), 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=SILENCE)
        t = f.at(r.randrange(3), r.uniform(9, 16))
        f.add(c, t, "web", "page_view", attrs={"page": "/app/calendar"})
        t2 = t + timedelta(minutes=r.randrange(20, 31))
        if r.random() < 0.5:
            g = f.add(c, t2, "chat", "chat", f.say(W.MILD, c))
            f.add(c, t2 + timedelta(minutes=3), "chat", "chat", f.say(W.MILD_A, c), out=True)
        else:
            g = f.add(c, t2, "web", "ticket", f.say(W.MILD, c), attrs={"page": "/help/contact"})
            f.add(
                c,
                t2 + timedelta(minutes=25),
                "email",
                "message",
                f.say(W.MILD_A, c),
                out=True,
                subject="Lezzora",
            )
        c.truth.update(grumble_event_id=g, trouble_starts_at=iso(t2))
    n = 0
    for night in range(3):
        b0 = f.at(night + 1, r.uniform(0.67, 1.08))
        for burst, off in enumerate((0, r.uniform(28, 33), r.uniform(55, 65))):
            for _ in range(4):
                n += 1
                c = f.person("night_owl", f"night {night + 1}, burst {burst + 1}")
                t = b0 + timedelta(minutes=off + r.uniform(0, 10))
                if r.random() < 0.5:
                    e = f.add(c, t, "social", "post", f.say(W.NIGHT_POST, c))
                else:
                    e = f.add(c, t, "chat", "chat", f.say(W.NIGHT_Q, c))
                    f.add(
                        c, t + timedelta(minutes=4), "chat", "chat", f.say(W.NIGHT_A, c), out=True
                    )
                    f.add(c, t + timedelta(minutes=8), "chat", "chat", f.say(W.THANKS, c))
                c.truth.update(burst_at=iso(b0 + timedelta(minutes=off)), night_event_id=e)
                if n % 2 == 0:
                    f.happy(c, f.at(r.randrange(3), r.uniform(9, 17.5)))
    return f


PAIRS = (
    ("it", "es"),
    ("es", "it"),
    ("it", "en"),
    ("es", "en"),
    ("it", "fr"),
    ("es", "pt"),
    ("it", "de"),
    ("es", "fr"),
    ("pt", "es"),
    ("de", "it"),
    ("fr", "es"),
    ("en", "it"),
)


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", day0(2026, 9, 21), 14, "customers writing in two languages", 6)
    r = f.rng
    k = 0

    def pair() -> tuple[str, str]:
        nonlocal k
        k += 1
        return PAIRS[k % len(PAIRS)]

    for _ in range(12):
        a, b = pair()
        c = f.person("happy", "alternates languages", lang=a)
        c.truth["languages"] = [a, b]
        for j, d in enumerate(sorted(r.sample(range(14), r.randrange(5, 9)))):
            c.lang = (a, b)[j % 2]
            f.happy(c, f.at(d, r.uniform(8, 20)))
        c.lang = a
    for i in range(5):
        a, b = pair()
        c = f.person(
            "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=REPEAT_TOL, lang=a
        )
        c.truth["languages"] = [a, b]
        f.happy(c, f.at(r.randrange(2), r.uniform(8, 12)))
        repeat_run(f, c, r.randrange(2, 6), (2, 2, 3, 3, 4)[i], lambda m, a=a, b=b: (a, b)[m % 2])
    for _ in range(5):
        a, b = pair()
        c = f.person(
            "slow_churner", "slides", expected=("sentiment_drop",), tolerated=SLIDE_TOL, lang=a
        )
        c.truth["languages"] = [a, b]
        for j, d in enumerate(range(6)):
            c.lang = (a, b)[j % 2]
            f.add(
                c, f.at(d, r.uniform(8, 20)), "social", "mention", "@Lezzora " + f.say(W.PRAISE, c)
            )
        c.lang = a
        f.happy(c, f.at(r.randrange(6), r.uniform(8, 20)) + timedelta(minutes=11))
        slide(f, c, r.randrange(7, 9), r.randrange(3, 6), (a, b))
        c.truth.pop("step4_at", None)
    for i in range(3):
        a, b = pair()
        c = f.person("happy_one_bad_day", "one bad day", tolerated=SILENCE, lang=a)
        c.truth["languages"] = [a, b]
        f.day_acts(c, 3, range(0, 5))
        t = f.at(r.randrange(7, 10), r.uniform(9, 18))
        c.lang = b
        eid, ref = f.complaint(
            c, t, ("email", "email", "chat")[i], r.choice(W.PROBLEMS), long=i == 0
        )
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=b,
            booking=ref,
            trouble_starts_at=iso(t),
        )
        c.lang = a
    for _ in range(2):
        a, b = pair()
        c = f.person("resolved_between_contacts", "fixed", tolerated=SILENCE, lang=a)
        c.truth["languages"] = [a, b]
        f.day_acts(c, 2, range(0, 3))
        p = fixed_run(f, c, f.at(r.randrange(4, 8), r.uniform(9, 16)))
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"], confirm_language=a)
    return f


SITES = (
    "school",
    "bank",
    "hospital",
    "university",
    "hotel",
    "municipality",
    "insurance",
    "factory",
    "law firm",
    "retail",
    "school",
    "museum",
    "telecom",
    "school",
    "logistics",
)
COMPANIES = (
    "Istituto Verdi",
    "Banca Orione",
    "Clínica Sur",
    "Uni Nord",
    "Hotel Mirador",
    "Comune di Lario",
    "Seguros Vela",
    "Fábrica Tajo",
    "Lex Porta",
    "Moda Brera",
    "Colegio Arce",
    "Museo Ria",
    "Telco Ibérica",
    "Escola Tejo",
    "Logis Nord",
)


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", day0(2026, 10, 12), 14, "company accounts of Lezzora Scuole", 7)
    r = f.rng
    for i, comp in enumerate(COMPANIES):
        lang = (
            "it",
            "es",
            "it",
            "es",
            "pt",
            "it",
            "es",
            "es",
            "it",
            "it",
            "es",
            "es",
            "es",
            "pt",
            "de",
        )[i]
        kind = "at_risk" if i < 5 else "one_unhappy" if i < 9 else "mild" if i < 12 else "happy"
        market = MARKETS[lang][0]
        acc = f"LZS-{market}-{1000 + i * 37}"
        nc = (
            r.randrange(4, 7)
            if kind == "at_risk"
            else 3
            if kind == "one_unhappy"
            else r.randrange(3, 5)
        )
        nun = (3, 4, 3, 4, 3)[i] if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        contacts = []
        for j in range(nc):
            if j < nun:
                if kind == "at_risk":
                    c = f.person(
                        "b2b_unhappy",
                        "complainer",
                        expected=(),
                        tolerated=(
                            "account_risk",
                            "churn_intent",
                            "competitor_mention",
                            "high_value_at_risk",
                            "sentiment_drop",
                            "silence",
                        ),
                        lang=lang,
                        account=acc,
                        company=comp,
                    )
                else:
                    c = f.person(
                        "b2b_one_unhappy",
                        "complainer",
                        tolerated=("high_value_at_risk", "sentiment_drop", "silence"),
                        lang=lang,
                        account=acc,
                        company=comp,
                    )
            elif kind == "mild" and j < 2:
                c = f.person(
                    "b2b_mild", "suggests", tolerated=SILENCE, lang=lang, account=acc, company=comp
                )
            else:
                c = f.person("b2b_happy", "contact", lang=lang, account=acc, company=comp)
            c.market = market
            c.truth.update(
                country=market, company=comp, role=c.truth["habit"], job_title="Office manager"
            )
            contacts.append(c)
        prob = B2B_PROB[i % 3] if kind != "happy" else None
        ref = f.ref()
        unhappy = contacts[:nun]
        for c in contacts:
            if c in unhappy or c.truth["persona"] == "b2b_mild":
                for _ in range(r.randrange(0, 3)):
                    t = f.at(r.randrange(2), r.uniform(8, 16.5))
                    f.add(c, t, "web", "page_view", attrs={"page": "/portal/lessons"})
            else:
                for d in r.sample(range(10), r.randrange(2, 5)):
                    d = d if f.at(d, 0).weekday() < 5 else d - 2
                    t = f.at(d, r.uniform(8, 16.5))
                    if r.random() < 0.5:
                        f.add(c, t, "chat", "chat", f.say(W.B2B_Q, c))
                        f.add(
                            c,
                            t + timedelta(minutes=r.randrange(1, 7)),
                            "chat",
                            "chat",
                            f.say(W.ANSWER, c),
                            out=True,
                        )
                    elif r.random() < 0.5:
                        f.add(
                            c,
                            t,
                            "survey",
                            "survey_response",
                            f.say(W.SURVEY_WORD, c) or None,
                            scores={"nps": r.choice((9, 10))},
                            attrs={"survey": "nps"},
                        )
                    else:
                        f.add(c, t, "web", "page_view", attrs={"page": "/portal/invoices"})
        a: dict[str, Any] = {
            "company": comp,
            "site": SITES[i],
            "contacts": nc,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": nun,
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk":
            t = f.at(2, r.uniform(9, 12))
            a["trouble_starts_at"] = iso(t)
            for j, c in enumerate(unhappy):
                text = (
                    f.say(W.B2B_PROBLEM[str(prob)], c)
                    if j == 0
                    else f.say(W.B2B_FOLLOW, c, ref=ref, name=unhappy[0].truth["name"].split()[0])
                    + " "
                    + f.say(W.B2B_PROBLEM[str(prob)], c)
                )
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=W.SUBJECT_COMPLAINT[c.lang]
                    if j == 0
                    else W.SUBJECT_CASE[c.lang].format(ref=ref),
                )
                if j == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=r.randrange(20, 60)),
                        "email",
                        "message",
                        f.say(W.CASE_OPENED, c, ref=ref),
                        out=True,
                        subject=W.SUBJECT_CASE[c.lang].format(ref=ref),
                    )
                c.truth.update(
                    complaint_event_ids=[e], trouble_starts_at=iso(t), booking=ref, problem=prob
                )
                if j < len(unhappy) - 1:
                    n = r.randrange(1, 6)
                    c.truth.update(
                        expected_rules=["detractor"],
                        nps_given=True,
                        nps=n,
                        survey_event_id=f.add(
                            c,
                            t + timedelta(hours=r.uniform(1, 3)),
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": n},
                            attrs={"survey": "nps"},
                        ),
                    )
                    c.truth["tolerated_rules"] = sorted(
                        set(c.truth["tolerated_rules"]) - {"detractor"}
                    )
                else:
                    t2 = t + timedelta(hours=r.uniform(22, 26))
                    comp2 = r.choice(W.COMPETITORS)
                    ch = "email" if i == 0 else "phone"
                    e2 = f.add(
                        c,
                        t2,
                        ch,
                        "message" if ch == "email" else "call",
                        f.say(W.B2B_LAST, c, ref=ref, comp=comp2),
                        subject=W.SUBJECT_CASE[c.lang].format(ref=ref) if ch == "email" else None,
                    )
                    c.truth["complaint_event_ids"].append(e2)
                    c.truth.update(expected_rules=["repeat_contact"], competitor=comp2)
                t = t + timedelta(hours=r.uniform(8, 11))
                if t.hour >= 17:
                    t = t.replace(hour=9) + timedelta(days=1)
        elif kind == "one_unhappy":
            c = unhappy[0]
            t = f.at(r.randrange(3, 5), r.uniform(9, 15))
            e = f.add(
                c,
                t,
                "email",
                "message",
                f.say(W.B2B_PROBLEM[str(prob)], c),
                subject=W.SUBJECT_COMPLAINT[c.lang],
            )
            f.add(
                c,
                t + timedelta(minutes=30),
                "email",
                "message",
                f.say(W.CASE_OPENED, c, ref=ref),
                out=True,
                subject=W.SUBJECT_CASE[c.lang].format(ref=ref),
            )
            n = r.randrange(1, 6)
            c.truth.update(
                expected_rules=["detractor"],
                nps_given=True,
                nps=n,
                complaint_event_ids=[e],
                booking=ref,
                problem=prob,
                trouble_starts_at=iso(t),
                survey_event_id=f.add(
                    c,
                    t + timedelta(hours=2),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.at(r.randrange(2, 5), r.uniform(9, 15))
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.say(W.B2B_SUGGEST, c),
                    attrs={"page": "/portal/feedback"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=40),
                    "email",
                    "message",
                    f.say(W.MILD_A, c),
                    out=True,
                    subject="Lezzora Scuole",
                )
                c.truth.update(mild_event_id=e, trouble_starts_at=iso(t))
        f.accounts[acc] = a
    return f


B2B_PROB = W.B2B_PROBLEMS


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", day0(2026, 11, 2), 7, "a calm week and the planted incident", 8)
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in r.sample(range(6), r.randrange(1, 5)):
            f.happy(c, f.at(d, r.uniform(12, 19) if d == 5 else r.uniform(8, 20)))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=SILENCE)
        t = f.at(0, r.uniform(9, 17))
        g = f.add(c, t, "chat", "chat", f.say(W.GRUMBLE, c))
        f.add(c, t + timedelta(minutes=4), "chat", "chat", f.say(W.MILD_A, c), out=True)
        c.truth.update(grumble_event_id=g, trouble_starts_at=iso(t))
    for lang, hour in (("it", 9.67), ("es", 16.08)):
        c = f.person("grumbles_once", "lone question", tolerated=SILENCE, lang=lang)
        t = f.at(4, hour)
        e = f.add(c, t, "chat", "chat", f.say(W.LONE_Q, c))
        f.add(c, t + timedelta(minutes=5), "chat", "chat", f.say(W.LONE_A, c), out=True)
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    langs = ["it"] * 6 + ["es"] * 6 + ["en"] * 2 + ["fr"] * 2 + ["de"] * 2 + ["pt"] * 2
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    s0 = f.at(5, 9 + 25 / 60)
    offs = sorted([0.0, 45.0] + [r.uniform(1, 44) for _ in range(18)])
    keys, eids, reps = [], [], []
    for i in range(20):
        regular = i < 12
        c = f.person(
            "spike_reporter", "regular" if regular else "new", tolerated=SILENCE, lang=langs[i]
        )
        if regular:
            f.happy(c, f.at(2, r.uniform(8, 17.5)))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.say(W.SPIKE, c)
        if ch == "social":
            e = f.add(c, t, "social", "mention", "@Lezzora " + text)
        elif ch == "community":
            e = f.add(c, t, "community", "post", text)
        elif ch == "email":
            e = f.add(
                c,
                t,
                "email",
                "message",
                text,
                subject=W.SUBJECT_COMPLAINT[c.lang] + ": " + W.SPIKE_CODE,
            )
        elif ch == "web":
            e = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        else:
            e = f.add(c, t, "chat", "chat", text)
            f.add(c, t + timedelta(minutes=2), "chat", "chat", f.say(W.SPIKE_CHAT_A, c), out=True)
        keys.append(c.key)
        eids.append(e)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        if i < 12 and i % 2 == 0:
            ch2 = {
                "chat": "email",
                "email": "chat",
                "social": "community",
                "community": "chat",
                "web": "email",
            }[ch]
            t2 = t + timedelta(minutes=r.uniform(12, 50))
            text2 = f.say(W.SPIKE_AGAIN, c)
            e2 = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                text2,
                subject=W.SUBJECT_COMPLAINT[c.lang] + ": " + W.SPIKE_CODE
                if ch2 == "email"
                else None,
            )
            reps.append(e2)
            c.truth.update(
                persona="spike_repeater",
                expected_rules=["repeat_contact"],
                tolerated_rules=["sentiment_drop", "silence"],
                repeat_event_id=e2,
            )
        elif i % 3 == 1:
            f.add(
                c,
                f.at(5, 11.2 + r.uniform(0, 0.15)),
                "email",
                "message",
                f.say(W.SPIKE_FIXED, c),
                out=True,
                subject="Lezzora",
            )
            c.truth["agent_fixed"] = True
    assert len(reps) == 6, len(reps)
    f.spike = {
        "topic": "music-lesson app: online lesson rooms drop every pupil after about two minutes, error "
        + W.SPIKE_CODE,
        "about": "the planted incident of heldout230",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


def main() -> None:
    plan: tuple[tuple[Callable[[], Fam], dict[str, int]], ...] = (
        (happy_writers, {}),
        (one_bad_day, {"detractor": 6}),
        (repeat_contacts, {"repeat_contact": 12}),
        (slow_churners, {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}),
        (quiet_hours, {}),
        (bilingual, {"repeat_contact": 5, "sentiment_drop": 5}),
        (b2b_accounts, {"account_risk": 5, "detractor": 16, "repeat_contact": 5}),
        (topic_spike, {"topic_spike": 1, "repeat_contact": 6}),
    )
    tot = [0, 0, 0]
    for build, expected in plan:
        fam = build()
        n = fam.write(dict(expected))
        print(fam.name, *n)
        tot = [a + b for a, b in zip(tot, n, strict=True)]
    print("total", *tot)


if __name__ == "__main__":
    main()
