"""Generate heldout252 (Lagartix), the 252nd hand-written alert scenario set (report only).

Standard library only; a fixed seed, one random.Random per family (and one more per
family for roughening); two runs give the same bytes. Run as ``python make_heldout252.py``.
"""

# ruff: noqa: E501

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

import wording as w  # noqa: E402

SEED = 20261207
CODE = "FXR-206"
Table = dict[str, list[str]]

FIRST: dict[str, list[str]] = {
    "fr": [
        "Camille",
        "Léa",
        "Hugo",
        "Manon",
        "Théo",
        "Chloé",
        "Nathan",
        "Inès",
        "Louis",
        "Sarah",
        "Julien",
        "Élodie",
        "Maxime",
        "Pauline",
        "Antoine",
        "Margaux",
        "Bastien",
        "Océane",
        "Romain",
        "Aurélie",
    ],
    "pt": [
        "João",
        "Inês",
        "Tiago",
        "Beatriz",
        "Rui",
        "Mariana",
        "Duarte",
        "Catarina",
        "Nuno",
        "Sofia",
        "Miguel",
        "Joana",
        "Pedro",
        "Filipa",
        "Gonçalo",
        "Rita",
        "Bruno",
        "Leonor",
        "Diogo",
        "Marta",
    ],
    "en": ["Oliver", "Amelia", "Harry", "Isla", "Jack", "Freya", "Callum", "Niamh", "Ben", "Grace"],
    "de": [
        "Lukas",
        "Anna",
        "Felix",
        "Lea",
        "Jonas",
        "Marie",
        "Tobias",
        "Sophie",
        "Niklas",
        "Katrin",
    ],
    "it": [
        "Luca",
        "Giulia",
        "Marco",
        "Chiara",
        "Matteo",
        "Sara",
        "Davide",
        "Elisa",
        "Andrea",
        "Federica",
    ],
    "es": [
        "Pablo",
        "Lucía",
        "Javier",
        "Carmen",
        "Álvaro",
        "Marta",
        "Sergio",
        "Elena",
        "Diego",
        "Nuria",
    ],
}
LAST: dict[str, list[str]] = {
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Roux",
        "Fournier",
        "Mercier",
        "Blanc",
        "Chevalier",
        "Gauthier",
        "Perrin",
        "Morel",
        "Faure",
    ],
    "pt": [
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
        "Marques",
        "Almeida",
        "Ribeiro",
    ],
    "en": ["Smith", "Walsh", "Hughes", "Murphy", "Taylor", "Kelly", "Evans", "Byrne"],
    "de": ["Müller", "Schmidt", "Weber", "Becker", "Hoffmann", "Wagner", "Keller", "Huber"],
    "it": ["Rossi", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Greco"],
    "es": ["García", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Torres", "Molina"],
}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "fr": [("FR", 6), ("BE", 2), ("CH", 1), ("LU", 1)],
    "pt": [("PT", 9), ("LU", 1)],
    "en": [("UK", 3), ("IE", 2)],
    "de": [("DE", 3), ("AT", 1), ("CH", 1)],
    "it": [("IT", 4), ("CH", 1)],
    "es": [("ES", 1)],
}
PHONE: dict[str, tuple[str, list[str], int]] = {
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["47", "48"], 7),
    "CH": ("41", ["76", "78", "79"], 7),
    "LU": ("352", ["621", "691"], 6),
    "PT": ("351", ["91", "93", "96"], 7),
    "UK": ("44", ["77", "79"], 8),
    "IE": ("353", ["85", "87"], 7),
    "DE": ("49", ["151", "160", "176"], 8),
    "AT": ("43", ["664", "676"], 7),
    "IT": ("39", ["33", "34"], 8),
    "ES": ("34", ["6", "7"], 8),
}
TOWN: dict[str, list[str]] = {
    "FR": ["Nantes", "Lyon", "Lille", "Rennes"],
    "BE": ["Liège", "Namur"],
    "CH": ["Genève", "Zürich", "Lugano"],
    "LU": ["Esch-sur-Alzette"],
    "PT": ["Porto", "Braga", "Coimbra", "Setúbal"],
    "UK": ["Leeds", "Bristol"],
    "IE": ["Cork", "Galway"],
    "DE": ["Köln", "Leipzig"],
    "AT": ["Graz"],
    "IT": ["Torino", "Bologna"],
    "ES": ["Zaragoza", "Valencia"],
}
JOBS = [
    "nurse",
    "teacher",
    "bus driver",
    "accountant",
    "student",
    "electrician",
    "pharmacist",
    "chef",
    "IT support",
    "retired",
]
LANG_W = [("fr", 30), ("pt", 30), ("en", 10), ("de", 10), ("it", 10), ("es", 10)]
PROBS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]
R_SILENCE = ["silence"]
R_REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
R_SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
R_CANCEL_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
R_B2B_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
USED: set[str] = set()
AGENTS = ["Clara", "Rafael", "Mélanie", "Tomás", "Priya", "Jens", "Giada", "Irene"]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    text = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    keep = {"ß", "ñ", "Ñ"}
    return "".join(ch if ch in keep else unicodedata.normalize("NFD", ch)[0] for ch in text)


def spoken(text: str) -> str:
    words = []
    for word in text.replace("\n", " ").split():
        word = word.strip('.,:;!?"«»“„()')
        if not word:
            continue
        words.append(word if any(ch.isdigit() for ch in word) else word.lower())
    return " ".join(words)


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
    truth: dict[str, Any]
    langs: list[str] = field(default_factory=list)


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    # ---------------------------------------------------------------- helpers --
    def uniq(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_W], [y for _, y in LANG_W])[0]

    def pick(self, table: Table, lang: str, **kw: str) -> str:
        text = self.rng.choice(table[lang])
        kw.setdefault("b", w.BRAND)
        kw.setdefault("code", CODE)
        return text.format(**kw) if kw else text

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        *,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
        company_domain: str | None = None,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        if market is None:
            opts = MARKETS[lang]
            market = rng.choices([m for m, _ in opts], [k for _, k in opts])[0]
        first = rng.choice(FIRST[lang])
        last = rng.choice(LAST[lang])
        key = self.uniq(lambda: f"LGX{self.code.upper()}{rng.randint(1000, 9999)}")
        base = (
            strip_accents(f"{first}.{last}")
            .lower()
            .replace(" ", "")
            .replace("ß", "ss")
            .replace("ñ", "n")
        )
        if company_domain:
            email = self.uniq(
                lambda: (
                    f"{strip_accents(first).lower()}.{strip_accents(last).lower()[:3]}{rng.randint(1, 99)}@{company_domain}"
                )
            )
        else:
            email = self.uniq(
                lambda: (
                    f"{base}{rng.randint(1, 999)}@{rng.choice(['mailbox', 'correo', 'posteo', 'webmail', 'netmail'])}.example"
                )
            )
        cc, prefixes, rest = PHONE[market]
        phone = self.uniq(
            lambda: f"+{cc}{rng.choice(prefixes)}{rng.randint(10 ** (rest - 1), 10**rest - 1)}"
        )
        handle = (
            None
            if company_domain
            else self.uniq(
                lambda: (
                    "@"
                    + rng.choice(
                        [
                            base.replace(".", "_"),
                            base.split(".")[1] + base.split(".")[0][:3],
                            base.replace(".", ""),
                        ]
                    )
                    + str(rng.randint(1, 99))
                )
            )
        )
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": rng.choice(JOBS),
            "town": rng.choice(TOWN[market]),
        }
        if set(truth["expected_rules"]) & set(truth["tolerated_rules"]):
            raise ValueError(f"{key} expects and tolerates a rule")
        c = Cust(key, lang, market, first, email, phone, handle, account, truth, [lang])
        self.custs[key] = c
        return c

    def rough(self, text: str, lang: str) -> str:
        rr = self.rr
        if rr.random() < 0.1:
            text = strip_accents(text)
        if rr.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if rr.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, x in enumerate(words) if len(x) >= 5 and x.isalpha() and x.islower()]
            if idx:
                i = rr.choice(idx)
                x = words[i]
                j = rr.randint(1, len(x) - 3)
                words[i] = x[:j] + x[j + 1] + x[j] + x[j + 2 :]
                text = " ".join(words)
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        lang: str | None = None,
    ) -> str:
        self.seq += 1
        eid = f"h252-{self.code}-{self.seq:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.rough(text, lang or c.lang)
        if text is not None and channel == "social" and not out and kind in ("mention", "post"):
            kind = "mention"
            if w.BRAND in text:
                i = text.rfind(w.BRAND)
                text = text[:i] + "@" + text[i:]
            else:
                text = f"@{w.BRAND} {text}"
        a: dict[str, str] = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        source = {
            "email": "lagartix-mail",
            "phone": "lagartix-voice",
            "social": "lagartix-social",
            "community": "lagartix-forum",
            "chat": "lagartix-chat",
            "web": "lagartix-web",
            "survey": "lagartix-survey",
        }[channel]
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "_c": c,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": source,
                "attributes": a,
            }
        )
        return eid

    def t(self, day: float, h0: float, h1: float) -> datetime:
        hour = self.rng.uniform(h0, h1)
        return self.start + timedelta(days=int(day), hours=hour)

    @staticmethod
    def daytime(t: datetime) -> datetime:
        if t.hour >= 22:
            return (t + timedelta(days=1)).replace(hour=8, minute=t.minute, second=0)
        if t.hour < 7:
            return t.replace(hour=8, minute=t.minute, second=0)
        return t

    @staticmethod
    def office(t: datetime) -> datetime:
        if t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 50)
        elif t.hour < 8:
            t = t.replace(hour=8, minute=t.minute % 50)
        while t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8)
        return t

    def money(self, c: Cust, value: str) -> dict[str, str]:
        v = float(value)
        cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
        if cur == "GBP":
            v *= 0.86
        elif cur == "CHF":
            v *= 0.94
        return {"order_value": f"{v:.2f}", "currency": cur}

    # ----------------------------------------------------------------- acts --
    def happy(
        self,
        c: Cust,
        t: datetime,
        lang: str | None = None,
        what: str | None = None,
        b2b: bool = False,
    ) -> list[str]:
        rng = self.rng
        lang = lang or c.lang
        n = c.first
        choices = ["praise", "again", "gripe", "chat", "email", "phone", "buy", "view", "review"]
        if b2b:
            choices = ["chat", "buy", "view", "praise"]
        what = what or rng.choice(choices)
        ids: list[str] = []
        if what == "praise":
            if b2b:
                ids.append(
                    self.add(
                        c,
                        t,
                        "community",
                        "post",
                        self.pick(w.B2B_PRAISE, lang, co=c.truth.get("company", "")),
                        lang=lang,
                    )
                )
            else:
                ch = rng.choice(["social", "community"])
                ids.append(self.add(c, t, ch, "post", self.pick(w.PRAISE, lang), lang=lang))
        elif what in ("again", "gripe"):
            ch = rng.choice(["social", "community"])
            ids.append(
                self.add(
                    c,
                    t,
                    ch,
                    "post",
                    self.pick(w.PRAISE_AGAIN if what == "again" else w.PRAISE_GRIPE, lang),
                    lang=lang,
                )
            )
        elif what == "chat":
            q = w.B2B_Q if b2b else w.QUESTION
            a = w.B2B_A if b2b else w.ANSWER
            ids.append(self.add(c, t, "chat", "chat", self.pick(q, lang), lang=lang))
            t2 = t + timedelta(minutes=rng.randint(1, 6))
            self.add(c, t2, "chat", "chat", self.pick(a, lang, n=n), out=True)
            if rng.random() < 0.6:
                self.add(
                    c,
                    t2 + timedelta(minutes=rng.randint(1, 4)),
                    "chat",
                    "chat",
                    self.pick(w.THANKS, lang),
                    lang=lang,
                )
        elif what == "email":
            ids.append(
                self.add(
                    c,
                    t,
                    "email",
                    "message",
                    self.pick(w.QUESTION, lang),
                    subject=self.pick(w.SUBJ_QUESTION, lang),
                    lang=lang,
                )
            )
            t2 = self.daytime(t + timedelta(minutes=rng.randint(30, 180)))
            self.add(
                c,
                t2,
                "email",
                "message",
                self.pick(w.ANSWER, lang, n=n),
                subject="RE: " + self.pick(w.SUBJ_QUESTION, lang),
                out=True,
            )
            if rng.random() < 0.4:
                self.add(
                    c,
                    t2 + timedelta(minutes=rng.randint(10, 90)),
                    "email",
                    "message",
                    self.pick(w.THANKS, lang),
                    subject="RE: " + self.pick(w.SUBJ_QUESTION, lang),
                    lang=lang,
                )
        elif what == "phone":
            ids.append(self.add(c, t, "phone", "call", self.pick(w.PHONE_Q, lang)))
            self.add(
                c,
                t + timedelta(minutes=rng.randint(10, 40)),
                "email",
                "message",
                self.pick(w.PHONE_FOLLOW, lang, n=n),
                subject=self.pick(w.SUBJ_FOLLOW, lang),
                out=True,
            )
        elif what == "buy":
            page = rng.choice(w.B2B_PAGES if b2b else w.PAGES)
            self.add(c, t, "web", "page_view", attrs={"page": page})
            product, price = rng.choice(w.PRODUCTS[:-1] if b2b else w.PRODUCTS)
            if b2b:
                price = f"{float(price) * rng.randint(8, 30):.2f}"
            ids.append(
                self.add(
                    c,
                    t + timedelta(minutes=rng.randint(2, 15)),
                    "web",
                    "purchase",
                    attrs={"page": page, "product": product} | self.money(c, price),
                )
            )
        elif what == "view":
            ids.append(
                self.add(
                    c,
                    t,
                    "web",
                    "page_view",
                    attrs={"page": rng.choice(w.B2B_PAGES if b2b else w.PAGES)},
                )
            )
        elif what == "review":
            ids.append(
                self.add(
                    c,
                    t,
                    "web",
                    "review",
                    self.pick(w.REVIEW_GOOD, lang),
                    attrs={"rating": rng.choice(["5", "5", "4"]), "page": rng.choice(w.PAGES)},
                    lang=lang,
                )
            )
        elif what == "survey":
            kind = rng.choice(["nps", "csat", "ces"])
            sc = (
                {"nps": rng.randint(9, 10)}
                if kind == "nps"
                else ({"csat": rng.randint(4, 5)} if kind == "csat" else {"ces": rng.randint(6, 7)})
            )
            word = self.pick(w.SURVEY_WORD, lang)
            ids.append(
                self.add(
                    c,
                    t,
                    "survey",
                    "survey_response",
                    word or None,
                    scores=sc,
                    attrs={"survey": kind},
                )
            )
        return ids

    def happy_days(
        self, c: Cust, days: list[int], h0: float = 7, h1: float = 19, b2b: bool = False
    ) -> None:
        for d in days:
            self.happy(c, self.t(d, h0, h1), b2b=b2b)

    def spread(self, k: int, lo: int, hi: int, avoid: set[int] | None = None) -> list[int]:
        pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
        return sorted(self.rng.sample(pool, min(k, len(pool))))

    def ref(self) -> str:
        return self.uniq(lambda: f"LGT-{self.rng.randint(10000, 99999)}")

    def complaint(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        long: bool = False,
    ) -> str:
        lang = lang or c.lang
        topic = self.pick(w.PROBLEM_TOPIC[problem], lang)
        if channel == "phone":
            return self.add(c, t, "phone", "call", self.pick(w.PROBLEM_CALL[problem], lang))
        body = self.pick(w.PROBLEM[problem], lang)
        if long:
            body = self.pick(w.LONG_EMAIL, lang, problem=body[0].lower() + body[1:], n=c.first)
        subj = self.pick(w.SUBJ_COMPLAINT, lang, topic=topic) if channel == "email" else None
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "community": "post",
        }[channel]
        attrs = {"page": "/help/contact"} if channel == "web" else None
        return self.add(c, t, channel, kind, body, subject=subj, attrs=attrs, lang=lang)

    def opened(self, c: Cust, t: datetime, ref: str, channel: str, lang: str | None = None) -> None:
        lang = lang or c.lang
        if channel == "chat":
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 5)),
                "chat",
                "chat",
                self.pick(w.CASE_OPENED, lang, n=c.first, ref=ref),
                out=True,
            )
        else:
            self.add(
                c,
                self.daytime(t + timedelta(minutes=self.rng.randint(10, 40))),
                "email",
                "message",
                self.pick(w.CASE_OPENED, lang, n=c.first, ref=ref),
                subject=self.pick(w.SUBJ_OPENED, lang, ref=ref),
                out=True,
            )

    def good_news(self, c: Cust, t: datetime, ref: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        return self.add(
            c,
            self.daytime(t),
            "email",
            "message",
            self.pick(w.GOOD_NEWS, lang, n=c.first, ref=ref),
            subject=self.pick(w.SUBJ_GOOD_NEWS, lang, ref=ref),
            out=True,
        )

    def later(
        self,
        c: Cust,
        t: datetime,
        ref: str,
        k: int,
        channel: str,
        comp: str | None,
        lang: str | None = None,
    ) -> str:
        lang = lang or c.lang
        text = self.pick(w.STILL_OPEN, lang, ref=ref)
        if k == 3 and comp:
            text += " " + self.pick(w.THIRD, lang, c=comp)
        if k == 4:
            text = self.pick(w.FOURTH, lang) + " " + text
        if channel == "phone":
            return self.add(c, t, "phone", "call", spoken(text))
        kind = {"email": "message", "chat": "chat", "social": "mention", "web": "ticket"}[channel]
        subj = self.pick(w.SUBJ_CASE, lang, ref=ref) if channel == "email" else None
        eid = self.add(
            c,
            t,
            channel,
            kind,
            text,
            subject=subj,
            attrs={"page": "/help/contact"} if channel == "web" else None,
            lang=lang,
        )
        if channel == "chat":
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 5)),
                "chat",
                "chat",
                self.pick(w.URGENT, lang, n=c.first, ref=ref),
                out=True,
            )
        return eid

    def fixed_case(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lang1: str | None = None,
        lang2: str | None = None,
    ) -> dict[str, Any]:
        rng = self.rng
        ref = self.ref()
        e1 = self.complaint(c, t, problem, channel, lang=lang1)
        self.opened(c, t, ref, channel, lang=lang1)
        fixed = self.daytime(t + timedelta(hours=rng.uniform(3, 20)))
        self.good_news(c, fixed, ref, lang=lang2 or lang1)
        conf_t = self.daytime(fixed + timedelta(hours=rng.uniform(8, 30)))
        ch = rng.choice(["email", "chat"])
        lang = lang2 or lang1 or c.lang
        ce = self.add(
            c,
            conf_t,
            ch,
            "message" if ch == "email" else "chat",
            self.pick(w.CONFIRM, lang, ref=ref),
            subject=self.pick(w.SUBJ_CASE, lang, ref=ref) if ch == "email" else None,
            lang=lang,
        )
        return {
            "problem": problem,
            "booking": ref,
            "raised_at": iso(t),
            "fixed_at": iso(fixed),
            "confirmed_at": iso(conf_t),
            "problem_event_ids": [e1],
            "confirm_event_id": ce,
            "channel": channel,
            "confirm_channel": ch,
        }

    def slide(self, c: Cust, day0: int, span: int, langs: list[str]) -> list[str]:
        rng = self.rng
        comp = rng.choice(w.COMPETITORS)
        ids = []
        t = self.t(day0, 8, 12)
        step_gap = span * 24 / 6
        for i in range(6):
            lang = langs[i % len(langs)]
            ch = rng.choice(["social", "community", "review"])
            text = w.SLIDE[lang][i].format(c=comp)
            if ch == "review":
                ids.append(
                    self.add(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={
                            "rating": ["3", "3", "2", "2", "1", "1"][i],
                            "page": rng.choice(w.PAGES),
                        },
                        lang=lang,
                    )
                )
            else:
                ids.append(self.add(c, t, ch, "post", text, lang=lang))
            t = self.daytime(t + timedelta(hours=max(1.0, step_gap * rng.uniform(0.7, 1.2))))
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": span,
                "competitor": comp,
                "trouble_starts_at": self.row(ids[0]),
            }
        )
        return ids

    def row(self, eid: str) -> str:
        for r in self.rows:
            if r["event_id"] == eid:
                return iso(r["occurred_at"])
        raise KeyError(eid)

    def nps_low(self, c: Cust, t: datetime) -> str:
        nps = self.rng.randint(1, 5)
        word = self.pick(w.LOW_WORD, c.lang)
        eid = self.add(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={"nps": nps},
            attrs={"survey": "nps"},
        )
        c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": eid})
        return eid

    # ---------------------------------------------------------------- output --
    def write(self, expected_counts: dict[str, int], end_days: int) -> None:
        rows = sorted(self.rows, key=lambda r: (r["occurred_at"], r["event_id"]))
        seen: set[str] = set()
        out_lines = []
        for r in rows:
            c: Cust = r.pop("_c")
            ch = r["channel"]
            full = r["direction"] == "outbound" or (
                r["direction"] == "inbound" and c.key not in seen
            )
            if r["direction"] == "inbound":
                seen.add(c.key)
            ref: dict[str, Any] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif ch == "phone":
                ref["phone"] = (
                    c.phone if self.rr.random() < 0.5 else c.phone[:3] + " " + c.phone[3:]
                )
            elif ch in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if self.rr.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif ch == "email":
                ref["email"] = c.email.upper() if self.rr.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
            t = r["occurred_at"]
            if (
                not (datetime(2026, 1, 1, tzinfo=UTC) <= t < datetime(2027, 1, 1, tzinfo=UTC))
                or t < self.start
            ):
                raise ValueError(f"{r['event_id']} out of range")
            rec = {
                "event_id": r["event_id"],
                "occurred_at": iso(t),
                "channel": ch,
                "kind": r["kind"],
                "direction": r["direction"],
                "customer": ref,
                "text": r["text"],
                "subject": r["subject"],
                "scores": {
                    "nps": r["scores"].get("nps"),
                    "csat": r["scores"].get("csat"),
                    "ces": r["scores"].get("ces"),
                },
                "source": r["source"],
                "attributes": r["attributes"],
            }
            out_lines.append(json.dumps(rec, ensure_ascii=False))
        for key in self.custs:
            if key not in seen:
                raise ValueError(f"{key} has no inbound touchpoint")
        end = max(
            self.start + timedelta(days=end_days), rows[-1]["occurred_at"] + timedelta(hours=1)
        )
        counted: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        if self.spike:
            counted["topic_spike"] = 1
        if counted != expected_counts:
            raise ValueError(f"{self.name}: expected {expected_counts}, planted {counted}")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Lagartix: reptile and terrarium supplies with live-food deliveries by app and web, Lagartix Plus membership; Lagartix Pro on account for pet shops, zoos, schools and labs",
                "days": end_days,
                "seed": SEED,
                "written": "2026-12-07",
                "expected": expected_counts,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": dict(sorted(self.accounts.items())),
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out_lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


# ===================================================================== families ==
def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "hw",
        1,
        d(2026, 2, 9),
        10,
        "happy writers: praise, questions, purchases, surveys",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.spread(f.rng.randint(5, 8), 0, 9))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for day in f.spread(f.rng.randint(2, 4), 0, 8):
            t = f.t(day, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", f.pick(w.NIGHT_POST, c.lang))
            else:
                f.add(c, t, "chat", "chat", f.pick(w.NIGHT_Q, c.lang))
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    f.pick(w.NIGHT_A, c.lang, n=c.first),
                    out=True,
                )
                f.add(c, t + timedelta(minutes=6), "chat", "chat", f.pick(w.THANKS, c.lang))
        for day in f.spread(f.rng.randint(2, 3), 0, 9):
            f.happy(c, f.t(day, 9, 18), what=f.rng.choice(["praise", "buy", "view", "review"]))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for day in f.spread(f.rng.randint(3, 6), 0, 9):
            f.happy(c, f.t(day, 8, 20), what="survey")
    f.write({}, 10)


def one_bad_day() -> None:
    f = Fam("one_bad_day", "bd", 2, d(2026, 3, 9), 12, "happy customers with one angry day")
    chans = ["long", "email", "chat", "social", "web", "phone"]
    plan = [(PROBS[(i + i // 6) % 6], chans[i // 4]) for i in range(24)]
    cased = [i for i, (_, ch) in enumerate(plan) if ch != "social"]
    f.rng.shuffle(cased)
    detr, csat = set(cased[:6]), set(cased[6:11])
    good = set(f.rng.sample(cased, 12))
    apol = set(f.rng.sample(sorted(good), 5))
    for i, (prob, ch) in enumerate(plan):
        lang = "fr" if ch == "long" and i % 2 == 0 else ("pt" if ch == "long" else None)
        c = f.person(
            "bad_day_detractor" if i in detr else "happy_one_bad_day",
            "one bad day",
            lang,
            expected=["detractor"] if i in detr else [],
            tolerated=R_SILENCE,
        )
        bad = f.rng.randint(2, 9)
        t = f.t(bad, 8, 20)
        f.happy_days(c, f.spread(f.rng.randint(1, 5), 0, 11, set(range(bad - 1, bad + 3))))
        channel = "email" if ch == "long" else ch
        eid = f.complaint(c, t, prob, channel, long=ch == "long")
        ref = None if ch == "social" else f.ref()
        c.truth.update(
            {
                "problem": prob,
                "channel": channel,
                "booking": ref,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "long_email": ch == "long",
                "trouble_starts_at": iso(t),
                "agent_fixed": i in good,
                "apologised": i in apol,
            }
        )
        if ref:
            f.opened(c, t, ref, channel)
        if i in detr:
            f.nps_low(c, t + timedelta(minutes=f.rng.randint(100, 140)))
        if i in csat:
            sc = f.rng.randint(1, 2)
            word = f.pick(w.LOW_WORD, c.lang)
            c.truth.update(
                {
                    "csat_given": True,
                    "csat": sc,
                    "survey_event_id": f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(40, 80)),
                        "survey",
                        "survey_response",
                        word or None,
                        scores={"csat": sc},
                        attrs={"survey": "csat"},
                    ),
                }
            )
        if i in good and ref:
            f.good_news(c, t + timedelta(hours=f.rng.uniform(1, 4)), ref)
        if i in apol:
            at = f.daytime(t + timedelta(hours=f.rng.uniform(16, 24)))
            ach = f.rng.choice(["chat", "email"])
            c.truth.update(
                {
                    "apology_at": iso(at),
                    "apology_event_id": f.add(
                        c,
                        at,
                        ach,
                        "chat" if ach == "chat" else "message",
                        f.pick(w.APOLOGY, c.lang),
                        subject=f.pick(w.SUBJ_CASE, c.lang, ref=ref or "")
                        if ach == "email"
                        else None,
                    ),
                }
            )
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.spread(f.rng.randint(4, 7), 0, 11))
    f.write({"detractor": 6}, 12)


def repeat_run(
    f: Fam, c: Cust, day: int, times: int, first_ch: str, langs: list[str], quality: bool
) -> None:
    rng = f.rng
    prob = rng.choice(PROBS)
    ref = f.ref()
    t = f.t(day, 8, 19)
    e1 = f.complaint(c, t, prob, first_ch, lang=langs[0])
    if quality:
        if first_ch == "chat":
            f.opened(c, t, ref, "chat", lang=langs[0])
        f.add(
            c,
            f.daytime(t + timedelta(hours=rng.uniform(1.5, 2.5))),
            "email",
            "message",
            f.pick(w.QUALITY_LEAD, langs[0], n=c.first, ref=ref),
            subject=f.pick(w.SUBJ_CASE, langs[0], ref=ref),
            out=True,
        )
    else:
        f.opened(c, t, ref, first_ch, lang=langs[0])
    comp = rng.choice(w.COMPETITORS) if times >= 3 else None
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    rng.shuffle(chans)
    ids = [e1]
    for k in range(2, times + 1):
        t = f.daytime(t + timedelta(hours=rng.uniform(4, 40)))
        ids.append(f.later(c, t, ref, k, chans[k - 2], comp, lang=langs[(k - 1) % len(langs)]))
    c.truth.update(
        {
            "problem": prob,
            "booking": ref,
            "contacts": times,
            "channels": [first_ch, *chans[: times - 1]],
            "agent_passed_on": quality,
            "problem_event_ids": ids,
            "competitor": comp,
            "trouble_starts_at": f.row(e1),
        }
    )


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "rc",
        3,
        d(2026, 4, 20),
        10,
        "repeat contacts about one open problem, fixed cases, frequent writers",
    )
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    times = [2] * 4 + [3] * 4 + [4] * 4
    f.rng.shuffle(firsts)
    for i in range(12):
        c = f.person(
            "repeat_contact", "repeats", expected=["repeat_contact"], tolerated=R_REPEAT_TOL
        )
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.t(0, 7, 12))
        repeat_run(f, c, f.rng.randint(1, 4), times[i], firsts[i], [c.lang], i % 2 == 0)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=R_SILENCE)
        f.happy(c, f.t(0, 8, 18))
        case = f.fixed_case(
            c,
            f.t(f.rng.randint(1, 4), 8, 19),
            f.rng.choice(PROBS),
            f.rng.choice(["web", "email", "chat"]),
        )
        c.truth.update({"problems": [case], "trouble_starts_at": case["raised_at"]})
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=R_SILENCE)
        p1, p2 = f.rng.sample(PROBS, 2)
        day = f.rng.randint(0, 2)
        c1 = f.fixed_case(c, f.t(day, 8, 18), p1, "email")
        c2 = f.fixed_case(
            c, f.t(day + f.rng.randint(4, 5), 8, 18), p2, f.rng.choice(["web", "chat"])
        )
        c.truth.update({"problems": [c1, c2], "trouble_starts_at": c1["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for day in f.spread(f.rng.randint(5, 8), 0, 9):
            f.happy(
                c, f.t(day, 8, 19), what=f.rng.choice(["chat", "email", "phone", "chat", "buy"])
            )
    f.write({"repeat_contact": 12}, 10)


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "sc",
        4,
        d(2026, 6, 1),
        32,
        "slow churners, leavers, steady, grumpy and sarcastic customers",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        nps = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop", *(["detractor"] if nps else [])],
            tolerated=R_SLIDE_TOL,
        )
        days = f.spread(f.rng.randint(4, 5) + f.rng.randint(2, 4), 0, 10)
        for j, day in enumerate(days):
            f.happy(c, f.t(day, 8, 19), what="praise" if j % 3 != 2 else None)
        ids = f.slide(c, f.rng.randint(12, 16), spans[i], [c.lang])
        if nps:
            f.nps_low(
                c,
                f.daytime(
                    datetime.fromisoformat(f.row(ids[3]).replace("Z", "+00:00"))
                    + timedelta(hours=f.rng.uniform(2.5, 3.5))
                ),
            )
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=R_CANCEL_TOL
        )
        f.happy_days(c, f.spread(f.rng.randint(4, 6), 0, 15))
        t = f.t(f.rng.randint(17, 23), 8, 19)
        e = f.add(
            c,
            t,
            "email",
            "message",
            f.pick(w.CANCEL_ASK, c.lang),
            subject=f.pick(w.SUBJ_CANCEL, c.lang),
        )
        f.add(
            c,
            f.daytime(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            f.pick(w.SORRY_GO, c.lang, n=c.first),
            subject="RE: " + f.pick(w.SUBJ_CANCEL, c.lang),
            out=True,
        )
        ct = f.daytime(t + timedelta(hours=f.rng.uniform(20, 30)))
        x = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/plus/cancel", "product": w.PRODUCTS[-1][0]},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.spread(f.rng.randint(6, 10), 0, 31))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        day = f.rng.randint(0, 4)
        ids = []
        for _ in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web", "review"])
            t = f.t(day, 8, 20)
            text = f.pick(w.GRUMBLE, c.lang)
            if ch == "review":
                ids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": f.rng.choice(w.PAGES)},
                    )
                )
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(f.add(c, t, ch, "post", text))
            day += f.rng.randint(1, 3)
        for _ in range(f.rng.randint(0, 2)):
            f.happy(c, f.t(f.rng.randint(0, 20), 9, 18), what="buy")
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": f.row(ids[0])})
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=R_SILENCE)
        f.happy_days(c, f.spread(f.rng.randint(4, 6), 0, 16))
        t = f.t(f.rng.randint(17, 28), 9, 20)
        c.truth.update(
            {
                "sarcasm_event_id": f.add(c, t, "social", "post", f.pick(w.SARCASM, c.lang)),
                "trouble_starts_at": iso(t),
            }
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}, 32)


def quiet_hours() -> None:
    f = Fam(
        "quiet_hours", "qh", 5, d(2026, 8, 7), 3, "a calm weekend with night-owl bursts, no spike"
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for day in f.spread(f.rng.randint(1, 3), 0, 2):
            f.happy(c, f.t(day, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=R_SILENCE)
        t = f.t(f.rng.randint(0, 2), 8, 17)
        f.happy(c, t, what=f.rng.choice(["buy", "view"]))
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            g = f.add(c, t2, "chat", "chat", f.pick(w.MILD, c.lang))
            f.add(
                c,
                t2 + timedelta(minutes=3),
                "chat",
                "chat",
                f.pick(w.MILD_A, c.lang, n=c.first),
                out=True,
            )
        else:
            g = f.add(
                c, t2, "web", "ticket", f.pick(w.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.add(
                c,
                t2 + timedelta(minutes=25),
                "email",
                "message",
                f.pick(w.MILD_A, c.lang, n=c.first),
                subject=f.pick(w.SUBJ_QUESTION, c.lang),
                out=True,
            )
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t2)})
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        starts = [
            b0,
            b0 + timedelta(minutes=f.rng.randint(28, 33)),
            b0 + timedelta(minutes=f.rng.randint(55, 65)),
        ]
        for bi, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {bi + 1}")
                t = bs + timedelta(minutes=f.rng.uniform(0, 9.5))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", f.pick(w.NIGHT_Q, c.lang))
                    f.add(
                        c,
                        t + timedelta(minutes=2),
                        "chat",
                        "chat",
                        f.pick(w.NIGHT_A, c.lang, n=c.first),
                        out=True,
                    )
                    f.add(c, t + timedelta(minutes=4), "chat", "chat", f.pick(w.THANKS, c.lang))
                else:
                    e = f.add(c, t, "social", "post", f.pick(w.NIGHT_POST, c.lang))
                c.truth.update({"burst_at": iso(bs), "night_event_id": e})
                if f.rng.random() < 0.5:
                    f.happy(
                        c,
                        f.t(f.rng.randint(0, 2), 9, 17.5),
                        what=f.rng.choice(["praise", "buy", "view", "review"]),
                    )
    f.write({}, 3)


def bilingual() -> None:
    f = Fam("bilingual", "bl", 6, d(2026, 9, 7), 14, "customers who write in two languages")
    pairs = [
        ("fr", "pt"),
        ("pt", "fr"),
        ("fr", "en"),
        ("pt", "en"),
        ("fr", "de"),
        ("pt", "es"),
        ("fr", "it"),
        ("de", "fr"),
        ("en", "pt"),
        ("es", "pt"),
        ("it", "fr"),
        ("fr", "es"),
        ("pt", "de"),
    ]
    mk = {
        ("fr", "pt"): "LU",
        ("pt", "fr"): "LU",
        ("fr", "de"): "CH",
        ("de", "fr"): "CH",
        ("fr", "it"): "CH",
        ("it", "fr"): "CH",
        ("fr", "en"): "BE",
        ("en", "pt"): "PT",
        ("pt", "en"): "PT",
        ("pt", "es"): "PT",
        ("es", "pt"): "ES",
        ("fr", "es"): "FR",
        ("pt", "de"): "LU",
    }
    k = 0

    def who(persona: str, habit: str, **kw: Any) -> Cust:
        nonlocal k
        pair = pairs[k % len(pairs)]
        k += 1
        c = f.person(persona, habit, pair[0], market=mk[pair], **kw)
        c.langs = list(pair)
        c.truth.update(
            {
                "languages": list(pair),
                "job_second_language": f.rng.choice(
                    [
                        "works across the border",
                        "partner's language",
                        "grew up with both",
                        "studies abroad",
                    ]
                ),
            }
        )
        return c

    for _ in range(12):
        c = who("happy", "alternates languages")
        for j, day in enumerate(f.spread(f.rng.randint(5, 8), 0, 13)):
            f.happy(
                c,
                f.t(day, 8, 19),
                lang=c.langs[j % 2],
                what=f.rng.choice(["praise", "chat", "email", "review", "again"]),
            )
    for times in [2, 2, 3, 3, 4]:
        c = who("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=R_REPEAT_TOL)
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.t(f.rng.randint(0, 1), 8, 18), what="praise")
        repeat_run(
            f,
            c,
            f.rng.randint(2, 5),
            times,
            f.rng.choice(["web", "email", "chat"]),
            c.langs,
            times >= 3,
        )
    for _ in range(5):
        c = who("slow_churner", "slides", expected=["sentiment_drop"], tolerated=R_SLIDE_TOL)
        for j, day in enumerate(f.spread(5, 0, 5)):
            f.add(
                c,
                f.t(day, 8, 19),
                f.rng.choice(["social", "community"]),
                "post",
                f.pick(w.PRAISE, c.langs[j % 2]),
                lang=c.langs[j % 2],
            )
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.t(f.rng.randint(0, 5), 8, 19), what=f.rng.choice(["buy", "view"]))
        f.slide(c, f.rng.randint(7, 8), f.rng.randint(3, 5), c.langs)
    for i, ch in enumerate(["long", "email", "chat"]):
        c = who("happy_one_bad_day", "one bad day", tolerated=R_SILENCE)
        bad = f.rng.randint(4, 9)
        f.happy_days(c, f.spread(f.rng.randint(2, 4), 0, 13, set(range(bad - 1, bad + 3))))
        t = f.t(bad, 9, 19)
        channel = "email" if ch == "long" else ch
        eid = f.complaint(c, t, PROBS[i], channel, lang=c.langs[1], long=ch == "long")
        ref = f.ref()
        f.opened(c, t, ref, channel, lang=c.langs[1])
        c.truth.update(
            {
                "problem": PROBS[i],
                "booking": ref,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": c.langs[1],
                "long_email": ch == "long",
                "trouble_starts_at": iso(t),
                "channel": channel,
            }
        )
        if channel == "email":
            f.good_news(c, t + timedelta(hours=f.rng.uniform(1, 4)), ref, lang=c.langs[1])
            c.truth["agent_fixed"] = True
        if ch == "email":
            at = f.daytime(t + timedelta(hours=f.rng.uniform(18, 24)))
            c.truth.update(
                {
                    "apologised": True,
                    "apology_at": iso(at),
                    "apology_event_id": f.add(
                        c, at, "chat", "chat", f.pick(w.APOLOGY, c.langs[1]), lang=c.langs[1]
                    ),
                }
            )
    for _ in range(2):
        c = who("resolved_between_contacts", "fixed", tolerated=R_SILENCE)
        f.happy(c, f.t(0, 8, 18))
        case = f.fixed_case(
            c,
            f.t(f.rng.randint(2, 6), 8, 18),
            f.rng.choice(PROBS),
            "web",
            lang1=c.langs[0],
            lang2=c.langs[1],
        )
        c.truth.update(
            {
                "problems": [case],
                "trouble_starts_at": case["raised_at"],
                "confirm_language": c.langs[1],
            }
        )
    f.write({"repeat_contact": 5, "sentiment_drop": 5}, 14)


def b2b_accounts() -> None:
    f = Fam(
        "b2b_accounts",
        "bb",
        7,
        d(2026, 10, 12),
        14,
        "Lagartix Pro accounts: at risk, one unhappy, mild, happy",
    )
    rng = f.rng
    firms = [
        ("at_risk", "fr", "FR", "zoo", "portal", 3, "Parc Reptilia Vendée"),
        ("at_risk", "pt", "PT", "pet_shop", "invoice", 3, "Terrários do Minho Lda"),
        ("at_risk", "fr", "BE", "school", "service_blocked", 3, "Athénée Royal de Spa"),
        ("at_risk", "pt", "PT", "zoo", "invoice", 4, "Jardim Zoológico do Sado"),
        ("at_risk", "de", "DE", "university", "overbilled", 4, "Institut für Herpetologie Bonn"),
        ("one_unhappy", "fr", "FR", "pet_shop", "service_blocked", 1, "Animalis du Rhône"),
        ("one_unhappy", "pt", "PT", "vet", "overbilled", 1, "Clínica Exóticos Aveiro"),
        ("one_unhappy", "es", "ES", "pet_shop", "portal", 1, "Reptilandia Zaragoza"),
        ("one_unhappy", "it", "IT", "museum", "invoice", 1, "Museo di Storia Naturale di Pavia"),
        ("mild", "fr", "LU", "school", None, 0, "Lycée Technique d'Ettelbruck"),
        ("mild", "pt", "PT", "pet_shop", None, 0, "Mundo Réptil Faro"),
        ("mild", "en", "IE", "zoo", None, 0, "Wicklow Reptile Rescue"),
        ("happy", "fr", "CH", "vet", None, 0, "Clinique NAC Lausanne"),
        ("happy", "pt", "PT", "university", None, 0, "Biotério da Universidade de Évora"),
        ("happy", "de", "AT", "pet_shop", None, 0, "Terraristik Huber Graz"),
    ]
    for kind, lang, market, site, prob, nbad, company in firms:
        acc = f.uniq(lambda market=market: f"LGXPRO-{market}-{rng.randint(1000, 9999)}")
        domain = strip_accents(company.lower()).replace(" ", "").replace("'", "")[:18] + ".example"
        ncont = {
            "at_risk": rng.randint(4, 6),
            "one_unhappy": 3,
            "mild": rng.randint(3, 4),
            "happy": rng.randint(3, 4),
        }[kind]
        ncont = max(ncont, nbad + 1)
        contacts: list[Cust] = []
        unhappy: list[str] = []
        for j in range(ncont):
            if kind == "at_risk" and j < nbad:
                last = j == nbad - 1
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang,
                    expected=(["repeat_contact"] if last else ["detractor"]),
                    tolerated=R_B2B_TOL,
                    market=market,
                    account=acc,
                    company_domain=domain,
                )
                c.truth.update({"role": "complainer"})
                unhappy.append(c.key)
            elif kind == "one_unhappy" and j == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang,
                    expected=["detractor"],
                    tolerated=["sentiment_drop", "high_value_at_risk", "silence"],
                    market=market,
                    account=acc,
                    company_domain=domain,
                )
                c.truth.update({"role": "complainer"})
                unhappy.append(c.key)
            elif kind == "mild" and j < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang,
                    tolerated=R_SILENCE,
                    market=market,
                    account=acc,
                    company_domain=domain,
                )
                c.truth.update({"role": "suggests"})
            else:
                c = f.person(
                    "b2b_happy", "contact", lang, market=market, account=acc, company_domain=domain
                )
                c.truth.update({"role": "contact"})
            title = rng.choice(
                [
                    "Head keeper",
                    "Purchasing manager",
                    "Lab technician",
                    "Store manager",
                    "Biology teacher",
                    "Office manager",
                ]
            )
            c.truth.update({"company": company, "job_title": title, "job": title})
            contacts.append(c)
        for c in contacts:
            if c.truth["role"] == "contact":
                for day in f.spread(rng.randint(2, 5), 0, 13, {5, 6, 12, 13}):
                    what = rng.choice(["chat", "buy", "view", "praise", "survey"])
                    if what == "survey":
                        f.happy(c, f.t(day, 8, 16.5), what="survey")
                    else:
                        f.happy(c, f.t(day, 8, 16.5), what=what, b2b=True)
            else:
                for _ in range(rng.randint(0, 2)):
                    f.happy(
                        c,
                        f.t(rng.randint(0, 1), 8, 16.5),
                        what=rng.choice(["chat", "buy", "view"]),
                        b2b=True,
                    )
        entry: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk":
            assert prob
            ref = f.ref()
            t = f.t(2, 8, 11)
            entry["trouble_starts_at"] = iso(t)
            first = contacts[0]
            comps = []
            for j in range(nbad):
                c = contacts[j]
                body = f.pick(w.B2B_PROBLEM[prob], lang)
                if j > 0:
                    body = (
                        f.pick(
                            w.B2B_LATER,
                            lang,
                            first=first.first,
                            day=f.pick(w.B2B_DAYS, lang),
                            ref=ref,
                        )
                        + " "
                        + body
                    )
                subj = (
                    (f.pick(w.SUBJ_COMPLAINT, lang, topic=f.pick(w.B2B_TOPIC[prob], lang)))
                    if j == 0
                    else f.pick(w.SUBJ_CASE, lang, ref=ref)
                )
                e = f.add(c, t, "email", "message", body, subject=subj)
                comps.append(e)
                c.truth.update(
                    {
                        "complaint_event_ids": [e],
                        "trouble_starts_at": iso(t),
                        "booking": ref,
                        "problem": prob,
                    }
                )
                if j == 0:
                    f.add(
                        c,
                        f.office(t + timedelta(minutes=rng.randint(20, 60))),
                        "email",
                        "message",
                        f.pick(w.B2B_ACK, lang, n=c.first, ref=ref, co=company),
                        subject=f.pick(w.SUBJ_OPENED, lang, ref=ref),
                        out=True,
                    )
                if j < nbad - 1:
                    f.nps_low(c, f.office(t + timedelta(hours=rng.uniform(1, 3))))
                    t = f.office(t + timedelta(hours=rng.uniform(8, 28)))
                else:
                    t2 = f.office(t + timedelta(hours=rng.uniform(18, 40)))
                    if prob == "portal":
                        comp = rng.choice(w.COMPETITORS)
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            f.pick(w.B2B_LAST_MAIL, lang, ref=ref, c=comp),
                            subject=f.pick(w.SUBJ_CASE, lang, ref=ref),
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(c, t2, "phone", "call", f.pick(w.B2B_LAST_CALL, lang, ref=ref))
                    c.truth["complaint_event_ids"] = [e, e2]
                    c.truth["repeat_event_id"] = e2
        elif kind == "one_unhappy":
            assert prob
            c = contacts[0]
            t = f.office(f.t(rng.choice([3, 4, 7, 8]), 8, 16))
            ref = f.ref()
            e = f.add(
                c,
                t,
                "email",
                "message",
                f.pick(w.B2B_PROBLEM[prob], lang),
                subject=f.pick(w.SUBJ_COMPLAINT, lang, topic=f.pick(w.B2B_TOPIC[prob], lang)),
            )
            f.add(
                c,
                f.office(t + timedelta(minutes=rng.randint(20, 90))),
                "email",
                "message",
                f.pick(w.B2B_ACK, lang, n=c.first, ref=ref, co=company),
                subject=f.pick(w.SUBJ_OPENED, lang, ref=ref),
                out=True,
            )
            f.nps_low(c, f.office(t + timedelta(hours=rng.uniform(1, 3))))
            c.truth.update(
                {
                    "complaint_event_ids": [e],
                    "trouble_starts_at": iso(t),
                    "booking": ref,
                    "problem": prob,
                }
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.office(f.t(rng.choice([2, 3, 4, 7, 8, 9]), 8, 16))
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.pick(w.B2B_SUGGEST, lang),
                    attrs={"page": "/pro/feedback"},
                )
                f.add(
                    c,
                    f.office(t + timedelta(minutes=rng.randint(30, 120))),
                    "email",
                    "message",
                    f.pick(w.B2B_SUGGEST_ACK, lang, n=c.first),
                    subject=f.pick(w.SUBJ_QUESTION, lang),
                    out=True,
                )
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(t)})
        f.accounts[acc] = entry
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5}, 14)


def topic_spike() -> None:
    f = Fam("topic_spike", "ts", 8, d(2026, 11, 16), 7, "a calm week and one planted incident")
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for day in f.spread(rng.randint(1, 4), 0, 5):
            f.happy(c, f.t(day, 12, 19) if day == 5 else f.t(day, 8, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=R_SILENCE)
        t = f.t(0, 9, 17)
        g = f.add(c, t, "chat", "chat", f.pick(w.SPIKE_WEEK_GRUMBLE, c.lang))
        f.add(
            c,
            t + timedelta(minutes=4),
            "chat",
            "chat",
            f.pick(w.MILD_A, c.lang, n=c.first),
            out=True,
        )
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t)})
    for lang, hm in (("fr", (9, 40)), ("pt", (16, 5))):
        c = f.person("grumbles_once", "lone question", lang, tolerated=R_SILENCE)
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        g = f.add(c, t, "chat", "chat", f.pick(w.LONE_Q, lang))
        f.add(
            c, t + timedelta(minutes=5), "chat", "chat", f.pick(w.LONE_A, lang, n=c.first), out=True
        )
        c.truth.update({"lone_report_event_id": g, "trouble_starts_at": iso(t)})
    langs = ["fr"] * 6 + ["pt"] * 6 + ["en"] * 2 + ["de"] * 2 + ["it"] * 2 + ["es"] * 2
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    s0 = f.start + timedelta(days=5, hours=8, minutes=10)
    offs = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    plan = []
    for i in range(20):
        plan.append(
            (
                s0 + timedelta(minutes=offs[i], seconds=rng.randint(0, 50) if 0 < i < 19 else 0),
                langs[i],
                chans[i],
            )
        )
    early = [i for i in range(20) if offs[i] <= 25]
    rep = set(rng.sample(early, 6))
    rest = [i for i in range(20) if i not in rep]
    fixed = set(rng.sample(rest, 6))
    rep_ch = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(rep_ch)
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    for i, (t, lang, ch) in enumerate(plan):
        regular = i % 5 != 4 and len([k for k in keys if f.custs[k].truth["regular"]]) < 12
        is_rep = i in rep
        c = f.person(
            "spike_repeater" if is_rep else "spike_reporter",
            "regular" if regular else "new",
            lang,
            expected=["repeat_contact"] if is_rep else [],
            tolerated=["sentiment_drop", "silence"] if is_rep else R_SILENCE,
        )
        c.truth["regular"] = regular
        if regular:
            f.happy(c, f.t(2, 8, 17.5))
        text = f.pick(w.SPIKE_REPORT, lang)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            c,
            t,
            ch,
            kind,
            text,
            subject=f.pick(w.SUBJ_SPIKE, lang) if ch == "email" else None,
            attrs={"page": "/checkout"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                "chat",
                f.pick(w.SPIKE_CHAT_A, lang, n=c.first),
                out=True,
            )
        keys.append(c.key)
        eids.append(e)
        c.truth.update(
            {
                "in_spike": True,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if is_rep:
            rc = rep_ch.pop()
            if rc == ch:
                rc = "web"
            t2 = t + timedelta(minutes=rng.randint(15, 50))
            r = f.add(
                c,
                t2,
                rc,
                {"email": "message", "chat": "chat", "community": "post", "web": "ticket"}[rc],
                f.pick(w.SPIKE_REPEAT, lang),
                subject=("RE: " + f.pick(w.SUBJ_SPIKE, lang)) if rc == "email" else None,
                attrs={"page": "/checkout"} if rc == "web" else None,
            )
            reps.append(r)
            c.truth["repeat_event_id"] = r
        if i in fixed:
            local = {"UK": "10:40", "IE": "10:40", "PT": "10:40"}.get(c.market, "11:40")
            f.add(
                c,
                f.start + timedelta(days=5, hours=11, minutes=rng.randint(8, 17)),
                "email",
                "message",
                f.pick(w.SPIKE_FIXED, lang, n=c.first, t=local),
                subject=f.pick(w.SUBJ_FIXED, lang),
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"reptile-supplies checkout shows baskets in a wrong currency and refuses payment: no order can be placed, error {CODE}",
        "about": "app and web checkout failure across markets",
        "channel": None,
        "start": iso(plan[0][0]),
        "end": iso(plan[-1][0]),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6}, 7)


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
    for fam in FAMILIES:
        fam()


if __name__ == "__main__":
    main()
