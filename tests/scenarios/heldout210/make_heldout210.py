# ruff: noqa: E501
"""Build heldout210/ (Arcuvia, archery ranges): every <family>.jsonl and its truth.

Hand-written, blind, report only. Standard library only; fixed seeds; run from anywhere.
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

SEED = 20261029
LANG_WEIGHTS = {"en": 30, "es": 30, "fr": 10, "de": 10, "it": 10, "pt": 10}
MARKETS = {
    "en": ["UK", "IE"],
    "es": ["ES"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT"],
    "it": ["IT"],
    "pt": ["PT"],
}
PHONE = {
    "UK": "+44 7",
    "IE": "+353 8",
    "ES": "+34 6",
    "FR": "+33 6",
    "BE": "+32 4",
    "DE": "+49 15",
    "AT": "+43 66",
    "IT": "+39 3",
    "PT": "+351 9",
}
FIRST = {
    "en": ["Oliver", "Amelia", "Jack", "Isla", "Harry", "Grace", "Liam", "Chloe", "Noah", "Erin"],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Álvaro",
        "Carmen",
        "Diego",
        "Nuria",
        "Pablo",
        "Irene",
        "Sergio",
    ],
    "fr": ["Camille", "Hugo", "Léa", "Louis", "Manon", "Théo"],
    "de": ["Lena", "Jonas", "Miriam", "Felix", "Anja", "Tobias"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Paolo"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Joana", "Miguel"],
}
LAST = {
    "en": ["Walsh", "Hughes", "Murphy", "Clarke", "Patel", "Byrne", "Foster", "Kelly"],
    "es": ["Navarro", "Ortega", "Romero", "Castillo", "Vidal", "Herrera", "Molina", "Rubio"],
    "fr": ["Lefèvre", "Girard", "Morel", "Fontaine"],
    "de": ["Krüger", "Hoffmann", "Brandt", "Lehmann"],
    "it": ["Ferri", "Bianchi", "Galli", "Conti"],
    "pt": ["Sousa", "Pereira", "Carvalho", "Lopes"],
}
COMPETITORS = ["Flechora", "Zielbogen"]
CODE = "BKC-0482"
QUIET_TOLERATE: list[str] = []


def strip_accents(text: str) -> str:
    keep = {
        "ñ": "ñ",
        "Ñ": "Ñ",
        "ß": "ß",
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
    }
    out = []
    for ch in text:
        if ch in keep:
            out.append(keep[ch])
            continue
        base = unicodedata.normalize("NFKD", ch)
        out.append("".join(b for b in base if not unicodedata.combining(b)))
    return "".join(out)


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
    langs: list[str] = field(default_factory=list)


@dataclass
class Row:
    at: datetime
    cust: Cust
    channel: str
    kind: str
    text: str | None
    subject: str | None
    direction: str
    scores: dict[str, int | None]
    attrs: dict[str, str]
    eid: str
    rough: bool


class Fam:
    def __init__(
        self, name: str, code: str, start: datetime, days: int, n: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.seed = SEED * 100 + n
        self.rng = random.Random(self.seed)
        self.rough = random.Random(self.seed + 50)
        self.rows: list[Row] = []
        self.custs: list[Cust] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0
        self.cases = 0

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def lang(self) -> str:
        return self.rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]

    def pick(self, table: dict[str, list[str]], lang: str, **kw: str) -> str:
        return self.rng.choice(table[lang]).format(**kw)

    def case(self) -> str:
        self.cases += 1
        return f"AV-{self.code}{(self.seed * 7 + self.cases * 7919) % 90000 + 10000}"

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> Cust:
        lang = lang or self.lang()
        market = market or self.rng.choice(MARKETS[lang])
        i = len(self.custs) + 1
        key = f"AV{self.code}{1000 + i * 37 % 9000:04d}"
        first, last = self.rng.choice(FIRST[lang]), self.rng.choice(LAST[lang])
        slug = strip_accents(f"{first}.{last}").lower()
        if account:
            email = f"{slug}{i}@{account.lower()}.example"
            handle = None
        else:
            email = f"{slug}{self.code.lower()}{i}@mail{i % 5}.example"
            handle = (
                f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{self.code.lower()}{i}"
                if self.rng.random() < 0.7
                else None
            )
        phone = PHONE[market] + f"{(self.seed + i * 7727) % 10_000_000:07d}"
        truth: dict[str, Any] = {
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
        }
        c = Cust(key, lang, market, email, phone, handle, account, truth, [lang])
        self.custs.append(c)
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        subject: str | None = None,
        direction: str = "inbound",
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.count += 1
        eid = f"h210-{self.code.lower()}-{self.count:05d}"
        a = {"market": c.market} | (attrs or {})
        if c.account:
            a["segment"] = "b2b"
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        if text is not None and channel == "phone" and direction == "inbound":
            text = text.lower()
        rough = direction == "inbound" and channel not in ("phone", "survey") and bool(text)
        self.rows.append(Row(t, c, channel, kind, text, subject, direction, sc, a, eid, rough))
        return eid

    # ----------------------------------------------------------- common acts --
    def low_nps(self, c: Cust, t: datetime) -> str:
        """A detractor's NPS survey (1-5, no words)."""
        score = self.rng.randint(1, 5)
        return self.add(
            c, t, "survey", "survey_response", None, scores={"nps": score}, attrs={"survey": "nps"}
        )

    def happy_act(
        self, c: Cust, day: int, hour: float | None = None, lang: str | None = None
    ) -> None:
        lang = lang or c.lang
        t = self.at(day, hour if hour is not None else self.rng.uniform(8, 19))
        r = self.rng.random()
        if r < 0.22:
            ch = "social" if c.handle and self.rng.random() < 0.6 else "community"
            self.add(
                c, t, ch, "post" if ch == "community" else "mention", self.pick(W.PRAISE, lang)
            )
        elif r < 0.34:
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.GRIPE_PRAISE, lang),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif r < 0.55:
            self.add(c, t, "chat", "chat", self.pick(W.QUESTION, lang))
            self.reply(c, t + timedelta(minutes=self.rng.randint(1, 6)), W.ANSWER, lang, "chat")
            if self.rng.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=self.rng.randint(7, 12)),
                    "chat",
                    "chat",
                    self.pick(W.THANKS, lang),
                )
        elif r < 0.63:
            self.add(c, t, "phone", "call", self.pick(W.PHONE_Q, lang))
            self.reply(c, t + timedelta(minutes=self.rng.randint(8, 30)), W.ANSWER, lang, "email")
        elif r < 0.85:
            self.add(c, t, "web", "page_view", None, attrs={"page": "/lanes"})
            value = f"{self.rng.choice([18, 24, 36, 49, 120])}.00"
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(2, 9)),
                "web",
                "purchase",
                None,
                attrs={
                    "page": "/checkout",
                    "order_value": value,
                    "currency": "GBP" if c.market == "UK" else "EUR",
                    "product": "Lane hour / Hora de calle",
                },
            )
        else:
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                self.pick(W.SURVEY_WORD, lang) or None,
                scores={"nps": self.rng.choice([9, 10])},
                attrs={"survey": "nps"},
            )

    def happy_days(
        self, c: Cust, n: int, lo: int, hi: int, lang_cycle: list[str] | None = None
    ) -> None:
        for j, d in enumerate(sorted(self.rng.sample(range(lo, hi), n))):
            self.happy_act(c, d, lang=lang_cycle[j % len(lang_cycle)] if lang_cycle else None)

    def complaint(
        self, c: Cust, t: datetime, problem: str, channel: str, lang: str, long_mail: bool = False
    ) -> str:
        text = self.pick(W.COMPLAINT[problem], lang)
        if long_mail:
            body = text[0].lower() + text[1:]
            text = self.pick(W.LONG_EMAIL, lang, problem=body)
        kind = {
            "email": "message",
            "chat": "chat",
            "web": "ticket",
            "social": "mention",
            "phone": "call",
            "community": "post",
        }[channel]
        return self.add(
            c,
            t,
            channel,
            kind,
            text,
            subject="Complaint" if channel == "email" else None,
            attrs={"page": "/help"} if channel == "web" else None,
        )

    def reply(
        self,
        c: Cust,
        t: datetime,
        table: dict[str, list[str]],
        lang: str,
        channel: str = "email",
        **kw: str,
    ) -> str:
        kind = "chat" if channel == "chat" else "message"
        return self.add(
            c,
            t,
            channel,
            kind,
            self.pick(table, lang, **kw),
            direction="outbound",
            attrs={"agent": "arcuvia-agent"},
        )

    def night(self, t: datetime) -> datetime:
        h = t.hour + t.minute / 60
        if h >= 22 or h < 7:
            base = t if h < 7 else t + timedelta(days=1)
            return base.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def repeat_run(
        self,
        c: Cust,
        first_day: int,
        times: int,
        channels: list[str],
        langs: list[str],
        escalate: bool,
    ) -> None:
        problem = self.rng.choice(W.PROBLEMS)
        case = self.case()
        comp = self.rng.choice(COMPETITORS)
        t = self.at(first_day, self.rng.uniform(8, 19))
        ids = [self.complaint(c, t, problem, channels[0], langs[0])]
        reply_ch = "chat" if channels[0] == "chat" else "email"
        if escalate:
            self.reply(
                c,
                t + timedelta(minutes=self.rng.randint(90, 150)),
                W.ESCALATED,
                langs[0],
                reply_ch,
                case=case,
            )
        else:
            self.reply(
                c,
                t + timedelta(minutes=self.rng.randint(10, 40)),
                W.CASE_OPENED,
                langs[0],
                reply_ch,
                case=case,
            )
        for k in range(1, times):
            t = self.night(t + timedelta(hours=self.rng.uniform(4, 40)))
            lang = langs[k % len(langs)]
            text = self.pick(W.STILL_OPEN, lang, case=case)
            if k == 2:
                text += self.pick(W.THIRD, lang, comp=comp)
            if k == 3:
                text += self.pick(W.FOURTH, lang)
            ch = channels[k]
            kind = {
                "email": "message",
                "chat": "chat",
                "web": "ticket",
                "social": "mention",
                "phone": "call",
            }[ch]
            ids.append(
                self.add(c, t, ch, kind, text, subject=f"RE: {case}" if ch == "email" else None)
            )
            if ch == "chat":
                self.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    f"Added to your case {case}, marked urgent.",
                    direction="outbound",
                    attrs={"agent": "arcuvia-agent"},
                )
        c.truth.update(
            {
                "problem": problem,
                "booking": case,
                "problem_event_ids": ids,
                "contacts": times,
                "competitor": comp if times >= 3 else None,
                "agent_passed_on": escalate,
                "trouble_starts_at": iso(self.row_time(ids[0])),
            }
        )

    def fixed_run(
        self, c: Cust, day: int, channel: str, lang: str, confirm_lang: str
    ) -> dict[str, Any]:
        problem = self.rng.choice(W.PROBLEMS)
        case = self.case()
        t = self.at(day, self.rng.uniform(8, 17))
        e1 = self.complaint(c, t, problem, channel, lang)
        self.reply(
            c, t + timedelta(minutes=self.rng.randint(10, 40)), W.CASE_OPENED, lang, case=case
        )
        tf = self.night(t + timedelta(hours=self.rng.uniform(3, 20)))
        self.reply(c, tf, W.GOOD_NEWS, lang, case=case)
        tc = self.night(tf + timedelta(hours=self.rng.uniform(8, 30)))
        cch = self.rng.choice(["email", "chat"])
        ce = self.add(
            c,
            tc,
            cch,
            "message" if cch == "email" else "chat",
            self.pick(W.CONFIRM, confirm_lang, case=case),
        )
        return {
            "problem": problem,
            "booking": case,
            "raised_at": iso(t),
            "fixed_at": iso(tf),
            "confirmed_at": iso(tc),
            "problem_event_ids": [e1],
            "confirm_event_id": ce,
            "channel": channel,
            "confirm_channel": cch,
        }

    def slide(self, c: Cust, first_day: int, span: int, langs: list[str]) -> None:
        comp = self.rng.choice(COMPETITORS)
        t = self.at(first_day, self.rng.uniform(9, 18))
        ids = []
        for k in range(6):
            lang = langs[k % len(langs)]
            ch = (
                self.rng.choice(["social", "community", "web"])
                if c.handle
                else self.rng.choice(["community", "web"])
            )
            text = W.SLIDE[lang][k].format(comp=comp)
            if ch == "web":
                ids.append(
                    self.add(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                    )
                )
            else:
                ids.append(self.add(c, t, ch, "mention" if ch == "social" else "post", text))
            t = self.night(t + timedelta(hours=span * 24 / 6 * self.rng.uniform(0.8, 1.1) + 1))
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": span,
                "competitor": comp,
                "trouble_starts_at": iso(self.row_time(ids[0])),
            }
        )

    def row_time(self, eid: str) -> datetime:
        return next(r.at for r in self.rows if r.eid == eid)

    # -------------------------------------------------------------- output --
    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r.at, r.eid))
        seen: set[str] = set()
        out = []
        for r in self.rows:
            c = r.cust
            full = r.direction == "outbound" or (r.direction == "inbound" and c.key not in seen)
            if r.direction == "inbound":
                seen.add(c.key)
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref |= {
                    "customer_id": c.key,
                    "email": c.email,
                    "phone": c.phone,
                    "handle": c.handle,
                }
            elif r.channel == "email":
                ref["email"] = c.email.upper() if self.rough.random() < 0.08 else c.email
            elif r.channel == "phone":
                ref["phone"] = c.phone if self.rough.random() < 0.5 else c.phone.replace(" ", "")
            elif r.channel in ("social", "community") and c.handle:
                ref["handle"] = c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
            elif r.channel in ("social", "community"):
                ref["email"] = c.email
            else:
                ref["customer_id"] = c.key
            text = r.text
            if text and r.rough:
                text = self.roughen(text)
            if r.kind == "mention" and text and "Arcuvia" not in text:
                text = "@Arcuvia " + text
            elif r.kind == "mention" and text:
                i = text.rfind("Arcuvia")
                text = text[:i] + "@" + text[i:]
            source = {
                "email": "arcuvia-mail",
                "phone": "arcuvia-voice",
                "social": "arcuvia-social",
                "community": "arcuvia-forum",
                "chat": "arcuvia-chat",
                "web": "arcuvia-web",
                "survey": "arcuvia-survey",
            }[r.channel]
            out.append(
                json.dumps(
                    {
                        "event_id": r.eid,
                        "occurred_at": r.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "channel": r.channel,
                        "kind": r.kind,
                        "direction": r.direction,
                        "customer": ref,
                        "text": text,
                        "subject": r.subject,
                        "scores": r.scores,
                        "source": source,
                        "attributes": r.attrs,
                    },
                    ensure_ascii=False,
                )
            )
        got: dict[str, int] = {}
        for c in self.custs:
            for rule in c.truth["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{c.key} expects and tolerates a rule")
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        if got != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {got}")
        last = self.rows[-1].at
        if last >= datetime(2026, 11, 15, tzinfo=UTC):
            raise SystemExit(f"{self.name}: past 2026-11-14")
        end = max(self.at(self.days, 0), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Arcuvia (archery ranges, lessons, bow hire; Arcuvia Club; Arcuvia Corporate)",
                "days": self.days,
                "seed": self.seed,
                "written": "2026-12-06",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
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

    def roughen(self, text: str) -> str:
        rng = self.rough
        if rng.random() < 0.1:
            text = strip_accents(text)
        if rng.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if rng.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = text.split(" ")
                i = rng.choice(words)
                w = parts[i]
                j = rng.randrange(1, len(w) - 2)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


CUST_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def happy_writers() -> None:
    f = Fam("happy_writers", "HW", d(2026, 3, 9), 10, 1, "happy customers only")
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, 10)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for day in f.rng.sample(range(0, 9), f.rng.randint(2, 4)):
            t = f.at(day, f.rng.uniform(22.2, 28.5))
            if f.rng.random() < 0.5 and c.handle:
                f.add(c, t, "social", "mention", f.pick(W.NIGHT_POST, c.lang))
            else:
                f.add(c, t, "chat", "chat", f.pick(W.NIGHT_Q, c.lang))
                f.reply(c, t + timedelta(minutes=3), W.NIGHT_ANSWER, c.lang, "chat")
                f.add(c, t + timedelta(minutes=6), "chat", "chat", f.pick(W.THANKS, c.lang))
        f.happy_days(c, f.rng.randint(2, 3), 0, 10)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for day in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            kind = f.rng.choice(["nps", "csat", "ces"])
            score = {
                "nps": f.rng.choice([9, 10]),
                "csat": f.rng.choice([4, 5]),
                "ces": f.rng.choice([6, 7]),
            }[kind]
            f.add(
                c,
                f.at(day, f.rng.uniform(8, 20)),
                "survey",
                "survey_response",
                f.pick(W.SURVEY_WORD, c.lang) or None,
                scores={kind: score},
                attrs={"survey": kind},
            )
    f.write({})


def one_bad_day() -> None:
    f = Fam("one_bad_day", "BD", d(2026, 4, 6), 12, 2, "happy customers with one bad day")
    channels = ["email"] * 8 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    detractors = set(f.rng.sample([i for i, ch in enumerate(channels) if ch != "social"], 6))
    for i, ch in enumerate(channels):
        long_mail = i < 4
        lang = ["es", "es", "en", "en"][i] if long_mail else None
        c = f.person(
            "bad_day_detractor" if i in detractors else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if i in detractors else [],
            tolerated=["silence"],
        )
        if ch == "social" and not c.handle:
            c.handle = f"@{c.key.lower()}"
            c.truth["identifiers"]["handle"] = c.handle
        bad = f.rng.randint(2, 9)
        f.happy_days(c, f.rng.randint(1, 4), 0, 12)
        t = f.at(bad, f.rng.uniform(8, 20))
        problem = W.PROBLEMS[i % 6]
        e = f.complaint(c, t, problem, ch, c.lang, long_mail)
        case = None
        if ch != "social":
            case = f.case()
            f.reply(
                c,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                W.CASE_OPENED,
                c.lang,
                "chat" if ch == "chat" else "email",
                case=case,
            )
            if i in detractors:
                s = f.low_nps(c, t + timedelta(minutes=f.rng.randint(100, 140)))
                c.truth["survey_event_id"] = s
            if f.rng.random() < 0.6:
                f.reply(
                    c,
                    f.night(t + timedelta(hours=f.rng.uniform(1, 4))),
                    W.GOOD_NEWS,
                    c.lang,
                    case=case,
                )
                if f.rng.random() < 0.45:
                    a = f.add(
                        c,
                        f.night(t + timedelta(hours=f.rng.uniform(16, 24))),
                        "chat",
                        "chat",
                        f.pick(W.APOLOGY, c.lang, case=case),
                    )
                    c.truth.update({"apologised": True, "apology_event_id": a})
        c.truth.update(
            {
                "problem": problem,
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "long_email": long_mail,
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), 0, 12)
    f.write({"detractor": 6})


def repeat_contacts() -> None:
    f = Fam("repeat_contacts", "RC", d(2026, 5, 18), 10, 3, "repeat contacts and look-alikes")
    chans = ["email", "chat", "phone", "web", "social"]
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=CUST_TOL)
        for _ in range(f.rng.randint(1, 3)):
            f.happy_act(c, 0, f.rng.uniform(7, 12))
        order = [f.rng.choice(["web", "email", "chat", "phone"])]
        order += f.rng.sample(
            [x for x in chans if x != order[0] and (x != "social" or c.handle)], 3
        )
        f.repeat_run(c, f.rng.randint(1, 4), [2, 3, 4][i % 3], order, [c.lang], escalate=i % 2 == 0)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        p = f.fixed_run(
            c, f.rng.randint(1, 5), f.rng.choice(["email", "web", "chat"]), c.lang, c.lang
        )
        c.truth.update({"problems": [p], "trouble_starts_at": p["raised_at"]})
        f.happy_days(c, 2, 6, 10)
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        p1 = f.fixed_run(c, 1, "email", c.lang, c.lang)
        p2 = f.fixed_run(c, 6, "web", c.lang, c.lang)
        c.truth.update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, 10)
    f.write({"repeat_contact": 12})


def slow_churners() -> None:
    f = Fam("slow_churners", "SC", d(2026, 6, 22), 32, 4, "slow churners, leavers and look-alikes")
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if i < 5 else []),
            tolerated=SLIDE_TOL,
        )
        for day in sorted(f.rng.sample(range(11), 5)):
            f.add(
                c,
                f.at(day, f.rng.uniform(9, 19)),
                "social" if c.handle else "community",
                "mention" if c.handle else "post",
                f.pick(W.PRAISE, c.lang),
            )
        f.happy_days(c, f.rng.randint(2, 4), 0, 11)
        f.slide(c, f.rng.randint(12, 16), [3, 5, 9][i % 3], [c.lang])
        if i < 5:
            t4 = f.row_time(c.truth["slide_event_ids"][3])
            s = f.low_nps(c, f.night(t4 + timedelta(hours=f.rng.uniform(2.5, 3.5))))
            c.truth["survey_event_id"] = s
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        f.happy_days(c, f.rng.randint(4, 6), 0, 16)
        t = f.at(f.rng.randint(17, 23), f.rng.uniform(8, 19))
        e = f.add(c, t, "email", "message", f.pick(W.CANCEL, c.lang), subject="Cancel membership")
        f.reply(c, f.night(t + timedelta(hours=f.rng.uniform(1, 5))), W.SORRY_GO, c.lang)
        tc = f.night(t + timedelta(hours=f.rng.uniform(20, 30)))
        x = f.add(
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/membership/cancel", "product": "Arcuvia Club"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), 0, 30)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        day = f.rng.randint(0, 4)
        ids = []
        for _ in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["community", "web"])
            ids.append(
                f.add(
                    c,
                    f.at(day, f.rng.uniform(9, 20)),
                    ch,
                    "post" if ch == "community" else "ticket",
                    f.pick(W.GRUMBLE, c.lang),
                    attrs={"page": "/help"} if ch == "web" else None,
                )
            )
            day += f.rng.randint(1, 3)
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": iso(f.row_time(ids[0]))})
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, f.rng.randint(4, 6), 0, 30)
        s = f.add(
            c,
            f.at(f.rng.randint(17, 28), f.rng.uniform(9, 20)),
            "community",
            "post",
            f.pick(W.SARCASM, c.lang),
        )
        c.truth["sarcasm_event_id"] = s
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam("quiet_hours", "QH", d(2026, 8, 14), 3, 5, "a calm weekend with night owls")
    for _ in range(16):
        c = f.person("happy", "day writer")
        for day in sorted(f.rng.sample(range(3), f.rng.randint(1, 3))):
            f.happy_act(c, day, f.rng.uniform(7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(f.rng.randint(0, 2), f.rng.uniform(9, 17))
        f.add(c, t, "web", "page_view", None, attrs={"page": "/ranges"})
        if i < 2:
            g = f.add(c, t + timedelta(minutes=25), "chat", "chat", f.pick(W.MILD, c.lang))
            f.reply(c, t + timedelta(minutes=29), W.FORM_ACK, c.lang, "chat")
        else:
            g = f.add(
                c,
                t + timedelta(minutes=25),
                "web",
                "ticket",
                f.pick(W.MILD, c.lang),
                attrs={"page": "/help"},
            )
            f.reply(c, t + timedelta(minutes=50), W.FORM_ACK, c.lang)
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t + timedelta(minutes=25))})
    n = 0
    for night in range(3):
        first = f.at(night + 1, f.rng.uniform(0.67, 1.08))
        for b, gap in enumerate([0, f.rng.uniform(28, 33), f.rng.uniform(55, 65)]):
            bt = first + timedelta(minutes=gap)
            for _ in range(4):
                n += 1
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bt + timedelta(minutes=f.rng.uniform(0, 10))
                if c.handle and f.rng.random() < 0.5:
                    e = f.add(c, t, "social", "mention", f.pick(W.NIGHT_POST, c.lang))
                else:
                    e = f.add(c, t, "chat", "chat", f.pick(W.NIGHT_Q, c.lang))
                    f.reply(c, t + timedelta(minutes=3), W.NIGHT_ANSWER, c.lang, "chat")
                    f.add(c, t + timedelta(minutes=5), "chat", "chat", f.pick(W.THANKS, c.lang))
                c.truth.update({"burst_at": iso(bt), "night_event_id": e})
                if n % 2 == 0:
                    f.happy_act(c, f.rng.randint(0, 2), f.rng.uniform(9, 17.5))
    f.write({})


def bilingual() -> None:
    f = Fam("bilingual", "BL", d(2026, 9, 7), 14, 6, "customers writing in two languages")
    pairs = [
        ("es", "en"),
        ("en", "es"),
        ("es", "fr"),
        ("en", "de"),
        ("es", "pt"),
        ("en", "it"),
        ("fr", "en"),
        ("de", "es"),
        ("it", "es"),
        ("pt", "en"),
    ]

    def mk(persona: str, habit: str, k: int, **kw: Any) -> Cust:
        a, b = pairs[k % len(pairs)]
        c = f.person(persona, habit, lang=a, **kw)
        c.langs = [a, b]
        c.truth.update(
            {
                "languages": [a, b],
                "job_second_language": "works for a company that uses the other language",
            }
        )
        return c

    k = 0
    for _ in range(12):
        c = mk("happy", "alternates languages", k)
        k += 1
        f.happy_days(c, f.rng.randint(5, 8), 0, 14, c.langs)
    for i in range(5):
        c = mk("repeat_contact", "repeats", k, expected=["repeat_contact"], tolerated=CUST_TOL)
        k += 1
        f.happy_act(c, f.rng.randint(0, 1))
        order = ["web", *f.rng.sample(["email", "chat", "phone"], 3)]
        times = [2, 2, 3, 3, 4][i]
        f.repeat_run(c, f.rng.randint(2, 5), times, order, c.langs, escalate=times >= 3)
    for i in range(5):
        c = mk("slow_churner", "slides", k, expected=["sentiment_drop"], tolerated=SLIDE_TOL)
        k += 1
        for j, day in enumerate(range(0, 6, 1)):
            if j < 5:
                f.add(
                    c,
                    f.at(day, f.rng.uniform(9, 19)),
                    "community",
                    "post",
                    f.pick(W.PRAISE, c.langs[j % 2]),
                )
        f.happy_days(c, f.rng.randint(1, 3), 0, 6, c.langs)
        f.slide(c, f.rng.randint(7, 8), [3, 4, 5, 3, 5][i], c.langs)
    for i in range(3):
        c = mk("happy_one_bad_day", "one bad day", k, tolerated=["silence"])
        k += 1
        f.happy_days(c, 3, 0, 5, c.langs)
        t = f.at(f.rng.randint(6, 9), f.rng.uniform(9, 17))
        ch = ["email", "email", "chat"][i]
        e = f.complaint(c, t, W.PROBLEMS[i], ch, c.langs[1], long_mail=i == 0)
        case = f.case()
        f.reply(
            c,
            t + timedelta(minutes=20),
            W.CASE_OPENED,
            c.langs[1],
            "chat" if ch == "chat" else "email",
            case=case,
        )
        c.truth.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "bad_day_language": c.langs[1],
                "booking": case,
                "trouble_starts_at": iso(t),
            }
        )
        f.happy_days(c, 2, 10, 14, c.langs)
    for _ in range(2):
        c = mk("resolved_between_contacts", "fixed", k, tolerated=["silence"])
        k += 1
        p = f.fixed_run(c, f.rng.randint(2, 6), "web", c.langs[0], c.langs[1])
        c.truth.update(
            {"problems": [p], "confirm_language": c.langs[1], "trouble_starts_at": p["raised_at"]}
        )
        f.happy_days(c, 2, 8, 14, c.langs)
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def office(f: Fam, t: datetime) -> datetime:
    h = t.hour + t.minute / 60
    if h >= 17:
        t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(5, 55))
    elif h < 8:
        t = t.replace(hour=8, minute=f.rng.randint(5, 55))
    while t.weekday() >= 5:
        t += timedelta(days=1)
    return t


def b2b_accounts() -> None:
    f = Fam("b2b_accounts", "BB", d(2026, 9, 28), 14, 7, "company accounts (Arcuvia Corporate)")
    plan = [
        ("at_risk", 5, 4),
        ("at_risk", 5, 4),
        ("at_risk", 4, 3),
        ("at_risk", 4, 3),
        ("at_risk", 6, 3),
    ]
    plan += (
        [("one_unhappy", 3, 1)] * 4
        + [("mild", 4, 0)] * 3
        + [("happy", 4, 0), ("happy", 4, 0), ("happy", 3, 0)]
    )
    langs = [
        "en",
        "es",
        "de",
        "en",
        "es",
        "fr",
        "en",
        "es",
        "it",
        "pt",
        "en",
        "es",
        "de",
        "en",
        "es",
    ]
    sites = [
        "consultancy",
        "bank",
        "logistics",
        "software",
        "hotel",
        "school",
        "law firm",
        "insurer",
        "agency",
        "retail",
        "hospital",
        "university",
        "utility",
        "publisher",
        "council",
    ]
    for n, (kind, size, unhappy) in enumerate(plan):
        lang = langs[n]
        market = MARKETS[lang][0]
        acc = f"AVC-{market}-{4100 + n * 37}"
        company = f"{sites[n].title()} {['Norte', 'Vale', 'Ridge', 'Delta', 'Sol'][n % 5]} {n + 1}"
        keys, unhappy_keys = [], []
        problem = W.B2B_PROBLEMS[n % 3] if kind == "at_risk" else None
        case = f.case() if kind == "at_risk" else None
        comp = COMPETITORS[n % 2]
        t = f.at(2, f.rng.uniform(8.5, 11))
        first_t = t
        first_name = ""
        for j in range(size):
            if kind == "at_risk" and j < unhappy:
                last = j == unhappy - 1
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang=lang,
                    market=market,
                    account=acc,
                    expected=["repeat_contact"] if last else ["detractor"],
                    tolerated=[
                        r
                        for r in [*CUST_TOL, "account_risk"]
                        if not (last and r == "repeat_contact")
                    ],
                )
            elif kind == "one_unhappy" and j == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang=lang,
                    market=market,
                    account=acc,
                    expected=["detractor"],
                    tolerated=["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif kind == "mild" and j < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang=lang,
                    market=market,
                    account=acc,
                    tolerated=["silence"],
                )
            else:
                c = f.person("b2b_happy", "contact", lang=lang, market=market, account=acc)
            c.truth.update(
                {"company": company, "job_title": "Office manager", "job": "Office manager"}
            )
            keys.append(c.key)
            if c.truth["persona"] == "b2b_happy":
                c.truth["role"] = "contact"
                for day in sorted(
                    f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4))
                ):
                    tt = f.at(day, f.rng.uniform(8, 16.5))
                    if f.rng.random() < 0.5:
                        f.add(c, tt, "chat", "chat", f.pick(W.B2B_QUESTION, lang))
                        f.reply(
                            c, tt + timedelta(minutes=f.rng.randint(1, 6)), W.ANSWER, lang, "chat"
                        )
                    elif f.rng.random() < 0.5:
                        f.add(c, tt, "community", "post", f.pick(W.B2B_PRAISE, lang))
                    else:
                        f.add(
                            c,
                            tt,
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": f.rng.choice([9, 10])},
                            attrs={"survey": "nps"},
                        )
                continue
            f.add(
                c,
                f.at(f.rng.randint(0, 1), f.rng.uniform(9, 15)),
                "web",
                "page_view",
                None,
                attrs={"page": "/portal"},
            )
            if kind == "at_risk" and problem and case:
                unhappy_keys.append(c.key)
                c.truth["role"] = "complainer"
                if j == 0:
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.pick(W.B2B_COMPLAINT[problem], lang),
                        subject="Complaint",
                    )
                    f.reply(
                        c,
                        t + timedelta(minutes=f.rng.randint(20, 60)),
                        W.CASE_OPENED,
                        lang,
                        case=case,
                    )
                    first_name = c.truth["name"].split()[0]
                else:
                    t = office(f, t + timedelta(hours=f.rng.uniform(8, 28)))
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.pick(W.B2B_SAME, lang, other=first_name, case=case)
                        + " "
                        + f.pick(W.B2B_COMPLAINT[problem], lang),
                        subject=f"RE: {case}",
                    )
                ids = [e]
                if j < unhappy - 1:
                    s = f.low_nps(c, t + timedelta(hours=f.rng.uniform(1, 3)))
                    c.truth["survey_event_id"] = s
                else:
                    t2 = office(f, t + timedelta(hours=f.rng.uniform(18, 40)))
                    ids.append(
                        f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            f.pick(W.B2B_LAST, lang, case=case, comp=comp),
                            subject=f"RE: {case}",
                        )
                    )
                    c.truth["competitor"] = comp
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(f.row_time(ids[0])),
                    }
                )
            elif kind == "one_unhappy":
                unhappy_keys.append(c.key)
                c.truth["role"] = "complainer"
                p = W.B2B_PROBLEMS[n % 3]
                tt = office(f, f.at(f.rng.randint(3, 7), f.rng.uniform(9, 15)))
                e = f.add(
                    c, tt, "email", "message", f.pick(W.B2B_COMPLAINT[p], lang), subject="Complaint"
                )
                case1 = f.case()
                f.reply(c, tt + timedelta(minutes=30), W.CASE_OPENED, lang, case=case1)
                s = f.low_nps(c, tt + timedelta(hours=2))
                c.truth.update(
                    {
                        "problem": p,
                        "booking": case1,
                        "complaint_event_ids": [e],
                        "survey_event_id": s,
                        "trouble_starts_at": iso(tt),
                    }
                )
            else:
                c.truth["role"] = "suggests"
                tt = office(f, f.at(f.rng.randint(3, 9), f.rng.uniform(9, 15)))
                e = f.add(
                    c,
                    tt,
                    "web",
                    "ticket",
                    f.pick(W.B2B_SUGGEST, lang),
                    attrs={"page": "/portal/feedback"},
                )
                f.reply(c, tt + timedelta(minutes=40), W.FORM_ACK, lang)
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(tt)})
        f.accounts[acc] = {
            "company": company,
            "site": sites[n],
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem,
            "language": lang,
            "country": market,
            "trouble_starts_at": iso(first_t) if kind == "at_risk" else None,
        }
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam("topic_spike", "TS", d(2026, 10, 26), 7, 8, "a calm week and the planted incident")
    for _ in range(40):
        c = f.person("happy", "day writer")
        for day in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            f.happy_act(c, day, f.rng.uniform(12, 19) if day == 5 else None)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, f.rng.uniform(9, 16))
        g = f.add(c, t, "chat", "chat", f.pick(W.MILD, c.lang))
        f.reply(c, t + timedelta(minutes=4), W.FORM_ACK, c.lang, "chat")
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t)})
    for lang, hour in (("es", 9.6), ("en", 15.1)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = f.at(2, hour)
        g = f.add(c, t, "chat", "chat", f.pick(W.LONE_Q, lang))
        f.reply(c, t + timedelta(minutes=5), W.LONE_ANSWER, lang, "chat")
        c.truth.update({"lone_report_event_id": g, "trouble_starts_at": iso(t)})
    spike_start = f.at(3, 10 + 20 / 60)
    langs = ["en"] * 6 + ["es"] * 6 + ["fr", "fr", "de", "de", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offsets = sorted(f.rng.uniform(0, 45) for _ in range(20))
    offsets[0], offsets[-1] = 0.0, 45.0
    keys, eids, reps = [], [], []
    repeaters = 0
    for i in range(20):
        regular = i % 5 < 3
        rep = i in (0, 2, 4, 6, 8, 10)
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if chans[i] == "social" and not c.handle:
            c.handle = f"@{c.key.lower()}_av"
            c.truth["identifiers"]["handle"] = c.handle
        if regular:
            for _ in range(f.rng.randint(1, 2)):
                f.happy_act(c, 2, f.rng.uniform(8, 17.5))
        t = spike_start + timedelta(minutes=offsets[i])
        text = f.pick(W.SPIKE, c.lang, code=CODE)
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
            t,
            ch,
            kind,
            text,
            subject="Booking shows someone else" if ch == "email" else None,
            attrs={"page": "/bookings"} if ch == "web" else None,
        )
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=2), W.SPIKE_CHAT_ANSWER, c.lang, "chat")
        keys.append(c.key)
        eids.append(e)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if rep:
            repeaters += 1
            ch2 = ["email", "chat", "community"][repeaters % 3]
            if ch2 == ch:
                ch2 = "email" if ch != "email" else "chat"
            t2 = t + timedelta(minutes=f.rng.uniform(12, 55))
            r = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.pick(W.SPIKE_AGAIN, c.lang, code=CODE),
                subject="RE: booking" if ch2 == "email" else None,
            )
            reps.append(r)
            c.truth["repeat_event_id"] = r
        elif i % 3 == 1:
            f.reply(
                c,
                f.at(3, 13 + f.rng.uniform(0, 0.2)),
                W.SPIKE_FIXED,
                c.lang,
                time="14:10" if c.market not in ("UK", "IE", "PT") else "13:10",
            )
            c.truth["agent_fixed"] = True
    if repeaters != 6:
        raise SystemExit(f"spike repeaters: {repeaters}")
    f.spike = {
        "topic": f"archery app booking confirmations show another customer's name, phone and lane; opening the booking fails with {CODE}",
        "about": "the planted incident: a privacy fault in booking confirmations",
        "channel": None,
        "start": iso(spike_start),
        "end": iso(spike_start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})


def main() -> None:
    for build in (
        happy_writers,
        one_bad_day,
        repeat_contacts,
        slow_churners,
        quiet_hours,
        bilingual,
        b2b_accounts,
        topic_spike,
    ):
        build()


if __name__ == "__main__":
    main()
