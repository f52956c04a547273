"""Build heldout239/: Saltarello trampoline parks, eight families, written blind.

Run ``python make_heldout239.py`` from anywhere; standard library only, fixed seed.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261102
WRITTEN = "2026-12-07"
BUSINESS = "Saltarello: trampoline parks booked by app and web, Saltarello Club membership; Saltarello Team sells group sessions to companies and schools on account"
SOURCE = {
    "email": "saltarello-mail",
    "phone": "saltarello-voice",
    "social": "saltarello-social",
    "community": "saltarello-forum",
    "chat": "saltarello-chat",
    "web": "saltarello-web",
    "survey": "saltarello-survey",
}
AGENTS = ["Léa", "Marcos", "Nora", "Ivo", "Sam", "Paula"]
PHONES: dict[str, tuple[str, list[str], int]] = {
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["47", "48", "49"], 7),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "ES": ("34", ["6", "7"], 8),
    "UK": ("44", ["7"], 9),
    "IE": ("353", ["83", "85", "86", "87"], 7),
    "DE": ("49", ["151", "160", "170", "176"], 8),
    "AT": ("43", ["650", "664", "676"], 7),
    "IT": ("39", ["3"], 9),
    "PT": ("351", ["91", "92", "93", "96"], 7),
}
LANG_WEIGHTS = {"fr": 30, "es": 30, "en": 10, "de": 10, "it": 10, "pt": 10}
HAPPY_KINDS = (
    "praise",
    "again",
    "gripe",
    "question",
    "phone",
    "purchase",
    "view",
    "review",
    "survey",
)
NO_SURVEY = tuple(k for k in HAPPY_KINDS if k != "survey")
REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
USED: set[str] = set()


def ascii_word(text: str) -> str:
    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", flat.lower())


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in "ñÑ":
            out.append(ch)
            continue
        out.append(unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or ch)
    return "".join(out)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def spoken(text: str) -> str:
    words = re.sub(r"[.,!?;:«»\"()…“„”'’]", " ", text).split()
    return " ".join(w if any(ch.isdigit() for ch in w) else w.lower() for w in words)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


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
    truth: dict[str, Any]


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
        self.rows: list[dict[str, Any]] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    def at(self, day: int, h0: float, h1: float) -> datetime:
        minute = self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        return self.start + timedelta(days=day, minutes=minute)

    def mins(self, t: datetime, a: int, b: int) -> datetime:
        return t + timedelta(minutes=self.rng.randint(a, b))

    def day_out(self, t: datetime) -> datetime:
        """Out of the night (22:00-07:00): to 08:00-09:00 the next morning."""
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        elif t.hour < 7:
            base = t.replace(hour=8, minute=0, second=0)
        else:
            return t
        return base + timedelta(minutes=self.rng.randint(0, 59))

    def office(self, t: datetime) -> datetime:
        """Weekdays 08:00-17:00 UTC, else the next working morning."""
        if t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
        elif t.hour < 8:
            t = t.replace(hour=8, minute=self.rng.randint(0, 50))
        while t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
        return t

    def lang(self) -> str:
        return self.rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def uniq(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def case(self) -> str:
        return self.uniq(lambda: f"SL-{self.rng.randint(100000, 999999)}")

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
        market = market or rng.choice(W.MARKETS[lang])
        first = first or rng.choice(W.FIRST[lang])
        last = rng.choice(W.LAST[lang])
        key = self.uniq(lambda: f"SL{self.code}{rng.randint(1000, 9999)}")
        fa, la = ascii_word(first), ascii_word(last)
        if domain:
            email = self.uniq(
                lambda: (
                    f"{fa}.{la}@{domain}"
                    if rng.random() < 0.7
                    else f"{fa[0]}{la}{rng.randint(1, 9)}@{domain}"
                )
            )
        else:
            dom = rng.choice(
                [
                    "mailbox.example",
                    "correo.example",
                    "post.example",
                    "inbox.example",
                    "webmail.example",
                ]
            )
            email = self.uniq(
                lambda: (
                    rng.choice(
                        [
                            f"{fa}.{la}{rng.randint(1, 99)}",
                            f"{fa}{la[:3]}{rng.randint(10, 99)}",
                            f"{la}.{fa}{rng.randint(1, 9)}",
                        ]
                    )
                    + "@"
                    + dom
                )
            )
        cc, prefixes, rest = PHONES[market]
        phone = self.uniq(
            lambda: (
                "+"
                + cc
                + rng.choice(prefixes)
                + "".join(str(rng.randint(0, 9)) for _ in range(rest))
            )
        )
        handle = None
        if account is None:
            handle = self.uniq(
                lambda: rng.choice(
                    [
                        f"@{la}_{fa}{rng.randint(1, 9)}",
                        f"@{fa}{la}{rng.randint(10, 99)}",
                        f"@{fa}_{la[:4]}",
                        f"@{fa[0]}{la}{rng.randint(1, 99)}",
                    ]
                )
            )
        c = Cust(key, lang, market, first, last, email, phone, handle, account, {})
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": list(expected or []),
            "tolerated_rules": list(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": None,
            "town": rng.choice(W.TOWNS[market]),
        }
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        out: bool = False,
        subject: str | None = None,
        nps: int | None = None,
        csat: int | None = None,
        ces: int | None = None,
        attrs: dict[str, str] | None = None,
        raw: bool = False,
    ) -> str:
        self.seq += 1
        eid = f"h239-{self.code.lower()}-{self.seq:05d}"
        a: dict[str, str] = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        if text is not None and not out:
            if channel == "social" and c.account is None:
                if "Saltarello" in text:
                    i = text.rfind("Saltarello")
                    text = text[:i] + "@" + text[i:]
                else:
                    text = "@Saltarello " + text
            if not raw and channel not in ("phone", "survey"):
                text = self.roughen(text)
        self.rows.append(
            {
                "_c": c.key,
                "_t": t,
                "_out": out,
                "event_id": eid,
                "channel": channel,
                "kind": kind,
                "text": text,
                "subject": subject,
                "scores": {"nps": nps, "csat": csat, "ces": ces},
                "source": SOURCE[channel],
                "attributes": a,
            }
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 1 / 8 and text[:1].isupper() and not text.startswith("@"):
            text = text[:1].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [m for m in re.finditer(r"\b[a-zà-ÿ]{5,}\b", text)]
            if words:
                m = r.choice(words)
                w = m.group(0)
                i = r.randint(1, len(w) - 3)
                w2 = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
                text = text[: m.start()] + w2 + text[m.end() :]
        return text

    # --- acts ---------------------------------------------------------------
    def happy(
        self, c: Cust, t: datetime, kinds: tuple[str, ...] = HAPPY_KINDS, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        kind = self.rng.choice(kinds)
        rng = self.rng
        if kind in ("praise", "again"):
            table = W.PRAISE if kind == "praise" else W.AGAIN
            if rng.random() < 0.6:
                return self.add(c, t, "social", "mention", self.pick(table, lang))
            return self.add(c, t, "community", "post", self.pick(table, lang))
        if kind == "gripe":
            if rng.random() < 0.5:
                return self.add(
                    c,
                    t,
                    "web",
                    "review",
                    self.pick(W.GRIPE_PRAISE, lang),
                    attrs={"rating": "4", "page": "/parks"},
                )
            return self.add(c, t, "community", "post", self.pick(W.GRIPE_PRAISE, lang))
        if kind == "question":
            q, a = rng.choice(W.QUESTIONS[lang])
            if c.account is None and rng.random() < 0.3:
                eid = self.add(c, t, "email", "message", q, subject=q[:30])
                self.add(c, self.day_out(self.mins(t, 20, 120)), "email", "message", a, out=True)
                return eid
            eid = self.add(c, t, "chat", "chat", q)
            t2 = self.mins(t, 1, 6)
            self.add(c, t2, "chat", "chat", a, out=True)
            if rng.random() < 0.6:
                self.add(c, self.mins(t2, 1, 3), "chat", "chat", self.pick(W.THANKS, lang))
            return eid
        if kind == "phone":
            q, a = rng.choice(W.PHONE_Q[lang])
            eid = self.add(c, t, "phone", "call", q)
            self.add(c, self.mins(t, 5, 30), "email", "message", a.format(first=c.first), out=True)
            return eid
        if kind == "purchase":
            self.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
            return self.purchase(c, self.mins(t, 2, 8))
        if kind == "view":
            return self.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        if kind == "review":
            return self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.REVIEW, lang),
                attrs={"rating": "5", "page": "/parks"},
            )
        return self.survey_happy(c, t, lang)

    def purchase(self, c: Cust, t: datetime) -> str:
        product, price = self.rng.choice(
            W.PRODUCTS[:-1]
            if c.account is None
            else [("Team session 20 people / Sesión de equipo 20 personas", 420)]
        )
        cur, value = "EUR", float(price)
        if c.market == "UK":
            cur, value = "GBP", round(price * 0.86)
        elif c.market == "CH":
            cur, value = "CHF", round(price * 0.94)
        return self.add(
            c,
            t,
            "web",
            "purchase",
            attrs={
                "order_value": f"{value:.2f}",
                "currency": cur,
                "product": product,
                "page": "/app/book",
            },
        )

    def survey_happy(self, c: Cust, t: datetime, lang: str) -> str:
        word = self.pick(W.SURVEY_WORD, lang) or None
        which = self.rng.choice(["nps", "csat", "ces"])
        if which == "nps":
            return self.add(
                c,
                t,
                "survey",
                "survey_response",
                word,
                nps=self.rng.randint(9, 10),
                attrs={"survey": "nps"},
            )
        if which == "csat":
            return self.add(
                c,
                t,
                "survey",
                "survey_response",
                word,
                csat=self.rng.randint(4, 5),
                attrs={"survey": "csat"},
            )
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            word,
            ces=self.rng.randint(6, 7),
            attrs={"survey": "ces"},
        )

    def complaint(
        self, c: Cust, t: datetime, channel: str, problem: str, lang: str, long: bool = False
    ) -> str:
        p = self.rng.choice(W.P[lang][problem])
        subj = W.COMPLAINT_SUBJECT[lang] + W.SUBJ[lang][problem]
        if long:
            return self.add(
                c,
                t,
                "email",
                "message",
                self.pick(W.LONG, lang).format(p=p, first=c.first),
                subject=subj,
            )
        if channel == "phone":
            return self.add(c, t, "phone", "call", self.pick(W.PHONE_C, lang).format(p=spoken(p)))
        text = cap(self.pick(W.COMPLAIN, lang).format(p=p))
        if channel == "email":
            return self.add(c, t, "email", "message", text, subject=subj)
        if channel == "web":
            return self.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        if channel == "chat":
            return self.add(c, t, "chat", "chat", text)
        if channel == "community":
            return self.add(c, t, "community", "post", text)
        return self.add(c, t, "social", "mention", text)

    def open_case(self, c: Cust, t: datetime, channel: str, case: str, lang: str) -> None:
        if channel == "chat":
            self.add(
                c,
                self.mins(t, 1, 4),
                "chat",
                "chat",
                self.pick(W.CHAT_CASE, lang).format(case=case),
                out=True,
            )
        else:
            self.add(
                c,
                self.day_out(self.mins(t, 10, 40)),
                "email",
                "message",
                self.pick(W.CASE_OPENED, lang).format(first=c.first, case=case),
                out=True,
                subject=W.CASE_SUBJECT[lang] + case,
            )

    def fix_and_confirm(
        self, c: Cust, t: datetime, case: str, lang: str, confirm_lang: str
    ) -> tuple[datetime, datetime, str, str]:
        fixed = self.day_out(t + timedelta(minutes=self.rng.randint(180, 1200)))
        self.add(
            c,
            fixed,
            "email",
            "message",
            self.pick(W.GOOD_NEWS, lang).format(first=c.first, case=case),
            out=True,
            subject=W.CASE_SUBJECT[lang] + case,
        )
        conf = self.day_out(fixed + timedelta(minutes=self.rng.randint(480, 1800)))
        ch = self.rng.choice(["email", "chat"])
        eid = self.add(
            c,
            conf,
            ch,
            "message" if ch == "email" else "chat",
            self.pick(W.CONFIRM, confirm_lang).format(case=case),
            subject=(W.CASE_SUBJECT[confirm_lang] + case) if ch == "email" else None,
        )
        return fixed, conf, eid, ch

    def later(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        i: int,
        case: str,
        problem: str,
        lang: str,
        comp: str,
    ) -> str:
        p = self.rng.choice(W.P[lang][problem])
        if i == 1:
            text = self.pick(W.LATER, lang).format(case=case, p=cap(p))
        elif i == 2:
            text = self.pick(W.THIRD, lang).format(case=case, comp=comp)
        else:
            text = self.pick(W.FOURTH, lang).format(case=case)
        if channel == "phone":
            if i == 1:
                return self.add(
                    c,
                    t,
                    "phone",
                    "call",
                    self.pick(W.PHONE_LATER, lang).format(case=case, p=spoken(p)),
                )
            return self.add(c, t, "phone", "call", spoken(text))
        if channel == "email":
            return self.add(c, t, "email", "message", text, subject=W.CASE_SUBJECT[lang] + case)
        if channel == "web":
            return self.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        if channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
            self.add(
                c,
                self.mins(t, 1, 4),
                "chat",
                "chat",
                self.pick(W.URGENT, lang).format(case=case),
                out=True,
            )
            return eid
        return self.add(c, t, "social", "mention", text)

    # --- output -------------------------------------------------------------
    def expected(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for c in self.custs.values():
            for r in c.truth["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        return dict(sorted(counts.items()))

    def write(self) -> None:
        rows = sorted(self.rows, key=lambda r: (r["_t"], r["event_id"]))
        seen: set[str] = set()
        lines = []
        for r in rows:
            c = self.custs[r["_c"]]
            t: datetime = r["_t"]
            assert t.year == 2026 and t >= self.start and t < datetime(2026, 11, 15, tzinfo=UTC), (
                self.name,
                t,
            )
            full = r["_out"] or c.key not in seen
            if not r["_out"]:
                seen.add(c.key)
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            ch = r["channel"]
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif ch == "phone":
                cc = PHONES[c.market][0]
                ref["phone"] = (
                    c.phone if self.rough.random() < 0.5 else f"+{cc} {c.phone[len(cc) + 1 :]}"
                )
            elif ch in ("social", "community") and c.handle:
                ref["handle"] = c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
            elif ch in ("email", "social", "community"):
                ref["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
            row = {
                "event_id": r["event_id"],
                "occurred_at": iso(t),
                "channel": ch,
                "kind": r["kind"],
                "direction": "outbound" if r["_out"] else "inbound",
                "customer": ref,
                "text": r["text"],
                "subject": r["subject"],
                "scores": r["scores"],
                "source": r["source"],
                "attributes": r["attributes"],
            }
            lines.append(json.dumps(row, ensure_ascii=False))
        for c in self.custs.values():
            assert c.key in seen, c.key
            both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            assert not both, c.key
        last = rows[-1]["_t"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 15, tzinfo=UTC)
        truth = {
            "config": {
                "family": f"heldout239/{self.name}",
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED,
                "written": WRITTEN,
                "expected": self.expected(),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": dict(sorted(self.accounts.items())),
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# --- families -------------------------------------------------------------------
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d0(2026, 3, 9),
        10,
        "happy customers only: day writers, night writers, survey answerers",
    )
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        for day in sorted(f.rng.sample(range(10), f.rng.randint(5, 8))):
            f.happy(c, f.at(day, 7, 19))
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer")
        for night in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            t = f.start + timedelta(days=night, hours=22, minutes=12 + f.rng.randint(0, 378))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "mention", f.pick(W.NIGHT_POST, c.lang))
            else:
                q, a = f.rng.choice(W.NIGHT_Q[c.lang])
                f.add(c, t, "chat", "chat", q)
                t2 = f.mins(t, 2, 5)
                f.add(c, t2, "chat", "chat", a, out=True)
                f.add(c, f.mins(t2, 1, 4), "chat", "chat", f.pick(W.THANKS, c.lang))
        for day in f.rng.sample(range(10), f.rng.randint(2, 3)):
            f.happy(c, f.at(day, 9, 18), ("praise", "purchase", "view", "review"))
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys")
        for day in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.survey_happy(c, f.at(day, 8, 20), c.lang)
    return f


def happy_days(f: Fam, c: Cust, n: int, bad: int, kinds: tuple[str, ...] = NO_SURVEY) -> None:
    days = [d for d in range(f.days) if d <= bad - 2 or d >= bad + 3]
    for day in f.rng.sample(days, min(n, len(days))):
        f.happy(c, f.at(day, 8, 20), kinds)


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        d0(2026, 4, 20),
        12,
        "happy customers with one angry moment; some give a low NPS",
    )
    problems = list(W.PROBLEMS) * 4
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    f.rng.shuffle(problems)
    with_case: list[tuple[Cust, datetime, str, str]] = []
    long_langs = ["fr", "fr", "es", "es"]
    for problem, channel in zip(problems, channels, strict=True):
        lang = long_langs.pop() if channel == "long" else f.lang()
        c = f.person(lang, "happy_one_bad_day", "one bad day", tolerated=["silence"])
        bad = f.rng.randint(2, 9)
        happy_days(f, c, f.rng.randint(1, 5), bad)
        t = f.at(bad, 8, 20)
        ch = "email" if channel == "long" else channel
        eid = f.complaint(c, t, ch, problem, lang, long=channel == "long")
        case = None
        if ch != "social":
            case = f.case()
            f.open_case(c, t, ch, case, lang)
            with_case.append((c, t, case, ch))
        c.truth.update(
            problem=problem,
            channel=ch,
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            long_email=channel == "long",
            agent_fixed=False,
            apologised=False,
            apology_at=None,
            apology_event_id=None,
            nps_given=False,
            nps=None,
            csat_given=False,
            csat=None,
            survey_event_id=None,
            trouble_starts_at=iso(t),
        )
    order = list(range(len(with_case)))
    f.rng.shuffle(order)
    for n, i in enumerate(order[:11]):
        c, t, case, ch = with_case[i]
        if n < 6:
            score = f.rng.randint(1, 5)
            sid = f.add(
                c,
                f.mins(t, 100, 140),
                "survey",
                "survey_response",
                f.pick(W.LOW_WORD, c.lang) or None,
                nps=score,
                attrs={"survey": "nps"},
            )
            c.truth.update(
                persona="bad_day_detractor",
                expected_rules=["detractor"],
                nps_given=True,
                nps=score,
                survey_event_id=sid,
            )
        else:
            score = f.rng.randint(1, 2)
            sid = f.add(
                c,
                f.mins(t, 40, 80),
                "survey",
                "survey_response",
                f.pick(W.LOW_WORD, c.lang) or None,
                csat=score,
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, csat=score, survey_event_id=sid)
    fixed = f.rng.sample(range(len(with_case)), 12)
    for n, i in enumerate(fixed):
        c, t, case, ch = with_case[i]
        f.add(
            c,
            f.day_out(f.mins(t, 60, 240)),
            "email",
            "message",
            f.pick(W.GOOD_NEWS, c.lang).format(first=c.first, case=case),
            out=True,
            subject=W.CASE_SUBJECT[c.lang] + case,
        )
        c.truth["agent_fixed"] = True
        if n < 5:
            ta = f.day_out(f.mins(t, 16 * 60, 24 * 60))
            ach = f.rng.choice(["chat", "email"])
            aid = f.add(
                c, ta, ach, "chat" if ach == "chat" else "message", f.pick(W.APOLOGY, c.lang)
            )
            c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control")
        for day in f.rng.sample(range(12), f.rng.randint(4, 7)):
            f.happy(c, f.at(day, 8, 20), NO_SURVEY)
    return f


def repeat_run(
    f: Fam, c: Cust, counts: int, first_ch: str, quality: bool, start_day: int, langs: list[str]
) -> None:
    problem = f.rng.choice(W.PROBLEMS)
    comp = f.rng.choice(W.COMPETITORS)
    t = f.at(start_day, 8, 19)
    lang = langs[0]
    eid = f.complaint(c, t, first_ch, problem, lang)
    case = f.case()
    if first_ch == "chat" or not quality:
        f.open_case(c, t, first_ch, case, lang)
    if quality:
        f.add(
            c,
            f.day_out(f.mins(t, 90, 150)),
            "email",
            "message",
            f.pick(W.QUALITY, lang).format(first=c.first, case=case),
            out=True,
            subject=W.CASE_SUBJECT[lang] + case,
        )
    ids = [eid]
    chans = [first_ch]
    pool = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    for i in range(1, counts):
        t = f.day_out(t + timedelta(minutes=f.rng.randint(240, 2400)))
        ch = f.rng.choice(pool)
        pool.remove(ch)
        ids.append(f.later(c, t, ch, i, case, problem, langs[i % len(langs)], comp))
        chans.append(ch)
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=counts,
        channels=chans,
        channel=first_ch,
        agent_passed_on=quality,
        problem_event_ids=ids,
        competitor=comp if counts >= 3 else None,
        problems=[],
    )
    first_row = next(r for r in f.rows if r["event_id"] == eid)
    c.truth["trouble_starts_at"] = iso(first_row["_t"])


def fixed_case(
    f: Fam, c: Cust, t: datetime, ch: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    problem = f.rng.choice(W.PROBLEMS)
    eid = f.complaint(c, t, ch, problem, lang)
    case = f.case()
    f.open_case(c, t, ch, case, lang)
    fixed, conf, cid, cch = f.fix_and_confirm(c, t, case, confirm_lang, confirm_lang)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(conf),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d0(2026, 6, 1),
        10,
        "customers whose problem stays open across channels, fixed cases, frequent writers",
    )
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(counts)
    f.rng.shuffle(firsts)
    quality = set(f.rng.sample(range(12), 6))
    for i in range(12):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12), NO_SURVEY)
        repeat_run(f, c, counts[i], firsts[i], i in quality, f.rng.randint(1, 4), [c.lang])
    for _ in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy(c, f.at(0, 8, 18), NO_SURVEY)
        case = fixed_case(
            f,
            c,
            f.at(f.rng.randint(1, 4), 8, 19),
            f.rng.choice(["web", "email", "chat", "phone"]),
            c.lang,
            c.lang,
        )
        c.truth.update(
            problems=[case],
            booking=case["booking"],
            problem=case["problem"],
            trouble_starts_at=case["raised_at"],
        )
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", tolerated=["silence"])
        d1 = f.rng.randint(0, 3)
        a = fixed_case(
            f, c, f.at(d1, 8, 19), f.rng.choice(["web", "email", "chat"]), c.lang, c.lang
        )
        b = fixed_case(
            f,
            c,
            f.at(d1 + f.rng.randint(4, 5), 8, 19),
            f.rng.choice(["web", "email", "chat"]),
            c.lang,
            c.lang,
        )
        c.truth.update(problems=[a, b], trouble_starts_at=a["raised_at"])
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer")
        for day in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy(c, f.at(day, 8, 19), ("question", "question", "phone", "purchase", "praise"))
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str]) -> list[str]:
    variant = f.rng.randrange(len(W.SLIDE[langs[0]]))
    comp = f.rng.choice(W.COMPETITORS)
    ids: list[str] = []
    prev: datetime | None = None
    ratings = ["3", "3", "2", "2", "1", "1"]
    for i in range(6):
        lang = langs[i % len(langs)]
        steps = W.SLIDE[lang][min(variant, len(W.SLIDE[lang]) - 1)]
        text = steps[i].format(comp=comp)
        t = f.at(start_day + round(i * span / 5), 8, 21)
        if prev is not None and t < prev + timedelta(hours=1):
            t = f.day_out(prev + timedelta(minutes=f.rng.randint(60, 180)))
        prev = t
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(c, t, "web", "review", text, attrs={"rating": ratings[i], "page": "/parks"})
            )
        elif ch == "social":
            ids.append(f.add(c, t, "social", "mention", text))
        else:
            ids.append(f.add(c, t, "community", "post", text))
    c.truth.update(slide_event_ids=ids, slide_days=span, competitor=comp)
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d0(2026, 7, 6),
        32,
        "sliding churners, leavers, steady happy, steadily grumpy, one sarcastic remark",
    )
    spans = [3] + [5] * 5 + [9] * 4
    f.rng.shuffle(spans)
    nps_for = set(f.rng.sample(range(10), 5))
    for i in range(10):
        c = f.person(
            f.lang(),
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
        for _ in range(f.rng.randint(4, 5)):
            f.happy(c, f.at(f.rng.randint(0, 10), 8, 21), ("praise", "again"))
        for _ in range(f.rng.randint(2, 4)):
            f.happy(
                c, f.at(f.rng.randint(0, 10), 8, 21), ("question", "purchase", "view", "review")
            )
        sd = f.rng.randint(12, 16)
        ids = slide(f, c, sd, spans[i], [c.lang])
        first = next(r["_t"] for r in f.rows if r["event_id"] == ids[0])
        c.truth["trouble_starts_at"] = iso(first)
        if i in nps_for:
            fourth = next(r["_t"] for r in f.rows if r["event_id"] == ids[3])
            score = f.rng.randint(1, 5)
            sid = f.add(
                c,
                f.day_out(fourth + timedelta(minutes=f.rng.randint(150, 210))),
                "survey",
                "survey_response",
                f.pick(W.LOW_WORD, c.lang) or None,
                nps=score,
                attrs={"survey": "nps"},
            )
            c.truth.update(
                expected_rules=["sentiment_drop", "detractor"],
                nps_given=True,
                nps=score,
                survey_event_id=sid,
            )
    for _ in range(5):
        c = f.person(
            f.lang(),
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        for day in f.rng.sample(range(17), f.rng.randint(4, 6)):
            f.happy(c, f.at(day, 8, 20), NO_SURVEY)
        t = f.at(f.rng.randint(17, 23), 8, 20)
        subj, body = f.rng.choice(W.CANCEL[c.lang])
        rid = f.add(c, t, "email", "message", body, subject=subj)
        f.add(
            c,
            f.day_out(f.mins(t, 60, 300)),
            "email",
            "message",
            f.pick(W.SORRY_GO, c.lang).format(first=c.first),
            out=True,
            subject="RE: " + subj,
        )
        tc = f.mins(t, 20 * 60, 30 * 60)
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": W.PRODUCTS[-2][0]},
        )
        c.truth.update(
            churn_intent_event_id=rid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady")
        for day in f.rng.sample(range(32), f.rng.randint(6, 10)):
            f.happy(c, f.at(day, 8, 20))
    for _ in range(5):
        c = f.person(
            f.lang(), "steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"]
        )
        day = f.rng.randint(0, 4)
        gids: list[str] = []
        texts = f.rng.sample(W.GRUMBLE[c.lang], f.rng.randint(5, 6))
        for text in texts:
            t = f.at(day, 8, 21)
            ch = f.rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                gids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/parks"})
                )
            elif ch == "web":
                gids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            elif ch == "social":
                gids.append(f.add(c, t, "social", "mention", text))
            else:
                gids.append(f.add(c, t, "community", "post", text))
            day += f.rng.randint(1, 3)
        for _ in range(f.rng.randint(0, 2)):
            f.purchase(c, f.at(f.rng.randint(0, 31), 9, 19))
        first = next(r["_t"] for r in f.rows if r["event_id"] == gids[0])
        c.truth.update(grumble_event_ids=gids, trouble_starts_at=iso(first))
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        for day in f.rng.sample(range(32), f.rng.randint(4, 6)):
            f.happy(c, f.at(day, 8, 20), NO_SURVEY)
        t = f.at(f.rng.randint(17, 28), 9, 21)
        sid = f.add(c, t, "social", "mention", f.pick(W.SARCASM, c.lang))
        c.truth.update(sarcasm_event_id=sid)
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        d0(2026, 8, 28),
        3,
        "a calm summer weekend with night owls in small bursts; no spike",
    )
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        for day in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy(c, f.at(day, 7, 17.5))
    for i in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(f.rng.randint(0, 2), 8, 17)
        if f.rng.random() < 0.5:
            f.add(c, t, "web", "page_view", attrs={"page": "/parks"})
        else:
            f.purchase(c, t)
        t2 = f.mins(t, 20, 30)
        text = f.pick(W.MILD, c.lang)
        if i < 2:
            gid = f.add(c, t2, "chat", "chat", text)
            f.add(c, f.mins(t2, 1, 5), "chat", "chat", f.pick(W.MILD_ANSWER, c.lang), out=True)
        else:
            gid = f.add(c, t2, "web", "ticket", text, attrs={"page": "/help/contact"})
            f.add(
                c, f.mins(t2, 15, 45), "email", "message", f.pick(W.MILD_ANSWER, c.lang), out=True
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t2))
    day_acts = set(f.rng.sample(range(36), 18))
    n = 0
    for night in range(3):
        base = f.start + timedelta(days=night + 1)
        b1 = base + timedelta(minutes=f.rng.randint(40, 65))
        bursts = [
            b1,
            b1 + timedelta(minutes=f.rng.randint(28, 33)),
            b1 + timedelta(minutes=f.rng.randint(55, 65)),
        ]
        for m, b in enumerate(bursts):
            for _ in range(4):
                c = f.person(f.lang(), "night_owl", f"night {night + 1}, burst {m + 1}")
                t = b + timedelta(minutes=f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    nid = f.add(c, t, "social", "mention", f.pick(W.NIGHT_POST, c.lang))
                else:
                    q, a = f.rng.choice(W.NIGHT_Q[c.lang])
                    nid = f.add(c, t, "chat", "chat", q)
                    t2 = f.mins(t, 1, 3)
                    f.add(c, t2, "chat", "chat", a, out=True)
                    f.add(c, f.mins(t2, 1, 3), "chat", "chat", f.pick(W.THANKS, c.lang))
                c.truth.update(burst_at=iso(b), night_event_id=nid)
                if n in day_acts:
                    f.happy(
                        c,
                        f.at(f.rng.randint(0, 2), 9, 17.5),
                        ("praise", "purchase", "view", "review"),
                    )
                n += 1
    return f


BL_PAIRS = (
    [("es", "fr")] * 3
    + [("fr", "es")] * 3
    + [("fr", "en")] * 2
    + [("es", "en")] * 2
    + [("en", "fr"), ("en", "es")]
    + [("fr", "de")] * 2
    + [("de", "fr")]
    + [("es", "pt")] * 2
    + [("pt", "es")]
    + [("fr", "it")] * 2
    + [
        ("it", "fr"),
        ("es", "it"),
        ("it", "es"),
        ("pt", "fr"),
        ("de", "es"),
        ("fr", "pt"),
        ("es", "de"),
    ]
)
WHY = {
    "fr": "grew up in Lyon",
    "es": "Spanish family",
    "en": "works for a British firm",
    "de": "studied in Germany",
    "it": "Italian partner",
    "pt": "Portuguese parents",
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
    pairs = list(BL_PAIRS)
    f.rng.shuffle(pairs)
    roles = ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 2
    rep_counts = [2, 2, 3, 3, 4]
    bad_kinds = ["long", "email", "chat"]
    for (a, b), role in zip(pairs, roles, strict=True):
        market = f.rng.choice(W.MARKETS[f.rng.choice([a, b])])
        langs = [a, b]
        if role == "happy":
            c = f.person(a, "happy", "alternates languages", market=market)
            for k, day in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
                f.happy(c, f.at(day, 8, 20), lang=langs[k % 2])
        elif role == "repeat":
            c = f.person(
                a, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL, market=market
            )
            for _ in range(f.rng.randint(1, 3)):
                f.happy(c, f.at(f.rng.randint(0, 1), 8, 18), NO_SURVEY)
            cnt = rep_counts.pop()
            repeat_run(
                f,
                c,
                cnt,
                f.rng.choice(["web", "email", "chat"]),
                cnt >= 3,
                f.rng.randint(2, 5),
                langs,
            )
        elif role == "slide":
            c = f.person(
                a,
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
                market=market,
            )
            for k in range(5):
                f.happy(c, f.at(k, 8, 20), ("praise", "again"), lang=langs[k % 2])
            for _ in range(f.rng.randint(1, 3)):
                f.happy(
                    c,
                    f.at(f.rng.randint(0, 5), 8, 20),
                    ("purchase", "view", "question"),
                    lang=f.rng.choice(langs),
                )
            ids = slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), langs)
            c.truth["trouble_starts_at"] = iso(
                next(r["_t"] for r in f.rows if r["event_id"] == ids[0])
            )
        elif role == "bad":
            kind = bad_kinds.pop()
            c = f.person(
                a, "happy_one_bad_day", "one bad day", tolerated=["silence"], market=market
            )
            bad = f.rng.randint(3, 9)
            happy_days(f, c, f.rng.randint(1, 4), bad)
            t = f.at(bad, 8, 19)
            ch = "email" if kind == "long" else kind
            eid = f.complaint(c, t, ch, problem := f.rng.choice(W.PROBLEMS), b, long=kind == "long")
            case = f.case()
            f.open_case(c, t, ch, case, b)
            c.truth.update(
                problem=problem,
                channel=ch,
                booking=case,
                bad_day_at=iso(t),
                bad_day_event_id=eid,
                bad_day_language=b,
                long_email=kind == "long",
                agent_fixed=ch == "email",
                apologised=False,
                apology_event_id=None,
                trouble_starts_at=iso(t),
            )
            if ch == "email":
                f.add(
                    c,
                    f.day_out(f.mins(t, 60, 240)),
                    "email",
                    "message",
                    f.pick(W.GOOD_NEWS, b).format(first=c.first, case=case),
                    out=True,
                    subject=W.CASE_SUBJECT[b] + case,
                )
            if kind == "email":
                ta = f.day_out(f.mins(t, 18 * 60, 24 * 60))
                aid = f.add(c, ta, "chat", "chat", f.pick(W.APOLOGY, b))
                c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
        else:
            c = f.person(
                a, "resolved_between_contacts", "fixed", tolerated=["silence"], market=market
            )
            f.happy(c, f.at(0, 8, 18), NO_SURVEY)
            case_d = fixed_case(f, c, f.at(f.rng.randint(1, 6), 8, 19), "web", a, b)
            c.truth.update(
                problems=[case_d],
                booking=case_d["booking"],
                problem=case_d["problem"],
                confirm_language=b,
                trouble_starts_at=case_d["raised_at"],
            )
        c.truth.update(languages=langs, job_second_language=WHY[b])
    return f


B2B_SPEC: list[tuple[str, int, int, str | None, str, str, str, str]] = [
    ("at_risk", 5, 3, "portal", "fr", "FR", "facilities", "Nettalys Services"),
    ("at_risk", 4, 3, "service_blocked", "es", "ES", "school", "Colegio Alborada"),
    ("at_risk", 6, 3, "invoice", "de", "DE", "municipality", "Stadtwerke Ostheim"),
    ("at_risk", 5, 4, "invoice", "fr", "BE", "events", "Festivia Events"),
    ("at_risk", 4, 4, "overbilled", "es", "ES", "university", "Universidad Levante Norte"),
    ("one_unhappy", 3, 1, "service_blocked", "it", "IT", "school", "Istituto Galvani Sud"),
    ("one_unhappy", 3, 1, "overbilled", "fr", "FR", "hotel", "Hôtel Beauvent"),
    ("one_unhappy", 3, 1, "portal", "pt", "PT", "cleaning", "Limpaluz Serviços"),
    ("one_unhappy", 3, 1, "invoice", "en", "UK", "construction", "Harrowgate Build"),
    ("mild", 4, 0, None, "fr", "CH", "film", "Studio Lémanique"),
    ("mild", 3, 0, None, "es", "ES", "plumbing", "Fontanería Cierzo"),
    ("mild", 4, 0, None, "de", "AT", "landscaping", "Grünwerk Garten"),
    ("happy", 4, 0, None, "fr", "FR", "shopfitting", "Agencements Vasseur"),
    ("happy", 4, 0, None, "es", "ES", "events", "Eventos Marea"),
    ("happy", 4, 0, None, "it", "IT", "hotel", "Albergo Pietrafonda"),
]


def routine(f: Fam, c: Cust, days: list[int], n: int, survey: bool = True) -> None:
    kinds = (
        ("question", "purchase", "view", "praise", "survey")
        if survey
        else ("question", "purchase", "view")
    )
    for day in f.rng.sample(days, min(n, len(days))):
        t = f.at(day, 8, 16.5)
        k = f.rng.choice(kinds)
        if k == "praise":
            f.add(c, t, "community", "post", f.pick(W.B2B_PRAISE, c.lang))
        elif k == "question":
            q, a = f.rng.choice(W.B2B_Q[c.lang])
            f.add(c, t, "chat", "chat", q)
            t2 = f.mins(t, 1, 6)
            f.add(c, t2, "chat", "chat", a, out=True)
            if f.rng.random() < 0.5:
                f.add(c, f.mins(t2, 1, 3), "chat", "chat", f.pick(W.THANKS, c.lang))
        elif k == "purchase":
            f.add(c, t, "web", "page_view", attrs={"page": "/team/portal"})
            f.purchase(c, f.mins(t, 2, 8))
        elif k == "view":
            f.add(c, t, "web", "page_view", attrs={"page": "/team/portal"})
        else:
            f.survey_happy(c, t, c.lang)


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d0(2026, 10, 12),
        14,
        "Saltarello Team accounts: at risk, one unhappy contact, mild suggestions, happy",
    )
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    b2b_tol = [
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
        "account_risk",
    ]
    for kind, n_contacts, n_bad, problem, lang, market, site, company in B2B_SPEC:
        acc = f.uniq(lambda market=market: f"SLT-{market}-{f.rng.randint(1000, 9999)}")
        domain = ascii_word(company.split()[0]) + "-" + ascii_word(company.split()[-1]) + ".example"
        firsts = f.rng.sample(W.FIRST[lang], n_contacts)
        contacts: list[Cust] = []
        for i in range(n_contacts):
            title = f.rng.choice(W.JOB_TITLES)
            c = f.person(
                lang,
                "b2b_happy",
                "contact",
                market=market,
                account=acc,
                domain=domain,
                first=firsts[i],
            )
            c.truth.update(company=company, role="contact", job_title=title, job=title)
            contacts.append(c)
        bad = contacts[:n_bad]
        unhappy_keys: list[str] = []
        trouble: str | None = None
        if kind == "at_risk":
            assert problem is not None
            comp = f.rng.choice(W.COMPETITORS)
            t = f.at(2, 8, 17)
            case = f.case()
            first_c = bad[0]
            first_t = t
            for i, c in enumerate(bad):
                routine(f, c, [0, 1], f.rng.randint(0, 2), survey=False)
                if i == 0:
                    text = W.B2B_FIRST[lang][0].format(
                        account=acc,
                        p=W.B2B_P[lang][problem],
                        first=c.first,
                        title=c.truth["job_title"],
                    )
                else:
                    t = f.office(t + timedelta(minutes=f.rng.randint(480, 1680)))
                    text = W.B2B_LATER[lang][0].format(
                        name=first_c.first,
                        day=W.WEEKDAYS[lang][first_t.weekday()],
                        case=case,
                        p=W.B2B_P[lang][problem],
                    )
                eid = f.add(c, t, "email", "message", text, subject=W.COMPLAINT_SUBJECT[lang] + acc)
                if i == 0:
                    f.add(
                        c,
                        f.office(f.mins(t, 20, 90)),
                        "email",
                        "message",
                        W.B2B_ACK[lang][0].format(first=c.first, case=case, account=acc),
                        out=True,
                        subject=W.CASE_SUBJECT[lang] + case,
                    )
                ids = [eid]
                persona_exp: list[str] = []
                if i < len(bad) - 1:
                    score = f.rng.randint(1, 5)
                    sid = f.add(
                        c,
                        f.mins(t, 60, 180),
                        "survey",
                        "survey_response",
                        None,
                        nps=score,
                        attrs={"survey": "nps"},
                    )
                    persona_exp = ["detractor"]
                    c.truth.update(nps_given=True, nps=score, survey_event_id=sid)
                else:
                    t2 = f.office(t + timedelta(minutes=f.rng.randint(1080, 2400)))
                    if f.rng.random() < 0.2 or site == "university":
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                W.B2B_LAST_EMAIL[lang][0].format(case=case, comp=comp),
                                subject=W.CASE_SUBJECT[lang] + case,
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(
                                c, t2, "phone", "call", W.B2B_LAST_CALL[lang][0].format(case=case)
                            )
                        )
                    persona_exp = ["repeat_contact"]
                c.truth.update(
                    persona="b2b_unhappy",
                    habit="complainer",
                    role="complainer",
                    expected_rules=persona_exp,
                    tolerated_rules=list(b2b_tol),
                    problem=problem,
                    booking=case,
                    complaint_event_ids=ids,
                    trouble_starts_at=iso(t),
                )
                unhappy_keys.append(c.key)
            trouble = iso(first_t)
        elif kind == "one_unhappy":
            assert problem is not None
            c = bad[0]
            day = f.rng.choice([d for d in weekdays if 3 <= d <= 7])
            routine(f, c, [d for d in weekdays if d < day], f.rng.randint(0, 2), survey=False)
            t = f.at(day, 8, 16)
            case = f.case()
            eid = f.add(
                c,
                t,
                "email",
                "message",
                W.B2B_FIRST[lang][0].format(
                    account=acc, p=W.B2B_P[lang][problem], first=c.first, title=c.truth["job_title"]
                ),
                subject=W.COMPLAINT_SUBJECT[lang] + acc,
            )
            f.add(
                c,
                f.office(f.mins(t, 20, 90)),
                "email",
                "message",
                W.B2B_ACK[lang][0].format(first=c.first, case=case, account=acc),
                out=True,
                subject=W.CASE_SUBJECT[lang] + case,
            )
            score = f.rng.randint(1, 5)
            sid = f.add(
                c,
                f.mins(t, 60, 180),
                "survey",
                "survey_response",
                None,
                nps=score,
                attrs={"survey": "nps"},
            )
            c.truth.update(
                persona="b2b_one_unhappy",
                habit="complainer",
                role="complainer",
                expected_rules=["detractor"],
                tolerated_rules=["sentiment_drop", "high_value_at_risk", "silence"],
                problem=problem,
                booking=case,
                complaint_event_ids=[eid],
                nps_given=True,
                nps=score,
                survey_event_id=sid,
                trouble_starts_at=iso(t),
            )
            unhappy_keys.append(c.key)
        elif kind == "mild":
            for k, c in enumerate(contacts[:2]):
                day = f.rng.choice([d for d in weekdays if 1 <= d <= 9])
                routine(f, c, [d for d in weekdays if d < day], f.rng.randint(0, 2), survey=False)
                t = f.at(day, 8, 16)
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    W.B2B_SUGGEST[lang][k % len(W.B2B_SUGGEST[lang])],
                    attrs={"page": "/team/feedback"},
                )
                f.add(
                    c,
                    f.office(f.mins(t, 30, 120)),
                    "email",
                    "message",
                    f.pick(W.MILD_ANSWER, lang),
                    out=True,
                )
                c.truth.update(
                    persona="b2b_mild",
                    habit="suggests",
                    role="suggests",
                    tolerated_rules=["silence"],
                    mild_event_id=mid,
                    trouble_starts_at=iso(t),
                )
        for c in contacts:
            if c.truth["persona"] == "b2b_happy":
                routine(f, c, weekdays, f.rng.randint(2, 5))
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": n_contacts,
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
        d0(2026, 11, 2),
        7,
        "a calm week and one planted incident on the Saturday morning",
    )
    sat = f.start + timedelta(days=5)
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer")
        for _ in range(f.rng.randint(1, 4)):
            day = f.rng.randint(0, 5)
            f.happy(c, f.at(day, 12, 19) if day == 5 else f.at(day, 8, 20))
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, 9, 17)
        gid = f.add(c, t, "chat", "chat", f.pick(W.MILD, c.lang))
        f.add(c, f.mins(t, 1, 5), "chat", "chat", f.pick(W.MILD_ANSWER, c.lang), out=True)
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lang, hm in (("fr", (9, 40)), ("es", (16, 5))):
        c = f.person(lang, "grumbles_once", "lone question", tolerated=["silence"])
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        q, a = W.LONE_Q[lang][0]
        lid = f.add(c, t, "chat", "chat", q)
        f.add(c, f.mins(t, 1, 4), "chat", "chat", a, out=True)
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    langs = ["fr"] * 6 + ["es"] * 6 + ["en", "en", "de", "de", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    early = sorted([0, 25, *f.rng.sample(range(1, 25), 9)])
    late = sorted([45, *f.rng.sample(range(26, 45), 8)])
    minutes = early + late
    f.rng.shuffle(minutes)
    regular = set(f.rng.sample(range(20), 12))
    reporters: list[tuple[Cust, datetime, str, str]] = []
    code = W.SPIKE_CODE
    for i in range(20):
        lang = langs[i]
        c = f.person(
            lang, "spike_reporter", "regular" if i in regular else "new", tolerated=["silence"]
        )
        if i in regular:
            for _ in range(f.rng.randint(1, 3)):
                f.happy(c, f.at(2, 8, 17.5), ("praise", "purchase", "view", "question", "review"))
        t = sat + timedelta(hours=9, minutes=5 + minutes[i])
        ch = chans[i]
        text = (
            f.pick(W.SPIKE_WITH_CODE, lang).format(code=code)
            if f.rng.random() < 0.6
            else f.pick(W.SPIKE_PLAIN, lang)
        )
        if ch == "email":
            eid = f.add(
                c,
                t,
                "email",
                "message",
                text,
                subject="Saltarello " + code if code in text else "Saltarello",
            )
        elif ch == "web":
            eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(c, f.mins(t, 1, 3), "chat", "chat", f.pick(W.SPIKE_CHAT_ANSWER, lang), out=True)
        elif ch == "social":
            eid = f.add(c, t, "social", "mention", text)
        else:
            eid = f.add(c, t, "community", "post", text)
        c.truth.update(
            in_spike=True,
            regular=i in regular,
            spike_event_id=eid,
            spike_channel=ch,
            repeat_event_id=None,
            agent_fixed=False,
            trouble_starts_at=iso(t),
        )
        reporters.append((c, t, ch, eid))
    again_chans = ["email", "email", "chat", "chat", "community", "community"]
    cands = [
        r
        for r in sorted(reporters, key=lambda r: r[1])
        if r[1] <= sat + timedelta(hours=9, minutes=30)
    ]
    repeaters: list[tuple[Cust, datetime, str, str]] = []
    for ach in again_chans:
        pick = next(r for r in cands if r[2] != ach and r not in repeaters)
        repeaters.append(pick)
        c, t, _, _ = pick
        t2 = f.mins(t, 15, 50)
        text = f.pick(W.SPIKE_AGAIN, c.lang).format(code=code)
        if ach == "email":
            rid = f.add(c, t2, "email", "message", text, subject="RE: Saltarello " + code)
        elif ach == "chat":
            rid = f.add(c, t2, "chat", "chat", text)
            f.add(
                c, f.mins(t2, 1, 3), "chat", "chat", f.pick(W.SPIKE_CHAT_ANSWER, c.lang), out=True
            )
        else:
            rid = f.add(c, t2, "community", "post", text)
        c.truth.update(
            persona="spike_repeater",
            expected_rules=["repeat_contact"],
            tolerated_rules=["silence", "sentiment_drop"],
            repeat_event_id=rid,
        )
    others = [r for r in reporters if r not in repeaters]
    for c, _, _, _ in f.rng.sample(others, 6):
        t = sat + timedelta(hours=12, minutes=f.rng.randint(8, 17))
        if c.market == "UK":
            credit = "£14"
        elif c.market == "CH":
            credit = "CHF 15"
        elif c.lang == "en":
            credit = "€16"
        else:
            credit = "16 €"
        local = "11:40" if c.market in ("UK", "IE", "PT") else "12:40"
        f.add(
            c,
            t,
            "email",
            "message",
            f.pick(W.SPIKE_FIXED, c.lang).format(first=c.first, local=local, credit=credit),
            out=True,
            subject="Saltarello",
        )
        c.truth["agent_fixed"] = True
    first = min(r[1] for r in reporters)
    last = max(r[1] for r in reporters)
    f.spike = {
        "topic": f"trampoline-park app: waivers signed in the app shown as unsigned at entrance kiosks and turnstiles, nobody let in, error {code}",
        "about": "the planted incident of this set (see the README)",
        "channel": None,
        "start": iso(first),
        "end": iso(last),
        "customers": 20,
        "customer_keys": sorted(r[0].key for r in reporters),
        "event_ids": sorted(r[3] for r in reporters),
        "repeat_event_ids": sorted(str(r[0].truth["repeat_event_id"]) for r in repeaters),
    }
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
    USED.clear()
    for build in FAMILIES:
        f = build()
        f.write()
        print(f.name, len(f.custs), len(f.rows), sum(1 for r in f.rows if r["_out"]), f.expected())


if __name__ == "__main__":
    main()
