# ruff: noqa: E501
"""Build heldout44's eight families (standard library only, deterministic).

Run as ``python make_heldout44.py`` from anywhere: it writes ``<family>.jsonl``
and ``<family>.truth.json`` next to itself. Report only: never tune on them.
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

SEED = 20261109
WRITTEN = "2026-12-02"
CUTOFF = datetime(2026, 11, 15, tzinfo=UTC)
BUSINESS = (
    "Zarpia: veterinary clinics booked by app and web, with the Zarpia Familia pet-care plan; "
    "business arm Zarpia Campo looks after stables, kennels, shelters and farms on account"
)
FX = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
SPOKEN_EUR = {
    "fr": "euros",
    "es": "euros",
    "en": "euros",
    "de": "Euro",
    "it": "euro",
    "pt": "euros",
}
SPOKEN_CHF = {"fr": "francs", "de": "Franken", "it": "franchi"}
SOURCE = {
    "email": "zarpia-mail",
    "phone": "zarpia-voice",
    "social": "zarpia-social",
    "community": "zarpia-forum",
    "chat": "zarpia-chat",
    "web": "zarpia-web",
    "survey": "zarpia-survey",
}
JOBS = (
    "nurse",
    "teacher",
    "bus driver",
    "pharmacist",
    "student",
    "retired",
    "bookseller",
    "electrician",
    "accountant",
    "baker",
    "physiotherapist",
    "software developer",
    "shop assistant",
    "farmer",
    "architect",
    "police officer",
    "chef",
    "hairdresser",
)
TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_SLIDER = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_LEAVER = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: dict[str, set[str]] = {
    "id": set(),
    "email": set(),
    "phone": set(),
    "handle": set(),
    "case": set(),
    "account": set(),
}


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def fold(s: str) -> str:
    """ASCII for identifiers: 'Élodie O'Connell' -> 'elodieoconnell'."""
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return "".join(ch for ch in s.lower() if ch.isalnum())


def strip_accents(text: str, lang: str) -> str:
    if lang == "de":
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
            text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append("".join(x for x in d if not unicodedata.combining(x)) or ch)
    return "".join(out)


def money(lang: str, market: str, eur: float, spoken: bool = False) -> str:
    cur, rate = FX.get(market, ("EUR", 1.0))
    n = round(eur * rate)
    if cur == "GBP":
        return f"{n} pounds" if spoken else f"£{n}"
    if cur == "CHF":
        if spoken:
            return f"{n} {SPOKEN_CHF.get(lang, 'francs')}"
        return f"CHF {n}" if lang == "de" else f"{n} CHF"
    if spoken:
        return f"{n} {SPOKEN_EUR[lang]}"
    return f"€{n}" if lang == "en" else f"{n} €"


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
    pet: str
    town: str
    truth: dict[str, Any]
    company: str = ""


@dataclass
class Row:
    t: datetime
    seq: int
    cust: Cust
    doc: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rv: random.Random = field(init=False)
    custs: list[Cust] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    planted: dict[str, int] = field(default_factory=dict)
    slide_times: list[datetime] = field(default_factory=list)
    used: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rv = random.Random(SEED * 100 + 50 + self.n)

    # ------------------------------------------------------------ people

    def pick_lang(self) -> str:
        return self.rng.choices(W.LANGS, W.LANG_WEIGHTS)[0]

    def pick_market(self, lang: str) -> str:
        ms = W.MARKETS[lang]
        return self.rng.choices([m for m, _ in ms], [w for _, w in ms])[0]

    def unique(self, kind: str, make: Any) -> str:
        for _ in range(200):
            v = make()
            norm = v.lower() if kind != "phone" else v
            if norm not in USED[kind]:
                USED[kind].add(norm)
                return str(v)
        raise RuntimeError(kind)

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        company: str = "",
        first: str | None = None,
    ) -> Cust:
        r = self.rng
        lang = lang or self.pick_lang()
        market = market or self.pick_market(lang)
        first = first or r.choice(W.FIRST[lang])
        last = r.choice(W.SURNAME[lang])
        key = self.unique("id", lambda: f"ZP{self.code}{r.randint(1000, 9999)}")
        f, s = fold(first), fold(last)
        if domain:
            email = self.unique(
                "email", lambda: f"{f}@{domain}" if r.random() < 0.7 else f"{f}.{s}@{domain}"
            )
            handle = None
        else:
            email = self.unique(
                "email",
                lambda: (
                    r.choice(
                        (
                            f"{f}.{s}",
                            f"{f[0]}{s}",
                            f"{s}.{f}{r.randint(1, 99)}",
                            f"{f}{s}{r.randint(10, 99)}",
                            f"{f}_{s[:4]}",
                        )
                    )
                    + "@"
                    + r.choice(W.DOMAINS)
                ),
            )
            handle = self.unique(
                "handle",
                lambda: (
                    "@"
                    + r.choice(
                        (
                            f"{s}_{f}{r.randint(1, 9)}",
                            f"{f}{s}{r.randint(10, 99)}",
                            f"{s}{f[0]}",
                            f"{f}_{s}",
                            f"{f[:3]}{s[:5]}",
                        )
                    )
                ),
            )
        cc, prefixes, length = W.PHONE[market]

        def mk_phone() -> str:
            p = r.choice(prefixes)
            return cc + p + "".join(str(r.randint(0, 9)) for _ in range(length - len(p) + 1))

        phone = self.unique("phone", mk_phone)
        town = r.choice(W.TOWNS[market])
        seg = "b2b" if account else "consumer"
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": seg,
            "name": f"{first} {last}",
            "job": r.choice(JOBS),
            "town": town,
        }
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
            r.choice(W.PETS[lang]),
            town,
            truth,
            company,
        )
        self.custs.append(c)
        return c

    def case_ref(self) -> str:
        return self.unique("case", lambda: f"ZP-{self.rng.randint(100000, 999999)}")

    # ------------------------------------------------------------ time

    def at(self, day: float, h0: float, h1: float) -> datetime:
        m = self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        return self.start + timedelta(days=day, minutes=m, seconds=self.rng.randint(0, 59))

    def morning(self, t: datetime) -> datetime:
        if t.hour >= 22:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        elif t.hour < 7:
            t = t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def office(self, t: datetime) -> datetime:
        while True:
            if t.weekday() >= 5 or t.hour >= 17:
                t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
                continue
            if t.hour < 8:
                t = t.replace(hour=8, minute=self.rng.randint(0, 50))
            return t

    def mins(self, a: float, b: float) -> timedelta:
        return timedelta(seconds=self.rng.randint(int(a * 60), int(b * 60)))

    # ------------------------------------------------------------ text

    def fmt(self, tpl: str, c: Cust, lang: str | None = None, **kw: Any) -> str:
        lang = lang or c.lang
        vals = {
            "pet": c.pet,
            "town": c.town,
            "first": c.first,
            "agent": self.rng.choice(W.AGENTS[lang]),
            "company": c.company,
        }
        vals.update(kw)
        return tpl.format(**vals)

    def roughen(self, text: str, lang: str) -> str:
        v = self.rv
        if v.random() < 0.10:
            text = strip_accents(text, lang)
        if v.random() < 0.125 and text[:1].isupper() and not text[:3].isupper():
            text = text[0].lower() + text[1:]
        if v.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = v.choice(idx)
                w = words[i]
                j = v.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    # ------------------------------------------------------------ touchpoints

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        lang: str | None = None,
        scores: dict[str, int] | None = None,
        **attrs: str,
    ) -> str:
        lang = lang or c.lang
        if text is not None and not out:
            if channel == "social" and c.account is None:
                i = text.rfind("Zarpia")
                text = text[:i] + "@" + text[i:] if i >= 0 else "@Zarpia " + text
            if channel not in ("phone", "survey"):
                text = self.roughen(text, lang)
        eid = f"zp44-{self.code.lower()}-{len(self.rows) + 1:05d}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update({k: v for k, v in attrs.items() if v is not None})
        sc = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        doc = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": sc,
            "source": SOURCE[channel],
            "attributes": a,
        }
        self.rows.append(Row(t, len(self.rows), c, doc))
        return eid

    def agent_mail(
        self, c: Cust, t: datetime, pair: tuple[str, str], lang: str | None = None, **kw: Any
    ) -> str:
        lang = lang or c.lang
        agent = self.rng.choice(W.AGENTS[lang])
        subj = self.fmt(pair[0], c, lang, agent=agent, **kw)
        return self.add(
            c,
            t,
            "email",
            "message",
            self.fmt(pair[1], c, lang, agent=agent, **kw),
            subj,
            out=True,
            lang=lang,
            agent=agent,
        )

    def agent_chat(self, c: Cust, t: datetime, text: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        return self.add(
            c, t, "chat", "chat", text, out=True, lang=lang, agent=self.rng.choice(W.AGENTS[lang])
        )

    def fresh(self, c: Cust, options: tuple[Any, ...]) -> Any:
        """A template this customer has not used yet (None when all are used)."""
        used = self.used.setdefault(c.key, [])
        left = [o for o in options if repr(o) not in used]
        if not left:
            return None
        o = self.rng.choice(left)
        used.append(repr(o))
        return o

    def happy(self, c: Cust, t: datetime, kind: str, lang: str | None = None) -> str:
        """One happy act (with its answer and thanks); returns the inbound event id."""
        r = self.rng
        lang = lang or c.lang
        table = {
            "praise": W.PRAISE,
            "again": W.AGAIN,
            "gripe": W.GRIPE_PRAISE,
            "chat": W.CHAT_QA,
            "mail": W.MAIL_QA,
            "call": W.CALL_QA,
            "review": W.PRAISE,
        }.get(kind)
        if table is not None:
            opts = (
                table[lang]
                if kind != "praise"
                else W.PRAISE[lang] + W.AGAIN[lang] + W.GRIPE_PRAISE[lang]
            )
            tpl = self.fresh(c, opts)
            if tpl is None:
                kind = r.choice(("buy", "view"))
        if kind in ("praise", "again", "gripe"):
            ch = r.choice(("social", "community"))
            return self.add(
                c, t, ch, "mention" if ch == "social" else "post", self.fmt(tpl, c, lang), lang=lang
            )
        if kind == "chat":
            q, ans = tpl
            e = self.add(c, t, "chat", "chat", self.fmt(q, c, lang), lang=lang)
            t2 = t + self.mins(1, 6)
            self.agent_chat(c, t2, self.fmt(ans, c, lang), lang)
            if r.random() < 0.6:
                self.add(
                    c, t2 + self.mins(1, 3), "chat", "chat", r.choice(W.THANKS[lang]), lang=lang
                )
            return e
        if kind == "mail":
            subj, q, ans = tpl
            e = self.add(c, t, "email", "message", self.fmt(q, c, lang), subj, lang=lang)
            self.agent_mail(c, self.morning(t + self.mins(30, 180)), ("RE: " + subj, ans), lang)
            return e
        if kind == "call":
            q, ans = tpl
            e = self.add(c, t, "phone", "call", self.fmt(q, c, lang), lang=lang)
            self.agent_mail(c, t + self.mins(10, 40), (W.CALL_SUBJECT[lang], ans), lang)
            return e
        if kind == "buy":
            label, eur, page = r.choice(W.PRODUCTS)
            self.add(c, t, "web", "page_view", lang=lang, page=page)
            cur, rate = FX.get(c.market, ("EUR", 1.0))
            return self.add(
                c,
                t + self.mins(3, 15),
                "web",
                "purchase",
                lang=lang,
                order_value=f"{eur * rate:.2f}",
                currency=cur,
                product=label,
                page=page,
            )
        if kind == "view":
            return self.add(c, t, "web", "page_view", lang=lang, page=r.choice(W.PAGES))
        if kind == "review":
            return self.add(
                c,
                t,
                "web",
                "review",
                self.fmt(tpl, c, lang),
                lang=lang,
                rating=str(r.choice((4, 5, 5))),
                page="/clinics/" + fold(c.town),
            )
        if kind == "survey":
            return self.happy_survey(c, t, lang)
        raise ValueError(kind)

    def happy_survey(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        r = self.rng
        lang = lang or c.lang
        which = r.choice(("nps", "csat", "ces"))
        val = {"nps": r.choice((9, 10, 10)), "csat": r.choice((4, 5, 5)), "ces": r.choice((6, 7))}[
            which
        ]
        words = W.SURVEY_WORDS[lang] if c.account is None else B.SURVEY_WORDS[lang]
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            r.choice(words) or None,
            lang=lang,
            scores={which: val},
            survey=which,
        )

    def happy_days(
        self, c: Cust, days: list[int], kinds: tuple[str, ...], h0: float = 7, h1: float = 19
    ) -> list[str]:
        return [self.happy(c, self.at(d, h0, h1), self.rng.choice(kinds)) for d in days]

    def pick_days(self, lo: int, hi: int, k: int, avoid: tuple[int, ...] = ()) -> list[int]:
        pool = [d for d in range(lo, hi + 1) if d not in avoid]
        return sorted(self.rng.sample(pool, min(k, len(pool))))

    # ------------------------------------------------------------ trouble

    def complaint(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        long_mail: bool = False,
    ) -> str:
        r = self.rng
        lang = lang or c.lang
        amt = money(lang, c.market, W.PROBLEM_EUR[problem], spoken=channel == "phone")
        if channel == "phone":
            return self.add(
                c,
                t,
                "phone",
                "call",
                self.fmt(W.CALL[lang][problem], c, lang, amount=amt),
                lang=lang,
            )
        if channel == "social":
            return self.add(
                c,
                t,
                "social",
                "mention",
                self.fmt(W.SOCIAL[lang][problem], c, lang, amount=amt),
                lang=lang,
            )
        if long_mail:
            story = self.fmt(W.LONG_STORY[lang][problem], c, lang, amount=amt)
            text = self.fmt(r.choice(W.LONG_MAIL[lang]), c, lang, story=story)
        else:
            text = self.fmt(r.choice(W.SHORT[lang][problem]), c, lang, amount=amt)
        if channel == "email":
            subj = W.SUBJECT[lang] + W.ISSUE[lang][problem]
            return self.add(c, t, "email", "message", text, subj, lang=lang)
        if channel == "web":
            return self.add(c, t, "web", "ticket", text, lang=lang, page="/help/contact")
        return self.add(c, t, "chat", "chat", text, lang=lang)

    def open_case(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        case: str,
        lang: str | None = None,
        quality: bool = False,
    ) -> datetime:
        """The agent's answer to a first complaint; returns its time."""
        lang = lang or c.lang
        if channel == "chat":
            t2 = t + self.mins(1, 4)
            self.agent_chat(c, t2, self.fmt(W.CHAT_CASE[lang], c, lang, case=case), lang)
        else:
            t2 = self.morning(t + self.mins(10, 40))
            if not quality:
                self.agent_mail(c, t2, W.CASE_OPENED[lang], lang, case=case)
        if quality:
            t3 = self.morning(t + self.mins(90, 150))
            self.agent_mail(c, t3, W.QUALITY_LEAD[lang], lang, case=case)
            return t3
        return t2

    def later_contact(
        self,
        c: Cust,
        t: datetime,
        n: int,
        channel: str,
        case: str,
        problem: str,
        lang: str | None = None,
        comp: str = "",
    ) -> str:
        r = self.rng
        lang = lang or c.lang
        issue = W.ISSUE[lang][problem]
        if channel == "phone":
            return self.add(
                c, t, "phone", "call", self.fmt(W.SECOND_CALL[lang], c, lang, case=case), lang=lang
            )
        if n == 2:
            text = self.fmt(r.choice(W.SECOND[lang]), c, lang, case=case, issue=issue)
        elif n == 3:
            text = self.fmt(r.choice(W.THIRD[lang]), c, lang, case=case, issue=issue, comp=comp)
        else:
            text = self.fmt(W.FOURTH[lang], c, lang, case=case, issue=issue[0].upper() + issue[1:])
        if text.startswith(issue):
            text = issue[0].upper() + text[1:]
        if channel == "email":
            return self.add(c, t, "email", "message", text, W.REPLY_PREFIX[lang] + case, lang=lang)
        if channel == "web":
            return self.add(c, t, "web", "ticket", text, lang=lang, page="/help/contact")
        if channel == "social":
            return self.add(c, t, "social", "mention", text, lang=lang)
        e = self.add(c, t, "chat", "chat", text, lang=lang)
        self.agent_chat(
            c, t + self.mins(1, 4), self.fmt(W.URGENT_CHAT[lang], c, lang, case=case), lang
        )
        return e

    def fixed_case(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        confirm_lang: str | None = None,
    ) -> dict[str, Any]:
        """A problem raised, fixed by an agent and confirmed by the customer."""
        r = self.rng
        lang = lang or c.lang
        confirm_lang = confirm_lang or lang
        case = self.case_ref()
        e = self.complaint(c, t, problem, channel, lang)
        self.open_case(c, t, channel, case, lang)
        tf = self.morning(t + self.mins(180, 1200))
        self.agent_mail(c, tf, W.GOOD_NEWS[lang], lang, case=case, issue=W.ISSUE[lang][problem])
        tc = self.morning(tf + self.mins(480, 1800))
        cch = r.choice(("email", "chat"))
        ctext = self.fmt(r.choice(W.CONFIRM[confirm_lang]), c, confirm_lang, case=case)
        if cch == "email":
            ce = self.add(
                c,
                tc,
                "email",
                "message",
                ctext,
                W.REPLY_PREFIX[confirm_lang] + case,
                lang=confirm_lang,
            )
        else:
            ce = self.add(c, tc, "chat", "chat", ctext, lang=confirm_lang)
            self.agent_chat(
                c,
                tc + self.mins(1, 4),
                {
                    "fr": "Merci à vous, bonne journée !",
                    "es": "¡Gracias a ti, buen día!",
                    "en": "Thank you, have a good day!",
                    "de": "Danke, schönen Tag noch!",
                    "it": "Grazie a lei, buona giornata!",
                    "pt": "Obrigado, bom dia!",
                }[confirm_lang],
                confirm_lang,
            )
        return {
            "problem": problem,
            "booking": case,
            "raised_at": iso(t),
            "fixed_at": iso(tf),
            "confirmed_at": iso(tc),
            "problem_event_ids": [e],
            "confirm_event_id": ce,
            "channel": channel,
            "confirm_channel": cch,
        }

    def slide(
        self, c: Cust, first: datetime, span: int, langs: tuple[str, ...] | None = None
    ) -> list[str]:
        r = self.rng
        comp = r.choice(W.COMPETITORS)
        ids: list[str] = []
        prev = first - timedelta(hours=2)
        for i in range(6):
            lang = langs[i % len(langs)] if langs else c.lang
            base = first + timedelta(hours=span * 24 * i / 5) + self.mins(0, 120)
            t = self.morning(max(base, prev + timedelta(hours=1, minutes=r.randint(0, 40))))
            text = self.fmt(
                r.choice(W.SLIDE[lang][i]),
                c,
                lang,
                amount=money(lang, c.market, W.SLIDE_EUR),
                comp=comp,
            )
            kind = r.choice(("social", "community", "review"))
            if kind == "review":
                e = self.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    lang=lang,
                    rating=str((3, 3, 2, 2, 1, 1)[i]),
                    page="/clinics/" + fold(c.town),
                )
            else:
                e = self.add(c, t, kind, "mention" if kind == "social" else "post", text, lang=lang)
            ids.append(e)
            prev = t
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": span,
                "competitor": comp,
                "trouble_starts_at": iso(first),
            }
        )
        self.slide_times = [r2.t for r2 in self.rows if r2.doc["event_id"] in ids]
        return ids

    def low_nps(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        lang = lang or c.lang
        v = self.rng.randint(1, 5)
        words = W.LOW_NPS.get(lang, ("",))
        e = self.add(
            c,
            t,
            "survey",
            "survey_response",
            self.rng.choice(words) or None,
            lang=lang,
            scores={"nps": v},
            survey="nps",
        )
        c.truth.update({"nps_given": True, "nps": v, "survey_event_id": e})
        return e

    def expect(self, c: Cust, expected: list[str], tolerated: list[str]) -> None:
        c.truth["expected_rules"] = list(expected)
        c.truth["tolerated_rules"] = list(tolerated)

    # ------------------------------------------------------------ output

    def finish(self) -> None:
        rows = sorted(self.rows, key=lambda r: (r.t, r.seq))
        seen: set[str] = set()
        for r in rows:
            c, d = r.cust, r.doc
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            ref: dict[str, str | None] = dict.fromkeys(
                ("customer_id", "email", "phone", "handle", "account_id")
            )
            if d["direction"] == "outbound" or c.key not in seen:
                ref.update(full)
                if d["direction"] == "inbound":
                    seen.add(c.key)
            else:
                ch = d["channel"]
                if ch == "phone":
                    ref["phone"] = c.phone
                elif ch in ("social", "community"):
                    if c.handle:
                        ref["handle"] = (
                            c.handle if self.rv.random() >= 0.2 else c.handle.lstrip("@")
                        )
                    else:
                        ref["email"] = c.email
                elif ch == "email":
                    ref["email"] = c.email.upper() if self.rv.random() < 1 / 12 else c.email
                else:
                    ref["customer_id"] = c.key
                ref["account_id"] = c.account
                if ref["phone"] and self.rv.random() < 0.5:
                    cc = W.PHONE[c.market][0]
                    ref["phone"] = cc + " " + c.phone[len(cc) :]
            d["customer"] = ref
        end = self.start + timedelta(days=self.days)
        last = rows[-1].t + timedelta(hours=1)
        end = max(end, last)
        # self-checks
        for r in rows:
            assert r.t.year == 2026 and self.start <= r.t < CUTOFF, (
                self.name,
                r.doc["event_id"],
                r.t,
            )
        assert end < CUTOFF, (self.name, end)
        for c in self.custs:
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            assert c.key in seen, ("no inbound", c.key)
        counts: dict[str, int] = {}
        for c in self.custs:
            for rule in c.truth["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        assert counts == self.planted, (self.name, counts, self.planted)
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
            "customers": {c.key: c.truth for c in self.custs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r.doc, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


HAPPY = (
    "praise",
    "praise",
    "again",
    "gripe",
    "chat",
    "mail",
    "call",
    "buy",
    "buy",
    "view",
    "review",
    "survey",
)
HAPPY_NS = (
    "praise",
    "praise",
    "again",
    "gripe",
    "chat",
    "mail",
    "call",
    "buy",
    "buy",
    "view",
    "review",
)
QUESTIONS = ("chat", "chat", "mail", "call", "chat", "mail")


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ---------------------------------------------------------------- families


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d0(2026, 3, 9),
        10,
        "happy customers only: daytime, night writers and survey answerers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.pick_days(0, 9, f.rng.randint(5, 8)), HAPPY)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.pick_days(0, 8, f.rng.randint(2, 4)):
            t = f.at(d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                ch = f.rng.choice(("social", "community"))
                f.add(
                    c,
                    t,
                    ch,
                    "mention" if ch == "social" else "post",
                    f.fmt(f.rng.choice(W.NIGHT_POSTS[c.lang]), c),
                )
            else:
                q, a = f.rng.choice(W.NIGHT_QA[c.lang])
                f.add(c, t, "chat", "chat", f.fmt(q, c))
                t2 = t + f.mins(2, 6)
                f.agent_chat(c, t2, a)
                f.add(c, t2 + f.mins(1, 3), "chat", "chat", f.rng.choice(W.NIGHT_THANKS[c.lang]))
        f.happy_days(
            c, f.pick_days(0, 9, f.rng.randint(2, 3)), ("praise", "buy", "view", "review"), 9, 18
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.pick_days(0, 9, f.rng.randint(3, 6)):
            f.happy_survey(c, f.at(d, 8, 20))
    f.planted = {}
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        d0(2026, 4, 20),
        12,
        "happy customers with one angry moment; some give a low score, some apologise",
    )
    r = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(problems)
    slots = list(zip(channels, problems, strict=True))
    with_case = [i for i, (ch, _) in enumerate(slots) if ch != "social"]
    det = set(r.sample(with_case, 6))
    rest = [i for i in with_case if i not in det]
    csat = set(r.sample(rest, 5))
    good = set(r.sample(with_case, 12))
    good_l = sorted(good)
    apol = set(r.sample(good_l, 5))
    long_langs = ["fr", "fr", "es", "es"]
    for i, (ch, prob) in enumerate(slots):
        lang = long_langs.pop() if ch == "long" else None
        persona = "bad_day_detractor" if i in det else "happy_one_bad_day"
        c = f.person(persona, "one bad day", lang=lang)
        bd = r.randint(2, 9)
        t = f.at(bd, 8, 20)
        avoid = tuple(range(bd - 1, bd + 3))
        f.happy_days(c, f.pick_days(0, 11, r.randint(1, 5), avoid), HAPPY_NS)
        channel = "email" if ch == "long" else ch
        e = f.complaint(c, t, prob, channel, long_mail=ch == "long")
        case = None
        if ch != "social":
            case = f.case_ref()
            f.open_case(c, t, channel, case)
        c.truth.update(
            {
                "problem": prob,
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "trouble_starts_at": iso(t),
                "channel": channel,
                "booking": case,
                "long_email": ch == "long",
                "nps_given": False,
                "csat_given": False,
                "agent_fixed": False,
                "apologised": False,
            }
        )
        if i in det:
            f.low_nps(c, t + f.mins(100, 140))
        if i in csat:
            v = r.randint(1, 2)
            se = f.add(
                c,
                t + f.mins(40, 80),
                "survey",
                "survey_response",
                r.choice(W.LOW_CSAT[c.lang]) or None,
                scores={"csat": v},
                survey="csat",
            )
            c.truth.update({"csat_given": True, "csat": v, "survey_event_id": se})
        if i in good:
            f.agent_mail(
                c,
                f.morning(t + f.mins(60, 240)),
                W.GOOD_NEWS[c.lang],
                case=case,
                issue=W.ISSUE[c.lang][prob],
            )
            c.truth["agent_fixed"] = True
        if i in apol:
            ta = f.morning(t + f.mins(16 * 60, 24 * 60))
            txt = f.fmt(r.choice(W.APOLOGY[c.lang]), c)
            if r.random() < 0.5:
                ae = f.add(c, ta, "chat", "chat", txt)
                f.agent_chat(
                    c,
                    ta + f.mins(1, 4),
                    {
                        "fr": "Aucun souci, merci à vous !",
                        "es": "¡No te preocupes, gracias a ti!",
                        "en": "No worries at all, thank you!",
                        "de": "Kein Problem, danke Ihnen!",
                        "it": "Nessun problema, grazie a lei!",
                        "pt": "Não faz mal, obrigado nós!",
                    }[c.lang],
                )
            else:
                ae = f.add(c, ta, "email", "message", txt, W.REPLY_PREFIX[c.lang] + str(case))
            c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": ae})
        f.expect(c, ["detractor"] if i in det else [], ["silence"])
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.pick_days(0, 11, r.randint(4, 7)), HAPPY)
    f.planted = {"detractor": 6}
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    t0: datetime,
    times: int,
    first_ch: str,
    quality: bool,
    langs: tuple[str, ...] | None = None,
) -> None:
    r = f.rng
    prob = r.choice(W.PROBLEMS)
    case = f.case_ref()
    lang0 = langs[0] if langs else c.lang
    ids = [f.complaint(c, t0, prob, first_ch, lang0)]
    f.open_case(c, t0, first_ch, case, lang0, quality=quality)
    used = [first_ch]
    chans = [first_ch]
    comp = r.choice(W.COMPETITORS) if times >= 3 else None
    t = t0
    for n in range(2, times + 1):
        t = f.morning(t + f.mins(4 * 60, 40 * 60))
        opts = [x for x in ("email", "chat", "phone", "web", "social") if x not in used]
        if n >= 3:
            opts = [x for x in opts if x != "phone"] or opts
        ch = r.choice(opts)
        used.append(ch)
        chans.append(ch)
        lang = langs[(n - 1) % len(langs)] if langs else c.lang
        ids.append(f.later_contact(c, t, n, ch, case, prob, lang, comp or ""))
    c.truth.update(
        {
            "problem": prob,
            "booking": case,
            "contacts": times,
            "channels": chans,
            "channel": first_ch,
            "agent_passed_on": quality,
            "problem_event_ids": ids,
            "competitor": comp,
            "trouble_starts_at": iso(t0),
        }
    )
    f.expect(c, ["repeat_contact"], TOL_REPEAT)


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d0(2026, 6, 1),
        10,
        "the same open problem raised two to four times; fixed cases, two different problems and frequent writers",
    )
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    times = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(times)
    quality = [True] * 6 + [False] * 6
    r.shuffle(quality)
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        f.happy_days(c, [0] * r.randint(1, 3), ("praise", "chat", "buy", "view"), 7, 12)
        repeat_run(f, c, f.at(r.randint(1, 4), 8, 19), times[i], firsts[i], quality[i])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        f.happy_days(c, f.pick_days(0, 1, r.randint(1, 2)), ("praise", "buy", "view", "chat"))
        p = f.fixed_case(
            c,
            f.at(r.randint(1, 5), 8, 19),
            r.choice(W.PROBLEMS),
            r.choice(("web", "email", "chat")),
        )
        c.truth.update(
            {"problems": [p], "trouble_starts_at": p["raised_at"], "booking": p["booking"]}
        )
        f.expect(c, [], ["silence"])
    for _ in range(3):
        c = f.person("different_problems", "two problems")
        p1, p2 = r.sample(W.PROBLEMS, 2)
        d1 = r.randint(0, 1)
        a = f.fixed_case(c, f.at(d1, 9, 18), p1, r.choice(("web", "email", "chat")))
        b = f.fixed_case(
            c, f.at(d1 + r.randint(4, 5), 9, 18), p2, r.choice(("web", "email", "chat"))
        )
        c.truth.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
        f.expect(c, [], ["silence"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.pick_days(0, 9, r.randint(5, 8)), (*QUESTIONS, "praise", "buy"))
    f.planted = {"repeat_contact": 12}
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d0(2026, 7, 6),
        32,
        "sliding customers, leavers, steady, steadily grumpy and sarcastic customers",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    nps_i = set(r.sample(range(10), 5))
    for i in range(10):
        c = f.person("slow_churner", "slides")
        pd = f.pick_days(0, 10, r.randint(4, 5))
        for d in pd:
            f.happy(c, f.at(d, 8, 20), "praise")
        f.happy_days(
            c,
            f.pick_days(0, 10, r.randint(2, 4), tuple(pd)),
            ("chat", "buy", "view", "mail", "again"),
        )
        first = f.at(r.randint(12, 16), 8, 18)
        ids = f.slide(c, first, spans[i])
        exp = ["sentiment_drop"]
        if i in nps_i:
            t4 = f.slide_times[3]
            f.low_nps(c, f.morning(t4 + f.mins(150, 210)))
            exp.append("detractor")
        assert ids
        f.expect(c, exp, TOL_SLIDER)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        f.happy_days(c, f.pick_days(0, 15, r.randint(4, 6)), HAPPY_NS)
        t = f.at(r.randint(17, 23), 8, 20)
        subj, txt = r.choice(W.LEAVE[c.lang])
        e = f.add(c, t, "email", "message", f.fmt(txt, c), subj)
        f.agent_mail(c, f.morning(t + f.mins(60, 300)), W.SORRY_TO_GO[c.lang])
        tc = f.morning(t + f.mins(20 * 60, 30 * 60))
        ce = f.add(
            c, tc, "web", "cancellation", page="/account/plan", product="Zarpia Familia plan"
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": ce,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
        f.expect(c, ["churn_intent"], TOL_LEAVER)
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.pick_days(0, 31, r.randint(6, 10)), HAPPY)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        pool = list(W.GRUMBLES[c.lang])
        r.shuffle(pool)
        k = min(r.randint(5, 7), len(pool))
        d = r.randint(0, 4)
        ids = []
        for g in pool[:k]:
            t = f.at(d, 8, 21)
            ch = r.choice(("social", "community", "web", "review"))
            text = f.fmt(g, c)
            if ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, page="/help/contact"))
            elif ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, rating="3", page="/clinics/" + fold(c.town))
                )
            else:
                ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            d += r.randint(1, 3)
        for dd in f.pick_days(0, 31, r.randint(0, 2)):
            f.happy(c, f.at(dd, 9, 18), "buy")
        c.truth["grumble_event_ids"] = ids
        first_t = min(r2.t for r2 in f.rows if r2.doc["event_id"] in ids)
        c.truth["trouble_starts_at"] = iso(first_t)
        f.expect(c, [], ["repeat_contact", "silence"])
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        sd = r.randint(17, 28)
        f.happy_days(c, f.pick_days(0, 31, r.randint(4, 7), (sd,)), HAPPY_NS)
        t = f.at(sd, 9, 20)
        ch = r.choice(("social", "community"))
        e = f.add(
            c, t, ch, "mention" if ch == "social" else "post", f.fmt(r.choice(W.SARCASM[c.lang]), c)
        )
        c.truth.update({"sarcasm_event_id": e})
        f.expect(c, [], ["silence"])
    f.planted = {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        d0(2026, 8, 28),
        3,
        "a calm weekend: daytime customers, mild one-off grumbles and bursts of night owls (no spike)",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.pick_days(0, 2, r.randint(1, 3)), HAPPY, 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once")
        d = r.randint(0, 2)
        t = f.at(d, 8, 17)
        f.happy(c, t, r.choice(("view", "buy")))
        tg = t + f.mins(20, 30)
        text = f.fmt(r.choice(W.MILD[c.lang]), c)
        if i < 2:
            e = f.add(c, tg, "chat", "chat", text)
            f.agent_chat(c, tg + f.mins(1, 5), W.MILD_ANSWER[c.lang])
        else:
            e = f.add(c, tg, "web", "ticket", text, page="/help/contact")
            f.agent_mail(
                c,
                tg + f.mins(20, 60),
                (
                    {
                        "fr": "Votre message",
                        "es": "Tu mensaje",
                        "en": "Your message",
                        "de": "Ihre Nachricht",
                        "it": "Il suo messaggio",
                        "pt": "A sua mensagem",
                    }[c.lang],
                    W.MILD_ANSWER[c.lang],
                ),
            )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(tg)})
        f.expect(c, [], ["silence"])
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        starts = [b0, b0 + f.mins(28, 33), b0 + f.mins(55, 65)]
        for bi, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {bi + 1}")
                t = bs + f.mins(0, 9.5)
                if r.random() < 0.5:
                    q, a = r.choice(W.NIGHT_QA[c.lang])
                    e = f.add(c, t, "chat", "chat", f.fmt(q, c))
                    t2 = t + f.mins(2, 6)
                    f.agent_chat(c, t2, a)
                    f.add(c, t2 + f.mins(1, 3), "chat", "chat", r.choice(W.NIGHT_THANKS[c.lang]))
                else:
                    ch = r.choice(("social", "community"))
                    e = f.add(
                        c,
                        t,
                        ch,
                        "mention" if ch == "social" else "post",
                        f.fmt(r.choice(W.NIGHT_POSTS[c.lang]), c),
                    )
                c.truth.update({"burst_at": iso(bs), "night_event_id": e})
                if r.random() < 0.5:
                    f.happy(
                        c,
                        f.at(r.randint(0, 2), 9, 17.5),
                        r.choice(("praise", "buy", "view", "chat")),
                    )
    f.planted = {}
    return f


PAIRS = (
    [("fr", "es")] * 4
    + [("es", "fr")] * 4
    + [("fr", "en")] * 2
    + [("es", "en")] * 2
    + [("en", "fr")] * 2
    + [
        ("fr", "de"),
        ("de", "fr"),
        ("es", "pt"),
        ("pt", "es"),
        ("es", "it"),
        ("it", "es"),
        ("fr", "it"),
        ("en", "es"),
        ("pt", "fr"),
        ("it", "fr"),
        ("de", "es"),
        ("es", "de"),
        ("fr", "pt"),
    ]
)
WHY_SECOND = (
    "works for a company run in that language",
    "partner's language",
    "grew up there",
    "studies in that language",
    "the family chat is in that language",
    "lived there ten years",
)


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        d0(2026, 9, 21),
        14,
        "customers who write in two languages: happy, repeat contacts, sliders, one bad day, fixed between contacts",
    )
    r = f.rng
    pairs = list(PAIRS)
    r.shuffle(pairs)
    # the long e-mail needs French or Spanish as second language
    li = next(i for i, p in enumerate(pairs) if p[1] in ("fr", "es"))
    pairs.insert(0, pairs.pop(li))
    roles = (
        ["bad_long", "bad_mail", "bad_chat"]
        + ["happy"] * 12
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["fixed"] * 2
    )
    rep_times = [2, 2, 3, 3, 4]
    for role, (l1, l2) in zip(roles, pairs, strict=True):
        langs = (l1, l2)
        persona = {
            "happy": "happy",
            "repeat": "repeat_contact",
            "slide": "slow_churner",
            "fixed": "resolved_between_contacts",
        }.get(role, "happy_one_bad_day")
        habit = {
            "happy": "alternates languages",
            "repeat": "repeats",
            "slide": "slides",
            "fixed": "fixed",
        }.get(role, "one bad day")
        c = f.person(persona, habit, lang=l1)
        c.truth.update({"languages": list(langs), "job_second_language": r.choice(WHY_SECOND)})
        if role == "happy":
            for k, d in enumerate(f.pick_days(0, 13, r.randint(5, 8))):
                f.happy(c, f.at(d, 7, 20), r.choice(HAPPY), langs[k % 2])
            f.expect(c, [], [])
        elif role == "repeat":
            for k, d in enumerate([0] * r.randint(1, 2)):
                f.happy(c, f.at(d + k, 8, 18), r.choice(("praise", "buy", "chat")), langs[k % 2])
            n = rep_times.pop()
            repeat_run(
                f,
                c,
                f.at(r.randint(2, 5), 8, 19),
                n,
                r.choice(("web", "email", "chat")),
                n >= 3,
                langs,
            )
        elif role == "slide":
            for k, d in enumerate(f.pick_days(0, 5, 5)):
                f.happy(c, f.at(d, 8, 20), "praise", langs[k % 2])
            for k, d in enumerate(f.pick_days(0, 6, r.randint(1, 3))):
                f.happy(c, f.at(d, 8, 20), r.choice(("buy", "chat", "view")), langs[(k + 1) % 2])
            f.slide(c, f.at(r.randint(7, 8), 8, 18), r.randint(3, 5), langs)
            f.expect(c, ["sentiment_drop"], TOL_SLIDER)
        elif role == "fixed":
            f.happy(c, f.at(0, 9, 18), "buy", l1)
            p = f.fixed_case(c, f.at(r.randint(2, 8), 8, 18), r.choice(W.PROBLEMS), "web", l1, l2)
            c.truth.update(
                {
                    "problems": [p],
                    "trouble_starts_at": p["raised_at"],
                    "confirm_language": l2,
                    "booking": p["booking"],
                }
            )
            f.expect(c, [], ["silence"])
        else:
            bd = r.randint(4, 9)
            for k, d in enumerate(
                f.pick_days(0, 13, r.randint(3, 5), tuple(range(bd - 1, bd + 3)))
            ):
                f.happy(c, f.at(d, 8, 19), r.choice(HAPPY_NS), langs[k % 2])
            t = f.at(bd, 9, 19)
            prob = r.choice(W.PROBLEMS)
            ch = "chat" if role == "bad_chat" else "email"
            e = f.complaint(c, t, prob, ch, l2, long_mail=role == "bad_long")
            case = f.case_ref()
            f.open_case(c, t, ch, case, l2)
            c.truth.update(
                {
                    "problem": prob,
                    "bad_day_at": iso(t),
                    "bad_day_event_id": e,
                    "bad_day_language": l2,
                    "trouble_starts_at": iso(t),
                    "booking": case,
                    "long_email": role == "bad_long",
                    "channel": ch,
                    "agent_fixed": ch == "email",
                    "apologised": False,
                }
            )
            if ch == "email":
                f.agent_mail(
                    c,
                    f.morning(t + f.mins(60, 240)),
                    W.GOOD_NEWS[l2],
                    l2,
                    case=case,
                    issue=W.ISSUE[l2][prob],
                )
            if role == "bad_mail":
                ta = f.morning(t + f.mins(18 * 60, 24 * 60))
                ae = f.add(c, ta, "chat", "chat", f.fmt(r.choice(W.APOLOGY[l2]), c, l2), lang=l2)
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": ae})
            f.expect(c, [], ["silence"])
    f.planted = {"repeat_contact": 5, "sentiment_drop": 5}
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d0(2026, 10, 12),
        14,
        "business accounts: at risk, one unhappy contact, mild suggestions, happy",
    )
    r = f.rng
    plan = [
        ("fr", 0, "at_risk", "service_blocked", 3),
        ("fr", 1, "at_risk", "invoice", 3),
        ("es", 1, "at_risk", "invoice", 4),
        ("es", 0, "at_risk", "overbilled", 4),
        ("de", 0, "at_risk", "portal", 3),
        ("fr", 2, "one_unhappy", "portal", 1),
        ("es", 2, "one_unhappy", "service_blocked", 1),
        ("en", 0, "one_unhappy", "overbilled", 1),
        ("pt", 0, "one_unhappy", "invoice", 1),
        ("fr", 3, "mild", None, 0),
        ("it", 0, "mild", None, 0),
        ("es", 3, "mild", None, 0),
        ("fr", 4, "happy", None, 0),
        ("fr", 5, "happy", None, 0),
        ("de", 1, "happy", None, 0),
    ]
    last_ch = ["email", "phone", "phone", "phone", "phone"]
    r.shuffle(last_ch)
    risk_i = 0
    one_days = [3, 4, 5, 6, 7]
    r.shuffle(one_days)
    for lang, ci, kind, prob, n_unhappy in plan:
        company, site, market = B.COMPANIES[lang][ci]
        acc = f.unique("account", lambda m=market: f"ZPC-{m}-{r.randint(1000, 9999)}")
        domain = fold(company)[:18] + ".example"
        n_contacts = {
            "at_risk": r.randint(max(4, n_unhappy + 1), 6),
            "one_unhappy": 3,
            "mild": r.randint(3, 4),
            "happy": r.randint(3, 5),
        }[kind]
        firsts = r.sample(W.FIRST[lang], n_contacts)
        custs: list[Cust] = []
        for k in range(n_contacts):
            role = (
                "complainer"
                if (kind in ("at_risk", "one_unhappy") and k < n_unhappy)
                else ("suggests" if kind == "mild" and k < 2 else "contact")
            )
            persona = {
                "complainer": "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy",
                "suggests": "b2b_mild",
                "contact": "b2b_happy",
            }[role]
            c = f.person(
                persona,
                role,
                lang=lang,
                market=market,
                account=acc,
                domain=domain,
                company=company,
                first=firsts[k],
            )
            jt = r.choice(B.JOB_TITLES)
            c.truth.update({"company": company, "role": role, "job_title": jt, "job": jt})
            custs.append(c)
        unhappy = [c for c in custs if c.truth["role"] == "complainer"]
        for c in custs:
            if c.truth["role"] == "contact":
                for d in f.pick_days(0, 13, r.randint(2, 5)):
                    t = f.office(f.at(d, 8, 16.5))
                    k2 = r.choice(("chat", "buy", "view", "praise", "survey"))
                    if k2 == "chat":
                        q, a = r.choice(B.CHAT_QA[lang])
                        f.add(c, t, "chat", "chat", q)
                        t2 = t + f.mins(1, 6)
                        f.agent_chat(c, t2, a)
                        if r.random() < 0.6:
                            f.add(c, t2 + f.mins(1, 3), "chat", "chat", r.choice(B.THANKS[lang]))
                    elif k2 == "buy":
                        label, eur, page = r.choice(B.PRODUCTS)
                        f.add(c, t, "web", "page_view", page=page)
                        cur, rate = FX.get(market, ("EUR", 1.0))
                        f.add(
                            c,
                            t + f.mins(3, 15),
                            "web",
                            "purchase",
                            order_value=f"{eur * rate:.2f}",
                            currency=cur,
                            product=label,
                            page=page,
                        )
                    elif k2 == "view":
                        f.add(c, t, "web", "page_view", page=r.choice(B.PORTAL_PAGES))
                    elif k2 == "praise":
                        f.add(c, t, "community", "post", f.fmt(r.choice(B.PRAISE[lang]), c))
                    else:
                        f.happy_survey(c, t)
                f.expect(c, [], [])
            else:
                for _ in range(r.randint(0, 2)):
                    t = f.at(r.randint(0, 1), 8, 16)
                    k2 = r.choice(("chat", "view", "buy"))
                    if k2 == "chat":
                        q, a = r.choice(B.CHAT_QA[lang])
                        f.add(c, t, "chat", "chat", q)
                        f.agent_chat(c, t + f.mins(1, 6), a)
                    elif k2 == "view":
                        f.add(c, t, "web", "page_view", page=r.choice(B.PORTAL_PAGES))
                    else:
                        label, eur, page = r.choice(B.PRODUCTS)
                        cur, rate = FX.get(market, ("EUR", 1.0))
                        f.add(
                            c,
                            t,
                            "web",
                            "purchase",
                            order_value=f"{eur * rate:.2f}",
                            currency=cur,
                            product=label,
                            page=page,
                        )
        acct: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n_contacts,
            "contact_keys": [c.key for c in custs],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk":
            assert prob is not None
            case = f.case_ref()
            t = f.office(f.at(2, 8, 15))
            first_t = t
            first_name = unhappy[0].first
            first_day = t.weekday()
            for k, c in enumerate(unhappy):
                if k == 0:
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.fmt(B.COMPLAINT[lang][prob], c),
                        B.SUBJECT[lang][prob],
                    )
                    f.agent_mail(c, f.office(t + f.mins(20, 90)), B.ACK[lang], case=case)
                else:
                    t = f.office(t + f.mins(8 * 60, 28 * 60))
                    day = (
                        B.THIS_MORNING[lang]
                        if t.date() == first_t.date()
                        else B.WEEKDAY[lang][first_day]
                    )
                    text = f.fmt(
                        B.LATER[lang],
                        c,
                        name=first_name,
                        day=day,
                        case=case,
                        restate=B.RESTATE[lang][prob],
                    )
                    e = f.add(c, t, "email", "message", text, W.REPLY_PREFIX[lang] + case)
                c.truth.update(
                    {
                        "complaint_event_ids": [e],
                        "trouble_starts_at": iso(t),
                        "problem": prob,
                        "booking": case,
                    }
                )
                if k < len(unhappy) - 1:
                    f.low_nps(c, f.office(t + f.mins(60, 180)))
                    f.expect(c, ["detractor"], TOL_B2B_RISK)
                else:
                    t2 = f.office(t + f.mins(18 * 60, 40 * 60))
                    ch = last_ch[risk_i]
                    if ch == "email":
                        comp = r.choice(W.COMPETITORS)
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            f.fmt(B.LAST_MAIL[lang], c, case=case, comp=comp),
                            W.REPLY_PREFIX[lang] + case,
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(c, t2, "phone", "call", f.fmt(B.LAST_CALL[lang], c, case=case))
                        c.truth["competitor"] = None
                    c.truth["complaint_event_ids"].append(e2)
                    f.expect(c, ["repeat_contact"], TOL_B2B_RISK)
            risk_i += 1
            acct["trouble_starts_at"] = iso(first_t)
        elif kind == "one_unhappy":
            assert prob is not None
            c = unhappy[0]
            case = f.case_ref()
            t = f.office(f.at(one_days.pop(), 8, 16))
            e = f.add(
                c, t, "email", "message", f.fmt(B.COMPLAINT[lang][prob], c), B.SUBJECT[lang][prob]
            )
            f.agent_mail(c, f.office(t + f.mins(20, 90)), B.ACK[lang], case=case)
            f.low_nps(c, f.office(t + f.mins(60, 180)))
            c.truth.update(
                {
                    "complaint_event_ids": [e],
                    "trouble_starts_at": iso(t),
                    "problem": prob,
                    "booking": case,
                }
            )
            f.expect(c, ["detractor"], TOL_B2B_ONE)
        elif kind == "mild":
            for k, c in enumerate(c2 for c2 in custs if c2.truth["role"] == "suggests"):
                t = f.office(f.at(r.randint(2, 9), 8, 16))
                tpl = B.MILD[lang][k % len(B.MILD[lang])]
                e = f.add(c, t, "web", "ticket", f.fmt(tpl, c), page="/campo/portal/feedback")
                f.agent_mail(c, f.office(t + f.mins(30, 180)), B.MILD_ACK[lang])
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(t)})
                f.expect(c, [], ["silence"])
        f.accounts[acc] = acct
    f.planted = {"account_risk": 5, "detractor": 16, "repeat_contact": 5}
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        d0(2026, 11, 3),
        7,
        "a calm week and one planted spike of reports about one fault",
    )
    r = f.rng
    s0 = d0(2026, 11, 9) + timedelta(hours=7, minutes=40)
    s1 = s0 + timedelta(minutes=45)
    for _ in range(40):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.pick_days(0, 5, r.randint(1, 4)), HAPPY, 7, 19)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", lang=r.choice(("fr", "es")))
        t = f.at(0, 9, 17)
        q, a = W.GRUMBLE_CHAT[c.lang]
        e = f.add(c, t, "chat", "chat", q)
        f.agent_chat(c, t + f.mins(1, 5), a)
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
        f.expect(c, [], ["silence"])
    for lang, hm in (("es", (9, 40)), ("fr", (17, 10))):
        c = f.person("grumbles_once", "lone question", lang=lang)
        t = d0(2026, 11, 8) + timedelta(hours=hm[0], minutes=hm[1])
        q, a = W.LONE_Q[lang]
        e = f.add(c, t, "chat", "chat", q)
        f.agent_chat(c, t + f.mins(2, 5), a)
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
        f.expect(c, [], ["silence"])
    langs = ["es"] * 6 + ["fr"] * 6 + ["en", "en", "de", "de", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    offs = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    regular = [True] * 12 + [False] * 8
    r.shuffle(regular)
    reporters: list[Cust] = []
    ev: list[str] = []
    rep_ev: list[str] = []
    early = [i for i, o in enumerate(offs) if o <= 25]
    repeaters = set(r.sample(early, 6))
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    r.shuffle(rep_chans)
    others = [i for i in range(20) if i not in repeaters]
    fixed = set(r.sample(others, 6))
    for i in range(20):
        lang = langs[i]
        c = f.person(
            "spike_repeater" if i in repeaters else "spike_reporter",
            "regular" if regular[i] else "new",
            lang=lang,
        )
        if regular[i]:
            for kind in r.sample(("praise", "buy", "view", "mail", "chat"), r.randint(1, 3)):
                f.happy(c, f.at(2, 8, 17.5), kind)
        t = s0 + timedelta(minutes=offs[i], seconds=r.randint(0, 50) if 0 < offs[i] < 45 else 0)
        ch = chans[i]
        text = f.fmt(r.choice(W.SPIKE[lang]), c)
        if ch == "chat":
            e = f.add(c, t, "chat", "chat", text)
            f.agent_chat(c, t + f.mins(1, 4), W.SPIKE_CHAT_ANSWER[lang])
        elif ch == "email":
            e = f.add(c, t, "email", "message", text, W.SPIKE_SUBJECT[lang])
        elif ch == "web":
            e = f.add(c, t, "web", "ticket", text, page="/help/contact")
        else:
            e = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
        ev.append(e)
        reporters.append(c)
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
        if i in repeaters:
            rc = rep_chans.pop()
            if rc == ch:
                rc = next(x for x in ("email", "chat", "community") if x != ch)
            t2 = t + f.mins(15, 50)
            txt = f.fmt(r.choice(W.SPIKE_AGAIN[lang]), c)
            if rc == "chat":
                e2 = f.add(c, t2, "chat", "chat", txt)
                f.agent_chat(c, t2 + f.mins(1, 4), W.SPIKE_CHAT_ANSWER[lang])
            elif rc == "email":
                e2 = f.add(
                    c,
                    t2,
                    "email",
                    "message",
                    txt,
                    ("RE: " if ch == "email" else "") + W.SPIKE_SUBJECT[lang],
                )
            else:
                e2 = f.add(c, t2, "community", "post", txt)
            rep_ev.append(e2)
            c.truth.update({"repeat_event_id": e2})
            f.expect(c, ["repeat_contact"], ["sentiment_drop", "silence"])
        else:
            f.expect(c, [], ["silence"])
        if i in fixed:
            local = "10:20" if c.market in ("UK", "IE", "PT") else "11:20"
            if lang == "fr":
                local = local.replace(":", "h")
            credit = {"UK": "£9", "CH": "9 CHF" if lang != "de" else "CHF 9"}.get(
                c.market, "€10" if lang == "en" else "10 €"
            )
            f.agent_mail(
                c,
                d0(2026, 11, 9) + timedelta(hours=10, minutes=r.randint(48, 57)),
                W.SPIKE_FIXED[lang],
                time=local,
                amount=credit,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "vet-clinic app and website: appointment confirmation fails with error CLX-718, no appointment can be booked",
        "about": "booking confirmation failing in the app and on the website; reporters quote the same error code",
        "channel": None,
        "start": iso(s0),
        "end": iso(s1),
        "customers": 20,
        "customer_keys": [c.key for c in reporters],
        "event_ids": ev,
        "repeat_event_ids": rep_ev,
    }
    f.planted = {"topic_spike": 1, "repeat_contact": 6}
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
        fam.finish()
        print(f"{fam.name}: {len(fam.custs)} customers, {len(fam.rows)} touchpoints")


if __name__ == "__main__":
    main()
