"""Build the heldout30 report-only scenario families (Aparvia, parking by app).

Standard library only, seeded, deterministic: ``python make_heldout30.py`` from
anywhere writes ``<family>.jsonl`` and ``<family>.truth.json`` next to this file.
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
BRAND = "Aparvia"
PLUS = "Aparvia Plus"
COMPETITORS = ("Garavel", "Stazio")
ERR = "AP-522"
WRITTEN = "2026-12-01"
LAST_OK = datetime(2026, 11, 15, tzinfo=UTC)
BUSINESS = (
    "Aparvia: street parking paid by the minute and car-park spaces booked in an app or on "
    "the web (number-plate entry), Aparvia Plus (monthly plan, 4.99 then 6.99 EUR), and "
    "Aparvia Empresas / Business for firms' fleets (one monthly invoice, portal, drivers)"
)
HAPPY_RULES: tuple[str, ...] = ()
SIL = ("silence",)
RC_TOL = ("sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence")
SLIDE_TOL = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
LEAVE_TOL = ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence")
B2B_RISK_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
)
B2B_ONE_TOL = ("sentiment_drop", "high_value_at_risk", "silence")

MARKETS = {
    "es": [("ES", 1)],
    "fr": [("FR", 6), ("BE", 2), ("CH", 1), ("LU", 1)],
    "de": [("DE", 5), ("AT", 2), ("CH", 1)],
    "en": [("UK", 3), ("IE", 1)],
    "it": [("IT", 4), ("CH", 1)],
    "pt": [("PT", 4), ("LU", 1)],
}
LANG_WEIGHTS = {"es": 28, "fr": 26, "de": 12, "en": 12, "it": 11, "pt": 11}
# market -> (country code, national digits, first digits)
PHONES = {
    "ES": ("34", 9, "67"),
    "FR": ("33", 9, "67"),
    "BE": ("32", 9, "4"),
    "CH": ("41", 9, "7"),
    "LU": ("352", 9, "6"),
    "DE": ("49", 11, "1"),
    "AT": ("43", 10, "6"),
    "UK": ("44", 10, "7"),
    "IE": ("353", 9, "8"),
    "IT": ("39", 10, "3"),
    "PT": ("351", 9, "9"),
}
DOMAINS = "correo.example mail.example buzon.example courriel.example poste.example posteo.example inbox.example posta.example caixa.example"  # noqa: E501
CASE_WORD = {
    "es": "Caso",
    "fr": "Dossier",
    "de": "Fall",
    "en": "Case",
    "it": "Pratica",
    "pt": "Processo",
}
REPLY = {
    "es": ["RE:", "RE: RE:", "RV:"],
    "fr": ["RE :", "TR :", "RE : RE :"],
    "de": ["AW:", "AW: AW:", "WG:"],
    "en": ["Re:", "RE:", "Fwd:"],
    "it": ["R:", "R: R:", "I:"],
    "pt": ["RE:", "Re:", "ENC:"],
}
QUESTION_SUBJECT = {
    "es": "Consulta",
    "fr": "Question",
    "de": "Frage",
    "en": "Quick question",
    "it": "Domanda",
    "pt": "Dúvida",
}
SOURCES = {
    "email": "aparvia-mail",
    "phone": "aparvia-voice",
    "social": "aparvia-social",
    "community": "aparvia-forum",
    "chat": "aparvia-chat",
    "web": "aparvia-web",
    "survey": "aparvia-survey",
}
PRODUCTS = [
    ("Aparvia Plus 1 mes / 1 month", 4.99, "/plus"),
    ("Reserva parking día / day booking", 14.50, "/book/day"),
    ("Bono aeropuerto 7 días / airport week", 49.00, "/book/airport"),
    ("Pack 10 horas / 10-hour pack", 12.00, "/packs"),
]
PAGES = ["/map", "/book", "/plus", "/account/vehicles", "/help", "/packs", "/history"]
SITES = ["clinic", "law", "delivery", "construction", "sales", "pharma", "property", "events"]


def strip_accents(text: str, lang: str) -> str:
    if lang == "de":
        for a, b in (
            ("ä", "ae"),
            ("ö", "oe"),
            ("ü", "ue"),
            ("Ä", "Ae"),
            ("Ö", "Oe"),
            ("Ü", "Ue"),
            ("ß", "ss"),
        ):
            text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑ":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append(base[0] if base[0].isascii() and len(base) > 1 else ch)
    return "".join(out)


def ascii_name(text: str) -> str:
    return re.sub(r"[^a-z]", "", strip_accents(text, "xx").lower())


def money(market: str, eur: float) -> str:
    if market == "UK":
        return f"£{eur * 0.9:.2f}"
    if market == "IE":
        return f"€{eur:.2f}"
    if market == "CH":
        return f"CHF {eur * 0.95:.2f}"
    return f"{eur:.2f}".replace(".", ",") + " €"


def currency(market: str, eur: float) -> tuple[str, str]:
    if market == "UK":
        return f"{eur * 0.9:.2f}", "GBP"
    if market == "CH":
        return f"{eur * 0.95:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


@dataclass
class Person:
    key: str
    lang: str
    market: str
    first: str
    last: str
    fem: bool
    email: str
    phone: str
    handle: str | None
    account: str | None
    reason: int
    place: int
    city: str
    plate: str
    langs: tuple[str, ...] = ()
    company: str | None = None
    used: dict[str, set[int]] = field(default_factory=dict)


@dataclass
class Event:
    eid: str
    at: datetime
    person: Person
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


USED: set[str] = set()


ABOUT: dict[str, str] = {
    "happy_writers": "Happy households, night writers and survey-only customers; nothing to warn about",  # noqa: E501
    "one_bad_day": "Happy households with one angry day each (some give a low score), and controls",
    "repeat_contacts": "Open problems raised again and again; fixed cases; two different problems; frequent writers",  # noqa: E501
    "slow_churners": "Happy customers who slide over days, customers who ask to cancel, steady, grumpy and sarcastic ones",  # noqa: E501
    "quiet_hours": "A calm summer weekend: few acts by day, nobody writes at night but three bursts of night owls each night",  # noqa: E501
    "bilingual": "Customers who write in two languages: happy, repeat contacts, sliders, one bad day, fixed cases",  # noqa: E501
    "b2b_accounts": "Firms' fleets: accounts where several contacts complain about one problem, one unhappy contact, mild remarks, happy accounts",  # noqa: E501
    "topic_spike": "A calm week and one planted spike: payment fails with error AP-522 on Friday evening",  # noqa: E501
}


class Fam:
    def __init__(self, name: str, code: str, n: int, start: datetime, days: int) -> None:
        self.name = name
        self.code = code
        self.rng = random.Random(SEED * 100 + n)
        self.seed = SEED * 100 + n
        self.start = start
        self.days = days
        self.about = ABOUT[name]
        self.events: list[Event] = []
        self.people: dict[str, Person] = {}
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.n_people = 0
        self.n_events = 0

    # ---- people -------------------------------------------------------------
    def fresh(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]

    def market(self, lang: str) -> str:
        opts = MARKETS[lang]
        return self.rng.choices([m for m, _ in opts], weights=[w for _, w in opts])[0]

    def plate(self, market: str) -> str:
        r = self.rng
        up = "BCDFGHJKLMNPRSTVWXYZ"

        def letters(k: int) -> str:
            return "".join(r.choice(up) for _ in range(k))

        def digits(k: int) -> str:
            return "".join(str(r.randint(0, 9)) for _ in range(k))

        forms = {
            "ES": lambda: f"{digits(4)} {letters(3)}",
            "FR": lambda: f"{letters(2)}-{digits(3)}-{letters(2)}",
            "BE": lambda: f"1-{letters(3)}-{digits(3)}",
            "CH": lambda: f"{r.choice(['GE', 'VD', 'ZH', 'BS'])} {digits(6)}",
            "LU": lambda: f"{letters(2)} {digits(4)}",
            "DE": lambda: f"{r.choice(['M', 'K', 'HH'])}-{letters(2)} {digits(4)}",
            "AT": lambda: f"W-{digits(5)}{letters(1)}",
            "UK": lambda: f"{letters(2)}{digits(2)} {letters(3)}",
            "IE": lambda: f"{r.choice(['191', '201', '222'])}-{r.choice(['D', 'C'])}-{digits(5)}",
            "IT": lambda: f"{letters(2)}{digits(3)}{letters(2)}",
            "PT": lambda: f"{letters(2)}-{digits(2)}-{letters(2)}",
        }
        return forms[market]()

    def person(
        self,
        lang: str | None = None,
        market: str | None = None,
        langs: tuple[str, ...] = (),
        account: str | None = None,
        company: str | None = None,
        domain: str | None = None,
        taken: set[str] | None = None,
    ) -> Person:
        r = self.rng
        lang = lang or self.lang()
        market = market or self.market(lang)
        fem = r.random() < 0.5
        names = (wh.FIRST_F if fem else wh.FIRST_M)[lang].split()
        first = r.choice(names)
        while taken is not None and first in taken:
            first = r.choice(names)
        if taken is not None:
            taken.add(first)
        last = r.choice(wh.LAST[lang].split())
        self.n_people += 1
        key = f"AP{self.code}{self.n_people:04d}"
        USED.add(key)
        f, la = ascii_name(first), ascii_name(last)
        if domain:
            email = self.fresh(lambda: f"{f}.{la}@{domain}")
        else:

            def address() -> str:
                user = r.choice([f + "." + la, f + la[:1], f[:1] + la, f + "_" + la])
                number = r.randint(1, 999)
                return f"{user}{number}@{r.choice(DOMAINS.split())}"

            email = self.fresh(address)
        cc, nd, lead = PHONES[market]
        phone = self.fresh(
            lambda: "+" + cc + r.choice(lead) + "".join(str(r.randint(0, 9)) for _ in range(nd - 1))
        )
        handle = None
        if account is None:
            handle = self.fresh(
                lambda: (
                    f"@{f}_{la}{r.randint(10, 9999)}"
                    if r.random() < 0.7
                    else f"@{f}park{r.randint(10, 9999)}"
                )
            )
        p = Person(
            key=key,
            lang=lang,
            market=market,
            first=first,
            last=last,
            fem=fem,
            email=email,
            phone=phone,
            handle=handle,
            account=account,
            reason=r.randrange(len(wh.REASONS["es"])),
            place=r.randrange(len(wh.PLACES["es"])),
            city=r.choice(wh.CITIES[market]),
            plate=self.plate(market),
            langs=langs or (lang,),
            company=company,
        )
        self.people[key] = p
        return p

    def truth(
        self,
        p: Person,
        persona: str,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        **extra: Any,
    ) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "identifiers": {
                "customer_id": p.key,
                "email": p.email.lower(),
                "phone": p.phone,
                "handle": p.handle,
                "account_id": p.account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "language": p.lang,
            "country": p.market,
            "segment": "b2b" if p.account else "consumer",
        }
        if len(p.langs) > 1:
            entry["languages"] = list(p.langs)
        entry.update(extra)
        self.customers[p.key] = entry
        return entry

    # ---- wording ------------------------------------------------------------
    def pick(self, p: Person, tag: str, options: list[str]) -> str:
        used = p.used.setdefault(tag, set())
        free = [i for i in range(len(options)) if i not in used]
        if not free:
            used.clear()
            free = list(range(len(options)))
        i = self.rng.choice(free)
        used.add(i)
        return options[i]

    def agent(self, lang: str) -> str:
        return str(self.rng.choice(wh.AGENTS[lang]))

    def render(self, tpl: str, p: Person, lang: str, **extra: Any) -> str:
        ctx: dict[str, Any] = {
            "brand": BRAND,
            "plus": PLUS,
            "reason": wh.REASONS[lang][p.reason],
            "place": wh.PLACES[lang][p.place],
            "city": p.city,
            "name": p.first,
            "plate": p.plate,
            "err": ERR,
            "company": p.company or "",
            "amt": money(
                p.market, self.rng.choice([4.99, 6.99, 11.40, 14.50, 18.20, 23.75, 31.00])
            ),
            "sal": wh.SALUTE[lang][0 if p.fem else 1].format(name=p.first, last=p.last),
        }
        ctx.update(extra)
        if "agent" not in ctx:
            ctx["agent"] = self.agent(lang)
        text = re.sub(r"\{(\w+)\}", lambda m: str(ctx[m.group(1)]), tpl)
        text = re.sub(
            r"\[\[([^|\]]*)\|([^\]]*)\]\]", lambda m: m.group(1) if p.fem else m.group(2), text
        )
        colleague_fem = bool(extra.get("colleague_fem", False))
        return re.sub(
            r"<<([^|>]*)\|([^>]*)>>", lambda m: m.group(1) if colleague_fem else m.group(2), text
        )

    def noise(self, text: str, lang: str) -> str:
        r = self.rng
        if r.random() < 0.1:
            text = strip_accents(text, lang)
        if (
            r.random() < 0.12
            and text[:1].isupper()
            and not text.startswith(("@", "Hola,\n", "Bonjour,\n"))
        ):
            text = text[0].lower() + text[1:]
        if r.random() < 0.07:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    # ---- events -------------------------------------------------------------
    def send(
        self,
        p: Person,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        outbound: bool = False,
        lang: str | None = None,
    ) -> str:
        lang = lang or p.lang
        if text is not None and not outbound:
            if channel not in ("social", "community"):
                text = text.replace("@Aparvia ", "")
            if channel not in ("phone", "survey"):
                text = self.noise(text, lang)
        self.n_events += 1
        eid = f"ap30-{self.code.lower()}-{self.n_events:05d}"
        a = {"market": p.market}
        if p.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        self.events.append(
            Event(
                eid,
                at,
                p,
                channel,
                kind,
                "outbound" if outbound else "inbound",
                text,
                subject,
                scores or {},
                a,
            )
        )
        return eid

    def day_at(self, day: int, h0: float = 7.0, h1: float = 21.5) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=day, minutes=minutes, seconds=self.rng.randint(0, 59))

    def mins(self, a: float, b: float) -> timedelta:
        return timedelta(seconds=self.rng.randint(int(a * 60), int(b * 60)))

    @staticmethod
    def out_of_night(t: datetime, r: random.Random) -> datetime:
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=7, minute=0, second=0)
            return base + timedelta(minutes=r.randint(0, 50))
        if t.hour < 7:
            return t.replace(hour=7, minute=0, second=0) + timedelta(minutes=r.randint(0, 50))
        return t

    # ---- happy acts ---------------------------------------------------------
    def ask(self, p: Person, t: datetime, channel: str, q_and_a: str, lang: str) -> datetime:
        """A question answered by an agent (chat in minutes, e-mail within 1.5 h) and thanked."""
        q, a = q_and_a.split("||")
        agent = self.agent(lang)
        answer = self.render(a, p, lang, agent=agent)
        thanks_tpl = self.pick(p, "thanks", wh.HAPPY[lang]["thanks"])
        thanks = self.render(thanks_tpl, p, lang, agent=agent.split(",")[0].split(" ")[0])
        subj: str | None = None
        if channel == "chat":
            t2 = t + self.mins(1, 6)
            t3 = t2 + self.mins(1, 5)
            kind = "chat"
        else:
            subj = QUESTION_SUBJECT[lang]
            t2 = t + self.mins(20, 90)
            t3 = self.out_of_night(t2 + self.mins(10, 120), self.rng)
            kind = "message"
        re_subj = f"{REPLY[lang][0]} {subj}" if subj else None
        self.send(p, t, channel, kind, self.render(q, p, lang), subject=subj, lang=lang)
        self.send(p, t2, channel, kind, answer, subject=re_subj, outbound=True, lang=lang)
        self.send(p, t3, channel, kind, thanks, subject=re_subj, lang=lang)
        return t3

    def survey(self, p: Person, t: datetime, lang: str) -> datetime:
        r = self.rng
        which = r.choice(["nps", "nps", "csat", "ces"])
        score = {
            "nps": r.choice([9, 10, 10]),
            "csat": r.choice([4, 5, 5]),
            "ces": r.choice([6, 7]),
        }[which]
        word = r.random()
        text = None
        if word < 0.45:
            text = self.render(self.pick(p, "survey_word", wh.HAPPY[lang]["survey_word"]), p, lang)
        elif word < 0.6:
            text = r.choice(["👍", "😊", "🙌", "⭐⭐⭐⭐⭐"])
        self.score(p, t, which, score, text, lang)
        return t

    def score(
        self, p: Person, t: datetime, which: str, value: int, text: str | None, lang: str
    ) -> str:
        """A survey answer: one score (nps, csat or ces), with or without a word."""
        attrs = {"survey": which}
        return self.send(
            p, t, "survey", "survey_response", text, None, {which: value}, attrs, lang=lang
        )

    def happy_act(self, p: Person, t: datetime, kind: str, lang: str | None = None) -> datetime:
        lang = lang or p.lang
        r = self.rng
        h = wh.HAPPY[lang]
        if kind in ("praise", "again", "gripe"):
            text = self.render(self.pick(p, kind, h[kind]), p, lang)
            if kind == "praise" and r.random() < 0.3:
                self.send(p, t, "social", "mention", f"@{BRAND} {text}", lang=lang)
            else:
                self.send(p, t, r.choice(["social", "community"]), "post", text, lang=lang)
            return t
        if kind == "question":
            return self.ask(
                p,
                t,
                r.choice(["chat", "chat", "email"]),
                self.pick(p, "question", h["question"]),
                lang,
            )
        if kind == "phone":
            self.send(
                p,
                t,
                "phone",
                "call",
                self.render(self.pick(p, "phone_q", h["phone_q"]), p, lang),
                lang=lang,
            )
            return t + self.mins(3, 9)
        if kind == "purchase":
            name, eur, page = r.choice(PRODUCTS)
            self.send(p, t, "web", "page_view", attrs={"page": page}, lang=lang)
            t2 = t + self.mins(2, 10)
            value, cur = currency(p.market, eur)
            self.send(
                p,
                t2,
                "web",
                "purchase",
                attrs={"order_value": value, "currency": cur, "product": name, "page": page},
                lang=lang,
            )
            return t2
        if kind == "page":
            self.send(p, t, "web", "page_view", attrs={"page": r.choice(PAGES)}, lang=lang)
            return t
        if kind == "review":
            self.send(
                p,
                t,
                "web",
                "review",
                self.render(self.pick(p, "review", h["review"]), p, lang),
                attrs={"rating": str(r.choice([4, 5, 5]))},
                lang=lang,
            )
            return t
        if kind == "survey":
            return self.survey(p, t, lang)
        raise ValueError(kind)

    def schedule(
        self,
        p: Person,
        days: list[int],
        n: int,
        kinds: list[str],
        h0: float = 7.0,
        h1: float = 21.5,
        langs: list[str] | None = None,
    ) -> list[datetime]:
        slots = sorted(self.day_at(self.rng.choice(days), h0, h1) for _ in range(n))
        ends: list[datetime] = []
        last: datetime | None = None
        for i, slot in enumerate(slots):
            t = (
                slot
                if last is None or slot > last + timedelta(minutes=3)
                else last + self.mins(3, 30)
            )
            if t.date() != slot.date() or t.hour + t.minute / 60 > h1 + 0.5:
                continue
            lang = langs[i % len(langs)] if langs else None
            last = self.happy_act(p, t, self.rng.choice(kinds), lang)
            ends.append(t)
        return ends

    # ---- trouble ------------------------------------------------------------
    def spoken(self, ref: str) -> str:
        d = ref.split("-")[1]
        if self.rng.random() < 0.5:
            return f"av {d}"
        return f"a v {d[:2]} {d[2:4]} {d[4:]}"

    def new_ref(self) -> str:
        return self.fresh(lambda: f"AV-{self.rng.randint(100000, 999999)}")

    def complaint(
        self, p: Person, t: datetime, problem: str, channel: str, lang: str, long: bool = False
    ) -> str:
        tt = wt.T[lang]
        i = wt.PROBLEMS.index(problem)
        if channel == "phone":
            text = self.render(
                self.pick(p, "phone", tt["phone"]), p, lang, spoken_problem=tt["spoken"][i]
            )
            return self.send(p, t, "phone", "call", text, lang=lang)
        body = self.render(self.pick(p, problem, tt[problem]), p, lang)
        if long:
            body = self.render(self.pick(p, "long", tt["long"]), p, lang, complaint=body)
        if channel == "social" and self.rng.random() < 0.6:
            body = f"@{BRAND} {body}"
        return self.say(p, t, channel, body, lang, subject=tt["subj"][i])

    def say(
        self,
        p: Person,
        t: datetime,
        channel: str,
        text: str,
        lang: str,
        subject: str | None = None,
        rating: str | None = None,
    ) -> str:
        """An inbound message on a written channel (a review is a web review)."""
        if channel == "email":
            return self.send(p, t, "email", "message", text, subject=subject, lang=lang)
        if channel == "chat":
            return self.send(p, t, "chat", "chat", text, lang=lang)
        if channel == "review":
            return self.send(
                p, t, "web", "review", text, attrs={"rating": rating or "3"}, lang=lang
            )
        if channel == "web":
            page = {"page": "/help/contact"}
            return self.send(p, t, "web", "ticket", text, attrs=page, lang=lang)
        return self.send(p, t, channel, "post", text, lang=lang)

    def agent_mail(
        self,
        p: Person,
        t: datetime,
        key: str,
        lang: str,
        ref: str,
        problem: str | None = None,
        first_subject: bool = True,
    ) -> str:
        tt = wt.T[lang]
        fix = tt["fix"][wt.PROBLEMS.index(problem)] if problem else ""
        text = self.render(tt[key][0], p, lang, ref=ref, fix=fix)
        if problem and first_subject:
            subject = (
                f"{self.rng.choice(REPLY[lang])} {tt['subj'][wt.PROBLEMS.index(problem)]} [{ref}]"
            )
        else:
            subject = f"{CASE_WORD[lang]} {ref}"
        return self.send(p, t, "email", "message", text, subject=subject, outbound=True, lang=lang)

    def follow_up(self, p: Person, t: datetime, ref: str, nth: int, channel: str, lang: str) -> str:
        tt = wt.T[lang]
        if channel == "phone":
            text = self.render(
                self.pick(p, "phone_follow", tt["phone_follow"]), p, lang, spoken=self.spoken(ref)
            )
            return self.send(p, t, "phone", "call", text, lang=lang)
        key = {2: "follow", 3: "third", 4: "fourth"}[nth]
        comp = self.rng.choice(COMPETITORS)
        text = self.render(self.pick(p, key, tt[key]), p, lang, ref=ref, comp=comp)
        subject = f"{self.rng.choice(REPLY[lang])} {CASE_WORD[lang]} {ref}"
        if channel == "social":
            text = f"@{BRAND} {text}"
        return self.say(p, t, channel, text, lang, subject=subject)

    def confirm(self, p: Person, t: datetime, ref: str, channel: str, lang: str) -> str:
        text = self.render(self.pick(p, "confirm", wt.T[lang]["confirm"]), p, lang, ref=ref)
        return self.say(
            p, t, channel, text, lang, subject=f"{REPLY[lang][0]} {CASE_WORD[lang]} {ref}"
        )

    def fixed_case(
        self,
        p: Person,
        t: datetime,
        problem: str,
        channel: str,
        lang: str,
        confirm_lang: str | None = None,
    ) -> dict[str, Any]:
        """Raise a problem, get a case opened, a fix 3-20 h later, confirm 8-30 h after."""
        ref = self.new_ref()
        eid = self.complaint(p, t, problem, channel, lang)
        self.agent_mail(p, t + self.mins(5, 30), "open", lang, ref, problem)
        fixed = t + self.mins(180, 1200)
        self.agent_mail(p, fixed, "sorted", lang, ref, problem, first_subject=False)
        conf_at = self.out_of_night(fixed + self.mins(480, 1800), self.rng)
        cl = confirm_lang or lang
        cch = self.rng.choice(["email", "chat"])
        ceid = self.confirm(p, conf_at, ref, cch, cl)
        return {
            "problem": problem,
            "booking": ref,
            "raised_at": iso(t),
            "fixed_at": iso(fixed),
            "confirmed_at": iso(conf_at),
            "problem_event_ids": [eid],
            "confirm_event_id": ceid,
            "channel": channel,
            "confirm_channel": cch,
        }

    def open_case(
        self,
        p: Person,
        t: datetime,
        problem: str,
        times: int,
        channels: list[str],
        langs: list[str],
        passed: bool,
    ) -> dict[str, Any]:
        """A problem raised `times` times, never fixed."""
        ref = self.new_ref()
        eids = [self.complaint(p, t, problem, channels[0], langs[0])]
        if passed:
            self.agent_mail(p, t + self.mins(90, 150), "passed", langs[0], ref, problem)
        else:
            self.agent_mail(p, t + self.mins(5, 30), "open", langs[0], ref, problem)
        cur = t
        for k in range(2, times + 1):
            cur = self.out_of_night(cur + self.mins(240, 2400), self.rng)
            eids.append(
                self.follow_up(
                    p, cur, ref, k, channels[(k - 1) % len(channels)], langs[(k - 1) % len(langs)]
                )
            )
        return {
            "booking": ref,
            "problem_event_ids": eids,
            "contacts": times,
            "agent_passed_on": passed,
            "last_at": cur,
        }

    def slide(
        self, p: Person, t0: datetime, span: int, langs: list[str]
    ) -> tuple[list[str], list[datetime]]:
        r = self.rng
        ids: list[str] = []
        ats: list[datetime] = []
        ratings = ["3", "3", "2", "2", "1", "1"]
        for k in range(6):
            t = t0 + timedelta(days=span * k / 5) + self.mins(0, 60)
            t = self.out_of_night(t, r)
            lang = langs[k % len(langs)]
            text = self.render(wt.T[lang]["slide"][k], p, lang, comp=r.choice(COMPETITORS))
            ch = r.choice(["social", "community", "chat", "review"])
            ids.append(self.say(p, t, ch, text, lang, rating=ratings[k]))
            ats.append(t)
        return ids, ats

    def low_score(self, p: Person, t: datetime, which: str, lang: str) -> tuple[str, int]:
        score = self.rng.randint(1, 5) if which == "nps" else self.rng.randint(1, 2)
        text = self.rng.choice(
            [
                None,
                "😠",
                {
                    "es": "fatal",
                    "fr": "nul",
                    "de": "schlecht",
                    "en": "poor",
                    "it": "pessimo",
                    "pt": "péssimo",
                }[lang],
            ]
        )
        return self.score(p, t, which, score, text, lang), score

    # ---- output -------------------------------------------------------------
    def expected_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for c in list(self.customers.values()) + list(self.accounts.values()):
            for rule in c["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        return dict(sorted(counts.items()))

    def write(self, planted: dict[str, int]) -> tuple[int, int]:
        expected = self.expected_counts()
        if expected != planted:
            raise SystemExit(f"{self.name}: expected {expected} != planted {planted}")
        events = sorted(self.events, key=lambda e: (e.at, e.eid))
        seen: set[str] = set()
        lines = []
        for e in events:
            if not (datetime(2026, 1, 1, tzinfo=UTC) <= e.at < LAST_OK):
                raise SystemExit(f"{self.name}: {e.eid} at {e.at} out of range")
            p = e.person
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": p.account,
            }
            if e.direction == "outbound" or p.key not in seen:
                ref.update(customer_id=p.key, email=p.email, phone=p.phone, handle=p.handle)
            elif e.channel == "phone":
                cc = PHONES[p.market][0]
                ref["phone"] = (
                    p.phone if self.rng.random() < 0.7 else f"+{cc} {p.phone[len(cc) + 1 :]}"
                )
            elif e.channel in ("social", "community") and p.handle:
                ref["handle"] = p.handle if self.rng.random() < 0.8 else p.handle.lstrip("@")
            elif e.channel in ("email", "social", "community"):
                ref["email"] = p.email if self.rng.random() < 0.9 else p.email.upper()
            else:
                ref["customer_id"] = p.key
            seen.add(p.key)
            row: dict[str, Any] = {
                "event_id": e.eid,
                "occurred_at": iso(e.at),
                "channel": e.channel,
                "kind": e.kind,
                "direction": e.direction,
                "customer": ref,
                "text": e.text,
                "subject": e.subject,
                "scores": {
                    "nps": e.scores.get("nps"),
                    "csat": e.scores.get("csat"),
                    "ces": e.scores.get("ces"),
                },
                "source": SOURCES[e.channel],
                "attributes": e.attrs,
            }
            lines.append(json.dumps(row, ensure_ascii=False))
        missing = set(self.customers) - seen
        if missing:
            raise SystemExit(f"{self.name}: customers without touchpoints: {sorted(missing)[:5]}")
        end = max(self.start + timedelta(days=self.days), events[-1].at + timedelta(hours=1))
        if end >= LAST_OK:
            raise SystemExit(f"{self.name}: end {end} too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": self.seed,
                "written": WRITTEN,
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.customers), len(lines)


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def day0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


HAPPY_KINDS = [
    "praise",
    "praise",
    "again",
    "gripe",
    "question",
    "question",
    "phone",
    "purchase",
    "page",
    "review",
    "survey",
]
CALM_KINDS = ["praise", "again", "gripe", "question", "phone", "purchase", "page", "page", "review"]


def night_at(fam: Fam, day: int) -> datetime:
    """A time between 22:12 on `day` and 04:30 the next morning."""
    return fam.start + timedelta(days=day, hours=22, minutes=12) + fam.mins(0, 378)


def night_act(fam: Fam, p: Person, t: datetime, lang: str | None = None) -> datetime:
    lang = lang or p.lang
    h = wh.HAPPY[lang]
    if fam.rng.random() < 0.5:
        fam.send(
            p,
            t,
            fam.rng.choice(["social", "community"]),
            "post",
            fam.render(fam.pick(p, "night_post", h["night_post"]), p, lang),
            lang=lang,
        )
        return t
    return fam.ask(p, t, "chat", fam.pick(p, "night_q", h["night_q"]), lang)


def grumblers(fam: Fam, days: list[int], h1: float) -> None:
    """Ten customers who grumble once, mildly: 7 in chat (answered), 3 by form (acknowledged)."""
    r = fam.rng
    for i in range(10):
        p = fam.person()
        at = fam.day_at(r.choice(days), 8, h1)
        q, a = fam.pick(p, "grumble", wh.HAPPY[p.lang]["grumble"]).split("||")
        if i < 7:
            gid = fam.send(p, at, "chat", "chat", fam.render(q, p, p.lang))
            fam.send(
                p, at + fam.mins(2, 8), "chat", "chat", fam.render(a, p, p.lang), outbound=True
            )
        else:
            gid = fam.send(
                p, at, "web", "ticket", fam.render(q, p, p.lang), attrs={"page": "/help/contact"}
            )
            fam.send(
                p,
                at + fam.mins(30, 120),
                "email",
                "message",
                fam.render(a, p, p.lang),
                subject={
                    "es": "Tu mensaje",
                    "fr": "Votre message",
                    "de": "Ihre Nachricht",
                    "en": "Your message",
                    "it": "Il suo messaggio",
                    "pt": "A sua mensagem",
                }[p.lang],
                outbound=True,
            )
        fam.truth(p, "grumbles_once", (), SIL, grumble_event_id=gid)


def crowd(
    fam: Fam,
    n: int,
    days: list[int],
    lo: int,
    hi: int,
    kinds: list[str],
    habit: str,
    h1: float = 21.5,
) -> None:
    """n happy households with lo-hi acts each on the given days (starting 07:00 to h1 UTC)."""
    for _ in range(n):
        p = fam.person()
        fam.schedule(p, days, fam.rng.randint(lo, hi), kinds, 7.0, h1)
        fam.truth(p, "happy", habit=habit)


def happy_writers() -> Fam:
    fam = Fam("happy_writers", "HW", 1, day0(2026, 3, 16), 10)
    r = fam.rng
    crowd(fam, 50, list(range(10)), 5, 9, HAPPY_KINDS, "day writer")
    for _ in range(14):
        p = fam.person()
        nights = r.sample(range(9), r.randint(2, 4))
        for d in nights:
            night_act(fam, p, night_at(fam, d))
        day_n = r.randint(4, 7) - len(nights)
        free = [d for d in range(10) if d not in nights and d - 1 not in nights] or [9]
        fam.schedule(p, free, max(day_n, 1), HAPPY_KINDS, 9.0, 20.0)
        fam.truth(p, "happy", habit="night writer")
    for _ in range(14):
        p = fam.person()
        for d in sorted(r.sample(range(10), r.randint(3, 6))):
            fam.survey(p, fam.day_at(d, 8, 20), p.lang)
        fam.truth(p, "happy", habit="answers surveys")
    return fam


def one_bad_day() -> Fam:
    fam = Fam("one_bad_day", "BD", 2, day0(2026, 4, 20), 12)
    r = fam.rng
    channels = (
        ["long"] * 12
        + ["email"] * 12
        + ["chat"] * 12
        + ["social"] * 11
        + ["web"] * 10
        + ["phone"] * 9
    )
    r.shuffle(channels)
    scores = ["csat"] * 13 + ["nps"] * 11 + [""] * 42
    r.shuffle(scores)
    sorted_flags = [True] * 33 + [False] * 33
    r.shuffle(sorted_flags)
    apologies = 0
    for i in range(66):
        problem = wt.PROBLEMS[i % 6]
        p = fam.person()
        bad_day = r.randint(2, 9)
        bad_at = fam.day_at(bad_day, 8, 20)
        ok_days = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        fam.schedule(p, ok_days, r.randint(3, 5), [k for k in HAPPY_KINDS if k != "survey"])
        ch = channels[i]
        eid = fam.complaint(
            p, bad_at, problem, "email" if ch == "long" else ch, p.lang, long=ch == "long"
        )
        extra: dict[str, Any] = {
            "problem": problem,
            "bad_day_at": iso(bad_at),
            "bad_day_event_id": eid,
            "channel": "email" if ch == "long" else ch,
            "long_email": ch == "long",
            "nps_given": False,
            "csat_given": False,
            "agent_fixed": sorted_flags[i],
            "apologised": False,
        }
        persona = "happy_one_bad_day"
        expected: tuple[str, ...] = ()
        if scores[i] == "csat":
            sid, score = fam.low_score(p, bad_at + fam.mins(40, 80), "csat", p.lang)
            extra.update(csat_given=True, csat=score, survey_event_id=sid)
        elif scores[i] == "nps":
            sid, score = fam.low_score(p, bad_at + fam.mins(100, 140), "nps", p.lang)
            extra.update(nps_given=True, nps=score, survey_event_id=sid)
            persona, expected = "bad_day_detractor", ("detractor",)
        if sorted_flags[i]:
            ref = fam.new_ref()
            extra["booking"] = ref
            fam.agent_mail(p, bad_at + fam.mins(60, 240), "sorted", p.lang, ref, problem)
            if apologies < 16:
                apologies += 1
                at = fam.out_of_night(bad_at + fam.mins(16 * 60, 24 * 60), r)
                text = fam.render(fam.pick(p, "apology", wt.T[p.lang]["apology"]), p, p.lang)
                if r.random() < 0.5:
                    aid = fam.send(p, at, "chat", "chat", text)
                else:
                    aid = fam.send(
                        p,
                        at,
                        "email",
                        "message",
                        text,
                        subject=f"{REPLY[p.lang][0]} {CASE_WORD[p.lang]} {ref}",
                    )
                extra.update(apologised=True, apology_at=iso(at), apology_event_id=aid)
        fam.truth(p, persona, expected, SIL, **extra)
    crowd(fam, 28, list(range(12)), 4, 7, HAPPY_KINDS, "control")
    return fam


CONTACT_CHANNELS = ["email", "chat", "phone", "social", "web"]


def rotate_channels(r: random.Random, n: int) -> list[str]:
    out: list[str] = []
    for _ in range(n):
        out.append(r.choice([c for c in CONTACT_CHANNELS if not out or c != out[-1]]))
    return out


def repeat_contacts() -> Fam:
    fam = Fam("repeat_contacts", "RC", 3, day0(2026, 5, 18), 10)
    r = fam.rng
    times = [2] * 10 + [3] * 12 + [4] * 8
    r.shuffle(times)
    for i, n in enumerate(times):
        p = fam.person()
        fam.schedule(p, [0], r.randint(1, 3), CALM_KINDS, 7.0, 18.0)
        t = fam.day_at(r.randint(1, 4), 8, 19)
        chans = rotate_channels(r, n)
        case = fam.open_case(p, t, wt.PROBLEMS[i % 6], n, chans, [p.lang], passed=i % 2 == 0)
        case.pop("last_at")
        fam.truth(
            p,
            "repeat_contact",
            ("repeat_contact",),
            RC_TOL,
            problem=wt.PROBLEMS[i % 6],
            channels=chans,
            trouble_starts_at=iso(t),
            **case,
        )
    for i in range(12):
        p = fam.person()
        fam.schedule(p, [0, 1], r.randint(1, 3), CALM_KINDS)
        t = fam.day_at(r.randint(2, 5), 8, 19)
        case = fam.fixed_case(
            p, t, wt.PROBLEMS[(i + 2) % 6], r.choice(["email", "chat", "web", "phone"]), p.lang
        )
        fam.truth(
            p,
            "resolved_between_contacts",
            (),
            SIL,
            problems=[case],
            trouble_starts_at=case["raised_at"],
        )
    for _ in range(8):
        p = fam.person()
        t1 = fam.day_at(r.randint(0, 2), 8, 18)
        probs = r.sample(wt.PROBLEMS, 2)
        c1 = fam.fixed_case(p, t1, probs[0], r.choice(["email", "chat", "web"]), p.lang)
        t2 = fam.out_of_night(t1 + fam.mins(4 * 1440, 5.5 * 1440), r)
        c2 = fam.fixed_case(p, t2, probs[1], r.choice(["email", "chat", "phone"]), p.lang)
        fam.truth(
            p, "different_problems", (), SIL, problems=[c1, c2], trouble_starts_at=c1["raised_at"]
        )
    writer_kinds = ["question", "question", "question", "phone", "praise", "page"]
    crowd(fam, 30, list(range(10)), 5, 8, writer_kinds, "frequent writer")
    return fam


def slow_churners() -> Fam:
    fam = Fam("slow_churners", "SC", 4, day0(2026, 6, 8), 32)
    r = fam.rng
    spans = [3, 5, 7, 9] * 6
    r.shuffle(spans)
    nps_flags = [True] * 8 + [False] * 16
    r.shuffle(nps_flags)
    for i in range(24):
        p = fam.person()
        for d in sorted(r.sample(range(11), r.randint(4, 5))):
            fam.happy_act(p, fam.day_at(d, 8, 20), "praise")
        fam.schedule(
            p, list(range(11)), r.randint(2, 4), ["question", "purchase", "page", "review", "again"]
        )
        t0 = fam.day_at(r.randint(12, 18), 9, 19)
        ids, ats = fam.slide(p, t0, spans[i], [p.lang])
        extra: dict[str, Any] = {
            "habit": "slides",
            "slide_event_ids": ids,
            "slide_days": spans[i],
            "trouble_starts_at": iso(ats[0]),
            "nps_given": nps_flags[i],
        }
        expected: tuple[str, ...] = ("sentiment_drop",)
        if nps_flags[i]:
            sid, score = fam.low_score(p, ats[3] + fam.mins(150, 210), "nps", p.lang)
            extra.update(nps=score, survey_event_id=sid)
            expected = ("sentiment_drop", "detractor")
        fam.truth(p, "slow_churner", expected, SLIDE_TOL, **extra)
    for _ in range(12):
        p = fam.person()
        ask_day = r.randint(15, 25)
        fam.schedule(p, list(range(ask_day - 1)), r.randint(4, 6), HAPPY_KINDS)
        t = fam.day_at(ask_day, 8, 18)
        cid = fam.send(
            p,
            t,
            "email",
            "message",
            fam.render(fam.pick(p, "leave", wt.T[p.lang]["leave"]), p, p.lang),
            subject={
                "es": "Baja",
                "fr": "Résiliation",
                "de": "Kündigung",
                "en": "Cancel",
                "it": "Disdetta",
                "pt": "Cancelamento",
            }[p.lang],
        )
        fam.send(
            p,
            t + fam.mins(60, 300),
            "email",
            "message",
            fam.render(wt.T[p.lang]["leave_answer"][0], p, p.lang),
            subject=f"{REPLY[p.lang][0]} Aparvia Plus",
            outbound=True,
        )
        ct = fam.out_of_night(t + fam.mins(20 * 60, 30 * 60), r)
        reason = r.choice(wt.T[p.lang]["cancel_reason"])
        xid = fam.send(
            p, ct, "web", "cancellation", reason or None, attrs={"page": "/account/close"}
        )
        fam.truth(
            p,
            "slow_churner",
            ("churn_intent",),
            LEAVE_TOL,
            habit="asks to cancel",
            churn_intent_event_id=cid,
            cancellation_event_id=xid,
            churn_at=iso(ct),
            trouble_starts_at=iso(t),
        )
    crowd(fam, 20, list(range(32)), 6, 10, HAPPY_KINDS, "steady")
    for _ in range(10):
        p = fam.person()
        d = r.randint(0, 4)
        gids: list[str] = []
        for _k in range(r.randint(5, 8)):
            if d > 31:
                break
            text = fam.render(fam.pick(p, "grumpy", wh.HAPPY[p.lang]["grumpy"]), p, p.lang)
            ch = r.choice(["social", "community", "chat", "review"])
            at = fam.day_at(d, 8, 21)
            gids.append(fam.say(p, at, ch, text, p.lang, rating=str(r.choice([2, 3]))))
            d += r.randint(1, 3)
        for _k in range(r.randint(0, 2)):
            fam.happy_act(p, fam.day_at(r.randint(0, 31), 8, 21), r.choice(["page", "purchase"]))
        fam.truth(p, "steadily_grumpy", (), ("repeat_contact", "silence"), grumble_event_ids=gids)
    for _ in range(12):
        p = fam.person()
        fam.schedule(p, list(range(32)), r.randint(4, 7), HAPPY_KINDS)
        at = fam.day_at(r.randint(3, 29), 9, 21)
        sid = fam.send(
            p,
            at,
            r.choice(["social", "community"]),
            "post",
            fam.render(fam.pick(p, "sarcasm", wh.HAPPY[p.lang]["sarcasm"]), p, p.lang),
        )
        fam.truth(p, "happy_one_sarcastic_remark", (), SIL, sarcasm_event_id=sid)
    return fam


def quiet_hours() -> Fam:
    fam = Fam("quiet_hours", "QH", 5, day0(2026, 8, 14), 3)
    r = fam.rng
    crowd(fam, 48, [0, 1, 2], 1, 4, CALM_KINDS, "day writer", 17.5)
    grumblers(fam, [0, 1, 2], 17.0)
    for night in range(3):
        first = fam.start + timedelta(days=night + 1, hours=1, minutes=10) + fam.mins(0, 20)
        starts = [first, first + fam.mins(30, 34), first + fam.mins(60, 68)]
        for b, bstart in enumerate(starts):
            for _ in range(4):
                p = fam.person()
                at = bstart + fam.mins(0, 10)
                night_act(fam, p, at)
                if r.random() < 0.3:
                    fam.schedule(p, [night + 1 if night < 2 else 2], 1, CALM_KINDS, 10.0, 17.0)
                fam.truth(
                    p, "night_owl", habit=f"night {night + 1}, burst {b + 1}", burst_at=iso(bstart)
                )
    return fam


BL_PAIRS = [
    ("es", "fr", 9), ("fr", "es", 9), ("es", "en", 6), ("fr", "en", 6), ("es", "de", 4), ("fr", "de", 4),  # noqa: E501
    ("es", "it", 4), ("fr", "it", 4), ("es", "pt", 4), ("fr", "pt", 4), ("en", "es", 4), ("de", "fr", 4),  # noqa: E501
    ("it", "fr", 4), ("pt", "es", 4),
]  # fmt: skip


def bilingual() -> Fam:
    fam = Fam("bilingual", "BL", 6, day0(2026, 9, 14), 14)
    r = fam.rng
    pairs = [(a, b) for a, b, n in BL_PAIRS for _ in range(n)]
    roles = ["happy"] * 34 + ["repeat"] * 12 + ["slide"] * 10 + ["bad"] * 8 + ["fixed"] * 6
    r.shuffle(roles)
    rc_times = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(rc_times)
    bad_long = [True] * 3 + [False] * 5
    bad_sorted = [True, True, False, True, False, True, False, False]
    n_rc = n_bad = 0
    for (a, b), role in zip(pairs, roles, strict=True):
        p = fam.person(lang=a, market=fam.market(b), langs=(a, b))
        if role == "happy":
            fam.schedule(p, list(range(14)), r.randint(5, 8), HAPPY_KINDS, langs=[a, b])
            fam.truth(p, "happy", habit="alternates languages")
        elif role == "repeat":
            n = rc_times[n_rc]
            fam.schedule(p, [0, 1], r.randint(1, 3), CALM_KINDS, langs=[a, b])
            t = fam.day_at(r.randint(2, 6), 8, 19)
            chans = rotate_channels(r, n)
            problem = r.choice(wt.PROBLEMS)
            case = fam.open_case(p, t, problem, n, chans, [a, b], passed=n_rc % 2 == 0)
            case.pop("last_at")
            n_rc += 1
            fam.truth(
                p,
                "repeat_contact",
                ("repeat_contact",),
                RC_TOL,
                problem=problem,
                channels=chans,
                trouble_starts_at=iso(t),
                **case,
            )
        elif role == "slide":
            for k, d in enumerate(sorted(r.sample(range(6), 5))):
                fam.happy_act(p, fam.day_at(d, 8, 20), "praise", [a, b][k % 2])
            fam.schedule(
                p, list(range(6)), r.randint(1, 3), ["question", "purchase", "page"], langs=[b, a]
            )
            t0 = fam.day_at(r.randint(6, 8), 9, 19)
            span = r.randint(3, 5)
            ids, ats = fam.slide(p, t0, span, [a, b])
            fam.truth(
                p,
                "slow_churner",
                ("sentiment_drop",),
                SLIDE_TOL,
                habit="slides",
                slide_event_ids=ids,
                slide_days=span,
                trouble_starts_at=iso(ats[0]),
                nps_given=False,
            )
        elif role == "bad":
            bad_day = r.randint(3, 10)
            bad_at = fam.day_at(bad_day, 8, 20)
            fam.schedule(
                p,
                [d for d in range(14) if d <= bad_day - 2 or d >= bad_day + 3],
                r.randint(3, 5),
                CALM_KINDS,
                langs=[a, b],
            )
            problem = r.choice(wt.PROBLEMS)
            long = bad_long[n_bad]
            ch = "email" if long else r.choice(["email", "chat", "social", "web"])
            eid = fam.complaint(p, bad_at, problem, ch, b, long=long)
            extra: dict[str, Any] = {
                "problem": problem,
                "bad_day_at": iso(bad_at),
                "bad_day_event_id": eid,
                "bad_day_language": b,
                "channel": ch,
                "long_email": long,
                "agent_fixed": bad_sorted[n_bad],
                "apologised": False,
                "nps_given": False,
                "csat_given": False,
            }
            if bad_sorted[n_bad]:
                ref = fam.new_ref()
                extra["booking"] = ref
                fam.agent_mail(p, bad_at + fam.mins(60, 240), "sorted", b, ref, problem)
                if n_bad in (0, 3):
                    at = fam.out_of_night(bad_at + fam.mins(16 * 60, 24 * 60), r)
                    aid = fam.send(
                        p,
                        at,
                        "chat",
                        "chat",
                        fam.render(fam.pick(p, "apology", wt.T[b]["apology"]), p, b),
                        lang=b,
                    )
                    extra.update(apologised=True, apology_at=iso(at), apology_event_id=aid)
            n_bad += 1
            fam.truth(p, "happy_one_bad_day", (), SIL, **extra)
        else:
            fam.schedule(p, [0, 1, 2], r.randint(1, 3), CALM_KINDS, langs=[a, b])
            t = fam.day_at(r.randint(3, 8), 8, 18)
            case = fam.fixed_case(
                p, t, r.choice(wt.PROBLEMS), r.choice(["email", "chat", "web"]), a, confirm_lang=b
            )
            fam.truth(
                p,
                "resolved_between_contacts",
                (),
                SIL,
                problems=[case],
                trouble_starts_at=case["raised_at"],
                confirm_language=b,
            )
    return fam


B2B_COMPANIES = [
    ("es", "ES", "Clínica Dental Arroyo", "clinic", "arroyodental"),
    ("es", "ES", "Construcciones Ibarra", "construction", "ibarraconstruye"),
    ("es", "ES", "Bufete Salcedo & Mora", "law", "salcedomora"),
    ("es", "ES", "Repartos Levante", "delivery", "repartoslevante"),
    ("es", "ES", "Inmobiliaria Portal Sur", "property", "portalsur"),
    ("es", "ES", "Laboratorios Farmavera", "pharma", "farmavera"),
    ("fr", "FR", "Cabinet Vasseur Avocats", "law", "vasseur-avocats"),
    ("fr", "FR", "Livraisons Express Rhône", "delivery", "ler-livraisons"),
    ("fr", "FR", "Agence Immo Garonne", "property", "immogaronne"),
    ("fr", "FR", "Événements Lumière", "events", "evenements-lumiere"),
    ("fr", "FR", "Pharmacie des Quais", "pharma", "pharmaquais"),
    ("fr", "BE", "Bâtiments Lemaire", "construction", "lemaire-batiments"),
    ("fr", "BE", "Cabinet médical Sablon", "clinic", "medsablon"),
    ("fr", "CH", "Régie du Léman", "property", "regieleman"),
    ("de", "CH", "Praxis Seefeld", "clinic", "praxisseefeld"),
    ("fr", "LU", "Fiduciaire Kirchberg", "sales", "fidukirchberg"),
    ("de", "DE", "Sanitär Hoffmann GmbH", "construction", "sanitaer-hoffmann"),
    ("de", "DE", "Vertrieb Nordlicht", "sales", "vertrieb-nordlicht"),
    ("en", "UK", "Harbour Physio Clinic", "clinic", "harbourphysio"),
    ("it", "IT", "Studio Legale Ferri", "law", "studioferri"),
    ("it", "IT", "Consegne Rapide Po", "delivery", "consegnepo"),
    ("pt", "PT", "Imobiliária Ribeira", "property", "imoribeira"),
]


def workday(fam: Fam, t: datetime, h0: float = 8.0, h1: float = 15.0) -> datetime:
    """Move t to office hours on a weekday (the next working morning if needed)."""
    r = fam.rng
    if t.hour + t.minute / 60 > h1:
        t = (t + timedelta(days=1)).replace(hour=int(h0), minute=r.randint(0, 50))
    elif t.hour < h0:
        t = t.replace(hour=int(h0), minute=r.randint(0, 50))
    while t.weekday() >= 5:
        t = (t + timedelta(days=1)).replace(hour=int(h0), minute=r.randint(0, 50))
    return t


def b2b_routine(fam: Fam, p: Person, t: datetime, happy: bool) -> datetime:
    r = fam.rng
    lang = p.lang
    bb = wb.B[lang]
    kinds = ["routine", "routine", "phone", "addon", "page"] + (
        ["praise", "survey"] if happy else []
    )
    kind = r.choice(kinds)
    if kind == "routine":
        return fam.ask(
            p, t, r.choice(["chat", "email"]), fam.pick(p, "routine", bb["routine"]), lang
        )
    if kind == "phone":
        fam.send(p, t, "phone", "call", fam.render(fam.pick(p, "bphone", bb["phone"]), p, lang))
        return t + fam.mins(3, 8)
    if kind == "addon":
        fam.send(p, t, "web", "page_view", attrs={"page": "/business/add-ons"})
        name = r.choice(bb["addon"])
        eur = r.choice([89.0, 120.0, 15.0])
        value, cur = currency(p.market, eur)
        fam.send(
            p,
            t + fam.mins(2, 9),
            "web",
            "purchase",
            attrs={
                "order_value": value,
                "currency": cur,
                "product": name,
                "page": "/business/add-ons",
            },
        )
        return t + timedelta(minutes=10)
    if kind == "page":
        fam.send(
            p,
            t,
            "web",
            "page_view",
            attrs={
                "page": r.choice(
                    [
                        "/business/fleet",
                        "/business/drivers",
                        "/business/invoices",
                        "/business/reports",
                    ]
                )
            },
        )
        return t
    if kind == "praise":
        fam.send(
            p, t, "community", "post", fam.render(fam.pick(p, "bpraise", bb["praise"]), p, lang)
        )
        return t
    return fam.survey(p, t, lang)


def b2b_acts(fam: Fam, p: Person, n: int, happy: bool, before: datetime | None = None) -> None:
    """Up to n routine acts on weekdays 08-16:30 UTC (all 14 h before `before`)."""
    r = fam.rng
    done: list[tuple[datetime, datetime]] = []
    for _ in range(60):
        if len(done) >= n:
            break
        t = fam.start + timedelta(days=r.randint(0, 13), hours=8) + fam.mins(0, 510)
        if t.weekday() >= 5 or (before is not None and t > before - timedelta(hours=14)):
            continue
        if any(a - timedelta(hours=1) < t < b + timedelta(hours=1) for a, b in done):
            continue
        done.append((t, b2b_routine(fam, p, t, happy)))


def b2b_accounts() -> Fam:
    fam = Fam("b2b_accounts", "BB", 7, day0(2026, 10, 12), 14)
    r = fam.rng
    kinds = ["at_risk"] * 6 + ["one_unhappy"] * 6 + ["mild"] * 3 + ["happy"] * 7
    r.shuffle(kinds)
    risk_problems = ["invoice", "invoice", "blocked_drivers", "blocked_drivers", "portal", "fines"]
    r.shuffle(risk_problems)
    risk_sizes = [3, 3, 3, 3, 4, 4]
    r.shuffle(risk_sizes)
    esc_channels = ["email", "email", "email", "phone", "phone", "phone"]
    r.shuffle(esc_channels)
    n_risk = n_one = 0
    for (lang, market, company, site, dom), kind in zip(B2B_COMPANIES, kinds, strict=True):
        acc = f"APB-{market}-{r.randint(1000, 9999)}"
        while acc in USED:
            acc = f"APB-{market}-{r.randint(1000, 9999)}"
        USED.add(acc)
        size = r.randint(4, 6) if kind == "at_risk" else r.randint(3, 6)
        if kind == "at_risk":
            size = max(size, risk_sizes[n_risk] + 1)
        taken: set[str] = set()
        people = [
            fam.person(
                lang, market, account=acc, company=company, domain=f"{dom}.example", taken=taken
            )
            for _ in range(size)
        ]
        unhappy: list[str] = []
        entry: dict[str, Any] = {
            "company": company, "site": site, "contacts": size, "contact_keys": [p.key for p in people],  # noqa: E501
            "kind": kind, "same_problem": None, "trouble_starts_at": None, "language": lang, "country": market,  # noqa: E501
            "at_risk": kind == "at_risk", "expected_rules": ["account_risk"] if kind == "at_risk" else [], "tolerated_rules": [],  # noqa: E501
        }  # fmt: skip
        if kind == "at_risk":
            problem = risk_problems[n_risk]
            k = risk_sizes[n_risk]
            esc = esc_channels[n_risk]
            n_risk += 1
            pi = wb.B_PROBLEMS.index(problem)
            ref = fam.new_ref()
            t = workday(
                fam, fam.start + timedelta(days=r.randint(2, 4), hours=8) + fam.mins(0, 400)
            )
            first = people[0]
            entry.update(same_problem=problem, trouble_starts_at=iso(t))
            for j in range(k):
                p = people[j]
                b2b_acts(fam, p, r.randint(1, 3), False, before=t)
                bb = wb.B[lang]
                if j == 0:
                    text = fam.render(fam.pick(p, "bcomp", bb[problem]), p, lang)
                    subject = bb["subj"][pi]
                else:
                    wd = wb.WEEKDAYS[lang][
                        datetime.fromisoformat(
                            entry["trouble_starts_at"].replace("Z", "+00:00")
                        ).weekday()
                    ]
                    text = fam.render(
                        fam.pick(p, "later", bb["later"]),
                        p,
                        lang,
                        ref=ref,
                        colleague=first.first,
                        colleague_fem=first.fem,
                        day=wd,
                        restate=bb["restate"][pi],
                    )
                    subject = f"{CASE_WORD[lang]} {ref} – {bb['subj'][pi]}"
                eid = fam.send(p, t, "email", "message", text, subject=subject)
                if j == 0:
                    ack = fam.render(bb["ack"][0], p, lang, ref=ref)
                    fam.send(
                        p,
                        t + fam.mins(25, 100),
                        "email",
                        "message",
                        ack,
                        subject=f"{REPLY[lang][0]} {subject} [{ref}]",
                        outbound=True,
                    )
                extra: dict[str, Any] = {
                    "company": company,
                    "role": "complainer",
                    "problem": problem,
                    "booking": ref,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "nps_given": False,
                }
                expected: tuple[str, ...] = ()
                if j < k - 1:
                    sid, score = fam.low_score(p, t + fam.mins(60, 180), "nps", lang)
                    extra.update(nps_given=True, nps=score, survey_event_id=sid)
                    expected = ("detractor",)
                else:
                    t2 = workday(fam, t + fam.mins(18 * 60, 40 * 60), 8.0, 17.0)
                    if esc == "phone":
                        etext = fam.render(bb["escalate_phone"][0], p, lang, spoken=fam.spoken(ref))
                        rid = fam.send(p, t2, "phone", "call", etext)
                    else:
                        etext = fam.render(
                            fam.pick(p, "esc", bb["escalate"]),
                            p,
                            lang,
                            ref=ref,
                            comp=r.choice(COMPETITORS),
                        )
                        rid = fam.send(
                            p,
                            t2,
                            "email",
                            "message",
                            etext,
                            subject=f"{REPLY[lang][0]} {CASE_WORD[lang]} {ref}",
                        )
                    extra["complaint_event_ids"].append(rid)
                    extra.update(repeat_event_id=rid, channel=esc)
                    expected = ("repeat_contact",)
                fam.truth(p, "b2b_unhappy", expected, B2B_RISK_TOL, **extra)
                unhappy.append(p.key)
                t = workday(fam, t + fam.mins(8 * 60, 28 * 60))
            for p in people[k:]:
                b2b_acts(fam, p, r.randint(2, 4), True)
                fam.truth(p, "b2b_happy", company=company, role="contact")
        elif kind == "one_unhappy":
            problem = r.choice(wb.B_PROBLEMS)
            p = people[0]
            t = workday(
                fam, fam.start + timedelta(days=r.randint(3, 10), hours=8) + fam.mins(0, 400)
            )
            b2b_acts(fam, p, r.randint(1, 3), False, before=t)
            bb = wb.B[lang]
            eid = fam.send(
                p,
                t,
                "email",
                "message",
                fam.render(fam.pick(p, "bcomp", bb[problem]), p, lang),
                subject=bb["subj"][wb.B_PROBLEMS.index(problem)],
            )
            extra = {
                "company": company,
                "role": "complainer",
                "problem": problem,
                "complaint_event_ids": [eid],
                "trouble_starts_at": iso(t),
                "nps_given": True,
            }
            if n_one < 3:
                ref = fam.new_ref()
                extra["booking"] = ref
                fam.send(
                    p,
                    t + fam.mins(25, 100),
                    "email",
                    "message",
                    fam.render(bb["ack"][0], p, lang, ref=ref),
                    subject=f"{REPLY[lang][0]} {bb['subj'][wb.B_PROBLEMS.index(problem)]} [{ref}]",
                    outbound=True,
                )
            n_one += 1
            sid, score = fam.low_score(p, t + fam.mins(60, 180), "nps", lang)
            extra.update(nps=score, survey_event_id=sid)
            fam.truth(p, "b2b_one_unhappy", ("detractor",), B2B_ONE_TOL, **extra)
            unhappy.append(p.key)
            for q in people[1:]:
                b2b_acts(fam, q, r.randint(2, 4), True)
                fam.truth(q, "b2b_happy", company=company, role="contact")
        elif kind == "mild":
            for j, p in enumerate(people):
                if j < 2:
                    t = workday(
                        fam,
                        fam.start + timedelta(days=r.randint(2, 11), hours=8) + fam.mins(0, 400),
                    )
                    b2b_acts(fam, p, r.randint(1, 2), False, before=t)
                    bb = wb.B[lang]
                    mid = fam.send(
                        p,
                        t,
                        "web",
                        "ticket",
                        fam.render(bb["mild"][j], p, lang),
                        attrs={"page": "/business/feedback"},
                    )
                    fam.send(
                        p,
                        t + fam.mins(40, 180),
                        "email",
                        "message",
                        fam.render(bb["ack_mild"][0], p, lang),
                        subject={
                            "es": "Tu sugerencia",
                            "fr": "Votre suggestion",
                            "de": "Ihr Vorschlag",
                            "en": "Your suggestion",
                            "it": "Il suo suggerimento",
                            "pt": "A sua sugestão",
                        }[lang],
                        outbound=True,
                    )
                    fam.truth(
                        p, "b2b_mild", (), SIL, company=company, role="suggests", mild_event_id=mid
                    )
                else:
                    b2b_acts(fam, p, r.randint(2, 4), True)
                    fam.truth(p, "b2b_happy", company=company, role="contact")
        else:
            for p in people:
                b2b_acts(fam, p, r.randint(2, 5), True)
                fam.truth(p, "b2b_happy", company=company, role="contact")
        entry.update(unhappy_contacts=len(unhappy), unhappy_contact_keys=unhappy)
        fam.accounts[acc] = entry
    return fam


SPIKE_SUBJECT = {
    "es": "No puedo pagar",
    "fr": "Paiement impossible",
    "de": "Zahlung geht nicht",
    "en": "Can't pay",
    "it": "Non riesco a pagare",
    "pt": "Não consigo pagar",
}
FIXED_SUBJECT = {
    "es": "Error de pago de anoche",
    "fr": "Erreur de paiement d'hier soir",
    "de": "Zahlungsfehler gestern Abend",
    "en": "Last night's payment error",
    "it": "Errore di pagamento di ieri sera",
    "pt": "Erro de pagamento de ontem",
}


def topic_spike() -> Fam:
    fam = Fam("topic_spike", "TS", 8, day0(2026, 10, 26), 7)
    r = fam.rng
    spike_day = 4
    crowd(fam, 90, list(range(7)), 1, 4, CALM_KINDS, "day writer")
    grumblers(fam, [0, 1, 2, 3, 5, 6], 19.0)
    for lang, day in (("es", 2), ("fr", 3)):
        p = fam.person(lang=lang)
        at = fam.day_at(day, 17, 20)
        q, a = wt.T[lang]["lone"][0].split("||")
        gid = fam.send(p, at, "chat", "chat", fam.render(q, p, lang))
        fam.send(p, at + fam.mins(2, 7), "chat", "chat", fam.render(a, p, lang), outbound=True)
        fam.truth(p, "grumbles_once", (), SIL, lone_report_event_id=gid)
    langs = ["es"] * 8 + ["fr"] * 7 + ["de"] * 3 + ["en"] * 2 + ["it"] * 2 + ["pt"] * 2
    r.shuffle(langs)
    chans = ["social"] * 8 + ["chat"] * 6 + ["community"] * 5 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    roles = ["repeat"] * 8 + ["fixed"] * 6 + ["once"] * 10
    r.shuffle(roles)
    base = fam.start + timedelta(days=spike_day, hours=17, minutes=10)
    offsets = sorted([0, 45 * 60] + [r.randint(0, 45 * 60) for _ in range(22)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    for i in range(24):
        lang = langs[i]
        p = fam.person(lang=lang)
        regular = i % 3 != 2
        if regular:
            fam.schedule(p, [0, 1, 2, 3], r.randint(1, 3), CALM_KINDS)
        at = base + timedelta(seconds=offsets[i])
        text = fam.render(fam.pick(p, "spike", wt.T[lang]["spike"]), p, lang)
        ch = chans[i]
        eid = fam.say(p, at, ch, text, lang, subject=f"{SPIKE_SUBJECT[lang]} ({ERR})")
        keys.append(p.key)
        eids.append(eid)
        extra: dict[str, Any] = {
            "in_spike": True,
            "regular": regular,
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": iso(at),
        }
        if roles[i] == "repeat":
            ch2 = r.choice([c for c in ("chat", "social", "email", "community", "web") if c != ch])
            at2 = at + fam.mins(15, 50)
            t2 = fam.render(wt.T[lang]["spike_repeat"][0], p, lang)
            subject = f"{REPLY[lang][0]} {SPIKE_SUBJECT[lang]} ({ERR})"
            rid = fam.say(p, at2, ch2, t2, lang, subject=subject)
            reps.append(rid)
            extra["repeat_event_id"] = rid
            fam.truth(
                p, "spike_repeater", ("repeat_contact",), ("silence", "sentiment_drop"), **extra
            )
            continue
        if roles[i] == "fixed":
            ft = fam.start + timedelta(days=spike_day + 1, hours=7) + fam.mins(0, 120)
            fam.send(
                p,
                ft,
                "email",
                "message",
                fam.render(wt.T[lang]["spike_fixed"][0], p, lang),
                subject=FIXED_SUBJECT[lang],
                outbound=True,
            )
            extra["agent_fixed"] = True
        fam.truth(p, "spike_reporter", (), SIL, **extra)
    fam.spike = {
        "topic": (
            f"payment fails with error {ERR} and the parking session does not start (app and web)"
        ),
        "about": (
            "Friday evening 30 October 2026: payments refused with error AP-522, "
            "sessions not starting, in six languages on five channels"
        ),
        "channel": None,
        "start": iso(base + timedelta(seconds=offsets[0])),
        "end": iso(base + timedelta(seconds=offsets[-1])),
        "customers": 24,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return fam


PLANTED: list[tuple[Any, dict[str, int]]] = [
    (happy_writers, {}),
    (one_bad_day, {"detractor": 11}),
    (repeat_contacts, {"repeat_contact": 30}),
    (slow_churners, {"churn_intent": 12, "detractor": 8, "sentiment_drop": 24}),
    (quiet_hours, {}),
    (bilingual, {"repeat_contact": 12, "sentiment_drop": 10}),
    (b2b_accounts, {"account_risk": 6, "detractor": 20, "repeat_contact": 6}),
    (topic_spike, {"repeat_contact": 8, "topic_spike": 1}),
]


def main() -> None:
    total_c = total_t = 0
    for build, planted in PLANTED:
        fam = build()
        c, t = fam.write(planted)
        total_c += c
        total_t += t
        print(f"{fam.name}: {c} customers, {t} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
