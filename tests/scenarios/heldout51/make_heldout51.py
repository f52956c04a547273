"""Write the fifty-first hand-written alert scenario set (report only, never tune on it).

Run as ``python make_heldout51.py`` from anywhere: it writes ``<family>.jsonl`` and
``<family>.truth.json`` for the eight families next to itself. Standard library
only; two runs give the same bytes. See README.md for what is planted and why.
"""

# ruff: noqa: E501

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

import people as P
import wording as W
import wording_b2b as B
import wording_spike as S
import wording_trouble as T

HERE = Path(__file__).resolve().parent
SEED = 20261022
WRITTEN = "2026-12-02"
BUSINESS = "Parlavo: certified translations of personal documents by app and web, apostilles, video interpreters, the Parlavo Pass; Parlavo Pro for firms on account"
LANG_WEIGHTS = (("fr", 30), ("pt", 30), ("en", 10), ("de", 10), ("es", 10), ("it", 10))
COMPETITORS = ("Glossimo", "Interlexa")
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
SOURCES = {
    "email": "parlavo-mail",
    "phone": "parlavo-voice",
    "social": "parlavo-social",
    "community": "parlavo-forum",
    "chat": "parlavo-chat",
    "web": "parlavo-web",
    "survey": "parlavo-survey",
}
HAPPY_TOLERATE: tuple[str, ...] = ()
REPEAT_TOLERATE = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
SLIDE_TOLERATE = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
LEAVE_TOLERATE = ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence")
AT_RISK_TOLERATE = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
)
ONE_UNHAPPY_TOLERATE = ("sentiment_drop", "high_value_at_risk", "silence")

#: Identifiers, names and case references given so far (no two alike in the set).
USED: dict[str, set[str]] = {
    k: set() for k in ("id", "email", "phone", "handle", "case", "name", "account")
}


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("'", "").replace(" ", "").replace("-", "")
    return "".join(
        ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
    ).lower()


def weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for item, w in pairs:
        x -= w
        if x <= 0:
            return item
    return pairs[-1][0]


UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in UMLAUTS:
            out.append(UMLAUTS[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            out.append(
                "".join(
                    c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn"
                )
            )
    return "".join(out)


def swap_letters(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w == w.lower()]
    if not spots:
        return text
    i = rng.choice(spots)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    if w[j] == w[j + 1]:
        return text
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


@dataclass
class Cust:
    key: str
    first: str
    last: str
    gender: str
    lang: str
    market: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    segment: str
    truth: dict[str, Any]
    used: set[str] = field(default_factory=set)

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Row:
    at: datetime
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]
    eid: str


def gender_words(c: Cust) -> dict[str, str]:
    f = c.gender == "f"
    return {"o": "a" if f else "o", "e": "e" if f else "", "a": "a" if f else ""}


def fill(c: Cust, template: str, **kw: str) -> str:
    values = {"name": c.first, "full": c.full, **gender_words(c)}
    values.update(kw)
    if "issue" in values and "Issue" not in values:
        values["Issue"] = values["issue"][:1].upper() + values["issue"][1:]
    return template.format_map(values)


def money(c: Cust, eur: float, spoken: bool = False) -> str:
    lang = c.lang
    if c.market == "UK":
        n = round(eur * 0.86)
        return f"{n} pounds" if spoken else f"£{n}"
    if c.market == "CH":
        n = round(eur * 0.94)
        if spoken:
            return {
                "de": f"{n} Franken",
                "it": f"{n} franchi",
                "pt": f"{n} francos",
                "en": f"{n} francs",
            }.get(lang, f"{n} francs")
        return f"CHF {n}" if lang in ("de", "en") else f"{n} CHF"
    n = round(eur)
    if spoken:
        return {"de": f"{n} Euro", "it": f"{n} euro", "en": f"{n} euro"}.get(lang, f"{n} euros")
    return f"€{n}" if lang == "en" else f"{n} €"


def price(c: Cust, eur: float) -> tuple[str, str]:
    if c.market == "UK":
        return f"{eur * 0.86:.2f}", "GBP"
    if c.market == "CH":
        return f"{eur * 0.94:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


def at_brand(text: str) -> str:
    if "@Parlavo" in text:
        return text
    i = text.rfind("Parlavo")
    if i >= 0:
        return text[:i] + "@" + text[i:]
    return "@Parlavo " + text


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name = name
        self.code = code
        self.n = n
        self.start = start
        self.days = days
        self.about = about
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: list[Cust] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0
        self.cycles: dict[str, list[Any]] = {}
        self.bag: list[str] = []

    # --- time ------------------------------------------------------------------
    def t(self, day: int, hour: int, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def rt(self, day: int, h0: float, h1: float) -> datetime:
        return self.start + timedelta(
            days=day, minutes=self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        )

    def mins(self, a: int, b: int) -> timedelta:
        return timedelta(minutes=self.rng.randint(a, b))

    def daytime(self, t: datetime) -> datetime:
        """A household's own act moved out of the night (22:00-07:00) to 08:00-09:00."""
        if t.hour >= 22:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        elif t.hour < 7:
            t = t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def agent_time(self, t: datetime) -> datetime:
        """An agent's e-mail that would fall in the night waits for 07:10-07:50."""
        if t.hour >= 22:
            t = (t + timedelta(days=1)).replace(hour=7, minute=self.rng.randint(10, 50))
        elif t.hour < 7:
            t = t.replace(hour=7, minute=self.rng.randint(10, 50))
        return t

    def office(self, t: datetime) -> datetime:
        """Weekdays 08:00-17:00; otherwise the next working morning, 08:00-09:30."""
        if t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=0) + timedelta(
                minutes=self.rng.randint(0, 90)
            )
        elif t.hour < 8:
            t = t.replace(hour=8, minute=self.rng.randint(0, 59))
        while t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    # --- people ----------------------------------------------------------------
    def lang(self) -> str:
        """Languages in shuffled blocks of ten with the weights' shares, so French and
        Portuguese lead every family."""
        if not self.bag:
            self.bag = [lang for lang, w in LANG_WEIGHTS for _ in range(w // 10)]
            self.rng.shuffle(self.bag)
        return self.bag.pop()

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        *,
        market: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        domain: str | None = None,
        company_firsts: set[str] | None = None,
    ) -> Cust:
        rng = self.rng
        gender = rng.choice("fm")
        while True:
            first = rng.choice(P.FIRST[lang][gender])
            last = rng.choice(P.LAST[lang])
            if f"{first} {last}" in USED["name"]:
                continue
            if company_firsts is not None and first in company_firsts:
                continue
            break
        USED["name"].add(f"{first} {last}")
        if company_firsts is not None:
            company_firsts.add(first)
        market = market or weighted(rng, P.MARKETS[lang])
        while True:
            key = f"PV{self.code}{rng.randint(1000, 9999)}"
            if key not in USED["id"]:
                break
        USED["id"].add(key)
        fa, la = ascii_fold(first), ascii_fold(last)
        tries = 0
        while True:
            if domain:
                email = f"{fa}.{la}@{domain}" if tries == 0 else f"{fa}.{la}{tries + 1}@{domain}"
            else:
                pattern = rng.randrange(4)
                dom = rng.choice(P.MAIL_DOMAINS[lang])
                email = (
                    f"{fa}.{la}@{dom}",
                    f"{fa}{la}{rng.randint(1, 99)}@{dom}",
                    f"{fa[0]}{la}@{dom}",
                    f"{la}.{fa}{rng.randint(70, 99)}@{dom}",
                )[pattern]
            if email not in USED["email"]:
                break
            tries += 1
        USED["email"].add(email)
        cc, prefixes, digits = P.PHONES[market]
        while True:
            phone = (
                "+"
                + cc
                + rng.choice(prefixes)
                + "".join(str(rng.randint(0, 9)) for _ in range(digits))
            )
            if phone not in USED["phone"]:
                break
        USED["phone"].add(phone)
        handle = None
        if not account:
            while True:
                pattern = rng.randrange(5)
                handle = (
                    "@"
                    + (
                        f"{la}_{fa}{rng.randint(1, 9)}",
                        f"{fa}{la}{rng.randint(10, 99)}",
                        f"{la}{fa[0]}",
                        f"{fa}_{la}",
                        f"{fa}.{la[:3]}{rng.randint(1, 99)}",
                    )[pattern]
                )
                if handle not in USED["handle"]:
                    break
            USED["handle"].add(handle)
        both = set(expected) & set(tolerated)
        if both:
            raise SystemExit(f"{self.name}: {key} expects and tolerates {both}")
        c = Cust(
            key,
            first,
            last,
            gender,
            lang,
            market,
            email,
            phone,
            handle,
            account,
            "b2b" if account else "consumer",
            {},
        )
        c.truth = {
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
            "segment": c.segment,
            "name": c.full,
            "job": rng.choice(P.JOBS),
            "town": rng.choice(P.TOWNS[market]),
        }
        self.custs.append(c)
        return c

    def case(self) -> str:
        while True:
            ref = f"PV-{self.rng.randint(100000, 999999)}"
            if ref not in USED["case"]:
                USED["case"].add(ref)
                return ref

    def agent(self, lang: str) -> str:
        return self.rng.choice(W.AGENTS[lang])

    def choose(self, c: Cust, key: str, options: tuple[Any, ...] | list[Any]) -> Any:
        """Rotate through the options across customers; never one a customer already used."""
        for _ in range(2):
            cyc = self.cycles.get(key)
            if not cyc:
                cyc = list(options)
                self.rng.shuffle(cyc)
                self.cycles[key] = cyc
            for i, opt in enumerate(cyc):
                mark = f"{key}:{opt!r}"
                if mark not in c.used:
                    cyc.pop(i)
                    c.used.add(mark)
                    return opt
            self.cycles[key] = []
        return self.rng.choice(list(options))

    # --- touchpoints -------------------------------------------------------------
    def add(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        *,
        out: bool = False,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        agent: str | None = None,
        raw: bool = False,
    ) -> str:
        self.count += 1
        eid = f"pv51-{self.code.lower()}-{self.count:05d}"
        if text is not None and not out and not raw and channel not in ("phone", "survey"):
            text = self.roughen(text)
        a = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        if agent:
            a["agent"] = agent
        a.update(attrs or {})
        sc = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            Row(at, c, channel, kind, "outbound" if out else "inbound", text, subject, sc, a, eid)
        )
        return eid

    def roughen(self, text: str) -> str:
        rr = self.rr
        if rr.random() < 0.10:
            text = strip_accents(text)
        if rr.random() < 0.125 and text[:1].isupper() and text[1:2].islower():
            text = text[:1].lower() + text[1:]
        if rr.random() < 1 / 7:
            text = swap_letters(rr, text)
        return text

    def reply_mail(
        self,
        c: Cust,
        at: datetime,
        subject: str,
        text: str,
        lang: str | None = None,
        wait: bool = True,
    ) -> str:
        lang = lang or c.lang
        name = self.agent(lang)
        at = self.agent_time(at) if wait else at
        return self.add(
            c,
            at,
            "email",
            "message",
            fill(c, text, agent=name),
            fill(c, subject),
            out=True,
            agent=name,
        )

    def reply_chat(
        self, c: Cust, at: datetime, text: str, lang: str | None = None, **kw: str
    ) -> str:
        name = self.agent(lang or c.lang)
        return self.add(
            c, at, "chat", "chat", fill(c, text, agent=name, **kw), out=True, agent=name
        )

    # --- happy acts ----------------------------------------------------------------
    def happy(
        self,
        c: Cust,
        at: datetime,
        kind: str | None = None,
        lang: str | None = None,
        surveys: bool = True,
    ) -> tuple[str, datetime]:
        """One happy act starting at ``at``; returns its event id and the time of its last touchpoint."""
        lang = lang or c.lang
        rng = self.rng
        if kind is None:
            kinds = [
                ("praise", 3),
                ("again", 1),
                ("gripe", 1),
                ("chat", 3),
                ("mail", 1),
                ("call", 1),
                ("buy", 2),
                ("view", 1),
                ("review", 1),
            ]
            if surveys:
                kinds.append(("survey", 1))
            kind = weighted(rng, tuple(kinds))
        if kind in ("praise", "again", "gripe", "praisepost"):
            table = {"praise": W.PRAISE, "again": W.PRAISE_AGAIN, "gripe": W.PRAISE_GRIPE}.get(kind)
            options = (
                tuple(W.PRAISE[lang]) + tuple(W.PRAISE_AGAIN[lang])
                if table is None
                else tuple(table[lang])
            )
            text = fill(c, self.choose(c, f"{kind}:{lang}", options))
            if c.handle and rng.random() < 0.55:
                return self.add(c, at, "social", "mention", at_brand(text)), at
            return self.add(c, at, "community", "post", text), at
        if kind == "chat":
            q, a = self.choose(c, f"chat:{lang}", W.CHAT_QA[lang])
            return self.chat_question(c, at, q, a, lang, 6, 4)
        if kind == "mail":
            subj, q, a = self.choose(c, f"mail:{lang}", W.MAIL_QA[lang])
            eid = self.add(c, at, "email", "message", fill(c, q), fill(c, subj))
            t = self.agent_time(at + self.mins(60, 300))
            self.reply_mail(c, t, "RE: " + subj, a, lang)
            return eid, t
        if kind == "call":
            q, subj, a = self.choose(c, f"call:{lang}", W.CALL_QA[lang])
            eid = self.add(c, at, "phone", "call", q)
            t = self.agent_time(at + self.mins(10, 40))
            self.reply_mail(c, t, subj, a, lang)
            return eid, t
        if kind == "buy":
            label, eur, page = self.choose(c, "product", W.PRODUCTS)
            self.add(c, at, "web", "page_view", attrs={"page": page})
            t = at + self.mins(2, 15)
            value, cur = price(c, eur)
            return self.add(
                c,
                t,
                "web",
                "purchase",
                attrs={"order_value": value, "currency": cur, "product": label, "page": page},
            ), t
        if kind == "view":
            return self.add(c, at, "web", "page_view", attrs={"page": rng.choice(W.PAGES)}), at
        if kind == "review":
            rating, text = self.choose(c, f"review:{lang}", W.REVIEWS[lang])
            return self.add(
                c, at, "web", "review", fill(c, text), attrs={"rating": rating, "page": "/reviews"}
            ), at
        if kind == "survey":
            return self.happy_survey(c, at, lang), at
        if kind == "night_post":
            text = fill(c, self.choose(c, f"night:{lang}", W.NIGHT_POSTS[lang]))
            if c.handle and rng.random() < 0.5:
                return self.add(c, at, "social", "mention", at_brand(text)), at
            return self.add(c, at, "community", "post", text), at
        if kind == "night_chat":
            q, a = self.choose(c, f"nightchat:{lang}", W.NIGHT_CHAT[lang])
            return self.chat_question(c, at, q, a, lang, 3, 3)
        raise ValueError(kind)

    def chat_question(
        self, c: Cust, at: datetime, q: str, a: str, lang: str, answer: int, thanks: int
    ) -> tuple[str, datetime]:
        """A chat question, the agent's answer within ``answer`` minutes, often a thank-you."""
        eid = self.add(c, at, "chat", "chat", fill(c, q))
        t = at + self.mins(1, answer)
        self.reply_chat(c, t, a, lang)
        if self.rng.random() < 0.6:
            t += self.mins(1, thanks)
            self.add(
                c, t, "chat", "chat", fill(c, self.choose(c, f"thanks:{lang}", W.THANKS[lang]))
            )
        return eid, t

    def happy_survey(self, c: Cust, at: datetime, lang: str | None = None) -> str:
        lang = lang or c.lang
        rng = self.rng
        which = rng.choice(("nps", "csat", "ces"))
        score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            which
        ]
        words = rng.choice(W.SURVEY_WORDS[lang])
        return self.add(
            c,
            at,
            "survey",
            "survey_response",
            words or None,
            scores={which: score},
            attrs={"survey": which},
        )

    def days_apart(self, k: int, lo: int, hi: int, avoid: tuple[int, ...] = ()) -> list[int]:
        pool = [d for d in range(lo, hi + 1) if d not in avoid]
        k = min(k, len(pool))
        return sorted(self.rng.sample(pool, k))

    # --- output --------------------------------------------------------------------
    def write(self, expected_plan: dict[str, int]) -> None:
        rows = sorted(self.rows, key=lambda r: (r.at, r.eid))
        for r in rows:
            if not (datetime(2026, 1, 1, tzinfo=UTC) <= r.at < LIMIT) or r.at < self.start:
                raise SystemExit(f"{self.name}: {r.eid} at {iso(r.at)} out of bounds")
        seen: set[str] = set()
        lines = []
        for r in rows:
            c = r.cust
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            if r.direction == "outbound" or c.key not in seen:
                cust = full
                if r.direction == "inbound":
                    seen.add(c.key)
            else:
                cust = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": c.account,
                }
                if r.channel == "phone":
                    cust["phone"] = c.phone
                    if self.rr.random() < 0.5:
                        cc = P.PHONES[c.market][0]
                        cust["phone"] = f"+{cc} {c.phone[len(cc) + 1 :]}"
                elif r.channel in ("social", "community"):
                    if c.handle:
                        cust["handle"] = (
                            c.handle if self.rr.random() >= 0.2 else c.handle.lstrip("@")
                        )
                    else:
                        cust["email"] = c.email
                elif r.channel == "email":
                    cust["email"] = c.email.upper() if self.rr.random() < 1 / 12 else c.email
                else:
                    cust["customer_id"] = c.key
            record = {
                "event_id": r.eid,
                "occurred_at": iso(r.at),
                "channel": r.channel,
                "kind": r.kind,
                "direction": r.direction,
                "customer": cust,
                "text": r.text,
                "subject": r.subject,
                "scores": r.scores,
                "source": SOURCES[r.channel],
                "attributes": r.attrs,
            }
            lines.append(json.dumps(record, ensure_ascii=False))
        for c in self.custs:
            if c.key not in seen:
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
        end = self.start + timedelta(days=self.days)
        last = rows[-1].at + timedelta(hours=1)
        if last > end:
            end = last
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end {iso(end)} too late")
        expected: Counter[str] = Counter()
        for c in self.custs:
            expected.update(c.truth["expected_rules"])
        for acc in self.accounts.values():
            expected.update(acc["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
        if dict(expected) != expected_plan:
            raise SystemExit(f"{self.name}: expected {dict(expected)} != planned {expected_plan}")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.custs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


# --- shared pieces of trouble --------------------------------------------------------


def complaint(
    f: Fam, c: Cust, at: datetime, problem: str, channel: str, lang: str | None = None
) -> str:
    """The first message about a problem, on one channel."""
    lang = lang or c.lang
    eur = f.rng.choice(T.AMOUNTS[problem])
    amount = money(c, eur)
    if channel == "email":
        subj, text = f.choose(c, f"mail:{problem}:{lang}", T.MAIL[problem][lang])
        return f.add(c, at, "email", "message", fill(c, text, amount=amount), fill(c, subj))
    if channel == "long":
        subj = T.LONG_SUBJECT[lang].format(topic=T.LONG_TOPIC[problem][lang])
        opening = T.LONG_OPEN[lang][1 if 10 <= at.hour < 13 else 0]
        text = opening + "\n\n" + T.LONG_PARA[problem][lang] + f.rng.choice(T.LONG_CLOSE[lang])
        return f.add(c, at, "email", "message", fill(c, text, amount=amount), subj)
    if channel == "chat":
        return f.add(
            c,
            at,
            "chat",
            "chat",
            fill(c, f.choose(c, f"chat:{problem}:{lang}", T.CHAT[problem][lang]), amount=amount),
        )
    if channel == "social":
        text = fill(
            c, f.choose(c, f"social:{problem}:{lang}", T.SOCIAL[problem][lang]), amount=amount
        )
        return f.add(c, at, "social", "mention", at_brand(text))
    if channel == "web":
        return f.add(
            c,
            at,
            "web",
            "ticket",
            fill(c, T.FORM[problem][lang], amount=amount),
            attrs={"page": "/help/contact"},
        )
    if channel == "phone":
        return f.add(
            c,
            at,
            "phone",
            "call",
            fill(c, T.CALL[problem][lang], amount=money(c, eur, spoken=True)),
        )
    raise ValueError(channel)


def acknowledge(
    f: Fam, c: Cust, at: datetime, problem: str, channel: str, case: str, lang: str | None = None
) -> datetime:
    """The agent's answer with the case reference: chat answer or "case opened" e-mail."""
    lang = lang or c.lang
    issue = T.ISSUE[problem][lang]
    if channel == "chat":
        t = at + f.mins(1, 5)
        f.reply_chat(c, t, T.CHAT_CASE[lang], lang, case=case)
        return t
    t = f.agent_time(at + f.mins(10, 40))
    subj, text = T.CASE_OPENED[lang]
    f.reply_mail(
        c, t, fill(c, subj, case=case), fill(c, text, case=case, issue=issue, agent="{agent}"), lang
    )
    return t


def good_news(
    f: Fam, c: Cust, at: datetime, problem: str, case: str, lang: str | None = None
) -> tuple[str, datetime]:
    lang = lang or c.lang
    t = f.agent_time(at)
    subj, text = T.GOOD_NEWS[lang]
    eid = f.reply_mail(
        c,
        t,
        fill(c, subj, case=case),
        fill(c, text, case=case, fix=T.FIX[problem][lang], agent="{agent}"),
        lang,
    )
    return eid, t


def confirm(f: Fam, c: Cust, at: datetime, case: str, channel: str, lang: str | None = None) -> str:
    lang = lang or c.lang
    (subj, text), chat = T.CONFIRM[lang]
    if channel == "chat":
        eid = f.add(c, at, "chat", "chat", fill(c, chat, case=case))
        f.reply_chat(c, at + f.mins(1, 4), T.WELCOME[lang], lang)
        return eid
    return f.add(c, at, "email", "message", fill(c, text, case=case), fill(c, subj, case=case))


def follow_up(
    f: Fam,
    c: Cust,
    at: datetime,
    nth: int,
    channel: str,
    problem: str,
    case: str,
    comp: str,
    lang: str | None = None,
) -> str:
    """A later contact on an open case: second, third (names a competitor) or fourth."""
    lang = lang or c.lang
    issue = T.ISSUE[problem][lang]
    kw = {"case": case, "issue": issue, "comp": comp}
    if channel == "phone":
        table = {2: T.SECOND_CALL, 3: T.THIRD_CALL, 4: T.FOURTH_CALL}[nth]
        return f.add(c, at, "phone", "call", fill(c, table[lang], **kw))
    table2 = {2: T.SECOND, 3: T.THIRD, 4: T.FOURTH}[nth]
    text = fill(c, f.choose(c, f"follow{nth}:{lang}", table2[lang]), **kw)
    if channel == "email":
        subj = fill(c, f.rng.choice(T.FOLLOW_SUBJECT[lang]), case=case)
        return f.add(c, at, "email", "message", text + "\n" + c.first, subj)
    if channel == "web":
        return f.add(c, at, "web", "ticket", text, attrs={"page": "/help/contact"})
    if channel == "chat":
        eid = f.add(c, at, "chat", "chat", text)
        f.reply_chat(c, at + f.mins(1, 5), T.URGENT_CHAT[lang], lang, case=case)
        return eid
    if channel == "social":
        return f.add(c, at, "social", "mention", at_brand(text))
    raise ValueError(channel)


def fixed_case(
    f: Fam, c: Cust, at: datetime, problem: str, channel: str, first_lang: str, second_lang: str
) -> dict[str, Any]:
    """A problem raised, acknowledged, fixed ("good news, could you confirm") and confirmed."""
    case = f.case()
    eid = complaint(f, c, at, problem, channel, first_lang)
    acknowledge(f, c, at, problem, channel, case, first_lang)
    gn_eid, gn_t = good_news(f, c, at + f.mins(180, 1200), problem, case, second_lang)
    conf_channel = f.rng.choice(("email", "chat"))
    conf_t = f.daytime(gn_t + f.mins(480, 1800))
    conf_eid = confirm(f, c, conf_t, case, conf_channel, second_lang)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(at),
        "fixed_at": iso(gn_t),
        "confirmed_at": iso(conf_t),
        "problem_event_ids": [eid],
        "fix_event_id": gn_eid,
        "confirm_event_id": conf_eid,
        "channel": channel,
        "confirm_channel": conf_channel,
        "language": first_lang,
        "confirm_language": second_lang,
    }


def repeat_run(
    f: Fam,
    c: Cust,
    first_at: datetime,
    problem: str,
    first_channel: str,
    contacts: int,
    quality: bool,
    comp: str,
    langs: tuple[str, ...],
) -> None:
    """One open problem raised ``contacts`` times on different channels, 4-40 h apart."""
    case = f.case()
    eids = [complaint(f, c, first_at, problem, first_channel, langs[0])]
    if quality:
        if first_channel == "chat":
            acknowledge(f, c, first_at, problem, "chat", case, langs[0])
        subj, text = T.QUALITY_LEAD[langs[0]]
        f.reply_mail(
            c,
            first_at + f.mins(90, 150),
            fill(c, subj, case=case),
            fill(c, text, case=case, issue=T.ISSUE[problem][langs[0]], agent="{agent}"),
            langs[0],
        )
    else:
        acknowledge(f, c, first_at, problem, first_channel, case, langs[0])
    channels = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != first_channel]
    f.rng.shuffle(channels)
    t = first_at
    used = [first_channel]
    for nth in range(2, contacts + 1):
        t = t + f.mins(4 * 60, 40 * 60)
        if t.hour >= 22 or t.hour < 7:
            t = f.daytime(t)
        ch = channels.pop()
        used.append(ch)
        eids.append(follow_up(f, c, t, nth, ch, problem, case, comp, langs[(nth - 1) % len(langs)]))
    c.truth.update(
        {
            "problem": problem,
            "contacts": contacts,
            "channels": used,
            "channel": first_channel,
            "booking": case,
            "agent_passed_on": quality,
            "problem_event_ids": eids,
            "competitor": comp if contacts >= 3 else None,
            "trouble_starts_at": iso(first_at),
        }
    )


def slide(
    f: Fam, c: Cust, start: datetime, span_days: int, langs: tuple[str, ...], comp: str
) -> list[str]:
    """Six steps from a happy baseline to naming a competitor, on social, community or as reviews."""
    offsets = sorted(f.rng.sample(range(60, span_days * 24 * 60 - 60), 4))
    times = (
        [start]
        + [start + timedelta(minutes=m) for m in offsets]
        + [start + timedelta(days=span_days, minutes=f.rng.randint(-50, 50))]
    )
    fixed: list[datetime] = []
    for t in times:
        t = f.daytime(t)
        if fixed and t < fixed[-1] + timedelta(hours=1):
            t = f.daytime(fixed[-1] + timedelta(hours=1, minutes=f.rng.randint(5, 90)))
        fixed.append(t)
    variants = {lang: f.rng.randrange(len(T.SLIDE[lang])) for lang in langs}
    fee = money(c, f.rng.choice(T.SLIDE_FEE))
    ratings = ("3", "3", "2", "2", "1", "1")
    eids = []
    for i, t in enumerate(fixed):
        lang = langs[i % len(langs)]
        text = fill(c, T.SLIDE[lang][variants[lang]][i], amount=fee, comp=comp)
        ch = f.rng.choice(("social", "community", "review"))
        if ch == "social":
            eids.append(f.add(c, t, "social", "mention", at_brand(text)))
        elif ch == "community":
            eids.append(f.add(c, t, "community", "post", text))
        else:
            eids.append(
                f.add(c, t, "web", "review", text, attrs={"rating": ratings[i], "page": "/reviews"})
            )
    c.truth.update(
        {
            "slide_event_ids": eids,
            "slide_days": span_days,
            "competitor": comp,
            "trouble_starts_at": iso(fixed[0]),
            "slide_times": [iso(t) for t in fixed],
        }
    )
    return eids


def low_nps(f: Fam, c: Cust, at: datetime, lang: str | None = None) -> tuple[str, int]:
    lang = lang or c.lang
    score = f.rng.randint(1, 5)
    table = B.LOW_NPS_WORDS if c.segment == "b2b" else T.LOW_NPS_WORDS
    words = fill(c, f.rng.choice(table[lang])) or None
    return f.add(
        c, at, "survey", "survey_response", words, scores={"nps": score}, attrs={"survey": "nps"}
    ), score


# --- families ------------------------------------------------------------------------------


def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 2, 2, tzinfo=UTC),
        10,
        "happy customers: daytime writers, night writers and survey answerers",
    )
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        for d in f.days_apart(f.rng.randint(5, 8), 0, 9):
            f.happy(c, f.rt(d, 7, 19))
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer")
        nights = f.days_apart(f.rng.randint(2, 4), 0, 8)
        for d in nights:
            at = f.t(d, 22, 12) + timedelta(minutes=f.rng.randint(0, 378))
            f.happy(c, at, f.rng.choice(("night_post", "night_post", "night_chat")))
        for d in f.days_apart(f.rng.randint(2, 3), 0, 9, tuple(nights)):
            f.happy(c, f.rt(d, 9, 18), f.rng.choice(("praise", "buy", "view", "review")))
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys")
        for d in f.days_apart(f.rng.randint(3, 6), 0, 9):
            f.happy_survey(c, f.rt(d, 8, 20))
    f.write({})


def one_bad_day() -> None:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 3, 9, tzinfo=UTC),
        12,
        "happy customers with one angry message on one day, and controls",
    )
    rng = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in T.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    long_langs = ["fr", "fr", "pt", "pt"]
    people: list[tuple[Cust, str, str, datetime]] = []
    for ch, problem in zip(channels, problems, strict=True):
        lang = long_langs.pop() if ch == "long" else f.lang()
        c = f.person(lang, "happy_one_bad_day", "one bad day", tolerated=("silence",))
        bad = f.rt(rng.randint(2, 9), 8, 20)
        people.append((c, ch, problem, bad))
    with_case = [p for p in people if p[1] != "social"]
    detractors = set(id(p) for p in rng.sample(with_case, 6))
    rest = [p for p in with_case if id(p) not in detractors]
    csat = set(id(p) for p in rng.sample(rest, 5))
    fixed = set(id(p) for p in rng.sample(with_case, 12))
    fixed_list = [p for p in with_case if id(p) in fixed]
    apologise = set(id(p) for p in rng.sample(fixed_list, 5))
    for p in people:
        c, ch, problem, bad = p
        bad_day = (bad - f.start).days
        days = [d for d in range(0, 12) if d <= bad_day - 2 or d >= bad_day + 3]
        for d in sorted(rng.sample(days, min(len(days), rng.randint(1, 5)))):
            f.happy(c, f.rt(d, 7, 20), surveys=False)
        eid = complaint(f, c, bad, problem, ch)
        truth: dict[str, Any] = {
            "problem": problem,
            "channel": "email" if ch == "long" else ch,
            "long_email": ch == "long",
            "bad_day_at": iso(bad),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(bad),
            "booking": None,
            "agent_fixed": False,
            "apologised": False,
            "nps_given": False,
            "csat_given": False,
        }
        if ch != "social":
            case = f.case()
            truth["booking"] = case
            acknowledge(f, c, bad, problem, "chat" if ch == "chat" else "email", case)
            if id(p) in detractors:
                sid, score = low_nps(f, c, bad + f.mins(100, 140))
                truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
                c.truth["persona"] = "bad_day_detractor"
                c.truth["expected_rules"] = ["detractor"]
            if id(p) in csat:
                score = rng.randint(1, 2)
                words = fill(c, rng.choice(T.LOW_CSAT_WORDS[c.lang])) or None
                sid = f.add(
                    c,
                    bad + f.mins(40, 80),
                    "survey",
                    "survey_response",
                    words,
                    scores={"csat": score},
                    attrs={"survey": "csat"},
                )
                truth.update({"csat_given": True, "csat": score, "survey_event_id": sid})
            if id(p) in fixed:
                good_news(f, c, bad + f.mins(60, 240), problem, case)
                truth["agent_fixed"] = True
                if id(p) in apologise:
                    at = f.daytime(bad + f.mins(16 * 60, 24 * 60))
                    subj, text = T.APOLOGY[c.lang]
                    if rng.random() < 0.5:
                        aid = f.add(c, at, "chat", "chat", fill(c, text))
                        f.reply_chat(c, at + f.mins(1, 5), T.APOLOGY_REPLY[c.lang])
                    else:
                        aid = f.add(
                            c, at, "email", "message", fill(c, text) + "\n" + c.first, fill(c, subj)
                        )
                    truth.update(
                        {"apologised": True, "apology_at": iso(at), "apology_event_id": aid}
                    )
        c.truth.update(truth)
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control")
        for d in f.days_apart(rng.randint(4, 7), 0, 11):
            f.happy(c, f.rt(d, 7, 20))
    f.write({"detractor": 6})


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 4, 20, tzinfo=UTC),
        10,
        "customers whose one problem stays open across contacts, fixed cases, two problems, frequent writers",
    )
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    problems = [p for p in T.PROBLEMS for _ in range(2)]
    rng.shuffle(problems)
    quality = [True] * 6 + [False] * 6
    rng.shuffle(quality)
    for i in range(12):
        c = f.person(
            f.lang(),
            "repeat_contact",
            "repeats",
            expected=("repeat_contact",),
            tolerated=REPEAT_TOLERATE,
        )
        for _ in range(rng.randint(1, 3)):
            f.happy(c, f.rt(0, 7, 12), surveys=False)
        first_at = f.rt(rng.randint(1, 4), 8, 19)
        repeat_run(
            f,
            c,
            first_at,
            problems[i],
            firsts[i],
            counts[i],
            quality[i],
            COMPETITORS[i % 2],
            (c.lang,),
        )
    for _ in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", tolerated=("silence",))
        for _ in range(rng.randint(1, 2)):
            f.happy(c, f.rt(0, 7, 12), surveys=False)
        case = fixed_case(
            f,
            c,
            f.rt(rng.randint(1, 4), 8, 19),
            rng.choice(T.PROBLEMS),
            rng.choice(("web", "email", "chat", "phone")),
            c.lang,
            c.lang,
        )
        c.truth.update(
            {
                "problems": [case],
                "booking": case["booking"],
                "problem": case["problem"],
                "trouble_starts_at": case["raised_at"],
                "agent_fixed": True,
            }
        )
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", tolerated=("silence",))
        p1, p2 = rng.sample(T.PROBLEMS, 2)
        d1 = rng.randint(0, 3)
        a = fixed_case(
            f, c, f.rt(d1, 8, 19), p1, rng.choice(("web", "email", "chat", "phone")), c.lang, c.lang
        )
        b = fixed_case(
            f,
            c,
            f.rt(d1 + rng.randint(4, 5), 8, 19),
            p2,
            rng.choice(("web", "email", "chat", "phone")),
            c.lang,
            c.lang,
        )
        c.truth.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer")
        for d in f.days_apart(rng.randint(5, 8), 0, 9):
            f.happy(
                c,
                f.rt(d, 7, 19),
                weighted(rng, (("chat", 4), ("mail", 3), ("call", 2), ("buy", 1), ("view", 1))),
            )
    f.write({"repeat_contact": 12})


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 1, tzinfo=UTC),
        32,
        "sliding churners, leavers, steady and steadily grumpy customers, one sarcastic remark",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_givers = set(rng.sample(range(10), 5))
    for i in range(10):
        nps = i in nps_givers
        c = f.person(
            f.lang(),
            "slow_churner",
            "slides",
            expected=("detractor", "sentiment_drop") if nps else ("sentiment_drop",),
            tolerated=SLIDE_TOLERATE,
        )
        n_praise = rng.randint(4, 5)
        n_other = rng.randint(2, 4)
        days = f.days_apart(n_praise + n_other, 0, 10)
        kinds = ["praisepost"] * n_praise + [
            rng.choice(("chat", "buy", "view", "review", "mail")) for _ in range(n_other)
        ]
        rng.shuffle(kinds)
        for d, k in zip(days, kinds, strict=False):
            f.happy(c, f.rt(d, 8, 20), k)
        start = f.rt(rng.randint(12, 16), 9, 20)
        eids = slide(f, c, start, spans[i], (c.lang,), COMPETITORS[i % 2])
        if nps:
            step4 = datetime.strptime(c.truth["slide_times"][3], "%Y-%m-%dT%H:%M:%SZ").replace(
                tzinfo=UTC
            )
            sid, score = low_nps(f, c, f.daytime(step4 + f.mins(150, 210)))
            c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
        else:
            c.truth["nps_given"] = False
        assert len(eids) == 6
    for _ in range(5):
        c = f.person(
            f.lang(),
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=LEAVE_TOLERATE,
        )
        for d in f.days_apart(rng.randint(4, 6), 0, 15):
            f.happy(c, f.rt(d, 8, 20), surveys=False)
        at = f.rt(rng.randint(17, 23), 8, 20)
        subj, text = f.choose(c, f"leave:{c.lang}", T.LEAVE[c.lang])
        ask = f.add(c, at, "email", "message", fill(c, text), subj)
        s_subj, s_text = T.SORRY_GO[c.lang]
        f.reply_mail(c, at + f.mins(60, 300), s_subj, s_text)
        cancel_at = f.daytime(at + f.mins(20 * 60, 30 * 60))
        cid = f.add(
            c,
            cancel_at,
            "web",
            "cancellation",
            attrs={"page": "/account/pass/cancel", "product": W.PASS},
        )
        c.truth.update(
            {
                "churn_intent_event_id": ask,
                "cancellation_event_id": cid,
                "churn_at": iso(cancel_at),
                "trouble_starts_at": iso(at),
            }
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady")
        for d in f.days_apart(rng.randint(6, 10), 0, 31):
            f.happy(c, f.rt(d, 7, 20))
    for _ in range(5):
        c = f.person(
            f.lang(), "steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence")
        )
        d = rng.randint(0, 4)
        eids = []
        grumbles = list(T.GRUMBLES[c.lang])
        rng.shuffle(grumbles)
        first_at = None
        for k in range(rng.randint(5, 7)):
            at = f.rt(d, 8, 21)
            first_at = first_at or at
            text = grumbles[k]
            ch = rng.choice(("social", "community", "web", "review"))
            if ch == "social":
                eids.append(f.add(c, at, "social", "mention", at_brand(text)))
            elif ch == "community":
                eids.append(f.add(c, at, "community", "post", text))
            elif ch == "web":
                eids.append(f.add(c, at, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                eids.append(
                    f.add(c, at, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            d += rng.randint(1, 3)
            if d > 31:
                break
        for _ in range(rng.randint(0, 2)):
            f.happy(c, f.rt(rng.randint(0, 31), 9, 19), "buy")
        c.truth.update({"grumble_event_ids": eids, "trouble_starts_at": iso(first_at)})
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        sd = rng.randint(17, 28)
        for d in f.days_apart(rng.randint(4, 7), 0, 31, (sd,)):
            f.happy(c, f.rt(d, 8, 20), surveys=False)
        text = fill(c, f.choose(c, f"sarcasm:{c.lang}", T.SARCASM[c.lang]))
        sid = f.add(c, f.rt(sd, 9, 21), "social", "mention", at_brand(text))
        c.truth["sarcasm_event_id"] = sid
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 7, 24, tzinfo=UTC),
        3,
        "a calm summer weekend with three bursts of night owls each night; no spike",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        for d in f.days_apart(rng.randint(1, 3), 0, 2):
            f.happy(
                c,
                f.rt(d, 7, 17.5),
                rng.choice(("praise", "chat", "buy", "view", "review", "again", "gripe", "chat")),
            )
    mild_channels = ["chat", "chat", "web", "web"]
    for ch in mild_channels:
        c = f.person(f.lang(), "grumbles_once", "grumbles once", tolerated=("silence",))
        d = rng.randint(0, 2)
        _, t = f.happy(c, f.rt(d, 9, 17), rng.choice(("buy", "view")))
        at = t + f.mins(20, 30)
        q, a = f.choose(c, f"mild:{c.lang}", T.MILD[c.lang])
        if ch == "chat":
            gid = f.add(c, at, "chat", "chat", fill(c, q))
            f.reply_chat(c, at + f.mins(1, 5), a)
        else:
            gid = f.add(c, at, "web", "ticket", fill(c, q), attrs={"page": "/help/feedback"})
            subj, text = T.FORM_ACK[c.lang]
            f.reply_mail(c, at + f.mins(60, 240), subj, text)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(at)})
    day_acts = set(rng.sample(range(36), 18))
    owl = 0
    for night in range(3):
        b1 = f.t(night + 1, 0, 40) + f.mins(0, 25)
        starts = [b1, b1 + f.mins(28, 33), b1 + f.mins(55, 65)]
        for burst, bs in enumerate(starts, start=1):
            for _ in range(4):
                c = f.person(f.lang(), "night_owl", f"night {night + 1}, burst {burst}")
                at = bs + f.mins(0, 9)
                eid, _ = f.happy(c, at, rng.choice(("night_chat", "night_post")))
                c.truth.update({"burst_at": iso(bs), "night_event_id": eid})
                if owl in day_acts:
                    f.happy(
                        c,
                        f.rt(rng.randint(0, 2), 9, 17.5),
                        rng.choice(("praise", "buy", "view", "review")),
                    )
                owl += 1
    for r in f.rows:
        if (
            r.direction == "inbound"
            and (r.at.hour >= 22 or r.at.hour < 7)
            and r.cust.truth["persona"] != "night_owl"
        ):
            raise SystemExit(f"quiet_hours: {r.eid} at night")
    f.write({})


BILINGUAL = (
    ("happy", ("fr", "pt"), "FR"),
    ("happy", ("pt", "fr"), "FR"),
    ("happy", ("pt", "fr"), "LU"),
    ("happy", ("fr", "pt"), "LU"),
    ("happy", ("fr", "en"), "FR"),
    ("happy", ("en", "fr"), "FR"),
    ("happy", ("pt", "en"), "IE"),
    ("happy", ("fr", "de"), "CH"),
    ("happy", ("de", "fr"), "CH"),
    ("happy", ("pt", "es"), "PT"),
    ("happy", ("es", "pt"), "PT"),
    ("happy", ("it", "fr"), "CH"),
    ("repeat", ("pt", "fr"), "FR"),
    ("repeat", ("fr", "pt"), "FR"),
    ("repeat", ("fr", "en"), "FR"),
    ("repeat", ("pt", "de"), "CH"),
    ("repeat", ("de", "pt"), "PT"),
    ("slide", ("fr", "pt"), "LU"),
    ("slide", ("pt", "fr"), "CH"),
    ("slide", ("en", "pt"), "PT"),
    ("slide", ("fr", "it"), "FR"),
    ("slide", ("pt", "it"), "PT"),
    ("bad_long", ("pt", "fr"), "FR"),
    ("bad_mail", ("fr", "pt"), "FR"),
    ("bad_chat", ("fr", "es"), "ES"),
    ("fixed", ("pt", "fr"), "LU"),
    ("fixed", ("fr", "de"), "CH"),
)


def bilingual() -> None:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "customers who write in two languages: happy, repeat contacts, sliders, one bad day, fixed cases",
    )
    rng = f.rng
    counts = [2, 2, 3, 3, 4]
    rng.shuffle(counts)
    spans = [3, 4, 5, 4, 3]
    rng.shuffle(spans)
    n_repeat = n_slide = 0
    for role, langs, market in BILINGUAL:
        l1, l2 = langs
        common = {"market": market}
        if role == "happy":
            c = f.person(l1, "happy", "alternates languages", **common)
            for i, d in enumerate(f.days_apart(rng.randint(5, 8), 0, 13)):
                f.happy(c, f.rt(d, 7, 20), lang=langs[i % 2])
        elif role == "repeat":
            c = f.person(
                l1,
                "repeat_contact",
                "repeats",
                expected=("repeat_contact",),
                tolerated=REPEAT_TOLERATE,
                **common,
            )
            for i in range(rng.randint(1, 3)):
                f.happy(c, f.rt(rng.randint(0, 1), 8, 19), lang=langs[i % 2], surveys=False)
            k = counts[n_repeat]
            first_at = f.rt(rng.randint(2, 5), 8, 19)
            repeat_run(
                f,
                c,
                first_at,
                rng.choice(T.PROBLEMS),
                rng.choice(("web", "email", "chat", "phone")),
                k,
                k >= 3,
                COMPETITORS[n_repeat % 2],
                langs,
            )
            n_repeat += 1
        elif role == "slide":
            c = f.person(
                l1,
                "slow_churner",
                "slides",
                expected=("sentiment_drop",),
                tolerated=SLIDE_TOLERATE,
                **common,
            )
            n_other = rng.randint(1, 3)
            praise_days = f.days_apart(5, 0, 5)
            for i, d in enumerate(praise_days):
                f.happy(c, f.rt(d, 8, 14), "praisepost", lang=langs[i % 2])
            for i in range(n_other):
                f.happy(
                    c,
                    f.rt(rng.randint(0, 5), 15, 20),
                    rng.choice(("chat", "buy", "view")),
                    lang=langs[(i + 1) % 2],
                )
            slide(
                f,
                c,
                f.rt(rng.randint(7, 8), 9, 20),
                spans[n_slide],
                langs,
                COMPETITORS[n_slide % 2],
            )
            n_slide += 1
        elif role.startswith("bad_"):
            c = f.person(l1, "happy_one_bad_day", "one bad day", tolerated=("silence",), **common)
            bad_day = rng.randint(5, 8)
            bad = f.rt(bad_day, 8, 20)
            problem = rng.choice(T.PROBLEMS)
            days = [d for d in range(0, 14) if d <= bad_day - 2 or d >= bad_day + 3]
            for i, d in enumerate(sorted(rng.sample(days, rng.randint(3, 5)))):
                f.happy(c, f.rt(d, 7, 20), lang=langs[i % 2], surveys=False)
            ch = {"bad_long": "long", "bad_mail": "email", "bad_chat": "chat"}[role]
            eid = complaint(f, c, bad, problem, ch, l2)
            case = f.case()
            acknowledge(f, c, bad, problem, "chat" if ch == "chat" else "email", case, l2)
            truth: dict[str, Any] = {
                "problem": problem,
                "channel": "email" if ch == "long" else ch,
                "long_email": ch == "long",
                "bad_day_at": iso(bad),
                "bad_day_event_id": eid,
                "bad_day_language": l2,
                "booking": case,
                "trouble_starts_at": iso(bad),
                "agent_fixed": False,
                "apologised": False,
            }
            if ch != "chat":
                good_news(f, c, bad + f.mins(60, 240), problem, case, l2)
                truth["agent_fixed"] = True
            if ch == "email":
                at = f.daytime(bad + f.mins(18 * 60, 24 * 60))
                aid = f.add(c, at, "chat", "chat", fill(c, T.APOLOGY[l2][1]))
                f.reply_chat(c, at + f.mins(1, 5), T.APOLOGY_REPLY[l2], l2)
                truth.update({"apologised": True, "apology_at": iso(at), "apology_event_id": aid})
            c.truth.update(truth)
        elif role == "fixed":
            c = f.person(l1, "resolved_between_contacts", "fixed", tolerated=("silence",), **common)
            for i in range(rng.randint(1, 3)):
                f.happy(c, f.rt(rng.randint(0, 2), 8, 19), lang=langs[i % 2], surveys=False)
            case = fixed_case(
                f, c, f.rt(rng.randint(3, 7), 8, 19), rng.choice(T.PROBLEMS), "web", l1, l2
            )
            c.truth.update(
                {
                    "problems": [case],
                    "booking": case["booking"],
                    "problem": case["problem"],
                    "trouble_starts_at": case["raised_at"],
                    "confirm_language": l2,
                    "agent_fixed": True,
                }
            )
        c.truth.update({"languages": list(langs), "job_second_language": P.WHY_SECOND[langs]})
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 9, 28, tzinfo=UTC),
        14,
        "Parlavo Pro firms on account: at-risk, one unhappy, mild and happy accounts",
    )
    rng = f.rng
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]

    def routine(c: Cust, at: datetime, high_score: bool = True) -> None:
        kinds = [("chat", 4), ("buy", 2), ("view", 2)]
        if high_score:
            kinds += [("praise", 1), ("survey", 1)]
        kind = weighted(rng, tuple(kinds))
        if kind == "chat":
            q, a = f.choose(c, f"b2bchat:{c.lang}", B.CHAT_QA[c.lang])
            f.add(c, at, "chat", "chat", q)
            t = at + f.mins(1, 6)
            f.reply_chat(c, t, a)
            if rng.random() < 0.6:
                f.add(c, t + f.mins(1, 4), "chat", "chat", fill(c, rng.choice(W.THANKS[c.lang])))
        elif kind == "buy":
            label, eur = f.choose(c, "b2bproduct", B.PRODUCTS)
            f.add(c, at, "web", "page_view", attrs={"page": "/pro/portal/new-job"})
            value, cur = price(c, eur)
            f.add(
                c,
                at + f.mins(3, 20),
                "web",
                "purchase",
                attrs={
                    "order_value": value,
                    "currency": cur,
                    "product": label,
                    "page": "/pro/portal/new-job",
                },
            )
        elif kind == "view":
            f.add(c, at, "web", "page_view", attrs={"page": rng.choice(B.PAGES)})
        elif kind == "praise":
            f.add(c, at, "community", "post", f.choose(c, f"b2bpraise:{c.lang}", B.PRAISE[c.lang]))
        else:
            f.happy_survey(c, at)

    def first_complaint(c: Cust, t: datetime, problem: str, case: str, company: str) -> str:
        """A firm's first (or only) complaint e-mail, acknowledged with the case reference."""
        subj, text = B.FIRST[(problem, c.lang)]
        body = fill(c, text, company=company, job=c.truth["job_title"])
        eid = f.add(c, t, "email", "message", body, subj)
        a_subj, a_text = B.ACK[c.lang]
        ack = fill(c, a_text, case=case, agent="{agent}")
        f.reply_mail(c, f.office(t + f.mins(10, 50)), fill(c, a_subj, case=case), ack, wait=False)
        return eid

    def office_slot(day: int) -> datetime:
        return f.rt(day, 8, 16.5)

    for name, domain, site, market, lang, kind, problem, n_contacts in B.ACCOUNTS:
        while True:
            acc = f"PVP-{market}-{rng.randint(1000, 9999)}"
            if acc not in USED["account"]:
                USED["account"].add(acc)
                break
        firsts: set[str] = set()
        n_unhappy = (
            B.AT_RISK_COMPLAINERS.get(name, 0)
            if kind == "at_risk"
            else (1 if kind == "one_unhappy" else 0)
        )
        n_mild = 2 if kind == "mild" else 0
        contacts: list[Cust] = []
        for i in range(n_contacts):
            if i < n_unhappy:
                if kind == "at_risk":
                    last = i == n_unhappy - 1
                    c = f.person(
                        lang,
                        "b2b_unhappy",
                        "complainer",
                        market=market,
                        expected=("repeat_contact",) if last else ("detractor",),
                        tolerated=AT_RISK_TOLERATE,
                        account=acc,
                        domain=domain,
                        company_firsts=firsts,
                    )
                else:
                    c = f.person(
                        lang,
                        "b2b_one_unhappy",
                        "complainer",
                        market=market,
                        expected=("detractor",),
                        tolerated=ONE_UNHAPPY_TOLERATE,
                        account=acc,
                        domain=domain,
                        company_firsts=firsts,
                    )
                role = "complainer"
            elif i < n_unhappy + n_mild:
                c = f.person(
                    lang,
                    "b2b_mild",
                    "suggests",
                    market=market,
                    tolerated=("silence",),
                    account=acc,
                    domain=domain,
                    company_firsts=firsts,
                )
                role = "suggests"
            else:
                c = f.person(
                    lang,
                    "b2b_happy",
                    "contact",
                    market=market,
                    account=acc,
                    domain=domain,
                    company_firsts=firsts,
                )
                role = "contact"
            title = fill(c, rng.choice(B.JOB_TITLES[lang]))
            c.truth.update({"company": name, "role": role, "job_title": title, "job": title})
            contacts.append(c)
        unhappy = contacts[:n_unhappy]
        mild = contacts[n_unhappy : n_unhappy + n_mild]
        happy = contacts[n_unhappy + n_mild :]
        for c in happy:
            for d in rng.sample(weekdays, rng.randint(2, 5)):
                routine(c, office_slot(d))
        for c in unhappy + mild:
            for _ in range(rng.randint(0, 2)):
                routine(c, office_slot(rng.randint(0, 1)), high_score=False)
        account: dict[str, Any] = {
            "company": name,
            "site": site,
            "contacts": n_contacts,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": n_unhappy,
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk":
            assert problem is not None
            case = f.case()
            t = f.rt(2, 8, 15)
            account["trouble_starts_at"] = iso(t)
            first_t = t
            later_variants = list(B.LATER[(problem, lang)])
            rng.shuffle(later_variants)
            comp = COMPETITORS[len(f.accounts) % 2]
            for i, c in enumerate(unhappy):
                if i == 0:
                    eid = first_complaint(c, t, problem, case, name)
                else:
                    t = f.office(t + f.mins(8 * 60, 28 * 60))
                    gap = (t.date() - first_t.date()).days
                    day = (
                        B.SAME_DAY[lang]
                        if gap == 0
                        else B.YESTERDAY[lang]
                        if gap == 1
                        else B.ON_DAY[lang][first_t.weekday()]
                    )
                    subj, text = later_variants[(i - 1) % len(later_variants)]
                    kw = {
                        "company": name,
                        "job": c.truth["job_title"],
                        "first": unhappy[0].first,
                        "day": day,
                        "case": case,
                    }
                    eid = f.add(
                        c, t, "email", "message", fill(c, text, **kw), fill(c, subj, case=case)
                    )
                    d_subj, d_text = B.ADDED[lang]
                    f.reply_mail(
                        c,
                        f.office(t + f.mins(30, 90)),
                        fill(c, d_subj, case=case),
                        fill(c, d_text, case=case, agent="{agent}"),
                        wait=False,
                    )
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(t),
                    }
                )
                if i < len(unhappy) - 1:
                    sid, score = low_nps(f, c, t + f.mins(60, 180))
                    c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
                else:
                    c.truth["nps_given"] = False
            last_c = unhappy[-1]
            t2 = f.office(t + f.mins(18 * 60, 40 * 60))
            issue = B.ISSUE[(problem, lang)]
            if len(f.accounts) == 0:
                subj, text = B.LAST_MAIL[lang]
                eid2 = f.add(
                    last_c,
                    t2,
                    "email",
                    "message",
                    fill(
                        last_c,
                        text,
                        case=case,
                        issue=issue,
                        comp=comp,
                        company=name,
                        job=last_c.truth["job_title"],
                    ),
                    fill(last_c, subj, case=case),
                )
                last_c.truth["competitor"] = comp
            else:
                eid2 = f.add(
                    last_c,
                    t2,
                    "phone",
                    "call",
                    fill(last_c, B.LAST_CALL[lang], case=case, issue=issue, company=name),
                )
                last_c.truth["competitor"] = None
            last_c.truth["complaint_event_ids"].append(eid2)
            last_c.truth["second_contact_at"] = iso(t2)
        elif kind == "one_unhappy":
            assert problem is not None
            c = unhappy[0]
            case = f.case()
            t = f.office(f.rt(rng.randint(3, 7), 8, 16))
            eid = first_complaint(c, t, problem, case, name)
            sid, score = low_nps(f, c, t + f.mins(60, 180))
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": sid,
                }
            )
        elif kind == "mild":
            for j, c in enumerate(mild):
                t = f.rt(rng.choice([d for d in weekdays if d >= 2]), 8, 16)
                text = B.SUGGEST[lang][j % 2]
                mid = f.add(c, t, "web", "ticket", text, attrs={"page": "/pro/portal/feedback"})
                s_subj, s_text = B.SUGGEST_ACK[lang]
                f.reply_mail(
                    c,
                    f.office(t + f.mins(60, 240)),
                    s_subj,
                    fill(c, s_text, agent="{agent}"),
                    wait=False,
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        f.accounts[acc] = account
    for r in f.rows:
        complaint_row = (
            r.cust.truth["role"] == "complainer"
            and r.channel in ("email", "phone")
            and r.direction == "inbound"
        )
        if complaint_row and (r.at.weekday() >= 5 or not 8 <= r.at.hour < 18):
            raise SystemExit(f"b2b_accounts: complaint {r.eid} outside office hours")
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 10, 19, tzinfo=UTC),
        7,
        "a calm week and a planted spike of one fault",
    )
    rng = f.rng
    spike_day = 3
    w0 = f.t(spike_day, 13, 35)
    w1 = f.t(spike_day, 14, 20)
    langs = ["fr"] * 6 + ["pt"] * 6 + ["en", "en", "de", "de", "es", "es", "it", "it"]
    rng.shuffle(langs)
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(channels)
    early = sorted(rng.sample(range(1, 25), 11))
    late = sorted(rng.sample(range(26, 45), 7))
    minutes = [0, *early, *late, 45]
    times = [
        w0 + timedelta(minutes=m, seconds=rng.randint(0, 50) if 0 < m < 45 else 0) for m in minutes
    ]
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        lang = langs[i]
        c = f.person(
            lang, "spike_reporter", "regular" if regular[i] else "new", tolerated=("silence",)
        )
        if regular[i]:
            for _ in range(rng.randint(1, 3)):
                f.happy(c, f.rt(1, 8, 17.5), surveys=False)
        at = times[i]
        ch = channels[i]
        text = fill(c, f.choose(c, f"spike:{lang}", S.REPORT[lang]))
        if ch == "social":
            eid = f.add(c, at, "social", "mention", at_brand(text))
        elif ch == "chat":
            eid = f.add(c, at, "chat", "chat", text)
            f.reply_chat(c, at + f.mins(1, 4), S.CHAT_ANSWER[lang])
        elif ch == "community":
            eid = f.add(c, at, "community", "post", text)
        elif ch == "email":
            subj, hello, bye = S.MAIL[lang]
            eid = f.add(c, at, "email", "message", hello + text + fill(c, bye), subj)
        else:
            eid = f.add(c, at, "web", "ticket", text, attrs={"page": "/app/order/new"})
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular[i],
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(at),
                "agent_fixed": False,
                "repeat_event_id": None,
            }
        )
        reporters.append((c, at, ch, eid))
    candidates = [r for r in reporters if r[1] <= w0 + timedelta(minutes=25)]
    repeat_channels = ["email", "email", "chat", "chat", "community", "community"]
    chosen: list[tuple[tuple[Cust, datetime, str, str], str]] = []
    for _attempt in range(200):
        pick = rng.sample(candidates, 6)
        rc = repeat_channels[:]
        rng.shuffle(rc)
        if all(p[2] != ch for p, ch in zip(pick, rc, strict=True)):
            chosen = list(zip(pick, rc, strict=True))
            break
    if not chosen:
        raise SystemExit("topic_spike: no repeat channels")
    repeat_ids = []
    for (c, at, _, _), ch in chosen:
        t2 = at + f.mins(15, 50)
        text = fill(c, f.choose(c, f"spikerep:{c.lang}", S.REPEAT[c.lang]))
        if ch == "email":
            rid = f.add(c, t2, "email", "message", text + "\n" + c.first, S.REPEAT_SUBJECT[c.lang])
        elif ch == "chat":
            rid = f.add(c, t2, "chat", "chat", text)
            f.reply_chat(c, t2 + f.mins(1, 4), S.CHAT_ANSWER[c.lang])
        else:
            rid = f.add(c, t2, "community", "post", text)
        repeat_ids.append(rid)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["sentiment_drop", "silence"],
                "repeat_event_id": rid,
                "repeat_channel": ch,
            }
        )
    repeaters = {id(p[0]) for p, _ in chosen}
    others = [r for r in reporters if id(r[0]) not in repeaters]
    for c, _, _, _ in rng.sample(others, 6):
        local = "16:50" if c.market in ("PT", "UK", "IE") else "17:50"
        if c.lang == "fr":
            local = local.replace(":", "h")
        credit = (
            "£9"
            if c.market == "UK"
            else ("CHF 9" if c.lang in ("de", "en") else "9 CHF")
            if c.market == "CH"
            else ("€10" if c.lang == "en" else "10 €")
        )
        subj, text = S.FIXED[c.lang]
        f.reply_mail(
            c,
            f.t(spike_day, 16, 8) + f.mins(0, 9),
            subj,
            fill(c, text, time=local, credit=credit, agent="{agent}"),
            wait=False,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": S.TOPIC,
        "about": "the document upload of the app and website fails with one error code for about 45 minutes; reports in six languages on five channels",
        "channel": None,
        "start": iso(w0),
        "end": iso(w1),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[3] for r in reporters],
        "repeat_event_ids": repeat_ids,
    }
    for lang, day, hour, minute in (("fr", 2, 9, 40), ("pt", 2, 16, 5)):
        c = f.person(lang, "grumbles_once", "lone question", tolerated=("silence",))
        for _ in range(rng.randint(0, 2)):
            f.happy(c, f.rt(rng.choice((0, 1)), 8, 18), rng.choice(("buy", "view", "praise")))
        q, a = S.LONE[lang]
        at = f.t(day, hour, minute)
        lid = f.add(c, at, "chat", "chat", q)
        f.reply_chat(c, at + f.mins(2, 5), a)
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(at)})
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", tolerated=("silence",))
        at = f.rt(0, 9, 17)
        q, a = T.WEEK_MILD[c.lang]
        gid = f.add(c, at, "chat", "chat", q)
        f.reply_chat(c, at + f.mins(1, 5), a)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(at)})
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer")
        for d in f.days_apart(rng.randint(1, 4), 0, 5):
            at = f.rt(d, 17, 20) if d == spike_day else f.rt(d, 7, 19)
            f.happy(c, at)
    for r in f.rows:
        if r.cust.truth["persona"] == "happy" and w0 - timedelta(hours=1) <= r.at <= w1 + timedelta(
            hours=2
        ):
            raise SystemExit(f"topic_spike: happy act {r.eid} in the window")
    f.write({"topic_spike": 1, "repeat_contact": 6})


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
        build()
    print(f"wrote {len(FAMILIES)} families to {HERE}", file=sys.stderr)


if __name__ == "__main__":
    main()
