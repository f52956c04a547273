"""Build heldout199 (report only, written blind). Never tune on these files.

Run: python make_heldout199.py (standard library only; same bytes every run).
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

SEED = 20261206
LANG_WEIGHTS = (("en", 30), ("it", 30), ("fr", 10), ("de", 10), ("pt", 10), ("es", 10))
MARKETS = {
    "en": ("UK", "IE"),
    "it": ("IT", "CH"),
    "fr": ("FR", "BE"),
    "de": ("DE", "AT"),
    "pt": ("PT",),
    "es": ("ES",),
}
PREFIX = {
    "UK": "+447",
    "IE": "+3538",
    "IT": "+393",
    "CH": "+417",
    "FR": "+336",
    "BE": "+324",
    "DE": "+4915",
    "AT": "+43664",
    "PT": "+3519",
    "ES": "+346",
}
FIRST = {
    "en": ("Oliver", "Amelia", "Harry", "Isla", "Jack", "Grace", "Noah", "Freya", "Liam", "Ellie"),
    "it": (
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Sara",
        "Matteo",
        "Elena",
        "Davide",
        "Marta",
        "Paolo",
    ),
    "fr": ("Camille", "Hugo", "Léa", "Louis", "Chloé", "Jules"),
    "de": ("Lena", "Felix", "Hannah", "Jonas", "Mia", "Lukas"),
    "pt": ("Inês", "Tiago", "Beatriz", "Rui", "Mariana", "Duarte"),
    "es": ("Lucía", "Pablo", "Carmen", "Diego", "Irene", "Álvaro"),
}
LAST = {
    "en": ("Walsh", "Hughes", "Murphy", "Patel", "Clarke", "Byrne", "Turner", "Hayes"),
    "it": ("Rossi", "Bianchi", "Greco", "Conti", "Marino", "Galli", "Fontana", "Ricci"),
    "fr": ("Martin", "Bernard", "Dubois", "Moreau", "Lefèvre"),
    "de": ("Müller", "Schmidt", "Becker", "Wagner", "Hoffmann"),
    "pt": ("Silva", "Santos", "Ferreira", "Costa", "Oliveira"),
    "es": ("García", "López", "Martín", "Sánchez", "Romero"),
}
AGENTS = ("Priya", "Tommaso", "Aurélie", "Nadia")
SOURCES = {
    "email": "obiettara-mail",
    "phone": "obiettara-voice",
    "social": "obiettara-social",
    "community": "obiettara-forum",
    "chat": "obiettara-chat",
    "web": "obiettara-web",
    "survey": "obiettara-survey",
}
END_LIMIT = datetime(2026, 11, 15, tzinfo=UTC)


def strip_accents(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    out = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in out if not unicodedata.combining(ch) or ch == "\u0303")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    name: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Row:
    when: datetime
    seq: int
    cust: Cust
    data: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    rng: random.Random
    rough: random.Random
    about: str
    rows: list[Row] = field(default_factory=list)
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0
    cases: int = 0

    def at(self, day: float, hour: float = 0.0) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def lang(self) -> str:
        langs = [lang for lang, _ in LANG_WEIGHTS]
        return self.rng.choices(langs, weights=[w for _, w in LANG_WEIGHTS])[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        company: str | None = None,
    ) -> Cust:
        lang = lang or self.lang()
        market = self.rng.choice(MARKETS[lang])
        n = len(self.custs) + 1
        key = f"OB{self.code}{1000 + n * 7 + self.rng.randrange(7):04d}"
        first = self.rng.choice(FIRST[lang])
        last = self.rng.choice(LAST[lang])
        plain = strip_accents(f"{first}.{last}").lower().replace("'", "")
        domain = (
            f"{company.lower()}.example"
            if company
            else self.rng.choice(("mail.example", "posta.example", "inbox.example"))
        )
        email = f"{plain}{n}{self.code.lower()}@{domain}"
        phone = (
            PREFIX[market] + "".join(str(self.rng.randrange(10)) for _ in range(8)) + str(n % 10)
        )
        handle = None if account else f"@{plain.replace('.', '_')}{self.code.lower()}{n}"
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lang, market, first, f"{first} {last}", email, phone, handle, account, truth)
        self.custs.append(c)
        return c

    def case(self) -> str:
        self.cases += 1
        return f"OB-{self.code}{self.cases:03d}{self.rng.randrange(100, 999)}"

    def roughen(self, text: str) -> str:
        r = self.rough.random()
        if r < 0.1:
            text = strip_accents(text)
        if self.rough.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if self.rough.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = text.split(" ")
                i = self.rough.choice(words)
                w = parts[i]
                j = self.rough.randrange(1, len(w) - 2)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    def add(
        self,
        c: Cust,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        if when >= END_LIMIT or when < self.start:
            raise ValueError(f"{self.name}: time out of range {when}")
        self.counter += 1
        eid = f"h199-{self.code.lower()}-{self.counter:05d}"
        if text is not None and direction == "inbound" and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text is not None and "{" in text:
            raise ValueError(f"placeholder left in {eid}")
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if direction == "outbound":
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        data: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": direction,
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": scores or {"nps": None, "csat": None, "ces": None},
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(Row(when, self.counter, c, data))
        return eid

    def reply(
        self, c: Cust, when: datetime, channel: str, text: str, subject: str | None = None
    ) -> str:
        kind = "chat" if channel == "chat" else "message"
        return self.add(c, when, channel, kind, text, direction="outbound", subject=subject)

    def ids_for(self, c: Cust, channel: str, full: bool) -> dict[str, Any]:
        everything = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        if full:
            return everything
        ref: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if channel == "phone":
            ref["phone"] = c.phone
        elif channel == "email":
            ref["email"] = c.email
        elif channel in ("social", "community"):
            if c.handle:
                ref["handle"] = c.handle
            else:
                ref["email"] = c.email
        else:
            ref["customer_id"] = c.key
        return ref

    def write(self, expected: dict[str, int]) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r.when, r.seq))
        seen: set[str] = set()
        lines = []
        for r in self.rows:
            full = r.data["direction"] == "outbound" or (
                r.data["direction"] == "inbound" and r.cust.key not in seen
            )
            if r.data["direction"] == "inbound":
                seen.add(r.cust.key)
            r.data["customer"] = self.ids_for(r.cust, r.data["channel"], full)
            lines.append(json.dumps(r.data, ensure_ascii=False))
        counted: dict[str, int] = {}
        for c in self.custs:
            if c.key not in seen:
                raise ValueError(f"{c.key} has no inbound touchpoint")
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise ValueError(f"{c.key} expects and tolerates a rule")
            for rule in c.truth["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        if self.spike:
            counted["topic_spike"] = 1
        if counted != expected:
            raise ValueError(f"{self.name}: expected {expected}, planted {counted}")
        last = self.rows[-1].when + timedelta(hours=1)
        end = max(self.at(self.days), last)
        if end >= END_LIMIT:
            raise ValueError(f"{self.name}: end {end}")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Obiettara (camera and lens hire)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
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
        outbound = sum(1 for r in self.rows if r.data["direction"] == "outbound")
        return len(self.custs), len(self.rows), outbound


def pick(rng: random.Random, table: dict[str, list[str]], lang: str) -> str:
    return rng.choice(table[lang])


def day_time(f: Fam, day: int, lo: float = 8.0, hi: float = 19.0) -> datetime:
    return f.at(day, f.rng.uniform(lo, hi))


def review(f: Fam, c: Cust, when: datetime, text: str, rating: str) -> str:
    return f.add(c, when, "web", "review", text, attrs={"rating": rating, "page": "/reviews"})


def happy_act(f: Fam, c: Cust, when: datetime) -> None:
    r = f.rng.random()
    lang = c.lang
    if r < 0.2:
        f.add(c, when, "social", "post", pick(f.rng, W.PRAISE, lang))
    elif r < 0.3:
        f.add(c, when, "community", "post", pick(f.rng, W.AGAIN, lang))
    elif r < 0.4:
        review(f, c, when, pick(f.rng, W.GRIPE_PRAISE, lang), "4")
    elif r < 0.6:
        f.add(c, when, "chat", "chat", pick(f.rng, W.QUESTION, lang))
        f.reply(c, when + timedelta(minutes=f.rng.randint(1, 6)), "chat", W.ANSWER[lang])
        if f.rng.random() < 0.6:
            f.add(
                c,
                when + timedelta(minutes=f.rng.randint(7, 12)),
                "chat",
                "chat",
                pick(f.rng, W.THANKS, lang),
            )
    elif r < 0.7:
        f.add(c, when, "phone", "call", pick(f.rng, W.CALL_QUESTION, lang))
        f.reply(c, when + timedelta(minutes=f.rng.randint(10, 40)), "email", W.ANSWER[lang])
    elif r < 0.88:
        product, value = f.rng.choice(W.PRODUCTS)
        f.add(c, when, "web", "page_view", None, attrs={"page": "/hire"})
        f.add(
            c,
            when + timedelta(minutes=f.rng.randint(2, 9)),
            "web",
            "purchase",
            None,
            attrs={
                "order_value": value,
                "currency": "GBP"
                if c.market in ("UK",)
                else ("CHF" if c.market == "CH" else "EUR"),
                "product": product,
                "page": "/checkout",
            },
        )
    else:
        review(f, c, when, pick(f.rng, W.PRAISE, lang), "5")


def happy_days(f: Fam, c: Cust, n: int, days: list[int], lo: float = 8.0, hi: float = 19.0) -> None:
    for d in sorted(f.rng.sample(days, min(n, len(days)))):
        happy_act(f, c, day_time(f, d, lo, hi))


def happy_survey(f: Fam, c: Cust, when: datetime) -> None:
    kind = f.rng.choice(("nps", "csat", "ces"))
    value = {"nps": f.rng.randint(9, 10), "csat": f.rng.randint(4, 5), "ces": f.rng.randint(6, 7)}[
        kind
    ]
    scores: dict[str, Any] = {"nps": None, "csat": None, "ces": None, kind: value}
    f.add(
        c,
        when,
        "survey",
        "survey_response",
        pick(f.rng, W.SURVEY_WORD, c.lang) or None,
        scores=scores,
        attrs={"survey": kind},
    )


def low_survey(f: Fam, c: Cust, when: datetime, text: str | None, kind: str, value: int) -> str:
    scores: dict[str, int | None] = {"nps": None, "csat": None, "ces": None, kind: value}
    return f.add(c, when, "survey", "survey_response", text, scores=scores, attrs={"survey": kind})


def complaint(
    f: Fam,
    c: Cust,
    when: datetime,
    problem: str,
    channel: str,
    lang: str | None = None,
    long: bool = False,
) -> str:
    lang = lang or c.lang
    text = W.COMPLAINT[lang][problem]
    if channel == "phone":
        return f.add(
            c,
            when,
            "phone",
            "call",
            W.CALL_COMPLAINT[lang].replace(
                "{problem_spoken}",
                W.SPOKEN[lang] if problem == "no_show" else text.lower().rstrip(".!?"),
            ),
        )
    if channel == "email":
        body = (
            W.LONG_EMAIL[lang].replace("{complaint}", text).replace("{name}", c.name)
            if long
            else text
        )
        return f.add(
            c,
            when,
            "email",
            "message",
            body,
            subject=f"{W.SUBJECT_COMPLAINT[lang]}: {problem.replace('_', ' ')}",
        )
    if channel == "social":
        return f.add(c, when, "social", "mention", "@Obiettara " + text)
    if channel == "web":
        return f.add(c, when, "web", "ticket", text, attrs={"page": "/help/contact"})
    return f.add(c, when, channel, "chat" if channel == "chat" else "post", text)


def fmt(template: str, **kw: str) -> str:
    out = template
    for k, v in kw.items():
        out = out.replace("{" + k + "}", v)
    return out


def off_night(when: datetime) -> datetime:
    if when.hour >= 22:
        return when.replace(hour=8, minute=when.minute % 50) + timedelta(days=1)
    if when.hour < 7:
        return when.replace(hour=8, minute=when.minute % 50)
    return when


# --------------------------------------------------------------- families --
def happy_writers(f: Fam) -> dict[str, int]:
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, f.rng.randint(5, 8), list(range(10)), 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            when = f.at(d, 22.2 + f.rng.uniform(0, 5.5))
            if f.rng.random() < 0.5:
                f.add(c, when, "social", "post", pick(f.rng, W.NIGHT_POST, c.lang))
            else:
                f.add(c, when, "chat", "chat", pick(f.rng, W.NIGHT_QUESTION, c.lang))
                f.reply(c, when + timedelta(minutes=4), "chat", W.NIGHT_ANSWER[c.lang])
                f.add(c, when + timedelta(minutes=9), "chat", "chat", pick(f.rng, W.THANKS, c.lang))
        happy_days(f, c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            happy_survey(f, c, day_time(f, d))
    return {}


def one_bad_day(f: Fam) -> dict[str, int]:
    channels = ["long", "email", "chat", "social", "web", "phone"] * 4
    f.rng.shuffle(channels)
    with_case = 0
    detr = 0
    csat = 0
    fixed = 0
    apolog = 0
    for i, ch in enumerate(channels):
        lang = f.rng.choice(("en", "it")) if ch == "long" else None
        problem = W.PROBLEMS[i % 6]
        c = f.person("happy_one_bad_day", "one bad day", lang=lang)
        bad_day = f.rng.randint(2, 9)
        bad = day_time(f, bad_day, 8, 20)
        c.truth.update(
            {
                "problem": problem,
                "bad_day_at": bad.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "long_email": ch == "long",
                "channel": "email" if ch == "long" else ch,
            }
        )
        before = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        happy_days(f, c, f.rng.randint(1, 5), before)
        eid = complaint(f, c, bad, problem, "email" if ch == "long" else ch, long=ch == "long")
        c.truth["bad_day_event_id"] = eid
        tol = ["silence"]
        if ch == "social":
            c.truth["booking"] = None
        else:
            case = f.case()
            c.truth["booking"] = case
            with_case += 1
            if ch == "chat":
                f.reply(
                    c,
                    bad + timedelta(minutes=3),
                    "chat",
                    fmt(W.AGENT_CASE[c.lang], first=c.first, case=case),
                )
            else:
                f.reply(
                    c,
                    bad + timedelta(minutes=f.rng.randint(10, 40)),
                    "email",
                    fmt(W.AGENT_CASE[c.lang], first=c.first, case=case),
                    subject=f"Re: {case}",
                )
            if detr < 6 and with_case % 3 == 1:
                detr += 1
                nps = f.rng.randint(1, 5)
                c.truth.update({"persona": "bad_day_detractor", "nps_given": True, "nps": nps})
                c.truth["expected_rules"] = ["detractor"]
                c.truth["survey_event_id"] = low_survey(
                    f,
                    c,
                    bad + timedelta(minutes=f.rng.randint(100, 140)),
                    pick(f.rng, W.LOW_WORD, c.lang) or None,
                    "nps",
                    nps,
                )
            elif csat < 5 and with_case % 3 == 2:
                csat += 1
                v = f.rng.randint(1, 2)
                c.truth.update({"csat_given": True, "csat": v})
                c.truth["survey_event_id"] = low_survey(
                    f,
                    c,
                    bad + timedelta(minutes=f.rng.randint(40, 80)),
                    pick(f.rng, W.LOW_WORD, c.lang) or None,
                    "csat",
                    v,
                )
            if fixed < 12:
                fixed += 1
                c.truth["agent_fixed"] = True
                f.reply(
                    c,
                    off_night(bad + timedelta(hours=f.rng.uniform(1, 4))),
                    "email",
                    fmt(W.AGENT_FIXED[c.lang], first=c.first, case=case),
                    subject=f"Re: {case}",
                )
                if apolog < 5 and fixed % 2 == 0:
                    apolog += 1
                    at = off_night(bad + timedelta(hours=f.rng.uniform(16, 24)))
                    c.truth.update(
                        {"apologised": True, "apology_at": at.strftime("%Y-%m-%dT%H:%M:%SZ")}
                    )
                    c.truth["apology_event_id"] = f.add(
                        c, at, "chat", "chat", fmt(W.APOLOGY[c.lang], case=case)
                    )
        c.truth["tolerated_rules"] = tol
    for _ in range(8):
        c = f.person("happy", "control")
        happy_days(f, c, f.rng.randint(4, 7), list(range(12)))
    return {"detractor": 6}


def repeat_run(
    f: Fam, c: Cust, first_day: int, times: int, lang_seq: list[str] | None = None
) -> None:
    problem = f.rng.choice(W.PROBLEMS)
    case = f.case()
    chans = ["web", "email", "chat", "phone", "social"]
    f.rng.shuffle(chans)
    when = day_time(f, first_day, 8, 19)
    first_at = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    langs = lang_seq or [c.lang] * times
    ids = [complaint(f, c, when, problem, chans[0], lang=langs[0])]
    quality = times >= 3
    if chans[0] == "chat":
        f.reply(
            c,
            when + timedelta(minutes=3),
            "chat",
            fmt(W.AGENT_CASE[c.lang], first=c.first, case=case),
        )
    if quality:
        f.reply(
            c,
            when + timedelta(hours=f.rng.uniform(1.5, 2.5)),
            "email",
            fmt(W.AGENT_QUALITY[c.lang], first=c.first, case=case),
            subject=f"Re: {case}",
        )
    elif chans[0] != "chat":
        f.reply(
            c,
            when + timedelta(minutes=f.rng.randint(10, 40)),
            "email",
            fmt(W.AGENT_CASE[c.lang], first=c.first, case=case),
            subject=f"Re: {case}",
        )
    competitor = None
    for k in range(1, times):
        when = off_night(when + timedelta(hours=f.rng.uniform(4, 40)))
        lang = langs[k]
        if k == 2:
            competitor = f.rng.choice(W.COMPETITORS)
            text = fmt(W.REPEAT_THIRD[lang], case=case, competitor=competitor)
        elif k == 3:
            text = fmt(W.REPEAT_FOURTH[lang], case=case)
        else:
            text = fmt(W.REPEAT_LATER[lang], case=case)
        ch = chans[k]
        if ch == "phone":
            text = text.lower().replace(".", "").replace(",", "")
        kind = {
            "web": "ticket",
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "social": "mention",
        }[ch]
        if ch == "social":
            text = "@Obiettara " + text
        ids.append(
            f.add(
                c,
                when,
                ch,
                kind,
                text,
                subject=f"Re: {case}" if ch == "email" else None,
                attrs={"page": "/help/contact"} if ch == "web" else None,
            )
        )
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "channels": chans[:times],
            "agent_passed_on": quality,
            "problem_event_ids": ids,
            "competitor": competitor,
            "trouble_starts_at": first_at,
        }
    )


def fixed_run(f: Fam, c: Cust, day: int, lang2: str | None = None) -> dict[str, Any]:
    problem = f.rng.choice(W.PROBLEMS)
    case = f.case()
    when = day_time(f, day, 8, 17)
    eid = complaint(f, c, when, problem, "web")
    f.reply(
        c,
        when + timedelta(minutes=f.rng.randint(10, 40)),
        "email",
        fmt(W.AGENT_CASE[c.lang], first=c.first, case=case),
        subject=f"Re: {case}",
    )
    fixed_at = off_night(when + timedelta(hours=f.rng.uniform(3, 20)))
    f.reply(
        c,
        fixed_at,
        "email",
        fmt(W.AGENT_FIXED[c.lang], first=c.first, case=case),
        subject=f"Re: {case}",
    )
    conf_at = off_night(fixed_at + timedelta(hours=f.rng.uniform(8, 30)))
    ch = f.rng.choice(("email", "chat"))
    cid = f.add(
        c,
        conf_at,
        ch,
        "message" if ch == "email" else "chat",
        W.CONFIRM[lang2 or c.lang].replace("{case}", case),
        subject=f"Re: {case}" if ch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "fixed_at": fixed_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "confirmed_at": conf_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": "web",
        "confirm_channel": ch,
    }


REPEAT_TOL = (
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
)


def repeat_contacts(f: Fam) -> dict[str, int]:
    for times in [2] * 4 + [3] * 4 + [4] * 4:
        c = f.person(
            "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=REPEAT_TOL
        )
        happy_act(f, c, day_time(f, 0, 7, 12))
        repeat_run(f, c, f.rng.randint(1, 4), times)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=("silence",))
        happy_act(f, c, day_time(f, 0, 7, 12))
        c.truth["problems"] = [fixed_run(f, c, f.rng.randint(1, 4))]
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=("silence",))
        d = f.rng.randint(1, 2)
        p1 = fixed_run(f, c, d)
        p2 = fixed_run(f, c, d + f.rng.randint(4, 5))
        c.truth["problems"] = [p1, p2]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        happy_days(f, c, f.rng.randint(5, 8), list(range(10)))
    return {"repeat_contact": 12}


SLIDE_TOL = (
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
)


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str] | None = None) -> list[str]:
    when = day_time(f, start_day, 9, 12)
    comp = f.rng.choice(W.COMPETITORS)
    ids = []
    for k in range(6):
        lang = (langs or [c.lang] * 6)[k]
        text = fmt(W.SLIDE[lang][k], competitor=comp)
        ch = f.rng.choice(("social", "community", "review"))
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    when,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/reviews"},
                )
            )
        elif ch == "social":
            ids.append(f.add(c, when, "social", "post", "@Obiettara " + text))
        else:
            ids.append(f.add(c, when, "community", "post", text))
        when = off_night(when + timedelta(hours=max(1.0, span * 24 / 5 * f.rng.uniform(0.7, 1.1))))
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": f.rows[-6].data["occurred_at"],
        }
    )
    return ids


def slow_churners(f: Fam) -> dict[str, int]:
    spans = [3] + [5] * 5 + [9] * 4
    for i, span in enumerate(spans):
        exp: tuple[str, ...] = (
            ("sentiment_drop", "detractor") if i % 2 == 0 else ("sentiment_drop",)
        )
        c = f.person("slow_churner", "slides", expected=exp, tolerated=SLIDE_TOL)
        for d in sorted(f.rng.sample(range(11), 5)):
            f.add(c, day_time(f, d), "social", "post", pick(f.rng, W.PRAISE, c.lang))
        happy_days(f, c, f.rng.randint(2, 4), list(range(11)))
        ids = slide(f, c, f.rng.randint(12, 16), span)
        if "detractor" in exp:
            fourth = next(r.when for r in f.rows if r.data["event_id"] == ids[3])
            nps = f.rng.randint(1, 5)
            c.truth.update({"nps_given": True, "nps": nps})
            c.truth["survey_event_id"] = low_survey(
                f,
                c,
                off_night(fourth + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                pick(f.rng, W.LOW_WORD, c.lang) or None,
                "nps",
                nps,
            )
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=("competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"),
        )
        happy_days(f, c, f.rng.randint(4, 6), list(range(16)))
        when = day_time(f, f.rng.randint(17, 23), 9, 16)
        c.truth["churn_intent_event_id"] = f.add(
            c, when, "email", "message", W.CANCEL_REQUEST[c.lang], subject="Plus"
        )
        f.reply(
            c,
            when + timedelta(hours=f.rng.uniform(1, 5)),
            "email",
            fmt(W.AGENT_SORRY[c.lang], first=c.first),
            subject="Re: Plus",
        )
        at = when + timedelta(hours=f.rng.uniform(20, 30))
        c.truth["cancellation_event_id"] = f.add(
            c,
            at,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/plus", "product": "Obiettara Plus"},
        )
        c.truth.update(
            {
                "churn_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "trouble_starts_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        happy_days(f, c, f.rng.randint(6, 10), list(range(30)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        day = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(("social", "community", "web"))
            text = pick(f.rng, W.GRUMBLE, c.lang)
            if ch == "web":
                ids.append(
                    f.add(
                        c,
                        day_time(f, day),
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            else:
                ids.append(f.add(c, day_time(f, day), ch, "post", text))
            day += f.rng.randint(1, 3)
        c.truth["grumble_event_ids"] = ids
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        happy_days(f, c, f.rng.randint(4, 6), list(range(16)))
        c.truth["sarcasm_event_id"] = f.add(
            c,
            day_time(f, f.rng.randint(17, 28)),
            "social",
            "post",
            "@Obiettara " + pick(f.rng, W.SARCASM, c.lang),
        )
    return {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}


def quiet_hours(f: Fam) -> dict[str, int]:
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        when = day_time(f, f.rng.randint(0, 2), 9, 16)
        f.add(c, when, "web", "page_view", None, attrs={"page": "/counters"})
        gw = when + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            c.truth["grumble_event_id"] = f.add(c, gw, "chat", "chat", W.MILD[c.lang])
            f.reply(c, gw + timedelta(minutes=3), "chat", W.ACK[c.lang])
        else:
            c.truth["grumble_event_id"] = f.add(
                c, gw, "web", "ticket", W.MILD[c.lang], attrs={"page": "/help/contact"}
            )
            f.reply(c, gw + timedelta(minutes=25), "email", W.ACK[c.lang])
    for night in range(3):
        base = f.at(night + 1, f.rng.uniform(0.67, 1.08))
        for b, off in enumerate((0, f.rng.uniform(28, 33), f.rng.uniform(55, 65))):
            bs = base + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                when = bs + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    eid = f.add(c, when, "social", "post", pick(f.rng, W.NIGHT_POST, c.lang))
                else:
                    eid = f.add(c, when, "chat", "chat", pick(f.rng, W.NIGHT_QUESTION, c.lang))
                    f.reply(c, when + timedelta(minutes=3), "chat", W.NIGHT_ANSWER[c.lang])
                    f.add(
                        c,
                        when + timedelta(minutes=7),
                        "chat",
                        "chat",
                        pick(f.rng, W.THANKS, c.lang),
                    )
                c.truth.update(
                    {"burst_at": bs.strftime("%Y-%m-%dT%H:%M:%SZ"), "night_event_id": eid}
                )
                if f.rng.random() < 0.5:
                    happy_act(f, c, day_time(f, f.rng.randint(0, 2), 9, 17.5))
    return {}


PAIRS = [
    ("en", "it"),
    ("it", "en"),
    ("en", "fr"),
    ("it", "de"),
    ("fr", "en"),
    ("de", "it"),
    ("es", "it"),
    ("it", "es"),
    ("pt", "en"),
    ("en", "pt"),
    ("it", "fr"),
    ("en", "es"),
]


def bilingual(f: Fam) -> dict[str, int]:
    n = 0

    def pair() -> tuple[str, str]:
        nonlocal n
        n += 1
        return PAIRS[n % len(PAIRS)]

    for _ in range(12):
        a, b = pair()
        c = f.person("happy", "alternates languages", lang=a)
        c.truth["languages"] = [a, b]
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = (a, b)[k % 2]
            happy_act(f, c, day_time(f, d))
        c.lang = a
    for times in (2, 2, 3, 3, 4):
        a, b = pair()
        c = f.person(
            "repeat_contact", "repeats", lang=a, expected=("repeat_contact",), tolerated=REPEAT_TOL
        )
        c.truth["languages"] = [a, b]
        happy_act(f, c, day_time(f, 0))
        repeat_run(f, c, f.rng.randint(2, 5), times, [(a, b)[k % 2] for k in range(times)])
    for _ in range(5):
        a, b = pair()
        c = f.person(
            "slow_churner", "slides", lang=a, expected=("sentiment_drop",), tolerated=SLIDE_TOL
        )
        c.truth["languages"] = [a, b]
        for k, d in enumerate(sorted(f.rng.sample(range(6), 5))):
            f.add(c, day_time(f, d), "social", "post", pick(f.rng, W.PRAISE, (a, b)[k % 2]))
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), [(a, b)[k % 2] for k in range(6)])
    for i in range(3):
        a, b = pair()
        if i == 0:
            a, b = "it", "en"
        c = f.person("happy_one_bad_day", "one bad day", lang=a, tolerated=("silence",))
        c.truth["languages"] = [a, b]
        happy_days(f, c, 2, [0, 1, 11, 12])
        bad = day_time(f, f.rng.randint(4, 8), 9, 17)
        ch = ("email", "email", "chat")[i]
        eid = complaint(f, c, bad, W.PROBLEMS[i], ch, lang=b, long=i == 0 and b in W.LONG_EMAIL)
        case = f.case()
        c.truth.update(
            {
                "bad_day_event_id": eid,
                "bad_day_language": b,
                "booking": case,
                "bad_day_at": bad.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
        f.reply(c, bad + timedelta(minutes=20), ch, fmt(W.AGENT_CASE[b], first=c.first, case=case))
        if i < 2:
            f.reply(
                c,
                off_night(bad + timedelta(hours=3)),
                "email",
                fmt(W.AGENT_FIXED[b], first=c.first, case=case),
            )
    for _ in range(2):
        a, b = pair()
        c = f.person("resolved_between_contacts", "fixed", lang=a, tolerated=("silence",))
        c.truth["languages"] = [a, b]
        c.truth["problems"] = [fixed_run(f, c, f.rng.randint(2, 6), lang2=b)]
    return {"repeat_contact": 5, "sentiment_drop": 5}


COMPANIES = [
    ("Lumenfilm", "film", "it"),
    ("Studio Vela", "events", "it"),
    ("Brightlake Media", "film", "en"),
    ("Kestrel Weddings", "events", "en"),
    ("Atelier Nuit", "film", "fr"),
    ("Fotohaus Kern", "school", "de"),
    ("Casa Retrato", "events", "pt"),
    ("Pixelmar", "film", "es"),
    ("Galleria Nord", "university", "it"),
    ("Harbour Studios", "events", "en"),
    ("Scuola Lanterna", "school", "it"),
    ("Redmoor Events", "events", "en"),
    ("Prisma Eventi", "events", "it"),
    ("Oakfield College", "university", "en"),
    ("Cinetica", "film", "it"),
]
B2B_TOL = (
    "account_risk",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
)


def b2b_accounts(f: Fam) -> dict[str, int]:
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    problems = ["portal", "invoice", "blocked", "invoice", "overbilled"]
    detr = 0
    rep = 0
    for i, (company, site, lang) in enumerate(COMPANIES):
        kind = kinds[i]
        acc = f"OBP-{MARKETS[lang][0]}-{4100 + i * 13}"
        size = {"at_risk": 5, "one_unhappy": 3, "mild": 4, "happy": 3}[kind]
        contacts = []
        for _ in range(size):
            c = f.person(
                "b2b_happy", "contact", lang=lang, account=acc, company=company.replace(" ", "")
            )
            c.truth.update(
                {"company": company, "role": "contact", "job_title": "producer", "job": "producer"}
            )
            contacts.append(c)
        unhappy: list[Cust] = []
        same: str | None = None
        trouble: str | None = None
        if kind == "at_risk":
            same = problems[i]
            n = 3 if i < 3 else 4
            unhappy = contacts[:n]
            case = f.case()
            when = f.at(2, f.rng.uniform(8.5, 10))
            first_name = unhappy[0].first
            trouble = when.strftime("%Y-%m-%dT%H:%M:%SZ")
            for k, c in enumerate(unhappy):
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "role": "complainer",
                        "habit": "complainer",
                        "problem": same,
                        "booking": case,
                        "tolerated_rules": list(B2B_TOL),
                    }
                )
                text = (
                    W.B2B_COMPLAINT[lang][same]
                    if k == 0
                    else fmt(
                        W.B2B_FOLLOW[lang],
                        case=case,
                        other=first_name,
                        complaint=W.B2B_COMPLAINT[lang][same],
                    )
                )
                ids = [
                    f.add(
                        c,
                        when,
                        "email",
                        "message",
                        text,
                        subject=f"{W.SUBJECT_COMPLAINT[lang]}: {same}",
                    )
                ]
                if k == 0:
                    f.reply(
                        c,
                        when + timedelta(minutes=30),
                        "email",
                        fmt(W.AGENT_CASE[lang], first=c.first, case=case),
                        subject=f"Re: {case}",
                    )
                if k < n - 1:
                    detr += 1
                    nps = f.rng.randint(1, 5)
                    c.truth.update({"nps_given": True, "nps": nps, "expected_rules": ["detractor"]})
                    c.truth["survey_event_id"] = low_survey(
                        f, c, when + timedelta(hours=f.rng.uniform(1, 3)), None, "nps", nps
                    )
                else:
                    rep += 1
                    c.truth["expected_rules"] = ["repeat_contact"]
                    again = when + timedelta(hours=f.rng.uniform(18, 40))
                    again = off_night(again)
                    if again.weekday() >= 5:
                        again += timedelta(days=7 - again.weekday())
                    ids.append(f.add(c, again, "phone", "call", fmt(W.B2B_LAST[lang], case=case)))
                c.truth["complaint_event_ids"] = ids
                c.truth["tolerated_rules"] = sorted(set(B2B_TOL) - set(c.truth["expected_rules"]))
                when = when + timedelta(hours=f.rng.uniform(8, 28))
                when = off_night(when)
                if when.hour >= 17:
                    when = when.replace(hour=9) + timedelta(days=1)
                if when.weekday() >= 5:
                    when += timedelta(days=7 - when.weekday())
        elif kind == "one_unhappy":
            c = contacts[0]
            unhappy = [c]
            p = ("blocked", "overbilled", "portal", "invoice")[i - 5]
            case = f.case()
            when = f.at(f.rng.randint(3, 4), f.rng.uniform(9, 15))
            nps = f.rng.randint(1, 5)
            detr += 1
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "role": "complainer",
                    "habit": "complainer",
                    "problem": p,
                    "booking": case,
                    "expected_rules": ["detractor"],
                    "tolerated_rules": ["high_value_at_risk", "sentiment_drop", "silence"],
                    "nps_given": True,
                    "nps": nps,
                }
            )
            c.truth["complaint_event_ids"] = [
                f.add(
                    c,
                    when,
                    "email",
                    "message",
                    W.B2B_COMPLAINT[lang][p],
                    subject=f"{W.SUBJECT_COMPLAINT[lang]}: {p}",
                )
            ]
            f.reply(
                c,
                when + timedelta(minutes=40),
                "email",
                fmt(W.AGENT_CASE[lang], first=c.first, case=case),
            )
            c.truth["survey_event_id"] = low_survey(
                f, c, when + timedelta(hours=2), None, "nps", nps
            )
        elif kind == "mild":
            for c in contacts[:2]:
                when = f.at(f.rng.randint(1, 4), f.rng.uniform(9, 16))
                c.truth.update(
                    {
                        "persona": "b2b_mild",
                        "role": "suggests",
                        "habit": "suggests",
                        "tolerated_rules": ["silence"],
                    }
                )
                c.truth["mild_event_id"] = f.add(
                    c,
                    when,
                    "web",
                    "ticket",
                    W.B2B_SUGGEST[lang],
                    attrs={"page": "/portal/feedback"},
                )
                f.reply(c, when + timedelta(minutes=50), "email", W.ACK[lang])
        for c in contacts:
            routine_days = (
                [0, 1]
                if c in unhappy or c.truth["persona"] == "b2b_mild"
                else [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]
            )
            for d in sorted(
                f.rng.sample(
                    routine_days,
                    f.rng.randint(
                        1 if c.truth["persona"] == "b2b_happy" else 0, min(4, len(routine_days))
                    ),
                )
            ):
                when = f.at(d, f.rng.uniform(8, 16.5))
                r = f.rng.random()
                if r < 0.4:
                    f.add(c, when, "chat", "chat", W.B2B_QUESTION[lang])
                    f.reply(
                        c, when + timedelta(minutes=f.rng.randint(1, 6)), "chat", W.ANSWER[lang]
                    )
                elif r < 0.7 or c.truth["persona"] != "b2b_happy":
                    f.add(c, when, "web", "page_view", None, attrs={"page": "/portal/hires"})
                else:
                    happy_survey(f, c, when)
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
            "trouble_starts_at": trouble,
            "language": lang,
            "country": MARKETS[lang][0],
        }
    return {"account_risk": 5, "detractor": detr, "repeat_contact": rep}


def topic_spike(f: Fam) -> dict[str, int]:
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randint(2, 5))):
            happy_act(f, c, day_time(f, d, 12 if d == 5 else 8, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        when = day_time(f, 0, 9, 17)
        c.truth["grumble_event_id"] = f.add(c, when, "chat", "chat", pick(f.rng, W.GRUMBLE, c.lang))
        f.reply(c, when + timedelta(minutes=4), "chat", W.ACK[c.lang])
    for lang, hour in (("it", 9.67), ("en", 16.08)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=("silence",))
        when = f.at(4, hour)
        c.truth["lone_report_event_id"] = f.add(c, when, "chat", "chat", W.LONE[lang])
        f.reply(c, when + timedelta(minutes=5), "chat", W.LONE_ANSWER[lang])
    langs = ["en"] * 6 + ["it"] * 6 + ["fr", "fr", "de", "de", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    start = f.at(5, 9 + 5 / 60)
    offsets = sorted([0.0, 44.0] + [f.rng.uniform(1, 43) for _ in range(18)])
    keys, eids, reps = [], [], []
    repeaters = 0
    for k, (lang, ch, off) in enumerate(zip(langs, chans, offsets, strict=True)):
        regular = k % 5 != 0
        repeat = k in (1, 3, 5, 7, 9, 11)
        c = f.person(
            "spike_repeater" if repeat else "spike_reporter",
            "regular" if regular else "new",
            lang=lang,
            expected=("repeat_contact",) if repeat else (),
            tolerated=("sentiment_drop", "silence") if repeat else ("silence",),
        )
        if regular:
            happy_act(f, c, day_time(f, 2, 8, 17.5))
        when = start + timedelta(minutes=off)
        text = pick(f.rng, W.SPIKE, lang)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        if ch == "social":
            text = (
                text
                if "@Obiettara" in text
                else text.replace("Obiettara", "@Obiettara", 1)
                if "Obiettara" in text
                else "@Obiettara " + text
            )
        eid = f.add(
            c,
            when,
            ch,
            kind,
            text,
            subject="App" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.reply(c, when + timedelta(minutes=2), "chat", W.SPIKE_CHAT_ANSWER[lang])
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
        if repeat:
            repeaters += 1
            ch2 = next(x for x in ("email", "chat", "community") if x != ch)
            kind2 = {"chat": "chat", "community": "post", "email": "message"}[ch2]
            rid = f.add(
                c, when + timedelta(minutes=f.rng.uniform(10, 60)), ch2, kind2, W.SPIKE_AGAIN[lang]
            )
            reps.append(rid)
            c.truth["repeat_event_id"] = rid
        elif k in (0, 4, 8, 12, 15, 18):
            c.truth["agent_fixed"] = True
            f.reply(
                c,
                f.at(5, 12 + f.rng.uniform(0, 0.3)),
                "email",
                fmt(W.SPIKE_FIXED[lang], first=c.first),
            )
    if repeaters != 6:
        raise ValueError(f"repeaters {repeaters}")
    f.spike = {
        "topic": (
            "camera-hire app marks current hires overdue before their return date"
            " and charges late fees, error RTN-286"
        ),
        "about": (
            "customers told by the app that a hire still running is overdue,"
            " with a late fee charged; some name the error code"
        ),
        "channel": None,
        "start": f.rows[[r.data["event_id"] for r in f.rows].index(eids[0])].data["occurred_at"],
        "end": (start + timedelta(minutes=44)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return {"topic_spike": 1, "repeat_contact": 6}


FAMILIES = (
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 2, tzinfo=UTC),
        10,
        happy_writers,
        "happy writers, day and night",
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 6, tzinfo=UTC),
        12,
        one_bad_day,
        "happy customers with one bad day",
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        repeat_contacts,
        "problems raised again while open",
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 6, 15, tzinfo=UTC),
        32,
        slow_churners,
        "slides, leavers, steady and grumpy",
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        quiet_hours,
        "a calm weekend with night owls",
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
        "company accounts on invoice",
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        topic_spike,
        "a calm week and the planted incident",
    ),
)


def main() -> None:
    totals = [0, 0, 0]
    for n, (name, code, start, days, build, about) in enumerate(FAMILIES, 1):
        f = Fam(
            name,
            code,
            start,
            days,
            random.Random(SEED * 100 + n),
            random.Random(SEED * 100 + 50 + n),
            about,
        )
        expected = build(f)
        counts = f.write(expected)
        for i in range(3):
            totals[i] += counts[i]
        print(name, *counts)
    print("total", *totals)


if __name__ == "__main__":
    main()
