# ruff: noqa: E501
"""Build heldout237 (Cambiora, holiday-let changeover cleaning): every family's JSONL and truth.

Standard library only, fixed seed, one random.Random per family. Run from anywhere.
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

SEED = 20261207
COMPS = ("Ospitello", "Wechselta")
BUSINESS = "Cambiora: holiday-let changeover cleaning, linen and key-box service by app and web, Cambiora Plus membership; Cambiora Pro for property managers on account"
MARKETS = {
    "de": ("DE", "DE", "AT", "CH"),
    "it": ("IT", "IT", "IT", "CH"),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE", "CH"),
    "pt": ("PT",),
    "es": ("ES",),
}
PHONE = {
    "DE": ("+49", "15", 9),
    "AT": ("+43", "664", 7),
    "CH": ("+41", "79", 7),
    "IT": ("+39", "34", 8),
    "UK": ("+44", "77", 8),
    "IE": ("+353", "87", 7),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "PT": ("+351", "91", 7),
    "ES": ("+34", "6", 8),
}
FIRST = {
    "de": [
        "Jonas",
        "Miriam",
        "Lukas",
        "Sabine",
        "Felix",
        "Katrin",
        "Tobias",
        "Anja",
        "Stefan",
        "Heike",
        "Moritz",
        "Lea",
        "Jan",
        "Ute",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Davide",
        "Sara",
        "Paolo",
        "Elena",
        "Matteo",
        "Silvia",
        "Andrea",
        "Marta",
        "Stefano",
    ],
    "en": ["Emma", "Tom", "Sophie", "Liam", "Grace", "Owen", "Niamh", "Harry"],
    "fr": ["Camille", "Julien", "Léa", "Hugo", "Manon", "Nicolas"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Mariana", "João"],
    "es": ["Lucía", "Pablo", "Carmen", "Javier", "Elena", "Diego"],
}
LAST = {
    "de": [
        "Becker",
        "Hoffmann",
        "Schulz",
        "Keller",
        "Wagner",
        "Brandt",
        "Vogel",
        "Krüger",
        "Hahn",
        "Lorenz",
        "Winkler",
        "Seidel",
        "Roth",
        "Pohl",
    ],
    "it": [
        "Rossi",
        "Bianchi",
        "Ferrari",
        "Greco",
        "Conti",
        "Marino",
        "Ricci",
        "Galli",
        "Fontana",
        "Moretti",
        "Barbieri",
        "Lombardi",
        "Testa",
        "Caruso",
    ],
    "en": ["Walsh", "Hughes", "Carter", "Byrne", "Mason", "Kelly", "Price", "Doyle"],
    "fr": ["Martin", "Lefèvre", "Girard", "Moreau", "Dupont", "Roux"],
    "pt": ["Silva", "Costa", "Ferreira", "Sousa", "Pereira", "Lopes"],
    "es": ["García", "Navarro", "Romero", "Torres", "Molina", "Ortega"],
}
TOWNS = {
    "DE": "Freiburg",
    "AT": "Salzburg",
    "CH": "Luzern",
    "IT": "Verona",
    "UK": "Whitby",
    "IE": "Kinsale",
    "FR": "Annecy",
    "BE": "Bruges",
    "PT": "Lagos",
    "ES": "Cádiz",
}
JOBS = (
    "nurse",
    "teacher",
    "retired",
    "accountant",
    "shop owner",
    "engineer",
    "designer",
    "pharmacist",
)
PRODUCTS = (
    ("Turnover clean, 1-bed", 49),
    ("Turnover clean, 2-bed", 69),
    ("Linen set, double", 18),
    ("Deep clean, 3-bed", 149),
    ("Key-box service, month", 25),
)
PAGES = ("/app/calendar", "/pricing", "/plus", "/help/linen", "/areas", "/app/visits")
SOURCE = {
    "email": "cambiora-mail",
    "phone": "cambiora-voice",
    "social": "cambiora-social",
    "community": "cambiora-forum",
    "chat": "cambiora-chat",
    "web": "cambiora-web",
    "survey": "cambiora-survey",
}
KIND = {
    "email": "message",
    "phone": "call",
    "social": "mention",
    "community": "post",
    "chat": "chat",
    "survey": "survey_response",
}
AGENTS = ("Mara", "Enzo", "Kim", "Lotte", "Rafa")
USED: set[str] = set()


def uniq(make: Any) -> str:
    for _ in range(1000):
        v = str(make())
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("no unique value")


def strip_accents(text: str) -> str:
    text = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    keep = {"ß", "ñ"}
    return "".join(ch if ch in keep else unicodedata.normalize("NFD", ch)[0] for ch in text)


def spoken(text: str) -> str:
    out = "".join(ch if ch.isalnum() or ch in " -'" else " " for ch in text)
    return " ".join(out.lower().split())


def pick(rng: random.Random, table: dict[str, list[str]], lang: str) -> str:
    return rng.choice(table[lang])


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Row:
    t: datetime
    d: dict[str, Any]
    cust: Cust


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        *,
        market: str | None = None,
        account: str | None = None,
        handle: bool = True,
    ) -> Cust:
        rng = self.rng
        mk = market or rng.choice(MARKETS[lang])
        first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
        key = uniq(lambda: f"CB{self.code}{rng.randint(1000, 9999)}")
        base = strip_accents(f"{first}.{last}".lower()).replace(" ", "")
        dom = account.split("-")[2] if account else mk.lower()
        email = uniq(
            lambda: (
                f"{base}{rng.randint(1, 99)}@{'firm' + dom if account else 'post' + dom}.example"
            )
        )
        cc, pre, ln = PHONE[mk]
        phone = uniq(lambda: cc + pre + "".join(str(rng.randint(0, 9)) for _ in range(ln)))
        hd = (
            uniq(
                lambda: (
                    "@"
                    + strip_accents(
                        rng.choice(
                            [
                                f"{last}_{first}{rng.randint(1, 9)}",
                                f"{first}{last}{rng.randint(10, 99)}",
                                f"{first}_{last[:3]}",
                            ]
                        ).lower()
                    )
                )
            )
            if handle
            else None
        )
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": hd,
                "account_id": account,
            },
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": rng.choice(JOBS),
            "town": TOWNS[mk],
        }
        c = Cust(key, lang, mk, first, last, email, phone, hd, account, truth)
        self.custs[key] = c
        return c

    def roughen(self, text: str) -> str:
        r = self.rr
        if r.random() < 1 / 10:
            text = strip_accents(text)
        if r.random() < 1 / 8 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        text: str | None = None,
        *,
        kind: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        if t.year != 2026 or t < self.start or t >= datetime(2026, 11, 15, tzinfo=UTC):
            raise ValueError(f"{self.name}: time {t} out of range")
        self.seq += 1
        eid = f"h237-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not out:
            if channel == "phone":
                text = spoken(text)
            elif channel != "survey" and rough:
                text = self.roughen(text)
        if channel == "social" and text is not None and not out and "@Cambiora" not in text:
            text = (
                text[::-1].replace("arobmaC", "arobmaC@", 1)[::-1]
                if "Cambiora" in text
                else "@Cambiora " + text
            )
        a: dict[str, str] = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        d: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind or KIND.get(channel, "message"),
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCE[channel],
            "attributes": a,
        }
        self.rows.append(Row(t, d, c))
        return eid

    # ---------------------------------------------------------------- happy acts --
    def praise(
        self, c: Cust, t: datetime, lang: str, table: dict[str, list[str]] | None = None
    ) -> str:
        tab = table or self.rng.choice([W.PRAISE, W.PRAISE, W.AGAIN, W.GRIPE])
        if c.account:
            return self.add(c, t, "community", pick(self.rng, W.B2B_PRAISE, lang))
        ch = self.rng.choice(["social", "community"])
        return self.add(
            c, t, ch, pick(self.rng, tab, lang), kind="mention" if ch == "social" else "post"
        )

    def question(
        self, c: Cust, t: datetime, lang: str, table: dict[str, list[str]] | None = None
    ) -> str:
        eid = self.add(c, t, "chat", pick(self.rng, table or W.QUESTION, lang))
        t2 = t + timedelta(minutes=self.rng.uniform(1, 6))
        self.add(c, t2, "chat", pick(self.rng, W.ANSWER, lang), out=True)
        if self.rng.random() < 0.6:
            self.add(
                c,
                t2 + timedelta(minutes=self.rng.uniform(1, 8)),
                "chat",
                pick(self.rng, W.THANKS, lang),
            )
        return eid

    def call(self, c: Cust, t: datetime, lang: str) -> None:
        self.add(c, t, "phone", pick(self.rng, W.CALL_Q, lang))
        self.add(
            c,
            day_time(self.rng, t + timedelta(minutes=self.rng.uniform(10, 40))),
            "email",
            pick(self.rng, W.CALL_FOLLOW, lang).format(first=c.first),
            subject=W.SUBJ_QUESTION[lang],
            out=True,
        )

    def purchase(self, c: Cust, t: datetime) -> None:
        prod, price = self.rng.choice(PRODUCTS)
        cur, val = (
            ("GBP", price * 0.86)
            if c.market in ("UK",)
            else ("CHF", price * 0.94)
            if c.market == "CH"
            else ("EUR", float(price))
        )
        self.add(c, t, "web", kind="page_view", attrs={"page": "/app/book"})
        self.add(
            c,
            t + timedelta(minutes=self.rng.uniform(2, 8)),
            "web",
            kind="purchase",
            attrs={
                "page": "/app/book",
                "product": prod,
                "order_value": f"{val:.2f}",
                "currency": cur,
            },
        )

    def survey(self, c: Cust, t: datetime, lang: str) -> None:
        k = self.rng.choice(["nps", "csat", "ces"])
        v = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[k]
        self.add(
            c,
            t,
            "survey",
            pick(self.rng, W.SURVEY_HAPPY, lang) or None,
            scores={k: v},
            attrs={"survey": k},
        )

    def happy_act(
        self, c: Cust, t: datetime, lang: str | None = None, surveys: bool = True
    ) -> None:
        lg = lang or c.lang
        kinds = ["praise", "praise", "question", "call", "buy", "buy", "view", "review"] + (
            ["survey"] if surveys else []
        )
        if c.account:
            kinds = ["b2bq", "b2bq", "buy", "view", "praise"] + (["survey"] if surveys else [])
        k = self.rng.choice(kinds)
        if k == "praise":
            self.praise(c, t, lg)
        elif k == "question":
            self.question(c, t, lg)
        elif k == "b2bq":
            self.question(c, t, lg, W.B2B_Q)
        elif k == "call":
            self.call(c, t, lg)
        elif k == "buy":
            self.purchase(c, t)
        elif k == "view":
            self.add(c, t, "web", kind="page_view", attrs={"page": self.rng.choice(PAGES)})
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                pick(self.rng, W.REVIEW, lg),
                kind="review",
                attrs={"rating": str(self.rng.choice([4, 5, 5])), "page": "/reviews"},
            )
        else:
            self.survey(c, t, lg)

    def happy_days(
        self,
        c: Cust,
        days: list[int],
        lo: float = 7.0,
        hi: float = 19.0,
        langs: list[str] | None = None,
        surveys: bool = True,
    ) -> None:
        for i, d in enumerate(days):
            self.happy_act(
                c,
                self.at(d, self.rng.uniform(lo, hi)),
                langs[i % len(langs)] if langs else None,
                surveys,
            )

    # ---------------------------------------------------------------- trouble --
    def complain(
        self,
        c: Cust,
        t: datetime,
        lang: str,
        problem: str,
        channel: str,
        *,
        long: bool = False,
        reply: str = "case",
    ) -> tuple[str, str | None]:
        desc = W.DESC[lang][problem].format(
            time=f"{self.rng.randint(7, 11)}:{self.rng.randint(10, 59)}", amt=W.AMT[lang]
        )
        case = (
            uniq(lambda: f"CB-{self.rng.randint(100000, 999999)}") if channel != "social" else None
        )
        if channel == "email":
            body = pick(self.rng, W.LONG_EMAIL if long else W.EMAIL, lang).format(
                desc=desc, name=c.name
            )
            eid = self.add(
                c,
                t,
                "email",
                body,
                subject=W.SUBJ_COMPLAINT[lang].format(topic=W.TOPIC[lang][problem]),
            )
        elif channel == "chat":
            eid = self.add(c, t, "chat", pick(self.rng, W.CHAT_COMPLAINT, lang).format(desc=desc))
        elif channel == "social":
            eid = self.add(
                c,
                t,
                "social",
                pick(self.rng, W.SOCIAL_COMPLAINT, lang).format(desc=desc),
                kind="mention",
            )
        elif channel == "web":
            eid = self.add(
                c,
                t,
                "web",
                pick(self.rng, W.WEB_COMPLAINT, lang).format(desc=desc),
                kind="ticket",
                attrs={"page": "/help/contact"},
            )
        else:
            eid = self.add(
                c, t, "phone", pick(self.rng, W.CALL_COMPLAINT, lang).format(desc=desc, name=c.name)
            )
        if case is not None:
            if channel == "chat":
                self.add(
                    c,
                    t + timedelta(minutes=self.rng.uniform(1, 4)),
                    "chat",
                    pick(self.rng, W.CHAT_CASE, lang).format(case=case),
                    out=True,
                )
            if reply == "lead":
                t2 = day_time(self.rng, t + timedelta(hours=self.rng.uniform(1.5, 2.5)))
                self.add(
                    c,
                    t2,
                    "email",
                    pick(self.rng, W.QUALITY_LEAD, lang).format(first=c.first, case=case),
                    subject=W.SUBJ_CASE[lang].format(case=case),
                    out=True,
                )
            elif channel != "chat":
                t2 = day_time(self.rng, t + timedelta(minutes=self.rng.uniform(10, 40)))
                self.add(
                    c,
                    t2,
                    "email",
                    pick(self.rng, W.CASE_OPENED, lang).format(first=c.first, case=case),
                    subject=W.SUBJ_CASE[lang].format(case=case),
                    out=True,
                )
        return eid, case

    def followup(
        self,
        c: Cust,
        t: datetime,
        lang: str,
        problem: str,
        case: str,
        n: int,
        channel: str,
        comp: str,
    ) -> str:
        desc = W.DESC[lang][problem].format(time="9:40", amt=W.AMT[lang])
        tab = W.REPEAT2 if n == 2 else W.REPEAT3 if n == 3 else W.REPEAT4
        text = pick(self.rng, tab, lang).format(case=case, desc=desc, comp=comp)
        if channel == "email":
            eid = self.add(c, t, "email", text, subject=W.SUBJ_RE[lang].format(case=case))
        elif channel == "web":
            eid = self.add(c, t, "web", text, kind="ticket", attrs={"page": "/help/contact"})
        elif channel == "social":
            eid = self.add(c, t, "social", text, kind="mention")
        else:
            eid = self.add(c, t, channel, text)
        if channel == "chat":
            self.add(
                c,
                t + timedelta(minutes=self.rng.uniform(1, 4)),
                "chat",
                pick(self.rng, W.ADDED, lang).format(case=case),
                out=True,
            )
        return eid

    def fixed_case(
        self, c: Cust, t: datetime, lang: str, problem: str, channel: str
    ) -> dict[str, Any]:
        eid, case = self.complain(c, t, lang, problem, channel)
        assert case
        tf = day_time(self.rng, t + timedelta(hours=self.rng.uniform(3, 20)))
        self.add(
            c,
            tf,
            "email",
            pick(self.rng, W.GOOD_NEWS, lang).format(case=case),
            subject=W.SUBJ_CASE[lang].format(case=case),
            out=True,
        )
        tc = day_time(self.rng, tf + timedelta(hours=self.rng.uniform(8, 30)))
        cch = self.rng.choice(["email", "chat"])
        ceid = self.add(
            c,
            tc,
            cch,
            pick(self.rng, W.CONFIRM, lang).format(case=case),
            subject=W.SUBJ_RE[lang].format(case=case) if cch == "email" else None,
        )
        return {
            "problem": problem,
            "booking": case,
            "raised_at": iso(t),
            "fixed_at": iso(tf),
            "confirmed_at": iso(tc),
            "problem_event_ids": [eid],
            "confirm_event_id": ceid,
            "channel": channel,
            "confirm_channel": cch,
        }

    def slide(self, c: Cust, first_day: int, span: int, langs: list[str]) -> list[str]:
        comp = self.rng.choice(COMPS)
        ids: list[str] = []
        t = self.at(first_day, self.rng.uniform(8, 18))
        gaps = sorted(self.rng.uniform(0, span) for _ in range(5))
        for i in range(6):
            ti = t if i == 0 else self.at(first_day + gaps[i - 1], self.rng.uniform(8, 20))
            ti = max(ti, self.rows[-1].t + timedelta(hours=1)) if ids else ti
            ti = day_time(self.rng, ti)
            lg = langs[i % len(langs)]
            text = W.SLIDE[lg][i].format(comp=comp)
            ch = self.rng.choice(["social", "community", "review"])
            if ch == "review":
                ids.append(
                    self.add(
                        c,
                        ti,
                        "web",
                        text,
                        kind="review",
                        attrs={"rating": str((3, 3, 2, 2, 1, 1)[i]), "page": "/reviews"},
                    )
                )
            else:
                ids.append(self.add(c, ti, ch, text, kind="mention" if ch == "social" else "post"))
            if i == 3:
                c.truth["_fourth"] = ti
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": span,
                "competitor": comp,
                "trouble_starts_at": iso(t),
            }
        )
        return ids

    # ---------------------------------------------------------------- output --
    def finish(self) -> None:
        self.rows.sort(key=lambda r: (r.t, r.d["event_id"]))
        seen: set[str] = set()
        for r in self.rows:
            c = r.cust
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            out = r.d["direction"] == "outbound"
            if out or c.key not in seen:
                cust = full
                if not out:
                    seen.add(c.key)
            else:
                ch = r.d["channel"]
                cust = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": c.account,
                }
                if ch == "phone":
                    cust["phone"] = (
                        c.phone if self.rr.random() < 0.5 else c.phone[:3] + " " + c.phone[3:]
                    )
                elif ch in ("social", "community"):
                    if c.handle:
                        cust["handle"] = (
                            c.handle if self.rr.random() < 0.8 else c.handle.lstrip("@")
                        )
                    else:
                        cust["email"] = c.email
                elif ch == "email":
                    cust["email"] = c.email.upper() if self.rr.random() < 1 / 12 else c.email
                else:
                    cust["customer_id"] = c.key
            r.d["customer"] = cust
        for c in self.custs.values():
            if c.key not in seen:
                raise ValueError(f"{c.key} has no inbound touchpoint")
            c.truth.pop("_fourth", None)
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise ValueError(f"{c.key} expects and tolerates a rule")
        expected: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        end = max(self.start + timedelta(days=self.days), self.rows[-1].t + timedelta(hours=1))
        if end >= datetime(2026, 11, 15, tzinfo=UTC):
            raise ValueError("end too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        lines = "".join(json.dumps(r.d, ensure_ascii=False) + "\n" for r in self.rows)
        (HERE / f"{self.name}.jsonl").write_text(lines, encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(
            f"{self.name}: {len(self.custs)} customers, {len(self.rows)} touchpoints, {sum(r.d['direction'] == 'outbound' for r in self.rows)} replies, {expected}"
        )


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def day_time(rng: random.Random, t: datetime) -> datetime:
    """Moves a time between 22:00 and 07:00 UTC to 08:00-09:00 the next morning."""
    h = t.hour + t.minute / 60
    if h >= 22:
        base = (t + timedelta(days=1)).replace(hour=0, minute=0, second=0)
    elif h < 7:
        base = t.replace(hour=0, minute=0, second=0)
    else:
        return t
    return base + timedelta(hours=8 + rng.random())


def monday(y: int, m: int, d: int, weekday: int = 0) -> datetime:
    t = datetime(y, m, d, tzinfo=UTC)
    if t.weekday() != weekday:
        raise ValueError(f"{t} is not weekday {weekday}")
    return t


def lang_of(rng: random.Random) -> str:
    return str(rng.choices(W.LANGS, weights=(30, 30, 10, 10, 10, 10))[0])


def days_from(rng: random.Random, lo: int, hi: int, k: int) -> list[int]:
    return sorted(rng.sample(range(lo, hi), k))


# ---------------------------------------------------------------------- families --
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        monday(2026, 3, 9),
        10,
        "happy day writers, night writers and survey answerers",
    )
    for _ in range(16):
        c = f.person(lang_of(f.rng), "happy", "day writer")
        f.happy_days(c, days_from(f.rng, 0, 10, f.rng.randint(5, 8)))
    for _ in range(5):
        c = f.person(lang_of(f.rng), "happy", "night writer")
        for d in days_from(f.rng, 0, 9, f.rng.randint(2, 4)):
            t = f.at(d, f.rng.uniform(22.2, 28.5))
            if f.rng.random() < 0.5:
                f.add(
                    c, t, f.rng.choice(["social", "community"]), pick(f.rng, W.NIGHT_POST, c.lang)
                )
            else:
                f.question(c, t, c.lang, W.NIGHT_CHAT)
        f.happy_days(c, days_from(f.rng, 0, 10, f.rng.randint(2, 3)), 9, 18, surveys=False)
    for _ in range(5):
        c = f.person(lang_of(f.rng), "happy", "answers surveys")
        for d in days_from(f.rng, 0, 10, f.rng.randint(3, 6)):
            f.survey(c, f.at(d, f.rng.uniform(8, 19)), c.lang)
    return f


BAD_CHANNELS = ("long", "email", "chat", "social", "web", "phone")


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        monday(2026, 4, 20),
        12,
        "happy customers with one angry moment, and controls",
    )
    probs = list(W.PROBLEMS) * 4
    f.rng.shuffle(probs)
    slots = list(zip(probs, [ch for ch in BAD_CHANNELS for _ in range(4)], strict=True))
    with_case: list[tuple[Cust, str, datetime, str]] = []
    long_langs = ["de", "de", "it", "it"]
    for problem, ch in slots:
        lang = long_langs.pop() if ch == "long" else lang_of(f.rng)
        c = f.person(lang, "happy_one_bad_day", "one bad day")
        bd = f.rng.randint(2, 9)
        t = f.at(bd, f.rng.uniform(8, 20))
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(
            c, sorted(f.rng.sample(days, f.rng.randint(1, min(5, len(days))))), surveys=False
        )
        eid, case = f.complain(
            c, t, lang, problem, "email" if ch == "long" else ch, long=ch == "long"
        )
        c.truth.update(
            {
                "problem": problem,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "channel": "email" if ch == "long" else ch,
                "booking": case,
                "long_email": ch == "long",
                "tolerated_rules": ["silence"],
                "agent_fixed": False,
                "apologised": False,
                "nps_given": False,
                "csat_given": False,
            }
        )
        if case:
            with_case.append((c, lang, t, case))
    f.rng.shuffle(with_case)
    for j, (c, lang, t, _case) in enumerate(with_case):
        if j < 6:
            ts = t + timedelta(minutes=f.rng.uniform(100, 140))
            nps = f.rng.randint(1, 5)
            sid = f.add(
                c,
                ts,
                "survey",
                pick(f.rng, W.SURVEY_LOW, lang) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "bad_day_detractor",
                    "expected_rules": ["detractor"],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                }
            )
        elif j < 11:
            ts = t + timedelta(minutes=f.rng.uniform(40, 80))
            cs = f.rng.randint(1, 2)
            sid = f.add(
                c,
                ts,
                "survey",
                pick(f.rng, W.SURVEY_LOW, lang) or None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": cs, "survey_event_id": sid})
    for j, (c, lang, t, case) in enumerate(with_case[4:16]):
        tg = day_time(f.rng, t + timedelta(hours=f.rng.uniform(1, 4)))
        f.add(
            c,
            tg,
            "email",
            pick(f.rng, W.GOOD_NEWS, lang).format(case=case),
            subject=W.SUBJ_CASE[lang].format(case=case),
            out=True,
        )
        c.truth["agent_fixed"] = True
        if j < 5:
            ta = day_time(f.rng, t + timedelta(hours=f.rng.uniform(16, 24)))
            ch = f.rng.choice(["chat", "email"])
            aid = f.add(
                c,
                ta,
                ch,
                pick(f.rng, W.APOLOGY, lang),
                subject=W.SUBJ_RE[lang].format(case=case) if ch == "email" else None,
            )
            c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(8):
        c = f.person(lang_of(f.rng), "happy", "control")
        f.happy_days(c, days_from(f.rng, 0, 12, f.rng.randint(4, 7)))
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    lang: str,
    problem: str,
    first_ch: str,
    contacts: int,
    t: datetime,
    langs: list[str] | None = None,
) -> None:
    lead = contacts >= 3 if langs else f.rng.random() < 0.5
    eid, case = f.complain(c, t, lang, problem, first_ch, reply="lead" if lead else "case")
    assert case
    comp = f.rng.choice(COMPS)
    ids = [eid]
    chans = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != first_ch]
    f.rng.shuffle(chans)
    tt = t
    for n in range(2, contacts + 1):
        tt = day_time(f.rng, tt + timedelta(hours=f.rng.uniform(4, 40)))
        lg = langs[(n - 1) % len(langs)] if langs else lang
        ids.append(f.followup(c, tt, lg, problem, case, n, chans[n - 2], comp))
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": contacts,
            "channels": [first_ch, *chans[: contacts - 1]],
            "agent_passed_on": lead,
            "problem_event_ids": ids,
            "competitor": comp if contacts >= 3 else None,
            "trouble_starts_at": iso(t),
            "expected_rules": ["repeat_contact"],
            "tolerated_rules": [
                "sentiment_drop",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        }
    )


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        monday(2026, 5, 18),
        10,
        "repeat contacts about one open case, fixed cases, two problems, frequent writers",
    )
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    for i in range(12):
        c = f.person(lang_of(f.rng), "repeat_contact", "repeats")
        f.happy_days(c, [0] * f.rng.randint(1, 3), 7, 12, surveys=False)
        repeat_run(
            f,
            c,
            c.lang,
            f.rng.choice(W.PROBLEMS),
            firsts[i],
            2 + i // 4,
            f.at(f.rng.randint(1, 4), f.rng.uniform(8, 19)),
        )
    for _ in range(5):
        c = f.person(lang_of(f.rng), "resolved_between_contacts", "fixed")
        f.happy_days(c, days_from(f.rng, 0, 2, 1), surveys=False)
        pr = f.fixed_case(
            c,
            f.at(f.rng.randint(2, 5), f.rng.uniform(8, 18)),
            c.lang,
            f.rng.choice(W.PROBLEMS),
            f.rng.choice(["email", "web", "chat"]),
        )
        c.truth.update(
            {
                "problems": [pr],
                "booking": pr["booking"],
                "trouble_starts_at": pr["raised_at"],
                "tolerated_rules": ["silence"],
            }
        )
    for _ in range(3):
        c = f.person(lang_of(f.rng), "different_problems", "two problems")
        p1, p2 = f.rng.sample(W.PROBLEMS, 2)
        d1 = f.rng.randint(0, 2)
        prs = [
            f.fixed_case(c, f.at(d1, f.rng.uniform(8, 16)), c.lang, p1, "email"),
            f.fixed_case(
                c,
                f.at(d1 + f.rng.randint(4, 5), f.rng.uniform(8, 16)),
                c.lang,
                p2,
                f.rng.choice(["chat", "web"]),
            ),
        ]
        c.truth.update(
            {
                "problems": prs,
                "trouble_starts_at": prs[0]["raised_at"],
                "tolerated_rules": ["silence"],
            }
        )
    for _ in range(7):
        c = f.person(lang_of(f.rng), "happy", "frequent writer")
        for d in days_from(f.rng, 0, 10, f.rng.randint(5, 8)):
            t = f.at(d, f.rng.uniform(8, 19))
            if f.rng.random() < 0.7:
                f.question(c, t, c.lang)
            else:
                f.call(c, t, c.lang)
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        monday(2026, 6, 22),
        32,
        "sliders, leavers, steady, steadily grumpy, sarcastic",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = f.person(lang_of(f.rng), "slow_churner", "slides")
        for d in days_from(f.rng, 0, 11, f.rng.randint(4, 5)):
            f.praise(c, f.at(d, f.rng.uniform(8, 19)), c.lang, W.PRAISE)
        f.happy_days(c, days_from(f.rng, 0, 11, f.rng.randint(2, 4)), surveys=False)
        f.slide(c, f.rng.randint(12, 16), spans[i], [c.lang])
        c.truth.update(
            {
                "expected_rules": ["sentiment_drop"],
                "tolerated_rules": [
                    "repeat_contact",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
                "nps_given": False,
            }
        )
        if i % 2 == 0:
            ts = day_time(f.rng, c.truth["_fourth"] + timedelta(hours=f.rng.uniform(2.5, 3.5)))
            nps = f.rng.randint(1, 5)
            sid = f.add(
                c,
                ts,
                "survey",
                pick(f.rng, W.SURVEY_LOW, c.lang) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "expected_rules": ["sentiment_drop", "detractor"],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                }
            )
    for _ in range(5):
        c = f.person(lang_of(f.rng), "slow_churner", "asks to cancel")
        f.happy_days(c, days_from(f.rng, 0, 15, f.rng.randint(4, 6)), surveys=False)
        t = f.at(f.rng.randint(17, 23), f.rng.uniform(8, 19))
        eid = f.add(
            c,
            t,
            "email",
            pick(f.rng, W.CHURN, c.lang).format(name=c.name),
            subject=W.SUBJ_CANCEL[c.lang],
        )
        f.add(
            c,
            day_time(f.rng, t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            pick(f.rng, W.SORRY_GO, c.lang).format(first=c.first),
            subject=W.SUBJ_CANCEL[c.lang],
            out=True,
        )
        tc = day_time(f.rng, t + timedelta(hours=f.rng.uniform(20, 30)))
        cid = f.add(
            c,
            tc,
            "web",
            kind="cancellation",
            attrs={"page": "/account/cancel", "product": "Cambiora Plus"},
        )
        c.truth.update(
            {
                "expected_rules": ["churn_intent"],
                "tolerated_rules": [
                    "sentiment_drop",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person(lang_of(f.rng), "happy", "steady")
        f.happy_days(c, days_from(f.rng, 0, 32, f.rng.randint(6, 10)))
    for _ in range(5):
        c = f.person(lang_of(f.rng), "steadily_grumpy", "grumbles")
        d = f.rng.randint(0, 4)
        gids = []
        for _k in range(f.rng.randint(5, 7)):
            t = f.at(d, f.rng.uniform(8, 20))
            ch = f.rng.choice(["social", "community", "web", "review"])
            text = pick(f.rng, W.GRUMBLE, c.lang)
            if ch == "review":
                gids.append(
                    f.add(
                        c, t, "web", text, kind="review", attrs={"rating": "3", "page": "/reviews"}
                    )
                )
            elif ch == "web":
                gids.append(
                    f.add(c, t, "web", text, kind="ticket", attrs={"page": "/help/contact"})
                )
            else:
                gids.append(f.add(c, t, ch, text))
            d += f.rng.randint(1, 3)
        for _k in range(f.rng.randint(0, 2)):
            f.purchase(c, f.at(f.rng.randint(0, 20), f.rng.uniform(9, 18)))
        c.truth.update(
            {
                "grumble_event_ids": gids,
                "trouble_starts_at": iso(min(r.t for r in f.rows if r.d["event_id"] in gids)),
                "tolerated_rules": ["repeat_contact", "silence"],
            }
        )
    for _ in range(5):
        c = f.person(lang_of(f.rng), "happy_one_sarcastic_remark", "happy")
        f.happy_days(c, days_from(f.rng, 0, 16, f.rng.randint(4, 6)), surveys=False)
        t = f.at(f.rng.randint(17, 28), f.rng.uniform(9, 20))
        sid = f.add(c, t, "social", pick(f.rng, W.SARCASM, c.lang), kind="mention")
        c.truth.update({"sarcasm_event_id": sid, "tolerated_rules": ["silence"]})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        monday(2026, 8, 14, 4),
        3,
        "a calm summer weekend with night owls in short bursts",
    )
    for _ in range(16):
        c = f.person(lang_of(f.rng), "happy", "day writer")
        f.happy_days(c, days_from(f.rng, 0, 3, f.rng.randint(1, 3)), 7, 17.5)
    for i in range(4):
        c = f.person(lang_of(f.rng), "grumbles_once", "grumbles once")
        t = f.at(f.rng.randint(0, 2), f.rng.uniform(9, 16))
        f.add(c, t, "web", kind="page_view", attrs={"page": "/areas"})
        tg = t + timedelta(minutes=f.rng.uniform(20, 30))
        if i < 2:
            gid = f.add(c, tg, "chat", pick(f.rng, W.MILD, c.lang))
            f.add(
                c,
                tg + timedelta(minutes=f.rng.uniform(1, 6)),
                "chat",
                pick(f.rng, W.MILD_ACK, c.lang).format(first=c.first),
                out=True,
            )
        else:
            gid = f.add(
                c,
                tg,
                "web",
                pick(f.rng, W.MILD, c.lang),
                kind="ticket",
                attrs={"page": "/help/contact"},
            )
            f.add(
                c,
                tg + timedelta(minutes=f.rng.uniform(10, 40)),
                "email",
                pick(f.rng, W.MILD_ACK, c.lang).format(first=c.first),
                subject=W.SUBJ_QUESTION[c.lang],
                out=True,
            )
        c.truth.update(
            {"grumble_event_id": gid, "trouble_starts_at": iso(tg), "tolerated_rules": ["silence"]}
        )
    for night in range(3):
        b0 = f.at(night + 1, f.rng.uniform(0.67, 1.08))
        for burst, off in enumerate((0.0, f.rng.uniform(28, 33), f.rng.uniform(55, 65))):
            bt = b0 + timedelta(minutes=off)
            for _k in range(4):
                c = f.person(lang_of(f.rng), "night_owl", f"night {night + 1}, burst {burst + 1}")
                t = bt + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    nid = f.question(c, t, c.lang, W.NIGHT_CHAT)
                else:
                    nid = f.add(
                        c,
                        t,
                        f.rng.choice(["social", "community"]),
                        pick(f.rng, W.NIGHT_POST, c.lang),
                    )
                c.truth.update({"burst_at": iso(bt), "night_event_id": nid})
                if f.rng.random() < 0.5:
                    f.happy_act(c, f.at(f.rng.randint(0, 2), f.rng.uniform(9, 17.5)), surveys=False)
    return f


PAIRS = [
    ("de", "it"),
    ("it", "de"),
    ("de", "it"),
    ("it", "de"),
    ("de", "en"),
    ("it", "en"),
    ("de", "fr"),
    ("it", "fr"),
    ("it", "es"),
    ("de", "pt"),
    ("en", "de"),
    ("fr", "it"),
    ("pt", "it"),
    ("es", "de"),
    ("de", "it"),
    ("it", "de"),
    ("de", "en"),
    ("it", "en"),
    ("fr", "de"),
    ("es", "it"),
    ("it", "pt"),
    ("de", "es"),
    ("en", "it"),
    ("de", "it"),
    ("it", "de"),
    ("pt", "de"),
    ("de", "fr"),
]
PAIR_MARKET = {
    frozenset({"de", "it"}): "CH",
    frozenset({"de", "fr"}): "CH",
    frozenset({"it", "fr"}): "CH",
    frozenset({"de", "en"}): "DE",
    frozenset({"it", "en"}): "IT",
}


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, monday(2026, 9, 7), 14, "customers who write in two languages")
    pairs = list(PAIRS)
    f.rng.shuffle(pairs)

    def bperson(persona: str, habit: str) -> tuple[Cust, list[str]]:
        a, b = pairs.pop()
        mk = PAIR_MARKET.get(frozenset({a, b}), MARKETS[a][0])
        c = f.person(a, persona, habit, market=mk)
        c.truth.update(
            {
                "languages": [a, b],
                "job_second_language": f.rng.choice(
                    [
                        "partner's language",
                        "works across the border",
                        "grew up with it",
                        "guests write in it",
                    ]
                ),
            }
        )
        return c, [a, b]

    for _ in range(12):
        c, ls = bperson("happy", "alternates languages")
        f.happy_days(c, days_from(f.rng, 0, 14, f.rng.randint(5, 8)), langs=ls)
    for i in range(5):
        c, ls = bperson("repeat_contact", "repeats")
        f.happy_days(c, days_from(f.rng, 0, 2, f.rng.randint(1, 2)), surveys=False, langs=ls)
        repeat_run(
            f,
            c,
            ls[0],
            f.rng.choice(W.PROBLEMS),
            f.rng.choice(["email", "web", "chat"]),
            (2, 2, 3, 3, 4)[i],
            f.at(f.rng.randint(2, 5), f.rng.uniform(8, 18)),
            ls,
        )
        c.truth["confirm_language"] = None
    for _ in range(5):
        c, ls = bperson("slow_churner", "slides")
        for k, d in enumerate(days_from(f.rng, 0, 6, 5)):
            f.praise(c, f.at(d, f.rng.uniform(8, 19)), ls[k % 2], W.PRAISE)
        f.happy_days(c, days_from(f.rng, 0, 6, f.rng.randint(1, 3)), surveys=False, langs=ls)
        f.slide(c, f.rng.randint(7, 8), f.rng.randint(3, 5), ls)
        c.truth.update(
            {
                "expected_rules": ["sentiment_drop"],
                "tolerated_rules": [
                    "repeat_contact",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
            }
        )
    for k in range(3):
        c, ls = bperson("happy_one_bad_day", "one bad day")
        bd = f.rng.randint(5, 9)
        f.happy_days(
            c,
            [d for d in days_from(f.rng, 0, 14, 5) if d <= bd - 2 or d >= bd + 3] or [0],
            surveys=False,
            langs=ls,
        )
        t = f.at(bd, f.rng.uniform(9, 18))
        lg = "de" if k == 0 else ls[1]
        eid, case = f.complain(
            c, t, lg, f.rng.choice(W.PROBLEMS), ("email", "email", "chat")[k], long=k == 0
        )
        assert case
        c.truth.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": lg,
                "booking": case,
                "long_email": k == 0,
                "trouble_starts_at": iso(t),
                "tolerated_rules": ["silence"],
            }
        )
        if k < 2:
            f.add(
                c,
                day_time(f.rng, t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                pick(f.rng, W.GOOD_NEWS, lg).format(case=case),
                subject=W.SUBJ_CASE[lg].format(case=case),
                out=True,
            )
        if k == 1:
            ta = day_time(f.rng, t + timedelta(hours=f.rng.uniform(18, 24)))
            c.truth.update(
                {
                    "apologised": True,
                    "apology_at": iso(ta),
                    "apology_event_id": f.add(c, ta, "chat", pick(f.rng, W.APOLOGY, lg)),
                }
            )
    for _ in range(2):
        c, ls = bperson("resolved_between_contacts", "fixed")
        eid, case = f.complain(
            c,
            f.at(f.rng.randint(2, 6), f.rng.uniform(9, 17)),
            ls[0],
            f.rng.choice(W.PROBLEMS),
            "web",
        )
        assert case
        tf = day_time(f.rng, f.rows[-1].t + timedelta(hours=f.rng.uniform(3, 20)))
        f.add(
            c,
            tf,
            "email",
            pick(f.rng, W.GOOD_NEWS, ls[0]).format(case=case),
            subject=W.SUBJ_CASE[ls[0]].format(case=case),
            out=True,
        )
        tc = day_time(f.rng, tf + timedelta(hours=f.rng.uniform(8, 30)))
        ceid = f.add(c, tc, "chat", pick(f.rng, W.CONFIRM, ls[1]).format(case=case))
        c.truth.update(
            {
                "booking": case,
                "problem_event_ids": [eid],
                "confirm_event_id": ceid,
                "confirm_language": ls[1],
                "tolerated_rules": ["silence"],
            }
        )
    return f


B2B_JOBS = (
    "property manager",
    "head of operations",
    "finance assistant",
    "reservations lead",
    "housekeeping coordinator",
    "owner",
)


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        monday(2026, 10, 12),
        14,
        "Cambiora Pro accounts: at risk, one unhappy, mild, happy",
    )
    langs = [
        "de",
        "de",
        "it",
        "it",
        "de",
        "it",
        "de",
        "it",
        "en",
        "fr",
        "de",
        "it",
        "pt",
        "es",
        "it",
    ]
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    sites = (
        "holiday flats",
        "serviced apartments",
        "hotel",
        "agency",
        "hostel",
        "campsite",
        "aparthotel",
    )
    at_risk_problems = ["invoice", "service_blocked", "portal", "invoice", "overbilled"]
    wed = f.at(2, 0)
    for a in range(15):
        lang, kind = langs[a], kinds[a]
        mk = MARKETS[lang][0]
        acc = uniq(lambda mk=mk: f"CBP-{mk}-{f.rng.randint(1000, 9999)}")
        n_unhappy = (3 if a < 3 else 4) if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        n = max(n_unhappy + f.rng.randint(1, 2), 3) if kind != "happy" else f.rng.randint(3, 4)
        company = f"{f.rng.choice(LAST[lang])} {f.rng.choice(['Ferienwohnungen', 'Residenz', 'Apartments']) if lang == 'de' else f.rng.choice(['Case Vacanza', 'Residence', 'Apartments'])}"
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for _k in range(n):
            c = f.person(lang, "b2b_happy", "contact", market=mk, account=acc, handle=False)
            while c.first in firsts:
                c.first = f.rng.choice(FIRST[lang])
                c.truth["name"] = c.name
            firsts.add(c.first)
            jt = f.rng.choice(B2B_JOBS)
            c.truth.update({"company": company, "role": "contact", "job_title": jt, "job": jt})
            contacts.append(c)
        unhappy = contacts[:n_unhappy]
        for c in contacts[n_unhappy:]:
            c.truth["tolerated_rules"] = []
            f.happy_days(
                c,
                [
                    d
                    for d in days_from(f.rng, 0, 12, f.rng.randint(2, 4))
                    if (f.start + timedelta(days=d)).weekday() < 5
                ]
                or [0],
                8,
                16.5,
            )
        acct: dict[str, Any] = {
            "company": company,
            "site": f.rng.choice(sites),
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": n_unhappy,
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": mk,
        }
        f.accounts[acc] = acct
        if kind == "at_risk":
            problem = at_risk_problems[a]
            acct["same_problem"] = problem
            desc = W.B2B_DESC[lang][problem]
            t = wed + timedelta(hours=f.rng.uniform(8, 12))
            case = ""
            first_t = t
            for k, c in enumerate(unhappy):
                f.happy_days(c, [f.rng.randint(0, 1)] * f.rng.randint(0, 1), 8, 16, surveys=False)
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "habit": "complainer",
                        "role": "complainer",
                        "problem": problem,
                        "trouble_starts_at": iso(t),
                        "tolerated_rules": [
                            "sentiment_drop",
                            "churn_intent",
                            "competitor_mention",
                            "high_value_at_risk",
                            "silence",
                            "account_risk",
                        ],
                    }
                )
                if k == 0:
                    eid = f.add(
                        c,
                        t,
                        "email",
                        pick(f.rng, W.B2B_FIRST, lang).format(
                            desc=desc, name=c.name, job=c.truth["job_title"]
                        ),
                        subject=W.SUBJ_COMPLAINT[lang].format(topic=desc.split(",")[0][:40]),
                    )
                    case = uniq(lambda: f"CB-{f.rng.randint(100000, 999999)}")
                    f.add(
                        c,
                        office(f.rng, t + timedelta(minutes=f.rng.uniform(20, 60))),
                        "email",
                        pick(f.rng, W.CASE_OPENED, lang).format(first=c.first, case=case),
                        subject=W.SUBJ_CASE[lang].format(case=case),
                        out=True,
                    )
                else:
                    day = W.WEEKDAY[lang][first_t.weekday()]
                    eid = f.add(
                        c,
                        t,
                        "email",
                        pick(f.rng, W.B2B_LATER, lang).format(
                            colleague=unhappy[0].first, day=day, case=case, desc=desc, name=c.name
                        ),
                        subject=W.SUBJ_RE[lang].format(case=case),
                    )
                c.truth.update({"complaint_event_ids": [eid], "booking": case})
                if k < len(unhappy) - 1:
                    nps = f.rng.randint(1, 5)
                    sid = f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        pick(f.rng, W.SURVEY_LOW, lang) or None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(
                        {
                            "expected_rules": ["detractor"],
                            "nps": nps,
                            "nps_given": True,
                            "survey_event_id": sid,
                        }
                    )
                else:
                    tl = office(f.rng, t + timedelta(hours=f.rng.uniform(18, 40)))
                    if a == 0:
                        comp = f.rng.choice(COMPS)
                        lid = f.add(
                            c,
                            tl,
                            "email",
                            pick(f.rng, W.B2B_LAST_MAIL, lang).format(
                                case=case, comp=comp, name=c.name
                            ),
                            subject=W.SUBJ_RE[lang].format(case=case),
                        )
                        c.truth["competitor"] = comp
                    else:
                        lid = f.add(
                            c,
                            tl,
                            "phone",
                            pick(f.rng, W.B2B_LAST_CALL, lang).format(case=case, name=c.name),
                        )
                    c.truth["complaint_event_ids"].append(lid)
                    c.truth["expected_rules"] = ["repeat_contact"]
                t = office(f.rng, t + timedelta(hours=f.rng.uniform(8, 28)))
            acct["trouble_starts_at"] = iso(first_t)
        elif kind == "one_unhappy":
            c = unhappy[0]
            problem = W.B2B_PROBLEMS[a % 4]
            t = office(f.rng, f.at(f.rng.randint(3, 7), f.rng.uniform(8, 16)))
            eid = f.add(
                c,
                t,
                "email",
                pick(f.rng, W.B2B_FIRST, lang).format(
                    desc=W.B2B_DESC[lang][problem], name=c.name, job=c.truth["job_title"]
                ),
                subject=W.SUBJ_COMPLAINT[lang].format(
                    topic=W.B2B_DESC[lang][problem].split(",")[0][:40]
                ),
            )
            case = uniq(lambda: f"CB-{f.rng.randint(100000, 999999)}")
            f.add(
                c,
                office(f.rng, t + timedelta(minutes=f.rng.uniform(20, 60))),
                "email",
                pick(f.rng, W.CASE_OPENED, lang).format(first=c.first, case=case),
                subject=W.SUBJ_CASE[lang].format(case=case),
                out=True,
            )
            nps = f.rng.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(hours=f.rng.uniform(1, 3)),
                "survey",
                pick(f.rng, W.SURVEY_LOW, lang) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "expected_rules": ["detractor"],
                    "nps": nps,
                    "nps_given": True,
                    "survey_event_id": sid,
                    "tolerated_rules": ["sentiment_drop", "high_value_at_risk", "silence"],
                }
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = office(f.rng, f.at(f.rng.randint(2, 9), f.rng.uniform(8, 16)))
                mid = f.add(
                    c,
                    t,
                    "web",
                    pick(f.rng, W.B2B_MILD, lang),
                    kind="ticket",
                    attrs={"page": "/pro/feedback"},
                )
                f.add(
                    c,
                    office(f.rng, t + timedelta(minutes=f.rng.uniform(20, 90))),
                    "email",
                    pick(f.rng, W.MILD_ACK, lang).format(first=c.first),
                    subject=W.SUBJ_QUESTION[lang],
                    out=True,
                )
                c.truth.update(
                    {
                        "persona": "b2b_mild",
                        "habit": "suggests",
                        "role": "suggests",
                        "mild_event_id": mid,
                        "trouble_starts_at": iso(t),
                        "tolerated_rules": ["silence"],
                    }
                )
    return f


def office(rng: random.Random, t: datetime) -> datetime:
    """Moves a time to office hours (weekdays 08-17 UTC), the next working morning."""
    h = t.hour + t.minute / 60
    if h >= 17 or h < 8 or t.weekday() >= 5:
        base = t.replace(hour=0, minute=0, second=0) + (
            timedelta(days=1) if h >= 8 else timedelta(0)
        )
        while base.weekday() >= 5:
            base += timedelta(days=1)
        return base + timedelta(hours=8 + rng.random())
    return t


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        monday(2026, 11, 2),
        7,
        "a calm week and one planted incident on the Saturday",
    )
    for _ in range(40):
        c = f.person(lang_of(f.rng), "happy", "day writer")
        days = days_from(f.rng, 0, 6, f.rng.randint(1, 4))
        for d in days:
            f.happy_act(c, f.at(d, f.rng.uniform(12, 19) if d == 5 else f.rng.uniform(7, 19)))
    for _ in range(2):
        c = f.person(lang_of(f.rng), "grumbles_once", "grumbles once")
        t = f.at(0, f.rng.uniform(9, 17))
        gid = f.add(c, t, "chat", pick(f.rng, W.MILD, c.lang))
        f.add(
            c,
            t + timedelta(minutes=f.rng.uniform(1, 5)),
            "chat",
            pick(f.rng, W.MILD_ACK, c.lang).format(first=c.first),
            out=True,
        )
        c.truth.update(
            {"grumble_event_id": gid, "trouble_starts_at": iso(t), "tolerated_rules": ["silence"]}
        )
    for lg, hr in (("it", 9.6), ("de", 16.1)):
        c = f.person(lg, "grumbles_once", "lone question")
        t = f.at(4, hr)
        lid = f.add(c, t, "chat", pick(f.rng, W.LONE_Q, lg))
        f.add(
            c,
            t + timedelta(minutes=f.rng.uniform(2, 6)),
            "chat",
            pick(f.rng, W.LONE_A, lg),
            out=True,
        )
        c.truth.update(
            {
                "lone_report_event_id": lid,
                "trouble_starts_at": iso(t),
                "tolerated_rules": ["silence"],
            }
        )
    langs = ["de"] * 6 + ["it"] * 6 + ["en"] * 2 + ["fr"] * 2 + ["pt"] * 2 + ["es"] * 2
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    s0 = f.at(5, 8 + 5 / 60)
    offs = sorted([0.0, 45.0] + [f.rng.uniform(0, 45) for _ in range(18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    firsts: list[tuple[Cust, datetime, str, bool]] = []
    for i in range(20):
        regular = i % 5 < 3
        c = f.person(langs[i], "spike_reporter", "regular" if regular else "new")
        if regular:
            for _k in range(f.rng.randint(1, 2)):
                f.happy_act(c, f.at(2, f.rng.uniform(8, 17.5)), surveys=False)
        t = s0 + timedelta(minutes=offs[i])
        with_code = f.rng.random() < 0.55
        text = pick(f.rng, W.SPIKE_WITH_CODE if with_code else W.SPIKE_NO_CODE, c.lang).format(
            code=W.SPIKE_CODE
        )
        ch = chans[i]
        if ch == "email":
            eid = f.add(c, t, "email", text, subject=W.SUBJ_SPIKE[c.lang])
        elif ch == "web":
            eid = f.add(c, t, "web", text, kind="ticket", attrs={"page": "/help/contact"})
        else:
            eid = f.add(c, t, ch, text, kind="mention" if ch == "social" else None)
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=f.rng.uniform(1, 4)),
                "chat",
                pick(f.rng, W.SPIKE_ANSWER, c.lang),
                out=True,
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "tolerated_rules": ["silence"],
                "agent_fixed": False,
            }
        )
        firsts.append((c, t, ch, with_code))
    early = [x for x in firsts if x[1] <= s0 + timedelta(minutes=30)]
    f.rng.shuffle(early)
    repeaters = early[:6]
    for c, t, ch, _wc in repeaters:
        ch2 = f.rng.choice([x for x in ("email", "chat", "community") if x != ch])
        t2 = t + timedelta(minutes=f.rng.uniform(12, 45))
        text = pick(f.rng, W.SPIKE_AGAIN, c.lang).format(code=W.SPIKE_CODE)
        rid = f.add(c, t2, ch2, text, subject=W.SUBJ_SPIKE[c.lang] if ch2 == "email" else None)
        if ch2 == "chat":
            f.add(
                c,
                t2 + timedelta(minutes=f.rng.uniform(1, 4)),
                "chat",
                pick(f.rng, W.SPIKE_ANSWER, c.lang),
                out=True,
            )
        reps.append(rid)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "repeat_event_id": rid,
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["sentiment_drop", "silence"],
            }
        )
    others = [x for x in firsts if x not in repeaters]
    for c, _t, _ch, _wc in f.rng.sample(others, 6):
        lt = "09:30" if c.market in ("UK", "IE", "PT") else "10:30"
        f.add(
            c,
            f.at(5, 11 + f.rng.uniform(0.1, 0.3)),
            "email",
            pick(f.rng, W.SPIKE_FIXED, c.lang).format(first=c.first, time=lt),
            out=True,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"holiday-let changeover app: calendar sync marks hosts' same-day turnovers cancelled and unassigns cleaners, error {W.SPIKE_CODE}",
        "about": "the planted incident: hosts report their turnovers cancelled though they cancelled nothing; some name the error code, some not",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
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
    for make in FAMILIES:
        make().finish()


if __name__ == "__main__":
    main()
