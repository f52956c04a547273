# ruff: noqa: E501
"""Build the heldout59 hand-written alert scenarios (report only, never tune on them).

Run ``python make_heldout59.py`` from anywhere: it writes ``<family>.jsonl`` and
``<family>.truth.json`` next to itself. Standard library only, deterministic.
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

SEED = 20261112
LIMIT = datetime(2026, 11, 25, tzinfo=UTC)

FIRST: dict[str, tuple[str, ...]] = {
    "it": (
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Chiara",
        "Davide",
        "Sara",
        "Matteo",
        "Elena",
        "Stefano",
        "Valentina",
        "Andrea",
        "Federica",
        "Paolo",
        "Martina",
        "Riccardo",
        "Silvia",
        "Alessio",
        "Beatrice",
        "Simone",
        "Noemi",
        "Gianluca",
        "Irene",
        "Fabio",
    ),
    "es": (
        "Lucía",
        "Javier",
        "Marta",
        "Pablo",
        "Carmen",
        "Álvaro",
        "Laura",
        "Sergio",
        "Elena",
        "Raúl",
        "Nuria",
        "Diego",
        "Irene",
        "Adrián",
        "Ainhoa",
        "Jorge",
        "Paula",
        "Rubén",
        "Sonia",
        "Hugo",
        "Cristina",
        "Marcos",
        "Begoña",
        "Iván",
    ),
    "de": (
        "Anna",
        "Jonas",
        "Katrin",
        "Tobias",
        "Lena",
        "Florian",
        "Miriam",
        "Sebastian",
        "Julia",
        "Stefan",
        "Nina",
        "Lukas",
        "Sabine",
        "Felix",
        "Carina",
        "Moritz",
    ),
    "en": (
        "Emma",
        "James",
        "Sophie",
        "Liam",
        "Chloe",
        "Callum",
        "Aoife",
        "Daniel",
        "Grace",
        "Ciarán",
        "Hannah",
        "Tom",
    ),
    "fr": (
        "Camille",
        "Julien",
        "Léa",
        "Thomas",
        "Manon",
        "Nicolas",
        "Chloé",
        "Maxime",
        "Inès",
        "Antoine",
        "Élodie",
        "Hugo",
    ),
    "pt": (
        "Mariana",
        "João",
        "Beatriz",
        "Tiago",
        "Catarina",
        "Miguel",
        "Inês",
        "Diogo",
        "Rita",
        "Pedro",
        "Sofia",
        "Nuno",
    ),
}
LAST: dict[str, tuple[str, ...]] = {
    "it": (
        "Rossi",
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
    "es": (
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Ruiz",
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
        "Gil",
        "Serrano",
        "Molina",
        "Ortega",
        "Delgado",
        "Castro",
        "Iglesias",
    ),
    "de": (
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schulz",
        "Koch",
        "Richter",
        "Wolf",
        "Krüger",
        "Hartmann",
        "Lange",
    ),
    "en": (
        "Smith",
        "Walsh",
        "Taylor",
        "Murphy",
        "Evans",
        "Byrne",
        "Hughes",
        "Kelly",
        "Wright",
        "Doyle",
        "Clarke",
        "Ryan",
    ),
    "fr": (
        "Martin",
        "Bernard",
        "Dubois",
        "Moreau",
        "Laurent",
        "Simon",
        "Michel",
        "Lefèvre",
        "Leroy",
        "Roux",
        "Fournier",
        "Girard",
    ),
    "pt": (
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Lopes",
    ),
}
MARKETS: dict[str, tuple[tuple[str, int], ...]] = {
    "it": (("IT", 80), ("CH", 20)),
    "es": (("ES", 100),),
    "de": (("DE", 60), ("AT", 25), ("CH", 15)),
    "fr": (("FR", 60), ("BE", 25), ("CH", 10), ("LU", 5)),
    "en": (("UK", 70), ("IE", 30)),
    "pt": (("PT", 100),),
}
TOWNS: dict[str, tuple[str, ...]] = {
    "IT": ("Bologna", "Torino", "Bari", "Verona", "Padova", "Palermo", "Trento", "Perugia"),
    "ES": ("Zaragoza", "Valencia", "Bilbao", "Sevilla", "Murcia", "Valladolid", "Granada", "Gijón"),
    "DE": ("Leipzig", "Köln", "Freiburg", "Kassel", "Nürnberg", "Bremen"),
    "AT": ("Graz", "Linz", "Innsbruck"),
    "CH": ("Lugano", "Basel", "Bern", "Lausanne"),
    "FR": ("Nantes", "Lille", "Grenoble", "Toulouse"),
    "BE": ("Liège", "Namur", "Bruxelles"),
    "LU": ("Esch-sur-Alzette",),
    "UK": ("Leeds", "Bristol", "Cardiff", "Norwich"),
    "IE": ("Galway", "Cork"),
    "PT": ("Braga", "Coimbra", "Aveiro", "Porto"),
}
PHONE: dict[str, tuple[str, tuple[str, ...], int]] = {
    "IT": ("+39", ("320", "333", "347", "349", "366", "380"), 7),
    "ES": ("+34", ("6", "7"), 8),
    "DE": ("+49", ("151", "160", "170", "176"), 8),
    "AT": ("+43", ("664", "660", "676"), 7),
    "CH": ("+41", ("76", "78", "79"), 7),
    "FR": ("+33", ("6", "7"), 8),
    "BE": ("+32", ("470", "475", "486"), 6),
    "LU": ("+352", ("621", "661", "691"), 6),
    "UK": ("+44", ("7700", "7911", "7825"), 6),
    "IE": ("+353", ("83", "85", "87"), 7),
    "PT": ("+351", ("91", "92", "93", "96"), 7),
}
DOMAINS = {
    "it": ("posta.example", "libero-mail.example"),
    "es": ("correo.example", "buzon.example"),
    "de": ("postfach.example", "netzmail.example"),
    "en": ("inbox.example", "mailbox.example"),
    "fr": ("courriel.example", "boite.example"),
    "pt": ("correio.example", "caixa.example"),
}
MARKET_LANGS: dict[str, tuple[str, ...]] = {
    "IT": ("it",),
    "ES": ("es",),
    "DE": ("de",),
    "AT": ("de",),
    "CH": ("de", "fr", "it"),
    "FR": ("fr",),
    "BE": ("fr",),
    "LU": ("fr", "de"),
    "UK": ("en",),
    "IE": ("en",),
    "PT": ("pt",),
}
JOBS = (
    "nurse",
    "electrician",
    "student",
    "architect",
    "teacher",
    "retired engineer",
    "bike mechanic",
    "graphic designer",
    "pharmacist",
    "bus driver",
    "software developer",
    "carpenter",
    "cook",
    "physiotherapist",
    "accountant",
    "game master",
    "radio restorer",
    "model railway builder",
)
LANG_WEIGHTS = (("it", 30), ("es", 30), ("de", 10), ("en", 10), ("fr", 10), ("pt", 10))

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
TOL_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: set[str] = set()


def unique(value: str) -> bool:
    if value.lower() in USED:
        return False
    USED.add(value.lower())
    return True


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_fold(text: str) -> str:
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
        base = unicodedata.normalize("NFKD", ch)
        out.append("".join(b for b in base if not unicodedata.combining(b)))
    return "".join(out)


def wpick(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


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
    agent: str = ""


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    n: int
    about: str
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0
    planted: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    # ------------------------------------------------------------ people
    def lang(self) -> str:
        return wpick(self.rng, LANG_WEIGHTS)

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        account: str | None = None,
        company_domain: str | None = None,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        market = market or wpick(rng, MARKETS[lang])
        while True:
            first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
            num = rng.randint(10000, 99999)
            key = f"FB{self.code.upper()}{num}"
            if unique("id:" + key):
                break
        f_ascii = ascii_fold(first).lower().replace("ß", "ss")
        l_ascii = ascii_fold(last).lower().replace(" ", "").replace("ß", "ss").replace("ñ", "n")
        f_ascii = f_ascii.replace("ñ", "n")
        while True:
            if company_domain:
                email = (
                    rng.choice([f"{f_ascii}.{l_ascii}", f"{f_ascii[0]}{l_ascii}", f"{f_ascii}"])
                    + f"@{company_domain}"
                )
            else:
                email = (
                    rng.choice(
                        [
                            f"{f_ascii}.{l_ascii}",
                            f"{f_ascii}{l_ascii[:3]}{rng.randint(1, 99)}",
                            f"{l_ascii}.{f_ascii[0]}",
                            f"{f_ascii}_{rng.randint(70, 99)}",
                        ]
                    )
                    + "@"
                    + rng.choice(DOMAINS[lang])
                )
            if unique("email:" + email):
                break
        cc, prefixes, rest = PHONE[market]
        while True:
            phone = cc + rng.choice(prefixes) + "".join(str(rng.randint(0, 9)) for _ in range(rest))
            if unique("phone:" + phone):
                break
        handle: str | None = None
        if account is None:
            while True:
                handle = rng.choice(
                    [
                        f"@{l_ascii}_{f_ascii}{rng.randint(1, 9)}",
                        f"@{f_ascii}{l_ascii}{rng.randint(10, 99)}",
                        f"@{f_ascii[0]}{l_ascii}",
                        f"@{f_ascii}_{l_ascii}",
                        f"@{f_ascii}.makes",
                    ]
                )
                if unique("handle:" + handle):
                    break
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": rng.choice(JOBS),
            "town": rng.choice(TOWNS[market]),
        }
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
            rng.choice(W.AGENTS[lang]),
        )
        self.custs[key] = c
        return c

    # ------------------------------------------------------------ time
    def at(self, day: float, hour: float = 0.0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, seconds=self.rng.randint(0, 59))

    def between(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(
            days=day, minutes=self.rng.uniform(h0 * 60, h1 * 60), seconds=self.rng.randint(0, 59)
        )

    def later(self, t: datetime, m0: float, m1: float) -> datetime:
        return t + timedelta(minutes=self.rng.uniform(m0, m1), seconds=self.rng.randint(0, 59))

    def out_of_night(self, t: datetime) -> datetime:
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        elif t.hour < 7:
            base = t.replace(hour=8, minute=0, second=0)
        else:
            return t
        return base + timedelta(minutes=self.rng.uniform(0, 60), seconds=self.rng.randint(0, 59))

    def office(self, t: datetime) -> datetime:
        moved = False
        while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
            moved = True
            if t.hour >= 17 or t.weekday() >= 5:
                t = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
            else:
                t = t.replace(hour=8, minute=0, second=0)
        if moved:
            t = t + timedelta(minutes=self.rng.uniform(0, 75), seconds=self.rng.randint(0, 59))
        return t

    # ------------------------------------------------------------ touchpoints
    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = ascii_fold(text)
        if (
            r.random() < 0.125
            and text[:1].isupper()
            and not text.startswith("@")
            and text[1:2].islower()
        ):
            text = text[0].lower() + text[1:]
        if r.random() < 0.14:
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
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        assert datetime(2026, 1, 1, tzinfo=UTC) <= t < LIMIT, (self.name, t)
        self.counter += 1
        eid = f"h59-{self.code}-{self.counter:05d}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        if out:
            a["agent"] = c.agent
        if (
            text is not None
            and not out
            and rough
            and channel not in ("phone", "survey")
            and c.account is None
        ):
            text = self.roughen(text)
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
            "source": W.CHANNEL_SOURCE[channel],
            "attributes": a,
            "_c": c.key,
            "_t": t,
        }
        self.rows.append(row)
        return eid

    # ------------------------------------------------------------ shared acts
    def money(self, c: Cust, eur: float, spoken: bool = False) -> str:
        if c.market == "UK":
            v = round(eur * 0.86)
            return f"{v} pounds" if spoken else f"£{v}"
        if c.market == "CH":
            v = round(eur * 0.94)
            return (
                f"{v} Franken"
                if spoken and c.lang == "de"
                else (
                    f"{v} franchi"
                    if spoken and c.lang == "it"
                    else (f"{v} francs" if spoken else f"CHF {v}")
                )
            )
        if spoken:
            return (
                f"{round(eur)} euro"
                if c.lang == "it"
                else (f"{round(eur)} euros" if c.lang != "de" else f"{round(eur)} Euro")
            )
        s = f"{eur:.2f}"
        return f"€{s}" if c.market == "IE" else s.replace(".", ",") + " €"

    def order_no(self) -> str:
        while True:
            o = f"F26-{self.rng.randint(10000, 99999)}"
            if unique("order:" + o):
                return o

    def ticket(self) -> str:
        while True:
            o = f"#{self.rng.randint(400000, 799999)}"
            if unique("ticket:" + o):
                return o

    def fmt(self, c: Cust, s: str, **kw: str) -> str:
        base = {
            "name": c.first,
            "agent": c.agent,
            "comp": "",
            "order": "",
            "case": "",
            "amount": "",
            "day": "",
        }
        base.update(kw)
        return s.format(**base)

    def social(self, text: str) -> str:
        if "Fabrilo" in text:
            i = text.rfind("Fabrilo")
            return text[:i] + "@" + text[i:]
        return "@Fabrilo " + text

    def purchase(self, c: Cust, t: datetime) -> str:
        label, eur, page = self.rng.choice(B.PRO_PRODUCTS if c.account else W.PRODUCTS)
        cur, val = (
            ("GBP", eur * 0.86)
            if c.market == "UK"
            else (("CHF", eur * 0.94) if c.market == "CH" else ("EUR", eur))
        )
        self.add(c, t, "web", "page_view", attrs={"page": page})
        return self.add(
            c,
            self.later(t, 3, 15),
            "web",
            "purchase",
            attrs={"order_value": f"{val:.2f}", "currency": cur, "product": label, "page": page},
        )

    def survey_happy(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        lang = lang or c.lang
        kind = self.rng.choice(["nps", "csat", "ces"])
        score = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[kind]
        word = self.rng.choice(W.SURVEY_WORDS[lang])
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            text=word or None,
            scores={kind: score},
            attrs={"survey": kind},
        )

    def chat_qa(
        self,
        c: Cust,
        t: datetime,
        table: dict[str, tuple[tuple[str, str, str], ...]],
        lang: str | None = None,
    ) -> str:
        lang = lang or c.lang
        q, a, thanks = self.rng.choice(table[lang])
        eid = self.add(c, t, "chat", "chat", text=q)
        t2 = self.later(t, 1, 6)
        self.add(c, t2, "chat", "chat", text=self.fmt(c, a), out=True)
        if self.rng.random() < 0.7:
            self.add(c, self.later(t2, 0.5, 3), "chat", "chat", text=thanks)
        return eid

    def happy_act(
        self, c: Cust, t: datetime, lang: str | None = None, kinds: tuple[str, ...] | None = None
    ) -> str:
        lang = lang or c.lang
        rng = self.rng
        kinds = kinds or (
            "praise",
            "praise",
            "again",
            "gripe",
            "chat",
            "email",
            "phone",
            "buy",
            "buy",
            "view",
            "review",
        )
        k = rng.choice(kinds)
        if k in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.AGAIN_PRAISE, "gripe": W.SMALL_GRIPE}[k]
            text = rng.choice(table[lang])
            if c.handle and rng.random() < 0.45:
                return self.add(c, t, "social", "mention", text=self.social(text))
            return self.add(c, t, "community", "post", text=text)
        if k == "chat":
            return self.chat_qa(c, t, W.CHAT_QA, lang)
        if k == "email":
            subj, q, a = rng.choice(W.EMAIL_QA[lang])
            o = self.order_no()
            eid = self.add(c, t, "email", "message", text=self.fmt(c, q, order=o), subject=subj)
            self.add(
                c,
                self.out_of_night(self.later(t, 20, 120)),
                "email",
                "message",
                text=self.fmt(c, a, order=o),
                subject="Re: " + subj,
                out=True,
            )
            return eid
        if k == "phone":
            q, subj, a = rng.choice(W.PHONE_QA[lang])
            eid = self.add(c, t, "phone", "call", text=q)
            self.add(
                c,
                self.later(t, 8, 30),
                "email",
                "message",
                text=self.fmt(c, a),
                subject=subj,
                out=True,
            )
            return eid
        if k == "buy":
            return self.purchase(c, t)
        if k == "view":
            return self.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        rating, text = rng.choice(W.REVIEW[lang])
        return self.add(
            c, t, "web", "review", text=text, attrs={"rating": str(rating), "page": "/reviews"}
        )

    def acts_on_days(
        self,
        c: Cust,
        days: list[int],
        h0: float,
        h1: float,
        n: int,
        lang_cycle: list[str] | None = None,
        kinds: tuple[str, ...] | None = None,
    ) -> list[str]:
        chosen = sorted(self.rng.sample(days, min(n, len(days))))
        out = []
        for i, d in enumerate(chosen):
            lang = lang_cycle[i % len(lang_cycle)] if lang_cycle else None
            out.append(self.happy_act(c, self.between(d, h0, h1), lang, kinds))
        return out

    # ------------------------------------------------------------ problems
    def complaint_text(
        self, c: Cust, problem: str, channel: str, order: str, eur: float, lang: str | None = None
    ) -> tuple[str, str | None]:
        lang = lang or c.lang
        rng = self.rng
        variants = W.CORE[problem][lang]
        line = rng.choice(variants) if channel == "chat" else variants[0]
        core = self.fmt(c, line, order=order, amount=self.money(c, eur))
        subj = W.COMPLAINT_SUBJECT[lang].format(order=order)
        if channel == "email":
            return (
                f"{rng.choice(W.OPEN[lang])}\n\n{core} {rng.choice(W.CLOSE[lang])}\n\n{c.first}",
                subj,
            )
        if channel == "long_email":
            return self.fmt(c, rng.choice(W.LONG_EMAIL[lang]), core=core), subj
        if channel == "phone":
            spoken_core = self.fmt(
                c, W.CORE[problem][lang][0], order=order, amount=self.money(c, eur, spoken=True)
            )
            return W.spoken(f"{W.OPEN[lang][0]} {spoken_core} {W.CLOSE[lang][0]}"), None
        if channel == "social":
            return self.social(f"{core} {rng.choice(W.SOCIAL_TAIL[lang])}"), None
        if channel == "web":
            return f"{core} {rng.choice(W.CLOSE[lang])}", subj
        return core, None  # chat

    def raise_problem(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        order: str,
        eur: float,
        lang: str | None = None,
    ) -> str:
        text, subj = self.complaint_text(c, problem, channel, order, eur, lang)
        if channel in ("email", "long_email"):
            return self.add(c, t, "email", "message", text=text, subject=subj)
        if channel == "phone":
            return self.add(c, t, "phone", "call", text=text)
        if channel == "social":
            return self.add(c, t, "social", "mention", text=text)
        if channel == "web":
            return self.add(
                c, t, "web", "ticket", text=text, subject=subj, attrs={"page": "/help/contact"}
            )
        return self.add(c, t, "chat", "chat", text=text)

    def ack(
        self, c: Cust, t: datetime, channel: str, case: str, order: str, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        if channel == "chat":
            return self.add(
                c,
                self.later(t, 1, 4),
                "chat",
                "chat",
                text=self.fmt(c, W.CHAT_CASE[lang], case=case, order=order),
                out=True,
            )
        subj, body = W.AGENT_CASE_OPENED[lang]
        return self.add(
            c,
            self.out_of_night(self.later(t, 10, 40)),
            "email",
            "message",
            text=self.fmt(c, body, case=case, order=order),
            subject=self.fmt(c, subj, case=case),
            out=True,
        )

    def fixed_email(
        self, c: Cust, t: datetime, case: str, order: str, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        subj, body = W.AGENT_FIXED[lang]
        return self.add(
            c,
            t,
            "email",
            "message",
            text=self.fmt(c, body, case=case, order=order),
            subject=self.fmt(c, subj, case=case),
            out=True,
        )

    def confirm(self, c: Cust, t: datetime, case: str, lang: str | None = None) -> tuple[str, str]:
        lang = lang or c.lang
        text = self.fmt(c, self.rng.choice(W.CONFIRM[lang]), case=case)
        if self.rng.random() < 0.5:
            return self.add(c, t, "email", "message", text=text, subject=f"Re: {case}"), "email"
        return self.add(c, t, "chat", "chat", text=text), "chat"

    # ------------------------------------------------------------ output
    def finish(self, expected: dict[str, int]) -> None:
        got: dict[str, int] = {}
        for c in self.custs.values():
            exp, tol = c.truth["expected_rules"], c.truth["tolerated_rules"]
            assert not set(exp) & set(tol), (self.name, c.key)
            for r in exp:
                got[r] = got.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                got[r] = got.get(r, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        assert got == expected, (self.name, got, expected)
        self.rows.sort(key=lambda r: (r["_t"], r["event_id"]))
        seen: set[str] = set()
        for r in self.rows:
            c = self.custs[r["_c"]]
            full = r["direction"] == "outbound" or (
                c.key not in seen and r["direction"] == "inbound"
            )
            if r["direction"] == "inbound":
                seen.add(c.key)
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif r["channel"] == "phone":
                ref["phone"] = (
                    c.phone
                    if self.rough.random() < 0.5
                    else c.phone[: len(PHONE[c.market][0])]
                    + " "
                    + c.phone[len(PHONE[c.market][0]) :]
                )
            elif r["channel"] in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif r["channel"] == "email":
                ref["email"] = c.email.upper() if self.rough.random() < 0.08 else c.email
            else:
                ref["customer_id"] = c.key
            r["customer"] = ref
        assert seen == set(self.custs), (self.name, set(self.custs) - seen)
        last = max(r["_t"] for r in self.rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < LIMIT
        lines = []
        for r in self.rows:
            out = {k: v for k, v in r.items() if not k.startswith("_")}
            lines.append(json.dumps(out, ensure_ascii=False))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Fabrilo: on-demand 3D printing by upload (consumers, Fabrilo Maker plan) and Fabrilo Pro (firms on account)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-03, blind, by hand (heldout59)",
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
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ============================================================ families


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "hw",
        d0(2026, 2, 2),
        10,
        1,
        "happy customers writing by day, by night, or only answering surveys",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.acts_on_days(c, list(range(10)), 7, 19, f.rng.randint(5, 8))
    for _ in range(5):
        c = f.person("happy", "night writer")
        nights = sorted(f.rng.sample(range(9), f.rng.randint(2, 4)))
        for d in nights:
            t = f.between(d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                text = f.rng.choice(W.NIGHT_POSTS[c.lang])
                if c.handle and f.rng.random() < 0.4:
                    f.add(c, t, "social", "post", text=f.social(text))
                else:
                    f.add(c, t, "community", "post", text=text)
            else:
                f.chat_qa(c, t, W.NIGHT_CHAT)
        f.acts_on_days(
            c,
            list(range(10)),
            9,
            18,
            f.rng.randint(2, 3),
            kinds=("praise", "buy", "view", "review"),
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.survey_happy(c, f.between(d, 8, 20))
    f.finish({})
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "bd",
        d0(2026, 3, 9),
        12,
        2,
        "happy customers with one angry moment, some giving a low score",
    )
    rng = f.rng
    channels = (
        ["long_email"] * 4
        + ["email"] * 4
        + ["chat"] * 4
        + ["social"] * 4
        + ["web"] * 4
        + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    long_langs = ["it", "it", "es", "es"]
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    detractors = set(rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in detractors]
    csats = set(rng.sample(rest, 5))
    fixed = set(rng.sample(with_case, 12))
    apologise = set(rng.sample(sorted(fixed), 5))
    for i, ch in enumerate(channels):
        lang = long_langs.pop() if ch == "long_email" else None
        persona = "bad_day_detractor" if i in detractors else "happy_one_bad_day"
        c = f.person(persona, "one bad day", lang)
        bad_day = rng.randint(2, 9)
        t = f.between(bad_day, 8, 20)
        problem = problems[i]
        order = f.order_no()
        eur = rng.choice(W.PRODUCTS)[1]
        eid = f.raise_problem(c, t, problem, ch, order, eur)
        ok_days = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        f.acts_on_days(
            c,
            ok_days,
            8,
            19,
            rng.randint(1, 5),
            kinds=("praise", "again", "chat", "buy", "view", "review", "gripe"),
        )
        tr = c.truth
        tr.update(
            problem=problem,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            channel="email" if ch == "long_email" else ch,
            long_email=ch == "long_email",
            ticket=None,
            agent_fixed=False,
            apologised=False,
            nps_given=False,
            csat_given=False,
            trouble_starts_at=iso(t),
            order=order,
        )
        tr["tolerated_rules"] = ["silence"]
        if ch == "social":
            continue
        case = f.ticket()
        tr["ticket"] = case
        f.ack(c, t, "chat" if ch == "chat" else "email", case, order)
        if i in detractors:
            nps = rng.randint(1, 5)
            sid = f.add(
                c,
                f.later(t, 100, 140),
                "survey",
                "survey_response",
                text=rng.choice(W.LOW_NPS_WORDS[c.lang]) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            tr.update(nps_given=True, nps=nps, survey_event_id=sid)
            tr["expected_rules"] = ["detractor"]
        elif i in csats:
            cs = rng.randint(1, 2)
            sid = f.add(
                c,
                f.later(t, 40, 80),
                "survey",
                "survey_response",
                text=rng.choice(W.LOW_CSAT_WORDS[c.lang]) or None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            tr.update(csat_given=True, csat=cs, survey_event_id=sid)
        if i in fixed:
            f.fixed_email(c, f.out_of_night(f.later(t, 60, 240)), case, order)
            tr["agent_fixed"] = True
            if i in apologise:
                ta = f.out_of_night(f.later(t, 16 * 60, 24 * 60))
                text = rng.choice(W.APOLOGY[c.lang])
                aid = (
                    f.add(c, ta, "chat", "chat", text=text)
                    if rng.random() < 0.5
                    else f.add(c, ta, "email", "message", text=text, subject=f"Re: {case}")
                )
                tr.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
    for _ in range(8):
        c = f.person("happy", "control")
        f.acts_on_days(c, list(range(12)), 8, 20, rng.randint(4, 7))
    f.finish({"detractor": 6})
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: int,
    n_contacts: int,
    first_channel: str,
    escalate: bool,
    langs: list[str] | None = None,
) -> None:
    rng = f.rng
    problem = rng.choice(W.PROBLEMS)
    order = f.order_no()
    eur = rng.choice(W.PRODUCTS)[1]
    case = f.ticket()
    lang0 = langs[0] if langs else c.lang
    t = f.between(first_day, 8, 19)
    ids = [f.raise_problem(c, t, problem, first_channel, order, eur, lang0)]
    f.ack(c, t, "chat" if first_channel == "chat" else "email", case, order, lang0)
    if escalate:
        subj, body = W.AGENT_ESCALATED[lang0]
        f.add(
            c,
            f.out_of_night(f.later(t, 90, 150)),
            "email",
            "message",
            text=f.fmt(c, body, case=case),
            subject=f.fmt(c, subj, case=case),
            out=True,
        )
    later_channels = [
        ch for ch in ("email", "chat", "phone", "web", "social") if ch != first_channel
    ]
    rng.shuffle(later_channels)
    comp = rng.choice(W.COMPETITORS)
    prev = t
    channels = [first_channel]
    for k in range(2, n_contacts + 1):
        lang = langs[(k - 1) % len(langs)] if langs else c.lang
        tk = f.out_of_night(f.later(prev, 4 * 60, 40 * 60))
        ch = later_channels[k - 2]
        day = W.WEEKDAYS[lang][prev.weekday()]
        table = W.REPEAT_2 if k == 2 else (W.REPEAT_3 if k == 3 else W.REPEAT_4)
        text = f.fmt(c, rng.choice(table[lang]), case=case, order=order, comp=comp, day=day)
        if ch == "phone":
            ids.append(f.add(c, tk, "phone", "call", text=W.spoken(text)))
        elif ch == "social":
            ids.append(f.add(c, tk, "social", "mention", text=f.social(text)))
        elif ch == "web":
            ids.append(
                f.add(
                    c,
                    tk,
                    "web",
                    "ticket",
                    text=text,
                    subject=f"Ticket {case}",
                    attrs={"page": "/help/contact"},
                )
            )
        elif ch == "email":
            ids.append(f.add(c, tk, "email", "message", text=text, subject=f"Re: ticket {case}"))
        else:
            ids.append(f.add(c, tk, "chat", "chat", text=text))
            f.add(
                c,
                f.later(tk, 1, 5),
                "chat",
                "chat",
                text=f.fmt(c, W.CHAT_URGENT[lang], case=case),
                out=True,
            )
        channels.append(ch)
        prev = tk
    c.truth.update(
        problem=problem,
        ticket=case,
        order=order,
        contacts=n_contacts,
        channels=channels,
        channel=first_channel,
        agent_passed_on=escalate,
        problem_event_ids=ids,
        trouble_starts_at=iso(t),
        competitor=comp if n_contacts >= 3 else None,
    )
    c.truth["expected_rules"] = ["repeat_contact"]
    c.truth["tolerated_rules"] = list(TOL_REPEAT)


def fixed_case(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    lang: str | None = None,
    confirm_lang: str | None = None,
    not_problem: str | None = None,
) -> dict[str, Any]:
    rng = f.rng
    problem = rng.choice([p for p in W.PROBLEMS if p != not_problem])
    order = f.order_no()
    case = f.ticket()
    eid = f.raise_problem(c, t, problem, channel, order, rng.choice(W.PRODUCTS)[1], lang)
    f.ack(c, t, "chat" if channel == "chat" else "email", case, order, lang)
    tf = f.out_of_night(f.later(t, 3 * 60, 20 * 60))
    f.fixed_email(c, tf, case, order, confirm_lang or lang)
    tc = f.out_of_night(f.later(tf, 8 * 60, 30 * 60))
    cid, cch = f.confirm(c, tc, case, confirm_lang or lang)
    return {
        "problem": problem,
        "ticket": case,
        "order": order,
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
        "rc",
        d0(2026, 4, 20),
        10,
        3,
        "open problems raised again and again, next to fixed cases and frequent happy writers",
    )
    rng = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(firsts)
    rng.shuffle(counts)
    esc = set(rng.sample(range(12), 6))
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        for _ in range(rng.randint(1, 3)):
            f.happy_act(c, f.between(0, 7, 12), kinds=("praise", "buy", "view", "chat"))
        repeat_run(f, c, rng.randint(1, 4), counts[i], firsts[i], i in esc)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        if rng.random() < 0.5:
            f.happy_act(c, f.between(0, 8, 18))
        case = fixed_case(
            f, c, f.between(rng.randint(1, 5), 8, 19), rng.choice(["web", "email", "chat"])
        )
        c.truth.update(problems=[case], trouble_starts_at=case["raised_at"])
        c.truth["tolerated_rules"] = ["silence"]
    for _ in range(3):
        c = f.person("different_problems", "two problems")
        d1 = rng.randint(0, 2)
        a = fixed_case(f, c, f.between(d1, 8, 18), rng.choice(["web", "email"]))
        b = fixed_case(
            f,
            c,
            f.between(d1 + rng.randint(4, 5), 8, 18),
            rng.choice(["chat", "email"]),
            not_problem=a["problem"],
        )
        c.truth.update(problems=[a, b], trouble_starts_at=a["raised_at"])
        c.truth["tolerated_rules"] = ["silence"]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.acts_on_days(
            c,
            list(range(10)),
            8,
            20,
            rng.randint(5, 8),
            kinds=("chat", "chat", "email", "email", "phone", "praise", "buy"),
        )
    f.finish({"repeat_contact": 12})
    return f


def slide(
    f: Fam, c: Cust, start_day: int, span: int, langs: list[str] | None = None, nps: bool = False
) -> None:
    rng = f.rng
    comp = rng.choice(W.COMPETITORS)
    ratings = [3, 3, 2, 2, 1, 1]
    offsets = sorted(rng.uniform(0, span) for _ in range(4))
    days = [0.0, *offsets, float(span)]
    ids = []
    prev: datetime | None = None
    fourth: datetime | None = None
    for step in range(6):
        lang = langs[step % len(langs)] if langs else c.lang
        t = f.out_of_night(
            f.start + timedelta(days=start_day + days[step], hours=rng.uniform(8, 20))
        )
        if prev is not None and t < prev + timedelta(hours=1):
            t = f.out_of_night(prev + timedelta(hours=rng.uniform(1, 3)))
        text = f.fmt(c, W.SLIDE[lang][step], comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "social" and c.handle:
            ids.append(f.add(c, t, "social", "mention", text=f.social(text)))
        elif ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text=text,
                    attrs={"rating": str(ratings[step]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, "community", "post", text=text))
        prev = t
        if step == 3:
            fourth = t
    c.truth.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=iso(min(r["_t"] for r in f.rows if r["event_id"] in ids)),
    )
    c.truth["expected_rules"] = ["sentiment_drop"]
    c.truth["tolerated_rules"] = list(TOL_SLIDE)
    if nps and fourth is not None:
        score = rng.randint(1, 5)
        sid = f.add(
            c,
            f.out_of_night(f.later(fourth, 150, 210)),
            "survey",
            "survey_response",
            text=rng.choice(W.LOW_NPS_WORDS[c.lang]) or None,
            scores={"nps": score},
            attrs={"survey": "nps"},
        )
        c.truth.update(nps_given=True, nps=score, survey_event_id=sid)
        c.truth["expected_rules"] = ["detractor", "sentiment_drop"]


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "sc",
        d0(2026, 6, 1),
        32,
        4,
        "customers sliding from happy to gone, leavers, steady, grumpy and sarcastic ones",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    npsers = set(rng.sample(range(10), 5))
    for i in range(10):
        c = f.person("slow_churner", "slides")
        for d in sorted(rng.sample(range(11), rng.randint(4, 5))):
            f.happy_act(c, f.between(d, 8, 20), kinds=("praise", "again"))
        for d in rng.sample(range(11), rng.randint(2, 4)):
            f.happy_act(c, f.between(d, 8, 20), kinds=("buy", "chat", "view"))
        slide(f, c, rng.randint(12, 16), spans[i], nps=i in npsers)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        f.acts_on_days(c, list(range(16)), 8, 20, rng.randint(4, 6))
        subj, bodies = W.LEAVE[c.lang]
        t = f.between(rng.randint(17, 23), 8, 20)
        eid = f.add(c, t, "email", "message", text=f.fmt(c, rng.choice(bodies)), subject=subj)
        asubj, abody = W.AGENT_LEAVE[c.lang]
        ta = f.out_of_night(f.later(t, 60, 300))
        f.add(c, ta, "email", "message", text=f.fmt(c, abody), subject=asubj, out=True)
        tc = f.out_of_night(f.later(t, 20 * 60, 30 * 60))
        cid = f.add(
            c, tc, "web", "cancellation", attrs={"page": "/account/plan/cancel", "product": W.PLAN}
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
        c.truth["expected_rules"] = ["churn_intent"]
        c.truth["tolerated_rules"] = list(TOL_LEAVE)
    for _ in range(6):
        c = f.person("happy", "steady")
        f.acts_on_days(c, list(range(32)), 8, 20, rng.randint(6, 10))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        gd = rng.uniform(0, 4)
        ids = []
        lines = list(W.GRUMPY[c.lang])
        rng.shuffle(lines)
        for k in range(rng.randint(5, 7)):
            t = f.out_of_night(f.start + timedelta(days=gd, hours=rng.uniform(8, 21)))
            text = lines[k % len(lines)]
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "social" and c.handle:
                ids.append(f.add(c, t, "social", "mention", text=f.social(text)))
            elif ch == "web":
                ids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "ticket",
                        text=text,
                        subject=None,
                        attrs={"page": "/help/contact"},
                    )
                )
            elif ch == "review":
                ids.append(
                    f.add(
                        c, t, "web", "review", text=text, attrs={"rating": "3", "page": "/reviews"}
                    )
                )
            else:
                ids.append(f.add(c, t, "community", "post", text=text))
            gd += rng.uniform(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.purchase(c, f.between(rng.randint(0, 25), 9, 19))
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=iso(min(r["_t"] for r in f.rows if r["event_id"] in ids)),
        )
        c.truth["tolerated_rules"] = ["repeat_contact", "silence"]
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        f.acts_on_days(c, list(range(16)), 8, 20, rng.randint(3, 6))
        t = f.between(rng.randint(17, 28), 9, 21)
        text = rng.choice(W.SARCASM[c.lang])
        sid = (
            f.add(c, t, "social", "mention", text=f.social(text))
            if c.handle and rng.random() < 0.6
            else f.add(c, t, "community", "post", text=text)
        )
        c.truth.update(sarcasm_event_id=sid)
        c.truth["tolerated_rules"] = ["silence"]
    f.finish({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "qh",
        d0(2026, 7, 10),
        3,
        5,
        "a calm summer weekend with night owls in bursts, no spike",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(3), rng.randint(1, 3))):
            f.happy_act(c, f.between(d, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once")
        d = rng.randint(0, 2)
        t0 = f.between(d, 9, 16)
        if rng.random() < 0.5:
            f.purchase(c, t0)
        else:
            f.add(c, t0, "web", "page_view", attrs={"page": "/upload"})
        t = f.later(t0, 20, 30)
        q, a = rng.choice(W.GRUMBLE_ONCE[c.lang])
        if i < 2:
            gid = f.add(c, t, "chat", "chat", text=q)
            f.add(c, f.later(t, 1, 5), "chat", "chat", text=f.fmt(c, a), out=True)
        else:
            gid = f.add(c, t, "web", "ticket", text=q, attrs={"page": "/help/contact"})
            f.add(
                c,
                f.later(t, 30, 120),
                "email",
                "message",
                text=f.fmt(c, a),
                subject="Re: " + q[:40],
                out=True,
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
        c.truth["tolerated_rules"] = ["silence"]
    owl = 0
    for night in range(1, 4):
        b0 = f.start + timedelta(days=night, minutes=rng.uniform(40, 65))
        starts = [
            b0,
            b0 + timedelta(minutes=rng.uniform(28, 33)),
            b0 + timedelta(minutes=rng.uniform(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                owl += 1
                c = f.person("night_owl", f"night {night}, burst {b + 1}")
                t = bs + timedelta(minutes=rng.uniform(0, 10), seconds=rng.randint(0, 59))
                if rng.random() < 0.5:
                    nid = f.chat_qa(c, t, W.NIGHT_CHAT)
                else:
                    text = rng.choice(W.NIGHT_POSTS[c.lang])
                    nid = (
                        f.add(c, t, "social", "post", text=f.social(text))
                        if c.handle and rng.random() < 0.4
                        else f.add(c, t, "community", "post", text=text)
                    )
                if owl % 2 == 0:
                    f.happy_act(
                        c, f.between(rng.randint(0, 2), 9, 17.5), kinds=("praise", "buy", "view")
                    )
                c.truth.update(burst_at=iso(bs), night_event_id=nid)
    f.finish({})
    return f


PAIRS = [
    ("it", "es"),
    ("es", "it"),
    ("it", "es"),
    ("es", "it"),
    ("it", "de"),
    ("de", "it"),
    ("es", "en"),
    ("en", "es"),
    ("it", "fr"),
    ("fr", "it"),
    ("es", "pt"),
    ("pt", "es"),
    ("de", "fr"),
    ("fr", "de"),
    ("it", "en"),
    ("es", "de"),
    ("de", "es"),
    ("en", "it"),
    ("it", "es"),
    ("es", "it"),
    ("it", "de"),
    ("es", "en"),
    ("it", "fr"),
    ("es", "pt"),
    ("es", "it"),
    ("it", "es"),
    ("es", "de"),
]
PAIR_MARKETS = {
    ("it", "es"): ("IT", "ES"),
    ("es", "it"): ("ES", "IT"),
    ("it", "de"): ("IT", "CH"),
    ("de", "it"): ("CH", "IT"),
    ("es", "en"): ("ES", "UK"),
    ("en", "es"): ("ES", "UK"),
    ("it", "fr"): ("IT", "CH"),
    ("fr", "it"): ("CH", "FR"),
    ("es", "pt"): ("ES", "PT"),
    ("pt", "es"): ("PT", "ES"),
    ("de", "fr"): ("CH", "LU"),
    ("fr", "de"): ("LU", "CH"),
    ("it", "en"): ("IE", "IT"),
    ("es", "de"): ("DE", "ES"),
    ("de", "es"): ("ES", "DE"),
    ("en", "it"): ("IT", "UK"),
}


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "bl",
        d0(2026, 9, 7),
        14,
        6,
        "customers writing in two languages: happy, repeating, sliding, one bad day, fixed",
    )
    rng = f.rng
    pairs = list(PAIRS)
    rng.shuffle(pairs)

    def mk(persona: str, habit: str, pair: tuple[str, str]) -> Cust:
        c = f.person(persona, habit, pair[0], rng.choice(PAIR_MARKETS[pair]))
        job = W.SECOND_LANGUAGE_JOB.get(pair) or W.SECOND_LANGUAGE_JOB.get(
            (pair[1], pair[0]), "family abroad"
        )
        c.truth.update(languages=list(pair), job_second_language=job)
        return c

    for _ in range(12):
        pair = pairs.pop()
        c = mk("happy", "alternates languages", pair)
        f.acts_on_days(c, list(range(14)), 8, 20, rng.randint(5, 8), lang_cycle=list(pair))
    counts = [2, 2, 3, 3, 4]
    for n in counts:
        pair = pairs.pop()
        c = mk("repeat_contact", "repeats", pair)
        for k in range(rng.randint(1, 3)):
            f.happy_act(
                c, f.between(rng.randint(0, 1), 8, 18), pair[k % 2], kinds=("praise", "buy", "chat")
            )
        repeat_run(
            f,
            c,
            rng.randint(2, 5),
            n,
            rng.choice(["web", "email", "chat"]),
            n >= 3,
            langs=list(pair),
        )
    for _ in range(5):
        pair = pairs.pop()
        c = mk("slow_churner", "slides", pair)
        for k, d in enumerate(sorted(rng.sample(range(6), 5))):
            f.happy_act(c, f.between(d, 8, 20), pair[k % 2], kinds=("praise", "again"))
        for d in rng.sample(range(6), rng.randint(1, 3)):
            f.happy_act(
                c, f.between(d, 8, 20), pair[rng.randint(0, 1)], kinds=("buy", "view", "chat")
            )
        slide(f, c, rng.randint(7, 8), rng.randint(3, 5), langs=list(pair))
    bad = [("long_email", ("de", "it")), ("email", None), ("chat", None)]
    for ch, forced in bad:
        pair = forced or pairs.pop()
        c = mk("happy_one_bad_day", "one bad day", pair)
        second = pair[1]
        d = rng.randint(4, 9)
        t = f.between(d, 8, 20)
        order = f.order_no()
        problem = rng.choice(W.PROBLEMS)
        eid = f.raise_problem(c, t, problem, ch, order, rng.choice(W.PRODUCTS)[1], second)
        case = f.ticket()
        f.ack(c, t, "chat" if ch == "chat" else "email", case, order, second)
        ok = [x for x in range(14) if x <= d - 2 or x >= d + 3]
        f.acts_on_days(c, ok, 8, 19, rng.randint(3, 5), lang_cycle=list(pair))
        c.truth.update(
            problem=problem,
            ticket=case,
            order=order,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=second,
            long_email=ch == "long_email",
            channel="email" if ch != "chat" else "chat",
            trouble_starts_at=iso(t),
            agent_fixed=ch != "chat",
            apologised=ch == "email",
        )
        if ch != "chat":
            f.fixed_email(c, f.out_of_night(f.later(t, 60, 240)), case, order, second)
        if ch == "email":
            ta = f.out_of_night(f.later(t, 18 * 60, 24 * 60))
            aid = f.add(c, ta, "chat", "chat", text=rng.choice(W.APOLOGY[second]))
            c.truth.update(apology_at=iso(ta), apology_event_id=aid)
        c.truth["tolerated_rules"] = ["silence"]
    for _ in range(2):
        pair = pairs.pop()
        c = mk("resolved_between_contacts", "fixed", pair)
        f.happy_act(c, f.between(rng.randint(0, 2), 8, 18), pair[0])
        fx = fixed_case(f, c, f.between(rng.randint(3, 8), 8, 18), "web", pair[0], pair[1])
        c.truth.update(problems=[fx], trouble_starts_at=fx["raised_at"], confirm_language=pair[1])
        c.truth["tolerated_rules"] = ["silence"]
    f.finish({"repeat_contact": 5, "sentiment_drop": 5})
    return f


ACCOUNT_PLAN: list[tuple[str, str, str, int, int, str | None]] = [
    # (kind, lang, market, contacts, unhappy, problem)
    ("at_risk", "it", "IT", 5, 3, "invoice"),
    ("at_risk", "es", "ES", 4, 3, "credit_hold"),
    ("at_risk", "it", "IT", 6, 4, "overbilled"),
    ("at_risk", "de", "DE", 5, 3, "workspace"),
    ("at_risk", "es", "ES", 5, 4, "invoice"),
    ("one_unhappy", "es", "ES", 3, 1, "workspace"),
    ("one_unhappy", "it", "CH", 3, 1, "credit_hold"),
    ("one_unhappy", "fr", "FR", 3, 1, "overbilled"),
    ("one_unhappy", "pt", "PT", 3, 1, "invoice"),
    ("mild", "it", "IT", 3, 0, None),
    ("mild", "en", "UK", 4, 0, None),
    ("mild", "es", "ES", 4, 0, None),
    ("happy", "de", "AT", 4, 0, None),
    ("happy", "it", "IT", 3, 0, None),
    ("happy", "pt", "PT", 4, 0, None),
]


def b2b_routine(f: Fam, c: Cust, day: int) -> None:
    t = f.office(f.between(day, 8, 16.5))
    k = f.rng.choice(["chat", "buy", "view"])
    if k == "chat":
        f.chat_qa(c, t, B.ROUTINE_CHAT)
    elif k == "buy":
        f.purchase(c, t)
    else:
        f.add(c, t, "web", "page_view", attrs={"page": f.rng.choice(B.PRO_PAGES)})


def b2b_happy_acts(f: Fam, c: Cust) -> None:
    rng = f.rng
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    for d in sorted(rng.sample(weekdays, rng.randint(3, 6))):
        t = f.between(d, 8, 16.5)
        k = rng.choice(["chat", "buy", "view", "praise", "survey"])
        if k == "praise":
            f.add(c, t, "community", "post", text=rng.choice(B.PRO_PRAISE[c.lang]))
        elif k == "survey":
            f.survey_happy(c, t)
        elif k == "chat":
            f.chat_qa(c, t, B.ROUTINE_CHAT)
        elif k == "buy":
            f.purchase(c, t)
        else:
            f.add(c, t, "web", "page_view", attrs={"page": rng.choice(B.PRO_PAGES)})


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "bb",
        d0(2026, 10, 12),
        14,
        7,
        "firms printing on account: at risk, one unhappy contact, mild remarks, happy",
    )
    rng = f.rng
    used_companies: set[str] = set()
    expected = {"account_risk": 0, "detractor": 0, "repeat_contact": 0}
    for kind, lang, market, n, unhappy, problem in ACCOUNT_PLAN:
        company, site = rng.choice([x for x in B.COMPANIES[lang] if x[0] not in used_companies])
        used_companies.add(company)
        domain = ascii_fold(company).lower().replace(" ", "").replace("&", "") + ".example"
        while True:
            acc = f"PRO-{market}-{rng.randint(10000, 99999)}"
            if unique("acc:" + acc):
                break
        contacts: list[Cust] = []
        firsts_used: set[str] = set()
        for _ in range(n):
            while True:
                c = f.person("b2b_happy", "contact", lang, market, acc, domain)
                if c.first not in firsts_used:
                    break
                del f.custs[c.key]
            firsts_used.add(c.first)
            title = rng.choice(B.JOB_TITLES)
            c.truth.update(company=company, role="contact", job_title=title, job=title)
            contacts.append(c)
        unhappy_keys: list[str] = []
        account = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        f.accounts[acc] = account
        if kind == "at_risk":
            assert problem is not None
            comp = rng.choice(W.COMPETITORS)
            bad = contacts[:unhappy]
            case = f.ticket()
            t = f.office(f.between(2, 8.5, 15))
            first_t = t
            for j, c in enumerate(bad):
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(f, c, rng.randint(0, 1))
                c.truth.update(
                    persona="b2b_unhappy",
                    habit="complainer",
                    role="complainer",
                    problem=problem,
                    ticket=case,
                )
                if j == 0:
                    subj, body = B.COMPLAINT[problem][lang]
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        text=body.format(name=c.first, company=company, account=acc),
                        subject=subj,
                    )
                    asubj, abody = B.AGENT_ACK[lang]
                    f.add(
                        c,
                        f.office(f.later(t, 20, 90)),
                        "email",
                        "message",
                        text=abody.format(name=c.first, case=case, account=acc, agent=c.agent),
                        subject=asubj.format(case=case),
                        out=True,
                    )
                else:
                    t = f.office(f.later(t, 8 * 60, 28 * 60))
                    subj, body = B.FOLLOW[lang]
                    day = W.WEEKDAYS[lang][first_t.weekday()]
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        text=body.format(
                            case=case,
                            first=bad[0].first,
                            day=day,
                            short=B.SHORT[problem][lang],
                            name=c.first,
                            company=company,
                        ),
                        subject=subj.format(case=case),
                    )
                ids = [eid]
                c.truth.update(trouble_starts_at=iso(t), complaint_event_ids=ids)
                c.truth["tolerated_rules"] = list(TOL_B2B_RISK)
                unhappy_keys.append(c.key)
                if j < unhappy - 1:
                    score = rng.randint(1, 5)
                    sid = f.add(
                        c,
                        f.later(t, 60, 180),
                        "survey",
                        "survey_response",
                        scores={"nps": score},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(nps_given=True, nps=score, survey_event_id=sid)
                    c.truth["expected_rules"] = ["detractor"]
                    expected["detractor"] += 1
                else:
                    t2 = f.office(f.later(t, 18 * 60, 40 * 60))
                    if expected["account_risk"] in (0, 3):
                        lsubj, lbody = B.LAST_EMAIL[lang]
                        rid = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            text=lbody.format(case=case, comp=comp, name=c.first, company=company),
                            subject=lsubj.format(case=case),
                        )
                        c.truth["competitor"] = comp
                    else:
                        rid = f.add(
                            c, t2, "phone", "call", text=B.LAST_CALL[lang].format(case=case)
                        )
                        c.truth["competitor"] = None
                    ids.append(rid)
                    c.truth.update(repeat_event_id=rid)
                    c.truth["expected_rules"] = ["repeat_contact"]
                    expected["repeat_contact"] += 1
            account.update(expected_rules=["account_risk"], trouble_starts_at=iso(first_t))
            expected["account_risk"] += 1
            for c in contacts[unhappy:]:
                b2b_happy_acts(f, c)
        elif kind == "one_unhappy":
            assert problem is not None
            c = contacts[0]
            for _ in range(rng.randint(0, 2)):
                b2b_routine(f, c, rng.randint(0, 1))
            t = f.office(f.between(rng.randint(3, 7), 8.5, 16))
            subj, body = B.COMPLAINT[problem][lang]
            eid = f.add(
                c,
                t,
                "email",
                "message",
                text=body.format(name=c.first, company=company, account=acc),
                subject=subj,
            )
            case = f.ticket()
            asubj, abody = B.AGENT_ACK[lang]
            f.add(
                c,
                f.office(f.later(t, 20, 90)),
                "email",
                "message",
                text=abody.format(name=c.first, case=case, account=acc, agent=c.agent),
                subject=asubj.format(case=case),
                out=True,
            )
            score = rng.randint(1, 5)
            sid = f.add(
                c,
                f.later(t, 60, 180),
                "survey",
                "survey_response",
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                persona="b2b_one_unhappy",
                habit="complainer",
                role="complainer",
                problem=problem,
                ticket=case,
                complaint_event_ids=[eid],
                trouble_starts_at=iso(t),
                nps_given=True,
                nps=score,
                survey_event_id=sid,
            )
            c.truth["expected_rules"] = ["detractor"]
            c.truth["tolerated_rules"] = list(TOL_B2B_ONE)
            expected["detractor"] += 1
            unhappy_keys.append(c.key)
            for o in contacts[1:]:
                b2b_happy_acts(f, o)
        elif kind == "mild":
            for j, c in enumerate(contacts):
                if j < 2:
                    for _ in range(rng.randint(0, 2)):
                        b2b_routine(f, c, rng.randint(0, 1))
                    t = f.office(f.between(rng.randint(2, 9), 8, 16))
                    mid = f.add(
                        c, t, "web", "ticket", text=B.MILD[lang][j], attrs={"page": "/pro/feedback"}
                    )
                    msubj, mbody = B.MILD_ACK[lang]
                    f.add(
                        c,
                        f.office(f.later(t, 30, 180)),
                        "email",
                        "message",
                        text=mbody.format(name=c.first, agent=c.agent),
                        subject=msubj,
                        out=True,
                    )
                    c.truth.update(
                        persona="b2b_mild",
                        habit="suggests",
                        role="suggests",
                        mild_event_id=mid,
                        trouble_starts_at=iso(t),
                    )
                    c.truth["tolerated_rules"] = ["silence"]
                else:
                    b2b_happy_acts(f, c)
        else:
            for c in contacts:
                b2b_happy_acts(f, c)
    f.finish({k: v for k, v in expected.items() if v})
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "ts", d0(2026, 11, 9), 7, 8, "a calm week with one planted incident")
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            t = f.between(d, 12, 19) if d == 5 else f.between(d, 8, 20)
            f.happy_act(c, t)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once")
        t = f.between(0, 9, 18)
        q, a = rng.choice(W.GRUMBLE_ONCE[c.lang])
        gid = f.add(c, t, "chat", "chat", text=q)
        f.add(c, f.later(t, 1, 5), "chat", "chat", text=f.fmt(c, a), out=True)
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
        c.truth["tolerated_rules"] = ["silence"]
    for lang, hour in (("it", 10.25), ("es", 16.67)):
        c = f.person("grumbles_once", "lone question", lang)
        t = f.at(2, hour)
        q, a = W.LONE_QUESTION[lang]
        lid = f.add(c, t, "chat", "chat", text=q)
        f.add(c, f.later(t, 1, 4), "chat", "chat", text=f.fmt(c, a), out=True)
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
        c.truth["tolerated_rules"] = ["silence"]
    langs = ["it"] * 6 + ["es"] * 6 + ["de", "de", "en", "en", "fr", "fr", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    s0 = d0(2026, 11, 12) + timedelta(hours=14, minutes=20)
    mins = sorted([0.0, 45.0] + [rng.uniform(0, 45) for _ in range(18)])
    regular = set(rng.sample(range(20), 12))
    reporters: list[tuple[Cust, datetime, str, str]] = []
    event_ids = []
    for i in range(20):
        c = f.person("spike_reporter", "regular" if i in regular else "new", langs[i])
        if i in regular:
            for _ in range(rng.randint(1, 2)):
                f.happy_act(c, f.between(1, 8, 17.5))
        t = s0 + timedelta(minutes=mins[i], seconds=rng.randint(0, 59) if 0 < mins[i] < 45 else 0)
        text = rng.choice(W.SPIKE_REPORT[c.lang])
        ch = chans[i]
        if ch == "social":
            eid = (
                f.add(c, t, "social", "mention", text=f.social(text))
                if c.handle
                else f.add(c, t, "community", "post", text=text)
            )
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text=text)
            f.add(
                c,
                f.later(t, 1, 4),
                "chat",
                "chat",
                text=f.fmt(c, W.SPIKE_CHAT_ANSWER[c.lang]),
                out=True,
            )
        elif ch == "community":
            eid = f.add(c, t, "community", "post", text=text)
        elif ch == "email":
            eid = f.add(c, t, "email", "message", text=text, subject=W.SPIKE_SUBJECT[c.lang])
        else:
            eid = f.add(
                c,
                t,
                "web",
                "ticket",
                text=text,
                subject=W.SPIKE_SUBJECT[c.lang],
                attrs={"page": "/upload"},
            )
        c.truth.update(
            in_spike=True,
            regular=i in regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=False,
        )
        c.truth["tolerated_rules"] = ["silence"]
        reporters.append((c, t, ch, eid))
        event_ids.append(eid)
    early = [r for r in reporters if r[1] <= s0 + timedelta(minutes=20)]
    repeaters = rng.sample(early, 6)
    again_chans = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(again_chans)
    repeat_ids = []
    for (c, t, ch, _), ach in zip(repeaters, again_chans, strict=True):
        if ach == ch:
            ach = "email" if ch != "email" else "chat"
        t2 = f.later(t, 15, 50)
        text = rng.choice(W.SPIKE_AGAIN[c.lang])
        if ach == "email":
            rid = f.add(
                c, t2, "email", "message", text=text, subject="Re: " + W.SPIKE_SUBJECT[c.lang]
            )
        elif ach == "chat":
            rid = f.add(c, t2, "chat", "chat", text=text)
        else:
            rid = f.add(c, t2, "community", "post", text=text)
        c.truth.update(persona="spike_repeater", repeat_event_id=rid)
        c.truth["expected_rules"] = ["repeat_contact"]
        c.truth["tolerated_rules"] = ["silence", "sentiment_drop"]
        repeat_ids.append(rid)
    others = [r for r in reporters if r not in repeaters]
    for c, _t, _ch, _e in rng.sample(others, 6):
        subj, body = W.SPIKE_FIXED[c.lang]
        f.add(
            c,
            d0(2026, 11, 12) + timedelta(hours=17, minutes=rng.uniform(5, 15)),
            "email",
            "message",
            text=f.fmt(c, body),
            subject=subj,
            out=True,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "3D-print upload: file analysis times out on every upload (MESHCHK_TIMEOUT), no quote can be made",
        "about": "file upload / mesh analysis outage",
        "channel": None,
        "start": iso(min(r[1] for r in reporters)),
        "end": iso(max(r[1] for r in reporters)),
        "customers": 20,
        "customer_keys": sorted(r[0].key for r in reporters),
        "event_ids": event_ids,
        "repeat_event_ids": repeat_ids,
    }
    f.finish({"topic_spike": 1, "repeat_contact": 6})
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
    for build in FAMILIES:
        f = build()
        print(f"{f.name}: {len(f.custs)} customers, {len(f.rows)} touchpoints")


if __name__ == "__main__":
    main()
