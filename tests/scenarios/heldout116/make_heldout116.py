# ruff: noqa: E501
"""Build tests/scenarios/heldout116/ (Snodia, physiotherapy by app and web), blind.

Standalone and deterministic: standard library only, one ``random.Random`` per
family (seed ``SEED * 100 + n``) and one more for roughening and identifier
variants (``SEED * 100 + 50 + n``). Run it as ``python make_heldout116.py`` from
anywhere; it imports the wording modules from its own directory and writes the
eight families beside itself.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import wording as W
import wording_b2b as B
import wording_trouble as T

HERE = Path(__file__).resolve().parent
SEED = 20261114
WRITTEN = "2026-12-05, blind, by a helper session"
BUSINESS = "Snodia: physiotherapy by app and web (home visits, clinic sessions, packs, home-exercise plans, Snodia Plus), with Snodia Work for firms on account"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)

SOURCES = {
    "email": "snodia-mail",
    "phone": "snodia-voice",
    "social": "snodia-social",
    "community": "snodia-forum",
    "chat": "snodia-chat",
    "web": "snodia-web",
    "survey": "snodia-survey",
}
LANG_WEIGHTS = [("it", 30), ("de", 30), ("en", 10), ("fr", 10), ("es", 10), ("pt", 10)]

TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_SLIDE = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_GRUMPY = ["repeat_contact", "silence"]
TOL_SILENCE = ["silence"]
TOL_SPIKE_REPEAT = ["sentiment_drop", "silence"]
TOL_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

#: market -> (country code, mobile prefixes, digits after the prefix)
PHONES: dict[str, tuple[str, list[str], list[int]]] = {
    "IT": (
        "39",
        [
            "320",
            "328",
            "333",
            "338",
            "340",
            "347",
            "349",
            "351",
            "366",
            "371",
            "380",
            "389",
            "391",
            "393",
        ],
        [7],
    ),
    "CH": ("41", ["75", "76", "77", "78", "79"], [7]),
    "DE": (
        "49",
        [
            "151",
            "152",
            "157",
            "160",
            "162",
            "170",
            "171",
            "172",
            "173",
            "175",
            "176",
            "177",
            "178",
            "179",
        ],
        [7, 8],
    ),
    "AT": ("43", ["650", "660", "664", "676", "680", "681", "688", "699"], [7]),
    "UK": ("44", ["74", "75", "77", "78", "79"], [8]),
    "IE": ("353", ["83", "85", "86", "87", "89"], [7]),
    "FR": ("33", ["6", "7"], [8]),
    "BE": (
        "32",
        [
            "470",
            "472",
            "475",
            "476",
            "477",
            "478",
            "479",
            "484",
            "486",
            "487",
            "488",
            "491",
            "494",
            "495",
            "496",
            "497",
            "498",
            "499",
        ],
        [6],
    ),
    "LU": ("352", ["621", "628", "661", "691"], [6]),
    "ES": ("34", ["6", "7"], [8]),
    "PT": ("351", ["91", "92", "93", "96"], [7]),
}
EUR_WORD = {"it": "euro", "de": "Euro", "en": "euros", "fr": "euros", "es": "euros", "pt": "euros"}
CHF_WORD = {
    "it": "franchi",
    "de": "Franken",
    "en": "francs",
    "fr": "francs",
    "es": "francos",
    "pt": "francos",
}
GBP_RATE = 0.86
CHF_RATE = 0.94
DE_LOWER = {
    "Ich",
    "Gestern",
    "Jetzt",
    "Jedes",
    "Mein",
    "Meine",
    "Laut",
    "Bei",
    "Es",
    "Sie",
    "Wir",
    "Das",
    "Die",
    "Der",
    "Den",
    "Auf",
    "In",
    "Niemand",
    "Und",
    "Aber",
    "Bitte",
    "Kein",
    "Keine",
    "Seit",
    "Plus",
    "Zum",
    "Auch",
    "Bisher",
    "Von",
    "Alles",
    "Wofür",
    "Dritte",
    "Immer",
}
PUNCT = '.,;:!?¿¡()"«»…'
WEEKDAY_KINDS = [
    ("praise", 3),
    ("again", 1),
    ("gripe", 1),
    ("chat_q", 2),
    ("email_q", 1),
    ("phone_q", 1),
    ("purchase", 2),
    ("page", 1),
    ("review", 1),
    ("survey", 1),
]
NO_SURVEY_KINDS = [(k, w) for k, w in WEEKDAY_KINDS if k != "survey"]


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


def hours(n: float) -> timedelta:
    return timedelta(hours=n)


def iso(ts: datetime) -> str:
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if ch.isalnum() and ord(ch) < 128).lower()


def strip_accents(text: str, lang: str) -> str:
    if lang == "de":
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
            text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        out.append(
            "".join(x for x in unicodedata.normalize("NFD", ch) if unicodedata.category(x) != "Mn")
        )
    return "".join(out)


def spoken(text: str, lang: str, keep: set[str]) -> str:
    """A speech-to-text rendering: no punctuation, lower case but for names and codes
    (German keeps its capital nouns)."""
    words: list[str] = []
    start = True
    for tok in text.replace("\n", " ").split():
        core = tok.strip(PUNCT + "'")
        ends = tok.rstrip("\"'»)").endswith((".", "!", "?", "…", ":"))
        if not core or not any(ch.isalnum() for ch in core):
            start = start or ends
            continue
        if core in keep or any(ch.isdigit() for ch in core):
            word = core
        elif lang == "de":
            if (core.isupper() and len(core) > 3) or (start and core in DE_LOWER):
                word = core.lower()
            else:
                word = core
        else:
            word = core.lower()
        words.append(word)
        start = ends
    return " ".join(words)


def at_brand(text: str) -> str:
    idx = text.rfind(W.BRAND)
    if idx >= 0:
        return text[:idx] + "@" + text[idx:]
    return "@" + str(W.BRAND) + " " + text


def weighted(rng: random.Random, items: list[tuple[str, int]]) -> str:
    return rng.choices([k for k, _ in items], weights=[w for _, w in items])[0]


def morning(ts: datetime, rng: random.Random) -> datetime:
    """Move a household's act (or an e-mail answer) out of 22:00-07:00 UTC to 08:00-09:00."""
    if ts.hour >= 22:
        nxt = ts + timedelta(days=1)
        return nxt.replace(hour=8, minute=rng.randint(0, 59), second=0)
    if ts.hour < 7:
        return ts.replace(hour=8, minute=rng.randint(0, 59), second=0)
    return ts


def office(ts: datetime, rng: random.Random) -> datetime:
    """Move a company contact's act into office hours (weekdays 08-17 UTC)."""
    for _ in range(8):
        if ts.weekday() >= 5 or ts.hour >= 17:
            ts = (ts + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 50), second=0)
            continue
        if ts.hour < 8:
            ts = ts.replace(hour=8, minute=rng.randint(0, 50), second=0)
            continue
        return ts
    return ts


def money(eur: float, market: str, lang: str, talk: bool = False) -> str:
    if market == "UK":
        n = round(eur * GBP_RATE)
        return f"{n} pounds" if talk else f"£{n}"
    if market == "CH":
        n = round(eur * CHF_RATE)
        return f"{n} {CHF_WORD[lang]}" if talk else f"CHF {n}"
    n = round(eur)
    if talk:
        return f"{n} {EUR_WORD[lang]}"
    return f"€{n}" if lang == "en" else f"{n} €"


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    female: bool
    email: str
    cc: str
    national: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]

    @property
    def segment(self) -> str:
        return "b2b" if self.account else "consumer"

    @property
    def phone(self) -> str:
        return "+" + self.cc + self.national


@dataclass
class Row:
    ts: datetime
    seq: int
    eid: str
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str] = field(default_factory=dict)


class Fam:
    def __init__(
        self, used: set[str], n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.used = used
        self.n = n
        self.name = name
        self.code = code
        self.start = start
        self.days = days
        self.about = about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0

    # --- people -------------------------------------------------------------
    def claim(self, value: str) -> bool:
        if value in self.used:
            return False
        self.used.add(value)
        return True

    def lang(self) -> str:
        return weighted(self.rng, LANG_WEIGHTS)

    def new_ref(self) -> str:
        while True:
            ref = f"SN-{self.rng.randint(100000, 999999)}"
            if self.claim("ref:" + ref):
                return ref

    def person(
        self,
        persona: str,
        habit: str,
        lang: str,
        *,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        company: tuple[str, str, str] | None = None,
        avoid_first: set[str] | None = None,
        **extra: Any,
    ) -> Cust:
        r = self.rng
        mk = market or weighted(r, W.MARKETS[lang])
        while True:
            first, female = r.choice(W.FIRST[lang])
            last = r.choice(W.SURNAMES[lang])
            if avoid_first is not None and first in avoid_first:
                continue
            if self.claim("name:" + first + " " + last):
                break
        if avoid_first is not None:
            avoid_first.add(first)
        while True:
            key = f"SN{self.code}{r.randint(1000, 9999)}"
            if self.claim("id:" + key):
                break
        fa, la = ascii_fold(first), ascii_fold(last)
        handle: str | None = None
        account: str | None = None
        if company is not None:
            account, _, domain = company
            email = f"{fa}.{la}@{domain}"
            if not self.claim("email:" + email):
                email = f"{fa}.{la}{r.randint(2, 9)}@{domain}"
                self.claim("email:" + email)
        else:
            while True:
                local = r.choice(
                    [
                        f"{fa}.{la}",
                        f"{fa}{la}{r.randint(1, 99)}",
                        f"{fa[0]}{la}",
                        f"{la}.{fa}{r.randint(60, 99)}",
                        f"{fa}_{la}",
                    ]
                )
                email = f"{local}@{r.choice(W.DOMAINS)}"
                if self.claim("email:" + email):
                    break
            while True:
                handle = "@" + r.choice(
                    [
                        f"{la}_{fa}{r.randint(1, 9)}",
                        f"{fa}{la}{r.randint(10, 99)}",
                        f"{fa}_{la}",
                        f"{la}{fa[0]}",
                        f"{fa}.{la[:3]}",
                    ]
                )
                if self.claim("handle:" + handle.lower()):
                    break
        cc, prefixes, lens = PHONES[mk]
        while True:
            national = r.choice(prefixes) + "".join(
                str(r.randint(0, 9)) for _ in range(r.choice(lens))
            )
            if self.claim("phone:" + cc + national):
                break
        if mk == "CH":
            town = r.choice(W.CH_CITIES[lang])
        else:
            town = r.choice(W.CITIES[mk])
        job = extra.pop("job_title", None) or r.choice(W.JOBS)
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": "+" + cc + national,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": "b2b" if company else "consumer",
            "name": f"{first} {last}",
            "job": job,
            "town": town,
        }
        if company is not None:
            truth["company"] = company[1]
            truth["job_title"] = job
        truth.update(extra)
        c = Cust(key, lang, mk, first, last, female, email, cc, national, handle, account, truth)
        self.custs[key] = c
        return c

    # --- words --------------------------------------------------------------
    def fill(self, tpl: str, c: Cust, **kw: str) -> str:
        values = {
            "first": c.first,
            "last": c.last,
            "name": f"{c.first} {c.last}",
            "city": c.truth["town"],
            "supp": money(12, c.market, c.lang),
        }
        values.update(kw)
        values["o"] = "a" if c.female else "o"
        values["e"] = "e" if c.female else ""
        out = tpl
        for k, v in values.items():
            out = out.replace("{" + k + "}", v)
        rest = out.replace("{agent}", "")
        if "{" in rest or "}" in rest:
            raise ValueError(f"unfilled placeholder in {out!r}")
        return out

    def roughen(self, text: str, lang: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text, lang)
        if (
            r.random() < 0.125
            and len(text) > 1
            and text[0].isupper()
            and text[1].islower()
            and not text.startswith(W.BRAND)
        ):
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [m for m in re.finditer(r"[^\W\d_]{5,}", text) if m.group().islower()]
            if words:
                m = r.choice(words)
                w = m.group()
                i = r.randint(1, len(w) - 3)
                if w[i] != w[i + 1]:
                    w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
                    text = text[: m.start()] + w + text[m.end() :]
        return text

    # --- touchpoints --------------------------------------------------------
    def add(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        *,
        out: bool = False,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        lang: str | None = None,
    ) -> str:
        self.count += 1
        eid = f"sn116-{self.code.lower()}-{self.count:05d}"
        if text is not None and not out:
            if channel not in ("phone", "survey"):
                text = self.roughen(text, lang or c.lang)
            if channel == "social" and c.account is None:
                text = at_brand(text)
        a: dict[str, str] = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        if scores:
            sc.update(scores)
        self.rows.append(
            Row(
                ts.replace(second=0, microsecond=0),
                self.count,
                eid,
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

    def agent(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        kind: str,
        text: str,
        subject: str | None = None,
        lang: str | None = None,
    ) -> str:
        name = self.rng.choice(W.AGENTS[lang or c.lang])
        body = text.replace("{agent}", name)
        return self.add(c, ts, channel, kind, body, subject, out=True, attrs={"agent": name})

    def at(self, day: int, h0: float, h1: float) -> datetime:
        return self.start + timedelta(
            days=day, minutes=self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        )

    # --- output -------------------------------------------------------------
    def customer_ref(self, row: Row, first_inbound: bool) -> dict[str, str | None]:
        c = row.cust
        r = self.rough
        ref: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if row.direction == "outbound" or first_inbound:
            ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            return ref
        if row.channel == "phone":
            ref["phone"] = f"+{c.cc} {c.national}" if r.random() < 0.5 else c.phone
        elif row.channel in ("social", "community"):
            if c.handle is None:
                ref["email"] = c.email
            else:
                ref["handle"] = c.handle if r.random() >= 0.2 else c.handle.lstrip("@")
        elif row.channel == "email":
            ref["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
        else:
            ref["customer_id"] = c.key
        return ref

    def write(self, expected_plan: dict[str, int]) -> tuple[int, int, int]:
        rows = sorted(self.rows, key=lambda x: (x.ts, x.seq))
        seen: set[str] = set()
        lines: list[str] = []
        for row in rows:
            if not (datetime(2026, 1, 1, tzinfo=UTC) <= row.ts < LIMIT) or row.ts < self.start:
                raise ValueError(f"{self.name}: {row.eid} at {row.ts} out of range")
            first_inbound = row.direction == "inbound" and row.cust.key not in seen
            if row.direction == "inbound":
                seen.add(row.cust.key)
            record = {
                "event_id": row.eid,
                "occurred_at": iso(row.ts),
                "channel": row.channel,
                "kind": row.kind,
                "direction": row.direction,
                "customer": self.customer_ref(row, first_inbound),
                "text": row.text,
                "subject": row.subject,
                "scores": row.scores,
                "source": SOURCES[row.channel],
                "attributes": row.attrs,
            }
            lines.append(json.dumps(record, ensure_ascii=False))
        missing = [k for k in self.custs if k not in seen]
        if missing:
            raise ValueError(f"{self.name}: customers without an inbound touchpoint: {missing}")
        counts: Counter[str] = Counter()
        for c in self.custs.values():
            t = c.truth
            both = set(t["expected_rules"]) & set(t["tolerated_rules"])
            if both:
                raise ValueError(f"{self.name}: {c.key} expects and tolerates {both}")
            counts.update(t["expected_rules"])
        for acc in self.accounts.values():
            counts.update(acc["expected_rules"])
        if self.spike:
            counts["topic_spike"] += 1
        if dict(counts) != expected_plan:
            raise ValueError(f"{self.name}: expected {dict(counts)} != planned {expected_plan}")
        end = max(self.start + timedelta(days=self.days), rows[-1].ts + hours(1))
        if end > LIMIT:
            raise ValueError(f"{self.name}: end {end} past the limit")
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
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in self.custs.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        replies = sum(1 for x in rows if x.direction == "outbound")
        return len(self.custs), len(rows), replies


# --- acts shared by the families ---------------------------------------------
def reply_subject(lang: str, subject: str) -> str:
    return str(T.REPLY_SUBJECT[lang]).replace("{subject}", subject)


def happy(f: Fam, c: Cust, ts: datetime, kind: str, lang: str | None = None) -> str:
    """One happy act of a household; returns the first inbound event id."""
    r = f.rng
    lg = lang or c.lang
    if kind in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[kind][lg]
        text = f.fill(r.choice(table), c)
        if r.random() < 0.5:
            return f.add(c, ts, "social", "mention", text, lang=lg)
        return f.add(c, ts, "community", "post", text, lang=lg)
    if kind == "chat_q":
        q, a = r.choice(W.CHAT_QA[lg])
        eid = f.add(c, ts, "chat", "chat", f.fill(q, c), lang=lg)
        t2 = ts + minutes(r.randint(1, 6))
        f.agent(c, t2, "chat", "chat", f.fill(a, c), lang=lg)
        if r.random() < 0.6:
            f.add(
                c,
                t2 + minutes(r.randint(1, 5)),
                "chat",
                "chat",
                f.fill(r.choice(W.THANKS[lg]), c),
                lang=lg,
            )
        return eid
    if kind == "email_q":
        subj, q, a = r.choice(W.EMAIL_QA[lg])
        eid = f.add(c, ts, "email", "message", f.fill(q, c), subj, lang=lg)
        t2 = morning(ts + minutes(r.randint(20, 180)), r)
        f.agent(
            c,
            t2,
            "email",
            "message",
            f.fill(a, c, agent="{agent}"),
            reply_subject(lg, subj),
            lang=lg,
        )
        return eid
    if kind == "phone_q":
        tr, subj, a = r.choice(W.PHONE_QA[lg])
        eid = f.add(c, ts, "phone", "call", tr, lang=lg)
        f.agent(
            c,
            morning(ts + minutes(r.randint(10, 60)), r),
            "email",
            "message",
            f.fill(a, c, agent="{agent}"),
            subj,
            lang=lg,
        )
        return eid
    if kind == "purchase":
        label, page, eur = r.choice(W.PRODUCTS)
        eid = f.add(c, ts, "web", "page_view", attrs={"page": page}, lang=lg)
        f.add(
            c,
            ts + minutes(r.randint(2, 15)),
            "web",
            "purchase",
            attrs=purchase_attrs(c, label, page, eur),
            lang=lg,
        )
        return eid
    if kind == "page":
        return f.add(c, ts, "web", "page_view", attrs={"page": r.choice(W.PAGES)}, lang=lg)
    if kind == "review":
        text, rating = r.choice(W.REVIEW[lg])
        return f.add(
            c,
            ts,
            "web",
            "review",
            f.fill(text, c),
            attrs={"rating": rating, "page": "/physios/reviews"},
            lang=lg,
        )
    if kind == "survey":
        return happy_survey(f, c, ts, W.SURVEY_WORDS[lg])
    raise ValueError(kind)


def purchase_attrs(c: Cust, label: str, page: str, eur: float) -> dict[str, str]:
    if c.market == "UK":
        value, cur = eur * GBP_RATE, "GBP"
    elif c.market == "CH":
        value, cur = eur * CHF_RATE, "CHF"
    else:
        value, cur = eur, "EUR"
    return {"order_value": f"{value:.2f}", "currency": cur, "product": label, "page": page}


def happy_survey(f: Fam, c: Cust, ts: datetime, words: list[str]) -> str:
    r = f.rng
    which = r.choice(["nps", "csat", "ces"])
    score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
    word = r.choice([*words, "", ""])
    return f.add(
        c,
        ts,
        "survey",
        "survey_response",
        word or None,
        scores={which: score},
        attrs={"survey": which},
    )


def low_survey(
    f: Fam, c: Cust, ts: datetime, which: str, lang: str | None = None
) -> tuple[str, int]:
    r = f.rng
    lg = lang or c.lang
    if which == "nps":
        score = r.randint(1, 5)
        word = r.choice(T.LOW_NPS_WORDS[lg])
    else:
        score = r.randint(1, 2)
        word = r.choice(T.LOW_CSAT_WORDS[lg])
    eid = f.add(
        c,
        ts,
        "survey",
        "survey_response",
        word or None,
        scores={which: score},
        attrs={"survey": which},
    )
    return eid, score


def happy_days(
    f: Fam,
    c: Cust,
    days: list[int],
    h0: float,
    h1: float,
    kinds: list[tuple[str, int]],
    lang_cycle: list[str] | None = None,
) -> list[str]:
    eids = []
    for i, d in enumerate(sorted(days)):
        lg = lang_cycle[i % len(lang_cycle)] if lang_cycle else None
        eids.append(happy(f, c, f.at(d, h0, h1), weighted(f.rng, kinds), lang=lg))
    return eids


def night_act(f: Fam, c: Cust, ts: datetime) -> str:
    r = f.rng
    lg = c.lang
    if r.random() < 0.5:
        q, a = r.choice(W.NIGHT_QA[lg])
        eid = f.add(c, ts, "chat", "chat", f.fill(q, c))
        t2 = ts + minutes(r.randint(1, 4))
        f.agent(c, t2, "chat", "chat", f.fill(a, c))
        f.add(c, t2 + minutes(r.randint(1, 3)), "chat", "chat", f.fill(r.choice(W.THANKS[lg]), c))
        return eid
    text = f.fill(r.choice(W.NIGHT_POST[lg]), c)
    if r.random() < 0.5:
        return f.add(c, ts, "social", "mention", text)
    return f.add(c, ts, "community", "post", text)


def complaint(
    f: Fam,
    c: Cust,
    ts: datetime,
    problem: str,
    channel: str,
    *,
    reply: bool = True,
    lang: str | None = None,
) -> tuple[str, str | None]:
    """A household's complaint about one problem; the case reply if asked.
    Returns the complaint's event id and the case reference (None on social)."""
    r = f.rng
    lg = lang or c.lang
    amount_eur = T.AMOUNT_EUR[problem]
    core = f.fill(r.choice(T.CORE[problem][lg]), c, amount=money(amount_eur, c.market, lg))
    ask = f.fill(r.choice(T.ASK[lg]), c)
    topic = T.TOPIC[problem][lg]
    subject = T.COMPLAINT_SUBJECT[lg].replace("{topic}", topic)
    ref: str | None = None if channel == "social" else f.new_ref()
    if channel == "long":
        text = f.fill(r.choice(T.LONG_EMAIL[lg]), c, core=core)
        eid = f.add(c, ts, "email", "message", text, subject, lang=lg)
    elif channel == "email":
        text = f"{f.fill(r.choice(T.GREETING[lg]), c)}\n\n{core} {ask}\n\n{c.first} {c.last}"
        eid = f.add(c, ts, "email", "message", text, subject, lang=lg)
    elif channel == "chat":
        eid = f.add(
            c, ts, "chat", "chat", f.fill(r.choice(T.CHAT_OPEN[lg]), c) + core + " " + ask, lang=lg
        )
    elif channel == "social":
        tail = r.choice([" 😡", "", " 🤬", ""])
        eid = f.add(c, ts, "social", "mention", core + " " + ask + tail, lang=lg)
    elif channel == "web":
        eid = f.add(
            c,
            ts,
            "web",
            "ticket",
            core + " " + ask,
            topic[0].upper() + topic[1:],
            attrs={"page": "/help/contact"},
            lang=lg,
        )
    elif channel == "phone":
        core_spoken = f.fill(
            r.choice(T.CORE[problem][lg]), c, amount=money(amount_eur, c.market, lg, talk=True)
        )
        keep = {W.BRAND, c.first, c.last, "Più", "Plus"}
        text = " ".join(
            [
                f.fill(r.choice(T.PHONE_OPEN[lg]), c),
                spoken(core_spoken, lg, keep),
                f.fill(r.choice(T.PHONE_CLOSE[lg]), c),
            ]
        )
        eid = f.add(c, ts, "phone", "call", text, lang=lg)
    else:
        raise ValueError(channel)
    if reply and ref is not None:
        if channel == "chat":
            f.agent(
                c,
                ts + minutes(r.randint(1, 6)),
                "chat",
                "chat",
                T.CHAT_CASE[lg].replace("{ref}", ref),
                lang=lg,
            )
        else:
            case_opened(f, c, morning(ts + minutes(r.randint(10, 40)), r), ref, lg)
    return eid, ref


def case_opened(f: Fam, c: Cust, ts: datetime, ref: str, lang: str) -> str:
    subj, text = T.CASE_OPENED[lang]
    return f.agent(
        c,
        ts,
        "email",
        "message",
        f.fill(text, c, ref=ref, agent="{agent}"),
        subj.replace("{ref}", ref),
        lang=lang,
    )


def good_news(f: Fam, c: Cust, ts: datetime, ref: str, problem: str, lang: str) -> tuple[str, str]:
    subj, text = T.GOOD_NEWS[lang]
    fix = f.fill(T.FIX[problem][lang], c, amount=money(T.AMOUNT_EUR[problem], c.market, lang))
    subject = subj.replace("{ref}", ref)
    eid = f.agent(
        c,
        ts,
        "email",
        "message",
        f.fill(text, c, ref=ref, fix=fix, agent="{agent}"),
        subject,
        lang=lang,
    )
    return eid, subject


def confirm(f: Fam, c: Cust, ts: datetime, ref: str, channel: str, subject: str, lang: str) -> str:
    text = f.fill(f.rng.choice(T.CONFIRM[lang]), c, ref=ref)
    if channel == "email":
        return f.add(c, ts, "email", "message", text, reply_subject(lang, subject), lang=lang)
    return f.add(c, ts, "chat", "chat", text, lang=lang)


def when_word(lang: str, prev: datetime, now: datetime) -> str:
    gap = (now.date() - prev.date()).days
    key = "today" if gap == 0 else "yesterday" if gap == 1 else "days"
    return str(T.WHEN[lang][key])


def later_contact(
    f: Fam,
    c: Cust,
    ts: datetime,
    nth: int,
    channel: str,
    ref: str,
    problem: str,
    prev: datetime,
    comp: str,
    lang: str | None = None,
) -> str:
    """The nth contact (2-4) about the same open case."""
    r = f.rng
    lg = lang or c.lang
    short = T.CORE_SHORT[problem][lg]
    table = T.REPEAT2 if nth == 2 else T.REPEAT3 if nth == 3 else T.REPEAT4
    text = f.fill(
        r.choice(table[lg]), c, ref=ref, short=short, when=when_word(lg, prev, ts), comp=comp
    )
    if channel == "email":
        return f.add(
            c, ts, "email", "message", text, T.CASE_SUBJECT[lg].replace("{ref}", ref), lang=lg
        )
    if channel == "chat":
        eid = f.add(c, ts, "chat", "chat", text, lang=lg)
        f.agent(
            c,
            ts + minutes(r.randint(1, 5)),
            "chat",
            "chat",
            T.ADDED_URGENT[lg].replace("{ref}", ref),
            lang=lg,
        )
        return eid
    if channel == "phone":
        keep = {W.BRAND, c.first, c.last, comp, ref}
        spoken_text = f.fill(r.choice(T.PHONE_OPEN[lg]), c) + " " + spoken(text, lg, keep)
        return f.add(c, ts, "phone", "call", spoken_text, lang=lg)
    if channel == "web":
        return f.add(
            c,
            ts,
            "web",
            "ticket",
            text,
            f"{ref}: {T.TOPIC[problem][lg]}",
            attrs={"page": "/help/contact"},
            lang=lg,
        )
    if channel == "social":
        return f.add(c, ts, "social", "mention", text, lang=lg)
    raise ValueError(channel)


def distinct_days(f: Fam, lo: int, hi: int, n: int, avoid: set[int] | None = None) -> list[int]:
    pool = [d for d in range(lo, hi + 1) if not avoid or d not in avoid]
    return sorted(f.rng.sample(pool, min(n, len(pool))))


# --- families ---------------------------------------------------------------
def happy_writers(used: set[str]) -> tuple[Fam, dict[str, int]]:
    f = Fam(
        used,
        1,
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy households only: day writers, night writers and survey answerers",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer", f.lang())
        happy_days(f, c, distinct_days(f, 0, 9, r.randint(5, 8)), 7, 19, WEEKDAY_KINDS)
    for _ in range(5):
        c = f.person("happy", "night writer", f.lang())
        for d in distinct_days(f, 0, 8, r.randint(2, 4)):
            ts = f.start + timedelta(days=d, hours=22, minutes=12) + minutes(r.randint(0, 377))
            night_act(f, c, ts)
        happy_days(
            f,
            c,
            distinct_days(f, 0, 9, r.randint(2, 3)),
            9,
            18,
            [("praise", 2), ("purchase", 1), ("page", 1), ("review", 1)],
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys", f.lang())
        for d in distinct_days(f, 0, 9, r.randint(3, 6)):
            happy_survey(f, c, f.at(d, 8, 20), W.SURVEY_WORDS[c.lang])
    return f, {}


def one_bad_day(used: set[str]) -> tuple[Fam, dict[str, int]]:
    f = Fam(
        used,
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy households with one angry moment; 8 controls",
    )
    r = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = list(T.PROBLEMS) * 4
    r.shuffle(problems)
    cased = [i for i, ch in enumerate(channels) if ch != "social"]
    nps_set = set(r.sample(cased, 6))
    csat_set = set(r.sample([i for i in cased if i not in nps_set], 5))
    good_set = set(r.sample(cased, 12))
    apology_set = set(r.sample(sorted(good_set), 5))
    long_langs = ["it", "it", "de", "de"]
    for i, (ch, p) in enumerate(zip(channels, problems, strict=True)):
        lang = long_langs.pop(0) if ch == "long" else f.lang()
        nps = i in nps_set
        c = f.person(
            "bad_day_detractor" if nps else "happy_one_bad_day",
            "one bad day",
            lang,
            expected=["detractor"] if nps else [],
            tolerated=TOL_SILENCE,
            problem=p,
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
        )
        bd = r.randint(2, 9)
        t = f.at(bd, 8, 20)
        n_happy = r.randint(1, 5)
        happy_days(
            f,
            c,
            distinct_days(f, 0, 11, n_happy, avoid=set(range(bd - 1, bd + 3))),
            7,
            20,
            NO_SURVEY_KINDS,
        )
        eid, ref = complaint(f, c, t, p, ch)
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            booking=ref,
            trouble_starts_at=iso(t),
            problem_event_ids=[eid],
            nps_given=nps,
            csat_given=i in csat_set,
            agent_fixed=i in good_set,
            apologised=i in apology_set,
        )
        if nps:
            sid, score = low_survey(f, c, t + minutes(r.randint(100, 140)), "nps")
            c.truth.update(survey_event_id=sid, nps=score)
        if i in csat_set:
            sid, score = low_survey(f, c, t + minutes(r.randint(40, 80)), "csat")
            c.truth.update(survey_event_id=sid, csat=score)
        if i in good_set and ref is not None:
            good_news(f, c, morning(t + minutes(r.randint(60, 240)), r), ref, p, lang)
        if i in apology_set:
            at = morning(t + minutes(r.randint(16 * 60, 24 * 60)), r)
            text = f.fill(r.choice(T.APOLOGY[lang]), c)
            if r.random() < 0.5:
                aid = f.add(c, at, "chat", "chat", text)
            else:
                subj = (
                    reply_subject(lang, T.CASE_OPENED[lang][0].replace("{ref}", ref))
                    if ref
                    else None
                )
                aid = f.add(c, at, "email", "message", text, subj)
            c.truth.update(apology_at=iso(at), apology_event_id=aid)
    for _ in range(8):
        c = f.person("happy", "control", f.lang())
        happy_days(f, c, distinct_days(f, 0, 11, r.randint(4, 7)), 7, 20, WEEKDAY_KINDS)
    return f, {"detractor": 6}


def repeat_run(
    f: Fam, c: Cust, p: str, t: datetime, ch1: str, k: int, quality: bool, langs: list[str]
) -> None:
    """One open problem raised k times (2-4), each later contact on another channel
    and, for a bilingual customer, in the other language; the first contact is
    answered with a case reference or passed on to the quality lead."""
    r = f.rng
    lg = langs[0]
    eid, ref = complaint(f, c, t, p, ch1, reply=False, lang=lg)
    assert ref is not None
    if ch1 == "chat":
        f.agent(
            c,
            t + minutes(r.randint(1, 6)),
            "chat",
            "chat",
            T.CHAT_CASE[lg].replace("{ref}", ref),
            lang=lg,
        )
    if quality:
        subj, text = T.QUALITY_LEAD[lg]
        body = f.fill(text, c, ref=ref, agent="{agent}")
        f.agent(
            c,
            morning(t + minutes(r.randint(90, 150)), r),
            "email",
            "message",
            body,
            subj.replace("{ref}", ref),
            lang=lg,
        )
    elif ch1 != "chat":
        case_opened(f, c, morning(t + minutes(r.randint(10, 40)), r), ref, lg)
    pool = [x for x in ("email", "chat", "phone", "web", "social") if x != ch1]
    r.shuffle(pool)
    comp = r.choice(W.COMPETITORS)
    eids = [eid]
    prev = t
    for nth in range(2, k + 1):
        ts = morning(prev + minutes(r.randint(4 * 60, 40 * 60)), r)
        lang = langs[(nth - 1) % len(langs)]
        eids.append(later_contact(f, c, ts, nth, pool[nth - 2], ref, p, prev, comp, lang=lang))
        prev = ts
    c.truth.update(
        problem=p,
        booking=ref,
        contacts=k,
        channels=[ch1, *pool[: k - 1]],
        channel=ch1,
        agent_passed_on=quality,
        problem_event_ids=eids,
        competitor=comp if k >= 3 else None,
        trouble_starts_at=iso(t),
    )


def repeat_contacts(used: set[str]) -> tuple[Fam, dict[str, int]]:
    f = Fam(
        used,
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "one open problem raised 2-4 times; fixed problems; two problems; frequent writers",
    )
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(counts)
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    quality = set(r.sample(range(12), 6))
    for i in range(12):
        c = f.person(
            "repeat_contact", "repeats", f.lang(), expected=["repeat_contact"], tolerated=TOL_REPEAT
        )
        happy_days(f, c, [0] * r.randint(1, 3), 7, 12, NO_SURVEY_KINDS)
        p = r.choice(T.PROBLEMS)
        t = f.at(r.randint(1, 4), 8, 19)
        ch1 = firsts[i]
        repeat_run(f, c, p, t, ch1, counts[i], i in quality, [c.lang])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", f.lang(), tolerated=TOL_SILENCE)
        p = r.choice(T.PROBLEMS)
        d = r.randint(1, 3)
        happy_days(
            f, c, distinct_days(f, 0, 9, r.randint(1, 3), avoid={d, d + 1}), 7, 19, NO_SURVEY_KINDS
        )
        case = fixed_case(
            f, c, f.at(d, 8, 19), p, r.choice(["web", "email", "chat"]), c.lang, c.lang
        )
        c.truth.update(problems=[case], trouble_starts_at=case["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", f.lang(), tolerated=TOL_SILENCE)
        p1, p2 = r.sample(list(T.PROBLEMS), 2)
        d1 = r.randint(0, 2)
        d2 = d1 + r.randint(4, 5)
        cases = [
            fixed_case(
                f, c, f.at(d1, 8, 19), p1, r.choice(["web", "email", "chat"]), c.lang, c.lang
            ),
            fixed_case(
                f, c, f.at(d2, 8, 19), p2, r.choice(["web", "email", "chat"]), c.lang, c.lang
            ),
        ]
        c.truth.update(problems=cases, trouble_starts_at=cases[0]["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer", f.lang())
        happy_days(
            f,
            c,
            distinct_days(f, 0, 9, r.randint(5, 8)),
            7,
            19,
            [("chat_q", 4), ("email_q", 3), ("phone_q", 2), ("purchase", 1), ("praise", 1)],
        )
    return f, {"repeat_contact": 12}


def fixed_case(
    f: Fam, c: Cust, t: datetime, p: str, ch: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    r = f.rng
    eid, ref = complaint(f, c, t, p, ch, lang=lang)
    assert ref is not None
    fixed_at = morning(t + minutes(r.randint(3 * 60, 20 * 60)), r)
    _, subject = good_news(f, c, fixed_at, ref, p, lang)
    conf_at = morning(fixed_at + minutes(r.randint(8 * 60, 30 * 60)), r)
    conf_ch = r.choice(["email", "chat"])
    cid = confirm(f, c, conf_at, ref, conf_ch, subject, confirm_lang)
    return {
        "problem": p,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(fixed_at),
        "confirmed_at": iso(conf_at),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": conf_ch,
    }


def slide(
    f: Fam, c: Cust, t0: datetime, span_days: int, comp: str, langs: list[str]
) -> list[tuple[str, datetime]]:
    r = f.rng
    out: list[tuple[str, datetime]] = []
    prev: datetime | None = None
    for k in range(6):
        lg = langs[k % len(langs)]
        ts = t0 + minutes(k * span_days * 24 * 60 / 6 + r.randint(0, 120))
        if prev is not None and ts < prev + hours(1):
            ts = prev + hours(1) + minutes(r.randint(0, 30))
        ts = morning(ts, r)
        text = f.fill(T.SLIDE[lg][k], c, comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            eid = f.add(
                c,
                ts,
                "web",
                "review",
                text,
                attrs={"rating": T.SLIDE_RATINGS[k], "page": "/physios/reviews"},
                lang=lg,
            )
        elif ch == "social":
            eid = f.add(c, ts, "social", "mention", text, lang=lg)
        else:
            eid = f.add(c, ts, "community", "post", text, lang=lg)
        out.append((eid, ts))
        prev = ts
    return out


def slow_churners(used: set[str]) -> tuple[Fam, dict[str, int]]:
    f = Fam(
        used,
        4,
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "sliding customers, leavers, steady, steadily grumpy and sarcastic households",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    nps_set = set(r.sample(range(10), 5))
    for i in range(10):
        nps = i in nps_set
        c = f.person(
            "slow_churner",
            "slides",
            f.lang(),
            expected=["sentiment_drop", "detractor"] if nps else ["sentiment_drop"],
            tolerated=TOL_SLIDE,
        )
        praise_days = distinct_days(f, 0, 10, r.randint(4, 5))
        happy_days(f, c, praise_days, 8, 20, [("praise", 3), ("again", 1)])
        other = distinct_days(f, 0, 10, r.randint(2, 4))
        happy_days(
            f,
            c,
            other,
            8,
            20,
            [("chat_q", 2), ("purchase", 2), ("page", 1), ("review", 1), ("email_q", 1)],
        )
        t0 = f.at(r.randint(12, 16), 9, 19)
        comp = r.choice(W.COMPETITORS)
        steps = slide(f, c, t0, spans[i], comp, [c.lang])
        c.truth.update(
            slide_event_ids=[e for e, _ in steps],
            slide_days=spans[i],
            competitor=comp,
            trouble_starts_at=iso(steps[0][1]),
            nps_given=nps,
        )
        if nps:
            sid, score = low_survey(
                f, c, morning(steps[3][1] + minutes(r.randint(150, 210)), r), "nps"
            )
            c.truth.update(survey_event_id=sid, nps=score)
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            f.lang(),
            expected=["churn_intent"],
            tolerated=TOL_LEAVE,
        )
        happy_days(f, c, distinct_days(f, 0, 15, r.randint(4, 6)), 8, 20, NO_SURVEY_KINDS)
        t = f.at(r.randint(17, 23), 8, 20)
        subj, text = r.choice(T.LEAVE[c.lang])
        eid = f.add(c, t, "email", "message", f.fill(text, c), subj)
        s_subj, s_text = T.SORRY_GO[c.lang]
        f.agent(
            c,
            morning(t + minutes(r.randint(60, 300)), r),
            "email",
            "message",
            f.fill(s_text, c, agent="{agent}"),
            s_subj,
        )
        tc = morning(t + minutes(r.randint(20 * 60, 30 * 60)), r)
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={
                "page": "/account/plus/cancel",
                "product": "Snodia Plus, monthly / Snodia Più, mensile",
            },
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady", f.lang())
        happy_days(f, c, distinct_days(f, 0, 31, r.randint(6, 10)), 7, 20, WEEKDAY_KINDS)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", f.lang(), tolerated=TOL_GRUMPY)
        texts = list(W.GRUMBLES[c.lang])
        r.shuffle(texts)
        n = r.randint(5, min(7, len(texts)))
        ts = f.at(r.randint(0, 4), 8, 20)
        eids = []
        first_ts = ts
        for k in range(n):
            if k:
                ts = morning(ts + timedelta(days=r.randint(1, 3), minutes=r.randint(-180, 180)), r)
            text = f.fill(texts[k], c)
            ch = r.choice(["social", "community", "web", "review"])
            if ch == "review":
                eids.append(
                    f.add(
                        c,
                        ts,
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": "/physios/reviews"},
                    )
                )
            elif ch == "web":
                eids.append(
                    f.add(c, ts, "web", "ticket", text, "Feedback", attrs={"page": "/help/contact"})
                )
            elif ch == "social":
                eids.append(f.add(c, ts, "social", "mention", text))
            else:
                eids.append(f.add(c, ts, "community", "post", text))
        happy_days(f, c, distinct_days(f, 0, 31, r.randint(0, 2)), 8, 20, [("purchase", 1)])
        c.truth.update(grumble_event_ids=eids, trouble_starts_at=iso(first_ts))
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", f.lang(), tolerated=TOL_SILENCE)
        sd = r.randint(17, 28)
        happy_days(
            f, c, distinct_days(f, 0, 31, r.randint(4, 7), avoid={sd}), 7, 20, NO_SURVEY_KINDS
        )
        ts = f.at(sd, 9, 21)
        text = f.fill(r.choice(W.SARCASM[c.lang]), c)
        sid = (
            f.add(c, ts, "social", "mention", text)
            if r.random() < 0.5
            else f.add(c, ts, "community", "post", text)
        )
        c.truth.update(sarcasm_event_id=sid)
    return f, {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}


def quiet_hours(used: set[str]) -> tuple[Fam, dict[str, int]]:
    f = Fam(
        used,
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in bursts; no spike",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer", f.lang())
        happy_days(f, c, distinct_days(f, 0, 2, r.randint(1, 3)), 7, 17.5, WEEKDAY_KINDS)
    for k in range(4):
        c = f.person("grumbles_once", "grumbles once", f.lang(), tolerated=TOL_SILENCE)
        t = f.at(r.randint(0, 2), 9, 17)
        happy(f, c, t, r.choice(["page", "purchase"]))
        tg = t + minutes(r.randint(20, 30))
        q, a = r.choice(W.MILD[c.lang])
        if k < 2:
            gid = f.add(c, tg, "chat", "chat", q)
            f.agent(c, tg + minutes(r.randint(1, 5)), "chat", "chat", a)
        else:
            gid = f.add(c, tg, "web", "ticket", q, "Feedback", attrs={"page": "/help/contact"})
            f.agent(
                c,
                tg + minutes(r.randint(10, 40)),
                "email",
                "message",
                f.fill(W.AGENT_HI[c.lang], c) + "\n" + a + "\n{agent}, Snodia",
                "Feedback",
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(tg))
    owls: list[Cust] = []
    for night in range(3):
        b1 = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        bursts = [b1, b1 + minutes(r.randint(28, 33)), b1 + minutes(r.randint(55, 65))]
        for b, start in enumerate(bursts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}", f.lang())
                ts = start + minutes(r.randint(0, 9))
                nid = night_act(f, c, ts)
                c.truth.update(burst_at=iso(start), night_event_id=nid)
                owls.append(c)
    for c in r.sample(owls, 18):
        happy(f, c, f.at(r.randint(0, 2), 9, 17.5), weighted(r, NO_SURVEY_KINDS))
    return f, {}


BILINGUAL_PAIRS = (
    [("it", "de")] * 4
    + [("de", "it")] * 4
    + [("it", "en"), ("it", "en"), ("en", "it"), ("en", "it"), ("de", "en"), ("de", "en")]
    + [
        ("de", "fr"),
        ("fr", "de"),
        ("it", "fr"),
        ("fr", "it"),
        ("de", "es"),
        ("es", "de"),
        ("it", "pt"),
        ("pt", "it"),
        ("en", "de"),
        ("es", "it"),
        ("de", "pt"),
        ("it", "es"),
        ("pt", "de"),
    ]
)


def pair_market(f: Fam, l1: str, l2: str) -> str:
    options = [m for m, _ in W.MARKETS[l1]] + [m for m, _ in W.MARKETS[l2]]
    if {l1, l2} <= {"it", "de", "fr"}:
        options += ["CH", "CH"]
    return str(f.rng.choice(options))


def bilingual(used: set[str]) -> tuple[Fam, dict[str, int]]:
    f = Fam(
        used,
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages",
    )
    r = f.rng
    pairs = list(BILINGUAL_PAIRS)
    r.shuffle(pairs)
    # the long e-mail of a bad day is German, in the second language
    long_pair = next(p for p in pairs if p[1] == "de")
    pairs.remove(long_pair)
    roles = (
        ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad_email", "bad_chat"] + ["fixed"] * 2
    )
    rep_counts = [2, 2, 3, 3, 4]
    r.shuffle(rep_counts)
    plan: list[tuple[str, tuple[str, str]]] = [
        ("bad_long", long_pair),
        *zip(roles, pairs, strict=True),
    ]
    for role, (l1, l2) in plan:
        mk = pair_market(f, l1, l2)
        extra: dict[str, Any] = {
            "languages": [l1, l2],
            "job_second_language": r.choice(W.SECOND_LANGUAGE_REASON[l2]),
        }
        cycle = [l1, l2]
        if role == "happy":
            c = f.person("happy", "alternates languages", l1, market=mk, **extra)
            happy_days(f, c, distinct_days(f, 0, 13, r.randint(5, 8)), 7, 20, WEEKDAY_KINDS, cycle)
        elif role == "repeat":
            k = rep_counts.pop()
            c = f.person(
                "repeat_contact",
                "repeats",
                l1,
                market=mk,
                expected=["repeat_contact"],
                tolerated=TOL_REPEAT,
                **extra,
            )
            happy_days(
                f,
                c,
                distinct_days(f, 0, 1, r.randint(1, 2)) + ([0] if r.random() < 0.3 else []),
                7,
                12,
                NO_SURVEY_KINDS,
                cycle,
            )
            p = r.choice(T.PROBLEMS)
            t = f.at(r.randint(2, 5), 8, 19)
            ch1 = r.choice(["web", "email", "chat"])
            repeat_run(f, c, p, t, ch1, k, k >= 3, cycle)
        elif role == "slide":
            c = f.person(
                "slow_churner",
                "slides",
                l1,
                market=mk,
                expected=["sentiment_drop"],
                tolerated=TOL_SLIDE,
                **extra,
            )
            happy_days(f, c, distinct_days(f, 0, 5, 5), 8, 20, [("praise", 3), ("again", 1)], cycle)
            happy_days(
                f,
                c,
                distinct_days(f, 0, 5, r.randint(1, 3)),
                8,
                20,
                [("chat_q", 2), ("purchase", 2), ("page", 1)],
                cycle[::-1],
            )
            t0 = f.at(r.randint(7, 8), 9, 19)
            comp = r.choice(W.COMPETITORS)
            span = r.randint(3, 5)
            steps = slide(f, c, t0, span, comp, cycle)
            c.truth.update(
                slide_event_ids=[e for e, _ in steps],
                slide_days=span,
                competitor=comp,
                trouble_starts_at=iso(steps[0][1]),
            )
        elif role.startswith("bad_"):
            ch = {"bad_long": "long", "bad_email": "email", "bad_chat": "chat"}[role]
            c = f.person(
                "happy_one_bad_day", "one bad day", l1, market=mk, tolerated=TOL_SILENCE, **extra
            )
            bd = r.randint(3, 10)
            happy_days(
                f,
                c,
                distinct_days(f, 0, 13, r.randint(2, 4), avoid=set(range(bd - 1, bd + 3))),
                7,
                20,
                NO_SURVEY_KINDS,
                cycle,
            )
            p = r.choice(T.PROBLEMS)
            t = f.at(bd, 8, 20)
            eid, ref = complaint(f, c, t, p, ch, lang=l2)
            c.truth.update(
                problem=p,
                channel="email" if ch == "long" else ch,
                long_email=ch == "long",
                bad_day_at=iso(t),
                bad_day_event_id=eid,
                bad_day_language=l2,
                booking=ref,
                trouble_starts_at=iso(t),
                problem_event_ids=[eid],
                agent_fixed=ch != "chat",
                apologised=ch == "email",
            )
            if ch != "chat" and ref is not None:
                good_news(f, c, morning(t + minutes(r.randint(60, 240)), r), ref, p, l2)
            if ch == "email":
                at = morning(t + minutes(r.randint(18 * 60, 24 * 60)), r)
                aid = f.add(c, at, "chat", "chat", f.fill(r.choice(T.APOLOGY[l2]), c), lang=l2)
                c.truth.update(apology_at=iso(at), apology_event_id=aid)
        else:
            c = f.person(
                "resolved_between_contacts",
                "fixed",
                l1,
                market=mk,
                tolerated=TOL_SILENCE,
                confirm_language=l2,
                **extra,
            )
            d = r.randint(2, 8)
            happy_days(
                f,
                c,
                distinct_days(f, 0, 13, r.randint(2, 3), avoid={d, d + 1, d + 2}),
                7,
                20,
                NO_SURVEY_KINDS,
                cycle,
            )
            case = fixed_case(f, c, f.at(d, 8, 19), r.choice(T.PROBLEMS), "web", l1, l2)
            c.truth.update(problems=[case], trouble_starts_at=case["raised_at"])
    return f, {"repeat_contact": 5, "sentiment_drop": 5}


B2B_PLAN: dict[str, tuple[str, str | None, int, int]] = {
    "hallberg": ("at_risk", "portal", 5, 3),
    "valmora": ("at_risk", "invoice", 5, 4),
    "rennfurt": ("at_risk", "service_blocked", 4, 3),
    "lineachiara": ("at_risk", "overbilled", 6, 4),
    "vauclair": ("at_risk", "invoice", 4, 3),
    "zollinger": ("one_unhappy", "service_blocked", 3, 1),
    "albarran": ("one_unhappy", "overbilled", 3, 1),
    "harrowfinch": ("one_unhappy", "portal", 3, 1),
    "atlantida": ("one_unhappy", "invoice", 3, 1),
    "alpenkost": ("mild", None, 3, 2),
    "corrib": ("mild", None, 4, 2),
    "ceresio": ("mild", None, 3, 2),
    "kessler": ("happy", None, 5, 0),
    "meulemans": ("happy", None, 4, 0),
    "lariana": ("happy", None, 4, 0),
}


def b2b_routine(f: Fam, c: Cust, ts: datetime, kinds: list[tuple[str, int]]) -> str:
    r = f.rng
    lg = c.lang
    kind = weighted(r, kinds)
    if kind == "chat":
        q, a = r.choice(B.CHAT_QA[lg])
        eid = f.add(c, ts, "chat", "chat", q)
        t2 = ts + minutes(r.randint(1, 6))
        f.agent(c, t2, "chat", "chat", a)
        if r.random() < 0.6:
            f.add(c, t2 + minutes(r.randint(1, 4)), "chat", "chat", r.choice(B.THANKS[lg]))
        return eid
    if kind == "purchase":
        label, page, eur = r.choice(B.PRODUCTS)
        eid = f.add(c, ts, "web", "page_view", attrs={"page": page})
        f.add(
            c,
            ts + minutes(r.randint(3, 20)),
            "web",
            "purchase",
            attrs=purchase_attrs(c, label, page, eur),
        )
        return eid
    if kind == "page":
        return f.add(c, ts, "web", "page_view", attrs={"page": r.choice(B.PAGES)})
    if kind == "praise":
        return f.add(c, ts, "community", "post", r.choice(B.PRAISE[lg]))
    return happy_survey(f, c, ts, [w for w in B.SURVEY_WORDS[lg] if w])


def b2b_accounts(used: set[str]) -> tuple[Fam, dict[str, int]]:
    f = Fam(
        used,
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Snodia Work: firms on account, five at risk",
    )
    r = f.rng
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    last_by_call = set(r.sample([k for k, v in B2B_PLAN.items() if v[0] == "at_risk"], 4))
    happy_kinds = [("chat", 3), ("purchase", 2), ("page", 2), ("praise", 1), ("survey", 2)]
    early_kinds = [("chat", 2), ("purchase", 1), ("page", 2)]
    for key, name, domain, site, market, lang in B.ACCOUNTS:
        kind, problem, n_contacts, n_unhappy = B2B_PLAN[key]
        while True:
            acc_id = f"SNW-{market}-{r.randint(1000, 9999)}"
            if f.claim("acc:" + acc_id):
                break
        company = (acc_id, name, domain)
        firsts: set[str] = set()
        contacts: list[Cust] = []
        for j in range(n_contacts):
            title = r.choice(B.TITLES)
            if j < n_unhappy and kind == "at_risk":
                last = j == n_unhappy - 1
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang,
                    market=market,
                    expected=["repeat_contact"] if last else ["detractor"],
                    tolerated=TOL_B2B_RISK,
                    company=company,
                    avoid_first=firsts,
                    job_title=title,
                    role="complainer",
                )
            elif j < n_unhappy and kind == "one_unhappy":
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang,
                    market=market,
                    expected=["detractor"],
                    tolerated=TOL_B2B_ONE,
                    company=company,
                    avoid_first=firsts,
                    job_title=title,
                    role="complainer",
                )
            elif j < n_unhappy and kind == "mild":
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang,
                    market=market,
                    tolerated=TOL_SILENCE,
                    company=company,
                    avoid_first=firsts,
                    job_title=title,
                    role="suggests",
                )
            else:
                c = f.person(
                    "b2b_happy",
                    "contact",
                    lang,
                    market=market,
                    company=company,
                    avoid_first=firsts,
                    job_title=title,
                    role="contact",
                )
            contacts.append(c)
        unhappy = contacts[:n_unhappy] if kind in ("at_risk", "one_unhappy") else []
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in sorted(r.sample(weekdays, r.randint(2, 5))):
                    b2b_routine(f, c, f.at(d, 8, 16.5), happy_kinds)
            else:
                for _ in range(r.randint(0, 2)):
                    b2b_routine(f, c, f.at(r.randint(0, 1), 8, 16.5), early_kinds)
        acc: dict[str, Any] = {
            "company": name,
            "site": site,
            "contacts": n_contacts,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
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
            ref = f.new_ref()
            t = f.at(2, 8, 16)
            first_t = t
            prev_first = unhappy[0].first
            for j, c in enumerate(unhappy):
                core = B.CORE[problem][lang]
                if j == 0:
                    subj, text = B.FIRST[lang]
                    body = f.fill(text, c, title=c.truth["job_title"], company=name, core=core)
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        body,
                        subj.replace("{topic}", B.TOPIC[problem][lang]).replace("{company}", name),
                    )
                    a_subj, a_text = B.ACK[lang]
                    f.agent(
                        c,
                        office(t + minutes(r.randint(10, 40)), r),
                        "email",
                        "message",
                        f.fill(a_text, c, ref=ref, agent="{agent}"),
                        a_subj.replace("{ref}", ref).replace("{company}", name),
                    )
                    acc["trouble_starts_at"] = iso(t)
                else:
                    t = office(t + minutes(r.randint(8 * 60, 28 * 60)), r)
                    on_day = (
                        B.THIS_MORNING[lang]
                        if t.date() == first_t.date()
                        else B.ON_DAY[lang][first_t.weekday()]
                    )
                    subj, text = B.LATER[lang]
                    body = f.fill(
                        text,
                        c,
                        title=c.truth["job_title"],
                        company=name,
                        core=core,
                        ref=ref,
                        prev=prev_first,
                        on_day=on_day,
                    )
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        body,
                        subj.replace("{ref}", ref).replace("{company}", name),
                    )
                ids = [eid]
                c.truth.update(trouble_starts_at=iso(t), booking=ref, problem=problem)
                if j < len(unhappy) - 1:
                    sid, score = low_survey(f, c, t + minutes(r.randint(60, 180)), "nps")
                    c.truth.update(survey_event_id=sid, nps=score, nps_given=True)
                else:
                    t2 = office(t + minutes(r.randint(18 * 60, 40 * 60)), r)
                    comp = r.choice(W.COMPETITORS)
                    if key in last_by_call:
                        call = f.fill(
                            B.LAST_CALL[lang], c, company=name, ref=ref, n=str(len(unhappy))
                        )
                        ids.append(f.add(c, t2, "phone", "call", call))
                        c.truth.update(competitor=None, repeat_channel="phone")
                    else:
                        subj, text = B.LAST_EMAIL[lang]
                        body = f.fill(
                            text,
                            c,
                            title=c.truth["job_title"],
                            ref=ref,
                            n=str(len(unhappy)),
                            comp=comp,
                        )
                        ids.append(
                            f.add(c, t2, "email", "message", body, subj.replace("{ref}", ref))
                        )
                        c.truth.update(competitor=comp, repeat_channel="email")
                    c.truth.update(repeat_event_id=ids[-1], nps_given=False)
                c.truth["complaint_event_ids"] = ids
        elif kind == "one_unhappy":
            assert problem is not None
            c = unhappy[0]
            ref = f.new_ref()
            t = f.at(r.choice([3, 4, 7]), 8, 16)
            subj, text = B.FIRST[lang]
            body = f.fill(
                text, c, title=c.truth["job_title"], company=name, core=B.CORE[problem][lang]
            )
            eid = f.add(
                c,
                t,
                "email",
                "message",
                body,
                subj.replace("{topic}", B.TOPIC[problem][lang]).replace("{company}", name),
            )
            a_subj, a_text = B.ACK[lang]
            f.agent(
                c,
                office(t + minutes(r.randint(10, 40)), r),
                "email",
                "message",
                f.fill(a_text, c, ref=ref, agent="{agent}"),
                a_subj.replace("{ref}", ref).replace("{company}", name),
            )
            sid, score = low_survey(f, c, t + minutes(r.randint(60, 180)), "nps")
            c.truth.update(
                problem=problem,
                booking=ref,
                complaint_event_ids=[eid],
                survey_event_id=sid,
                nps=score,
                nps_given=True,
                trouble_starts_at=iso(t),
            )
        elif kind == "mild":
            suggestions = list(B.MILD[lang])
            r.shuffle(suggestions)
            for j, c in enumerate(contacts[:n_unhappy]):
                t = f.at(r.choice([d for d in weekdays if 2 <= d <= 9]), 8, 16)
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    suggestions[j % len(suggestions)],
                    B.MILD_SUBJECT[lang],
                    attrs={"page": "/work/portal/feedback"},
                )
                f.agent(
                    c,
                    office(t + minutes(r.randint(30, 120)), r),
                    "email",
                    "message",
                    f.fill(B.MILD_ACK[lang], c, agent="{agent}"),
                    reply_subject(lang, B.MILD_SUBJECT[lang]),
                )
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
        f.accounts[acc_id] = acc
    return f, {"account_risk": 5, "detractor": 16, "repeat_contact": 5}


def topic_spike(used: set[str]) -> tuple[Fam, dict[str, int]]:
    f = Fam(
        used,
        8,
        "topic_spike",
        "TS",
        datetime(2026, 11, 9, tzinfo=UTC),
        6,
        "a calm week and one planted incident on Saturday 14 November 2026",
    )
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer", f.lang())
        for d in distinct_days(f, 0, 5, r.randint(1, 4)):
            ts = f.at(d, 12, 19) if d == 5 else f.at(d, 7, 20)
            happy(f, c, ts, weighted(r, WEEKDAY_KINDS))
    for lg in ("it", "de"):
        c = f.person("grumbles_once", "grumbles once", lg, tolerated=TOL_SILENCE)
        q, a = W.MILD[lg][2]
        t = f.at(0, 9, 17)
        gid = f.add(c, t, "chat", "chat", q)
        f.agent(c, t + minutes(r.randint(1, 5)), "chat", "chat", a)
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lg, hh, mm in (("it", 9, 40), ("de", 16, 5)):
        c = f.person("grumbles_once", "lone question", lg, tolerated=TOL_SILENCE)
        q, a = T.LONE_Q[lg]
        t = f.start + timedelta(days=4, hours=hh, minutes=mm)
        lid = f.add(c, t, "chat", "chat", q)
        f.agent(c, t + minutes(r.randint(2, 5)), "chat", "chat", a)
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    langs = ["it"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "es", "es", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    regular = [True] * 12 + [False] * 8
    r.shuffle(langs)
    r.shuffle(chans)
    r.shuffle(regular)
    day5 = f.start + timedelta(days=5)
    times = sorted(
        [day5 + timedelta(hours=8, minutes=10), day5 + timedelta(hours=8, minutes=55)]
        + [day5 + timedelta(hours=8, minutes=r.randint(11, 54)) for _ in range(18)]
    )
    early = [i for i, t in enumerate(times) if t <= day5 + timedelta(hours=8, minutes=35)]
    repeaters = set(r.sample(early, 6))
    rep_order = sorted(repeaters)
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    for _ in range(200):
        r.shuffle(rep_chans)
        if all(chans[i] != ch for i, ch in zip(rep_order, rep_chans, strict=True)):
            break
    else:
        raise ValueError("no channel plan for the spike repeaters")
    second_channel = dict(zip(rep_order, rep_chans, strict=True))
    fixed = set(r.sample([i for i in range(20) if i not in repeaters], 6))
    variant: Counter[str] = Counter()
    event_ids: list[str] = []
    repeat_ids: list[str] = []
    keys: list[str] = []
    for i in range(20):
        lg = langs[i]
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular[i] else "new",
            lg,
            expected=["repeat_contact"] if rep else [],
            tolerated=TOL_SPIKE_REPEAT if rep else TOL_SILENCE,
        )
        if regular[i]:
            for _ in range(r.randint(1, 3)):
                happy(f, c, f.at(2, 8, 17.5), weighted(r, NO_SURVEY_KINDS))
        table = T.SPIKE_REPORT[lg]
        text = f.fill(table[variant[lg] % len(table)], c)
        variant[lg] += 1
        t = times[i]
        ch = chans[i]
        if ch == "email":
            eid = f.add(c, t, "email", "message", text, T.SPIKE_SUBJECT[lg])
        elif ch == "web":
            eid = f.add(
                c, t, "web", "ticket", text, T.SPIKE_SUBJECT[lg], attrs={"page": "/help/contact"}
            )
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.agent(c, t + minutes(r.randint(1, 4)), "chat", "chat", T.SPIKE_CHAT_ANSWER[lg])
        elif ch == "social":
            eid = f.add(c, t, "social", "mention", text)
        else:
            eid = f.add(c, t, "community", "post", text)
        event_ids.append(eid)
        keys.append(c.key)
        c.truth.update(
            in_spike=True,
            regular=regular[i],
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=i in fixed,
            repeat_event_id=None,
        )
        if rep:
            ch2 = second_channel[i]
            t2 = t + minutes(r.randint(15, 50))
            text2 = f.fill(r.choice(T.SPIKE_REPEAT[lg]), c)
            if ch2 == "email":
                rid = f.add(
                    c, t2, "email", "message", text2, reply_subject(lg, T.SPIKE_SUBJECT[lg])
                )
            elif ch2 == "chat":
                rid = f.add(c, t2, "chat", "chat", text2)
                f.agent(c, t2 + minutes(r.randint(1, 4)), "chat", "chat", T.SPIKE_CHAT_ANSWER[lg])
            else:
                rid = f.add(c, t2, "community", "post", text2)
            repeat_ids.append(rid)
            c.truth.update(repeat_event_id=rid, repeat_channel=ch2)
        if i in fixed:
            since = "11:00" if c.market in ("UK", "IE", "PT") else "12:00"
            subj, body = T.SPIKE_FIXED[lg]
            f.agent(
                c,
                day5 + timedelta(hours=11, minutes=r.randint(8, 17)),
                "email",
                "message",
                f.fill(body, c, since=since, agent="{agent}"),
                subj,
            )
    f.spike = {
        "topic": "the app's invite-friends feature texted patients' whole address books an invitation naming their treatment; withdrawing the invitations fails with error INV/522",
        "about": "Snodia app, Saturday morning: unsolicited SMS invitations to every contact with the patient's treatment (pelvic floor rehab, slipped disc, knee or hip surgery) and a discount code; 'withdraw invitations' gives INV/522",
        "channel": None,
        "start": iso(times[0]),
        "end": iso(times[-1]),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": event_ids,
        "repeat_event_ids": repeat_ids,
    }
    return f, {"topic_spike": 1, "repeat_contact": 6}


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
    used: set[str] = set()
    total = [0, 0, 0]
    for build in FAMILIES:
        fam, plan = build(used)
        n_c, n_t, n_r = fam.write(plan)
        total = [total[0] + n_c, total[1] + n_t, total[2] + n_r]
        print(f"{fam.name}: {n_c} customers, {n_t} touchpoints, {n_r} agents' replies")
    print(f"total: {total[0]} customers, {total[1]} touchpoints, {total[2]} agents' replies")


if __name__ == "__main__":
    main()
