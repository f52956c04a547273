# ruff: noqa: E501
"""Build heldout209 (report only, written blind): python make_heldout209.py."""

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

import wording as w  # noqa: E402

SEED = 20261206
END_LIMIT = datetime(2026, 11, 15, tzinfo=UTC)

MARKETS = {
    "it": ("IT", "CH"),
    "pt": ("PT",),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE"),
    "de": ("DE", "AT", "CH"),
    "es": ("ES",),
}
PHONES = {
    "IT": ("+39 3", 9),
    "CH": ("+41 7", 8),
    "PT": ("+351 9", 8),
    "UK": ("+44 7", 9),
    "IE": ("+353 8", 8),
    "FR": ("+33 6", 8),
    "BE": ("+32 4", 8),
    "DE": ("+49 15", 9),
    "AT": ("+43 66", 8),
    "ES": ("+34 6", 8),
}
FIRST = {
    "it": [
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Chiara",
        "Matteo",
        "Sara",
        "Davide",
        "Elena",
        "Paolo",
        "Valentina",
        "Andrea",
        "Silvia",
        "Stefano",
        "Anna",
        "Roberto",
    ],
    "pt": [
        "Ana",
        "João",
        "Inês",
        "Tiago",
        "Mariana",
        "Pedro",
        "Catarina",
        "Rui",
        "Beatriz",
        "Miguel",
        "Sofia",
        "Nuno",
        "Rita",
        "Hugo",
        "Joana",
        "André",
    ],
    "en": ["Emma", "James", "Sophie", "Liam", "Chloe", "Owen", "Grace", "Ryan"],
    "fr": ["Camille", "Julien", "Manon", "Hugo", "Léa", "Thomas", "Chloé", "Nicolas"],
    "de": ["Anna", "Lukas", "Lena", "Jonas", "Marie", "Felix", "Laura", "Tobias"],
    "es": ["Lucía", "Pablo", "Carmen", "Javier", "Marta", "Diego", "Elena", "Sergio"],
}
LAST = {
    "it": [
        "Rossi",
        "Bianchi",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "Costa",
        "Giordano",
        "Mancini",
        "Rizzo",
        "Lombardi",
        "Moretti",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Gomes",
        "Lopes",
        "Marques",
        "Alves",
        "Ribeiro",
    ],
    "en": ["Walsh", "Taylor", "Brennan", "Hughes", "Murphy", "Clarke", "Doyle", "Wright"],
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux"],
    "de": ["Müller", "Schmidt", "Weber", "Becker", "Hoffmann", "Koch", "Richter", "Wolf"],
    "es": ["García", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Torres", "Ruiz"],
}
SOURCES = {
    "email": "mensaro-mail",
    "phone": "mensaro-voice",
    "social": "mensaro-social",
    "community": "mensaro-forum",
    "chat": "mensaro-chat",
    "web": "mensaro-web",
    "survey": "mensaro-survey",
}
LANG_WEIGHTS = (("it", 30), ("pt", 30), ("en", 10), ("fr", 10), ("de", 10), ("es", 10))
NONE: list[str] = []
T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]

USED: set[str] = set()


def unique(value: str) -> str:
    base, n = value, 2
    while value.lower() in USED:
        value = f"{base}{n}" if "@" not in base else base.replace("@", f"{n}@", 1)
        n += 1
    USED.add(value.lower())
    return value


def strip_accents(text: str) -> str:
    text = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", text)
        if unicodedata.category(ch) != "Mn" or ch == "\u0303"
    )


def ascii_only(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", strip_accents(text)) if ch.isascii())


def roughen(rng: random.Random, text: str) -> str:
    if not text:
        return text
    if rng.random() < 1 / 7:
        words = text.split(" ")
        idx = [i for i, x in enumerate(words) if len(x) >= 5 and x.isalpha() and x.islower()]
        if idx:
            i = rng.choice(idx)
            x = words[i]
            j = rng.randrange(1, len(x) - 2)
            words[i] = x[:j] + x[j + 1] + x[j] + x[j + 2 :]
            text = " ".join(words)
    if rng.random() < 1 / 10:
        text = unicodedata.normalize("NFC", strip_accents(text))
    if rng.random() < 1 / 8 and text[0].isupper() and not text[:2].isupper():
        text = text[0].lower() + text[1:]
    return text


def transcript(text: str) -> str:
    keep = []
    for ch in text:
        if ch.isalnum() or ch in " -'":
            keep.append(ch)
        elif ch in "\n":
            keep.append(" ")
    out = " ".join("".join(keep).split())
    return " ".join(
        x if (any(c.isdigit() for c in x) or x.isupper()) and len(x) > 1 else x.lower()
        for x in out.split()
    )


@dataclass
class Cust:
    key: str
    lang: str
    country: str
    name: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Row:
    ts: datetime
    seq: int
    cust: Cust
    data: dict[str, Any]
    inbound: bool


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    n: int
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    cases: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def case(self) -> str:
        self.cases += 1
        return f"MN-{(self.n * 104729 + self.cases * 7919) % 900000 + 100000:06d}"

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        lang: str | None = None,
        country: str | None = None,
        account: str | None = None,
        company_domain: str | None = None,
    ) -> Cust:
        rng = self.rng
        if lang is None:
            lang = rng.choices([x for x, _ in LANG_WEIGHTS], [y for _, y in LANG_WEIGHTS])[0]
        if country is None:
            country = rng.choice(MARKETS[lang])
        first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
        key = unique(f"MN{self.code}{rng.randrange(1000, 9999)}")
        slug = ascii_only(f"{first}.{last}").lower().replace(" ", "")
        if company_domain:
            email = unique(f"{ascii_only(first).lower()}@{company_domain}")
            handle = None
        else:
            email = unique(
                f"{slug}{rng.randrange(1, 99)}@{rng.choice(['mail', 'posta', 'correio', 'inbox', 'web'])}.example"
            )
            handle = (
                unique(
                    f"@{ascii_only(last).lower()}_{ascii_only(first).lower()}{rng.randrange(1, 9)}"
                )
                if rng.random() < 0.7
                else None
            )
        prefix, digits = PHONES[country]
        phone = unique(prefix + "".join(str(rng.randrange(10)) for _ in range(digits)))
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": "+" + "".join(c for c in phone if c.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": country,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lang, country, f"{first} {last}", email, phone, handle, account, truth)
        self.custs.append(c)
        return c

    def add(
        self,
        ts: datetime,
        c: Cust,
        channel: str,
        kind: str,
        text: str | None,
        *,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        eid = f"h209-{self.code.lower()}-{len(self.rows) + 1:05d}"
        if text and not out and rough and channel not in ("phone", "survey"):
            text = roughen(self.rough, text)
        a = {"market": c.country}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(w.AGENTS)
        a.update(attrs or {})
        data: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(Row(ts.replace(microsecond=0), len(self.rows), c, data, not out))
        return eid

    def ids_for(self, c: Cust, channel: str, full: bool) -> dict[str, str | None]:
        r = self.rough
        ref: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
        elif channel == "phone":
            ref["phone"] = c.phone if r.random() < 0.5 else c.phone.replace(" ", "", 1)
        elif channel in ("social", "community") and c.handle:
            ref["handle"] = c.handle if r.random() < 0.8 else c.handle.lstrip("@")
        elif channel in ("email", "social", "community"):
            ref["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
        else:
            ref["customer_id"] = c.key
        return ref

    def write(self, expected_counts: dict[str, int]) -> None:
        rows = sorted(self.rows, key=lambda x: (x.ts, x.seq))
        first_in: dict[str, int] = {}
        for r in rows:
            if r.inbound and r.cust.key not in first_in:
                first_in[r.cust.key] = r.seq
        for c in self.custs:
            assert c.key in first_in, c.key
            t = c.truth
            assert not set(t["expected_rules"]) & set(t["tolerated_rules"]), c.key
        counts: dict[str, int] = {}
        for c in self.custs:
            for rule in c.truth["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        assert counts == expected_counts, (self.name, counts, expected_counts)
        lines = []
        for r in rows:
            assert self.start <= r.ts < END_LIMIT, (self.name, r.ts)
            d = dict(r.data)
            d["customer"] = self.ids_for(
                r.cust, d["channel"], full=(not r.inbound) or first_in[r.cust.key] == r.seq
            )
            order = [
                "event_id",
                "occurred_at",
                "channel",
                "kind",
                "direction",
                "customer",
                "text",
                "subject",
                "scores",
                "source",
                "attributes",
            ]
            lines.append(json.dumps({k: d[k] for k in order}, ensure_ascii=False))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        end = max(self.start + timedelta(days=self.days), rows[-1].ts + timedelta(hours=1))
        assert end < END_LIMIT
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Mensaro (tableware and party-furniture hire; Mensaro Club; Mensaro Eventi on account); competitors Tavolux, Copparia",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-06",
                "expected": dict(sorted(counts.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.custs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def iso(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


def pick(rng: random.Random, table: dict[str, list[str]], lang: str, **kw: str) -> str:
    kw.setdefault("b", w.BRAND)
    kw.setdefault("club", w.CLUB)
    kw.setdefault("pro", w.PRO)
    kw.setdefault("agent", rng.choice(w.AGENTS))
    return rng.choice(table[lang]).format(**kw)


def daytime(f: Fam, ts: datetime) -> datetime:
    h = ts.hour
    if h >= 22:
        return (ts + timedelta(days=1)).replace(hour=8, minute=f.rng.randrange(60))
    if h < 7:
        return ts.replace(hour=8, minute=f.rng.randrange(60))
    return ts


def mins(f: Fam, lo: float, hi: float) -> timedelta:
    return timedelta(minutes=f.rng.uniform(lo, hi))


def happy_act(f: Fam, c: Cust, ts: datetime, surveys: bool = False) -> None:
    r = f.rng
    kinds = [
        "post",
        "community",
        "again",
        "gripe",
        "chat",
        "email_q",
        "call",
        "buy",
        "view",
        "review",
    ] + (["survey"] if surveys else [])
    k = r.choice(kinds)
    L = c.lang
    if k == "post":
        t = pick(r, w.PRAISE, L)
        f.add(ts, c, "social", "post", t if "@" in t else t.replace(w.BRAND, "@" + w.BRAND, 1))
    elif k == "community":
        f.add(ts, c, "community", "post", pick(r, w.PRAISE, L))
    elif k == "again":
        f.add(ts, c, r.choice(["community", "social"]), "post", pick(r, w.AGAIN, L))
    elif k == "gripe":
        f.add(
            ts,
            c,
            "web",
            "review",
            pick(r, w.GRIPE_PRAISE, L),
            attrs={"rating": "4", "page": "/reviews"},
        )
    elif k == "chat":
        f.add(ts, c, "chat", "chat", pick(r, w.QUESTION, L))
        f.add(ts + mins(f, 1, 6), c, "chat", "chat", pick(r, w.ANSWER, L), out=True)
        if r.random() < 0.6:
            f.add(ts + mins(f, 7, 12), c, "chat", "chat", pick(r, w.THANKS, L))
    elif k == "email_q":
        f.add(ts, c, "email", "message", pick(r, w.QUESTION, L), subject=w.BRAND)
        f.add(ts + mins(f, 30, 120), c, "email", "message", pick(r, w.ANSWER, L), out=True)
    elif k == "call":
        f.add(ts, c, "phone", "call", pick(r, w.CALL_Q, L))
        f.add(ts + mins(f, 10, 30), c, "email", "message", pick(r, w.CALL_FOLLOWUP, L), out=True)
    elif k == "buy":
        prod, price = r.choice(w.PRODUCTS)
        cur = {"UK": "GBP", "CH": "CHF"}.get(c.country, "EUR")
        f.add(ts, c, "web", "page_view", None, attrs={"page": "/catalogo"})
        f.add(
            ts + mins(f, 3, 15),
            c,
            "web",
            "purchase",
            None,
            attrs={"order_value": price, "currency": cur, "product": prod, "page": "/checkout"},
        )
    elif k == "view":
        f.add(ts, c, "web", "page_view", None, attrs={"page": r.choice(w.PAGES)})
    elif k == "review":
        f.add(
            ts, c, "web", "review", pick(r, w.REVIEW, L), attrs={"rating": "5", "page": "/reviews"}
        )
    else:
        survey(f, c, ts)


def survey(f: Fam, c: Cust, ts: datetime) -> None:
    r = f.rng
    s = r.choice(["nps", "csat", "ces"])
    val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[s]
    f.add(
        ts,
        c,
        "survey",
        "survey_response",
        pick(r, w.SURVEY_WORD, c.lang) or None,
        scores={s: val},
        attrs={"survey": s},
    )


def happy_days(
    f: Fam,
    c: Cust,
    n: int,
    days: list[int],
    lo: float = 7.5,
    hi: float = 20.0,
    surveys: bool = False,
) -> None:
    for d in f.rng.sample(days, min(n, len(days))):
        happy_act(f, c, f.at(d, f.rng.uniform(lo, hi)), surveys)


def complaint(
    f: Fam, c: Cust, ts: datetime, channel: str, problem: str, long: bool = False
) -> tuple[str, str | None]:
    """A first complaint; returns its event id and the case (None for social)."""
    r = f.rng
    L = c.lang
    topic, what = r.choice(w.PROBLEMS[problem][L])
    what = what.format(club=w.CLUB)
    subj = pick(r, w.SUBJ_COMPLAINT, L, topic=topic)
    case: str | None = f.case()
    if channel == "email":
        t = pick(r, w.COMPLAIN_LONG if long else w.COMPLAIN_SHORT, L, what=what, name=c.name)
        eid = f.add(ts, c, "email", "message", t, subject=subj)
        f.add(
            ts + mins(f, 10, 40),
            c,
            "email",
            "message",
            pick(r, w.CASE_OPENED, L, case=str(case)),
            out=True,
            subject=pick(r, w.SUBJ_CASE, L, case=str(case)),
        )
    elif channel == "web":
        eid = f.add(
            ts,
            c,
            "web",
            "ticket",
            pick(r, w.COMPLAIN_SHORT, L, what=what),
            subject=subj,
            attrs={"page": "/help/contact"},
        )
        f.add(
            ts + mins(f, 10, 40),
            c,
            "email",
            "message",
            pick(r, w.CASE_OPENED, L, case=str(case)),
            out=True,
            subject=pick(r, w.SUBJ_CASE, L, case=str(case)),
        )
    elif channel == "phone":
        eid = f.add(ts, c, "phone", "call", transcript(pick(r, w.COMPLAIN_SHORT, L, what=what)))
        f.add(
            ts + mins(f, 10, 40),
            c,
            "email",
            "message",
            pick(r, w.CASE_OPENED, L, case=str(case)),
            out=True,
            subject=pick(r, w.SUBJ_CASE, L, case=str(case)),
        )
    elif channel == "chat":
        eid = f.add(ts, c, "chat", "chat", pick(r, w.COMPLAIN_SHORT, L, what=what))
        f.add(
            ts + mins(f, 2, 6),
            c,
            "chat",
            "chat",
            pick(r, w.CASE_OPENED, L, case=str(case)),
            out=True,
        )
    else:
        eid = f.add(ts, c, "social", "mention", pick(r, w.COMPLAIN_SOCIAL, L, what=what))
        case = None
    return eid, case


def later_contact(
    f: Fam, c: Cust, ts: datetime, channel: str, problem: str, case: str, nth: int, comp: str
) -> str:
    r = f.rng
    L = c.lang
    _, what = r.choice(w.PROBLEMS[problem][L])
    what = what.format(club=w.CLUB)
    t = pick(r, w.STILL_OPEN, L, case=case, what=what)
    if nth == 3:
        t += " " + pick(r, w.THIRD, L, case=case, comp=comp)
    elif nth == 4:
        t = pick(r, w.FOURTH, L, case=case) + " " + t
    if channel == "phone":
        return f.add(ts, c, "phone", "call", transcript(t))
    if channel == "email":
        return f.add(ts, c, "email", "message", t, subject=pick(r, w.SUBJ_CASE, L, case=case))
    if channel == "web":
        return f.add(ts, c, "web", "ticket", t, attrs={"page": "/help/contact"})
    if channel == "social":
        return f.add(ts, c, "social", "mention", "@" + w.BRAND + " " + t)
    eid = f.add(ts, c, "chat", "chat", t)
    f.add(ts + mins(f, 2, 6), c, "chat", "chat", pick(r, w.CHAT_URGENT, L, case=case), out=True)
    return eid


def fixed_case(
    f: Fam, c: Cust, ts: datetime, channel: str, problem: str, confirm_lang: str | None = None
) -> dict[str, Any]:
    r = f.rng
    eid, case = complaint(f, c, ts, channel, problem)
    assert case
    fixed = daytime(f, ts + timedelta(hours=r.uniform(3, 20)))
    f.add(
        fixed,
        c,
        "email",
        "message",
        pick(r, w.GOOD_NEWS, c.lang, case=case),
        out=True,
        subject=pick(r, w.SUBJ_CASE, c.lang, case=case),
    )
    conf = daytime(f, fixed + timedelta(hours=r.uniform(8, 30)))
    ch = r.choice(["email", "chat"])
    cl = confirm_lang or c.lang
    cid = f.add(
        conf,
        c,
        ch,
        "message" if ch == "email" else "chat",
        pick(r, w.CONFIRM, cl, case=case),
        subject=pick(r, w.SUBJ_CASE, cl, case=case) if ch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(ts),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(conf),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": ch,
    }


def repeat_run(
    f: Fam,
    c: Cust,
    t0: datetime,
    first_ch: str,
    contacts: int,
    quality: bool,
    langs: list[str] | None = None,
) -> None:
    r = f.rng
    problem = r.choice(list(w.PROBLEMS))
    comp = r.choice(w.COMPETITORS)
    eid, case = complaint(f, c, t0, first_ch, problem)
    assert case
    if quality:
        f.add(
            t0 + mins(f, 90, 150),
            c,
            "email",
            "message",
            pick(r, w.QUALITY_LEAD, c.lang, case=case),
            out=True,
            subject=pick(r, w.SUBJ_CASE, c.lang, case=case),
        )
    ids, chans, ts = [eid], [first_ch], t0
    home = c.lang
    for nth in range(2, contacts + 1):
        ts = daytime(f, ts + timedelta(hours=r.uniform(4, 40)))
        ch = r.choice([x for x in ("email", "chat", "phone", "web", "social") if x not in chans])
        if langs:
            c.lang = langs[(nth - 1) % 2]
        ids.append(later_contact(f, c, ts, ch, problem, case, nth, comp))
        chans.append(ch)
    c.lang = home
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=contacts,
        channels=chans,
        problem_event_ids=ids,
        agent_passed_on=quality,
        competitor=comp if contacts >= 3 else None,
        trouble_starts_at=iso(t0),
    )


def slide(f: Fam, c: Cust, day0: int, span: int, langs: list[str] | None = None) -> list[str]:
    r = f.rng
    comp = r.choice(w.COMPETITORS)
    ids: list[str] = []
    ts = f.at(day0, r.uniform(9, 18))
    step_gap = span * 24 / 6
    home = c.lang
    for i in range(6):
        if langs:
            c.lang = langs[i % 2]
        text = r.choice(w.SLIDE[c.lang])[i].format(b=w.BRAND, comp=comp)
        kind = r.choice(["social", "community", "review"])
        if kind == "social":
            ids.append(
                f.add(
                    ts,
                    c,
                    "social",
                    "post",
                    text
                    if "@" in text
                    else "@" + w.BRAND + " " + text
                    if w.BRAND not in text
                    else text.replace(w.BRAND, "@" + w.BRAND, 1),
                )
            )
        elif kind == "community":
            ids.append(f.add(ts, c, "community", "post", text))
        else:
            ids.append(
                f.add(
                    ts,
                    c,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"},
                )
            )
        if i == 3:
            c.truth["step4_at"] = iso(ts)
        ts = daytime(f, ts + timedelta(hours=max(1.0, r.uniform(0.6, 1.4) * step_gap)))
    c.lang = home
    c.truth.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=c.truth.get("trouble_starts_at") or f.rows[-6].data["occurred_at"],
    )
    return ids


# ---------------------------------------------------------------- families --


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        datetime(2026, 3, 2, tzinfo=UTC),
        10,
        "customers with nothing to warn about",
        1,
    )
    for _ in range(16):
        c = f.person("happy", "day writer", NONE, NONE)
        happy_days(f, c, f.rng.randint(5, 8), list(range(10)), 7, 19, surveys=True)
    for _ in range(5):
        c = f.person("happy", "night writer", NONE, NONE)
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            ts = f.at(d, 22.2 + f.rng.uniform(0, 6.2))
            if f.rng.random() < 0.5:
                t = pick(f.rng, w.NIGHT_POST, c.lang)
                f.add(ts, c, "social", "post", t.replace(w.BRAND, "@" + w.BRAND, 1))
            else:
                f.add(ts, c, "chat", "chat", pick(f.rng, w.NIGHT_Q, c.lang))
                ans = daytime(f, ts + mins(f, 2, 8))
                f.add(ans, c, "chat", "chat", pick(f.rng, w.NIGHT_A, c.lang), out=True)
                f.add(ans + mins(f, 3, 20), c, "chat", "chat", pick(f.rng, w.THANKS, c.lang))
        happy_days(f, c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys", NONE, NONE)
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            survey(f, c, f.at(d, f.rng.uniform(8, 20)))
    f.write({})
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        datetime(2026, 4, 6, tzinfo=UTC),
        12,
        "happy customers with one angry moment",
        2,
    )
    r = f.rng
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = [p for p in w.PROBLEMS for _ in range(4)]
    r.shuffle(probs)
    langs = ["it", "it", "pt", "pt"] + [None] * 20
    with_case: list[tuple[Cust, datetime, str]] = []
    for i, ch in enumerate(chans):
        c = f.person("happy_one_bad_day", "one bad day", NONE, ["silence"], lang=langs[i])
        bd = r.randint(2, 9)
        ts = f.at(bd, r.uniform(8, 20))
        happy_days(f, c, r.randint(1, 5), [d for d in range(12) if d < bd - 1 or d > bd + 2])
        eid, case = complaint(
            f, c, ts, "email" if ch == "long" else ch, probs[i], long=ch == "long"
        )
        c.truth.update(
            problem=probs[i],
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
            booking=case,
            bad_day_at=iso(ts),
            bad_day_event_id=eid,
            trouble_starts_at=iso(ts),
            nps_given=False,
            csat_given=False,
            agent_fixed=False,
            apologised=False,
        )
        if case:
            with_case.append((c, ts, case))
    r.shuffle(with_case)
    for j, (c, ts, _case) in enumerate(with_case):
        if j < 6:
            c.truth.update(
                persona="bad_day_detractor",
                expected_rules=["detractor"],
                nps_given=True,
                nps=r.randint(1, 5),
            )
            c.truth["survey_event_id"] = f.add(
                ts + mins(f, 100, 140),
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": c.truth["nps"]},
                attrs={"survey": "nps"},
            )
        elif j < 11:
            c.truth.update(csat_given=True, csat=r.randint(1, 2))
            c.truth["survey_event_id"] = f.add(
                ts + mins(f, 40, 80),
                c,
                "survey",
                "survey_response",
                pick(r, w.LOW_CSAT_WORD, c.lang) or None,
                scores={"csat": c.truth["csat"]},
                attrs={"survey": "csat"},
            )
    for j, (c, ts, case) in enumerate(sorted(with_case, key=lambda x: x[0].key)[:12]):
        good = daytime(f, ts + timedelta(hours=r.uniform(1, 4)))
        f.add(
            good,
            c,
            "email",
            "message",
            pick(r, w.GOOD_NEWS, c.lang, case=case),
            out=True,
            subject=pick(r, w.SUBJ_CASE, c.lang, case=case),
        )
        c.truth["agent_fixed"] = True
        if j < 5:
            ap = daytime(f, ts + timedelta(hours=r.uniform(16, 24)))
            ch = r.choice(["chat", "email"])
            c.truth.update(
                apologised=True,
                apology_at=iso(ap),
                apology_event_id=f.add(
                    ap, c, ch, "chat" if ch == "chat" else "message", pick(r, w.APOLOGY, c.lang)
                ),
            )
    for _ in range(8):
        c = f.person("happy", "control", NONE, NONE)
        happy_days(f, c, r.randint(4, 7), list(range(12)))
    f.write({"detractor": 6})
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 11, tzinfo=UTC),
        10,
        "the same open problem raised again",
        3,
    )
    r = f.rng
    counts = [2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4]
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    for i, n in enumerate(counts):
        c = f.person(
            "repeat_contact",
            "repeats",
            ["repeat_contact"],
            T_REPEAT,
            lang=["it", "pt"][i % 2] if i < 6 else None,
        )
        happy_days(f, c, r.randint(1, 3), [0], 7, 12)
        repeat_run(f, c, f.at(r.randint(1, 4), r.uniform(8, 19)), firsts[i], n, quality=i % 2 == 0)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", NONE, ["silence"])
        happy_days(f, c, r.randint(1, 2), [0])
        p = fixed_case(
            f,
            c,
            f.at(r.randint(1, 4), r.uniform(8, 18)),
            r.choice(["web", "email", "chat"]),
            r.choice(list(w.PROBLEMS)),
        )
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", NONE, ["silence"])
        d0 = r.randint(0, 2)
        pr = r.sample(list(w.PROBLEMS), 2)
        ps = [
            fixed_case(
                f,
                c,
                f.at(d0 + k * r.randint(4, 5), r.uniform(8, 17)),
                r.choice(["web", "email", "chat"]),
                pr[k],
            )
            for k in range(2)
        ]
        c.truth.update(problems=ps, trouble_starts_at=ps[0]["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer", NONE, NONE)
        for d in r.sample(range(10), r.randint(5, 8)):
            ts = f.at(d, r.uniform(8, 19))
            k = r.random()
            if k < 0.4:
                f.add(ts, c, "chat", "chat", pick(r, w.QUESTION, c.lang))
                f.add(ts + mins(f, 1, 6), c, "chat", "chat", pick(r, w.ANSWER, c.lang), out=True)
            elif k < 0.7:
                f.add(ts, c, "email", "message", pick(r, w.QUESTION, c.lang), subject=w.BRAND)
                f.add(
                    ts + mins(f, 30, 120),
                    c,
                    "email",
                    "message",
                    pick(r, w.ANSWER, c.lang),
                    out=True,
                )
            else:
                happy_act(f, c, ts)
    f.write({"repeat_contact": 12})
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        datetime(2026, 6, 8, tzinfo=UTC),
        32,
        "slow slides, leavers, grumpy and steady customers",
        4,
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i, span in enumerate(spans):
        c = f.person(
            "slow_churner",
            "slides",
            ["sentiment_drop"],
            T_SLIDE,
            lang=["it", "pt"][i % 2] if i < 6 else None,
        )
        for d in r.sample(range(11), r.randint(4, 5)):
            t = pick(r, w.PRAISE, c.lang)
            f.add(
                f.at(d, r.uniform(8, 20)), c, "social", "post", t.replace(w.BRAND, "@" + w.BRAND, 1)
            )
        happy_days(f, c, r.randint(2, 4), list(range(11)))
        slide(f, c, r.randint(11, 15), span)
        if i < 5:
            s4 = datetime.strptime(c.truth["step4_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
            c.truth.update(
                expected_rules=["detractor", "sentiment_drop"], nps_given=True, nps=r.randint(1, 5)
            )
            c.truth["survey_event_id"] = f.add(
                daytime(f, s4 + mins(f, 150, 210)),
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": c.truth["nps"]},
                attrs={"survey": "nps"},
            )
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", ["churn_intent"], T_LEAVE)
        happy_days(f, c, r.randint(4, 6), list(range(15)))
        ts = f.at(r.randint(16, 22), r.uniform(8, 19))
        c.truth["churn_intent_event_id"] = f.add(
            ts, c, "email", "message", pick(r, w.CANCEL, c.lang), subject=w.CLUB
        )
        f.add(
            daytime(f, ts + timedelta(hours=r.uniform(1, 5))),
            c,
            "email",
            "message",
            pick(r, w.SORRY_GO, c.lang),
            out=True,
            subject="Re: " + w.CLUB,
        )
        cx = daytime(f, ts + timedelta(hours=r.uniform(20, 30)))
        c.truth.update(
            trouble_starts_at=iso(ts),
            churn_at=iso(cx),
            cancellation_event_id=f.add(
                cx,
                c,
                "web",
                "cancellation",
                None,
                attrs={"page": "/club/cancel", "product": w.CLUB},
            ),
        )
    for _ in range(6):
        c = f.person("happy", "steady", NONE, NONE)
        happy_days(f, c, r.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", NONE, ["repeat_contact", "silence"])
        d = r.randint(0, 4)
        ids = []
        for _k in range(r.randint(5, 7)):
            ts = f.at(d, r.uniform(8, 20))
            ch = r.choice(["social", "community", "web", "review"])
            t = pick(r, w.GRUMBLE, c.lang)
            if ch == "social":
                ids.append(f.add(ts, c, "social", "post", "@" + w.BRAND + " " + t))
            elif ch == "community":
                ids.append(f.add(ts, c, "community", "post", t))
            elif ch == "web":
                ids.append(f.add(ts, c, "web", "ticket", t, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    f.add(ts, c, "web", "review", t, attrs={"rating": "3", "page": "/reviews"})
                )
            d += r.randint(1, 3)
        c.truth.update(
            grumble_event_ids=ids, trouble_starts_at=f.rows[-len(ids)].data["occurred_at"]
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", NONE, ["silence"])
        happy_days(f, c, r.randint(3, 6), list(range(16)))
        c.truth["sarcasm_event_id"] = f.add(
            f.at(r.randint(17, 28), r.uniform(9, 20)),
            c,
            "social",
            "post",
            "@" + w.BRAND + " " + pick(r, w.SARCASM, c.lang),
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        "a calm weekend with night owls",
        5,
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer", NONE, NONE)
        for d in r.sample(range(3), r.randint(1, 3)):
            happy_act(f, c, f.at(d, r.uniform(7, 17.5)))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", NONE, ["silence"])
        ts = f.at(r.randint(0, 2), r.uniform(9, 17))
        f.add(ts, c, "web", "page_view", None, attrs={"page": "/delivery-slots"})
        g = ts + mins(f, 20, 30)
        if i < 2:
            eid = f.add(g, c, "chat", "chat", pick(r, w.MILD, c.lang))
            f.add(g + mins(f, 1, 5), c, "chat", "chat", pick(r, w.MILD_ANSWER, c.lang), out=True)
        else:
            eid = f.add(
                g, c, "web", "ticket", pick(r, w.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.add(
                g + mins(f, 20, 60), c, "email", "message", pick(r, w.MILD_ANSWER, c.lang), out=True
            )
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(g))
    k = 0
    for night in range(3):
        b0 = f.at(night + 1, r.uniform(40, 65) / 60)
        for burst, off in enumerate((0.0, r.uniform(28, 33), r.uniform(55, 65))):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {burst + 1}", NONE, NONE)
                ts = bt + mins(f, 0, 10)
                if r.random() < 0.5:
                    eid = f.add(
                        ts,
                        c,
                        "social",
                        "post",
                        pick(r, w.NIGHT_POST, c.lang).replace(w.BRAND, "@" + w.BRAND, 1),
                    )
                else:
                    eid = f.add(ts, c, "chat", "chat", pick(r, w.NIGHT_Q, c.lang))
                    f.add(
                        ts + mins(f, 2, 6),
                        c,
                        "chat",
                        "chat",
                        pick(r, w.NIGHT_A, c.lang)
                        .replace("Buongiorno", "Ciao")
                        .replace("Bom dia", "Olá")
                        .replace("Morning", "Hi")
                        .replace("Bonjour", "Bonsoir")
                        .replace("Guten Morgen", "Hallo")
                        .replace("Buenos días", "Hola"),
                        out=True,
                    )
                    f.add(ts + mins(f, 8, 14), c, "chat", "chat", pick(r, w.THANKS, c.lang))
                c.truth.update(burst_at=iso(bt), night_event_id=eid)
                if k % 2 == 0:
                    happy_act(f, c, f.at(r.randint(0, 2), r.uniform(9, 17.5)))
                k += 1
    f.write({})
    return f


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages",
        6,
    )
    r = f.rng
    pairs = [
        ("it", "pt"),
        ("pt", "it"),
        ("it", "en"),
        ("pt", "fr"),
        ("it", "de"),
        ("pt", "es"),
        ("en", "it"),
        ("fr", "pt"),
        ("de", "it"),
        ("es", "pt"),
        ("it", "fr"),
        ("pt", "en"),
    ] * 3
    markets = {"it": "CH", "pt": "PT", "en": "IE", "fr": "BE", "de": "CH", "es": "ES"}
    idx = 0

    def who(persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, list[str]]:
        nonlocal idx
        a, b = pairs[idx]
        idx += 1
        c = f.person(
            persona,
            habit,
            exp,
            tol,
            lang=a,
            country=markets[a] if a in ("it", "de") else markets[b],
        )
        c.truth.update(
            languages=[a, b],
            job_second_language=r.choice(
                [
                    "works across the border",
                    "partner's family",
                    "studied abroad",
                    "grew up bilingual",
                ]
            ),
        )
        return c, [a, b]

    for _ in range(12):
        c, ls = who("happy", "alternates languages", NONE, NONE)
        for j, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            c.lang = ls[j % 2]
            happy_act(f, c, f.at(d, r.uniform(8, 20)))
        c.lang = ls[0]
    for n in (2, 2, 3, 3, 4):
        c, ls = who("repeat_contact", "repeats", ["repeat_contact"], T_REPEAT)
        happy_days(f, c, r.randint(1, 3), [0, 1])
        repeat_run(
            f,
            c,
            f.at(r.randint(2, 5), r.uniform(8, 18)),
            r.choice(["web", "email", "chat"]),
            n,
            quality=n >= 3,
            langs=ls,
        )
    for _ in range(5):
        c, ls = who("slow_churner", "slides", ["sentiment_drop"], T_SLIDE)
        for j, d in enumerate(sorted(r.sample(range(6), 5))):
            c.lang = ls[j % 2]
            f.add(
                f.at(d, r.uniform(8, 20)),
                c,
                "social",
                "post",
                pick(r, w.PRAISE, c.lang).replace(w.BRAND, "@" + w.BRAND, 1),
            )
        c.lang = ls[0]
        happy_days(f, c, r.randint(1, 3), list(range(6)))
        slide(f, c, r.randint(7, 8), r.randint(3, 5), langs=ls)
    for j in range(3):
        c, ls = who("happy_one_bad_day", "one bad day", NONE, ["silence"])
        happy_days(f, c, r.randint(2, 4), [0, 1, 2, 3, 9, 10, 11, 12])
        ts = f.at(r.randint(5, 7), r.uniform(9, 18))
        c.lang = ls[1]
        ch = ["email", "email", "chat"][j]
        p = r.choice(list(w.PROBLEMS))
        eid, case = complaint(f, c, ts, ch, p, long=j == 0)
        c.truth.update(
            problem=p,
            channel=ch,
            long_email=j == 0,
            booking=case,
            bad_day_at=iso(ts),
            bad_day_event_id=eid,
            bad_day_language=ls[1],
            trouble_starts_at=iso(ts),
        )
        assert case
        if j < 2:
            f.add(
                daytime(f, ts + timedelta(hours=r.uniform(1, 4))),
                c,
                "email",
                "message",
                pick(r, w.GOOD_NEWS, c.lang, case=case),
                out=True,
                subject=pick(r, w.SUBJ_CASE, c.lang, case=case),
            )
            c.truth["agent_fixed"] = True
        if j == 1:
            ap = daytime(f, ts + timedelta(hours=r.uniform(18, 24)))
            c.truth.update(
                apologised=True,
                apology_at=iso(ap),
                apology_event_id=f.add(ap, c, "chat", "chat", pick(r, w.APOLOGY, c.lang)),
            )
        c.lang = ls[0]
    for _ in range(2):
        c, ls = who("resolved_between_contacts", "fixed", NONE, ["silence"])
        happy_days(f, c, 2, [0, 1, 10, 11])
        p = fixed_case(
            f,
            c,
            f.at(r.randint(3, 6), r.uniform(9, 17)),
            "web",
            r.choice(list(w.PROBLEMS)),
            confirm_lang=ls[1],
        )
        c.truth.update(problems=[p], confirm_language=ls[1], trouble_starts_at=p["raised_at"])
    f.write({"repeat_contact": 5, "sentiment_drop": 5})
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", datetime(2026, 10, 12, tzinfo=UTC), 14, "companies on account", 7)
    r = f.rng
    plan = [
        ("at_risk", "it", "IT", "Hotel Belvedere Garda", "hotel", "invoice", 5, 3),
        ("at_risk", "pt", "PT", "Quinta do Lago Eventos", "events", "overbilled", 6, 4),
        ("at_risk", "it", "CH", "Mensa Scolastica Lugano", "school", "portal", 4, 3),
        ("at_risk", "pt", "PT", "Catering Ribeiro & Filhos", "catering", "service_blocked", 5, 3),
        ("at_risk", "de", "DE", "Stadtwerke Kulturhalle", "municipality", "overbilled", 5, 4),
        ("one_unhappy", "it", "IT", "Università di Parma Eventi", "university", "invoice", 3, 1),
        ("one_unhappy", "pt", "PT", "Hotel Atlântico Porto", "hotel", "portal", 3, 1),
        (
            "one_unhappy",
            "es",
            "ES",
            "Bodega Navarro Celebraciones",
            "events",
            "service_blocked",
            3,
            1,
        ),
        ("one_unhappy", "fr", "FR", "Traiteur Girard", "catering", "overbilled", 3, 1),
        ("mild", "it", "IT", "Agriturismo Le Colline", "hotel", "", 4, 0),
        ("mild", "en", "UK", "Brennan Film Catering", "film", "", 3, 0),
        ("mild", "pt", "PT", "Escola Profissional de Braga", "school", "", 3, 0),
        ("happy", "it", "IT", "Cantine Moretti", "events", "", 4, 0),
        ("happy", "pt", "PT", "Congressos Alves", "events", "", 3, 0),
        ("happy", "de", "AT", "Wolf Facility Services", "facilities", "", 3, 0),
    ]
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    for ai, (kind, lang, country, company, site, prob, ncon, nbad) in enumerate(plan):
        acc = unique(f"MNE-{country}-{1000 + ai * 37 + r.randrange(30)}")
        domain = (
            ascii_only(company.lower().replace(" & ", "-").replace(" ", "-").replace("'", ""))
            + ".example"
        )
        keys, bad = [], []
        contacts: list[Cust] = []
        used_first: set[str] = set()
        for ci in range(ncon):
            is_bad = ci < nbad
            if kind == "at_risk" and is_bad:
                persona, exp, tol = (
                    "b2b_unhappy",
                    ["detractor"],
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                )
            elif kind == "one_unhappy" and is_bad:
                persona, exp, tol = (
                    "b2b_one_unhappy",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif kind == "mild" and ci < 2:
                persona, exp, tol = "b2b_mild", NONE, ["silence"]
            else:
                persona, exp, tol = "b2b_happy", NONE, NONE
            while True:
                c = f.person(
                    persona,
                    "contact",
                    exp,
                    tol,
                    lang=lang,
                    country=country,
                    account=acc,
                    company_domain=domain,
                )
                fn = c.name.split()[0]
                if fn not in used_first:
                    used_first.add(fn)
                    break
                f.custs.pop()
            title = r.choice(w.JOB_TITLES)
            c.truth.update(company=company, job_title=title, job=title, role="contact")
            contacts.append(c)
            keys.append(c.key)
            if persona in ("b2b_unhappy", "b2b_one_unhappy"):
                bad.append(c.key)
        # routine acts
        for c in contacts:
            quiet = c.truth["persona"] != "b2b_happy"
            days = [0, 1] if quiet else weekdays
            for d in r.sample(days, r.randint(0, 2) if quiet else r.randint(2, 5)):
                ts = f.at(d, r.uniform(8, 16.5))
                k = r.random()
                if k < 0.4:
                    f.add(ts, c, "chat", "chat", pick(r, w.B2B_Q, lang))
                    f.add(ts + mins(f, 1, 6), c, "chat", "chat", pick(r, w.ANSWER, lang), out=True)
                    if r.random() < 0.5:
                        f.add(ts + mins(f, 7, 12), c, "chat", "chat", pick(r, w.THANKS, lang))
                elif k < 0.65:
                    prod, price = r.choice(w.PRODUCTS)
                    f.add(ts, c, "web", "page_view", None, attrs={"page": "/eventi/portal"})
                    f.add(
                        ts + mins(f, 3, 12),
                        c,
                        "web",
                        "purchase",
                        None,
                        attrs={
                            "order_value": str(round(float(price) * 5, 2)),
                            "currency": "GBP" if country == "UK" else "EUR",
                            "product": prod,
                            "page": "/eventi/checkout",
                        },
                    )
                elif k < 0.8 or quiet:
                    f.add(ts, c, "web", "page_view", None, attrs={"page": "/eventi/portal"})
                elif k < 0.9:
                    f.add(ts, c, "community", "post", pick(r, w.B2B_PRAISE, lang))
                else:
                    survey(f, c, ts)
        accd: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": ncon,
            "contact_keys": keys,
            "unhappy_contacts": nbad,
            "unhappy_contact_keys": bad,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": country,
        }
        if kind == "at_risk":
            topic, what = w.B2B_PROBLEMS[prob][lang]
            what = what.format(pro=w.PRO)
            case = f.case()
            ts = f.at(2, r.uniform(8.5, 11))
            first_ts = ts
            first = contacts[0]
            accd["trouble_starts_at"] = iso(ts)
            for ci, c in enumerate(contacts[:nbad]):
                nm = c.name
                if ci == 0:
                    t = pick(
                        r,
                        w.B2B_FIRST,
                        lang,
                        company=company,
                        what=what,
                        name=nm,
                        title=c.truth["job_title"],
                    )
                else:
                    t = pick(
                        r,
                        w.B2B_LATER,
                        lang,
                        first=first.name.split()[0],
                        day=w.WEEKDAY[lang][first_ts.weekday()],
                        case=case,
                        what=what,
                        name=nm,
                        title=c.truth["job_title"],
                    )
                eid = f.add(
                    ts,
                    c,
                    "email",
                    "message",
                    t,
                    subject=pick(r, w.SUBJ_COMPLAINT, lang, topic=topic)
                    if ci == 0
                    else pick(r, w.SUBJ_CASE, lang, case=case),
                )
                if ci == 0:
                    f.add(
                        ts + mins(f, 30, 90),
                        c,
                        "email",
                        "message",
                        pick(r, w.B2B_ACK, lang, case=case, company=company),
                        out=True,
                        subject=pick(r, w.SUBJ_CASE, lang, case=case),
                    )
                ids = [eid]
                c.truth.update(
                    role="complainer",
                    habit="complainer",
                    problem=prob,
                    booking=case,
                    trouble_starts_at=iso(ts),
                )
                if ci < nbad - 1:
                    nps = r.randint(1, 5)
                    c.truth.update(
                        nps_given=True,
                        nps=nps,
                        survey_event_id=f.add(
                            ts + mins(f, 60, 180),
                            c,
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": nps},
                            attrs={"survey": "nps"},
                        ),
                    )
                else:
                    c.truth.update(expected_rules=["repeat_contact"])
                    again = ts + timedelta(hours=r.uniform(18, 40))
                    while again.weekday() >= 5 or not 8 <= again.hour < 17:
                        again += timedelta(hours=1)
                    comp = r.choice(w.COMPETITORS)
                    if ai == 0:
                        ids.append(
                            f.add(
                                again,
                                c,
                                "email",
                                "message",
                                pick(r, w.B2B_LAST_EMAIL, lang, case=case, comp=comp, name=nm),
                                subject=pick(r, w.SUBJ_CASE, lang, case=case),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(
                                again, c, "phone", "call", pick(r, w.B2B_LAST_CALL, lang, case=case)
                            )
                        )
                c.truth["complaint_event_ids"] = ids
                ts = ts + timedelta(hours=r.uniform(8, 28))
                while ts.weekday() >= 5 or not 8 <= ts.hour < 17:
                    ts += timedelta(hours=1)
        elif kind == "one_unhappy":
            topic, what = w.B2B_PROBLEMS[prob][lang]
            c = contacts[0]
            case = f.case()
            ts = f.at(r.randint(3, 7), r.uniform(8.5, 15))
            while ts.weekday() >= 5:
                ts += timedelta(days=1)
            eid = f.add(
                ts,
                c,
                "email",
                "message",
                pick(
                    r,
                    w.B2B_FIRST,
                    lang,
                    company=company,
                    what=what.format(pro=w.PRO),
                    name=c.name,
                    title=c.truth["job_title"],
                ),
                subject=pick(r, w.SUBJ_COMPLAINT, lang, topic=topic),
            )
            f.add(
                ts + mins(f, 30, 90),
                c,
                "email",
                "message",
                pick(r, w.B2B_ACK, lang, case=case, company=company),
                out=True,
                subject=pick(r, w.SUBJ_CASE, lang, case=case),
            )
            nps = r.randint(1, 5)
            c.truth.update(
                role="complainer",
                habit="complainer",
                problem=prob,
                booking=case,
                trouble_starts_at=iso(ts),
                complaint_event_ids=[eid],
                nps_given=True,
                nps=nps,
            )
            c.truth["survey_event_id"] = f.add(
                ts + mins(f, 60, 180),
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
        elif kind == "mild":
            for c in contacts[:2]:
                ts = f.at(r.choice([2, 3, 4, 7, 8]), r.uniform(8.5, 16))
                eid = f.add(
                    ts,
                    c,
                    "web",
                    "ticket",
                    pick(r, w.B2B_SUGGEST, lang),
                    attrs={"page": "/eventi/feedback"},
                )
                f.add(
                    ts + mins(f, 60, 240),
                    c,
                    "email",
                    "message",
                    pick(r, w.B2B_SUGGEST_ACK, lang),
                    out=True,
                )
                c.truth.update(
                    role="suggests", habit="suggests", mild_event_id=eid, trouble_starts_at=iso(ts)
                )
        f.accounts[acc] = accd
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and one planted incident",
        8,
    )
    r = f.rng
    s0 = f.at(2, 10 + 20 / 60)
    for _ in range(40):
        c = f.person("happy", "day writer", NONE, NONE)
        for d in r.sample(range(6), r.randint(1, 4)):
            h = r.uniform(13, 19) if d == 2 else r.uniform(8, 19)
            happy_act(f, c, f.at(d, h))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", NONE, ["silence"])
        ts = f.at(0, r.uniform(9, 16))
        eid = f.add(ts, c, "chat", "chat", pick(r, w.GRUMBLE, c.lang))
        f.add(ts + mins(f, 2, 6), c, "chat", "chat", pick(r, w.MILD_ANSWER, c.lang), out=True)
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(ts))
    for lang, h in (("it", 9 + 40 / 60), ("pt", 16 + 5 / 60)):
        c = f.person("grumbles_once", "lone question", NONE, ["silence"], lang=lang)
        ts = f.at(1, h)
        eid = f.add(ts, c, "chat", "chat", pick(r, w.LONE_Q, lang))
        f.add(ts + mins(f, 2, 5), c, "chat", "chat", pick(r, w.LONE_A, lang), out=True)
        c.truth.update(lone_report_event_id=eid, trouble_starts_at=iso(ts))
    langs = ["it"] * 6 + ["pt"] * 6 + ["en", "en", "fr", "fr", "de", "de", "es", "es"]
    r.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    offs = sorted([0.0, 45.0] + [r.uniform(0, 45) for _ in range(18)])
    keys, eids, reps = [], [], []
    early = [i for i, o in enumerate(offs) if o <= 25]
    repeaters = set(r.sample(early, 6))
    fixed = set(r.sample([i for i in range(20) if i not in repeaters], 6))
    for i in range(20):
        lang = langs[i]
        regular = i % 5 != 0
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if rep else NONE,
            ["sentiment_drop", "silence"] if rep else ["silence"],
            lang=lang,
        )
        if regular:
            happy_days(f, c, r.randint(1, 3), [0, 1], 8, 17.5)
        ts = s0 + timedelta(minutes=offs[i])
        t = r.choice(w.SPIKE_REPORT[lang]).format(code=w.SPIKE_CODE)
        ch = chans[i]
        if ch == "social":
            eid = f.add(ts, c, "social", "mention", "@" + w.BRAND + " " + t)
        elif ch == "chat":
            eid = f.add(ts, c, "chat", "chat", t)
            f.add(
                ts + mins(f, 1, 4), c, "chat", "chat", pick(r, w.SPIKE_CHAT_ANSWER, lang), out=True
            )
        elif ch == "community":
            eid = f.add(ts, c, "community", "post", t)
        elif ch == "email":
            eid = f.add(ts, c, "email", "message", t, subject="App " + w.BRAND)
        else:
            eid = f.add(ts, c, "web", "ticket", t, attrs={"page": "/help/contact"})
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(ts),
            agent_fixed=False,
        )
        if rep:
            rch = r.choice([x for x in ("email", "chat", "community") if x != ch])
            rts = ts + mins(f, 10, 60)
            rt = r.choice(w.SPIKE_REPEAT[lang]).format(code=w.SPIKE_CODE)
            if rch == "email":
                rid = f.add(rts, c, "email", "message", rt, subject="App " + w.BRAND)
            elif rch == "chat":
                rid = f.add(rts, c, "chat", "chat", rt)
                f.add(
                    rts + mins(f, 1, 4),
                    c,
                    "chat",
                    "chat",
                    pick(r, w.SPIKE_CHAT_ANSWER, lang),
                    out=True,
                )
            else:
                rid = f.add(rts, c, "community", "post", rt)
            reps.append(rid)
            c.truth["repeat_event_id"] = rid
        if i in fixed:
            local = "12:40" if c.country in ("UK", "IE", "PT") else "13:40"
            f.add(
                f.at(2, 13 + r.uniform(5, 15) / 60),
                c,
                "email",
                "message",
                pick(r, w.SPIKE_FIXED, lang, local=local),
                out=True,
                subject="App " + w.BRAND,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "party-hire app basket emptied at the payment step: no order can be paid, error "
        + w.SPIKE_CODE,
        "about": "checkout / basket / payment failure in the app and on the web",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})
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
    for build in FAMILIES:
        fam = build()
        print(
            f"{fam.name}: {len(fam.custs)} customers, {len(fam.rows)} touchpoints, {sum(1 for x in fam.rows if not x.inbound)} replies"
        )


if __name__ == "__main__":
    main()
