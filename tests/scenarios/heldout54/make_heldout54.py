"""Generate the heldout54 hand-written alert scenarios (report only, never tune on them).

Run ``python make_heldout54.py`` from anywhere; standard library only; two runs give
the same bytes. See README.md for the stories and how the truth was decided.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import re
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

SEED = 20261119
WRITTEN = "2026-12-03"
LIMIT = datetime(2026, 11, 25, tzinfo=UTC)
BUSINESS = "device repair (phones, tablets, laptops, consoles) by app, web, shops and prepaid mail-in boxes, with a monthly protection plan, and a business arm repairing company device fleets on account"
LANG_WEIGHTS = {"pt": 30, "de": 30, "fr": 10, "es": 10, "it": 10, "en": 10}
PHONES: dict[str, tuple[str, list[str], int]] = {
    "PT": ("+351", ["91", "92", "93", "96"], 7),
    "DE": ("+49", ["151", "160", "170", "176"], 8),
    "AT": ("+43", ["664", "676", "699"], 7),
    "CH": ("+41", ["76", "78", "79"], 7),
    "FR": ("+33", ["6", "7"], 8),
    "BE": ("+32", ["470", "475", "486"], 6),
    "LU": ("+352", ["621", "661", "691"], 6),
    "ES": ("+34", ["6", "7"], 8),
    "IT": ("+39", ["320", "333", "347"], 7),
    "UK": ("+44", ["7700", "7911", "7480"], 6),
    "IE": ("+353", ["83", "85", "87"], 7),
}
DOMAINS: dict[str, list[str]] = {
    "pt": ["correio.example", "sapo-mail.example", "caixa.example"],
    "de": ["posteo-mail.example", "netzpost.example", "webbrief.example"],
    "fr": ["courriel.example", "laposte-mail.example"],
    "es": ["correo.example", "buzon.example"],
    "it": ["posta.example", "casella.example"],
    "en": ["inbox.example", "mailbox.example"],
}
SOURCES = {
    "email": "fixoria-mail",
    "phone": "fixoria-voice",
    "social": "fixoria-social",
    "community": "fixoria-forum",
    "chat": "fixoria-chat",
    "web": "fixoria-web",
    "survey": "fixoria-survey",
}
DEFAULT_KIND = {
    "email": "message",
    "phone": "call",
    "chat": "chat",
    "community": "post",
    "social": "mention",
    "survey": "survey_response",
}
CET_MARKETS = {"DE", "AT", "CH", "FR", "BE", "LU", "ES", "IT"}

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
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: dict[str, set[str]] = {
    "id": set(),
    "email": set(),
    "phone": set(),
    "handle": set(),
    "ref": set(),
    "account": set(),
}


def ascii_fold(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if ord(ch) < 128)


def strip_accents(text: str) -> str:
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    out: list[str] = []
    for ch in text:
        if ch in table:
            out.append(table[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            out.append(
                "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            )
    return "".join(out)


def currency(market: str) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(market, "EUR")


def convert(eur: float, market: str) -> float:
    return eur * {"GBP": 0.86, "CHF": 0.94, "EUR": 1.0}[currency(market)]


def money(eur: float, market: str, lang: str) -> str:
    cur = currency(market)
    value = round(convert(eur, market))
    if cur == "GBP":
        return f"£{value}"
    if cur == "CHF":
        return f"CHF {value}"
    return f"€{value}" if lang == "en" else f"{value} €"


def spoken(eur: float, market: str, lang: str) -> str:
    words = {
        "EUR": {
            "pt": "euros",
            "de": "Euro",
            "fr": "euros",
            "es": "euros",
            "it": "euro",
            "en": "euros",
        },
        "GBP": {
            "pt": "libras",
            "de": "Pfund",
            "fr": "livres",
            "es": "libras",
            "it": "sterline",
            "en": "pounds",
        },
        "CHF": {
            "pt": "francos",
            "de": "Franken",
            "fr": "francs",
            "es": "francos",
            "it": "franchi",
            "en": "francs",
        },
    }
    cur = currency(market)
    return f"{round(convert(eur, market))} {words[cur][lang]}"


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
    persona: str
    habit: str
    expected: list[str]
    tolerated: list[str]
    info: dict[str, Any] = field(default_factory=dict)

    def ident(self) -> dict[str, str | None]:
        return {
            "customer_id": self.key,
            "email": self.email,
            "phone": self.phone,
            "handle": self.handle,
            "account_id": self.account,
        }


@dataclass
class Row:
    at: datetime
    seq: int
    eid: str
    cust: Cust
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.n, self.start, self.days, self.about = (
            name,
            code,
            n,
            start,
            days,
            about,
        )
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: list[Cust] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    # --- people -------------------------------------------------------------
    def lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]

    def uniq(self, kind: str, make: Any) -> str:
        for _ in range(200):
            value: str = make()
            if value not in USED[kind]:
                USED[kind].add(value)
                return value
        raise RuntimeError(f"no unique {kind}")

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
        avoid_first: set[str] | None = None,
    ) -> Cust:
        r = self.rng
        lang = lang or self.lang()
        market = market or r.choice(W.MARKETS[lang])
        first = r.choice([x for x in W.FIRST[lang] if x not in (avoid_first or set())])
        last = r.choice(W.LAST[lang])
        key = self.uniq("id", lambda: f"FX{self.code}{r.randint(1000, 9999)}")
        f, la = ascii_fold(first).lower(), ascii_fold(last).lower()
        if domain:
            email = self.uniq(
                "email",
                lambda: (
                    f"{f}.{la}@{domain}"
                    if f"{f}.{la}@{domain}" not in USED["email"]
                    else f"{f}.{la}{r.randint(2, 9)}@{domain}"
                ),
            )
            handle = None
        else:
            dom = r.choice(DOMAINS[lang])
            email = self.uniq(
                "email",
                lambda: (
                    r.choice(
                        [
                            f"{f}.{la}",
                            f"{f}{la}{r.randint(1, 99)}",
                            f"{f[0]}{la}",
                            f"{la}.{f}{r.randint(70, 99)}",
                        ]
                    )
                    + "@"
                    + dom
                ),
            )
            handle = self.uniq(
                "handle",
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{la}_{f}{r.randint(1, 9)}",
                            f"{f}{la}{r.randint(10, 99)}",
                            f"{f[0]}{la}",
                            f"{f}_{la}",
                            f"{f}.{la[:3]}{r.randint(1, 9)}",
                        ]
                    )
                ),
            )
        cc, prefixes, rest = PHONES[market]
        phone = self.uniq(
            "phone",
            lambda: cc + r.choice(prefixes) + "".join(str(r.randint(0, 9)) for _ in range(rest)),
        )
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
            persona,
            habit,
            list(expected or []),
            list(tolerated or []),
        )
        c.info["job"] = r.choice(W.JOBS[lang])
        c.info["town"] = r.choice(W.TOWNS[market])
        self.custs.append(c)
        return c

    def ref(self) -> str:
        return self.uniq("ref", lambda: f"FX-{self.rng.randint(100000, 999999)}")

    # --- time ---------------------------------------------------------------
    def at(self, day: float, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        return self.start + timedelta(days=int(day), minutes=minutes)

    def later(self, t: datetime, m0: float, m1: float) -> datetime:
        return t + timedelta(minutes=self.rng.randint(int(m0), int(m1)))

    def daytime(self, t: datetime) -> datetime:
        """Out of the night (22:00-07:00 UTC): to 08:00-09:00 the next morning."""
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0)
        elif t.hour < 7:
            base = t.replace(hour=8, minute=0)
        else:
            return t
        return base + timedelta(minutes=self.rng.randint(0, 59))

    def office(self, t: datetime) -> datetime:
        """Weekdays 08-17 UTC; otherwise the next working morning."""
        while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
            if t.hour >= 17 or t.weekday() >= 5:
                t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
            else:
                t = t.replace(hour=8, minute=self.rng.randint(0, 50))
        return t

    # --- touchpoints ----------------------------------------------------------
    def ctx(self, c: Cust, **extra: str) -> dict[str, str]:
        base = {
            "brand": W.BRAND,
            "plan": W.PLAN,
            "pro": B.PRO,
            "first": c.first,
            "town": c.info.get("town", ""),
            "agent": self.rng.choice(W.AGENTS[c.lang]),
        }
        base.update(extra)
        return base

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text.startswith(W.BRAND):
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

    def add(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        kind: str | None = None,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        if at >= LIMIT or at.year != 2026 or at < self.start:
            raise ValueError(f"{self.name}: time out of range {at}")
        self.seq += 1
        eid = f"fx54-{self.code.lower()}-{self.seq:05d}"
        kind = kind or DEFAULT_KIND[channel]
        if text is not None and channel == "social" and not out:
            if W.BRAND in text:
                pos = text.rfind(W.BRAND)
                text = text[:pos] + "@" + text[pos:]
            else:
                text = "@" + W.BRAND + " " + text
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        if out and channel in ("email", "chat"):
            a.setdefault("agent", self.rng.choice(W.AGENTS[c.lang]))
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(Row(at, self.seq, eid, c, channel, kind, out, text, subject, sc, a))
        return eid

    def agent_of(self, text: str, lang: str) -> str:
        """The agent who signs the text (the last agent's name in it), else one of the language's."""
        best, agent = -1, ""
        for names in W.AGENTS.values():
            for name in names:
                for m in re.finditer(rf"\b{name}\b", text):
                    if m.start() > best:
                        best, agent = m.start(), name
        return agent if best >= 0 else str(self.rng.choice(W.AGENTS[lang]))

    def reply_email(
        self, c: Cust, at: datetime, text: str, subject: str | None = None, lang: str | None = None
    ) -> str:
        return self.add(
            c,
            at,
            "email",
            text=text,
            subject=subject,
            out=True,
            attrs={"agent": self.agent_of(text, lang or c.lang)},
        )

    def reply_chat(self, c: Cust, at: datetime, text: str, lang: str | None = None) -> str:
        return self.add(
            c,
            at,
            "chat",
            text=text,
            out=True,
            attrs={"agent": self.agent_of(text, lang or c.lang)},
        )

    # --- happy acts -----------------------------------------------------------
    def happy(
        self,
        c: Cust,
        t: datetime,
        kinds: list[str] | None = None,
        lang: str | None = None,
        surveys: bool = True,
    ) -> str:
        r = self.rng
        lg = lang or c.lang
        options = kinds or [
            "praise",
            "again",
            "gripe",
            "chat",
            "email",
            "call",
            "purchase",
            "page",
            "review",
        ] + (["survey"] if surveys else [])
        k = r.choice(options)
        cx = self.ctx(c)
        if k in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[k]
            return self.add(
                c, t, r.choice(["social", "community"]), text=r.choice(table[lg]).format(**cx)
            )
        if k == "chat":
            q, a = r.choice(W.CHAT_Q[lg])
            eid = self.add(c, t, "chat", text=q.format(**cx))
            t2 = self.later(t, 1, 6)
            self.reply_chat(c, t2, a.format(**cx), lg)
            if r.random() < 0.6:
                self.add(c, self.later(t2, 1, 3), "chat", text=r.choice(W.THANKS[lg]))
            return eid
        if k == "email":
            s, q, a = r.choice(W.EMAIL_Q[lg])
            eid = self.add(c, t, "email", text=q.format(**cx), subject=s.format(**cx))
            self.reply_email(
                c, self.daytime(self.later(t, 60, 240)), a.format(**cx), "RE: " + s.format(**cx), lg
            )
            return eid
        if k == "call":
            q, a = r.choice(W.CALL_Q[lg])
            eid = self.add(c, t, "phone", text=q.format(**cx))
            self.reply_email(c, self.later(t, 10, 40), a.format(**cx), None, lg)
            return eid
        if k == "purchase":
            label, eur, page = r.choice(W.PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": page})
            return self.add(
                c,
                self.later(t, 3, 15),
                "web",
                "purchase",
                attrs={
                    "page": page,
                    "product": label,
                    "order_value": f"{convert(eur, c.market):.2f}",
                    "currency": currency(c.market),
                },
            )
        if k == "page":
            return self.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        if k == "review":
            text, rating = r.choice(W.REVIEW[lg])
            return self.add(
                c, t, "web", "review", text=text, attrs={"rating": rating, "page": "/reviews"}
            )
        return self.survey_happy(c, t, lg)

    def survey_happy(self, c: Cust, t: datetime, lg: str | None = None) -> str:
        r = self.rng
        which = r.choice(["nps", "csat", "ces"])
        value = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
        word = r.choice(W.SURVEY_WORDS[lg or c.lang]) or None
        return self.add(c, t, "survey", text=word, scores={which: value}, attrs={"survey": which})

    def happy_days(
        self, c: Cust, days: list[int], h0: float = 7, h1: float = 19, **kw: Any
    ) -> list[str]:
        return [self.happy(c, self.at(d, h0, h1), **kw) for d in days]

    def pick_days(self, lo: int, hi: int, k: int, avoid: set[int] | None = None) -> list[int]:
        pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
        return sorted(self.rng.sample(pool, min(k, len(pool))))

    # --- problems -------------------------------------------------------------
    def pctx(self, c: Cust, problem: str, ref: str = "", lang: str | None = None) -> dict[str, str]:
        lg = lang or c.lang
        return self.ctx(
            c,
            ref=ref,
            topic=W.TOPIC[problem][lg],
            amt=money(214 if problem == "quote_jump" else 129, c.market, lg),
            amt_low=money(89, c.market, lg),
            spoken=spoken(214 if problem == "quote_jump" else 129, c.market, lg),
            spoken_low=spoken(89, c.market, lg),
        )

    def complaint(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        ref: str | None,
        lang: str | None = None,
        long: bool = False,
    ) -> str:
        lg = lang or c.lang
        cx = self.pctx(c, problem, ref or "", lg)
        if channel == "social":
            return self.add(c, t, "social", text=W.SOCIAL[problem][lg].format(**cx))
        if channel == "phone":
            return self.add(c, t, "phone", text=W.CALL[problem][lg].format(**cx))
        body = self.rng.choice(W.COMPLAINT[problem][lg]).format(**cx)
        subject = W.SUBJ_COMPLAINT[lg].format(**cx)
        if long:
            opening, closing = self.rng.choice(W.LONG_EMAIL[lg])
            body = opening.format(**cx) + "\n\n" + body + "\n\n" + closing.format(**cx)
        if channel == "email":
            return self.add(c, t, "email", text=body, subject=subject)
        if channel == "web":
            return self.add(
                c, t, "web", "ticket", text=body, subject=subject, attrs={"page": "/help/contact"}
            )
        return self.add(c, t, "chat", text=body)

    def acknowledge(
        self, c: Cust, t: datetime, channel: str, ref: str, problem: str, lang: str | None = None
    ) -> datetime:
        """The agent's first answer: chat in chat, else a 'case opened' e-mail."""
        lg = lang or c.lang
        cx = self.pctx(c, problem, ref, lg)
        if channel == "chat":
            t2 = self.later(t, 1, 4)
            self.reply_chat(c, t2, W.CHAT_CASE[lg].format(**cx), lg)
            return t2
        t2 = self.daytime(self.later(t, 10, 40))
        self.reply_email(c, t2, W.CASE_OPENED[lg].format(**cx), W.SUBJ_RE[lg].format(**cx), lg)
        return t2

    # --- output ---------------------------------------------------------------
    def customer_ref(self, row: Row, first: bool) -> dict[str, str | None]:
        c, r = row.cust, self.rough
        ident: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if row.out or first:
            ident.update(c.ident())
            return ident
        if row.channel == "phone":
            cc = PHONES[c.market][0]
            ident["phone"] = c.phone if r.random() < 0.5 else cc + " " + c.phone[len(cc) :]
        elif row.channel in ("social", "community"):
            if c.handle is None:
                ident["email"] = c.email
            else:
                ident["handle"] = c.handle if r.random() < 0.8 else c.handle.lstrip("@")
        elif row.channel == "email":
            ident["email"] = c.email.upper() if r.random() < 0.08 else c.email
        else:
            ident["customer_id"] = c.key
        return ident

    def write(self, expected_planted: dict[str, int]) -> tuple[int, int]:
        rows = sorted(self.rows, key=lambda x: (x.at, x.seq))
        seen: set[str] = set()
        lines: list[str] = []
        for row in rows:
            first = not row.out and row.cust.key not in seen
            if first:
                seen.add(row.cust.key)
            rec = {
                "event_id": row.eid,
                "occurred_at": row.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": row.channel,
                "kind": row.kind,
                "direction": "outbound" if row.out else "inbound",
                "customer": self.customer_ref(row, first),
                "text": row.text,
                "subject": row.subject,
                "scores": row.scores,
                "source": SOURCES[row.channel],
                "attributes": row.attrs,
            }
            lines.append(json.dumps(rec, ensure_ascii=False))
        for c in self.custs:
            if c.key not in seen:
                raise ValueError(f"{self.name}: {c.key} has no inbound touchpoint")
            if set(c.expected) & set(c.tolerated):
                raise ValueError(f"{self.name}: {c.key} expects and tolerates a rule")
        counts: Counter[str] = Counter()
        for c in self.custs:
            counts.update(c.expected)
        for a in self.accounts.values():
            counts.update(a["expected_rules"])
        if self.spike:
            counts["topic_spike"] += 1
        if dict(counts) != expected_planted:
            raise ValueError(f"{self.name}: expected {dict(counts)} != planted {expected_planted}")
        last = rows[-1].at
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise ValueError(f"{self.name}: end {end}")
        customers: dict[str, dict[str, Any]] = {}
        for c in self.custs:
            entry: dict[str, Any] = {
                "identifiers": c.ident(),
                "expected_rules": sorted(c.expected),
                "tolerated_rules": sorted(c.tolerated),
                "persona": c.persona,
                "habit": c.habit,
                "language": c.lang,
                "country": c.market,
                "segment": "b2b" if c.account else "consumer",
                "name": f"{c.first} {c.last}",
            }
            entry.update(c.info)
            customers[c.key] = entry
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(counts.items())),
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(rows)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# --- shared stories -------------------------------------------------------------


def night_act(f: Fam, c: Cust, t: datetime) -> str:
    r = f.rng
    cx = f.ctx(c)
    if r.random() < 0.5:
        return f.add(
            c,
            t,
            r.choice(["social", "community"]),
            text=r.choice(W.NIGHT_POST[c.lang]).format(**cx),
        )
    q, a = r.choice(W.NIGHT_CHAT[c.lang])
    eid = f.add(c, t, "chat", text=q)
    t2 = f.later(t, 1, 5)
    f.reply_chat(c, t2, a)
    f.add(c, f.later(t2, 1, 3), "chat", text=r.choice(W.THANKS[c.lang]))
    return eid


def repeat_run(
    f: Fam, c: Cust, n: int, first_channel: str, first_day: int, langs: list[str], quality: bool
) -> None:
    """One problem, still open, raised n times (4-40 h apart, each on another channel)."""
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    ref = f.ref()
    comp = r.choice(W.COMPETITORS)
    t = f.at(first_day, 8, 19)
    ids = [f.complaint(c, t, problem, first_channel, ref, lang=langs[0])]
    if quality:
        if first_channel == "chat":
            f.acknowledge(c, t, "chat", ref, problem, langs[0])
        cx = f.pctx(c, problem, ref, langs[0])
        f.reply_email(
            c,
            f.daytime(f.later(t, 90, 150)),
            W.QUALITY_LEAD[langs[0]].format(**cx),
            W.SUBJ_RE[langs[0]].format(**cx),
            langs[0],
        )
    else:
        f.acknowledge(c, t, first_channel, ref, problem, langs[0])
    chosen: list[str] = []
    for k in range(2, n + 1):
        opts = [
            x
            for x in ["email", "chat", "phone", "web", "social"]
            if x != first_channel and x not in chosen and (k == 2 or x != "phone")
        ]
        chosen.append(r.choice(opts))
    tk = t
    for k, ch in enumerate(chosen, start=2):
        lg = langs[(k - 1) % len(langs)]
        tk = f.daytime(tk + timedelta(minutes=r.randint(4 * 60, 40 * 60)))
        cx = f.pctx(c, problem, ref, lg)
        cx["comp"] = comp
        if ch == "phone":
            text = W.STILL_OPEN_CALL[lg].format(**cx)
        else:
            text = {2: W.STILL_OPEN, 3: W.THIRD, 4: W.FOURTH}[k][lg].format(**cx)
        if ch == "email":
            eid = f.add(c, tk, "email", text=text, subject=W.SUBJ_RE[lg].format(**cx))
        elif ch == "web":
            eid = f.add(
                c,
                tk,
                "web",
                "ticket",
                text=text,
                subject=W.SUBJ_RE[lg].format(**cx),
                attrs={"page": "/help/contact"},
            )
        else:
            eid = f.add(c, tk, ch, text=text)
        if ch == "chat":
            f.reply_chat(c, f.later(tk, 1, 4), W.URGENT_CHAT[lg].format(**cx), lg)
        ids.append(eid)
    c.info.update(
        problem=problem,
        booking=ref,
        contacts=n,
        channel=first_channel,
        channels=[first_channel, *chosen],
        agent_passed_on=quality,
        problem_event_ids=ids,
        competitor=comp if n >= 3 else None,
        trouble_starts_at=iso(t),
    )


def fixed_case(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    """Raised, acknowledged, fixed ('good news, could you confirm') and confirmed."""
    r = f.rng
    ref = f.ref()
    eid = f.complaint(c, t, problem, channel, ref, lang=lang)
    f.acknowledge(c, t, "chat" if channel == "chat" else "email", ref, problem, lang)
    cx = f.pctx(c, problem, ref, confirm_lang)
    tg = f.daytime(t + timedelta(minutes=r.randint(3 * 60, 20 * 60)))
    f.reply_email(
        c,
        tg,
        W.GOOD_NEWS[confirm_lang].format(**cx),
        W.SUBJ_RE[confirm_lang].format(**cx),
        confirm_lang,
    )
    tc = f.daytime(tg + timedelta(minutes=r.randint(8 * 60, 30 * 60)))
    cch = r.choice(["email", "chat"])
    if cch == "email":
        ce = f.add(
            c,
            tc,
            "email",
            text=W.CONFIRM[confirm_lang].format(**cx),
            subject=W.SUBJ_RE[confirm_lang].format(**cx),
        )
    else:
        ce = f.add(c, tc, "chat", text=W.CONFIRM[confirm_lang].format(**cx))
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(tg),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
        "channel": channel,
        "confirm_channel": cch,
    }


def slide(f: Fam, c: Cust, first_day: int, span: int, langs: list[str], with_nps: bool) -> None:
    """Six steps down from a happy baseline; the last names a competitor."""
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    base = f.at(first_day, 8, 18)
    ids: list[str] = []
    prev: datetime | None = None
    ratings = ["3", "3", "2", "2", "1", "1"]
    first_at = base
    for i in range(6):
        lg = langs[i % len(langs)]
        t = f.daytime(base + timedelta(minutes=int(span * 24 * 60 * i / 5) + r.randint(0, 90)))
        if prev is not None and t < prev + timedelta(hours=1):
            t = f.daytime(prev + timedelta(minutes=r.randint(60, 120)))
        cx = f.ctx(c, comp=comp)
        text = W.SLIDE[lg][i].format(**cx)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            eid = f.add(
                c, t, "web", "review", text=text, attrs={"rating": ratings[i], "page": "/reviews"}
            )
        else:
            eid = f.add(c, t, ch, text=text)
        ids.append(eid)
        if prev is None:
            first_at = t
        prev = t
        if i == 3 and with_nps:
            tn = f.daytime(f.later(t, 150, 210))
            nps = r.randint(1, 5)
            c.info.update(
                nps_given=True,
                nps=nps,
                survey_event_id=f.add(
                    c,
                    tn,
                    "survey",
                    text=r.choice(W.LOW_NPS[lg]) or None,
                    scores={"nps": nps},
                    attrs={"survey": "nps"},
                ),
            )
    c.info.update(
        slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=iso(first_at)
    )


# --- families -------------------------------------------------------------------


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d0(2026, 3, 2),
        10,
        "happy customers writing by day and by night, and some who only answer surveys",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.pick_days(0, 9, r.randint(5, 8)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        ids = []
        for d in f.pick_days(0, 8, r.randint(2, 4)):
            t = f.start + timedelta(days=d, hours=22, minutes=12 + r.randint(0, 6 * 60 + 17))
            ids.append(night_act(f, c, t))
        c.info["night_event_ids"] = ids
        f.happy_days(
            c,
            f.pick_days(0, 9, r.randint(2, 3)),
            9,
            18,
            kinds=["praise", "purchase", "page", "review"],
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.pick_days(0, 9, r.randint(3, 6)):
            f.survey_happy(c, f.at(d, 8, 20))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        d0(2026, 4, 20),
        12,
        "happy customers with one angry message on one day, and happy controls",
    )
    r = f.rng
    channels = ["long", "email", "chat", "social", "web", "phone"]
    with_case = [i for i in range(24) if channels[i // 4] != "social"]
    order = list(with_case)
    r.shuffle(order)
    nps_set, csat_set = set(order[:6]), set(order[6:11])
    good = set(r.sample(with_case, 12))
    sorry = set(r.sample(sorted(good), 5))
    for i in range(24):
        ch = channels[i // 4]
        problem = W.PROBLEMS[i % 4]
        lang = ["pt", "pt", "de", "de"][i % 4] if ch == "long" else None
        det = i in nps_set
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if det else [],
            tolerated=["silence"],
        )
        bd = r.randint(2, 9)
        t = f.at(bd, 8, 20)
        ref = f.ref() if ch != "social" else None
        eid = f.complaint(c, t, problem, "email" if ch == "long" else ch, ref, long=ch == "long")
        c.info.update(
            problem=problem,
            booking=ref,
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            agent_fixed=i in good,
            apologised=i in sorry,
        )
        if ref is not None:
            f.acknowledge(c, t, "chat" if ch == "chat" else "email", ref, problem)
        if det:
            nps = r.randint(1, 5)
            c.info.update(
                nps_given=True,
                nps=nps,
                survey_event_id=f.add(
                    c,
                    f.later(t, 100, 140),
                    "survey",
                    text=r.choice(W.LOW_NPS[c.lang]) or None,
                    scores={"nps": nps},
                    attrs={"survey": "nps"},
                ),
            )
        elif i in csat_set:
            cs = r.randint(1, 2)
            c.info.update(
                csat_given=True,
                csat=cs,
                survey_event_id=f.add(
                    c,
                    f.later(t, 40, 80),
                    "survey",
                    text=r.choice(W.LOW_CSAT[c.lang]) or None,
                    scores={"csat": cs},
                    attrs={"survey": "csat"},
                ),
            )
        if i in good and ref is not None:
            cx = f.pctx(c, problem, ref)
            f.reply_email(
                c,
                f.daytime(f.later(t, 60, 240)),
                W.GOOD_NEWS[c.lang].format(**cx),
                W.SUBJ_RE[c.lang].format(**cx),
            )
            if i in sorry:
                ta = f.daytime(t + timedelta(minutes=r.randint(16 * 60, 24 * 60)))
                sch = r.choice(["chat", "email"])
                ae = f.add(
                    c,
                    ta,
                    sch,
                    text=W.APOLOGY[c.lang],
                    subject=W.SUBJ_RE[c.lang].format(**cx) if sch == "email" else None,
                )
                c.info.update(apology_at=iso(ta), apology_event_id=ae)
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, sorted(r.sample(days, r.randint(1, 5))), surveys=False)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.pick_days(0, 11, r.randint(4, 7)))
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d0(2026, 6, 1),
        10,
        "one problem raised again and again while open, problems fixed between contacts, and frequent happy writers",
    )
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(counts)
    quality = set(r.sample(range(12), 6))
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12), surveys=False)
        repeat_run(f, c, counts[i], firsts[i], r.randint(1, 4), [c.lang], i in quality)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy(c, f.at(0, 7, 18), surveys=False)
        t = f.at(r.randint(1, 4), 8, 19)
        case = fixed_case(f, c, t, r.choice(W.PROBLEMS), r.choice(["web", "email"]), c.lang, c.lang)
        c.info.update(problems=[case], trouble_starts_at=case["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        p1, p2 = r.sample(list(W.PROBLEMS), 2)
        day1 = r.randint(1, 2)
        cases = [
            fixed_case(
                f, c, f.at(day1, 8, 18), p1, r.choice(["web", "email", "chat"]), c.lang, c.lang
            )
        ]
        cases.append(
            fixed_case(
                f,
                c,
                f.at(day1 + r.randint(4, 5), 8, 18),
                p2,
                r.choice(["web", "email", "chat"]),
                c.lang,
                c.lang,
            )
        )
        c.info.update(problems=cases, trouble_starts_at=cases[0]["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(
            c,
            f.pick_days(0, 9, r.randint(5, 8)),
            kinds=["chat", "chat", "email", "email", "call", "purchase", "praise"],
        )
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d0(2026, 7, 6),
        32,
        "happy customers sliding over days, leavers who cancel, steady, steadily grumpy and sarcastic ones",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    with_nps = set(r.sample(range(10), 5))
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop", "detractor"] if i in with_nps else ["sentiment_drop"],
            tolerated=SLIDE_TOL,
        )
        n_praise, n_other = r.randint(4, 5), r.randint(2, 4)
        days = f.pick_days(0, 10, n_praise + n_other)
        r.shuffle(days)
        for j, d in enumerate(days):
            kinds = (
                ["praise", "again"]
                if j < n_praise
                else ["chat", "email", "call", "purchase", "page", "review"]
            )
            f.happy(c, f.at(d, 8, 19), kinds=kinds)
        slide(f, c, r.randint(12, 16), spans[i], [c.lang], i in with_nps)
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVE_TOL
        )
        f.happy_days(c, f.pick_days(0, 15, r.randint(4, 6)), surveys=False)
        t = f.at(r.randint(17, 23), 8, 19)
        cx = f.ctx(c)
        ce = f.add(
            c,
            t,
            "email",
            text=r.choice(W.LEAVE[c.lang]).format(**cx),
            subject=W.SUBJ_LEAVE[c.lang].format(**cx),
        )
        f.reply_email(
            c,
            f.daytime(f.later(t, 60, 300)),
            W.SORRY_GO[c.lang].format(**cx),
            "RE: " + W.SUBJ_LEAVE[c.lang].format(**cx),
        )
        tc = f.daytime(t + timedelta(minutes=r.randint(20 * 60, 30 * 60)))
        ca = f.add(c, tc, "web", "cancellation", attrs={"page": "/account/plan", "product": W.PLAN})
        c.info.update(
            churn_intent_event_id=ce,
            cancellation_event_id=ca,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.pick_days(0, 31, r.randint(6, 10)))
    for lang in ["pt", "de", "pt", "de", "de"]:
        c = f.person(
            "steadily_grumpy", "grumbles", lang=lang, tolerated=["repeat_contact", "silence"]
        )
        texts = r.sample(W.GRUMPY[lang], r.randint(5, 6))
        d = r.randint(0, 4)
        ids = []
        times: list[datetime] = []
        for text in texts:
            t = f.at(d, 8, 21)
            times.append(t)
            ch = r.choice(["social", "community", "web", "review"])
            tx = text.format(**f.ctx(c))
            if ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text=tx, attrs={"page": "/help/contact"}))
            elif ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text=tx, attrs={"rating": "3", "page": "/reviews"})
                )
            else:
                ids.append(f.add(c, t, ch, text=tx))
            d += r.randint(1, 3)
        for _ in range(r.randint(0, 2)):
            f.happy(c, f.at(r.randint(0, 30), 9, 18), kinds=["purchase"])
        c.info.update(grumble_event_ids=ids, trouble_starts_at=iso(times[0]))
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        sd = r.randint(17, 28)
        f.happy_days(c, f.pick_days(0, 31, r.randint(3, 6), avoid={sd}))
        t = f.at(sd, 9, 21)
        c.info.update(
            sarcasm_event_id=f.add(
                c,
                t,
                r.choice(["social", "community"]),
                text=r.choice(W.SARCASM[c.lang]).format(**f.ctx(c)),
            ),
            trouble_starts_at=iso(t),
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        d0(2026, 8, 28),
        3,
        "a calm summer weekend, a few mild grumbles, and night owls in small bursts (no spike)",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.pick_days(0, 2, r.randint(1, 3)), 7, 17.5)
    for k in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(r.randint(0, 2), 9, 17)
        f.happy(c, t, kinds=["page", "purchase"])
        t2 = f.later(t, 20, 30)
        q, a = r.choice(W.MILD[c.lang])
        if k < 2:
            ge = f.add(c, t2, "chat", text=q)
            f.reply_chat(c, f.later(t2, 1, 5), a)
        else:
            ge = f.add(c, t2, "web", "ticket", text=q, attrs={"page": "/help/contact"})
            f.reply_email(c, f.daytime(f.later(t2, 60, 180)), W.FORM_ACK[c.lang].format(**f.ctx(c)))
        c.info.update(grumble_event_id=ge, trouble_starts_at=iso(t2))
    for night in range(3):
        base = f.start + timedelta(days=night + 1)
        first = base + timedelta(minutes=r.randint(40, 65))
        bursts = [
            first,
            first + timedelta(minutes=r.randint(28, 33)),
            first + timedelta(minutes=r.randint(55, 65)),
        ]
        for b, bt in enumerate(bursts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                ne = night_act(f, c, bt + timedelta(minutes=r.randint(0, 9)))
                c.info.update(burst_at=iso(bt), night_event_id=ne)
                if r.random() < 0.5:
                    f.happy(
                        c,
                        f.at(r.randint(0, 2), 9, 17.5),
                        kinds=["praise", "purchase", "page", "review", "chat"],
                    )
    return f


PAIRS = (
    [("pt", "de")] * 4
    + [("de", "pt")] * 4
    + [("pt", "en")] * 2
    + [("de", "en")] * 2
    + [
        ("en", "pt"),
        ("de", "fr"),
        ("fr", "de"),
        ("pt", "es"),
        ("es", "pt"),
        ("pt", "fr"),
        ("fr", "pt"),
        ("de", "it"),
        ("it", "de"),
        ("es", "de"),
        ("en", "de"),
        ("pt", "it"),
        ("it", "en"),
        ("de", "es"),
        ("es", "en"),
    ]
)
WHY_SECOND = {
    "pt": "grew up in a Portuguese family and writes Portuguese with relatives' devices",
    "de": "works for a German-speaking employer and uses German for work devices",
    "en": "works in an English-speaking team",
    "fr": "studied in a French-speaking town and still writes French",
    "es": "Spanish partner; the household account is in Spanish",
    "it": "Italian-speaking family; writes Italian for the parents' phones",
}


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        d0(2026, 9, 21),
        14,
        "customers who write in two languages: happy, repeat contacts, sliders, one bad day, fixed",
    )
    r = f.rng
    pairs = list(PAIRS)
    r.shuffle(pairs)
    idx = next(i for i, p in enumerate(pairs) if p[1] == "de")
    pairs[22], pairs[idx] = pairs[idx], pairs[22]

    def who(i: int, persona: str, habit: str, **kw: Any) -> tuple[Cust, list[str]]:
        a, b = pairs[i]
        markets = W.MARKETS[a] + W.MARKETS[b]
        c = f.person(persona, habit, lang=a, market=r.choice(markets), **kw)
        c.info.update(languages=[a, b], job_second_language=WHY_SECOND[b])
        return c, [a, b]

    for i in range(12):
        c, langs = who(i, "happy", "alternates languages")
        for j, d in enumerate(f.pick_days(0, 13, r.randint(5, 8))):
            f.happy(c, f.at(d, 8, 20), lang=langs[j % 2])
    counts = [2, 2, 3, 3, 4]
    for k in range(5):
        c, langs = who(
            12 + k, "repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL
        )
        for j in range(r.randint(1, 3)):
            f.happy(c, f.at(r.randint(0, 1), 8, 18), lang=langs[j % 2], surveys=False)
        repeat_run(
            f,
            c,
            counts[k],
            r.choice(["web", "email", "chat"]),
            r.randint(2, 5),
            langs,
            counts[k] >= 3,
        )
    for k in range(5):
        c, langs = who(
            17 + k, "slow_churner", "slides", expected=["sentiment_drop"], tolerated=SLIDE_TOL
        )
        days = f.pick_days(0, 5, 5)
        for j, d in enumerate(days):
            f.happy(c, f.at(d, 8, 19), kinds=["praise", "again"], lang=langs[j % 2])
        for j in range(r.randint(1, 3)):
            f.happy(
                c,
                f.at(r.randint(0, 5), 8, 19),
                kinds=["chat", "purchase", "page", "review"],
                lang=langs[(j + 1) % 2],
            )
        slide(f, c, r.randint(7, 8), r.randint(3, 5), langs, False)
    for k, ch in enumerate(["long", "email", "chat"]):
        c, langs = who(22 + k, "happy_one_bad_day", "one bad day", tolerated=["silence"])
        b = langs[1]
        bd = r.randint(4, 9)
        t = f.at(bd, 8, 19)
        problem = r.choice(W.PROBLEMS)
        ref = f.ref()
        eid = f.complaint(
            c, t, problem, "email" if ch == "long" else ch, ref, lang=b, long=ch == "long"
        )
        f.acknowledge(c, t, "chat" if ch == "chat" else "email", ref, problem, b)
        c.info.update(
            problem=problem,
            booking=ref,
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=b,
            trouble_starts_at=iso(t),
            agent_fixed=ch != "chat",
            apologised=ch == "email",
        )
        if ch != "chat":
            cx = f.pctx(c, problem, ref, b)
            f.reply_email(
                c,
                f.daytime(f.later(t, 60, 240)),
                W.GOOD_NEWS[b].format(**cx),
                W.SUBJ_RE[b].format(**cx),
                b,
            )
        if ch == "email":
            ta = f.daytime(t + timedelta(minutes=r.randint(18 * 60, 24 * 60)))
            c.info.update(
                apology_at=iso(ta), apology_event_id=f.add(c, ta, "chat", text=W.APOLOGY[b])
            )
        days = [d for d in range(14) if d <= bd - 2 or d >= bd + 3]
        for j, d in enumerate(sorted(r.sample(days, r.randint(3, 5)))):
            f.happy(c, f.at(d, 8, 19), lang=langs[j % 2], surveys=False)
    for k in range(2):
        c, langs = who(25 + k, "resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy(c, f.at(0, 8, 18), lang=langs[1], surveys=False)
        t = f.at(r.randint(2, 6), 8, 19)
        case = fixed_case(f, c, t, r.choice(W.PROBLEMS), "web", langs[0], langs[1])
        c.info.update(
            problems=[case], trouble_starts_at=case["raised_at"], confirm_language=langs[1]
        )
    return f


ACCOUNTS = [
    ("at_risk", "pt", "PT", 5, 3, "portal"),
    ("at_risk", "de", "DE", 4, 3, "invoice"),
    ("at_risk", "de", "AT", 5, 4, "overbilled"),
    ("at_risk", "es", "ES", 6, 4, "service_blocked"),
    ("at_risk", "fr", "FR", 4, 3, "invoice"),
    ("one_unhappy", "pt", "PT", 3, 1, "overbilled"),
    ("one_unhappy", "de", "CH", 3, 1, "service_blocked"),
    ("one_unhappy", "it", "IT", 3, 1, "portal"),
    ("one_unhappy", "en", "UK", 3, 1, "invoice"),
    ("mild", "pt", "PT", 3, 2, ""),
    ("mild", "de", "DE", 4, 2, ""),
    ("mild", "de", "DE", 3, 2, ""),
    ("happy", "pt", "PT", 4, 0, ""),
    ("happy", "de", "AT", 3, 0, ""),
    ("happy", "es", "ES", 4, 0, ""),
]


def b2b_routine(f: Fam, c: Cust, t: datetime, surveys: bool) -> None:
    r = f.rng
    options = (
        ["chat", "order", "portal", "praise", "survey"] if surveys else ["chat", "order", "portal"]
    )
    k = r.choice(options)
    cx = f.ctx(c)
    if k == "chat":
        q, a = r.choice(B.CHAT_Q[c.lang])
        f.add(c, t, "chat", text=q)
        t2 = f.later(t, 1, 6)
        f.reply_chat(c, t2, a)
        if r.random() < 0.5:
            f.add(c, f.later(t2, 1, 3), "chat", text=r.choice(W.THANKS[c.lang]))
    elif k == "order":
        label, eur = r.choice(B.ORDERS)
        f.add(c, t, "web", "page_view", attrs={"page": "/business/orders"})
        f.add(
            c,
            f.later(t, 3, 15),
            "web",
            "purchase",
            attrs={
                "page": "/business/orders",
                "product": label,
                "order_value": f"{convert(eur, c.market):.2f}",
                "currency": currency(c.market),
            },
        )
    elif k == "portal":
        f.add(
            c,
            t,
            "web",
            "page_view",
            attrs={
                "page": r.choice(
                    ["/business/fleet", "/business/invoices", "/business/swap-devices"]
                )
            },
        )
    elif k == "praise":
        f.add(c, t, "community", text=r.choice(B.PRAISE[c.lang]).format(**cx))
    else:
        f.survey_happy(c, t)


def weekdays(f: Fam, lo: int, hi: int) -> list[int]:
    return [d for d in range(lo, hi + 1) if (f.start + timedelta(days=d)).weekday() < 5]


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d0(2026, 10, 12),
        14,
        "company contacts on account: at-risk accounts where several contacts complain about one problem, one unhappy contact, mild suggestions, happy accounts",
    )
    r = f.rng
    companies = {k: list(v) for k, v in B.COMPANIES.items()}
    for n_acc, (kind, lang, market, n, unhappy, problem) in enumerate(ACCOUNTS):
        company, site = companies[lang].pop(0)
        domain = "".join(ch for ch in ascii_fold(company).lower() if ch.isalnum()) + ".example"
        acc = f.uniq("account", lambda m=market: f"FXB-{m}-{r.randint(1000, 9999)}")
        contacts: list[Cust] = []
        for j in range(n):
            if kind == "at_risk" and j < unhappy:
                last = j == unhappy - 1
                persona, role, exp, tol = (
                    "b2b_unhappy",
                    "complainer",
                    ["repeat_contact"] if last else ["detractor"],
                    B2B_RISK_TOL,
                )
            elif kind == "one_unhappy" and j == 0:
                persona, role, exp, tol = (
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    B2B_ONE_TOL,
                )
            elif kind == "mild" and j < unhappy:
                persona, role, exp, tol = "b2b_mild", "suggests", [], ["silence"]
            else:
                persona, role, exp, tol = "b2b_happy", "contact", [], []
            c = f.person(
                persona,
                role,
                lang=lang,
                market=market,
                expected=exp,
                tolerated=tol,
                account=acc,
                domain=domain,
                avoid_first={x.first for x in contacts},
            )
            title = r.choice(B.JOB_TITLES)
            c.info.update(company=company, role=role, job_title=title, job=title)
            contacts.append(c)
            if role == "contact":
                for d in sorted(r.sample(weekdays(f, 0, 11), r.randint(2, 4))):
                    b2b_routine(f, c, f.at(d, 8, 16.5), True)
            else:
                for _ in range(r.randint(0, 2)):
                    b2b_routine(f, c, f.at(r.randint(0, 1), 8, 16.5), False)
        complainers = [c for c in contacts if c.info["role"] == "complainer"]
        trouble: str | None = None
        if kind == "at_risk":
            ref = f.ref()
            t = f.office(f.at(2, 8, 12))
            first_t, first_c = t, complainers[0]
            ids_all: list[str] = []
            for j, c in enumerate(complainers):
                cx = f.ctx(
                    c,
                    ref=ref,
                    topic=B.TOPIC[problem][lang],
                    amt=money(1800, market, lang),
                    company=company,
                    firstname=first_c.first,
                )
                if j == 0:
                    text = B.FIRST_COMPLAINT[problem][lang].format(**cx)
                    trouble = iso(t)
                else:
                    t = f.office(t + timedelta(minutes=r.randint(8 * 60, 28 * 60)))
                    day = (
                        B.DAYWORDS[lang][5]
                        if t.date() == first_t.date()
                        else B.DAYWORDS[lang][first_t.weekday()]
                    )
                    text = B.LATER_COMPLAINT[lang].format(**cx, day=day)
                eid = f.add(c, t, "email", text=text, subject=B.SUBJ[lang].format(**cx))
                ids = [eid]
                if j == 0:
                    f.reply_email(
                        c,
                        f.later(t, 10, 60),
                        B.ACK[lang].format(**cx),
                        "RE: " + B.SUBJ[lang].format(**cx),
                    )
                if j < len(complainers) - 1:
                    nps = r.randint(1, 5)
                    c.info.update(
                        nps_given=True,
                        nps=nps,
                        survey_event_id=f.add(
                            c,
                            f.later(t, 60, 180),
                            "survey",
                            scores={"nps": nps},
                            attrs={"survey": "nps"},
                        ),
                    )
                else:
                    t2 = f.office(t + timedelta(minutes=r.randint(18 * 60, 40 * 60)))
                    cx["comp"] = r.choice(W.COMPETITORS)
                    if n_acc == 0:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                text=B.LAST_EMAIL[lang].format(**cx),
                                subject="RE: " + B.SUBJ[lang].format(**cx),
                            )
                        )
                        c.info["competitor"] = cx["comp"]
                    else:
                        ids.append(f.add(c, t2, "phone", text=B.LAST_CALL[lang].format(**cx)))
                    c.info["repeat_event_id"] = ids[-1]
                c.info.update(
                    problem=problem, booking=ref, complaint_event_ids=ids, trouble_starts_at=iso(t)
                )
                ids_all.extend(ids)
        elif kind == "one_unhappy":
            c = complainers[0]
            ref = f.ref()
            t = f.office(f.at(r.randint(3, 7), 8, 16))
            cx = f.ctx(c, ref=ref, topic=B.TOPIC[problem][lang], amt=money(900, market, lang))
            eid = f.add(
                c,
                t,
                "email",
                text=B.FIRST_COMPLAINT[problem][lang].format(**cx),
                subject=B.SUBJ[lang].format(**cx),
            )
            f.reply_email(
                c, f.later(t, 10, 60), B.ACK[lang].format(**cx), "RE: " + B.SUBJ[lang].format(**cx)
            )
            nps = r.randint(1, 5)
            c.info.update(
                problem=problem,
                booking=ref,
                complaint_event_ids=[eid],
                trouble_starts_at=iso(t),
                nps_given=True,
                nps=nps,
                survey_event_id=f.add(
                    c, f.later(t, 60, 180), "survey", scores={"nps": nps}, attrs={"survey": "nps"}
                ),
            )
        elif kind == "mild":
            texts = list(B.MILD[lang])
            for j, c in enumerate(contacts[:unhappy]):
                t = f.office(f.at(r.randint(2, 9), 8, 16))
                me = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    text=texts[j % len(texts)],
                    attrs={"page": "/business/feedback"},
                )
                f.reply_email(c, f.later(t, 60, 240), B.MILD_ACK[lang].format(**f.ctx(c)))
                c.info.update(mild_event_id=me, trouble_starts_at=iso(t))
        unhappy_keys = [c.key for c in complainers]
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
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
        d0(2026, 11, 16),
        7,
        "a calm week and one planted incident reported by many customers within 45 minutes",
    )
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.pick_days(0, 5, r.randint(1, 4)):
            f.happy(c, f.at(d, 12, 19) if d == 5 else f.at(d, 7, 19))
    for _ in range(2):
        c = f.person(
            "grumbles_once", "grumbles once", lang=r.choice(["pt", "de"]), tolerated=["silence"]
        )
        t = f.at(0, 9, 17)
        q, a = W.MILD[c.lang][0]
        ge = f.add(c, t, "chat", text=q)
        f.reply_chat(c, f.later(t, 1, 5), a)
        c.info.update(grumble_event_id=ge, trouble_starts_at=iso(t))
    for lang, hh, mm in [("pt", 10, 15), ("de", 16, 40)]:
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = f.start + timedelta(days=2, hours=hh, minutes=mm)
        q, a = W.LONE[lang]
        le = f.add(c, t, "chat", text=q)
        f.reply_chat(c, f.later(t, 2, 6), a)
        c.info.update(lone_report_event_id=le, trouble_starts_at=iso(t))
    langs = ["pt"] * 6 + ["de"] * 6 + ["fr", "fr", "es", "es", "it", "it", "en", "en"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    slots = [round(45 * k / 19) for k in range(20)]
    r.shuffle(slots)
    regulars = set(r.sample(range(20), 12))
    spike_start = f.start + timedelta(days=3, hours=14, minutes=20)
    early = [k for k in range(20) if slots[k] <= 25]
    r.shuffle(early)
    rep_left = ["email", "email", "chat", "chat", "community", "community"]
    repeaters: dict[int, str] = {}
    for k in early:
        opts = [x for x in rep_left if x != chans[k]]
        if opts and len(repeaters) < 6:
            ch = r.choice(opts)
            rep_left.remove(ch)
            repeaters[k] = ch
    if len(repeaters) != 6:
        raise ValueError("spike repeaters")
    fixed = set(r.sample([k for k in range(20) if k not in repeaters], 6))
    keys: list[str] = []
    events: list[str] = []
    rep_events: list[str] = []
    for k in range(20):
        lang = langs[k]
        rep = k in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if k in regulars else "new",
            lang=lang,
            expected=["repeat_contact"] if rep else [],
            tolerated=["sentiment_drop", "silence"] if rep else ["silence"],
        )
        if k in regulars:
            for _ in range(r.randint(1, 3)):
                f.happy(c, f.at(1, 8, 17.5))
        t = spike_start + timedelta(
            minutes=slots[k], seconds=r.randint(0, 50) if 0 < slots[k] < 45 else 0
        )
        cx = f.ctx(c)
        text = r.choice(W.SPIKE[lang]).format(**cx)
        ch = chans[k]
        if ch == "email":
            se = f.add(c, t, "email", text=text, subject=W.SUBJ_SPIKE[lang])
        elif ch == "web":
            se = f.add(
                c,
                t,
                "web",
                "ticket",
                text=text,
                subject=W.SUBJ_SPIKE[lang],
                attrs={"page": "/help/contact"},
            )
        else:
            se = f.add(c, t, ch, text=text)
        if ch == "chat":
            f.reply_chat(c, f.later(t, 1, 3), W.SPIKE_CHAT_ANSWER[lang])
        keys.append(c.key)
        events.append(se)
        c.info.update(
            in_spike=True,
            regular=k in regulars,
            spike_event_id=se,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=k in fixed,
        )
        if rep:
            t2 = f.later(t, 15, 50)
            rch = repeaters[k]
            rtext = W.SPIKE_REPEAT[lang]
            if rch == "email":
                re_ = f.add(c, t2, "email", text=rtext, subject="RE: " + W.SUBJ_SPIKE[lang])
            else:
                re_ = f.add(c, t2, rch, text=rtext)
            if rch == "chat":
                f.reply_chat(c, f.later(t2, 1, 3), W.SPIKE_CHAT_ANSWER[lang])
            rep_events.append(re_)
            c.info["repeat_event_id"] = re_
        if k in fixed:
            local = "16:40" if c.market in CET_MARKETS else "15:40"
            tf = f.start + timedelta(days=3, hours=17, minutes=r.randint(5, 15))
            f.reply_email(
                c,
                tf,
                W.SPIKE_FIXED[lang].format(
                    **f.ctx(c, local=local, credit=money(10, c.market, lang))
                ),
                "RE: " + W.SUBJ_SPIKE[lang],
            )
    f.spike = {
        "topic": "repair app and website cannot create prepaid shipping labels: no device can be sent in, error "
        + W.SPIKE_CODE,
        "about": "a 45-minute incident on a calm Thursday, reported in six languages on five channels",
        "channel": None,
        "start": iso(spike_start),
        "end": iso(spike_start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": events,
        "repeat_event_ids": rep_events,
    }
    return f


FAMILIES: list[tuple[Any, dict[str, int]]] = [
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
    for v in USED.values():
        v.clear()
    total_c = total_t = 0
    for build, planted in FAMILIES:
        fam: Fam = build()
        n_c, n_t = fam.write(planted)
        replies = sum(1 for x in fam.rows if x.out)
        print(f"{fam.name}: {n_c} customers, {n_t} touchpoints, {replies} replies")
        total_c += n_c
        total_t += n_t
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
