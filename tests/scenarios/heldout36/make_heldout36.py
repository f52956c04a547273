"""Build the heldout36 report-only scenarios (Motrino, car servicing booked by app).

Standard library only, seeded, deterministic: ``python make_heldout36.py`` from anywhere
writes ``<family>.jsonl`` and ``<family>.truth.json`` next to this file.
"""

from __future__ import annotations

import itertools
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

SEED = 20261024
BRAND = "Motrino"
RIVALS = ("Revisto", "Werkfix")
WRITTEN = "2026-12-02"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
BUSINESS = (
    "Motrino: car servicing booked by app (servicing, oil changes, brakes, tyre changes and "
    "tyre storage, pre-inspection checks, pick-up and return of the car by a driver, a fixed "
    "price before booking, pay after the job) with a yearly Plus plan (189 EUR), and Motrino "
    "Fleet maintenance contracts for firms (couriers, taxis, builders, home care, car sharing, "
    "sales fleets); competitors Revisto and Werkfix"
)
LANG_MARKETS: dict[str, list[str]] = {
    "es": ["ES"],
    "de": ["DE", "DE", "DE", "AT", "CH"],
    "en": ["UK", "UK", "IE"],
    "fr": ["FR", "FR", "BE", "CH"],
    "it": ["IT", "IT", "CH"],
    "pt": ["PT"],
}
LANG_WEIGHTS = {"es": 30, "de": 30, "en": 10, "fr": 10, "it": 10, "pt": 10}
PHONES: dict[str, tuple[str, list[str], int]] = {
    "ES": ("34", ["6", "7"], 9),
    "DE": ("49", ["15", "16", "17"], 11),
    "AT": ("43", ["66", "67", "68"], 10),
    "CH": ("41", ["76", "78", "79"], 9),
    "UK": ("44", ["7"], 10),
    "IE": ("353", ["8"], 9),
    "FR": ("33", ["6", "7"], 9),
    "BE": ("32", ["4"], 9),
    "IT": ("39", ["3"], 10),
    "PT": ("351", ["9"], 9),
}
SOURCES = {
    "email": "motrino-mail",
    "phone": "motrino-voice",
    "social": "motrino-social",
    "community": "motrino-forum",
    "chat": "motrino-chat",
    "web": "motrino-web",
    "survey": "motrino-survey",
}
PRODUCTS: list[tuple[str, float, str]] = [
    ("Plus plan, 1 year / Plan Plus anual", 189.0, "/plans/plus"),
    ("Oil change / Cambio de aceite", 89.0, "/book/oil-change"),
    ("Tyre change / Cambio de neumáticos", 49.0, "/book/tyres"),
    ("Tyre storage, 1 season / Almacenaje de neumáticos", 39.0, "/book/tyre-storage"),
    ("Pick-up and return / Recogida y entrega", 29.0, "/book/pick-up"),
    ("Air-con service / Carga de aire acondicionado", 69.0, "/book/air-con"),
    ("Pre-inspection check / Pre-ITV", 35.0, "/book/pre-inspection"),
    ("Wiper blades / Escobillas", 24.0, "/shop/wipers"),
]
B_PRODUCTS: list[tuple[str, float, str]] = [
    (
        "Fleet tyre storage, per vehicle / Almacenaje flota por vehículo",
        29.0,
        "/fleet/tyre-storage",
    ),
    ("Extra vehicle pick-up / Recogida adicional", 25.0, "/fleet/pick-up"),
    ("Fleet winter check / Revisión de invierno flota", 45.0, "/fleet/winter-check"),
]
PAGES = ["/book", "/plans/plus", "/garages", "/my-cars", "/book/tyres", "/help/pick-up", "/prices"]
B_PAGES = [
    "/fleet/portal",
    "/fleet/vehicles",
    "/fleet/invoices",
    "/fleet/cost-centres",
    "/fleet/drivers",
]
CALL_SUBJECT = {
    "es": "Tu llamada de hoy",
    "de": "Ihr Anruf heute",
    "en": "Your call today",
    "fr": "Votre appel",
    "it": "La sua chiamata",
    "pt": "A sua chamada",
}
SUGGESTION_SUBJECT = {
    "es": "Sugerencia",
    "de": "Vorschlag",
    "en": "Suggestion",
    "fr": "Suggestion",
    "it": "Suggerimento",
    "pt": "Sugestão",
}
KIND = {
    "social": "mention",
    "community": "post",
    "chat": "chat",
    "email": "message",
    "web": "ticket",
    "phone": "call",
}
HAPPY_KINDS = ("praise", "again", "gripe", "chat", "email", "phone", "purchase", "page", "review")

USED_IDS: set[str] = set()
USED_NAMES: set[str] = set()
USED_CASES: set[str] = set()

GENDER = re.compile(r"\[\[([^|\]]*)\|([^\]]*)\]\]")
COLLEAGUE = re.compile(r"<<([^|>]*)\|([^>]*)>>")


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss")
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if not unicodedata.combining(ch))


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Person:
    key: str
    first: str
    name: str
    fem: bool
    lang: str
    market: str
    email: str
    phone: str
    handle: str | None
    account_id: str | None
    town: str
    truth: dict[str, Any]
    cur: str = ""
    used: dict[str, set[int]] = field(default_factory=dict)


@dataclass
class Tp:
    n: int
    person: Person
    when: datetime
    channel: str
    kind: str
    outbound: bool
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, Any]
    eid: str


class Fam:
    """One family: its people, touchpoints, accounts and spike."""

    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name = name
        self.code = code
        self.seed = SEED * 100 + n
        self.rng = random.Random(self.seed)
        self.start = start
        self.days = days
        self.about = about
        self.people: list[Person] = []
        self.tps: list[Tp] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0

    # ---- people ----------------------------------------------------------------------

    def lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, [LANG_WEIGHTS[x] for x in langs])[0]

    def market_for(self, lang: str) -> str:
        return self.rng.choice(LANG_MARKETS[lang])

    def town_for(self, market: str, lang: str) -> str:
        key = f"CH-{lang if lang in ('de', 'fr', 'it') else 'de'}" if market == "CH" else market
        return str(self.rng.choice(wh.TOWNS[key]))

    def new_id(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED_IDS:
                USED_IDS.add(value)
                return value

    def phone_for(self, market: str) -> str:
        cc, prefixes, length = PHONES[market]
        prefix = self.rng.choice(prefixes)

        def make() -> str:
            rest = "".join(str(self.rng.randrange(10)) for _ in range(length - len(prefix)))
            return f"+{cc}{prefix}{rest}"

        return self.new_id(make)

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        *,
        market: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        company: tuple[str, str, str] | None = None,
        account_id: str | None = None,
        taken_first: set[str] | None = None,
    ) -> Person:
        rng = self.rng
        market = market or self.market_for(lang)
        while True:
            fem = rng.random() < 0.5
            first = rng.choice((wh.FIRST_F if fem else wh.FIRST_M)[lang])
            last = rng.choice(wh.SURNAMES[lang])
            full = f"{first} {last}"
            if full in USED_NAMES or (taken_first is not None and first in taken_first):
                continue
            USED_NAMES.add(full)
            if taken_first is not None:
                taken_first.add(first)
            break
        f_ascii = ascii_fold(first).lower().replace(" ", "")
        l_ascii = ascii_fold(last).lower().replace(" ", "").replace("'", "")
        if company is not None:
            domain = company[2]
            email = self.new_id(
                lambda: (
                    rng.choice([f"{f_ascii}", f"{f_ascii}.{l_ascii}", f"{f_ascii[0]}.{l_ascii}"])
                    + "@"
                    + domain
                )
            )
            handle = None
        else:

            def make_email() -> str:
                pattern = rng.randrange(4)
                if pattern == 0:
                    local = f"{f_ascii}.{l_ascii}"
                elif pattern == 1:
                    local = f"{f_ascii}{l_ascii[0]}{rng.randrange(10, 99)}"
                elif pattern == 2:
                    local = f"{f_ascii[0]}{l_ascii}{rng.randrange(1, 999)}"
                else:
                    local = f"{f_ascii}_{l_ascii}"
                return f"{local}@{rng.choice(wh.EMAIL_DOMAINS)}"

            email = self.new_id(make_email)

            def make_handle() -> str:
                pattern = rng.randrange(3)
                if pattern == 0:
                    return f"@{f_ascii}.{l_ascii}"
                if pattern == 1:
                    return f"@{f_ascii}_{l_ascii}{rng.randrange(100, 999)}"
                return f"@{f_ascii}{l_ascii}{rng.randrange(10, 99)}"

            handle = self.new_id(make_handle)
        phone = self.phone_for(market)
        key = self.new_id(lambda: f"MT{self.code}{rng.randrange(1000, 10000)}")
        town = self.town_for(market, lang)
        job = gender(rng.choice(wh.JOBS[lang]), fem)
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": phone,
                "handle": handle,
                "account_id": account_id,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if company else "consumer",
            "name": full,
            "job": job,
            "town": town,
        }
        p = Person(
            key, first, full, fem, lang, market, email, phone, handle, account_id, town, truth, lang
        )
        self.people.append(p)
        return p

    # ---- wording ---------------------------------------------------------------------

    def draw(self, p: Person, key: str, options: list[Any]) -> Any:
        used = p.used.setdefault(key, set())
        free = [i for i in range(len(options)) if i not in used]
        if not free:
            used.clear()
            free = list(range(len(options)))
        i = self.rng.choice(free)
        used.add(i)
        return options[i]

    def agent(self, lang: str) -> str:
        return str(self.rng.choice(wh.AGENTS[lang]))

    def render(self, p: Person, tpl: str, channel: str, inbound: bool = True, **kw: Any) -> str:
        fields: dict[str, Any] = {
            "mention": f"@{BRAND}" if channel in ("social", "community") else BRAND,
            "town": p.town,
            "name": p.name,
            "first": p.first,
        }
        fields.update(kw)
        text = gender(tpl.format(**fields), p.fem)
        if inbound:
            text = self.noise(text, p.cur, channel)
        return text

    def noise(self, text: str, lang: str, channel: str) -> str:
        rng = self.rng
        if rng.random() < 0.1:
            if lang == "de":
                for a, b in (
                    ("ä", "ae"),
                    ("ö", "oe"),
                    ("ü", "ue"),
                    ("Ä", "Ae"),
                    ("Ö", "Oe"),
                    ("Ü", "Ue"),
                ):
                    text = text.replace(a, b)
            else:
                kept = text.replace("ñ", "\x01").replace("Ñ", "\x02")
                kept = "".join(
                    ch
                    for ch in unicodedata.normalize("NFKD", kept)
                    if not unicodedata.combining(ch)
                )
                text = unicodedata.normalize("NFC", kept.replace("\x01", "ñ").replace("\x02", "Ñ"))
        if channel == "phone":
            return text
        first_word = text.split(" ", 1)[0]
        if rng.random() < 0.12 and first_word[:1].isupper() and not first_word.isupper():
            text = text[0].lower() + text[1:]
        if rng.random() < 0.1:
            words = text.split(" ")
            cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if cands:
                i = rng.choice(cands)
                w = words[i]
                j = rng.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def money(self, eur: float, lang: str, market: str) -> str:
        if market == "UK":
            return f"£{eur * 0.87:.2f}"
        if market == "CH":
            return f"CHF {eur * 0.95:.2f}"
        if lang == "en":
            return f"€{eur:.2f}"
        return f"{eur:.2f}".replace(".", ",") + " €"

    def case_ref(self) -> str:
        while True:
            ref = f"MT-{self.rng.randrange(100000, 1000000)}"
            if ref not in USED_CASES:
                USED_CASES.add(ref)
                return ref

    def spoken(self, ref: str, lang: str) -> str:
        digits = ref.split("-")[1]
        return f"{wt.SPOKEN_MT[lang]} {digits[:2]} {digits[2:4]} {digits[4:]}"

    # ---- time ------------------------------------------------------------------------

    def at(self, day: float, h0: float, h1: float) -> datetime:
        minutes = self.rng.uniform(h0 * 60, h1 * 60)
        return self.start + timedelta(
            days=int(day), minutes=minutes, seconds=self.rng.randrange(60)
        )

    def later(self, dt: datetime, m0: float, m1: float) -> datetime:
        return dt + timedelta(minutes=self.rng.uniform(m0, m1), seconds=self.rng.randrange(60))

    def out_of_night(self, dt: datetime) -> datetime:
        if dt.hour >= 22:
            base = (dt + timedelta(days=1)).replace(hour=8, minute=0, second=0)
            return base + timedelta(minutes=self.rng.uniform(0, 60))
        if dt.hour < 7:
            return dt.replace(hour=8, minute=0, second=0) + timedelta(
                minutes=self.rng.uniform(0, 60)
            )
        return dt

    def office(self, dt: datetime, h_end: int = 17) -> datetime:
        """Move a time into weekday office hours 08:00-h_end (next working morning)."""
        while dt.weekday() >= 5 or dt.hour >= h_end or dt.hour < 8:
            if dt.weekday() >= 5 or dt.hour >= h_end:
                dt = (dt + timedelta(days=1)).replace(hour=8, minute=0, second=0)
                dt += timedelta(minutes=self.rng.uniform(0, 55))
            else:
                dt = dt.replace(hour=8, minute=0, second=0) + timedelta(
                    minutes=self.rng.uniform(0, 55)
                )
        return dt

    def spread(
        self, n: int, days: list[int], h0: float, h1: float, gap_h: float = 2.0
    ) -> list[datetime]:
        for _ in range(500):
            times = sorted(self.at(self.rng.choice(days), h0, h1) for _ in range(n))
            if all((b - a) >= timedelta(hours=gap_h) for a, b in itertools.pairwise(times)):
                return times
        raise RuntimeError("cannot spread acts")

    # ---- touchpoints -----------------------------------------------------------------

    def tp(
        self,
        p: Person,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        *,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, Any] | None = None,
    ) -> str:
        self.count += 1
        eid = f"mt36-{self.code.lower()}-{self.count:05d}"
        self.tps.append(
            Tp(
                self.count,
                p,
                when,
                channel,
                kind,
                out,
                text,
                subject,
                scores or {},
                attrs or {},
                eid,
            )
        )
        return eid

    def say(self, p: Person, when: datetime, channel: str, text: str, subject: str) -> str:
        """An inbound message on any channel (the subject only where the channel has one)."""
        attrs = {"page": "/help/contact"} if channel == "web" else None
        subj = subject if channel in ("email", "web") and subject else None
        return self.tp(p, when, channel, KIND[channel], text, subj, attrs=attrs)

    # ---- happy acts ------------------------------------------------------------------

    def post(self, p: Person, when: datetime, table: dict[str, list[str]], key: str) -> str:
        channel = self.rng.choice(["social", "community"])
        kind = "mention" if channel == "social" else "post"
        text = self.render(p, self.draw(p, key, table[p.cur]), channel)
        return self.tp(p, when, channel, kind, text)

    def chat_qa(
        self,
        p: Person,
        when: datetime,
        table: dict[str, list[tuple[str, str]]] | None = None,
        key: str = "chat_q",
    ) -> str:
        q, a = self.draw(p, key, (table or wh.CHAT_Q)[p.cur])
        agent = self.agent(p.cur)
        eid = self.tp(p, when, "chat", "chat", self.render(p, q, "chat"))
        t1 = self.later(when, 1, 6)
        self.tp(
            p,
            t1,
            "chat",
            "chat",
            self.render(p, a, "chat", False),
            out=True,
            attrs={"agent": agent},
        )
        thanks = self.draw(p, "thanks", wh.THANKS[p.cur])
        self.tp(
            p, self.later(t1, 1, 5), "chat", "chat", self.render(p, thanks, "chat", agent=agent)
        )
        return eid

    def email_qa(
        self,
        p: Person,
        when: datetime,
        table: dict[str, list[tuple[str, str, str]]] | None = None,
        night_ok: bool = False,
    ) -> str:
        subject, q, a = self.draw(p, "email_q", (table or wh.EMAIL_Q)[p.cur])
        agent = self.agent(p.cur)
        eid = self.tp(p, when, "email", "message", self.render(p, q, "email"), subject)
        t1 = self.later(when, 20, 90)
        prefix = self.rng.choice(wt.REPLY_PREFIX[p.cur])
        self.tp(
            p,
            t1,
            "email",
            "message",
            self.render(p, a, "email", False, agent=agent),
            f"{prefix} {subject}",
            out=True,
        )
        t2 = self.later(t1, 10, 120)
        if not night_ok:
            t2 = self.out_of_night(t2)
        thanks = self.draw(
            p,
            "thanks",
            wh.THANKS[p.cur] if p.truth["segment"] == "consumer" else wb.B_THANKS[p.cur],
        )
        self.tp(
            p,
            t2,
            "email",
            "message",
            self.render(p, thanks, "email", agent=agent),
            f"{prefix} {subject}",
        )
        return eid

    def phone_q(self, p: Person, when: datetime) -> str:
        q, a = self.draw(p, "phone_q", wh.PHONE_Q[p.cur])
        agent = self.agent(p.cur)
        eid = self.tp(p, when, "phone", "call", self.render(p, q, "phone"))
        self.tp(
            p,
            self.later(when, 5, 30),
            "email",
            "message",
            self.render(p, a, "email", False, agent=agent),
            CALL_SUBJECT[p.cur],
            out=True,
        )
        return eid

    def purchase(
        self, p: Person, when: datetime, products: list[tuple[str, float, str]] | None = None
    ) -> str:
        product, eur, page = self.draw(p, "product", products or PRODUCTS)
        self.tp(p, when, "web", "page_view", attrs={"page": page})
        currency, factor = (
            ("GBP", 0.87)
            if p.market == "UK"
            else ("CHF", 0.95)
            if p.market == "CH"
            else ("EUR", 1.0)
        )
        attrs = {
            "page": page + "/checkout",
            "order_value": f"{eur * factor:.2f}",
            "currency": currency,
            "product": product,
        }
        return self.tp(p, self.later(when, 3, 20), "web", "purchase", attrs=attrs)

    def page(self, p: Person, when: datetime, pages: list[str] | None = None) -> str:
        return self.tp(
            p, when, "web", "page_view", attrs={"page": self.draw(p, "page", pages or PAGES)}
        )

    def review(self, p: Person, when: datetime) -> str:
        rating, text = self.draw(p, "review", wh.REVIEWS[p.cur])
        return self.tp(
            p,
            when,
            "web",
            "review",
            self.render(p, text, "web"),
            attrs={"rating": rating, "page": "/reviews"},
        )

    def survey(self, p: Person, when: datetime) -> str:
        kind = self.rng.choice(["nps", "csat", "ces"])
        value = {
            "nps": self.rng.choice([9, 10]),
            "csat": self.rng.choice([4, 5]),
            "ces": self.rng.choice([6, 7]),
        }[kind]
        style = self.rng.random()
        text: str | None = None
        if style < 0.4:
            text = self.draw(p, "survey_word", wh.SURVEY_WORDS[p.cur])
        elif style < 0.6:
            text = self.rng.choice(wh.SURVEY_EMOJI)
        return self.tp(
            p, when, "survey", "survey_response", text, scores={kind: value}, attrs={"survey": kind}
        )

    def happy(
        self, p: Person, when: datetime, kinds: tuple[str, ...] = HAPPY_KINDS, surveys: bool = False
    ) -> str:
        options = list(kinds) + (["survey"] if surveys else [])
        kind = self.rng.choice(options)
        if kind == "praise":
            return self.post(p, when, wh.PRAISE, "praise")
        if kind == "again":
            return self.post(p, when, wh.AGAIN_PRAISE, "again")
        if kind == "gripe":
            return self.post(p, when, wh.GRIPE_PRAISE, "gripe")
        if kind == "chat":
            return self.chat_qa(p, when)
        if kind == "email":
            return self.email_qa(p, when)
        if kind == "phone":
            return self.phone_q(p, when)
        if kind == "purchase":
            return self.purchase(p, when)
        if kind == "page":
            return self.page(p, when)
        if kind == "review":
            return self.review(p, when)
        return self.survey(p, when)

    # ---- trouble ---------------------------------------------------------------------

    def complaint(
        self, p: Person, when: datetime, problem: str, channel: str, long_email: bool = False
    ) -> str:
        lang = p.cur
        topic = wt.TOPIC[problem][lang]
        if channel == "email" and long_email:
            subject, body = self.draw(p, "long", wt.LONG_EMAIL[lang])
            inner = self.draw(p, "complaint", wt.COMPLAINT[problem][lang])
            inner = inner[0].lower() + inner[1:] if lang != "de" else inner
            text = self.render(p, body, "email", complaint=inner)
            return self.tp(p, when, "email", "message", text, subject)
        if channel in ("email", "chat", "web"):
            text = self.render(p, self.draw(p, "complaint", wt.COMPLAINT[problem][lang]), channel)
            return self.say(p, when, channel, text, wt.COMPLAINT_SUBJECT[lang].format(topic=topic))
        if channel == "phone":
            return self.say(p, when, "phone", self.render(p, wt.PHONE[problem][lang], "phone"), "")
        return self.say(p, when, "social", self.render(p, wt.MENTION[problem][lang], "social"), "")

    def follow(
        self, p: Person, when: datetime, problem: str, channel: str, case: str, nth: int, rival: str
    ) -> str:
        lang = p.cur
        restate = wt.RESTATE[problem][lang]
        table = wt.FOLLOW_UP if nth == 2 else wt.THIRD if nth == 3 else wt.FOURTH
        base = self.draw(p, f"follow{nth}", table[lang])
        kw: dict[str, Any] = {"case": case, "restate": restate, "rival": rival}
        if channel == "phone":
            spoken = self.spoken(case, lang)
            text = self.render(
                p, wt.PHONE_FOLLOW[lang], "phone", case_spoken=spoken, restate=spoken_words(restate)
            )
            if nth == 3:
                text += " " + wt.PHONE_THIRD[lang].format(rival=rival)
            elif nth == 4:
                text += " " + wt.PHONE_FOURTH[lang]
            return self.say(p, when, "phone", text, "")
        if channel == "social":
            if nth == 2:
                text = self.render(p, wt.SOCIAL_FOLLOW[lang], "social", **kw)
            else:
                text = self.render(p, "{mention} " + base, "social", **kw)
            return self.say(p, when, "social", text, "")
        text = self.render(p, base, channel, **kw)
        if channel == "email":
            prefix = self.rng.choice(wt.REPLY_PREFIX[lang])
            return self.say(
                p, when, "email", text, f"{prefix} {wt.CASE_SUBJECT[lang].format(case=case)}"
            )
        return self.say(p, when, channel, text, wt.CASE_SUBJECT[lang].format(case=case))

    def case_opened(self, p: Person, when: datetime, case: str, channel: str = "email") -> str:
        lang = p.cur
        text = self.render(
            p, wt.CASE_OPENED[lang], channel, False, case=case, agent=self.agent(lang)
        )
        if channel == "chat":
            return self.tp(p, when, "chat", "chat", text, out=True)
        return self.tp(
            p, when, "email", "message", text, wt.CASE_SUBJECT[lang].format(case=case), out=True
        )

    def passed_on(self, p: Person, when: datetime, case: str, problem: str) -> str:
        lang = p.cur
        text = self.render(
            p,
            wt.PASSED_ON[lang],
            "email",
            False,
            case=case,
            restate=wt.RESTATE[problem][lang],
            agent=self.agent(lang),
        )
        return self.tp(
            p, when, "email", "message", text, wt.CASE_SUBJECT[lang].format(case=case), out=True
        )

    def good_news(self, p: Person, when: datetime, case: str, problem: str) -> tuple[str, str]:
        lang = p.cur
        agent = self.agent(lang)
        fix = self.render(p, wt.FIX[problem][lang], "email", False)
        text = self.render(p, wt.GOOD_NEWS[lang], "email", False, fix=fix, agent=agent)
        eid = self.tp(
            p,
            when,
            "email",
            "message",
            text,
            wt.GOOD_NEWS_SUBJECT[lang].format(case=case),
            out=True,
        )
        return eid, agent

    def confirm(self, p: Person, when: datetime, case: str, agent: str, channel: str) -> str:
        lang = p.cur
        text = self.render(
            p, self.draw(p, "confirm", wt.CONFIRM[lang]), channel, case=case, agent=agent
        )
        if channel == "chat":
            return self.tp(p, when, "chat", "chat", text)
        prefix = self.rng.choice(wt.REPLY_PREFIX[lang])
        return self.tp(
            p,
            when,
            "email",
            "message",
            text,
            f"{prefix} {wt.GOOD_NEWS_SUBJECT[lang].format(case=case)}",
        )

    def low_score(self, p: Person, when: datetime, kind: str) -> tuple[str, int]:
        lang = p.cur
        if kind == "nps":
            value = self.rng.randint(1, 5)
            text: str | None = self.rng.choice(wt.LOW_NPS_WORDS[lang] + [""]) or None
        else:
            value = self.rng.randint(1, 2)
            text = self.rng.choice(wt.LOW_CSAT_WORDS[lang]) or None
        eid = self.tp(
            p, when, "survey", "survey_response", text, scores={kind: value}, attrs={"survey": kind}
        )
        return eid, value

    # ---- output ----------------------------------------------------------------------

    def records(self) -> list[dict[str, Any]]:
        rng = self.rng
        first_in: dict[str, int] = {}
        for t in sorted(self.tps, key=lambda x: (x.when, x.n)):
            if not t.outbound and t.person.key not in first_in:
                first_in[t.person.key] = t.n
        out: list[dict[str, Any]] = []
        for t in sorted(self.tps, key=lambda x: (x.when, x.n)):
            p = t.person
            full = {
                "customer_id": p.key,
                "email": p.email,
                "phone": p.phone,
                "handle": p.handle,
                "account_id": p.account_id,
            }
            if t.outbound or first_in.get(p.key) == t.n:
                cust = dict(full)
            else:
                cust = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": p.account_id,
                }
                if t.channel == "email":
                    cust["email"] = p.email.upper() if rng.random() < 1 / 12 else p.email
                elif t.channel == "phone":
                    cc = PHONES[p.market][0]
                    cust["phone"] = (
                        f"+{cc} {p.phone[len(cc) + 1 :]}" if rng.random() < 0.5 else p.phone
                    )
                elif t.channel in ("social", "community"):
                    if p.handle is None:
                        cust["email"] = p.email
                    else:
                        cust["handle"] = p.handle.lstrip("@") if rng.random() < 0.2 else p.handle
                else:
                    cust["customer_id"] = p.key
            attrs: dict[str, Any] = {"market": p.market}
            if p.account_id:
                attrs["segment"] = "b2b"
            attrs.update(t.attrs)
            out.append(
                {
                    "event_id": t.eid,
                    "occurred_at": iso(t.when),
                    "channel": t.channel,
                    "kind": t.kind,
                    "direction": "outbound" if t.outbound else "inbound",
                    "customer": cust,
                    "text": t.text,
                    "subject": t.subject,
                    "scores": {
                        "nps": t.scores.get("nps"),
                        "csat": t.scores.get("csat"),
                        "ces": t.scores.get("ces"),
                    },
                    "source": SOURCES[t.channel],
                    "attributes": {
                        k: (v if isinstance(v, str) else json.dumps(v)) for k, v in attrs.items()
                    },
                }
            )
        return out

    def write(self, planned: dict[str, int]) -> None:
        expected: dict[str, int] = {}
        for p in self.people:
            for rule in p.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = expected.get("topic_spike", 0) + 1
        if expected != planned:
            raise SystemExit(f"{self.name}: expected {expected}, planned {planned}")
        keys = {t.person.key for t in self.tps}
        for p in self.people:
            if p.key not in keys:
                raise SystemExit(f"{self.name}: {p.key} has no touchpoints")
        for t in self.tps:
            if not (t.when.year == 2026 and t.when < LIMIT):
                raise SystemExit(f"{self.name}: {t.eid} at {t.when} out of range")
        records = self.records()
        last = max(t.when for t in self.tps)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end {end} out of range")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": self.seed,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {p.key: p.truth for p in self.people},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        lines = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)
        (HERE / f"{self.name}.jsonl").write_text(lines, encoding="utf-8")
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (HERE / f"{self.name}.truth.json").write_text(text, encoding="utf-8")


def gender(text: str, fem: bool) -> str:
    return GENDER.sub(lambda m: m.group(1) if fem else m.group(2), text)


def spoken_words(text: str) -> str:
    """What a speech-to-text transcript keeps of a written phrase: lower case, no punctuation."""
    return re.sub(r"[^\w\s-]", "", text).lower()


def colleague(text: str, fem: bool) -> str:
    return COLLEAGUE.sub(lambda m: m.group(1) if fem else m.group(2), text)


def day(year: int, month: int, d: int) -> datetime:
    return datetime(year, month, d, tzinfo=UTC)


FAMILY_META: dict[str, tuple[str, int, datetime, int]] = {
    "happy_writers": ("HW", 1, day(2026, 2, 16), 10),
    "one_bad_day": ("BD", 2, day(2026, 3, 23), 12),
    "repeat_contacts": ("RC", 3, day(2026, 5, 4), 10),
    "slow_churners": ("SC", 4, day(2026, 6, 8), 32),
    "quiet_hours": ("QH", 5, day(2026, 8, 14), 3),
    "bilingual": ("BL", 6, day(2026, 9, 7), 14),
    "b2b_accounts": ("BB", 7, day(2026, 9, 28), 14),
    "topic_spike": ("TS", 8, day(2026, 10, 19), 7),
}
ABOUT = {
    "happy_writers": "happy customers writing by day and by night, and survey-only customers: "
    "no alert expected",
    "one_bad_day": "happy customers with one angry day each (and a few low scores), and happy "
    "controls",
    "repeat_contacts": "customers whose one problem stays open over 2-4 contacts, problems "
    "fixed between contacts, and frequent happy writers",
    "slow_churners": "customers sliding from praise to anger over days, leavers who cancel, "
    "steady, grumpy and sarcastic customers",
    "quiet_hours": "a calm summer weekend and night owls writing in short bursts: no alert "
    "expected",
    "bilingual": "customers writing in two languages: happy alternators, repeat contacts, "
    "sliders, one bad day, fixed problems",
    "b2b_accounts": "Motrino Fleet company accounts: accounts at risk, one unhappy contact, "
    "mild suggestions, happy accounts",
    "topic_spike": "a calm week and a planted spike: the app cannot find the car by its plate "
    "(error VL-317)",
}


def new_family(name: str) -> Fam:
    code, n, start, days = FAMILY_META[name]
    return Fam(name, code, n, start, days, ABOUT[name])


SILENCE_ONLY = ("silence",)
REPEAT_TOL = (
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
)
SLIDER_TOL = (
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
)
LEAVER_TOL = ("competitor_mention", "high_value_at_risk", "sentiment_drop", "silence")


# ---- families ------------------------------------------------------------------------


def happy_writers() -> Fam:
    f = new_family("happy_writers")
    for _ in range(22):
        p = f.person(f.lang(), "happy", "day writer")
        for when in f.spread(f.rng.randint(5, 8), list(range(10)), 8, 20):
            f.happy(p, when, surveys=True)
    for _ in range(5):
        p = f.person(f.lang(), "happy", "night writer")
        nights = f.rng.sample(range(9), f.rng.randint(2, 4))
        for n in nights:
            when = f.at(n, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.post(p, when, wh.NIGHT_POSTS, "night_post")
            else:
                f.chat_qa(p, when, wh.NIGHT_Q, "night_q")
        for when in f.spread(f.rng.randint(2, 3), list(range(10)), 9, 18):
            f.happy(p, when, ("praise", "purchase", "page", "review"))
    for _ in range(5):
        p = f.person(f.lang(), "happy", "answers surveys")
        for when in f.spread(f.rng.randint(3, 6), list(range(10)), 8, 20, 6):
            f.survey(p, when)
    f.write({})
    return f


def one_bad_day() -> Fam:
    f = new_family("one_bad_day")
    problems = [pr for pr in wt.PROBLEMS for _ in range(5)]
    channels = [c for c in ("long", "email", "chat", "social", "web", "phone") for _ in range(5)]
    f.rng.shuffle(channels)
    roles = ["csat"] * 6 + ["nps"] * 6 + ["none"] * 18
    f.rng.shuffle(roles)
    fixed = [True] * 15 + [False] * 15
    f.rng.shuffle(fixed)
    apologies = 0
    for i in range(30):
        lang = f.lang()
        if channels[i] == "long" and lang not in wt.LONG_EMAIL:
            lang = "es"
        detractor = roles[i] == "nps"
        p = f.person(
            lang,
            "bad_day_detractor" if detractor else "happy_one_bad_day",
            "one bad day",
            expected=("detractor",) if detractor else (),
            tolerated=SILENCE_ONLY,
        )
        bad_day = f.rng.randint(2, 9)
        bad = f.at(bad_day, 8, 20)
        allowed = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        for when in f.spread(f.rng.randint(1, 5), allowed, 8, 19):
            f.happy(p, when)
        problem = problems[i]
        channel = "email" if channels[i] == "long" else channels[i]
        eid = f.complaint(p, bad, problem, channel, long_email=channels[i] == "long")
        case = f.case_ref()
        tr = p.truth
        tr.update(
            {
                "problem": problem,
                "channel": channel,
                "long_email": channels[i] == "long",
                "bad_day_at": iso(bad),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(bad),
                "booking": case,
            }
        )
        if channel == "chat":
            f.case_opened(p, f.later(bad, 2, 8), case, "chat")
        elif channel != "social":
            f.case_opened(p, f.later(bad, 10, 40), case)
        tr["csat_given"] = roles[i] == "csat"
        tr["nps_given"] = detractor
        if roles[i] == "csat":
            sid, value = f.low_score(p, f.later(bad, 40, 80), "csat")
            tr.update({"csat": value, "survey_event_id": sid})
        elif detractor:
            sid, value = f.low_score(p, f.later(bad, 100, 140), "nps")
            tr.update({"nps": value, "survey_event_id": sid})
        tr["agent_fixed"] = fixed[i]
        tr["apologised"] = False
        if fixed[i]:
            f.good_news(p, f.later(bad, 60, 240), case, problem)
            if apologies < 6:
                apologies += 1
                when = f.out_of_night(f.later(bad, 16 * 60, 24 * 60))
                ch = f.rng.choice(["chat", "email"])
                text = f.render(p, f.draw(p, "apology", wt.APOLOGY[p.cur]), ch)
                if ch == "chat":
                    aid = f.tp(p, when, "chat", "chat", text)
                else:
                    aid = f.tp(
                        p,
                        when,
                        "email",
                        "message",
                        text,
                        f"Re: {wt.GOOD_NEWS_SUBJECT[p.cur].format(case=case)}",
                    )
                tr.update({"apologised": True, "apology_at": iso(when), "apology_event_id": aid})
    for _ in range(10):
        p = f.person(f.lang(), "happy", "control")
        for when in f.spread(f.rng.randint(4, 7), list(range(12)), 8, 20):
            f.happy(p, when)
    f.write({"detractor": 6})
    return f


def open_case(f: Fam, p: Person, first: datetime, contacts: int, passed: bool) -> dict[str, Any]:
    """One problem raised `contacts` times on different channels, still open (later contacts
    name the case)."""
    problem = f.rng.choice(wt.PROBLEMS)
    channels = ["email", "chat", "phone", "social", "web"]
    f.rng.shuffle(channels)
    case = f.case_ref()
    rival = f.rng.choice(RIVALS)
    eids = [f.complaint(p, first, problem, channels[0])]
    if passed:
        f.passed_on(p, f.later(first, 90, 150), case, problem)
    else:
        f.case_opened(p, f.later(first, 5, 30), case, "chat" if channels[0] == "chat" else "email")
    when = first
    langs = p.truth.get("languages")
    for nth in range(2, contacts + 1):
        when = f.out_of_night(f.later(when, 4 * 60, 40 * 60))
        if langs:
            p.cur = langs[(nth - 1) % 2]
        eids.append(f.follow(p, when, problem, channels[nth - 1], case, nth, rival))
    return {
        "booking": case,
        "problem_event_ids": eids,
        "agent_passed_on": passed,
        "contacts": contacts,
        "channels": channels[:contacts],
        "problem": problem,
        "trouble_starts_at": iso(first),
    }


def fixed_case(
    f: Fam, p: Person, problem: str, raised: datetime, channel: str, confirm_lang: str | None = None
) -> dict[str, Any]:
    case = f.case_ref()
    eid = f.complaint(p, raised, problem, channel)
    f.case_opened(p, f.later(raised, 5, 30), case, "chat" if channel == "chat" else "email")
    if confirm_lang:
        p.cur = confirm_lang
    fixed_at = f.later(raised, 3 * 60, 20 * 60)
    _, agent = f.good_news(p, fixed_at, case, problem)
    confirm_at = f.out_of_night(f.later(fixed_at, 8 * 60, 30 * 60))
    cch = f.rng.choice(["email", "chat"])
    cid = f.confirm(p, confirm_at, case, agent, cch)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(raised),
        "fixed_at": iso(fixed_at),
        "confirmed_at": iso(confirm_at),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = new_family("repeat_contacts")
    counts = [2] * 4 + [3] * 5 + [4] * 4
    passed = [True] * 7 + [False] * 6
    f.rng.shuffle(passed)
    for i, n in enumerate(counts):
        p = f.person(
            f.lang(),
            "repeat_contact",
            "repeats one open problem",
            expected=("repeat_contact",),
            tolerated=REPEAT_TOL,
        )
        for when in f.spread(f.rng.randint(1, 3), [0], 7, 12, 1):
            f.happy(p, when, ("praise", "chat", "purchase", "page", "review"))
        info = open_case(f, p, f.at(f.rng.randint(1, 4), 8, 19), n, passed[i])
        p.truth.update(info)
    for _ in range(5):
        p = f.person(
            f.lang(),
            "resolved_between_contacts",
            "problem fixed between contacts",
            tolerated=SILENCE_ONLY,
        )
        for when in f.spread(f.rng.randint(1, 3), [0, 1], 8, 12, 1):
            f.happy(p, when, ("praise", "chat", "purchase", "page"))
        raised = f.at(f.rng.randint(2, 4), 13, 19)
        case = fixed_case(
            f, p, f.rng.choice(wt.PROBLEMS), raised, f.rng.choice(["email", "chat", "web", "phone"])
        )
        p.truth.update(
            {
                "problems": [case],
                "problem": case["problem"],
                "booking": case["booking"],
                "trouble_starts_at": case["raised_at"],
            }
        )
    for _ in range(3):
        p = f.person(
            f.lang(), "different_problems", "two different problems", tolerated=SILENCE_ONLY
        )
        two = f.rng.sample(list(wt.PROBLEMS), 2)
        first = f.at(f.rng.randint(0, 2), 9, 18)
        second = f.at((first - f.start).days + f.rng.randint(4, 6), 9, 14)
        cases = [
            fixed_case(f, p, two[0], first, f.rng.choice(["email", "chat", "web"])),
            fixed_case(f, p, two[1], second, f.rng.choice(["email", "chat", "phone"])),
        ]
        p.truth.update({"problems": cases, "trouble_starts_at": cases[0]["raised_at"]})
    for _ in range(9):
        p = f.person(f.lang(), "happy", "frequent writer")
        for when in f.spread(f.rng.randint(5, 8), list(range(10)), 8, 19):
            f.happy(p, when, ("chat", "chat", "email", "email", "phone", "purchase", "praise"))
    f.write({"repeat_contact": 13})
    return f


def slide(
    f: Fam, p: Person, begin: datetime, span: int, langs: list[str] | None = None
) -> list[str]:
    eids: list[str] = []
    rival = f.rng.choice(RIVALS)
    gaps = sorted(f.rng.uniform(0, span) for _ in range(4))
    offsets = [0.0, *gaps, float(span)]
    prev = begin - timedelta(hours=2)
    for step in range(6):
        if langs:
            p.cur = langs[step % 2]
        when = f.out_of_night(begin + timedelta(days=offsets[step], minutes=f.rng.uniform(0, 50)))
        if when < prev + timedelta(hours=1):
            when = f.out_of_night(prev + timedelta(hours=1, minutes=f.rng.uniform(5, 90)))
        prev = when
        text_tpl = wt.SLIDE[p.cur][step]
        channel = f.rng.choice(["social", "community", "review"])
        if channel == "review":
            text = f.render(p, text_tpl, "web", rival=rival)
            eids.append(
                f.tp(
                    p,
                    when,
                    "web",
                    "review",
                    text,
                    attrs={"rating": wt.SLIDE_RATINGS[step], "page": "/reviews"},
                )
            )
        else:
            text = f.render(p, text_tpl, channel, rival=rival)
            eids.append(f.tp(p, when, channel, "mention" if channel == "social" else "post", text))
    return eids


def slow_churners() -> Fam:
    f = new_family("slow_churners")
    nps = [True] * 5 + [False] * 5
    f.rng.shuffle(nps)
    spans = [3, 5, 7, 9, 3, 5, 7, 9, 5, 7]
    for i in range(10):
        p = f.person(
            f.lang(),
            "slow_churner",
            "slides",
            expected=("sentiment_drop", "detractor") if nps[i] else ("sentiment_drop",),
            tolerated=SLIDER_TOL,
        )
        times = f.spread(f.rng.randint(4, 5) + f.rng.randint(2, 4), list(range(11)), 8, 20)
        n_praise = f.rng.randint(4, 5)
        order = ["praise"] * n_praise + ["other"] * (len(times) - n_praise)
        f.rng.shuffle(order)
        for when, what in zip(times, order, strict=True):
            if what == "praise":
                if f.rng.random() < 0.7:
                    f.post(p, when, wh.PRAISE, "praise")
                else:
                    f.post(p, when, wh.AGAIN_PRAISE, "again")
            else:
                f.happy(p, when, ("chat", "email", "purchase", "page", "review"))
        begin = f.at(f.rng.randint(12, 16), 9, 19)
        eids = slide(f, p, begin, spans[i])
        p.truth.update(
            {"slide_event_ids": eids, "slide_days": spans[i], "trouble_starts_at": iso(begin)}
        )
        p.truth["nps_given"] = nps[i]
        if nps[i]:
            fourth = next(t.when for t in f.tps if t.eid == eids[3])
            sid, value = f.low_score(p, f.out_of_night(f.later(fourth, 150, 210)), "nps")
            p.truth.update({"nps": value, "survey_event_id": sid})
    for _ in range(5):
        p = f.person(
            f.lang(),
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=LEAVER_TOL,
        )
        for when in f.spread(f.rng.randint(4, 6), list(range(16)), 8, 20):
            f.happy(p, when)
        asked = f.at(f.rng.randint(17, 23), 8, 19)
        subject, body = f.draw(p, "leave", wt.LEAVE[p.cur])
        eid = f.tp(p, asked, "email", "message", f.render(p, body, "email"), subject)
        reply = f.render(p, wt.LEAVE_REPLY[p.cur], "email", False, agent=f.agent(p.cur))
        f.tp(p, f.later(asked, 60, 300), "email", "message", reply, f"Re: {subject}", out=True)
        cancel = f.later(asked, 20 * 60, 30 * 60)
        reason = f.rng.choice(wt.CANCEL_REASON[p.cur]) or None
        cid = f.tp(p, cancel, "web", "cancellation", reason, attrs={"page": "/profile/plan/cancel"})
        p.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(cancel),
                "trouble_starts_at": iso(asked),
            }
        )
    for _ in range(6):
        p = f.person(f.lang(), "happy", "steady")
        for when in f.spread(f.rng.randint(6, 10), list(range(32)), 8, 20):
            f.happy(p, when, surveys=True)
    for _ in range(5):
        p = f.person(
            f.lang(), "steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence")
        )
        t = f.at(f.rng.randint(0, 4), 8, 20)
        eids = []
        for _ in range(f.rng.randint(5, 7)):
            channel = f.rng.choice(["social", "community", "web", "review"])
            text_tpl = f.draw(p, "grumble", wt.GRUMBLES[p.cur])
            if channel == "review":
                text = f.render(p, text_tpl, "web")
                attrs = {"rating": 3, "page": "/reviews"}
                eids.append(f.tp(p, t, "web", "review", text, attrs=attrs))
            else:
                eids.append(f.say(p, t, channel, f.render(p, text_tpl, channel), ""))
            t = f.out_of_night(f.later(t, 24 * 60, 72 * 60))
        for _ in range(f.rng.randint(0, 2)):
            f.purchase(p, f.at(f.rng.randint(0, 30), 9, 19))
        p.truth["grumble_event_ids"] = eids
    for _ in range(5):
        p = f.person(
            f.lang(),
            "happy_one_sarcastic_remark",
            "happy, one sarcastic post",
            tolerated=SILENCE_ONLY,
        )
        for when in f.spread(f.rng.randint(4, 7), list(range(15)) + list(range(29, 32)), 8, 20):
            f.happy(p, when)
        when = f.at(f.rng.randint(17, 28), 8, 21)
        eid = f.post(p, when, wh.SARCASM, "sarcasm")
        p.truth["sarcasm_event_id"] = eid
    f.write({"churn_intent": 5, "detractor": 5, "sentiment_drop": 10})
    return f


def quiet_hours() -> Fam:
    f = new_family("quiet_hours")
    for _ in range(18):
        p = f.person(f.lang(), "happy", "day writer")
        for when in f.spread(f.rng.randint(1, 4), [0, 1, 2], 7, 17.5):
            f.happy(p, when, ("praise", "again", "chat", "purchase", "page", "review", "phone"))
    for i in range(4):
        p = f.person(f.lang(), "grumbles_once", "grumbles once", tolerated=SILENCE_ONLY)
        when = f.at(f.rng.randint(0, 2), 9, 17)
        q, a = f.draw(p, "quiet", wt.QUIET_GRUMBLES[p.cur])
        if i < 2:
            eid = f.tp(p, when, "chat", "chat", f.render(p, q, "chat"))
            f.tp(p, f.later(when, 1, 6), "chat", "chat", a, out=True)
        else:
            eid = f.tp(
                p, when, "web", "ticket", f.render(p, q, "web"), attrs={"page": "/help/contact"}
            )
            f.tp(
                p,
                f.later(when, 30, 120),
                "email",
                "message",
                a,
                {
                    "es": "Tu mensaje",
                    "de": "Ihre Nachricht",
                    "en": "Your message",
                    "fr": "Votre message",
                    "it": "Il suo messaggio",
                    "pt": "A sua mensagem",
                }[p.cur],
                out=True,
            )
        p.truth["grumble_event_id"] = eid
    owls = 0
    day_acts = [True] * 15 + [False] * 21
    f.rng.shuffle(day_acts)
    for night in (1, 2, 3):
        first = f.start + timedelta(days=night, minutes=f.rng.uniform(70, 90))
        starts = [
            first,
            first + timedelta(minutes=f.rng.uniform(30, 34)),
            first + timedelta(minutes=f.rng.uniform(60, 68)),
        ]
        for b, bstart in enumerate(starts, 1):
            for _ in range(4):
                p = f.person(f.lang(), "night_owl", f"night {night}, burst {b}")
                when = bstart + timedelta(minutes=f.rng.uniform(0, 9.5))
                if f.rng.random() < 0.5:
                    eid = f.chat_qa(p, when, wh.NIGHT_Q, "night_q")
                else:
                    eid = f.post(
                        p, when, wh.NIGHT_POSTS if f.rng.random() < 0.6 else wh.PRAISE, "night_post"
                    )
                p.truth.update({"burst_at": iso(bstart), "night_event_id": eid})
                if day_acts[owls]:
                    f.happy(
                        p,
                        f.at(f.rng.choice([0, 1, 2]), 9, 17.5),
                        ("praise", "purchase", "page", "review"),
                    )
                owls += 1
    f.write({})
    return f


BILINGUAL_PAIRS: list[tuple[str, str, str, int]] = [
    ("es", "en", "UK", 2),
    ("de", "en", "UK", 1),
    ("es", "de", "DE", 2),
    ("de", "es", "ES", 2),
    ("de", "fr", "CH", 2),
    ("fr", "de", "CH", 2),
    ("it", "de", "CH", 2),
    ("de", "it", "CH", 2),
    ("es", "fr", "FR", 2),
    ("es", "pt", "PT", 2),
    ("en", "es", "ES", 2),
    ("pt", "es", "ES", 2),
    ("en", "de", "DE", 2),
    ("de", "en", "IE", 1),
    ("fr", "es", "ES", 1),
    ("it", "es", "ES", 1),
]


def bilingual() -> Fam:
    f = new_family("bilingual")
    pairs = [(a, b, m) for a, b, m, n in BILINGUAL_PAIRS for _ in range(n)]
    f.rng.shuffle(pairs)
    roles = ["happy"] * 13 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 2
    repeat_counts = [2, 2, 3, 3, 4]
    repeat_passed = [True, True, True, False, False]
    bad_channels = ["long", "email", "chat"]
    for role, (l1, l2, market) in zip(roles, pairs, strict=True):
        langs = [l1, l2]
        persona, habit, exp, tol = {
            "happy": ("happy", "alternates languages", (), ()),
            "repeat": (
                "repeat_contact",
                "repeats one open problem",
                ("repeat_contact",),
                REPEAT_TOL,
            ),
            "slide": ("slow_churner", "slides", ("sentiment_drop",), SLIDER_TOL),
            "bad": ("happy_one_bad_day", "one bad day", (), SILENCE_ONLY),
            "fixed": (
                "resolved_between_contacts",
                "problem fixed between contacts",
                (),
                SILENCE_ONLY,
            ),
        }[role]
        p = f.person(l1, persona, habit, market=market, expected=exp, tolerated=tol)
        p.truth["languages"] = langs
        p.truth["job_second_language"] = gender(f.rng.choice(wh.JOBS[l2]), p.fem)
        if role == "happy":
            for k, when in enumerate(f.spread(f.rng.randint(5, 8), list(range(14)), 8, 20)):
                p.cur = langs[k % 2]
                f.happy(p, when)
        elif role == "repeat":
            for k, when in enumerate(f.spread(f.rng.randint(1, 3), [0, 1], 8, 19)):
                p.cur = langs[k % 2]
                f.happy(p, when, ("praise", "chat", "purchase", "page"))
            p.cur = l1
            n = repeat_counts.pop(0)
            info = open_case(f, p, f.at(f.rng.randint(2, 6), 8, 19), n, repeat_passed.pop(0))
            p.truth.update(info)
        elif role == "slide":
            times = f.spread(5 + f.rng.randint(1, 3), list(range(6)), 8, 20)
            order = ["praise"] * 5 + ["other"] * (len(times) - 5)
            f.rng.shuffle(order)
            k = 0
            for when, what in zip(times, order, strict=True):
                if what == "praise":
                    p.cur = langs[k % 2]
                    k += 1
                    f.post(p, when, wh.PRAISE, "praise")
                else:
                    f.happy(p, when, ("chat", "purchase", "page"))
            begin = f.at(f.rng.randint(6, 8), 9, 19)
            span = f.rng.randint(3, 5)
            eids = slide(f, p, begin, span, langs)
            p.truth.update(
                {"slide_event_ids": eids, "slide_days": span, "trouble_starts_at": iso(begin)}
            )
        elif role == "bad":
            kind = bad_channels.pop(0)
            bad_day = f.rng.randint(4, 9)
            bad = f.at(bad_day, 9, 19)
            allowed = [d for d in range(14) if d <= bad_day - 2 or d >= bad_day + 3]
            for k, when in enumerate(f.spread(f.rng.randint(3, 5), allowed, 8, 19)):
                p.cur = langs[k % 2]
                f.happy(p, when)
            p.cur = l2
            problem = f.rng.choice(wt.PROBLEMS)
            channel = "chat" if kind == "chat" else "email"
            eid = f.complaint(p, bad, problem, channel, long_email=kind == "long")
            case = f.case_ref()
            if channel == "chat":
                f.case_opened(p, f.later(bad, 2, 8), case, "chat")
            p.truth.update(
                {
                    "problem": problem,
                    "channel": channel,
                    "long_email": kind == "long",
                    "bad_day_at": iso(bad),
                    "bad_day_event_id": eid,
                    "bad_day_language": p.cur,
                    "trouble_starts_at": iso(bad),
                    "booking": case,
                    "agent_fixed": kind != "chat",
                    "apologised": kind == "long",
                }
            )
            if kind != "chat":
                f.good_news(p, f.later(bad, 60, 240), case, problem)
                if kind == "long":
                    when = f.out_of_night(f.later(bad, 16 * 60, 24 * 60))
                    aid = f.tp(
                        p,
                        when,
                        "chat",
                        "chat",
                        f.render(p, f.draw(p, "apology", wt.APOLOGY[p.cur]), "chat"),
                    )
                    p.truth.update({"apology_at": iso(when), "apology_event_id": aid})
        else:
            for k, when in enumerate(f.spread(f.rng.randint(2, 4), list(range(4)), 8, 19)):
                p.cur = langs[k % 2]
                f.happy(p, when)
            p.cur = l1
            fixed = fixed_case(
                f,
                p,
                f.rng.choice(wt.PROBLEMS),
                f.at(f.rng.randint(5, 9), 9, 17),
                f.rng.choice(["email", "chat", "web"]),
                confirm_lang=l2,
            )
            p.truth.update(
                {
                    "problems": [fixed],
                    "problem": fixed["problem"],
                    "booking": fixed["booking"],
                    "trouble_starts_at": fixed["raised_at"],
                    "confirm_language": l2,
                }
            )
        p.cur = l1
    f.write({"repeat_contact": 5, "sentiment_drop": 5})
    return f


ACCOUNT_PLAN: list[tuple[str, int, str, str | None, int, int]] = [
    # market, company index, kind, problem, contacts, complainers
    ("ES", 0, "at_risk", "invoice", 6, 4),
    ("ES", 1, "at_risk", "vehicles_blocked", 5, 3),
    ("DE", 1, "at_risk", "overbilled", 6, 4),
    ("DE", 2, "at_risk", "portal", 5, 3),
    ("AT", 0, "at_risk", "invoice", 5, 3),
    ("UK", 0, "one_unhappy", "portal", 4, 1),
    ("DE", 3, "one_unhappy", "invoice", 3, 1),
    ("FR", 0, "one_unhappy", "overbilled", 4, 1),
    ("ES", 3, "one_unhappy", "portal", 3, 1),
    ("DE", 4, "mild", None, 4, 2),
    ("IT", 0, "mild", None, 3, 2),
    ("PT", 0, "mild", None, 4, 2),
    ("ES", 2, "happy", None, 4, 0),
    ("CH", 0, "happy", None, 3, 0),
    ("IE", 0, "happy", None, 4, 0),
]
MARKET_LANG = {
    "ES": "es",
    "DE": "de",
    "AT": "de",
    "CH": "de",
    "UK": "en",
    "IE": "en",
    "FR": "fr",
    "IT": "it",
    "PT": "pt",
}


def b2b_complaint(f: Fam, p: Person, when: datetime, problem: str, company: str, case: str) -> str:
    """A company contact's first complaint by e-mail and the agent's acknowledgement."""
    lang = p.cur
    text = f.render(p, wb.B_COMPLAINT[problem][lang], "email", company=company)
    subject = wt.COMPLAINT_SUBJECT[lang].format(topic=wb.B_TOPIC[problem][lang])
    eid = f.tp(p, when, "email", "message", text, subject)
    agent = f.agent(lang)
    ack = f.render(p, wb.B_ACK[lang], "email", False, case=case, company=company, agent=agent)
    reply_subject = wt.CASE_SUBJECT[lang].format(case=case)
    f.tp(p, f.later(when, 20, 90), "email", "message", ack, reply_subject, out=True)
    return eid


def b2b_routine(f: Fam, p: Person, before: datetime | None, surveys: bool) -> None:
    n = f.rng.randint(1, 3) if before else f.rng.randint(3, 6)
    days = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    for _ in range(40):
        times = f.spread(n, days, 8, 16.5, 3)
        if before is None or all(t <= before - timedelta(hours=14) for t in times):
            break
    else:
        return
    for when in times:
        kinds = ["chat", "email", "purchase", "page"] + (
            [] if before else ["praise", "survey"] if surveys else []
        )
        kind = f.rng.choice(kinds)
        if kind == "email" and before is not None and when > before - timedelta(hours=48):
            kind = "chat"  # an e-mail's thanks may wait for the next working morning
        if kind == "chat":
            q, a = f.draw(p, "b_chat", wb.B_CHAT_Q[p.cur])
            agent = f.agent(p.cur)
            f.tp(p, when, "chat", "chat", f.render(p, q, "chat"))
            t1 = f.later(when, 1, 6)
            f.tp(p, t1, "chat", "chat", a, out=True)
            f.tp(
                p,
                f.later(t1, 1, 5),
                "chat",
                "chat",
                f.render(p, f.draw(p, "b_thanks", wb.B_THANKS[p.cur]), "chat", agent=agent),
            )
        elif kind == "email":
            subject, q, a = f.draw(p, "b_email", wb.B_EMAIL_Q[p.cur])
            agent = f.agent(p.cur)
            f.tp(p, when, "email", "message", f.render(p, q, "email"), subject)
            t1 = f.later(when, 20, 90)
            prefix = f.rng.choice(wt.REPLY_PREFIX[p.cur])
            f.tp(p, t1, "email", "message", a.format(agent=agent), f"{prefix} {subject}", out=True)
            t2 = f.office(f.later(t1, 10, 120))
            f.tp(
                p,
                t2,
                "email",
                "message",
                f.render(p, f.draw(p, "b_thanks", wb.B_THANKS[p.cur]), "email", agent=agent),
                f"{prefix} {subject}",
            )
        elif kind == "purchase":
            f.purchase(p, when, B_PRODUCTS)
        elif kind == "page":
            f.page(p, when, B_PAGES)
        elif kind == "praise":
            f.tp(
                p,
                when,
                "community",
                "post",
                f.render(p, f.draw(p, "b_praise", wb.B_PRAISE[p.cur]), "community"),
            )
        else:
            f.survey(p, when)


def b2b_accounts() -> Fam:
    f = new_family("b2b_accounts")
    for market, ci, kind, problem, n_contacts, n_unhappy in ACCOUNT_PLAN:
        company, site, domain = wb.COMPANIES[market][ci]
        lang = MARKET_LANG[market]
        acc_id = f.new_id(lambda m=market: f"MTF-{m}-{f.rng.randrange(1000, 10000)}")
        taken: set[str] = set()
        contacts: list[Person] = []
        for k in range(n_contacts):
            exp: tuple[str, ...]
            tol: tuple[str, ...]
            unhappy = k < n_unhappy
            if kind == "at_risk" and unhappy:
                last = k == n_unhappy - 1
                persona, exp = "b2b_unhappy", ("repeat_contact",) if last else ("detractor",)
                tol = (
                    "account_risk",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "sentiment_drop",
                    "silence",
                )
                role = "complainer"
            elif kind == "one_unhappy" and unhappy:
                persona, exp, tol, role = (
                    "b2b_one_unhappy",
                    ("detractor",),
                    ("high_value_at_risk", "sentiment_drop", "silence"),
                    "complainer",
                )
            elif kind == "mild" and unhappy:
                persona, exp, tol, role = "b2b_mild", (), SILENCE_ONLY, "suggests"
            else:
                persona, exp, tol, role = "b2b_happy", (), (), "contact"
            p = f.person(
                lang,
                persona,
                role,
                market=market,
                expected=exp,
                tolerated=tol,
                company=(company, site, domain),
                account_id=acc_id,
                taken_first=taken,
            )
            position = gender(f.rng.choice(wb.ROLES[lang]), p.fem)
            p.truth.update({"company": company, "role": role, "job": position})
            contacts.append(p)
        unhappy_ps = contacts[:n_unhappy]
        acc: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n_contacts,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": n_unhappy if kind in ("at_risk", "one_unhappy") else 0,
            "unhappy_contact_keys": [c.key for c in unhappy_ps]
            if kind in ("at_risk", "one_unhappy")
            else [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        f.accounts[acc_id] = acc
        firsts: dict[str, datetime] = {}
        if kind == "at_risk" and problem:
            case = f.case_ref()
            rival = f.rng.choice(RIVALS)
            when = f.office(f.at(f.rng.choice([3, 4]), 8, 15), 15)
            first_p = unhappy_ps[0]
            acc["trouble_starts_at"] = iso(when)
            for k, p in enumerate(unhappy_ps):
                if k:
                    when = f.office(f.later(when, 8 * 60, 28 * 60), 15)
                firsts[p.key] = when
                restate = wb.B_RESTATE[problem][lang]
                topic = wb.B_TOPIC[problem][lang]
                if k == 0:
                    eid = b2b_complaint(f, p, when, problem, company, case)
                else:
                    weekday = wb.WEEKDAYS[lang][firsts[first_p.key].weekday()]
                    tpl = colleague(wb.B_LATER[lang][(k - 1) % len(wb.B_LATER[lang])], first_p.fem)
                    text = f.render(
                        p,
                        tpl,
                        "email",
                        company=company,
                        colleague=first_p.first,
                        weekday=weekday,
                        case=case,
                        restate=restate,
                    )
                    eid = f.tp(
                        p,
                        when,
                        "email",
                        "message",
                        text,
                        f"{wt.CASE_SUBJECT[lang].format(case=case)} - {topic}",
                    )
                p.truth.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(when),
                    }
                )
                if k < len(unhappy_ps) - 1:
                    sid, value = f.low_score(p, f.later(when, 60, 180), "nps")
                    p.truth.update({"nps_given": True, "nps": value, "survey_event_id": sid})
                else:
                    again = f.office(f.later(when, 18 * 60, 40 * 60), 17)
                    if f.rng.random() < 0.6:
                        text = f.render(
                            p, wb.B_LAST[lang], "email", case=case, restate=restate, rival=rival
                        )
                        rid = f.tp(
                            p,
                            again,
                            "email",
                            "message",
                            text,
                            f.rng.choice(wt.REPLY_PREFIX[lang])
                            + " "
                            + wt.CASE_SUBJECT[lang].format(case=case),
                        )
                        ch = "email"
                    else:
                        text = f.render(
                            p,
                            wb.B_LAST_PHONE[lang],
                            "phone",
                            company=company.lower(),
                            case_spoken=f.spoken(case, lang),
                            restate=spoken_words(restate),
                        )
                        rid = f.tp(p, again, "phone", "call", text)
                        ch = "phone"
                    p.truth.update(
                        {
                            "nps_given": False,
                            "repeat_event_id": rid,
                            "complaint_event_ids": [eid, rid],
                            "channel": ch,
                        }
                    )
        elif kind == "one_unhappy" and problem:
            p = unhappy_ps[0]
            case = f.case_ref()
            when = f.office(f.at(f.rng.randint(3, 10), 8, 15), 15)
            firsts[p.key] = when
            eid = b2b_complaint(f, p, when, problem, company, case)
            sid, value = f.low_score(p, f.later(when, 60, 180), "nps")
            p.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(when),
                    "nps_given": True,
                    "nps": value,
                    "survey_event_id": sid,
                }
            )
        elif kind == "mild":
            suggestions = list(wb.B_MILD[lang])
            f.rng.shuffle(suggestions)
            for p, text_tpl in zip(unhappy_ps, suggestions, strict=True):
                when = f.office(f.at(f.rng.randint(2, 12), 8, 17), 17)
                firsts[p.key] = when
                eid = f.tp(
                    p,
                    when,
                    "web",
                    "ticket",
                    f.render(p, text_tpl, "web"),
                    SUGGESTION_SUBJECT[lang],
                    attrs={"page": "/fleet/contact"},
                )
                ack = f.render(p, wb.B_MILD_ACK[lang], "email", False, agent=f.agent(lang))
                f.tp(
                    p,
                    f.later(when, 30, 150),
                    "email",
                    "message",
                    ack,
                    f"Re: {SUGGESTION_SUBJECT[lang]}",
                    out=True,
                )
                p.truth.update({"mild_event_id": eid, "trouble_starts_at": iso(when)})
        for p in contacts:
            b2b_routine(f, p, firsts.get(p.key), surveys=p.key not in firsts)
            if not any(t.person is p for t in f.tps):
                f.page(p, f.office(f.at(f.rng.randint(0, 2), 8, 12)), B_PAGES)
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})
    return f


def topic_spike() -> Fam:
    f = new_family("topic_spike")
    calm_days = [0, 1, 2, 3, 4, 6]
    for _ in range(40):
        p = f.person(f.lang(), "happy", "day writer")
        for when in f.spread(f.rng.randint(1, 4), [0, 1, 2, 3, 4, 5, 6], 8, 20):
            f.happy(p, when)
    for _ in range(2):
        p = f.person(f.lang(), "grumbles_once", "grumbles once", tolerated=SILENCE_ONLY)
        q, a = f.draw(p, "quiet", wt.QUIET_GRUMBLES[p.cur])
        when = f.at(f.rng.choice(calm_days), 9, 18)
        eid = f.tp(p, when, "chat", "chat", f.render(p, q, "chat"))
        f.tp(p, f.later(when, 1, 6), "chat", "chat", a, out=True)
        p.truth["grumble_event_id"] = eid
    for lang, hh, mm in (("es", 9, 14), ("de", 14, 37)):
        p = f.person(lang, "grumbles_once", "lone question", tolerated=SILENCE_ONLY)
        q, a = wt.LONE_Q[lang]
        when = f.start + timedelta(days=4, hours=hh, minutes=mm)
        eid = f.tp(p, when, "chat", "chat", f.render(p, q, "chat"))
        f.tp(p, f.later(when, 1, 5), "chat", "chat", a, out=True)
        p.truth["lone_report_event_id"] = eid
    spike_start = f.start + timedelta(days=5, hours=8, minutes=5)
    spike_end = f.start + timedelta(days=5, hours=8, minutes=50)
    langs = ["es"] * 7 + ["de"] * 7 + ["en"] * 2 + ["fr"] * 2 + ["it", "pt"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    regular = [True] * 12 + [False] * 8
    f.rng.shuffle(langs)
    f.rng.shuffle(channels)
    f.rng.shuffle(regular)
    offsets = sorted([0.0, 45.0] + [f.rng.uniform(1, 44) for _ in range(18)])
    order = list(range(20))
    f.rng.shuffle(order)
    early = [i for i in range(20) if offsets[i] <= 30]
    repeaters = set(f.rng.sample(early, 6))
    fixed = set(f.rng.sample([i for i in range(20) if i not in repeaters], 6))
    reporters: list[Person] = []
    events: list[str] = []
    repeats: list[str] = []
    subjects = {
        "es": "Error VL-317 al reservar",
        "de": "Fehler VL-317 bei der Buchung",
        "en": "Error VL-317 when booking",
        "fr": "Erreur VL-317",
        "it": "Errore VL-317",
        "pt": "Erro VL-317",
    }
    for i in range(20):
        j = order[i]
        lang, channel, reg = langs[j], channels[j], regular[j]
        rep = i in repeaters
        p = f.person(
            lang,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if reg else "new",
            expected=("repeat_contact",) if rep else (),
            tolerated=("sentiment_drop", "silence") if rep else SILENCE_ONLY,
        )
        if reg:
            for when in f.spread(f.rng.randint(1, 3), [4], 7, 18, 1.5):
                f.happy(p, when, ("praise", "chat", "purchase", "page", "review"))
        when = spike_start + timedelta(minutes=offsets[i])
        tpl = f.draw(p, "spike", wt.SPIKE_REPORT[lang])
        if channel in ("social", "community") and "{mention}" not in tpl:
            tpl = "{mention} " + tpl
        elif channel not in ("social", "community"):
            tpl = tpl.replace("{mention} ", "")
        text = f.render(p, tpl, channel)
        eid = f.say(p, when, channel, text, subjects[lang])
        events.append(eid)
        reporters.append(p)
        p.truth.update(
            {
                "in_spike": True,
                "regular": reg,
                "spike_event_id": eid,
                "spike_channel": channel,
                "trouble_starts_at": iso(when),
            }
        )
        if rep:
            again = f.later(when, 15, 50)
            ch2 = f.rng.choice(
                [c for c in ("social", "chat", "email", "community") if c != channel]
            )
            text2 = f.render(
                p,
                ("{mention} " if ch2 in ("social", "community") else "") + wt.SPIKE_REPEAT[lang],
                ch2,
            )
            rid = f.say(p, again, ch2, text2, f"Re: {subjects[lang]}")
            repeats.append(rid)
            p.truth["repeat_event_id"] = rid
        if i in fixed:
            amount = f.money(10.0, lang, p.market)
            text3 = f.render(
                p, wt.SPIKE_FIXED[lang], "email", False, amount=amount, agent=f.agent(lang)
            )
            f.tp(
                p,
                f.start + timedelta(days=5, hours=9, minutes=f.rng.uniform(40, 100)),
                "email",
                "message",
                text3,
                wt.SPIKE_FIXED_SUBJECT[lang],
                out=True,
            )
            p.truth["agent_fixed"] = True
    f.spike = {
        "topic": (
            "vehicle lookup failure: the app cannot find the car by its number plate when "
            "booking, error VL-317 (vehicle could not be found)"
        ),
        "about": (
            "Saturday morning tyre-change bookings blocked in the app; reports in six "
            "languages on five channels"
        ),
        "channel": None,
        "start": iso(spike_start),
        "end": iso(spike_end),
        "customers": 20,
        "customer_keys": [p.key for p in reporters],
        "event_ids": events,
        "repeat_event_ids": repeats,
    }
    f.write({"repeat_contact": 6, "topic_spike": 1})
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
        fam = build()
        print(f"{fam.name}: {len(fam.people)} customers, {len(fam.tps)} touchpoints")


if __name__ == "__main__":
    main()
