"""Builds heldout191/ (Calcelo), a hand-written alert set for reporting only.

Run as ``python make_heldout191.py`` from anywhere; standard library only.
"""

# ruff: noqa: E501

from __future__ import annotations

import itertools
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

SEED = 20261206
END_LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
MARKETS = {
    "fr": ["FR", "FR", "BE", "CH", "LU"],
    "en": ["UK", "UK", "IE"],
    "de": ["DE", "AT", "CH"],
    "it": ["IT", "IT", "CH"],
    "pt": ["PT"],
    "es": ["ES"],
}
PREFIX = {
    "FR": "+33 6",
    "BE": "+32 47",
    "CH": "+41 79",
    "LU": "+352 621",
    "UK": "+44 7",
    "IE": "+353 8",
    "DE": "+49 15",
    "AT": "+43 66",
    "IT": "+39 3",
    "PT": "+351 9",
    "ES": "+34 6",
}
FIRST = {
    "fr": [
        "Camille",
        "Julien",
        "Manon",
        "Hugo",
        "Léa",
        "Nicolas",
        "Chloé",
        "Mathieu",
        "Inès",
        "Bastien",
        "Élodie",
        "Yanis",
    ],
    "en": [
        "Olivia",
        "Harry",
        "Amelia",
        "Jack",
        "Isla",
        "Oscar",
        "Grace",
        "Liam",
        "Sophie",
        "Callum",
        "Niamh",
        "Ryan",
    ],
    "de": ["Lena", "Jonas", "Mia", "Felix", "Hannah", "Lukas"],
    "it": ["Giulia", "Luca", "Sofia", "Matteo", "Chiara", "Marco"],
    "pt": ["Beatriz", "João", "Inês", "Tiago", "Mariana", "Rui"],
    "es": ["Lucía", "Pablo", "Marta", "Javier", "Irene", "Diego"],
}
LAST = {
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fontaine"],
    "en": ["Smith", "Walsh", "Taylor", "Byrne", "Evans", "Murphy", "Hughes", "Kelly"],
    "de": ["Müller", "Schmidt", "Wagner", "Becker"],
    "it": ["Rossi", "Bianchi", "Ferrari", "Greco"],
    "pt": ["Silva", "Santos", "Ferreira", "Costa"],
    "es": ["García", "López", "Torres", "Navarro"],
}
LANG_WEIGHTS = [("fr", 30), ("en", 30), ("de", 10), ("it", 10), ("pt", 10), ("es", 10)]
SOURCE = {
    "email": "calcelo-mail",
    "phone": "calcelo-voice",
    "social": "calcelo-social",
    "community": "calcelo-forum",
    "chat": "calcelo-chat",
    "web": "calcelo-web",
    "survey": "calcelo-survey",
}

_IDS = itertools.count(1000)
_CASES = itertools.count(310400)


def plain(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
    )


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
class Row:
    seq: int
    at: datetime
    cust: Cust
    channel: str
    kind: str
    text: str | None
    out: bool
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]
    eid: str = ""


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
        self.rng = Random(SEED * 100 + self.n)
        self.rough = Random(SEED * 100 + 50 + self.n)

    # -- people --
    def lang(self) -> str:
        return self.rng.choices([lw[0] for lw in LANG_WEIGHTS], [lw[1] for lw in LANG_WEIGHTS])[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        market: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        lang = lang or self.lang()
        market = market or self.rng.choice(MARKETS[lang])
        num = next(_IDS)
        first = self.rng.choice(FIRST[lang])
        last = self.rng.choice(LAST[lang])
        key = f"CC{self.code}{num}"
        slug = plain(f"{first}.{last}").lower().replace(" ", "")
        email = f"{slug}{num}@{domain or self.rng.choice(['mail', 'post', 'inbox'])}.example"
        phone = f"{PREFIX[market]}{num:04d}{self.rng.randint(1000, 9999)}"
        handle = None if account else f"@{plain(last).lower()}_{plain(first).lower()}{num}"
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lang, market, f"{first} {last}", email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    # -- time --
    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(h0, h1))

    def day_only(self, t: datetime) -> datetime:
        if t.hour >= 22:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        elif t.hour < 7:
            t = t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    # -- words --
    def say(self, table: dict[str, list[str]], lang: str, **kw: str) -> str:
        text = self.rng.choice(table.get(lang) or table["fr"])
        kw.setdefault("b", w.BRAND)
        kw.setdefault("agent", w.AGENTS.get(lang, "Camille"))
        for k, v in kw.items():
            text = text.replace("{" + k + "}", v)
        return text

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, x in enumerate(words) if len(x) >= 5 and x.isalpha() and x.islower()]
            if idx:
                i = r.choice(idx)
                x = words[i]
                j = r.randint(1, len(x) - 3)
                words[i] = x[:j] + x[j + 1] + x[j] + x[j + 2 :]
                text = " ".join(words)
        if r.random() < 1 / 8 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 10:
            text = plain(text)
        return text

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
    ) -> Row:
        if t >= END_LIMIT:
            raise SystemExit(f"{self.name}: {t} past limit")
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text and channel == "social" and not out and "@" + w.BRAND not in text:
            text = (
                "@" + w.BRAND + " " + text
                if w.BRAND not in text
                else text.replace(w.BRAND, "@" + w.BRAND, 1)
            )
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = w.AGENTS[c.lang]
        a.update(attrs or {})
        row = Row(len(self.rows), t, c, channel, kind, text, out, subject, scores or {}, a)
        row.eid = f"h191-{self.code.lower()}-{len(self.rows) + 1:05d}"
        self.rows.append(row)
        return row

    def reply(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        table: dict[str, list[str]],
        lang: str | None = None,
        **kw: str,
    ) -> Row:
        kind = "chat" if channel == "chat" else "message"
        subj = (
            self.say(w.CASE_SUBJECT, lang or c.lang, case=kw["case"])
            if channel == "email" and "case" in kw
            else None
        )
        return self.add(
            c, t, channel, kind, self.say(table, lang or c.lang, **kw), out=True, subject=subj
        )

    def case(self) -> str:
        return f"CC-{next(_CASES)}"

    def low_score(self, c: Cust, t: datetime, sk: str, val: int, word: bool) -> Row:
        text = (self.say(w.LOW_SURVEY_WORD, c.lang) or None) if word else None
        r = self.add(
            c, t, "survey", "survey_response", text, scores={sk: val}, attrs={"survey": sk}
        )
        c.truth.update({f"{sk}_given": True, sk: val, "survey_event_id": r.eid})
        return r

    # -- happy acts --
    def happy(self, c: Cust, t: datetime, lang: str | None = None, surveys: bool = True) -> None:
        lang = lang or c.lang
        acts = ["praise", "gripe", "chat", "email", "phone", "buy", "view", "review", "again"]
        if surveys:
            acts.append("survey")
        act = self.rng.choice(acts)
        if act in ("praise", "again"):
            ch = "social" if c.handle and self.rng.random() < 0.6 else "community"
            self.add(c, t, ch, "post" if ch == "community" else "mention", self.say(w.PRAISE, lang))
        elif act == "gripe":
            self.add(
                c,
                t,
                "web",
                "review",
                self.say(w.PRAISE_GRIPE, lang),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif act == "chat":
            self.add(c, t, "chat", "chat", self.say(w.QUESTION, lang))
            t2 = t + timedelta(minutes=self.rng.randint(1, 6))
            self.reply(c, t2, "chat", w.ANSWER, lang)
            if self.rng.random() < 0.6:
                self.add(
                    c,
                    t2 + timedelta(minutes=self.rng.randint(1, 4)),
                    "chat",
                    "chat",
                    self.say(w.THANKS, lang),
                )
        elif act == "email":
            self.add(c, t, "email", "message", self.say(w.QUESTION, lang))
            self.reply(
                c,
                self.day_only(t + timedelta(minutes=self.rng.randint(30, 180))),
                "email",
                w.ANSWER,
                lang,
            )
        elif act == "phone":
            self.add(c, t, "phone", "call", self.say(w.PHONE_Q, lang))
            self.reply(c, t + timedelta(minutes=self.rng.randint(10, 40)), "email", w.ANSWER, lang)
        elif act == "buy":
            name, price = self.rng.choice(w.PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": "/shop"})
            cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(2, 9)),
                "web",
                "purchase",
                attrs={"order_value": price, "currency": cur, "product": name, "page": "/checkout"},
            )
        elif act == "view":
            self.add(
                c,
                t,
                "web",
                "page_view",
                attrs={"page": self.rng.choice(["/plus", "/salt", "/service", "/app"])},
            )
        elif act == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.say(w.PRAISE, lang),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            s = self.rng.choice(["nps", "csat", "ces"])
            val = {
                "nps": self.rng.randint(9, 10),
                "csat": self.rng.randint(4, 5),
                "ces": self.rng.randint(6, 7),
            }[s]
            word = self.say(w.SURVEY_WORD, lang)
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                word or None,
                scores={s: val},
                attrs={"survey": s},
            )

    def happy_days(
        self, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 20, lang_of: Any = None
    ) -> None:
        for i, d in enumerate(sorted(self.rng.sample(days, min(n, len(days))))):
            self.happy(c, self.at(d, h0, h1), lang_of(i) if lang_of else None)

    # -- output --
    def refs(self) -> None:
        self.rows.sort(key=lambda r: (r.at, r.seq))
        seen: set[str] = set()
        for r in self.rows:
            if not r.out and r.cust.key not in seen:
                r.attrs["_first"] = "1"
                seen.add(r.cust.key)

    def customer(self, r: Row) -> dict[str, Any]:
        c = r.cust
        full = r.out or r.attrs.pop("_first", "") == "1"
        ref: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
        elif r.channel == "phone":
            ref["phone"] = c.phone
        elif r.channel == "email":
            ref["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
        elif r.channel in ("social", "community"):
            if c.handle:
                ref["handle"] = c.handle if self.rough.random() > 0.2 else c.handle.lstrip("@")
            else:
                ref["email"] = c.email
        else:
            ref["customer_id"] = c.key
        return ref

    def write(self, expected: dict[str, int]) -> None:
        self.refs()
        lines = []
        for r in self.rows:
            cust = self.customer(r)
            lines.append(
                json.dumps(
                    {
                        "event_id": r.eid,
                        "occurred_at": r.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "channel": r.channel,
                        "kind": r.kind,
                        "direction": "outbound" if r.out else "inbound",
                        "customer": cust,
                        "text": r.text,
                        "subject": r.subject,
                        "scores": {
                            "nps": r.scores.get("nps"),
                            "csat": r.scores.get("csat"),
                            "ces": r.scores.get("ces"),
                        },
                        "source": SOURCE[r.channel],
                        "attributes": r.attrs,
                    },
                    ensure_ascii=False,
                )
            )
        counted: dict[str, int] = {}
        for c in self.custs.values():
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{c.key} expects and tolerates")
            for rule in c.truth["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        if self.spike:
            counted["topic_spike"] = 1
        if counted != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {counted}")
        last = self.rows[-1].at + timedelta(hours=1)
        end = max(self.start + timedelta(days=self.days), last)
        if end >= END_LIMIT:
            end = END_LIMIT - timedelta(minutes=1)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Calcelo: water softeners, salt deliveries and servicing (Calcelo Plus; Calcelo Pro for companies)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-06",
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
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


SIL = ("silence",)
REPEAT_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
SLIDE_TOL = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
LEAVE_TOL = ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence")


def bad_moment(
    f: Fam, c: Cust, t: datetime, channel: str, prob: str, lang: str, long_email: bool = False
) -> tuple[Row, str | None]:
    p = f.say(w.PROB[prob], lang)
    subj = f.say(w.COMPLAINT_SUBJECT, lang, topic=p.split(",")[0][:60])
    if channel == "email":
        text = f.say(w.LONG_EMAIL if long_email else w.ANGRY, lang, prob=p)
        row = f.add(c, t, "email", "message", text, subject=subj)
    elif channel == "phone":
        text = f.say(w.CALL, lang, prob=p).lower().replace(",", "").replace(".", "")
        row = f.add(c, t, "phone", "call", text)
    elif channel == "chat":
        row = f.add(c, t, "chat", "chat", f.say(w.ANGRY, lang, prob=p))
    elif channel == "web":
        row = f.add(
            c, t, "web", "ticket", f.say(w.ANGRY, lang, prob=p), attrs={"page": "/help/contact"}
        )
    else:
        row = f.add(c, t, "social", "mention", f.say(w.ANGRY, lang, prob=p))
        return row, None
    case = f.case()
    if channel == "chat":
        f.reply(
            c, t + timedelta(minutes=f.rng.randint(1, 5)), "chat", w.CASE_OPENED, lang, case=case
        )
    else:
        f.reply(
            c,
            f.day_only(t + timedelta(minutes=f.rng.randint(10, 40))),
            "email",
            w.CASE_OPENED,
            lang,
            case=case,
        )
    return row, case


def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, d(2026, 3, 9), 10, "happy customers writing often")
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for dd in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            t = f.start + timedelta(days=dd, hours=22 + f.rng.uniform(0.2, 6.4))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "mention", f.say(w.NIGHT_POST, c.lang))
            else:
                f.add(c, t, "chat", "chat", f.say(w.NIGHT_CHAT, c.lang))
                t2 = t + timedelta(minutes=f.rng.randint(1, 5))
                f.reply(c, t2, "chat", w.NIGHT_ANSWER)
                f.add(c, t2 + timedelta(minutes=2), "chat", "chat", f.say(w.THANKS, c.lang))
        f.happy_days(c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for dd in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            s = f.rng.choice(["nps", "csat", "ces"])
            val = {
                "nps": f.rng.randint(9, 10),
                "csat": f.rng.randint(4, 5),
                "ces": f.rng.randint(6, 7),
            }[s]
            f.add(
                c,
                f.at(dd, 8, 20),
                "survey",
                "survey_response",
                f.say(w.SURVEY_WORD, c.lang) or None,
                scores={s: val},
                attrs={"survey": s},
            )
    f.write({})
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, d(2026, 4, 13), 12, "happy customers with one bad moment")
    plan = (
        [("email", True)] * 4
        + [("email", False)] * 4
        + [("chat", False)] * 4
        + [("social", False)] * 4
        + [("web", False)] * 4
        + [("phone", False)] * 4
    )
    with_case = [i for i, p in enumerate(plan) if p[0] != "social"]
    det = set(f.rng.sample(with_case, 6))
    csat = set(f.rng.sample([i for i in with_case if i not in det], 5))
    good = set(f.rng.sample(with_case, 12))
    sorry = set(f.rng.sample(sorted(good), 5))
    for i, (ch, long_email) in enumerate(plan):
        lang = ["fr", "fr", "en", "en"][i] if long_email else None
        persona = "bad_day_detractor" if i in det else "happy_one_bad_day"
        c = f.person(persona, "one bad day", lang, ("detractor",) if i in det else (), SIL)
        day = f.rng.randint(2, 9)
        t = f.at(day, 8, 20)
        prob = w.PROBLEMS[i % 6]
        row, case = bad_moment(f, c, t, ch, prob, c.lang, long_email)
        c.truth.update(
            problem=prob,
            channel=ch,
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=row.eid,
            trouble_starts_at=iso(t),
            long_email=long_email,
        )
        others = [x for x in range(12) if x <= day - 2 or x >= day + 3]
        f.happy_days(c, f.rng.randint(1, 5), others, lang_of=None)
        if i in det:
            f.low_score(
                c, t + timedelta(minutes=f.rng.randint(100, 140)), "nps", f.rng.randint(1, 5), True
            )
        if i in csat:
            f.low_score(
                c, t + timedelta(minutes=f.rng.randint(40, 80)), "csat", f.rng.randint(1, 2), True
            )
        if i in good and case:
            f.reply(
                c,
                f.day_only(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                w.GOOD_NEWS,
                case=case,
            )
            c.truth["agent_fixed"] = True
            if i in sorry:
                ta = f.day_only(t + timedelta(hours=f.rng.uniform(16, 24)))
                ra = f.add(
                    c, ta, f.rng.choice(["chat", "email"]), "message", f.say(w.APOLOGY, c.lang)
                )
                if ra.channel == "chat":
                    ra.kind = "chat"
                c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=ra.eid)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), list(range(12)), lang_of=lambda i: None)
    f.write({"detractor": 6})
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: float,
    times: int,
    prob: str,
    langs: list[str],
    first_ch: str,
    quality: bool,
) -> None:
    t = f.at(first_day, 8, 19)
    row, case = bad_moment(f, c, t, first_ch, prob, langs[0])
    case = case or f.case()
    if quality:
        f.reply(
            c,
            f.day_only(t + timedelta(hours=f.rng.uniform(1.5, 2.5))),
            "email",
            w.QUALITY_LEAD,
            langs[0],
            case=case,
        )
    chans = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    f.rng.shuffle(chans)
    ids = [row.eid]
    comp = None
    for k in range(1, times):
        t = f.day_only(t + timedelta(hours=f.rng.uniform(4, 40)))
        lang = langs[k % len(langs)]
        p = f.say(w.PROB[prob], lang)
        if k == 2:
            comp = f.rng.choice(w.COMPETITORS)
            text = f.say(w.THIRD, lang, case=case, comp=comp)
        elif k == 3:
            text = f.say(w.FOURTH, lang, case=case, prob=p)
        else:
            text = f.say(w.LATER, lang, case=case, prob=p)
        ch = chans[k - 1]
        if ch == "phone":
            text = text.lower().replace(",", "").replace(".", "").replace(":", "")
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        r = f.add(
            c,
            t,
            ch,
            kind,
            text,
            subject=f.say(w.CASE_SUBJECT, lang, case=case) if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        ids.append(r.eid)
        if ch == "chat":
            f.reply(
                c, t + timedelta(minutes=f.rng.randint(1, 5)), "chat", w.URGENT, lang, case=case
            )
    c.truth.update(
        problem=prob,
        booking=case,
        contacts=times,
        channels=[first_ch, *chans[: times - 1]],
        problem_event_ids=ids,
        trouble_starts_at=iso(row.at),
        competitor=comp,
        agent_passed_on=quality,
    )


def fixed_run(
    f: Fam, c: Cust, day: float, prob: str, lang1: str, lang2: str, ch: str
) -> dict[str, Any]:
    t = f.at(day, 8, 18)
    row, case = bad_moment(f, c, t, ch, prob, lang1)
    case = case or f.case()
    tf = f.day_only(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.reply(c, tf, "email", w.GOOD_NEWS, lang2, case=case)
    tc = f.day_only(tf + timedelta(hours=f.rng.uniform(8, 30)))
    cch = f.rng.choice(["email", "chat"])
    rc = f.add(
        c,
        tc,
        cch,
        "chat" if cch == "chat" else "message",
        f.say(w.CONFIRM, lang2, case=case),
        subject=f.say(w.CASE_SUBJECT, lang2, case=case) if cch == "email" else None,
    )
    return {
        "problem": prob,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [row.eid],
        "confirm_event_id": rc.eid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts", "RC", 3, d(2026, 5, 18), 10, "problems raised again while still open"
    )
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    times = [2] * 4 + [3] * 4 + [4] * 4
    f.rng.shuffle(firsts)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", None, ("repeat_contact",), REPEAT_TOL)
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12))
        repeat_run(
            f, c, f.rng.randint(1, 4), times[i], w.PROBLEMS[i % 6], [c.lang], firsts[i], i % 2 == 0
        )
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", None, (), SIL)
        f.happy(c, f.at(0, 8, 18))
        fx = fixed_run(
            f,
            c,
            f.rng.randint(1, 4),
            w.PROBLEMS[i],
            c.lang,
            c.lang,
            f.rng.choice(["web", "email", "chat"]),
        )
        c.truth.update(problems=[fx], trouble_starts_at=fx["raised_at"])
    for i in range(3):
        c = f.person("different_problems", "two problems", None, (), SIL)
        a = fixed_run(f, c, 1, w.PROBLEMS[i], c.lang, c.lang, "email")
        b = fixed_run(f, c, f.rng.randint(5, 6), w.PROBLEMS[i + 3], c.lang, c.lang, "web")
        c.truth.update(problems=[a, b], trouble_starts_at=a["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    f.write({"repeat_contact": 12})
    return f


def slide(f: Fam, c: Cust, day0: int, span: int, langs: list[str]) -> list[Row]:
    rows = []
    t = f.at(day0, 8, 18)
    comp = f.rng.choice(w.COMPETITORS)
    for k in range(6):
        if k:
            t = f.day_only(
                max(
                    t + timedelta(hours=1),
                    f.start + timedelta(days=day0 + span * k / 5, hours=f.rng.uniform(8, 19)),
                )
            )
        lang = langs[k % len(langs)]
        text = w.SLIDE[lang][k].replace("{comp}", comp)
        ch = f.rng.choice(["social", "community", "web"])
        if ch == "web":
            rows.append(
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
            rows.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
    c.truth.update(
        slide_event_ids=[r.eid for r in rows],
        slide_days=span,
        competitor=comp,
        trouble_starts_at=iso(rows[0].at),
    )
    return rows


def slow_churners() -> Fam:
    f = Fam("slow_churners", "SC", 4, d(2026, 6, 22), 32, "slow slides and leavers")
    nps = set(f.rng.sample(range(10), 5))
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            None,
            ("sentiment_drop", "detractor") if i in nps else ("sentiment_drop",),
            SLIDE_TOL,
        )
        for dd in sorted(f.rng.sample(range(11), f.rng.randint(4, 5))):
            f.add(
                c,
                f.at(dd, 8, 20),
                "social" if f.rng.random() < 0.6 else "community",
                "post",
                f.say(w.PRAISE, c.lang),
            ).kind = "post"
        for dd in f.rng.sample(range(11), f.rng.randint(2, 4)):
            f.happy(c, f.at(dd, 8, 20), surveys=False)
        rows = slide(f, c, f.rng.randint(12, 16), [3, 5, 9][min(i % 3, 2)], [c.lang])
        if i in nps:
            f.low_score(
                c,
                f.day_only(rows[3].at + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                "nps",
                f.rng.randint(1, 5),
                True,
            )
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", None, ("churn_intent",), LEAVE_TOL)
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)))
        t = f.at(f.rng.randint(17, 23), 8, 19)
        r = f.add(c, t, "email", "message", f.say(w.LEAVE, c.lang))
        t2 = f.day_only(t + timedelta(hours=f.rng.uniform(1, 5)))
        f.reply(c, t2, "email", w.SORRY_GO)
        t3 = t + timedelta(hours=f.rng.uniform(20, 30))
        t3 = f.day_only(t3)
        rc = f.add(
            c,
            t3,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Calcelo Plus"},
        )
        c.truth.update(
            churn_intent_event_id=r.eid,
            cancellation_event_id=rc.eid,
            churn_at=iso(t3),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", None, (), ("repeat_contact", "silence"))
        t = f.at(f.rng.randint(0, 4), 8, 20)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            text = f.say(w.GRUMBLE, c.lang)
            if ch == "web":
                r = f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
            else:
                r = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
            ids.append(r.eid)
            t = f.day_only(t + timedelta(days=f.rng.uniform(1, 3)))
        c.truth.update(grumble_event_ids=ids, trouble_starts_at=iso(f.rows[-1].at))
        c.truth["trouble_starts_at"] = iso(min(x.at for x in f.rows if x.eid in ids))
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", None, (), SIL)
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)))
        r = f.add(
            c, f.at(f.rng.randint(17, 28), 9, 20), "social", "mention", f.say(w.SARCASM, c.lang)
        )
        c.truth.update(sarcasm_event_id=r.eid, trouble_starts_at=iso(r.at))
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, d(2026, 8, 21), 3, "a calm weekend with night owls")
    for _ in range(16):
        c = f.person("happy", "day writer")
        for dd in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy(c, f.at(dd, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", None, (), SIL)
        t = f.at(f.rng.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/app"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            r = f.add(c, t2, "chat", "chat", f.say(w.MILD, c.lang))
            f.reply(c, t2 + timedelta(minutes=3), "chat", w.MILD_ANSWER)
        else:
            r = f.add(
                c, t2, "web", "ticket", f.say(w.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.reply(c, t2 + timedelta(minutes=25), "email", w.MILD_ANSWER)
        c.truth.update(grumble_event_id=r.eid, trouble_starts_at=iso(t2))
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        starts = [
            b0,
            b0 + timedelta(minutes=f.rng.randint(28, 33)),
            b0 + timedelta(minutes=f.rng.randint(55, 65)),
        ]
        for bi, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {bi + 1}")
                t = bs + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    r = f.add(c, t, "chat", "chat", f.say(w.NIGHT_CHAT, c.lang))
                    f.reply(c, t + timedelta(minutes=2), "chat", w.NIGHT_ANSWER)
                    f.add(c, t + timedelta(minutes=4), "chat", "chat", f.say(w.THANKS, c.lang))
                else:
                    r = f.add(c, t, "social", "mention", f.say(w.NIGHT_POST, c.lang))
                c.truth.update(burst_at=iso(bs), night_event_id=r.eid)
                if f.rng.random() < 0.5:
                    f.happy(c, f.at(f.rng.randint(0, 2), 9, 17.5))
    f.write({})
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d(2026, 9, 14), 14, "customers who write in two languages")
    pairs = [
        ("fr", "en"),
        ("en", "fr"),
        ("fr", "de"),
        ("en", "es"),
        ("fr", "it"),
        ("en", "pt"),
        ("fr", "es"),
        ("en", "de"),
        ("de", "fr"),
        ("it", "en"),
        ("pt", "fr"),
        ("es", "en"),
    ]
    k = 0

    def pair() -> tuple[str, str]:
        nonlocal k
        p = pairs[k % len(pairs)]
        k += 1
        return p

    def mk(
        persona: str, habit: str, exp: tuple[str, ...], tol: tuple[str, ...]
    ) -> tuple[Cust, list[str]]:
        a, b = pair()
        c = f.person(persona, habit, a, exp, tol, market=f.rng.choice(MARKETS[a] + MARKETS[b]))
        c.truth.update(
            languages=[a, b],
            job_second_language=f.rng.choice(
                ["works across the border", "partner's language", "studied abroad"]
            ),
        )
        return c, [a, b]

    for _ in range(12):
        c, ls = mk("happy", "alternates languages", (), ())
        f.happy_days(c, f.rng.randint(5, 8), list(range(14)), lang_of=lambda i, ls=ls: ls[i % 2])
    for i, times in enumerate([2, 2, 3, 3, 4]):
        c, ls = mk("repeat_contact", "repeats", ("repeat_contact",), REPEAT_TOL)
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.at(f.rng.randint(0, 1), 8, 18), ls[0])
        repeat_run(
            f,
            c,
            f.rng.randint(2, 5),
            times,
            w.PROBLEMS[i],
            ls,
            f.rng.choice(["web", "email", "chat"]),
            times >= 3,
        )
    for _ in range(5):
        c, ls = mk("slow_churner", "slides", ("sentiment_drop",), SLIDE_TOL)
        for j, dd in enumerate(sorted(f.rng.sample(range(6), 5))):
            f.add(c, f.at(dd, 8, 20), "community", "post", f.say(w.PRAISE, ls[j % 2]))
        for dd in f.rng.sample(range(6), f.rng.randint(1, 3)):
            f.happy(c, f.at(dd, 8, 20), ls[1], surveys=False)
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), ls)
    for i in range(3):
        c, ls = mk("happy_one_bad_day", "one bad day", (), SIL)
        f.happy_days(
            c, f.rng.randint(2, 4), [0, 1, 2, 3, 9, 10, 11, 12, 13], lang_of=lambda j, ls=ls: ls[0]
        )
        t = f.at(f.rng.randint(5, 7), 9, 18)
        ch = ["email", "email", "chat"][i]
        row, case = bad_moment(f, c, t, ch, w.PROBLEMS[i + 2], ls[1], i == 0)
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=row.eid,
            bad_day_language=ls[1],
            booking=case,
            problem=w.PROBLEMS[i + 2],
            trouble_starts_at=iso(t),
            long_email=i == 0,
        )
        if ch == "email" and case:
            f.reply(c, f.day_only(t + timedelta(hours=2)), "email", w.GOOD_NEWS, ls[1], case=case)
            c.truth["agent_fixed"] = True
        if i == 1:
            ra = f.add(
                c,
                f.day_only(t + timedelta(hours=f.rng.uniform(18, 24))),
                "chat",
                "chat",
                f.say(w.APOLOGY, ls[1]),
            )
            c.truth.update(apologised=True, apology_event_id=ra.eid, apology_at=iso(ra.at))
    for i in range(2):
        c, ls = mk("resolved_between_contacts", "fixed", (), SIL)
        fx = fixed_run(f, c, f.rng.randint(2, 6), w.PROBLEMS[i + 4], ls[0], ls[1], "web")
        c.truth.update(problems=[fx], trouble_starts_at=fx["raised_at"], confirm_language=ls[1])
    f.write({"repeat_contact": 5, "sentiment_drop": 5})
    return f


def office(f: Fam, day: int, h0: float = 8, h1: float = 16.5) -> datetime:
    t = f.at(day, h0, h1)
    while t.weekday() >= 5:
        t += timedelta(days=1)
    return t


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, d(2026, 10, 5), 14, "Calcelo Pro accounts")
    det = 0
    specs: list[tuple[str, str, str | None, int, int]] = [
        ("at_risk", "fr", "invoice", 3, 5),
        ("at_risk", "en", "service_blocked", 3, 5),
        ("at_risk", "de", "portal", 3, 4),
        ("at_risk", "fr", "overbilled", 4, 6),
        ("at_risk", "es", "invoice", 4, 5),
    ]
    specs += [
        ("one_unhappy", lg, p, 1, 3)
        for lg, p in [
            ("en", "portal"),
            ("fr", "invoice"),
            ("it", "overbilled"),
            ("pt", "service_blocked"),
        ]
    ]
    specs += [("mild", lg, None, 2, n) for lg, n in [("fr", 3), ("en", 4), ("de", 3)]]
    specs += [("happy", lg, None, 0, n) for lg, n in [("en", 4), ("fr", 3), ("es", 3)]]
    sites = [
        "hotel",
        "café chain",
        "laundry",
        "dental clinic",
        "gym",
        "school",
        "hair salon",
        "office",
        "bakery",
        "care home",
        "restaurant",
        "car wash",
        "brewery",
        "spa",
        "hostel",
    ]
    for ai, (kind, lg, prob, unhappy, n) in enumerate(specs):
        market = MARKETS[lg][0]
        acct = f"CCP-{market}-{4100 + ai * 7}"
        company = f"{sites[ai].title().replace(' ', '')} {LAST[lg][ai % len(LAST[lg])]}"
        domain = plain(company.lower().replace(" ", "-"))
        cs: list[Cust] = []
        for j in range(n):
            if j < unhappy and kind == "at_risk":
                exp: tuple[str, ...] = ("detractor",) if j < unhappy - 1 else ("repeat_contact",)
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lg,
                    exp,
                    (
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ),
                    acct,
                    market,
                    domain,
                )
                c.truth.update(role="complainer")
            elif j < unhappy and kind == "one_unhappy":
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lg,
                    ("detractor",),
                    ("sentiment_drop", "high_value_at_risk", "silence"),
                    acct,
                    market,
                    domain,
                )
                c.truth.update(role="complainer")
            elif j < unhappy and kind == "mild":
                c = f.person("b2b_mild", "suggests", lg, (), SIL, acct, market, domain)
                c.truth.update(role="suggests")
            else:
                c = f.person("b2b_happy", "contact", lg, (), (), acct, market, domain)
                c.truth.update(role="contact")
            c.truth.update(
                company=company,
                job_title=f.rng.choice(
                    ["facilities manager", "office manager", "purchasing", "site manager"]
                ),
            )
            c.truth["job"] = c.truth["job_title"]
            cs.append(c)
        for c in cs:
            if c.truth["role"] == "contact":
                for dd in f.rng.sample(range(12), f.rng.randint(2, 4)):
                    t = office(f, dd)
                    roll = f.rng.random()
                    if roll < 0.4:
                        f.add(c, t, "chat", "chat", f.say(w.B2B_ROUTINE_Q, lg))
                        f.reply(c, t + timedelta(minutes=f.rng.randint(1, 6)), "chat", w.ANSWER, lg)
                    elif roll < 0.7:
                        f.add(c, t, "web", "page_view", attrs={"page": "/pro/portal"})
                    else:
                        sk = f.rng.choice(["nps", "csat", "ces"])
                        val = {
                            "nps": f.rng.randint(9, 10),
                            "csat": f.rng.randint(4, 5),
                            "ces": f.rng.randint(6, 7),
                        }[sk]
                        f.add(
                            c,
                            t,
                            "survey",
                            "survey_response",
                            None,
                            scores={sk: val},
                            attrs={"survey": sk},
                        )
            else:
                f.add(
                    c,
                    office(f, f.rng.randint(0, 1)),
                    "web",
                    "page_view",
                    attrs={"page": "/pro/portal"},
                )
        complainers = [c for c in cs if c.truth["role"] == "complainer"]
        acc: dict[str, Any] = {
            "company": company,
            "site": sites[ai],
            "contacts": n,
            "contact_keys": [c.key for c in cs],
            "unhappy_contacts": len(complainers),
            "unhappy_contact_keys": [c.key for c in complainers],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lg,
            "country": market,
        }
        if kind == "at_risk":
            assert prob
            p = f.say(w.B2B_PROB[prob], lg)
            t = d(2026, 10, 7) + timedelta(hours=f.rng.uniform(8.5, 11))
            case = f.case()
            acc["trouble_starts_at"] = iso(t)
            for j, c in enumerate(complainers):
                if j:
                    t = t + timedelta(hours=f.rng.uniform(8, 28))
                    while t.weekday() >= 5 or not 8 <= t.hour < 17:
                        t = (
                            (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(5, 55))
                            if t.hour >= 17 or t.weekday() >= 5
                            else t.replace(hour=8, minute=f.rng.randint(5, 55))
                        )
                    text = f.say(
                        w.B2B_FOLLOW, lg, who=complainers[0].name.split()[0], case=case, prob=p
                    )
                else:
                    text = f.say(w.B2B_COMPLAINT, lg, acct=acct, prob=p)
                r = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=f.say(w.COMPLAINT_SUBJECT, lg, topic=p[:50]),
                )
                ids = [r.eid]
                if j == 0:
                    f.reply(
                        c,
                        t + timedelta(minutes=f.rng.randint(20, 50)),
                        "email",
                        w.CASE_OPENED,
                        lg,
                        case=case,
                    )
                if j < len(complainers) - 1:
                    f.low_score(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "nps",
                        f.rng.randint(1, 5),
                        False,
                    )
                    det += 1
                else:
                    t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                    while t2.weekday() >= 5 or not 8 <= t2.hour < 17:
                        t2 += timedelta(hours=1)
                    r2 = f.add(c, t2, "phone", "call", f.say(w.B2B_LAST, lg, case=case))
                    ids.append(r2.eid)
                c.truth.update(
                    complaint_event_ids=ids, problem=prob, booking=case, trouble_starts_at=iso(t)
                )
        elif kind == "one_unhappy":
            assert prob
            c = complainers[0]
            p = f.say(w.B2B_PROB[prob], lg)
            t = office(f, f.rng.randint(3, 7), 8, 16)
            case = f.case()
            r = f.add(
                c,
                t,
                "email",
                "message",
                f.say(w.B2B_COMPLAINT, lg, acct=acct, prob=p),
                subject=f.say(w.COMPLAINT_SUBJECT, lg, topic=p[:50]),
            )
            f.reply(c, t + timedelta(minutes=30), "email", w.CASE_OPENED, lg, case=case)
            f.low_score(c, t + timedelta(hours=2), "nps", f.rng.randint(1, 5), False)
            c.truth.update(
                complaint_event_ids=[r.eid], problem=prob, booking=case, trouble_starts_at=iso(t)
            )
            det += 1
        elif kind == "mild":
            for c in cs:
                if c.truth["role"] == "suggests":
                    t = office(f, f.rng.randint(2, 9), 8, 16)
                    r = f.add(
                        c,
                        t,
                        "web",
                        "ticket",
                        f.say(w.B2B_SUGGEST, lg),
                        attrs={"page": "/pro/feedback"},
                    )
                    f.reply(c, t + timedelta(minutes=40), "email", w.MILD_ANSWER, lg)
                    c.truth.update(mild_event_id=r.eid, trouble_starts_at=iso(t))
        f.accounts[acct] = acc
    f.write({"account_risk": 5, "detractor": det, "repeat_contact": 5})
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, d(2026, 11, 2), 7, "a calm week and the planted incident")
    for _ in range(40):
        c = f.person("happy", "day writer")
        for dd in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy(c, f.at(dd, 12, 19) if dd == 5 else f.at(dd, 7, 20))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", None, (), SIL)
        t = f.at(0, 9, 17)
        r = f.add(c, t, "chat", "chat", f.say(w.MILD, c.lang))
        f.reply(c, t + timedelta(minutes=3), "chat", w.MILD_ANSWER)
        c.truth.update(grumble_event_id=r.eid, trouble_starts_at=iso(t))
    for lg, hh in [("fr", 9.6), ("es", 16.1)]:
        c = f.person("grumbles_once", "lone question", lg, (), SIL)
        t = f.start + timedelta(days=4, hours=hh)
        r = f.add(c, t, "chat", "chat", f.say(w.LONE_Q, lg))
        f.reply(c, t + timedelta(minutes=4), "chat", w.LONE_A, lg)
        c.truth.update(lone_report_event_id=r.eid, trouble_starts_at=iso(t))
    s0 = d(2026, 11, 7) + timedelta(hours=9, minutes=5)
    langs = ["fr"] * 6 + ["en"] * 6 + ["de", "de", "it", "it", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0.0, 45.0] + [f.rng.uniform(1, 44) for _ in range(18)])
    order = list(range(20))
    f.rng.shuffle(order)
    early = [i for i in order if offs[i] <= 25]
    rep = set(early[:6])
    keys, eids, reids = [], [], []
    for i in order:
        lg = langs[i]
        regular = i % 5 < 3
        persona = "spike_repeater" if i in rep else "spike_reporter"
        c = f.person(
            persona,
            "regular" if regular else "new",
            lg,
            ("repeat_contact",) if i in rep else (),
            ("silence", "sentiment_drop") if i in rep else SIL,
        )
        if regular:
            f.happy(c, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.say(w.SPIKE, lg)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        r = f.add(c, t, ch, kind, text, attrs={"page": "/help/contact"} if ch == "web" else None)
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=f.rng.randint(1, 4)), "chat", w.SPIKE_ANSWER, lg)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=r.eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        keys.append(c.key)
        eids.append(r.eid)
        if i in rep:
            ch2 = f.rng.choice([x for x in ["email", "chat", "community"] if x != ch])
            t2 = t + timedelta(minutes=f.rng.randint(10, 60))
            kind2 = {"chat": "chat", "community": "post", "email": "message"}[ch2]
            r2 = f.add(c, t2, ch2, kind2, f.say(w.SPIKE_AGAIN, lg))
            c.truth.update(repeat_event_id=r2.eid)
            reids.append(r2.eid)
    start = min(f.rows[[x.eid for x in f.rows].index(e)].at for e in eids)
    end = max(f.rows[[x.eid for x in f.rows].index(e)].at for e in eids)
    f.spike = {
        "topic": "connected water softeners regenerate in a loop after an app sync, salty tap water, error "
        + w.SPIKE_CODE,
        "about": "the planted incident",
        "channel": None,
        "start": iso(start),
        "end": iso(end),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})
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
    for build in FAMILIES:
        fam = build()
        print(fam.name, len(fam.custs), len(fam.rows), sum(r.out for r in fam.rows))


if __name__ == "__main__":
    main()
