# ruff: noqa: E501
"""Write tests/scenarios/heldout113/: eight hand-written alert families (report only, blind).

Standalone and deterministic: standard library only; two runs give the same bytes.
Run as ``python make_heldout113.py`` from anywhere.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261114
WRITTEN = "2026-12-05"
BUSINESS = "Trinciva: paper shredding and drive destruction collected at home by app and web, Trinciva Home plan; Trinciva Business consoles on account"
SET_END = datetime(2026, 11, 15, tzinfo=UTC)
COMPETITORS = ("Shredlux", "Papierwolf")
AGENTS = (
    "Giada",
    "Tom",
    "Lorenzo",
    "Aoife",
    "Greta",
    "Benoît",
    "Nerea",
    "Duarte",
    "Marisa",
    "Owen",
)
LANG_WEIGHTS = (("it", 30), ("en", 30), ("de", 10), ("fr", 10), ("es", 10), ("pt", 10))
SOURCES = {
    "email": "trinciva-mail",
    "phone": "trinciva-voice",
    "social": "trinciva-social",
    "community": "trinciva-forum",
    "chat": "trinciva-chat",
    "web": "trinciva-web",
    "survey": "trinciva-survey",
}
#: Country code, mobile prefixes and the national number's length after the code.
PHONES: dict[str, tuple[str, tuple[str, ...], int]] = {
    "IT": ("39", ("320", "328", "333", "339", "347", "349", "366", "380"), 10),
    "CH": ("41", ("76", "77", "78", "79"), 9),
    "UK": ("44", ("7700", "7712", "7824", "7931", "7456"), 10),
    "IE": ("353", ("83", "85", "86", "87", "89"), 9),
    "DE": ("49", ("151", "160", "170", "176", "157"), 11),
    "AT": ("43", ("650", "660", "664", "676", "699"), 10),
    "FR": ("33", ("6", "7"), 9),
    "BE": ("32", ("470", "475", "478", "486", "499"), 9),
    "LU": ("352", ("621", "661", "691"), 9),
    "ES": ("34", ("6", "7"), 9),
    "PT": ("351", ("91", "92", "93", "96"), 9),
}
DOMAINS = {
    "it": ("posta.example", "libero-mail.example", "casella.example"),
    "en": ("mailbox.example", "inbox.example", "post.example"),
    "de": ("postfach.example", "netzmail.example"),
    "fr": ("courriel.example", "boite.example"),
    "es": ("correo.example", "buzon.example"),
    "pt": ("correio.example", "caixa.example"),
}
LANG_NAME = {
    "it": "Italian",
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
}
CONSUMER_RULES_ALL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)

_USED: set[str] = set()


def ascii_fold(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def slug(text: str) -> str:
    return "".join(
        ch for ch in ascii_fold(text).lower().replace("ß", "ss").replace("ñ", "n") if ch.isalnum()
    )


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


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
    persona: str
    habit: str
    expected: list[str]
    tolerated: list[str]
    job: str
    town: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Row:
    seq: int
    event_id: str
    when: datetime
    cust: str
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attributes: dict[str, str]
    customer: dict[str, str | None] = field(default_factory=dict)


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name = name
        self.code = code
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.start = start
        self.days = days
        self.about = about
        self.rows: list[Row] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.expected: dict[str, int] = {}

    # --- time -------------------------------------------------------------
    def at(self, day: int, hour: int, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def day_time(self, day: int, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        return self.start + timedelta(days=day, minutes=minutes)

    def unnight(self, dt: datetime) -> datetime:
        if dt.hour >= 22:
            base = datetime(dt.year, dt.month, dt.day, 8, tzinfo=UTC) + timedelta(days=1)
            return base + timedelta(minutes=self.rng.randint(0, 59))
        if dt.hour < 7:
            base = datetime(dt.year, dt.month, dt.day, 8, tzinfo=UTC)
            return base + timedelta(minutes=self.rng.randint(0, 59))
        return dt

    def office(self, dt: datetime) -> datetime:
        """Weekdays 08-17 UTC; otherwise the next working morning."""
        while dt.weekday() >= 5 or dt.hour >= 17 or dt.hour < 8:
            if dt.weekday() < 5 and dt.hour < 8:
                dt = datetime(dt.year, dt.month, dt.day, 8, tzinfo=UTC) + timedelta(
                    minutes=self.rng.randint(0, 50)
                )
            else:
                dt = datetime(dt.year, dt.month, dt.day, 8, tzinfo=UTC) + timedelta(
                    days=1, minutes=self.rng.randint(0, 50)
                )
        return dt

    # --- people -----------------------------------------------------------
    def lang(self) -> str:
        return self.rng.choices([lg for lg, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]

    def market(self, lang: str) -> str:
        choice: str = self.rng.choices(
            [m for m, _ in W.MARKETS[lang]], [w for _, w in W.MARKETS[lang]]
        )[0]
        return choice

    def unique(self, make: Callable[[], str]) -> str:
        while True:
            value = make()
            if value.lower() not in _USED:
                _USED.add(value.lower())
                return value

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
        first: str | None = None,
    ) -> Cust:
        rng = self.rng
        market = market or self.market(lang)
        first = first or rng.choice(W.FIRST[lang])
        last = rng.choice(W.LAST[lang])
        key = self.unique(lambda: f"TV{self.code}{rng.randint(1000, 9999)}")
        f, la = slug(first), slug(last)
        if domain:
            email = self.unique(
                lambda: (
                    f"{f}.{la}@{domain}"
                    if rng.random() < 0.7
                    else f"{f[0]}{la}{rng.randint(1, 9)}@{domain}"
                )
            )
            handle = None
        else:
            pattern = rng.randint(0, 3)
            email = self.unique(
                lambda: (
                    [
                        f"{f}.{la}",
                        f"{f}{la}{rng.randint(1, 99)}",
                        f"{f[0]}.{la}",
                        f"{la}.{f}{rng.randint(1, 9)}",
                    ][pattern]
                    + "@"
                    + rng.choice(DOMAINS[lang])
                )
            )
            handle = self.unique(
                lambda: (
                    "@"
                    + rng.choice(
                        [
                            f"{la}_{f}{rng.randint(1, 9)}",
                            f"{f}{la}{rng.randint(10, 99)}",
                            f"{la}{f[0]}",
                            f"{f}_{la}",
                            f"{f}.{la[:4]}",
                        ]
                    )
                )
            )
        cc, prefixes, length = PHONES[market]

        def make_phone() -> str:
            p = rng.choice(prefixes)
            return "+" + cc + p + "".join(str(rng.randint(0, 9)) for _ in range(length - len(p)))

        phone = self.unique(make_phone)
        c = Cust(
            key=key,
            lang=lang,
            market=market,
            first=first,
            last=last,
            email=email,
            cc=cc,
            phone=phone,
            handle=handle,
            account=account,
            persona=persona,
            habit=habit,
            expected=list(expected or []),
            tolerated=list(tolerated or []),
            job=rng.choice(W.JOBS[lang]),
            town=rng.choice(W.TOWNS[market]),
        )
        self.custs[key] = c
        return c

    def account_id(self, market: str) -> str:
        return self.unique(lambda: f"TVB-{market}-{self.rng.randint(1000, 9999)}")

    def case(self) -> str:
        return self.unique(lambda: f"TRV-{self.rng.randint(100000, 999999)}")

    # --- touchpoints ----------------------------------------------------------
    def roughen(self, text: str, brand_at: bool) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = ascii_fold(text)
        if r.random() < 1 / 8 and text[:1].isupper() and not text.startswith("Trinciva"):
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        if brand_at:
            pos = text.rfind("Trinciva")
            text = text[:pos] + "@" + text[pos:] if pos >= 0 else "@Trinciva " + text
        return text

    def add(
        self,
        c: Cust,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        agent: str | None = None,
    ) -> str:
        seq = len(self.rows) + 1
        eid = f"tv113-{self.code.lower()}-{seq:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text, brand_at=channel == "social" and c.account is None)
        attributes = {"market": c.market}
        if c.account:
            attributes["segment"] = "b2b"
        if out:
            attributes["agent"] = agent or self.rng.choice(AGENTS)
        attributes.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            Row(
                seq,
                eid,
                when,
                c.key,
                channel,
                kind,
                "outbound" if out else "inbound",
                text,
                subject,
                sc,
                attributes,
            )
        )
        return eid

    def reply(
        self, c: Cust, when: datetime, channel: str, text: str, subject: str | None = None
    ) -> str:
        kind = "chat" if channel == "chat" else "message"
        agent = self.rng.choice(AGENTS)
        return self.add(
            c, when, channel, kind, text.replace("{agent}", agent), subject, out=True, agent=agent
        )


def money(c: Cust, eur: float) -> str:
    if c.market == "UK":
        return f"£{round(eur * 0.86)}"
    if c.market == "CH":
        return f"CHF {round(eur * 0.94)}"
    return f"€{eur:.0f}" if c.lang == "en" else f"{eur:.0f} €"


def spoken(c: Cust, eur: float) -> str:
    if c.market == "UK":
        return f"{round(eur * 0.86)} pounds"
    if c.market == "CH":
        word = {"it": "franchi", "de": "Franken", "fr": "francs"}.get(c.lang, "francs")
        return f"{round(eur * 0.94)} {word}"
    word = {"it": "euro", "de": "Euro"}.get(c.lang, "euros")
    return f"{eur:.0f} {word}"


def currency(c: Cust, eur: float) -> tuple[str, str]:
    if c.market == "UK":
        return f"{eur * 0.86:.2f}", "GBP"
    if c.market == "CH":
        return f"{eur * 0.94:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


def pick(fam: Fam, table: dict[str, list[str]], lang: str) -> str:
    return fam.rng.choice(table[lang])


# --- acts ------------------------------------------------------------------------

HAPPY_KINDS = (
    "praise",
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


def happy_act(
    fam: Fam, c: Cust, when: datetime, lang: str | None = None, kinds: tuple[str, ...] = HAPPY_KINDS
) -> str:
    rng = fam.rng
    lg = lang or c.lang
    kind = rng.choice(kinds)
    if kind in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN_PRAISE, "gripe": W.GRIPE_PRAISE}[kind]
        if kind != "gripe" and rng.random() < 0.55:
            return fam.add(c, when, "social", "mention", pick(fam, table, lg))
        return fam.add(c, when, "community", "post", pick(fam, table, lg))
    if kind == "chat_q":
        q, a, thanks = rng.choice(W.QUESTIONS[lg])
        eid = fam.add(c, when, "chat", "chat", q)
        t = when + timedelta(minutes=rng.randint(1, 6))
        fam.reply(c, t, "chat", a)
        if rng.random() < 0.7:
            fam.add(c, t + timedelta(minutes=rng.randint(1, 4)), "chat", "chat", thanks)
        return eid
    if kind == "email_q":
        q, a, thanks = rng.choice(W.QUESTIONS[lg])
        eid = fam.add(c, when, "email", "message", q, subject=q.split(",")[0][:40])
        t = fam.unnight(when + timedelta(minutes=rng.randint(20, 90)))
        fam.reply(c, t, "email", a, subject="Re: " + q.split(",")[0][:40])
        if rng.random() < 0.4:
            fam.add(
                c,
                fam.unnight(t + timedelta(minutes=rng.randint(10, 120))),
                "email",
                "message",
                thanks,
            )
        return eid
    if kind == "phone_q":
        q, follow = rng.choice(W.PHONE_Q[lg])
        eid = fam.add(c, when, "phone", "call", q)
        fam.reply(
            c,
            fam.unnight(when + timedelta(minutes=rng.randint(8, 40))),
            "email",
            follow.replace("{agent}", rng.choice(AGENTS)),
        )
        return eid
    if kind == "purchase":
        product, eur = rng.choice(W.PRODUCTS)
        page = "/book/collection"
        fam.add(c, when, "web", "page_view", attrs={"page": page})
        value, cur = currency(c, eur)
        return fam.add(
            c,
            when + timedelta(minutes=rng.randint(3, 15)),
            "web",
            "purchase",
            attrs={"order_value": value, "currency": cur, "product": product, "page": page},
        )
    if kind == "page":
        return fam.add(c, when, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
    if kind == "review":
        return fam.add(
            c,
            when,
            "web",
            "review",
            pick(fam, W.REVIEW, lg),
            attrs={"rating": "5", "page": "/reviews"},
        )
    return happy_survey(fam, c, when, lg)


def happy_survey(fam: Fam, c: Cust, when: datetime, lang: str) -> str:
    rng = fam.rng
    which = rng.choice(("nps", "csat", "ces"))
    value = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[which]
    words = rng.choice([*W.SURVEY_WORDS[lang], None, None])
    return fam.add(
        c, when, "survey", "survey_response", words, scores={which: value}, attrs={"survey": which}
    )


def distinct_days(fam: Fam, n: int, lo: int, hi: int, avoid: set[int] | None = None) -> list[int]:
    pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
    return sorted(fam.rng.sample(pool, min(n, len(pool))))


def happy_days(
    fam: Fam,
    c: Cust,
    n: int,
    lo: int,
    hi: int,
    h0: float = 7,
    h1: float = 21,
    avoid: set[int] | None = None,
    kinds: tuple[str, ...] = HAPPY_KINDS,
) -> list[str]:
    return [
        happy_act(fam, c, fam.day_time(d, h0, h1), kinds=kinds)
        for d in distinct_days(fam, n, lo, hi, avoid)
    ]


def night_time(fam: Fam, day: int) -> datetime:
    return fam.at(day, 22, 12) + timedelta(minutes=fam.rng.randint(0, 378))


def night_act(fam: Fam, c: Cust, when: datetime) -> str:
    rng = fam.rng
    if rng.random() < 0.5:
        q, a, thanks = rng.choice(W.NIGHT_Q[c.lang])
        eid = fam.add(c, when, "chat", "chat", q)
        t = when + timedelta(minutes=rng.randint(1, 5))
        fam.reply(c, t, "chat", a)
        fam.add(c, t + timedelta(minutes=rng.randint(1, 3)), "chat", "chat", thanks)
        return eid
    channel, kind = rng.choice((("social", "mention"), ("community", "post")))
    return fam.add(c, when, channel, kind, pick(fam, W.NIGHT_POSTS, c.lang))


def first_contact(
    fam: Fam,
    c: Cust,
    when: datetime,
    channel: str,
    problem: str,
    lang: str,
    text: str | None = None,
) -> str:
    """One complaint about ``problem`` on ``channel``; returns its event id."""
    amount = money(c, W.AMOUNT[problem])
    if channel == "phone":
        body = W.CALL[problem][lang].replace("{spoken}", spoken(c, W.AMOUNT[problem]))
        return fam.add(c, when, "phone", "call", body)
    body = text or fam.rng.choice(W.COMPLAINT[problem][lang]).replace("{amount}", amount)
    subject = W.COMPLAINT_SUBJECT[lang].format(topic=W.TOPIC[problem][lang])
    if channel == "email":
        return fam.add(c, when, "email", "message", body, subject)
    if channel == "web":
        return fam.add(c, when, "web", "ticket", body, subject, attrs={"page": "/help/contact"})
    if channel == "chat":
        return fam.add(c, when, "chat", "chat", body)
    if channel == "social":
        return fam.add(c, when, "social", "mention", body)
    return fam.add(c, when, "community", "post", body)


def acknowledge(fam: Fam, c: Cust, when: datetime, channel: str, case: str, lang: str) -> datetime:
    """The agent's answer to a first contact: chat answer, else a 'case opened' e-mail."""
    if channel == "chat":
        t = when + timedelta(minutes=fam.rng.randint(1, 5))
        fam.reply(c, t, "chat", W.CHAT_CASE[lang].format(case=case))
        return t
    t = fam.unnight(when + timedelta(minutes=fam.rng.randint(10, 40)))
    fam.reply(
        c,
        t,
        "email",
        W.CASE_OPENED[lang].replace("{first}", c.first).replace("{case}", case),
        W.CASE_SUBJECT[lang].format(case=case),
    )
    return t


def fixed_case(
    fam: Fam, c: Cust, when: datetime, problem: str, channel: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    rng = fam.rng
    case = fam.case()
    eid = first_contact(fam, c, when, channel, problem, lang)
    acknowledge(fam, c, when, channel, case, lang)
    fixed = fam.unnight(when + timedelta(hours=rng.uniform(3, 20)))
    fam.reply(
        c,
        fixed,
        "email",
        W.GOOD_NEWS[confirm_lang].replace("{first}", c.first).replace("{case}", case),
        W.CASE_SUBJECT[confirm_lang].format(case=case),
    )
    conf = fam.unnight(fixed + timedelta(hours=rng.uniform(8, 30)))
    conf_channel = rng.choice(("email", "chat"))
    text = pick(fam, W.CONFIRM, confirm_lang).format(case=case)
    if conf_channel == "email":
        cid = fam.add(
            c, conf, "email", "message", text, W.CASE_SUBJECT[confirm_lang].format(case=case)
        )
    else:
        cid = fam.add(c, conf, "chat", "chat", text)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(when),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(conf),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": conf_channel,
    }


def later_contact(
    fam: Fam,
    c: Cust,
    when: datetime,
    channel: str,
    n: int,
    case: str,
    problem: str,
    lang: str,
    comp: str,
) -> str:
    topic = W.TOPIC[problem][lang]
    if n == 3:
        text = pick(fam, W.THIRD, lang).format(case=case, comp=comp)
    elif n == 4:
        text = pick(fam, W.FOURTH, lang).format(case=case, topic=topic)
    else:
        text = pick(fam, W.STILL_OPEN, lang).format(case=case, topic=topic)
    if channel == "phone":
        body = W.STILL_OPEN_CALL[lang].format(case=case, topic=topic)
        if n == 3:
            body += {
                "it": f" una collega usa {comp} e lì lo sistemano in giornata",
                "en": f" a colleague uses {comp} and they sort it the same day",
            }.get(lang, f" {comp}")
        return fam.add(c, when, "phone", "call", body)
    if channel == "email":
        return fam.add(c, when, "email", "message", text, W.CASE_SUBJECT[lang].format(case=case))
    if channel == "web":
        return fam.add(
            c,
            when,
            "web",
            "ticket",
            text,
            W.CASE_SUBJECT[lang].format(case=case),
            attrs={"page": "/help/contact"},
        )
    if channel == "chat":
        eid = fam.add(c, when, "chat", "chat", text)
        fam.reply(
            c,
            when + timedelta(minutes=fam.rng.randint(1, 5)),
            "chat",
            W.URGENT[lang].format(case=case),
        )
        return eid
    return fam.add(c, when, "social", "mention", text)


def repeat_run(
    fam: Fam,
    c: Cust,
    start: datetime,
    times: int,
    first_channel: str,
    langs: list[str],
    passed_on: bool,
) -> None:
    rng = fam.rng
    problem = rng.choice(W.PROBLEMS)
    case = fam.case()
    comp = rng.choice(COMPETITORS)
    eids = [first_contact(fam, c, start, first_channel, problem, langs[0])]
    acknowledge(fam, c, start, first_channel, case, langs[0])
    if passed_on:
        t = fam.unnight(start + timedelta(minutes=rng.randint(90, 150)))
        fam.reply(
            c,
            t,
            "email",
            W.QUALITY_LEAD[langs[0]].replace("{first}", c.first).replace("{case}", case),
            W.CASE_SUBJECT[langs[0]].format(case=case),
        )
    others = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != first_channel]
    rng.shuffle(others)
    when = start
    channels = [first_channel]
    for n in range(2, times + 1):
        when = fam.unnight(when + timedelta(hours=rng.uniform(4, 40)))
        ch = others[n - 2]
        channels.append(ch)
        eids.append(
            later_contact(fam, c, when, ch, n, case, problem, langs[(n - 1) % len(langs)], comp)
        )
    c.extra.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "channels": channels,
            "channel": first_channel,
            "agent_passed_on": passed_on,
            "problem_event_ids": eids,
            "competitor": comp if times >= 3 else None,
            "trouble_starts_at": iso(start),
        }
    )


def slide(fam: Fam, c: Cust, start: datetime, span_days: float, langs: list[str]) -> list[str]:
    rng = fam.rng
    comp = rng.choice(COMPETITORS)
    eids: list[str] = []
    prev = start - timedelta(hours=2)
    for i in range(6):
        t = start + timedelta(days=span_days * i / 5, minutes=rng.randint(-40, 40))
        t = fam.unnight(max(t, prev + timedelta(hours=1, minutes=rng.randint(0, 30))))
        lg = langs[i % len(langs)]
        text = W.SLIDE[lg][i].replace("{comp}", comp)
        where = rng.choice(("social", "community", "review"))
        if where == "review":
            eids.append(
                fam.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": W.SLIDE_RATINGS[i], "page": "/reviews"},
                )
            )
        elif where == "social":
            eids.append(fam.add(c, t, "social", "mention", text))
        else:
            eids.append(fam.add(c, t, "community", "post", text))
        prev = t
    c.extra.update(
        {
            "slide_event_ids": eids,
            "competitor": comp,
            "trouble_starts_at": iso(start_of(fam, eids[0])),
        }
    )
    return eids


def start_of(fam: Fam, eid: str) -> datetime:
    return next(r.when for r in fam.rows if r.event_id == eid)


def low_nps(fam: Fam, c: Cust, when: datetime, lang: str) -> str:
    nps = fam.rng.randint(1, 5)
    eid = fam.add(
        c,
        when,
        "survey",
        "survey_response",
        fam.rng.choice(W.LOW_NPS_WORDS[lang]) or None,
        scores={"nps": nps},
        attrs={"survey": "nps"},
    )
    c.extra.update({"nps_given": True, "nps": nps, "survey_event_id": eid})
    return eid


# --- families --------------------------------------------------------------------


def happy_writers() -> Fam:
    fam = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 23, tzinfo=UTC),
        10,
        "households who are happy: daytime writers, night writers, survey answerers",
    )
    for _ in range(16):
        c = fam.person(fam.lang(), "happy", "day writer")
        happy_days(fam, c, fam.rng.randint(5, 8), 0, 9, 7, 19)
    for _ in range(5):
        c = fam.person(fam.lang(), "happy", "night writer")
        for d in distinct_days(fam, fam.rng.randint(2, 4), 0, 8):
            night_act(fam, c, night_time(fam, d))
        for d in distinct_days(fam, fam.rng.randint(2, 3), 0, 9):
            happy_act(
                fam, c, fam.day_time(d, 9, 18), kinds=("praise", "purchase", "page", "review")
            )
    for _ in range(5):
        c = fam.person(fam.lang(), "happy", "answers surveys")
        for d in distinct_days(fam, fam.rng.randint(3, 6), 0, 9):
            happy_survey(fam, c, fam.day_time(d, 8, 20), c.lang)
    return fam


def one_bad_day() -> Fam:
    fam = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy households with one angry message on one day",
    )
    rng = fam.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    people: list[tuple[Cust, str, str]] = []
    long_langs = ["it", "it", "en", "en"]
    for ch, problem in zip(channels, problems, strict=True):
        lang = long_langs.pop() if ch == "long" else fam.lang()
        c = fam.person(lang, "happy_one_bad_day", "one bad day", tolerated=["silence"])
        people.append((c, ch, problem))
    with_case = [i for i, (_, ch, _) in enumerate(people) if ch != "social"]
    rng.shuffle(with_case)
    nps_idx, csat_idx = set(with_case[:6]), set(with_case[6:11])
    good = with_case[:]
    rng.shuffle(good)
    good_idx = set(good[:12])
    apology_idx = set(good[:5])
    for i, (c, ch, problem) in enumerate(people):
        bad_day = rng.randint(2, 9)
        when = fam.day_time(bad_day, 8, 20)
        channel = "email" if ch == "long" else ch
        text = None
        if ch == "long":
            inner = rng.choice(W.COMPLAINT[problem][c.lang]).replace(
                "{amount}", money(c, W.AMOUNT[problem])
            )
            text = (
                rng.choice(W.LONG_EMAIL[c.lang])
                .replace("{complaint}", inner)
                .replace("{name}", c.first)
            )
        eid = first_contact(fam, c, when, channel, problem, c.lang, text)
        case = None
        if channel != "social":
            case = fam.case()
            acknowledge(fam, c, when, channel, case, c.lang)
        c.extra.update(
            {
                "problem": problem,
                "channel": channel,
                "booking": case,
                "bad_day_at": iso(when),
                "bad_day_event_id": eid,
                "long_email": ch == "long",
                "trouble_starts_at": iso(when),
                "agent_fixed": False,
                "apologised": False,
                "nps_given": False,
                "csat_given": False,
            }
        )
        if i in nps_idx:
            c.persona = "bad_day_detractor"
            c.expected = ["detractor"]
            low_nps(fam, c, when + timedelta(minutes=rng.randint(100, 140)), c.lang)
        elif i in csat_idx:
            csat = rng.randint(1, 2)
            sid = fam.add(
                c,
                when + timedelta(minutes=rng.randint(40, 80)),
                "survey",
                "survey_response",
                rng.choice(W.LOW_CSAT_WORDS[c.lang]) or None,
                scores={"csat": csat},
                attrs={"survey": "csat"},
            )
            c.extra.update({"csat_given": True, "csat": csat, "survey_event_id": sid})
        if i in good_idx and case:
            t = fam.unnight(when + timedelta(hours=rng.uniform(1, 4)))
            fam.reply(
                c,
                t,
                "email",
                W.GOOD_NEWS[c.lang].replace("{first}", c.first).replace("{case}", case),
                W.CASE_SUBJECT[c.lang].format(case=case),
            )
            c.extra["agent_fixed"] = True
            if i in apology_idx:
                at = fam.unnight(when + timedelta(hours=rng.uniform(16, 24)))
                text_a = pick(fam, W.APOLOGY, c.lang)
                aid = (
                    fam.add(c, at, "chat", "chat", text_a)
                    if rng.random() < 0.5
                    else fam.add(
                        c, at, "email", "message", text_a, W.CASE_SUBJECT[c.lang].format(case=case)
                    )
                )
                c.extra.update({"apologised": True, "apology_at": iso(at), "apology_event_id": aid})
        avoid = {d for d in range(12) if bad_day - 2 < d < bad_day + 3}
        happy_days(fam, c, rng.randint(1, 5), 0, 11, 7, 21, avoid, kinds=HAPPY_KINDS[:-1])
    for _ in range(8):
        c = fam.person(fam.lang(), "happy", "control")
        happy_days(fam, c, rng.randint(4, 7), 0, 11, 7, 21)
    return fam


def repeat_contacts() -> Fam:
    fam = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "repeat contacts about one open problem, fixed problems, two problems, frequent writers",
    )
    rng = fam.rng
    times = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(times)
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    passed = [True] * 6 + [False] * 6
    rng.shuffle(passed)
    for n, first, p in zip(times, firsts, passed, strict=True):
        c = fam.person(
            fam.lang(), "repeat_contact", "repeats", ["repeat_contact"], list(CONSUMER_RULES_ALL)
        )
        for _ in range(rng.randint(1, 3)):
            happy_act(
                fam, c, fam.day_time(0, 7, 12), kinds=("praise", "purchase", "page", "chat_q")
            )
        repeat_run(fam, c, fam.day_time(rng.randint(1, 4), 8, 19), n, first, [c.lang], p)
    for _ in range(5):
        c = fam.person(fam.lang(), "resolved_between_contacts", "fixed", tolerated=["silence"])
        happy_act(fam, c, fam.day_time(0, 8, 18), kinds=("praise", "purchase", "page"))
        case = fixed_case(
            fam,
            c,
            fam.day_time(rng.randint(1, 5), 8, 19),
            rng.choice(W.PROBLEMS),
            rng.choice(("web", "email", "chat")),
            c.lang,
            c.lang,
        )
        c.extra.update(
            {
                "problems": [case],
                "booking": case["booking"],
                "problem": case["problem"],
                "trouble_starts_at": case["raised_at"],
                "agent_fixed": True,
            }
        )
    for _ in range(3):
        c = fam.person(fam.lang(), "different_problems", "two problems", tolerated=["silence"])
        p1, p2 = rng.sample(W.PROBLEMS, 2)
        d1 = rng.randint(0, 2)
        a = fixed_case(
            fam,
            c,
            fam.day_time(d1, 8, 18),
            p1,
            rng.choice(("web", "email", "chat")),
            c.lang,
            c.lang,
        )
        b = fixed_case(
            fam,
            c,
            fam.day_time(d1 + rng.randint(4, 5), 8, 18),
            p2,
            rng.choice(("web", "email", "chat")),
            c.lang,
            c.lang,
        )
        c.extra.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = fam.person(fam.lang(), "happy", "frequent writer")
        happy_days(
            fam,
            c,
            rng.randint(5, 8),
            0,
            9,
            7,
            20,
            kinds=("chat_q", "chat_q", "email_q", "email_q", "phone_q", "praise", "purchase"),
        )
    return fam


def slow_churners() -> Fam:
    fam = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "happy households who slide, leavers, steady, steadily grumpy, one sarcastic remark",
    )
    rng = fam.rng
    spans = [3.0] + [5.0] * 5 + [9.0] * 4
    rng.shuffle(spans)
    nps_givers = set(rng.sample(range(10), 5))
    for i, span in enumerate(spans):
        c = fam.person(
            fam.lang(),
            "slow_churner",
            "slides",
            ["sentiment_drop"],
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        plan = [("praise", "again")] * rng.randint(4, 5) + [
            ("purchase", "page", "chat_q", "review")
        ] * rng.randint(2, 4)
        rng.shuffle(plan)
        for kinds, d in zip(plan, distinct_days(fam, len(plan), 0, 10), strict=True):
            happy_act(fam, c, fam.day_time(d, 7, 21), kinds=kinds)
        eids = slide(fam, c, fam.day_time(rng.randint(12, 16), 8, 20), span, [c.lang])
        c.extra["slide_days"] = span
        if i in nps_givers:
            c.expected.append("detractor")
            low_nps(
                fam,
                c,
                fam.unnight(start_of(fam, eids[3]) + timedelta(minutes=rng.randint(150, 210))),
                c.lang,
            )
    for _ in range(5):
        c = fam.person(
            fam.lang(),
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        happy_days(
            fam,
            c,
            rng.randint(4, 6),
            0,
            15,
            7,
            21,
            kinds=("praise", "purchase", "page", "chat_q", "review"),
        )
        t = fam.day_time(rng.randint(17, 23), 8, 20)
        rid = fam.add(
            c, t, "email", "message", pick(fam, W.LEAVE_REQ, c.lang), W.LEAVE_SUBJECT[c.lang]
        )
        a = fam.unnight(t + timedelta(hours=rng.uniform(1, 5)))
        fam.reply(
            c,
            a,
            "email",
            W.LEAVE_ANSWER[c.lang].replace("{first}", c.first),
            "Re: " + W.LEAVE_SUBJECT[c.lang],
        )
        ct = fam.unnight(t + timedelta(hours=rng.uniform(20, 30)))
        cid = fam.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/plan", "product": "Trinciva Home plan"},
        )
        c.extra.update(
            {
                "churn_intent_event_id": rid,
                "cancellation_event_id": cid,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = fam.person(fam.lang(), "happy", "steady")
        happy_days(fam, c, rng.randint(6, 10), 0, 31, 7, 21)
    for _ in range(5):
        c = fam.person(
            fam.lang(), "steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"]
        )
        d = rng.randint(0, 4)
        gids: list[str] = []
        lines = W.GRUMPY[c.lang][:]
        rng.shuffle(lines)
        for k in range(rng.randint(5, 7)):
            text = lines[k % len(lines)]
            t = fam.day_time(d, 8, 21)
            where = rng.choice(("social", "community", "web", "review"))
            if where == "social":
                gids.append(fam.add(c, t, "social", "mention", text))
            elif where == "community":
                gids.append(fam.add(c, t, "community", "post", text))
            elif where == "web":
                gids.append(fam.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                gids.append(
                    fam.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            happy_act(fam, c, fam.day_time(rng.randint(0, 30), 9, 19), kinds=("purchase",))
        c.extra.update(
            {"grumble_event_ids": gids, "trouble_starts_at": iso(start_of(fam, gids[0]))}
        )
    for _ in range(5):
        c = fam.person(fam.lang(), "happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        sd = rng.randint(17, 28)
        happy_days(fam, c, rng.randint(4, 7), 0, 31, 7, 21, avoid={sd})
        sid = fam.add(
            c,
            fam.day_time(sd, 9, 21),
            rng.choice(("social", "community")),
            "post",
            pick(fam, W.SARCASM, c.lang),
        )
        row = fam.rows[-1]
        if row.channel == "social":
            row.kind = "mention"
        c.extra["sarcasm_event_id"] = sid
    return fam


def quiet_hours() -> Fam:
    fam = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm weekend: day writers, mild grumbles, night owls in bursts (no spike)",
    )
    rng = fam.rng
    for _ in range(16):
        c = fam.person(fam.lang(), "happy", "day writer")
        for d in distinct_days(fam, rng.randint(1, 3), 0, 2):
            happy_act(fam, c, fam.day_time(d, 7, 17.5))
    for k in range(4):
        c = fam.person(fam.lang(), "grumbles_once", "grumbles once", tolerated=["silence"])
        t = fam.day_time(rng.randint(0, 2), 8, 17)
        happy_act(fam, c, t, kinds=("purchase", "page"))
        g = t + timedelta(minutes=rng.randint(20, 30))
        q, a = rng.choice(W.MILD[c.lang])
        if k < 2:
            gid = fam.add(c, g, "chat", "chat", q)
            fam.reply(c, g + timedelta(minutes=rng.randint(1, 5)), "chat", a)
        else:
            gid = fam.add(c, g, "web", "ticket", q, attrs={"page": "/help/contact"})
            fam.reply(c, g + timedelta(minutes=rng.randint(15, 50)), "email", a)
        c.extra.update({"grumble_event_id": gid, "trouble_starts_at": iso(g)})
    day_actors = set(rng.sample(range(36), 18))
    owl = 0
    for night in range(1, 4):
        first = fam.at(night, 0, 40) + timedelta(minutes=rng.randint(0, 25))
        starts = [
            first,
            first + timedelta(minutes=rng.randint(28, 33)),
            first + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts, 1):
            for _ in range(4):
                c = fam.person(fam.lang(), "night_owl", f"night {night}, burst {b}")
                eid = night_act(fam, c, bs + timedelta(minutes=rng.randint(0, 9)))
                c.extra.update({"burst_at": iso(bs), "night_event_id": eid})
                owl += 1
                if owl in day_actors:
                    happy_act(
                        fam,
                        c,
                        fam.day_time(rng.randint(0, 2), 9, 17.5),
                        kinds=("praise", "purchase", "page", "review"),
                    )
    return fam


BILINGUAL_PAIRS = [
    ("it", "en"),
    ("it", "en"),
    ("it", "en"),
    ("it", "en"),
    ("en", "it"),
    ("en", "it"),
    ("en", "it"),
    ("en", "it"),
    ("it", "de"),
    ("de", "it"),
    ("it", "fr"),
    ("fr", "it"),
    ("en", "es"),
    ("es", "en"),
    ("en", "pt"),
    ("pt", "en"),
    ("de", "en"),
    ("en", "de"),
    ("fr", "en"),
    ("en", "fr"),
    ("it", "es"),
    ("es", "it"),
    ("pt", "it"),
    ("it", "pt"),
    ("fr", "de"),
    ("de", "fr"),
    ("es", "pt"),
]
WHY_SECOND = (
    "works for a {l2}-speaking employer",
    "partner's family speaks {l2}",
    "studied in a {l2}-speaking country",
    "clears a relative's house abroad in {l2}",
)


def bilingual() -> Fam:
    fam = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    rng = fam.rng
    pairs = BILINGUAL_PAIRS[:]
    rng.shuffle(pairs)
    # the long e-mail needs its second language to be Italian or English
    long_i = next(i for i, p in enumerate(pairs) if p[1] in ("it", "en"))
    pairs.insert(0, pairs.pop(long_i))
    roles = (
        ["bad_long", "bad_email", "bad_chat"]
        + ["happy"] * 12
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["fixed"] * 2
    )

    def mk(
        pair: tuple[str, str],
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
    ) -> Cust:
        market = fam.market(pair[0] if rng.random() < 0.6 else pair[1])
        c = fam.person(pair[0], persona, habit, expected, tolerated, market=market)
        c.extra.update(
            {
                "languages": list(pair),
                "job_second_language": rng.choice(WHY_SECOND).format(l2=LANG_NAME[pair[1]]),
            }
        )
        return c

    repeat_times = [2, 2, 3, 3, 4]
    rng.shuffle(repeat_times)
    for pair, role in zip(pairs, roles, strict=True):
        langs = [pair[0], pair[1]]
        if role == "happy":
            c = mk(pair, "happy", "alternates languages")
            for k, d in enumerate(distinct_days(fam, rng.randint(5, 8), 0, 13)):
                happy_act(fam, c, fam.day_time(d, 7, 21), lang=langs[k % 2])
        elif role == "repeat":
            c = mk(pair, "repeat_contact", "repeats", ["repeat_contact"], list(CONSUMER_RULES_ALL))
            for k in range(rng.randint(1, 3)):
                happy_act(
                    fam,
                    c,
                    fam.day_time(rng.randint(0, 1), 8, 20),
                    lang=langs[k % 2],
                    kinds=("praise", "purchase", "page"),
                )
            n = repeat_times.pop()
            repeat_run(
                fam,
                c,
                fam.day_time(rng.randint(2, 5), 8, 19),
                n,
                rng.choice(("web", "email", "chat")),
                langs,
                n >= 3,
            )
        elif role == "slide":
            c = mk(
                pair,
                "slow_churner",
                "slides",
                ["sentiment_drop"],
                [
                    "repeat_contact",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
            )
            days = distinct_days(fam, 5, 0, 5)
            for k, d in enumerate(days):
                happy_act(
                    fam, c, fam.day_time(d, 7, 21), lang=langs[k % 2], kinds=("praise", "again")
                )
            for k in range(rng.randint(1, 3)):
                happy_act(
                    fam,
                    c,
                    fam.day_time(rng.randint(0, 6), 7, 21),
                    lang=langs[(k + 1) % 2],
                    kinds=("purchase", "page", "chat_q"),
                )
            span = float(rng.randint(3, 5))
            slide(fam, c, fam.day_time(rng.randint(7, 8), 8, 20), span, langs)
            c.extra["slide_days"] = span
        elif role == "fixed":
            c = mk(pair, "resolved_between_contacts", "fixed", tolerated=["silence"])
            happy_act(fam, c, fam.day_time(0, 8, 18), kinds=("praise", "purchase"))
            case = fixed_case(
                fam,
                c,
                fam.day_time(rng.randint(2, 8), 8, 18),
                rng.choice(W.PROBLEMS),
                "web",
                pair[0],
                pair[1],
            )
            c.extra.update(
                {
                    "problems": [case],
                    "booking": case["booking"],
                    "problem": case["problem"],
                    "trouble_starts_at": case["raised_at"],
                    "confirm_language": pair[1],
                    "agent_fixed": True,
                }
            )
        else:
            c = mk(pair, "happy_one_bad_day", "one bad day", tolerated=["silence"])
            l2 = pair[1]
            bad = rng.randint(4, 9)
            for k, d in enumerate(
                distinct_days(fam, rng.randint(3, 5), 0, 13, {bad - 1, bad, bad + 1, bad + 2})
            ):
                happy_act(
                    fam,
                    c,
                    fam.day_time(d, 8, 20),
                    lang=langs[k % 2],
                    kinds=("praise", "purchase", "page", "chat_q", "review"),
                )
            when = fam.day_time(bad, 9, 19)
            problem = rng.choice(W.PROBLEMS)
            channel = "chat" if role == "bad_chat" else "email"
            text = None
            if role == "bad_long":
                inner = rng.choice(W.COMPLAINT[problem][l2]).replace(
                    "{amount}", money(c, W.AMOUNT[problem])
                )
                text = (
                    rng.choice(W.LONG_EMAIL[l2])
                    .replace("{complaint}", inner)
                    .replace("{name}", c.first)
                )
            eid = first_contact(fam, c, when, channel, problem, l2, text)
            case_ref = fam.case()
            acknowledge(fam, c, when, channel, case_ref, l2)
            c.extra.update(
                {
                    "problem": problem,
                    "channel": channel,
                    "booking": case_ref,
                    "bad_day_at": iso(when),
                    "bad_day_event_id": eid,
                    "bad_day_language": l2,
                    "long_email": role == "bad_long",
                    "trouble_starts_at": iso(when),
                    "agent_fixed": channel == "email",
                    "apologised": False,
                }
            )
            if channel == "email":
                t = fam.unnight(when + timedelta(hours=rng.uniform(1, 4)))
                fam.reply(
                    c,
                    t,
                    "email",
                    W.GOOD_NEWS[l2].replace("{first}", c.first).replace("{case}", case_ref),
                    W.CASE_SUBJECT[l2].format(case=case_ref),
                )
            if role == "bad_email":
                at = fam.unnight(when + timedelta(hours=rng.uniform(18, 24)))
                aid = fam.add(c, at, "chat", "chat", pick(fam, W.APOLOGY, l2))
                c.extra.update({"apologised": True, "apology_at": iso(at), "apology_event_id": aid})
    return fam


ACCOUNT_PLAN: list[tuple[str, int, int, str | None]] = [
    ("at_risk", 5, 3, "portal"),
    ("at_risk", 4, 3, "invoice"),
    ("at_risk", 6, 3, "service_blocked"),
    ("at_risk", 5, 4, "invoice"),
    ("at_risk", 6, 4, "overbilled"),
    ("one_unhappy", 3, 1, None),
    ("one_unhappy", 3, 1, None),
    ("one_unhappy", 3, 1, None),
    ("one_unhappy", 3, 1, None),
    ("mild", 3, 0, None),
    ("mild", 4, 0, None),
    ("mild", 3, 0, None),
    ("happy", 4, 0, None),
    ("happy", 4, 0, None),
    ("happy", 3, 0, None),
]
ACCOUNT_MARKETS = [
    "IT",
    "UK",
    "IT",
    "DE",
    "IT",
    "UK",
    "CH",
    "ES",
    "IT",
    "IE",
    "FR",
    "UK",
    "PT",
    "IT",
    "DE",
]
MARKET_LANG = {
    "IT": "it",
    "CH": "it",
    "UK": "en",
    "IE": "en",
    "DE": "de",
    "AT": "de",
    "FR": "fr",
    "BE": "fr",
    "LU": "fr",
    "ES": "es",
    "PT": "pt",
}
SITES = ("law", "clinic", "accounting")
LANG_INDEX = {"it": 0, "en": 1, "de": 2, "fr": 3, "es": 4, "pt": 5}


def b2b_routine(fam: Fam, c: Cust, when: datetime, surveys: bool) -> str:
    rng = fam.rng
    kinds = ["chat", "chat", "purchase", "page", "post"] + (["survey"] if surveys else [])
    kind = rng.choice(kinds if surveys else [*kinds[:3], "page"])
    if kind == "chat":
        q, a, thanks = rng.choice(B.B2B_Q[c.lang])
        eid = fam.add(c, when, "chat", "chat", q)
        t = when + timedelta(minutes=rng.randint(1, 6))
        fam.reply(c, t, "chat", a)
        if rng.random() < 0.6:
            fam.add(c, t + timedelta(minutes=rng.randint(1, 4)), "chat", "chat", thanks)
        return eid
    if kind == "purchase":
        product, eur = rng.choice(B.B2B_PRODUCTS)
        fam.add(c, when, "web", "page_view", attrs={"page": "/business/portal"})
        value, cur = currency(c, eur)
        return fam.add(
            c,
            when + timedelta(minutes=rng.randint(3, 12)),
            "web",
            "purchase",
            attrs={
                "order_value": value,
                "currency": cur,
                "product": product,
                "page": "/business/portal",
            },
        )
    if kind == "page":
        return fam.add(c, when, "web", "page_view", attrs={"page": rng.choice(B.B2B_PAGES)})
    if kind == "post":
        return fam.add(c, when, "community", "post", B.B2B_PRAISE[c.lang])
    return happy_survey(fam, c, when, c.lang)


def b2b_accounts() -> Fam:
    fam = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Trinciva Business accounts: at risk, one unhappy contact, mild suggestions, happy",
    )
    rng = fam.rng
    for (kind, n_contacts, n_unhappy, problem), market in zip(
        ACCOUNT_PLAN, ACCOUNT_MARKETS, strict=True
    ):
        lang = MARKET_LANG[market]
        site = SITES[len(fam.accounts) % 3]
        surname = rng.choice(W.LAST[lang])
        company = f"{B.COMPANY_WORDS[site][LANG_INDEX[lang]]} {surname}"
        account = fam.account_id(market)
        domain = f"{slug(surname)}-{site}.example"
        firsts = rng.sample(W.FIRST[lang], n_contacts)
        contacts: list[Cust] = []
        for f in firsts:
            c = fam.person(
                lang, "b2b_happy", "contact", market=market, account=account, domain=domain, first=f
            )
            title = rng.choice(B.JOB_TITLES)
            c.job = title
            c.extra.update({"company": company, "role": "contact", "job_title": title})
            contacts.append(c)
        unhappy = contacts[:n_unhappy]
        acc: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n_contacts,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": n_unhappy,
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        fam.accounts[account] = acc
        busy = {c.key for c in (contacts[:2] if kind == "mild" else unhappy)}
        for c in contacts:
            if c.key in busy:
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(fam, c, fam.day_time(rng.randint(0, 1), 8, 16.5), surveys=False)
            else:
                for d in distinct_days(fam, rng.randint(2, 5), 0, 11):
                    if (fam.start + timedelta(days=d)).weekday() < 5:
                        b2b_routine(fam, c, fam.day_time(d, 8, 16.5), surveys=True)
                if not any(r.cust == c.key for r in fam.rows):
                    b2b_routine(fam, c, fam.day_time(3, 8, 16.5), surveys=True)
        if kind == "at_risk" and problem:
            case = fam.case()
            when = fam.day_time(2, 8.5, 15)
            acc["trouble_starts_at"] = iso(when)
            first_c = unhappy[0]
            first_when = when
            for k, c in enumerate(unhappy):
                c.persona, c.habit = "b2b_unhappy", "complainer"
                c.extra["role"] = "complainer"
                c.tolerated = [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                ]
                topic = B.B2B_TOPIC[problem][lang]
                if k == 0:
                    text = B.B2B_COMPLAINT[problem][lang]
                    subject = B.B2B_SUBJECT[lang].format(account=account, topic=topic)
                else:
                    when = fam.office(when + timedelta(hours=rng.uniform(8, 28)))
                    same_day = when.date() == first_when.date()
                    said = (
                        B.THIS_MORNING[lang] if same_day else B.WEEKDAY[lang][first_when.weekday()]
                    )
                    text = B.B2B_FOLLOW[lang].format(
                        case=case, first_name=first_c.first, when=said, topic=topic
                    )
                    subject = W.CASE_SUBJECT[lang].format(case=case)
                eid = fam.add(c, when, "email", "message", text, subject)
                c.extra.update(
                    {
                        "complaint_event_ids": [eid],
                        "problem": problem,
                        "booking": case,
                        "trouble_starts_at": iso(when),
                    }
                )
                if k == 0:
                    ack = fam.office(when + timedelta(minutes=rng.randint(15, 60)))
                    fam.reply(
                        c,
                        ack,
                        "email",
                        B.B2B_ACK[lang]
                        .replace("{first}", c.first)
                        .replace("{case}", case)
                        .replace("{account}", account),
                        W.CASE_SUBJECT[lang].format(case=case),
                    )
                if k < len(unhappy) - 1:
                    c.expected = ["detractor"]
                    low_nps(fam, c, when + timedelta(minutes=rng.randint(60, 180)), lang)
                else:
                    c.expected = ["repeat_contact"]
                    again = fam.office(when + timedelta(hours=rng.uniform(18, 40)))
                    if len([a for a in fam.accounts.values() if a["kind"] == "at_risk"]) == 1:
                        comp = rng.choice(COMPETITORS)
                        rid = fam.add(
                            c,
                            again,
                            "email",
                            "message",
                            B.B2B_LAST_EMAIL[lang].format(case=case, comp=comp),
                            W.CASE_SUBJECT[lang].format(case=case),
                        )
                        c.extra["competitor"] = comp
                    else:
                        rid = fam.add(
                            c, again, "phone", "call", B.B2B_LAST_CALL[lang].format(case=case)
                        )
                    c.extra["complaint_event_ids"].append(rid)
        elif kind == "one_unhappy":
            c = unhappy[0]
            c.persona, c.habit = "b2b_one_unhappy", "complainer"
            c.extra["role"] = "complainer"
            c.expected = ["detractor"]
            c.tolerated = ["sentiment_drop", "high_value_at_risk", "silence"]
            p = rng.choice(B.PROBLEMS_B2B)
            when = fam.office(fam.day_time(rng.randint(3, 7), 8.5, 16))
            eid = fam.add(
                c,
                when,
                "email",
                "message",
                B.B2B_COMPLAINT[p][lang],
                B.B2B_SUBJECT[lang].format(account=account, topic=B.B2B_TOPIC[p][lang]),
            )
            case = fam.case()
            fam.reply(
                c,
                fam.office(when + timedelta(minutes=rng.randint(15, 60))),
                "email",
                B.B2B_ACK[lang]
                .replace("{first}", c.first)
                .replace("{case}", case)
                .replace("{account}", account),
                W.CASE_SUBJECT[lang].format(case=case),
            )
            low_nps(fam, c, when + timedelta(minutes=rng.randint(60, 180)), lang)
            c.extra.update(
                {
                    "complaint_event_ids": [eid],
                    "problem": p,
                    "booking": case,
                    "trouble_starts_at": iso(when),
                }
            )
        elif kind == "mild":
            for k, c in enumerate(contacts[:2]):
                c.persona, c.habit = "b2b_mild", "suggests"
                c.extra["role"] = "suggests"
                c.tolerated = ["silence"]
                when = fam.office(fam.day_time(rng.randint(2, 9), 8, 15.5))
                mid = fam.add(
                    c,
                    when,
                    "web",
                    "ticket",
                    B.B2B_MILD[lang][k],
                    attrs={"page": "/business/portal"},
                )
                fam.reply(
                    c,
                    fam.office(when + timedelta(minutes=rng.randint(30, 120))),
                    "email",
                    B.B2B_MILD_ACK[lang].replace("{first}", c.first),
                )
                c.extra.update({"mild_event_id": mid, "trouble_starts_at": iso(when)})
    return fam


SPIKE_LANGS = ["it"] * 6 + ["en"] * 6 + ["de", "de", "fr", "fr", "es", "es", "pt", "pt"]
SPIKE_CHANNELS = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2


def topic_spike() -> Fam:
    fam = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 9, tzinfo=UTC),
        6,
        "a calm week and one Saturday-morning incident: handover signatures refused, error HS27",
    )
    rng = fam.rng
    for _ in range(40):
        c = fam.person(fam.lang(), "happy", "day writer")
        for d in distinct_days(fam, rng.randint(1, 4), 0, 5):
            if d == 5:
                happy_act(
                    fam,
                    c,
                    fam.day_time(d, 12, 19),
                    kinds=(
                        "praise",
                        "praise",
                        "again",
                        "gripe",
                        "chat_q",
                        "purchase",
                        "page",
                        "review",
                        "survey",
                    ),
                )
            else:
                happy_act(fam, c, fam.day_time(d, 7, 21))
    for lang in ("it", "en"):
        c = fam.person(lang, "grumbles_once", "grumbles once", tolerated=["silence"])
        t = fam.day_time(0, 9, 18)
        q, a = W.MILD[lang][0]
        gid = fam.add(c, t, "chat", "chat", q)
        fam.reply(c, t + timedelta(minutes=rng.randint(1, 5)), "chat", a)
        c.extra.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hh, mm in (("it", 9, 40), ("en", 16, 5)):
        c = fam.person(lang, "grumbles_once", "lone question", tolerated=["silence"])
        t = fam.at(4, hh, mm)
        q, a = W.LONE_Q[lang]
        lid = fam.add(c, t, "chat", "chat", q)
        fam.reply(c, t + timedelta(minutes=rng.randint(2, 6)), "chat", a)
        c.extra.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = SPIKE_LANGS[:]
    chans = SPIKE_CHANNELS[:]
    rng.shuffle(chans)
    offsets = sorted([0, 45] + [rng.randint(1, 44) for _ in range(18)])
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    rng.shuffle(langs)
    spike_start = fam.at(5, 8, 5)
    reporters: list[tuple[Cust, str, str, datetime]] = []
    for lang, ch, off, reg in zip(langs, chans, offsets, regular, strict=True):
        c = fam.person(lang, "spike_reporter", "regular" if reg else "new", tolerated=["silence"])
        if reg:
            for _ in range(rng.randint(1, 3)):
                happy_act(
                    fam,
                    c,
                    fam.day_time(2, 8, 17.5),
                    kinds=("praise", "purchase", "page", "email_q", "chat_q"),
                )
        t = spike_start + timedelta(minutes=off)
        text = pick(fam, W.SPIKE_REPORT, lang)
        if ch == "email":
            eid = fam.add(c, t, "email", "message", text, W.SPIKE_SUBJECT[lang])
        elif ch == "web":
            eid = fam.add(
                c, t, "web", "ticket", text, W.SPIKE_SUBJECT[lang], attrs={"page": "/help/contact"}
            )
        elif ch == "chat":
            eid = fam.add(c, t, "chat", "chat", text)
            fam.reply(
                c, t + timedelta(minutes=rng.randint(1, 4)), "chat", W.SPIKE_CHAT_ANSWER[lang]
            )
        elif ch == "social":
            eid = fam.add(c, t, "social", "mention", text)
        else:
            eid = fam.add(c, t, "community", "post", text)
        c.extra.update(
            {
                "in_spike": True,
                "regular": reg,
                "spike_event_id": eid,
                "spike_channel": ch,
                "repeat_event_id": None,
                "agent_fixed": False,
                "trouble_starts_at": iso(t),
            }
        )
        reporters.append((c, ch, eid, t))
    early = [i for i, r in enumerate(reporters) if r[3] <= spike_start + timedelta(minutes=25)]
    rng.shuffle(early)
    repeat_chans = ["email", "email", "chat", "chat", "community", "community"]
    chosen: list[int] = []
    for rc in repeat_chans:
        i = next(i for i in early if i not in chosen and reporters[i][1] != rc)
        chosen.append(i)
        c, _, _, t = reporters[i]
        c.persona = "spike_repeater"
        c.expected = ["repeat_contact"]
        c.tolerated = ["silence", "sentiment_drop"]
        rt = t + timedelta(minutes=rng.randint(15, 50))
        text = pick(fam, W.SPIKE_REPEAT, c.lang)
        if rc == "email":
            rid = fam.add(c, rt, "email", "message", text, "Re: " + W.SPIKE_SUBJECT[c.lang])
        elif rc == "chat":
            rid = fam.add(c, rt, "chat", "chat", text)
            fam.reply(
                c, rt + timedelta(minutes=rng.randint(1, 4)), "chat", W.SPIKE_CHAT_ANSWER[c.lang]
            )
        else:
            rid = fam.add(c, rt, "community", "post", text)
        c.extra["repeat_event_id"] = rid
    rest = [i for i in range(20) if i not in chosen]
    rng.shuffle(rest)
    for i in rest[:6]:
        c = reporters[i][0]
        local = "10:40" if c.market in ("UK", "IE", "PT") else "11:40"
        credit = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "€10" if c.lang == "en" else "10 €")
        fam.reply(
            c,
            fam.at(5, 11, rng.randint(8, 17)),
            "email",
            W.SPIKE_FIXED[c.lang]
            .replace("{first}", c.first)
            .replace("{local}", local)
            .replace("{credit}", credit),
            W.SPIKE_SUBJECT[c.lang],
        )
        c.extra["agent_fixed"] = True
    fam.spike = {
        "topic": "shredding-collection app refuses the customer's handover signature at the door: drivers cannot take the boxes, Saturday collections lost, error HS27",
        "about": "20 households report within 45 minutes on Saturday 14 November 2026 that the app's handover signature fails with HS27 and the driver leaves without the boxes",
        "channel": None,
        "start": iso(spike_start),
        "end": iso(spike_start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[2] for r in reporters],
        "repeat_event_ids": [reporters[i][0].extra["repeat_event_id"] for i in chosen],
    }
    return fam


# --- output ------------------------------------------------------------------------


def all_ids(c: Cust) -> dict[str, str | None]:
    return {
        "customer_id": c.key,
        "email": c.email,
        "phone": c.phone,
        "handle": c.handle,
        "account_id": c.account,
    }


def channel_ids(fam: Fam, c: Cust, channel: str) -> dict[str, str | None]:
    r = fam.rough
    ids: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if channel == "phone":
        ids["phone"] = "+" + c.cc + " " + c.phone[1 + len(c.cc) :] if r.random() < 0.5 else c.phone
    elif channel in ("social", "community"):
        if c.handle:
            ids["handle"] = c.handle if r.random() < 0.8 else c.handle.lstrip("@")
        else:
            ids["email"] = c.email
    elif channel == "email":
        ids["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
    else:
        ids["customer_id"] = c.key
    return ids


def finish(fam: Fam) -> tuple[str, str]:
    fam.rows.sort(key=lambda r: (r.when, r.seq))
    seen: set[str] = set()
    for row in fam.rows:
        c = fam.custs[row.cust]
        if row.direction == "outbound" or (row.cust not in seen):
            row.customer = all_ids(c)
        else:
            row.customer = channel_ids(fam, c, row.channel)
        if row.direction == "inbound":
            seen.add(row.cust)
    lines = []
    for row in fam.rows:
        if not (datetime(2026, 1, 1, tzinfo=UTC) <= row.when < SET_END) or row.when < fam.start:
            raise SystemExit(f"{fam.name}: {row.event_id} out of range {row.when}")
        rec: dict[str, Any] = {
            "event_id": row.event_id,
            "occurred_at": iso(row.when),
            "channel": row.channel,
            "kind": row.kind,
            "direction": row.direction,
            "customer": row.customer,
            "text": row.text,
            "subject": row.subject,
            "scores": row.scores,
            "source": SOURCES[row.channel],
            "attributes": row.attributes,
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    customers: dict[str, Any] = {}
    counts: dict[str, int] = {}
    for c in fam.custs.values():
        if set(c.expected) & set(c.tolerated):
            raise SystemExit(f"{fam.name}: {c.key} expects and tolerates a rule")
        if not any(r.cust == c.key and r.direction == "inbound" for r in fam.rows):
            raise SystemExit(f"{fam.name}: {c.key} has no inbound touchpoint")
        for rule in c.expected:
            counts[rule] = counts.get(rule, 0) + 1
        customers[c.key] = {
            "identifiers": {
                "customer_id": c.key,
                "email": c.email.lower(),
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            },
            "expected_rules": sorted(c.expected),
            "tolerated_rules": sorted(c.tolerated),
            "persona": c.persona,
            "habit": c.habit,
            "language": c.lang,
            "country": c.market,
            "segment": "b2b" if c.account else "consumer",
            "name": f"{c.first} {c.last}",
            "job": c.job,
            "town": c.town,
            **c.extra,
        }
    for acc in fam.accounts.values():
        for rule in acc["expected_rules"]:
            counts[rule] = counts.get(rule, 0) + 1
    if fam.spike:
        counts["topic_spike"] = 1
    if counts != fam.expected:
        raise SystemExit(f"{fam.name}: expected {fam.expected}, planted {counts}")
    end = max(fam.start + timedelta(days=fam.days), fam.rows[-1].when + timedelta(hours=1))
    if end > SET_END:
        raise SystemExit(f"{fam.name}: end {end} after {SET_END}")
    truth = {
        "config": {
            "family": fam.name,
            "about": fam.about,
            "business": BUSINESS,
            "days": fam.days,
            "seed": SEED,
            "written": WRITTEN,
            "expected": dict(sorted(counts.items())),
        },
        "start": iso(fam.start),
        "end": iso(end),
        "customers": customers,
        "accounts": fam.accounts,
        "spike": fam.spike,
        "journey": {},
        "expectations": {},
    }
    return "\n".join(lines) + "\n", json.dumps(
        truth, ensure_ascii=False, indent=1, sort_keys=True
    ) + "\n"


FAMILIES: list[tuple[Callable[[], Fam], dict[str, int]]] = [
    (happy_writers, {}),
    (one_bad_day, {"detractor": 6}),
    (repeat_contacts, {"repeat_contact": 12}),
    (slow_churners, {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}),
    (quiet_hours, {}),
    (bilingual, {"repeat_contact": 5, "sentiment_drop": 5}),
    (b2b_accounts, {"account_risk": 5, "detractor": 16, "repeat_contact": 5}),
    (topic_spike, {"topic_spike": 1, "repeat_contact": 6}),
]


def main() -> None:
    for build, expected in FAMILIES:
        fam = build()
        fam.expected = expected
        jsonl, truth = finish(fam)
        (HERE / f"{fam.name}.jsonl").write_text(jsonl, "utf-8")
        (HERE / f"{fam.name}.truth.json").write_text(truth, "utf-8")
        print(f"{fam.name}: {len(fam.custs)} customers, {len(fam.rows)} touchpoints")


if __name__ == "__main__":
    main()
