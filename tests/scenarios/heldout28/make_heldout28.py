"""Build the heldout28 blind report scenarios (Fiorvento, flowers and plants delivered).

Standard library only, seeded: two runs give the same bytes. Run from anywhere:
``python make_heldout28.py``; it writes ``<family>.jsonl`` and ``<family>.truth.json``
next to itself.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording_business as wb  # noqa: E402
import wording_happy as wh  # noqa: E402
import wording_trouble as wt  # noqa: E402

SEED = 20261030
WRITTEN = "2026-12-01"
BUSINESS = (
    "Fiorvento: flowers, plants and sympathy wreaths delivered (app and web), the Fiorvento "
    "Club (a monthly bouquet subscription) and Fiorvento Business for hotels, restaurants, "
    "offices, funeral homes; Italy and Spain first, then DE, AT, CH, UK, IE, FR, BE, LU, PT"
)
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
LANG_WEIGHTS = [("it", 28), ("es", 26), ("de", 12), ("en", 12), ("fr", 11), ("pt", 11)]
MARKETS: dict[str, list[tuple[str, int]]] = {
    "it": [("IT", 8), ("CH", 2)],
    "es": [("ES", 1)],
    "de": [("DE", 5), ("AT", 3), ("CH", 2)],
    "en": [("UK", 7), ("IE", 3)],
    "fr": [("FR", 6), ("BE", 3), ("CH", 1), ("LU", 1)],
    "pt": [("PT", 8), ("LU", 2)],
}
CITIES: dict[str, list[str]] = {
    "IT": ["Milano", "Roma", "Torino", "Bologna", "Napoli", "Firenze", "Bari", "Verona", "Palermo"],
    "ES": ["Madrid", "Sevilla", "Valencia", "Bilbao", "Zaragoza", "Málaga", "Granada", "Murcia"],
    "DE": ["Berlin", "Hamburg", "München", "Köln", "Leipzig"],
    "AT": ["Wien", "Graz", "Linz", "Salzburg"],
    "CH": ["Lugano", "Zürich", "Bern", "Genève", "Lausanne"],
    "UK": ["London", "Leeds", "Bristol", "Manchester", "Glasgow"],
    "IE": ["Dublin", "Cork", "Galway"],
    "FR": ["Paris", "Lyon", "Nantes", "Lille", "Toulouse"],
    "BE": ["Bruxelles", "Liège", "Namur"],
    "LU": ["Luxembourg", "Esch-sur-Alzette"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra"],
}
PHONES: dict[str, tuple[str, str, int]] = {
    "IT": ("+39", "3", 9),
    "ES": ("+34", "6", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "7", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "LU": ("+352", "6", 8),
    "PT": ("+351", "9", 8),
}
CURRENCY = {"UK": "GBP", "CH": "CHF"}
FIRST: dict[str, tuple[list[str], list[str]]] = {
    "it": (
        [
            "Giulia",
            "Francesca",
            "Chiara",
            "Sara",
            "Martina",
            "Alessia",
            "Valentina",
            "Elisa",
            "Federica",
            "Silvia",
            "Roberta",
            "Paola",
            "Ilaria",
            "Beatrice",
        ],
        [
            "Marco",
            "Luca",
            "Andrea",
            "Matteo",
            "Davide",
            "Simone",
            "Stefano",
            "Giorgio",
            "Paolo",
            "Riccardo",
            "Fabio",
            "Antonio",
            "Lorenzo",
            "Enrico",
        ],
    ),
    "es": (
        [
            "Lucía",
            "María",
            "Carmen",
            "Laura",
            "Marta",
            "Elena",
            "Paula",
            "Sara",
            "Cristina",
            "Raquel",
            "Nuria",
            "Pilar",
            "Inés",
            "Rocío",
        ],
        [
            "Javier",
            "Carlos",
            "David",
            "Sergio",
            "Pablo",
            "Jorge",
            "Álvaro",
            "Manuel",
            "Diego",
            "Rubén",
            "Iván",
            "Alberto",
            "Miguel",
            "Raúl",
        ],
    ),
    "de": (
        ["Anna", "Julia", "Lena", "Katrin", "Sabine", "Miriam"],
        ["Jonas", "Lukas", "Felix", "Tobias", "Stefan", "Jürgen"],
    ),
    "en": (
        ["Sophie", "Emma", "Chloe", "Niamh", "Hannah", "Aoife"],
        ["James", "Callum", "Liam", "Oliver", "Ciarán", "Tom"],
    ),
    "fr": (
        ["Camille", "Chloé", "Manon", "Élodie", "Sophie", "Claire"],
        ["Julien", "Nicolas", "Thomas", "Mathieu", "Olivier", "Rémi"],
    ),
    "pt": (
        ["Inês", "Beatriz", "Mariana", "Joana", "Catarina", "Rita"],
        ["Tiago", "João", "Pedro", "Rui", "Miguel", "Nuno"],
    ),
}
LAST: dict[str, list[str]] = {
    "it": [
        "Rossi",
        "Bianchi",
        "Esposito",
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
    ],
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Martín",
        "Jiménez",
        "Ruiz",
        "Hernández",
        "Díaz",
        "Moreno",
        "Muñoz",
        "Álvarez",
        "Romero",
        "Navarro",
        "Torres",
        "Domínguez",
        "Vázquez",
        "Ramos",
    ],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann"],
    "en": ["Smith", "Jones", "Murphy", "Walsh", "Taylor", "Brown", "O'Brien", "Clarke"],
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins"],
}
DOMAINS = ["mail.example", "posta.example", "correo.example", "web.example", "inbox.example"]
WEEKDAY: dict[str, list[str]] = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}
NUMBERS_SPOKEN = {
    "it": "euro",
    "es": "euros",
    "de": "euro",
    "en": "pounds",
    "fr": "euros",
    "pt": "euros",
}
SOURCES = {
    "email": "fiorvento-mail",
    "phone": "fiorvento-voice",
    "social": "fiorvento-social",
    "community": "fiorvento-forum",
    "chat": "fiorvento-chat",
    "web": "fiorvento-web",
    "survey": "fiorvento-survey",
}
CONSUMER_TOLERATE_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in "ñÑ":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn")
        )
    return "".join(out)


def slug(text: str) -> str:
    return strip_accents(text).lower().replace(" ", "").replace("'", "")


def german_plain(text: str) -> str:
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
    return "".join(table.get(ch, ch) for ch in text)


@dataclass
class Person:
    key: str
    lang: str
    market: str
    fem: bool
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    occ: int
    city: str
    langs: list[str] = field(default_factory=list)
    company: str | None = None


@dataclass
class Event:
    eid: str
    who: str
    t: datetime
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


class Fam:
    def __init__(
        self, n: int, code: str, name: str, about: str, start: datetime, days: int
    ) -> None:
        self.rng = random.Random(SEED * 100 + n)
        self.code = code
        self.name = name
        self.about = about
        self.start = start
        self.days = days
        self.people: dict[str, Person] = {}
        self.truth: dict[str, dict[str, Any]] = {}
        self.events: list[Event] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0
        self.refs: set[str] = set()

    # ---- people -------------------------------------------------------------
    def lang(self) -> str:
        return self.rng.choices([lg for lg, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]

    def market(self, lang: str) -> str:
        opts = MARKETS[lang]
        return self.rng.choices([m for m, _ in opts], [w for _, w in opts])[0]

    def person(
        self,
        persona: str,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        **extra: Any,
    ) -> Person:
        rng = self.rng
        lg = lang or self.lang()
        mk = market or self.market(lg)
        fem = rng.random() < 0.55
        first = rng.choice(FIRST[lg][0 if fem else 1])
        last = rng.choice(LAST[lg])
        key = f"FV{self.code}{len(self.people) + 1:04d}"
        num = rng.randint(10, 9999)
        local = strip_accents(f"{first}.{last}").lower().replace(" ", "").replace("'", "")
        email = f"{local}{num}@{rng.choice(DOMAINS)}"
        cc, lead, rest = PHONES[mk]
        phone = cc + lead + "".join(str(rng.randint(0, 9)) for _ in range(rest))
        handle = f"@{slug(first)}_{slug(last)}{num}"
        if rng.random() < 0.15:
            handle = (
                f"@{strip_accents(first).lower()}{rng.choice(['fiori', 'flor', 'bloom', 'x'])}{num}"
            )
        p = Person(
            key,
            lg,
            mk,
            fem,
            first,
            last,
            email,
            phone,
            handle,
            None,
            rng.randrange(8),
            rng.choice(CITIES[mk]),
        )
        self.people[key] = p
        self.truth[key] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": None,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "language": lg,
            "country": mk,
            "segment": "consumer",
        }
        self.truth[key].update(extra)
        return p

    # ---- text ---------------------------------------------------------------
    def fill(
        self,
        template: str,
        p: Person,
        lang: str | None = None,
        colleague_fem: bool = True,
        **kw: Any,
    ) -> str:
        lg = lang or p.lang
        values: dict[str, Any] = {
            "brand": wh.BRAND,
            "name": p.first,
            "last": p.last,
            "city": p.city,
            "occ": wh.OCCASIONS[lg][p.occ],
            "agent": self.rng.choice(wh.AGENTS[lg]),
            "company": p.company or "",
        }
        values.update(kw)
        text = template.format_map(values)
        text = re.sub(
            r"\[\[([^|\]]*)\|([^\]]*)\]\]", lambda m: m.group(1) if p.fem else m.group(2), text
        )
        text = re.sub(
            r"<<([^|>]*)\|([^>]*)>>", lambda m: m.group(1) if colleague_fem else m.group(2), text
        )
        return text

    def styled(self, text: str, lang: str) -> str:
        rng = self.rng
        if rng.random() < 0.1:
            text = german_plain(text) if lang == "de" else strip_accents(text)
        if rng.random() < 0.12 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if rng.random() < 0.08:
            words = text.split(" ")
            long_ones = [
                i for i, w in enumerate(words) if len(w) > 5 and w.isalpha() and w.islower()
            ]
            if long_ones:
                i = rng.choice(long_ones)
                w = words[i]
                j = rng.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    @staticmethod
    def spoken(text: str) -> str:
        text = text.lower().replace("%", " per cento")
        text = re.sub(r"[^\w\s'-]", "", text)
        return re.sub(r"\s+", " ", text).strip()

    def say(self, pool: dict[str, list[str]], p: Person, lang: str | None = None, **kw: Any) -> str:
        lg = lang or p.lang
        return self.styled(self.fill(self.rng.choice(pool[lg]), p, lg, **kw), lg)

    def price(self, amount: float, p: Person) -> str:
        if p.market == "UK":
            return f"£{amount * 0.9:.2f}"
        if p.market == "CH":
            return f"CHF {amount * 0.95:.2f}"
        if p.market == "IE":
            return f"€{amount:.2f}"
        return f"{amount:.2f} €".replace(".", ",")

    def price_spoken(self, amount: float, p: Person, lang: str) -> str:
        value = amount * 0.9 if p.market == "UK" else amount
        unit = "francs" if p.market == "CH" else NUMBERS_SPOKEN[lang]
        if p.market != "UK" and lang == "en":
            unit = "euro"
        return f"{int(value)} {unit}"

    def ref(self) -> str:
        while True:
            r = f"FV-{self.rng.randint(100000, 999999)}"
            if r not in self.refs:
                self.refs.add(r)
                return r

    # ---- events -------------------------------------------------------------
    def ev(
        self,
        p: Person,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        direction: str = "inbound",
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        if not (datetime(2026, 1, 1, tzinfo=UTC) <= t < LIMIT):
            raise ValueError(f"{self.name}: time out of range {t}")
        self.count += 1
        eid = f"fv28-{self.code.lower()}-{self.count:05d}"
        a = {"market": p.market}
        if p.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.events.append(Event(eid, p.key, t, channel, kind, direction, text, subject, sc, a))
        return eid

    def at(self, day: float, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=int(day), minutes=minutes)

    @staticmethod
    def out_of_night(t: datetime) -> datetime:
        if t.hour >= 22:
            return t.replace(hour=7, minute=t.minute % 50 + 5) + timedelta(days=1)
        if t.hour < 7:
            return t.replace(hour=7, minute=t.minute % 50 + 5)
        return t

    def mins(self, a: int, b: int) -> timedelta:
        return timedelta(minutes=self.rng.randint(a, b))

    # ---- happy acts ---------------------------------------------------------
    def happy_act(
        self, p: Person, t: datetime, lang: str | None = None, kinds: list[str] | None = None
    ) -> list[str]:
        rng = self.rng
        lg = lang or p.lang
        kind = rng.choice(
            kinds
            or [
                "praise",
                "praise",
                "again",
                "gripe",
                "question",
                "phone",
                "purchase",
                "view",
                "review",
                "survey",
            ]
        )
        if kind == "praise":
            ch = rng.choice(["social", "community"])
            return [
                self.ev(
                    p,
                    t,
                    ch,
                    "post" if ch == "community" or rng.random() < 0.6 else "mention",
                    self.say(wh.PRAISE, p, lg),
                )
            ]
        if kind == "again":
            return [
                self.ev(
                    p, t, rng.choice(["social", "community"]), "post", self.say(wh.AGAIN, p, lg)
                )
            ]
        if kind == "gripe":
            return [
                self.ev(
                    p,
                    t,
                    rng.choice(["social", "community"]),
                    "post",
                    self.say(wh.PRAISE_GRIPE, p, lg),
                )
            ]
        if kind == "question":
            qi = rng.randrange(len(wh.QUESTION[lg]))
            if rng.random() < 0.6:
                q = self.ev(
                    p, t, "chat", "chat", self.styled(self.fill(wh.QUESTION[lg][qi], p, lg), lg)
                )
                t2 = t + self.mins(1, 6)
                a = self.ev(
                    p,
                    t2,
                    "chat",
                    "chat",
                    self.fill(wh.ANSWER[lg][qi], p, lg),
                    direction="outbound",
                )
                th = self.ev(p, t2 + self.mins(1, 4), "chat", "chat", self.say(wh.THANKS, p, lg))
            else:
                q = self.ev(
                    p,
                    t,
                    "email",
                    "message",
                    self.styled(self.fill(wh.QUESTION[lg][qi], p, lg), lg),
                    subject=rng.choice(["Info", "Domanda", "Pregunta", "?", "Consegna"])
                    if lg in ("it", "es")
                    else "Question",
                )
                t2 = t + self.mins(20, 90)
                a = self.ev(
                    p,
                    t2,
                    "email",
                    "message",
                    self.fill(wh.ANSWER[lg][qi], p, lg),
                    direction="outbound",
                )
                th = self.ev(
                    p, t2 + self.mins(10, 120), "email", "message", self.say(wh.THANKS, p, lg)
                )
            return [q, a, th]
        if kind == "phone":
            return [
                self.ev(
                    p, t, "phone", "call", self.spoken(self.fill(rng.choice(wh.PHONE_Q[lg]), p, lg))
                )
            ]
        if kind == "purchase":
            product, amount = rng.choice(wh.PRODUCTS)
            page = rng.choice(wh.PAGES)
            v = self.ev(p, t, "web", "page_view", attrs={"page": page})
            value = amount * (0.9 if p.market == "UK" else 0.95 if p.market == "CH" else 1.0)
            cur = CURRENCY.get(p.market, "EUR")
            b = self.ev(
                p,
                t + self.mins(3, 25),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{value:.2f}",
                    "currency": cur,
                    "product": product,
                    "page": "/checkout",
                },
            )
            return [v, b]
        if kind == "view":
            return [self.ev(p, t, "web", "page_view", attrs={"page": rng.choice(wh.PAGES)})]
        if kind == "review":
            return [
                self.ev(
                    p,
                    t,
                    "web",
                    "review",
                    self.say(wh.REVIEW, p, lg),
                    attrs={"rating": str(rng.choice([4, 5, 5]))},
                )
            ]
        return [self.survey_happy(p, t, lg)]

    def survey_happy(self, p: Person, t: datetime, lang: str | None = None) -> str:
        rng = self.rng
        lg = lang or p.lang
        which = rng.choice(["nps", "csat", "ces"])
        value = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}[
            which
        ]
        word = rng.choice(wh.SURVEY_WORD[lg]) or None
        return self.ev(
            p, t, "survey", "survey_response", word, scores={which: value}, attrs={"survey": which}
        )

    def happy_series(
        self,
        p: Person,
        n: int,
        d0: int,
        d1: int,
        h0: float = 7.0,
        h1: float = 21.5,
        avoid: list[tuple[datetime, datetime]] | None = None,
        lang_of: Any = None,
        kinds: list[str] | None = None,
    ) -> list[datetime]:
        times: list[datetime] = []
        tries = 0
        while len(times) < n and tries < 500:
            tries += 1
            t = self.at(self.rng.randint(d0, d1), h0, h1)
            if any(a <= t <= b for a, b in (avoid or [])):
                continue
            if any(abs((t - x).total_seconds()) < 3 * 3600 for x in times):
                continue
            times.append(t)
        times.sort()
        for i, t in enumerate(times):
            lg = lang_of(i) if lang_of else None
            self.happy_act(p, t, lg, kinds)
        return times

    # ---- trouble ------------------------------------------------------------
    def complaint(
        self,
        p: Person,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        long_mail: bool = False,
    ) -> str:
        rng = self.rng
        lg = lang or p.lang
        amount = rng.choice([34.9, 39.9, 49.9, 89.9, 24.9])
        if problem == "double_charge":
            amount = 24.9
        if channel == "phone":
            opener = rng.choice(wt.PHONE_OPEN[lg])
            body = self.fill(
                wt.PHONE_COMPLAINT[lg][problem],
                p,
                lg,
                price_spoken=self.price_spoken(amount, p, lg),
            )
            return self.ev(p, t, "phone", "call", self.spoken(f"{opener} {body}"))
        text = self.fill(rng.choice(wt.COMPLAINT[problem][lg]), p, lg, price=self.price(amount, p))
        if long_mail:
            text = self.fill(rng.choice(wt.LONG_EMAIL[lg]), p, lg, complaint=text)
        text = self.styled(text, lg)
        if channel == "email":
            return self.ev(p, t, "email", "message", text, subject=wt.SUBJECT[lg][problem])
        if channel == "chat":
            return self.ev(p, t, "chat", "chat", text)
        if channel == "social":
            return self.ev(p, t, "social", rng.choice(["post", "mention"]), text)
        return self.ev(p, t, "web", "ticket", text, subject=wt.SUBJECT[lg][problem])

    def agent_mail(
        self,
        p: Person,
        t: datetime,
        template: str,
        ref: str,
        lang: str | None = None,
        subject: str | None = None,
        **kw: Any,
    ) -> str:
        lg = lang or p.lang
        text = self.fill(template, p, lg, ref=ref, **kw)
        return self.ev(
            p,
            t,
            "email",
            "message",
            text,
            subject=subject or f"{wt.CASE_WORD[lg]} {ref}",
            direction="outbound",
        )

    def follow_up(
        self, p: Person, t: datetime, ref: str, nth: int, channel: str, lang: str | None = None
    ) -> str:
        rng = self.rng
        lg = lang or p.lang
        if channel == "phone":
            spoken_ref = ref.replace("FV-", "fv ")
            return self.ev(
                p,
                t,
                "phone",
                "call",
                self.spoken(self.fill(wt.PHONE_FOLLOW[lg], p, lg, ref_spoken=spoken_ref)),
            )
        pool = wt.FOLLOW_UP if nth == 2 else wt.THIRD_TIME if nth == 3 else wt.FOURTH_TIME
        text = self.say(pool, p, lg, ref=ref, comp=rng.choice(wt.COMPETITORS))
        if channel == "email":
            return self.ev(
                p,
                t,
                "email",
                "message",
                text,
                subject=f"{rng.choice(wt.REPLY_PREFIX[lg])} {wt.CASE_WORD[lg]} {ref}",
            )
        if channel == "chat":
            return self.ev(p, t, "chat", "chat", text)
        if channel == "social":
            return self.ev(p, t, "social", "mention", text)
        return self.ev(p, t, "web", "ticket", text, subject=f"{wt.CASE_WORD[lg]} {ref}")

    def fixed_case(
        self,
        p: Person,
        t: datetime,
        problem: str,
        lang: str | None = None,
        confirm_lang: str | None = None,
    ) -> dict[str, Any]:
        rng = self.rng
        lg = lang or p.lang
        ch = rng.choice(["email", "chat", "phone", "social", "web"])
        ref = self.ref()
        first = self.complaint(p, t, problem, ch, lg)
        self.agent_mail(p, t + self.mins(5, 30), wt.AGENT_OPENED[lg], ref, lg)
        fixed_at = self.out_of_night(t + timedelta(hours=rng.uniform(3, 20)))
        self.agent_mail(p, fixed_at, wt.AGENT_SORTED[lg], ref, lg, fix=wt.FIX[lg][problem])
        conf_at = self.out_of_night(fixed_at + timedelta(hours=rng.uniform(8, 30)))
        cl = confirm_lang or lg
        cch = rng.choice(["email", "chat"])
        text = self.say(wt.CONFIRM, p, cl, ref=ref)
        if cch == "email":
            conf = self.ev(
                p,
                conf_at,
                "email",
                "message",
                text,
                subject=f"{rng.choice(wt.REPLY_PREFIX[cl])} {wt.CASE_WORD[cl]} {ref}",
            )
        else:
            conf = self.ev(p, conf_at, "chat", "chat", text)
        return {
            "problem": problem,
            "booking": ref,
            "raised_at": iso(t),
            "fixed_at": iso(fixed_at),
            "confirmed_at": iso(conf_at),
            "problem_event_ids": [first],
            "confirm_event_id": conf,
            "channel": ch,
        }

    def open_case(
        self,
        p: Person,
        t: datetime,
        problem: str,
        n: int,
        passed: bool,
        langs: list[str],
        gap: float,
    ) -> None:
        """One problem raised n times, still open; every later contact names the case."""
        rng = self.rng
        a = langs[0]
        ch = rng.choice(CHANNEL_ROT)
        ref = self.ref()
        ids = [self.complaint(p, t, problem, ch, a)]
        chans = [ch]
        delay = self.mins(90, 150) if passed else self.mins(5, 30)
        self.agent_mail(p, t + delay, (wt.AGENT_PASSED if passed else wt.AGENT_OPENED)[a], ref, a)
        tc = t
        for k in range(2, n + 1):
            tc = self.out_of_night(tc + timedelta(hours=rng.uniform(3, gap)))
            ch = rng.choice([c for c in CHANNEL_ROT if c != chans[-1]])
            chans.append(ch)
            ids.append(self.follow_up(p, tc, ref, k, ch, langs[(k - 1) % len(langs)]))
        self.truth[p.key].update(
            booking=ref,
            agent_passed_on=passed,
            problem_event_ids=ids,
            channels=chans,
            trouble_starts_at=iso(t),
        )

    def low_score(self, p: Person, t: datetime, which: str, value: int, lang: str) -> str:
        word = self.rng.choice(wt.LOW_SCORE_WORD[lang]) or None
        return self.ev(
            p, t, "survey", "survey_response", word, scores={which: value}, attrs={"survey": which}
        )

    def grumble_once(self, p: Person, t: datetime, in_chat: bool) -> None:
        text = self.say(wt.MILD_GRUMBLE, p)
        if in_chat:
            gid = self.ev(p, t, "chat", "chat", text)
            answer = self.fill(wt.MILD_ANSWER[p.lang], p)
            self.ev(p, t + self.mins(2, 8), "chat", "chat", answer, direction="outbound")
        else:
            gid = self.ev(p, t, "web", "ticket", text)
            ack = self.fill(wt.FORM_ACK[p.lang], p)
            self.ev(
                p,
                t + self.mins(5, 40),
                "email",
                "message",
                ack,
                direction="outbound",
                subject=wh.BRAND,
            )
        self.truth[p.key].update(grumble_event_id=gid)

    def night_act(self, p: Person, t: datetime) -> None:
        rng = self.rng
        if rng.random() < 0.5:
            self.ev(p, t, rng.choice(["social", "community"]), "post", self.say(wh.NIGHT_POST, p))
            return
        self.ev(p, t, "chat", "chat", self.say(wh.NIGHT_Q, p))
        t2 = t + self.mins(2, 6)
        answer = self.fill(rng.choice(wh.NIGHT_ANSWER[p.lang]), p)
        self.ev(p, t2, "chat", "chat", answer, direction="outbound")
        self.ev(p, t2 + self.mins(1, 3), "chat", "chat", self.say(wh.THANKS, p))

    # ---- output -------------------------------------------------------------
    def write(self, planned: dict[str, int]) -> tuple[int, int]:
        rng = self.rng
        self.events.sort(key=lambda e: (e.t, e.eid))
        seen: set[str] = set()
        lines = []
        for e in self.events:
            p = self.people[e.who]
            if e.t >= LIMIT or e.t.year != 2026:
                raise ValueError(f"{self.name}: {e.eid} out of range")
            cust: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": p.account,
            }
            if e.who not in seen or e.direction == "outbound":
                cust.update(customer_id=p.key, email=p.email, phone=p.phone, handle=p.handle)
            elif e.channel == "phone":
                cc = PHONES[p.market][0]
                cust["phone"] = p.phone if rng.random() < 0.7 else cc + " " + p.phone[len(cc) :]
            elif e.channel in ("social", "community"):
                if p.handle:
                    cust["handle"] = p.handle if rng.random() < 0.8 else p.handle.lstrip("@")
                else:
                    cust["email"] = p.email
            elif e.channel == "email":
                cust["email"] = p.email if rng.random() < 0.9 else p.email.upper()
            else:
                cust["customer_id"] = p.key
            seen.add(e.who)
            row = {
                "event_id": e.eid,
                "occurred_at": iso(e.t),
                "channel": e.channel,
                "kind": e.kind,
                "direction": e.direction,
                "customer": cust,
                "text": e.text,
                "subject": e.subject,
                "scores": e.scores,
                "source": SOURCES[e.channel],
                "attributes": e.attrs,
            }
            lines.append(json.dumps(row, ensure_ascii=False))
        missing = [k for k in self.people if k not in seen]
        if missing:
            raise ValueError(f"{self.name}: customers without touchpoints {missing[:3]}")
        expected: dict[str, int] = {}
        for c in self.truth.values():
            for r in c["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        if expected != planned:
            raise ValueError(f"{self.name}: expected {expected} != planned {planned}")
        end = self.start + timedelta(days=self.days)
        last = self.events[-1].t + timedelta(hours=1)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(max(end, last)),
            "customers": self.truth,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.people), len(lines)


def day0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ---- families -----------------------------------------------------------------
def happy_writers() -> Fam:
    f = Fam(
        1,
        "HW",
        "happy_writers",
        "happy customers only: daytime writers, night writers, survey answerers",
        day0(2026, 2, 9),
        10,
    )
    rng = f.rng
    for _ in range(90):
        p = f.person("happy", habit="day writer")
        f.happy_series(p, rng.randint(5, 9), 0, 9)
    for _ in range(26):
        p = f.person("happy", habit="night writer")
        nights = rng.randint(2, 4)
        f.happy_series(p, rng.randint(4, 7) - nights, 0, 9)
        used: set[int] = set()
        for _ in range(nights):
            d = rng.choice([x for x in range(0, 9) if x not in used])
            used.add(d)
            t = f.at(d, 22.2, 28.5)
            f.night_act(p, t)
    for _ in range(28):
        p = f.person("happy", habit="answers surveys")
        f.happy_series(p, rng.randint(3, 6), 0, 9, 8, 20, kinds=["survey"])
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "BD",
        "one_bad_day",
        "happy customers with one angry moment on one day, and controls",
        day0(2026, 4, 20),
        12,
    )
    rng = f.rng
    channels = (
        ["long"] * 24
        + ["email"] * 20
        + ["chat"] * 22
        + ["social"] * 20
        + ["web"] * 18
        + ["phone"] * 16
    )
    rng.shuffle(channels)
    problems = [pb for pb in wt.PROBLEMS for _ in range(20)]
    rng.shuffle(problems)
    follow = ["csat"] * 24 + ["nps"] * 18 + ["none"] * 78
    rng.shuffle(follow)
    sorted_flags = [True] * 60 + [False] * 60
    rng.shuffle(sorted_flags)
    apologies = 0
    for i in range(120):
        problem, ch, fu = problems[i], channels[i], follow[i]
        persona = "bad_day_detractor" if fu == "nps" else "happy_one_bad_day"
        p = f.person(
            persona,
            expected=["detractor"] if fu == "nps" else [],
            tolerated=["silence"],
            habit="one bad day",
            problem=problem,
        )
        t = f.at(rng.randint(2, 9), 8, 20)
        real_ch = "email" if ch == "long" else ch
        bad = f.complaint(p, t, problem, real_ch, long_mail=ch == "long")
        tr = f.truth[p.key]
        tr.update(
            bad_day_at=iso(t),
            bad_day_event_id=bad,
            channel=real_ch,
            long_email=ch == "long",
            nps_given=False,
            csat_given=False,
            agent_fixed=False,
            apologised=False,
        )
        avoid = [(t - timedelta(hours=11), t + timedelta(hours=7))]
        if fu == "csat":
            v = rng.choice([1, 2])
            sid = f.low_score(p, t + f.mins(40, 80), "csat", v, p.lang)
            tr.update(csat_given=True, csat=v, survey_event_id=sid)
        elif fu == "nps":
            v = rng.randint(1, 5)
            sid = f.low_score(p, t + f.mins(100, 140), "nps", v, p.lang)
            tr.update(nps_given=True, nps=v, survey_event_id=sid)
        if sorted_flags[i]:
            ref = f.ref()
            ts = t + timedelta(minutes=rng.randint(60, 240))
            f.agent_mail(p, ts, wt.AGENT_SORTED[p.lang], ref, fix=wt.FIX[p.lang][problem])
            tr.update(agent_fixed=True, booking=ref)
            if apologies < 32 and rng.random() < 0.6:
                apologies += 1
                ta = f.out_of_night(t + timedelta(hours=rng.uniform(16, 26)))
                ach = rng.choice(["chat", "email"])
                text = f.say(wt.APOLOGY, p)
                aid = f.ev(
                    p,
                    ta,
                    ach,
                    "chat" if ach == "chat" else "message",
                    text,
                    subject=f"{rng.choice(wt.REPLY_PREFIX[p.lang])} {wt.CASE_WORD[p.lang]} {ref}"
                    if ach == "email"
                    else None,
                )
                tr.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
                avoid.append((ta - timedelta(hours=8), ta + timedelta(hours=4)))
        f.happy_series(
            p,
            rng.randint(3, 5),
            0,
            11,
            avoid=avoid,
            kinds=["praise", "again", "gripe", "question", "phone", "purchase", "view", "review"],
        )
    for _ in range(48):
        p = f.person("happy", habit="control")
        f.happy_series(p, rng.randint(4, 7), 0, 11)
    return f


CHANNEL_ROT = ["email", "chat", "phone", "social", "web"]


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "RC",
        "repeat_contacts",
        "one open problem raised two to four times; fixed cases; two different problems;"
        " frequent writers",
        day0(2026, 5, 18),
        10,
    )
    rng = f.rng
    counts = [2] * 18 + [3] * 22 + [4] * 16
    rng.shuffle(counts)
    passed = [True] * 28 + [False] * 28
    rng.shuffle(passed)
    for i, n in enumerate(counts):
        problem = rng.choice(wt.PROBLEMS)
        p = f.person(
            "repeat_contact",
            expected=["repeat_contact"],
            tolerated=CONSUMER_TOLERATE_REPEAT,
            problem=problem,
            contacts=n,
        )
        f.happy_series(p, rng.randint(1, 3), 0, 0, 7, 20)
        t = f.at(rng.randint(1, 4), 8, 20)
        f.open_case(p, t, problem, n, passed[i], [p.lang], 40)
    for _ in range(22):
        p = f.person("resolved_between_contacts", tolerated=["silence"])
        f.happy_series(p, rng.randint(1, 3), 0, 0, 7, 20)
        case = f.fixed_case(p, f.at(rng.randint(1, 5), 8, 19), rng.choice(wt.PROBLEMS))
        f.truth[p.key].update(
            problem=case["problem"],
            problems=[case],
            booking=case["booking"],
            trouble_starts_at=case["raised_at"],
        )
    for _ in range(16):
        p = f.person("different_problems", tolerated=["silence"])
        f.happy_series(p, rng.randint(1, 2), 0, 0, 7, 20)
        pa, pb = rng.sample(wt.PROBLEMS, 2)
        t1 = f.at(1, 8, 18)
        c1 = f.fixed_case(p, t1, pa)
        t2 = f.out_of_night(t1 + timedelta(hours=rng.uniform(96, 132)))
        c2 = f.fixed_case(p, t2, pb)
        f.truth[p.key].update(problems=[c1, c2], trouble_starts_at=c1["raised_at"])
    for _ in range(56):
        p = f.person("happy", habit="frequent writer")
        f.happy_series(
            p,
            rng.randint(5, 8),
            0,
            9,
            kinds=["question", "question", "question", "phone", "praise", "purchase"],
        )
    return f


def slide_steps(
    f: Fam, p: Person, start_day: int, span: int, langs: list[str] | None = None, nps: bool = False
) -> list[str]:
    rng = f.rng
    ids: list[str] = []
    times = sorted(f.at(start_day + round(span * k / 5), 8, 21) for k in range(6))
    for k in range(1, 6):
        if times[k] <= times[k - 1] + timedelta(hours=2):
            times[k] = times[k - 1] + timedelta(hours=2, minutes=rng.randint(0, 90))
    for k, t in enumerate(times):
        lg = langs[k % len(langs)] if langs else p.lang
        text = (
            f.say(wt.SLIDE, p, lg, comp=rng.choice(wt.COMPETITORS))
            if k == 5
            else f.styled(f.fill(wt.SLIDE[lg][k], p, lg), lg)
        )
        ch = rng.choice(["social", "community", "chat", "review"])
        if ch == "review":
            ids.append(f.ev(p, t, "web", "review", text, attrs={"rating": str(max(1, 3 - k // 2))}))
        elif ch == "chat":
            ids.append(f.ev(p, t, "chat", "chat", text))
        else:
            ids.append(f.ev(p, t, ch, "post", text))
        if k == 3 and nps:
            v = rng.randint(1, 5)
            sid = f.low_score(p, t + f.mins(150, 210), "nps", v, lg)
            f.truth[p.key].update(nps_given=True, nps=v, survey_event_id=sid)
    return ids


def slow_churners() -> Fam:
    f = Fam(
        4,
        "SC",
        "slow_churners",
        "sustained slides from a happy baseline, leavers, steady, grumpy and sarcastic customers",
        day0(2026, 6, 8),
        32,
    )
    rng = f.rng
    spans = [3] * 11 + [5] * 11 + [7] * 10 + [9] * 10
    rng.shuffle(spans)
    nps_flags = [True] * 14 + [False] * 28
    rng.shuffle(nps_flags)
    for i in range(42):
        exp = ["sentiment_drop"] + (["detractor"] if nps_flags[i] else [])
        p = f.person(
            "slow_churner",
            expected=exp,
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
            habit="slides",
            nps_given=False,
        )
        f.happy_series(p, rng.randint(4, 5), 0, 10, kinds=["praise", "again"])
        f.happy_series(
            p, rng.randint(2, 4), 0, 10, kinds=["question", "purchase", "review", "survey", "phone"]
        )
        sd = rng.randint(12, 18)
        ids = slide_steps(f, p, sd, spans[i], nps=nps_flags[i])
        first_t = min(e.t for e in f.events if e.eid == ids[0])
        f.truth[p.key].update(
            slide_event_ids=ids, slide_days=spans[i], trouble_starts_at=iso(first_t)
        )
    for _ in range(18):
        p = f.person(
            "slow_churner",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
            habit="asks to cancel",
        )
        f.happy_series(p, rng.randint(4, 6), 0, 12)
        t = f.at(rng.randint(15, 25), 8, 19)
        ask = f.ev(
            p,
            t,
            "email",
            "message",
            f.say(wt.CANCEL_ASK, p),
            subject={
                "it": "Disdetta Club",
                "es": "Baja del Club",
                "de": "Kündigung",
                "en": "Cancel",
                "fr": "Résiliation",
                "pt": "Cancelamento",
            }[p.lang],
        )
        f.ev(
            p,
            t + f.mins(60, 300),
            "email",
            "message",
            f.fill(wt.CANCEL_ANSWER[p.lang], p),
            subject="Re: Club",
            direction="outbound",
        )
        tc = f.out_of_night(t + timedelta(hours=rng.uniform(20, 30)))
        reason = rng.choice(wt.CANCEL_REASON[p.lang]) or None
        cid = f.ev(p, tc, "web", "cancellation", reason, attrs={"page": "/account/close"})
        f.truth[p.key].update(
            churn_intent_event_id=ask,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(36):
        p = f.person("happy", habit="steady")
        f.happy_series(p, rng.randint(6, 10), 0, 31)
    for _ in range(20):
        p = f.person("steadily_grumpy", tolerated=["repeat_contact", "silence"])
        n = rng.randint(5, 8)
        days = sorted(rng.sample(range(0, 31, 2), n))
        gids = []
        for d in days:
            t = f.at(d + rng.choice([0, 0, 1]) if d < 30 else d, 8, 21)
            ch = rng.choice(["social", "community", "chat"])
            gids.append(f.ev(p, t, ch, "chat" if ch == "chat" else "post", f.say(wt.GRUMBLE, p)))
        f.happy_series(p, rng.randint(0, 2), 0, 31, kinds=["view", "purchase"])
        f.truth[p.key].update(grumble_event_ids=gids)
    for _ in range(22):
        p = f.person("happy_one_sarcastic_remark", tolerated=["silence"])
        times = f.happy_series(p, rng.randint(5, 8), 0, 31)
        t = f.at(rng.randint(0, 31), 9, 21)
        while any(abs((t - x).total_seconds()) < 3 * 3600 for x in times):
            t = f.at(rng.randint(0, 31), 9, 21)
        sid = f.ev(p, t, rng.choice(["social", "community"]), "post", f.say(wh.SARCASM, p))
        f.truth[p.key].update(sarcasm_event_id=sid)
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "QH",
        "quiet_hours",
        "a calm summer weekend with night-owl bursts and no spike",
        day0(2026, 8, 14),
        3,
    )
    rng = f.rng
    for _ in range(84):
        p = f.person("happy", habit="day writer")
        f.happy_series(
            p,
            rng.randint(1, 4),
            0,
            2,
            7,
            18.5,
            kinds=["praise", "again", "gripe", "question", "purchase", "view", "review", "survey"],
        )
    for i in range(14):
        p = f.person("grumbles_once", tolerated=["silence"])
        t = f.at(rng.randint(0, 2), 8, 18)
        f.grumble_once(p, t, i < 8)
        f.happy_series(
            p,
            rng.randint(0, 2),
            0,
            2,
            8,
            18,
            avoid=[(t - timedelta(hours=4), t + timedelta(hours=4))],
            kinds=["praise", "view", "purchase"],
        )
    by_day = 0
    for night in range(3):
        first = f.start + timedelta(days=night + 1, minutes=rng.randint(70, 90))
        for burst in range(3):
            bstart = first + timedelta(minutes=burst * rng.randint(30, 34))
            for _ in range(4):
                p = f.person(
                    "night_owl", habit=f"night {night + 1}, burst {burst + 1}", burst_at=iso(bstart)
                )
                t = bstart + f.mins(0, 9)
                f.night_act(p, t)
                if by_day < 12 and rng.random() < 0.4:
                    by_day += 1
                    f.happy_act(
                        p, f.at(rng.randint(0, 2), 9, 18), kinds=["praise", "view", "purchase"]
                    )
    return f


PAIRS: list[tuple[str, str, int, list[str]]] = [
    ("it", "es", 16, ["ES"]),
    ("es", "it", 16, ["IT"]),
    ("it", "en", 10, ["UK", "IE"]),
    ("es", "en", 10, ["UK", "IE"]),
    ("it", "fr", 10, ["FR", "BE", "CH"]),
    ("es", "fr", 10, ["FR", "BE", "LU"]),
    ("it", "de", 8, ["DE", "CH"]),
    ("es", "pt", 8, ["PT"]),
    ("de", "it", 8, ["IT", "CH"]),
    ("en", "es", 8, ["ES"]),
    ("fr", "it", 8, ["IT"]),
    ("pt", "es", 8, ["ES"]),
]


def bilingual() -> Fam:
    f = Fam(6, "BL", "bilingual", "customers who write in two languages", day0(2026, 9, 14), 14)
    rng = f.rng
    slots: list[tuple[str, str, str]] = []
    for a, b, n, markets in PAIRS:
        slots += [(a, b, rng.choice(markets)) for _ in range(n)]
    rng.shuffle(slots)
    roles = ["happy"] * 60 + ["repeat"] * 22 + ["slide"] * 16 + ["bad"] * 14 + ["fixed"] * 8
    rng.shuffle(roles)
    rep_counts = [2] * 8 + [3] * 8 + [4] * 6
    rng.shuffle(rep_counts)
    passed = [True] * 11 + [False] * 11
    bad_sorted = [True] * 6 + [False] * 8
    bad_long = [True] * 4 + [False] * 10
    rng.shuffle(bad_sorted)
    rng.shuffle(bad_long)
    apologies = 0
    for (a, b, mk), role in zip(slots, roles, strict=True):
        langs = [a, b]
        if role == "happy":
            p = f.person("happy", a, mk, habit="alternates languages", languages=langs)
            f.happy_series(p, rng.randint(5, 8), 0, 13, lang_of=lambda i, ls=langs: ls[i % 2])
        elif role == "repeat":
            n = rep_counts.pop()
            pas = passed.pop()
            problem = rng.choice(wt.PROBLEMS)
            p = f.person(
                "repeat_contact",
                a,
                mk,
                expected=["repeat_contact"],
                tolerated=CONSUMER_TOLERATE_REPEAT,
                languages=langs,
                problem=problem,
                contacts=n,
            )
            f.happy_series(p, rng.randint(1, 3), 0, 1, 7, 20, lang_of=lambda i, ls=langs: ls[i % 2])
            t = f.at(rng.randint(2, 6), 8, 20)
            f.open_case(p, t, problem, n, pas, langs, 36)
        elif role == "slide":
            p = f.person(
                "slow_churner",
                a,
                mk,
                expected=["sentiment_drop"],
                tolerated=[
                    "repeat_contact",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
                habit="slides",
                languages=langs,
            )
            f.happy_series(
                p, 5, 0, 5, kinds=["praise", "again"], lang_of=lambda i, ls=langs: ls[i % 2]
            )
            f.happy_series(
                p,
                rng.randint(1, 3),
                0,
                5,
                kinds=["question", "purchase", "survey"],
                lang_of=lambda i, ls=langs: ls[i % 2],
            )
            span = rng.randint(3, 5)
            ids = slide_steps(f, p, rng.randint(6, 8), span, langs=langs)
            first_t = min(e.t for e in f.events if e.eid == ids[0])
            f.truth[p.key].update(
                slide_event_ids=ids, slide_days=span, trouble_starts_at=iso(first_t)
            )
        elif role == "bad":
            problem = rng.choice(wt.PROBLEMS)
            lm = bad_long.pop()
            p = f.person(
                "happy_one_bad_day",
                a,
                mk,
                tolerated=["silence"],
                languages=langs,
                problem=problem,
                bad_day_language=b,
                long_email=lm,
            )
            t = f.at(rng.randint(3, 10), 8, 20)
            ch = "email" if lm else rng.choice(["email", "chat", "social", "web", "phone"])
            bad = f.complaint(p, t, problem, ch, b, long_mail=lm)
            avoid = [(t - timedelta(hours=11), t + timedelta(hours=7))]
            f.truth[p.key].update(
                bad_day_at=iso(t),
                bad_day_event_id=bad,
                channel=ch,
                agent_fixed=False,
                apologised=False,
            )
            if bad_sorted.pop():
                ref = f.ref()
                f.agent_mail(
                    p, t + f.mins(60, 240), wt.AGENT_SORTED[b], ref, b, fix=wt.FIX[b][problem]
                )
                f.truth[p.key].update(agent_fixed=True, booking=ref)
                if apologies < 3:
                    apologies += 1
                    ta = f.out_of_night(t + timedelta(hours=rng.uniform(16, 26)))
                    aid = f.ev(p, ta, "chat", "chat", f.say(wt.APOLOGY, p, b))
                    f.truth[p.key].update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
                    avoid.append((ta - timedelta(hours=8), ta + timedelta(hours=4)))
            f.happy_series(
                p,
                rng.randint(3, 5),
                0,
                13,
                avoid=avoid,
                lang_of=lambda i, ls=langs: ls[i % 2],
                kinds=["praise", "again", "question", "purchase", "view"],
            )
        else:
            p = f.person(
                "resolved_between_contacts",
                a,
                mk,
                tolerated=["silence"],
                languages=langs,
                confirm_language=b,
            )
            f.happy_series(p, rng.randint(1, 3), 0, 1, 7, 20, lang_of=lambda i, ls=langs: ls[i % 2])
            case = f.fixed_case(p, f.at(rng.randint(2, 9), 8, 19), rng.choice(wt.PROBLEMS), a, b)
            f.truth[p.key].update(
                problem=case["problem"],
                problems=[case],
                booking=case["booking"],
                trouble_starts_at=case["raised_at"],
            )
    return f


B2B_MARKETS = (
    ["IT"] * 8
    + ["ES"] * 7
    + ["DE"] * 3
    + ["AT"]
    + ["UK"] * 3
    + ["IE"]
    + ["FR"] * 3
    + ["BE"]
    + ["CH", "CH"]
    + ["PT"] * 2
)
B2B_LANG = {
    "IT": "it",
    "ES": "es",
    "DE": "de",
    "AT": "de",
    "UK": "en",
    "IE": "en",
    "FR": "fr",
    "BE": "fr",
    "PT": "pt",
}


def office_time(f: Fam, t: datetime, h0: int = 8, h1: int = 15) -> datetime:
    while t.weekday() >= 5 or t.hour < h0 or t.hour >= h1:
        if t.hour >= h1 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=h0, minute=f.rng.randint(0, 50))
        else:
            t = t.replace(hour=h0, minute=f.rng.randint(0, 50))
    return t


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "BB",
        "b2b_accounts",
        "Fiorvento Business accounts: at risk, one unhappy contact, mild remarks, happy",
        day0(2026, 10, 12),
        14,
    )
    rng = f.rng
    markets = B2B_MARKETS[:]
    rng.shuffle(markets)
    kinds = ["at_risk"] * 8 + ["one_unhappy"] * 9 + ["mild"] * 4 + ["happy"] * 10
    at_risk_problems = [
        "invoice",
        "invoice",
        "standing_order",
        "standing_order",
        "plant_care",
        "plant_care",
        "portal",
        "portal",
    ]
    rng.shuffle(at_risk_problems)
    at_risk_sizes = [3] * 5 + [4] * 3
    rng.shuffle(at_risk_sizes)
    ch_count = 0
    used_names: set[str] = set()
    planned_unhappy = 0
    acked = [True] * 5 + [False] * 4
    rng.shuffle(acked)
    for ai, (kind, mk) in enumerate(zip(kinds, markets, strict=True)):
        lg = B2B_LANG.get(mk) or ("it" if ch_count == 0 else "de")
        if mk == "CH":
            ch_count += 1
        company = rng.choice([c for c in wb.COMPANY_NAMES[lg] if c not in used_names])
        used_names.add(company)
        domain = (
            strip_accents(company).lower().replace(" ", "").replace("&", "").replace("'", "")
            + ".example"
        )
        acc = f"FVB-{mk}-{rng.randint(1000, 9999)}"
        n_contacts = rng.randint(4, 6) if kind == "at_risk" else rng.randint(3, 6)
        if kind == "at_risk":
            n_contacts = max(n_contacts, at_risk_sizes[-1] + 1)
        contacts: list[Person] = []
        firsts: set[str] = set()
        for _ in range(n_contacts):
            p = f.person("b2b_happy", lg, mk)
            while p.first in firsts:
                p.fem = rng.random() < 0.55
                p.first = rng.choice(FIRST[lg][0 if p.fem else 1])
            firsts.add(p.first)
            p.account = acc
            p.company = company
            p.handle = None
            p.email = f"{slug(p.first)}.{slug(p.last)}@{domain}"
            tr = f.truth[p.key]
            tr["identifiers"].update(email=p.email, handle=None, account_id=acc)
            tr.update(segment="b2b", company=company, role="contact")
            contacts.append(p)
        account: dict[str, Any] = {
            "company": company,
            "site": rng.choice(wb.SITES),
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": False,
            "expected_rules": [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lg,
            "country": mk,
        }
        trouble: dict[str, datetime] = {}
        if kind == "at_risk":
            size = at_risk_sizes.pop()
            problem = at_risk_problems.pop()
            comp = rng.choice(wt.COMPETITORS)
            complainers = contacts[:size]
            ref = f.ref()
            t = f.at(rng.randint(1, 3), 8, 14)
            first_day = WEEKDAY[lg][t.weekday()]
            keys = []
            for ci, c in enumerate(complainers):
                last = ci == size - 1
                tr = f.truth[c.key]
                tr.update(
                    persona="b2b_unhappy",
                    role="complainer",
                    problem=problem,
                    booking=ref,
                    expected_rules=["repeat_contact"] if last else ["detractor"],
                    tolerated_rules=sorted(
                        [
                            "sentiment_drop",
                            "churn_intent",
                            "competitor_mention",
                            "high_value_at_risk",
                            "silence",
                            "account_risk",
                        ]
                    ),
                )
                if ci == 0:
                    text = f.fill(wb.BIZ_COMPLAINT[lg][problem], c)
                else:
                    text = f.fill(
                        wb.BIZ_LATER[lg],
                        c,
                        colleague_fem=complainers[0].fem,
                        first=complainers[0].first,
                        day=first_day,
                        ref=ref,
                        problem_line=f.fill(wb.BIZ_COMPLAINT[lg][problem], c),
                    )
                eid = f.ev(
                    c,
                    t,
                    "email",
                    "message",
                    f.styled(text, lg),
                    subject=wb.BIZ_SUBJECT[lg][problem]
                    if ci == 0
                    else f"{rng.choice(wt.REPLY_PREFIX[lg])} {wt.CASE_WORD[lg]} {ref}",
                )
                trouble[c.key] = t
                ids = [eid]
                if ci == 0:
                    f.ev(
                        c,
                        t + f.mins(20, 90),
                        "email",
                        "message",
                        f.fill(wb.BIZ_ACK[lg], c, ref=ref),
                        subject=f"{wt.CASE_WORD[lg]} {ref}",
                        direction="outbound",
                    )
                if not last:
                    v = rng.randint(1, 5)
                    sid = f.low_score(c, t + f.mins(60, 180), "nps", v, lg)
                    tr.update(nps_given=True, nps=v, survey_event_id=sid)
                else:
                    t2 = office_time(f, t + timedelta(hours=rng.uniform(18, 40)), 8, 17)
                    reply_subject = f"{rng.choice(wt.REPLY_PREFIX[lg])} {wt.CASE_WORD[lg]} {ref}"
                    if rng.random() < 0.5:
                        ids.append(
                            f.ev(
                                c,
                                t2,
                                "email",
                                "message",
                                f.styled(f.fill(wb.BIZ_LAST[lg], c, ref=ref, comp=comp), lg),
                                subject=reply_subject,
                            )
                        )
                    else:
                        ids.append(
                            f.ev(
                                c,
                                t2,
                                "phone",
                                "call",
                                f.spoken(
                                    f.fill(
                                        wb.BIZ_LAST_PHONE[lg],
                                        c,
                                        ref_spoken=ref.replace("FV-", "fv "),
                                        comp=comp,
                                    )
                                ),
                            )
                        )
                    tr["repeat_event_id"] = ids[-1]
                tr.update(complaint_event_ids=ids, trouble_starts_at=iso(t))
                keys.append(c.key)
                t = office_time(f, t + timedelta(hours=rng.uniform(8, 28)))
            account.update(
                unhappy_contacts=size,
                unhappy_contact_keys=keys,
                at_risk=True,
                expected_rules=["account_risk"],
                same_problem=problem,
                trouble_starts_at=f.truth[keys[0]]["trouble_starts_at"],
            )
            planned_unhappy += size
        elif kind == "one_unhappy":
            c = contacts[0]
            problem = rng.choice(wb.BIZ_PROBLEMS)
            t = office_time(f, f.at(rng.randint(3, 10), 8, 15))
            eid = f.ev(
                c,
                t,
                "email",
                "message",
                f.styled(f.fill(wb.BIZ_COMPLAINT[lg][problem], c), lg),
                subject=wb.BIZ_SUBJECT[lg][problem],
            )
            v = rng.randint(1, 5)
            sid = f.low_score(c, t + f.mins(60, 180), "nps", v, lg)
            tr = f.truth[c.key]
            tr.update(
                persona="b2b_one_unhappy",
                role="complainer",
                problem=problem,
                expected_rules=["detractor"],
                tolerated_rules=["high_value_at_risk", "sentiment_drop", "silence"],
                complaint_event_ids=[eid],
                nps_given=True,
                nps=v,
                survey_event_id=sid,
                trouble_starts_at=iso(t),
            )
            if acked.pop():
                ref = f.ref()
                f.ev(
                    c,
                    t + f.mins(20, 90),
                    "email",
                    "message",
                    f.fill(wb.BIZ_ACK[lg], c, ref=ref),
                    subject=f"{wt.CASE_WORD[lg]} {ref}",
                    direction="outbound",
                )
                tr["booking"] = ref
            trouble[c.key] = t
            account.update(unhappy_contacts=1, unhappy_contact_keys=[c.key])
        elif kind == "mild":
            for c in contacts[:2]:
                t = office_time(f, f.at(rng.randint(2, 11), 8, 15))
                eid = f.ev(
                    c, t, "web", "ticket", f.styled(f.fill(rng.choice(wb.BIZ_MILD[lg]), c), lg)
                )
                f.ev(
                    c,
                    t + f.mins(10, 60),
                    "email",
                    "message",
                    f.fill(wt.FORM_ACK[lg], c),
                    subject="Fiorvento Business",
                    direction="outbound",
                )
                f.truth[c.key].update(
                    persona="b2b_mild",
                    role="suggests",
                    tolerated_rules=["silence"],
                    mild_event_id=eid,
                )
                trouble[c.key] = t
        # routine acts for every contact
        for c in contacts:
            happy = c.key not in trouble
            n = rng.randint(2, 5) if happy else rng.randint(1, 3)
            done = 0
            tries = 0
            while done < n and tries < 200:
                tries += 1
                t = f.at(rng.randint(0, 13), 8, 16.5)
                if t.weekday() >= 5:
                    continue
                if not happy and t > trouble[c.key] - timedelta(hours=14):
                    continue
                act = rng.choice(
                    ["question", "phone", "addon", "view", "praise", "survey"]
                    if happy
                    else ["question", "phone", "addon", "view"]
                )
                if act == "question":
                    if rng.random() < 0.5:
                        f.ev(
                            c, t, "chat", "chat", f.styled(f.fill(rng.choice(wb.BIZ_Q[lg]), c), lg)
                        )
                        t2 = t + f.mins(1, 6)
                        f.ev(c, t2, "chat", "chat", f.fill(wb.BIZ_A[lg], c), direction="outbound")
                        f.ev(c, t2 + f.mins(1, 5), "chat", "chat", f.say(wb.BIZ_THANKS, c))
                    else:
                        f.ev(
                            c,
                            t,
                            "email",
                            "message",
                            f.styled(f.fill(rng.choice(wb.BIZ_Q[lg]), c), lg),
                            subject=c.company,
                        )
                        t2 = t + f.mins(20, 90)
                        f.ev(
                            c,
                            t2,
                            "email",
                            "message",
                            f.fill(wb.BIZ_A[lg], c),
                            subject=f"Re: {c.company}",
                            direction="outbound",
                        )
                        f.ev(
                            c,
                            t2 + f.mins(10, 60),
                            "email",
                            "message",
                            f.say(wb.BIZ_THANKS, c),
                            subject=f"Re: Re: {c.company}",
                        )
                elif act == "phone":
                    f.ev(c, t, "phone", "call", f.spoken(f.fill(wb.BIZ_PHONE_Q[lg], c)))
                elif act == "addon":
                    product, amount = rng.choice(wb.ADDONS)
                    value = amount * (0.9 if mk == "UK" else 0.95 if mk == "CH" else 1.0)
                    f.ev(c, t, "web", "page_view", attrs={"page": "/business/add-ons"})
                    f.ev(
                        c,
                        t + f.mins(2, 15),
                        "web",
                        "purchase",
                        attrs={
                            "order_value": f"{value:.2f}",
                            "currency": CURRENCY.get(mk, "EUR"),
                            "product": product,
                            "page": "/business/checkout",
                        },
                    )
                elif act == "view":
                    f.ev(c, t, "web", "page_view", attrs={"page": rng.choice(wb.PORTAL_PAGES)})
                elif act == "praise":
                    f.ev(c, t, "community", "post", f.say(wb.BIZ_PRAISE, c))
                else:
                    f.survey_happy(c, t)
                done += 1
        f.accounts[acc] = account
        _ = ai
    return f


def topic_spike() -> Fam:
    f = Fam(
        8,
        "TS",
        "topic_spike",
        "a calm week and a planted checkout-error spike on the eve of All Saints",
        day0(2026, 10, 26),
        7,
    )
    rng = f.rng
    spike_start = datetime(2026, 10, 30, 17, 14, tzinfo=UTC)
    spike_end = datetime(2026, 10, 30, 17, 58, tzinfo=UTC)
    for _ in range(130):
        p = f.person("happy", habit="day writer")
        f.happy_series(p, rng.randint(1, 4), 0, 6)
    for i in range(14):
        p = f.person("grumbles_once", tolerated=["silence"])
        d = rng.choice([0, 1, 2, 3, 5, 6])
        t = f.at(d, 8, 19)
        f.grumble_once(p, t, i < 8)
    for lg, d in (("it", 2), ("es", 3)):
        p = f.person("grumbles_once", lg, tolerated=["silence"])
        t = f.at(d, 17, 20)
        lid = f.ev(p, t, "chat", "chat", f.styled(f.fill(wt.LONE_Q[lg], p), lg))
        f.ev(p, t + f.mins(2, 7), "chat", "chat", f.fill(wt.LONE_A[lg], p), direction="outbound")
        f.truth[p.key].update(lone_report_event_id=lid)
    langs = ["it"] * 10 + ["es"] * 9 + ["de"] * 3 + ["en"] * 3 + ["fr"] * 3 + ["pt"] * 2
    chans = ["social"] * 10 + ["chat"] * 7 + ["community"] * 6 + ["email"] * 4 + ["web"] * 3
    rng.shuffle(langs)
    rng.shuffle(chans)
    roles = ["repeat"] * 10 + ["fixed"] * 8 + ["once"] * 12
    rng.shuffle(roles)
    regular = [True] * 20 + [False] * 10
    rng.shuffle(regular)
    minutes = sorted([0, 44] + [rng.randint(1, 43) for _ in range(28)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    for i in range(30):
        lg, ch, role = langs[i], chans[i], roles[i]
        t = spike_start + timedelta(
            minutes=minutes[i], seconds=rng.randint(0, 50) if 0 < i < 29 else 0
        )
        if role == "repeat":
            p = f.person(
                "spike_repeater",
                lg,
                expected=["repeat_contact"],
                tolerated=["sentiment_drop", "silence"],
            )
        else:
            p = f.person("spike_reporter", lg, tolerated=["silence"])
        if regular[i]:
            f.happy_series(p, rng.randint(1, 3), 0, 3, 8, 20)
        text = f.say(wt.SPIKE, p)
        if ch == "email":
            eid = f.ev(
                p,
                t,
                "email",
                "message",
                text,
                subject={
                    "it": "Errore pagamento",
                    "es": "Error en el pago",
                    "de": "Zahlungsfehler",
                    "en": "Payment error",
                    "fr": "Erreur paiement",
                    "pt": "Erro no pagamento",
                }[lg],
            )
        elif ch == "web":
            eid = f.ev(p, t, "web", "ticket", text)
        elif ch == "chat":
            eid = f.ev(p, t, "chat", "chat", text)
        else:
            eid = f.ev(p, t, ch, "post", text)
        tr = f.truth[p.key]
        tr.update(
            in_spike=True,
            regular=regular[i],
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        if role == "repeat":
            ch2 = rng.choice([c for c in ["social", "chat", "community", "email"] if c != ch])
            t2 = t + f.mins(15, 50)
            text2 = f.styled(f.fill(wt.SPIKE_REPEAT[lg], p), lg)
            kind2 = {"social": "mention", "chat": "chat", "community": "post", "email": "message"}[
                ch2
            ]
            rid = f.ev(p, t2, ch2, kind2, text2, subject="Re: F-482" if ch2 == "email" else None)
            tr["repeat_event_id"] = rid
            reps.append(rid)
        elif role == "fixed":
            tf = datetime(2026, 10, 31, 7, 0, tzinfo=UTC) + f.mins(0, 120)
            f.ev(
                p,
                tf,
                "email",
                "message",
                f.fill(wt.SPIKE_FIXED[lg], p),
                subject="F-482",
                direction="outbound",
            )
        keys.append(p.key)
        eids.append(eid)
    f.spike = {
        "topic": "checkout fails with payment error F-482 and the basket empties (app and web)",
        "about": (
            "eve of All Saints, people ordering flowers for the cemetery;"
            " Friday 30 October 2026 17:14-17:58 UTC"
        ),
        "channel": None,
        "start": iso(spike_start),
        "end": iso(spike_end),
        "customers": 30,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


FAMILY_TABLE = [
    (happy_writers, {}),
    (one_bad_day, {"detractor": 18}),
    (repeat_contacts, {"repeat_contact": 56}),
    (slow_churners, {"sentiment_drop": 42, "detractor": 14, "churn_intent": 18}),
    (quiet_hours, {}),
    (bilingual, {"repeat_contact": 22, "sentiment_drop": 16}),
    (b2b_accounts, {"account_risk": 8, "detractor": 28, "repeat_contact": 8}),
    (topic_spike, {"topic_spike": 1, "repeat_contact": 10}),
]


def main() -> None:
    total_c = total_e = 0
    for build, planned in FAMILY_TABLE:
        fam = build()
        c, e = fam.write(dict(planned))
        total_c += c
        total_e += e
        print(f"{fam.name}: {c} customers, {e} touchpoints")
    print(f"total: {total_c} customers, {total_e} touchpoints")


if __name__ == "__main__":
    main()
