# ruff: noqa: E501
"""Generate tests/scenarios/heldout87/: the eighty-seventh hand-written alert set (report only).

Standalone and deterministic (standard library only): ``python make_heldout87.py``
from anywhere writes the eight families' ``.jsonl`` and ``.truth.json`` beside
this file. The business is Kassetto (home-media digitising by post, with a
Kassetto Plus membership and the Kassetto Archive arm for organisations).
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
WRITTEN = "2026-12-04, blind, by a helper session"
BUSINESS = "Kassetto: home-media digitising by post and drop-off shops (video tapes, cine film, slides, albums, audio), an online gallery, Kassetto Plus membership; Kassetto Archive for organisations on account"
COMPETITORS = ("Digivaro", "Bandflux")
LIMIT = datetime(2026, 11, 16, tzinfo=UTC)

SOURCES = {
    "email": "kassetto-mail",
    "phone": "kassetto-voice",
    "social": "kassetto-social",
    "community": "kassetto-forum",
    "chat": "kassetto-chat",
    "web": "kassetto-web",
    "survey": "kassetto-survey",
}

MARKETS: dict[str, list[tuple[str, int]]] = {
    "en": [("UK", 3), ("IE", 1)],
    "de": [("DE", 5), ("AT", 2), ("CH", 1)],
    "fr": [("FR", 3), ("BE", 1), ("CH", 1), ("LU", 1)],
    "it": [("IT", 4), ("CH", 1)],
    "pt": [("PT", 1)],
    "es": [("ES", 1)],
}
LANG_WEIGHTS = [("en", 30), ("de", 30), ("fr", 10), ("it", 10), ("pt", 10), ("es", 10)]

#: (country code, mobile prefixes, digits after the prefix)
PHONES: dict[str, tuple[str, list[str], int]] = {
    "UK": ("44", ["7700", "7711", "7723", "7802", "7934"], 6),
    "IE": ("353", ["83", "85", "86", "87"], 7),
    "DE": ("49", ["151", "160", "170", "176"], 8),
    "AT": ("43", ["650", "664", "676", "699"], 7),
    "CH": ("41", ["76", "78", "79"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["470", "475", "486", "496"], 6),
    "LU": ("352", ["621", "661", "691"], 6),
    "IT": ("39", ["320", "333", "347", "380"], 7),
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "ES": ("34", ["6", "7"], 8),
}

FIRST_F: dict[str, list[str]] = {
    "en": [
        "Sarah",
        "Claire",
        "Aoife",
        "Joanne",
        "Rachel",
        "Niamh",
        "Helen",
        "Gemma",
        "Siobhan",
        "Katie",
        "Louise",
        "Fiona",
        "Megan",
        "Ruth",
        "Orla",
    ],
    "de": [
        "Sabine",
        "Anja",
        "Katrin",
        "Julia",
        "Monika",
        "Lena",
        "Birgit",
        "Nicole",
        "Franziska",
        "Ute",
        "Heike",
        "Carina",
        "Tanja",
        "Miriam",
        "Petra",
    ],
    "fr": ["Camille", "Nathalie", "Sophie", "Aurélie", "Isabelle", "Claire", "Manon"],
    "it": ["Chiara", "Francesca", "Silvia", "Elena", "Paola", "Martina", "Laura"],
    "pt": ["Ana", "Joana", "Rita", "Catarina", "Sofia", "Marta", "Inês"],
    "es": ["Marta", "Laura", "Carmen", "Elena", "Nuria", "Pilar", "Irene"],
}
FIRST_M: dict[str, list[str]] = {
    "en": [
        "James",
        "Gareth",
        "Ciarán",
        "Daniel",
        "Mark",
        "Owen",
        "Paul",
        "Stuart",
        "Declan",
        "Ben",
        "Rob",
        "Neil",
        "Tom",
        "Liam",
        "Chris",
    ],
    "de": [
        "Thomas",
        "Markus",
        "Stefan",
        "Jens",
        "Florian",
        "Uwe",
        "Tobias",
        "Matthias",
        "Andreas",
        "Jürgen",
        "Sven",
        "Dirk",
        "Lukas",
        "Holger",
        "Ralf",
    ],
    "fr": ["Julien", "Nicolas", "Thierry", "Mathieu", "Olivier", "Hugo", "Pascal"],
    "it": ["Luca", "Davide", "Stefano", "Andrea", "Paolo", "Matteo", "Giorgio"],
    "pt": ["João", "Pedro", "Tiago", "Miguel", "Nuno", "Ricardo", "André"],
    "es": ["Javier", "Sergio", "Pablo", "Raúl", "Diego", "Iván", "Jorge"],
}
SURNAMES: dict[str, list[str]] = {
    "en": [
        "Hughes",
        "Walsh",
        "Bennett",
        "Doyle",
        "Harper",
        "Murphy",
        "Patel",
        "Kavanagh",
        "Fletcher",
        "Byrne",
        "Lloyd",
        "Gallagher",
        "Turner",
        "Quinn",
        "Marsh",
        "Dunne",
        "Pearson",
        "Nolan",
        "Carter",
        "Foley",
    ],
    "de": [
        "Hartmann",
        "Vogel",
        "Krüger",
        "Brandt",
        "Schreiber",
        "Lorenz",
        "Pohl",
        "Wendt",
        "Seidel",
        "Hofer",
        "Böhm",
        "Kessler",
        "Ziegler",
        "Möller",
        "Haas",
        "Frank",
        "Wagner",
        "Sommer",
        "Engel",
        "Gruber",
    ],
    "fr": ["Lefèvre", "Moreau", "Girard", "Dubois", "Lambert", "Rousseau", "Fontaine", "Chevalier"],
    "it": ["Ferraro", "Colombo", "Esposito", "Ricci", "Bruno", "Galli", "Conti", "Marchetti"],
    "pt": ["Ferreira", "Carvalho", "Almeida", "Ribeiro", "Teixeira", "Moura", "Correia", "Pinto"],
    "es": ["Navarro", "Ortega", "Iglesias", "Castro", "Romero", "Molina", "Delgado", "Vidal"],
}
TOWNS: dict[str, list[str]] = {
    "UK": ["Leicester", "Bristol", "Norwich", "Leeds", "Swansea", "York", "Reading", "Derby"],
    "IE": ["Cork", "Galway", "Limerick", "Dublin", "Kilkenny"],
    "DE": ["Freiburg", "Kassel", "Bielefeld", "Würzburg", "Oldenburg", "Leipzig", "Mainz", "Ulm"],
    "AT": ["Graz", "Linz", "Innsbruck", "Salzburg", "Wien"],
    "CH": ["Basel", "Bern", "Luzern", "Fribourg", "Lugano"],
    "FR": ["Lyon", "Nantes", "Rennes", "Dijon", "Tours"],
    "BE": ["Liège", "Namur", "Eupen"],
    "LU": ["Esch-sur-Alzette", "Luxembourg"],
    "IT": ["Bologna", "Verona", "Bari", "Torino", "Parma"],
    "PT": ["Braga", "Coimbra", "Aveiro", "Faro", "Porto"],
    "ES": ["Sevilla", "Zaragoza", "Valladolid", "Murcia", "Vigo"],
}
JOBS = [
    "nurse",
    "primary teacher",
    "retired engineer",
    "bus driver",
    "pharmacist",
    "accountant",
    "care worker",
    "shop owner",
    "physiotherapist",
    "retired postwoman",
    "IT support",
    "police officer",
    "chef",
    "midwife",
    "electrician",
    "librarian",
    "social worker",
    "dentist",
    "warehouse supervisor",
    "student",
    "architect",
    "baker",
]
DOMAINS = [
    "mailbox.example",
    "post.example",
    "inbox.example",
    "webmail.example",
    "home.example",
    "net.example",
]
LOCAL_DOMAINS: dict[str, list[str]] = {
    "DE": ["gmx.example", "web.example"],
    "FR": ["orange.example"],
    "IT": ["libero.example"],
    "ES": ["correo.example"],
    "PT": ["sapo.example"],
    "UK": ["btinternet.example"],
    "IE": ["eircom.example"],
}

HAPPY_ACTS = [
    "praise",
    "praise",
    "again",
    "gripe",
    "chat_q",
    "mail_q",
    "phone_q",
    "purchase",
    "purchase",
    "page",
    "review",
    "survey",
]
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
LEAVE_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    out = []
    for ch in text:
        if ch in table:
            out.append(table[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            out.append(base if base.isascii() else ch)
    return "".join(out)


def money(market: str, lang: str, eur: int, spoken: bool = False) -> str:
    if market == "UK":
        v = round(eur * 0.86)
        return f"{v} pounds" if spoken else f"£{v}"
    if market == "CH":
        v = round(eur * 0.94)
        if spoken:
            return (
                f"{v} Franken"
                if lang == "de"
                else f"{v} franchi"
                if lang == "it"
                else f"{v} francs"
            )
        return f"CHF {v}"
    if spoken:
        return {"de": f"{eur} Euro", "it": f"{eur} euro"}.get(lang, f"{eur} euros")
    return f"€{eur}" if lang == "en" else f"{eur} €"


def currency(market: str, eur: int) -> tuple[str, str]:
    if market == "UK":
        return "GBP", f"{eur * 0.86:.2f}"
    if market == "CH":
        return "CHF", f"{eur * 0.94:.2f}"
    return "EUR", f"{eur:.2f}"


def spoken(text: str) -> str:
    """A speech-to-text transcript: no punctuation."""
    for ch in ".,?!:;()":
        text = text.replace(ch, "")
    return " ".join(text.split())


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass
class Cust:
    key: str
    persona: str
    habit: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    segment: str
    job: str
    town: str
    expected: list[str]
    tolerated: list[str]
    extra: dict[str, Any] = field(default_factory=dict)
    n_tapes: int = 10

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Row:
    t: datetime
    seq: int
    cust: str
    tp: dict[str, Any]


class Used:
    """Identifiers already given out in the set (none is given twice)."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.emails: set[str] = set()
        self.phones: set[str] = set()
        self.handles: set[str] = set()
        self.cases: set[str] = set()
        self.accounts: set[str] = set()


USED = Used()


class Fam:
    def __init__(
        self, name: str, code: str, n: int, about: str, start: datetime, days: int
    ) -> None:
        self.name = name
        self.code = code
        self.about = about
        self.start = start
        self.days = days
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    # ------------------------------------------------------------ people
    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]

    def market(self, lang: str) -> str:
        opts = MARKETS[lang]
        return self.rng.choices([m for m, _ in opts], [w for _, w in opts])[0]

    def new_id(self) -> str:
        while True:
            cid = f"KS{self.code}{self.rng.randint(1000, 9999)}"
            if cid not in USED.ids:
                USED.ids.add(cid)
                return cid

    def new_phone(self, market: str) -> str:
        cc, prefixes, digits = PHONES[market]
        while True:
            num = self.rng.choice(prefixes) + "".join(
                str(self.rng.randint(0, 9)) for _ in range(digits)
            )
            full = f"+{cc}{num}"
            if full not in USED.phones:
                USED.phones.add(full)
                return full

    def new_case(self) -> str:
        while True:
            ref = f"KS-{self.rng.randint(100000, 999999)}"
            if ref not in USED.cases:
                USED.cases.add(ref)
                return ref

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        market = market or self.market(lang)
        name_lang = lang
        first = rng.choice(FIRST_F[name_lang] if rng.random() < 0.55 else FIRST_M[name_lang])
        last = rng.choice(SURNAMES[name_lang])
        base = (
            strip_accents(f"{first}.{last}")
            .lower()
            .replace("ß", "ss")
            .replace("ñ", "n")
            .replace(" ", "")
        )
        base = "".join(ch for ch in base if ch.isalnum() or ch == ".")
        if domain is not None:
            stem = base
            email = f"{stem}@{domain}"
            k = 2
            while email in USED.emails:
                email = f"{stem}{k}@{domain}"
                k += 1
        else:
            doms = DOMAINS + LOCAL_DOMAINS.get(market, [])
            while True:
                style = rng.randint(0, 3)
                f0, l0 = base.split(".")[0], base.split(".")[-1]
                stem = [
                    f"{f0}.{l0}",
                    f"{f0[0]}{l0}",
                    f"{l0}.{f0}{rng.randint(1, 99)}",
                    f"{f0}{l0}{rng.randint(60, 99)}",
                ][style]
                email = f"{stem}@{rng.choice(doms)}"
                if email not in USED.emails:
                    break
        USED.emails.add(email)
        handle: str | None = None
        if account is None:
            f0, l0 = base.split(".")[0], base.split(".")[-1]
            while True:
                style = rng.randint(0, 3)
                handle = [
                    f"@{l0}_{f0}{rng.randint(1, 9)}",
                    f"@{f0}{l0}{rng.randint(10, 99)}",
                    f"@{f0[0]}{l0}",
                    f"@{f0}_{l0}",
                ][style]
                if handle.lower() not in USED.handles:
                    USED.handles.add(handle.lower())
                    break
        c = Cust(
            key=self.new_id(),
            persona=persona,
            habit=habit,
            lang=lang,
            market=market,
            first=first,
            last=last,
            email=email,
            phone=self.new_phone(market),
            handle=handle,
            account=account,
            segment="b2b" if account else "consumer",
            job=rng.choice(JOBS),
            town=rng.choice(TOWNS[market]),
            expected=list(expected or []),
            tolerated=list(tolerated or []),
            n_tapes=rng.randint(9, 14),
        )
        self.custs[c.key] = c
        return c

    # ------------------------------------------------------------ words
    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def roughen(self, text: str, c: Cust) -> str:
        rr = self.rr
        if rr.random() < 0.10:
            text = strip_accents(text)
        if (
            rr.random() < 0.125
            and text[:1].isupper()
            and not text.startswith("Kassetto")
            and not text[:2].isupper()
        ):
            text = text[:1].lower() + text[1:]
        if rr.random() < 1 / 7:
            words = text.split(" ")
            cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if cands:
                i = rr.choice(cands)
                w = words[i]
                j = rr.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    # ------------------------------------------------------------ touchpoints
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
        agent: str | None = None,
    ) -> str:
        assert "{" not in (text or "") + (subject or ""), text
        if text is not None and not out and rough and channel not in ("phone", "survey"):
            text = self.roughen(text, c)
        if text is not None and channel == "social" and not out and c.segment == "consumer":
            idx = text.rfind("Kassetto")
            text = text[:idx] + "@" + text[idx:] if idx >= 0 else "@Kassetto " + text
        self.seq += 1
        eid = f"ks87-{self.code.lower()}-{self.seq:05d}"
        a: dict[str, str] = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        if agent:
            a["agent"] = agent
        tp: dict[str, Any] = {
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
        self.rows.append(Row(t, self.seq, c.key, tp))
        return eid

    def low_score(self, c: Cust, t: datetime, kind: str, value: int, lang: str) -> str:
        """A low survey score (a word or nothing)."""
        word = self.pick(W.LOW_SURVEY, lang) or None
        return self.add(
            c, t, "survey", "survey_response", word, scores={kind: value}, attrs={"survey": kind}
        )

    def agent(self, lang: str) -> str:
        names: list[str] = W.AGENTS[lang]
        return self.rng.choice(names)

    # ------------------------------------------------------------ times
    def at(self, day: int, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        return self.start + timedelta(days=day, minutes=minutes, seconds=self.rng.randint(0, 59))

    @staticmethod
    def awake(t: datetime, lo: int = 7, hi: int = 22) -> datetime:
        """Move a time out of the night (to lo:00-lo:59 the same or next morning)."""
        if t.hour >= hi:
            t = (t + timedelta(days=1)).replace(hour=lo, minute=t.minute % 60)
        elif t.hour < lo:
            t = t.replace(hour=lo, minute=t.minute % 60)
        return t

    def later(self, t: datetime, m0: float, m1: float) -> datetime:
        return t + timedelta(minutes=self.rng.uniform(m0, m1))

    # ------------------------------------------------------------ happy acts
    def happy(self, c: Cust, t: datetime, act: str, lang: str | None = None) -> str:
        """One happy act at t; returns the event id of the customer's own touchpoint."""
        rng = self.rng
        lang = lang or c.lang
        if act == "praise":
            ch = rng.choice(["social", "community"]) if c.segment == "consumer" else "community"
            return self.add(
                c,
                t,
                ch,
                "mention" if ch == "social" else "post",
                self.pick(W.PRAISE if c.segment == "consumer" else B.B2B_PRAISE, lang),
            )
        if act in ("again", "gripe"):
            table = W.AGAIN_PRAISE if act == "again" else W.GRIPE_PRAISE
            ch = rng.choice(["social", "community"])
            return self.add(
                c, t, ch, "mention" if ch == "social" else "post", self.pick(table, lang)
            )
        if act == "chat_q":
            q, a = rng.choice(
                W.QUESTIONS[lang] if c.segment == "consumer" else B.B2B_QUESTIONS[lang]
            )
            eid = self.add(c, t, "chat", "chat", q)
            t2 = self.later(t, 1, 6)
            self.add(c, t2, "chat", "chat", a, out=True, agent=self.agent(lang))
            if rng.random() < 0.65:
                self.add(
                    c,
                    self.later(t2, 1, 4),
                    "chat",
                    "chat",
                    self.pick(W.THANKS if c.segment == "consumer" else B.B2B_THANKS, lang),
                )
            return eid
        if act == "mail_q":
            q, a = rng.choice(W.QUESTIONS[lang])
            eid = self.add(
                c, t, "email", "message", cap(q), subject=self.pick(W.QUESTION_SUBJECT, lang)
            )
            t2 = self.awake(self.later(t, 30, 240))
            ag = self.agent(lang)
            self.add(
                c,
                t2,
                "email",
                "message",
                self.pick(W.AGENT_MAIL, lang).format(first=c.first, answer=a, agent=ag),
                subject="Re: " + self.pick(W.QUESTION_SUBJECT, lang),
                out=True,
                agent=ag,
            )
            return eid
        if act == "phone_q":
            q, a = rng.choice(W.PHONE_QUESTIONS[lang])
            eid = self.add(c, t, "phone", "call", q)
            ag = self.agent(lang)
            self.add(
                c,
                self.awake(self.later(t, 10, 40)),
                "email",
                "message",
                self.pick(W.AGENT_MAIL, lang).format(first=c.first, answer=cap(a), agent=ag),
                subject=self.pick(W.QUESTION_SUBJECT, lang),
                out=True,
                agent=ag,
            )
            return eid
        if act == "purchase":
            label, page, eur = rng.choice(W.PRODUCTS if c.segment == "consumer" else B.B2B_PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": page})
            cur, val = currency(c.market, eur)
            return self.add(
                c,
                self.later(t, 2, 15),
                "web",
                "purchase",
                attrs={"order_value": val, "currency": cur, "product": label, "page": page},
            )
        if act == "page":
            return self.add(
                c,
                t,
                "web",
                "page_view",
                attrs={"page": rng.choice(W.PAGES if c.segment == "consumer" else B.B2B_PAGES)},
            )
        if act == "review":
            rating = rng.choice([4, 5, 5])
            return self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.REVIEWS, lang),
                attrs={"rating": str(rating), "page": "/reviews"},
            )
        if act == "survey":
            kind = rng.choice(["nps", "csat", "ces"])
            score = {
                "nps": rng.randint(9, 10),
                "csat": rng.randint(4, 5),
                "ces": rng.randint(6, 7),
            }[kind]
            word = self.pick(
                W.SURVEY_WORDS if c.segment == "consumer" else B.B2B_SURVEY_WORDS, lang
            )
            return self.add(
                c,
                t,
                "survey",
                "survey_response",
                word or None,
                scores={kind: score},
                attrs={"survey": kind},
            )
        raise ValueError(act)

    def happy_days(
        self,
        c: Cust,
        days: list[int],
        acts: list[str] | None = None,
        h0: float = 7,
        h1: float = 19,
        lang_cycle: list[str] | None = None,
    ) -> list[str]:
        ids = []
        for i, d in enumerate(days):
            act = acts[i] if acts else self.rng.choice(HAPPY_ACTS)
            lang = lang_cycle[i % len(lang_cycle)] if lang_cycle else None
            ids.append(self.happy(c, self.at(d, h0, h1), act, lang))
        return ids

    def night_act(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        lang = lang or c.lang
        if self.rng.random() < 0.5:
            ch = self.rng.choice(["social", "community"])
            return self.add(
                c, t, ch, "mention" if ch == "social" else "post", self.pick(W.NIGHT_POSTS, lang)
            )
        q, a = self.rng.choice(W.NIGHT_QUESTIONS[lang])
        eid = self.add(c, t, "chat", "chat", q)
        t2 = self.later(t, 1, 5)
        self.add(c, t2, "chat", "chat", a, out=True, agent=self.agent(lang))
        self.add(c, self.later(t2, 1, 3), "chat", "chat", self.pick(W.THANKS, lang))
        return eid

    # ------------------------------------------------------------ trouble
    def words(self, c: Cust, problem: str, lang: str) -> dict[str, str]:
        eur = W.AMOUNTS[problem]
        kw = {"n": str(c.n_tapes), "amt": money(c.market, lang, eur)}
        brief = W.PROB[problem]["brief"][lang][0].format(**kw)
        return kw | {"brief": brief, "brief_cap": cap(brief)}

    def complaint(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        long_mail: bool = False,
    ) -> str:
        lang = lang or c.lang
        P = W.PROB[problem]
        kw = self.words(c, problem, lang)
        if long_mail:
            core = self.pick(P["short"], lang).format(**kw)
            text = self.pick(W.LONG_LETTER, lang).format(core=core, name=c.first)
            return self.add(c, t, "email", "message", text, subject=self.pick(W.LONG_SUBJECT, lang))
        if channel == "email":
            topic = P["topic"][lang][0]
            return self.add(
                c,
                t,
                "email",
                "message",
                self.pick(P["short"], lang).format(**kw) + "\n" + c.first,
                subject=self.pick(W.COMPLAINT_SUBJECT, lang).format(topic=topic),
            )
        if channel == "web":
            return self.add(
                c,
                t,
                "web",
                "ticket",
                self.pick(P["short"], lang).format(**kw),
                attrs={"page": "/help/contact"},
            )
        if channel == "chat":
            return self.add(c, t, "chat", "chat", self.pick(P["chat"], lang).format(**kw))
        if channel == "social":
            return self.add(c, t, "social", "mention", self.pick(P["social"], lang).format(**kw))
        if channel == "phone":
            kw["amt"] = money(c.market, lang, W.AMOUNTS[problem], spoken=True)
            return self.add(c, t, "phone", "call", self.pick(P["phone"], lang).format(**kw))
        raise ValueError(channel)

    def ack(
        self, c: Cust, t: datetime, channel: str, case: str, lang: str | None = None
    ) -> tuple[str, datetime]:
        """The agent's answer to a first complaint: chat in chat, else a 'case opened' e-mail."""
        lang = lang or c.lang
        ag = self.agent(lang)
        if channel == "chat":
            t2 = self.later(t, 1, 4)
            return self.add(
                c,
                t2,
                "chat",
                "chat",
                self.pick(W.CHAT_CASE, lang).format(case=case),
                out=True,
                agent=ag,
            ), t2
        t2 = self.awake(self.later(t, 10, 40))
        return self.add(
            c,
            t2,
            "email",
            "message",
            self.pick(W.CASE_OPENED, lang).format(first=c.first, case=case, agent=ag),
            subject=self.pick(W.REPLY_SUBJECT, lang).format(case=case),
            out=True,
            agent=ag,
        ), t2

    def good_news(
        self, c: Cust, t: datetime, problem: str, case: str, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        ag = self.agent(lang)
        fix = W.PROB[problem]["fix"][lang][0]
        return self.add(
            c,
            t,
            "email",
            "message",
            self.pick(W.GOOD_NEWS, lang).format(first=c.first, case=case, fix=fix, agent=ag),
            subject=self.pick(W.REPLY_SUBJECT, lang).format(case=case),
            out=True,
            agent=ag,
        )

    def confirm(
        self, c: Cust, t: datetime, case: str, channel: str, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        text = self.pick(W.CONFIRM, lang).format(case=case)
        if channel == "email":
            return self.add(
                c,
                t,
                "email",
                "message",
                text,
                subject=self.pick(W.REPLY_SUBJECT, lang).format(case=case),
            )
        return self.add(c, t, "chat", "chat", text)

    def followup(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        case: str,
        k: int,
        channel: str,
        comp: str,
        lang: str | None = None,
    ) -> str:
        lang = lang or c.lang
        kw = self.words(c, problem, lang) | {"case": case, "comp": comp}
        if channel == "phone":
            kw["amt"] = money(c.market, lang, W.AMOUNTS[problem], spoken=True)
            kw["brief"] = spoken(W.PROB[problem]["brief"][lang][0].format(**kw))
            return self.add(
                c, t, "phone", "call", self.pick(W.FOLLOWUP_PHONE[k], lang).format(**kw)
            )
        text = self.pick(W.FOLLOWUP[k], lang).format(**kw)
        if channel == "email":
            return self.add(
                c,
                t,
                "email",
                "message",
                text + "\n" + c.first,
                subject=self.pick(W.FOLLOWUP_SUBJECT, lang).format(case=case),
            )
        if channel == "web":
            return self.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        if channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
            self.add(
                c,
                self.later(t, 1, 4),
                "chat",
                "chat",
                self.pick(W.URGENT_ADDED, lang).format(case=case),
                out=True,
                agent=self.agent(lang),
            )
            return eid
        if channel == "social":
            return self.add(c, t, "social", "mention", text)
        raise ValueError(channel)

    # ------------------------------------------------------------ output
    def truth_customer(self, c: Cust) -> dict[str, Any]:
        d: dict[str, Any] = {
            "identifiers": {
                "customer_id": c.key,
                "email": c.email.lower(),
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
            "name": c.name,
            "job": c.job,
            "town": c.town,
        }
        d.update(c.extra)
        return d

    def finish(self, expected: dict[str, int], spike: dict[str, Any] | None = None) -> None:
        rows = sorted(self.rows, key=lambda r: (r.t, r.seq))
        first_in: dict[str, int] = {}
        for r in rows:
            if r.tp["direction"] == "inbound" and r.cust not in first_in:
                first_in[r.cust] = r.seq
        for r in rows:
            c = self.custs[r.cust]
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            if r.tp["direction"] == "outbound" or first_in[r.cust] == r.seq:
                ref = dict(full)
                if r.tp["channel"] == "phone" and self.rr.random() < 0.5:
                    ref["phone"] = self.phone_spaced(c)
            else:
                ch = r.tp["channel"]
                ref = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": c.account,
                }
                if ch == "phone":
                    ref["phone"] = self.phone_spaced(c) if self.rr.random() < 0.5 else c.phone
                elif ch in ("social", "community"):
                    if c.handle:
                        ref["handle"] = c.handle if self.rr.random() < 0.8 else c.handle.lstrip("@")
                    else:
                        ref["email"] = c.email
                elif ch == "email":
                    ref["email"] = c.email.upper() if self.rr.random() < 1 / 12 else c.email
                else:
                    ref["customer_id"] = c.key
            r.tp["customer"] = ref
        for key, c in self.custs.items():
            if key not in first_in:
                raise SystemExit(f"{self.name}: {key} has no inbound touchpoint")
            if set(c.expected) & set(c.tolerated):
                raise SystemExit(
                    f"{self.name}: {key} expects and tolerates {set(c.expected) & set(c.tolerated)}"
                )
        for r in rows:
            if not (datetime(2026, 1, 1, tzinfo=UTC) <= r.t < LIMIT) or r.t < self.start:
                raise SystemExit(f"{self.name}: {r.tp['event_id']} at {r.t} out of range")
        counted: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.expected:
                counted[rule] = counted.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        if spike:
            counted["topic_spike"] = 1
        if counted != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {counted}")
        end = self.start + timedelta(days=self.days)
        end = max(end, rows[-1].t + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end {end} too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED,
                "written": WRITTEN,
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: self.truth_customer(c) for k, c in self.custs.items()},
            "accounts": self.accounts,
            "spike": spike or {},
            "journey": {},
            "expectations": {},
        }
        with (HERE / f"{self.name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r.tp, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
            encoding="utf-8",
            newline="\n",
        )

    def phone_spaced(self, c: Cust) -> str:
        cc = PHONES[c.market][0]
        return f"+{cc} {c.phone[len(cc) + 1 :]}"


# ============================================================ families
def distinct_days(
    rng: random.Random, lo: int, hi: int, k: int, avoid: set[int] | None = None
) -> list[int]:
    pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
    return sorted(rng.sample(pool, min(k, len(pool))))


def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        "happy households: daytime writers, night writers and survey-only customers; nothing to warn about",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, distinct_days(rng, 0, 9, rng.randint(5, 8)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        nights = distinct_days(rng, 0, 8, rng.randint(2, 4))
        for d in nights:
            f.night_act(c, f.at(d, 22.2, 28.5))
        days = distinct_days(rng, 0, 9, rng.randint(2, 3))
        for d in days:
            f.happy(c, f.at(d, 9, 18), rng.choice(["praise", "purchase", "page", "review"]))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in distinct_days(rng, 0, 9, rng.randint(3, 6)):
            f.happy(c, f.at(d, 8, 20), "survey")
    f.finish({})


def one_bad_day() -> None:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        "happy households with one angry message on one day about one problem; some give a low NPS or CSAT, some get the fix and apologise",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
    )
    rng = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    long_langs = ["en", "en", "de", "de"]
    plans = []
    for i, ch in enumerate(channels):
        lang = long_langs.pop() if ch == "long" else f.lang()
        plans.append((ch, problems[i], lang))
    with_case = [i for i, p in enumerate(plans) if p[0] != "social"]
    detractors = set(rng.sample(with_case, 6))
    csat = set(rng.sample([i for i in with_case if i not in detractors], 5))
    good = set(rng.sample(with_case, 12))
    apologise = set(rng.sample(sorted(good), 5))
    for i, (ch, problem, lang) in enumerate(plans):
        det = i in detractors
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if det else [],
            tolerated=["silence"],
        )
        day = rng.randint(2, 9)
        t = f.at(day, 8, 20)
        avoid = set(range(day - 1, day + 3))
        f.happy_days(
            c,
            distinct_days(rng, 0, 11, rng.randint(1, 5), avoid),
            [rng.choice(HAPPY_ACTS[:-1]) for _ in range(5)],
        )
        eid = f.complaint(c, t, problem, "email" if ch == "long" else ch, long_mail=ch == "long")
        case: str | None = None
        x: dict[str, Any] = {
            "problem": problem,
            "channel": "email" if ch == "long" else ch,
            "long_email": ch == "long",
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(t),
            "problem_event_ids": [eid],
        }
        if ch != "social":
            case = f.new_case()
            f.ack(c, t, "email" if ch in ("long", "web", "phone") else ch, case)
        x["booking"] = case
        x["nps_given"] = det
        x["csat_given"] = i in csat
        if det:
            nps = rng.randint(1, 5)
            x["nps"] = nps
            x["survey_event_id"] = f.low_score(c, f.later(t, 100, 140), "nps", nps, lang)
        if i in csat:
            v = rng.randint(1, 2)
            x["csat"] = v
            x["survey_event_id"] = f.low_score(c, f.later(t, 40, 80), "csat", v, lang)
        x["agent_fixed"] = i in good
        x["apologised"] = False
        if i in good and case:
            f.good_news(c, f.awake(f.later(t, 60, 240)), problem, case)
            if i in apologise:
                ta = f.awake(f.later(t, 16 * 60, 24 * 60), 8, 21)
                apol_ch = rng.choice(["chat", "email"])
                text = f.pick(W.APOLOGY, lang)
                if apol_ch == "chat":
                    aid = f.add(c, ta, "chat", "chat", text)
                else:
                    aid = f.add(
                        c,
                        ta,
                        "email",
                        "message",
                        text + "\n" + c.first,
                        subject=f.pick(W.REPLY_SUBJECT, lang).format(case=case),
                    )
                x.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
        c.extra.update(x)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, distinct_days(rng, 0, 11, rng.randint(4, 7)))
    f.finish({"detractor": 6})


def later_channel(rng: random.Random, used: list[str]) -> str:
    opts = [ch for ch in ("email", "chat", "phone", "web", "social") if ch not in used]
    return rng.choice(opts)


def next_contact(f: Fam, t: datetime) -> datetime:
    t2 = f.later(t, 4 * 60, 40 * 60)
    if t2.hour >= 22 or t2.hour < 7:
        day = t2.date() if t2.hour < 7 else (t2 + timedelta(days=1)).date()
        t2 = datetime(
            day.year, day.month, day.day, 8, f.rng.randint(0, 59), f.rng.randint(0, 59), tzinfo=UTC
        )
    return t2


def repeat_run(
    f: Fam,
    c: Cust,
    problem: str,
    first_ch: str,
    t: datetime,
    contacts: int,
    escalate: bool,
    langs: list[str],
) -> None:
    rng = f.rng
    comp = rng.choice(COMPETITORS)
    case = f.new_case()
    ids = [f.complaint(c, t, problem, first_ch, lang=langs[0])]
    if first_ch == "chat":
        f.ack(c, t, "chat", case, lang=langs[0])
    if escalate:
        ag = f.agent(langs[0])
        f.add(
            c,
            f.awake(f.later(t, 90, 150)),
            "email",
            "message",
            f.pick(W.QUALITY_LEAD, langs[0]).format(first=c.first, case=case, agent=ag),
            subject=f.pick(W.REPLY_SUBJECT, langs[0]).format(case=case),
            out=True,
            agent=ag,
        )
    elif first_ch != "chat":
        f.ack(c, t, "email", case, lang=langs[0])
    used = [first_ch]
    tk = t
    for k in range(2, contacts + 1):
        tk = next_contact(f, tk)
        ch = later_channel(rng, used)
        used.append(ch)
        ids.append(f.followup(c, tk, problem, case, k, ch, comp, lang=langs[(k - 1) % len(langs)]))
    c.extra.update(
        problem=problem,
        booking=case,
        contacts=contacts,
        channels=used,
        channel=first_ch,
        agent_passed_on=escalate,
        problem_event_ids=ids,
        trouble_starts_at=iso(t),
        competitor=comp if contacts >= 3 else None,
    )


def fixed_case(
    f: Fam, c: Cust, problem: str, ch: str, t: datetime, lang: str, confirm_lang: str
) -> dict[str, Any]:
    rng = f.rng
    case = f.new_case()
    eid = f.complaint(c, t, problem, ch, lang=lang)
    f.ack(c, t, "chat" if ch == "chat" else "email", case, lang=lang)
    tf = f.awake(f.later(t, 3 * 60, 20 * 60))
    f.good_news(c, tf, problem, case, lang=confirm_lang)
    tc = f.awake(f.later(tf, 8 * 60, 30 * 60), 8, 21)
    cch = rng.choice(["email", "chat"])
    cid = f.confirm(c, tc, case, cch, lang=confirm_lang)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        "households raising one open problem again and again (repeat contacts), others whose problem is fixed between contacts, two different problems, and frequent happy writers",
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
    )
    rng = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    escal = [True] * 6 + [False] * 6
    rng.shuffle(escal)
    problems = [W.PROBLEMS[i % 6] for i in range(12)]
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        f.happy_days(c, [0] * rng.randint(1, 3), h0=7, h1=12)
        repeat_run(
            f,
            c,
            problems[i],
            firsts[i],
            f.at(rng.randint(1, 4), 8, 19),
            counts[i],
            escal[i],
            [c.lang],
        )
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy_days(c, [0] * rng.randint(1, 2), h0=7, h1=12)
        fx = fixed_case(
            f,
            c,
            W.PROBLEMS[(i + 2) % 6],
            rng.choice(["web", "email", "chat"]),
            f.at(rng.randint(1, 4), 8, 19),
            c.lang,
            c.lang,
        )
        c.extra.update(
            problems=[fx],
            trouble_starts_at=fx["raised_at"],
            booking=fx["booking"],
            problem=fx["problem"],
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        d1 = rng.randint(0, 2)
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        fx1 = fixed_case(
            f, c, p1, rng.choice(["web", "email", "chat"]), f.at(d1, 8, 18), c.lang, c.lang
        )
        fx2 = fixed_case(
            f,
            c,
            p2,
            rng.choice(["web", "email", "chat"]),
            f.at(d1 + rng.randint(4, 5), 8, 18),
            c.lang,
            c.lang,
        )
        c.extra.update(problems=[fx1, fx2], trouble_starts_at=fx1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        days = distinct_days(rng, 0, 9, rng.randint(5, 8))
        f.happy_days(
            c,
            days,
            [
                rng.choice(["chat_q", "chat_q", "mail_q", "phone_q", "purchase", "praise"])
                for _ in days
            ],
        )
    f.finish({"repeat_contact": 12})


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str], nps: bool) -> None:
    rng = f.rng
    comp = rng.choice(COMPETITORS)
    offs = (
        sorted(rng.sample(range(1, span * 24 - 1), 4))
        if span > 1
        else sorted(rng.sample(range(1, 13), 4))
    )
    t0 = f.at(start_day, 8, 11)
    times = (
        [t0]
        + [t0 + timedelta(hours=o, minutes=rng.randint(0, 50)) for o in offs]
        + [t0 + timedelta(days=span, hours=rng.randint(0, 4))]
    )
    fixed: list[datetime] = []
    for t in times:
        t = f.awake(t, 8, 21)
        if fixed and t < fixed[-1] + timedelta(hours=1):
            t = f.awake(fixed[-1] + timedelta(hours=1, minutes=rng.randint(5, 40)), 8, 21)
        fixed.append(t)
    ratings = [3, 3, 2, 2, 1, 1]
    ids = []
    for k, t in enumerate(fixed):
        lang = langs[k % len(langs)]
        text = W.SLIDE[lang][k].format(amt=money(c.market, lang, 25), comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str(ratings[k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
        if k == 3 and nps:
            v = rng.randint(1, 5)
            sid = f.low_score(c, f.awake(f.later(t, 150, 210), 8, 21), "nps", v, lang)
            c.extra.update(nps_given=True, nps=v, survey_event_id=sid)
    c.extra.update(
        slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=iso(fixed[0])
    )


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        "households sliding from happy to leaving (sentiment drop, some detractors), others asking to cancel, steady happy ones, steadily grumpy ones and one sarcastic remark",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_set = set(rng.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i in nps_set else [])
        c = f.person("slow_churner", "slides", expected=exp, tolerated=SLIDE_TOL)
        np_ = rng.randint(4, 5)
        no = rng.randint(2, 4)
        days = distinct_days(rng, 0, 10, np_ + no)
        acts = ["praise"] * np_ + [
            rng.choice(["purchase", "page", "chat_q", "review"]) for _ in range(no)
        ]
        rng.shuffle(acts)
        f.happy_days(c, days, acts, h0=8, h1=20)
        c.extra["nps_given"] = False
        slide(f, c, rng.randint(12, 16), spans[i], [c.lang], i in nps_set)
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVE_TOL
        )
        f.happy_days(
            c,
            distinct_days(rng, 0, 15, rng.randint(4, 6)),
            [rng.choice(HAPPY_ACTS[:-1]) for _ in range(6)],
        )
        t = f.at(rng.randint(17, 23), 8, 20)
        eid = f.add(
            c,
            t,
            "email",
            "message",
            f.pick(W.LEAVE, c.lang).format(name=c.first),
            subject=f.pick(W.LEAVE_SUBJECT, c.lang),
        )
        ag = f.agent(c.lang)
        f.add(
            c,
            f.awake(f.later(t, 60, 300)),
            "email",
            "message",
            f.pick(W.SORRY_GO, c.lang).format(first=c.first, agent=ag),
            subject="Re: " + f.pick(W.LEAVE_SUBJECT, c.lang),
            out=True,
            agent=ag,
        )
        tc = f.awake(f.later(t, 20 * 60, 30 * 60), 8, 22)
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/membership/cancel", "product": "Kassetto Plus"},
        )
        c.extra.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, distinct_days(rng, 0, 31, rng.randint(6, 10)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = rng.randint(0, 4)
        ids = []
        texts = rng.sample(W.GRUMBLES[c.lang], min(len(W.GRUMBLES[c.lang]), 7))
        for k in range(rng.randint(5, 7)):
            t = f.at(d, 8, 21)
            text = texts[k % len(texts)]
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.happy(c, f.at(rng.randint(0, 25), 9, 19), "purchase")
        c.extra.update(
            grumble_event_ids=ids,
            grumble_event_id=ids[0],
            trouble_starts_at=min(r.tp["occurred_at"] for r in f.rows if r.tp["event_id"] in ids),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        sd = rng.randint(17, 28)
        f.happy_days(
            c,
            distinct_days(rng, 0, 31, rng.randint(3, 6), {sd}),
            [rng.choice(HAPPY_ACTS[:-1]) for _ in range(6)],
        )
        t = f.at(sd, 9, 21)
        ch = rng.choice(["social", "community"])
        sid = f.add(c, t, ch, "mention" if ch == "social" else "post", f.pick(W.SARCASM, c.lang))
        c.extra.update(sarcasm_event_id=sid, trouble_starts_at=iso(t))
    f.finish({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        "a calm late-summer weekend with few daytime customers, four mild grumbles and bursts of happy night owls; nothing to warn about",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in distinct_days(rng, 0, 2, rng.randint(1, 3)):
            f.happy(
                c,
                f.at(d, 7, 17.5),
                rng.choice(["praise", "chat_q", "purchase", "page", "review", "survey", "again"]),
            )
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t0 = f.at(rng.randint(0, 2), 8, 16)
        f.happy(c, t0, rng.choice(["purchase", "page"]))
        t = f.later(t0, 20, 30)
        q, a = rng.choice(W.MILD[c.lang])
        if i < 2:
            gid = f.add(c, t, "chat", "chat", q)
            f.add(c, f.later(t, 1, 5), "chat", "chat", a, out=True, agent=f.agent(c.lang))
        else:
            gid = f.add(c, t, "web", "ticket", cap(q), attrs={"page": "/help/contact"})
            ag = f.agent(c.lang)
            f.add(
                c,
                f.later(t, 20, 90),
                "email",
                "message",
                f.pick(W.FORM_ACK, c.lang).format(first=c.first, agent=ag),
                subject="Re: " + f.pick(W.QUESTION_SUBJECT, c.lang),
                out=True,
                agent=ag,
            )
        c.extra.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for night in range(3):
        first = f.start + timedelta(days=night + 1, minutes=rng.randint(40, 64))
        starts = [
            first,
            first + timedelta(minutes=rng.randint(28, 33)),
            first + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=rng.uniform(0, 9.5))
                nid = f.night_act(c, t)
                c.extra.update(burst_at=iso(bs), night_event_id=nid)
    owls = [c for c in f.custs.values() if c.persona == "night_owl"]
    for c in rng.sample(owls, 18):
        f.happy(
            c,
            f.at(rng.randint(0, 2), 9, 17.5),
            rng.choice(["praise", "purchase", "page", "review"]),
        )
    f.finish({})


PAIRS = (
    [("en", "de")] * 4
    + [("de", "en")] * 4
    + [
        ("en", "fr"),
        ("fr", "en"),
        ("de", "fr"),
        ("fr", "de"),
        ("de", "it"),
        ("it", "de"),
        ("en", "es"),
        ("es", "en"),
        ("en", "pt"),
        ("pt", "en"),
        ("de", "pt"),
        ("es", "de"),
        ("it", "en"),
        ("de", "es"),
        ("en", "it"),
        ("pt", "de"),
        ("fr", "it"),
        ("de", "en"),
        ("en", "de"),
    ]
)
PAIR_MARKETS = {
    "en": ["UK", "IE"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH", "LU"],
    "it": ["IT", "CH"],
    "pt": ["PT"],
    "es": ["ES"],
}
SECOND_REASONS = {
    "en": "works for a British company and writes English at work",
    "de": "grew up in Germany and writes German with the family",
    "fr": "partner is French and the family account is shared",
    "it": "Italian mother, writes Italian about the family films",
    "pt": "Portuguese partner, writes Portuguese for the in-laws' tapes",
    "es": "studied in Spain and writes Spanish with friends",
}


def bilingual() -> None:
    f = Fam(
        "bilingual",
        "BL",
        6,
        "customers who write in two languages: happy ones alternating, repeat contacts, slides, one bad day in the second language, and fixed problems",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
    )
    rng = f.rng
    pairs = list(PAIRS)
    rng.shuffle(pairs)
    # the German long e-mail writer needs German as second language
    de_second = next(i for i, p in enumerate(pairs) if p[1] == "de")
    pairs.insert(0, pairs.pop(de_second))

    def bi(persona: str, habit: str, pair: tuple[str, str], **kw: Any) -> Cust:
        market = rng.choice(PAIR_MARKETS[pair[0]] + PAIR_MARKETS[pair[1]])
        c = f.person(persona, habit, lang=pair[0], market=market, **kw)
        c.extra.update(languages=list(pair), job_second_language=SECOND_REASONS[pair[1]])
        return c

    # 3 one bad day in the second language: German long e-mail, short e-mail, chat
    for ch in ("long", "email", "chat"):
        pair = pairs.pop(0)
        c = bi("happy_one_bad_day", "one bad day", pair, tolerated=["silence"])
        day = rng.randint(3, 10)
        f.happy_days(
            c,
            distinct_days(rng, 0, 13, rng.randint(2, 4), set(range(day - 1, day + 3))),
            [rng.choice(HAPPY_ACTS[:-1]) for _ in range(4)],
            lang_cycle=[pair[0]],
        )
        t = f.at(day, 8, 20)
        problem = rng.choice(W.PROBLEMS)
        eid = f.complaint(
            c, t, problem, "email" if ch == "long" else ch, lang=pair[1], long_mail=ch == "long"
        )
        case = f.new_case()
        f.ack(c, t, "chat" if ch == "chat" else "email", case, lang=pair[1])
        x: dict[str, Any] = {
            "problem": problem,
            "booking": case,
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "bad_day_language": pair[1],
            "long_email": ch == "long",
            "channel": "email" if ch == "long" else ch,
            "trouble_starts_at": iso(t),
            "agent_fixed": ch != "chat",
            "apologised": False,
            "problem_event_ids": [eid],
        }
        if ch != "chat":
            f.good_news(c, f.awake(f.later(t, 60, 240)), problem, case, lang=pair[1])
        if ch == "email":
            ta = f.awake(f.later(t, 18 * 60, 24 * 60), 8, 21)
            aid = f.add(c, ta, "chat", "chat", f.pick(W.APOLOGY, pair[1]))
            x.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
        c.extra.update(x)
    # 12 happy alternating
    for _ in range(12):
        pair = pairs.pop(0)
        c = bi("happy", "alternates languages", pair)
        f.happy_days(c, distinct_days(rng, 0, 13, rng.randint(5, 8)), lang_cycle=list(pair))
    # 5 repeat contacts
    counts = [2, 2, 3, 3, 4]
    rng.shuffle(counts)
    for i in range(5):
        pair = pairs.pop(0)
        c = bi("repeat_contact", "repeats", pair, expected=["repeat_contact"], tolerated=REPEAT_TOL)
        f.happy_days(
            c,
            distinct_days(rng, 0, 1, rng.randint(1, 2)),
            [rng.choice(["praise", "purchase", "page"]) for _ in range(2)],
            lang_cycle=list(pair),
        )
        repeat_run(
            f,
            c,
            W.PROBLEMS[i],
            rng.choice(["web", "email", "chat"]),
            f.at(rng.randint(2, 5), 8, 19),
            counts[i],
            counts[i] >= 3,
            list(pair),
        )
    # 5 slides
    for _ in range(5):
        pair = pairs.pop(0)
        c = bi("slow_churner", "slides", pair, expected=["sentiment_drop"], tolerated=SLIDE_TOL)
        no = rng.randint(1, 3)
        days = (
            distinct_days(rng, 0, 5, 5 + no)
            if 5 + no <= 6
            else sorted(rng.sample(range(0, 6), 5) + rng.sample(range(0, 6), no - 1))
        )
        acts = ["praise"] * 5 + [
            rng.choice(["purchase", "page", "chat_q"]) for _ in range(len(days) - 5)
        ]
        rng.shuffle(acts)
        f.happy_days(c, days, acts, h0=8, h1=20, lang_cycle=list(pair))
        c.extra["nps_given"] = False
        slide(f, c, rng.randint(7, 8), rng.randint(3, 5), list(pair), False)
    # 2 fixed: raised in the first language by web form, fixed and confirmed in the second
    for _ in range(2):
        pair = pairs.pop(0)
        c = bi("resolved_between_contacts", "fixed", pair, tolerated=["silence"])
        f.happy_days(c, distinct_days(rng, 0, 2, rng.randint(1, 2)), lang_cycle=[pair[0]])
        fx = fixed_case(
            f, c, rng.choice(W.PROBLEMS), "web", f.at(rng.randint(3, 8), 8, 18), pair[0], pair[1]
        )
        c.extra.update(
            problems=[fx],
            trouble_starts_at=fx["raised_at"],
            booking=fx["booking"],
            problem=fx["problem"],
            confirm_language=pair[1],
        )
    f.finish({"repeat_contact": 5, "sentiment_drop": 5})


#: (company, domain stem, site, market, language, kind, problem, contacts, complainers)
ACCOUNTS: list[tuple[str, str, str, str, str, str, str | None, int, int]] = [
    (
        "Stadtarchiv Hollenbeck",
        "stadtarchiv-hollenbeck",
        "municipality",
        "DE",
        "de",
        "at_risk",
        "invoice",
        6,
        4,
    ),
    (
        "Kreisbote Wiesental",
        "kreisbote-wiesental",
        "newspaper",
        "DE",
        "de",
        "at_risk",
        "portal",
        5,
        3,
    ),
    (
        "Harrowgate & Pike Solicitors",
        "harrowgatepike",
        "law firm",
        "UK",
        "en",
        "at_risk",
        "service_blocked",
        5,
        3,
    ),
    ("Aldermoor Academy", "aldermoor-academy", "school", "UK", "en", "at_risk", "overbilled", 6, 4),
    (
        "Heimatmuseum Feldkirchen",
        "museum-feldkirchen",
        "museum",
        "AT",
        "de",
        "at_risk",
        "invoice",
        4,
        3,
    ),
    (
        "Klinikum Sankt Wendelin",
        "klinikum-wendelin",
        "hospital",
        "DE",
        "de",
        "one_unhappy",
        "service_blocked",
        3,
        1,
    ),
    (
        "Shannon Valley Film Society",
        "svfs",
        "film club",
        "IE",
        "en",
        "one_unhappy",
        "invoice",
        3,
        1,
    ),
    (
        "Cinémathèque de Vaulx",
        "cinematheque-vaulx",
        "film archive",
        "FR",
        "fr",
        "one_unhappy",
        "portal",
        3,
        1,
    ),
    (
        "Archivo Municipal de Tordesilla",
        "archivo-tordesilla",
        "municipality",
        "ES",
        "es",
        "one_unhappy",
        "overbilled",
        3,
        1,
    ),
    ("Gemeinde Oberwil-Lieli", "oberwil-lieli", "municipality", "CH", "de", "mild", None, 3, 0),
    ("Jornal do Baixo Vouga", "jornalbaixovouga", "newspaper", "PT", "pt", "mild", None, 4, 0),
    (
        "Universität Emsland, Institut für Volkskunde",
        "uni-emsland",
        "university",
        "DE",
        "de",
        "mild",
        None,
        3,
        0,
    ),
    (
        "Brackenfield Heritage Trust",
        "brackenfield-heritage",
        "museum",
        "UK",
        "en",
        "happy",
        None,
        4,
        0,
    ),
    ("Scuola di Cinema Valdera", "cinemavaldera", "film school", "IT", "it", "happy", None, 3, 0),
    ("Verlag Sonnleitner", "verlag-sonnleitner", "publisher", "DE", "de", "happy", None, 4, 0),
]
B2B_TITLES = [
    "archivist",
    "records manager",
    "office manager",
    "head of collections",
    "IT lead",
    "finance officer",
    "project coordinator",
    "communications officer",
    "librarian",
    "school business manager",
    "picture editor",
    "facilities manager",
]


def weekday_ok(f: Fam, t: datetime) -> datetime:
    """Office hours on weekdays (08-17 UTC): move to the next working morning."""
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        if t.hour < 8 and t.weekday() < 5:
            t = t.replace(hour=8, minute=f.rng.randint(0, 59))
        else:
            n = t + timedelta(days=1)
            t = n.replace(hour=8, minute=f.rng.randint(0, 59))
    return t


def b2b_accounts() -> None:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        "organisations on account (Kassetto Archive): at-risk accounts where several contacts complain about one problem, one unhappy contact, mild suggestions, happy accounts",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
    )
    rng = f.rng
    at_risk_final = ["email", "phone", "phone", "phone", "phone"]
    rng.shuffle(at_risk_final)
    risk_i = 0
    for company, dom, site, market, lang, kind, problem, n, nbad in ACCOUNTS:
        while True:
            acct = f"KSA-{market}-{rng.randint(1000, 9999)}"
            if acct not in USED.accounts:
                USED.accounts.add(acct)
                break
        contacts: list[Cust] = []
        titles = rng.sample(B2B_TITLES, n)
        firsts: set[str] = set()
        for j in range(n):
            if kind == "at_risk" and j < nbad:
                persona, habit = "b2b_unhappy", "complainer"
            elif kind == "one_unhappy" and j == 0:
                persona, habit = "b2b_one_unhappy", "complainer"
            elif kind == "mild" and j < 2:
                persona, habit = "b2b_mild", "suggests"
            else:
                persona, habit = "b2b_happy", "contact"
            while True:
                c = f.person(
                    persona, habit, lang=lang, market=market, account=acct, domain=f"{dom}.example"
                )
                if c.first not in firsts:
                    break
                del f.custs[c.key]
                USED.emails.discard(c.email)
            firsts.add(c.first)
            c.job = titles[j]
            c.extra.update(company=company, role=habit, job_title=titles[j])
            contacts.append(c)
        unhappy: list[Cust] = []
        trouble: str | None = None
        for c in contacts:
            if c.persona == "b2b_happy":
                days = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
                for d in sorted(rng.sample(days, rng.randint(3, 6))):
                    f.happy(
                        c,
                        f.at(d, 8, 16.5),
                        rng.choice(["chat_q", "chat_q", "purchase", "page", "praise", "survey"]),
                    )
            elif rng.random() < 0.7:
                for _ in range(rng.randint(1, 2)):
                    f.happy(
                        c,
                        f.at(rng.randint(0, 1), 8, 16.5),
                        rng.choice(["chat_q", "purchase", "page"]),
                    )
        if kind == "at_risk":
            assert problem is not None
            case = f.new_case()
            comp = rng.choice(COMPETITORS)
            bad = contacts[:nbad]
            t = f.at(2, 8.5, 11)
            first_t = t
            P = B.B2B_PROB[problem]
            topic = P["topic"][lang][0]
            for j, c in enumerate(bad):
                if j == 0:
                    text = f.pick(P["first"], lang).format(acct=acct)
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        text + "\n" + c.name,
                        subject=f.pick(B.B2B_SUBJECT, lang).format(topic=topic, acct=acct),
                    )
                    ag = f.agent(lang)
                    f.add(
                        c,
                        f.later(t, 20, 90),
                        "email",
                        "message",
                        f.pick(B.B2B_ACK, lang).format(
                            first=c.first, case=case, acct=acct, agent=ag
                        ),
                        subject=f.pick(W.REPLY_SUBJECT, lang).format(case=case),
                        out=True,
                        agent=ag,
                    )
                else:
                    t = weekday_ok(f, f.later(t, 8 * 60, 28 * 60))
                    wd = B.WEEKDAYS[lang][first_t.weekday()]
                    text = f.pick(B.B2B_LATER, lang).format(
                        other=bad[0].first, weekday=wd, case=case, brief=P["brief"][lang][0]
                    )
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        text + "\n" + c.name,
                        subject=f.pick(B.B2B_LATER_SUBJECT, lang).format(case=case, topic=topic),
                    )
                ids = [eid]
                exp: list[str] = []
                x: dict[str, Any] = {
                    "problem": problem,
                    "booking": case,
                    "trouble_starts_at": iso(t),
                    "complaint_event_ids": ids,
                    "nps_given": False,
                }
                if j < nbad - 1:
                    v = rng.randint(1, 5)
                    sid = f.low_score(c, f.later(t, 60, 180), "nps", v, lang)
                    exp = ["detractor"]
                    x.update(nps_given=True, nps=v, survey_event_id=sid)
                else:
                    t2 = weekday_ok(f, f.later(t, 18 * 60, 40 * 60))
                    how = at_risk_final[risk_i]
                    risk_i += 1
                    if how == "email":
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                f.pick(B.B2B_FINAL_MAIL, lang).format(case=case, comp=comp)
                                + "\n"
                                + c.name,
                                subject=f.pick(B.B2B_LATER_SUBJECT, lang).format(
                                    case=case, topic=topic
                                ),
                            )
                        )
                        x["competitor"] = comp
                    else:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "phone",
                                "call",
                                f.pick(B.B2B_FINAL_CALL, lang).format(
                                    name=c.name, company=company, case=case
                                ),
                            )
                        )
                        x["competitor"] = None
                    exp = ["repeat_contact"]
                    x["channels"] = ["email", how]
                c.expected = exp
                c.tolerated = [r for r in B2B_RISK_TOL if r not in exp]
                c.extra.update(x)
                unhappy.append(c)
            trouble = iso(first_t)
        elif kind == "one_unhappy":
            assert problem is not None
            c = contacts[0]
            case = f.new_case()
            P = B.B2B_PROB[problem]
            t = weekday_ok(f, f.at(rng.randint(3, 7), 8.5, 16))
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f.pick(P["first"], lang).format(acct=acct) + "\n" + c.name,
                subject=f.pick(B.B2B_SUBJECT, lang).format(topic=P["topic"][lang][0], acct=acct),
            )
            ag = f.agent(lang)
            f.add(
                c,
                f.later(t, 20, 90),
                "email",
                "message",
                f.pick(B.B2B_ACK, lang).format(first=c.first, case=case, acct=acct, agent=ag),
                subject=f.pick(W.REPLY_SUBJECT, lang).format(case=case),
                out=True,
                agent=ag,
            )
            v = rng.randint(1, 5)
            sid = f.low_score(c, f.later(t, 60, 180), "nps", v, lang)
            c.expected = ["detractor"]
            c.tolerated = list(B2B_ONE_TOL)
            c.extra.update(
                problem=problem,
                booking=case,
                trouble_starts_at=iso(t),
                complaint_event_ids=[eid],
                nps_given=True,
                nps=v,
                survey_event_id=sid,
            )
            unhappy.append(c)
        elif kind == "mild":
            for k, c in enumerate(contacts[:2]):
                t = weekday_ok(f, f.at(rng.randint(2, 9), 8, 16))
                text = B.B2B_SUGGEST[lang][k % len(B.B2B_SUGGEST[lang])]
                mid = f.add(c, t, "web", "ticket", text, attrs={"page": "/portal/feedback"})
                ag = f.agent(lang)
                f.add(
                    c,
                    f.later(t, 30, 150),
                    "email",
                    "message",
                    f.pick(B.B2B_SUGGEST_ACK, lang).format(first=c.first, agent=ag),
                    subject="Re: " + f.pick(W.QUESTION_SUBJECT, lang),
                    out=True,
                    agent=ag,
                )
                c.tolerated = ["silence"]
                c.extra.update(mild_event_id=mid, trouble_starts_at=iso(t))
        f.accounts[acct] = {
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
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }
    f.finish({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        "a calm week and a planted spike on Saturday 14 November 2026 08:10-08:55 UTC: digitised videos play without sound in the gallery, error AUD_4417",
        datetime(2026, 11, 9, tzinfo=UTC),
        6,
    )
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in distinct_days(rng, 0, 5, rng.randint(1, 4)):
            h0, h1 = (12.0, 19.0) if d == 5 else (7.0, 20.0)
            f.happy(c, f.at(d, h0, h1), rng.choice(HAPPY_ACTS))
    for lang in ("en", "de"):
        c = f.person("grumbles_once", "grumbles once", lang=lang, tolerated=["silence"])
        t = f.at(0, 8, 11)
        q, a = W.SLOW_MONDAY[lang][0]
        gid = f.add(c, t, "chat", "chat", q)
        f.add(c, f.later(t, 1, 5), "chat", "chat", a, out=True, agent=f.agent(lang))
        c.extra.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lang, hm in (("en", (9, 40)), ("de", (16, 5))):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        q, a = W.LONE_QUESTIONS[lang][0]
        lid = f.add(c, t, "chat", "chat", q)
        f.add(c, f.later(t, 2, 6), "chat", "chat", a, out=True, agent=f.agent(lang))
        c.extra.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    # the spike
    langs = ["en"] * 6 + ["de"] * 6 + ["fr", "fr", "it", "it", "pt", "pt", "es", "es"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(channels)
    sat = f.start + timedelta(days=5)
    minutes = sorted([10, 55, *rng.sample(range(11, 55), 18)])
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    reporters: list[tuple[Cust, str, str, datetime]] = []
    for i in range(20):
        lang, ch = langs[i], channels[i]
        c = f.person(
            "spike_reporter", "regular" if regular[i] else "new", lang=lang, tolerated=["silence"]
        )
        if regular[i]:
            for d in distinct_days(rng, 2, 4, rng.randint(1, 3)):
                f.happy(c, f.at(d, 8, 17.5), rng.choice(HAPPY_ACTS))
        t = sat + timedelta(
            hours=8,
            minutes=minutes[i],
            seconds=rng.randint(0, 59) if minutes[i] not in (10, 55) else 0,
        )
        text = f.pick(W.SPIKE[ch], lang)
        if ch == "social":
            sid = f.add(c, t, "social", "mention", text)
        elif ch == "community":
            sid = f.add(c, t, "community", "post", text)
        elif ch == "chat":
            sid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                f.later(t, 1, 4),
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_ANSWER, lang),
                out=True,
                agent=f.agent(lang),
            )
        elif ch == "email":
            sid = f.add(
                c,
                t,
                "email",
                "message",
                text + "\n" + c.first,
                subject=f.pick(W.SPIKE_SUBJECT, lang),
            )
        else:
            sid = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        c.extra.update(
            in_spike=True,
            regular=regular[i],
            spike_event_id=sid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=False,
        )
        reporters.append((c, lang, ch, t))
    early = [r for r in reporters if r[3] <= sat + timedelta(hours=8, minutes=35)]
    repeaters = rng.sample(early, 6)
    rep_channels = ["email", "email", "chat", "chat", "community", "community"]
    # give each repeater a channel other than the first
    for _ in range(200):
        rng.shuffle(rep_channels)
        if all(rc != r[2] for rc, r in zip(rep_channels, repeaters, strict=True)):
            break
    else:
        raise SystemExit("topic_spike: no channel plan for the repeaters")
    assign = {r[0].key: rc for rc, r in zip(rep_channels, repeaters, strict=True)}
    repeat_ids = []
    for c, lang, _ch, t in repeaters:
        t2 = f.later(t, 15, 50)
        ch2 = assign[c.key]
        text = f.pick(W.SPIKE_REPEAT, lang)
        if ch2 == "email":
            rid = f.add(
                c,
                t2,
                "email",
                "message",
                text + "\n" + c.first,
                subject="Re: " + f.pick(W.SPIKE_SUBJECT, lang),
            )
        elif ch2 == "chat":
            rid = f.add(c, t2, "chat", "chat", text)
            f.add(
                c,
                f.later(t2, 1, 4),
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_ANSWER, lang),
                out=True,
                agent=f.agent(lang),
            )
        else:
            rid = f.add(c, t2, "community", "post", text)
        c.persona = "spike_repeater"
        c.expected = ["repeat_contact"]
        c.tolerated = ["sentiment_drop", "silence"]
        c.extra.update(repeat_event_id=rid)
        repeat_ids.append(rid)
    others = [r for r in reporters if r[0].persona == "spike_reporter"]
    for c, lang, _ch, _t in rng.sample(others, 6):
        tt = sat + timedelta(hours=11, minutes=rng.randint(8, 17))
        local = "10:40" if c.market in ("UK", "IE", "PT") else "11:40"
        ag = f.agent(lang)
        f.add(
            c,
            tt,
            "email",
            "message",
            f.pick(W.SPIKE_FIXED, lang).format(first=c.first, time=local, agent=ag),
            subject=f.pick(W.SPIKE_FIXED_SUBJECT, lang),
            out=True,
            agent=ag,
        )
        c.extra["agent_fixed"] = True
    spike = {
        "topic": "digitised home videos play without sound in the Kassetto gallery, app and website: every film silent, player says 'audio track unavailable', error AUD_4417",
        "about": "Saturday morning: households sit down to watch their digitised family films and find every video silent (audio, sound, playback, gallery, error AUD_4417)",
        "channel": None,
        "start": iso(sat + timedelta(hours=8, minutes=10)),
        "end": iso(sat + timedelta(hours=8, minutes=55)),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[0].extra["spike_event_id"] for r in reporters],
        "repeat_event_ids": repeat_ids,
    }
    f.finish({"topic_spike": 1, "repeat_contact": 6}, spike)


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
        build()


if __name__ == "__main__":
    main()
