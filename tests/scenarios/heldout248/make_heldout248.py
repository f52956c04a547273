"""Generate heldout248 (Distendo, massage at home), blind. Standard library only.

Run: python make_heldout248.py (from anywhere). Two runs give the same bytes.
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

SEED = 20261024
PHONES = {
    "FR": ("+33", ["6", "7"], 8),
    "BE": ("+32", ["47", "48"], 7),
    "CH": ("+41", ["76", "78", "79"], 7),
    "LU": ("+352", ["621", "691"], 6),
    "DE": ("+49", ["151", "160", "176"], 8),
    "AT": ("+43", ["664", "676"], 7),
    "UK": ("+44", ["7"], 9),
    "IE": ("+353", ["85", "87"], 7),
    "IT": ("+39", ["33", "34"], 8),
    "PT": ("+351", ["91", "93", "96"], 7),
    "ES": ("+34", ["6"], 8),
}
SOURCES = {
    "email": "distendo-mail",
    "phone": "distendo-voice",
    "social": "distendo-social",
    "community": "distendo-forum",
    "chat": "distendo-chat",
    "web": "distendo-web",
    "survey": "distendo-survey",
}
AGENTS = ["Maëlle", "Jonas", "Aoife", "Ilaria", "Duarte", "Carla"]
USED: set[str] = set()
LANG_W = ["fr"] * 30 + ["de"] * 30 + ["en"] * 10 + ["it"] * 10 + ["pt"] * 10 + ["es"] * 10


def strip_accents(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    out = []
    for ch in text:
        if ch in "ßñ":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, str | None]
    truth: dict[str, Any]


@dataclass
class Row:
    when: datetime
    seq: int
    cust: Cust
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

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def t(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def uniq(self, make: Any) -> str:
        while True:
            value = str(make())
            if value.lower() not in USED:
                USED.add(value.lower())
                return value

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        domain: str | None = None,
        market: str | None = None,
    ) -> Cust:
        r = self.rng
        lang = lang or r.choice(LANG_W)
        market = market or r.choice(W.MARKETS[lang])
        first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
        key = self.uniq(lambda: f"DS{self.code}{r.randint(1000, 9999)}")
        base = strip_accents(f"{first}.{last}".lower()).replace(" ", "")
        dom = domain or r.choice(
            ["mailbox.example", "posteo.example", "inbox.example", "webmail.example"]
        )
        email = self.uniq(lambda: f"{base}{r.randint(1, 99)}@{dom}")
        cc, pre, n = PHONES[market]
        phone = self.uniq(
            lambda: cc + r.choice(pre) + "".join(str(r.randint(0, 9)) for _ in range(n))
        )
        handle = (
            None
            if account
            else self.uniq(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{base.replace('.', '_')}{r.randint(1, 99)}",
                            f"{first[0]}{last}".lower(),
                            f"{last}_{first}".lower(),
                        ]
                    )
                )
            )
        )
        if handle:
            handle = strip_accents(handle)
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email.lower(),
            "phone": phone,
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
            "town": r.choice(W.TOWNS[market]),
        }
        c = Cust(key, lang, market, ids, truth)
        self.custs[key] = c
        return c

    def w(self, table: dict[str, list[str]], lang: str, **kw: str) -> str:
        return self.rng.choice(table[lang]).format(**kw)

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
    ) -> str:
        eid = f"h248-{self.code.lower()}-{len(self.rows) + 1:05d}"
        a = {"market": c.market}
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text is not None and channel == "social" and not out:
            if "Distendo" in text:
                i = text.rfind("Distendo")
                text = text[:i] + "@" + text[i:]
            else:
                text = "@Distendo " + text
        self.rows.append(
            Row(when, len(self.rows), c, channel, kind, out, text, subject, scores or {}, a, eid)
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
            idx = [i for i, wd in enumerate(words) if len(wd) > 4 and wd.isalpha() and wd.islower()]
            if idx:
                i = r.choice(idx)
                wd = words[i]
                j = r.randint(1, len(wd) - 3)
                words[i] = wd[:j] + wd[j + 1] + wd[j] + wd[j + 2 :]
                text = " ".join(words)
        return text

    # ---------------------------------------------------------- acts --
    def happy(self, c: Cust, when: datetime, kinds: str = "pqfbvr") -> None:
        r, lang = self.rng, c.lang
        k = r.choice(kinds)
        if k == "p":
            table = r.choice([W.PRAISE, W.PRAISE, W.PRAISE_AGAIN, W.PRAISE_GRIPE])
            ch = r.choice(["social", "community"])
            self.add(c, when, ch, "mention" if ch == "social" else "post", self.w(table, lang))
        elif k == "q":
            self.add(c, when, "chat", "chat", self.w(W.QUESTION, lang))
            self.add(
                c,
                when + timedelta(minutes=r.randint(1, 6)),
                "chat",
                "chat",
                self.w(W.ANSWER, lang),
                out=True,
            )
            if r.random() < 0.6:
                self.add(
                    c,
                    when + timedelta(minutes=r.randint(7, 12)),
                    "chat",
                    "chat",
                    self.w(W.THANKS, lang),
                )
        elif k == "f":
            self.add(c, when, "phone", "call", self.w(W.PHONE_Q, lang))
            self.add(
                c,
                when + timedelta(minutes=r.randint(15, 50)),
                "email",
                "message",
                self.w(W.FOLLOWUP, lang),
                subject="Distendo",
                out=True,
            )
        elif k == "b":
            prod, price = r.choice(W.PRODUCTS)
            page = r.choice(W.PAGES)
            self.add(c, when, "web", "page_view", attrs={"page": page})
            self.add(
                c,
                when + timedelta(minutes=r.randint(3, 15)),
                "web",
                "purchase",
                attrs=self.price(c, prod, price, page),
            )
        elif k == "v":
            self.add(c, when, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        else:
            self.add(
                c,
                when,
                "web",
                "review",
                self.w(W.REVIEW, lang),
                attrs={"rating": str(r.choice([4, 5, 5])), "page": "/reviews"},
            )

    def price(self, c: Cust, prod: str, price: int, page: str) -> dict[str, str]:
        cur, val = "EUR", float(price)
        if c.market == "UK":
            cur, val = "GBP", price * 0.86
        elif c.market == "CH":
            cur, val = "CHF", price * 0.94
        return {"order_value": f"{val:.2f}", "currency": cur, "product": prod, "page": page}

    def survey(self, c: Cust, when: datetime, kind: str, value: int, word: str = "") -> str:
        return self.add(
            c,
            when,
            "survey",
            "survey_response",
            word or None,
            scores={kind: value},
            attrs={"survey": kind},
        )

    def day_time(self, day: int, lo: float = 8.0, hi: float = 20.0) -> datetime:
        return self.t(day, self.rng.uniform(lo, hi))

    def ref(self) -> str:
        r = self.rng
        return self.uniq(lambda: f"DST-{r.randint(1000, 9999)}-{r.choice('KLMNPRTVX')}")

    def complaint(
        self, c: Cust, when: datetime, problem: str, channel: str, long: bool = False
    ) -> tuple[str, str | None]:
        lang = c.lang
        text = self.w(W.PROBLEM[problem], lang)
        subj = W.COMPLAINT_SUBJ[lang] + W.PROBLEM_LABEL[problem][lang]
        if long and lang in W.LONG_EMAIL:
            text = self.w(W.LONG_EMAIL, lang, complaint=text[0].lower() + text[1:])
        kinds = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
            "community": "post",
        }
        if channel == "phone":
            text = text.replace(".", "").replace(",", "").replace("?", "").replace("!", "").lower()
        attrs = {"page": "/help/contact"} if channel == "web" else None
        eid = self.add(
            c,
            when,
            channel,
            kinds[channel],
            text,
            subject=subj if channel == "email" else None,
            attrs=attrs,
        )
        return eid, None

    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda x: (x.when, x.seq))
        seen: set[str] = set()
        out_lines = []
        for row in self.rows:
            c, ids = row.cust, row.cust.ids
            if row.out or (c.key not in seen and not row.out):
                ref = {k: v for k, v in ids.items() if v}
                if not row.out:
                    seen.add(c.key)
            else:
                ref = {}
                if row.channel == "phone":
                    p = str(ids["phone"])
                    cc = PHONES[c.market][0]
                    ref["phone"] = cc + " " + p[len(cc) :] if self.rough.random() < 0.5 else p
                elif row.channel in ("social", "community"):
                    if ids["handle"]:
                        h = str(ids["handle"])
                        ref["handle"] = h[1:] if self.rough.random() < 0.2 else h
                    else:
                        ref["email"] = str(ids["email"])
                elif row.channel == "email":
                    e = str(ids["email"])
                    ref["email"] = e.upper() if self.rough.random() < 1 / 12 else e
                else:
                    ref["customer_id"] = c.key
                if ids["account_id"]:
                    ref["account_id"] = str(ids["account_id"])
            tp = {
                "event_id": row.eid,
                "occurred_at": row.when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": row.channel,
                "kind": row.kind,
                "direction": "outbound" if row.out else "inbound",
                "customer": {
                    k: ref.get(k) for k in ("customer_id", "email", "phone", "handle", "account_id")
                },
                "text": row.text,
                "subject": row.subject,
                "scores": {k: row.scores.get(k) for k in ("nps", "csat", "ces")},
                "source": SOURCES[row.channel],
                "attributes": row.attrs,
            }
            out_lines.append(json.dumps(tp, ensure_ascii=False))
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                assert rule not in c.truth["tolerated_rules"], c.key
        counted: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        if self.spike:
            counted["topic_spike"] = 1
        assert counted == expected, (self.name, counted, expected)
        last = self.rows[-1].when + timedelta(hours=1)
        end = max(self.start + timedelta(days=self.days), last)
        assert end < datetime(2026, 11, 15, tzinfo=UTC)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Distendo: massage at home by app and web, Distendo Plus membership; Distendo Work: chair-massage days for firms on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-07, blind",
                "expected": expected,
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out_lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


def happy_writers() -> None:
    f = Fam("happy_writers", "HW", 1, d(2026, 3, 2), 10, "happy customers only")
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for day in r.sample(range(10), r.randint(5, 8)):
            f.happy(c, f.day_time(day, 7, 19))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for day in r.sample(range(9), r.randint(2, 4)):
            when = (
                f.t(day, r.uniform(22.2, 23.9))
                if r.random() < 0.5
                else f.t(day + 1, r.uniform(0.1, 4.5))
            )
            if r.random() < 0.5:
                f.add(c, when, "social", "post", f.w(W.NIGHT_POST, c.lang))
            else:
                f.add(c, when, "chat", "chat", f.w(W.NIGHT_Q, c.lang))
                f.add(
                    c,
                    when + timedelta(minutes=r.randint(2, 6)),
                    "chat",
                    "chat",
                    f.w(W.NIGHT_ANSWER, c.lang),
                    out=True,
                )
                f.add(
                    c,
                    when + timedelta(minutes=r.randint(8, 12)),
                    "chat",
                    "chat",
                    f.w(W.THANKS, c.lang),
                )
        for day in r.sample(range(10), r.randint(2, 3)):
            f.happy(c, f.day_time(day, 9, 18), "pbvr")
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for day in r.sample(range(10), r.randint(3, 6)):
            kind = r.choice(["nps", "csat", "ces"])
            val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[kind]
            f.survey(c, f.day_time(day, 8, 20), kind, val, r.choice(W.SURVEY_WORD[c.lang]))
    f.write({})


def open_case(
    f: Fam, c: Cust, when: datetime, channel: str, ref: str, quality: bool = False
) -> str:
    r = f.rng
    if channel == "chat":
        return f.add(
            c,
            when + timedelta(minutes=r.randint(2, 6)),
            "chat",
            "chat",
            f.w(W.CASE_OPENED, c.lang, ref=ref),
            out=True,
        )
    if quality:
        return f.add(
            c,
            when + timedelta(minutes=r.randint(90, 150)),
            "email",
            "message",
            f.w(W.QUALITY_LEAD, c.lang, ref=ref),
            subject=W.RE_SUBJ[c.lang] + ref,
            out=True,
        )
    return f.add(
        c,
        when + timedelta(minutes=r.randint(10, 40)),
        "email",
        "message",
        f.w(W.CASE_OPENED, c.lang, ref=ref),
        subject=W.RE_SUBJ[c.lang] + ref,
        out=True,
    )


def morning(when: datetime) -> datetime:
    if when.hour >= 22:
        return when.replace(hour=8, minute=when.minute % 60) + timedelta(days=1)
    if when.hour < 7:
        return when.replace(hour=8)
    return when


PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]


def one_bad_day() -> None:
    f = Fam("one_bad_day", "BD", 2, d(2026, 4, 20), 12, "happy customers with one bad day")
    r = f.rng
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = PROBLEMS * 4
    r.shuffle(probs)
    with_case = []
    for i, ch in enumerate(chans):
        lang = ("fr" if i < 2 else "de") if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang=lang, tolerated=("silence",))
        bad_day = r.randint(2, 9)
        for day in r.sample(
            [x for x in range(12) if x <= bad_day - 2 or x >= bad_day + 3], r.randint(1, 5)
        ):
            f.happy(c, f.day_time(day, 8, 20), "pqbvr")
        when = f.day_time(bad_day, 8, 20)
        chan = "email" if ch == "long" else ch
        eid, _ = f.complaint(c, when, probs[i], chan, long=ch == "long")
        c.truth.update(
            problem=probs[i],
            bad_day_at=when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            bad_day_event_id=eid,
            trouble_starts_at=when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            long_email=ch == "long",
            channel=chan,
            booking=None,
        )
        if chan != "social":
            ref = f.ref()
            c.truth["booking"] = ref
            open_case(f, c, when, chan, ref)
            with_case.append((c, when, ref, chan))
    r.shuffle(with_case)
    for j, (c, when, ref, _chan) in enumerate(with_case):
        if j < 6:
            c.truth["persona"] = "bad_day_detractor"
            c.truth["expected_rules"] = ["detractor"]
            val = r.randint(1, 5)
            eid = f.survey(c, when + timedelta(minutes=r.randint(100, 140)), "nps", val)
            c.truth.update(nps_given=True, nps=val, survey_event_id=eid)
        elif j < 11:
            val = r.randint(1, 2)
            eid = f.survey(
                c,
                when + timedelta(minutes=r.randint(40, 80)),
                "csat",
                val,
                r.choice(["", "bof", "nul", "mies"]) if c.lang in ("fr", "de") else "",
            )
            c.truth.update(csat_given=True, csat=val, survey_event_id=eid)
        if 4 <= j < 16:
            gn = morning(when + timedelta(hours=r.uniform(1, 4)))
            f.add(
                c,
                gn,
                "email",
                "message",
                f.w(W.GOOD_NEWS, c.lang, ref=ref),
                subject=W.RE_SUBJ[c.lang] + ref,
                out=True,
            )
            c.truth["agent_fixed"] = True
            if j < 9:
                ap = morning(when + timedelta(hours=r.uniform(16, 24)))
                aid = f.add(c, ap, "chat", "chat", f.w(W.APOLOGY, c.lang))
                c.truth.update(
                    apologised=True,
                    apology_at=ap.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    apology_event_id=aid,
                )
    for _ in range(8):
        c = f.person("happy", "control")
        for day in r.sample(range(12), r.randint(4, 7)):
            f.happy(c, f.day_time(day, 8, 20))
    f.write({"detractor": 6})


def repeat_run(
    f: Fam, c: Cust, first: datetime, problem: str, times: int, quality: bool, first_chan: str
) -> None:
    r = f.rng
    ref = f.ref()
    eid, _ = f.complaint(c, first, problem, first_chan)
    open_case(f, c, first, first_chan, ref, quality=quality and first_chan != "chat")
    if quality and first_chan == "chat":
        open_case(f, c, first, "email", ref, quality=True)
    ids = [eid]
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_chan]
    r.shuffle(chans)
    when = first
    comp = None
    for k in range(1, times):
        when = morning(when + timedelta(hours=r.uniform(4, 40)))
        ch = chans[k - 1]
        if k == 2:
            comp = r.choice(W.COMPETITORS)
            text = f.w(W.THIRD, c.lang, ref=ref, comp=comp)
        elif k == 3:
            text = f.w(W.FOURTH, c.lang, ref=ref)
        else:
            text = f.w(W.REPEAT_LATER, c.lang, ref=ref)
        if ch == "phone":
            text = (
                text.replace(".", "")
                .replace(",", "")
                .replace("?", "")
                .lower()
                .replace(ref.lower(), ref)
            )
        kinds = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }
        e2 = f.add(
            c,
            when,
            ch,
            kinds[ch],
            text,
            subject=W.RE_SUBJ[c.lang] + ref if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        ids.append(e2)
        if ch == "chat":
            f.add(
                c,
                when + timedelta(minutes=r.randint(2, 6)),
                "chat",
                "chat",
                f.w(W.URGENT, c.lang, ref=ref),
                out=True,
            )
    c.truth.update(
        problem=problem,
        booking=ref,
        contacts=times,
        problem_event_ids=ids,
        competitor=comp,
        agent_passed_on=quality,
        trouble_starts_at=first.strftime("%Y-%m-%dT%H:%M:%SZ"),
        channel=first_chan,
    )


def fixed_run(f: Fam, c: Cust, first: datetime, problem: str, chan: str) -> dict[str, Any]:
    r = f.rng
    ref = f.ref()
    eid, _ = f.complaint(c, first, problem, chan)
    open_case(f, c, first, chan, ref)
    fixed = morning(first + timedelta(hours=r.uniform(3, 20)))
    f.add(
        c,
        fixed,
        "email",
        "message",
        f.w(W.GOOD_NEWS, c.lang, ref=ref),
        subject=W.RE_SUBJ[c.lang] + ref,
        out=True,
    )
    conf = morning(fixed + timedelta(hours=r.uniform(8, 30)))
    cch = r.choice(["email", "chat"])
    cid = f.add(
        c,
        conf,
        cch,
        "message" if cch == "email" else "chat",
        f.w(W.CONFIRM, c.lang, ref=ref),
        subject=W.RE_SUBJ[c.lang] + ref if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": first.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "fixed_at": fixed.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "confirmed_at": conf.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": chan,
        "confirm_channel": cch,
    }


REPEAT_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def repeat_contacts() -> None:
    f = Fam("repeat_contacts", "RC", 3, d(2026, 6, 8), 10, "repeat contacts and controls")
    r = f.rng
    times = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    for i in range(12):
        c = f.person(
            "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=REPEAT_TOL
        )
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.day_time(0, 7, 12), "pqbv")
        repeat_run(
            f,
            c,
            f.day_time(r.randint(1, 4), 8, 19),
            r.choice(PROBLEMS),
            times[i],
            i % 2 == 0,
            firsts[i],
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=("silence",))
        f.happy(c, f.day_time(0, 8, 12))
        case = fixed_run(
            f,
            c,
            f.day_time(r.randint(1, 4), 8, 19),
            r.choice(PROBLEMS),
            r.choice(["email", "web", "chat"]),
        )
        c.truth.update(problems=[case], trouble_starts_at=case["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=("silence",))
        p1, p2 = r.sample(PROBLEMS, 2)
        day = r.randint(0, 1)
        c1 = fixed_run(f, c, f.day_time(day, 8, 19), p1, "web")
        c2 = fixed_run(f, c, f.day_time(day + r.randint(4, 5), 8, 19), p2, "email")
        c.truth.update(problems=[c1, c2], trouble_starts_at=c1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for day in r.sample(range(10), r.randint(5, 8)):
            f.happy(c, f.day_time(day, 8, 20), "qqqfp")
    f.write({"repeat_contact": 12})


SLIDE_TOL = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def slide(
    f: Fam, c: Cust, start_day: int, span: int, praise_days: list[int], alt: str | None = None
) -> datetime:
    r = f.rng
    for day in praise_days:
        lang = c.lang if alt is None or day % 2 == 0 else alt
        f.add(
            c,
            f.day_time(day, 8, 20),
            r.choice(["social", "community"]),
            "post",
            f.w(W.PRAISE, lang),
        )
    ids = []
    comp = r.choice(W.COMPETITORS)
    when = f.day_time(start_day, 8, 18)
    fourth = when
    for k in range(6):
        if k:
            when = morning(when + timedelta(hours=max(1.0, span * 24 / 5 * r.uniform(0.6, 1.2))))
        lang = c.lang if alt is None or k % 2 == 0 else alt
        ch = r.choice(["social", "community", "review"])
        text = f.w(W.SLIDE[k], lang, comp=comp)
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    when,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, when, ch, "mention" if ch == "social" else "post", text))
        if k == 3:
            fourth = when
    c.truth.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=f.rows[-6].when.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    return fourth


def slow_churners() -> None:
    f = Fam("slow_churners", "SC", 4, d(2026, 7, 6), 32, "slow churners, leavers and controls")
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        exp = ("sentiment_drop", "detractor") if i < 5 else ("sentiment_drop",)
        c = f.person("slow_churner", "slides", expected=exp, tolerated=SLIDE_TOL)
        days = sorted(r.sample(range(11), r.randint(4, 5)))
        for day in r.sample([x for x in range(11) if x not in days], r.randint(2, 4)):
            f.happy(c, f.day_time(day, 8, 20), "qbv")
        fourth = slide(f, c, r.randint(12, 16), spans[i], days)
        if i < 5:
            val = r.randint(1, 5)
            eid = f.survey(c, morning(fourth + timedelta(hours=r.uniform(2.5, 3.5))), "nps", val)
            c.truth.update(nps_given=True, nps=val, survey_event_id=eid)
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        for day in r.sample(range(15), r.randint(4, 6)):
            f.happy(c, f.day_time(day, 8, 20))
        when = f.day_time(r.randint(17, 23), 8, 19)
        eid = f.add(c, when, "email", "message", f.w(W.LEAVE, c.lang), subject="Distendo Plus")
        f.add(
            c,
            morning(when + timedelta(hours=r.uniform(1, 5))),
            "email",
            "message",
            f.w(W.SORRY_GO, c.lang),
            subject="RE: Distendo Plus",
            out=True,
        )
        cw = morning(when + timedelta(hours=r.uniform(20, 30)))
        cid = f.add(
            c,
            cw,
            "web",
            "cancellation",
            attrs={
                "page": "/account/plus/cancel",
                "product": "Distendo Plus, monthly / Distendo Plus, mensuel",
            },
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=cw.strftime("%Y-%m-%dT%H:%M:%SZ"),
            trouble_starts_at=when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for day in r.sample(range(32), r.randint(6, 10)):
            f.happy(c, f.day_time(day, 8, 20))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        day = r.randint(0, 4)
        gids = []
        for _k in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web", "review"])
            text = f.w(W.GRUMBLE, c.lang)
            when = f.day_time(day, 8, 20)
            if ch == "review":
                gids.append(
                    f.add(c, when, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                gids.append(f.add(c, when, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                gids.append(f.add(c, when, ch, "mention" if ch == "social" else "post", text))
            day += r.randint(1, 3)
        c.truth.update(
            grumble_event_ids=gids,
            trouble_starts_at=f.rows[-len(gids)].when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        for day in r.sample(range(17), r.randint(3, 6)):
            f.happy(c, f.day_time(day, 8, 20))
        sid = f.add(
            c, f.day_time(r.randint(17, 28), 9, 20), "social", "mention", f.w(W.SARCASM, c.lang)
        )
        c.truth["sarcasm_event_id"] = sid
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam("quiet_hours", "QH", 5, d(2026, 8, 14), 3, "a calm weekend with night owls")
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for day in r.sample(range(3), r.randint(1, 3)):
            f.happy(c, f.day_time(day, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        when = f.day_time(r.randint(0, 2), 9, 17)
        f.add(c, when, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        g = when + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            gid = f.add(c, g, "chat", "chat", f.w(W.MILD, c.lang))
            f.add(
                c,
                g + timedelta(minutes=r.randint(2, 6)),
                "chat",
                "chat",
                f.w(W.MILD_ACK, c.lang),
                out=True,
            )
        else:
            gid = f.add(c, g, "web", "ticket", f.w(W.MILD, c.lang), attrs={"page": "/help/contact"})
            f.add(
                c,
                g + timedelta(minutes=r.randint(15, 40)),
                "email",
                "message",
                f.w(W.MILD_ACK, c.lang),
                subject="Distendo",
                out=True,
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=g.strftime("%Y-%m-%dT%H:%M:%SZ"))
    owl = 0
    for night in range(3):
        b0 = f.t(night + 1, r.uniform(0.67, 1.08))
        for b, off in enumerate([0, r.uniform(28, 33), r.uniform(55, 65)]):
            start = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                when = start + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    nid = f.add(c, when, "social", "post", f.w(W.NIGHT_POST, c.lang))
                else:
                    nid = f.add(c, when, "chat", "chat", f.w(W.NIGHT_Q, c.lang))
                    f.add(
                        c,
                        when + timedelta(minutes=r.randint(2, 6)),
                        "chat",
                        "chat",
                        f.w(W.NIGHT_ANSWER, c.lang),
                        out=True,
                    )
                    f.add(
                        c,
                        when + timedelta(minutes=r.randint(7, 12)),
                        "chat",
                        "chat",
                        f.w(W.THANKS, c.lang),
                    )
                c.truth.update(burst_at=start.strftime("%Y-%m-%dT%H:%M:%SZ"), night_event_id=nid)
                if owl % 2 == 0:
                    f.happy(c, f.day_time(r.randint(0, 2), 9, 17.5), "pbv")
                owl += 1
    f.write({})


def bilingual() -> None:
    f = Fam("bilingual", "BL", 6, d(2026, 9, 7), 14, "customers writing in two languages")
    r = f.rng
    pairs = [("fr", "de"), ("de", "fr")] * 4 + [
        ("fr", "en"),
        ("de", "en"),
        ("fr", "it"),
        ("de", "it"),
        ("fr", "es"),
        ("de", "pt"),
        ("it", "fr"),
        ("en", "de"),
        ("pt", "fr"),
        ("es", "de"),
        ("it", "de"),
        ("en", "fr"),
        ("fr", "pt"),
        ("de", "es"),
        ("es", "fr"),
        ("pt", "de"),
        ("de", "fr"),
        ("fr", "de"),
        ("de", "en"),
    ]
    markets = {"fr": "CH", "de": "CH", "en": "IE", "it": "CH", "pt": "LU", "es": "ES"}

    def mk(
        i: int, persona: str, habit: str, exp: tuple[str, ...] = (), tol: tuple[str, ...] = ()
    ) -> tuple[Cust, str]:
        a, b = pairs[i]
        m = (
            "BE"
            if {a, b} == {"fr", "de"} and i % 3 == 0
            else markets[a]
            if a != "fr"
            else r.choice(["CH", "BE", "LU"])
        )
        c = f.person(persona, habit, lang=a, expected=exp, tolerated=tol, market=m)
        c.truth.update(
            languages=[a, b],
            job_second_language=r.choice(
                ["works across the border", "partner's language", "grew up with both"]
            ),
        )
        return c, b

    i = 0
    for _ in range(12):
        c, b = mk(i, "happy", "alternates languages")
        i += 1
        for k, day in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            lang = c.lang if k % 2 == 0 else b
            c.lang = lang
            f.happy(c, f.day_time(day, 8, 20))
        c.lang = c.truth["language"]
    for j in range(5):
        c, b = mk(i, "repeat_contact", "repeats", ("repeat_contact",), REPEAT_TOL)
        i += 1
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.day_time(r.randint(0, 1), 8, 18), "pqbv")
        n = [2, 2, 3, 3, 4][j]
        first = f.day_time(r.randint(2, 5), 8, 18)
        ref = f.ref()
        eid, _ = f.complaint(c, first, PROBLEMS[j], "email")
        open_case(f, c, first, "email", ref, quality=n >= 3)
        ids = [eid]
        when = first
        chans = ["chat", "phone", "web"]
        comp = None
        for k in range(1, n):
            when = morning(when + timedelta(hours=r.uniform(4, 40)))
            lang = b if k % 2 == 1 else c.lang
            if k == 2:
                comp = r.choice(W.COMPETITORS)
                text = f.w(W.THIRD, lang, ref=ref, comp=comp)
            elif k == 3:
                text = f.w(W.FOURTH, lang, ref=ref)
            else:
                text = f.w(W.REPEAT_LATER, lang, ref=ref)
            ch = chans[k - 1]
            if ch == "phone":
                text = text.replace(".", "").replace(",", "").lower().replace(ref.lower(), ref)
            ids.append(
                f.add(
                    c,
                    when,
                    ch,
                    {"chat": "chat", "phone": "call", "web": "ticket"}[ch],
                    text,
                    attrs={"page": "/help/contact"} if ch == "web" else None,
                )
            )
            if ch == "chat":
                f.add(
                    c,
                    when + timedelta(minutes=r.randint(2, 6)),
                    "chat",
                    "chat",
                    f.w(W.URGENT, lang, ref=ref),
                    out=True,
                )
        c.truth.update(
            problem=PROBLEMS[j],
            booking=ref,
            contacts=n,
            problem_event_ids=ids,
            competitor=comp,
            agent_passed_on=n >= 3,
            trouble_starts_at=first.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    for _ in range(5):
        c, b = mk(i, "slow_churner", "slides", ("sentiment_drop",), SLIDE_TOL)
        i += 1
        for day in r.sample(range(6), r.randint(1, 3)):
            f.happy(c, f.day_time(day, 8, 20), "qbv")
        slide(f, c, r.randint(7, 8), r.choice([3, 4, 5]), [0, 1, 2, 4, 5], alt=b)
    for j in range(3):
        c, b = mk(i, "happy_one_bad_day", "one bad day", tol=("silence",))
        i += 1
        for day in r.sample(range(4), 2):
            f.happy(c, f.day_time(day, 8, 20))
        when = f.day_time(r.randint(6, 10), 9, 18)
        c.lang = "de" if j == 0 else b
        chan = "chat" if j == 2 else "email"
        eid, _ = f.complaint(c, when, PROBLEMS[j + 2], chan, long=j == 0)
        ref = f.ref()
        open_case(f, c, when, chan, ref)
        if chan == "email":
            f.add(
                c,
                morning(when + timedelta(hours=r.uniform(1, 4))),
                "email",
                "message",
                f.w(W.GOOD_NEWS, c.lang, ref=ref),
                subject=W.RE_SUBJ[c.lang] + ref,
                out=True,
            )
        else:
            f.add(
                c,
                morning(when + timedelta(hours=r.uniform(18, 24))),
                "chat",
                "chat",
                f.w(W.APOLOGY, c.lang),
            )
        c.truth.update(
            bad_day_at=when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            bad_day_event_id=eid,
            bad_day_language=c.lang,
            booking=ref,
            problem=PROBLEMS[j + 2],
            trouble_starts_at=when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            long_email=j == 0,
        )
        c.lang = c.truth["language"]
    for _ in range(2):
        c, b = mk(i, "resolved_between_contacts", "fixed", tol=("silence",))
        i += 1
        f.happy(c, f.day_time(0, 8, 18))
        case = fixed_run(f, c, f.day_time(r.randint(2, 6), 9, 17), r.choice(PROBLEMS), "web")
        c.truth.update(problems=[case], trouble_starts_at=case["raised_at"], confirm_language=b)
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam("b2b_accounts", "BB", 7, d(2026, 9, 28), 14, "company accounts of Distendo Work")
    r = f.rng
    specs: list[tuple[str, str, str, int, int, str | None]] = [
        ("at_risk", "DE", "de", 5, 3, "portal"),
        ("at_risk", "FR", "fr", 4, 3, "invoice"),
        ("at_risk", "AT", "de", 6, 4, "overbilled"),
        ("at_risk", "BE", "fr", 5, 3, "service_blocked"),
        ("at_risk", "ES", "es", 6, 4, "invoice"),
        ("one_unhappy", "DE", "de", 3, 1, "service_blocked"),
        ("one_unhappy", "FR", "fr", 3, 1, "overbilled"),
        ("one_unhappy", "IT", "it", 3, 1, "portal"),
        ("one_unhappy", "CH", "de", 3, 1, "invoice"),
        ("mild", "FR", "fr", 4, 0, None),
        ("mild", "PT", "pt", 3, 0, None),
        ("mild", "DE", "de", 4, 0, None),
        ("happy", "UK", "en", 3, 0, None),
        ("happy", "FR", "fr", 4, 0, None),
        ("happy", "DE", "de", 3, 0, None),
    ]
    sites = [
        "insurance",
        "software",
        "bank",
        "logistics",
        "hospital",
        "law firm",
        "call centre",
        "school",
        "university",
        "municipality",
        "factory",
        "retail",
        "agency",
        "hotel",
        "newsroom",
    ]
    b2b_tol = (
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
        "account_risk",
    )
    for n, (kind, market, lang, ncont, nunh, prob) in enumerate(specs):
        acc = f.uniq(lambda m=market: f"DSW-{m}-{r.randint(1000, 9999)}")
        company = f"{r.choice(['Alster', 'Rhône', 'Keller', 'Vasco', 'Orbis', 'Lumen', 'Brixen', 'Solano', 'Talis', 'Nordlicht', 'Cavour', 'Meridia', 'Hadley', 'Garonne', 'Mosel'])} {sites[n].title()} {n + 1}"
        dom = f"{company.split()[0].lower()}{n + 1}.example"
        contacts: list[Cust] = []
        unhappy: list[Cust] = []
        for k in range(ncont):
            if kind == "at_risk" and k < nunh:
                last = k == nunh - 1
                exp = ("repeat_contact",) if last else ("detractor",)
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang=lang,
                    expected=exp,
                    tolerated=b2b_tol,
                    account=acc,
                    domain=dom,
                    market=market,
                )
                c.truth["role"] = "complainer"
                unhappy.append(c)
            elif kind == "one_unhappy" and k == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang=lang,
                    expected=("detractor",),
                    tolerated=("sentiment_drop", "high_value_at_risk", "silence"),
                    account=acc,
                    domain=dom,
                    market=market,
                )
                c.truth["role"] = "complainer"
                unhappy.append(c)
            elif kind == "mild" and k < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang=lang,
                    tolerated=("silence",),
                    account=acc,
                    domain=dom,
                    market=market,
                )
                c.truth["role"] = "suggests"
            else:
                c = f.person(
                    "b2b_happy", "contact", lang=lang, account=acc, domain=dom, market=market
                )
                c.truth["role"] = "contact"
            c.truth.update(
                company=company,
                job_title=r.choice(
                    [
                        "Office Manager",
                        "HR Business Partner",
                        "Facilities Lead",
                        "People & Culture",
                        "Procurement",
                    ]
                ),
            )
            contacts.append(c)
        for c in contacts:
            role = c.truth["role"]
            if role == "contact":
                for day in r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(2, 5)):
                    when = f.day_time(day, 8, 16.5)
                    x = r.choice("qbvps")
                    if x == "q":
                        f.add(c, when, "chat", "chat", f.w(W.B2B_QUESTION, c.lang))
                        f.add(
                            c,
                            when + timedelta(minutes=r.randint(1, 6)),
                            "chat",
                            "chat",
                            f.w(W.B2B_ANSWER, c.lang),
                            out=True,
                        )
                        f.add(
                            c,
                            when + timedelta(minutes=r.randint(7, 12)),
                            "chat",
                            "chat",
                            f.w(W.THANKS, c.lang),
                        )
                    elif x == "b":
                        prod, price = r.choice(W.B2B_PRODUCTS)
                        f.add(c, when, "web", "page_view", attrs={"page": "/work/book-a-day"})
                        f.add(
                            c,
                            when + timedelta(minutes=r.randint(3, 12)),
                            "web",
                            "purchase",
                            attrs=f.price(c, prod, price, "/work/book-a-day"),
                        )
                    elif x == "v":
                        f.add(c, when, "web", "page_view", attrs={"page": r.choice(W.B2B_PAGES)})
                    elif x == "p":
                        f.add(c, when, "community", "post", f.w(W.B2B_PRAISE, c.lang))
                    else:
                        sk = r.choice(["nps", "csat", "ces"])
                        f.survey(
                            c,
                            when,
                            sk,
                            {
                                "nps": r.randint(9, 10),
                                "csat": r.randint(4, 5),
                                "ces": r.randint(6, 7),
                            }[sk],
                        )
            else:
                for _ in range(r.randint(0, 2)):
                    f.add(
                        c,
                        f.day_time(r.randint(0, 1), 8, 16.5),
                        "web",
                        "page_view",
                        attrs={"page": r.choice(W.B2B_PAGES)},
                    )
        acct: dict[str, Any] = {
            "company": company,
            "site": sites[n],
            "contacts": ncont,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": nunh,
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
            assert prob is not None
            ref = f.ref()
            when = f.t(2, r.uniform(8, 11))
            acct["trouble_starts_at"] = when.strftime("%Y-%m-%dT%H:%M:%SZ")
            first_name = unhappy[0].truth["name"].split()[0]
            for k, c in enumerate(unhappy):
                text = f.w(W.B2B_PROBLEM[prob], lang)
                if k:
                    when = when + timedelta(hours=r.uniform(8, 28))
                    while when.weekday() >= 5 or not 8 <= when.hour < 17:
                        when = (when + timedelta(days=1)).replace(hour=8, minute=r.randint(0, 50))
                    dayname = W.WEEKDAY[lang][unhappy[0].truth["_first"].weekday()]
                    text = f.w(
                        W.B2B_LATER, lang, first=first_name, day=dayname, ref=ref, complaint=text
                    )
                eid = f.add(
                    c,
                    when,
                    "email",
                    "message",
                    text,
                    subject=W.COMPLAINT_SUBJ[lang] + W.B2B_LABEL[prob][lang],
                )
                c.truth["_first"] = when
                if k == 0:
                    f.add(
                        c,
                        when + timedelta(minutes=r.randint(30, 90)),
                        "email",
                        "message",
                        f.w(W.B2B_ACK, lang, ref=ref),
                        subject=W.RE_SUBJ[lang] + ref,
                        out=True,
                    )
                c.truth.update(
                    problem=prob,
                    booking=ref,
                    complaint_event_ids=[eid],
                    trouble_starts_at=when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                )
                if k < len(unhappy) - 1:
                    val = r.randint(1, 5)
                    sid = f.survey(c, when + timedelta(hours=r.uniform(1, 3)), "nps", val)
                    c.truth.update(nps_given=True, nps=val, survey_event_id=sid)
                else:
                    w2 = when + timedelta(hours=r.uniform(18, 40))
                    while w2.weekday() >= 5 or not 8 <= w2.hour < 17:
                        w2 = (w2 + timedelta(days=1)).replace(hour=9, minute=r.randint(0, 50))
                    if n == 1:
                        comp = r.choice(W.COMPETITORS)
                        e2 = f.add(
                            c,
                            w2,
                            "email",
                            "message",
                            f.w(W.B2B_LAST_EMAIL, lang, ref=ref, comp=comp),
                            subject=W.RE_SUBJ[lang] + ref,
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(c, w2, "phone", "call", f.w(W.B2B_LAST_CALL, lang, ref=ref))
                    c.truth["complaint_event_ids"].append(e2)
            for c in unhappy:
                c.truth.pop("_first", None)
        elif kind == "one_unhappy":
            assert prob is not None
            c = unhappy[0]
            ref = f.ref()
            when = f.t(r.randint(3, 4) if n % 2 else r.randint(7, 9), r.uniform(8, 16))
            eid = f.add(
                c,
                when,
                "email",
                "message",
                f.w(W.B2B_PROBLEM[prob], lang),
                subject=W.COMPLAINT_SUBJ[lang] + W.B2B_LABEL[prob][lang],
            )
            f.add(
                c,
                when + timedelta(minutes=r.randint(30, 90)),
                "email",
                "message",
                f.w(W.B2B_ACK, lang, ref=ref),
                subject=W.RE_SUBJ[lang] + ref,
                out=True,
            )
            val = r.randint(1, 5)
            sid = f.survey(c, when + timedelta(hours=r.uniform(1, 3)), "nps", val)
            c.truth.update(
                problem=prob,
                booking=ref,
                complaint_event_ids=[eid],
                nps_given=True,
                nps=val,
                survey_event_id=sid,
                trouble_starts_at=when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            )
        elif kind == "mild":
            for c in contacts[:2]:
                when = f.t(r.choice([2, 3, 8, 9]), r.uniform(8, 16))
                mid = f.add(
                    c,
                    when,
                    "web",
                    "ticket",
                    f.w(W.B2B_SUGGEST, lang),
                    attrs={"page": "/work/portal/feedback"},
                )
                f.add(
                    c,
                    when + timedelta(minutes=r.randint(20, 90)),
                    "email",
                    "message",
                    f.w(W.MILD_ACK, lang),
                    subject="Distendo Work",
                    out=True,
                )
                c.truth.update(
                    mild_event_id=mid, trouble_starts_at=when.strftime("%Y-%m-%dT%H:%M:%SZ")
                )
        f.accounts[acc] = acct
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam("topic_spike", "TS", 8, d(2026, 10, 19), 7, "a calm week and one planted spike")
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for day in r.sample(range(6), r.randint(1, 4)):
            f.happy(c, f.day_time(day, 12, 19) if day == 5 else f.day_time(day, 8, 20))
    for lang in ("fr", "de"):
        c = f.person("grumbles_once", "grumbles once", lang=lang, tolerated=("silence",))
        when = f.day_time(0, 9, 17)
        gid = f.add(c, when, "chat", "chat", f.w(W.CALM_GRUMBLE, lang))
        f.add(
            c,
            when + timedelta(minutes=r.randint(2, 6)),
            "chat",
            "chat",
            f.w(W.MILD_ACK, lang),
            out=True,
        )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=when.strftime("%Y-%m-%dT%H:%M:%SZ"))
    for lang, hour in (("fr", 9.6), ("de", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=("silence",))
        when = f.t(4, hour)
        lid = f.add(c, when, "chat", "chat", f.w(W.LONE_Q, lang))
        f.add(
            c,
            when + timedelta(minutes=r.randint(2, 6)),
            "chat",
            "chat",
            f.w(W.LONE_A, lang),
            out=True,
        )
        c.truth.update(
            lone_report_event_id=lid, trouble_starts_at=when.strftime("%Y-%m-%dT%H:%M:%SZ")
        )
    langs = ["fr"] * 6 + ["de"] * 6 + ["en", "en", "it", "it", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    s0 = f.t(5, 9 + 40 / 60)
    offs = sorted([0.0, 45.0] + [r.uniform(1, 44) for _ in range(18)])
    reporters: list[tuple[Cust, datetime, str]] = []
    events = []
    for i in range(20):
        regular = i % 5 < 3
        c = f.person(
            "spike_reporter", "regular" if regular else "new", lang=langs[i], tolerated=("silence",)
        )
        if regular:
            for _ in range(r.randint(1, 2)):
                f.happy(c, f.t(2, r.uniform(8, 17.5)), "pqbv")
        when = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.w(W.SPIKE_REPORT, c.lang)
        kinds = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }
        eid = f.add(
            c,
            when,
            ch,
            kinds[ch],
            text,
            subject="Distendo" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                when + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                f.w(W.SPIKE_CHAT_ANSWER, c.lang),
                out=True,
            )
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        reporters.append((c, when, ch))
        events.append(eid)
    early = [x for x in reporters if x[1] <= s0 + timedelta(minutes=25)]
    repeats = []
    for c, when, ch in early[:6]:
        c.truth["persona"] = "spike_repeater"
        c.truth["expected_rules"] = ["repeat_contact"]
        c.truth["tolerated_rules"] = ["sentiment_drop", "silence"]
        ch2 = next(x for x in ["email", "chat", "community"] if x != ch)
        w2 = when + timedelta(minutes=r.uniform(15, 50))
        rid = f.add(
            c,
            w2,
            ch2,
            {"email": "message", "chat": "chat", "community": "post"}[ch2],
            f.w(W.SPIKE_REPEAT, c.lang),
            subject="Distendo" if ch2 == "email" else None,
        )
        c.truth["repeat_event_id"] = rid
        repeats.append(rid)
    others = [x for x in reporters if x[0].truth["persona"] == "spike_reporter"]
    for c, _when, _ch in others[:6]:
        local = {"UK": "12:30", "IE": "12:30", "PT": "12:30"}.get(c.market, "13:30")
        f.add(
            c,
            f.t(5, r.uniform(11.5, 11.8)),
            "email",
            "message",
            f.w(W.SPIKE_FIXED, c.lang, time=local),
            subject="Distendo",
            out=True,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "massage app applies every booking's therapist preference the wrong way round (error PRF-952); preference cannot be corrected",
        "about": "Saturday 24 October 2026, first reports 09:40-10:25 UTC, 20 reporters in six languages",
        "channel": None,
        "start": reporters[0][1].strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": reporters[-1][1].strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": [c.key for c, _w, _ch in reporters],
        "event_ids": events,
        "repeat_event_ids": repeats,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})


def main() -> None:
    USED.clear()
    happy_writers()
    one_bad_day()
    repeat_contacts()
    slow_churners()
    quiet_hours()
    bilingual()
    b2b_accounts()
    topic_spike()


if __name__ == "__main__":
    main()
