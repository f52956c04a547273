"""Build heldout229 (Ferialto, children's holiday camps), report only: never tune on it.

Standard library only; fixed seed; one random.Random per family. Run from anywhere.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261107
BRAND = "Ferialto"
COMPS = ("Kidovia", "Ludarena")
MARKETS = {
    "de": ["DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "BE", "CH", "LU"],
    "en": ["UK", "IE"],
    "it": ["IT", "IT", "CH"],
    "pt": ["PT"],
    "es": ["ES"],
}
PHONE = {
    "DE": ("+49 ", "15", 9),
    "AT": ("+43 ", "664", 7),
    "CH": ("+41 ", "79", 7),
    "FR": ("+33 ", "6", 8),
    "BE": ("+32 ", "47", 7),
    "LU": ("+352 ", "621", 6),
    "UK": ("+44 ", "7", 9),
    "IE": ("+353 ", "8", 8),
    "IT": ("+39 ", "3", 9),
    "PT": ("+351 ", "9", 8),
    "ES": ("+34 ", "6", 8),
}
FIRST = {
    "de": [
        "Anna",
        "Jonas",
        "Katrin",
        "Tobias",
        "Miriam",
        "Stefan",
        "Lea",
        "Florian",
        "Sabine",
        "Markus",
        "Julia",
        "Daniel",
        "Nina",
        "Felix",
        "Carola",
        "Jan",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Élodie",
        "Mathieu",
        "Sophie",
        "Nicolas",
        "Aurélie",
        "Thomas",
        "Chloé",
        "Antoine",
        "Manon",
        "Pierre",
        "Léa",
        "Hugo",
        "Inès",
        "Rémi",
    ],
    "en": ["Emma", "James", "Chloe", "Liam", "Sarah", "Conor", "Hannah", "Oliver"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo"],
    "pt": ["Inês", "João", "Marta", "Tiago", "Rita", "Pedro"],
    "es": ["Lucía", "Javier", "Marta", "Pablo", "Elena", "Sergio"],
}
LAST = {
    "de": [
        "Hoffmann",
        "Krüger",
        "Brandt",
        "Vogel",
        "Schäfer",
        "Lorenz",
        "Busch",
        "Engel",
        "Haas",
        "Seidel",
    ],
    "fr": [
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Rousseau",
        "Mercier",
        "Blanc",
        "Garnier",
        "Chevalier",
        "Perrin",
    ],
    "en": ["Walsh", "Hughes", "Murphy", "Clarke", "Bennett", "Doyle"],
    "it": ["Ferrari", "Colombo", "Rinaldi", "Galli", "Conti"],
    "pt": ["Ferreira", "Santos", "Pereira", "Costa", "Almeida"],
    "es": ["García", "Romero", "Navarro", "Ortega", "Castro"],
}
AGENTS = {
    "de": ["Svenja", "Mehmet"],
    "fr": ["Claire", "Yanis"],
    "en": ["Becky"],
    "it": ["Sara"],
    "pt": ["Ana"],
    "es": ["Nuria"],
}
CUR = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
LANG_W = [("de", 30), ("fr", 30), ("en", 10), ("it", 10), ("pt", 10), ("es", 10)]
SOURCES = {
    "email": "ferialto-mail",
    "phone": "ferialto-voice",
    "social": "ferialto-social",
    "community": "ferialto-forum",
    "chat": "ferialto-chat",
    "web": "ferialto-web",
    "survey": "ferialto-survey",
}
USED: set[str] = set()
PROBLEMS = list(W.PROBLEMS)
BASE_TOL = ["silence"]
REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def strip_accents(text: str) -> str:
    text = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", text)
        if unicodedata.category(ch) != "Mn" or ch == "\u0303"
    )


def transcript(text: str) -> str:
    out = re.sub(r"[.,!?;:()'\"»«¿¡]", " ", text)
    out = re.sub(r"\s+", " ", out).strip().lower()
    return re.sub(r"\b(fr|grd)-(\d+)", lambda m: m.group(1).upper() + "-" + m.group(2), out)


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any] = field(default_factory=dict)

    def ids(self) -> dict[str, Any]:
        return {
            "customer_id": self.key,
            "email": self.email,
            "phone": self.phone,
            "handle": self.handle,
            "account_id": self.account,
        }


@dataclass
class Row:
    t: datetime
    seq: int
    cust: Cust
    data: dict[str, Any]


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = Random(SEED * 100 + n)
        self.rough = Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.cases = 0

    def t(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_W], [w for _, w in LANG_W])[0]

    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in USED:
                USED.add(v)
                return v

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        handle: bool = True,
    ) -> Cust:
        r = self.rng
        market = market or r.choice(MARKETS[lang])
        first, last = r.choice(FIRST[lang]), r.choice(LAST[lang])
        key = self.uniq(lambda: f"FE{self.code.upper()}{r.randint(1000, 9999)}")
        base = strip_accents(f"{first}.{last}").lower().replace("\u0303", "").replace(" ", "")
        dom = domain or r.choice(
            ["mailbox.example", "post.example", "webmail.example", "inbox.example"]
        )
        email = self.uniq(lambda: f"{base}{r.randint(1, 99)}@{dom}")
        pre, start, n = PHONE[market]
        phone = self.uniq(lambda: pre + start + "".join(str(r.randint(0, 9)) for _ in range(n)))
        h = None
        if handle and r.random() < 0.85:
            h = self.uniq(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{last}_{first}{r.randint(1, 9)}",
                            f"{first}{last}{r.randint(10, 99)}",
                            f"{first[0]}{last}",
                        ]
                    )
                    .lower()
                    .replace(" ", "")
                )
            )
            h = strip_accents(h).replace("\u0303", "")
        c = Cust(key, lang, market, first, email, phone, h, account)
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": h,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(x for x in tolerated if x not in expected),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        self.custs[key] = c
        return c

    def fmt(self, text: str, c: Cust, **kw: Any) -> str:
        d: dict[str, Any] = {
            "brand": BRAND,
            "first": c.first,
            "comp": COMPS[0],
            "agent": self.rng.choice(AGENTS[kw.get("lang", c.lang)]),
        }
        d.update(kw)
        return text.format(**d)

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text).replace("\u0303", "")
        if r.random() < 0.125 and text[:1].isupper():
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
        rough: bool = True,
    ) -> str:
        eid = f"h229-{self.code}-{len(self.rows) + 1:05d}"
        if text and not out and rough and channel not in ("phone", "survey"):
            text = self.roughen(text)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        if out:
            a.setdefault("agent", self.rng.choice(AGENTS[c.lang]))
        d = {
            "event_id": eid,
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": scores or {},
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(Row(t, len(self.rows), c, d))
        return eid

    def case(self) -> str:
        return self.uniq(lambda: f"FR-{self.rng.randint(100000, 999999)}")

    def low_survey(self, c: Cust, t: datetime, scale: str, value: int) -> str:
        words = self.rng.choice(W.SURVEY_LOW[c.lang]) or None
        return self.add(
            c, t, "survey", "survey_response", words, scores={scale: value}, attrs={"survey": scale}
        )

    # ------------------------------------------------------------ happy acts --
    def happy(
        self,
        c: Cust,
        t: datetime,
        kinds: list[str] | None = None,
        lang: str | None = None,
        surveys: bool = True,
    ) -> list[str]:
        r, lg = self.rng, lang or c.lang
        opts = kinds or [
            "praise",
            "again",
            "gripe",
            "chatq",
            "callq",
            "buy",
            "review",
            "joke",
            "view",
        ] + (["survey"] if surveys else [])
        k = r.choice(opts)
        if k in ("praise", "again", "joke") and not c.handle and not c.account:
            k = "review"
        ids: list[str] = []
        if k in ("praise", "joke"):
            tab = W.PRAISE if k == "praise" else W.JOKE
            ch = r.choice(["social", "community"])
            ids.append(
                self.add(
                    c,
                    t,
                    ch,
                    "mention" if ch == "social" else "post",
                    self.fmt(r.choice(tab[lg]), c),
                )
            )
        elif k == "again":
            ids.append(self.add(c, t, "community", "post", self.fmt(r.choice(W.AGAIN[lg]), c)))
        elif k in ("gripe", "review"):
            tab = W.GRIPE if k == "gripe" else W.AGAIN
            ids.append(
                self.add(
                    c,
                    t,
                    "web",
                    "review",
                    self.fmt(r.choice(tab[lg]), c),
                    attrs={"rating": "4" if k == "gripe" else "5", "page": "/reviews"},
                )
            )
        elif k == "chatq":
            q, a = r.choice(W.QUESTIONS[lg])
            ids.append(self.add(c, t, "chat", "chat", q))
            t2 = t + timedelta(minutes=r.randint(1, 6))
            self.add(c, t2, "chat", "chat", a, out=True)
            if r.random() < 0.6:
                ids.append(
                    self.add(
                        c,
                        t2 + timedelta(minutes=r.randint(1, 3)),
                        "chat",
                        "chat",
                        r.choice(W.THANKS[lg]),
                    )
                )
        elif k == "callq":
            q, a = r.choice(W.CALL_Q[lg])
            ids.append(self.add(c, t, "phone", "call", q))
            self.add(c, t + timedelta(minutes=r.randint(5, 30)), "email", "message", a, out=True)
        elif k == "buy":
            prod = r.choice(W.PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": "/camps"})
            cur, f = CUR.get(c.market, ("EUR", 1.0))
            val = round(r.choice([39, 59, 189, 229, 249, 289]) * f, 2)
            ids.append(
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(3, 15)),
                    "web",
                    "purchase",
                    attrs={
                        "order_value": f"{val:.2f}",
                        "currency": cur,
                        "product": prod,
                        "page": "/checkout",
                    },
                )
            )
        elif k == "view":
            ids.append(
                self.add(
                    c,
                    t,
                    "web",
                    "page_view",
                    attrs={"page": r.choice(["/camps", "/saturday-club", "/plus", "/faq"])},
                )
            )
        else:
            s = r.choice(["nps", "csat", "ces"])
            v = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[s]
            ids.append(
                self.add(
                    c,
                    t,
                    "survey",
                    "survey_response",
                    r.choice(W.SURVEY_HAPPY[lg]) or None,
                    scores={s: v},
                    attrs={"survey": s},
                )
            )
        return ids

    def acts(self, c: Cust, days: list[int], lo: float = 7.0, hi: float = 20.0, **kw: Any) -> None:
        for d in days:
            self.happy(c, self.t(d, self.rng.uniform(lo, hi)), **kw)

    def daytime(self, t: datetime) -> datetime:
        if t.hour >= 22:
            return (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def complaint(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        long: bool = False,
    ) -> str:
        lg = lang or c.lang
        cur, f = CUR.get(c.market, ("EUR", 1.0))
        amount = {"EUR": "{} €", "GBP": "£{}", "CHF": "{} Franken"}[cur].format(round(229 * f))
        text = self.fmt(self.rng.choice(W.PROBLEMS[problem][lg]), c, amount=amount, lang=lg)
        label = W.PROBLEM_LABEL[problem][lg]
        if long:
            text = self.fmt(self.rng.choice(W.LONG_EMAIL[lg]), c, complaint=text, lang=lg)
        if channel == "email":
            return self.add(
                c, t, "email", "message", text, subject=W.COMPLAINT_SUBJECT[lg].format(label=label)
            )
        if channel == "phone":
            return self.add(c, t, "phone", "call", transcript(text))
        if channel == "chat":
            return self.add(c, t, "chat", "chat", text)
        if channel == "social":
            return self.add(c, t, "social", "mention", "@" + BRAND + " " + text)
        return self.add(c, t, "web", "ticket", text, attrs={"page": "/contact"})

    def reply_case(
        self, c: Cust, t: datetime, channel: str, case: str, lang: str | None = None
    ) -> None:
        lg = lang or c.lang
        if channel == "chat":
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 5)),
                "chat",
                "chat",
                self.fmt(W.CHAT_CASE[lg], c, case=case, lang=lg),
                out=True,
            )
        elif channel != "social":
            t2 = self.daytime(t + timedelta(minutes=self.rng.randint(10, 40)))
            self.add(
                c,
                t2,
                "email",
                "message",
                self.fmt(W.CASE_OPENED[lg], c, case=case, lang=lg),
                out=True,
                subject=W.CASE_SUBJECT[lg].format(case=case),
            )

    def later(self, c: Cust, t: datetime, channel: str, text: str, lang: str) -> str:
        if channel == "phone":
            return self.add(c, t, "phone", "call", transcript(text))
        if channel == "email":
            return self.add(
                c,
                t,
                "email",
                "message",
                text,
                subject=W.CASE_SUBJECT[lang].format(case=c.truth["booking"]),
            )
        if channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 5)),
                "chat",
                "chat",
                self.fmt(W.ADDED_URGENT[lang], c, case=c.truth["booking"], lang=lang),
                out=True,
            )
            return eid
        if channel == "social":
            return self.add(c, t, "social", "mention", "@" + BRAND + " " + text)
        return self.add(c, t, "web", "ticket", text, attrs={"page": "/contact"})

    def fixed(
        self, c: Cust, t: datetime, problem: str, channel: str, lang: str, confirm_lang: str
    ) -> dict[str, Any]:
        r = self.rng
        case = self.case()
        eid = self.complaint(c, t, problem, channel, lang=lang)
        self.reply_case(c, t, channel, case, lang)
        tf = self.daytime(t + timedelta(hours=r.uniform(3, 20)))
        self.add(
            c,
            tf,
            "email",
            "message",
            self.fmt(W.GOOD_NEWS[confirm_lang], c, case=case, lang=confirm_lang),
            out=True,
            subject=W.CASE_SUBJECT[confirm_lang].format(case=case),
        )
        tc = self.daytime(tf + timedelta(hours=r.uniform(8, 30)))
        cch = r.choice(["email", "chat"])
        ce = self.add(
            c,
            tc,
            cch,
            "message" if cch == "email" else "chat",
            W.CONFIRM[confirm_lang].format(case=case),
            subject=W.CASE_SUBJECT[confirm_lang].format(case=case) if cch == "email" else None,
        )
        return {
            "problem": problem,
            "booking": case,
            "raised_at": iso(t),
            "fixed_at": iso(tf),
            "confirmed_at": iso(tc),
            "problem_event_ids": [eid],
            "confirm_event_id": ce,
            "channel": channel,
            "confirm_channel": cch,
        }

    def repeat_run(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        first_ch: str,
        n: int,
        quality: bool,
        langs: list[str],
    ) -> None:
        r = self.rng
        case = self.case()
        c.truth.update(
            {
                "booking": case,
                "problem": problem,
                "contacts": n,
                "trouble_starts_at": iso(t),
                "agent_passed_on": quality,
            }
        )
        ids = [self.complaint(c, t, problem, first_ch, lang=langs[0])]
        self.reply_case(c, t, first_ch, case, langs[0])
        if quality:
            tq = self.daytime(t + timedelta(hours=r.uniform(1.5, 2.5)))
            self.add(
                c,
                tq,
                "email",
                "message",
                self.fmt(W.QUALITY_LEAD[langs[0]], c, case=case, lang=langs[0]),
                out=True,
                subject=W.CASE_SUBJECT[langs[0]].format(case=case),
            )
        chans = [first_ch]
        comp = None
        for i in range(1, n):
            lg = langs[i % len(langs)]
            t = self.daytime(t + timedelta(hours=r.uniform(4, 40)))
            ch = r.choice(
                [
                    x
                    for x in ["email", "chat", "phone", "web", "social"]
                    if x not in chans and (x != "social" or c.handle)
                ]
            )
            chans.append(ch)
            label = W.PROBLEM_LABEL[problem][lg]
            if i == 1:
                text = self.fmt(r.choice(W.STILL_OPEN[lg]), c, case=case, label=label, lang=lg)
            elif i == 2:
                comp = r.choice(COMPS)
                text = self.fmt(r.choice(W.THIRD[lg]), c, case=case, comp=comp, lang=lg)
            else:
                text = self.fmt(W.FOURTH[lg], c, case=case, lang=lg)
            ids.append(self.later(c, t, ch, text, lg))
        c.truth.update(
            {"channels": chans, "channel": first_ch, "problem_event_ids": ids, "competitor": comp}
        )

    def slide(self, c: Cust, day: int, span: int, langs: list[str]) -> list[str]:
        r = self.rng
        comp = r.choice(COMPS)
        ids: list[str] = []
        t = self.t(day, r.uniform(8, 18))
        t0 = t
        for i in range(6):
            lg = langs[i % len(langs)]
            text = self.fmt(W.SLIDE[lg][i], c, comp=comp, lang=lg)
            ch = r.choice(["social", "community", "review"]) if c.handle else "review"
            if ch == "review":
                ids.append(
                    self.add(
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
                    self.add(
                        c,
                        t,
                        ch,
                        "mention" if ch == "social" else "post",
                        ("@" + BRAND + " " + text)
                        if ch == "social" and BRAND not in text
                        else text,
                    )
                )
            if i == 3 and c.truth.get("nps_given"):
                nps = r.randint(1, 5)
                c.truth["survey_event_id"] = self.add(
                    c,
                    self.daytime(t + timedelta(hours=r.uniform(2.5, 3.5))),
                    "survey",
                    "survey_response",
                    r.choice(W.SURVEY_LOW[lg]) or None,
                    scores={"nps": nps},
                    attrs={"survey": "nps"},
                )
                c.truth["nps"] = nps
            t = self.daytime(t + timedelta(hours=max(1.0, span * 24 / 6 * r.uniform(0.6, 1.2))))
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": span,
                "competitor": comp,
                "trouble_starts_at": iso(t0),
            }
        )
        return ids

    # ------------------------------------------------------------- output --
    def finish(self, expected: dict[str, int]) -> tuple[str, str]:
        self.rows.sort(key=lambda x: (x.t, x.seq))
        seen: set[str] = set()
        lines: list[str] = []
        for row in self.rows:
            c, d = row.cust, row.data
            full = d["direction"] == "outbound" or c.key not in seen
            if d["direction"] == "inbound":
                seen.add(c.key)
            ids = c.ids()
            if not full:
                ch = d["channel"]
                keep = {
                    "phone": "phone",
                    "email": "email",
                    "social": "handle",
                    "community": "handle",
                }.get(ch, "customer_id")
                if keep == "handle" and not c.handle:
                    keep = "email"
                val = ids[keep]
                if keep == "handle" and self.rough.random() < 0.2:
                    val = val.lstrip("@")
                if keep == "email" and self.rough.random() < 0.08:
                    val = val.upper()
                ids = {k: (val if k == keep else None) for k in ids}
                ids["account_id"] = c.account
            rec = {
                "event_id": d["event_id"],
                "occurred_at": iso(row.t),
                "channel": d["channel"],
                "kind": d["kind"],
                "direction": d["direction"],
                "customer": ids,
                "text": d["text"],
                "subject": d["subject"],
                "scores": {
                    "nps": d["scores"].get("nps"),
                    "csat": d["scores"].get("csat"),
                    "ces": d["scores"].get("ces"),
                },
                "source": d["source"],
                "attributes": d["attributes"],
            }
            lines.append(json.dumps(rec, ensure_ascii=False))
        for c in self.custs.values():
            assert c.key in seen, c.key
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
        got: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        assert got == expected, (self.name, got, expected)
        last = self.rows[-1].t
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 15, tzinfo=UTC), end
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Ferialto: children's holiday camps and Saturday clubs (app, web, Ferialto Plus membership; Ferialto Company on account)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return "\n".join(lines) + "\n", json.dumps(
            truth, ensure_ascii=False, indent=1, sort_keys=True
        ) + "\n"


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def monday(y: int, m: int, d: int, weekday: int = 0) -> datetime:
    t = datetime(y, m, d, tzinfo=UTC)
    assert t.weekday() == weekday, t
    return t


def spread(r: Random, n: int, lo: int, hi: int, avoid: set[int] | None = None) -> list[int]:
    pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
    return sorted(r.sample(pool, min(n, len(pool))))


# ---------------------------------------------------------------- families --
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "hw",
        1,
        monday(2026, 3, 9),
        10,
        "happy customers: day writers, night writers, survey answerers",
    )
    r = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer", [], [])
        f.acts(c, spread(r, r.randint(5, 8), 0, 9), 7, 19)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer", [], [])
        for d in spread(r, r.randint(2, 4), 0, 8):
            t = f.t(d, r.uniform(22.2, 28.5))
            if r.random() < 0.5:
                f.add(
                    c,
                    t,
                    "social" if c.handle else "community",
                    "mention" if c.handle else "post",
                    f.fmt(r.choice(W.NIGHT_POST[c.lang]), c),
                )
            else:
                q, a = r.choice(W.NIGHT_Q[c.lang])
                f.add(c, t, "chat", "chat", q)
                t2 = f.daytime(t + timedelta(minutes=r.randint(2, 8)))
                f.add(c, t2, "chat", "chat", a, out=True)
                f.add(
                    c,
                    t2 + timedelta(minutes=r.randint(1, 4)),
                    "chat",
                    "chat",
                    r.choice(W.THANKS[c.lang]),
                )
        f.acts(
            c, spread(r, r.randint(2, 3), 0, 9), 9, 18, kinds=["praise", "buy", "view", "review"]
        )
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys", [], [])
        f.acts(c, spread(r, r.randint(3, 6), 0, 9), 8, 19, kinds=["survey"])
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "bd",
        2,
        monday(2026, 4, 20),
        12,
        "happy customers with one bad day, some detractors",
    )
    r = f.rng
    probs = PROBLEMS * 4
    r.shuffle(probs)
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    r.shuffle(with_case)
    nps_set, csat_set = set(with_case[:6]), set(with_case[6:11])
    good = with_case[:]
    r.shuffle(good)
    good_set = set(good[:12])
    apol = set(good[:5])
    long_langs = ["de", "de", "fr", "fr"]
    for i, ch in enumerate(chans):
        lang = long_langs.pop() if ch == "long" else f.lang()
        persona = "bad_day_detractor" if i in nps_set else "happy_one_bad_day"
        c = f.person(lang, persona, "one bad day", ["detractor"] if i in nps_set else [], BASE_TOL)
        if ch == "social" and not c.handle:
            c.handle = f.uniq(
                lambda c=c: (
                    "@"
                    + strip_accents(c.first).lower().replace("\u0303", "")
                    + str(r.randint(100, 999))
                )
            )
            c.truth["identifiers"]["handle"] = c.handle
        bad = r.randint(2, 9)
        t = f.t(bad, r.uniform(8, 20))
        channel = "email" if ch == "long" else ch
        eid = f.complaint(c, t, probs[i], channel, long=ch == "long")
        case = f.case() if ch != "social" else None
        if case:
            f.reply_case(c, t, channel, case)
        c.truth.update(
            {
                "problem": probs[i],
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "channel": channel,
                "booking": case,
                "long_email": ch == "long",
                "nps_given": i in nps_set,
                "csat_given": i in csat_set,
                "agent_fixed": i in good_set,
                "apologised": i in apol,
            }
        )
        if i in nps_set:
            nps = r.randint(1, 5)
            at = f.daytime(t + timedelta(minutes=r.randint(100, 140)))
            c.truth["survey_event_id"] = f.low_survey(c, at, "nps", nps)
            c.truth["nps"] = nps
        if i in csat_set:
            cs = r.randint(1, 2)
            at = f.daytime(t + timedelta(minutes=r.randint(40, 80)))
            c.truth["survey_event_id"] = f.low_survey(c, at, "csat", cs)
            c.truth["csat"] = cs
        if case and i in good_set:
            tg = f.daytime(t + timedelta(hours=r.uniform(1, 4)))
            f.add(
                c,
                tg,
                "email",
                "message",
                f.fmt(W.GOOD_NEWS[c.lang], c, case=case),
                out=True,
                subject=W.CASE_SUBJECT[c.lang].format(case=case),
            )
            if i in apol:
                ta = f.daytime(t + timedelta(hours=r.uniform(16, 24)))
                ach = r.choice(["chat", "email"])
                c.truth["apology_event_id"] = f.add(
                    c,
                    ta,
                    ach,
                    "chat" if ach == "chat" else "message",
                    W.APOLOGY[c.lang],
                    subject=W.CASE_SUBJECT[c.lang].format(case=case) if ach == "email" else None,
                )
                c.truth["apology_at"] = iso(ta)
        f.acts(
            c, spread(r, r.randint(1, 5), 0, 11, set(range(bad - 1, bad + 3))), 8, 20, surveys=False
        )
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control", [], [])
        f.acts(c, spread(r, r.randint(4, 7), 0, 11), 8, 20)
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "rc",
        3,
        monday(2026, 6, 1),
        10,
        "customers whose one problem stays open, fixed ones, two problems, frequent writers",
    )
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    quality = [True] * 6 + [False] * 6
    r.shuffle(quality)
    for i, n in enumerate(counts):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.acts(c, [0] * r.randint(1, 3), 7, 12, surveys=False)
        f.repeat_run(
            c,
            f.t(r.randint(1, 4), r.uniform(8, 19)),
            r.choice(PROBLEMS),
            firsts[i],
            n,
            quality[i],
            [c.lang],
        )
    for _ in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", [], BASE_TOL)
        p = f.fixed(
            c,
            f.t(r.randint(1, 4), r.uniform(8, 18)),
            r.choice(PROBLEMS),
            r.choice(["web", "email", "chat"]),
            c.lang,
            c.lang,
        )
        c.truth.update({"problems": [p], "trouble_starts_at": p["raised_at"]})
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", [], BASE_TOL)
        a, b = r.sample(PROBLEMS, 2)
        d = r.randint(1, 2)
        p1 = f.fixed(c, f.t(d, r.uniform(8, 12)), a, r.choice(["web", "email"]), c.lang, c.lang)
        p2 = f.fixed(
            c,
            f.t(d + r.randint(4, 5), r.uniform(8, 12)),
            b,
            r.choice(["chat", "email"]),
            c.lang,
            c.lang,
        )
        c.truth.update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer", [], [])
        f.acts(c, spread(r, r.randint(5, 8), 0, 9), 8, 19, kinds=["chatq", "chatq", "callq", "buy"])
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "sc",
        4,
        monday(2026, 7, 6),
        32,
        "slow slides, leavers, steady, grumpy and sarcastic customers",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    for i, span in enumerate(spans):
        nps = i < 5
        c = f.person(
            f.lang(),
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if nps else []),
            SLIDE_TOL,
        )
        c.truth["nps_given"] = nps
        days = spread(r, r.randint(4, 5) + r.randint(2, 4), 0, 10)
        for j, d in enumerate(days):
            f.happy(
                c,
                f.t(d, r.uniform(8, 19)),
                kinds=["praise"] if j % 2 == 0 else ["buy", "chatq", "again", "view"],
                surveys=False,
            )
        f.slide(c, r.randint(12, 16), span, [c.lang])
    for _ in range(5):
        c = f.person(
            f.lang(),
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        f.acts(c, spread(r, r.randint(4, 6), 0, 15), 8, 19, surveys=False)
        t = f.t(r.randint(17, 23), r.uniform(8, 19))
        e = f.add(c, t, "email", "message", f.fmt(r.choice(W.CANCEL[c.lang]), c), subject="Plus")
        f.add(
            c,
            f.daytime(t + timedelta(hours=r.uniform(1, 5))),
            "email",
            "message",
            f.fmt(W.SORRY_GO[c.lang], c),
            out=True,
            subject="Re: Plus",
        )
        tc = f.daytime(t + timedelta(hours=r.uniform(20, 30)))
        x = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/membership", "product": "Ferialto Plus"},
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
        c = f.person(f.lang(), "happy", "steady", [], [])
        f.acts(c, spread(r, r.randint(6, 10), 0, 30), 8, 19)
    for _ in range(5):
        c = f.person(f.lang(), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = r.randint(0, 4)
        ids = []
        for _k in range(r.randint(5, 7)):
            t = f.t(d, r.uniform(8, 20))
            text = r.choice(W.GRUMBLES[c.lang])
            ch = (
                r.choice(["social", "community", "web", "review"])
                if c.handle
                else r.choice(["web", "review"])
            )
            if ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/contact"}))
            else:
                ids.append(
                    f.add(
                        c,
                        t,
                        ch,
                        "mention" if ch == "social" else "post",
                        ("@" + BRAND + " " + text) if ch == "social" else text,
                    )
                )
            d += r.randint(1, 3)
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": iso(f.t(0, 0))})
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", [], BASE_TOL)
        f.acts(c, spread(r, r.randint(3, 6), 0, 16), 8, 19, surveys=False)
        t = f.t(r.randint(17, 28), r.uniform(9, 20))
        c.truth["sarcasm_event_id"] = f.add(
            c,
            t,
            "social" if c.handle else "web",
            "mention" if c.handle else "review",
            f.fmt(r.choice(W.SARCASM[c.lang]), c),
            attrs=None if c.handle else {"rating": "3", "page": "/reviews"},
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "qh",
        5,
        monday(2026, 8, 28, 4),
        3,
        "a calm weekend with bursts of night owls",
    )
    r = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer", [], [])
        for d in spread(r, r.randint(1, 3), 0, 2):
            f.happy(c, f.t(d, r.uniform(7, 17.5)), surveys=False)
    for i in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], BASE_TOL)
        t = f.t(r.randint(0, 2), r.uniform(9, 16))
        f.happy(c, t, kinds=["buy"])
        q, a = W.MILD[c.lang]
        t2 = t + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            c.truth["grumble_event_id"] = f.add(c, t2, "chat", "chat", q)
            f.add(c, t2 + timedelta(minutes=r.randint(1, 5)), "chat", "chat", a, out=True)
        else:
            c.truth["grumble_event_id"] = f.add(
                c, t2, "web", "ticket", q, attrs={"page": "/contact"}
            )
            f.add(
                c,
                t2 + timedelta(minutes=r.randint(10, 40)),
                "email",
                "message",
                f.fmt(W.FORM_ACK[c.lang], c),
                out=True,
            )
        c.truth["trouble_starts_at"] = iso(t2)
    n = 0
    for night in range(1, 4):
        b0 = f.t(night, r.uniform(0.67, 1.08))
        for b, off in enumerate([0, r.uniform(28, 33), r.uniform(55, 65)]):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person(f.lang(), "night_owl", f"night {night}, burst {b + 1}", [], [])
                t = bt + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5 and c.handle:
                    e = f.add(c, t, "social", "mention", f.fmt(r.choice(W.NIGHT_POST[c.lang]), c))
                else:
                    q, a = r.choice(W.NIGHT_Q[c.lang])
                    e = f.add(c, t, "chat", "chat", q)
                    t2 = t + timedelta(minutes=r.randint(2, 6))
                    f.add(c, t2, "chat", "chat", a.split("! ", 1)[-1], out=True)
                    f.add(
                        c,
                        t2 + timedelta(minutes=r.randint(1, 3)),
                        "chat",
                        "chat",
                        r.choice(W.THANKS[c.lang]),
                    )
                c.truth.update({"burst_at": iso(bt), "night_event_id": e})
                n += 1
                if n % 2 == 0:
                    f.happy(
                        c, f.t(r.randint(0, 2), r.uniform(9, 17.5)), kinds=["praise", "buy", "view"]
                    )
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "bl", 6, monday(2026, 9, 21), 14, "customers writing in two languages")
    r = f.rng
    pairs = (
        [("de", "fr")] * 5
        + [("fr", "de")] * 5
        + [
            ("de", "en"),
            ("fr", "en"),
            ("en", "fr"),
            ("de", "it"),
            ("it", "de"),
            ("fr", "it"),
            ("fr", "pt"),
            ("pt", "fr"),
            ("es", "fr"),
            ("fr", "es"),
            ("de", "es"),
            ("de", "pt"),
            ("en", "de"),
            ("it", "fr"),
            ("es", "de"),
            ("pt", "de"),
            ("fr", "de"),
        ]
    )
    r.shuffle(pairs)
    market = {"de": "CH", "fr": "CH", "en": "IE", "it": "CH", "pt": "LU", "es": "ES"}
    why = [
        "works in the neighbouring country",
        "grew up with both",
        "partner's language",
        "moved for work",
    ]

    def mk(
        i: int, persona: str, habit: str, exp: list[str], tol: list[str]
    ) -> tuple[Cust, list[str]]:
        a, b = pairs[i]
        m = market[a] if a != "de" or b == "fr" else r.choice(["DE", "AT", "CH"])
        c = f.person(a, persona, habit, exp, tol, market=m)
        c.truth.update({"languages": [a, b], "job_second_language": r.choice(why)})
        return c, [a, b]

    i = 0
    for _ in range(12):
        c, ls = mk(i, "happy", "alternates languages", [], [])
        i += 1
        for j, d in enumerate(spread(r, r.randint(5, 8), 0, 13)):
            f.happy(c, f.t(d, r.uniform(8, 20)), lang=ls[j % 2])
    for n in [2, 2, 3, 3, 4]:
        c, ls = mk(i, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        i += 1
        f.acts(c, [r.randint(0, 1)] * r.randint(1, 3), 8, 18, lang=ls[0], surveys=False)
        f.repeat_run(
            c,
            f.t(r.randint(2, 5), r.uniform(8, 18)),
            r.choice(PROBLEMS),
            r.choice(["web", "email", "chat"]),
            n,
            n >= 3,
            ls,
        )
    for _ in range(5):
        c, ls = mk(i, "slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        i += 1
        for j, d in enumerate(spread(r, 5, 0, 5)):
            f.happy(c, f.t(d, r.uniform(8, 19)), kinds=["praise"], lang=ls[j % 2])
        f.acts(
            c, spread(r, r.randint(1, 3), 0, 5), 8, 19, kinds=["buy", "chatq", "view"], lang=ls[1]
        )
        f.slide(c, r.randint(7, 8), r.randint(3, 5), ls)
    for k in range(3):
        c, ls = mk(i, "happy_one_bad_day", "one bad day", [], BASE_TOL)
        if k == 0:
            ls[1] = "de"
            c.truth["languages"] = ls
        i += 1
        bad = r.randint(4, 10)
        f.acts(
            c,
            spread(r, r.randint(3, 5), 0, 13, set(range(bad - 1, bad + 3))),
            8,
            19,
            lang=ls[0],
            surveys=False,
        )
        t = f.t(bad, r.uniform(9, 18))
        ch = ["email", "email", "chat"][k]
        p = r.choice(PROBLEMS)
        eid = f.complaint(c, t, p, ch, lang=ls[1], long=k == 0)
        case = f.case()
        f.reply_case(c, t, ch, case, ls[1])
        c.truth.update(
            {
                "problem": p,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": ls[1],
                "booking": case,
                "long_email": k == 0,
                "trouble_starts_at": iso(t),
            }
        )
        if k < 2:
            f.add(
                c,
                f.daytime(t + timedelta(hours=r.uniform(1, 4))),
                "email",
                "message",
                f.fmt(W.GOOD_NEWS[ls[1]], c, case=case, lang=ls[1]),
                out=True,
                subject=W.CASE_SUBJECT[ls[1]].format(case=case),
            )
        if k == 1:
            ta = f.daytime(t + timedelta(hours=r.uniform(18, 24)))
            c.truth["apology_event_id"] = f.add(c, ta, "chat", "chat", W.APOLOGY[ls[1]])
    for _ in range(2):
        c, ls = mk(i, "resolved_between_contacts", "fixed", [], BASE_TOL)
        i += 1
        f.acts(c, spread(r, 2, 0, 3), 8, 18, lang=ls[0], surveys=False)
        p = f.fixed(
            c, f.t(r.randint(4, 8), r.uniform(9, 16)), r.choice(PROBLEMS), "web", ls[0], ls[1]
        )
        c.truth.update(
            {"problems": [p], "trouble_starts_at": p["raised_at"], "confirm_language": ls[1]}
        )
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "bb",
        7,
        monday(2026, 10, 12),
        14,
        "company accounts buying camp places for staff children",
    )
    r = f.rng
    firms = [
        ("Hellmann Logistik GmbH", "logistics", "de", "DE"),
        ("Clinique Saint-Roch", "hospital", "fr", "FR"),
        ("Stadtwerke Kaltenbach", "utility", "de", "AT"),
        ("Groupe Vannier Assurances", "insurance", "fr", "BE"),
        ("Brenner Maschinenbau AG", "engineering", "de", "CH"),
        ("Mairie de Villers", "municipality", "fr", "FR"),
        ("Northgate Software Ltd", "software", "en", "UK"),
        ("Ospedale San Carlo", "hospital", "it", "IT"),
        ("Transportes Lusa", "logistics", "pt", "PT"),
        ("Banque Mosellane", "bank", "fr", "LU"),
        ("Kessler Druck KG", "printing", "de", "DE"),
        ("Laboratorios Brisa", "pharma", "es", "ES"),
        ("Atelier Dufresne", "architecture", "fr", "FR"),
        ("Weidner Kliniken", "hospital", "de", "DE"),
        ("Harbour Foods Ltd", "food", "en", "IE"),
    ]
    kinds = [
        ("at_risk", 5, 3),
        ("at_risk", 4, 3),
        ("at_risk", 6, 4),
        ("at_risk", 5, 3),
        ("at_risk", 4, 4),
        ("one_unhappy", 3, 1),
        ("one_unhappy", 3, 1),
        ("one_unhappy", 3, 1),
        ("one_unhappy", 3, 1),
        ("mild", 4, 2),
        ("mild", 3, 2),
        ("mild", 4, 2),
        ("happy", 4, 0),
        ("happy", 4, 0),
        ("happy", 4, 0),
    ]
    risk_probs = ["portal", "invoice", "places_blocked", "overbilled", "invoice"]
    jobs = [
        "HR manager",
        "benefits coordinator",
        "office manager",
        "payroll lead",
        "works council member",
        "assistant",
    ]
    b2b_tol = [
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
        "account_risk",
    ]

    def office(t: datetime) -> datetime:
        while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
            t = (
                (t + timedelta(days=1)).replace(hour=8, minute=r.randint(0, 50))
                if t.hour >= 17 or t.weekday() >= 5
                else t.replace(hour=8, minute=r.randint(0, 50))
            )
        return t

    def routine(c: Cust, days: list[int], happy: bool) -> None:
        for d in days:
            t = f.t(d, r.uniform(8, 16.5))
            k = r.choice(["q", "buy", "view"] + (["praise", "survey"] if happy else []))
            if k == "q":
                q, a = r.choice(W.B2B_Q[c.lang])
                f.add(c, t, "chat", "chat", q)
                t2 = t + timedelta(minutes=r.randint(1, 6))
                f.add(c, t2, "chat", "chat", a, out=True)
                if r.random() < 0.6:
                    f.add(
                        c,
                        t2 + timedelta(minutes=r.randint(1, 3)),
                        "chat",
                        "chat",
                        r.choice(W.THANKS[c.lang]),
                    )
            elif k == "praise":
                f.add(c, t, "community", "post", f.fmt(r.choice(W.B2B_PRAISE[c.lang]), c))
            elif k == "survey":
                f.happy(c, t, kinds=["survey"])
            elif k == "buy":
                f.happy(c, t, kinds=["buy"])
            else:
                f.add(c, t, "web", "page_view", attrs={"page": "/company/portal"})

    weekdays = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]
    ri = 0
    for (company, site, lang, market), (kind, size, unhappy) in zip(firms, kinds, strict=True):
        acc = f.uniq(lambda market=market: f"FEC-{market}-{r.randint(1000, 9999)}")
        dom = re.sub(r"[^a-z]", "", strip_accents(company.split()[0]).lower()) + ".example"
        problem = (
            risk_probs[ri]
            if kind == "at_risk"
            else r.choice(list(W.B2B_LABEL))
            if kind == "one_unhappy"
            else None
        )
        if kind == "at_risk":
            ri += 1
        keys, unhappy_keys = [], []
        firsts: set[str] = set()
        t = f.t(2, r.uniform(8.5, 11))
        case = None
        first_name, first_day = "", 2
        for j in range(size):
            while True:
                c = f.person(
                    lang,
                    "b2b_happy",
                    "contact",
                    [],
                    [],
                    market=market,
                    account=acc,
                    domain=dom,
                    handle=False,
                )
                if c.first not in firsts:
                    break
                del f.custs[c.key]
            firsts.add(c.first)
            job = r.choice(jobs)
            c.truth.update({"company": company, "job_title": job, "job": job, "role": "contact"})
            keys.append(c.key)
            if j < unhappy and kind in ("at_risk", "one_unhappy"):
                last = kind == "at_risk" and j == unhappy - 1
                persona = "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy"
                exp = (
                    (["repeat_contact"] if last else ["detractor"])
                    if kind == "at_risk"
                    else ["detractor"]
                )
                tol = (
                    b2b_tol
                    if kind == "at_risk"
                    else ["sentiment_drop", "high_value_at_risk", "silence"]
                )
                c.truth.update(
                    {
                        "persona": persona,
                        "habit": "complainer",
                        "role": "complainer",
                        "expected_rules": sorted(exp),
                        "tolerated_rules": sorted(x for x in tol if x not in exp),
                        "problem": problem,
                    }
                )
                unhappy_keys.append(c.key)
                routine(c, r.sample([0, 1], r.randint(0, 2)), False)
                assert problem
                if kind == "one_unhappy":
                    t = office(f.t(r.randint(3, 7), r.uniform(8.5, 15)))
                elif j > 0:
                    t = office(t + timedelta(hours=r.uniform(8, 28)))
                if j == 0 or kind == "one_unhappy":
                    case = f.case()
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        W.B2B_FIRST[problem][lang],
                        subject=W.COMPLAINT_SUBJECT[lang].format(label=W.B2B_LABEL[problem][lang]),
                    )
                    f.add(
                        c,
                        office(t + timedelta(minutes=r.randint(20, 90))),
                        "email",
                        "message",
                        f.fmt(W.B2B_ACK[lang], c, case=case),
                        out=True,
                        subject=W.CASE_SUBJECT[lang].format(case=case),
                    )
                    first_name, first_day = c.first, t.weekday()
                else:
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.fmt(
                            W.B2B_FOLLOW[lang],
                            c,
                            first=first_name,
                            day=W.WEEKDAY[lang][first_day],
                            case=case,
                            label=W.B2B_LABEL[problem][lang],
                        ),
                        subject=W.CASE_SUBJECT[lang].format(case=case),
                    )
                ids = [e]
                c.truth.update({"booking": case, "trouble_starts_at": iso(t)})
                if not last:
                    nps = r.randint(1, 5)
                    c.truth["survey_event_id"] = f.add(
                        c,
                        t + timedelta(hours=r.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        r.choice(W.SURVEY_LOW[lang]) or None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    )
                    c.truth["nps"] = nps
                else:
                    t3 = office(t + timedelta(hours=r.uniform(18, 40)))
                    if ri == 1:
                        comp = r.choice(COMPS)
                        ids.append(
                            f.add(
                                c,
                                t3,
                                "email",
                                "message",
                                f.fmt(W.B2B_LAST_MAIL[lang], c, case=case, comp=comp),
                                subject=W.CASE_SUBJECT[lang].format(case=case),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(c, t3, "phone", "call", W.B2B_LAST_CALL[lang].format(case=case))
                        )
                c.truth["complaint_event_ids"] = ids
            elif j < unhappy and kind == "mild":
                c.truth.update(
                    {
                        "persona": "b2b_mild",
                        "habit": "suggests",
                        "role": "suggests",
                        "tolerated_rules": ["silence"],
                    }
                )
                routine(c, r.sample([0, 1], r.randint(0, 2)), False)
                ts = f.t(r.choice([2, 3, 4, 7, 8]), r.uniform(8.5, 16))
                c.truth["mild_event_id"] = f.add(
                    c,
                    ts,
                    "web",
                    "ticket",
                    r.choice(W.B2B_SUGGEST[lang]),
                    attrs={"page": "/company/feedback"},
                )
                c.truth["trouble_starts_at"] = iso(ts)
                f.add(
                    c,
                    ts + timedelta(minutes=r.randint(30, 90)),
                    "email",
                    "message",
                    f.fmt(W.FORM_ACK[lang], c),
                    out=True,
                )
            else:
                routine(c, r.sample(weekdays, r.randint(2, 5)), True)
        at_risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy_keys) if kind != "mild" else 0,
            "unhappy_contact_keys": unhappy_keys if kind != "mild" else [],
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if at_risk else None,
            "trouble_starts_at": f.custs[unhappy_keys[0]].truth["trouble_starts_at"]
            if at_risk
            else None,
            "language": lang,
            "country": market,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "ts",
        8,
        monday(2026, 11, 2),
        7,
        "a calm week and the planted incident on Saturday",
    )
    r = f.rng
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer", [], [])
        for d in spread(r, r.randint(1, 4), 0, 5):
            f.happy(c, f.t(d, r.uniform(12, 19) if d == 5 else r.uniform(7.5, 19)), surveys=d != 5)
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], BASE_TOL)
        q, a = W.MILD[c.lang]
        t = f.t(0, r.uniform(9, 16))
        c.truth.update(
            {"grumble_event_id": f.add(c, t, "chat", "chat", q), "trouble_starts_at": iso(t)}
        )
        f.add(c, t + timedelta(minutes=r.randint(1, 5)), "chat", "chat", a, out=True)
    for lg, h in (("de", 9 + 40 / 60), ("fr", 16 + 5 / 60)):
        c = f.person(lg, "grumbles_once", "lone question", [], BASE_TOL)
        q, a = W.LONE_Q[lg]
        t = f.t(4, h)
        c.truth.update(
            {"lone_report_event_id": f.add(c, t, "chat", "chat", q), "trouble_starts_at": iso(t)}
        )
        f.add(c, t + timedelta(minutes=r.randint(2, 6)), "chat", "chat", a, out=True)
    langs = ["de"] * 6 + ["fr"] * 6 + ["en", "en", "it", "it", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    offs = sorted(r.uniform(0, 45) for _ in range(20))
    offs[0], offs[-1] = 0.0, 45.0
    s0 = f.t(5, 9.5)

    def post(c: Cust, t: datetime, ch: str, text: str) -> str:
        subject = "GRD-604" if "GRD" in text else W.COMPLAINT_SUBJECT[c.lang].format(label="App")
        if ch == "social":
            return f.add(c, t, "social", "mention", "@" + BRAND + " " + text)
        if ch == "chat":
            e = f.add(c, t, "chat", "chat", text)
            answer = W.SPIKE_CHAT_ANSWER[c.lang]
            f.add(c, t + timedelta(minutes=r.randint(1, 4)), "chat", "chat", answer, out=True)
            return e
        if ch == "community":
            return f.add(c, t, "community", "post", text)
        if ch == "email":
            return f.add(c, t, "email", "message", text, subject=subject)
        return f.add(c, t, "web", "ticket", text, attrs={"page": "/contact"})

    reps: list[Cust] = []
    keys, eids, reids = [], [], []
    for i in range(20):
        regular = i % 5 != 0 and i % 5 != 3
        c = f.person(langs[i], "spike_reporter", "regular" if regular else "new", [], BASE_TOL)
        if chans[i] in ("social", "community") and not c.handle:
            c.handle = f.uniq(
                lambda c=c: (
                    "@"
                    + strip_accents(c.first).lower().replace("\u0303", "")
                    + str(r.randint(100, 999))
                )
            )
            c.truth["identifiers"]["handle"] = c.handle
        if regular:
            f.acts(c, [2] * r.randint(1, 2), 8, 17.5, surveys=False)
        t = s0 + timedelta(minutes=offs[i])
        text = r.choice(W.SPIKE_REPORT[c.lang])
        ch = chans[i]
        e = post(c, t, ch, text)
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
        if offs[i] <= 25 and len(reps) < 6 and (i % 2 == 0 or 20 - i <= 6 - len(reps)):
            reps.append(c)
    rep_ch = ["email", "email", "chat", "chat", "community", "community"]
    for c in reps:
        ch = next(
            x for x in rep_ch if x != c.truth["spike_channel"] and (x != "community" or c.handle)
        )
        rep_ch.remove(ch)
        t = datetime.fromisoformat(c.truth["trouble_starts_at"].replace("Z", "+00:00")) + timedelta(
            minutes=r.uniform(12, 50)
        )
        e = post(c, t, ch, W.SPIKE_REPEAT[c.lang])
        reids.append(e)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["sentiment_drop", "silence"],
                "repeat_event_id": e,
            }
        )
    others = [f.custs[k] for k in keys if f.custs[k] not in reps]
    for c in r.sample(others, 6):
        local = "12:40" if c.market not in ("UK", "IE", "PT") else "11:40"
        f.add(
            c,
            f.t(5, r.uniform(12.1, 12.35)),
            "email",
            "message",
            f.fmt(W.SPIKE_FIXED[c.lang], c, time=local),
            out=True,
            subject="GRD-604",
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "the planted incident of heldout229 (see README)",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
    }
    return f


EXPECTED = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 6},
}
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
    USED.clear()
    for build in FAMILIES:
        fam = build()
        jsonl, truth = fam.finish(EXPECTED[fam.name])
        (HERE / f"{fam.name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{fam.name}.truth.json").write_text(truth, encoding="utf-8")
        print(fam.name, len(fam.custs), len(fam.rows))


if __name__ == "__main__":
    main()
