# ruff: noqa: E501
"""Build tests/scenarios/heldout98/: the ninety-eighth hand-written alert set (report only, blind).

Standalone and deterministic (standard library only): ``python make_heldout98.py`` from
anywhere writes the eight ``<family>.jsonl`` / ``<family>.truth.json`` pairs beside it.
The business is Cavalesta, riding schools booked by app and web, with a business arm,
Cavalesta Groups, selling riding sessions on account. Every customer's persona decides
every act before a word is chosen; the words are in ``wording.py`` and ``wording_b2b.py``.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261114
SET = "cv98"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)

LANG_WEIGHTS = (("es", 30), ("it", 30), ("en", 10), ("de", 10), ("fr", 10), ("pt", 10))
MARKETS: dict[str, tuple[tuple[str, int], ...]] = {
    "es": (("ES", 1),),
    "it": (("IT", 8), ("CH", 1)),
    "en": (("UK", 3), ("IE", 2)),
    "de": (("DE", 4), ("AT", 2), ("CH", 2)),
    "fr": (("FR", 4), ("BE", 2), ("CH", 1)),
    "pt": (("PT", 1),),
}
TOWNS: dict[str, tuple[str, ...]] = {
    "ES": (
        "Sant Cugat",
        "Boadilla",
        "Dos Hermanas",
        "Navacerrada",
        "Paterna",
        "Jerez",
        "Tordera",
        "Llanes",
    ),
    "IT": (
        "Fiesole",
        "Monza",
        "Bracciano",
        "Abano Terme",
        "Cervia",
        "Pinerolo",
        "Greve in Chianti",
        "Montichiari",
    ),
    "CH": ("Lugano", "Winterthur", "Nyon"),
    "UK": ("Epping", "Harrogate", "Tetbury"),
    "IE": ("Kildare", "Wicklow"),
    "DE": ("Warendorf", "Verden", "Ebersberg", "Celle"),
    "AT": ("Baden", "Wels"),
    "FR": ("Chantilly", "Saumur", "Fontainebleau"),
    "BE": ("Waterloo", "Namur"),
    "PT": ("Sintra", "Cascais", "Golegã", "Ponte de Lima"),
}
FIRST: dict[str, tuple[str, ...]] = {
    "es": (
        "Lucía",
        "Carmen",
        "Javier",
        "Nuria",
        "Alberto",
        "Marta",
        "Sergio",
        "Elena",
        "Raúl",
        "Paula",
        "Begoña",
        "Iván",
        "Cristina",
        "Diego",
        "Ainhoa",
        "Rubén",
        "Silvia",
        "Óscar",
        "Noelia",
        "Pablo",
        "Irene",
        "Jorge",
        "Beatriz",
        "Miguel",
        "Rocío",
        "Andrés",
        "Laura",
        "Gonzalo",
        "Marina",
        "Héctor",
    ),
    "it": (
        "Giulia",
        "Francesca",
        "Marco",
        "Chiara",
        "Luca",
        "Elisa",
        "Andrea",
        "Valentina",
        "Matteo",
        "Sara",
        "Paolo",
        "Federica",
        "Stefano",
        "Martina",
        "Simone",
        "Alessandra",
        "Davide",
        "Ilaria",
        "Giorgio",
        "Roberta",
        "Fabio",
        "Serena",
        "Nicola",
        "Silvia",
        "Riccardo",
        "Laura",
        "Emanuele",
        "Caterina",
        "Daniele",
        "Beatrice",
    ),
    "en": (
        "Emma",
        "James",
        "Sophie",
        "Tom",
        "Charlotte",
        "Ciara",
        "Niamh",
        "Rory",
        "Hannah",
        "Ben",
    ),
    "de": (
        "Anna",
        "Lukas",
        "Katrin",
        "Stefan",
        "Julia",
        "Tobias",
        "Sabine",
        "Markus",
        "Lea",
        "Jan",
    ),
    "fr": (
        "Camille",
        "Julien",
        "Claire",
        "Nicolas",
        "Élodie",
        "Thomas",
        "Aurélie",
        "Maxime",
        "Sophie",
        "Antoine",
    ),
    "pt": ("Ana", "João", "Marta", "Pedro", "Inês", "Tiago", "Catarina", "Miguel", "Rita", "Nuno"),
}
LAST: dict[str, tuple[str, ...]] = {
    "es": (
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Domínguez",
        "Vázquez",
        "Ramos",
        "Gil",
        "Serrano",
        "Molina",
        "Ortega",
        "Delgado",
        "Castro",
        "Ortiz",
        "Rubio",
        "Marín",
        "Iglesias",
        "Medina",
        "Garrido",
        "Cortés",
        "Lozano",
        "Guerrero",
    ),
    "it": (
        "Rossi",
        "Russo",
        "Ferrari",
        "Esposito",
        "Bianchi",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "De Luca",
        "Mancini",
        "Costa",
        "Giordano",
        "Rizzo",
        "Lombardi",
        "Moretti",
        "Barbieri",
        "Fontana",
        "Santoro",
        "Mariani",
        "Rinaldi",
    ),
    "en": ("Walsh", "Murphy", "Hughes", "Clarke", "Bennett", "Kelly", "Fletcher", "Doyle"),
    "de": ("Becker", "Hoffmann", "Schäfer", "Krüger", "Wagner", "Hartmann", "Vogel", "Brandt"),
    "fr": ("Lefèvre", "Moreau", "Girard", "Bonnet", "Dupont", "Mercier", "Rousseau", "Fontaine"),
    "pt": ("Silva", "Ferreira", "Costa", "Martins", "Sousa", "Pereira", "Carvalho", "Gomes"),
}
JOBS = (
    "nurse",
    "teacher",
    "accountant",
    "pharmacist",
    "architect",
    "electrician",
    "shop owner",
    "civil servant",
    "physiotherapist",
    "software developer",
    "vet nurse",
    "lawyer",
    "bus driver",
    "baker",
    "dentist",
    "translator",
    "police officer",
    "journalist",
    "engineer",
    "hairdresser",
)
LANG_NAME = {
    "es": "Spanish",
    "it": "Italian",
    "en": "English",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
}
SECOND_REASONS = (
    "partner's family language",
    "grew up there",
    "works for a company based there",
    "studied there",
    "the children's school",
    "lived there ten years",
)

PHONES: dict[str, tuple[str, tuple[str, ...], int]] = {
    "ES": ("+34", ("6", "7"), 8),
    "IT": ("+39", ("32", "33", "34", "35", "36", "38", "39"), 8),
    "CH": ("+41", ("76", "77", "78", "79"), 7),
    "UK": ("+44", ("74", "75", "77", "78", "79"), 8),
    "IE": ("+353", ("83", "85", "86", "87", "89"), 7),
    "DE": ("+49", ("151", "152", "160", "170", "171", "172", "175", "176", "177"), 8),
    "AT": ("+43", ("650", "660", "664", "676", "699"), 7),
    "FR": ("+33", ("6", "7"), 8),
    "BE": ("+32", ("47", "48", "49"), 7),
    "PT": ("+351", ("91", "92", "93", "96"), 7),
}
DOMAINS = (
    "correo.example",
    "posta.example",
    "mail.example",
    "webmail.example",
    "casa.example",
    "inbox.example",
    "famiglia.example",
    "net.example",
)
SOURCES = {
    "email": "cavalesta-mail",
    "phone": "cavalesta-voice",
    "social": "cavalesta-social",
    "community": "cavalesta-forum",
    "chat": "cavalesta-chat",
    "web": "cavalesta-web",
    "survey": "cavalesta-survey",
}
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
CLUB_PRODUCT = "Cavalesta Club membership / Abbonamento Cavalesta Club"

TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_SLIDE = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_GRUMPY = ["repeat_contact", "silence"]
TOL_SILENCE = ["silence"]
TOL_SPIKE_REPEAT = ["silence", "sentiment_drop"]
TOL_B2B_UNHAPPY = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

DAY_PHRASE = {
    "es": ("el ", "esta mañana"),
    "it": ("", "stamattina"),
    "de": ("am ", "heute Morgen"),
    "fr": ("", "ce matin"),
    "pt": ("na ", "esta manhã"),
    "en": ("on ", "this morning"),
}


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_slug(text: str) -> str:
    text = "".join(UMLAUTS.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text.lower() if ch.isascii() and ch.isalnum())


def strip_accents(text: str) -> str:
    out: list[str] = []
    for ch in text:
        if ch in UMLAUTS:
            out.append(UMLAUTS[ch])
        elif ch in "ñÑß":
            out.append(ch)
        else:
            out.append(
                "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            )
    return "".join(out)


def spoken(text: str) -> str:
    """A speech-to-text transcript: no punctuation, sentence starts in lower case, no shouting."""
    parts = re.split(r"(?<=[.!?])\s+", text.replace("\n", " "))
    words: list[str] = []
    for part in parts:
        for i, word in enumerate(part.split()):
            bare = word.strip(".,!?¡¿:;()\"'")
            if not bare:
                continue
            has_digit = any(ch.isdigit() for ch in bare)
            if bare.isupper() and len(bare) > 1 and not has_digit and bare not in ("CHF", "UK"):
                bare = bare.lower()
            elif (
                i == 0
                and bare[:1].isupper()
                and (bare[1:2].islower() or bare in ("A", "O", "E"))
                and bare not in W.HORSES
            ):
                bare = bare[0].lower() + bare[1:]
            if any(unicodedata.category(ch) == "So" for ch in bare):
                continue
            words.append(bare)
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
    yard: str
    kid: str
    truth: dict[str, Any]
    company: bool = False


@dataclass
class Row:
    seq: int
    at: datetime
    cust: Cust
    tp: dict[str, Any]


@dataclass
class Used:
    ids: set[str] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    handles: set[str] = field(default_factory=set)
    cases: set[str] = field(default_factory=set)
    accounts: set[str] = field(default_factory=set)


USED = Used()


def wpick(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for value, weight in pairs:
        x -= weight
        if x <= 0:
            return value
    return pairs[-1][0]


def unique(used: set[str], make: Callable[[], str]) -> str:
    """A value ``make`` gives that nobody in the set has had yet (then taken)."""
    while True:
        value = make()
        if value not in used:
            used.add(value)
            return value


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
        self.counter = 0

    # --- people -----------------------------------------------------------------------
    def lang(self) -> str:
        return wpick(self.rng, LANG_WEIGHTS)

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        lang: str | None = None,
        country: str | None = None,
        **extra: Any,
    ) -> Cust:
        r = self.rng
        lang = lang or self.lang()
        country = country or wpick(r, MARKETS[lang])
        key = unique(USED.ids, lambda: f"CV{self.code}{r.randint(1000, 9999)}")
        first = r.choice(FIRST[lang])
        last = r.choice(LAST[lang])
        f_ascii, l_ascii = ascii_slug(first), ascii_slug(last)

        def make_email() -> str:
            shape = r.randrange(4)
            num = str(r.randint(2, 98))
            local = (
                f"{f_ascii}.{l_ascii}",
                f"{f_ascii}{l_ascii}{num}",
                f"{f_ascii[0]}{l_ascii}{num}",
                f"{l_ascii}.{f_ascii}{num}",
            )[shape]
            return f"{local}@{r.choice(DOMAINS)}"

        def make_handle() -> str:
            shape = r.randrange(5)
            num = str(r.randint(1, 99))
            return (
                f"{l_ascii}_{f_ascii}{num[0]}",
                f"{f_ascii}_{l_ascii}",
                f"{f_ascii}{l_ascii}{num}",
                f"{l_ascii}{f_ascii[0]}",
                f"{f_ascii}.{l_ascii[:4]}{num}",
            )[shape]

        email = unique(USED.emails, make_email)
        phone = self.new_phone(country)
        h = unique(USED.handles, make_handle)
        c = Cust(
            key,
            lang,
            country,
            first,
            last,
            email,
            phone,
            "@" + h,
            None,
            r.choice(TOWNS[country]),
            r.choice(W.KIDS[lang]),
            {},
        )
        self.init_truth(c, persona, habit, expected, tolerated, extra)
        return c

    def new_phone(self, country: str) -> str:
        cc, prefixes, rest = PHONES[country]
        r = self.rng
        return unique(
            USED.phones,
            lambda: cc + r.choice(prefixes) + "".join(str(r.randint(0, 9)) for _ in range(rest)),
        )

    def init_truth(
        self,
        c: Cust,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        extra: dict[str, Any],
    ) -> None:
        c.truth = {
            "identifiers": {
                "customer_id": c.key,
                "email": c.email.lower(),
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            },
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
            "persona": persona,
            "habit": habit,
            "language": c.lang,
            "country": c.country,
            "segment": "b2b" if c.company else "consumer",
            "name": f"{c.first} {c.last}",
            "job": self.rng.choice(JOBS),
            "town": c.yard,
        }
        c.truth.update(extra)
        self.custs[c.key] = c

    def case(self) -> str:
        return unique(USED.cases, lambda: f"CAV-26-{self.rng.randint(1000, 9999)}")

    # --- time -------------------------------------------------------------------------
    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(
            days=day, seconds=self.rng.randint(int(h0 * 3600), int(h1 * 3600))
        )

    def later(self, dt: datetime, m0: float, m1: float) -> datetime:
        return dt + timedelta(seconds=self.rng.randint(int(m0 * 60), int(m1 * 60)))

    def morning(self, dt: datetime, h0: float = 7.0, h1: float = 8.5) -> datetime:
        """Move a time out of the night (21:00-07:00 UTC) to the next morning."""
        if dt.hour >= 21:
            base = (dt + timedelta(days=1)).replace(hour=0, minute=0, second=0)
        elif dt.hour < 7:
            base = dt.replace(hour=0, minute=0, second=0)
        else:
            return dt
        return base + timedelta(seconds=self.rng.randint(int(h0 * 3600), int(h1 * 3600)))

    def office(self, dt: datetime) -> datetime:
        """Weekdays 08:00-17:00 UTC, else the next working morning."""
        while dt.weekday() >= 5 or dt.hour >= 17 or dt.hour < 8:
            if dt.hour < 8 and dt.weekday() < 5:
                dt = dt.replace(hour=8, minute=0, second=0) + timedelta(
                    seconds=self.rng.randint(0, 3000)
                )
            else:
                dt = (dt + timedelta(days=1)).replace(hour=8, minute=0, second=0) + timedelta(
                    seconds=self.rng.randint(0, 3000)
                )
        return dt

    # --- words ------------------------------------------------------------------------
    def fill(self, c: Cust, tpl: str, **kw: str) -> str:
        ctx = {
            "brand": W.BRAND,
            "club": W.CLUB,
            "arm": B.ARM,
            "name": c.first,
            "yard": c.yard,
            "kid": c.kid,
            "horse": self.rng.choice(W.HORSES),
            "comp": W.COMPETITORS[0],
        }
        ctx.update(kw)
        return tpl.format_map(ctx)

    def money(self, country: str, eur: int, lang: str, spoken_form: bool = False) -> str:
        words = W.SPOKEN_MONEY[lang]
        if country == "UK":
            v = round(eur * 0.86)
            return f"{v} {words[1]}" if spoken_form else f"£{v}"
        if country == "CH":
            v = round(eur * 0.94)
            return f"{v} {words[2]}" if spoken_form else f"CHF {v}"
        if spoken_form:
            return f"{eur} {words[0]}"
        return f"€{eur}" if lang == "en" else f"{eur} €"

    def price(self, c: Cust, eur: int) -> tuple[str, str]:
        if c.country == "UK":
            return f"{eur * 0.86:.2f}", "GBP"
        if c.country == "CH":
            return f"{eur * 0.94:.2f}", "CHF"
        return f"{eur:.2f}", "EUR"

    def roughen(self, text: str) -> str:
        rr = self.rr
        if rr.random() < 0.10:
            text = strip_accents(text)
        if rr.random() < 0.125 and len(text) > 1 and text[0].isupper() and text[1].islower():
            text = text[0].lower() + text[1:]
        if rr.random() < 1 / 7:
            words = [m for m in re.finditer(r"\b[a-zà-öø-ÿ]{5,}\b", text)]
            if words:
                m = rr.choice(words)
                w = m.group(0)
                i = rr.randrange(1, len(w) - 2)
                if w[i] != w[i + 1]:
                    w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
                    text = text[: m.start()] + w + text[m.end() :]
        return text

    # --- touchpoints ------------------------------------------------------------------
    def add(
        self,
        c: Cust,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        *,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        agent: str | None = None,
        rough: bool = True,
    ) -> str:
        self.counter += 1
        eid = f"{SET}-{self.code.lower()}-{self.counter:05d}"
        if text is not None and not out:
            if channel == "social" and not c.company:
                idx = text.rfind(W.BRAND)
                text = text[:idx] + "@" + text[idx:] if idx >= 0 else f"@{W.BRAND} {text}"
            if rough and channel != "phone" and kind != "survey_response":
                text = self.roughen(text)
        attributes: dict[str, str] = {"market": c.country}
        if c.company:
            attributes["segment"] = "b2b"
        if attrs:
            attributes.update(attrs)
        if agent:
            attributes["agent"] = agent
        tp: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(when),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": attributes,
        }
        self.rows.append(Row(self.counter, when, c, tp))
        return eid

    def agent_mail(
        self, c: Cust, when: datetime, subject: str, body: str, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        agent = self.rng.choice(W.AGENTS[lang])
        sign = (B.SIGN if c.company else W.SIGN)[lang]
        text = body + self.fill(c, sign, agent=agent)
        return self.add(
            c, when, "email", "message", text, self.fill(c, subject), out=True, agent=agent
        )

    def agent_chat(self, c: Cust, when: datetime, text: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        agent = self.rng.choice(W.AGENTS[lang])
        return self.add(c, when, "chat", "chat", text, out=True, agent=agent)

    # --- happy acts -------------------------------------------------------------------
    def happy(self, c: Cust, when: datetime, kind: str, lang: str | None = None) -> str:
        r = self.rng
        lang = lang or c.lang
        if kind in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[kind]
            text = self.fill(c, r.choice(table[lang]))
            if r.random() < 0.5:
                return self.add(c, when, "social", "mention", text)
            return self.add(c, when, "community", "post", text)
        if kind == "review":
            text, rating = r.choice(W.REVIEW[lang])
            product = r.choice(W.PRODUCTS)
            return self.add(
                c,
                when,
                "web",
                "review",
                self.fill(c, text),
                attrs={"rating": rating, "page": product[2], "product": product[0]},
            )
        if kind == "chat":
            q, a = r.choice(W.CHAT_QA[lang])
            eid = self.add(c, when, "chat", "chat", self.fill(c, q))
            t = self.later(when, 1, 6)
            self.agent_chat(c, t, self.fill(c, a), lang)
            if r.random() < 0.6:
                self.add(c, self.later(t, 1, 3), "chat", "chat", r.choice(W.THANKS[lang]))
            return eid
        if kind == "email":
            subj, q, a = r.choice(W.EMAIL_QA[lang])
            eid = self.add(c, when, "email", "message", self.fill(c, q), self.fill(c, subj))
            self.agent_mail(
                c, self.morning(self.later(when, 30, 180)), "RE: " + subj, self.fill(c, a), lang
            )
            return eid
        if kind == "phone":
            q, a = r.choice(W.PHONE_QA[lang])
            eid = self.add(c, when, "phone", "call", self.fill(c, q))
            self.agent_mail(
                c,
                self.morning(self.later(when, 10, 60)),
                {
                    "es": "Tu consulta",
                    "it": "La tua richiesta",
                    "en": "Your call",
                    "de": "Ihr Anruf",
                    "fr": "Votre appel",
                    "pt": "A sua chamada",
                }[lang],
                self.fill(c, a),
                lang,
            )
            return eid
        if kind == "buy":
            label, eur, page = r.choice(W.PRODUCTS)
            self.add(c, when, "web", "page_view", attrs={"page": page})
            value, cur = self.price(c, eur)
            return self.add(
                c,
                self.later(when, 2, 15),
                "web",
                "purchase",
                attrs={"order_value": value, "currency": cur, "product": label, "page": page},
            )
        if kind == "view":
            return self.add(c, when, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        if kind == "survey":
            return self.survey(c, when, lang)
        raise ValueError(kind)

    def survey(self, c: Cust, when: datetime, lang: str | None = None) -> str:
        r = self.rng
        lang = lang or c.lang
        which = r.choice(("nps", "csat", "ces"))
        value = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
        return self.score(
            c, when, which, value, (B.SURVEY_WORDS if c.company else W.SURVEY_WORDS)[lang]
        )

    def low_survey(
        self, c: Cust, when: datetime, which: str, value: int, lang: str | None = None
    ) -> str:
        return self.score(
            c, when, which, value, (B.LOW_WORDS if c.company else W.LOW_WORDS)[lang or c.lang]
        )

    def score(self, c: Cust, when: datetime, which: str, value: int, words: list[str]) -> str:
        word = self.rng.choice(words) or None
        return self.add(
            c,
            when,
            "survey",
            "survey_response",
            word,
            scores={which: value},
            attrs={"survey": which},
        )

    def day_acts(
        self,
        c: Cust,
        days: list[int],
        kinds: tuple[str, ...],
        h0: float = 7.0,
        h1: float = 19.0,
        langs: list[str] | None = None,
    ) -> list[str]:
        out: list[str] = []
        for i, d in enumerate(sorted(days)):
            lang = langs[i % len(langs)] if langs else None
            out.append(self.happy(c, self.at(d, h0, h1), self.rng.choice(kinds), lang))
        return out

    # --- trouble ----------------------------------------------------------------------
    def complaint(
        self,
        c: Cust,
        when: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        long_email: bool = False,
    ) -> str:
        """One angry first message about ``problem`` on ``channel``; returns its event id."""
        r = self.rng
        lang = lang or c.lang
        spoken_form = channel == "phone"
        amount = self.money(c.country, W.AMOUNT[problem], lang, spoken_form)
        core = self.fill(c, r.choice(W.CORE[problem][lang]), amount=amount)
        topic = W.TOPIC[problem][lang]
        subj = W.COMPLAINT_SUBJ[lang].format(topic=topic)
        if channel == "email":
            if long_email:
                opening, closing = r.choice(W.LONG_FRAME[lang])
                text = self.fill(c, opening) + core + self.fill(c, closing)
            else:
                text = (
                    self.fill(c, r.choice(W.EMAIL_OPEN[lang]))
                    + core
                    + self.fill(c, r.choice(W.EMAIL_CLOSE[lang]))
                )
            return self.add(c, when, "email", "message", text, subj)
        if channel == "chat":
            return self.add(c, when, "chat", "chat", r.choice(W.CHAT_OPEN[lang]) + core)
        if channel == "social":
            return self.add(
                c, when, "social", "mention", core + " " + W.SHOUT[problem][lang] + " " + W.BRAND
            )
        if channel == "web":
            return self.add(
                c,
                when,
                "web",
                "ticket",
                core + W.FORM_CLOSE[lang],
                subj,
                attrs={"page": "/help/contact"},
            )
        if channel == "phone":
            text = r.choice(W.PHONE_OPEN[lang]) + spoken(core) + W.PHONE_CLOSE[lang]
            return self.add(c, when, "phone", "call", text)
        raise ValueError(channel)

    def later_contact(
        self,
        c: Cust,
        when: datetime,
        channel: str,
        nth: int,
        case: str,
        problem: str,
        lang: str | None = None,
    ) -> str:
        r = self.rng
        lang = lang or c.lang
        topic = W.TOPIC[problem][lang]
        comp = c.truth.get("competitor") or W.COMPETITORS[0]
        if nth == 2:
            tpl = r.choice(W.REPEAT_SECOND[lang])
        elif nth == 3:
            tpl = r.choice(W.REPEAT_THIRD[lang])
        else:
            tpl = r.choice(W.REPEAT_FOURTH[lang])
        text = self.fill(c, tpl, case=case, topic=topic, comp=comp)
        if channel == "email":
            return self.add(
                c, when, "email", "message", text, W.REPEAT_SUBJ[lang].format(case=case)
            )
        if channel == "chat":
            eid = self.add(c, when, "chat", "chat", text)
            self.agent_chat(
                c, self.later(when, 1, 4), self.fill(c, W.URGENT_CHAT[lang], case=case), lang
            )
            return eid
        if channel == "phone":
            said = (
                self.fill(c, W.REPEAT_PHONE[lang], case=case, topic=topic)
                if nth == 2
                else spoken(text)
            )
            return self.add(c, when, "phone", "call", said)
        if channel == "web":
            return self.add(
                c,
                when,
                "web",
                "ticket",
                text,
                W.REPEAT_SUBJ[lang].format(case=case),
                attrs={"page": "/help/contact"},
            )
        if channel == "social":
            return self.add(c, when, "social", "mention", text + " " + W.BRAND)
        raise ValueError(channel)

    def acknowledge(
        self, c: Cust, when: datetime, channel: str, case: str, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        if channel == "chat":
            return self.agent_chat(
                c, self.later(when, 1, 4), self.fill(c, W.CHAT_CASE[lang], case=case), lang
            )
        subj, body = W.CASE_OPENED[lang]
        return self.agent_mail(
            c,
            self.morning(self.later(when, 10, 40)),
            subj.format(case=case),
            self.fill(c, body, case=case),
            lang,
        )

    def fixed_case(
        self, c: Cust, when: datetime, problem: str, channel: str, lang: str, confirm_lang: str
    ) -> dict[str, Any]:
        """A problem raised, acknowledged, fixed by an agent and confirmed by the customer."""
        case = self.case()
        eid = self.complaint(c, when, problem, channel, lang)
        self.acknowledge(c, when, channel, case, lang)
        fixed = self.morning(self.later(when, 180, 1200))
        subj, body = W.GOOD_NEWS[lang]
        self.agent_mail(c, fixed, subj.format(case=case), self.fill(c, body, case=case), lang)
        confirmed = self.morning(self.later(fixed, 480, 1800), 8, 10)
        conf_channel = self.rng.choice(("email", "chat"))
        if conf_channel == "email":
            csubj, ctext = self.rng.choice(W.CONFIRM[confirm_lang])
            agent = self.rng.choice(W.AGENTS[lang])
            ceid = self.add(
                c,
                confirmed,
                "email",
                "message",
                self.fill(c, ctext, case=case, agent=agent),
                csubj.format(case=case),
            )
        else:
            ceid = self.add(
                c, confirmed, "chat", "chat", self.fill(c, W.CONFIRM_CHAT[confirm_lang], case=case)
            )
        return {
            "problem": problem,
            "booking": case,
            "raised_at": iso(when),
            "fixed_at": iso(fixed),
            "confirmed_at": iso(confirmed),
            "problem_event_ids": [eid],
            "confirm_event_id": ceid,
            "channel": channel,
            "confirm_channel": conf_channel,
            "confirm_language": confirm_lang,
        }

    # --- output -----------------------------------------------------------------------
    def finish(self, expected: dict[str, int]) -> None:
        rows = sorted(self.rows, key=lambda row: (row.at, row.seq))
        seen_first: set[str] = set()
        for row in rows:
            c = row.cust
            tp = row.tp
            inbound = tp["direction"] == "inbound"
            full = (not inbound) or c.key not in seen_first
            if inbound:
                seen_first.add(c.key)
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif tp["channel"] == "phone":
                cc = PHONES[c.country][0]
                ref["phone"] = c.phone if self.rr.random() < 0.5 else cc + " " + c.phone[len(cc) :]
            elif tp["channel"] in ("social", "community"):
                if c.company or c.handle is None:
                    ref["email"] = c.email
                else:
                    ref["handle"] = c.handle if self.rr.random() < 0.8 else c.handle.lstrip("@")
            elif tp["channel"] == "email":
                ref["email"] = c.email.upper() if self.rr.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
            tp["customer"] = ref
        for row in rows:
            if not (datetime(2026, 1, 1, tzinfo=UTC) <= row.at < LIMIT) or row.at < self.start:
                raise SystemExit(f"{self.name}: {row.tp['event_id']} at {row.at} out of range")
        for key, c in self.custs.items():
            if key not in seen_first:
                raise SystemExit(f"{self.name}: {key} has no inbound touchpoint")
            both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            if both:
                raise SystemExit(f"{self.name}: {key} expects and tolerates {both}")
        got: Counter[str] = Counter()
        for c in self.custs.values():
            got.update(c.truth["expected_rules"])
        for acc in self.accounts.values():
            got.update(acc["expected_rules"])
        if self.spike:
            got["topic_spike"] += 1
        if dict(got) != expected:
            raise SystemExit(f"{self.name}: expected {dict(got)} != planned {expected}")
        end = self.start + timedelta(days=self.days)
        last = rows[-1].at + timedelta(hours=1)
        end = max(end, last)
        if end > LIMIT:
            raise SystemExit(f"{self.name}: end {end} after {LIMIT}")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Cavalesta riding schools (consumers) and Cavalesta Groups (sessions on account)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-04, blind, by a helper session",
                "expected": dict(sorted(got.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": dict(sorted(self.accounts.items())),
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with (HERE / f"{self.name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
            for row in rows:
                fh.write(json.dumps(row.tp, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def monday(y: int, m: int, d: int, weekday: int = 0) -> datetime:
    dt = datetime(y, m, d, tzinfo=UTC)
    if dt.weekday() != weekday:
        raise SystemExit(f"{dt} is not weekday {weekday}")
    return dt


HAPPY_NO_SURVEY = (
    "praise",
    "praise",
    "again",
    "gripe",
    "review",
    "chat",
    "chat",
    "email",
    "phone",
    "buy",
    "buy",
    "view",
)
HAPPY_DAY = (*HAPPY_NO_SURVEY, "survey")
PRAISE_KINDS = ("praise", "praise", "again", "gripe")
OTHER_HAPPY = ("review", "chat", "email", "phone", "buy", "view")


def night_time(f: Fam, night: int) -> datetime:
    # 22:12 on day ``night`` to 04:30 the next morning
    return (
        f.start
        + timedelta(days=night, hours=22, minutes=12)
        + timedelta(seconds=f.rng.randint(0, 6 * 3600 + 18 * 60))
    )


def night_act(f: Fam, c: Cust, when: datetime) -> str:
    r = f.rng
    if r.random() < 0.5:
        text = f.fill(c, r.choice(W.NIGHT_POST[c.lang]))
        if r.random() < 0.5:
            return f.add(c, when, "social", "mention", text)
        return f.add(c, when, "community", "post", text)
    q, a = r.choice(W.NIGHT_CHAT[c.lang])
    eid = f.add(c, when, "chat", "chat", f.fill(c, q))
    t = f.later(when, 1, 4)
    f.agent_chat(c, t, f.fill(c, a))
    f.add(c, f.later(t, 1, 3), "chat", "chat", r.choice(W.THANKS[c.lang]))
    return eid


# --- families ---------------------------------------------------------------------------


def happy_writers() -> None:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        monday(2026, 3, 9),
        10,
        "happy customers only: daytime writers, night writers, survey answerers",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        f.day_acts(c, r.sample(range(10), r.randint(5, 8)), HAPPY_DAY, 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer", [], [])
        for night in r.sample(range(9), r.randint(2, 4)):
            night_act(f, c, night_time(f, night))
        f.day_acts(
            c, r.sample(range(10), r.randint(2, 3)), ("praise", "buy", "view", "review"), 9, 18
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys", [], [])
        for d in r.sample(range(10), r.randint(3, 6)):
            f.survey(c, f.at(d, 8, 20))
    f.finish({})


def one_bad_day() -> None:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        monday(2026, 4, 20),
        12,
        "happy customers with one angry message on one day; controls",
    )
    r = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(problems)
    long_langs = ["es", "es", "it", "it"]
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    detractors = set(r.sample(with_case, 6))
    rest = [i for i in with_case if i not in detractors]
    low_csat = set(r.sample(rest, 5))
    good_news = set(r.sample(with_case, 12))
    apologisers = set(r.sample(sorted(good_news), 5))
    for i, ch in enumerate(channels):
        lang = long_langs.pop(0) if ch == "long" else None
        persona = "bad_day_detractor" if i in detractors else "happy_one_bad_day"
        expected = ["detractor"] if i in detractors else []
        c = f.person(persona, "one bad day", expected, TOL_SILENCE, lang)
        problem = problems[i]
        bd = r.randint(2, 9)
        when = f.at(bd, 8, 20)
        channel = "email" if ch == "long" else ch
        eid = f.complaint(c, when, problem, channel, long_email=ch == "long")
        free = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.day_acts(c, r.sample(free, min(len(free), r.randint(1, 5))), HAPPY_NO_SURVEY, 7, 20)
        t: dict[str, Any] = {
            "problem": problem,
            "channel": channel,
            "bad_day_at": iso(when),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(when),
            "long_email": ch == "long",
            "booking": None,
            "agent_fixed": False,
            "apologised": False,
            "nps_given": False,
            "csat_given": False,
        }
        if ch != "social":
            case = f.case()
            t["booking"] = case
            f.acknowledge(c, when, channel, case)
            if i in detractors or i in low_csat:
                # a detractor NPS of 1-5 after 100-140 minutes, or a CSAT of 1-2 after 40-80
                which, top, m0, m1 = (
                    ("nps", 5, 100, 140) if i in detractors else ("csat", 2, 40, 80)
                )
                value = r.randint(1, top)
                sid = f.low_survey(c, f.later(when, m0, m1), which, value)
                t.update({f"{which}_given": True, which: value, "survey_event_id": sid})
            if i in good_news:
                subj, body = W.GOOD_NEWS[c.lang]
                f.agent_mail(
                    c,
                    f.morning(f.later(when, 60, 240)),
                    subj.format(case=case),
                    f.fill(c, body, case=case),
                )
                t["agent_fixed"] = True
                if i in apologisers:
                    at = f.morning(f.later(when, 16 * 60, 24 * 60), 8, 10)
                    text = r.choice(W.APOLOGY[c.lang])
                    if r.random() < 0.5:
                        aid = f.add(c, at, "chat", "chat", text)
                    else:
                        aid = f.add(
                            c, at, "email", "message", text, W.REPEAT_SUBJ[c.lang].format(case=case)
                        )
                    t.update(apologised=True, apology_at=iso(at), apology_event_id=aid)
        c.truth.update(t)
    for _ in range(8):
        c = f.person("happy", "control", [], [])
        f.day_acts(c, r.sample(range(12), r.randint(4, 7)), HAPPY_DAY, 7, 20)
    f.finish({"detractor": 6})


def repeat_run(
    f: Fam, c: Cust, first_day: int, times: int, first_channel: str, quality: bool, langs: list[str]
) -> None:
    """A problem raised ``times`` times, each later contact on another channel, naming the case."""
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    case = f.case()
    c.truth["competitor"] = r.choice(W.COMPETITORS) if times >= 3 else None
    when = f.at(first_day, 8, 19)
    eid = f.complaint(c, when, problem, first_channel, langs[0])
    if first_channel == "chat" or not quality:
        f.acknowledge(c, when, first_channel, case, langs[0])
    if quality:
        subj, body = W.QUALITY_LEAD[langs[0]]
        f.agent_mail(
            c,
            f.morning(f.later(when, 90, 150)),
            subj.format(case=case),
            f.fill(c, body, case=case),
            langs[0],
        )
    ids = [eid]
    channels = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != first_channel]
    r.shuffle(channels)
    t = when
    for nth in range(2, times + 1):
        t = f.later(t, 4 * 60, 40 * 60)
        if t.hour >= 22 or t.hour < 7:
            base = t if t.hour < 7 else t + timedelta(days=1)
            t = base.replace(hour=8, minute=0, second=0) + timedelta(seconds=r.randint(0, 3599))
        ids.append(
            f.later_contact(
                c, t, channels[nth - 2], nth, case, problem, langs[(nth - 1) % len(langs)]
            )
        )
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "channels": [first_channel, *channels[: times - 1]],
            "channel": first_channel,
            "problem_event_ids": ids,
            "agent_passed_on": quality,
            "trouble_starts_at": iso(when),
        }
    )


def repeat_contacts() -> None:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        monday(2026, 6, 1),
        10,
        "the same open problem raised 2-4 times; fixed problems; two problems; frequent writers",
    )
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    times = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(times)
    quality = [True] * 6 + [False] * 6
    r.shuffle(quality)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        f.day_acts(c, [0] * r.randint(1, 3), HAPPY_NO_SURVEY, 7, 12)
        repeat_run(f, c, r.randint(1, 4), times[i], firsts[i], quality[i], [c.lang])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], TOL_SILENCE)
        f.day_acts(c, r.sample(range(10), r.randint(1, 3)), HAPPY_NO_SURVEY, 7, 19)
        fc = f.fixed_case(
            c,
            f.at(r.randint(1, 5), 8, 19),
            r.choice(W.PROBLEMS),
            r.choice(("web", "email", "chat")),
            c.lang,
            c.lang,
        )
        c.truth.update(
            {
                "problems": [fc],
                "booking": fc["booking"],
                "problem": fc["problem"],
                "trouble_starts_at": fc["raised_at"],
            }
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], TOL_SILENCE)
        p1, p2 = r.sample(W.PROBLEMS, 2)
        d1 = r.randint(0, 2)
        fc1 = f.fixed_case(
            c, f.at(d1, 8, 18), p1, r.choice(("web", "email", "chat")), c.lang, c.lang
        )
        fc2 = f.fixed_case(
            c,
            f.at(d1 + r.randint(4, 5), 8, 18),
            p2,
            r.choice(("web", "email", "chat")),
            c.lang,
            c.lang,
        )
        c.truth.update({"problems": [fc1, fc2], "trouble_starts_at": fc1["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer", [], [])
        f.day_acts(
            c,
            r.sample(range(10), r.randint(5, 8)),
            ("chat", "chat", "email", "email", "phone", "praise", "buy"),
            7,
            19,
        )
    f.finish({"repeat_contact": 12})


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str], nps: bool) -> list[str]:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    offsets = sorted(r.uniform(0, span) for _ in range(5))
    times = [f.at(start_day, 9, 20)]
    for off in offsets:
        t = f.morning(f.start + timedelta(days=start_day + off), 8, 10)
        if t < times[-1] + timedelta(hours=1):
            t = times[-1] + timedelta(hours=1, minutes=r.randint(0, 50))
            t = f.morning(t, 8, 10)
        times.append(t)
    ids: list[str] = []
    for i, t in enumerate(times):
        lang = langs[i % len(langs)]
        text = f.fill(c, W.SLIDE[lang][i], comp=comp)
        where = r.choice(("social", "community", "review"))
        if where == "social":
            ids.append(f.add(c, t, "social", "mention", text))
        elif where == "community":
            ids.append(f.add(c, t, "community", "post", text))
        else:
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": W.SLIDE_RATINGS[i], "page": "/lessons"},
                )
            )
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(times[0]),
        }
    )
    if nps:
        value = r.randint(1, 5)
        st = f.morning(f.later(times[3], 150, 210), 8, 10)
        c.truth.update(
            {
                "nps_given": True,
                "nps": value,
                "survey_event_id": f.low_survey(c, st, "nps", value, langs[3 % len(langs)]),
            }
        )
    return ids


def slow_churners() -> None:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        monday(2026, 7, 6),
        32,
        "a slow slide from a happy baseline; leavers; steady; steadily grumpy; one sarcastic remark",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    nps_idx = set(r.sample(range(10), 5))
    for i in range(10):
        expected = ["sentiment_drop", "detractor"] if i in nps_idx else ["sentiment_drop"]
        c = f.person("slow_churner", "slides", expected, TOL_SLIDE)
        days = r.sample(range(11), r.randint(4, 5) + r.randint(2, 4))
        n_praise = r.randint(4, 5)
        for j, d in enumerate(sorted(days)):
            kind = r.choice(PRAISE_KINDS) if j < n_praise else r.choice(OTHER_HAPPY)
            f.happy(c, f.at(d, 8, 20), kind)
        slide(f, c, r.randint(12, 16), spans[i], [c.lang], i in nps_idx)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", ["churn_intent"], TOL_LEAVE)
        f.day_acts(c, r.sample(range(16), r.randint(4, 6)), HAPPY_NO_SURVEY, 8, 20)
        when = f.at(r.randint(17, 23), 8, 20)
        subj, text = r.choice(W.LEAVE[c.lang])
        ask = f.add(c, when, "email", "message", f.fill(c, text), f.fill(c, subj))
        s_subj, s_body = W.SORRY_GO[c.lang]
        f.agent_mail(c, f.morning(f.later(when, 60, 300)), s_subj, f.fill(c, s_body))
        cancel_at = f.morning(f.later(when, 20 * 60, 30 * 60), 8, 12)
        cid = f.add(
            c,
            cancel_at,
            "web",
            "cancellation",
            attrs={"page": "/account/membership", "product": CLUB_PRODUCT},
        )
        c.truth.update(
            {
                "churn_intent_event_id": ask,
                "cancellation_event_id": cid,
                "churn_at": iso(cancel_at),
                "trouble_starts_at": iso(when),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady", [], [])
        f.day_acts(c, r.sample(range(32), r.randint(6, 10)), HAPPY_DAY, 7, 20)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], TOL_GRUMPY)
        d = r.randint(0, 4)
        ids: list[str] = []
        first_at = f.at(d, 8, 21)
        for k in range(r.randint(5, 7)):
            text = f.fill(c, r.choice(W.GRUMBLES[c.lang]))
            t = first_at if k == 0 else f.at(d, 8, 21)
            where = r.choice(("social", "community", "web", "review"))
            if where == "social":
                ids.append(f.add(c, t, "social", "mention", text))
            elif where == "community":
                ids.append(f.add(c, t, "community", "post", text))
            elif where == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/lessons"})
                )
            d += r.randint(1, 3)
        for _k in range(r.randint(0, 2)):
            f.happy(c, f.at(r.randint(0, 31), 9, 19), "buy")
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": iso(first_at)})
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], TOL_SILENCE)
        f.day_acts(c, r.sample(range(32), r.randint(3, 6)), HAPPY_NO_SURVEY, 8, 20)
        t = f.at(r.randint(17, 28), 9, 21)
        text = f.fill(c, r.choice(W.SARCASM[c.lang]))
        sid = (
            f.add(c, t, "social", "mention", text)
            if r.random() < 0.6
            else f.add(c, t, "community", "post", text)
        )
        c.truth.update({"sarcasm_event_id": sid, "trouble_starts_at": iso(t)})
    f.finish({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        monday(2026, 8, 28, 4),
        3,
        "a calm summer weekend with night owls in bursts; no spike",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        f.day_acts(c, r.sample(range(3), r.randint(1, 3)), HAPPY_DAY, 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", [], TOL_SILENCE)
        t = f.at(r.randint(0, 2), 8, 17)
        f.happy(c, t, r.choice(("buy", "view")))
        g = f.later(t, 20, 30)
        text, answer = r.choice(W.MILD[c.lang])
        if i < 2:
            gid = f.add(c, g, "chat", "chat", f.fill(c, text))
            f.agent_chat(c, f.later(g, 1, 5), f.fill(c, answer))
        else:
            gid = f.add(c, g, "web", "ticket", f.fill(c, text), attrs={"page": "/help/contact"})
            subj = {
                "es": "Tu aviso",
                "it": "La tua segnalazione",
                "en": "Your message",
                "de": "Ihr Hinweis",
                "fr": "Votre message",
                "pt": "A sua mensagem",
            }[c.lang]
            f.agent_mail(c, f.later(g, 10, 40), subj, f.fill(c, W.MILD_ACK[c.lang]))
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(g)})
    owls_by_day = set(r.sample(range(36), 18))
    k = 0
    for night in range(3):
        t0 = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        starts = [
            t0,
            t0 + timedelta(minutes=r.randint(28, 33)),
            t0 + timedelta(minutes=r.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _o in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}", [], [])
                when = bs + timedelta(seconds=r.randint(0, 600))
                nid = night_act(f, c, when)
                c.truth.update({"burst_at": iso(bs), "night_event_id": nid})
                if k in owls_by_day:
                    day = r.choice([d for d in range(3) if d != night + 1] or [0])
                    f.happy(
                        c, f.at(day, 9, 17.5), r.choice(("praise", "buy", "view", "review", "chat"))
                    )
                k += 1
    f.finish({})


BILINGUAL_PAIRS = (
    [("es", "it")] * 5
    + [("it", "es")] * 5
    + [("es", "en")] * 2
    + [("it", "en")] * 2
    + [
        ("es", "pt"),
        ("pt", "es"),
        ("it", "de"),
        ("de", "it"),
        ("it", "fr"),
        ("fr", "it"),
        ("es", "fr"),
        ("en", "es"),
        ("es", "de"),
        ("pt", "it"),
        ("de", "es"),
        ("fr", "es"),
        ("en", "it"),
    ]
)


def bilingual() -> None:
    f = Fam(
        6,
        "bilingual",
        "BL",
        monday(2026, 9, 21),
        14,
        "customers who write in two languages: happy, repeat contacts, sliders, one bad day, fixed",
    )
    r = f.rng
    pairs = list(BILINGUAL_PAIRS)
    r.shuffle(pairs)
    long_i = next(i for i, p in enumerate(pairs) if p == ("es", "it"))
    pairs.insert(0, pairs.pop(long_i))
    roles = (
        ["bad_long", "bad_email", "bad_chat"]
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["fixed"] * 2
        + ["happy"] * 12
    )
    rep_times = [2, 2, 3, 3, 4]
    for role, (l1, l2) in zip(roles, pairs, strict=True):
        country = wpick(r, MARKETS[l1] if r.random() < 0.6 else MARKETS[l2])
        extra = {
            "languages": [l1, l2],
            "job_second_language": f"{LANG_NAME[l2]}: {r.choice(SECOND_REASONS)}",
        }
        langs = [l1, l2]
        if role == "happy":
            c = f.person("happy", "alternates languages", [], [], l1, country, **extra)
            f.day_acts(c, r.sample(range(14), r.randint(5, 8)), HAPPY_DAY, 7, 20, langs)
        elif role == "repeat":
            c = f.person(
                "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT, l1, country, **extra
            )
            f.day_acts(c, r.sample(range(2), r.randint(1, 2)), HAPPY_NO_SURVEY, 7, 12, langs)
            n = rep_times.pop(0)
            repeat_run(f, c, r.randint(2, 5), n, r.choice(("web", "email", "chat")), n >= 3, langs)
        elif role == "slide":
            c = f.person(
                "slow_churner", "slides", ["sentiment_drop"], TOL_SLIDE, l1, country, **extra
            )
            days = sorted(r.sample(range(6), 5))
            for j, d in enumerate(days):
                f.happy(c, f.at(d, 8, 20), r.choice(PRAISE_KINDS), langs[j % 2])
            f.day_acts(c, r.sample(range(6), r.randint(1, 3)), OTHER_HAPPY, 8, 20, langs[::-1])
            slide(f, c, r.randint(7, 8), r.randint(3, 5), langs, False)
        elif role.startswith("bad"):
            c = f.person("happy_one_bad_day", "one bad day", [], TOL_SILENCE, l1, country, **extra)
            bd = r.randint(4, 9)
            when = f.at(bd, 8, 20)
            problem = r.choice(W.PROBLEMS)
            channel = "chat" if role == "bad_chat" else "email"
            eid = f.complaint(c, when, problem, channel, l2, long_email=role == "bad_long")
            case = f.case()
            f.acknowledge(c, when, channel, case, l2)
            free = [d for d in range(14) if d <= bd - 2 or d >= bd + 3]
            f.day_acts(c, r.sample(free, r.randint(3, 5)), HAPPY_NO_SURVEY, 8, 20, langs)
            t: dict[str, Any] = {
                "problem": problem,
                "channel": channel,
                "booking": case,
                "bad_day_at": iso(when),
                "bad_day_event_id": eid,
                "bad_day_language": l2,
                "trouble_starts_at": iso(when),
                "long_email": role == "bad_long",
                "agent_fixed": channel == "email",
                "apologised": False,
            }
            if channel == "email":
                subj, body = W.GOOD_NEWS[l2]
                f.agent_mail(
                    c,
                    f.morning(f.later(when, 60, 240)),
                    subj.format(case=case),
                    f.fill(c, body, case=case),
                    l2,
                )
            if role == "bad_email":
                at = f.morning(f.later(when, 18 * 60, 24 * 60), 8, 10)
                aid = f.add(c, at, "chat", "chat", r.choice(W.APOLOGY[l2]))
                t.update(apologised=True, apology_at=iso(at), apology_event_id=aid)
            c.truth.update(t)
        else:
            c = f.person(
                "resolved_between_contacts", "fixed", [], TOL_SILENCE, l1, country, **extra
            )
            f.day_acts(c, r.sample(range(3), r.randint(1, 2)), HAPPY_NO_SURVEY, 8, 20, langs)
            fc = f.fixed_case(c, f.at(r.randint(3, 7), 8, 18), r.choice(W.PROBLEMS), "web", l1, l2)
            c.truth.update(
                {
                    "problems": [fc],
                    "booking": fc["booking"],
                    "problem": fc["problem"],
                    "confirm_language": l2,
                    "trouble_starts_at": fc["raised_at"],
                }
            )
    f.finish({"repeat_contact": 5, "sentiment_drop": 5})


# (market, language, site, kind, problem, contacts, complainers)
ACCOUNTS: list[tuple[str, str, str, str, str | None, int, int]] = [
    ("IT", "it", "municipality", "at_risk", "invoice", 6, 4),
    ("ES", "es", "school", "at_risk", "overbilled", 5, 4),
    ("IT", "it", "camp", "at_risk", "portal", 5, 3),
    ("ES", "es", "therapy", "at_risk", "service_blocked", 4, 3),
    ("DE", "de", "university", "at_risk", "invoice", 5, 3),
    ("IT", "it", "hotel", "one_unhappy", "service_blocked", 3, 1),
    ("ES", "es", "events", "one_unhappy", "overbilled", 3, 1),
    ("FR", "fr", "scouts", "one_unhappy", "portal", 3, 1),
    ("PT", "pt", "camp", "one_unhappy", "invoice", 3, 1),
    ("IT", "it", "university", "mild", None, 4, 0),
    ("ES", "es", "municipality", "mild", None, 3, 0),
    ("UK", "en", "school", "mild", None, 4, 0),
    ("IT", "it", "events", "happy", None, 4, 0),
    ("ES", "es", "hotel", "happy", None, 4, 0),
    ("CH", "de", "therapy", "happy", None, 3, 0),
]


def b2b_contact(
    f: Fam,
    acc_id: str,
    company: str,
    domain: str,
    lang: str,
    country: str,
    persona: str,
    role: str,
    expected: list[str],
    tolerated: list[str],
    taken: set[str],
) -> Cust:
    r = f.rng
    key = unique(USED.ids, lambda: f"CV{f.code}{r.randint(1000, 9999)}")
    first = r.choice([n for n in FIRST[lang] if n not in taken])
    taken.add(first)
    last = r.choice(LAST[lang])
    email = f"{ascii_slug(first)}.{ascii_slug(last)}@{domain}"
    USED.emails.add(email)
    title = r.choice(B.JOB_TITLES)
    c = Cust(
        key,
        lang,
        country,
        first,
        last,
        email,
        f.new_phone(country),
        None,
        acc_id,
        r.choice(TOWNS[country]),
        r.choice(W.KIDS[lang]),
        {},
        company=True,
    )
    f.init_truth(
        c,
        persona,
        role,
        expected,
        tolerated,
        {"company": company, "role": role, "job_title": title},
    )
    c.truth["job"] = title
    return c


def b2b_routine(f: Fam, c: Cust, when: datetime, high_scores: bool) -> None:
    r = f.rng
    kinds = ["chat", "buy", "view"] + (["praise", "survey"] if high_scores else [])
    kind = r.choice(kinds)
    if kind == "chat":
        q, a = r.choice(B.ROUTINE_QA[c.lang])
        f.add(c, when, "chat", "chat", q)
        t = f.later(when, 1, 6)
        f.agent_chat(c, t, a)
        if r.random() < 0.6:
            f.add(c, f.later(t, 1, 3), "chat", "chat", B.THANKS[c.lang])
    elif kind == "buy":
        label, eur, page = r.choice(B.GROUP_PRODUCTS)
        f.add(c, when, "web", "page_view", attrs={"page": page})
        value, cur = f.price(c, eur)
        f.add(
            c,
            f.later(when, 3, 20),
            "web",
            "purchase",
            attrs={"order_value": value, "currency": cur, "product": label, "page": page},
        )
    elif kind == "view":
        f.add(c, when, "web", "page_view", attrs={"page": r.choice(B.PORTAL_PAGES)})
    elif kind == "praise":
        f.add(c, when, "community", "post", f.fill(c, r.choice(B.PRAISE[c.lang])))
    else:
        f.survey(c, when)


def b2b_accounts() -> None:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        monday(2026, 10, 12),
        14,
        "Cavalesta Groups accounts: at risk, one unhappy contact, mild suggestions, happy",
    )
    r = f.rng
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    last_channels = ["email", "phone", "phone", "phone", "phone"]
    r.shuffle(last_channels)
    for market, lang, site, kind, problem, n_contacts, n_unhappy in ACCOUNTS:

        def account_id(m: str = market) -> str:
            return f"CVG-{m}-{r.randint(1000, 9999)}"

        acc_id = unique(USED.accounts, account_id)
        company = B.COMPANIES[site][lang][0]
        domain = ascii_slug(company)[:24] + ".example"
        taken: set[str] = set()
        contacts: list[Cust] = []
        unhappy: list[Cust] = []
        for i in range(n_contacts):
            if kind == "at_risk" and i < n_unhappy:
                last = i == n_unhappy - 1
                c = b2b_contact(
                    f,
                    acc_id,
                    company,
                    domain,
                    lang,
                    market,
                    "b2b_unhappy",
                    "complainer",
                    ["repeat_contact"] if last else ["detractor"],
                    TOL_B2B_UNHAPPY,
                    taken,
                )
                unhappy.append(c)
            elif kind == "one_unhappy" and i == 0:
                c = b2b_contact(
                    f,
                    acc_id,
                    company,
                    domain,
                    lang,
                    market,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    TOL_B2B_ONE,
                    taken,
                )
                unhappy.append(c)
            elif kind == "mild" and i < 2:
                c = b2b_contact(
                    f,
                    acc_id,
                    company,
                    domain,
                    lang,
                    market,
                    "b2b_mild",
                    "suggests",
                    [],
                    TOL_SILENCE,
                    taken,
                )
            else:
                c = b2b_contact(
                    f, acc_id, company, domain, lang, market, "b2b_happy", "contact", [], [], taken
                )
            contacts.append(c)
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in r.sample(weekdays, r.randint(2, 5)):
                    b2b_routine(f, c, f.at(d, 8, 16.5), True)
            else:
                for _k in range(r.randint(0, 2)):
                    b2b_routine(f, c, f.at(r.choice((0, 1)), 8, 16.5), False)
        trouble: str | None = None
        if kind == "at_risk" and problem is not None:
            case = f.case()
            first = unhappy[0]
            t = f.at(2, 8, 16)
            trouble = iso(t)
            first_day = t.weekday()
            first_date = t.date()
            prev = t
            for j, c in enumerate(unhappy):
                core = f.fill(c, B.CORE[problem][lang])
                topic = B.TOPIC[problem][lang]
                if j == 0:
                    text = f.fill(c, B.FIRST[lang], company=company, core=core)
                    eid = f.add(c, t, "email", "message", text, B.SUBJ[lang].format(topic=topic))
                    subj, body = B.ACK[lang]
                    f.agent_mail(
                        c,
                        f.later(t, 10, 40),
                        subj.format(case=case, company=company),
                        f.fill(c, body, case=case, company=company),
                    )
                else:
                    t = f.office(f.later(prev, 8 * 60, 28 * 60))
                    prefix, today = DAY_PHRASE[lang]
                    day = today if t.date() == first_date else prefix + W.WEEKDAY[lang][first_day]
                    text = f.fill(
                        c, r.choice(B.LATER[lang]), first=first.first, day=day, case=case, core=core
                    )
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        text,
                        B.CASE_SUBJ[lang].format(case=case, company=company),
                    )
                ids = [eid]
                c.truth.update({"trouble_starts_at": iso(t), "booking": case, "problem": problem})
                if j < len(unhappy) - 1:
                    value = r.randint(1, 5)
                    c.truth.update(
                        {
                            "nps_given": True,
                            "nps": value,
                            "survey_event_id": f.low_survey(c, f.later(t, 60, 180), "nps", value),
                        }
                    )
                else:
                    t2 = f.office(f.later(t, 18 * 60, 40 * 60))
                    ch = last_channels.pop()
                    comp = r.choice(W.COMPETITORS)
                    if ch == "email":
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                f.fill(c, B.LAST_EMAIL[lang], case=case, comp=comp),
                                B.CASE_SUBJ[lang].format(case=case, company=company),
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
                                spoken(f.fill(c, B.LAST_CALL[lang], case=case, company=company)),
                            )
                        )
                        c.truth["competitor"] = None
                    c.truth["repeat_event_id"] = ids[-1]
                c.truth["complaint_event_ids"] = ids
                prev = t
        elif kind == "one_unhappy" and problem is not None:
            c = unhappy[0]
            case = f.case()
            t = f.office(f.at(r.randint(3, 7), 8, 16))
            core = f.fill(c, B.CORE[problem][lang])
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f.fill(c, B.FIRST[lang], company=company, core=core),
                B.SUBJ[lang].format(topic=B.TOPIC[problem][lang]),
            )
            subj, body = B.ACK[lang]
            f.agent_mail(
                c,
                f.later(t, 10, 40),
                subj.format(case=case, company=company),
                f.fill(c, body, case=case, company=company),
            )
            value = r.randint(1, 5)
            c.truth.update(
                {
                    "trouble_starts_at": iso(t),
                    "booking": case,
                    "problem": problem,
                    "complaint_event_ids": [eid],
                    "nps_given": True,
                    "nps": value,
                    "survey_event_id": f.low_survey(c, f.later(t, 60, 180), "nps", value),
                }
            )
        elif kind == "mild":
            for j, c in enumerate(contacts[:2]):
                t = f.office(f.at(r.randint(2, 9), 8, 16))
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.fill(c, B.MILD[lang][j]),
                    {
                        "es": "Sugerencia",
                        "it": "Suggerimento",
                        "de": "Vorschlag",
                        "fr": "Suggestion",
                        "pt": "Sugestão",
                        "en": "Suggestion",
                    }[lang],
                    attrs={"page": "/groups/portal/feedback"},
                )
                f.agent_mail(
                    c,
                    f.later(t, 20, 90),
                    {
                        "es": "RE: Sugerencia",
                        "it": "R: Suggerimento",
                        "de": "AW: Vorschlag",
                        "fr": "RE : Suggestion",
                        "pt": "RE: Sugestão",
                        "en": "Re: Suggestion",
                    }[lang],
                    f.fill(c, B.MILD_ACK[lang]),
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        f.accounts[acc_id] = {
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


SPIKE_LANGS = ["es"] * 6 + ["it"] * 6 + ["en", "en", "de", "de", "fr", "fr", "pt", "pt"]
SPIKE_CHANNELS = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2


def topic_spike() -> None:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        monday(2026, 11, 9),
        6,
        "a calm week and a planted spike on Saturday 14 November 2026, 08:10-08:55 UTC",
    )
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer", [], [])
        for d in r.sample(range(6), r.randint(1, 4)):
            f.happy(c, f.at(d, 12, 19) if d == 5 else f.at(d, 7, 19), r.choice(HAPPY_DAY))
    for lang in ("es", "it"):
        c = f.person("grumbles_once", "grumbles once", [], TOL_SILENCE, lang)
        t = f.at(0, 9, 17)
        q, a = W.CALM_GRUMBLE[lang]
        gid = f.add(c, t, "chat", "chat", f.fill(c, q))
        f.agent_chat(c, f.later(t, 1, 5), f.fill(c, a))
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hm in (("es", (9, 40)), ("it", (16, 5))):
        c = f.person("grumbles_once", "lone question", [], TOL_SILENCE, lang)
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        q, a = W.LONE_Q[lang]
        lid = f.add(c, t, "chat", "chat", f.fill(c, q))
        f.agent_chat(c, f.later(t, 1, 4), f.fill(c, a))
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    sat = f.start + timedelta(days=5)
    langs = list(SPIKE_LANGS)
    channels = list(SPIKE_CHANNELS)
    r.shuffle(langs)
    r.shuffle(channels)
    minutes = sorted([10, 55] + [r.randint(11, 54) for _ in range(18)])
    regular = [True] * 12 + [False] * 8
    r.shuffle(regular)
    early = [i for i, m in enumerate(minutes) if m <= 35]
    repeaters = set(r.sample(early, 6))
    fixed = set(r.sample([i for i in range(20) if i not in repeaters], 6))
    rep_channels = ["email", "email", "chat", "chat", "community", "community"]
    r.shuffle(rep_channels)
    keys: list[str] = []
    eids: list[str] = []
    rep_eids: list[str] = []
    for i in range(20):
        lang = langs[i]
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular[i] else "new",
            ["repeat_contact"] if rep else [],
            TOL_SPIKE_REPEAT if rep else TOL_SILENCE,
            lang,
        )
        if regular[i]:
            for d in sorted(r.sample((2, 3, 4), r.randint(1, 3))):
                f.happy(c, f.at(d, 8, 17.5), r.choice(HAPPY_NO_SURVEY))
        t = sat + timedelta(
            hours=8, minutes=minutes[i], seconds=0 if minutes[i] in (10, 55) else r.randint(0, 59)
        )
        if minutes[i] == 55:
            t = sat + timedelta(hours=8, minutes=55)
        ch = channels[i]
        if ch == "social":
            eid = f.add(c, t, "social", "mention", f.fill(c, r.choice(W.SPIKE_SOCIAL[lang])))
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", f.fill(c, r.choice(W.SPIKE_CHAT[lang])))
            f.agent_chat(c, f.later(t, 1, 3), W.SPIKE_CHAT_ANSWER[lang])
        elif ch == "community":
            eid = f.add(c, t, "community", "post", f.fill(c, r.choice(W.SPIKE_COMMUNITY[lang])))
        elif ch == "email":
            subj, text = r.choice(W.SPIKE_EMAIL[lang])
            eid = f.add(c, t, "email", "message", f.fill(c, text), subj)
        else:
            eid = f.add(
                c,
                t,
                "web",
                "ticket",
                f.fill(c, W.SPIKE_FORM[lang]),
                "E-MET/219",
                attrs={"page": "/help/contact"},
            )
        keys.append(c.key)
        eids.append(eid)
        t_info: dict[str, Any] = {
            "in_spike": True,
            "regular": regular[i],
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
            "agent_fixed": False,
        }
        if rep:
            rch = next(x for x in rep_channels if x != ch)
            rep_channels.remove(rch)
            t2 = f.later(t, 15, 50)
            text = f.fill(c, r.choice(W.SPIKE_REPEAT[lang]))
            if rch == "email":
                rid = f.add(c, t2, "email", "message", text, "RE: E-MET/219")
            elif rch == "chat":
                rid = f.add(c, t2, "chat", "chat", text)
                f.agent_chat(c, f.later(t2, 1, 3), W.SPIKE_CHAT_ANSWER[lang])
            else:
                rid = f.add(c, t2, "community", "post", text)
            rep_eids.append(rid)
            t_info["repeat_event_id"] = rid
        if i in fixed:
            local = "10:40" if c.country in ("UK", "IE", "PT") else "11:40"
            credit = {"UK": "£9", "CH": "CHF 9", "IE": "€10"}.get(c.country, "10 €")
            subj, body = W.SPIKE_FIXED[lang]
            f.agent_mail(
                c,
                sat + timedelta(hours=11, minutes=8, seconds=r.randint(0, 540)),
                subj,
                f.fill(c, body, local=local, credit=credit),
            )
            t_info["agent_fixed"] = True
        c.truth.update(t_info)
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "Saturday morning: the app cancels every outdoor lesson, pony club and trail ride with a false 'severe wind alert' (E-MET/219) under a calm sky; families already at the yards",
        "channel": None,
        "start": iso(sat + timedelta(hours=8, minutes=10)),
        "end": iso(sat + timedelta(hours=8, minutes=55)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": rep_eids,
    }
    f.finish({"topic_spike": 1, "repeat_contact": 6})


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
    for build in FAMILIES:
        build()


if __name__ == "__main__":
    main()
