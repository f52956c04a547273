# ruff: noqa: E501
"""Write tests/scenarios/heldout91/: eight hand-written alert families for Pellanto, blind.

Standalone and deterministic: standard library only, one random.Random per family.
Run as ``python make_heldout91.py`` from anywhere.
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
import wording_b2b as B  # noqa: E402

SEED = 20261114
WRITTEN = "2026-12-04"
LIMIT = datetime(2026, 11, 17, tzinfo=UTC)
LANG_WEIGHTS = [("es", 30), ("en", 30), ("fr", 10), ("de", 10), ("it", 10), ("pt", 10)]
MARKETS = {
    "en": ["UK", "UK", "IE"],
    "es": ["ES"],
    "fr": ["FR", "FR", "BE"],
    "de": ["DE", "AT", "CH"],
    "it": ["IT", "IT", "CH"],
    "pt": ["PT"],
}
FIRST: dict[str, list[str]] = {
    "en": [
        "Olivia",
        "Gareth",
        "Siobhan",
        "Callum",
        "Bethan",
        "Niall",
        "Harriet",
        "Declan",
        "Imogen",
        "Rhys",
        "Aoife",
        "Tobias",
        "Megan",
        "Fergus",
        "Rosalind",
        "Keith",
    ],
    "es": [
        "Lucía",
        "Iñaki",
        "Montse",
        "Álvaro",
        "Begoña",
        "Rubén",
        "Nerea",
        "Gonzalo",
        "Amaia",
        "Sergio",
        "Rocío",
        "Xavier",
        "Pilar",
        "Jorge",
        "Ainhoa",
        "Fermín",
    ],
    "fr": ["Élodie", "Mathieu", "Solène", "Thibault", "Margaux", "Yannick", "Clémence", "Bastien"],
    "de": ["Jana", "Lukas", "Henrike", "Matthias", "Ulrike", "Florian", "Sabine", "Jörg"],
    "it": ["Chiara", "Davide", "Francesca", "Matteo", "Ilaria", "Stefano", "Giorgia", "Paolo"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Mafalda", "Duarte", "Catarina", "Nuno"],
}
SUR: dict[str, list[str]] = {
    "en": [
        "Pritchard",
        "Doherty",
        "Whitfield",
        "McAllister",
        "Hargreaves",
        "Byrne",
        "Ellison",
        "Fairclough",
        "Quinlan",
        "Ashworth",
        "Kennedy",
        "Thornbury",
    ],
    "es": [
        "Etxeberria",
        "Castaño",
        "Villalobos",
        "Arrieta",
        "Quintana",
        "Salcedo",
        "Urrutia",
        "Benítez",
        "Mendizábal",
        "Carrasco",
        "Lozano",
        "Ibarra",
    ],
    "fr": ["Lefranc", "Mercier", "Rousseau", "Delacroix", "Fabre", "Girard", "Lambert", "Perrin"],
    "de": [
        "Brandhuber",
        "Kessler",
        "Lindqvist",
        "Scholz",
        "Wagenknecht",
        "Hofer",
        "Pfeiffer",
        "Zehetner",
    ],
    "it": [
        "Bertolini",
        "Casadei",
        "Ferraro",
        "Lombardi",
        "Marchetti",
        "Rinaldi",
        "Santoro",
        "Vitale",
    ],
    "pt": [
        "Almeida",
        "Carvalho",
        "Figueiredo",
        "Monteiro",
        "Pacheco",
        "Queirós",
        "Tavares",
        "Valente",
    ],
}
TOWNS = {
    "UK": ["Hexham", "Ludlow", "Keswick", "Malton"],
    "IE": ["Westport", "Kilkenny", "Clonakilty"],
    "ES": ["Soria", "Ezcaray", "Jaca", "Ávila", "Ponferrada", "Teruel"],
    "FR": ["Annecy", "Aurillac", "Épinal"],
    "BE": ["Bastogne", "Spa"],
    "DE": ["Wernigerode", "Bad Tölz", "Hof"],
    "AT": ["Lienz", "Zell am See"],
    "CH": ["Davos", "Chur", "Frutigen"],
    "IT": ["Belluno", "Aosta", "Sondrio"],
    "PT": ["Guarda", "Bragança", "Seia"],
}
JOBS = [
    "teacher",
    "nurse",
    "farmer",
    "electrician",
    "retired",
    "pharmacist",
    "joiner",
    "bus driver",
    "accountant",
    "vet",
    "baker",
    "postal worker",
]
PHONE = {
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "ES": ("+34", "6", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "664", 7),
    "CH": ("+41", "79", 7),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
AGENTS = ["Marta", "Ewan", "Noelia", "Kai", "Sofía", "Liam", "Giulia", "Hugo", "Paula", "Anouk"]
SOURCES = {
    "email": "pellanto-mail",
    "phone": "pellanto-voice",
    "social": "pellanto-social",
    "community": "pellanto-forum",
    "chat": "pellanto-chat",
    "web": "pellanto-web",
    "survey": "pellanto-survey",
}

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
CANCEL_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
GRUMPY_TOL = ["repeat_contact", "silence"]
SIL = ["silence"]
RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: set[str] = set()
COUNTER = [0]


def unique(value: str) -> str:
    if value in USED:
        raise SystemExit(f"identifier given twice: {value}")
    USED.add(value)
    return value


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def transcript(text: str) -> str:
    """Speech to text: no punctuation, lower case but for codes and numbers."""
    words = []
    for w in text.replace("\n", " ").split():
        w = w.strip(".,!?¿¡:;\"'()")
        if not w:
            continue
        words.append(w if any(ch.isdigit() for ch in w) else w.lower())
    return " ".join(words)


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
    segment: str
    persona: str
    habit: str
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)


class Fam:
    def __init__(
        self, n: int, name: str, code: str, about: str, start: datetime, days: int
    ) -> None:
        self.n = n
        self.name = name
        self.code = code
        self.about = about
        self.start = start
        self.days = days
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.custs: list[Cust] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.case_no = 0

    # --- people -------------------------------------------------------------
    def lang(self) -> str:
        langs = [x for x, _ in LANG_WEIGHTS]
        return self.rng.choices(langs, weights=[w for _, w in LANG_WEIGHTS])[0]

    def phone(self, market: str) -> str:
        cc, pre, n = PHONE[market]
        return unique(cc + pre + "".join(str(self.rng.randint(0, 9)) for _ in range(n)))

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        company: tuple[str, str] | None = None,
    ) -> Cust:
        lang = lang or self.lang()
        market = market or self.rng.choice(MARKETS[lang])
        while True:
            first = self.rng.choice(FIRST[lang])
            last = self.rng.choice(SUR[lang])
            base = strip_accents(f"{first}.{last}").lower().replace(" ", "").replace("ñ", "n")
            email = (
                f"{base}@{company[1]}"
                if company
                else f"{base}{self.rng.randint(1, 99)}@{self.rng.choice(['mail', 'correo', 'post', 'web'])}.example"
            )
            if email not in USED:
                break
        unique(email)
        key = unique(f"PL{self.code}{self.rng.randint(1000, 9999)}")
        handle = None
        if company is None:
            f0 = strip_accents(first).lower()
            l0 = strip_accents(last).lower().replace(" ", "")
            style = self.rng.randint(0, 3)
            h = [
                f"@{l0}_{f0}{self.rng.randint(1, 9)}",
                f"@{f0}{l0}{self.rng.randint(10, 99)}",
                f"@{l0}{f0[0]}",
                f"@{f0}_{l0}",
            ][style]
            while h in USED:
                h = h + str(self.rng.randint(0, 9))
            handle = unique(h)
        c = Cust(
            key,
            lang,
            market,
            first,
            last,
            email,
            self.phone(market),
            handle,
            company[0] if company else None,
            "b2b" if company else "consumer",
            persona,
            habit,
        )
        c.extra.update(
            {
                "name": f"{first} {last}",
                "job": self.rng.choice(JOBS),
                "town": self.rng.choice(TOWNS[market]),
            }
        )
        self.custs.append(c)
        return c

    def case(self) -> str:
        while True:
            ref = f"PL-{self.rng.randint(100000, 999999)}"
            if ref not in USED:
                return unique(ref)

    # --- time ---------------------------------------------------------------
    def at(self, day: float, hour: int, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def daytime(self, day: int, lo: float = 7.0, hi: float = 21.0) -> datetime:
        mins = self.rng.randint(int(lo * 60), int(hi * 60))
        return self.start + timedelta(days=day, minutes=mins)

    def out_of_night(self, t: datetime) -> datetime:
        if t.hour >= 22:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        elif t.hour < 7:
            t = t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def office(self, t: datetime) -> datetime:
        while True:
            if t.weekday() >= 5:
                t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
                continue
            if t.hour >= 17:
                t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
                continue
            if t.hour < 8:
                t = t.replace(hour=8, minute=self.rng.randint(0, 50))
            return t

    # --- touchpoints ----------------------------------------------------------
    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        COUNTER[0] += 1
        eid = f"pl91-{self.code.lower()}-{COUNTER[0]:05d}"
        if text is not None and channel == "social" and not out:
            idx = text.rfind("Pellanto")
            text = (
                text[:idx] + "@" + text[idx:]
                if idx >= 0 and text[idx - 1 : idx] != "@"
                else ("@Pellanto " + text if idx < 0 else text)
            )
        if text is not None and not out and rough and channel not in ("phone", "survey"):
            text = self.roughen(text)
        a = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        if out:
            a.setdefault("agent", self.rng.choice(AGENTS))
        c.events.append(
            {
                "event_id": eid,
                "_t": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "attributes": a,
            }
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text.startswith("Pellanto"):
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            cands = [
                i
                for i, w in enumerate(words)
                if len(w) >= 5 and w.isalpha() and w.islower() and "ellanto" not in w
            ]
            if cands:
                i = r.choice(cands)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                if w[j] != w[j + 1]:
                    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                    text = " ".join(words)
        return text

    def money(self, c: Cust, eur: float) -> tuple[str, str]:
        if c.market == "UK":
            return f"{eur * 0.86:.2f}", "GBP"
        if c.market == "CH":
            return f"{eur * 0.94:.2f}", "CHF"
        return f"{eur:.2f}", "EUR"

    def amount(self, c: Cust, eur: float) -> str:
        v, cur = self.money(c, eur)
        whole = f"{round(float(v))}"
        if cur == "GBP":
            return f"£{whole}"
        if cur == "CHF":
            return f"CHF {whole}"
        return f"€{whole}" if c.lang == "en" else f"{whole} €"

    # --- happy acts ---------------------------------------------------------
    def happy(self, c: Cust, t: datetime, kinds: list[str] | None = None) -> list[str]:
        L = c.lang
        r = self.rng
        k = r.choice(
            kinds
            or [
                "praise",
                "praise",
                "gripe",
                "question",
                "phone",
                "purchase",
                "page",
                "review",
                "survey",
            ]
        )
        if k == "praise":
            ch = r.choice(["community", "social"])
            return [
                self.add(
                    c, t, ch, "post" if ch == "community" else "mention", r.choice(W.PRAISE[L])
                )
            ]
        if k == "gripe":
            return [self.add(c, t, "community", "post", r.choice(W.PRAISE_GRIPE[L]))]
        if k == "question":
            q, a, th = r.choice(W.QUESTIONS[L])
            ids = [self.add(c, t, "chat", "chat", q)]
            t2 = t + timedelta(minutes=r.randint(1, 6))
            ids.append(self.add(c, t2, "chat", "chat", a, out=True))
            if r.random() < 0.7:
                ids.append(self.add(c, t2 + timedelta(minutes=r.randint(1, 4)), "chat", "chat", th))
            return ids
        if k == "phone":
            q, a = r.choice(W.PHONE_Q[L])
            ids = [self.add(c, t, "phone", "call", q)]
            ids.append(
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(10, 60)),
                    "email",
                    "message",
                    a,
                    subject="Pellanto",
                    out=True,
                )
            )
            return ids
        if k == "purchase":
            name, eur, page = r.choice(W.PRODUCTS)
            v, cur = self.money(c, eur)
            return [
                self.add(c, t, "web", "page_view", attrs={"page": page}),
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(3, 15)),
                    "web",
                    "purchase",
                    attrs={"order_value": v, "currency": cur, "product": name, "page": page},
                ),
            ]
        if k == "page":
            return [self.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})]
        if k == "review":
            text, rating = r.choice(W.REVIEWS[L])
            return [
                self.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": rating, "page": r.choice(W.PAGES[:3])},
                )
            ]
        which = r.choice(["nps", "csat", "ces"])
        score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
        word = r.choice(W.SURVEY_WORDS[L]) or None
        return [
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                word,
                scores={which: score},
                attrs={"survey": which},
                rough=False,
            )
        ]

    def night(self, c: Cust, t: datetime) -> list[str]:
        r = self.rng
        if r.random() < 0.5:
            ch = r.choice(["community", "social"])
            return [
                self.add(
                    c,
                    t,
                    ch,
                    "post" if ch == "community" else "mention",
                    r.choice(W.NIGHT_POSTS[c.lang]),
                )
            ]
        q, a, th = r.choice(W.NIGHT_Q[c.lang])
        t2 = t + timedelta(minutes=r.randint(1, 5))
        return [
            self.add(c, t, "chat", "chat", q),
            self.add(c, t2, "chat", "chat", a, out=True),
            self.add(c, t2 + timedelta(minutes=r.randint(1, 3)), "chat", "chat", th),
        ]

    def low_score(
        self, c: Cust, t: datetime, which: str, score: int, word: str | None
    ) -> tuple[int, str]:
        """A low survey score (NPS 1-5 or CSAT 1-2), with a word or nothing."""
        sid = self.add(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={which: score},
            attrs={"survey": which},
            rough=False,
        )
        return score, sid

    # --- complaints -----------------------------------------------------------
    def complaint_text(self, c: Cust, problem: str) -> str:
        eur = {
            "no_show": 329.0,
            "wet_bags": 165.0,
            "short_delivery": 329.0,
            "pallet_refund": 15.0,
            "wrong_price": 38.0,
            "not_stacked": 45.0,
        }[problem]
        text: str = self.rng.choice(W.COMPLAINTS[c.lang][problem])
        return text.replace("{amt}", self.amount(c, eur))

    def complain(
        self, c: Cust, t: datetime, channel: str, problem: str, case: str | None, long: bool = False
    ) -> tuple[list[str], str | None]:
        """A first complaint and the agent's answer; returns (event ids, case or None)."""
        L = c.lang
        r = self.rng
        text = self.complaint_text(c, problem)
        subj = W.COMPLAINT_SUBJECT[L] + W.TOPIC[L][problem]
        ids: list[str] = []
        if channel == "email":
            body = (
                r.choice(W.LONG_EMAIL[L]).replace("{complaint}", text).replace("{name}", c.first)
                if long
                else text
            )
            ids.append(self.add(c, t, "email", "message", body, subject=subj))
        elif channel == "chat":
            ids.append(self.add(c, t, "chat", "chat", text))
        elif channel == "social":
            ids.append(self.add(c, t, "social", "mention", text))
            return ids, None
        elif channel == "web":
            ids.append(
                self.add(c, t, "web", "ticket", text, subject=subj, attrs={"page": "/help/contact"})
            )
        else:
            ids.append(self.add(c, t, "phone", "call", transcript(text)))
        case = case or self.case()
        if channel == "chat":
            self.add(
                c,
                t + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                W.CHAT_CASE[L].format(case=case),
                out=True,
            )
        return ids, case

    def case_opened(self, c: Cust, t: datetime, case: str) -> str:
        t = self.out_of_night(t)
        return self.add(
            c,
            t,
            "email",
            "message",
            W.CASE_OPENED[c.lang].format(first=c.first, case=case),
            subject=W.CASE_SUBJECT[c.lang].format(case=case),
            out=True,
        )

    def good_news(self, c: Cust, t: datetime, case: str, lang: str | None = None) -> str:
        L = lang or c.lang
        return self.add(
            c,
            self.out_of_night(t),
            "email",
            "message",
            W.GOOD_NEWS[L].format(first=c.first, case=case),
            subject=W.CASE_SUBJECT[L].format(case=case),
            out=True,
        )

    def confirm(self, c: Cust, t: datetime, case: str, lang: str | None = None) -> tuple[str, str]:
        L = lang or c.lang
        ch = self.rng.choice(["email", "chat"])
        t = self.out_of_night(t)
        text = self.rng.choice(W.CONFIRM[L]).format(case=case)
        if ch == "email":
            return self.add(
                c, t, "email", "message", text, subject=W.CASE_SUBJECT[L].format(case=case)
            ), ch
        return self.add(c, t, "chat", "chat", text), ch

    # --- truth ----------------------------------------------------------------
    def finish(self) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        customers: dict[str, Any] = {}
        for c in self.custs:
            if not any(e["direction"] == "inbound" for e in c.events):
                raise SystemExit(f"{c.key}: no inbound touchpoint")
            if set(c.expected) & set(c.tolerated):
                raise SystemExit(f"{c.key}: expects and tolerates a rule")
            c.events.sort(key=lambda e: (e["_t"], e["event_id"]))
            first_in = next(e for e in c.events if e["direction"] == "inbound")
            cc = PHONE[c.market][0]
            for e in c.events:
                ch = e["channel"]
                ident: dict[str, str | None] = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": c.account,
                }
                if e is first_in or e["direction"] == "outbound":
                    ident.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
                elif ch == "phone":
                    ident["phone"] = (
                        c.phone if self.rough.random() < 0.5 else cc + " " + c.phone[len(cc) :]
                    )
                elif ch in ("social", "community"):
                    if c.handle is None:
                        ident["email"] = c.email
                    else:
                        ident["handle"] = (
                            c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
                        )
                elif ch == "email":
                    ident["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
                else:
                    ident["customer_id"] = c.key
                t = e["_t"]
                if not (datetime(2026, 1, 1, tzinfo=UTC) <= t < LIMIT) or t < self.start:
                    raise SystemExit(f"{e['event_id']}: time out of range {t}")
                row = {
                    "event_id": e["event_id"],
                    "occurred_at": iso(t),
                    "channel": ch,
                    "kind": e["kind"],
                    "direction": e["direction"],
                    "customer": ident,
                    "text": e["text"],
                    "subject": e["subject"],
                    "scores": {
                        "nps": e["scores"].get("nps"),
                        "csat": e["scores"].get("csat"),
                        "ces": e["scores"].get("ces"),
                    },
                    "source": SOURCES[ch],
                    "attributes": e["attributes"],
                }
                rows.append(row)
            info: dict[str, Any] = {
                "identifiers": {
                    "customer_id": c.key,
                    "email": c.email,
                    "phone": c.phone,
                    "handle": c.handle,
                    "account_id": c.account,
                },
                "expected_rules": sorted(c.expected),
                "tolerated_rules": sorted(c.tolerated),
                "persona": c.persona,
                "habit": c.habit,
                "language": c.lang,
                "country": c.market,
                "segment": c.segment,
            }
            for k2, v2 in c.extra.items():
                info[k2] = iso(v2) if isinstance(v2, datetime) else v2
            customers[c.key] = info
        rows.sort(key=lambda x: (x["occurred_at"], x["event_id"]))
        last = datetime.fromisoformat(rows[-1]["occurred_at"].replace("Z", "+00:00"))
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end {end} too late")
        expected: dict[str, int] = {}
        for info in customers.values():
            for rule in info["expected_rules"]:
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
                "business": "Pellanto (pellets, firewood and briquettes delivered; Pellanto Pro on account)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return rows, truth


def check_expected(f: Fam, truth: dict[str, Any], planted: dict[str, int]) -> None:
    if truth["config"]["expected"] != planted:
        raise SystemExit(f"{f.name}: expected {truth['config']['expected']} != planted {planted}")


# ---------------------------------------------------------------- families
def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        "happy customers who write often, by day, by night or only in surveys",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(r.sample(range(10), r.randint(5, 8))):
            f.happy(c, f.daytime(d, 7, 19))
    for _ in range(5):
        c = f.person("happy", "night writer")
        nights = sorted(r.sample(range(9), r.randint(2, 4)))
        for d in nights:
            f.night(
                c,
                f.start
                + timedelta(days=d, hours=22, minutes=12)
                + timedelta(minutes=r.randint(0, 378)),
            )
        for d in r.sample([x for x in range(10) if x not in nights], r.randint(2, 3)):
            f.happy(c, f.daytime(d, 9, 18), ["praise", "purchase", "page", "review"])
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(r.sample(range(10), r.randint(3, 6))):
            f.happy(c, f.daytime(d, 8, 20), ["survey"])
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        "happy customers with one angry message on one day",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
    )
    r = f.rng
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(probs)
    with_case: list[tuple[Cust, datetime, str, str]] = []
    long_langs = ["es", "es", "en", "en"]
    for i, ch in enumerate(chans):
        lang = long_langs.pop() if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang=lang)
        c.tolerated = list(SIL)
        bad_d = r.randint(2, 9)
        days = [d for d in range(12) if d <= bad_d - 2 or d >= bad_d + 3]
        for d in sorted(r.sample(days, r.randint(1, min(5, len(days))))):
            f.happy(
                c,
                f.daytime(d, 7, 20),
                ["praise", "gripe", "question", "purchase", "page", "review"],
            )
        t = f.daytime(bad_d, 8, 20)
        ids, case = f.complain(
            c, t, "email" if ch == "long" else ch, probs[i], None, long=ch == "long"
        )
        c.extra.update(
            {
                "problem": probs[i],
                "channel": "email" if ch == "long" else ch,
                "long_email": ch == "long",
                "booking": case,
                "bad_day_at": t,
                "bad_day_event_id": ids[0],
                "trouble_starts_at": t,
                "problem_event_ids": ids,
                "nps_given": False,
                "csat_given": False,
                "agent_fixed": False,
                "apologised": False,
            }
        )
        if case is not None:
            if ch in ("long", "email", "web", "phone"):
                f.case_opened(c, t + timedelta(minutes=r.randint(10, 40)), case)
            with_case.append((c, t, case, ch))
    r.shuffle(with_case)
    for i, (c, t, _case, _ch) in enumerate(with_case):
        if i < 6:
            c.persona = "bad_day_detractor"
            c.expected = ["detractor"]
            nps, sid = f.low_score(
                c,
                t + timedelta(minutes=r.randint(100, 140)),
                "nps",
                r.randint(1, 5),
                r.choice(W.LOW_NPS_WORDS[c.lang]),
            )
            c.extra.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
        elif i < 11:
            cs, sid = f.low_score(
                c,
                t + timedelta(minutes=r.randint(40, 80)),
                "csat",
                r.randint(1, 2),
                r.choice(W.LOW_CSAT_WORDS[c.lang]),
            )
            c.extra.update({"csat_given": True, "csat": cs, "survey_event_id": sid})
    fixers = r.sample(with_case, 12)
    for j, (c, t, case, _ch) in enumerate(fixers):
        f.good_news(c, t + timedelta(minutes=r.randint(60, 240)), case)
        c.extra["agent_fixed"] = True
        if j < 5:
            at = f.out_of_night(t + timedelta(hours=r.uniform(16, 24)))
            ch2 = r.choice(["chat", "email"])
            aid = f.add(
                c,
                at,
                ch2,
                "chat" if ch2 == "chat" else "message",
                r.choice(W.APOLOGY[c.lang]),
                subject=W.CASE_SUBJECT[c.lang].format(case=case) if ch2 == "email" else None,
            )
            c.extra.update({"apologised": True, "apology_at": at, "apology_event_id": aid})
    for _ in range(8):
        c = f.person("happy", "control")
        for d in sorted(r.sample(range(12), r.randint(4, 7))):
            f.happy(
                c,
                f.daytime(d, 7, 20),
                ["praise", "gripe", "question", "purchase", "page", "review", "phone"],
            )
    return f


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    ch: str,
    case: str,
    problem: str,
    nth: int,
    lang: str | None = None,
) -> str:
    L = lang or c.lang
    r = f.rng
    text = r.choice(W.STILL_OPEN[L]).format(
        case=case, topic=W.TOPIC[L][problem][:1].upper() + W.TOPIC[L][problem][1:]
    )
    if nth >= 3 and text[-1:] not in ".!?":
        text += "."
    if nth == 3:
        comp = r.choice(W.COMPETITORS)
        c.extra["competitor"] = comp
        text += W.THIRD[L].format(comp=comp)
    if nth == 4:
        text += W.FOURTH[L]
    if ch == "email":
        return f.add(c, t, "email", "message", text, subject=W.CASE_SUBJECT[L].format(case=case))
    if ch == "chat":
        eid = f.add(c, t, "chat", "chat", text)
        f.add(
            c,
            t + timedelta(minutes=r.randint(1, 4)),
            "chat",
            "chat",
            W.URGENT[L].format(case=case),
            out=True,
        )
        return eid
    if ch == "phone":
        return f.add(c, t, "phone", "call", transcript(text))
    if ch == "web":
        return f.add(
            c,
            t,
            "web",
            "ticket",
            text,
            subject=W.CASE_SUBJECT[L].format(case=case),
            attrs={"page": "/help/contact"},
        )
    return f.add(c, t, "social", "mention", text)


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: int,
    first_ch: str,
    n: int,
    quality: bool,
    langs: list[str] | None = None,
) -> None:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    t = f.daytime(first_day, 8, 19)
    L0 = langs[0] if langs else c.lang
    saved = c.lang
    c.lang = L0
    ids, case = f.complain(c, t, first_ch, problem, None)
    c.lang = saved
    first_t = t
    assert case is not None
    if quality:
        f.add(
            c,
            t + timedelta(minutes=r.randint(90, 150)),
            "email",
            "message",
            W.QUALITY_LEAD[L0].format(first=c.first, case=case),
            subject=W.CASE_SUBJECT[L0].format(case=case),
            out=True,
        )
    elif first_ch != "chat":
        opened = f.out_of_night(t + timedelta(minutes=r.randint(10, 40)))
        f.add(
            c,
            opened,
            "email",
            "message",
            W.CASE_OPENED[L0].format(first=c.first, case=case),
            subject=W.CASE_SUBJECT[L0].format(case=case),
            out=True,
        )
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    r.shuffle(chans)
    for k in range(2, n + 1):
        t = f.out_of_night(t + timedelta(hours=r.uniform(4, 40)))
        L = langs[(k - 1) % 2] if langs else None
        ids.append(later_contact(f, c, t, chans[k - 2], case, problem, k, L))
    c.extra.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": n,
            "channel": first_ch,
            "channels": [first_ch, *chans[: n - 1]],
            "agent_passed_on": quality,
            "problem_event_ids": ids,
            "repeat_event_id": ids[1],
            "trouble_starts_at": first_t,
            "competitor": c.extra.get("competitor"),
        }
    )


def fixed_case(
    f: Fam,
    c: Cust,
    t: datetime,
    ch: str,
    problem: str,
    raise_lang: str | None = None,
    fix_lang: str | None = None,
) -> dict[str, Any]:
    r = f.rng
    saved = c.lang
    c.lang = raise_lang or saved
    ids, case = f.complain(c, t, ch, problem, None)
    assert case is not None
    if ch != "chat":
        f.add(
            c,
            f.out_of_night(t + timedelta(minutes=r.randint(10, 40))),
            "email",
            "message",
            W.CASE_OPENED[c.lang].format(first=c.first, case=case),
            subject=W.CASE_SUBJECT[c.lang].format(case=case),
            out=True,
        )
    c.lang = saved
    fixed = f.out_of_night(t + timedelta(hours=r.uniform(3, 20)))
    f.good_news(c, fixed, case, fix_lang)
    conf_t = f.out_of_night(fixed + timedelta(hours=r.uniform(8, 30)))
    cid, cch = f.confirm(c, conf_t, case, fix_lang)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(conf_t),
        "problem_event_ids": ids,
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        "one problem raised again and again, against fixed cases and frequent writers",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
    )
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    quality = [True] * 6 + [False] * 6
    r.shuffle(quality)
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        c.expected = ["repeat_contact"]
        c.tolerated = list(REPEAT_TOL)
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.daytime(0, 7, 12), ["praise", "question", "purchase", "page"])
        repeat_run(f, c, r.randint(1, 4), firsts[i], counts[i], quality[i])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        c.tolerated = list(SIL)
        f.happy(c, f.daytime(0, 7, 12), ["praise", "purchase"])
        p = fixed_case(
            f,
            c,
            f.daytime(r.randint(1, 4), 8, 19),
            r.choice(["web", "email", "chat"]),
            r.choice(W.PROBLEMS),
        )
        c.extra.update(
            {"problems": [p], "trouble_starts_at": p["raised_at"], "booking": p["booking"]}
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems")
        c.tolerated = list(SIL)
        pa, pb = r.sample(list(W.PROBLEMS), 2)
        d1 = r.randint(1, 2)
        p1 = fixed_case(f, c, f.daytime(d1, 8, 18), r.choice(["web", "email"]), pa)
        p2 = fixed_case(
            f, c, f.daytime(d1 + r.randint(4, 5), 8, 16), r.choice(["web", "email", "chat"]), pb
        )
        c.extra.update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in sorted(r.sample(range(10), r.randint(5, 8))):
            f.happy(
                c,
                f.daytime(d, 7, 20),
                ["question", "question", "phone", "question", "purchase", "praise"],
            )
    return f


def slide(f: Fam, c: Cust, start: datetime, span: int, langs: list[str] | None = None) -> list[str]:
    r = f.rng
    ids: list[str] = []
    t = start
    comp = r.choice(W.COMPETITORS)
    for i in range(6):
        if i:
            t = f.out_of_night(
                max(
                    t + timedelta(hours=1),
                    start + timedelta(hours=span * 24 * i / 5 + r.uniform(-2, 2)),
                )
            )
        L = langs[i % 2] if langs else c.lang
        text = W.SLIDE[L][i].format(comp=comp)
        if L == "en" and c.market != "UK":
            text = text.replace("£25", "€30")
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": W.SLIDE_RATINGS[i], "page": r.choice(W.PAGES[:3])},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
    c.extra.update(
        {"slide_event_ids": ids, "slide_days": span, "competitor": comp, "trouble_starts_at": start}
    )
    return ids


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        "a slow slide from happy, leavers who ask to cancel, steady, grumpy and sarcastic customers",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    nps_for = set(r.sample(range(10), 5))
    for i in range(10):
        c = f.person("slow_churner", "slides")
        c.expected = ["sentiment_drop"]
        c.tolerated = list(SLIDE_TOL)
        days = sorted(r.sample(range(11), r.randint(6, 9)))
        kinds = ["praise"] * r.randint(4, 5)
        kinds += (
            [
                r.choice(["question", "purchase", "page", "gripe", "phone"])
                for _ in range(len(days) - len(kinds))
            ]
            if len(days) > len(kinds)
            else []
        )
        r.shuffle(kinds)
        for d, k in zip(days, kinds, strict=False):
            f.happy(c, f.daytime(d, 7, 20), [k])
        ids = slide(f, c, f.daytime(r.randint(12, 16), 8, 18), spans[i])
        if i in nps_for:
            c.expected = ["detractor", "sentiment_drop"]
            t4 = next(e["_t"] for e in c.events if e["event_id"] == ids[3])
            nps, sid = f.low_score(
                c,
                f.out_of_night(t4 + timedelta(minutes=r.randint(150, 210))),
                "nps",
                r.randint(1, 5),
                None,
            )
            c.extra.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        c.expected = ["churn_intent"]
        c.tolerated = list(CANCEL_TOL)
        for d in sorted(r.sample(range(16), r.randint(4, 6))):
            f.happy(c, f.daytime(d, 7, 20), ["praise", "question", "purchase", "page", "review"])
        t = f.daytime(r.randint(17, 23), 8, 19)
        cid = f.add(
            c,
            t,
            "email",
            "message",
            r.choice(W.CANCEL_REQ[c.lang]),
            subject=W.CANCEL_SUBJECT[c.lang],
        )
        f.add(
            c,
            f.out_of_night(t + timedelta(minutes=r.randint(60, 300))),
            "email",
            "message",
            W.SORRY_GO[c.lang].format(first=c.first),
            subject="Re: " + W.CANCEL_SUBJECT[c.lang],
            out=True,
        )
        ct = f.out_of_night(t + timedelta(hours=r.uniform(20, 30)))
        xid = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/reserva/cancel", "product": "Pellanto Reserva"},
        )
        c.extra.update(
            {
                "churn_intent_event_id": cid,
                "cancellation_event_id": xid,
                "churn_at": ct,
                "trouble_starts_at": t,
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for d in sorted(r.sample(range(32), r.randint(6, 10))):
            f.happy(c, f.daytime(d, 7, 20))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        c.tolerated = list(GRUMPY_TOL)
        d = r.randint(0, 4)
        gids: list[str] = []
        for _k in range(r.randint(5, 7)):
            t = f.daytime(d, 8, 20)
            ch = r.choice(["social", "community", "web", "review"])
            text = r.choice(W.GRUMPY[c.lang])
            if ch == "web":
                gids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            elif ch == "review":
                gids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/pellets"})
                )
            else:
                gids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
            d += r.randint(1, 3)
        for _k in range(r.randint(0, 2)):
            f.happy(c, f.daytime(r.randint(0, 30), 8, 20), ["purchase"])
        c.extra.update(
            {
                "grumble_event_ids": gids,
                "trouble_starts_at": next(e["_t"] for e in c.events if e["event_id"] == gids[0]),
            }
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        c.tolerated = list(SIL)
        for d in sorted(r.sample(range(30), r.randint(3, 5))):
            f.happy(c, f.daytime(d, 7, 20), ["praise", "question", "purchase", "page"])
        t = f.daytime(r.randint(17, 28), 9, 20)
        sid = f.add(c, t, r.choice(["social", "community"]), "post", r.choice(W.SARCASTIC[c.lang]))
        c.extra.update({"sarcasm_event_id": sid, "trouble_starts_at": t})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        "a calm summer weekend with night owls in bursts and no spike",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(r.sample(range(3), r.randint(1, 3))):
            f.happy(c, f.daytime(d, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once")
        c.tolerated = list(SIL)
        t = f.daytime(r.randint(0, 2), 8, 17)
        f.happy(c, t, ["page"])
        tg = t + timedelta(minutes=r.randint(20, 30))
        q, a = r.choice(W.MILD[c.lang])
        if i < 2:
            gid = f.add(c, tg, "chat", "chat", q)
            f.add(c, tg + timedelta(minutes=r.randint(1, 5)), "chat", "chat", a, out=True)
        else:
            gid = f.add(c, tg, "web", "ticket", q, attrs={"page": "/delivery-slots"})
            f.add(
                c,
                tg + timedelta(minutes=r.randint(30, 90)),
                "email",
                "message",
                a,
                subject="Pellanto",
                out=True,
            )
        c.extra.update({"grumble_event_id": gid, "trouble_starts_at": tg})
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        for burst, off in enumerate([0, r.randint(28, 33), r.randint(55, 65)]):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {burst + 1}")
                t = bt + timedelta(minutes=r.randint(0, 9))
                ids = f.night(c, t)
                c.extra.update({"burst_at": bt, "night_event_id": ids[0]})
                if r.random() < 0.5:
                    d = r.randint(0, 2)
                    f.happy(c, f.daytime(d, 9, 17.5), ["praise", "purchase", "page"])
    return f


PAIRS = [
    ("es", "en"),
    ("en", "es"),
    ("es", "en"),
    ("en", "es"),
    ("es", "fr"),
    ("fr", "es"),
    ("en", "de"),
    ("de", "en"),
    ("es", "pt"),
    ("pt", "es"),
    ("en", "it"),
    ("it", "en"),
    ("es", "it"),
    ("en", "fr"),
    ("de", "es"),
    ("pt", "en"),
    ("es", "de"),
    ("en", "pt"),
    ("fr", "en"),
    ("it", "es"),
]
PAIR_MARKET = {"es": "ES", "en": "UK", "fr": "FR", "de": "DE", "it": "IT", "pt": "PT"}
SECOND_WHY = [
    "married into the family",
    "works across the border",
    "grew up abroad",
    "studied there",
    "the other language at home",
]


def bilingual() -> Fam:
    f = Fam(
        6,
        "bilingual",
        "BL",
        "customers who write in two languages",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
    )
    r = f.rng
    pi = [0]

    def pair() -> tuple[str, str]:
        p = PAIRS[pi[0] % len(PAIRS)]
        pi[0] += 1
        return p

    def mk(
        persona: str, habit: str, p: tuple[str, str] | None = None
    ) -> tuple[Cust, tuple[str, str]]:
        p = p or pair()
        market = PAIR_MARKET[r.choice(p)]
        c = f.person(persona, habit, lang=p[0], market=market)
        c.extra.update({"languages": list(p), "job_second_language": r.choice(SECOND_WHY)})
        return c, p

    def alt(c: Cust, p: tuple[str, str], i: int) -> None:
        c.lang = p[i % 2]

    for _ in range(12):
        c, p = mk("happy", "alternates languages")
        for i, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            alt(c, p, i)
            f.happy(
                c,
                f.daytime(d, 7, 20),
                ["praise", "question", "purchase", "page", "review", "gripe"],
            )
        c.lang = p[0]
    for n in [2, 2, 3, 3, 4]:
        c, p = mk("repeat_contact", "repeats")
        c.expected = ["repeat_contact"]
        c.tolerated = list(REPEAT_TOL)
        for i in range(r.randint(1, 3)):
            alt(c, p, i)
            f.happy(c, f.daytime(r.randint(0, 1), 7, 12), ["praise", "purchase", "page"])
        c.lang = p[0]
        repeat_run(f, c, r.randint(2, 5), r.choice(["web", "email", "chat"]), n, n >= 3, list(p))
    for _ in range(5):
        c, p = mk("slow_churner", "slides")
        c.expected = ["sentiment_drop"]
        c.tolerated = list(SLIDE_TOL)
        for i, d in enumerate(sorted(r.sample(range(6), 5))):
            alt(c, p, i)
            f.happy(c, f.daytime(d, 7, 20), ["praise"])
        for i in range(r.randint(1, 3)):
            alt(c, p, i + 1)
            f.happy(c, f.daytime(r.randint(0, 5), 7, 20), ["question", "purchase", "page"])
        c.lang = p[0]
        slide(f, c, f.daytime(r.randint(7, 8), 8, 18), r.randint(3, 5), list(p))
    bad_pairs = [("de", "es"), ("es", "en"), ("fr", "en")]
    for j, bp in enumerate(bad_pairs):
        c, p = mk("happy_one_bad_day", "one bad day", bp)
        c.tolerated = list(SIL)
        bad_d = r.randint(4, 9)
        for i, d in enumerate(
            sorted(r.sample([x for x in range(14) if x <= bad_d - 2 or x >= bad_d + 3], 4))
        ):
            alt(c, p, i)
            f.happy(c, f.daytime(d, 7, 20), ["praise", "question", "purchase", "page"])
        c.lang = p[1]
        t = f.daytime(bad_d, 8, 19)
        prob = r.choice(W.PROBLEMS)
        ch = ["email", "email", "chat"][j]
        ids, case = f.complain(c, t, ch, prob, None, long=j == 0)
        assert case is not None
        if ch == "email":
            f.case_opened(c, t + timedelta(minutes=r.randint(10, 40)), case)
            f.good_news(c, t + timedelta(minutes=r.randint(60, 240)), case)
        c.extra.update(
            {
                "problem": prob,
                "booking": case,
                "channel": ch,
                "long_email": j == 0,
                "bad_day_at": t,
                "bad_day_event_id": ids[0],
                "bad_day_language": p[1],
                "trouble_starts_at": t,
                "agent_fixed": ch == "email",
                "apologised": False,
            }
        )
        if j == 1:
            at = f.out_of_night(t + timedelta(hours=r.uniform(18, 24)))
            aid = f.add(c, at, "chat", "chat", r.choice(W.APOLOGY[c.lang]))
            c.extra.update({"apologised": True, "apology_at": at, "apology_event_id": aid})
        c.lang = p[0]
    for _ in range(2):
        c, p = mk("resolved_between_contacts", "fixed")
        c.tolerated = list(SIL)
        f.happy(c, f.daytime(0, 8, 18), ["praise", "purchase"])
        pr = fixed_case(
            f, c, f.daytime(r.randint(2, 6), 8, 18), "web", r.choice(W.PROBLEMS), p[0], p[1]
        )
        c.extra.update(
            {
                "problems": [pr],
                "booking": pr["booking"],
                "confirm_language": p[1],
                "trouble_starts_at": pr["raised_at"],
            }
        )
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        "Pellanto Pro: firms on account; five at risk",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
    )
    r = f.rng
    plan = [
        ("at_risk", "es", "ES", 4, 3, "portal"),
        ("at_risk", "en", "UK", 5, 3, "invoice"),
        ("at_risk", "de", "DE", 6, 3, "service_blocked"),
        ("at_risk", "fr", "FR", 4, 4, "invoice"),
        ("at_risk", "es", "ES", 5, 4, "overbilled"),
        ("one_unhappy", "en", "IE", 3, 1, "service_blocked"),
        ("one_unhappy", "it", "IT", 3, 1, "overbilled"),
        ("one_unhappy", "pt", "PT", 3, 1, "portal"),
        ("one_unhappy", "es", "ES", 3, 1, "invoice"),
        ("mild", "en", "UK", 4, 0, ""),
        ("mild", "de", "AT", 3, 0, ""),
        ("mild", "es", "ES", 4, 0, ""),
        ("happy", "en", "UK", 4, 0, ""),
        ("happy", "it", "IT", 4, 0, ""),
        ("happy", "pt", "PT", 4, 0, ""),
    ]
    names = [
        ("Horno Vasco", "restaurant"),
        ("Ashdown Lodge Hotel", "hotel"),
        ("Bäckerei Lindner", "bakery"),
        ("Camping Les Pins", "campsite"),
        ("Colegio San Telmo", "school"),
        ("Ballyvale Care Home", "care_home"),
        ("Pizzeria Da Nino", "pizzeria"),
        ("Quinta do Souto", "hotel"),
        ("Ayuntamiento de Arlanza", "municipality"),
        ("Fellside Brewery", "brewery"),
        ("Thermenhof Pichler", "spa"),
        ("Vivero La Umbría", "nursery"),
        ("Hadley Sports Club", "sports_club"),
        ("Agriturismo Le Querce", "farm"),
        ("Museu do Linho", "museum"),
    ]

    def routine(c: Cust, t: datetime, score_ok: bool = True) -> None:
        L = c.lang
        k = r.choice(["q", "buy", "page", "praise", "survey"] if score_ok else ["q", "buy", "page"])
        if k == "q":
            q, a, th = r.choice(B.PRO_Q.get(L, B.PRO_Q["en"]))
            f.add(c, t, "chat", "chat", q)
            t2 = t + timedelta(minutes=r.randint(1, 6))
            f.add(c, t2, "chat", "chat", a, out=True)
            if r.random() < 0.7:
                f.add(c, t2 + timedelta(minutes=r.randint(1, 4)), "chat", "chat", th)
        elif k == "buy":
            name, eur, page = r.choice(B.PRO_PRODUCTS)
            v, cur = f.money(c, eur)
            f.add(c, t, "web", "page_view", attrs={"page": page})
            f.add(
                c,
                t + timedelta(minutes=r.randint(3, 15)),
                "web",
                "purchase",
                attrs={"order_value": v, "currency": cur, "product": name, "page": page},
            )
        elif k == "page":
            f.add(c, t, "web", "page_view", attrs={"page": r.choice(B.PRO_PAGES)})
        elif k == "praise":
            f.add(c, t, "community", "post", r.choice(B.PRO_PRAISE[L]))
        else:
            which = r.choice(["nps", "csat", "ces"])
            f.add(
                c,
                t,
                "survey",
                "survey_response",
                None,
                scores={
                    which: {
                        "nps": r.randint(9, 10),
                        "csat": r.randint(4, 5),
                        "ces": r.randint(6, 7),
                    }[which]
                },
                attrs={"survey": which},
                rough=False,
            )

    def wd(day: int, lo: float = 8, hi: float = 16.5) -> datetime:
        return f.daytime(day, lo, hi)

    for i, (kind, L, market, ncont, nunh, prob) in enumerate(plan):
        company, site = names[i]
        dom = strip_accents(company).lower().replace(" ", "").replace("'", "") + ".example"
        while True:
            acc = f"PLP-{market}-{r.randint(1000, 9999)}"
            if acc not in USED:
                break
        unique(acc)
        contacts: list[Cust] = []
        firsts_used: set[str] = set()
        for j in range(ncont):
            role = (
                "complainer"
                if j < nunh
                else ("suggests" if kind == "mild" and j < 2 else "contact")
            )
            persona = (
                {
                    "at_risk": "b2b_unhappy",
                    "one_unhappy": "b2b_one_unhappy",
                    "mild": "b2b_mild",
                }.get(kind, "b2b_happy")
                if role != "contact"
                else "b2b_happy"
            )
            while True:
                c = f.person(persona, role, lang=L, market=market, company=(acc, dom))
                if c.first not in firsts_used:
                    break
                f.custs.pop()
            firsts_used.add(c.first)
            title = r.choice(B.JOB_TITLES)
            c.extra.update({"company": company, "role": role, "job_title": title, "job": title})
            contacts.append(c)
        unhappy = [c for c in contacts if c.extra["role"] == "complainer"]
        for c in contacts:
            if c.extra["role"] == "contact":
                for d in sorted(r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(2, 4))):
                    routine(c, wd(d))
            else:
                for _ in range(r.randint(0, 2)):
                    routine(c, wd(r.randint(0, 1)), score_ok=False)
        trouble: datetime | None = None
        if kind == "at_risk":
            case = f.case()
            t = f.office(wd(2, 8, 12))
            trouble = t
            first = unhappy[0]
            for j, c in enumerate(unhappy):
                c.tolerated = list(RISK_TOL)
                if j == 0:
                    text = B.PRO_FIRST[L].format(
                        problem=B.PRO_COMPLAINT[L][prob],
                        name=c.extra["name"],
                        title=c.extra["job_title"],
                        company=company,
                    )
                else:
                    t = f.office(t + timedelta(hours=r.uniform(8, 28)))
                    when = B.WHEN[L][0] if t.date() != trouble.date() else B.WHEN[L][2]
                    if (t.date() - trouble.date()).days == 1:
                        when = B.WHEN[L][3]
                    text = B.PRO_LATER[L].format(
                        first=first.first,
                        when=when,
                        case=case,
                        problem=B.PRO_COMPLAINT[L][prob][:1].lower() + B.PRO_COMPLAINT[L][prob][1:],
                        name=c.extra["name"],
                        title=c.extra["job_title"],
                        company=company,
                    )
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=B.PRO_SUBJECT[L].format(acc=acc)
                    if j == 0
                    else W.CASE_SUBJECT[L].format(case=case),
                )
                ids = [eid]
                if j == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(15, 60)),
                        "email",
                        "message",
                        B.PRO_ACK[L].format(first=c.first, case=case, acc=acc),
                        subject=W.CASE_SUBJECT[L].format(case=case),
                        out=True,
                    )
                if j < len(unhappy) - 1:
                    c.expected = ["detractor"]
                    nps, sid = f.low_score(
                        c,
                        t + timedelta(minutes=r.randint(60, 180)),
                        "nps",
                        r.randint(1, 5),
                        B.PRO_LOW_NPS[L],
                    )
                    c.extra.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
                else:
                    c.expected = ["repeat_contact"]
                    t2 = f.office(t + timedelta(hours=r.uniform(18, 40)))
                    if i == 1:
                        comp = r.choice(W.COMPETITORS)
                        c.extra["competitor"] = comp
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                B.PRO_LAST_EMAIL[L].format(case=case, comp=comp),
                                subject=W.CASE_SUBJECT[L].format(case=case),
                            )
                        )
                    else:
                        c.extra["competitor"] = None
                        ids.append(
                            f.add(c, t2, "phone", "call", B.PRO_LAST_CALL[L].format(case=case))
                        )
                    c.extra["repeat_event_id"] = ids[1]
                c.extra.update(
                    {
                        "complaint_event_ids": ids,
                        "booking": case,
                        "problem": prob,
                        "trouble_starts_at": t,
                    }
                )
        elif kind == "one_unhappy":
            c = unhappy[0]
            c.expected = ["detractor"]
            c.tolerated = list(ONE_TOL)
            t = f.office(wd(r.randint(3, 7), 8, 15))
            case = f.case()
            eid = f.add(
                c,
                t,
                "email",
                "message",
                B.PRO_FIRST[L].format(
                    problem=B.PRO_COMPLAINT[L][prob],
                    name=c.extra["name"],
                    title=c.extra["job_title"],
                    company=company,
                ),
                subject=B.PRO_SUBJECT[L].format(acc=acc),
            )
            f.add(
                c,
                t + timedelta(minutes=r.randint(15, 60)),
                "email",
                "message",
                B.PRO_ACK[L].format(first=c.first, case=case, acc=acc),
                subject=W.CASE_SUBJECT[L].format(case=case),
                out=True,
            )
            nps, sid = f.low_score(
                c,
                t + timedelta(minutes=r.randint(60, 180)),
                "nps",
                r.randint(1, 5),
                B.PRO_LOW_NPS[L],
            )
            c.extra.update(
                {
                    "complaint_event_ids": [eid],
                    "booking": case,
                    "problem": prob,
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                    "trouble_starts_at": t,
                }
            )
        elif kind == "mild":
            for j, c in enumerate([x for x in contacts if x.extra["role"] == "suggests"]):
                c.tolerated = list(SIL)
                t = f.office(wd(r.randint(2, 9), 8, 16))
                mid = f.add(
                    c, t, "web", "ticket", B.PRO_MILD[L][j % 2], attrs={"page": "/pro/portal"}
                )
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(30, 120)),
                    "email",
                    "message",
                    B.PRO_MILD_ACK[L].format(first=c.first),
                    subject="Pellanto Pro",
                    out=True,
                )
                c.extra.update({"mild_event_id": mid, "trouble_starts_at": t})
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
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": iso(trouble) if trouble else None,
            "language": L,
            "country": market,
        }
    for c in f.custs:
        c.habit = c.extra["role"]
    return f


def topic_spike() -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        "a calm week and one planted spike on Saturday 14 November 2026",
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
    )
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(r.sample(range(6), r.randint(1, 4))):
            f.happy(c, f.daytime(d, 12, 19) if d == 5 else f.daytime(d, 7, 20))
    for L in ("es", "en"):
        c = f.person("grumbles_once", "grumbles once", lang=L)
        c.tolerated = list(SIL)
        q, a = W.GRUMBLE_SPIKE_WEEK[L]
        t = f.daytime(0, 9, 16)
        gid = f.add(c, t, "chat", "chat", q)
        f.add(c, t + timedelta(minutes=r.randint(1, 5)), "chat", "chat", a, out=True)
        c.extra.update({"grumble_event_id": gid, "trouble_starts_at": t})
    for L, hh, mm in (("es", 9, 40), ("en", 16, 5)):
        c = f.person("grumbles_once", "lone question", lang=L)
        c.tolerated = list(SIL)
        q, a = W.LONE_Q[L]
        t = f.at(4, hh, mm)
        lid = f.add(c, t, "chat", "chat", q)
        f.add(c, t + timedelta(minutes=r.randint(2, 6)), "chat", "chat", a, out=True)
        c.extra.update({"lone_report_event_id": lid, "trouble_starts_at": t})
    langs = ["es"] * 6 + ["en"] * 6 + ["fr", "fr", "de", "de", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    mins = sorted([0, 45, *r.sample(range(1, 45), 18)])
    base = datetime(2026, 11, 14, 8, 5, tzinfo=UTC)
    reporters: list[tuple[Cust, datetime, str]] = []
    event_ids: list[str] = []
    for i in range(20):
        regular = i % 5 != 0 and sum(1 for x in reporters if x[0].extra["regular"]) < 12
        c = f.person("spike_reporter", "regular" if regular else "new", lang=langs[i])
        c.tolerated = list(SIL)
        c.extra["regular"] = regular
        if regular:
            for _ in range(r.randint(1, 3)):
                f.happy(
                    c, f.daytime(2, 8, 17.5), ["praise", "question", "purchase", "page", "phone"]
                )
        t = base + timedelta(minutes=mins[i], seconds=r.randint(0, 50) if 0 < i < 19 else 0)
        ch = chans[i]
        text = r.choice(W.SPIKE[c.lang])
        if ch == "email":
            eid = f.add(c, t, "email", "message", text, subject=W.SPIKE_SUBJECT[c.lang])
        elif ch == "web":
            eid = f.add(
                c,
                t,
                "web",
                "ticket",
                text,
                subject=W.SPIKE_SUBJECT[c.lang],
                attrs={"page": "/account/orders"},
            )
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 3)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[c.lang],
                out=True,
            )
        else:
            eid = f.add(c, t, ch, "post" if ch == "community" else "mention", text)
        c.extra.update(
            {
                "in_spike": True,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": t,
                "agent_fixed": False,
            }
        )
        event_ids.append(eid)
        reporters.append((c, t, ch))
    if sum(1 for x in reporters if x[0].extra["regular"]) != 12:
        raise SystemExit("regulars != 12")
    early = [x for x in reporters if x[1] <= base + timedelta(minutes=25)]
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    repeaters = r.sample(early, 6)
    repeat_ids: list[str] = []
    for c, t, ch in repeaters:
        rc = next((x for x in rep_chans if x != ch), "web")
        if rc in rep_chans:
            rep_chans.remove(rc)
        c.persona = "spike_repeater"
        c.expected = ["repeat_contact"]
        c.tolerated = ["sentiment_drop", "silence"]
        t2 = t + timedelta(minutes=r.randint(15, 50))
        text = r.choice(W.SPIKE_REPEAT[c.lang])
        if rc == "email":
            rid = f.add(c, t2, "email", "message", text, subject="Re: " + W.SPIKE_SUBJECT[c.lang])
        elif rc == "web":
            rid = f.add(c, t2, "web", "ticket", text, attrs={"page": "/account/orders"})
        else:
            rid = f.add(c, t2, rc, "chat" if rc == "chat" else "post", text)
        c.extra["repeat_event_id"] = rid
        repeat_ids.append(rid)
    others = [x for x in reporters if x not in repeaters]
    for c, _t, _ch in r.sample(others, 6):
        local = "10:40" if c.market in ("UK", "IE", "PT") else "11:40"
        credit = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "€10" if c.lang == "en" else "10 €")
        f.add(
            c,
            datetime(2026, 11, 14, 11, r.randint(5, 15), tzinfo=UTC),
            "email",
            "message",
            W.SPIKE_FIXED[c.lang].format(first=c.first, local=local, credit=credit),
            subject=W.SPIKE_SUBJECT[c.lang],
            out=True,
        )
        c.extra["agent_fixed"] = True
    f.spike = {
        "topic": "fuel-delivery app 'Order again' books a pallet collection instead of a delivery, and cancelling it fails with error RZ/884",
        "about": "Saturday 14 November 2026, morning UTC: reorders turned into empty-pallet collections; no pellets or wood delivered",
        "channel": None,
        "start": iso(base),
        "end": iso(base + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": [x[0].key for x in reporters],
        "event_ids": event_ids,
        "repeat_event_ids": repeat_ids,
    }
    return f


PLANTED = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"churn_intent": 5, "detractor": 5, "sentiment_drop": 10},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"repeat_contact": 6, "topic_spike": 1},
}


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
        f = build()
        rows, truth = f.finish()
        check_expected(f, truth, PLANTED[f.name])
        with open(HERE / f"{f.name}.jsonl", "w", encoding="utf-8", newline="\n") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
        (HERE / f"{f.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(f"{f.name}: {len(f.custs)} customers, {len(rows)} touchpoints")


if __name__ == "__main__":
    main()
