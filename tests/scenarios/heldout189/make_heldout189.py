"""Build heldout189/ (Linguora, language lessons): every <family>.jsonl and <family>.truth.json.

Standard library only, fixed seed, one random.Random per family; run from anywhere.
Never tune on these files: they exist to report once.
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

SEED = 20261189
WRITTEN = "2026-12-06"
LANG_WEIGHTS = {"it": 30, "pt": 30, "en": 10, "fr": 10, "de": 10, "es": 10}
MARKETS = {
    "it": ["IT", "IT", "IT", "CH"],
    "pt": ["PT"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT", "CH"],
    "es": ["ES"],
}
PHONES = {
    "IT": ("+39 3", 9),
    "CH": ("+41 7", 8),
    "PT": ("+351 9", 8),
    "UK": ("+44 7", 9),
    "IE": ("+353 8", 8),
    "FR": ("+33 6", 8),
    "BE": ("+32 4", 8),
    "DE": ("+49 15", 9),
    "AT": ("+43 66", 8),
    "ES": ("+34 6", 8),
}
DOMAINS = ["mailbox.example", "posta.example", "correio.example", "inbox.example", "web.example"]
SOURCES = {
    "email": "linguora-mail",
    "phone": "linguora-voice",
    "social": "linguora-social",
    "community": "linguora-forum",
    "chat": "linguora-chat",
    "web": "linguora-web",
    "survey": "linguora-survey",
}
AGENTS = ["Marta", "Nuno", "Silvia", "Hélène", "Kai", "Bea"]
USED: set[str] = set()
REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def unique(make: Any) -> str:
    while True:
        value = str(make())
        if value not in USED:
            USED.add(value)
            return value


def strip_accents(text: str) -> str:
    text = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    keep = {"ß", "ñ", "Ñ"}
    out = []
    for ch in text:
        if ch in keep:
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch)
        out.append("".join(b for b in base if not unicodedata.combining(b)))
    return "".join(out)


def transcript(text: str) -> str:
    words = []
    for word in text.replace("\n", " ").split():
        word = word.strip(".,!?;:()'\"")
        if not word:
            continue
        words.append(word if any(ch.isdigit() for ch in word) else word.lower())
    return " ".join(words)


@dataclass
class Cust:
    key: str
    lang: str
    country: str
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Row:
    ts: datetime
    seq: int
    eid: str
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]


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
    customers: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    # ---------------------------------------------------------------- people --
    def lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        country: str | None = None,
        domain: str | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        country = country or rng.choice(MARKETS[lang])
        firsts, lasts = W.NAMES[lang]
        first, last = rng.choice(firsts), rng.choice(lasts)
        key = unique(lambda: f"LG{self.code}{rng.randint(1000, 9999)}")
        plain = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        dom = domain or rng.choice(DOMAINS)
        email = unique(lambda: f"{plain}{rng.randint(1, 99)}@{dom}")
        prefix, digits = PHONES[country]
        phone = unique(lambda: prefix + "".join(str(rng.randint(0, 9)) for _ in range(digits - 1)))
        handle = (
            None
            if account
            else unique(
                lambda: (
                    "@"
                    + rng.choice(
                        [
                            f"{plain.replace('.', '_')}{rng.randint(1, 9)}",
                            f"{strip_accents(first).lower()}{strip_accents(last).lower()[:3]}{rng.randint(10, 99)}",
                        ]
                    )
                )
            )
        )
        assert not set(expected) & set(tolerated), key
        truth: dict[str, Any] = {
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
            "language": lang,
            "country": country,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        truth.update(extra)
        c = Cust(key, lang, country, first, last, email, phone, handle, account, truth)
        self.customers[key] = c
        return c

    def case(self) -> str:
        return unique(lambda: f"LG-{self.rng.randint(100000, 999999)}")

    # ----------------------------------------------------------------- times --
    def at(self, day: int, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def day_time(self, day: int, lo: float = 7.0, hi: float = 21.0) -> datetime:
        return self.at(day, self.rng.uniform(lo, hi)).replace(second=0, microsecond=0)

    @staticmethod
    def morning(ts: datetime, rng: random.Random) -> datetime:
        if ts.hour >= 22 or ts.hour < 7:
            base = ts if ts.hour < 7 else ts + timedelta(days=1)
            return base.replace(hour=8, minute=rng.randint(0, 59), second=0, microsecond=0)
        return ts

    # ----------------------------------------------------------------- words --
    def w(self, table: dict[str, list[str]], lang: str, **kw: str) -> str:
        text = self.rng.choice(table[lang])
        values = {
            "brand": W.BRAND,
            "code": W.SPIKE_CODE,
            "tutor": self.rng.choice(W.TUTORS),
            "course": self.rng.choice(W.COURSES[lang]),
        }
        values.update(kw)
        return text.format(**values)

    def roughen(self, text: str, lang: str) -> str:
        r = self.rough
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, x in enumerate(words) if len(x) >= 5 and x.isalpha() and x.islower()]
            if idx:
                i = r.choice(idx)
                word = words[i]
                j = r.randint(1, len(word) - 3)
                words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
                text = " ".join(words)
        if r.random() < 1 / 10:
            text = strip_accents(text)
        if r.random() < 1 / 8 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        return text

    # ------------------------------------------------------------------ rows --
    def add(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        kind: str,
        text: str | None,
        *,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        assert datetime(2026, 1, 1, tzinfo=UTC) <= ts < datetime(2026, 11, 15, tzinfo=UTC), ts
        assert ts >= self.start, (self.name, ts)
        if text is not None and not out:
            if channel == "phone":
                text = transcript(text)
            elif channel != "survey":
                text = self.roughen(text, c.lang)
            if channel == "social" and c.account is None:
                if W.BRAND in text:
                    cut = text.rfind(W.BRAND)
                    text = text[:cut] + "@" + text[cut:]
                elif "@" + W.BRAND not in text:
                    text = f"@{W.BRAND} {text}"
        eid = f"h189-{self.code.lower()}-{len(self.rows) + 1:05d}"
        a = {"market": c.country}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        self.rows.append(
            Row(
                ts,
                len(self.rows),
                eid,
                c,
                channel,
                kind,
                "outbound" if out else "inbound",
                text,
                subject,
                scores or {},
                a,
            )
        )
        return eid

    # ------------------------------------------------------------ happy acts --
    def happy_act(
        self, c: Cust, ts: datetime, surveys: bool = True, kinds: list[str] | None = None
    ) -> list[str]:
        rng, L = self.rng, c.lang
        kinds = kinds or [
            "praise",
            "again",
            "gripe",
            "chat",
            "chat",
            "call",
            "buy",
            "view",
            "review",
        ] + (["survey"] if surveys else [])
        if c.account:
            kinds = ["chat", "buy", "view", "praise"] + (["survey"] if surveys else [])
        k = rng.choice(kinds)
        ids: list[str] = []
        if k in ("praise", "again"):
            table = W.B2B_PRAISE if c.account else (W.PRAISE if k == "praise" else W.AGAIN_PRAISE)
            ch = "community" if c.account else rng.choice(["social", "community"])
            ids.append(
                self.add(
                    c,
                    ts,
                    ch,
                    "post" if ch == "community" else rng.choice(["post", "mention"]),
                    self.w(table, L),
                )
            )
        elif k in ("gripe", "review"):
            table, rating = (W.PRAISE_GRIPE, "4") if k == "gripe" else (W.REVIEW_GOOD, "5")
            ids.append(
                self.add(
                    c,
                    ts,
                    "web",
                    "review",
                    self.w(table, L),
                    attrs={"rating": rating, "page": "/reviews"},
                )
            )
        elif k == "chat":
            q = W.B2B_QUESTION if c.account else W.QUESTION_CHAT
            a = W.B2B_ANSWER if c.account else W.ANSWER_CHAT
            ids.append(self.add(c, ts, "chat", "chat", self.w(q, L)))
            t2 = ts + timedelta(minutes=rng.randint(1, 6))
            ids.append(self.add(c, t2, "chat", "chat", self.w(a, L), out=True))
            if rng.random() < 0.6:
                ids.append(
                    self.add(
                        c,
                        t2 + timedelta(minutes=rng.randint(1, 4)),
                        "chat",
                        "chat",
                        self.w(W.THANKS, L),
                    )
                )
        elif k == "call":
            ids.append(self.add(c, ts, "phone", "call", self.w(W.CALL_QUESTION, L)))
            ids.append(
                self.add(
                    c,
                    self.morning(ts + timedelta(minutes=rng.randint(20, 60)), rng),
                    "email",
                    "message",
                    self.w(W.CALL_FOLLOWUP, L),
                    out=True,
                )
            )
        elif k in ("buy", "view"):
            page = (
                "/business/seats"
                if c.account
                else rng.choice(["/courses", "/tutors", "/plus", "/exam-prep"])
            )
            ids.append(self.add(c, ts, "web", "page_view", None, attrs={"page": page}))
            if k == "buy":
                cur = {"UK": "GBP", "CH": "CHF"}.get(c.country, "EUR")
                value = rng.choice([39.9, 79.0, 149.0, 29.9])
                if cur == "GBP":
                    value = round(value * 0.86, 2)
                elif cur == "CHF":
                    value = round(value * 0.94, 2)
                product = (
                    "Team seats x5"
                    if c.account
                    else rng.choice(
                        [
                            "Lesson pack 10",
                            "Lesson pack 5",
                            "Exam prep pack",
                            "Linguora Plus monthly",
                        ]
                    )
                )
                ids.append(
                    self.add(
                        c,
                        ts + timedelta(minutes=rng.randint(3, 15)),
                        "web",
                        "purchase",
                        None,
                        attrs={
                            "page": page,
                            "order_value": f"{value:.2f}",
                            "currency": cur,
                            "product": product,
                        },
                    )
                )
        else:
            ids.append(self.happy_survey(c, ts))
        return ids

    def low_nps(self, c: Cust, ts: datetime) -> None:
        nps = self.rng.randint(1, 5)
        sid = self.add(
            c, ts, "survey", "survey_response", None, scores={"nps": nps}, attrs={"survey": "nps"}
        )
        c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})

    def happy_survey(self, c: Cust, ts: datetime) -> str:
        rng = self.rng
        which = rng.choice(["nps", "csat", "ces"])
        value = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            which
        ]
        return self.add(
            c,
            ts,
            "survey",
            "survey_response",
            self.w(W.SURVEY_GOOD, c.lang) or None,
            scores={which: value},
            attrs={"survey": which},
        )

    def happy_days(
        self, c: Cust, days: list[int], lo: float = 7.0, hi: float = 21.0, surveys: bool = True
    ) -> None:
        for d in days:
            self.happy_act(c, self.day_time(d, lo, hi), surveys)

    def pick_days(self, lo: int, hi: int, k: int) -> list[int]:
        pool = list(range(lo, hi + 1))
        return sorted(self.rng.sample(pool, min(k, len(pool))))

    # ------------------------------------------------------------ complaints --
    def complain(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        problem: str,
        lang: str | None = None,
        angry: bool = False,
        long: bool = False,
        case: str | None = None,
    ) -> str:
        L = lang or c.lang
        p = W.PROBLEMS[problem][L]
        topic = p.split(",")[0][:60]
        if channel == "phone":
            return self.add(c, ts, "phone", "call", self.w(W.CALL_COMPLAINT, L, problem=p))
        if long:
            return self.add(
                c,
                ts,
                "email",
                "message",
                self.w(W.COMPLAINT_LONG, L, problem=p),
                subject=W.SUBJECT_COMPLAINT[L].format(topic=topic),
            )
        text = self.w(W.COMPLAINT_ANGRY if angry else W.COMPLAINT_SHORT, L, problem=p)
        if channel == "email":
            return self.add(
                c, ts, "email", "message", text, subject=W.SUBJECT_COMPLAINT[L].format(topic=topic)
            )
        if channel == "web":
            return self.add(c, ts, "web", "ticket", text, attrs={"page": "/help/contact"})
        if channel == "chat":
            return self.add(c, ts, "chat", "chat", text)
        return self.add(c, ts, channel, "mention" if channel == "social" else "post", text)

    def reply(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        table: dict[str, list[str]],
        case: str,
        lang: str | None = None,
    ) -> str:
        L = lang or c.lang
        ts = self.morning(ts, self.rng) if channel == "email" else ts
        subject = W.SUBJECT_RE[L].format(case=case) if channel == "email" else None
        return self.add(
            c,
            ts,
            channel,
            "message" if channel == "email" else "chat",
            self.w(table, L, case=case, first=c.first),
            out=True,
            subject=subject,
        )

    # ---------------------------------------------------------------- output --
    def write(self) -> tuple[int, int]:
        rows = sorted(self.rows, key=lambda r: (r.ts, r.seq))
        seen_first: set[str] = set()
        lines = []
        for r in rows:
            c = r.cust
            cust: dict[str, str | None]
            full = r.direction == "outbound" or (c.key not in seen_first)
            if r.direction == "inbound":
                seen_first.add(c.key)
            if full:
                cust = {
                    "customer_id": c.key,
                    "email": c.email,
                    "phone": c.phone,
                    "handle": c.handle,
                    "account_id": c.account,
                }
            elif r.channel == "phone":
                cust = {"phone": c.phone}
            elif r.channel in ("social", "community"):
                if c.handle:
                    h = c.handle if self.rough.random() > 0.2 else c.handle.lstrip("@")
                    cust = {"handle": h}
                else:
                    cust = {"email": c.email}
            elif r.channel == "email":
                cust = {"email": c.email.upper() if self.rough.random() < 1 / 12 else c.email}
            else:
                cust = {"customer_id": c.key}
            if c.account:
                cust["account_id"] = c.account
            rec: dict[str, Any] = {
                "event_id": r.eid,
                "occurred_at": r.ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": r.channel,
                "kind": r.kind,
                "direction": r.direction,
                "customer": {k: v for k, v in cust.items() if v is not None},
                "text": r.text,
                "subject": r.subject,
                "scores": {k: r.scores.get(k) for k in ("nps", "csat", "ces")},
                "source": SOURCES[r.channel],
                "attributes": r.attrs,
            }
            lines.append(json.dumps(rec, ensure_ascii=False))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        end = self.start + timedelta(days=self.days)
        last = rows[-1].ts + timedelta(hours=1)
        end = max(end, last)
        assert end < datetime(2026, 11, 15, tzinfo=UTC)
        expected: dict[str, int] = {}
        for c in self.customers.values():
            assert any(r.cust is c and r.direction == "inbound" for r in rows), c.key
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Linguora, language lessons by app and web (Linguora Plus), and Linguora Business for companies on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {k: c.truth for k, c in sorted(self.customers.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.customers), len(rows)


def iso(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


PROBLEMS = list(W.PROBLEMS)


# ------------------------------------------------------------------ families --
def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.pick_days(0, 9, f.rng.randint(5, 8)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.pick_days(0, 8, f.rng.randint(2, 4)):
            ts = f.at(d, 22.2 + f.rng.uniform(0, 6.0))
            if f.rng.random() < 0.5:
                f.add(
                    c, ts, f.rng.choice(["social", "community"]), "post", f.w(W.NIGHT_POST, c.lang)
                )
            else:
                f.add(c, ts, "chat", "chat", f.w(W.NIGHT_CHAT, c.lang))
                f.add(
                    c,
                    ts + timedelta(minutes=f.rng.randint(1, 5)),
                    "chat",
                    "chat",
                    f.w(W.NIGHT_ANSWER, c.lang),
                    out=True,
                )
                f.add(
                    c,
                    ts + timedelta(minutes=f.rng.randint(6, 9)),
                    "chat",
                    "chat",
                    f.w(W.THANKS, c.lang),
                )
        f.happy_days(c, f.pick_days(0, 9, f.rng.randint(2, 3)), 9, 18, surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.pick_days(0, 9, f.rng.randint(3, 6)):
            f.happy_survey(c, f.day_time(d, 8, 20))


def bad_day(
    f: Fam,
    c: Cust,
    ts: datetime,
    channel: str,
    problem: str,
    lang: str,
    long: bool,
    detractor: bool,
    csat: bool,
    good_news: bool,
    apology: bool,
) -> None:
    rng = f.rng
    eid = f.complain(
        c, ts, channel, problem, lang=lang, angry=channel in ("social", "chat"), long=long
    )
    case = None if channel == "social" else f.case()
    c.truth.update(
        {
            "problem": problem,
            "bad_day_at": iso(ts),
            "bad_day_event_id": eid,
            "channel": channel,
            "booking": case,
            "long_email": long,
            "trouble_starts_at": iso(ts),
        }
    )
    if case is None:
        return
    if channel == "chat":
        f.reply(c, ts + timedelta(minutes=rng.randint(2, 6)), "chat", W.AGENT_CASE, case, lang)
    else:
        f.reply(c, ts + timedelta(minutes=rng.randint(10, 40)), "email", W.AGENT_CASE, case, lang)
    if detractor:
        f.low_nps(c, ts + timedelta(minutes=rng.randint(100, 140)))
    elif csat:
        v = rng.randint(1, 2)
        sid = f.add(
            c,
            ts + timedelta(minutes=rng.randint(40, 80)),
            "survey",
            "survey_response",
            f.w(W.LOW_CSAT_WORD, lang) or None,
            scores={"csat": v},
            attrs={"survey": "csat"},
        )
        c.truth.update({"csat_given": True, "csat": v, "survey_event_id": sid})
    if good_news:
        f.reply(
            c, ts + timedelta(minutes=rng.randint(60, 240)), "email", W.AGENT_GOOD_NEWS, case, lang
        )
        c.truth["agent_fixed"] = True
        if apology:
            t = f.morning(ts + timedelta(hours=rng.uniform(16, 24)), rng)
            ch = rng.choice(["chat", "email"])
            aid = f.add(
                c,
                t,
                ch,
                "chat" if ch == "chat" else "message",
                f.w(W.APOLOGY, lang),
                subject=W.SUBJECT_RE[lang].format(case=case) if ch == "email" else None,
            )
            c.truth.update({"apologised": True, "apology_at": iso(t), "apology_event_id": aid})


def one_bad_day(f: Fam) -> None:
    rng = f.rng
    channels = ["long", "email", "chat", "social", "web", "phone"] * 4
    problems = PROBLEMS * 4
    rng.shuffle(problems)
    cased = [i for i, ch in enumerate(channels) if ch != "social"]
    det = set(rng.sample(cased, 6))
    rest = [i for i in cased if i not in det]
    cs = set(rng.sample(rest, 5))
    good = set(rng.sample(cased, 12))
    apol = set(rng.sample(sorted(good), 5))
    for i, ch in enumerate(channels):
        lang = "it" if ch == "long" and i % 2 == 0 else ("pt" if ch == "long" else None)
        if i in det:
            c = f.person(
                "bad_day_detractor",
                "one bad day",
                lang=lang,
                expected=("detractor",),
                tolerated=("silence",),
            )
        else:
            c = f.person("happy_one_bad_day", "one bad day", lang=lang, tolerated=("silence",))
        bd = rng.randint(2, 9)
        ts = f.day_time(bd, 8, 20)
        bad_day(
            f,
            c,
            ts,
            "email" if ch == "long" else ch,
            problems[i],
            c.lang,
            ch == "long",
            i in det,
            i in cs,
            i in good,
            i in apol,
        )
        days = [d for d in range(0, 12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, sorted(rng.sample(days, min(len(days), rng.randint(1, 5)))), surveys=False)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.pick_days(0, 11, rng.randint(4, 7)))


LATER_CHANNELS = ["email", "chat", "phone", "web", "social"]


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: int,
    contacts: int,
    problem: str,
    first_channel: str,
    lang_seq: list[str] | None = None,
) -> None:
    rng = f.rng
    langs = lang_seq or [c.lang] * contacts
    ts = f.day_time(first_day, 8, 19)
    case = f.case()
    eids = [f.complain(c, ts, first_channel, problem, lang=langs[0])]
    passed_on = contacts >= 3 if lang_seq else rng.random() < 0.5
    if first_channel == "chat":
        f.reply(c, ts + timedelta(minutes=rng.randint(2, 6)), "chat", W.AGENT_CASE, case, langs[0])
    else:
        f.reply(
            c, ts + timedelta(minutes=rng.randint(10, 40)), "email", W.AGENT_CASE, case, langs[0]
        )
    if passed_on:
        f.reply(
            c,
            ts + timedelta(minutes=rng.randint(90, 150)),
            "email",
            W.AGENT_QUALITY,
            case,
            langs[0],
        )
    chans = [x for x in LATER_CHANNELS if x != first_channel]
    rng.shuffle(chans)
    comp = rng.choice(W.COMPETITORS)
    t = ts
    used = [first_channel]
    for n in range(1, contacts):
        t = t + timedelta(hours=rng.uniform(4, 40))
        if t.hour >= 22 or t.hour < 7:
            t = f.morning(t, rng)
        ch = chans[n - 1]
        used.append(ch)
        L = langs[n]
        p = W.PROBLEMS[problem][L]
        if ch == "phone":
            text = f.w(W.LATER_CALL, L, case=case, problem=p)
        elif n == 2:
            text = f.w(W.LATER_THIRD, L, case=case, comp=comp)
        elif n == 3:
            text = f.w(W.LATER_FOURTH, L, case=case)
        else:
            text = f.w(W.LATER_STILL, L, case=case, problem=p)
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        eid = f.add(
            c,
            t,
            ch,
            kind,
            text,
            subject=W.SUBJECT_RE[L].format(case=case) if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        eids.append(eid)
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=rng.randint(1, 5)), "chat", W.AGENT_URGENT, case, L)
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": contacts,
            "channels": used,
            "agent_passed_on": passed_on,
            "problem_event_ids": eids,
            "trouble_starts_at": iso(ts),
            "competitor": comp if contacts >= 3 else None,
        }
    )


def fixed_case(
    f: Fam, c: Cust, day: int, problem: str, channel: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    rng = f.rng
    ts = f.day_time(day, 8, 18)
    case = f.case()
    eid = f.complain(c, ts, channel, problem, lang=lang)
    f.reply(c, ts + timedelta(minutes=rng.randint(10, 40)), "email", W.AGENT_CASE, case, lang)
    fx = f.morning(ts + timedelta(hours=rng.uniform(3, 20)), rng)
    f.reply(c, fx, "email", W.AGENT_GOOD_NEWS, case, lang)
    ct = f.morning(fx + timedelta(hours=rng.uniform(8, 30)), rng)
    ch = rng.choice(["email", "chat"])
    cid = f.add(
        c,
        ct,
        ch,
        "message" if ch == "email" else "chat",
        f.w(W.CONFIRM, confirm_lang, case=case),
        subject=W.SUBJECT_RE[confirm_lang].format(case=case) if ch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(ts),
        "fixed_at": iso(fx),
        "confirmed_at": iso(ct),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": ch,
    }


def repeat_contacts(f: Fam) -> None:
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    for i, n in enumerate(counts):
        c = f.person(
            "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=tuple(REPEAT_TOL)
        )
        f.happy_days(c, [0], 7, 12, surveys=False)
        repeat_run(f, c, rng.randint(1, 4), n, rng.choice(PROBLEMS), firsts[i])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=("silence",))
        f.happy_days(c, [0], 7, 12, surveys=False)
        p = fixed_case(
            f,
            c,
            rng.randint(1, 5),
            rng.choice(PROBLEMS),
            rng.choice(["web", "email"]),
            c.lang,
            c.lang,
        )
        c.truth.update({"problems": [p], "trouble_starts_at": p["raised_at"]})
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=("silence",))
        a, b = rng.sample(PROBLEMS, 2)
        p1 = fixed_case(f, c, 1, a, "web", c.lang, c.lang)
        p2 = fixed_case(f, c, rng.randint(5, 6), b, "email", c.lang, c.lang)
        c.truth.update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in f.pick_days(0, 9, rng.randint(5, 8)):
            f.happy_act(c, f.day_time(d), kinds=["chat", "chat", "call", "praise"])


def slide(f: Fam, c: Cust, day0: int, span: int, langs: list[str] | None = None) -> list[str]:
    rng = f.rng
    ids = []
    comp = rng.choice(W.COMPETITORS)
    t = f.day_time(day0, 9, 18)
    gaps = sorted(rng.uniform(0, span * 24) for _ in range(5))
    times = [t] + [t + timedelta(hours=g) for g in gaps]
    ratings = ["3", "3", "2", "2", "1", "1"]
    prev = times[0]
    for i in range(6):
        ts = max(times[i], prev + timedelta(hours=1)) if i else times[0]
        ts = f.morning(ts, rng)
        prev = ts
        L = langs[i % len(langs)] if langs else c.lang
        text = W.SLIDE[L][i].format(comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c, ts, "web", "review", text, attrs={"rating": ratings[i], "page": "/reviews"}
                )
            )
        else:
            ids.append(f.add(c, ts, ch, "post" if ch == "community" else "mention", text))
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(times[0]),
        }
    )
    return ids


def slow_churners(f: Fam) -> None:
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        det = i < 5
        exp = ("sentiment_drop", "detractor") if det else ("sentiment_drop",)
        c = f.person(
            "slow_churner",
            "slides",
            expected=exp,
            tolerated=(
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        for d in f.pick_days(0, 10, rng.randint(4, 5)):
            f.add(
                c,
                f.day_time(d, 8, 20),
                rng.choice(["social", "community"]),
                "post",
                f.w(W.PRAISE, c.lang),
            )
        f.happy_days(c, f.pick_days(0, 10, rng.randint(2, 4)), surveys=False)
        ids = slide(f, c, rng.randint(12, 16), spans[i])
        if det:
            fourth = next(r.ts for r in f.rows if r.eid == ids[3])
            f.low_nps(c, f.morning(fourth + timedelta(hours=rng.uniform(2.5, 3.5)), rng))
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        f.happy_days(c, f.pick_days(0, 15, rng.randint(4, 6)), surveys=False)
        ts = f.day_time(rng.randint(17, 23), 8, 19)
        ask = f.add(c, ts, "email", "message", f.w(W.CANCEL_ASK, c.lang), subject="Plus")
        f.add(
            c,
            f.morning(ts + timedelta(hours=rng.uniform(1, 5)), rng),
            "email",
            "message",
            f.w(W.AGENT_SORRY_GO, c.lang, first=c.first),
            out=True,
            subject="Re: Plus",
        )
        ct = f.morning(ts + timedelta(hours=rng.uniform(20, 30)), rng)
        cid = f.add(
            c,
            ct,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/membership", "product": "Linguora Plus monthly"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": ask,
                "cancellation_event_id": cid,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(ts),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.pick_days(0, 31, rng.randint(6, 10)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        d = rng.randint(0, 4)
        gids = []
        for _k in range(rng.randint(5, 7)):
            ch = rng.choice(["social", "community", "web", "review"])
            text = f.w(W.GRUMBLE, c.lang)
            ts = f.day_time(d, 8, 20)
            if ch == "review":
                gids.append(
                    f.add(c, ts, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                gids.append(f.add(c, ts, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                gids.append(f.add(c, ts, ch, "post", text))
            d += rng.randint(1, 3)
        c.truth.update(
            {
                "grumble_event_ids": gids,
                "trouble_starts_at": iso(next(r.ts for r in f.rows if r.eid == gids[0])),
            }
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        f.happy_days(c, f.pick_days(0, 16, rng.randint(3, 6)), surveys=False)
        sid = f.add(
            c,
            f.day_time(rng.randint(17, 28), 9, 21),
            rng.choice(["social", "community"]),
            "post",
            f.w(W.SARCASM, c.lang),
        )
        c.truth["sarcasm_event_id"] = sid


def quiet_hours(f: Fam) -> None:
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.pick_days(0, 2, rng.randint(1, 3)):
            f.happy_act(c, f.day_time(d, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        ts = f.day_time(rng.randint(0, 2), 9, 17)
        f.happy_act(c, ts, kinds=["buy"])
        t2 = ts + timedelta(minutes=rng.randint(20, 30))
        if i < 2:
            gid = f.add(c, t2, "chat", "chat", f.w(W.MILD, c.lang))
            f.add(
                c,
                t2 + timedelta(minutes=rng.randint(1, 5)),
                "chat",
                "chat",
                f.w(W.ACK, c.lang),
                out=True,
            )
        else:
            gid = f.add(
                c, t2, "web", "ticket", f.w(W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.add(
                c,
                t2 + timedelta(minutes=rng.randint(10, 40)),
                "email",
                "message",
                f.w(W.ACK, c.lang),
                out=True,
            )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t2)})
    for night in range(3):
        b0 = f.at(night + 1, rng.uniform(0.67, 1.08)).replace(second=0, microsecond=0)
        starts = [
            b0,
            b0 + timedelta(minutes=rng.randint(28, 33)),
            b0 + timedelta(minutes=rng.randint(55, 65)),
        ]
        for bi, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {bi + 1}")
                ts = bs + timedelta(minutes=rng.randint(0, 9))
                if rng.random() < 0.5:
                    nid = f.add(c, ts, "chat", "chat", f.w(W.NIGHT_CHAT, c.lang))
                    f.add(
                        c,
                        ts + timedelta(minutes=rng.randint(1, 4)),
                        "chat",
                        "chat",
                        f.w(W.NIGHT_ANSWER, c.lang),
                        out=True,
                    )
                    f.add(
                        c,
                        ts + timedelta(minutes=rng.randint(5, 8)),
                        "chat",
                        "chat",
                        f.w(W.THANKS, c.lang),
                    )
                else:
                    nid = f.add(
                        c,
                        ts,
                        rng.choice(["social", "community"]),
                        "post",
                        f.w(W.NIGHT_POST, c.lang),
                    )
                c.truth.update({"burst_at": iso(bs), "night_event_id": nid})
                if rng.random() < 0.5:
                    f.happy_act(c, f.day_time(rng.randint(0, 2), 9, 17.5))


PAIRS = [
    ("it", "pt"),
    ("pt", "it"),
    ("it", "en"),
    ("pt", "en"),
    ("it", "de"),
    ("pt", "fr"),
    ("it", "fr"),
    ("pt", "es"),
    ("it", "es"),
    ("pt", "de"),
    ("en", "it"),
    ("fr", "pt"),
    ("de", "it"),
    ("es", "pt"),
]
PAIR_MARKET = {"it": "CH", "pt": "PT", "en": "IE", "fr": "BE", "de": "CH", "es": "ES"}


def bilingual(f: Fam) -> None:
    rng = f.rng

    def pair_person(persona: str, habit: str, **kw: Any) -> tuple[Cust, list[str]]:
        a, b = rng.choice(PAIRS)
        c = f.person(
            persona,
            habit,
            lang=a,
            country=PAIR_MARKET[a] if rng.random() < 0.5 else PAIR_MARKET[b],
            languages=[a, b],
            job_second_language=rng.choice(
                ["moved for work", "partner's language", "studies abroad", "cross-border commuter"]
            ),
            **kw,
        )
        return c, [a, b]

    for _ in range(12):
        c, langs = pair_person("happy", "alternates languages")
        for i, d in enumerate(f.pick_days(0, 13, rng.randint(5, 8))):
            c.lang = langs[i % 2]
            f.happy_act(c, f.day_time(d), surveys=False)
        c.lang = langs[0]
    for n in [2, 2, 3, 3, 4]:
        c, langs = pair_person(
            "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=tuple(REPEAT_TOL)
        )
        f.happy_days(c, f.pick_days(0, 1, rng.randint(1, 2)), surveys=False)
        repeat_run(
            f,
            c,
            rng.randint(2, 5),
            n,
            rng.choice(PROBLEMS),
            rng.choice(["web", "email", "chat"]),
            [langs[i % 2] for i in range(n)],
        )
    for _ in range(5):
        c, langs = pair_person(
            "slow_churner",
            "slides",
            expected=("sentiment_drop",),
            tolerated=(
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        for i, d in enumerate(f.pick_days(0, 5, 5)):
            f.add(
                c,
                f.day_time(d, 8, 20),
                rng.choice(["social", "community"]),
                "post",
                f.w(W.PRAISE, langs[i % 2]),
            )
        f.happy_days(c, f.pick_days(0, 5, rng.randint(1, 3)), surveys=False)
        slide(f, c, rng.randint(7, 8), rng.randint(3, 5), langs)
    for ch in ["long", "email", "chat"]:
        c, langs = pair_person("happy_one_bad_day", "one bad day", tolerated=("silence",))
        f.happy_days(c, f.pick_days(0, 3, 2), surveys=False)
        bd = rng.randint(6, 9)
        bad_day(
            f,
            c,
            f.day_time(bd, 9, 18),
            "email" if ch == "long" else ch,
            rng.choice(PROBLEMS),
            langs[1],
            ch == "long",
            False,
            False,
            ch != "chat",
            ch == "email",
        )
        c.truth["bad_day_language"] = langs[1]
        f.happy_days(c, [bd + 3], surveys=False)
    for _ in range(2):
        c, langs = pair_person("resolved_between_contacts", "fixed", tolerated=("silence",))
        p = fixed_case(f, c, rng.randint(2, 8), rng.choice(PROBLEMS), "web", langs[0], langs[1])
        c.truth.update(
            {"problems": [p], "trouble_starts_at": p["raised_at"], "confirm_language": langs[1]}
        )


def office(f: Fam, day: int, lo: float = 8.0, hi: float = 16.5) -> datetime:
    ts = f.day_time(day, lo, hi)
    while ts.weekday() >= 5:
        ts += timedelta(days=1)
    return ts


def b2b_accounts(f: Fam) -> None:
    rng = f.rng
    plan: list[tuple[str, int, str | None, int]] = [
        ("at_risk", 5, "portal", 3),
        ("at_risk", 5, "invoice", 3),
        ("at_risk", 5, "seats_blocked", 3),
        ("at_risk", 5, "invoice", 4),
        ("at_risk", 5, "overbilled", 4),
        ("one_unhappy", 3, "seats_blocked", 1),
        ("one_unhappy", 3, "overbilled", 1),
        ("one_unhappy", 3, "portal", 1),
        ("one_unhappy", 3, "invoice", 1),
        ("mild", 4, None, 0),
        ("mild", 4, None, 0),
        ("mild", 3, None, 0),
        ("happy", 4, None, 0),
        ("happy", 4, None, 0),
        ("happy", 3, None, 0),
    ]
    langs = [
        "it",
        "pt",
        "it",
        "pt",
        "de",
        "it",
        "pt",
        "fr",
        "es",
        "it",
        "pt",
        "en",
        "pt",
        "it",
        "en",
    ]
    used_co: set[str] = set()
    sites = [
        "manufacturing",
        "logistics",
        "hotel",
        "law firm",
        "clinic",
        "software",
        "architecture",
        "pharma",
    ]
    for (kind, size, problem, unhappy), L in zip(plan, langs, strict=True):
        company = rng.choice([x for x in W.COMPANIES[L] if x not in used_co])
        used_co.add(company)
        country = rng.choice(MARKETS[L])
        acc = unique(lambda: f"LGB-{country}-{rng.randint(1000, 9999)}")  # noqa: B023
        domain = strip_accents(company).lower().replace(" ", "-") + ".example"
        keys: list[str] = []
        unhappy_keys: list[str] = []
        firstnames: set[str] = set()
        contacts: list[Cust] = []
        for i in range(size):
            role = (
                "complainer"
                if i < unhappy
                else ("suggests" if kind == "mild" and i < 2 else "contact")
            )
            exp: tuple[str, ...]
            tol: tuple[str, ...]
            if role == "complainer" and kind == "at_risk":
                persona, exp, tol = (
                    "b2b_unhappy",
                    ("detractor",),
                    (
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ),
                )
                if i == unhappy - 1:
                    exp = ("repeat_contact",)
            elif role == "complainer":
                persona, exp, tol = (
                    "b2b_one_unhappy",
                    ("detractor",),
                    ("sentiment_drop", "high_value_at_risk", "silence"),
                )
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", (), ("silence",)
            else:
                persona, exp, tol = "b2b_happy", (), ()
            while True:
                c = f.person(
                    persona,
                    role,
                    lang=L,
                    expected=exp,
                    tolerated=tol,
                    account=acc,
                    country=country,
                    domain=domain,
                    company=company,
                    role=role,
                )
                if c.first not in firstnames:
                    break
                del f.customers[c.key]
            firstnames.add(c.first)
            title = rng.choice(
                [
                    "HR manager",
                    "L&D lead",
                    "office manager",
                    "finance assistant",
                    "team lead",
                    "operations manager",
                ]
            )
            c.truth.update({"job_title": title, "job": title})
            keys.append(c.key)
            if role == "complainer":
                unhappy_keys.append(c.key)
            contacts.append(c)
        trouble = None
        if kind == "at_risk":
            assert problem
            p = W.B2B_PROBLEMS[problem][L]
            case = f.case()
            ts = f.at(2, rng.uniform(8.5, 11))  # Wednesday 7 October
            trouble = ts
            first_name = contacts[0].first
            for i, c in enumerate(contacts[:unhappy]):
                if i:
                    ts = ts + timedelta(hours=rng.uniform(8, 28))
                    while ts.hour < 8 or ts.hour >= 17 or ts.weekday() >= 5:
                        ts += timedelta(hours=1)
                    text = f.w(
                        W.B2B_LATER, L, first=first_name, day=W.DAYNAMES[L][2], case=case, problem=p
                    )
                else:
                    text = f.w(W.B2B_FIRST, L, company=company, problem=p)
                eid = f.add(
                    c,
                    ts,
                    "email",
                    "message",
                    text,
                    subject=W.SUBJECT_COMPLAINT[L].format(topic=company)
                    if i == 0
                    else W.SUBJECT_RE[L].format(case=case),
                )
                if i == 0:
                    f.reply(
                        c, ts + timedelta(minutes=rng.randint(20, 60)), "email", W.AGENT_CASE, case
                    )
                ids = [eid]
                if i < unhappy - 1:
                    f.low_nps(c, ts + timedelta(hours=rng.uniform(1, 3)))
                else:
                    t2 = ts + timedelta(hours=rng.uniform(18, 40))
                    while t2.hour < 8 or t2.hour >= 17 or t2.weekday() >= 5:
                        t2 += timedelta(hours=1)
                    if rng.random() < 0.3:
                        comp = rng.choice(W.COMPETITORS)
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                f.w(W.B2B_LAST_EMAIL, L, case=case, comp=comp),
                                subject=W.SUBJECT_RE[L].format(case=case),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(c, t2, "phone", "call", f.w(W.B2B_LAST_CALL, L, case=case))
                        )
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(ts),
                    }
                )
        elif kind == "one_unhappy":
            assert problem
            c = contacts[0]
            ts = office(f, rng.randint(3, 7), 9, 16)
            case = f.case()
            eid = f.add(
                c,
                ts,
                "email",
                "message",
                f.w(W.B2B_FIRST, L, company=company, problem=W.B2B_PROBLEMS[problem][L]),
                subject=W.SUBJECT_COMPLAINT[L].format(topic=company),
            )
            f.reply(c, ts + timedelta(minutes=rng.randint(20, 60)), "email", W.AGENT_CASE, case)
            nps = rng.randint(1, 5)
            sid = f.add(
                c,
                ts + timedelta(hours=rng.uniform(1, 3)),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                    "trouble_starts_at": iso(ts),
                }
            )
        for c in contacts:
            role = c.truth["role"]
            if role == "suggests":
                ts = office(f, rng.randint(2, 9), 9, 16)
                mid = f.add(
                    c,
                    ts,
                    "web",
                    "ticket",
                    f.w(W.B2B_SUGGEST, L),
                    attrs={"page": "/business/feedback"},
                )
                f.add(
                    c,
                    ts + timedelta(minutes=rng.randint(20, 90)),
                    "email",
                    "message",
                    f.w(W.ACK, L),
                    out=True,
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(ts)})
            if role in ("complainer", "suggests"):
                for _k in range(rng.randint(0, 2)):
                    f.happy_act(c, office(f, rng.randint(0, 1), 8, 12), surveys=False)
            else:
                for d in f.pick_days(0, 11, rng.randint(3, 6)):
                    if f.at(d, 0).weekday() < 5:
                        f.happy_act(c, office(f, d))
                if not any(r.cust is c for r in f.rows):
                    f.happy_act(c, office(f, 1))
        f.accounts[acc] = {
            "company": company,
            "site": rng.choice(sites),
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": iso(trouble) if trouble else None,
            "language": L,
            "country": country,
        }


def topic_spike(f: Fam) -> None:
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.pick_days(0, 5, rng.randint(1, 4)):
            lo = 12.0 if d == 5 else 7.0
            f.happy_act(c, f.day_time(d, lo, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        ts = f.day_time(0, 9, 17)
        gid = f.add(c, ts, "chat", "chat", f.w(W.GRUMBLE, c.lang))
        f.add(
            c,
            ts + timedelta(minutes=rng.randint(1, 5)),
            "chat",
            "chat",
            f.w(W.ACK, c.lang),
            out=True,
        )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(ts)})
    for lang, hour in (("it", 9.67), ("pt", 16.08)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=("silence",))
        ts = f.at(4, hour).replace(second=0, microsecond=0)
        lid = f.add(c, ts, "chat", "chat", f.w(W.LONE_QUESTION, lang))
        f.add(
            c,
            ts + timedelta(minutes=rng.randint(2, 6)),
            "chat",
            "chat",
            f.w(W.LONE_ANSWER, lang),
            out=True,
        )
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(ts)})
    spike_start = f.at(5, 9 + 5 / 60)
    langs = ["it"] * 6 + ["pt"] * 6 + ["en", "en", "fr", "fr", "de", "de", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    offsets = sorted([0, 45] + [rng.randint(1, 44) for _ in range(18)])
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        regular = i < 12
        c = f.person(
            "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            tolerated=("silence",),
            in_spike=True,
            regular=regular,
        )
        if regular:
            f.happy_act(c, f.day_time(2, 8, 17.5), surveys=False)
        ts = spike_start + timedelta(minutes=offsets[i])
        ch = chans[i]
        text = f.w(W.SPIKE, c.lang)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = f.add(
            c,
            ts,
            ch,
            kind,
            text,
            subject={
                "it": "Aula sbagliata",
                "pt": "Sala errada",
                "en": "Wrong lesson room",
                "fr": "Mauvaise salle",
                "de": "Falscher Raum",
                "es": "Aula equivocada",
            }[c.lang]
            if ch == "email"
            else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                ts + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                "chat",
                f.w(W.SPIKE_CHAT_ANSWER, c.lang),
                out=True,
            )
        c.truth.update({"spike_event_id": eid, "spike_channel": ch, "trouble_starts_at": iso(ts)})
        reporters.append((c, ts, ch, eid))
    early = [r for r in reporters if r[1] <= spike_start + timedelta(minutes=25)]
    rep = rng.sample(early, 6)
    rep_ids = []
    for c, ts, ch, _eid in rep:
        other = rng.choice([x for x in ["email", "chat", "community", "social"] if x != ch])
        t2 = ts + timedelta(minutes=rng.randint(10, 60))
        kind = {"social": "mention", "chat": "chat", "community": "post", "email": "message"}[other]
        rid = f.add(
            c,
            t2,
            other,
            kind,
            f.w(W.SPIKE_AGAIN, c.lang),
            subject={
                "it": "Ancora aula sbagliata",
                "pt": "Ainda a sala errada",
                "en": "Still wrong room",
                "fr": "Toujours la mauvaise salle",
                "de": "Immer noch falscher Raum",
                "es": "Sigue el aula equivocada",
            }[c.lang]
            if other == "email"
            else None,
        )
        rep_ids.append(rid)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["sentiment_drop", "silence"],
                "repeat_event_id": rid,
            }
        )
    rest = [r for r in reporters if r not in rep]
    for c, _ts, _ch, _e in rng.sample(rest, 6):
        f.add(
            c,
            f.at(5, rng.uniform(11.5, 11.8)),
            "email",
            "message",
            f.w(W.SPIKE_FIXED, c.lang),
            out=True,
            subject="Linguora",
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "live lessons: joining from the app or web puts students into other people's lessons (wrong classroom), error "
        + W.SPIKE_CODE,
        "about": "the planted incident; score it by its window and event ids if the pipeline names it otherwise",
        "channel": None,
        "start": iso(spike_start),
        "end": iso(spike_start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[3] for r in reporters],
        "repeat_event_ids": rep_ids,
    }


FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        happy_writers,
        "happy customers: day writers, night writers, survey answerers",
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        one_bad_day,
        "happy customers with one angry message on one day",
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        repeat_contacts,
        "one open problem raised again and again; fixed cases; frequent writers",
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 6, 22, tzinfo=UTC),
        32,
        slow_churners,
        "slow slides, leavers, steady, steadily grumpy, one sarcastic post",
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        quiet_hours,
        "a calm weekend with night-owl bursts",
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        bilingual,
        "customers writing in two languages",
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        b2b_accounts,
        "company accounts of Linguora Business",
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
    total_c = total_t = 0
    for n, (name, code, start, days, build, about) in enumerate(FAMILIES, start=1):
        f = Fam(name, code, n, start, days, about)
        build(f)
        cs, ts = f.write()
        total_c += cs
        total_t += ts
        print(f"{name}: {cs} customers, {ts} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
