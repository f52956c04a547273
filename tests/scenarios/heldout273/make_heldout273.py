# ruff: noqa: E501
"""Write the heldout273 families (Infusara, loose-leaf tea): python make_heldout273.py."""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wording as w

HERE = Path(__file__).resolve().parent
SEED = 20261024
PREFIX = "if273"
WRITTEN = "2026-12-07"
LIMIT = datetime(2026, 11, 30, tzinfo=UTC)
LANG_WEIGHTS = [("de", 30), ("it", 30), ("en", 10), ("es", 10), ("fr", 10), ("pt", 10)]
PHONE = {
    "DE": ("+49", ["151", "160", "170", "176"], 8),
    "AT": ("+43", ["664", "676", "699"], 7),
    "CH": ("+41", ["76", "78", "79"], 7),
    "IT": ("+39", ["333", "347", "340", "366"], 7),
    "UK": ("+44", ["7700", "7911", "7825"], 6),
    "IE": ("+353", ["85", "87", "86"], 7),
    "ES": ("+34", ["612", "655", "699"], 6),
    "FR": ("+33", ["6", "7"], 8),
    "BE": ("+32", ["470", "486", "495"], 6),
    "PT": ("+351", ["91", "93", "96"], 7),
}
SOURCE = {
    "email": "infusara-mail",
    "phone": "infusara-voice",
    "social": "infusara-social",
    "community": "infusara-forum",
    "chat": "infusara-chat",
    "web": "infusara-web",
    "survey": "infusara-survey",
}
UTC_OFFSET_LOCAL = {"UK": 1, "IE": 1, "PT": 1}
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
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    text = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in base if unicodedata.category(c) != "Mn"))
    return "".join(out)


def speech(text: str) -> str:
    """A speech-to-text transcript: lower case, no punctuation (codes kept)."""
    words = []
    for word in text.replace("\n", " ").split():
        core = word.strip(".,!?:;()'\"")
        if not core:
            continue
        if any(ch.isdigit() for ch in core) and any(ch.isupper() for ch in core):
            words.append(core)
        else:
            words.append(core.lower())
    return " ".join(words)


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
    truth: dict[str, Any] = field(default_factory=dict)
    lang2: str | None = None


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
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.rows: list[tuple[datetime, int, str, dict[str, Any]]] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.used: set[str] = USED

    # ------------------------------------------------------------ people --
    def lang(self) -> str:
        return self.rng.choices([lang for lang, _ in LANG_WEIGHTS], [wt for _, wt in LANG_WEIGHTS])[
            0
        ]

    def unique(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in self.used:
                self.used.add(value)
                return value

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
    ) -> Cust:
        r = self.rng
        lang = lang or self.lang()
        if market is None:
            markets = w.MARKETS[lang]
            market = r.choices([m for m, _ in markets], [k for _, k in markets])[0]
        first = r.choice(w.FIRST[lang])
        last = r.choice(w.SURNAME[lang])
        key = self.unique(lambda: f"IF{self.code}{r.randint(1000, 9999)}")
        plain = (
            strip_accents(f"{first}.{last}")
            .lower()
            .replace(" ", "")
            .replace("ß", "ss")
            .replace("ñ", "n")
        )
        if domain:
            email = self.unique(
                lambda: (
                    f"{plain.split('.')[0]}{r.choice(['', '.' + plain.split('.')[1][:1]])}@{domain}"
                )
            )
        else:
            email = self.unique(
                lambda: (
                    f"{plain}{r.randint(1, 99)}@{r.choice(['mailbox', 'postfach', 'posta', 'correo', 'webmail'])}.example"
                )
            )
        cc, prefixes, digits = PHONE[market]
        phone = self.unique(
            lambda: cc + r.choice(prefixes) + "".join(str(r.randint(0, 9)) for _ in range(digits))
        )
        handle = None
        if account is None:
            handle = self.unique(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{plain.replace('.', '_')}{r.randint(1, 9)}",
                            f"{plain.split('.')[0]}{plain.split('.')[1][:3]}",
                            f"{plain.split('.')[1]}_{plain.split('.')[0][:1]}{r.randint(10, 99)}",
                        ]
                    )
                )
            )
        c = Cust(key, lang, market, first, last, email, phone, handle, account)
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "town": r.choice(w.TOWNS[market]),
        }
        self.custs[key] = c
        return c

    # ------------------------------------------------------------- events --
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
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"{PREFIX}-{self.code.lower()}-{self.seq:05d}"
        lang = lang or c.lang
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        if out:
            a["agent"] = self.rr.choice(w.AGENTS[lang])
            if text:
                text = text.replace("{agent}", a["agent"])
        elif text and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text and channel == "social" and not out and not c.account:
            if w.BRAND in text:
                i = text.rfind(w.BRAND)
                text = text[:i] + "@" + text[i:]
            else:
                text = f"@{w.BRAND} {text}"
        tp: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCE[channel],
            "attributes": a,
        }
        self.rows.append((t, self.seq, c.key, tp))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [
                i for i, wd in enumerate(words) if len(wd) >= 5 and wd.isalpha() and wd.islower()
            ]
            if idx:
                i = r.choice(idx)
                wd = words[i]
                j = r.randint(1, len(wd) - 3)
                words[i] = wd[:j] + wd[j + 1] + wd[j] + wd[j + 2 :]
                text = " ".join(words)
        return text

    def f(self, template: str, c: Cust, lang: str | None = None, **kw: str) -> str:
        lang = lang or c.lang
        values = {
            "brand": w.BRAND,
            "first": c.first,
            "name": f"{c.first} {c.last}",
            "code": w.CODE,
        } | kw
        for k, v in values.items():
            template = template.replace("{" + k + "}", v)
        return template

    def pick(self, table: dict[str, Any], lang: str) -> Any:
        return self.rng.choice(table[lang])

    # --------------------------------------------------------- time helpers --
    def at(self, day: float, lo: float, hi: float) -> datetime:
        hour = lo + self.rng.random() * (hi - lo)
        return self.start + timedelta(days=int(day), hours=hour, seconds=self.rng.randint(0, 59))

    def mins(self, t: datetime, lo: float, hi: float) -> datetime:
        return t + timedelta(minutes=lo + self.rng.random() * (hi - lo))

    @staticmethod
    def day_time(t: datetime, lo: int = 8, hi: int = 20) -> datetime:
        """Moved out of the night: to the next morning 08-09 UTC."""
        if t.hour >= 22 or t.hour < 7:
            base = t if t.hour < 7 else t + timedelta(days=1)
            return base.replace(hour=8, minute=t.minute % 60, second=t.second)
        return t

    @staticmethod
    def office(t: datetime) -> datetime:
        """Weekdays 08-17 UTC: moved to the next working morning."""
        while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
            if t.hour < 8 and t.weekday() < 5:
                t = t.replace(hour=8, minute=t.minute % 50 + 5)
            else:
                t = (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 50 + 5)
        return t

    # ------------------------------------------------------------- money --
    @staticmethod
    def money(eur: float, c: Cust) -> str:
        if c.market == "UK":
            return f"£{round(eur * 0.86)}"
        if c.market == "CH":
            return f"CHF {round(eur * 0.94)}"
        if c.lang == "en":
            return f"€{eur:.2f}"
        return f"{eur:.2f}".replace(".", ",") + " €"

    @staticmethod
    def spoken(eur: float, c: Cust) -> str:
        if c.market == "UK":
            return f"{round(eur * 0.86)} pounds"
        unit = (
            {"de": "Franken", "it": "franchi", "fr": "francs"}.get(c.lang, "francs")
            if c.market == "CH"
            else {"de": "Euro", "it": "euro", "en": "euros"}.get(c.lang, "euros")
        )
        value = round(eur * 0.94) if c.market == "CH" else round(eur)
        return f"{value} {unit}"

    def case(self) -> str:
        return self.unique(lambda: f"INF-{self.rng.randint(100000, 999999)}")

    # -------------------------------------------------------- happy acts --
    def happy(
        self, c: Cust, t: datetime, kinds: list[str] | None = None, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        r = self.rng
        kind = r.choice(
            kinds
            or [
                "praise",
                "praise",
                "again",
                "gripe",
                "chat",
                "email",
                "phone",
                "buy",
                "buy",
                "view",
                "review",
                "survey",
            ]
        )
        if c.account:
            kind = (
                r.choice(["chat", "buy", "view", "b2bpraise", "survey"]) if kinds is None else kind
            )
        if kind in ("praise", "again", "gripe", "b2bpraise"):
            table = {
                "praise": w.PRAISE,
                "again": w.PRAISE_AGAIN,
                "gripe": w.PRAISE_GRIPE,
                "b2bpraise": w.B2B_PRAISE,
            }[kind]
            channel = "community" if c.account or r.random() < 0.5 else "social"
            return self.add(
                c,
                t,
                channel,
                "post" if channel == "community" else "mention",
                self.f(self.pick(table, lang), c, lang),
                lang=lang,
            )
        if kind == "chat":
            q, a = self.pick(w.B2B_CHAT_QA if c.account else w.CHAT_QA, lang)
            eid = self.add(c, t, "chat", "chat", self.f(q, c, lang), lang=lang)
            t2 = self.mins(t, 1, 6)
            self.add(c, t2, "chat", "chat", self.f(a, c, lang), out=True, lang=lang)
            if r.random() < 0.6:
                self.add(
                    c, self.mins(t2, 1, 4), "chat", "chat", self.pick(w.THANKS, lang), lang=lang
                )
            return eid
        if kind == "email":
            subj, q, a = self.pick(w.EMAIL_QA, lang)
            eid = self.add(c, t, "email", "message", self.f(q, c, lang), subject=subj, lang=lang)
            self.add(
                c,
                self.day_time(self.mins(t, 40, 240)),
                "email",
                "message",
                self.f(a, c, lang),
                subject="Re: " + subj,
                out=True,
                lang=lang,
            )
            return eid
        if kind == "phone":
            q, subj, a = self.pick(w.PHONE_QA, lang)
            eid = self.add(c, t, "phone", "call", self.f(q, c, lang), lang=lang)
            self.add(
                c,
                self.mins(t, 10, 40),
                "email",
                "message",
                self.f(a, c, lang),
                subject=subj,
                out=True,
                lang=lang,
            )
            return eid
        if kind == "buy":
            name, eur = r.choice(w.B2B_PRODUCTS if c.account else w.PRODUCTS)
            page = "/horeca/order" if c.account else r.choice(w.PAGES[:5])
            self.add(c, t, "web", "page_view", attrs={"page": page})
            cur, value = (
                ("GBP", eur * 0.86)
                if c.market == "UK"
                else ("CHF", eur * 0.94)
                if c.market == "CH"
                else ("EUR", eur)
            )
            return self.add(
                c,
                self.mins(t, 2, 9),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{value:.2f}",
                    "currency": cur,
                    "product": name,
                    "page": page,
                },
            )
        if kind == "view":
            return self.add(
                c,
                t,
                "web",
                "page_view",
                attrs={"page": "/horeca/portal" if c.account else r.choice(w.PAGES)},
            )
        if kind == "review":
            return self.add(
                c,
                t,
                "web",
                "review",
                self.f(self.pick(w.REVIEW, lang), c, lang),
                attrs={"rating": r.choice(["4", "5", "5"]), "page": r.choice(w.PAGES[:3])},
                lang=lang,
            )
        return self.survey_happy(c, t, lang)

    def survey_happy(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        lang = lang or c.lang
        r = self.rng
        which = r.choice(["nps", "csat", "ces"])
        value = {"nps": r.choice([9, 10]), "csat": r.choice([4, 5]), "ces": r.choice([6, 7])}[which]
        text = r.choice(w.SURVEY_WORDS[lang]) or None
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            text,
            scores={which: value},
            attrs={"survey": which},
            lang=lang,
        )

    def happy_days(
        self, c: Cust, days: list[int], lo: float = 7, hi: float = 19, **kw: Any
    ) -> list[str]:
        return [self.happy(c, self.at(d, lo, hi), **kw) for d in days]

    # ------------------------------------------------------------ problems --
    def complaint_text(self, c: Cust, problem: str, lang: str) -> str:
        eur = w.PROBLEM_EUR[problem]
        return self.f(self.pick(w.COMPLAINT[problem], lang), c, lang, amt=self.money(eur, c))

    def complaint(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        case: str | None = None,
    ) -> tuple[str, str | None, datetime]:
        """One complaint and the agent's first reply; returns (event id, case, reply time)."""
        lang = lang or c.lang
        topic = w.COMPLAINT_PREFIX[lang] + w.TOPIC[lang][problem]
        text = self.complaint_text(c, problem, lang)
        if channel == "long":
            letter = self.f(self.pick(w.LONG_LETTER, lang), c, lang, problem=text)
            eid = self.add(c, t, "email", "message", letter, subject=topic, lang=lang)
        elif channel == "email":
            eid = self.add(c, t, "email", "message", text, subject=topic, lang=lang)
        elif channel == "chat":
            eid = self.add(c, t, "chat", "chat", text, lang=lang)
        elif channel == "social":
            eid = self.add(c, t, "social", "mention", text, lang=lang)
            return eid, None, t
        elif channel == "web":
            eid = self.add(
                c,
                t,
                "web",
                "ticket",
                text,
                subject=w.TOPIC[lang][problem],
                attrs={"page": "/help/contact"},
                lang=lang,
            )
        else:
            call = self.f(
                w.COMPLAINT_CALL[problem][lang],
                c,
                lang,
                amts=self.spoken(w.PROBLEM_EUR[problem], c),
            )
            eid = self.add(c, t, "phone", "call", call, lang=lang)
        case = case or self.case()
        if channel == "chat":
            rt = self.mins(t, 1, 4)
            self.add(
                c,
                rt,
                "chat",
                "chat",
                self.f(w.AG_CASE_CHAT[lang], c, lang, case=case),
                out=True,
                lang=lang,
            )
        else:
            rt = self.day_time(self.mins(t, 10, 40))
            subj, body = w.AG_CASE_EMAIL[lang]
            self.add(
                c,
                rt,
                "email",
                "message",
                self.f(body, c, lang, case=case),
                subject=self.f(subj, c, lang, case=case),
                out=True,
                lang=lang,
            )
        return eid, case, rt

    def good_news(self, c: Cust, t: datetime, case: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        subj, body = w.AG_GOOD_NEWS[lang]
        return self.add(
            c,
            t,
            "email",
            "message",
            self.f(body, c, lang, case=case),
            subject=self.f(subj, c, lang, case=case),
            out=True,
            lang=lang,
        )

    def confirm(
        self, c: Cust, t: datetime, case: str, channel: str, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        text = self.f(self.pick(w.CONFIRM, lang), c, lang, case=case)
        if channel == "email":
            return self.add(
                c, t, "email", "message", text, subject=w.REPLY_PREFIX[lang] + case, lang=lang
            )
        return self.add(c, t, "chat", "chat", text, lang=lang)

    def later_contact(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        case: str,
        n: int,
        channel: str,
        comp: str | None,
        lang: str | None = None,
    ) -> str:
        lang = lang or c.lang
        short = w.RESTATE[problem][lang]
        if n == 3 and comp:
            text = self.f(self.pick(w.THIRD, lang), c, lang, case=case, comp=comp, short=short)
        elif n == 4:
            text = self.f(self.pick(w.FOURTH, lang), c, lang, case=case, short=short)
        else:
            text = self.f(self.pick(w.STILL_OPEN, lang), c, lang, case=case, short=short)
        if channel == "email":
            return self.add(
                c, t, "email", "message", text, subject=w.REPLY_PREFIX[lang] + case, lang=lang
            )
        if channel == "chat":
            eid = self.add(c, t, "chat", "chat", text, lang=lang)
            self.add(
                c,
                self.mins(t, 1, 4),
                "chat",
                "chat",
                self.f(w.AG_URGENT[lang], c, lang, case=case),
                out=True,
                lang=lang,
            )
            return eid
        if channel == "phone":
            return self.add(c, t, "phone", "call", speech(text), lang=lang)
        if channel == "web":
            return self.add(
                c,
                t,
                "web",
                "ticket",
                text,
                subject=case,
                attrs={"page": "/help/contact"},
                lang=lang,
            )
        return self.add(c, t, "social", "mention", text, lang=lang)

    # ------------------------------------------------------------- output --
    def finish(self, expected: dict[str, int], extra_end: datetime | None = None) -> None:
        self.rows.sort(key=lambda row: (row[0], row[1]))
        seen_inbound: set[str] = set()
        have: set[str] = set()
        for t, _, key, tp in self.rows:
            if t.year != 2026 or t < self.start or t >= LIMIT:
                raise SystemExit(f"{self.name}: {tp['event_id']} at {t} out of range")
            c = self.custs[key]
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            if tp["direction"] == "outbound" or key not in seen_inbound:
                ref = full
                if tp["direction"] == "inbound":
                    seen_inbound.add(key)
            else:
                ch = tp["channel"]
                ref = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": c.account,
                }
                if ch == "phone":
                    ref["phone"] = self.phone_variant(c.phone)
                elif ch in ("social", "community"):
                    if c.handle:
                        ref["handle"] = c.handle if self.rr.random() < 0.8 else c.handle.lstrip("@")
                    else:
                        ref["email"] = c.email
                elif ch == "email":
                    ref["email"] = c.email.upper() if self.rr.random() < 1 / 12 else c.email
                else:
                    ref["customer_id"] = c.key
            tp["customer"] = ref
            if tp["direction"] == "inbound":
                have.add(key)
        for key in self.custs:
            if key not in have:
                raise SystemExit(f"{self.name}: {key} has no inbound touchpoint")
        for key, c in self.custs.items():
            both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            if both:
                raise SystemExit(f"{self.name}: {key} expects and tolerates {both}")
        counted: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        if self.spike:
            counted["topic_spike"] = 1
        if counted != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {counted}")
        last = self.rows[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end {end} too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Infusara: loose-leaf tea by monthly box (Infusara Club) and shop; business arm Infusara Horeca",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        lines = [json.dumps(tp, ensure_ascii=False, sort_keys=False) for _, _, _, tp in self.rows]
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )

    def phone_variant(self, phone: str) -> str:
        if self.rr.random() < 0.5:
            for cc in ("+353", "+351", "+49", "+43", "+41", "+39", "+44", "+34", "+33", "+32"):
                if phone.startswith(cc):
                    return cc + " " + phone[len(cc) :]
        return phone


USED: set[str] = set()


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


# ------------------------------------------------------------------ families --
def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        d(2026, 2, 2),
        10,
        "happy day writers, night writers and survey-only customers; nothing expected",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, sorted(r.sample(range(10), r.randint(5, 8))))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for dd in sorted(r.sample(range(9), r.randint(2, 4))):
            t = f.at(dd, 22.2, 28.5)
            if r.random() < 0.5:
                ch = r.choice(["community", "social"])
                f.add(
                    c,
                    t,
                    ch,
                    "post" if ch == "community" else "mention",
                    f.f(f.pick(w.NIGHT_POST, c.lang), c),
                )
            else:
                q, a = f.pick(w.NIGHT_CHAT, c.lang)
                f.add(c, t, "chat", "chat", f.f(q, c))
                t2 = f.mins(t, 1, 5)
                f.add(c, t2, "chat", "chat", f.f(a, c), out=True)
                f.add(c, f.mins(t2, 1, 3), "chat", "chat", f.pick(w.THANKS, c.lang))
        f.happy_days(
            c,
            sorted(r.sample(range(10), r.randint(2, 3))),
            9,
            18,
            kinds=["praise", "buy", "view", "review"],
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for dd in sorted(r.sample(range(10), r.randint(3, 6))):
            f.survey_happy(c, f.at(dd, 8, 20))
    f.finish({})
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        d(2026, 3, 9),
        12,
        "happy customers with one bad day, detractors, low CSAT, good news, apologies, controls",
    )
    r = f.rng
    # 4 per problem and 4 per channel: a Latin-square pick of 24 from 36.
    chans = ["long", "email", "chat", "social", "web", "phone"]
    plan = []
    for i in range(24):
        plan.append((w.PROBLEMS[i % 6], chans[(i + i // 6) % 6]))
    with_case = [i for i, (_, ch) in enumerate(plan) if ch != "social"]
    nps_idx = set(r.sample(with_case, 6))
    csat_idx = set(r.sample([i for i in with_case if i not in nps_idx], 5))
    good_idx = set(r.sample(with_case, 12))
    apol_idx = set(r.sample(sorted(good_idx), 5))
    for i, (problem, ch) in enumerate(plan):
        lang = r.choice(["de", "it"]) if ch == "long" else None
        if i in nps_idx:
            c = f.person(
                "bad_day_detractor",
                "one bad day",
                lang=lang,
                expected=["detractor"],
                tolerated=["silence"],
            )
        else:
            c = f.person("happy_one_bad_day", "one bad day", lang=lang, tolerated=["silence"])
        bad = r.randint(2, 9)
        t = f.at(bad, 8, 20)
        eid, case, rt = f.complaint(c, t, problem, ch)
        days = [x for x in range(12) if x <= bad - 2 or x >= bad + 3]
        f.happy_days(
            c,
            sorted(r.sample(days, r.randint(1, min(5, len(days))))),
            kinds=["praise", "again", "gripe", "chat", "email", "phone", "buy", "view", "review"],
        )
        c.truth.update(
            {
                "problem": problem,
                "channel": "email" if ch == "long" else ch,
                "long_email": ch == "long",
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "nps_given": False,
                "csat_given": False,
                "agent_fixed": False,
                "apologised": False,
            }
        )
        if i in nps_idx:
            nps = r.randint(1, 5)
            sid = f.add(
                c,
                f.mins(t, 100, 140),
                "survey",
                "survey_response",
                r.choice(w.LOW_NPS[c.lang]) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
        if i in csat_idx:
            csat = r.randint(1, 2)
            sid = f.add(
                c,
                f.mins(t, 40, 80),
                "survey",
                "survey_response",
                r.choice(w.LOW_CSAT[c.lang]) or None,
                scores={"csat": csat},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": csat, "survey_event_id": sid})
        if i in good_idx and case:
            f.good_news(c, f.day_time(rt + timedelta(hours=1 + 3 * r.random())), case)
            c.truth["agent_fixed"] = True
            if i in apol_idx:
                at = f.day_time(t + timedelta(hours=16 + 8 * r.random()))
                text = r.choice(w.APOLOGY[c.lang])
                aid = (
                    f.add(c, at, "chat", "chat", text)
                    if r.random() < 0.5
                    else f.add(
                        c, at, "email", "message", text, subject=w.REPLY_PREFIX[c.lang] + case
                    )
                )
                c.truth.update({"apologised": True, "apology_at": iso(at), "apology_event_id": aid})
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, sorted(r.sample(range(12), r.randint(4, 7))))
    f.finish({"detractor": 6})
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: int,
    contacts: int,
    quality: bool,
    first_channel: str,
    langs: list[str] | None = None,
) -> None:
    r = f.rng
    problem = r.choice(w.PROBLEMS)
    lang0 = langs[0] if langs else c.lang
    t = f.at(first_day, 8, 19)
    eid, case, _rt = f.complaint(c, t, problem, first_channel, lang=lang0)
    assert case
    if quality:
        subj, body = w.AG_QUALITY[lang0]
        f.add(
            c,
            f.day_time(t + timedelta(hours=1.5 + r.random())),
            "email",
            "message",
            f.f(body, c, lang0, case=case),
            subject=f.f(subj, c, lang0, case=case),
            out=True,
            lang=lang0,
        )
    comp = r.choice(w.COMPETITORS) if contacts >= 3 else None
    channels = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    r.shuffle(channels)
    ids = [eid]
    used = [first_channel]
    tt = t
    for n in range(2, contacts + 1):
        tt = f.day_time(tt + timedelta(hours=4 + 36 * r.random()))
        ch = channels[n - 2]
        lang = langs[(n - 1) % 2] if langs else c.lang
        ids.append(f.later_contact(c, tt, problem, case, n, ch, comp, lang=lang))
        used.append(ch)
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": contacts,
            "channels": used,
            "problem_event_ids": ids,
            "competitor": comp,
            "trouble_starts_at": iso(t),
            "agent_passed_on": quality,
        }
    )


def fixed_case(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    confirm_channel: str,
    lang: str | None = None,
    lang2: str | None = None,
    avoid: str = "",
) -> dict[str, Any]:
    r = f.rng
    problem = r.choice([p for p in w.PROBLEMS if p != avoid])
    eid, case, rt = f.complaint(c, t, problem, channel, lang=lang)
    assert case
    gt = f.day_time(rt + timedelta(hours=3 + 17 * r.random()))
    f.good_news(c, gt, case, lang=lang2 or lang)
    ct = f.day_time(gt + timedelta(hours=8 + 22 * r.random()))
    cid = f.confirm(c, ct, case, confirm_channel, lang=lang2 or lang)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(gt),
        "confirmed_at": iso(ct),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": confirm_channel,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        d(2026, 4, 20),
        10,
        "repeat contacts about one open problem, fixed cases, two problems, frequent writers",
    )
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    counts = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(counts)
    quality = [True] * 6 + [False] * 6
    r.shuffle(quality)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        f.happy_days(c, [0] * r.randint(1, 3), 7, 12, kinds=["praise", "buy", "view", "chat"])
        repeat_run(f, c, r.randint(1, 4), counts[i], quality[i], firsts[i])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy_days(c, [0], 7, 12, kinds=["praise", "buy", "view"])
        fixed = fixed_case(
            f,
            c,
            f.at(r.randint(1, 4), 8, 19),
            r.choice(["web", "email", "chat"]),
            r.choice(["email", "chat"]),
        )
        c.truth.update({"problems": [fixed], "trouble_starts_at": fixed["raised_at"]})
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        d1 = r.randint(0, 3)
        a = fixed_case(f, c, f.at(d1, 8, 19), "email", "email")
        b = fixed_case(f, c, f.at(d1 + r.randint(4, 5), 8, 19), "chat", "chat", avoid=a["problem"])
        c.truth.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(
            c,
            sorted(r.sample(range(10), r.randint(5, 8))),
            kinds=["chat", "chat", "email", "phone", "buy"],
        )
    f.finish({"repeat_contact": 12})
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str] | None = None) -> list[str]:
    r = f.rng
    comp = r.choice(w.COMPETITORS)
    seq_lang = langs[0] if langs else c.lang
    steps = r.choice(w.SLIDE[seq_lang])
    ids: list[str] = []
    t = f.at(start_day, 8, 20)
    gaps = sorted(r.sample(range(1, span * 24), 5))
    times = [t] + [t + timedelta(hours=g) for g in gaps]
    last = t
    ratings = ["3", "3", "2", "2", "1", "1"]
    for k in range(6):
        tk = f.day_time(max(times[k], last + timedelta(hours=1)))
        last = tk
        lang = langs[k % 2] if langs else c.lang
        table = w.SLIDE[lang][0] if langs else steps
        text = f.f(table[k], c, lang, comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    tk,
                    "web",
                    "review",
                    text,
                    attrs={"rating": ratings[k], "page": "/club/my-box"},
                    lang=lang,
                )
            )
        else:
            ids.append(
                f.add(c, tk, ch, "post" if ch == "community" else "mention", text, lang=lang)
            )
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(t),
        }
    )
    c.truth["_times"] = [iso(x) for x in times]
    return ids


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        d(2026, 6, 1),
        32,
        "sliders, leavers, steady, steadily grumpy and sarcastic customers",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    nps = set(r.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i in nps else [])
        c = f.person("slow_churner", "slides", expected=exp, tolerated=SLIDE_TOL)
        days = sorted(r.sample(range(11), r.randint(4, 5)))
        for dd in days:
            f.happy(c, f.at(dd, 8, 20), kinds=["praise", "again", "praise"])
        f.happy_days(
            c, sorted(r.sample(range(11), r.randint(2, 4))), kinds=["buy", "chat", "view", "email"]
        )
        ids = slide(f, c, r.randint(12, 16), spans[i])
        c.truth.pop("_times")
        if i in nps:
            fourth = next(t for t, _, _, tp in f.rows if tp["event_id"] == ids[3])
            score = r.randint(1, 5)
            sid = f.add(
                c,
                f.day_time(fourth + timedelta(hours=2.5 + r.random())),
                "survey",
                "survey_response",
                r.choice(w.LOW_NPS[c.lang]) or None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVE_TOL
        )
        f.happy_days(c, sorted(r.sample(range(16), r.randint(4, 6))))
        t = f.at(r.randint(17, 23), 8, 20)
        subj, body = f.pick(w.LEAVE, c.lang)
        eid = f.add(c, t, "email", "message", f.f(body, c), subject=subj)
        s2, b2 = w.AG_SORRY_GO[c.lang]
        f.add(
            c,
            f.day_time(t + timedelta(hours=1 + 4 * r.random())),
            "email",
            "message",
            f.f(b2, c),
            subject=s2,
            out=True,
        )
        ct = f.day_time(t + timedelta(hours=20 + 10 * r.random()))
        cid = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/membership", "product": "Infusara Club"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, sorted(r.sample(range(30), r.randint(6, 10))))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        day = r.randint(0, 4)
        ids = []
        grumbles = r.sample(w.GRUMBLE[c.lang], min(len(w.GRUMBLE[c.lang]), r.randint(5, 7)))
        for k in range(r.randint(5, 7)):
            text = grumbles[k % len(grumbles)]
            t = f.at(day, 8, 20)
            ch = r.choice(["social", "community", "web", "review"])
            if ch == "web":
                ids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "ticket",
                        text,
                        subject="Feedback",
                        attrs={"page": "/help/contact"},
                    )
                )
            elif ch == "review":
                ids.append(
                    f.add(
                        c, t, "web", "review", text, attrs={"rating": "3", "page": "/club/my-box"}
                    )
                )
            else:
                ids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
            day += r.randint(1, 3)
        for _ in range(r.randint(0, 2)):
            f.happy(c, f.at(r.randint(0, 25), 8, 20), kinds=["buy"])
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": f.rows[[row[3]["event_id"] for row in f.rows].index(ids[0])][
                    3
                ]["occurred_at"],
            }
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, sorted(r.sample(range(16), r.randint(3, 6))))
        t = f.at(r.randint(17, 28), 8, 20)
        ch = r.choice(["social", "community"])
        sid = f.add(c, t, ch, "post" if ch == "community" else "mention", f.pick(w.SARCASM, c.lang))
        c.truth["sarcasm_event_id"] = sid
    f.finish({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        d(2026, 7, 17),
        3,
        "a calm summer weekend with night owls in bursts; nothing expected",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for dd in sorted(r.sample(range(3), r.randint(1, 3))):
            f.happy(
                c, f.at(dd, 7, 17.5), kinds=["praise", "buy", "view", "review", "chat", "survey"]
            )
    for k in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(r.randint(0, 2), 8, 17)
        f.happy(c, t, kinds=["buy" if k % 2 else "view"])
        t2 = f.mins(t, 20, 30)
        text = f.pick(w.MILD, c.lang)
        if k < 2:
            gid = f.add(c, t2, "chat", "chat", text)
            f.add(c, f.mins(t2, 1, 5), "chat", "chat", f.f(w.AG_ACK_CHAT[c.lang], c), out=True)
        else:
            gid = f.add(
                c, t2, "web", "ticket", text, subject="Feedback", attrs={"page": "/help/contact"}
            )
            s, b = w.AG_ACK[c.lang]
            f.add(c, f.mins(t2, 30, 90), "email", "message", f.f(b, c), subject=s, out=True)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t2)})
    for night in range(3):
        base = f.start + timedelta(days=night + 1, minutes=40 + r.random() * 25)
        starts = [
            base,
            base + timedelta(minutes=28 + 5 * r.random()),
            base + timedelta(minutes=55 + 10 * r.random()),
        ]
        for bi, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {bi + 1}")
                t = bs + timedelta(minutes=10 * r.random())
                if r.random() < 0.5:
                    q, a = f.pick(w.NIGHT_CHAT, c.lang)
                    nid = f.add(c, t, "chat", "chat", f.f(q, c))
                    t2 = f.mins(t, 1, 4)
                    f.add(c, t2, "chat", "chat", f.f(a, c), out=True)
                    f.add(c, f.mins(t2, 1, 3), "chat", "chat", f.pick(w.THANKS, c.lang))
                else:
                    ch = r.choice(["community", "social"])
                    nid = f.add(
                        c,
                        t,
                        ch,
                        "post" if ch == "community" else "mention",
                        f.f(f.pick(w.NIGHT_POST, c.lang), c),
                    )
                c.truth.update({"burst_at": iso(bs), "night_event_id": nid})
                if r.random() < 0.5:
                    f.happy(c, f.at(r.randint(0, 2), 9, 17.5), kinds=["praise", "buy", "view"])
    f.finish({})
    return f


PAIRS = (
    [("de", "it")] * 3
    + [("it", "de")] * 3
    + [
        ("de", "en"),
        ("it", "en"),
        ("de", "fr"),
        ("it", "fr"),
        ("it", "es"),
        ("de", "es"),
        ("it", "pt"),
        ("de", "pt"),
        ("en", "de"),
        ("fr", "it"),
        ("es", "de"),
        ("pt", "it"),
        ("en", "it"),
        ("fr", "de"),
    ]
)
PAIR_MARKET = {
    ("de", "it"): "CH",
    ("it", "de"): "IT",
    ("de", "fr"): "CH",
    ("fr", "de"): "CH",
    ("it", "fr"): "CH",
    ("fr", "it"): "CH",
    ("de", "en"): "DE",
    ("en", "de"): "UK",
    ("it", "en"): "IT",
    ("en", "it"): "IE",
    ("it", "es"): "IT",
    ("es", "de"): "ES",
    ("de", "es"): "DE",
    ("it", "pt"): "IT",
    ("pt", "it"): "PT",
    ("de", "pt"): "DE",
}


def bilingual() -> Fam:
    f = Fam(6, "bilingual", "BL", d(2026, 8, 10), 14, "customers who alternate two languages")
    r = f.rng

    def person(persona: str, habit: str, pair: tuple[str, str] | None = None, **kw: Any) -> Cust:
        pair = pair or r.choice(PAIRS)
        c = f.person(persona, habit, lang=pair[0], market=PAIR_MARKET[pair], **kw)
        c.lang2 = pair[1]
        c.truth.update(
            {
                "languages": list(pair),
                "job_second_language": r.choice(
                    [
                        "works across the border",
                        "partner's language",
                        "grew up in the other country",
                        "studies in that language",
                    ]
                ),
            }
        )
        return c

    for _ in range(12):
        c = person("happy", "alternates languages")
        for k, dd in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            f.happy(
                c,
                f.at(dd, 8, 20),
                lang=c.lang if k % 2 == 0 else c.lang2,
                kinds=["praise", "again", "chat", "email", "buy", "review", "gripe"],
            )
    counts = [2, 2, 3, 3, 4]
    for i in range(5):
        c = person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        assert c.lang2
        f.happy_days(c, sorted(r.sample([0, 1], r.randint(1, 2))), kinds=["praise", "buy"])
        repeat_run(
            f,
            c,
            r.randint(2, 5),
            counts[i],
            counts[i] >= 3,
            r.choice(["web", "email", "chat"]),
            langs=[c.lang, c.lang2],
        )
    for _ in range(5):
        c = person("slow_churner", "slides", expected=["sentiment_drop"], tolerated=SLIDE_TOL)
        assert c.lang2
        for k, dd in enumerate(sorted(r.sample(range(6), 5))):
            f.happy(c, f.at(dd, 8, 20), lang=[c.lang, c.lang2][k % 2], kinds=["praise"])
        f.happy_days(c, sorted(r.sample(range(6), r.randint(1, 3))), kinds=["buy", "view"])
        slide(f, c, r.randint(7, 8), r.randint(3, 5), langs=[c.lang, c.lang2])
        c.truth.pop("_times")
    bad = [("long", ("it", "de")), ("email", None), ("chat", None)]
    for k, (ch, pair) in enumerate(bad):
        c = person("happy_one_bad_day", "one bad day", pair=pair, tolerated=["silence"])
        assert c.lang2
        bd = r.randint(4, 9)
        f.happy_days(
            c,
            [x for x in sorted(r.sample(range(14), 4)) if x <= bd - 2 or x >= bd + 3] or [0],
            kinds=["praise", "buy", "chat"],
        )
        t = f.at(bd, 9, 19)
        problem = r.choice(w.PROBLEMS)
        eid, case, rt = f.complaint(c, t, problem, ch, lang=c.lang2)
        assert case
        c.truth.update(
            {
                "problem": problem,
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": c.lang2,
                "long_email": ch == "long",
                "channel": "email" if ch == "long" else ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": ch != "chat",
                "apologised": False,
            }
        )
        if ch != "chat":
            f.good_news(c, f.day_time(rt + timedelta(hours=1 + 3 * r.random())), case, lang=c.lang2)
        if k == 1:
            at = f.day_time(t + timedelta(hours=18 + 6 * r.random()))
            aid = f.add(c, at, "chat", "chat", r.choice(w.APOLOGY[c.lang2]), lang=c.lang2)
            c.truth.update({"apologised": True, "apology_at": iso(at), "apology_event_id": aid})
    for _ in range(2):
        c = person("resolved_between_contacts", "fixed", tolerated=["silence"])
        assert c.lang2
        f.happy_days(c, [0], kinds=["praise", "buy"])
        fixed = fixed_case(
            f, c, f.at(r.randint(2, 6), 8, 19), "web", "email", lang=c.lang, lang2=c.lang2
        )
        c.truth.update(
            {
                "problems": [fixed],
                "trouble_starts_at": fixed["raised_at"],
                "confirm_language": c.lang2,
            }
        )
    f.finish({"repeat_contact": 5, "sentiment_drop": 5})
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        d(2026, 9, 14),
        14,
        "Infusara Horeca accounts: at risk, one unhappy contact, mild suggestions, happy",
    )
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    risk_problems = ["invoice", "portal", "service_blocked", "invoice", "overbilled"]
    risk_sizes = [3, 3, 3, 4, 4]
    risk_last = ["email", "phone", "phone", "phone", "phone"]
    other_problems = ["service_blocked", "overbilled", "portal", "invoice"]
    ri = oi = 0
    for kind in kinds:
        lang = f.lang()
        market = r.choice([m for m, _ in w.MARKETS[lang]])
        company = f.unique(
            lambda lang=lang, market=market: (
                r.choice(w.COMPANY_WORDS[lang]) + r.choice(["", " " + r.choice(w.TOWNS[market])])
            )
        )
        acc = f.unique(lambda market=market: f"IFH-{market}-{r.randint(1000, 9999)}")
        domain = (
            strip_accents(company).lower().replace(" & ", "-").replace(" ", "-").replace("'", "")
            + ".example"
        )
        size = {
            "at_risk": r.randint(4, 6),
            "one_unhappy": 3,
            "mild": r.randint(3, 4),
            "happy": r.randint(3, 4),
        }[kind]
        if kind == "at_risk":
            size = max(size, risk_sizes[ri] + 1)
        contacts: list[Cust] = []
        unhappy: list[str] = []
        n_unhappy = (
            risk_sizes[ri]
            if kind == "at_risk"
            else 1
            if kind == "one_unhappy"
            else 2
            if kind == "mild"
            else 0
        )
        for k in range(size):
            if k < n_unhappy and kind == "at_risk":
                last = k == n_unhappy - 1
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang=lang,
                    market=market,
                    account=acc,
                    domain=domain,
                    expected=["repeat_contact"] if last else ["detractor"],
                    tolerated=[x for x in B2B_RISK_TOL],
                )
                c.truth.update({"role": "complainer"})
            elif k < n_unhappy and kind == "one_unhappy":
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang=lang,
                    market=market,
                    account=acc,
                    domain=domain,
                    expected=["detractor"],
                    tolerated=["sentiment_drop", "high_value_at_risk", "silence"],
                )
                c.truth.update({"role": "complainer"})
            elif k < n_unhappy and kind == "mild":
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang=lang,
                    market=market,
                    account=acc,
                    domain=domain,
                    tolerated=["silence"],
                )
                c.truth.update({"role": "suggests"})
            else:
                c = f.person(
                    "b2b_happy", "contact", lang=lang, market=market, account=acc, domain=domain
                )
                c.truth.update({"role": "contact"})
            c.truth.update({"company": company, "job_title": r.choice(w.JOB_TITLES)})
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
        # routine acts
        for c in contacts:
            if c.truth["role"] == "contact":
                for dd in sorted(r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(3, 6))):
                    f.happy(c, f.at(dd, 8, 16.5))
            else:
                for _ in range(r.randint(0, 2)):
                    f.happy(c, f.at(r.randint(0, 1), 8, 16.5), kinds=["chat", "buy", "view"])
        entry: dict[str, Any] = {
            "company": company,
            "site": r.choice(["hotel", "café", "office", "restaurant", "bakery"]),
            "contacts": size,
            "contact_keys": [c.key for c in contacts],
            "language": lang,
            "country": market,
            "kind": kind,
            "tolerated_rules": [],
            "same_problem": None,
            "trouble_starts_at": None,
        }
        if kind == "at_risk":
            problem = risk_problems[ri]
            complainers = contacts[:n_unhappy]
            t = f.at(2, 8, 12)  # Wednesday 16 September
            case = ""
            first_at = t
            first_c = complainers[0]
            for k, c in enumerate(complainers):
                if k == 0:
                    subj = w.B2B_SUBJECT[lang][problem]
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.f(w.B2B_COMPLAINT[problem][lang], c),
                        subject=subj,
                    )
                    case = f.case()
                    s, b = w.AG_CASE_EMAIL[lang]
                    f.add(
                        c,
                        f.mins(t, 20, 60),
                        "email",
                        "message",
                        f.f(b, c, case=case),
                        subject=f.f(s, c, case=case),
                        out=True,
                    )
                else:
                    t = f.office(t + timedelta(hours=8 + 20 * r.random()))
                    day = (
                        w.WEEKDAY[lang][first_at.weekday()]
                        if first_at.date() != t.date()
                        else {
                            "de": "heute Morgen",
                            "it": "stamattina",
                            "en": "this morning",
                            "es": "esta mañana",
                            "fr": "ce matin",
                            "pt": "hoje de manhã",
                        }[lang]
                    )
                    text = f.f(
                        f.pick(w.B2B_LATER, lang),
                        c,
                        first1=first_c.first,
                        day=day,
                        case=case,
                        problem=w.B2B_COMPLAINT[problem][lang],
                    )
                    eid = f.add(c, t, "email", "message", text, subject=w.REPLY_PREFIX[lang] + case)
                if k == 0:
                    first_at = t
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(t),
                    }
                )
                if k < n_unhappy - 1:
                    score = r.randint(1, 5)
                    sid = f.add(
                        c,
                        f.office(t + timedelta(hours=1 + 2 * r.random())),
                        "survey",
                        "survey_response",
                        r.choice(w.LOW_NPS[lang]) or None,
                        scores={"nps": score},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
                else:
                    t2 = f.office(t + timedelta(hours=18 + 22 * r.random()))
                    comp = r.choice(w.COMPETITORS)
                    if risk_last[ri] == "email":
                        rid = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            f.f(w.B2B_LAST_EMAIL[lang], c, case=case, comp=comp),
                            subject=w.REPLY_PREFIX[lang] + case,
                        )
                        c.truth["competitor"] = comp
                    else:
                        rid = f.add(
                            c, t2, "phone", "call", f.f(w.B2B_LAST_CALL[lang], c, case=case)
                        )
                    c.truth["complaint_event_ids"].append(rid)
                    c.truth["repeat_event_id"] = rid
                unhappy.append(c.key)
            entry.update(
                {
                    "at_risk": True,
                    "expected_rules": ["account_risk"],
                    "same_problem": problem,
                    "trouble_starts_at": complainers[0].truth["trouble_starts_at"],
                }
            )
            ri += 1
        elif kind == "one_unhappy":
            c = contacts[0]
            problem = other_problems[oi]
            oi += 1
            t = f.office(f.at(r.randint(3, 7), 8, 16))
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f.f(w.B2B_COMPLAINT[problem][lang], c),
                subject=w.B2B_SUBJECT[lang][problem],
            )
            case = f.case()
            s, b = w.AG_CASE_EMAIL[lang]
            f.add(
                c,
                f.mins(t, 20, 60),
                "email",
                "message",
                f.f(b, c, case=case),
                subject=f.f(s, c, case=case),
                out=True,
            )
            score = r.randint(1, 5)
            sid = f.add(
                c,
                f.office(t + timedelta(hours=1 + 2 * r.random())),
                "survey",
                "survey_response",
                r.choice(w.LOW_NPS[lang]) or None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
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
            unhappy.append(c.key)
            entry.update({"at_risk": False, "expected_rules": []})
        elif kind == "mild":
            for k, c in enumerate(contacts[:2]):
                t = f.office(f.at(r.randint(2, 9), 8, 16))
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    w.B2B_MILD[lang][k % len(w.B2B_MILD[lang])],
                    subject="Suggestion",
                    attrs={"page": "/horeca/feedback"},
                )
                s, b = w.AG_ACK[lang]
                f.add(c, f.mins(t, 30, 120), "email", "message", f.f(b, c), subject=s, out=True)
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
            entry.update({"at_risk": False, "expected_rules": []})
        else:
            entry.update({"at_risk": False, "expected_rules": []})
        entry.update({"unhappy_contacts": len(unhappy), "unhappy_contact_keys": unhappy})
        f.accounts[acc] = entry
    f.finish({"account_risk": 5, "detractor": 16, "repeat_contact": 5})
    return f


def topic_spike() -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        d(2026, 10, 19),
        7,
        "a calm week and a Saturday-morning spike of box-selection failures",
    )
    r = f.rng
    sat = f.start + timedelta(days=5)
    for _ in range(40):
        c = f.person("happy", "day writer")
        for dd in sorted(r.sample(range(6), r.randint(1, 4))):
            t = f.at(dd, 12, 19) if dd == 5 else f.at(dd, 7, 20)
            f.happy(c, t)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, 9, 17)
        gid = f.add(c, t, "chat", "chat", f.pick(w.MILD, c.lang))
        f.add(c, f.mins(t, 1, 5), "chat", "chat", f.f(w.AG_ACK_CHAT[c.lang], c), out=True)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hh in (("it", 9 + 40 / 60), ("de", 16 + 5 / 60)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = f.start + timedelta(days=4, hours=hh)
        q, a = w.LONE[lang]
        lid = f.add(c, t, "chat", "chat", q)
        f.add(c, f.mins(t, 2, 6), "chat", "chat", f.f(a, c), out=True)
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["de"] * 6 + ["it"] * 6 + ["en"] * 2 + ["fr"] * 2 + ["es"] * 2 + ["pt"] * 2
    r.shuffle(langs)
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(channels)
    s0 = sat + timedelta(hours=8, minutes=5)
    offsets = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    regular = [True] * 12 + [False] * 8
    r.shuffle(regular)
    early = [i for i, o in enumerate(offsets) if o <= 25]
    rep_idx = set(r.sample(early, 6))
    fixed_idx = set(r.sample([i for i in range(20) if i not in rep_idx], 6))
    keys, eids, reps = [], [], []
    for i in range(20):
        lang = langs[i]
        persona = "spike_repeater" if i in rep_idx else "spike_reporter"
        c = f.person(
            persona,
            "regular" if regular[i] else "new",
            lang=lang,
            expected=["repeat_contact"] if i in rep_idx else [],
            tolerated=["sentiment_drop", "silence"] if i in rep_idx else ["silence"],
        )
        if regular[i]:
            for _ in range(r.randint(1, 3)):
                f.happy(c, f.at(2, 8, 17.5), kinds=["praise", "buy", "view", "email", "chat"])
        t = s0 + timedelta(minutes=offsets[i], seconds=r.randint(0, 59))
        if offsets[i] == 45:
            t = s0 + timedelta(minutes=45)
        text = f.f(f.pick(w.SPIKE, lang), c)
        ch = channels[i]
        if ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(c, f.mins(t, 1, 3), "chat", "chat", w.AG_SPIKE_CHAT[lang], out=True)
        elif ch == "email":
            eid = f.add(c, t, "email", "message", text, subject=w.SPIKE_SUBJECT[lang])
        elif ch == "web":
            eid = f.add(
                c,
                t,
                "web",
                "ticket",
                text,
                subject=w.SPIKE_SUBJECT[lang],
                attrs={"page": "/club/choose"},
            )
        else:
            eid = f.add(c, t, ch, "post" if ch == "community" else "mention", text)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular[i],
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        keys.append(c.key)
        eids.append(eid)
        if i in rep_idx:
            ch2 = r.choice([x for x in ["email", "chat", "community"] if x != ch])
            t2 = f.mins(t, 15, 50)
            again = f.f(f.pick(w.SPIKE_AGAIN, lang), c)
            if ch2 == "email":
                rid = f.add(c, t2, "email", "message", again, subject=w.SPIKE_SUBJECT[lang])
            elif ch2 == "chat":
                rid = f.add(c, t2, "chat", "chat", again)
                f.add(c, f.mins(t2, 1, 3), "chat", "chat", w.AG_SPIKE_CHAT[lang], out=True)
            else:
                rid = f.add(c, t2, "community", "post", again)
            c.truth["repeat_event_id"] = rid
            reps.append(rid)
        if i in fixed_idx:
            local = "10:35" if c.market in UTC_OFFSET_LOCAL else "11:35"
            credit = (
                "£4"
                if c.market == "UK"
                else "CHF 5"
                if c.market == "CH"
                else "€5"
                if lang == "en"
                else "5 €"
            )
            s, b = w.AG_SPIKE_FIXED[lang]
            f.add(
                c,
                sat + timedelta(hours=10, minutes=r.randint(2, 14)),
                "email",
                "message",
                f.f(b, c, time=local, credit=credit),
                subject=s,
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"monthly box tea selection cannot be saved (app and website): error {w.CODE}",
        "about": "Infusara Club members cannot save their tea choice for the next box before the Sunday cut-off",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.finish({"topic_spike": 1, "repeat_contact": 6})
    return f


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
    for make in FAMILIES:
        fam = make()
        print(f"{fam.name}: {len(fam.custs)} customers, {len(fam.rows)} touchpoints")


if __name__ == "__main__":
    main()
