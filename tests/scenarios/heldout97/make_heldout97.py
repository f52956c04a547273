# ruff: noqa: E501
"""Generate tests/scenarios/heldout97/ (Glanzaro car washes), written blind.

Standalone and deterministic: ``python make_heldout97.py`` from anywhere writes the eight
families (``<family>.jsonl`` and ``<family>.truth.json``) beside this file.
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
BRAND = W.BRAND
WRITTEN = "2026-12-04"

LANG_MARKETS: dict[str, list[tuple[str, int]]] = {
    "en": [("UK", 3), ("IE", 1)],
    "de": [("DE", 4), ("AT", 1), ("CH", 1)],
    "fr": [("FR", 3), ("BE", 1), ("CH", 1)],
    "es": [("ES", 1)],
    "it": [("IT", 3), ("CH", 1)],
    "pt": [("PT", 1)],
}
LANG_WEIGHTS = [("en", 30), ("de", 30), ("fr", 10), ("es", 10), ("it", 10), ("pt", 10)]
PHONES: dict[str, tuple[str, list[str], int]] = {
    "UK": ("+44", ["74", "75", "77", "78", "79"], 8),
    "IE": ("+353", ["83", "85", "86", "87"], 7),
    "DE": ("+49", ["151", "160", "170", "176"], 8),
    "AT": ("+43", ["660", "664", "676"], 7),
    "CH": ("+41", ["76", "77", "78", "79"], 7),
    "FR": ("+33", ["6", "7"], 8),
    "BE": ("+32", ["470", "475", "486", "497"], 6),
    "ES": ("+34", ["6", "7"], 8),
    "IT": ("+39", ["320", "333", "347", "349"], 7),
    "PT": ("+351", ["91", "92", "93", "96"], 7),
}
STATIONS: dict[str, list[str]] = {
    "UK": ["Leeds Kirkstall", "Bristol Avonmouth", "Croydon"],
    "IE": ["Dublin Naas Road", "Cork Kinsale Road"],
    "DE": ["Dortmund-Hafen", "Leipzig-Plagwitz", "Köln-Ehrenfeld", "Hannover-Linden"],
    "AT": ["Graz-Puntigam", "Wien-Liesing"],
    "CH": ["Winterthur", "Basel-Dreispitz"],
    "FR": ["Lyon Vaise", "Lille Lomme"],
    "BE": ["Liège Rocourt", "Namur"],
    "ES": ["Valencia Campanar", "Zaragoza Delicias"],
    "IT": ["Torino Lingotto", "Bologna Borgo Panigale"],
    "PT": ["Braga", "Coimbra"],
}
FIRST: dict[str, list[str]] = {
    "en": [
        "Olivia",
        "Jack",
        "Amelia",
        "Harry",
        "Sophie",
        "Callum",
        "Niamh",
        "Ryan",
        "Grace",
        "Liam",
        "Chloe",
        "Declan",
        "Megan",
        "Tom",
        "Aoife",
        "Kieran",
        "Hannah",
        "Owen",
        "Zara",
        "Ethan",
    ],
    "de": [
        "Lena",
        "Jonas",
        "Anna",
        "Lukas",
        "Sabine",
        "Tobias",
        "Miriam",
        "Felix",
        "Katrin",
        "Jan",
        "Carina",
        "Moritz",
        "Ute",
        "Florian",
        "Nina",
        "Stefan",
        "Jule",
        "Dennis",
        "Petra",
        "Timo",
    ],
    "fr": ["Camille", "Louis", "Manon", "Hugo", "Claire", "Théo", "Léa", "Julien"],
    "es": ["Lucía", "Pablo", "Marta", "Diego", "Irene", "Sergio", "Nerea", "Álvaro"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Davide", "Elisa", "Matteo"],
    "pt": ["Inês", "João", "Beatriz", "Tiago", "Mariana", "Rui", "Catarina", "Pedro"],
}
LAST: dict[str, list[str]] = {
    "en": [
        "Walsh",
        "Hughes",
        "Patel",
        "Murphy",
        "Clarke",
        "Byrne",
        "Turner",
        "Doyle",
        "Kelly",
        "Price",
        "Barnes",
        "Quinn",
        "Foster",
        "Nolan",
        "Ellis",
        "Harper",
    ],
    "de": [
        "Krüger",
        "Hoffmann",
        "Schulte",
        "Wagner",
        "Becker",
        "Lindner",
        "Vogt",
        "Brandt",
        "Kessler",
        "Roth",
        "Neumann",
        "Haas",
        "Franke",
        "Seidel",
        "Albrecht",
        "Winkler",
    ],
    "fr": ["Moreau", "Lefèvre", "Girard", "Roux", "Fontaine", "Chevalier"],
    "es": ["Navarro", "Serrano", "Molina", "Ortega", "Castro", "Herrera"],
    "it": ["Ferri", "Galli", "Costa", "Greco", "Marini", "Rinaldi"],
    "pt": ["Ferreira", "Carvalho", "Sousa", "Pinto", "Lopes", "Correia"],
}
AGENTS: dict[str, list[str]] = {
    "en": ["Priya", "Sean", "Beth"],
    "de": ["Maren", "Kai", "Dilara"],
    "fr": ["Nadia", "Rémi"],
    "es": ["Carmen", "Iker"],
    "it": ["Federica", "Paolo"],
    "pt": ["Sofia", "Nuno"],
}
JOBS = [
    "nurse",
    "electrician",
    "teacher",
    "bus driver",
    "accountant",
    "chef",
    "physiotherapist",
    "sales rep",
    "student",
    "pharmacist",
    "carpenter",
    "IT support",
    "retired",
    "paramedic",
    "designer",
    "warehouse lead",
]
DOMAINS = ["mail.example", "post.example", "inbox.example", "web.example", "net.example"]
SOURCES = {
    "email": "glanzaro-mail",
    "phone": "glanzaro-voice",
    "social": "glanzaro-social",
    "community": "glanzaro-forum",
    "chat": "glanzaro-chat",
    "web": "glanzaro-web",
    "survey": "glanzaro-survey",
}
UNIT = {
    "en": {"EUR": "euros", "GBP": "pounds", "CHF": "francs"},
    "de": {"EUR": "Euro", "GBP": "Pfund", "CHF": "Franken"},
    "fr": {"EUR": "euros", "GBP": "livres", "CHF": "francs"},
    "es": {"EUR": "euros", "GBP": "libras", "CHF": "francos"},
    "it": {"EUR": "euro", "GBP": "sterline", "CHF": "franchi"},
    "pt": {"EUR": "euros", "GBP": "libras", "CHF": "francos"},
}
CET = {"DE", "AT", "CH", "FR", "BE", "ES", "IT"}

T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_GRUMPY = ["repeat_contact", "silence"]
T_SILENCE = ["silence"]
T_SPIKE_REPEAT = ["sentiment_drop", "silence"]
T_B2B_UNHAPPY = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: set[str] = set()


def unique(rng: random.Random, make: Any) -> str:
    while True:
        value = str(make(rng))
        if value not in USED:
            USED.add(value)
            return value


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_name(s: str) -> str:
    s = s.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("ß", "ss")
    return (
        "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))
        .lower()
        .replace(" ", "")
    )


def strip_accents(text: str) -> str:
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    out: list[str] = []
    for ch in text:
        if ch in table:
            out.append(table[ch])
        elif ch in "ñÑß":
            out.append(ch)
        else:
            out.append(
                "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            )
    return "".join(out)


def money(eur: float, market: str, lang: str, spoken: bool = False) -> str:
    cur = currency(market)
    if spoken:
        value = round(eur * {"EUR": 1.0, "GBP": 0.86, "CHF": 0.94}[cur])
        return f"{value} {UNIT[lang][cur]}"
    if cur == "GBP":
        return f"£{round(eur * 0.86)}"
    if cur == "CHF":
        return f"CHF {round(eur * 0.94)}"
    if lang == "en":
        return f"€{eur:.2f}"
    return f"{eur:.2f}".replace(".", ",") + " €"


def currency(market: str) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(market, "EUR")


def wpick(rng: random.Random, items: list[tuple[str, int]]) -> str:
    total = sum(w for _, w in items)
    r = rng.uniform(0, total)
    for name, w in items:
        r -= w
        if r <= 0:
            return name
    return items[-1][0]


def transcript(text: str, lang: str, keep: set[str]) -> str:
    words: list[str] = []
    for raw in text.replace("\n", " ").split():
        word = raw
        if any(ch.isdigit() for ch in word):
            word = word.rstrip(".,!?;:")
        else:
            word = "".join(ch for ch in word if ch not in '.,!?;:¿¡"()')
            if lang == "en":
                word = word.replace("'", "").replace("’", "")
        if not word:
            continue
        if (
            lang != "de"
            and word not in keep
            and not any(ch.isdigit() for ch in word)
            and word != "I"
        ):
            word = word.lower()
        elif (
            word.isupper()
            and len(word) > 1
            and word not in keep
            and not any(ch.isdigit() for ch in word)
        ):
            word = word.capitalize() if lang == "de" else word.lower()
        words.append(word)
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
    truth: dict[str, Any]
    station: str
    langs: list[str] = field(default_factory=list)


@dataclass
class Row:
    eid: str
    when: datetime
    cust: Cust
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]
    seq: int


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
        self.rows: list[Row] = []
        self.custs: list[Cust] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.planned: dict[str, int] = {}

    # ---- people -------------------------------------------------------------------------
    def day(self, d: int, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=d, minutes=round(self.rng.uniform(h0 * 60, h1 * 60)))

    def lang(self) -> str:
        return wpick(self.rng, [(k, w) for k, w in LANG_WEIGHTS])

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
        first: str | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        market = market or wpick(rng, LANG_MARKETS[lang])
        firsts = FIRST[lang]
        if first is None:
            first = rng.choice(firsts)
        last = rng.choice(LAST[lang])
        key = unique(rng, lambda r: f"GZ{self.code}{r.randint(1000, 9999)}")
        fa, la = ascii_name(first), ascii_name(last)
        if domain:
            email = unique(
                rng, lambda r: f"{fa}.{la}@{domain}" if len(USED) % 7 else f"{fa[0]}.{la}@{domain}"
            )
        else:
            email = unique(
                rng,
                lambda r: (
                    r.choice(
                        [
                            f"{fa}.{la}{r.randint(1, 99)}",
                            f"{fa}{la[0]}{r.randint(10, 999)}",
                            f"{la}.{fa}{r.randint(1, 9)}",
                            f"{fa}_{la}{r.randint(70, 99)}",
                        ]
                    )
                    + "@"
                    + r.choice(DOMAINS)
                ),
            )
        cc, prefixes, n = PHONES[market]
        phone = unique(
            rng, lambda r: cc + r.choice(prefixes) + "".join(str(r.randint(0, 9)) for _ in range(n))
        )
        handle: str | None = None
        if account is None:
            handle = unique(
                rng,
                lambda r: r.choice(
                    [
                        f"@{la}_{fa}{r.randint(1, 9)}",
                        f"@{fa}{la}{r.randint(10, 99)}",
                        f"@{la}{fa[0]}",
                        f"@{fa}_{la}",
                        f"@{fa}.{la[:3]}{r.randint(1, 99)}",
                    ]
                ),
            )
        town = rng.choice(STATIONS[market]).split(" ")[0].split("-")[0]
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
            "job": rng.choice(JOBS),
            "town": town,
        }
        truth.update(extra)
        c = Cust(
            key,
            lang,
            market,
            first,
            last,
            email,
            phone,
            handle,
            account,
            truth,
            rng.choice(STATIONS[market]),
            [lang],
        )
        self.custs.append(c)
        return c

    # ---- rows ---------------------------------------------------------------------------
    def add(
        self,
        c: Cust,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
        lang: str | None = None,
    ) -> str:
        eid = f"gz97-{self.code.lower()}-{len(self.rows) + 1:05d}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        if text is not None and not out:
            if channel == "social" and c.account is None:
                i = text.rfind(BRAND)
                text = text[:i] + "@" + text[i:] if i >= 0 else f"@{BRAND} " + text
            if rough and channel not in ("phone", "survey"):
                text = self.roughen(text)
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            Row(eid, when, c, channel, kind, out, text, subject, sc, a, len(self.rows))
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text.startswith(BRAND):
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) >= 5]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def fmt(self, c: Cust, s: str, lang: str | None = None, **kw: Any) -> str:
        lang = lang or c.lang
        base = {
            "first": c.first,
            "last": c.last,
            "brand": BRAND,
            "station": c.station,
            "code": W.SPIKE_CODE,
        }
        base.update(kw)
        return s.format(**base)

    def agent(self, lang: str) -> str:
        return self.rng.choice(AGENTS[lang])

    def out(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        template: str,
        lang: str,
        subject: str | None = None,
        **kw: Any,
    ) -> str:
        name = self.agent(lang)
        text = self.fmt(c, template, lang, agent=name, **kw)
        return self.add(c, t, channel, kind, text, subject=subject, out=True, attrs={"agent": name})

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang] if lang in table else table["en"])

    def pair(self, table: dict[str, list[tuple[str, str]]], lang: str) -> tuple[str, str]:
        return self.rng.choice(table[lang] if lang in table else table["en"])

    def keep(self, c: Cust) -> set[str]:
        return {BRAND, c.first, c.last, *W.COMPETITORS, *c.station.split(" "), "Pass", "I"}

    # ---- happy acts ---------------------------------------------------------------------
    def praise(
        self,
        c: Cust,
        t: datetime,
        lang: str | None = None,
        table: dict[str, list[str]] | None = None,
    ) -> str:
        lang = lang or c.lang
        text = self.fmt(c, self.pick(table or W.PRAISE, lang), lang)
        if self.rng.random() < 0.55:
            return self.add(c, t, "social", "mention", text)
        return self.add(c, t, "community", "post", text)

    def chat_q(
        self,
        c: Cust,
        t: datetime,
        lang: str | None = None,
        table: dict[str, list[tuple[str, str]]] | None = None,
        thanks: float = 0.6,
    ) -> str:
        lang = lang or c.lang
        q, a = self.pair(table or W.QUESTIONS, lang)
        eid = self.add(c, t, "chat", "chat", self.fmt(c, q, lang))
        t2 = t + timedelta(minutes=self.rng.randint(1, 6))
        self.out(c, t2, "chat", "chat", a, lang)
        if self.rng.random() < thanks:
            self.add(
                c,
                t2 + timedelta(minutes=self.rng.randint(1, 3)),
                "chat",
                "chat",
                self.pick(W.THANKS, lang),
            )
        return eid

    def phone_q(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        lang = lang or c.lang
        q, a = self.pair(W.PHONE_Q, lang)
        eid = self.add(c, t, "phone", "call", transcript(self.fmt(c, q, lang), lang, self.keep(c)))
        subj = {
            "en": "Your call today",
            "de": "Ihr Anruf heute",
            "fr": "Votre appel",
            "es": "Tu llamada",
            "it": "La tua chiamata",
            "pt": "A sua chamada",
        }[lang]
        self.out(
            c,
            self.morning(t + timedelta(minutes=self.rng.randint(15, 60))),
            "email",
            "message",
            a,
            lang,
            subject=subj,
        )
        return eid

    def purchase(self, c: Cust, t: datetime) -> str:
        name, eur, page = self.rng.choice(W.PRODUCTS)
        self.add(c, t, "web", "page_view", attrs={"page": page})
        cur = currency(c.market)
        value = eur * {"EUR": 1.0, "GBP": 0.86, "CHF": 0.94}[cur]
        return self.add(
            c,
            t + timedelta(minutes=self.rng.randint(2, 9)),
            "web",
            "purchase",
            attrs={"order_value": f"{value:.2f}", "currency": cur, "product": name, "page": page},
        )

    def review(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        lang = lang or c.lang
        text = self.pick(W.REVIEWS, lang)
        return self.add(
            c,
            t,
            "web",
            "review",
            self.fmt(c, text, lang),
            attrs={
                "rating": "5" if self.rng.random() < 0.7 else "4",
                "page": self.rng.choice(W.PAGES[2:4]),
            },
        )

    def survey(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        lang = lang or c.lang
        kind = self.rng.choice(["nps", "csat", "ces"])
        value = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[kind]
        word = self.pick(W.SURVEY_WORDS, lang)
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={kind: value},
            attrs={"survey": kind},
        )

    def happy_act(
        self,
        c: Cust,
        t: datetime,
        lang: str | None = None,
        surveys: bool = True,
        kinds: list[str] | None = None,
    ) -> str:
        options = kinds or [
            "praise",
            "praise",
            "again",
            "gripe",
            "chat",
            "chat",
            "phone",
            "purchase",
            "purchase",
            "view",
            "review",
        ] + (["survey"] if surveys else [])
        k = self.rng.choice(options)
        if k == "praise":
            return self.praise(c, t, lang)
        if k == "again":
            return self.praise(c, t, lang)
        if k == "gripe":
            return self.praise(c, t, lang, W.PRAISE_GRIPE)
        if k == "chat":
            return self.chat_q(c, t, lang)
        if k == "phone":
            return self.phone_q(c, t, lang)
        if k == "purchase":
            return self.purchase(c, t)
        if k == "view":
            return self.add(c, t, "web", "page_view", attrs={"page": self.rng.choice(W.PAGES)})
        if k == "review":
            return self.review(c, t, lang)
        return self.survey(c, t, lang)

    def morning(self, t: datetime) -> datetime:
        if t.hour >= 22 or t.hour < 7:
            base = t if t.hour < 7 else t + timedelta(days=1)
            return base.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    # ---- trouble ------------------------------------------------------------------------
    def core(self, c: Cust, problem: str, lang: str, spoken: bool = False) -> str:
        amt = money(W.PROBLEM_EUR[problem], c.market, lang, spoken)
        return self.fmt(c, self.pick(W.PROBLEM_CORE[problem], lang), lang, amt=amt)

    def complain(
        self, c: Cust, t: datetime, problem: str, channel: str, lang: str, long: bool = False
    ) -> str:
        topic = W.PROBLEM_TOPIC[problem][lang]
        if channel == "email":
            wrap = self.pick(W.LONG_EMAIL if long else W.EMAIL_WRAP, lang)
            text = self.fmt(c, wrap, lang, core=self.core(c, problem, lang))
            return self.add(
                c,
                t,
                "email",
                "message",
                text,
                subject=self.fmt(c, self.pick(W.EMAIL_SUBJECT, lang), lang, topic=topic),
            )
        if channel == "chat":
            return self.add(
                c,
                t,
                "chat",
                "chat",
                self.fmt(c, self.pick(W.CHAT_WRAP, lang), lang, core=self.core(c, problem, lang)),
            )
        if channel == "social":
            return self.add(
                c,
                t,
                "social",
                "mention",
                self.fmt(c, self.pick(W.SOCIAL_WRAP, lang), lang, core=self.core(c, problem, lang)),
            )
        if channel == "web":
            return self.add(
                c,
                t,
                "web",
                "ticket",
                self.fmt(c, self.pick(W.FORM_WRAP, lang), lang, core=self.core(c, problem, lang)),
                subject=topic,
                attrs={"page": "/help/contact"},
            )
        spoken = self.pick(W.PHONE_OPEN, lang) + " " + self.core(c, problem, lang, spoken=True)
        return self.add(c, t, "phone", "call", transcript(spoken, lang, self.keep(c)))

    def case_ref(self) -> str:
        return unique(self.rng, lambda r: f"GZ-{r.randint(100000, 999999)}")

    def reply_email(
        self,
        c: Cust,
        t: datetime,
        table: dict[str, list[str]],
        lang: str,
        case: str,
        subject: dict[str, list[str]] | None = None,
    ) -> str:
        subj = self.fmt(c, self.pick(subject or W.CASE_SUBJECT, lang), lang, case=case)
        return self.out(
            c,
            self.morning(t),
            "email",
            "message",
            self.pick(table, lang),
            lang,
            subject=subj,
            case=case,
        )

    def reply_chat(
        self, c: Cust, t: datetime, table: dict[str, list[str]], lang: str, **kw: Any
    ) -> str:
        return self.out(c, t, "chat", "chat", self.pick(table, lang), lang, **kw)

    def acknowledge(self, c: Cust, t: datetime, channel: str, lang: str, case: str) -> None:
        if channel == "chat":
            self.reply_chat(
                c, t + timedelta(minutes=self.rng.randint(1, 4)), W.CHAT_CASE, lang, case=case
            )
        else:
            self.reply_email(
                c, t + timedelta(minutes=self.rng.randint(10, 40)), W.CASE_OPENED, lang, case
            )

    def confirm(self, c: Cust, t: datetime, lang: str, case: str, channel: str) -> str:
        text = self.fmt(c, self.pick(W.CONFIRM, lang), lang, case=case)
        if channel == "chat":
            return self.add(c, t, "chat", "chat", text)
        return self.add(
            c,
            t,
            "email",
            "message",
            text,
            subject=self.fmt(c, self.pick(W.RE_SUBJECT, lang), lang, case=case),
        )

    def low_nps(self, c: Cust, t: datetime) -> str:
        """An NPS of 1-5 at t; the truth keeps the score and the event."""
        score = self.rng.randint(1, 5)
        sid = self.add(
            c, t, "survey", "survey_response", None, scores={"nps": score}, attrs={"survey": "nps"}
        )
        c.truth.update(nps=score, nps_given=True, survey_event_id=sid)
        return sid

    # ---- output -------------------------------------------------------------------------
    def render(self) -> tuple[str, str]:
        rows = sorted(self.rows, key=lambda r: (r.when, r.seq))
        seen: set[str] = set()
        lines: list[str] = []
        vr = self.rough
        for r in rows:
            c = r.cust
            full = not r.out and c.key not in seen
            if not r.out:
                seen.add(c.key)
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full or r.out:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif r.channel == "phone":
                cc = PHONES[c.market][0]
                ref["phone"] = cc + " " + c.phone[len(cc) :] if vr.random() < 0.5 else c.phone
            elif r.channel in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle[1:] if vr.random() < 0.2 else c.handle
                else:
                    ref["email"] = c.email
            elif r.channel == "email":
                ref["email"] = c.email.upper() if vr.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
            rec: dict[str, Any] = {
                "event_id": r.eid,
                "occurred_at": iso(r.when),
                "channel": r.channel,
                "kind": r.kind,
                "direction": "outbound" if r.out else "inbound",
                "customer": ref,
                "text": r.text,
                "subject": r.subject,
                "scores": r.scores,
                "source": SOURCES[r.channel],
                "attributes": dict(sorted(r.attrs.items())),
            }
            lines.append(json.dumps(rec, ensure_ascii=False))
        last = rows[-1].when
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected: dict[str, int] = {}
        for c in self.custs:
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            assert c.key in seen, f"{c.key} has no inbound touchpoint"
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        if expected != self.planned:
            raise SystemExit(f"{self.name}: expected {expected} != planned {self.planned}")
        for r in rows:
            assert r.when.year == 2026 and r.when >= self.start, r.eid
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": f"{BRAND}: car washes by app and web (tunnel washes, self-service bays, valets at home, the Glanzaro Pass) with a fleet arm, {BRAND} Fleet",
                "days": self.days,
                "seed": SEED,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.custs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return "\n".join(lines) + "\n", json.dumps(
            truth, ensure_ascii=False, indent=1, sort_keys=True
        ) + "\n"


def distinct_days(
    rng: random.Random, lo: int, hi: int, n: int, avoid: set[int] | None = None
) -> list[int]:
    pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
    return sorted(rng.sample(pool, min(n, len(pool))))


# ---- families ---------------------------------------------------------------------------
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers by day and by night, and some who only answer surveys",
    )
    f.planned = {}
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer", [], [])
        for d in distinct_days(f.rng, 0, 9, f.rng.randint(5, 8)):
            f.happy_act(c, f.day(d, 7, 19))
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer", [], [])
        nights = distinct_days(f.rng, 0, 8, f.rng.randint(2, 4))
        for d in nights:
            t = (
                f.start
                + timedelta(days=d, hours=22, minutes=12)
                + timedelta(minutes=f.rng.randint(0, 378))
            )
            if f.rng.random() < 0.6:
                f.add(
                    c,
                    t,
                    f.rng.choice(["social", "community"]),
                    "post",
                    f.fmt(c, f.pick(W.NIGHT_POSTS, c.lang)),
                )
            else:
                f.chat_q(c, t, table=W.NIGHT_QUESTIONS, thanks=1.0)
        for d in distinct_days(f.rng, 0, 9, f.rng.randint(2, 3)):
            f.happy_act(c, f.day(d, 9, 18), kinds=["praise", "purchase", "view", "review"])
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys", [], [])
        for d in distinct_days(f.rng, 0, 9, f.rng.randint(3, 6)):
            f.survey(c, f.day(d, 8, 20))
    fix_social_kinds(f)
    return f


def fix_social_kinds(f: Fam) -> None:
    for r in f.rows:
        if r.channel == "social":
            r.kind = "mention"
        elif r.channel == "community":
            r.kind = "post"


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry day",
    )
    f.planned = {"detractor": 6}
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for _ in range(4) for p in W.PROBLEM_CORE]
    f.rng.shuffle(problems)
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    nps_idx = set(f.rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in nps_idx]
    csat_idx = set(f.rng.sample(rest, 5))
    good_idx = set(f.rng.sample(with_case, 12))
    apol_idx = set(f.rng.sample(sorted(good_idx), 5))
    for i, ch in enumerate(channels):
        lang = ["en", "en", "de", "de"][i] if ch == "long" else f.lang()
        det = i in nps_idx
        c = f.person(
            lang,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            T_SILENCE,
        )
        bd = f.rng.randint(2, 9)
        t = f.day(bd, 8, 20)
        problem = problems[i]
        channel = "email" if ch == "long" else ch
        eid = f.complain(c, t, problem, channel, lang, long=ch == "long")
        c.truth.update(
            problem=problem,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            channel=channel,
            long_email=ch == "long",
            booking=None,
            agent_fixed=False,
            apologised=False,
            nps_given=det,
            csat_given=i in csat_idx,
        )
        avoid = set(range(bd - 1, bd + 3))
        for d in distinct_days(f.rng, 0, 11, f.rng.randint(1, 5), avoid):
            f.happy_act(c, f.day(d, 7, 20), surveys=False)
        if ch == "social":
            continue
        case = f.case_ref()
        c.truth["booking"] = case
        f.acknowledge(c, t, channel, lang, case)
        if det:
            f.low_nps(c, t + timedelta(minutes=f.rng.randint(100, 140)))
        elif i in csat_idx:
            cs = f.rng.randint(1, 2)
            word = f.rng.choice(
                [
                    "",
                    {
                        "en": "meh",
                        "de": "naja",
                        "fr": "bof",
                        "es": "fatal",
                        "it": "male",
                        "pt": "mau",
                    }[lang],
                ]
            )
            sid = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                word or None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat=cs, survey_event_id=sid)
        if i in good_idx:
            f.reply_email(
                c,
                t + timedelta(minutes=f.rng.randint(60, 240)),
                W.GOOD_NEWS,
                lang,
                case,
                W.RE_SUBJECT,
            )
            c.truth["agent_fixed"] = True
            if i in apol_idx:
                ta = f.morning(t + timedelta(minutes=f.rng.randint(16 * 60, 24 * 60)))
                text = f.fmt(c, f.pick(W.APOLOGY, lang), lang, case=case)
                if f.rng.random() < 0.5:
                    aid = f.add(c, ta, "chat", "chat", text)
                else:
                    aid = f.add(
                        c,
                        ta,
                        "email",
                        "message",
                        text,
                        subject=f.fmt(c, f.pick(W.RE_SUBJECT, lang), lang, case=case),
                    )
                c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control", [], [])
        for d in distinct_days(f.rng, 0, 11, f.rng.randint(4, 7)):
            f.happy_act(c, f.day(d, 7, 20))
    return f


def later_contact(
    f: Fam, c: Cust, t: datetime, channel: str, lang: str, case: str, problem: str, n: int
) -> str:
    if n == 3:
        text = f.fmt(c, f.pick(W.REPEAT_THIRD, lang), lang, case=case, comp=c.truth["competitor"])
    elif n >= 4:
        text = f.fmt(c, f.pick(W.REPEAT_FOURTH, lang), lang, case=case)
    else:
        text = f.fmt(
            c, f.pick(W.REPEAT_AGAIN, lang), lang, case=case, core=f.core(c, problem, lang)
        )
    if channel == "email":
        return f.add(
            c,
            t,
            "email",
            "message",
            text,
            subject=f.fmt(c, f.pick(W.RE_SUBJECT, lang), lang, case=case),
        )
    if channel == "chat":
        eid = f.add(c, t, "chat", "chat", text)
        f.reply_chat(c, t + timedelta(minutes=f.rng.randint(1, 4)), W.URGENT, lang, case=case)
        return eid
    if channel == "phone":
        opener = f.pick(W.PHONE_OPEN, lang)
        return f.add(
            c, t, "phone", "call", transcript(opener + " " + text, lang, f.keep(c) | {case})
        )
    if channel == "web":
        return f.add(c, t, "web", "ticket", text, subject=case, attrs={"page": "/help/contact"})
    return f.add(c, t, "social", "mention", text)


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: int,
    problem: str,
    times: int,
    first_channel: str,
    langs: list[str],
    quality: bool,
) -> None:
    lang = langs[0]
    t = f.day(first_day, 8, 19)
    case = f.case_ref()
    eid = f.complain(c, t, problem, first_channel, lang)
    ids = [eid]
    if first_channel == "chat":
        f.reply_chat(c, t + timedelta(minutes=f.rng.randint(1, 4)), W.CHAT_CASE, lang, case=case)
    if quality:
        f.reply_email(c, t + timedelta(minutes=f.rng.randint(90, 150)), W.QUALITY_LEAD, lang, case)
    elif first_channel != "chat":
        f.reply_email(c, t + timedelta(minutes=f.rng.randint(10, 40)), W.CASE_OPENED, lang, case)
    pool = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    f.rng.shuffle(pool)
    channels = [first_channel]
    for n in range(2, times + 1):
        t = t + timedelta(minutes=f.rng.randint(4 * 60, 40 * 60))
        if t.hour >= 22 or t.hour < 7:
            t = f.morning(t)
        ch = pool[n - 2]
        channels.append(ch)
        ids.append(later_contact(f, c, t, ch, langs[(n - 1) % len(langs)], case, problem, n))
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=times,
        channels=channels,
        channel=first_channel,
        problem_event_ids=ids,
        trouble_starts_at=f.rows[int(eid.rsplit("-", 1)[1]) - 1].when.strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        ),
        agent_passed_on=quality,
        repeat_event_id=ids[1],
        competitor=c.truth.get("competitor") if times >= 3 else None,
    )


def fixed_case(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    case = f.case_ref()
    eid = f.complain(c, t, problem, channel, lang)
    f.acknowledge(c, t, channel, lang, case)
    tf = f.morning(t + timedelta(minutes=f.rng.randint(3 * 60, 20 * 60)))
    f.reply_email(c, tf, W.GOOD_NEWS, confirm_lang, case, W.RE_SUBJECT)
    tc = f.morning(tf + timedelta(minutes=f.rng.randint(8 * 60, 30 * 60)))
    cch = f.rng.choice(["email", "chat"])
    cid = f.confirm(c, tc, confirm_lang, case, cch)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "customers whose one problem stays open, against fixed cases and frequent writers",
    )
    f.planned = {"repeat_contact": 12}
    times = [2] * 4 + [3] * 4 + [4] * 4
    f.rng.shuffle(times)
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    problems = list(W.PROBLEM_CORE) * 2
    f.rng.shuffle(problems)
    for i in range(12):
        c = f.person(
            f.lang(),
            "repeat_contact",
            "repeats",
            ["repeat_contact"],
            T_REPEAT,
            competitor=f.rng.choice(W.COMPETITORS),
        )
        for _ in range(f.rng.randint(1, 3)):
            f.happy_act(c, f.day(0, 7, 12), surveys=False)
        repeat_run(
            f, c, f.rng.randint(1, 4), problems[i], times[i], firsts[i], [c.lang], quality=i < 6
        )
    for _ in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", [], T_SILENCE)
        f.happy_act(c, f.day(0, 8, 18), surveys=False)
        t = f.day(f.rng.randint(1, 5), 8, 19)
        case = fixed_case(
            f,
            c,
            t,
            f.rng.choice(list(W.PROBLEM_CORE)),
            f.rng.choice(["email", "web", "chat"]),
            c.lang,
            c.lang,
        )
        c.truth.update(
            problems=[case],
            problem=case["problem"],
            booking=case["booking"],
            trouble_starts_at=case["raised_at"],
        )
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", [], T_SILENCE)
        p1, p2 = f.rng.sample(list(W.PROBLEM_CORE), 2)
        d1 = f.rng.randint(1, 3)
        c1 = fixed_case(f, c, f.day(d1, 8, 18), p1, f.rng.choice(["email", "web"]), c.lang, c.lang)
        c2 = fixed_case(
            f,
            c,
            f.day(d1 + f.rng.randint(4, 5), 8, 18),
            p2,
            f.rng.choice(["chat", "email"]),
            c.lang,
            c.lang,
        )
        c.truth.update(problems=[c1, c2], trouble_starts_at=c1["raised_at"])
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer", [], [])
        for d in distinct_days(f.rng, 0, 9, f.rng.randint(5, 8)):
            f.happy_act(c, f.day(d, 7, 20), kinds=["chat", "chat", "phone", "praise", "purchase"])
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str], nps: bool) -> None:
    t = f.day(start_day, 8, 18)
    step = span * 24 * 60 // 6
    ids: list[str] = []
    ratings = ["3", "3", "2", "2", "1", "1"]
    for i in range(6):
        if i:
            t = f.morning(
                t + timedelta(minutes=max(60, f.rng.randint(step // 2, step + step // 2)))
            )
        lang = langs[i % len(langs)]
        text = f.fmt(
            c,
            W.SLIDE[lang][i] if lang in W.SLIDE else W.SLIDE["en"][i],
            lang,
            amt=money(W.SLIDE_EUR, c.market, lang),
            comp=c.truth["competitor"],
        )
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c, t, "web", "review", text, attrs={"rating": ratings[i], "page": "/stations"}
                )
            )
        else:
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
        if i == 3 and nps:
            f.low_nps(c, f.morning(t + timedelta(minutes=f.rng.randint(150, 210))))
    c.truth.update(
        slide_event_ids=ids,
        slide_days=span,
        trouble_starts_at=f.rows[int(ids[0].rsplit("-", 1)[1]) - 1].when.strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        ),
    )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "sliding customers, leavers, steady, steadily grumpy and sarcastic ones",
    )
    f.planned = {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}
    spans = [3] + [5] * 5 + [9] * 4
    f.rng.shuffle(spans)
    for i in range(10):
        nps = i < 5
        c = f.person(
            f.lang(),
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if nps else []),
            T_SLIDE,
            competitor=f.rng.choice(W.COMPETITORS),
            nps_given=False,
        )
        days = distinct_days(f.rng, 0, 10, f.rng.randint(6, 9))
        n_praise = f.rng.randint(4, 5)
        for j, d in enumerate(days):
            if j < n_praise:
                f.praise(c, f.day(d, 8, 20))
            else:
                f.happy_act(c, f.day(d, 8, 20), kinds=["chat", "purchase", "view", "phone"])
        slide(f, c, f.rng.randint(12, 16), spans[i], [c.lang], nps)
    for _ in range(5):
        c = f.person(f.lang(), "slow_churner", "asks to cancel", ["churn_intent"], T_LEAVE)
        for d in distinct_days(f.rng, 0, 15, f.rng.randint(4, 6)):
            f.happy_act(c, f.day(d, 8, 20), surveys=False)
        t = f.day(f.rng.randint(17, 23), 8, 19)
        eid = f.add(
            c,
            t,
            "email",
            "message",
            f.fmt(c, f.pick(W.LEAVE, c.lang)),
            subject=f.pick(W.LEAVE_SUBJECT, c.lang),
        )
        f.out(
            c,
            f.morning(t + timedelta(minutes=f.rng.randint(60, 300))),
            "email",
            "message",
            f.pick(W.SORRY_GO, c.lang),
            c.lang,
            subject=f.pick(W.LEAVE_SUBJECT, c.lang),
        )
        tc = f.morning(t + timedelta(minutes=f.rng.randint(20 * 60, 30 * 60)))
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/pass/cancel", "product": "Glanzaro Pass"},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady", [], [])
        for d in distinct_days(f.rng, 0, 31, f.rng.randint(6, 10)):
            f.happy_act(c, f.day(d, 7, 20))
    for _ in range(5):
        c = f.person(f.lang(), "steadily_grumpy", "grumbles", [], T_GRUMPY)
        d = f.rng.randint(0, 4)
        ids = []
        grumbles = list(W.GRUMBLES[c.lang])
        f.rng.shuffle(grumbles)
        for j in range(f.rng.randint(5, 7)):
            text = f.fmt(c, grumbles[j % len(grumbles)])
            ch = f.rng.choice(["social", "community", "web", "review"])
            t = f.day(d, 8, 20)
            if ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            elif ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/stations"})
                )
            else:
                ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            d += f.rng.randint(1, 3)
        for _ in range(f.rng.randint(0, 2)):
            f.purchase(c, f.day(f.rng.randint(0, 20), 9, 18))
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=f.rows[int(ids[0].rsplit("-", 1)[1]) - 1].when.strftime(
                "%Y-%m-%dT%H:%M:%SZ"
            ),
        )
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", [], T_SILENCE)
        sd = f.rng.randint(17, 28)
        for d in distinct_days(f.rng, 0, 31, f.rng.randint(4, 7), {sd}):
            f.happy_act(c, f.day(d, 8, 20), surveys=False)
        t = f.day(sd, 9, 20)
        sid = f.add(
            c, t, f.rng.choice(["social", "community"]), "post", f.fmt(c, f.pick(W.SARCASM, c.lang))
        )
        c.truth.update(sarcasm_event_id=sid, trouble_starts_at=iso(t))
    fix_social_kinds(f)
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in bursts",
    )
    f.planned = {}
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer", [], [])
        for d in distinct_days(f.rng, 0, 2, f.rng.randint(1, 3)):
            f.happy_act(c, f.day(d, 7, 17.5))
    for i in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], T_SILENCE)
        t = f.day(f.rng.randint(0, 2), 8, 17)
        if f.rng.random() < 0.5:
            f.purchase(c, t)
        else:
            f.add(c, t, "web", "page_view", attrs={"page": "/stations"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        q, a = f.pair(W.MILD, c.lang)
        if i < 2:
            gid = f.add(c, t2, "chat", "chat", f.fmt(c, q))
            f.out(c, t2 + timedelta(minutes=f.rng.randint(2, 6)), "chat", "chat", a, c.lang)
        else:
            gid = f.add(c, t2, "web", "ticket", f.fmt(c, q), attrs={"page": "/help/contact"})
            f.out(
                c,
                t2 + timedelta(minutes=f.rng.randint(30, 90)),
                "email",
                "message",
                a,
                c.lang,
                subject={
                    "en": "Your message",
                    "de": "Ihre Nachricht",
                    "fr": "Votre message",
                    "es": "Tu mensaje",
                    "it": "Il tuo messaggio",
                    "pt": "A sua mensagem",
                }[c.lang],
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t2))
    day_owls = set(f.rng.sample(range(36), 18))
    n = 0
    for night in range(3):
        first = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        starts = [
            first,
            first + timedelta(minutes=f.rng.randint(28, 33)),
            first + timedelta(minutes=f.rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person(f.lang(), "night_owl", f"night {night + 1}, burst {b + 1}", [], [])
                t = bs + timedelta(minutes=f.rng.randint(0, 9), seconds=f.rng.randint(0, 59))
                if f.rng.random() < 0.5:
                    nid = f.chat_q(c, t, table=W.NIGHT_QUESTIONS, thanks=1.0)
                else:
                    nid = f.add(
                        c,
                        t,
                        f.rng.choice(["social", "community"]),
                        "post",
                        f.fmt(c, f.pick(W.NIGHT_POSTS, c.lang)),
                    )
                c.truth.update(burst_at=iso(bs), night_event_id=nid)
                if n in day_owls:
                    f.happy_act(
                        c,
                        f.day(f.rng.randint(0, 2), 9, 17.5),
                        kinds=["praise", "purchase", "view", "review"],
                    )
                n += 1
    fix_social_kinds(f)
    return f


BILINGUAL_PAIRS = (
    [("en", "de")] * 4
    + [("de", "en")] * 4
    + [
        ("en", "fr"),
        ("fr", "en"),
        ("de", "fr"),
        ("fr", "de"),
        ("en", "es"),
        ("es", "en"),
        ("de", "it"),
        ("it", "de"),
        ("en", "pt"),
        ("pt", "en"),
        ("de", "es"),
        ("es", "de"),
        ("en", "it"),
        ("it", "en"),
        ("de", "pt"),
        ("pt", "de"),
        ("fr", "it"),
        ("es", "pt"),
        ("it", "fr"),
    ]
)
PAIR_MARKETS = {
    frozenset({"en", "de"}): ["DE", "UK", "AT", "IE", "CH"],
    frozenset({"en", "fr"}): ["FR", "UK", "BE"],
    frozenset({"de", "fr"}): ["CH", "BE", "DE"],
    frozenset({"en", "es"}): ["ES", "UK"],
    frozenset({"de", "it"}): ["CH", "IT", "DE"],
    frozenset({"en", "pt"}): ["PT", "UK", "IE"],
    frozenset({"de", "es"}): ["ES", "DE"],
    frozenset({"en", "it"}): ["IT", "IE"],
    frozenset({"de", "pt"}): ["DE", "PT"],
    frozenset({"fr", "it"}): ["CH", "IT"],
    frozenset({"es", "pt"}): ["PT", "ES"],
    frozenset({"fr", "en"}): ["FR"],
    frozenset({"it", "fr"}): ["CH"],
}
WHY_SECOND = [
    "grew up with it at home",
    "works for a firm that speaks it",
    "partner's language",
    "studied there for years",
    "moved here from there",
]


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    f.planned = {"repeat_contact": 5, "sentiment_drop": 5}
    pairs = list(BILINGUAL_PAIRS)
    f.rng.shuffle(pairs)
    roles = ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 2
    bad_n = 0
    rep_times = [2, 2, 3, 3, 4]
    rep_n = 0
    # the long German e-mail needs German as second language
    de_second = next(i for i, p in enumerate(pairs) if p[1] == "de")
    bad_slot = roles.index("bad")
    pairs[de_second], pairs[bad_slot] = pairs[bad_slot], pairs[de_second]
    for i, role in enumerate(roles):
        l1, l2 = pairs[i]
        market = f.rng.choice(PAIR_MARKETS[frozenset({l1, l2})])
        extra: dict[str, Any] = {
            "languages": [l1, l2],
            "job_second_language": f.rng.choice(WHY_SECOND),
        }
        if role == "happy":
            c = f.person(l1, "happy", "alternates languages", [], [], market=market, **extra)
            for j, d in enumerate(distinct_days(f.rng, 0, 13, f.rng.randint(5, 8))):
                f.happy_act(c, f.day(d, 7, 20), lang=[l1, l2][j % 2])
        elif role == "repeat":
            c = f.person(
                l1,
                "repeat_contact",
                "repeats",
                ["repeat_contact"],
                T_REPEAT,
                market=market,
                competitor=f.rng.choice(W.COMPETITORS),
                **extra,
            )
            for _ in range(f.rng.randint(1, 3)):
                f.happy_act(c, f.day(f.rng.randint(0, 1), 7, 12), surveys=False)
            n = rep_times[rep_n]
            rep_n += 1
            repeat_run(
                f,
                c,
                f.rng.randint(2, 5),
                f.rng.choice(list(W.PROBLEM_CORE)),
                n,
                f.rng.choice(["web", "email", "chat"]),
                [l1, l2],
                quality=n >= 3,
            )
        elif role == "slide":
            c = f.person(
                l1,
                "slow_churner",
                "slides",
                ["sentiment_drop"],
                T_SLIDE,
                market=market,
                competitor=f.rng.choice(W.COMPETITORS),
                nps_given=False,
                **extra,
            )
            days = distinct_days(f.rng, 0, 5, 5)
            for j, d in enumerate(days):
                f.praise(c, f.day(d, 8, 20), lang=[l1, l2][j % 2])
            for _ in range(f.rng.randint(1, 3)):
                f.happy_act(
                    c,
                    f.day(f.rng.randint(0, 5), 8, 20),
                    lang=l2,
                    kinds=["chat", "purchase", "view"],
                )
            slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), [l1, l2], False)
        elif role == "bad":
            c = f.person(
                l1, "happy_one_bad_day", "one bad day", [], T_SILENCE, market=market, **extra
            )
            bd = f.rng.randint(4, 9)
            for j, d in enumerate(
                distinct_days(f.rng, 0, 13, f.rng.randint(2, 5), set(range(bd - 1, bd + 3)))
            ):
                f.happy_act(c, f.day(d, 8, 20), lang=[l1, l2][j % 2], surveys=False)
            t = f.day(bd, 8, 19)
            problem = f.rng.choice(list(W.PROBLEM_CORE))
            channel = ["email", "email", "chat"][bad_n]
            eid = f.complain(c, t, problem, channel, l2, long=bad_n == 0)
            case = f.case_ref()
            f.acknowledge(c, t, channel, l2, case)
            c.truth.update(
                problem=problem,
                bad_day_at=iso(t),
                bad_day_event_id=eid,
                bad_day_language=l2,
                trouble_starts_at=iso(t),
                channel=channel,
                booking=case,
                long_email=bad_n == 0,
                agent_fixed=channel == "email",
                apologised=False,
            )
            if channel == "email":
                f.reply_email(
                    c,
                    t + timedelta(minutes=f.rng.randint(60, 240)),
                    W.GOOD_NEWS,
                    l2,
                    case,
                    W.RE_SUBJECT,
                )
            if bad_n == 1:
                ta = f.morning(t + timedelta(minutes=f.rng.randint(18 * 60, 24 * 60)))
                aid = f.add(c, ta, "chat", "chat", f.fmt(c, f.pick(W.APOLOGY, l2), l2, case=case))
                c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
            bad_n += 1
        else:
            c = f.person(
                l1, "resolved_between_contacts", "fixed", [], T_SILENCE, market=market, **extra
            )
            f.happy_act(c, f.day(f.rng.randint(0, 2), 8, 18), lang=l2, surveys=False)
            case_d = fixed_case(
                f,
                c,
                f.day(f.rng.randint(3, 8), 8, 18),
                f.rng.choice(list(W.PROBLEM_CORE)),
                "web",
                l1,
                l2,
            )
            c.truth.update(
                problems=[case_d],
                problem=case_d["problem"],
                booking=case_d["booking"],
                confirm_language=l2,
                trouble_starts_at=case_d["raised_at"],
            )
        c.langs = [l1, l2]
    fix_social_kinds(f)
    return f


def office(f: Fam, t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        if t.hour >= 17 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 50))
        else:
            t = t.replace(hour=8, minute=f.rng.randint(0, 50))
    return t


ACCOUNTS = [
    # market, lang, company, domain, site, kind, problem, contacts, complainers
    (
        "DE",
        "de",
        "Kurierdienst Hensel GmbH",
        "hensel-kurier.example",
        "courier",
        "at_risk",
        "portal",
        5,
        3,
    ),
    (
        "AT",
        "de",
        "Stadtwerke Leoben Fuhrpark",
        "leoben-fuhrpark.example",
        "municipality",
        "at_risk",
        "invoice",
        4,
        3,
    ),
    (
        "DE",
        "de",
        "Autohaus Brinkmann",
        "autohaus-brinkmann.example",
        "car_dealer",
        "at_risk",
        "service_blocked",
        6,
        3,
    ),
    (
        "UK",
        "en",
        "Northgate Taxis Ltd",
        "northgate-taxis.example",
        "taxi",
        "at_risk",
        "invoice",
        5,
        4,
    ),
    (
        "FR",
        "fr",
        "Locavan Rhône SARL",
        "locavan-rhone.example",
        "van_rental",
        "at_risk",
        "overbilled",
        6,
        4,
    ),
    (
        "DE",
        "de",
        "Pflegedienst Sonnenweg",
        "sonnenweg-pflege.example",
        "home_care",
        "one_unhappy",
        "overbilled",
        3,
        1,
    ),
    (
        "UK",
        "en",
        "Harbour Plumbing & Heating",
        "harbourplumbing.example",
        "plumbing",
        "one_unhappy",
        "service_blocked",
        3,
        1,
    ),
    (
        "ES",
        "es",
        "Reformas Turia SL",
        "reformasturia.example",
        "builders",
        "one_unhappy",
        "invoice",
        3,
        1,
    ),
    (
        "IE",
        "en",
        "Liffey Florists",
        "liffeyflorists.example",
        "florist",
        "one_unhappy",
        "portal",
        3,
        1,
    ),
    (
        "DE",
        "de",
        "Elektro Vossberg KG",
        "elektro-vossberg.example",
        "electricians",
        "mild",
        None,
        3,
        0,
    ),
    ("IT", "it", "Ortofrutta Ferri Srl", "ortofrutta-ferri.example", "grocer", "mild", None, 4, 0),
    ("CH", "de", "Gärtnerei Imhof AG", "gaertnerei-imhof.example", "gardeners", "mild", None, 4, 0),
    (
        "UK",
        "en",
        "Brightside Cleaning Co",
        "brightside-cleaning.example",
        "cleaning",
        "happy",
        None,
        3,
        0,
    ),
    (
        "PT",
        "pt",
        "Transportes Vale do Cávado",
        "valecavado.example",
        "transport",
        "happy",
        None,
        4,
        0,
    ),
    (
        "DE",
        "de",
        "Mietwagen Ostsee GmbH",
        "mietwagen-ostsee.example",
        "car_rental",
        "happy",
        None,
        4,
        0,
    ),
]


def b2b_ack(f: Fam, c: Cust, t: datetime, lang: str, case: str, company: str) -> None:
    subject = f.fmt(c, f.pick(W.CASE_SUBJECT, lang), lang, case=case)
    later = t + timedelta(minutes=f.rng.randint(20, 90))
    f.out(
        c,
        later,
        "email",
        "message",
        f.pick(B.ACK, lang),
        lang,
        subject=subject,
        case=case,
        company=company,
    )


def b2b_routine(f: Fam, c: Cust, t: datetime, surveys: bool) -> None:
    k = f.rng.choice(["chat", "chat", "hire", "view", "praise"] + (["survey"] if surveys else []))
    if k == "chat":
        f.chat_q(c, t, table=B.ROUTINE_Q, thanks=0.7)
    elif k == "hire":
        name, eur, page = f.rng.choice(B.FLEET_PRODUCTS)
        f.add(c, t, "web", "page_view", attrs={"page": page})
        cur = currency(c.market)
        value = eur * {"EUR": 1.0, "GBP": 0.86, "CHF": 0.94}[cur]
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(2, 9)),
            "web",
            "purchase",
            attrs={"order_value": f"{value:.2f}", "currency": cur, "product": name, "page": page},
        )
    elif k == "view":
        f.add(c, t, "web", "page_view", attrs={"page": f.rng.choice(B.FLEET_PAGES)})
    elif k == "praise":
        f.add(c, t, "community", "post", f.fmt(c, f.pick(B.PRAISE, c.lang)))
    else:
        f.survey(c, t)


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "fleet accounts: at risk, one unhappy contact, mild remarks, happy",
    )
    f.planned = {"account_risk": 5, "detractor": 16, "repeat_contact": 5}
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    for market, lang, company, domain, site, kind, problem, n_contacts, n_compl in ACCOUNTS:
        acc = unique(f.rng, lambda r, m=market: f"GZF-{m}-{r.randint(1000, 9999)}")
        firsts = f.rng.sample(FIRST[lang], n_contacts)
        contacts: list[Cust] = []
        unhappy: list[Cust] = []
        for j in range(n_contacts):
            title = B.TITLES[(j + len(f.custs)) % len(B.TITLES)]
            if j < n_compl and kind == "at_risk":
                persona, exp, tol, role = (
                    "b2b_unhappy",
                    ["repeat_contact"] if j == n_compl - 1 else ["detractor"],
                    T_B2B_UNHAPPY,
                    "complainer",
                )
            elif j < n_compl:
                persona, exp, tol, role = "b2b_one_unhappy", ["detractor"], T_B2B_ONE, "complainer"
            elif kind == "mild" and j < 2:
                persona, exp, tol, role = "b2b_mild", [], T_SILENCE, "suggests"
            else:
                persona, exp, tol, role = "b2b_happy", [], [], "contact"
            c = f.person(
                lang,
                persona,
                role,
                exp,
                tol,
                market=market,
                account=acc,
                domain=domain,
                first=firsts[j],
                company=company,
                role=role,
                job_title=title,
            )
            c.truth["job"] = title
            contacts.append(c)
            if role == "complainer":
                unhappy.append(c)
            if role == "contact":
                for d in f.rng.sample(weekdays, f.rng.randint(2, 5)):
                    b2b_routine(f, c, f.day(d, 8, 16.5), True)
            else:
                for _ in range(f.rng.randint(0, 2)):
                    b2b_routine(f, c, f.day(f.rng.randint(0, 1), 8, 16.5), False)
        trouble: str | None = None
        if kind == "at_risk" and problem:
            t = f.day(2, 8, 11)
            case = f.case_ref()
            first_c = unhappy[0]
            first_day = B.WEEKDAY[lang][t.weekday()]
            trouble = iso(t)
            for j, c in enumerate(unhappy):
                amt = money(500.0, market, lang)
                core = f.fmt(c, f.pick(B.B2B_CORE[problem], lang), lang, amt=amt)
                subj = f"{B.B2B_TOPIC[problem][lang]} ({case})" if j else B.B2B_TOPIC[problem][lang]
                if j == 0:
                    text = f.fmt(
                        c,
                        f.pick(B.FIRST_COMPLAINT, lang),
                        lang,
                        core=core,
                        title=c.truth["job_title"],
                        company=company,
                    )
                else:
                    t = office(f, t + timedelta(minutes=f.rng.randint(8 * 60, 28 * 60)))
                    text = f.fmt(
                        c,
                        f.pick(B.LATER_COMPLAINT, lang),
                        lang,
                        core=core,
                        title=c.truth["job_title"],
                        company=company,
                        other=first_c.first,
                        day=first_day,
                        case=case,
                    )
                eid = f.add(c, t, "email", "message", text, subject=subj)
                ids = [eid]
                if j == 0:
                    b2b_ack(f, c, t, lang, case, company)
                if j < len(unhappy) - 1:
                    f.low_nps(c, t + timedelta(minutes=f.rng.randint(60, 180)))
                else:
                    t2 = office(f, t + timedelta(minutes=f.rng.randint(18 * 60, 40 * 60)))
                    if site == "taxi":
                        comp = f.rng.choice(W.COMPETITORS)
                        rid = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            f.fmt(
                                c,
                                f.pick(B.LAST_EMAIL, lang),
                                lang,
                                case=case,
                                comp=comp,
                                title=c.truth["job_title"],
                                company=company,
                            ),
                            subject=f"RE: {subj}",
                        )
                        c.truth["competitor"] = comp
                    else:
                        rid = f.add(
                            c,
                            t2,
                            "phone",
                            "call",
                            f.fmt(c, f.pick(B.LAST_CALL, lang), lang, case=case, company=company),
                        )
                    ids.append(rid)
                    c.truth["repeat_event_id"] = rid
                c.truth.update(
                    complaint_event_ids=ids,
                    problem=problem,
                    booking=case,
                    trouble_starts_at=iso(t) if j else trouble,
                )
        elif kind == "one_unhappy" and problem:
            c = unhappy[0]
            t = office(f, f.day(f.rng.randint(3, 7), 8, 16))
            case = f.case_ref()
            core = f.fmt(c, f.pick(B.B2B_CORE[problem], lang), lang, amt=money(300.0, market, lang))
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f.fmt(
                    c,
                    f.pick(B.FIRST_COMPLAINT, lang),
                    lang,
                    core=core,
                    title=c.truth["job_title"],
                    company=company,
                ),
                subject=B.B2B_TOPIC[problem][lang],
            )
            b2b_ack(f, c, t, lang, case, company)
            f.low_nps(c, t + timedelta(minutes=f.rng.randint(60, 180)))
            c.truth.update(
                complaint_event_ids=[eid],
                problem=problem,
                booking=case,
                trouble_starts_at=iso(t),
            )
        elif kind == "mild":
            tables = list(B.MILD[lang])
            for j, c in enumerate(contacts[:2]):
                t = office(f, f.day(f.rng.randint(2, 9), 8, 16))
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.fmt(c, tables[j % len(tables)]),
                    attrs={"page": "/fleet/portal"},
                )
                f.out(
                    c,
                    t + timedelta(minutes=f.rng.randint(30, 180)),
                    "email",
                    "message",
                    f.pick(B.MILD_ACK, lang),
                    lang,
                    subject={
                        "en": "Your suggestion",
                        "de": "Ihre Anregung",
                        "fr": "Votre suggestion",
                        "es": "Tu sugerencia",
                        "it": "Il tuo suggerimento",
                        "pt": "A sua sugestão",
                    }[lang],
                )
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
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
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week and one planted spike: the app logs phantom washes and empties the Pass",
    )
    f.planned = {"topic_spike": 1, "repeat_contact": 6}
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer", [], [])
        for d in distinct_days(f.rng, 0, 5, f.rng.randint(1, 4)):
            f.happy_act(c, f.day(d, 12, 19) if d == 5 else f.day(d, 7, 20))
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], T_SILENCE)
        t = f.day(0, 9, 17)
        gid = f.chat_q(c, t, table=W.MAP_SLOW, thanks=0.0)
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lang, hm in (("en", (9, 40)), ("de", (16, 5))):
        c = f.person(lang, "grumbles_once", "lone question", [], T_SILENCE)
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        lid = f.chat_q(c, t, table=W.LONE_Q, thanks=0.0)
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    langs = ["en"] * 6 + ["de"] * 6 + ["fr", "fr", "es", "es", "it", "it", "pt", "pt"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(channels)
    s0 = datetime(2026, 11, 14, 8, 5, tzinfo=UTC)
    offsets = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    regulars = set(f.rng.sample(range(20), 12))
    keys: list[str] = []
    ids: list[str] = []
    rep_ids: list[str] = []
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        lang = langs[i]
        c = f.person(
            lang,
            "spike_reporter",
            "regular" if i in regulars else "new",
            [],
            T_SILENCE,
            in_spike=True,
            regular=i in regulars,
        )
        if i in regulars:
            for _ in range(f.rng.randint(1, 2)):
                f.happy_act(c, f.day(2, 8, 17.5), kinds=["praise", "purchase", "view", "chat"])
        t = s0 + timedelta(
            minutes=offsets[i], seconds=f.rng.randint(0, 50) if 0 < offsets[i] < 45 else 0
        )
        ch = channels[i]
        text = f.fmt(c, f.pick(W.SPIKE_REPORT, lang))
        if ch == "email":
            eid = f.add(
                c, t, "email", "message", text, subject=f.fmt(c, f.pick(W.SPIKE_SUBJECT, lang))
            )
        elif ch == "web":
            eid = f.add(
                c,
                t,
                "web",
                "ticket",
                text,
                subject=f.fmt(c, f.pick(W.SPIKE_SUBJECT, lang)),
                attrs={"page": "/help/contact"},
            )
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.reply_chat(c, t + timedelta(minutes=f.rng.randint(1, 4)), W.SPIKE_CHAT_ANSWER, lang)
        else:
            eid = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
        c.truth.update(
            spike_event_id=eid, spike_channel=ch, trouble_starts_at=iso(t), agent_fixed=False
        )
        keys.append(c.key)
        ids.append(eid)
        reporters.append((c, t, ch, lang))
    early = [i for i, (_, t, _, _) in enumerate(reporters) if t <= s0 + timedelta(minutes=25)]
    rep = f.rng.sample(early, 6)
    second = ["email", "email", "chat", "chat", "community", "community"]
    for k, i in enumerate(rep):
        c, t, ch, lang = reporters[i]
        ch2 = second[k] if second[k] != ch else "email" if ch != "email" else "chat"
        t2 = t + timedelta(minutes=f.rng.randint(15, 50))
        text = f.fmt(c, f.pick(W.SPIKE_REPEAT, lang))
        if ch2 == "email":
            rid = f.add(
                c,
                t2,
                "email",
                "message",
                text,
                subject="RE: " + f.fmt(c, f.pick(W.SPIKE_SUBJECT, lang)),
            )
        elif ch2 == "chat":
            rid = f.add(c, t2, "chat", "chat", text)
            f.reply_chat(c, t2 + timedelta(minutes=f.rng.randint(1, 4)), W.SPIKE_CHAT_ANSWER, lang)
        else:
            rid = f.add(c, t2, "community", "post", text)
        c.truth.update(
            persona="spike_repeater",
            expected_rules=["repeat_contact"],
            tolerated_rules=sorted(T_SPIKE_REPEAT),
            repeat_event_id=rid,
        )
        rep_ids.append(rid)
    others = [i for i in range(20) if i not in rep]
    for i in f.rng.sample(others, 6):
        c, t, ch, lang = reporters[i]
        local = "12:40" if c.market in CET else "11:40"
        f.out(
            c,
            datetime(2026, 11, 14, 11, f.rng.randint(8, 17), tzinfo=UTC),
            "email",
            "message",
            f.pick(W.SPIKE_FIXED, lang),
            lang,
            subject="RE: " + f.fmt(c, f.pick(W.SPIKE_SUBJECT, lang)),
            time=local,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"car-wash app logs washes nobody made and shows the Pass as used up: error {W.SPIKE_CODE}",
        "about": "Saturday morning: the app records phantom washes at stations the customer never visited, the Glanzaro Pass counter drops to 0 and the app refuses to book a wash",
        "channel": None,
        "start": iso(min(t for _, t, _, _ in reporters)),
        "end": iso(max(t for _, t, _, _ in reporters)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rep_ids,
    }
    fix_social_kinds(f)
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


def main() -> None:
    for build in FAMILIES:
        fam = build()
        jsonl, truth = fam.render()
        (HERE / f"{fam.name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{fam.name}.truth.json").write_text(truth, encoding="utf-8")
        print(f"{fam.name}: {len(fam.custs)} customers, {len(fam.rows)} touchpoints")


if __name__ == "__main__":
    main()
