# ruff: noqa: E501
"""Build heldout223 (report only, written blind). Standard library only; fixed seed.

Run: python make_heldout223.py (from anywhere). Writes <family>.jsonl and .truth.json.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261026
MARKETS = {
    "pt": ["PT"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT", "CH"],
    "it": ["IT"],
    "es": ["ES"],
}
PHONE = {
    "PT": ("+351 9", 8),
    "UK": ("+44 7", 9),
    "IE": ("+353 8", 8),
    "FR": ("+33 6", 8),
    "BE": ("+32 4", 8),
    "DE": ("+49 15", 8),
    "AT": ("+43 66", 7),
    "CH": ("+41 7", 8),
    "IT": ("+39 3", 9),
    "ES": ("+34 6", 8),
}
FIRST = {
    "pt": [
        "Inês",
        "Joana",
        "Rita",
        "Marta",
        "Sofia",
        "Beatriz",
        "Tiago",
        "Rui",
        "Helena",
        "Carla",
        "Duarte",
        "Filipa",
    ],
    "en": [
        "Emma",
        "Sarah",
        "Claire",
        "Megan",
        "Lucy",
        "Hannah",
        "Tom",
        "Niamh",
        "Aoife",
        "Rachel",
        "Gemma",
        "Paul",
    ],
    "fr": ["Camille", "Léa", "Manon", "Chloé", "Julie", "Hugo", "Élodie", "Sophie"],
    "de": ["Anna", "Lena", "Katrin", "Jana", "Sabine", "Jonas", "Ute", "Miriam"],
    "it": ["Giulia", "Chiara", "Sara", "Francesca", "Elena", "Marco", "Laura", "Silvia"],
    "es": ["Lucía", "Marta", "Paula", "Elena", "Carmen", "Pablo", "Irene", "Nuria"],
}
LAST = {
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Lopes",
        "Gomes",
        "Ribeiro",
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Taylor",
        "Brown",
        "Evans",
        "Byrne",
        "Hughes",
        "Clarke",
        "Kelly",
        "Price",
    ],
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux"],
    "de": ["Becker", "Schulz", "Wagner", "Hoffmann", "Krüger", "Vogel", "Brandt", "Keller"],
    "it": ["Rossi", "Bianchi", "Ferrari", "Romano", "Colombo", "Ricci", "Greco", "Conti"],
    "es": ["García", "López", "Martín", "Sánchez", "Romero", "Navarro", "Torres", "Ruiz"],
}
LANG_WEIGHTS = [("pt", 30), ("en", 30), ("fr", 10), ("de", 10), ("it", 10), ("es", 10)]
WEEKDAY = {
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
}
SOURCES = {
    "email": "fiandra-mail",
    "phone": "fiandra-voice",
    "social": "fiandra-social",
    "community": "fiandra-forum",
    "chat": "fiandra-chat",
    "web": "fiandra-web",
    "survey": "fiandra-survey",
}
CONS_PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]
B2B_PROBS = ["invoice", "service_blocked", "portal", "overbilled"]
USED: set[str] = set()
CASES: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def transcript(s: str) -> str:
    out = []
    for w in s.replace("\n", " ").split():
        w = w.strip(".,!?;:()\"'¿¡")
        if not w:
            continue
        out.append(w if re.match(r"^[A-Z]{2,}-\d+$", w) else w.lower())
    return " ".join(out)


class Cust:
    def __init__(self, fam: Fam, persona: str, habit: str, lang: str, country: str) -> None:
        rng = fam.rng
        self.key = f"FD{fam.code}{fam.next_num()}"
        self.lang = lang
        self.country = country
        self.first = rng.choice(FIRST[lang])
        self.last = rng.choice(LAST[lang])
        base = strip_accents(f"{self.first}.{self.last}").lower()
        self.email = (
            f"{base}{self.key[2:].lower()}@{rng.choice(['mail', 'correio', 'post', 'web'])}.example"
        )
        self.handle: str | None = None
        if rng.random() < 0.8:
            h = "@" + strip_accents(f"{self.first}_{self.last}").lower() + self.key[-2:]
            while h in USED:
                h += str(rng.randint(0, 9))
            USED.add(h)
            self.handle = h
        pre, n = PHONE[country]
        while True:
            ph = pre + "".join(str(rng.randint(0, 9)) for _ in range(n))
            if ph not in USED:
                USED.add(ph)
                break
        self.phone = ph
        self.account: str | None = None
        self.truth: dict[str, Any] = {
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": country,
            "segment": "consumer",
            "name": f"{self.first} {self.last}",
            "expected_rules": [],
            "tolerated_rules": [],
        }

    def ids(self) -> dict[str, Any]:
        return {
            "customer_id": self.key,
            "email": self.email.lower(),
            "phone": "+" + "".join(ch for ch in self.phone if ch.isdigit()),
            "handle": self.handle,
            "account_id": self.account,
        }


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name = name
        self.code = code
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.start = start
        self.days = days
        self.about = about
        self.rows: list[tuple[datetime, int, Cust, dict[str, Any]]] = []
        self.custs: list[Cust] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.num = 1000 + n * 311
        self.eid = 0

    def next_num(self) -> int:
        self.num += 1 + self.rng.randint(0, 40)
        return self.num

    def person(
        self,
        persona: str,
        habit: str,
        exp: tuple[str, ...] = (),
        tol: tuple[str, ...] = (),
        lang: str | None = None,
        country: str | None = None,
    ) -> Cust:
        if lang is None:
            lang = self.rng.choices([x for x, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]
        if country is None:
            country = self.rng.choice(MARKETS[lang])
        c = Cust(self, persona, habit, lang, country)
        c.truth["expected_rules"] = list(exp)
        c.truth["tolerated_rules"] = list(tol)
        self.custs.append(c)
        return c

    def at(self, day: float, h0: float, h1: float) -> datetime:
        hours = self.rng.uniform(h0, h1)
        return self.start + timedelta(days=day, hours=hours, seconds=self.rng.randint(0, 59))

    def case(self) -> str:
        while True:
            ref = f"FD-{self.rng.randint(100000, 999999)}"
            if ref not in CASES:
                CASES.add(ref)
                return ref

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
        self.eid += 1
        eid = f"h223-{self.code.lower()}-{self.eid:05d}"
        if text is not None and not out:
            if channel == "phone":
                text = transcript(text)
            elif kind != "survey_response":
                text = self.roughen(text)
        a = {"market": c.country}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Teresa", "Mark", "Ana", "Chloé", "Jörg", "Paola"])
        a.update(attrs or {})
        row: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append((t, self.eid, c, row))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text[1:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randint(1, len(w) - 3)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    # ----------------------------------------------------------- acts --
    def f(self, c: Cust, table: dict[str, list[str]], **kw: str) -> str:
        return self.rng.choice(table[c.lang]).format(brand=W.BRAND, first=c.first, **kw)

    def g(self, c: Cust, table: dict[str, str], **kw: str) -> str:
        return table[c.lang].format(brand=W.BRAND, first=c.first, **kw)

    def happy(self, c: Cust, t: datetime, surveys: bool = True) -> None:
        kinds = ["praise", "again", "gripe", "chatq", "mailq", "callq", "buy", "view", "review"]
        if surveys:
            kinds.append("survey")
        k = self.rng.choice(kinds)
        m = timedelta(minutes=1)
        if k == "praise":
            ch = self.rng.choice(["social", "community"])
            txt = self.f(c, W.PRAISE)
            if ch == "social" and "@" not in txt:
                txt = (
                    txt.replace(W.BRAND, "@" + W.BRAND, 1) if W.BRAND in txt else "@Fiandra " + txt
                )
            self.add(c, t, ch, "post" if ch == "community" else "mention", txt)
        elif k == "again":
            self.add(c, t, "community", "post", self.f(c, W.AGAIN))
        elif k == "gripe":
            self.add(
                c,
                t,
                "web",
                "review",
                self.f(c, W.GRIPE_PRAISE),
                attrs={"rating": "4", "page": "/kits"},
            )
        elif k == "chatq":
            self.add(c, t, "chat", "chat", self.f(c, W.QUESTION))
            self.add(
                c, t + m * self.rng.randint(1, 6), "chat", "chat", self.g(c, W.ANSWER), out=True
            )
            if self.rng.random() < 0.6:
                self.add(c, t + m * self.rng.randint(8, 12), "chat", "chat", self.f(c, W.THANKS))
        elif k == "mailq":
            self.add(c, t, "email", "message", self.f(c, W.QUESTION), subject="?")
            self.add(
                c,
                t + m * self.rng.randint(30, 150),
                "email",
                "message",
                self.g(c, W.ANSWER),
                out=True,
            )
        elif k == "callq":
            self.add(c, t, "phone", "call", self.f(c, W.QUESTION))
            self.add(
                c,
                t + m * self.rng.randint(10, 30),
                "email",
                "message",
                self.g(c, W.ANSWER),
                out=True,
            )
        elif k in ("buy", "view"):
            self.add(c, t, "web", "page_view", attrs={"page": "/kits"})
            if k == "buy":
                p = self.rng.choice(W.PRODUCTS)
                cur = "GBP" if c.country == "UK" else "CHF" if c.country == "CH" else "EUR"
                self.add(
                    c,
                    t + m * self.rng.randint(3, 20),
                    "web",
                    "purchase",
                    attrs={
                        "page": "/checkout",
                        "product": p,
                        "order_value": f"{self.rng.randint(19, 89)}.90",
                        "currency": cur,
                    },
                )
        elif k == "review":
            self.add(
                c, t, "web", "review", self.f(c, W.REVIEW), attrs={"rating": "5", "page": "/kits"}
            )
        else:
            self.survey_good(c, t)

    def survey_good(self, c: Cust, t: datetime) -> None:
        which = self.rng.choice(["nps", "csat", "ces"])
        val = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[which]
        word = self.f(c, W.SURVEY_WORD) or None
        self.add(
            c, t, "survey", "survey_response", word, scores={which: val}, attrs={"survey": which}
        )

    def happy_days(
        self, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 19, surveys: bool = True
    ) -> None:
        for d in self.rng.sample(days, min(n, len(days))):
            self.happy(c, self.at(d, h0, h1), surveys)

    def day_ok(self, t: datetime) -> datetime:
        if t.hour >= 22 or t.hour < 7:
            base = t if t.hour < 7 else t + timedelta(days=1)
            return base.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def complaint(
        self, c: Cust, t: datetime, ch: str, problem: str, case: str | None, long: bool = False
    ) -> str:
        p = W.PROBLEMS[problem][c.lang]
        if ch == "phone":
            return self.add(c, t, "phone", "call", self.f(c, W.CALL, p=p))
        if long:
            return self.add(
                c,
                t,
                "email",
                "message",
                self.f(c, W.LETTER, p=p, name=f"{c.first} {c.last}"),
                subject=W.SUBJECT_COMPLAINT[c.lang],
            )
        txt = self.f(c, W.COMPLAINT, p=p)
        if ch == "email":
            return self.add(c, t, "email", "message", txt, subject=W.SUBJECT_COMPLAINT[c.lang])
        if ch == "chat":
            return self.add(c, t, "chat", "chat", txt)
        if ch == "web":
            return self.add(c, t, "web", "ticket", txt, attrs={"page": "/help/form"})
        return self.add(c, t, "social", "mention", "@Fiandra " + txt)

    def ack(self, c: Cust, t: datetime, ch: str, case: str) -> None:
        if ch == "chat":
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 5)),
                "chat",
                "chat",
                self.g(c, W.CHAT_CASE, case=case),
                out=True,
            )
        else:
            self.add(
                c,
                self.day_ok(t + timedelta(minutes=self.rng.randint(10, 40))),
                "email",
                "message",
                self.g(c, W.CASE_OPENED, case=case),
                out=True,
                subject=W.SUBJECT_CASE[c.lang].format(case=case),
            )

    def finish(self) -> None:
        self.rows.sort(key=lambda r: (r[0], r[1]))
        seen: set[str] = set()
        for _, _, c, row in self.rows:
            full = {k: v for k, v in c.ids().items() if v}
            full["phone"] = c.phone
            if row["direction"] == "outbound" or (
                c.key not in seen and row["direction"] == "inbound"
            ):
                if row["direction"] == "inbound":
                    seen.add(c.key)
                row["customer"] = full
                continue
            ch = row["channel"]
            ref: dict[str, Any]
            if ch == "phone":
                ref = {"phone": c.phone}
            elif ch in ("social", "community"):
                ref = {"handle": c.handle} if c.handle and not c.account else {"email": c.email}
            elif ch == "email":
                ref = {"email": c.email.upper() if self.rough.random() < 0.08 else c.email}
            else:
                ref = {"customer_id": c.key}
            if c.account:
                ref["account_id"] = c.account
            row["customer"] = ref

    def write(self, expected: dict[str, int]) -> tuple[int, int, int]:
        self.finish()
        counts: dict[str, int] = {}
        for c in self.custs:
            for r in c.truth["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            assert any(row["direction"] == "inbound" for _, _, cc, row in self.rows if cc is c), (
                c.key
            )
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        assert counts == expected, (self.name, counts, expected)
        last = self.rows[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 15, tzinfo=UTC) and self.rows[0][0] >= self.start
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as fh:
            for _, _, _, row in self.rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        customers = {}
        for c in self.custs:
            c.truth["identifiers"] = c.ids()
            customers[c.key] = c.truth
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Fiandra (yarn and knitting kits by subscription; Fiandra Pro for trade)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06, blind",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.truth.json", "w", encoding="utf-8") as fh:
            fh.write(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
        outb = sum(1 for r in self.rows if r[3]["direction"] == "outbound")
        return len(self.custs), len(self.rows), outb


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


CHURN_TOL = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
REPEAT_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: int,
    times: int,
    problem: str,
    first_ch: str,
    langs: list[str] | None = None,
) -> None:
    case = f.case()
    t = f.at(first_day, 8, 19)
    t_first = t
    orig = c.lang
    ids = [f.complaint(c, t, first_ch, problem, case)]
    quality = times >= 3
    f.ack(c, t, first_ch, case)
    if quality:
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(90, 150)),
            "email",
            "message",
            f.g(c, W.QUALITY, case=case),
            out=True,
            subject=W.SUBJECT_CASE[c.lang].format(case=case),
        )
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    f.rng.shuffle(chans)
    comp = f.rng.choice(W.COMPETITORS)
    for i in range(1, times):
        if langs:
            c.lang = langs[i % len(langs)]
        t = f.day_ok(t + timedelta(hours=f.rng.uniform(4, 40)))
        ch = chans[i - 1]
        p = W.PROBLEMS[problem][c.lang]
        txt = (
            f.g(c, W.THIRD, case=case, p=p, comp=comp)
            if i == 2
            else f.g(c, W.FOURTH, case=case, p=p)
            if i == 3
            else f.f(c, W.STILL_OPEN, case=case, p=p)
        )
        if ch == "phone":
            ids.append(f.add(c, t, "phone", "call", txt))
        elif ch == "email":
            ids.append(
                f.add(
                    c, t, "email", "message", txt, subject=W.SUBJECT_CASE[c.lang].format(case=case)
                )
            )
        elif ch == "chat":
            ids.append(f.add(c, t, "chat", "chat", txt))
            f.add(
                c, t + timedelta(minutes=2), "chat", "chat", f.g(c, W.URGENT, case=case), out=True
            )
        elif ch == "web":
            ids.append(f.add(c, t, "web", "ticket", txt, attrs={"page": "/help/form"}))
        else:
            ids.append(f.add(c, t, "social", "mention", "@Fiandra " + txt))
    c.lang = orig
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "problem_event_ids": ids,
            "agent_passed_on": quality,
            "competitor": comp if times >= 3 else None,
            "trouble_starts_at": iso(t_first),
        }
    )


def fixed_run(
    f: Fam, c: Cust, day: int, problem: str, ch: str, confirm_lang: str | None = None
) -> dict[str, Any]:
    case = f.case()
    t = f.at(day, 8, 18)
    e = f.complaint(c, t, ch, problem, case)
    f.ack(c, t, ch, case)
    t2 = f.day_ok(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(
        c,
        t2,
        "email",
        "message",
        f.g(c, W.GOOD_NEWS, case=case),
        out=True,
        subject=W.SUBJECT_CASE[c.lang].format(case=case),
    )
    orig = c.lang
    if confirm_lang:
        c.lang = confirm_lang
    t3 = f.day_ok(t2 + timedelta(hours=f.rng.uniform(8, 30)))
    cch = f.rng.choice(["email", "chat"])
    ce = f.add(
        c,
        t3,
        cch,
        "message" if cch == "email" else "chat",
        f.f(c, W.CONFIRM, case=case),
        subject=W.SUBJECT_CASE[c.lang].format(case=case) if cch == "email" else None,
    )
    c.lang = orig
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(t2),
        "confirmed_at": iso(t3),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": ch,
        "confirm_channel": cch,
    }


def slide(f: Fam, c: Cust, day0: int, span: int, nps: bool) -> None:
    comp = f.rng.choice(W.COMPETITORS)
    ids = []
    t = f.at(day0, 8, 18)
    t_first = t
    ratings = ["3", "3", "2", "2", "1", "1"]
    for i, line in enumerate(W.SLIDE[c.lang]):
        if i:
            t = f.day_ok(
                max(
                    t + timedelta(hours=1),
                    f.start + timedelta(days=day0 + span * i / 5, hours=f.rng.uniform(8, 19)),
                )
            )
        txt = line.format(comp=comp, brand=W.BRAND)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "social":
            ids.append(f.add(c, t, "social", "mention", "@Fiandra " + txt))
        elif ch == "community":
            ids.append(f.add(c, t, "community", "post", txt))
        else:
            ids.append(
                f.add(c, t, "web", "review", txt, attrs={"rating": ratings[i], "page": "/reviews"})
            )
        if i == 3 and nps:
            ts = f.day_ok(t + timedelta(hours=f.rng.uniform(2.5, 3.5)))
            v = f.rng.randint(1, 5)
            c.truth.update(
                {
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": f.add(
                        c,
                        ts,
                        "survey",
                        "survey_response",
                        f.f(c, W.LOW_WORD) or None,
                        scores={"nps": v},
                        attrs={"survey": "nps"},
                    ),
                }
            )
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(t_first),
        }
    )


def happy_writers() -> tuple[int, int, int]:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d0(2026, 3, 9),
        10,
        "happy customers writing often, by day and by night",
    )
    days = list(range(10))
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), days)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(days[:-1], f.rng.randint(2, 4)):
            t = f.at(d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.add(
                    c, t, "social", "mention", f.f(c, W.NIGHT_POST).replace(W.BRAND, "@" + W.BRAND)
                )
            else:
                f.add(c, t, "chat", "chat", f.f(c, W.NIGHT_Q))
                f.add(c, t + timedelta(minutes=3), "chat", "chat", f.g(c, W.ANSWER), out=True)
                f.add(c, t + timedelta(minutes=9), "chat", "chat", f.f(c, W.THANKS))
        f.happy_days(c, f.rng.randint(2, 3), days, 9, 18, surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(days, f.rng.randint(3, 6)):
            f.survey_good(c, f.at(d, 8, 20))
    return f.write({})


def one_bad_day() -> tuple[int, int, int]:
    f = Fam("one_bad_day", "BD", 2, d0(2026, 4, 20), 12, "happy customers with one angry moment")
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = CONS_PROBLEMS * 4
    f.rng.shuffle(probs)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(f.rng.sample(with_case, 6))
    csat = set(f.rng.sample([i for i in with_case if i not in det], 5))
    good = set(f.rng.sample(with_case, 12))
    apol = set(f.rng.sample(sorted(good), 5))
    for i, ch in enumerate(chans):
        lang = ["pt", "pt", "en", "en"][i] if ch == "long" else None
        c = f.person(
            "bad_day_detractor" if i in det else "happy_one_bad_day",
            "one bad day",
            ("detractor",) if i in det else (),
            ("silence",),
            lang=lang,
        )
        bd = f.rng.randint(2, 9)
        t = f.at(bd, 8, 20)
        others = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, f.rng.randint(1, 5), others, surveys=False)
        case = f.case() if ch != "social" else None
        e = f.complaint(c, t, "email" if ch == "long" else ch, probs[i], case, long=ch == "long")
        if case:
            f.ack(c, t, "email" if ch == "long" else ch, case)
        c.truth.update(
            {
                "problem": probs[i],
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "booking": case,
                "long_email": ch == "long",
                "channel": "email" if ch == "long" else ch,
                "trouble_starts_at": iso(t),
            }
        )
        if i in det:
            v = f.rng.randint(1, 5)
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                f.f(c, W.LOW_WORD) or None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": v, "survey_event_id": s})
        if i in csat:
            v = f.rng.randint(1, 2)
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                f.f(c, W.LOW_WORD) or None,
                scores={"csat": v},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": v, "survey_event_id": s})
        if i in good and case:
            f.add(
                c,
                f.day_ok(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                "message",
                f.g(c, W.GOOD_NEWS, case=case),
                out=True,
                subject=W.SUBJECT_CASE[c.lang].format(case=case),
            )
            c.truth["agent_fixed"] = True
        if i in apol:
            ta = f.day_ok(t + timedelta(hours=f.rng.uniform(16, 24)))
            ch2 = f.rng.choice(["chat", "email"])
            a = f.add(
                c,
                ta,
                ch2,
                "chat" if ch2 == "chat" else "message",
                f.f(c, W.APOLOGY),
                subject=W.SUBJECT_CASE[c.lang].format(case=case) if ch2 == "email" else None,
            )
            c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": a})
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), list(range(12)), surveys=False)
    return f.write({"detractor": 6})


def repeat_contacts() -> tuple[int, int, int]:
    f = Fam("repeat_contacts", "RC", 3, d0(2026, 5, 11), 10, "the same open problem raised again")
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    times = [2] * 4 + [3] * 4 + [4] * 4
    f.rng.shuffle(firsts)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", ("repeat_contact",), REPEAT_TOL)
        f.happy_days(c, f.rng.randint(1, 3), [0], 7, 12, surveys=False)
        repeat_run(f, c, f.rng.randint(1, 4), times[i], CONS_PROBLEMS[i % 6], firsts[i])
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", (), ("silence",))
        f.happy_days(c, 1, [0], 8, 12, surveys=False)
        pr = fixed_run(
            f, c, f.rng.randint(1, 5), CONS_PROBLEMS[i], f.rng.choice(["email", "web", "chat"])
        )
        c.truth.update({"problems": [pr], "trouble_starts_at": pr["raised_at"]})
    for i in range(3):
        c = f.person("different_problems", "two problems", (), ("silence",))
        d = f.rng.randint(0, 1)
        p1 = fixed_run(f, c, d, CONS_PROBLEMS[i], "email")
        p2 = fixed_run(f, c, d + f.rng.randint(4, 5), CONS_PROBLEMS[i + 3], "web")
        c.truth.update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            t = f.at(d, 8, 19)
            k = f.rng.choice(["chat", "mail", "call"])
            if k == "chat":
                f.add(c, t, "chat", "chat", f.f(c, W.QUESTION))
                f.add(c, t + timedelta(minutes=3), "chat", "chat", f.g(c, W.ANSWER), out=True)
            elif k == "mail":
                f.add(c, t, "email", "message", f.f(c, W.QUESTION), subject="?")
                f.add(c, t + timedelta(minutes=55), "email", "message", f.g(c, W.ANSWER), out=True)
            else:
                f.add(c, t, "phone", "call", f.f(c, W.QUESTION))
    return f.write({"repeat_contact": 12})


def slow_churners() -> tuple[int, int, int]:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d0(2026, 6, 8),
        32,
        "sustained slides, leavers, grumpy and steady customers",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        nps = i % 2 == 0
        c = f.person(
            "slow_churner",
            "slides",
            ("sentiment_drop", "detractor") if nps else ("sentiment_drop",),
            CHURN_TOL,
        )
        for d in f.rng.sample(range(11), 5):
            t = f.at(d, 8, 19)
            f.add(c, t, "community", "post", f.f(c, W.PRAISE))
        f.happy_days(c, f.rng.randint(2, 4), list(range(11)), surveys=False)
        slide(f, c, f.rng.randint(12, 16), spans[i], nps)
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            ("churn_intent",),
            ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        f.happy_days(c, f.rng.randint(4, 6), list(range(15)), surveys=False)
        t = f.at(f.rng.randint(17, 23), 8, 18)
        e = f.add(c, t, "email", "message", f.f(c, W.CANCEL), subject="Clube / Club")
        f.add(
            c,
            f.day_ok(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            f.g(c, W.SORRY_GO),
            out=True,
        )
        tc = t + timedelta(hours=f.rng.uniform(20, 30))
        x = f.add(
            c, tc, "web", "cancellation", attrs={"page": "/account/club", "product": "Fiandra Club"}
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
        f.happy_days(c, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", (), ("repeat_contact", "silence"))
        d = f.rng.randint(0, 4)
        ids = []
        for _ in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            txt = f.f(c, W.GRUMBLE)
            t = f.at(d, 8, 20)
            if ch == "social":
                ids.append(
                    f.add(c, t, "social", "mention", txt if "@" in txt else "@Fiandra " + txt)
                )
            else:
                ids.append(
                    f.add(
                        c,
                        t,
                        ch,
                        "post" if ch == "community" else "ticket",
                        txt,
                        attrs={} if ch == "community" else {"page": "/help/form"},
                    )
                )
            d += f.rng.randint(1, 3)
        c.truth.update(
            {"grumble_event_ids": ids, "trouble_starts_at": f.rows[-1][3]["occurred_at"]}
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", (), ("silence",))
        f.happy_days(c, f.rng.randint(3, 6), list(range(17)), surveys=False)
        c.truth["sarcasm_event_id"] = f.add(
            c,
            f.at(f.rng.randint(17, 28), 9, 20),
            "social",
            "mention",
            "@Fiandra " + f.f(c, W.SARCASM),
        )
    return f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> tuple[int, int, int]:
    f = Fam("quiet_hours", "QH", 5, d0(2026, 8, 14), 3, "a calm weekend with night owls")
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", (), ("silence",))
        t = f.at(f.rng.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/stockists"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            e = f.add(c, t2, "chat", "chat", f.g(c, W.QH_GRUMBLE))
            f.add(c, t2 + timedelta(minutes=3), "chat", "chat", f.g(c, W.FORM_ACK), out=True)
        else:
            e = f.add(c, t2, "web", "ticket", f.g(c, W.QH_GRUMBLE), attrs={"page": "/help/form"})
            f.add(c, t2 + timedelta(minutes=25), "email", "message", f.g(c, W.FORM_ACK), out=True)
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t2)})
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bt + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", f.f(c, W.NIGHT_Q))
                    f.add(c, t + timedelta(minutes=4), "chat", "chat", f.g(c, W.ANSWER), out=True)
                    f.add(c, t + timedelta(minutes=9), "chat", "chat", f.f(c, W.THANKS))
                else:
                    e = f.add(
                        c,
                        t,
                        "social",
                        "mention",
                        f.f(c, W.NIGHT_POST).replace(W.BRAND, "@" + W.BRAND),
                    )
                c.truth.update({"burst_at": iso(bt), "night_event_id": e})
                if f.rng.random() < 0.5:
                    f.happy(c, f.at(f.rng.randint(0, 2), 9, 17.5), surveys=False)
    return f.write({})


def bilingual() -> tuple[int, int, int]:
    f = Fam("bilingual", "BL", 6, d0(2026, 9, 7), 14, "customers writing in two languages")
    pairs = [
        ("pt", "en"),
        ("en", "pt"),
        ("pt", "fr"),
        ("en", "es"),
        ("pt", "es"),
        ("en", "de"),
        ("de", "en"),
        ("fr", "pt"),
        ("it", "en"),
        ("es", "pt"),
        ("pt", "de"),
        ("en", "it"),
    ]
    market = {"pt": "PT", "en": "UK", "fr": "FR", "de": "DE", "it": "IT", "es": "ES"}

    def pc(
        persona: str, habit: str, exp: tuple[str, ...], tol: tuple[str, ...], i: int
    ) -> tuple[Cust, list[str]]:
        a, b = pairs[i % len(pairs)]
        c = f.person(persona, habit, exp, tol, lang=a, country=market[f.rng.choice([a, b])])
        c.truth.update(
            {
                "languages": [a, b],
                "job_second_language": "works for a firm run in the other language",
            }
        )
        return c, [a, b]

    for i in range(12):
        c, ls = pc("happy", "alternates languages", (), (), i)
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = ls[k % 2]
            f.happy(c, f.at(d, 8, 19))
        c.lang = ls[0]
    times = [2, 2, 3, 3, 4]
    for i in range(5):
        c, ls = pc("repeat_contact", "repeats", ("repeat_contact",), REPEAT_TOL, i + 3)
        f.happy_days(c, f.rng.randint(1, 3), [0, 1], surveys=False)
        repeat_run(
            f,
            c,
            f.rng.randint(2, 5),
            times[i],
            CONS_PROBLEMS[i],
            f.rng.choice(["email", "web", "chat"]),
            langs=ls,
        )
    for i in range(5):
        c, ls = pc("slow_churner", "slides", ("sentiment_drop",), CHURN_TOL, i + 6)
        for k, d in enumerate(range(5)):
            c.lang = ls[k % 2]
            f.add(c, f.at(d, 8, 19), "community", "post", f.f(c, W.PRAISE))
        c.lang = ls[1]
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), False)
        c.lang = ls[0]
    for i in range(3):
        c, ls = pc("happy_one_bad_day", "one bad day", (), ("silence",), i + 1)
        f.happy_days(c, 3, [0, 1, 2, 3, 10, 11, 12], surveys=False)
        c.lang = ls[1]
        t = f.at(6, 9, 18)
        ch = ["long", "email", "chat"][i]
        case = f.case()
        e = f.complaint(
            c, t, "chat" if ch == "chat" else "email", CONS_PROBLEMS[i], case, long=ch == "long"
        )
        f.ack(c, t, "chat" if ch == "chat" else "email", case)
        if ch != "chat":
            f.add(
                c,
                f.day_ok(t + timedelta(hours=2)),
                "email",
                "message",
                f.g(c, W.GOOD_NEWS, case=case),
                out=True,
            )
        c.truth.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "bad_day_language": ls[1],
                "booking": case,
                "problem": CONS_PROBLEMS[i],
                "trouble_starts_at": iso(t),
            }
        )
        c.lang = ls[0]
    for i in range(2):
        c, ls = pc("resolved_between_contacts", "fixed", (), ("silence",), i + 9)
        pr = fixed_run(f, c, f.rng.randint(2, 6), CONS_PROBLEMS[i + 4], "web", confirm_lang=ls[1])
        c.truth.update(
            {"problems": [pr], "confirm_language": ls[1], "trouble_starts_at": pr["raised_at"]}
        )
    return f.write({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> tuple[int, int, int]:
    f = Fam("b2b_accounts", "BB", 7, d0(2026, 10, 5), 14, "the trade arm, Fiandra Pro, on account")
    plan = [
        ("at_risk", 5, 3, "invoice", "pt"),
        ("at_risk", 6, 4, "overbilled", "en"),
        ("at_risk", 4, 3, "portal", "pt"),
        ("at_risk", 5, 3, "service_blocked", "en"),
        ("at_risk", 6, 4, "invoice", "de"),
    ]
    plan += [
        ("one_unhappy", 3, 1, p, lg)
        for p, lg in zip(B2B_PROBS, ["pt", "en", "fr", "it"], strict=True)
    ]
    plan += [("mild", 4, 2, "", "pt"), ("mild", 4, 2, "", "en"), ("mild", 3, 2, "", "es")]
    plan += [("happy", 4, 0, "", "en"), ("happy", 3, 0, "", "pt"), ("happy", 3, 0, "", "fr")]
    sites = [
        "school",
        "theatre",
        "craft shop",
        "care home",
        "university",
        "museum shop",
        "textile studio",
        "community centre",
    ]
    for n, (kind, size, unhappy, prob, lang) in enumerate(plan):
        country = MARKETS[lang][0]
        acc = f"FDP-{country}-{1200 + n * 37}"
        company = f"{f.rng.choice(['Atelier', 'Studio', 'Casa', 'Lane'])} {f.rng.choice(LAST[lang])} {n + 1}"
        keys = []
        unhappy_keys = []
        contacts: list[Cust] = []
        for k in range(size):
            role = (
                "complainer"
                if k < unhappy and kind in ("at_risk", "one_unhappy")
                else "suggests"
                if k < unhappy
                else "contact"
            )
            persona = (
                {"at_risk": "b2b_unhappy", "one_unhappy": "b2b_one_unhappy", "mild": "b2b_mild"}[
                    kind
                ]
                if role != "contact"
                else "b2b_happy"
            )
            tol: tuple[str, ...] = ()
            exp: tuple[str, ...] = ()
            if persona == "b2b_unhappy":
                tol = (
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                )
                exp = ("repeat_contact",) if k == unhappy - 1 else ("detractor",)
            elif persona == "b2b_one_unhappy":
                tol, exp = ("sentiment_drop", "high_value_at_risk", "silence"), ("detractor",)
            elif persona == "b2b_mild":
                tol = ("silence",)
            c = f.person(persona, role, exp, tol, lang=lang, country=country)
            while any(o.first == c.first for o in contacts):
                c.first = f.rng.choice(FIRST[lang])
                c.truth["name"] = f"{c.first} {c.last}"
            c.email = (
                strip_accents(f"{c.first}.{c.last}").lower()
                + f"@{company.split()[0].lower()}{n + 1}.example"
            )
            c.handle = None
            c.account = acc
            c.truth.update(
                {
                    "segment": "b2b",
                    "company": company,
                    "role": role,
                    "job_title": "buyer" if role == "complainer" else "workshop lead",
                    "job": "buyer",
                }
            )
            contacts.append(c)
            keys.append(c.key)
            if role == "complainer":
                unhappy_keys.append(c.key)
            for d in (
                f.rng.sample([0, 1], f.rng.randint(0, 2))
                if role != "contact"
                else f.rng.sample(range(12), f.rng.randint(2, 5))
            ):
                wd = d if d < 5 or d >= 7 else d + 2
                if wd >= 12:
                    wd = 11
                t = f.at(wd, 8, 16.5)
                if wd in (5, 6, 12, 13):
                    continue
                r = f.rng.random()
                if r < 0.4:
                    f.add(c, t, "chat", "chat", f.f(c, W.B2B_Q))
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(1, 6)),
                        "chat",
                        "chat",
                        f.g(c, W.B2B_A),
                        out=True,
                    )
                elif r < 0.6:
                    f.add(c, t, "web", "page_view", attrs={"page": "/pro/portal"})
                elif r < 0.75 and role == "contact":
                    f.add(c, t, "community", "post", f.g(c, W.B2B_PRAISE))
                elif role == "contact":
                    f.survey_good(c, t)
                else:
                    f.add(c, t, "web", "page_view", attrs={"page": "/pro/catalogue"})
        acct: dict[str, Any] = {
            "company": company,
            "site": sites[n % len(sites)],
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": country,
        }
        f.accounts[acc] = acct
        if kind == "at_risk":
            case = f.case()
            t = f.at(2, 8, 12)
            acct["trouble_starts_at"] = iso(t)
            first = contacts[0]
            for k in range(unhappy):
                c = contacts[k]
                p = W.B2B_PROBLEMS[prob][lang]
                if k == 0:
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.g(c, W.B2B_FIRST, company=company, p=p),
                        subject=W.SUBJECT_COMPLAINT[lang],
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(20, 60)),
                        "email",
                        "message",
                        f.g(c, W.B2B_ACK, company=company, case=case),
                        out=True,
                        subject=W.SUBJECT_CASE[lang].format(case=case),
                    )
                else:
                    t = t + timedelta(hours=f.rng.uniform(8, 28))
                    while t.weekday() >= 5 or not 8 <= t.hour < 17:
                        t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(5, 55))
                    day = WEEKDAY[lang][
                        datetime.fromisoformat(
                            acct["trouble_starts_at"].replace("Z", "+00:00")
                        ).weekday()
                    ]
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.g(c, W.B2B_LATER, who=first.first, day=day, case=case, p=p),
                        subject=W.SUBJECT_CASE[lang].format(case=case),
                    )
                c.truth.update(
                    {
                        "complaint_event_ids": [e],
                        "problem": prob,
                        "booking": case,
                        "trouble_starts_at": iso(t),
                    }
                )
                if k < unhappy - 1:
                    v = f.rng.randint(1, 5)
                    s = f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": v},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"nps_given": True, "nps": v, "survey_event_id": s})
                else:
                    t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                    while t2.weekday() >= 5 or not 8 <= t2.hour < 17:
                        t2 = (t2 + timedelta(days=1)).replace(hour=9, minute=f.rng.randint(5, 55))
                    comp = f.rng.choice(W.COMPETITORS)
                    if n == 0:
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            f.g(c, W.B2B_LAST_MAIL, case=case, comp=comp),
                            subject=W.SUBJECT_CASE[lang].format(case=case),
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(c, t2, "phone", "call", f.g(c, W.B2B_LAST_CALL, case=case))
                    c.truth["complaint_event_ids"].append(e2)
        elif kind == "one_unhappy":
            c = contacts[0]
            case = f.case()
            t = f.at(f.rng.randint(3, 4) + (3 if n % 2 else 0), 8, 16)
            e = f.add(
                c,
                t,
                "email",
                "message",
                f.g(c, W.B2B_FIRST, company=company, p=W.B2B_PROBLEMS[prob][lang]),
                subject=W.SUBJECT_COMPLAINT[lang],
            )
            f.add(
                c,
                t + timedelta(minutes=40),
                "email",
                "message",
                f.g(c, W.B2B_ACK, company=company, case=case),
                out=True,
            )
            v = f.rng.randint(1, 5)
            s = f.add(
                c,
                t + timedelta(hours=2),
                "survey",
                "survey_response",
                None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "complaint_event_ids": [e],
                    "problem": prob,
                    "booking": case,
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": s,
                    "trouble_starts_at": iso(t),
                }
            )
        elif kind == "mild":
            for k in range(2):
                c = contacts[k]
                t = f.at(f.rng.choice([2, 3, 4, 7, 8]), 8, 16)
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.rng.choice(W.B2B_MILD[lang]),
                    attrs={"page": "/pro/feedback"},
                )
                f.add(c, t + timedelta(hours=1), "email", "message", f.g(c, W.FORM_ACK), out=True)
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(t)})
    return f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> tuple[int, int, int]:
    f = Fam("topic_spike", "TS", 8, d0(2026, 10, 26), 7, "a calm week and the planted incident")
    for _ in range(40):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 4), [0, 1, 2, 3, 4, 5])
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", (), ("silence",))
        t = f.at(0, 9, 16)
        e = f.add(c, t, "chat", "chat", f.f(c, W.GRUMBLE))
        f.add(c, t + timedelta(minutes=3), "chat", "chat", f.g(c, W.FORM_ACK), out=True)
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    for lang, h in (("pt", 10.2), ("en", 15.6)):
        c = f.person("grumbles_once", "lone question", (), ("silence",), lang=lang)
        t = f.at(2, h, h + 0.1)
        e = f.add(c, t, "chat", "chat", f.g(c, W.LONE_Q))
        f.add(c, t + timedelta(minutes=4), "chat", "chat", f.g(c, W.LONE_A), out=True)
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    s0 = d0(2026, 10, 29) + timedelta(hours=14, minutes=5)
    langs = ["pt"] * 6 + ["en"] * 6 + ["fr", "fr", "de", "de", "it", "es"]
    chans = ["social"] * 5 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 2 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(16)])
    keys, evs, reps = [], [], []
    reporters = []
    for i in range(18):
        c = f.person(
            "spike_reporter", "regular" if i < 11 else "new", (), ("silence",), lang=langs[i]
        )
        if i < 11:
            f.happy_days(c, f.rng.randint(1, 2), [0, 1], 8, 17.5, surveys=False)
        t = s0 + timedelta(minutes=offs[i], seconds=f.rng.randint(0, 50))
        txt = f.f(c, W.SPIKE, code=W.SPIKE_CODE)
        ch = chans[i]
        if ch == "social":
            e = f.add(c, t, "social", "mention", txt if "@" in txt else "@Fiandra " + txt)
        elif ch == "chat":
            e = f.add(c, t, "chat", "chat", txt)
            f.add(c, t + timedelta(minutes=2), "chat", "chat", f.g(c, W.SPIKE_CHAT_A), out=True)
        elif ch == "community":
            e = f.add(c, t, "community", "post", txt)
        elif ch == "email":
            e = f.add(c, t, "email", "message", txt, subject="App")
        else:
            e = f.add(c, t, "web", "ticket", txt, attrs={"page": "/help/form"})
        keys.append(c.key)
        evs.append(e)
        reporters.append((c, t, ch))
        c.truth.update(
            {
                "in_spike": True,
                "regular": i < 11,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
    early = [r for r in reporters if (r[1] - s0).total_seconds() <= 30 * 60]
    for c, t, ch in f.rng.sample(early, 6):
        c.truth["persona"] = "spike_repeater"
        c.truth["expected_rules"] = ["repeat_contact"]
        c.truth["tolerated_rules"] = ["silence", "sentiment_drop"]
        ch2 = f.rng.choice([x for x in ["email", "chat", "community"] if x != ch])
        t2 = t + timedelta(minutes=f.rng.randint(10, 40))
        txt = f.g(c, W.SPIKE_REPEAT, code=W.SPIKE_CODE)
        e = f.add(
            c,
            t2,
            ch2,
            {"email": "message", "chat": "chat", "community": "post"}[ch2],
            txt,
            subject="App" if ch2 == "email" else None,
        )
        reps.append(e)
        c.truth["repeat_event_id"] = e
    for c, _t, _ in f.rng.sample(
        [r for r in reporters if r[0].truth["persona"] == "spike_reporter"], 6
    ):
        f.add(
            c,
            s0 + timedelta(hours=3, minutes=f.rng.randint(0, 9)),
            "email",
            "message",
            f.g(c, W.SPIKE_FIXED),
            out=True,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "the planted incident (see README)",
        "about": "yarn-subscription app: order tracking shows another customer's name and address",
        "channel": None,
        "start": iso(min(r[1] for r in reporters).replace(second=0)),
        "end": iso(max(r[1] for r in reporters)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": evs,
        "repeat_event_ids": reps,
    }
    return f.write({"topic_spike": 1, "repeat_contact": 6})


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
    tot = [0, 0, 0]
    for fn in FAMILIES:
        n = fn()
        print(fn.__name__, *n)
        tot = [a + b for a, b in zip(tot, n, strict=True)]
    print("total", *tot)


if __name__ == "__main__":
    main()
