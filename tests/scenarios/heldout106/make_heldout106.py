# ruff: noqa: E501
"""Write tests/scenarios/heldout106/: the hundred-and-sixth hand-written alert set (blind).

Quignova, an artisan bakery chain taking orders by app and web (delivery at home or
click & collect in its shops, a monthly Quignova Club), and Quignova Pro, daily bread
deliveries to cafés, hotels, canteens and offices on account. Standard library only;
two runs give the same bytes. Run as ``python make_heldout106.py`` from anywhere.
"""

from __future__ import annotations

import json
import random
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

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261114
WRITTEN = "2026-12-04"
BUSINESS = "Quignova: artisan bakery orders by app and web (home delivery, click & collect, Quignova Club), and Quignova Pro (daily deliveries on account)"
LIMIT = datetime(2026, 11, 16, tzinfo=UTC)

CC = {
    "FR": "33",
    "BE": "32",
    "LU": "352",
    "CH": "41",
    "UK": "44",
    "IE": "353",
    "DE": "49",
    "AT": "43",
    "ES": "34",
    "IT": "39",
    "PT": "351",
}
MOBILE: dict[str, tuple[list[str], int]] = {
    "FR": (["6", "7"], 8),
    "BE": (["47", "48", "49"], 7),
    "LU": (["621", "661", "691"], 6),
    "CH": (["76", "77", "78", "79"], 7),
    "UK": (["7"], 9),
    "IE": (["83", "85", "86", "87", "89"], 7),
    "DE": (["151", "160", "170", "176"], 8),
    "AT": (["664", "676", "660"], 7),
    "ES": (["6", "7"], 8),
    "IT": (["3"], 9),
    "PT": (["91", "92", "93", "96"], 7),
}
LANG_MARKETS: dict[str, list[tuple[str, int]]] = {
    "fr": [("FR", 60), ("BE", 25), ("CH", 10), ("LU", 5)],
    "en": [("UK", 70), ("IE", 30)],
    "de": [("DE", 60), ("AT", 25), ("CH", 15)],
    "es": [("ES", 1)],
    "it": [("IT", 1)],
    "pt": [("PT", 1)],
}
LANG_WEIGHTS = [("fr", 30), ("en", 30), ("de", 10), ("es", 10), ("it", 10), ("pt", 10)]
DOMAINS = [
    "mail.example",
    "post.example",
    "inbox.example",
    "courriel.example",
    "webmail.example",
    "net.example",
    "maison.example",
]
SOURCES = {
    "email": "quignova-mail",
    "phone": "quignova-voice",
    "social": "quignova-social",
    "community": "quignova-forum",
    "chat": "quignova-chat",
    "web": "quignova-web",
    "survey": "quignova-survey",
}
CANCEL = ("sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence")

USED: set[str] = set()


def choose_weighted(rng: random.Random, items: Sequence[tuple[str, int]]) -> str:
    return rng.choices([i for i, _ in items], weights=[w for _, w in items])[0]


def ascii_of(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    norm = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in norm if ch.isascii() and ch.isalnum()).lower()


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        out.append(
            "".join(x for x in unicodedata.normalize("NFD", ch) if not unicodedata.combining(x))
        )
    return "".join(out)


PUNCT = ".,!?;:«»\"“”„()…'"
KEEP = {"Quignova", "I", "Club", "OK"}


def transcript(text: str, keep: set[str]) -> str:
    """A speech-to-text line: no punctuation, anger's capitals and sentence starts lowered."""
    words: list[str] = []
    start = True
    for tok in text.replace("\n", " ").replace("/", " / ").split():
        ends = tok.rstrip("\"'»”)").endswith((".", "!", "?"))
        w = tok.strip(PUNCT)
        if w and w != "/" and w not in {"–", "-"}:
            if (
                w.isupper()
                and len(w) > 1
                and not any(ch.isdigit() for ch in w)
                and w not in {"PO", "CHF", "UK"}
            ):
                w = w.lower()
            elif start and w not in KEEP and w not in keep and not (w.isupper() and len(w) > 1):
                w = w[0].lower() + w[1:]
            words.append(w)
        start = ends
    return " ".join(words).replace(" / ", "/")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    cc: str
    phone: str
    handle: str | None
    account: str | None
    town: str
    truth: dict[str, Any]

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Row:
    n: int
    eid: str
    when: datetime
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
    rng: random.Random = field(init=False)
    irng: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.irng = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: int, hour: int, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def rand_at(self, day: int, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=day, minutes=minutes)

    def add(
        self,
        c: Cust,
        when: datetime,
        channel: str,
        kind: str,
        *,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        agent: str | None = None,
        rough: bool = True,
    ) -> str:
        n = len(self.rows) + 1
        eid = f"qn106-{self.code.lower()}-{n:05d}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        if agent:
            a["agent"] = agent
        if text is not None and not out:
            if rough and channel not in ("phone", "survey"):
                text = self.roughen(text)
            if channel == "social" and not c.account:
                text = at_mention(text)
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            Row(
                n,
                eid,
                when,
                c,
                channel,
                kind,
                "outbound" if out else "inbound",
                text,
                subject,
                sc,
                a,
            )
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.irng
        if r.random() < 0.10:
            text = strip_accents(text)
        if (
            r.random() < 0.125
            and text[:1].isalpha()
            and text[:1].isupper()
            and not text.startswith(("Quignova", "I ", "ETQ"))
        ):
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                if w[j] != w[j + 1]:
                    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                    text = " ".join(words)
        return text

    def render(self) -> list[dict[str, Any]]:
        seen: set[str] = set()
        out: list[dict[str, Any]] = []
        for r in sorted(self.rows, key=lambda x: (x.when, x.n)):
            c = r.cust
            full: dict[str, str | None] = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            if r.direction == "outbound" or c.key not in seen:
                ref = full
            else:
                ref = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": c.account,
                }
                if r.channel == "phone":
                    ref["phone"] = (
                        f"+{c.cc} {c.phone[len(c.cc) + 1 :]}"
                        if self.irng.random() < 0.5
                        else c.phone
                    )
                elif r.channel in ("social", "community") and c.handle:
                    ref["handle"] = c.handle[1:] if self.irng.random() < 0.2 else c.handle
                elif r.channel in ("social", "community", "email"):
                    ref["email"] = c.email.upper() if self.irng.random() < 1 / 12 else c.email
                else:
                    ref["customer_id"] = c.key
            if r.direction == "inbound":
                seen.add(c.key)
            out.append(
                {
                    "event_id": r.eid,
                    "occurred_at": r.when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "channel": r.channel,
                    "kind": r.kind,
                    "direction": r.direction,
                    "customer": ref,
                    "text": r.text,
                    "subject": r.subject,
                    "scores": r.scores,
                    "source": SOURCES[r.channel],
                    "attributes": r.attrs,
                }
            )
        return out


def at_mention(text: str) -> str:
    if "@Quignova" in text:
        return text
    i = text.rfind("Quignova")
    if i >= 0:
        return text[:i] + "@" + text[i:]
    return "@Quignova " + text


def fill(t: str, **kw: str) -> str:
    return t.format_map(kw)


def currency(market: str) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(market, "EUR")


def price(eur: float, market: str) -> str:
    factor = {"GBP": 0.86, "CHF": 0.94}.get(currency(market), 1.0)
    return f"{eur * factor:.2f}"


def amount_text(eur: float, market: str, lang: str) -> str:
    cur = currency(market)
    if cur == "GBP":
        return f"£{round(eur * 0.86)}"
    if cur == "CHF":
        return f"CHF {round(eur * 0.94)}"
    if lang == "en":
        return f"€{eur:.2f}"
    return f"{eur:.2f}".replace(".", ",") + " €"


def whole(amount: str) -> str:
    return amount.replace(",00", "").replace(".00", "")


def amount_spoken(eur: float, market: str, lang: str) -> str:
    cur = currency(market)
    words = {
        "EUR": {
            "fr": "euros",
            "en": "euros",
            "de": "Euro",
            "es": "euros",
            "it": "euro",
            "pt": "euros",
        },
        "GBP": {
            "fr": "livres",
            "en": "pounds",
            "de": "Pfund",
            "es": "libras",
            "it": "sterline",
            "pt": "libras",
        },
        "CHF": {
            "fr": "francs",
            "en": "francs",
            "de": "Franken",
            "es": "francos",
            "it": "franchi",
            "pt": "francos",
        },
    }
    factor = {"GBP": 0.86, "CHF": 0.94}.get(cur, 1.0)
    return f"{round(eur * factor)} {words[cur][lang]}"


def local(dt: datetime, market: str) -> datetime:
    summer = datetime(2026, 3, 29, 1, tzinfo=UTC) <= dt < datetime(2026, 10, 25, 1, tzinfo=UTC)
    base = 0 if market in ("UK", "IE", "PT") else 1
    return dt + timedelta(hours=base + (1 if summer else 0))


def clock(dt: datetime, lang: str) -> str:
    h, m = dt.hour, dt.minute
    return {"fr": f"{h}h{m:02d}", "pt": f"{h}h{m:02d}", "de": f"{h}:{m:02d} Uhr"}.get(
        lang, f"{h}:{m:02d}"
    )


def day_time(t: datetime, rng: random.Random, lo: int = 7, hi: int = 21) -> datetime:
    """Moved out of the night: to the next morning (or this morning) between 08:00 and 09:00."""
    if t.hour >= hi or t.hour < lo:
        base = t.replace(hour=8, minute=0, second=0)
        if t.hour >= hi:
            base += timedelta(days=1)
        return base + timedelta(minutes=rng.randint(0, 59))
    return t


def office(t: datetime, rng: random.Random, end: int = 17) -> datetime:
    """Weekdays 08:00-end UTC; otherwise the next working morning 08:00-09:00."""
    if t.weekday() < 5 and 8 <= t.hour < end:
        return t
    base = t.replace(hour=8, minute=0, second=0)
    if t.hour >= end or t.weekday() >= 5:
        base += timedelta(days=1)
    while base.weekday() >= 5:
        base += timedelta(days=1)
    return base + timedelta(minutes=rng.randint(0, 59))


def mins(rng: random.Random, a: int, b: int) -> timedelta:
    return timedelta(minutes=rng.randint(a, b))


# --- people ---------------------------------------------------------------------


def town_of(rng: random.Random, market: str, lang: str) -> str:
    key = market if market != "CH" else ("CH-fr" if lang == "fr" else "CH-de")
    towns: list[str] = W.TOWNS[key]
    return rng.choice(towns)


def alternate(langs: Sequence[str]) -> Callable[[int], str]:
    """Act i in the customer's first or second language, in turn."""
    return lambda i: langs[i % len(langs)]


def person(
    f: Fam,
    lang: str,
    persona: str,
    habit: str,
    *,
    market: str | None = None,
    expected: Sequence[str] = (),
    tolerated: Sequence[str] = (),
    account: str | None = None,
    domain: str | None = None,
    taken_first: set[str] | None = None,
) -> Cust:
    rng = f.rng
    market = market or choose_weighted(rng, LANG_MARKETS[lang])
    while True:
        first = rng.choice(W.FIRST[lang])
        last = rng.choice(W.LAST[lang])
        if taken_first is not None and first in taken_first:
            continue
        fa, la = ascii_of(first), ascii_of(last)
        if domain:
            email = f"{fa}.{la}@{domain}"
        else:
            style = rng.randint(0, 3)
            dom = rng.choice(DOMAINS)
            email = [
                f"{fa}.{la}@{dom}",
                f"{fa[0]}{la}{rng.randint(2, 99)}@{dom}",
                f"{la}.{fa}{rng.randint(1, 9)}@{dom}",
                f"{fa}{la}@{dom}",
            ][style]
        if email in USED:
            continue
        break
    USED.add(email)
    if taken_first is not None:
        taken_first.add(first)
    while True:
        key = f"QN{f.code}{rng.randint(1000, 9999)}"
        if key not in USED:
            USED.add(key)
            break
    cc = CC[market]
    prefixes, rest = MOBILE[market]
    while True:
        phone = (
            "+" + cc + rng.choice(prefixes) + "".join(str(rng.randint(0, 9)) for _ in range(rest))
        )
        if phone not in USED:
            USED.add(phone)
            break
    handle: str | None = None
    if not account:
        while True:
            h = rng.choice(
                [
                    f"@{fa}_{la}{rng.randint(1, 9)}",
                    f"@{la}{fa}{rng.randint(10, 99)}",
                    f"@{fa}{la[0]}",
                    f"@{la}_{fa}",
                    f"@{fa}.{la[:4]}",
                ]
            )
            if h not in USED:
                USED.add(h)
                handle = h
                break
    town = town_of(rng, market, lang)
    overlap = set(expected) & set(tolerated)
    if overlap:
        raise SystemExit(f"expects and tolerates {overlap}")
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
        "habit": habit,
        "language": lang,
        "country": market,
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
        "job": rng.choice(W.JOBS[lang]),
        "town": town,
    }
    c = Cust(key, lang, market, first, last, email, cc, phone, handle, account, town, truth)
    f.custs[key] = c
    return c


def new_ref(rng: random.Random) -> str:
    while True:
        ref = f"QN-{rng.randint(100000, 999999)}"
        if ref not in USED:
            USED.add(ref)
            return ref


def agent_of(f: Fam, lang: str) -> str:
    agents: list[str] = W.AGENTS[lang]
    return f.rng.choice(agents)


def pick_lang(rng: random.Random) -> str:
    return choose_weighted(rng, LANG_WEIGHTS)


# --- acts -----------------------------------------------------------------------


def chat_qa(
    f: Fam, c: Cust, t: datetime, q: str, a: str, thanks: list[str], lang: str | None = None
) -> datetime:
    """A chat question, the agent's answer 1-6 minutes later and, often, thanks."""
    rng = f.rng
    f.add(c, t, "chat", "chat", text=q)
    t2 = t + mins(rng, 1, 6)
    f.add(c, t2, "chat", "chat", text=a, out=True, agent=agent_of(f, lang or c.lang))
    if rng.random() < 0.6:
        t2 += mins(rng, 1, 4)
        f.add(c, t2, "chat", "chat", text=rng.choice(thanks))
    return t2


def purchase(f: Fam, c: Cust, t: datetime, prod: str, eur: float, page: str) -> datetime:
    """A page view, then the order a few minutes later."""
    f.add(c, t, "web", "page_view", attrs={"page": page})
    t2 = t + mins(f.rng, 2, 15)
    attrs = {
        "order_value": price(eur, c.market),
        "currency": currency(c.market),
        "product": prod,
        "page": page,
    }
    f.add(c, t2, "web", "purchase", attrs=attrs)
    return t2


def happy_survey(f: Fam, c: Cust, t: datetime, words: list[str]) -> datetime:
    """NPS 9-10, CSAT 4-5 or CES 6-7, with a word, an emoji or nothing."""
    rng = f.rng
    which = rng.choice(["nps", "csat", "ces"])
    val = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[which]
    f.add(
        c,
        t,
        "survey",
        "survey_response",
        text=rng.choice(words) or None,
        scores={which: val},
        attrs={"survey": which},
    )
    return t


HAPPY_KINDS = [
    "praise",
    "again",
    "gripe",
    "mention",
    "chat",
    "chat",
    "mail",
    "phone",
    "buy",
    "buy",
    "view",
    "review",
    "survey",
]


def happy(
    f: Fam, c: Cust, t: datetime, kind: str, lang: str | None = None, *, night: bool = False
) -> datetime:
    """One happy act (and the agent's answer and the thanks it brings); returns its last time."""
    rng = f.rng
    lang = lang or c.lang
    kw = {"shop": c.town, "first": c.first, "name": c.name}
    if kind in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[kind]
        text = fill(rng.choice(table[lang]), **kw)
        ch = rng.choice(
            ["community", "social", "review"] if kind != "praise" else ["community", "social"]
        )
        if ch == "review":
            f.add(
                c,
                t,
                "web",
                "review",
                text=text,
                attrs={"rating": "5" if kind == "again" else "4", "page": rng.choice(W.PAGES[:5])},
            )
        else:
            f.add(c, t, ch, "post" if ch == "community" else "mention", text=text)
        return t
    if kind == "mention":
        f.add(c, t, "social", "mention", text=fill(rng.choice(W.MENTION[lang]), **kw))
        return t
    if kind == "night_post":
        f.add(
            c,
            t,
            rng.choice(["community", "social"]),
            "post",
            text=fill(rng.choice(W.NIGHT_POST[lang]), **kw),
        )
        return t
    if kind in ("chat", "night_chat"):
        q, a = rng.choice((W.CHAT_Q if kind == "chat" else W.NIGHT_CHAT)[lang])
        return chat_qa(f, c, t, fill(q, **kw), fill(a, **kw), W.THANKS[lang], lang)
    if kind == "mail":
        subj, body, answer = rng.choice(W.MAIL_Q[lang])
        f.add(c, t, "email", "message", subject=subj, text=fill(body, **kw))
        t2 = day_time(t + mins(rng, 40, 180), rng)
        ag = agent_of(f, lang)
        f.add(
            c,
            t2,
            "email",
            "message",
            subject=fill(W.ANSWER_SUBJECT[lang], subject=subj),
            text=fill(answer, agent=ag, **kw),
            out=True,
            agent=ag,
        )
        return t2
    if kind == "phone":
        q, follow = rng.choice(W.PHONE_Q[lang])
        f.add(c, t, "phone", "call", text=q)
        t2 = t + mins(rng, 10, 40)
        ag = agent_of(f, lang)
        f.add(
            c,
            t2,
            "email",
            "message",
            subject=W.FOLLOW_UP_SUBJECT[lang],
            text=fill(follow, agent=ag, **kw),
            out=True,
            agent=ag,
        )
        return t2
    if kind == "buy":
        prod, eur = rng.choice(W.PRODUCTS)
        return purchase(f, c, t, prod, eur, rng.choice(W.PAGES[:5]))
    if kind == "view":
        f.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        return t
    if kind == "review":
        i = rng.randrange(len(W.REVIEW[lang]))
        f.add(
            c,
            t,
            "web",
            "review",
            text=fill(W.REVIEW[lang][i], **kw),
            attrs={"rating": "5" if i != 1 else "4", "page": rng.choice(W.PAGES[:5])},
        )
        return t
    if kind == "survey":
        return happy_survey(f, c, t, W.SURVEY_WORD[lang])
    raise ValueError(kind)


def happy_days(
    f: Fam,
    c: Cust,
    days: Sequence[int],
    kinds: Sequence[str],
    h0: float = 7,
    h1: float = 19,
    lang_of: Callable[[int], str] | None = None,
) -> list[datetime]:
    times = []
    for i, d in enumerate(sorted(days)):
        t = f.rand_at(d, h0, h1)
        happy(f, c, t, f.rng.choice(kinds), lang_of(i) if lang_of else None)
        times.append(t)
    return times


def problem_amount(rng: random.Random, problem: str) -> float:
    return {
        "no_show": rng.choice([42.0, 38.5, 24.0]),
        "double_charge": rng.choice([42.0, 31.7, 19.2]),
        "damage": 38.5,
        "refund": rng.choice([24.0, 42.0, 29.6]),
        "wrong_price": rng.choice([4.2, 6.8, 8.9]),
        "cancel_fee": rng.choice([11.55, 19.25, 9.0]),
    }[problem]


def core_text(
    f: Fam, c: Cust, problem: str, lang: str, t: datetime, amount: float, *, spoken: bool = False
) -> str:
    rng = f.rng
    tl = local(t, c.market)
    morning = tl.replace(hour=rng.randint(7, 9), minute=rng.randint(0, 59))
    mark = morning if morning < tl - timedelta(minutes=15) else tl - mins(rng, 25, 60)
    am = amount_spoken(amount, c.market, lang) if spoken else amount_text(amount, c.market, lang)
    return fill(rng.choice(W.CORE[problem][lang]), time=clock(mark, lang), amount=am)


def short_text(c: Cust, problem: str, lang: str, amount: float, *, spoken: bool = False) -> str:
    am = amount_spoken(amount, c.market, lang) if spoken else amount_text(amount, c.market, lang)
    return fill(W.SHORT[problem][lang], amount=am)


def say(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    text: str,
    *,
    subject: str | None = None,
    answer: str | None = None,
    lang: str | None = None,
) -> str:
    """One inbound message on its channel (an agent's chat answer follows when given)."""
    if channel == "email":
        return f.add(c, t, "email", "message", subject=subject, text=f"{text}\n\n{c.first}")
    if channel == "chat":
        e = f.add(c, t, "chat", "chat", text=text)
        if answer:
            f.add(
                c,
                t + mins(f.rng, 1, 3),
                "chat",
                "chat",
                text=answer,
                out=True,
                agent=agent_of(f, lang or c.lang),
            )
        return e
    if channel == "web":
        return f.add(
            c, t, "web", "ticket", subject=subject, text=text, attrs={"page": "/help/contact"}
        )
    kind = {"social": "mention", "community": "post", "phone": "call"}[channel]
    return f.add(c, t, channel, kind, text=text)


def complaint(
    f: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    channel: str,
    lang: str,
    amount: float,
    *,
    long: bool = False,
) -> str:
    """A first angry contact about one problem; returns its event id (no reply here)."""
    rng = f.rng
    if channel == "phone":
        core = core_text(f, c, problem, lang, t, amount, spoken=True)
        return say(
            f,
            c,
            t,
            "phone",
            fill(rng.choice(W.PHONE_OPEN[lang]), core=transcript(core, {c.town, c.first})),
        )
    core = core_text(f, c, problem, lang, t, amount)
    if long:
        subj, body = rng.choice(W.LONG_EMAIL[lang])
        return f.add(
            c, t, "email", "message", subject=subj, text=fill(body, core=core, name=c.name)
        )
    tail = {"email": W.EMAIL_TAIL, "chat": W.CHAT_TAIL, "social": W.SOCIAL_TAIL, "web": W.WEB_TAIL}[
        channel
    ]
    subject = (
        fill(W.COMPLAINT_SUBJECT[lang], topic=W.TOPIC[problem][lang])
        if channel == "email"
        else W.TOPIC[problem][lang]
    )
    return say(f, c, t, channel, f"{core} {rng.choice(tail[lang])}", subject=subject)


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    lang: str,
    nth: int,
    ref: str,
    problem: str,
    amount: float,
    comp: str | None,
) -> str:
    """A repeat contact's 2nd, 3rd or 4th contact naming the case; returns its event id."""
    rng = f.rng
    short = short_text(c, problem, lang, amount, spoken=channel == "phone")
    if nth == 4:
        text = fill(W.FOURTH[lang][0], ref=ref, short=short[0].upper() + short[1:])
    else:
        text = fill(rng.choice(W.STILL[lang]), ref=ref, short=short)
        if nth == 3 and comp:
            text += " " + fill(rng.choice(W.THIRD[lang]), comp=comp)
    if channel == "phone":
        text = transcript(text, {c.town, c.first, ref})
    elif channel == "social":
        text += " @Quignova"
    return say(
        f,
        c,
        t,
        channel,
        text,
        subject=fill(W.CASE_SUBJECT[lang], ref=ref),
        answer=fill(W.URGENT[lang][0], ref=ref),
        lang=lang,
    )


def case_reply(f: Fam, c: Cust, t: datetime, channel: str, lang: str, ref: str) -> datetime:
    """The agent's 'case opened' answer: in chat when the customer wrote in chat, else an e-mail."""
    rng = f.rng
    ag = agent_of(f, lang)
    if channel == "chat":
        t2 = t + mins(rng, 1, 4)
        f.add(c, t2, "chat", "chat", text=fill(W.CHAT_CASE[lang][0], ref=ref), out=True, agent=ag)
        return t2
    t2 = day_time(t + mins(rng, 10, 40), rng)
    f.add(
        c,
        t2,
        "email",
        "message",
        subject=fill(W.AGENT_CASE_SUBJECT[lang], ref=ref),
        text=fill(W.CASE_OPENED[lang][0], first=c.first, ref=ref, agent=ag),
        out=True,
        agent=ag,
    )
    return t2


def good_news(f: Fam, c: Cust, t: datetime, lang: str, ref: str, problem: str) -> str:
    ag = agent_of(f, lang)
    text = fill(W.GOOD_NEWS[lang][0], first=c.first, ref=ref, fix=W.FIX[problem][lang], agent=ag)
    return f.add(
        c,
        t,
        "email",
        "message",
        subject=fill(W.AGENT_CASE_SUBJECT[lang], ref=ref),
        text=text,
        out=True,
        agent=ag,
    )


def confirm(f: Fam, c: Cust, t: datetime, lang: str, ref: str) -> tuple[str, str]:
    ch = f.rng.choice(["email", "chat"])
    text = fill(f.rng.choice(W.CONFIRM[lang]), ref=ref)
    if ch == "email":
        return f.add(
            c,
            t,
            "email",
            "message",
            subject=fill(W.CASE_SUBJECT[lang], ref=ref),
            text=f"{text}\n\n{c.first}",
        ), ch
    return f.add(c, t, "chat", "chat", text=text), ch


def low_nps(f: Fam, c: Cust, t: datetime, nps: int, words: dict[str, list[str]]) -> None:
    """A detractor's NPS (1-5), with a word or nothing, noted in the truth."""
    e = f.add(
        c,
        t,
        "survey",
        "survey_response",
        text=f.rng.choice(words[c.lang]) or None,
        scores={"nps": nps},
        attrs={"survey": "nps"},
    )
    c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": e})


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def fixed_case(
    f: Fam, c: Cust, t: datetime, problem: str, lang: str, confirm_lang: str, channel: str
) -> dict[str, Any]:
    """Raised, case opened, fixed by the agent, confirmed by the customer naming the case."""
    rng = f.rng
    amount = problem_amount(rng, problem)
    ref = new_ref(rng)
    e = complaint(f, c, t, problem, channel, lang, amount)
    t2 = case_reply(f, c, t, channel, lang, ref)
    fixed = day_time(t2 + timedelta(hours=rng.randint(3, 20), minutes=rng.randint(0, 59)), rng)
    good_news(f, c, fixed, confirm_lang, ref, problem)
    conf_t = day_time(fixed + timedelta(hours=rng.randint(8, 30), minutes=rng.randint(0, 59)), rng)
    ce, cch = confirm(f, c, conf_t, confirm_lang, ref)
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(conf_t),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": channel,
        "confirm_channel": cch,
    }


# --- families -------------------------------------------------------------------


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 23, tzinfo=UTC),
        10,
        "households who are happy: daytime writers, night writers and survey answerers",
    )
    rng = f.rng
    for _ in range(16):
        c = person(f, pick_lang(rng), "happy", "day writer")
        happy_days(f, c, rng.sample(range(10), rng.randint(5, 8)), HAPPY_KINDS)
    for _ in range(5):
        c = person(f, pick_lang(rng), "happy", "night writer")
        nights = rng.sample(range(9), rng.randint(2, 4))
        for d in nights:
            t = f.at(d, 22, 12) + mins(rng, 0, 378)
            happy(f, c, t, rng.choice(["night_post", "night_chat"]))
        free = [d for d in range(10) if d not in nights]
        happy_days(
            f, c, rng.sample(free, rng.randint(2, 3)), ["praise", "buy", "view", "review"], 9, 18
        )
    for _ in range(5):
        c = person(f, pick_lang(rng), "happy", "answers surveys")
        for d in rng.sample(range(10), rng.randint(3, 6)):
            happy(f, c, f.rand_at(d, 8, 20), "survey")
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy households with one bad day; six of them give a detractor NPS",
    )
    rng = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    plan = list(zip(channels, problems, strict=True))
    with_case = [i for i, (ch, _) in enumerate(plan) if ch != "social"]
    detractors = set(rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in detractors]
    csat = set(rng.sample(rest, 5))
    news = set(rng.sample(with_case, 12))
    apolog = set(rng.sample(sorted(news), 5))
    long_langs = ["fr", "fr", "en", "en"]
    for i, (channel, problem) in enumerate(plan):
        lang = long_langs.pop() if channel == "long" else pick_lang(rng)
        det = i in detractors
        c = person(
            f,
            lang,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            expected=["detractor"] if det else [],
            tolerated=["silence"],
        )
        bad_day = rng.randint(2, 9)
        t = f.rand_at(bad_day, 8, 19.9)
        amount = problem_amount(rng, problem)
        e = complaint(
            f,
            c,
            t,
            problem,
            "email" if channel == "long" else channel,
            lang,
            amount,
            long=channel == "long",
        )
        tr = c.truth
        tr.update(
            {
                "problem": problem,
                "channel": "email" if channel == "long" else channel,
                "long_email": channel == "long",
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "trouble_starts_at": iso(t),
                "problem_event_ids": [e],
                "booking": None,
                "agent_fixed": False,
                "apologised": False,
                "nps_given": False,
                "csat_given": False,
            }
        )
        if channel != "social":
            ref = new_ref(rng)
            tr["booking"] = ref
            case_reply(f, c, t, "chat" if channel == "chat" else "email", lang, ref)
            if det:
                st = t + mins(rng, 100, 140)
                nps = rng.randint(1, 5)
                low_nps(f, c, st, nps, W.LOW_NPS_WORD)
            elif i in csat:
                st = t + mins(rng, 40, 80)
                cs = rng.randint(1, 2)
                tr.update(
                    {
                        "csat_given": True,
                        "csat": cs,
                        "survey_event_id": f.add(
                            c,
                            st,
                            "survey",
                            "survey_response",
                            text=rng.choice(W.LOW_CSAT_WORD[lang]) or None,
                            scores={"csat": cs},
                            attrs={"survey": "csat"},
                        ),
                    }
                )
            if i in news:
                gt = day_time(t + mins(rng, 60, 240), rng)
                good_news(f, c, gt, lang, ref, problem)
                tr["agent_fixed"] = True
                if i in apolog:
                    at = day_time(t + mins(rng, 16 * 60, 24 * 60), rng)
                    text = rng.choice(W.APOLOGY[lang])
                    if rng.random() < 0.5:
                        ae = f.add(c, at, "chat", "chat", text=text)
                    else:
                        ae = f.add(
                            c,
                            at,
                            "email",
                            "message",
                            subject=fill(W.CASE_SUBJECT[lang], ref=ref),
                            text=f"{text}\n\n{c.first}",
                        )
                    tr.update({"apologised": True, "apology_at": iso(at), "apology_event_id": ae})
        free = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        n = min(len(free), rng.randint(1, 5))
        happy_days(f, c, rng.sample(free, n), [k for k in HAPPY_KINDS if k != "survey"])
    for _ in range(8):
        c = person(f, pick_lang(rng), "happy", "control")
        happy_days(f, c, rng.sample(range(12), rng.randint(4, 7)), HAPPY_KINDS)
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    first_t: datetime,
    first_channel: str,
    contacts: int,
    problem: str,
    langs: Sequence[str],
    quality: bool,
) -> None:
    """One problem raised ``contacts`` times, on a new channel each time, naming the case."""
    rng = f.rng
    amount = problem_amount(rng, problem)
    ref = new_ref(rng)
    lang0 = langs[0]
    e = complaint(f, c, first_t, problem, first_channel, lang0, amount)
    ids = [e]
    if first_channel == "chat" or not quality:
        case_reply(f, c, first_t, first_channel, lang0, ref)
    if quality:
        qt = day_time(first_t + mins(rng, 90, 150), rng)
        ag = agent_of(f, lang0)
        f.add(
            c,
            qt,
            "email",
            "message",
            subject=fill(W.AGENT_CASE_SUBJECT[lang0], ref=ref),
            text=fill(W.QUALITY_LEAD[lang0][0], first=c.first, ref=ref, agent=ag),
            out=True,
            agent=ag,
        )
    others = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    later = rng.sample(others, contacts - 1)
    comp = rng.choice(W.COMPETITORS) if contacts >= 3 else None
    t = first_t
    for k, ch in enumerate(later, start=2):
        t = day_time(
            t + timedelta(hours=rng.randint(4, 39), minutes=rng.randint(0, 59)), rng, 7, 22
        )
        ids.append(
            later_contact(f, c, t, ch, langs[(k - 1) % len(langs)], k, ref, problem, amount, comp)
        )
    c.truth.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": contacts,
            "channels": [first_channel, *later],
            "channel": first_channel,
            "competitor": comp,
            "trouble_starts_at": iso(first_t),
            "problem_event_ids": ids,
            "agent_passed_on": quality,
        }
    )


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "open problems raised again and again, problems fixed between contacts, two different problems, frequent happy writers",
    )
    rng = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    quality = [True] * 6 + [False] * 6
    rng.shuffle(quality)
    for i in range(12):
        c = person(
            f,
            pick_lang(rng),
            "repeat_contact",
            "repeats",
            expected=["repeat_contact"],
            tolerated=CANCEL,
        )
        for _ in range(rng.randint(1, 3)):
            happy(f, c, f.rand_at(0, 7, 12), rng.choice(["praise", "buy", "view", "chat"]))
        repeat_run(
            f,
            c,
            f.rand_at(rng.randint(1, 4), 8, 19),
            firsts[i],
            counts[i],
            rng.choice(W.PROBLEMS),
            [c.lang],
            quality[i],
        )
    for _ in range(5):
        c = person(f, pick_lang(rng), "resolved_between_contacts", "fixed", tolerated=["silence"])
        d = rng.randint(1, 5)
        happy_days(f, c, rng.sample(range(d), min(d, rng.randint(1, 2))), ["praise", "buy", "chat"])
        case = fixed_case(
            f,
            c,
            f.rand_at(d, 8, 19),
            rng.choice(W.PROBLEMS),
            c.lang,
            c.lang,
            rng.choice(["web", "email", "chat"]),
        )
        c.truth.update(
            {"problems": [case], "trouble_starts_at": case["raised_at"], "booking": case["booking"]}
        )
    for _ in range(3):
        c = person(f, pick_lang(rng), "different_problems", "two problems", tolerated=["silence"])
        p1, p2 = rng.sample(W.PROBLEMS, 2)
        d1 = rng.randint(0, 2)
        d2 = d1 + rng.randint(4, 5)
        cases = [
            fixed_case(
                f, c, f.rand_at(d, 9, 18), p, c.lang, c.lang, rng.choice(["web", "email", "chat"])
            )
            for d, p in ((d1, p1), (d2, p2))
        ]
        c.truth.update({"problems": cases, "trouble_starts_at": cases[0]["raised_at"]})
    for _ in range(7):
        c = person(f, pick_lang(rng), "happy", "frequent writer")
        happy_days(
            f,
            c,
            rng.sample(range(10), rng.randint(5, 8)),
            ["chat", "chat", "mail", "mail", "phone", "buy", "praise"],
        )
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: Sequence[str]) -> list[str]:
    rng = f.rng
    comp = rng.choice(W.COMPETITORS)
    ids: list[str] = []
    t = f.rand_at(start_day, 8, 18)
    ratings = ["3", "3", "2", "2", "1", "1"]
    for k in range(6):
        if k:
            target = f.at(start_day + int(span * k / 5 + 0.5), 9) + mins(rng, 0, 600)
            t = day_time(max(target, t + timedelta(hours=1, minutes=rng.randint(0, 90))), rng)
        lang = langs[k % len(langs)]
        text = fill(W.SLIDE[lang][k], comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text=text,
                    attrs={"rating": ratings[k], "page": rng.choice(W.PAGES[:5])},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text=text))
        if k == 3:
            c.truth["_fourth"] = t
    c.truth.update({"slide_event_ids": ids, "slide_days": span, "competitor": comp})
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "households who slide from praise to a competitor, leavers who cancel the Club, steady, steadily grumpy and sarcastic ones",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    npsers = set(rng.sample(range(10), 5))
    for i in range(10):
        det = i in npsers
        c = person(
            f,
            pick_lang(rng),
            "slow_churner",
            "slides",
            expected=["sentiment_drop", "detractor"] if det else ["sentiment_drop"],
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        n_praise = rng.randint(4, 5)
        n_other = rng.randint(2, 4)
        days = rng.sample(range(11), n_praise + n_other)
        kinds = ["praise"] * n_praise + [
            rng.choice(["buy", "chat", "view", "mail"]) for _ in range(n_other)
        ]
        rng.shuffle(kinds)
        for d, k in zip(sorted(days), kinds, strict=True):
            happy(f, c, f.rand_at(d, 7, 19), k)
        sd = rng.randint(12, 16)
        ids = slide(f, c, sd, spans[i], [c.lang])
        fourth: datetime = c.truth.pop("_fourth")
        c.truth["trouble_starts_at"] = iso(next(r.when for r in f.rows if r.eid == ids[0]))
        c.truth["nps_given"] = det
        if det:
            nps = rng.randint(1, 5)
            st = day_time(fourth + mins(rng, 150, 210), rng)
            low_nps(f, c, st, nps, W.LOW_NPS_WORD)
    for _ in range(5):
        c = person(
            f,
            pick_lang(rng),
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        happy_days(
            f,
            c,
            rng.sample(range(16), rng.randint(4, 6)),
            ["praise", "buy", "buy", "view", "chat", "review"],
        )
        t = f.rand_at(rng.randint(17, 23), 8, 19)
        subj, body = rng.choice(W.LEAVE[c.lang])
        e = f.add(c, t, "email", "message", subject=subj, text=fill(body, name=c.name))
        ag = agent_of(f, c.lang)
        t2 = day_time(t + mins(rng, 60, 300), rng)
        f.add(
            c,
            t2,
            "email",
            "message",
            subject=W.SORRY_SUBJECT[c.lang],
            text=fill(W.SORRY_GO[c.lang][0], first=c.first, agent=ag),
            out=True,
            agent=ag,
        )
        t3 = t + mins(rng, 20 * 60, 30 * 60)
        ce = f.add(
            c,
            t3,
            "web",
            "cancellation",
            attrs={"page": "/account/club/cancel", "product": W.CLUB[0]},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": ce,
                "churn_at": iso(t3),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = person(f, pick_lang(rng), "happy", "steady")
        happy_days(f, c, rng.sample(range(32), rng.randint(6, 10)), HAPPY_KINDS)
    for _ in range(5):
        c = person(
            f,
            pick_lang(rng),
            "steadily_grumpy",
            "grumbles",
            tolerated=["repeat_contact", "silence"],
        )
        d = rng.randint(0, 4)
        ids = []
        for _k in range(rng.randint(5, 7)):
            t = f.rand_at(d, 8, 20)
            text = fill(rng.choice(W.GRUMBLE[c.lang]), shop=c.town)
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                ids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "review",
                        text=text,
                        attrs={"rating": "3", "page": rng.choice(W.PAGES)},
                    )
                )
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text=text, attrs={"page": "/help/contact"}))
            else:
                ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text=text))
            d += rng.randint(1, 3)
        for _k in range(rng.randint(0, 2)):
            happy(f, c, f.rand_at(rng.randint(0, 31), 8, 19), "buy")
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": iso(next(r.when for r in f.rows if r.eid == ids[0])),
            }
        )
    for _ in range(5):
        c = person(f, pick_lang(rng), "happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        sd = rng.randint(17, 28)
        happy_days(
            f,
            c,
            rng.sample([d for d in range(32) if abs(d - sd) > 1], rng.randint(3, 6)),
            ["praise", "buy", "view", "again", "review"],
        )
        t = f.rand_at(sd, 9, 20)
        e = f.add(
            c, t, rng.choice(["social", "community"]), "post", text=rng.choice(W.SARCASM[c.lang])
        )
        c.truth.update({"sarcasm_event_id": e, "trouble_starts_at": iso(t)})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in bursts; no spike",
    )
    rng = f.rng
    for _ in range(16):
        c = person(f, pick_lang(rng), "happy", "day writer")
        for d in rng.sample(range(3), rng.randint(1, 3)):
            happy(
                f,
                c,
                f.rand_at(d, 7, 17.5),
                rng.choice(["praise", "buy", "view", "chat", "review", "mention"]),
            )
    for i in range(4):
        c = person(f, pick_lang(rng), "grumbles_once", "grumbles once", tolerated=["silence"])
        t = happy(f, c, f.rand_at(rng.randint(0, 2), 8, 16), rng.choice(["buy", "view"]))
        t += mins(rng, 20, 30)
        q, a = rng.choice(W.MILD[c.lang])
        ag = agent_of(f, c.lang)
        if i < 2:
            e = f.add(c, t, "chat", "chat", text=fill(q, shop=c.town))
            f.add(c, t + mins(rng, 1, 5), "chat", "chat", text=a, out=True, agent=ag)
        else:
            e = f.add(
                c, t, "web", "ticket", text=fill(q, shop=c.town), attrs={"page": "/help/contact"}
            )
            f.add(
                c,
                day_time(t + mins(rng, 30, 120), rng),
                "email",
                "message",
                subject=W.THANKS_SUBJECT[c.lang],
                text=fill(W.MILD_ACK[c.lang][0], first=c.first, agent=ag),
                out=True,
                agent=ag,
            )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    owl = 0
    for night in range(3):
        b1 = f.at(night + 1, 0, 40) + mins(rng, 0, 25)
        starts = [b1, b1 + mins(rng, 28, 33), b1 + mins(rng, 55, 65)]
        for b, bs in enumerate(starts, start=1):
            for _ in range(4):
                owl += 1
                c = person(f, pick_lang(rng), "night_owl", f"night {night + 1}, burst {b}")
                t = bs + mins(rng, 0, 9)
                happy(f, c, t, rng.choice(["night_chat", "night_post"]))
                c.truth.update(
                    {
                        "burst_at": iso(bs),
                        "night_event_id": f.rows[[r.cust.key for r in f.rows].index(c.key)].eid,
                    }
                )
                if owl % 2 == 0:
                    happy(
                        f,
                        c,
                        f.rand_at(rng.randint(0, 2), 9, 17.5),
                        rng.choice(["praise", "buy", "view"]),
                    )
    return f


PAIRS = (
    [("fr", "en")] * 5
    + [("en", "fr")] * 4
    + [("fr", "de")] * 2
    + [("en", "es")] * 3
    + [
        ("fr", "it"),
        ("it", "fr"),
        ("fr", "pt"),
        ("pt", "en"),
        ("en", "de"),
        ("de", "en"),
        ("es", "fr"),
        ("fr", "es"),
        ("en", "it"),
        ("it", "en"),
        ("pt", "fr"),
        ("en", "pt"),
        ("de", "fr"),
    ]
)
WHY_SECOND = {
    "fr": "grew up in a French-speaking town and writes French at home",
    "en": "works in English for an international firm",
    "de": "partner's family is German-speaking",
    "es": "mother is from Valencia",
    "it": "did an Erasmus year in Bologna",
    "pt": "partner is from Porto",
}


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers who write in two languages: happy, repeat contacts, sliders, one bad day, fixed between contacts",
    )
    rng = f.rng
    pairs = list(PAIRS)
    rng.shuffle(pairs)
    # the long e-mail of a bad day is written in French or English (its second language)
    long_pair = next(p for p in pairs if p[1] in ("fr", "en"))
    pairs.remove(long_pair)
    roles = (
        ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad_email", "bad_chat"] + ["fixed"] * 2
    )
    rng.shuffle(roles)
    roles.append("bad_long")
    pairs.append(long_pair)
    rep_counts = [2, 2, 3, 3, 4]
    rng.shuffle(rep_counts)
    for role, (l1, l2) in zip(roles, pairs, strict=True):
        markets = [m for m, _ in LANG_MARKETS[l1]] + [m for m, _ in LANG_MARKETS[l2]]
        market = rng.choice(markets)
        langs = [l1, l2]
        if role == "happy":
            c = person(f, l1, "happy", "alternates languages", market=market)
            happy_days(
                f,
                c,
                rng.sample(range(14), rng.randint(5, 8)),
                HAPPY_KINDS,
                lang_of=alternate(langs),
            )
        elif role == "repeat":
            c = person(
                f,
                l1,
                "repeat_contact",
                "repeats",
                market=market,
                expected=["repeat_contact"],
                tolerated=CANCEL,
            )
            for k in range(rng.randint(1, 3)):
                happy(
                    f,
                    c,
                    f.rand_at(rng.randint(0, 1), 8, 18),
                    rng.choice(["praise", "buy", "view"]),
                    langs[k % 2],
                )
            n = rep_counts.pop()
            repeat_run(
                f,
                c,
                f.rand_at(rng.randint(2, 5), 8, 19),
                rng.choice(["web", "email", "chat", "phone"]),
                n,
                rng.choice(W.PROBLEMS),
                langs,
                n >= 3,
            )
        elif role == "slide":
            c = person(
                f,
                l1,
                "slow_churner",
                "slides",
                market=market,
                expected=["sentiment_drop"],
                tolerated=[
                    "repeat_contact",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
            )
            days = sorted(rng.sample(range(6), 5))
            for k, d in enumerate(days):
                happy(f, c, f.rand_at(d, 8, 19), "praise", langs[k % 2])
            for k in range(rng.randint(1, 3)):
                happy(
                    f,
                    c,
                    f.rand_at(rng.randint(0, 5), 8, 19),
                    rng.choice(["buy", "view", "chat"]),
                    langs[k % 2],
                )
            ids = slide(f, c, rng.randint(7, 8), rng.randint(3, 5), langs)
            c.truth.pop("_fourth")
            c.truth["trouble_starts_at"] = iso(next(r.when for r in f.rows if r.eid == ids[0]))
        elif role.startswith("bad"):
            c = person(
                f, l1, "happy_one_bad_day", "one bad day", market=market, tolerated=["silence"]
            )
            bd = rng.randint(4, 9)
            free = [d for d in range(14) if d <= bd - 2 or d >= bd + 3]
            happy_days(
                f,
                c,
                rng.sample(free, rng.randint(2, 4)),
                ["praise", "buy", "view", "chat"],
                lang_of=alternate(langs),
            )
            problem = rng.choice(W.PROBLEMS)
            t = f.rand_at(bd, 8, 19)
            channel = {"bad_long": "email", "bad_email": "email", "bad_chat": "chat"}[role]
            amount = problem_amount(rng, problem)
            e = complaint(f, c, t, problem, channel, l2, amount, long=role == "bad_long")
            ref = new_ref(rng)
            case_reply(f, c, t, channel, l2, ref)
            c.truth.update(
                {
                    "problem": problem,
                    "channel": channel,
                    "long_email": role == "bad_long",
                    "bad_day_at": iso(t),
                    "bad_day_event_id": e,
                    "bad_day_language": l2,
                    "booking": ref,
                    "trouble_starts_at": iso(t),
                    "problem_event_ids": [e],
                    "agent_fixed": channel == "email",
                    "apologised": False,
                }
            )
            if channel == "email":
                good_news(f, c, day_time(t + mins(rng, 60, 240), rng), l2, ref, problem)
            if role == "bad_email":
                at = day_time(t + mins(rng, 18 * 60, 24 * 60), rng)
                ae = f.add(c, at, "chat", "chat", text=rng.choice(W.APOLOGY[l2]))
                c.truth.update({"apologised": True, "apology_at": iso(at), "apology_event_id": ae})
        else:
            c = person(
                f, l1, "resolved_between_contacts", "fixed", market=market, tolerated=["silence"]
            )
            d = rng.randint(2, 8)
            happy_days(
                f,
                c,
                rng.sample(range(d), 2),
                ["praise", "buy", "chat"],
                lang_of=alternate(langs),
            )
            case = fixed_case(f, c, f.rand_at(d, 8, 18), rng.choice(W.PROBLEMS), l1, l2, "web")
            c.truth.update(
                {
                    "problems": [case],
                    "trouble_starts_at": case["raised_at"],
                    "booking": case["booking"],
                    "confirm_language": l2,
                }
            )
        c.truth.update({"languages": langs, "job_second_language": WHY_SECOND[l2]})
    return f


ACCOUNTS: list[tuple[str, str, str, str, str, int, str | None, int]] = [
    ("FR", "fr", "cafe", "Café Tilleul", "at_risk", 6, "invoice", 4),
    ("UK", "en", "hotel", "Harbourside Hotel", "at_risk", 5, "portal", 3),
    ("FR", "fr", "school", "Groupe scolaire Jean-Moulin", "at_risk", 4, "overbilled", 3),
    ("BE", "fr", "caterer", "Traiteur Vanhove", "at_risk", 5, "service_blocked", 3),
    ("UK", "en", "office", "Northgate Offices", "at_risk", 4, "invoice", 4),
    ("IE", "en", "cafe", "Liffey Street Café", "one_unhappy", 3, "service_blocked", 1),
    ("DE", "de", "hotel", "Hotel Lindenhof", "one_unhappy", 3, "overbilled", 1),
    ("FR", "fr", "restaurant", "Bistrot des Halles", "one_unhappy", 3, "portal", 1),
    ("ES", "es", "coworking", "Espacio Arroyo Coworking", "one_unhappy", 3, "invoice", 1),
    ("CH", "fr", "nursing_home", "Résidence du Lac", "mild", 4, None, 0),
    ("IT", "it", "deli", "Gastronomia Ferretti", "mild", 4, None, 0),
    ("PT", "pt", "hotel", "Hotel Ribeira Azul", "mild", 3, None, 0),
    ("UK", "en", "university", "Kingsmead College", "happy", 4, None, 0),
    ("FR", "fr", "events", "Agence Plein Ciel Événements", "happy", 4, None, 0),
    ("BE", "fr", "hospital", "Clinique Saint-Rémy", "happy", 4, None, 0),
]


def b2b_act(f: Fam, c: Cust, t: datetime, kind: str) -> datetime:
    rng = f.rng
    lang = c.lang
    if kind == "chat":
        q, a = rng.choice(B.CHAT_Q[lang])
        return chat_qa(f, c, t, q, a, B.THANKS[lang])
    if kind == "buy":
        prod, eur = rng.choice(B.PRODUCTS)
        return purchase(f, c, t, prod, eur, "/pro/catalogue")
    if kind == "view":
        f.add(c, t, "web", "page_view", attrs={"page": rng.choice(B.PAGES)})
        return t
    if kind == "praise":
        f.add(c, t, "community", "post", text=rng.choice(B.PRAISE[lang]))
        return t
    if kind == "survey":
        return happy_survey(f, c, t, B.SURVEY_WORD[lang])
    raise ValueError(kind)


def b2b_complaint(f: Fam, c: Cust, t: datetime, problem: str, company: str, ref: str) -> str:
    """A company contact's first complaint e-mail and the agent's acknowledgement with the case."""
    rng = f.rng
    lang = c.lang
    subj, body = B.FIRST[problem][lang]
    diff = whole(amount_text(600 if c.market != "UK" else 580, c.market, lang))
    e = f.add(
        c,
        t,
        "email",
        "message",
        subject=subj,
        text=fill(body, company=company, first=c.first, amount=diff),
    )
    ag = agent_of(f, lang)
    ack = fill(B.ACK[lang][0], first=c.first, ref=ref, company=company, agent=ag)
    f.add(
        c,
        office(t + mins(rng, 20, 90), rng),
        "email",
        "message",
        subject=fill(B.ACK_SUBJECT[lang], ref=ref),
        text=ack,
        out=True,
        agent=ag,
    )
    return e


def weekday_at(f: Fam, day: int, h0: float, h1: float) -> datetime:
    while (f.start + timedelta(days=day)).weekday() >= 5:
        day += 1
    return f.rand_at(day, h0, h1)


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Quignova Pro accounts: five at risk, four with one unhappy contact, three with mild suggestions, three happy",
    )
    rng = f.rng
    email_last = rng.choice([a[3] for a in ACCOUNTS if a[4] == "at_risk"])
    for market, lang, site, company, kind, n_contacts, problem, n_unhappy in ACCOUNTS:
        while True:
            acc = f"QNP-{market}-{rng.randint(1000, 9999)}"
            if acc not in USED:
                USED.add(acc)
                break
        domain = ascii_of(company) + ".example"
        taken: set[str] = set()
        contacts: list[Cust] = []
        for k in range(n_contacts):
            if kind == "at_risk" and k < n_unhappy:
                persona, role = "b2b_unhappy", "complainer"
                exp: list[str] = ["repeat_contact"] if k == n_unhappy - 1 else ["detractor"]
                tol = [
                    r
                    for r in (
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    )
                    if r not in exp
                ]
            elif kind == "one_unhappy" and k == 0:
                persona, role, exp, tol = (
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif kind == "mild" and k < 2:
                persona, role, exp, tol = "b2b_mild", "suggests", [], ["silence"]
            else:
                persona, role, exp, tol = "b2b_happy", "contact", [], []
            c = person(
                f,
                lang,
                persona,
                role,
                market=market,
                expected=exp,
                tolerated=tol,
                account=acc,
                domain=domain,
                taken_first=taken,
            )
            title = rng.choice(B.JOB_TITLES)
            c.truth.update({"company": company, "role": role, "job_title": title, "job": title})
            contacts.append(c)
        unhappy = [c for c in contacts if c.truth["role"] == "complainer"]
        for c in contacts:
            if c.truth["role"] == "contact":
                days = sorted(
                    rng.sample(
                        [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5],
                        rng.randint(2, 4),
                    )
                )
                for d in days:
                    b2b_act(
                        f,
                        c,
                        f.rand_at(d, 8, 16.5),
                        rng.choice(["chat", "chat", "buy", "buy", "view", "praise", "survey"]),
                    )
            else:
                for _ in range(rng.randint(0, 2)):
                    b2b_act(
                        f,
                        c,
                        f.rand_at(rng.randint(0, 1), 8, 16.5),
                        rng.choice(["chat", "buy", "view"]),
                    )
        trouble: str | None = None
        if kind == "at_risk" and problem:
            ref = new_ref(rng)
            t = f.rand_at(2, 8, 12)
            trouble = iso(t)
            comp = rng.choice(W.COMPETITORS)
            weekday_names = B.WEEKDAY[lang]
            first_c = unhappy[0]
            first_t = t
            for k, c in enumerate(unhappy):
                if k == 0:
                    e = b2b_complaint(f, c, t, problem, company, ref)
                else:
                    t = office(
                        t + timedelta(hours=rng.randint(8, 27), minutes=rng.randint(0, 59)), rng
                    )
                    wd = (
                        B.LATER_TODAY[lang]
                        if t.date() == first_t.date()
                        else weekday_names[first_t.weekday()]
                    )
                    subj, body = B.LATER[lang]
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        subject=fill(subj, ref=ref),
                        text=fill(
                            body,
                            colleague=first_c.first,
                            weekday=wd,
                            ref=ref,
                            restate=B.RESTATE[problem][lang],
                            role=rng.choice(B.ROLE[lang]),
                            first=c.first,
                        ),
                    )
                ids = [e]
                if k < len(unhappy) - 1:
                    nps = rng.randint(1, 5)
                    st = t + mins(rng, 60, 180)
                    low_nps(f, c, st, nps, B.LOW_NPS_WORD)
                else:
                    t2 = office(
                        t + timedelta(hours=rng.randint(18, 39), minutes=rng.randint(0, 59)), rng
                    )
                    if company == email_last:
                        subj, body = B.LAST_EMAIL[lang]
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                subject=fill(subj, ref=ref),
                                text=fill(
                                    body,
                                    ref=ref,
                                    restate=B.RESTATE[problem][lang],
                                    comp=comp,
                                    first=c.first,
                                ),
                            )
                        )
                        c.truth.update({"competitor": comp, "repeat_channel": "email"})
                    else:
                        text = fill(
                            B.LAST_CALL[lang][0],
                            first=c.first,
                            company=company,
                            ref=ref,
                            restate=transcript(B.RESTATE[problem][lang], {company}),
                        )
                        ids.append(f.add(c, t2, "phone", "call", text=text))
                        c.truth.update({"competitor": None, "repeat_channel": "phone"})
                    c.truth["repeat_event_id"] = ids[-1]
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": ref,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(t) if k else trouble,
                        "contacts": len(ids),
                    }
                )
        elif kind == "one_unhappy" and problem:
            c = unhappy[0]
            ref = new_ref(rng)
            t = weekday_at(f, rng.randint(3, 7), 8, 16)
            e = b2b_complaint(f, c, t, problem, company, ref)
            c.truth.update(
                {
                    "problem": problem,
                    "booking": ref,
                    "complaint_event_ids": [e],
                    "trouble_starts_at": iso(t),
                }
            )
            low_nps(f, c, t + mins(rng, 60, 180), rng.randint(1, 5), B.LOW_NPS_WORD)
        elif kind == "mild":
            for k, c in enumerate(c for c in contacts if c.truth["role"] == "suggests"):
                t = weekday_at(f, rng.randint(2, 10), 8, 16)
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    text=B.MILD[lang][k % len(B.MILD[lang])],
                    attrs={"page": "/pro/portal/help"},
                )
                ag = agent_of(f, lang)
                f.add(
                    c,
                    office(t + mins(rng, 30, 120), rng),
                    "email",
                    "message",
                    subject=B.MILD_SUBJECT[lang],
                    text=fill(B.MILD_ACK[lang][0], first=c.first, agent=ag),
                    out=True,
                    agent=ag,
                )
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(t)})
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
        "a calm week and, on Saturday 14 November 2026 in the morning, order labels unreadable in the shops (ETQ/48B)",
    )
    rng = f.rng
    for _ in range(40):
        c = person(f, pick_lang(rng), "happy", "day writer")
        for d in rng.sample(range(6), rng.randint(1, 4)):
            h0, h1 = (12, 19) if d == 5 else (7, 19)
            happy(f, c, f.rand_at(d, h0, h1), rng.choice(HAPPY_KINDS))
    for lang in ("fr", "en"):
        c = person(f, lang, "grumbles_once", "grumbles once", tolerated=["silence"])
        q, a = W.MAP_SLOW[lang][0]
        t = f.rand_at(0, 8, 17)
        e = f.add(c, t, "chat", "chat", text=q)
        f.add(c, t + mins(rng, 1, 5), "chat", "chat", text=a, out=True, agent=agent_of(f, lang))
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    for lang, hm in (("fr", (9, 40)), ("en", (16, 5))):
        c = person(f, lang, "grumbles_once", "lone question", tolerated=["silence"])
        q, a = W.LONE[lang][0]
        t = f.at(4, *hm)
        e = f.add(c, t, "chat", "chat", text=q)
        f.add(c, t + mins(rng, 2, 5), "chat", "chat", text=a, out=True, agent=agent_of(f, lang))
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    spike_start = f.at(5, 7, 55)
    spike_end = f.at(5, 8, 40)
    offsets = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    langs = ["fr"] * 6 + ["en"] * 6 + ["de", "de", "es", "es", "it", "it", "pt", "pt"]
    rng.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(chans)
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    early = [i for i, o in enumerate(offsets) if o <= 25]
    rng.shuffle(early)
    seconds = ["email", "email", "chat", "chat", "community", "community"]
    repeaters: dict[int, str] = {}
    for sc in seconds:
        for i in early:
            if i not in repeaters and chans[i] != sc:
                repeaters[i] = sc
                break
    others = [i for i in range(20) if i not in repeaters]
    fixed = set(rng.sample(others, 6))
    keys, events, again = [], [], []
    used_variant: Counter[str] = Counter()
    for i in range(20):
        lang = langs[i]
        rep = i in repeaters
        c = person(
            f,
            lang,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular[i] else "new",
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if regular[i]:
            for _ in range(rng.randint(1, 3)):
                happy(
                    f,
                    c,
                    f.rand_at(2, 8, 17.5),
                    rng.choice(["praise", "buy", "view", "chat", "mail", "review"]),
                )
        t = spike_start + timedelta(minutes=offsets[i])
        variants = W.SPIKE[lang]
        text = fill(variants[used_variant[lang] % len(variants)], shop=c.town)
        used_variant[lang] += 1
        ch = chans[i]
        ag = agent_of(f, lang)
        e = say(
            f, c, t, ch, text, subject=W.SPIKE_SUBJECT[lang], answer=W.SPIKE_CHAT_ANSWER[lang][0]
        )
        keys.append(c.key)
        events.append(e)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular[i],
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
            }
        )
        if rep:
            t2 = t + mins(rng, 15, 50)
            sc = repeaters[i]
            other = rng.choice(
                [
                    x
                    for x in W.TOWNS[
                        c.market if c.market != "CH" else ("CH-fr" if lang == "fr" else "CH-de")
                    ]
                    if x != c.town
                ]
                or [c.town]
            )
            text2 = fill(rng.choice(W.SPIKE_AGAIN[lang]), other=other)
            e2 = say(
                f,
                c,
                t2,
                sc,
                text2,
                subject="RE: " + W.SPIKE_SUBJECT[lang],
                answer=W.SPIKE_CHAT_ANSWER[lang][0],
            )
            again.append(e2)
            c.truth.update({"repeat_event_id": e2, "repeat_channel": sc})
        if i in fixed:
            ft = f.at(5, 10, 38) + mins(rng, 0, 9)
            fix_local = local(f.at(5, 9, 5), c.market)
            credit = whole(amount_text(5.0, c.market, lang))
            f.add(
                c,
                ft,
                "email",
                "message",
                subject=W.SPIKE_FIXED_SUBJECT[lang],
                text=fill(
                    W.SPIKE_FIXED[lang][0],
                    first=c.first,
                    time=clock(fix_local, lang),
                    credit=credit,
                    agent=ag,
                ),
                out=True,
                agent=ag,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "bakery app orders' labels unreadable in the shops (rows of #####): click & collect orders cannot be found or handed out, error ETQ/48B",
        "about": "Saturday-morning click & collect and pick-ups at Quignova shops: the app shows 'label not printed – ETQ/48B' and every order label prints as hashes",
        "channel": None,
        "start": iso(spike_start),
        "end": iso(spike_end),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": events,
        "repeat_event_ids": again,
    }
    return f


# --- writing and refusing -------------------------------------------------------

PLANNED = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 6},
}


def write(f: Fam) -> tuple[int, int, int]:
    rows = f.render()
    expected: Counter[str] = Counter()
    for c in f.custs.values():
        expected.update(c.truth["expected_rules"])
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{c.key} expects and tolerates a rule")
        if not any(r.cust.key == c.key and r.direction == "inbound" for r in f.rows):
            raise SystemExit(f"{c.key} has no inbound touchpoint")
    for a in f.accounts.values():
        expected.update(a["expected_rules"])
    if f.spike:
        expected["topic_spike"] += 1
    if dict(expected) != PLANNED[f.name]:
        raise SystemExit(f"{f.name}: expected {dict(expected)} != planned {PLANNED[f.name]}")
    last = max(r.when for r in f.rows)
    for r in f.rows:
        if r.when < f.start or r.when >= LIMIT or r.when.year != 2026:
            raise SystemExit(f"{r.eid} out of range: {r.when}")
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    if end > LIMIT:
        raise SystemExit(f"{f.name}: end {end} too late")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": BUSINESS,
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": WRITTEN,
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {k: f.custs[k].truth for k in sorted(f.custs)},
        "accounts": {k: f.accounts[k] for k in sorted(f.accounts)},
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    with (HERE / f"{f.name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
        encoding="utf-8",
        newline="\n",
    )
    return len(f.custs), len(rows), sum(1 for r in f.rows if r.direction == "outbound")


FAMILIES: list[Callable[[], Fam]] = [
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
    totals = [0, 0, 0]
    for build in FAMILIES:
        f = build()
        counts = write(f)
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        print(
            f"{f.name}: {counts[0]} customers, {counts[1]} touchpoints, {counts[2]} agents' replies"
        )
    print(f"total: {totals[0]} customers, {totals[1]} touchpoints, {totals[2]} agents' replies")


if __name__ == "__main__":
    main()
