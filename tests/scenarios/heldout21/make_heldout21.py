"""Build tests/scenarios/heldout21/: Lockora (parcel lockers), eight families, written blind.

Standard library only and deterministic: ``python make_heldout21.py`` (from any
directory) rewrites the ``.jsonl`` and ``.truth.json`` files next to it, byte for
byte the same on every run. The wording is in ``wording_happy.py``,
``wording_trouble.py`` and ``wording_business.py``; the truth is decided here
from each story, per customer, as the README explains.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from wording_business import B2B, B2B_PROBLEM_ABOUT, B2B_PROBLEM_KEYS, COMPANIES, ROLES
from wording_happy import AGENTS, FEMALE_NAMES, HAPPY, LAST_NAMES, LOCKERS, MALE_NAMES
from wording_trouble import FIX, PROBLEM_ABOUT, PROBLEM_KEYS, PROBLEMS, SHORT, TROUBLE

HERE = Path(__file__).resolve().parent
SEED = 20261007
WRITTEN = "2026-12-01"
BUSINESS = (
    "Lockora: a network of parcel lockers in Spain, Germany, the UK, France, Italy and "
    "Portugal (pick-up with a code or QR, sending from a locker, returns to shops, the "
    "Lockora Plus membership, a web shop), and Lockora Business for online shops "
    "(collections, shop plugin and labels, cash-on-delivery payouts, monthly invoices)"
)
LANG_WEIGHTS = {"es": 27, "de": 25, "en": 14, "fr": 12, "it": 11, "pt": 11}
MARKET = {"es": "ES", "de": "DE", "en": "UK", "fr": "FR", "it": "IT", "pt": "PT"}
COMPETITORS = ("Parcelino", "Cajanet")
SOURCE = {
    "email": "helpdesk-mail",
    "chat": "web-chat",
    "phone": "voice-stt",
    "web": "lockora-web",
    "community": "lockora-community",
    "social": "social-listening",
    "survey": "survey-tool",
}
REPLY = {"es": "RE:", "de": "AW:", "en": "RE:", "fr": "RE :", "it": "R:", "pt": "RE:"}
DOMAINS = ("mail.example", "correo.example", "post.example", "inbox.example", "webmail.example")
PRODUCTS = (
    ("plus_monthly", "/plus", 3.99, 3.49),
    ("label_s", "/send/new", 3.20, 2.99),
    ("label_m", "/send/new", 4.50, 3.99),
    ("label_l", "/send/new", 6.90, 5.99),
    ("box_set", "/shop/boxes", 7.95, 6.95),
    ("gift_card", "/shop/gift-cards", 25.00, 20.00),
    ("locker_week", "/lockers/rent", 5.00, 4.50),
)
PAGES = (
    "/lockers/map",
    "/track",
    "/help/pickup",
    "/help/returns",
    "/plus",
    "/account",
    "/send/new",
)
B2B_PRODUCTS = (
    ("label_roll_500", "/business/shop", 39.00),
    ("thermal_printer", "/business/shop", 189.00),
    ("returns_addon", "/business/addons", 29.00),
    ("extra_collection", "/business/collections", 15.00),
)
B2B_PAGES = (
    "/business/portal",
    "/business/invoices",
    "/business/collections",
    "/business/api",
    "/business/cod",
)
ANGRY_EMOJI = ("😡", "👎", "🤬", "😤")
HAPPY_EMOJI = ("😊", "🙌", "📦", "💚", "👍")
CH5 = ("email", "chat", "phone", "web", "social")

TROUBLED = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]

DAY_MIX = (
    ("praise", 3.0),
    ("mention", 1.0),
    ("chat", 2.0),
    ("email", 1.5),
    ("purchase", 1.5),
    ("page", 1.0),
    ("review", 1.0),
    ("survey", 1.5),
    ("call", 0.6),
)
ASK_MIX = (
    ("chat", 4.0),
    ("email", 3.0),
    ("call", 2.0),
    ("praise", 1.0),
    ("purchase", 1.0),
    ("page", 1.0),
    ("survey", 1.0),
)
CALM_MIX = (
    ("praise", 2.0),
    ("mention", 1.0),
    ("chat", 2.0),
    ("purchase", 2.0),
    ("page", 2.0),
    ("review", 1.0),
    ("survey", 1.0),
)
NEUTRAL_MIX = (("page", 2.0), ("purchase", 2.0))


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_word(text: str) -> str:
    flat = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in flat if ch.isascii() and ch.isalnum()).lower()


UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def drop_accents(text: str, lang: str) -> str:
    if lang == "de":
        return text.translate(UMLAUTS)
    out = []
    for ch in text:
        if ch in "ñÑ":
            out.append(ch)
            continue
        parts = unicodedata.normalize("NFD", ch)
        base = "".join(p for p in parts if not unicodedata.combining(p))
        out.append(base or ch)
    return "".join(out)


def swap_letters(text: str, rng: random.Random) -> str:
    words = [m for m in re.finditer(r"[^\W\d_]{6,}", text)]
    if not words:
        return text
    m = rng.choice(words)
    i = m.start() + rng.randint(1, len(m.group()) - 3)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def transcript(text: str) -> str:
    """A speech-to-text line: lower case, no emoji, little punctuation."""
    kept = "".join(ch for ch in text if unicodedata.category(ch) not in ("So", "Cf", "Mn"))
    kept = kept.lower()
    for mark in '«»“”„"':
        kept = kept.replace(mark, "")
    kept = re.sub(r"[!?¿¡;:()]", "", kept)
    kept = kept.replace(" – ", " ")
    kept = re.sub(r"[.,](\s|$)", r"\1", kept)
    return re.sub(r"\s+", " ", kept).strip()


GENDER = re.compile(r"\[\[([^|\]]*)\|([^\]]*)\]\]")


def gendered(text: str, female: bool) -> str:
    return GENDER.sub(lambda m: m.group(1) if female else m.group(2), text)


def money(value: float, market: str, lang: str) -> str:
    if market == "UK":
        return f"£{value:.2f}"
    if lang == "en":
        return f"€{value:.2f}"
    return f"{value:.2f}".replace(".", ",") + " €"


def fresh(used: set[str], draw: Callable[[], str]) -> str:
    """Draw until the value is not used yet; keep it."""
    while True:
        cand = draw()
        if cand not in used:
            used.add(cand)
            return cand


class Registry:
    """Identifiers and case references, unique over the whole set."""

    def __init__(self) -> None:
        self.emails: set[str] = set()
        self.phones: set[str] = set()
        self.handles: set[str] = set()
        self.refs: set[str] = set()
        self.accounts: set[str] = set()

    def email(self, first: str, last: str, domain: str | None, rng: random.Random) -> str:
        f, ln = ascii_word(first), ascii_word(last)
        if domain:
            forms = [f"{f}.{ln}", f"{f[0]}.{ln}", f"{f}"]
        else:
            forms = [f"{f}.{ln}", f"{f}{ln}", f"{f[0]}{ln}", f"{f}_{ln}", f"{ln}.{f}"]
        dom = domain or rng.choice(DOMAINS)
        for form in forms:
            cand = f"{form}@{dom}"
            if domain and cand not in self.emails:
                self.emails.add(cand)
                return cand
        return fresh(self.emails, lambda: f"{rng.choice(forms)}{rng.randint(1, 99)}@{dom}")

    def phone(self, market: str, rng: random.Random) -> str:
        def digits(n: int) -> str:
            return "".join(str(rng.randrange(10)) for _ in range(n))

        def draw() -> str:
            if market == "ES":
                return "+34" + rng.choice("67") + digits(8)
            if market == "DE":
                mobile = rng.choice(("151", "152", "160", "170", "171", "176", "178"))
                return "+49" + mobile + digits(8)
            if market == "UK":
                return "+447" + digits(9)
            if market == "FR":
                return "+33" + rng.choice("67") + digits(8)
            if market == "IT":
                return "+393" + digits(9)
            return "+3519" + rng.choice("1236") + digits(7)

        return fresh(self.phones, draw)

    def handle(self, first: str, last: str, rng: random.Random) -> str:
        f, ln = ascii_word(first), ascii_word(last)

        def draw() -> str:
            number = f"{f}.{rng.randint(70, 99)}"
            forms = [f"{f}{ln[:3]}", f"{f}_{ln}", f"{f[0]}{ln}", number, f"the{f}", f"{ln}{f[:2]}"]
            form = rng.choice(forms)
            return "@" + form + (str(rng.randint(1, 999)) if rng.random() < 0.5 else "")

        return fresh(self.handles, draw)

    def ref(self, rng: random.Random) -> str:
        return fresh(self.refs, lambda: f"LK-{rng.randint(100000, 999999)}")

    def account(self, market: str, rng: random.Random) -> str:
        return fresh(self.accounts, lambda: f"LKB-{market}-{rng.randint(1000, 9999)}")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    female: bool
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None = None
    company: str | None = None
    locker: str = ""
    truth: dict[str, Any] = field(default_factory=dict)


@dataclass
class Ev:
    eid: str
    at: datetime
    cust: Cust
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]
    seq: int


class Fam:
    """One family: its customers, touchpoints and truth."""

    def __init__(
        self, reg: Registry, name: str, code: str, start: datetime, days: int, n: int, about: str
    ) -> None:
        self.reg = reg
        self.name = name
        self.code = code
        self.start = start
        self.days = days
        self.seed = SEED * 100 + n
        self.rng = random.Random(self.seed)
        self.about = about
        self.custs: list[Cust] = []
        self.events: list[Ev] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}

    # -- basics ---------------------------------------------------------------

    def pick(self, items: Sequence[str]) -> str:
        return self.rng.choice(list(items))

    def lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def rand_at(self, day: int, h0: float, h1: float) -> datetime:
        return self.start + timedelta(
            days=day, minutes=self.rng.randint(int(h0 * 60), int(h1 * 60))
        )

    def mins(self, a: int, b: int) -> timedelta:
        return timedelta(minutes=self.rng.randint(a, b))

    def spread(
        self,
        n: int,
        d0: int,
        d1: int,
        h0: float,
        h1: float,
        gap_h: float = 5.0,
        taken: Sequence[datetime] = (),
        avoid: Sequence[tuple[datetime, datetime]] = (),
    ) -> list[datetime]:
        """n times on days d0-d1, h0-h1 o'clock, gap_h apart from each other and `taken`."""
        for _ in range(4000):
            times = sorted(self.rand_at(self.rng.randint(d0, d1), h0, h1) for _ in range(n))
            allt = sorted([*times, *taken])
            if any((b - a) < timedelta(hours=gap_h) for a, b in itertools.pairwise(allt)):
                continue
            if any(lo <= t <= hi for t in times for lo, hi in avoid):
                continue
            return times
        raise RuntimeError(f"{self.name}: cannot place {n} acts on days {d0}-{d1}")

    def daytime(self, t: datetime, h0: int = 7, h1: int = 22) -> datetime:
        """Move t out of the night: to the next morning if it falls outside h0-h1 UTC."""
        if h0 <= t.hour < h1:
            return t
        base = t.replace(hour=h0, minute=0, second=0)
        if t.hour >= h1:
            base += timedelta(days=1)
        return base + self.mins(0, 90)

    def office(self, t: datetime, h1: int = 15) -> datetime:
        """Move t into weekday office hours (08 to h1 UTC)."""
        while True:
            if t.weekday() < 5 and 8 <= t.hour < h1:
                return t
            if t.weekday() < 5 and t.hour < 8:
                t = t.replace(hour=8, minute=0, second=0) + self.mins(0, 100)
            else:
                t = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0) + self.mins(0, 100)

    def new(
        self,
        lang: str,
        persona: str,
        *,
        market: str | None = None,
        handle: bool = True,
        company: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        avoid: Sequence[str] = (),
    ) -> Cust:
        rng = self.rng
        female = rng.random() < 0.5
        first = rng.choice(
            [x for x in (FEMALE_NAMES if female else MALE_NAMES)[lang] if x not in avoid]
        )
        last = rng.choice(LAST_NAMES[lang])
        c = Cust(
            key=f"LK{self.code}{len(self.custs) + 1:04d}",
            lang=lang,
            market=market or MARKET[lang],
            female=female,
            first=first,
            last=last,
            email=self.reg.email(first, last, domain, rng),
            phone=self.reg.phone(market or MARKET[lang], rng),
            handle=self.reg.handle(first, last, rng) if handle else None,
            account=account,
            company=company,
            locker=rng.choice(LOCKERS[market or MARKET[lang]]),
        )
        c.truth = {"persona": persona, "expected_rules": [], "tolerated_rules": []}
        self.custs.append(c)
        return c

    def ev(
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
    ) -> Ev:
        t = t.replace(second=self.rng.randrange(60), microsecond=0)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        e = Ev(
            eid=f"lk21-{self.code.lower()}-{len(self.events) + 1:05d}",
            at=t,
            cust=c,
            channel=channel,
            kind=kind,
            out=out,
            text=text,
            subject=subject,
            scores=scores or {},
            attrs=a,
            seq=len(self.events),
        )
        self.events.append(e)
        return e

    # -- wording --------------------------------------------------------------

    def fill(
        self,
        c: Cust,
        tpl: str,
        lang: str,
        *,
        female: bool | None = None,
        extra: Mapping[str, str] | None = None,
        **kw: str,
    ) -> str:
        kw = {**(extra or {}), **kw}
        values = {
            "name": c.first,
            "last": c.last,
            "agent": kw.pop("agent", None) or self.pick(AGENTS[lang]),
            "locker": c.locker if self.rng.random() < 0.8 else self.pick(LOCKERS[c.market]),
            "price": money(self.rng.choice((3.20, 4.50, 6.90)), c.market, lang),
            "comp": self.pick(COMPETITORS),
            "company": c.company or "",
        }
        values.update(kw)
        if "short" in kw:
            values["Short"] = kw["short"][:1].upper() + kw["short"][1:]
        text = gendered(tpl, c.female if female is None else female)
        return text.format(**values)

    def says(self, c: Cust, tpl: str, lang: str, **kw: str) -> str:
        """A customer's words, with the slips real people make."""
        text = self.fill(c, tpl, lang, extra=kw)
        rng = self.rng
        if rng.random() < 0.1:
            text = drop_accents(text, lang)
        if rng.random() < 0.1:
            text = swap_letters(text, rng)
        if rng.random() < 0.1 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        return text

    def agent(self, lang: str) -> tuple[str, bool]:
        i = self.rng.randrange(len(AGENTS[lang]))
        return AGENTS[lang][i], i % 2 == 0

    def agent_says(
        self,
        c: Cust,
        tpl: str,
        lang: str,
        *,
        who: tuple[str, bool] | None = None,
        extra: Mapping[str, str] | None = None,
        **kw: str,
    ) -> str:
        kw = {**(extra or {}), **kw}
        name, female = who or self.agent(lang)
        return self.fill(c, tpl, lang, female=female, extra={**kw, "agent": name})

    # -- happy acts -------------------------------------------------------------

    def mix(self, weights: Sequence[tuple[str, float]], n: int) -> list[str]:
        kinds = [k for k, _ in weights]
        return self.rng.choices(kinds, weights=[w for _, w in weights], k=n)

    def act(self, c: Cust, t: datetime, kind: str, lang: str | None = None) -> Ev:
        """One happy act (with the agent's answer and the thanks where there are some)."""
        lang = lang or c.lang
        w = HAPPY[lang]
        rng = self.rng
        if kind in ("praise", "gripe", "night_post"):
            key = {"praise": "praise", "gripe": "gripe_praise", "night_post": "night_post"}[kind]
            text = self.fill(c, self.pick(w[key]), lang)
            if kind == "praise" and rng.random() < 0.45:
                text += " " + self.pick(w["tail"])
            if kind != "gripe" and rng.random() < 0.2:
                text += " " + self.pick(HAPPY_EMOJI)
            if kind == "gripe" and rng.random() < 0.3:
                rating = "4"
                return self.ev(
                    c, t, "web", "review", self.says(c, text, lang), attrs={"rating": rating}
                )
            return self.ev(
                c,
                t,
                rng.choice(("social", "social", "community")),
                "post",
                self.says(c, text, lang),
            )
        if kind == "call":
            q = self.pick(w["chat_qa"]).split(" || ")[0]
            line = self.pick(TROUBLE[lang]["phone_open"]) + " " + q
            return self.ev(c, t, "phone", "call", transcript(self.fill(c, line, lang)))
        if kind == "mention":
            return self.ev(c, t, "social", "mention", self.says(c, self.pick(w["mention"]), lang))
        if kind in ("chat", "night_chat"):
            q, a = self.pick(w["chat_qa" if kind == "chat" else "night_qa"]).split(" || ")
            first = self.ev(c, t, "chat", "chat", self.says(c, q, lang))
            t2 = t + self.mins(1, 4)
            self.ev(c, t2, "chat", "chat", self.agent_says(c, a, lang), out=True)
            if rng.random() < 0.7:
                self.ev(
                    c,
                    t2 + self.mins(1, 3),
                    "chat",
                    "chat",
                    self.says(c, self.pick(w["thanks_chat"]), lang),
                )
            return first
        if kind == "email":
            subj, q, a = self.pick(w["email_qa"]).split(" || ")
            who = self.agent(lang)
            first = self.ev(c, t, "email", "message", self.says(c, q, lang), subject=subj)
            t2 = t + self.mins(20, 90)
            re_subj = f"{REPLY[lang]} {subj}"
            self.ev(
                c,
                t2,
                "email",
                "message",
                self.agent_says(c, a, lang, who=who),
                subject=re_subj,
                out=True,
            )
            if rng.random() < 0.5:
                thanks = self.says(c, self.pick(w["thanks_email"]), lang, agent=who[0])
                self.ev(c, t2 + self.mins(30, 150), "email", "message", thanks, subject=re_subj)
            return first
        if kind == "purchase":
            product, page, eur, gbp = rng.choice(PRODUCTS)
            first = self.ev(c, t, "web", "page_view", attrs={"page": page})
            value = gbp if c.market == "UK" else eur
            attrs = {
                "order_value": f"{value:.2f}",
                "currency": "GBP" if c.market == "UK" else "EUR",
                "product": product,
            }
            self.ev(c, t + self.mins(2, 15), "web", "purchase", attrs=attrs)
            return first
        if kind == "page":
            return self.ev(c, t, "web", "page_view", attrs={"page": self.pick(PAGES)})
        if kind == "review":
            return self.ev(
                c,
                t,
                "web",
                "review",
                self.says(c, self.pick(w["review"]), lang),
                attrs={"rating": rng.choice(("4", "5", "5"))},
            )
        if kind == "survey":
            return self.happy_survey(c, t, lang)
        raise ValueError(kind)

    def happy_survey(self, c: Cust, t: datetime, lang: str) -> Ev:
        rng = self.rng
        which = rng.choice(("nps", "nps", "csat", "ces"))
        score = {
            "nps": rng.choice((9, 10, 10)),
            "csat": rng.choice((4, 5, 5)),
            "ces": rng.choice((6, 7)),
        }[which]
        text = self.says(c, self.pick(HAPPY[lang]["survey"]), lang) if rng.random() < 0.45 else None
        return self.ev(
            c, t, "survey", "survey_response", text, scores={which: score}, attrs={"survey": which}
        )

    def low_survey(
        self, c: Cust, t: datetime, lang: str, which: str, score: int, comments: Sequence[str]
    ) -> Ev:
        text = self.says(c, self.pick(comments), lang) if self.rng.random() < 0.6 else None
        return self.ev(
            c, t, "survey", "survey_response", text, scores={which: score}, attrs={"survey": which}
        )

    def happy_run(
        self,
        c: Cust,
        times: Sequence[datetime],
        kinds: Sequence[str],
        lang_of: Callable[[int], str] | None = None,
    ) -> list[Ev]:
        return [
            self.act(c, t, k, lang_of(i) if lang_of else None)
            for i, (t, k) in enumerate(zip(times, kinds, strict=True))
        ]

    # -- trouble ------------------------------------------------------------------

    def problem_kw(self, c: Cust, lang: str, problem: str) -> dict[str, str]:
        """One locker and one amount for a whole message."""
        kw = {"locker": c.locker}
        if problem == "return":
            kw["price"] = money(self.rng.choice((24.99, 39.95, 59.90, 89.00)), c.market, lang)
        else:
            kw["price"] = money(self.rng.choice((3.20, 4.50, 6.90)), c.market, lang)
        return kw

    def complaint(
        self, c: Cust, t: datetime, channel: str, lang: str, problem: str, *, long: bool = False
    ) -> Ev:
        """The first message about a problem, on one channel."""
        tr = TROUBLE[lang]
        core = self.pick(PROBLEMS[lang][problem])
        kw = self.problem_kw(c, lang, problem)
        rng = self.rng
        if long:
            body = (
                self.pick(tr["long_greet"])
                + "\n\n"
                + self.pick(tr["long_intro"])
                + " "
                + self.pick(tr["long_turn"])
                + " "
                + core
                + "\n\n"
                + self.pick(tr["long_after"])
                + "\n\n"
                + self.pick(tr["long_sign"])
            )
            text = self.says(c, body, lang, **kw)
            return self.ev(c, t, "email", "message", text, subject=self.pick(tr["subject_bad"]))
        if channel == "phone":
            line = (
                self.pick(tr["phone_open"])
                + " "
                + self.pick(tr["phone_first"]).replace("{core}", core[0].lower() + core[1:])
            )
            return self.ev(c, t, "phone", "call", transcript(self.fill(c, line, lang, extra=kw)))
        opener = self.pick(tr["angry_open"]) + " " if rng.random() < 0.6 else ""
        closer = " " + self.pick(tr["angry_close"]) if rng.random() < 0.7 else ""
        text = opener + core + closer
        if channel == "social":
            text = ("@Lockora " if rng.random() < 0.5 else "") + text + " " + self.pick(ANGRY_EMOJI)
        elif channel == "chat":
            text = core + closer
        said = self.says(c, text, lang, **kw)
        subject = self.pick(tr["subject_bad"]) if channel in ("email", "web") else None
        kind = {"email": "message", "chat": "chat", "social": "post", "web": "ticket"}[channel]
        return self.ev(c, t, channel, kind, said, subject=subject)

    def follow_up(
        self, c: Cust, t: datetime, channel: str, lang: str, problem: str, ref: str, nth: int
    ) -> Ev:
        """The nth contact (2-4) about an open case, naming it."""
        tr = TROUBLE[lang]
        key = {2: "second", 3: "third", 4: "fourth"}[nth]
        short = SHORT[lang][problem]
        if channel == "phone":
            line = self.pick(tr["phone_open"]) + " " + self.pick(tr["phone_" + key])
            return self.ev(
                c, t, "phone", "call", transcript(self.fill(c, line, lang, ref=ref, short=short))
            )
        text = self.fill(c, self.pick(tr[key]), lang, ref=ref, short=short)
        text = text[0].upper() + text[1:]
        if channel == "social":
            text = (
                "@Lockora "
                + text
                + (" " + self.pick(ANGRY_EMOJI) if self.rng.random() < 0.6 else "")
            )
            return self.ev(c, t, "social", "post", self.says(c, text, lang))
        if channel == "email":
            subj = f"{REPLY[lang]} {self.fill(c, self.pick(tr['agent_subject']), lang, ref=ref)}"
            return self.ev(c, t, "email", "message", self.says(c, text, lang), subject=subj)
        if channel == "chat":
            return self.ev(c, t, "chat", "chat", self.says(c, text, lang))
        return self.ev(c, t, "web", "ticket", self.says(c, text, lang), subject=ref)

    def agent_mail(self, c: Cust, t: datetime, lang: str, key: str, ref: str, **kw: str) -> Ev:
        tr = TROUBLE[lang]
        text = self.agent_says(c, self.pick(tr[key]), lang, extra={**kw, "ref": ref})
        subj = self.fill(c, self.pick(tr["agent_subject"]), lang, ref=ref)
        return self.ev(c, t, "email", "message", text, subject=subj, out=True)

    def fixed_case(
        self,
        c: Cust,
        t: datetime,
        lang: str,
        problem: str,
        channel: str,
        confirm_lang: str | None = None,
    ) -> dict[str, Any]:
        """A problem raised, opened, fixed by the agent and confirmed by the customer."""
        ref = self.reg.ref(self.rng)
        first = self.complaint(c, t, channel, lang, problem)
        self.agent_mail(c, first.at + self.mins(5, 30), lang, "agent_opened", ref)
        fixed = self.agent_mail(
            c,
            self.daytime(first.at + self.mins(180, 1200), 7, 21),
            lang,
            "agent_fixed",
            ref,
            fix=FIX[lang][problem],
        )
        cl = confirm_lang or lang
        when = self.daytime(fixed.at + self.mins(480, 1800))
        text = self.says(c, self.pick(TROUBLE[cl]["confirm_fixed"]), cl, ref=ref)
        if self.rng.random() < 0.5:
            agent_subj = self.fill(c, self.pick(TROUBLE[lang]["agent_subject"]), lang, ref=ref)
            subj = f"{REPLY[cl]} {agent_subj}"
            conf = self.ev(c, when, "email", "message", text, subject=subj)
        else:
            conf = self.ev(c, when, "chat", "chat", text)
        return {
            "problem": PROBLEM_ABOUT[problem],
            "booking": ref,
            "raised_at": iso(first.at),
            "fixed_at": iso(fixed.at),
            "confirmed_at": iso(conf.at),
            "event_ids": [first.eid, conf.eid],
        }

    def repeat_case(
        self, c: Cust, t: datetime, n: int, langs: Sequence[str], passed_on: bool
    ) -> None:
        """A problem raised n times (2-4) on different channels, never fixed."""
        problem = self.pick(PROBLEM_KEYS)
        ref = self.reg.ref(self.rng)
        channels = self.rng.sample(CH5, n)
        first = self.complaint(c, t, channels[0], langs[0], problem)
        if passed_on:
            self.agent_mail(c, first.at + self.mins(90, 150), langs[0], "agent_passed", ref)
        else:
            self.agent_mail(c, first.at + self.mins(5, 30), langs[0], "agent_opened", ref)
        ids = [first.eid]
        when = first.at
        for k in range(2, n + 1):
            when = self.daytime(when + self.mins(180, 2700))
            ids.append(
                self.follow_up(
                    c, when, channels[k - 1], langs[(k - 1) % len(langs)], problem, ref, k
                ).eid
            )
        c.truth.update(
            {
                "problem": PROBLEM_ABOUT[problem],
                "contacts": n,
                "channels": channels,
                "booking": ref,
                "agent_passed_on": passed_on,
                "problem_event_ids": ids,
                "trouble_starts_at": iso(first.at),
            }
        )
        c.truth["expected_rules"] = ["repeat_contact"]
        c.truth["tolerated_rules"] = list(TROUBLED)

    def slide(
        self, c: Cust, start: datetime, span_days: int, langs: Sequence[str], nps: bool
    ) -> None:
        """Six steps from a bit slow to comparing prices at a competitor."""
        ids: list[str] = []
        step_at: list[datetime] = []
        for i in range(6):
            t = start + timedelta(hours=span_days * 24 * i / 5) + self.mins(-150, 150)
            t = self.daytime(t, 8, 22)
            if step_at and t <= step_at[-1] + timedelta(hours=3):
                t = step_at[-1] + self.mins(200, 300)
            step_at.append(t)
            lang = langs[i % len(langs)]
            text = self.fill(c, self.pick(TROUBLE[lang][f"slide{i + 1}"]), lang)
            channel = self.rng.choice(("social", "social", "community", "chat", "review"))
            if channel == "review":
                rating = ("3", "3", "2", "2", "1", "1")[i]
                e = self.ev(
                    c, t, "web", "review", self.says(c, text, lang), attrs={"rating": rating}
                )
            elif channel == "chat":
                e = self.ev(c, t, "chat", "chat", self.says(c, text, lang))
            else:
                e = self.ev(c, t, channel, "post", self.says(c, text, lang))
            ids.append(e.eid)
            if i == 3 and nps:
                score = self.rng.randint(1, 5)
                lo = self.low_survey(
                    c, e.at + self.mins(150, 210), lang, "nps", score, TROUBLE[lang]["nps_low"]
                )
                c.truth.update({"nps_given": True, "nps": score, "survey_event_id": lo.eid})
        c.truth.update(
            {
                "habit": "slides",
                "slide_event_ids": ids,
                "slide_days": span_days,
                "trouble_starts_at": iso(step_at[0]),
            }
        )
        c.truth["expected_rules"] = ["sentiment_drop"] + (["detractor"] if nps else [])
        c.truth["tolerated_rules"] = [
            "repeat_contact",
            "churn_intent",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ]

    # -- output -------------------------------------------------------------------

    def render(self) -> list[dict[str, Any]]:
        rng = self.rng
        seen: set[str] = set()
        rows = []
        for e in sorted(self.events, key=lambda x: (x.at, x.seq)):
            c = e.cust
            ident: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if e.out or c.key not in seen:
                ident.update(
                    {"customer_id": c.key, "email": c.email, "phone": c.phone, "handle": c.handle}
                )
            elif e.channel == "phone":
                ident["phone"] = self.spaced(c.phone)
            elif e.channel in ("social", "community"):
                if c.handle:
                    ident["handle"] = c.handle if rng.random() < 0.7 else c.handle.lstrip("@")
                else:
                    ident["email"] = c.email
            elif e.channel == "email":
                ident["email"] = c.email.upper() if rng.random() < 0.1 else c.email
            else:
                ident["customer_id"] = c.key
            if not e.out:
                seen.add(c.key)
            rows.append(
                {
                    "event_id": e.eid,
                    "occurred_at": iso(e.at),
                    "channel": e.channel,
                    "kind": e.kind,
                    "direction": "outbound" if e.out else "inbound",
                    "customer": ident,
                    "text": e.text,
                    "subject": e.subject,
                    "scores": {
                        "nps": e.scores.get("nps"),
                        "csat": e.scores.get("csat"),
                        "ces": e.scores.get("ces"),
                    },
                    "source": SOURCE[e.channel],
                    "attributes": e.attrs,
                }
            )
        return rows

    def spaced(self, phone: str) -> str:
        """The phone with a space after the country code, now and then."""
        if self.rng.random() < 0.6:
            return phone
        code = 4 if phone.startswith("+351") else 3
        return phone[:code] + " " + phone[code:]

    def write(self) -> dict[str, int]:
        rows = self.render()
        last = max(e.at for e in self.events)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        customers = {}
        expected: Counter[str] = Counter()
        for c in self.custs:
            t = dict(c.truth)
            t["identifiers"] = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            t["expected_rules"] = sorted(set(t["expected_rules"]))
            t["tolerated_rules"] = sorted(set(t["tolerated_rules"]) - set(t["expected_rules"]))
            t["language"] = c.lang
            t["country"] = c.market
            t["segment"] = "b2b" if c.account else "consumer"
            expected.update(t["expected_rules"])
            customers[c.key] = t
        for acc in self.accounts.values():
            expected.update(acc["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
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
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with (HERE / f"{self.name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
            encoding="utf-8",
            newline="\n",
        )
        return {"customers": len(self.custs), "touchpoints": len(rows)}


# -- families -------------------------------------------------------------------------


#: name -> (code, start, days, seed number, what is in it)
SPECS: dict[str, tuple[str, datetime, int, int, str]] = {
    "happy_writers": (
        "HW",
        datetime(2026, 2, 2, tzinfo=UTC),
        10,
        1,
        (
            "frequent happy writers: day writers, night writers and survey answerers; nothing "
            "to warn about"
        ),
    ),
    "one_bad_day": (
        "BD",
        datetime(2026, 3, 16, tzinfo=UTC),
        12,
        2,
        (
            "happy households with one angry message on one day (some with a low CSAT or NPS), "
            "and happy controls"
        ),
    ),
    "repeat_contacts": (
        "RC",
        datetime(2026, 4, 20, tzinfo=UTC),
        10,
        3,
        (
            "one open problem raised 2-4 times on different channels; problems fixed between "
            "contacts; two different fixed problems; frequent happy askers"
        ),
    ),
    "slow_churners": (
        "SC",
        datetime(2026, 5, 11, tzinfo=UTC),
        32,
        4,
        (
            "a month: happy customers who slide over 3-9 days, customers who ask to cancel and "
            "do, steady happy, steadily grumpy, one sarcastic remark"
        ),
    ),
    "quiet_hours": (
        "QH",
        datetime(2026, 7, 17, tzinfo=UTC),
        3,
        5,
        (
            "a calm summer weekend; each night three small bursts of night owls about unrelated "
            "things; no spike"
        ),
    ),
    "bilingual": (
        "BL",
        datetime(2026, 8, 24, tzinfo=UTC),
        14,
        6,
        (
            "customers who write in two languages: happy, repeat contacts, slow churners, one "
            "bad day in the second language, a problem fixed between contacts"
        ),
    ),
    "b2b_accounts": (
        "BB",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        7,
        (
            "Lockora Business accounts (online shops): 3-4 contacts unhappy about one problem, "
            "one unhappy contact, mild suggestions, happy accounts"
        ),
    ),
    "topic_spike": (
        "TS",
        datetime(2026, 10, 3, tzinfo=UTC),
        7,
        8,
        (
            "a calm week and, on Wednesday evening 7 October 2026, sixty customers reporting "
            "that the lockers reject their pick-up codes"
        ),
    ),
}


def family(reg: Registry, name: str) -> Fam:
    code, start, days, n, about = SPECS[name]
    return Fam(reg, name, code, start, days, n, about)


BAD_DAY_MIX = tuple(kw for kw in DAY_MIX if kw[0] != "survey")


def happy_writers(reg: Registry) -> Fam:
    f = family(reg, "happy_writers")
    rng = f.rng
    plan = ["day"] * 185 + ["night"] * 50 + ["survey"] * 65
    rng.shuffle(plan)
    for tag in plan:
        c = f.new(f.lang(), "happy")
        if tag == "day":
            c.truth["habit"] = "day writer"
            n = rng.randint(5, 9)
            kinds = f.mix(DAY_MIX, n)
            if rng.random() < 0.34:
                kinds[rng.randrange(n)] = "gripe"
            f.happy_run(c, f.spread(n, 0, 9, 7.5, 21.5), kinds)
        elif tag == "night":
            c.truth["habit"] = "night writer"
            n = rng.randint(4, 7)
            k = rng.randint(2, min(4, n))
            nights = f.spread(k, 0, 8, 22.17, 28.5, gap_h=12)
            for t in nights:
                f.act(c, t, rng.choice(("night_post", "night_post", "night_chat")))
            f.happy_run(c, f.spread(n - k, 0, 9, 8, 21, taken=nights), f.mix(DAY_MIX, n - k))
        else:
            c.truth["habit"] = "answers surveys"
            for t in f.spread(rng.randint(3, 6), 0, 9, 7, 21.5, gap_h=6):
                f.happy_survey(c, t, c.lang)
    return f


def apology(f: Fam, c: Cust, t: datetime, lang: str, ref: str) -> Ev:
    text = f.says(c, f.pick(TROUBLE[lang]["apology"]), lang)
    if f.rng.random() < 0.5:
        return f.ev(c, t, "chat", "chat", text)
    subj = f"{REPLY[lang]} {f.fill(c, f.pick(TROUBLE[lang]['agent_subject']), lang, ref=ref)}"
    return f.ev(c, t, "email", "message", text, subject=subj)


def bad_day(
    f: Fam,
    c: Cust,
    lang: str,
    day: int,
    channel: str,
    *,
    csat: bool,
    nps: bool,
    fixed: bool,
    sorry: bool,
) -> list[tuple[datetime, datetime]]:
    """One angry message on one day (with what follows it); returns the windows to keep free."""
    rng = f.rng
    problem = f.pick(PROBLEM_KEYS)
    bad = f.complaint(c, f.rand_at(day, 8, 20), channel, lang, problem, long=channel == "long")
    c.truth.update(
        {
            "problem": PROBLEM_ABOUT[problem],
            "bad_day_at": iso(bad.at),
            "bad_day_event_id": bad.eid,
            "long_email": channel == "long",
            "agent_fixed": fixed,
            "apologised": fixed and sorry,
            "csat_given": csat,
            "nps_given": nps,
        }
    )
    c.truth["tolerated_rules"] = ["silence"]
    windows = [(bad.at - timedelta(hours=10), bad.at + timedelta(hours=7))]
    if csat:
        score = rng.randint(1, 2)
        s = f.low_survey(c, bad.at + f.mins(40, 80), lang, "csat", score, TROUBLE[lang]["csat_low"])
        c.truth.update({"csat": score, "survey_event_id": s.eid})
    if nps:
        score = rng.randint(1, 5)
        s = f.low_survey(c, bad.at + f.mins(100, 140), lang, "nps", score, TROUBLE[lang]["nps_low"])
        c.truth.update({"nps": score, "survey_event_id": s.eid})
        c.truth["expected_rules"] = ["detractor"]
    if fixed:
        ref = f.reg.ref(rng)
        f.agent_mail(c, bad.at + f.mins(60, 240), lang, "agent_fixed", ref, fix=FIX[lang][problem])
        c.truth["booking"] = ref
        if sorry:
            st = f.daytime(bad.at + f.mins(960, 1560), 7, 22)
            apology(f, c, st, lang, ref)
            windows.append((st - timedelta(hours=4), st + timedelta(hours=4)))
    return windows


def one_bad_day(reg: Registry) -> Fam:
    f = family(reg, "one_bad_day")
    rng = f.rng
    channels = ["long"] * 80 + ["email"] * 55 + ["chat"] * 55 + ["social"] * 60 + ["web"] * 30
    channels += ["phone"] * 20
    rng.shuffle(channels)
    idx = list(range(300))
    nps_set = set(rng.sample(idx, 40))
    csat_set = set(rng.sample([i for i in idx if i not in nps_set and channels[i] != "social"], 75))
    fixed_set = set(rng.sample(idx, 170))
    sorry_set = set(rng.sample(sorted(fixed_set), 110))
    plan: list[int | None] = [*idx, *([None] * 100)]
    rng.shuffle(plan)
    for i in plan:
        if i is None:
            c = f.new(f.lang(), "happy")
            n = rng.randint(4, 7)
            f.happy_run(c, f.spread(n, 0, 11, 7.5, 21), f.mix(DAY_MIX, n))
            continue
        c = f.new(f.lang(), "bad_day_detractor" if i in nps_set else "happy_one_bad_day")
        windows = bad_day(
            f,
            c,
            c.lang,
            rng.randint(2, 9),
            channels[i],
            csat=i in csat_set,
            nps=i in nps_set,
            fixed=i in fixed_set,
            sorry=i in sorry_set,
        )
        n = rng.randint(3, 5)
        f.happy_run(c, f.spread(n, 0, 11, 7.5, 21, avoid=windows), f.mix(BAD_DAY_MIX, n))
    return f


def case_truth(c: Cust, case: dict[str, Any]) -> None:
    c.truth.update({k: v for k, v in case.items() if k != "event_ids"})
    c.truth["problem_event_ids"] = case["event_ids"]
    c.truth["trouble_starts_at"] = case["raised_at"]
    c.truth["tolerated_rules"] = ["silence"]


def repeat_contacts(reg: Registry) -> Fam:
    f = family(reg, "repeat_contacts")
    rng = f.rng
    ns = [2] * 45 + [3] * 52 + [4] * 28
    passed = [True] * 62 + [False] * 63
    rng.shuffle(ns)
    rng.shuffle(passed)
    plan = ["repeat"] * 125 + ["fixed"] * 55 + ["two"] * 40 + ["ask"] * 130
    rng.shuffle(plan)
    for tag in plan:
        lang = f.lang()
        if tag == "repeat":
            c = f.new(lang, "repeat_contact")
            k = rng.randint(1, 3)
            f.happy_run(c, f.spread(k, 0, 0, 7.5, 14, gap_h=2.5), f.mix(BAD_DAY_MIX, k))
            f.repeat_case(c, f.rand_at(rng.randint(1, 4), 8, 20), ns.pop(), [lang], passed.pop())
        elif tag == "fixed":
            c = f.new(lang, "resolved_between_contacts")
            k = rng.randint(0, 2)
            f.happy_run(c, f.spread(k, 0, 0, 7.5, 15, gap_h=2.5), f.mix(BAD_DAY_MIX, k))
            channel = rng.choice(CH5)
            case = f.fixed_case(
                c, f.rand_at(rng.randint(1, 5), 8, 20), lang, f.pick(PROBLEM_KEYS), channel
            )
            case_truth(c, case)
        elif tag == "two":
            c = f.new(lang, "different_problems")
            p1, p2 = rng.sample(PROBLEM_KEYS, 2)
            t1 = f.rand_at(rng.randint(0, 2), 8, 19)
            case1 = f.fixed_case(c, t1, lang, p1, rng.choice(CH5))
            t2 = f.daytime(t1 + f.mins(96 * 60, 132 * 60), 8, 20)
            case2 = f.fixed_case(c, t2, lang, p2, rng.choice(CH5))
            c.truth["problems"] = [
                {k: v for k, v in case.items() if k != "event_ids"} for case in (case1, case2)
            ]
            c.truth["problem_event_ids"] = case1["event_ids"] + case2["event_ids"]
            c.truth["trouble_starts_at"] = case1["raised_at"]
            c.truth["tolerated_rules"] = ["silence"]
        else:
            c = f.new(lang, "happy")
            c.truth["habit"] = "frequent writer"
            n = rng.randint(5, 8)
            f.happy_run(c, f.spread(n, 0, 9, 7.5, 21), f.mix(ASK_MIX, n))
    return f


def leaver(f: Fam, c: Cust, req_t: datetime) -> None:
    lang = c.lang
    subj, body = f.pick(TROUBLE[lang]["leave"]).split(" || ")
    req = f.ev(c, req_t, "email", "message", f.says(c, body, lang), subject=subj)
    text = f.agent_says(c, f.pick(TROUBLE[lang]["agent_leave"]), lang)
    f.ev(
        c,
        req.at + f.mins(60, 300),
        "email",
        "message",
        text,
        subject=f"{REPLY[lang]} {subj}",
        out=True,
    )
    reason = (
        f.says(c, f.pick(TROUBLE[lang]["cancel_reason"]), lang) if f.rng.random() < 0.5 else None
    )
    cancel_at = f.daytime(req.at + f.mins(1200, 1800), 7, 22)
    cancel = f.ev(c, cancel_at, "web", "cancellation", reason, attrs={"page": "/account/close"})
    c.truth.update(
        {
            "habit": "asks to cancel",
            "churn_intent_event_id": req.eid,
            "cancellation_event_id": cancel.eid,
            "churn_at": iso(cancel.at),
            "trouble_starts_at": iso(req.at),
        }
    )
    c.truth["expected_rules"] = ["churn_intent"]
    c.truth["tolerated_rules"] = [
        "sentiment_drop",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
    ]


def grumbles(f: Fam, c: Cust, times: Sequence[datetime], pool: Sequence[str]) -> list[str]:
    texts = f.rng.sample(list(pool), min(len(times), len(pool)))
    ids = []
    for i, t in enumerate(times):
        text = f.says(c, texts[i % len(texts)], c.lang)
        channel = f.rng.choice(("social", "community", "chat"))
        e = f.ev(c, t, channel, "chat" if channel == "chat" else "post", text)
        ids.append(e.eid)
    return ids


def slow_churners(reg: Registry) -> Fam:
    f = family(reg, "slow_churners")
    rng = f.rng
    spans = [3] * 23 + [5] * 23 + [7] * 23 + [9] * 21
    nps_flags = [True] * 32 + [False] * 58
    rng.shuffle(spans)
    rng.shuffle(nps_flags)
    plan = ["slide"] * 90 + ["leave"] * 42 + ["steady"] * 78 + ["grumpy"] * 45 + ["sarcasm"] * 45
    rng.shuffle(plan)
    for tag in plan:
        lang = f.lang()
        if tag == "slide":
            c = f.new(lang, "slow_churner")
            praise, other = rng.randint(4, 5), rng.randint(2, 4)
            kinds = ["praise"] * praise + f.mix(BAD_DAY_MIX, other)
            rng.shuffle(kinds)
            f.happy_run(c, f.spread(praise + other, 0, 10, 8, 21.5, gap_h=6), kinds)
            f.slide(c, f.rand_at(rng.randint(12, 18), 9, 20), spans.pop(), [lang], nps_flags.pop())
        elif tag == "leave":
            c = f.new(lang, "slow_churner")
            n = rng.randint(4, 6)
            f.happy_run(c, f.spread(n, 0, 14, 8, 21.5, gap_h=6), f.mix(DAY_MIX, n))
            leaver(f, c, f.rand_at(rng.randint(15, 25), 8, 20))
        elif tag == "steady":
            c = f.new(lang, "happy")
            c.truth["habit"] = "steady"
            n = rng.randint(6, 10)
            f.happy_run(c, f.spread(n, 0, 31, 7.5, 21.5, gap_h=10), f.mix(DAY_MIX, n))
        elif tag == "grumpy":
            c = f.new(lang, "steadily_grumpy")
            n = rng.randint(5, 8)
            times = f.spread(n, 0, 31, 8, 22, gap_h=20)
            c.truth["grumble_event_ids"] = grumbles(f, c, times, TROUBLE[lang]["grumble"])
            k = rng.randint(0, 2)
            f.happy_run(c, f.spread(k, 0, 31, 8, 21, taken=times), f.mix(NEUTRAL_MIX, k))
            c.truth["tolerated_rules"] = ["repeat_contact", "silence"]
        else:
            c = f.new(lang, "happy_one_sarcastic_remark")
            n = rng.randint(4, 7)
            times = f.spread(n, 0, 31, 7.5, 21.5, gap_h=10)
            f.happy_run(c, times, f.mix(DAY_MIX, n))
            (st,) = f.spread(1, 3, 28, 9, 22, taken=times)
            e = f.ev(c, st, "social", "post", f.says(c, f.pick(TROUBLE[lang]["sarcasm"]), lang))
            c.truth["sarcasm_event_id"] = e.eid
            c.truth["tolerated_rules"] = ["silence"]
    return f


def calm(f: Fam, lang: str, last_day: int, h0: float) -> None:
    """A calm household: one to three happy acts."""
    c = f.new(lang, "happy")
    n = f.rng.randint(1, 3)
    f.happy_run(c, f.spread(n, 0, last_day, h0, 21.5, gap_h=4), f.mix(CALM_MIX, n))


def grumble_once(
    f: Fam,
    lang: str,
    last_day: int,
    h0: float,
    g1: float,
    pool: Sequence[str],
    channel: Callable[[], str],
) -> None:
    """A calm household that grumbles once, mildly, by day."""
    c = f.new(lang, "grumbles_once")
    n = f.rng.randint(0, 2)
    times = f.spread(n, 0, last_day, h0, 21.5, gap_h=4)
    f.happy_run(c, times, f.mix(CALM_MIX, n))
    (gt,) = f.spread(1, 0, last_day, 8, g1, gap_h=4, taken=times)
    text = f.says(c, f.pick(pool), lang)
    where = channel()
    e = f.ev(c, gt, where, {"social": "post", "chat": "chat", "web": "ticket"}[where], text)
    c.truth["grumble_event_id"] = e.eid
    c.truth["tolerated_rules"] = ["silence"]


def quiet_hours(reg: Registry) -> Fam:
    f = family(reg, "quiet_hours")
    rng = f.rng
    plan = ["day"] * 181 + ["grumble"] * 24 + ["owl"] * 45
    rng.shuffle(plan)
    owls: list[Cust] = []
    for tag in plan:
        lang = f.lang()
        if tag == "day":
            calm(f, lang, 2, 7)
        elif tag == "grumble":

            def chat_or_web() -> str:
                return "chat" if rng.random() < 0.5 else "web"

            grumble_once(f, lang, 2, 7, 20, TROUBLE[lang]["mild"], chat_or_web)
        else:
            owls.append(f.new(lang, "night_owl"))
    k = 0
    for night in (1, 2, 3):
        start = f.at(night, 0) + f.mins(20, 50)
        for _ in range(3):
            for _ in range(5):
                c = owls[k]
                k += 1
                t = start + f.mins(0, 10)
                f.act(c, t, rng.choice(("night_chat", "night_post")))
                c.truth["burst_at"] = iso(start)
                if rng.random() < 0.4:
                    day = rng.choice([d for d in (0, 1, 2) if d != night - 1] or [0])
                    f.act(c, f.rand_at(day, 9, 20), rng.choice(("praise", "purchase", "page")))
            start += f.mins(25, 55)
    return f


PAIRS = (
    ("es", "en", "ES", 40),
    ("de", "en", "DE", 36),
    ("en", "es", "ES", 32),
    ("de", "es", "ES", 28),
    ("es", "de", "DE", 26),
    ("en", "de", "DE", 24),
    ("it", "de", "DE", 22),
    ("pt", "fr", "FR", 22),
    ("fr", "es", "ES", 18),
    ("es", "fr", "FR", 18),
    ("en", "pt", "PT", 16),
    ("it", "en", "UK", 18),
)


def bilingual(reg: Registry) -> Fam:
    f = family(reg, "bilingual")
    rng = f.rng
    pairs = [(a, b, m) for a, b, m, n in PAIRS for _ in range(n)]
    rng.shuffle(pairs)
    plan = ["happy"] * 150 + ["repeat"] * 50 + ["slide"] * 35 + ["bad"] * 40 + ["fixed"] * 25
    rng.shuffle(plan)
    ns = [2] * 20 + [3] * 20 + [4] * 10
    passed = [True] * 25 + [False] * 25
    rng.shuffle(ns)
    rng.shuffle(passed)
    longs = [True] * 10 + [False] * 30
    fixed_flags = [True] * 20 + [False] * 20
    rng.shuffle(longs)
    rng.shuffle(fixed_flags)
    sorry_left = 10
    for tag, (l1, l2, market) in zip(plan, pairs, strict=True):
        persona = {
            "happy": "happy",
            "repeat": "repeat_contact",
            "slide": "slow_churner",
            "bad": "happy_one_bad_day",
            "fixed": "resolved_between_contacts",
        }[tag]
        c = f.new(l1, persona, market=market)
        c.truth["languages"] = [l1, l2]
        both = (l1, l2)
        shift = rng.randrange(2)

        def alt(i: int, both: tuple[str, str] = both, shift: int = shift) -> str:
            return both[(i + shift) % 2]

        if tag == "happy":
            n = rng.randint(5, 8)
            f.happy_run(c, f.spread(n, 0, 13, 7.5, 21.5), f.mix(DAY_MIX, n), alt)
        elif tag == "repeat":
            k = rng.randint(1, 3)
            f.happy_run(c, f.spread(k, 0, 1, 7.5, 20), f.mix(BAD_DAY_MIX, k), alt)
            order = [l1, l2] if rng.random() < 0.5 else [l2, l1]
            f.repeat_case(c, f.rand_at(rng.randint(2, 6), 8, 20), ns.pop(), order, passed.pop())
        elif tag == "slide":
            praise = [f.rand_at(d, 8, 21) for d in range(5)]
            for i, t in enumerate(praise):
                f.act(c, t, "praise", alt(i))
            k = rng.randint(1, 3)
            f.happy_run(
                c, f.spread(k, 0, 5, 8, 21, taken=praise, gap_h=3), f.mix(BAD_DAY_MIX, k), alt
            )
            f.slide(
                c, f.rand_at(rng.randint(6, 8), 9, 20), rng.randint(3, 5), [alt(0), alt(1)], False
            )
        elif tag == "bad":
            fixed = fixed_flags.pop()
            sorry = fixed and sorry_left > 0 and rng.random() < 0.5
            sorry_left -= 1 if sorry else 0
            channel = "long" if longs.pop() else rng.choice(("email", "chat", "social", "web"))
            windows = bad_day(
                f,
                c,
                l2,
                rng.randint(3, 10),
                channel,
                csat=False,
                nps=False,
                fixed=fixed,
                sorry=sorry,
            )
            c.truth["bad_day_language"] = l2
            n = rng.randint(3, 5)
            f.happy_run(c, f.spread(n, 0, 13, 7.5, 21, avoid=windows), f.mix(BAD_DAY_MIX, n), alt)
        else:
            k = rng.randint(1, 2)
            f.happy_run(c, f.spread(k, 0, 1, 7.5, 20), f.mix(BAD_DAY_MIX, k), alt)
            case = f.fixed_case(
                c,
                f.rand_at(rng.randint(2, 9), 8, 20),
                l1,
                f.pick(PROBLEM_KEYS),
                rng.choice(CH5),
                confirm_lang=l2,
            )
            case_truth(c, case)
            c.truth["confirm_language"] = l2
    return f


def b2b_spread(f: Fam, n: int, before: datetime | None) -> list[datetime]:
    """n routine times on weekdays 08-16 UTC, 5 h apart, all at least 8 h before `before`."""
    days = [d for d in range(14) if f.at(d, 0).weekday() < 5]
    for k in range(n, -1, -1):
        for _ in range(300):
            times = sorted(f.rand_at(f.rng.choice(days), 8, 16) for _ in range(k))
            if any((b - a) < timedelta(hours=5) for a, b in itertools.pairwise(times)):
                continue
            if before is not None and any(t > before - timedelta(hours=8) for t in times):
                continue
            return times
    return []


def b2b_act(f: Fam, c: Cust, t: datetime, kind: str) -> None:
    w = B2B[c.lang]
    rng = f.rng
    if kind == "qa":
        q, a = f.pick(w["qa"]).split(" || ")
        if rng.random() < 0.5:
            first = f.ev(c, t, "chat", "chat", f.says(c, q, c.lang))
            t2 = first.at + f.mins(2, 6)
            f.ev(c, t2, "chat", "chat", f.agent_says(c, a, c.lang), out=True)
            if rng.random() < 0.7:
                f.ev(c, t2 + f.mins(1, 3), "chat", "chat", f.says(c, f.pick(w["thanks"]), c.lang))
        else:
            subj = q if len(q) < 60 else q[:57].rsplit(" ", 1)[0] + "…"
            body = q + "\n\n" + f.pick(w["sign"])
            first = f.ev(c, t, "email", "message", f.says(c, body, c.lang), subject=subj)
            t2 = first.at + f.mins(20, 90)
            f.ev(
                c,
                t2,
                "email",
                "message",
                f.agent_says(c, a, c.lang),
                subject=f"{REPLY[c.lang]} {subj}",
                out=True,
            )
            if rng.random() < 0.5:
                f.ev(
                    c,
                    t2 + f.mins(20, 120),
                    "email",
                    "message",
                    f.says(c, f.pick(w["thanks"]), c.lang),
                    subject=f"{REPLY[c.lang]} {subj}",
                )
    elif kind == "purchase":
        product, page, value = rng.choice(B2B_PRODUCTS)
        first = f.ev(c, t, "web", "page_view", attrs={"page": page})
        cur = "GBP" if c.market == "UK" else "EUR"
        f.ev(
            c,
            first.at + f.mins(3, 20),
            "web",
            "purchase",
            attrs={"order_value": f"{value:.2f}", "currency": cur, "product": product},
        )
    elif kind == "page":
        f.ev(c, t, "web", "page_view", attrs={"page": f.pick(B2B_PAGES)})
    elif kind == "call":
        q = f.pick(w["qa"]).split(" || ")[0]
        line = f.pick(TROUBLE[c.lang]["phone_open"]) + " " + q
        f.ev(c, t, "phone", "call", transcript(f.fill(c, line, c.lang)))
    elif kind == "praise":
        f.ev(c, t, "community", "post", f.says(c, f.pick(w["praise"]), c.lang))
    else:
        text = f.says(c, f.pick(w["nps_high"]), c.lang) if rng.random() < 0.5 else None
        f.ev(
            c,
            t,
            "survey",
            "survey_response",
            text,
            scores={"nps": rng.choice((9, 10))},
            attrs={"survey": "nps"},
        )


def b2b_complaint(
    f: Fam, c: Cust, t: datetime, problem: str, ref: str | None, colleague: str | None
) -> Ev:
    w = B2B[c.lang]
    i = B2B_PROBLEM_KEYS.index(problem)
    parts = [f.pick(w["greet"]), "\n\n", f.pick(w["from"]), " ", f.pick(w[problem])]
    if ref and colleague:
        parts += [" ", f.pick(w["colleague"])]
    parts += [" ", f.pick(w["close"]), "\n\n", f.pick(w["sign"])]
    text = f.says(c, "".join(parts), c.lang, ref=ref or "", colleague=colleague or "")
    subject = f.fill(c, w["subject"][i], c.lang)
    if ref and f.rng.random() < 0.5:
        subject += f" ({ref})"
    return f.ev(c, t, "email", "message", text, subject=subject)


def b2b_ack(f: Fam, c: Cust, complaint: Ev, ref: str) -> None:
    """The agent's acknowledgement of a company complaint, with the case reference."""
    text = f.agent_says(c, f.pick(B2B[c.lang]["ack"]), c.lang, ref=ref)
    subject = f"{REPLY[c.lang]} {complaint.subject}"
    f.ev(c, complaint.at + f.mins(20, 90), "email", "message", text, subject=subject, out=True)


def b2b_accounts(reg: Registry) -> Fam:
    f = family(reg, "b2b_accounts")
    rng = f.rng
    langs = ["es"] * 18 + ["de"] * 16 + ["en"] * 8 + ["fr"] * 8 + ["it"] * 7 + ["pt"] * 7
    kinds = ["at_risk"] * 15 + ["one_unhappy"] * 17 + ["mild"] * 8 + ["happy"] * 24
    rng.shuffle(langs)
    rng.shuffle(kinds)
    names = {lg: rng.sample(COMPANIES[lg], langs.count(lg)) for lg in sorted(set(langs))}
    four = set(rng.sample([i for i, k in enumerate(kinds) if k == "at_risk"], 5))
    acks = [True] * 9 + [False] * 8
    rng.shuffle(acks)
    for i, (lang, kind) in enumerate(zip(langs, kinds, strict=True)):
        company = names[lang].pop()
        market = MARKET[lang]
        acc = reg.account(market, rng)
        domain = ascii_word(company) + ".example"
        n = {
            "at_risk": rng.randint(4, 6),
            "one_unhappy": rng.randint(3, 6),
            "mild": rng.randint(3, 5),
            "happy": rng.randint(3, 6),
        }[kind]
        contacts: list[Cust] = []
        for _ in range(n):
            avoid = [x.first for x in contacts]
            contacts.append(
                f.new(
                    lang,
                    "b2b_happy",
                    handle=False,
                    company=company,
                    account=acc,
                    domain=domain,
                    avoid=avoid,
                )
            )
        for c, role in zip(contacts, rng.sample(ROLES, n), strict=True):
            c.truth.update({"company": company, "role": role})
        first_complaint: dict[str, datetime] = {}
        unhappy: list[Cust] = []
        record: dict[str, Any] = {
            "company": company,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "at_risk": kind == "at_risk",
            "expected_rules": [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk":
            k = 4 if i in four else 3
            problem = f.pick(B2B_PROBLEM_KEYS)
            ref = reg.ref(rng)
            who = rng.sample(contacts, k)
            t = f.office(f.rand_at(rng.randint(1, 4 if k == 4 else 7), 8, 15))
            for j, c in enumerate(who):
                if j:
                    t = f.office(t + f.mins(480, 1680))
                colleague = f"{who[0].first} {who[0].last}" if j else None
                e = b2b_complaint(f, c, t, problem, ref if j else None, colleague)
                t = e.at
                ids = [e.eid]
                if j == 0:
                    b2b_ack(f, c, e, ref)
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "problem": B2B_PROBLEM_ABOUT[problem],
                        "booking": ref,
                        "trouble_starts_at": iso(e.at),
                    }
                )
                c.truth["tolerated_rules"] = [*TROUBLED, "account_risk"]
                if j < k - 1:
                    score = rng.randint(1, 5)
                    s = f.low_survey(
                        c, e.at + f.mins(60, 180), lang, "nps", score, B2B[lang]["nps_low"]
                    )
                    c.truth.update({"nps_given": True, "nps": score, "survey_event_id": s.eid})
                    c.truth["expected_rules"] = ["detractor"]
                else:
                    again_t = f.office(e.at + f.mins(1080, 2400), 17)
                    short = B2B[lang]["short"][B2B_PROBLEM_KEYS.index(problem)]
                    if rng.random() < 0.5:
                        line = f.fill(
                            c, f.pick(B2B[lang]["again_phone"]), lang, ref=ref, short=short
                        )
                        again = f.ev(c, again_t, "phone", "call", transcript(line))
                    else:
                        text = f.says(c, f.pick(B2B[lang]["again"]), lang, ref=ref, short=short)
                        again = f.ev(
                            c,
                            again_t,
                            "email",
                            "message",
                            text,
                            subject=f"{REPLY[lang]} {e.subject}",
                        )
                    ids.append(again.eid)
                    c.truth["repeat_event_id"] = again.eid
                    c.truth["expected_rules"] = ["repeat_contact"]
                c.truth["complaint_event_ids"] = ids
                first_complaint[c.key] = e.at
                unhappy.append(c)
            record.update(
                {
                    "expected_rules": ["account_risk"],
                    "same_problem": problem,
                    "trouble_starts_at": iso(first_complaint[who[0].key]),
                }
            )
        elif kind == "one_unhappy":
            c = rng.choice(contacts)
            problem = f.pick(B2B_PROBLEM_KEYS)
            e = b2b_complaint(
                f, c, f.office(f.rand_at(rng.randint(1, 11), 8, 15)), problem, None, None
            )
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "problem": B2B_PROBLEM_ABOUT[problem],
                    "trouble_starts_at": iso(e.at),
                    "complaint_event_ids": [e.eid],
                }
            )
            if acks.pop():
                ref = reg.ref(rng)
                b2b_ack(f, c, e, ref)
                c.truth["booking"] = ref
            score = rng.randint(1, 5)
            s = f.low_survey(c, e.at + f.mins(60, 180), lang, "nps", score, B2B[lang]["nps_low"])
            c.truth.update({"nps_given": True, "nps": score, "survey_event_id": s.eid})
            c.truth["expected_rules"] = ["detractor"]
            c.truth["tolerated_rules"] = ["sentiment_drop", "high_value_at_risk", "silence"]
            first_complaint[c.key] = e.at
            unhappy.append(c)
        elif kind == "mild":
            for c in rng.sample(contacts, 2):
                t = f.office(f.rand_at(rng.randint(1, 12), 8, 15))
                e = f.ev(c, t, "web", "ticket", f.says(c, f.pick(B2B[lang]["mild"]), lang))
                c.truth.update({"persona": "b2b_mild", "mild_event_id": e.eid})
                c.truth["tolerated_rules"] = ["silence"]
                first_complaint[c.key] = e.at
        record["unhappy_contacts"] = len(unhappy)
        record["unhappy_contact_keys"] = [c.key for c in unhappy]
        f.accounts[acc] = record
        for c in contacts:
            quiet = c.key in first_complaint
            m = rng.randint(2, 4) if quiet else rng.randint(2, 6)
            times = b2b_spread(f, m, first_complaint.get(c.key))
            mix = (
                ("qa", 3.0),
                ("call", 0.7),
                ("purchase", 1.5),
                ("page", 2.0),
                ("praise", 1.0),
            ) + ((("nps", 1.0),) if not quiet else ())
            for t, what in zip(times, f.mix(mix, len(times)), strict=True):
                b2b_act(f, c, t, what)
            if not times and not quiet:
                b2b_act(f, c, f.office(f.rand_at(rng.randint(0, 11), 8, 15)), "page")
    return f


def topic_spike(reg: Registry) -> Fam:
    f = family(reg, "topic_spike")
    rng = f.rng
    spike_day = 4
    calm_grumbles = {
        lg: [g for i, g in enumerate(TROUBLE[lg]["grumble"]) if i in (0, 1, 3, 4, 6)]
        for lg in TROUBLE
    }
    spike_langs = ["es"] * 16 + ["de"] * 14 + ["en"] * 9 + ["fr"] * 8 + ["it"] * 7 + ["pt"] * 6
    spike_channels = (
        ["social"] * 20 + ["chat"] * 13 + ["community"] * 10 + ["email"] * 9 + ["web"] * 8
    )
    rng.shuffle(spike_langs)
    rng.shuffle(spike_channels)
    plan = ["calm"] * 264 + ["grumble"] * 34 + ["lone"] * 2 + ["regular"] * 40 + ["new"] * 20
    rng.shuffle(plan)
    reporters: list[Cust] = []
    lone_days = [0, 2]
    lone_langs = ["de", "es"]
    for tag in plan:
        if tag in ("regular", "new"):
            lang = spike_langs.pop()
            c = f.new(lang, "spike_reporter")
            c.truth.update({"in_spike": True, "regular": tag == "regular"})
            if tag == "regular":
                n = rng.randint(1, 3)
                f.happy_run(c, f.spread(n, 0, 3, 8, 21, gap_h=4), f.mix(CALM_MIX, n))
            reporters.append(c)
            continue
        lang = f.lang()
        if tag == "calm":
            calm(f, lang, 6, 7.5)
        elif tag == "grumble":

            def any_of_three() -> str:
                return rng.choice(("social", "chat", "web"))

            grumble_once(f, lang, 6, 7.5, 21, calm_grumbles[lang], any_of_three)
        else:
            lang = lone_langs.pop()
            c = f.new(lang, "grumbles_once")
            t = f.rand_at(lone_days.pop(), 18, 21)
            q = f.ev(c, t, "chat", "chat", f.says(c, TROUBLE[lang]["lone_code"][0], lang))
            f.ev(
                c,
                q.at + f.mins(2, 5),
                "chat",
                "chat",
                f.agent_says(c, TROUBLE[lang]["lone_code_answer"][0], lang),
                out=True,
            )
            c.truth["lone_report_event_id"] = q.eid
            c.truth["tolerated_rules"] = ["silence"]
    repeaters = set(rng.sample(range(60), 20))
    fixed = set(rng.sample([i for i in range(60) if i not in repeaters], 15))
    first_ids: list[str] = []
    again_ids: list[str] = []
    firsts: list[datetime] = []
    for i, c in enumerate(reporters):
        lang = c.lang
        tr = TROUBLE[lang]
        t = f.at(spike_day, 17) + f.mins(5, 50)
        channel = spike_channels.pop()
        text = f.says(c, f.pick(tr["spike"]), lang)
        if channel in ("social", "community"):
            e = f.ev(c, t, channel, "post", text)
        elif channel == "chat":
            e = f.ev(c, t, "chat", "chat", text.replace("@Lockora ", ""))
        elif channel == "email":
            e = f.ev(
                c,
                t,
                "email",
                "message",
                text.replace("@Lockora ", ""),
                subject=f.pick(tr["spike_subject"]),
            )
        else:
            e = f.ev(
                c,
                t,
                "web",
                "ticket",
                text.replace("@Lockora ", ""),
                subject=f.pick(tr["spike_subject"]),
            )
        first_ids.append(e.eid)
        firsts.append(e.at)
        c.truth.update(
            {"spike_event_id": e.eid, "spike_channel": channel, "trouble_starts_at": iso(e.at)}
        )
        c.truth["tolerated_rules"] = ["silence"]
        if i in repeaters:
            other = rng.choice(
                [ch for ch in ("social", "chat", "community", "email") if ch != channel]
            )
            t2 = e.at + f.mins(15, 50)
            text2 = f.says(c, f.pick(tr["spike_again"]), lang)
            if other == "email":
                again = f.ev(
                    c,
                    t2,
                    "email",
                    "message",
                    text2,
                    subject=f"{REPLY[lang]} {f.pick(tr['spike_subject'])}",
                )
            elif other == "chat":
                again = f.ev(c, t2, "chat", "chat", text2)
            else:
                again = f.ev(c, t2, other, "post", "@Lockora " + text2)
            again_ids.append(again.eid)
            c.truth.update({"persona": "spike_repeater", "repeat_event_id": again.eid})
            c.truth["expected_rules"] = ["repeat_contact"]
            c.truth["tolerated_rules"] = ["sentiment_drop", "silence"]
        elif i in fixed:
            text = f.agent_says(c, tr["agent_spike"][0], lang)
            f.ev(
                c,
                e.at + f.mins(150, 210),
                "email",
                "message",
                text,
                subject=tr["agent_spike_subject"][0],
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "pick-up codes rejected at the lockers (software update fault)",
        "about": (
            "after a faulty locker software update, pick-up codes and QR codes are "
            "refused ('invalid code') and doors stay shut; customers report it in six languages "
            "on Wednesday 7 October 2026, 17:05-17:50 UTC (18:05 in the UK and Portugal, 19:05 "
            "elsewhere)"
        ),
        "channel": None,
        "start": iso(min(firsts)),
        "end": iso(max(firsts)),
        "customers": [c.key for c in reporters],
        "event_ids": first_ids,
        "repeat_event_ids": again_ids,
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
    reg = Registry()
    total_c = total_t = 0
    for build in FAMILIES:
        fam = build(reg)
        sizes = fam.write()
        total_c += sizes["customers"]
        total_t += sizes["touchpoints"]
        print(f"{fam.name}: {sizes['customers']} customers, {sizes['touchpoints']} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
