# ruff: noqa: E501
"""Build heldout49's eight hand-written families (report only, never tune on them).

Standard library only and deterministic: ``python make_heldout49.py`` from anywhere writes
``<family>.jsonl`` and ``<family>.truth.json`` next to this file, the same bytes every run.
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

SEED = 20261104
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
FIRST_DAY = datetime(2026, 1, 1, tzinfo=UTC)

LANG_WEIGHTS = {"fr": 30, "it": 30, "de": 10, "es": 10, "pt": 10, "en": 10}
MARKETS = {
    "fr": [("FR", 8), ("BE", 2), ("CH", 1), ("LU", 1)],
    "it": [("IT", 9), ("CH", 2)],
    "de": [("DE", 5), ("AT", 2), ("CH", 1)],
    "es": [("ES", 1)],
    "pt": [("PT", 1)],
    "en": [("UK", 2), ("IE", 1)],
}
CURRENCY = {"UK": "GBP", "CH": "CHF"}
RATE = {"EUR": 1.0, "GBP": 0.86, "CHF": 0.94}
PHONE = {
    "FR": ("+33", ["6", "7"], 9),
    "BE": ("+32", ["47", "48", "49"], 9),
    "LU": ("+352", ["621", "661", "691"], 9),
    "CH": ("+41", ["76", "78", "79"], 9),
    "IT": ("+39", ["320", "333", "347", "366", "392"], 10),
    "DE": ("+49", ["151", "160", "171", "176"], 11),
    "AT": ("+43", ["650", "664", "676"], 10),
    "ES": ("+34", ["6", "7"], 9),
    "PT": ("+351", ["91", "93", "96"], 9),
    "UK": ("+44", ["7"], 10),
    "IE": ("+353", ["83", "85", "86", "87"], 9),
}
MAIL_DOMAINS = {
    "fr": ["courriel.example", "boitemail.example", "lapost.example"],
    "it": ["posta.example", "libera-mail.example", "tiscalo.example"],
    "de": ["webpost.example", "gmx-mail.example"],
    "es": ["correo.example", "telemail.example"],
    "pt": ["correio.example", "sapomail.example"],
    "en": ["mailbox.example", "inbox.example"],
}
SOURCES = {
    "email": "lagovia-mail",
    "phone": "lagovia-voice",
    "social": "lagovia-social",
    "community": "lagovia-forum",
    "chat": "lagovia-chat",
    "web": "lagovia-web",
    "survey": "lagovia-survey",
}
LANG_NAMES = {
    "fr": "French",
    "it": "Italian",
    "de": "German",
    "es": "Spanish",
    "pt": "Portuguese",
    "en": "English",
}
SPOKEN = {
    "EUR": {"fr": "euros", "it": "euro", "de": "Euro", "es": "euros", "pt": "euros", "en": "euros"},
    "GBP": {
        "fr": "livres",
        "it": "sterline",
        "de": "Pfund",
        "es": "libras",
        "pt": "libras",
        "en": "pounds",
    },
    "CHF": {
        "fr": "francs",
        "it": "franchi",
        "de": "Franken",
        "es": "francos",
        "pt": "francos",
        "en": "francs",
    },
}

USED: dict[str, set[str]] = {
    k: set() for k in ("id", "email", "phone", "handle", "name", "case", "account")
}


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_name(text: str) -> str:
    out = unicodedata.normalize("NFD", text.lower())
    out = "".join(ch for ch in out if not unicodedata.combining(ch))
    return "".join(ch for ch in out if ch.isalnum())


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        dec = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in dec if not unicodedata.combining(c)) or ch)
    return "".join(out)


def roughen(rng: random.Random, text: str) -> str:
    if rng.random() < 0.10:
        text = strip_accents(text)
    if rng.random() < 0.125 and text[:1].isupper() and text[1:2].islower():
        text = text[0].lower() + text[1:]
    if rng.random() < 1 / 7:
        words = text.split(" ")
        spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if spots:
            i = rng.choice(spots)
            w = words[i]
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def pick_weighted(rng: random.Random, pairs: list[tuple[str, int]]) -> str:
    total = sum(w for _, w in pairs)
    r = rng.uniform(0, total)
    for name, w in pairs:
        r -= w
        if r <= 0:
            return name
    return pairs[-1][0]


def out_of_night(rng: random.Random, t: datetime, start: int = 7, end: int = 22) -> datetime:
    """Moves a time in end:00-start:00 to the next morning, start+1:00-start+2:00."""
    if t.hour >= end:
        base = (t + timedelta(days=1)).replace(hour=start + 1, minute=0, second=0)
        return base + timedelta(minutes=rng.randrange(0, 60))
    if t.hour < start:
        return t.replace(hour=start + 1, minute=rng.randrange(0, 60), second=0)
    return t


def office(rng: random.Random, t: datetime) -> datetime:
    """Moves a time to weekday office hours (08-17 UTC): to the next working morning, 08:00-10:30."""
    while True:
        if t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0) + timedelta(
                minutes=rng.randrange(0, 150)
            )
            continue
        if t.hour < 8:
            t = t.replace(hour=8, minute=0, second=0) + timedelta(minutes=rng.randrange(0, 150))
        if t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0) + timedelta(
                minutes=rng.randrange(0, 150)
            )
            continue
        return t


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
    park: str
    truth: dict[str, Any]
    langs: list[str] = field(default_factory=list)

    @property
    def currency(self) -> str:
        return CURRENCY.get(self.market, "EUR")

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Row:
    eid: str
    t: datetime
    channel: str
    kind: str
    direction: str
    cust: Cust
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]
    order: int


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
        self.said: dict[str, set[str]] = {}

    def pick(self, c: Cust, options: list[str]) -> str:
        """A template this customer has not written yet, when there is one."""
        said = self.said.setdefault(c.key, set())
        fresh = [o for o in options if o not in said] or options
        choice = self.rng.choice(fresh)
        said.add(choice)
        return choice

    # -- people -------------------------------------------------------------------------------

    def lang(self) -> str:
        return pick_weighted(self.rng, list(LANG_WEIGHTS.items()))

    def market(self, lang: str) -> str:
        return pick_weighted(self.rng, MARKETS[lang])

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        domain: str | None = None,
        company_firsts: set[str] | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        market = market or self.market(lang)
        while True:
            first = rng.choice(W.FIRST[lang])
            last = rng.choice(W.LAST[lang])
            if f"{first} {last}" in USED["name"]:
                continue
            if company_firsts is not None and first in company_firsts:
                continue
            break
        USED["name"].add(f"{first} {last}")
        if company_firsts is not None:
            company_firsts.add(first)
        while True:
            key = f"LG{self.code}{rng.randrange(1000, 10000)}"
            if key not in USED["id"]:
                break
        USED["id"].add(key)
        f, la = ascii_name(first), ascii_name(last)
        while True:
            if domain:
                email = rng.choice(
                    [f"{f}.{la}@{domain}", f"{f[0]}{la}@{domain}", f"{f}{la[0]}@{domain}"]
                )
            else:
                local = rng.choice(
                    [
                        f"{f}.{la}",
                        f"{f}{la}{rng.randrange(1, 99)}",
                        f"{f[0]}.{la}",
                        f"{la}.{f}{rng.randrange(70, 99)}",
                        f"{f}_{la[:4]}",
                    ]
                )
                email = f"{local}@{rng.choice(MAIL_DOMAINS[lang])}"
            if email not in USED["email"]:
                break
        USED["email"].add(email)
        prefix, mobiles, length = PHONE[market]
        while True:
            mob = rng.choice(mobiles)
            digits = mob + "".join(str(rng.randrange(10)) for _ in range(length - len(mob)))
            phone = prefix + digits
            if phone not in USED["phone"]:
                break
        USED["phone"].add(phone)
        handle = None
        if account is None:
            while True:
                handle = "@" + rng.choice(
                    [
                        f"{la}_{f}{rng.randrange(1, 9)}",
                        f"{f}{la}{rng.randrange(10, 99)}",
                        f"{f}{la[0]}",
                        f"{f}_{la}",
                        f"{f[:3]}{la}",
                    ]
                )
                if handle not in USED["handle"]:
                    break
            USED["handle"].add(handle)
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
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
            "town": rng.choice(W.TOWNS[market]),
        }
        truth.update(extra)
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
            rng.choice(W.PARKS[lang]),
            truth,
            [lang],
        )
        self.custs[key] = c
        return c

    def case(self) -> str:
        while True:
            ref = f"LG-{self.rng.randrange(100000, 1000000)}"
            if ref not in USED["case"]:
                USED["case"].add(ref)
                return ref

    # -- text ---------------------------------------------------------------------------------

    def money(self, c: Cust, eur: float, spoken: bool = False, lang: str | None = None) -> str:
        lang = lang or c.lang
        cur = c.currency
        n = round(eur * RATE[cur])
        if spoken:
            return f"{n} {SPOKEN[cur][lang]}"
        if cur == "GBP":
            return f"£{n}" if lang == "en" else f"{n} £"
        if cur == "CHF":
            return f"CHF {n}" if lang == "en" else f"{n} CHF"
        return f"€{n}" if lang == "en" else f"{n} €"

    def fill(self, text: str, c: Cust, **kw: str) -> str:
        values = {
            "park": c.park,
            "name": c.name,
            "agent": kw.pop("agent", ""),
        }
        values.update(kw)
        return text.format(**values)

    def agent(self, lang: str) -> str:
        return self.rng.choice(W.AGENTS[lang])

    # -- rows ---------------------------------------------------------------------------------

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        if not (self.start <= t < LIMIT) or t < FIRST_DAY:
            raise ValueError(f"{self.name}: time out of range {t}")
        eid = f"lg49-{self.code.lower()}-{len(self.rows) + 1:05d}"
        if (
            text is not None
            and channel == "social"
            and not out
            and c.account is None
            and "@Lagovia" not in text
        ):
            at = text.rfind("Lagovia")
            text = text[:at] + "@" + text[at:] if at >= 0 else "@Lagovia " + text
        if text is not None and not out and rough and channel not in ("phone", "survey"):
            text = roughen(self.rough, text)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        sc = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            Row(
                eid,
                t,
                channel,
                kind,
                "outbound" if out else "inbound",
                c,
                text,
                subject,
                sc,
                a,
                len(self.rows),
            )
        )
        return eid

    def reply_chat(
        self, c: Cust, t: datetime, text: str, lang: str | None = None
    ) -> tuple[datetime, str]:
        lang = lang or c.lang
        ag = self.agent(lang)
        t2 = t + timedelta(minutes=self.rng.randint(1, 6), seconds=self.rng.randrange(60))
        eid = self.add(
            c, t2, "chat", "chat", self.fill(text, c, agent=ag), out=True, attrs={"agent": ag}
        )
        return t2, eid

    def reply_mail(
        self, c: Cust, t: datetime, pair: tuple[str, str], lang: str | None = None, **kw: str
    ) -> tuple[datetime, str]:
        lang = lang or c.lang
        ag = self.agent(lang)
        subj = self.fill(pair[0], c, agent=ag, **kw)
        body = self.fill(pair[1], c, agent=ag, **kw)
        eid = self.add(c, t, "email", "message", body, subject=subj, out=True, attrs={"agent": ag})
        return t, eid

    # -- happy acts ---------------------------------------------------------------------------

    def social_or_forum(self, c: Cust, t: datetime, text: str) -> str:
        if self.rng.random() < 0.5:
            return self.add(c, t, "social", "mention", text)
        return self.add(c, t, "community", "post", text)

    def purchase(self, c: Cust, t: datetime, b2b: bool = False) -> list[str]:
        label, price, page = self.rng.choice(B.B_PRODUCTS if b2b else W.PRODUCTS)
        e1 = self.add(c, t, "web", "page_view", attrs={"page": page})
        t2 = t + timedelta(minutes=self.rng.randint(3, 15), seconds=self.rng.randrange(60))
        cur = c.currency
        value = f"{price * RATE[cur]:.2f}"
        e2 = self.add(
            c,
            t2,
            "web",
            "purchase",
            attrs={"order_value": value, "currency": cur, "product": label, "page": page},
        )
        return [e1, e2]

    def happy_act(
        self, c: Cust, t: datetime, kinds: list[str] | None = None, lang: str | None = None
    ) -> list[str]:
        rng = self.rng
        lang = lang or c.lang
        kinds = kinds or [
            "praise",
            "praise",
            "again",
            "gripe",
            "chat",
            "email",
            "call",
            "purchase",
            "purchase",
            "view",
            "review",
            "survey",
        ]
        kind = rng.choice(kinds)
        if kind == "praise":
            return [self.social_or_forum(c, t, self.fill(self.pick(c, W.PRAISE[lang]), c))]
        if kind == "again":
            return [self.social_or_forum(c, t, self.fill(self.pick(c, W.PRAISE_AGAIN[lang]), c))]
        if kind == "gripe":
            text = self.fill(self.pick(c, W.PRAISE_GRIPE[lang]), c)
            if rng.random() < 0.5:
                return [
                    self.add(
                        c, t, "web", "review", text, attrs={"rating": "4", "page": "/parks/reviews"}
                    )
                ]
            return [self.add(c, t, "community", "post", text)]
        if kind == "chat":
            ids = [self.add(c, t, "chat", "chat", self.fill(self.pick(c, W.CHAT_Q[lang]), c))]
            t2, e = self.reply_chat(c, t, W.CHAT_A[lang], lang)
            ids.append(e)
            if rng.random() < 0.6:
                ids.append(
                    self.add(
                        c,
                        t2 + timedelta(minutes=rng.randint(1, 4)),
                        "chat",
                        "chat",
                        rng.choice(W.THANKS[lang]),
                    )
                )
            return ids
        if kind == "email":
            subj, body = rng.choice(W.EMAIL_Q[lang])
            body = self.fill(body, c) + "\n" + c.first
            ids = [self.add(c, t, "email", "message", body, subject=subj)]
            t2 = out_of_night(rng, t + timedelta(minutes=rng.randint(60, 240)))
            ids.append(self.reply_mail(c, t2, W.EMAIL_A[lang], lang, subject=subj)[1])
            return ids
        if kind == "call":
            ids = [self.add(c, t, "phone", "call", self.fill(self.pick(c, W.CALL_Q[lang]), c))]
            t2 = out_of_night(rng, t + timedelta(minutes=rng.randint(20, 60)))
            ids.append(self.reply_mail(c, t2, W.CALL_FOLLOW[lang], lang)[1])
            return ids
        if kind == "purchase":
            return self.purchase(c, t)
        if kind == "view":
            return [self.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})]
        if kind == "review":
            return [
                self.add(
                    c,
                    t,
                    "web",
                    "review",
                    self.fill(self.pick(c, W.REVIEW[lang]), c),
                    attrs={"rating": rng.choice(["5", "5", "4"]), "page": "/parks/reviews"},
                )
            ]
        return [self.happy_survey(c, t, lang)]

    def happy_survey(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        rng = self.rng
        lang = lang or c.lang
        which = rng.choice(["nps", "csat", "ces"])
        value = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}[
            which
        ]
        words = rng.choice((B.B_SURVEY if c.account else W.SURVEY_HAPPY)[lang]) or None
        return self.add(
            c, t, "survey", "survey_response", words, scores={which: value}, attrs={"survey": which}
        )

    def day_time(self, day: int, h0: float = 7, h1: float = 19) -> datetime:
        minutes = self.rng.randrange(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=day, minutes=minutes, seconds=self.rng.randrange(60))

    def happy_days(
        self,
        c: Cust,
        n: int,
        days: list[int],
        h0: float = 7,
        h1: float = 19,
        kinds: list[str] | None = None,
    ) -> list[str]:
        ids: list[str] = []
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            ids += self.happy_act(c, self.day_time(d, h0, h1), kinds)
        return ids

    # -- problems -----------------------------------------------------------------------------

    def complaint_text(self, c: Cust, problem: str, form: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        amt = self.money(c, W.PROBLEM_AMOUNT[problem], spoken=form == "call", lang=lang)
        if form == "call":
            return self.fill(W.CALL_COMPLAINT[lang][problem], c, amt=amt)
        if form == "social":
            return self.fill(W.SOCIAL_COMPLAINT[lang][problem], c, amt=amt)
        short = self.fill(self.rng.choice(W.SHORT[lang][problem]), c, amt=amt)
        if form == "long":
            return self.fill(self.rng.choice(W.LONG_EMAIL[lang]), c, complaint=short)
        return short

    def raise_problem(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        long: bool = False,
    ) -> str:
        lang = lang or c.lang
        noun = W.PNOUN[lang][problem]
        subj = W.SUBJECT_COMPLAINT[lang].format(noun=noun)
        if channel == "email":
            return self.add(
                c,
                t,
                "email",
                "message",
                self.complaint_text(c, problem, "long" if long else "short", lang),
                subject=subj,
            )
        if channel == "web":
            return self.add(
                c,
                t,
                "web",
                "ticket",
                self.complaint_text(c, problem, "short", lang),
                subject=subj,
                attrs={"page": "/help/contact"},
            )
        if channel == "chat":
            return self.add(c, t, "chat", "chat", self.complaint_text(c, problem, "short", lang))
        if channel == "phone":
            return self.add(c, t, "phone", "call", self.complaint_text(c, problem, "call", lang))
        return self.add(c, t, "social", "mention", self.complaint_text(c, problem, "social", lang))

    def acknowledge(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        case: str,
        lang: str | None = None,
        quality: bool = False,
    ) -> list[str]:
        """A chat answer with the case (chat), or a case-opened e-mail 10-40 minutes later."""
        rng = self.rng
        lang = lang or c.lang
        ids = []
        if channel == "chat":
            ids.append(
                self.reply_chat(
                    c, t, self.fill(W.CASE_CHAT_A[lang], c, case=case, agent="{agent}"), lang
                )[1]
            )
            if not quality:
                return ids
        if quality:
            t2 = out_of_night(rng, t + timedelta(minutes=rng.randint(90, 150)))
            ids.append(self.reply_mail(c, t2, W.QUALITY_LEAD[lang], lang, case=case)[1])
        else:
            t2 = out_of_night(rng, t + timedelta(minutes=rng.randint(10, 40)))
            ids.append(self.reply_mail(c, t2, W.CASE_OPENED[lang], lang, case=case)[1])
        return ids

    def fixed_case(
        self, c: Cust, t: datetime, problem: str, channel: str, lang: str, confirm_lang: str
    ) -> dict[str, Any]:
        rng = self.rng
        case = self.case()
        e1 = self.raise_problem(c, t, problem, channel, lang)
        self.acknowledge(c, t, channel, case, lang)
        t_good = out_of_night(rng, t + timedelta(minutes=rng.randint(180, 1200)))
        self.reply_mail(c, t_good, W.GOOD_NEWS[lang], lang, case=case)
        t_conf = out_of_night(rng, t_good + timedelta(minutes=rng.randint(480, 1800)))
        conf_ch = rng.choice(["email", "chat"])
        text = self.fill(self.pick(c, W.CONFIRM[confirm_lang]), c, case=case)
        if conf_ch == "email":
            e2 = self.add(
                c,
                t_conf,
                "email",
                "message",
                text,
                subject="Re: " + W.GOOD_NEWS[confirm_lang][0].format(case=case),
            )
        else:
            e2 = self.add(c, t_conf, "chat", "chat", text)
        return {
            "problem": problem,
            "booking": case,
            "raised_at": iso(t),
            "fixed_at": iso(t_good),
            "confirmed_at": iso(t_conf),
            "problem_event_ids": [e1],
            "confirm_event_id": e2,
            "channel": channel,
            "confirm_channel": conf_ch,
        }

    # -- output -------------------------------------------------------------------------------

    def finish(self, expected_counts: dict[str, int]) -> None:
        rows = sorted(self.rows, key=lambda r: (r.t, r.order))
        seen: set[str] = set()
        lines = []
        r2 = self.rough
        for r in rows:
            c = r.cust
            ids: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            full = r.direction == "outbound" or c.key not in seen
            if r.direction == "inbound":
                seen.add(c.key)
            phone = c.phone
            if r2.random() < 0.5:
                cc = PHONE[c.market][0]
                phone = cc + " " + c.phone[len(cc) :]
            if full:
                ids.update(customer_id=c.key, email=c.email, phone=phone, handle=c.handle)
            elif r.channel == "phone":
                ids["phone"] = phone
            elif r.channel in ("social", "community"):
                if c.handle:
                    ids["handle"] = c.handle if r2.random() >= 0.2 else c.handle.lstrip("@")
                else:
                    ids["email"] = c.email
            elif r.channel == "email":
                ids["email"] = c.email.upper() if r2.random() < 1 / 12 else c.email
            else:
                ids["customer_id"] = c.key
            rec = {
                "event_id": r.eid,
                "occurred_at": iso(r.t),
                "channel": r.channel,
                "kind": r.kind,
                "direction": r.direction,
                "customer": ids,
                "text": r.text,
                "subject": r.subject,
                "scores": r.scores,
                "source": SOURCES[r.channel],
                "attributes": r.attrs,
            }
            lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
        for c in self.custs.values():
            if c.key not in seen:
                raise ValueError(f"{self.name}: {c.key} has no inbound touchpoint")
            both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            if both:
                raise ValueError(f"{self.name}: {c.key} expects and tolerates {both}")
        counts: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = counts.get("topic_spike", 0) + 1
        if counts != expected_counts:
            raise ValueError(f"{self.name}: expected {counts}, planted {expected_counts}")
        end = max(self.start + timedelta(days=self.days), rows[-1].t + timedelta(hours=1))
        if end >= LIMIT:
            raise ValueError(f"{self.name}: end {end} too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Lagovia holiday parks (lodges, mobile homes, cottages) with a groups arm, Lagovia Groups",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-02, blind, by a helper session",
                "expected": dict(sorted(counts.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: self.custs[k].truth for k in sorted(self.custs)},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def day0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# --- families ---------------------------------------------------------------------------------


def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        day0(2026, 3, 3),
        10,
        "happy day writers, night writers and survey answerers",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for night in sorted(rng.sample(range(9), rng.randint(2, 4))):
            t = f.start + timedelta(
                days=night, hours=22, minutes=12 + rng.randrange(0, 378), seconds=rng.randrange(60)
            )
            if rng.random() < 0.5:
                f.social_or_forum(c, t, f.fill(f.pick(c, W.NIGHT_POST[c.lang]), c))
            else:
                f.add(c, t, "chat", "chat", f.pick(c, W.NIGHT_CHAT_Q[c.lang]))
                t2, _ = f.reply_chat(c, t, W.NIGHT_CHAT_A[c.lang])
                f.add(
                    c,
                    t2 + timedelta(minutes=rng.randint(1, 3)),
                    "chat",
                    "chat",
                    rng.choice(W.THANKS[c.lang]),
                )
        f.happy_days(
            c, rng.randint(2, 3), list(range(10)), 9, 18, ["praise", "purchase", "view", "review"]
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(rng.sample(range(10), rng.randint(3, 6))):
            f.happy_survey(c, f.day_time(d, 8, 20))
    f.finish({})


def one_bad_day() -> None:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        day0(2026, 4, 20),
        12,
        "happy customers with one angry message on one day, and controls",
    )
    rng = f.rng
    forms = ("long", "email", "chat", "social", "web", "phone")
    slots = [(p, forms[(i + k) % 6]) for i, p in enumerate(W.PROBLEMS) for k in range(4)]
    rng.shuffle(slots)
    long_langs = ["fr", "fr", "it", "it"]
    with_case: list[tuple[Cust, datetime, str, str]] = []
    for problem, channel in slots:
        lang = long_langs.pop() if channel == "long" else f.lang()
        c = f.person(
            "happy_one_bad_day", "one bad day", lang=lang, tolerated=("silence",), problem=problem
        )
        bad = rng.randint(2, 9)
        days = [d for d in range(12) if d <= bad - 2 or d >= bad + 3]
        f.happy_days(
            c,
            rng.randint(1, 5),
            days,
            kinds=["praise", "again", "gripe", "chat", "email", "purchase", "view", "review"],
        )
        t = f.day_time(bad, 8, 20)
        ch = "email" if channel == "long" else channel
        eid = f.raise_problem(c, t, problem, ch, long=channel == "long")
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            channel=ch,
            long_email=channel == "long",
            problem_event_ids=[eid],
            booking=None,
        )
        c.truth.update(agent_fixed=False, apologised=False, nps_given=False, csat_given=False)
        if ch != "social":
            case = f.case()
            c.truth["booking"] = case
            f.acknowledge(c, t, ch, case)
            with_case.append((c, t, ch, case))
    rng.shuffle(with_case)
    for i, (c, t, _ch, _case) in enumerate(with_case):
        if i < 6:
            ts = t + timedelta(minutes=rng.randint(100, 140))
            nps = rng.randint(1, 5)
            words = rng.choice(W.LOW_NPS_WORDS[c.lang]) or None
            e = f.add(
                c,
                ts,
                "survey",
                "survey_response",
                words,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                persona="bad_day_detractor",
                expected_rules=["detractor"],
                nps_given=True,
                nps=nps,
                survey_event_id=e,
            )
        elif i < 11:
            ts = t + timedelta(minutes=rng.randint(40, 80))
            csat = rng.randint(1, 2)
            words = rng.choice(W.LOW_CSAT_WORDS[c.lang]) or None
            e = f.add(
                c,
                ts,
                "survey",
                "survey_response",
                words,
                scores={"csat": csat},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, csat=csat, survey_event_id=e)
    good = rng.sample(with_case, 12)
    for j, (c, t, _ch, case) in enumerate(good):
        tg = out_of_night(rng, t + timedelta(minutes=rng.randint(60, 240)))
        f.reply_mail(c, tg, W.GOOD_NEWS[c.lang], case=case)
        c.truth["agent_fixed"] = True
        if j < 5:
            ta = out_of_night(rng, t + timedelta(minutes=rng.randint(16 * 60, 24 * 60)))
            if ta <= tg:
                ta = tg + timedelta(hours=2)
            text = f.pick(c, W.APOLOGY[c.lang])
            if rng.random() < 0.5:
                e = f.add(c, ta, "chat", "chat", text)
            else:
                e = f.add(
                    c,
                    ta,
                    "email",
                    "message",
                    text,
                    subject="Re: " + W.GOOD_NEWS[c.lang][0].format(case=case),
                )
            c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=e)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, rng.randint(4, 7), list(range(12)))
    f.finish({"detractor": 6})


REPEAT_TOLERATED = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
SLIDE_TOLERATED = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    n: int,
    channel: str,
    case: str,
    problem: str,
    lang: str,
    comp: str,
) -> str:
    if channel == "phone":
        text = f.fill(W.FOLLOW_CALL[lang][min(n, 4) - 2], c, case=case, comp=comp)
        return f.add(c, t, "phone", "call", text)
    table = {2: W.FOLLOW_2, 3: W.FOLLOW_3, 4: W.FOLLOW_4}[n]
    noun = W.PNOUN[lang][problem]
    text = f.fill(f.pick(c, table[lang]), c, case=case, comp=comp, noun=noun[:1].upper() + noun[1:])
    if channel == "email":
        return f.add(
            c, t, "email", "message", text, subject=W.FOLLOW_SUBJECT[lang].format(case=case)
        )
    if channel == "web":
        return f.add(
            c,
            t,
            "web",
            "ticket",
            text,
            subject=W.FOLLOW_SUBJECT[lang].format(case=case),
            attrs={"page": "/help/contact"},
        )
    if channel == "chat":
        e = f.add(c, t, "chat", "chat", text)
        f.reply_chat(c, t, f.fill(W.URGENT_CHAT_A[lang], c, case=case, agent="{agent}"), lang)
        return e
    return f.add(c, t, "social", "mention", "Lagovia " + text)


def repeat_run(
    f: Fam, c: Cust, first_t: datetime, first_ch: str, n: int, langs: list[str], quality: bool
) -> None:
    rng = f.rng
    problem = rng.choice(W.PROBLEMS)
    case = f.case()
    comp = rng.choice(W.COMPETITORS)
    ids = [f.raise_problem(c, first_t, problem, first_ch, langs[0])]
    f.acknowledge(c, first_t, first_ch, case, langs[0], quality=quality)
    used = [first_ch]
    t = first_t
    for k in range(2, n + 1):
        t = out_of_night(rng, t + timedelta(minutes=rng.randint(4 * 60, 40 * 60)), 7, 22)
        ch = rng.choice([x for x in ("email", "chat", "phone", "web", "social") if x not in used])
        used.append(ch)
        ids.append(later_contact(f, c, t, k, ch, case, problem, langs[(k - 1) % len(langs)], comp))
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=n,
        channels=used,
        channel=first_ch,
        problem_event_ids=ids,
        competitor=comp if n >= 3 else None,
        trouble_starts_at=iso(first_t),
        agent_passed_on=quality,
    )


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        day0(2026, 6, 1),
        10,
        "one open problem raised two to four times, fixed problems, two problems, frequent writers",
    )
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    quality = [True] * 6 + [False] * 6
    rng.shuffle(counts)
    rng.shuffle(firsts)
    rng.shuffle(quality)
    for i in range(12):
        c = f.person(
            "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=REPEAT_TOLERATED
        )
        f.happy_days(c, 1, [0], 7, 12, ["praise", "view", "purchase", "chat"])
        if rng.random() < 0.5:
            f.happy_act(c, f.day_time(0, 7, 12), ["view", "praise"])
        repeat_run(
            f, c, f.day_time(rng.randint(1, 4), 8, 19), firsts[i], counts[i], [c.lang], quality[i]
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=("silence",))
        f.happy_days(
            c, rng.randint(1, 3), [0, 6, 7, 8, 9], kinds=["praise", "view", "purchase", "review"]
        )
        t = f.day_time(rng.randint(1, 4), 8, 19)
        case = f.fixed_case(
            c, t, rng.choice(W.PROBLEMS), rng.choice(["web", "email", "chat"]), c.lang, c.lang
        )
        c.truth.update(problems=[case], trouble_starts_at=case["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=("silence",))
        f.happy_days(c, 1, [0], kinds=["praise", "view", "purchase"])
        p1, p2 = rng.sample(W.PROBLEMS, 2)
        d1 = rng.randint(1, 3)
        t1 = f.day_time(d1, 8, 18)
        t2 = f.day_time(d1 + rng.randint(4, 5), 8, 18)
        cases = [
            f.fixed_case(c, t1, p1, rng.choice(["web", "email", "chat"]), c.lang, c.lang),
            f.fixed_case(c, t2, p2, rng.choice(["web", "email", "phone"]), c.lang, c.lang),
        ]
        c.truth.update(problems=cases, trouble_starts_at=cases[0]["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(
            c,
            rng.randint(5, 8),
            list(range(10)),
            kinds=["chat", "chat", "email", "email", "call", "praise", "purchase"],
        )
    f.finish({"repeat_contact": 12})


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str], nps: bool) -> None:
    rng = f.rng
    ratings = ["3", "3", "2", "2", "1", "1"]
    comp = rng.choice(W.COMPETITORS)
    ids = []
    times: list[datetime] = []
    t0 = f.day_time(start_day, 8, 19)
    prev = t0 - timedelta(hours=2)
    nps_after: datetime | None = None
    for i in range(6):
        t = t0 + timedelta(hours=span * 24 * i / 5 + rng.uniform(-2, 2))
        t = max(t, prev + timedelta(hours=1, minutes=rng.randint(0, 30)))
        t = out_of_night(rng, t, 7, 21)
        lang = langs[i % len(langs)]
        text = f.fill(W.SLIDE[lang][i], c, comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "social":
            e = f.add(c, t, "social", "mention", text)
        elif ch == "community":
            e = f.add(c, t, "community", "post", text)
        else:
            e = f.add(
                c, t, "web", "review", text, attrs={"rating": ratings[i], "page": "/parks/reviews"}
            )
        ids.append(e)
        times.append(t)
        prev = t
        if i == 3:
            nps_after = t
    c.truth.update(
        slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=iso(times[0])
    )
    if nps and nps_after is not None:
        ts = out_of_night(rng, nps_after + timedelta(minutes=rng.randint(150, 210)))
        score = rng.randint(1, 5)
        e = f.add(
            c,
            ts,
            "survey",
            "survey_response",
            rng.choice(W.LOW_NPS_WORDS[langs[0]]) or None,
            scores={"nps": score},
            attrs={"survey": "nps"},
        )
        c.truth.update(nps_given=True, nps=score, survey_event_id=e)


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        day0(2026, 7, 6),
        32,
        "sliding churners, leavers, steady, steadily grumpy and sarcastic customers",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    for i in range(10):
        nps = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            expected=("sentiment_drop", "detractor") if nps else ("sentiment_drop",),
            tolerated=SLIDE_TOLERATED,
        )
        c.truth["nps_given"] = False
        f.happy_days(c, rng.randint(4, 5), list(range(11)), 8, 20, ["praise", "praise", "again"])
        f.happy_days(
            c,
            rng.randint(2, 4),
            list(range(11)),
            8,
            20,
            ["chat", "purchase", "view", "review", "gripe"],
        )
        slide(f, c, rng.randint(12, 16), spans[i], [c.lang], nps)
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        f.happy_days(
            c,
            rng.randint(4, 6),
            list(range(16)),
            8,
            20,
            ["praise", "purchase", "view", "chat", "review"],
        )
        t = f.day_time(rng.randint(17, 23), 8, 20)
        subj, body = rng.choice(W.LEAVE[c.lang])
        e = f.add(c, t, "email", "message", f.fill(body, c), subject=subj)
        ta = out_of_night(rng, t + timedelta(minutes=rng.randint(60, 300)))
        f.reply_mail(c, ta, W.SORRY_GO[c.lang], subject=subj)
        tc = out_of_night(rng, t + timedelta(minutes=rng.randint(20 * 60, 30 * 60)))
        e2 = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={
                "page": "/account/club/cancel",
                "product": "Lagovia Club, yearly / Club Lagovia, annuel",
            },
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=e2,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        d = rng.randint(0, 4)
        ids = []
        starts: list[datetime] = []
        texts = rng.sample(W.GRUMBLE[c.lang], min(len(W.GRUMBLE[c.lang]), rng.randint(5, 7)))
        for text in texts:
            t = f.day_time(d, 8, 21)
            starts.append(t)
            text = f.fill(text, c)
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "social":
                ids.append(f.add(c, t, "social", "mention", text))
            elif ch == "community":
                ids.append(f.add(c, t, "community", "post", text))
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    f.add(
                        c, t, "web", "review", text, attrs={"rating": "3", "page": "/parks/reviews"}
                    )
                )
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.purchase(c, f.day_time(rng.randint(0, 30), 9, 20))
        c.truth.update(grumble_event_ids=ids, trouble_starts_at=iso(starts[0]))
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        sd = rng.randint(17, 28)
        f.happy_days(
            c,
            rng.randint(3, 6),
            [d for d in range(32) if d != sd],
            kinds=["praise", "purchase", "view", "chat", "review", "again"],
        )
        t = f.day_time(sd, 8, 21)
        e = f.add(c, t, "social", "mention", f.pick(c, W.SARCASM[c.lang]))
        c.truth.update(sarcasm_event_id=e)
    f.finish({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        day0(2026, 8, 14),
        3,
        "a calm summer weekend with night owls in bursts",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(
            c,
            rng.randint(1, 3),
            [0, 1, 2],
            7,
            17.5,
            ["praise", "again", "chat", "purchase", "view", "review", "gripe"],
        )
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.day_time(rng.randint(0, 2), 8, 17)
        if rng.random() < 0.5:
            f.purchase(c, t)
        else:
            f.add(c, t, "web", "page_view", attrs={"page": "/parks/map"})
        tg = t + timedelta(minutes=rng.randint(20, 30))
        text = f.pick(c, W.MILD[c.lang])
        if i < 2:
            e = f.add(c, tg, "chat", "chat", text)
            f.reply_chat(c, tg, W.MILD_CHAT_A[c.lang])
        else:
            e = f.add(c, tg, "web", "ticket", text, attrs={"page": "/help/contact"})
            f.reply_mail(c, tg + timedelta(minutes=rng.randint(30, 120)), W.MILD_ACK[c.lang])
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(tg))
    for night in range(3):
        first = f.start + timedelta(days=night + 1, minutes=rng.randint(40, 65))
        starts = [
            first,
            first + timedelta(minutes=rng.randint(28, 33)),
            first + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(seconds=rng.randrange(0, 600))
                if rng.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", f.pick(c, W.NIGHT_CHAT_Q[c.lang]))
                    t2, _ = f.reply_chat(c, t, W.NIGHT_CHAT_A[c.lang])
                    f.add(
                        c,
                        t2 + timedelta(minutes=rng.randint(1, 3)),
                        "chat",
                        "chat",
                        rng.choice(W.THANKS[c.lang]),
                    )
                else:
                    e = f.social_or_forum(c, t, f.fill(f.pick(c, W.NIGHT_POST[c.lang]), c))
                c.truth.update(burst_at=iso(bs), night_event_id=e)
    owls = [c for c in f.custs.values() if c.truth["persona"] == "night_owl"]
    for c in rng.sample(owls, 18):
        f.happy_act(
            c, f.day_time(rng.randint(0, 2), 9, 17.5), ["praise", "purchase", "view", "review"]
        )
    f.finish({})


BILINGUAL_PAIRS = [
    ("fr", "it", "CH"),
    ("fr", "it", "FR"),
    ("fr", "it", "CH"),
    ("fr", "it", "IT"),
    ("it", "fr", "CH"),
    ("it", "fr", "IT"),
    ("it", "fr", "FR"),
    ("it", "fr", "CH"),
    ("fr", "de", "CH"),
    ("fr", "de", "LU"),
    ("it", "de", "CH"),
    ("it", "de", "DE"),
    ("fr", "en", "UK"),
    ("fr", "en", "FR"),
    ("it", "en", "IE"),
    ("de", "fr", "BE"),
    ("es", "fr", "FR"),
    ("pt", "fr", "LU"),
    ("fr", "es", "ES"),
    ("it", "es", "ES"),
    ("en", "it", "IT"),
    ("fr", "pt", "PT"),
    ("de", "it", "AT"),
    ("it", "pt", "PT"),
    ("es", "it", "IT"),
    ("en", "fr", "CH"),
    ("pt", "it", "IT"),
]
SECOND_WHY = [
    "grew up with one parent speaking it",
    "works across the border",
    "studied there and kept the habit",
    "partner's family language",
    "speaks it at work every day",
    "lived there for ten years",
]


def bilingual() -> None:
    f = Fam("bilingual", "BL", 6, day0(2026, 9, 7), 14, "customers writing in two languages")
    rng = f.rng
    pairs = BILINGUAL_PAIRS[:]
    rng.shuffle(pairs)
    long_pair = next(p for p in pairs if p[1] in ("fr", "it"))
    pairs.remove(long_pair)
    roles = (
        ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad_email", "bad_chat"] + ["fixed"] * 2
    )
    rep_counts = [2, 2, 3, 3, 4]
    plan = [("bad_long", long_pair), *zip(roles, pairs, strict=True)]
    for role, (l1, l2, market) in plan:
        extra = {"languages": [l1, l2], "job_second_language": rng.choice(SECOND_WHY)}
        if role == "happy":
            c = f.person("happy", "alternates languages", lang=l1, market=market, **extra)
            for k, d in enumerate(sorted(rng.sample(range(14), rng.randint(5, 8)))):
                f.happy_act(
                    c,
                    f.day_time(d),
                    ["praise", "again", "chat", "purchase", "view", "review", "gripe", "email"],
                    lang=(l1, l2)[k % 2],
                )
        elif role == "repeat":
            c = f.person(
                "repeat_contact",
                "repeats",
                lang=l1,
                market=market,
                expected=("repeat_contact",),
                tolerated=REPEAT_TOLERATED,
                **extra,
            )
            f.happy_days(c, rng.randint(1, 3), [0, 1], kinds=["praise", "view", "purchase"])
            n = rep_counts.pop()
            repeat_run(
                f,
                c,
                f.day_time(rng.randint(2, 5), 8, 19),
                rng.choice(["web", "email", "chat"]),
                n,
                [l1, l2],
                n >= 3,
            )
        elif role == "slide":
            c = f.person(
                "slow_churner",
                "slides",
                lang=l1,
                market=market,
                expected=("sentiment_drop",),
                tolerated=SLIDE_TOLERATED,
                **extra,
            )
            for k, d in enumerate(sorted(rng.sample(range(6), 5))):
                f.happy_act(c, f.day_time(d, 8, 20), ["praise", "again"], lang=(l1, l2)[k % 2])
            for k, d in enumerate(sorted(rng.sample(range(6), rng.randint(1, 3)))):
                f.happy_act(
                    c, f.day_time(d, 8, 20), ["purchase", "view", "chat"], lang=(l2, l1)[k % 2]
                )
            slide(f, c, rng.randint(7, 8), rng.randint(3, 5), [l1, l2], False)
        elif role.startswith("bad"):
            c = f.person(
                "happy_one_bad_day",
                "one bad day",
                lang=l1,
                market=market,
                tolerated=("silence",),
                **extra,
            )
            bad = rng.randint(3, 9)
            f.happy_days(
                c,
                rng.randint(2, 4),
                [d for d in range(14) if d <= bad - 2 or d >= bad + 3],
                kinds=["praise", "purchase", "view", "review"],
            )
            problem = rng.choice(W.PROBLEMS)
            ch = "chat" if role == "bad_chat" else "email"
            t = f.day_time(bad, 8, 19)
            case = f.case()
            e = f.raise_problem(c, t, problem, ch, l2, long=role == "bad_long")
            f.acknowledge(c, t, ch, case, l2)
            c.truth.update(
                problem=problem,
                booking=case,
                bad_day_at=iso(t),
                bad_day_event_id=e,
                bad_day_language=l2,
                trouble_starts_at=iso(t),
                long_email=role == "bad_long",
                channel=ch,
            )
            c.truth.update(agent_fixed=False, apologised=False)
            if ch == "email":
                tg = out_of_night(rng, t + timedelta(minutes=rng.randint(60, 240)))
                f.reply_mail(c, tg, W.GOOD_NEWS[l2], l2, case=case)
                c.truth["agent_fixed"] = True
                if role == "bad_email":
                    ta = out_of_night(rng, t + timedelta(minutes=rng.randint(18 * 60, 24 * 60)))
                    ea = f.add(c, ta, "chat", "chat", f.pick(c, W.APOLOGY[l2]))
                    c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=ea)
        else:
            c = f.person(
                "resolved_between_contacts",
                "fixed",
                lang=l1,
                market=market,
                tolerated=("silence",),
                **extra,
            )
            f.happy_days(
                c, rng.randint(1, 3), [0, 1, 10, 11, 12], kinds=["praise", "view", "purchase"]
            )
            case = f.fixed_case(
                c, f.day_time(rng.randint(2, 6), 8, 18), rng.choice(W.PROBLEMS), "web", l1, l2
            )
            c.truth.update(
                problems=[case], trouble_starts_at=case["raised_at"], confirm_language=l2
            )
        c.langs = [l1, l2]
    f.finish({"repeat_contact": 5, "sentiment_drop": 5})


ACCOUNTS = [
    # kind, market, lang, company, domain, site, contacts, complainers, problem
    (
        "at_risk",
        "FR",
        "fr",
        "Collège des Tilleuls",
        "college-tilleuls.example",
        "school",
        5,
        3,
        "portal",
    ),
    (
        "at_risk",
        "IT",
        "it",
        "Brenta Impianti S.r.l.",
        "brentaimpianti.example",
        "company_retreat",
        6,
        4,
        "overbilled",
    ),
    (
        "at_risk",
        "BE",
        "fr",
        "Amicale des Aînés de Gembloux",
        "aines-gembloux.example",
        "association",
        4,
        3,
        "invoice",
    ),
    (
        "at_risk",
        "IT",
        "it",
        "Comune di Valsorda",
        "comune-valsorda.example",
        "municipality",
        5,
        3,
        "service_blocked",
    ),
    (
        "at_risk",
        "DE",
        "de",
        "TSV Eichenau 1921 e.V.",
        "tsv-eichenau.example",
        "sports_club",
        5,
        4,
        "invoice",
    ),
    (
        "one_unhappy",
        "FR",
        "fr",
        "Chorale Voix du Ried",
        "voixduried.example",
        "choir",
        3,
        1,
        "service_blocked",
    ),
    (
        "one_unhappy",
        "IT",
        "it",
        "Università di Montecalvo",
        "unimontecalvo.example",
        "university",
        3,
        1,
        "portal",
    ),
    (
        "one_unhappy",
        "ES",
        "es",
        "Viajes Albarda S.L.",
        "viajesalbarda.example",
        "tour_operator",
        3,
        1,
        "overbilled",
    ),
    (
        "one_unhappy",
        "CH",
        "it",
        "Scout Ticino Sezione Brè",
        "scoutbre.example",
        "scouts",
        3,
        1,
        "invoice",
    ),
    ("mild", "FR", "fr", "Optéa Conseil", "optea-conseil.example", "seminar", 3, 2, None),
    (
        "mild",
        "IT",
        "it",
        "Istituto Comprensivo Dalmonte",
        "icdalmonte.example",
        "school",
        4,
        2,
        None,
    ),
    (
        "mild",
        "PT",
        "pt",
        "Quinta Digital Lda.",
        "quintadigital.example",
        "company_retreat",
        3,
        2,
        None,
    ),
    (
        "happy",
        "UK",
        "en",
        "Harrowgate Youth Trust",
        "harrowgateyouth.example",
        "youth_charity",
        4,
        0,
        None,
    ),
    (
        "happy",
        "LU",
        "fr",
        "Banque Moselle Privée",
        "bmp-lux.example",
        "company_retreat",
        4,
        0,
        None,
    ),
    (
        "happy",
        "AT",
        "de",
        "Alpenverein Sektion Mürztal",
        "av-muerztal.example",
        "hiking_club",
        4,
        0,
        None,
    ),
]


def b2b_routine(f: Fam, c: Cust, t: datetime, kinds: list[str]) -> None:
    rng = f.rng
    kind = rng.choice(kinds)
    lang = c.lang
    if kind == "chat":
        f.add(c, t, "chat", "chat", f.pick(c, B.B_CHAT_Q[lang]))
        t2, _ = f.reply_chat(c, t, B.B_CHAT_A[lang])
        if rng.random() < 0.6:
            f.add(
                c,
                t2 + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                rng.choice(B.B_THANKS[lang]),
            )
    elif kind == "purchase":
        f.purchase(c, t, b2b=True)
    elif kind == "view":
        f.add(c, t, "web", "page_view", attrs={"page": rng.choice(B.B_PAGES)})
    elif kind == "praise":
        f.add(c, t, "community", "post", f.fill(f.pick(c, B.B_PRAISE[lang]), c))
    else:
        f.happy_survey(c, t)


def weekday_time(f: Fam, days: list[int], h0: float = 8, h1: float = 16.5) -> datetime:
    d = f.rng.choice([x for x in days if (f.start + timedelta(days=x)).weekday() < 5])
    return f.day_time(d, h0, h1)


def b2b_accounts() -> None:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        day0(2026, 10, 12),
        14,
        "Lagovia Groups accounts: at risk, one unhappy contact, mild suggestions, happy",
    )
    rng = f.rng
    last_by_email = rng.randrange(5)
    risk_i = 0
    for kind, market, lang, company, domain, site, n, unhappy, problem in ACCOUNTS:
        while True:
            acc = f"LGG-{market}-{rng.randrange(1000, 10000)}"
            if acc not in USED["account"]:
                USED["account"].add(acc)
                break
        firsts: set[str] = set()
        contacts = []
        roles = (
            ["complainer"] * unhappy
            if kind in ("at_risk", "one_unhappy")
            else ["suggests"] * unhappy
        )
        roles += ["contact"] * (n - unhappy)
        for role in roles:
            if role == "complainer" and kind == "at_risk":
                persona, exp, tol = (
                    "b2b_unhappy",
                    ("detractor",),
                    (
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ),
                )
            elif role == "complainer":
                persona, exp, tol = (
                    "b2b_one_unhappy",
                    ("detractor",),
                    ("sentiment_drop", "high_value_at_risk", "silence"),
                )
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", (), ("silence",)
            else:
                persona, exp, tol = "b2b_happy", (), ()
            title = rng.choice(B.JOB_TITLES)
            c = f.person(
                persona,
                role,
                lang=lang,
                market=market,
                expected=exp,
                tolerated=tol,
                account=acc,
                domain=domain,
                company_firsts=firsts,
                company=company,
                role=role,
                job_title=title,
            )
            c.truth["job"] = title
            contacts.append(c)
        complainers = [c for c in contacts if c.truth["role"] == "complainer"]
        account: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": sorted(c.key for c in contacts),
            "unhappy_contacts": len(complainers),
            "unhappy_contact_keys": sorted(c.key for c in complainers),
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        for c in contacts:
            if c.truth["role"] == "contact":
                for _ in range(rng.randint(2, 5)):
                    b2b_routine(
                        f,
                        c,
                        weekday_time(f, list(range(14))),
                        ["chat", "chat", "purchase", "view", "praise", "survey"],
                    )
            else:
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(
                        f, c, weekday_time(f, [0, 1], 8, 16.5), ["chat", "purchase", "view"]
                    )
        if kind == "at_risk" and problem is not None:
            case = f.case()
            t = f.day_time(2, 8, 12)
            first = complainers[0]
            first_day = B.WEEKDAY[lang][t.weekday()]
            subj = B.B_SUBJECT[lang][problem]
            account["trouble_starts_at"] = iso(t)
            for k, c in enumerate(complainers):
                if k == 0:
                    body = f.fill(B.B_FIRST[lang][problem], c, company=company)
                else:
                    t = office(rng, t + timedelta(minutes=rng.randint(8 * 60, 28 * 60)))
                    body = f.fill(
                        rng.choice(B.B_LATER[lang]),
                        c,
                        company=company,
                        first=first.first,
                        day=first_day,
                        case=case,
                        noun=B.B_NOUN[lang][problem],
                    )
                e = f.add(
                    c, t, "email", "message", body, subject=subj if k == 0 else f"{subj} [{case}]"
                )
                c.truth.update(
                    problem=problem, booking=case, complaint_event_ids=[e], trouble_starts_at=iso(t)
                )
                if k == 0:
                    ta = office(rng, t + timedelta(minutes=rng.randint(20, 90)))
                    f.reply_mail(c, ta, B.B_ACK[lang], subject=subj, case=case)
                if k < len(complainers) - 1:
                    ts = t + timedelta(minutes=rng.randint(60, 180))
                    score = rng.randint(1, 5)
                    es = f.add(
                        c,
                        ts,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": score},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(nps_given=True, nps=score, survey_event_id=es)
                else:
                    c.truth.update(expected_rules=["repeat_contact"], nps_given=False)
                    tl = office(rng, t + timedelta(minutes=rng.randint(18 * 60, 40 * 60)))
                    comp = rng.choice(W.COMPETITORS)
                    if risk_i == last_by_email:
                        e2 = f.add(
                            c,
                            tl,
                            "email",
                            "message",
                            f.fill(B.B_LAST_EMAIL[lang], c, company=company, case=case, comp=comp),
                            subject=f"{subj} [{case}]",
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(
                            c,
                            tl,
                            "phone",
                            "call",
                            f.fill(B.B_LAST_CALL[lang], c, company=company, case=case),
                        )
                        c.truth["competitor"] = None
                    c.truth["complaint_event_ids"].append(e2)
            risk_i += 1
        elif kind == "one_unhappy" and problem is not None:
            c = complainers[0]
            case = f.case()
            t = f.day_time(rng.choice([3, 4, 7]), 8, 16)
            subj = B.B_SUBJECT[lang][problem]
            e = f.add(
                c,
                t,
                "email",
                "message",
                f.fill(B.B_FIRST[lang][problem], c, company=company),
                subject=subj,
            )
            f.reply_mail(
                c,
                office(rng, t + timedelta(minutes=rng.randint(20, 90))),
                B.B_ACK[lang],
                subject=subj,
                case=case,
            )
            score = rng.randint(1, 5)
            es = f.add(
                c,
                t + timedelta(minutes=rng.randint(60, 180)),
                "survey",
                "survey_response",
                None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                problem=problem,
                booking=case,
                complaint_event_ids=[e],
                trouble_starts_at=iso(t),
                nps_given=True,
                nps=score,
                survey_event_id=es,
            )
        elif kind == "mild":
            for k, c in enumerate(c for c in contacts if c.truth["role"] == "suggests"):
                subj, body = B.B_MILD[lang][k]
                t = weekday_time(f, list(range(2, 12)), 8, 16)
                e = f.add(
                    c, t, "web", "ticket", body, subject=subj, attrs={"page": "/groups/contact"}
                )
                f.reply_mail(
                    c,
                    office(rng, t + timedelta(minutes=rng.randint(30, 180))),
                    B.B_MILD_ACK[lang],
                    subject=subj,
                )
                c.truth.update(mild_event_id=e, trouble_starts_at=iso(t))
        f.accounts[acc] = account
    f.finish({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        day0(2026, 10, 29),
        7,
        "a calm week and a planted spike of one fault",
    )
    rng = f.rng
    spike_day = 6
    w0 = f.start + timedelta(days=spike_day, hours=19, minutes=20)
    w1 = w0 + timedelta(minutes=45)
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(7), rng.randint(1, 4))):
            f.happy_act(c, f.day_time(d, 8, 14) if d == spike_day else f.day_time(d, 7, 21))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.day_time(0, 9, 18)
        e = f.add(c, t, "chat", "chat", f.pick(c, W.MILD[c.lang]))
        f.reply_chat(c, t, W.MILD_CHAT_A[c.lang])
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t))
    for lang, hm in (("fr", (10, 15)), ("it", (16, 40))):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=("silence",))
        t = f.start + timedelta(days=spike_day - 1, hours=hm[0], minutes=hm[1])
        e = f.add(c, t, "chat", "chat", W.LONE_Q[lang])
        f.reply_chat(c, t, W.LONE_A[lang])
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    langs = ["fr"] * 6 + ["it"] * 6 + ["de", "de", "es", "es", "pt", "pt", "en", "en"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    regular = [True] * 12 + [False] * 8
    rng.shuffle(langs)
    rng.shuffle(channels)
    rng.shuffle(regular)
    offsets = sorted(
        [0, 45] + [rng.randint(1, 25) for _ in range(11)] + [rng.randint(25, 44) for _ in range(7)]
    )
    reporters = []
    for i in range(20):
        c = f.person(
            "spike_reporter",
            "regular" if regular[i] else "new",
            lang=langs[i],
            tolerated=("silence",),
            in_spike=True,
            regular=regular[i],
        )
        if regular[i]:
            for d in sorted(rng.sample(range(1, 5), rng.randint(1, 3))):
                f.happy_act(
                    c,
                    f.day_time(d, 8, 17.5),
                    ["praise", "chat", "purchase", "view", "review", "email"],
                )
        t = w0 + timedelta(
            minutes=offsets[i], seconds=0 if offsets[i] in (0, 45) else rng.randrange(60)
        )
        ch = channels[i]
        text = f.fill(f.pick(c, W.SPIKE[c.lang]), c, amt=f.money(c, 214))
        if ch == "social":
            e = f.add(c, t, "social", "mention", text)
        elif ch == "community":
            e = f.add(c, t, "community", "post", text)
        elif ch == "email":
            e = f.add(c, t, "email", "message", text, subject=W.SPIKE_SUBJECT[c.lang])
        elif ch == "web":
            e = f.add(
                c,
                t,
                "web",
                "ticket",
                text,
                subject=W.SPIKE_SUBJECT[c.lang],
                attrs={"page": "/help/contact"},
            )
        else:
            e = f.add(c, t, "chat", "chat", text)
            f.reply_chat(c, t, W.SPIKE_CHAT_A[c.lang])
        c.truth.update(
            spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t), agent_fixed=False
        )
        reporters.append((c, t, ch, e))
    early = [r for r in reporters if r[1] <= w0 + timedelta(minutes=25)]
    rep_channels = ["email", "email", "chat", "chat", "community", "community"]
    repeaters = []
    for ch2 in rep_channels:
        cand = [r for r in early if r not in repeaters and r[2] != ch2]
        r = rng.choice(cand)
        repeaters.append(r)
        c, t, _ch, _e = r
        t2 = t + timedelta(minutes=rng.randint(15, 50), seconds=rng.randrange(60))
        text = f.pick(c, W.SPIKE_AGAIN[c.lang])
        if ch2 == "email":
            e2 = f.add(c, t2, "email", "message", text, subject="Re: " + W.SPIKE_SUBJECT[c.lang])
        elif ch2 == "chat":
            e2 = f.add(c, t2, "chat", "chat", text)
            f.reply_chat(c, t2, W.SPIKE_CHAT_A[c.lang])
        else:
            e2 = f.add(c, t2, "community", "post", text)
        c.truth.update(
            persona="spike_repeater",
            expected_rules=["repeat_contact"],
            tolerated_rules=["sentiment_drop", "silence"],
            repeat_event_id=e2,
        )
    others = [r for r in reporters if r not in repeaters]
    fixed_at = w0 + timedelta(hours=1, minutes=20)
    for c, _t, _ch, _e in rng.sample(others, 6):
        local = fixed_at + timedelta(hours=0 if c.market in ("UK", "IE", "PT") else 1)
        credit = {
            "EUR": "15 €" if c.lang != "en" else "€15",
            "GBP": "£13",
            "CHF": "CHF 14" if c.lang == "en" else "14 CHF",
        }[c.currency]
        tf = w0 + timedelta(hours=1, minutes=rng.randint(48, 57))
        f.reply_mail(c, tf, W.SPIKE_FIXED[c.lang], time=local.strftime("%H:%M"), credit=credit)
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "holiday-park booking payments refused at checkout in the app and on the website during an early-booking sale: no stay can be paid, error CKO-738",
        "about": "the planted spike: twenty customers report the same payment fault within 45 minutes",
        "channel": None,
        "start": iso(w0),
        "end": iso(w1),
        "customers": 20,
        "customer_keys": sorted(r[0].key for r in reporters),
        "event_ids": [r[3] for r in reporters],
        "repeat_event_ids": sorted(r[0].truth["repeat_event_id"] for r in repeaters),
    }
    f.finish({"topic_spike": 1, "repeat_contact": 6})


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
        build()


if __name__ == "__main__":
    main()
