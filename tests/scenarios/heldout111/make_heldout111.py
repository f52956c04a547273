# ruff: noqa: E501
"""Write tests/scenarios/heldout111/: eight hand-written alert families for Tecnavo.

Standalone and deterministic (standard library only): ``python make_heldout111.py``
from anywhere writes ``<family>.jsonl`` and ``<family>.truth.json`` beside this file.
Each customer's story (persona) decides every act first; the words come from
``wording.py`` (households and the Saturday incident) and ``wording_b2b.py``
(Tecnavo Pro, the business arm). Report set: never tune on it.
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
from typing import Any, TypeVar

T = TypeVar("T")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261114
WRITTEN = "2026-12-05"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
LANG_WEIGHTS = [("es", 30), ("de", 30), ("en", 10), ("fr", 10), ("it", 10), ("pt", 10)]
MARKETS: dict[str, list[tuple[str, int]]] = {
    "es": [("ES", 1)],
    "de": [("DE", 6), ("AT", 2), ("CH", 2)],
    "en": [("UK", 2), ("IE", 1)],
    "fr": [("FR", 3), ("BE", 2), ("CH", 1), ("LU", 1)],
    "it": [("IT", 4), ("CH", 1)],
    "pt": [("PT", 1)],
}
DOMAINS: dict[str, list[str]] = {
    "es": ["correo.example", "buzon.example", "mimail.example"],
    "de": ["postfach.example", "mailnetz.example", "webpost.example"],
    "en": ["inbox.example", "postbox.example"],
    "fr": ["courriel.example", "boite.example"],
    "it": ["posta.example", "casella.example"],
    "pt": ["correio.example", "caixa.example"],
}
SOURCES = {
    "email": "tecnavo-mail",
    "phone": "tecnavo-voice",
    "social": "tecnavo-social",
    "community": "tecnavo-forum",
    "chat": "tecnavo-chat",
    "web": "tecnavo-web",
    "survey": "tecnavo-survey",
}
FEEDBACK_SUBJECT = {
    "es": "Tu aviso",
    "de": "Ihr Hinweis",
    "en": "Your feedback",
    "fr": "Votre remarque",
    "it": "La tua segnalazione",
    "pt": "A sua sugestão",
}
CALL_SUBJECT = {
    "es": "Tu llamada",
    "de": "Ihr Anruf",
    "en": "Your call",
    "fr": "Votre appel",
    "it": "La tua chiamata",
    "pt": "A sua chamada",
}
PAGES = {
    "es": "/es/servicios/",
    "de": "/de/leistungen/",
    "en": "/en/services/",
    "fr": "/fr/services/",
    "it": "/it/servizi/",
    "pt": "/pt/servicos/",
}
PRODUCTS: list[tuple[str, int, str]] = [
    ("Wi-Fi & router setup visit / Visita instalación wifi y router", 79, "wifi"),
    ("TV wall mount & tuning / Montaje de TV y sintonización", 119, "tv"),
    ("New laptop setup & data transfer / Puesta en marcha de portátil", 99, "laptop"),
    ("Printer & scanner setup / Instalación de impresora", 59, "printer"),
    ("Smart-home starter visit / Visita hogar inteligente", 139, "smarthome"),
    ("Remote help session 30 min / Sesión remota 30 min", 29, "remote"),
    ("Phone & tablet setup for seniors / Móvil y tablet para mayores", 69, "seniors"),
    ("Mesh Wi-Fi install / Instalación wifi mesh", 149, "mesh"),
]
REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVE_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_slug(text: str) -> str:
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    flat = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in flat if ch.isascii() and ch.isalnum()).lower()


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in base if not unicodedata.combining(c)) or ch)
    return "".join(out)


def roughen(text: str, rng: random.Random) -> str:
    """About one text in ten loses its accents, one in eight starts lower case, one in seven swaps two letters."""
    if rng.random() < 0.10:
        text = strip_accents(text)
    if rng.random() < 0.125 and text[:1].isupper() and not text.startswith("@"):
        text = text[0].lower() + text[1:]
    if rng.random() < 1 / 7:
        words = [m for m in re.finditer(r"\b[a-záéíóúäöüàèìòùçãõêâô]{5,}\b", text)]
        if words:
            m = rng.choice(words)
            w = m.group(0)
            i = rng.randrange(1, len(w) - 2)
            w2 = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
            text = text[: m.start()] + w2 + text[m.end() :]
    return text


GERMAN_LOWER = {
    "der",
    "die",
    "das",
    "ich",
    "keiner",
    "immer",
    "zum",
    "auch",
    "beim",
    "mein",
    "so",
    "ja",
    "hallo",
    "dritte",
    "zweiter",
    "wir",
    "es",
    "nichts",
    "und",
    "aber",
    "erst",
    "seit",
}


def spoken(text: str, lang: str) -> str:
    """A speech-to-text transcript: no punctuation, shouted words and sentence starts in lower case.

    Names, codes and amounts keep their case; German keeps its capital nouns.
    """
    words = []
    start = True
    for raw in text.replace("\n", " ").split():
        tok = raw.strip(".,;:!?¿¡()\"'…😡👏🙃")
        tok = tok.replace("€", "euros")
        ends = raw.rstrip("\"')😡👏🙃").endswith((".", "!", "?", ":", "…"))
        if tok:
            if (tok.isalpha() and tok.isupper() and len(tok) > 1) or (
                start
                and tok.isalpha()
                and (lang != "de" or tok.lower() in GERMAN_LOWER)
                and tok not in (W.BRAND, *W.COMPETITORS, "Plus", "I")
            ):
                tok = tok.lower()
            words.append(tok)
            start = False
        if ends:
            start = True
    return " ".join(words)


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    cc: str
    ids: dict[str, str | None]
    truth: dict[str, Any]
    used: set[str] = field(default_factory=set)


@dataclass
class Row:
    t: datetime
    eid: str
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


class Registry:
    """Identifiers and case references, unique over the whole set."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def take(self, rng: random.Random, make: Callable[[random.Random], str]) -> str:
        while True:
            value = make(rng)
            if value not in self.used:
                self.used.add(value)
                return value


REG = Registry()


PHONE_PLANS: dict[str, tuple[str, list[str], list[int]]] = {
    # market -> (country code, mobile prefixes, digits after the prefix)
    "ES": ("34", ["6", "7"], [8]),
    "DE": ("49", ["151", "152", "157", "160", "170", "176"], [7, 8]),
    "AT": ("43", ["664", "676", "650"], [7]),
    "CH": ("41", ["76", "77", "78", "79"], [7]),
    "UK": ("44", ["74", "75", "77", "78", "79"], [8]),
    "IE": ("353", ["83", "85", "86", "87"], [7]),
    "FR": ("33", ["6", "7"], [8]),
    "BE": ("32", ["470", "475", "485", "496"], [6]),
    "LU": ("352", ["621", "661", "691"], [6]),
    "IT": ("39", ["320", "333", "347", "349", "366"], [7]),
    "PT": ("351", ["91", "92", "93", "96"], [7]),
}


def phone_for(market: str, rng: random.Random) -> tuple[str, str]:
    cc, prefixes, lengths = PHONE_PLANS[market]

    def make(rr: random.Random) -> str:
        rest = "".join(str(rr.randrange(10)) for _ in range(rr.choice(lengths)))
        return "+" + cc + rr.choice(prefixes) + rest

    return REG.take(rng, make), cc


def money(lang: str, market: str, eur: int, spoken_call: bool = False) -> str:
    if market == "UK":
        n = round(eur * 0.86)
        return f"{n} pounds" if spoken_call else f"£{n}"
    if market == "CH":
        n = round(eur * 0.94)
        return f"{n} Franken" if spoken_call and lang == "de" else f"CHF {n}"
    if spoken_call:
        return f"{eur} euros" if lang != "de" else f"{eur} Euro"
    return f"€{eur}" if lang == "en" else f"{eur} €"


def pick_lang(rng: random.Random) -> str:
    return rng.choices([lang for lang, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]


def pick_market(lang: str, rng: random.Random) -> str:
    opts = MARKETS[lang]
    return rng.choices([m for m, _ in opts], [w for _, w in opts])[0]


def wake(t: datetime, rng: random.Random) -> datetime:
    """Move a household's or an agent's act out of the night (22-07 UTC) to the next morning."""
    if t.hour >= 22:
        nxt = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        return nxt + timedelta(minutes=rng.randrange(60))
    if t.hour < 7:
        return t.replace(hour=8, minute=0, second=0) + timedelta(minutes=rng.randrange(60))
    return t


def office(t: datetime, rng: random.Random) -> datetime:
    """Office hours: weekdays 08-17 UTC, else the next working morning."""
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        if t.hour < 8 and t.weekday() < 5:
            t = t.replace(hour=8, minute=rng.randrange(60), second=0)
        else:
            t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randrange(60), second=0)
    return t


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
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: list[Cust] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0
        self.planned: Counter[str] = Counter()

    def at(self, day: int, lo: float, hi: float) -> datetime:
        minutes = self.rng.randrange(int(lo * 60), int(hi * 60))
        return self.start + timedelta(days=day, minutes=minutes, seconds=self.rng.randrange(60))

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        first: str | None = None,
    ) -> Cust:
        r = self.rng
        lang = lang or pick_lang(r)
        market = market or pick_market(lang, r)
        first = first or r.choice(W.FIRST[lang])
        last = r.choice(W.LAST[lang])
        key = REG.take(r, lambda rr: f"TN{self.code}{rr.randrange(1000, 10000)}")
        f, la = ascii_slug(first), ascii_slug(last)
        if domain:
            email = REG.take(
                r, lambda rr: f"{f}@{domain}" if rr.random() < 0.6 else f"{f}.{la}@{domain}"
            )
            handle = None
        else:
            dom = r.choice(DOMAINS[lang])
            email = REG.take(
                r,
                lambda rr: (
                    rr.choice(
                        [
                            f"{f}.{la}",
                            f"{f[0]}{la}{rr.randrange(1, 99)}",
                            f"{la}.{f}{rr.randrange(60, 99)}",
                            f"{f}{la[:3]}{rr.randrange(1, 9)}",
                        ]
                    )
                    + "@"
                    + dom
                ),
            )
            handle = REG.take(
                r,
                lambda rr: (
                    "@"
                    + rr.choice(
                        [
                            f"{la}_{f}{rr.randrange(1, 9)}",
                            f"{f}{la}{rr.randrange(10, 99)}",
                            f"{la}{f[0]}",
                            f"{f}_{la}",
                            f"{f[:4]}_{la[:4]}{rr.randrange(1, 99)}",
                        ]
                    )
                ),
            )
        phone, cc = phone_for(market, r)
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth: dict[str, Any] = {
            "identifiers": dict(ids),
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": r.choice(W.JOBS[lang]),
            "town": r.choice(W.TOWNS[market]),
        }
        c = Cust(key, lang, market, first, last, cc, ids, truth)
        self.custs.append(c)
        for rule in truth["expected_rules"]:
            self.planned[rule] += 1
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        direction: str = "inbound",
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        self.count += 1
        eid = f"tn111-{self.code.lower()}-{self.count:05d}"
        a = {"market": c.market}
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        a.update(attrs or {})
        if text is not None and direction == "inbound":
            if channel == "social" and c.ids["account_id"] is None:
                text = at_brand(text)
            else:
                text = text.replace("@" + W.BRAND, W.BRAND)
            if rough and channel not in ("phone", "survey"):
                text = roughen(text, self.rough)
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(Row(t, eid, c, channel, kind, direction, text, subject, sc, a))
        return eid

    def fill(self, template: str, c: Cust, lang: str | None = None, **extra: Any) -> str:
        lang = lang or c.lang
        r = self.rng
        base: dict[str, Any] = {
            "brand": W.BRAND,
            "tech": r.choice(W.TECHS[lang]),
            "item": r.choice(W.ITEMS[lang]),
            "name": c.first,
            "town": c.truth["town"],
            "code": W.SPIKE_CODE,
            "comp": r.choice(W.COMPETITORS),
            "day": W.WEEKDAY[lang][r.randrange(6)],
            "amount": money(lang, c.market, r.choice([59, 69, 79, 99, 119, 139])),
        }
        base.update(extra)
        return template.format(**base)

    def pick(self, c: Cust, options: list[T]) -> T:
        """A text this customer has not written yet, where there is one."""
        fresh = [o for o in options if repr(o) not in c.used]
        choice = self.rng.choice(fresh or options)
        c.used.add(repr(choice))
        return choice

    def agent(self, lang: str) -> str:
        agents: list[str] = W.AGENTS[lang]
        return self.rng.choice(agents)


def time_of(f: Fam, eid: str) -> datetime:
    return next(row.t for row in f.rows if row.eid == eid)


def at_brand(text: str) -> str:
    brand: str = W.BRAND
    if "@" + brand in text:
        return text
    i = text.rfind(brand)
    if i >= 0:
        return text[:i] + "@" + text[i:]
    return "@" + brand + " " + text


# --- happy acts ---------------------------------------------------------------------


def buy(f: Fam, c: Cust, t: datetime, lang: str | None = None) -> str:
    lang = lang or c.lang
    label, eur, slug = f.rng.choice(PRODUCTS)
    page = PAGES[lang] + slug
    f.add(c, t, "web", "page_view", attrs={"page": page})
    cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
    value = eur * 0.86 if cur == "GBP" else eur * 0.94 if cur == "CHF" else float(eur)
    return f.add(
        c,
        t + timedelta(minutes=f.rng.randrange(3, 16)),
        "web",
        "purchase",
        attrs={"order_value": f"{value:.2f}", "currency": cur, "product": label, "page": page},
    )


def happy(f: Fam, c: Cust, t: datetime, kind: str, lang: str | None = None) -> str:
    """One happy act (with its agent's answer and the thanks where there are)."""
    lang = lang or c.lang
    r = f.rng
    if kind in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[kind]
        channel = r.choice(["social", "community", "community"])
        return f.add(
            c,
            t,
            channel,
            "mention" if channel == "social" else "post",
            f.fill(f.pick(c, table[lang]), c, lang),
        )
    if kind == "chat":
        q, a = f.pick(c, W.CHAT_Q[lang])
        eid = f.add(c, t, "chat", "chat", q)
        t2 = t + timedelta(minutes=r.randrange(1, 7))
        f.add(c, t2, "chat", "chat", a, direction="outbound", attrs={"agent": f.agent(lang)})
        if r.random() < 0.6:
            f.add(
                c,
                t2 + timedelta(minutes=r.randrange(1, 5)),
                "chat",
                "chat",
                r.choice(W.THANKS[lang]),
            )
        return eid
    if kind == "mail":
        s, q, a = f.pick(c, W.MAIL_Q[lang])
        eid = f.add(
            c,
            t,
            "email",
            "message",
            q.replace("Un saludo", "Un saludo, " + c.first) if lang == "es" else q,
            subject=s,
        )
        f.add(
            c,
            wake(t + timedelta(minutes=r.randrange(60, 300)), r),
            "email",
            "message",
            a,
            subject="RE: " + s,
            direction="outbound",
            attrs={"agent": f.agent(lang)},
        )
        return eid
    if kind == "phone":
        q, a = f.pick(c, W.PHONE_Q[lang])
        eid = f.add(c, t, "phone", "call", q)
        f.add(
            c,
            t + timedelta(minutes=r.randrange(10, 41)),
            "email",
            "message",
            a,
            subject=CALL_SUBJECT[lang],
            direction="outbound",
            attrs={"agent": f.agent(lang)},
        )
        return eid
    if kind == "buy":
        return buy(f, c, t, lang)
    if kind == "view":
        return f.add(c, t, "web", "page_view", attrs={"page": PAGES[lang] + r.choice(PRODUCTS)[2]})
    if kind == "review":
        rating = r.choice([4, 5, 5])
        return f.add(
            c,
            t,
            "web",
            "review",
            f.fill(f.pick(c, W.REVIEW[lang]), c, lang),
            attrs={"rating": str(rating), "page": PAGES[lang] + r.choice(PRODUCTS)[2]},
        )
    if kind == "survey":
        which = r.choice(["nps", "csat", "ces"])
        score = {"nps": r.choice([9, 10]), "csat": r.choice([4, 5]), "ces": r.choice([6, 7])}[which]
        words = r.choice(W.SURVEY_WORDS[lang] + [""])
        return f.add(
            c,
            t,
            "survey",
            "survey_response",
            words or None,
            scores={which: score},
            attrs={"survey": which},
        )
    raise ValueError(kind)


HAPPY_KINDS = [
    "praise",
    "again",
    "gripe",
    "chat",
    "chat",
    "mail",
    "phone",
    "buy",
    "buy",
    "view",
    "review",
]


def happy_days(
    f: Fam,
    c: Cust,
    n: int,
    days: list[int],
    lo: float = 7.0,
    hi: float = 19.0,
    kinds: list[str] | None = None,
    lang: str | None = None,
) -> list[str]:
    chosen = sorted(f.rng.sample(days, min(n, len(days))))
    return [happy(f, c, f.at(d, lo, hi), f.rng.choice(kinds or HAPPY_KINDS), lang) for d in chosen]


# --- troubles -----------------------------------------------------------------------


def problem_text(f: Fam, c: Cust, problem: str, lang: str, call: bool = False) -> str:
    eur = f.rng.choice([69, 79, 99, 119, 139])
    return f.fill(
        f.rng.choice(W.PROBLEM[lang][problem]),
        c,
        lang,
        amount=money(lang, c.market, eur, spoken_call=call),
    )


def complain(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, lang: str, long_mail: bool = False
) -> str:
    """One complaint on a channel; returns its event id."""
    r = f.rng
    name = c.first
    if long_mail:
        text = r.choice(W.LONG_MAIL[lang]).format(
            desc=problem_text(f, c, problem, lang), name=f"{c.first} {c.last}"
        )
        return f.add(
            c,
            t,
            "email",
            "message",
            text,
            subject=f"{W.COMPLAINT_PREFIX[lang]}: {W.COMPLAINT_TOPIC[lang][problem]}",
        )
    if channel == "email":
        text = r.choice(W.SHORT_MAIL[lang]).format(
            desc=problem_text(f, c, problem, lang), name=name
        )
        return f.add(
            c,
            t,
            "email",
            "message",
            text,
            subject=f"{W.COMPLAINT_PREFIX[lang]}: {W.COMPLAINT_TOPIC[lang][problem]}",
        )
    if channel == "chat":
        return f.add(
            c,
            t,
            "chat",
            "chat",
            r.choice(W.CHAT_FRAME[lang]).format(desc=problem_text(f, c, problem, lang)),
        )
    if channel == "social":
        return f.add(
            c,
            t,
            "social",
            "mention",
            r.choice(W.SOCIAL_FRAME[lang]).format(
                desc=problem_text(f, c, problem, lang), brand=W.BRAND
            ),
        )
    if channel == "web":
        return f.add(
            c,
            t,
            "web",
            "ticket",
            r.choice(W.FORM_FRAME[lang]).format(desc=problem_text(f, c, problem, lang)),
            subject=W.COMPLAINT_TOPIC[lang][problem],
            attrs={"page": PAGES[lang] + "ayuda" if lang == "es" else PAGES[lang] + "help"},
        )
    if channel == "phone":
        text = " ".join(
            [
                r.choice(W.CALL_OPEN[lang]),
                spoken(problem_text(f, c, problem, lang, call=True), lang),
                r.choice(W.CALL_CLOSE[lang]),
            ]
        )
        return f.add(c, t, "phone", "call", text)
    raise ValueError(channel)


def new_ref(f: Fam) -> str:
    return REG.take(f.rng, lambda rr: f"TN-{rr.randrange(100000, 1000000)}")


def case_opened(f: Fam, c: Cust, t: datetime, ref: str, lang: str, channel: str) -> str:
    """The agent's answer to a complaint: in chat for a chat, else a 'case opened' e-mail."""
    r = f.rng
    if channel == "chat":
        return f.add(
            c,
            t + timedelta(minutes=r.randrange(1, 5)),
            "chat",
            "chat",
            W.AGENT_CHAT_CASE[lang].format(name=c.first, ref=ref),
            direction="outbound",
            attrs={"agent": f.agent(lang)},
        )
    s, body = W.AGENT_CASE[lang]
    return f.add(
        c,
        wake(t + timedelta(minutes=r.randrange(10, 41)), r),
        "email",
        "message",
        body.format(name=c.first, ref=ref, agent=f.agent(lang)),
        subject=s.format(case=W.CASE_WORD[lang], ref=ref),
        direction="outbound",
        attrs={"agent": f.agent(lang)},
    )


def good_news(f: Fam, c: Cust, t: datetime, ref: str, lang: str) -> str:
    s, body = W.AGENT_GOOD_NEWS[lang]
    return f.add(
        c,
        t,
        "email",
        "message",
        body.format(name=c.first, ref=ref, agent=f.agent(lang)),
        subject=s.format(case=W.CASE_WORD[lang], ref=ref),
        direction="outbound",
        attrs={"agent": f.agent(lang)},
    )


def confirm(f: Fam, c: Cust, t: datetime, ref: str, lang: str, channel: str) -> str:
    text = f.rng.choice(W.CONFIRM[lang]).format(ref=ref)
    if channel == "chat":
        eid = f.add(c, t, "chat", "chat", text)
        f.add(
            c,
            t + timedelta(minutes=f.rng.randrange(1, 4)),
            "chat",
            "chat",
            W.AGENT_CLOSE[lang].format(ref=ref),
            direction="outbound",
            attrs={"agent": f.agent(lang)},
        )
        return eid
    return f.add(c, t, "email", "message", text, subject=f"{W.CASE_WORD[lang]} {ref}")


def fixed_case(
    f: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    channel: str,
    lang: str,
    confirm_lang: str | None = None,
) -> dict[str, Any]:
    r = f.rng
    ref = new_ref(f)
    e1 = complain(f, c, t, problem, channel, lang)
    case_opened(f, c, t, ref, lang, channel)
    t_fix = wake(t + timedelta(hours=r.uniform(3, 20)), r)
    good_news(f, c, t_fix, ref, confirm_lang or lang)
    t_conf = wake(t_fix + timedelta(hours=r.uniform(8, 30)), r)
    cch = r.choice(["email", "chat"])
    e2 = confirm(f, c, t_conf, ref, confirm_lang or lang, cch)
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(t_fix),
        "confirmed_at": iso(t_conf),
        "problem_event_ids": [e1],
        "confirm_event_id": e2,
        "channel": channel,
        "confirm_channel": cch,
    }


def repeat_text(f: Fam, c: Cust, n: int, ref: str, problem: str, lang: str) -> str:
    if n == 2:
        return f.fill(
            f.rng.choice(W.REPEAT_2[lang]), c, lang, ref=ref, desc=problem_text(f, c, problem, lang)
        )
    if n == 3:
        return f.fill(f.rng.choice(W.REPEAT_3[lang]), c, lang, ref=ref, comp=c.truth["competitor"])
    return f.fill(
        f.rng.choice(W.REPEAT_4[lang]), c, lang, ref=ref, desc=problem_text(f, c, problem, lang)
    )


def repeat_run(
    f: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    first_channel: str,
    contacts: int,
    langs: list[str],
    quality: bool,
) -> None:
    """A problem raised ``contacts`` times, still open; each later contact on another channel."""
    r = f.rng
    ref = new_ref(f)
    c.truth["competitor"] = r.choice(W.COMPETITORS) if contacts >= 3 else None
    eids = [complain(f, c, t, problem, first_channel, langs[0])]
    if first_channel == "chat":
        case_opened(f, c, t, ref, langs[0], "chat")
    if quality:
        s, body = W.AGENT_QUALITY[langs[0]]
        f.add(
            c,
            wake(t + timedelta(minutes=r.randrange(90, 151)), r),
            "email",
            "message",
            body.format(name=c.first, ref=ref, agent=f.agent(langs[0])),
            subject=s.format(case=W.CASE_WORD[langs[0]], ref=ref),
            direction="outbound",
            attrs={"agent": f.agent(langs[0])},
        )
    elif first_channel != "chat":
        case_opened(f, c, t, ref, langs[0], "email")
    others = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    r.shuffle(others)
    when = t
    for n in range(2, contacts + 1):
        lang = langs[(n - 1) % len(langs)]
        when = when + timedelta(hours=r.uniform(4, 40))
        if when.hour >= 22 or when.hour < 7:
            when = wake(when, r)
        ch = others[n - 2]
        text = repeat_text(f, c, n, ref, problem, lang)
        if ch == "email":
            eids.append(
                f.add(c, when, "email", "message", text, subject=f"{W.CASE_WORD[lang]} {ref}")
            )
        elif ch == "chat":
            eids.append(f.add(c, when, "chat", "chat", text))
            f.add(
                c,
                when + timedelta(minutes=r.randrange(1, 5)),
                "chat",
                "chat",
                W.AGENT_URGENT[lang].format(ref=ref, name=c.first),
                direction="outbound",
                attrs={"agent": f.agent(lang)},
            )
        elif ch == "phone":
            eids.append(
                f.add(
                    c, when, "phone", "call", r.choice(W.CALL_OPEN[lang]) + " " + spoken(text, lang)
                )
            )
        elif ch == "web":
            eids.append(
                f.add(
                    c,
                    when,
                    "web",
                    "ticket",
                    text,
                    subject=f"{ref}",
                    attrs={"page": PAGES[lang] + "help"},
                )
            )
        else:
            eids.append(f.add(c, when, "social", "mention", text))
    c.truth.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": contacts,
            "channels": [first_channel, *others[: contacts - 1]],
            "channel": first_channel,
            "agent_passed_on": quality,
            "problem_event_ids": eids,
            "trouble_starts_at": iso(t),
        }
    )


def slide(f: Fam, c: Cust, start: datetime, span_days: int, langs: list[str], nps: bool) -> None:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    eids: list[str] = []
    t = start
    step_times = sorted(start + timedelta(hours=r.uniform(0, span_days * 24)) for _ in range(4))
    times = [start, *step_times, start + timedelta(days=span_days)]
    ratings = [3, 3, 2, 2, 1, 1]
    prev = None
    for i in range(6):
        t = wake(times[i], r)
        if prev is not None and t < prev + timedelta(hours=1):
            t = wake(prev + timedelta(hours=r.uniform(1, 3)), r)
        prev = t
        lang = langs[i % len(langs)]
        text = W.SLIDE[lang][i].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            eids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str(ratings[i]), "page": PAGES[lang] + r.choice(PRODUCTS)[2]},
                )
            )
        else:
            eids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
        if i == 3 and nps:
            ts = wake(t + timedelta(minutes=r.randrange(150, 211)), r)
            score = r.randint(1, 5)
            c.truth.update(
                {
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": f.add(
                        c,
                        ts,
                        "survey",
                        "survey_response",
                        r.choice(W.NPS_LOW[lang]) or None,
                        scores={"nps": score},
                        attrs={"survey": "nps"},
                    ),
                }
            )
    c.truth.update(
        {
            "slide_event_ids": eids,
            "slide_days": span_days,
            "competitor": comp,
            "trouble_starts_at": iso(time_of(f, eids[0])),
        }
    )
    if not nps:
        c.truth.update({"nps_given": False, "nps": None})


# --- families -----------------------------------------------------------------------


def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy daytime writers, night writers and survey answerers",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, r.randint(5, 7), list(range(10)), 7, 19, [*HAPPY_KINDS, "survey"])
    for _ in range(5):
        c = f.person("happy", "night writer")
        nights = sorted(r.sample(range(9), r.randint(2, 4)))
        for d in nights:
            t = f.at(d, 22.2, 28.5)
            if r.random() < 0.5:
                f.add(
                    c,
                    t,
                    r.choice(["social", "community"]),
                    "post",
                    f.fill(f.pick(c, W.NIGHT_POST[c.lang]), c),
                )
            else:
                q, a = f.pick(c, W.NIGHT_CHAT[c.lang])
                f.add(c, t, "chat", "chat", q)
                t2 = t + timedelta(minutes=r.randrange(1, 6))
                f.add(
                    c, t2, "chat", "chat", a, direction="outbound", attrs={"agent": f.agent(c.lang)}
                )
                f.add(
                    c,
                    t2 + timedelta(minutes=r.randrange(1, 4)),
                    "chat",
                    "chat",
                    r.choice(W.THANKS[c.lang]),
                )
        days = [d for d in range(10) if d not in nights]
        happy_days(f, c, r.randint(2, 3), days, 9, 18, ["praise", "buy", "view", "review"])
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        happy_days(f, c, r.randint(3, 6), list(range(10)), 8, 20, ["survey"])
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry message on one day, and happy controls",
    )
    r = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(problems)
    long_langs = ["es", "es", "de", "de"]
    plan = []
    for i, ch in enumerate(channels):
        plan.append((ch, problems[i]))
    with_case = [i for i, (ch, _) in enumerate(plan) if ch != "social"]
    nps_ids = set(r.sample(with_case, 6))
    rest = [i for i in with_case if i not in nps_ids]
    csat_ids = set(r.sample(rest, 5))
    good_ids = set(r.sample(with_case, 12))
    apology_ids = set(r.sample(sorted(good_ids), 5))
    for i, (ch, problem) in enumerate(plan):
        lang = long_langs.pop() if ch == "long" else None
        if i in nps_ids:
            c = f.person(
                "bad_day_detractor",
                "one bad day",
                lang,
                expected=["detractor"],
                tolerated=["silence"],
            )
        else:
            c = f.person("happy_one_bad_day", "one bad day", lang, tolerated=["silence"])
        bad = r.randint(2, 9)
        days = [d for d in range(12) if d <= bad - 2 or d >= bad + 3]
        happy_days(f, c, r.randint(1, 5), days, 7, 20, HAPPY_KINDS)
        t = f.at(bad, 8, 20)
        channel = "email" if ch == "long" else ch
        eid = complain(f, c, t, problem, channel, c.lang, long_mail=ch == "long")
        ref = None if ch == "social" else new_ref(f)
        c.truth.update(
            {
                "problem": problem,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "channel": channel,
                "long_email": ch == "long",
                "booking": ref,
                "nps_given": False,
                "nps": None,
                "csat_given": False,
                "csat": None,
                "agent_fixed": False,
                "apologised": False,
            }
        )
        if ref is None:
            continue
        case_opened(f, c, t, ref, c.lang, channel)
        if i in nps_ids:
            score = r.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randrange(100, 141)),
                "survey",
                "survey_response",
                r.choice(W.NPS_LOW[c.lang]) or None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
        if i in csat_ids:
            score = r.randint(1, 2)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randrange(40, 81)),
                "survey",
                "survey_response",
                r.choice(W.CSAT_LOW[c.lang]) or None,
                scores={"csat": score},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": score, "survey_event_id": sid})
        if i in good_ids:
            good_news(f, c, wake(t + timedelta(hours=r.uniform(1, 4)), r), ref, c.lang)
            c.truth["agent_fixed"] = True
            if i in apology_ids:
                ta = wake(t + timedelta(hours=r.uniform(16, 24)), r)
                ach = r.choice(["chat", "email"])
                aid = f.add(
                    c,
                    ta,
                    ach,
                    "chat" if ach == "chat" else "message",
                    r.choice(W.APOLOGY[c.lang]),
                    subject=f"{W.CASE_WORD[c.lang]} {ref}" if ach == "email" else None,
                )
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(8):
        c = f.person("happy", "control")
        happy_days(f, c, r.randint(4, 7), list(range(12)), 7, 20, HAPPY_KINDS)
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "repeat contacts on one open problem, problems fixed between contacts, two different problems, frequent writers",
    )
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(firsts)
    r.shuffle(counts)
    quality = [True] * 6 + [False] * 6
    r.shuffle(quality)
    problems = list(W.PROBLEMS) * 2
    r.shuffle(problems)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        happy_days(
            f, c, r.randint(1, 3), [0, 0, 0], 7, 12, ["praise", "chat", "buy", "view", "review"]
        )
        t = f.at(r.randint(1, 4), 8, 19)
        repeat_run(f, c, t, problems[i], firsts[i], counts[i], [c.lang], quality[i])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        happy_days(f, c, r.randint(1, 3), [0, 1, 6, 7, 8], 8, 19)
        t = f.at(r.randint(1, 5), 8, 19)
        case = fixed_case(f, c, t, r.choice(W.PROBLEMS), r.choice(["web", "email", "chat"]), c.lang)
        c.truth.update(
            {"problems": [case], "trouble_starts_at": case["raised_at"], "booking": case["booking"]}
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        p1, p2 = r.sample(W.PROBLEMS, 2)
        d1 = r.randint(0, 3)
        t1 = f.at(d1, 8, 18)
        t2 = f.at(d1 + r.randint(4, 5), 8, 18)
        cases = [
            fixed_case(f, c, t1, p1, r.choice(["web", "email", "chat"]), c.lang),
            fixed_case(f, c, t2, p2, r.choice(["web", "email", "chat"]), c.lang),
        ]
        c.truth.update({"problems": cases, "trouble_starts_at": cases[0]["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        happy_days(
            f,
            c,
            r.randint(5, 8),
            list(range(10)),
            7,
            20,
            ["chat", "chat", "mail", "mail", "phone", "praise", "buy"],
        )
    return f


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "sliding customers, leavers, steady, steadily grumpy and sarcastic customers",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    nps = [True] * 5 + [False] * 5
    r.shuffle(nps)
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop", "detractor"] if nps[i] else ["sentiment_drop"],
            tolerated=SLIDE_TOL,
        )
        praise_days = sorted(r.sample(range(11), r.randint(4, 5)))
        for d in praise_days:
            happy(f, c, f.at(d, 8, 20), r.choice(["praise", "praise", "again", "gripe"]))
        other = [d for d in range(11) if d not in praise_days]
        happy_days(f, c, r.randint(2, 4), other, 8, 20, ["chat", "buy", "view", "mail", "review"])
        slide(f, c, f.at(r.randint(12, 16), 8, 19), spans[i], [c.lang], nps[i])
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVE_TOL
        )
        happy_days(f, c, r.randint(4, 6), list(range(15)), 8, 20)
        t = f.at(r.randint(17, 23), 8, 19)
        s, body = r.choice(W.LEAVE[c.lang])
        e1 = f.add(c, t, "email", "message", body.format(name=c.first), subject=s)
        s2, b2 = W.AGENT_SORRY[c.lang]
        f.add(
            c,
            wake(t + timedelta(hours=r.uniform(1, 5)), r),
            "email",
            "message",
            b2.format(name=c.first, agent=f.agent(c.lang)),
            subject=s2,
            direction="outbound",
            attrs={"agent": f.agent(c.lang)},
        )
        tc = wake(t + timedelta(hours=r.uniform(20, 30)), r)
        e2 = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={
                "page": PAGES[c.lang] + "account",
                "product": "Tecnavo Plus monthly / Tecnavo Plus mensual",
            },
        )
        c.truth.update(
            {
                "churn_intent_event_id": e1,
                "cancellation_event_id": e2,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        happy_days(f, c, r.randint(6, 10), list(range(32)), 8, 20)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = r.randint(0, 4)
        eids = []
        topics = r.sample(
            range(len(W.GRUMBLES[c.lang])), min(len(W.GRUMBLES[c.lang]), r.randint(5, 7))
        )
        while len(topics) < 5:
            topics.append(r.randrange(len(W.GRUMBLES[c.lang])))
        for k in topics:
            if d >= 32:
                break
            t = f.at(d, 8, 21)
            text = W.GRUMBLES[c.lang][k]
            ch = r.choice(["social", "community", "web", "review"])
            if ch == "review":
                eids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": PAGES[c.lang] + r.choice(PRODUCTS)[2]},
                    )
                )
            elif ch == "web":
                eids.append(
                    f.add(c, t, "web", "ticket", text, attrs={"page": PAGES[c.lang] + "help"})
                )
            else:
                eids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            d += r.randint(1, 3)
        for _ in range(r.randint(0, 2)):
            buy(f, c, f.at(r.randrange(32), 9, 19))
        c.truth.update({"grumble_event_ids": eids, "trouble_starts_at": iso(time_of(f, eids[0]))})
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        sd = r.randint(17, 28)
        happy_days(f, c, r.randint(3, 6), [d for d in range(32) if abs(d - sd) > 1], 8, 20)
        t = f.at(sd, 9, 20)
        ch = r.choice(["social", "community"])
        eid = f.add(
            c,
            t,
            ch,
            "mention" if ch == "social" else "post",
            f.fill(r.choice(W.SARCASM[c.lang]), c),
        )
        c.truth.update({"sarcasm_event_id": eid})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm weekend with night owls in three bursts a night",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(
            f,
            c,
            r.randint(1, 3),
            [0, 1, 2],
            7,
            17.5,
            ["praise", "chat", "buy", "view", "review", "again"],
        )
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(r.randint(0, 2), 9, 17)
        first = buy(f, c, t) if r.random() < 0.5 else happy(f, c, t, "view")
        t_first = f.rows[-1].t if first else t
        tg = t_first + timedelta(minutes=r.randrange(20, 31))
        q, a = r.choice(W.QH_GRUMBLE[c.lang])
        if r.random() < 0.5:
            eid = f.add(c, tg, "chat", "chat", q)
            f.add(
                c,
                tg + timedelta(minutes=r.randrange(1, 6)),
                "chat",
                "chat",
                a,
                direction="outbound",
                attrs={"agent": f.agent(c.lang)},
            )
        else:
            eid = f.add(c, tg, "web", "ticket", q, attrs={"page": PAGES[c.lang] + "help"})
            f.add(
                c,
                wake(tg + timedelta(minutes=r.randrange(30, 120)), r),
                "email",
                "message",
                a,
                subject=FEEDBACK_SUBJECT[c.lang],
                direction="outbound",
                attrs={"agent": f.agent(c.lang)},
            )
        c.truth.update({"grumble_event_id": eid, "trouble_starts_at": iso(tg)})
    for night in range(3):
        burst1 = f.start + timedelta(days=night + 1, minutes=r.randrange(40, 66))
        starts = [
            burst1,
            burst1 + timedelta(minutes=r.randrange(28, 34)),
            burst1 + timedelta(minutes=r.randrange(55, 66)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=r.randrange(0, 10), seconds=r.randrange(60))
                if r.random() < 0.5:
                    q, a = r.choice(W.NIGHT_CHAT[c.lang])
                    eid = f.add(c, t, "chat", "chat", q)
                    t2 = t + timedelta(minutes=r.randrange(1, 5))
                    f.add(
                        c,
                        t2,
                        "chat",
                        "chat",
                        a,
                        direction="outbound",
                        attrs={"agent": f.agent(c.lang)},
                    )
                    f.add(
                        c,
                        t2 + timedelta(minutes=r.randrange(1, 4)),
                        "chat",
                        "chat",
                        r.choice(W.THANKS[c.lang]),
                    )
                else:
                    ch = r.choice(["social", "community"])
                    eid = f.add(
                        c,
                        t,
                        ch,
                        "mention" if ch == "social" else "post",
                        f.fill(r.choice(W.NIGHT_POST[c.lang]), c),
                    )
                c.truth.update({"burst_at": iso(bs), "night_event_id": eid})
                if r.random() < 0.5:
                    happy(
                        f,
                        c,
                        f.at(r.randint(0, 2), 9, 17.5),
                        r.choice(["praise", "buy", "view", "chat"]),
                    )
    return f


PAIRS = (
    [("es", "de")] * 4
    + [("de", "es")] * 4
    + [("es", "en")] * 2
    + [("en", "es")] * 2
    + [("de", "en")] * 2
    + [
        ("de", "fr"),
        ("fr", "de"),
        ("es", "pt"),
        ("pt", "es"),
        ("es", "it"),
        ("it", "es"),
        ("de", "it"),
        ("en", "de"),
        ("fr", "es"),
        ("it", "de"),
        ("pt", "de"),
        ("es", "fr"),
        ("de", "pt"),
    ]
)
WHY_SECOND = {
    "es": "partner is from Spain; speaks Spanish at home",
    "de": "works for a German company; writes German at work",
    "en": "studied in Dublin; uses English with the kids' school",
    "fr": "grew up in Lyon; mother tongue at home",
    "it": "partner is Italian; writes Italian with the in-laws",
    "pt": "family from Porto; Portuguese with the grandparents",
}


def bilingual() -> Fam:
    f = Fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    r = f.rng
    pairs = list(PAIRS)
    r.shuffle(pairs)
    # the long German e-mail needs German as the second language
    i_long = next(i for i, p in enumerate(pairs) if p[1] == "de")
    pairs.insert(0, pairs.pop(i_long))
    roles = (
        ["bad_long", "bad_short", "bad_chat"]
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["fixed"] * 2
        + ["happy"] * 12
    )
    counts = [2, 2, 3, 3, 4]
    nrep = 0
    for (l1, l2), role in zip(pairs, roles, strict=True):
        market = pick_market(l1 if r.random() < 0.7 else l2, r)
        langs = [l1, l2]
        if role == "repeat":
            n = counts[nrep]
            nrep += 1
            c = f.person(
                "repeat_contact",
                "repeats",
                l1,
                market,
                expected=["repeat_contact"],
                tolerated=REPEAT_TOL,
            )
            happy_days(f, c, r.randint(1, 3), [0, 1], 8, 19, ["praise", "chat", "buy"], l1)
            repeat_run(
                f,
                c,
                f.at(r.randint(2, 5), 8, 19),
                r.choice(W.PROBLEMS),
                r.choice(["email", "web", "chat"]),
                n,
                langs,
                n >= 3,
            )
        elif role == "slide":
            c = f.person(
                "slow_churner",
                "slides",
                l1,
                market,
                expected=["sentiment_drop"],
                tolerated=SLIDE_TOL,
            )
            pdays = sorted(r.sample(range(6), 5))
            for k, d in enumerate(pdays):
                happy(f, c, f.at(d, 8, 20), "praise", langs[k % 2])
            happy_days(
                f,
                c,
                r.randint(1, 3),
                [d for d in range(7) if d not in pdays] or [6],
                8,
                20,
                ["chat", "buy", "view"],
                l2,
            )
            slide(f, c, f.at(r.randint(7, 8), 8, 19), r.randint(3, 5), langs, False)
        elif role.startswith("bad"):
            c = f.person("happy_one_bad_day", "one bad day", l1, market, tolerated=["silence"])
            bad = r.randint(4, 9)
            days = [d for d in range(14) if d <= bad - 2 or d >= bad + 3]
            for k, d in enumerate(sorted(r.sample(days, r.randint(4, 6)))):
                happy(
                    f,
                    c,
                    f.at(d, 8, 20),
                    r.choice(["praise", "chat", "buy", "review"]),
                    langs[k % 2],
                )
            t = f.at(bad, 9, 19)
            ch = "chat" if role == "bad_chat" else "email"
            eid = complain(f, c, t, r.choice(W.PROBLEMS), ch, l2, long_mail=role == "bad_long")
            ref = new_ref(f)
            case_opened(f, c, t, ref, l2, ch)
            c.truth.update(
                {
                    "bad_day_at": iso(t),
                    "bad_day_event_id": eid,
                    "bad_day_language": l2,
                    "long_email": role == "bad_long",
                    "booking": ref,
                    "trouble_starts_at": iso(t),
                    "channel": ch,
                    "agent_fixed": ch == "email",
                    "apologised": role == "bad_short",
                }
            )
            if ch == "email":
                good_news(f, c, wake(t + timedelta(hours=r.uniform(1, 4)), r), ref, l2)
            if role == "bad_short":
                ta = wake(t + timedelta(hours=r.uniform(18, 24)), r)
                c.truth.update(
                    {
                        "apology_at": iso(ta),
                        "apology_event_id": f.add(c, ta, "chat", "chat", r.choice(W.APOLOGY[l2])),
                    }
                )
        elif role == "fixed":
            c = f.person("resolved_between_contacts", "fixed", l1, market, tolerated=["silence"])
            happy_days(
                f, c, r.randint(2, 4), [0, 1, 9, 10, 11, 12], 8, 19, ["praise", "chat", "buy"], l2
            )
            case = fixed_case(
                f, c, f.at(r.randint(2, 5), 8, 18), r.choice(W.PROBLEMS), "web", l1, confirm_lang=l2
            )
            c.truth.update(
                {
                    "problems": [case],
                    "trouble_starts_at": case["raised_at"],
                    "booking": case["booking"],
                    "confirm_language": l2,
                }
            )
        else:
            c = f.person("happy", "alternates languages", l1, market)
            for k, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
                happy(f, c, f.at(d, 7, 20), r.choice(HAPPY_KINDS), langs[k % 2])
        c.truth.update({"languages": langs, "job_second_language": WHY_SECOND[l2]})
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Tecnavo Pro: small offices on account",
    )
    r = f.rng
    lang_of = {"DE": "de", "AT": "de", "ES": "es", "PT": "pt", "FR": "fr", "IT": "it", "UK": "en"}
    plan: dict[str, tuple[str, str | None, int, int]] = {
        # company -> (kind, problem, contacts, complainers)
        "Kanzlei Roth & Weiß": ("at_risk", "invoice", 5, 4),
        "Zahnarztpraxis Dr. Lindner": ("at_risk", "portal", 4, 3),
        "Clínica Dental Arrieta": ("at_risk", "service_blocked", 5, 3),
        "Academia Sol de Levante": ("at_risk", "overbilled", 6, 4),
        "Agence Bellerive Immobilier": ("at_risk", "invoice", 4, 3),
        "Baumann Architekten": ("one_unhappy", "service_blocked", 3, 1),
        "Óptica Mirador": ("one_unhappy", "overbilled", 3, 1),
        "Atelier Costa Pinheiro": ("one_unhappy", "portal", 3, 1),
        "Hollins & Daughter Bakers": ("one_unhappy", "invoice", 3, 1),
        "Bäckerei Sonnleitner": ("mild", None, 3, 0),
        "Physio Praxis Gruber": ("mild", None, 4, 0),
        "Studio Fisio Benassi": ("mild", None, 4, 0),
        "Musikschule Elbtal": ("happy", None, 4, 0),
        "Immobilien Kessler": ("happy", None, 4, 0),
        "Asesoría Valdés y Asociados": ("happy", None, 4, 0),
    }
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]

    def routine(c: Cust, days: list[int], n: int, kinds: list[str]) -> None:
        for d in sorted(r.sample(days, min(n, len(days)))):
            t = f.at(d, 8, 16.5)
            kind = r.choice(kinds)
            lang = c.lang
            if kind == "chat":
                q, a = f.pick(c, B.B2B_CHAT[lang])
                f.add(c, t, "chat", "chat", q)
                t2 = t + timedelta(minutes=r.randrange(1, 7))
                f.add(
                    c, t2, "chat", "chat", a, direction="outbound", attrs={"agent": f.agent(lang)}
                )
                if r.random() < 0.6:
                    f.add(
                        c,
                        t2 + timedelta(minutes=r.randrange(1, 5)),
                        "chat",
                        "chat",
                        r.choice(B.B2B_THANKS[lang]),
                    )
            elif kind == "buy":
                label, eur, slug = r.choice(B.PRODUCTS_B2B)
                page = "/pro/" + slug
                f.add(c, t, "web", "page_view", attrs={"page": page})
                cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
                value = eur * 0.86 if cur == "GBP" else float(eur)
                f.add(
                    c,
                    t + timedelta(minutes=r.randrange(3, 16)),
                    "web",
                    "purchase",
                    attrs={
                        "order_value": f"{value:.2f}",
                        "currency": cur,
                        "product": label,
                        "page": page,
                    },
                )
            elif kind == "view":
                f.add(
                    c,
                    t,
                    "web",
                    "page_view",
                    attrs={
                        "page": r.choice(
                            ["/pro/portal/tickets", "/pro/portal/invoices", "/pro/portal/people"]
                        )
                    },
                )
            elif kind == "praise":
                f.add(c, t, "community", "post", f.pick(c, B.B2B_PRAISE[lang]))
            else:
                which = r.choice(["nps", "csat", "ces"])
                score = {
                    "nps": r.choice([9, 10]),
                    "csat": r.choice([4, 5]),
                    "ces": r.choice([6, 7]),
                }[which]
                f.add(
                    c,
                    t,
                    "survey",
                    "survey_response",
                    None,
                    scores={which: score},
                    attrs={"survey": which},
                )

    for market, site, company, domain in B.COMPANIES:
        kind, problem, ncontacts, ncompl = plan[company]
        lang = lang_of[market]
        acc = REG.take(r, lambda rr: f"TVP-{market}-{rr.randrange(1000, 10000)}")  # noqa: B023
        firsts = r.sample(W.FIRST[lang], ncontacts)
        contacts: list[Cust] = []
        unhappy: list[Cust] = []
        for k in range(ncontacts):
            if kind == "at_risk" and k < ncompl:
                last_one = k == ncompl - 1
                exp = ["repeat_contact"] if last_one else ["detractor"]
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang,
                    market,
                    expected=exp,
                    tolerated=B2B_RISK_TOL,
                    account=acc,
                    domain=domain,
                    first=firsts[k],
                )
                c.truth["role"] = "complainer"
                unhappy.append(c)
            elif kind == "one_unhappy" and k == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang,
                    market,
                    expected=["detractor"],
                    tolerated=["sentiment_drop", "high_value_at_risk", "silence"],
                    account=acc,
                    domain=domain,
                    first=firsts[k],
                )
                c.truth["role"] = "complainer"
                unhappy.append(c)
            elif kind == "mild" and k < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang,
                    market,
                    tolerated=["silence"],
                    account=acc,
                    domain=domain,
                    first=firsts[k],
                )
                c.truth["role"] = "suggests"
            else:
                c = f.person(
                    "b2b_happy",
                    "contact",
                    lang,
                    market,
                    account=acc,
                    domain=domain,
                    first=firsts[k],
                )
                c.truth["role"] = "contact"
            title = r.choice(B.JOB_TITLES)
            c.truth.update({"company": company, "job_title": title, "job": title})
            contacts.append(c)
        for c in contacts:
            if c.truth["role"] == "contact":
                routine(
                    c,
                    weekdays,
                    r.randint(2, 5),
                    ["chat", "chat", "buy", "view", "praise", "survey"],
                )
            else:
                routine(c, [0, 1], r.randint(0, 2), ["chat", "buy", "view"])
        trouble = None
        if kind == "at_risk" and problem:
            ref = new_ref(f)
            t = f.at(2, 8, 11)
            trouble = iso(t)
            first_c = unhappy[0]
            first_day = W.WEEKDAY[lang][t.weekday()]
            for k, c in enumerate(unhappy):
                if k == 0:
                    text = B.B2B_FIRST[lang].format(
                        problem=B.B2B_PROBLEM[lang][problem],
                        name=f"{c.first} {c.last}",
                        company=company,
                    )
                    eid = f.add(
                        c, t, "email", "message", text, subject=B.B2B_SUBJECT[lang][problem]
                    )
                    f.add(
                        c,
                        office(t + timedelta(minutes=r.randrange(20, 90)), r),
                        "email",
                        "message",
                        B.B2B_ACK[lang].format(
                            name=c.first, ref=ref, company=company, agent=f.agent(lang)
                        ),
                        subject=f"{W.CASE_WORD[lang]} {ref}",
                        direction="outbound",
                        attrs={"agent": f.agent(lang)},
                    )
                else:
                    t = office(t + timedelta(hours=r.uniform(8, 28)), r)
                    text = r.choice(B.B2B_LATER[lang]).format(
                        ref=ref,
                        first=first_c.first,
                        day=first_day,
                        problem=B.B2B_PROBLEM[lang][problem],
                        name=c.first,
                    )
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        text,
                        subject=f"{W.CASE_WORD[lang]} {ref}: {B.B2B_SUBJECT[lang][problem]}",
                    )
                c.truth.update(
                    {
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(t),
                        "problem": problem,
                        "booking": ref,
                    }
                )
                if k < len(unhappy) - 1:
                    score = r.randint(1, 5)
                    sid = f.add(
                        c,
                        t + timedelta(minutes=r.randrange(60, 181)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": score},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
                else:
                    t3 = office(t + timedelta(hours=r.uniform(18, 40)), r)
                    if company == "Agence Bellerive Immobilier":
                        comp = r.choice(W.COMPETITORS)
                        e2 = f.add(
                            c,
                            t3,
                            "email",
                            "message",
                            B.B2B_LAST_MAIL[lang].format(ref=ref, comp=comp, name=c.first),
                            subject=f"{W.CASE_WORD[lang]} {ref}",
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(
                            c,
                            t3,
                            "phone",
                            "call",
                            B.B2B_LAST_CALL[lang].format(ref=ref, company=company),
                        )
                        c.truth["competitor"] = None
                    c.truth["complaint_event_ids"].append(e2)
                    c.truth.update({"repeat_event_id": e2, "nps_given": False})
        elif kind == "one_unhappy" and problem:
            c = unhappy[0]
            ref = new_ref(f)
            t = office(f.at(r.randint(3, 7), 8, 16), r)
            eid = f.add(
                c,
                t,
                "email",
                "message",
                B.B2B_FIRST[lang].format(
                    problem=B.B2B_PROBLEM[lang][problem],
                    name=f"{c.first} {c.last}",
                    company=company,
                ),
                subject=B.B2B_SUBJECT[lang][problem],
            )
            f.add(
                c,
                office(t + timedelta(minutes=r.randrange(20, 90)), r),
                "email",
                "message",
                B.B2B_ACK[lang].format(name=c.first, ref=ref, company=company, agent=f.agent(lang)),
                subject=f"{W.CASE_WORD[lang]} {ref}",
                direction="outbound",
                attrs={"agent": f.agent(lang)},
            )
            score = r.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randrange(60, 181)),
                "survey",
                "survey_response",
                None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "problem": problem,
                    "booking": ref,
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": sid,
                }
            )
        elif kind == "mild":
            for k, c in enumerate([x for x in contacts if x.truth["role"] == "suggests"]):
                t = office(f.at(r.randint(2, 9), 8, 16), r)
                eid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    B.B2B_MILD[lang][k % len(B.B2B_MILD[lang])],
                    attrs={"page": "/pro/portal/feedback"},
                )
                f.add(
                    c,
                    office(t + timedelta(hours=r.uniform(1, 5)), r),
                    "email",
                    "message",
                    B.B2B_MILD_ACK[lang].format(name=c.first, agent=f.agent(lang)),
                    subject="Feedback",
                    direction="outbound",
                    attrs={"agent": f.agent(lang)},
                )
                c.truth.update({"mild_event_id": eid, "trouble_starts_at": iso(t)})
        at_risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if at_risk else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }
        if at_risk:
            f.planned["account_risk"] += 1
    return f


def topic_spike() -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 11, 9, tzinfo=UTC),
        6,
        "a calm week and Saturday's incident: every home visit routed to a technician in a far-away city",
    )
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(r.sample(range(6), r.randint(1, 4))):
            t = f.at(d, 12, 19) if d == 5 else f.at(d, 7, 20)
            happy(f, c, t, r.choice(HAPPY_KINDS))
    for lang in ("es", "de"):
        c = f.person("grumbles_once", "grumbles once", lang, tolerated=["silence"])
        t = f.at(0, 9, 17)
        q, a = W.SPIKE_GRUMBLE[lang]
        eid = f.add(c, t, "chat", "chat", q)
        f.add(
            c,
            t + timedelta(minutes=r.randrange(1, 5)),
            "chat",
            "chat",
            a,
            direction="outbound",
            attrs={"agent": f.agent(lang)},
        )
        c.truth.update({"grumble_event_id": eid, "trouble_starts_at": iso(t)})
    for lang, hm in (("es", (9, 40)), ("de", (16, 5))):
        c = f.person("grumbles_once", "lone question", lang, tolerated=["silence"])
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        q, a = W.LONE_Q[lang]
        eid = f.add(c, t, "chat", "chat", q)
        f.add(
            c,
            t + timedelta(minutes=r.randrange(2, 6)),
            "chat",
            "chat",
            a,
            direction="outbound",
            attrs={"agent": f.agent(lang)},
        )
        c.truth.update({"lone_report_event_id": eid, "trouble_starts_at": iso(t)})
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(channels)
    regular = [True] * 12 + [False] * 8
    r.shuffle(regular)
    sat = f.start + timedelta(days=5)
    times = sorted(
        sat + timedelta(hours=8, minutes=r.randrange(5, 51), seconds=r.randrange(60))
        for _ in range(20)
    )
    times[0] = sat + timedelta(hours=8, minutes=5)
    times[-1] = sat + timedelta(hours=8, minutes=50)
    early = [i for i in range(20) if times[i] <= sat + timedelta(hours=8, minutes=30)]
    repeaters = set(r.sample(early, 6))
    fixed = set(r.sample([i for i in range(20) if i not in repeaters], 6))
    keys: list[str] = []
    eids: list[str] = []
    reids: list[str] = []
    for i in range(20):
        lang = langs[i]
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular[i] else "new",
            lang,
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if regular[i]:
            for _ in range(r.randint(1, 3)):
                happy(f, c, f.at(2, 8, 17.5), r.choice(["praise", "chat", "buy", "view", "mail"]))
        far = r.choice(W.FAR[c.market])
        eta = f"{r.randint(14, 17)}:{r.choice(['05', '20', '35', '40', '55'])}"
        ch = channels[i]
        text = f.fill(r.choice(W.SPIKE[lang]), c, far=far, time=eta)
        t = times[i]
        if ch == "email":
            eid = f.add(
                c,
                t,
                "email",
                "message",
                text,
                subject=W.SPIKE_SUBJECT[lang].format(far=far, code=W.SPIKE_CODE),
            )
        elif ch == "web":
            eid = f.add(
                c,
                t,
                "web",
                "ticket",
                text,
                subject=W.SPIKE_SUBJECT[lang].format(far=far, code=W.SPIKE_CODE),
                attrs={"page": PAGES[lang] + "help"},
            )
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=r.randrange(1, 5)),
                "chat",
                "chat",
                W.SPIKE_AGENT_CHAT[lang].format(code=W.SPIKE_CODE),
                direction="outbound",
                attrs={"agent": f.agent(lang)},
            )
        else:
            eid = f.add(
                c,
                t,
                ch,
                "mention" if ch == "social" else "post",
                text.replace("@" + W.BRAND, W.BRAND) if ch == "community" else text,
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular[i],
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
            }
        )
        if rep:
            ch2 = r.choice([x for x in ["email", "chat", "community"] if x != ch])
            t2 = t + timedelta(minutes=r.randrange(15, 51))
            text2 = f.fill(r.choice(W.SPIKE_REPEAT[lang]), c, far=far)
            if ch2 == "email":
                e2 = f.add(
                    c,
                    t2,
                    "email",
                    "message",
                    text2,
                    subject="RE: " + W.SPIKE_SUBJECT[lang].format(far=far, code=W.SPIKE_CODE),
                )
            elif ch2 == "chat":
                e2 = f.add(c, t2, "chat", "chat", text2)
                f.add(
                    c,
                    t2 + timedelta(minutes=r.randrange(1, 5)),
                    "chat",
                    "chat",
                    W.SPIKE_AGENT_CHAT[lang].format(code=W.SPIKE_CODE),
                    direction="outbound",
                    attrs={"agent": f.agent(lang)},
                )
            else:
                e2 = f.add(c, t2, "community", "post", text2)
            reids.append(e2)
            c.truth.update({"repeat_event_id": e2})
        if i in fixed:
            s, body = W.SPIKE_FIXED[lang]
            local = "10:35" if c.market in ("UK", "IE", "PT") else "11:35"
            credit = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "€10" if lang == "en" else "10 €")
            f.add(
                c,
                sat + timedelta(hours=11, minutes=r.randrange(5, 16)),
                "email",
                "message",
                body.format(name=c.first, local=local, credit=credit, agent=f.agent(lang)),
                subject=s,
                direction="outbound",
                attrs={"agent": f.agent(lang)},
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"home-visit app routing every Saturday visit to a technician in a far-away city, rebooking fails with error {W.SPIKE_CODE}: visits missed",
        "about": "technician routing / app / visits",
        "channel": None,
        "start": iso(times[0]),
        "end": iso(times[-1]),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
    }
    f.planned["topic_spike"] += 1
    return f


# --- writing ------------------------------------------------------------------------


def finish(f: Fam) -> tuple[str, str]:
    rows = sorted(f.rows, key=lambda row: (row.t, row.eid))
    first_in: dict[str, str] = {}
    for row in rows:
        if row.direction == "inbound" and row.cust.key not in first_in:
            first_in[row.cust.key] = row.eid
    lines = []
    for row in rows:
        c = row.cust
        ids = c.ids
        if row.direction == "outbound" or first_in.get(c.key) == row.eid:
            ref = {k: v for k, v in ids.items()}
        elif row.channel == "phone":
            phone = ids["phone"] or ""
            if f.rough.random() < 0.5:
                phone = "+" + c.cc + " " + phone[1 + len(c.cc) :]
            ref = {"phone": phone}
        elif row.channel in ("social", "community"):
            if ids["handle"]:
                h = ids["handle"]
                ref = {"handle": h[1:] if f.rough.random() < 0.2 else h}
            else:
                ref = {"email": ids["email"]}
        elif row.channel == "email":
            e = ids["email"] or ""
            ref = {"email": e.upper() if f.rough.random() < 1 / 12 else e}
        else:
            ref = {"customer_id": ids["customer_id"]}
        if ids["account_id"]:
            ref["account_id"] = ids["account_id"]
        customer = {
            k: ref.get(k) for k in ("customer_id", "email", "phone", "handle", "account_id")
        }
        rec = {
            "event_id": row.eid,
            "occurred_at": iso(row.t),
            "channel": row.channel,
            "kind": row.kind,
            "direction": row.direction,
            "customer": customer,
            "text": row.text,
            "subject": row.subject,
            "scores": row.scores,
            "source": SOURCES[row.channel],
            "attributes": row.attrs,
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    # checks the generator refuses to pass
    got: Counter[str] = Counter()
    for c in f.custs:
        both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
        if both:
            raise SystemExit(f"{c.key} expects and tolerates {both}")
        if c.key not in first_in:
            raise SystemExit(f"{c.key} has no inbound touchpoint")
        got.update(c.truth["expected_rules"])
    for acc in f.accounts.values():
        got.update(acc["expected_rules"])
    if f.spike:
        got["topic_spike"] += 1
    if got != f.planned:
        raise SystemExit(f"{f.name}: expected {dict(got)} != planned {dict(f.planned)}")
    for row in rows:
        if row.t.year != 2026 or row.t < f.start or row.t >= LIMIT:
            raise SystemExit(f"{row.eid} at {row.t} out of range")
    end = max(f.start + timedelta(days=f.days), rows[-1].t + timedelta(hours=1))
    if end > LIMIT:
        end = LIMIT
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Tecnavo: household tech help at home and remote (Tecnavo Plus), and Tecnavo Pro, IT support for small offices on account",
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": WRITTEN,
            "expected": dict(sorted(got.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {c.key: c.truth for c in f.custs},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    return "\n".join(lines) + "\n", json.dumps(
        truth, ensure_ascii=False, indent=1, sort_keys=True
    ) + "\n"


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
        jsonl, truth = finish(fam)
        (HERE / f"{fam.name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{fam.name}.truth.json").write_text(truth, encoding="utf-8")
        print(f"{fam.name}: {len(fam.custs)} customers, {len(fam.rows)} touchpoints")


if __name__ == "__main__":
    main()
