# ruff: noqa: E501
"""Generate the heldout78 alert scenarios (Etikora, name labels; written blind, report only).

Standard library only, fixed seeds: two runs give the same bytes. Run from anywhere:
``python make_heldout78.py``. Refuses to write a family whose expected counts differ from
the planted ones.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20260906
WRITTEN = "2026-12-03"
BUSINESS = "Etikora: personalised name labels (iron-on, stick-on, sew-in, shoe, care-home) by app and web, Etikora Club membership; Etikora Pro: workwear, badges and laundry labels for organisations on account"
COMPETITORS = ("Nomitex", "Bordalia")
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)

LANG_WEIGHTS = (("en", 30), ("es", 30), ("fr", 10), ("de", 10), ("it", 10), ("pt", 10))
MARKETS: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("UK", 3), ("IE", 1)),
    "es": (("ES", 1),),
    "fr": (("FR", 3), ("BE", 1), ("CH", 1)),
    "de": (("DE", 3), ("AT", 1), ("CH", 1)),
    "it": (("IT", 3), ("CH", 1)),
    "pt": (("PT", 1),),
}
FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "Emma",
        "Sarah",
        "Claire",
        "Rachel",
        "Laura",
        "Gemma",
        "Hannah",
        "Sophie",
        "James",
        "Tom",
        "Daniel",
        "Aoife",
        "Niamh",
        "Ciara",
        "Mark",
        "Lucy",
        "Kate",
        "Becky",
        "Joanne",
        "Helen",
    ),
    "es": (
        "Lucía",
        "Marta",
        "Elena",
        "Cristina",
        "Raquel",
        "Nuria",
        "Silvia",
        "Patricia",
        "Pablo",
        "Javier",
        "Sergio",
        "Ana",
        "Beatriz",
        "Irene",
        "Laura",
        "Carmen",
        "Rocío",
        "Alba",
        "Miguel",
        "Eva",
    ),
    "fr": (
        "Camille",
        "Julie",
        "Aurélie",
        "Sophie",
        "Claire",
        "Nicolas",
        "Élodie",
        "Céline",
        "Marion",
        "Thomas",
    ),
    "de": (
        "Anna",
        "Katrin",
        "Julia",
        "Sabine",
        "Stefanie",
        "Markus",
        "Jana",
        "Miriam",
        "Lena",
        "Tobias",
    ),
    "it": (
        "Giulia",
        "Francesca",
        "Chiara",
        "Valentina",
        "Sara",
        "Marco",
        "Elisa",
        "Federica",
        "Silvia",
        "Luca",
    ),
    "pt": (
        "Ana",
        "Inês",
        "Joana",
        "Marta",
        "Rita",
        "Catarina",
        "Sofia",
        "Pedro",
        "Mariana",
        "Carla",
    ),
}
SURNAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "Walsh",
        "Hughes",
        "Patel",
        "Murphy",
        "Clarke",
        "Bennett",
        "Doyle",
        "Kelly",
        "Turner",
        "Wright",
        "Begum",
        "Foster",
        "Byrne",
        "Shaw",
        "Price",
        "Lloyd",
    ),
    "es": (
        "García",
        "Martín",
        "Navarro",
        "Ruiz",
        "Serrano",
        "Molina",
        "Ortega",
        "Castro",
        "Iglesias",
        "Prieto",
        "Vidal",
        "Romero",
        "Cano",
        "Rubio",
        "Gil",
        "Herrero",
    ),
    "fr": ("Martin", "Bernard", "Lefèvre", "Moreau", "Girard", "Dupont", "Lambert", "Fontaine"),
    "de": ("Müller", "Schneider", "Becker", "Hoffmann", "Wagner", "Schulz", "Krüger", "Wolf"),
    "it": ("Rossi", "Bianchi", "Ferrari", "Romano", "Colombo", "Ricci", "Greco", "Gallo"),
    "pt": ("Silva", "Santos", "Ferreira", "Pereira", "Costa", "Rodrigues", "Martins", "Sousa"),
}
TOWNS: dict[str, tuple[str, ...]] = {
    "UK": ("Leeds", "Bristol", "Norwich", "Swindon", "Chester"),
    "IE": ("Cork", "Galway", "Naas"),
    "ES": ("Valencia", "Zaragoza", "Getafe", "Murcia", "Vigo", "Málaga"),
    "FR": ("Lyon", "Nantes", "Rennes"),
    "BE": ("Liège", "Namur"),
    "CH": ("Lausanne", "Basel", "Lugano"),
    "DE": ("Köln", "Leipzig", "Mainz"),
    "AT": ("Graz", "Linz"),
    "IT": ("Bologna", "Torino", "Verona"),
    "PT": ("Braga", "Coimbra", "Porto"),
}
JOBS = (
    "nurse",
    "teacher",
    "accountant",
    "shop manager",
    "bus driver",
    "pharmacist",
    "civil servant",
    "hairdresser",
    "software tester",
    "physiotherapist",
    "chef",
    "social worker",
    "warehouse supervisor",
    "lab technician",
    "estate agent",
)
PHONES: dict[str, tuple[str, tuple[str, ...], int]] = {
    "UK": ("44", ("74", "75", "77", "78", "79"), 8),
    "IE": ("353", ("83", "85", "86", "87"), 7),
    "ES": ("34", ("6", "7"), 8),
    "FR": ("33", ("6", "7"), 8),
    "BE": ("32", ("47", "48", "49"), 7),
    "CH": ("41", ("76", "78", "79"), 7),
    "DE": ("49", ("151", "160", "170", "176"), 8),
    "AT": ("43", ("664", "676", "699"), 7),
    "IT": ("39", ("320", "333", "347", "349"), 7),
    "PT": ("351", ("91", "93", "96"), 7),
}
DOMAINS = ("mail.example", "correo.example", "post.example", "inbox.example", "web.example")
SOURCES = {
    "email": "etikora-mail",
    "phone": "etikora-voice",
    "social": "etikora-social",
    "community": "etikora-forum",
    "chat": "etikora-chat",
    "web": "etikora-web",
    "survey": "etikora-survey",
}
AGENTS = ("Marta", "Owen", "Lucía", "Priya", "Jorge", "Nadia", "Ruth", "Iker")
TOLERATE_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOLERATE_SLIDER = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOLERATE_LEAVER = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOLERATE_B2B = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]

_USED: set[str] = set()
_UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in _UMLAUT:
            out.append(_UMLAUT[ch])
        elif ch in "ñÑß":
            out.append(ch)
        else:
            out.append(
                "".join(
                    c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
                )
            )
    return "".join(out)


def phone_ify(text: str, lang: str) -> str:
    """A speech-to-text transcript: no punctuation, sentences not capitalised (German nouns kept)."""
    words = []
    start = True
    for word in text.replace("\n", " ").split():
        if (
            start
            and lang != "de"
            and word[:1].isupper()
            and not any(ch.isdigit() for ch in word)
            and word not in COMPETITORS
            and word != "Etikora"
        ):
            word = word[:1].lower() + word[1:]
        start = word[-1:] in ".!?"
        word = word.strip(".,!?;:()")
        if word:
            words.append(word)
    return " ".join(words)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def out_of_night(t: datetime, rng: random.Random) -> datetime:
    """Move a time in 22:00-07:00 UTC to 08:00-09:00 the next morning."""
    if t.hour >= 22:
        day = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        return day + timedelta(minutes=rng.randint(0, 59))
    if t.hour < 7:
        return t.replace(hour=8, minute=rng.randint(0, 59), second=0)
    return t


def office(t: datetime, rng: random.Random) -> datetime:
    """Move a time into office hours (weekdays 08-17 UTC)."""
    for _ in range(10):
        if t.weekday() >= 5:
            t = (t + timedelta(days=7 - t.weekday())).replace(
                hour=8, minute=rng.randint(5, 55), second=0
            )
            continue
        if t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(5, 55), second=0)
            continue
        if t.hour < 8:
            t = t.replace(hour=8, minute=rng.randint(5, 55), second=0)
            continue
        return t
    raise SystemExit("office(): no office time found")


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
    lang2: str | None = None


@dataclass
class Row:
    seq: int
    event_id: str
    t: datetime
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    planted: dict[str, int]
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)
        self.counter = 0

    def at(self, day: float, hour: int = 0, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def day_time(self, day: int, lo: float = 7.0, hi: float = 21.0) -> datetime:
        minutes = self.rng.randint(int(lo * 60), int(hi * 60))
        return self.at(day) + timedelta(minutes=minutes)

    def uid(self, make: Any) -> str:
        for _ in range(200):
            value = str(make())
            if value not in _USED:
                _USED.add(value)
                return value
        raise SystemExit("could not find an unused identifier")

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        company: str | None = None,
    ) -> Cust:
        rng = self.rough
        mk = market or pick(self.rng, MARKETS[lang])
        first = self.rng.choice(FIRST_NAMES[lang])
        last = self.rng.choice(SURNAMES[lang])
        key = self.uid(lambda: f"EK{self.code}{rng.randint(1000, 9999)}")
        base = (
            strip_accents(f"{first}.{last}")
            .lower()
            .replace(" ", "")
            .replace("ñ", "n")
            .replace("ß", "ss")
        )
        if domain:
            email = self.uid(
                lambda: (
                    f"{strip_accents(first).lower()}@{domain}"
                    if rng.random() < 0.5
                    else f"{base}@{domain}"
                )
            )
        else:
            email = self.uid(
                lambda: rng.choice(
                    (
                        f"{base}{rng.randint(1, 99)}@{rng.choice(DOMAINS)}",
                        f"{base[0]}{base.split('.')[-1]}{rng.randint(1, 999)}@{rng.choice(DOMAINS)}",
                        f"{base.replace('.', '_')}@{rng.choice(DOMAINS)}",
                    )
                )
            )
        cc, prefixes, digits = PHONES[mk]
        phone = self.uid(
            lambda: (
                "+"
                + cc
                + rng.choice(prefixes)
                + "".join(str(rng.randint(0, 9)) for _ in range(digits))
            )
        )
        handle = None
        if not account:
            surname = strip_accents(last).lower()
            fname = strip_accents(first).lower()
            handle = self.uid(
                lambda: (
                    "@"
                    + rng.choice(
                        (
                            f"{surname}_{fname}{rng.randint(1, 9)}",
                            f"{fname}{surname}{rng.randint(10, 99)}",
                            f"{fname}_{surname}",
                            f"{surname}{fname[0]}{rng.randint(1, 99)}",
                        )
                    )
                )
            )
        c = Cust(key, lang, mk, first, email, phone, handle, account, {})
        c.truth = {
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
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": self.rng.choice(JOBS),
            "town": self.rng.choice(TOWNS[mk]),
        }
        if company:
            c.truth["company"] = company
        self.custs[key] = c
        return c

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
        lang: str | None = None,
    ) -> str:
        self.counter += 1
        eid = f"ek78-{self.code.lower()}-{self.counter:05d}"
        at = dict(attrs or {})
        at["market"] = c.market
        if c.account:
            at["segment"] = "b2b"
        if out and "agent" not in at:
            at["agent"] = self.rng.choice(AGENTS)
        if text is not None and not out:
            text = self.roughen(text, channel, lang or c.lang)
            if channel == "social" and not c.account:
                idx = text.rfind("Etikora")
                text = text[:idx] + "@" + text[idx:] if idx >= 0 else "@Etikora " + text
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            Row(
                self.counter,
                eid,
                t,
                c,
                channel,
                kind,
                "outbound" if out else "inbound",
                text,
                subject,
                sc,
                at,
            )
        )
        return eid

    def roughen(self, text: str, channel: str, lang: str) -> str:
        r = self.rough
        if channel in ("phone", "survey"):
            return text
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text.startswith("Etikora"):
            text = text[:1].lower() + text[1:]
        if r.random() < 0.14:
            words = text.split(" ")
            options = [
                i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()
            ]
            if options:
                i = r.choice(options)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def render(self) -> tuple[str, str]:
        self.rows.sort(key=lambda r: (r.t, r.seq))
        seen: set[str] = set()
        lines = []
        last = self.start
        for r in self.rows:
            c = r.cust
            full = r.direction == "outbound" or c.key not in seen
            if r.direction == "inbound":
                seen.add(c.key)
            ident: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ident.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif r.channel == "phone":
                ident["phone"] = self.phone_variant(c.phone)
            elif r.channel in ("social", "community"):
                if c.handle:
                    ident["handle"] = (
                        c.handle if self.rough.random() > 0.2 else c.handle.lstrip("@")
                    )
                else:
                    ident["email"] = c.email
            elif r.channel == "email":
                ident["email"] = c.email.upper() if self.rough.random() < 0.08 else c.email
            else:
                ident["customer_id"] = c.key
            obj: dict[str, Any] = {
                "event_id": r.event_id,
                "occurred_at": iso(r.t),
                "channel": r.channel,
                "kind": r.kind,
                "direction": r.direction,
                "customer": ident,
                "text": r.text,
                "subject": r.subject,
                "scores": r.scores,
                "source": SOURCES[r.channel],
                "attributes": r.attrs,
            }
            lines.append(json.dumps(obj, ensure_ascii=False, sort_keys=False))
            last = max(last, r.t)
        end = max(self.at(self.days), last + timedelta(hours=1))
        if last >= LIMIT or end >= LIMIT or self.rows[0].t < self.start:
            raise SystemExit(f"{self.name}: a touchpoint outside the allowed window")
        for key, c in self.custs.items():
            if key not in seen:
                raise SystemExit(f"{self.name}: {key} has no inbound touchpoint")
            both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            if both:
                raise SystemExit(f"{self.name}: {key} expects and tolerates {both}")
        counted = self.count_expected()
        if counted != self.planted:
            raise SystemExit(
                f"{self.name}: expected counts {counted} differ from the planted {self.planted}"
            )
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": counted,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in self.custs.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return "\n".join(lines) + "\n", json.dumps(
            truth, ensure_ascii=False, indent=1, sort_keys=True
        ) + "\n"

    def phone_variant(self, phone: str) -> str:
        if self.rough.random() < 0.5:
            for cc, _, _ in PHONES.values():
                if phone[1:].startswith(cc):
                    return f"+{cc} {phone[1 + len(cc) :]}"
        return phone

    def count_expected(self) -> dict[str, int]:
        cnt: Counter[str] = Counter()
        for c in self.custs.values():
            cnt.update(c.truth["expected_rules"])
        for a in self.accounts.values():
            cnt.update(a["expected_rules"])
        if self.spike:
            cnt["topic_spike"] += 1
        return dict(sorted(cnt.items()))


def pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([w[0] for w in weighted], weights=[w[1] for w in weighted])[0]


def draw_lang(rng: random.Random) -> str:
    return pick(rng, LANG_WEIGHTS)


def fill(template: str, **kw: str) -> str:
    return template.format(**kw)


def kid(f: Fam, lang: str) -> str:
    name: str = f.rng.choice(W.KIDS[lang])
    return name


def money(c: Cust, eur: float) -> str:
    if c.market == "UK":
        return f"£{round(eur * 0.86)}"
    if c.market == "CH":
        return f"CHF {round(eur * 0.94)}"
    if c.lang == "en":
        return f"€{eur:.2f}"
    return f"{eur:.2f}".replace(".", ",") + " €"


def purchase_attrs(c: Cust, product: tuple[str, str, float]) -> dict[str, str]:
    label, page, eur = product
    cur, factor = (
        ("GBP", 0.86) if c.market == "UK" else ("CHF", 0.94) if c.market == "CH" else ("EUR", 1.0)
    )
    return {"order_value": f"{eur * factor:.2f}", "currency": cur, "product": label, "page": page}


def case_ref(f: Fam) -> str:
    return f.uid(lambda: f"EK-{f.rough.randint(100000, 999999)}")


def answer_time(f: Fam, t: datetime, lo: int, hi: int) -> datetime:
    return out_of_night(t + timedelta(minutes=f.rng.randint(lo, hi)), f.rng)


HAPPY_KINDS = (
    "praise",
    "again",
    "gripe",
    "chat_q",
    "email_q",
    "phone_q",
    "purchase",
    "page",
    "review",
    "survey",
)


def happy(f: Fam, c: Cust, t: datetime, kind: str, lang: str | None = None) -> str:
    """One happy act (and the agent's answer where there is one); returns the inbound event id."""
    lg = lang or c.lang
    r = f.rng
    if kind in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[kind]
        text = fill(r.choice(table[lg]), kid=kid(f, lg))
        if r.random() < 0.5:
            return f.add(c, t, "social", "mention", text, lang=lg)
        return f.add(c, t, "community", "post", text, lang=lg)
    if kind == "chat_q":
        q, a = r.choice(W.QA[lg])
        eid = f.add(c, t, "chat", "chat", q, lang=lg)
        ta = t + timedelta(minutes=r.randint(1, 6))
        f.add(c, ta, "chat", "chat", a, out=True)
        if r.random() < 0.6:
            f.add(
                c,
                ta + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                r.choice(W.THANKS[lg]),
                lang=lg,
            )
        return eid
    if kind == "email_q":
        q, a = r.choice(W.QA[lg])
        eid = f.add(c, t, "email", "message", q, subject=q.split("?")[0][:60], lang=lg)
        f.add(
            c,
            answer_time(f, t, 25, 180),
            "email",
            "message",
            a,
            subject="Re: " + q.split("?")[0][:60],
            out=True,
        )
        return eid
    if kind == "phone_q":
        q, a = r.choice(W.PHONE_Q[lg])
        eid = f.add(c, t, "phone", "call", q, lang=lg)
        f.add(c, answer_time(f, t, 10, 60), "email", "message", a, subject="Etikora", out=True)
        return eid
    if kind == "purchase":
        product = r.choice(W.PRODUCTS)
        f.add(c, t, "web", "page_view", attrs={"page": product[1]}, lang=lg)
        return f.add(
            c,
            t + timedelta(minutes=r.randint(2, 9)),
            "web",
            "purchase",
            attrs=purchase_attrs(c, product),
            lang=lg,
        )
    if kind == "page":
        return f.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)}, lang=lg)
    if kind == "review":
        return f.add(
            c,
            t,
            "web",
            "review",
            r.choice(W.REVIEW[lg]),
            attrs={"rating": r.choice(("4", "5", "5")), "page": r.choice(W.PRODUCTS)[1]},
            lang=lg,
        )
    return happy_survey(f, c, t, lg)


def happy_survey(f: Fam, c: Cust, t: datetime, lg: str) -> str:
    r = f.rng
    which = r.choice(("nps", "csat", "ces"))
    value = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
    word = r.choice(W.SURVEY_WORDS[lg]) or None
    return f.add(
        c,
        t,
        "survey",
        "survey_response",
        word,
        scores={which: value},
        attrs={"survey": which},
        lang=lg,
    )


def happy_run(
    f: Fam,
    c: Cust,
    days: list[int],
    kinds: tuple[str, ...] = HAPPY_KINDS,
    lo: float = 7.0,
    hi: float = 19.0,
    langs: list[str] | None = None,
) -> list[str]:
    ids = []
    for i, d in enumerate(sorted(days)):
        lg = langs[i % len(langs)] if langs else None
        ids.append(happy(f, c, f.day_time(d, lo, hi), f.rng.choice(kinds), lg))
    return ids


def sample_days(f: Fam, lo: int, hi: int, k: int, avoid: set[int] | None = None) -> list[int]:
    pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
    return sorted(f.rng.sample(pool, min(k, len(pool))))


# ---------------------------------------------------------------- the problems


def complaint(f: Fam, c: Cust, problem: str, lang: str) -> str:
    eur = f.rng.choice((29.90, 24.90, 33.40, 18.90))
    return fill(f.rng.choice(W.PROBLEM[problem][lang]), kid=kid(f, lang), amt=money(c, eur))


def phone_complaint(f: Fam, c: Cust, problem: str, lang: str) -> str:
    eur = f.rng.choice((29.90, 24.90, 33.40))
    if c.market == "UK":
        spoken = f"{round(eur * 0.86)} pounds"
    elif c.market == "CH":
        spoken = f"{round(eur * 0.94)} " + (
            "Franken"
            if lang == "de"
            else "francs"
            if lang in ("fr", "pt", "en", "es")
            else "franchi"
        )
    else:
        spoken = f"{round(eur)} euros" if lang != "it" else f"{round(eur)} euro"
    return fill(W.PROBLEM_PHONE[problem][lang], amt=spoken)


def raise_problem(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, lang: str, long_email: bool = False
) -> tuple[str, str | None, datetime]:
    """The first contact about a problem and the agent's acknowledgement; returns (event id, case, reply time)."""
    r = f.rng
    topic = W.TOPIC[problem][lang]
    case: str | None = None
    if channel == "social":
        return f.add(c, t, "social", "mention", complaint(f, c, problem, lang), lang=lang), None, t
    case = case_ref(f)
    if channel == "phone":
        eid = f.add(c, t, "phone", "call", phone_complaint(f, c, problem, lang), lang=lang)
    elif channel == "chat":
        eid = f.add(c, t, "chat", "chat", complaint(f, c, problem, lang), lang=lang)
        ta = t + timedelta(minutes=r.randint(1, 5))
        f.add(c, ta, "chat", "chat", fill(W.CHAT_CASE[lang], case=case), out=True)
        return eid, case, ta
    elif channel == "web":
        eid = f.add(
            c,
            t,
            "web",
            "ticket",
            complaint(f, c, problem, lang),
            subject=topic,
            attrs={"page": "/help/contact"},
            lang=lang,
        )
    else:
        body = complaint(f, c, problem, lang)
        if long_email:
            body = fill(r.choice(W.LONG_EMAIL[lang]), complaint=body, name=c.first)
        eid = f.add(
            c, t, "email", "message", body, subject=W.COMPLAINT_SUBJECT[lang] + topic, lang=lang
        )
    ta = answer_time(f, t, 10, 40)
    f.add(
        c,
        ta,
        "email",
        "message",
        fill(r.choice(W.CASE_OPENED[lang]), name=c.first, case=case),
        subject=W.CASE_SUBJECT[lang] + case,
        out=True,
    )
    return eid, case, ta


def good_news(f: Fam, c: Cust, t: datetime, case: str, lang: str) -> str:
    return f.add(
        c,
        t,
        "email",
        "message",
        fill(W.GOOD_NEWS[lang], name=c.first, case=case),
        subject=W.CASE_SUBJECT[lang] + case,
        out=True,
    )


def confirm(f: Fam, c: Cust, t: datetime, case: str, lang: str) -> tuple[str, str]:
    text = fill(f.rng.choice(W.CONFIRM[lang]), case=case)
    if f.rng.random() < 0.5:
        return f.add(
            c, t, "email", "message", text, subject=W.CASE_SUBJECT[lang] + case, lang=lang
        ), "email"
    return f.add(c, t, "chat", "chat", text, lang=lang), "chat"


def fixed_case(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, lang: str, lang2: str
) -> dict[str, Any]:
    eid, case, ta = raise_problem(f, c, t, problem, channel, lang)
    assert case is not None
    tf = out_of_night(ta + timedelta(hours=f.rng.randint(3, 20)), f.rng)
    good_news(f, c, tf, case, lang2)
    tc = out_of_night(tf + timedelta(hours=f.rng.randint(8, 30)), f.rng)
    cid, cch = confirm(f, c, tc, case, lang2)
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


def repeat_run(
    f: Fam,
    c: Cust,
    t0: datetime,
    problem: str,
    first_channel: str,
    times: int,
    langs: list[str],
    quality: bool,
) -> None:
    r = f.rng
    eid, case, _ = raise_problem(f, c, t0, problem, first_channel, langs[0])
    assert case is not None
    if quality:
        f.add(
            c,
            t0 + timedelta(minutes=r.randint(90, 150)),
            "email",
            "message",
            fill(W.QUALITY_LEAD[langs[0]], name=c.first, case=case),
            subject=W.CASE_SUBJECT[langs[0]] + case,
            out=True,
        )
    ids = [eid]
    channels = [first_channel]
    others = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != first_channel]
    r.shuffle(others)
    t = t0
    comp = r.choice(COMPETITORS)
    for i in range(1, times):
        lg = langs[i % len(langs)]
        t = out_of_night(t + timedelta(hours=r.randint(4, 40), minutes=r.randint(0, 59)), r)
        ch = others[i - 1]
        topic = W.TOPIC[problem][lg]
        text = fill(r.choice(W.REPEAT_AGAIN[lg]), case=case, topic=topic)
        if i == 2:
            text += fill(W.REPEAT_THIRD[lg], comp=comp)
        if i == 3:
            text += W.REPEAT_FOURTH[lg]
        if ch == "phone":
            spoken = fill(W.REPEAT_PHONE[lg], case=case, topic=topic)
            if i >= 2:
                spoken += " " + phone_ify(
                    fill(W.REPEAT_THIRD[lg], comp=comp) + (W.REPEAT_FOURTH[lg] if i == 3 else ""),
                    lg,
                )
            ids.append(f.add(c, t, "phone", "call", spoken, lang=lg))
        elif ch == "chat":
            ids.append(f.add(c, t, "chat", "chat", text, lang=lg))
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 5)),
                "chat",
                "chat",
                fill(W.CHAT_URGENT[lg], case=case),
                out=True,
            )
        elif ch == "web":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    text,
                    subject=case,
                    attrs={"page": "/help/contact"},
                    lang=lg,
                )
            )
        elif ch == "social":
            ids.append(f.add(c, t, "social", "mention", text, lang=lg))
        else:
            ids.append(
                f.add(c, t, "email", "message", text, subject=W.CASE_SUBJECT[lg] + case, lang=lg)
            )
        channels.append(ch)
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=times,
        channels=channels,
        channel=first_channel,
        problem_event_ids=ids,
        agent_passed_on=quality,
        competitor=comp if times >= 3 else None,
        trouble_starts_at=iso(t0),
    )


def slide_run(f: Fam, c: Cust, t0: datetime, span_days: int, langs: list[str]) -> list[str]:
    r = f.rng
    comp = r.choice(COMPETITORS)
    ids = []
    prev = t0 - timedelta(hours=2)
    for i in range(6):
        lg = langs[i % len(langs)]
        t = t0 + timedelta(hours=span_days * 24 * i / 5 + r.randint(0, 90) / 60)
        t = max(t, prev + timedelta(hours=1, minutes=r.randint(0, 30)))
        t = out_of_night(t, r)
        if t.hour >= 21:
            t = out_of_night(t + timedelta(hours=2), r)
        text = fill(W.SLIDE[lg][i], comp=comp)
        how = r.choice(("social", "community", "review"))
        if how == "social":
            ids.append(f.add(c, t, "social", "mention", text, lang=lg))
        elif how == "community":
            ids.append(f.add(c, t, "community", "post", text, lang=lg))
        else:
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": W.SLIDE_RATINGS[i], "page": r.choice(W.PRODUCTS)[1]},
                    lang=lg,
                )
            )
        prev = t
    c.truth.update(
        slide_event_ids=ids, slide_days=span_days, competitor=comp, trouble_starts_at=iso(t0)
    )
    return ids


def low_nps(f: Fam, c: Cust, t: datetime, lang: str) -> str:
    value = f.rng.randint(1, 5)
    eid = f.add(
        c,
        t,
        "survey",
        "survey_response",
        f.rng.choice(W.NPS_LOW_WORDS[lang]) or None,
        scores={"nps": value},
        attrs={"survey": "nps"},
        lang=lang,
    )
    c.truth.update(nps_given=True, nps=value, survey_event_id=eid)
    return eid


# ---------------------------------------------------------------- the families


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers: day writers, night writers, survey answerers",
        {},
    )
    for _ in range(16):
        c = f.person(draw_lang(f.rng), "happy", "day writer")
        happy_run(f, c, sample_days(f, 0, 9, f.rng.randint(5, 8)), lo=7, hi=19)
    for _ in range(5):
        c = f.person(draw_lang(f.rng), "happy", "night writer")
        nights = sample_days(f, 0, 8, f.rng.randint(2, 4))
        for d in nights:
            t = f.at(d, 22, 12) + timedelta(minutes=f.rng.randint(0, 378))
            if f.rng.random() < 0.5:
                f.add(
                    c,
                    t,
                    f.rng.choice(("social", "community")),
                    "post",
                    fill(f.rng.choice(W.NIGHT_POST[c.lang]), kid=kid(f, c.lang)),
                )
            else:
                q, a = f.rng.choice(W.NIGHT_QA[c.lang])
                f.add(c, t, "chat", "chat", q)
                ta = t + timedelta(minutes=f.rng.randint(1, 6))
                f.add(c, ta, "chat", "chat", a, out=True)
                f.add(
                    c,
                    ta + timedelta(minutes=f.rng.randint(1, 3)),
                    "chat",
                    "chat",
                    f.rng.choice(W.THANKS[c.lang]),
                )
        happy_run(
            f,
            c,
            sample_days(f, 0, 9, f.rng.randint(2, 3)),
            kinds=("praise", "purchase", "page", "review"),
            lo=9,
            hi=18,
        )
    for _ in range(5):
        c = f.person(draw_lang(f.rng), "happy", "answers surveys")
        for d in sample_days(f, 0, 9, f.rng.randint(3, 6)):
            happy_survey(f, c, f.day_time(d, 8, 20), c.lang)
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry day; happy controls",
        {"detractor": 6},
    )
    r = f.rng
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    channels = ["long", "email", "chat", "social", "web", "phone"] * 4
    r.shuffle(problems)
    r.shuffle(channels)
    cased = [i for i, ch in enumerate(channels) if ch != "social"]
    nps_idx = set(r.sample(cased, 6))
    rest = [i for i in cased if i not in nps_idx]
    csat_idx = set(r.sample(rest, 5))
    news_idx = set(r.sample(cased, 12))
    apol_idx = set(r.sample(sorted(news_idx), 5))
    long_langs = ["en", "en", "es", "es"]
    for i in range(24):
        ch = channels[i]
        lang = long_langs.pop() if ch == "long" else draw_lang(r)
        det = i in nps_idx
        c = f.person(
            lang,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            expected=["detractor"] if det else [],
            tolerated=["silence"],
        )
        d = r.randint(2, 9)
        t = f.day_time(d, 8, 20)
        avoid = set(range(d - 1, d + 3))
        happy_run(
            f,
            c,
            sample_days(f, 0, 11, r.randint(1, 5), avoid),
            kinds=tuple(k for k in HAPPY_KINDS if k != "survey"),
        )
        eid, case, _ = raise_problem(
            f, c, t, problems[i], "email" if ch == "long" else ch, lang, long_email=ch == "long"
        )
        c.truth.update(
            problem=problems[i],
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            problem_event_ids=[eid],
            long_email=ch == "long",
            channel="email" if ch == "long" else ch,
            trouble_starts_at=iso(t),
            agent_fixed=False,
            apologised=False,
            nps_given=False,
            csat_given=False,
        )
        if det:
            low_nps(f, c, t + timedelta(minutes=r.randint(100, 140)), lang)
        if i in csat_idx:
            value = r.randint(1, 2)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                r.choice(W.LOW_CSAT_WORDS[lang]) or None,
                scores={"csat": value},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, csat=value, survey_event_id=sid)
        if i in news_idx and case:
            good_news(f, c, out_of_night(t + timedelta(minutes=r.randint(60, 240)), r), case, lang)
            c.truth["agent_fixed"] = True
            if i in apol_idx:
                ta2 = out_of_night(
                    t + timedelta(hours=r.randint(16, 23), minutes=r.randint(0, 59)), r
                )
                text = r.choice(W.APOLOGY[lang])
                aid = (
                    f.add(c, ta2, "chat", "chat", text)
                    if r.random() < 0.5
                    else f.add(
                        c, ta2, "email", "message", text, subject=W.CASE_SUBJECT[lang] + case
                    )
                )
                c.truth.update(apologised=True, apology_at=iso(ta2), apology_event_id=aid)
    for _ in range(8):
        c = f.person(draw_lang(r), "happy", "control")
        happy_run(f, c, sample_days(f, 0, 11, r.randint(4, 7)))
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "repeat contacts, problems fixed between contacts, two problems, frequent writers",
        {"repeat_contact": 12},
    )
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    times = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(firsts)
    r.shuffle(times)
    quality = set(r.sample(range(12), 6))
    for i in range(12):
        c = f.person(
            draw_lang(r),
            "repeat_contact",
            "repeats",
            expected=["repeat_contact"],
            tolerated=TOLERATE_REPEAT,
        )
        for _ in range(r.randint(1, 3)):
            happy(f, c, f.day_time(0, 7, 12), r.choice(("praise", "purchase", "page", "chat_q")))
        t0 = f.day_time(r.randint(1, 4), 8, 19)
        repeat_run(f, c, t0, r.choice(W.PROBLEMS), firsts[i], times[i], [c.lang], i in quality)
    for _ in range(5):
        c = f.person(draw_lang(r), "resolved_between_contacts", "fixed", tolerated=["silence"])
        happy(f, c, f.day_time(0, 8, 18), r.choice(("praise", "purchase", "page")))
        t0 = f.day_time(r.randint(1, 5), 8, 19)
        case = fixed_case(
            f, c, t0, r.choice(W.PROBLEMS), r.choice(("web", "email", "chat")), c.lang, c.lang
        )
        c.truth.update(
            problems=[case], trouble_starts_at=case["raised_at"], booking=case["booking"]
        )
    for _ in range(3):
        c = f.person(draw_lang(r), "different_problems", "two problems", tolerated=["silence"])
        p1, p2 = r.sample(list(W.PROBLEMS), 2)
        t1 = f.day_time(r.randint(0, 2), 8, 18)
        case1 = fixed_case(f, c, t1, p1, r.choice(("web", "email", "chat")), c.lang, c.lang)
        t2 = f.day_time((t1 - f.start).days + r.randint(4, 5), 8, 18)
        case2 = fixed_case(f, c, t2, p2, r.choice(("web", "email", "chat")), c.lang, c.lang)
        c.truth.update(problems=[case1, case2], trouble_starts_at=case1["raised_at"])
    for _ in range(7):
        c = f.person(draw_lang(r), "happy", "frequent writer")
        happy_run(
            f,
            c,
            sample_days(f, 0, 9, r.randint(5, 8)),
            kinds=("chat_q", "chat_q", "email_q", "email_q", "phone_q", "purchase", "praise"),
        )
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "slow churners (slide), leavers, steady, steadily grumpy, sarcastic",
        {"churn_intent": 5, "detractor": 5, "sentiment_drop": 10},
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    nps = set(r.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i in nps else [])
        c = f.person(
            draw_lang(r), "slow_churner", "slides", expected=exp, tolerated=TOLERATE_SLIDER
        )
        days = sample_days(f, 0, 10, r.randint(4, 5) + r.randint(2, 4))
        n_praise = r.randint(4, 5)
        for j, d in enumerate(days):
            happy(
                f,
                c,
                f.day_time(d, 8, 19),
                r.choice(("praise", "again"))
                if j < n_praise
                else r.choice(("chat_q", "purchase", "page", "gripe", "email_q")),
            )
        ids = slide_run(f, c, f.day_time(r.randint(12, 16), 8, 18), spans[i], [c.lang])
        if i in nps:
            row = next(x for x in f.rows if x.event_id == ids[3])
            low_nps(f, c, out_of_night(row.t + timedelta(minutes=r.randint(150, 210)), r), c.lang)
    for _ in range(5):
        c = f.person(
            draw_lang(r),
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=TOLERATE_LEAVER,
        )
        happy_run(f, c, sample_days(f, 0, 15, r.randint(4, 6)))
        t = f.day_time(r.randint(17, 23), 8, 19)
        eid = f.add(
            c, t, "email", "message", r.choice(W.CANCEL_REQ[c.lang]), subject="Etikora Club"
        )
        f.add(
            c,
            answer_time(f, t, 60, 300),
            "email",
            "message",
            fill(W.SORRY_GO[c.lang], name=c.first),
            subject="Re: Etikora Club",
            out=True,
        )
        tc = t + timedelta(hours=r.randint(20, 29), minutes=r.randint(0, 59))
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/membership", "product": W.PRODUCTS[-1][0]},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person(draw_lang(r), "happy", "steady")
        happy_run(f, c, sample_days(f, 0, 31, r.randint(6, 10)))
    for _ in range(5):
        c = f.person(
            draw_lang(r), "steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"]
        )
        d = r.randint(0, 4)
        gids = []
        for g in r.sample(list(W.GRUMPY[c.lang]), min(len(W.GRUMPY[c.lang]), r.randint(5, 7))):
            t = f.day_time(d, 8, 20)
            how = r.choice(("social", "community", "web", "review"))
            if how == "social":
                gids.append(f.add(c, t, "social", "mention", g))
            elif how == "community":
                gids.append(f.add(c, t, "community", "post", g))
            elif how == "web":
                gids.append(
                    f.add(c, t, "web", "ticket", g, subject=g[:40], attrs={"page": "/help/contact"})
                )
            else:
                gids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "review",
                        g,
                        attrs={"rating": "3", "page": r.choice(W.PRODUCTS)[1]},
                    )
                )
            d += r.randint(1, 3)
        for _ in range(r.randint(0, 2)):
            happy(f, c, f.day_time(r.randint(0, 31), 8, 20), "purchase")
        c.truth.update(
            grumble_event_ids=gids,
            trouble_starts_at=iso(min(x.t for x in f.rows if x.event_id in gids)),
        )
    for _ in range(5):
        c = f.person(draw_lang(r), "happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        happy_run(
            f,
            c,
            sample_days(f, 0, 31, r.randint(3, 6)),
            kinds=tuple(k for k in HAPPY_KINDS if k != "survey"),
        )
        t = f.day_time(r.randint(17, 28), 9, 20)
        sid = f.add(c, t, r.choice(("social", "community")), "post", r.choice(W.SARCASM[c.lang]))
        c.truth.update(sarcasm_event_id=sid)
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in bursts",
        {},
    )
    r = f.rng
    for _ in range(16):
        c = f.person(draw_lang(r), "happy", "day writer")
        for d in sample_days(f, 0, 2, r.randint(1, 3)):
            happy(
                f,
                c,
                f.day_time(d, 7, 17.5),
                r.choice(("praise", "purchase", "page", "chat_q", "review", "again")),
            )
    for i in range(4):
        c = f.person(draw_lang(r), "grumbles_once", "grumbles once", tolerated=["silence"])
        d = r.randint(0, 2)
        t = f.day_time(d, 8, 17)
        happy(f, c, t, r.choice(("page", "purchase")))
        tg = t + timedelta(minutes=r.randint(20, 30))
        q, a = r.choice(W.MILD[c.lang])
        if i < 2:
            gid = f.add(c, tg, "chat", "chat", q)
            f.add(c, tg + timedelta(minutes=r.randint(1, 5)), "chat", "chat", a, out=True)
        else:
            gid = f.add(c, tg, "web", "ticket", q, subject=q[:40], attrs={"page": "/help/contact"})
            f.add(
                c,
                answer_time(f, tg, 20, 90),
                "email",
                "message",
                fill(W.FORM_ACK[c.lang], name=c.first),
                subject="Etikora",
                out=True,
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(tg))
    for night in range(3):
        first = f.at(night + 1, 0, r.randint(40, 65))
        starts = [
            first,
            first + timedelta(minutes=r.randint(28, 33)),
            first + timedelta(minutes=r.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person(draw_lang(r), "night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=r.randint(0, 9), seconds=r.randint(0, 59))
                if r.random() < 0.5:
                    q, a = r.choice(W.NIGHT_QA[c.lang])
                    nid = f.add(c, t, "chat", "chat", q)
                    ta = t + timedelta(minutes=r.randint(1, 5))
                    f.add(c, ta, "chat", "chat", a, out=True)
                    f.add(
                        c,
                        ta + timedelta(minutes=r.randint(1, 3)),
                        "chat",
                        "chat",
                        r.choice(W.THANKS[c.lang]),
                    )
                else:
                    nid = f.add(
                        c,
                        t,
                        r.choice(("social", "community")),
                        "post",
                        fill(r.choice(W.NIGHT_POST[c.lang]), kid=kid(f, c.lang)),
                    )
                c.truth.update(burst_at=iso(bs), night_event_id=nid)
    owls = [c for c in f.custs.values() if c.truth["persona"] == "night_owl"]
    for c in r.sample(owls, 18):
        happy(f, c, f.day_time(r.randint(0, 2), 9, 17.5), r.choice(("praise", "purchase", "page")))
    return f


BL_PAIRS = (
    [("es", "en", "ES")] * 3
    + [("en", "es", "UK")] * 2
    + [("en", "es", "IE")] * 2
    + [("es", "en", "UK")] * 2
    + [
        ("es", "fr", "ES"),
        ("fr", "es", "FR"),
        ("es", "pt", "ES"),
        ("pt", "es", "PT"),
        ("es", "it", "IT"),
        ("it", "en", "IT"),
        ("en", "fr", "BE"),
        ("fr", "en", "CH"),
        ("de", "en", "DE"),
        ("en", "de", "AT"),
        ("es", "de", "DE"),
        ("de", "es", "ES"),
        ("pt", "en", "PT"),
        ("en", "pt", "PT"),
        ("es", "en", "ES"),
        ("it", "es", "ES"),
        ("en", "it", "UK"),
        ("en", "es", "UK"),
    ]
)
WHY_SECOND = (
    "works for an international firm",
    "grew up abroad",
    "partner's language at home",
    "studied abroad",
    "the children's school language",
)


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages",
        {"repeat_contact": 5, "sentiment_drop": 5},
    )
    r = f.rng
    pairs = list(BL_PAIRS)
    r.shuffle(pairs)
    roles = ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 2
    rep_times = [2, 2, 3, 3, 4]
    bad_kinds = ["long", "email", "chat"]
    for i, role in enumerate(roles):
        l1, l2, mk = pairs[i]
        if role == "bad" and bad_kinds[0] == "long" and l2 not in ("en", "es"):
            l1, l2 = (l2, l1) if l1 in ("en", "es") else (l1, "en")
        langs = [l1, l2]
        if role == "happy":
            c = f.person(l1, "happy", "alternates languages", market=mk)
            happy_run(f, c, sample_days(f, 0, 13, r.randint(5, 8)), langs=langs)
        elif role == "repeat":
            c = f.person(
                l1,
                "repeat_contact",
                "repeats",
                expected=["repeat_contact"],
                tolerated=TOLERATE_REPEAT,
                market=mk,
            )
            happy_run(
                f,
                c,
                sample_days(f, 0, 1, r.randint(1, 2)),
                kinds=("praise", "purchase", "chat_q"),
                langs=langs,
            )
            times = rep_times.pop()
            repeat_run(
                f,
                c,
                f.day_time(r.randint(2, 5), 8, 19),
                r.choice(W.PROBLEMS),
                r.choice(("web", "email", "chat")),
                times,
                langs,
                times >= 3,
            )
        elif role == "slide":
            c = f.person(
                l1,
                "slow_churner",
                "slides",
                expected=["sentiment_drop"],
                tolerated=TOLERATE_SLIDER,
                market=mk,
            )
            days = sample_days(f, 0, 5, 5)
            for j, d in enumerate(days):
                happy(f, c, f.day_time(d, 8, 19), "praise", langs[j % 2])
            happy_run(
                f,
                c,
                sample_days(f, 0, 5, r.randint(1, 3)),
                kinds=("purchase", "page", "chat_q"),
                langs=langs[::-1],
            )
            slide_run(f, c, f.day_time(r.randint(7, 8), 8, 17), r.randint(3, 5), langs)
        elif role == "bad":
            kind = bad_kinds.pop(0)
            c = f.person(l1, "happy_one_bad_day", "one bad day", tolerated=["silence"], market=mk)
            d = r.randint(4, 9)
            happy_run(
                f,
                c,
                sample_days(f, 0, 13, r.randint(3, 5), set(range(d - 1, d + 3))),
                kinds=("praise", "purchase", "page", "chat_q"),
                langs=langs,
            )
            t = f.day_time(d, 8, 19)
            problem = r.choice(W.PROBLEMS)
            eid, case, _ = raise_problem(
                f,
                c,
                t,
                problem,
                "chat" if kind == "chat" else "email",
                l2,
                long_email=kind == "long",
            )
            c.truth.update(
                problem=problem,
                booking=case,
                bad_day_at=iso(t),
                bad_day_event_id=eid,
                bad_day_language=l2,
                long_email=kind == "long",
                trouble_starts_at=iso(t),
                agent_fixed=False,
                apologised=False,
            )
            if kind != "chat" and case:
                good_news(
                    f, c, out_of_night(t + timedelta(minutes=r.randint(60, 240)), r), case, l2
                )
                c.truth["agent_fixed"] = True
            if kind == "email":
                ta = out_of_night(t + timedelta(hours=r.randint(18, 23)), r)
                aid = f.add(c, ta, "chat", "chat", r.choice(W.APOLOGY[l2]), lang=l2)
                c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
        else:
            c = f.person(l1, "resolved_between_contacts", "fixed", tolerated=["silence"], market=mk)
            happy_run(f, c, sample_days(f, 0, 2, 2), kinds=("praise", "purchase"), langs=langs)
            fixed = fixed_case(
                f, c, f.day_time(r.randint(3, 6), 8, 18), r.choice(W.PROBLEMS), "web", l1, l2
            )
            c.truth.update(
                problems=[fixed],
                trouble_starts_at=fixed["raised_at"],
                booking=fixed["booking"],
                confirm_language=l2,
            )
        c.lang2 = l2
        c.truth.update(languages=langs, job_second_language=r.choice(WHY_SECOND))
    return f


BB_ACCOUNTS: tuple[tuple[str, str, str, str, str, int, str | None], ...] = (
    # company, site, market, lang, kind, contacts, problem
    ("Residencia Los Almendros", "care_home", "ES", "es", "at_risk", 5, "portal"),
    ("Colegio San Gabriel", "school", "ES", "es", "at_risk", 5, "overbilled"),
    ("Harbourview Hotel Group", "hotel", "UK", "en", "at_risk", 6, "invoice"),
    ("BrightStar Cleaning Ltd", "cleaning", "UK", "en", "at_risk", 4, "service_blocked"),
    ("Pflegezentrum Rheinblick", "care_home", "DE", "de", "at_risk", 5, "invoice"),
    ("Little Acorns Nurseries", "nursery", "IE", "en", "one_unhappy", 3, "service_blocked"),
    ("Clínica Dental Arrabal", "clinic", "ES", "es", "one_unhappy", 3, "overbilled"),
    ("Lar de São Bento", "care_home", "PT", "pt", "one_unhappy", 3, "portal"),
    ("Ristorante Da Nello", "restaurant", "IT", "it", "one_unhappy", 3, "invoice"),
    ("Club Deportivo Ribera", "sports_club", "ES", "es", "mild", 4, None),
    ("Crèche Les Petits Pas", "nursery", "FR", "fr", "mild", 3, None),
    ("Northfield Primary Academy", "school", "UK", "en", "mild", 4, None),
    ("Hotel Alfama Rio", "hotel", "PT", "pt", "happy", 4, None),
    ("Stadtwerke Lindau Kantine", "catering", "DE", "de", "happy", 3, None),
    ("Casa di Cura Villa Serena", "care_home", "IT", "it", "happy", 4, None),
)
TITLES = (
    "office manager",
    "head of housekeeping",
    "operations manager",
    "finance officer",
    "HR coordinator",
    "facilities manager",
    "bursar",
    "procurement lead",
    "care manager",
    "front-of-house manager",
)


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "organisations on account: at-risk accounts, one unhappy contact, mild suggestions, happy",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    )
    r = f.rng
    at_risk_complainers = {"portal": 3, "overbilled": 4, "invoice": 4, "service_blocked": 3}
    invoice_seen = False
    last_channels = ["email", "phone", "phone", "phone", "phone"]
    r.shuffle(last_channels)
    for company, site, mk, lang, kind, n, problem in BB_ACCOUNTS:
        acct = f.uid(lambda mk=mk: f"EKP-{mk}-{f.rough.randint(1000, 9999)}")
        domain = strip_accents(company).lower().replace(" ", "").replace("'", "")[:18] + ".example"
        n_unhappy = 0
        if kind == "at_risk":
            assert problem is not None
            n_unhappy = at_risk_complainers[problem]
            if problem == "invoice":
                n_unhappy = 3 if invoice_seen else 4
                invoice_seen = True
        elif kind == "one_unhappy":
            n_unhappy = 1
        n_mild = 2 if kind == "mild" else 0
        contacts: list[Cust] = []
        for j in range(n):
            role = "complainer" if j < n_unhappy else "suggests" if j < n_mild else "contact"
            if kind == "at_risk" and role == "complainer":
                last = j == n_unhappy - 1
                c = f.person(
                    lang,
                    "b2b_unhappy",
                    "complainer",
                    expected=["repeat_contact"] if last else ["detractor"],
                    tolerated=TOLERATE_B2B,
                    market=mk,
                    account=acct,
                    domain=domain,
                    company=company,
                )
            elif kind == "one_unhappy" and role == "complainer":
                c = f.person(
                    lang,
                    "b2b_one_unhappy",
                    "complainer",
                    expected=["detractor"],
                    tolerated=["sentiment_drop", "high_value_at_risk", "silence"],
                    market=mk,
                    account=acct,
                    domain=domain,
                    company=company,
                )
            elif role == "suggests":
                c = f.person(
                    lang,
                    "b2b_mild",
                    "suggests",
                    tolerated=["silence"],
                    market=mk,
                    account=acct,
                    domain=domain,
                    company=company,
                )
            else:
                c = f.person(
                    lang,
                    "b2b_happy",
                    "contact",
                    market=mk,
                    account=acct,
                    domain=domain,
                    company=company,
                )
            title = r.choice(TITLES)
            c.truth.update(role=role, job_title=title, job=title)
            contacts.append(c)
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in sample_days(f, 0, 11, r.randint(2, 5)):
                    while f.at(d).weekday() >= 5:
                        d += 1
                    t = f.day_time(d, 8, 16.5)
                    b2b_routine(f, c, t, r.choice(("chat", "purchase", "page", "praise", "survey")))
            else:
                for _ in range(r.randint(0, 2)):
                    b2b_routine(
                        f,
                        c,
                        f.day_time(r.randint(0, 1), 8, 16.5),
                        r.choice(("chat", "purchase", "page")),
                    )
        unhappy = [c for c in contacts if c.truth["role"] == "complainer"]
        account: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": mk,
        }
        if kind == "at_risk":
            assert problem is not None
            t = f.at(2, 8, 0) + timedelta(minutes=r.randint(10, 480))
            case = case_ref(f)
            first = unhappy[0]
            account["trouble_starts_at"] = iso(t)
            prev = t
            for j, c in enumerate(unhappy):
                if j == 0:
                    text = B.FIRST[problem][lang]
                else:
                    t = office(
                        prev + timedelta(hours=r.randint(8, 28), minutes=r.randint(0, 59)), r
                    )
                    same_day = t.date() == f_first_date(f, unhappy[0])
                    day = (
                        B.THIS_MORNING[lang]
                        if same_day
                        else B.WEEKDAYS[lang][f_first_weekday(f, unhappy[0])]
                    )
                    text = fill(
                        B.LATER[lang],
                        first=first.first,
                        day=day,
                        case=case,
                        restate=B.RESTATE[problem][lang],
                    )
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=B.SUBJECT[problem][lang] + (f" ({case})" if j else ""),
                )
                ids = [eid]
                if j == 0:
                    f.add(
                        c,
                        office(t + timedelta(minutes=r.randint(15, 50)), r),
                        "email",
                        "message",
                        fill(B.ACK[lang], name=c.first, case=case),
                        subject=B.SUBJECT[problem][lang] + f" ({case})",
                        out=True,
                    )
                if j < len(unhappy) - 1:
                    low_nps(f, c, t + timedelta(minutes=r.randint(60, 180)), lang)
                else:
                    t2 = office(t + timedelta(hours=r.randint(18, 40)), r)
                    ch = last_channels.pop()
                    comp = r.choice(COMPETITORS)
                    if ch == "email":
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                fill(B.LAST_EMAIL[lang], case=case, comp=comp),
                                subject=B.SUBJECT[problem][lang] + f" ({case})",
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(c, t2, "phone", "call", fill(B.LAST_CALL[lang], case=case))
                        )
                c.truth.update(
                    problem=problem, booking=case, complaint_event_ids=ids, trouble_starts_at=iso(t)
                )
                prev = t
        elif kind == "one_unhappy":
            assert problem is not None
            c = unhappy[0]
            t = office(f.at(r.randint(3, 7), 8, 0) + timedelta(minutes=r.randint(0, 500)), r)
            case = case_ref(f)
            eid = f.add(
                c, t, "email", "message", B.FIRST[problem][lang], subject=B.SUBJECT[problem][lang]
            )
            f.add(
                c,
                office(t + timedelta(minutes=r.randint(15, 60)), r),
                "email",
                "message",
                fill(B.ACK[lang], name=c.first, case=case),
                subject=B.SUBJECT[problem][lang] + f" ({case})",
                out=True,
            )
            low_nps(f, c, t + timedelta(minutes=r.randint(60, 180)), lang)
            c.truth.update(
                problem=problem, booking=case, complaint_event_ids=[eid], trouble_starts_at=iso(t)
            )
        elif kind == "mild":
            for c in [x for x in contacts if x.truth["role"] == "suggests"]:
                t = office(f.at(r.randint(2, 8), 8, 0) + timedelta(minutes=r.randint(0, 480)), r)
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    r.choice(B.MILD[lang]),
                    subject="Suggestion",
                    attrs={"page": "/pro/portal/feedback"},
                )
                f.add(
                    c,
                    office(t + timedelta(minutes=r.randint(30, 180)), r),
                    "email",
                    "message",
                    fill(B.MILD_ACK[lang], name=c.first),
                    subject="Etikora Pro",
                    out=True,
                )
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
        f.accounts[acct] = account
    return f


def f_first_date(f: Fam, c: Cust) -> Any:
    return min(
        r.t for r in f.rows if r.cust is c and r.direction == "inbound" and r.kind == "message"
    ).date()


def f_first_weekday(f: Fam, c: Cust) -> int:
    return min(
        r.t for r in f.rows if r.cust is c and r.direction == "inbound" and r.kind == "message"
    ).weekday()


def b2b_routine(f: Fam, c: Cust, t: datetime, kind: str) -> None:
    r = f.rng
    lg = c.lang
    if kind == "chat":
        q, a = r.choice(B.QA[lg])
        f.add(c, t, "chat", "chat", q)
        ta = t + timedelta(minutes=r.randint(1, 6))
        f.add(c, ta, "chat", "chat", a, out=True)
        if r.random() < 0.6:
            f.add(
                c, ta + timedelta(minutes=r.randint(1, 4)), "chat", "chat", r.choice(W.THANKS[lg])
            )
    elif kind == "purchase":
        product = r.choice(B.PRODUCTS)
        f.add(c, t, "web", "page_view", attrs={"page": product[1]})
        f.add(
            c,
            t + timedelta(minutes=r.randint(3, 12)),
            "web",
            "purchase",
            attrs=purchase_attrs(c, product),
        )
    elif kind == "page":
        f.add(c, t, "web", "page_view", attrs={"page": r.choice(B.PAGES)})
    elif kind == "praise":
        f.add(c, t, "community", "post", r.choice(B.PRAISE[lg]))
    else:
        happy_survey(f, c, t, lg)


SPIKE_LANGS = ["es"] * 6 + ["en"] * 6 + ["fr", "fr", "de", "de", "it", "it", "pt", "pt"]
SPIKE_CHANNELS = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
SPIKE_TOPIC = "label designer proofs show every name as empty boxes, error R2/17: no labels can be checked or ordered"


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 8, 31, tzinfo=UTC),
        7,
        "a calm week, then a planted spike on Sunday evening",
        {"repeat_contact": 6, "topic_spike": 1},
    )
    r = f.rng
    for _ in range(40):
        c = f.person(draw_lang(r), "happy", "day writer")
        happy_run(f, c, sample_days(f, 0, 5, r.randint(1, 4)), lo=8, hi=19)
    for _ in range(2):
        lg = r.choice(("es", "en"))
        c = f.person(
            lg,
            "grumbles_once",
            "grumbles once",
            tolerated=["silence"],
            market="ES" if lg == "es" else "UK",
        )
        q, a = W.WEEK_GRUMBLE[lg]
        t = f.day_time(0, 9, 17)
        gid = f.add(c, t, "chat", "chat", q)
        f.add(c, t + timedelta(minutes=r.randint(1, 5)), "chat", "chat", a, out=True)
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lg, mk, hh, mm in (("es", "ES", 9, 40), ("en", "UK", 16, 5)):
        c = f.person(lg, "grumbles_once", "lone question", tolerated=["silence"], market=mk)
        q, a = W.LONE_Q[lg]
        t = f.at(5, hh, mm)
        lid = f.add(c, t, "chat", "chat", q)
        f.add(c, t + timedelta(minutes=r.randint(2, 6)), "chat", "chat", a, out=True)
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    langs = list(SPIKE_LANGS)
    chans = list(SPIKE_CHANNELS)
    r.shuffle(langs)
    r.shuffle(chans)
    start = f.at(6, 19, 20)
    offsets = sorted([0, 45, *r.sample(range(1, 45), 18)])
    regular = set(r.sample(range(20), 12))
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    early = [i for i in range(20) if offsets[i] <= 25]
    repeaters = set(r.sample(early, 6))
    fixed = set(r.sample([i for i in range(20) if i not in repeaters], 6))
    rep_channels = ["email", "email", "chat", "chat", "community", "community"]
    for i in range(20):
        lg = langs[i]
        rep = i in repeaters
        c = f.person(
            lg,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i in regular else "new",
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if i in regular:
            happy_run(f, c, sample_days(f, 2, 5, r.randint(1, 3)), lo=8, hi=17.5)
        t = start + timedelta(minutes=offsets[i], seconds=0 if i in (0, 19) else r.randint(0, 59))
        text = fill(r.choice(W.SPIKE[lg]), kid=kid(f, lg))
        ch = chans[i]
        if ch == "social":
            eid = f.add(c, t, "social", "mention", text)
        elif ch == "community":
            eid = f.add(c, t, "community", "post", text)
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[lg],
                out=True,
            )
        elif ch == "email":
            eid = f.add(c, t, "email", "message", text, subject=text[:48])
        else:
            eid = f.add(c, t, "web", "ticket", text, subject=text[:48], attrs={"page": "/designer"})
        c.truth.update(
            in_spike=True,
            regular=i in regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=False,
        )
        keys.append(c.key)
        eids.append(eid)
        if rep:
            options = [x for x in rep_channels if x != ch]
            ch2 = options[0]
            rep_channels.remove(ch2)
            t2 = t + timedelta(minutes=r.randint(15, 50))
            if ch2 == "chat":
                rid = f.add(c, t2, "chat", "chat", W.SPIKE_REPEAT[lg])
                f.add(
                    c,
                    t2 + timedelta(minutes=r.randint(1, 4)),
                    "chat",
                    "chat",
                    W.SPIKE_CHAT_ANSWER[lg],
                    out=True,
                )
            elif ch2 == "email":
                rid = f.add(c, t2, "email", "message", W.SPIKE_REPEAT[lg], subject="Re: R2/17")
            else:
                rid = f.add(c, t2, "community", "post", W.SPIKE_REPEAT[lg])
            reps.append(rid)
            c.truth.update(repeat_event_id=rid)
        if i in fixed:
            local = "22:25" if c.market in ("UK", "IE", "PT") else "23:25"
            credit = {"UK": "£4", "CH": "CHF 5"}.get(c.market, "5 €" if lg != "en" else "€5")
            f.add(
                c,
                f.at(6, 21, 38) + timedelta(minutes=r.randint(0, 9)),
                "email",
                "message",
                fill(W.SPIKE_FIXED[lg], name=c.first, time=local, amt=credit),
                subject="R2/17",
                out=True,
            )
            c.truth["agent_fixed"] = True
    if len(reps) != 6:
        raise SystemExit("topic_spike: not six repeaters")
    f.spike = {
        "topic": SPIKE_TOPIC,
        "about": "the app's label proofs render names as empty boxes (render error R2/17) on the Sunday evening before school",
        "channel": None,
        "start": iso(start),
        "end": iso(start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
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
    built = [make() for make in FAMILIES]
    for fam in built:
        jsonl, truth = fam.render()
        (HERE / f"{fam.name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{fam.name}.truth.json").write_text(truth, encoding="utf-8")
        print(
            f"{fam.name}: {len(fam.custs)} customers, {len(fam.rows)} touchpoints, {sum(1 for x in fam.rows if x.direction == 'outbound')} agents' replies, expected {fam.count_expected()}"
        )


if __name__ == "__main__":
    main()
