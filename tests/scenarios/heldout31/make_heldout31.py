"""Build heldout31: hand-written, report-only alert scenarios for Vistella.

Vistella sells contact lenses, glasses and eye tests.

Standard library only, seeded, deterministic: ``python make_heldout31.py`` from anywhere writes
``<family>.jsonl`` and ``<family>.truth.json`` next to this file. See README.md.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording_business as wb  # noqa: E402
import wording_happy as wh  # noqa: E402
import wording_trouble as wt  # noqa: E402

SEED = 20261104
WRITTEN = "2026-12-01"
BUSINESS = (
    "Vistella: contact lenses by monthly plan, glasses and sunglasses online with home and"
    " virtual try-on, eye tests at partner opticians; Vistella Business / Aziende for employers"
)
ERR = "VX-417"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
H = timedelta(hours=1)
M = timedelta(minutes=1)

# market -> (country code, mobile prefix, digits after it, currency, factor)
MARKETS: dict[str, tuple[str, str, int, str, float]] = {
    "UK": ("44", "7", 9, "GBP", 0.87),
    "IE": ("353", "8", 8, "EUR", 1.0),
    "IT": ("39", "3", 9, "EUR", 1.0),
    "CH": ("41", "7", 8, "CHF", 0.95),
    "DE": ("49", "15", 9, "EUR", 1.0),
    "AT": ("43", "6", 9, "EUR", 1.0),
    "ES": ("34", "6", 8, "EUR", 1.0),
    "FR": ("33", "6", 8, "EUR", 1.0),
    "BE": ("32", "4", 8, "EUR", 1.0),
    "PT": ("351", "9", 8, "EUR", 1.0),
}
LANG_MARKETS: dict[str, list[str]] = {
    "en": ["UK", "UK", "UK", "IE"],
    "it": ["IT", "IT", "IT", "IT", "CH"],
    "de": ["DE", "DE", "AT", "CH"],
    "es": ["ES"],
    "fr": ["FR", "FR", "BE", "CH"],
    "pt": ["PT"],
}
CH_TOWNS = {"it": ["Lugano", "Bellinzona"], "de": ["Zürich", "Basel"], "fr": ["Genève", "Lausanne"]}
LANG_WEIGHTS = {"en": 30, "it": 28, "de": 11, "es": 11, "fr": 10, "pt": 10}
SOURCES = {
    "email": "vistella-mail",
    "phone": "vistella-voice",
    "social": "vistella-social",
    "community": "vistella-forum",
    "chat": "vistella-chat",
    "web": "vistella-web",
    "survey": "vistella-survey",
}
SUBJ_Q = {
    "en": "Quick question",
    "it": "Domanda",
    "de": "Frage",
    "es": "Consulta",
    "fr": "Question",
    "pt": "Pergunta",
}
RE_PREFIX = {"en": "RE: ", "it": "R: ", "de": "AW: ", "es": "RE: ", "fr": "RE : ", "pt": "RE: "}
DOMAINS = [
    "mailbox.example",
    "posta.example",
    "inbox.example",
    "webmail.example",
    "correo.example",
    "post.example",
]
HAPPY_KINDS = [
    "praise",
    "praise",
    "gripe",
    "chat_q",
    "mail_q",
    "phone_q",
    "buy",
    "view",
    "review",
    "survey",
]


def ascii_of(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


def drop_accents(text: str, lang: str) -> str:
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
        return text
    out = []
    for ch in text:
        if ch in "ñÑ" or ord(ch) > 0x2000:
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out)


def gender(text: str, fem: bool, opener: str = "[[", closer: str = "]]") -> str:
    pattern = re.escape(opener) + r"([^|]*?)\|(.*?)" + re.escape(closer)
    return re.sub(pattern, lambda m: m.group(1 if fem else 2), text)


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def off_night(t: datetime, rng: random.Random) -> datetime:
    """Move a time that falls in 22:00-07:00 UTC to the next morning."""
    if t.hour >= 22:
        t = (t + timedelta(days=1)).replace(hour=7, minute=0, second=0)
        return t + timedelta(minutes=rng.randint(20, 150))
    if t.hour < 7:
        return t.replace(hour=7, minute=0, second=0) + timedelta(minutes=rng.randint(20, 150))
    return t


def office(t: datetime, rng: random.Random, last_hour: int = 15) -> datetime:
    """Move a time to the next weekday office slot (08:00-last_hour UTC) if outside it."""
    while t.weekday() >= 5 or t.hour >= last_hour or t.hour < 8:
        if (t.hour >= 8 and t.weekday() < 5 and t.hour >= last_hour) or t.weekday() >= 5:
            t = t + timedelta(days=1)
        t = t.replace(hour=8, minute=0, second=0) + timedelta(minutes=rng.randint(5, 110))
    return t


@dataclass
class Person:
    key: str
    first: str
    last: str
    fem: bool
    lang: str
    market: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    reason: int
    store: int
    city: str
    truth: dict[str, Any]
    used: dict[str, set[int]] = field(default_factory=dict)
    events: int = 0


@dataclass
class Event:
    t: datetime
    seq: int
    p: Person
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]
    event_id: str


class Registry:
    """Identifiers handed out over the whole set: none is given twice."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def fresh(self, rng: random.Random, make: Callable[[], str]) -> str:
        for _ in range(1000):
            value = make()
            if value.lower() not in self.used:
                self.used.add(value.lower())
                return value
        raise SystemExit("could not find a fresh identifier")

    def case(self, rng: random.Random) -> str:
        return self.fresh(rng, lambda: f"VS-{rng.randint(100000, 999999)}")


class Fam:
    def __init__(
        self, reg: Registry, n: int, code: str, name: str, start: datetime, days: int, about: str
    ) -> None:
        self.reg = reg
        self.n = n
        self.code = code
        self.name = name
        self.start = start
        self.days = days
        self.about = about
        self.rng = random.Random(SEED * 100 + n)
        self.events: list[Event] = []
        self.people: dict[str, Person] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    # ---- people ---------------------------------------------------------------------------

    def lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]

    def person(
        self,
        lang: str,
        persona: str,
        *,
        market: str | None = None,
        habit: str | None = None,
        expected: Sequence[str] = (),
        tolerated: Sequence[str] = (),
        account: str | None = None,
        domain: str | None = None,
        name: tuple[str, bool] | None = None,
        **extra: Any,
    ) -> Person:
        rng = self.rng
        market = market or rng.choice(LANG_MARKETS[lang])
        first, fem = name or rng.choice(wh.FIRST[lang])
        last = rng.choice(wh.LAST[lang])
        key = f"VS{self.code}{len(self.people) + 1:04d}"
        a_first, a_last = ascii_of(first), ascii_of(last)
        if domain:
            email = self.reg.fresh(rng, lambda: f"{a_first}.{a_last}@{domain}")
        else:
            email = self.reg.fresh(
                rng, lambda: f"{a_first}.{a_last}{rng.randint(10, 9999)}@{rng.choice(DOMAINS)}"
            )
        cc, prefix, digits, _, _ = MARKETS[market]
        phone = self.reg.fresh(
            rng,
            lambda: (
                "+"
                + cc
                + prefix
                + "".join(str(rng.randint(0, 9)) for _ in range(digits - len(prefix) + 1))
            ),
        )
        towns = CH_TOWNS.get(lang, wh.CITIES[market]) if market == "CH" else wh.CITIES[market]
        town = rng.choice(towns)
        handle = None
        if not domain:
            city = ascii_of(town)
            handle = self.reg.fresh(
                rng,
                lambda: (
                    f"@{a_first}_{a_last}{rng.randint(10, 9999)}"
                    if rng.random() < 0.7
                    else f"@{a_first}{city}{rng.randint(1, 999)}"
                ),
            )
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
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
        }
        if habit:
            truth["habit"] = habit
        truth.update(extra)
        p = Person(
            key,
            first,
            last,
            fem,
            lang,
            market,
            email,
            phone,
            handle,
            account,
            rng.randrange(6),
            rng.randrange(4),
            town,
            truth,
        )
        self.people[key] = p
        return p

    # ---- words ----------------------------------------------------------------------------

    def pick(self, p: Person, table: str, options: Sequence[Any]) -> Any:
        used = p.used.setdefault(table, set())
        free = [i for i in range(len(options)) if i not in used] or list(range(len(options)))
        i = self.rng.choice(free)
        used.add(i)
        return options[i]

    def money(self, p: Person, value: float) -> str:
        factor = MARKETS[p.market][4]
        v = value * factor
        if p.market == "UK":
            return f"£{v:.2f}"
        if p.market == "IE":
            return f"€{v:.2f}"
        if p.market == "CH":
            return f"CHF {v:.2f}"
        return f"{v:.2f} €".replace(".", ",")

    def fill(self, p: Person, text: str, lang: str, *, noisy: bool = False, **kw: Any) -> str:
        values: dict[str, Any] = {
            "first": p.first,
            "last": p.last,
            "city": p.city,
            "reason": wh.REASONS[lang][p.reason],
            "store": wh.STORES[lang][p.store],
            "err": ERR,
        }
        values.update(kw)
        for k, v in values.items():
            text = text.replace("{" + k + "}", str(v))
        text = gender(text, p.fem)
        if "colleague_fem" in kw:
            text = gender(text, bool(kw["colleague_fem"]), "<<", ">>")
        if noisy and text:
            r = self.rng
            if r.random() < 0.1:
                text = drop_accents(text, lang)
            if r.random() < 0.12 and text[:2].istitle() and not text.startswith(("Hi,", "Hello,")):
                text = text[0].lower() + text[1:]
            if r.random() < 0.08:
                words = text.split(" ")
                long_ones = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
                if long_ones:
                    i = r.choice(long_ones)
                    w = words[i]
                    j = r.randrange(1, len(w) - 2)
                    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                    text = " ".join(words)
        return text

    def spoken(self, text: str) -> str:
        text = text.lower()
        return re.sub(r"[.,;:!?\"()¿¡]", "", text)

    # ---- touchpoints ----------------------------------------------------------------------

    def add(
        self,
        p: Person,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"vs31-{self.code.lower()}-{self.seq:05d}"
        if text is not None and channel not in ("social", "community"):
            text = text.replace("@Vistella ", "").replace("@Vistella", "Vistella")
        if text is not None and channel == "phone":
            text = self.spoken(text)
        self.events.append(
            Event(t, self.seq, p, channel, kind, out, text, subject, scores or {}, attrs or {}, eid)
        )
        p.events += 1
        return eid

    def agent(self, lang: str) -> str:
        return str(self.rng.choice(wh.AGENTS[lang]))

    def qa(
        self,
        p: Person,
        t: datetime,
        channel: str,
        lang: str,
        pair: tuple[str, str],
        thanks: Sequence[str],
    ) -> datetime:
        """A question answered by an agent and thanked; returns the last touchpoint's time."""
        rng = self.rng
        ag = self.agent(lang)
        q = self.fill(p, pair[0], lang, noisy=True)
        a = self.fill(p, pair[1], lang, agent=ag)
        if channel == "chat":
            self.add(p, t, "chat", "chat", q)
            t2 = t + timedelta(minutes=rng.randint(1, 6))
            self.add(p, t2, "chat", "chat", a, out=True)
            t3 = t2 + timedelta(minutes=rng.randint(1, 5))
            self.add(
                p,
                t3,
                "chat",
                "chat",
                self.fill(p, self.pick(p, "thanks", thanks), lang, noisy=True, agent=ag),
            )
            return t3
        subj = SUBJ_Q[lang]
        self.add(p, t, "email", "message", q, subject=subj)
        t2 = t + timedelta(minutes=rng.randint(20, 90))
        self.add(p, t2, "email", "message", a, subject=RE_PREFIX[lang] + subj, out=True)
        t3 = off_night(t2 + timedelta(minutes=rng.randint(10, 120)), rng)
        self.add(
            p,
            t3,
            "email",
            "message",
            self.fill(p, self.pick(p, "thanks", thanks), lang, noisy=True, agent=ag),
            subject=RE_PREFIX[lang] + RE_PREFIX[lang] + subj,
        )
        return t3

    def survey(self, p: Person, t: datetime, lang: str, kind: str | None = None) -> str:
        rng = self.rng
        kind = kind or rng.choice(["nps", "nps", "csat", "ces"])
        value = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            kind
        ]
        word = str(self.pick(p, "survey", wh.SURVEY_WORDS[lang]))
        return self.add(
            p,
            t,
            "survey",
            "survey_response",
            self.fill(p, word, lang) or None,
            scores={kind: value},
            attrs={"survey": kind},
        )

    def purchase(
        self, p: Person, t: datetime, item: tuple[str, float, str], lo: int, hi: int
    ) -> datetime:
        """A page view, then the purchase lo-hi minutes later; returns the purchase time."""
        name, price, page = item
        self.add(p, t, "web", "page_view", attrs={"page": page})
        t2 = t + timedelta(minutes=self.rng.randint(lo, hi))
        _, _, _, cur, factor = MARKETS[p.market]
        value = f"{price * factor:.2f}"
        attrs = {"order_value": value, "currency": cur, "product": name, "page": page}
        self.add(p, t2, "web", "purchase", attrs=attrs)
        return t2

    def low_score(
        self, p: Person, t: datetime, kind: str, top: int, text: str = ""
    ) -> tuple[int, str]:
        """A low survey score (1..top) with an optional word; returns the score and event id."""
        value = self.rng.randint(1, top)
        eid = self.add(
            p,
            t,
            "survey",
            "survey_response",
            text or None,
            scores={kind: value},
            attrs={"survey": kind},
        )
        return value, eid

    def act(self, p: Person, t: datetime, kind: str, lang: str | None = None) -> datetime:
        """One happy act of a household; returns the time of its last touchpoint."""
        lang = lang or p.lang
        rng = self.rng
        if kind == "praise":
            text = self.fill(p, self.pick(p, "praise:" + lang, wh.PRAISE[lang]), lang, noisy=True)
            if rng.random() < 0.55:
                if "@Vistella" not in text and rng.random() < 0.4:
                    self.add(p, t, "social", "mention", "@Vistella " + text)
                else:
                    self.add(p, t, "social", "post", text)
            else:
                self.add(p, t, "community", "post", text)
            return t
        if kind in ("gripe", "night_post"):
            table = wh.GRIPE if kind == "gripe" else wh.NIGHT_POSTS
            text = self.fill(p, self.pick(p, kind + ":" + lang, table[lang]), lang, noisy=True)
            self.add(p, t, rng.choice(["social", "community"]), "post", text)
            return t
        if kind in ("chat_q", "mail_q"):
            pair = self.pick(p, "qa:" + lang, wh.QA[lang])
            return self.qa(
                p, t, "chat" if kind == "chat_q" else "email", lang, pair, wh.THANKS[lang]
            )
        if kind == "phone_q":
            self.add(
                p,
                t,
                "phone",
                "call",
                self.fill(p, self.pick(p, "phone:" + lang, wh.PHONE_Q[lang]), lang),
            )
            return t + timedelta(minutes=rng.randint(3, 9))
        if kind == "buy":
            return self.purchase(p, t, self.pick(p, "product", wh.PRODUCTS), 2, 15)
        if kind == "view":
            self.add(p, t, "web", "page_view", attrs={"page": rng.choice(wh.PAGES)})
            return t
        if kind == "review":
            text = str(self.pick(p, "review:" + lang, wh.REVIEWS[lang]))
            rating = 4 if "4" in text else 5
            self.add(
                p,
                t,
                "web",
                "review",
                self.fill(p, text, lang, noisy=True),
                attrs={"rating": str(rating), "page": "/reviews"},
            )
            return t
        if kind == "survey":
            self.survey(p, t, lang)
            return t
        if kind == "night_q":
            pair = self.pick(p, "nightqa:" + lang, wh.NIGHT_QA[lang])
            return self.qa(p, t, "chat", lang, pair, wh.THANKS[lang])
        raise ValueError(kind)

    def at(self, day: float, h0: float, h1: float) -> datetime:
        base = self.start + timedelta(days=int(day))
        return base + timedelta(minutes=self.rng.randint(int(h0 * 60), int(h1 * 60)))

    def acts(
        self,
        p: Person,
        n: int,
        days: Sequence[int],
        kinds: Sequence[str] = HAPPY_KINDS,
        *,
        h0: float = 7.0,
        h1: float = 21.5,
        lang_of: Callable[[int], str] | None = None,
    ) -> list[datetime]:
        """n happy acts on the given days, starting h0-h1 UTC; an act pushed past h1 is dropped."""
        if not days:
            return []
        times = sorted(self.at(self.rng.choice(list(days)), h0, h1) for _ in range(n))
        done: list[datetime] = []
        last: datetime | None = None
        for i, t in enumerate(times):
            if last is not None and t < last + 5 * M:
                t = last + timedelta(minutes=self.rng.randint(5, 40))
            if t.hour + t.minute / 60 > h1 or t.date() != times[i].date():
                continue
            kind = self.rng.choice(list(kinds))
            last = self.act(p, t, kind, lang_of(len(done)) if lang_of else None)
            done.append(t)
        return done

    # ---- trouble --------------------------------------------------------------------------

    def complaint_text(self, p: Person, problem: str, lang: str) -> str:
        text = str(self.pick(p, "complaint", wt.COMPLAINT[problem][lang]))
        amount = self.money(
            p, {"double_charge": 14.90, "refund": 119.00, "broken": 149.00}.get(problem, 14.90)
        )
        return self.fill(p, text, lang, noisy=True, amount=amount)

    def complain(
        self, p: Person, t: datetime, channel: str, problem: str, lang: str, *, long: bool = False
    ) -> str:
        """The first complaint about a problem, on one channel."""
        if channel == "phone":
            return self.add(p, t, "phone", "call", self.fill(p, wt.PHONE[problem][lang], lang))
        body = self.complaint_text(p, problem, lang)
        if channel == "email":
            if long:
                body = self.fill(p, self.pick(p, "long", wt.LONG[lang]), lang, letter=body)
            subj = self.fill(p, wt.SUBJECT[lang], lang, pname=wt.PNAME[problem][lang])
            return self.add(p, t, "email", "message", body, subject=subj)
        if channel == "web":
            return self.add(p, t, "web", "ticket", body, attrs={"page": "/help/contact"})
        if channel == "social":
            return self.add(p, t, "social", "mention", "@Vistella " + body)
        return self.add(p, t, channel, "chat" if channel == "chat" else "post", body)

    def follow(
        self, p: Person, t: datetime, channel: str, problem: str, lang: str, case: str, nth: int
    ) -> str:
        """A later contact about the same open case (nth = 2, 3 or 4)."""
        comp = self.rng.choice(wt.COMPETITORS)
        if channel == "phone":
            digits = case[3:]
            spoken = (
                " ".join([digits[:2], digits[2:4], digits[4:]])
                if self.rng.random() < 0.5
                else digits
            )
            return self.add(
                p, t, "phone", "call", self.fill(p, wt.PHONE_FOLLOW[lang], lang, spoken=spoken)
            )
        table = {2: wt.SECOND, 3: wt.THIRD, 4: wt.FOURTH}[nth]
        body = self.fill(
            p,
            self.pick(p, f"follow{nth}", table[lang]),
            lang,
            noisy=True,
            case=case,
            pname=wt.PNAME[problem][lang],
            comp=comp,
        )
        if channel == "email":
            subj = self.rng.choice(
                ["", RE_PREFIX[lang], RE_PREFIX[lang] + RE_PREFIX[lang]]
            ) + self.fill(p, wt.CASE_SUBJECT[lang], lang, case=case)
            return self.add(p, t, "email", "message", body, subject=subj)
        if channel == "web":
            return self.add(p, t, "web", "ticket", body, attrs={"page": "/help/contact"})
        if channel == "social":
            return self.add(p, t, "social", "mention", "@Vistella " + body)
        return self.add(p, t, "chat", "chat", body)

    def agent_mail(
        self, p: Person, t: datetime, table: dict[str, str], lang: str, case: str, **kw: Any
    ) -> str:
        subj = RE_PREFIX[lang] + self.fill(p, wt.CASE_SUBJECT[lang], lang, case=case)
        return self.add(
            p,
            t,
            "email",
            "message",
            self.fill(p, table[lang], lang, case=case, agent=self.agent(lang), **kw),
            subject=subj,
            out=True,
        )

    def slide(
        self, p: Person, start_day: int, span: int, lang_of: Callable[[int], str]
    ) -> list[str]:
        rng = self.rng
        ids: list[str] = []
        ratings = [3, 3, 2, 2, 1, 1]
        prev: datetime | None = None
        for i in range(6):
            lang = lang_of(i)
            t = self.at(start_day + round(span * i / 5), 8, 21)
            if prev is not None and t <= prev + H:
                t = off_night(prev + timedelta(minutes=rng.randint(60, 180)), rng)
            prev = t
            text = self.fill(
                p, wt.SLIDE[lang][i], lang, noisy=True, comp=rng.choice(wt.COMPETITORS)
            )
            channel = rng.choice(["social", "community", "chat", "review"])
            if channel == "review":
                ids.append(
                    self.add(
                        p,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": str(ratings[i]), "page": "/reviews"},
                    )
                )
            else:
                ids.append(self.add(p, t, channel, "chat" if channel == "chat" else "post", text))
        return ids

    # ---- output ---------------------------------------------------------------------------

    def customer_ref(self, ev: Event, first: bool) -> dict[str, str | None]:
        p = ev.p
        ref: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": p.account,
        }
        if ev.out or first:
            ref.update(customer_id=p.key, email=p.email, phone=p.phone, handle=p.handle)
            return ref
        rng = self.rng
        if ev.channel == "email":
            ref["email"] = p.email.upper() if rng.random() < 0.1 else p.email
        elif ev.channel == "phone":
            cc = MARKETS[p.market][0]
            ref["phone"] = (
                "+" + cc + " " + p.phone[len(cc) + 1 :] if rng.random() < 0.25 else p.phone
            )
        elif ev.channel in ("social", "community"):
            if p.handle:
                ref["handle"] = p.handle.lstrip("@") if rng.random() < 0.15 else p.handle
            else:
                ref["email"] = p.email
        else:
            ref["customer_id"] = p.key
        return ref

    def write(self, planned: dict[str, int]) -> tuple[int, int]:
        events = sorted(self.events, key=lambda e: (e.t, e.seq))
        for e in events:
            if not (datetime(2026, 1, 1, tzinfo=UTC) <= e.t < LIMIT):
                raise SystemExit(f"{self.name}: {e.event_id} at {iso(e.t)} is out of range")
        seen: set[str] = set()
        lines = []
        for e in events:
            first = e.p.key not in seen
            seen.add(e.p.key)
            attrs = {"market": e.p.market} | ({"segment": "b2b"} if e.p.account else {}) | e.attrs
            row = {
                "event_id": e.event_id,
                "occurred_at": iso(e.t),
                "channel": e.channel,
                "kind": e.kind,
                "direction": "outbound" if e.out else "inbound",
                "customer": self.customer_ref(e, first),
                "text": e.text,
                "subject": e.subject,
                "scores": {
                    "nps": e.scores.get("nps"),
                    "csat": e.scores.get("csat"),
                    "ces": e.scores.get("ces"),
                },
                "source": SOURCES[e.channel],
                "attributes": attrs,
            }
            lines.append(json.dumps(row, ensure_ascii=False))
        for p in self.people.values():
            if p.events == 0:
                raise SystemExit(f"{self.name}: {p.key} has no touchpoints")
        got: Counter[str] = Counter()
        for p in self.people.values():
            got.update(p.truth["expected_rules"])
        for a in self.accounts.values():
            got.update(a["expected_rules"])
        if self.spike:
            got["topic_spike"] += 1
        if dict(got) != planned:
            raise SystemExit(f"{self.name}: expected {dict(got)}, planned {planned}")
        end = max(self.start + timedelta(days=self.days), events[-1].t + H)
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end {iso(end)} too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(got.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: p.truth for k, p in self.people.items()},
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


def same_lang(lang: str) -> Callable[[int], str]:
    def pick(_i: int) -> str:
        return lang

    return pick


def account_maker(rng: random.Random, market: str) -> Callable[[], str]:
    def make() -> str:
        return f"VSB-{market}-{rng.randint(1000, 9999)}"

    return make


def day0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ---- families -------------------------------------------------------------------------------

SILENCE = ("silence",)
REPEAT_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
SLIDE_TOL = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
LEAVE_TOL = ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence")
B2B_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
)


def happy_writers(f: Fam) -> dict[str, int]:
    for _ in range(44):
        p = f.person(f.lang(), "happy", habit="day writer")
        f.acts(p, f.rng.randint(5, 9), range(f.days))
    for _ in range(12):
        p = f.person(f.lang(), "happy", habit="night writer")
        nights = f.rng.randint(2, 4)
        for d in f.rng.sample(range(f.days - 1), nights):
            t = f.at(d, 22.2, 28.5)
            f.act(p, t, f.rng.choice(["night_post", "night_post", "night_q"]))
        f.acts(p, f.rng.randint(2, 3), range(f.days), ["praise", "view", "buy", "chat_q"])
    for _ in range(12):
        p = f.person(f.lang(), "happy", habit="answers surveys")
        for d in sorted(f.rng.sample(range(f.days), f.rng.randint(3, 6))):
            f.survey(p, f.at(d, 8, 21), p.lang)
    return {}


def bad_day(
    f: Fam,
    p: Person,
    lang: str,
    day: int,
    channel: str,
    long: bool,
    problem: str,
    *,
    sorted_mail: bool,
    apology: bool,
) -> tuple[datetime, str]:
    """One angry moment; returns its time and event id."""
    rng = f.rng
    t = f.at(day, 8, 20)
    eid = f.complain(p, t, channel, problem, lang, long=long)
    p.truth.update(
        problem=problem,
        bad_day_at=iso(t),
        bad_day_event_id=eid,
        channel=channel,
        long_email=long,
        agent_fixed=sorted_mail,
        apologised=False,
    )
    if sorted_mail:
        case = f.reg.case(rng)
        p.truth["booking"] = case
        t2 = t + timedelta(minutes=rng.randint(60, 240))
        f.agent_mail(p, t2, wt.AGENT_SORTED, lang, case, fix=wt.FIX[problem][lang])
        if apology:
            t3 = off_night(t + timedelta(hours=rng.uniform(16, 24)), rng)
            ch = rng.choice(["chat", "email"])
            text = f.fill(p, f.pick(p, "apology", wt.APOLOGY[lang]), lang, noisy=True)
            aid = f.add(
                p,
                t3,
                ch,
                "chat" if ch == "chat" else "message",
                text,
                subject=RE_PREFIX[lang] + f.fill(p, wt.CASE_SUBJECT[lang], lang, case=case)
                if ch == "email"
                else None,
            )
            p.truth.update(apologised=True, apology_at=iso(t3), apology_event_id=aid)
    return t, eid


def one_bad_day(f: Fam) -> dict[str, int]:
    rng = f.rng
    channels = (
        ["long"] * 10
        + ["email"] * 10
        + ["chat"] * 11
        + ["social"] * 10
        + ["web"] * 10
        + ["phone"] * 9
    )
    rng.shuffle(channels)
    problems = [pr for pr in wt.PROBLEMS for _ in range(10)]
    rng.shuffle(problems)
    scores = ["nps"] * 11 + ["csat"] * 12 + [""] * 37
    rng.shuffle(scores)
    fixes = [True] * 30 + [False] * 30
    rng.shuffle(fixes)
    apologies = 0
    for i in range(60):
        lang = f.lang()
        det = scores[i] == "nps"
        p = f.person(
            lang,
            "bad_day_detractor" if det else "happy_one_bad_day",
            expected=("detractor",) if det else (),
            tolerated=SILENCE,
        )
        day = rng.randint(2, 9)
        ch = channels[i]
        apology = fixes[i] and apologies < 14 and rng.random() < 0.6
        apologies += apology
        t, _ = bad_day(
            f,
            p,
            lang,
            day,
            "email" if ch == "long" else ch,
            ch == "long",
            problems[i],
            sorted_mail=fixes[i],
            apology=apology,
        )
        p.truth.update(nps_given=det, csat_given=scores[i] == "csat")
        if det:
            nps, sid = f.low_score(
                p,
                t + timedelta(minutes=rng.randint(100, 140)),
                "nps",
                5,
                rng.choice(["", "", "👎"]),
            )
            p.truth.update(nps=nps, survey_event_id=sid)
        elif scores[i] == "csat":
            csat, sid = f.low_score(p, t + timedelta(minutes=rng.randint(40, 80)), "csat", 2)
            p.truth.update(csat=csat, survey_event_id=sid)
        kinds = [k for k in HAPPY_KINDS if k != "survey"]
        days = [d for d in range(f.days) if d <= day - 2 or d >= day + 3]
        f.acts(p, rng.randint(3, 5), days, kinds)
    if apologies < 10:
        raise SystemExit(f"only {apologies} apologies")
    for _ in range(24):
        p = f.person(f.lang(), "happy", habit="control")
        f.acts(p, rng.randint(4, 7), range(f.days))
    return {"detractor": 11}


def repeat_chain(
    f: Fam,
    p: Person,
    problem: str,
    first_t: datetime,
    times: int,
    langs: Sequence[str],
    passed_on: bool,
) -> list[str]:
    """A problem raised `times` times, still open; later contacts name the case."""
    rng = f.rng
    case = f.reg.case(rng)
    order = ["email", "chat", "phone", "social", "web"]
    ch = rng.choice(order)
    ids = [f.complain(p, first_t, ch, problem, langs[0])]
    channels = [ch]
    if passed_on:
        f.agent_mail(
            p, first_t + timedelta(minutes=rng.randint(90, 150)), wt.AGENT_PASSED, langs[0], case
        )
    else:
        f.agent_mail(
            p, first_t + timedelta(minutes=rng.randint(5, 30)), wt.AGENT_OPENED, langs[0], case
        )
    t = first_t
    for nth in range(2, times + 1):
        t = off_night(t + timedelta(hours=rng.uniform(4, 40)), rng)
        ch = rng.choice([c for c in order if c != ch])
        channels.append(ch)
        ids.append(f.follow(p, t, ch, problem, langs[(nth - 1) % len(langs)], case, nth))
    p.truth.update(
        problem=problem,
        booking=case,
        contacts=times,
        channels=channels,
        agent_passed_on=passed_on,
        problem_event_ids=ids,
        trouble_starts_at=iso(first_t),
    )
    return ids


def fixed_case(
    f: Fam, p: Person, problem: str, t: datetime, lang: str, confirm_lang: str
) -> dict[str, Any]:
    rng = f.rng
    case = f.reg.case(rng)
    ch = rng.choice(["email", "chat", "phone", "web"])
    eid = f.complain(p, t, ch, problem, lang)
    f.agent_mail(p, t + timedelta(minutes=rng.randint(5, 30)), wt.AGENT_OPENED, lang, case)
    t_fix = off_night(t + timedelta(hours=rng.uniform(3, 20)), rng)
    f.agent_mail(p, t_fix, wt.AGENT_SORTED, lang, case, fix=wt.FIX[problem][lang])
    t_ok = off_night(t_fix + timedelta(hours=rng.uniform(8, 30)), rng)
    cch = rng.choice(["email", "chat"])
    text = f.fill(
        p,
        f.pick(p, "confirm", wt.CONFIRM[confirm_lang]),
        confirm_lang,
        noisy=True,
        case=case,
        agent=f.agent(lang),
    )
    subj = (
        RE_PREFIX[confirm_lang] + f.fill(p, wt.CASE_SUBJECT[confirm_lang], confirm_lang, case=case)
        if cch == "email"
        else None
    )
    cid = f.add(p, t_ok, cch, "message" if cch == "email" else "chat", text, subject=subj)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(t_fix),
        "confirmed_at": iso(t_ok),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts(f: Fam) -> dict[str, int]:
    rng = f.rng
    counts = [2] * 9 + [3] * 10 + [4] * 7
    rng.shuffle(counts)
    passed = [True] * 13 + [False] * 13
    rng.shuffle(passed)
    for i in range(26):
        p = f.person(f.lang(), "repeat_contact", expected=("repeat_contact",), tolerated=REPEAT_TOL)
        f.acts(p, rng.randint(1, 3), [0])
        repeat_chain(
            f,
            p,
            rng.choice(wt.PROBLEMS),
            f.at(rng.randint(1, 4), 8, 19),
            counts[i],
            [p.lang],
            passed[i],
        )
    for _ in range(10):
        p = f.person(f.lang(), "resolved_between_contacts", tolerated=SILENCE)
        f.acts(p, rng.randint(1, 3), [0])
        case = fixed_case(
            f, p, rng.choice(wt.PROBLEMS), f.at(rng.randint(1, 5), 8, 19), p.lang, p.lang
        )
        p.truth.update(problems=[case], trouble_starts_at=case["raised_at"])
    for _ in range(7):
        p = f.person(f.lang(), "different_problems", tolerated=SILENCE)
        a, b = rng.sample(wt.PROBLEMS, 2)
        t1 = f.at(rng.randint(0, 2), 8, 19)
        c1 = fixed_case(f, p, a, t1, p.lang, p.lang)
        t2 = off_night(t1 + timedelta(days=rng.uniform(4, 5.5)), rng)
        c2 = fixed_case(f, p, b, t2, p.lang, p.lang)
        p.truth.update(problems=[c1, c2], trouble_starts_at=c1["raised_at"])
    for _ in range(26):
        p = f.person(f.lang(), "happy", habit="frequent writer")
        f.acts(
            p,
            rng.randint(5, 8),
            range(f.days),
            ["chat_q", "chat_q", "mail_q", "mail_q", "phone_q", "praise", "buy"],
        )
    return {"repeat_contact": 26}


def slow_churners(f: Fam) -> dict[str, int]:
    rng = f.rng
    spans = [3, 5, 7, 9] * 5
    rng.shuffle(spans)
    dets = [True] * 7 + [False] * 13
    rng.shuffle(dets)
    for i in range(20):
        det = dets[i]
        p = f.person(
            f.lang(),
            "slow_churner",
            habit="slides",
            expected=("sentiment_drop",) + (("detractor",) if det else ()),
            tolerated=SLIDE_TOL,
        )
        f.acts(p, rng.randint(4, 5), range(11), ["praise"])
        f.acts(p, rng.randint(2, 4), range(11), ["chat_q", "buy", "view", "review", "gripe"])
        start = rng.randint(12, 18)
        ids = f.slide(p, start, spans[i], same_lang(p.lang))
        p.truth.update(
            slide_event_ids=ids,
            slide_days=spans[i],
            trouble_starts_at=iso(next(e.t for e in f.events if e.event_id == ids[0])),
            nps_given=det,
        )
        if det:
            t4 = next(e.t for e in f.events if e.event_id == ids[3])
            nps, sid = f.low_score(p, t4 + timedelta(minutes=rng.randint(150, 210)), "nps", 5)
            p.truth.update(nps=nps, survey_event_id=sid)
    for _ in range(10):
        p = f.person(
            f.lang(),
            "slow_churner",
            habit="asks to cancel",
            expected=("churn_intent",),
            tolerated=LEAVE_TOL,
        )
        ask_day = rng.randint(15, 25)
        f.acts(p, rng.randint(4, 6), range(ask_day - 1))
        t = f.at(ask_day, 8, 20)
        lang = p.lang
        ask = f.add(
            p,
            t,
            "email",
            "message",
            f.fill(p, f.pick(p, "cancel", wt.CANCEL_ASK[lang]), lang, noisy=True),
            subject=wt.CANCEL_SUBJECT[lang],
        )
        t2 = t + timedelta(minutes=rng.randint(60, 300))
        f.add(
            p,
            t2,
            "email",
            "message",
            f.fill(p, wt.CANCEL_REPLY[lang], lang, agent=f.agent(lang)),
            subject=RE_PREFIX[lang] + wt.CANCEL_SUBJECT[lang],
            out=True,
        )
        t3 = off_night(t + timedelta(hours=rng.uniform(20, 30)), rng)
        reason = str(rng.choice(wt.CANCEL_REASON[lang]))
        cid = f.add(p, t3, "web", "cancellation", reason or None, attrs={"page": "/account/close"})
        p.truth.update(
            churn_intent_event_id=ask,
            cancellation_event_id=cid,
            churn_at=iso(t3),
            trouble_starts_at=iso(t),
        )
    for _ in range(18):
        p = f.person(f.lang(), "happy", habit="steady")
        f.acts(p, rng.randint(6, 10), range(f.days))
    for _ in range(9):
        p = f.person(f.lang(), "steadily_grumpy", tolerated=("repeat_contact", "silence"))
        d = float(rng.randint(0, 4))
        ids = []
        for _k in range(rng.randint(5, 8)):
            t = f.at(d, 8, 21)
            ch = rng.choice(["social", "community", "chat"])
            text = f.fill(p, f.pick(p, "grumpy", wh.GRUMPY[p.lang]), p.lang, noisy=True)
            ids.append(f.add(p, t, ch, "chat" if ch == "chat" else "post", text))
            d += rng.randint(1, 3)
            if d >= f.days:
                break
        f.acts(p, rng.randint(0, 2), range(f.days), ["view", "buy"])
        p.truth["grumble_event_ids"] = ids
    for _ in range(10):
        p = f.person(f.lang(), "happy_one_sarcastic_remark", tolerated=SILENCE)
        f.acts(p, rng.randint(5, 8), range(f.days))
        t = f.at(rng.randint(3, 28), 8, 21)
        sid = f.add(
            p,
            t,
            "social",
            "post",
            f.fill(p, f.pick(p, "sarcasm", wh.SARCASM[p.lang]), p.lang, noisy=True),
        )
        p.truth["sarcasm_event_id"] = sid
    return {"sentiment_drop": 20, "detractor": 7, "churn_intent": 10}


def grumble_once(f: Fam, p: Person, t: datetime, channel: str) -> str:
    lang = p.lang
    q, a = f.pick(p, "mild", wh.MILD[lang])
    ag = f.agent(lang)
    if channel == "chat":
        gid = f.add(p, t, "chat", "chat", f.fill(p, q, lang, noisy=True))
        f.add(
            p,
            t + timedelta(minutes=f.rng.randint(1, 6)),
            "chat",
            "chat",
            f.fill(p, a, lang, agent=ag),
            out=True,
        )
    else:
        gid = f.add(
            p, t, "web", "ticket", f.fill(p, q, lang, noisy=True), attrs={"page": "/help/contact"}
        )
        f.add(
            p,
            t + timedelta(minutes=f.rng.randint(30, 180)),
            "email",
            "message",
            f.fill(p, a, lang, agent=ag),
            subject=RE_PREFIX[lang] + SUBJ_Q[lang],
            out=True,
        )
    p.truth["grumble_event_id"] = gid
    return gid


def quiet_hours(f: Fam) -> dict[str, int]:
    rng = f.rng
    for _ in range(40):
        p = f.person(f.lang(), "happy", habit="day writer")
        f.acts(
            p,
            rng.randint(1, 4),
            range(f.days),
            ["praise", "view", "buy", "chat_q", "phone_q", "review"],
            h0=7,
            h1=17.5,
        )
    chans = ["chat"] * 6 + ["web"] * 2
    for ch in chans:
        p = f.person(f.lang(), "grumbles_once", tolerated=SILENCE)
        grumble_once(f, p, f.at(rng.randint(0, 2), 7, 17), ch)
    for night in range(3):
        first = f.at(night + 1, 1 + 10 / 60, 1.5)
        starts = [
            first,
            first + timedelta(minutes=rng.randint(30, 34)),
            first + timedelta(minutes=rng.randint(60, 68)),
        ]
        for b, s in enumerate(starts):
            for _ in range(4):
                p = f.person(
                    f.lang(),
                    "night_owl",
                    habit=f"night {night + 1}, burst {b + 1}",
                    burst_at=iso(s),
                )
                t = s + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                f.act(p, t, rng.choice(["night_post", "night_q"]))
                if rng.random() < 0.35:
                    f.acts(p, 1, [night], ["praise", "view", "buy"], h0=9, h1=17.5)
    return {}


PAIRS = [
    ("en", "it", 8),
    ("it", "en", 8),
    ("en", "de", 5),
    ("it", "de", 5),
    ("en", "es", 4),
    ("it", "es", 4),
    ("en", "fr", 4),
    ("it", "fr", 4),
    ("en", "pt", 4),
    ("it", "pt", 4),
    ("de", "it", 3),
    ("fr", "it", 3),
    ("es", "en", 2),
    ("pt", "en", 2),
]


def bilingual(f: Fam) -> dict[str, int]:
    rng = f.rng
    pairs = [(a, b) for a, b, n in PAIRS for _ in range(n)]
    rng.shuffle(pairs)
    roles = ["happy"] * 30 + ["repeat"] * 10 + ["slide"] * 8 + ["bad"] * 6 + ["fixed"] * 6
    counts = [2] * 3 + [3] * 4 + [4] * 3
    rng.shuffle(counts)
    passed = [True] * 5 + [False] * 5
    bad_long = [True] * 2 + [False] * 4
    bad_fix = [True] * 3 + [False] * 3
    for (a, b), role in zip(pairs, roles, strict=True):
        two = (a, b)
        market = rng.choice(LANG_MARKETS[b])

        def alt(i: int, two: tuple[str, str] = two) -> str:
            return two[i % 2]

        if role == "happy":
            p = f.person(
                a, "happy", market=market, habit="alternates languages", languages=list(two)
            )
            f.acts(p, rng.randint(5, 8), range(f.days), lang_of=alt)
        elif role == "repeat":
            p = f.person(
                a,
                "repeat_contact",
                market=market,
                expected=("repeat_contact",),
                tolerated=REPEAT_TOL,
                languages=list(two),
            )
            f.acts(p, rng.randint(1, 3), [0, 1], lang_of=alt)
            repeat_chain(
                f,
                p,
                rng.choice(wt.PROBLEMS),
                f.at(rng.randint(2, 6), 8, 19),
                counts.pop(),
                two,
                passed.pop(),
            )
        elif role == "slide":
            p = f.person(
                a,
                "slow_churner",
                market=market,
                habit="slides",
                expected=("sentiment_drop",),
                tolerated=SLIDE_TOL,
                languages=list(two),
            )
            f.acts(p, 5, range(6), ["praise"], lang_of=alt)
            f.acts(p, rng.randint(1, 3), range(6), ["chat_q", "buy", "view"], lang_of=alt)
            span = rng.randint(3, 5)
            ids = f.slide(p, rng.randint(6, 8), span, alt)
            p.truth.update(
                slide_event_ids=ids,
                slide_days=span,
                trouble_starts_at=iso(next(e.t for e in f.events if e.event_id == ids[0])),
            )
        elif role == "bad":
            p = f.person(
                a,
                "happy_one_bad_day",
                market=market,
                tolerated=SILENCE,
                languages=list(two),
                bad_day_language=b,
            )
            day = rng.randint(4, 9)
            fix = bad_fix.pop()
            long = bad_long.pop()
            ch = "email" if long else rng.choice(["chat", "social", "web", "email", "phone"])
            bad_day(
                f,
                p,
                b,
                day,
                ch,
                long,
                rng.choice(wt.PROBLEMS),
                sorted_mail=fix,
                apology=fix and rng.random() < 0.5,
            )
            days = [d for d in range(f.days) if d <= day - 2 or d >= day + 3]
            f.acts(
                p, rng.randint(4, 6), days, [k for k in HAPPY_KINDS if k != "survey"], lang_of=alt
            )
        else:
            p = f.person(
                a,
                "resolved_between_contacts",
                market=market,
                tolerated=SILENCE,
                languages=list(two),
                confirm_language=b,
            )
            f.acts(p, rng.randint(1, 3), [0, 1], lang_of=alt)
            case = fixed_case(f, p, rng.choice(wt.PROBLEMS), f.at(rng.randint(2, 7), 8, 19), a, b)
            p.truth.update(problems=[case], trouble_starts_at=case["raised_at"])
    return {"repeat_contact": 10, "sentiment_drop": 8}


B2B_LANG = {
    "IT": "it",
    "UK": "en",
    "IE": "en",
    "CH": "it",
    "DE": "de",
    "ES": "es",
    "FR": "fr",
    "PT": "pt",
}


def b2b_routine(
    f: Fam, p: Person, company: str, n: int, before: datetime | None, *, surveys: bool
) -> None:
    rng = f.rng
    lang = p.lang
    weekdays = [d for d in range(f.days) if (f.start + timedelta(days=d)).weekday() < 5]
    for _ in range(n):
        t = f.at(rng.choice(weekdays), 8, 16.5)
        if before is not None and t > before - timedelta(hours=14):
            continue
        kind = rng.choice(
            ["chat_q", "mail_q", "phone_q", "buy", "view", "praise"]
            + (["survey", "survey"] if surveys else [])
        )
        if kind in ("chat_q", "mail_q"):
            pair = f.pick(p, "bqa", wb.B_QA[lang])
            f.qa(p, t, "chat" if kind == "chat_q" else "email", lang, pair, wb.B_THANKS[lang])
        elif kind == "phone_q":
            f.add(
                p,
                t,
                "phone",
                "call",
                f.fill(p, f.pick(p, "bphone", wb.B_PHONE_Q[lang]), lang, company=company),
            )
        elif kind == "buy":
            f.purchase(p, t, rng.choice(wb.B_ADDONS), 3, 20)
        elif kind == "view":
            f.add(p, t, "web", "page_view", attrs={"page": rng.choice(wb.B_PAGES)})
        elif kind == "praise":
            f.add(
                p,
                t,
                "community",
                "post",
                f.fill(p, f.pick(p, "bpraise", wb.B_PRAISE[lang]), lang, noisy=True),
            )
        else:
            f.survey(p, t, lang)


def b2b_ack(f: Fam, p: Person, t: datetime, case: str, subj: str) -> None:
    """Vistella Business acknowledges a company complaint with its case reference."""
    lang = p.lang
    body = f.fill(p, wb.B_ACK[lang], lang, case=case, agent=f.agent(lang))
    f.add(p, t, "email", "message", body, subject=RE_PREFIX[lang] + subj, out=True)


def b2b_accounts(f: Fam) -> dict[str, int]:
    rng = f.rng
    firms = [(m, name, site) for m, lst in wb.COMPANIES.items() for name, site in lst]
    rng.shuffle(firms)
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 5 + ["mild"] * 3 + ["happy"] * 5
    risk = [
        ("invoice", 3),
        ("vouchers_refused", 3),
        ("portal", 3),
        ("overbilled", 4),
        ("invoice", 4),
    ]
    last_phone = [True, True, False, False, False]
    rng.shuffle(last_phone)
    acked = [True] * 3 + [False] * 2
    lone_problems = [*wb.B_PROBLEMS, "portal"]
    rng.shuffle(lone_problems)
    for (market, company, site), kind in zip(firms, kinds, strict=True):
        lang = B2B_LANG[market]
        problem, n_bad = "", 0
        acc = f.reg.fresh(rng, account_maker(rng, market))
        domain = wb.DOMAIN_WORDS[company] + ".example"
        n_contacts = {
            "at_risk": rng.randint(4, 6),
            "one_unhappy": rng.randint(3, 6),
            "mild": rng.randint(3, 5),
            "happy": rng.randint(3, 5),
        }[kind]
        if kind == "at_risk":
            problem, n_bad = risk.pop()
            n_contacts = max(n_contacts, n_bad + 1)
        names = rng.sample(wh.FIRST[lang], n_contacts)
        people: list[Person] = []
        roles: list[str] = []
        n_unhappy = {
            "at_risk": n_bad if kind == "at_risk" else 0,
            "one_unhappy": 1,
            "mild": 0,
            "happy": 0,
        }[kind]
        n_mild = 2 if kind == "mild" else 0
        for j, nm in enumerate(names):
            persona: str
            tol: tuple[str, ...]
            exp: tuple[str, ...]
            role = "complainer" if j < n_unhappy else "suggests" if j < n_mild else "contact"
            if role == "complainer" and kind == "at_risk":
                persona, tol, exp = "b2b_unhappy", B2B_TOL, ()
            elif role == "complainer":
                persona, tol, exp = (
                    "b2b_one_unhappy",
                    ("sentiment_drop", "high_value_at_risk", "silence"),
                    ("detractor",),
                )
            elif role == "suggests":
                persona, tol, exp = "b2b_mild", SILENCE, ()
            else:
                persona, tol, exp = "b2b_happy", (), ()
            people.append(
                f.person(
                    lang,
                    persona,
                    market=market,
                    expected=exp,
                    tolerated=tol,
                    account=acc,
                    domain=domain,
                    name=nm,
                    company=company,
                    role=role,
                )
            )
            roles.append(role)
        unhappy_keys = [p.key for p, r in zip(people, roles, strict=True) if r == "complainer"]
        info: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": len(people),
            "contact_keys": [p.key for p in people],
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        firsts: dict[str, datetime] = {}
        if kind == "at_risk":
            case = f.reg.case(rng)
            pname = wb.B_PNAME[problem][lang]
            t = office(f.at(rng.randint(2, 4), 8, 15), rng)
            first_p = people[0]
            info["trouble_starts_at"] = iso(t)
            for j in range(n_bad):
                p = people[j]
                firsts[p.key] = t
                subj = f.fill(p, wb.B_SUBJECT[lang], lang, pname=pname)
                if j == 0:
                    body = f.fill(p, wb.B_FIRST[problem][lang], lang, company=company)
                    eid = f.add(p, t, "email", "message", body, subject=subj)
                    b2b_ack(f, p, t + timedelta(minutes=rng.randint(30, 90)), case, subj)
                else:
                    wd = wb.WEEKDAYS[lang][firsts[first_p.key].weekday()]
                    body = f.fill(
                        p,
                        wb.B_LATER[lang],
                        lang,
                        noisy=True,
                        case=case,
                        colleague=first_p.first,
                        colleague_fem=first_p.fem,
                        weekday=wd,
                        pname=pname,
                        company=company,
                    )
                    eid = f.add(
                        p,
                        t,
                        "email",
                        "message",
                        body,
                        subject=f.fill(p, wt.CASE_SUBJECT[lang], lang, case=case) + " - " + subj,
                    )
                ids = [eid]
                p.truth.update(problem=problem, booking=case, trouble_starts_at=iso(t))
                if j < n_bad - 1:
                    nps, sid = f.low_score(p, t + timedelta(minutes=rng.randint(60, 180)), "nps", 5)
                    p.truth.update(
                        nps_given=True, nps=nps, survey_event_id=sid, expected_rules=["detractor"]
                    )
                else:
                    t2 = office(t + timedelta(hours=rng.uniform(18, 40)), rng, 17)
                    phone = last_phone.pop()
                    digits = case[3:]
                    if phone:
                        rid = f.add(
                            p,
                            t2,
                            "phone",
                            "call",
                            f.fill(
                                p,
                                wb.B_LAST_PHONE[lang],
                                lang,
                                company=company,
                                spoken=" ".join([digits[:3], digits[3:]]),
                            ),
                        )
                    else:
                        rid = f.add(
                            p,
                            t2,
                            "email",
                            "message",
                            f.fill(
                                p,
                                wb.B_LAST[lang],
                                lang,
                                noisy=True,
                                case=case,
                                company=company,
                                comp=rng.choice(wt.COMPETITORS),
                            ),
                            subject=RE_PREFIX[lang]
                            + f.fill(p, wt.CASE_SUBJECT[lang], lang, case=case),
                        )
                    ids.append(rid)
                    p.truth.update(
                        nps_given=False,
                        repeat_event_id=rid,
                        channel="phone" if phone else "email",
                        expected_rules=["repeat_contact"],
                    )
                p.truth["complaint_event_ids"] = ids
                t = office(t + timedelta(hours=rng.uniform(8, 28)), rng)
        elif kind == "one_unhappy":
            p = people[0]
            pr = lone_problems.pop()
            weekdays = [d for d in range(3, 11) if (f.start + timedelta(days=d)).weekday() < 5]
            t = office(f.at(rng.choice(weekdays), 8, 15), rng)
            firsts[p.key] = t
            subj = f.fill(p, wb.B_SUBJECT[lang], lang, pname=wb.B_PNAME[pr][lang])
            eid = f.add(
                p,
                t,
                "email",
                "message",
                f.fill(p, wb.B_FIRST[pr][lang], lang, company=company),
                subject=subj,
            )
            if acked.pop():
                case = f.reg.case(rng)
                b2b_ack(f, p, t + timedelta(minutes=rng.randint(30, 120)), case, subj)
                p.truth["booking"] = case
            nps, sid = f.low_score(p, t + timedelta(minutes=rng.randint(60, 180)), "nps", 5)
            p.truth.update(
                problem=pr,
                complaint_event_ids=[eid],
                nps_given=True,
                nps=nps,
                survey_event_id=sid,
                trouble_starts_at=iso(t),
            )
        elif kind == "mild":
            for j in range(2):
                p = people[j]
                weekdays = [d for d in range(2, 12) if (f.start + timedelta(days=d)).weekday() < 5]
                t = office(f.at(rng.choice(weekdays), 8, 17), rng, 17)
                firsts[p.key] = t
                mid = f.add(
                    p,
                    t,
                    "web",
                    "ticket",
                    f.fill(p, f.pick(p, "bmild", wb.B_MILD[lang]), lang, noisy=True),
                    attrs={"page": "/business/contact"},
                )
                f.add(
                    p,
                    t + timedelta(minutes=rng.randint(60, 240)),
                    "email",
                    "message",
                    f.fill(p, wb.B_MILD_ACK[lang], lang, agent=f.agent(lang)),
                    subject=RE_PREFIX[lang] + "Vistella Business",
                    out=True,
                )
                p.truth["mild_event_id"] = mid
        for p, role in zip(people, roles, strict=True):
            if role == "contact":
                b2b_routine(f, p, company, rng.randint(3, 6), None, surveys=True)
            else:
                b2b_routine(f, p, company, rng.randint(1, 3), firsts[p.key], surveys=False)
        f.accounts[acc] = info
    return {"account_risk": 5, "detractor": 17, "repeat_contact": 5}


def topic_spike(f: Fam) -> dict[str, int]:
    rng = f.rng
    spike_day = 2
    s0 = f.start + timedelta(days=spike_day, hours=19, minutes=5)
    for _ in range(88):
        p = f.person(f.lang(), "happy", habit="day writer")
        f.acts(
            p,
            rng.randint(1, 4),
            range(f.days),
            ["praise", "view", "buy", "chat_q", "mail_q", "phone_q", "review", "survey"],
        )
    for i in range(8):
        p = f.person(f.lang(), "grumbles_once", tolerated=SILENCE)
        grumble_once(f, p, f.at(rng.choice([0, 1, 3, 4, 5, 6]), 8, 20), "chat" if i < 5 else "web")
    for d, (lang, q, a) in zip([0, 1], wt.LONE, strict=True):
        p = f.person(lang, "grumbles_once", tolerated=SILENCE)
        t = f.at(d, 17, 20)
        ag = f.agent(lang)
        lid = f.add(p, t, "chat", "chat", f.fill(p, q, lang))
        f.add(
            p,
            t + timedelta(minutes=rng.randint(2, 6)),
            "chat",
            "chat",
            f.fill(p, a, lang, agent=ag),
            out=True,
        )
        p.truth["lone_report_event_id"] = lid
    langs = ["en"] * 7 + ["it"] * 6 + ["de"] * 3 + ["es"] * 2 + ["fr"] * 2 + ["pt"] * 2
    chans = ["social"] * 7 + ["chat"] * 6 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    offsets = sorted(rng.sample(range(1, 45), 20))
    offsets = [0, *offsets, 45]
    roles = ["repeat"] * 7 + ["fixed"] * 6 + ["once"] * 9
    rng.shuffle(roles)
    regular = [True] * 14 + [False] * 8
    rng.shuffle(regular)
    keys: list[str] = []
    ids: list[str] = []
    rep_ids: list[str] = []
    for i in range(22):
        lang = langs[i]
        rep = roles[i] == "repeat"
        p = f.person(
            lang,
            "spike_repeater" if rep else "spike_reporter",
            expected=("repeat_contact",) if rep else (),
            tolerated=("sentiment_drop", "silence") if rep else SILENCE,
            regular=regular[i],
            in_spike=True,
        )
        if regular[i]:
            f.acts(
                p,
                rng.randint(1, 4),
                range(spike_day),
                ["praise", "view", "buy", "chat_q", "review"],
            )
        t = s0 + timedelta(minutes=offsets[i], seconds=rng.randint(0, 50) if 0 < i < 21 else 0)
        ch = chans[i]
        text = f.fill(p, f.pick(p, "spike", wt.SPIKE[lang]), lang, noisy=True)
        if ch == "social" and not text.startswith("@"):
            text = "@Vistella " + text
        kind = {
            "social": "mention" if text.startswith("@") else "post",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        subj = (
            {
                "en": "Payment error",
                "it": "Errore pagamento",
                "de": "Zahlungsfehler",
                "es": "Error de pago",
                "fr": "Erreur paiement",
                "pt": "Erro de pagamento",
            }[lang]
            + f" {ERR}"
            if ch == "email"
            else None
        )
        eid = f.add(
            p, t, ch, kind, text, subject=subj, attrs={"page": "/checkout"} if ch == "web" else None
        )
        keys.append(p.key)
        ids.append(eid)
        p.truth.update(spike_event_id=eid, spike_channel=ch, trouble_starts_at=iso(t))
        if rep:
            t2 = t + timedelta(minutes=rng.randint(15, 50))
            ch2 = rng.choice([c for c in ("chat", "social", "email", "community") if c != ch])
            text2 = f.fill(p, wt.SPIKE_AGAIN[lang], lang, noisy=True)
            kind2 = {"social": "post", "chat": "chat", "community": "post", "email": "message"}[ch2]
            rid = f.add(
                p,
                t2,
                ch2,
                kind2,
                text2,
                subject=RE_PREFIX[lang] + subj
                if ch2 == "email" and subj
                else (f"{ERR}" if ch2 == "email" else None),
            )
            rep_ids.append(rid)
            p.truth["repeat_event_id"] = rid
        elif roles[i] == "fixed":
            t3 = f.start + timedelta(days=spike_day + 1, hours=7, minutes=rng.randint(0, 119))
            f.add(
                p,
                t3,
                "email",
                "message",
                f.fill(p, wt.SPIKE_FIXED[lang], lang, agent=f.agent(lang)),
                subject=f"{ERR}",
                out=True,
            )
            p.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"checkout payment fails with error {ERR} and the order does not go through (app and website)",  # noqa: E501
        "about": "paying for an order (lens reorders, glasses, eye-test deposits) fails with the same error code on app and web, Wednesday 4 November 2026 evening",  # noqa: E501
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rep_ids,
    }
    return {"topic_spike": 1, "repeat_contact": 7}


ABOUT: list[tuple[str, str, str, datetime, int, Callable[[Fam], dict[str, int]]]] = [
    (
        "HW",
        "happy_writers",
        "happy households, night writers and survey-only customers; nothing to warn about",
        day0(2026, 3, 9),
        10,
        happy_writers,
    ),
    (
        "BD",
        "one_bad_day",
        "happy customers with one angry moment (some give a low score), and controls",
        day0(2026, 4, 13),
        12,
        one_bad_day,
    ),
    (
        "RC",
        "repeat_contacts",
        "problems raised again while still open, problems fixed between contacts, two different problems, frequent writers",  # noqa: E501
        day0(2026, 5, 11),
        10,
        repeat_contacts,
    ),
    (
        "SC",
        "slow_churners",
        "slow slides from a happy baseline, customers who ask to cancel and do, steady, steadily grumpy and sarcastic customers",  # noqa: E501
        day0(2026, 6, 1),
        32,
        slow_churners,
    ),
    (
        "QH",
        "quiet_hours",
        "a calm summer weekend with night-owl bursts; no spike",
        day0(2026, 8, 7),
        3,
        quiet_hours,
    ),
    (
        "BL",
        "bilingual",
        "customers who write in two languages: happy, repeat contacts, slides, one bad day, fixed cases",  # noqa: E501
        day0(2026, 9, 7),
        14,
        bilingual,
    ),
    (
        "BB",
        "b2b_accounts",
        "company accounts: at risk (several contacts, one problem), one unhappy contact, mild suggestions, happy",  # noqa: E501
        day0(2026, 10, 5),
        14,
        b2b_accounts,
    ),
    (
        "TS",
        "topic_spike",
        f"a calm stream and a planted spike: payment error {ERR} on Wednesday 4 November 2026, 19:05-19:50 UTC",  # noqa: E501
        day0(2026, 11, 2),
        7,
        topic_spike,
    ),
]


def main() -> None:
    reg = Registry()
    total_c = total_t = 0
    for n, (code, name, about, start, days, build) in enumerate(ABOUT, start=1):
        fam = Fam(reg, n, code, name, start, days, about)
        planned = build(fam)
        c, t = fam.write(planned)
        total_c += c
        total_t += t
        print(f"{name}: {c} customers, {t} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
