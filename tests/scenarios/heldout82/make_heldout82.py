# ruff: noqa: E501
"""Generate tests/scenarios/heldout82/ (report only, written blind).

Standard library only; fixed seed; two runs give the same bytes. Run as
``python make_heldout82.py`` from anywhere.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261114
SET_TAG = "og82"
WRITTEN = "2026-12-04"

LANG_MARKETS: dict[str, list[str]] = {
    "es": ["ES"],
    "de": ["DE", "DE", "DE", "AT", "CH"],
    "en": ["UK", "UK", "IE"],
    "fr": ["FR", "FR", "BE", "CH", "LU"],
    "it": ["IT", "IT", "IT", "CH"],
    "pt": ["PT"],
}
LANG_WEIGHTS: list[tuple[str, int]] = [
    ("es", 30),
    ("de", 30),
    ("en", 10),
    ("fr", 10),
    ("it", 10),
    ("pt", 10),
]
CET_MARKETS = {"ES", "DE", "AT", "CH", "FR", "BE", "LU", "IT"}

FIRST: dict[str, list[str]] = {
    "es": [
        "Lucía",
        "Javier",
        "Carmen",
        "Alberto",
        "Nuria",
        "Sergio",
        "Marta",
        "Iñaki",
        "Rocío",
        "Pablo",
        "Elena",
        "Andrés",
        "Irene",
        "Jordi",
        "Beatriz",
        "Raúl",
        "Pilar",
        "Óscar",
        "Laura",
        "Manuel",
        "Ainhoa",
        "Diego",
        "Silvia",
        "Toni",
    ],
    "de": [
        "Matthias",
        "Lena",
        "Jörg",
        "Sabine",
        "Tobias",
        "Anja",
        "Stefan",
        "Katrin",
        "Uwe",
        "Miriam",
        "Florian",
        "Heike",
        "Jens",
        "Claudia",
        "Niklas",
        "Petra",
        "Sven",
        "Julia",
        "Dirk",
        "Franziska",
        "Bernd",
        "Carina",
        "Ralf",
        "Svenja",
    ],
    "en": [
        "Siobhan",
        "Gareth",
        "Emma",
        "Liam",
        "Fiona",
        "Callum",
        "Hannah",
        "Declan",
        "Rachel",
        "Owen",
    ],
    "fr": [
        "Camille",
        "Yann",
        "Sophie",
        "Loïc",
        "Élodie",
        "Gaël",
        "Manon",
        "Thierry",
        "Aurélie",
        "Benoît",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Davide",
        "Francesca",
        "Luca",
        "Sara",
        "Matteo",
        "Valentina",
        "Paolo",
    ],
    "pt": [
        "Inês",
        "João",
        "Mariana",
        "Tiago",
        "Catarina",
        "Rui",
        "Beatriz",
        "Nuno",
        "Sofia",
        "Miguel",
    ],
}
LAST: dict[str, list[str]] = {
    "es": [
        "García",
        "Ferrer",
        "Ortega",
        "Navarro",
        "Iglesias",
        "Castro",
        "Vidal",
        "Romero",
        "Serrano",
        "Molina",
        "Otero",
        "Rubio",
        "Gil",
        "Pascual",
        "Santos",
        "Lozano",
        "Prieto",
        "Cabrera",
        "Mora",
        "Vega",
    ],
    "de": [
        "Petersen",
        "Hansen",
        "Kröger",
        "Brandt",
        "Lorenz",
        "Vogel",
        "Ziegler",
        "Hartmann",
        "Schuster",
        "Jansen",
        "Möller",
        "Albrecht",
        "Keller",
        "Brunner",
        "Lang",
        "Wolf",
        "Franke",
        "Seidel",
        "Huber",
        "Graf",
    ],
    "en": [
        "Murphy",
        "Walsh",
        "Davies",
        "Byrne",
        "Clarke",
        "Hughes",
        "Kelly",
        "Evans",
        "Doyle",
        "Price",
    ],
    "fr": [
        "Le Goff",
        "Moreau",
        "Girard",
        "Kerhervé",
        "Lambert",
        "Roussel",
        "Fournier",
        "Morel",
        "Dupont",
        "Le Bihan",
    ],
    "it": [
        "Bianchi",
        "Ferrari",
        "Galli",
        "Conti",
        "Marini",
        "Greco",
        "Rizzo",
        "Lombardi",
        "Moretti",
        "Barbieri",
    ],
    "pt": [
        "Silva",
        "Ferreira",
        "Costa",
        "Martins",
        "Sousa",
        "Pereira",
        "Carvalho",
        "Gomes",
        "Lopes",
        "Ribeiro",
    ],
}
JOBS = [
    "nurse",
    "teacher",
    "electrician",
    "market trader",
    "engineer",
    "dentist",
    "retired",
    "lawyer",
    "chef",
    "pilot",
    "firefighter",
    "pharmacist",
    "architect",
    "bus driver",
    "vet",
    "accountant",
    "fisherman",
    "IT consultant",
    "baker",
    "taxi driver",
]
MAIL_DOMAINS: dict[str, list[str]] = {
    "ES": ["correo.example", "buzon.example", "mimail.example"],
    "DE": ["postfach.example", "netzpost.example", "mailhaus.example"],
    "AT": ["postfach.example", "alpenmail.example"],
    "CH": ["seepost.example", "mailhaus.example"],
    "UK": ["inbox.example", "postbox.example"],
    "IE": ["inbox.example", "greenmail.example"],
    "FR": ["courriel.example", "laposte-test.example"],
    "BE": ["courriel.example", "postbus.example"],
    "LU": ["courriel.example"],
    "IT": ["posta.example", "casella.example"],
    "PT": ["correio.example", "caixa.example"],
}
SECOND_REASONS: dict[str, str] = {
    "es": "Spanish partner and a boat kept in Spain",
    "de": "works for a German charter company",
    "en": "English at work, a Scottish sailing club",
    "fr": "grew up in Brittany, French with the yard crew",
    "it": "Italian family, writes Italian to family boat friends",
    "pt": "Portuguese mother, boat once kept in Cascais",
}


def strip_accents(text: str) -> str:
    text = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in decomposed if unicodedata.category(c) != "Mn"))
    return "".join(out)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


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
    boat: str
    marina: str
    truth: dict[str, Any]


@dataclass
class Row:
    seq: int
    cust: Cust
    t: datetime
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]
    event_id: str


@dataclass
class Registry:
    used: set[str] = field(default_factory=set)

    def fresh(self, rng: random.Random, make: Any, tries: int = 200) -> str:
        for _ in range(tries):
            value = make()
            if value.lower() not in self.used:
                self.used.add(value.lower())
                return str(value)
        raise RuntimeError("could not find a fresh identifier")


REG = Registry()


def phone_for(rng: random.Random, market: str) -> str:
    d = rng.randint
    table = {
        "ES": lambda: f"+34{rng.choice('67')}{d(10000000, 99999999)}",
        "DE": lambda: f"+49{rng.choice(['151', '152', '160', '170', '176'])}{d(1000000, 99999999)}",
        "AT": lambda: f"+43{rng.choice(['664', '660', '676'])}{d(1000000, 9999999)}",
        "CH": lambda: f"+41{rng.choice(['76', '77', '78', '79'])}{d(1000000, 9999999)}",
        "UK": lambda: f"+447{d(100000000, 999999999)}",
        "IE": lambda: f"+353{rng.choice(['83', '85', '86', '87'])}{d(1000000, 9999999)}",
        "FR": lambda: f"+33{rng.choice('67')}{d(10000000, 99999999)}",
        "BE": lambda: f"+32{rng.choice(['470', '475', '486', '495'])}{d(100000, 999999)}",
        "LU": lambda: f"+352{rng.choice(['621', '661', '691'])}{d(100000, 999999)}",
        "IT": lambda: f"+393{d(100000000, 499999999)}",
        "PT": lambda: f"+351{rng.choice(['91', '92', '93', '96'])}{d(1000000, 9999999)}",
    }
    return table[market]()


def money(market: str, eur: float, spoken: bool = False, lang: str = "es") -> str:
    if market == "UK":
        n = round(eur * 0.86)
        return f"{n} pounds" if spoken else f"£{n}"
    if market == "CH":
        n = round(eur * 0.94)
        if spoken:
            return {"de": f"{n} Franken", "fr": f"{n} francs", "it": f"{n} franchi"}.get(
                lang, f"{n} francs"
            )
        return f"CHF {n}"
    n = round(eur)
    if spoken:
        return (
            f"{n} euros"
            if lang in ("en", "es", "pt", "fr")
            else f"{n} Euro"
            if lang == "de"
            else f"{n} euro"
        )
    return f"€{n}" if market == "IE" else f"{n} €"


def price_attrs(market: str, eur: int) -> tuple[str, str]:
    if market == "UK":
        return f"{eur * 0.86:.2f}", "GBP"
    if market == "CH":
        return f"{eur * 0.94:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


class Fam:
    def __init__(
        self, n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.n = n
        self.name = name
        self.code = code
        self.start = start
        self.days = days
        self.about = about
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    # ------------------------------------------------------------ helpers
    def at(self, day: int, hour: int, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def rt(self, day: int, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        return self.start + timedelta(days=day, minutes=minutes, seconds=self.rng.randint(0, 59))

    def lang(self) -> str:
        return self.rng.choices(
            [lang for lang, _ in LANG_WEIGHTS], weights=[w for _, w in LANG_WEIGHTS]
        )[0]

    def agent(self) -> str:
        return str(self.rng.choice(W.AGENTS))

    def case(self) -> str:
        return REG.fresh(self.rng, lambda: f"OG-{self.rng.randint(100000, 999999)}")

    def person(
        self,
        persona: str,
        habit: str,
        lang: str,
        market: str | None = None,
        expected: Sequence[str] = (),
        tolerated: Sequence[str] = (),
        segment: str = "consumer",
        account: str | None = None,
        domain: str | None = None,
        first: str | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        market = market or rng.choice(LANG_MARKETS[lang])
        key = REG.fresh(rng, lambda: f"OG{self.code}{rng.randint(1000, 9999)}")
        fn = first or rng.choice(FIRST[lang])
        ln = rng.choice(LAST[lang])
        plain_f = strip_accents(fn).lower().replace(" ", "")
        plain_l = strip_accents(ln).lower().replace(" ", "")
        if domain:
            email = REG.fresh(rng, lambda: f"{plain_f}@{domain}")
            handle = None
        else:
            dom = rng.choice(MAIL_DOMAINS[market])
            email = REG.fresh(
                rng,
                lambda: (
                    rng.choice(
                        [
                            f"{plain_f}.{plain_l}{rng.randint(1, 99)}",
                            f"{plain_f[0]}{plain_l}{rng.randint(1, 999)}",
                            f"{plain_l}.{plain_f}{rng.randint(1, 99)}",
                        ]
                    )
                    + f"@{dom}"
                ),
            )
            handle = REG.fresh(
                rng,
                lambda: rng.choice(
                    [
                        f"@{plain_l}_{plain_f}{rng.randint(1, 9)}",
                        f"@{plain_f}{plain_l}{rng.randint(10, 99)}",
                        f"@{plain_l}{plain_f[0]}",
                        f"@{plain_f}_{plain_l}",
                    ]
                ),
            )
        phone = REG.fresh(rng, lambda: phone_for(rng, market))
        boat = rng.choice(W.BOATS)
        marina = rng.choice(W.MARINAS[market])
        job = str(extra.pop("job", rng.choice(JOBS)))
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
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
            "segment": segment,
            "name": f"{fn} {ln}",
            "job": job,
            "town": marina,
            "boat": boat,
        }
        truth.update(extra)
        c = Cust(key, lang, market, fn, ln, email, phone, handle, account, boat, marina, truth)
        self.custs[key] = c
        return c

    def fmt(self, text: str, c: Cust, **kw: Any) -> str:
        values: dict[str, Any] = {
            "brand": W.BRAND,
            "club": W.CLUB,
            "boat": c.boat,
            "marina": c.marina,
            "first": c.first,
            "agent": self.agent(),
            "fleet": B.FLEET,
        }
        values.update(kw)
        return text.format(**values)

    def roughen(self, text: str) -> str:
        rr = self.rr
        if rr.random() < 0.10:
            text = strip_accents(text)
        if rr.random() < 0.12 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if rr.random() < 0.14:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = rr.choice(idx)
                w = words[i]
                j = rr.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        agent: str | None = None,
    ) -> str:
        self.seq += 1
        eid = f"{SET_TAG}-{self.code.lower()}-{self.seq:05d}"
        a = {"market": c.market}
        if c.truth["segment"] == "b2b":
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        if agent:
            a["agent"] = agent
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if (
            text is not None
            and not out
            and channel == "social"
            and c.truth["segment"] == "consumer"
        ):
            pos = text.rfind(W.BRAND)
            if pos >= 0 and text[pos - 1 : pos] != "@":
                text = text[:pos] + "@" + text[pos:]
            elif "@" + W.BRAND not in text:
                text = f"@{W.BRAND} " + text
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        if scores:
            sc.update(scores)
        self.rows.append(Row(self.seq, c, t, channel, kind, out, text, subject, sc, a, eid))
        return eid

    # ------------------------------------------------------------ reusable acts
    def reply_chat(self, c: Cust, t: datetime, text: str) -> tuple[str, datetime]:
        ag = self.agent()
        t2 = t + timedelta(minutes=self.rng.randint(1, 6))
        eid = self.add(c, t2, "chat", "chat", self.fmt(text, c, agent=ag), out=True, agent=ag)
        return eid, t2

    def reply_mail(
        self, c: Cust, t: datetime, subject: str, text: str, **kw: Any
    ) -> tuple[str, datetime]:
        ag = self.agent()
        if t.hour >= 22 or t.hour < 7:
            base = t if t.hour < 7 else t + timedelta(days=1)
            t = base.replace(hour=8, minute=self.rng.randint(0, 50))
        eid = self.add(
            c,
            t,
            "email",
            "message",
            self.fmt(text, c, agent=ag, **kw),
            subject=subject,
            out=True,
            agent=ag,
        )
        return eid, t

    def happy(self, c: Cust, t: datetime, kind: str | None = None) -> list[str]:
        """One happy act (and its answer and thanks) starting at t."""
        rng = self.rng
        lang = c.lang
        kind = kind or rng.choice(
            [
                "praise",
                "praise",
                "again",
                "gripe",
                "chat",
                "chat",
                "phone",
                "purchase",
                "purchase",
                "page",
                "review",
                "survey",
            ]
        )
        ids: list[str] = []
        if kind == "praise":
            ch = rng.choice(["community", "social"])
            ids.append(
                self.add(
                    c,
                    t,
                    ch,
                    "post" if ch == "community" else "mention",
                    self.fmt(rng.choice(W.PRAISE[lang]), c),
                )
            )
        elif kind == "again":
            ids.append(self.add(c, t, "community", "post", self.fmt(rng.choice(W.AGAIN[lang]), c)))
        elif kind == "gripe":
            if rng.random() < 0.5:
                ids.append(
                    self.add(
                        c,
                        t,
                        "web",
                        "review",
                        self.fmt(rng.choice(W.GRIPE_PRAISE[lang]), c),
                        attrs={"rating": "4", "page": "/reviews"},
                    )
                )
            else:
                ids.append(
                    self.add(
                        c, t, "community", "post", self.fmt(rng.choice(W.GRIPE_PRAISE[lang]), c)
                    )
                )
        elif kind == "chat":
            q, ans = rng.choice(W.CHAT_QA[lang])
            ids.append(self.add(c, t, "chat", "chat", self.fmt(q, c)))
            _, t2 = self.reply_chat(c, t, ans)
            if rng.random() < 0.6:
                ids.append(
                    self.add(
                        c,
                        t2 + timedelta(minutes=rng.randint(1, 3)),
                        "chat",
                        "chat",
                        rng.choice(W.THANKS[lang]),
                    )
                )
        elif kind == "phone":
            q, subj, ans = rng.choice(W.PHONE_QA[lang])
            ids.append(self.add(c, t, "phone", "call", self.fmt(q, c)))
            self.reply_mail(c, t + timedelta(minutes=rng.randint(10, 40)), subj, ans)
        elif kind == "purchase":
            label, eur, page = rng.choice(W.PRODUCTS)
            ids.append(self.add(c, t, "web", "page_view", attrs={"page": page}))
            value, cur = price_attrs(c.market, eur)
            ids.append(
                self.add(
                    c,
                    t + timedelta(minutes=rng.randint(3, 15)),
                    "web",
                    "purchase",
                    attrs={
                        "order_value": value,
                        "currency": cur,
                        "product": label,
                        "page": page + "/checkout",
                    },
                )
            )
        elif kind == "page":
            ids.append(self.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)}))
        elif kind == "review":
            ids.append(
                self.add(
                    c,
                    t,
                    "web",
                    "review",
                    self.fmt(rng.choice(W.REVIEWS[lang]), c),
                    attrs={"rating": "5", "page": "/reviews"},
                )
            )
        elif kind == "survey":
            ids.append(self.survey_happy(c, t))
        else:
            raise ValueError(kind)
        return ids

    def survey_happy(self, c: Cust, t: datetime) -> str:
        rng = self.rng
        which = rng.choice(["nps", "csat", "ces"])
        value = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            which
        ]
        word = rng.choice(W.SURVEY_WORDS[c.lang]) or None
        return self.add(
            c, t, "survey", "survey_response", word, scores={which: value}, attrs={"survey": which}
        )

    def survey_low(self, c: Cust, t: datetime, which: str) -> tuple[str, int]:
        rng = self.rng
        value = rng.randint(1, 5) if which == "nps" else rng.randint(1, 2)
        word = rng.choice(W.LOW_WORDS[c.lang]) or None
        return self.add(
            c, t, "survey", "survey_response", word, scores={which: value}, attrs={"survey": which}
        ), value

    def night_act(self, c: Cust, t: datetime) -> list[str]:
        rng = self.rng
        if rng.random() < 0.5:
            ch = rng.choice(["community", "social"])
            return [
                self.add(
                    c,
                    t,
                    ch,
                    "post" if ch == "community" else "mention",
                    self.fmt(rng.choice(W.NIGHT_POSTS[c.lang]), c),
                )
            ]
        q, ans = rng.choice(W.NIGHT_QA[c.lang])
        ids = [self.add(c, t, "chat", "chat", self.fmt(q, c))]
        _, t2 = self.reply_chat(c, t, ans)
        ids.append(
            self.add(
                c,
                t2 + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                "chat",
                rng.choice(W.THANKS[c.lang]),
            )
        )
        return ids

    def happy_days(
        self,
        c: Cust,
        days: Sequence[int],
        h0: float = 7,
        h1: float = 19,
        kinds: Sequence[str] | None = None,
    ) -> list[str]:
        ids: list[str] = []
        for i, day in enumerate(days):
            kind = kinds[i] if kinds and i < len(kinds) else None
            ids += self.happy(c, self.rt(day, h0, h1), kind)
        return ids

    def pick_days(self, lo: int, hi: int, k: int, avoid: Sequence[int] = ()) -> list[int]:
        pool = [d for d in range(lo, hi + 1) if d not in avoid]
        k = min(k, len(pool))
        return sorted(self.rng.sample(pool, k))

    # ------------------------------------------------------------ problems
    def amount(self, c: Cust, problem: str, spoken: bool = False) -> str:
        eur = {
            "double_charge": 1180,
            "refund": 200,
            "wrong_price": 96,
            "cancel_fee": 90,
            "no_show": 290,
            "damage": 0,
        }[problem]
        return money(c.market, eur, spoken, c.lang)

    def core(self, c: Cust, problem: str, spoken: bool = False) -> str:
        return self.fmt(
            self.rng.choice(W.PROBLEM_CORE[problem][c.lang]), c, amt=self.amount(c, problem, spoken)
        )

    def spoken(self, text: str, c: Cust, lang: str) -> str:
        """A speech-to-text transcript: no punctuation, lower case but for names, codes and German nouns."""
        keep = set((c.boat + " " + c.marina + " " + W.BRAND + " " + W.CLUB + " " + c.first).split())
        words = []
        for w in text.replace("\n", " ").split():
            w = w.strip(".,:;!?()\"'")
            if not w:
                continue
            if (
                w in keep
                or any(ch.isdigit() for ch in w)
                or (lang == "de" and w[:1].isupper() and not w.isupper())
            ):
                words.append(w)
            else:
                words.append(w.lower())
        if lang == "de" and words:
            words[0] = (
                words[0]
                if words[0] in keep
                else words[0].lower()
                if words[0] in ("Das", "Die", "Der", "Ich", "Sie", "Beim")
                else words[0]
            )
        return " ".join(words)

    def complaint(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        long: bool = False,
        lang: str | None = None,
    ) -> str:
        """A first complaint on a channel; returns the event id."""
        if lang and lang != c.lang:
            saved = c.lang
            c.lang = lang
            try:
                return self.complaint(c, t, problem, channel, long)
            finally:
                c.lang = saved
        lang = c.lang
        label = W.PROBLEM_LABEL[problem][lang]
        subj = W.COMPLAINT_SUBJ[lang].format(label=label)
        if channel == "email":
            if long:
                text = self.fmt(self.rng.choice(W.LONG_EMAIL[lang]), c, core=self.core(c, problem))
            else:
                text = f"{W.GREETING[lang]} {self.core(c, problem)} {W.SIGNOFF[lang]}"
            return self.add(c, t, "email", "message", text, subject=subj)
        if channel == "web":
            return self.add(
                c,
                t,
                "web",
                "ticket",
                f"{self.core(c, problem)} {W.FORM_ASK[lang]}",
                subject=subj,
                attrs={"page": "/help/contact"},
            )
        if channel == "chat":
            return self.add(
                c,
                t,
                "chat",
                "chat",
                self.fmt(W.PROBLEM_ANGRY[problem][lang], c, amt=self.amount(c, problem)),
            )
        if channel == "social":
            return self.add(
                c,
                t,
                "social",
                "mention",
                self.fmt(W.PROBLEM_ANGRY[problem][lang], c, amt=self.amount(c, problem))
                + f" {W.BRAND}",
            )
        if channel == "phone":
            return self.add(
                c,
                t,
                "phone",
                "call",
                f"{W.PHONE_OPEN[lang]} {self.spoken(self.core(c, problem, spoken=True), c, lang)}",
            )
        raise ValueError(channel)

    def later_contact(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        case: str,
        nth: int,
        comp: str | None,
        lang: str | None = None,
    ) -> str:
        lang = lang or c.lang
        label = W.PROBLEM_LABEL[problem][lang]
        text = self.fmt(self.rng.choice(W.REPEAT_LATER[lang]), c, case=case, label=label)
        if nth == 3 and comp:
            text += " " + W.REPEAT_THIRD[lang].format(comp=comp)
        if nth == 4:
            text += " " + W.REPEAT_FOURTH[lang]
        if channel == "email":
            return self.add(
                c, t, "email", "message", text, subject=W.CASE_SUBJ[lang].format(case=case)
            )
        if channel == "web":
            return self.add(
                c,
                t,
                "web",
                "ticket",
                text,
                subject=W.CASE_SUBJ[lang].format(case=case),
                attrs={"page": "/help/contact"},
            )
        if channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
            self.reply_chat(c, t, W.AGENT_URGENT[lang].format(case=case))
            return eid
        if channel == "social":
            return self.add(c, t, "social", "mention", text + f" {W.BRAND}")
        if channel == "phone":
            return self.add(
                c, t, "phone", "call", f"{W.PHONE_OPEN[lang]} {self.spoken(text, c, lang)}"
            )
        raise ValueError(channel)

    def ack(
        self, c: Cust, t: datetime, channel: str, case: str, lang: str | None = None
    ) -> tuple[str, datetime]:
        lang = lang or c.lang
        if channel == "chat":
            return self.reply_chat(c, t, W.AGENT_CHAT_CASE[lang].format(first=c.first, case=case))
        subj = W.CASE_SUBJ[lang].format(case=case)
        return self.reply_mail(
            c,
            t + timedelta(minutes=self.rng.randint(10, 40)),
            subj,
            W.AGENT_CASE_OPENED[lang],
            case=case,
        )

    def fixed_case(
        self, c: Cust, t: datetime, problem: str, channel: str, lang: str, confirm_lang: str
    ) -> dict[str, Any]:
        rng = self.rng
        case = self.case()
        first_id = self.complaint(c, t, problem, channel, lang=lang)
        self.ack(c, t, channel, case, lang)
        _gn, t_gn = self.reply_mail(
            c,
            t + timedelta(hours=rng.uniform(3, 20)),
            W.CASE_SUBJ[confirm_lang].format(case=case),
            W.AGENT_GOOD_NEWS[confirm_lang],
            case=case,
        )
        t_conf = t_gn + timedelta(hours=rng.uniform(8, 30))
        if t_conf.hour >= 22 or t_conf.hour < 7:
            t_conf = (t_conf if t_conf.hour < 7 else t_conf + timedelta(days=1)).replace(
                hour=9, minute=rng.randint(0, 59)
            )
        conf_ch = rng.choice(["email", "chat"])
        text = W.CONFIRM[confirm_lang].format(case=case)
        if conf_ch == "email":
            conf = self.add(
                c,
                t_conf,
                "email",
                "message",
                text,
                subject=W.CASE_SUBJ[confirm_lang].format(case=case),
            )
        else:
            conf = self.add(c, t_conf, "chat", "chat", text)
        return {
            "problem": problem,
            "booking": case,
            "raised_at": iso(t),
            "fixed_at": iso(t_gn),
            "confirmed_at": iso(t_conf),
            "problem_event_ids": [first_id],
            "confirm_event_id": conf,
            "channel": channel,
            "confirm_channel": conf_ch,
        }

    # ------------------------------------------------------------ output
    def finalize(self) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        rr = self.rr
        rows = sorted(self.rows, key=lambda r: (r.t, r.seq))
        first_in: dict[str, int] = {}
        for r in rows:
            if not r.out and r.cust.key not in first_in:
                first_in[r.cust.key] = r.seq
        out: list[dict[str, Any]] = []
        for r in rows:
            c = r.cust
            full = r.out or first_in.get(c.key) == r.seq
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif r.channel == "phone":
                ref["phone"] = (
                    c.phone
                    if rr.random() < 0.5
                    else c.phone[:3] + " " + c.phone[3:]
                    if c.phone.startswith(("+34", "+49", "+43", "+41", "+44", "+33", "+32", "+39"))
                    else c.phone[:4] + " " + c.phone[4:]
                )
            elif r.channel in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if rr.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif r.channel == "email":
                ref["email"] = c.email.upper() if rr.random() < 0.08 else c.email
            else:
                ref["customer_id"] = c.key
            src = {
                "email": "ormeggia-mail",
                "phone": "ormeggia-voice",
                "social": "ormeggia-social",
                "community": "ormeggia-forum",
                "chat": "ormeggia-chat",
                "web": "ormeggia-web",
                "survey": "ormeggia-survey",
            }[r.channel]
            out.append(
                {
                    "event_id": r.event_id,
                    "occurred_at": iso(r.t),
                    "channel": r.channel,
                    "kind": r.kind,
                    "direction": "outbound" if r.out else "inbound",
                    "customer": ref,
                    "text": r.text,
                    "subject": r.subject,
                    "scores": r.scores,
                    "source": src,
                    "attributes": r.attrs,
                }
            )
        end = max(self.start + timedelta(days=self.days), rows[-1].t + timedelta(hours=1))
        customers = {k: c.truth for k, c in sorted(self.custs.items())}
        expected = Counter[str]()
        for ct in customers.values():
            expected.update(ct["expected_rules"])
        for a in self.accounts.values():
            expected.update(a["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Ormeggia (boatyard and marina services by app; Ormeggia Fleet for fleets on account)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "journey": {},
            "expectations": {},
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
        }
        return out, truth


HAPPY_KINDS_NO_SURVEY = [
    "praise",
    "praise",
    "again",
    "gripe",
    "chat",
    "chat",
    "phone",
    "purchase",
    "purchase",
    "page",
    "review",
]


# ====================================================================== families


def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers by day and by night, and survey-only customers: nothing to warn about",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer", f.lang())
        f.happy_days(c, f.pick_days(0, 9, rng.randint(5, 8)))
    for _ in range(5):
        c = f.person("happy", "night writer", f.lang())
        for d in f.pick_days(0, 8, rng.randint(2, 4)):
            t = f.at(d, 22, 12) + timedelta(minutes=rng.randint(0, 378))
            f.night_act(c, t)
        for d in f.pick_days(0, 9, rng.randint(2, 3)):
            f.happy(c, f.rt(d, 9, 18), rng.choice(["praise", "purchase", "page", "review"]))
    for _ in range(5):
        c = f.person("happy", "answers surveys", f.lang())
        for d in f.pick_days(0, 9, rng.randint(3, 6)):
            f.survey_happy(c, f.rt(d, 8, 20))
    return f


PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry day; six give a detractor NPS",
    )
    rng = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = PROBLEMS * 4
    rng.shuffle(problems)
    slots = list(zip(channels, problems, strict=True))
    with_case = [i for i, (ch, _) in enumerate(slots) if ch != "social"]
    nps_idx = set(rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in nps_idx]
    csat_idx = set(rng.sample(rest, 5))
    good_idx = set(rng.sample(with_case, 12))
    mail_good = [i for i in sorted(good_idx)]
    apology_idx = set(rng.sample(mail_good, 5))
    long_langs = ["es", "es", "de", "de"]
    for i, (ch, problem) in enumerate(slots):
        lang = long_langs.pop() if ch == "long" else f.lang()
        is_nps = i in nps_idx
        persona = "bad_day_detractor" if is_nps else "happy_one_bad_day"
        c = f.person(
            persona,
            "one bad day",
            lang,
            expected=["detractor"] if is_nps else [],
            tolerated=["silence"],
            problem=problem,
            long_email=ch == "long",
        )
        bd = rng.randint(2, 9)
        t = f.rt(bd, 8, 20)
        channel = "email" if ch == "long" else ch
        eid = f.complaint(c, t, problem, channel, long=ch == "long")
        case = None
        if channel != "social":
            case = f.case()
            f.ack(c, t, channel, case)
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            problem_event_ids=[eid],
            channel=channel,
            booking=case,
            trouble_starts_at=iso(t),
            nps_given=False,
            csat_given=False,
            agent_fixed=False,
            apologised=False,
        )
        if is_nps:
            sid, v = f.survey_low(c, t + timedelta(minutes=rng.randint(100, 140)), "nps")
            c.truth.update(nps_given=True, nps=v, survey_event_id=sid)
        elif i in csat_idx:
            sid, v = f.survey_low(c, t + timedelta(minutes=rng.randint(40, 80)), "csat")
            c.truth.update(csat_given=True, csat=v, survey_event_id=sid)
        if i in good_idx and case:
            f.reply_mail(
                c,
                t + timedelta(minutes=rng.randint(60, 240)),
                W.CASE_SUBJ[lang].format(case=case),
                W.AGENT_GOOD_NEWS[lang],
                case=case,
            )
            c.truth["agent_fixed"] = True
            if i in apology_idx:
                ta = t + timedelta(hours=rng.uniform(16, 24))
                if ta.hour >= 22 or ta.hour < 7:
                    ta = (ta if ta.hour < 7 else ta + timedelta(days=1)).replace(
                        hour=8, minute=rng.randint(5, 55)
                    )
                ach = rng.choice(["chat", "email"])
                aid = f.add(
                    c,
                    ta,
                    ach,
                    "chat" if ach == "chat" else "message",
                    W.APOLOGY[lang],
                    subject=W.CASE_SUBJ[lang].format(case=case) if ach == "email" else None,
                )
                c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
        days = [d for d in range(0, 12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(
            c,
            sorted(rng.sample(days, min(len(days), rng.randint(1, 5)))),
            kinds=[rng.choice(HAPPY_KINDS_NO_SURVEY) for _ in range(5)],
        )
    for _ in range(8):
        c = f.person("happy", "control", f.lang())
        f.happy_days(c, f.pick_days(0, 11, rng.randint(4, 7)))
    return f


REPEAT_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]


def out_of_night(t: datetime, rng: random.Random) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 59))
    if t.hour < 7:
        return t.replace(hour=8, minute=rng.randint(0, 59))
    return t


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: int,
    contacts: int,
    first_channel: str,
    quality: bool,
    langs: Sequence[str] | None = None,
) -> None:
    rng = f.rng
    problem = rng.choice(PROBLEMS)
    case = f.case()
    comp = rng.choice(W.COMPETITORS) if contacts >= 3 else None
    lang0 = langs[0] if langs else c.lang
    t = f.rt(first_day, 8, 19)
    ids = [f.complaint(c, t, problem, first_channel, lang=lang0)]
    if first_channel == "chat":
        f.reply_chat(c, t, W.AGENT_CHAT_CASE[lang0].format(first=c.first, case=case))
    if quality:
        f.reply_mail(
            c,
            t + timedelta(minutes=rng.randint(90, 150)),
            W.CASE_SUBJ[lang0].format(case=case),
            W.AGENT_QUALITY[lang0],
            case=case,
        )
    elif first_channel != "chat":
        f.ack(c, t, first_channel, case, lang0)
    used = {first_channel}
    tc = t
    for nth in range(2, contacts + 1):
        tc = out_of_night(tc + timedelta(hours=rng.uniform(4, 40)), rng)
        choices = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch not in used]
        ch = rng.choice(choices)
        used.add(ch)
        lang = langs[(nth - 1) % len(langs)] if langs else c.lang
        ids.append(f.later_contact(c, tc, problem, ch, case, nth, comp, lang=lang))
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=contacts,
        channels=sorted(used),
        channel=first_channel,
        problem_event_ids=ids,
        repeat_event_id=ids[1],
        trouble_starts_at=iso(t),
        competitor=comp,
        agent_passed_on=quality,
    )


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        "repeat contacts about one open problem, fixed cases, two different problems and frequent writers",
    )
    rng = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(firsts)
    rng.shuffle(counts)
    quality = [True] * 6 + [False] * 6
    rng.shuffle(quality)
    for i in range(12):
        c = f.person(
            "repeat_contact", "repeats", f.lang(), expected=["repeat_contact"], tolerated=REPEAT_TOL
        )
        for _ in range(rng.randint(1, 3)):
            f.happy(c, f.rt(0, 7, 12), rng.choice(HAPPY_KINDS_NO_SURVEY))
        repeat_run(f, c, rng.randint(1, 4), counts[i], firsts[i], quality[i])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", f.lang(), tolerated=["silence"])
        f.happy(c, f.rt(0, 8, 18))
        case = f.fixed_case(
            c,
            f.rt(rng.randint(1, 4), 8, 19),
            rng.choice(PROBLEMS),
            rng.choice(["web", "email"]),
            c.lang,
            c.lang,
        )
        c.truth.update(
            problems=[case], trouble_starts_at=case["raised_at"], booking=case["booking"]
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", f.lang(), tolerated=["silence"])
        p1, p2 = rng.sample(PROBLEMS, 2)
        d1 = rng.randint(0, 2)
        cases = [
            f.fixed_case(
                c, f.rt(d1, 8, 18), p1, rng.choice(["web", "email", "chat"]), c.lang, c.lang
            ),
            f.fixed_case(
                c,
                f.rt(d1 + rng.randint(4, 5), 8, 18),
                p2,
                rng.choice(["web", "email"]),
                c.lang,
                c.lang,
            ),
        ]
        c.truth.update(problems=cases, trouble_starts_at=cases[0]["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer", f.lang())
        f.happy_days(
            c,
            f.pick_days(0, 9, rng.randint(5, 8)),
            kinds=[
                rng.choice(["chat", "chat", "phone", "chat", "praise", "purchase"])
                for _ in range(8)
            ],
        )
    return f


SLIDER_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
]


def slide(
    f: Fam, c: Cust, start_day: int, span: int, langs: Sequence[str] | None = None
) -> list[str]:
    rng = f.rng
    comp = rng.choice(W.COMPETITORS)
    offsets = sorted(rng.sample(range(0, span * 24 * 60), 6))
    ids: list[str] = []
    times: list[datetime] = []
    prev: datetime | None = None
    for i, off in enumerate(offsets):
        t = f.start + timedelta(days=start_day, hours=9, minutes=off)
        t = out_of_night(t, rng)
        if prev and t < prev + timedelta(hours=1):
            t = out_of_night(prev + timedelta(hours=1, minutes=rng.randint(5, 90)), rng)
        prev = t
        lang = langs[i % len(langs)] if langs else c.lang
        text = W.SLIDE[lang][i].format(comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
        times.append(t)
    c.truth.update(
        slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=iso(times[0])
    )
    c.truth["_times"] = times
    return ids


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 6, 22, tzinfo=UTC),
        32,
        "sliding customers, leavers, steady, steadily grumpy and sarcastic customers",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_who = set(rng.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i in nps_who else [])
        c = f.person("slow_churner", "slides", f.lang(), expected=exp, tolerated=SLIDER_TOL)
        praise_days = f.pick_days(0, 10, rng.randint(4, 5))
        for d in praise_days:
            f.happy(c, f.rt(d, 7, 20), rng.choice(["praise", "praise", "again"]))
        for d in f.pick_days(0, 10, rng.randint(2, 4)):
            f.happy(c, f.rt(d, 7, 20), rng.choice(["chat", "purchase", "page", "review", "phone"]))
        slide(f, c, rng.randint(12, 16), spans[i])
        times = c.truth.pop("_times")
        if i in nps_who:
            sid, v = f.survey_low(
                c, out_of_night(times[3] + timedelta(minutes=rng.randint(150, 210)), rng), "nps"
            )
            c.truth.update(nps_given=True, nps=v, survey_event_id=sid)
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            f.lang(),
            expected=["churn_intent"],
            tolerated=["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"],
        )
        f.happy_days(
            c,
            f.pick_days(0, 15, rng.randint(4, 6)),
            kinds=[rng.choice(HAPPY_KINDS_NO_SURVEY) for _ in range(6)],
        )
        t = f.rt(rng.randint(17, 23), 8, 19)
        ask = f.add(
            c,
            t,
            "email",
            "message",
            f.fmt(rng.choice(W.CANCEL_ASK[c.lang]), c),
            subject={
                "es": "Baja",
                "de": "Kündigung",
                "en": "Cancel membership",
                "fr": "Résiliation",
                "it": "Disdetta",
                "pt": "Cancelamento",
            }[c.lang],
        )
        f.reply_mail(
            c,
            t + timedelta(minutes=rng.randint(60, 300)),
            {
                "es": "RE: Baja",
                "de": "AW: Kündigung",
                "en": "Re: Cancel membership",
                "fr": "RE : Résiliation",
                "it": "R: Disdetta",
                "pt": "RE: Cancelamento",
            }[c.lang],
            W.AGENT_SORRY_GO[c.lang],
        )
        tc = t + timedelta(minutes=rng.randint(20 * 60, 30 * 60))
        can = f.add(
            c, tc, "web", "cancellation", attrs={"page": "/account/cancel", "product": W.CLUB}
        )
        c.truth.update(
            churn_intent_event_id=ask,
            cancellation_event_id=can,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady", f.lang())
        f.happy_days(c, f.pick_days(0, 31, rng.randint(6, 10)))
    for _ in range(5):
        c = f.person(
            "steadily_grumpy", "grumbles", f.lang(), tolerated=["repeat_contact", "silence"]
        )
        d = rng.randint(0, 4)
        ids: list[str] = []
        first_t = None
        for _ in range(rng.randint(5, 7)):
            t = f.rt(d, 8, 21)
            first_t = first_t or t
            text = rng.choice(W.GRUMBLES[c.lang])
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    f.add(
                        c,
                        t,
                        ch,
                        "post" if ch == "community" else "mention",
                        text + (f" {W.BRAND}" if ch == "social" else ""),
                    )
                )
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.happy(c, f.rt(rng.randint(0, 25), 8, 20), "purchase")
        c.truth.update(grumble_event_ids=ids, trouble_starts_at=iso(first_t) if first_t else None)
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", f.lang(), tolerated=["silence"])
        sd = rng.randint(17, 28)
        f.happy_days(
            c,
            f.pick_days(0, 31, rng.randint(4, 6), avoid=[sd]),
            kinds=[rng.choice(HAPPY_KINDS_NO_SURVEY) for _ in range(6)],
        )
        t = f.rt(sd, 9, 20)
        sid = f.add(
            c,
            t,
            rng.choice(["social", "community"]),
            "post",
            f.fmt(rng.choice(W.SARCASM[c.lang]), c),
        )
        c.truth.update(sarcasm_event_id=sid, trouble_starts_at=iso(t))
    for r in f.rows:
        if r.channel == "social" and r.kind == "post":
            r.kind = "mention"
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in short bursts: no spike",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer", f.lang())
        for d in f.pick_days(0, 2, rng.randint(1, 3)):
            f.happy(
                c,
                f.rt(d, 7, 17.5),
                rng.choice(["praise", "chat", "purchase", "page", "review", "survey"]),
            )
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", f.lang(), tolerated=["silence"])
        d = rng.randint(0, 2)
        t = f.rt(d, 8, 16)
        f.happy(c, t, rng.choice(["page", "purchase"]))
        tg = t + timedelta(minutes=rng.randint(20, 30))
        q, ans = rng.choice(W.MILD[c.lang])
        if i < 2:
            gid = f.add(c, tg, "chat", "chat", q)
            f.reply_chat(c, tg, ans)
        else:
            gid = f.add(c, tg, "web", "ticket", q, attrs={"page": "/help/contact"})
            f.reply_mail(
                c,
                tg + timedelta(minutes=rng.randint(15, 90)),
                {
                    "es": "Tu mensaje",
                    "de": "Ihre Nachricht",
                    "en": "Your message",
                    "fr": "Votre message",
                    "it": "Il tuo messaggio",
                    "pt": "A sua mensagem",
                }[c.lang],
                W.FORM_ACK[c.lang],
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(tg))
    owl = 0
    for night in range(1, 4):
        b1 = f.at(night, 0, 40) + timedelta(minutes=rng.randint(0, 25))
        starts = [
            b1,
            b1 + timedelta(minutes=rng.randint(28, 33)),
            b1 + timedelta(minutes=rng.randint(55, 65)),
        ]
        for bi, bs in enumerate(starts, start=1):
            for _ in range(4):
                owl += 1
                c = f.person("night_owl", f"night {night}, burst {bi}", f.lang())
                t = bs + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                ids = f.night_act(c, t)
                c.truth.update(burst_at=iso(bs), night_event_id=ids[0])
                if owl % 2 == 0:
                    f.happy(
                        c,
                        f.rt(rng.randint(0, 2), 9, 17.5),
                        rng.choice(["praise", "purchase", "page"]),
                    )
    return f


PAIRS = (
    [("es", "de")] * 4
    + [("de", "es")] * 4
    + [("es", "en")] * 2
    + [("en", "es")] * 2
    + [("de", "en")] * 2
    + [
        ("de", "fr"),
        ("fr", "de"),
        ("es", "pt"),
        ("pt", "es"),
        ("es", "it"),
        ("it", "es"),
        ("de", "it"),
        ("en", "de"),
        ("fr", "es"),
        ("it", "de"),
        ("pt", "de"),
        ("es", "fr"),
        ("de", "pt"),
    ]
)


def pair_market(rng: random.Random, pair: tuple[str, str]) -> str:
    options = LANG_MARKETS[pair[0]] + LANG_MARKETS[pair[1]]
    return rng.choice(options)


def bilingual() -> Fam:
    f = Fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "customers writing in two languages: repeat contacts and slides across languages",
    )
    rng = f.rng
    pairs = list(PAIRS)
    rng.shuffle(pairs)
    # the long German bad day needs German as the second language
    long_pair_idx = next(i for i, p in enumerate(pairs) if p[1] == "de")
    long_pair = pairs.pop(long_pair_idx)
    roles = (
        ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad_email", "bad_chat"] + ["fixed"] * 2
    )
    repeat_counts = [2, 2, 3, 3, 4]
    r_i = 0
    todo: list[tuple[str, tuple[str, str]]] = [
        ("bad_long", long_pair),
        *zip(roles, pairs, strict=True),
    ]
    for role, pair in todo:
        l1, l2 = pair
        market = pair_market(rng, pair)
        common: dict[str, Any] = {"languages": [l1, l2], "job_second_language": SECOND_REASONS[l2]}
        if role == "happy":
            c = f.person("happy", "alternates languages", l1, market, **common)
            for j, d in enumerate(f.pick_days(0, 13, rng.randint(5, 8))):
                c.lang = [l1, l2][j % 2]
                f.happy(c, f.rt(d, 7, 20))
            c.lang = l1
        elif role == "repeat":
            n = repeat_counts[r_i]
            r_i += 1
            c = f.person(
                "repeat_contact",
                "repeats",
                l1,
                market,
                expected=["repeat_contact"],
                tolerated=REPEAT_TOL,
                **common,
            )
            for _ in range(rng.randint(1, 3)):
                f.happy(c, f.rt(rng.randint(0, 1), 8, 18), rng.choice(HAPPY_KINDS_NO_SURVEY))
            repeat_run(
                f,
                c,
                rng.randint(2, 5),
                n,
                rng.choice(["web", "email", "chat"]),
                n >= 3,
                langs=[l1, l2],
            )
        elif role == "slide":
            c = f.person(
                "slow_churner",
                "slides",
                l1,
                market,
                expected=["sentiment_drop"],
                tolerated=SLIDER_TOL,
                **common,
            )
            for j, d in enumerate(f.pick_days(0, 5, 5)):
                c.lang = [l1, l2][j % 2]
                f.happy(c, f.rt(d, 7, 20), "praise")
            for _ in range(rng.randint(1, 3)):
                f.happy(c, f.rt(rng.randint(0, 5), 7, 20), rng.choice(["chat", "purchase", "page"]))
            c.lang = l1
            slide(f, c, rng.randint(7, 8), rng.randint(3, 5), langs=[l1, l2])
            c.truth.pop("_times")
        elif role in ("bad_long", "bad_email", "bad_chat"):
            c = f.person(
                "happy_one_bad_day", "one bad day", l1, market, tolerated=["silence"], **common
            )
            problem = rng.choice(PROBLEMS)
            bd = rng.randint(4, 9)
            for d in f.pick_days(0, 13, rng.randint(2, 4), avoid=list(range(bd - 1, bd + 3))):
                f.happy(c, f.rt(d, 8, 19), rng.choice(HAPPY_KINDS_NO_SURVEY))
            t = f.rt(bd, 8, 20)
            ch = "chat" if role == "bad_chat" else "email"
            eid = f.complaint(c, t, problem, ch, long=role == "bad_long", lang=l2)
            case = f.case()
            f.ack(c, t, ch, case, l2)
            c.truth.update(
                problem=problem,
                bad_day_at=iso(t),
                bad_day_event_id=eid,
                bad_day_language=l2,
                booking=case,
                trouble_starts_at=iso(t),
                long_email=role == "bad_long",
                agent_fixed=False,
                apologised=False,
            )
            if ch == "email":
                f.reply_mail(
                    c,
                    t + timedelta(minutes=rng.randint(60, 240)),
                    W.CASE_SUBJ[l2].format(case=case),
                    W.AGENT_GOOD_NEWS[l2],
                    case=case,
                )
                c.truth["agent_fixed"] = True
            if role == "bad_email":
                ta = out_of_night(t + timedelta(hours=rng.uniform(18, 24)), rng)
                aid = f.add(c, ta, "chat", "chat", W.APOLOGY[l1])
                c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
        elif role == "fixed":
            c = f.person(
                "resolved_between_contacts", "fixed", l1, market, tolerated=["silence"], **common
            )
            f.happy(c, f.rt(rng.randint(0, 2), 8, 18))
            case_d = f.fixed_case(
                c, f.rt(rng.randint(3, 7), 8, 19), rng.choice(PROBLEMS), "web", l1, l2
            )
            c.truth.update(
                problems=[case_d],
                trouble_starts_at=case_d["raised_at"],
                booking=case_d["booking"],
                confirm_language=l2,
            )
    return f


def office(f: Fam, day: int, rng: random.Random, h0: float = 8, h1: float = 16.5) -> datetime:
    t = f.rt(day, h0, h1)
    return t


def next_office(t: datetime, rng: random.Random) -> datetime:
    for _ in range(10):
        if t.weekday() >= 5:
            t = (t + timedelta(days=7 - t.weekday())).replace(hour=8, minute=rng.randint(0, 59))
            continue
        if t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 59))
            continue
        if t.hour < 8:
            t = t.replace(hour=8, minute=rng.randint(0, 59))
            continue
        return t
    raise RuntimeError("no office time found")


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "fleet accounts: at-risk accounts, one unhappy contact, mild suggestions and happy accounts",
    )
    rng = f.rng
    comp_tol = [
        "account_risk",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "sentiment_drop",
        "silence",
    ]
    # (market, kind, size, complainers, problem)
    plan = [
        ("DE", "at_risk", 5, 3, "portal"),
        ("DE", "at_risk", 4, 4, "invoice"),
        ("ES", "at_risk", 6, 3, "invoice"),
        ("ES", "at_risk", 5, 4, "overbilled"),
        ("FR", "at_risk", 4, 3, "service_blocked"),
        ("DE", "one_unhappy", 3, 1, "service_blocked"),
        ("PT", "one_unhappy", 3, 1, "overbilled"),
        ("IT", "one_unhappy", 3, 1, "portal"),
        ("DE", "one_unhappy", 3, 1, "invoice"),
        ("DE", "mild", 3, 0, None),
        ("PT", "mild", 4, 0, None),
        ("ES", "mild", 3, 0, None),
        ("DE", "happy", 4, 0, None),
        ("IE", "happy", 5, 0, None),
        ("UK", "happy", 4, 0, None),
    ]
    lang_of = {"DE": "de", "ES": "es", "PT": "pt", "FR": "fr", "IE": "en", "UK": "en", "IT": "it"}
    names_left = {m: list(v) for m, v in B.COMPANY_NAMES.items()}
    for ai, (market, kind, size, n_bad, problem) in enumerate(plan):
        lang = lang_of[market]
        company = names_left[market].pop(0)
        acc = REG.fresh(rng, lambda m=market: f"OGF-{m}-{rng.randint(1000, 9999)}")
        domain = (
            strip_accents(company.split()[0] + company.split()[1])
            .lower()
            .replace(".", "")
            .replace("'", "")
            + ".example"
        )
        firsts = rng.sample(FIRST[lang], size)
        site = B.SITE_OF[company]
        contacts: list[Cust] = []
        bad_keys: list[str] = []
        for j in range(size):
            role = "contact"
            if kind == "at_risk" and j < n_bad:
                persona, role = "b2b_unhappy", "complainer"
                exp: list[str] = []
                tol = comp_tol
            elif kind == "one_unhappy" and j == 0:
                persona, role = "b2b_one_unhappy", "complainer"
                exp, tol = ["detractor"], ["high_value_at_risk", "sentiment_drop", "silence"]
            elif kind == "mild" and j < 2:
                persona, role = "b2b_mild", "suggests"
                exp, tol = [], ["silence"]
            else:
                persona, exp, tol = "b2b_happy", [], []
            title = rng.choice(B.JOB_TITLES)
            c = f.person(
                persona,
                role,
                lang,
                market,
                expected=exp,
                tolerated=tol,
                segment="b2b",
                account=acc,
                domain=domain,
                first=firsts[j],
                job=title,
                company=company,
                role=role,
                job_title=title,
            )
            contacts.append(c)
            if role == "complainer":
                bad_keys.append(c.key)
        # routine acts
        for c in contacts:
            role = c.truth["role"]
            if role == "contact":
                for d in f.pick_days(0, 13, rng.randint(3, 6)):
                    if (f.start + timedelta(days=d)).weekday() >= 5:
                        continue
                    t = office(f, d, rng)
                    act = rng.choice(["chat", "purchase", "page", "praise", "survey"])
                    if act == "chat":
                        q, ans = rng.choice(B.B2B_QA[lang])
                        f.add(c, t, "chat", "chat", q)
                        _, t2 = f.reply_chat(c, t, ans)
                        if rng.random() < 0.6:
                            f.add(
                                c,
                                t2 + timedelta(minutes=rng.randint(1, 3)),
                                "chat",
                                "chat",
                                B.B2B_THANKS[lang],
                            )
                    elif act == "purchase":
                        label, eur, page = rng.choice(B.FLEET_PRODUCTS)
                        f.add(c, t, "web", "page_view", attrs={"page": page})
                        value, cur = price_attrs(market, eur)
                        f.add(
                            c,
                            t + timedelta(minutes=rng.randint(3, 15)),
                            "web",
                            "purchase",
                            attrs={
                                "order_value": value,
                                "currency": cur,
                                "product": label,
                                "page": page + "/checkout",
                            },
                        )
                    elif act == "page":
                        f.add(c, t, "web", "page_view", attrs={"page": rng.choice(B.PORTAL_PAGES)})
                    elif act == "praise":
                        f.add(c, t, "community", "post", B.B2B_PRAISE[lang].format(brand=W.BRAND))
                    else:
                        f.survey_happy(c, t)
            else:
                for _ in range(rng.randint(0, 2)):
                    t = office(f, rng.randint(0, 1), rng)
                    act = rng.choice(["chat", "page"])
                    if act == "chat":
                        q, ans = rng.choice(B.B2B_QA[lang])
                        f.add(c, t, "chat", "chat", q)
                        f.reply_chat(c, t, ans)
                    else:
                        f.add(c, t, "web", "page_view", attrs={"page": rng.choice(B.PORTAL_PAGES)})
        acct: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": size,
            "contact_keys": sorted(c.key for c in contacts),
            "unhappy_contacts": len(bad_keys),
            "unhappy_contact_keys": sorted(bad_keys),
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk" and problem:
            case = f.case()
            t = f.rt(2, 8, 12)  # Wednesday 14 October
            acct["trouble_starts_at"] = iso(t)
            core = B.PROBLEM_B2B[problem][lang]
            prev = contacts[0]
            wd = B.WEEKDAYS[lang][t.weekday()]
            for j in range(n_bad):
                c = contacts[j]
                if j == 0:
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f"{W.GREETING[lang]} {core}",
                        subject=B.B2B_SUBJ[lang],
                    )
                    f.reply_mail(
                        c,
                        t + timedelta(minutes=rng.randint(20, 60)),
                        W.CASE_SUBJ[lang].format(case=case),
                        B.AGENT_ACK_B2B[lang],
                        case=case,
                    )
                else:
                    t = next_office(t + timedelta(hours=rng.uniform(8, 28)), rng)
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        B.LATER_B2B[lang].format(prev=prev.first, weekday=wd, case=case, core=core),
                        subject=W.CASE_SUBJ[lang].format(case=case),
                    )
                ids = [eid]
                if j < n_bad - 1:
                    sid, v = f.survey_low(c, t + timedelta(minutes=rng.randint(60, 180)), "nps")
                    c.truth.update(nps_given=True, nps=v, survey_event_id=sid)
                    c.truth["expected_rules"] = ["detractor"]
                else:
                    t2 = next_office(t + timedelta(hours=rng.uniform(18, 40)), rng)
                    comp = rng.choice(W.COMPETITORS)
                    if ai == 0:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                B.LAST_EMAIL[lang].format(case=case, comp=comp),
                                subject=W.CASE_SUBJ[lang].format(case=case),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "phone",
                                "call",
                                B.LAST_CALL[lang].format(first=c.first, case=case),
                            )
                        )
                    c.truth["expected_rules"] = ["repeat_contact"]
                    c.truth["repeat_event_id"] = ids[-1]
                c.truth.update(
                    complaint_event_ids=ids, problem=problem, booking=case, trouble_starts_at=iso(t)
                )
                c.truth["tolerated_rules"] = sorted(set(comp_tol) - set(c.truth["expected_rules"]))
        elif kind == "one_unhappy" and problem:
            c = contacts[0]
            case = f.case()
            t = next_office(f.rt(rng.randint(3, 7), 8, 16), rng)
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f"{W.GREETING[lang]} {B.PROBLEM_B2B[problem][lang]}",
                subject=B.B2B_SUBJ[lang],
            )
            f.reply_mail(
                c,
                t + timedelta(minutes=rng.randint(20, 90)),
                W.CASE_SUBJ[lang].format(case=case),
                B.AGENT_ACK_B2B[lang],
                case=case,
            )
            sid, v = f.survey_low(c, t + timedelta(minutes=rng.randint(120, 200)), "nps")
            c.truth.update(
                complaint_event_ids=[eid],
                problem=problem,
                booking=case,
                trouble_starts_at=iso(t),
                nps_given=True,
                nps=v,
                survey_event_id=sid,
            )
        elif kind == "mild":
            for j, c in enumerate(contacts[:2]):
                t = next_office(f.rt(rng.randint(3, 9), 8, 16), rng)
                text = B.SUGGEST[lang][j % len(B.SUGGEST[lang])]
                mid = f.add(c, t, "web", "ticket", text, attrs={"page": "/fleet/portal/feedback"})
                f.reply_mail(
                    c,
                    t + timedelta(minutes=rng.randint(30, 120)),
                    {"de": "Ihr Vorschlag", "es": "Tu sugerencia", "pt": "A sua sugestão"}.get(
                        lang, "Your suggestion"
                    ),
                    W.FORM_ACK[lang],
                )
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
        f.accounts[acc] = acct
    return f


def topic_spike() -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week and one planted incident on Saturday morning",
    )
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer", f.lang())
        for d in f.pick_days(0, 5, rng.randint(1, 4)):
            h0, h1 = (12, 19) if d == 5 else (7, 19)
            f.happy(c, f.rt(d, h0, h1))
    for lang in ("es", "de"):
        c = f.person("grumbles_once", "grumbles once", lang, tolerated=["silence"])
        t = f.rt(0, 9, 17)
        q, ans = W.CALM_GRUMBLE[lang]
        gid = f.add(c, t, "chat", "chat", q)
        f.reply_chat(c, t, ans)
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lang, (h, m) in (("es", (9, 40)), ("de", (16, 5))):
        c = f.person("grumbles_once", "lone question", lang, tolerated=["silence"])
        t = f.at(4, h, m)
        q, ans = W.LONE_Q[lang]
        lid = f.add(c, t, "chat", "chat", q)
        f.reply_chat(c, t, ans)
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(channels)
    s0 = f.at(5, 8, 20)
    offsets = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    early = [i for i, o in enumerate(offsets) if o <= 25]
    repeaters = set(rng.sample(early, 6))
    others = [i for i in range(20) if i not in repeaters]
    fixed_mail = set(rng.sample(others, 6))
    event_ids: list[str] = []
    repeat_ids: list[str] = []
    keys: list[str] = []
    rep_channels = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(rep_channels)
    for i in range(20):
        lang = langs[i]
        is_rep = i in repeaters
        c = f.person(
            "spike_repeater" if is_rep else "spike_reporter",
            "regular" if regular[i] else "new",
            lang,
            expected=["repeat_contact"] if is_rep else [],
            tolerated=["sentiment_drop", "silence"] if is_rep else ["silence"],
            in_spike=True,
            regular=regular[i],
        )
        keys.append(c.key)
        if regular[i]:
            for _ in range(rng.randint(1, 3)):
                f.happy(
                    c, f.rt(2, 8, 17.5), rng.choice(["praise", "chat", "purchase", "page", "phone"])
                )
        t = s0 + timedelta(
            minutes=offsets[i], seconds=rng.randint(0, 50) if 0 < offsets[i] < 45 else 0
        )
        ch = channels[i]
        text = rng.choice(W.SPIKE_REPORT[lang])
        if ch == "social":
            eid = f.add(c, t, "social", "mention", text + f" {W.BRAND}")
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.reply_chat(c, t, W.SPIKE_AGENT_CHAT[lang])
        elif ch == "community":
            eid = f.add(c, t, "community", "post", text)
        elif ch == "email":
            eid = f.add(c, t, "email", "message", text, subject=W.SPIKE_SUBJ[lang])
        else:
            eid = f.add(
                c,
                t,
                "web",
                "ticket",
                text,
                subject=W.SPIKE_SUBJ[lang],
                attrs={"page": "/help/contact"},
            )
        event_ids.append(eid)
        c.truth.update(
            spike_event_id=eid, spike_channel=ch, trouble_starts_at=iso(t), agent_fixed=False
        )
        if is_rep:
            rch = rep_channels.pop()
            if rch == ch:
                rch = next(x for x in ("email", "chat", "community") if x != ch)
            t2 = t + timedelta(minutes=rng.randint(15, 50))
            rtext = rng.choice(W.SPIKE_REPEAT[lang])
            if rch == "email":
                rid = f.add(c, t2, "email", "message", rtext, subject="RE: " + W.SPIKE_SUBJ[lang])
            elif rch == "chat":
                rid = f.add(c, t2, "chat", "chat", rtext)
            else:
                rid = f.add(c, t2, "community", "post", rtext)
            repeat_ids.append(rid)
            c.truth.update(repeat_event_id=rid)
        if i in fixed_mail:
            local = "11:40" if c.market in CET_MARKETS else "10:40"
            credit = {"UK": "£9", "CH": "CHF 9", "IE": "€10"}.get(c.market, "10 €")
            subj, body = W.SPIKE_AGENT_FIXED[lang]
            f.reply_mail(
                c,
                f.at(5, 11, 5) + timedelta(minutes=rng.randint(0, 15)),
                subj,
                body,
                time=local,
                credit=credit,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "the boatyard app and the yard crews' tablets show every boat as already ashore; crane crews skip boats and no haul-out can be requested",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": sorted(keys),
        "event_ids": event_ids,
        "repeat_event_ids": repeat_ids,
    }
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
PLANTED: dict[str, dict[str, int]] = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 6},
}
LIMIT = datetime(2026, 11, 25, tzinfo=UTC)


def main() -> None:
    for make in FAMILIES:
        f = make()
        rows, truth = f.finalize()
        name = f.name
        if truth["config"]["expected"] != PLANTED[name]:
            raise SystemExit(
                f"{name}: expected {truth['config']['expected']} != planted {PLANTED[name]}"
            )
        for key, c in truth["customers"].items():
            if set(c["expected_rules"]) & set(c["tolerated_rules"]):
                raise SystemExit(f"{name}: {key} both expects and tolerates a rule")
            if not any(
                r["customer"]["customer_id"] == key and r["direction"] == "inbound" for r in rows
            ):
                raise SystemExit(f"{name}: {key} has no inbound touchpoint")
        for r in rows:
            t = datetime.fromisoformat(r["occurred_at"].replace("Z", "+00:00"))
            if t < f.start or t >= LIMIT or t.year != 2026:
                raise SystemExit(f"{name}: {r['event_id']} out of range")
        if datetime.fromisoformat(truth["end"].replace("Z", "+00:00")) >= LIMIT:
            raise SystemExit(f"{name}: end out of range")
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
        (HERE / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(
            f"{name}: {len(truth['customers'])} customers, {len(rows)} touchpoints, {sum(1 for r in rows if r['direction'] == 'outbound')} replies"
        )


if __name__ == "__main__":
    main()
